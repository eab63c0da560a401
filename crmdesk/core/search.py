"""Search: one function for the window's lists and the command line.

A query is words; every word must occur in the customer's company, contact, phones,
email, WeChat id, or the full pinyin or initials of company and contact. Filters and a
sort column narrow and order the result; pages come `limit` at a time.

How a page is found fast at a million customers (SQLite), by plan:
    fts     sorted by id (newest first, the default), with words or filters: one FTS5
            query matches the words in the token column and the filters in the tag
            column (core/indexing.py) and reads the page in id order, however the
            filters and the words correlate; only the page's rows are then read
    rare    another sort, at most RARE matches: the matches are joined and sorted
    owner   another sort, a rep's customers with more matches: by the owner index, the
            words checked against their stored entry text
    common  another sort, more matches: customers are walked and their entry text
            checked; at a million customers this takes up to a second or two (the window
            runs it off the GUI thread)
    list    no words, no rare filter: the filters, walked in sort order
Filters that are not tags (a follow-up due, about to be reclaimed, warned since) are SQL
conditions only, so they never take the fts plan: a rep's own list (Today's) takes the
owner plan, or rare.
Wide filters (a status, a tier, a region) would lead SQLite's planner onto an index
over most of the table followed by a sort, so customers are read NOT INDEXED except by
the owner plan. PostgreSQL uses the common plan, with LIKE over a trigram index (words of
three characters or more) or an index of character pairs (words of two); newest first,
it looks among the newest customers first, in wider windows until the page is full
(`newest`).

Where a person sees a pool's contacts masked (`mask_for`, else `Filters.visible_to`), a
word matches those customers by their names and pinyin, or by a WHOLE phone number, email
or WeChat id, never by part of one: matching on the raw number and masking afterwards let
a rep read the hidden digits back one search at a time. Every plan checks this (`_Guard`)
on the candidates the index or the scan gives, so others search exactly as before; a
query that is one phone number however typed ("+86 138-0013-8000") searches for its
normalised form.
"""

from __future__ import annotations

import re
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Select,
    Text,
    and_,
    case,
    column,
    func,
    literal,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.errors import InvalidValue, NotFound
from crmdesk.core.indexing import FTS_TABLE, fts_query, query_terms, tag
from crmdesk.core.models import (
    ACTIVE,
    ARCHIVED,
    POOL,
    STAGES,
    STATUSES,
    TIERS,
    WARNING_BITS,
    Customer,
    CustomerKey,
    Pool,
    PoolMember,
    Rep,
    Transition,
)
from crmdesk.core.models import SearchEntry as Entry
from crmdesk.core.normalize import email_key, phone_key
from crmdesk.core.pools import (
    CONTACTS,
    all_reclaim_rules,
    days_left,
    deadline_order,
    mask_contacts,
    reclaim_soon,
)
from crmdesk.core.uow import chunks

C = Customer.__table__.c
FTS = table(FTS_TABLE, column("rowid"))
RARE = 10_000
NEWEST = 50_000  # PostgreSQL: the first window of newest customers a word is looked for in
FTS_PLAN = True  # tests switch it off to check the other plans give the same answers
PAGE = 100
MAX_PAGE = 1000

# Sorts by an expression: the reclaim deadline (days left; none last), and the number of
# warnings then the risk score.
COMPUTED_SORTS = ("days_left", "warnings")
# Columns a list may sort by: the user-facing name -> the column.
SORTS: dict[str, Any] = {
    name: C[name]
    for name in (
        "id",
        "company",
        "contact",
        "status",
        "owner_id",
        "pool_id",
        "tier",
        "stage",
        "region",
        "industry",
        "source",
        "risk_score",
        "created_at",
        "status_changed_at",
        "status_reason",
        "last_followup_at",
        "next_followup_at",
        "last_deal_at",
        "deal_total",
        "deal_count",
    )
}
ROW_COLUMNS = (
    "id",
    "company",
    "contact",
    "phone",
    "email",
    "status",
    "status_reason",
    "owner_id",
    "pool_id",
    "tier",
    "tier_override",
    "stage",
    "region",
    "industry",
    "source",
    "locked",
    "risk_score",
    "warning_flags",
    "created_at",
    "status_changed_at",
    "last_followup_at",
    "next_followup_at",
    "last_deal_at",
    "deal_total",
)


