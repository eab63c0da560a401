"""The customer detail dialog driven through its widgets; the database says what happened."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.core import clock
from crmdesk.core.activity import record_deal
from crmdesk.core.customers import create_customer
from crmdesk.core.grading import set_tier_override
from crmdesk.core.lifecycle import assign_customers, release_customers
from crmdesk.core.models import Customer, FollowUp, Payment, Transition
from crmdesk.storage.engine import Database
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.detail import CustomerDetail
from tests.conftest import Team
from tests.ui.conftest import delete_on_gui_thread, wait_tasks

Opener = Callable[[AppContext, int], CustomerDetail]


def add(ctx: AppContext, team: Team, owner: int | None = None, **fields: str) -> int:
    values = {"company": "青山贸易有限公司", "phone": "13812345678", **fields}
    with ctx.session() as session:
        return create_customer(session, values, team.manager, owner_id=owner or team.zhang)


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[Callable[[AppContext, int], CustomerDetail]]:
    """Open a detail and wait for it to load. Afterwards it is deleted on the GUI thread
    (delete_on_gui_thread)."""
    made: list[CustomerDetail] = []

    def open_detail(ctx: AppContext, cid: int) -> CustomerDetail:
        detail = CustomerDetail(ctx, cid)
        made.append(detail)
        detail.show()
        wait_tasks(qtbot)
        assert detail.profile is not None
        return detail

    yield open_detail
    delete_on_gui_thread(qtbot, made)


def cells(table: QTableWidget) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def message(detail: CustomerDetail) -> str:
    box = detail.findChild(QMessageBox, "task_message")
    assert box is not None, "no message was shown"
    return box.text()


def test_log_a_followup(qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    tab = detail.followups
    tab.kind.setCurrentIndex(tab.kind.findData("visit"))
    tab.outcome.setCurrentIndex(tab.outcome.findData("reached"))
    qtbot.keyClicks(tab.note, "agreed to a trial order")
    tab.has_next.setChecked(True)
    next_at = (clock.now() + timedelta(days=3)).replace(second=0)
    tab.next_at.setDateTime(QDateTime(next_at))

    with qtbot.waitSignal(rep_ctx.changed, timeout=5000) as changed:
        qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)

    assert CUSTOMERS in changed.args[0]
    with rep_ctx.session() as session:
        row = session.scalars(select(FollowUp).where(FollowUp.customer_id == cid)).one()
        customer = session.get(Customer, cid)
        assert (row.kind, row.outcome, row.note) == ("visit", "reached", "agreed to a trial order")
        assert row.rep_id == ui_team.zhang and row.next_at == next_at
        assert customer.last_followup_at == row.at
        assert customer.next_followup_at == next_at
    shown = cells(tab.table)
    assert [r[1:4] for r in shown] == [["Visit", "Reached", "agreed to a trial order"]]
    assert tab.note.text() == ""
    assert detail.facts["last"].text() != "never"


def test_edit_and_save(qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    form = detail.fields
    assert not form.save_button.isEnabled()  # nothing changed yet
    form.editors["contact"].setText("陈经理")
    form.editors["phone"].setText("021-6123 4567")
    form.editors["credit_rating"].setCurrentIndex(form.editors["credit_rating"].findData("B"))

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)

    with rep_ctx.session() as session:
        customer = session.get(Customer, cid)
        assert (customer.contact, customer.phone, customer.credit_rating) == (
            "陈经理",
            "021-6123 4567",
            "B",
        )
        edit = session.scalars(
            select(Transition).where(Transition.customer_id == cid, Transition.action == "edit")
        ).one()
        assert set(edit.details) == {"contact", "phone", "credit_rating"}
    assert not form.save_button.isEnabled()
    assert "Edited" in [r[2] for r in cells(detail.history.table)]


def test_empty_company_cannot_be_saved(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    form = detail.fields
    form.editors["company"].setText("  ")
    form.editors["email"].setText("not-an-address")

    assert not form.save_button.isEnabled()
    assert form.hints["company"].text() == "A customer needs a company name."
    assert form.hints["email"].text() == "Not an email address."
    form.save()
    wait_tasks(qtbot)
    with rep_ctx.session() as session:
        assert session.get(Customer, cid).company == "青山贸易有限公司"


def test_rep_refused_once_the_customer_went_to_another_rep(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    with rep_ctx.session() as session:  # another desk gives it to 李四 meanwhile
        assign_customers(session, [cid], ui_team.li, ui_team.manager)
    detail.fields.editors["contact"].setText("张三改的")

    qtbot.mouseClick(detail.fields.save_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)

    assert message(detail) == "张三 may not edit: not the owner."
    with rep_ctx.session() as session:
        assert session.get(Customer, cid).contact is None


def test_another_reps_customer_is_read_only(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team, owner=ui_team.wang)
    detail = opened(rep_ctx, cid)

    assert detail.fields.editors["contact"].isReadOnly()
    assert not detail.fields.save_button.isVisibleTo(detail)
    assert not detail.followups.log_button.isEnabled()
    assert detail.facts["owner"].text() == "王五"


def test_pool_contacts_stay_masked(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    with rep_ctx.session() as session:
        cid = create_customer(
            session,
            {"company": "南方电子", "phone": "13812345678", "email": "li@qq.com"},
            ui_team.manager,
            to_pool=True,
            pool_id=ui_team.south_pool,
        )
    detail = opened(rep_ctx, cid)  # 张三 is a member of 华南公海, not its admin

    assert detail.fields.editors["phone"].text() == "138****5678"
    assert detail.fields.editors["email"].text() == "l***@qq.com"
    assert detail.fields.editors["phone"].isReadOnly()
    assert "13812345678" not in detail.fields.changes().values()


def test_history_lists_a_release_with_its_reason(
    qtbot: QtBot, opened: Opener, ctx: AppContext, ui_team: Team
) -> None:
    cid = add(ctx, ui_team)
    with ctx.session() as session:
        release_customers(session, [cid], "cannot_reach", "电话一直关机", ui_team.zhang)
    detail = opened(ctx, cid)

    rows = cells(detail.history.table)
    release = next(r for r in rows if r[2] == "Released to pool")
    assert release[1] == "张三"
    assert "Active → In pool" in release[3] and "owner 张三 → none" in release[3]
    assert release[4] == "Cannot reach the customer"
    assert release[5] == "电话一直关机"
    assert rows[-1][2] == "Created"  # newest first


def test_tier_and_its_rules(qtbot: QtBot, opened: Opener, ctx: AppContext, ui_team: Team) -> None:
    cid = add(ctx, ui_team)
    with ctx.session() as session:
        record_deal(session, cid, ui_team.zhang, Decimal("25000"))
    detail = opened(ctx, cid)
    tab = detail.tier_risk

    rows = {r[0]: r[1:] for r in cells(tab.tier_table)}
    assert rows["Frequency"] == ["1 deal(s) in the last year", "1"]
    assert rows["Value"] == ["25,000.00 bought in all", "2"]
    assert rows["Recency"][1] == "3"
    assert tab.tier_summary.text() == (
        "Tier C; the rules now give B (6 points), applied at the next grading."
    )
    assert tab.risk_summary.text() == "Risk score 0 of 100"

    with ctx.session() as session:
        set_tier_override(session, [cid], "A", "key account", ui_team.manager)
    ctx.notify(CUSTOMERS)
    wait_tasks(qtbot)
    assert tab.tier_summary.text() == "Tier A, set by hand; the rules would give B."


def test_payments_and_warnings(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    tab = detail.deals
    for _ in range(2):
        tab.payment_amount.setValue(1200.5)
        tab.payment_due.setDate(tab.payment_due.date().addDays(-40))  # already overdue
        qtbot.mouseClick(tab.payment_button, Qt.MouseButton.LeftButton)
        wait_tasks(qtbot)

    assert [r[3] for r in cells(tab.payments)] == ["Overdue", "Overdue"]
    warnings = detail.tier_risk.warnings
    assert warnings.item(0).text() == "Overdue payments: 2 (warning at 2), 30 points"
    assert detail.tier_risk.risk_basis.text() == (
        "From 2 overdue payment(s), 0 recent complaint(s), "
        "a return rate of 0% and credit rating none."
    )
    tab.payments.selectRow(0)
    qtbot.mouseClick(tab.paid_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    with rep_ctx.session() as session:
        paid = session.scalars(select(Payment.paid_at).order_by(Payment.due_at)).all()
        assert paid[0] is not None and paid[1] is None
        assert session.get(Payment, 1).amount == Decimal("1200.50")
    assert detail.tier_risk.warnings.item(0).text() == "No warning fires."


def test_zero_deal_is_refused(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    qtbot.mouseClick(detail.deals.deal_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert message(detail) == "amount: must be more than 0."


def test_open_a_duplicate(qtbot: QtBot, opened: Opener, ctx: AppContext, ui_team: Team) -> None:
    first = add(ctx, ui_team)
    second = add(ctx, ui_team, owner=ui_team.li, company="青山贸易")
    detail = opened(ctx, first)
    table = detail.duplicates.table
    assert cells(table) == [["青山贸易", "Active", "李四", "phone, name"]]

    table.selectRow(0)
    with qtbot.waitSignal(detail.open_customer, timeout=1000) as opening:
        qtbot.mouseClick(detail.duplicates.open_button, Qt.MouseButton.LeftButton)
    assert opening.args == [second]


def test_refusal_in_chinese(qtbot: QtBot, opened: Opener, ui_db: Database, ui_team: Team) -> None:
    ctx = AppContext(ui_db, ui_team.zhang, "zh")
    cid = add(ctx, ui_team)
    detail = opened(ctx, cid)
    with ctx.session() as session:  # another desk gives it to 李四 meanwhile
        assign_customers(session, [cid], ui_team.li, ui_team.manager)
    detail.followups.log()
    wait_tasks(qtbot)
    assert message(detail) == "张三 无权执行「跟进」：不是负责人。"


def test_a_double_click_logs_one_followup(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    tab = opened(rep_ctx, cid).followups
    qtbot.keyClicks(tab.note, "called")
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    with rep_ctx.session() as session:
        assert len(session.scalars(select(FollowUp).where(FollowUp.customer_id == cid)).all()) == 1
    qtbot.waitUntil(tab.log_button.isEnabled, timeout=5000)
