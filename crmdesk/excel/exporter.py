"""Export customers to xlsx or csv, and write the blank import template.

An export is any list (a query and filters, or a selection of ids) with every column of
excel/fields.py under its zh or en header, so the file imports back: its customer id
column updates instead of duplicating. Rows stream from search.iter_rows into openpyxl's
write-only mode, so memory stays flat however long the list.

What a cell holds, and why:
- Real types: id and risk score as numbers, dates as date-time cells, amounts as numbers
  shown as #,##0.00; owner and pool by name; status and stage as words in the export's
  language (STATUS_WORDS, STAGE_WORDS). Everything else is a text cell.
- Phones are text cells with Excel's quote prefix: the number is never a number, and it
  stays text when someone edits the cell in Excel (a leading 0 or +86 survives).
- Formula-like text (`formula_like`: = + - @ first, after any spaces, or a leading tab
  or CR) is a text cell with the quote prefix, never a formula, even once edited; so is
  text that reads as an Excel error ("#N/A"). Other text is written as it is, which
  keeps the common cells on openpyxl's fast path (the speed bar is 1.3x a bare loop).
- Characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF) are
  dropped: openpyxl refuses the controls, and the others make a file that openpyxl and
  Excel cannot open. Line breaks become "\\n", as XML would make them on reading
  anyway (and as Excel writes them). Anything else, emoji and long notes included,
  comes back exactly; Excel's cell limit cuts text past 32,767 characters.
- CSV (UTF-8 with a BOM, so Excel shows Chinese right) is all text: dates as
  "YYYY-MM-DD HH:MM:SS", amounts as plain "1234.50". A CSV cell has no type to protect
  it, so formula-like text gets OWASP's leading apostrophe (`unquote_csv` takes it
  off again, exactly). The xlsx is the exact round trip.

A file is written beside its target and moved over it at the end: a cancel or an error
leaves no partial file, and an earlier file of that name untouched.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import secrets
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from crmdesk.core.errors import InvalidValue
from crmdesk.core.models import STAGES, STATUSES
from crmdesk.core.search import Filters, count, iter_rows, mask_rows, owner_names, pool_names
from crmdesk.excel.fields import FIELDS, Field, header

BATCH = 2000  # rows between cancel checks and progress reports
DATE_FORMAT = "yyyy-mm-dd hh:mm"  # the template's date columns
AMOUNT_FORMAT = "#,##0.00"
# Status and stage as a person reads them (the zh words are core/errors.py's).
STATUS_WORDS = {
    "zh": dict(zip(STATUSES, ("跟进中", "公海", "已作废", "已关闭", "已归档"), strict=True)),
    "en": dict(zip(STATUSES, ("Active", "In pool", "Voided", "Closed", "Archived"), strict=True)),
}
STAGE_WORDS = {
    "zh": dict(zip(STAGES, ("线索", "意向", "首单", "复购", "忠诚"), strict=True)),
    "en": dict(zip(STAGES, ("Lead", "Prospect", "First purchase", "Repeat", "Loyal"), strict=True)),
}
DATA_SHEET = {"zh": "客户", "en": "Customers"}
GUIDE_SHEET = {"zh": "填写说明", "en": "Instructions"}  # the reader skips these by name
# The column a field's value comes from, where it is not the field's own key.
SOURCE = {"owner": "owner_id", "pool": "pool_id"}

_FORMULA_LIKE = re.compile(r"\s*[=+\-@]|[\t\r]")
_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Text that needs more than openpyxl's default: a superset of the cases above, checked
# once per cell so the common cell costs a single regex search.
_ATTENTION = re.compile(r"^\s*[=+\-@#]|^\t|[\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ERRORS = frozenset(ERROR_CODES)
Convert = Callable[[Any], Any]  # a database value -> what the file gets


class ExportCancelled(Exception):
    """The person cancelled an export; no file was left behind."""


@dataclass(frozen=True)
class ExportResult:
    rows: int
    path: Path
    seconds: float


def formula_like(text: str) -> bool:
    """Whether a spreadsheet could take the text for a formula (OWASP's CSV injection
    list: = + - @ first, also after spaces, or a leading tab or carriage return)."""
    return _FORMULA_LIKE.match(text) is not None


def _lang(lang: str) -> str:
    return "zh" if lang.startswith("zh") else "en"


def export_customers(
    session: Session,
    path: str | Path,
    query: str = "",
    filters: Filters | None = None,
    *,
    ids: Sequence[int] | None = None,
    lang: str = "zh",
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    mask_for: int | None = None,
) -> ExportResult:
    """Write the customers a list shows (or the selected `ids` among them) to .xlsx or
    .csv, by the path's suffix; see the module docstring for what each cell holds.

    With `mask_for` (a rep id) contacts are masked as that rep's lists mask them: what
    a rep cannot read in the window does not leave it in a file.

    `progress(done, total)` and `cancel()` are called every BATCH rows; a cancel raises
    ExportCancelled and leaves no file.
    """
    started = time.perf_counter()
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InvalidValue(field="file", why=f"{target.name} must end in .xlsx or .csv")
    reps = owner_names(session)
    pools = pool_names(session)
    total = 0
    if progress is not None:
        total = (
            len(set(ids)) if ids is not None else count(session, query, filters, mask_for=mask_for)
        )
    steps = _Steps(total, progress, cancel)
    rows = iter_rows(session, query, filters, ids=ids, mask_for=mask_for)
    if mask_for is not None:
        rows = _masked(session, rows, mask_for)
    write = _write_xlsx if suffix == ".xlsx" else _write_csv
    with _replacing(target) as part:
        written = write(part, rows, reps, pools, _lang(lang), steps)
    return ExportResult(written, target, time.perf_counter() - started)


def _masked(
    session: Session, rows: Iterable[dict[str, Any]], rep_id: int
) -> Iterator[dict[str, Any]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            mask_rows(session, batch, rep_id)
            yield from batch
            batch = []
    mask_rows(session, batch, rep_id)
    yield from batch


class _Steps:
    """Cancel checks and progress reports, once every BATCH rows."""

    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancel: Callable[[], bool] | None,
    ) -> None:
        self.total = total
        self.progress = progress
        self.cancel = cancel

    def __call__(self, done: int) -> None:
        if self.cancel is not None and self.cancel():
            raise ExportCancelled()
        if self.progress is not None:
            self.progress(done, max(self.total, done))

    def counted(self, rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        """The rows, with a step before the first and after every BATCH."""
        self(0)
        for done, row in enumerate(rows, 1):
            yield row
            if done % BATCH == 0:
                self(done)

    def finish(self, done: int) -> None:
        """The last chance to cancel, then the bar at its end (ids may have been gone)."""
        self.total = done
        self(done)


PRIVATE_FILE = 0o600


def create_private(path: Path) -> None:
    """`path` made empty and readable by its owner only (0600, whatever the umask),
    before anything is written to it: exports and rejected rows hold customers' phone
    numbers. Unlike storage's create_private_file, a missing folder is not made (the
    person chose it; its absence is theirs to hear about) and an existing file is taken."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE))
    path.chmod(PRIVATE_FILE)  # os.open's mode passes through the umask


