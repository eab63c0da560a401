"""Settings driven through its widgets: each edit is checked in the database."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
)
from sqlalchemy import func, select

from crmdesk.core import auth, clock
from crmdesk.core.customers import create_customer
from crmdesk.core.grading import grading_rules
from crmdesk.core.lifecycle import void_customers
from crmdesk.core.models import Customer, PoolMember, PoolRules, Rep
from crmdesk.core.reasons import list_reasons
from crmdesk.core.risk import warning_rules
from crmdesk.storage.backup import check_crmdesk_file
from crmdesk.storage.engine import Database
from crmdesk.ui.context import AppContext
from crmdesk.ui.settings import SettingsPage
from crmdesk.ui.settings_common import DATABASE_KEY, LANGUAGE_KEY, app_settings
from tests.conftest import _empty_pg, make_team
from tests.core.helpers import own
from tests.ui.conftest import wait_tasks


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """QSettings in the test's folder, never the user's."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    app_settings().clear()


@pytest.fixture
def page(qtbot, ctx):
    widget = SettingsPage(ctx)
    qtbot.addWidget(widget)
    return widget


def child(parent, kind, name):
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def click(parent, name):
    child(parent, QPushButton, name).click()


def message(page) -> str:
    """Every message the page showed (a refusal, or news of work done)."""
    boxes = page.findChildren(QMessageBox, "task_message")
    assert boxes, "no message shown"
    return "\n".join(box.text() for box in boxes)


def press(box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    box.button(button).click()


# --- pools ------------------------------------------------------------------------------


def test_a_rule_change_is_previewed_then_saved(qtbot, page, ui_db, ui_team):
    now = clock.now()
    with ui_db.session() as s:
        for _ in range(3):
            own(s, ui_team, at=now - timedelta(days=20))
        own(s, ui_team, at=now - timedelta(days=28))
    tab = page.pools
    assert tab.current_pool() == ui_team.default_pool
    save = child(tab, QPushButton, "save_rules")
    assert not save.isEnabled()  # nothing changed yet

    child(tab, QSpinBox, "rule_followup_days").setValue(10)
    assert save.isEnabled()
    click(tab, "preview_rules")
    wait_tasks(qtbot)
    preview = child(tab, QLabel, "rule_preview").text()
    assert "customers reclaimed now: 4; customers warned (their owners are told): 0." in preview
    assert preview.startswith("In 公海")  # this pool's numbers, as `pool sweep --pool` says
    assert "With the saved rules: 0 and 1." in preview

    save.click()
    wait_tasks(qtbot)
    box = child(page, QMessageBox, "confirm_rules")
    assert "customers reclaimed now: 4" in box.text()
    press(box, QMessageBox.StandardButton.Ok)
    wait_tasks(qtbot)

    with ui_db.session() as s:
        assert s.get(PoolRules, ui_team.default_pool).followup_days == 10
        assert s.scalar(select(func.count()).where(Customer.status == "active")) == 4
    assert not save.isEnabled()  # the form shows the stored rules again


def test_cancelling_the_confirmation_saves_nothing(qtbot, page, ui_db, ui_team):
    tab = page.pools
    child(tab, QSpinBox, "rule_tier_A").setValue(90)
    child(tab, QCheckBox, "rule_mask_contacts").setChecked(False)
    click(tab, "save_rules")
    wait_tasks(qtbot)
    press(child(page, QMessageBox, "confirm_rules"), QMessageBox.StandardButton.Cancel)
    wait_tasks(qtbot)
    with ui_db.session() as s:
        rules = s.get(PoolRules, ui_team.default_pool)
        assert (rules.tier_followup_days, rules.mask_contacts) == ({}, True)


def test_tier_periods_are_saved(qtbot, page, ui_db, ui_team):
    tab = page.pools
    child(tab, QSpinBox, "rule_tier_A").setValue(90)
    child(tab, QSpinBox, "rule_tier_C").setValue(15)
    click(tab, "save_rules")
    wait_tasks(qtbot)
    press(child(page, QMessageBox, "confirm_rules"), QMessageBox.StandardButton.Ok)
    wait_tasks(qtbot)
    with ui_db.session() as s:
        assert s.get(PoolRules, ui_team.default_pool).tier_followup_days == {"A": 90, "C": 15}


def select_pool(tab, pool_id):
    ids = [
        tab.pool_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.pool_list.count())
    ]
    tab.pool_list.setCurrentRow(ids.index(pool_id))


def member_row(tab, rep_id) -> int:
    table = child(tab, QTableWidget, "pool_members")
    rows = [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]
    return rows.index(rep_id)


