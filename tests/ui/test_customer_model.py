"""The paged customer table: first page at once, then every id; rows read on demand."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crmdesk.core.customers import create_customer
from crmdesk.core.lifecycle import release_customers
from crmdesk.core.search import PAGE, Filters
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.customer_model import COLUMN, ID_ROLE, CustomerTableModel, Query
from crmdesk.ui.list_page import ListPage
from tests.conftest import Team
from tests.ui.conftest import wait_tasks

N = PAGE + 60


@pytest.fixture
def customers(ctx: AppContext, ui_team: Team) -> list[int]:
    """N customers of 张三; the first ten are 深圳 ones, the rest 杭州."""
    ids = []
    with ctx.session() as session:
        for i in range(N):
            city = "深圳" if i < 10 else "杭州"
            fields = {"company": f"{city}测试{i:03d}有限公司", "phone": f"1380013{i:04d}"}
            ids.append(create_customer(session, fields, ui_team.manager, owner_id=ui_team.zhang))
    return ids


def test_first_page_then_every_id(
    qtbot: QtBot, qtmodeltester: object, ctx: AppContext, customers: list[int]
) -> None:
    model = CustomerTableModel(ctx)
    with qtbot.waitSignal(model.counted, timeout=10_000) as counted:
        model.set_query(Query())
    wait_tasks(qtbot)
    assert counted.args == [N]
    assert model.rowCount() == N
    # newest first, and the row far down is read when asked for
    assert model.data(model.index(0, 0), ID_ROLE) == customers[-1]
    last = model.index(N - 1, COLUMN["company"])
    assert model.data(last) == "深圳测试000有限公司"
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_words_and_filters_narrow_the_list(
    qtbot: QtBot, ctx: AppContext, customers: list[int], ui_team: Team
) -> None:
    page = ListPage(ctx, Filters(status=("active",)))
    qtbot.addWidget(page)
    wait_tasks(qtbot)
    assert page.model.rowCount() == N
    page.search_box.insert("深圳")  # typing CJK with keyClicks aborts QtTest
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=5000)
    assert "10 customers" in page.status.text()
    page.search_box.clear()
    owner = page.combos["owner"]
    qtbot.waitUntil(lambda: owner.findData(ui_team.li) >= 0, timeout=5000)
    owner.setCurrentIndex(owner.findData(ui_team.li))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)


def test_a_change_refreshes_the_list(
    qtbot: QtBot, ctx: AppContext, customers: list[int], ui_team: Team
) -> None:
    model = CustomerTableModel(ctx)
    model.set_query(Query(filters=Filters(status=("active",))))
    wait_tasks(qtbot)
    with ctx.session() as session:
        release_customers(session, customers[:5], "no_time", None, ui_team.manager)
    with qtbot.waitSignal(model.counted, timeout=10_000):
        ctx.notify(CUSTOMERS)
    wait_tasks(qtbot)
    assert model.rowCount() == N - 5


def test_pool_contacts_are_masked_for_reps_and_days_left_shown(
    qtbot: QtBot, rep_ctx: AppContext, ui_team: Team
) -> None:
    with rep_ctx.session() as session:
        pooled = create_customer(
            session, {"company": "公海客户", "phone": "13800138000"}, ui_team.manager, to_pool=True
        )
        mine = create_customer(session, {"company": "我的客户"}, ui_team.zhang)
    model = CustomerTableModel(rep_ctx)
    model.set_query(Query(filters=Filters(visible_to=ui_team.zhang)))
    wait_tasks(qtbot)
    rows = {model.data(model.index(r, 0), ID_ROLE): r for r in range(model.rowCount())}
    assert set(rows) == {pooled, mine}
    phone = model.data(model.index(rows[pooled], COLUMN["phone"]))
    assert phone == "138****8000"
    days = model.data(model.index(rows[mine], COLUMN["days_left"]))
    assert days == "30 d"
    tip = model.data(model.index(rows[mine], COLUMN["days_left"]), Qt.ItemDataRole.ToolTipRole)
    assert "30 days" in tip
