"""Public pools (公海): membership, rules, the reclaim sweep, days left and masking."""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    extract,
    false,
    func,
    insert,
    null,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.errors import InvalidValue, NotFound, PermissionDenied
from crmdesk.core.lifecycle import get_rep, is_pool_admin, is_pool_member
from crmdesk.core.models import (
    ACTIVE,
    POOL,
    TIERS,
    Customer,
    Pool,
    PoolMember,
    PoolRules,
    Transition,
)
from crmdesk.core.uow import chunks, unit_of_work

C = Customer.__table__.c


@dataclass(frozen=True)
class ReclaimRules:
    """A plain copy of a pool's reclaim rules, so a preview can change one freely."""

    pool_id: int
    enabled: bool
    followup_days: int
    deal_days: int
    tier_followup_days: dict[str, int]
    exempt_dealt: bool
    freeze_on_contract: bool
    freeze_on_payment: bool
    warn_days: int

    @classmethod
    def of(cls, rules: PoolRules) -> ReclaimRules:
        return cls(
            pool_id=rules.pool_id,
            enabled=rules.reclaim_enabled,
            followup_days=rules.followup_days,
            deal_days=rules.deal_days,
            tier_followup_days=dict(rules.tier_followup_days or {}),
            exempt_dealt=rules.exempt_dealt,
            freeze_on_contract=rules.freeze_on_contract,
            freeze_on_payment=rules.freeze_on_payment,
            warn_days=rules.warn_days,
        )

    def followup_days_for(self, tier: str | None) -> int:
        return int(self.tier_followup_days.get(tier or "", self.followup_days))


@dataclass
class SweepResult:
    reclaimed: int = 0
    warned: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    by_pool: dict[int, int] = field(default_factory=dict)
    by_rule: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "reclaimed": self.reclaimed,
            "warned": self.warned,
            "seconds": round(self.seconds, 3),
            "dry_run": self.dry_run,
            "by_pool": {str(k): v for k, v in self.by_pool.items()},
            "by_rule": self.by_rule,
        }


# --- the reclaim predicate -----------------------------------------------------------
#
# A customer's follow-up clock starts at the latest of: when its owner got it, its last
# follow-up, the end of its last contract, and the end of its last other freeze (an
# unpaid payment settled, an unlock): when a freeze ends the owner gets a full period.
# "Latest of several < cutoff" is written as "each < cutoff" so no GREATEST() is needed
# and the same SQL runs on SQLite and PostgreSQL.


def _idle_since(cutoff: Any, last: Any, rules: ReclaimRules) -> ColumnElement[bool]:
    parts = [
        C.owned_since < cutoff,
        or_(last.is_(None), last < cutoff),
        or_(C.clock_reset_at.is_(None), C.clock_reset_at < cutoff),
    ]
    if rules.freeze_on_contract:
        parts.append(or_(C.contract_end.is_(None), C.contract_end < cutoff))
    return and_(*parts)


def _followup_cutoff(rules: ReclaimRules, at: datetime) -> Any:
    default = at - timedelta(days=rules.followup_days)
    whens = [
        (C.tier == tier, at - timedelta(days=rules.followup_days_for(tier)))
        for tier in TIERS
        if rules.followup_days_for(tier) != rules.followup_days
    ]
    return case(*whens, else_=default) if whens else default


def _eligible(rules: ReclaimRules, now: datetime) -> ColumnElement[bool]:
    parts = [
        C.status == ACTIVE,
        C.pool_id == rules.pool_id,
        C.owner_id.is_not(None),
        C.locked.is_(False),
    ]
    if rules.exempt_dealt:
        parts.append(C.deal_count == 0)
    if rules.freeze_on_payment:
        parts.append(C.open_payments == 0)
    if rules.freeze_on_contract:
        parts.append(or_(C.contract_end.is_(None), C.contract_end <= now))
    return and_(*parts)


def _no_followup(rules: ReclaimRules, at: datetime) -> ColumnElement[bool]:
    return _idle_since(_followup_cutoff(rules, at), C.last_followup_at, rules)


def _no_deal(rules: ReclaimRules, at: datetime) -> ColumnElement[bool]:
    return _idle_since(at - timedelta(days=rules.deal_days), C.last_deal_at, rules)


