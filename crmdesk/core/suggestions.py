"""Void suggestions (作废标准) and the cleanup queue (定期清理).

Suggested, never automatic. A working customer (active or in a pool) is suggested for
voiding when:
    inactive       no interaction (see grading.last_interaction) for 180 days
    failed         5 or more failed contact attempts in a row
    no_contact     no valid phone and no valid email (nor a WeChat id: for our users
                   WeChat is a working channel, so a customer reachable there is not junk)
    duplicate      it shares a phone, email or company name with an older customer
Each suggestion carries why, with its numbers. Accepting voids with the rule's reason in
one transaction; dismissing is remembered with its evidence, and the suggestion returns
only on new evidence: another full inactive period after the dismissal, another failed
attempt (or a new streak after someone answered), changed contact details, or another
older customer it duplicates. A newer duplicate is suggested on its own instead: it is
the one to void, and the dismissed one stays dismissed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timedelta
from typing import Any
from uuid import uuid4

from sqlalchemy import (
    Integer,
    Select,
    String,
    and_,
    cast,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from crmdesk.core import clock
from crmdesk.core.duplicates import eligible
from crmdesk.core.errors import InvalidValue, PermissionDenied
from crmdesk.core.grading import days_since, last_interaction
from crmdesk.core.lifecycle import get_rep, is_pool_admin
from crmdesk.core.models import (
    ACTIVE,
    CLOSED,
    POOL,
    VOIDED,
    Customer,
    CustomerKey,
    Dismissal,
    Setting,
)
from crmdesk.core.reasons import (
    DUPLICATE_REASON,
    INVALID_INFO_REASON,
    NO_RESPONSE_REASON,
    check_reason,
)
from crmdesk.core.transitions import (
    ActionResult,
    check_from,
    check_owner_or_manager,
    load_customers,
    move_customers,
)
from crmdesk.core.uow import unit_of_work

C = Customer.__table__.c
K = CustomerKey.__table__.c
D = Dismissal.__table__.c
SETTING = "suggestions"
RULES = ("duplicate", "no_contact", "failed", "inactive")  # the first that fires leads
REASONS = {
    "duplicate": DUPLICATE_REASON,
    "no_contact": INVALID_INFO_REASON,
    "failed": NO_RESPONSE_REASON,
    "inactive": NO_RESPONSE_REASON,
}


@dataclass(frozen=True)
class SuggestionRules:
    inactive_days: int = 180
    failed_attempts: int = 5
    # Closed this long ago: the cleanup queue proposes archiving.
    closed_days: int = 365


def suggestion_rules(session: Session) -> SuggestionRules:
    stored = session.get(Setting, SETTING)
    return SuggestionRules(**(stored.value if stored else {}))


@unit_of_work
def update_suggestion_rules(
    session: Session, changes: dict[str, Any], actor: int
) -> SuggestionRules:
    rep = get_rep(session, actor)
    if not rep.is_manager:
        raise PermissionDenied(actor=rep.name, action="edit void rules", why="managers only")
    names = {f.name for f in fields(SuggestionRules)}
    for name, value in changes.items():
        if name not in names:
            raise InvalidValue(field=name, why="not a void suggestion rule")
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 3650:
            raise InvalidValue(field=name, why="must be a whole number from 1 to 3650")
    rules = SuggestionRules(**{**asdict(suggestion_rules(session)), **changes})
    session.merge(Setting(key=SETTING, value=asdict(rules)))
    return rules


# --- the rules as SQL ------------------------------------------------------------------


def _contacts() -> Any:
    """The contact details as one string: a dismissal of no_contact remembers it."""
    parts = [func.coalesce(C[name], "") for name in ("phone", "phone2", "email", "wechat")]
    out = parts[0]
    for part in parts[1:]:
        out = out + "|" + part
    return out


def _older_partners(among: Any = None) -> Any:
    """Per customer (of `among`, ids or a SELECT of them, or all), how many older eligible
    customers share one of its keys. For all, the keys held more than once are found
    first; for a few, their keys are looked up directly (no walk over every key)."""
    mine, theirs = aliased(CustomerKey), aliased(CustomerKey)
    other = aliased(Customer)
    stmt = select(
        mine.customer_id.label("cid"),
        func.count(func.distinct(theirs.customer_id)).label("n"),
    )
    if among is None:
        shared = select(K.kind, K.key).group_by(K.kind, K.key).having(func.count() > 1)
        shared = shared.subquery()
        stmt = stmt.join(shared, and_(mine.kind == shared.c.kind, mine.key == shared.c.key))
    else:
        stmt = stmt.where(mine.customer_id.in_(among))
    return (
        stmt.join(
            theirs,
            and_(
                theirs.kind == mine.kind,
                theirs.key == mine.key,
                theirs.customer_id < mine.customer_id,
            ),
        )
        .join(other, other.id == theirs.customer_id)
        .where(eligible(other))
        .group_by(mine.customer_id)
        .subquery()
    )


def _rule_queries(
    session: Session, rules: SuggestionRules, now: datetime, detailed: bool, among: Any = None
) -> list[Select[Any]]:
    """One SELECT (customer id, rule, evidence) per rule, dismissals already applied.
    Counting a million customers skips the inactive rule's day count (`detailed` off):
    comparing times is enough to know it fires."""
    sqlite = session.get_bind().dialect.name == "sqlite"
    working = C.status.in_((ACTIVE, POOL))
    period = timedelta(days=rules.inactive_days)

    def dismissed(rule: str) -> Any:
        return aliased(Dismissal, name=f"d_{rule}")

    out = []
    # inactive
    d = dismissed("inactive")
    last = last_interaction(sqlite)
    days = cast(days_since(sqlite, last, now), String) if detailed else literal("")
    out.append(
        select(
            C.id.label("cid"),
            literal("inactive").label("rule"),
            days.label("evidence"),
        )
        .outerjoin(d, and_(d.customer_id == C.id, d.rule == "inactive"))
        .where(working, last <= now - period, or_(d.at.is_(None), d.at <= now - period))
    )
    # failed
    # the streak: its length and its latest attempt, so one more attempt, or a new streak
    # of the same length after someone answered, is new evidence
    d = dismissed("failed")
    streak = cast(C.failed_attempts, String) + "@" + cast(C.last_followup_at, String)
    out.append(
        select(C.id, literal("failed"), streak)
        .outerjoin(d, and_(d.customer_id == C.id, d.rule == "failed"))
        .where(
            working,
            C.failed_attempts >= rules.failed_attempts,
            or_(d.evidence.is_(None), d.evidence != streak),
        )
    )
    # no_contact
    d = dismissed("no_contact")
    has_key = select(K.customer_id).where(K.customer_id == C.id, K.kind.in_(("phone", "email")))
    out.append(
        select(C.id, literal("no_contact"), _contacts())
        .outerjoin(d, and_(d.customer_id == C.id, d.rule == "no_contact"))
        .where(
            working,
            ~has_key.exists(),
            func.coalesce(func.trim(C.wechat), "") == "",
            or_(d.evidence.is_(None), d.evidence != _contacts()),
        )
    )
    # duplicate
    d = dismissed("duplicate")
    partners = _older_partners(among)
    out.append(
        select(C.id, literal("duplicate"), cast(partners.c.n, String))
        .join(partners, partners.c.cid == C.id)
        .outerjoin(d, and_(d.customer_id == C.id, d.rule == "duplicate"))
        .where(working, or_(d.evidence.is_(None), cast(d.evidence, Integer) < partners.c.n))
    )
    return out


@dataclass(frozen=True)
class Suggestion:
    customer_id: int
    rule: str
    evidence: str  # the number shown (days, attempts, older duplicates)
    reason: str  # the void reason accepting it uses
    key: str = ""  # what a dismissal remembers, to tell new evidence from old

    def message(self, lang: str = "en") -> str:
        texts = {
            "inactive": ("days without interaction: {e}", "{e} 天无互动"),
            "failed": ("failed contact attempts in a row: {e}", "连续 {e} 次联系失败"),
            "no_contact": ("no valid phone, email or WeChat", "无有效电话、邮箱或微信"),
            "duplicate": (
                "shares a phone, email or name with older customers: {e}",
                "与 {e} 个更早的客户电话、邮箱或名称相同",
            ),
        }
        en, zh = texts[self.rule]
        return (zh if lang.startswith("zh") else en).format(e=self.evidence)


def _suggested(
    session: Session,
    now: datetime,
    ids: Sequence[int] | None = None,
    owner: int | None = None,
) -> Any:
    """Suggestions of `ids`, of one owner's customers (what a rep's queue shows), or all."""
    among: Any = ids
    if among is None and owner is not None:
        among = select(C.id).where(C.owner_id == owner)
    rules = suggestion_rules(session)
    queries = _rule_queries(session, rules, now, among is not None, among)
    if among is not None:
        queries = [q.where(C.id.in_(among)) for q in queries]
    return union_all(*queries).subquery()


def suggestions_for(
    session: Session, ids: Sequence[int], *, now: datetime | None = None
) -> dict[int, list[Suggestion]]:
    """Current suggestions of some customers, strongest rule first."""
    s = _suggested(session, now or clock.now(), ids)
    out: dict[int, list[Suggestion]] = {}
    for cid, rule, evidence in session.execute(select(s.c.cid, s.c.rule, s.c.evidence)):
        shown = evidence.split("@")[0] if rule == "failed" else evidence
        out.setdefault(cid, []).append(Suggestion(cid, rule, shown, REASONS[rule], evidence))
    for found in out.values():
        found.sort(key=lambda x: RULES.index(x.rule))
    return out


def suggestion_counts(
    session: Session, *, owner: int | None = None, now: datetime | None = None
) -> dict[str, int]:
    s = _suggested(session, now or clock.now(), owner=owner)
    counts = dict.fromkeys(RULES, 0)
    for rule, n in session.execute(select(s.c.rule, func.count()).group_by(s.c.rule)):
        counts[rule] = n
    return counts


def suggested_customers(
    session: Session,
    *,
    ids: Sequence[int] | None = None,
    owner: int | None = None,
    now: datetime | None = None,
) -> int:
    """How many customers (of `ids`, or all) have a void suggestion awaiting a decision:
    the length of the Suggestions page's "every rule" list."""
    s = _suggested(session, now or clock.now(), ids, owner)
    return int(session.scalar(select(func.count(func.distinct(s.c.cid)))) or 0)


