"""Export of a list or a selection, and the template, from the window: the file the
person picks holds what the list shows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from crmdesk.core.customers import create_customer
from crmdesk.core.search import Filters
from crmdesk.ui.export import export_list, save_template
from tests.ui.conftest import wait_tasks

XLSX = "Excel workbook (*.xlsx)"
CSV = "CSV, UTF-8 (*.csv)"


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def listed(ctx, ui_team) -> dict[str, int]:
    """Two customers of 张三, one of 李四, one in the pool."""
    made = {}
    with ctx.session() as session:
        for company, owner in (
            ("杭州甲公司", ui_team.zhang),
            ("杭州乙公司", ui_team.zhang),
            ("广州丙公司", ui_team.li),
            ("公海丁公司", None),
        ):
            made[company] = create_customer(
                session,
                {"company": company, "phone": "0571-88886666" if owner else None},
                ui_team.manager,
                owner_id=owner,
                to_pool=owner is None,
            )
    return made


def pick(monkeypatch, path: Path | str, chosen: str = XLSX) -> list[tuple]:
    asked: list[tuple] = []

    def dialog(*args, **kwargs):
        asked.append(args)
        return str(path), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return asked


def message(parent: QWidget) -> str:
    return parent.findChild(QMessageBox, "task_message").text()


def test_a_filtered_list_is_exported_to_the_file_picked(
    qtbot, ctx, ui_team, listed, parent, monkeypatch, tmp_path
):
    target = tmp_path / "张三的客户.xlsx"
    pick(monkeypatch, target)
    task = export_list(ctx, parent, "", Filters(owner=ui_team.zhang))
    assert task is not None
    wait_tasks(qtbot)
    sheet = load_workbook(target).active
    lines = list(sheet.values)
    assert lines[0][:3] == ("Customer ID", "Company", "Contact")
    assert sorted(line[1] for line in lines[1:]) == ["杭州乙公司", "杭州甲公司"]
    assert {line[0] for line in lines[1:]} == {listed["杭州甲公司"], listed["杭州乙公司"]}
    assert sheet.freeze_panes == "A2"
    assert message(parent) == f"Customers exported to {target}: 2."


def test_a_selection_goes_to_csv_when_that_type_is_chosen(
    qtbot, ctx, listed, parent, monkeypatch, tmp_path
):
    pick(monkeypatch, tmp_path / "selection", CSV)
    export_list(ctx, parent, "", Filters(), [listed["广州丙公司"], listed["公海丁公司"]])
    wait_tasks(qtbot)
    target = tmp_path / "selection.csv"
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert sorted(r[1] for r in rows[1:]) == ["公海丁公司", "广州丙公司"]
    assert str(target) in message(parent)


def test_a_search_narrows_the_export(qtbot, ctx, listed, parent, monkeypatch, tmp_path):
    target = tmp_path / "hz.xlsx"
    pick(monkeypatch, target)
    export_list(ctx, parent, "杭州", Filters(status="active"))
    wait_tasks(qtbot)
    companies = [
        row[1] for row in load_workbook(target).active.iter_rows(min_row=2, values_only=True)
    ]
    assert sorted(companies) == ["杭州乙公司", "杭州甲公司"]


def test_nothing_happens_when_the_file_dialog_is_cancelled(ctx, parent, monkeypatch):
    pick(monkeypatch, "")
    assert export_list(ctx, parent, "", Filters()) is None
    assert save_template(ctx, parent) is None


def test_a_folder_that_cannot_be_written_is_explained(qtbot, ctx, parent, monkeypatch, tmp_path):
    taken = tmp_path / "list.xlsx"
    taken.mkdir()  # a folder has the name: the finished file cannot be moved there
    pick(monkeypatch, taken)
    export_list(ctx, parent, "", Filters())
    wait_tasks(qtbot)
    assert message(parent).startswith(f"Could not write {taken}")
    assert not list(tmp_path.glob("*.part"))  # and no part file is left behind


def test_the_template_is_saved_in_the_persons_language(qtbot, ctx, parent, monkeypatch, tmp_path):
    asked = pick(monkeypatch, tmp_path / "模板")
    save_template(ctx, parent)
    wait_tasks(qtbot)
    target = tmp_path / "模板.xlsx"
    book = load_workbook(target)
    assert book.sheetnames == ["Customers", "Instructions"]
    headers = next(book["Customers"].iter_rows(max_row=1, values_only=True))
    assert headers[:3] == ("Company", "Contact", "Phone")
    assert "Customer ID" not in headers
    assert message(parent) == f"Import template saved to {target}"
    assert asked[0][3] == XLSX  # the template is a workbook only


def test_a_rep_exports_a_pool_with_contacts_masked_as_the_list_shows_them(
    qtbot, rep_ctx, ctx, ui_team, parent, monkeypatch, tmp_path
):
    with ctx.session() as session:
        create_customer(
            session,
            {"company": "公海戊公司", "phone": "13800138000"},
            ui_team.manager,
            to_pool=True,
        )
    target = tmp_path / "公海.xlsx"
    pick(monkeypatch, target)
    filters = Filters(status="pool", pool=ui_team.default_pool, visible_to=ui_team.zhang)
    export_list(rep_ctx, parent, "", filters)
    wait_tasks(qtbot)
    lines = list(load_workbook(target).active.values)
    phone = lines[0].index("Phone")
    assert [line[phone] for line in lines[1:]] == ["138****8000"]
    export_list(ctx, parent, "", filters)  # the manager sees the number
    wait_tasks(qtbot)
    lines = list(load_workbook(target).active.values)
    assert [line[phone] for line in lines[1:]] == ["13800138000"]
