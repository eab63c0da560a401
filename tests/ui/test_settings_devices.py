"""Settings > Devices driven through its widgets: who sees which devices, and a revoke
confirmed first and checked in the database (the token no longer signs anyone in)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from crmdesk.core import auth, clock, devices
from crmdesk.core.errors import NotSignedIn
from crmdesk.core.models import Device
from crmdesk.ui.settings import SettingsPage
from crmdesk.ui.settings_common import app_settings
from tests.ui.clipping import clipped_texts
from tests.ui.conftest import wait_tasks

PASSWORD = "secret-pass-1"


@pytest.fixture(autouse=True)
def own_settings(tmp_path):
    """QSettings in the test's folder, never the user's."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    app_settings().clear()


def sign_in(ui_db, ui_team, name: str, device: str) -> devices.SignedIn:
    with ui_db.session() as s:
        rep_id = {"张三": ui_team.zhang, "李四": ui_team.li}[name]
        auth.set_password(s, rep_id, PASSWORD, ui_team.manager)
        return devices.sign_in(s, name, PASSWORD, device, "127.0.0.1")


def open_devices(qtbot, ctx) -> SettingsPage:
    """Settings at 1280×800, on its Devices tab, its list read."""
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.devices)
    wait_tasks(qtbot)
    return page


def rows(page) -> list[tuple[str, str]]:
    table = page.devices.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def select(page, device: str) -> None:
    page.devices.table.setCurrentCell([d for _, d in rows(page)].index(device), 0)


def confirmation(page) -> QMessageBox:
    box = page.findChild(QMessageBox, "confirm_revoke")
    assert box is not None, "no confirmation asked"
    return box


def test_a_manager_sees_the_team_and_revokes_a_device_after_confirming(qtbot, ctx, ui_db, ui_team):
    zhang = sign_in(ui_db, ui_team, "张三", "张三的笔记本")
    li = sign_in(ui_db, ui_team, "李四", "李四-cli")
    page = open_devices(qtbot, ctx)
    assert rows(page) == [("张三", "张三的笔记本"), ("李四", "李四-cli")]  # by name
    button = page.devices.findChild(QPushButton, "revoke_device")
    assert not button.isEnabled()  # nothing chosen yet

    select(page, "张三的笔记本")
    assert button.isEnabled()
    button.click()
    box = confirmation(page)
    assert "张三的笔记本" in box.text() and "张三" in box.text()
    box.button(QMessageBox.StandardButton.Ok).click()
    wait_tasks(qtbot)

    with ui_db.session() as s:
        assert s.get(Device, zhang.device_id).revoked_at is not None
        assert s.get(Device, li.device_id).revoked_at is None
        with pytest.raises(NotSignedIn):
            devices.authenticate(s, zhang.token)
        assert devices.authenticate(s, li.token).rep_id == ui_team.li
    table = page.devices.table
    row = [d for _, d in rows(page)].index("张三的笔记本")
    assert table.item(row, 5).text()  # the time it was revoked
    assert table.item(row, 4).text() == ""  # it no longer expires: it is over
    assert not button.isEnabled()  # revoked once is enough


def test_cancelling_the_confirmation_revokes_nothing(qtbot, ctx, ui_db, ui_team):
    zhang = sign_in(ui_db, ui_team, "张三", "张三的笔记本")
    page = open_devices(qtbot, ctx)
    select(page, "张三的笔记本")
    page.devices.findChild(QPushButton, "revoke_device").click()
    confirmation(page).button(QMessageBox.StandardButton.Cancel).click()
    wait_tasks(qtbot)
    with ui_db.session() as s:
        assert s.get(Device, zhang.device_id).revoked_at is None


def test_a_rep_sees_and_revokes_only_their_own(qtbot, rep_ctx, ui_db, ui_team):
    mine = sign_in(ui_db, ui_team, "张三", "张三的笔记本")
    sign_in(ui_db, ui_team, "李四", "李四-cli")
    page = open_devices(qtbot, rep_ctx)
    assert rows(page) == [("张三", "张三的笔记本")]
    select(page, "张三的笔记本")
    page.devices.findChild(QPushButton, "revoke_device").click()
    confirmation(page).button(QMessageBox.StandardButton.Ok).click()
    wait_tasks(qtbot)
    with ui_db.session() as s:
        assert s.get(Device, mine.device_id).revoked_at is not None


def test_a_device_unused_past_the_idle_period_reads_expired(qtbot, ctx, ui_db, ui_team):
    old = sign_in(ui_db, ui_team, "张三", "旧电脑")
    with ui_db.session() as s:
        s.get(Device, old.device_id).last_used_at = clock.now() - timedelta(days=31)
        s.commit()
    page = open_devices(qtbot, ctx)
    assert page.devices.table.item(0, 4).text() == "Expired"
    assert "unused for 30 day" in page.devices.note.text()  # the idle period


def test_with_no_device_it_says_how_devices_appear(qtbot, ctx):
    page = open_devices(qtbot, ctx)
    empty = page.devices.findChild(QLabel, "devices_empty")
    assert empty.isVisible()
    assert "crmdesk login" in empty.text()
    assert not page.devices.table.isVisible()
    assert not page.devices.findChild(QPushButton, "revoke_device").isVisible()


def test_a_device_signed_in_later_shows_when_the_tab_is_shown_again(qtbot, ctx, ui_db, ui_team):
    page = open_devices(qtbot, ctx)
    assert rows(page) == []
    sign_in(ui_db, ui_team, "李四", "李四-cli")
    page.tabs.setCurrentWidget(page.reps)
    page.tabs.setCurrentWidget(page.devices)
    wait_tasks(qtbot)
    assert rows(page) == [("李四", "李四-cli")]


def test_nothing_is_cut_off_at_1280_by_800(qtbot, ctx, ui_db, ui_team):
    sign_in(ui_db, ui_team, "张三", "张三的 ThinkPad X1 Carbon（办公室）")
    sign_in(ui_db, ui_team, "李四", "crmdesk-cli@li-desktop")
    page = open_devices(qtbot, ctx)
    assert [str(clip) for clip in clipped_texts(page)] == []
