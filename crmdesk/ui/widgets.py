"""Small widget builders the dialogs, tabs and settings pages share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QWidget


def wrapped_label(text: str = "", name: str = "", parent: QWidget | None = None) -> QLabel:
    """A label whose text wraps (notes, hints, summaries); `name` is its objectName for tests."""
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label


class MessageArea(QLabel):
    """A wrapped message line that keeps its height as its text changes or empties:
    the widgets around it never move under the mouse. It starts with room for `lines`
    lines and only grows when a longer text needs it."""

    def __init__(self, name: str = "", lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        if name:
            self.setObjectName(name)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        margins = self.contentsMargins()
        self.setMinimumHeight(
            lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
        )

    def setText(self, text: str) -> None:
        super().setText(text)
        if self.isVisible() and self.width() > 0:
            needed = self.heightForWidth(self.width())
            if needed > self.minimumHeight():
                self.setMinimumHeight(needed)


def fit_columns(table: QTableWidget, stretch: int = 0, most: int = 1000) -> None:
    """Every column as wide as its longest text (header included), column `stretch`
    taking any spare room; the table asks for that width, up to `most` pixels, since a
    view's own size hint ignores its columns and would cut the texts to "…"."""
    table.resizeColumnsToContents()
    needed = sum(table.columnWidth(c) for c in range(table.columnCount()))
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    scroll = table.verticalScrollBar().sizeHint().width()
    table.setMinimumWidth(min(needed + scroll + 2 * table.frameWidth(), most))