@contextmanager
def _replacing(target: Path) -> Iterator[Path]:
    """A private file beside `target` (so the move is atomic), moved over it only when
    the block succeeds."""
    part = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        create_private(part)
        yield part
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def _text_fix(value: str) -> str:
    """Text without what XML cannot carry, line breaks as "\\n" (see module docstring)."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_FORBIDDEN.sub("", value)


def _as_text(cell: WriteOnlyCell, value: str) -> WriteOnlyCell:
    """`cell` holding `value` as a string: openpyxl would make "=..." a formula and
    "#N/A" an error."""
    cell.value = value
    cell.data_type = "s"
    return cell


def _quoted_cell(sheet: Worksheet) -> WriteOnlyCell:
    """A cell for one column, reused row after row: write-only mode writes a row's cells
    during append(), so setting the next row's value cannot change one written."""
    cell = WriteOnlyCell(sheet)
    cell.quotePrefix = True
    return cell


def _xlsx_text(sheet: Worksheet) -> Convert:
    cell = _quoted_cell(sheet)

    def convert(value: str | None) -> Any:
        if not value or _ATTENTION.search(value) is None:
            return value or None
        value = _text_fix(value)
        if formula_like(value) or value in _ERRORS:
            return _as_text(cell, value)
        return value or None

    return convert


def _xlsx_phone(sheet: Worksheet) -> Convert:
    cell = _quoted_cell(sheet)

    def convert(value: str | None) -> Any:
        if not value:
            return None
        if _ATTENTION.search(value) is not None:
            value = _text_fix(value)
        return _as_text(cell, value) if value else None

    return convert


def _xlsx_amount(sheet: Worksheet) -> Convert:
    cell = WriteOnlyCell(sheet)
    cell.number_format = AMOUNT_FORMAT

    def convert(value: Any) -> Any:
        if value is None:
            return None
        cell.value = value
        return cell

    return convert


