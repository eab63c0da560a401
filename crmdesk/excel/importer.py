"""Import customers from a spreadsheet, all or nothing, and say what happened to each row.

One import is one transaction: every row is read, checked and written a chunk at a
time (memory stays bounded whatever the file's length), and the transaction commits
only at the end, when no row was rejected or the person chose to import the valid
rows. A cancel, a hostile file or rejected rows roll everything back.

Duplicates are matched by customer id, then normalised phone, email and company name
(the keys core/duplicates.py uses), against the database and against earlier rows of
the same file (which are in the database by then, inside the transaction). The policy
decides: skip them, update the customer with the row's non-empty values, or import the
row as a new customer anyway.

Where an import is silent, it does what a sales manager expects:
- A row names its owner in the owner column (a rep's name); otherwise the import's
  owner; otherwise it goes to the pool. An owner past their capacity rejects the row,
  so nobody is handed more than they can work.
- An amount becomes one opening deal dated the row's last contact (or now), so the
  customer's counters and its records agree and grading sees the value. Updating
  never touches deals: amounts come from deals.
- A tier is the starting tier; the next grading run may move it, with its history.
- Updates change only what the row fills in; an empty cell never erases a value.
"""

from __future__ import annotations

import itertools
import json
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook as XlsxWorkbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import Connection, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from crmdesk.core import clock, indexing, risk
from crmdesk.core.activity import stage_for
from crmdesk.core.errors import BadSpreadsheet, ImportCancelled, InvalidValue, NotFound
from crmdesk.core.lifecycle import assignable_owners, get_rep, is_pool_admin, owned_count
from crmdesk.core.models import (
    ACTIVE,
    ARCHIVED,
    CLOSED,
    POOL,
    Customer,
    CustomerKey,
    Deal,
    Pool,
    Rep,
    Transition,
)
from crmdesk.core.normalize import phone_digits, phone_key
from crmdesk.core.team import default_pool_id
from crmdesk.core.uow import unit_of_work
from crmdesk.excel.exporter import create_private, unquote_csv
from crmdesk.excel.fields import BY_KEY, header_key
from crmdesk.excel.mapping import FIRST, HEADER_SEARCH_ROWS, LAST, ColumnMap, auto_map, find_header
from crmdesk.excel.reader import Row, open_workbook
from crmdesk.excel.values import PARSERS, Problem
from crmdesk.storage.bulk import insert_rows

ON_DUPLICATE = ("skip", "update", "new")
CHUNK = 2000
MATCH_CHUNK = 2000  # keys per query: well under SQLite's 32,766 variables
# Columns the customer row takes from a file; the rest of a row's fields go elsewhere.
COLUMNS = (
    "company", "contact", "phone", "phone2", "email", "wechat", "industry", "region",
    "source", "notes", "credit_rating", "tier", "last_followup_at", "next_followup_at",
)  # fmt: skip
UPDATABLE = (
    "company", "contact", "phone", "phone2", "email", "wechat", "industry", "region",
    "source", "notes", "credit_rating", "next_followup_at",
)  # fmt: skip
# What an update reads of the customer a row matched: whose it is, and what may change.
COMPARED = ("id", "status", "owner_id", "pool_id", "last_followup_at", *UPDATABLE)
# Text longer than its column holds is a problem in the row, not an error at commit.
LIMITS = {
    key: Customer.__table__.c[key].type.length
    for key in COLUMNS
    if getattr(Customer.__table__.c[key].type, "length", None)
}
# What a new customer's row sets; the rest is the same for every row of an import.
CREATED = (
    "id", *COLUMNS, "owner_id", "status", "owned_since", "pooled_at", "stage", "deal_count",
    "deal_total", "last_deal_at", "warning_flags", "warnings_since", "risk_score",
)  # fmt: skip
PROBLEM_HEADER = {"zh": "导入问题", "en": "Import problem"}

