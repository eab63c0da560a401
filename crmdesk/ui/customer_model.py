"""The customer table: ids for the whole list, rows read on demand (Anki's browser model).

A new query first shows the search's first page (fast: < 100 ms at a million), then
swaps in every matching id from a background task (8 bytes a customer), so the
scroll bar covers the whole list. Rows are read by id in blocks when the view asks for
them, a few milliseconds a block, and kept in a bounded cache.

What needs work is marked by a status colour and an icon (ui/style.py): an overdue
follow-up, a reclaim within the pool's warning period, warnings; a lock is an icon.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from crmdesk.core import clock, search
from crmdesk.core.models import ARCHIVED, CLOSED, POOL, VOIDED
from crmdesk.core.pools import all_reclaim_rules
from crmdesk.core.reasons import list_reasons
from crmdesk.core.search import Filters
from crmdesk.ui import labels, style
from crmdesk.ui.context import CUSTOMERS, POOLS, REPS, AppContext
from crmdesk.ui.tasks import Task

Index = QModelIndex | QPersistentModelIndex
BLOCK = 200  # rows read at once around the one the view asks for
CACHE = 5000  # rows kept; a million rows would be ~1 GB of dicts
WARN_DAYS = 3  # a reclaim this close is marked when the pool's warning period is unknown
# The kind of reason a status holds (core/reasons.py); reclaims name the rule instead.
REASON_KIND = {VOIDED: "void", CLOSED: "close", ARCHIVED: "close", POOL: "release"}
ICON_CELLS = ("next_followup_at", "days_left", "warnings")  # their mark is also an icon


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Module-level strings; lupdate files `tr("...")` calls under the empty context."""
    return QCoreApplication.translate("", text, disambiguation, n)


@dataclass(frozen=True)
class Column:
    key: str
    sort: str | None  # the search sort name, None when the column cannot sort

    def title(self) -> str:
        return {
            "id": tr("ID"),
            "company": tr("Company"),
            "contact": tr("Contact"),
            "phone": tr("Phone"),
            "email": tr("Email"),
            "status": tr("Status"),
            "owner": tr("Owner"),
            "pool": tr("Pool"),
            "tier": tr("Tier"),
            "stage": tr("Stage"),
            "region": tr("Region"),
            "industry": tr("Industry"),
            "source": tr("Source"),
            "risk_score": tr("Risk"),
            "warnings": tr("Warnings"),
            "days_left": tr("Days left"),
            "reason": tr("Reason"),
            "status_changed_at": tr("Status changed"),
            "last_followup_at": tr("Last follow-up"),
            "next_followup_at": tr("Next follow-up"),
            "deal_total": tr("Deals"),
            "created_at": tr("Created"),
        }[self.key]


# In the order a list shows them: what to work on comes before the details.
COLUMNS = (
    Column("id", "id"),
    Column("company", "company"),
    Column("contact", "contact"),
    Column("phone", None),
    Column("status", "status"),
    Column("owner", "owner_id"),
    Column("pool", "pool_id"),
    Column("reason", "status_reason"),
    Column("status_changed_at", "status_changed_at"),
    Column("next_followup_at", "next_followup_at"),
    Column("days_left", "days_left"),
    Column("warnings", "warnings"),
    Column("tier", "tier"),
    Column("stage", "stage"),
    Column("risk_score", "risk_score"),
    Column("last_followup_at", "last_followup_at"),
    Column("region", "region"),
    Column("industry", "industry"),
    Column("deal_total", "deal_total"),
    Column("source", "source"),
    Column("email", None),
    Column("created_at", "created_at"),
)
COLUMN = {c.key: i for i, c in enumerate(COLUMNS)}
SORT_COLUMN = {c.sort: i for i, c in enumerate(COLUMNS) if c.sort}

CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
NO_FLAGS = Qt.ItemFlag.NoItemFlags
ROW_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Lookups:
    names: dict[int, str]  # rep id -> name
    pools: dict[int, str]  # pool id -> name
    warn_days: dict[int, int]  # pool id -> its warning period before a reclaim
    reasons: dict[tuple[str, str], str]  # (kind, code) -> label in the user's language


@dataclass(frozen=True)
class Query:
    text: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: str = "id"
    descending: bool = True


