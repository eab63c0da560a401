"""Regenerate wizard_customers.xlsx, the import wizard's fixture (the committed file is
what the tests read; CI never runs this).

The source is written with openpyxl in a temporary folder and converted by LibreOffice,
so the file has another tool's shape (shared strings, styles, LibreOffice metadata):

    apt-get install -y --no-install-recommends libreoffice-calc
    python3 tests/ui/files/make_files.py

It holds an instructions sheet first, then "客户名单": a title row, a blank row, the header
(with one column no field matches), and five customers: one with a bad phone, one owned
by 张三, and one whose phone an existing customer of the tests already has.
"""

from __future__ import annotations

import subprocess
import tempfile
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
HEADERS = ["客户名称", "联系人", "手机", "邮箱", "地区", "负责人", "最近跟进", "成交金额",
           "意向产品"]  # fmt: skip
ROWS = [
    ["杭州鼎盛科技有限公司", "张伟", 13800138000, "zw@dingsheng.cn", "浙江", None,
     datetime(2026, 10, 5, 14, 30), "¥1,234.50", "ERP"],
    ["上海恒达贸易有限公司", "李娜", "021-63792222", None, "上海", "张三", "2026/10/5", None,
     "CRM"],
    ["坏电话有限公司", "赵六", "12345", "zl@example.com", "北京", None, None, None, "OA"],
    ["深圳蓝海物流有限公司", "陈静", "+86 139 1234 5678", "cj@lanhai.com", "广东", None, None,
     5000, None],
    ["广州老客户有限公司", "周八", "13700000001", None, "广东", None, None, None, None],
]  # fmt: skip


def source(path: Path) -> None:
    book = Workbook()
    notes = book.active
    notes.title = "填写说明"
    notes.append(["客户导入说明"])
    notes.append(["1. 客户名称必须填写"])
    sheet = book.create_sheet("客户名单")
    sheet.append(["2026 秋季展会客户名单"])
    sheet.merge_cells("A1:I1")
    sheet.append([])
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    sheet["G4"].number_format = "yyyy-mm-dd hh:mm"
    book.save(path)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        src = work / "wizard_customers.xlsx"
        source(src)
        out = work / "out"
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(src)],
            check=True,
            capture_output=True,
        )
        (out / src.name).replace(HERE / src.name)


if __name__ == "__main__":
    main()
