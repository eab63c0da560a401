"""Import that sales people can trust: every row accounted for, all or nothing, duplicates
by policy, owners within capacity, and hostile files refused with the database unchanged."""

from __future__ import annotations

import time
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from crmdesk.core.customers import create_customer
from crmdesk.core.errors import BadSpreadsheet, ImportCancelled
from crmdesk.core.models import Customer, CustomerKey, Deal, Rep, SearchEntry, Transition
from crmdesk.core.search import Filters, search
from crmdesk.excel.importer import ImportOptions, import_customers

from .hostile import CASES

NOW = datetime(2026, 11, 23, 10, 0)
HEADERS = ["客户名称", "联系人", "手机", "邮箱", "地区", "负责人", "最近跟进", "成交金额", "备注"]


def xlsx(path: Path, rows: list[list], headers=HEADERS, title: str | None = None) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "客户"
    if title:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
        sheet.append([])
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def snapshot(session) -> tuple:
    """Everything an import may write: if this is equal, nothing changed."""
    session.expire_all()
    customers = session.execute(select(Customer.__table__).order_by(Customer.id)).all()
    return (
        customers,
        session.scalar(select(func.count()).select_from(Transition)),
        session.scalar(select(func.count()).select_from(Deal)),
        session.scalar(select(func.count()).select_from(CustomerKey)),
        session.scalar(select(func.count()).select_from(SearchEntry)),
    )


def by_company(session, company: str) -> Customer:
    session.expire_all()
    return session.scalars(select(Customer).where(Customer.company == company)).one()


GOOD = [
    ["杭州鼎盛科技有限公司", "张伟", 13800138000, "zw@dingsheng.cn", "浙江", None,
     datetime(2026, 10, 5, 14, 30), "¥1,234.50", "展会认识"],
    ["上海恒达贸易有限公司", "李娜", "021-63792222", None, "上海", "张三", "2026/10/5", None, None],
    ["深圳蓝海物流有限公司", "陈静", "+86 139 1234 5678", "cj@lanhai.com", "广东", None, None,
     None, None],
]  # fmt: skip


def test_a_list_with_a_title_row_is_imported_row_by_row(session, team, tmp_path):
    path = xlsx(tmp_path / "展会.xlsx", GOOD, title="2026 春季展会客户名单")
    report = import_customers(session, path, team.manager, now=NOW)
    assert (report.created, report.updated, report.skipped, report.rejected) == (3, 0, 0, 0)
    assert report.header_row == 3 and report.committed
    first = by_company(session, "杭州鼎盛科技有限公司")
    assert (first.phone, first.email, first.region) == ("13800138000", "zw@dingsheng.cn", "浙江")
    assert first.status == "pool" and first.owner_id is None  # no owner: into the pool
    assert first.last_followup_at == datetime(2026, 10, 5, 14, 30)
    assert first.deal_total == Decimal("1234.50") and first.deal_count == 1
    deal = session.scalars(select(Deal).where(Deal.customer_id == first.id)).one()
    assert deal.amount == Decimal("1234.50")
    second = by_company(session, "上海恒达贸易有限公司")
    assert second.owner_id == team.zhang and second.status == "active"
    assert second.last_followup_at == datetime(2026, 10, 5)
    assert "021" in second.phone  # the landline keeps its leading zero
    # searchable at once, by pinyin initials and with a filter
    found = search(session, "shhd", Filters(status="active"))
    assert [r["id"] for r in found.rows] == [second.id]
    created = session.scalars(select(Transition).where(Transition.customer_id == second.id)).one()
    assert created.action == "create" and created.actor_id == team.manager


def test_one_bad_row_rejects_the_whole_file_and_changes_nothing(session, team, tmp_path):
    rows = [
        *GOOD,
        ["", "无名氏", "13800000000", None, None, None, None, None, None],
        ["坏电话有限公司", "赵六", "12345", None, None, None, "2026-13-45", None, None],
    ]
    path = xlsx(tmp_path / "bad.xlsx", rows)
    before = snapshot(session)
    with pytest.raises(BadSpreadsheet) as caught:
        import_customers(session, path, team.manager, now=NOW)
    assert snapshot(session) == before
    error = caught.value
    assert "2" in error.message("en") and "第 5 行" in error.message("zh")
    report = error.report
    assert report.rejected == 2 and not report.committed
    rows_and_columns = {(p.row, p.column) for p in report.problems}
    assert {(5, "客户名称"), (6, "手机"), (6, "最近跟进")} <= rows_and_columns
    flagged = load_workbook(report.flagged_file).active
    lines = list(flagged.values)
    assert lines[0][1:] == tuple(HEADERS)
    assert [line[2] for line in lines[1:]] == ["无名氏", "赵六"]
    assert lines[1][0] == "客户名称为空"  # the problem, in the user's words


