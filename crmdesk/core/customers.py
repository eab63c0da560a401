"""Adding customers by hand. Imports (crmdesk/excel) write through the same rules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from crmdesk.core import clock, risk
from crmdesk.core.errors import (
    EditConflict,
    InvalidTransition,
    InvalidValue,
    NotFound,
    PermissionDenied,
)
from crmdesk.core.lifecycle import check_active_rep, check_capacity, get_rep, is_pool_admin
from crmdesk.core.models import ACTIVE, ARCHIVED, CLOSED, POOL, TIERS, Customer, Pool, Transition
from crmdesk.core.team import default_pool_id
from crmdesk.core.uow import load_for_update, unit_of_work

EDITABLE = (
    "company",
    "contact",
    "phone",
    "phone2",
    "email",
    "wechat",
    "industry",
    "region",
    "source",
    "notes",
    "credit_rating",
)


@unit_of_work
def create_customer(
    session: Session,
    fields: dict[str, Any],
    actor: int,
    *,
    owner_id: int | None = None,
    to_pool: bool = False,
    pool_id: int | None = None,
    tier: str = "C",
    now: datetime | None = None,
) -> int:
    """A rep adds a customer they will own; a manager may give it to someone or pool it."""
    at = now or clock.now()
    rep = get_rep(session, actor)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidValue(field=", ".join(sorted(unknown)), why="not a customer field")
    company = (fields.get("company") or "").strip()
    if not company:
        raise InvalidValue(field="company", why="is empty")
    if tier not in TIERS:
        raise InvalidValue(field="tier", why="must be A, B, C or D")
    home = pool_id or default_pool_id(session)
    if session.get(Pool, home) is None:
        raise NotFound(kind="pool", ids=[home])
    owner = None if to_pool else (owner_id or rep.id)
    if owner is not None and owner != rep.id and not is_pool_admin(session, rep, home):
        raise PermissionDenied(actor=rep.name, action="assign", why="managers or pool admins only")
    if owner is not None and owner != rep.id:  # giving it to someone is an assignment
        target = get_rep(session, owner, lock=True)
        check_active_rep(target)
        check_capacity(session, target, 1)
    status = POOL if owner is None else ACTIVE
    customer = Customer(
        **{**fields, "company": company},
        owner_id=owner,
        pool_id=home,
        status=status,
        status_changed_at=at,
        tier=tier,
        created_at=at,
        owned_since=at if owner else None,
        pooled_at=None if owner else at,
    )
    session.add(customer)
    session.flush()
    if customer.credit_rating:
        risk.refresh_in(session, [customer.id], at)
    session.execute(
        insert(Transition),
        [
            {
                "customer_id": customer.id,
                "action": "create",
                "from_status": None,
                "to_status": status,
                "to_owner_id": owner,
                "pool_id": home,
                "actor_id": rep.id,
                "at": at,
            }
        ],
    )
    return customer.id


@unit_of_work
def update_customer(
    session: Session,
    customer_id: int,
    changes: dict[str, Any],
    actor: int,
    *,
    based_on: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> dict[str, tuple[Any, Any]]:
    """The owner, or an admin of its pool, edits a customer's details. Closed and archived
    customers are read-only. The edit is kept in the history with old and new values.

    `based_on` gives, per changed field, the value the edit started from (what the desk
    showed): if someone changed one of those fields since, to anything but this edit's
    value, the whole edit is refused with EditConflict. Other fields are not checked, so
    edits of different fields both apply. Without it (the command line, imports) the
    edit applies to whatever is stored."""
    at = now or clock.now()
    rep = get_rep(session, actor)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise InvalidValue(field=", ".join(sorted(unknown)), why="not a customer field")
    customer = load_for_update(session, Customer, [customer_id], "customer")[0]
    if customer.status in (CLOSED, ARCHIVED):
        raise InvalidTransition(customer_id=customer.id, status=customer.status, action="edit")
    if customer.owner_id != rep.id and not is_pool_admin(session, rep, customer.pool_id):
        raise PermissionDenied(actor=rep.name, action="edit", why="not the owner")
    wanted = {name: _stored_form(name, value) for name, value in changes.items()}
    if "company" in wanted and not wanted["company"]:
        raise InvalidValue(field="company", why="is empty")
    conflicts = {
        name: {"theirs": getattr(customer, name), "yours": value}
        for name, value in wanted.items()
        if name in (based_on or {})
        and getattr(customer, name) not in (_stored_form(name, based_on[name]), value)
    }
    if conflicts:
        raise EditConflict(customer_id=customer.id, conflicts=conflicts)
    changed = {}
    for name, value in wanted.items():
        old = getattr(customer, name)
        if old != value:
            changed[name] = (old, value)
            setattr(customer, name, value)
    if changed:
        session.flush()
        if "credit_rating" in changed:
            risk.refresh_in(session, [customer.id], at)
        session.execute(
            insert(Transition),
            [
                {
                    "customer_id": customer.id,
                    "action": "edit",
                    "from_status": customer.status,
                    "to_status": customer.status,
                    "from_owner_id": customer.owner_id,
                    "to_owner_id": customer.owner_id,
                    "pool_id": customer.pool_id,
                    "actor_id": rep.id,
                    "at": at,
                    "details": {k: [v[0], v[1]] for k, v in changed.items()},
                }
            ],
        )
    return changed


def _stored_form(name: str, value: Any) -> Any:
    """A value as update_customer stores it: a company without spaces around it, an
    empty field as NULL."""
    if name == "company":
        return (value or "").strip()
    return None if value == "" else value
