"""Distribution (分配): spread selected customers over chosen reps by a strategy.

A manager first previews a plan (which rep gets which customers, which could not be
placed and why, each rep's load before and after), then commits it. The commit works the
plan out again under the reps' row locks, so it never pushes a rep past their capacity or
a pool's cap even when other desks assign or claim in between, and writes it as ordinary
assign transitions sharing one batch, in one transaction.

Customers are taken in id order and every tie is broken by rep id, so the same data and
the same choices always give the same plan.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol
from uuid import uuid4

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.errors import InvalidTransition, InvalidValue, NotFound, PermissionDenied
from crmdesk.core.lifecycle import (
    check_active_rep,
    get_rep,
    is_pool_admin,
    owned_count,
    pool_rules,
)
from crmdesk.core.models import ACTIVE, Customer, PoolRules, Rep
from crmdesk.core.transitions import ALLOWED_FROM, load_customers, move_customers
from crmdesk.core.uow import chunks, load_for_update, unit_of_work

STRATEGIES = ("round_robin", "region", "industry", "least_loaded", "weighted")

# Why a customer was left where it is (the UI translates these codes).
NO_CAPACITY = "no_capacity"
NO_REP_FOR_REGION = "no_rep_for_region"
NO_REP_FOR_INDUSTRY = "no_rep_for_industry"
ALREADY_OWNED = "already_owned_by_target"
UNASSIGNED_REASONS = (NO_CAPACITY, NO_REP_FOR_REGION, NO_REP_FOR_INDUSTRY, ALREADY_OWNED)

_MAPPED = {"region": NO_REP_FOR_REGION, "industry": NO_REP_FOR_INDUSTRY}


@dataclass(frozen=True)
class RepLoad:
    """One row of the preview table: a rep's customers before and after the plan.

    `room` is how many more customers the rep could take before the plan: the smaller of
    what their capacity and a pool's cap leave, for the involved pool that leaves most.
    """

    rep_id: int
    name: str
    owned_before: int
    adding: int
    room: int

    @property
    def owned_after(self) -> int:
        return self.owned_before + self.adding

    @property
    def room_after(self) -> int:
        return max(self.room - self.adding, 0)


@dataclass(frozen=True)
class Plan:
    """What a distribution would do. `assignments` has every chosen rep, in the order
    given (an empty tuple for a rep who gets nothing); ids are ascending."""

    strategy: str
    assignments: dict[int, tuple[int, ...]]
    unassigned: tuple[tuple[int, str], ...]
    loads: dict[int, RepLoad]

    @property
    def count(self) -> int:
        return sum(len(ids) for ids in self.assignments.values())


@dataclass(frozen=True)
class DistributionResult:
    """What a committed distribution did; its history rows share `batch`."""

    strategy: str
    batch: str
    at: datetime
    assignments: dict[int, tuple[int, ...]]
    unassigned: tuple[tuple[int, str], ...]

    @property
    def count(self) -> int:
        return sum(len(ids) for ids in self.assignments.values())

    @property
    def customer_ids(self) -> tuple[int, ...]:
        return tuple(sorted(cid for ids in self.assignments.values() for cid in ids))


class _CustomerLike(Protocol):
    """What planning reads of a customer: an ORM row (commit) or a plain row (preview)."""

    id: int
    status: str
    owner_id: int | None
    pool_id: int
    region: str | None
    industry: str | None
    locked: bool
    deal_count: int


# --- the two entry points ------------------------------------------------------------


def preview_distribution(
    session: Session,
    customer_ids: Sequence[int],
    rep_ids: Sequence[int],
    strategy: str,
    actor: int,
    *,
    mapping: Mapping[str, Sequence[int]] | None = None,
    now: datetime | None = None,
) -> Plan:
    """The plan a manager sees before committing; reads only, writes nothing.

    Refuses exactly what the commit would refuse (permissions, statuses, inactive reps),
    so a preview that succeeds is a commit that succeeds on unchanged data. `now` is
    accepted for symmetry with the commit: no part of a plan depends on the time.
    """
    chosen = _chosen(rep_ids)
    _check_strategy(strategy, mapping)
    rep = get_rep(session, actor)
    found = {r.id: r for r in session.scalars(select(Rep).where(Rep.id.in_(chosen)))}
    _require_all(found, chosen, "rep")
    reps = [found[r] for r in chosen]
    for r in reps:
        check_active_rep(r)
    customers = _read_customers(session, customer_ids)
    return _plan(session, customers, reps, strategy, rep, mapping)


@unit_of_work
def distribute_customers(
    session: Session,
    customer_ids: Sequence[int],
    rep_ids: Sequence[int],
    strategy: str,
    actor: int,
    *,
    mapping: Mapping[str, Sequence[int]] | None = None,
    note: str | None = None,
    now: datetime | None = None,
) -> DistributionResult:
    """Commit a distribution as assign transitions: all placed customers or none.

    The reps' rows are locked first (in id order, as claims and assignments lock them),
    then the customers, and the plan is worked out again on what is committed now; the
    result may therefore place fewer customers than an earlier preview, never more than
    the reps have room for. Customers that cannot be placed stay where they are.
    """
    at = now or clock.now()
    chosen = _chosen(rep_ids)
    _check_strategy(strategy, mapping)
    rep = get_rep(session, actor)
    found = {r.id: r for r in load_for_update(session, Rep, chosen, "rep")}
    reps = [found[r] for r in chosen]
    for r in reps:
        check_active_rep(r)
    customers = load_customers(session, customer_ids)
    plan = _plan(session, customers, reps, strategy, rep, mapping)
    batch = uuid4().hex
    by_id = {c.id: c for c in customers}
    text = (note or "").strip() or None
    for rep_id, ids in plan.assignments.items():
        if ids:
            move_customers(
                session,
                [by_id[cid] for cid in ids],
                "assign",
                ACTIVE,
                rep.id,
                at,
                owner_id=rep_id,
                note=text,
                details={"strategy": strategy},
                batch=batch,
            )
    return DistributionResult(strategy, batch, at, plan.assignments, plan.unassigned)


# --- checks --------------------------------------------------------------------------


def _chosen(rep_ids: Sequence[int]) -> list[int]:
    """The chosen reps once each, in the order given (round-robin follows it)."""
    chosen = list(dict.fromkeys(rep_ids))
    if not chosen:
        raise InvalidValue(field="reps", why="none selected")
    return chosen


def _check_strategy(strategy: str, mapping: Mapping[str, Sequence[int]] | None) -> None:
    if strategy not in STRATEGIES:
        raise InvalidValue(field="strategy", why=f"must be one of {', '.join(STRATEGIES)}")
    if strategy == "industry" and not mapping:
        raise InvalidValue(field="mapping", why="the industry strategy needs industry -> reps")
    if mapping and strategy not in _MAPPED:
        raise InvalidValue(field="mapping", why=f"the {strategy} strategy takes no mapping")
    for key, reps in (mapping or {}).items():
        if not isinstance(key, str) or not isinstance(reps, Iterable) or isinstance(reps, str):
            raise InvalidValue(field="mapping", why=f"{key!r} must map a name to rep ids")
        if not all(isinstance(r, int) and not isinstance(r, bool) for r in reps):
            raise InvalidValue(field="mapping", why=f"{key!r} must map a name to rep ids")


def _require_all(found: Mapping[int, object], wanted: Iterable[int], kind: str) -> None:
    missing = sorted(set(wanted) - set(found))
    if missing:
        raise NotFound(kind=kind, ids=missing[:10])


def _read_customers(session: Session, ids: Sequence[int]) -> list[_CustomerLike]:
    """Just the columns planning needs, without locks or ORM objects (fast at 10,000s)."""
    wanted = sorted(set(ids))
    if not wanted:
        raise InvalidValue(field="customers", why="none selected")
    columns = (
        Customer.id,
        Customer.status,
        Customer.owner_id,
        Customer.pool_id,
        Customer.region,
        Customer.industry,
        Customer.locked,
        Customer.deal_count,
    )
    rows: list[_CustomerLike] = []
    for part in chunks(wanted):
        stmt = select(*columns).where(Customer.id.in_(part))
        rows.extend(session.execute(stmt))  # type: ignore[arg-type]
    _require_all({r.id: r for r in rows}, wanted, "customer")
    return rows


def _check_customers(session: Session, customers: Sequence[_CustomerLike], actor: Rep) -> None:
    """As for a hand assignment: pool or active only, and the actor administers every
    pool involved."""
    allowed = ALLOWED_FROM["assign"]
    for c in customers:
        if c.status not in allowed:
            raise InvalidTransition(customer_id=c.id, status=c.status, action="assign")
    for pool_id in sorted({c.pool_id for c in customers}):
        if not is_pool_admin(session, actor, pool_id):
            raise PermissionDenied(
                actor=actor.name, action="assign", why="managers or pool admins only"
            )


# --- planning ------------------------------------------------------------------------


def _counts_against(rules: PoolRules, c: _CustomerLike) -> bool:
    """Whether owning `c` counts towards `rules.max_owned`; mirrors lifecycle.owned_count."""
    return (rules.count_locked or not c.locked) and (rules.count_dealt or c.deal_count == 0)


class _Slot:
    """A rep's running totals while the plan is built."""

    __slots__ = ("cap_left", "level", "load", "owned_before", "pool_left", "rep", "room", "taken")

    def __init__(
        self, rep: Rep, owned: int, pool_owned: dict[int, int], rules: dict[int, PoolRules]
    ) -> None:
        self.rep = rep
        self.owned_before = owned
        self.load = owned
        self.level = max(rep.level, 1)
        self.cap_left = rep.capacity - owned
        self.pool_left = {pid: rules[pid].max_owned - n for pid, n in pool_owned.items()}
        self.room = max(0, *(min(self.cap_left, left) for left in self.pool_left.values()))
        self.taken: list[int] = []

    def fits(self, pool_id: int) -> bool:
        return self.cap_left > 0 and self.pool_left[pool_id] > 0


