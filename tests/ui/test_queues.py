"""The suggestion, warning and cleanup queues driven through their widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.core import clock
from crmdesk.core.customers import create_customer
from crmdesk.core.errors import PermissionDenied
from crmdesk.core.lifecycle import close_customers
from crmdesk.core.models import ARCHIVED, VOIDED, Customer, Dismissal
from crmdesk.core.reasons import CLOSE_CHECKLIST
from crmdesk.core.suggestions import accept_suggestions
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.queues import PAGE, CleanupPage, QueueList, SuggestionsPage
from tests.conftest import Team
from tests.ui.conftest import delete_on_gui_thread, wait_tasks

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def shown(qtbot: QtBot) -> Iterator[Callable[[W], W]]:
    """Show a page and wait for its first read. Afterwards it is deleted on the GUI thread
    (delete_on_gui_thread)."""
    made: list[QWidget] = []

    def show(page: W) -> W:
        made.append(page)
        page.show()
        wait_tasks(qtbot)
        return page

    yield show
    delete_on_gui_thread(qtbot, made)


def add(ctx: AppContext, team: Team, company: str, owner: int | None = None, **kw: object) -> int:
    """A customer of 张三's; with no phone, email or WeChat it is suggested for voiding."""
    fields = {"company": company, **{k: v for k, v in kw.items() if k != "tier"}}
    with ctx.session() as session:
        return create_customer(
            session, fields, team.manager, owner_id=owner or team.zhang, tier=kw.get("tier", "C")
        )


def column(table: QTableWidget, c: int) -> list[str]:
    return [table.item(r, c).text() for r in range(table.rowCount())]


def select_company(queue: QueueList, company: str) -> None:
    queue.table.clearSelection()
    queue.table.selectRow(column(queue.table, 0).index(company))


def confirmation(page: QWidget) -> QMessageBox:
    """The one confirmation open now (a closed one is deleted)."""
    boxes = [b for b in page.findChildren(QMessageBox, "confirm_void") if b.isVisible()]
    assert len(boxes) == 1, "no confirmation shown"
    return boxes[0]


