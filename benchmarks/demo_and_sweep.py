"""Demo 1,000,000 customers, then time a dry-run sweep, a real sweep and the next one.

    python benchmarks/demo_and_sweep.py [--customers N] [--db PATH_OR_URL] [--stress-owned N]

Bars (DESIGN.md): the demo in under 3 minutes, the sweep in under 2 s. A demo team of
30 reps owns a few thousand customers; --stress-owned then gives N pool customers to
reps (about 3 % of them overdue) to time the sweep over a far larger owned set.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import bindparam, select, update

from crmdesk.core.demo import fill_demo
from crmdesk.core.models import Customer, Rep
from crmdesk.core.pools import sweep
from crmdesk.core.stats import customer_stats
from crmdesk.storage.startup import open_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--db", help="default: a new SQLite file in a temporary folder")
    parser.add_argument("--stress-owned", type=int, default=0, metavar="N")
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp()) / "bench.sqlite")
    now = datetime(2026, 11, 23, 10, 0)

    database, _ = open_database(db)
    with database.session() as session:
        demo = fill_demo(session, args.customers, now=now)
        print(
            f"demo: {demo.customers:,} customers in {demo.seconds:.1f} s "
            f"(bar 180 s, ratio {demo.seconds / 180:.2f})"
        )
        print(
            f"  rows: {demo.followups:,} follow-ups, {demo.deals:,} deals, "
            f"{demo.payments:,} payments, {demo.complaints:,} complaints, "
            f"{demo.returns:,} returns, {demo.transitions:,} transitions"
        )
        print(f"  by status: {customer_stats(session)['by_status']}")
        time_sweeps(session, now)
        if args.stress_owned:
            give_pool_to_reps(session, args.stress_owned, now)
            print(f"-- with {args.stress_owned:,} more owned customers:")
            time_sweeps(session, now)
    database.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB; database {db}")
    sys.stdout.flush()


def time_sweeps(session, now: datetime) -> None:
    for label, kwargs in (
        ("sweep --dry-run", {"dry_run": True, "now": now}),
        ("sweep", {"now": now}),
        ("next hourly sweep", {"now": now + timedelta(hours=1)}),
    ):
        started = time.perf_counter()
        result = sweep(session, **kwargs)
        took = time.perf_counter() - started
        print(
            f"{label}: {took:.3f} s (bar 2 s, ratio {took / 2:.2f}) "
            f"reclaimed {result.reclaimed:,} warned {result.warned:,} {result.by_rule}"
        )


def give_pool_to_reps(session, count: int, now: datetime) -> None:
    """Benchmark set-up only: owned for 32-80 days, last follow-up 0-31 days ago."""
    rng = random.Random(5)
    reps = list(session.scalars(select(Rep.id).where(Rep.role == "rep")))
    ids = list(session.scalars(select(Customer.id).where(Customer.status == "pool").limit(count)))
    rows = [
        {
            "cid": cid,
            "owner": rng.choice(reps),
            "owned": now - timedelta(days=rng.uniform(32, 80)),
            "last": now - timedelta(days=rng.uniform(0, 31)),
        }
        for cid in ids
    ]
    c = Customer.__table__.c
    stmt = (
        update(Customer.__table__)
        .where(c.id == bindparam("cid"))
        .values(
            status="active",
            owner_id=bindparam("owner"),
            owned_since=bindparam("owned"),
            last_followup_at=bindparam("last"),
            locked=False,
            open_payments=0,
            contract_end=None,
            clock_reset_at=None,
            deal_count=0,
        )
    )
    session.connection().execute(stmt, rows)
    session.commit()


if __name__ == "__main__":
    main()