def _plan(
    session: Session,
    customers: Sequence[_CustomerLike],
    reps: Sequence[Rep],
    strategy: str,
    actor: Rep,
    mapping: Mapping[str, Sequence[int]] | None,
) -> Plan:
    """Place customers (in id order) one at a time on the rep the strategy picks among
    those with room left for the customer's pool."""
    _check_customers(session, customers, actor)
    rules = {pid: pool_rules(session, pid) for pid in sorted({c.pool_id for c in customers})}
    slots = [
        _Slot(
            r,
            owned_count(session, r.id),
            {pid: owned_count(session, r.id, pr) for pid, pr in rules.items()},
            rules,
        )
        for r in reps
    ]
    by_rep = {s.rep.id: s for s in slots}
    by_id_order = sorted(slots, key=lambda s: s.rep.id)
    candidates = _candidates(strategy, by_rep, mapping) if strategy in _MAPPED else {}
    counted: dict[tuple[bool, bool], tuple[int, ...]] = {}
    unassigned: list[tuple[int, str]] = []
    cursor = 0
    for c in sorted(customers, key=lambda c: c.id):
        if c.owner_id in by_rep:
            unassigned.append((c.id, ALREADY_OWNED))
            continue
        pid = c.pool_id
        pick: _Slot | None = None
        if strategy == "round_robin":
            for k in range(len(slots)):
                slot = slots[(cursor + k) % len(slots)]
                if slot.fits(pid):
                    pick, cursor = slot, (cursor + k + 1) % len(slots)
                    break
        elif strategy in _MAPPED:
            key = _norm(c.region if strategy == "region" else c.industry)
            among = candidates.get(key) if key is not None else None
            if not among:
                unassigned.append((c.id, _MAPPED[strategy]))
                continue
            pick = _least_loaded(among, pid)
        elif strategy == "least_loaded":
            pick = _least_loaded(by_id_order, pid)
        else:
            pick = _weighted(by_id_order, pid)
        if pick is None:
            unassigned.append((c.id, NO_CAPACITY))
            continue
        flags = (bool(c.locked), c.deal_count != 0)
        if flags not in counted:
            counted[flags] = tuple(p for p, pr in rules.items() if _counts_against(pr, c))
        pick.taken.append(c.id)
        pick.load += 1
        pick.cap_left -= 1
        for p in counted[flags]:
            pick.pool_left[p] -= 1
    return Plan(
        strategy,
        {s.rep.id: tuple(s.taken) for s in slots},
        tuple(unassigned),
        {
            s.rep.id: RepLoad(s.rep.id, s.rep.name, s.owned_before, len(s.taken), s.room)
            for s in slots
        },
    )


