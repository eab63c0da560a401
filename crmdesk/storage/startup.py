"""Opening a database: resolve where it is, upgrade its schema, add the defaults."""

from __future__ import annotations

from crmdesk.core.errors import NotACrmdeskDatabase
from crmdesk.core.team import ensure_defaults
from crmdesk.storage.engine import Database, resolve_url, sqlite_path
from crmdesk.storage.migrate import MigrationResult, upgrade

SQLITE_HEADER = b"SQLite format 3\x00"


def open_database(db: str | None = None) -> tuple[Database, MigrationResult]:
    """Open, upgrade and complete a database; a file of another kind is refused as is."""
    database = Database(resolve_url(db))
    path = sqlite_path(database.engine)
    if path is not None and path.is_file() and path.stat().st_size > 0:
        with path.open("rb") as fh:
            if fh.read(16) != SQLITE_HEADER:
                database.dispose()
                raise NotACrmdeskDatabase(path=str(path), detail="not a SQLite file")
    try:
        migration = upgrade(database)
        with database.session() as session:
            ensure_defaults(session)
    except BaseException:
        database.dispose()
        raise
    return database, migration
