"""An import sent as bytes (the team server's import_customers command).

The spreadsheet arrives in the command's arguments, so the server writes it to a private
folder of its own (mode 0700, deleted afterwards), imports it with the importer's body
inside the caller's transaction, and answers the report with the rejected rows' xlsx as
bytes. Nothing of the server's folders reaches the answer: the file keeps the name the
person gave it, and any path in a refusal's facts is taken out.
"""

from __future__ import annotations

import base64
import binascii
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from crmdesk.core.errors import BadSpreadsheet, CrmdeskError, InvalidValue
from crmdesk.core.uow import unit_of_work
from crmdesk.excel import importer

MAX_MB = 50
MAX_BYTES = MAX_MB * 1024 * 1024
NAME_LENGTH = 200


class UploadTooLarge(CrmdeskError):
    """A file past MAX_MB: refused before it is decoded or written anywhere."""

    code = "upload_too_large"


def _file_name(raw: str) -> str:
    """The base name the person gave, without folders of any system."""
    name = raw.replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not name or name in (".", ".."):
        raise InvalidValue(field="file_name", why="is empty")
    return name[:NAME_LENGTH]


def decode(name: str, content: str) -> bytes:
    """The file's bytes from base64, refused past MAX_BYTES without decoding them."""
    if len(content) > (MAX_BYTES + 2) // 3 * 4 + 4:
        raise UploadTooLarge(name=name, limit=MAX_MB)
    try:
        data = base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidValue(field="content", why="is not base64") from None
    if len(data) > MAX_BYTES:
        raise UploadTooLarge(name=name, limit=MAX_MB)
    return data


def _scrub(value: Any, folder: str) -> Any:
    """`value` without the private folder's path (a detail from a reader may hold it)."""
    if isinstance(value, str):
        return value.replace(folder + "/", "").replace(folder, "")
    if isinstance(value, list | tuple):
        return [_scrub(v, folder) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, folder) for k, v in value.items()}
    return value


def _scrub_error(error: CrmdeskError, folder: str) -> None:
    error.facts = _scrub(error.facts, folder)
    error.args = (error.message("en"),)


def _answer(report: importer.ImportReport, lang: str, folder: str) -> dict[str, Any]:
    """The report as the command line prints it, the rejected rows as base64 bytes."""
    answer = report.as_json(lang)
    flagged = report.flagged_file
    answer["rejected_file"] = flagged.name if flagged else None
    answer["rejected_content"] = (
        base64.b64encode(flagged.read_bytes()).decode("ascii") if flagged else None
    )
    return _scrub(answer, folder)


@unit_of_work
def import_upload(
    session: Session,
    file_name: str,
    content: str,
    actor: int,
    *,
    sheet: str | None = None,
    on_duplicate: str = "skip",
    owner_id: int | None = None,
    pool_id: int | None = None,
    valid_only: bool = False,
    mapping: Mapping[str, str] | None = None,
    lang: str = "en",
) -> dict[str, Any]:
    """Import the sent file as the actor, all or nothing, as importer.import_customers does.

    Rows rejected without `valid_only` refuse the whole import: the BadSpreadsheet then
    carries `answer`, the report and the rejected rows, for the refusal to show."""
    name = _file_name(file_name)
    data = decode(name, content)
    options = importer.ImportOptions(
        sheet=sheet,
        mapping=mapping,
        on_duplicate=on_duplicate,
        owner=owner_id,
        pool=pool_id,
        valid_only=valid_only,
        lang=lang,
    )
    folder = tempfile.mkdtemp(prefix="crmdesk-import-")  # 0700: this process's user only
    try:
        path = Path(folder) / name
        path.write_bytes(data)
        flagged = Path(folder) / f"{path.stem}-rejected.xlsx"
        body = importer.import_customers.__wrapped__  # type: ignore[attr-defined]
        try:
            report = body(session, path, actor, options, flagged_path=flagged)
        except BadSpreadsheet as error:
            rejected = getattr(error, "report", None)
            if rejected is not None:
                error.answer = _answer(rejected, lang, folder)  # type: ignore[attr-defined]
            _scrub_error(error, folder)
            raise
        except CrmdeskError as error:
            _scrub_error(error, folder)
            raise
        return _answer(report, lang, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
