"""Demo 1,000,000 customers, then time a dry-run sweep, a real sweep and the next one.

    python benchmarks/demo_and_sweep.py [--customers N] [--db PATH_OR_URL]

Bars (DESIGN.md): the demo in under 3 minutes, the sweep in under 2 s.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from crmdesk.core.demo import fill_demo
from crmdesk.core.pools import sweep
from crmdesk.core.stats import customer_stats
from crmdesk.storage.startup import open_database


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=1_000_000)
    parser.add_argument("--db", help="default: a new SQLite file in a temporary folder")
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
    database.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MB; database {db}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