def _due(rules: ReclaimRules, at: datetime, now: datetime) -> ColumnElement[bool]:
    return and_(_eligible(rules, now), or_(_no_followup(rules, at), _no_deal(rules, at)))


def reclaim_soon(session: Session, now: datetime) -> ColumnElement[bool]:
    """Customers the sweep at `now` would reclaim or warn about: due within their pool's
    warning period. Today's count and the list it opens both filter by this."""
    due = [
        _due(rules, now + timedelta(days=rules.warn_days), now)
        for rules in all_reclaim_rules(session)
        if rules.enabled
    ]
    return or_(*due) if due else false()


def _days(sqlite: bool, moment: Any) -> Any:
    """A datetime as a number of days: julianday() where datetimes are text (SQLite),
    the epoch in days on PostgreSQL."""
    if sqlite:
        return func.julianday(moment)
    return extract("epoch", moment) / 86400


def _latest(sqlite: bool, starts: list[Any]) -> Any:
    """The latest of owned_since (never NULL for an owned customer) and other moments
    that may be NULL, in days. SQLite's max() is NULL if any argument is."""
    if sqlite:
        return func.max(
            _days(True, starts[0]), *(func.coalesce(_days(True, t), 0) for t in starts[1:])
        )
    return _days(False, func.greatest(*starts))


def _deadline(sqlite: bool, rules: ReclaimRules) -> Any:
    """reclaim_deadline's arithmetic, for a customer the rules may reclaim."""
    starts = [C.owned_since, C.clock_reset_at]
    if rules.freeze_on_contract:
        starts.append(C.contract_end)
    whens = [
        (C.tier == tier, rules.followup_days_for(tier))
        for tier in TIERS
        if rules.followup_days_for(tier) != rules.followup_days
    ]
    period = case(*whens, else_=rules.followup_days) if whens else rules.followup_days
    followup = _latest(sqlite, [*starts, C.last_followup_at]) + period
    deal = _latest(sqlite, [*starts, C.last_deal_at]) + rules.deal_days
    return func.min(followup, deal) if sqlite else func.least(followup, deal)


