"""One customer as its workspace shows it: fields, records, history, tier and risk with
their reasons, its duplicate candidates, and all its dated records and history as one
timeline, read in one go as plain data.

Contacts are masked as the pool lists mask them (search.rows_by_id): a pooled customer
of a pool that masks contacts shows them only to the pool's admins (and managers). The
`may_edit` and `may_record` flags say what the services would allow the viewer, so the
view can offer only that; the services still decide.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from crmdesk.core import clock, duplicates, grading, risk
from crmdesk.core.customers import EDITABLE
from crmdesk.core.errors import NotFound
from crmdesk.core.lifecycle import get_rep, is_pool_admin
from crmdesk.core.models import (
    ACTIVE,
    ARCHIVED,
    CLOSED,
    POOL,
    Complaint,
    Customer,
    CustomerKey,
    Deal,
    FollowUp,
    Payment,
    Pool,
    Reason,
    Rep,
    Return,
    TierChange,
)
from crmdesk.core.pools import CONTACTS, mask_contacts
from crmdesk.core.search import pool_names

# Which reason list a history row's reason code comes from.
REASON_KIND = {"void": "void", "merge": "void", "close": "close", "release": "release"}
MASKED = CONTACTS  # the fields a masked detail shows masked and read-only


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    at: datetime
    kind: str
    outcome: str
    note: str | None
    next_at: datetime | None
    rep: str | None


@dataclass(frozen=True)
class DealRow:
    id: int
    at: datetime
    amount: Decimal
    contract_start: datetime | None
    contract_end: datetime | None
    rep: str | None


@dataclass(frozen=True)
class PaymentRow:
    id: int
    amount: Decimal
    due_at: datetime
    paid_at: datetime | None
    deal_id: int | None

    def overdue(self, now: datetime) -> bool:
        return self.paid_at is None and self.due_at < now


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    at: datetime
    note: str | None


@dataclass(frozen=True)
class ReturnRow:
    id: int
    at: datetime
    amount: Decimal
    note: str | None
    deal_id: int | None


@dataclass(frozen=True)
class HistoryEntry:
    """A transition, or a change of tier (action "tier"), with names instead of ids."""

    customer_id: int  # differs from the profile's when it was merged in
    at: datetime
    action: str
    actor: str | None  # None: the system (reclaim and grading rules)
    from_status: str | None = None
    to_status: str | None = None
    from_owner: str | None = None
    to_owner: str | None = None
    pool: str | None = None
    reason_code: str | None = None
    reason_en: str | None = None
    reason_zh: str | None = None
    note: str | None = None
    from_tier: str | None = None
    to_tier: str | None = None
    details: dict[str, Any] | None = None

    def reason(self, lang: str) -> str | None:
        """The reason's label in `lang`, or its code when no reason list has it."""
        label = self.reason_zh if lang.startswith("zh") else self.reason_en
        return label or self.reason_code


Record = FollowUpRow | DealRow | PaymentRow | ComplaintRow | ReturnRow | HistoryEntry
TIMELINE_KINDS = ("followup", "deal", "payment", "complaint", "return", "history")


@dataclass(frozen=True)
class TimelineEntry:
    """One dated thing in a customer's life. `kind` is one of TIMELINE_KINDS; a payment
    stands at its payment, or at its due date while unpaid. `actor` is who did it: None
    for records that keep no one, and for history the system (the rules)."""

    kind: str
    at: datetime
    actor: str | None
    record: Record


@dataclass(frozen=True)
class Candidate:
    """A customer that looks like this one, and which keys they share."""

    id: int
    company: str
    status: str
    owner: str | None
    shared: tuple[str, ...]


