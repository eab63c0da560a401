"""The schema survives upgrades: every revision upgrades to head and matches the models."""

from __future__ import annotations

import sqlite3
import threading
import traceback
from contextlib import closing

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from crmdesk.core.errors import DatabaseTooNew, NotACrmdeskDatabase
from crmdesk.core.models import Base
from crmdesk.storage.engine import Database, resolve_url
from crmdesk.storage.migrate import alembic_config, head_revision, include_name, upgrade
from crmdesk.storage.startup import open_database
from tests.conftest import create_pg_database, drop_pg_database, pg_admin_url

REVISIONS = [
    s.revision
    for s in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))
]


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request, tmp_path):
    if request.param == "sqlite":
        database = Database(resolve_url(str(tmp_path / "new.sqlite")))
        yield database
        database.dispose()
    else:
        admin = pg_admin_url()
        url = create_pg_database(admin)
        database = Database(url)
        yield database
        database.dispose()
        drop_pg_database(admin, url)


def schema_differences(database: Database) -> list:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        return compare_metadata(context, Base.metadata)


def test_an_empty_database_is_migrated_to_the_models(empty_db):
    result = upgrade(empty_db)
    assert result.from_revision is None and result.to_revision == head_revision()
    assert result.backup is None
    assert schema_differences(empty_db) == []


@pytest.mark.parametrize("start", REVISIONS)
def test_every_revision_upgrades_to_head_keeping_the_data(empty_db, start):
    upgrade(empty_db, start)
    with empty_db.engine.begin() as conn:
        conn.execute(text("INSERT INTO pools (id, name, is_default) VALUES (1, '公海', true)"))
        conn.execute(
            text(
                "INSERT INTO customers (id, company, pool_id, status, status_changed_at, stage,"
                " tier, locked, created_at, failed_attempts, deal_count, deal_total,"
                " open_payments) VALUES (7, '老客户有限公司', 1, 'pool', '2025-01-01', 'lead',"
                " 'C', false, '2025-01-01', 0, 0, 0, 0)"
            )
        )
    result = upgrade(empty_db)
    assert result.to_revision == head_revision()
    if start != head_revision() and empty_db.engine.dialect.name == "sqlite":
        assert result.backup is not None and result.backup.exists()
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("SELECT company FROM customers WHERE id = 7")).scalar() == (
            "老客户有限公司"
        )
    assert schema_differences(empty_db) == []


def test_a_database_from_a_newer_program_is_refused_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    database, _ = open_database(str(path))
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d_from_the_future'"))
    database.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as refused:
        open_database(str(path))
    assert "newer" in refused.value.message("en")
    assert "更新版本" in refused.value.message("zh")
    assert path.read_bytes() == before


def test_a_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    database = Database(resolve_url(str(path)))
    with database.engine.begin() as conn:
        conn.execute(text("CREATE TABLE notes (id integer primary key, body text)"))
    database.dispose()
    with pytest.raises(NotACrmdeskDatabase):
        open_database(str(path))


def test_sqlite_connections_use_wal_and_foreign_keys(tmp_path):
    database, _ = open_database(str(tmp_path / "p.sqlite"))
    with database.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    database.dispose()


def _open(url: str, barrier, results) -> None:
    from crmdesk.storage.startup import open_database

    barrier.wait()
    try:
        database, _ = open_database(url)
        database.dispose()
        results.put("ok")
    except Exception:  # reported to the test, which fails on it, with where it happened
        results.put(traceback.format_exc())


def test_desks_starting_together_on_a_new_database_all_open_it(empty_db):
    import multiprocessing as mp

    ctx = mp.get_context("spawn")
    desks = 4
    barrier, results = ctx.Barrier(desks), ctx.Queue()
    url = empty_db.engine.url.render_as_string(hide_password=False)
    workers = [ctx.Process(target=_open, args=(url, barrier, results)) for _ in range(desks)]
    for w in workers:
        w.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=30)
    assert outcomes == ["ok"] * desks
    with empty_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pools")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM reasons WHERE kind = 'void'")).scalar() == 7
    assert schema_differences(empty_db) == []


def test_a_batch_migration_works_on_a_database_with_related_rows(tmp_path):
    """SQLite batch mode copies a table; foreign keys must not stop it."""
    from alembic.operations import Operations
    from sqlalchemy import String

    from crmdesk.core.customers import create_customer
    from crmdesk.core.team import add_rep
    from crmdesk.storage.migrate import migration_connection

    database, _ = open_database(str(tmp_path / "full.sqlite"))
    with database.session() as s:
        boss = add_rep(s, "王经理", role="manager")
        create_customer(s, {"company": "有历史的客户"}, boss)
    with migration_connection(database) as conn:
        ops = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
        with ops.batch_alter_table("customers") as batch:
            batch.alter_column("company", type_=String(300))
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT company FROM customers")).scalar() == "有历史的客户"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    database.dispose()


def test_a_desk_waits_for_another_holding_a_new_file_before_switching_it_to_wal(tmp_path):
    """SQLite answers a switch to WAL with "database is locked" at once, without its busy
    wait, while another connection writes to the file: the desk tries again instead."""
    path = tmp_path / "new.sqlite"
    held, release = threading.Event(), threading.Event()

    def other_program() -> None:
        with closing(sqlite3.connect(path, isolation_level=None)) as conn:
            conn.execute("CREATE TABLE t (x)")
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO t VALUES (1)")
            held.set()
            release.wait(10)
            conn.execute("COMMIT")

    writer = threading.Thread(target=other_program)
    writer.start()
    assert held.wait(10)
    threading.Timer(0.5, release.set).start()
    database = Database(resolve_url(str(path)))
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        writer.join(10)
        database.dispose()
