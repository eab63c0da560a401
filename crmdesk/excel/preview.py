"""What the import wizard shows before anything is written: the sheets of a file, the
rows at its top, and the first rows read exactly as the importer will read them.

The preview must not promise what the import then refuses, nor flag what it accepts,
so each row is read by the importer's own RowReader (parsers, column limits and row
checks), under the same column map (excel/mapping.auto_map). Only what needs the
database (duplicates, an owner's capacity) is left to the import itself.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crmdesk.excel.fields import header_key
from crmdesk.excel.importer import CellProblem, ImportProblem, RowReader
from crmdesk.excel.mapping import HEADER_SEARCH_ROWS, ColumnMap, auto_map, find_header
from crmdesk.excel.reader import Row, open_workbook

PREVIEW_ROWS = 200


@dataclass(frozen=True)
class SheetHead:
    """The top of one sheet: enough rows to choose the header and preview the data."""

    file: str
    sheet: str
    csv: bool  # CSV text comes quoted against formulas (exporter.unquote_csv)
    rows: tuple[Row, ...]  # the first HEADER_SEARCH_ROWS + PREVIEW_ROWS non-blank rows
    row_count: int  # an upper bound of the sheet's rows, for "about N rows"
    header_index: int  # the header row the importer would find

    @property
    def header_candidates(self) -> tuple[Row, ...]:
        """The rows the header may be chosen from (the importer looks no further)."""
        return self.rows[:HEADER_SEARCH_ROWS]

    def data_rows(self, header_index: int) -> tuple[Row, ...]:
        start = header_index + 1
        return self.rows[start : start + PREVIEW_ROWS]


@dataclass(frozen=True)
class OpenedFile:
    """A file's sheets, the one an import takes by default, and that sheet's top."""

    sheets: tuple[str, ...]
    default: str
    head: SheetHead


def open_file(path: str | Path) -> OpenedFile:
    """Read a file's sheet names and its default sheet's top in one pass (a large file
    is parsed once, not once per question)."""
    with open_workbook(path) as book:
        default = book.default_sheet()
        return OpenedFile(tuple(book.sheet_names), default, _head(book, default))


def read_head(path: str | Path, sheet: str) -> SheetHead:
    """The top of another sheet than the default."""
    with open_workbook(path) as book:
        return _head(book, sheet)


def _head(book: Any, sheet: str) -> SheetHead:
    rows = tuple(itertools.islice(book.rows(sheet), HEADER_SEARCH_ROWS + PREVIEW_ROWS))
    index = find_header([r.values for r in rows]) if rows else 0
    return SheetHead(book.name, sheet, book.kind == "csv", rows, book.row_count(sheet), index)


def column_map(
    head: SheetHead, header_index: int, choices: Mapping[str, str] | None = None
) -> ColumnMap:
    """The column map the importer builds from the same header and choices (header
    text or header key -> field key, "" to leave a column out)."""
    saved = None if choices is None else {header_key(h): f for h, f in choices.items()}
    headers = head.rows[header_index].values if head.rows else ()
    return auto_map(headers, header_index, saved)


@dataclass(frozen=True)
class PreviewRow:
    number: int  # as the spreadsheet shows it
    values: tuple[Any, ...]
    problems: dict[int, list[CellProblem]] = field(default_factory=dict)  # column -> problems


@dataclass(frozen=True)
class Preview:
    rows: list[PreviewRow]

    @property
    def flagged(self) -> int:
        """Rows the import would reject."""
        return sum(1 for r in self.rows if r.problems)


def preview(
    head: SheetHead,
    colmap: ColumnMap,
    owners: Mapping[str, bool] | None = None,
) -> Preview:
    """The first rows after the header with each problem placed on its column.

    `owners` maps each active rep's name to whether the importing person may give
    customers to them; a name not in it is no rep. None: owners are not checked.
    """
    reader = RowReader(colmap, csv=head.csv)
    out = []
    for row in head.data_rows(colmap.header_index):
        problems: dict[int, list[CellProblem]] = {}
        for problem in _problems(row, reader, owners):
            column = colmap.column_of(problem.key) if problem.key else None
            problems.setdefault(-1 if column is None else column, []).append(problem)
        out.append(PreviewRow(row.number, row.values, problems))
    return Preview(out)


def _problems(row: Row, reader: RowReader, owners: Mapping[str, bool] | None) -> list[CellProblem]:
    """The row's problems as the import finds them, and its owner checked against `owners`
    (the import checks the owner only once the cells are good)."""
    values, problems = reader.read(row)
    name = values.get("owner")
    if owners is not None and name:
        if name not in owners:
            problems.append(_owner(row, reader, ImportProblem("owner_unknown", name)))
        elif not owners[name]:
            problems.append(_owner(row, reader, ImportProblem("owner_not_allowed")))
    return problems


def _owner(row: Row, reader: RowReader, problem: ImportProblem) -> CellProblem:
    return CellProblem(row.number, reader.header("owner"), problem, "owner")