@dataclass(frozen=True)
class Filters:
    """What a list shows; None means any. `owner` 0 means "no owner"; `warning` is a rule
    name from core/risk.py or "any"."""

    status: tuple[str, ...] | None = None
    owner: int | None = None
    pool: int | None = None
    tier: tuple[str, ...] | None = None
    warning: str | None = None
    region: str | None = None
    industry: str | None = None
    stage: tuple[str, ...] | None = None
    # Restrict to what this rep may see: their own customers and their pools' customers.
    visible_to: int | None = None
    # Not tags but SQL conditions (see the module docstring), for Today's lists:
    followup_due: datetime | None = None  # a next follow-up set and before this
    reclaim_soon: datetime | None = None  # the sweep at this moment would reclaim or warn
    warned_since: datetime | None = None  # warnings gained a rule at or after this

    def untagged(self) -> bool:
        """Whether a filter is set that the FTS tag column does not hold."""
        return any(v is not None for v in (self.followup_due, self.reclaim_soon, self.warned_since))

    def __post_init__(self) -> None:
        for name, allowed in (("status", STATUSES), ("tier", TIERS), ("stage", STAGES)):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, (value,))
                value = (value,)
            for v in value or ():
                if v not in allowed:
                    raise InvalidValue(field=name, why=f"{v!r} is not one of {', '.join(allowed)}")
        if self.warning not in (None, "any", *WARNING_BITS):
            raise InvalidValue(field="warning", why=f"{self.warning!r} is not a warning rule")


@dataclass(frozen=True)
class SearchPage:
    rows: list[dict[str, Any]]
    has_more: bool
    plan: str  # which way was taken (see the module docstring), for tests and benchmarks
    seconds: float = field(default=0.0, compare=False)


def _conditions(session: Session, filters: Filters) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    f = filters
    if f.status:
        where.append(C.status.in_(f.status) if len(f.status) > 1 else C.status == f.status[0])
    if f.owner is not None:
        where.append(C.owner_id.is_(None) if f.owner == 0 else C.owner_id == f.owner)
    if f.pool is not None:
        where.append(C.pool_id == f.pool)
    if f.tier:
        where.append(C.tier.in_(f.tier))
    if f.stage:
        where.append(C.stage.in_(f.stage))
    if f.region:
        where.append(C.region == f.region)
    if f.industry:
        where.append(C.industry == f.industry)
    if f.warning == "any":
        where.append(C.warning_flags != 0)
    elif f.warning:
        where.append(C.warning_flags.op("&")(WARNING_BITS[f.warning]) != 0)
    pools = _visible_pools(session, f)
    if pools is not None:
        rep_id = f.visible_to
        where.append(or_(C.owner_id == rep_id, and_(C.status == POOL, C.pool_id.in_(pools))))
    if f.followup_due is not None:
        where.append(and_(C.next_followup_at.is_not(None), C.next_followup_at < f.followup_due))
    if f.reclaim_soon is not None:
        where.append(reclaim_soon(session, f.reclaim_soon))
    if f.warned_since is not None:
        where.append(C.warnings_since >= f.warned_since)
    return where


def in_view(session: Session, rep_id: int) -> list[ColumnElement[bool]]:
    """The conditions of what `rep_id` may see (nothing for a manager), for counts that
    group rather than list, so the view is still decided here."""
    return _conditions(session, Filters(visible_to=rep_id))


def _visible_pools(session: Session, f: Filters) -> list[int] | None:
    """The pools a rep who is limited to their own view may see; None for no limit."""
    if f.visible_to is None:
        return None
    rep = session.get(Rep, f.visible_to)
    if rep is None:
        raise NotFound(kind="rep", ids=[f.visible_to])
    if rep.is_manager:
        return None
    return list(session.scalars(select(PoolMember.pool_id).where(PoolMember.rep_id == rep.id)))


