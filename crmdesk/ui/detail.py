"""The customer workspace: one customer in its own window, to work it. Its action bar
runs the window's customer actions on it; its header says where it stands (status,
owner, days left before reclaim, warnings); its timeline shows everything that happened,
newest first, under a one-line follow-up entry; a side panel holds its fields, tier and
risk, and duplicates. Not modal, so several can stay open beside the lists.

It loads core.profile.customer_profile (and the customer's list row) on a worker, and
loads again whenever ctx.changed says customers changed (its own saves and actions
announce that through Task.changes), so every open view agrees with the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.models import ACTIVE, ARCHIVED, CLOSED, POOL, VOIDED
from crmdesk.core.profile import Profile, customer_profile
from crmdesk.core.search import rows_by_id
from crmdesk.ui import labels, style
from crmdesk.ui.actions import CustomerActions
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.detail_common import alive
from crmdesk.ui.detail_fields import FieldsForm
from crmdesk.ui.detail_history import DuplicatesTab, TierRiskTab
from crmdesk.ui.detail_records import FollowUpEntry, RecordBar
from crmdesk.ui.detail_timeline import TimelineView
from crmdesk.ui.merge_dialog import MAX_MERGE
from crmdesk.ui.tasks import Progress, Task
from crmdesk.ui.widgets import wrapped_label

Row = dict[str, Any]
RECLAIM_ALARM_DAYS = 3  # fewer days left than this shows in red
# The actions the bar shows for a status (lock or unlock, as the customer is); which
# of them are enabled is the actions' own rule (role, owner, pool).
SHOWN: dict[str, tuple[str, ...]] = {
    POOL: ("claim", "assign", "void", "merge"),
    ACTIVE: ("release", "assign", "void", "close", "lock", "unlock", "merge"),
    CLOSED: ("archive", "reactivate"),
    ARCHIVED: ("reactivate",),
    VOIDED: ("reactivate",),
}
BAR = ("claim", "release", "assign", "void", "close", "archive", "reactivate", "lock", "unlock")


def by_name(actions: CustomerActions, name: str) -> QAction:
    return next(a for a in actions.actions() if a.objectName() == f"action_{name}")


@dataclass(frozen=True)
class Loaded:
    """One read of the customer: its profile, and its list row (with `days_left`) and
    its duplicate candidates' rows as core.search.rows_by_id gives them."""

    profile: Profile
    rows: dict[int, Row]


