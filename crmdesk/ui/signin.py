"""Who is at the desk, decided before the main window exists.

A new database asks for its first manager (and maybe a demo); a shared PostgreSQL
database asks people to sign in; a laptop's SQLite file remembers whom it last started
as. There is no AppContext yet, so `tasks.Task` cannot run the slow parts (scrypt, a
demo): `_Background` runs them on a thread and a timer collects the result.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import quote

import psycopg
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from crmdesk.core import auth
from crmdesk.core.demo import DEMO_CUSTOMERS
from crmdesk.core.errors import CrmdeskError
from crmdesk.storage.engine import Database
from crmdesk.ui.widgets import wrapped_label

T = TypeVar("T")
log = logging.getLogger(__name__)
Report = Callable[[int, int], None]


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def system_lang() -> str:
    """The language a refusal is worded in when the caller does not say."""
    return "zh" if QLocale.system().name().lower().startswith("zh") else "en"


def is_shared(database: Database) -> bool:
    """A PostgreSQL server is shared by a team: people sign in there."""
    return database.engine.dialect.name == "postgresql"


def _settings() -> QSettings:
    return QSettings("CRMDesk", "CRMDesk")


def _key(prefix: str, database: Database) -> str:
    """One settings key per database; the URL is quoted (slashes would make groups) and
    never holds a password."""
    url = make_url(database.url).render_as_string(hide_password=True)
    return f"{prefix}/{quote(url, safe='')}"


def remembered_profile(database: Database) -> int | None:
    value = _settings().value(_key("profile", database))
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def remember_profile(database: Database, rep_id: int) -> None:
    _settings().setValue(_key("profile", database), rep_id)


def explain_startup_error(exc: BaseException, lang: str | None = None) -> str:
    """A clear sentence for what stops a database from opening (the app shows it in a
    QMessageBox): too new, not ours, locked, a server out of reach. Bugs are logged."""
    lang = lang or system_lang()
    if isinstance(exc, CrmdeskError):
        return exc.message(lang)
    root = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    detail = (str(root).strip().splitlines() or [type(root).__name__])[0]
    if isinstance(root, sqlite3.OperationalError) and "locked" in str(root):
        return tr(
            "The database file is in use by another program (another CRMDesk, a backup "
            "or a file sync). Close it and start CRMDesk again."
        )
    if isinstance(root, psycopg.OperationalError):
        return tr(
            "CRMDesk cannot reach the database server. Check that the server is running, "
            "that this computer is on its network, and the user name and password.\n\n"
            "{detail}"
        ).format(detail=detail)
    if isinstance(exc, OSError):
        return tr("The database cannot be opened: {detail}").format(
            detail=f"{exc.strerror or exc} {exc.filename or ''}".strip()
        )
    if not isinstance(exc, DBAPIError):
        log.error("start-up failed", exc_info=exc)
    return tr("The database cannot be opened: {detail}").format(detail=detail)


class _Background(QObject):
    """One function on a worker thread; a timer on the GUI thread hands back its
    progress and its result (or error)."""

    def __init__(
        self,
        parent: QObject,
        work: Callable[[Report], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
        progressed: Report | None = None,
    ) -> None:
        super().__init__(parent)
        self._done, self._failed, self._progressed = done, failed, progressed
        self._progress: tuple[int, int] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crmdesk-start")
        self._future = self._executor.submit(work, self._report)
        self._timer = QTimer(self)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _report(self, done: int, total: int) -> None:
        self._progress = (done, total)  # one assignment: safe to read from the GUI thread

    def _poll(self) -> None:
        if self._progress is not None and self._progressed is not None:
            self._progressed(*self._progress)
        if not self._future.done():
            return
        self._timer.stop()
        self._executor.shutdown(wait=False)
        error = self._future.exception()
        if error is None:
            self._done(self._future.result())
        else:
            self._failed(error)


def _in_session(database: Database, work: Callable[[Session], T]) -> T:
    with database.session() as session:
        return work(session)


class _StartDialog(QDialog):
    """What the three dialogs share: an error line, OK/Cancel, and work off the GUI thread."""

    def __init__(self, database: Database, parent: QWidget | None, lang: str | None) -> None:
        super().__init__(parent)
        self.database = database
        self.lang = lang or system_lang()
        self.rep_id: int | None = None
        self._worker: _Background | None = None
        self.setWindowTitle(self.tr("CRMDesk"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def busy(self) -> bool:
        return self._worker is not None

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.fit()

    def fit(self) -> None:
        """Grow to show a line that just appeared: a dialog with wrapped text does not
        resize itself, and the new line would squeeze the others and be cut off."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def run(self, work: Callable[[Report], int], progressed: Report | None = None) -> None:
        """Run `work`; its result is the chosen rep, and the dialog closes accepted."""
        self.show_error("")
        self._set_inputs_enabled(False)
        self._worker = _Background(self, work, self._succeeded, self._refused, progressed)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for child in self.findChildren(QWidget):
            if child is not self.error and not isinstance(child, QProgressBar):
                child.setEnabled(enabled)

    def _succeeded(self, rep_id: int) -> None:
        self._worker = None
        self.rep_id = rep_id
        self.finish()
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self._worker = None
        self._set_inputs_enabled(True)
        self.refused(error)

    def finish(self) -> None:
        """Called with rep_id set, before the dialog closes."""

    def refused(self, error: BaseException) -> None:
        self.show_error(explain_startup_error(error, self.lang))

    def reject(self) -> None:
        if not self.busy():  # a half-written set-up is finished, not abandoned
            super().reject()


