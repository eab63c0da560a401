"""Backups are consistent copies; restore refuses strangers and keeps what it replaces."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from crmdesk.core.customers import create_customer
from crmdesk.core.errors import InvalidValue, NotACrmdeskDatabase
from crmdesk.core.team import add_rep
from crmdesk.storage.backup import backup_sqlite, restore_sqlite
from crmdesk.storage.startup import open_database

NOW = datetime(2026, 11, 23, 18, 0)


def companies(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT company FROM customers ORDER BY id")]
    finally:
        con.close()


@pytest.fixture
def live(tmp_path):
    path = tmp_path / "live.sqlite"
    database, _ = open_database(str(path))
    with database.session() as s:
        boss = add_rep(s, "王经理", role="manager")
        create_customer(s, {"company": "上海申达贸易有限公司"}, boss)
    yield path, database, boss
    database.dispose()


def test_backup_then_restore_brings_back_the_data(live, tmp_path):
    path, database, boss = live
    copy = backup_sqlite(database.engine, tmp_path / "b" / "copy.sqlite")
    with database.session() as s:
        create_customer(s, {"company": "备份之后的客户"}, boss)
    database.dispose()

    kept = restore_sqlite(copy, path, NOW)

    assert companies(path) == ["上海申达贸易有限公司"]
    assert kept is not None and companies(kept) == ["上海申达贸易有限公司", "备份之后的客户"]
    reopened, _ = open_database(str(path))
    reopened.dispose()


def test_backup_includes_what_is_still_in_the_wal(live, tmp_path):
    _, database, boss = live
    with database.session() as s:
        create_customer(s, {"company": "刚写入的客户"}, boss)
    copy = backup_sqlite(database.engine, tmp_path / "copy.sqlite")
    assert "刚写入的客户" in companies(copy)


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04 this is a zip, not a database", b"SQLite format 3\x00" + b"\x00" * 200],
)
def test_restore_refuses_a_file_that_is_not_a_crmdesk_database(live, tmp_path, content):
    path, database, _ = live
    database.dispose()
    before = path.read_bytes()
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_bytes(content)
    with pytest.raises(NotACrmdeskDatabase):
        restore_sqlite(bogus, path, NOW)
    assert path.read_bytes() == before


def test_restore_of_a_missing_file_says_so(live, tmp_path):
    path, _, _ = live
    with pytest.raises(InvalidValue):
        restore_sqlite(tmp_path / "nope.sqlite", path, NOW)


def test_a_restore_while_a_desk_has_the_database_open_stays_consistent(live, tmp_path):
    path, database, boss = live
    copy = backup_sqlite(database.engine, tmp_path / "copy.sqlite")
    with database.session() as s:
        create_customer(s, {"company": "备份之后的客户"}, boss)

    restore_sqlite(copy, path, NOW)
    with database.session() as s:  # the desk that stayed open writes on
        create_customer(s, {"company": "恢复之后的客户"}, boss)

    assert companies(path) == ["上海申达贸易有限公司", "恢复之后的客户"]


def test_a_damaged_database_can_still_be_restored(live, tmp_path):
    path, database, _ = live
    copy = backup_sqlite(database.engine, tmp_path / "copy.sqlite")
    database.dispose()
    path.write_bytes(b"\x00garbage" * 5000)
    kept = restore_sqlite(copy, path, NOW)
    assert companies(path) == ["上海申达贸易有限公司"]
    assert kept is not None and kept.read_bytes().startswith(b"\x00garbage")