def test_members_and_admins_are_set_by_their_check_boxes(qtbot, page, ui_db, ui_team):
    tab = page.pools
    select_pool(tab, ui_team.south_pool)
    table = child(tab, QTableWidget, "pool_members")
    table.item(member_row(tab, ui_team.wang), 2).setCheckState(Qt.CheckState.Checked)
    wait_tasks(qtbot)
    table = child(tab, QTableWidget, "pool_members")
    table.item(member_row(tab, ui_team.zhang), 1).setCheckState(Qt.CheckState.Unchecked)
    wait_tasks(qtbot)
    with ui_db.session() as s:
        rows = s.execute(
            select(PoolMember.rep_id, PoolMember.is_admin).where(
                PoolMember.pool_id == ui_team.south_pool
            )
        ).all()
    assert dict(rows) == {ui_team.li: True, ui_team.wang: True}
    assert tab.current_pool() == ui_team.south_pool


def test_ticking_a_member_keeps_rule_edits_not_yet_saved(qtbot, page, ui_team):
    tab = page.pools
    select_pool(tab, ui_team.south_pool)
    child(tab, QSpinBox, "rule_followup_days").setValue(12)
    table = child(tab, QTableWidget, "pool_members")
    table.item(member_row(tab, ui_team.wang), 1).setCheckState(Qt.CheckState.Checked)
    wait_tasks(qtbot)
    assert child(tab, QSpinBox, "rule_followup_days").value() == 12
    assert child(tab, QPushButton, "save_rules").isEnabled()


def unsaved_edit_then_click_south(tab, ui_team) -> QMessageBox:
    """12 days typed into the default pool's rules, then the south pool clicked."""
    assert tab.current_pool() == ui_team.default_pool
    child(tab, QSpinBox, "rule_followup_days").setValue(12)
    select_pool(tab, ui_team.south_pool)
    return child(tab, QMessageBox, "unsaved_rules")


def test_cancel_keeps_the_pool_and_its_unsaved_edits(qtbot, page, ui_db, ui_team):
    tab = page.pools
    box = unsaved_edit_then_click_south(tab, ui_team)
    assert tab.current_pool() == ui_team.default_pool  # nothing moves until answered
    press(box, QMessageBox.StandardButton.Cancel)
    wait_tasks(qtbot)
    assert tab.current_pool() == ui_team.default_pool
    assert tab.pool_list.currentItem().text().startswith("公海")
    assert child(tab, QSpinBox, "rule_followup_days").value() == 12
    assert child(tab, QPushButton, "save_rules").isEnabled()
    with ui_db.session() as s:
        assert s.get(PoolRules, ui_team.default_pool).followup_days == 30


def test_discard_drops_the_edits_and_shows_the_pool_clicked(qtbot, page, ui_db, ui_team):
    tab = page.pools
    press(unsaved_edit_then_click_south(tab, ui_team), QMessageBox.StandardButton.Discard)
    wait_tasks(qtbot)
    assert tab.current_pool() == ui_team.south_pool
    assert child(tab, QSpinBox, "rule_followup_days").value() == 30
    select_pool(tab, ui_team.default_pool)
    assert child(tab, QSpinBox, "rule_followup_days").value() == 30  # gone, not kept
    with ui_db.session() as s:
        assert s.get(PoolRules, ui_team.default_pool).followup_days == 30


def test_save_previews_saves_then_shows_the_pool_clicked(qtbot, page, ui_db, ui_team):
    tab = page.pools
    press(unsaved_edit_then_click_south(tab, ui_team), QMessageBox.StandardButton.Save)
    wait_tasks(qtbot)
    press(child(page, QMessageBox, "confirm_rules"), QMessageBox.StandardButton.Ok)
    wait_tasks(qtbot)
    with ui_db.session() as s:
        assert s.get(PoolRules, ui_team.default_pool).followup_days == 12
        assert s.get(PoolRules, ui_team.south_pool).followup_days == 30
    assert tab.current_pool() == ui_team.south_pool
    assert not child(tab, QPushButton, "save_rules").isEnabled()


def test_a_new_pool_is_created_and_selected(qtbot, page, ui_db):
    dialog = page.pools.new_pool()
    dialog.name.setText("华东公海")
    dialog.accept()
    wait_tasks(qtbot)
    assert page.pools.pool_list.currentItem().text() == "华东公海"
    with ui_db.session() as s:
        assert s.get(PoolRules, page.pools.current_pool()).followup_days == 30


def test_a_pool_with_a_taken_name_is_refused_with_the_reason(qtbot, page):
    dialog = page.pools.new_pool()
    dialog.name.setText("华南公海")
    dialog.accept()
    wait_tasks(qtbot)
    assert "a pool named 华南公海 exists" in message(page)
    assert page.pools.pool_list.count() == 2


