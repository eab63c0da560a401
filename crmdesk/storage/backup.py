"""Backups and restore of a SQLite database file, through SQLite's online backup API."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from crmdesk.core.errors import InvalidValue, NotACrmdeskDatabase


def backup_sqlite(engine: Engine, dest: Path) -> Path:
    """A consistent copy while the database is in use (readers and writers may go on)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_suffix(dest.suffix + ".partial")
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
                shutil.copyfile(f"{db_path}{suffix}", f"{kept}{suffix}")
        for suffix in ("-wal", "-shm"):
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        db_path.unlink()
    _copy(src, db_path)
    return kept


def _copy(src: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(dest)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
