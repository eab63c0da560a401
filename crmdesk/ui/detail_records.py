"""Entering a customer's dated records in its workspace: the one-line follow-up entry,
the small forms for a deal, a payment due, a complaint and a return (each in a dialog
opened from the record bar), and marking a payment paid. Each entry calls one activity
service through a Task; the workspace reloads when ctx.changed says customers changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
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
from crmdesk.ui import labels, style
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.detail_common import alive, end_of, money
from crmdesk.ui.tasks import Progress, Task

RECORD_FORMS = ("deal", "payment", "complaint", "return")  # the record bar's buttons


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


class _Entry(QWidget):
    """Runs one write per entry, and offers entry only where the service would allow it.
    `stored` fires once a write was stored."""

    stored = Signal()

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.entry: list[QWidget] = []
        self.may_record = True

    def write(self, work: Callable[[Session], Any], done: Callable[[], None]) -> Task[Any]:
        """`work(session)` on a worker; `done` clears the entry once it was stored."""

        def run(session: Session, _: Progress) -> Any:
            return work(session)

        def finished(stored: bool) -> None:
            if not alive(self):
                return
            self.allow(self.may_record)
            if stored:
                done()
                self.stored.emit()

        for widget in self.entry:  # a second click must not store it twice
            widget.setEnabled(False)
        return (
            Task(self.window(), self.ctx, run)
            .changes(CUSTOMERS)
            .success(lambda _: finished(True))
            .failure(lambda _: finished(False) or False)
            .run()
        )

    def allow(self, may_record: bool) -> None:
        self.may_record = may_record
        for widget in self.entry:
            widget.setEnabled(may_record)


class FollowUpEntry(_Entry):
    """Quick entry in one line: kind, outcome, note, next follow-up; Ctrl+Enter logs."""

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
        self.note.setPlaceholderText(self.tr("Note"))
        self.note.setToolTip(self.tr("What was said, what was agreed"))
        self.note.setMinimumWidth(120)
        self.has_next = QCheckBox(self.tr("Next"))
        self.has_next.setObjectName("followup_has_next")
        self.has_next.setToolTip(self.tr("Plan the next follow-up"))
        self.next_at = QDateTimeEdit(QDateTime.currentDateTime().addDays(1))
        self.next_at.setObjectName("followup_next")
        self.next_at.setCalendarPopup(True)
        self.next_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.next_at.setEnabled(False)
        self.has_next.toggled.connect(self.next_at.setEnabled)
        self.log_button = QPushButton(style.icon("followup"), self.tr("Log"))
        self.log_button.setObjectName("followup_log")
        self.log_button.setToolTip(self.tr("Log this follow-up (Ctrl+Enter)"))
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
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind)
        row.addWidget(self.outcome)
        row.addWidget(self.note, 1)
        row.addWidget(self.has_next)
        row.addWidget(self.next_at)
        row.addWidget(self.log_button)

    def allow(self, may_record: bool) -> None:
        super().allow(may_record)
        self.next_at.setEnabled(may_record and self.has_next.isChecked())

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


class DealEntry(_Entry):
    """A deal, with an optional contract end (which freezes reclaim until then)."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.amount = _amount_box("deal_amount")
        self.has_contract = QCheckBox(self.tr("Contract until"))
        self.has_contract.setObjectName("deal_has_contract")
        self.contract_end = _date_box("deal_contract_end", 365)
        self.contract_end.setEnabled(False)
        self.has_contract.toggled.connect(self.contract_end.setEnabled)
        self.button = QPushButton(self.tr("Record deal"))
        self.button.setObjectName("deal_add")
        self.button.clicked.connect(self.add)
        self.entry = [self.amount, self.has_contract, self.contract_end, self.button]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Amount")))
        row.addWidget(self.amount)
        row.addWidget(self.has_contract)
        row.addWidget(self.contract_end)
        row.addStretch(1)
        row.addWidget(self.button)

    def allow(self, may_record: bool) -> None:
        super().allow(may_record)
        self.contract_end.setEnabled(may_record and self.has_contract.isChecked())

    def add(self) -> Task[Any]:
        cid, actor = self.customer_id, self.ctx.actor.id
        amount = money(self.amount.value())
        end = end_of(self.contract_end.date()) if self.has_contract.isChecked() else None
        start = clock.now() if end else None

        def work(session: Session) -> int:
            return record_deal(session, cid, actor, amount, contract_start=start, contract_end=end)

        return self.write(work, lambda: self.amount.setValue(0))


