"""Report chart data to xlsx: numbers stay numbers, money is shown as money, and text a
user typed (a reason label, a pool name) can never become a formula."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from crmdesk.excel.report_export import ReportSheet, write_report


def test_numbers_money_and_headers_come_back(tmp_path):
    target = tmp_path / "workload.xlsx"
    sheet = ReportSheet(
        "每位销售的成交金额",
        ["销售", "成交金额", "成交数"],
        [["张三", Decimal("1234.50"), 3], ["李四", Decimal("0.00"), 0]],
        money_columns=frozenset({1}),
    )
    assert write_report(target, [sheet]) == target
    book = load_workbook(target)
    ws = book["每位销售的成交金额"]
    assert list(ws.values) == [("销售", "成交金额", "成交数"), ("张三", 1234.5, 3), ("李四", 0, 0)]
    assert ws["B2"].number_format == "#,##0.00"
    assert ws["C2"].number_format == "General"
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.bold


def test_text_that_looks_like_a_formula_stays_text(tmp_path):
    target = tmp_path / "reasons.xlsx"
    rows = [['=HYPERLINK("http://x")', 1], ["+86 拒接", 2], ["#N/A", 3], ["普通\x01原因", 4]]
    write_report(target, [ReportSheet("Reasons", ["Reason", "Customers"], rows)])
    ws = load_workbook(target).active
    cells = [ws.cell(row=r, column=1) for r in range(2, 6)]
    assert [c.value for c in cells] == ['=HYPERLINK("http://x")', "+86 拒接", "#N/A", "普通原因"]
    assert [c.data_type for c in cells] == ["s", "s", "s", "s"]
    assert all(c.quotePrefix for c in cells[:3])


def test_sheet_names_are_made_valid_and_unique(tmp_path):
    target = tmp_path / "many.xlsx"
    long = "Out of the pool per week: a pool with a very long name"
    sheets = [
        ReportSheet(long, ["Week"], []),
        ReportSheet(long, ["Week"], []),
        ReportSheet("Tier changes [from/to]: A?*", ["Change"], []),
        ReportSheet("'", ["x"], []),
    ]
    write_report(target, sheets)
    names = load_workbook(target).sheetnames
    assert names[0] == long.replace(":", " ")[:31]
    assert names[1].endswith(" (2)") and len(names[1]) <= 31
    assert names[2] == "Tier changes  from to   A"
    assert names[3] == "Sheet"


def test_a_failed_write_leaves_the_earlier_file(tmp_path, monkeypatch):
    target = tmp_path / "reasons.xlsx"
    write_report(target, [ReportSheet("Reasons", ["Reason", "Customers"], [["Other", 1]])])

    def broken(self, filename):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", broken)
    with pytest.raises(OSError):
        write_report(target, [ReportSheet("Reasons", ["Reason", "Customers"], [["Other", 9]])])
    monkeypatch.undo()
    assert list(load_workbook(target).active.values)[1] == ("Other", 1)
    assert [p.name for p in tmp_path.iterdir()] == ["reasons.xlsx"]
