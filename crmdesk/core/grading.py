"""Grading (分级): tiers A/B/C/D from what a customer has done for us. D is junk.

Points, with DESIGN.md's five signals (thresholds editable, stored as a Setting):
    recency    days since the last interaction: <= 30 -> 3, <= 90 -> 2, <= 180 -> 1
    frequency  deals within the last 365 days: >= 5 -> 3, >= 2 -> 2, >= 1 -> 1
    value      lifetime deal value: >= 100,000 -> 3, >= 20,000 -> 2, >= 1,000 -> 1
    returns    return rate >= 30 %: -2
    complaints >= 3 within 90 days: -2
Tier: A at 7 points or more, B at 4, C at 1, D below.

The last interaction is the latest of: a follow-up that reached the customer (an
unanswered call is not an interaction), a deal, and the day the customer was created,
so a new lead starts as C rather than junk. A manual override (`tier_override`)
wins over the rules until it is cleared; every change of tier is a TierChange row.
Grading is set-based: one statement computes every tier, one records the moves and one
writes them.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from datetime import datetime, timedelta
from typing import Any
from uuid import uuid4

from sqlalchemy import (
    Integer,
    Select,
    case,
    cast,
    false,
    func,
    insert,
    literal,
    null,
    select,
    update,
)
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.errors import InvalidValue, NoteRequired, NotFound, PermissionDenied
from crmdesk.core.lifecycle import get_rep
from crmdesk.core.models import (
    ACTIVE,
    POOL,
    TIERS,
    Complaint,
    Customer,
    Deal,
    Return,
    Setting,
    TierChange,
)
from crmdesk.core.money import at_least_pct, rate_pct
from crmdesk.core.uow import load_for_update, unit_of_work

C = Customer.__table__.c
SETTING = "grading"
GRADED = (ACTIVE, POOL)  # the working base; voided, closed and archived keep their tier


@dataclass(frozen=True)
class GradingRules:
    recency_days: tuple[int, int, int] = (30, 90, 180)
    frequency_days: int = 365
    frequency: tuple[int, int, int] = (1, 2, 5)
    value: tuple[int, int, int] = (1_000, 20_000, 100_000)
    return_rate: int = 30
    return_penalty: int = 2
    complaints: int = 3
    complaint_days: int = 90
    complaint_penalty: int = 2
    tier_a: int = 7
    tier_b: int = 4
    tier_c: int = 1


def grading_rules(session: Session) -> GradingRules:
    stored = session.get(Setting, SETTING)
    if stored is None:
        return GradingRules()
    value = {k: tuple(v) if isinstance(v, list) else v for k, v in stored.value.items()}
    return GradingRules(**value)


def _check(changes: dict[str, Any], merged: GradingRules) -> None:
    names = {f.name for f in fields(GradingRules)}
    for name, value in changes.items():
        if name not in names:
            raise InvalidValue(field=name, why="not a grading rule")
        values = value if isinstance(value, (list, tuple)) else [value]
        steps = isinstance(getattr(GradingRules(), name), tuple)
        if steps and len(values) != 3:
            raise InvalidValue(field=name, why="needs three steps")
        if not steps and isinstance(value, (list, tuple)):
            raise InvalidValue(field=name, why="must be one whole number")
        for v in values:
            if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= 100_000_000:
                raise InvalidValue(field=name, why="must be whole numbers from 0")
    for name in ("recency_days", "frequency", "value"):
        steps = getattr(merged, name)
        ordered = steps[0] <= steps[1] <= steps[2]
        if not ordered:
            raise InvalidValue(field=name, why="steps must not decrease")
    if not merged.tier_a >= merged.tier_b >= merged.tier_c:
        raise InvalidValue(field="tiers", why="A needs at least B's points, B at least C's")


@unit_of_work
def update_grading_rules(session: Session, changes: dict[str, Any], actor: int) -> GradingRules:
    """A manager edits thresholds; the next grading run uses them."""
    rep = get_rep(session, actor)
    if not rep.is_manager:
        raise PermissionDenied(actor=rep.name, action="edit grading rules", why="managers only")
    normal = {k: tuple(v) if isinstance(v, list) else v for k, v in changes.items()}
    current = asdict(grading_rules(session))
    unknown = set(normal) - set(current)
    if unknown:
        raise InvalidValue(field=", ".join(sorted(unknown)), why="not a grading rule")
    merged = GradingRules(**{**current, **normal})
    _check(normal, merged)
    session.merge(
        Setting(
            key=SETTING,
            value={k: list(v) if isinstance(v, tuple) else v for k, v in asdict(merged).items()},
        )
    )
    return merged


# --- the points, as SQL ----------------------------------------------------------------


def _steps(value: Any, steps: tuple[int, int, int]) -> Any:
    """0-3 points by the three steps."""
    return case((value >= steps[2], 3), (value >= steps[1], 2), (value >= steps[0], 1), else_=0)


def _points(session: Session, rules: GradingRules, now: datetime) -> dict[str, Any]:
    """The expressions behind a tier, named so an explanation can show each number.

    Cheap where it counts at a million customers: recency compares times instead of
    computing days, and each subquery runs only for customers it can matter to (who
    have deals, or a complaint in the window)."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    last = last_interaction(sqlite)
    days = days_since(sqlite, last, now)
    deals = (
        select(func.count())
        .where(
            Deal.customer_id == C.id,
            Deal.at >= now - timedelta(days=rules.frequency_days),
            Deal.at <= now,
        )
        .scalar_subquery()
    )
    returned = (
        select(func.coalesce(func.sum(Return.amount), 0))
        .where(Return.customer_id == C.id)
        .scalar_subquery()
    )
    since = now - timedelta(days=rules.complaint_days)
    window = (Complaint.at >= since, Complaint.at <= now)
    complaints = (
        select(func.count()).where(Complaint.customer_id == C.id, *window).scalar_subquery()
    )
    complained = select(Complaint.customer_id).where(*window)
    high_returns = case((at_least_pct(returned, C.deal_total, rules.return_rate), 1), else_=0)
    penalty = case((high_returns == 1, rules.return_penalty), else_=0) + case(
        (
            C.id.in_(complained),
            case((complaints >= rules.complaints, rules.complaint_penalty), else_=0),
        ),
        else_=0,
    )
    # "within N days" is "fewer than N + 1 whole days ago", as days_since rounds down
    r = rules.recency_days
    recency = case(
        (last > now - timedelta(days=r[0] + 1), 3),
        (last > now - timedelta(days=r[1] + 1), 2),
        (last > now - timedelta(days=r[2] + 1), 1),
        else_=0,
    )
    frequency = case((C.deal_count > 0, _steps(deals, rules.frequency)), else_=0)
    value = _steps(C.deal_total, rules.value)
    total = recency + frequency + value - penalty
    return {
        "days": days,
        "deals": deals,
        "returned": returned,
        "complaints": complaints,
        "recency": recency,
        "frequency": frequency,
        "value": value,
        "penalty": penalty,
        "total": total,
        "tier": tier_of(rules, total),
    }


