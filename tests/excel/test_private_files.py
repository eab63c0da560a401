"""Files holding customers' phone numbers are their owner's alone (0600), whatever the
umask: exports (xlsx, csv), report exports, and an import's rejected rows."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from crmdesk.core.customers import create_customer
from crmdesk.core.errors import BadSpreadsheet
from crmdesk.core.search import Filters
from crmdesk.excel.exporter import export_customers
from crmdesk.excel.importer import import_customers
from crmdesk.excel.report_export import ReportSheet, write_report


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The usual umask, under which a file is created readable by everyone (0644)."""
    before = os.umask(0o022)
    yield
    os.umask(before)


def others_may_read(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode) & 0o077


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_is_its_owners_alone(session, team, tmp_path, suffix):
    create_customer(session, {"company": "杭州鼎盛科技", "phone": "13800138000"}, team.manager)
    target = tmp_path / f"customers{suffix}"
    result = export_customers(session, target, "", Filters(), lang="en")
    assert result.rows == 1
    assert others_may_read(target) == 0


def test_an_export_over_a_readable_file_is_its_owners_alone(session, team, tmp_path):
    target = tmp_path / "customers.csv"
    target.write_text("old")
    target.chmod(0o644)
    export_customers(session, target, "", Filters(), lang="en")
    assert others_may_read(target) == 0


def test_a_report_export_is_its_owners_alone(tmp_path):
    target = tmp_path / "report.xlsx"
    write_report(target, [ReportSheet("Workload", ["Rep", "Customers"], [["张三", 3]])])
    assert others_may_read(target) == 0


def test_the_rejected_rows_of_an_import_are_their_owners_alone(session, team, tmp_path):
    book = Workbook()
    book.active.append(["客户名称", "手机"])
    book.active.append(["好客户有限公司", "13800000001"])
    book.active.append(["坏电话有限公司", "12345"])
    source = tmp_path / "in.xlsx"
    book.save(source)
    with pytest.raises(BadSpreadsheet) as caught:
        import_customers(session, source, team.manager)
    flagged = Path(caught.value.report.flagged_file)
    assert flagged.exists()
    assert others_may_read(flagged) == 0
