"""Settings > Backups of a SQLite file: daily automatic ones with rotation (made at
start-up by storage.backup.daily_backup), a backup now, and restore (managers).

A PostgreSQL database is backed up on its server; the tab says so and is disabled.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import clock
from crmdesk.storage import backup, migrate
from crmdesk.storage.engine import sqlite_path
from crmdesk.ui.context import AppContext
from crmdesk.ui.settings_common import (
    BACKUP_KEEP_KEY,
    DAILY_BACKUP_KEY,
    DEFAULT_KEEP,
    app_settings,
    confirm,
    spin,
)
from crmdesk.ui.tasks import Task, show_message
from crmdesk.ui.widgets import wrapped_label


class BackupsTab(QWidget):
    restart_needed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.db_path = sqlite_path(ctx.database.engine)
        self.folder = backup.backup_folder(ctx.database.engine)
        settings = app_settings()

        self.daily = QCheckBox(self.tr("Back up automatically once a day, at start-up"), self)
        self.daily.setObjectName("daily_backup")
        self.daily.setChecked(settings.value(DAILY_BACKUP_KEY, True, type=bool))
        self.daily.toggled.connect(lambda on: app_settings().setValue(DAILY_BACKUP_KEY, on))
        self.keep = spin("backup_keep", 1, 365, self)
        self.keep.setValue(settings.value(BACKUP_KEEP_KEY, DEFAULT_KEEP, type=int))
        self.keep.valueChanged.connect(lambda n: app_settings().setValue(BACKUP_KEEP_KEY, n))
        self.latest = wrapped_label("", "latest_backup", self)
        automatic = QGroupBox(self.tr("Automatic backups"), self)
        form = QFormLayout(automatic)
        form.addRow(self.daily)
        form.addRow(self.tr("Backups kept (the newest)"), self.keep)
        form.addRow(self.latest)

        self.backup_button = QPushButton(self.tr("Back up now…"), self)
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.setEnabled(ctx.actor.is_manager)
        manual = QGroupBox(self.tr("Backup and restore"), self)
        row = QHBoxLayout(manual)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        if self.db_path is None:
            note = self.tr(
                "This database is on a PostgreSQL server. It is backed up and restored "
                "on the server (for example with pg_dump), not from CRMDesk."
            )
            layout.addWidget(wrapped_label(note, "backup_server_note", self))
            automatic.setEnabled(False)
            manual.setEnabled(False)
        layout.addWidget(automatic)
        layout.addWidget(manual)
        layout.addStretch(1)
        self.show_latest()

    def _filter(self) -> str:
        return self.tr("CRMDesk database (*.sqlite);;All files (*)")

    def show_latest(self) -> None:
        if self.db_path is None or self.folder is None:
            self.latest.clear()
            return
        found = backup.daily_backups(self.folder, self.db_path)
        if found:
            text = self.tr("Latest automatic backup: {path}").format(path=str(found[-1]))
        else:
            text = self.tr("No automatic backup yet; they go to {folder}.").format(
                folder=str(self.folder)
            )
        self.latest.setText(text)

    def backup_now(self) -> None:
        if self.db_path is None:
            return
        suggested = backup.default_backup_path(self.db_path, clock.now())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database to"), str(suggested), self._filter()
        )
        if not path:
            return
        engine, dest = self.ctx.database.engine, Path(path)
        Task(self, self.ctx, lambda _s, _p: backup.backup_sqlite(engine, dest)).success(
            lambda done: show_message(
                self, self.tr("Backed up to {path}.").format(path=str(done)), error=False
            )
        ).progress(self.tr("Backing up…")).run()

    def restore(self) -> None:
        """Ask for a backup, then confirm: the whole database is replaced."""
        if self.db_path is None or not self.ctx.actor.is_manager:
            return
        start = str(self.folder) if self.folder else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from backup"), start, self._filter()
        )
        if not path:
            return
        text = self.tr(
            "Replace the whole database with {file}? The current database is kept in the "
            "backups folder first. CRMDesk must be restarted afterwards."
        ).format(file=path)
        confirm(
            self,
            "confirm_restore",
            self.tr("Restore"),
            text,
            lambda: self._restore(Path(path)),
        )

    def _restore(self, src: Path) -> None:
        db_path = self.db_path
        assert db_path is not None

        def work(_session: object, _progress: object) -> Path | None:
            migrate.check_restorable(src)
            return backup.restore_sqlite(src, db_path, clock.now())

        def done(kept: Path | None) -> None:
            text = self.tr("Restored from {src}. Restart CRMDesk now.").format(src=str(src))
            if kept is not None:
                text += "\n" + self.tr("The previous database is kept at {path}.").format(
                    path=str(kept)
                )
            show_message(self, text, error=False)
            self.restart_needed.emit()

        Task(self, self.ctx, work).success(done).progress(self.tr("Restoring…")).run()
