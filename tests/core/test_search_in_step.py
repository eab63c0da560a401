"""Filtered search stays true after every kind of write.

On SQLite a search with filters reads the customers' filter values from tags in the
FTS5 index (core/indexing.py); a trigger notes customers whose values change, set-based
updates included, and their tags are rewritten before the commit. After each action a
user can take, every filter must find exactly the customers whose columns match.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, update

from crmdesk.core.activity import add_payment, record_complaint, record_deal
from crmdesk.core.customers import create_customer, update_customer
from crmdesk.core.distribution import distribute_customers
from crmdesk.core.duplicates import merge_customers
from crmdesk.core.grading import grade, set_tier_override
from crmdesk.core.lifecycle import (
    archive_customers,
    assign_customers,
    claim_customers,
    close_customers,
    reactivate_customers,
    release_customers,
    void_customers,
)
from crmdesk.core.models import STAGES, STATUSES, TIERS, WARNING_BITS, Customer, PoolMember
from crmdesk.core.pools import sweep
from crmdesk.core.reasons import CLOSE_CHECKLIST
from crmdesk.core.search import Filters, count, search

from .helpers import DAY, T0

REGIONS = ["浙江", "广东", "北京 朝阳"]  # a value with a space is still one filter
INDUSTRIES = ["制造", "软件"]


@pytest.fixture
def book(session, team):
    ids = []
    for i in range(12):
        fields = {
            "company": f"同步测试{i:02d}有限公司",
            "region": REGIONS[i % 3],
            "industry": INDUSTRIES[i % 2],
        }
        owner = (team.zhang, team.li, None)[i % 3]
        ids.append(
            create_customer(
                session, fields, team.manager, owner_id=owner, to_pool=owner is None, now=T0
            )
        )
    return ids


def expected(session, team, f: Filters) -> list[int]:
    """The customers whose columns match, read plainly from the table."""
    session.expire_all()
    found = []
    mine = None
    if f.visible_to is not None and f.visible_to != team.manager:
        mine = set(
            session.scalars(select(PoolMember.pool_id).where(PoolMember.rep_id == f.visible_to))
        )
    for c in session.scalars(select(Customer).order_by(Customer.id.desc())):
        if f.status and c.status not in f.status:
            continue
        if f.tier and c.tier not in f.tier:
            continue
        if f.stage and c.stage not in f.stage:
            continue
        if f.owner is not None and c.owner_id != (f.owner or None):
            continue
        if f.pool is not None and c.pool_id != f.pool:
            continue
        if f.region and c.region != f.region:
            continue
        if f.industry and c.industry != f.industry:
            continue
        if f.warning == "any" and not c.warning_flags:
            continue
        if f.warning not in (None, "any") and not c.warning_flags & WARNING_BITS[f.warning]:
            continue
        if mine is not None and not (
            c.owner_id == f.visible_to or (c.status == "pool" and c.pool_id in mine)
        ):
            continue
        found.append(c.id)
    return found


def every_filter(team) -> list[Filters]:
    reps = (team.manager, team.zhang, team.li, team.wang)
    return [
        *(Filters(status=s) for s in STATUSES),
        *(Filters(tier=t) for t in TIERS),
        *(Filters(stage=s) for s in STAGES),
        *(Filters(owner=r) for r in (0, *reps)),
        *(Filters(pool=p) for p in (team.default_pool, team.south_pool)),
        *(Filters(region=r) for r in REGIONS),
        *(Filters(industry=i) for i in INDUSTRIES),
        Filters(warning="any"),
        *(Filters(warning=w) for w in WARNING_BITS),
        *(Filters(visible_to=r) for r in reps),
        Filters(status=("active", "pool"), tier=("C", "D"), region="浙江"),
    ]


def check(session, team, step: str) -> None:
    for f in every_filter(team):
        want = expected(session, team, f)
        page = search(session, "", f, limit=1000)
        assert [r["id"] for r in page.rows] == want, (step, f)
        with_words = search(session, "同步 有限", f, limit=1000)
        assert [r["id"] for r in with_words.rows] == want, (step, f, "with words")
        assert count(session, "同步测试", f) == len(want), (step, f, "count")
        if session.get_bind().dialect.name == "sqlite" and f.visible_to != team.manager:
            assert page.plan == "fts"  # a manager's view has no filter: the plain list


def test_filters_follow_every_action(session, team, book):
    c = book
    check(session, team, "created")
    update_customer(session, c[0], {"region": "广东", "industry": "软件"},
                    team.manager, now=T0 + DAY)  # fmt: skip
    check(session, team, "edited")
    release_customers(session, [c[0]], "no_time", None, team.zhang, now=T0 + DAY)
    check(session, team, "released")
    claim_customers(session, [c[2]], team.li, now=T0 + 2 * DAY)
    check(session, team, "claimed")
    assign_customers(session, [c[5]], team.wang, team.manager, now=T0 + 2 * DAY)
    check(session, team, "assigned")
    void_customers(session, [c[3]], "invalid_info", None, team.manager, now=T0 + 3 * DAY)
    close_customers(session, [c[4]], "market_change", None, CLOSE_CHECKLIST, team.manager,
                    now=T0 + 3 * DAY)  # fmt: skip
    check(session, team, "voided and closed")
    archive_customers(session, [c[4]], team.manager, now=T0 + 4 * DAY)
    reactivate_customers(session, [c[3]], "找回来了", team.manager, now=T0 + 4 * DAY)
    check(session, team, "archived and reactivated")
    record_deal(session, c[6], team.zhang, Decimal("50000"), at=T0 + 4 * DAY, now=T0 + 4 * DAY)
    check(session, team, "a deal moves the stage")
    for day in (5, 6, 7):
        record_complaint(session, c[7], team.li, at=T0 + day * DAY, now=T0 + day * DAY)
    add_payment(session, c[9], team.zhang, Decimal("100"), T0)
    add_payment(session, c[9], team.zhang, Decimal("200"), T0)
    check(session, team, "warnings")
    grade(session, now=T0 + 200 * DAY)  # set-based: most customers fall to D
    check(session, team, "graded")
    set_tier_override(session, [c[1]], "A", "大客户", team.manager, now=T0 + 200 * DAY)
    check(session, team, "override")
    sweep(session, now=T0 + 400 * DAY)  # set-based reclaim into the pools
    check(session, team, "swept")
    merge_customers(session, [c[10], c[11]], c[10], team.manager, now=T0 + 400 * DAY)
    check(session, team, "merged")
    pooled = [r["id"] for r in search(session, "", Filters(status="pool")).rows]
    distribute_customers(session, pooled[:4], [team.zhang, team.li], "round_robin",
                         team.manager, now=T0 + 401 * DAY)  # fmt: skip
    check(session, team, "distributed")


def test_a_raw_update_is_caught_up_at_commit(session, team, book):
    """Whatever writes the table (a set-based update, a script), the commit retags."""
    session.execute(update(Customer).where(Customer.id == book[0]).values(tier="A"))
    session.execute(update(Customer).values(region="上海"))
    session.commit()
    assert [r["id"] for r in search(session, "", Filters(tier="A")).rows] == [book[0]]
    assert len(search(session, "", Filters(region="上海"), limit=50).rows) == len(book)
    assert search(session, "", Filters(region="浙江")).rows == []


def test_a_new_customer_in_a_transaction_is_found_by_its_filters(session, team):
    cid = create_customer(session, {"company": "新来的客户", "region": "浙江"}, team.manager,
                          to_pool=True, now=T0)  # fmt: skip
    assert [
        r["id"] for r in search(session, "新来", Filters(status="pool", region="浙江")).rows
    ] == [cid]
    assert search(session, "新来", Filters(status="active")).rows == []
