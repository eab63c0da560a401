"""The search index and the duplicate keys, kept in step with every write of a customer.

ORM writes are caught by an after-flush hook (installed by storage.engine.Database);
bulk writes (demo, import) call `index_new` or `reindex` themselves, in the same
transaction, so the index never lags behind the data.

Search matches substrings. On SQLite each searchable value is cut into overlapping
two- or three-character tokens ("北京科技" -> 北京 京科 科技) in the first column of a
contentless FTS5 table, so a query of any length is a phrase of its own tokens:
2-character Chinese, phone digit fragments, email pieces and pinyin all hit the index.
The second column holds the customer's filter values as one-token tags (status, owner,
pool, tier, stage, region, industry, warnings), so a search with filters is a single
FTS5 query that intersects the lists of both, however the filters and the words
correlate. A trigger notes customers whose filter values change (any UPDATE, set-based
ones too); their tags are rewritten before the transaction commits (`catch_up`).
PostgreSQL matches the same normalised text with LIKE (both sides are lower case
already), helped by a pg_trgm index where the extension exists for words of three
characters or more, and by a GIN index of each value's character pairs for words of two,
which have no trigram (`create_pairs_index`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from operator import add
from typing import Any

from sqlalchemy import Connection, delete, event, select, text
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.attributes import get_history

from crmdesk.core.models import WARNING_BITS, Customer, CustomerKey, SearchEntry
from crmdesk.core.normalize import company_key, email_key, phone_digits, phone_key, search_text
from crmdesk.storage.bulk import insert_rows

FTS_TABLE = "search_fts"
DIRTY_TABLE = "search_dirty"  # customers whose tags must be rewritten before commit
# Values that feed the index and the keys; a change to any of them re-indexes.
INDEXED = ("company", "contact", "phone", "phone2", "email", "wechat")
# Filter values held as tags; the trigger watches the same columns.
TAGGED = ("status", "owner_id", "pool_id", "tier", "stage", "region", "industry", "warning_flags")
# Between two values' tokens, so that a phrase never runs across from one to the next;
# four characters long, it can never equal a query's token.
GAP = "____"
# How each value of an entry (see entry_text) is cut. Chinese names and initials in
# pairs, so two characters find them. Digits, email, WeChat ids and full pinyin in
# threes: from a 26-letter or 10-digit alphabet pairs are so common ("an", "88") that
# a phrase of them reads half the index; threes are a hundred times rarer.
GRAMS = (2, 2, 3, 3, 3, 3, 3, 2, 3, 2)
CHUNK = 2000
# PostgreSQL: the distinct character pairs inside each value of an entry (never across the
# space between two), and the GIN index over them that finds two-character words.
PAIRS_FUNCTION = "crmdesk_pairs"
PAIRS_INDEX = "ix_search_index_pairs"
_PAIRS = f"""
CREATE OR REPLACE FUNCTION {PAIRS_FUNCTION}(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT pair), '{{}}') FROM (
        SELECT substr(value, i, 2) AS pair FROM generate_series(1, length(value) - 1) AS i
    ) AS pairs WHERE strpos(pair, ' ') = 0
