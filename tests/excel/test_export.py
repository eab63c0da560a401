"""Export writes what Excel shows and the importer reads back: real types, text that
stays text, the list's filters, and no file at all when cancelled. Files are read back
with openpyxl (types, styles, layout) and python-calamine (what the importer sees)."""

from __future__ import annotations

import csv
import re
import tempfile
import unicodedata
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import func, insert, select, update

from crmdesk.core.customers import create_customer
from crmdesk.core.errors import InvalidValue
from crmdesk.core.models import Customer
from crmdesk.core.search import Filters
from crmdesk.excel import exporter
from crmdesk.excel.exporter import (
    ExportCancelled,
    export_customers,
    formula_like,
    unquote_csv,
    write_template,
)
from crmdesk.excel.fields import BY_KEY, FIELDS, header
from crmdesk.excel.importer import ImportOptions, import_customers
from crmdesk.excel.mapping import match_header

from ..core.helpers import T0

HEADERS = {lang: [header(f, lang) for f in FIELDS] for lang in ("zh", "en")}
IMPORTABLE = [f for f in FIELDS if not f.read_only and f.key != "id"]
LONG_NOTE = ("第一次拜访😀：客户关注售后，\t预算待定。\n" * 400).strip()
FORMULAS = {
    "company": '=HYPERLINK("http://evil.example","点我")',
    "contact": "+SUM(1,2)",
    "wechat": "-2+3",
    "notes": "@SUM(A1:A9)",
    "source": "  =1+1",  # after leading spaces
    "region": "\t=cmd|' /C calc'!A0",
    "industry": "#N/A",  # not a formula, but openpyxl would make it an error cell
    "phone": "=1+1",
}


def add(session, team, fields, owner=None, pool=None, **columns) -> int:
    """A customer with `fields` (as typed) and then `columns` (as the services keep them)."""
    customer = create_customer(
        session, fields, team.manager, owner_id=owner, to_pool=owner is None, pool_id=pool, now=T0
    )
    if columns:  # committed: the next service call rolls back what it finds open
        session.execute(update(Customer).where(Customer.id == customer).values(**columns))
        session.commit()
    return customer


@pytest.fixture
def people(session, team) -> dict[str, int]:
    full = add(
        session,
        team,
        {
            "company": "杭州鼎盛科技有限公司",
            "contact": "张伟",
            "phone": "013800138000",
            "phone2": "+86 139 1234 5678",
            "email": "zhangwei@dingsheng.cn",
            "wechat": "zw_2026",
            "industry": "软件",
            "region": "浙江杭州",
            "source": "展会",
            "credit_rating": "B",
            "notes": LONG_NOTE,
        },
        owner=team.zhang,
        tier="A",
        stage="repeat",
        risk_score=42,
        last_followup_at=datetime(2026, 3, 5, 14, 30),
        next_followup_at=datetime(2026, 4, 1, 9, 0),
        deal_total=Decimal("1234567.89"),
    )
    hostile = add(session, team, FORMULAS, pool=team.south_pool)
    empty = add(session, team, {"company": "深圳蓝海贸易有限公司", "email": ""}, status="voided")
    return {"full": full, "hostile": hostile, "empty": empty}


def openpyxl_rows(path: Path) -> list[dict]:
    """header -> cell, one dict a row."""
    sheet = load_workbook(path).worksheets[0]
    rows = list(sheet.iter_rows())
    headers = [c.value for c in rows[0]]
    return [dict(zip(headers, row, strict=True)) for row in rows[1:]]


def calamine_rows(path: Path) -> list[list]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def exported_ids(path: Path) -> list[int]:
    return [int(row[0]) for row in calamine_rows(path)[1:]]


def sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.startswith("xl/worksheets/")]
        return "".join(archive.read(n).decode("utf-8") for n in names)


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_xlsx_has_real_types_and_the_headers_the_importer_reads(
    session, team, people, tmp_path, lang
):
    path = tmp_path / "customers.xlsx"
    result = export_customers(session, path, lang=lang)
    assert result.rows == 3 and result.path == path and result.seconds > 0

    h = {f.key: header(f, lang) for f in FIELDS}
    cells = {row[h["id"]].value: row for row in openpyxl_rows(path)}
    full = cells[people["full"]]
    assert full[h["id"]].data_type == "n" and isinstance(full[h["id"]].value, int)
    assert full[h["company"]].value == "杭州鼎盛科技有限公司"
    for key, phone in (("phone", "013800138000"), ("phone2", "+86 139 1234 5678")):
        assert full[h[key]].value == phone and full[h[key]].data_type == "s"
        assert full[h[key]].quotePrefix  # stays text when edited in Excel
    assert full[h["owner"]].value == "张三"
    assert full[h["tier"]].value == "A"
    for key, when in (
        ("last_followup_at", datetime(2026, 3, 5, 14, 30)),
        ("next_followup_at", datetime(2026, 4, 1, 9, 0)),
        ("created_at", T0),
    ):
        assert full[h[key]].value == when and full[h[key]].is_date
        assert "yy" in full[h[key]].number_format and "h" in full[h[key]].number_format
    amount = full[h["deal_total"]]
    assert amount.value == pytest.approx(1234567.89) and amount.data_type == "n"
    assert amount.number_format == "#,##0.00"
    assert full[h["notes"]].value == LONG_NOTE
    assert full[h["risk_score"]].value == 42 and full[h["risk_score"]].data_type == "n"
    words = {
        "zh": ("跟进中", "复购", "公海", "已作废", "线索"),
        "en": ("Active", "Repeat", "In pool", "Voided", "Lead"),
    }[lang]
    hostile, empty = cells[people["hostile"]], cells[people["empty"]]
    assert [full[h["status"]].value, full[h["stage"]].value] == [words[0], words[1]]
    assert [hostile[h["status"]].value, hostile[h["pool"]].value] == [words[2], "华南公海"]
    assert [empty[h["status"]].value, empty[h["stage"]].value] == [words[3], words[4]]
    assert full[h["pool"]].value == "公海"  # the default pool's name
    for key in ("contact", "phone", "phone2", "email", "owner", "notes", "last_followup_at"):
        assert empty[h[key]].value is None

    # what the importer sees
    rows = calamine_rows(path)
    assert rows[0] == HEADERS[lang]
    by_id = {int(r[0]): dict(zip(HEADERS[lang], r, strict=True)) for r in rows[1:]}
    seen = by_id[people["full"]]
    assert seen[h["phone"]] == "013800138000" and seen[h["phone2"]] == "+86 139 1234 5678"
    assert seen[h["last_followup_at"]] == datetime(2026, 3, 5, 14, 30)
    assert seen[h["deal_total"]] == pytest.approx(1234567.89)
    assert seen[h["notes"]] == LONG_NOTE
    assert seen[h["risk_score"]] == 42
    assert by_id[people["empty"]][h["email"]] == "" and by_id[people["empty"]][h["contact"]] == ""
    assert [match_header(text) for text in rows[0]] == [f.key for f in FIELDS]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_xlsx_layout_frozen_filtered_bold_and_wide_enough(session, team, people, tmp_path, lang):
    path = tmp_path / "customers.xlsx"
    export_customers(session, path, lang=lang)
    sheet = load_workbook(path).worksheets[0]
    assert sheet.title == {"zh": "客户", "en": "Customers"}[lang]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:V4"
    assert all(cell.font.b for cell in sheet[1])
    assert not any(cell.font.b for cell in sheet[2])
    for column, f in enumerate(FIELDS, 1):
        letter = sheet.cell(1, column).column_letter
        shown = sheet.column_dimensions[letter].width
        assert shown >= f.width and shown > width(header(f, lang)), f.key


