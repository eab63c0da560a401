"""The import wizard: file, sheet, header row, columns, preview, options, import, report.

Every file read and the import itself run on a worker (ui/tasks.py), so a large file
never freezes the window. The pages only show what excel/preview.py and
excel/importer.py answer: the preview flags exactly what the import would reject.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core.errors import BadSpreadsheet, CrmdeskError, ImportCancelled
from crmdesk.core.lifecycle import assignable_owners
from crmdesk.core.models import Pool, Rep
from crmdesk.core.team import default_pool_id
from crmdesk.excel.fields import FIELDS, header
from crmdesk.excel.importer import ImportOptions, ImportProblem, ImportReport, import_customers
from crmdesk.excel.mapping import (
    FIRST,
    IGNORE,
    LAST,
    ColumnMap,
    as_saved,
    load_mapping,
    save_mapping,
    saved_mappings,
)
from crmdesk.excel.preview import OpenedFile, SheetHead, column_map, open_file, preview, read_head
from crmdesk.excel.reader import open_workbook
from crmdesk.ui.context import CUSTOMERS, AppContext
from crmdesk.ui.tasks import Progress, Task, show_message

PROBLEM_COLOR = QColor(255, 205, 205)
IGNORED_COLOR = QColor(150, 150, 150)
SHOWN_PROBLEMS = 1000  # the report lists this many; the rejected rows file has them all
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
# Why the importer skips a row it matched to a customer (excel/importer.py `_skip`).
SKIP_CODES = ("duplicate", "duplicate_row", "read_only", "not_yours")


def _shown(value: Any) -> str:
    """A cell as the sheet shows it."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.hour or value.minute or value.second:
            return value.isoformat(" ", "minutes")
        return value.date().isoformat()
    return str(value)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def text_posing_as_workbook(path: str, opened: OpenedFile) -> bool:
    """A file named like a workbook whose content the reader found to be plain text (its
    own detection: the csv kind) and that is no table: one column, or no header it knows.
    A real CSV renamed .xlsx has columns and is read as the CSV it is."""
    head = opened.head
    if not head.csv or Path(path).suffix.lower() not in WORKBOOK_SUFFIXES:
        return False
    if not head.rows:
        return True
    header = head.rows[head.header_index].values
    filled = [v for v in header if v is not None and str(v).strip()]
    return len(filled) < 2 or not column_map(head, head.header_index).fields


def where_imported(actor: int, owner: int | None, pool: int | None) -> str:
    """The side bar's key of the list the new customers are in: the importer's own when
    they went to them, "team" for another rep's, else the pool's."""
    if owner == actor:
        return "mine"
    if owner is not None:
        return "team"
    return f"pool:{pool}"


def skipped_rows(
    path: Path, company_column: int | None, lang: str
) -> tuple[list[tuple[str, str]], int]:
    """(company, why) of the first skipped rows, and how many the file holds, read from
    the rejected rows file the importer writes (why, then the row's cells); the rows
    rejected for a problem are left out."""
    marks = []
    for code in SKIP_CODES:
        before, _, after = ImportProblem(code, "\x00").message(lang).partition("\x00")
        marks.append((before, after))
    out: list[tuple[str, str]] = []
    found = 0
    with open_workbook(path) as book:
        rows = book.rows()
        next(rows, None)  # the header
        for row in rows:
            why = str(row.values[0] or "")
            if not any(why.startswith(b) and why.endswith(a) for b, a in marks):
                continue
            found += 1
            if len(out) < SHOWN_PROBLEMS:
                cells = row.values[1:]
                inside = company_column is not None and company_column < len(cells)
                company = cells[company_column] if inside else None
                out.append((_shown(company), why))
    return out, found


