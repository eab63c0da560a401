"""The desk keeps the rules firing: the reclaim sweep and the warning refresh run in the
background at start-up and every hour while the window is open (DESIGN.md), and the
person is told when their customers enter the warning period before a reclaim.

The work is core.housekeeping.run_rules; on a shared database another desk may be doing
it at that moment, and then this desk skips the run. Whoever ran it, each desk tells its
own person about their customers warned since it last looked.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core.housekeeping import RulesRun, run_rules
from crmdesk.core.models import ACTIVE, Customer
from crmdesk.ui import i18n, style
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.tasks import Task

HOUR_MS = 60 * 60 * 1000
C = Customer.__table__.c


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """lupdate files `tr("...")` calls under the empty context; `%n` texts take n third."""
    return QCoreApplication.translate("", text, disambiguation, n)


def warned_since(session: Session, owner: int, since: datetime | None) -> int:
    """The owner's customers that entered their warning period after `since`."""
    stmt = select(func.count()).where(
        C.owner_id == owner, C.status == ACTIVE, C.reclaim_warned_at.is_not(None)
    )
    if since is not None:
        stmt = stmt.where(C.reclaim_warned_at > since)
    return int(session.scalar(stmt) or 0)


class Notifier:
    """Tells the person something while the window is in the background: a system
    notification where the desktop has a tray, else the task bar's attention mark."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.tray: QSystemTrayIcon | None = None

    def show(self, title: str, text: str) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self.tray is None:
                self.tray = QSystemTrayIcon(style.icon("app"), self.window)
                self.tray.messageClicked.connect(self._raise)
            self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        QApplication.alert(self.window)

    def _raise(self) -> None:
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()


class RulesClock(QObject):
    """Runs the rules now and every `interval_ms`; says what each run did."""

    ran = Signal(object)  # RulesRun
    warned = Signal(int)  # the person's customers newly in their warning period

    def __init__(self, ctx: AppContext, window: QWidget, *, interval_ms: int = HOUR_MS) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.notifier = Notifier(window)
        self.last: RulesRun | None = None
        self.running = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.run)

    def start(self) -> None:
        """The first run right after the window shows, then on the hour's interval."""
        self._timer.start()
        QTimer.singleShot(0, self.run)

    def next_at(self) -> datetime | None:
        if not self._timer.isActive() or self.last is None:
            return None
        return self.last.at + timedelta(milliseconds=self._timer.interval())

    def _seen_key(self) -> str:
        url = self.ctx.database.engine.url.render_as_string(hide_password=True)
        return f"rules/warned_seen/{url}/{self.ctx.actor.id}"

    def run(self) -> None:
        if self.running:
            return
        self.running = True
        actor = self.ctx.actor.id
        seen_text = i18n.settings().value(self._seen_key(), "")
        seen = datetime.fromisoformat(str(seen_text)) if seen_text else None

        def work(session: Session, _progress: object) -> tuple[RulesRun, int]:
            done = run_rules(session)
            return done, warned_since(session, actor, seen)

        Task(self, self.ctx, work).success(self._done).failure(self._failed).run()

    def _failed(self, _exc: BaseException) -> bool:
        """A run that could not happen (a busy or unreachable database) is tried again at
        the next interval; it must not put a message in front of the person every hour."""
        self.running = False
        return True

    def _done(self, outcome: tuple[RulesRun, int]) -> None:
        self.running = False
        done, newly_warned = outcome
        self.last = done
        if done.reclaimed or done.warned:
            self.ctx.notify(CUSTOMERS)
        self.ran.emit(done)
        i18n.settings().setValue(self._seen_key(), done.at.isoformat())
        if newly_warned:
            self.warned.emit(newly_warned)
            if not self.window.isActiveWindow():
                self.notifier.show(
                    tr("CRMDesk"),
                    tr(
                        "%n of your customers will be reclaimed soon unless you follow them up.",
                        "",
                        newly_warned,
                    ),
                )
