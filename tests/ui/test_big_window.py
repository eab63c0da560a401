"""The window on 100,000 demo customers: it opens, a search completes, the end scrolls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.core import search
from crmdesk.core.demo import fill_demo
from crmdesk.core.models import Pool, Rep
from crmdesk.storage.engine import Database
from crmdesk.storage.startup import open_database
from crmdesk.ui.context import AppContext
from crmdesk.ui.list_page import ListPage
from crmdesk.ui.main_window import MainWindow
from tests.ui.conftest import wait_tasks

pytestmark = pytest.mark.slow
CUSTOMERS = 100_000


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("big") / "crmdesk.sqlite"
    database, _ = open_database(str(path))
    with database.session() as session:
        fill_demo(session, CUSTOMERS)
    yield database
    database.dispose()


def test_search_and_scroll_a_big_pool(qtbot: QtBot, big: Database) -> None:
    with big.session() as session:
        manager = session.scalar(select(Rep.id).where(Rep.role == "manager").order_by(Rep.id))
        pool = session.scalar(select(Pool.id).where(Pool.is_default))
    assert manager is not None
    window = MainWindow(AppContext(big, manager, "en"))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page(f"pool:{pool}")
    assert isinstance(page, ListPage)
    wait_tasks(qtbot, 60_000)
    everyone = page.model.rowCount()
    assert everyone > 10_000
    assert f"{everyone:,} customers" in page.status.text()

    page.search_box.insert("深圳")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < everyone, timeout=20_000)
    wait_tasks(qtbot, 60_000)
    with big.session() as session:
        expected = search.count(session, "深圳", page.model.query.filters)
    assert page.model.rowCount() == expected
    first = page.model.row_at(0)
    assert "深圳" in "".join((first["company"] + (first["contact"] or "")).split())

    page.search_box.clear()
    page.reload()
    wait_tasks(qtbot, 60_000)
    page.table.scrollToBottom()
    last = page.model.row_at(page.model.rowCount() - 1)
    assert last["status"] == "pool" and last["pool_id"] == pool
