"""The rules that fire by themselves: the reclaim sweep and the warning refresh, run by
whoever keeps the database (a desk on a local file, each desk on a shared database
until a team server takes it over, the command line).

On PostgreSQL a session-level advisory lock lets one runner at a time do the work;
another that finds it taken skips, because the work is being done. Even without the
lock the sweep reclaims each customer once: it locks its candidates and PostgreSQL
checks them again after the wait (a row already in the pool no longer qualifies).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core import clock, pools, risk
from crmdesk.core.uow import chunks

# pg_advisory_lock's key for the scheduled work: "CRMDeskR" as a 64-bit number.
LOCK_KEY = int.from_bytes(b"CRMDeskR", "big") & 0x7FFF_FFFF_FFFF_FFFF


@dataclass(frozen=True)
class RulesRun:
    """What one run did; `ran` is False when another runner held the lock; `refreshed`
    counts the customers whose warnings or risk score changed."""

    at: datetime
    ran: bool
    reclaimed: int = 0
    warned: int = 0
    refreshed: int = 0
    seconds: float = 0.0


def run_rules(session: Session, *, now: datetime | None = None) -> RulesRun:
    """Sweep every pool and refresh warnings and risk scores, each in its own transaction."""
    at = now or clock.now()
    started = time.perf_counter()
    if session.get_bind().dialect.name != "postgresql":
        return _run(session, at, started)
    with session.get_bind().connect() as holder:
        taken = holder.scalar(select(func.pg_try_advisory_lock(LOCK_KEY)))
        holder.commit()
        if not taken:
            return RulesRun(at, ran=False)
        try:
            return _run(session, at, started)
        finally:
            holder.execute(select(func.pg_advisory_unlock(LOCK_KEY)))
            holder.commit()


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
