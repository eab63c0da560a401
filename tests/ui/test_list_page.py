"""A list to work in: sorting by a header, each view's own columns (within the window at
1280x800), the recycle bin's and Closed & archived's reasons and dates, the column
chooser remembered per view, and the lists Today opens."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from crmdesk.core import clock
from crmdesk.core.customers import create_customer
from crmdesk.core.lifecycle import (
    archive_customers,
    close_customers,
    lock_customers,
    void_customers,
)
from crmdesk.core.models import Customer
from crmdesk.core.reasons import CLOSE_CHECKLIST
from crmdesk.core.search import Filters
from crmdesk.ui import i18n
from crmdesk.ui.context import AppContext
from crmdesk.ui.customer_model import COLUMN, ROW_ROLE
from crmdesk.ui.list_page import ListPage
from crmdesk.ui.main_window import MainWindow
from tests.conftest import Team
from tests.ui.conftest import delete_on_gui_thread, wait_tasks

DAY = timedelta(days=1)


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """QSettings in the test's folder, never the user's."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    i18n.settings().clear()


def make_page(qtbot: QtBot, ctx: AppContext, base: Filters, view: str, **kw) -> ListPage:
    page = ListPage(ctx, base, view=view, **kw)
    qtbot.addWidget(page)
    page.resize(1060, 700)
    page.show()
    qtbot.waitExposed(page)
    wait_tasks(qtbot)
    return page


def rows(page: ListPage) -> list[dict]:
    model = page.model
    return [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]


def shown(page: ListPage, column: str, row: int) -> str:
    return page.model.data(page.model.index(row, COLUMN[column]))


def click_header(qtbot: QtBot, page: ListPage, column: str) -> None:
    header = page.table.horizontalHeader()
    at = QPoint(header.sectionViewportPosition(COLUMN[column]) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)
    wait_tasks(qtbot)


@pytest.fixture
def worked(ctx: AppContext, ui_team: Team) -> list[int]:
    """张三's customers owned for different periods, one locked (never reclaimed)."""
    now = clock.now()
    ids = []
    with ctx.session() as session:
        for n, days in enumerate((5, 25, 12, 29, 1, 18)):
            ids.append(
                create_customer(
                    session,
                    {"company": f"排序客户{n}有限公司"},
                    ui_team.manager,
                    owner_id=ui_team.zhang,
                    now=now - timedelta(days=days, hours=1),
                )
            )
        lock_customers(session, [ids[2]], ui_team.manager)
    return ids


def test_clicking_days_left_sorts_by_days_left_with_the_locked_last(
    qtbot: QtBot, ctx: AppContext, ui_team: Team, worked: list[int]
) -> None:
    page = make_page(qtbot, ctx, Filters(status=("active",), owner=ui_team.zhang), "mine")
    click_header(qtbot, page, "days_left")
    assert (page.model.query.sort, page.model.query.descending) == ("days_left", False)
    order = [(r["id"], r["days_left"]) for r in rows(page)]
    assert order == [
        (worked[3], 0),
        (worked[1], 4),
        (worked[5], 11),
        (worked[0], 24),
        (worked[4], 28),
        (worked[2], None),  # locked: no reclaim, so last
    ]
    assert [shown(page, "days_left", r) for r in range(3)] == ["0 d", "4 d", "11 d"]
    click_header(qtbot, page, "days_left")  # again: the most time left first, none still last
    assert [r["id"] for r in rows(page)] == [worked[i] for i in (4, 0, 5, 1, 3, 2)]
    click_header(qtbot, page, "next_followup_at")
    assert page.model.query.sort == "next_followup_at"
    click_header(qtbot, page, "warnings")
    assert page.model.query.sort == "warnings"


def test_the_pool_list_leaves_out_what_every_row_shares(
    qtbot: QtBot, ctx: AppContext, ui_team: Team
) -> None:
    page = make_page(qtbot, ctx, Filters(status=("pool",), pool=ui_team.default_pool), "pool")
    hidden = {key for key, i in COLUMN.items() if page.table.isColumnHidden(i)}
    assert {"status", "owner", "pool", "days_left", "next_followup_at"} <= hidden
    assert not {"company", "phone", "tier", "warnings"} & hidden
    mine = make_page(qtbot, ctx, Filters(status=("active",), owner=ui_team.zhang), "mine")
    hidden = {key for key, i in COLUMN.items() if mine.table.isColumnHidden(i)}
    assert {"status", "owner"} <= hidden
    team = make_page(qtbot, ctx, Filters(status=("active",)), "team")
    assert not team.table.isColumnHidden(COLUMN["owner"])
    assert team.table.isColumnHidden(COLUMN["status"])


def test_the_recycle_bin_shows_each_reason_and_date_newest_first(
    qtbot: QtBot, ctx: AppContext, ui_team: Team
) -> None:
    now = clock.now()
    with ctx.session() as session:
        ids = [
            create_customer(
                session, {"company": f"作废客户{n}"}, ui_team.manager, now=now - 9 * DAY
            )
            for n in range(3)
        ]
        void_customers(session, [ids[0]], "invalid_info", None, ui_team.manager, now=now - 5 * DAY)
        void_customers(session, [ids[1]], "duplicate", None, ui_team.manager, now=now - DAY)
        void_customers(session, [ids[2]], "budget", None, ui_team.manager, now=now - 3 * DAY)
    page = make_page(qtbot, ctx, Filters(status=("voided",)), "voided")
    assert [r["id"] for r in rows(page)] == [ids[1], ids[2], ids[0]]
    assert [shown(page, "reason", r) for r in range(3)] == [
        "Duplicate customer",
        "Budget or financial problems",
        "Invalid information",
    ]
    assert shown(page, "status_changed_at", 0) == f"{now - DAY:%Y-%m-%d}"
    for key in ("reason", "status_changed_at"):
        assert not page.table.isColumnHidden(COLUMN[key])
    assert page.table.isColumnHidden(COLUMN["status"])
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMN["status_changed_at"]
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    title = page.model.headerData(COLUMN["status_changed_at"], Qt.Orientation.Horizontal)
    assert title == "Voided on"


