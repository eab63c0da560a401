"""Follow-ups, deals, payments, returns and complaints: dated records that feed the rules.

Each writer keeps the customer's counters (last follow-up, failed attempts, last deal,
contract end, open payments) in step, so that the sweep reads one table.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core import clock, risk
from crmdesk.core.errors import InvalidTransition, InvalidValue, NotFound, PermissionDenied
from crmdesk.core.lifecycle import get_rep, is_pool_admin
from crmdesk.core.models import (
    ACTIVE,
    FOLLOWUP_KINDS,
    OUTCOMES,
    POOL,
    Complaint,
    Customer,
    Deal,
    FollowUp,
    Payment,
    Rep,
    Return,
)
from crmdesk.core.uow import load_for_update, unit_of_work

STAGE_BY_DEALS = ((5, "loyal"), (2, "repeat"), (1, "first_purchase"))
# A desk's clock may run a little fast; a record dated later than this is a mistake,
# and would hold its customer out of reclaim until that date.
CLOCK_SLACK = timedelta(hours=1)


def _when(at: datetime | None, now: datetime | None, field: str = "at") -> datetime:
    current = now or clock.now()
    if at is None:
        return current
    if at > current + CLOCK_SLACK:
        raise InvalidValue(field=field, why="is in the future")
    return at


def stage_for(deal_count: int, current: str) -> str:
    for at_least, stage in STAGE_BY_DEALS:
        if deal_count >= at_least:
            return stage
    return current


def _writable(session: Session, customer_id: int, actor: int, what: str) -> tuple[Customer, Rep]:
    """Closed, voided and archived customers are read-only; a rep writes on their own."""
    rep = get_rep(session, actor)
    customer = load_for_update(session, Customer, [customer_id], "customer")[0]
    if customer.status not in (ACTIVE, POOL):
        raise InvalidTransition(customer_id=customer.id, status=customer.status, action=what)
    if customer.owner_id != rep.id and not is_pool_admin(session, rep, customer.pool_id):
        raise PermissionDenied(actor=rep.name, action=what, why="not the owner")
    return customer, rep


@unit_of_work
def log_followup(
    session: Session,
    customer_id: int,
    actor: int,
    kind: str,
    outcome: str,
    note: str | None = None,
    *,
    at: datetime | None = None,
    next_at: datetime | None = None,
    now: datetime | None = None,
) -> int:
    """Any follow-up restarts the reclaim clock; failed ones also count toward the
    "5 failed contact attempts" void suggestion until someone is reached."""
    if kind not in FOLLOWUP_KINDS:
        raise InvalidValue(field="kind", why=f"one of {', '.join(FOLLOWUP_KINDS)}")
    if outcome not in OUTCOMES:
        raise InvalidValue(field="outcome", why=f"one of {', '.join(OUTCOMES)}")
    when = _when(at, now)
    if next_at is not None and next_at < when:
        raise InvalidValue(field="next_at", why="is before the follow-up")
    customer, rep = _writable(session, customer_id, actor, "followup")
    row = FollowUp(
        customer_id=customer.id,
        rep_id=rep.id,
        kind=kind,
        outcome=outcome,
        note=note,
        at=when,
        next_at=next_at,
    )
    session.add(row)
    latest = customer.last_followup_at is None or when >= customer.last_followup_at
    if latest:
        customer.last_followup_at = when
        customer.next_followup_at = next_at
        customer.reclaim_warned_at = None
    if outcome == "reached":
        if customer.last_reached_at is None or when > customer.last_reached_at:
            customer.last_reached_at = when
        if customer.stage == "lead":
            customer.stage = "prospect"
    if not latest:  # back-dated: where it falls in the sequence decides, so count again
        session.flush()
        customer.failed_attempts = failed_since_reached(session, customer.id)
    elif outcome == "reached":
        customer.failed_attempts = 0
    else:
        customer.failed_attempts += 1
    session.flush()
    return row.id


def failed_since_reached(session: Session, customer_id: int) -> int:
    """Failed follow-ups after the last one that reached the customer, by their dates."""
    reached = session.scalar(
        select(func.max(FollowUp.at)).where(
            FollowUp.customer_id == customer_id, FollowUp.outcome == "reached"
        )
    )
    failed = select(func.count()).where(
        FollowUp.customer_id == customer_id, FollowUp.outcome != "reached"
    )
    if reached is not None:
        failed = failed.where(FollowUp.at > reached)
    return int(session.scalar(failed) or 0)


@unit_of_work
def record_deal(
    session: Session,
    customer_id: int,
    actor: int,
    amount: Decimal,
    *,
    at: datetime | None = None,
    contract_start: datetime | None = None,
    contract_end: datetime | None = None,
    now: datetime | None = None,
) -> int:
    if amount <= 0:
        raise InvalidValue(field="amount", why="must be more than 0")
    if contract_start and contract_end and contract_end < contract_start:
        raise InvalidValue(field="contract_end", why="is before the contract starts")
    when = _when(at, now)
    customer, rep = _writable(session, customer_id, actor, "followup")
    deal = Deal(
        customer_id=customer.id,
        rep_id=rep.id,
        amount=amount,
        at=when,
        contract_start=contract_start,
        contract_end=contract_end,
    )
    session.add(deal)
    customer.deal_count += 1
    customer.deal_total = (customer.deal_total or Decimal(0)) + amount
    if customer.last_deal_at is None or when > customer.last_deal_at:
        customer.last_deal_at = when
    if contract_end and (customer.contract_end is None or contract_end > customer.contract_end):
        customer.contract_end = contract_end
    customer.stage = stage_for(customer.deal_count, customer.stage)
    customer.reclaim_warned_at = None
    session.flush()
    risk.refresh_in(session, [customer.id], now or clock.now())  # the return rate moves
    return deal.id


@unit_of_work
def add_payment(
    session: Session,
    customer_id: int,
    actor: int,
    amount: Decimal,
    due_at: datetime,
    *,
    deal_id: int | None = None,
) -> int:
    """A payment the customer owes; until paid it freezes the reclaim countdown."""
    if amount <= 0:
        raise InvalidValue(field="amount", why="must be more than 0")
    customer, _ = _writable(session, customer_id, actor, "followup")
    payment = Payment(customer_id=customer.id, deal_id=deal_id, amount=amount, due_at=due_at)
    session.add(payment)
    customer.open_payments += 1
    customer.reclaim_warned_at = None
    session.flush()
    risk.refresh_in(session, [customer.id], clock.now())
    return payment.id


@unit_of_work
def mark_paid(
    session: Session,
    payment_id: int,
    actor: int,
    *,
    paid_at: datetime | None = None,
    now: datetime | None = None,
) -> None:
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise NotFound(kind="payment", ids=[payment_id])
    if payment.paid_at is not None:
        raise InvalidValue(field="payment", why="is already paid")
    customer, _ = _writable(session, payment.customer_id, actor, "followup")
    payment.paid_at = _when(paid_at, now, "paid_at")
    customer.open_payments = max(0, customer.open_payments - 1)
    customer.reclaim_warned_at = None
    if customer.open_payments == 0:
        customer.clock_reset_at = payment.paid_at
    session.flush()
    risk.refresh_in(session, [customer.id], now or clock.now())


@unit_of_work
def record_return(
    session: Session,
    customer_id: int,
    actor: int,
    amount: Decimal,
    *,
    at: datetime | None = None,
    deal_id: int | None = None,
    note: str | None = None,
    now: datetime | None = None,
) -> int:
    if amount <= 0:
        raise InvalidValue(field="amount", why="must be more than 0")
    customer, _ = _writable(session, customer_id, actor, "followup")
    row = Return(
        customer_id=customer.id, deal_id=deal_id, amount=amount, at=_when(at, now), note=note
    )
    session.add(row)
    session.flush()
    risk.refresh_in(session, [customer.id], now or clock.now())
    return row.id


@unit_of_work
def record_complaint(
    session: Session,
    customer_id: int,
    actor: int,
    note: str | None = None,
    *,
    at: datetime | None = None,
    now: datetime | None = None,
) -> int:
    customer, _ = _writable(session, customer_id, actor, "followup")
    row = Complaint(customer_id=customer.id, at=_when(at, now), note=note)
    session.add(row)
    session.flush()
    risk.refresh_in(session, [customer.id], now or clock.now())
    return row.id