def _tag_query(session: Session, f: Filters) -> str:
    """The filters as an FTS5 expression over the tag column; "" for none."""

    def any_of(kind: str, values: Sequence[Any]) -> str:
        return "(" + " OR ".join(f'"{tag(kind, v)}"' for v in values) + ")"

    parts = []
    for kind, values in (("status", f.status), ("tier", f.tier), ("stage", f.stage)):
        if values:
            parts.append(any_of(kind, values))
    if f.owner is not None:
        parts.append(any_of("owner", [f.owner]))
    for kind, value in (("pool", f.pool), ("region", f.region), ("industry", f.industry)):
        if value is not None and (kind == "pool" or value):
            parts.append(any_of(kind, [value]))
    if f.warning:
        parts.append(any_of("warning", [f.warning]))
    pools = _visible_pools(session, f)
    if pools is not None:
        mine = f'"{tag("owner", f.visible_to)}"'
        if pools:
            parts.append(f'({mine} OR ("{tag("status", POOL)}" AND {any_of("pool", pools)}))')
        else:
            parts.append(mine)
    return " AND ".join(parts)


def _match(session: Session, terms: Sequence[str], filters: Filters) -> str:
    """One FTS5 expression for the words (token column) and the filters (tag column)."""
    parts = []
    if terms:
        parts.append(f"tokens : ({fts_query(terms)})")
    tagged = _tag_query(session, filters)
    if tagged:
        parts.append(f"tags : ({tagged})")
    return " AND ".join(parts)


# Where the contacts sit among an entry's ten space-separated values (indexing.entry_text):
# phone, phone2, email, WeChat; the others are names and their pinyin.
_CONTACT_PARTS = (2, 3, 4, 5)
_NAME_PARTS = (0, 1, 6, 7, 8, 9)
# Phone digits, email addresses and WeChat ids are written without Chinese characters, so
# a word with one is a name: the guard leaves it alone, and Chinese words cost nothing.
_CHINESE = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True)
class _Guard:
    """What a viewer's words may match in the pools that mask contacts from them: each
    word must occur in a masked customer's names or pinyin, equal one of its contact
    values whole, or be one of its phone or email keys however typed (`whole`)."""

    pools: tuple[int, ...]
    terms: tuple[str, ...]
    whole: tuple[tuple[int, ...], ...]  # per term, the customers it is a key of

    def allows(self, sqlite: bool, customers: Any, entries: Any) -> ColumnElement[bool]:
        """True for rows the words may match: not masked, or matched without a fragment
        of a contact. `customers` and `entries` are the query's customers and search_index."""
        masked = and_(customers.c.status == POOL, customers.c.pool_id.in_(self.pools))
        return or_(~masked, self.words(sqlite, entries, customers.c.id))

    def words(self, sqlite: bool, entries: Any, ids: Any) -> ColumnElement[bool]:
        """True where every word occurs in the names or pinyin of the entry, or equals one
        of its contact values or keys whole. `ids` is the customer id column."""
        value = entries.c.text
        if sqlite:
            # The values as a JSON array: search_text leaves only letters, digits and
            # @._+- in them, so nothing needs escaping and a word never spans two.
            values = literal('["') + func.replace(value, " ", '","') + literal('"]')
            names = func.json_extract(values, *(f"$[{i}]" for i in _NAME_PARTS))
            contacts = func.json_extract(values, *(f"$[{i}]" for i in _CONTACT_PARTS))

            def named(term: str) -> ColumnElement[bool]:
                return func.instr(names, term) > 0

            def whole(term: str) -> ColumnElement[bool]:
                return func.instr(contacts, f'"{term}"') > 0
        else:
            parts = [func.split_part(value, " ", i + 1) for i in range(10)]
            joined = func.concat_ws(" ", *(parts[i] for i in _NAME_PARTS))

            def named(term: str) -> ColumnElement[bool]:
                return func.strpos(joined, term) > 0

            def whole(term: str) -> ColumnElement[bool]:
                return or_(*(parts[i] == term for i in _CONTACT_PARTS))

        checks = []
        for term, keyed in zip(self.terms, self.whole, strict=True):
            by_key = [ids.in_(keyed)] if keyed else []
            checks.append(or_(named(term), whole(term), *by_key))
        return and_(*checks)


