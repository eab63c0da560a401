"""Demo data is believable: counters match the records, and every rule fires somewhere."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import and_, case, func, select

from crmdesk.core.customers import create_customer
from crmdesk.core.demo import fill_demo
from crmdesk.core.errors import DemoRefused
from crmdesk.core.grading import grade
from crmdesk.core.models import (
    Complaint,
    Customer,
    Deal,
    FollowUp,
    Payment,
    Rep,
    Return,
    Transition,
)
from crmdesk.core.pools import sweep
from crmdesk.core.risk import refresh_warnings
from crmdesk.core.search import Filters, count
from crmdesk.core.stats import customer_stats
from crmdesk.core.team import add_rep

NOW = datetime(2026, 11, 23, 15, 0)
N = 2000


@pytest.fixture
def demo(session):
    fill_demo(session, N, seed=3, now=NOW)
    return session


def mismatches(session, counter, expected_expr, child, fk, where=True) -> int:
    """Customers whose stored counter differs from what their records say."""
    expected = (
        select(fk.label("cid"), expected_expr.label("value")).where(where).group_by(fk).subquery()
    )
    stmt = (
        select(func.count())
        .select_from(Customer)
        .outerjoin(expected, expected.c.cid == Customer.id)
        .where(func.coalesce(expected.c.value, 0) != func.coalesce(counter, 0))
    )
    return int(session.scalar(stmt))


def test_counters_agree_with_the_records(demo):
    s = demo
    assert mismatches(s, Customer.deal_count, func.count(), Deal, Deal.customer_id) == 0
    assert (
        mismatches(
            s,
            Customer.open_payments,
            func.count(),
            Payment,
            Payment.customer_id,
            Payment.paid_at.is_(None),
        )
        == 0
    )
    last_followup = (
        select(FollowUp.customer_id, func.max(FollowUp.at).label("at"))
        .group_by(FollowUp.customer_id)
        .subquery()
    )
    wrong = s.scalar(
        select(func.count())
        .select_from(Customer)
        .join(last_followup, last_followup.c.customer_id == Customer.id)
        .where(last_followup.c.at != Customer.last_followup_at)
    )
    assert wrong == 0
    last_deal = (
        select(Deal.customer_id, func.max(Deal.at).label("at"))
        .group_by(Deal.customer_id)
        .subquery()
    )
    assert (
        s.scalar(
            select(func.count())
            .select_from(Customer)
            .join(last_deal, last_deal.c.customer_id == Customer.id)
            .where(last_deal.c.at != Customer.last_deal_at)
        )
        == 0
    )
    assert s.scalar(select(func.count()).where(Customer.last_followup_at > NOW)) == 0


def test_every_status_and_every_rule_shows_up(demo):
    s = demo
    stats = customer_stats(s)
    assert stats["total"] == N
    assert set(stats["by_status"]) == {"active", "pool", "voided", "closed", "archived"}
    assert set(stats["by_pool"]) == {"公海", "华南公海"}
    preview = sweep(s, now=NOW, dry_run=True)
    assert preview.by_rule.get("no_followup", 0) > 0 and preview.by_rule.get("no_deal", 0) > 0
    assert preview.warned > 0 and len(preview.by_pool) == 2
    active = Customer.status == "active"
    assert s.scalar(select(func.count()).where(active, Customer.locked)) > 0
    assert s.scalar(select(func.count()).where(active, Customer.contract_end > NOW)) > 0
    assert s.scalar(select(func.count()).where(active, Customer.open_payments > 0)) > 0
    assert s.scalar(select(func.count()).where(Customer.failed_attempts >= 5)) > 0
    assert s.scalar(select(func.count()).where(Customer.credit_rating.in_(["C", "D"]))) > 0
    recent = Customer.left_owner_at > NOW - timedelta(days=7)
    assert s.scalar(select(func.count()).where(Customer.status == "pool", recent)) > 0
    no_contact = and_(
        Customer.email.is_(None) | ~Customer.email.contains("@"),
        Customer.phone.is_(None) | (func.length(Customer.phone) < 7),
    )
    assert s.scalar(select(func.count()).where(no_contact)) > 0
    angry = (
        select(Complaint.customer_id)
        .where(Complaint.at > NOW - timedelta(days=90))
        .group_by(Complaint.customer_id)
        .having(func.count() >= 3)
    )
    assert len(s.execute(angry).all()) > 0
    overdue = (
        select(Payment.customer_id)
        .where(Payment.paid_at.is_(None), Payment.due_at < NOW)
        .group_by(Payment.customer_id)
        .having(func.count() >= 2)
    )
    assert len(s.execute(overdue).all()) > 0
    returned = (
        select(Return.customer_id)
        .join(Customer, Customer.id == Return.customer_id)
        .where(Return.amount >= Customer.deal_total * 0.3)
    )
    assert len(s.execute(returned).all()) > 0
    same_phone = (
        select(Customer.phone)
        .where(Customer.phone.is_not(None))
        .group_by(Customer.phone)
        .having(func.count() > 1)
    )
    assert len(s.execute(same_phone).all()) > 0


def test_history_matches_where_each_customer_is(demo):
    last = (
        select(Transition.customer_id, func.max(Transition.id).label("id"))
        .group_by(Transition.customer_id)
        .subquery()
    )
    wrong = demo.scalar(
        select(func.count())
        .select_from(Customer)
        .join(last, last.c.customer_id == Customer.id)
        .join(Transition, Transition.id == last.c.id)
        .where(
            Transition.to_status
            != case((Transition.action == "lock", Customer.status), else_=Customer.status)
        )
    )
    assert wrong == 0
    assert demo.scalar(select(func.count(func.distinct(Transition.customer_id)))) == N


def test_the_same_seed_gives_the_same_demo(session):
    fill_demo(session, 300, seed=9, now=NOW)
    first = session.execute(select(Customer.company, Customer.phone).order_by(Customer.id)).all()
    fill_demo(session, 300, seed=9, now=NOW)
    again = session.execute(select(Customer.company, Customer.phone).order_by(Customer.id)).all()
    assert first == again and len(first) == 300


def test_a_demo_replaces_an_earlier_demo(session):
    fill_demo(session, 300, seed=1, now=NOW)
    fill_demo(session, 200, seed=2, now=NOW)
    assert customer_stats(session)["total"] == 200
    boss = session.scalar(select(Rep.id).where(Rep.name == "王经理"))
    cid = create_customer(session, {"company": "演示之后新建的客户"}, boss, now=NOW)
    assert cid > 200  # ids written by the demo are not handed out again


def test_a_database_with_real_customers_is_refused_untouched(session):
    boss = add_rep(session, "真实经理", role="manager")
    create_customer(session, {"company": "真实客户有限公司"}, boss)
    with pytest.raises(DemoRefused) as refused:
        fill_demo(session, 100, now=NOW)
    assert "1" in refused.value.message("en") and "演示" in refused.value.message("zh")
    session.rollback()
    assert customer_stats(session)["total"] == 1


def test_tiers_warnings_and_search_agree_with_the_rules(demo):
    """The demo's customers are graded, warned and indexed as the engine would do it."""
    s = demo
    assert grade(s, dry_run=True, now=NOW).moved == 0
    warned = s.scalar(select(func.count()).where(Customer.warning_flags != 0))
    assert warned
    refresh_warnings(s, now=NOW)
    assert s.scalar(select(func.count()).where(Customer.warning_flags != 0)) == warned
    for tier in ("A", "D"):
        want = s.scalar(select(func.count()).where(Customer.tier == tier))
        assert want and count(s, "有限", Filters(tier=tier)) == s.scalar(
            select(func.count()).where(Customer.tier == tier, Customer.company.contains("有限"))
        )
