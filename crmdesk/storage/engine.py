"""Where the database is and how connections behave (pragmas, write transactions)."""

from __future__ import annotations

import itertools
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from crmdesk.core import indexing
from crmdesk.core.errors import InvalidValue

ENV_VAR = "CRMDESK_DB"
WRITE = "crmdesk_write"
# How long a connection waits for another desk's write (a migration, a big import)
# before SQLite says the file is locked.
BUSY_SECONDS = 30


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("CRMDesk", appauthor=False)) / "crmdesk.sqlite"


def resolve_url(db: str | None = None) -> str:
    """`--db` wins over CRMDESK_DB, which wins over the file in the user's data folder."""
    value = db or os.environ.get(ENV_VAR) or str(default_db_path())
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    try:
        url = make_url(value)
    except ArgumentError:
        url = None
    if url is None or not url.drivername.startswith(("postgresql", "postgres", "sqlite")):
        raise InvalidValue(
            field="--db", why="give a SQLite file or a postgresql+psycopg:// URL"
        ) from None
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    return url.render_as_string(hide_password=False)


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_path(engine: Engine) -> Path | None:
    if not is_sqlite(engine) or not engine.url.database:
        return None
    return Path(engine.url.database)


PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700


def make_private_folder(folder: Path) -> None:
    """Folders we make for databases or backups (and any missing parents) are their
    owner's alone (0700); one that exists keeps its mode (the user chose it)."""
    missing = list(itertools.takewhile(lambda p: not p.is_dir(), [folder, *folder.parents]))
    for part in reversed(missing):
        part.mkdir(mode=PRIVATE_FOLDER, exist_ok=True)


def create_private_file(path: Path) -> None:
    """Create an empty file only its owner may read or write (0600), whatever the umask,
    so customer data never sits in a file others can read, not even for a moment. An
    existing file is left as it is."""
    make_private_folder(path.parent)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return
    os.close(descriptor)
    path.chmod(PRIVATE_FILE)  # os.open's mode passes through the umask


def make_engine(url: str, cache_mb: int = 64) -> Engine:
    if url.startswith("sqlite"):
        path = make_url(url).database
        engine = create_engine(url, connect_args={"timeout": BUSY_SECONDS})
        if path and path != ":memory:":
            make_private_folder(Path(path).parent)
            _create_file_first(engine, Path(path))
        _configure_sqlite(engine, cache_mb)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    # psycopg prepares a statement on the server after five runs, and PostgreSQL may then
    # plan it once for any parameters: a search's LIKE '%word%' planned without its word
    # lost its index, and a search that took 30 ms took 4.5 s (a count 9 s). Each
    # statement is planned with its values instead; planning costs well under a ms.
    set_on_connect(engine, plan_cache_mode="force_custom_plan")
    return engine


def set_on_connect(engine: Engine, **settings: str) -> None:
    """PostgreSQL settings every new connection of `engine` starts with."""

    def apply(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            for name, value in settings.items():
                cursor.execute(f"SET {name} = {value}")
        dbapi_connection.commit()

    event.listen(engine, "connect", apply)


def _create_file_first(engine: Engine, path: Path) -> None:
    """A new database file is made 0600 before SQLite opens it (SQLite would make it with
    the umask's mode, often readable by everyone). Its -wal and -shm files take the
    database file's mode from SQLite itself. Done when connecting, not when the engine
    is made: an engine made just to learn where the file is (`crmdesk backup` of a
    mistyped path) leaves no file behind."""

    @event.listens_for(engine, "do_connect")
    def _private(_dialect, _record, _cargs, _cparams):  # type: ignore[no-untyped-def]
        create_private_file(path)


def _sqlite_from_hint(self: SQLiteCompiler, table: object, text: str | None) -> str | None:
    return text


# SQLAlchemy renders table hints (`Select.with_hint`) only for dialects that declare
# them; SQLite's "NOT INDEXED" and "INDEXED BY" go in the same place after the table
# name, and search (core/search.py) needs them to keep the planner off a bad index.
SQLiteCompiler.get_from_hint_text = _sqlite_from_hint  # type: ignore[method-assign]


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """Switching a file to WAL upgrades a lock, and SQLite answers "database is locked" at
    once instead of calling the busy handler when another connection holds the file (it
    would deadlock otherwise): desks opening a new file together met it. Try again until
    the busy time is up."""
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _configure_sqlite(engine: Engine, cache_mb: int) -> None:
    """WAL, foreign keys, a busy timeout, a larger cache, and BEGIN IMMEDIATE for writes.

    pysqlite's own transaction handling is switched off so that a write transaction
    takes the write lock at BEGIN: two deferred transactions that both read and then
    write would otherwise fail with "database is locked" instead of waiting.
    """

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_SECONDS * 1000}")
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # 64 MB of page cache (the default is 2 MB): a million customers' indexes stay
        # in memory while bulk writes and large lists walk them. The window, with a
        # connection per worker thread, asks for less (and leans on the OS cache).
        cursor.execute(f"PRAGMA cache_size=-{int(cache_mb) * 1024}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # type: ignore[no-untyped-def]
        immediate = conn.get_execution_options().get(WRITE)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class Database:
    """An engine and its session factory: the narrow thing services' callers need."""

    def __init__(self, url: str, *, cache_mb: int = 64) -> None:
        self.url = url
        self.engine = make_engine(url, cache_mb)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # Every write of a customer keeps the search index and duplicate keys in step.
        indexing.install()

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
