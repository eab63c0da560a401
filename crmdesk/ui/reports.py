"""The Reports page: the six reports of core/reports.py drawn with QtCharts.

Each report is read on a worker (on a million customers it takes seconds) and only
when someone looks at it: a change to customers marks every report stale, and the
visible one reloads at once, the others when they are next shown. `ReportTables` turns
a report's plain dictionary into the chart tables (charts.py), in the user's language.
"""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import clock
from crmdesk.core.reports import WEEK, monday, run_report
from crmdesk.ui import labels
from crmdesk.ui.charts import (
    BAR,
    HBAR,
    HSTACKED,
    PIE,
    STACKED,
    ChartPanel,
    ChartTable,
    Series,
)
from crmdesk.ui.context import CUSTOMERS, POOLS, REASONS, REPS, AppContext
from crmdesk.ui.tasks import Task

REPORT_NAMES = ("reasons", "pool_flow", "tiers", "funnel", "warnings", "workload")
UNWINDOWED = frozenset({"warnings"})  # counts what is flagged now, whatever the period
REFRESH_AREAS = frozenset({CUSTOMERS, REPS, POOLS, REASONS})
PERIOD_WEEKS = (4, 8, 12, 26, 52)
DEFAULT_WEEKS = 12


def period_start(weeks: int, now: datetime | None = None) -> datetime:
    """The Monday that makes `weeks` whole ISO weeks through the current one."""
    today = (now or clock.now()).date()
    return datetime.combine(monday(today) - (weeks - 1) * WEEK, time.min)