def test_a_pool_admin_edits_their_pool_only(qtbot, ui_db, ui_team):
    li = SettingsPage(AppContext(ui_db, ui_team.li, "en"))
    qtbot.addWidget(li)
    tab = li.pools
    assert not tab.form.isEnabled() and not tab.new_pool_button.isEnabled()
    select_pool(tab, ui_team.south_pool)
    assert tab.form.isEnabled()
    child(tab, QSpinBox, "rule_daily_claims").setValue(5)
    click(tab, "save_rules")
    wait_tasks(qtbot)
    press(child(li, QMessageBox, "confirm_rules"), QMessageBox.StandardButton.Ok)
    wait_tasks(qtbot)
    with ui_db.session() as s:
        assert s.get(PoolRules, ui_team.south_pool).daily_claims == 5


# --- reasons ----------------------------------------------------------------------------


def reason_texts(page) -> list[str]:
    lst = page.reasons.list
    return [lst.item(i).text() for i in range(lst.count())]


def select_reason(page, code):
    lst = page.reasons.list
    codes = [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]
    lst.setCurrentRow(codes.index(code))


def test_reasons_are_added_renamed_moved_and_retired(qtbot, page, ui_db, ui_team):
    with ui_db.session() as s:
        old = own(s, ui_team)
        void_customers(s, [old], "budget", None, ui_team.zhang)
    tab = page.reasons
    child(tab, QComboBox, "reason_kind").setCurrentIndex(0)

    dialog = tab.add()
    dialog.label_zh.setText("公司已注销")
    dialog.label_en.setText("Company dissolved")
    dialog.needs_note.setChecked(True)
    dialog.accept()
    wait_tasks(qtbot)
    assert reason_texts(page)[-1] == "Company dissolved (公司已注销) — note required"

    select_reason(page, "budget")
    dialog = tab.rename()
    dialog.label_en.setText("Money trouble")
    dialog.accept()
    wait_tasks(qtbot)
    click(tab, "move_up")
    wait_tasks(qtbot)
    click(tab, "retire_reason")
    wait_tasks(qtbot)

    with ui_db.session() as s:
        offered = [r.code for r in list_reasons(s, "void")]
        every = {r.code: r for r in list_reasons(s, "void", retired=True)}
        assert s.get(Customer, old).status_reason == "budget"
    assert "budget" not in offered and offered[-1] == "company_dissolved"
    assert every["budget"].label_en == "Money trouble" and not every["budget"].active
    assert [c for c in every][3] == "budget"  # moved above no_response
    assert "Money trouble (预算/财务问题) — retired" in reason_texts(page)
    assert child(tab, QPushButton, "reinstate_reason").isEnabled()
    assert not child(tab, QPushButton, "retire_reason").isEnabled()


def test_retiring_a_reason_the_rules_use_is_refused_with_the_reason(qtbot, page):
    select_reason(page, "duplicate")
    click(page.reasons, "retire_reason")
    wait_tasks(qtbot)
    assert "void suggestions and duplicate merges use this reason" in message(page)


def test_the_kind_picks_the_list(page):
    child(page.reasons, QComboBox, "reason_kind").setCurrentIndex(2)
    assert reason_texts(page)[0] == "Cannot reach the customer (无法联系)"


# --- thresholds -------------------------------------------------------------------------


def test_warning_and_grading_thresholds_are_saved(qtbot, page, ui_db):
    child(page.rules, QSpinBox, "warning_overdue_payments").setValue(4)
    child(page.rules, QComboBox, "warning_credit").setCurrentText("D")
    click(page.rules, "save_warning")
    wait_tasks(qtbot)
    child(page.rules, QSpinBox, "grading_recency_days_2").setValue(365)
    click(page.rules, "save_grading")
    wait_tasks(qtbot)
    with ui_db.session() as s:
        rules = warning_rules(s)
        assert (rules.overdue_payments, rules.credit) == (4, "D")
        assert grading_rules(s).recency_days == (30, 90, 365)
    assert not child(page.rules, QPushButton, "save_warning").isEnabled()


def test_disordered_grading_steps_are_refused_with_the_reason(qtbot, page, ui_db):
    child(page.rules, QSpinBox, "grading_tier_c").setValue(9)
    click(page.rules, "save_grading")
    wait_tasks(qtbot)
    assert "A needs at least B's points" in message(page)
    with ui_db.session() as s:
        assert grading_rules(s).tier_c == 1


# --- reps -------------------------------------------------------------------------------