@dataclass(frozen=True)
class Profile:
    id: int
    fields: dict[str, str | None]  # the editable fields, masked where `masked`
    status: str
    status_reason: str | None
    stage: str
    tier: str
    locked: bool
    owner_id: int | None
    owner: str | None
    pool_id: int
    pool: str
    created_at: datetime
    last_followup_at: datetime | None
    next_followup_at: datetime | None
    failed_attempts: int
    deal_count: int
    deal_total: Decimal
    merged_into_id: int | None
    masked: bool
    may_edit: bool
    may_record: bool
    followups: list[FollowUpRow]
    deals: list[DealRow]
    payments: list[PaymentRow]
    complaints: list[ComplaintRow]
    returns: list[ReturnRow]
    history: list[HistoryEntry]
    timeline: list[TimelineEntry]
    tier_explanation: grading.TierExplanation
    risk: risk.RiskReport
    duplicates: list[Candidate]


def contacts_hidden(session: Session, viewer: Rep, customer: Customer) -> bool:
    """The pool rule: contacts of a pooled customer stay hidden until it is claimed,
    except from the pool's admins (managers administer every pool)."""
    if customer.status != POOL or is_pool_admin(session, viewer, customer.pool_id):
        return False
    pool = session.get(Pool, customer.pool_id)
    return bool(pool is not None and pool.rules.mask_contacts)


def _masked_fields(customer: Customer, hide: bool) -> dict[str, str | None]:
    values = {name: getattr(customer, name) for name in EDITABLE}
    if hide:
        mask_contacts(values)
    return values


def customer_profile(
    session: Session, customer_id: int, viewer: int, *, now: datetime | None = None
) -> Profile:
    """Everything the workspace shows of one customer, as `viewer` may see it."""
    at = now or clock.now()
    rep = get_rep(session, viewer)
    customer = _customer(session, customer_id)
    names = dict(session.execute(select(Rep.id, Rep.name)).tuples().all())
    pools = pool_names(session)
    hide = contacts_hidden(session, rep, customer)
    allowed = customer.owner_id == rep.id or is_pool_admin(session, rep, customer.pool_id)
    records = _Records.read(session, customer, names, pools, hide)
    return Profile(
        id=customer.id,
        fields=_masked_fields(customer, hide),
        status=customer.status,
        status_reason=customer.status_reason,
        stage=customer.stage,
        tier=customer.tier,
        locked=customer.locked,
        owner_id=customer.owner_id,
        owner=names.get(customer.owner_id) if customer.owner_id else None,
        pool_id=customer.pool_id,
        pool=pools.get(customer.pool_id, ""),
        created_at=customer.created_at,
        last_followup_at=customer.last_followup_at,
        next_followup_at=customer.next_followup_at,
        failed_attempts=customer.failed_attempts,
        deal_count=customer.deal_count,
        deal_total=customer.deal_total or Decimal(0),
        merged_into_id=customer.merged_into_id,
        masked=hide,
        may_edit=allowed and customer.status not in (CLOSED, ARCHIVED),
        may_record=allowed and customer.status in (ACTIVE, POOL),
        followups=records.followups,
        deals=records.deals,
        payments=records.payments,
        complaints=records.complaints,
        returns=records.returns,
        history=records.history,
        timeline=records.timeline(),
        tier_explanation=grading.explain_tier(session, customer.id, now=at),
        risk=risk.explain(session, [customer.id], now=at)[customer.id],
        duplicates=candidates(session, customer.id, names),
    )


def timeline(session: Session, customer_id: int, viewer: int) -> list[TimelineEntry]:
    """Follow-ups, deals, payments, complaints, returns and history (status changes,
    edits, tier changes) of one customer and those merged into it, newest first, as
    `viewer` may see them: an edit's contact values stay masked where the fields are."""
    rep = get_rep(session, viewer)
    customer = _customer(session, customer_id)
    names = dict(session.execute(select(Rep.id, Rep.name)).tuples().all())
    hide = contacts_hidden(session, rep, customer)
    return _Records.read(session, customer, names, pool_names(session), hide).timeline()


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(kind="customer", ids=[customer_id])
    return customer


