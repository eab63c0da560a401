"""`crmdesk --demo` from a fresh machine: a demo database, the window, a daily backup."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from crmdesk.core.models import Customer
from crmdesk.storage.engine import Database, resolve_url


def test_demo_opens_the_window(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    path = tmp_path / "demo.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "crmdesk", "--db", str(path), "--demo", "--ready-check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ready ")
    database = Database(resolve_url(str(path)))
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 5000
    database.dispose()
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [
        "demo-daily-" + _today() + ".sqlite"
    ]


def _today() -> str:
    from crmdesk.core import clock

    return clock.now().strftime("%Y%m%d")
