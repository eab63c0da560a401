"""Assign (分配) by hand: a rep chooser that shows each rep's load and room."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy import select

from crmdesk.core.lifecycle import ActionResult, assign_customers, owned_count
from crmdesk.core.models import Rep
from crmdesk.ui.action_dialogs import ActionDialog, Row, Work
from crmdesk.ui.context import AppContext
from crmdesk.ui.widgets import fit_columns


@dataclass(frozen=True)
class RepLoad:
    """An active rep with the active customers they own, counted as capacity counts them."""

    id: int
    name: str
    role: str
    region: str | None
    level: int
    owned: int
    capacity: int

    @property
    def room(self) -> int:
        return max(self.capacity - self.owned, 0)


def read_rep_loads(ctx: AppContext) -> list[RepLoad]:
    """The team (a few dozen people), one indexed count each: small enough for the GUI
    thread."""
    with ctx.session() as session:
        reps = session.execute(
            select(Rep.id, Rep.name, Rep.role, Rep.region, Rep.level, Rep.capacity)
            .where(Rep.active)
            .order_by(Rep.name)
        ).all()
        return [
            RepLoad(int(i), name, role, region, level, owned_count(session, i), capacity)
            for i, name, role, region, level, capacity in reps
        ]


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _cell(value: object, align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value if value is not None else ""))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def rep_table(loads: Sequence[RepLoad]) -> QTableWidget:
    """One row a rep: name, region, owned, capacity, room; the rep id in UserRole."""
    table = QTableWidget(len(loads), 5)
    table.setObjectName("rep_table")
    table.setHorizontalHeaderLabels(
        [tr("Rep"), tr("Region"), tr("Owned"), tr("Capacity"), tr("Room")]
    )
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    for row, load in enumerate(loads):
        name = _cell(load.name)
        name.setData(Qt.ItemDataRole.UserRole, load.id)
        table.setItem(row, 0, name)
        table.setItem(row, 1, _cell(load.region))
        table.setItem(row, 2, _cell(load.owned, True))
        table.setItem(row, 3, _cell(load.capacity, True))
        table.setItem(row, 4, _cell(load.room, True))
    fit_columns(table)
    return table


class AssignDialog(ActionDialog):
    """Give the selected customers to one rep, within that rep's capacity."""

    def __init__(
        self, ctx: AppContext, ids: Sequence[int], rows: Sequence[Row], parent: QWidget | None
    ) -> None:
        super().__init__(ctx, ids, rows, parent, "assign")
        self.setWindowTitle(self.tr("Assign customers"))
        self.loads = read_rep_loads(ctx)
        self.table = rep_table(self.loads)
        self.table.itemSelectionChanged.connect(self.refresh)
        self.form.addRow(self.table)
        self.add_note(self.tr("Note"))
        self.refresh()

    def target(self) -> RepLoad | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.loads[rows[0].row()] if rows else None

    def select_rep(self, rep_id: int) -> None:
        for row, load in enumerate(self.loads):
            if load.id == rep_id:
                self.table.selectRow(row)

    def problems(self) -> list[str]:
        target = self.target()
        if target is None:
            return [self.tr("Choose the rep who will own these customers.")]
        problems = []
        mine = sum(1 for r in self.rows if r["owner_id"] == target.id)
        if mine:
            problems.append(
                self.tr("{rep} already owns {k} of the selected customers.").format(
                    rep=target.name, k=mine
                )
            )
        if len(self.ids) > target.room:
            problems.append(
                self.tr("{rep} has room for {room} more; selected: {n}.").format(
                    rep=target.name, room=target.room, n=len(self.ids)
                )
            )
        return problems

    def work(self) -> Work:
        target = self.target()
        assert target is not None  # OK is disabled until a rep is chosen
        ids, actor, rep_id, note = self.ids, self.ctx.actor.id, target.id, self.note_text()
        return lambda session, _p: assign_customers(session, ids, rep_id, actor, note=note)

    def progress_label(self) -> str:
        return self.tr("Assigning customers…")

    def result_message(self, result: ActionResult) -> str:
        target = self.target()
        return self.tr("Customers assigned to {rep}: {n}.").format(
            rep=target.name if target else "", n=result.count
        )
