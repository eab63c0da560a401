"""Schema upgrades at start-up: refuse a newer database, back up, then upgrade."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from crmdesk.core.errors import DatabaseTooNew, NotACrmdeskDatabase
from crmdesk.core.indexing import DIRTY_TABLE, FTS_TABLE, PAIRS_INDEX
from crmdesk.storage.backup import backup_sqlite, check_crmdesk_file
from crmdesk.storage.engine import WRITE, Database, is_sqlite, sqlite_path

SCRIPTS = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """What the models describe: not the FTS5 table and its shadow tables, the table of
    customers to retag, nor the trigram and pairs indexes (core/indexing.py makes those
    by hand)."""
    if type_ == "table" and name and (name.startswith(FTS_TABLE) or name == DIRTY_TABLE):
        return False
    return not (type_ == "index" and name in ("ix_search_index_trgm", PAIRS_INDEX))


def alembic_config(connection: Connection | None = None) -> Config:
    """A config built in code so that migrations run the same from a bundle."""
    config = Config()
    config.set_main_option("script_location", str(SCRIPTS))
    config.attributes["connection"] = connection
    return config


def check_restorable(src: Path) -> None:
    """A CRMDesk database this program can open: refuse strangers and newer schemas
    before anything is replaced (an older one is upgraded at the next start)."""
    src = Path(src)
    check_crmdesk_file(src)
    with closing(sqlite3.connect(f"file:{src}?mode=ro", uri=True)) as con:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if row is None or row[0] not in known:
        raise DatabaseTooNew(revision=row[0] if row else "?", head="")


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def check_compatible(connection: Connection) -> str | None:
    """The database's revision, after refusing one this program does not know."""
    revision = current_revision(connection)
    if revision is None:
        tables = set(inspect(connection).get_table_names())
        if tables and "customers" not in tables:
            raise NotACrmdeskDatabase(detail="no CRMDesk tables")
        return None
    script = ScriptDirectory.from_config(alembic_config())
    if revision not in {s.revision for s in script.walk_revisions()}:
        raise DatabaseTooNew(revision=revision, head=script.get_current_head() or "")
    return revision


def upgrade(db: Database, revision: str = "head") -> MigrationResult:
    with db.engine.connect() as connection:
        current = check_compatible(connection)
    target = head_revision() if revision == "head" else revision
    if current == target:  # the usual start-up: nothing to lock, copy or check
        return MigrationResult(current, target, None)
    backup = None
    if current is not None:
        backup = _backup_before_migration(db, current)
    with migration_connection(db) as connection:
        command.upgrade(alembic_config(connection), revision)
    return MigrationResult(current, target, backup)


@contextmanager
def migration_connection(db: Database) -> Iterator[Connection]:
    """A transaction to change the schema in.

    On SQLite it begins IMMEDIATE, so a second desk starting now waits and then finds
    the schema current; and foreign keys are off while batch mode copies tables (the
    pragma cannot change inside a transaction), checked before commit instead.
    """
    with db.engine.connect().execution_options(**{WRITE: True}) as connection:
        driver = connection.connection.driver_connection if is_sqlite(db.engine) else None
        if driver is not None:
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                yield connection
                if driver is not None:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                    if broken is not None:
                        raise RuntimeError(f"migration broke a foreign key: {tuple(broken)}")
        finally:
            if driver is not None:
                driver.execute("PRAGMA foreign_keys=ON")


def _backup_before_migration(db: Database, revision: str) -> Path | None:
    """SQLite files get a copy beside them; a server's backups are the server's job."""
    path = sqlite_path(db.engine)
    if path is None:
        return None
    return backup_sqlite(db.engine, path.with_name(f"{path.stem}.before-{revision}.sqlite"))