def test_formula_like_text_is_written_as_text_never_a_formula(session, team, people, tmp_path):
    path = tmp_path / "customers.xlsx"
    export_customers(session, path, lang="en")
    assert not re.search(r"<f[\s>]", sheet_xml(path))
    h = {f.key: header(f, "en") for f in FIELDS}
    row = {r[h["id"]].value: r for r in openpyxl_rows(path)}[people["hostile"]]
    seen = {int(r[0]): r for r in calamine_rows(path)[1:]}[people["hostile"]]
    for key, text in FORMULAS.items():
        cell = row[h[key]]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True), key
        assert seen[HEADERS["en"].index(h[key])] == text, key


def test_what_xml_cannot_carry_is_dropped_and_the_rest_kept(session, team, tmp_path):
    texts = {
        "contact": "李\x01娜\x1f",
        "notes": "第一行\r\n第二行\r第三行\x0b\uffff",
        "wechat": "  spaced out  ",
        "region": "'引号开头",
        "source": "👨‍👩‍👧 家庭用户",
    }
    # no NUL: PostgreSQL cannot store it, so no customer can hold one
    customer = add(session, team, {"company": "重庆\x08银行", **texts}, owner=team.li)
    path = tmp_path / "customers.xlsx"
    export_customers(session, path, lang="en")
    expected = {
        "Company": "重庆银行",
        "Contact": "李娜",
        "Notes": "第一行\n第二行\n第三行",
        "WeChat": "  spaced out  ",
        "Region": "'引号开头",
        "Source": "👨‍👩‍👧 家庭用户",
    }
    row = {r["Customer ID"].value: r for r in openpyxl_rows(path)}[customer]
    assert {k: row[k].value for k in expected} == expected
    assert not row["Region"].quotePrefix  # only formula-like text needs the prefix
    seen = dict(zip(HEADERS["en"], calamine_rows(path)[1], strict=True))
    assert {k: seen[k] for k in expected} == expected


def test_only_the_customers_the_list_shows_are_exported(session, team, tmp_path):
    zhang = [
        add(session, team, {"company": f"华东客户{i}有限公司"}, owner=team.zhang) for i in range(3)
    ]
    li = [add(session, team, {"company": f"华南客户{i}有限公司"}, owner=team.li) for i in range(2)]
    pooled = add(session, team, {"company": "华东公海客户有限公司"})
    path = tmp_path / "list.xlsx"

    assert export_customers(session, path, filters=Filters(owner=team.li)).rows == 2
    assert exported_ids(path) == li
    export_customers(session, path, "华东", Filters(status="active"))
    assert exported_ids(path) == zhang
    export_customers(session, path, "华东")
    assert exported_ids(path) == [*zhang, pooled]
    export_customers(session, path, ids=[pooled, li[1], zhang[0], li[1]])
    assert exported_ids(path) == [zhang[0], li[1], pooled]
    export_customers(session, path, filters=Filters(owner=team.wang))
    assert calamine_rows(path) == [HEADERS["zh"]]


def test_csv_has_a_bom_text_values_and_apostrophes_before_formulas(session, team, people, tmp_path):
    path = tmp_path / "customers.csv"
    assert export_customers(session, path, lang="en").rows == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == HEADERS["en"]
    full, hostile, empty = rows
    assert full["Customer ID"] == str(people["full"])
    assert full["Phone"] == "013800138000"
    assert full["Phone 2"] == "'+86 139 1234 5678"
    assert full["Last Contact"] == "2026-03-05 14:30:00"
    assert full["Amount"] == "1234567.89"
    assert full["Notes"] == LONG_NOTE
    assert (full["Status"], full["Stage"], full["Owner"]) == ("Active", "Repeat", "张三")
    for key, text in FORMULAS.items():
        value = hostile[header(BY_KEY[key], "en")]
        if formula_like(text):
            assert value == "'" + text and formula_like(value[1:]), key
        else:
            assert value == text, key
    assert empty["Email"] == "" and empty["Contact"] == "" and empty["Amount"] == "0.00"