def rep_row(page, name) -> int:
    table = page.reps.table
    return [table.item(r, 0).text() for r in range(table.rowCount())].index(name)


def test_a_rep_is_added_then_given_more_capacity(qtbot, page, ui_db):
    dialog = page.reps.add_rep()
    dialog.name.setText("赵六")
    dialog.region.setText("华东")
    dialog.capacity.setValue(150)
    dialog.accept()
    wait_tasks(qtbot)
    page.reps.table.setCurrentCell(rep_row(page, "赵六"), 0)
    dialog = page.reps.edit_rep()
    assert dialog.name.isReadOnly()
    dialog.capacity.setValue(400)
    dialog.level.setValue(2)
    dialog.accept()
    wait_tasks(qtbot)
    with ui_db.session() as s:
        zhao = s.scalar(select(Rep).where(Rep.name == "赵六"))
        assert (zhao.region, zhao.capacity, zhao.level, zhao.active) == ("华东", 400, 2, True)
    assert page.reps.table.item(rep_row(page, "赵六"), 3).text() == "400"


def test_a_rep_who_owns_customers_is_not_deactivated(qtbot, page, ui_db, ui_team):
    with ui_db.session() as s:
        own(s, ui_team, ui_team.wang)
    page.reps.table.setCurrentCell(rep_row(page, "王五"), 0)
    dialog = page.reps.edit_rep()
    dialog.active.setChecked(False)
    dialog.accept()
    wait_tasks(qtbot)
    assert "owns 1 active customers; assign or release them first" in message(page)
    with ui_db.session() as s:
        assert s.get(Rep, ui_team.wang).active


def test_a_manager_sets_a_reps_password_and_the_rep_can_sign_in(qtbot, page, ui_db):
    page.reps.table.setCurrentCell(rep_row(page, "王五"), 0)
    dialog = page.reps.set_password()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.password.setText("wang-secret-1")
    dialog.again.setText("wang-secret-2")
    assert not ok.isEnabled()
    dialog.again.setText("wang-secret-1")
    with qtbot.waitSignal(page.reps.password_set, timeout=5000):
        ok.click()
    with ui_db.session() as s:
        assert s.get(Rep, auth.verify_password(s, "王五", "wang-secret-1")).name == "王五"


def test_a_rep_sets_only_their_own_password(qtbot, rep_ctx, ui_db):
    page = SettingsPage(rep_ctx)
    qtbot.addWidget(page)
    page.reps.table.setCurrentCell(rep_row(page, "王五"), 0)
    dialog = page.reps.set_password()
    dialog.password.setText("zhang-secret")
    dialog.again.setText("zhang-secret")
    with qtbot.waitSignal(page.reps.password_set, timeout=5000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with ui_db.session() as s:
        assert s.get(Rep, auth.verify_password(s, "张三", "zhang-secret")).name == "张三"


# --- what a rep sees -----------------------------------------------------------------------


def test_a_rep_reads_the_settings_but_cannot_change_them(qtbot, rep_ctx):
    page = SettingsPage(rep_ctx)
    qtbot.addWidget(page)
    assert len(page.findChildren(QLabel, "read_only_note")) == 4
    assert not page.pools.form.isEnabled() and not page.pools.members.isEnabled()
    assert not page.pools.new_pool_button.isEnabled()
    for name in ("add_reason", "rename_reason", "move_down", "retire_reason"):
        assert not child(page.reasons, QPushButton, name).isEnabled()
    assert page.reasons.rename() is None
    for group in (page.rules.warnings, page.rules.grading, page.rules.suggestions):
        assert not group.isEnabled()
    assert not page.reps.add_button.isEnabled() and page.reps.edit_rep() is None
    assert not child(page, QPushButton, "restore").isEnabled()
    assert child(page, QComboBox, "language").isEnabled()
    assert child(page, QPushButton, "backup_now").isEnabled()
    assert page.reps.table.rowCount() == 4  # they still read the team


# --- language, database, backups ----------------------------------------------------------


def test_the_language_combo_emits_and_remembers(qtbot, page):
    combo = child(page, QComboBox, "language")
    assert combo.currentData() == ""
    with qtbot.waitSignal(page.language_changed) as signal:
        combo.setCurrentIndex(combo.findData("zh"))
    assert signal.args == ["zh"]
    assert app_settings().value(LANGUAGE_KEY) == "zh"
    with qtbot.waitSignal(page.language_changed) as signal:
        combo.setCurrentIndex(combo.findData(""))
    assert signal.args == [""]


def test_a_new_page_shows_the_remembered_language(qtbot, ctx):
    app_settings().setValue(LANGUAGE_KEY, "en")
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert child(page, QComboBox, "language").currentText() == "English"


def test_another_database_is_chosen_for_the_next_start(qtbot, page, ui_db, monkeypatch, tmp_path):
    target = str(tmp_path / "other.sqlite")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (target, ""))
    assert child(page, QLabel, "database_current").text() == ui_db.engine.url.database
    click(page, "choose_database")
    assert app_settings().value(DATABASE_KEY) == target
    assert "next time it starts" in child(page, QLabel, "database_note").text()
    page.general.next.setText("mysql://nope")
    click(page, "apply_database")
    assert "postgresql+psycopg" in message(page)
    assert app_settings().value(DATABASE_KEY) == target
    click(page, "default_database")
    assert app_settings().value(DATABASE_KEY) == ""


