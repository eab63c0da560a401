"""Read the rows of any spreadsheet a user picks, or refuse it with a reason they understand.

The kind is decided by the file's content, never its name: an xlsx saved as "客户.xls" or a
csv renamed .xlsx is common, and both must simply work. Cells come back as the file stores
them (no trimming, no conversion: a csv keeps "00123" as text) with the row number Excel
shows, so every later message can point at the row the person sees.

A hostile or broken file must end in a BadSpreadsheet quickly and in bounded memory, never
in a hang or a crash of the whole program. calamine (the parser) is fast but trusts the
file: it builds each sheet as a dense grid from its first to its last value, so one stray
value at XFD1048576 asks it for hundreds of gigabytes and aborts the process. So before a
sheet is handed to calamine its extent is measured from the raw file (`_check_grid`), and
zip archives are checked for bombs from their directory (the zip library refuses an entry
that grows past its declared size). calamine does not expand XML entities (a "billion
laughs" file is an XML error), so no entity pre-scan is needed.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import unescape

from defusedxml import ElementTree
from python_calamine import (
    CalamineSheet,
    CalamineWorkbook,
    PasswordError,
    SheetTypeEnum,
    SheetVisibleEnum,
)

from crmdesk.core.errors import BadSpreadsheet

MIB = 1 << 20
LARGE_ENTRY = 10 * MIB  # below this, a high compression ratio is harmless
GRID_FLOOR = 2_000_000  # cells (~64 MB in calamine): no sheet this small is refused for shape
SPARSE = 8  # a grid may hold 8 times its values (a header wider than the data) before it is a bomb
HEAD_ROWS = 30  # rows looked at to tell a data sheet from an instructions sheet
CSV_SAMPLE = 64 * 1024
CSV_MAX_LINE = 4 * MIB  # characters; a longer line is not a table row
CHUNK = 4 * MIB
MAX_TAG = 16 * MIB  # no real XML tag is this long
INSTRUCTION_WORDS = ("说明", "须知", "注意事项", "帮助", "指南", "instruction", "readme", "help")
INVISIBLE = "\u200b\ufeff"  # stripped with whitespace when deciding a row is blank

MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)
ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
SUFFIXES = {"xlsx": {".xlsx", ".xlsm"}, "xls": {".xls"}, "ods": {".ods"}}


@dataclass(frozen=True)
class Limits:
    """What a file may cost before it is refused; tests and the CLI may lower them."""

    max_unpacked_mb: int = 512  # total uncompressed size of a zip-based file
    max_ratio: int = 200  # compression ratio of one large entry (bomb guard)
    max_columns: int = 1000  # columns of the chosen sheet


LIMITS = Limits()


@dataclass(frozen=True)
class Row:
    """One non-blank row. Numbers are what the file stores: xlsx and ods keep every number
    as a float (a phone typed as a number is 13800138000.0); xls may give an int."""

    number: int  # as Excel shows it (1-based); for csv the record's first line
    values: tuple[Any, ...]  # str as in the cell, int/float, bool, date/time types; empty: None


class Workbook:
    """An opened spreadsheet. Use as a context manager; `close()` releases the file."""

    def __init__(self, name: str, kind: str, sheet_names: list[str], limits: Limits) -> None:
        self.name = name
        self.kind = kind
        self.sheet_names = sheet_names
        self.limits = limits

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the file and the parsed sheet."""

    def default_sheet(self) -> str:
        """The first sheet that looks like data: templates often open on an instructions
        sheet, and importing its prose as customers helps nobody."""
        candidates = [s for s in self._visible() if not _looks_like_instructions(s)]
        for sheet in candidates:
            filled: set[int] = set()
            for row in itertools.islice(self.rows(sheet), HEAD_ROWS):
                filled.update(i for i, v in enumerate(row.values) if not _blank((v,)))
                if len(filled) >= 2:
                    return sheet
        return (candidates or self.sheet_names)[0]

    def rows(self, sheet: str | None = None) -> Iterator[Row]:
        """The sheet's rows with something in them, in order."""
        raise NotImplementedError

    def row_count(self, sheet: str | None = None) -> int:
        """An upper bound of what `rows` yields, for a progress bar."""
        raise NotImplementedError

    def _visible(self) -> list[str]:
        return self.sheet_names

    def _sheet(self, sheet: str | None) -> str:
        if sheet is None:
            return self.sheet_names[0]
        if sheet not in self.sheet_names:
            raise BadSpreadsheet(
                "no_sheet", name=self.name, sheet=sheet, sheets=", ".join(self.sheet_names)
            )
        return sheet


