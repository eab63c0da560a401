"""Write the numbers behind a report chart to xlsx, one sheet per chart.

The window builds the table a chart is drawn from (category, then one column per
series) with headers already in the user's language; this module only writes it, so
the file holds exactly what the chart shows. Counts are number cells, money columns
are numbers shown as #,##0.00, and text is written so that Excel can never take it for
a formula: reason labels and pool names are typed in by users.
"""

from __future__ import annotations

import os
import re
import secrets
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from crmdesk.excel.exporter import AMOUNT_FORMAT, create_private, formula_like

Value = str | int | float | Decimal | None

_XML_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SHEET_FORBIDDEN = re.compile(r"[\\/?*\[\]:]")
SHEET_NAME_MAX = 31  # Excel refuses longer sheet names


@dataclass(frozen=True)
class ReportSheet:
    """One chart's data: a header row, then one row per category."""

    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Value]]
    money_columns: frozenset[int] = field(default_factory=frozenset)  # 0-based


def write_report(path: str | Path, sheets: Sequence[ReportSheet]) -> Path:
    """Write `sheets` to the xlsx at `path`; an earlier file there is replaced only
    once the new one is complete."""
    target = Path(path)
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    for data in sheets:
        _fill(book.create_sheet(_sheet_name(data.title, used)), data)
    part = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        create_private(part)
        book.save(part)
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return target


def _fill(sheet: Worksheet, data: ReportSheet) -> None:
    for column, text in enumerate(data.headers, 1):
        cell = sheet.cell(row=1, column=column)
        _put(cell, text)
        cell.font = Font(bold=True)
    for row_no, row in enumerate(data.rows, 2):
        for index, value in enumerate(row):
            cell = sheet.cell(row=row_no, column=index + 1)
            _put(cell, value)
            if index in data.money_columns:
                cell.number_format = AMOUNT_FORMAT
    for index, text in enumerate(data.headers):
        cells = [text, *(_shown(r[index]) for r in data.rows if index < len(r))]
        width = max(_width(c) for c in cells) + 3
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(width, 10), 60)
    sheet.freeze_panes = "A2"


def _put(cell: Cell, value: Value) -> None:
    """A number as a number; text as text, never a formula or an error value."""
    if not isinstance(value, str):
        cell.value = value
        return
    text = _XML_FORBIDDEN.sub("", value)
    cell.value = text
    if formula_like(text) or text in ERROR_CODES:
        cell.data_type = "s"
        cell.quotePrefix = True


def _shown(value: Value) -> str:
    if isinstance(value, Decimal | float) and not isinstance(value, bool):
        return f"{value:,.2f}"
    return "" if value is None else str(value)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _sheet_name(title: str, used: set[str]) -> str:
    """A name Excel accepts (31 characters, none of \\ / ? * [ ] :, no edge
    apostrophes), unique in the workbook."""
    base = _SHEET_FORBIDDEN.sub(" ", _XML_FORBIDDEN.sub("", title)).strip().strip("'").strip()
    base = base[:SHEET_NAME_MAX] or "Sheet"
    name, n = base, 1
    while name.casefold() in used:
        n += 1
        suffix = f" ({n})"
        name = base[: SHEET_NAME_MAX - len(suffix)] + suffix
    used.add(name.casefold())
    return name
