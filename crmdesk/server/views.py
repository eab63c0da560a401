"""Each person's view of the team's data, served as an incremental pull.

The view of a person: a manager sees every customer; anyone else the customers they own
and the pool customers of the pools they are a member of (search's `Filters.visible_to`).
Pool customers' contacts are masked where the pool masks them and the person is not its
admin (search's `mask_rows`), also inside their other text. Records (follow-ups, deals,
payments, returns, complaints, history) come only with customers whose contacts the
person sees, so a customer claimed arrives with its whole history. The team comes
without password hashes.

    POST /pull  {"cookie": str | null, "limit": 1..20000 (5000)}
    ->  {"cookie": str, "more": bool, "reset": bool,
         "customers": {"put": [row], "del": [id]},
         "followups" | "deals" | "payments" | "returns" | "complaints" | "transitions":
             {"put": [row]},
         "team": [rep] | null, "pools": [pool] | null}

A client applies an answer in this order: on "reset" drop the whole replica; drop each
customer in customers.del with its records; store each put (a row replaces the one with
its id); replace team and pools when they are not null. It then sends the cookie back,
at once while "more" is true, later otherwise. Values are JSON: times ISO text, amounts
decimal strings.

How it stays complete: every synced row carries `change_no`, the team-wide change
counter when it was last written (set by triggers: migration 0008 on PostgreSQL,
`track_changes` on a served SQLite file), and customers `moved_no`, the counter when
their owner, status or pool last changed: only then can a customer enter or leave a
view, or its contacts become masked. A pass sends what changed between the cookie's
counter and the counter read when the pass began: changed customers still in the view
(and those changed again since, see `_changed_customers`);
moved ones are dropped (and sent again, masked or not, if still in the view) and, where
the person sees their contacts, sent with all their records; then changed records. A
first pass (no cookie, or the person's role, pool memberships, admin flags or the
pools' masking changed: the cookie's fingerprint) pages through the whole view by id.
Every answer is at most `limit` rows, found by keyset on indexed columns.

The cookie is base64 JSON and grants nothing: the view is always the token's person's.
"""

# No `from __future__ import annotations`: FastAPI reads the route's annotations at run time.

import base64
import binascii
import hashlib
import json
import time
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from fastapi import APIRouter
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, Table, and_, case, false, not_, or_, select, text, true
from sqlalchemy.orm import Session

from crmdesk.core.errors import InvalidValue, NotFound
from crmdesk.core.models import (
    POOL,
    Complaint,
    Customer,
    Deal,
    FollowUp,
    Payment,
    Pool,
    PoolMember,
    PoolRules,
    Rep,
    Return,
    Transition,
)
from crmdesk.core.pools import mask_contacts
from crmdesk.server.deps import Person, SessionDep
from crmdesk.storage.engine import Database

router = APIRouter()

CUSTOMERS: Table = Customer.__table__  # type: ignore[assignment]
C = CUSTOMERS.c
RECORDS: dict[str, Table] = {
    "followups": FollowUp.__table__,  # type: ignore[dict-item]
    "deals": Deal.__table__,  # type: ignore[dict-item]
    "payments": Payment.__table__,  # type: ignore[dict-item]
    "returns": Return.__table__,  # type: ignore[dict-item]
    "complaints": Complaint.__table__,  # type: ignore[dict-item]
    "transitions": Transition.__table__,  # type: ignore[dict-item]
}
TRACKED = ("customers", *RECORDS, "reps", "pools", "pool_rules", "pool_members")
REP_FIELDS = ("id", "name", "role", "region", "capacity", "level", "active")
DEFAULT_LIMIT, MAX_LIMIT = 5000, 20000
COUNTER = "change_counter"  # SQLite's, one row (track_changes)
SEQUENCE = "crmdesk_change_no"  # PostgreSQL's (migration 0008)
# How long a pull waits for writers that took change numbers to finish (PostgreSQL).
WAIT_SECONDS = 10.0
_FIRST, _DELTA = "first", "delta"
MOVES = ("owner_id", "status", "pool_id")  # a customer enters or leaves views only by these
_NEVER = ""  # the team hash of a client that has no team yet