def _named(names: dict[int, str], text: Convert) -> Convert:
    return lambda value: text(names.get(value))


def _worded(words: dict[str, str]) -> Convert:
    return lambda value: words.get(value, value)


def _xlsx_plan(
    sheet: Worksheet, reps: dict[int, str], pools: dict[int, str], lang: str
) -> list[tuple[str, Convert | None]]:
    """For each field, the row key it reads and its converter (None: written as read)."""
    plan: list[tuple[str, Convert | None]] = []
    for f in FIELDS:
        convert: Convert | None
        if f.kind in ("id", "date") or f.key == "risk_score":
            convert = None
        elif f.kind == "amount":
            convert = _xlsx_amount(sheet)
        elif f.kind == "phone":
            convert = _xlsx_phone(sheet)
        elif f.key == "owner":
            convert = _named(reps, _xlsx_text(sheet))
        elif f.key == "pool":
            convert = _named(pools, _xlsx_text(sheet))
        elif f.key == "status":
            convert = _worded(STATUS_WORDS[lang])
        elif f.key == "stage":
            convert = _worded(STAGE_WORDS[lang])
        else:
            convert = _xlsx_text(sheet)
        plan.append((SOURCE.get(f.key, f.key), convert))
    return plan


def _display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _lay_out(sheet: Worksheet, fields: Sequence[Field], lang: str) -> None:
    """Column widths and the frozen header: the field's width for its data, widened to
    fit the header and its filter button. The data is the same in either language, so
    only the header's width (a Chinese character is two) depends on it."""
    for i, f in enumerate(fields, 1):
        width = max(f.width, _display_width(header(f, lang)) + 3)
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"


def _write_xlsx(
    part: Path,
    rows: Iterable[dict[str, Any]],
    reps: dict[int, str],
    pools: dict[int, str],
    lang: str,
    steps: _Steps,
) -> int:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(DATA_SHEET[lang])
    _lay_out(sheet, FIELDS, lang)
    bold = Font(bold=True)
    headers = []
    for f in FIELDS:
        cell = WriteOnlyCell(sheet, header(f, lang))
        cell.font = bold
        headers.append(cell)
    sheet.append(headers)
    plan = _xlsx_plan(sheet, reps, pools, lang)
    append = sheet.append
    done = 0
    try:
        for row in steps.counted(rows):
            append([row[key] if convert is None else convert(row[key]) for key, convert in plan])
            done += 1
        steps.finish(done)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(FIELDS))}{done + 1}"
        book.save(part)  # a folder that vanished fails here, with rows spooled
    except BaseException:
        with contextlib.suppress(Exception):  # save may have closed the sheet already
            _discard(sheet)
        raise
    return done


def _discard(sheet: Any) -> None:
    """Remove the rows openpyxl spooled to its temporary file, as its own save does;
    left alone, the file would stay until the program exits (the window runs for days)."""
    sheet.close()
    sheet._writer.cleanup()


def _csv_text(value: str | None) -> str:
    """OWASP's apostrophe before formula-like text, and before text that already starts
    with apostrophes and then is formula-like, so that `unquote_csv` is its exact inverse."""
    if not value:
        return ""
    return "'" + value if formula_like(value.lstrip("'")) else value


def unquote_csv(text: str) -> str:
    """A CSV cell's text as it was before export quoted it: the importer's half."""
    return text[1:] if text.startswith("'") and formula_like(text.lstrip("'")) else text


def _csv_plan(reps: dict[int, str], pools: dict[int, str], lang: str) -> list[tuple[str, Convert]]:
    def date(value: datetime | None) -> str:
        return value.isoformat(" ", "seconds") if value is not None else ""

    def amount(value: Any) -> str:
        return format(value, ".2f") if value is not None else ""

    def number(value: int | None) -> str:
        return "" if value is None else str(value)

    statuses, stages = STATUS_WORDS[lang], STAGE_WORDS[lang]
    plan: list[tuple[str, Convert]] = []
    for f in FIELDS:
        convert: Convert
        if f.kind == "id" or f.key == "risk_score":
            convert = number
        elif f.kind == "date":
            convert = date
        elif f.kind == "amount":
            convert = amount
        elif f.key == "owner":
            convert = _named(reps, _csv_text)
        elif f.key == "pool":
            convert = _named(pools, _csv_text)
        elif f.key == "status":
            convert = _worded(statuses)
        elif f.key == "stage":
            convert = _worded(stages)
        else:
            convert = _csv_text
        plan.append((SOURCE.get(f.key, f.key), convert))
    return plan