def list_suggestions(
    session: Session,
    *,
    rule: str | None = None,
    offset: int = 0,
    limit: int = 100,
    owner: int | None = None,
    now: datetime | None = None,
) -> list[Suggestion]:
    """A page of suggestions (one per customer: its strongest rule), oldest customer first;
    with `owner`, of that person's customers only."""
    if rule is not None and rule not in RULES:
        raise InvalidValue(field="rule", why=f"{rule!r} is not one of {', '.join(RULES)}")
    at = now or clock.now()
    s = _suggested(session, at, owner=owner)
    stmt = select(s.c.cid).distinct()
    if rule:
        stmt = stmt.where(s.c.rule == rule)
    ids = list(session.scalars(stmt.order_by(s.c.cid).offset(offset).limit(limit)))
    found = suggestions_for(session, ids, now=at)
    out = []
    for cid in ids:
        items = found[cid]
        out.append(next((x for x in items if x.rule == rule), items[0]) if rule else items[0])
    return out


def accept_reasons(
    session: Session, ids: Sequence[int], *, now: datetime | None = None
) -> dict[str, int]:
    """The void reason accepting would record for these customers (their strongest
    suggestion's), with how many customers each: what is confirmed before voiding."""
    found = suggestions_for(session, ids, now=now or clock.now())
    return dict(Counter(REASONS[items[0].rule] for items in found.values()))