$$
"""
_CJK = re.compile(r"[\u3400-\u9fff]")
# Nobody types the pinyin of 有限公司: leaving it out keeps a fifth of the tokens out.
_LEGAL_FORM = re.compile(r"(股份有限公司|有限责任公司|有限公司|公司)$")
_RUNS = re.compile(r"[\u3400-\u9fff]+|[^\u3400-\u9fff]+")


@functools.lru_cache(maxsize=131_072)
def _word_pinyin(word: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin  # its dictionaries take 0.3 s: only when writing

    return tuple(lazy_pinyin(word))


@functools.lru_cache(maxsize=131_072)
def pinyin(value: str) -> tuple[str, str]:
    """Full pinyin and initials ("ABC北京" -> abcbeijing, abcbj), with pypinyin's
    phrase-aware readings (重庆 is chongqing). Cut into words first and cached per word,
    which is five times faster than converting whole names: words repeat, names less."""
    full: list[str] = []
    initials: list[str] = []
    for run in _RUNS.findall(value):
        if _CJK.match(run):
            from pypinyin.seg.mmseg import seg

            syllables = [s for word in seg.cut(run) for s in _word_pinyin(word)]
            full.extend(syllables)
            initials.extend(s[:1] for s in syllables)
        else:
            full.append(run)
            initials.append(run)
    return search_text("".join(full)), search_text("".join(initials))


def entry_text(row: Mapping[str, Any]) -> str:
    """The normalised values search matches, separated by spaces (which search_text never
    leaves inside a value): company, contact, phone, phone2, email, WeChat, then full
    pinyin and initials of the company and of the contact."""
    company = row.get("company") or ""
    contact = row.get("contact") or ""
    parts = [
        search_text(company),
        search_text(contact),
        phone_digits(row.get("phone")),
        phone_digits(row.get("phone2")),
        search_text(row.get("email")),
        search_text(row.get("wechat")),
    ]
    for name in (_LEGAL_FORM.sub("", company.strip()), contact):
        if _CJK.search(name):
            parts.extend(pinyin(name))
        else:
            parts.extend(("", ""))
    return " ".join(parts)


def _grams(value: str, n: int) -> str:
    if len(value) <= n:
        return value
    if n == 2:  # pairs by adding each character to the next, in C: twice as fast
        return " ".join(map(add, value, value[1:]))
    return " ".join([value[i : i + n] for i in range(len(value) - n + 1)])


def tokens(entry: str) -> str:
    """FTS5 input for an entry: each value cut into its n-grams, values separated by GAP."""
    return f" {GAP} ".join(
        [_grams(part, n) for part, n in zip(entry.split(" "), GRAMS, strict=True) if part]
    )


def query_terms(query: str) -> list[str]:
    """A query's terms, normalised like the index; every term must match."""
    return [t for t in (search_text(word) for word in query.split()) if t]


def fts_query(terms: Sequence[str]) -> str:
    """An FTS5 MATCH expression: each term a phrase of its bigrams (which finds it in
    the names and initials) or, from three characters, of its trigrams (phones, email,
    WeChat, full pinyin); a single character is a prefix. Terms hold only letters,
    digits and @._-+, so quoting is safe."""
    parts = []
    for term in terms:
        if len(term) == 1:
            parts.append(f'"{term}" *')
        elif len(term) == 2:
            parts.append(f'"{term}"')
        else:
            parts.append(f'("{_grams(term, 2)}" OR "{_grams(term, 3)}")')
    return " AND ".join(parts)


def keys(row: Mapping[str, Any]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for field in ("phone", "phone2"):
        key = phone_key(row.get(field))
        if key:
            found.add(("phone", key))
    key = email_key(row.get("email"))
    if key:
        found.add(("email", key[:200]))
    key = company_key(row.get("company"))
    if key:
        found.add(("name", key[:200]))
    return found


@functools.lru_cache(maxsize=4096)
def tag(kind: str, value: Any) -> str:
    """One filter value as one FTS5 token: "__status_pool", "__owner_0" (no owner),
    "__region_e6b599e6b19f" (free text as the hex of its UTF-8, one token whatever it
    holds). Tags live in their own column, so no query word can match one."""
    if kind in ("region", "industry"):
        value = (value or "").encode().hex()
    elif value is None:
        value = 0
    return f"__{kind}_{value}".lower()


def tags(row: Mapping[str, Any]) -> str:
    """A customer's tags from its TAGGED values."""
    found = [
        tag("status", row["status"]),
        tag("owner", row["owner_id"]),
        tag("pool", row["pool_id"]),
        tag("tier", row["tier"]),
        tag("stage", row["stage"]),
        tag("region", row["region"]),
        tag("industry", row["industry"]),
    ]
    flags = row["warning_flags"] or 0
    if flags:
        found.append(tag("warning", "any"))
        found.extend(tag("warning", rule) for rule, bit in WARNING_BITS.items() if flags & bit)
    return " ".join(found)


# --- writing ---------------------------------------------------------------------------


def create_search_structures(connection: Connection) -> None:
    """What the ORM metadata cannot describe: SQLite's FTS5 table, PostgreSQL's trigram
    index (skipped when the server does not offer pg_trgm: search stays correct, only
    slower)."""
    if connection.dialect.name == "sqlite":
        connection.execute(
            text(
                f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(tokens, tags, "
                "content='', columnsize=0, "
                "tokenize=\"unicode61 remove_diacritics 0 tokenchars '@._-+'\")"
            )
        )
        connection.execute(
            text(f"CREATE TABLE IF NOT EXISTS {DIRTY_TABLE} (customer_id INTEGER PRIMARY KEY)")
        )
        changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in TAGGED)
        # Only customers already indexed: index_new reads the current values anyway.
        connection.execute(
            text(
                f"CREATE TRIGGER IF NOT EXISTS {DIRTY_TABLE}_mark "
                f"AFTER UPDATE OF {', '.join(TAGGED)} ON customers FOR EACH ROW "
                f"WHEN ({changed}) AND EXISTS "
                "(SELECT 1 FROM search_index WHERE customer_id = new.id) "
                f"BEGIN INSERT OR IGNORE INTO {DIRTY_TABLE} (customer_id) VALUES (new.id); END"
            )
        )
        return
    try:
        with connection.begin_nested():
            connection.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except Exception:
        return
    connection.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_search_index_trgm "
            "ON search_index USING gin (text gin_trgm_ops)"
        )
    )


