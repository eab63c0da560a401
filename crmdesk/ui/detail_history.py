"""Read-only parts of the workspace's side panel: the tier and risk with the rules behind
them, and the duplicate candidates."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.profile import Profile
from crmdesk.ui import labels
from crmdesk.ui.context import AppContext
from crmdesk.ui.detail_common import fill_table, make_table, row_id, selected_ids
from crmdesk.ui.widgets import wrapped_label


def fit_width(table: QTableWidget, stretch: int) -> None:
    """Columns that fit the side panel: column `stretch` takes the room left and wraps,
    the others fit their text."""
    fit, grow = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.columnCount()):
        header.setSectionResizeMode(column, grow if column == stretch else fit)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    table.verticalHeader().setSectionResizeMode(fit)


class TierRiskTab(QWidget):
    """The tier with each grading signal and its points; the risk score and its warnings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tier_summary = wrapped_label("", "tier_summary")
        self.tier_table = make_table("tier_table", [self.tr("Signal"), self.tr("Points")])
        self.risk_summary = QLabel()
        self.risk_summary.setObjectName("risk_summary")
        self.risk_basis = wrapped_label("", "risk_basis")
        self.warnings = QListWidget()
        self.warnings.setObjectName("risk_warnings")
        self.warnings.setWordWrap(True)
        tier = QGroupBox(self.tr("Tier"))
        tier_layout = QVBoxLayout(tier)
        tier_layout.addWidget(self.tier_summary)
        tier_layout.addWidget(self.tier_table)
        risk = QGroupBox(self.tr("Risk"))
        risk_layout = QVBoxLayout(risk)
        risk_layout.addWidget(self.risk_summary)
        risk_layout.addWidget(self.risk_basis)
        risk_layout.addWidget(self.warnings)
        layout = QVBoxLayout(self)
        layout.addWidget(tier, 1)
        layout.addWidget(risk, 0)

    def show_profile(self, profile: Profile) -> None:
        t = profile.tier_explanation
        tier, computed = labels.tier(t.tier), labels.tier(t.computed)
        if t.override:
            summary = self.tr("Tier {tier}, set by hand; the rules would give {computed}.").format(
                tier=tier, computed=computed
            )
        elif t.tier != t.computed:
            summary = self.tr(
                "Tier {tier}; the rules now give {computed} ({total} points), "
                "applied at the next grading."
            ).format(tier=tier, computed=computed, total=t.points["total"])
        else:
            summary = self.tr("Tier {tier}, from the grading rules ({total} points).").format(
                tier=tier, total=t.points["total"]
            )
        self.tier_summary.setText(summary)
        p = t.points
        signals = [
            (
                self.tr("Recency"),
                self.tr("%n day(s) since the last interaction", "", t.days_since_interaction),
                p["recency"],
            ),
            (
                self.tr("Frequency"),
                self.tr("%n deal(s) in the last year", "", t.deals_in_window),
                p["frequency"],
            ),
            (
                self.tr("Value"),
                self.tr("{amount} bought in all").format(amount=labels.amount(t.deal_total)),
                p["value"],
            ),
            (
                self.tr("Returns and complaints"),
                self.tr("return rate {rate}%, {complaints}").format(
                    rate=t.return_rate,
                    complaints=self.tr("%n complaint(s)", "", t.complaints),
                ),
                p["penalty"],
            ),
        ]
        fill_table(
            self.tier_table,
            [[f"{name}\n{value}", str(points)] for name, value, points in signals]
            + [[self.tr("Total"), str(p["total"])]],
        )
        fit_width(self.tier_table, stretch=0)
        r = profile.risk
        self.risk_summary.setText(self.tr("Risk score {score} of 100").format(score=r.score))
        self.risk_basis.setText(
            self.tr(
                "Overdue payments: {overdue}; recent complaints: {complaints}; "
                "return rate: {rate}%; credit rating: {credit}."
            ).format(
                overdue=r.overdue,
                complaints=r.complaints,
                rate=r.return_rate,
                credit=r.credit or self.tr("none"),
            )
        )
        self.warnings.clear()
        for w in r.warnings:
            value, threshold = str(w.value), str(w.threshold)
            if w.rule == "returns":  # a rate: the share of the value bought that came back
                value, threshold = f"{value}%", f"{threshold}%"
            self.warnings.addItem(
                self.tr("{rule}: {value} (warning at {threshold}), {points} points").format(
                    rule=labels.warning(w.rule), value=value, threshold=threshold, points=w.points
                )
            )
        if not r.warnings:
            self.warnings.addItem(self.tr("No warning fires."))
        rows = sum(self.warnings.sizeHintForRow(i) for i in range(self.warnings.count()))
        self.warnings.setFixedHeight(rows + 2 * self.warnings.frameWidth() + 6)


class DuplicatesTab(QWidget):
    """Customers that share a phone, email or name with this one; open one to compare."""

    open_customer = Signal(int)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = make_table(
            "duplicate_table",
            [self.tr("Company"), self.tr("Status"), self.tr("Owner"), self.tr("Shares")],
            multi=True,
        )
        self.table.itemSelectionChanged.connect(self.selection_changed)
        self.table.cellDoubleClicked.connect(
            lambda row, _: self.open_customer.emit(row_id(self.table, row))
        )
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("duplicate_open")
        self.open_button.clicked.connect(self.open_selected)
        self.empty = wrapped_label(self.tr("No other customer looks like this one."))
        self.hint = wrapped_label(
            self.tr("Choose the ones to open, or to merge with this customer.")
        )
        self.hint.setProperty("role", "muted")
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)

    def show_profile(self, profile: Profile) -> None:
        kinds = {"phone": self.tr("phone"), "email": self.tr("email"), "name": self.tr("name")}
        fill_table(
            self.table,
            [
                [
                    c.company,
                    labels.status(c.status),
                    c.owner or "",
                    self.tr(", ").join(kinds[k] for k in c.shared),
                ]
                for c in profile.duplicates
            ],
            [c.id for c in profile.duplicates],
        )
        fit_width(self.table, stretch=0)
        for part in (self.table, self.hint, self.open_button):
            part.setVisible(bool(profile.duplicates))
        self.empty.setVisible(not profile.duplicates)

    def chosen(self) -> list[int]:
        """The candidates selected in the table."""
        return selected_ids(self.table)

    def open_selected(self) -> None:
        for cid in selected_ids(self.table):
            self.open_customer.emit(cid)