def tier_of(rules: GradingRules, total: Any) -> Any:
    return case(
        (total >= rules.tier_a, "A"),
        (total >= rules.tier_b, "B"),
        (total >= rules.tier_c, "C"),
        else_="D",
    )


def last_interaction(sqlite: bool) -> Any:
    """The latest of: creation, a follow-up that reached the customer, a deal."""
    return _greatest(sqlite, C.created_at, C.last_reached_at, C.last_deal_at)


def _greatest(sqlite: bool, *values: Any) -> Any:
    """The latest non-null time: SQLite's max() returns NULL if any argument is NULL."""
    if sqlite:
        return func.max(*(func.coalesce(v, values[0]) for v in values))
    return func.greatest(*values)


def days_since(sqlite: bool, then: Any, now: datetime) -> Any:
    """Whole days from `then` to `now`, rounded down, in SQL."""
    if sqlite:
        return cast(func.julianday(now) - func.julianday(then), Integer)
    return cast(func.floor(func.extract("epoch", literal(now) - then) / 86400), Integer)


def _graded(
    session: Session, rules: GradingRules, now: datetime, ids: Sequence[int] | None
) -> Select[Any]:
    """(id, old tier, new tier) of the customers the rules grade. The points are summed
    in an inner query, so the tier's CASE reads the total once instead of recomputing
    every subquery per branch."""
    p = _points(session, rules, now)
    inner = select(C.id.label("id"), C.tier.label("old"), p["total"].label("total")).where(
        C.status.in_(GRADED), C.tier_override.is_(None)
    )
    if ids is not None:
        inner = inner.where(C.id.in_(ids))
    t = inner.subquery()
    return select(t.c.id, t.c.old, tier_of(rules, t.c.total).label("new"))


# --- running it ------------------------------------------------------------------------