class ImportWizard(QWizard):
    """Import customers from a spreadsheet, step by step; see the module docstring."""

    FILE, SHEET, HEADER, MAPPING, PREVIEW, OPTIONS, RUN, REPORT = range(8)
    # After Finish, where the imported customers are: "mine", "team" or "pool:<id>" (the
    # side bar's keys), so the window can show that list.
    finished_into = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_wizard")
        self.setWindowTitle(self.tr("Import customers"))
        self.ctx = ctx
        self.closed = False  # callbacks of work still running after a close do nothing
        self.path = ""
        self.opened: OpenedFile | None = None
        self.head: SheetHead | None = None
        self.header_index = 0
        self.colmap: ColumnMap | None = None
        self.report: ImportReport | None = None
        self.outcome = ""  # done, rejected, refused or cancelled
        self.refusal = ""  # the service's words when refused
        self.task: Task[Any] | None = None
        self._scratch = tempfile.TemporaryDirectory(
            prefix="crmdesk-import-", ignore_cleanup_errors=True
        )
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.header_page = HeaderPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.options_page = OptionsPage(self)
        self.run_page = RunPage(self)
        self.report_page = ReportPage(self)
        pages = (
            self.file_page,
            self.sheet_page,
            self.header_page,
            self.mapping_page,
            self.preview_page,
            self.options_page,
            self.run_page,
            self.report_page,
        )
        for page_id, page in enumerate(pages):
            self.setPage(page_id, page)
        self.finished.connect(self._close)
        self.accepted.connect(self._tell_where)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """As large as the rows need, within the screen (1280×800 shows the preview whole)."""
        room = self.screen().availableGeometry()
        self.resize(min(1180, room.width() - 60), min(720, room.height() - 60))

    def _tell_where(self) -> None:
        report = self.report
        if self.outcome != "done" or report is None or not (report.created or report.updated):
            return
        options = self.options_page
        self.finished_into.emit(
            where_imported(
                self.ctx.actor.id, options.owner.currentData(), options.pool.currentData()
            )
        )

    def start(self, work: Any, success: Any, failure: Any) -> Task[Any]:
        """Run `work` on a worker; its callbacks are dropped once the wizard is closed."""

        def on_success(result: Any) -> None:
            if not self.closed:
                success(result)

        def on_failure(exc: BaseException) -> bool:
            return self.closed or failure(exc)

        self.task = Task(self, self.ctx, work).success(on_success).failure(on_failure)
        return self.task

    def flagged_path(self) -> Path:
        return Path(self._scratch.name) / f"{Path(self.path).stem}-rejected.xlsx"

    def _close(self) -> None:
        self.closed = True
        if self.task is not None:
            self.task.cancel()
        self._scratch.cleanup()


class _Page(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.w = wizard
        self.ctx = wizard.ctx

    def validatePage(self) -> bool:
        """Next (also when called from code) only from a complete page."""
        return self.isComplete()

    def refused(self, label: QLabel, exc: BaseException) -> bool:
        """A file the reader or importer refuses: say why on the page (True: handled)."""
        if isinstance(exc, CrmdeskError):
            label.setText(exc.message(self.ctx.lang))
            return True
        return False


class FilePage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr("An Excel workbook (xlsx, xls), a LibreOffice sheet (ods) or a CSV file.")
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("file_path")
        self.path_edit.editingFinished.connect(self.load)
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("file_browse")
        browse.clicked.connect(self.browse)
        self.status = QLabel()
        self.status.setObjectName("file_status")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path_edit)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a spreadsheet"),
            str(Path(self.w.path).parent) if self.w.path else "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self.load()

    def load(self) -> None:
        """Read the file's sheets on a worker; the page is complete when they are in."""
        path = self.path_edit.text().strip()
        if not path or (path == self.w.path and self.w.opened is not None):
            return
        self.w.path, self.w.opened, self.w.head = path, None, None
        self.status.setText(self.tr("Reading the file…"))
        self.completeChanged.emit()

        def loaded(opened: OpenedFile) -> None:
            if path != self.w.path:
                return
            if text_posing_as_workbook(path, opened):
                self.status.setText(
                    self.tr(
                        "{file} is named like a workbook but holds plain text, not a table of "
                        "customers. Open it in Excel or WPS and save it as an Excel workbook "
                        "(.xlsx), or choose another file."
                    ).format(file=Path(path).name)
                )
                return
            self.w.opened = opened
            self.status.setText(
                self.tr("Sheets: {sheets}. The customers look to be on “{sheet}”.").format(
                    sheets=len(opened.sheets), sheet=opened.default
                )
            )
            self.completeChanged.emit()

        def failed(exc: BaseException) -> bool:
            return path != self.w.path or self.refused(self.status, exc)

        self.w.start(lambda session, progress: open_file(path), loaded, failed).run()

    def isComplete(self) -> bool:
        return self.w.opened is not None and self.path_edit.text().strip() == self.w.path


class SheetPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the sheet"))
        self.combo = QComboBox()
        self.combo.setObjectName("sheet_combo")
        self.combo.currentTextChanged.connect(self.choose)
        self.status = QLabel()
        self.status.setObjectName("sheet_status")
        self.status.setWordWrap(True)
        self._for: OpenedFile | None = None
        layout = QFormLayout(self)
        layout.addRow(self.tr("Sheet:"), self.combo)
        layout.addRow(self.status)

    def initializePage(self) -> None:
        opened = self.w.opened
        if opened is None or opened is self._for:
            return
        self._for = opened
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItems(list(opened.sheets))
        self.combo.setCurrentText(opened.default)
        self.combo.blockSignals(False)
        self.choose(opened.default)

    def choose(self, sheet: str) -> None:
        opened = self.w.opened
        if opened is None or not sheet:
            return
        if sheet == opened.head.sheet:
            self._show(opened.head)
            return
        self.w.head = None
        self.status.setText(self.tr("Reading “{sheet}”…").format(sheet=sheet))
        self.completeChanged.emit()
        path = self.w.path

        def loaded(head: SheetHead) -> None:
            if self.combo.currentText() == head.sheet:
                self._show(head)

        def failed(exc: BaseException) -> bool:
            return self.combo.currentText() != sheet or self.refused(self.status, exc)

        self.w.start(lambda session, progress: read_head(path, sheet), loaded, failed).run()

    def _show(self, head: SheetHead) -> None:
        self.w.head = head
        self.status.setText(self.tr("Rows: about {rows}.").format(rows=head.row_count))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        head = self.w.head
        return head is not None and head.sheet == self.combo.currentText() and bool(head.rows)


class HeaderPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Find the header row"))
        self.status = QLabel()
        self.status.setObjectName("header_status")
        self.status.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("header_rows")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selected)
        self._for: SheetHead | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        head = self.w.head
        if head is None or head is self._for:
            return
        self._for = head
        rows = head.header_candidates
        width = max((len(r.values) for r in rows), default=0)
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(width)
        self.table.setVerticalHeaderLabels([str(r.number) for r in rows])
        for i, row in enumerate(rows):
            for j, value in enumerate(row.values):
                self.table.setItem(i, j, _item(_shown(value)))
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        self.status.setText(
            self.tr(
                "Row {row} looks like the header. If it is not, click the row that names "
                "the columns."
            ).format(row=rows[head.header_index].number)
        )
        self.w.header_index = head.header_index
        self.select(head.header_index)

    def select(self, index: int) -> None:
        """Take the `index`-th row shown as the header."""
        self.table.selectRow(index)

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.w.header_index = rows[0].row()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.table.selectionModel().selectedRows())


