"""Nothing cut off: every page, the customer workspace and every dialog of the window, in
Chinese and in English, at 1280×800 on a small demo, with no label, button, tab, header,
cell, placeholder or chart label elided or clipped (see tests/ui/clipping.py for how each
is measured)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from crmdesk.core.demo import fill_demo
from crmdesk.core.models import ACTIVE, CLOSED, Pool, Rep
from crmdesk.storage.engine import Database, resolve_url
from crmdesk.ui import i18n, style
from crmdesk.ui.context import AppContext
from crmdesk.ui.import_wizard import ImportWizard
from crmdesk.ui.list_page import ListPage
from crmdesk.ui.main_window import FOCUS, MainWindow
from crmdesk.ui.reports import REPORT_NAMES, ReportsPage
from crmdesk.ui.settings import SettingsPage
from crmdesk.ui.signin import FirstRunDialog, ProfileDialog
from crmdesk.ui.today_page import TodayPage
from tests.ui.clipping import Clip, clipped_texts, plain, section_font
from tests.ui.conftest import delete_on_gui_thread, wait_tasks

WIDTH, HEIGHT = 1280, 800
DEMO_CUSTOMERS = 300
SPREADSHEET = Path(__file__).parent / "files" / "wizard_customers.xlsx"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path) -> Path:
    path = tmp_path_factory.mktemp("clipping") / "demo.sqlite"
    shutil.copyfile(sqlite_template, path)
    database = Database(resolve_url(str(path)))
    with database.session() as session:
        fill_demo(session, DEMO_CUSTOMERS)
    database.dispose()
    return path


@pytest.fixture
def demo(tmp_path: Path, demo_file: Path) -> Iterator[Database]:
    """A copy of the demo per test: the window's rules clock may reclaim customers."""
    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_file, path)
    database = Database(resolve_url(str(path)))
    yield database
    database.dispose()


@pytest.fixture
def looks(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The application's own style and palette, and QSettings in the test's folder (the
    window remembers its size there); what the other tests see is put back after."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    sheet, palette, name = qapp.styleSheet(), qapp.palette(), qapp.style().name()
    style.apply(qapp)
    yield
    qapp.setStyle(name)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    i18n.install("en")


class Tour:
    """Opens what a person opens and measures it, noting where it was."""

    def __init__(self, qtbot: QtBot, lang: str) -> None:
        self.qtbot = qtbot
        self.lang = lang
        self.found: list[str] = []
        self.places: dict[str, list[str]] = {}
        self.windows: list[QWidget] = []

    def check(self, place: str, widget: QWidget) -> None:
        wait_tasks(self.qtbot)
        QApplication.processEvents()
        for clip in clipped_texts(widget):
            key = str(clip)
            if key not in self.places:  # a page measured twice, one list in two places
                self.found.append(key)
                self.places[key] = []
            if place not in self.places[key]:
                self.places[key].append(place)
        if widget.isWindow() and (widget.width() > WIDTH or widget.height() > HEIGHT):
            big = Clip(type(widget).__name__, "window", widget.windowTitle(), widget.width(), WIDTH)
            self.found.append(f"{big} ({widget.height()} px high, the screen {HEIGHT})")
            self.places[self.found[-1]] = [place]

    def dialog(self, place: str, opener: Callable[[], QWidget | None]) -> None:
        dialog = opener()
        if dialog is None:
            self.found.append(f"{place}: the dialog did not open")
            self.places[self.found[-1]] = [place]
            return
        self.check(place, dialog)
        self.check_tabs(place, dialog)
        if shiboken6.isValid(dialog):
            dialog.close()

    def check_tabs(self, place: str, widget: QWidget) -> None:
        """The tabs not in front, too."""
        for tabs in widget.findChildren(QTabWidget):
            if not tabs.isVisible():
                continue
            front = tabs.currentIndex()
            for i in range(tabs.count()):
                if i != front:
                    tabs.setCurrentIndex(i)
                    self.check(f"{place}/{plain(tabs.tabText(i))}", widget)
            tabs.setCurrentIndex(front)


def select_rows(page: ListPage, rows: list[int]) -> None:
    selection = QItemSelection()
    for row in rows:
        index = page.model.index(row, 0)
        selection.select(index, index)
    flags = QItemSelectionModel.SelectionFlag
    page.table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)


def list_page(tour: Tour, window: MainWindow, key: str) -> ListPage:
    page = window.show_page(key)
    assert isinstance(page, ListPage)
    tour.qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    return page


