"""Work on a worker thread: results on the GUI thread, refusals in words, honest Cancel."""

from __future__ import annotations

import threading
import time

import psycopg
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import OperationalError

from crmdesk.core.errors import CapacityReached, ImportCancelled
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import Task
from tests.ui.conftest import wait_tasks


def messages() -> list[str]:
    return [
        w.text()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "task_message" and w.isVisible()
    ]


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot, ctx: AppContext) -> None:
    seen: list[tuple[str, bool]] = []

    def work(_session: object, _progress: object) -> str:
        return threading.current_thread().name

    Task(None, ctx, work).success(
        lambda name: seen.append((name, threading.current_thread() is threading.main_thread()))
    ).run()
    wait_tasks(qtbot)
    assert len(seen) == 1
    worker, on_gui = seen[0]
    assert worker != threading.main_thread().name and on_gui


def test_a_refusal_is_shown_in_the_users_words(qtbot: QtBot, ctx: AppContext) -> None:
    def work(_session: object, _progress: object) -> None:
        raise CapacityReached(rep="张三", capacity=200, owned=200, requested=1)

    Task(None, ctx, work).run()
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: any("张三" in m for m in messages()), timeout=3000)


def test_cancel_stops_work_that_listens_and_says_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    def work(_session: object, progress: object) -> None:
        for done in range(1000):
            if progress.cancelled():  # type: ignore[attr-defined]
                raise ImportCancelled()
            progress.report(done, 1000)  # type: ignore[attr-defined]
            time.sleep(0.005)

    before = len(messages())
    task = Task(None, ctx, work).progress("working", cancellable=True).run()
    dialog = task._dialog
    assert isinstance(dialog, QProgressDialog)
    assert dialog.findChild(QPushButton) is not None
    task.cancel()
    wait_tasks(qtbot)
    assert len(messages()) == before


def test_work_that_cannot_stop_offers_no_cancel(qtbot: QtBot, ctx: AppContext) -> None:
    task = Task(None, ctx, lambda _s, _p: time.sleep(0.2)).progress("one transaction").run()
    dialog = task._dialog
    assert isinstance(dialog, QProgressDialog)
    assert dialog.findChild(QPushButton) is None
    wait_tasks(qtbot)


def test_a_server_gone_mid_session_is_one_line_not_a_traceback(
    qtbot: QtBot, ctx: AppContext
) -> None:
    """What psycopg raises when the PostgreSQL server stops under a running desk."""

    def work(_session: object, _progress: object) -> None:
        gone = psycopg.OperationalError("server closed the connection unexpectedly")
        raise OperationalError("SELECT 1", {}, gone)

    def shown() -> list[str]:
        return [m for m in messages() if m.startswith("The database cannot be reached")]

    for _ in range(3):  # the side bar, the list and Today all read at once
        Task(None, ctx, work).run()
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: bool(shown()), timeout=3000)
    assert len(shown()) == 1  # one message, not one per read
    assert "Traceback" not in shown()[0] and "\n" not in shown()[0]
    assert not any("Something went wrong" in m for m in messages())
