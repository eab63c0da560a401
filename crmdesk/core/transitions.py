"""How a customer changes status: the moves each action may make, and the one writer of
their history.

Every module that moves customers (the lifecycle's actions, a duplicate merge, an
accepted void suggestion, a distribution) loads them, checks them and moves them here,
so a status never changes without its Transition row.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import uuid4

from sqlalchemy import insert
from sqlalchemy.orm import Session

from crmdesk.core.errors import InvalidTransition, InvalidValue, PermissionDenied
from crmdesk.core.models import (
    ACTIVE,
    ARCHIVED,
    CLOSED,
    POOL,
    VOIDED,
    Customer,
    Rep,
    Transition,
)
from crmdesk.core.uow import load_for_update

# action -> statuses it may start from. Anything else is refused.
ALLOWED_FROM: dict[str, frozenset[str]] = {
    "release": frozenset({ACTIVE}),
    "reclaim": frozenset({ACTIVE}),
    "claim": frozenset({POOL}),
    "assign": frozenset({POOL, ACTIVE}),
    "void": frozenset({ACTIVE, POOL}),
    "close": frozenset({ACTIVE}),
    "archive": frozenset({CLOSED}),
    "reactivate": frozenset({VOIDED, CLOSED, ARCHIVED}),
    "lock": frozenset({ACTIVE}),
    "unlock": frozenset({ACTIVE}),
}

_KEEP: Any = object()


@dataclass(frozen=True)
class ActionResult:
    """What an action changed: the customers, and the batch its history rows share."""

    action: str
    customer_ids: tuple[int, ...]
    batch: str
    at: datetime

    @property
    def count(self) -> int:
        return len(self.customer_ids)


def load_customers(session: Session, ids: Sequence[int]) -> list[Customer]:
    """The customers an action is about, locked for update; none selected is refused."""
    if not ids:
        raise InvalidValue(field="customers", why="none selected")
    return load_for_update(session, Customer, ids, "customer")


def check_from(customers: Iterable[Customer], action: str) -> None:
    allowed = ALLOWED_FROM[action]
    for c in customers:
        if c.status not in allowed:
            raise InvalidTransition(customer_id=c.id, status=c.status, action=action)


def check_owner_or_manager(rep: Rep, customers: Iterable[Customer], action: str) -> None:
    if rep.is_manager:
        return
    for c in customers:
        if c.owner_id != rep.id:
            raise PermissionDenied(actor=rep.name, action=action, why="not the owner")


def move_customers(
    session: Session,
    customers: Sequence[Customer],
    action: str,
    to_status: str,
    actor_id: int | None,
    at: datetime,
    *,
    owner_id: Any = _KEEP,
    pool_id: int | None = None,
    reason_code: str | None = None,
    note: str | None = None,
    details: dict[str, Any] | None = None,
    batch: str | None = None,
    fresh_period: bool = True,
) -> ActionResult:
    """Apply one action to loaded customers and append its history rows.

    A new owner, or (with `fresh_period`) an owner taking a customer back into work,
    starts a new reclaim period.
    """
    batch = batch or uuid4().hex
    history = []
    for c in customers:
        new_owner = c.owner_id if owner_id is _KEEP else owner_id
        history.append(
            {
                "customer_id": c.id,
                "action": action,
                "from_status": c.status,
                "to_status": to_status,
                "from_owner_id": c.owner_id,
                "to_owner_id": new_owner,
                "pool_id": pool_id or c.pool_id,
                "actor_id": actor_id,
                "at": at,
                "reason_code": reason_code,
                "note": note,
                "details": details,
                "batch": batch,
            }
        )
        if new_owner != c.owner_id or (fresh_period and to_status == ACTIVE and c.status != ACTIVE):
            if c.owner_id is not None and new_owner != c.owner_id:
                c.previous_owner_id = c.owner_id
                c.left_owner_at = at
            c.owned_since = at if new_owner is not None else None
            c.reclaim_warned_at = None
            c.owner_id = new_owner
        if pool_id is not None:
            c.pool_id = pool_id
        if to_status != c.status:
            if to_status == POOL:
                c.pooled_at = at
                c.locked = False
            c.status = to_status
            c.status_reason = reason_code
            c.status_changed_at = at
    session.flush()
    if history:
        session.execute(insert(Transition), history)
    return ActionResult(action, tuple(c.id for c in customers), batch, at)
