"""Hostile and broken files, made on the spot, for every test that opens spreadsheets.

Each `make_<case>(folder)` writes one file and returns its path; `CASES` maps a name to
(maker, the BadSpreadsheet reason it must end in, or None when the file reads fine but
holds no data row). Files are small or quick to write; the point is the shape, which
mirrors what crashed or stalled spreadsheet parsers in the wild.
"""

from __future__ import annotations

import random
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package'
    '.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
    'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml'
    '.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{REL}">'
    '<sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
    f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)
HEADER = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)


def sheet_xml(rows: str, *, prolog: str = "", dimension: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN}">{dim}'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )


def shared_strings(*items: str, prolog: str = "") -> str:
    body = "".join(f"<si><t>{s}</t></si>" for s in items)
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<sst xmlns="{MAIN}">{body}</sst>'


def write_xlsx(path: Path, sheet: str, strings: str | None = None) -> Path:
    """A minimal xlsx with one sheet "客户"; `strings` defaults to the two headers."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", strings or shared_strings("客户名称", "手机"))
    return path


# --- XML and zip bombs ----------------------------------------------------------------------


def make_laughs_in_sheet(folder: Path) -> Path:
    rows = HEADER + '<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
    return write_xlsx(folder / "laughs_sheet.xlsx", sheet_xml(rows, prolog=LAUGHS))


def make_laughs_in_shared_strings(folder: Path) -> Path:
    strings = shared_strings("客户名称", "&lol9;", prolog=LAUGHS)
    return write_xlsx(folder / "laughs_strings.xlsx", sheet_xml(HEADER), strings)


def make_zip_bomb(folder: Path) -> Path:
    """A 64 MB sheet of blanks that packs to about 64 KB (1000:1)."""
    path = folder / "zip_bomb.xlsx"
    write_xlsx(path, sheet_xml(HEADER))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z, z.open("xl/padding.xml", "w") as f:
        block = b" " * (1 << 20)
        for _ in range(64):
            f.write(block)
    return path


def make_million_empty_rows(folder: Path) -> Path:
    """A million formatted rows without a value, and a dimension claiming A1:P1048576:
    a plain file with no data row, which must be read fast."""
    path = folder / "million_empty_rows.xlsx"
    write_xlsx(path, "")
    head, tail = sheet_xml("@", dimension="A1:P1048576").split("@")
    with (
        zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z,
        z.open("xl/worksheets/sheet2.xml", "w") as f,
    ):
        f.write(head.encode())
        for start in range(1, 1_000_001, 10_000):
            f.write(
                "".join(
                    f'<row r="{i}" s="1" customFormat="1"><c r="P{i}" s="1"/></row>'
                    for i in range(start, start + 10_000)
                ).encode()
            )
        f.write(tail.encode())
    return _point_sheet_at(path, "worksheets/sheet2.xml")


def _point_sheet_at(path: Path, target: str) -> Path:
    """Rewrite the workbook rels so that the sheet reads another part."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"worksheets/sheet1.xml", target.encode())
            dst.writestr(info.filename, data)
    tmp.replace(path)
    return path


# --- sheets that would make a parser allocate a huge grid -------------------------------------


def make_far_cell(folder: Path) -> Path:
    """One value at XFD1048576: a dense grid of 17 billion cells."""
    rows = HEADER + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return write_xlsx(folder / "far_cell.xlsx", sheet_xml(rows))


def make_far_row(folder: Path) -> Path:
    """A value at P1048576: 16 columns but a million rows of nothing."""
    rows = HEADER + '<row r="1048576"><c r="P1048576"><v>1</v></c></row>'
    return write_xlsx(folder / "far_row.xlsx", sheet_xml(rows))


def make_far_row_hidden(folder: Path) -> Path:
    """The far value hidden from a naive scan: prefixed tags, r="" after another attribute,
    single quotes, lower case, and a cell without r="" in a far row."""
    rows = (
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row>'
        "<row r='5'><c s=\"0\" r='b5'><v>1</v></c></row>"
        '<row r="1048576"><c><v>1</v></c><c><v>1</v></c><c><v>2</v></c></row>'
    )
    xml = sheet_xml(rows).replace("<worksheet ", f'<worksheet xmlns:x="{MAIN}" ')
    return write_xlsx(folder / "far_row_hidden.xlsx", xml)


def make_many_columns(folder: Path) -> Path:
    """10,000 columns with a value each."""
    cells = "".join(f"<c><v>{i}</v></c>" for i in range(10_000))
    return write_xlsx(folder / "many_columns.xlsx", sheet_xml(HEADER + f'<row r="2">{cells}</row>'))


def make_many_columns_csv(folder: Path) -> Path:
    path = folder / "many_columns.csv"
    path.write_text(",".join(f"列{i}" for i in range(10_000)) + "\n", encoding="utf-8")
    return path


# --- password-protected ------------------------------------------------------------------------


