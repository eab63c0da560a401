"""What the Settings tabs share: where personal settings live, and small widget helpers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QSpinBox, QWidget

from crmdesk.storage.pgpass import keep_password
from crmdesk.ui.widgets import wrapped_label

# Personal settings of this desk (QSettings), as the app reads them at start-up.
LANGUAGE_KEY = "language"  # "zh", "en", or "" for the system's language
DATABASE_KEY = "database"  # a SQLite file or a PostgreSQL URL; empty for the default file
DAILY_BACKUP_KEY = "backup/daily"  # bool, default True
BACKUP_KEEP_KEY = "backup/keep"  # int, default DEFAULT_KEEP
DEFAULT_KEEP = 7

D = TypeVar("D", bound=QDialog)


def app_settings() -> QSettings:
    return QSettings("CRMDesk", "CRMDesk")


def remembered_database() -> str:
    """The database chosen for this start; a server password remembered by an earlier
    version moves to libpq's password file (storage.pgpass) on the way."""
    value = str(app_settings().value(DATABASE_KEY, "") or "")
    try:
        kept = keep_password(value)
    except OSError:  # the password stays where it was; the start goes on
        return value
    if kept != value:
        app_settings().setValue(DATABASE_KEY, kept)
    return value


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def spin(name: str, low: int, high: int, parent: QWidget | None = None) -> QSpinBox:
    box = QSpinBox(parent)
    box.setObjectName(name)
    box.setRange(low, high)
    return box


def read_only_note(parent: QWidget, text: str = "") -> QLabel:
    """Shown to those who may look but not change; `text` when a page words it its own way."""
    return wrapped_label(
        text or tr("Only managers can change these settings."), "read_only_note", parent
    )


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel for a settings dialog, wired to its accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def open_dialog(dialog: D, on_ok: Callable[[], None]) -> D:
    """Open `dialog` window-modal without blocking and run `on_ok` once it is accepted;
    the dialog is returned so a test can fill it."""
    dialog.accepted.connect(on_ok)
    dialog.open()
    return dialog


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