def _least_loaded(slots: Sequence[_Slot], pool_id: int) -> _Slot | None:
    """The rep with the fewest customers (owned plus planned); `slots` are in id order,
    so a tie goes to the lower rep id."""
    best: _Slot | None = None
    for s in slots:
        if s.fits(pool_id) and (best is None or s.load < best.load):
            best = s
    return best


def _weighted(slots: Sequence[_Slot], pool_id: int) -> _Slot | None:
    """The rep with the smallest (load + 1) / level, so a level-3 rep ends up with about
    three times the customers of a level-1 rep; compared exactly, ties to the lower id."""
    best: _Slot | None = None
    for s in slots:
        if s.fits(pool_id) and (
            best is None or (s.load + 1) * best.level < (best.load + 1) * s.level
        ):
            best = s
    return best


def _norm(value: str | None) -> str | None:
    """Region and industry names match whatever their spacing or letter case."""
    text = (value or "").strip().casefold()
    return text or None


def _candidates(
    strategy: str, by_rep: Mapping[int, _Slot], mapping: Mapping[str, Sequence[int]] | None
) -> dict[str, list[_Slot]]:
    """Name (region or industry) -> the chosen reps who take it, in id order.

    With a mapping, only its reps count, and those not chosen for this distribution are
    left out (a standing mapping can name reps who are away today). Without one (region
    only), a rep takes their own Rep.region.
    """
    found: dict[str, set[int]] = {}
    if mapping:
        for name, rep_ids in mapping.items():
            key = _norm(name)
            if key is not None:
                found.setdefault(key, set()).update(r for r in rep_ids if r in by_rep)
    else:
        for rep_id, slot in by_rep.items():
            key = _norm(slot.rep.region)
            if key is not None:
                found.setdefault(key, set()).add(rep_id)
    return {key: [by_rep[r] for r in sorted(ids)] for key, ids in found.items()}
