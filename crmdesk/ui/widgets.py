"""Small widget builders the dialogs, tabs and settings pages share."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def wrapped_label(text: str = "", name: str = "", parent: QWidget | None = None) -> QLabel:
    """A label whose text wraps (notes, hints, summaries); `name` is its objectName for tests."""
    label = QLabel(text, parent)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label