def track_changes(database: Database) -> None:
    """Number every write of a served SQLite file, as migration 0008's triggers do on
    PostgreSQL; nothing on PostgreSQL. Kept out of the migration because a desk's own
    file does not need them and they would slow its imports. The stamp is a second
    UPDATE of the row, told apart from any other by setting change_no to the counter."""
    if database.engine.dialect.name != "sqlite":
        return
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            f"CREATE TABLE IF NOT EXISTS {COUNTER} "
            "(id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)"
        )
        start = max(
            conn.exec_driver_sql(f"SELECT coalesce(max(change_no), 0) FROM {t}").scalar() or 0
            for t in TRACKED
        )
        conn.exec_driver_sql(f"INSERT OR IGNORE INTO {COUNTER} (id, n) VALUES (1, {int(start)})")
        current = f"(SELECT n FROM {COUNTER} WHERE id = 1)"
        bump = f"UPDATE {COUNTER} SET n = n + 1 WHERE id = 1;"
        for table in TRACKED:
            stamp = f"change_no = {current}"
            moved_stamp = stamp
            if table == "customers":
                moved = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in MOVES)
                moved_stamp += f", moved_no = CASE WHEN {moved} THEN {current} ELSE moved_no END"
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS {COUNTER}_{table}_insert AFTER INSERT ON {table} "
                f"FOR EACH ROW BEGIN {bump} "
                f"UPDATE {table} SET {stamp} WHERE rowid = NEW.rowid; END"
            )
            conn.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS {COUNTER}_{table}_update AFTER UPDATE ON {table} "
                f"FOR EACH ROW WHEN NEW.change_no IS OLD.change_no "
                f"OR NEW.change_no IS NOT {current} BEGIN {bump} "
                f"UPDATE {table} SET {moved_stamp} WHERE rowid = NEW.rowid; END"
            )


def _latest(session: Session) -> int:
    """The last change number handed out (on PostgreSQL maybe not yet committed)."""
    if session.get_bind().dialect.name == "sqlite":
        return int(session.execute(text(f"SELECT n FROM {COUNTER}")).scalar() or 0)
    query = f"SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {SEQUENCE}"
    return int(session.execute(text(query)).scalar() or 0)


def _high_water(session: Session) -> int | None:
    """The counter below which every write is committed and readable; None when writers
    holding numbers are still at work after WAIT_SECONDS (PostgreSQL). SQLite writes one
    transaction at a time, so its counter, read in the pull's transaction, is that."""
    if session.get_bind().dialect.name == "sqlite":
        try:
            return int(session.execute(text(f"SELECT n FROM {COUNTER}")).scalar() or 0)
        except Exception as error:  # not served through create_app: nothing is numbered
            raise RuntimeError("track_changes was not called on this database") from error
    top = _latest(session)
    # Every writer that took a number up to `top` had a transaction id by then (the
    # trigger asks for one first), so it is among those running in this database now
    # (each holds the lock on its own id until it ends), or done. Xids are cluster-wide,
    # so writers in other databases are left out.
    session.execute(text("SELECT pg_stat_clear_snapshot()"))
    busy = list(
        session.execute(
            text(
                "SELECT l.transactionid::text FROM pg_locks l "
                "JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'transactionid' AND l.mode = 'ExclusiveLock' "
                "AND a.datname = current_database() AND l.pid <> pg_backend_pid()"
            )
        ).scalars()
    )
    deadline = time.monotonic() + WAIT_SECONDS
    while busy:
        busy = list(
            session.execute(
                text(
                    "SELECT transactionid::text FROM pg_locks WHERE locktype = 'transactionid' "
                    "AND mode = 'ExclusiveLock' AND transactionid::text = ANY(:xids)"
                ),
                {"xids": busy},
            ).scalars()
        )
        if busy and time.monotonic() > deadline:
            return None
        if busy:
            time.sleep(0.01)
    return top


# --- the person's view -----------------------------------------------------------------


@dataclass(frozen=True)
class Viewer:
    """What decides a person's view: when any of it changes, the view is sent anew."""

    rep_id: int
    manager: bool
    pools: tuple[int, ...]  # the pools they are a member of
    admin: tuple[int, ...]  # of those, the ones they administer
    masked: tuple[int, ...]  # the pools whose contacts they see masked

    @property
    def fingerprint(self) -> str:
        facts = [self.rep_id, self.manager, self.pools, self.admin, self.masked]
        return hashlib.sha256(json.dumps(facts).encode()).hexdigest()[:24]

    def sees(self) -> ColumnElement[bool]:
        """Customers in the view (search's _conditions with visible_to)."""
        if self.manager:
            return true()
        mine = C.owner_id == self.rep_id
        if not self.pools:
            return mine
        return or_(mine, and_(C.status == POOL, C.pool_id.in_(self.pools)))

    def masks(self) -> ColumnElement[bool]:
        """Customers whose contacts are masked from them (search's mask_rows)."""
        if not self.masked:
            return false()
        return and_(C.status == POOL, C.pool_id.in_(self.masked))

    def opens(self) -> ColumnElement[bool]:
        """Customers in the view whose contacts and records they see."""
        if self.manager:
            return true()
        return and_(self.sees(), not_(self.masks()))


