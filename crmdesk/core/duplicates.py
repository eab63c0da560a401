"""Duplicates (查重): groups of customers sharing a normalised phone, email or company
name, and merging them into one customer that keeps every record of all of them.

Keys live in customer_keys (core/indexing.py keeps them current), so a scan of a
million customers is one GROUP BY over an index. A customer voided as a duplicate
(including every customer merged into another) is never a candidate again.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, func, not_, select, update
from sqlalchemy.orm import Session

from crmdesk.core import clock, risk
from crmdesk.core.activity import failed_since_reached
from crmdesk.core.customers import EDITABLE
from crmdesk.core.errors import InvalidValue, PermissionDenied
from crmdesk.core.lifecycle import get_rep, is_pool_admin
from crmdesk.core.models import (
    STAGES,
    VOIDED,
    Complaint,
    Customer,
    CustomerKey,
    Deal,
    FollowUp,
    Payment,
    Return,
    Transition,
)
from crmdesk.core.reasons import DUPLICATE_REASON, check_reason
from crmdesk.core.transitions import check_from, load_customers, move_customers
from crmdesk.core.uow import unit_of_work

C = Customer.__table__.c
K = CustomerKey.__table__.c
KINDS = ("phone", "email", "name")
# Records that follow their customer into a merge. History (transitions, tier changes)
# stays where it was written and is read through merged_into_id.
RECORDS = {
    "followups": FollowUp,
    "deals": Deal,
    "payments": Payment,
    "returns": Return,
    "complaints": Complaint,
}


def eligible(customer: Any = C) -> ColumnElement[bool]:
    """Customers that may be found as duplicates: all but those voided as duplicates."""
    return not_(and_(customer.status == VOIDED, customer.status_reason == DUPLICATE_REASON))


@dataclass
class DuplicateGroup:
    """Customers linked by shared keys (A shares a phone with B, B a name with C: one
    group), and which keys link them."""

    customer_ids: list[int]
    keys: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class ScanResult:
    groups: list[DuplicateGroup]
    customers: int
    seconds: float


def find_duplicates(
    session: Session, *, kinds: Sequence[str] = KINDS, customer_ids: Sequence[int] | None = None
) -> ScanResult:
    """Every duplicate group (or those touching `customer_ids`), largest first."""
    started = time.perf_counter()
    for kind in kinds:
        if kind not in KINDS:
            raise InvalidValue(field="kinds", why=f"{kind!r} is not one of {', '.join(KINDS)}")
    if customer_ids is None:
        shared = (
            select(K.kind, K.key)
            .where(K.kind.in_(kinds))
            .group_by(K.kind, K.key)
            .having(func.count() > 1)
            .subquery()
        )
        rows = _members(session, shared)
    else:
        rows = _reachable(session, kinds, set(customer_ids))
    groups = _components(rows)
    if customer_ids is not None:
        wanted = set(customer_ids)
        groups = [g for g in groups if wanted.intersection(g.customer_ids)]
    return ScanResult(
        groups, sum(len(g.customer_ids) for g in groups), time.perf_counter() - started
    )


def _members(session: Session, shared: Any) -> list[Any]:
    """(kind, key, customer) of eligible customers holding the shared keys."""
    return list(
        session.execute(
            select(K.kind, K.key, K.customer_id)
            .join(shared, and_(K.kind == shared.c.kind, K.key == shared.c.key))
            .join(Customer, C.id == K.customer_id)
            .where(eligible())
            .order_by(K.kind, K.key, K.customer_id)
        )
    )


def _reachable(session: Session, kinds: Sequence[str], start: set[int]) -> list[Any]:
    """Follow keys out from some customers until no new customer turns up, so their
    whole groups are found without scanning everyone (a customer's detail view)."""
    seen, frontier, rows = set(start), set(start), set()
    while frontier:
        keys = (
            select(K.kind, K.key)
            .where(K.kind.in_(kinds), K.customer_id.in_(sorted(frontier)))
            .distinct()
            .subquery()
        )
        found = _members(session, keys)
        rows.update(found)
        frontier = {cid for _, _, cid in found} - seen
        seen |= frontier
    return sorted(rows)


def _components(rows: Sequence[Any]) -> list[DuplicateGroup]:
    """Union-find over customers sharing keys; keys kept by only one eligible customer
    link nothing."""
    by_key: dict[tuple[str, str], list[int]] = {}
    for kind, key, cid in rows:
        by_key.setdefault((kind, key), []).append(cid)
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    links = {k: ids for k, ids in by_key.items() if len(ids) > 1}
    for ids in links.values():
        first = find(ids[0])
        for other in ids[1:]:
            root = find(other)
            if root != first:
                parent[max(root, first)] = min(root, first)
                first = min(root, first)
    groups: dict[int, DuplicateGroup] = {}
    for key, ids in links.items():
        group = groups.setdefault(find(ids[0]), DuplicateGroup([]))
        group.keys.append(key)
        group.customer_ids.extend(ids)
    out = []
    for group in groups.values():
        group.customer_ids = sorted(set(group.customer_ids))
        out.append(group)
    out.sort(key=lambda g: (-len(g.customer_ids), g.customer_ids[0]))
    return out


def candidates(session: Session, customer_id: int) -> list[int]:
    """Other customers that look like this one (for its detail view)."""
    mine = select(K.kind, K.key).where(K.customer_id == customer_id).subquery()
    rows = session.scalars(
        select(K.customer_id)
        .join(mine, and_(K.kind == mine.c.kind, K.key == mine.c.key))
        .join(Customer, C.id == K.customer_id)
        .where(K.customer_id != customer_id, eligible())
        .distinct()
        .order_by(K.customer_id)
    )
    return list(rows)


# --- merging ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MergeResult:
    survivor: int
    merged: tuple[int, ...]
    moved: dict[str, int]
    batch: str


@unit_of_work
def merge_customers(
    session: Session,
    ids: Sequence[int],
    survivor: int,
    actor: int,
    *,
    choices: dict[str, int] | None = None,
    note: str | None = None,
    now: datetime | None = None,
) -> MergeResult:
    """Merge customers into `survivor`: every follow-up, deal, payment, return and
    complaint moves to it; the others are voided as duplicates, pointing at it, and their
    history stays readable through it (see `history_ids`).

    `choices` says, per field, which customer's value wins; a field not chosen keeps the
    survivor's value, or the first other customer's when the survivor's is empty.
    """
    at = now or clock.now()
    rep = get_rep(session, actor)
    wanted = sorted(set(ids) | {survivor})
    if len(wanted) < 2:
        raise InvalidValue(field="customers", why="choose at least two customers to merge")
    customers = load_customers(session, wanted)
    check_from(customers, "void")
    for c in customers:
        if c.owner_id != rep.id and not is_pool_admin(session, rep, c.pool_id):
            raise PermissionDenied(actor=rep.name, action="merge", why="not the owner")
    check_reason(session, "void", DUPLICATE_REASON, None)
    by_id = {c.id: c for c in customers}
    keep = by_id[survivor]
    others = [c for c in customers if c.id != survivor]
    picked = _pick(keep, others, choices or {}, by_id)
    for name, value in picked.items():
        setattr(keep, name, value)
    moved = {}
    loser_ids = [c.id for c in others]
    for name, model in RECORDS.items():
        result = session.execute(
            update(model)
            .where(model.customer_id.in_(loser_ids))
            .values(customer_id=survivor)
            .execution_options(synchronize_session=False)
        )
        moved[name] = int(result.rowcount or 0)
    _recount(session, keep, others)
    void = move_customers(
        session,
        others,
        "void",
        VOIDED,
        rep.id,
        at,
        reason_code=DUPLICATE_REASON,
        note=note,
        details={"merged_into": survivor},
    )
    for c in others:
        c.merged_into_id = survivor
    move_customers(
        session,
        [keep],
        "merge",
        keep.status,
        rep.id,
        at,
        note=note,
        details={"merged": loser_ids, "fields": _sources(picked, keep, others), "moved": moved},
        batch=void.batch,
    )
    session.flush()
    risk.refresh_in(session, [survivor, *loser_ids], at)
    return MergeResult(survivor, tuple(loser_ids), moved, void.batch)


def _pick(
    keep: Customer, others: list[Customer], choices: dict[str, int], by_id: dict[int, Customer]
) -> dict[str, Any]:
    picked: dict[str, Any] = {}
    for name, source in choices.items():
        if name not in EDITABLE:
            raise InvalidValue(field=name, why="not a customer field")
        if source not in by_id:
            raise InvalidValue(field=name, why=f"customer {source} is not being merged")
        picked[name] = getattr(by_id[source], name)
    for name in EDITABLE:
        if name in picked or getattr(keep, name) not in (None, ""):
            continue
        for other in others:
            if getattr(other, name) not in (None, ""):
                picked[name] = getattr(other, name)
                break
    if "company" in picked and not (picked["company"] or "").strip():
        raise InvalidValue(field="company", why="is empty")
    return picked


def _sources(picked: dict[str, Any], keep: Customer, others: list[Customer]) -> dict[str, int]:
    """Which customer each taken value came from, for the merge's history row."""
    out = {}
    for name, value in picked.items():
        for c in [keep, *others]:
            if getattr(c, name) == value:
                out[name] = c.id
                break
    return out


def _recount(session: Session, keep: Customer, others: list[Customer]) -> None:
    """The survivor's counters from the records it now holds, as activity.py keeps them."""
    cid = keep.id
    last_deal, deals, total, contract_end = session.execute(
        select(
            func.max(Deal.at),
            func.count(),
            func.coalesce(func.sum(Deal.amount), 0),
            func.max(Deal.contract_end),
        ).where(Deal.customer_id == cid)
    ).one()
    keep.last_deal_at, keep.deal_count = last_deal, int(deals)
    keep.deal_total = _money(total)
    keep.contract_end = contract_end
    keep.open_payments = int(
        session.scalar(
            select(func.count()).where(Payment.customer_id == cid, Payment.paid_at.is_(None))
        )
        or 0
    )
    latest = session.execute(
        select(FollowUp.at, FollowUp.next_at)
        .where(FollowUp.customer_id == cid)
        .order_by(FollowUp.at.desc(), FollowUp.id.desc())
        .limit(1)
    ).one_or_none()
    keep.last_followup_at, keep.next_followup_at = latest if latest else (None, None)
    keep.failed_attempts = failed_since_reached(session, cid)
    keep.last_reached_at = session.scalar(
        select(func.max(FollowUp.at)).where(
            FollowUp.customer_id == cid, FollowUp.outcome == "reached"
        )
    )
    keep.stage = max((c.stage for c in [keep, *others]), key=STAGES.index)
    keep.created_at = min(c.created_at for c in [keep, *others])


def _money(value: Any) -> Decimal:
    """SQLite sums Numeric as a float; back to cents."""
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def history_ids(session: Session, customer_id: int) -> list[int]:
    """A customer and every customer merged into it (at any depth): whose history rows
    make up its history."""
    found = [customer_id]
    frontier = [customer_id]
    while frontier:
        frontier = list(session.scalars(select(C.id).where(C.merged_into_id.in_(frontier))))
        found.extend(frontier)
    return found


def history(session: Session, customer_id: int) -> list[Transition]:
    """The full history of a customer, including the customers merged into it."""
    return list(
        session.scalars(
            select(Transition)
            .where(Transition.customer_id.in_(history_ids(session, customer_id)))
            .order_by(Transition.at, Transition.id)
        )
    )
