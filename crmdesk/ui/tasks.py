"""Database work off the GUI thread (Anki's CollectionOp, STYLE.md).

    Task(parent, ctx, lambda session, progress: void_customers(session, ...))
        .success(on_done).changes(CUSTOMERS).progress(tr("Voiding…")).run()

The work gets its own session on a worker thread and returns plain data; `success`
runs on the GUI thread. A refusal (`CrmdeskError`) is shown in the user's language and
changed nothing; anything else is a bug and goes to one error dialog. A task never
touches a widget.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from crmdesk.core.errors import CrmdeskError, ImportCancelled
from crmdesk.ui.context import AppContext

T = TypeVar("T")
log = logging.getLogger(__name__)
_running: set[Task[Any]] = set()
_open_messages: set[QMessageBox] = set()
_out_of_reach: set[QMessageBox] = set()  # the one "cannot be reached" message shown
_worker = threading.local()


def cancel_all() -> None:
    """Ask every running task to stop (at quit); work that cannot stop finishes."""
    for task in list(_running):
        task.cancel()


def idle() -> bool:
    """True when no task is running (tests wait for this)."""
    return not _running


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


WORKER_NICE = 10  # workers yield the CPU to the GUI thread when they share a core
WINDOW_CACHE_MB = 16  # SQLite page cache per connection in the window (see engine.py)


def prepare_threads() -> None:
    """Hand the GIL over every 0.5 ms instead of 5: a worker reading a million ids
    otherwise makes each of the GUI thread's many returns from Qt wait its turn, and a
    repaint of the table stalls for a third of a second. At least four workers, so a
    list's first page never queues behind the side bar's counts on a two-core laptop
    (the database reads them side by side)."""
    sys.setswitchinterval(0.0005)
    pool = QThreadPool.globalInstance()
    pool.setMaxThreadCount(max(4, pool.maxThreadCount()))
    pool.setThreadPriority(QThread.Priority.LowPriority)  # Windows, macOS; Linux: _Runner


def _lower_priority() -> None:
    """Once per worker thread: on a busy core the GUI thread paints before the worker
    reads on (Qt's LowPriority does nothing on Linux, where `nice` is per thread)."""
    if getattr(_worker, "lowered", False):
        return
    _worker.lowered = True
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):  # never refused for a lower priority
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICE)


class GuiThreadCollector(QObject):
    """Collect Python's garbage on the GUI thread only (Anki's habit).

    Left automatic, the collector runs on whichever thread allocates, so a worker could
    free a closed window while the GUI thread paints it, which crashes Qt.
    """

    def __init__(self, parent: QObject, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(interval_ms)

    def collect(self) -> None:
        # generation by generation, as the interpreter would: a full pass walks every
        # object (70-100 ms with a million-customer list open), so it runs only when due
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return
        generation = 0
        while generation < 2 and counts[generation + 1] + 1 > thresholds[generation + 1]:
            generation += 1
        gc.collect(generation)


class Progress:
    """Handed to the work: report how far it got, and ask whether the user cancelled."""

    def __init__(self, signal: Signal) -> None:
        self._signal = signal
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._signal.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Signals(QObject):
    """A task's signals and their receivers in one QObject on the GUI thread.

    The worker's reports land on this object's own slots, never on a bound method of
    the short-lived Task: PySide keys the hidden receiver of a bound method by the
    object's address, and a new Task at a freed Task's address could get a receiver
    that the old one's clean-up then disconnected while a worker emitted through it
    (a segfault in Qt's cleanOrphanedConnections, about one window test run in three).
    """

    done = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int)

    def __init__(self, task: Task[Any]) -> None:
        super().__init__(QCoreApplication.instance())
        self.task: Task[Any] | None = task
        self.done.connect(self._report_done, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._report_failed, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._report_progress, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _report_done(self, result: object) -> None:
        task, self.task = self.task, None
        if task is not None:
            task._done(result)

    @Slot(object, str)
    def _report_failed(self, exc: BaseException, trace: str) -> None:
        task, self.task = self.task, None
        if task is not None:
            task._failed(exc, trace)

    @Slot(int, int)
    def _report_progress(self, done: int, total: int) -> None:
        if self.task is not None:
            self.task._progressed(done, total)


class _Runner(QRunnable):
    """Runs a task's work. Qt objects must die on the GUI thread, so the worker lets go
    of the task before it reports; `_running` holds it until the GUI thread is done."""

    def __init__(self, task: Task[Any]) -> None:
        super().__init__()
        self.task: Task[Any] | None = task

    def run(self) -> None:
        _lower_priority()
        task, self.task = self.task, None
        assert task is not None
        signals = task.signals  # owned by the application object, not by this thread
        try:
            with task.ctx.session() as session:
                outcome: tuple[Any, ...] = (task.work(session, task.progress_state),)
        except BaseException as exc:
            outcome = (exc, traceback.format_exc())
        del task
        if len(outcome) == 1:
            signals.done.emit(outcome[0])
        else:
            signals.failed.emit(*outcome)


def show_message(parent: QObject | None, text: str, *, error: bool = True) -> QMessageBox:
    """A window-modal message that does not block the caller (tests read it)."""
    widget = parent if isinstance(parent, QWidget) else None
    box = QMessageBox(widget or QApplication.activeWindow())
    if box.parent() is None:  # nothing else holds it: keep it until it is closed
        _open_messages.add(box)
        box.finished.connect(lambda _result: _open_messages.discard(box))
    box.setObjectName("task_message")
    box.setIcon(QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information)
    box.setWindowTitle(tr("CRMDesk"))
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def out_of_reach(exc: BaseException) -> bool:
    """The database server went away mid-session (stopped, network down): SQLAlchemy
    says so with an OperationalError or a connection it had to drop. SQLite's own
    OperationalErrors (a locked file) are not about reaching a server."""
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError) and type(exc.orig).__module__.startswith("psycopg")


