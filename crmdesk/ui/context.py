"""What every part of the window needs, and nothing more: the database, who is working,
their language, and one signal that says what changed (Anki's OpChanges)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from crmdesk.core.models import Rep
from crmdesk.storage.engine import Database

# What a change touched; each view refreshes only for the areas it shows.
CUSTOMERS = "customers"
REPS = "reps"
POOLS = "pools"
RULES = "rules"
REASONS = "reasons"
SETTINGS = "settings"


@dataclass(frozen=True)
class Actor:
    """The signed-in rep, as plain data (no ORM object crosses threads)."""

    id: int
    name: str
    role: str

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


class AppContext(QObject):
    """The narrow thing a dialog gets (TagStudio's habit), never the whole window."""

    changed = Signal(frozenset)

    def __init__(self, database: Database, actor_id: int, lang: str) -> None:
        super().__init__()
        self.database = database
        self.lang = lang
        with database.session() as session:
            rep = session.get(Rep, actor_id)
            if rep is None:
                raise LookupError(f"no rep {actor_id}")
            self.actor = Actor(rep.id, rep.name, rep.role)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.database.session() as session:
            yield session

    def notify(self, *areas: str) -> None:
        self.changed.emit(frozenset(areas))


class Host(Protocol):
    """What the main window offers to actions: the context and the selected customers."""

    ctx: AppContext

    def selected_ids(self) -> list[int]: ...

    def selected_rows(self) -> list[dict[str, object]]: ...

    def current_pool(self) -> int | None: ...
