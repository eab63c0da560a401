"""Devices signed in to the team server: the token a name and password buy, and its rules.

A token is 32 random bytes shown once, at sign-in; the server keeps only its SHA-256, so
a copy of the database signs nobody in. A token works while it is not revoked, its
person is active (deactivating someone shuts all their devices out at once, with no
extra step), and it was used within the idle period (the `device_idle_days` setting, 30
days by default).

Sign-in attempts are throttled per name and per client address: after MAX_FAILURES
refusals within WINDOW, that name (or address) is refused for the rest of the window
without even checking the password. The failures are rows in the database, not a
process's memory, so every server process on the team's database counts the same ones.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.auth import verify_password
from crmdesk.core.errors import (
    NotFound,
    NotSignedIn,
    PermissionDenied,
    SignInFailed,
    SignInThrottled,
)
from crmdesk.core.models import Device, Rep, Setting, SignInFailure
from crmdesk.core.uow import unit_of_work

IDLE_DAYS_KEY = "device_idle_days"
DEFAULT_IDLE_DAYS = 30
MAX_FAILURES = 5
WINDOW = timedelta(minutes=15)
# last_used_at is written at most this often, so reads do not all become writes.
TOUCH_EVERY = timedelta(minutes=1)
# Each password check holds 32 MiB for about 0.1 s (core/auth.py); a burst of sign-ins
# (a guesser's, before the throttle has counted them) waits in line instead of taking
# a server process's memory with it.
_CHECKING = threading.BoundedSemaphore(2)


@dataclass(frozen=True)
class SignedIn:
    """What sign-in hands back: the token (never stored) and whom it stands for."""

    token: str
    device_id: int
    rep_id: int


@dataclass(frozen=True)
class Caller:
    """The person and device behind a valid token."""

    rep_id: int
    device_id: int


@dataclass(frozen=True)
class DeviceInfo:
    id: int
    rep_id: int
    rep_name: str
    name: str
    created_at: datetime
    last_used_at: datetime
    revoked_at: datetime | None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _throttle_key(name: str) -> str:
    return name.strip().casefold()[:100]


def idle_days(session: Session) -> int:
    value = session.scalar(select(Setting.value).where(Setting.key == IDLE_DAYS_KEY))
    return int(value) if value else DEFAULT_IDLE_DAYS


def _check_throttle(session: Session, name: str, address: str, now: datetime) -> None:
    since = now - WINDOW
    for column, value in ((SignInFailure.name, name), (SignInFailure.address, address)):
        recent = session.scalars(
            select(SignInFailure.at)
            .where(column == value, SignInFailure.at > since)
            .order_by(SignInFailure.at.desc())
            .limit(MAX_FAILURES)
        ).all()
        if len(recent) >= MAX_FAILURES:
            free_at = recent[-1] + WINDOW
            minutes = max(1, -(-int((free_at - now).total_seconds()) // 60))
            raise SignInThrottled(minutes=minutes)


@unit_of_work
def _record_failure(session: Session, name: str, address: str, now: datetime) -> None:
    session.add(SignInFailure(name=name, address=address, at=now))
    # Old failures count for nothing; dropping them keeps the table small.
    session.execute(delete(SignInFailure).where(SignInFailure.at <= now - WINDOW))


@unit_of_work
def _add_device(session: Session, rep_id: int, device: str, name: str, now: datetime) -> SignedIn:
    token = secrets.token_urlsafe(32)
    row = Device(
        rep_id=rep_id,
        name=device.strip()[:100] or "?",
        token_hash=token_hash(token),
        created_at=now,
        last_used_at=now,
    )
    session.add(row)
    session.execute(delete(SignInFailure).where(SignInFailure.name == name))
    session.flush()
    return SignedIn(token=token, device_id=row.id, rep_id=rep_id)


def sign_in(
    session: Session,
    name: str,
    password: str,
    device: str,
    address: str,
    *,
    now: datetime | None = None,
) -> SignedIn:
    """A new device token for the active person of that name and password.

    A wrong name and a wrong password are refused alike (SignInFailed) and counted; a
    throttled name or address is refused (SignInThrottled) before the password is
    checked, so guessing costs the guesser time, not the server."""
    at = now or clock.now()
    key = _throttle_key(name)
    _check_throttle(session, key, address, at)
    try:
        with _CHECKING:
            rep_id = verify_password(session, name, password)
    except SignInFailed:
        _record_failure(session, key, address, at)
        raise
    return _add_device(session, rep_id, device, key, at)


@unit_of_work
def _touch(session: Session, device_id: int, now: datetime) -> None:
    session.execute(update(Device).where(Device.id == device_id).values(last_used_at=now))


def authenticate(session: Session, token: str, *, now: datetime | None = None) -> Caller:
    """Whom a token stands for, or NotSignedIn: revoked, idle too long, or its person
    no longer active."""
    at = now or clock.now()
    row = session.execute(
        select(Device.id, Device.rep_id, Device.last_used_at)
        .join(Rep, Rep.id == Device.rep_id)
        .where(
            Device.token_hash == token_hash(token),
            Device.revoked_at.is_(None),
            Rep.active,
        )
    ).one_or_none()
    if row is None or row.last_used_at < at - timedelta(days=idle_days(session)):
        session.rollback()
        raise NotSignedIn()
    if at - row.last_used_at >= TOUCH_EVERY:
        _touch(session, row.id, at)
    else:
        session.rollback()
    return Caller(rep_id=row.rep_id, device_id=row.id)


def list_devices(session: Session, actor: int) -> list[DeviceInfo]:
    """A manager sees every device of the team; anyone else their own."""
    who = session.get(Rep, actor)
    if who is None:
        raise NotFound(kind="rep", ids=[actor])
    query = select(Device, Rep.name).join(Rep, Rep.id == Device.rep_id)
    if not who.is_manager:
        query = query.where(Device.rep_id == who.id)
    rows = session.execute(query.order_by(Rep.name, Device.id)).all()
    return [
        DeviceInfo(d.id, d.rep_id, rep_name, d.name, d.created_at, d.last_used_at, d.revoked_at)
        for d, rep_name in rows
    ]


@unit_of_work
def revoke_device(
    session: Session, device_id: int, actor: int, *, now: datetime | None = None
) -> None:
    """A manager revokes any device, a person their own; revoking twice keeps the
    first time."""
    who = session.get(Rep, actor)
    device = session.get(Device, device_id, with_for_update=True)
    if who is None or device is None:
        raise NotFound(kind="device" if who else "rep", ids=[device_id if who else actor])
    if device.rep_id != who.id and not who.is_manager:
        raise PermissionDenied(actor=who.name, action="revoke", why="managers only")
    if device.revoked_at is None:
        device.revoked_at = now or clock.now()