MESSAGES = {
    "company_missing": ("the company name is empty", "客户名称为空"),
    "owner_unknown": ("no active rep is called {value}", "没有名为「{value}」的在职销售"),
    "owner_full": ("{value} has reached their capacity", "{value} 的客户数已达上限"),
    "owner_not_allowed": (
        "only managers and pool admins give customers to others",
        "只有主管或公海管理员可以把客户分给他人",
    ),
    "duplicate": ("already a customer: {value}", "已有该客户：{value}"),
    "duplicate_row": ("the same customer as row {value}", "与第 {value} 行是同一个客户"),
    "read_only": ("customer {value} is closed or archived", "客户 {value} 已关闭或归档"),
    "not_yours": ("customer {value} is not yours to update", "客户 {value} 不归您负责，不能更新"),
}


@dataclass(frozen=True)
class ImportProblem:
    """A row-level problem the importer finds (cell problems come from excel/values)."""

    code: str
    value: str = ""

    def message(self, lang: str = "en") -> str:
        en, zh = MESSAGES[self.code]
        return (zh if lang.startswith("zh") else en).format(value=self.value)


@dataclass(frozen=True)
class CellProblem:
    row: int  # as the spreadsheet shows it
    column: str  # the column's header
    problem: Any  # excel.values.Problem or ImportProblem
    key: str | None = field(default=None, compare=False)  # the customer field, if any
    raw: Any = field(default=None, compare=False)  # the cell as read

    def message(self, lang: str = "en") -> str:
        return self.problem.message(lang)


@dataclass(frozen=True)
class ImportOptions:
    sheet: str | None = None
    # header text -> field key, or "" to leave a column out; from the person or a saved map
    mapping: Mapping[str, str] | None = None
    on_duplicate: str = "skip"
    owner: int | None = None  # rows without an owner go to this rep...
    pool: int | None = None  # ...or, without one, into this pool (default: the default pool)
    valid_only: bool = False
    lang: str = "zh"
    header_row: int | None = None  # the header's row number as the sheet shows it; None: found


@dataclass
class ImportReport:
    file: str
    sheet: str
    header_row: int
    rows: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    unknown_columns: list[str] = field(default_factory=list)
    read_only_columns: list[str] = field(default_factory=list)
    problems: list[CellProblem] = field(default_factory=list)  # the first MAX_PROBLEMS
    flagged_file: Path | None = None  # rejected and duplicate rows, to fix and re-import
    seconds: float = 0.0
    committed: bool = False

    def as_json(self, lang: str = "en") -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "rows": self.rows,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": self.rejected,
            "unknown_columns": self.unknown_columns,
            "read_only_columns": self.read_only_columns,
            "problems": [
                {"row": p.row, "column": p.column, "message": p.message(lang)}
                for p in self.problems
            ],
            "rejected_file": str(self.flagged_file) if self.flagged_file else None,
            "committed": self.committed,
            "seconds": round(self.seconds, 3),
        }


MAX_PROBLEMS = 10_000


@dataclass
class _Record:
    row: Row
    values: dict[str, Any]
    problems: list[CellProblem]
    owner_name: str | None = None
    customer_id: int | None = None  # the id column's value
    match: int | None = None  # the customer this row duplicates
    match_note: ImportProblem | None = None
    keys: set[tuple[str, str]] | None = None  # duplicate keys, computed once


class _Flagged:
    """Rejected and duplicate rows, streamed into an xlsx beside the import: the same
    headers plus the problem, so the file can be fixed and imported again."""

    def __init__(self, path: Path, headers: Sequence[str], lang: str) -> None:
        self.path = path
        self.count = 0
        self.book = XlsxWorkbook(write_only=True)
        self.sheet = self.book.create_sheet("rejected")
        self.sheet.append([PROBLEM_HEADER["zh" if lang.startswith("zh") else "en"], *headers])
        self.lang = lang

    def add(self, row: Row, problems: Iterable[Any]) -> None:
        text = "；".join(p.message(self.lang) for p in problems)
        self.sheet.append([text, *(self._cell(v) for v in row.values)])
        self.count += 1

    def _cell(self, value: Any) -> Any:
        """Text stays text: never a formula, and no character XML cannot hold."""
        if not isinstance(value, str):
            return value
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if value.startswith("="):
            cell = WriteOnlyCell(self.sheet, value=value)
            cell.data_type = "s"
            return cell
        return value

    def close(self) -> Path | None:
        if not self.count:
            self.discard()
            return None
        create_private(self.path)
        self.book.save(self.path)
        return self.path

    def discard(self) -> None:
        """Nothing to keep (a cancel, a refusal): release the sheet's temporary file."""
        self.sheet.close()