def open_workbook(path: str | Path, *, limits: Limits = LIMITS) -> Workbook:
    """Open a spreadsheet of any supported kind, or raise BadSpreadsheet saying why not."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as f:
            head = f.read(CSV_SAMPLE)
    except FileNotFoundError as e:
        raise BadSpreadsheet("missing", name=name) from e
    except OSError as e:
        raise BadSpreadsheet("unreadable", name=name, detail=e.strerror or str(e)) from e
    if not head:
        raise _not_spreadsheet(name, "the file is empty")
    if head.startswith(ZIP_MAGIC):
        return _open_zip(path, limits)
    if head.startswith(CFB_MAGIC):
        return _open_cfb(path, limits)
    for magic, what in MAGIC:
        if head.startswith(magic):
            raise _not_spreadsheet(name, what)
    return _CsvBook(path, head, limits)


def _check_grid(name: str, limits: Limits, sheet: str, grid: Grid) -> None:
    """Refuse a sheet wider than the limit, or whose grid is mostly emptiness (a stray
    value far away): calamine would allocate the whole rectangle."""
    rows, cols, cells = grid
    if cols > limits.max_columns:
        raise BadSpreadsheet(
            "too_many_columns", name=name, sheet=sheet, count=cols, limit=limits.max_columns
        )
    area = rows * cols
    if area > GRID_FLOOR and area > SPARSE * cells:
        raise BadSpreadsheet(
            "sparse_sheet", name=name, sheet=sheet, rows=rows, columns=cols, cells=cells
        )


def _not_spreadsheet(name: str, detail: str) -> BadSpreadsheet:
    return BadSpreadsheet("not_a_spreadsheet", name=name, detail=detail)


def _corrupt(name: str, detail: str) -> BadSpreadsheet:
    return BadSpreadsheet("corrupt", name=name, detail=detail)


def _looks_like_instructions(sheet: str) -> bool:
    key = re.sub(r"[\s_\-.]+", "", sheet.lower())
    return any(word in key for word in INSTRUCTION_WORDS)


def _blank(values: Iterable[Any]) -> bool:
    for v in values:
        if v is None:
            continue
        if type(v) is not str or v.strip().strip(INVISIBLE):
            return False
    return True


# --- zip: xlsx, xlsm, ods ---------------------------------------------------------------


def _open_zip(path: Path, limits: Limits) -> Workbook:
    name = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise _corrupt(name, f"not a valid zip archive: {e}") from e
    try:
        kind = _zip_kind(archive, name, limits)
        if kind == "ods":  # calamine parses every table when it opens an ods
            for sheet, grid in _ods_grids(_xml_chunks(archive, "content.xml", name)):
                _check_grid(name, limits, sheet, grid)
    except BaseException:
        archive.close()
        raise
    if kind == "ods":
        archive.close()
        return _CalamineBook(path, kind, limits)
    return _CalamineBook(path, kind, limits, archive)


def _zip_kind(archive: zipfile.ZipFile, name: str, limits: Limits) -> str:
    infos = archive.infolist()
    if any(i.flag_bits & 1 for i in infos):
        raise BadSpreadsheet("encrypted", name=name, detail="encrypted zip entries")
    total = sum(i.file_size for i in infos)
    if total > limits.max_unpacked_mb * MIB:
        raise BadSpreadsheet(
            "too_large",
            name=name,
            limit=limits.max_unpacked_mb,
            detail=f"{total // MIB} MB unpacked",
        )
    for i in infos:
        if i.file_size > LARGE_ENTRY and i.file_size > limits.max_ratio * max(i.compress_size, 1):
            raise BadSpreadsheet(
                "too_large",
                name=name,
                limit=limits.max_unpacked_mb,
                detail=f"{i.filename} is compressed {i.file_size // max(i.compress_size, 1)}:1",
            )
    names = {i.filename for i in infos}
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "mimetype" in names and archive.getinfo("mimetype").file_size < 256:
        mime = _read_entry(archive, "mimetype", name).strip()
        if mime == ODS_MIME:
            return "ods"
        raise _not_spreadsheet(name, f"an OpenDocument file ({mime.decode(errors='replace')})")
    for part, what in (
        ("xl/workbook.bin", "an Excel binary workbook (xlsb)"),
        ("word/document.xml", "a Word document"),
        ("ppt/presentation.xml", "a PowerPoint presentation"),
    ):
        if part in names:
            raise _not_spreadsheet(name, what)
    raise _not_spreadsheet(name, "a zip archive")


def _read_entry(archive: zipfile.ZipFile, entry: str, name: str) -> bytes:
    try:
        return archive.read(entry)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as e:
        raise _corrupt(name, f"{entry}: {e}") from e


def _xlsx_sheet_parts(archive: zipfile.ZipFile, name: str) -> dict[str, str]:
    """Sheet name -> zip entry, resolved the way calamine does, so the entry measured is
    the entry calamine will read."""
    try:
        book = ElementTree.fromstring(_read_entry(archive, "xl/workbook.xml", name))
        rels_xml = _read_entry(archive, "xl/_rels/workbook.xml.rels", name)
        rels = ElementTree.fromstring(rels_xml)
    except (ElementTree.ParseError, ValueError) as e:
        raise _corrupt(name, f"workbook.xml: {e}") from e
    except BadSpreadsheet:
        return {}
    targets = {
        r.get("Id"): (r.get("Target") or "").replace("\\", "/")
        for r in rels.iter()
        if r.tag.endswith("Relationship")
    }
    parts: dict[str, str] = {}
    for sheet in book.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        target = targets.get(rid, "")
        if target.startswith("/xl/"):
            target = target[1:]
        elif not target.startswith("xl/"):
            target = posixpath.join("xl", target)
        parts.setdefault(sheet.get("name", ""), target)
    return parts


# --- measuring a sheet before calamine builds it ------------------------------------------

_PREFIXED_CELL = re.compile(rb":c(?=[\s/>])")
_ODD_CELL = re.compile(rb'<c(?=[\s/>])(?! r="[A-Za-z])')  # no r="" first: placed by counting
_CELL = re.compile(rb'<c r="([A-Z]+)(\d+)"[^>]*(?<!/)>(?!</c>)')  # a cell with a value
_EMPTY_END = re.compile(rb"</(?:[^\s/>:]+:)?c>")
_TAG = re.compile(rb"<(/?)(?:[^\s/>:]+:)?(c|row)(?=[\s/>])([^>]*)>")
_R_ATTR = re.compile(rb"""(?:^|\s)r\s*=\s*(["'])(.*?)\1""", re.S)
_REF = re.compile(rb"([A-Za-z]+)(\d+)")
_ODS_TAG = re.compile(
    rb"<table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*)>"
    rb"|</table:(table-row|table)>"
)
_ODS_NAME = re.compile(rb'table:name\s*=\s*"([^"]*)"')
_ODS_ROWS = re.compile(rb"""table:number-rows-repeated\s*=\s*["']\s*(\d+)""")
_ODS_COLS = re.compile(rb"""table:number-columns-repeated\s*=\s*["']\s*(\d+)""")
_ODS_VALUE = re.compile(
    rb"office:(?:value|string-value|date-value|time-value|boolean-value|value-type)\s*="
    rb"|table:formula\s*="
)
Grid = tuple[int, int, int]  # rows, columns (from A1, as Excel counts them), value cells


def _xml_chunks(archive: zipfile.ZipFile, entry: str, name: str) -> Iterator[bytes]:
    """An entry's bytes in pieces that end at a '>', so that no tag is cut in two (what
    follows the last '>' of the entry is no tag and is dropped)."""
    carry = b""
    try:
        with archive.open(entry) as f:
            while piece := f.read(CHUNK):
                data = carry + piece
                cut = data.rfind(b">") + 1
                if not cut and len(data) > MAX_TAG:
                    raise _corrupt(name, f"{entry} has a tag longer than {MAX_TAG // MIB} MB")
                carry = data[cut:]
                if cut:
                    yield data[:cut]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as e:
        raise _corrupt(name, f"{entry}: {e}") from e


def _column(letters: bytes) -> int:
    number = 0
    for ch in letters.upper():
        number = number * 26 + ch - 64
    return number


def _letters(column: int) -> str:
    out = ""
    while column:
        column, rest = divmod(column - 1, 26)
        out = chr(65 + rest) + out
    return out


def _letters_above(column: int) -> str:
    """A regex (case-insensitive) for column letters after `column`."""
    s = _letters(column)
    alternatives = [f"[A-Z]{{{len(s) + 1},}}"]
    for i, ch in enumerate(s):
        if ch != "Z":
            alternatives.append(f"{s[:i]}[{chr(ord(ch) + 1)}-Z][A-Z]{{{len(s) - i - 1}}}")
    return "|".join(alternatives)


def _xlsx_grid(chunks: Iterable[bytes]) -> Grid | None:
    """The fast measure, for the usual shape (every cell tag starts with r="A1", rows in
    order): exact on the first piece with values, then each piece only confirms that no
    value lies right of the widest row so far or below its own last value. A piece without
    "</c>" holds no value. None: the shape is unusual, measure exactly."""
    rows = cols = cells = 0
    for chunk in chunks:
        if _PREFIXED_CELL.search(chunk):
            return None
        count = chunk.count(b"</c>")
        if not count:
            continue
        cells += count
        if _ODD_CELL.search(chunk):
            return None
        if not rows:
            for m in _CELL.finditer(chunk):
                rows, cols = max(rows, int(m[2])), max(cols, _column(m[1]))
            continue
        last = _last_value_row(chunk)
        if last is not None:
            if last < rows:
                return None
            rows = last
        if _beyond(rows, cols).search(chunk):
            return None
    return rows, cols, cells


def _last_value_row(chunk: bytes) -> int | None:
    end = len(chunk)
    for _ in range(64):  # the last tags of a piece are values, bar a styled empty tail
        start = chunk.rfind(b'<c r="', 0, end)
        if start < 0:
            return None
        m = _CELL.match(chunk, start)
        if m:
            return int(m[2])
        end = start
    return max((int(m[2]) for m in _CELL.finditer(chunk)), default=None)


def _beyond(rows: int, cols: int) -> re.Pattern[bytes]:
    """A cell right of column `cols`, below row `rows` or with lower-case letters. Rows are
    compared on their two leading digits only (a row up to 10 % beyond `rows` can pass,
    which keeps the pattern short: this scan runs over every cell)."""
    letters = _letters_above(cols)
    digits = str(rows)
    below = [rf"[1-9]\d{{{len(digits)},}}"]
    for i in range(min(2, len(digits))):
        if digits[i] != "9":
            below.append(rf"{digits[:i]}[{int(digits[i]) + 1}-9]\d{{{len(digits) - i - 1}}}")
    return re.compile(
        f'<c r="(?:[A-Z]*[a-z]|(?:{letters})\\d|[A-Z]+0*(?:{"|".join(below)})")'.encode()
    )


def _xlsx_grid_exact(chunks: Iterable[bytes], name: str) -> Grid:
    """Every row and cell tag, placed the way calamine places them: by r="" when present,
    else after the previous one; self-closing cells hold nothing and are skipped."""
    row = col = rows = cols = cells = 0
    for chunk in chunks:
        for m in _TAG.finditer(chunk):
            closing, tag, attrs = m.groups()
            if closing:
                if tag == b"row":
                    row, col = row + 1, 0
                continue
            if attrs.endswith(b"/"):
                continue
            ref = _R_ATTR.search(attrs)
            if tag == b"row":
                if ref:
                    if not ref[2].isdigit():
                        raise _corrupt(name, f"row number {ref[2].decode(errors='replace')!r}")
                    row = int(ref[2]) - 1
                continue
            at_row = row
            if ref:
                ref_m = _REF.fullmatch(ref[2])
                if ref_m is None:
                    raise _corrupt(name, f"cell reference {ref[2].decode(errors='replace')!r}")
                at_row, col = int(ref_m[2]) - 1, _column(ref_m[1]) - 1
            if not _EMPTY_END.match(chunk, m.end()):  # <c ...></c> holds nothing
                cells += 1
                rows, cols = max(rows, at_row + 1), max(cols, col + 1)
            col += 1
    return rows, cols, cells


def _ods_grids(chunks: Iterable[bytes]) -> list[tuple[str, Grid]]:
    """Each table of an ods, counting repeated rows and columns as calamine expands them.
    Values count tags, not repeats: a tiny file that repeats into millions is a bomb."""
    grids: list[tuple[str, Grid]] = []
    sheet = ""
    rows = cols = cells = at = repeat = col = width = valued = 0
    for chunk in chunks:
        for tag, attrs, end in _ODS_TAG.findall(chunk):
            if end == b"table":
                grids.append((sheet, (rows, cols, cells)))
            elif end == b"table-row":
                if width:
                    rows, cols, cells = at + repeat, max(cols, width), cells + valued
                at += repeat
            elif tag == b"table":
                m = _ODS_NAME.search(attrs)
                sheet = unescape(m[1].decode(errors="replace")) if m else f"#{len(grids) + 1}"
                rows = cols = cells = at = 0
                if attrs.endswith(b"/"):
                    grids.append((sheet, (0, 0, 0)))
            elif tag == b"table-row":
                m = _ODS_ROWS.search(attrs)
                repeat, col, width, valued = int(m[1]) if m else 1, 0, 0, 0
                if attrs.endswith(b"/"):
                    at += repeat
            else:
                m = _ODS_COLS.search(attrs)
                col += int(m[1]) if m else 1
                if _ODS_VALUE.search(attrs):
                    width, valued = col, valued + 1
    return grids


# --- OLE compound files: xls, or a password-protected xlsx --------------------------------

_BIFF_CELLS = frozenset(
    {0x0203, 0x027E, 0x00FD, 0x0204, 0x0205, 0x0006, 0x00D6, 0x0002, 0x0003, 0x0004, 0x0005,
     0x0206, 0x0406}
)  # fmt: skip
_BIFF_MULRK, _BIFF_EOF, _BIFF_SHEET, _BIFF_FILEPASS = 0x00BD, 0x000A, 0x0085, 0x002F
_BIFF_BOF = frozenset({0x0809, 0x0409, 0x0209, 0x0009})
_FREE = 0xFFFFFFFA  # sector numbers from here up are markers


def _open_cfb(path: Path, limits: Limits) -> Workbook:
    name = path.name
    try:
        cfb = _Cfb(path.read_bytes())
        if "EncryptedPackage" in cfb.streams:
            raise BadSpreadsheet("encrypted", name=name, detail="an encrypted Office package")
        stream = cfb.read("Workbook") or cfb.read("Book")
        if stream is None:
            what = "a Word 97-2003 document" if "WordDocument" in cfb.streams else "an OLE file"
            raise _not_spreadsheet(name, what)
        sheets = _biff_grids(stream)
    except OSError as e:
        raise _corrupt(name, e.strerror or str(e)) from e
    except (ValueError, struct.error) as e:
        raise _corrupt(name, f"broken xls structure: {e}") from e
    if sheets is None:
        raise BadSpreadsheet("encrypted", name=name, detail="a password-protected xls")
    for sheet, grid in sheets:  # calamine builds every sheet when it opens an xls
        _check_grid(name, limits, sheet, grid)
    return _CalamineBook(path, "xls", limits)


class _Cfb:
    """Just enough of a compound file (MS-CFB) to list its streams and read one."""

    def __init__(self, data: bytes) -> None:
        shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
        if shift not in (9, 12) or mini_shift != 6:
            raise ValueError("bad sector size")
        self.data, self.size = data, 1 << shift
        per = self.size // 4
        (dir_start,) = struct.unpack_from("<I", data, 0x30)
        cutoff, minifat_start, _, difat_next, n_difat = struct.unpack_from("<IIIII", data, 0x38)
        difat = list(struct.unpack_from("<109I", data, 0x4C))
        for _ in range(min(n_difat, len(data) // self.size)):
            if difat_next >= _FREE:
                break
            words = struct.unpack_from(f"<{per}I", data, (difat_next + 1) * self.size)
            difat.extend(words[:-1])
            difat_next = words[-1]
        fat_sectors = [s for s in difat if s < _FREE]
        if len(fat_sectors) > len(data) // self.size:
            raise ValueError("more FAT sectors than the file holds")
        self.fat = [
            w
            for s in fat_sectors
            for w in struct.unpack_from(f"<{per}I", data, (s + 1) * self.size)
        ]
        directory = self._chain(dir_start, None, mini=False)
        self.minifat: list[int] = []
        if minifat_start < _FREE:
            raw = self._chain(minifat_start, None, mini=False)
            self.minifat = list(struct.unpack(f"<{len(raw) // 4}I", raw[: len(raw) // 4 * 4]))
        self.mini_stream = b""
        self.streams: dict[str, tuple[int, int]] = {}
        for offset in range(0, len(directory) - 127, 128):
            name_len, kind = struct.unpack_from("<HB", directory, offset + 64)
            start, length = struct.unpack_from("<II", directory, offset + 116)
            if kind == 5:
                self.mini_stream = self._chain(start, length, mini=False)
            elif kind == 2:
                stream_name = directory[offset : offset + max(name_len - 2, 0)]
                self.streams[stream_name.decode("utf-16-le", "replace")] = (start, length)
        self.cutoff = cutoff

    def read(self, stream: str) -> bytes | None:
        if stream not in self.streams:
            return None
        start, length = self.streams[stream]
        return self._chain(start, length, mini=length < self.cutoff)

    def _chain(self, sector: int, length: int | None, *, mini: bool) -> bytes:
        table, size = (self.minifat, 64) if mini else (self.fat, self.size)
        data = self.mini_stream if mini else self.data
        parts: list[bytes] = []
        for _ in range(len(table)):
            if sector >= _FREE or (length is not None and len(parts) * size >= length):
                break
            if sector >= len(table):
                raise ValueError("a sector chain leaves the file")
            offset = sector * size if mini else (sector + 1) * size
            parts.append(data[offset : offset + size])
            sector = table[sector]
        else:
            if sector < _FREE:
                raise ValueError("a sector chain loops")
        out = b"".join(parts)
        return out if length is None else out[:length]


def _biff_grids(stream: bytes) -> list[tuple[str, Grid]] | None:
    """Each sheet's name and grid from the BIFF records (MS-XLS), in sheet order; None if
    the workbook is encrypted. A sheet whose records cannot be found gets the largest
    extent seen and no values, which errs on the side of refusing."""
    unpack = struct.unpack_from
    sheets: list[tuple[str, int]] = []
    grids: dict[int, Grid] = {}
    pos, end, in_globals, at = 0, len(stream), True, -1
    rows = cols = cells = 0
    while pos + 4 <= end:
        typ, size = unpack("<HH", stream, pos)
        body = pos + 4
        pos = body + size
        if typ in _BIFF_CELLS:
            if size >= 4:
                row, col = unpack("<HH", stream, body)
                cells += 1
                if row >= rows:
                    rows = row + 1
                if col >= cols:
                    cols = col + 1
        elif typ == _BIFF_MULRK and size >= 6:
            row, first = unpack("<HH", stream, body)
            (last,) = unpack("<H", stream, body + size - 2)
            cells += max(last - first + 1, 0)
            rows, cols = max(rows, row + 1), max(cols, last + 1)
        elif typ in _BIFF_BOF:
            at, rows, cols, cells = body - 4, 0, 0, 0
        elif typ == _BIFF_EOF:
            if not in_globals:
                grids[at] = (rows, cols, cells)
            in_globals = False
        elif in_globals and typ == _BIFF_SHEET and size >= 8:
            sheets.append((_biff_sheet_name(stream[body + 6 : pos]), unpack("<I", stream, body)[0]))
        elif in_globals and typ == _BIFF_FILEPASS:
            return None
    worst = (max((g[0] for g in grids.values()), default=0),
             max((g[1] for g in grids.values()), default=0), 0)  # fmt: skip
    return [(name, grids.get(offset, worst)) for name, offset in sheets]


def _biff_sheet_name(raw: bytes) -> str:
    """A BOUNDSHEET name: BIFF8 has a flags byte (bit 0: UTF-16), BIFF5 plain bytes."""
    count = raw[0]
    if len(raw) >= 2 and len(raw) == 2 + count * (2 if raw[1] & 1 else 1):
        return raw[2:].decode("utf-16-le" if raw[1] & 1 else "latin-1", "replace")
    return raw[1 : 1 + count].decode("latin-1", "replace")


# --- the two kinds of workbook -------------------------------------------------------------


def _calamine(call: Any, name: str) -> Any:
    """Run a calamine call; its errors (and Rust panics, which are BaseExceptions) become a
    BadSpreadsheet instead of a traceback."""
    try:
        return call()
    except (KeyboardInterrupt, SystemExit, GeneratorExit, MemoryError):
        raise
    except PasswordError as e:
        raise BadSpreadsheet("encrypted", name=name, detail=str(e)) from e
    except BaseException as e:  # pyo3 panics are BaseExceptions
        raise _corrupt(name, str(e)[:200] or type(e).__name__) from e


class _CalamineBook(Workbook):
    """xlsx, xls and ods through calamine; one parsed sheet is kept for the next call."""

    def __init__(
        self, path: Path, kind: str, limits: Limits, archive: zipfile.ZipFile | None = None
    ) -> None:
        name = path.name
        if path.suffix.lower() in SUFFIXES[kind]:
            book = _calamine(lambda: CalamineWorkbook.from_path(path), name)
        else:  # calamine picks its parser by extension; from a file object it sniffs
            with path.open("rb") as f:
                book = _calamine(lambda: CalamineWorkbook.from_filelike(f), name)
        if not book.sheet_names:
            book.close()
            raise BadSpreadsheet("no_data", name=name, detail="the workbook has no sheet")
        super().__init__(name, kind, list(book.sheet_names), limits)
        self._book: CalamineWorkbook | None = book
        self._archive = archive  # xlsx only: its sheets are measured one by one
        self._visible_sheets = [
            m.name
            for m in book.sheets_metadata
            if m.visible == SheetVisibleEnum.Visible and m.typ == SheetTypeEnum.WorkSheet
        ]
        self._loaded: tuple[str, CalamineSheet] | None = None

    def close(self) -> None:
        if self._book is None:
            return
        self._loaded = None
        self._book.close()
        self._book = None
        if self._archive is not None:
            self._archive.close()

    def rows(self, sheet: str | None = None) -> Iterator[Row]:
        return _rows(self._load(self._sheet(sheet)))

    def row_count(self, sheet: str | None = None) -> int:
        return self._load(self._sheet(sheet)).height

    def _visible(self) -> list[str]:
        return self._visible_sheets

    def _load(self, sheet: str) -> CalamineSheet:
        if self._loaded is not None and self._loaded[0] == sheet:
            return self._loaded[1]
        self._loaded = None  # let the previous grid go before building the next
        if self._archive is not None:
            _check_grid(self.name, self.limits, sheet, self._xlsx_grid(sheet))
        book = self._book
        if book is None:
            raise ValueError("the workbook is closed")
        loaded = _calamine(lambda: book.get_sheet_by_name(sheet), self.name)
        self._loaded = (sheet, loaded)
        return loaded

    def _xlsx_grid(self, sheet: str) -> Grid:
        """xlsx sheets are built one at a time, so each is measured when first read."""
        assert self._archive is not None
        entry = _xlsx_sheet_parts(self._archive, self.name).get(sheet)
        if entry is None or entry not in self._archive.NameToInfo:
            raise _corrupt(self.name, f"sheet '{sheet}' has no worksheet part")
        fast = _xlsx_grid(_xml_chunks(self._archive, entry, self.name))
        if fast is not None:
            return fast
        return _xlsx_grid_exact(_xml_chunks(self._archive, entry, self.name), self.name)


def _rows(sheet: CalamineSheet) -> Iterator[Row]:
    """calamine yields rows from row 1 even when the data starts lower, and columns from
    the first used one: numbers follow Excel's, and values are padded to start at column A."""
    if sheet.start is None:
        return
    first_row, first_col = sheet.start
    pad = (None,) * first_col
    number = first_row
    for raw in itertools.islice(sheet.iter_rows(), first_row, None):
        number += 1
        values = tuple([None if v == "" else v for v in raw])
        if first_col:
            values = pad + values
        if _blank(values):
            continue
        yield Row(number, values)


class _CsvBook(Workbook):
    """A text table: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030; the
    delimiter (comma, tab, semicolon) is sniffed; every value stays text."""

    def __init__(self, path: Path, head: bytes, limits: Limits) -> None:
        name = path.name
        self._path = path
        self._encoding = _text_encoding(path, head)
        sample = head.decode(self._encoding, errors="ignore")
        _refuse_markup(sample, name)
        self._delimiter = _delimiter(sample)
        super().__init__(name, "csv", [path.stem or name], limits)

    def rows(self, sheet: str | None = None) -> Iterator[Row]:
        self._sheet(sheet)
        return self._records()

    def row_count(self, sheet: str | None = None) -> int:
        self._sheet(sheet)
        newlines = 0
        with self._path.open("rb") as f:
            while piece := f.read(CHUNK):
                newlines += piece.count(b"\n") or piece.count(b"\r")
        return newlines + 1

    def _records(self) -> Iterator[Row]:
        limit = self.limits.max_columns
        with self._path.open(encoding=self._encoding, newline="") as f:
            reader = csv.reader(_lines(f, self.name), delimiter=self._delimiter)
            line = 0
            try:
                for record in reader:
                    number, line = line + 1, reader.line_num
                    if len(record) > limit:
                        raise BadSpreadsheet(
                            "too_many_columns",
                            name=self.name,
                            sheet=self.sheet_names[0],
                            count=len(record),
                            limit=limit,
                        )
                    values = tuple([v or None for v in record])
                    if not _blank(values):
                        yield Row(number, values)
            except (csv.Error, UnicodeDecodeError) as e:
                raise _corrupt(self.name, f"line {reader.line_num + 1}: {e}") from e


def _lines(f: io.TextIOBase, name: str) -> Iterator[str]:
    """Lines of a text file, refusing one so long it cannot be a row (bounded memory)."""
    while line := f.readline(CSV_MAX_LINE):
        if len(line) == CSV_MAX_LINE and not line.endswith(("\n", "\r")):
            raise _corrupt(name, f"a line longer than {CSV_MAX_LINE // MIB} M characters")
        yield line


def _text_encoding(path: Path, head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        raise _not_spreadsheet(path.name, "binary data")
    for encoding in ("utf-8", "gb18030"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            with path.open("rb") as f:
                while piece := f.read(CHUNK):
                    decoder.decode(piece)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    raise _not_spreadsheet(path.name, "binary data, or text in an unknown encoding")


def _refuse_markup(sample: str, name: str) -> None:
    """Web systems export HTML tables named .xls; reading them as csv yields tag soup."""
    start = sample.lstrip("\ufeff \t\r\n").lower()
    if start.startswith(("<!doctype html", "<html", "<table")):
        raise _not_spreadsheet(name, "a web page (HTML) with a spreadsheet's name")
    if start.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in start:
        raise _not_spreadsheet(name, "an Excel 2003 XML file")


def _delimiter(sample: str) -> str:
    """The delimiter that splits the first lines into the most consistent columns."""
    lines = sample.splitlines()
    if len(lines) > 1:
        lines = lines[:-1][:50]  # the last line may be cut by the sample
    best: tuple[bool, int, int, str] = (False, 0, 0, ",")
    for delimiter in ",\t;":
        widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if r]
        if widths:
            width = max(set(widths), key=widths.count)
            best = max(best, (width > 1, widths.count(width), width, delimiter))
    return best[3]
