"""Start-up of the window: language, database, who is working, then the main window.

`crmdesk` opens the default database (first run: a short set-up); `crmdesk --demo`
opens a demo database, filled on first use, as its manager; `--db` chooses another.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import platformdirs
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThreadPool, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog
from sqlalchemy import func, select

from crmdesk.core.demo import DEMO_CUSTOMERS
from crmdesk.core.models import Customer, Rep
from crmdesk.storage.engine import Database, make_private_folder
from crmdesk.ui import i18n, style

T = TypeVar("T")


def tr(text: str) -> str:
    """Module-level strings; lupdate files `tr("...")` calls under the empty context."""
    return QCoreApplication.translate("", text)


def demo_path() -> Path:
    return Path(platformdirs.user_data_dir("CRMDesk", appauthor=False)) / "demo.sqlite"


class _Relay(QObject):
    progressed = Signal(int, int)
    finished = Signal(object, object)


def in_background(label: str, work: Callable[[Callable[[int, int], None]], T]) -> T:
    """Start-up work before there is a window (a migration, a demo) on a thread, with a
    progress dialog that appears after half a second; `work` gets a progress callback."""
    relay = _Relay()
    dialog = QProgressDialog(label, "", 0, 0)
    dialog.setWindowTitle(tr("CRMDesk"))
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(500)
    relay.progressed.connect(lambda done, total: (dialog.setMaximum(total), dialog.setValue(done)))
    loop = QEventLoop()
    outcome: list[Any] = []
    relay.finished.connect(lambda result, error: (outcome.extend((result, error)), loop.quit()))

    def run() -> None:
        try:
            result = work(relay.progressed.emit)
        except BaseException as exc:
            relay.finished.emit(None, exc)
        else:
            relay.finished.emit(result, None)

    threading.Thread(target=run, daemon=True).start()
    loop.exec()
    dialog.close()
    result, error = outcome
    if error is not None:
        raise error
    return result  # type: ignore[no-any-return]


def fill_demo_with_progress(database: Database, customers: int = DEMO_CUSTOMERS) -> None:
    """Fill an empty database; a few seconds for the default size."""
    from crmdesk.core.demo import fill_demo

    def work(progress: Callable[[int, int], None]) -> None:
        with database.session() as session:
            fill_demo(session, customers, progress=progress)

    in_background(tr("Making demo customers…"), work)


def _demo_manager(database: Database) -> int:
    """The demo opens as its manager, who sees every list."""
    with database.session() as session:
        empty = not session.scalar(select(func.count()).select_from(Customer))
    if empty:
        fill_demo_with_progress(database)
    with database.session() as session:
        manager = session.scalar(
            select(Rep.id).where(Rep.role == "manager", Rep.active).order_by(Rep.id)
        )
    assert manager is not None
    return int(manager)


class Application:
    """Keeps the one main window; a language switch builds it anew in the other language."""

    def __init__(self, database: Database, actor: int, lang: str) -> None:
        self.database = database
        self.actor = actor
        self.window: Any = None
        self.show(lang)

    def show(self, lang: str) -> None:
        from crmdesk.ui.context import AppContext
        from crmdesk.ui.main_window import MainWindow

        i18n.install(lang)
        old = self.window
        self.window = MainWindow(AppContext(self.database, self.actor, lang))
        self.window.language_changed.connect(self._switch)
        self.window.person_changed.connect(self._switch_person)
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        self.window.show()

    def _switch(self, choice: str) -> None:
        self.show(i18n.chosen_language(choice))

    def _switch_person(self, rep_id: int) -> None:
        self.actor = rep_id
        self.show(self.window.ctx.lang)


def run(db: str | None, demo: bool, ready_check: bool = False) -> int:
    """Open the window; returns the exit status. `ready_check` prints the wall-clock time
    when Today shows its numbers and quits: the installer test and the start-up benchmark."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("CRMDesk")
    app.setApplicationName("CRMDesk")
    style.apply(app)
    from crmdesk.ui.tasks import WINDOW_CACHE_MB, GuiThreadCollector, prepare_threads

    GuiThreadCollector(app)
    prepare_threads()
    lang = i18n.chosen_language()
    i18n.install(lang)

    from crmdesk.storage.startup import open_database
    from crmdesk.ui.signin import explain_startup_error, start_up

    if db is None:
        from crmdesk.ui.settings_common import remembered_database

        db = str(demo_path()) if demo else (remembered_database() or None)
    if demo:
        make_private_folder(demo_path().parent)
    try:
        # an upgrade of a big database can take minutes: a dialog says what is going on
        database, _ = in_background(
            tr("Opening the database (an upgrade may take a few minutes)…"),
            lambda _progress: open_database(db, cache_mb=WINDOW_CACHE_MB),
        )
    except Exception as exc:  # the user's environment: a clear dialog, never a traceback
        QMessageBox.critical(
            None, tr("CRMDesk cannot open the database"), explain_startup_error(exc)
        )
        return 1
    import_after = False
    try:
        if demo:
            actor: int | None = _demo_manager(database)
        else:
            choice = start_up(database, lang=lang)
            actor = choice.actor_id if choice else None
            import_after = bool(choice and choice.import_after)
    except Exception as exc:
        QMessageBox.critical(None, tr("CRMDesk"), explain_startup_error(exc, lang))
        database.dispose()
        return 1
    if actor is None:
        database.dispose()
        return 0
    holder = Application(database, actor, lang)
    gc.freeze()  # start-up's objects live all session: full collections skip them
    from crmdesk.ui.settings_common import BACKUP_KEEP_KEY, DAILY_BACKUP_KEY, DEFAULT_KEEP

    prefs = i18n.settings()
    backup: threading.Thread | None = None
    if prefs.value(DAILY_BACKUP_KEY, True, type=bool):
        keep = int(prefs.value(BACKUP_KEEP_KEY, DEFAULT_KEEP, type=int))
        # a copy of a big file takes seconds: beside the window, never before it
        backup = threading.Thread(target=_daily_backup, args=(database, keep))
        backup.start()
    if import_after:
        holder.window.import_customers()
    if ready_check:

        def ready() -> None:
            print(f"ready {time.time():.3f}", flush=True)
            app.quit()

        holder.window.pages["today"].loaded.connect(ready)
    try:
        return app.exec()
    finally:
        del holder
        from crmdesk.ui.tasks import cancel_all

        cancel_all()  # an export or import left running stops and rolls back
        QThreadPool.globalInstance().waitForDone(10_000)
        if backup is not None:  # a half-written copy would be useless
            backup.join()
        database.dispose()


def _daily_backup(database: Database, keep: int) -> None:
    """One backup a day of a local file (a team server has its own)."""
    from crmdesk.core import clock
    from crmdesk.storage.backup import backup_folder, daily_backup

    folder = backup_folder(database.engine)
    if folder is None:
        return
    try:
        daily_backup(database.engine, folder, clock.now(), keep=keep)
    except OSError as exc:  # a full disk must not keep the rep out of their customers
        print(f"crmdesk: no daily backup today: {exc}", file=sys.stderr)
