"""A PostgreSQL server's password kept where libpq looks for it, not in CRMDesk's settings.

The window remembers which database to open in its settings (a file anyone who can read
the user's files can read: 0644 on Linux, the registry on Windows). A server URL typed
with its password is remembered without it; the password goes to libpq's password file
(~/.pgpass, %APPDATA%\\postgresql\\pgpass.conf on Windows, or $PGPASSFILE), which is
private (libpq ignores it otherwise) and which psycopg reads when it connects, as every
PostgreSQL tool does.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError


def pgpass_path() -> Path:
    """Where libpq reads passwords from."""
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def keep_password(url: str) -> str:
    """`url` without its password, which is written to the password file first (a line
    for the same server, database and user is replaced). A URL without a password, not a
    server's or not a URL at all comes back as it is. Raises OSError when the file cannot
    be written: then nothing is remembered."""
    if "://" not in url:
        return url
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):  # not a URL: opening it says so in the user's words
        return url
    if parsed.drivername.startswith("sqlite") or not parsed.password:
        return url
    key = ":".join(
        _field(part)
        for part in (
            parsed.host or "localhost",
            str(parsed.port or 5432),
            parsed.database or "*",
            parsed.username or "*",
        )
    )
    line = f"{key}:{_field(str(parsed.password))}"
    path = pgpass_path()
    kept = []
    if path.exists():
        kept = [
            old
            for old in path.read_text(encoding="utf-8").splitlines()
            if not old.startswith(f"{key}:")
        ]
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        out.write("\n".join([*kept, line]) + "\n")
    path.chmod(0o600)  # an existing file keeps its mode through os.open
    without = URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return without.render_as_string(hide_password=False)
