"""Export a list (or its selected customers) and save the blank import template.

Both ask for a file, then write it on a worker (ui/tasks.py) with progress and cancel;
excel/exporter.py decides every cell and leaves no partial file behind a cancel.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from crmdesk.core.search import Filters
from crmdesk.excel.exporter import ExportResult, export_customers, write_template
from crmdesk.ui.context import AppContext
from crmdesk.ui.tasks import Task, show_message


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _ask_path(parent: QWidget | None, title: str, name: str, csv: bool) -> Path | None:
    """The file the person picks, with the suffix of the chosen type; None if cancelled."""
    xlsx_filter = tr("Excel workbook (*.xlsx)")
    filters = [xlsx_filter, tr("CSV, UTF-8 (*.csv)")] if csv else [xlsx_filter]
    path, chosen = QFileDialog.getSaveFileName(parent, title, name, ";;".join(filters))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".xlsx", ".csv"):
        target = target.with_name(target.name + (".xlsx" if chosen == xlsx_filter else ".csv"))
    if not csv:
        target = target.with_suffix(".xlsx")
    return target


def export_list(
    ctx: AppContext,
    parent: QWidget | None,
    query: str,
    filters: Filters,
    ids: Sequence[int] | None = None,
) -> Task[ExportResult] | None:
    """Write the customers a list shows (or `ids` among them) to xlsx or csv."""
    target = _ask_path(parent, tr("Export customers"), tr("customers.xlsx"), csv=True)
    if target is None:
        return None
    wanted = list(ids) if ids is not None else None
    lang, actor = ctx.lang, ctx.actor.id

    def done(result: ExportResult) -> None:
        show_message(
            parent,
            tr("Customers exported to {file}: {n}.").format(n=result.rows, file=result.path),
            error=False,
        )

    return (
        Task(
            parent,
            ctx,
            lambda session, progress: export_customers(
                session,
                target,
                query,
                filters,
                ids=wanted,
                lang=lang,
                progress=progress.report,
                cancel=progress.cancelled,
                mask_for=actor,
            ),
        )
        .success(done)
        .failure(lambda exc: _file_refused(parent, target, exc))
        .progress(tr("Exporting customers…"), cancellable=True)
        .run()
    )


def save_template(ctx: AppContext, parent: QWidget | None) -> Task[Path] | None:
    """Write the blank import template, in the person's language, where they choose."""
    target = _ask_path(parent, tr("Save the import template"), tr("import template.xlsx"), False)
    if target is None:
        return None
    lang = ctx.lang

    def done(path: Path) -> None:
        show_message(parent, tr("Import template saved to {file}").format(file=path), error=False)

    return (
        Task(parent, ctx, lambda session, progress: write_template(target, lang))
        .success(done)
        .failure(lambda exc: _file_refused(parent, target, exc))
        .run()
    )


def _file_refused(parent: QWidget | None, target: Path, exc: BaseException) -> bool:
    """A file that cannot be written (read-only folder, disk full, open in Excel) is the
    person's to fix: say so, without a trace."""
    if not isinstance(exc, OSError):
        return False
    show_message(
        parent, tr("Could not write {file}: {error}").format(file=target, error=exc.strerror or exc)
    )
    return True