def test_csv_quoting_is_undone_exactly_and_leaves_no_formula(session, team, tmp_path):
    notes = ["=1+1", "'=1+1", "''+86 139", "'引号", "'", "-", "普通备注", "1-2", " @x"]
    for note in notes:
        add(session, team, {"company": f"引号客户{len(note)}{note}", "notes": note})
    path = tmp_path / "customers.csv"
    export_customers(session, path, lang="en")
    with path.open(encoding="utf-8-sig", newline="") as f:
        written = [row["Notes"] for row in csv.DictReader(f)]
    assert not any(formula_like(text) for text in written)
    assert [unquote_csv(text) for text in written] == notes


@pytest.mark.parametrize("text", ["=1", "+86", "-5", "@x", " =1", "\tx", "\rx"])
def test_formula_like_follows_owasp(text):
    assert formula_like(text)


@pytest.mark.parametrize("text", ["1=1", "张三", "'=1", "#N/A", "", "a-b"])
def test_ordinary_text_is_not_formula_like(text):
    assert not formula_like(text)


def many(session, team, n: int) -> None:
    """n customers at once, as an import would leave them."""
    session.execute(
        insert(Customer),
        [
            {
                "company": f"批量客户{i:04d}",
                "pool_id": team.default_pool,
                "status": "pool",
                "status_changed_at": T0,
                "created_at": T0,
            }
            for i in range(n)
        ],
    )
    session.commit()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_progress_runs_batch_by_batch_to_the_end(session, team, tmp_path, monkeypatch, suffix):
    monkeypatch.setattr(exporter, "BATCH", 2)
    many(session, team, 5)
    calls = []
    export_customers(session, tmp_path / f"a{suffix}", progress=lambda *a: calls.append(a))
    assert calls == [(0, 5), (2, 5), (4, 5), (5, 5)]


def test_a_selection_with_missing_ids_still_ends_the_bar(session, team, people, tmp_path):
    calls = []
    result = export_customers(
        session,
        tmp_path / "a.xlsx",
        ids=[people["full"], 10**9],
        progress=lambda *a: calls.append(a),
    )
    assert result.rows == 1 and calls == [(0, 2), (1, 1)]


def test_customers_added_while_exporting_never_push_the_bar_past_its_end(
    session, team, tmp_path, monkeypatch
):
    monkeypatch.setattr(exporter, "BATCH", 2)
    monkeypatch.setattr(exporter, "count", lambda *a, **k: 1)  # counted before 4 more came
    many(session, team, 5)
    calls = []
    export_customers(session, tmp_path / "a.xlsx", progress=lambda *a: calls.append(a))
    assert calls == [(0, 1), (2, 2), (4, 4), (5, 5)]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_cancel_leaves_no_file_and_an_old_export_untouched(
    session, team, tmp_path, monkeypatch, suffix
):
    monkeypatch.setattr(exporter, "BATCH", 2)
    spool = tmp_path / "spool"  # where openpyxl keeps rows until the save
    spool.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spool))
    many(session, team, 5)
    folder = tmp_path / "out"
    folder.mkdir()
    old = folder / f"old{suffix}"
    old.write_bytes(b"an earlier export")
    asked = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) == 2  # after the first batch has been written

    with pytest.raises(ExportCancelled):
        export_customers(session, old, cancel=cancel)
    with pytest.raises(ExportCancelled):
        export_customers(session, folder / f"new{suffix}", cancel=lambda: True)
    assert sorted(p.name for p in folder.iterdir()) == [old.name]
    assert old.read_bytes() == b"an earlier export"
    assert list(spool.iterdir()) == []


