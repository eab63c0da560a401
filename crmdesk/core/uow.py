"""One user action = one transaction: the decorator every service function wears."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any, ParamSpec, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from crmdesk.core.errors import NotFound
from crmdesk.storage.engine import WRITE

P = ParamSpec("P")
R = TypeVar("R")
CHUNK = 5000


def unit_of_work(fn: Callable[P, R]) -> Callable[P, R]:
    """Run a service in its own write transaction: commit on success, roll back on error.

    A read transaction the caller left open is ended first; pending changes are a bug.
    Objects the session kept from earlier transactions are expired, so the checks read
    what other desks committed since. On SQLite the transaction begins IMMEDIATE, so
    concurrent writers queue up instead of failing halfway.
    """

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        session = args[0]
        assert isinstance(session, Session)
        if session.new or session.dirty or session.deleted:
            raise RuntimeError(f"{fn.__name__} called with unflushed changes in the session")
        if session.in_transaction():
            session.rollback()
        session.expire_all()
        session.connection(execution_options={WRITE: True})
        try:
            result = fn(*args, **kwargs)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        return result

    return wrapper


def chunks(ids: Sequence[int], size: int = CHUNK) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def load_for_update(session: Session, model: Any, ids: Iterable[int], kind: str) -> list[Any]:
    """Rows by id, locked on PostgreSQL (SQLite's IMMEDIATE transaction already is), in
    id order so that concurrent actions lock in the same order and cannot deadlock."""
    wanted = sorted(set(ids))
    found: list[Any] = []
    for part in chunks(wanted):
        stmt: Select[Any] = (
            select(model).where(model.id.in_(part)).order_by(model.id).with_for_update()
        )
        found.extend(session.scalars(stmt))
    if len(found) != len(wanted):
        missing = sorted(set(wanted) - {row.id for row in found})
        raise NotFound(kind=kind, ids=missing[:10])
    return found
