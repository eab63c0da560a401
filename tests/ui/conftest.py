"""Widgets over a real SQLite file; the services under them are tested on both databases."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crmdesk.storage.engine import Database, resolve_url
from crmdesk.ui import i18n, tasks
from crmdesk.ui.context import AppContext
from tests.conftest import Team, make_team


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: QApplication) -> None:
    """As the app starts: its English catalogue holds the plural forms ("1 day", "2 days"),
    so every test reads what a person reads whatever ran before it."""
    i18n.install("en")


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As the app does (tasks.GuiThreadCollector): no collection on worker threads, and
    the windows a test closed are deleted here, on the GUI thread, before the next test."""
    gc.disable()
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    gc.enable()


@pytest.fixture
def ui_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    path = tmp_path / "crmdesk.sqlite"
    shutil.copyfile(sqlite_template, path)
    database = Database(resolve_url(str(path)))
    yield database
    database.dispose()


@pytest.fixture
def ui_team(ui_db: Database) -> Team:
    with ui_db.session() as session:
        return make_team(session)


@pytest.fixture
def ctx(qapp: object, ui_db: Database, ui_team: Team) -> AppContext:
    """The manager 王经理, in English."""
    return AppContext(ui_db, ui_team.manager, "en")


@pytest.fixture
def rep_ctx(qapp: object, ui_db: Database, ui_team: Team) -> AppContext:
    """The rep 张三, in English."""
    return AppContext(ui_db, ui_team.zhang, "en")


def wait_tasks(qtbot: QtBot, timeout: int = 15_000) -> None:
    """Let every background task finish and deliver its result."""
    qtbot.waitUntil(tasks.idle, timeout=timeout)


def delete_on_gui_thread(qtbot: QtBot, widgets: list[QWidget]) -> None:
    """Close and delete what a test showed, here on the GUI thread, once its tasks are done:
    left to the garbage collector, a worker thread could end up deleting a widget."""
    wait_tasks(qtbot)
    for widget in widgets:
        widget.close()
        shiboken6.delete(widget)
    gc.collect()
