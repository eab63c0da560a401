"""The wizard's preview reads files as the importer does: the same sheet, the same header,
the same column map, and exactly the problems the import then reports."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from crmdesk.core.errors import BadSpreadsheet
from crmdesk.excel.importer import ImportOptions, import_customers
from crmdesk.excel.mapping import as_saved
from crmdesk.excel.preview import PREVIEW_ROWS, column_map, open_file, preview, read_head

FILES = Path(__file__).parent / "files"
WIZARD_FILE = Path(__file__).parents[1] / "ui" / "files" / "wizard_customers.xlsx"
NOW = datetime(2026, 11, 23, 10, 0)


def xlsx(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "客户"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_a_file_opens_on_its_data_sheet_with_the_header_found_below_the_title():
    opened = open_file(FILES / "lo_customers.xlsx")
    assert opened.sheets == ("填写说明", "客户名单")
    assert opened.default == "客户名单"
    head = opened.head
    assert head.sheet == "客户名单" and not head.csv
    assert head.rows[head.header_index].number == 3
    assert head.rows[head.header_index].values[0] == "客户名称*"
    assert head.row_count >= len(head.rows)


def test_another_sheet_and_a_csv_are_read_too():
    notes = read_head(FILES / "lo_customers.xlsx", "填写说明")
    assert notes.sheet == "填写说明" and notes.rows[0].values[0] == "客户导入模板填写说明"
    text = open_file(FILES / "lo_customers.csv").head
    assert text.csv and text.rows[text.header_index].number == 3


def test_a_file_that_is_not_a_spreadsheet_is_refused_with_its_reason(tmp_path):
    fake = tmp_path / "客户.xlsx"
    fake.write_bytes(b"%PDF-1.4 not a sheet")
    with pytest.raises(BadSpreadsheet) as caught:
        open_file(fake)
    assert "客户.xlsx is not a spreadsheet" in caught.value.message("en")


def test_a_bad_phone_is_placed_on_its_row_and_column():
    head = open_file(WIZARD_FILE).head
    colmap = column_map(head, head.header_index)
    found = preview(head, colmap)
    flagged = {r.number: r.problems for r in found.rows if r.problems}
    assert list(flagged) == [6]
    phone = colmap.column_of("phone")
    [problem] = flagged[6][phone]
    assert problem.column == "手机" and problem.raw == "12345"
    assert problem.message("zh").startswith("不是有效的手机号")
    assert found.flagged == 1


def test_choices_and_another_header_row_change_what_is_read():
    head = open_file(WIZARD_FILE).head
    colmap = column_map(head, head.header_index, {"手机": ""})
    assert colmap.column_of("phone") is None
    assert preview(head, colmap).flagged == 0  # the bad phone is no longer imported
    title = column_map(head, 0)  # the title row taken as the header
    assert title.headers[0] == "2026 秋季展会客户名单" and title.column_of("phone") is None


def test_owners_are_checked_by_name_and_by_who_may_give_them():
    head = open_file(WIZARD_FILE).head
    colmap = column_map(head, head.header_index)
    owner = colmap.column_of("owner")
    unknown = preview(head, colmap, {"李四": True})
    [row5] = [r for r in unknown.rows if r.number == 5]
    assert row5.problems[owner][0].message("en") == "no active rep is called 张三"
    refused = preview(head, colmap, {"张三": False})
    [row5] = [r for r in refused.rows if r.number == 5]
    assert "only managers and pool admins" in row5.problems[owner][0].message("en")


def test_only_the_first_rows_are_previewed(tmp_path):
    rows = [["客户名称", "手机"]] + [[f"客户{i}", "12"] for i in range(PREVIEW_ROWS + 50)]
    head = open_file(xlsx(tmp_path / "long.xlsx", rows)).head
    found = preview(head, column_map(head, head.header_index))
    assert len(found.rows) == PREVIEW_ROWS and found.flagged == PREVIEW_ROWS
    assert found.rows[-1].number == PREVIEW_ROWS + 1


BAD_ROWS = [
    ["客户名称", "联系人", "手机", "邮箱", "负责人", "最近跟进", "成交金额", "等级", "微信",
     "First Name"],
    ["好客户有限公司", "王伟", "13800138000", "w@example.com", None, "2026-10-05", "¥1,000", "A",
     None, None],
    ["坏电话有限公司", None, "12345", "not-an-email", None, "2026-13-45", "很多", "Z", None,
     None],
    [None, "无名氏", 13800000000.5, None, "赵无名", "5/6/2026", None, "甲级", None, None],
    ["太长有限公司", None, "138 0013 8000, 139 1234 5678", None, "张三", None, "1e400", None,
     "w" * 120, None],
    ["拼名字有限公司", None, "0571-88886666", "ok@example.cn", None, 20261005, "3万", "b", None,
     "名" * 300],
]  # fmt: skip


def test_the_preview_finds_exactly_the_problems_the_import_reports(session, team, tmp_path):
    path = xlsx(tmp_path / "bad.xlsx", BAD_ROWS)
    head = open_file(path).head
    colmap = column_map(head, head.header_index)
    found = preview(head, colmap, {"张三": True, "王经理": True})
    previewed = {
        (p.row, p.column, p.message("zh"))
        for r in found.rows
        for problems in r.problems.values()
        for p in problems
    }
    options = ImportOptions(mapping=as_saved(colmap), lang="zh")
    with pytest.raises(BadSpreadsheet) as caught:
        import_customers(session, path, team.manager, options, now=NOW)
    report = caught.value.report
    imported = {(p.row, p.column, p.message("zh")) for p in report.problems}
    # The import checks the owner of a row only once its cells are good; the preview
    # names every problem at once, so the person fixes a row in one go.
    assert previewed - imported == {(4, "负责人", "没有名为「赵无名」的在职销售")}
    assert imported <= previewed
    assert len(imported) == 12  # every kind of cell problem, and the empty company
    assert found.flagged == report.rejected == 4