def _masked_pools(session: Session, rep_id: int) -> set[int]:
    """The pools whose contacts `rep_id` sees masked: those that mask, but for the ones
    they administer (managers administer every pool)."""
    rep = session.get(Rep, rep_id)
    if rep is None:
        raise NotFound(kind="rep", ids=[rep_id])
    if rep.is_manager:
        return set()
    return set(session.scalars(select(Pool.id).where(Pool.rules.has(mask_contacts=True)))) - set(
        session.scalars(
            select(PoolMember.pool_id).where(PoolMember.rep_id == rep.id, PoolMember.is_admin)
        )
    )


def _guard(
    session: Session, terms: Sequence[str], filters: Filters, mask_for: int | None
) -> _Guard | None:
    """The guard for the person the list is for (`mask_for`, else the rep the filters
    limit the view to); None when nothing is masked from them or there are no words."""
    viewer = mask_for if mask_for is not None else filters.visible_to
    terms = [t for t in terms if not _CHINESE.search(t)]
    if viewer is None or not terms:
        return None
    pools = _masked_pools(session, viewer)
    if not pools:
        return None
    K = CustomerKey.__table__.c
    whole = []
    for term in terms:
        keys = [
            (kind, key)
            for kind, key in (("phone", phone_key(term)), ("email", email_key(term)))
            if key
        ]
        ids: tuple[int, ...] = ()
        if keys:
            found = select(K.customer_id).where(
                or_(*(and_(K.kind == kind, K.key == key[:200]) for kind, key in keys))
            )
            ids = tuple(sorted(set(session.scalars(found))))
        whole.append(ids)
    return _Guard(tuple(sorted(pools)), tuple(terms), tuple(whole))


def _terms(query: str) -> list[str]:
    """The query's words; a query that is one phone number, typed with spaces, dashes or
    +86, is its normalised number (a whole number, which a masked pool still finds)."""
    key = phone_key(query)
    return [key] if key else query_terms(query)


def _fts_select(match: str, guard: _Guard | None, after: int | None = None) -> Select[Any]:
    """The rowids (`id`) the FTS expression matches (after `after`), but for those the
    guard denies: each hit's customer and entry are read to check, in rowid order, so a
    page still stops at its last row."""
    found = text(f"{FTS_TABLE} MATCH :fts_q").bindparams(fts_q=match)
    stmt = select(FTS.c.rowid.label("id")).select_from(FTS).where(found)
    if after is not None:
        stmt = stmt.where(FTS.c.rowid > after)
    if guard is None:
        return stmt
    customers = Customer.__table__.alias("guarded")
    entries = Entry.__table__.alias("guarded_entry")
    return (
        stmt.join(customers, customers.c.id == FTS.c.rowid)
        .join(entries, entries.c.customer_id == FTS.c.rowid)
        .where(guard.allows(True, customers, entries))
    )


def _ordered(stmt: Select[Any], descending: bool) -> Select[Any]:
    """FTS rowids in id order, which the index reads in without sorting."""
    rowid = stmt.selected_columns.id
    return stmt.order_by(rowid.desc() if descending else rowid.asc())


def _warning_count() -> ColumnElement[int]:
    """How many warning rules a customer's flags hold."""
    bits = [case((C.warning_flags.op("&")(bit) != 0, 1), else_=0) for bit in WARNING_BITS.values()]
    return sum(bits[1:], bits[0])


def _sort_keys(session: Session, sort: str, now: datetime | None) -> list[Any]:
    """What a sort name orders by: a column, or an expression (COMPUTED_SORTS)."""
    if sort == "days_left":
        return [deadline_order(session, now or clock.now())]
    if sort == "warnings":
        return [_warning_count(), C.risk_score]
    if sort not in SORTS:
        raise InvalidValue(field="sort", why=f"cannot sort by {sort!r}")
    return [SORTS[sort]]