def first_row(page: ListPage, status: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.row_at(r)["status"] == status)


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    window.resize(WIDTH, HEIGHT)
    window.show()
    qtbot.waitExposed(window)
    wait_tasks(qtbot)
    return window


def visit_pages(tour: Tour, window: MainWindow, who: str = "") -> None:
    for key in list(window._items):
        if key in ("pools", FOCUS):
            continue
        page = window.show_page(key)
        tour.check(f"{who}{key}", window)
        if isinstance(page, SettingsPage):
            for i in range(page.tabs.count()):
                page.tabs.setCurrentIndex(i)
                tour.check(f"{who}settings/{page.tabs.tabText(i)}", window)
        if isinstance(page, ReportsPage):
            for name in REPORT_NAMES:
                page.show_report(name)
                wait_tasks(tour.qtbot)
                tour.check(f"{who}reports/{name}", window)


def open_dialogs(tour: Tour, window: MainWindow, default_pool: int) -> None:
    run = window.customer_actions.run
    page = list_page(tour, window, f"pool:{default_pool}")
    select_rows(page, [0])
    tour.dialog("claim", lambda: run("claim"))

    page = list_page(tour, window, "team")
    select_rows(page, [0])
    tour.dialog("workspace", lambda: window.open_customer(page.model.id_at(0)))
    for name in ("release", "assign", "distribute", "void", "close"):
        tour.dialog(name, lambda name=name: run(name))
    select_rows(page, list(range(12)))  # more than a handful: lock asks first
    tour.dialog("lock", lambda: run("lock"))
    select_rows(page, [0, 1])
    tour.dialog("merge", lambda: run("merge"))

    page = list_page(tour, window, "voided")
    select_rows(page, [0])
    tour.dialog("reactivate a voided customer", lambda: run("reactivate"))
    page = list_page(tour, window, "closed")
    select_rows(page, [first_row(page, CLOSED)])
    tour.dialog("archive", lambda: run("archive"))
    tour.dialog("reactivate a closed customer", lambda: run("reactivate"))

    tour.dialog("new customer", window.new_customer)
    tour.dialog("import wizard", window.import_customers)
    walk_wizard(tour, window)
    tour.dialog("reclaim now", window.sweep)
    tour.dialog("re-grade", window.regrade)
    window.about()
    about = next(box for box in window.findChildren(QMessageBox) if box.isVisible())
    tour.dialog("about", lambda: about)


def walk_wizard(tour: Tour, window: MainWindow) -> None:
    """The import wizard over a real spreadsheet, page by page up to its options (the
    next page imports)."""
    wizard = window.import_customers()
    assert isinstance(wizard, ImportWizard)
    wizard.findChild(QPushButton, "file_browse").click()  # the file dialog is patched
    tour.check("import/file", wizard)
    while wizard.currentId() < ImportWizard.OPTIONS:
        if not wizard.currentPage().isComplete():
            tour.found.append(f"import: page {wizard.currentId()} cannot go on")
            tour.places[tour.found[-1]] = ["import"]
            break
        wizard.next()
        tour.check(f"import/{type(wizard.currentPage()).__name__}", wizard)
    wizard.reject()


def start_dialogs(tour: Tour, empty: Database, demo: Database) -> None:
    """What a person meets before the window: the set-up of a new database (also with
    "import a spreadsheet" chosen) and the choice of who works at a laptop's file."""
    first = opened(FirstRunDialog(empty, lang=tour.lang))
    tour.check("set-up", first)
    first.import_later.setChecked(True)
    tour.check("set-up, importing a spreadsheet", first)
    first.close()
    tour.dialog("who are you", lambda: opened(ProfileDialog(demo, lang=tour.lang)))


