"""The customer workspace driven through its widgets; the database says what happened."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QTableWidget, QToolButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.core import clock
from crmdesk.core.activity import add_payment, record_complaint, record_deal, record_return
from crmdesk.core.customers import create_customer, update_customer
from crmdesk.core.grading import set_tier_override
from crmdesk.core.lifecycle import assign_customers, release_customers
from crmdesk.core.models import Customer, FollowUp, Payment, Transition
from crmdesk.core.pools import all_reclaim_rules
from crmdesk.storage.engine import Database
from crmdesk.ui.action_dialogs import ActionDialog
from crmdesk.ui.conflict_dialog import EditConflictDialog
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.detail import CustomerDetail
from crmdesk.ui.detail_records import RecordDialog
from crmdesk.ui.detail_timeline import KIND_ROLE
from tests.conftest import Team
from tests.ui.conftest import delete_on_gui_thread, wait_tasks

Opener = Callable[[AppContext, int], CustomerDetail]


def add(ctx: AppContext, team: Team, owner: int | None = None, **fields: str) -> int:
    values = {"company": "青山贸易有限公司", "phone": "13812345678", **fields}
    with ctx.session() as session:
        return create_customer(session, values, team.manager, owner_id=owner or team.zhang)


def pooled(ctx: AppContext, team: Team, pool: int | None = None) -> int:
    with ctx.session() as session:
        return create_customer(
            session,
            {"company": "南方电子", "phone": "13812345678", "email": "li@qq.com"},
            team.manager,
            to_pool=True,
            pool_id=pool or team.default_pool,
        )


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[Callable[[AppContext, int], CustomerDetail]]:
    """Open a workspace and wait for it to load. Afterwards it is deleted on the GUI
    thread (delete_on_gui_thread)."""
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


def timeline(detail: CustomerDetail) -> list[tuple[str, str]]:
    """(kind, text) of each timeline entry, top first; the text is title, when · who, body."""
    view = detail.timeline
    return [(view.item(i).data(KIND_ROLE), view.item(i).text()) for i in range(view.count())]


def message(widget: object) -> str:
    box = widget.findChild(QMessageBox, "task_message")  # type: ignore[attr-defined]
    assert box is not None, "no message was shown"
    return box.text()


def shown_actions(detail: CustomerDetail) -> dict[str, bool]:
    """The action bar's visible actions and whether each is enabled."""
    return {name: a.isEnabled() for name, a in detail.bar.items() if a.isVisible()}


def press(qtbot: QtBot, detail: CustomerDetail, name: str) -> None:
    button = detail.toolbar.widgetForAction(detail.bar[name])
    assert isinstance(button, QToolButton)
    qtbot.waitUntil(button.isVisible, timeout=2000)  # the bar lays out after the load
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def record_form(qtbot: QtBot, detail: CustomerDetail, name: str) -> RecordDialog:
    qtbot.mouseClick(detail.records.buttons[name], Qt.MouseButton.LeftButton)
    dialog = detail.findChild(RecordDialog, f"{name}_form")
    assert dialog is not None and dialog.isVisible()
    return dialog


# --- the action bar ----------------------------------------------------------------------


