"""Small read-only tables and helpers shared by the customer workspace and the queue pages.

The lists here are short (one customer's records, one page of a queue), so a
QTableWidget filled from plain rows is enough; the big lists use paging models.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole


def alive(widget: QWidget) -> bool:
    """False once Qt deleted the widget (a closed dialog), so late task results are dropped."""
    return shiboken6.isValid(widget)


def make_table(name: str, headers: Sequence[str], *, multi: bool = False) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[str]],
    ids: Sequence[int] | None = None,
    *,
    append: bool = False,
) -> None:
    """Show `rows`; each row's id (if given) rides on its first cell for selected_ids()."""
    table.setUpdatesEnabled(False)
    start = table.rowCount() if append else 0
    table.setRowCount(start + len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if c == 0 and ids is not None:
                item.setData(ID_ROLE, ids[r])
            table.setItem(start + r, c, item)
    if not append:
        table.resizeColumnsToContents()
    table.setUpdatesEnabled(True)


def row_id(table: QTableWidget, row: int) -> int:
    return int(table.item(row, 0).data(ID_ROLE))


def selected_ids(table: QTableWidget) -> list[int]:
    rows = sorted({index.row() for index in table.selectionModel().selectedRows()})
    return [row_id(table, r) for r in rows]


def money(value: float) -> Decimal:
    """A spin box's value as the two-decimal amount the services store."""
    return Decimal(f"{value:.2f}")


def end_of(day: QDate | date) -> datetime:
    """A due date or contract end means the whole of that day."""
    value = day.toPython() if isinstance(day, QDate) else day
    return datetime.combine(value, time(23, 59, 59))
