"""Settings > General: this desk's language and which database it opens.

Both are personal (QSettings), so a rep may change them too. The language applies at
once (the app reinstalls its translator); a new database location at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url

from crmdesk.core.errors import CrmdeskError
from crmdesk.storage.engine import default_db_path, resolve_url
from crmdesk.storage.pgpass import keep_password, pgpass_path
from crmdesk.ui.context import AppContext
from crmdesk.ui.settings_common import DATABASE_KEY, LANGUAGE_KEY, app_settings
from crmdesk.ui.tasks import show_message
from crmdesk.ui.widgets import wrapped_label

LANGUAGES = ("", "zh", "en")  # "" follows the system


def shown_location(url: str) -> str:
    """A database as a person reads it: a file's path, or a server URL without password."""
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        return parsed.database or ""
    return parsed.render_as_string(hide_password=True)


class GeneralTab(QWidget):
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        settings = app_settings()

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem(self.tr("System"), "")
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        stored = str(settings.value(LANGUAGE_KEY, "") or "")[:2]
        self.language.setCurrentIndex(LANGUAGES.index(stored) if stored in LANGUAGES else 0)
        self.language.currentIndexChanged.connect(self._language_chosen)
        language_box = QGroupBox(self.tr("Language"), self)
        QFormLayout(language_box).addRow(self.tr("Language"), self.language)

        self.current = wrapped_label(shown_location(ctx.database.url), "database_current", self)
        self.next = QLineEdit(str(settings.value(DATABASE_KEY, "") or ""), self)
        self.next.setObjectName("database_next")
        self.next.setPlaceholderText(self.tr("Default: {path}").format(path=str(default_db_path())))
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.setObjectName("choose_database")
        choose.clicked.connect(self.choose_database)
        apply = QPushButton(self.tr("Apply"), self)
        apply.setObjectName("apply_database")
        apply.clicked.connect(lambda: self.set_database(self.next.text()))
        default = QPushButton(self.tr("Use the default"), self)
        default.setObjectName("default_database")
        default.clicked.connect(lambda: self.set_database(""))
        note = self.tr(
            "A file, or a PostgreSQL server URL shared by the team. "
            "A change takes effect the next time CRMDesk starts."
        )
        self.note = wrapped_label(note, "database_note", self)
        row = QHBoxLayout()
        row.addWidget(self.next, 1)
        for button in (choose, apply, default):
            row.addWidget(button)
        database_box = QGroupBox(self.tr("Database"), self)
        form = QFormLayout(database_box)
        form.addRow(self.tr("In use"), self.current)
        form.addRow(self.tr("At the next start"), row)
        form.addRow(self.note)

        layout = QVBoxLayout(self)
        layout.addWidget(language_box)
        layout.addWidget(database_box)
        layout.addStretch(1)

    def _language_chosen(self, _index: int) -> None:
        code = str(self.language.currentData())
        app_settings().setValue(LANGUAGE_KEY, code)
        self.language_changed.emit(code)

    def choose_database(self) -> None:
        start = self.next.text() or str(default_db_path())
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Database file"),
            start,
            self.tr("CRMDesk database (*.sqlite);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.set_database(path)

    def set_database(self, value: str) -> None:
        """Remember where to open next time (empty: the default file); a server's
        password goes to libpq's password file, not to the settings."""
        value = value.strip()
        if value:
            try:
                resolve_url(value)
            except CrmdeskError as exc:
                show_message(self, exc.message(self.ctx.lang))
                return
            try:
                value = keep_password(value)
            except OSError as exc:
                show_message(
                    self,
                    self.tr("The password could not be kept in {path}: {why}").format(
                        path=str(pgpass_path()), why=exc.strerror or str(exc)
                    ),
                )
                return
        app_settings().setValue(DATABASE_KEY, value)
        self.next.setText(value)
        where = shown_location(resolve_url(value)) if value else str(default_db_path())
        self.note.setText(
            self.tr("Saved. CRMDesk will open {where} the next time it starts.").format(where=where)
        )
