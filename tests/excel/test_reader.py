"""The reader: real files from other tools read to the values a user typed, with Excel's
row numbers; every hostile file ends in the right refusal, quickly."""

from __future__ import annotations

import shutil
import time
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook as XlsxWorkbook

from crmdesk.core.errors import BadSpreadsheet
from crmdesk.excel import reader
from crmdesk.excel.reader import Limits, Row, open_workbook
from tests.excel import hostile

FILES = Path(__file__).parent / "files"
HEADER = ("客户名称*", "联系人", "手机", "座机", "邮箱", "签约日期", "最近跟进", "成交金额", "备注")
# What each refusal says, in both languages (crmdesk/core/errors.py words them).
SAYS = {
    "not_a_spreadsheet": ("is not a spreadsheet CRMDesk can read", "不是可读取的表格文件"),
    "encrypted": ("is protected by a password", "设有打开密码"),
    "corrupt": ("is damaged and cannot be read", "已损坏，无法读取"),
    "too_large": ("would unpack to more than", "解压后将超过"),
    "sparse_sheet": ("something typed far from the data", "远离数据的零星内容"),
    "too_many_columns": ("at most 1000 can be imported", "最多只能导入 1000 列"),
}


def read(path: Path, sheet: str | None = None) -> list[Row]:
    with open_workbook(path) as book:
        return list(book.rows(sheet or book.default_sheet()))


def refusal(path: Path, **kwargs: object) -> BadSpreadsheet:
    with (
        pytest.raises(BadSpreadsheet) as caught,
        open_workbook(path, **kwargs) as book,  # type: ignore[arg-type]
    ):
        for sheet in book.sheet_names:
            list(book.rows(sheet))
    return caught.value


@pytest.mark.parametrize("ext", ["xlsx", "xls", "ods"])
def test_libreoffice_file_reads_as_typed_in_every_format(ext: str) -> None:
    with open_workbook(FILES / f"lo_customers.{ext}") as book:
        assert book.kind == ext
        assert book.sheet_names == ["填写说明", "客户名单"]
        assert book.default_sheet() == "客户名单"  # the instructions sheet comes first
        rows = list(book.rows("客户名单"))
        assert 5 <= book.row_count("客户名单") <= 7
    # Title in row 1 (merged), empty row 2, header in 3; row 6 holds only full-width
    # spaces and a no-break space, so it is skipped, and row 7 keeps its number.
    assert [r.number for r in rows] == [1, 3, 4, 5, 7]
    assert rows[0].values[0] == "2026年重点客户名单"
    assert rows[1].values == HEADER
    first, second, third = (r.values for r in rows[2:])
    assert first[0] == "杭州云帆科技有限公司🚀"
    assert first[2] == 13800138000 and str(int(first[2])) == "13800138000"
    assert first[3] == "0571-88886666"
    assert first[5] == date(2026, 10, 5)
    assert first[6:8] == ("2026/10/5", "¥1,234.50")
    assert second[1] == "\u3000李娜\u3000"  # never trimmed by the reader
    assert second[4] is None
    assert second[5] == datetime(2026, 8, 1, 9, 30)
    assert second[6:8] == ("2026年8月1日", "-300")
    assert third[2] == "138 0013 8001"
    assert third[5] is None and third[6] == "2026-10-05 14:30"
    assert third[7] == 5000


def test_libreoffice_csv_keeps_every_value_as_text() -> None:
    rows = read(FILES / "lo_customers.csv")
    assert [r.number for r in rows] == [1, 3, 4, 5, 7]
    assert rows[1].values == HEADER
    assert rows[2].values[2:4] == ("13800138000", "0571-88886666")
    assert rows[2].values[5] == "2026-10-05"
    assert rows[3].values[1] == "\u3000李娜\u3000"
    assert rows[4].values[7] == "5000"
    assert all(isinstance(v, str) or v is None for r in rows for v in r.values)


def test_gbk_csv_decodes_and_keeps_leading_zeros() -> None:
    with open_workbook(FILES / "gbk.csv") as book:
        assert (book.kind, book.sheet_names) == ("csv", ["gbk"])
        rows = list(book.rows())
    assert rows[0].values == ("客户名称*", "联系人", "手机", "编号")
    assert rows[1].values[1:] == ("王伟", "13800138000", "00123")
    assert rows[2].values == ("北京零一科技", "赵六", "13700000000", "007")


def test_utf8_bom_csv_has_no_bom_in_its_first_header() -> None:
    rows = read(FILES / "utf8_bom.csv")
    assert rows[0].values == HEADER
    assert rows[1].values[0] == "杭州云帆科技有限公司🚀"
    assert [r.number for r in rows] == [1, 2, 3, 5]


