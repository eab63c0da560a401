"""The customer actions driven through their dialogs, checked in the database."""

from __future__ import annotations

import itertools
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QStyle,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crmdesk.core import clock
from crmdesk.core.customers import create_customer
from crmdesk.core.lifecycle import close_customers, void_customers
from crmdesk.core.models import WARNING_BITS, Customer, Rep, Transition
from crmdesk.core.pools import update_rules
from crmdesk.core.reasons import CLOSE_CHECKLIST
from crmdesk.core.search import rows_by_id
from crmdesk.core.team import add_rep
from crmdesk.storage.engine import Database
from crmdesk.ui import i18n, labels
from crmdesk.ui.action_dialogs import ActionDialog
from crmdesk.ui.actions import NAMES, READ_IN_BACKGROUND, SHORTCUTS, CustomerActions
from crmdesk.ui.context import AppContext
from tests.conftest import Team
from tests.ui.conftest import wait_tasks

names = itertools.count(1)


class FakeHost:
    """The main window as the actions see it: a context and a selection."""

    def __init__(self, ctx: AppContext, ids: list[int]) -> None:
        self.ctx = ctx
        self.ids = ids

    def selected_ids(self) -> list[int]:
        return list(self.ids)

    def selected_rows(self) -> list[dict[str, Any]]:
        with self.ctx.session() as session:
            rows = rows_by_id(session, self.ids)
        return [rows[i] for i in self.ids]

    def current_pool(self) -> int | None:
        return None


def customers(
    db: Database, team: Team, n: int = 1, *, owner: int | None = None, **kw: Any
) -> list[int]:
    """`n` customers owned by `owner` (张三 unless said); `to_pool=True` pools them."""
    fields = kw.pop("fields", {})
    with db.session() as session:
        return [
            create_customer(
                session,
                {"company": f"测试客户{next(names):04d}有限公司", **fields},
                team.manager,
                owner_id=owner or team.zhang,
                **kw,
            )
            for _ in range(n)
        ]


def pooled(db: Database, team: Team, n: int) -> list[int]:
    """`n` customers in the default pool, written at once (a bulk test's setup)."""
    at = clock.now()
    with db.session() as session:
        rows = [
            Customer(
                company=f"批量客户{next(names):04d}",
                pool_id=team.default_pool,
                status="pool",
                status_changed_at=at,
                created_at=at,
                pooled_at=at,
            )
            for _ in range(n)
        ]
        session.add_all(rows)
        session.commit()
        return [c.id for c in rows]


def actions_for(qtbot: QtBot, ctx: AppContext, ids: list[int]) -> CustomerActions:
    window = QWidget()
    qtbot.addWidget(window)
    actions = CustomerActions(FakeHost(ctx, ids), window)
    actions.messages = []  # type: ignore[attr-defined]
    actions.done.connect(actions.messages.append)  # type: ignore[attr-defined]
    return actions


def open_dialog(qtbot: QtBot, ctx: AppContext, name: str, ids: list[int]) -> Any:
    actions = actions_for(qtbot, ctx, ids)
    dialog = actions.run(name)
    assert isinstance(dialog, ActionDialog)
    dialog.actions = actions  # keeps the actions (and their `done` list) alive
    return dialog


def accept(qtbot: QtBot, dialog: ActionDialog) -> None:
    assert dialog.ok.isEnabled(), dialog.checks.text()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)


def choose(combo: Any, data: Any) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def refusal(parent: QWidget) -> str:
    box = parent.findChild(QMessageBox, "task_message")
    assert box is not None, "no message shown"
    return box.text()


def state(db: Database, cid: int) -> tuple[str, int | None, int]:
    with db.session() as session:
        c = session.get(Customer, cid)
        assert c is not None
        return c.status, c.owner_id, c.pool_id


def history(db: Database, ids: list[int], action: str) -> list[Transition]:
    with db.session() as session:
        return list(
            session.scalars(
                select(Transition)
                .where(Transition.customer_id.in_(ids), Transition.action == action)
                .order_by(Transition.customer_id)
            )
        )