def _team(session: Session) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The team (no password hashes) and the pools with their rules and members."""
    reps = [
        dict(r)
        for r in session.execute(
            select(*(Rep.__table__.c[n] for n in REP_FIELDS)).order_by(Rep.id)
        ).mappings()
    ]
    members: dict[int, list[dict[str, Any]]] = {}
    for m in session.execute(
        select(PoolMember.pool_id, PoolMember.rep_id, PoolMember.is_admin).order_by(
            PoolMember.pool_id, PoolMember.rep_id
        )
    ):
        members.setdefault(m.pool_id, []).append({"rep_id": m.rep_id, "is_admin": m.is_admin})
    skip = {"pool_id", "change_no"}
    rules = {
        r["pool_id"]: {k: v for k, v in r.items() if k not in skip}
        for r in session.execute(select(PoolRules.__table__)).mappings()
    }
    pools = [
        {
            "id": p.id,
            "name": p.name,
            "is_default": p.is_default,
            "rules": rules.get(p.id, {}),
            "members": members.get(p.id, []),
        }
        for p in session.execute(select(Pool.id, Pool.name, Pool.is_default).order_by(Pool.id))
    ]
    return reps, pools


def _viewer(rep_id: int, reps: list[dict[str, Any]], pools: list[dict[str, Any]]) -> Viewer:
    rep = next((r for r in reps if r["id"] == rep_id), None)
    if rep is None:
        raise NotFound(kind="rep", ids=[rep_id])
    if rep["role"] == "manager":  # sees everything, whatever pools they are in
        return Viewer(rep_id, True, (), (), ())
    member = {p["id"]: m["is_admin"] for p in pools for m in p["members"] if m["rep_id"] == rep_id}
    admin = tuple(sorted(p for p, is_admin in member.items() if is_admin))
    masking = {p["id"] for p in pools if p["rules"].get("mask_contacts")}
    masked = tuple(sorted(masking - set(admin)))
    return Viewer(rep_id, False, tuple(sorted(member)), admin, masked)


# --- the cookie ------------------------------------------------------------------------


@dataclass(frozen=True)
class Cookie:
    """Where a person's replica stands: everything up to counter `reached` is in it,
    and a pass towards `target` is at `stage` (a step of _stages), after `after`."""

    fingerprint: str
    team: str  # the hash of the team and pools last sent
    reached: int
    target: int
    kind: str  # _FIRST or _DELTA
    stage: int
    after: tuple[int, ...] = field(default=())

    def encode(self) -> str:
        facts = [1, self.fingerprint, self.team, self.reached, self.target, self.kind]
        raw = json.dumps([*facts, self.stage, list(self.after)], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, value: str) -> "Cookie":
        """A cookie this server gave, or InvalidValue (never a crash)."""
        try:
            padded = value + "=" * (-len(value) % 4)
            facts = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
            version, fingerprint, team, reached, target, kind, stage, after = facts
            ints = [reached, target, stage, *after]
            ok = (
                version == 1
                and isinstance(fingerprint, str)
                and isinstance(team, str)
                and all(type(i) is int and 0 <= i < 2**63 for i in ints)
                and kind in (_FIRST, _DELTA)
                and stage <= len(_stages(kind))
                and len(after) <= 2
                and reached <= target
            )
        except (ValueError, TypeError, UnicodeError, binascii.Error):
            ok = False
        if not ok:
            raise InvalidValue(field="cookie", why="not a cookie this server gave")
        return cls(fingerprint, team, reached, target, kind, stage, tuple(after))

    @property
    def idle(self) -> bool:
        return self.stage >= len(_stages(self.kind))


def _stages(kind: str) -> list[tuple[str, str]]:
    """The steps of a pass: (what, table)."""
    if kind == _FIRST:
        return [("view", "customers"), *(("all", name) for name in RECORDS)]
    return [
        ("changed", "customers"),
        *(("moved", name) for name in RECORDS),
        *(("changed", name) for name in RECORDS),
    ]


# --- rows as JSON ----------------------------------------------------------------------


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def _team_hash(reps: list[dict[str, Any]], pools: list[dict[str, Any]]) -> str:
    raw = json.dumps([reps, pools], default=_json_default, sort_keys=True)
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


# --- one pass, a page at a time --------------------------------------------------------


@dataclass
class _Page:
    """An answer being filled, `room` rows left."""

    room: int
    customers: list[dict[str, Any]] = field(default_factory=list)
    dropped: list[int] = field(default_factory=list)
    records: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {name: [] for name in RECORDS}
    )


def _customer(row: Any, masked: bool) -> dict[str, Any]:
    values = dict(row)
    values.pop("_masked", None)
    values.pop("_seen", None)
    if masked:
        mask_contacts(values)
    return values


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _whole_view(
    session: Session, viewer: Viewer, page: _Page, after: tuple[int, ...]
) -> tuple[bool, tuple[int, ...]]:
    """Customers of the view by id (a first pass)."""
    last = after[0] if after else 0
    stmt = (
        select(CUSTOMERS, case((viewer.masks(), 1), else_=0).label("_masked"))
        .where(viewer.sees(), C.id > last)
        .order_by(C.id)
        .limit(page.room)
    )
    if not viewer.manager:  # the view's condition would lead SQLite onto an owner index
        stmt = stmt.with_hint(CUSTOMERS, "NOT INDEXED", "sqlite")
    rows = session.execute(stmt).mappings().all()
    page.customers.extend(_customer(r, bool(r["_masked"])) for r in rows)
    asked, page.room = page.room, page.room - len(rows)
    if len(rows) < asked:
        return True, ()
    return False, (rows[-1]["id"],)


def _changed_customers(
    session: Session, viewer: Viewer, page: _Page, cookie: Cookie
) -> tuple[bool, tuple[int, ...]]:
    """Customers changed since the cookie: puts, and drops for moved ones. No upper
    bound at the pass's target: a customer moved inside the window and written again
    before this read carries a number past the target, and the next pass, starting
    there, would no longer see that it moved (its drop would be lost)."""
    low = cookie.reached
    last = cookie.after[0] if cookie.after else low
    moved = C.moved_no > low
    stmt = select(
        CUSTOMERS,
        case((viewer.masks(), 1), else_=0).label("_masked"),
        case((viewer.sees(), 1), else_=0).label("_seen"),
    ).where(C.change_no > last)
    if not viewer.manager:
        stmt = stmt.where(or_(viewer.sees(), moved))
    asked = page.room
    rows = session.execute(stmt.order_by(C.change_no).limit(asked)).mappings().all()
    for row in rows:
        gone = not viewer.manager and row["moved_no"] > low
        need = int(gone) + int(bool(row["_seen"]))
        if need > page.room:  # a drop and a put that would not both fit: next answer
            page.room = 0
            return False, (last,)
        if gone:
            page.dropped.append(row["id"])
        if row["_seen"]:
            page.customers.append(_customer(row, bool(row["_masked"])))
        page.room -= need
        last = row["change_no"]
    return len(rows) < asked, (last,)


def _records_of_view(
    session: Session, viewer: Viewer, page: _Page, table: Table, after: tuple[int, ...], since: int
) -> tuple[bool, tuple[int, ...]]:
    """Records of the customers whose contacts the person sees, by (customer, id): all of
    them (`since` -1), or those of customers moved since `since` (a delta pass)."""
    name = table.name
    if viewer.manager and since < 0:
        last = after[0] if after else 0
        stmt = select(table).where(table.c.id > last).order_by(table.c.id).limit(page.room)
        rows = session.execute(stmt).mappings().all()
        page.records[name].extend(dict(r) for r in rows)
        done = len(rows) < page.room
        page.room -= len(rows)
        return done, (rows[-1]["id"],) if rows else after
    customer, record = after if after else (0, 0)
    wanted = [viewer.opens()]
    if since >= 0:
        wanted += [C.change_no > since, C.moved_no > since]
    ids = select(C.id).where(*wanted, C.id >= customer).order_by(C.id).limit(page.room)
    if not viewer.manager and since < 0:
        ids = ids.with_hint(CUSTOMERS, "NOT INDEXED", "sqlite")
    asked = page.room
    found = list(session.scalars(ids))
    if not found:
        return True, ()
    upper = found[-1]
    stmt = (
        select(table)
        .join(CUSTOMERS, C.id == table.c.customer_id)
        .where(
            *wanted,
            C.id >= customer,
            C.id <= upper,
            or_(
                table.c.customer_id > customer,
                and_(table.c.customer_id == customer, table.c.id > record),
            ),
        )
        .order_by(table.c.customer_id, table.c.id)
        .limit(asked)
    )
    rows = session.execute(stmt).mappings().all()
    page.records[name].extend(dict(r) for r in rows)
    page.room -= len(rows)
    if len(rows) == asked:
        return False, (rows[-1]["customer_id"], rows[-1]["id"])
    if len(found) < asked:  # every customer left was in this range
        return True, ()
    return False, (upper + 1, 0)


def _changed_records(
    session: Session, viewer: Viewer, page: _Page, table: Table, cookie: Cookie
) -> tuple[bool, tuple[int, ...]]:
    """Records changed since the cookie whose customer's contacts the person sees (those
    of customers moved since were sent whole by the step before)."""
    low = cookie.reached
    last = cookie.after[0] if cookie.after else low
    stmt = select(table).where(table.c.change_no > last, table.c.change_no <= cookie.target)
    if not viewer.manager:
        stmt = stmt.join(CUSTOMERS, C.id == table.c.customer_id).where(
            viewer.opens(), C.moved_no <= low
        )
    asked = page.room
    rows = session.execute(stmt.order_by(table.c.change_no).limit(asked)).mappings().all()
    page.records[table.name].extend(dict(r) for r in rows)
    done = len(rows) < asked
    page.room -= len(rows)
    return done, (rows[-1]["change_no"],) if rows else cookie.after


def _step(
    session: Session, viewer: Viewer, page: _Page, cookie: Cookie
) -> tuple[bool, tuple[int, ...]]:
    what, name = _stages(cookie.kind)[cookie.stage]
    if what == "view":
        return _whole_view(session, viewer, page, cookie.after)
    if what == "all":
        return _records_of_view(session, viewer, page, RECORDS[name], cookie.after, -1)
    if name == "customers":
        return _changed_customers(session, viewer, page, cookie)
    if what == "moved":
        if viewer.manager:  # nothing leaves a manager's view, so nothing is dropped
            return True, ()
        table = RECORDS[name]
        return _records_of_view(session, viewer, page, table, cookie.after, cookie.reached)
    return _changed_records(session, viewer, page, RECORDS[name], cookie)


def pull(session: Session, rep_id: int, cookie_text: str | None, limit: int) -> dict[str, Any]:
    """One answer of `rep_id`'s pull (see the module docstring)."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidValue(field="limit", why=f"must be from 1 to {MAX_LIMIT}")
    given = Cookie.decode(cookie_text) if cookie_text else None
    reps, pools = _team(session)
    viewer = _viewer(rep_id, reps, pools)
    team_hash = _team_hash(reps, pools)
    reset = given is None or given.fingerprint != viewer.fingerprint
    answer: dict[str, Any] = {"cookie": cookie_text, "more": False, "reset": False}
    latest = 0
    if reset:
        top = _high_water(session)
        if top is None:  # writers still at work: nothing sent, the client asks again
            return {**answer, **_empty(), "more": True}
        cookie = Cookie(viewer.fingerprint, _NEVER, 0, top, _FIRST, 0)
    else:
        assert given is not None
        cookie = given
        if not cookie.idle:
            # writes since the pass began: once it ends, "more" sends the client on to
            # them, so that "more": false means up to date as of this request
            latest = _latest(session)
        if cookie.idle:
            top = _high_water(session)
            if top is not None and top > cookie.reached:
                cookie = replace(cookie, target=top, kind=_DELTA, stage=0, after=())
    page = _Page(limit)
    while not cookie.idle and page.room > 0:
        done, after = _step(session, viewer, page, cookie)
        if done:
            cookie = replace(cookie, stage=cookie.stage + 1, after=())
        else:
            cookie = replace(cookie, after=after)
    if cookie.idle:
        cookie = replace(cookie, reached=cookie.target, after=())
    out = {
        "more": not cookie.idle or latest > cookie.reached,
        "reset": reset,
        "customers": {"put": page.customers, "del": page.dropped},
        **{name: {"put": rows} for name, rows in page.records.items()},
        "team": None,
        "pools": None,
    }
    if cookie.team != team_hash:
        out["team"], out["pools"] = reps, pools
        cookie = replace(cookie, team=team_hash)
    return {"cookie": cookie.encode(), **out}


def _empty() -> dict[str, Any]:
    return {
        "customers": {"put": [], "del": []},
        **{name: {"put": []} for name in RECORDS},
        "team": None,
        "pools": None,
    }


class PullBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cookie: str | None = Field(default=None, max_length=4096)
    limit: int = Field(default=DEFAULT_LIMIT, ge=1, le=MAX_LIMIT)


@router.post("/pull")
def pull_view(body: PullBody, person: Person, session: SessionDep) -> Response:
    answer = pull(session, person.rep_id, body.cookie, body.limit)
    raw = json.dumps(answer, default=_json_default, ensure_ascii=False, separators=(",", ":"))
    return Response(raw.encode(), media_type="application/json")