def create_pairs_index(connection: Connection) -> None:
    """PostgreSQL's index for two-character words (migration 0009); nothing on SQLite."""
    if connection.dialect.name != "postgresql":
        return
    connection.execute(text(_PAIRS))
    connection.execute(
        text(
            f"CREATE INDEX IF NOT EXISTS {PAIRS_INDEX} "
            f"ON search_index USING gin ({PAIRS_FUNCTION}(text))"
        )
    )


def index_new(
    connection: Connection,
    rows: Iterable[Mapping[str, Any]],
    known_keys: Mapping[int, set[tuple[str, str]]] | None = None,
) -> None:
    """Index customers that have no entry yet (new rows, in bulk). `rows` give the INDEXED
    values, and the TAGGED ones when they hold what the database now holds (a bulk
    insert's own rows); otherwise the tags are read from the database. `known_keys` are
    duplicate keys a caller already computed (the import, to match rows)."""
    rows = list(rows)
    if not rows:
        return
    entries, fts, found = [], [], []
    sqlite = connection.dialect.name == "sqlite"
    current: dict[int, str] = {}
    if sqlite and not all(name in rows[0] for name in TAGGED):
        current = _current_tags(connection, [row["id"] for row in rows])
    for row in rows:
        entry = entry_text(row)
        cid = row["id"]
        tagged = (current.get(cid) if current else tags(row)) if sqlite else None
        entries.append((cid, entry, tagged))
        if sqlite:
            fts.append((cid, tokens(entry), tagged or ""))
        row_keys = known_keys.get(cid) if known_keys is not None else None
        if row_keys is None:
            row_keys = keys(row)
        found.extend((cid, kind, key) for kind, key in row_keys)
    if sqlite:
        connection.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE} (rowid, tokens, tags) VALUES (?, ?, ?)", fts
        )
    insert_rows(connection, SearchEntry.__table__, ("customer_id", "text", "tags"), entries)
    insert_rows(connection, CustomerKey.__table__, ("customer_id", "kind", "key"), found)


def unindex(connection: Connection, ids: Sequence[int]) -> None:
    """Remove customers' entries and keys. A contentless FTS5 table forgets a row only when
    told its exact old tokens, which the stored entry text gives back."""
    for part in _chunks(sorted(set(ids))):
        if connection.dialect.name == "sqlite":
            old = connection.execute(
                select(SearchEntry.customer_id, SearchEntry.text, SearchEntry.tags).where(
                    SearchEntry.customer_id.in_(part)
                )
            ).all()
            if old:
                _fts_delete(connection, [(cid, tokens(entry), t) for cid, entry, t in old])
        connection.execute(delete(SearchEntry).where(SearchEntry.customer_id.in_(part)))
        connection.execute(delete(CustomerKey).where(CustomerKey.customer_id.in_(part)))


def reindex(connection: Connection, ids: Iterable[int]) -> None:
    """Re-index customers from their current values (after any change to them)."""
    wanted = sorted(set(ids))
    columns = [Customer.__table__.c[name] for name in ("id", *INDEXED)]
    for part in _chunks(wanted):
        unindex(connection, part)
        rows = connection.execute(select(*columns).where(Customer.id.in_(part))).mappings()
        index_new(connection, list(rows))


