"""Start-up: the first manager, signing in on a server, the remembered laptop profile."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from crmdesk.app import DEMO_CUSTOMERS
from crmdesk.core.auth import set_password, verify_password
from crmdesk.core.errors import DatabaseTooNew, SignInFailed
from crmdesk.core.models import Customer, Rep
from crmdesk.storage.engine import Database
from crmdesk.storage.startup import open_database
from crmdesk.ui import i18n
from crmdesk.ui.signin import (
    FirstRunDialog,
    ProfileDialog,
    SignInDialog,
    StartChoice,
    choose_profile,
    explain_startup_error,
    remember_profile,
    remembered_profile,
    start_up,
)
from tests.conftest import Team, make_team

SECRET = "s3cret-pass"
WRONG = "The name or the password is not right."
on_postgresql = pytest.mark.parametrize("db", ["postgresql"], indirect=True)


@pytest.fixture(autouse=True)
def settings(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    """QSettings in a temporary folder, so no test reads or writes the user's."""
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    home = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    for fmt in formats:
        QSettings.setPath(fmt, QSettings.Scope.UserScope, home)


def opened(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


def press_ok(qtbot: QtBot, dialog: FirstRunDialog | SignInDialog | ProfileDialog) -> None:
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)


def finish(qtbot: QtBot, dialog: FirstRunDialog | SignInDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)


def answer(kind: type[QDialog], fill: Callable[[QDialog], None]) -> None:
    """Fill the dialog `kind` once start_up's exec() has shown it."""

    def attempt() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if shown:
            fill(shown[0])
        else:
            QTimer.singleShot(10, attempt)

    QTimer.singleShot(0, attempt)


def people(database: Database) -> list[tuple[str, str, str | None]]:
    with database.session() as session:
        return list(session.execute(select(Rep.name, Rep.role, Rep.password_hash)).tuples())


# --- first run ---------------------------------------------------------------------------


def test_first_run_creates_the_manager(qtbot: QtBot, ui_db: Database):
    dialog = opened(qtbot, FirstRunDialog(ui_db, lang="en"))
    assert not dialog.password.isVisible()  # a laptop's file: nobody signs in
    dialog.name.setText("陈主管")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press_ok(qtbot, dialog)
    assert people(ui_db) == [("陈主管", "manager", None)]
    assert dialog.rep_id is not None
    assert not dialog.import_after
    assert remembered_profile(ui_db) == dialog.rep_id


def test_first_run_loads_a_demo_when_chosen(qtbot: QtBot, ui_db: Database):
    dialog = opened(qtbot, FirstRunDialog(ui_db, lang="en", demo_customers=60))
    dialog.name.setText("陈主管")
    dialog.load_demo.click()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press_ok(qtbot, dialog)
        assert dialog.progress.isVisible()
        assert not dialog.name.isEnabled()
    with ui_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 60
        boss = session.get(Rep, dialog.rep_id)
        assert (boss.name, boss.role) == ("陈主管", "manager")
        assert session.scalar(select(func.count()).select_from(Rep)) > 5


def test_first_run_can_ask_for_the_import_wizard(qtbot: QtBot, ui_db: Database):
    dialog = opened(qtbot, FirstRunDialog(ui_db, lang="en"))
    assert not dialog.import_note.isVisible()
    dialog.import_later.click()
    assert dialog.import_note.isVisible()
    dialog.name.setText("陈主管")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press_ok(qtbot, dialog)
    assert dialog.import_after
    with ui_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 0


def cut_off(label: QLabel) -> bool:
    """The label's text needs more room than it was given."""
    room = label.contentsRect()
    if label.wordWrap():
        return label.heightForWidth(room.width()) > room.height()
    lines = label.text().splitlines()
    wide = max(label.fontMetrics().horizontalAdvance(line) for line in lines)
    return wide > room.width() or label.fontMetrics().height() * len(lines) > room.height()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_import_note_is_shown_in_full(qtbot: QtBot, ui_db: Database, lang: str):
    i18n.install(lang)
    try:
        dialog = opened(qtbot, FirstRunDialog(ui_db, lang=lang))
        qtbot.waitExposed(dialog)
        dialog.import_later.click()
        QApplication.processEvents()
        shown = [label for label in dialog.findChildren(QLabel) if label.isVisible()]
        assert dialog.import_note in shown
        for label in shown:
            assert not cut_off(label), label.text()
    finally:
        i18n.install("en")