@dataclass(frozen=True)
class _Records:
    """A customer's dated records, read once for both the lists and the timeline."""

    followups: list[FollowUpRow]
    deals: list[DealRow]
    payments: list[PaymentRow]
    complaints: list[ComplaintRow]
    returns: list[ReturnRow]
    history: list[HistoryEntry]

    @classmethod
    def read(
        cls,
        session: Session,
        customer: Customer,
        names: dict[int, str],
        pools: dict[int, str],
        hide: bool,
    ) -> _Records:
        cid = customer.id
        records = cls(
            followups=_followups(session, cid, names),
            deals=_deals(session, cid, names),
            payments=_payments(session, cid),
            complaints=_complaints(session, cid),
            returns=_returns(session, cid),
            history=history(session, cid, names, pools),
        )
        return records.masked(customer) if hide else records

    def masked(self, customer: Customer) -> _Records:
        """The notes with the customer's contacts hidden, as its fields are: a follow-up
        saying "call back on 138…" would give away what the pool masks."""
        contacts = {name: getattr(customer, name) for name in CONTACTS}

        def hidden(note: str | None) -> str | None:
            if not note:
                return note
            values = {**contacts, "note": note}
            mask_contacts(values)
            return values["note"]

        return _Records(
            followups=[replace(f, note=hidden(f.note)) for f in self.followups],
            deals=self.deals,
            payments=self.payments,
            complaints=[replace(c, note=hidden(c.note)) for c in self.complaints],
            returns=[replace(r, note=hidden(r.note)) for r in self.returns],
            history=[replace(_masked_entry(e), note=hidden(e.note)) for e in self.history],
        )

    def timeline(self) -> list[TimelineEntry]:
        """Newest first; of two at the same moment, the record before the history row
        (oldest-first order, history first, reversed)."""
        out = [TimelineEntry("history", e.at, e.actor, e) for e in self.history]
        out += [TimelineEntry("followup", f.at, f.rep, f) for f in reversed(self.followups)]
        out += [TimelineEntry("deal", d.at, d.rep, d) for d in reversed(self.deals)]
        out += [TimelineEntry("payment", p.paid_at or p.due_at, None, p) for p in self.payments]
        out += [TimelineEntry("complaint", c.at, None, c) for c in reversed(self.complaints)]
        out += [TimelineEntry("return", r.at, None, r) for r in reversed(self.returns)]
        out.sort(key=lambda e: e.at)  # stable: ties keep the order above
        out.reverse()
        return out


def _masked_entry(entry: HistoryEntry) -> HistoryEntry:
    """An edit's old and new values, masked as the fields are: contacts, and whatever
    looks like one in an edited note."""
    if not entry.details:
        return entry
    details = dict(entry.details)
    for name, pair in details.items():
        if isinstance(pair, list | tuple) and any(isinstance(v, str) for v in pair):
            values = [{name: value} for value in pair]  # [old, new]
            for one in values:
                mask_contacts(one)
            details[name] = [one[name] for one in values]
    return replace(entry, details=details)


def _followups(session: Session, cid: int, names: dict[int, str]) -> list[FollowUpRow]:
    rows = session.scalars(
        select(FollowUp)
        .where(FollowUp.customer_id == cid)
        .order_by(FollowUp.at.desc(), FollowUp.id.desc())
    )
    return [
        FollowUpRow(f.id, f.at, f.kind, f.outcome, f.note, f.next_at, names.get(f.rep_id or 0))
        for f in rows
    ]


def _deals(session: Session, cid: int, names: dict[int, str]) -> list[DealRow]:
    rows = session.scalars(
        select(Deal).where(Deal.customer_id == cid).order_by(Deal.at.desc(), Deal.id.desc())
    )
    return [
        DealRow(d.id, d.at, d.amount, d.contract_start, d.contract_end, names.get(d.rep_id or 0))
        for d in rows
    ]


def _payments(session: Session, cid: int) -> list[PaymentRow]:
    rows = session.scalars(
        select(Payment).where(Payment.customer_id == cid).order_by(Payment.due_at, Payment.id)
    )
    return [PaymentRow(p.id, p.amount, p.due_at, p.paid_at, p.deal_id) for p in rows]


