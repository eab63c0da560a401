"""A field edit someone else overtook (errors.EditConflict): per field their value, saved
now, beside the one the person typed; they take theirs or keep their own. Until they
choose, what they typed stays in the form."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.errors import EditConflict
from crmdesk.ui.widgets import wrapped_label

THEIRS, MINE = "theirs", "mine"


def shown(value: Any) -> str:
    """A value as the form shows it: an empty field is empty text."""
    return "" if value is None else str(value)


class EditConflictDialog(QDialog):
    """Emits `chosen` with THEIRS or MINE; closed without a choice, nothing happens."""

    chosen = Signal(str)

    def __init__(
        self,
        conflict: EditConflict,
        titles: dict[str, str],
        lang: str,
        more_changes: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("edit_conflict_dialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for column, heading in enumerate((self.tr("Saved now (theirs)"), self.tr("Yours")), 1):
            label = QLabel(heading)
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, 0, column)
        self.theirs: dict[str, QLabel] = {}
        self.yours: dict[str, QLabel] = {}
        for row, (name, values) in enumerate(conflict.conflicts.items(), 1):
            grid.addWidget(QLabel(titles.get(name, name)), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, (side, cells) in enumerate(
                ((THEIRS, self.theirs), ("yours", self.yours)), 1
            ):
                cell = wrapped_label(shown(values[side]) or self.tr("(empty)"), f"{side}_{name}")
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cells[name] = cell
                grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        explained = self.tr(
            "Take theirs shows their values in the form; keep mine saves yours over them."
        )
        if more_changes:
            explained += " " + self.tr("Your changes to the other fields are saved either way.")
        buttons = QDialogButtonBox()
        self.take_theirs = QPushButton(self.tr("Take theirs"))
        self.take_theirs.setObjectName("take_theirs")
        self.keep_mine = QPushButton(self.tr("Keep mine"))
        self.keep_mine.setObjectName("keep_mine")
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        self.take_theirs.clicked.connect(lambda: self._choose(THEIRS))
        self.keep_mine.clicked.connect(lambda: self._choose(MINE))
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(conflict.message(lang), "edit_conflict_message"))
        layout.addLayout(grid)
        layout.addWidget(wrapped_label(explained, "edit_conflict_help"))
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _choose(self, side: str) -> None:
        self.accept()
        self.chosen.emit(side)