def read_columns(path: str | Path, options: ImportOptions) -> tuple[str, ColumnMap, int]:
    """The sheet, its column map and its rows' upper bound: what the wizard previews."""
    with open_workbook(path) as book:
        sheet = options.sheet or book.default_sheet()
        head = list(itertools.islice(book.rows(sheet), HEADER_SEARCH_ROWS))
        return sheet, _column_map(book.name, head, options), book.row_count(sheet)


def _column_map(name: str, head: list[Row], options: ImportOptions) -> ColumnMap:
    if not head:
        raise BadSpreadsheet("no_data", name=name, detail="the sheet is empty")
    index = _header_index(name, head, options.header_row)
    saved = None
    if options.mapping is not None:
        saved = {header_key(h): f for h, f in options.mapping.items()}
    colmap = auto_map(head[index].values, index, saved)
    if colmap.column_of("company") is None:
        headers = ", ".join(h for h in colmap.headers if h) or "-"
        raise BadSpreadsheet("no_company_column", name=name, headers=headers)
    return colmap


def _header_index(name: str, head: list[Row], header_row: int | None) -> int:
    """The person's header row (among the rows a header is looked for in), else the found one."""
    if header_row is None:
        return find_header([r.values for r in head])
    for index, row in enumerate(head):
        if row.number == header_row:
            return index
    raise InvalidValue(
        field="header_row", why=f"row {header_row} is not among the first rows of {name}"
    )


@unit_of_work
def import_customers(
    session: Session,
    path: str | Path,
    actor: int,
    options: ImportOptions | None = None,
    *,
    flagged_path: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    now: datetime | None = None,
) -> ImportReport:
    """Import a spreadsheet's customers in one transaction (see the module docstring).

    Raises BadSpreadsheet("rows_rejected") with `.report` when rows were rejected and
    not `valid_only`, ImportCancelled when `cancel()` said so: nothing is changed then.
    """
    started = time.perf_counter()
    options = options or ImportOptions()
    at = (now or clock.now()).replace(microsecond=0)
    if options.on_duplicate not in ON_DUPLICATE:
        raise InvalidValue(field="on_duplicate", why=f"must be one of {', '.join(ON_DUPLICATE)}")
    rep = get_rep(session, actor)
    pool_id = options.pool or default_pool_id(session)
    if session.get(Pool, pool_id) is None:
        raise NotFound(kind="pool", ids=[pool_id])
    path = Path(path)
    with open_workbook(path) as book:
        sheet = options.sheet or book.default_sheet()
        rows = book.rows(sheet)
        head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
        colmap = _column_map(book.name, head, options)
        total = max(book.row_count(sheet) - colmap.header_index - 1, 0)
        report = ImportReport(
            file=book.name,
            sheet=sheet,
            header_row=head[colmap.header_index].number,
            unknown_columns=[colmap.header_of(c) for c in (*colmap.unknown, *colmap.repeated)],
            read_only_columns=[colmap.header_of(c) for c in colmap.read_only],
        )
        flagged = _Flagged(
            Path(flagged_path) if flagged_path else path.with_name(f"{path.stem}-rejected.xlsx"),
            colmap.headers,
            options.lang,
        )
        reader = RowReader(colmap, csv=book.kind == "csv")
        run = _Run(session, rep, options, reader, report, flagged, pool_id, at)
        data = itertools.chain(head[colmap.header_index + 1 :], rows)
        try:
            for chunk in _chunked(data, CHUNK):
                if cancel is not None and cancel():
                    raise ImportCancelled()
                run.chunk(chunk)
                if progress is not None:
                    progress(report.rows, max(total, report.rows))
        except BaseException:
            flagged.discard()
            raise
    report.flagged_file = flagged.close()
    report.seconds = time.perf_counter() - started
    if report.rejected and not options.valid_only:
        first = report.problems[0]
        error = BadSpreadsheet(
            "rows_rejected",
            name=report.file,
            count=report.rejected,
            row=first.row,
            column=first.column,
            problem=first.message(options.lang),
        )
        error.report = report  # type: ignore[attr-defined]
        raise error
    report.committed = True
    return report


