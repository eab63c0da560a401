"""Warnings (预警) and the risk score of risky customers (劣质客户).

Each customer carries `warning_flags` (a bit per rule that fires) and `risk_score`, so a
list can filter and sort by them at a million customers. `refresh_warnings` recomputes
them set-based. It runs after every record that feeds them (payments, deals, returns,
complaints, a credit rating) for that customer, and for everyone with `crmdesk grade`,
which a scheduler or the window runs regularly: time alone makes a payment overdue or a
complaint fall out of its window.

The risk score, 0-100, adds up what a manager fears losing money on:
    overdue payments   15 points each, at most 40
    complaints         10 points each within the complaint window, at most 30
    returns            half the return rate in percent (30 % -> 15), at most 30
    credit rating      C 15, D 30 (A and B nothing)
and is capped at 100. A warning fires at its threshold whatever the score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import case, func, or_, select, update
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.errors import InvalidValue, PermissionDenied
from crmdesk.core.lifecycle import get_rep
from crmdesk.core.models import (
    ACTIVE,
    POOL,
    WARNING_BITS,
    Complaint,
    Customer,
    Payment,
    Return,
    Setting,
)
from crmdesk.core.money import at_least_pct, rate_pct
from crmdesk.core.uow import unit_of_work

C = Customer.__table__.c
SETTING = "warnings"
CREDIT_SCALE = ("A", "B", "C", "D")
CREDIT_POINTS = {"C": 15, "D": 30}
WORKING = (ACTIVE, POOL)  # the lists show these; voided and closed ones are out of play


@dataclass(frozen=True)
class WarningRules:
    """DESIGN.md's defaults; editable in Settings."""

    overdue_payments: int = 2
    complaints: int = 3
    complaint_days: int = 90
    return_rate: int = 30  # percent of the value bought
    credit: str = "C"  # this rating or worse

    def credit_ratings(self) -> tuple[str, ...]:
        return CREDIT_SCALE[CREDIT_SCALE.index(self.credit) :]


def warning_rules(session: Session) -> WarningRules:
    stored = session.get(Setting, SETTING)
    return WarningRules(**(stored.value if stored else {}))


def _check(changes: dict[str, Any]) -> None:
    names = {f.name for f in fields(WarningRules)}
    for name, value in changes.items():
        if name not in names:
            raise InvalidValue(field=name, why="not a warning rule")
        if name == "credit":
            if value not in CREDIT_SCALE:
                raise InvalidValue(field=name, why="must be A, B, C or D")
            continue
        upper = 100 if name == "return_rate" else 3650
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= upper:
            raise InvalidValue(field=name, why=f"must be a whole number from 1 to {upper}")


@unit_of_work
def update_warning_rules(
    session: Session, changes: dict[str, Any], actor: int, *, now: datetime | None = None
) -> WarningRules:
    """A manager changes warning thresholds; flags are recomputed at once."""
    rep = get_rep(session, actor)
    if not rep.is_manager:
        raise PermissionDenied(actor=rep.name, action="edit warning rules", why="managers only")
    _check(changes)
    rules = WarningRules(**{**asdict(warning_rules(session)), **changes})
    session.merge(Setting(key=SETTING, value=asdict(rules)))
    session.flush()
    _refresh(session, now or clock.now(), rules, None)
    return rules


# --- the metrics, shared by the set-based refresh and the per-customer explanation -----


def _metrics(rules: WarningRules, now: datetime) -> dict[str, Any]:
    since = now - timedelta(days=rules.complaint_days)
    overdue = (
        select(func.count())
        .where(Payment.customer_id == C.id, Payment.paid_at.is_(None), Payment.due_at < now)
        .scalar_subquery()
    )
    complaints = (
        select(func.count())
        .where(Complaint.customer_id == C.id, Complaint.at >= since, Complaint.at <= now)
        .scalar_subquery()
    )
    returned = (
        select(func.coalesce(func.sum(Return.amount), 0))
        .where(Return.customer_id == C.id)
        .scalar_subquery()
    )
    return {"overdue": overdue, "complaints": complaints, "returned": returned}


def _capped(value: Any, cap: int) -> Any:
    return case((value > cap, cap), else_=value)


