"""Read-only parts of the detail: the history of transitions and tier changes, the tier
and risk with the rules behind them, and the duplicate candidates."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.profile import HistoryEntry, Profile
from crmdesk.ui import labels
from crmdesk.ui.context import AppContext
from crmdesk.ui.detail_common import fill_table, make_table, row_id, selected_ids
from crmdesk.ui.detail_fields import field_titles
from crmdesk.ui.widgets import wrapped_label


class HistoryTab(QWidget):
    """Every transition: who, when, what, why and the note, newest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = make_table(
            "history_table",
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Change"),
                self.tr("Reason"),
                self.tr("Note"),
            ],
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_profile(self, profile: Profile) -> None:
        entries = list(reversed(profile.history))
        fill_table(
            self.table,
            [
                [
                    labels.when(e.at),
                    e.actor or self.tr("System"),
                    labels.action(e.action),
                    self.change(e),
                    self.reason(e),
                    e.note or "",
                ]
                for e in entries
            ],
        )

    def change(self, e: HistoryEntry) -> str:
        none = self.tr("none")
        parts = []
        if e.action == "tier":
            parts.append(
                self.tr("tier {old} → {new}").format(old=e.from_tier or none, new=e.to_tier)
            )
        if e.from_status != e.to_status and e.to_status:
            parts.append(
                self.tr("{old} → {new}").format(
                    old=labels.status(e.from_status) or none, new=labels.status(e.to_status)
                )
            )
        if e.from_owner != e.to_owner:
            parts.append(
                self.tr("owner {old} → {new}").format(
                    old=e.from_owner or none, new=e.to_owner or none
                )
            )
        if e.action == "edit" and e.details:
            titles = field_titles()
            names = ", ".join(titles.get(name, name) for name in sorted(e.details))
            parts.append(self.tr("fields: {names}").format(names=names))
        if e.pool and e.to_status == "pool":
            parts.append(self.tr("pool {name}").format(name=e.pool))
        return "; ".join(parts)

    def reason(self, e: HistoryEntry) -> str:
        """The reason list's label; the reclaim rules' codes are worded here."""
        reclaim = {
            "reclaim_no_followup": self.tr("No follow-up within the period"),
            "reclaim_no_deal": self.tr("No deal within the period"),
        }
        if e.reason_code in reclaim:
            return reclaim[e.reason_code]
        return e.reason(self.ctx.lang) or ""


class TierRiskTab(QWidget):
    """The tier with each grading signal and its points; the risk score and its warnings."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tier_summary = wrapped_label("", "tier_summary")
        self.tier_table = make_table(
            "tier_table", [self.tr("Signal"), self.tr("Value"), self.tr("Points")]
        )
        self.risk_summary = QLabel()
        self.risk_summary.setObjectName("risk_summary")
        self.risk_basis = wrapped_label("", "risk_basis")
        self.warnings = QListWidget()
        self.warnings.setObjectName("risk_warnings")
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
        layout.addWidget(tier, 3)
        layout.addWidget(risk, 2)

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
        fill_table(
            self.tier_table,
            [
                [
                    self.tr("Recency"),
                    self.tr("{n} days since the last interaction").format(
                        n=t.days_since_interaction
                    ),
                    str(p["recency"]),
                ],
                [
                    self.tr("Frequency"),
                    self.tr("{n} deal(s) in the last year").format(n=t.deals_in_window),
                    str(p["frequency"]),
                ],
                [
                    self.tr("Value"),
                    self.tr("{amount} bought in all").format(amount=labels.amount(t.deal_total)),
                    str(p["value"]),
                ],
                [
                    self.tr("Returns and complaints"),
                    self.tr("return rate {rate}%, {n} complaint(s)").format(
                        rate=t.return_rate, n=t.complaints
                    ),
                    str(p["penalty"]),
                ],
                [self.tr("Total"), "", str(p["total"])],
            ],
        )
        r = profile.risk
        self.risk_summary.setText(self.tr("Risk score {score} of 100").format(score=r.score))
        self.risk_basis.setText(
            self.tr(
                "From {overdue} overdue payment(s), {complaints} recent complaint(s), "
                "a return rate of {rate}% and credit rating {credit}."
            ).format(
                overdue=r.overdue,
                complaints=r.complaints,
                rate=r.return_rate,
                credit=r.credit or self.tr("none"),
            )
        )
        self.warnings.clear()
        for w in r.warnings:
            self.warnings.addItem(
                self.tr("{rule}: {value} (warning at {threshold}), {points} points").format(
                    rule=labels.warning(w.rule),
                    value=w.value,
                    threshold=w.threshold,
                    points=w.points,
                )
            )
        if not r.warnings:
            self.warnings.addItem(self.tr("No warning fires."))


class DuplicatesTab(QWidget):
    """Customers that share a phone, email or name with this one; open one to compare."""

    open_customer = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = make_table(
            "duplicate_table",
            [self.tr("Company"), self.tr("Status"), self.tr("Owner"), self.tr("Shares")],
        )
        self.table.cellDoubleClicked.connect(
            lambda row, _: self.open_customer.emit(row_id(self.table, row))
        )
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("duplicate_open")
        self.open_button.clicked.connect(self.open_selected)
        self.empty = QLabel(self.tr("No other customer looks like this one."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_profile(self, profile: Profile) -> None:
        kinds = {"phone": self.tr("phone"), "email": self.tr("email"), "name": self.tr("name")}
        fill_table(
            self.table,
            [
                [
                    c.company,
                    labels.status(c.status),
                    c.owner or "",
                    ", ".join(kinds[k] for k in c.shared),
                ]
                for c in profile.duplicates
            ],
            [c.id for c in profile.duplicates],
        )
        self.empty.setVisible(not profile.duplicates)
        self.open_button.setEnabled(bool(profile.duplicates))

    def open_selected(self) -> None:
        for cid in selected_ids(self.table):
            self.open_customer.emit(cid)
