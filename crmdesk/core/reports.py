"""Report data: plain dictionaries a chart or `crmdesk report NAME --json` can use as is.

Every report takes the same window: `since` (inclusive) to `until` (exclusive), by
default the twelve ISO weeks (Monday to Sunday) that end with today, so a weekly chart
always starts on a Monday and its last bar is the current week. `now` moves "today"
and is the moment "due" is measured against; counts of where customers are "now" read
the database as it is.

The output holds only str, int, float, list and dict: dates as "YYYY-MM-DD", money as a
string with two decimals ("0.30"), summed in SQL and rounded once with Decimal. Time
series are counted per day in SQL and bucketed into weeks here, which runs the same on
SQLite and PostgreSQL without loading one row per event; weeks without events are
listed with zeros so a chart's axis has no gaps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import Date, case, func, or_, select
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.errors import InvalidValue
from crmdesk.core.models import (
    ACTIVE,
    CLOSED,
    POOL,
    STAGES,
    TIERS,
    VOIDED,
    Customer,
    Deal,
    FollowUp,
    Pool,
    Reason,
    Rep,
    TierChange,
    Transition,
)
from crmdesk.core.risk import warnings_per_rule

WEEK = timedelta(days=7)
DEFAULT_WEEKS = 12
MAX_WEEKS = 530  # ten years of weekly bars; a longer window is a typo
WORKING = (ACTIVE, POOL)
CENT = Decimal("0.01")
# The actions a chart shows a series for even when they did not happen.
INFLOW_ACTIONS = ("create", "release", "reclaim", "reactivate")
OUTFLOW_ACTIONS = ("claim", "assign", "void")
REASON_KINDS = ("void", "close", "release")
RISK_BUCKETS = ((0, 0), (1, 19), (20, 39), (40, 59), (60, 79), (80, 100))
NO_REASON = ("", "未注明", "Not given")

Report = Callable[..., dict[str, Any]]


# --- the window ------------------------------------------------------------------------


@dataclass(frozen=True)
class Window:
    """The period a report counts events in, and the moment it reads "now" as."""

    since: datetime  # inclusive
    until: datetime  # exclusive
    now: datetime

    def has(self, column: Any) -> Any:
        """The SQL condition "column lies in the window"."""
        return (column >= self.since) & (column < self.until)

    def weeks(self) -> list[date]:
        """The Monday of every week the window touches, first to last."""
        first = monday(self.since.date())
        last = monday(self.last_day())
        count = (last - first).days // 7 + 1
        if count > MAX_WEEKS:
            raise InvalidValue(field="since", why=f"the window is longer than {MAX_WEEKS} weeks")
        return [first + i * WEEK for i in range(count)]

    def last_day(self) -> date:
        return (self.until - timedelta(microseconds=1)).date()

    def header(self, name: str) -> dict[str, Any]:
        return {
            "report": name,
            "from": self.since.date().isoformat(),
            "to": self.last_day().isoformat(),
            "as_of": self.now.isoformat(timespec="seconds"),
        }


def window(
    since: datetime | None = None, until: datetime | None = None, now: datetime | None = None
) -> Window:
    """Fill in the default window: through today, starting on the Monday that makes
    twelve weeks, so a chart's first bar is a whole week."""
    at = now or clock.now()
    end = until or clock.start_of_day(at) + timedelta(days=1)
    if since is None:
        last = (end - timedelta(microseconds=1)).date()
        since = datetime.combine(monday(last) - (DEFAULT_WEEKS - 1) * WEEK, time.min)
    if since >= end:
        raise InvalidValue(field="since", why="must be before until")
    return Window(since, end, at)


def monday(day: date) -> date:
    """The start of the ISO week holding `day`."""
    return day - timedelta(days=day.weekday())


def _week_label(week: date) -> dict[str, Any]:
    year, number, _ = week.isocalendar()
    return {"week": week.isoformat(), "iso_week": f"{year}-W{number:02d}"}


def _day(column: Any) -> Any:
    """The calendar day of a timestamp: date() exists on SQLite and PostgreSQL alike."""
    return func.date(column, type_=Date)


def _as_date(value: Any) -> date:
    """A day as the driver returns it (a date, or its text from an untyped column)."""
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def money(value: Any) -> str:
    """A sum of money as "1234.50": SQLite hands back floats (0.1 + 0.2 is not 0.3)."""
    return str(Decimal(str(value or 0)).quantize(CENT, rounding=ROUND_HALF_UP))


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


# --- reasons ---------------------------------------------------------------------------