def press(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    box.button(button).click()


def status_of(ctx: AppContext, cid: int) -> tuple[str, str | None]:
    with ctx.session() as session:
        c = session.get(Customer, cid)
        return c.status, c.status_reason


def test_accept_a_suggestion(
    qtbot: QtBot,
    shown: Callable[[SuggestionsPage], SuggestionsPage],
    ctx: AppContext,
    ui_team: Team,
) -> None:
    first = add(ctx, ui_team, "无联系方式甲")
    add(ctx, ui_team, "无联系方式乙")
    add(ctx, ui_team, "正常客户", phone="13812345678")
    page = shown(SuggestionsPage(ctx))
    queue = page.suggested
    assert column(queue.table, 0) == ["无联系方式甲", "无联系方式乙"]
    assert column(queue.table, 3) == ["No contact details"] * 2
    assert column(queue.table, 4)[0] == "no valid phone, email or WeChat"
    no_contact = queue.filter.findData("no_contact")
    assert queue.filter.itemText(no_contact) == "No contact details (2)"

    select_company(queue, "无联系方式甲")
    accept = page.findChild(QWidget, "suggestion_accept")
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    box = confirmation(page)
    assert "Customers to void: 1. Reason: Invalid information (1)." in box.text()
    press(box, QMessageBox.StandardButton.Cancel)
    wait_tasks(qtbot)
    assert status_of(ctx, first) == ("active", None)  # asked, not done

    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    with qtbot.waitSignal(ctx.changed, timeout=5000) as changed:
        press(confirmation(page), QMessageBox.StandardButton.Ok)
    wait_tasks(qtbot)

    assert CUSTOMERS in changed.args[0]
    assert status_of(ctx, first) == (VOIDED, "invalid_info")
    assert column(queue.table, 0) == ["无联系方式乙"]
    assert queue.status.text() == "Customers moved to the recycle bin: 1."


def test_dismiss_leaves_the_list(
    qtbot: QtBot,
    shown: Callable[[SuggestionsPage], SuggestionsPage],
    ctx: AppContext,
    ui_team: Team,
) -> None:
    kept = add(ctx, ui_team, "保留客户")
    add(ctx, ui_team, "另一个客户")
    page = shown(SuggestionsPage(ctx))
    queue = page.suggested

    select_company(queue, "保留客户")
    qtbot.mouseClick(page.findChild(QWidget, "suggestion_dismiss"), Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)

    assert column(queue.table, 0) == ["另一个客户"]
    with ctx.session() as session:
        dismissed = session.scalars(select(Dismissal).where(Dismissal.customer_id == kept)).all()
        assert [(d.rule, d.actor_id) for d in dismissed] == [("no_contact", ui_team.manager)]
    assert status_of(ctx, kept) == ("active", None)


def test_filter_by_rule_and_open(
    qtbot: QtBot,
    shown: Callable[[SuggestionsPage], SuggestionsPage],
    ctx: AppContext,
    ui_team: Team,
) -> None:
    add(ctx, ui_team, "老客户", phone="13900000001")
    newer = add(ctx, ui_team, "新客户", phone="139 0000 0001")
    add(ctx, ui_team, "无联系方式")
    page = shown(SuggestionsPage(ctx))
    queue = page.suggested

    queue.filter.setCurrentIndex(queue.filter.findData("duplicate"))
    wait_tasks(qtbot)
    assert column(queue.table, 0) == ["新客户"]
    assert column(queue.table, 4) == ["shares a phone, email or name with older customers: 1"]

    queue.table.selectRow(0)
    with qtbot.waitSignal(page.open_customer, timeout=1000) as opening:
        qtbot.mouseClick(queue.open_button, Qt.MouseButton.LeftButton)
    assert opening.args == [newer]


def test_rep_may_not_void_another_reps_customer(
    shown: Callable[[SuggestionsPage], SuggestionsPage],
    rep_ctx: AppContext,
    ui_team: Team,
) -> None:
    """Their queue does not offer it, and the service refuses it all the same."""
    theirs = add(rep_ctx, ui_team, "王五的客户", owner=ui_team.wang)
    page = shown(SuggestionsPage(rep_ctx))

    assert page.suggested.table.rowCount() == 0
    with rep_ctx.session() as session, pytest.raises(PermissionDenied) as refused:
        accept_suggestions(session, [theirs], ui_team.zhang)
    assert refused.value.message("en") == "张三 may not void: not the owner."
    assert status_of(rep_ctx, theirs) == ("active", None)


def test_warned_customers_with_their_rules(
    qtbot: QtBot,
    shown: Callable[[SuggestionsPage], SuggestionsPage],
    ctx: AppContext,
    ui_team: Team,
) -> None:
    add(ctx, ui_team, "信用差", phone="13800000002", credit_rating="D")
    add(ctx, ui_team, "信用好", phone="13800000003", credit_rating="A")
    page = shown(SuggestionsPage(ctx))

    page.tabs.setCurrentWidget(page.warned)  # read when first shown
    wait_tasks(qtbot)

    table = page.warned.table
    assert column(table, 0) == ["信用差"]
    assert column(table, 3) == ["30"]
    assert column(table, 4) == ["credit rating D (warning at C or worse)"]


def test_refresh_when_customers_change(
    qtbot: QtBot,
    shown: Callable[[SuggestionsPage], SuggestionsPage],
    ctx: AppContext,
    ui_team: Team,
) -> None:
    add(ctx, ui_team, "第一个")
    page = shown(SuggestionsPage(ctx))
    assert page.suggested.table.rowCount() == 1
    page.hide()
    add(ctx, ui_team, "第二个")

    ctx.notify(CUSTOMERS)
    wait_tasks(qtbot)
    assert page.suggested.table.rowCount() == 1  # hidden: read when shown again

    page.show()
    wait_tasks(qtbot)
    assert page.suggested.table.rowCount() == 2


def test_load_more(
    qtbot: QtBot,
    shown: Callable[[SuggestionsPage], SuggestionsPage],
    ctx: AppContext,
    ui_team: Team,
) -> None:
    with ctx.session() as session:
        for i in range(PAGE + 3):
            create_customer(session, {"company": f"批量{i:04d}"}, ui_team.manager, to_pool=True)
    page = shown(SuggestionsPage(ctx))
    queue = page.suggested
    assert queue.table.rowCount() == PAGE and queue.more_button.isVisible()

    qtbot.mouseClick(queue.more_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)

    assert queue.table.rowCount() == PAGE + 3
    assert column(queue.table, 0)[-1] == f"批量{PAGE + 2:04d}"
    assert not queue.more_button.isVisible()


def test_cleanup_voids_junk_with_a_reason(
    qtbot: QtBot, shown: Callable[[CleanupPage], CleanupPage], ctx: AppContext, ui_team: Team
) -> None:
    junk = add(ctx, ui_team, "垃圾客户", phone="13800000004", tier="D")
    add(ctx, ui_team, "待作废")
    page = shown(CleanupPage(ctx))
    queue = page.queue
    assert queue.key() == "junk"  # its own first list, not the Suggestions page's
    assert column(queue.table, 0) == ["垃圾客户"]
    text = queue.filter.itemText(queue.filter.findData("junk"))
    assert text == "Junk: tier D, active or in a pool (1)"
    assert column(queue.table, 3) == ["tier D (junk)"]
    page.void_reason.setCurrentIndex(page.void_reason.findData("other"))
    queue.table.selectRow(0)
    qtbot.mouseClick(page.findChild(QWidget, "cleanup_void"), Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    press(confirmation(page), QMessageBox.StandardButton.Ok)
    wait_tasks(qtbot)
    box = page.findChild(QMessageBox, "task_message")
    assert box is not None and box.text() == "The reason 'Other' needs a note."
    assert status_of(ctx, junk) == ("active", None)

    qtbot.keyClicks(page.void_note, "shell company")
    qtbot.mouseClick(page.findChild(QWidget, "cleanup_void"), Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert "Customers to void: 1. Reason: Other." in confirmation(page).text()
    press(confirmation(page), QMessageBox.StandardButton.Ok)
    wait_tasks(qtbot)
    assert status_of(ctx, junk) == (VOIDED, "other")
    assert queue.table.rowCount() == 0


def test_cleanup_archives_long_closed_and_accepts_suggestions(
    qtbot: QtBot, shown: Callable[[CleanupPage], CleanupPage], ctx: AppContext, ui_team: Team
) -> None:
    old = add(ctx, ui_team, "早已关闭", phone="13800000005")
    suggested = add(ctx, ui_team, "无联系方式")
    with ctx.session() as session:
        close_customers(
            session,
            [old],
            "lifecycle_ended",
            None,
            list(CLOSE_CHECKLIST),
            ui_team.manager,
            now=clock.now() + timedelta(hours=-24 * 400),
        )
    page = shown(CleanupPage(ctx))
    queue = page.queue

    queue.filter.setCurrentIndex(queue.filter.findData("suggestion"))
    wait_tasks(qtbot)
    qtbot.mouseClick(page.findChild(QWidget, "cleanup_accept"), Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert queue.status.text() == "Select one or more customers first."
    queue.table.selectRow(0)
    qtbot.mouseClick(page.findChild(QWidget, "cleanup_accept"), Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    press(confirmation(page), QMessageBox.StandardButton.Ok)
    wait_tasks(qtbot)
    assert status_of(ctx, suggested)[0] == VOIDED

    queue.filter.setCurrentIndex(queue.filter.findData("long_closed"))
    wait_tasks(qtbot)
    assert page.actions.currentWidget().findChild(QWidget, "cleanup_archive") is not None
    queue.table.selectRow(0)
    qtbot.mouseClick(page.findChild(QWidget, "cleanup_archive"), Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert status_of(ctx, old)[0] == ARCHIVED
    assert queue.status.text() == "Customers archived: 1. They are under Closed & archived."


def test_a_rep_works_the_suggestions_and_warnings_of_their_own_customers(
    qtbot: QtBot,
    shown: Callable[[SuggestionsPage], SuggestionsPage],
    rep_ctx: AppContext,
    ui_team: Team,
) -> None:
    add(rep_ctx, ui_team, "张三的空号客户")
    add(rep_ctx, ui_team, "李四的空号客户", owner=ui_team.li)
    add(rep_ctx, ui_team, "张三的差信用客户", phone="13900000001", credit_rating="D")
    add(
        rep_ctx,
        ui_team,
        "李四的差信用客户",
        owner=ui_team.li,
        phone="13900000002",
        credit_rating="D",
    )

    page = shown(SuggestionsPage(rep_ctx))

    assert column(page.suggested.table, 0) == ["张三的空号客户"]
    page.tabs.setCurrentWidget(page.warned)  # read when shown
    qtbot.waitUntil(lambda: page.warned.table.rowCount() > 0)
    wait_tasks(qtbot)
    assert column(page.warned.table, 0) == ["张三的差信用客户"]
