"""Who is at the desk: passwords on a shared server, and the first person of a new database.

Passwords are hashed with scrypt (stdlib, memory-hard) and stored with their parameters
and salt in `Rep.password_hash` as `scrypt$n$r$p$salt$hash` (base64), so the cost can be
raised later without breaking old hashes. A failed sign-in never says which part was
wrong, and takes as long for an unknown name as for a wrong password.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.demo import fill_demo
from crmdesk.core.errors import (
    AlreadySetUp,
    NameRequired,
    NotFound,
    PasswordTooShort,
    PermissionDenied,
    SignInFailed,
)
from crmdesk.core.models import Rep, Setting
from crmdesk.core.team import _create_rep, add_rep
from crmdesk.core.uow import unit_of_work

MIN_LENGTH = 8
ALGORITHM = "scrypt"
# 32 MiB and about 0.1 s a hash on a laptop: slow for a guesser, unnoticed at sign-in.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SALT_BYTES = 16
HASH_BYTES = 32


@dataclass(frozen=True)
class Person:
    """An active rep as the start-up dialogs list them."""

    id: int
    name: str
    role: str


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=2 * 128 * r * n + 2**20,
        dklen=HASH_BYTES,
    )


def hash_password(password: str) -> str:
    """The stored form: algorithm, parameters, salt and hash."""
    salt = os.urandom(SALT_BYTES)
    digest = _scrypt(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    return f"{ALGORITHM}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def password_matches(password: str, stored: str) -> bool:
    """Recompute with the stored parameters and compare in constant time."""
    try:
        algorithm, n, r, p, salt, digest = stored.split("$")
        if algorithm != ALGORITHM:
            return False
        expected = base64.b64decode(digest, validate=True)
        actual = _scrypt(password, base64.b64decode(salt, validate=True), int(n), int(r), int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


@functools.cache
def _decoy() -> str:
    """A hash to check unknown names against, so they cost as much as known ones."""
    return hash_password(os.urandom(16).hex())


def check_password_rules(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise PasswordTooShort(minimum=MIN_LENGTH)


def _is_shared(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


@unit_of_work
def set_password(session: Session, rep_id: int, password: str, actor: int) -> None:
    """A rep sets their own password; a manager sets anyone's."""
    check_password_rules(password)
    who = session.get(Rep, actor)
    rep = session.get(Rep, rep_id)
    if rep is None or who is None:
        raise NotFound(kind="rep", ids=[rep_id if rep is None else actor])
    if who.id != rep.id and not who.is_manager:
        raise PermissionDenied(actor=who.name, action="edit", why="managers only")
    rep.password_hash = hash_password(password)


def verify_password(session: Session, name: str, password: str) -> int:
    """The id of the active rep of that name and password; SignInFailed otherwise."""
    rep = session.scalar(select(Rep).where(Rep.name == name.strip(), Rep.active))
    stored = rep.password_hash if rep is not None and rep.password_hash else None
    matches = password_matches(password, stored or _decoy())
    if rep is None or stored is None or not matches:
        raise SignInFailed()
    return rep.id


def has_people(session: Session) -> bool:
    """False for a database that still needs its first manager."""
    return session.scalar(select(Rep.id).limit(1)) is not None


def active_people(session: Session) -> list[Person]:
    """Whom a desk may start as, by name."""
    rows = session.execute(
        select(Rep.id, Rep.name, Rep.role).where(Rep.active).order_by(Rep.name)
    ).all()
    return [Person(*row) for row in rows]


def _check_first(name: str, password: str | None, shared: bool) -> None:
    if not name.strip():
        raise NameRequired()
    if password is not None:
        check_password_rules(password)
    elif shared:  # nobody could ever sign in as a manager without one
        raise PasswordTooShort(minimum=MIN_LENGTH)


@unit_of_work
def create_first_manager(
    session: Session, name: str, password: str | None, *, now: datetime | None = None
) -> int:
    """The first person of a new database, a manager; refused once anyone exists.

    A password is needed on PostgreSQL (people sign in there), optional on SQLite."""
    _check_first(name, password, _is_shared(session))
    if _is_shared(session):  # two desks setting up one server at once: one wins
        session.execute(text("LOCK TABLE reps IN SHARE ROW EXCLUSIVE MODE"))
    people = session.scalar(select(func.count()).select_from(Rep)) or 0
    if people:
        raise AlreadySetUp(people=people)
    rep = _create_rep(session, name, "manager", None, 200, 1, now or clock.now())
    if password is not None:
        rep.password_hash = hash_password(password)
    return rep.id


@unit_of_work
def _join_demo(session: Session, name: str, password: str | None, now: datetime) -> int:
    """The person setting up joins the demo team as a manager (as the demo person of
    that name, if there is one)."""
    if not session.scalar(select(Setting.value).where(Setting.key == "demo")):
        raise AlreadySetUp(people=session.scalar(select(func.count()).select_from(Rep)) or 0)
    rep = session.scalar(select(Rep).where(Rep.name == name.strip()))
    if rep is None:
        rep = _create_rep(session, name, "manager", None, 200, 1, now)
    rep.role, rep.active = "manager", True
    if password is not None:
        rep.password_hash = hash_password(password)
    return rep.id


def set_up(
    session: Session,
    name: str,
    password: str | None,
    *,
    demo_customers: int = 0,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> int:
    """First run: the manager, on an empty database or on demo data filled first.

    The name and password are checked before a demo is written, so a typo does not
    cost the wait. Returns the manager's rep id."""
    if not demo_customers:
        return create_first_manager(session, name, password, now=now)
    _check_first(name, password, _is_shared(session))
    people = session.scalar(select(func.count()).select_from(Rep)) or 0
    if people:  # even a demo's people: set-up must not wipe a team and crown a stranger
        session.rollback()
        raise AlreadySetUp(people=people)
    at = now or clock.now()
    fill_demo(session, demo_customers, now=at, progress=progress)
    return _join_demo(session, name, password, at)


@unit_of_work
def add_person(
    session: Session,
    name: str,
    actor: int,
    *,
    role: str = "rep",
    region: str | None = None,
    capacity: int | None = None,
    level: int | None = None,
    password: str | None = None,
) -> dict[str, int]:
    """A manager adds a person and, if given, their password: one transaction, so nobody
    is left behind who cannot sign in because the password was refused."""
    if password is not None:
        check_password_rules(password)
    sizes = {"capacity": capacity, "level": level}
    rep_id = add_rep.__wrapped__(  # type: ignore[attr-defined]
        session,
        name,
        role=role,
        region=region,
        actor=actor,
        **{k: v for k, v in sizes.items() if v is not None},
    )
    if password is not None:
        set_password.__wrapped__(session, rep_id, password, actor)  # type: ignore[attr-defined]
    return {"id": rep_id}
