"""Reps, managers, pools and their members, and the first-run defaults."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.errors import FirstPersonNotManager, InvalidValue, NotFound, PermissionDenied
from crmdesk.core.models import ACTIVE, ROLES, Customer, Pool, PoolMember, PoolRules, Rep
from crmdesk.core.reasons import seed_reasons
from crmdesk.core.uow import unit_of_work

DEFAULT_POOL_NAME = "公海"


def default_pool_id(session: Session) -> int:
    pool_id = session.scalar(select(Pool.id).where(Pool.is_default))
    assert pool_id is not None, "ensure_defaults() runs when a database opens"
    return pool_id


@unit_of_work
def ensure_defaults(session: Session) -> None:
    """The default pool and reason lists every database has; idempotent."""
    if session.scalar(select(Pool.id).where(Pool.is_default)) is None:
        pool = Pool(name=DEFAULT_POOL_NAME, is_default=True)
        session.add(pool)
        session.flush()
        session.add(PoolRules(pool_id=pool.id))
    seed_reasons(session)


def _create_rep(
    session: Session,
    name: str,
    role: str,
    region: str | None,
    capacity: int,
    level: int,
    at: datetime,
) -> Rep:
    if not name.strip():
        raise InvalidValue(field="name", why="is empty")
    if role not in ROLES:
        raise InvalidValue(field="role", why="must be rep or manager")
    if capacity < 0 or level < 1:
        raise InvalidValue(field="capacity", why="must be a positive number")
    if session.scalar(select(Rep.id).where(Rep.name == name.strip())) is not None:
        raise InvalidValue(field="name", why=f"{name.strip()} exists already")
    rep = Rep(
        name=name.strip(),
        role=role,
        region=region,
        capacity=capacity,
        level=level,
        active=True,
        created_at=at,
    )
    session.add(rep)
    session.flush()
    session.add(PoolMember(pool_id=default_pool_id(session), rep_id=rep.id, is_admin=False))
    return rep


@unit_of_work
def add_rep(
    session: Session,
    name: str,
    *,
    role: str = "rep",
    region: str | None = None,
    capacity: int = 200,
    level: int = 1,
    actor: int | None = None,
    now: datetime | None = None,
) -> int:
    """Add a rep (a member of the default pool). The first person may add themselves as
    manager with no actor; after that only managers add people."""
    has_people = bool(session.scalar(select(func.count()).select_from(Rep)))
    if has_people:
        boss = session.get(Rep, actor) if actor is not None else None
        if boss is None or not boss.is_manager:
            raise PermissionDenied(
                actor=boss.name if boss else "?", action="edit", why="managers only"
            )
    elif role != "manager":
        raise FirstPersonNotManager()
    return _create_rep(session, name, role, region, capacity, level, now or clock.now()).id


# --- the team as Settings shows and edits it -----------------------------------------

REGION_LENGTH = 50
MAX_CAPACITY = 1_000_000
MAX_LEVEL = 100


@dataclass(frozen=True)
class RepInfo:
    id: int
    name: str
    role: str
    region: str | None
    capacity: int
    level: int
    active: bool
    owned: int  # active customers owned now


def list_reps(session: Session) -> list[RepInfo]:
    """Everyone, active or not, by name, with how many active customers each owns."""
    owned = dict(
        session.execute(
            select(Customer.owner_id, func.count())
            .where(Customer.status == ACTIVE, Customer.owner_id.is_not(None))
            .group_by(Customer.owner_id)
        ).all()
    )
    return [
        RepInfo(r.id, r.name, r.role, r.region, r.capacity, r.level, r.active, owned.get(r.id, 0))
        for r in session.scalars(select(Rep).order_by(Rep.name))
    ]


REP_FIELDS = ("role", "region", "capacity", "level", "active")


def _check_rep_changes(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(REP_FIELDS)
    if unknown:
        raise InvalidValue(field=", ".join(sorted(unknown)), why="cannot be edited here")
    clean = dict(changes)
    if "role" in clean and clean["role"] not in ROLES:
        raise InvalidValue(field="role", why="must be rep or manager")
    if "region" in clean:
        region = (clean["region"] or "").strip()
        if len(region) > REGION_LENGTH:
            raise InvalidValue(field="region", why=f"at most {REGION_LENGTH} characters")
        clean["region"] = region or None
    for name, low, high in (("capacity", 0, MAX_CAPACITY), ("level", 1, MAX_LEVEL)):
        value = clean.get(name, low)
        if type(value) is not int or not low <= value <= high:
            raise InvalidValue(field=name, why=f"must be a whole number from {low} to {high}")
    if "active" in clean and type(clean["active"]) is not bool:
        raise InvalidValue(field="active", why="must be true or false")
    return clean


@unit_of_work
def update_rep(session: Session, rep_id: int, changes: dict[str, Any], actor: int) -> None:
    """A manager edits a rep's role, region, capacity, level or whether they are active.

    Deactivating someone loses no customer: it is refused while they own active
    customers, which are first assigned to others or released to a pool (their voided
    and closed customers keep them as owner, as history). A team always keeps one
    active manager. A capacity below what a rep owns takes nothing away; it only stops
    further assignments.
    """
    boss = session.get(Rep, actor)
    if boss is None or not boss.is_manager:
        raise PermissionDenied(actor=boss.name if boss else "?", action="edit", why="managers only")
    clean = _check_rep_changes(changes)
    rep = session.get(Rep, rep_id)
    if rep is None:
        raise NotFound(kind="rep", ids=[rep_id])
    if clean.get("active") is False and rep.active:
        owned = session.scalar(
            select(func.count()).where(Customer.owner_id == rep.id, Customer.status == ACTIVE)
        )
        if owned:
            raise InvalidValue(
                field=rep.name,
                why=f"owns {owned} active customers; assign or release them first",
            )
    stays_manager = clean.get("role", rep.role) == "manager" and clean.get("active", rep.active)
    if rep.is_manager and rep.active and not stays_manager:
        others = session.scalar(
            select(func.count()).where(Rep.role == "manager", Rep.active, Rep.id != rep.id)
        )
        if not others:
            raise InvalidValue(field=rep.name, why="the team needs an active manager")
    for name, value in clean.items():
        setattr(rep, name, value)


@dataclass(frozen=True)
class PoolInfo:
    id: int
    name: str
    is_default: bool
    members: int
    admins: int


def list_pools(session: Session) -> list[PoolInfo]:
    """Every pool, the default first, with its member and admin counts."""
    counts = {
        pool_id: (members, int(admins or 0))
        for pool_id, members, admins in session.execute(
            select(
                PoolMember.pool_id,
                func.count(),
                func.sum(case((PoolMember.is_admin, 1), else_=0)),
            ).group_by(PoolMember.pool_id)
        )
    }
    pools = session.scalars(select(Pool).order_by(Pool.is_default.desc(), Pool.name))
    return [PoolInfo(p.id, p.name, p.is_default, *counts.get(p.id, (0, 0))) for p in pools]


def pool_members(session: Session, pool_id: int) -> dict[int, bool]:
    """Rep id -> is admin, for the reps listed in a pool (managers need not be)."""
    rows = session.execute(
        select(PoolMember.rep_id, PoolMember.is_admin).where(PoolMember.pool_id == pool_id)
    )
    return {rep_id: bool(is_admin) for rep_id, is_admin in rows}


def pool_rule_values(session: Session, pool_id: int) -> dict[str, Any]:
    """A pool's stored rules as plain values, the keys of pools.RULE_FIELDS."""
    rules = session.get(PoolRules, pool_id)
    if rules is None:
        raise NotFound(kind="pool", ids=[pool_id])
    values = {c.key: getattr(rules, c.key) for c in PoolRules.__table__.columns}
    values.pop("pool_id")
    values.pop("change_no")
    values["tier_followup_days"] = dict(values["tier_followup_days"] or {})
    return values