def _complaints(session: Session, cid: int) -> list[ComplaintRow]:
    rows = session.scalars(
        select(Complaint)
        .where(Complaint.customer_id == cid)
        .order_by(Complaint.at.desc(), Complaint.id.desc())
    )
    return [ComplaintRow(c.id, c.at, c.note) for c in rows]


def _returns(session: Session, cid: int) -> list[ReturnRow]:
    rows = session.scalars(
        select(Return).where(Return.customer_id == cid).order_by(Return.at.desc(), Return.id.desc())
    )
    return [ReturnRow(r.id, r.at, r.amount, r.note, r.deal_id) for r in rows]


def history(
    session: Session,
    customer_id: int,
    names: dict[int, str] | None = None,
    pools: dict[int, str] | None = None,
) -> list[HistoryEntry]:
    """Transitions (of this customer and those merged into it) and tier changes, oldest
    first, with who did it and the reason's label in both languages."""
    if names is None:
        names = dict(session.execute(select(Rep.id, Rep.name)).tuples().all())
    if pools is None:
        pools = pool_names(session)
    labels = {
        (kind, code): (en, zh)
        for kind, code, en, zh in session.execute(
            select(Reason.kind, Reason.code, Reason.label_en, Reason.label_zh)
        )
    }

    def name(rep_id: int | None) -> str | None:
        return names.get(rep_id) if rep_id is not None else None

    out = []
    for t in duplicates.history(session, customer_id):
        en, zh = labels.get((REASON_KIND.get(t.action, ""), t.reason_code or ""), (None, None))
        out.append(
            HistoryEntry(
                customer_id=t.customer_id,
                at=t.at,
                action=t.action,
                actor=name(t.actor_id),
                from_status=t.from_status,
                to_status=t.to_status,
                from_owner=name(t.from_owner_id),
                to_owner=name(t.to_owner_id),
                pool=pools.get(t.pool_id) if t.pool_id is not None else None,
                reason_code=t.reason_code,
                reason_en=en,
                reason_zh=zh,
                note=t.note,
                details=t.details,
            )
        )
    changes = session.scalars(
        select(TierChange)
        .where(TierChange.customer_id.in_(duplicates.history_ids(session, customer_id)))
        .order_by(TierChange.at, TierChange.id)
    )
    for c in changes:
        out.append(
            HistoryEntry(
                customer_id=c.customer_id,
                at=c.at,
                action="tier",
                actor=name(c.actor_id),
                note=c.note,
                from_tier=c.from_tier,
                to_tier=c.to_tier,
                details={"override": c.override},
            )
        )
    out.sort(key=lambda e: e.at)  # stable: each source is already in order
    return out


def candidates(
    session: Session, customer_id: int, names: dict[int, str] | None = None
) -> list[Candidate]:
    """duplicates.candidates with what a person needs to pick one: name, status, owner
    and the kinds of key (phone, email, name) shared with this customer."""
    ids = duplicates.candidates(session, customer_id)
    if not ids:
        return []
    if names is None:
        names = dict(session.execute(select(Rep.id, Rep.name)).tuples().all())
    mine, theirs = CustomerKey.__table__.alias("mine"), CustomerKey.__table__.alias("theirs")
    shared: dict[int, set[str]] = {}
    for cid, kind in session.execute(
        select(theirs.c.customer_id, theirs.c.kind)
        .join(mine, and_(mine.c.kind == theirs.c.kind, mine.c.key == theirs.c.key))
        .where(mine.c.customer_id == customer_id, theirs.c.customer_id.in_(ids))
    ):
        shared.setdefault(cid, set()).add(kind)
    rows = session.execute(
        select(Customer.id, Customer.company, Customer.status, Customer.owner_id)
        .where(Customer.id.in_(ids))
        .order_by(Customer.id)
    )
    return [
        Candidate(
            cid,
            company,
            status,
            names.get(owner) if owner else None,
            tuple(k for k in duplicates.KINDS if k in shared.get(cid, ())),
        )
        for cid, company, status, owner in rows
    ]