class CustomerTableModel(QAbstractTableModel):
    """Rows of customers for a query; `first_page` and `counted` say how it went."""

    first_page = Signal(float)  # seconds the first page took
    counted = Signal(int)  # every matching id is known

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = Query()
        self._ids: array[int] = array("q")
        self._rows: dict[int, dict[str, Any]] = {}
        self._complete = False
        self._generation = 0
        self.stale = False
        self._names: dict[int, str] = {}
        self._pools: dict[int, str] = {}
        self._warn_days: dict[int, int] = {}
        self._reasons: dict[tuple[str, str], str] = {}
        self._now = clock.now()
        self._icons: dict[str, QIcon] = {}
        self.titles: dict[str, str] = {}  # a view's own header titles, by column key
        ctx.changed.connect(self._changed)

    # --- loading ---------------------------------------------------------------------

    def set_query(self, query: Query) -> None:
        """Show the first page at once, then every matching id."""
        self.query = query
        self._generation += 1
        generation = self._generation
        actor = self.ctx.actor.id
        now = self._now = clock.now()

        def first(session: Session) -> tuple[search.SearchPage, Lookups]:
            page = search.search(
                session,
                query.text,
                query.filters,
                sort=query.sort,
                descending=query.descending,
                mask_for=actor,
                now=now,
            )
            search.add_days_left(session, page.rows, now)
            search.add_reasons(session, page.rows)
            return page, self._lookups(session)

        Task(self, self.ctx, lambda session, _progress: first(session)).success(
            lambda result: self._show_first(generation, *result)
        ).failure(self._not_read).run()

    def _not_read(self, _exc: BaseException) -> bool:
        """A list that could not be read (the database out of reach) is read again the
        next time it is shown, not left empty; the error is still shown."""
        self.stale = True
        return False

    def _lookups(self, session: Session) -> Lookups:
        """What the rows' ids and codes are shown as: names, warning periods, reasons."""
        zh = self.ctx.lang == "zh"
        reasons = {
            (r.kind, r.code): r.label_zh if zh else r.label_en
            for kind in set(REASON_KIND.values())
            for r in list_reasons(session, kind, retired=True)
        }
        return Lookups(
            search.owner_names(session),
            search.pool_names(session),
            {r.pool_id: r.warn_days for r in all_reclaim_rules(session)},
            reasons,
        )

    def _show_first(self, generation: int, page: search.SearchPage, lookups: Lookups) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._names, self._pools = lookups.names, lookups.pools
        self._warn_days, self._reasons = lookups.warn_days, lookups.reasons
        self._ids = array("q", (row["id"] for row in page.rows))
        self._rows = {row["id"]: row for row in page.rows}
        self._complete = not page.has_more
        self.endResetModel()
        self.first_page.emit(page.seconds)
        if self._complete:
            self.counted.emit(len(self._ids))
            return
        query = self.query
        Task(
            self,
            self.ctx,
            lambda session, _p: search.matching_ids(
                session,
                query.text,
                query.filters,
                sort=query.sort,
                descending=query.descending,
                now=self._now,
                mask_for=self.ctx.actor.id,  # nobody finds a masked number by a part of it
            ),
        ).success(lambda ids: self._show_all(generation, ids)).run()

    def _show_all(self, generation: int, ids: array[int]) -> None:
        if generation != self._generation:
            return
        shown = len(self._ids)
        if ids[:shown] == self._ids and len(ids) >= shown:
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
        else:  # the list changed between the two reads: start from the full one
            self.beginResetModel()
            self._ids = ids
            self._rows.clear()
            self.endResetModel()
        self._complete = True
        self.counted.emit(len(self._ids))

    def refresh(self) -> None:
        """Read the list again (after a change), keeping the query."""
        self.stale = False
        self.set_query(self.query)

    def _changed(self, areas: frozenset[str]) -> None:
        if not areas & {CUSTOMERS, REPS, POOLS}:
            return
        view = QObject.parent(self)
        if isinstance(view, QWidget) and not view.isVisible():
            self.stale = True  # read again when shown: no list reloads just in case
            return
        self.refresh()

    def refresh_if_stale(self) -> None:
        if self.stale:
            self.refresh()

    def _fetch(self, row: int) -> None:
        start = max(0, row - BLOCK // 4)
        wanted = [i for i in self._ids[start : start + BLOCK] if i not in self._rows]
        if not wanted:
            return
        if len(self._rows) + len(wanted) > CACHE:
            self._rows.clear()
        with self.ctx.session() as session:
            self._rows.update(
                search.rows_by_id(session, wanted, mask_for=self.ctx.actor.id, now=self._now)
            )
        for missing in set(wanted) - self._rows.keys():  # deleted meanwhile: shown empty
            self._rows[missing] = {"id": missing}

    # --- what the view asks ------------------------------------------------------------

    def is_complete(self) -> bool:
        return self._complete

    def total(self) -> int:
        return len(self._ids)

    def id_at(self, row: int) -> int:
        return int(self._ids[row])

    def ids_in(self, spans: Sequence[tuple[int, int]]) -> list[int]:
        """The ids of rows first..last of each span: slices of the id array, so a
        selection of a million rows costs milliseconds."""
        out: array[int] = array("q")
        for first, last in spans:
            out.extend(self._ids[first : last + 1])
        return out.tolist()

    def row_at(self, row: int) -> dict[str, Any]:
        customer_id = self._ids[row]
        if customer_id not in self._rows:
            self._fetch(row)
        return self._rows[customer_id]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if not 0 <= section < len(COLUMNS):
                return None
            key = COLUMNS[section].key
            return self.titles.get(key) or COLUMNS[section].title()
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Qt asks this of every cell it paints or checks for selection: one constant,
        no enum arithmetic per call."""
        return CELL_FLAGS if index.isValid() else NO_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.DecorationRole,
            ROW_ROLE,
        ):
            return None
        row = self.row_at(index.row())
        if role == ROW_ROLE:
            return row
        key = COLUMNS[index.column()].key
        if role == Qt.ItemDataRole.ForegroundRole:
            kind = self._mark(key, row)
            return QBrush(style.color(kind)) if kind else None
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(key, row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(key, row)
        return self._text(key, row)

    def _text(self, key: str, row: dict[str, Any]) -> str:
        value = row.get(key)
        if key == "status":
            return labels.status(row.get("status"))
        if key == "stage":
            return labels.stage(row.get("stage"))
        if key == "tier":
            tier = row.get("tier") or ""
            return f"{tier}*" if row.get("tier_override") else tier
        if key == "owner":
            return self._names.get(row.get("owner_id") or 0, "")
        if key == "pool":
            return self._pools.get(row.get("pool_id") or 0, "")
        if key == "warnings":
            return labels.warnings(row.get("warning_flags"))
        if key == "days_left":
            return "" if value is None else tr("{n} d").format(n=value)
        if key in ("last_followup_at", "next_followup_at", "created_at", "status_changed_at"):
            return labels.day(value)
        if key == "deal_total":
            return labels.amount(value) if value else ""
        if key == "reason":
            return self._reason(row)
        return "" if value is None else str(value)

    def _reason(self, row: dict[str, Any]) -> str:
        code = row.get("reason")
        if not code:
            return ""
        rule = {
            "reclaim_no_followup": tr("No follow-up within the period"),
            "reclaim_no_deal": tr("No deal within the period"),
        }.get(code)
        kind = REASON_KIND.get(row.get("status") or "", "")
        return rule or self._reasons.get((kind, code), code)

    def overdue(self, row: dict[str, Any]) -> bool:
        """The next follow-up's time has passed."""
        due = row.get("next_followup_at")
        return due is not None and due < self._now

    def reclaim_soon(self, row: dict[str, Any]) -> bool:
        """Days left within the pool's warning period (3 days when it is not known)."""
        left = row.get("days_left")
        return left is not None and left <= self._warn_days.get(row.get("pool_id") or 0, WARN_DAYS)

    def _mark(self, key: str, row: dict[str, Any]) -> str | None:
        """The status colour of a cell (a style.STATUS kind), if it needs one."""
        if key == "next_followup_at" and self.overdue(row):
            return "overdue"
        if key == "days_left" and self.reclaim_soon(row):
            return "reclaim_soon"
        if key == "warnings" and row.get("warning_flags"):
            return "warning"
        if key == "tier" and row.get("tier") == "D":
            return "muted"
        return None

    def _icon(self, key: str, row: dict[str, Any]) -> QIcon | None:
        """The mark's icon beside its colour (both, for colour-blind eyes); a lock."""
        if key == "company":
            name = "locked" if row.get("locked") else None
        else:
            name = self._mark(key, row) if key in ICON_CELLS else None
        if name is None:
            return None
        if name not in self._icons:
            self._icons[name] = style.icon(name, None if name == "locked" else name)
        return self._icons[name]

    def _tooltip(self, key: str, row: dict[str, Any]) -> str | None:
        if key == "days_left" and row.get("days_left") is not None:
            days = int(row["days_left"])
            return tr("Reclaimed into the pool in %n day(s) unless followed up", "", days)
        if key == "next_followup_at" and self.overdue(row):
            return tr("Follow-up overdue")
        if key == "company":  # whole, where the column is too narrow for it
            name = str(row.get("company") or "")
            return (
                tr("{company} (locked: never reclaimed)").format(company=name)
                if row.get("locked")
                else name or None
            )
        if key == "warnings" and row.get("warning_flags"):
            return labels.warnings(row.get("warning_flags"))
        if key == "tier" and row.get("tier_override"):
            return tr("Tier set by hand")
        if key in ("status", "reason") and row.get("reason"):
            return self._reason(row)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = COLUMNS[column].sort if 0 <= column < len(COLUMNS) else None
        if name is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (name, descending) == (self.query.sort, self.query.descending):
            return
        self.set_query(Query(self.query.text, self.query.filters, sort=name, descending=descending))
