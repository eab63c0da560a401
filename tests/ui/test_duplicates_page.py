"""The duplicates page driven through its widgets: scan, open, merge, rescan."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crmdesk.core.customers import create_customer
from crmdesk.core.lifecycle import close_customers
from crmdesk.core.models import Customer
from crmdesk.core.reasons import CLOSE_CHECKLIST
from crmdesk.ui import tasks
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.duplicates_page import DuplicatesPage
from crmdesk.ui.merge_dialog import MAX_MERGE, MergeDialog
from tests.conftest import Team
from tests.ui.conftest import delete_on_gui_thread, wait_tasks

PHONE = "13800000001"


@pytest.fixture
def shown(qtbot: QtBot) -> Iterator[Callable[[AppContext], DuplicatesPage]]:
    """A shown page, deleted afterwards on the GUI thread (delete_on_gui_thread)."""
    made: list[DuplicatesPage] = []

    def show(ctx: AppContext) -> DuplicatesPage:
        page = DuplicatesPage(ctx)
        made.append(page)
        page.show()
        return page

    yield show
    delete_on_gui_thread(qtbot, made)


def add(ctx: AppContext, team: Team, company: str, **fields: Any) -> int:
    with ctx.session() as session:
        return create_customer(
            session, {"company": company, **fields}, team.manager, owner_id=team.zhang
        )


def scan(qtbot: QtBot, page: DuplicatesPage, kind: str | None = None) -> None:
    combo = page.kind
    index = combo.findData(kind or "all")
    assert index >= 0, kind
    combo.setCurrentIndex(index)
    qtbot.mouseClick(page.scan_button, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)


def select_group(page: DuplicatesPage, index: int) -> None:
    page.tree.clearSelection()
    page.tree.topLevelItem(index).setSelected(True)


def test_scan_and_merge_two_of_three(
    qtbot: QtBot, shown: Callable[[AppContext], DuplicatesPage], ctx: AppContext, ui_team: Team
) -> None:
    a = add(ctx, ui_team, "甲公司", phone=PHONE, contact="陈先生")
    b = add(ctx, ui_team, "乙公司", phone=f"+86 {PHONE}")
    c = add(ctx, ui_team, "丙公司", phone="138-0000-0001", email="c@example.com")
    add(ctx, ui_team, "丁公司", phone="13900000009")
    page = shown(ctx)
    assert page.shown_groups() == []
    scan(qtbot, page, "phone")
    assert page.shown_groups() == [[a, b, c]]
    group = page.tree.topLevelItem(0)
    assert group.text(0) == f"3 customers share phone {PHONE}"
    first = group.child(0)
    assert [first.text(i) for i in range(3)] == ["甲公司", "张三", "Active"]
    assert page.status.text().startswith("Groups of duplicates: 1; customers in them: 3")
    assert not page.more_button.isVisible()

    # select two customers of the group: only they are merged
    page.tree.clearSelection()
    group.child(0).setSelected(True)
    group.child(2).setSelected(True)
    assert page.merge_button.isEnabled()
    dialog = page.merge_selected()
    assert isinstance(dialog, MergeDialog) and dialog.isVisible()
    assert dialog.ids == [a, c]
    dialog.findChild(QWidget, f"keep_{c}").setChecked(True)
    dialog.findChild(QWidget, f"company_{a}").setChecked(True)
    assert dialog.ok.isEnabled(), dialog.checks.text()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)  # the merge, then the rescan it caused

    with ctx.session() as session:
        kept, gone = session.get(Customer, c), session.get(Customer, a)
        assert kept is not None and gone is not None
        assert (kept.status, kept.company, kept.contact) == ("active", "甲公司", "陈先生")
        assert (gone.status, gone.status_reason, gone.merged_into_id) == ("voided", "duplicate", c)
    assert page.shown_groups() == [[b, c]]  # rescanned: the voided duplicate is gone
    assert page.status.text().startswith("Groups of duplicates: 1; customers in them: 2")
    assert "duplicates moved to the recycle bin: 1" in page.message.text()


def test_double_click_opens_the_customer(
    qtbot: QtBot, shown: Callable[[AppContext], DuplicatesPage], ctx: AppContext, ui_team: Team
) -> None:
    a = add(ctx, ui_team, "华东贸易有限公司")
    b = add(ctx, ui_team, "华东贸易 有限公司", email="x@example.com")
    page = shown(ctx)
    scan(qtbot, page)  # every kind
    assert page.shown_groups() == [[a, b]]
    assert "company name" in page.tree.topLevelItem(0).text(0)
    item = page.tree.topLevelItem(0).child(1)
    opened: list[int] = []
    page.open_customer.connect(opened.append)
    page.tree.itemDoubleClicked.emit(page.tree.topLevelItem(0), 0)  # a group opens nothing
    page.tree.itemDoubleClicked.emit(item, 0)
    assert opened == [b]
    scan(qtbot, page, "email")
    assert page.shown_groups() == []
    assert page.status.text().startswith("No duplicates found")
    assert not page.merge_button.isEnabled()


def test_big_group_opens_what_the_dialog_allows(
    qtbot: QtBot, shown: Callable[[AppContext], DuplicatesPage], ctx: AppContext, ui_team: Team
) -> None:
    ids = [add(ctx, ui_team, f"大组客户{i}", phone=PHONE) for i in range(MAX_MERGE + 2)]
    with ctx.session() as session:
        close_customers(
            session, ids[:1], "lifecycle_ended", None, list(CLOSE_CHECKLIST), ui_team.manager
        )
    page = shown(ctx)
    scan(qtbot, page, "phone")
    assert page.shown_groups() == [ids]
    assert page.merge_selected() is None
    assert page.message.text() == "Select one group first."
    select_group(page, 0)
    page.tree.setCurrentItem(
        page.tree.topLevelItem(0).child(1), 0, QItemSelectionModel.SelectionFlag.NoUpdate
    )
    dialog = page.merge_selected()
    assert isinstance(dialog, MergeDialog)
    assert dialog.ids == ids[1 : 1 + MAX_MERGE]  # the closed one left out, then the first six
    assert f"This group has {MAX_MERGE + 1} customers" in page.message.text()
    assert "left out of the merge" in page.message.text()
    dialog.reject()


def test_hidden_page_rescans_when_shown(
    qtbot: QtBot, shown: Callable[[AppContext], DuplicatesPage], ctx: AppContext, ui_team: Team
) -> None:
    a = add(ctx, ui_team, "甲", phone=PHONE)
    b = add(ctx, ui_team, "乙", phone=PHONE)
    page = shown(ctx)
    ctx.notify(CUSTOMERS)  # never scanned: nothing to refresh
    assert tasks.idle()
    scan(qtbot, page, "phone")
    assert page.shown_groups() == [[a, b]]
    page.hide()
    c = add(ctx, ui_team, "丙", phone=PHONE)
    ctx.notify(CUSTOMERS)
    assert tasks.idle() and page.shown_groups() == [[a, b]]  # hidden: only noted
    page.show()
    wait_tasks(qtbot)
    assert page.shown_groups() == [[a, b, c]]


def test_rep_reads_only(
    qtbot: QtBot, shown: Callable[[AppContext], DuplicatesPage], rep_ctx: AppContext, ui_team: Team
) -> None:
    add(rep_ctx, ui_team, "甲", phone=PHONE)
    add(rep_ctx, ui_team, "乙", phone=PHONE)
    page = shown(rep_ctx)
    scan(qtbot, page, "phone")
    assert page.tree.topLevelItem(0).text(0) == "2 customers share phone"
    assert not page.merge_button.isVisible()


def test_a_group_sharing_several_keys_lists_them_the_chinese_way(
    qtbot: QtBot, shown: Callable[[AppContext], DuplicatesPage], ui_db, ui_team: Team
) -> None:
    ctx = AppContext(ui_db, ui_team.manager, "zh")
    add(ctx, ui_team, "甲公司", phone=PHONE, email="same@example.com")
    add(ctx, ui_team, "乙公司", phone=PHONE, email="same@example.com")
    page = shown(ctx)
    scan(qtbot, page)
    text = page.tree.topLevelItem(0).text(0)
    assert "；" in text and "; " not in text, text