# --- void ------------------------------------------------------------------------------


def test_owner_voids_with_reason_note_and_last_contact(
    qtbot: QtBot, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    ids = customers(ui_db, ui_team, 2)
    dialog = open_dialog(qtbot, rep_ctx, "void", ids)
    assert not dialog.ok.isEnabled()  # no reason chosen yet
    choose(dialog.reason, "no_response")
    dialog.note.setPlainText("打了五次没人接")
    dialog.last_contact.setText("3月1日电话，无人接听")
    accept(qtbot, dialog)
    assert [state(ui_db, c)[0] for c in ids] == ["voided", "voided"]
    rows = history(ui_db, ids, "void")
    assert [(t.reason_code, t.note, t.actor_id) for t in rows] == [
        ("no_response", "打了五次没人接", ui_team.zhang)
    ] * 2
    assert rows[0].details == {"last_contact": "3月1日电话，无人接听"}
    assert dialog.actions.messages == ["Customers moved to the recycle bin: 2."]


def test_void_other_needs_a_note(
    qtbot: QtBot, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    [cid] = customers(ui_db, ui_team)
    dialog = open_dialog(qtbot, rep_ctx, "void", [cid])
    choose(dialog.reason, "other")
    assert not dialog.ok.isEnabled()
    assert "needs a note" in dialog.checks.text()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert state(ui_db, cid)[0] == "active"
    dialog.note.setPlainText("客户公司已注销")
    assert dialog.ok.isEnabled()
    accept(qtbot, dialog)
    assert [(t.reason_code, t.note) for t in history(ui_db, [cid], "void")] == [
        ("other", "客户公司已注销")
    ]


def test_rep_voiding_someone_elses_customer_is_refused(
    qtbot: QtBot, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    [cid] = customers(ui_db, ui_team, owner=ui_team.li)
    dialog = open_dialog(qtbot, rep_ctx, "void", [cid])
    choose(dialog.reason, "invalid_info")
    accept(qtbot, dialog)
    assert refusal(dialog) == "张三 may not void: not the owner."
    assert state(ui_db, cid) == ("active", ui_team.li, ui_team.default_pool)
    assert dialog.isVisible() and dialog.ok.isEnabled()  # the user may change their choice
    assert dialog.actions.messages == []


def test_void_of_300_is_one_transaction(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    ids = pooled(ui_db, ui_team, 301)
    with ui_db.session() as session:
        void_customers(session, ids[-1:], "duplicate", None, ui_team.manager)
    dialog = open_dialog(qtbot, ctx, "void", ids)  # one of them is voided already
    choose(dialog.reason, "budget")
    accept(qtbot, dialog)
    assert "is voided" in refusal(dialog)
    assert len(history(ui_db, ids, "void")) == 1  # nothing of the 300 was written
    dialog.reject()
    dialog = open_dialog(qtbot, ctx, "void", ids[:300])
    choose(dialog.reason, "budget")
    accept(qtbot, dialog)
    rows = history(ui_db, ids[:300], "void")
    assert len(rows) == 300 and len({t.batch for t in rows}) == 1
    with ui_db.session() as session:
        voided = session.scalar(
            select(func.count()).where(Customer.id.in_(ids), Customer.status == "voided")
        )
    assert voided == 301
    assert dialog.actions.messages == ["Customers moved to the recycle bin: 300."]


# --- close, archive, reactivate ----------------------------------------------------------


def test_close_needs_every_checklist_item(
    qtbot: QtBot, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    [cid] = customers(ui_db, ui_team)
    dialog = open_dialog(qtbot, rep_ctx, "close", [cid])
    choose(dialog.reason, "lifecycle_ended")
    for item in CLOSE_CHECKLIST[:-1]:
        dialog.checklist[item].setChecked(True)
    assert not dialog.ok.isEnabled()
    assert "Tick every item of the exit checklist." in dialog.checks.text()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    assert state(ui_db, cid)[0] == "active"
    dialog.checklist["access_revoked"].setChecked(True)
    accept(qtbot, dialog)
    assert state(ui_db, cid)[0] == "closed"
    [t] = history(ui_db, [cid], "close")
    assert t.reason_code == "lifecycle_ended"
    assert t.details == {"checklist": list(CLOSE_CHECKLIST)}
    assert "Closed & archived" in dialog.actions.messages[0]


def test_manager_archives_closed_customers(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    ids = customers(ui_db, ui_team, 2)
    with ui_db.session() as session:
        close_customers(session, ids, "market_change", None, CLOSE_CHECKLIST, ui_team.manager)
    dialog = open_dialog(qtbot, ctx, "archive", ids)
    assert "read-only" in dialog.question.text()
    accept(qtbot, dialog)
    assert [state(ui_db, c)[0] for c in ids] == ["archived", "archived"]
    assert len(history(ui_db, ids, "archive")) == 2


def test_reactivate_needs_a_note_and_goes_to_the_chosen_owner(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    ids = customers(ui_db, ui_team, 2)
    with ui_db.session() as session:
        void_customers(session, ids, "no_response", None, ui_team.manager)
    dialog = open_dialog(qtbot, ctx, "reactivate", ids)
    dialog.to_owner.setChecked(True)
    choose(dialog.owner, ui_team.li)
    assert not dialog.ok.isEnabled() and "note" in dialog.checks.text()
    dialog.note.setPlainText("客户重新联系我们")
    accept(qtbot, dialog)
    assert [state(ui_db, c)[:2] for c in ids] == [("active", ui_team.li)] * 2
    assert {t.note for t in history(ui_db, ids, "reactivate")} == {"客户重新联系我们"}
    assert dialog.actions.messages == ["Customers reactivated and given to 李四: 2."]


def test_reactivate_into_the_pool(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    [cid] = customers(ui_db, ui_team)
    with ui_db.session() as session:
        void_customers(session, [cid], "no_response", None, ui_team.manager)
    dialog = open_dialog(qtbot, ctx, "reactivate", [cid])
    dialog.note.setPlainText("放回公海")
    accept(qtbot, dialog)
    assert state(ui_db, cid) == ("pool", None, ui_team.default_pool)


# --- release, claim ----------------------------------------------------------------------


def test_release_to_a_chosen_pool_with_a_reason(
    qtbot: QtBot, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    ids = customers(ui_db, ui_team, 2)
    dialog = open_dialog(qtbot, rep_ctx, "release", ids)
    choose(dialog.pool, ui_team.south_pool)
    choose(dialog.reason, "not_my_area")
    dialog.note.setPlainText("客户在广州")
    accept(qtbot, dialog)
    assert [state(ui_db, c) for c in ids] == [("pool", None, ui_team.south_pool)] * 2
    assert {(t.reason_code, t.note) for t in history(ui_db, ids, "release")} == {
        ("not_my_area", "客户在广州")
    }
    assert dialog.actions.messages == ["Customers released to 华南公海: 2."]


def test_claim_shows_what_is_left_today_and_claims(
    qtbot: QtBot, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    ids = customers(ui_db, ui_team, 2, to_pool=True)
    dialog = open_dialog(qtbot, rep_ctx, "claim", ids)
    assert "claims left today 20 of 20" in dialog.allowance.text()
    accept(qtbot, dialog)
    assert [state(ui_db, c)[:2] for c in ids] == [("active", ui_team.zhang)] * 2
    assert dialog.actions.messages == ["Customers claimed: 2. They are now in My customers."]


class BigSelection(FakeHost):
    """A select-all of more customers than the list should read one by one."""

    def selected_rows(self) -> list[dict[str, Any]]:
        raise AssertionError("a big selection is read in the background, not through the list")


def test_a_big_selection_is_read_in_the_background_then_its_dialog_opens(
    qtbot: QtBot, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    ids = pooled(ui_db, ui_team, READ_IN_BACKGROUND + 200)
    window = QWidget()
    qtbot.addWidget(window)
    actions = CustomerActions(BigSelection(rep_ctx, ids), window)

    assert actions.run("claim") is None
    wait_tasks(qtbot)

    dialog = window.findChild(ActionDialog)
    assert dialog is not None and dialog.isVisible()
    assert list(dialog.ids) == ids
    assert f"claiming {len(ids)}" in dialog.allowance.text()
    assert "批量客户" in dialog.summary.text()


def test_claim_over_the_daily_limit_is_refused_with_the_reason(
    qtbot: QtBot, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    with ui_db.session() as session:
        update_rules(session, ui_team.default_pool, {"daily_claims": 1}, ui_team.manager)
    ids = customers(ui_db, ui_team, 2, to_pool=True)
    dialog = open_dialog(qtbot, rep_ctx, "claim", ids)
    assert "more than you may claim today" in dialog.allowance.text()
    accept(qtbot, dialog)
    assert refusal(dialog) == ("Daily claim limit reached: 0 of 1 claimed today, 2 more asked.")
    assert [state(ui_db, c)[0] for c in ids] == ["pool", "pool"]


# --- assign, distribute ------------------------------------------------------------------


def test_assign_shows_loads_and_keeps_within_capacity(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    customers(ui_db, ui_team, 3, owner=ui_team.li)
    ids = customers(ui_db, ui_team, 2, to_pool=True)
    with ui_db.session() as session:
        li = session.get(Rep, ui_team.li)
        assert li is not None
        li.capacity = 4
        session.commit()
    dialog = open_dialog(qtbot, ctx, "assign", ids)
    table = dialog.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "李四")
    assert [table.item(row, c).text() for c in range(2, 5)] == ["3", "4", "1"]
    dialog.select_rep(ui_team.li)
    assert not dialog.ok.isEnabled()
    assert "李四 has room for 1 more; selected: 2." in dialog.checks.text()
    dialog.select_rep(ui_team.wang)
    dialog.note.setPlainText("王五负责")
    accept(qtbot, dialog)
    assert [state(ui_db, c)[:2] for c in ids] == [("active", ui_team.wang)] * 2
    assert {(t.note, t.to_owner_id) for t in history(ui_db, ids, "assign")} == {
        ("王五负责", ui_team.wang)
    }
    assert dialog.actions.messages == ["Customers assigned to 王五: 2."]


def test_distribute_previews_then_commits(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    ids = customers(ui_db, ui_team, 4, to_pool=True)
    dialog = open_dialog(qtbot, ctx, "distribute", ids)
    choose(dialog.strategy, "round_robin")
    for i in range(dialog.rep_list.count()):
        item = dialog.rep_list.item(i)
        wanted = item.data(Qt.ItemDataRole.UserRole) in (ui_team.zhang, ui_team.li)
        item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
    assert not dialog.ok.isEnabled()  # the preview is not there yet
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=5000)
    preview = {
        dialog.preview.item(r, 0).text(): dialog.preview.item(r, 2).text()
        for r in range(dialog.preview.rowCount())
    }
    assert preview == {"张三": "2", "李四": "2"}
    accept(qtbot, dialog)
    owners = [state(ui_db, c)[1] for c in ids]
    assert owners == [ui_team.zhang, ui_team.li, ui_team.zhang, ui_team.li]
    rows = history(ui_db, ids, "assign")
    assert len({t.batch for t in rows}) == 1
    assert rows[0].details == {"strategy": "round_robin"}
    assert dialog.actions.messages == ["Customers distributed: 4; reps who got some: 2."]


def test_distribute_by_industry_needs_a_mapping(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    ids = customers(ui_db, ui_team, 2, to_pool=True, fields={"industry": "制造业"})
    dialog = open_dialog(qtbot, ctx, "distribute", ids)
    choose(dialog.strategy, "industry")
    assert "industry" in dialog.checks.text()
    choose(dialog.mapping.cellWidget(0, 1), ui_team.wang)
    item = next(
        dialog.rep_list.item(i)
        for i in range(dialog.rep_list.count())
        if dialog.rep_list.item(i).data(Qt.ItemDataRole.UserRole) == ui_team.wang
    )
    item.setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=5000)
    accept(qtbot, dialog)
    assert [state(ui_db, c)[1] for c in ids] == [ui_team.wang] * 2


# --- lock, merge -------------------------------------------------------------------------


def test_lock_a_few_at_once_and_confirm_many(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    ids = customers(ui_db, ui_team, 12)
    actions = actions_for(qtbot, ctx, ids[:1])
    assert actions.run("lock") is None
    wait_tasks(qtbot)
    assert actions.messages == ["Customers locked, exempt from reclaim: 1."]
    many = actions_for(qtbot, ctx, ids)
    dialog = many.run("lock")
    assert isinstance(dialog, ActionDialog) and dialog.objectName() == "lock_dialog"
    accept(qtbot, dialog)
    with ui_db.session() as session:
        locked = session.scalars(select(Customer.locked).where(Customer.id.in_(ids)))
        assert all(locked)
    assert len(history(ui_db, ids, "lock")) == 13
    actions = actions_for(qtbot, ctx, ids[:1])
    actions.run("unlock")
    wait_tasks(qtbot)
    assert state(ui_db, ids[0])[0] == "active"
    with ui_db.session() as session:
        assert session.scalar(select(Customer.locked).where(Customer.id == ids[0])) is False


def test_rep_may_not_lock(
    qtbot: QtBot, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    [cid] = customers(ui_db, ui_team)
    actions = actions_for(qtbot, rep_ctx, [cid])
    actions.run("lock")
    wait_tasks(qtbot)
    assert refusal(actions.parent()) == "张三 may not lock: managers or pool admins only."


def test_merge_keeps_the_chosen_values(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    [a] = customers(ui_db, ui_team, fields={"phone": "13800000001", "contact": "陈先生"})
    [b] = customers(ui_db, ui_team, fields={"phone": "13900000002"})
    dialog = open_dialog(qtbot, ctx, "merge", [a, b])
    assert dialog.survivor() == a
    dialog.findChild(QWidget, f"keep_{b}").setChecked(True)
    assert dialog.choices()["contact"] == a  # b has no contact: a's is kept by default
    dialog.findChild(QWidget, f"phone_{a}").setChecked(True)
    accept(qtbot, dialog)
    with ui_db.session() as session:
        kept, gone = session.get(Customer, b), session.get(Customer, a)
        assert kept is not None and gone is not None
        assert (kept.phone, kept.contact, kept.status) == ("13800000001", "陈先生", "active")
        assert (gone.status, gone.status_reason, gone.merged_into_id) == ("voided", "duplicate", b)
    assert "duplicates moved to the recycle bin: 1" in dialog.actions.messages[0]


def test_merge_needs_two(qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team) -> None:
    [cid] = customers(ui_db, ui_team)
    actions = actions_for(qtbot, ctx, [cid])
    box = actions.run("merge")
    assert isinstance(box, QDialog) and not isinstance(box, ActionDialog)
    assert "between 2 and" in refusal(actions.parent())


# --- the actions themselves --------------------------------------------------------------


def test_actions_are_named_in_order_with_shortcuts(qtbot: QtBot, ctx: AppContext) -> None:
    actions = actions_for(qtbot, ctx, [])
    listed = actions.actions()
    assert [a.objectName() for a in listed] == [f"action_{n}" for n in NAMES]
    assert not any(a.isEnabled() for a in listed)
    for action in listed:
        name = action.objectName().removeprefix("action_")
        assert action.shortcut().toString() == SHORTCUTS.get(name, "")
    assert actions.run("void") is None  # nothing selected


def enabled(actions: CustomerActions, rows: list[dict[str, Any]]) -> set[str]:
    actions.update_enabled(rows)
    return {a.objectName().removeprefix("action_") for a in actions.actions() if a.isEnabled()}


def test_enabled_by_selection_and_role(
    qtbot: QtBot, ctx: AppContext, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    mine = customers(ui_db, ui_team, 2)
    pooled = customers(ui_db, ui_team, 1, to_pool=True)
    south = customers(ui_db, ui_team, 1, to_pool=True, pool_id=ui_team.south_pool)
    rep = actions_for(qtbot, rep_ctx, [])
    manager = actions_for(qtbot, ctx, [])
    rows = FakeHost(ctx, [*mine, *pooled, *south]).selected_rows()
    own, pool_row, south_row = rows[:2], rows[2], rows[3]
    assert enabled(rep, own) == {"release", "void", "close", "merge"}
    assert enabled(rep, [pool_row]) == {"claim"}
    assert enabled(rep, [*own, pool_row]) == set()
    assert enabled(manager, own) == {
        "release",
        "assign",
        "distribute",
        "void",
        "close",
        "lock",
        "merge",
    }
    assert enabled(manager, [pool_row]) == {"claim", "assign", "distribute", "void"}
    li = actions_for(qtbot, AppContext(ui_db, ui_team.li, "en"), [])
    assert "assign" in enabled(li, [south_row]) and "assign" not in enabled(li, [pool_row])
    with ui_db.session() as session:
        close_customers(session, mine, "market_change", None, CLOSE_CHECKLIST, ui_team.manager)
    closed = FakeHost(ctx, mine).selected_rows()
    assert enabled(manager, closed) == {"archive", "reactivate"}
    assert enabled(rep, closed) == set()


@pytest.mark.parametrize("name", ["claim", "release", "assign", "distribute", "merge"])
def test_every_dialog_opens_window_modal(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team, name: str
) -> None:
    ids = customers(ui_db, ui_team, 2, owner=ui_team.li)
    dialog = open_dialog(qtbot, ctx, name, ids)
    assert dialog.isVisible() and dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.objectName() == f"{name}_dialog"
    wait_tasks(qtbot)
    dialog.reject()


def cut_off(table: Any, row: int, column: int) -> bool:
    """The cell's text is wider than the cell: the view would draw it with "…"."""
    text = table.item(row, column).text()
    rect = table.visualRect(table.model().index(row, column))
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return table.fontMetrics().horizontalAdvance(text) + 2 * margin > rect.width()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_assign_shows_every_rep_name_in_full(
    qtbot: QtBot, ui_db: Database, ui_team: Team, lang: str
) -> None:
    with ui_db.session() as session:
        add_rep(session, "Alexandra Montgomery-Fairweather", region="华东", actor=ui_team.manager)
    ids = customers(ui_db, ui_team, 2, to_pool=True)
    i18n.install(lang)
    try:
        dialog = open_dialog(qtbot, AppContext(ui_db, ui_team.manager, lang), "assign", ids)
        qtbot.waitExposed(dialog)
        assert dialog.width() <= 1280 and dialog.height() <= 800
        table = dialog.table
        assert table.rowCount() == 5
        for row in range(table.rowCount()):
            assert not cut_off(table, row, 0), table.item(row, 0).text()
    finally:
        i18n.install("en")


def test_the_close_checklist_stays_still_under_the_mouse(
    qtbot: QtBot, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    [cid] = customers(ui_db, ui_team)
    dialog = open_dialog(qtbot, rep_ctx, "close", [cid])
    qtbot.waitExposed(dialog)
    boxes = [dialog.checklist[item] for item in CLOSE_CHECKLIST]

    def places() -> list[Any]:
        return [(b.mapToGlobal(QPoint(0, 0)), b.size()) for b in boxes]

    before = places()
    for box in boxes:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(10, box.height() // 2))
        QApplication.processEvents()
        assert box.isChecked()
        assert places() == before
    choose(dialog.reason, "market_change")
    assert places() == before
    assert dialog.ok.isEnabled() and dialog.tick_all.isChecked()
    qtbot.mouseClick(boxes[0], Qt.MouseButton.LeftButton, pos=QPoint(10, boxes[0].height() // 2))
    assert not dialog.tick_all.isChecked() and not dialog.ok.isEnabled()
    assert places() == before


def test_tick_all_ticks_the_whole_checklist(
    qtbot: QtBot, rep_ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    [cid] = customers(ui_db, ui_team)
    dialog = open_dialog(qtbot, rep_ctx, "close", [cid])
    qtbot.mouseClick(dialog.tick_all, Qt.MouseButton.LeftButton, pos=QPoint(10, 8))
    assert all(box.isChecked() for box in dialog.checklist.values())
    assert not dialog.ok.isEnabled()  # a reason is still needed
    choose(dialog.reason, "lifecycle_ended")
    accept(qtbot, dialog)
    assert state(ui_db, cid)[0] == "closed"
    [t] = history(ui_db, [cid], "close")
    assert t.details == {"checklist": list(CLOSE_CHECKLIST)}


def test_reactivate_says_why_and_who_closed_the_customer(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    [cid] = customers(ui_db, ui_team)
    with ui_db.session() as session:
        close_customers(
            session, [cid], "market_change", "行业萎缩", CLOSE_CHECKLIST, ui_team.manager
        )
    dialog = open_dialog(qtbot, ctx, "reactivate", [cid])
    why = dialog.findChild(QLabel, "exit_reason")
    assert why is not None and why.isVisible()
    assert "Closed: Market change" in why.text()
    assert "王经理" in why.text() and "行业萎缩" in why.text()


def test_reactivate_lists_why_each_customer_left(
    qtbot: QtBot, ctx: AppContext, ui_db: Database, ui_team: Team
) -> None:
    ids = customers(ui_db, ui_team, 3)
    with ui_db.session() as session:
        close_customers(session, ids[:2], "market_change", None, CLOSE_CHECKLIST, ui_team.zhang)
        void_customers(session, ids[2:], "no_response", None, ui_team.manager)
    dialog = open_dialog(qtbot, ctx, "reactivate", ids)
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "exit_reasons")
    assert table is not None
    rows = [[table.item(r, c).text() for c in (1, 3)] for r in range(table.rowCount())]
    assert rows == [
        ["Closed: Market change", "张三"],
        ["Closed: Market change", "张三"],
        ["Voided: No response after repeated contact", "王经理"],
    ]
    for row in range(table.rowCount()):
        for column in (0, 1, 3, 4):
            assert not cut_off(table, row, column), table.item(row, column).text()
    dialog.note.setPlainText("客户回来了")
    accept(qtbot, dialog)
    assert [state(ui_db, c)[0] for c in ids] == ["pool"] * 3


@pytest.mark.parametrize(("lang", "comma"), [("en", ", "), ("zh", "、")])
def test_names_are_listed_with_the_languages_comma(
    qtbot: QtBot, ui_db: Database, ui_team: Team, lang: str, comma: str
) -> None:
    ids = customers(ui_db, ui_team, 4)
    i18n.install(lang)
    try:
        dialog = open_dialog(qtbot, AppContext(ui_db, ui_team.manager, lang), "void", ids)
        with ui_db.session() as session:
            companies = [session.get(Customer, c).company for c in ids[:3]]
        assert comma.join(companies) + "…" in dialog.summary.text()
        other = ", " if comma == "、" else "、"
        assert other not in dialog.summary.text()
        both = labels.warning("complaints") + comma + labels.warning("returns")
        assert labels.warnings(WARNING_BITS["complaints"] | WARNING_BITS["returns"]) == both
    finally:
        i18n.install("en")
