"""Opening a database: resolve where it is, upgrade its schema, add the defaults."""

from __future__ import annotations

from crmdesk.core.team import ensure_defaults
from crmdesk.storage.engine import Database, resolve_url
from crmdesk.storage.migrate import MigrationResult, upgrade


def open_database(db: str | None = None) -> tuple[Database, MigrationResult]:
    database = Database(resolve_url(db))
    try:
        migration = upgrade(database)
        with database.session() as session:
            ensure_defaults(session)
    except BaseException:
        database.dispose()
        raise
    return database, migration