def companies(database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(Customer))


def test_backup_now_then_restore_after_confirming(
    qtbot, page, ui_db, ui_team, monkeypatch, tmp_path
):
    with ui_db.session() as s:
        create_customer(s, {"company": "备份前的客户"}, ui_team.manager)
    copy = tmp_path / "copies" / "copy.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    click(page, "backup_now")
    wait_tasks(qtbot)
    check_crmdesk_file(copy)
    assert str(copy) in message(page)
    with ui_db.session() as s:
        create_customer(s, {"company": "备份后的客户"}, ui_team.manager)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    with qtbot.waitSignal(page.restart_needed):
        click(page, "restore")
        press(child(page, QMessageBox, "confirm_restore"), QMessageBox.StandardButton.Ok)
        wait_tasks(qtbot)
    assert companies(ui_db) == 1
    assert "Restart CRMDesk now" in message(page)


def test_restoring_a_stranger_is_refused(qtbot, page, ui_db, monkeypatch, tmp_path):
    stranger = tmp_path / "notes.sqlite"
    stranger.write_bytes(b"not a database at all")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(stranger), ""))
    click(page, "restore")
    press(child(page, QMessageBox, "confirm_restore"), QMessageBox.StandardButton.Ok)
    wait_tasks(qtbot)
    assert "is not a CRMDesk database" in message(page)


def test_daily_backup_settings_are_remembered(page):
    child(page, QCheckBox, "daily_backup").setChecked(False)
    child(page, QSpinBox, "backup_keep").setValue(14)
    settings = app_settings()
    assert settings.value("backup/daily", type=bool) is False
    assert settings.value("backup/keep", type=int) == 14
    assert "No automatic backup yet" in child(page, QLabel, "latest_backup").text()


def test_on_a_server_backups_are_the_servers_job(qtbot, pg_database):
    database = Database(pg_database)
    try:
        _empty_pg(database)
        with database.session() as s:
            team = make_team(s)
        page = SettingsPage(AppContext(database, team.manager, "en"))
        qtbot.addWidget(page)
        assert "pg_dump" in child(page, QLabel, "backup_server_note").text()
        assert not child(page, QPushButton, "backup_now").isEnabled()
        assert not child(page, QCheckBox, "daily_backup").isEnabled()
        assert "***" in child(page, QLabel, "database_current").text()
    finally:
        database.dispose()


def test_dialogs_open_window_modal_without_blocking(page):
    dialog = page.pools.new_pool()
    assert isinstance(dialog, QDialog) and dialog.isVisible()
    dialog.reject()


def test_a_server_password_is_kept_out_of_the_settings(qtbot, page, monkeypatch, tmp_path):
    """The settings file is readable by others; libpq's password file is private."""
    secrets = tmp_path / "pgpass"
    monkeypatch.setenv("PGPASSFILE", str(secrets))
    page.general.next.setText("postgresql+psycopg://sales:Team-2026@crm.example:5432/crm")
    click(page, "apply_database")

    assert app_settings().value(DATABASE_KEY) == "postgresql+psycopg://sales@crm.example:5432/crm"
    assert "Team-2026" not in page.general.next.text()
    assert secrets.read_text(encoding="utf-8") == "crm.example:5432:crm:sales:Team-2026\n"


def test_a_password_remembered_before_moves_out_at_the_next_start(monkeypatch, tmp_path):
    from crmdesk.ui.settings_common import remembered_database

    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    app_settings().setValue(DATABASE_KEY, "postgresql+psycopg://sales:old-secret@crm.example/crm")

    assert remembered_database() == "postgresql+psycopg://sales:old-secret@crm.example/crm"
    assert app_settings().value(DATABASE_KEY) == "postgresql+psycopg://sales@crm.example/crm"
    assert "old-secret" in (tmp_path / "pgpass").read_text(encoding="utf-8")
