"""Opening a database: resolve where it is, upgrade its schema, add the defaults."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from sqlalchemy import text

from crmdesk.core.errors import NotACrmdeskDatabase
from crmdesk.core.team import ensure_defaults
from crmdesk.storage.engine import BUSY_SECONDS, Database, resolve_url, sqlite_path
from crmdesk.storage.migrate import MigrationResult, upgrade

SQLITE_HEADER = b"SQLite format 3\x00"
# Any fixed number: every desk of a team takes this PostgreSQL lock while it starts up.
STARTUP_LOCK = 0x43524D44


def sniff_sqlite(path: Path) -> None:
    """Refuse a file that is not ours before connecting, which would turn on WAL."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    with path.open("rb") as fh:
        if fh.read(16) != SQLITE_HEADER:
            raise NotACrmdeskDatabase(path=str(path), detail="not a SQLite file")
    try:
        # as long as the engine would: another desk may be creating the tables right now
        uri = f"file:{path}?mode=ro"
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS)) as con:
            tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as error:
        raise NotACrmdeskDatabase(path=str(path), detail=str(error)) from None
    if tables and "customers" not in tables:
        raise NotACrmdeskDatabase(path=str(path), detail="no CRMDesk tables")


@contextmanager
def _one_desk_at_a_time(database: Database) -> Iterator[None]:
    """Desks starting together on a new server would race to create the same tables
    and default pool; the second waits and then finds them made. (SQLite's writers
    already queue on the file.)"""
    if database.engine.dialect.name != "postgresql":
        yield
        return
    with database.engine.connect() as conn:
        conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": STARTUP_LOCK})
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": STARTUP_LOCK})


def open_database(db: str | None = None, *, cache_mb: int = 64) -> tuple[Database, MigrationResult]:
    """Open, upgrade and complete a database; a file of another kind is refused as is."""
    database = Database(resolve_url(db), cache_mb=cache_mb)
    path = sqlite_path(database.engine)
    if path is not None:
        try:
            sniff_sqlite(path)
        except BaseException:
            database.dispose()
            raise
    try:
        with _one_desk_at_a_time(database):
            migration = upgrade(database)
            with database.session() as session:
                ensure_defaults(session)
    except BaseException:
        database.dispose()
        raise
    return database, migration
