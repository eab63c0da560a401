"""Settings (设置): the team's rules, reasons and people, and this desk's own choices.

Managers edit the team's settings and everyone else reads them (the services refuse
anyway; the page disables what would be refused). Language and database location are
personal, so everyone may change them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from crmdesk.ui.context import AppContext
from crmdesk.ui.settings_backups import BackupsTab
from crmdesk.ui.settings_devices import DevicesTab
from crmdesk.ui.settings_general import GeneralTab
from crmdesk.ui.settings_pools import PoolsTab
from crmdesk.ui.settings_reasons import ReasonsTab
from crmdesk.ui.settings_reps import RepsTab
from crmdesk.ui.settings_rules import RulesTab


class SettingsPage(QWidget):
    """Tabs: pools, reasons, thresholds, reps, devices, general (language, database), backups."""

    # "zh", "en", or "" for the system's language: the app reinstalls its translator.
    language_changed = Signal(str)
    # A restore replaced the database under the running program.
    restart_needed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_page")
        self.ctx = ctx
        self.pools = PoolsTab(ctx, self)
        self.reasons = ReasonsTab(ctx, self)
        self.rules = RulesTab(ctx, self)
        self.reps = RepsTab(ctx, self)
        self.devices = DevicesTab(ctx, self)
        self.general = GeneralTab(ctx, self)
        self.backups = BackupsTab(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settings_tabs")
        self.tabs.addTab(self.pools, self.tr("Public pools"))
        self.tabs.addTab(self.reasons, self.tr("Reasons"))
        self.tabs.addTab(self.rules, self.tr("Thresholds"))
        self.tabs.addTab(self.reps, self.tr("Reps"))
        self.tabs.addTab(self.devices, self.tr("Devices"))
        self.tabs.addTab(self.general, self.tr("General"))
        self.tabs.addTab(self.backups, self.tr("Backups"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.general.language_changed.connect(self.language_changed)
        self.backups.restart_needed.connect(self.restart_needed)