def deadline_order(session: Session, now: datetime) -> ColumnElement[Any]:
    """The SQL twin of `reclaim_deadline`, in days (NULL when the rules cannot reclaim
    the customer now): to sort a list by days left. A test holds the two together."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    whens = [
        (_eligible(rules, now), _deadline(sqlite, rules))
        for rules in all_reclaim_rules(session)
        if rules.enabled
    ]
    return case(*whens, else_=null()) if whens else null()


# --- the sweep -----------------------------------------------------------------------


def all_reclaim_rules(session: Session) -> list[ReclaimRules]:
    return [ReclaimRules.of(r) for r in session.scalars(select(PoolRules))]


def sweep(
    session: Session,
    *,
    now: datetime | None = None,
    dry_run: bool = False,
    rules: list[ReclaimRules] | None = None,
) -> SweepResult:
    """Reclaim owned customers whose rules fired, and warn owners of those close to it.

    Set-based: per pool one scan finds the candidates, UPDATEs by id move them and one
    bulk INSERT writes their history. A dry run only reads, so a preview never waits
    for (or holds up) other desks' writes. `rules` replaces the stored rules.
    """
    if not dry_run:
        return _sweep(session, now or clock.now(), rules)
    started = time.perf_counter()
    result = SweepResult(dry_run=True)
    try:
        for pool_rules in rules if rules is not None else all_reclaim_rules(session):
            if pool_rules.enabled:
                _count_pool(session, pool_rules, now or clock.now(), result)
    finally:
        session.rollback()
    result.seconds = time.perf_counter() - started
    return result


@unit_of_work
def sweep_now(session: Session, actor: int, pool_id: int | None = None) -> SweepResult:
    """A person's "reclaim now": the scheduled sweep on their word, of one pool (its
    admins and managers) or of every pool (managers). The history names who asked."""
    return _sweep_all(session, clock.now(), rules_to_sweep(session, actor, pool_id), actor)


def rules_to_sweep(session: Session, actor: int, pool_id: int | None) -> list[ReclaimRules]:
    """The rules `actor` may sweep (or preview) now: one pool's, or every pool's."""
    rep = get_rep(session, actor)
    if pool_id is None:
        if not rep.is_manager:
            raise PermissionDenied(actor=rep.name, action="sweep every pool", why="managers only")
        return all_reclaim_rules(session)
    if session.get(Pool, pool_id) is None:
        raise NotFound(kind="pool", ids=[pool_id])
    if not is_pool_admin(session, rep, pool_id):
        raise PermissionDenied(actor=rep.name, action="sweep", why="managers or pool admins only")
    return [r for r in all_reclaim_rules(session) if r.pool_id == pool_id]


@unit_of_work
def _sweep(session: Session, at: datetime, rules: list[ReclaimRules] | None) -> SweepResult:
    return _sweep_all(session, at, rules, None)


def _sweep_all(
    session: Session, at: datetime, rules: list[ReclaimRules] | None, actor: int | None
) -> SweepResult:
    started = time.perf_counter()
    result = SweepResult()
    for pool_rules in rules if rules is not None else all_reclaim_rules(session):
        if pool_rules.enabled:
            _sweep_pool(session, pool_rules, at, result, actor)
    result.seconds = time.perf_counter() - started
    return result


def _rule_fired(rules: ReclaimRules, at: datetime, prefix: str = "") -> Any:
    return case((_no_followup(rules, at), f"{prefix}no_followup"), else_=f"{prefix}no_deal")


def _candidates(
    session: Session, rules: ReclaimRules, at: datetime, *, lock: bool = False
) -> tuple[list[int], list[int], Counter[str]]:
    """One scan of the pool's owned customers: those due now (with the rule that fires)
    and those to warn. Due within the warning window is a superset of due now.

    With `lock`, the rows stay locked (PostgreSQL) until the sweep commits, so a
    follow-up from another desk waits instead of being overtaken by the reclaim.
    """
    soon = at + timedelta(days=rules.warn_days)
    due_now = _due(rules, at, at)
    stmt = (
        select(C.id, due_now.label("due"), _rule_fired(rules, at).label("rule"))
        .where(_due(rules, soon, at), or_(C.reclaim_warned_at.is_(None), due_now))
        .order_by(C.id)  # lock in id order, as every other action does
    )
    rows = session.execute(stmt.with_for_update() if lock else stmt).all()
    due = [cid for cid, is_due, _ in rows if is_due]
    warn = [cid for cid, is_due, _ in rows if not is_due]
    return due, warn, Counter(rule for _, is_due, rule in rows if is_due)


def _count_pool(session: Session, rules: ReclaimRules, at: datetime, out: SweepResult) -> None:
    due, warn, fired = _candidates(session, rules, at)
    _add(out, rules.pool_id, len(due), len(warn), fired)


def _add(out: SweepResult, pool_id: int, reclaimed: int, warned: int, fired: Counter[str]) -> None:
    for name, count in fired.items():
        out.by_rule[name] = out.by_rule.get(name, 0) + count
    out.reclaimed += reclaimed
    out.warned += warned
    if reclaimed:
        out.by_pool[pool_id] = out.by_pool.get(pool_id, 0) + reclaimed


def _sweep_pool(
    session: Session, rules: ReclaimRules, at: datetime, out: SweepResult, actor: int | None
) -> None:
    """Update the locked candidates by primary key: the scan happens once."""
    due, warn, _ = _candidates(session, rules, at, lock=True)
    for part in chunks(warn):
        session.execute(
            update(Customer.__table__).where(C.id.in_(part)).values(reclaim_warned_at=at)
        )
    moved = []
    for part in chunks(due):
        moved += session.execute(
            update(Customer.__table__)
            .where(C.id.in_(part))
            .values(
                status=POOL,
                status_reason=_rule_fired(rules, at, prefix="reclaim_"),
                status_changed_at=at,
                previous_owner_id=C.owner_id,
                owner_id=None,
                owned_since=None,
                left_owner_at=at,
                pooled_at=at,
                reclaim_warned_at=None,
            )
            .returning(C.id, C.previous_owner_id, C.status_reason)
        ).all()
    if moved:
        batch = f"sweep-{at:%Y%m%d%H%M%S}-{rules.pool_id}"
        session.execute(
            insert(Transition),
            [
                {
                    "customer_id": cid,
                    "action": "reclaim",
                    "from_status": ACTIVE,
                    "to_status": POOL,
                    "from_owner_id": owner,
                    "to_owner_id": None,
                    "pool_id": rules.pool_id,
                    "actor_id": actor,
                    "at": at,
                    "reason_code": reason,
                    "batch": batch,
                }
                for cid, owner, reason in moved
            ],
        )
    fired = Counter(reason.removeprefix("reclaim_") for _, _, reason in moved)
    _add(out, rules.pool_id, len(moved), len(warn), fired)


# --- days left -----------------------------------------------------------------------


def reclaim_deadline(c: Customer, rules: ReclaimRules, now: datetime) -> datetime | None:
    """When the rules would reclaim this customer, or None if they cannot now.

    The Python twin of the sweep's SQL; a test holds the two to the same answers.
    """
    if not rules.enabled or c.status != ACTIVE or c.owner_id is None or c.locked:
        return None
    if rules.exempt_dealt and c.deal_count > 0:
        return None
    if rules.freeze_on_payment and c.open_payments > 0:
        return None
    contract_end = c.contract_end if rules.freeze_on_contract else None
    if contract_end is not None and contract_end > now:
        return None
    assert c.owned_since is not None
    starts = [t for t in (c.owned_since, contract_end, c.clock_reset_at) if t is not None]
    followup_from = max([*starts, *([c.last_followup_at] if c.last_followup_at else [])])
    deal_from = max([*starts, *([c.last_deal_at] if c.last_deal_at else [])])
    return min(
        followup_from + timedelta(days=rules.followup_days_for(c.tier)),
        deal_from + timedelta(days=rules.deal_days),
    )


def days_left(c: Customer, rules: ReclaimRules, now: datetime) -> int | None:
    """剩余归属天数: whole days until reclaim (0 = due at the next sweep)."""
    deadline = reclaim_deadline(c, rules, now)
    if deadline is None:
        return None
    return max(0, (deadline - now).days)


# --- masking -------------------------------------------------------------------------


def mask_phone(phone: str | None) -> str | None:
    """138****5678: a mobile keeps its carrier prefix and last four; shorter numbers
    keep fewer, so that at least half of any number is hidden."""
    if not phone:
        return phone
    text = phone.strip()
    n = len(text)
    if n <= 4:
        return "*" * n
    tail = 2 if n <= 8 else 4
    head = 3 if n >= 11 else 0
    return text[:head] + "*" * (n - head - tail) + text[n - tail :]


def mask_email(email: str | None) -> str | None:
    """z***@qq.com; a value that is not an address is hidden but for its first character."""
    if not email:
        return email
    name, at, domain = email.strip().partition("@")
    if not at:
        return name[:1] + "***"
    return f"{name[:1]}***@{domain}"


PHONES = ("phone", "phone2")
CONTACTS = (*PHONES, "email", "wechat")  # what a masking pool hides from reps


# What may stand between the digits of a phone number written in free text.
_PHONE_GAP = r"[\s\-.()/]*"
_NOT_DIGIT = re.compile(r"\D")


def _hidden_in(text: str, hidden: list[tuple[str, str, str]]) -> str:
    """`text` without the raw contact values (digits, value, masked): a phone number
    however its digits are spaced, an email or WeChat id in any case. A plain test comes
    first, so a pattern is made only for text that holds the value."""
    digits_of_text = lower = None
    for digits, value, masked in hidden:
        if digits:
            if digits_of_text is None:
                digits_of_text = _NOT_DIGIT.sub("", text)
            if digits in digits_of_text:
                text = re.sub(_PHONE_GAP.join(digits), masked, text)
                digits_of_text = _NOT_DIGIT.sub("", text)
        else:
            if lower is None:
                lower = text.lower()
            if value.lower() in lower:
                text = re.sub(re.escape(value), masked, text, flags=re.IGNORECASE)
                lower = text.lower()
    return text


# Contacts a text may hold that are no longer (or never were) the customer's fields: a
# number of seven digits or more, however spaced; an address; an id after a WeChat label.
# A date or a time is not a number: matched first, it is kept as it stands.
_DATE = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[T\s]*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?"
_NUMBER = r"(?<!\d)\+?\d(?:[\s\-.()/]?\d){6,}(?!\d)"
_LOOSE_CONTACT = re.compile(rf"(?P<date>{_DATE})|(?P<number>{_NUMBER})")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WECHAT_LABELS = ("微信", "wechat", "weixin", "vx", "wx", "v信", "wxid_")
_WECHAT = re.compile(
    r"(?P<label>(?:微信号?|wechat|weixin|vx|wx|v信)\s*(?:号|id)?\s*[:：]?\s*)"
    r"(?P<id>[A-Za-z][\w-]{5,19})|(?P<wxid>wxid_\w+)",
    re.IGNORECASE,
)


def _loose_contacts_hidden(text: str) -> str:
    """`text` without what looks like a contact, for the customer's old contacts an edit
    replaced (its notes may still name them). Plain tests come first: most text has
    fewer than seven digits, no @ and no WeChat label."""
    if len(_NOT_DIGIT.sub("", text)) >= 7:
        text = _LOOSE_CONTACT.sub(
            lambda m: m.group() if m.group("date") else (mask_phone(m.group()) or ""), text
        )
    if "@" in text:
        text = _EMAIL.sub(lambda m: mask_email(m.group()) or "", text)
    lower = text.lower()
    if any(label in lower for label in _WECHAT_LABELS):
        text = _WECHAT.sub(
            lambda m: (
                m.group("label") + (mask_email(m.group("id")) or "")
                if m.group("id")
                else mask_email(m.group("wxid")) or ""
            ),
            text,
        )
    return text


def mask_contacts(values: dict[str, Any]) -> None:
    """Mask, in place, every way to reach a customer that `values` holds: lists, exports
    and the detail hide the same ones. Its other text (notes, contact, company) loses
    those values too: a note saying "call 13800138000" would give the number away, as
    would one naming a number the customer had before an edit, so anything there that
    looks like a phone number, an address or a WeChat id is hidden as well."""
    hidden = []
    for name in CONTACTS:
        if name in values:
            raw = values[name]
            values[name] = (mask_phone if name in PHONES else mask_email)(raw)
            if isinstance(raw, str) and raw.strip():
                digits = _NOT_DIGIT.sub("", raw) if name in PHONES else ""
                hidden.append((digits, raw.strip(), values[name] or ""))
    # longest first, so a number is hidden whole before a shorter one inside it
    hidden.sort(key=lambda h: -len(h[0] or h[1]))
    for key, value in values.items():
        if key not in CONTACTS and isinstance(value, str) and value:
            values[key] = _loose_contacts_hidden(_hidden_in(value, hidden) if hidden else value)


@dataclass(frozen=True)
class PoolRow:
    id: int
    company: str
    contact: str | None
    phone: str | None
    email: str | None
    region: str | None
    industry: str | None
    tier: str
    pooled_at: datetime | None
    masked: bool


def pool_listing(
    session: Session, pool_id: int, viewer: int, *, offset: int = 0, limit: int = 100
) -> list[PoolRow]:
    """A page of a pool as a member sees it: contacts masked until claimed (if set)."""
    rep = get_rep(session, viewer)
    rules = session.get(PoolRules, pool_id)
    if rules is None:
        raise NotFound(kind="pool", ids=[pool_id])
    if not is_pool_member(session, rep, pool_id):
        raise PermissionDenied(actor=rep.name, action="claim", why="not a member of the pool")
    masked = rules.mask_contacts and not is_pool_admin(session, rep, pool_id)
    rows = session.scalars(
        select(Customer)
        .where(Customer.status == POOL, Customer.pool_id == pool_id)
        .order_by(Customer.pooled_at.desc(), Customer.id)
        .offset(offset)
        .limit(limit)
    )
    return [
        PoolRow(
            c.id,
            c.company,
            c.contact,
            mask_phone(c.phone) if masked else c.phone,
            mask_email(c.email) if masked else c.email,
            c.region,
            c.industry,
            c.tier,
            c.pooled_at,
            masked,
        )
        for c in rows
    ]


# --- managing pools ------------------------------------------------------------------

RULE_FIELDS = {
    name
    for name in PoolRules.__table__.columns.keys()  # noqa: SIM118
    if name not in ("pool_id", "change_no")  # the key, and the sync's counter
}


# The largest value each kind of rule takes: beyond these a period is not a rule but a
# typo, and dates computed from it would overflow.
MAX_DAYS, MAX_HOURS, MAX_COUNT = 3650, 8760, 1_000_000


def _rule_max(name: str) -> int:
    if name.endswith("_days"):
        return MAX_DAYS
    if name.endswith("_hours"):
        return MAX_HOURS
    return MAX_COUNT


def _check_rule_values(changes: dict[str, Any]) -> None:
    unknown = set(changes) - RULE_FIELDS
    if unknown:
        raise InvalidValue(field=", ".join(sorted(unknown)), why="not a pool rule")
    for name, value in changes.items():
        if name == "tier_followup_days":
            if not isinstance(value, dict) or any(
                t not in TIERS or type(d) is not int or not 1 <= d <= MAX_DAYS
                for t, d in value.items()
            ):
                raise InvalidValue(field=name, why=f"tiers A-D with 1 to {MAX_DAYS} days")
            continue
        expected = PoolRules.__table__.c[name].type.python_type
        if type(value) is not expected:
            raise InvalidValue(field=name, why=f"must be {expected.__name__}")
        if expected is int:
            low = 1 if name in ("followup_days", "deal_days") else 0
            if not low <= value <= _rule_max(name):
                raise InvalidValue(field=name, why=f"must be from {low} to {_rule_max(name)}")


def preview_rules(
    session: Session, pool_id: int, changes: dict[str, Any], *, now: datetime | None = None
) -> SweepResult:
    """What a rule change would do now ("312 customers would be reclaimed")."""
    _check_rule_values(changes)
    stored = session.get(PoolRules, pool_id)
    if stored is None:
        raise NotFound(kind="pool", ids=[pool_id])
    mapping = {
        "reclaim_enabled": "enabled",
    }
    proposed = replace(
        ReclaimRules.of(stored),
        **{
            mapping.get(k, k): v
            for k, v in changes.items()
            if mapping.get(k, k) in ReclaimRules.__dataclass_fields__
        },
    )
    return sweep(session, now=now, dry_run=True, rules=[proposed])


@unit_of_work
def update_rules(session: Session, pool_id: int, changes: dict[str, Any], actor: int) -> None:
    """A pool admin edits the pool's rules."""
    rep = get_rep(session, actor)
    if not is_pool_admin(session, rep, pool_id):
        raise PermissionDenied(actor=rep.name, action="edit", why="managers or pool admins only")
    _check_rule_values(changes)
    rules = session.get(PoolRules, pool_id)
    if rules is None:
        raise NotFound(kind="pool", ids=[pool_id])
    for name, value in changes.items():
        setattr(rules, name, value)


