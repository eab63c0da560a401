"""Dialogs for the customer actions: what is selected, the choices the action needs, the
checks that keep OK disabled until they pass, then one service call through a Task.

The dialogs decide no rule: core/lifecycle.py checks everything again and its refusal
is shown as it words it. Every dialog is window-modal and opened with open(), so the
window (and a test) keeps running while it is up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core.lifecycle import (
    ActionResult,
    ExitInfo,
    claim_allowance,
    claim_customers,
    close_customers,
    exit_reasons,
    reactivate_customers,
    release_customers,
    void_customers,
)
from crmdesk.core.models import ACTIVE, POOL, Pool, Rep
from crmdesk.core.reasons import CLOSE_CHECKLIST, ReasonInfo, list_reasons
from crmdesk.ui import labels
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.tasks import Progress, Task
from crmdesk.ui.widgets import MessageArea, fit_columns, wrapped_label

Row = dict[str, Any]
Work = Callable[[Session, Progress], Any]
NAMES_SHOWN = 3  # companies named in a dialog's summary line
EXITS_SHOWN = 8  # customers whose exit the reactivate dialog lists


def tr(text: str) -> str:
    """Strings of the shared frame: one context whichever dialog shows them (self.tr
    would take the subclass's name and miss the translation)."""
    return QCoreApplication.translate("", text)


def read_pools(ctx: AppContext) -> list[tuple[int, str]]:
    """Every pool, the default first: a few rows, read on the GUI thread."""
    with ctx.session() as session:
        rows = session.execute(select(Pool.id, Pool.name).order_by(Pool.is_default.desc(), Pool.id))
        return [(int(pid), name) for pid, name in rows]


def summary_text(ids: Sequence[int], rows: Sequence[Row]) -> str:
    names = labels.join_names(str(r["company"]) for r in rows[:NAMES_SHOWN])
    if len(ids) > min(len(rows), NAMES_SHOWN):
        names += "…"
    return tr("Selected customers: {n} — {names}").format(n=len(ids), names=names)


class ActionDialog(QDialog):
    """The frame every action shares. A subclass builds its form, names its texts in
    `set_texts`, lists what still blocks the commit in `problems`, and returns the
    service call from `work`, built from plain values read off the widgets (it runs on
    a worker thread)."""

    succeeded = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        ids: Sequence[int],
        rows: Sequence[Row],
        parent: QWidget | None,
        name: str,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids = list(ids)
        self.rows = list(rows)
        self._running = False
        self._reasons: dict[str, ReasonInfo] = {}
        self._progress = ""
        self._done = ""
        self.setObjectName(f"{name}_dialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = wrapped_label(summary_text(self.ids, self.rows), "summary")
        self.form = QFormLayout()
        self.checks = MessageArea("checks")
        self.checks.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("ok_button")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("cancel_button")
        self.buttons.accepted.connect(self._commit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # never smaller than its contents need (an explicit minimum would let a table or
        # a wrapped text be squeezed over its neighbours)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self.summary)
        layout.addLayout(self.form)
        layout.addWidget(self.checks)
        layout.addWidget(self.buttons)
        self.set_min_width(440)

    def set_min_width(self, width: int) -> None:
        """The dialog's narrowest width, held by its summary line (the layout decides the
        dialog's minimum size, and grows it past this when the contents need more)."""
        margins = self.layout().contentsMargins()
        self.summary.setMinimumWidth(width - margins.left() - margins.right())

    # --- what each action provides ---------------------------------------------------

    def problems(self) -> list[str]:
        """What must change before OK is allowed, in the user's words."""
        return []

    def work(self) -> Work:
        raise NotImplementedError

    def set_texts(self, title: str, progress: str, done: str = "") -> None:
        """The window title, the label shown while the work runs, and the status-bar
        message after it (`{n}`: how many customers); each subclass translates its own,
        so every string keeps its class as translation context."""
        self.setWindowTitle(title)
        self._progress = progress
        self._done = done

    def progress_label(self) -> str:
        return self._progress

    def result_message(self, result: Any) -> str:
        """Where the customers went, for the window's status bar."""
        return self._done.format(n=result.count)

    # --- shared pieces ---------------------------------------------------------------

    def add_reason(self, kind: str) -> QComboBox:
        """The active reasons of `kind` in the user's language; none chosen at first."""
        with self.ctx.session() as session:
            reasons = list_reasons(session, kind)
        self._reasons = {r.code: r for r in reasons}
        combo = QComboBox()
        combo.setObjectName("reason")
        combo.setPlaceholderText(tr("Choose a reason"))
        for r in reasons:
            combo.addItem(r.label_zh if self.ctx.lang == "zh" else r.label_en, r.code)
        combo.setCurrentIndex(-1)
        combo.currentIndexChanged.connect(self.refresh)
        self.form.addRow(tr("Reason"), combo)
        self.reason = combo
        return combo

    def add_note(self, label: str, placeholder: str = "") -> QPlainTextEdit:
        note = QPlainTextEdit()
        note.setObjectName("note")
        note.setPlaceholderText(placeholder)
        note.setTabChangesFocus(True)
        note.setFixedHeight(64)
        note.textChanged.connect(self.refresh)
        self.form.addRow(label, note)
        self.note = note
        return note

    def note_text(self) -> str | None:
        return self.note.toPlainText().strip() or None

    def reason_code(self) -> str | None:
        return self.reason.currentData()

    def reason_problems(self) -> list[str]:
        info = self._reasons.get(self.reason_code() or "")
        if info is None:
            return [tr("Choose a reason.")]
        if info.needs_note and self.note_text() is None:
            label = info.label_zh if self.ctx.lang == "zh" else info.label_en
            return [tr("The reason “{reason}” needs a note.").format(reason=label)]
        return []

    def add_info(self, text: str, name: str = "info") -> QLabel:
        label = wrapped_label(text, name)
        self.layout().insertWidget(self.layout().count() - 2, label)
        return label

    # --- running ---------------------------------------------------------------------

    def refresh(self) -> None:
        problems = [] if self._running else self.problems()
        self.checks.setText("\n".join(problems))
        self.ok.setEnabled(not problems and not self._running)

    def _commit(self) -> None:
        if self._running or self.problems():
            self.refresh()
            return
        work = self.work()
        self._running = True
        self.buttons.setEnabled(False)
        self.refresh()
        (
            Task(self, self.ctx, work)
            .changes(CUSTOMERS)
            .progress(self.progress_label())
            .success(self._succeeded)
            .failure(self._failed)
            .run()
        )

    def _succeeded(self, result: Any) -> None:
        self._running = False
        self.succeeded.emit(self.result_message(result))
        self.accept()

    def _failed(self, _exc: BaseException) -> bool:
        """Keep the dialog open so the user can change their choice; the Task shows why."""
        self._running = False
        self.buttons.setEnabled(True)
        self.refresh()
        return False

    def reject(self) -> None:
        if not self._running:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running:
            event.ignore()
        else:
            super().closeEvent(event)


class ConfirmDialog(ActionDialog):
    """An action that needs nothing but a yes (archive, lock or unlock many)."""

    def __init__(
        self,
        ctx: AppContext,
        ids: Sequence[int],
        rows: Sequence[Row],
        parent: QWidget | None,
        name: str,
        *,
        question: str,
        work: Work,
        progress: str,
        message: Callable[[Any], str],
    ) -> None:
        super().__init__(ctx, ids, rows, parent, name)
        self._work, self._progress, self._message = work, progress, message
        self.question = self.add_info(question, "question")
        self.refresh()

    def work(self) -> Work:
        return self._work

    def result_message(self, result: Any) -> str:
        return self._message(result)


class VoidDialog(ActionDialog):
    """Void (作废): a reason from the list, a note ("other" needs one), the last contact."""

    def __init__(
        self, ctx: AppContext, ids: Sequence[int], rows: Sequence[Row], parent: QWidget | None
    ) -> None:
        super().__init__(ctx, ids, rows, parent, "void")
        self.set_texts(
            self.tr("Void customers"),
            self.tr("Voiding customers…"),
            self.tr("Customers moved to the recycle bin: {n}."),
        )
        self.add_reason("void")
        self.add_note(self.tr("Note"), self.tr("Why these customers are void"))
        self.last_contact = QLineEdit()
        self.last_contact.setObjectName("last_contact")
        self.last_contact.setPlaceholderText(self.tr("e.g. called 3 March, number out of service"))
        self.form.addRow(self.tr("Last contact"), self.last_contact)
        self.add_info(
            self.tr("Voided customers go to the recycle bin and can be restored from there.")
        )
        self.refresh()

    def problems(self) -> list[str]:
        return self.reason_problems()

    def work(self) -> Work:
        ids, actor = self.ids, self.ctx.actor.id
        reason, note = self.reason_code() or "", self.note_text()
        last_contact = self.last_contact.text().strip() or None
        return lambda session, _p: void_customers(
            session, ids, reason, note, actor, last_contact=last_contact
        )


def checklist_label(item: str) -> str:
    words = {
        "customer_notified": tr("Customer notified"),
        "contract_ended": tr("Contract ended"),
        "balance_settled": tr("Balance settled"),
        "data_backed_up": tr("Data backed up"),
        "access_revoked": tr("Access revoked"),
    }
    return words.get(item, item)


class CloseDialog(ActionDialog):
    """Close (关闭): a reason and every item of the exit checklist ticked. Nothing in
    the dialog moves as boxes are ticked: the message below says only that boxes are
    left, and keeps its height (people tick five boxes in a row)."""

    def __init__(
        self, ctx: AppContext, ids: Sequence[int], rows: Sequence[Row], parent: QWidget | None
    ) -> None:
        super().__init__(ctx, ids, rows, parent, "close")
        self.set_texts(
            self.tr("Close customers"),
            self.tr("Closing customers…"),
            self.tr("Customers closed: {n}. They are under Closed & archived."),
        )
        self.add_reason("close")
        self.add_note(self.tr("Note"))
        box = QGroupBox(self.tr("Exit checklist"))
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        column = QVBoxLayout(box)
        self.tick_all = QCheckBox(self.tr("Tick all"))
        self.tick_all.setObjectName("tick_all")
        self.tick_all.clicked.connect(self._tick_all)
        column.addWidget(self.tick_all)
        self.checklist: dict[str, QCheckBox] = {}
        for item in CLOSE_CHECKLIST:
            check = QCheckBox(checklist_label(item))
            check.setObjectName(f"check_{item}")
            check.toggled.connect(self._ticked_changed)
            column.addWidget(check)
            self.checklist[item] = check
        self.form.addRow(box)
        self.add_info(self.tr("Closed customers are read-only; a manager can reactivate them."))
        self.refresh()

    def _tick_all(self, checked: bool) -> None:
        for check in self.checklist.values():
            check.setChecked(checked)

    def ticked(self) -> list[str]:
        return [item for item, check in self.checklist.items() if check.isChecked()]

    def _ticked_changed(self) -> None:
        self.tick_all.setChecked(len(self.ticked()) == len(CLOSE_CHECKLIST))
        self.refresh()

    def problems(self) -> list[str]:
        problems = self.reason_problems()
        if len(self.ticked()) < len(CLOSE_CHECKLIST):
            problems.append(self.tr("Tick every item of the exit checklist."))
        return problems

    def work(self) -> Work:
        ids, actor = self.ids, self.ctx.actor.id
        reason, note, ticked = self.reason_code() or "", self.note_text(), self.ticked()
        return lambda session, _p: close_customers(session, ids, reason, note, ticked, actor)


class ReleaseDialog(ActionDialog):
    """Release to a pool (退回公海): which pool, and why."""

    def __init__(
        self, ctx: AppContext, ids: Sequence[int], rows: Sequence[Row], parent: QWidget | None
    ) -> None:
        super().__init__(ctx, ids, rows, parent, "release")
        self.set_texts(self.tr("Release to pool"), self.tr("Releasing customers…"))
        self.pool = QComboBox()
        self.pool.setObjectName("pool")
        for pool_id, name in read_pools(ctx):
            self.pool.addItem(name, pool_id)
        homes = {r["pool_id"] for r in self.rows}
        if len(homes) == 1:
            self.pool.setCurrentIndex(max(self.pool.findData(homes.pop()), 0))
        self.form.addRow(self.tr("To pool"), self.pool)
        self.add_reason("release")
        self.add_note(self.tr("Note"))
        self.add_info(self.tr("Released customers lose their owner and can be claimed by others."))
        self.refresh()

    def problems(self) -> list[str]:
        return self.reason_problems()

    def work(self) -> Work:
        ids, actor = self.ids, self.ctx.actor.id
        reason, note, pool_id = self.reason_code() or "", self.note_text(), self.pool.currentData()
        return lambda session, _p: release_customers(
            session, ids, reason, note, actor, pool_id=pool_id
        )

    def result_message(self, result: ActionResult) -> str:
        return self.tr("Customers released to {pool}: {n}.").format(
            pool=self.pool.currentText(), n=result.count
        )


class ClaimDialog(ActionDialog):
    """Claim (领取): how many claims are left today in each pool, before the service
    decides; a refusal (limit, cooldown) is worded by the service."""

    def __init__(
        self, ctx: AppContext, ids: Sequence[int], rows: Sequence[Row], parent: QWidget | None
    ) -> None:
        super().__init__(ctx, ids, rows, parent, "claim")
        self.set_texts(
            self.tr("Claim customers"),
            self.tr("Claiming customers…"),
            self.tr("Customers claimed: {n}. They are now in My customers."),
        )
        lines = self._allowance()
        self.allowance = self.add_info("\n".join(lines), "allowance")
        self.add_info(self.tr("Claimed customers arrive with their whole history."))
        self.refresh()

    def _allowance(self) -> list[str]:
        """One line per pool the selection comes from, counted as the claim rules count."""
        by_pool: dict[int, int] = {}
        for r in self.rows:
            by_pool[r["pool_id"]] = by_pool.get(r["pool_id"], 0) + 1
        names = dict(read_pools(self.ctx))
        with self.ctx.session() as session:
            allowances = claim_allowance(session, self.ctx.actor.id, by_pool)
        lines = []
        for a in allowances:
            name, asked = names.get(a.pool_id, str(a.pool_id)), by_pool[a.pool_id]
            if a.admin:
                lines.append(
                    self.tr("{pool}: you administer this pool; no claim limits.").format(pool=name)
                )
                continue
            lines.append(
                self.tr(
                    "{pool}: claiming {asked}; claims left today {left} of {limit}; "
                    "you own {owned} of at most {max_owned}."
                ).format(
                    pool=name,
                    asked=asked,
                    left=a.left_today,
                    limit=a.daily_claims,
                    owned=a.owned,
                    max_owned=a.max_owned,
                )
            )
            if asked > a.left_today:
                lines.append(self.tr("This is more than you may claim today."))
        return lines

    def work(self) -> Work:
        ids, actor = self.ids, self.ctx.actor.id
        return lambda session, _p: claim_customers(session, ids, actor)


class ReactivateDialog(ActionDialog):
    """Reactivate (重新激活): a note, and back to the pool or to an owner."""

    def __init__(
        self, ctx: AppContext, ids: Sequence[int], rows: Sequence[Row], parent: QWidget | None
    ) -> None:
        super().__init__(ctx, ids, rows, parent, "reactivate")
        self.set_texts(self.tr("Reactivate customers"), self.tr("Reactivating customers…"))
        self.to_pool = QRadioButton(self.tr("Into their public pool"))
        self.to_pool.setObjectName("to_pool")
        self.to_owner = QRadioButton(self.tr("To an owner"))
        self.to_owner.setObjectName("to_owner")
        group = QButtonGroup(self)
        group.addButton(self.to_pool)
        group.addButton(self.to_owner)
        self.to_pool.setChecked(True)
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        if ctx.actor.is_manager:
            self.owner.addItem(self.tr("Their last owner"), None)
            with ctx.session() as session:
                reps = session.execute(
                    select(Rep.id, Rep.name).where(Rep.active).order_by(Rep.name)
                )
                for rep_id, name in reps:
                    self.owner.addItem(name, int(rep_id))
        else:
            self.owner.addItem(ctx.actor.name, ctx.actor.id)
        self.owner.setEnabled(False)
        self.to_owner.toggled.connect(self.owner.setEnabled)
        self.to_owner.toggled.connect(self.refresh)
        self.owner.currentIndexChanged.connect(self.refresh)
        where = QHBoxLayout()
        where.addWidget(self.to_pool)
        where.addWidget(self.to_owner)
        where.addWidget(self.owner, 1)
        self.form.addRow(self.tr("Bring back"), where)
        self.add_note(self.tr("Note"), self.tr("Why these customers come back"))
        self._show_exits()
        self.refresh()

    def _show_exits(self) -> None:
        """Why each customer left and who decided it, above the choices: one line for
        one customer, a short table for several (the first EXITS_SHOWN)."""
        shown = self.rows[:EXITS_SHOWN]
        with self.ctx.session() as session:
            exits = exit_reasons(session, [r["id"] for r in shown])
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        if len(self.ids) == 1 and shown:
            info = exits.get(shown[0]["id"])
            if info is not None:
                layout.insertWidget(1, wrapped_label(self._exit_line(info), "exit_reason"))
            return
        table = QTableWidget(len(shown), 5)
        table.setObjectName("exit_reasons")
        table.setHorizontalHeaderLabels(
            [self.tr("Customer"), self.tr("Why"), self.tr("Note"), self.tr("By"), self.tr("When")]
        )
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, customer in enumerate(shown):
            info = exits.get(customer["id"])
            texts = [str(customer["company"])]
            if info is not None:
                texts += [self._why(info), info.note or "", self._who(info), labels.when(info.at)]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        fit_columns(table, stretch=2)
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + sum(table.rowHeight(r) for r in range(len(shown)))
            + 2 * table.frameWidth()
        )
        layout.insertWidget(1, table)
        if len(self.ids) > len(shown):
            more = self.tr("The first {shown} of {n} selected customers are shown.")
            layout.insertWidget(2, wrapped_label(more.format(shown=len(shown), n=len(self.ids))))

    def _why(self, info: ExitInfo) -> str:
        """What was decided and why: "Closed: Market change"."""
        reason = (info.reason_zh if self.ctx.lang == "zh" else info.reason_en) or ""
        return self.tr("{status}: {reason}").format(
            status=labels.status(info.status), reason=reason
        )

    def _who(self, info: ExitInfo) -> str:
        return info.actor_name or self.tr("the reclaim rules")

    def _exit_line(self, info: ExitInfo) -> str:
        line = self.tr("{why}. Decided by {who} on {when}.").format(
            why=self._why(info), who=self._who(info), when=labels.when(info.at)
        )
        if info.note:
            line += "\n" + self.tr("Their note: {note}").format(note=info.note)
        return line

    def problems(self) -> list[str]:
        problems = []
        if self.note_text() is None:
            problems.append(self.tr("Write a note saying why."))
        ownerless = any(r["owner_id"] is None for r in self.rows)
        if self.to_owner.isChecked() and self.owner.currentData() is None and ownerless:
            problems.append(
                self.tr("Some customers had no owner; choose the rep who will own them.")
            )
        return problems

    def work(self) -> Work:
        ids, actor, note = self.ids, self.ctx.actor.id, self.note_text() or ""
        to = ACTIVE if self.to_owner.isChecked() else POOL
        owner_id = self.owner.currentData() if to == ACTIVE else None
        return lambda session, _p: reactivate_customers(
            session, ids, note, actor, to=to, owner_id=owner_id
        )

    def result_message(self, result: ActionResult) -> str:
        if self.to_pool.isChecked():
            return self.tr("Customers reactivated into the public pool: {n}.").format(
                n=result.count
            )
        if self.owner.currentData() is None:
            return self.tr("Customers reactivated with their last owners: {n}.").format(
                n=result.count
            )
        return self.tr("Customers reactivated and given to {rep}: {n}.").format(
            rep=self.owner.currentText(), n=result.count
        )
