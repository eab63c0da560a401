"""A rep adds a customer they met (a call, a visit, a card): they own it; a manager or a
pool admin may give it to a rep or put it straight into a pool. create_customer decides."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from crmdesk.core.customers import create_customer
from crmdesk.core.models import Pool, Rep
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.detail_fields import field_titles
from crmdesk.ui.tasks import Task

FIELDS = ("company", "contact", "phone", "email", "wechat", "industry", "region", "source")
TO_POOL = -1  # the owner combo's entry for "into the pool"


class NewCustomerDialog(QDialog):
    """`created(id)` after the customer exists; the dialog then closes."""

    created = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("New customer"))
        self.setMinimumWidth(440)
        titles = field_titles()
        form = QFormLayout()
        self.editors: dict[str, QLineEdit] = {}
        for name in FIELDS:
            editor = QLineEdit(self)
            editor.setObjectName(name)
            form.addRow(titles[name], editor)
            self.editors[name] = editor
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(70)
        form.addRow(titles["notes"], self.notes)

        self.owner = QComboBox(self)
        self.owner.setObjectName("owner")
        self.pool = QComboBox(self)
        self.pool.setObjectName("pool")
        with ctx.session() as session:
            reps = session.execute(
                select(Rep.id, Rep.name).where(Rep.active).order_by(Rep.name)
            ).tuples()
            pools = session.execute(select(Pool.id, Pool.name).order_by(Pool.id)).tuples()
            self.owner.addItem(self.tr("Me ({name})").format(name=ctx.actor.name), ctx.actor.id)
            for rep_id, name in reps:
                if rep_id != ctx.actor.id:
                    self.owner.addItem(name, rep_id)
            self.owner.addItem(self.tr("Nobody: into the pool"), TO_POOL)
            for pool_id, name in pools:
                self.pool.addItem(name, pool_id)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Pool"), self.pool)

        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #c62828")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("ok_button")
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)
        self.editors["company"].textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        empty = not self.editors["company"].text().strip()
        self.problem.setText(self.tr("A customer needs a company name.") if empty else "")
        self.ok.setEnabled(not empty)

    def values(self) -> dict[str, Any]:
        fields = {name: e.text().strip() or None for name, e in self.editors.items()}
        fields["notes"] = self.notes.toPlainText().strip() or None
        return {k: v for k, v in fields.items() if v is not None}

    def _create(self) -> None:
        fields = self.values()
        owner = self.owner.currentData()
        pool = self.pool.currentData()
        actor = self.ctx.actor.id
        self.ok.setEnabled(False)

        def work(session: Any, _progress: Any) -> int:
            return create_customer(
                session,
                fields,
                actor,
                owner_id=None if owner == TO_POOL else owner,
                to_pool=owner == TO_POOL,
                pool_id=pool,
            )

        Task(self, self.ctx, work).success(self._created).failure(self._refused).changes(
            CUSTOMERS
        ).run()

    def _created(self, customer_id: int) -> None:
        self.created.emit(customer_id)
        self.accept()

    def _refused(self, _error: BaseException) -> bool:
        self._check()
        return False  # the task shows the service's message; the dialog stays
