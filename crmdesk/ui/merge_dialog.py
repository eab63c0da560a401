"""Merge duplicates (查重合并): the customers side by side, which one to keep, and per
field whose value wins. Every follow-up and record of all of them moves to the kept one
(core/duplicates.py); the others are voided as duplicates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHeaderView,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from sqlalchemy import select

from crmdesk.core.customers import EDITABLE
from crmdesk.core.duplicates import MergeResult, merge_customers
from crmdesk.core.models import Customer, Rep
from crmdesk.ui import labels
from crmdesk.ui.action_dialogs import ActionDialog, Row, Work
from crmdesk.ui.context import AppContext

MAX_MERGE = 6  # more side by side does not fit a laptop screen
KEEP = "keep"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def field_label(name: str) -> str:
    words = {
        "company": tr("Company"),
        "contact": tr("Contact"),
        "phone": tr("Phone"),
        "phone2": tr("Second phone"),
        "email": tr("Email"),
        "wechat": tr("WeChat"),
        "industry": tr("Industry"),
        "region": tr("Region"),
        "source": tr("Source"),
        "notes": tr("Notes"),
        "credit_rating": tr("Credit rating"),
    }
    return words.get(name, name)


def read_for_merge(ctx: AppContext, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The few customers being merged, every field the merge can choose, in id order."""
    with ctx.session() as session:
        owner = select(Rep.name).where(Rep.id == Customer.owner_id).scalar_subquery()
        columns = [getattr(Customer, name) for name in ("id", *EDITABLE)]
        stmt = (
            select(*columns, Customer.status, Customer.created_at, owner.label("owner"))
            .where(Customer.id.in_(list(ids)))
            .order_by(Customer.id)
        )
        return [dict(r) for r in session.execute(stmt).mappings()]


def _empty(value: Any) -> bool:
    return value is None or value == ""


class MergeDialog(ActionDialog):
    """Columns are customers, rows are fields; a radio button per cell picks the value."""

    def __init__(
        self, ctx: AppContext, ids: Sequence[int], rows: Sequence[Row], parent: QWidget | None
    ) -> None:
        super().__init__(ctx, ids, rows, parent, "merge")
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.set_min_width(640)
        self.customers = read_for_merge(ctx, ids)
        self.groups: dict[str, QButtonGroup] = {}
        self.table = self._build_table()
        self.form.addRow(self.table)
        self.add_note(self.tr("Note"))
        self.add_info(
            self.tr(
                "Every follow-up, deal, payment, return and complaint moves to the kept "
                "customer; the others go to the recycle bin as duplicates."
            )
        )
        if self.customers:  # all of them may be gone since the list was read
            self.groups[KEEP].idToggled.connect(self._keep_changed)
            self.groups[KEEP].button(self.customers[0]["id"]).setChecked(True)
        self.refresh()

    def _build_table(self) -> QTableWidget:
        fields = [f for f in EDITABLE if any(not _empty(c[f]) for c in self.customers)]
        info = [
            (self.tr("Status"), lambda c: labels.status(c["status"])),
            (self.tr("Owner"), lambda c: c["owner"] or ""),
            (self.tr("Created"), lambda c: labels.day(c["created_at"])),
        ]
        table = QTableWidget(1 + len(info) + len(fields), len(self.customers))
        table.setObjectName("merge_table")
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setHorizontalHeaderLabels([f"#{c['id']}" for c in self.customers])
        table.setVerticalHeaderLabels(
            [self.tr("Keep"), *(name for name, _ in info), *(field_label(f) for f in fields)]
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._radio_row(table, 0, KEEP, [self.tr("Keep this one")] * len(self.customers))
        for row, (_name, value) in enumerate(info, start=1):
            for column, c in enumerate(self.customers):
                item = QTableWidgetItem(value(c))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)
        for row, name in enumerate(fields, start=1 + len(info)):
            texts = ["" if _empty(c[name]) else str(c[name]) for c in self.customers]
            if len(set(texts)) == 1:  # the same everywhere: nothing to choose
                for column, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    table.setItem(row, column, item)
            else:
                self._radio_row(table, row, name, [t or "—" for t in texts])
        table.resizeRowsToContents()
        return table

    def _radio_row(self, table: QTableWidget, row: int, name: str, texts: list[str]) -> None:
        group = QButtonGroup(self)
        for column, (c, text) in enumerate(zip(self.customers, texts, strict=True)):
            button = QRadioButton(text)
            button.setObjectName(f"{name}_{c['id']}")
            group.addButton(button, c["id"])
            table.setCellWidget(row, column, button)
        self.groups[name] = group

    def survivor(self) -> int:
        return self.groups[KEEP].checkedId()

    def _keep_changed(self, survivor: int, checked: bool) -> None:
        """Each field defaults to the kept customer's value, or the first other one's
        when it has none (what the service does with a field left unchosen)."""
        if not checked:
            return
        ordered = sorted(self.customers, key=lambda c: c["id"] != survivor)
        for name, group in self.groups.items():
            if name == KEEP:
                continue
            source = next((c for c in ordered if not _empty(c[name])), ordered[0])
            group.button(source["id"]).setChecked(True)

    def choices(self) -> dict[str, int]:
        return {name: g.checkedId() for name, g in self.groups.items() if name != KEEP}

    def problems(self) -> list[str]:
        if len(self.customers) < 2:
            return [self.tr("Choose at least two customers to merge.")]
        return []

    def work(self) -> Work:
        ids, actor, survivor = self.ids, self.ctx.actor.id, self.survivor()
        choices, note = self.choices(), self.note_text()
        return lambda session, _p: merge_customers(
            session, ids, survivor, actor, choices=choices, note=note
        )

    def progress_label(self) -> str:
        return self.tr("Merging customers…")

    def result_message(self, result: MergeResult) -> str:
        kept = next(c for c in self.customers if c["id"] == result.survivor)
        company = self.choices().get("company")
        if company is not None:
            kept = next(c for c in self.customers if c["id"] == company)
        return self.tr("Merged into {company}; duplicates moved to the recycle bin: {n}.").format(
            company=kept["company"], n=len(result.merged)
        )
