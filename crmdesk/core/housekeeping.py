"""The rules that fire by themselves: the reclaim sweep and the warning refresh, run by
whoever keeps the database (the team server on a schedule, a desk on a local file, each
desk on a shared database it opens directly).

On PostgreSQL a session-level advisory lock lets one runner at a time do the work;
another that finds it taken skips, because the work is being done. Even without the
lock the sweep reclaims each customer once: it locks its candidates and PostgreSQL
checks them again after the wait (a row already in the pool no longer qualifies).

Every run is recorded in the settings (`rules_last_run`), under the lock. A runner on a
schedule (`every`) skips a run when the team's last one is more recent than its period,
so several server processes on one database run the rules once per period between them.
"""

from __future__ import annotations

import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core import clock, pools, risk
from crmdesk.core.models import Setting
from crmdesk.core.uow import chunks, unit_of_work

# pg_advisory_lock's key for the scheduled work: "CRMDeskR" as a 64-bit number.
LOCK_KEY = int.from_bytes(b"CRMDeskR", "big") & 0x7FFF_FFFF_FFFF_FFFF
LAST_RUN_KEY = "rules_last_run"
# a scheduled run counts as due this much before its period is over, so a timer that
# fires a little early (or clocks truncated to the second) never skips a whole period
MAX_SLACK = timedelta(minutes=1)

BUSY, RECENT = "busy", "recent"


@dataclass(frozen=True)
class RulesRun:
    """What one run did; `ran` is False when it was skipped: `skipped` says why (BUSY:
    another runner held the lock; RECENT: the team's last run is within the period).
    `refreshed` counts the customers whose warnings or risk score changed."""

    at: datetime
    ran: bool
    reclaimed: int = 0
    warned: int = 0
    refreshed: int = 0
    seconds: float = 0.0
    skipped: str | None = None
    last_run: datetime | None = None


def run_rules(
    session: Session, *, now: datetime | None = None, every: timedelta | None = None
) -> RulesRun:
    """Sweep every pool and refresh warnings and risk scores, each in its own transaction;
    with `every`, only if the team's last run is at least that long ago."""
    at = now or clock.now()
    started = time.perf_counter()
    if session.get_bind().dialect.name != "postgresql":
        return _run_if_due(session, at, started, every)
    with session.get_bind().connect() as holder:
        taken = holder.scalar(select(func.pg_try_advisory_lock(LOCK_KEY)))
        holder.commit()
        if not taken:
            return RulesRun(at, ran=False, skipped=BUSY)
        try:
            return _run_if_due(session, at, started, every)
        finally:
            holder.execute(select(func.pg_advisory_unlock(LOCK_KEY)))
            holder.commit()


def last_run(session: Session) -> dict[str, Any] | None:
    """The team's last run as recorded: at (ISO), by (host:pid), what it did, and how
    many runs the team has recorded."""
    session.rollback()  # read what other runners committed since
    value = session.scalar(select(Setting.value).where(Setting.key == LAST_RUN_KEY))
    session.rollback()
    return value if isinstance(value, dict) else None


def _run_if_due(
    session: Session, at: datetime, started: float, every: timedelta | None
) -> RulesRun:
    record = last_run(session)
    last = datetime.fromisoformat(record["at"]) if record else None
    if every is not None and last is not None:
        slack = min(every / 4, MAX_SLACK)
        if at - (every - slack) < last < at + every:
            return RulesRun(at, ran=False, skipped=RECENT, last_run=last)
    done = _run(session, at, started)
    _record(session, done, (record or {}).get("runs", 0) + 1)
    return done


@unit_of_work
def _record(session: Session, done: RulesRun, runs: int) -> None:
    value = {
        "at": done.at.isoformat(),
        "by": f"{socket.gethostname()}:{os.getpid()}",
        "reclaimed": done.reclaimed,
        "warned": done.warned,
        "refreshed": done.refreshed,
        "seconds": round(done.seconds, 3),
        "runs": runs,
    }
    session.merge(Setting(key=LAST_RUN_KEY, value=value))


def _run(session: Session, at: datetime, started: float) -> RulesRun:
    swept = pools.sweep(session, now=at)
    # read which warnings time changed without the write lock (seconds at a million),
    # then rewrite only those, a chunk a transaction, so no rep's claim waits on it
    refreshed = 0
    for part in chunks(risk.stale_warnings(session, now=at)):
        refreshed += risk.refresh_warnings(session, ids=list(part), now=at)
    return RulesRun(
        at,
        ran=True,
        reclaimed=swept.reclaimed,
        warned=swept.warned,
        refreshed=refreshed,
        seconds=time.perf_counter() - started,
    )