def _write_csv(
    part: Path,
    rows: Iterable[dict[str, Any]],
    reps: dict[int, str],
    pools: dict[int, str],
    lang: str,
    steps: _Steps,
) -> int:
    plan = _csv_plan(reps, pools, lang)
    done = 0
    with part.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([header(f, lang) for f in FIELDS])
        for row in steps.counted(rows):
            writer.writerow([convert(row[key]) for key, convert in plan])
            done += 1
        steps.finish(done)
    return done


# The template: what each importable column accepts, and one example customer.
GUIDE: dict[str, tuple[str, str]] = {
    "company": ("必填。公司或单位全称，最多 200 字。",
                "Required. The company's full name, up to 200 characters."),
    "contact": ("联系人姓名。", "The contact person's name."),
    "phone": ("手机号，11 位；可带 +86、空格或横线，如 +86 138-0013-8000。本列为文本格式，"
              "前导 0 不会丢失；存成数字的号码也能识别。",
              "Mobile number, 11 digits; +86, spaces and dashes are fine, e.g. "
              "+86 138-0013-8000. The column is text, so a leading 0 stays; numbers "
              "stored as numbers are read too."),
    "phone2": ("座机或其他电话，如 0571-88886666、(0571) 8888-6666 转 801。",
               "Landline or another number, e.g. 0571-88886666 or (0571) 8888-6666 ext 801."),
    "email": ("电子邮箱，如 name@example.com。", "Email address, e.g. name@example.com."),
    "wechat": ("微信号。", "WeChat id."),
    "industry": ("所属行业，如 软件、制造、贸易。", "Industry, e.g. software, manufacturing."),
    "region": ("省份或城市，如 浙江杭州。", "Province or city."),
    "source": ("客户来源，如 展会、官网、转介绍。", "Lead source, e.g. trade fair, website."),
    "owner": ("负责销售的姓名，须与系统中的销售姓名一致。留空：交给导入时选定的负责人，"
              "未选定则进入公海。",
              "The owning rep's name, exactly as in CRMDesk. Empty: the owner chosen for "
              "the import, or the pool when none is chosen."),
    "tier": ("客户等级 A、B、C、D（D 为垃圾客户）；留空为 C。",
             "Tier A, B, C or D (D is junk); empty means C."),
    "credit_rating": ("信用等级 A、B、C、D；C 及以下会触发预警。",
                      "Credit rating A, B, C or D; C or worse raises a warning."),
    "last_followup_at": ("日期或日期时间：Excel 日期单元格，或 2026-03-02、2026/3/2、"
                         "2026-03-02 10:30、2026年3月2日。",
                         "A date or date and time: an Excel date cell, or 2026-03-02, "
                         "2026/3/2, 2026-03-02 10:30."),
    "next_followup_at": ("下次跟进的日期，格式同上。", "The next follow-up's date, as above."),
    "deal_total": ("金额，可带 ¥、￥、元 和千分位，如 12800、¥12,800.00、12800元；"
                   "导入为一笔期初成交。",
                   "An amount; currency marks and thousands separators are fine, e.g. "
                   "12800, ¥12,800.00. It is imported as one opening deal."),
    "notes": ("备注，可多行。", "Notes; several lines are fine."),
}  # fmt: skip
EXAMPLE: dict[str, dict[str, Any]] = {
    "zh": {"company": "杭州示例科技有限公司", "contact": "王小明", "phone": "13800138000",
           "phone2": "0571-88886666", "email": "wangxm@example.com", "wechat": "wxm2026",
           "industry": "软件", "region": "浙江杭州", "source": "展会", "owner": "张三",
           "tier": "B", "credit_rating": "A", "last_followup_at": datetime(2026, 3, 2, 10, 30),
           "next_followup_at": datetime(2026, 3, 9, 9, 0), "deal_total": 12800,
           "notes": "关注售后服务，每季度回访。"},
    "en": {"company": "Example Tech Co., Ltd.", "contact": "Wang Xiaoming",
           "phone": "13800138000", "phone2": "0571-88886666", "email": "wangxm@example.com",
           "wechat": "wxm2026", "industry": "Software", "region": "Hangzhou",
           "source": "Trade fair", "owner": "Zhang San", "tier": "B", "credit_rating": "A",
           "last_followup_at": datetime(2026, 3, 2, 10, 30),
           "next_followup_at": datetime(2026, 3, 9, 9, 0), "deal_total": 12800,
           "notes": "Cares about after-sales service; call back every quarter."},
}  # fmt: skip
GUIDE_TEXT = {
    "zh": {
        "title": "客户导入模板 · 填写说明",
        "intro": ("在「客户」工作表中从第 2 行起每行填写一个客户，请勿修改第 1 行表头。"
                  "只有「客户名称」必填，其余可留空。本页不会被导入。"),
        "columns": ("列名", "必填", "可填写的内容", "示例"),
        "yes": "是",
        "example": "示例行（可复制到「客户」工作表第 2 行再修改；留在本页的示例不会被导入）",
    },
    "en": {
        "title": "Customer import template · Instructions",
        "intro": ("On the Customers sheet, one customer per row from row 2; keep the headers "
                  "in row 1 as they are. Only Company is required. This sheet is never "
                  "imported."),
        "columns": ("Column", "Required", "What it accepts", "Example"),
        "yes": "yes",
        "example": ("Example row (copy it to row 2 of the Customers sheet and edit it; the "
                    "example on this sheet is never imported)"),
    },
}  # fmt: skip