# --- acting on them --------------------------------------------------------------------


def _check_may_act(session: Session, rep: Any, customers: Sequence[Customer], action: str) -> None:
    for c in customers:
        if c.owner_id != rep.id and not is_pool_admin(session, rep, c.pool_id):
            raise PermissionDenied(actor=rep.name, action=action, why="not the owner")


@unit_of_work
def accept_suggestions(
    session: Session,
    ids: Sequence[int],
    actor: int,
    *,
    note: str | None = None,
    now: datetime | None = None,
) -> ActionResult:
    """Void the customers with their strongest suggestion's reason: one transaction, one
    batch; refused whole if any of them is no longer suggested."""
    at = now or clock.now()
    rep = get_rep(session, actor)
    customers = load_customers(session, ids)
    check_from(customers, "void")
    if not rep.is_manager:
        check_owner_or_manager(rep, customers, "void")
    found = suggestions_for(session, [c.id for c in customers], now=at)
    stale = [c.id for c in customers if c.id not in found]
    if stale:
        raise InvalidValue(field="customers", why=f"no longer suggested for voiding: {stale[:10]}")
    batch = uuid4().hex
    by_rule: dict[str, list[Customer]] = {}
    for c in customers:
        by_rule.setdefault(found[c.id][0].rule, []).append(c)
    for rule, group in by_rule.items():
        reason = REASONS[rule]
        check_reason(session, "void", reason, note)
        for c in group:
            top = found[c.id][0]
            move_customers(
                session,
                [c],
                "void",
                VOIDED,
                rep.id,
                at,
                reason_code=reason,
                note=note or top.message("zh"),
                details={"suggestion": rule, "evidence": top.evidence},
                batch=batch,
            )
    return ActionResult("void", tuple(c.id for c in customers), batch, at)