def test_closed_and_archived_show_the_close_reason_and_date_newest_first(
    qtbot: QtBot, ctx: AppContext, ui_team: Team
) -> None:
    now = clock.now()
    with ctx.session() as session:
        ids = [
            create_customer(
                session, {"company": f"关闭客户{n}"}, ui_team.manager, now=now - 9 * DAY
            )
            for n in range(2)
        ]
        close = [ids, "market_change", None, CLOSE_CHECKLIST, ui_team.manager]
        close_customers(session, *close, now=now - 4 * DAY)
        archive_customers(session, [ids[0]], ui_team.manager, now=now - 2 * DAY)
    page = make_page(qtbot, ctx, Filters(status=("closed", "archived")), "closed")
    assert [r["id"] for r in rows(page)] == [ids[0], ids[1]]  # archived later
    # archiving takes no reason: the archived customer keeps the one it was closed for
    assert [shown(page, "reason", r) for r in range(2)] == ["Market change", "Market change"]
    assert shown(page, "status_changed_at", 0) == f"{now - 2 * DAY:%Y-%m-%d}"
    assert not page.table.isColumnHidden(COLUMN["status"])  # closed or archived


def test_my_customers_at_1280x800_show_warnings_and_next_follow_up_without_scrolling(
    qtbot: QtBot, rep_ctx: AppContext, ui_team: Team, worked: list[int]
) -> None:
    with rep_ctx.session() as session:
        session.execute(
            update(Customer)
            .where(Customer.id == worked[0])
            .values(
                warning_flags=1 | 2 | 4,
                company="杭州鼎盛精密机械制造股份有限公司（滨江分公司）",
                next_followup_at=clock.now() - DAY,
            )
        )
        session.commit()
    window = MainWindow(rep_ctx)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page = ListPage(rep_ctx, Filters(status=("active",), owner=ui_team.zhang), view="mine")
    window.stack.addWidget(page)
    window.stack.setCurrentWidget(page)
    wait_tasks(qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(worked))
    table = page.table
    header = table.horizontalHeader()
    for key in ("company", "next_followup_at", "days_left", "warnings"):
        column = COLUMN[key]
        assert not table.isColumnHidden(column)
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert header.sectionViewportPosition(column) >= 0 and right <= table.viewport().width()
    assert table.horizontalScrollBar().maximum() == 0
    delete_on_gui_thread(qtbot, [window])


def test_the_column_chooser_is_remembered_per_view(
    qtbot: QtBot, ctx: AppContext, ui_team: Team
) -> None:
    page = make_page(qtbot, ctx, Filters(status=("active",), owner=ui_team.zhang), "mine")
    header = page.table.horizontalHeader()
    menu = page._choose_columns(QPoint(5, 5))
    assert isinstance(menu, QMenu)
    menu.findChild(QAction, "column_region").trigger()
    menu.findChild(QAction, "column_phone").trigger()
    menu.close()
    assert not page.table.isColumnHidden(COLUMN["region"])
    assert page.table.isColumnHidden(COLUMN["phone"])
    assert header.sectionSize(COLUMN["region"]) > 20

    again = make_page(qtbot, ctx, Filters(status=("active",), owner=ui_team.zhang), "mine")
    assert not again.table.isColumnHidden(COLUMN["region"])
    assert again.table.isColumnHidden(COLUMN["phone"])
    team = make_page(qtbot, ctx, Filters(status=("active",)), "team")
    assert team.table.isColumnHidden(COLUMN["region"])


def test_set_base_shows_the_list_today_opens_with_its_title(
    qtbot: QtBot, ctx: AppContext, ui_team: Team, worked: list[int]
) -> None:
    now = clock.now()
    with ctx.session() as session:
        for cid, due in ((worked[0], now - 2 * DAY), (worked[1], now - DAY), (worked[3], None)):
            session.execute(update(Customer).where(Customer.id == cid).values(next_followup_at=due))
        session.execute(
            update(Customer).where(Customer.id == worked[4]).values(next_followup_at=now + 9 * DAY)
        )
        session.commit()
    page = make_page(qtbot, ctx, Filters(status=("active",)), "today", title="Overdue")
    assert page.title.isVisible() and page.title.text() == "Overdue"
    due = Filters(status=("active",), owner=ui_team.zhang, followup_due=now + DAY)
    page.set_base(due, sort="next_followup_at", descending=False, title="Due follow-ups")
    wait_tasks(qtbot)
    assert page.title.isVisible() and page.title.text() == "Due follow-ups"
    assert [r["id"] for r in rows(page)] == [worked[0], worked[1]]
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == COLUMN["next_followup_at"]
    # the filter bar narrows the list without losing the due filter
    page.search_box.setText("排序客户1")
    page.reload()
    wait_tasks(qtbot)
    assert [r["id"] for r in rows(page)] == [worked[1]]
