"""Regenerate the spreadsheet fixtures of tests/excel/files (the committed files are what
the tests read; CI never runs this).

How: the sources are written with openpyxl (and plain Python for two csv files) in a
temporary folder, then LibreOffice converts them, so that the xlsx, xls, ods and csv
files carry another tool's shape (shared strings, styles, LibreOffice metadata):

    apt-get install -y --no-install-recommends libreoffice-calc python3-uno
    python3 tests/excel/files/make_files.py

Each `soffice --headless --convert-to <ext> --outdir <dir> <source>` call runs as:
- lo_customers.xlsx / .xls / .ods: customers_source.xlsx, an instructions sheet
  "填写说明" first, then "客户名单" with a merged title above the header.
- lo_customers.csv: the same source's second sheet, filter option
  "Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2" (UTF-8).
- crm_export.xlsx: an openpyxl file in another CRM's export shape (English headers, a
  custom document property as WPS writes one) re-saved by LibreOffice.
- password.xls: lo_customers.xlsx stored by LibreOffice through UNO (/usr/bin/python3,
  which has the uno module) with the password "crmdesk". LibreOffice 7.4 ignores the
  password when storing xlsx, so a password xlsx is made by tests/excel/hostile.py.
- gbk.csv and utf8_bom.csv are written by Python the way Excel saves "CSV" on a Chinese
  Windows (GBK) and "CSV UTF-8" (with BOM).
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2"
HEADERS = ["客户名称*", "联系人", "手机", "座机", "邮箱", "签约日期", "最近跟进", "成交金额",
           "备注"]  # fmt: skip
ROWS = [
    ["杭州云帆科技有限公司🚀", "王伟", 13800138000, "0571-88886666", "wang@example.com",
     date(2026, 10, 5), "2026/10/5", "¥1,234.50", "老客户"],
    ["上海星辰贸易有限公司", "\u3000李娜\u3000", 13912345678, "021-66668888", None,
     datetime(2026, 8, 1, 9, 30), "2026年8月1日", "-300", "全角空格"],
    ["\u3000", "\xa0", None, "  ", None, None, None, None, None],
    ["深圳前海😀数据服务有限公司", "张三", "138 0013 8001", "0755-12345678", "zs@example.cn",
     None, "2026-10-05 14:30", 5000, "emoji 与中文"],
]  # fmt: skip
EXPORT_HEADERS = ["Account Name", "First Name", "Last Name", "Mobile", "Email", "Billing City",
                  "Lead Source", "Account Owner", "Amount", "Last Activity"]  # fmt: skip
EXPORT_ROWS = [
    ["Acme Trading Co.", "Wei", "Wang", "+86 138 0013 8000", "wei@acme.example", "Hangzhou",
     "Trade Show", "Li Si", 12000.5, date(2026, 9, 30)],
    ["北京零一科技", "Na", "Li", "13912345678", "na.li@example.cn", "Beijing", "Web",
     "Zhang San", 0, date(2026, 10, 1)],
]  # fmt: skip
UNO_SAVE = """
import subprocess, sys, time, uno
from com.sun.star.beans import PropertyValue
def prop(name, value):
    p = PropertyValue(); p.Name = name; p.Value = value; return p
src, out, filt = sys.argv[1:4]
office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore",
                           "--accept=pipe,name=crmdesk_fixtures;urp;"])
ctx = uno.getComponentContext()
resolver = ctx.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", ctx)
for _ in range(120):
    try:
        remote = resolver.resolve("uno:pipe,name=crmdesk_fixtures;urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
desktop = remote.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", remote)
url = uno.systemPathToFileUrl
doc = desktop.loadComponentFromURL(url(src), "_blank", 0, (prop("Hidden", True),))
doc.storeToURL(url(out), (prop("FilterName", filt), prop("Password", "crmdesk")))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
office.wait(timeout=60)
"""


def customers_source(path: Path) -> None:
    book = Workbook()
    notes = book.active
    notes.title = "填写说明"
    notes.append(["客户导入模板填写说明"])
    notes.merge_cells("A1:F1")
    notes.append(["1. 带 * 的列必须填写"])
    notes.append(["2. 手机号填写 11 位数字"])
    sheet = book.create_sheet("客户名单")
    sheet.append(["2026年重点客户名单"])
    sheet.merge_cells("A1:I1")
    sheet.append([])
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    sheet["F4"].number_format = "yyyy-mm-dd"
    sheet["F5"].number_format = "yyyy-mm-dd hh:mm"
    book.save(path)


def export_source(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Accounts"
    sheet.append(EXPORT_HEADERS)
    for row in EXPORT_ROWS:
        sheet.append(row)
    book.custom_doc_props.append(_string_prop("KSOProductBuildVer", "2052-12.1.0.16120"))
    book.save(path)


def _string_prop(name: str, value: str) -> object:
    from openpyxl.packaging.custom import StringProperty

    return StringProperty(name=name, value=value)


def write_csvs() -> None:
    rows = [HEADERS] + [["" if v is None else str(v) for v in row] for row in ROWS]
    with (HERE / "gbk.csv").open("w", encoding="gbk", errors="replace", newline="") as f:
        csv.writer(f).writerows(
            [[*r[:3], code] for r, code in zip(rows, ["编号", "00123"], strict=False)]
            + [["北京零一科技", "赵六", "13700000000", "007"]]
        )
    with (HERE / "utf8_bom.csv").open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


def convert(source: Path, target: str, out: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", target, "--outdir", str(out), str(source)],
        check=True,
        capture_output=True,
    )
    ext = target.split(":")[0]
    made = out / f"{source.stem}.{ext}"
    for sheet_csv in out.glob(f"{source.stem}-*.{ext}"):  # a chosen sheet gets its name
        sheet_csv.replace(made)
    return made


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "lo_customers.xlsx"
        customers_source(source)
        out = work / "out"
        for target in ("xlsx", "xls", "ods", CSV_FILTER):
            shutil.copy(convert(source, target, out), HERE)
        export = work / "crm_export.xlsx"
        export_source(export)
        shutil.copy(convert(export, "xlsx", out), HERE)
        subprocess.run(
            ["/usr/bin/python3", "-c", UNO_SAVE, str(HERE / "lo_customers.xlsx"),
             str(HERE / "password.xls"), "MS Excel 97"],
            check=True,
        )  # fmt: skip
    write_csvs()
    for path in sorted(HERE.iterdir()):
        print(f"{path.name:24} {path.stat().st_size:>8} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
