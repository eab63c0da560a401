"""Reps, managers, the default pool and the first-run defaults."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.errors import InvalidValue, PermissionDenied
from crmdesk.core.models import ROLES, Pool, PoolMember, PoolRules, Rep
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
        raise InvalidValue(field="role", why="the first person must be a manager")
    return _create_rep(session, name, role, region, capacity, level, now or clock.now()).id