def retag(connection: Connection, ids: Iterable[int]) -> int:
    """Rewrite the tags of indexed customers whose filter values changed (SQLite).
    Returns how many changed."""
    changed = 0
    e = SearchEntry.__table__.c
    columns = [Customer.__table__.c[name] for name in TAGGED]
    for part in _chunks(sorted(set(ids))):
        rows = connection.execute(
            select(e.customer_id, e.text, e.tags, *columns)
            .join(Customer.__table__, Customer.__table__.c.id == e.customer_id)
            .where(e.customer_id.in_(part))
        ).mappings()
        old, new = [], []
        for row in rows:
            now = tags(row)
            if now != row["tags"]:
                cid, tokened = row["customer_id"], tokens(row["text"])
                old.append((cid, tokened, row["tags"]))
                new.append((cid, tokened, now))
        if old:
            _fts_delete(connection, old)
            connection.exec_driver_sql(
                f"INSERT INTO {FTS_TABLE} (rowid, tokens, tags) VALUES (?, ?, ?)", new
            )
            connection.exec_driver_sql(
                "UPDATE search_index SET tags = ? WHERE customer_id = ?",
                [(t, cid) for cid, _, t in new],
            )
            changed += len(old)
    return changed


def catch_up(connection: Connection) -> int:
    """Retag the customers the trigger noted, in the caller's transaction (SQLite)."""
    if connection.dialect.name != "sqlite":
        return 0
    ids = list(connection.scalars(text(f"SELECT customer_id FROM {DIRTY_TABLE}")))
    if not ids:
        return 0
    changed = retag(connection, ids)
    connection.execute(text(f"DELETE FROM {DIRTY_TABLE}"))
    return changed


def _current_tags(connection: Connection, ids: Sequence[int]) -> dict[int, str]:
    c = Customer.__table__.c
    found: dict[int, str] = {}
    for part in _chunks(sorted(set(ids))):
        rows = connection.execute(
            select(c.id, *(c[name] for name in TAGGED)).where(c.id.in_(part))
        ).mappings()
        found.update((row["id"], tags(row)) for row in rows)
    return found


def _fts_delete(connection: Connection, rows: Sequence[tuple[int, str, str | None]]) -> None:
    """A contentless FTS5 table forgets a row only when told its exact old values."""
    connection.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, tokens, tags) VALUES ('delete', ?, ?, ?)",
        [(cid, tokened, old or "") for cid, tokened, old in rows],
    )


def unindex_all(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')")
        connection.execute(text(f"DELETE FROM {DIRTY_TABLE}"))
    connection.execute(delete(SearchEntry))
    connection.execute(delete(CustomerKey))


def reindex_all(connection: Connection) -> int:
    """Rebuild every entry (migration, repair). Returns how many customers were indexed."""
    unindex_all(connection)
    columns = [Customer.__table__.c[name] for name in ("id", *INDEXED)]
    done, last = 0, 0
    while True:
        rows = list(
            connection.execute(
                select(*columns).where(Customer.id > last).order_by(Customer.id).limit(CHUNK * 10)
            ).mappings()
        )
        if not rows:
            return done
        index_new(connection, rows)
        done += len(rows)
        last = rows[-1]["id"]


def optimize(connection: Connection) -> None:
    """Merge FTS5 segments after a bulk load: fewer segments, faster queries."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


# --- the hook ----------------------------------------------------------------------------


def after_flush(session: Session, flush_context: UOWTransaction) -> None:
    """Re-index customers the flush inserted or whose indexed values it changed."""
    changed = [c.id for c in session.new if isinstance(c, Customer)]
    for obj in session.dirty:
        if isinstance(obj, Customer) and _indexed_changed(obj):
            changed.append(obj.id)
    if changed:
        reindex(session.connection(), changed)


def before_commit(session: Session) -> None:
    """Retag customers whose filter values changed in this transaction (SQLite)."""
    if session.get_bind().dialect.name == "sqlite":
        catch_up(session.connection())


def _indexed_changed(customer: Customer) -> bool:
    return any(get_history(customer, name).has_changes() for name in INDEXED)


def install() -> None:
    """Install the hook on every Session, once. Global on purpose: a session made any
    other way must not write customers the index does not see. (Listening per
    sessionmaker and skipping targets already listened to was flaky: a new sessionmaker
    class can reuse a collected one's id, and the check then skipped it.)"""
    if not event.contains(Session, "after_flush", after_flush):
        event.listen(Session, "after_flush", after_flush)
    if not event.contains(Session, "before_commit", before_commit):
        event.listen(Session, "before_commit", before_commit)
