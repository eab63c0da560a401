"""The command line as scripts use it: JSON keys, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest
from sqlalchemy import select, text

from crmdesk.cli import main
from crmdesk.core.customers import create_customer
from crmdesk.core.models import Rep
from crmdesk.core.pools import create_pool, preview_rules
from crmdesk.core.search import resolve_pool
from crmdesk.core.team import add_rep
from crmdesk.storage.startup import open_database


@pytest.fixture
def dbfile(tmp_path):
    path = tmp_path / "cli.sqlite"
    database, _ = open_database(str(path))
    with database.session() as s:
        boss = add_rep(s, "王经理", role="manager")
        zhang = add_rep(s, "张三", actor=boss)
        create_customer(s, {"company": "闲置客户有限公司"}, zhang, now=datetime(2026, 1, 1))
        create_customer(s, {"company": "公海客户有限公司"}, boss, to_pool=True)
    database.dispose()
    return path


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_stats_json_has_the_documented_keys(dbfile, capsys):
    code, out, _ = run(capsys, "--db", str(dbfile), "stats", "--json")
    stats = json.loads(out)
    assert code == 0
    assert stats["total"] == 2
    assert stats["by_status"] == {"active": 1, "pool": 1}
    assert stats["by_pool"] == {"公海": 1}
    assert stats["by_owner"] == {"张三": 1}
    assert set(stats) >= {"by_tier", "by_stage"}


def test_sweep_dry_run_then_real_sweep(dbfile, capsys):
    code, out, _ = run(
        capsys, "--db", str(dbfile), "pool", "sweep", "--dry-run", "--now", "2026-03-01", "--json"
    )
    preview = json.loads(out)
    assert code == 0 and preview["reclaimed"] == 1 and preview["dry_run"] is True
    code, out, _ = run(
        capsys, "--db", str(dbfile), "pool", "sweep", "--now", "2026-03-01", "--json"
    )
    done = json.loads(out)
    assert done["reclaimed"] == 1 and set(done) >= {"reclaimed", "warned", "seconds"}
    _, out, _ = run(capsys, "--db", str(dbfile), "stats", "--json")
    assert json.loads(out)["by_status"] == {"pool": 2}


def test_a_pools_dry_run_is_the_number_settings_previews_for_it(dbfile, capsys):
    database, _ = open_database(str(dbfile))
    with database.session() as s:
        boss = s.scalar(select(Rep.id).where(Rep.role == "manager"))
        south = create_pool(s, "华南公海", boss)
        pool = resolve_pool(s, "公海")
        expected = preview_rules(s, pool, {}, now=datetime(2026, 3, 1)).reclaimed
    database.dispose()
    args = ("--db", str(dbfile), "pool", "sweep", "--dry-run", "--now", "2026-03-01", "--json")
    _, out, _ = run(capsys, *args, "--pool", "公海")
    assert json.loads(out)["reclaimed"] == expected == 1
    _, out, _ = run(capsys, *args, "--pool", str(south))
    assert json.loads(out)["reclaimed"] == 0


def test_the_database_can_come_from_the_environment(dbfile, capsys, monkeypatch):
    monkeypatch.setenv("CRMDESK_DB", str(dbfile))
    code, out, _ = run(capsys, "stats", "--json")
    assert code == 0 and json.loads(out)["total"] == 2


@pytest.mark.parametrize(
    "args",
    [
        ["pool", "sweep", "--now", "yesterday"],
        ["nonsense"],
        ["demo", "--customers", "-5"],
        ["demo", "--customers", "99999999999999999999999"],
        ["pool", "sweep", "--now", "2026-03-01T00:00+08:00"],
    ],
)
def test_usage_mistakes_exit_2(dbfile, args):
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(dbfile), *args])
    assert exited.value.code == 2


def test_a_newer_database_is_one_clear_line_and_exit_1(dbfile, capsys, monkeypatch):
    database, _ = open_database(str(dbfile))
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zz_future'"))
    database.dispose()
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, out, err = run(capsys, "--db", str(dbfile), "stats", "--json")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "更新版本" in err and "Traceback" not in err


def test_backup_and_restore_round_trip(dbfile, tmp_path, capsys):
    code, out, _ = run(capsys, "--db", str(dbfile), "backup", str(tmp_path / "safe.sqlite"))
    assert code == 0 and (tmp_path / "safe.sqlite").exists()
    run(capsys, "--db", str(dbfile), "pool", "sweep", "--now", "2026-03-01")
    code, out, _ = run(capsys, "--db", str(dbfile), "restore", str(tmp_path / "safe.sqlite"))
    assert code == 0 and "previous database kept" in out
    _, out, _ = run(capsys, "--db", str(dbfile), "stats", "--json")
    assert json.loads(out)["by_status"] == {"active": 1, "pool": 1}


def test_restore_refuses_a_stranger_and_changes_nothing(dbfile, tmp_path, capsys):
    stranger = tmp_path / "notes.txt"
    stranger.write_text("not a database")
    before = dbfile.read_bytes()
    code, _, err = run(capsys, "--db", str(dbfile), "restore", str(stranger))
    assert code == 1 and "not a CRMDesk database" in err
    assert dbfile.read_bytes() == before


def test_the_installed_command_runs():
    done = subprocess.run(
        [sys.executable, "-m", "crmdesk", "--version"], capture_output=True, text=True
    )
    assert done.returncode == 0 and done.stdout.startswith("crmdesk ")


@pytest.mark.parametrize("content", [b"# notes\nnot a database\n", b"\x00" * 4096])
def test_a_file_that_is_not_a_database_is_refused_in_one_line(tmp_path, capsys, content):
    stranger = tmp_path / "README.md"
    stranger.write_bytes(content)
    code, out, err = run(capsys, "--db", str(stranger), "stats", "--json")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
    assert stranger.read_bytes() == content


def test_an_unreachable_server_is_one_line(capsys):
    code, _, err = run(
        capsys, "--db", "postgresql://nobody:wrong@127.0.0.1:1/none", "stats", "--json"
    )
    assert code == 1 and err.startswith("crmdesk: cannot use the database")


def test_backup_copies_as_is_and_never_creates_a_database(dbfile, tmp_path, capsys):
    missing = tmp_path / "typo.sqlite"
    code, _, err = run(capsys, "--db", str(missing), "backup", str(tmp_path / "b.sqlite"))
    assert code == 1 and "no such database file" in err and not missing.exists()


@pytest.mark.parametrize("db", ["foo://x", "mysql://u@h/x", "/dev/null/x.sqlite"])
def test_a_wrong_database_location_is_one_line(capsys, db):
    code, _, err = run(capsys, "--db", db, "stats", "--json")
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err


def test_a_foreign_sqlite_file_is_refused_untouched(tmp_path, capsys):
    import sqlite3

    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE foo (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    code, _, err = run(capsys, "--db", str(path), "stats", "--json")
    assert code == 1 and str(path) in err
    assert path.read_bytes() == before