@unit_of_work
def dismiss_suggestions(
    session: Session,
    ids: Sequence[int],
    actor: int,
    *,
    rule: str | None = None,
    now: datetime | None = None,
) -> int:
    """Remember that a person looked and kept these customers (for one rule, or every
    rule now suggesting them); returns how many suggestions were dismissed."""
    at = now or clock.now()
    if rule is not None and rule not in RULES:
        raise InvalidValue(field="rule", why=f"{rule!r} is not one of {', '.join(RULES)}")
    rep = get_rep(session, actor)
    customers = load_customers(session, ids)
    _check_may_act(session, rep, customers, "dismiss")
    found = suggestions_for(session, [c.id for c in customers], now=at)
    done = 0
    for c in customers:
        for s in found.get(c.id, []):
            if rule is not None and s.rule != rule:
                continue
            session.merge(
                Dismissal(customer_id=c.id, rule=s.rule, evidence=s.key, actor_id=rep.id, at=at)
            )
            done += 1
    return done


# --- the cleanup queue ------------------------------------------------------------------

QUEUE_KINDS = ("suggestion", "junk", "long_closed")


@dataclass(frozen=True)
class CleanupItem:
    customer_id: int
    # suggestion: void or dismiss; junk: void or release; long_closed: archive
    kind: str
    company: str
    owner_id: int | None
    status: str
    why: str


def _queue(session: Session, now: datetime) -> Any:
    """(customer, kind) rows. Junk is every working (active or pooled) customer of tier
    D, those a void suggestion lists too: its count is the number of junk customers a
    manager knows from the tiers, and they are voided as junk in one action."""
    rules = suggestion_rules(session)
    s = _suggested(session, now)
    suggested = select(s.c.cid.label("cid"), literal("suggestion").label("kind")).distinct()
    junk = select(C.id, literal("junk")).where(C.status.in_((ACTIVE, POOL)), C.tier == "D")
    closed = select(C.id, literal("long_closed")).where(
        C.status == CLOSED, C.status_changed_at <= now - timedelta(days=rules.closed_days)
    )
    return union_all(suggested, junk, closed).subquery()


def cleanup_counts(session: Session, *, now: datetime | None = None) -> dict[str, int]:
    q = _queue(session, now or clock.now())
    counts = dict.fromkeys(QUEUE_KINDS, 0)
    for kind, n in session.execute(select(q.c.kind, func.count()).group_by(q.c.kind)):
        counts[kind] = n
    return counts


def cleanup_queue(
    session: Session,
    *,
    kind: str | None = None,
    offset: int = 0,
    limit: int = 100,
    now: datetime | None = None,
    lang: str = "en",
) -> list[CleanupItem]:
    """One list of what a manager should clean: void suggestions, junk (tier D, active
    or in a pool) and customers closed long ago, each with why; a customer appears once
    per kind (a junk customer may be suggested too)."""
    if kind is not None and kind not in QUEUE_KINDS:
        raise InvalidValue(field="kind", why=f"{kind!r} is not one of {', '.join(QUEUE_KINDS)}")
    at = now or clock.now()
    q = _queue(session, at)
    stmt = (
        select(q.c.cid, q.c.kind, C.company, C.owner_id, C.status, C.status_changed_at)
        .join(Customer, C.id == q.c.cid)
        .order_by(q.c.kind, q.c.cid)
        .offset(offset)
        .limit(limit)
    )
    if kind:
        stmt = stmt.where(q.c.kind == kind)
    rows = session.execute(stmt).all()
    found = suggestions_for(session, [r.cid for r in rows if r.kind == "suggestion"], now=at)
    zh = lang.startswith("zh")
    out = []
    for cid, k, company, owner, status, changed in rows:
        if k == "suggestion":
            why = found[cid][0].message(lang) if cid in found else ""
        elif k == "junk":
            why = "等级 D（垃圾客户）" if zh else "tier D (junk)"
        else:
            days = (at - changed).days
            why = f"已关闭 {days} 天" if zh else f"closed {days} days ago"
        out.append(CleanupItem(cid, k, company, owner, status, why))
    return out
