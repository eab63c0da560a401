"""The Reports page over a real SQLite file: customers voided, closed, released and
claimed through the services, then the page's charts read back bar by bar."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarCategoryAxis, QCategoryAxis, QPieSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QGraphicsTextItem, QMessageBox, QPushButton

from crmdesk.core import clock
from crmdesk.core.activity import record_deal
from crmdesk.core.lifecycle import (
    claim_customers,
    close_customers,
    release_customers,
    void_customers,
)
from crmdesk.core.reasons import CLOSE_CHECKLIST
from crmdesk.core.reports import run_report
from crmdesk.core.team import add_rep
from crmdesk.ui import tasks
from crmdesk.ui.charts import ChartPanel
from crmdesk.ui.context import CUSTOMERS, SETTINGS, AppContext
from crmdesk.ui.reports import REPORT_NAMES, ReportsPage
from tests.core.helpers import own
from tests.ui.conftest import wait_tasks

VOIDED_EN = {"Invalid information": 2, "Other": 1, "Budget or financial problems": 1}


@pytest.fixture
def seeded(ui_db, ui_team):
    """Four voided (two reasons and "other"), one closed, one released to 华南公海 and
    claimed there by 李四, and a deal of 1,234.50 by 张三."""
    t, z = ui_team, ui_team.zhang
    with ui_db.session() as s:
        ids = [own(s, t) for _ in range(8)]
        void_customers(s, ids[0:2], "invalid_info", None, z)
        void_customers(s, [ids[2]], "other", "公司已注销", z)
        void_customers(s, [ids[3]], "budget", None, z)
        close_customers(s, [ids[4]], "market_change", None, CLOSE_CHECKLIST, z)
        release_customers(s, [ids[5]], "no_time", None, z, pool_id=t.south_pool)
        claim_customers(s, [ids[5]], t.li)
        record_deal(s, ids[6], z, Decimal("1234.50"))
    return ids


def opened(qtbot, ctx: AppContext) -> ReportsPage:
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    wait_tasks(qtbot)
    return page


def bars(panel: ChartPanel) -> dict[str, dict[str, float]]:
    """Series name -> {category: value}, as the chart draws them."""
    chart = panel.view.chart()
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    categories = axis.categories()
    return {
        s.label(): {c: s.at(i) for i, c in enumerate(categories)}
        for s in chart.series()[0].barSets()
    }


def slices(panel: ChartPanel) -> dict[str, float]:
    series = panel.view.chart().series()[0]
    assert isinstance(series, QPieSeries)
    return {s.label().rpartition(": ")[0]: s.value() for s in series.slices()}


def save_as(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_reasons_chart_has_a_bar_per_reason_with_its_count(qtbot, ctx, seeded):
    page = opened(qtbot, ctx)
    view = page.current_view()
    assert view.name == "reasons"
    assert bars(view.panel("void_reasons")) == {"Customers": VOIDED_EN}
    assert bars(view.panel("close_reasons")) == {"Customers": {"Market change": 1}}
    assert bars(view.panel("release_reasons")) == {"Customers": {"No time to work it": 1}}
    assert slices(view.panel("voided_now")) == VOIDED_EN
    assert "4 voided, 1 closed, 1 released" in view.summary.text()
    # the most common reason is drawn on top of the horizontal bars
    axis = view.panel("void_reasons").view.chart().axes()
    categories = next(a for a in axis if isinstance(a, QBarCategoryAxis)).categories()
    assert categories[-1] == "Invalid information"


def test_reason_labels_in_chinese(qtbot, ui_db, ui_team, seeded):
    page = opened(qtbot, AppContext(ui_db, ui_team.manager, "zh"))
    voided = bars(page.current_view().panel("void_reasons"))
    assert list(voided.values()) == [{"信息无效": 2, "其他": 1, "预算/财务问题": 1}]


def test_loads_on_a_worker_with_a_busy_bar(qtbot, ctx, seeded):
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    assert page.current_view().data is None  # nothing is read before the page is shown
    page.show()
    assert page.busy.isVisible()
    wait_tasks(qtbot)
    assert not page.busy.isVisible()
    assert page.current_view().data is not None


def test_save_chart_as_png(qtbot, ctx, seeded, tmp_path, monkeypatch):
    page = opened(qtbot, ctx)
    panel = page.current_view().panel("void_reasons")
    save_as(monkeypatch, tmp_path / "void reasons")  # the suffix is added
    qtbot.mouseClick(panel.findChild(QPushButton, "save_png"), Qt.MouseButton.LeftButton)
    target = tmp_path / "void reasons.png"
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(target))
    assert image.width() > 200 and image.height() > 200


def test_export_chart_data_to_xlsx(qtbot, ui_db, ui_team, seeded, tmp_path, monkeypatch):
    page = opened(qtbot, AppContext(ui_db, ui_team.manager, "zh"))
    panel = page.current_view().panel("void_reasons")
    target = tmp_path / "reasons.xlsx"
    save_as(monkeypatch, target)
    qtbot.mouseClick(panel.findChild(QPushButton, "export_data"), Qt.MouseButton.LeftButton)
    wait_tasks(qtbot)
    sheet = load_workbook(target).active
    # reason labels in the user's language; headers through Qt's translator
    assert list(sheet.values) == [
        ("Reason", "Customers"),
        ("信息无效", 2),
        ("预算/财务问题", 1),  # ties in the order of the reasons list
        ("其他", 1),
    ]
    assert sheet.title == "Voided, by reason"


def test_export_shows_why_a_file_could_not_be_written(qtbot, ctx, seeded, tmp_path, monkeypatch):
    page = opened(qtbot, ctx)
    save_as(monkeypatch, tmp_path / "no such folder" / "reasons.xlsx")
    page.current_view().panel("void_reasons").export_data()
    wait_tasks(qtbot)
    box = page.findChild(QMessageBox, "task_message")
    assert box is not None and "reasons.xlsx" in box.text()


def test_workload_deal_amount_as_money(qtbot, ctx, seeded, tmp_path, monkeypatch):
    page = opened(qtbot, ctx)
    view = page.show_report("workload")
    wait_tasks(qtbot)
    amounts = bars(view.panel("deal_amounts"))["Deal amount"]
    assert amounts["张三"] == 1234.5 and amounts["李四"] == 0
    assert bars(view.panel("activity"))["Claims"]["李四"] == 1
    money_axis = next(
        a for a in view.panel("deal_amounts").view.chart().axes() if isinstance(a, QCategoryAxis)
    )
    assert money_axis.categoriesLabels()[:2] == ["0.00", "500.00"]
    assert money_axis.categoriesLabels()[-1] == "1,500.00"
    save_as(monkeypatch, tmp_path / "deals.xlsx")
    view.panel("deal_amounts").export_data()
    wait_tasks(qtbot)
    sheet = load_workbook(tmp_path / "deals.xlsx").active
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "张三")
    assert (row[1].value, row[1].number_format) == (1234.5, "#,##0.00")
    assert [c.value for c in sheet[1]] == ["Rep", "Deal amount"]


def test_pool_flow_per_week_and_per_pool(qtbot, ctx, ui_team, seeded):
    page = opened(qtbot, ctx)
    view = page.show_report("pool_flow")
    wait_tasks(qtbot)
    inflow = bars(view.panel("pool_inflow"))
    outflow = bars(view.panel("pool_outflow"))
    assert len(inflow["Released to pool"]) == 12
    assert list(inflow["Released to pool"].values())[-1] == 1
    assert list(outflow["Claimed"].values())[-1] == 1
    assert sum(sum(s.values()) for s in inflow.values()) == 1
    assert bars(view.panel("pools"))["Came in"]["华南公海"] == 1

    choice = view.pool_choice
    choice.setCurrentIndex(choice.findData(ui_team.default_pool))
    assert view.panel("pool_inflow").table.is_empty()
    choice.setCurrentIndex(choice.findData(ui_team.south_pool))
    assert list(bars(view.panel("pool_outflow"))["Claimed"].values())[-1] == 1


def test_every_report_draws_the_numbers_it_reads(qtbot, ctx, ui_db, seeded):
    page = opened(qtbot, ctx)
    for name in REPORT_NAMES:
        view = page.show_report(name)
        wait_tasks(qtbot)
        assert view.panels(), name
        # the warnings report counts what is flagged now, whatever the period
        assert page.period.isVisible() == (name != "warnings")
    with ui_db.session() as s:
        tiers = run_report(s, "tiers")
        funnel = run_report(s, "funnel")
        warnings = run_report(s, "warnings")
    assert slices(page.views["tiers"].panel("tiers")) == {
        t: n for t, n in tiers["by_tier"].items() if n
    }
    stages = bars(page.views["funnel"].panel("stages"))["At this stage"]
    assert list(stages.values()) == [s["count"] for s in funnel["stages"]]
    risk = bars(page.views["warnings"].panel("risk"))["Customers"]
    assert list(risk.values()) == [b["count"] for b in warnings["risk"]]


def test_refreshes_on_customer_changes_only_when_shown(qtbot, ctx, ui_db, ui_team, seeded):
    page = opened(qtbot, ctx)
    view = page.current_view()
    with ui_db.session() as s:
        extra = own(s, ui_team)
        void_customers(s, [extra], "budget", None, ui_team.zhang)
    ctx.notify(SETTINGS)
    assert tasks.idle()  # not a change the reports show
    ctx.notify(CUSTOMERS)
    wait_tasks(qtbot)
    assert bars(view.panel("void_reasons"))["Customers"]["Budget or financial problems"] == 2

    page.hide()
    with ui_db.session() as s:
        void_customers(s, [own(s, ui_team)], "budget", None, ui_team.zhang)
    ctx.notify(CUSTOMERS)
    assert tasks.idle()  # hidden: read again only when shown
    page.show()
    wait_tasks(qtbot)
    assert bars(view.panel("void_reasons"))["Customers"]["Budget or financial problems"] == 3


def test_period_chooser_narrows_the_window(qtbot, ctx, ui_db, ui_team, seeded):
    weeks_ago = clock.now() - timedelta(weeks=6)
    with ui_db.session() as s:
        void_customers(s, [own(s, ui_team)], "duplicate", None, ui_team.zhang, now=weeks_ago)
    page = opened(qtbot, ctx)
    view = page.current_view()
    assert bars(view.panel("void_reasons"))["Customers"]["Duplicate customer"] == 1
    page.period.setCurrentIndex(page.period.findData(4))
    wait_tasks(qtbot)
    assert "Duplicate customer" not in bars(view.panel("void_reasons"))["Customers"]


TEXT_ITEM = QGraphicsTextItem().type()  # QGraphicsTextItem::Type


def cut_texts(page: ReportsPage) -> list[str]:
    """Axis labels and titles Qt shortened ("…", or "⋮" upright) on the shown report."""
    found = []
    for panel in page.current_view().panels():
        if not panel.view.isVisible():
            continue
        for item in panel.view.chart().scene().items():
            if item.type() != TEXT_ITEM:
                continue
            text = item.toGraphicsObject().toPlainText()  # Qt's private label classes
            if "…" in text or "⋮" in text or "..." in text:
                found.append(f"{panel.table.key}: {text}")
    return found


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_nothing_on_reports_is_cut_off_with_thirty_reps(qtbot, ui_db, ui_team, seeded, lang):
    """Rep names on the workload charts read whole (they were "⋮"), and so does every
    other axis of every report, on the page as large as a 1280×800 window gives it."""
    names = [f"Rep {i:02d} 王小明" for i in range(30)]
    with ui_db.session() as s:
        for name in names:
            add_rep(s, name, actor=ui_team.manager)
    page = ReportsPage(AppContext(ui_db, ui_team.manager, lang))
    qtbot.addWidget(page)
    page.resize(1060, 740)
    page.show()
    for weeks in (12, 52):
        page.period.setCurrentIndex(page.period.findData(weeks))
        for name in REPORT_NAMES:
            view = page.show_report(name)
            wait_tasks(qtbot)
            for panel in view.panels():
                panel.view.resize(panel.view.width(), panel.view.minimumHeight())
            qtbot.wait(20)  # the charts lay out their axes
            assert cut_texts(page) == [], (weeks, name)
    categories = bars(page.views["workload"].panel("holdings"))["Owned"]
    assert set(names) <= set(categories)
