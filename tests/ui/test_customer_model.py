"""The paged customer table: first page at once, then every id; rows read on demand."""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from crmdesk.core import clock, search
from crmdesk.core.customers import create_customer
from crmdesk.core.lifecycle import lock_customers, release_customers
from crmdesk.core.models import Customer
from crmdesk.core.pools import update_rules
from crmdesk.core.search import PAGE, Filters
from crmdesk.ui import style
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


def test_a_list_the_database_could_not_give_is_read_again_when_shown(
    qtbot: QtBot, ctx: AppContext, customers: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PostgreSQL server stopped while the list was read: coming back to the list once
    it is up shows the customers, not an empty list until the person finds Refresh."""
    real = search.search

    def gone(*_args: object, **_kwargs: object) -> search.SearchPage:
        stopped = psycopg.OperationalError("connection refused")
        raise OperationalError("SELECT", {}, stopped)

    monkeypatch.setattr(search, "search", gone)
    page = ListPage(ctx, Filters(status=("active",)))
    qtbot.addWidget(page)
    page.show()
    wait_tasks(qtbot)
    assert page.model.rowCount() == 0
    monkeypatch.setattr(search, "search", real)
    page.hide()
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == N, timeout=10_000)


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


def same_icon(icon: object, name: str, kind: str | None) -> bool:
    """The icon drawn is style's `name` in the colour of `kind`."""
    assert isinstance(icon, QIcon) and not icon.isNull()
    return icon.pixmap(16, 16).toImage() == style.icon(name, kind).pixmap(16, 16).toImage()


def test_rows_to_work_on_are_marked_by_colour_and_icon(
    qtbot: QtBot, ctx: AppContext, ui_team: Team
) -> None:
    now = clock.now()
    with ctx.session() as session:
        update_rules(session, ui_team.south_pool, {"warn_days": 10}, ui_team.manager)
        ages = {"overdue": 2, "calm": 2, "soon": 28, "south_soon": 22, "locked": 29}
        ids = {
            name: create_customer(
                session,
                {"company": f"{name}有限公司"},
                ui_team.manager,
                owner_id=ui_team.zhang,
                pool_id=ui_team.south_pool if name == "south_soon" else None,
                now=now - timedelta(days=days, hours=1),
            )
            for name, days in ages.items()
        }
        lock_customers(session, [ids["locked"]], ui_team.manager)
        dates = {"overdue": now - timedelta(hours=2), "calm": now + timedelta(days=3)}
        for name, due in dates.items():
            session.execute(
                update(Customer).where(Customer.id == ids[name]).values(next_followup_at=due)
            )
        session.execute(
            update(Customer).where(Customer.id == ids["calm"]).values(warning_flags=1 | 8)
        )
        session.commit()
    model = CustomerTableModel(ctx)
    model.set_query(Query(filters=Filters(status=("active",))))
    wait_tasks(qtbot)
    row = {model.data(model.index(r, 0), ID_ROLE): r for r in range(model.rowCount())}

    def cell(name: str, key: str, role: Qt.ItemDataRole) -> object:
        return model.data(model.index(row[ids[name]], COLUMN[key]), role)

    fg, icon = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole
    assert cell("overdue", "next_followup_at", fg).color() == style.color("overdue")
    assert same_icon(cell("overdue", "next_followup_at", icon), "overdue", "overdue")
    assert cell("calm", "next_followup_at", fg) is None
    assert cell("calm", "next_followup_at", icon) is None
    # 1 day left in the default pool (warned 3 days before), 7 in the south pool (10 days)
    for name in ("soon", "south_soon"):
        assert cell(name, "days_left", fg).color() == style.color("reclaim_soon")
        assert same_icon(cell(name, "days_left", icon), "reclaim_soon", "reclaim_soon")
    assert cell("overdue", "days_left", fg) is None and cell("overdue", "days_left", icon) is None
    assert cell("calm", "warnings", fg).color() == style.color("warning")
    assert same_icon(cell("calm", "warnings", icon), "warning", "warning")
    assert cell("overdue", "warnings", icon) is None
    # a lock is an icon beside the name, not a word in it
    assert cell("locked", "company", Qt.ItemDataRole.DisplayRole) == "locked有限公司"
    assert same_icon(cell("locked", "company", icon), "locked", None)
    assert cell("calm", "company", icon) is None
    assert cell("locked", "days_left", Qt.ItemDataRole.DisplayRole) == ""
