"""The customer actions of the main window: QActions for the toolbar and context menu,
enabled by what is selected and who is working, each opening its dialog.

The enabling is a courtesy, not a rule: `run` opens any action, and the service says
no (in the user's words) when the action is not allowed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core.lifecycle import ActionResult, archive_customers, lock_customers, unlock_customers
from crmdesk.core.models import ACTIVE, ARCHIVED, CLOSED, POOL, VOIDED, PoolMember
from crmdesk.core.search import rows_by_id
from crmdesk.ui import style
from crmdesk.ui.action_dialogs import (
    ActionDialog,
    ClaimDialog,
    CloseDialog,
    ConfirmDialog,
    ReactivateDialog,
    ReleaseDialog,
    Row,
    VoidDialog,
)
from crmdesk.ui.assign_dialog import AssignDialog
from crmdesk.ui.context import CUSTOMERS, POOLS, AppContext, Host
from crmdesk.ui.distribute_dialog import DistributeDialog
from crmdesk.ui.merge_dialog import MAX_MERGE, MergeDialog
from crmdesk.ui.tasks import Task, show_message

NAMES = (
    "claim",
    "release",
    "assign",
    "distribute",
    "void",
    "close",
    "archive",
    "reactivate",
    "lock",
    "unlock",
    "merge",
)
SHORTCUTS = {
    "claim": "Ctrl+Shift+C",
    "release": "Ctrl+Shift+R",
    "assign": "Ctrl+Shift+A",
    "distribute": "Ctrl+Shift+D",
    "void": "Del",
    "close": "Ctrl+Shift+X",
    "lock": "Ctrl+Shift+L",
    "merge": "Ctrl+Shift+M",
}
CONFIRM_LOCK_ABOVE = 10  # locking a handful needs no dialog; more asks first
# More selected customers than this are read in the background before their dialog opens
# (through the list, 100,000 rows took 12 s on the GUI thread), and only what the
# dialogs and allowed() look at.
READ_IN_BACKGROUND = 1000
SELECTION_COLUMNS = ("id", "company", "status", "owner_id", "pool_id", "industry", "locked")

DialogClass = Callable[[AppContext, Sequence[int], Sequence[Row], QWidget | None], ActionDialog]
DIALOGS: dict[str, DialogClass] = {
    "claim": ClaimDialog,
    "release": ReleaseDialog,
    "assign": AssignDialog,
    "distribute": DistributeDialog,
    "void": VoidDialog,
    "close": CloseDialog,
    "reactivate": ReactivateDialog,
    "merge": MergeDialog,
}


class CustomerActions(QObject):
    """What the window offers on selected customers; `done` says where they went."""

    done = Signal(str)

    def __init__(self, host: Host, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        self.ctx = host.ctx
        self._window = parent
        self._admin_pools = self._read_admin_pools()
        self.ctx.changed.connect(self._on_changed)
        self._actions: dict[str, QAction] = {}
        for name in NAMES:
            text, tip = self._texts()[name]
            action = QAction(style.icon(name), text, parent)
            action.setObjectName(f"action_{name}")
            action.setStatusTip(tip)
            action.setToolTip(tip)
            if name in SHORTCUTS:
                shortcut = QKeySequence(SHORTCUTS[name])
                action.setShortcut(shortcut)
                keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
                action.setToolTip(self.tr("{tip} ({keys})").format(tip=tip, keys=keys))
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, n=name: self.run(n))
            self._actions[name] = action

    def _texts(self) -> dict[str, tuple[str, str]]:
        return {
            "claim": (self.tr("Claim…"), self.tr("Take the selected pool customers as yours")),
            "release": (
                self.tr("Release to pool…"),
                self.tr("Give the selected customers back to a public pool"),
            ),
            "assign": (self.tr("Assign…"), self.tr("Give the selected customers to one rep")),
            "distribute": (
                self.tr("Distribute…"),
                self.tr("Spread the selected customers over several reps by a strategy"),
            ),
            "void": (self.tr("Void…"), self.tr("Move the selected customers to the recycle bin")),
            "close": (self.tr("Close…"), self.tr("End the relationship, with the exit checklist")),
            "archive": (self.tr("Archive…"), self.tr("File closed customers away, read-only")),
            "reactivate": (
                self.tr("Reactivate…"),
                self.tr("Bring voided, closed or archived customers back"),
            ),
            "lock": (self.tr("Lock"), self.tr("Exempt the selected customers from reclaim")),
            "unlock": (self.tr("Unlock"), self.tr("Let the reclaim rules apply again")),
            "merge": (
                self.tr("Merge duplicates…"),
                self.tr("Merge the selected customers into one, keeping every follow-up"),
            ),
        }

    def actions(self) -> list[QAction]:
        return [self._actions[name] for name in NAMES]

    # --- enabling ----------------------------------------------------------------------

    def _read_admin_pools(self) -> frozenset[int]:
        """Pools this rep administers (managers administer all; not read for them)."""
        if self.ctx.actor.is_manager:
            return frozenset()
        with self.ctx.session() as session:
            rows = session.scalars(
                select(PoolMember.pool_id).where(
                    PoolMember.rep_id == self.ctx.actor.id, PoolMember.is_admin
                )
            )
            return frozenset(int(p) for p in rows)

    def _on_changed(self, areas: frozenset[str]) -> None:
        if POOLS in areas:
            self._admin_pools = self._read_admin_pools()

    def update_enabled(self, rows: list[dict[str, Any]]) -> None:
        """Enable what the selection and the user's role allow."""
        for name, enabled in self.allowed(rows).items():
            self._actions[name].setEnabled(enabled)

    def allowed(self, rows: Sequence[Row]) -> dict[str, bool]:
        """Action name -> whether the selection's statuses, owners and pools allow it."""
        actor = self.ctx.actor
        manager = actor.is_manager
        statuses = {r["status"] for r in rows}
        mine = all(r["owner_id"] == actor.id for r in rows)
        admin = manager or all(r["pool_id"] in self._admin_pools for r in rows)
        any_ = bool(rows)
        return {
            "claim": any_ and statuses == {POOL},
            "release": any_ and statuses == {ACTIVE} and (manager or mine),
            "assign": any_ and statuses <= {POOL, ACTIVE} and admin,
            "distribute": any_ and statuses <= {POOL, ACTIVE} and admin,
            "void": any_ and statuses <= {ACTIVE, POOL} and (manager or mine),
            "close": any_ and statuses == {ACTIVE} and (manager or mine),
            "archive": any_ and statuses == {CLOSED} and manager,
            "reactivate": any_
            and statuses <= {VOIDED, CLOSED, ARCHIVED}
            and (manager or (mine and statuses == {VOIDED})),
            "lock": any_ and statuses == {ACTIVE} and admin and not all(r["locked"] for r in rows),
            "unlock": any_ and statuses == {ACTIVE} and admin and any(r["locked"] for r in rows),
            "merge": 2 <= len(rows) <= MAX_MERGE
            and statuses <= {ACTIVE, POOL}
            and all(
                r["owner_id"] == actor.id or manager or r["pool_id"] in self._admin_pools
                for r in rows
            ),
        }

    # --- running -----------------------------------------------------------------------

    def run(self, name: str) -> QDialog | None:
        """Open the action's dialog for the selected customers and return it; lock and
        unlock of a few run at once (None is returned). More than READ_IN_BACKGROUND
        customers are read off the GUI thread first, and the dialog opens after (None)."""
        if name not in NAMES:
            raise ValueError(f"no customer action {name!r}")
        ids = list(self.host.selected_ids())
        if not ids:
            return None
        if name == "merge" and not 2 <= len(ids) <= MAX_MERGE:
            return show_message(
                self._window,
                self.tr("Select between 2 and {most} customers to merge.").format(most=MAX_MERGE),
                error=False,
            )
        if len(ids) <= READ_IN_BACKGROUND:
            return self._open(name, ids, list(self.host.selected_rows()))

        def read(session: Session, _progress: Any) -> list[Row]:
            found = rows_by_id(session, ids, columns=SELECTION_COLUMNS)
            return [found[i] for i in ids if i in found]

        Task(self._window, self.ctx, read).progress(
            self.tr("Reading the selected customers…")
        ).success(lambda rows: self._open(name, ids, rows)).run()
        return None

    def _open(self, name: str, ids: list[int], rows: list[Row]) -> QDialog | None:
        if name in DIALOGS:
            dialog = DIALOGS[name](self.ctx, ids, rows, self._window)
        elif name == "archive":
            dialog = self._archive_dialog(ids, rows)
        elif len(ids) > CONFIRM_LOCK_ABOVE:
            dialog = self._lock_dialog(name, ids, rows)
        else:
            self._lock_now(name, ids)
            return None
        dialog.succeeded.connect(self.done)
        dialog.open()
        return dialog

    def _archive_dialog(self, ids: list[int], rows: list[Row]) -> ActionDialog:
        actor = self.ctx.actor.id
        dialog = ConfirmDialog(
            self.ctx,
            ids,
            rows,
            self._window,
            "archive",
            question=self.tr(
                "Archive these closed customers? Archived customers are read-only; "
                "a manager can reactivate them."
            ),
            work=lambda session, _p: archive_customers(session, ids, actor),
            progress=self.tr("Archiving customers…"),
            message=lambda result: self.tr(
                "Customers archived: {n}. They are under Closed & archived."
            ).format(n=result.count),
        )
        dialog.setWindowTitle(self.tr("Archive customers"))
        return dialog

    def _lock_work(self, name: str, ids: list[int]) -> Callable[..., ActionResult]:
        actor, service = self.ctx.actor.id, lock_customers if name == "lock" else unlock_customers
        return lambda session, _p: service(session, ids, actor)

    def _lock_message(self, name: str, result: ActionResult) -> str:
        if name == "lock":
            return self.tr("Customers locked, exempt from reclaim: {n}.").format(n=result.count)
        return self.tr("Customers unlocked, the reclaim rules apply again: {n}.").format(
            n=result.count
        )

    def _lock_progress(self, name: str) -> str:
        return self.tr("Locking customers…") if name == "lock" else self.tr("Unlocking customers…")

    def _lock_dialog(self, name: str, ids: list[int], rows: list[Row]) -> ActionDialog:
        question = (
            self.tr("Lock these customers? Locked customers are exempt from reclaim.")
            if name == "lock"
            else self.tr("Unlock these customers? The reclaim rules will apply to them again.")
        )
        dialog = ConfirmDialog(
            self.ctx,
            ids,
            rows,
            self._window,
            name,
            question=question,
            work=self._lock_work(name, ids),
            progress=self._lock_progress(name),
            message=lambda result: self._lock_message(name, result),
        )
        dialog.setWindowTitle(self._actions[name].text())
        return dialog

    def _lock_now(self, name: str, ids: list[int]) -> None:
        (
            Task(self._window, self.ctx, self._lock_work(name, ids))
            .changes(CUSTOMERS)
            .progress(self._lock_progress(name))
            .success(lambda result: self.done.emit(self._lock_message(name, result)))
            .run()
        )
