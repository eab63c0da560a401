"""The dated records of one customer: follow-ups (with quick entry), deals and payments,
complaints and returns. Each entry calls one activity service through a Task; the
dialog reloads when ctx.changed says customers changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.activity import (
    add_payment,
    log_followup,
    mark_paid,
    record_complaint,
    record_deal,
    record_return,
)
from crmdesk.core.models import FOLLOWUP_KINDS, OUTCOMES
from crmdesk.core.profile import Profile
from crmdesk.ui import labels
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.detail_common import alive, end_of, fill_table, make_table, money, selected_ids
from crmdesk.ui.tasks import Progress, Task
from crmdesk.ui.widgets import wrapped_label


def _amount_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setDecimals(2)
    box.setRange(0.0, 999_999_999_999.99)
    box.setGroupSeparatorShown(True)
    return box


def _date_box(name: str, days_ahead: int) -> QDateEdit:
    box = QDateEdit(QDate.currentDate().addDays(days_ahead))
    box.setObjectName(name)
    box.setCalendarPopup(True)
    box.setDisplayFormat("yyyy-MM-dd")
    return box


def _section(title: str, entry: QHBoxLayout, table: QTableWidget) -> QGroupBox:
    """One kind of record: its entry row above the records already there."""
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    column.addLayout(entry)
    column.addWidget(table)
    return box


class _RecordsTab(QWidget):
    """Runs one write per entry, and offers entry only where the service would allow it.
    A tab adds its parts to `column`, below the note that says why entry is off."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.entry: list[QWidget] = []
        self._may_record = False
        self.read_only_note = wrapped_label()
        self.read_only_note.hide()
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.read_only_note)

    def write(self, work: Callable[[Session], Any], done: Callable[[], None]) -> Task[Any]:
        """`work(session)` on a worker; `done` clears the entry once it was stored."""

        def run(session: Session, _: Progress) -> Any:
            return work(session)

        def finished(stored: bool) -> None:
            if not alive(self):
                return
            for widget in self.entry:
                widget.setEnabled(self._may_record)
            if stored:
                done()

        for widget in self.entry:  # a second click must not store it twice
            widget.setEnabled(False)
        return (
            Task(self.window(), self.ctx, run)
            .changes(CUSTOMERS)
            .success(lambda _: finished(True))
            .failure(lambda _: finished(False) or False)
            .run()
        )

    def allow_entry(self, profile: Profile) -> None:
        self._may_record = profile.may_record
        for widget in self.entry:
            widget.setEnabled(profile.may_record)
        self.read_only_note.setText(
            self.tr("Only the owner or an admin of its pool records here, while it is worked.")
        )
        self.read_only_note.setVisible(not profile.may_record)