def _order(session: Session, sort: str, descending: bool, now: datetime | None = None) -> list[Any]:
    if sort == "id":
        return [C.id.desc() if descending else C.id.asc()]
    keys = _sort_keys(session, sort, now)
    if sort in COMPUTED_SORTS:  # an expression: NULLS LAST reads it once a row
        ordered = [(k.desc() if descending else k.asc()).nulls_last() for k in keys]
    else:
        column = keys[0]
        ordered = [column.is_(None), column.desc() if descending else column.asc()]
    # nulls last either way, then id so pages never overlap or skip
    return [*ordered, C.id.desc() if descending else C.id.asc()]


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _fts_hits(session: Session, expr: str, cap: int, guard: _Guard | None) -> int:
    hits = _fts_select(expr, guard).limit(cap).subquery()
    return int(session.execute(select(func.count()).select_from(hits)).scalar() or 0)


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _like_terms(
    session: Session, stmt: Select[Any], terms: Sequence[str], guard: _Guard | None
) -> Select[Any]:
    """Match the words against the stored entry text: on SQLite a scan, not the FTS index;
    on PostgreSQL LIKE (entry and words are lower case already, and LIKE is several
    times cheaper than ILIKE) over the trigram or pairs index (core/indexing.py)."""
    stmt = stmt.join(Entry, Entry.customer_id == C.id)
    sqlite = _sqlite(session)
    if guard is not None:
        stmt = stmt.where(guard.allows(sqlite, Customer.__table__, Entry.__table__))
    for term in terms:
        stmt = stmt.where(Entry.text.like(_like(term), escape="\\"))
        if not sqlite and len(term) == 2:
            # no trigram in two characters: the index of pairs finds the candidates
            pairs = func.crmdesk_pairs(Entry.text)
            stmt = stmt.where(pairs.op("@>")(literal([term], ARRAY(Text))))
    return stmt


def _not_indexed(stmt: Select[Any]) -> Select[Any]:
    return stmt.with_hint(Customer.__table__, "NOT INDEXED", "sqlite")


def _choose(
    session: Session,
    terms: Sequence[str],
    filters: Filters,
    sort: str,
    match: str,
    guard: _Guard | None,
) -> str:
    """Which way to find a page (see the module docstring)."""
    if not _sqlite(session):
        return "common" if terms else "list"
    if not match:
        return "list"
    if sort == "id" and FTS_PLAN and not filters.untagged():
        return "fts"
    if _fts_hits(session, match, RARE + 1, guard) <= RARE:
        return "rare"
    if filters.owner not in (None, 0):  # a rep's few thousand customers, by index
        return "owner"
    return "common" if terms else "list"


def _fts_page(
    session: Session,
    match: str,
    guard: _Guard | None,
    descending: bool,
    offset: int,
    n: int,
) -> list[int]:
    stmt = _ordered(_fts_select(match, guard), descending).limit(n).offset(offset)
    return list(session.scalars(stmt))