@dataclass(frozen=True)
class GradeResult:
    by_tier: dict[str, int]
    moves: dict[str, dict[str, int]]  # from tier -> to tier -> customers
    overridden: int
    seconds: float
    batch: str | None = None
    dry_run: bool = False

    @property
    def moved(self) -> int:
        return sum(n for to in self.moves.values() for n in to.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "by_tier": self.by_tier,
            "moved": self.moved,
            "moves": self.moves,
            "overridden": self.overridden,
            "seconds": round(self.seconds, 3),
            "dry_run": self.dry_run,
        }


def grade(
    session: Session,
    *,
    ids: Sequence[int] | None = None,
    dry_run: bool = False,
    now: datetime | None = None,
) -> GradeResult:
    """Re-grade the working customers (or `ids`, e.g. after an import)."""
    started = time.perf_counter()
    at = now or clock.now()
    if dry_run:
        result = _grade(session, at, ids, write=False)
        session.rollback()
    else:
        result = _grade_now(session, at, ids)
    return GradeResult(
        result.by_tier,
        result.moves,
        result.overridden,
        time.perf_counter() - started,
        result.batch,
        dry_run,
    )


def may_regrade(session: Session, actor: int) -> None:
    """Re-grading (or previewing it) is the managers': tiers decide the whole team's work."""
    rep = get_rep(session, actor)
    if not rep.is_manager:
        raise PermissionDenied(actor=rep.name, action="re-grade tiers", why="managers only")


@unit_of_work
def regrade(session: Session, actor: int) -> GradeResult:
    """A manager's "re-grade now": every working customer, by the rules as they stand."""
    may_regrade(session, actor)
    started = time.perf_counter()
    result = _grade(session, clock.now(), None, write=True, actor=actor)
    return replace(result, seconds=time.perf_counter() - started)


@unit_of_work
def _grade_now(session: Session, at: datetime, ids: Sequence[int] | None) -> GradeResult:
    return _grade(session, at, ids, write=True)


def _grade(
    session: Session,
    at: datetime,
    ids: Sequence[int] | None,
    *,
    write: bool,
    actor: int | None = None,
) -> GradeResult:
    rules = grading_rules(session)
    parts = [ids[i : i + 5000] for i in range(0, len(ids), 5000)] if ids is not None else [None]
    moves: Counter[tuple[str, str]] = Counter()
    batch = uuid4().hex if write else None
    for part in parts:
        g = _graded(session, rules, at, part).subquery()
        moved = select(g.c.id, g.c.old, g.c.new).where(g.c.old != g.c.new).subquery()
        if not write:
            rows = session.execute(
                select(moved.c.old, moved.c.new, func.count()).group_by(moved.c.old, moved.c.new)
            ).all()
            moves.update({(old, new): n for old, new, n in rows})
            continue
        session.execute(
            insert(TierChange).from_select(
                [
                    "customer_id",
                    "from_tier",
                    "to_tier",
                    "override",
                    "actor_id",
                    "at",
                    "note",
                    "batch",
                ],
                select(
                    moved.c.id,
                    moved.c.old,
                    moved.c.new,
                    false(),
                    null() if actor is None else literal(actor, Integer),
                    literal(at),
                    null(),
                    literal(batch),
                ),
            )
        )
    if write:
        changed = select(TierChange.customer_id).where(TierChange.batch == batch)
        new_tier = (
            select(TierChange.to_tier)
            .where(TierChange.batch == batch, TierChange.customer_id == C.id)
            .scalar_subquery()
        )
        session.execute(
            update(Customer)
            .where(C.id.in_(changed))
            .values(tier=new_tier)
            .execution_options(synchronize_session=False)
        )
        rows = session.execute(
            select(TierChange.from_tier, TierChange.to_tier, func.count())
            .where(TierChange.batch == batch)
            .group_by(TierChange.from_tier, TierChange.to_tier)
        ).all()
        moves.update({(old, new): n for old, new, n in rows})
    by_tier = dict.fromkeys(TIERS, 0)
    tiers = select(C.tier, func.count()).where(C.status.in_(GRADED)).group_by(C.tier)
    overridden = select(func.count()).where(C.status.in_(GRADED), C.tier_override.is_not(None))
    if ids is not None:
        tiers = tiers.where(C.id.in_(ids))
        overridden = overridden.where(C.id.in_(ids))
    for tier, n in session.execute(tiers):
        by_tier[tier] = n
    if not write:  # what the tiers would be after the moves
        for (old, new), n in moves.items():
            by_tier[old] -= n
            by_tier[new] += n
    nested: dict[str, dict[str, int]] = {}
    for (old, new), n in sorted(moves.items()):
        nested.setdefault(old, {})[new] = n
    return GradeResult(by_tier, nested, int(session.scalar(overridden) or 0), 0.0, batch)