class MappingPage(_Page):
    NOTE = 3

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr("Choose the customer field each column holds; the company is required.")
        )
        self.saved = QComboBox()
        self.saved.setObjectName("saved_mappings")
        self.saved.activated.connect(self._load_saved)
        self.save_name = QLineEdit()
        self.save_name.setObjectName("save_mapping_name")
        self.save_name.setPlaceholderText(self.tr("Leave empty not to save"))
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("mapping_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("First value"), self.tr("Imported as"), self.tr("Note")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.status.setObjectName("mapping_status")
        self.combos: dict[int, QComboBox] = {}
        self.auto: ColumnMap | None = None
        self._for: tuple[SheetHead, int] | None = None  # the head and header shown
        form = QFormLayout()
        form.addRow(self.tr("Use a saved mapping:"), self.saved)
        form.addRow(self.tr("Save this mapping as:"), self.save_name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.status)

    def initializePage(self) -> None:
        head = self.w.head
        index = self.w.header_index
        if head is None or (
            self._for is not None and self._for[0] is head and self._for[1] == index
        ):
            return
        self._for = (head, index)
        with self.ctx.session() as session:
            names = saved_mappings(session)
        self.saved.clear()
        self.saved.addItem(self.tr("(none)"), "")
        for name in names:
            self.saved.addItem(name, name)
        self._fill(column_map(head, self.w.header_index))

    def _load_saved(self, index: int) -> None:
        name = self.saved.itemData(index)
        if not name or self.w.head is None:
            return
        with self.ctx.session() as session:
            choices = load_mapping(session, name)
        self._fill(column_map(self.w.head, self.w.header_index, choices))

    def _fill(self, colmap: ColumnMap) -> None:
        """Show a column map: one row per column with its field chooser."""
        head = self.w.head
        assert head is not None
        self.auto = colmap
        first = head.data_rows(colmap.header_index)[:1]
        self.table.setRowCount(len(colmap.headers))
        self.table.setVerticalHeaderLabels(
            [get_column_letter(c + 1) for c in range(len(colmap.headers))]
        )
        self.combos = {}
        for column, text in enumerate(colmap.headers):
            self.table.setItem(column, 0, _item(text))
            example = first[0].values[column] if first and column < len(first[0].values) else None
            self.table.setItem(column, 1, _item(_shown(example)))
            combo = self._chooser(colmap.fields.get(column, IGNORE))
            combo.setObjectName(f"map_{column}")
            combo.setEnabled(bool(text))
            combo.currentIndexChanged.connect(self._changed)
            self.table.setCellWidget(column, 2, combo)
            self.combos[column] = combo
        self.table.resizeColumnsToContents()
        self._changed()

    def _chooser(self, current: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Do not import"), IGNORE)
        for f in FIELDS:
            if not f.read_only:
                combo.addItem(header(f, self.ctx.lang), f.key)
        combo.addItem(self.tr("First name"), FIRST)
        combo.addItem(self.tr("Last name"), LAST)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def choose(self, column: int, key: str) -> None:
        """Import `column` as the field `key` ("" to leave it out)."""
        combo = self.combos[column]
        combo.setCurrentIndex(combo.findData(key))

    def choices(self) -> dict[str, str]:
        assert self.auto is not None
        return {
            self.auto.headers[column]: combo.currentData()
            for column, combo in self.combos.items()
            if self.auto.headers[column]
        }

    def _changed(self) -> None:
        head = self.w.head
        if head is None or self.auto is None:
            return
        colmap = column_map(head, self.auto.header_index, self.choices())
        self.w.colmap = colmap
        notes = {
            **{c: self.tr("Not recognised") for c in self.auto.unknown},
            **{c: self.tr("Written by export; never imported") for c in self.auto.read_only},
            **{c: self.tr("Another column already holds this field") for c in colmap.repeated},
        }
        for column in range(self.table.rowCount()):
            self.table.setItem(column, self.NOTE, _item(notes.get(column, "")))
        if colmap.column_of("company") is None:
            self.status.setText(self.tr("Choose the column that holds the company name."))
        else:
            self.status.setText(self.tr("Columns to import: {n}.").format(n=len(colmap.fields)))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.w.colmap is not None and self.w.colmap.column_of("company") is not None


def _owners(session: Session, actor: int, pool: int) -> dict[str, bool]:
    """Each active rep's name, and whether `actor` may give customers to them there."""
    allowed = assignable_owners(session, actor, pool)
    names = session.execute(select(Rep.id, Rep.name).where(Rep.active.is_(True))).all()
    return {name: rep_id in allowed for rep_id, name in names}


class PreviewPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check the first rows"))
        self.status = QLabel()
        self.status.setObjectName("preview_status")
        self.status.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("preview_table")
        self.flagged = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        head, colmap = self.w.head, self.w.colmap
        if head is None or colmap is None:
            return
        with self.ctx.session() as session:
            owners = _owners(session, self.ctx.actor.id, default_pool_id(session))
        found = preview(head, colmap, owners)
        self.flagged = found.flagged
        table = self.table
        table.clear()
        table.setRowCount(len(found.rows))
        table.setColumnCount(len(colmap.headers))
        table.setHorizontalHeaderLabels(list(colmap.headers))
        table.setVerticalHeaderLabels([str(r.number) for r in found.rows])
        grey = QBrush(IGNORED_COLOR)
        red = QBrush(PROBLEM_COLOR)
        for i, row in enumerate(found.rows):
            for column in range(len(colmap.headers)):
                value = row.values[column] if column < len(row.values) else None
                item = _item(_shown(value))
                if column not in colmap.fields:
                    item.setForeground(grey)
                problems = row.problems.get(column)
                if problems:
                    item.setBackground(red)
                    item.setToolTip("\n".join(p.message(self.ctx.lang) for p in problems))
                table.setItem(i, column, item)
        table.resizeColumnsToContents()
        if self.flagged:
            text = self.tr(
                "Rows with problems among the first {rows}: {flagged}, marked in red; point at "
                "a cell to see why. Fix them in the file, or import only the valid rows."
            ).format(flagged=self.flagged, rows=len(found.rows))
        else:
            text = self.tr("No problems in the first rows ({rows} read).").format(
                rows=len(found.rows)
            )
        self.status.setText(text)


class OptionsPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Choose what happens to the rows"))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.policy = QButtonGroup(self)
        box = QVBoxLayout()
        box.addWidget(
            QLabel(
                self.tr(
                    "A row is a duplicate when its customer ID, phone, email or company name "
                    "matches a customer already in CRMDesk. Duplicates are:"
                )
            )
        )
        for code, text in (
            ("skip", self.tr("Skipped, and listed with the rejected rows")),
            ("update", self.tr("Used to update the existing customer")),
            ("new", self.tr("Imported as new customers")),
        ):
            button = QRadioButton(text)
            button.setObjectName(f"dup_{code}")
            button.setProperty("code", code)
            button.setChecked(code == "skip")
            self.policy.addButton(button)
            box.addWidget(button)
        self.pool = QComboBox()
        self.pool.setObjectName("pool_combo")
        self.pool.currentIndexChanged.connect(self._fill_owners)
        self.owner = QComboBox()
        self.owner.setObjectName("owner_combo")
        self.valid_only = QCheckBox(self.tr("Import only the valid rows; leave out the others"))
        self.valid_only.setObjectName("valid_only")
        form = QFormLayout()
        form.addRow(self.tr("Pool:"), self.pool)
        form.addRow(self.tr("Rows without an owner go to:"), self.owner)
        layout = QVBoxLayout(self)
        layout.addLayout(box)
        layout.addLayout(form)
        layout.addWidget(self.valid_only)
        layout.addStretch()

    def initializePage(self) -> None:
        if self.pool.count():
            return
        with self.ctx.session() as session:
            pools = session.execute(
                select(Pool.id, Pool.name).order_by(Pool.is_default.desc(), Pool.name)
            ).all()
        for pool_id, name in pools:
            self.pool.addItem(name, pool_id)
        self.valid_only.setChecked(bool(self.w.preview_page.flagged))

    def _fill_owners(self) -> None:
        """Whom the rows may go to (lifecycle.assignable_owners), or the pool."""
        pool = self.pool.currentData()
        actor = self.ctx.actor
        self.owner.clear()
        self.owner.addItem(self.tr("Nobody: into the pool"), None)
        self.owner.addItem(actor.name, actor.id)
        if pool is None:
            return
        with self.ctx.session() as session:
            owners = assignable_owners(session, actor.id, pool)
        for rep_id, name in owners.items():
            if rep_id != actor.id:
                self.owner.addItem(name, rep_id)

    def options(self) -> ImportOptions:
        head, colmap = self.w.head, self.w.colmap
        assert head is not None and colmap is not None
        checked = self.policy.checkedButton()
        return ImportOptions(
            sheet=head.sheet,
            mapping=self.w.mapping_page.choices(),  # "" too: what the person left out
            on_duplicate=checked.property("code") if checked else "skip",
            owner=self.owner.currentData(),
            pool=self.pool.currentData(),
            valid_only=self.valid_only.isChecked(),
            lang=self.ctx.lang,
            header_row=head.rows[colmap.header_index].number,
        )


class RunPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Importing"))
        self.setCommitPage(True)  # the report cannot go back to a finished run
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Next"))
        self.status = QLabel()
        self.status.setObjectName("run_status")
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setObjectName("import_progress")
        self.cancel = QPushButton(self.tr("Cancel the import"))
        self.cancel.setObjectName("import_cancel")
        self.cancel.clicked.connect(self._cancel)
        self.ended = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        layout.addStretch()

    def initializePage(self) -> None:
        self.ended = False
        self.w.report, self.w.outcome = None, ""
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.status.setText(
            self.tr("Importing {file}… Nothing is saved until the last row is in.").format(
                file=Path(self.w.path).name
            )
        )
        path, actor = self.w.path, self.ctx.actor.id
        options = self.w.options_page.options()
        flagged = self.w.flagged_path()
        name = self.w.mapping_page.save_name.text().strip()
        colmap = self.w.colmap

        def work(session: Session, progress: Progress) -> ImportReport:
            if name and colmap is not None:
                save_mapping(session, name, as_saved(colmap), actor)
            return import_customers(
                session,
                path,
                actor,
                options,
                flagged_path=flagged,
                progress=progress.report,
                cancel=progress.cancelled,
            )

        task = self.w.start(work, self._done, self._failed).changes(CUSTOMERS)
        task.signals.progressed.connect(self._progressed)
        task.run()

    def _progressed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def _cancel(self) -> None:
        if self.w.task is not None:
            self.w.task.cancel()
        self.cancel.setEnabled(False)
        self.status.setText(self.tr("Cancelling…"))

    def _done(self, report: ImportReport) -> None:
        self._finish("done", report)

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ImportCancelled) or (
            self.w.task is not None and self.w.task.progress_state.cancelled()
        ):
            self._finish("cancelled", None)
            return True
        rejected = getattr(exc, "report", None)
        if isinstance(exc, BadSpreadsheet) and rejected is not None:
            self._finish("rejected", rejected)
            return True
        if isinstance(exc, CrmdeskError):  # a refused owner or pool, a locked file...
            self.w.refusal = exc.message(self.ctx.lang)
            self._finish("refused", None)
            return True
        self.cancel.setEnabled(False)
        return False

    def _finish(self, outcome: str, report: ImportReport | None) -> None:
        self.bar.setRange(0, 1)
        self.w.outcome, self.w.report = outcome, report
        self.ended = True
        self.completeChanged.emit()
        self.w.next()

    def isComplete(self) -> bool:
        return self.ended


class ReportPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import report"))
        self.summary = QLabel()
        self.summary.setObjectName("report_summary")
        self.summary.setWordWrap(True)
        self.counts: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, text in (
            ("created", self.tr("Created:")),
            ("updated", self.tr("Updated:")),
            ("skipped", self.tr("Skipped:")),
            ("rejected", self.tr("Rejected:")),
        ):
            label = QLabel()
            label.setObjectName(f"report_{key}")
            self.counts[key] = label
            form.addRow(text, label)
        self.columns = QLabel()
        self.columns.setObjectName("report_columns")
        self.columns.setWordWrap(True)
        self.problems = QTableWidget(0, 3)
        self.problems.setObjectName("report_problems")
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.verticalHeader().hide()
        self.skipped = QTableWidget(0, 2)
        self.skipped.setObjectName("report_skipped")
        self.skipped.setHorizontalHeaderLabels([self.tr("Company"), self.tr("Why skipped")])
        self.skipped.horizontalHeader().setStretchLastSection(True)
        self.skipped.verticalHeader().hide()
        self.unchanged = QLabel()
        self.unchanged.setObjectName("report_unchanged")
        self.unchanged.setWordWrap(True)
        skipped_page = QWidget()
        skipped_layout = QVBoxLayout(skipped_page)
        skipped_layout.setContentsMargins(0, 0, 0, 0)
        skipped_layout.addWidget(self.skipped)
        skipped_layout.addWidget(self.unchanged)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("report_tabs")
        self.tabs.addTab(self.problems, "")
        self.tabs.addTab(skipped_page, "")
        self.save = QPushButton(self.tr("Save rejected rows…"))
        self.save.setObjectName("save_rejected")
        self.save.clicked.connect(self.save_rejected)
        self.again = QPushButton(self.tr("Change the options and import again"))
        self.again.setObjectName("import_again")
        self.again.clicked.connect(self._again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.again)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.columns)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        report, outcome = self.w.report, self.w.outcome
        lang = self.ctx.lang
        if outcome == "cancelled":
            self.summary.setText(self.tr("The import was cancelled; nothing was changed."))
        elif outcome == "refused":
            self.summary.setText(self.tr("Nothing was imported: {why}").format(why=self.w.refusal))
        elif outcome == "rejected" and report is not None:
            self.summary.setText(
                self.tr(
                    "Nothing was imported: rows with problems: {n}. Fix them in the file (save "
                    "the rejected rows to see each problem beside its row), or import only "
                    "the valid rows."
                ).format(n=report.rejected)
            )
        elif report is not None:
            self.summary.setText(
                self.tr("Rows read: {rows}, in {seconds:.1f} s.").format(
                    rows=report.rows, seconds=report.seconds
                )
            )
        for key, label in self.counts.items():
            label.setText(str(getattr(report, key)) if report is not None else "0")
        colmap = self.w.colmap
        left_out = [
            text
            for column, text in enumerate(colmap.headers if colmap is not None else ())
            if text and colmap is not None and column not in colmap.fields
        ]
        self.columns.setText(
            self.tr("Columns not imported: {columns}").format(
                columns=("、" if lang.startswith("zh") else ", ").join(left_out)
            )
            if left_out
            else ""
        )
        problems = report.problems[:SHOWN_PROBLEMS] if report is not None else []
        self.problems.setRowCount(len(problems))
        for i, p in enumerate(problems):
            self.problems.setItem(i, 0, _item(str(p.row)))
            self.problems.setItem(i, 1, _item(p.column))
            self.problems.setItem(i, 2, _item(p.message(lang)))
        self.problems.resizeColumnsToContents()
        self.tabs.setTabText(
            0, self.tr("Rejected rows: {n}").format(n=self.counts["rejected"].text())
        )
        self.tabs.setTabText(
            1, self.tr("Skipped rows: {n}").format(n=self.counts["skipped"].text())
        )
        self._show_skipped([], 0, None)
        only_skipped = report is not None and report.skipped and not report.rejected
        self.tabs.setCurrentIndex(1 if only_skipped else 0)
        if report is not None and report.skipped and report.flagged_file is not None:
            self._read_skipped(report)
        self.save.setEnabled(report is not None and report.flagged_file is not None)
        self.again.setVisible(outcome in ("cancelled", "rejected", "refused"))

    def _read_skipped(self, report: ImportReport) -> None:
        """The skipped rows and why, from the rejected rows file (read on a worker)."""
        path, lang = report.flagged_file, self.ctx.lang
        colmap = self.w.colmap
        company = colmap.column_of("company") if colmap is not None else None
        assert path is not None
        self.w.start(
            lambda session, progress: skipped_rows(path, company, lang),
            lambda found: self._show_skipped(*found, report),
            lambda exc: False,
        ).run()

    def _show_skipped(
        self, rows: list[tuple[str, str]], found: int, report: ImportReport | None
    ) -> None:
        self.skipped.setRowCount(len(rows))
        for i, (company, why) in enumerate(rows):
            self.skipped.setItem(i, 0, _item(company))
            self.skipped.setItem(i, 1, _item(why))
        self.skipped.resizeColumnsToContents()
        # an update that changes nothing skips its row too, without a line in the file
        same = report.skipped - found if report is not None else 0
        self.unchanged.setText(
            self.tr("Rows that matched a customer and changed nothing: {n}").format(n=same)
            if same > 0
            else ""
        )
        self.unchanged.setVisible(same > 0)

    def save_rejected(self) -> Task[Any] | None:
        """Copy the rejected and duplicate rows, each with its problem, where the person
        wants them."""
        report = self.w.report
        if report is None or report.flagged_file is None:
            return None
        source = report.flagged_file
        suggested = Path(self.w.path).with_name(source.name)
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save rejected rows"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not target:
            return None
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"

        def saved(_: object) -> None:
            show_message(
                self, self.tr("Rejected rows saved to {file}").format(file=target), error=False
            )

        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, OSError):
                return False
            show_message(
                self,
                self.tr("Could not save {file}: {error}").format(
                    file=target, error=exc.strerror or exc
                ),
            )
            return True

        return self.w.start(
            lambda session, progress: shutil.copyfile(source, target), saved, failed
        ).run()

    def _again(self) -> None:
        """Back to the options (past the run page): nothing was changed, try again."""
        self.w.back()
        self.w.back()