def search(
    session: Session,
    query: str = "",
    filters: Filters | None = None,
    *,
    sort: str = "id",
    descending: bool = True,
    offset: int = 0,
    limit: int = PAGE,
    mask_for: int | None = None,
    now: datetime | None = None,
) -> SearchPage:
    """One page of customers matching `query` and `filters`, newest first by default;
    sorted by days left as the rules stand at `now` (the clock's by default).

    With `mask_for` (a rep id), phones and emails of pool customers are masked where the
    pool says so and the rep is not its admin, as in the pool lists, and the words match
    those contacts only whole (see the module docstring).
    """
    started = time.perf_counter()
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise InvalidValue(field="page", why=f"limit must be 1..{MAX_PAGE}, offset >= 0")
    filters = filters or Filters()
    where = _conditions(session, filters)
    terms = _terms(query)
    guard = _guard(session, terms, filters, mask_for)
    stmt = select(*(C[name] for name in ROW_COLUMNS)).select_from(Customer.__table__)
    stmt = stmt.where(*where)
    match = _match(session, terms, filters) if _sqlite(session) else ""
    plan = _choose(session, terms, filters, sort, match, guard)
    if plan == "fts":
        # the filters are checked again on the page's rows, which costs nothing
        ids = _fts_page(session, match, guard, descending, offset, limit + 1)
        page = _not_indexed(stmt.where(C.id.in_(ids))).order_by(*_order(session, "id", descending))
        rows = [dict(r) for r in session.execute(page).mappings()]
    else:
        if plan == "rare":
            stmt = _not_indexed(stmt.where(C.id.in_(_fts_select(match, guard))))
        elif terms:
            stmt = _like_terms(session, stmt, terms, guard)
        if plan in ("list", "common"):
            stmt = _not_indexed(stmt)
        stmt = stmt.order_by(*_order(session, sort, descending, now))
        stmt = stmt.offset(offset).limit(limit + 1)
        if plan == "common" and terms and sort == "id" and descending and not _sqlite(session):
            plan = "newest"
            # Every match in the window, through the word's index, then sorted: "id + 0"
            # keeps the planner from walking customers backwards by id in the hope of
            # hits, which crossed most of a million when the view holds few of them.
            stmt = stmt.order_by(None).order_by((C.id + 0).desc())
            found: list[dict[str, Any]] = []

            def look(after: int | None) -> int:
                found[:] = [dict(r) for r in session.execute(_after(stmt, after)).mappings()]
                return offset + len(found)

            # the window holds the page and one more: every earlier match is in it
            _newest_first(session, look, offset + limit + 1)
            rows = found
        else:
            rows = [dict(r) for r in session.execute(stmt).mappings()]
    more = len(rows) > limit
    rows = rows[:limit]
    if mask_for is not None:
        mask_rows(session, rows, mask_for)
    return SearchPage(rows, more, plan, time.perf_counter() - started)


def count(
    session: Session,
    query: str = "",
    filters: Filters | None = None,
    *,
    mask_for: int | None = None,
    at_most: int | None = None,
) -> int:
    """How many customers match: exact, and slower than a page for common words, so the
    window asks for it off the GUI thread. `mask_for` as in `search`. With `at_most`, the
    count stops there: a server answering many desks counts "10,000 or more" of a common
    word in milliseconds instead of every match in most of a second."""
    filters = filters or Filters()
    terms = _terms(query)
    guard = _guard(session, terms, filters, mask_for)
    sqlite = _sqlite(session)
    if terms and sqlite and not filters.untagged():
        hits = _fts_select(_match(session, terms, filters), guard)
    else:
        hits = select(C.id).where(*_conditions(session, filters))
        if terms and sqlite:
            hits = hits.where(C.id.in_(_fts_select(_match(session, terms, filters), guard)))
        elif terms:
            hits = _like_terms(session, hits, terms, guard)
    if at_most is None:
        found = select(func.count()).select_from(hits.subquery())
        return int(session.execute(found).scalar() or 0)
    if not terms or sqlite:
        found = select(func.count()).select_from(hits.limit(at_most).subquery())
        return int(session.execute(found).scalar() or 0)
    counted = 0

    def look(after: int | None) -> int:
        # every match in the window: a limit would lead the planner onto a walk (see search)
        nonlocal counted
        window = select(func.count()).select_from(_after(hits, after).subquery())
        counted = int(session.execute(window).scalar() or 0)
        return counted

    _newest_first(session, look, at_most)
    return min(counted, at_most)


