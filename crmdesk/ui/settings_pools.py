"""Settings > Pools: the pools, who is in them, and their reclaim and claim rules.

A rule change is previewed ("312 customers would be reclaimed now") before it is saved.
Managers edit every pool; a pool's admins edit that pool; everyone else reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.core import pools
from crmdesk.core.models import TIERS
from crmdesk.core.team import RepInfo, list_pools, list_reps, pool_members, pool_rule_values
from crmdesk.ui.context import POOLS, REPS, RULES, AppContext
from crmdesk.ui.settings_common import confirm, ok_cancel, open_dialog, read_only_note, spin
from crmdesk.ui.tasks import Task
from crmdesk.ui.widgets import wrapped_label

RECLAIM_FIELDS = (
    "reclaim_enabled",
    "followup_days",
    "tier_followup_days",
    "deal_days",
    "exempt_dealt",
    "freeze_on_contract",
    "freeze_on_payment",
    "warn_days",
)
CLAIM_FIELDS = (
    "daily_claims",
    "max_owned",
    "count_locked",
    "count_dealt",
    "reclaim_cooldown_days",
    "fresh_hours",
    "mask_contacts",
)
COL_REP, COL_MEMBER, COL_ADMIN = 0, 1, 2
IdRole = Qt.ItemDataRole.UserRole
# What the saved rules do now, and what the rules on screen would do.
Previews = tuple[pools.SweepResult, pools.SweepResult]


def _high(name: str) -> int:
    if name.endswith("_days"):
        return pools.MAX_DAYS
    if name.endswith("_hours"):
        return pools.MAX_HOURS
    return pools.MAX_COUNT


class RuleForm(QWidget):
    """One widget per pool rule; `changes()` is what differs from the stored rules."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stored: dict[str, Any] = {}
        self.widgets: dict[str, QCheckBox | QSpinBox] = {}
        self.tier_boxes: dict[str, QSpinBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._group(self.tr("Reclaim"), RECLAIM_FIELDS))
        layout.addWidget(self._group(self.tr("Claim"), CLAIM_FIELDS))

    def _labels(self) -> dict[str, str]:
        return {
            "reclaim_enabled": self.tr("Reclaim neglected customers"),
            "followup_days": self.tr("Days without a follow-up"),
            "tier_followup_days": self.tr("Days without a follow-up, by tier (0 = as above)"),
            "deal_days": self.tr("Days without a deal"),
            "exempt_dealt": self.tr("Exempt customers with a deal"),
            "freeze_on_contract": self.tr("Freeze the countdown while a contract runs"),
            "freeze_on_payment": self.tr("Freeze the countdown while a payment is due"),
            "warn_days": self.tr("Warn the owner this many days before"),
            "daily_claims": self.tr("Claims per rep per day"),
            "max_owned": self.tr("Active customers a rep may own"),
            "count_locked": self.tr("Count locked customers"),
            "count_dealt": self.tr("Count customers with a deal"),
            "reclaim_cooldown_days": self.tr("Days before a rep may claim back a customer"),
            "fresh_hours": self.tr("Hours before a newly pooled customer may be claimed"),
            "mask_contacts": self.tr("Mask phone and email until claimed"),
        }

    def _group(self, title: str, names: tuple[str, ...]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        labels = self._labels()
        for name in names:
            if name == "tier_followup_days":
                form.addRow(labels[name], self._tier_row(box))
                continue
            widget: QCheckBox | QSpinBox
            if pools.PoolRules.__table__.c[name].type.python_type is bool:
                widget = QCheckBox(box)
                widget.toggled.connect(self.edited)
            else:
                low = 1 if name in ("followup_days", "deal_days") else 0
                widget = spin(f"rule_{name}", low, _high(name), box)
                widget.valueChanged.connect(self.edited)
            widget.setObjectName(f"rule_{name}")
            self.widgets[name] = widget
            form.addRow(labels[name], widget)
        return box

    def _tier_row(self, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for tier in TIERS:
            box = spin(f"rule_tier_{tier}", 0, pools.MAX_DAYS, row)
            box.setPrefix(f"{tier}: ")
            box.setSpecialValueText(f"{tier}: –")
            box.valueChanged.connect(self.edited)
            self.tier_boxes[tier] = box
            layout.addWidget(box)
        return row

    def load(self, values: dict[str, Any]) -> None:
        self.stored = values
        for widget in (*self.widgets.values(), *self.tier_boxes.values()):
            widget.blockSignals(True)
        for name, widget in self.widgets.items():
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(values[name]))
            else:
                widget.setValue(int(values[name]))
        for tier, box in self.tier_boxes.items():
            box.setValue(int(values["tier_followup_days"].get(tier, 0)))
        for widget in (*self.widgets.values(), *self.tier_boxes.values()):
            widget.blockSignals(False)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            name: w.isChecked() if isinstance(w, QCheckBox) else w.value()
            for name, w in self.widgets.items()
        }
        out["tier_followup_days"] = {t: b.value() for t, b in self.tier_boxes.items() if b.value()}
        return out

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if self.stored.get(k) != v}