class RowReader:
    """Reads a data row's cells as the import does: each mapped column through its parser,
    the first and last name joined into the contact, lengths and the company checked.
    The import wizard's preview reads through it too, so it flags what the import rejects."""

    def __init__(self, colmap: ColumnMap, *, csv: bool) -> None:
        self.colmap = colmap
        self.csv = csv  # CSV text comes quoted against formulas (exporter.unquote_csv)
        self.parsers = [
            (column, key, PARSERS[_kind(key)], colmap.header_of(column))
            for column, key in sorted(colmap.fields.items())
        ]

    def header(self, key: str) -> str:
        """The header of the column mapped to `key`, for a problem of the whole field."""
        return self.colmap.header_of(self.colmap.column_of(key) or 0)

    def read(self, row: Row) -> tuple[dict[str, Any], list[CellProblem]]:
        """The row's values by field, and its problems (each carries its field)."""
        values: dict[str, Any] = {}
        problems: list[CellProblem] = []
        cells = row.values
        width = len(cells)
        for column, key, parse, header in self.parsers:
            raw = cells[column] if column < width else None
            if raw is None:
                continue
            if self.csv:
                raw = unquote_csv(raw)
            value, problem = parse(raw)
            if problem is not None:
                problems.append(CellProblem(row.number, header, problem, key, raw))
            elif value is not None:
                values[key] = value
        first, last = values.pop(FIRST, None), values.pop(LAST, None)
        if (first or last) and "contact" not in values:
            latin = f"{first or ''}{last or ''}".isascii()
            values["contact"] = (
                " ".join(p for p in (first, last) if p) if latin else f"{last or ''}{first or ''}"
            )
        for key, limit in LIMITS.items():
            if key in values and len(values[key]) > limit:
                problem = Problem("too_long", values.pop(key), limit)
                problems.append(CellProblem(row.number, self.header(key), problem, key))
        if not values.get("company"):
            missing = ImportProblem("company_missing")
            problems.append(CellProblem(row.number, self.header("company"), missing, "company"))
        return values, problems


def _chunked(rows: Iterator[Row] | Iterable[Row], size: int) -> Iterator[list[Row]]:
    iterator = iter(rows)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