def test_valid_rows_only_imports_the_rest_and_reports_the_rejected(session, team, tmp_path):
    rows = [*GOOD, ["", "无名氏", "13800000000", None, None, None, None, None, None]]
    path = xlsx(tmp_path / "some.xlsx", rows)
    options = ImportOptions(valid_only=True)
    report = import_customers(session, path, team.manager, options, now=NOW)
    assert (report.created, report.rejected) == (3, 1)
    assert [(p.row, p.column) for p in report.problems] == [(5, "客户名称")]


@pytest.mark.parametrize("policy", ["skip", "update", "new"])
def test_duplicates_follow_the_policy(session, team, tmp_path, policy):
    old = create_customer(
        session, {"company": "杭州鼎盛科技有限公司", "phone": "138 0013 8000"}, team.manager,
        owner_id=team.zhang, now=NOW,
    )  # fmt: skip
    rows = [
        ["杭州鼎盛科技（有限公司）", "张伟", 13800138000, None, "浙江", None, None, None, None],
        ["全新客户有限公司", "王五", "13900000000", None, None, None, None, None, None],
        ["全新客户有限公司", "王五", "13900000000", None, None, None, None, None, None],
    ]
    path = xlsx(tmp_path / "dups.xlsx", rows)
    report = import_customers(
        session, path, team.manager, ImportOptions(on_duplicate=policy), now=NOW
    )
    total = session.scalar(select(func.count()).select_from(Customer))
    dingsheng = session.get(Customer, old)
    session.refresh(dingsheng)
    if policy == "skip":
        assert (report.created, report.skipped, total) == (1, 2, 2)
        assert dingsheng.contact is None
    elif policy == "update":
        assert (report.created, report.updated, report.skipped, total) == (1, 1, 1, 2)
        assert (dingsheng.contact, dingsheng.region) == ("张伟", "浙江")
        assert dingsheng.company == "杭州鼎盛科技（有限公司）"
        edit = session.scalars(
            select(Transition).where(Transition.customer_id == old, Transition.action == "edit")
        ).one()
        assert edit.details["contact"] == [None, "张伟"]
    else:
        assert (report.created, total) == (3, 4)
    if policy != "new":
        flagged = list(load_workbook(report.flagged_file).active.values)
        assert any("第 3 行" in (line[0] or "") for line in flagged[1:])  # the in-file twin


def test_the_customer_id_column_updates_that_customer(session, team, tmp_path):
    cid = create_customer(session, {"company": "老客户有限公司"}, team.manager, now=NOW)
    path = xlsx(tmp_path / "ids.xlsx", [[cid, "老客户有限公司", "新联系人"]],
                headers=["客户编号", "客户名称", "联系人"])  # fmt: skip
    report = import_customers(
        session, path, team.manager, ImportOptions(on_duplicate="update"), now=NOW
    )
    assert (report.created, report.updated) == (0, 1)
    assert by_company(session, "老客户有限公司").contact == "新联系人"


def test_owners_are_named_checked_and_kept_within_capacity(session, team, tmp_path):
    session.get(Rep, team.li).capacity = 1
    session.commit()
    rows = [
        ["甲公司", None, None, None, None, "李四", None, None, None],
        ["乙公司", None, None, None, None, "李四", None, None, None],
        ["丙公司", None, None, None, None, "不存在的人", None, None, None],
        ["丁公司", None, None, None, None, None, None, None, None],
    ]
    path = xlsx(tmp_path / "owners.xlsx", rows)
    options = ImportOptions(owner=team.wang, valid_only=True)
    report = import_customers(session, path, team.manager, options, now=NOW)
    assert (report.created, report.rejected) == (2, 2)
    assert by_company(session, "甲公司").owner_id == team.li
    assert by_company(session, "丁公司").owner_id == team.wang
    messages = {p.row: p.message("zh") for p in report.problems}
    assert "李四" in messages[3] and "不存在的人" in messages[4]