@unit_of_work
def create_pool(
    session: Session, name: str, actor: int, rules: dict[str, Any] | None = None
) -> int:
    """Managers add pools (by region, by product line...)."""
    rep = get_rep(session, actor)
    if not rep.is_manager:
        raise PermissionDenied(actor=rep.name, action="edit", why="managers only")
    if not name.strip():
        raise InvalidValue(field="name", why="is empty")
    if session.scalar(select(Pool.id).where(Pool.name == name.strip())) is not None:
        raise InvalidValue(field="name", why=f"a pool named {name.strip()} exists")
    _check_rule_values(rules or {})
    pool = Pool(name=name.strip(), is_default=False)
    session.add(pool)
    session.flush()
    session.add(PoolRules(pool_id=pool.id, **(rules or {})))
    return pool.id


@unit_of_work
def set_member(
    session: Session,
    pool_id: int,
    rep_id: int,
    actor: int,
    *,
    admin: bool = False,
    member: bool = True,
) -> None:
    """Add, promote or remove a pool member (pool admins and managers)."""
    rep = get_rep(session, actor)
    if session.get(Pool, pool_id) is None:
        raise NotFound(kind="pool", ids=[pool_id])
    if not is_pool_admin(session, rep, pool_id):
        raise PermissionDenied(actor=rep.name, action="edit", why="managers or pool admins only")
    get_rep(session, rep_id)
    row = session.get(PoolMember, (pool_id, rep_id))
    if not member:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(PoolMember(pool_id=pool_id, rep_id=rep_id, is_admin=admin))
    else:
        row.is_admin = admin