class _Run:
    """One import's state across its chunks."""

    def __init__(
        self,
        session: Session,
        rep: Rep,
        options: ImportOptions,
        reader: RowReader,
        report: ImportReport,
        flagged: _Flagged,
        pool_id: int,
        at: datetime,
    ) -> None:
        self.session = session
        self.connection: Connection = session.connection()
        self.rep = rep
        self.options = options
        self.reader = reader
        self.colmap = reader.colmap
        self.report = report
        self.flagged = flagged
        self.pool_id = pool_id
        self.at = at
        self.batch = str(uuid.uuid4())
        self.row_of: dict[int, int] = {}  # customer created by this import -> its row
        self.reps = {r.name: r for r in session.scalars(select(Rep).where(Rep.active.is_(True)))}
        self.room: dict[int, int] = {}  # rep -> customers they can still take
        self.default_owner = options.owner
        self.rules = risk.warning_rules(session)
        self.assignable = assignable_owners(session, rep.id, pool_id)
        if options.owner is not None:
            owner = session.get(Rep, options.owner)
            if owner is None or not owner.active:
                raise NotFound(kind="rep", ids=[options.owner])

    # --- reading ----------------------------------------------------------------------

    def parse(self, row: Row) -> _Record:
        values, problems = self.reader.read(row)
        record = _Record(row, values, problems)
        record.owner_name = values.pop("owner", None)
        record.customer_id = values.pop("id", None)
        return record

    # --- a chunk ----------------------------------------------------------------------

    def chunk(self, rows: list[Row]) -> None:
        records = [self.parse(row) for row in rows]
        self.report.rows += len(records)
        self._forgive(records)
        good = [r for r in records if not r.problems]
        self._match(good)
        new, updates = [], []
        for record in records:
            if record.problems:
                self._reject(record, record.problems)
            elif record.match is not None and self.options.on_duplicate != "new":
                if self.options.on_duplicate == "skip" or record.match_note is not None:
                    self._skip(record)
                else:
                    updates.append(record)
            else:
                new.append(record)
        self._route(new)
        self._create([r for r in new if not r.problems])
        self._update(updates)

    def _forgive(self, records: list[_Record]) -> None:
        """A row that names its customer by id may hold a value that customer already
        has, even one a new row could not (an export of old data, imported back): that
        cell changes nothing, so it is no problem."""
        if self.options.on_duplicate == "new":
            return
        pending = [r for r in records if r.problems and r.customer_id is not None]
        if not pending:
            return
        ids = {r.customer_id for r in pending}
        current = {
            row["id"]: row
            for row in self.session.execute(
                select(Customer.__table__).where(Customer.id.in_(ids))
            ).mappings()
        }
        for record in pending:
            old = current.get(record.customer_id)
            if old is None:
                continue
            record.problems = [
                p
                for p in record.problems
                if not (
                    p.key in old
                    and old[p.key] is not None
                    and str(old[p.key]).strip() == str(p.raw).strip()
                )
            ]

    def _reject(self, record: _Record, problems: list[Any]) -> None:
        self.report.rejected += 1
        room = MAX_PROBLEMS - len(self.report.problems)
        if room > 0:
            self.report.problems.extend(problems[:room])
        self.flagged.add(record.row, [p.problem for p in problems])

    def _skip(self, record: _Record) -> None:
        self.report.skipped += 1
        self.flagged.add(record.row, [record.match_note or self._duplicate_note(record)])

    def _duplicate_note(self, record: _Record) -> ImportProblem:
        assert record.match is not None
        row = self.row_of.get(record.match)
        if row is not None:
            return ImportProblem("duplicate_row", str(row))
        return ImportProblem("duplicate", f"#{record.match}")

    def _match(self, records: list[_Record]) -> None:
        """Each row's existing customer: by id, then by phone, email or company key."""
        if not records:
            return
        ids = {r.customer_id for r in records if r.customer_id is not None}
        known = set()
        if ids:
            known = set(
                self.session.scalars(
                    select(Customer.id).where(
                        Customer.id.in_(ids), Customer.merged_into_id.is_(None)
                    )
                )
            )
        wanted: dict[tuple[str, str], list[_Record]] = {}
        keys_of: dict[int, set[tuple[str, str]]] = {}
        for record in records:
            if record.customer_id in known:
                record.match = record.customer_id
                continue
            keys = indexing.keys(record.values)
            keys_of[id(record)] = record.keys = keys
            for key in keys:
                wanted.setdefault(key, []).append(record)
        found: dict[tuple[str, str], int] = {}
        by_kind: dict[str, list[str]] = {}
        for kind, key in wanted:
            by_kind.setdefault(kind, []).append(key)
        for kind, keys in by_kind.items():
            for start in range(0, len(keys), MATCH_CHUNK):
                part = keys[start : start + MATCH_CHUNK]
                rows = self.connection.execute(
                    select(CustomerKey.kind, CustomerKey.key, CustomerKey.customer_id)
                    .join(Customer, Customer.id == CustomerKey.customer_id)
                    .where(
                        CustomerKey.kind == kind,
                        CustomerKey.key.in_(part),
                        Customer.merged_into_id.is_(None),
                    )
                    .order_by(CustomerKey.customer_id)
                )
                for k, v, cid in rows:
                    found.setdefault((k, v), cid)
        seen: dict[tuple[str, str], _Record] = {}
        for record in records:
            if record.match is not None:
                continue
            for key in sorted(keys_of[id(record)]):
                if key in found:
                    record.match = found[key]
                    break
                earlier = seen.get(key)
                if earlier is not None and self.options.on_duplicate != "new":
                    record.match = -1
                    record.match_note = ImportProblem("duplicate_row", str(earlier.row.number))
                    break
            for key in keys_of[id(record)]:
                seen.setdefault(key, record)

    def _route(self, records: list[_Record]) -> None:
        """Who owns each new row: its owner column, the import's owner, or nobody."""
        for record in records:
            name = record.owner_name
            owner: Rep | None = None
            if name:
                owner = self.reps.get(name)
                if owner is None:
                    self._problem(record, "owner", ImportProblem("owner_unknown", name))
                    continue
            elif self.default_owner is not None:
                owner = self.session.get(Rep, self.default_owner)
            if owner is None:
                continue
            if owner.id not in self.assignable:
                self._problem(record, "owner", ImportProblem("owner_not_allowed"))
                continue
            if owner.id not in self.room:
                self.room[owner.id] = owner.capacity - owned_count(self.session, owner.id)
            if self.room[owner.id] <= 0:
                self._problem(record, "owner", ImportProblem("owner_full", owner.name))
                continue
            self.room[owner.id] -= 1
            record.values["owner_id"] = owner.id

    def _problem(self, record: _Record, key: str, problem: ImportProblem) -> None:
        column = self.colmap.column_of(key)
        header = self.colmap.header_of(column) if column is not None else key
        record.problems.append(CellProblem(record.row.number, header, problem))
        self._reject(record, record.problems)

    # --- writing ----------------------------------------------------------------------

    def _create(self, records: list[_Record]) -> None:
        if not records:
            return
        at = self.at
        ids = self._reserve_ids(len(records))
        rows, deals = [], []
        for record, cid in zip(records, ids, strict=True):
            v = record.values
            owner = v.get("owner_id")
            amount: Decimal | None = v.get("deal_total")
            dealt = amount is not None and amount > 0
            credit = v.get("credit_rating")
            flags, score = risk.new_customer(self.rules, credit) if credit else (0, 0)
            row = {k: v.get(k) for k in COLUMNS}
            row.update(
                id=cid,
                tier=row["tier"] or "C",
                owner_id=owner,
                pool_id=self.pool_id,
                status=ACTIVE if owner else POOL,
                owned_since=at if owner else None,
                pooled_at=None if owner else at,
                stage=stage_for(1, "lead") if dealt else "lead",
                deal_count=1 if dealt else 0,
                deal_total=amount if dealt else Decimal(0),
                last_deal_at=(v.get("last_followup_at") or at) if dealt else None,
                warning_flags=flags,
                warnings_since=at if flags else None,
                risk_score=score,
            )
            rows.append(row)
            self.row_of[cid] = record.row.number
            if dealt:
                deals.append((cid, owner, amount, row["last_deal_at"]))
        created = {
            "pool_id": self.pool_id,
            "status_changed_at": at,
            "created_at": at,
            "locked": False,
            "failed_attempts": 0,
            "open_payments": 0,
        }
        insert_rows(
            self.connection,
            Customer.__table__,
            CREATED,
            [tuple(map(row.__getitem__, CREATED)) for row in rows],
            created,
        )
        history = {
            "action": "create",
            "pool_id": self.pool_id,
            "actor_id": self.rep.id,
            "at": at,
            "note": "import",
            "batch": self.batch,
        }
        insert_rows(
            self.connection,
            Transition.__table__,
            ("customer_id", "to_status", "to_owner_id"),
            [(row["id"], row["status"], row["owner_id"]) for row in rows],
            history,
        )
        insert_rows(
            self.connection, Deal.__table__, ("customer_id", "rep_id", "amount", "at"), deals
        )
        known = {row["id"]: r.keys for r, row in zip(records, rows, strict=True) if r.keys}
        indexing.index_new(self.connection, rows, known)
        self.report.created += len(ids)

    def _reserve_ids(self, count: int) -> list[int]:
        """Ids for new customers before inserting them, so that thousands go in one
        executemany (RETURNING in parameter order would insert them one by one). SQLite's
        write transaction is exclusive, so the ids after the largest are free; PostgreSQL
        hands them out from the sequence."""
        if self.connection.dialect.name == "sqlite":
            start = (self.session.scalar(select(func.max(Customer.id))) or 0) + 1
            return list(range(start, start + count))
        sql = (
            "SELECT nextval(pg_get_serial_sequence('customers', 'id')) FROM generate_series(1, :n)"
        )
        return [int(i) for i in self.session.scalars(text(sql), {"n": count})]

    def _update(self, records: list[_Record]) -> None:
        """Fill in what the rows say, where it differs; one history row per customer."""
        if not records:
            return
        ids = sorted({r.match for r in records if r.match})
        c = Customer.__table__.c
        current = {
            row["id"]: row
            for row in self.connection.execute(
                select(*(c[name] for name in COMPARED)).where(c.id.in_(ids))
            ).mappings()
        }
        changes, history, done, credit = [], [], set(), []
        for record in records:
            cid = record.match
            assert cid is not None
            old = current[cid]
            if cid in done:
                self._skip(record)
                continue
            done.add(cid)
            if old["status"] in (CLOSED, ARCHIVED):
                record.match_note = ImportProblem("read_only", f"#{cid}")
                self._skip(record)
                continue
            if old["owner_id"] != self.rep.id and not is_pool_admin(
                self.session, self.rep, old["pool_id"]
            ):
                record.match_note = ImportProblem("not_yours", f"#{cid}")
                self._skip(record)
                continue
            values = record.values
            changed = {
                k: (old[k], values[k])
                for k in UPDATABLE
                if k in values and old[k] != values[k] and _differs(k, old[k], values[k])
            }
            last = record.values.get("last_followup_at")
            before = old["last_followup_at"]
            if last is not None and (before is None or (last - before).total_seconds() >= 1):
                changed["last_followup_at"] = (before, last)
            if not changed:
                self.report.skipped += 1
                continue
            self.report.updated += 1
            changes.append({"cid": cid, **{k: v for k, (_, v) in changed.items()}})
            history.append(
                {
                    "customer_id": cid,
                    "action": "edit",
                    "from_status": old["status"],
                    "to_status": old["status"],
                    "from_owner_id": old["owner_id"],
                    "to_owner_id": old["owner_id"],
                    "pool_id": old["pool_id"],
                    "actor_id": self.rep.id,
                    "at": self.at,
                    "note": "import",
                    "details": _jsonable(changed),
                    "batch": self.batch,
                }
            )
            if "credit_rating" in changed:
                credit.append(cid)
        for names, group in itertools.groupby(
            sorted(changes, key=lambda c: sorted(c)), key=lambda c: tuple(sorted(c))
        ):
            columns = [n for n in names if n != "cid"]
            stmt = (
                update(Customer.__table__)
                .where(Customer.__table__.c.id == bindparam("cid"))
                .values({n: bindparam(n) for n in columns})
            )
            self.connection.execute(stmt, list(group))
        if history:
            self.session.execute(insert(Transition), history)
            if credit:
                risk.refresh_in(self.session, credit, self.at)
            touched = [h["customer_id"] for h in history]
            indexing.reindex(self.connection, touched)


def _differs(key: str, old: Any, new: Any) -> bool:
    """A real change, not the same value written another way: a phone with other
    spacing, an email in other case, text with spaces around it, a time a fraction of a
    second off after a trip through Excel's floating-point dates."""
    if old is None or new is None:
        return old is not new
    if key in ("phone", "phone2"):
        same = phone_key(old) or phone_digits(old)
        return not same or same != (phone_key(new) or phone_digits(new))
    if key == "email":
        return str(old).strip().lower() != str(new).strip().lower()
    if isinstance(old, str):
        return old.strip() != str(new).strip()
    if isinstance(old, datetime) and isinstance(new, datetime):
        return abs((old - new).total_seconds()) >= 1
    return bool(old != new)


def _jsonable(changed: dict[str, tuple[Any, Any]]) -> dict[str, list[Any]]:
    """Old and new values as the history stores them (dates as text)."""
    return json.loads(json.dumps({k: [a, b] for k, (a, b) in changed.items()}, default=str))


def _kind(key: str) -> str:
    if key in (FIRST, LAST):
        return "text"
    return BY_KEY[key].kind