class Task(Generic[T]):
    """One piece of work on the shared thread pool; build it, then `run()`."""

    def __init__(
        self,
        parent: QObject | None,
        ctx: AppContext,
        work: Callable[[Session, Progress], T],
    ) -> None:
        self.parent = parent
        self.ctx = ctx
        self.work = work
        # parented to the application: freed by deleteLater on the GUI thread (in
        # _finish), never by whichever thread drops the last Python reference
        self.signals = _Signals(self)
        self.progress_state = Progress(self.signals.progressed)
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], bool] | None = None
        self._label: str | None = None
        self._cancellable = False
        self._changes: frozenset[str] = frozenset()
        self._dialog: QProgressDialog | None = None

    def success(self, fn: Callable[[T], None]) -> Task[T]:
        self._on_success = fn
        return self

    def failure(self, fn: Callable[[BaseException], bool]) -> Task[T]:
        """`fn` returns True when it dealt with the error; otherwise it is shown."""
        self._on_failure = fn
        return self

    def changes(self, *areas: str) -> Task[T]:
        self._changes = frozenset(areas)
        return self

    def progress(self, label: str, *, cancellable: bool = False) -> Task[T]:
        """Show a progress dialog if the work takes longer than a moment; with Cancel only
        when the work asks `progress.cancelled()` (a bulk action is one transaction that
        cannot stop halfway, and a Cancel that changed nothing would mislead)."""
        self._label = label
        self._cancellable = cancellable
        return self

    def run(self) -> Task[T]:
        if self._label is not None:
            window = self.parent if isinstance(self.parent, QWidget) else None
            dialog = QProgressDialog(self._label, tr("Cancel"), 0, 0, window)
            dialog.setObjectName("task_progress")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not self._cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.progress_state.cancel)
            self._dialog = dialog
        _running.add(self)
        QThreadPool.globalInstance().start(_Runner(self))
        return self

    def cancel(self) -> None:
        self.progress_state.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if self._dialog is not None and not self.progress_state.cancelled():
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        _running.discard(self)
        self.signals.deleteLater()
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.progress_state.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _owner_gone(self) -> bool:
        """The widget or model the result was for was deleted while the work ran."""
        return self.parent is not None and not shiboken6.isValid(self.parent)

    def _done(self, result: T) -> None:
        self._finish()
        if self._changes:
            self.ctx.notify(*self._changes)
        if self._on_success is not None and not self._owner_gone():
            self._on_success(result)

    def _failed(self, exc: BaseException, trace: str) -> None:
        self._finish()
        if self._owner_gone():
            self.parent = None  # closed while the work ran: the message still shows
        elif self._on_failure is not None and self._on_failure(exc):
            return
        if isinstance(exc, ImportCancelled) or self.progress_state.cancelled():
            return
        if isinstance(exc, CrmdeskError):
            show_message(self.parent, exc.message(self.ctx.lang))
            return
        if out_of_reach(exc):  # the environment, not a bug: one line, no traceback
            log.warning("database out of reach: %s", exc)
            _out_of_reach.difference_update(
                [box for box in _out_of_reach if not shiboken6.isValid(box) or not box.isVisible()]
            )
            if not _out_of_reach:  # once, not per read
                box = show_message(
                    self.parent,
                    tr(
                        "The database cannot be reached right now (the server stopped or the "
                        "network is down), so nothing was changed. What you typed is still "
                        "here: try again once the connection is back."
                    ),
                )
                _out_of_reach.add(box)
                box.finished.connect(lambda _result: _out_of_reach.discard(box))
            return
        log.error("task failed:\n%s", trace)
        show_message(self.parent, tr("Something went wrong; nothing was changed.") + "\n\n" + trace)