def test_claim_from_the_action_bar(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = pooled(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    assert shown_actions(detail) == {"claim": True, "assign": False, "void": False}
    assert detail.current_pool() == ui_team.default_pool
    assert detail.facts["owner"].text() == "none"

    press(qtbot, detail, "claim")
    dialog = detail.findChild(ActionDialog, "claim_dialog")
    assert dialog is not None and dialog.ids == [cid]
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)

    with rep_ctx.session() as session:
        customer = session.get(Customer, cid)
        assert (customer.status, customer.owner_id) == ("active", ui_team.zhang)
    assert detail.facts["owner"].text() == "张三"
    assert detail.facts["status"].text() == "Active"
    assert detail.facts["days_left"].text() != "—"  # owned now: the reclaim clock runs
    assert shown_actions(detail) == {
        "release": True,
        "assign": False,
        "void": True,
        "close": True,
        "lock": False,
    }
    assert timeline(detail)[0][0] == "history" and "Claimed" in timeline(detail)[0][1]
    assert "Customers claimed: 1." in detail.statusBar().currentMessage()
    assert detail.quick.log_button.isEnabled()  # contacts and entry are open to the owner


def test_manager_sees_lock_then_unlock(
    qtbot: QtBot, opened: Opener, ctx: AppContext, ui_team: Team
) -> None:
    cid = add(ctx, ui_team)
    detail = opened(ctx, cid)
    assert shown_actions(detail) == {
        "release": True,
        "assign": True,
        "void": True,
        "close": True,
        "lock": True,
    }
    assert not detail.header.locked.isVisible()

    press(qtbot, detail, "lock")
    wait_tasks(qtbot)

    with ctx.session() as session:
        assert session.get(Customer, cid).locked
    assert "unlock" in shown_actions(detail) and "lock" not in shown_actions(detail)
    assert detail.header.locked.isVisible()
    assert detail.facts["days_left"].text() == "—"  # locked: never reclaimed


def test_merge_with_a_duplicate_from_the_action_bar(
    qtbot: QtBot, opened: Opener, ctx: AppContext, ui_team: Team
) -> None:
    first = add(ctx, ui_team)
    second = add(ctx, ui_team, owner=ui_team.li, company="青山贸易")
    detail = opened(ctx, first)
    assert shown_actions(detail)["merge"]

    press(qtbot, detail, "merge")

    dialog = detail.findChild(ActionDialog, "merge_dialog")
    assert dialog is not None and sorted(dialog.ids) == [first, second]
    dialog.reject()


def test_days_left_red_under_three_days(
    qtbot: QtBot, opened: Opener, ctx: AppContext, ui_team: Team
) -> None:
    with ctx.session() as session:
        rules = {r.pool_id: r for r in all_reclaim_rules(session)}[ui_team.default_pool]
        period = min(rules.followup_days_for("C"), rules.deal_days)
        soon = create_customer(
            session,
            {"company": "快到期贸易"},
            ui_team.manager,
            owner_id=ui_team.zhang,
            now=clock.now() - timedelta(days=period - 1),
        )
    fresh = add(ctx, ui_team, company="刚领取贸易")

    red = opened(ctx, soon).facts["days_left"]
    plain = opened(ctx, fresh).facts["days_left"]

    assert int(red.text().split()[0]) < 3 and red.property("status") == "overdue"
    assert int(plain.text().split()[0]) >= period - 1 and plain.property("status") == ""


# --- the timeline and its entries ------------------------------------------------------


def test_log_a_followup(qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    quick = detail.quick
    quick.kind.setCurrentIndex(quick.kind.findData("visit"))
    quick.outcome.setCurrentIndex(quick.outcome.findData("reached"))
    qtbot.keyClicks(quick.note, "agreed to a trial order")
    quick.has_next.setChecked(True)
    next_at = (clock.now() + timedelta(days=3)).replace(second=0, microsecond=0)
    quick.next_at.setDateTime(QDateTime(next_at))

    with qtbot.waitSignal(rep_ctx.changed, timeout=5000) as changed:
        qtbot.mouseClick(quick.log_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)

    assert CUSTOMERS in changed.args[0]
    with rep_ctx.session() as session:
        row = session.scalars(select(FollowUp).where(FollowUp.customer_id == cid)).one()
        customer = session.get(Customer, cid)
        assert (row.kind, row.outcome, row.note) == ("visit", "reached", "agreed to a trial order")
        assert row.rep_id == ui_team.zhang and row.next_at == next_at
        assert customer.last_followup_at == row.at
        assert customer.next_followup_at == next_at
    kind, text = timeline(detail)[0]
    assert kind == "followup"
    assert text.startswith("Visit, Reached\n")
    assert "张三" in text and "agreed to a trial order" in text
    assert f"Next follow-up {next_at:%Y-%m-%d %H:%M}" in text
    assert quick.note.text() == "" and not quick.has_next.isChecked()
    assert detail.facts["last"].text() != "never"


def test_timeline_lists_history_and_deals_in_order(
    qtbot: QtBot, opened: Opener, ctx: AppContext, ui_team: Team
) -> None:
    start = clock.now() - timedelta(days=10)
    with ctx.session() as session:
        cid = create_customer(
            session, {"company": "时间线贸易"}, ui_team.manager, owner_id=ui_team.zhang, now=start
        )
        record_deal(session, cid, ui_team.zhang, Decimal("800"), at=start + timedelta(days=1))
        record_deal(session, cid, ui_team.zhang, Decimal("1200"), at=start + timedelta(days=3))
        release_customers(
            session,
            [cid],
            "cannot_reach",
            "电话一直关机",
            ui_team.zhang,
            now=start + timedelta(days=5),
        )

    entries = timeline(opened(ctx, cid))

    assert [kind for kind, _ in entries] == ["history", "deal", "deal", "history"]
    release, later, earlier, created = (text for _, text in entries)
    assert release.startswith("Released to pool\n")
    assert "Active → In pool; owner 张三 → none" in release
    assert "Reason: Cannot reach the customer" in release and "电话一直关机" in release
    assert later.startswith("Deal of 1,200.00\n") and earlier.startswith("Deal of 800.00\n")
    assert created.startswith("Created\n")


def test_payments_and_warnings(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    for _ in range(2):
        form = record_form(qtbot, detail, "payment").form
        form.amount.setValue(1200.5)
        form.due.setDate(form.due.date().addDays(-40))  # already overdue
        qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
        wait_tasks(qtbot)
        qtbot.waitUntil(lambda: detail.findChild(RecordDialog) is None, timeout=5000)

    payments = [text for kind, text in timeline(detail) if kind == "payment"]
    assert len(payments) == 2 and all("Payment of 1,200.50 due" in t for t in payments)
    assert all(t.endswith("\nOverdue") for t in payments)
    warnings = detail.tier_risk.warnings
    assert warnings.item(0).text() == "Overdue payments: 2 (warning at 2), 30 points"
    assert detail.facts["warnings"].text() == "Overdue payments"
    assert not detail.records.paid_button.isEnabled()  # no payment chosen yet

    detail.timeline.setCurrentRow([k for k, _ in timeline(detail)].index("payment"))
    qtbot.mouseClick(detail.records.paid_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)

    with rep_ctx.session() as session:
        paid = session.scalars(select(Payment.paid_at).order_by(Payment.id)).all()
        assert sum(p is not None for p in paid) == 1
        assert session.get(Payment, 1).amount == Decimal("1200.50")
    assert detail.tier_risk.warnings.item(0).text() == "No warning fires."
    assert any("received" in text for kind, text in timeline(detail) if kind == "payment")


def test_a_complaint_from_its_form(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    form = record_form(qtbot, detail, "complaint").form
    qtbot.keyClicks(form.note, "late delivery")
    qtbot.mouseClick(form.button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)

    assert timeline(detail)[0][0] == "complaint" and "late delivery" in timeline(detail)[0][1]
    assert detail.findChild(RecordDialog) is None  # the form closed once stored


def test_zero_deal_is_refused(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    dialog = record_form(qtbot, detail, "deal")
    qtbot.mouseClick(dialog.form.button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert message(dialog) == "amount: must be more than 0."
    assert dialog.isVisible()  # the user may correct the amount


def test_return_warning_shows_percentages(
    qtbot: QtBot, opened: Opener, ctx: AppContext, ui_team: Team
) -> None:
    cid = add(ctx, ui_team)
    with ctx.session() as session:
        record_deal(session, cid, ui_team.zhang, Decimal("1000"))
        record_return(session, cid, ui_team.zhang, Decimal("500"))
    detail = opened(ctx, cid)
    texts = [
        detail.tier_risk.warnings.item(i).text() for i in range(detail.tier_risk.warnings.count())
    ]
    assert "Returns: 50% (warning at 30%), 25 points" in texts


# --- the side panel ------------------------------------------------------------------


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
    kind, text = timeline(detail)[0]
    assert kind == "history" and text.startswith("Edited\n")
    assert "fields: Contact, Credit rating, Phone" in text
    assert detail.header.contact.text() == "陈经理  ·  021-6123 4567"


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


def conflict_after_save(qtbot: QtBot, detail: CustomerDetail) -> EditConflictDialog:
    qtbot.mouseClick(detail.fields.save_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    dialog = detail.findChild(EditConflictDialog, "edit_conflict_dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def stored_phone(ctx: AppContext, cid: int) -> str | None:
    with ctx.session() as session:
        return session.get(Customer, cid).phone


@pytest.mark.parametrize("choice", ["keep_mine", "take_theirs"])
def test_a_phone_someone_else_changed_meanwhile_shows_both(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team, choice: str
) -> None:
    cid = add(rep_ctx, ui_team)  # 13812345678
    detail = opened(rep_ctx, cid)
    detail.fields.editors["phone"].setText("13911112222")
    detail.fields.editors["contact"].setText("陈经理")
    with rep_ctx.session() as session:  # the manager, on another desk, meanwhile
        update_customer(session, cid, {"phone": "13733334444"}, ui_team.manager)

    dialog = conflict_after_save(qtbot, detail)

    assert dialog.theirs["phone"].text() == "13733334444"
    assert dialog.yours["phone"].text() == "13911112222"
    assert list(dialog.theirs) == ["phone"]  # the contact nobody else touched applies
    assert (
        f"changed the phone of customer {cid}"
        in dialog.findChild(QLabel, "edit_conflict_message").text()
    )
    assert stored_phone(rep_ctx, cid) == "13733334444"  # nothing saved yet, nothing lost
    assert detail.fields.editors["phone"].text() == "13911112222"

    qtbot.mouseClick(getattr(dialog, choice), Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)

    mine = choice == "keep_mine"
    wanted = "13911112222" if mine else "13733334444"
    assert stored_phone(rep_ctx, cid) == wanted
    assert detail.fields.editors["phone"].text() == wanted
    with rep_ctx.session() as session:
        assert session.get(Customer, cid).contact == "陈经理"
    assert not detail.fields.save_button.isEnabled()  # nothing left to save
    assert detail.findChild(EditConflictDialog, "edit_conflict_dialog") is None


def test_closing_the_conflict_without_a_choice_keeps_what_was_typed(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    detail.fields.editors["phone"].setText("13911112222")
    with rep_ctx.session() as session:
        update_customer(session, cid, {"phone": "13733334444"}, ui_team.manager)
    conflict_after_save(qtbot, detail).reject()

    assert detail.fields.editors["phone"].text() == "13911112222"
    assert detail.fields.save_button.isEnabled()
    again = conflict_after_save(qtbot, detail)  # still based on what it started from
    assert again.theirs["phone"].text() == "13733334444"
    assert stored_phone(rep_ctx, cid) == "13733334444"


def test_a_reload_while_editing_keeps_what_the_edit_was_based_on(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    detail.fields.editors["phone"].setText("13911112222")
    with rep_ctx.session() as session:
        update_customer(session, cid, {"phone": "13733334444"}, ui_team.manager)
    rep_ctx.notify(CUSTOMERS)  # this desk reads the customer again meanwhile
    wait_tasks(qtbot)
    assert detail.fields.editors["phone"].text() == "13911112222"  # still what was typed

    dialog = conflict_after_save(qtbot, detail)

    assert dialog.theirs["phone"].text() == "13733334444"
    assert stored_phone(rep_ctx, cid) == "13733334444"


def test_edits_of_other_fields_meanwhile_both_apply(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    detail = opened(rep_ctx, cid)
    detail.fields.editors["contact"].setText("陈经理")
    with rep_ctx.session() as session:
        update_customer(session, cid, {"phone": "13733334444"}, ui_team.manager)

    qtbot.mouseClick(detail.fields.save_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)

    assert detail.findChild(EditConflictDialog, "edit_conflict_dialog") is None
    with rep_ctx.session() as session:
        customer = session.get(Customer, cid)
        assert (customer.contact, customer.phone) == ("陈经理", "13733334444")
    assert detail.fields.editors["phone"].text() == "13733334444"


def test_the_conflict_in_chinese(
    qtbot: QtBot, opened: Opener, ui_db: Database, ui_team: Team
) -> None:
    ctx = AppContext(ui_db, ui_team.zhang, "zh")
    cid = add(ctx, ui_team)
    detail = opened(ctx, cid)
    detail.fields.editors["phone"].setText("13911112222")
    with ctx.session() as session:
        update_customer(session, cid, {"phone": "13733334444"}, ui_team.manager)

    dialog = conflict_after_save(qtbot, detail)

    assert dialog.findChild(QLabel, "edit_conflict_message").text() == (
        f"客户 {cid} 的电话在您编辑期间已被他人修改，本次未保存。"
    )


def test_another_reps_customer_is_read_only(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team, owner=ui_team.wang)
    detail = opened(rep_ctx, cid)

    assert detail.fields.editors["contact"].isReadOnly()
    assert not detail.fields.save_button.isVisibleTo(detail)
    assert not detail.quick.log_button.isEnabled()
    assert not any(b.isEnabled() for b in detail.records.buttons.values())
    assert detail.read_only_note.isVisibleTo(detail)
    assert detail.facts["owner"].text() == "王五"
    assert not any(shown_actions(detail).values())  # 王五's: nothing for 张三 to do


def test_pool_contacts_stay_masked(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = pooled(rep_ctx, ui_team, ui_team.south_pool)
    detail = opened(rep_ctx, cid)  # 张三 is a member of 华南公海, not its admin

    assert detail.fields.editors["phone"].text() == "138****5678"
    assert detail.fields.editors["email"].text() == "l***@qq.com"
    assert detail.fields.editors["phone"].isReadOnly()
    assert "13812345678" not in detail.fields.changes().values()
    assert "13812345678" not in detail.header.contact.text()
    assert detail.selected_rows()[0]["phone"] == "138****5678"


def test_tier_and_its_rules(qtbot: QtBot, opened: Opener, ctx: AppContext, ui_team: Team) -> None:
    cid = add(ctx, ui_team)
    with ctx.session() as session:
        record_deal(session, cid, ui_team.zhang, Decimal("25000"))
    detail = opened(ctx, cid)
    tab = detail.tier_risk

    rows = {r[0].split("\n")[0]: (r[0].split("\n")[1:], r[1]) for r in cells(tab.tier_table)}
    assert rows["Frequency"] == (["1 deal in the last year"], "1")
    assert rows["Value"] == (["25,000.00 bought in all"], "2")
    assert rows["Recency"][1] == "3"
    assert rows["Total"] == ([], "6")
    assert tab.tier_summary.text() == (
        "Tier C; the rules now give B (6 points), applied at the next grading."
    )
    assert tab.risk_summary.text() == "Risk score 0 of 100"

    with ctx.session() as session:
        set_tier_override(session, [cid], "A", "key account", ui_team.manager)
    ctx.notify(CUSTOMERS)
    wait_tasks(qtbot)
    assert tab.tier_summary.text() == "Tier A, set by hand; the rules would give B."
    assert detail.facts["tier"].text() == "A"


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
    detail.quick.log()
    wait_tasks(qtbot)
    assert message(detail) == "张三 无权执行「跟进」：不是负责人。"


def test_a_double_click_logs_one_followup(
    qtbot: QtBot, opened: Opener, rep_ctx: AppContext, ui_team: Team
) -> None:
    cid = add(rep_ctx, ui_team)
    quick = opened(rep_ctx, cid).quick
    qtbot.keyClicks(quick.note, "called")
    qtbot.mouseClick(quick.log_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(quick.log_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    with rep_ctx.session() as session:
        assert len(session.scalars(select(FollowUp).where(FollowUp.customer_id == cid)).all()) == 1
    qtbot.waitUntil(quick.log_button.isEnabled, timeout=5000)


def test_nothing_cut_off_at_the_default_size(
    qtbot: QtBot, opened: Opener, ctx: AppContext, ui_team: Team
) -> None:
    long_name = "广州市天河区某某国际贸易发展有限责任公司" * 4  # names may be 200 long
    cid = add(ctx, ui_team, company=long_name, contact="欧阳建国", email="ouyang@example.com")
    add(ctx, ui_team, owner=ui_team.li, company="广州市天河区某某国际贸易")
    with ctx.session() as session:
        due = clock.now() - timedelta(days=40)
        for _ in range(2):
            add_payment(session, cid, ui_team.zhang, Decimal("99999.99"), due)
        for _ in range(3):
            record_complaint(session, cid, ui_team.zhang, "送货太慢")
    detail = opened(ctx, cid)
    # the default size holds what it must show: no minimum forced it larger
    assert (detail.width(), detail.height()) == (1000, 700)
    assert detail.minimumSizeHint().width() <= 1000
    qtbot.waitUntil(lambda: detail.toolbar.widgetForAction(detail.bar["merge"]).isVisible())

    for tab in range(detail.tabs.count()):
        detail.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        for label in detail.findChildren(QLabel):
            if label.isVisible() and not label.wordWrap() and label.text():
                need = label.fontMetrics().horizontalAdvance(label.text())
                assert need <= label.contentsRect().width(), (label.objectName(), label.text())
        for button in detail.findChildren(QAbstractButton):
            if button.isVisible() and button.text():
                assert button.width() >= button.sizeHint().width(), button.text()
    assert detail.facts["warnings"].text() == "Overdue payments, Complaints"