def test_the_demo_offered_is_the_demo_made(qtbot: QtBot, ui_db: Database):
    dialog = opened(qtbot, FirstRunDialog(ui_db, lang="en"))
    assert f"({DEMO_CUSTOMERS:,} customers)" in dialog.load_demo.text()
    dialog.name.setText("陈主管")
    dialog.load_demo.click()
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        press_ok(qtbot, dialog)
    with ui_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == DEMO_CUSTOMERS


def test_first_run_refuses_an_empty_name(qtbot: QtBot, ui_db: Database):
    dialog = opened(qtbot, FirstRunDialog(ui_db, lang="zh", demo_customers=60))
    dialog.name.setText("   ")
    dialog.load_demo.click()
    press_ok(qtbot, dialog)
    finish(qtbot, dialog)
    assert dialog.isVisible() and dialog.name.isEnabled()
    assert dialog.error.text() == "请填写姓名。"
    assert not dialog.progress.isVisible()
    assert people(ui_db) == []


@on_postgresql
def test_first_run_on_a_server_sets_the_managers_password(qtbot: QtBot, db: Database):
    dialog = opened(qtbot, FirstRunDialog(db, lang="en"))
    assert dialog.password.isVisible()
    dialog.name.setText("陈主管")
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.password_again, "shorter")
    press_ok(qtbot, dialog)
    assert dialog.error.text() == "The two passwords are not the same."
    dialog.password_again.setText("short")
    press_ok(qtbot, dialog)
    finish(qtbot, dialog)
    assert dialog.error.text() == "A password needs at least 8 characters."
    assert people(db) == []
    dialog.password.setText(SECRET)
    dialog.password_again.setText(SECRET)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press_ok(qtbot, dialog)
    with db.session() as session:
        assert verify_password(session, "陈主管", SECRET) == dialog.rep_id


# --- signing in on a server ----------------------------------------------------------------


@pytest.fixture
def server_team(db: Database) -> Team:
    with db.session() as session:
        team = make_team(session)
        set_password(session, team.zhang, SECRET, team.zhang)
    return team


@on_postgresql
def test_sign_in_refuses_a_wrong_password_and_accepts_the_right_one(
    qtbot: QtBot, db: Database, server_team: Team
):
    dialog = opened(qtbot, SignInDialog(db, lang="en"))
    dialog.name.setText("张三")
    qtbot.keyClicks(dialog.password, "not-the-password")
    press_ok(qtbot, dialog)
    finish(qtbot, dialog)
    assert dialog.error.text() == WRONG
    assert dialog.isVisible() and dialog.rep_id is None
    assert dialog.password.text() == ""
    dialog.name.setText("无此人")
    dialog.password.setText(SECRET)
    press_ok(qtbot, dialog)
    finish(qtbot, dialog)
    assert dialog.error.text() == WRONG  # an unknown name reads the same
    dialog.name.setText("张三")
    dialog.password.setText(SECRET)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        press_ok(qtbot, dialog)
    assert dialog.rep_id == server_team.zhang
    again = opened(qtbot, SignInDialog(db, lang="en"))
    assert again.name.text() == "张三"  # the name is remembered, never the password


@on_postgresql
def test_a_server_always_asks_to_sign_in(qtbot: QtBot, db: Database, server_team: Team):
    def sign_in(dialog: QDialog) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.name.setText("张三")
        dialog.password.setText(SECRET)
        dialog.accept()

    answer(SignInDialog, sign_in)
    assert start_up(db, lang="en") == StartChoice(server_team.zhang)


def test_sign_in_message_in_chinese():
    assert SignInFailed().message("zh") == "姓名或密码不正确。"


# --- the laptop's profile ------------------------------------------------------------------


def test_the_profile_is_remembered(qtbot: QtBot, ui_db: Database, ui_team: Team):
    dialog = opened(qtbot, ProfileDialog(ui_db, lang="en"))
    names = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert names == sorted(names) and "张三 (Rep)" in names and "王经理 (Manager)" in names
    zhang = next(i for i in range(dialog.people.count()) if names[i] == "张三 (Rep)")
    dialog.people.setCurrentRow(zhang)
    with qtbot.waitSignal(dialog.accepted):
        press_ok(qtbot, dialog)
    assert dialog.rep_id == ui_team.zhang
    assert remembered_profile(ui_db) == ui_team.zhang
    again = opened(qtbot, ProfileDialog(ui_db, lang="en"))
    assert again.people.currentItem().text() == "张三 (Rep)"
    # Next start: no dialog at all (exec() would block this test).
    assert start_up(ui_db, lang="en") == StartChoice(ui_team.zhang)


