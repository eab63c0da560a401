"""Today as a person meets it: the window opens on it, its numbers open lists of the same
length, its customers open the workspace, and the rules fire without anyone asking."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crmdesk.core import clock
from crmdesk.core.activity import log_followup
from crmdesk.core.customers import create_customer
from crmdesk.core.models import POOL, Customer
from crmdesk.ui import style
from crmdesk.ui.context import AppContext
from crmdesk.ui.list_page import ListPage
from crmdesk.ui.main_window import FOCUS, MainWindow
from crmdesk.ui.rules_clock import Notifier, RulesClock
from crmdesk.ui.today_page import TodayPage
from tests.conftest import Team
from tests.ui.conftest import delete_on_gui_thread, wait_tasks


def owned(ctx: AppContext, team: Team, owner: int, company: str, *, days_ago: int = 0) -> int:
    with ctx.session() as session:
        return create_customer(
            session,
            {"company": company},
            team.manager,
            owner_id=owner,
            now=clock.now() - timedelta(days=days_ago),
        )


def follow_up(ctx: AppContext, cid: int, actor: int, next_in: timedelta) -> None:
    with ctx.session() as session:
        at = clock.now() - timedelta(days=3)  # so that a next step may already be overdue
        log_followup(session, cid, actor, "call", "reached", at=at, next_at=clock.now() + next_in)


@pytest.fixture
def rep_day(rep_ctx: AppContext, ui_team: Team) -> dict[str, int]:
    """张三's day: one follow-up overdue, one due in an hour, one next week, one customer
    a day from being reclaimed and one already past it."""
    zhang = ui_team.zhang
    ids = {
        "overdue": owned(rep_ctx, ui_team, zhang, "逾期跟进客户"),
        "later": owned(rep_ctx, ui_team, zhang, "今天跟进客户"),
        "next_week": owned(rep_ctx, ui_team, zhang, "下周跟进客户"),
        "soon": owned(rep_ctx, ui_team, zhang, "即将回收客户", days_ago=28),
        "gone": owned(rep_ctx, ui_team, zhang, "应被回收客户", days_ago=45),
    }
    follow_up(rep_ctx, ids["overdue"], zhang, timedelta(days=-2))
    follow_up(rep_ctx, ids["later"], zhang, timedelta(hours=1))
    follow_up(rep_ctx, ids["next_week"], zhang, timedelta(days=7))
    return ids


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    window.resize(1280, 800)
    window.show()
    wait_tasks(qtbot)
    return window


def test_the_window_opens_on_today_and_its_numbers_open_lists_as_long(
    qtbot: QtBot, rep_ctx: AppContext, rep_day: dict[str, int]
) -> None:
    window = open_window(qtbot, rep_ctx)
    page = window.stack.currentWidget()
    assert isinstance(page, TodayPage)
    assert page.cards["due"].number.text() == "2"
    assert "1" in page.cards["due"].detail.text()  # one overdue
    assert page.cards["reclaim_soon"].number.text() == "1"

    for key, expected in (("due", 2), ("reclaim_soon", 1)):
        window.show_page("today")
        qtbot.mouseClick(page.cards[key], Qt.MouseButton.LeftButton)
        listed = window.stack.currentWidget()
        assert isinstance(listed, ListPage) and window.current_key() == FOCUS
        wait_tasks(qtbot)
        assert listed.model.total() == expected, key

    delete_on_gui_thread(qtbot, [window])


def test_a_customer_on_today_opens_its_workspace(
    qtbot: QtBot, rep_ctx: AppContext, rep_day: dict[str, int]
) -> None:
    window = open_window(qtbot, rep_ctx)
    page = window.pages["today"]
    tree = page.lists["due"]
    first = tree.topLevelItem(0)
    assert first.text(0) == "逾期跟进客户"
    assert first.foreground(1).color() == style.color("overdue")
    with qtbot.waitSignal(page.open_customer) as opened:
        tree.itemClicked.emit(first, 0)
    assert opened.args == [rep_day["overdue"]]
    delete_on_gui_thread(qtbot, [window])


def test_a_desk_left_open_reclaims_on_its_own(
    qtbot: QtBot, rep_ctx: AppContext, rep_day: dict[str, int]
) -> None:
    window = open_window(qtbot, rep_ctx)
    qtbot.waitUntil(lambda: window.rules_clock.last is not None, timeout=10_000)
    wait_tasks(qtbot)
    with rep_ctx.session() as session:
        assert session.get(Customer, rep_day["gone"]).status == POOL
        assert session.get(Customer, rep_day["soon"]).reclaim_warned_at is not None
    assert "1" in window.pages["today"].rules_line.text()
    delete_on_gui_thread(qtbot, [window])


def test_an_owner_in_the_background_is_told_when_customers_enter_the_warning_period(
    qtbot: QtBot, rep_ctx: AppContext, rep_day: dict[str, int], monkeypatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(Notifier, "show", lambda _self, _title, text: told.append(text))
    window = QWidget()  # a window in the background, its desk's clock below
    monkeypatch.setattr(window, "isActiveWindow", lambda: False)
    clock_ = RulesClock(rep_ctx, window)
    with qtbot.waitSignal(clock_.warned, timeout=10_000) as warned:
        clock_.run()
    wait_tasks(qtbot)
    assert warned.args == [1]
    assert told == ["One of your customers will be reclaimed soon unless you follow it up."]
    told.clear()
    clock_.run()  # nothing new since the last look
    wait_tasks(qtbot)
    assert told == []
    delete_on_gui_thread(qtbot, [window])


def test_a_managers_team_numbers_open_the_lists_they_count(
    qtbot: QtBot, ctx: AppContext, ui_team: Team, rep_day: dict[str, int]
) -> None:
    window = open_window(qtbot, ctx)
    page = window.pages["today"]
    assert page.team_box.isVisible()
    qtbot.waitUntil(lambda: page.team_day is not None, timeout=10_000)
    rows = {page.team.item(r, 0).text(): r for r in range(page.team.rowCount())}
    row = rows["张三"]
    due_column = 2
    assert page.team.item(row, due_column).text() == "2"
    page.team.cellClicked.emit(row, due_column)
    listed = window.stack.currentWidget()
    assert isinstance(listed, ListPage)
    wait_tasks(qtbot)
    assert listed.model.total() == 2
    assert "张三" in window._items[FOCUS].text(0)
    delete_on_gui_thread(qtbot, [window])


def test_the_toolbar_shows_only_the_actions_of_the_page_in_front(
    qtbot: QtBot, ctx: AppContext, ui_team: Team
) -> None:
    window = open_window(qtbot, ctx)
    assert not window.toolbar.isVisible()  # Today
    window.show_page(f"pool:{ui_team.default_pool}")
    visible = {a.objectName() for a in window.toolbar.actions() if a.isVisible()}
    assert "action_claim" in visible and "action_release" not in visible
    window.show_page("voided")
    visible = {a.objectName() for a in window.toolbar.actions() if a.isVisible()}
    assert visible == {"action_reactivate"}
    window.show_page("settings")
    assert not window.toolbar.isVisible()
    delete_on_gui_thread(qtbot, [window])
