"""The import wizard driven page by page over real files: the preview flags what the
import rejects, the import writes what the report says, and a cancel changes nothing."""

from __future__ import annotations

import threading
from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget
from sqlalchemy import func, select

from crmdesk.core.customers import create_customer
from crmdesk.core.models import Customer, Transition
from crmdesk.excel.fields import header_key
from crmdesk.excel.mapping import IGNORE, as_saved, auto_map, save_mapping, saved_mappings
from crmdesk.ui.context import CUSTOMERS
from crmdesk.ui.import_wizard import ImportWizard
from tests.ui.conftest import wait_tasks

FILE = Path(__file__).parent / "files" / "wizard_customers.xlsx"  # made by LibreOffice
W = ImportWizard


def open_wizard(qtbot, ctx, monkeypatch, path: Path) -> ImportWizard:
    """The wizard with `path` picked in the file dialog and read."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.open()
    click(qtbot, wizard, "file_browse")
    wait_tasks(qtbot)
    return wizard


def click(qtbot, parent: QWidget, name: str) -> None:
    qtbot.mouseClick(parent.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def forward(qtbot, wizard: ImportWizard, page: int) -> None:
    """Next, waiting for what the page reads; the page must be `page` then."""
    assert wizard.currentPage().isComplete()
    wizard.next()
    wait_tasks(qtbot)
    assert wizard.currentId() == page


def customers(ctx) -> dict[str, Customer]:
    with ctx.session() as session:
        rows = session.scalars(select(Customer)).all()
        session.expunge_all()
    return {c.company: c for c in rows}


def changes_of(ctx) -> list[frozenset]:
    seen: list[frozenset] = []
    ctx.changed.connect(seen.append)
    return seen


def test_a_libreoffice_file_is_imported_page_by_page(qtbot, ctx, ui_team, monkeypatch, tmp_path):
    with ctx.session() as session:
        create_customer(session, {"company": "老客户", "phone": "13700000001"}, ui_team.manager)
    seen = changes_of(ctx)
    wizard = open_wizard(qtbot, ctx, monkeypatch, FILE)
    assert "客户名单" in wizard.file_page.status.text()

    forward(qtbot, wizard, W.SHEET)  # the instructions sheet comes first, data is chosen
    assert wizard.sheet_page.combo.currentText() == "客户名单"
    forward(qtbot, wizard, W.HEADER)  # below a title and a blank row
    header_rows = wizard.header_page.table
    assert header_rows.selectionModel().selectedRows()[0].row() == 1
    assert header_rows.verticalHeaderItem(1).text() == "3"

    forward(qtbot, wizard, W.MAPPING)
    mapping = wizard.mapping_page
    assert mapping.combos[2].currentData() == "phone"
    assert mapping.combos[8].currentData() == IGNORE  # 意向产品: no field has that name
    assert mapping.table.item(8, mapping.NOTE).text() == "Not recognised"
    mapping.save_name.setText("展会名单")

    forward(qtbot, wizard, W.PREVIEW)
    table = wizard.preview_page.table
    rows = [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
    assert rows == ["4", "5", "6", "7", "8"]
    bad = table.item(rows.index("6"), 2)
    assert bad.text() == "12345"
    assert bad.toolTip().startswith("not a mobile or landline number")
    assert bad.background().color().red() == 255 and bad.background().color().green() < 255
    assert table.item(rows.index("4"), 2).toolTip() == ""
    assert "Rows with problems among the first 5: 1," in wizard.preview_page.status.text()

    forward(qtbot, wizard, W.OPTIONS)
    options = wizard.options_page
    assert options.valid_only.isChecked()  # the preview found a problem
    assert options.pool.currentData() == ui_team.default_pool
    owners = [options.owner.itemText(i) for i in range(options.owner.count())]
    assert owners[1:] == ["王经理", "张三", "李四", "王五"]  # a manager gives rows to anyone
    forward(qtbot, wizard, W.REPORT)  # the run page moves on when the import is done

    report = wizard.report_page
    counts = {key: label.text() for key, label in report.counts.items()}
    assert counts == {"created": "3", "updated": "0", "skipped": "1", "rejected": "1"}
    problems = report.problems
    assert problems.rowCount() == 1
    assert [problems.item(0, c).text() for c in range(2)] == ["6", "手机"]
    wait_tasks(qtbot)  # the skipped rows are read from the rejected rows file
    skipped = report.skipped
    assert skipped.rowCount() == 1  # "Skipped: 1" shows its row, with why
    assert skipped.item(0, 0).text() == "广州老客户有限公司"
    assert skipped.item(0, 1).text().startswith("already a customer: #")
    assert report.tabs.tabText(1) == "Skipped rows: 1"
    assert "意向产品" in report.columns.text()
    found = customers(ctx)
    assert set(found) == {
        "老客户",
        "杭州鼎盛科技有限公司",
        "上海恒达贸易有限公司",
        "深圳蓝海物流有限公司",
    }
    assert found["杭州鼎盛科技有限公司"].status == "pool"
    assert found["上海恒达贸易有限公司"].owner_id == ui_team.zhang
    assert found["深圳蓝海物流有限公司"].phone == "13912345678"
    assert frozenset({CUSTOMERS}) in seen
    with ctx.session() as session:
        assert "展会名单" in saved_mappings(session)

    saved = tmp_path / "to fix.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    click(qtbot, report, "save_rejected")
    wait_tasks(qtbot)
    lines = list(load_workbook(saved).active.values)
    assert lines[0][:4] == ("Import problem", "客户名称", "联系人", "手机")
    assert [(line[1], line[3]) for line in lines[1:]] == [
        ("坏电话有限公司", "12345"),
        ("广州老客户有限公司", "13700000001"),
    ]
    assert lines[1][0].startswith("not a mobile") and lines[2][0].startswith("already a customer")
    assert str(saved) in wizard.findChild(QMessageBox, "task_message").text()

    with qtbot.waitSignal(wizard.finished_into, timeout=1000) as went:
        wizard.button(W.WizardButton.FinishButton).click()
    assert went.args == [f"pool:{ui_team.default_pool}"]  # where the window goes next


def test_rejected_rows_change_nothing_until_the_valid_rows_are_chosen(qtbot, ctx, monkeypatch):
    seen = changes_of(ctx)
    wizard = open_wizard(qtbot, ctx, monkeypatch, FILE)
    for page in (W.SHEET, W.HEADER, W.MAPPING, W.PREVIEW, W.OPTIONS):
        forward(qtbot, wizard, page)
    wizard.options_page.valid_only.setChecked(False)
    forward(qtbot, wizard, W.REPORT)
    report = wizard.report_page
    assert report.summary.text().startswith("Nothing was imported: rows with problems: 1.")
    assert report.counts["rejected"].text() == "1"
    assert customers(ctx) == {} and seen == []
    assert report.save.isEnabled()

    assert not wizard.button(W.WizardButton.BackButton).isEnabled()
    click(qtbot, report, "import_again")
    assert wizard.currentId() == W.OPTIONS
    wizard.options_page.valid_only.setChecked(True)
    forward(qtbot, wizard, W.REPORT)
    assert report.counts["created"].text() == "4" and len(customers(ctx)) == 4


def big_file(path: Path, rows: int) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("客户")
    sheet.append(["客户名称", "手机", "地区"])
    for i in range(rows):
        sheet.append([f"批量客户{i:05d}有限公司", f"139{i:08d}", "浙江"])
    book.save(path)
    return path


def test_cancel_during_the_import_leaves_the_database_unchanged(qtbot, ctx, monkeypatch, tmp_path):
    path = big_file(tmp_path / "big.xlsx", 2500)  # two chunks: a cancel check between them
    seen = changes_of(ctx)
    wizard = open_wizard(qtbot, ctx, monkeypatch, path)
    for page in (W.SHEET, W.HEADER, W.MAPPING, W.PREVIEW, W.OPTIONS):
        forward(qtbot, wizard, page)
    clicked = threading.Event()

    def hold(done: int, total: int) -> None:
        """On the worker, after the first chunk: wait until the person has cancelled."""
        clicked.wait(10)

    wizard.next()
    assert wizard.currentId() == W.RUN
    wizard.task.signals.progressed.connect(hold, Qt.ConnectionType.DirectConnection)
    bar = wizard.run_page.bar
    qtbot.waitUntil(lambda: bar.value() == 2000, timeout=10_000)
    assert bar.maximum() == 2500
    click(qtbot, wizard.run_page, "import_cancel")
    clicked.set()
    wait_tasks(qtbot)
    assert wizard.currentId() == W.REPORT
    assert wizard.report_page.summary.text() == "The import was cancelled; nothing was changed."
    assert customers(ctx) == {} and seen == []
    with ctx.session() as session:
        assert session.scalar(select(func.count()).select_from(Transition)) == 0


def test_closing_the_wizard_during_the_import_changes_nothing(qtbot, ctx, monkeypatch, tmp_path):
    path = big_file(tmp_path / "big.xlsx", 2500)
    wizard = open_wizard(qtbot, ctx, monkeypatch, path)
    for page in (W.SHEET, W.HEADER, W.MAPPING, W.PREVIEW, W.OPTIONS):
        forward(qtbot, wizard, page)
    closed = threading.Event()
    wizard.next()
    wizard.task.signals.progressed.connect(
        lambda done, total: closed.wait(10), Qt.ConnectionType.DirectConnection
    )
    qtbot.waitUntil(lambda: wizard.run_page.bar.value() == 2000, timeout=10_000)
    wizard.reject()
    closed.set()
    wait_tasks(qtbot)
    assert customers(ctx) == {}
    assert wizard.findChild(QMessageBox, "task_message") is None


def test_another_sheet_is_read_when_chosen(qtbot, ctx, monkeypatch):
    wizard = open_wizard(qtbot, ctx, monkeypatch, FILE)
    forward(qtbot, wizard, W.SHEET)
    sheets = wizard.sheet_page.combo
    assert [sheets.itemText(i) for i in range(sheets.count())] == ["填写说明", "客户名单"]
    sheets.setCurrentText("填写说明")
    assert not wizard.sheet_page.isComplete()
    wait_tasks(qtbot)
    assert wizard.sheet_page.isComplete()
    forward(qtbot, wizard, W.HEADER)
    assert wizard.header_page.table.item(0, 0).text() == "客户导入说明"


def test_a_header_row_the_person_picks_is_the_one_imported(qtbot, ctx, monkeypatch, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Exportiert", "2026-11-23"])  # no known header: the first texts win
    sheet.append(["Firma", "Telefon"])
    sheet.append(["Müller GmbH", "13800138000"])
    sheet.append(["Schmidt AG", "12"])
    path = tmp_path / "export.xlsx"
    book.save(path)
    wizard = open_wizard(qtbot, ctx, monkeypatch, path)
    forward(qtbot, wizard, W.SHEET)
    forward(qtbot, wizard, W.HEADER)
    assert wizard.header_page.table.selectionModel().selectedRows()[0].row() == 0
    wizard.header_page.select(1)
    forward(qtbot, wizard, W.MAPPING)
    mapping = wizard.mapping_page
    assert [mapping.table.item(i, 0).text() for i in range(2)] == ["Firma", "Telefon"]
    assert not wizard.mapping_page.isComplete()  # no company column yet
    assert mapping.status.text() == "Choose the column that holds the company name."
    mapping.choose(0, "company")
    mapping.choose(1, "phone")
    forward(qtbot, wizard, W.PREVIEW)
    assert wizard.preview_page.table.item(1, 1).toolTip().startswith("not a mobile")
    forward(qtbot, wizard, W.OPTIONS)
    forward(qtbot, wizard, W.REPORT)
    assert set(customers(ctx)) == {"Müller GmbH"}
    assert customers(ctx)["Müller GmbH"].phone == "13800138000"


def test_a_saved_mapping_is_applied_to_the_columns(qtbot, ctx, ui_team, monkeypatch):
    headers = ("客户名称", "联系人", "手机", "意向产品")
    with ctx.session() as session:
        colmap = auto_map(headers, 0, {header_key("意向产品"): "notes"})
        save_mapping(session, "展会", as_saved(colmap), ui_team.manager)
    wizard = open_wizard(qtbot, ctx, monkeypatch, FILE)
    for page in (W.SHEET, W.HEADER, W.MAPPING):
        forward(qtbot, wizard, page)
    mapping = wizard.mapping_page
    saved = mapping.saved
    assert [saved.itemText(i) for i in range(1, saved.count())] == ["展会"]
    assert mapping.combos[8].currentData() == IGNORE
    saved.activated.emit(1)
    assert mapping.combos[8].currentData() == "notes"
    mapping.choose(2, IGNORE)  # and a column left out is left out of the import
    for page in (W.PREVIEW, W.OPTIONS, W.REPORT):
        forward(qtbot, wizard, page)
    found = customers(ctx)
    assert found["杭州鼎盛科技有限公司"].notes == "ERP"
    assert found["杭州鼎盛科技有限公司"].phone is None
    assert "坏电话有限公司" in found  # its bad phone was not imported


def test_a_rep_may_give_rows_only_to_themselves_or_the_pool(qtbot, rep_ctx, monkeypatch):
    wizard = open_wizard(qtbot, rep_ctx, monkeypatch, FILE)
    for page in (W.SHEET, W.HEADER, W.MAPPING, W.PREVIEW, W.OPTIONS):
        forward(qtbot, wizard, page)
    owner = wizard.options_page.owner
    assert [owner.itemData(i) for i in range(owner.count())] == [None, rep_ctx.actor.id]
    pools = wizard.options_page.pool
    pools.setCurrentIndex(pools.findText("华南公海"))  # a member there, not an admin
    assert owner.count() == 2


def test_a_file_that_cannot_be_read_says_why_and_goes_no_further(qtbot, ctx, monkeypatch, tmp_path):
    fake = tmp_path / "客户.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    wizard = open_wizard(qtbot, ctx, monkeypatch, fake)
    assert "客户.xlsx" in wizard.file_page.status.text()
    assert not wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == W.FILE


def test_a_text_file_named_xlsx_is_refused_on_the_first_page(qtbot, ctx, monkeypatch, tmp_path):
    notes = tmp_path / "客户名单.xlsx"
    notes.write_text("下周给这些客户回电话。\n记得带上报价单。\n", encoding="utf-8")
    wizard = open_wizard(qtbot, ctx, monkeypatch, notes)
    status = wizard.file_page.status.text()
    assert status.startswith("客户名单.xlsx is named like a workbook but holds plain text")
    assert not wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentId() == W.FILE


def test_a_csv_table_named_xlsx_is_still_read(qtbot, ctx, monkeypatch, tmp_path):
    table = tmp_path / "导出.xlsx"
    table.write_text("客户名称,手机\n杭州鼎盛科技有限公司,13800138000\n", encoding="utf-8")
    wizard = open_wizard(qtbot, ctx, monkeypatch, table)
    assert wizard.file_page.isComplete()
    forward(qtbot, wizard, W.SHEET)


def test_skipped_duplicates_of_earlier_rows_are_listed_with_why(
    qtbot, ctx, ui_team, monkeypatch, tmp_path
):
    book = Workbook()
    book.active.append(["客户名称", "手机"])
    book.active.append(["甲有限公司", "13800000001"])
    book.active.append(["乙有限公司", "13800000002"])
    book.active.append(["甲有限公司", "13800000001"])
    path = tmp_path / "twice.xlsx"
    book.save(path)
    wizard = open_wizard(qtbot, ctx, monkeypatch, path)
    for page in (W.SHEET, W.HEADER, W.MAPPING, W.PREVIEW, W.OPTIONS):
        forward(qtbot, wizard, page)
    wizard.options_page.owner.setCurrentIndex(wizard.options_page.owner.findData(ctx.actor.id))
    forward(qtbot, wizard, W.REPORT)
    wait_tasks(qtbot)
    report = wizard.report_page
    assert report.counts["skipped"].text() == "1" and report.problems.rowCount() == 0
    rows = [(report.skipped.item(0, 0).text(), report.skipped.item(0, 1).text())]
    assert rows == [("甲有限公司", "the same customer as row 2")]
    assert set(customers(ctx)) == {"甲有限公司", "乙有限公司"}
    with qtbot.waitSignal(wizard.finished_into, timeout=1000) as went:
        wizard.button(W.WizardButton.FinishButton).click()
    assert went.args == ["mine"]


def test_the_wizard_fits_the_screen_and_shows_the_rows_whole(qtbot, ctx, monkeypatch):
    wizard = open_wizard(qtbot, ctx, monkeypatch, FILE)
    room = wizard.screen().availableGeometry()
    assert wizard.width() <= room.width() and wizard.height() <= room.height()
    forward(qtbot, wizard, W.SHEET)
    forward(qtbot, wizard, W.HEADER)
    table = wizard.header_page.table
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None and item.text():
                width = metrics.horizontalAdvance(item.text())
                assert width < table.columnWidth(column), item.text()  # not elided