def test_a_remembered_rep_who_left_is_asked_again(qtbot: QtBot, ui_db: Database, ui_team: Team):
    remember_profile(ui_db, ui_team.wang)
    with ui_db.session() as session:
        session.get(Rep, ui_team.wang).active = False
        session.commit()
    listed: list[str] = []

    def pick_li(dialog: QDialog) -> None:
        assert isinstance(dialog, ProfileDialog)
        listed.extend(dialog.people.item(i).text() for i in range(dialog.people.count()))
        dialog.people.setCurrentRow(listed.index("李四 (Rep)"))
        dialog.accept()

    answer(ProfileDialog, pick_li)
    assert start_up(ui_db, lang="en") == StartChoice(ui_team.li)
    assert "王五 (Rep)" not in listed and len(listed) == 3
    assert remembered_profile(ui_db) == ui_team.li


def test_start_up_on_a_new_database_runs_the_first_run(qtbot: QtBot, ui_db: Database):
    def set_up(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstRunDialog)
        dialog.name.setText("陈主管")
        dialog.import_later.click()
        dialog.accept()

    answer(FirstRunDialog, set_up)
    choice = start_up(ui_db, lang="en")
    assert choice is not None and choice.import_after
    assert people(ui_db) == [("陈主管", "manager", None)]


# --- why a database does not open ----------------------------------------------------------


def test_start_up_errors_are_explained(tmp_path: Path):
    assert "newer CRMDesk" in explain_startup_error(DatabaseTooNew(revision="9999"), "en")
    assert "更新版本" in explain_startup_error(DatabaseTooNew(revision="9999"), "zh")
    other = tmp_path / "notes.sqlite"
    other.write_text("not a database")
    with pytest.raises(Exception) as not_ours:
        open_database(str(other))
    assert explain_startup_error(not_ours.value, "en") == (
        f"{other} is not a CRMDesk database (not a SQLite file)."
    )
    locked = OperationalError("BEGIN IMMEDIATE", {}, sqlite3.OperationalError("database is locked"))
    assert "in use by another program" in explain_startup_error(locked, "en")


def test_an_unreachable_server_is_explained():
    with pytest.raises(Exception) as unreachable:
        open_database("postgresql+psycopg://crmdesk:x@127.0.0.1:1/crmdesk")
    text = explain_startup_error(unreachable.value, "en")
    assert text.startswith("CRMDesk cannot reach the database server.")
    assert "127.0.0.1" in text


# --- switching person while the window is open --------------------------------------------


def test_a_manager_switches_to_a_rep_on_a_local_file(qtbot: QtBot, ui_db: Database, ui_team: Team):
    remember_profile(ui_db, ui_team.manager)
    seen: list[str] = []

    def pick_zhang(dialog: QDialog) -> None:
        assert isinstance(dialog, ProfileDialog)
        seen.append(dialog.windowTitle())
        seen.append(dialog.people.currentItem().text())
        names = [dialog.people.item(i).text() for i in range(dialog.people.count())]
        dialog.people.setCurrentRow(names.index("张三 (Rep)"))
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)

    answer(ProfileDialog, pick_zhang)
    assert choose_profile(ui_db, None, "en") == ui_team.zhang
    assert seen == ["Switch person", "王经理 (Manager)"]
    assert remembered_profile(ui_db) == ui_team.zhang


def test_switching_person_can_be_cancelled(qtbot: QtBot, ui_db: Database, ui_team: Team):
    answer(ProfileDialog, lambda dialog: dialog.reject())
    assert choose_profile(ui_db, None, "en") is None


@on_postgresql
def test_switching_person_on_a_server_signs_in(qtbot: QtBot, db: Database, server_team: Team):
    def sign_in(dialog: QDialog) -> None:
        assert isinstance(dialog, SignInDialog)
        dialog.name.setText("张三")
        dialog.password.setText(SECRET)
        dialog.accept()

    answer(SignInDialog, sign_in)
    assert choose_profile(db, None, "en") == server_team.zhang
