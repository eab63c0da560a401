"""The window: a side bar of lists and pages, the selected page, the actions' toolbar.

Pages are built the first time they are shown, so the window opens at once on a million
customers; the side bar's counts come from one background task after each change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from sqlalchemy import select

from crmdesk import __version__
from crmdesk.core import stats
from crmdesk.core.housekeeping import RulesRun
from crmdesk.core.models import ACTIVE, ARCHIVED, CLOSED, POOL, VOIDED, Pool, PoolMember
from crmdesk.core.search import Filters
from crmdesk.ui import style
from crmdesk.ui.actions import CustomerActions
from crmdesk.ui.context import CUSTOMERS, POOLS, REPS, AppContext
from crmdesk.ui.list_page import ListPage
from crmdesk.ui.rules_clock import RulesClock
from crmdesk.ui.tasks import Task

if TYPE_CHECKING:
    from crmdesk.ui.today_page import ListRequest

KEY_ROLE = Qt.ItemDataRole.UserRole
COUNT_DELAY_MS = 400  # changes come in bursts; count once after them
ENABLE_SAMPLE = 200  # selected rows the actions' enabling looks at; the service checks all
FOCUS = "focus"  # the side-bar entry under Today for the list a number on Today opened

# The actions each list offers; the toolbar shows those of the page in front.
OWNED = ("release", "assign", "distribute", "void", "close", "lock", "unlock", "merge")
VIEW_ACTIONS: dict[str, tuple[str, ...]] = {
    "mine": OWNED,
    "team": OWNED,
    FOCUS: OWNED,
    "pool": ("claim", "assign", "distribute", "void", "merge"),
    "voided": ("reactivate",),
    "closed": ("archive", "reactivate"),
}


class MainWindow(QMainWindow):
    """The Host of the customer actions: it knows the current list and its selection."""

    language_changed = Signal(str)  # from Settings; the app rebuilds the window
    person_changed = Signal(int)  # File → Switch person…; the app rebuilds the window as them

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("main_window")
        self.setWindowTitle(self.tr("CRMDesk — {name}").format(name=ctx.actor.name))
        self.resize(1280, 800)
        self.pages: dict[str, QWidget] = {}

        self.nav = QTreeWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setHeaderHidden(True)
        self.nav.setRootIsDecorated(False)
        self.nav.setIndentation(14)
        self.nav.setMinimumWidth(190)
        self.stack = QStackedWidget(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([210, 1070])
        self.setCentralWidget(splitter)
        style.remember(splitter, "main_window.splitter")

        self.rules_clock = RulesClock(ctx, self)
        self.rules_clock.ran.connect(self._rules_ran)
        self.rules_clock.warned.connect(self._customers_warned)
        self.customer_actions = CustomerActions(self, self)
        self.customer_actions.done.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._build_menus()
        style.remember(self, "main_window")
        self._items: dict[str, QTreeWidgetItem] = {}
        self._build_nav()
        self.nav.currentItemChanged.connect(self._navigate)
        self.nav.setCurrentItem(self._items["today"])

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self.refresh_counts)
        ctx.changed.connect(self._changed)
        self.refresh_counts()

        self.rules_clock.start()

    # --- side bar --------------------------------------------------------------------

    def _nav_titles(self) -> dict[str, str]:
        return {
            "today": self.tr("Today"),
            "mine": self.tr("My customers"),
            "pools": self.tr("Public pools"),
            "team": self.tr("Team"),
            "queues": self.tr("Suggestions & warnings"),
            "cleanup": self.tr("Cleanup"),
            "duplicates": self.tr("Duplicates"),
            "voided": self.tr("Recycle bin"),
            "closed": self.tr("Closed & archived"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }

    def _build_nav(self) -> None:
        self.nav.clear()
        self._items.clear()
        titles = self._nav_titles()
        manager = self.ctx.actor.is_manager
        keys = ["today", "mine", "pools", "team", "queues", "cleanup", "duplicates", "voided"]
        keys += ["closed", "reports", "settings"]
        for key in keys:
            if key in ("team", "cleanup", "duplicates") and not manager:
                continue
            item = QTreeWidgetItem([titles[key]])
            item.setData(0, KEY_ROLE, key)
            item.setIcon(0, style.icon(key))
            self.nav.addTopLevelItem(item)
            self._items[key] = item
        pools_item = self._items["pools"]
        pools_item.setFlags(pools_item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        listed = select(Pool.id, Pool.name).order_by(Pool.id)
        if not manager:  # a rep sees the pools they are a member of
            mine = select(PoolMember.pool_id).where(PoolMember.rep_id == self.ctx.actor.id)
            listed = listed.where(Pool.id.in_(mine))
        with self.ctx.session() as session:
            pools = list(session.execute(listed).tuples())
        for pool_id, name in pools:
            child = QTreeWidgetItem([name])
            child.setData(0, KEY_ROLE, f"pool:{pool_id}")
            child.setIcon(0, style.icon("pool"))
            pools_item.addChild(child)
            self._items[f"pool:{pool_id}"] = child
        pools_item.setExpanded(True)

    def refresh_counts(self) -> None:
        actor = self.ctx.actor.id
        Task(self, self.ctx, lambda session, _p: stats.list_counts(session, actor)).success(
            self._show_counts
        ).run()

    def _show_counts(self, counts: dict[str, int]) -> None:
        titles = self._nav_titles()
        for key, item in self._items.items():
            base = titles.get(key) or item.text(0).rsplit("  ", 1)[0]
            if key in counts or key.startswith("pool:"):
                item.setText(0, f"{base}  {counts.get(key, 0):,}")

    def _changed(self, areas: frozenset[str]) -> None:
        if POOLS in areas:
            current = self.current_key()
            self._build_nav()
            self.nav.setCurrentItem(self._items.get(current) or self._items["today"])
        if areas & {CUSTOMERS, POOLS, REPS}:
            self._count_timer.start()

    # --- pages -----------------------------------------------------------------------

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(0, KEY_ROLE)) if item is not None else "today"

    def _navigate(self, item: QTreeWidgetItem | None, _previous: Any = None) -> None:
        if item is None:
            return
        key = str(item.data(0, KEY_ROLE))
        if key == "pools":
            return
        page = self.pages.get(key)
        if page is None:
            page = self._make_page(key)
            self.pages[key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._show_actions_of(key)
        self._selection_changed()

    def _show_actions_of(self, key: str) -> None:
        """The toolbar and menus offer what the page in front can do, nothing else."""
        wanted = VIEW_ACTIONS.get("pool" if key.startswith("pool:") else key, ())
        for action in self.customer_actions.actions():
            action.setVisible(action.objectName().removeprefix("action_") in wanted)
        self.toolbar.setVisible(bool(wanted))

    def show_page(self, key: str) -> QWidget:
        """Select a side-bar entry and return its page (menus and tests use this)."""
        self.nav.setCurrentItem(self._items[key])
        return self.pages[key]

    def _make_page(self, key: str) -> QWidget:
        ctx = self.ctx
        me = ctx.actor.id
        if key == "today":
            from crmdesk.ui.today_page import TodayPage

            today = TodayPage(ctx, self)
            today.open_customer.connect(self.open_customer)
            today.open_list.connect(self.open_list)
            today.open_page.connect(self._open_page_key)
            if self.rules_clock.last is not None:
                today.show_rules_run(self.rules_clock.last, self.rules_clock.next_at())
            return today
        if key == "mine":
            return self._list(Filters(status=(ACTIVE,), owner=me), view="mine")
        if key.startswith("pool:"):
            pool = int(key.split(":")[1])
            return self._list(Filters(status=(POOL,), pool=pool, visible_to=me), view="pool")
        if key == "team":
            return self._list(Filters(status=(ACTIVE,)), view="team")
        if key == "voided":
            return self._list(Filters(status=(VOIDED,), visible_to=me), view="voided")
        if key == "closed":
            filters = ("status", "owner", "tier", "region", "industry")
            closed = Filters(status=(CLOSED, ARCHIVED), visible_to=me)
            return self._list(closed, view="closed", filters=filters)
        # The other pages load on first use: the window opens without their imports.
        if key == "queues":
            from crmdesk.ui.queues import SuggestionsPage

            page: Any = SuggestionsPage(ctx, self)
        elif key == "cleanup":
            from crmdesk.ui.queues import CleanupPage

            page = CleanupPage(ctx, self)
        elif key == "duplicates":
            from crmdesk.ui.duplicates_page import DuplicatesPage

            page = DuplicatesPage(ctx, self)
        elif key == "reports":
            from crmdesk.ui.reports import ReportsPage

            page = ReportsPage(ctx, self)
        else:
            from crmdesk.ui.settings import SettingsPage

            page = SettingsPage(ctx, self)
        if hasattr(page, "open_customer"):
            page.open_customer.connect(self.open_customer)
        if hasattr(page, "language_changed"):
            page.language_changed.connect(self.language_changed)
        return page

    def _list(self, base: Filters, **options: Any) -> ListPage:
        page = ListPage(self.ctx, base, parent=self, **options)
        page.selection_changed.connect(self._selection_changed)
        page.open_customer.connect(self.open_customer)
        page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        page.table.customContextMenuRequested.connect(
            lambda at, page=page: self._context_menu(page, at)
        )
        return page

    def open_list(self, request: ListRequest) -> ListPage:
        """Show the list behind a number on Today, as an entry under Today."""
        page = self.pages.get(FOCUS)
        if isinstance(page, ListPage):
            page.set_base(
                request.filters,
                sort=request.sort,
                descending=request.descending,
                title=request.title,
            )
        else:
            page = self._list(
                request.filters,
                view="today",
                sort=request.sort,
                descending=request.descending,
                title=request.title,
            )
            self.pages[FOCUS] = page
            self.stack.addWidget(page)
        item = self._items.get(FOCUS)
        if item is None:
            item = QTreeWidgetItem()
            item.setData(0, KEY_ROLE, FOCUS)
            item.setIcon(0, style.icon("search"))
            self._items["today"].addChild(item)
            self._items["today"].setExpanded(True)
            self._items[FOCUS] = item
        item.setText(0, request.title)
        item.setToolTip(0, request.title)
        if self.nav.currentItem() is item:
            self._navigate(item)
        else:
            self.nav.setCurrentItem(item)
        return page

    def _open_page_key(self, key: str) -> None:
        if key in self._items:
            self.nav.setCurrentItem(self._items[key])

    def _rules_ran(self, done: RulesRun) -> None:
        today = self.pages.get("today")
        if today is not None:
            today.show_rules_run(done, self.rules_clock.next_at())  # type: ignore[attr-defined]
        if done.ran and (done.reclaimed or done.warned):
            self.statusBar().showMessage(
                self.tr("Rules applied: {reclaimed} reclaimed, {warned} warned").format(
                    reclaimed=done.reclaimed, warned=done.warned
                ),
                10_000,
            )

    def _customers_warned(self, n: int) -> None:
        self.statusBar().showMessage(
            self.tr("%n of your customers entered the warning period before reclaim.", "", n),
            15_000,
        )

    def current_list(self) -> ListPage | None:
        page = self.stack.currentWidget()
        return page if isinstance(page, ListPage) else None

    def open_customer(self, customer_id: int) -> QWidget:
        from crmdesk.ui.detail import CustomerDetail

        detail = CustomerDetail(self.ctx, customer_id, self)
        detail.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if hasattr(detail, "open_customer"):
            detail.open_customer.connect(self.open_customer)
        detail.show()
        return detail

    # --- Host ------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        page = self.current_list()
        return page.selected_ids() if page else []

    def selected_rows(self) -> list[dict[str, Any]]:
        page = self.current_list()
        return page.selected_rows() if page else []

    def current_pool(self) -> int | None:
        key = self.current_key()
        return int(key.split(":")[1]) if key.startswith("pool:") else None

    def _selection_changed(self) -> None:
        page = self.current_list()
        rows = page.selected_rows(limit=ENABLE_SAMPLE) if page else []
        self.customer_actions.update_enabled(rows)

    # --- menus -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QKeySequence.StandardKey.New
        self._add(file_menu, self.tr("&New customer…"), new, self.new_customer)
        self._add(file_menu, self.tr("&Import customers…"), "Ctrl+I", self.import_customers)
        self._add(file_menu, self.tr("&Export this list…"), "Ctrl+E", self.export_list)
        self._add(file_menu, self.tr("Export the &selection…"), None, self.export_selection)
        self._add(file_menu, self.tr("Save an import &template…"), None, self.save_template)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("S&witch person…"), None, self.switch_person)
        file_menu.addSeparator()
        self._add(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        customer_menu = self.menuBar().addMenu(self.tr("&Customers"))
        toolbar = QToolBar(self.tr("Actions"), self)
        toolbar.setObjectName("actions_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self._add(customer_menu, self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search)
        self._add(customer_menu, self.tr("&Open"), "Ctrl+O", self.open_selected)
        customer_menu.addSeparator()
        for action in self.customer_actions.actions():
            customer_menu.addAction(action)
            toolbar.addAction(action)
        if self.ctx.actor.is_manager:
            customer_menu.addSeparator()
            self._add(customer_menu, self.tr("Reclaim neglected customers now…"), None, self.sweep)
            self._add(customer_menu, self.tr("Re-grade tiers now…"), None, self.regrade)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._add(help_menu, self.tr("&About CRMDesk"), None, self.about)

    def _add(self, menu: QMenu, text: str, shortcut: Any, slot: Any) -> QAction:
        action = menu.addAction(text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    def _context_menu(self, page: ListPage, at: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.open_selected)
        menu.addSeparator()
        for action in self.customer_actions.actions():
            menu.addAction(action)
        menu.popup(page.table.viewport().mapToGlobal(at))

    def focus_search(self) -> None:
        page = self.current_list()
        if page is not None:
            page.search_box.setFocus()
            page.search_box.selectAll()

    def open_selected(self) -> None:
        for customer_id in self.selected_ids()[:10]:
            self.open_customer(customer_id)

    def import_customers(self) -> QWidget:
        from crmdesk.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.finished_into.connect(self._open_page_key)  # where the new customers went
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def export_list(self) -> Any:
        from crmdesk.ui.export import export_list

        page = self.current_list()
        if page is None:
            return None
        query = page.model.query
        return export_list(self.ctx, self, query.text, query.filters)

    def export_selection(self) -> Any:
        from crmdesk.ui.export import export_list

        page = self.current_list()
        ids = self.selected_ids()
        if page is None or not ids:
            self.statusBar().showMessage(self.tr("Select customers to export first"), 5000)
            return None
        return export_list(self.ctx, self, "", page.model.query.filters, ids)

    def save_template(self) -> Any:
        from crmdesk.ui.export import save_template

        return save_template(self.ctx, self)

    def new_customer(self) -> QWidget:
        from crmdesk.ui.new_customer import NewCustomerDialog

        dialog = NewCustomerDialog(self.ctx, self)
        dialog.created.connect(
            lambda _id: self.statusBar().showMessage(self.tr("Customer added"), 5000)
        )
        return self._open_dialog(dialog)

    def sweep(self) -> QWidget:
        from crmdesk.ui.maintenance import SweepDialog

        return self._open_dialog(SweepDialog(self.ctx, self))

    def regrade(self) -> QWidget:
        from crmdesk.ui.maintenance import GradeDialog

        return self._open_dialog(GradeDialog(self.ctx, self))

    def _open_dialog(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    def switch_person(self) -> None:
        """Work as someone else: on a laptop's file a manager sees what a rep sees."""
        from crmdesk.ui.signin import choose_profile

        rep_id = choose_profile(self.ctx.database, self, self.ctx.lang)
        if rep_id is not None and rep_id != self.ctx.actor.id:
            self.person_changed.emit(rep_id)

    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About CRMDesk"))
        box.setText(
            self.tr(
                "CRMDesk {version}\nKeeps a small sales team's customer base clean and worked."
            ).format(version=__version__)
        )
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.ctx.changed.disconnect(self._changed)
        super().closeEvent(event)
