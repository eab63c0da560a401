"""Duplicates (查重): the manager scans for customers sharing a phone, email or company
name, sees each group with what links it, and merges a group in the merge dialog.

The scan is one GROUP BY over every customer's keys (core/duplicates.py), about 3 s on
a million customers, so it runs on a worker; rows are read for a page of groups at a
time. After customers change, a page on screen scans again and a hidden one when it is
next shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.core.duplicates import KINDS, DuplicateGroup, find_duplicates
from crmdesk.core.models import ACTIVE, POOL
from crmdesk.core.search import owner_names, rows_by_id
from crmdesk.ui import labels
from crmdesk.ui.action_dialogs import Row
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.detail_common import alive
from crmdesk.ui.merge_dialog import MAX_MERGE, MergeDialog
from crmdesk.ui.tasks import Progress, Task

GROUPS_PAGE = 200  # groups whose customers are read and shown at a time
KEYS_SHOWN = 3  # shared keys named on a group's line
ID_ROLE = Qt.ItemDataRole.UserRole  # a customer's id on its line
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # a group's index in the scan on its line
ALL = "all"  # the kind chooser's entry for every kind at once
COMPANY, OWNER, STATUS, PHONE, EMAIL = range(5)


@dataclass(frozen=True)
class Scan:
    """A scan as the worker read it: every group, and the rows of the first page."""

    groups: list[DuplicateGroup]
    customers: int
    seconds: float
    rows: dict[int, Row]
    owners: dict[int, str]


def read_rows(session: Session, groups: list[DuplicateGroup], mask_for: int) -> dict[int, Row]:
    """The list columns of the customers of these groups."""
    return rows_by_id(session, [cid for g in groups for cid in g.customer_ids], mask_for=mask_for)


def scan(session: Session, kinds: tuple[str, ...], mask_for: int) -> Scan:
    found = find_duplicates(session, kinds=kinds)
    return Scan(
        found.groups,
        found.customers,
        found.seconds,
        read_rows(session, found.groups[:GROUPS_PAGE], mask_for),
        owner_names(session),
    )


class DuplicatesPage(QWidget):
    """Scan, the groups as a tree (what they share, then their customers), and Merge…"""

    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("duplicates_page")
        self.groups: list[DuplicateGroup] = []
        self.rows: dict[int, Row] = {}
        self.owners: dict[int, str] = {}
        self._scanned: tuple[str, ...] | None = None  # the kinds of the last scan
        self._generation = 0
        self._stale = False
        self.kind = QComboBox()
        self.kind.setObjectName("duplicates_kind")
        self.kind.addItem(self.tr("Phone, email or company name"), ALL)
        for kind in KINDS:
            self.kind.addItem(self._kind_name(kind), kind)
        self.scan_button = QPushButton(self.tr("Scan"))
        self.scan_button.setObjectName("duplicates_scan")
        self.scan_button.clicked.connect(self._scan_clicked)
        self.busy = QProgressBar()
        self.busy.setObjectName("duplicates_busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.progress = QLabel()
        self.progress.setObjectName("duplicates_progress")
        self.tree = QTreeWidget()
        self.tree.setObjectName("duplicates_tree")
        self.tree.setHeaderLabels(
            [
                self.tr("Company"),
                self.tr("Owner"),
                self.tr("Status"),
                self.tr("Phone"),
                self.tr("Email"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.tree.header().setStretchLastSection(True)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.status = QLabel(self.tr("Choose what to compare and press Scan."))
        self.status.setObjectName("duplicates_status")
        self.message = QLabel()
        self.message.setObjectName("duplicates_message")
        self.message.setWordWrap(True)
        self.more_button = QPushButton(self.tr("Show more groups"))
        self.more_button.setObjectName("duplicates_more")
        self.more_button.clicked.connect(self.more)
        self.more_button.hide()
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("duplicates_merge")
        self.merge_button.setToolTip(
            self.tr("Merge the selected group, or the customers selected in it, into one")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        self.merge_button.setEnabled(False)
        # merging is a manager's cleanup; a rep who sees the page only reads it
        self.merge_button.setVisible(ctx.actor.is_manager)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Compare by")))
        top.addWidget(self.kind)
        top.addWidget(self.scan_button)
        top.addWidget(self.busy)
        top.addWidget(self.progress, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        ctx.changed.connect(self._changed)

    def _kind_name(self, kind: str) -> str:
        return {
            "phone": self.tr("Phone"),
            "email": self.tr("Email"),
            "name": self.tr("Company name"),
        }[kind]

    def tell(self, text: str) -> None:
        self.message.setText(text)

    # --- scanning -----------------------------------------------------------------------

    def _scan_clicked(self) -> None:
        self.tell("")
        chosen = self.kind.currentData()
        self.scan(KINDS if chosen == ALL else (chosen,))

    def scan(self, kinds: tuple[str, ...] | None = None) -> Task[Scan]:
        """Scan for `kinds` (the last scan's when not given); a newer scan wins."""
        wanted = tuple(kinds or self._scanned or KINDS)
        self._scanned, self._stale = wanted, False
        self._generation += 1
        generation, actor = self._generation, self.ctx.actor.id
        self.scan_button.setEnabled(False)
        self.busy.show()
        self.progress.setText(self.tr("Scanning for duplicates…"))

        def work(session: Session, _: Progress) -> Scan:
            return scan(session, wanted, actor)

        return (
            Task(self, self.ctx, work)
            .success(lambda found: self._scanned_in(found, generation))
            .failure(lambda _exc: self._scan_failed(generation))
            .run()
        )

    def _scanned_in(self, found: Scan, generation: int) -> None:
        if not alive(self) or generation != self._generation:
            return  # a newer scan is on its way
        self._idle()
        self.groups, self.rows, self.owners = found.groups, dict(found.rows), found.owners
        self.tree.clear()
        self._add_groups(0, min(len(self.groups), GROUPS_PAGE))
        for column in range(EMAIL):
            self.tree.resizeColumnToContents(column)
        self._show_counts(found)
        self._scan_again_if_stale()

    def _scan_failed(self, generation: int) -> bool:
        if alive(self) and generation == self._generation:
            self._idle()
            self._scan_again_if_stale()
        return False  # the task shows why

    def _idle(self) -> None:
        self.scan_button.setEnabled(True)
        self.busy.hide()
        self.progress.clear()

    def _show_counts(self, found: Scan) -> None:
        if not found.groups:
            self.status.setText(
                self.tr("No duplicates found (scanned in {s:.1f} s).").format(s=found.seconds)
            )
        else:
            self.status.setText(
                self.tr(
                    "Groups of duplicates: {n}; customers in them: {m} (scanned in {s:.1f} s)."
                ).format(n=len(found.groups), m=found.customers, s=found.seconds)
            )
        self._show_more()

    def _show_more(self) -> None:
        shown = self.tree.topLevelItemCount()
        self.more_button.setVisible(shown < len(self.groups))
        self.more_button.setText(
            self.tr("Show more groups ({shown} of {n} shown)").format(
                shown=shown, n=len(self.groups)
            )
        )

    def more(self) -> Task[dict[int, Row]]:
        """Read and show the next page of groups."""
        start = self.tree.topLevelItemCount()
        page = self.groups[start : start + GROUPS_PAGE]
        generation, actor = self._generation, self.ctx.actor.id
        self.more_button.setEnabled(False)

        def work(session: Session, _: Progress) -> dict[int, Row]:
            return read_rows(session, page, actor)

        def arrived(rows: dict[int, Row]) -> None:
            if not alive(self) or generation != self._generation:
                return
            self.rows.update(rows)
            self._add_groups(start, start + len(page))
            self.more_button.setEnabled(True)
            self._show_more()

        return Task(self, self.ctx, work).success(arrived).run()

    def _add_groups(self, start: int, end: int) -> None:
        self.tree.setUpdatesEnabled(False)
        for index in range(start, end):
            group = self.groups[index]
            item = QTreeWidgetItem(self.tree)
            item.setText(COMPANY, self._shared(group))
            item.setData(COMPANY, GROUP_ROLE, index)
            item.setFirstColumnSpanned(True)
            font = item.font(COMPANY)
            font.setBold(True)
            item.setFont(COMPANY, font)
            for cid in group.customer_ids:
                self._customer_item(item, cid)
            item.setExpanded(True)
        self.tree.setUpdatesEnabled(True)

    def _customer_item(self, parent: QTreeWidgetItem, cid: int) -> None:
        row = self.rows.get(cid)
        child = QTreeWidgetItem(parent)
        child.setData(COMPANY, ID_ROLE, cid)
        if row is None:  # deleted between the scan and the read
            child.setText(COMPANY, f"#{cid}")
            return
        child.setText(COMPANY, row["company"])
        child.setText(OWNER, self.owners.get(row["owner_id"] or 0, ""))
        child.setText(STATUS, labels.status(row["status"]))
        child.setText(PHONE, row["phone"] or "")
        child.setText(EMAIL, row["email"] or "")
        child.setToolTip(COMPANY, row["company"])

    def _sentences(self, notes: list[str]) -> str:
        """Sentences one after another: a space between them in English, none in Chinese."""
        return ("" if self.ctx.lang.startswith("zh") else " ").join(notes)

    def _shared(self, group: DuplicateGroup) -> str:
        """What links a group: "3 customers share phone 13800000001; …"."""
        named = [
            self.tr("{kind} {key}").format(kind=self._kind_name(kind).lower(), key=key)
            # a rep sees the page read-only, without other people's numbers and addresses
            if self.ctx.actor.is_manager or kind == "name"
            else self._kind_name(kind).lower()
            for kind, key in group.keys[:KEYS_SHOWN]
        ]
        if len(group.keys) > KEYS_SHOWN:
            named.append("…")
        between = "；" if self.ctx.lang.startswith("zh") else "; "
        return self.tr("{n} customers share {keys}").format(
            n=len(group.customer_ids), keys=between.join(named)
        )

    # --- refreshing ---------------------------------------------------------------------

    def _changed(self, areas: frozenset[str]) -> None:
        if not alive(self) or CUSTOMERS not in areas or self._scanned is None:
            return
        if self.isVisible() and self.busy.isHidden():
            self.scan()
        else:  # hidden, or a scan is running: one more scan when it can start
            self._stale = True

    def _scan_again_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.scan()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.scan()

    # --- acting -------------------------------------------------------------------------

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        cid = item.data(COMPANY, ID_ROLE)
        if cid is not None:
            self.open_customer.emit(int(cid))

    def _selection_changed(self) -> None:
        self.merge_button.setEnabled(self.selected_group() is not None)

    def selected_group(self) -> int | None:
        """The index of the group the selection lies in (None when none or several)."""
        found = set()
        for item in self.tree.selectedItems():
            top = item.parent() or item
            found.add(top.data(COMPANY, GROUP_ROLE))
        return found.pop() if len(found) == 1 else None

    def _merge_ids(self, index: int) -> list[int]:
        """Customers selected in the group when two or more are, else the whole group."""
        picked = [
            int(item.data(COMPANY, ID_ROLE))
            for item in self.tree.selectedItems()
            if item.parent() is not None
        ]
        return sorted(picked) if len(picked) >= 2 else list(self.groups[index].customer_ids)

    def merge_selected(self) -> MergeDialog | None:
        """Open the merge dialog on the selected group; voided, closed and archived
        customers cannot be merged (as in the customer actions) and are left out."""
        index = self.selected_group()
        if index is None:
            self.tell(self.tr("Select one group first."))
            return None
        chosen = self._merge_ids(index)
        ids = [
            cid for cid in chosen if cid in self.rows and self.rows[cid]["status"] in (ACTIVE, POOL)
        ]
        notes = []
        if len(ids) < len(chosen):
            notes.append(
                self.tr("Voided, closed and archived customers are left out of the merge.")
            )
        if len(ids) < 2:
            notes.append(self.tr("Fewer than two customers of this group can be merged."))
            self.tell(self._sentences(notes))
            return None
        if len(ids) > MAX_MERGE:
            notes.append(
                self.tr(
                    "This group has {n} customers; at most {most} can be merged at once, "
                    "so the first {most} are shown. Merge the rest after the page scans again."
                ).format(n=len(ids), most=MAX_MERGE)
            )
            ids = ids[:MAX_MERGE]
        self.tell(self._sentences(notes))
        dialog = MergeDialog(self.ctx, ids, [self.rows[cid] for cid in ids], self)
        dialog.succeeded.connect(lambda text: self.tell(text) if alive(self) else None)
        dialog.open()
        return dialog

    def shown_groups(self) -> list[list[int]]:
        """The customer ids of each group in the tree, in order (what tests and the
        status line describe)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            out.append([int(top.child(c).data(COMPANY, ID_ROLE)) for c in range(top.childCount())])
        return out
