"""The customer detail dialog: everything about one customer, and the entries a rep makes
while working it. Non-modal, so several can stay open beside the lists.

It loads core.profile.customer_profile on a worker, and loads again whenever
ctx.changed says customers changed (its own saves announce that through Task.changes),
so every open view agrees with the database.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.core.profile import Profile, customer_profile
from crmdesk.ui import labels
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.detail_common import alive
from crmdesk.ui.detail_fields import FieldsForm
from crmdesk.ui.detail_history import DuplicatesTab, HistoryTab, TierRiskTab
from crmdesk.ui.detail_records import DealsTab, FollowUpsTab, IssuesTab
from crmdesk.ui.tasks import Progress, Task


class CustomerDetail(QDialog):
    """One customer: header, fields, follow-ups, deals and payments, complaints and
    returns, history, tier and risk, duplicates."""

    open_customer = Signal(int)

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.profile: Profile | None = None
        self._loading = False
        self._stale = False
        self.setObjectName("customer_detail")
        self.setModal(False)
        self.setWindowTitle(self.tr("Customer {id}").format(id=customer_id))
        self.resize(820, 640)

        self.title = QLabel()
        self.title.setObjectName("detail_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.facts: dict[str, QLabel] = {}
        header = QGridLayout()
        names = {
            "status": self.tr("Status"),
            "owner": self.tr("Owner"),
            "pool": self.tr("Public pool"),
            "stage": self.tr("Stage"),
            "tier": self.tr("Tier"),
            "risk": self.tr("Risk score"),
            "last": self.tr("Last follow-up"),
            "next": self.tr("Next follow-up"),
        }
        for i, (key, text) in enumerate(names.items()):
            value = QLabel()
            value.setObjectName(f"detail_{key}")
            self.facts[key] = value
            header.addWidget(QLabel(text), i // 4, (i % 4) * 2)
            header.addWidget(value, i // 4, (i % 4) * 2 + 1)

        self.fields = FieldsForm(ctx, customer_id, self)
        self.followups = FollowUpsTab(ctx, customer_id, self)
        self.deals = DealsTab(ctx, customer_id, self)
        self.issues = IssuesTab(ctx, customer_id, self)
        self.history = HistoryTab(ctx, self)
        self.tier_risk = TierRiskTab(ctx, self)
        self.duplicates = DuplicatesTab(self)
        self.duplicates.open_customer.connect(self.open_customer)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detail_tabs")
        self.tabs.addTab(self.fields, self.tr("Details"))
        self.tabs.addTab(self.followups, self.tr("Follow-ups"))
        self.tabs.addTab(self.deals, self.tr("Deals && payments"))
        self.tabs.addTab(self.issues, self.tr("Complaints && returns"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.tier_risk, self.tr("Tier && risk"))
        self.tabs.addTab(self.duplicates, self.tr("Duplicates"))
        self.tabs.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        ctx.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        """Read the customer again on a worker; a change during a read reads once more."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        cid, viewer = self.customer_id, self.ctx.actor.id

        def work(session: Session, _: Progress) -> Profile:
            return customer_profile(session, cid, viewer)

        Task(self, self.ctx, work).success(self._loaded).failure(self._failed).run()

    def _changed(self, areas: frozenset[str]) -> None:
        if CUSTOMERS in areas and alive(self):
            self.reload()

    def _failed(self, _: BaseException) -> bool:
        if alive(self):
            self._loading = False
        return not alive(self)

    def _loaded(self, profile: Profile) -> None:
        if not alive(self):
            return
        self._loading = False
        if self._stale:
            self._stale = False
            self.reload()
            return
        self.profile = profile
        self.show_profile(profile)

    def show_profile(self, p: Profile) -> None:
        company = p.fields.get("company") or ""
        self.setWindowTitle(self.tr("Customer {id}: {company}").format(id=p.id, company=company))
        self.title.setText(company)
        status = labels.status(p.status)
        if p.locked:
            status = self.tr("{status}, locked").format(status=status)
        values = {
            "status": status,
            "owner": p.owner or self.tr("none"),
            "pool": p.pool,
            "stage": labels.stage(p.stage),
            "tier": labels.tier(p.tier),
            "risk": str(p.risk.score),
            "last": labels.when(p.last_followup_at) or self.tr("never"),
            "next": labels.when(p.next_followup_at),
        }
        for key, text in values.items():
            self.facts[key].setText(text)
        for part in (
            self.fields,
            self.followups,
            self.deals,
            self.issues,
            self.history,
            self.tier_risk,
            self.duplicates,
        ):
            part.show_profile(p)
        self.tabs.setEnabled(True)