def test_other_suffixes_are_refused(session, team, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(InvalidValue):
        export_customers(session, folder / "customers.xls")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize(
    ("lang", "names"), [("zh", ["客户", "填写说明"]), ("en", ["Customers", "Instructions"])]
)
def test_template_has_the_data_sheet_first_and_the_example_in_the_instructions(
    tmp_path, lang, names
):
    path = write_template(tmp_path / "template.xlsx", lang)
    book = load_workbook(path)
    assert book.sheetnames == names
    data, guide = book.worksheets
    headers = [header(f, lang) for f in IMPORTABLE]
    assert [[c.value for c in row] for row in data.iter_rows()] == [headers]
    assert data.freeze_panes == "A2" and all(c.font.b for c in data[1])
    phone = data.cell(1, headers.index(header(BY_KEY["phone"], lang)) + 1).column_letter
    assert data.column_dimensions[phone].number_format == "@"
    assert CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python() == [headers]

    rows = [[c.value for c in row] for row in guide.iter_rows()]
    explained = {row[0]: row for row in rows if row[0] in headers}
    assert set(explained) == set(headers)
    assert all(row[2] for row in explained.values())  # every column says what it accepts
    at = next(i for i, row in enumerate(rows) if row[: len(headers)] == headers)
    example = dict(zip(headers, rows[at + 1], strict=False))
    assert example[header(BY_KEY["company"], lang)]
    assert example[header(BY_KEY["phone"], lang)] == "13800138000"
    assert isinstance(example[header(BY_KEY["last_followup_at"], lang)], datetime)
    assert any(word in guide.title for word in ("说明", "Instructions"))


def test_importing_the_untouched_template_creates_nobody(session, team, tmp_path):
    path = write_template(tmp_path / "template.xlsx", "zh")
    report = import_customers(session, path, team.manager)
    assert (report.sheet, report.rows, report.created) == ("客户", 0, 0)  # not the example
    assert session.scalar(select(func.count()).select_from(Customer)) == 0


def test_the_example_row_copied_to_the_data_sheet_imports(session, team, tmp_path):
    """The instructions' example promises forms the importer must accept."""
    path = write_template(tmp_path / "template.xlsx", "zh")
    book = load_workbook(path)
    data, guide = book.worksheets
    example = [c.value for c in list(guide.iter_rows())[-1]][: len(IMPORTABLE)]
    data.append(example)
    book.save(path)
    report = import_customers(session, path, team.manager)
    assert (report.created, report.rejected) == (1, 0)
    customer = session.scalars(select(Customer)).one()
    assert (customer.company, customer.owner_id, customer.phone) == (
        example[0],
        team.zhang,
        "13800138000",
    )


def test_an_export_imports_back_as_the_same_customers(session, team, tmp_path):
    for i in range(3):
        add(session, team, {"company": f"回环客户{i}有限公司", "phone": f"1380013800{i}"})
    path = tmp_path / "customers.xlsx"
    export_customers(session, path, lang="en")
    options = ImportOptions(on_duplicate="update")
    report = import_customers(session, path, team.manager, options)
    assert (report.created, report.rejected) == (0, 0)
    assert session.scalar(select(func.count()).select_from(Customer)) == 3


def test_a_reps_export_masks_every_contact_of_a_masked_pool(session, team, tmp_path):
    """A rep who has not claimed a pool customer gets no way to reach it from a file:
    the second phone and the WeChat id are masked like the phone and the email."""
    pooled = add(
        session,
        team,
        {
            "company": "公海里的客户有限公司",
            "phone": "13912345678",
            "phone2": "0571-88886666",
            "email": "boss@pool.cn",
            "wechat": "boss_wx_2026",
        },
    )
    target = tmp_path / "pool.xlsx"

    export_customers(session, target, ids=[pooled], lang="en", mask_for=team.li)

    (row,) = openpyxl_rows(target)
    shown = {h: c.value for h, c in row.items()}
    hidden = [shown[header(BY_KEY[k], "en")] for k in ("phone", "phone2", "email", "wechat")]
    assert all("*" in value for value in hidden), hidden
    assert not any(secret in "".join(hidden) for secret in ("88886666", "boss_wx_2026", "boss@"))