def test_a_rep_may_not_hand_customers_to_others(session, team, tmp_path):
    rows = [["甲公司", None, None, None, None, "李四", None, None, None]]
    path = xlsx(tmp_path / "rep.xlsx", rows)
    with pytest.raises(BadSpreadsheet):
        import_customers(session, path, team.wang, now=NOW)


def test_cancel_leaves_the_database_unchanged(session, team, tmp_path, monkeypatch):
    monkeypatch.setattr("crmdesk.excel.importer.CHUNK", 2)
    path = xlsx(tmp_path / "cancel.xlsx", GOOD)
    before = snapshot(session)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 1  # after the first chunk was written

    seen = []
    with pytest.raises(ImportCancelled):
        import_customers(
            session, path, team.manager, progress=lambda d, t: seen.append((d, t)),
            cancel=cancel, now=NOW,
        )  # fmt: skip
    assert seen == [(2, 3)]
    assert snapshot(session) == before


def test_progress_reaches_the_total(session, team, tmp_path, monkeypatch):
    monkeypatch.setattr("crmdesk.excel.importer.CHUNK", 2)
    path = xlsx(tmp_path / "progress.xlsx", GOOD)
    seen = []
    import_customers(session, path, team.manager, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (3, 3) and [d for d, _ in seen] == [2, 3]


def test_a_file_without_a_company_column_says_which_headers_it_found(session, team, tmp_path):
    path = xlsx(tmp_path / "nocompany.xlsx", [["张伟", "13800138000"]], headers=["姓名", "手机"])
    before = snapshot(session)
    with pytest.raises(BadSpreadsheet) as caught:
        import_customers(session, path, team.manager, now=NOW)
    assert caught.value.reason == "no_company_column"
    assert "姓名, 手机" in caught.value.message("zh")
    assert snapshot(session) == before


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_hostile_file_ends_with_a_clear_message_and_no_change(session, team, tmp_path, case):
    maker, reason = CASES[case]
    path = maker(tmp_path)
    before = snapshot(session)
    started = time.perf_counter()
    try:
        report = import_customers(session, path, team.manager, now=NOW)
    except BadSpreadsheet as error:
        assert error.reason in (reason, "no_data", "no_company_column"), error.reason
        if reason is not None:
            assert error.reason == reason
        assert path.name in error.message("zh") and path.name in error.message("en")
        assert snapshot(session) == before
    else:  # readable: a renamed file imports, an empty one imports nothing
        assert reason is None
        assert report.rejected == 0
        if case == "million_empty_rows":
            assert report.created == 0 and snapshot(session) == before
    assert time.perf_counter() - started < 20


def test_a_file_that_is_not_there_is_named_and_nothing_changes(session, team, tmp_path):
    before = snapshot(session)
    with pytest.raises(BadSpreadsheet) as caught:
        import_customers(session, tmp_path / "已删除.xlsx", team.manager, now=NOW)
    assert caught.value.reason == "missing"
    assert "找不到文件 已删除.xlsx" in caught.value.message("zh")
    with pytest.raises(BadSpreadsheet) as caught:
        import_customers(session, tmp_path, team.manager, now=NOW)  # a folder
    assert caught.value.reason == "unreadable"
    assert snapshot(session) == before


def test_a_poor_credit_rating_warns_and_is_found_by_its_warning(session, team, tmp_path):
    path = xlsx(tmp_path / "credit.xlsx", [["信用差有限公司", "D"], ["信用好有限公司", "A"]],
                headers=["客户名称", "信用等级"])  # fmt: skip
    import_customers(session, path, team.manager, now=NOW)
    risky = by_company(session, "信用差有限公司")
    assert risky.warning_flags and risky.risk_score == 30
    found = search(session, "有限公司", Filters(warning="credit"))
    assert [r["id"] for r in found.rows] == [risky.id]


def test_text_longer_than_its_column_is_a_problem_of_its_row(session, team, tmp_path):
    long_mail = "a" * 250 + "@qq.com"
    path = xlsx(tmp_path / "long.xlsx", [["长" * 201, long_mail], ["正常有限公司", "ok@qq.com"]],
                headers=["客户名称", "邮箱"])  # fmt: skip
    report = import_customers(session, path, team.manager, ImportOptions(valid_only=True))
    assert (report.created, report.rejected) == (1, 1)
    assert {(p.row, p.column, p.message("zh")) for p in report.problems} >= {
        (2, "客户名称", "超过 200 个字符"),
        (2, "邮箱", "超过 200 个字符"),
    }
