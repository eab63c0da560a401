"""The window as a user meets it: side bar with counts, lists, selection, actions, pages."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from crmdesk.core.customers import create_customer
from crmdesk.core.models import Customer
from crmdesk.storage.engine import Database
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.list_page import ListPage
from crmdesk.ui.main_window import MainWindow
from tests.conftest import Team
from tests.ui.conftest import delete_on_gui_thread, wait_tasks


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, ui_team: Team) -> MainWindow:
    with ctx.session() as session:
        for i in range(3):
            create_customer(
                session, {"company": f"我的客户{i}"}, ui_team.manager, owner_id=ui_team.manager
            )
        for i in range(5):
            create_customer(session, {"company": f"公海客户{i}"}, ui_team.manager, to_pool=True)
        create_customer(
            session,
            {"company": "华南客户"},
            ui_team.manager,
            to_pool=True,
            pool_id=ui_team.south_pool,
        )
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    wait_tasks(qtbot)
    return w


def nav_text(window: MainWindow, key: str) -> str:
    return window._items[key].text(0)


def test_side_bar_counts_each_list(window: MainWindow, ui_team: Team) -> None:
    assert nav_text(window, "mine").endswith("  3")
    assert nav_text(window, f"pool:{ui_team.default_pool}").endswith("  5")
    assert nav_text(window, f"pool:{ui_team.south_pool}").endswith("  1")
    assert nav_text(window, "voided").endswith("  0")


def test_pool_list_and_a_claim_updates_counts(
    qtbot: QtBot, window: MainWindow, ui_team: Team, ctx: AppContext
) -> None:
    page = window.show_page(f"pool:{ui_team.default_pool}")
    assert isinstance(page, ListPage)
    wait_tasks(qtbot)
    assert page.model.rowCount() == 5
    page.table.selectionModel().select(
        page.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    claimed = page.model.id_at(0)
    assert window.selected_ids() == [claimed]
    assert window.current_pool() == ui_team.default_pool
    dialog = window.customer_actions.run("claim")
    assert dialog is not None
    dialog.ok.click()
    wait_tasks(qtbot)
    with ctx.session() as session:
        customer = session.get(Customer, claimed)
        assert customer is not None
        assert (customer.status, customer.owner_id) == ("active", ui_team.manager)
    qtbot.waitUntil(lambda: nav_text(window, "mine").endswith("  4"), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 4, timeout=5000)


def test_every_page_opens(qtbot: QtBot, window: MainWindow) -> None:
    for key in list(window._items):
        if key == "pools":
            continue
        page = window.show_page(key)
        assert window.stack.currentWidget() is page
        wait_tasks(qtbot)


def test_a_rep_sees_no_team_or_cleanup(qtbot: QtBot, rep_ctx: AppContext) -> None:
    w = MainWindow(rep_ctx)
    qtbot.addWidget(w)
    wait_tasks(qtbot)
    assert not {"team", "cleanup", "duplicates"} & set(w._items)
    assert "mine" in w._items and "settings" in w._items


def test_switching_language_rebuilds_the_window_in_chinese(
    qtbot: QtBot, ui_db: Database, ui_team: Team
) -> None:
    from crmdesk.app import Application
    from crmdesk.ui import i18n

    holder = Application(ui_db, ui_team.manager, "en")
    first = holder.window
    wait_tasks(qtbot)
    assert nav_text(first, "mine").startswith("My customers")
    try:
        first.language_changed.emit("zh")
        second = holder.window
        qtbot.addWidget(second)
        wait_tasks(qtbot)
        qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # the English one is gone
        assert nav_text(second, "mine").startswith("我的客户")
        assert second.ctx.lang == "zh"
    finally:
        i18n.install("en")


def test_a_refresh_clears_the_selection_and_the_actions_hear_of_it(
    qtbot: QtBot, window: MainWindow, ui_team: Team, ctx: AppContext
) -> None:
    page = window.show_page(f"pool:{ui_team.default_pool}")
    assert isinstance(page, ListPage)
    wait_tasks(qtbot)
    page.table.selectRow(0)
    claim = next(a for a in window.customer_actions.actions() if a.objectName() == "action_claim")
    assert claim.isEnabled()
    ctx.notify(CUSTOMERS)
    wait_tasks(qtbot)
    assert window.selected_ids() == [] and not claim.isEnabled()


def test_a_hidden_list_reads_again_only_when_shown(
    qtbot: QtBot, window: MainWindow, ui_team: Team, ctx: AppContext
) -> None:
    pool = window.show_page(f"pool:{ui_team.default_pool}")
    assert isinstance(pool, ListPage)
    wait_tasks(qtbot)
    window.show_page("voided")
    wait_tasks(qtbot)
    with ctx.session() as session:
        create_customer(session, {"company": "新进公海"}, ui_team.manager, to_pool=True)
    ctx.notify(CUSTOMERS)
    wait_tasks(qtbot)
    assert pool.model.stale and pool.model.rowCount() == 5
    window.show_page(f"pool:{ui_team.default_pool}")
    wait_tasks(qtbot)
    assert not pool.model.stale and pool.model.rowCount() == 6


def test_a_rep_sees_their_pools_and_counts_as_their_lists_do(
    qtbot: QtBot, ctx: AppContext, ui_team: Team
) -> None:
    from crmdesk.core.lifecycle import void_customers

    with ctx.session() as session:
        mine = create_customer(
            session, {"company": "王五的客户"}, ui_team.manager, owner_id=ui_team.wang
        )
        other = create_customer(
            session, {"company": "张三的客户"}, ui_team.manager, owner_id=ui_team.zhang
        )
        void_customers(session, [mine, other], "invalid_info", None, ui_team.manager)
    w = MainWindow(AppContext(ctx.database, ui_team.wang, "en"))
    qtbot.addWidget(w)
    wait_tasks(qtbot)
    assert f"pool:{ui_team.default_pool}" in w._items
    assert f"pool:{ui_team.south_pool}" not in w._items  # 王五 is no member of 华南公海
    qtbot.waitUntil(lambda: nav_text(w, "voided").endswith("  1"), timeout=5000)
    page = w.show_page("voided")
    assert isinstance(page, ListPage)
    wait_tasks(qtbot)
    assert page.model.rowCount() == 1


def test_filter_choices_follow_the_data_and_keep_what_is_chosen(
    qtbot: QtBot, window: MainWindow, ui_team: Team, ctx: AppContext
) -> None:
    """An import brings a region nobody had: its filter offers it without reopening."""
    from PySide6.QtWidgets import QComboBox

    with ctx.session() as session:
        create_customer(
            session, {"company": "杭州客户", "region": "浙江杭州"}, ui_team.manager, to_pool=True
        )
    page = window.show_page(f"pool:{ui_team.default_pool}")
    assert isinstance(page, ListPage)
    region = page.findChild(QComboBox, "filter_region")
    qtbot.waitUntil(lambda: region.findData("浙江杭州") > 0, timeout=5000)
    region.setCurrentIndex(region.findData("浙江杭州"))
    wait_tasks(qtbot)
    assert page.model.rowCount() == 1

    with ctx.session() as session:
        create_customer(
            session, {"company": "拉萨客户", "region": "西藏拉萨"}, ui_team.manager, to_pool=True
        )
    ctx.notify(CUSTOMERS)

    qtbot.waitUntil(lambda: region.findData("西藏拉萨") > 0, timeout=5000)
    assert region.currentData() == "浙江杭州"
    wait_tasks(qtbot)
    assert page.model.rowCount() == 1


def test_the_selection_is_read_from_its_ranges_in_row_order(
    qtbot: QtBot, window: MainWindow, ui_team: Team
) -> None:
    from PySide6.QtCore import QItemSelection

    page = window.show_page(f"pool:{ui_team.default_pool}")
    assert isinstance(page, ListPage)
    wait_tasks(qtbot)
    model, chosen = page.model, QItemSelection()
    for first, last in ((3, 4), (0, 0), (4, 4)):  # out of order, overlapping
        chosen.select(model.index(first, 0), model.index(last, 0))
    flags = QItemSelectionModel.SelectionFlag
    page.table.selectionModel().select(chosen, flags.ClearAndSelect | flags.Rows)

    expected = [model.id_at(r) for r in (0, 3, 4)]
    assert window.selected_ids() == expected
    assert [r["id"] for r in page.selected_rows(limit=2)] == expected[:2]
    # the header keeps a selection of its own: painting it never scans the selected rows
    assert not page.table.horizontalHeader().selectionModel().hasSelection()


def test_switching_person_opens_the_window_as_them(
    qtbot: QtBot, ui_db: Database, ui_team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A manager on a laptop's file sees what a rep sees (the profile dialog is the seam)."""
    from crmdesk.app import Application
    from crmdesk.ui import signin

    monkeypatch.setattr(signin, "choose_profile", lambda *_args: ui_team.zhang)
    holder = Application(ui_db, ui_team.manager, "en")
    manager_window = holder.window
    assert "team" in manager_window._items

    holder.window.switch_person()

    assert holder.window is not manager_window
    assert holder.window.ctx.actor.id == ui_team.zhang
    assert "team" not in holder.window._items  # a rep's side bar
    delete_on_gui_thread(qtbot, [holder.window])


def test_after_an_import_the_window_shows_where_the_customers_went(
    qtbot: QtBot, window: MainWindow, ui_team: Team
) -> None:
    wizard = window.import_customers()
    wizard.finished_into.emit(f"pool:{ui_team.default_pool}")  # the wizard's Finish says
    assert window.current_key() == f"pool:{ui_team.default_pool}"
    wizard.close()