class FirstRunDialog(_StartDialog):
    """A database with nobody in it: its first manager, and how to begin."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        demo_customers: int = DEMO_CUSTOMERS,
    ) -> None:
        super().__init__(database, parent, lang)
        self.demo_customers = demo_customers
        self.setWindowTitle(self.tr("Set up CRMDesk"))
        intro = QLabel(
            self.tr("This database is new. Who manages the team? You can add reps later.")
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("e.g. 王经理"))
        form = QFormLayout()
        form.addRow(self.tr("Manager's name"), self.name)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password_again = QLineEdit()
        self.password_again.setObjectName("password_again")
        if is_shared(database):
            for field in (self.password, self.password_again):
                field.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Password"), self.password)
            form.addRow(self.tr("Password again"), self.password_again)
        else:
            self.password.hide()
            self.password_again.hide()
        self.start_empty = QRadioButton(self.tr("Start with an empty database"))
        self.start_empty.setObjectName("start_empty")
        self.load_demo = QRadioButton(
            self.tr("Load demo data ({n} customers) to try CRMDesk out").format(
                n=f"{demo_customers:,}"
            )
        )
        self.load_demo.setObjectName("load_demo")
        self.import_later = QRadioButton(self.tr("Import customers from a spreadsheet"))
        self.import_later.setObjectName("import_later")
        self.choice = QButtonGroup(self)
        for button in (self.start_empty, self.load_demo, self.import_later):
            self.choice.addButton(button)
        self.start_empty.setChecked(True)
        self.import_note = wrapped_label(
            self.tr("After set-up, the import wizard opens."), "import_note"
        )
        self.import_note.setVisible(False)
        self.import_later.toggled.connect(self._import_toggled)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.hide()
        self.ok_button().setText(self.tr("Set up"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        for widget in (self.start_empty, self.load_demo, self.import_later, self.import_note):
            layout.addWidget(widget)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _import_toggled(self, chosen: bool) -> None:
        self.import_note.setVisible(chosen)
        self.fit()

    @property
    def import_after(self) -> bool:
        """The user wants the import wizard once the window is open."""
        return self.import_later.isChecked()

    def accept(self) -> None:
        if self.busy():
            return
        password: str | None = None
        if is_shared(self.database):
            password = self.password.text()
            if password != self.password_again.text():
                self.show_error(self.tr("The two passwords are not the same."))
                return
        name, demo = self.name.text(), self.load_demo.isChecked()
        customers = self.demo_customers if demo else 0
        if demo:
            self.progress.setRange(0, 0)  # busy until the demo reports
            self.progress.setFormat(self.tr("Loading demo data… %v of %m customers"))
            self.progress.show()
            self.fit()
        self.run(
            lambda report: _in_session(
                self.database,
                lambda session: auth.set_up(
                    session, name, password, demo_customers=customers, progress=report
                ),
            ),
            self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def refused(self, error: BaseException) -> None:
        self.progress.hide()
        super().refused(error)

    def finish(self) -> None:
        if self.rep_id is not None and not is_shared(self.database):
            remember_profile(self.database, self.rep_id)


class SignInDialog(_StartDialog):
    """Name and password on a shared server; a failure does not say which was wrong."""

    def __init__(
        self, database: Database, parent: QWidget | None = None, *, lang: str | None = None
    ) -> None:
        super().__init__(database, parent, lang)
        self.setWindowTitle(self.tr("Sign in to CRMDesk"))
        where = make_url(database.url)
        server = QLabel(
            self.tr("Database {database} on {host}").format(
                database=where.database or "", host=where.host or "localhost"
            )
        )
        server.setObjectName("server")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setText(str(_settings().value(_key("signin", database), "")))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Password"), self.password)
        self.ok_button().setText(self.tr("Sign in"))
        layout = QVBoxLayout(self)
        layout.addWidget(server)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if self.name.text() else self.name).setFocus()

    def accept(self) -> None:
        if self.busy():
            return
        name, password = self.name.text(), self.password.text()
        self.run(
            lambda _report: _in_session(
                self.database, lambda session: auth.verify_password(session, name, password)
            )
        )

    def refused(self, error: BaseException) -> None:
        super().refused(error)
        self.password.clear()
        self.password.setFocus()

    def finish(self) -> None:
        _settings().setValue(_key("signin", self.database), self.name.text().strip())


class ProfileDialog(_StartDialog):
    """On a laptop's own file nobody signs in: the user says who they are, at start-up
    or later (`switching`) to work as someone else."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        *,
        lang: str | None = None,
        switching: bool = False,
    ) -> None:
        super().__init__(database, parent, lang)
        self.setWindowTitle(self.tr("Who are you?"))
        self.people = QListWidget()
        self.people.setObjectName("people")
        with database.session() as session:
            people = auth.active_people(session)
        last = remembered_profile(database)
        for person in people:
            role = self.tr("Manager") if person.role == "manager" else self.tr("Rep")
            item = QListWidgetItem(self.tr("{name} ({role})").format(name=person.name, role=role))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people.addItem(item)
            if person.id == last or self.people.currentItem() is None:
                self.people.setCurrentItem(item)
        self.people.itemDoubleClicked.connect(self.accept)
        self.ok_button().setText(self.tr("Switch") if switching else self.tr("Start"))
        if switching:
            self.setWindowTitle(self.tr("Switch person"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose who you are on this computer:")))
        layout.addWidget(self.people)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        item = self.people.currentItem()
        if item is None:
            self.show_error(self.tr("Choose a person from the list."))
            return
        self.rep_id = int(item.data(Qt.ItemDataRole.UserRole))
        remember_profile(self.database, self.rep_id)
        QDialog.accept(self)


def choose_profile(
    database: Database, parent: QWidget | None = None, lang: str | None = None
) -> int | None:
    """Who works at the desk from now on (File → Switch person…), or None if cancelled.

    On a laptop's own file the person is picked from the list (a manager sees what a
    rep sees) and remembered for the next start; on a shared server they sign in, as
    at start-up."""
    if is_shared(database):
        dialog: _StartDialog = SignInDialog(database, parent, lang=lang)
    else:
        dialog = ProfileDialog(database, parent, lang=lang, switching=True)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.rep_id if accepted else None
    finally:
        dialog.deleteLater()


@dataclass(frozen=True)
class StartChoice:
    actor_id: int
    import_after: bool = False


def start_up(
    database: Database, parent: QWidget | None = None, *, lang: str | None = None
) -> StartChoice | None:
    """The whole start-up choice (None: the user cancelled), with whether the first run
    asked for the import wizard. Blocks in exec(): there is no window to be modal to."""
    with database.session() as session:
        people = auth.has_people(session)
        last = remembered_profile(database)
        known = {p.id for p in auth.active_people(session)} if people and last else set()
    if not people:
        first = FirstRunDialog(database, parent, lang=lang)
        if first.exec() != QDialog.DialogCode.Accepted or first.rep_id is None:
            return None
        return StartChoice(first.rep_id, first.import_after)
    if is_shared(database):
        dialog: _StartDialog = SignInDialog(database, parent, lang=lang)
    elif last is not None and last in known:
        return StartChoice(last)
    else:
        dialog = ProfileDialog(database, parent, lang=lang)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.rep_id is None:
        return None
    return StartChoice(dialog.rep_id)
