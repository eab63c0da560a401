"""What the Settings tabs share: where personal settings live, and small widget helpers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QSpinBox, QWidget

# Personal settings of this desk (QSettings), as the app reads them at start-up.
LANGUAGE_KEY = "language"  # "zh", "en", or "" for the system's language
DATABASE_KEY = "database"  # a SQLite file or a PostgreSQL URL; empty for the default file
DAILY_BACKUP_KEY = "backup/daily"  # bool, default True
BACKUP_KEEP_KEY = "backup/keep"  # int, default DEFAULT_KEEP
DEFAULT_KEEP = 7


def app_settings() -> QSettings:
    return QSettings("CRMDesk", "CRMDesk")


def _t(text: str) -> str:
    return QCoreApplication.translate("settings", text)


def spin(name: str, low: int, high: int, parent: QWidget | None = None) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(low, high)
    return box


def read_only_note(parent: QWidget) -> QLabel:
    """Shown to those who may look but not change."""
    label = QLabel(_t("Only managers can change these settings."), parent)
    label.setObjectName("read_only_note")
    label.setWordWrap(True)
    return label


def confirm(
    parent: QWidget, name: str, title: str, text: str, on_yes: Callable[[], None]
) -> QMessageBox:
    """A window-modal question that does not block; `on_yes` runs if the user agrees."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))

    def done(_result: int) -> None:
        if box.clickedButton() is ok:
            on_yes()

    box.finished.connect(done)
    box.open()
    return box
