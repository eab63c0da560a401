"""First pull of a manager's and of a rep's whole view: rows per second.

    python benchmarks/pull.py --db sqlite:////tmp/pull1m.sqlite [--limit 5000] [--json]

Runs what POST /pull runs (views.pull and the JSON encoding of each answer) in this
process, page after page until "more" is false, counting rows as puts plus drops. The
database must exist (`crmdesk --db URL demo --customers N`); on a SQLite file the
change triggers are installed first, as the server does at start.
"""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from sqlalchemy import func, select

from crmdesk.core.models import Customer, Rep
from crmdesk.server.views import RECORDS, _json_default, pull, track_changes
from crmdesk.storage.engine import Database, resolve_url


def first_pull(database: Database, rep_id: int, limit: int) -> dict[str, Any]:
    rows = pages = size = 0
    cookie = None
    started = time.perf_counter()
    while True:
        with database.session() as session:
            answer = pull(session, rep_id, cookie, limit)
        size += len(json.dumps(answer, default=_json_default, ensure_ascii=False))
        rows += len(answer["customers"]["put"]) + len(answer["customers"]["del"])
        rows += sum(len(answer[name]["put"]) for name in RECORDS)
        pages += 1
        cookie = answer["cookie"]
        if not answer["more"]:
            break
    seconds = time.perf_counter() - started
    return {
        "rows": rows,
        "pages": pages,
        "seconds": round(seconds, 2),
        "rows_per_s": round(rows / seconds),
        "mb": round(size / 1e6, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    database = Database(resolve_url(args.db))
    track_changes(database)
    with database.session() as session:
        manager = session.scalar(select(Rep.id).where(Rep.role == "manager").order_by(Rep.id))
        rep = session.scalar(
            select(Customer.owner_id)
            .join(Rep, Rep.id == Customer.owner_id)
            .where(Rep.role == "rep")
            .group_by(Customer.owner_id)
            .order_by(func.count().desc())
            .limit(1)
        )
    assert manager is not None and rep is not None
    result = {
        "manager": first_pull(database, manager, args.limit),
        "rep": first_pull(database, rep, args.limit),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for who, r in result.items():
            print(
                f"{who:8} {r['rows']:>9} rows in {r['pages']:>4} answers, {r['seconds']:>7} s: "
                f"{r['rows_per_s']:>7} rows/s, {r['mb']} MB of JSON"
            )
    database.dispose()


if __name__ == "__main__":
    main()
