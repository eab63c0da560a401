"""Settings > Reps: add people and edit their role, region, capacity, level and whether
they are active. A rep who still owns active customers cannot be deactivated
(core/team.update_rep): assign or release the customers first, and nothing is lost."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import auth, team
from crmdesk.core.team import RepInfo
from crmdesk.ui.context import REPS, AppContext
from crmdesk.ui.settings_common import ok_cancel, open_dialog, read_only_note, spin
from crmdesk.ui.tasks import Task
from crmdesk.ui.widgets import wrapped_label

COLUMNS = ("name", "role", "region", "capacity", "level", "active", "owned")
IdRole = Qt.ItemDataRole.UserRole


class RepDialog(QDialog):
    """A new rep (name editable) or an existing one (name shown, the rest editable)."""

    def __init__(self, parent: QWidget | None, rep: RepInfo | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rep_dialog")
        self.setWindowTitle(self.tr("Edit rep") if rep else self.tr("Add rep"))
        self.rep = rep
        self.name = QLineEdit(rep.name if rep else "", self)
        self.name.setObjectName("rep_name")
        self.name.setMaxLength(100)
        self.name.setReadOnly(rep is not None)
        self.role = QComboBox(self)
        self.role.setObjectName("rep_role")
        self.role.addItem(self.tr("Rep"), "rep")
        self.role.addItem(self.tr("Manager"), "manager")
        self.role.setCurrentIndex(max(0, self.role.findData(rep.role if rep else "rep")))
        self.region = QLineEdit((rep.region or "") if rep else "", self)
        self.region.setObjectName("rep_region")
        self.region.setMaxLength(team.REGION_LENGTH)
        self.capacity = spin("rep_capacity", 0, team.MAX_CAPACITY, self)
        self.capacity.setValue(rep.capacity if rep else 200)
        self.level = spin("rep_level", 1, team.MAX_LEVEL, self)
        self.level.setValue(rep.level if rep else 1)
        self.active = QCheckBox(self.tr("Active"), self)
        self.active.setObjectName("rep_active")
        self.active.setChecked(rep.active if rep else True)
        self.active.setEnabled(rep is not None)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Region"), self.region)
        form.addRow(self.tr("Capacity (active customers)"), self.capacity)
        form.addRow(self.tr("Level (weight when distributing)"), self.level)
        form.addRow(self.active)
        if rep is not None and rep.owned:
            hint = self.tr(
                "Active customers owned: {n}. Assign or release them before deactivating."
            ).format(n=rep.owned)
            form.addRow(wrapped_label(hint, "rep_owned_hint", self))
        form.addRow(ok_cancel(self))

    def values(self) -> dict[str, Any]:
        return {
            "role": self.role.currentData(),
            "region": self.region.text().strip() or None,
            "capacity": self.capacity.value(),
            "level": self.level.value(),
            "active": self.active.isChecked(),
        }

    def changes(self) -> dict[str, Any]:
        """What differs from the rep as they were (an existing rep only)."""
        assert self.rep is not None
        return {k: v for k, v in self.values().items() if getattr(self.rep, k) != v}


class PasswordDialog(QDialog):
    """A new password, typed twice; the service checks its length."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set the password of {name}").format(name=name))
        form = QFormLayout(self)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.again = QLineEdit(self)
        self.again.setObjectName("again")
        for field in (self.password, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._check)
        form.addRow(self.tr("New password"), self.password)
        form.addRow(self.tr("Again"), self.again)
        self.problem = wrapped_label("", "problem", self)
        form.addRow(self.problem)
        self.buttons = ok_cancel(self)
        form.addRow(self.buttons)
        self._check()

    def _check(self) -> None:
        typed = self.password.text()
        same = typed == self.again.text()
        self.problem.setText("" if same or not self.again.text() else self.tr("The two differ."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(typed) and same)


class RepsTab(QWidget):
    password_set = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._reps: list[RepInfo] = []
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("rep_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Region"),
                self.tr("Capacity"),
                self.tr("Level"),
                self.tr("Active"),
                self.tr("Customers"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _i: self.edit_rep())
        self.add_button = QPushButton(self.tr("Add rep…"), self)
        self.add_button.setObjectName("add_rep")
        self.add_button.clicked.connect(self.add_rep)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("edit_rep")
        self.edit_button.clicked.connect(self.edit_rep)
        for button in (self.add_button, self.edit_button):
            button.setEnabled(ctx.actor.is_manager)
        # on a shared server people sign in: a manager sets anyone's password, a rep their own
        self.password_button = QPushButton(self.tr("Set password…"), self)
        self.password_button.setObjectName("set_password")
        self.password_button.clicked.connect(self.set_password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.password_button)
        layout = QVBoxLayout(self)
        if not ctx.actor.is_manager:
            layout.addWidget(read_only_note(self))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        ctx.changed.connect(self._on_changed)
        self.reload()

    def reload(self, keep: int | None = None) -> None:
        keep = keep or (self.current().id if self.current() else None)
        with self.ctx.session() as session:
            self._reps = team.list_reps(session)
        self.table.setRowCount(len(self._reps))
        yes, no = self.tr("Yes"), self.tr("No")
        for row, rep in enumerate(self._reps):
            role = self.tr("Manager") if rep.role == "manager" else self.tr("Rep")
            cells = (rep.name, role, rep.region or "", rep.capacity, rep.level)
            cells += (yes if rep.active else no, rep.owned)
            for col, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                item.setData(IdRole, rep.id)
                if isinstance(value, int):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        ids = [rep.id for rep in self._reps]
        if keep in ids:
            self.table.selectRow(ids.index(keep))

    def current(self) -> RepInfo | None:
        row = self.table.currentRow()
        return self._reps[row] if 0 <= row < len(self._reps) else None

    def _on_changed(self, areas: frozenset[str]) -> None:
        if REPS in areas:
            self.reload()

    def add_rep(self) -> RepDialog:
        dialog = RepDialog(self)
        actor = self.ctx.actor.id

        def accepted() -> None:
            name, v = dialog.name.text(), dialog.values()
            Task(
                self,
                self.ctx,
                lambda s, _p: team.add_rep(
                    s,
                    name,
                    role=v["role"],
                    region=v["region"],
                    capacity=v["capacity"],
                    level=v["level"],
                    actor=actor,
                ),
            ).success(lambda rep_id: self.reload(keep=rep_id)).changes(REPS).run()

        return open_dialog(dialog, accepted)

    def set_password(self) -> PasswordDialog:
        """For the selected rep if a manager selected one, else for oneself."""
        chosen = self.current() if self.ctx.actor.is_manager else None
        rep_id = chosen.id if chosen else self.ctx.actor.id
        dialog = PasswordDialog(self, chosen.name if chosen else self.ctx.actor.name)
        actor = self.ctx.actor.id

        def accepted() -> None:
            password = dialog.password.text()
            Task(
                self, self.ctx, lambda s, _p: auth.set_password(s, rep_id, password, actor)
            ).success(lambda _r: self.password_set.emit(rep_id)).run()

        return open_dialog(dialog, accepted)

    def edit_rep(self) -> RepDialog | None:
        rep = self.current()
        if rep is None or not self.ctx.actor.is_manager:
            return None
        dialog = RepDialog(self, rep)
        actor = self.ctx.actor.id

        def accepted() -> None:
            changes = dialog.changes()
            if changes:
                Task(
                    self, self.ctx, lambda s, _p: team.update_rep(s, rep.id, changes, actor)
                ).changes(REPS).run()

        return open_dialog(dialog, accepted)