def test_another_crms_export_resaved_by_libreoffice() -> None:
    with zipfile.ZipFile(FILES / "crm_export.xlsx") as z:  # the odd metadata survived
        assert b"KSOProductBuildVer" in z.read("docProps/custom.xml")
    rows = read(FILES / "crm_export.xlsx")
    assert rows[0].values[:4] == ("Account Name", "First Name", "Last Name", "Mobile")
    assert rows[1].values[3] == "+86 138 0013 8000"
    assert rows[1].values[8:] == (12000.5, date(2026, 9, 30))
    assert rows[2].values[0] == "北京零一科技"
    assert [r.number for r in rows] == [1, 2, 3]


@pytest.mark.parametrize(
    ("source", "renamed", "kind"),
    [
        ("lo_customers.xlsx", "客户.csv", "xlsx"),
        ("lo_customers.xlsx", "客户.xls", "xlsx"),
        ("lo_customers.xls", "客户.xlsx", "xls"),
        ("lo_customers.ods", "客户.xlsx", "ods"),
        ("lo_customers.csv", "客户.xlsx", "csv"),
    ],
)
def test_wrong_extension_is_read_by_content(
    tmp_path: Path, source: str, renamed: str, kind: str
) -> None:
    path = shutil.copy(FILES / source, tmp_path / renamed)
    with open_workbook(path) as book:
        assert (book.name, book.kind) == (renamed, kind)
        rows = list(book.rows(book.default_sheet()))
    assert rows == read(FILES / source)


def test_password_xls_from_libreoffice_is_refused_as_encrypted() -> None:
    error = refusal(FILES / "password.xls")
    assert error.reason == "encrypted"
    assert error.message("en").startswith("password.xls is protected by a password.")
    assert error.message("zh").startswith("password.xls 设有打开密码。")


@pytest.mark.parametrize("case", sorted(hostile.CASES))
def test_hostile_file_ends_in_its_reason_quickly(tmp_path: Path, case: str) -> None:
    maker, reason = hostile.CASES[case]
    path = maker(tmp_path)
    started = time.perf_counter()
    if reason is None:
        rows = [r for r in read(path) if r.values[0] not in ("客户名称", None)]
        assert rows == []
    else:
        error = refusal(path)
        assert error.reason == reason, error.facts
        en, zh = SAYS[reason]
        assert path.name in error.message("en") and en in error.message("en")
        assert path.name in error.message("zh") and zh in error.message("zh")
    assert time.perf_counter() - started < 5


def test_a_far_value_names_the_shape_of_the_sheet(tmp_path: Path) -> None:
    error = refusal(hostile.make_far_row(tmp_path))
    assert error.reason == "sparse_sheet"
    assert error.message("en").startswith(
        "Sheet '客户' of far_row.xlsx reaches row 1048576 and column 16 but holds only 3 values"
    )
    assert error.message("zh").startswith(
        "far_row.xlsx 的工作表「客户」延伸到第 1048576 行、第 16 列"
    )


def test_limits_are_the_callers(tmp_path: Path) -> None:
    path = FILES / "lo_customers.xlsx"
    wide = refusal(path, limits=Limits(max_columns=5))
    assert wide.reason == "too_many_columns"
    assert (wide.facts["sheet"], wide.facts["count"], wide.facts["limit"]) == ("客户名单", 9, 5)
    assert "「客户名单」有 9 列，最多只能导入 5 列" in wide.message("zh")
    packed = refusal(path, limits=Limits(max_unpacked_mb=0))
    assert packed.reason == "too_large"
    assert packed.message("en").startswith("lo_customers.xlsx would unpack to more than 0 MB")


def test_unknown_sheet_lists_the_sheets() -> None:
    with open_workbook(FILES / "lo_customers.xlsx") as book, pytest.raises(BadSpreadsheet) as e:
        book.rows("Sheet1")
    assert e.value.reason == "no_sheet"
    assert e.value.message("en") == (
        "lo_customers.xlsx has no sheet named 'Sheet1'; it has: 填写说明, 客户名单."
    )
    assert e.value.message("zh").startswith("lo_customers.xlsx 中没有名为「Sheet1」的工作表")