class NewPoolDialog(QDialog):
    """Name a new pool; it starts with DESIGN.md's default rules."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_pool_dialog")
        self.setWindowTitle(self.tr("New public pool"))
        self.name = QLineEdit(self)
        self.name.setObjectName("pool_name")
        self.name.setMaxLength(100)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(ok_cancel(self))


class PoolsTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._members: dict[int, bool] = {}
        self._shown_pool: int | None = None
        self.pool_list = QListWidget(self)
        self.pool_list.setObjectName("pool_list")
        self.pool_list.setMinimumWidth(180)
        self.pool_list.currentRowChanged.connect(self._pool_chosen)
        self.new_pool_button = QPushButton(self.tr("New pool…"), self)
        self.new_pool_button.setObjectName("new_pool")
        self.new_pool_button.clicked.connect(self.new_pool)
        self.new_pool_button.setEnabled(ctx.actor.is_manager)

        left = QWidget(self)
        left.setMaximumWidth(280)
        left_layout = QVBoxLayout(left)
        if not ctx.actor.is_manager:
            note = self.tr("Only managers and a pool's admins can change a pool.")
            left_layout.addWidget(read_only_note(left, note))
        left_layout.addWidget(self.pool_list)
        left_layout.addWidget(self.new_pool_button)

        self.form = RuleForm(self)
        self.form.edited.connect(self._edited)
        self.preview_label = wrapped_label("", "rule_preview", self)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.setObjectName("preview_rules")
        self.preview_button.clicked.connect(lambda: self.preview())
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setObjectName("save_rules")
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton(self.tr("Undo changes"), self)
        self.revert_button.setObjectName("revert_rules")
        self.revert_button.clicked.connect(lambda: self.form.load(self.form.stored))
        self.revert_button.clicked.connect(self._edited)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_label, 1)
        for button in (self.preview_button, self.revert_button, self.save_button):
            buttons.addWidget(button)
        rules_page = QWidget(self)
        rules_layout = QVBoxLayout(rules_page)
        rules_layout.addWidget(self.form)
        rules_layout.addLayout(buttons)
        rules_layout.addStretch(1)

        self.members = QTableWidget(0, 3, self)
        self.members.setObjectName("pool_members")
        self.members.setHorizontalHeaderLabels(
            [self.tr("Rep"), self.tr("Member"), self.tr("Admin")]
        )
        self.members.verticalHeader().hide()
        self.members.horizontalHeader().setSectionResizeMode(
            COL_REP, QHeaderView.ResizeMode.Stretch
        )
        self.members.itemChanged.connect(self._member_toggled)
        members_page = QWidget(self)
        members_layout = QVBoxLayout(members_page)
        note = QLabel(self.tr("Managers see and administer every pool."), members_page)
        members_layout.addWidget(note)
        members_layout.addWidget(self.members)

        self.details = QTabWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(rules_page)
        self.details.addTab(scroll, self.tr("Rules"))
        self.details.addTab(members_page, self.tr("Members"))
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        QVBoxLayout(self).addWidget(splitter)

        ctx.changed.connect(self._on_changed)
        self.reload()

    # --- reading -------------------------------------------------------------------------

    def current_pool(self) -> int | None:
        item = self.pool_list.currentItem()
        return None if item is None else int(item.data(IdRole))

    def reload(self, keep: int | None = None) -> None:
        keep = keep or self.current_pool()
        with self.ctx.session() as session:
            infos = list_pools(session)
        self.pool_list.blockSignals(True)
        self.pool_list.clear()
        for info in infos:
            text = info.name + (self.tr(" (default)") if info.is_default else "")
            item = QListWidgetItem(text, self.pool_list)
            item.setData(IdRole, info.id)
        self.pool_list.blockSignals(False)
        ids = [info.id for info in infos]
        self.pool_list.setCurrentRow(ids.index(keep) if keep in ids else 0)

    def _select(self, pool_id: int) -> None:
        """Show `pool_id` as chosen in the list without acting on the choice."""
        for row in range(self.pool_list.count()):
            if self.pool_list.item(row).data(IdRole) == pool_id:
                self.pool_list.blockSignals(True)
                self.pool_list.setCurrentRow(row)
                self.pool_list.blockSignals(False)
                return

    def _pool_chosen(self, _row: int) -> None:
        pool_id = self.current_pool()
        if pool_id is None:
            return
        shown = self._shown_pool
        if shown is not None and pool_id != shown and self.form.changes() and self.can_edit():
            self._select(shown)  # the edits stay on screen until the person decides
            self.ask_unsaved(pool_id)
            return
        # the same pool again after a reload (a member ticked, a rep added): keep the
        # rule edits not yet saved
        keep_edits = pool_id == self._shown_pool and bool(self.form.changes())
        self._shown_pool = pool_id
        with self.ctx.session() as session:
            self._members = pool_members(session, pool_id)
            reps = [r for r in list_reps(session) if r.role != "manager"]
            values = pool_rule_values(session, pool_id)
        if not keep_edits:
            self.form.load(values)
        self._fill_members(reps)
        self.preview_label.clear()
        editable = self.can_edit()
        self.form.setEnabled(editable)
        self.members.setEnabled(editable)
        self.preview_button.setEnabled(True)
        self._edited()

    def can_edit(self) -> bool:
        return self.ctx.actor.is_manager or self._members.get(self.ctx.actor.id, False)

    def _fill_members(self, reps: list[RepInfo]) -> None:
        self.members.blockSignals(True)
        self.members.setRowCount(len(reps))
        for row, rep in enumerate(reps):
            name = rep.name if rep.active else self.tr("{name} (inactive)").format(name=rep.name)
            name_item = QTableWidgetItem(name)
            name_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name_item.setData(IdRole, rep.id)
            self.members.setItem(row, COL_REP, name_item)
            for col, on in (
                (COL_MEMBER, rep.id in self._members),
                (COL_ADMIN, self._members.get(rep.id, False)),
            ):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.members.setItem(row, col, item)
        self.members.blockSignals(False)

    def ask_unsaved(self, pool_id: int) -> QMessageBox:
        """Another pool was clicked while this one's rules have edits not saved: save
        them (preview and confirmation first), discard them, or stay on this pool."""
        name = self.pool_list.currentItem().text()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Rules not saved"),
            self.tr("The rules of {pool} have changes that are not saved.").format(pool=name),
            parent=self,
        )
        box.setObjectName("unsaved_rules")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        save = box.addButton(QMessageBox.StandardButton.Save)
        discard = box.addButton(QMessageBox.StandardButton.Discard)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))

        def done(_result: int) -> None:
            if box.clickedButton() is save:
                self.save(then_show=pool_id)
            elif box.clickedButton() is discard:
                self.form.load(self.form.stored)
                self.reload(keep=pool_id)

        box.finished.connect(done)
        box.open()
        return box

    def _on_changed(self, areas: frozenset[str]) -> None:
        """Membership and names always; rules only when no edit would be lost."""
        if areas & {POOLS, REPS} or (RULES in areas and not self.form.changes()):
            self.reload()

    # --- editing -------------------------------------------------------------------------

    def _edited(self) -> None:
        self.save_button.setEnabled(self.can_edit() and bool(self.form.changes()))
        self.revert_button.setEnabled(self.save_button.isEnabled())

    def _member_toggled(self, item: QTableWidgetItem) -> None:
        pool_id = self.current_pool()
        rep_id = int(self.members.item(item.row(), COL_REP).data(IdRole))
        on = item.checkState() == Qt.CheckState.Checked
        if item.column() == COL_ADMIN:
            member, admin = on or rep_id in self._members, on
        else:
            member, admin = on, on and self._members.get(rep_id, False)
        actor = self.ctx.actor.id
        Task(
            self,
            self.ctx,
            lambda s, _p: pools.set_member(s, pool_id, rep_id, actor, admin=admin, member=member),
        ).changes(POOLS).failure(self._reload_on_failure).run()

    def _reload_on_failure(self, _exc: BaseException) -> bool:
        self.reload()
        return False

    def new_pool(self) -> NewPoolDialog:
        dialog = NewPoolDialog(self)
        return open_dialog(dialog, lambda: self._create_pool(dialog.name.text()))

    def _create_pool(self, name: str) -> None:
        actor = self.ctx.actor.id
        Task(self, self.ctx, lambda s, _p: pools.create_pool(s, name, actor)).success(
            lambda pool_id: self.reload(keep=pool_id)
        ).changes(POOLS).run()

    def _preview_text(self, now: pools.SweepResult, then: pools.SweepResult) -> str:
        """Names the pool: its numbers are this pool's, as `crmdesk pool sweep --dry-run
        --pool` counts them (the command without --pool adds up every pool)."""
        item = self.pool_list.currentItem()
        return self.tr(
            "In {pool}, with these rules, customers reclaimed now: {n}; customers warned "
            "(their owners are told): {w}. With the saved rules: {n0} and {w0}."
        ).format(
            pool=item.text() if item is not None else "",
            n=then.reclaimed,
            w=then.warned,
            n0=now.reclaimed,
            w0=now.warned,
        )

    def preview(self, then: Callable[[Previews], None] | None = None) -> Task[Previews]:
        """Count what the rules on screen would do now, next to what the saved ones do."""
        pool_id, changes = self.current_pool(), self.form.changes()

        def work(session: Session, _progress: object) -> Previews:
            return (
                pools.preview_rules(session, pool_id, {}),
                pools.preview_rules(session, pool_id, changes),
            )

        def shown(result: Previews) -> None:
            self.preview_label.setText(self._preview_text(*result))
            if then is not None:
                then(result)

        return (
            Task(self, self.ctx, work)
            .success(shown)
            .progress(self.tr("Counting what the rules would do…"))
            .run()
        )

    def save(self, then_show: int | None = None) -> None:
        """Preview first, then ask: a rule change can reclaim many customers at once.
        Once saved, the pool `then_show` is shown if given (the one clicked meanwhile)."""
        pool_id, changes = self.current_pool(), self.form.changes()
        if pool_id is None or not changes:
            return

        def ask(result: Previews) -> None:
            confirm(
                self,
                "confirm_rules",
                self.tr("Save the pool's rules"),
                self._preview_text(*result)
                + "\n\n"
                + self.tr("The next sweep applies them. Save?"),
                lambda: self._save(pool_id, changes, then_show),
            )

        self.preview(then=ask)

    def _save(self, pool_id: int, changes: dict[str, Any], then_show: int | None) -> None:
        actor = self.ctx.actor.id
        Task(self, self.ctx, lambda s, _p: pools.update_rules(s, pool_id, changes, actor)).success(
            lambda _: self._show_stored(then_show)
        ).changes(RULES).run()

    def _show_stored(self, pool_id: int | None) -> None:
        """After a save the form shows the stored rules, not the edits it kept."""
        self._shown_pool = None
        self.reload(keep=pool_id)