class CustomerHeader(QWidget):
    """Company and contact, the facts that decide what to do next, and the lock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setWordWrap(True)  # a company name may be 200 characters long
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setProperty("role", "title")
        self.locked = QLabel()
        self.locked.setObjectName("detail_locked")
        self.locked.setPixmap(style.icon("locked").pixmap(22))
        self.locked.setToolTip(self.tr("Locked: exempt from reclaim"))
        self.locked.hide()
        self.contact = QLabel()
        self.contact.setObjectName("detail_contact")
        self.contact.setWordWrap(True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact.setProperty("role", "muted")
        names = {
            "status": self.tr("Status"),
            "owner": self.tr("Owner"),
            "pool": self.tr("Public pool"),
            "tier": self.tr("Tier"),
            "days_left": self.tr("Days left"),
            "stage": self.tr("Stage"),
            "risk": self.tr("Risk score"),
            "last": self.tr("Last follow-up"),
            "next": self.tr("Next follow-up"),
        }
        tips = {"days_left": self.tr("Days before the rules reclaim it into its public pool")}
        self.facts: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for i, (key, text) in enumerate(names.items()):
            name = QLabel(text)
            name.setProperty("role", "muted")
            name.setToolTip(tips.get(key, ""))
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            self.facts[key] = value
            grid.addWidget(name, i // 5, (i % 5) * 2)
            grid.addWidget(value, i // 5, (i % 5) * 2 + 1)
        for column in range(1, 10, 2):
            grid.setColumnStretch(column, 1)
        self.warning_icon = QLabel()
        self.warning_icon.setPixmap(style.icon("warning", "warning").pixmap(20))
        self.warning_icon.setToolTip(self.tr("Warnings"))
        warnings = QLabel()
        warnings.setObjectName("detail_warnings")
        warnings.setToolTip(self.tr("Warnings"))
        self.facts["warnings"] = warnings
        top = QHBoxLayout()
        top.addWidget(self.locked)
        top.addWidget(self.title, 1)
        top.addWidget(self.warning_icon)
        top.addWidget(warnings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.contact)
        layout.addLayout(grid)

    def show_customer(self, p: Profile, row: Row | None) -> None:
        self.title.setText(p.fields.get("company") or "")
        reach = [p.fields.get(name) for name in ("contact", "phone", "email")]
        self.contact.setText("  ·  ".join(str(part) for part in reach if part))
        self.contact.setVisible(any(reach))
        self.locked.setVisible(p.locked)
        warnings = self.tr(", ").join(labels.warning(w.rule) for w in p.risk.warnings)
        values = {
            "status": labels.status(p.status),
            "owner": p.owner or self.tr("none"),
            "pool": p.pool,
            "tier": labels.tier(p.tier),
            "stage": labels.stage(p.stage),
            "risk": str(p.risk.score),
            "last": labels.when(p.last_followup_at) or self.tr("never"),
            "next": labels.when(p.next_followup_at) or "—",
            "warnings": warnings,
        }
        for key, text in values.items():
            self.facts[key].setText(text)
        self._paint("warnings", "warning")
        self.warning_icon.setVisible(bool(warnings))
        self.facts["warnings"].setVisible(bool(warnings))
        left = row.get("days_left") if row else None
        days = self.facts["days_left"]
        if left is None:
            days.setText("—")
            days.setToolTip(self.tr("The reclaim rules do not apply to it now."))
        else:
            days.setText(self.tr("%n day(s)", "", left))
            days.setToolTip("")
        self._paint(
            "days_left", "overdue" if left is not None and left < RECLAIM_ALARM_DAYS else ""
        )

    def _paint(self, key: str, status: str) -> None:
        """A fact in a status colour of the style sheet ("" for the text colour)."""
        label = self.facts[key]
        if label.property("status") != status:
            label.setProperty("status", status)
            label.style().unpolish(label)
            label.style().polish(label)


class _MergeHost:
    """The actions' view of a merge from the workspace: this customer and the duplicate
    candidates chosen in the side panel (all of them, up to the merge's limit, when none
    is chosen)."""

    def __init__(self, workspace: CustomerDetail) -> None:
        self.workspace = workspace
        self.ctx = workspace.ctx

    def selected_ids(self) -> list[int]:
        w = self.workspace
        if w.profile is None:
            return []
        others = w.duplicates.chosen() or [c.id for c in w.profile.duplicates]
        return [w.customer_id, *others[: MAX_MERGE - 1]]

    def selected_rows(self) -> list[Row]:
        rows = self.workspace.rows
        return [rows[i] for i in self.selected_ids() if i in rows]

    def current_pool(self) -> int | None:
        return self.workspace.current_pool()


class CustomerDetail(QMainWindow):
    """The workspace of one customer, and the Host of its own customer actions."""

    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.customer_id = customer_id
        self.profile: Profile | None = None
        self.rows: dict[int, Row] = {}
        self._loading = False
        self._stale = False
        self.setObjectName("customer_detail")
        self.setWindowTitle(self.tr("Customer {id}").format(id=customer_id))
        self.resize(1000, 700)

        self.customer_actions = CustomerActions(self, self)
        self.merge_actions = CustomerActions(_MergeHost(self), self)
        self.bar = {name: by_name(self.customer_actions, name) for name in BAR}
        self.bar["merge"] = by_name(self.merge_actions, "merge")
        for name, tip in self._tips().items():
            action = self.bar[name]
            action.setStatusTip("")  # the status bar keeps what the last action did
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if keys else tip)
        self.toolbar = QToolBar(self.tr("Actions"), self)
        self.toolbar.setObjectName("workspace_actions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        for name in (*BAR, "merge"):
            self.toolbar.addAction(self.bar[name])
        self.addToolBar(self.toolbar)
        status = self.statusBar()  # made now, so the first message does not move the page
        for actions in (self.customer_actions, self.merge_actions):
            actions.done.connect(lambda text: status.showMessage(text, 15_000))

        self.header = CustomerHeader()
        self.facts = self.header.facts
        self.quick = FollowUpEntry(ctx, customer_id)
        self.records = RecordBar(ctx, customer_id)
        self.read_only_note = wrapped_label("", "detail_records_read_only")
        self.read_only_note.setProperty("role", "muted")
        self.read_only_note.hide()
        self.timeline = TimelineView(ctx)
        self.timeline.payment_chosen.connect(self.records.choose_payment)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 6, 0)
        column.addWidget(self.quick)
        column.addWidget(self.records)
        column.addWidget(self.read_only_note)
        column.addWidget(self.timeline, 1)

        self.fields = FieldsForm(ctx, customer_id)
        scroll = QScrollArea()
        scroll.setObjectName("detail_fields_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.fields)
        self.tier_risk = TierRiskTab(ctx)
        self.duplicates = DuplicatesTab()
        self.duplicates.open_customer.connect(self.open_customer)
        self.duplicates.selection_changed.connect(self._enable_actions)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detail_tabs")
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(self.tier_risk, self.tr("Tier && risk"))
        self.tabs.addTab(self.duplicates, self.tr("Duplicates"))

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("workspace_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 360])
        style.remember(self.splitter, "customer_workspace.splitter")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 8, 12, 4)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.splitter.setEnabled(False)
        self._enable_actions()

        ctx.changed.connect(self._changed)
        self.reload()

    def _tips(self) -> dict[str, str]:
        """The actions' tips, said of this one customer."""
        return {
            "claim": self.tr("Take this customer from the pool as yours"),
            "release": self.tr("Give this customer back to a public pool"),
            "assign": self.tr("Give this customer to a rep"),
            "void": self.tr("Move this customer to the recycle bin"),
            "close": self.tr("End the relationship, with the exit checklist"),
            "archive": self.tr("File this closed customer away, read-only"),
            "reactivate": self.tr("Bring this customer back"),
            "lock": self.tr("Exempt this customer from reclaim"),
            "unlock": self.tr("Let the reclaim rules apply again"),
            "merge": self.tr(
                "Merge this customer with the duplicates chosen under Duplicates "
                "(all of them when none is chosen)"
            ),
        }

    def createPopupMenu(self) -> None:
        """No menu to hide the action bar: the workspace is nothing without it."""
        return None

    # --- Host ------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [self.customer_id]

    def selected_rows(self) -> list[Row]:
        row = self.rows.get(self.customer_id)
        return [row] if row else []

    def current_pool(self) -> int | None:
        row = self.rows.get(self.customer_id)
        return int(row["pool_id"]) if row and row["status"] == POOL else None

    # --- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the customer again on a worker; a change during a read reads once more."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        cid, viewer = self.customer_id, self.ctx.actor.id

        def work(session: Session, _: Progress) -> Loaded:
            profile = customer_profile(session, cid, viewer)
            ids = [cid, *(c.id for c in profile.duplicates)]
            return Loaded(profile, rows_by_id(session, ids, mask_for=viewer, now=clock.now()))

        Task(self, self.ctx, work).success(self._loaded).failure(self._failed).run()

    def _changed(self, areas: frozenset[str]) -> None:
        if CUSTOMERS in areas and alive(self):
            self.reload()

    def _failed(self, _: BaseException) -> bool:
        if alive(self):
            self._loading = False
        return not alive(self)

    def _loaded(self, loaded: Loaded) -> None:
        if not alive(self):
            return
        self._loading = False
        if self._stale:
            self._stale = False
            self.reload()
            return
        self.profile, self.rows = loaded.profile, loaded.rows
        self.show_profile(loaded.profile)

    def show_profile(self, p: Profile) -> None:
        company = p.fields.get("company") or ""
        self.setWindowTitle(self.tr("Customer {id}: {company}").format(id=p.id, company=company))
        self.header.show_customer(p, self.rows.get(p.id))
        self.quick.allow(p.may_record)
        self.records.allow(p.may_record)
        self.read_only_note.setText(
            self.tr("Only the owner or an admin of its pool records here, while it is worked.")
        )
        self.read_only_note.setVisible(not p.may_record)
        self.timeline.show_entries(p.timeline)
        for part in (self.fields, self.tier_risk, self.duplicates):
            part.show_profile(p)
        if not self.splitter.isEnabled() and p.may_record:
            self.quick.note.setFocus()  # first load: ready to log what was said
        self.splitter.setEnabled(True)
        self._enable_actions()

    def _enable_actions(self) -> None:
        """The bar shows what the status allows and enables what the role allows."""
        p = self.profile
        shown = set(SHOWN.get(p.status, ())) if p is not None else set()
        if p is not None:
            shown.discard("unlock" if not p.locked else "lock")
            if not p.duplicates:
                shown.discard("merge")
        self.customer_actions.update_enabled(self.selected_rows())
        merging = self.merge_actions.host.selected_rows()
        self.bar["merge"].setEnabled(self.merge_actions.allowed(merging)["merge"])
        for name, action in self.bar.items():
            action.setVisible(name in shown)
