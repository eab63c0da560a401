"""Settings > Devices: the programs signed in to the team server (`crmdesk login`), so a
lost laptop or a former colleague's command line can be shut out. A manager sees and
revokes the whole team's; anyone else their own (core/devices checks both).

The list is read again each time the tab is shown: sign-ins happen on the server, not
in this window, so nothing here would say that one was added.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.devices import DeviceInfo, idle_days, list_devices, revoke_device
from crmdesk.ui.context import REPS, AppContext
from crmdesk.ui.labels import when
from crmdesk.ui.settings_common import confirm
from crmdesk.ui.tasks import Task
from crmdesk.ui.widgets import fit_columns, wrapped_label

IdRole = Qt.ItemDataRole.UserRole
Listed = tuple[list[DeviceInfo], int, datetime]


class DevicesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._devices: list[DeviceInfo] = []
        self.note = wrapped_label("", "devices_note", self)
        self.empty = wrapped_label(
            self.tr(
                "Devices appear here when someone signs in to the team server with `crmdesk login`."
            ),
            "devices_empty",
            self,
        )
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("device_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Device"),
                self.tr("Signed in"),
                self.tr("Last used"),
                self.tr("Expires if unused"),
                self.tr("Revoked"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._enable)
        self.revoke_button = QPushButton(self.tr("Revoke…"), self)
        self.revoke_button.setObjectName("revoke_device")
        self.revoke_button.clicked.connect(self.revoke)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addStretch(0)
        for widget in (self.empty, self.table, self.revoke_button):
            widget.hide()  # until the list is read, when the tab is first shown
        ctx.changed.connect(self._on_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.reload()

    def _on_changed(self, areas: frozenset[str]) -> None:
        if REPS in areas:  # a role changed: what a person may see changes with it
            self.reload()

    def reload(self) -> None:
        actor = self.ctx.actor.id

        def read(session: Session, _progress: object) -> Listed:
            return list_devices(session, actor), idle_days(session), clock.now()

        keep = self.current().id if self.current() else None
        Task(self, self.ctx, read).success(lambda listed: self._show(listed, keep)).run()

    def _show(self, listed: Listed, keep: int | None) -> None:
        devices, days, now = listed
        self._devices = devices
        if self.ctx.actor.is_manager:
            note = self.tr(
                "Every device signed in to the team server, of the whole team. Revoking one "
                "signs it out at once; one unused for %n day(s) is signed out by itself.",
                "",
                days,
            )
        else:
            note = self.tr(
                "Your devices signed in to the team server. Revoking one signs it out at "
                "once; one unused for %n day(s) is signed out by itself.",
                "",
                days,
            )
        self.note.setText(note)
        self.table.setRowCount(len(devices))
        for row, device in enumerate(devices):
            cells = (
                device.rep_name,
                device.name,
                when(device.created_at),
                when(device.last_used_at),
                self._expires(device, days, now),
                when(device.revoked_at),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(IdRole, device.id)
                self.table.setItem(row, col, item)
        fit_columns(self.table, stretch=1)
        self.empty.setVisible(not devices)
        self.table.setVisible(bool(devices))
        self.revoke_button.setVisible(bool(devices))
        ids = [device.id for device in devices]
        if keep in ids:
            self.table.selectRow(ids.index(keep))
        self._enable()

    def _expires(self, device: DeviceInfo, days: int, now: datetime) -> str:
        if device.revoked_at is not None:
            return ""
        ends = device.last_used_at + timedelta(days=days)
        return self.tr("Expired") if ends <= now else when(ends)

    def current(self) -> DeviceInfo | None:
        row = self.table.currentRow()
        return self._devices[row] if 0 <= row < len(self._devices) else None

    def _enable(self) -> None:
        device = self.current()
        self.revoke_button.setEnabled(device is not None and device.revoked_at is None)

    def revoke(self) -> None:
        """Ask first: the device is signed out and its person must sign in again."""
        device = self.current()
        if device is None or device.revoked_at is not None:
            return
        text = self.tr(
            "Revoke {device} of {person}? It is signed out at once; to use it again, "
            "{person} signs in again with their name and password."
        ).format(device=device.name, person=device.rep_name)
        confirm(
            self, "confirm_revoke", self.tr("Revoke device"), text, lambda: self._revoke(device)
        )

    def _revoke(self, device: DeviceInfo) -> None:
        actor = self.ctx.actor.id
        Task(self, self.ctx, lambda session, _p: revoke_device(session, device.id, actor)).success(
            lambda _r: self.reload()
        ).run()