def opened(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_text_is_cut_off(
    qtbot: QtBot,
    looks: None,
    demo: Database,
    ui_db: Database,
    lang: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(SPREADSHEET), ""))
    i18n.install(lang)
    with demo.session() as session:
        manager = session.scalar(select(Rep.id).where(Rep.role == "manager").order_by(Rep.id))
        rep = session.scalar(select(Rep.id).where(Rep.role == "rep", Rep.active).order_by(Rep.id))
        default_pool = session.scalar(select(Pool.id).where(Pool.is_default))
    assert manager is not None and rep is not None and default_pool is not None
    tour = Tour(qtbot, lang)
    window = open_window(qtbot, AppContext(demo, manager, lang))
    tour.windows.append(window)
    try:
        visit_pages(tour, window)
        open_dialogs(tour, window, default_pool)
        rep_window = open_window(qtbot, AppContext(demo, rep, lang))
        tour.windows.append(rep_window)
        visit_pages(tour, rep_window, "rep's ")
        today = rep_window.show_page("today")
        assert isinstance(today, TodayPage)
        qtbot.mouseClick(today.cards["due"], Qt.MouseButton.LeftButton)
        page = list_page(tour, rep_window, FOCUS)
        assert page.model.row_at(0)["status"] == ACTIVE
        tour.check("rep's list opened from Today", rep_window)
        start_dialogs(tour, ui_db, demo)
    finally:
        delete_on_gui_thread(qtbot, tour.windows)
    report = [f"{lang} {', '.join(tour.places[key])}: {key}" for key in tour.found]
    assert not report, f"{len(report)} texts cut off:\n" + "\n".join(report)


# --- the measure itself: it finds what is cut and leaves alone what reads in full -------


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def kinds(widget: QWidget) -> list[str]:
    return [clip.kind for clip in clipped_texts(widget)]


def test_a_label_or_button_narrower_than_its_text_is_found(qtbot: QtBot, looks: None) -> None:
    box = QWidget()
    box.resize(400, 100)
    label = QLabel("Customers about to be reclaimed", box)
    button = QPushButton("Release to pool…", box)
    button.move(0, 40)
    shown(qtbot, box)
    for widget in (label, button):
        widget.resize(widget.sizeHint())
    assert kinds(box) == []
    label.resize(label.sizeHint().width() - 20, label.sizeHint().height())
    button.resize(button.fontMetrics().horizontalAdvance(button.text()) - 10, 30)
    assert sorted(kinds(box)) == ["button", "label"]


def test_a_wrapped_label_without_the_height_it_needs_is_found(qtbot: QtBot, looks: None) -> None:
    label = QLabel("follow them up to keep them, or they go back to the public pool")
    label.setWordWrap(True)
    shown(qtbot, label).resize(120, label.heightForWidth(120))
    assert kinds(label) == []
    label.resize(120, label.fontMetrics().height())
    assert kinds(label) == ["wrapped label"]


def test_an_elided_cell_and_a_narrow_header_are_found(qtbot: QtBot, looks: None) -> None:
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["Phone", "Next follow-up"])
    table.setItem(0, 0, QTableWidgetItem("0755-28353962"))
    table.setItem(0, 1, QTableWidgetItem("3"))
    shown(qtbot, table).resize(600, 200)
    table.resizeColumnsToContents()
    assert kinds(table) == []
    table.setColumnWidth(0, 60)
    table.setColumnWidth(1, 60)
    assert sorted(kinds(table)) == ["cell", "header"]


def test_a_header_that_sorts_keeps_room_for_its_arrow(qtbot: QtBot, looks: None) -> None:
    table = QTableWidget(1, 1)
    table.setHorizontalHeaderLabels(["Days left"])
    shown(qtbot, table).resize(400, 200)
    header = table.horizontalHeader()
    header.resizeSection(0, header.sectionSizeFromContents(0).width())
    assert kinds(table) == []
    table.setSortingEnabled(True)
    header.resizeSection(0, QFontMetrics(section_font(header)).horizontalAdvance("Days left") + 18)
    assert kinds(table) == ["header (with its sort arrow)"]


def test_a_spin_box_too_narrow_for_its_suffix_is_found(qtbot: QtBot, looks: None) -> None:
    spin = QSpinBox()
    spin.setRange(0, 365)
    spin.setValue(30)
    spin.setSuffix(" days without a follow-up")
    shown(qtbot, spin).resize(spin.sizeHint())
    assert kinds(spin) == []
    spin.resize(80, spin.height())
    assert kinds(spin) == ["spin box"]


def test_a_chart_label_qt_shortened_is_found(qtbot: QtBot, looks: None) -> None:
    names = [f"销售代表第{i}号（华南大区）" for i in range(8)]
    bars = QBarSet("客户数")
    bars.append([float(i + 1) for i in range(8)])
    series = QBarSeries()
    series.append(bars)
    chart = QChart()
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(names)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    view = QChartView(chart)
    shown(qtbot, view).resize(360, 260)
    qtbot.wait(50)
    found = clipped_texts(view)
    assert found and {clip.text for clip in found} <= set(names)
    view.resize(2400, 400)
    qtbot.wait(50)
    assert clipped_texts(view) == []
