"""Today (工作台): what needs doing now, for one person, as plain data.

Every number is counted with the same `Filters` as the list it opens (`search.count`),
so a number on Today and the length of the list behind it cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core import clock, risk, search, suggestions
from crmdesk.core.lifecycle import claim_allowance, get_rep
from crmdesk.core.models import ACTIVE, Customer, Pool, PoolMember, Rep
from crmdesk.core.search import Filters

C = Customer.__table__.c
NEW_WARNING_DAYS = 7  # a warning is "new" on Today for a week
FIRST = 5  # customers shown under each entry

# Today's entries, in the order the page shows them, with the order of their list.
ENTRIES = ("due", "reclaim_soon", "new_warnings")
SORTS: dict[str, tuple[str, bool]] = {
    "due": ("next_followup_at", False),
    "overdue": ("next_followup_at", False),
    "reclaim_soon": ("days_left", False),
    "new_warnings": ("risk_score", True),
    "warned": ("risk_score", True),
    "owned": ("next_followup_at", False),
}


def tomorrow(now: datetime) -> datetime:
    return clock.start_of_day(now) + timedelta(days=1)


def filters_for(key: str, owner: int, now: datetime) -> Filters:
    """The list behind one of Today's numbers: an owner's active customers that are…"""
    base: dict[str, Any] = {"status": (ACTIVE,), "owner": owner}
    if key == "due":  # due today or overdue
        base["followup_due"] = tomorrow(now)
    elif key == "overdue":
        base["followup_due"] = now
    elif key == "reclaim_soon":  # within their pool's warning period
        base["reclaim_soon"] = now
    elif key == "new_warnings":
        base["warned_since"] = now - timedelta(days=NEW_WARNING_DAYS)
    elif key == "warned":
        base["warning"] = "any"
    elif key != "owned":
        raise ValueError(key)
    return Filters(**base)


@dataclass(frozen=True)
class Entry:
    """One of Today's numbers, the list it opens and its first customers."""

    key: str
    count: int
    filters: Filters
    first: list[dict[str, Any]]

    @property
    def sort(self) -> tuple[str, bool]:
        return SORTS[self.key]


@dataclass(frozen=True)
class PoolClaims:
    pool_id: int
    name: str
    left_today: int
    daily_claims: int
    admin: bool  # a pool's admin claims without limits


@dataclass(frozen=True)
class RepLine:
    """A manager's view of one person's day; each number opens its list."""

    rep_id: int
    name: str
    counts: dict[str, int]  # owned, due, reclaim_soon, warned


TEAM_COLUMNS = ("owned", "due", "reclaim_soon", "warned")


@dataclass(frozen=True)
class TodayView:
    """One person's own day: quick to count (their customers, by the owner index)."""

    now: datetime
    rep_id: int
    manager: bool
    entries: dict[str, Entry]
    overdue: int  # of the due follow-ups
    claims: list[PoolClaims]


@dataclass(frozen=True)
class TeamDay:
    """A manager's second look, counted after the first: every person's numbers and the
    queues, which walk the whole table."""

    lines: list[RepLine]
    suggested: int  # customers with a void suggestion: the Suggestions page's list
    queues: dict[str, int]  # cleanup_counts' kinds and "warned"


def _entry(session: Session, key: str, rep_id: int, now: datetime) -> Entry:
    filters = filters_for(key, rep_id, now)
    sort, descending = SORTS[key]
    count = search.count(session, "", filters)
    first: list[dict[str, Any]] = []
    if count:
        page = search.search(session, "", filters, sort=sort, descending=descending, limit=FIRST)
        rows = search.rows_by_id(session, [r["id"] for r in page.rows], now=now)
        first = [rows[r["id"]] for r in page.rows if r["id"] in rows]
    return Entry(key, count, filters, first)


def _claims(session: Session, rep: Rep, now: datetime) -> list[PoolClaims]:
    pools = select(Pool.id, Pool.name).order_by(Pool.id)
    if not rep.is_manager:
        pools = pools.where(
            Pool.id.in_(select(PoolMember.pool_id).where(PoolMember.rep_id == rep.id))
        )
    names = dict(session.execute(pools).tuples().all())
    return [
        PoolClaims(a.pool_id, names[a.pool_id], a.left_today, a.daily_claims, a.admin)
        for a in claim_allowance(session, rep.id, names, now=now)
    ]


def suggested(session: Session, owner: int | None, *, now: datetime) -> int:
    """Customers with a void suggestion awaiting a decision: all (a manager's queue) or
    the owner's own. Slower than the rest of Today (the duplicate rule), so read after."""
    return suggestions.suggested_customers(session, owner=owner, now=now)


def _team(session: Session, now: datetime) -> list[RepLine]:
    people = session.execute(
        select(Rep.id, Rep.name).where(Rep.active).order_by(Rep.role.desc(), Rep.name)
    ).all()
    return [
        RepLine(
            rep_id,
            name,
            {key: search.count(session, "", filters_for(key, rep_id, now)) for key in TEAM_COLUMNS},
        )
        for rep_id, name in people
    ]


def today(session: Session, rep_id: int, *, now: datetime | None = None) -> TodayView:
    """What `rep_id` should do today with their own customers."""
    at = now or clock.now()
    rep = get_rep(session, rep_id)
    return TodayView(
        now=at,
        rep_id=rep.id,
        manager=rep.is_manager,
        entries={key: _entry(session, key, rep.id, at) for key in ENTRIES},
        overdue=search.count(session, "", filters_for("overdue", rep.id, at)),
        claims=_claims(session, rep, at),
    )


def team_day(session: Session, *, now: datetime) -> TeamDay:
    """The team's numbers and the queues' counts, for a manager's Today. Junk and warned
    are counted by their own conditions (by the index), not through the whole cleanup
    queue, which walks every customer for its suggestions (6 s at a million)."""
    working = C.status.in_(risk.WORKING)
    counts = {
        "warned": select(func.count()).where(C.warning_flags != 0, working),
        "junk": select(func.count()).where(C.tier == "D", working),
    }
    queues = {key: int(session.scalar(stmt) or 0) for key, stmt in counts.items()}
    return TeamDay(_team(session, now), suggested(session, None, now=now), queues)