def _newest_first(session: Session, look: Callable[[int | None], int], need: int) -> None:
    """PostgreSQL, words newest first: `look` among the newest customers (ids after the
    one given; None: all of them), in wider windows until it has found `need` matches.
    A common word's first page, or its count up to a cap, is among the newest few
    thousand; reading every match of it through an index took 0.1-0.3 s at a million
    customers, and seconds under load. A window that found few says how rare the word
    is: the next one is wide enough for `need` at that rate, twice over, or everything."""
    top = session.scalar(select(func.max(C.id)))
    size = NEWEST
    while True:
        after = top - size if top is not None and size < top else None
        found = look(after)
        if found >= need or after is None:
            return
        size = max(4 * size, 2 * size * need // max(found, 1))


def _after(stmt: Select[Any], after: int | None) -> Select[Any]:
    """`stmt` (customers joined to their entries) narrowed to ids above `after`, on both
    tables, so either index can read the window; None: all of them."""
    if after is None:
        return stmt
    return stmt.where(C.id > after, Entry.customer_id > after)


def matching_ids(
    session: Session,
    query: str = "",
    filters: Filters | None = None,
    *,
    sort: str = "id",
    descending: bool = True,
    now: datetime | None = None,
    mask_for: int | None = None,
) -> array[int]:
    """Every matching id in list order: what a window's table holds for a million rows
    (8 bytes each) before it reads the rows it shows with `rows_by_id`. `mask_for` as
    in `search`."""
    filters = filters or Filters()
    terms = _terms(query)
    guard = _guard(session, terms, filters, mask_for)
    match = _match(session, terms, filters) if _sqlite(session) else ""
    out: array[int] = array("q")
    if match and sort == "id" and not filters.untagged():
        result = session.execute(_ordered(_fts_select(match, guard), descending))
    else:
        stmt = select(C.id).select_from(Customer.__table__).where(*_conditions(session, filters))
        if match:
            stmt = _not_indexed(stmt.where(C.id.in_(_fts_select(match, guard))))
        elif terms:
            stmt = _like_terms(session, stmt, terms, guard)
        result = session.execute(stmt.order_by(*_order(session, sort, descending, now)))
    while part := result.scalars().fetchmany(50_000):
        out.extend(part)
    return out


def rows_by_id(
    session: Session,
    ids: Sequence[int],
    *,
    columns: Sequence[str] = ROW_COLUMNS,
    mask_for: int | None = None,
    now: datetime | None = None,
) -> dict[int, dict[str, Any]]:
    """The list columns (or `columns`) of these customers, masked for `mask_for` as in
    `search`; with `now`, also `days_left` before the rules reclaim each one (None when
    they cannot)."""
    rows: list[dict[str, Any]] = []
    for part in chunks(list(ids), 900):
        stmt = select(*(C[name] for name in columns)).where(C.id.in_(part))
        rows.extend(dict(r) for r in session.execute(stmt).mappings())
    if mask_for is not None:
        mask_rows(session, rows, mask_for)
    if now is not None:
        add_days_left(session, rows, now)
    if "status_reason" in columns:
        add_reasons(session, rows)
    return {row["id"]: row for row in rows}


def add_reasons(session: Session, rows: list[dict[str, Any]]) -> None:
    """`reason`: the code of why each row's customer is where it is. Archiving takes no
    reason, so an archived customer keeps the one it was closed for."""
    archived = [r["id"] for r in rows if r.get("status") == ARCHIVED]
    closed_for: dict[int, str | None] = {}
    for part in chunks(archived, 900):
        stmt = (
            select(Transition.customer_id, Transition.reason_code)
            .where(Transition.customer_id.in_(part), Transition.action == "close")
            .order_by(Transition.id)
        )
        closed_for.update(session.execute(stmt).tuples().all())  # the last close wins
    for row in rows:
        row["reason"] = closed_for.get(row["id"]) or row.get("status_reason")


def add_days_left(session: Session, rows: list[dict[str, Any]], now: datetime) -> None:
    """`days_left` before the rules reclaim each row's customer (None when they cannot)."""
    owned = [r["id"] for r in rows if r["status"] == ACTIVE and r["owner_id"] is not None]
    left: dict[int, int | None] = {}
    if owned:
        rules = {r.pool_id: r for r in all_reclaim_rules(session)}
        for c in session.scalars(select(Customer).where(Customer.id.in_(owned))):
            left[c.id] = days_left(c, rules[c.pool_id], now) if c.pool_id in rules else None
    for row in rows:
        row["days_left"] = left.get(row["id"])


def iter_rows(
    session: Session,
    query: str = "",
    filters: Filters | None = None,
    *,
    ids: Sequence[int] | None = None,
    batch: int = 2000,
    mask_for: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Every customer matching `query` and `filters` (or among `ids`), oldest first, with
    all its columns: for export, which reads a whole list without paging by offset.
    `mask_for` as in `search` (the rows themselves are masked by the caller)."""
    filters = filters or Filters()
    terms = _terms(query)
    guard = _guard(session, terms, filters, mask_for)
    where = _conditions(session, filters)
    base = select(Customer.__table__).where(*where)
    if ids is not None:
        wanted = sorted(set(ids))
        for start in range(0, len(wanted), batch):
            part = base.where(C.id.in_(wanted[start : start + batch]))
            if terms:
                part = _like_terms(session, part, terms, guard)
            yield from (dict(r) for r in session.execute(part.order_by(C.id)).mappings())
        return
    match = _match(session, terms, filters) if _sqlite(session) and terms else ""
    last = 0
    while True:
        if match:
            after = _ordered(_fts_select(match, guard, last), False)
            found = list(session.scalars(after.limit(batch)))
            if not found:
                return
            stmt = _not_indexed(base.where(C.id.in_(found)))
            last = found[-1]
        else:
            stmt = base.where(C.id > last)
            if terms:
                stmt = _like_terms(session, stmt, terms, guard)
            stmt = stmt.limit(batch)
        rows = [dict(r) for r in session.execute(stmt.order_by(C.id)).mappings()]
        yield from rows
        if not match:
            if len(rows) < batch:
                return
            last = rows[-1]["id"]


def mask_rows(session: Session, rows: list[dict[str, Any]], rep_id: int) -> None:
    """Hide the contacts of pool customers where the pool says so and `rep_id` is not
    its admin (lists and exports alike)."""
    masked_pools = _masked_pools(session, rep_id)
    hidden = [r for r in rows if r["status"] == POOL and r["pool_id"] in masked_pools]
    # A row without some contact columns may still hold them in its text (notes): the
    # stored values are read to hide them there, and are not added to the row.
    lacking = [r["id"] for r in hidden if any(name not in r for name in CONTACTS)]
    stored: dict[int, dict[str, Any]] = {}
    for part in chunks(lacking, 900):
        found = select(C.id, *(C[name] for name in CONTACTS)).where(C.id.in_(part))
        stored.update((r["id"], dict(r)) for r in session.execute(found).mappings())
    for row in hidden:
        extra = {k: v for k, v in stored.get(row["id"], {}).items() if k not in row}
        row.update(extra)
        mask_contacts(row)
        for name in extra:
            del row[name]


def owner_names(session: Session) -> dict[int, str]:
    """Rep id -> name, for showing owners beside a page of rows."""
    return dict(session.execute(select(Rep.id, Rep.name)).tuples().all())


def pool_names(session: Session) -> dict[int, str]:
    """Pool id -> name, for showing pools beside rows."""
    return dict(session.execute(select(Pool.id, Pool.name)).tuples().all())


def _by_id_or_name(session: Session, model: Any, kind: str, value: str | int | None) -> int | None:
    """A rep or pool given by id or name (the command line takes either)."""
    if value is None or value == "":
        return None
    if isinstance(value, int) or str(value).isdigit():
        found = session.get(model, int(value))
    else:
        found = session.scalar(select(model).where(model.name == value))
    if found is None:
        raise NotFound(kind=kind, ids=[value])
    return int(found.id)


def resolve_rep(session: Session, value: str | int | None) -> int | None:
    return _by_id_or_name(session, Rep, "rep", value)


def resolve_pool(session: Session, value: str | int | None) -> int | None:
    return _by_id_or_name(session, Pool, "pool", value)


def stamp(row: dict[str, Any]) -> dict[str, Any]:
    """A row as JSON-ready values (dates as ISO text, amounts as strings)."""
    out = {}
    for key, value in row.items():
        if isinstance(value, datetime):
            value = value.isoformat(" ", "seconds")
        elif value is not None and key == "deal_total":
            value = str(value)
        out[key] = value
    return out
