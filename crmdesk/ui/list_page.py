"""One customer list: a search box, filters, the paged table and the actions' toolbar.

Each view (My customers, a pool, Team, the recycle bin, Closed & archived, a list Today
opened) starts with its own columns: what to work on first, none that is the same on
every row of that view, and all of them within the window at 1280 px. The column chooser
(right-click the header) changes them; the choice is kept per view.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import distinct, select
from sqlalchemy.orm import Session

from crmdesk.core.models import STAGES, TIERS, WARNING_BITS, Customer, Rep
from crmdesk.core.search import Filters
from crmdesk.ui import i18n, labels
from crmdesk.ui.context import CUSTOMERS, REPS, AppContext
from crmdesk.ui.customer_model import (
    COLUMN,
    COLUMNS,
    SORT_COLUMN,
    CustomerTableModel,
    Query,
)
from crmdesk.ui.tasks import Task

DEBOUNCE_MS = 250
CHOICES_DELAY_MS = 1000  # a burst of changes reads the filter choices once
ANY = None
COLUMNS_SETTING = "columns"  # settings group: the columns each view shows, by key

_WORK = ("next_followup_at", "days_left", "warnings", "tier", "stage")
# The columns a view shows until the user chooses (always in COLUMNS' order).
VIEW_COLUMNS: dict[str, tuple[str, ...]] = {
    "mine": ("company", "contact", "phone", *_WORK),
    "today": ("company", "contact", "phone", *_WORK),
    "team": ("company", "contact", "owner", *_WORK),
    "pool": (
        *("company", "contact", "phone", "warnings", "tier", "stage", "last_followup_at"),
        "industry",
    ),
    "voided": ("company", "contact", "phone", "owner", "reason", "status_changed_at", "tier"),
    "closed": (
        *("company", "contact", "status", "owner", "reason", "status_changed_at", "tier"),
        "deal_total",
    ),
}
# A view's order until the user clicks a header: newest first where a status was reached.
VIEW_SORT: dict[str, tuple[str, bool]] = {
    "mine": ("next_followup_at", False),
    "today": ("next_followup_at", False),
    "voided": ("status_changed_at", True),
    "closed": ("status_changed_at", True),
}
# The usual widest value of a column, for its width before rows arrive.
SAMPLES = {
    "company": "杭州鼎盛科技有限公司",
    "contact": "欧阳明明",
    "phone": "138-0013-8000",
    "owner": "欧阳明明",
    "pool": "华南公海",
    "reason": "Customer no longer needs us",
    "next_followup_at": "2026-12-31",
    "status_changed_at": "2026-12-31",
    "last_followup_at": "2026-12-31",
    "created_at": "2026-12-31",
    "days_left": "999 d",
    "warnings": "Overdue payments",
    "deal_total": "1,234,567.00",
    "region": "黑龙江省",
    "industry": "信息技术",
    "stage": "First purchase",
}
ICON_ROOM = 24  # a marked cell's icon and its padding
# The widest a column grows to hold the first page's values; past it a value is elided
# and its tooltip holds it whole.
MOST = {"company": 320, "warnings": 200, "reason": 240}
ELIDES = ("company", "warnings", "reason")


def tr(text: str) -> str:
    """Module-level strings; lupdate files `tr("...")` calls under the empty context."""
    return QCoreApplication.translate("", text)


def view_titles(view: str) -> dict[str, str]:
    """Header titles that say what a column means in this view."""
    return {
        "voided": {"status_changed_at": tr("Voided on"), "reason": tr("Void reason")},
        "closed": {"status_changed_at": tr("Closed / archived on"), "reason": tr("Close reason")},
    }.get(view, {})


class ListPage(QWidget):
    """A list over `base` filters that the user narrows with words and the filter bar."""

    selection_changed = Signal()
    open_customer = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        base: Filters,
        *,
        view: str = "team",
        sort: str | None = None,
        descending: bool | None = None,
        filters: tuple[str, ...] = ("owner", "tier", "stage", "warning", "region", "industry"),
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`view` ("mine", "pool", "team", "voided", "closed", "today") chooses the
        columns and, unless `sort` is given, the order; `title` is shown above."""
        super().__init__(parent)
        self.ctx = ctx
        self.base = base
        self.view = view if view in VIEW_COLUMNS else "team"
        default_sort, default_descending = VIEW_SORT.get(self.view, ("id", True))
        sort = sort or default_sort
        descending = default_descending if descending is None else descending
        self.model = CustomerTableModel(ctx, self)
        self.model.titles = view_titles(self.view)
        self.model.query = Query(sort=sort, descending=descending)

        self.title = QLabel(self)
        self.title.setObjectName("list_title")
        self.title.setProperty("role", "title")
        self._show_title(title)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("search_box")
        self.search_box.setPlaceholderText(
            self.tr("Search company, contact, phone, pinyin initials…")
        )
        self.search_box.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        self.search_box.textChanged.connect(self._debounce.start)
        self.search_box.returnPressed.connect(self.reload)

        self.combos: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 3)
        for name in filters:
            if name == "owner" and not ctx.actor.is_manager:
                continue
            combo = QComboBox(self)
            combo.setObjectName(f"filter_{name}")
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.addItem(self._any_text(name), ANY)
            combo.currentIndexChanged.connect(self.reload)
            self.combos[name] = combo
            bar.addWidget(combo)
        self._fill_fixed_choices()
        # an import brings new regions, a new rep joins: the choices follow, read again
        # after a change once the page is shown (a full scan on a million customers)
        self._choices_stale = False
        self._choices_timer = QTimer(self)
        self._choices_timer.setSingleShot(True)
        self._choices_timer.setInterval(CHOICES_DELAY_MS)
        self._choices_timer.timeout.connect(self._refresh_choices)
        ctx.changed.connect(self._data_changed)

        self.table = QTableView(self)
        self.table.setObjectName("customer_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSortIndicator(SORT_COLUMN.get(sort, -1), _order(descending))
        self.table.setSortingEnabled(True)  # after the indicator: no unfiltered sort first
        header.setSectionsMovable(True)
        # The header paints each section asking whether its whole column is selected,
        # which Qt answers row by row: seconds per paint after a select-all of 100,000
        # rows. Rows are what is selected here, so the header gets a selection of its own.
        header.setHighlightSections(False)
        header.setSelectionModel(QItemSelectionModel(self.model, header))
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._choose_columns)
        self.table.setProperty("elides", [COLUMN[key] for key in ELIDES])
        self._fitted = False  # widths follow the first rows once, then the user
        self._show_columns(self._saved_columns() or VIEW_COLUMNS[self.view])
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        # lay out at once after a reset: otherwise the view paints twice (25-60 ms each)
        self.model.modelReset.connect(self.table.doItemsLayout)
        # a reset clears the selection without saying so; the actions must hear of it
        self.model.modelReset.connect(self.selection_changed)
        # double-click, or Enter on the table (not in the search box)
        self.table.activated.connect(
            lambda index: self.open_customer.emit(self.model.id_at(index.row()))
        )

        self.status = QLabel(self)
        self.status.setObjectName("list_status")
        self.model.first_page.connect(self._first_page_shown)
        self.model.counted.connect(self._counted)
        self._first_seconds = 0.0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        self.toolbar_row = QHBoxLayout()
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addLayout(self.toolbar_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.reload()  # first: the page matters more than the filters' choices
        self._load_choices()

    # --- filters ---------------------------------------------------------------------

    def _any_text(self, name: str) -> str:
        return {
            "owner": self.tr("All owners"),
            "tier": self.tr("All tiers"),
            "stage": self.tr("All stages"),
            "warning": self.tr("Warnings: any or none"),
            "region": self.tr("All regions"),
            "industry": self.tr("All industries"),
            "status": self.tr("All statuses"),
        }[name]

    def _fill_fixed_choices(self) -> None:
        for name, values, word in (
            ("tier", TIERS, labels.tier),
            ("stage", STAGES, labels.stage),
            ("warning", ("any", *WARNING_BITS), labels.warning),
        ):
            combo = self.combos.get(name)
            if combo is not None:
                for value in values:
                    combo.addItem(word(value), value)
        status = self.combos.get("status")
        if status is not None:
            for value in self.base.status or ():
                status.addItem(labels.status(value), value)

    def _load_choices(self) -> None:
        """Owners, pools, regions and industries: distinct values read in the background."""
        wanted = [n for n in ("owner", "region", "industry") if n in self.combos]
        if not wanted:
            return

        def read(session: Session) -> dict[str, list[tuple[str, Any]]]:
            out: dict[str, list[tuple[str, Any]]] = {}
            if "owner" in wanted:
                reps = session.execute(select(Rep.name, Rep.id).order_by(Rep.name)).tuples()
                out["owner"] = [(self.tr("(no owner)"), 0), *reps]
            for name in ("region", "industry"):
                if name in wanted:
                    column = getattr(Customer, name)
                    values = session.scalars(
                        select(distinct(column)).where(column.is_not(None)).order_by(column)
                    )
                    out[name] = [(v, v) for v in values if v]
            return out

        Task(self, self.ctx, lambda session, _p: read(session)).success(self._fill_choices).run()

    def _fill_choices(self, choices: dict[str, list[tuple[str, Any]]]) -> None:
        """Replace the read choices, keeping what is chosen while it is still there."""
        vanished = False
        for name, items in choices.items():
            combo = self.combos[name]
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(str(text), value)
            index = 0 if chosen is ANY else combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
            vanished = vanished or index < 0
        if vanished:
            self.reload()

    def _data_changed(self, areas: frozenset[str]) -> None:
        if areas & {CUSTOMERS, REPS} and self.combos.keys() & {"owner", "region", "industry"}:
            self._choices_stale = True
            self._choices_timer.start()

    def _refresh_choices(self) -> None:
        if self._choices_stale and self.isVisible():
            self._choices_stale = False
            self._load_choices()

    def filters(self) -> Filters:
        chosen = {name: combo.currentData() for name, combo in self.combos.items()}
        base = self.base
        tier = chosen.get("tier")
        stage = chosen.get("stage")
        status = chosen.get("status")
        return replace(  # the base's other filters (Today's) stay as they are
            base,
            status=(status,) if status else base.status,
            owner=chosen["owner"] if chosen.get("owner") is not None else base.owner,
            tier=(tier,) if tier else base.tier,
            warning=chosen.get("warning") or base.warning,
            region=chosen.get("region") or base.region,
            industry=chosen.get("industry") or base.industry,
            stage=(stage,) if stage else base.stage,
        )

    def set_base(
        self, base: Filters, *, sort: str, descending: bool, title: str | None = None
    ) -> None:
        """Show another list on this page (the one a number on Today opens), with its
        title above the table, in its order."""
        self.base = base
        self._show_title(title)
        status = self.combos.get("status")
        if status is not None:
            status.blockSignals(True)
            while status.count() > 1:
                status.removeItem(1)
            for value in base.status or ():
                status.addItem(labels.status(value), value)
            status.setCurrentIndex(0)
            status.blockSignals(False)
        header = self.table.horizontalHeader()
        header.blockSignals(True)  # no sort of the old list on the way
        header.setSortIndicator(SORT_COLUMN.get(sort, -1), _order(descending))
        header.blockSignals(False)
        header.viewport().update()
        current = self.model.query
        self.model.query = Query(current.text, current.filters, sort, descending)
        self.reload()

    def _show_title(self, title: str | None) -> None:
        self.title.setText(title or "")
        self.title.setVisible(bool(title))

    def reload(self) -> None:
        """Run the words and filters now (the box waits for a pause in typing)."""
        self._debounce.stop()
        current = self.model.query
        words = self.search_box.text().strip()
        self.model.set_query(Query(words, self.filters(), current.sort, current.descending))

    # --- status line and columns ----------------------------------------------------

    def _first_page_shown(self, seconds: float) -> None:
        self._first_seconds = seconds
        if not self._fitted and self.model.total():
            self._fitted = True
            for i in range(len(COLUMNS)):
                if not self.table.isColumnHidden(i):
                    self._fit(i, rows=True)
        if self.model.is_complete():
            return
        self.status.setText(
            self.tr("Showing the first {n} customers ({ms} ms); counting the rest…").format(
                n=self.model.total(), ms=round(seconds * 1000)
            )
        )

    def _counted(self, total: int) -> None:
        self.status.setText(
            self.tr("{n} customers · first page in {ms} ms").format(
                n=f"{total:,}", ms=round(self._first_seconds * 1000)
            )
        )

    def _choose_columns(self, at: QPoint) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("column_chooser")
        for i, column in enumerate(COLUMNS):
            action = menu.addAction(self.model.headerData(i, Qt.Orientation.Horizontal))
            action.setObjectName(f"column_{column.key}")
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(i))
            action.toggled.connect(lambda on, i=i: self._toggle_column(i, on))
        menu.popup(self.table.horizontalHeader().mapToGlobal(at))
        return menu

    def _toggle_column(self, column: int, on: bool) -> None:
        self.table.setColumnHidden(column, not on)
        if on:
            self._fit(column, rows=True)
        shown = [c.key for i, c in enumerate(COLUMNS) if not self.table.isColumnHidden(i)]
        i18n.settings().setValue(f"{COLUMNS_SETTING}/{self.view}", ",".join(shown))

    def _saved_columns(self) -> list[str]:
        saved = str(i18n.settings().value(f"{COLUMNS_SETTING}/{self.view}", "") or "")
        return [key for key in saved.split(",") if key in COLUMN]

    def _show_columns(self, keys: Any) -> None:
        for i, column in enumerate(COLUMNS):
            self.table.setColumnHidden(i, column.key not in keys)
            if column.key in keys:
                self._fit(i)

    def _fit(self, column: int, *, rows: bool = False) -> None:
        """Room for the title (with its sort arrow) and the usual value or, with `rows`,
        the values on screen (up to MOST for the long ones)."""
        key = COLUMNS[column].key
        header = self.table.horizontalHeader()
        value = self.table.fontMetrics().horizontalAdvance(SAMPLES.get(key, "MMMM")) + 16
        if key in ("next_followup_at", "days_left", "warnings", "company"):
            value += ICON_ROOM
        if rows:
            value = max(value, min(self.table.sizeHintForColumn(column), MOST.get(key, 10_000)))
        title = header.sectionSizeFromContents(column).width()
        header.resizeSection(column, max(title, value, header.sectionSize(column) if rows else 0))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.model.refresh_if_stale()
        self._refresh_choices()

    # --- selection -------------------------------------------------------------------

    def selected_spans(self) -> list[tuple[int, int]]:
        """The selection as sorted, merged (first row, last row) spans, from its ranges: a
        select-all is one range, where selectedRows() would make an index per row (10 s
        for 100,000 rows)."""
        spans: list[tuple[int, int]] = []
        ranges = self.table.selectionModel().selection()
        for first, last in sorted((r.top(), r.bottom()) for r in ranges):
            if spans and first <= spans[-1][1] + 1:
                spans[-1] = (spans[-1][0], max(spans[-1][1], last))
            else:
                spans.append((first, last))
        return spans

    def selected_rows(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The selected customers' rows, the first `limit` of them if given (enabling the
        actions looks at a sample: a select-all of a million would read every row)."""
        numbers = itertools.chain.from_iterable(
            range(first, last + 1) for first, last in self.selected_spans()
        )
        return [self.model.row_at(n) for n in itertools.islice(numbers, limit)]

    def selected_ids(self) -> list[int]:
        return self.model.ids_in(self.selected_spans())


def _order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