class ReportTables(QObject):
    """Turns a report's dictionary into a summary line and the tables of its charts."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def build(
        self, name: str, data: dict[str, Any], pool_id: int | None = None
    ) -> tuple[str, list[ChartTable]]:
        builders = {
            "reasons": self.reasons,
            "tiers": self.tiers,
            "funnel": self.funnel,
            "warnings": self.warnings,
            "workload": self.workload,
        }
        if name == "pool_flow":
            return self.pool_flow(data, pool_id)
        return builders[name](data)

    def _table(self, data: dict[str, Any], key: str, **kw: Any) -> ChartTable:
        stem = f"{key}_{data['from']}_{data['to']}"
        return ChartTable(key=key, file_stem=stem, **kw)

    def _label(self, reason: dict[str, Any]) -> str:
        return reason["label_zh"] if self.lang.startswith("zh") else reason["label_en"]

    def _reason_table(
        self, data: dict[str, Any], key: str, title: str, block: dict, kind: str
    ) -> ChartTable:
        rows = block["reasons"]
        return self._table(
            data,
            key,
            title=title,
            kind=kind,
            category_header=self.tr("Reason"),
            categories=tuple(self._label(r) for r in rows),
            series=(Series(self.tr("Customers"), tuple(r["count"] for r in rows)),),
            value_title=self.tr("Customers"),
        )

    def reasons(self, data: dict[str, Any]) -> tuple[str, list[ChartTable]]:
        summary = self.tr(
            "From {start} to {end}: {void} voided, {close} closed, {release} released to a pool."
        ).format(
            start=data["from"],
            end=data["to"],
            void=data["void"]["total"],
            close=data["close"]["total"],
            release=data["release"]["total"],
        )
        now = data["current"]
        return summary, [
            self._reason_table(
                data, "void_reasons", self.tr("Voided, by reason"), data["void"], HBAR
            ),
            self._reason_table(
                data, "close_reasons", self.tr("Closed, by reason"), data["close"], HBAR
            ),
            self._reason_table(
                data,
                "release_reasons",
                self.tr("Released to a pool, by reason"),
                data["release"],
                HBAR,
            ),
            self._reason_table(
                data, "voided_now", self.tr("In the recycle bin now, by reason"), now["voided"], PIE
            ),
            self._reason_table(
                data, "closed_now", self.tr("Closed customers now, by reason"), now["closed"], PIE
            ),
        ]

    def pool_flow(self, data: dict[str, Any], pool_id: int | None) -> tuple[str, list[ChartTable]]:
        pool = next((p for p in data["pools"] if p["id"] == pool_id), None)
        source = pool or data["totals"]
        name = pool["name"] if pool else self.tr("All pools")
        summary = self.tr(
            "{pool}: {inflow} came in and {outflow} went out from {start} to {end}; "
            "{size} in the pool now."
        ).format(
            pool=name,
            inflow=source["inflow"],
            outflow=source["outflow"],
            start=data["from"],
            end=data["to"],
            size=source["size"],
        )
        weeks = tuple(w["week"] for w in source["weeks"])

        def side(key: str, title: str, direction: str) -> ChartTable:
            actions = data[f"{direction}_actions"]
            return self._table(
                data,
                key,
                title=title,
                kind=STACKED,
                category_header=self.tr("Week from"),
                categories=weeks,
                series=tuple(
                    Series(labels.action(a), tuple(w[direction][a] for w in source["weeks"]))
                    for a in actions
                ),
                value_title=self.tr("Customers"),
            )

        pools = data["pools"]
        return summary, [
            side(
                "pool_inflow", self.tr("Into the pool per week: {pool}").format(pool=name), "inflow"
            ),
            side(
                "pool_outflow",
                self.tr("Out of the pool per week: {pool}").format(pool=name),
                "outflow",
            ),
            self._table(
                data,
                "pools",
                title=self.tr("Pools: size now, in and out in the period"),
                kind=BAR,
                category_header=self.tr("Pool"),
                categories=tuple(p["name"] for p in pools),
                series=(
                    Series(self.tr("In the pool now"), tuple(p["size"] for p in pools)),
                    Series(self.tr("Came in"), tuple(p["inflow"] for p in pools)),
                    Series(self.tr("Went out"), tuple(p["outflow"] for p in pools)),
                ),
                value_title=self.tr("Customers"),
            ),
        ]

    def tiers(self, data: dict[str, Any]) -> tuple[str, list[ChartTable]]:
        moves = data["moves"]
        moved = sum(m["total"] for m in moves)
        summary = self.tr(
            "Working customers: {total}, with a tier set by hand: {overridden}. "
            "Tier changes from {start} to {end}: {moved}."
        ).format(
            total=data["total"],
            overridden=data["overridden"],
            moved=moved,
            start=data["from"],
            end=data["to"],
        )
        new = self.tr("new")
        by_rules, by_hand = self.tr("By the rules"), self.tr("Set by hand")
        tiers = data["by_tier"]
        return summary, [
            self._table(
                data,
                "tiers",
                title=self.tr("Working customers by tier"),
                kind=PIE,
                category_header=self.tr("Tier"),
                categories=tuple(labels.tier(t) for t in tiers),
                series=(Series(self.tr("Customers"), tuple(tiers.values())),),
            ),
            self._table(
                data,
                "tier_moves",
                title=self.tr("Tier changes, from → to"),
                kind=HSTACKED,
                category_header=self.tr("Change"),
                categories=tuple(f"{m['from'] or new} → {m['to']}" for m in moves),
                series=(
                    Series(by_rules, tuple(m["rules"] for m in moves)),
                    Series(by_hand, tuple(m["override"] for m in moves)),
                ),
                value_title=self.tr("Customers"),
            ),
            self._table(
                data,
                "tier_weeks",
                title=self.tr("Tier changes per week"),
                kind=STACKED,
                category_header=self.tr("Week from"),
                categories=tuple(w["week"] for w in data["weeks"]),
                series=(
                    Series(by_rules, tuple(w["rules"] for w in data["weeks"])),
                    Series(by_hand, tuple(w["override"] for w in data["weeks"])),
                ),
                value_title=self.tr("Customers"),
            ),
        ]

    def funnel(self, data: dict[str, Any]) -> tuple[str, list[ChartTable]]:
        summary = self.tr(
            "Customers created from {start} to {end}: {created}; with a deal since: {dealt} "
            "({ratio:.0%})."
        ).format(
            created=data["created"],
            start=data["from"],
            end=data["to"],
            dealt=data["created_with_deal"],
            ratio=data["created_deal_ratio"],
        )
        stages = data["stages"]
        steps = data["conversion"]
        return summary, [
            self._table(
                data,
                "stages",
                title=self.tr("Working customers by stage"),
                kind=BAR,
                category_header=self.tr("Stage"),
                categories=tuple(labels.stage(s["stage"]) for s in stages),
                series=(
                    Series(self.tr("At this stage"), tuple(s["count"] for s in stages)),
                    Series(self.tr("Reached this stage"), tuple(s["reached"] for s in stages)),
                ),
                value_title=self.tr("Customers"),
            ),
            self._table(
                data,
                "conversion",
                title=self.tr("Went further than each stage (%)"),
                kind=BAR,
                category_header=self.tr("Stage"),
                categories=tuple(labels.stage(c["from"]) for c in steps),
                series=(
                    Series(
                        self.tr("Went further (%)"),
                        tuple(round(c["ratio"] * 100, 1) for c in steps),
                    ),
                ),
                value_title="%",
            ),
        ]

    def warnings(self, data: dict[str, Any]) -> tuple[str, list[ChartTable]]:
        summary = self.tr(
            "Working customers with a warning: {warned} of {total} (as of the last refresh)."
        ).format(warned=data["warned"], total=data["total"])
        rules = data["per_rule"]
        risk = data["risk"]
        return summary, [
            self._table(
                data,
                "warning_rules",
                title=self.tr("Customers per warning rule"),
                kind=HBAR,
                category_header=self.tr("Warning"),
                categories=tuple(labels.warning(r) for r in rules),
                series=(Series(self.tr("Customers"), tuple(rules.values())),),
                value_title=self.tr("Customers"),
            ),
            self._table(
                data,
                "risk",
                title=self.tr("Working customers by risk score"),
                kind=BAR,
                category_header=self.tr("Risk score"),
                categories=tuple(b["bucket"] for b in risk),
                series=(Series(self.tr("Customers"), tuple(b["count"] for b in risk)),),
                value_title=self.tr("Customers"),
            ),
        ]

    def workload(self, data: dict[str, Any]) -> tuple[str, list[ChartTable]]:
        reps = data["reps"]
        names = tuple(r["name"] for r in reps)
        summary = self.tr("Active reps: {reps}. Work done from {start} to {end}.").format(
            reps=len(reps), start=data["from"], end=data["to"]
        )

        def column(key: str, name: str) -> Series:
            return Series(name, tuple(r[key] for r in reps))

        return summary, [
            self._table(
                data,
                "holdings",
                title=self.tr("What each rep holds now"),
                kind=HBAR,
                category_header=self.tr("Rep"),
                categories=names,
                series=(
                    column("owned", self.tr("Owned")),
                    column("due_followups", self.tr("Follow-ups due")),
                    column("reclaim_warned", self.tr("About to be reclaimed")),
                    column("warned", self.tr("With a warning")),
                ),
                value_title=self.tr("Customers"),
            ),
            self._table(
                data,
                "activity",
                title=self.tr("What each rep did in the period"),
                kind=HBAR,
                category_header=self.tr("Rep"),
                categories=names,
                series=(
                    column("followups", self.tr("Follow-ups")),
                    column("deals", self.tr("Deals")),
                    column("claims", self.tr("Claims")),
                ),
            ),
            self._table(
                data,
                "deal_amounts",
                title=self.tr("Deal amount per rep in the period"),
                kind=HBAR,
                category_header=self.tr("Rep"),
                categories=names,
                series=(
                    Series(self.tr("Deal amount"), tuple(Decimal(r["deal_total"]) for r in reps)),
                ),
                value_title=self.tr("Amount"),
                money=True,
            ),
        ]


class ReportView(QWidget):
    """One report: its summary line and its charts, rebuilt from each new result."""

    def __init__(
        self, ctx: AppContext, name: str, tables: ReportTables, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.name = name
        self.tables = tables
        self.data: dict[str, Any] | None = None
        self.stale = True
        self.generation = 0
        self.setObjectName(f"report_{name}")
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setObjectName("report_summary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        self.pool_choice: QComboBox | None = None
        if name == "pool_flow":
            self.pool_choice = QComboBox()
            self.pool_choice.setObjectName("report_pool")
            self.pool_choice.currentIndexChanged.connect(self._redraw)
            top.addWidget(QLabel(self.tr("Pool:")))
            top.addWidget(self.pool_choice)
        self._charts = QVBoxLayout()
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.addLayout(self._charts)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def panels(self) -> list[ChartPanel]:
        found = (self._charts.itemAt(i).widget() for i in range(self._charts.count()))
        return [w for w in found if isinstance(w, ChartPanel)]

    def panel(self, key: str) -> ChartPanel:
        return next(p for p in self.panels() if p.table.key == key)

    def show_data(self, data: dict[str, Any]) -> None:
        self.data = data
        if self.pool_choice is not None:
            chosen = self.pool_choice.currentData()
            self.pool_choice.blockSignals(True)
            self.pool_choice.clear()
            self.pool_choice.addItem(self.tr("All pools"), None)
            for p in data["pools"]:
                self.pool_choice.addItem(p["name"], p["id"])
            self.pool_choice.setCurrentIndex(max(0, self.pool_choice.findData(chosen)))
            self.pool_choice.blockSignals(False)
        self._redraw()

    def _redraw(self) -> None:
        if self.data is None:
            return
        pool = self.pool_choice.currentData() if self.pool_choice is not None else None
        summary, tables = self.tables.build(self.name, self.data, pool)
        self.summary.setText(summary)
        for old in self.panels():
            self._charts.removeWidget(old)
            old.deleteLater()
        for table in tables:
            self._charts.addWidget(ChartPanel(self.ctx, table))


class ReportsPage(QWidget):
    """The six reports, a period chooser, and a busy bar while one loads."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reports_page")
        self._tables = ReportTables(ctx.lang, self)
        self._loading: set[str] = set()
        titles = {
            "reasons": self.tr("Void, close and release reasons"),
            "pool_flow": self.tr("Pool inflow and outflow"),
            "tiers": self.tr("Tiers and tier changes"),
            "funnel": self.tr("Funnel by stage"),
            "warnings": self.tr("Warnings per rule"),
            "workload": self.tr("Workload per rep"),
        }
        self.report_list = QListWidget()
        self.report_list.setObjectName("report_list")
        self.report_list.addItems([titles[n] for n in REPORT_NAMES])
        self.stack = QStackedWidget()
        self.views = {n: ReportView(ctx, n, self._tables) for n in REPORT_NAMES}
        for name in REPORT_NAMES:
            self.stack.addWidget(self.views[name])

        self.period_label = QLabel(self.tr("Period:"))
        self.period = QComboBox()
        self.period.setObjectName("report_period")
        for weeks in PERIOD_WEEKS:
            self.period.addItem(self.tr("Last {n} weeks").format(n=weeks), weeks)
        self.period.setCurrentIndex(PERIOD_WEEKS.index(DEFAULT_WEEKS))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("report_refresh")
        self.busy = QProgressBar()
        self.busy.setObjectName("report_busy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()

        bar = QHBoxLayout()
        bar.addWidget(self.period_label)
        bar.addWidget(self.period)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.busy)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.stack, 1)
        split = QSplitter()
        split.addWidget(self.report_list)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.report_list.currentRowChanged.connect(self._switched)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.refresh_button.clicked.connect(self.refresh)
        ctx.changed.connect(self._changed)
        self.report_list.setCurrentRow(0)

    # --- what tests and the window call ---------------------------------------------------

    def current_name(self) -> str:
        return REPORT_NAMES[max(0, self.report_list.currentRow())]

    def current_view(self) -> ReportView:
        return self.views[self.current_name()]

    def show_report(self, name: str) -> ReportView:
        self.report_list.setCurrentRow(REPORT_NAMES.index(name))
        return self.views[name]

    def refresh(self) -> None:
        """Read the shown report again."""
        self._load(self.current_name())

    # --- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._load_if_stale()

    def _switched(self, row: int) -> None:
        name = REPORT_NAMES[max(0, row)]
        self.stack.setCurrentWidget(self.views[name])
        windowed = name not in UNWINDOWED
        self.period_label.setVisible(windowed)
        self.period.setVisible(windowed)
        self._show_busy()
        self._load_if_stale()

    def _period_changed(self) -> None:
        for name, view in self.views.items():
            if name not in UNWINDOWED:
                view.stale = True
        self._load_if_stale()

    def _changed(self, areas: frozenset[str]) -> None:
        if not areas & REFRESH_AREAS:
            return
        for view in self.views.values():
            view.stale = True
        self._load_if_stale()

    def _load_if_stale(self) -> None:
        """One read of a report at a time: a change during a read asks for one more."""
        name = self.current_name()
        if self.isVisible() and self.current_view().stale and name not in self._loading:
            self._load(name)

    def _window(self, name: str) -> dict[str, datetime]:
        if name in UNWINDOWED:
            return {}
        return {"since": period_start(int(self.period.currentData()))}

    def _load(self, name: str) -> None:
        view = self.views[name]
        view.stale = False
        view.generation += 1
        generation = view.generation
        window = self._window(name)
        self._loading.add(name)
        self._show_busy()

        def loaded(data: dict[str, Any]) -> None:
            if self._current(name, generation):
                self._loading.discard(name)
                self._show_busy()
                view.show_data(data)
                self._load_if_stale()

        def failed(_exc: BaseException) -> bool:
            if not self._current(name, generation):
                return True
            self._loading.discard(name)
            self._show_busy()
            return False

        Task(
            self, self.ctx, lambda session, _progress: run_report(session, name, **window)
        ).success(loaded).failure(failed).run()

    def _current(self, name: str, generation: int) -> bool:
        """Whether a result is still wanted: the page lives and no newer load started."""
        return shiboken6.isValid(self) and self.views[name].generation == generation

    def _show_busy(self) -> None:
        self.busy.setVisible(self.current_name() in self._loading)