def write_cfb(path: Path, streams: dict[str, bytes]) -> Path:
    """A compound file (MS-CFB, version 3) holding the given streams, each padded to at
    least 4096 bytes so that all live in regular sectors."""
    sector = 512
    datas = [data.ljust(4096, b"\0") for data in streams.values()]
    counts = [-(-len(d) // sector) for d in datas]
    n_dir = -(-(len(streams) + 1) // 4)
    n_data = sum(counts) + n_dir
    n_fat = 1
    while n_fat * 128 < n_data + n_fat:
        n_fat += 1
    fat = [0xFFFFFFFD] * n_fat  # FAT sectors first, then the directory, then the streams
    fat += [n_fat + i + 1 for i in range(n_dir - 1)] + [0xFFFFFFFE]
    starts = []
    for count in counts:
        starts.append(len(fat))
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [0xFFFFFFFE]
    fat += [0xFFFFFFFF] * (n_fat * 128 - len(fat))
    header = struct.pack(
        "<8s16sHHHHHH4sIIIIIIIII",
        bytes.fromhex("d0cf11e0a1b11ae1"),
        b"\0" * 16,
        0x3E, 3, 0xFFFE, 9, 6, 0, b"\0" * 4,
        0, n_fat, n_fat, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0,
    )  # fmt: skip
    difat = list(range(n_fat)) + [0xFFFFFFFF] * (109 - n_fat)
    header += struct.pack("<109I", *difat)
    entries = [_dir_entry("Root Entry", 5, 0xFFFFFFFE, 0, child=1)]
    for i, (name, start, data) in enumerate(zip(streams, starts, datas, strict=True)):
        right = i + 2 if i + 1 < len(streams) else 0xFFFFFFFF
        entries.append(_dir_entry(name, 2, start, len(data), right=right))
    directory = b"".join(entries).ljust(n_dir * sector, b"\0")
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    body = (
        fat_bytes
        + directory
        + b"".join(d.ljust(c * sector, b"\0") for d, c in zip(datas, counts, strict=True))
    )
    path.write_bytes(header + body)
    return path


def _dir_entry(name: str, kind: int, start: int, size: int, *, child: int = 0xFFFFFFFF,
               right: int = 0xFFFFFFFF) -> bytes:  # fmt: skip
    raw = name.encode("utf-16-le") + b"\0\0"
    return struct.pack(
        "<64sHBBIII16sIQQIII",
        raw, len(raw), kind, 1, 0xFFFFFFFF, right, child, b"\0" * 16, 0, 0, 0, start, size, 0,
    )  # fmt: skip


def make_encrypted_xlsx(folder: Path) -> Path:
    """What Excel writes for an xlsx with an open password: an OLE file, not a zip."""
    streams = {"EncryptionInfo": b"\x04\x00\x04\x00\x40\x00\x00\x00", "EncryptedPackage": b"x"}
    return write_cfb(folder / "encrypted.xlsx", streams)


def make_encrypted_xls(folder: Path) -> Path:
    """An xls whose workbook stream starts with BOF then FILEPASS (RC4 encryption)."""
    bof = struct.pack("<HHHHHHII", 0x0809, 16, 0x0600, 0x0005, 0, 0, 0, 0)
    filepass = struct.pack("<HHHH", 0x002F, 4, 1, 1)
    return write_cfb(folder / "encrypted.xls", {"Workbook": bof + filepass})


# --- damaged, or not a spreadsheet at all --------------------------------------------------------


def make_truncated_xlsx(folder: Path) -> Path:
    path = write_xlsx(folder / "truncated.xlsx", sheet_xml(HEADER))
    path.write_bytes(path.read_bytes()[:-200])
    return path


def make_broken_xml(folder: Path) -> Path:
    return write_xlsx(folder / "broken_xml.xlsx", sheet_xml(HEADER)[:-40])


def make_png(folder: Path) -> Path:
    path = folder / "客户.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + bytes(range(64)))
    return path


def make_pdf(folder: Path) -> Path:
    path = folder / "客户.xls"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    return path


def make_docx(folder: Path) -> Path:
    path = folder / "客户.docx.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return path


def make_random_bytes(folder: Path) -> Path:
    path = folder / "random.csv"
    path.write_bytes(random.Random(7).randbytes(4096))
    return path


def make_empty_file(folder: Path) -> Path:
    path = folder / "empty.xlsx"
    path.write_bytes(b"")
    return path


def make_xlsx_named_csv(folder: Path) -> Path:
    """A header-only xlsx saved as .csv: read as the xlsx it is, no data row."""
    path = write_xlsx(folder / "named.csv", sheet_xml(HEADER))
    return path


Maker = Callable[[Path], Path]
CASES: dict[str, tuple[Maker, str | None]] = {
    "laughs_in_sheet": (make_laughs_in_sheet, "corrupt"),
    "laughs_in_shared_strings": (make_laughs_in_shared_strings, "corrupt"),
    "zip_bomb": (make_zip_bomb, "too_large"),
    "million_empty_rows": (make_million_empty_rows, None),
    "far_cell": (make_far_cell, "too_many_columns"),
    "far_row": (make_far_row, "sparse_sheet"),
    "far_row_hidden": (make_far_row_hidden, "sparse_sheet"),
    "many_columns": (make_many_columns, "too_many_columns"),
    "many_columns_csv": (make_many_columns_csv, "too_many_columns"),
    "encrypted_xlsx": (make_encrypted_xlsx, "encrypted"),
    "encrypted_xls": (make_encrypted_xls, "encrypted"),
    "truncated_xlsx": (make_truncated_xlsx, "corrupt"),
    "broken_xml": (make_broken_xml, "corrupt"),
    "png": (make_png, "not_a_spreadsheet"),
    "pdf": (make_pdf, "not_a_spreadsheet"),
    "docx": (make_docx, "not_a_spreadsheet"),
    "random_bytes": (make_random_bytes, "not_a_spreadsheet"),
    "empty_file": (make_empty_file, "not_a_spreadsheet"),
    "xlsx_named_csv": (make_xlsx_named_csv, None),
}