class FollowUpsTab(_RecordsTab):
    """Quick entry (kind, outcome, note, next follow-up) above the earlier follow-ups."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.kind = QComboBox()
        self.kind.setObjectName("followup_kind")
        for code in FOLLOWUP_KINDS:
            self.kind.addItem(labels.followup_kind(code), code)
        self.outcome = QComboBox()
        self.outcome.setObjectName("followup_outcome")
        for code in OUTCOMES:
            self.outcome.addItem(labels.outcome(code), code)
        self.note = QLineEdit()
        self.note.setObjectName("followup_note")
        self.note.setPlaceholderText(self.tr("What was said, what was agreed"))
        self.has_next = QCheckBox(self.tr("Next follow-up"))
        self.has_next.setObjectName("followup_has_next")
        self.next_at = QDateTimeEdit(QDateTime.currentDateTime().addDays(1))
        self.next_at.setObjectName("followup_next")
        self.next_at.setCalendarPopup(True)
        self.next_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.next_at.setEnabled(False)
        self.has_next.toggled.connect(self.next_at.setEnabled)
        self.log_button = QPushButton(self.tr("Log follow-up"))
        self.log_button.setObjectName("followup_log")
        self.log_button.setToolTip(self.tr("Ctrl+Enter"))
        self.log_button.clicked.connect(self.log)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.log)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.entry = [
            self.kind,
            self.outcome,
            self.note,
            self.has_next,
            self.next_at,
            self.log_button,
        ]
        first = QHBoxLayout()
        first.addWidget(self.kind)
        first.addWidget(self.outcome)
        first.addWidget(self.note, 1)
        second = QHBoxLayout()
        second.addWidget(self.has_next)
        second.addWidget(self.next_at)
        second.addStretch(1)
        second.addWidget(self.log_button)
        box = QGroupBox(self.tr("New follow-up"))
        entry = QVBoxLayout(box)
        entry.addLayout(first)
        entry.addLayout(second)
        self.table = make_table(
            "followup_table",
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Outcome"),
                self.tr("Note"),
                self.tr("Next follow-up"),
                self.tr("By"),
            ],
        )
        self.column.addWidget(box)
        self.column.addWidget(self.table, 1)

    def show_profile(self, profile: Profile) -> None:
        self.allow_entry(profile)
        fill_table(
            self.table,
            [
                [
                    labels.when(f.at),
                    labels.followup_kind(f.kind),
                    labels.outcome(f.outcome),
                    f.note or "",
                    labels.when(f.next_at),
                    f.rep or "",
                ]
                for f in profile.followups
            ],
            [f.id for f in profile.followups],
        )

    def log(self) -> Task[Any] | None:
        if not self.log_button.isEnabled():
            return None
        cid, actor = self.customer_id, self.ctx.actor.id
        kind, outcome = self.kind.currentData(), self.outcome.currentData()
        note = self.note.text().strip() or None
        next_at: datetime | None = None
        if self.has_next.isChecked():
            next_at = self.next_at.dateTime().toPython().replace(second=0, microsecond=0)

        def work(session: Session) -> int:
            return log_followup(session, cid, actor, kind, outcome, note, next_at=next_at)

        return self.write(work, self._logged)

    def _logged(self) -> None:
        self.note.clear()
        self.has_next.setChecked(False)


class DealsTab(_RecordsTab):
    """Deals (with an optional contract end) and the payments the customer owes."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.deal_amount = _amount_box("deal_amount")
        self.has_contract = QCheckBox(self.tr("Contract until"))
        self.has_contract.setObjectName("deal_has_contract")
        self.contract_end = _date_box("deal_contract_end", 365)
        self.contract_end.setEnabled(False)
        self.has_contract.toggled.connect(self.contract_end.setEnabled)
        self.deal_button = QPushButton(self.tr("Record deal"))
        self.deal_button.setObjectName("deal_add")
        self.deal_button.clicked.connect(self.add_deal)
        self.deals = make_table(
            "deal_table",
            [self.tr("Date"), self.tr("Amount"), self.tr("Contract"), self.tr("By")],
        )
        self.payment_amount = _amount_box("payment_amount")
        self.payment_due = _date_box("payment_due", 30)
        self.payment_button = QPushButton(self.tr("Add payment due"))
        self.payment_button.setObjectName("payment_add")
        self.payment_button.clicked.connect(self.add_payment)
        self.paid_button = QPushButton(self.tr("Mark paid"))
        self.paid_button.setObjectName("payment_mark_paid")
        self.paid_button.clicked.connect(self.mark_paid)
        self.payments = make_table(
            "payment_table",
            [self.tr("Due"), self.tr("Amount"), self.tr("Paid"), self.tr("State")],
        )
        self.entry = [
            self.deal_amount,
            self.has_contract,
            self.contract_end,
            self.deal_button,
            self.payment_amount,
            self.payment_due,
            self.payment_button,
            self.paid_button,
        ]
        deal_row = QHBoxLayout()
        deal_row.addWidget(QLabel(self.tr("Amount")))
        deal_row.addWidget(self.deal_amount)
        deal_row.addWidget(self.has_contract)
        deal_row.addWidget(self.contract_end)
        deal_row.addStretch(1)
        deal_row.addWidget(self.deal_button)
        pay_row = QHBoxLayout()
        pay_row.addWidget(QLabel(self.tr("Amount")))
        pay_row.addWidget(self.payment_amount)
        pay_row.addWidget(QLabel(self.tr("Due")))
        pay_row.addWidget(self.payment_due)
        pay_row.addStretch(1)
        pay_row.addWidget(self.payment_button)
        pay_row.addWidget(self.paid_button)
        self.column.addWidget(_section(self.tr("Deals"), deal_row, self.deals), 1)
        self.column.addWidget(_section(self.tr("Payments"), pay_row, self.payments), 1)

    def show_profile(self, profile: Profile) -> None:
        self.allow_entry(profile)
        fill_table(
            self.deals,
            [
                [labels.day(d.at), labels.amount(d.amount), labels.day(d.contract_end), d.rep or ""]
                for d in profile.deals
            ],
            [d.id for d in profile.deals],
        )
        now = clock.now()
        fill_table(
            self.payments,
            [
                [
                    labels.day(p.due_at),
                    labels.amount(p.amount),
                    labels.day(p.paid_at),
                    self.tr("Paid")
                    if p.paid_at
                    else self.tr("Overdue")
                    if p.overdue(now)
                    else self.tr("Open"),
                ]
                for p in profile.payments
            ],
            [p.id for p in profile.payments],
        )

    def add_deal(self) -> Task[Any]:
        cid, actor = self.customer_id, self.ctx.actor.id
        amount = money(self.deal_amount.value())
        end = end_of(self.contract_end.date()) if self.has_contract.isChecked() else None
        start = clock.now() if end else None

        def work(session: Session) -> int:
            return record_deal(session, cid, actor, amount, contract_start=start, contract_end=end)

        return self.write(work, lambda: self.deal_amount.setValue(0))

    def add_payment(self) -> Task[Any]:
        cid, actor = self.customer_id, self.ctx.actor.id
        amount, due = money(self.payment_amount.value()), end_of(self.payment_due.date())

        def work(session: Session) -> int:
            return add_payment(session, cid, actor, amount, due)

        return self.write(work, lambda: self.payment_amount.setValue(0))

    def mark_paid(self) -> Task[Any] | None:
        chosen = selected_ids(self.payments)
        if not chosen:
            return None
        payment, actor = chosen[0], self.ctx.actor.id

        def work(session: Session) -> None:
            mark_paid(session, payment, actor)

        return self.write(work, lambda: None)


