"""The customer lifecycle: each move between statuses, who may make it, and its history.

One function per user action. Each takes ids, checks every customer before changing
any, writes Transition rows, and commits as one transaction (all or nothing).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import uuid4

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.errors import (
    AlreadyOwned,
    CapacityReached,
    ChecklistIncomplete,
    DailyClaimsReached,
    FreshPoolCooldown,
    InactiveRep,
    InvalidValue,
    NoteRequired,
    NotFound,
    OwnedLimitReached,
    PermissionDenied,
    PreviousOwnerCooldown,
)
from crmdesk.core.models import (
    ACTIVE,
    ARCHIVED,
    CLOSED,
    POOL,
    VOIDED,
    Customer,
    Pool,
    PoolMember,
    PoolRules,
    Rep,
    Transition,
)
from crmdesk.core.reasons import CLOSE_CHECKLIST, check_reason, list_reasons
from crmdesk.core.transitions import (
    ActionResult,
    check_from,
    check_owner_or_manager,
    load_customers,
    move_customers,
)
from crmdesk.core.uow import chunks, load_for_update, unit_of_work

# --- helpers shared by the actions ---------------------------------------------------


def get_rep(session: Session, rep_id: int, *, lock: bool = False) -> Rep:
    if lock:
        return load_for_update(session, Rep, [rep_id], "rep")[0]
    rep = session.get(Rep, rep_id)
    if rep is None:
        raise NotFound(kind="rep", ids=[rep_id])
    return rep


def pool_rules(session: Session, pool_id: int) -> PoolRules:
    rules = session.get(PoolRules, pool_id)
    if rules is None:
        raise NotFound(kind="pool", ids=[pool_id])
    return rules


def assignable_owners(session: Session, actor: int, pool_id: int) -> dict[int, str]:
    """Active reps `actor` may hand new customers of `pool_id` to (an import's owners),
    id -> name: anyone for the pool's admins and managers, else only themselves."""
    rep = get_rep(session, actor)
    query = select(Rep.id, Rep.name).where(Rep.active.is_(True)).order_by(Rep.name)
    if not is_pool_admin(session, rep, pool_id):
        query = query.where(Rep.id == rep.id)
    return dict(session.execute(query).tuples().all())


def is_pool_admin(session: Session, rep: Rep, pool_id: int) -> bool:
    """Managers administer every pool; others only where they are listed as admin."""
    if rep.is_manager:
        return True
    return bool(
        session.scalar(
            select(
                exists().where(
                    PoolMember.pool_id == pool_id,
                    PoolMember.rep_id == rep.id,
                    PoolMember.is_admin,
                )
            )
        )
    )


def is_pool_member(session: Session, rep: Rep, pool_id: int) -> bool:
    if rep.is_manager:
        return True
    return bool(
        session.scalar(
            select(exists().where(PoolMember.pool_id == pool_id, PoolMember.rep_id == rep.id))
        )
    )


def owned_count(session: Session, rep_id: int, rules: PoolRules | None = None) -> int:
    """Active customers a rep owns, counting locked and dealt ones as the rules say."""
    stmt = select(func.count()).where(Customer.owner_id == rep_id, Customer.status == ACTIVE)
    if rules is not None and not rules.count_locked:
        stmt = stmt.where(Customer.locked.is_(False))
    if rules is not None and not rules.count_dealt:
        stmt = stmt.where(Customer.deal_count == 0)
    return int(session.scalar(stmt) or 0)


def claims_today(session: Session, rep_id: int, pool_id: int, now: datetime) -> int:
    """Claims from one pool since midnight: each pool's rules set its own daily limit."""
    return int(
        session.scalar(
            select(func.count()).where(
                Transition.actor_id == rep_id,
                Transition.action == "claim",
                Transition.pool_id == pool_id,
                Transition.at >= clock.start_of_day(now),
            )
        )
        or 0
    )


def last_left(
    session: Session, rep_id: int, customer_ids: Sequence[int], since: datetime
) -> dict[int, datetime]:
    """When each customer last left this rep (release, reclaim, reassignment) after
    `since`. Read from the history, not from previous_owner_id, so that passing a
    customer through a second rep does not clear the first rep's cooldown."""
    left: dict[int, datetime] = {}
    for part in chunks(sorted(customer_ids)):
        rows = session.execute(
            select(Transition.customer_id, func.max(Transition.at))
            .where(
                Transition.customer_id.in_(part),
                Transition.from_owner_id == rep_id,
                or_(Transition.to_owner_id.is_(None), Transition.to_owner_id != rep_id),
                Transition.at > since,
            )
            .group_by(Transition.customer_id)
        )
        left.update({cid: at for cid, at in rows})
    return left


def _deny(rep: Rep, action: str, why: str) -> PermissionDenied:
    return PermissionDenied(actor=rep.name, action=action, why=why)


def check_active_rep(rep: Rep) -> None:
    if not rep.active:
        raise InactiveRep(rep=rep.name)


def _require_note(note: str | None, what: str, what_zh: str) -> str:
    if not (note or "").strip():
        raise NoteRequired(reason=what, reason_zh=what_zh)
    return note.strip()  # type: ignore[union-attr]


# --- the actions ---------------------------------------------------------------------


@unit_of_work
def release_customers(
    session: Session,
    ids: Sequence[int],
    reason: str,
    note: str | None,
    actor: int,
    *,
    pool_id: int | None = None,
    now: datetime | None = None,
) -> ActionResult:
    """Owner or manager gives customers back to a pool, saying which and why."""
    at = now or clock.now()
    rep = get_rep(session, actor)
    customers = load_customers(session, ids)
    check_from(customers, "release")
    check_owner_or_manager(rep, customers, "release")
    check_reason(session, "release", reason, note)
    if pool_id is not None and session.get(Pool, pool_id) is None:
        raise NotFound(kind="pool", ids=[pool_id])
    return move_customers(
        session,
        customers,
        "release",
        POOL,
        rep.id,
        at,
        owner_id=None,
        pool_id=pool_id,
        reason_code=reason,
        note=note,
    )


@unit_of_work
def claim_customers(
    session: Session, ids: Sequence[int], actor: int, *, now: datetime | None = None
) -> ActionResult:
    """A rep takes customers from a pool, within the pool's claim rules.

    The rep's row is locked first (PostgreSQL) so that one rep's simultaneous claims
    queue up and the daily and owned limits hold; customers are locked next, so two
    reps claiming one customer cannot both get it.
    """
    at = now or clock.now()
    rep = get_rep(session, actor, lock=True)
    check_active_rep(rep)
    customers = load_customers(session, ids)
    check_from(customers, "claim")
    for pool_id in sorted({c.pool_id for c in customers}):
        if not is_pool_member(session, rep, pool_id):
            raise _deny(rep, "claim", "not a member of the pool")
        if is_pool_admin(session, rep, pool_id):
            continue
        rules = pool_rules(session, pool_id)
        from_pool = [c for c in customers if c.pool_id == pool_id]
        _check_claim_cooldowns(session, rep, from_pool, rules, at)
        used = claims_today(session, rep.id, pool_id, at)
        if used + len(from_pool) > rules.daily_claims:
            raise DailyClaimsReached(limit=rules.daily_claims, used=used, requested=len(from_pool))
        owned = owned_count(session, rep.id, rules)
        if owned + len(customers) > rules.max_owned:
            raise OwnedLimitReached(
                rep=rep.name, limit=rules.max_owned, owned=owned, requested=len(customers)
            )
    return move_customers(session, customers, "claim", ACTIVE, rep.id, at, owner_id=rep.id)


@dataclass(frozen=True)
class ClaimAllowance:
    """What a rep may still claim from one pool today, as the claim rules count it."""

    pool_id: int
    admin: bool  # a pool's admin has no claim limits there
    left_today: int
    daily_claims: int
    owned: int
    max_owned: int


def claim_allowance(
    session: Session, rep_id: int, pool_ids: Iterable[int], *, now: datetime | None = None
) -> list[ClaimAllowance]:
    """The numbers `claim_customers` checks, for the claim dialog to show beforehand."""
    rep = get_rep(session, rep_id)
    at = now or clock.now()
    out = []
    for pool_id in sorted(set(pool_ids)):
        rules = pool_rules(session, pool_id)
        admin = is_pool_admin(session, rep, pool_id)
        left = max(rules.daily_claims - claims_today(session, rep.id, pool_id, at), 0)
        owned = owned_count(session, rep.id, rules)
        out.append(ClaimAllowance(pool_id, admin, left, rules.daily_claims, owned, rules.max_owned))
    return out


def _check_claim_cooldowns(
    session: Session, rep: Rep, customers: Sequence[Customer], rules: PoolRules, at: datetime
) -> None:
    cooldown = timedelta(days=rules.reclaim_cooldown_days)
    left = last_left(session, rep.id, [c.id for c in customers], at - cooldown)
    for c in customers:
        if c.pooled_at is not None and rules.fresh_hours > 0:
            ends = c.pooled_at + timedelta(hours=rules.fresh_hours)
            if at < ends:
                raise FreshPoolCooldown(customer_id=c.id, ends_at=ends, kind="fresh")
        if c.id in left and at < left[c.id] + cooldown:
            ends = left[c.id] + cooldown
            raise PreviousOwnerCooldown(customer_id=c.id, ends_at=ends, kind="previous_owner")


@unit_of_work
def assign_customers(
    session: Session,
    ids: Sequence[int],
    to_rep: int,
    actor: int,
    *,
    note: str | None = None,
    now: datetime | None = None,
) -> ActionResult:
    """A manager (or the pool's admin) gives customers to a rep within the rep's capacity."""
    at = now or clock.now()
    rep = get_rep(session, actor)
    target = get_rep(session, to_rep, lock=True)
    check_active_rep(target)
    customers = load_customers(session, ids)
    check_from(customers, "assign")
    for pool_id in {c.pool_id for c in customers}:
        if not is_pool_admin(session, rep, pool_id):
            raise _deny(rep, "assign", "managers or pool admins only")
    for c in customers:
        if c.owner_id == target.id:
            raise AlreadyOwned(customer_id=c.id, rep=target.name)
    check_capacity(session, target, len(customers))
    return move_customers(
        session, customers, "assign", ACTIVE, rep.id, at, owner_id=target.id, note=note
    )


def check_capacity(session: Session, target: Rep, adding: int) -> None:
    owned = owned_count(session, target.id)
    if owned + adding > target.capacity:
        raise CapacityReached(
            rep=target.name, capacity=target.capacity, owned=owned, requested=adding
        )


@unit_of_work
def void_customers(
    session: Session,
    ids: Sequence[int],
    reason: str,
    note: str | None,
    actor: int,
    *,
    last_contact: str | None = None,
    now: datetime | None = None,
) -> ActionResult:
    """Owner or manager moves junk into the recycle bin (作废箱), with a reason."""
    at = now or clock.now()
    rep = get_rep(session, actor)
    customers = load_customers(session, ids)
    check_from(customers, "void")
    check_owner_or_manager(rep, customers, "void")
    check_reason(session, "void", reason, note)
    details = {"last_contact": last_contact} if last_contact else None
    return move_customers(
        session,
        customers,
        "void",
        VOIDED,
        rep.id,
        at,
        reason_code=reason,
        note=note,
        details=details,
    )


@unit_of_work
def close_customers(
    session: Session,
    ids: Sequence[int],
    reason: str,
    note: str | None,
    checklist: Iterable[str],
    actor: int,
    *,
    now: datetime | None = None,
) -> ActionResult:
    """Owner or manager ends a relationship; every exit checklist item must be done."""
    at = now or clock.now()
    rep = get_rep(session, actor)
    customers = load_customers(session, ids)
    check_from(customers, "close")
    check_owner_or_manager(rep, customers, "close")
    check_reason(session, "close", reason, note)
    done = set(checklist)
    missing = [item for item in CLOSE_CHECKLIST if item not in done]
    if missing:
        raise ChecklistIncomplete(missing=missing)
    return move_customers(
        session,
        customers,
        "close",
        CLOSED,
        rep.id,
        at,
        reason_code=reason,
        note=note,
        details={"checklist": list(CLOSE_CHECKLIST)},
    )


@unit_of_work
def archive_customers(
    session: Session, ids: Sequence[int], actor: int, *, now: datetime | None = None
) -> ActionResult:
    """A manager files closed customers away; archived rows are read-only."""
    at = now or clock.now()
    rep = get_rep(session, actor)
    if not rep.is_manager:
        raise _deny(rep, "archive", "managers only")
    customers = load_customers(session, ids)
    check_from(customers, "archive")
    return move_customers(session, customers, "archive", ARCHIVED, rep.id, at)


@unit_of_work
def reactivate_customers(
    session: Session,
    ids: Sequence[int],
    note: str,
    actor: int,
    *,
    to: str = POOL,
    owner_id: int | None = None,
    now: datetime | None = None,
) -> ActionResult:
    """Bring voided, closed or archived customers back, to a pool or to an owner.

    Managers may reactivate anything; a rep may restore customers they voided themselves
    (they stay the owner of a voided customer), and only to themselves or the pool.
    """
    at = now or clock.now()
    rep = get_rep(session, actor)
    text = _require_note(note, "reactivation", "重新激活")
    if to not in (POOL, ACTIVE):
        raise InvalidValue(field="to", why="must be pool or active")
    customers = load_customers(session, ids)
    check_from(customers, "reactivate")
    if not rep.is_manager:
        for c in customers:
            if c.status != VOIDED or c.owner_id != rep.id:
                raise _deny(rep, "reactivate", "managers only")
        if owner_id not in (None, rep.id):
            raise _deny(rep, "assign", "managers or pool admins only")
    if to == POOL:
        return move_customers(
            session, customers, "reactivate", POOL, rep.id, at, owner_id=None, note=text
        )
    owners = {owner_id or c.owner_id or (None if rep.is_manager else rep.id) for c in customers}
    if None in owners:
        raise InvalidValue(field="owner", why="choose the rep who will own the customers")
    batch = uuid4().hex
    for target_id in sorted(owners):  # type: ignore[type-var]
        target = get_rep(session, target_id, lock=True)
        check_active_rep(target)
        mine = [c for c in customers if (owner_id or c.owner_id or rep.id) == target_id]
        check_capacity(session, target, len(mine))
        # A rep restoring what they voided keeps the old clock: voiding and restoring
        # must not be a way to dodge reclaim. A manager's reactivation starts afresh.
        move_customers(
            session,
            mine,
            "reactivate",
            ACTIVE,
            rep.id,
            at,
            owner_id=target_id,
            note=text,
            batch=batch,
            fresh_period=rep.is_manager,
        )
    return ActionResult("reactivate", tuple(c.id for c in customers), batch, at)


@unit_of_work
def lock_customers(
    session: Session, ids: Sequence[int], actor: int, *, now: datetime | None = None
) -> ActionResult:
    """Exempt owned customers from reclaim. Managers and pool admins only: a rep who
    could lock their own customers could opt out of reclaim altogether."""
    return _set_locked(session, ids, actor, True, now or clock.now())


@unit_of_work
def unlock_customers(
    session: Session, ids: Sequence[int], actor: int, *, now: datetime | None = None
) -> ActionResult:
    return _set_locked(session, ids, actor, False, now or clock.now())


def _set_locked(
    session: Session, ids: Sequence[int], actor: int, locked: bool, at: datetime
) -> ActionResult:
    action = "lock" if locked else "unlock"
    rep = get_rep(session, actor)
    customers = load_customers(session, ids)
    check_from(customers, action)
    for pool_id in {c.pool_id for c in customers}:
        if not is_pool_admin(session, rep, pool_id):
            raise _deny(rep, action, "managers or pool admins only")
    for c in customers:
        c.locked = locked
        c.reclaim_warned_at = None
        if not locked:
            c.clock_reset_at = at
    return move_customers(session, customers, action, ACTIVE, rep.id, at)


# --- why a customer left work --------------------------------------------------------


@dataclass(frozen=True)
class ExitInfo:
    """A customer's latest void or close, as plain data: the reason in both languages
    (its current label), the note, who decided (None: the system) and when."""

    customer_id: int
    status: str
    reason_code: str | None
    reason_en: str | None
    reason_zh: str | None
    note: str | None
    actor_id: int | None
    actor_name: str | None
    at: datetime


EXIT_KINDS = {VOIDED: "void", CLOSED: "close"}  # the status a decision made -> reason kind


def exit_reasons(session: Session, ids: Sequence[int]) -> dict[int, ExitInfo]:
    """Why each customer was voided or closed, read before bringing it back.

    An archived customer was closed first: its close is the decision shown. Customers
    never voided or closed are left out."""
    labels = {
        (kind, r.code): r
        for kind in EXIT_KINDS.values()
        for r in list_reasons(session, kind, retired=True)
    }
    found: dict[int, ExitInfo] = {}
    for part in chunks(sorted(set(ids))):
        latest = (
            select(func.max(Transition.id))
            .where(Transition.customer_id.in_(part), Transition.to_status.in_(list(EXIT_KINDS)))
            .group_by(Transition.customer_id)
        )
        rows = session.execute(
            select(Transition, Rep.name)
            .outerjoin(Rep, Rep.id == Transition.actor_id)
            .where(Transition.id.in_(latest))
        )
        for t, actor_name in rows.tuples():
            reason = labels.get((EXIT_KINDS[t.to_status], t.reason_code or ""))
            found[t.customer_id] = ExitInfo(
                customer_id=t.customer_id,
                status=t.to_status,
                reason_code=t.reason_code,
                reason_en=reason.label_en if reason else t.reason_code,
                reason_zh=reason.label_zh if reason else t.reason_code,
                note=t.note,
                actor_id=t.actor_id,
                actor_name=actor_name,
                at=t.at,
            )
    return found
