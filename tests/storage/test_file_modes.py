"""Database files, their backups and a restore's kept copy are their owner's alone.

Files only: a PostgreSQL server keeps its data in its own folder, so these run on SQLite.
"""

from __future__ import annotations

import os
import stat
from datetime import datetime
from pathlib import Path

import pytest

from crmdesk.cli import main
from crmdesk.core.customers import create_customer
from crmdesk.core.team import add_rep
from crmdesk.storage.backup import backup_sqlite, daily_backup, restore_sqlite
from crmdesk.storage.startup import open_database

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")
NOW = datetime(2026, 11, 23, 18, 0)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def everyone_may_read_by_default():
    """The usual umask, under which a plain open() makes files anyone can read."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def live(tmp_path):
    path = tmp_path / "new" / "folder" / "live.sqlite"
    database, _ = open_database(str(path))
    with database.session() as s:
        boss = add_rep(s, "王经理", role="manager")
        create_customer(s, {"company": "上海申达贸易有限公司"}, boss)
    yield path, database
    database.dispose()


def test_a_new_database_and_its_wal_files_are_the_owner_s_only(live, tmp_path):
    path, database = live
    with database.engine.connect() as conn:  # the -wal and -shm exist while it is open
        conn.exec_driver_sql("SELECT count(*) FROM customers")
        files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(f.exists() for f in files)
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    assert mode(path.parent) == mode(tmp_path / "new") == 0o700


def test_an_existing_database_keeps_the_mode_its_owner_gave_it(live):
    path, database = live
    database.dispose()
    path.chmod(0o640)
    reopened, _ = open_database(str(path))
    with reopened.session() as s:
        create_customer(s, {"company": "杭州鼎盛科技有限公司"}, 1)
    reopened.dispose()
    assert mode(path) == 0o640


def test_a_database_made_by_the_command_line_is_the_owner_s_only(tmp_path, capsys):
    path = tmp_path / "team.sqlite"
    assert main(["--db", str(path), "team", "add", "王经理", "--role", "manager"]) == 0
    assert mode(path) == 0o600


def test_backups_and_their_folder_are_the_owner_s_only(live, tmp_path):
    path, database = live
    dest = tmp_path / "elsewhere" / "copy.sqlite"
    dest.parent.mkdir(mode=0o755)
    Path(f"{dest}.partial").write_bytes(b"left by a backup cut short")  # 0644
    dest.write_bytes(b"an older copy of the same name")  # 0644

    assert mode(backup_sqlite(database.engine, dest)) == 0o600
    daily = daily_backup(database.engine, path.parent / "backups", NOW)
    assert daily is not None and mode(daily) == 0o600
    assert mode(path.parent / "backups") == 0o700
    assert mode(dest.parent) == 0o755  # a folder the user made keeps its mode


def test_the_backup_command_writes_an_owner_only_file(live, tmp_path, capsys):
    path, _ = live
    assert main(["--db", str(path), "backup"]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == path.parent / "backups" and mode(made) == 0o600


def test_a_restore_keeps_the_previous_database_owner_only(live, tmp_path):
    path, database = live
    copy = backup_sqlite(database.engine, tmp_path / "copy.sqlite")
    database.dispose()
    kept = restore_sqlite(copy, path, NOW)
    assert kept is not None and mode(kept) == 0o600

    missing = tmp_path / "fresh" / "restored.sqlite"
    assert restore_sqlite(copy, missing, NOW) is None
    assert mode(missing) == 0o600 and mode(missing.parent) == 0o700


def test_a_damaged_database_is_kept_owner_only_too(live, tmp_path):
    path, database = live
    copy = backup_sqlite(database.engine, tmp_path / "copy.sqlite")
    database.dispose()
    path.write_bytes(b"\x00garbage" * 5000)
    Path(f"{path}-wal").write_bytes(b"\x00wal garbage")
    kept = restore_sqlite(copy, path, NOW)
    assert kept is not None and kept.read_bytes().startswith(b"\x00garbage")
    assert mode(kept) == mode(Path(f"{kept}-wal")) == 0o600
