"""Distribute (分配策略): a strategy and reps, a preview of who gets how many, then
the commit. The preview is read off the GUI thread and redone whenever a choice
changes; OK stays disabled until the preview matches the choices shown."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from shiboken6 import isValid

from crmdesk.core.distribution import (
    ALREADY_OWNED,
    NO_CAPACITY,
    NO_REP_FOR_INDUSTRY,
    NO_REP_FOR_REGION,
    STRATEGIES,
    DistributionResult,
    Plan,
    distribute_customers,
    preview_distribution,
)
from crmdesk.ui import labels
from crmdesk.ui.action_dialogs import ActionDialog, Row, Work
from crmdesk.ui.assign_dialog import read_rep_loads
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import Task

DEBOUNCE_MS = 250  # a burst of ticks in the rep list gives one preview


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def strategy_label(code: str) -> str:
    words = {
        "round_robin": tr("Round robin"),
        "region": tr("By region"),
        "industry": tr("By industry"),
        "least_loaded": tr("Least loaded first"),
        "weighted": tr("Weighted by rep level"),
    }
    return words.get(code, code)


def unplaced_label(code: str) -> str:
    words = {
        NO_CAPACITY: tr("no chosen rep has room"),
        NO_REP_FOR_REGION: tr("no chosen rep covers the region"),
        NO_REP_FOR_INDUSTRY: tr("no chosen rep covers the industry"),
        ALREADY_OWNED: tr("already owned by a chosen rep"),
    }
    return words.get(code, code)


def _cell(value: object) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


class DistributeDialog(ActionDialog):
    """Spread the selected customers over chosen reps, never past anyone's capacity."""

    def __init__(
        self, ctx: AppContext, ids: Sequence[int], rows: Sequence[Row], parent: QWidget | None
    ) -> None:
        super().__init__(ctx, ids, rows, parent, "distribute")
        self.setWindowTitle(self.tr("Distribute customers"))
        self.set_min_width(560)
        self.plan: Plan | None = None
        self._refused = False
        self.strategy = QComboBox()
        self.strategy.setObjectName("strategy")
        for code in STRATEGIES:
            self.strategy.addItem(strategy_label(code), code)
        self.form.addRow(self.tr("Strategy"), self.strategy)
        self.region_hint = QLabel(
            self.tr(
                "Each customer goes to a chosen rep of its region "
                "(a rep's region is set in Settings)."
            )
        )
        self.region_hint.setWordWrap(True)
        self.form.addRow(self.region_hint)
        self.rep_list = QListWidget()
        self.rep_list.setObjectName("rep_list")
        self.loads = read_rep_loads(ctx)
        for load in self.loads:
            item = QListWidgetItem(
                self.tr("{name} — owns {owned} of {capacity}").format(
                    name=load.name, owned=load.owned, capacity=load.capacity
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, load.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = load.role == "rep" and load.room > 0
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.rep_list.addItem(item)
        self.rep_list.setMaximumHeight(140)
        self.form.addRow(self.tr("Reps"), self.rep_list)
        self.mapping = self._mapping_table()
        self.form.addRow(self.mapping)
        self.preview = QTableWidget(0, 5)
        self.preview.setObjectName("preview_table")
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Rep"),
                self.tr("Owns now"),
                self.tr("Gets"),
                self.tr("Owns after"),
                self.tr("Room left"),
            ]
        )
        self.preview.verticalHeader().hide()
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.form.addRow(self.tr("Preview"), self.preview)
        self.unplaced = QLabel()
        self.unplaced.setObjectName("unplaced")
        self.unplaced.setWordWrap(True)
        self.form.addRow(self.unplaced)
        self.add_note(self.tr("Note"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._run_preview)
        self.strategy.currentIndexChanged.connect(self._choices_changed)
        self.rep_list.itemChanged.connect(self._choices_changed)
        self._choices_changed()

    # --- choices -----------------------------------------------------------------------

    def _mapping_table(self) -> QTableWidget:
        """Industry -> rep, one row for each industry among the selected customers."""
        industries = sorted({str(r["industry"]) for r in self.rows if r.get("industry")})
        table = QTableWidget(len(industries), 2)
        table.setObjectName("mapping_table")
        table.setHorizontalHeaderLabels([self.tr("Industry"), self.tr("Rep")])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, industry in enumerate(industries):
            table.setItem(row, 0, _cell(industry))
            combo = QComboBox()
            combo.setObjectName(f"mapping_{row}")
            combo.addItem(self.tr("(nobody)"), None)
            for load in self.loads:
                combo.addItem(load.name, load.id)
            combo.currentIndexChanged.connect(self._choices_changed)
            table.setCellWidget(row, 1, combo)
        table.setMaximumHeight(140)
        return table

    def chosen_reps(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.rep_list.item(i) for i in range(self.rep_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        ]

    def industry_mapping(self) -> dict[str, list[int]]:
        mapping: dict[str, list[int]] = {}
        for row in range(self.mapping.rowCount()):
            combo = self.mapping.cellWidget(row, 1)
            assert isinstance(combo, QComboBox)
            if combo.currentData() is not None:
                mapping[self.mapping.item(row, 0).text()] = [int(combo.currentData())]
        return mapping

    def choices(self) -> tuple[Any, ...]:
        """Everything a plan depends on, as plain values (the worker thread gets these)."""
        strategy = self.strategy.currentData()
        mapping = self.industry_mapping() if strategy == "industry" else None
        return (strategy, tuple(self.chosen_reps()), mapping)

    def _choices_changed(self) -> None:
        strategy = self.strategy.currentData()
        self.mapping.setVisible(strategy == "industry")
        self.region_hint.setVisible(strategy == "region")
        self.plan = None
        self._refused = False
        self._show_plan_table()
        self.refresh()
        self._timer.start()

    # --- preview -----------------------------------------------------------------------

    def _run_preview(self) -> None:
        asked = self.choices()
        strategy, reps, mapping = asked
        if not reps or (strategy == "industry" and not mapping):
            return
        ids, actor = self.ids, self.ctx.actor.id
        (
            Task(
                self,
                self.ctx,
                lambda session, _p: preview_distribution(
                    session, ids, list(reps), strategy, actor, mapping=mapping
                ),
            )
            .success(lambda plan: self._previewed(asked, plan))
            .failure(lambda _exc: self._preview_refused(asked))
            .run()
        )

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)

    def _previewed(self, asked: tuple[Any, ...], plan: Plan) -> None:
        if not isValid(self) or asked != self.choices():
            return  # the user changed something meanwhile; a newer preview is on its way
        self.plan = plan
        self._show_plan_table()
        self.refresh()

    def _preview_refused(self, asked: tuple[Any, ...]) -> bool:
        if not isValid(self):
            return True  # the dialog was closed meanwhile; nobody asked any more
        if asked == self.choices():
            self._refused = True
            self.refresh()
        return False

    def _show_plan_table(self) -> None:
        plan = self.plan
        loads = list(plan.loads.values()) if plan else []
        self.preview.setRowCount(len(loads))
        for row, load in enumerate(loads):
            values = (load.name, load.owned_before, load.adding, load.owned_after, load.room_after)
            for column, value in enumerate(values):
                self.preview.setItem(row, column, _cell(value))
        if plan is None or not plan.unassigned:
            self.unplaced.setText("")
            return
        why = Counter(code for _cid, code in plan.unassigned)
        self.unplaced.setText(
            self.tr("Not placed, they stay where they are: {n} ({why}).").format(
                n=len(plan.unassigned),
                why=labels.join_names(
                    self.tr("{why}: {k}").format(why=unplaced_label(code), k=k)
                    for code, k in why.most_common()
                ),
            )
        )

    # --- commit ------------------------------------------------------------------------

    def problems(self) -> list[str]:
        strategy, reps, mapping = self.choices()
        if not reps:
            return [self.tr("Choose at least one rep.")]
        if strategy == "industry" and not mapping:
            return [self.tr("Choose a rep for at least one industry.")]
        if self._refused:
            return [self.tr("The preview was refused; change the choices.")]
        if self.plan is None:
            return [self.tr("Working out the preview…")]
        if self.plan.count == 0:
            return [self.tr("No customer can be placed with these choices.")]
        return []

    def work(self) -> Work:
        strategy, reps, mapping = self.choices()
        ids, actor, note = self.ids, self.ctx.actor.id, self.note_text()
        return lambda session, _p: distribute_customers(
            session, ids, list(reps), strategy, actor, mapping=mapping, note=note
        )

    def progress_label(self) -> str:
        return self.tr("Distributing customers…")

    def result_message(self, result: DistributionResult) -> str:
        reps = sum(1 for ids in result.assignments.values() if ids)
        if result.unassigned:
            return self.tr(
                "Customers distributed: {n}; reps who got some: {reps}; not placed: {left}."
            ).format(reps=reps, n=result.count, left=len(result.unassigned))
        return self.tr("Customers distributed: {n}; reps who got some: {reps}.").format(
            reps=reps, n=result.count
        )