class IssuesTab(_RecordsTab):
    """Complaints and returns: what feeds the warnings and the grading penalties."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.complaint_note = QLineEdit()
        self.complaint_note.setObjectName("complaint_note")
        self.complaint_note.setPlaceholderText(self.tr("What the customer complained about"))
        self.complaint_button = QPushButton(self.tr("Record complaint"))
        self.complaint_button.setObjectName("complaint_add")
        self.complaint_button.clicked.connect(self.add_complaint)
        self.complaints = make_table("complaint_table", [self.tr("When"), self.tr("Note")])
        self.return_amount = _amount_box("return_amount")
        self.return_note = QLineEdit()
        self.return_note.setObjectName("return_note")
        self.return_button = QPushButton(self.tr("Record return"))
        self.return_button.setObjectName("return_add")
        self.return_button.clicked.connect(self.add_return)
        self.returns = make_table(
            "return_table", [self.tr("When"), self.tr("Amount"), self.tr("Note")]
        )
        self.entry = [
            self.complaint_note,
            self.complaint_button,
            self.return_amount,
            self.return_note,
            self.return_button,
        ]
        complaint_row = QHBoxLayout()
        complaint_row.addWidget(self.complaint_note, 1)
        complaint_row.addWidget(self.complaint_button)
        return_row = QHBoxLayout()
        return_row.addWidget(QLabel(self.tr("Amount")))
        return_row.addWidget(self.return_amount)
        return_row.addWidget(self.return_note, 1)
        return_row.addWidget(self.return_button)
        self.column.addWidget(_section(self.tr("Complaints"), complaint_row, self.complaints), 1)
        self.column.addWidget(_section(self.tr("Returns"), return_row, self.returns), 1)

    def show_profile(self, profile: Profile) -> None:
        self.allow_entry(profile)
        fill_table(
            self.complaints,
            [[labels.when(c.at), c.note or ""] for c in profile.complaints],
            [c.id for c in profile.complaints],
        )
        fill_table(
            self.returns,
            [[labels.day(r.at), labels.amount(r.amount), r.note or ""] for r in profile.returns],
            [r.id for r in profile.returns],
        )

    def add_complaint(self) -> Task[Any]:
        cid, actor = self.customer_id, self.ctx.actor.id
        note = self.complaint_note.text().strip() or None

        def work(session: Session) -> int:
            return record_complaint(session, cid, actor, note)

        return self.write(work, self.complaint_note.clear)

    def add_return(self) -> Task[Any]:
        cid, actor = self.customer_id, self.ctx.actor.id
        amount = money(self.return_amount.value())
        note = self.return_note.text().strip() or None

        def work(session: Session) -> int:
            return record_return(session, cid, actor, amount, note=note)

        return self.write(work, self._returned)

    def _returned(self) -> None:
        self.return_amount.setValue(0)
        self.return_note.clear()
