"""Backups and restore of a SQLite database file, through SQLite's online backup API.

A PostgreSQL server is backed up on the server (pg_dump); these functions are for files.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from crmdesk.core.errors import InvalidValue, NotACrmdeskDatabase
from crmdesk.storage.engine import create_private_file, sqlite_path


def backup_sqlite(engine: Engine, dest: Path) -> Path:
    """A consistent copy while the database is in use (readers and writers may go on),
    readable by its owner only, like the database."""
    dest = Path(dest)
    tmp = dest.with_suffix(dest.suffix + ".partial")
    tmp.unlink(missing_ok=True)  # left by a backup that was cut short
    create_private_file(tmp)
    raw = engine.raw_connection()
    try:
        target = sqlite3.connect(tmp)
        try:
            raw.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
    finally:
        raw.close()
    tmp.replace(dest)
    return dest


def default_backup_path(db_path: Path, now: datetime) -> Path:
    return db_path.parent / "backups" / f"{db_path.stem}-{now:%Y%m%d-%H%M%S}.sqlite"


def backup_folder(engine: Engine) -> Path | None:
    """Where backups of a database file go by default: backups/ beside it (None for a server)."""
    path = sqlite_path(engine)
    return None if path is None else path.parent / "backups"


def _daily_pattern(stem: str) -> re.Pattern[str]:
    return re.compile(re.escape(stem) + r"-daily-(\d{8})\.sqlite")


def daily_backups(folder: Path, db_path: Path) -> list[Path]:
    """The automatic daily backups of `db_path` in `folder`, oldest first."""
    pattern = _daily_pattern(db_path.stem)
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if pattern.fullmatch(p.name)]
    return sorted(found, key=lambda p: p.name)


def daily_backup(engine: Engine, folder: Path, now: datetime, keep: int = 7) -> Path | None:
    """At most one automatic backup a day, keeping the newest `keep` of them.

    Returns the new backup, or None when today's exists already or the database is a
    server's. Only files named `<db>-daily-YYYYMMDD.sqlite` are rotated: backups made
    by hand, before a migration or before a restore are never deleted.
    """
    if keep < 1:
        raise InvalidValue(field="keep", why="must be at least 1")
    db_path = sqlite_path(engine)
    if db_path is None:
        return None
    folder = Path(folder)
    dest = folder / f"{db_path.stem}-daily-{now:%Y%m%d}.sqlite"
    if dest.exists():
        return None
    backup_sqlite(engine, dest)
    for old in daily_backups(folder, db_path)[:-keep]:
        old.unlink(missing_ok=True)
    return dest


def check_crmdesk_file(path: Path) -> None:
    """Refuse anything that is not a SQLite file holding CRMDesk's tables."""
    if not path.is_file():
        raise InvalidValue(field=str(path), why="no such file")
    with path.open("rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise NotACrmdeskDatabase(path=str(path), detail="not a SQLite file")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            ok = con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise NotACrmdeskDatabase(path=str(path), detail=str(exc)) from None
    if not {"customers", "alembic_version", "transitions"} <= tables:
        raise NotACrmdeskDatabase(path=str(path), detail="no CRMDesk tables")
    if not ok:
        raise NotACrmdeskDatabase(path=str(path), detail="the file is damaged")


def restore_sqlite(src: Path, db_path: Path, now: datetime) -> Path | None:
    """Replace the database with `src`; the current one is kept under backups/ first.

    The copy goes through SQLite's backup API into the live file, so a desk that has the
    database open sees the restored data rather than writing on into a replaced file.
    A damaged live file cannot be written that way: it is kept as bytes and replaced.
    Returns where the previous database was kept (None if there was none).
    """
    src = Path(src)
    check_crmdesk_file(src)
    if not db_path.exists():
        _copy(src, db_path)
        return None
    stamp = f"{now:%Y%m%d-%H%M%S}"
    kept = db_path.parent / "backups" / f"{db_path.stem}-before-restore-{stamp}.sqlite"
    try:
        _copy(db_path, kept)
    except sqlite3.DatabaseError:
        for suffix in ("", "-wal"):
            if Path(f"{db_path}{suffix}").exists():
                create_private_file(Path(f"{kept}{suffix}"))
                shutil.copyfile(f"{db_path}{suffix}", f"{kept}{suffix}")
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        db_path.unlink()
    _copy(src, db_path)
    return kept


def _copy(src: Path, dest: Path) -> None:
    """Into `dest` through the backup API; a new `dest` is made readable by its owner only."""
    create_private_file(dest)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