def test_data_away_from_a1_keeps_excel_positions(tmp_path: Path) -> None:
    book = XlsxWorkbook()
    sheet = book.active
    sheet["C3"], sheet["D3"] = "客户名称", "手机"
    sheet["C4"], sheet["D4"] = "杭州云帆", 13800138000
    sheet["E5000"] = "a stray note far below"
    sheet["D6"] = "\u200b"  # zero-width space only: a blank row
    book.save(tmp_path / "offset.xlsx")
    rows = read(tmp_path / "offset.xlsx")
    assert [r.number for r in rows] == [3, 4, 5000]
    assert rows[0].values == (None, None, "客户名称", "手机", None)
    assert rows[2].values[4] == "a stray note far below"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("客户名称\t手机\n杭州云帆\t0138\n", "utf-16"),  # Excel's "Unicode text"
        ("客户名称;手机;备注\n杭州云帆;0138;a,b\n", "utf-8"),
        ('客户名称,备注\n杭州云帆,"两行\n备注"\n\n北京零一,x\n', "gb18030"),
    ],
)
def test_csv_delimiters_encodings_and_record_lines(
    tmp_path: Path, text: str, encoding: str
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, encoding=encoding)
    rows = read(path)
    assert rows[1].values[:2] == (
        ("杭州云帆", "0138") if "0138" in text else ("杭州云帆", "两行\n备注")
    )
    if "北京零一" in text:
        assert [r.number for r in rows] == [1, 2, 5]  # the record's first line


def test_html_saved_as_xls_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>客户</td></tr></table></body></html>")
    error = refusal(path)
    assert (error.reason, error.facts["detail"]) == (
        "not_a_spreadsheet",
        "a web page (HTML) with a spreadsheet's name",
    )


@pytest.mark.parametrize(
    ("path", "entry", "rows", "cols"),
    [
        (FILES / "lo_customers.xlsx", "xl/worksheets/sheet2.xml", 7, 9),
        (FILES / "crm_export.xlsx", "xl/worksheets/sheet1.xml", 3, 10),
        (None, "xl/worksheets/sheet1.xml", 3000, 3),
    ],
)
def test_fast_and_exact_measures_agree(
    tmp_path: Path, path: Path | None, entry: str, rows: int, cols: int
) -> None:
    if path is None:  # 3000 rows, cut below in 2 KB pieces: the fast path's every branch
        book = XlsxWorkbook()
        for r in range(1, 3001):
            book.active.append([f"客户{r}", r, None if r % 7 else "x"])
        book.save(path := tmp_path / "many.xlsx")
    with zipfile.ZipFile(path) as z:
        xml = z.read(entry)
    fast = reader._xlsx_grid(_pieces(xml))
    exact = reader._xlsx_grid_exact(_pieces(xml), path.name)
    assert fast is not None
    assert fast[:2] == exact[:2] == (rows, cols)
    assert fast[2] >= exact[2] > 0  # "</c>" counts empty cells too: never fewer values


def test_fast_measure_hands_unusual_shapes_to_the_exact_one() -> None:
    head = b'<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>1</v></c></row>'
    for tail in (
        b'<row r="2"><c r="C2"><v>1</v></c></row>',  # wider than the rows before
        b'<row r="9"><c r="A9"><v>1</v></c></row><row r="3"><c r="A3"><v>1</v></c></row>',
        b"<row r=\"4\"><c r='A4'><v>1</v></c></row>",
        b'<row r="4"><c r="a4"><v>1</v></c></row>',
        b'<row r="4"><x:c r="A4"><v>1</v></x:c></row>',
    ):
        assert reader._xlsx_grid([head, tail]) is None
    assert reader._xlsx_grid([head, b'<row r="2"><c r="B2"><v>1</v></c></row>']) == (2, 2, 3)


def _pieces(xml: bytes, size: int = 2048) -> list[bytes]:
    """Small pieces cut after a '>', as reader._xml_chunks cuts its 4 MB ones."""
    pieces, start = [], 0
    while start < len(xml):
        cut = xml.rfind(b">", start, start + size) + 1 or len(xml)
        pieces.append(xml[start:cut])
        start = cut
    return pieces


def test_a_workbook_without_sheets_has_no_data(tmp_path: Path) -> None:
    xml = hostile.WORKBOOK.replace('<sheet name="客户" sheetId="1" r:id="rId1"/>', "")
    path = hostile.write_xlsx(tmp_path / "sheetless.xlsx", hostile.sheet_xml(hostile.HEADER))
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i.filename) for i in src.infolist()}
    parts["xl/workbook.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    error = refusal(path)
    assert (
        error.message("en") == "sheetless.xlsx holds no customer rows (the workbook has no sheet)."
    )


def test_closing_twice_is_harmless() -> None:
    book = open_workbook(FILES / "lo_customers.ods")
    with book:
        assert book.row_count("客户名单") >= 5
    book.close()