class PaymentEntry(_Entry):
    """A payment the customer owes, and when it is due."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.amount = _amount_box("payment_amount")
        self.due = _date_box("payment_due", 30)
        self.button = QPushButton(self.tr("Add payment due"))
        self.button.setObjectName("payment_add")
        self.button.clicked.connect(self.add)
        self.entry = [self.amount, self.due, self.button]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Amount")))
        row.addWidget(self.amount)
        row.addWidget(QLabel(self.tr("Due")))
        row.addWidget(self.due)
        row.addStretch(1)
        row.addWidget(self.button)

    def add(self) -> Task[Any]:
        cid, actor = self.customer_id, self.ctx.actor.id
        amount, due = money(self.amount.value()), end_of(self.due.date())

        def work(session: Session) -> int:
            return add_payment(session, cid, actor, amount, due)

        return self.write(work, lambda: self.amount.setValue(0))


class ComplaintEntry(_Entry):
    """A complaint: it feeds the warnings and the grading penalty."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.note = QLineEdit()
        self.note.setObjectName("complaint_note")
        self.note.setPlaceholderText(self.tr("What the customer complained about"))
        self.note.setMinimumWidth(280)
        self.button = QPushButton(self.tr("Record complaint"))
        self.button.setObjectName("complaint_add")
        self.button.clicked.connect(self.add)
        self.entry = [self.note, self.button]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.button)

    def add(self) -> Task[Any]:
        cid, actor = self.customer_id, self.ctx.actor.id
        note = self.note.text().strip() or None

        def work(session: Session) -> int:
            return record_complaint(session, cid, actor, note)

        return self.write(work, self.note.clear)


class ReturnEntry(_Entry):
    """Goods sent back: their value counts in the return rate."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.amount = _amount_box("return_amount")
        self.note = QLineEdit()
        self.note.setObjectName("return_note")
        self.note.setMinimumWidth(180)
        self.button = QPushButton(self.tr("Record return"))
        self.button.setObjectName("return_add")
        self.button.clicked.connect(self.add)
        self.entry = [self.amount, self.note, self.button]
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Amount")))
        row.addWidget(self.amount)
        row.addWidget(self.note, 1)
        row.addWidget(self.button)

    def add(self) -> Task[Any]:
        cid, actor = self.customer_id, self.ctx.actor.id
        amount = money(self.amount.value())
        note = self.note.text().strip() or None

        def work(session: Session) -> int:
            return record_return(session, cid, actor, amount, note=note)

        return self.write(work, self._returned)

    def _returned(self) -> None:
        self.amount.setValue(0)
        self.note.clear()


class RecordDialog(QDialog):
    """One record's form over the workspace; it closes once the record is stored and
    stays open (with the service's message) when it is refused."""

    def __init__(self, form: _Entry, title: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.form = form
        self.setObjectName("record_dialog")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.setParent(self)
        form.stored.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(form)
        layout.addWidget(buttons)


class RecordBar(_Entry):
    """Buttons under the quick entry: a form for each other record, and Mark paid for
    the open payment chosen in the timeline."""

    def __init__(self, ctx: AppContext, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_id, parent)
        self.payment_id: int | None = None
        texts = self._texts()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for name in RECORD_FORMS:
            button = QPushButton(style.icon(name), texts[name][0])
            button.setObjectName(f"record_{name}")
            button.clicked.connect(lambda _checked=False, n=name: self.open_form(n))
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        self.paid_button = QPushButton(self.tr("Mark paid"))
        self.paid_button.setObjectName("payment_mark_paid")
        self.paid_button.setToolTip(self.tr("Mark the open payment chosen in the timeline paid"))
        self.paid_button.clicked.connect(self.mark_paid)
        row.addWidget(self.paid_button)
        self.entry = list(self.buttons.values())
        self.choose_payment(None)

    def _texts(self) -> dict[str, tuple[str, str]]:
        """Button text and form title per record."""
        return {
            "deal": (self.tr("Deal…"), self.tr("Record a deal")),
            "payment": (self.tr("Payment…"), self.tr("Add a payment due")),
            "complaint": (self.tr("Complaint…"), self.tr("Record a complaint")),
            "return": (self.tr("Return…"), self.tr("Record a return")),
        }

    def open_form(self, name: str) -> RecordDialog:
        forms: dict[str, type[_Entry]] = {
            "deal": DealEntry,
            "payment": PaymentEntry,
            "complaint": ComplaintEntry,
            "return": ReturnEntry,
        }
        form = forms[name](self.ctx, self.customer_id)
        dialog = RecordDialog(form, self._texts()[name][1], self.window())
        dialog.setObjectName(f"{name}_form")
        dialog.open()
        return dialog

    def allow(self, may_record: bool) -> None:
        super().allow(may_record)
        self.paid_button.setEnabled(may_record and self.payment_id is not None)

    def choose_payment(self, payment_id: int | None) -> None:
        """The open payment selected in the timeline, or None."""
        self.payment_id = payment_id
        self.paid_button.setEnabled(self.may_record and payment_id is not None)

    def mark_paid(self) -> Task[Any] | None:
        if self.payment_id is None:
            return None
        payment, actor = self.payment_id, self.ctx.actor.id

        def work(session: Session) -> None:
            mark_paid(session, payment, actor)

        self.paid_button.setEnabled(False)
        return self.write(work, lambda: self.choose_payment(None))