def _importable() -> list[Field]:
    """The columns an import takes: not the id (export's, for updates) or read-only ones."""
    return [f for f in FIELDS if not f.read_only and f.kind != "id"]


def _format(f: Field) -> str | None:
    return {"phone": "@", "date": DATE_FORMAT, "amount": AMOUNT_FORMAT}.get(f.kind)


def _header_row(sheet: Worksheet, row: int, texts: Sequence[str]) -> None:
    for column, text in enumerate(texts, 1):
        sheet.cell(row, column, text).font = Font(bold=True)


def _example_row(sheet: Worksheet, row: int, fields: Sequence[Field], lang: str) -> None:
    for column, f in enumerate(fields, 1):
        cell = sheet.cell(row, column, EXAMPLE[lang][f.key])
        cell.number_format = _format(f) or "General"


def write_template(path: str | Path, lang: str = "zh") -> Path:
    """A blank import template: the data sheet first with the importable headers, then
    an instructions sheet explaining each column, with one example customer.

    The example lives on the instructions sheet, not the data sheet: the reader never
    takes an instructions sheet (说明/Instructions in its name) as data, so importing the
    template untouched creates nobody, and no real row has to be told apart from a
    marked example (a marker the importer skipped could drop a customer, and one it did
    not would import "杭州示例科技" the day someone forgot to delete it).
    """
    lang = _lang(lang)
    target = Path(path)
    fields = _importable()
    book = Workbook()
    data = book.worksheets[0]
    data.title = DATA_SHEET[lang]
    _lay_out(data, fields, lang)
    _header_row(data, 1, [header(f, lang) for f in fields])
    for column, f in enumerate(fields, 1):
        letter = get_column_letter(column)
        number_format = _format(f)
        if number_format:  # a phone typed into the column stays text, a date a date
            data.column_dimensions[letter].number_format = number_format
        if f.kind in ("tier", "credit"):
            choice = DataValidation(type="list", formula1='"A,B,C,D"', allow_blank=True)
            choice.add(f"{letter}2:{letter}1048576")
            data.add_data_validation(choice)
    _write_guide(book.create_sheet(GUIDE_SHEET[lang]), fields, lang)
    with _replacing(target) as part:
        book.save(part)
    return target


def _write_guide(sheet: Worksheet, fields: Sequence[Field], lang: str) -> None:
    words = GUIDE_TEXT[lang]
    sheet["A1"] = words["title"]
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = words["intro"]
    _header_row(sheet, 4, words["columns"])
    wrap = Alignment(wrap_text=True, vertical="top")
    for row, f in enumerate(fields, 5):
        sheet.cell(row, 1, header(f, lang)).font = Font(bold=True)
        sheet.cell(row, 2, words["yes"] if f.key == "company" else None)
        sheet.cell(row, 3, GUIDE[f.key][0 if lang == "zh" else 1]).alignment = wrap
        example = sheet.cell(row, 4, EXAMPLE[lang][f.key])
        example.number_format = _format(f) or "General"
        example.alignment = Alignment(horizontal="left", vertical="top")
    for letter, width in zip("ABCD", (16, 8, 60, 28), strict=True):
        sheet.column_dimensions[letter].width = width
    below = 5 + len(fields) + 1
    sheet.cell(below, 1, words["example"]).font = Font(bold=True)
    _header_row(sheet, below + 1, [header(f, lang) for f in fields])
    _example_row(sheet, below + 2, fields, lang)