@unit_of_work
def settle_tiers(session: Session, now: datetime) -> None:
    """Set every tier from the rules without history: for data that arrives already
    graded (the demo), where a first "move" of every customer would be noise."""
    g = _graded(session, grading_rules(session), now, None).subquery()
    session.execute(
        update(Customer)
        .where(C.id == g.c.id, g.c.old != g.c.new)
        .values(tier=g.c.new)
        .execution_options(synchronize_session=False)
    )


# --- one customer ----------------------------------------------------------------------


@dataclass(frozen=True)
class TierExplanation:
    customer_id: int
    tier: str
    computed: str
    override: str | None
    days_since_interaction: int
    deals_in_window: int
    deal_total: float
    return_rate: int
    complaints: int
    points: dict[str, int] = field(default_factory=dict)


def explain_tier(
    session: Session, customer_id: int, *, now: datetime | None = None
) -> TierExplanation:
    """Why a customer has its tier: each signal, its number and its points."""
    at = now or clock.now()
    rules = grading_rules(session)
    p = _points(session, rules, at)
    rate = rate_pct(p["returned"], C.deal_total)
    row = session.execute(
        select(
            C.tier,
            C.tier_override,
            C.deal_total,
            p["days"],
            p["deals"],
            rate,
            p["complaints"],
            p["recency"],
            p["frequency"],
            p["value"],
            p["penalty"],
            p["total"],
            p["tier"],
        ).where(C.id == customer_id)
    ).one_or_none()
    if row is None:
        raise NotFound(kind="customer", ids=[customer_id])
    (
        tier,
        override,
        total_value,
        days,
        deals,
        rate,
        complaints,
        r,
        f,
        v,
        pen,
        total,
        computed,
    ) = row
    return TierExplanation(
        customer_id,
        tier,
        computed,
        override,
        int(days),
        int(deals),
        float(total_value or 0),
        int(rate),
        int(complaints),
        {"recency": r, "frequency": f, "value": v, "penalty": -pen, "total": total},
    )


@unit_of_work
def set_tier_override(
    session: Session,
    ids: Sequence[int],
    tier: str | None,
    note: str | None,
    actor: int,
    *,
    now: datetime | None = None,
) -> int:
    """A manager fixes customers' tier by hand (with a note), or clears the override so
    the rules grade them again at once. Managers only: tiers set reclaim periods, and a
    rep who could raise their own customers' tier could keep them longer."""
    at = now or clock.now()
    rep = get_rep(session, actor)
    if not rep.is_manager:
        raise PermissionDenied(actor=rep.name, action="override tier", why="managers only")
    if tier is not None and tier not in TIERS:
        raise InvalidValue(field="tier", why="must be A, B, C or D")
    text = (note or "").strip()
    if tier is not None and not text:
        raise NoteRequired(reason="tier override", reason_zh="手动调整等级")
    customers = load_for_update(session, Customer, ids, "customer")
    batch = uuid4().hex
    history = []
    for c in customers:
        if tier is not None:
            history.append(_change(c, c.tier, tier, rep.id, at, text, batch))
            c.tier = tier
        c.tier_override = tier
    session.flush()
    if tier is None:
        rules = grading_rules(session)
        g = _graded(session, rules, at, [c.id for c in customers]).subquery()
        for cid, old, new in session.execute(select(g.c.id, g.c.old, g.c.new)).all():
            if old == new:
                continue
            history.append(_change_row(cid, old, new, rep.id, at, text or None, batch))
            session.execute(
                update(Customer)
                .where(C.id == cid)
                .values(tier=new)
                .execution_options(synchronize_session=False)
            )
    if history:
        session.execute(insert(TierChange), history)
    return len(customers)


def _change(
    c: Customer, old: str, new: str, actor: int, at: datetime, note: str, batch: str
) -> dict[str, Any]:
    return {**_change_row(c.id, old, new, actor, at, note, batch), "override": True}


def _change_row(
    cid: int, old: str, new: str, actor: int, at: datetime, note: str | None, batch: str
) -> dict[str, Any]:
    return {
        "customer_id": cid,
        "from_tier": old,
        "to_tier": new,
        "override": False,
        "actor_id": actor,
        "at": at,
        "note": note,
        "batch": batch,
    }