def _labels(session: Session) -> dict[tuple[str, str], tuple[str, str, int]]:
    """Every reason ever listed, retired ones too: history keeps its labels."""
    rows = session.execute(
        select(Reason.kind, Reason.code, Reason.label_zh, Reason.label_en, Reason.position)
    )
    return {(kind, code): (zh, en, pos) for kind, code, zh, en, pos in rows}


def _breakdown(
    counts: Iterable[tuple[str | None, int]],
    kind: str,
    labels: dict[tuple[str, str], tuple[str, str, int]],
) -> dict[str, Any]:
    rows = []
    for code, count in counts:
        if code is None:
            key, zh, en, position = (*NO_REASON, -1)
        else:
            zh, en, position = labels.get((kind, code), (code, code, 1_000_000))
            key = code
        rows.append((int(count), position, key, zh, en))
    rows.sort(key=lambda r: (-r[0], r[1], r[2]))
    return {
        "total": sum(r[0] for r in rows),
        "reasons": [
            {"code": key, "label_zh": zh, "label_en": en, "count": count}
            for count, _, key, zh, en in rows
        ],
    }


def reasons_report(
    session: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Why customers were voided, closed and released in the window (most common
    first), and why the voided and closed ones now sit where they are: the list to
    clean up the reason lists and to spot a rep who voids everything as "other"."""
    w = window(since, until, now)
    labels = _labels(session)
    out = w.header("reasons")
    for kind in REASON_KINDS:
        rows = session.execute(
            select(Transition.reason_code, func.count())
            .where(Transition.action == kind, w.has(Transition.at))
            .group_by(Transition.reason_code)
        ).all()
        out[kind] = _breakdown(rows, kind, labels)
    current = {}
    for status, kind in ((VOIDED, "void"), (CLOSED, "close")):
        rows = session.execute(
            select(Customer.status_reason, func.count())
            .where(Customer.status == status)
            .group_by(Customer.status_reason)
        ).all()
        current[status] = _breakdown(rows, kind, labels)
    out["current"] = current
    return out


# --- pool flow -------------------------------------------------------------------------


def _flow_rows(session: Session, w: Window, direction: Any) -> list[tuple[date, int, str, int]]:
    """(day, pool, action, count) in the window: at most days x pools x actions rows."""
    day = _day(Transition.at)
    rows = session.execute(
        select(day, Transition.pool_id, Transition.action, func.count())
        .where(w.has(Transition.at), direction, Transition.pool_id.is_not(None))
        .group_by(day, Transition.pool_id, Transition.action)
    ).all()
    return [(_as_date(d), int(p), str(a), int(n)) for d, p, a, n in rows]


def _series(actions: Iterable[str]) -> dict[str, int]:
    return {**dict.fromkeys(actions, 0), "total": 0}


def pool_flow_report(
    session: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Per pool and ISO week, what came into the pool and what left it, by action, and
    each pool's size now: whether the pools are being worked or just fill up."""
    w = window(since, until, now)
    weeks = w.weeks()
    inflow = _flow_rows(session, w, Transition.to_status == POOL)
    outflow = _flow_rows(
        session, w, (Transition.from_status == POOL) & (Transition.to_status != POOL)
    )
    in_actions = [*INFLOW_ACTIONS, *sorted({r[2] for r in inflow} - set(INFLOW_ACTIONS))]
    out_actions = [*OUTFLOW_ACTIONS, *sorted({r[2] for r in outflow} - set(OUTFLOW_ACTIONS))]
    pools = session.execute(select(Pool.id, Pool.name).order_by(Pool.id)).all()
    sizes = dict(
        session.execute(
            select(Customer.pool_id, func.count())
            .where(Customer.status == POOL)
            .group_by(Customer.pool_id)
        ).all()
    )

    def empty() -> dict[tuple[int, date], dict[str, dict[str, int]]]:
        return {
            (pid, week): {"inflow": _series(in_actions), "outflow": _series(out_actions)}
            for pid in [*(p.id for p in pools), 0]
            for week in weeks
        }

    cells = empty()  # pool 0 holds the team's totals
    for side, rows in (("inflow", inflow), ("outflow", outflow)):
        for day, pid, action, n in rows:
            for key in ((pid, monday(day)), (0, monday(day))):
                if key in cells:
                    cells[key][side][action] += n
                    cells[key][side]["total"] += n

    def weekly(pid: int) -> list[dict[str, Any]]:
        return [{**_week_label(week), **cells[(pid, week)]} for week in weeks]

    def sums(pid: int, side: str) -> int:
        return sum(cells[(pid, week)][side]["total"] for week in weeks)

    out = w.header("pool_flow")
    out["weeks"] = [week.isoformat() for week in weeks]
    out["inflow_actions"] = in_actions
    out["outflow_actions"] = out_actions
    out["pools"] = [
        {
            "id": int(p.id),
            "name": p.name,
            "size": int(sizes.get(p.id, 0)),
            "inflow": sums(p.id, "inflow"),
            "outflow": sums(p.id, "outflow"),
            "weeks": weekly(p.id),
        }
        for p in pools
    ]
    out["totals"] = {
        "size": sum(int(n) for n in sizes.values()),
        "inflow": sums(0, "inflow"),
        "outflow": sums(0, "outflow"),
        "weeks": weekly(0),
    }
    return out


# --- tiers -----------------------------------------------------------------------------


def tiers_report(
    session: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """How the working base (active and pool) splits into tiers now, and how tiers moved
    in the window, by the rules or by a manager's override: whether grading drifts or
    is being overruled."""
    w = window(since, until, now)
    weeks = w.weeks()
    working = Customer.status.in_(WORKING)
    by_tier = dict.fromkeys(TIERS, 0)
    for tier, n in session.execute(
        select(Customer.tier, func.count()).where(working).group_by(Customer.tier)
    ):
        by_tier[str(tier)] = int(n)
    overridden = session.scalar(
        select(func.count()).where(working, Customer.tier_override.is_not(None))
    )
    # a row whose tier did not change (a manager pinning the tier a customer has) is
    # a record, not a move
    moved = w.has(TierChange.at) & or_(
        TierChange.from_tier.is_(None), TierChange.from_tier != TierChange.to_tier
    )
    pairs = session.execute(
        select(TierChange.from_tier, TierChange.to_tier, TierChange.override, func.count())
        .where(moved)
        .group_by(TierChange.from_tier, TierChange.to_tier, TierChange.override)
    ).all()
    moves: dict[tuple[str, str], dict[str, int]] = {}
    for old, new, override, n in pairs:
        cell = moves.setdefault((old or "", new), {"rules": 0, "override": 0})
        cell["override" if override else "rules"] += int(n)
    day = _day(TierChange.at)
    per_week = {week: {"rules": 0, "override": 0} for week in weeks}
    for d, override, n in session.execute(
        select(day, TierChange.override, func.count())
        .where(moved)
        .group_by(day, TierChange.override)
    ):
        cell = per_week.get(monday(_as_date(d)))
        if cell is not None:
            cell["override" if override else "rules"] += int(n)

    def order(tier: str) -> int:
        return TIERS.index(tier) if tier in TIERS else -1

    out = w.header("tiers")
    out["total"] = sum(by_tier.values())
    out["by_tier"] = by_tier
    out["overridden"] = int(overridden or 0)
    out["moves"] = [
        {"from": old, "to": new, **cell, "total": cell["rules"] + cell["override"]}
        for (old, new), cell in sorted(
            moves.items(), key=lambda m: (order(m[0][0]), order(m[0][1]))
        )
    ]
    out["weeks"] = [
        {**_week_label(week), **cell, "total": cell["rules"] + cell["override"]}
        for week, cell in per_week.items()
    ]
    return out


# --- funnel ----------------------------------------------------------------------------


def funnel_report(
    session: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """The working base by lifecycle stage, how many of those at each stage got further,
    and how many customers created in the window have bought anything yet."""
    w = window(since, until, now)
    counts = dict.fromkeys(STAGES, 0)
    for stage, n in session.execute(
        select(Customer.stage, func.count())
        .where(Customer.status.in_(WORKING))
        .group_by(Customer.stage)
    ):
        if stage in counts:
            counts[stage] = int(n)
    stages, conversion = [], []
    for i, stage in enumerate(STAGES):
        later = sum(counts[s] for s in STAGES[i + 1 :])
        reached = counts[stage] + later
        stages.append({"stage": stage, "count": counts[stage], "reached": reached})
        if i + 1 < len(STAGES):
            conversion.append(
                {"from": stage, "later": later, "reached": reached, "ratio": _ratio(later, reached)}
            )
    created, dealt = session.execute(
        select(func.count(), func.sum(case((Customer.deal_count > 0, 1), else_=0))).where(
            w.has(Customer.created_at)
        )
    ).one()
    out = w.header("funnel")
    out["total"] = sum(counts.values())
    out["stages"] = stages
    out["conversion"] = conversion
    out["created"] = int(created or 0)
    out["created_with_deal"] = int(dealt or 0)
    out["created_deal_ratio"] = _ratio(int(dealt or 0), int(created or 0))
    return out


# --- warnings --------------------------------------------------------------------------


def warnings_report(
    session: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """How many customers each warning rule flags, and how risk is spread over the
    working base (as of the last warning refresh): how big the risk queue is."""
    w = window(since, until, now)
    score = Customer.risk_score
    bucket = case(
        *((score <= high, i) for i, (_, high) in enumerate(RISK_BUCKETS[:-1])),
        else_=len(RISK_BUCKETS) - 1,
    )
    # bucket in a subquery: grouping by an expression with bound values would not
    # match the selected one on PostgreSQL (each gets its own parameters)
    scored = (
        select(bucket.label("bucket"), Customer.warning_flags.label("flags"))
        .where(Customer.status.in_(WORKING))
        .subquery()
    )
    found = Counter[int]()
    warned = 0
    for b, n, flagged in session.execute(
        select(
            scored.c.bucket,
            func.count(),
            func.sum(case((scored.c.flags != 0, 1), else_=0)),
        ).group_by(scored.c.bucket)
    ):
        found[int(b)] += int(n)
        warned += int(flagged or 0)
    out = w.header("warnings")
    out["per_rule"] = warnings_per_rule(session)
    out["total"] = sum(found.values())
    out["warned"] = warned
    out["risk"] = [
        {
            "bucket": str(low) if low == high else f"{low}-{high}",
            "min": low,
            "max": high,
            "count": found[i],
        }
        for i, (low, high) in enumerate(RISK_BUCKETS)
    ]
    return out


# --- workload --------------------------------------------------------------------------


def workload_report(
    session: Session,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """Per active rep: what they hold now (owned, locked, due, about to be reclaimed,
    warned) and what they did in the window (follow-ups, deals, claims): who is
    overloaded and who is sitting on customers. One query per measure, grouped by rep."""
    w = window(since, until, now)
    reps = session.execute(
        select(Rep.id, Rep.name, Rep.role, Rep.capacity).where(Rep.active).order_by(Rep.id)
    ).all()

    def flag(condition: Any) -> Any:
        return func.sum(case((condition, 1), else_=0))

    held = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                Customer.owner_id,
                func.count(),
                flag(Customer.locked.is_(True)),
                flag(Customer.next_followup_at <= w.now),
                flag(Customer.reclaim_warned_at.is_not(None)),
                flag(Customer.warning_flags != 0),
            )
            .where(Customer.status == ACTIVE, Customer.owner_id.is_not(None))
            .group_by(Customer.owner_id)
        )
    }
    followups = dict(
        session.execute(
            select(FollowUp.rep_id, func.count())
            .where(w.has(FollowUp.at))
            .group_by(FollowUp.rep_id)
        ).all()
    )
    deals = {
        rep_id: (n, total)
        for rep_id, n, total in session.execute(
            select(Deal.rep_id, func.count(), func.sum(Deal.amount))
            .where(w.has(Deal.at))
            .group_by(Deal.rep_id)
        )
    }
    claims = dict(
        session.execute(
            select(Transition.actor_id, func.count())
            .where(Transition.action == "claim", w.has(Transition.at))
            .group_by(Transition.actor_id)
        ).all()
    )
    rows = []
    for rep_id, name, role, capacity in reps:
        owned, locked, due, reclaim_warned, warned = held.get(rep_id, (0, 0, 0, 0, 0))
        deal_count, deal_total = deals.get(rep_id, (0, 0))
        rows.append(
            {
                "id": int(rep_id),
                "name": name,
                "role": role,
                "capacity": int(capacity),
                "owned": int(owned or 0),
                "locked": int(locked or 0),
                "due_followups": int(due or 0),
                "reclaim_warned": int(reclaim_warned or 0),
                "warned": int(warned or 0),
                "followups": int(followups.get(rep_id, 0)),
                "deals": int(deal_count),
                "deal_total": money(deal_total),
                "claims": int(claims.get(rep_id, 0)),
            }
        )
    out = w.header("workload")
    out["reps"] = rows
    return out


# --- the registry ----------------------------------------------------------------------

REPORTS: dict[str, Report] = {
    "reasons": reasons_report,
    "pool_flow": pool_flow_report,
    "tiers": tiers_report,
    "funnel": funnel_report,
    "warnings": warnings_report,
    "workload": workload_report,
}


def run_report(session: Session, name: str, **kw: Any) -> dict[str, Any]:
    """The report called `name` (what `crmdesk report NAME` runs)."""
    report = REPORTS.get(name)
    if report is None:
        raise InvalidValue(field="report", why=f"must be one of {', '.join(REPORTS)}")
    return report(session, **kw)
