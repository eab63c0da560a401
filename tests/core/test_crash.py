"""A bulk action killed at any moment leaves a sound database holding all of it or none."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime

import pytest
from sqlalchemy import insert

from crmdesk.core.models import Customer
from crmdesk.core.team import add_rep, default_pool_id
from crmdesk.storage.startup import open_database

BULK = 20_000
VOID_ALL = f"""
import sys
from crmdesk.core.lifecycle import void_customers
from crmdesk.storage.engine import Database, resolve_url
db = Database(resolve_url(sys.argv[1]))
with db.session() as s:
    print("start", flush=True)
    void_customers(s, list(range(1, {BULK} + 1)), "invalid_info", None, int(sys.argv[2]))
print("done", flush=True)
"""


@pytest.fixture
def big_file(tmp_path):
    path = tmp_path / "crash.sqlite"
    database, _ = open_database(str(path))
    t0 = datetime(2026, 1, 1)
    with database.session() as s:
        boss = add_rep(s, "王经理", role="manager", now=t0)
        pool = default_pool_id(s)
        s.execute(
            insert(Customer),
            [
                {
                    "id": i,
                    "company": f"批量客户{i}",
                    "owner_id": boss,
                    "pool_id": pool,
                    "status": "active",
                    "status_changed_at": t0,
                    "created_at": t0,
                    "owned_since": t0,
                }
                for i in range(1, BULK + 1)
            ],
        )
        s.commit()
    database.dispose()
    return path, boss


def voided_and_history(path) -> tuple[str, int, int]:
    con = sqlite3.connect(path)
    try:
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        voided = con.execute("SELECT count(*) FROM customers WHERE status='voided'").fetchone()[0]
        rows = con.execute("SELECT count(*) FROM transitions WHERE action='void'").fetchone()[0]
    finally:
        con.close()
    return check, voided, rows


@pytest.mark.parametrize("delay", [0.0, 0.7, 1.5, 2.2, 2.8, None])
def test_killed_bulk_void_is_all_or_nothing(big_file, delay):
    path, boss = big_file
    proc = subprocess.Popen(
        [sys.executable, "-c", VOID_ALL, str(path), str(boss)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "start"
    if delay is None:  # the action finished: a kill now must not lose it
        assert proc.stdout.readline().strip() == "done"
    else:
        time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()

    check, voided, rows = voided_and_history(path)
    assert check == "ok"
    assert (voided, rows) in ((0, 0), (BULK, BULK))
