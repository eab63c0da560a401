"""Export, then import the file back with "update": nothing changes.

10,000 varied customers: Chinese text, emoji, long notes, empty fields, dates, amounts,
phones with leading zeros and +86, and text that looks like a formula."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import insert

from crmdesk.core import indexing
from crmdesk.core.models import Customer
from crmdesk.excel.exporter import export_customers
from crmdesk.excel.importer import ImportOptions, import_customers

from .test_import import snapshot

NOW = datetime(2026, 11, 23, 10, 0)
ODD = ["=SUM(A1:A9)", "+86 热线", "-折扣客户", "@总部", "\t缩进", "=1+1", "'引号开头"]
PHONES = ["13800138000", "0571-88886666", "010-62345678", "+86 139 1234 5678", "0755 8888 6666",
          "400-800-8888", "12345", None]  # fmt: skip
# "12345": old data no import would accept; exported and imported back, it stays
NOTES = ["", "客户很关注售后服务😀，需要季度回访。", "长备注" * 700, "第一行\n第二行", None]


def varied(n: int, team, rng: random.Random) -> list[dict]:
    rows = []
    for i in range(n):
        owned = i % 3 != 0
        rows.append(
            {
                "company": (rng.choice(ODD) if i % 97 == 0 else "")
                + f"{rng.choice(['杭州', '上海', 'ACME', '深圳🚀'])}客户{i:05d}有限公司",
                "contact": rng.choice(["张伟", "Tom Lee", "欧阳娜娜", None, "=HYPERLINK(1)"]),
                "phone": rng.choice(PHONES),
                "phone2": "0571-8888-6666 转 801" if i % 11 == 0 else None,
                "email": f"user{i}@例子.cn" if i % 13 == 0 else rng.choice([f"u{i}@qq.com", None]),
                "wechat": f"wx_{i:05d}" if i % 5 == 0 else None,
                "industry": rng.choice(["制造", "软件", None]),
                "region": rng.choice(["浙江", "广东", "北京 朝阳", None]),
                "source": rng.choice(["展会", "官网", None]),
                "notes": rng.choice(NOTES) or None,
                "credit_rating": rng.choice(["A", "B", "C", None]),
                "owner_id": team.zhang if owned else None,
                "pool_id": team.default_pool,
                "status": "active" if owned else "pool",
                "status_changed_at": NOW,
                "stage": "lead",
                "tier": rng.choice("ABCD"),
                "locked": False,
                "created_at": NOW
                - timedelta(days=rng.randrange(900), seconds=rng.randrange(86400)),
                "owned_since": NOW if owned else None,
                "pooled_at": None if owned else NOW,
                "last_followup_at": NOW - timedelta(days=rng.randrange(300), seconds=i)
                if i % 2
                else None,
                "next_followup_at": NOW + timedelta(days=rng.randrange(30)) if i % 4 == 0 else None,
                "failed_attempts": 0,
                "deal_count": 0,
                "deal_total": Decimal(rng.choice(["0", "1234.50", "99999999.99"])),
                "open_payments": 0,
            }
        )
    return rows


def fill(session, team, n: int) -> None:
    rows = varied(n, team, random.Random(5))
    ids = list(
        session.scalars(insert(Customer).returning(Customer.id, sort_by_parameter_order=True), rows)
    )
    for cid, row in zip(ids, rows, strict=True):
        row["id"] = cid
    indexing.index_new(session.connection(), rows)
    session.commit()


@pytest.mark.slow
@pytest.mark.parametrize(("suffix", "n"), [(".xlsx", 10_000), (".csv", 2_000)])
def test_export_then_import_changes_nothing(session, team, tmp_path, suffix, n):
    fill(session, team, n)
    before = snapshot(session)

    exported = export_customers(session, tmp_path / f"all{suffix}")
    assert exported.rows == n
    report = import_customers(
        session,
        exported.path,
        team.manager,
        ImportOptions(on_duplicate="update"),
        now=NOW + timedelta(days=1),
    )
    assert (report.created, report.updated, report.rejected) == (0, 0, 0), report.problems[:5]
    assert report.skipped == n and not report.unknown_columns
    assert snapshot(session) == before
