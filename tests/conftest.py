"""Every behaviour test runs on SQLite and on a real PostgreSQL server.

PostgreSQL comes from CRMDESK_TEST_PG, a URL of a role that may create databases (see
.ci/run). Without it the PostgreSQL half is skipped locally, and fails under CI=true.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError
from sqlalchemy.orm import Session

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crmdesk.core.models import Base
from crmdesk.core.pools import create_pool, set_member
from crmdesk.core.team import add_rep, default_pool_id, ensure_defaults
from crmdesk.storage.engine import Database, resolve_url
from crmdesk.storage.startup import open_database

PG_ENV = "CRMDESK_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


def pg_admin_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests")
        pytest.skip(f"{PG_ENV} not set")
    return resolve_url(url)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "crmdesk.sqlite"
    database, _ = open_database(str(path))
    database.dispose()
    return path


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """An admin URL; each use makes its own database (see fresh_pg_database)."""
    yield pg_admin_url()


def create_pg_database(admin_url: str) -> str:
    name = f"crmdesk_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(admin_url: str, url: str) -> None:
    """Drop a test database, waiting out an autovacuum worker busy in it.

    WITH (FORCE) ends the server processes still connected, but a role that is not a
    superuser (nor in pg_signal_backend) may not end an autovacuum worker: the drop
    is refused until the worker is done, which takes a moment.
    """
    name = make_url(url).database
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        for attempt in range(50):
            try:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                return
            except ProgrammingError:
                if attempt == 49:
                    raise
                time.sleep(0.2)
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def pg_database(pg_server: str) -> Iterator[str]:
    url = create_pg_database(pg_server)
    database, _ = open_database(url)
    database.dispose()
    yield url
    drop_pg_database(pg_server, url)


def _empty_pg(database: Database) -> None:
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with database.engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    with database.session() as session:
        ensure_defaults(session)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A migrated database with the defaults and nothing else."""
    if request.param == "sqlite":
        path = tmp_path / "crmdesk.sqlite"
        shutil.copyfile(sqlite_template, path)
        database = Database(resolve_url(str(path)))
    else:
        database = Database(request.getfixturevalue("pg_database"))
        _empty_pg(database)
    yield database
    database.dispose()


@pytest.fixture
def session(db: Database) -> Iterator[Session]:
    with db.session() as s:
        yield s


@dataclass
class Team:
    manager: int
    zhang: int
    li: int
    wang: int
    default_pool: int
    south_pool: int


@pytest.fixture
def team(session: Session) -> Team:
    return make_team(session)


def make_team(session: Session) -> Team:
    """A manager, three reps, the default pool and 华南公海 with 李四 as its admin."""
    t0 = datetime(2026, 1, 1, 9, 0)
    manager = add_rep(session, "王经理", role="manager", now=t0)
    zhang = add_rep(session, "张三", region="华东", actor=manager, now=t0)
    li = add_rep(session, "李四", region="华南", actor=manager, now=t0)
    wang = add_rep(session, "王五", region="华北", actor=manager, now=t0)
    south = create_pool(session, "华南公海", manager)
    set_member(session, south, li, manager, admin=True)
    set_member(session, south, zhang, manager)
    return Team(manager, zhang, li, wang, default_pool_id(session), south)