def _flags_and_score(rules: WarningRules, m: dict[str, Any]) -> tuple[Any, Any]:
    rate = rate_pct(m["returned"], C.deal_total)
    bad_credit = C.credit_rating.in_(rules.credit_ratings())
    high_returns = at_least_pct(m["returned"], C.deal_total, rules.return_rate)
    flags = (
        case((m["overdue"] >= rules.overdue_payments, WARNING_BITS["overdue_payments"]), else_=0)
        + case((m["complaints"] >= rules.complaints, WARNING_BITS["complaints"]), else_=0)
        + case((high_returns, WARNING_BITS["returns"]), else_=0)
        + case((bad_credit, WARNING_BITS["credit"]), else_=0)
    )
    credit = case(*((C.credit_rating == r, points) for r, points in CREDIT_POINTS.items()), else_=0)
    total = (
        _capped(m["overdue"] * 15, 40)
        + _capped(m["complaints"] * 10, 30)
        + _capped(rate // 2, 30)
        + credit
    )
    return flags, _capped(total, 100)


def _fresh(rules: WarningRules, now: datetime, ids: Sequence[int] | None) -> Any:
    """The flags and score the rules give now, for every customer that could have any:
    those with an open payment, a complaint in the window, a return, a credit rating
    that scores, or flags now (which may have to clear)."""
    m = _metrics(rules, now)
    flags, score = _flags_and_score(rules, m)
    since = now - timedelta(days=rules.complaint_days)
    scoring = sorted(set(rules.credit_ratings()) | set(CREDIT_POINTS))
    fresh = select(C.id, flags.label("flags"), score.label("score")).where(
        or_(
            C.open_payments > 0,
            C.warning_flags != 0,
            C.risk_score != 0,
            C.credit_rating.in_(scoring),
            C.id.in_(select(Complaint.customer_id).where(Complaint.at >= since)),
            C.id.in_(select(Return.customer_id)),
        )
    )
    if ids is not None:
        fresh = fresh.where(C.id.in_(ids))
    return fresh.subquery()


def _refresh(
    session: Session, now: datetime, rules: WarningRules, ids: Sequence[int] | None
) -> int:
    new = _fresh(rules, now, ids)
    # computed once in the subquery: the flags are read three times below
    gained = new.c.flags.op("&")(-C.warning_flags - 1) != 0  # a rule it did not have
    stmt = (
        update(Customer)
        .where(C.id == new.c.id)
        .values(
            warning_flags=new.c.flags,
            warnings_since=case((new.c.flags == 0, None), (gained, now), else_=C.warnings_since),
            risk_score=new.c.score,
        )
    )
    result = session.execute(stmt.execution_options(synchronize_session=False))
    return int(result.rowcount or 0)


def stale_warnings(session: Session, *, now: datetime | None = None) -> list[int]:
    """Customers whose stored warnings or score the rules would change now (time alone
    makes payments overdue and complaints age out). Only reads: the scheduled refresh
    computes this without holding the write lock, then rewrites just these rows."""
    new = _fresh(warning_rules(session), now or clock.now(), None)
    stmt = select(new.c.id).join(Customer, C.id == new.c.id)
    stmt = stmt.where(or_(new.c.flags != C.warning_flags, new.c.score != C.risk_score))
    try:
        return list(session.scalars(stmt))
    finally:
        session.rollback()


@unit_of_work
def refresh_warnings(
    session: Session, *, ids: list[int] | None = None, now: datetime | None = None
) -> int:
    """Recompute warnings and risk scores (all customers, or `ids`); returns rows checked."""
    return _refresh(session, now or clock.now(), warning_rules(session), ids)


def new_customer(rules: WarningRules, credit_rating: str | None) -> tuple[int, int]:
    """Flags and score of a customer with no payments, complaints or returns yet (an
    import's new rows): only its credit rating counts, so a bulk insert needs no query."""
    flags = WARNING_BITS["credit"] if credit_rating in rules.credit_ratings() else 0
    return flags, min(CREDIT_POINTS.get(credit_rating or "", 0), 100)


def refresh_in(session: Session, ids: list[int], now: datetime) -> None:
    """For services that already hold a write transaction (recording a payment...)."""
    _refresh(session, now, warning_rules(session), ids)


# --- reading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Warning:
    """One rule that fires for a customer, with the numbers behind it."""

    rule: str
    value: Any
    threshold: Any
    points: int

    def message(self, lang: str = "en") -> str:
        texts = {
            "overdue_payments": (
                "{v} overdue payments (warning at {t})",
                "逾期付款 {v} 笔（≥{t} 预警）",
            ),
            "complaints": (
                "{v} complaints in the window (warning at {t})",
                "期内投诉 {v} 次（≥{t} 预警）",
            ),
            "returns": ("return rate {v}% (warning at {t}%)", "退货率 {v}%（≥{t}% 预警）"),
            "credit": (
                "credit rating {v} (warning at {t} or worse)",
                "信用等级 {v}（{t} 及以下预警）",
            ),
        }
        en, zh = texts[self.rule]
        return (zh if lang.startswith("zh") else en).format(v=self.value, t=self.threshold)


@dataclass(frozen=True)
class RiskReport:
    customer_id: int
    score: int
    warnings: list[Warning]
    overdue: int
    complaints: int
    return_rate: int
    credit: str | None


def explain(
    session: Session, ids: list[int], *, now: datetime | None = None
) -> dict[int, RiskReport]:
    """Each customer's score and the warnings that fire, with their numbers. Computed
    live (the same expressions as the refresh), so it is right even between refreshes."""
    at = now or clock.now()
    rules = warning_rules(session)
    m = _metrics(rules, at)
    flags, score = _flags_and_score(rules, m)
    rows = session.execute(
        select(
            C.id,
            m["overdue"],
            m["complaints"],
            rate_pct(m["returned"], C.deal_total),
            C.credit_rating,
            flags,
            score,
        ).where(C.id.in_(ids))
    ).all()
    out = {}
    for cid, overdue, complaints, rate, credit, bits, total in rows:
        found = []
        if bits & WARNING_BITS["overdue_payments"]:
            found.append(
                Warning("overdue_payments", overdue, rules.overdue_payments, min(overdue * 15, 40))
            )
        if bits & WARNING_BITS["complaints"]:
            found.append(
                Warning("complaints", complaints, rules.complaints, min(complaints * 10, 30))
            )
        if bits & WARNING_BITS["returns"]:
            found.append(Warning("returns", rate, rules.return_rate, min(rate // 2, 30)))
        if bits & WARNING_BITS["credit"]:
            found.append(Warning("credit", credit, rules.credit, CREDIT_POINTS.get(credit, 0)))
        out[cid] = RiskReport(
            cid, int(total), found, int(overdue), int(complaints), int(rate), credit
        )
    return out


@dataclass(frozen=True)
class WarnedRow:
    customer_id: int
    company: str
    owner_id: int | None
    status: str
    score: int
    warnings: list[Warning]


def warned_customers(
    session: Session,
    *,
    rule: str | None = None,
    offset: int = 0,
    limit: int = 100,
    owner: int | None = None,
    now: datetime | None = None,
) -> list[WarnedRow]:
    """Warned customers still being worked (active or in a pool), riskiest first (as of
    the last refresh), with their reasons."""
    if rule is not None and rule not in WARNING_BITS:
        raise InvalidValue(field="rule", why=f"{rule!r} is not a warning rule")
    bit = WARNING_BITS[rule] if rule else None
    stmt = select(C.id, C.company, C.owner_id, C.status, C.risk_score).where(
        C.status.in_(WORKING),
        C.warning_flags != 0 if bit is None else C.warning_flags.op("&")(bit) != 0,
    )
    if owner is not None:
        stmt = stmt.where(C.owner_id == owner)
    rows = session.execute(
        stmt.order_by(C.risk_score.desc(), C.id).offset(offset).limit(limit)
    ).all()
    details = explain(session, [r.id for r in rows], now=now)
    return [
        WarnedRow(r.id, r.company, r.owner_id, r.status, r.risk_score, details[r.id].warnings)
        for r in rows
    ]


def warnings_per_rule(session: Session, *, owner: int | None = None) -> dict[str, int]:
    """How many working customers (of `owner`, or all) each rule warns about (as of the
    last refresh)."""
    columns = [
        func.sum(case((C.warning_flags.op("&")(bit) != 0, 1), else_=0)).label(rule)
        for rule, bit in WARNING_BITS.items()
    ]
    stmt = select(*columns).where(C.status.in_(WORKING))
    if owner is not None:
        stmt = stmt.where(C.owner_id == owner)
    row = session.execute(stmt).one()
    return {rule: int(row[i] or 0) for i, rule in enumerate(WARNING_BITS)}
