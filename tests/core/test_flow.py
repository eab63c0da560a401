"""One customer's whole life, end to end, as a rep and a manager would see it."""

from datetime import datetime, timedelta

from sqlalchemy import select

from crmdesk.core.customers import create_customer
from crmdesk.core.lifecycle import (
    archive_customers,
    claim_customers,
    close_customers,
    reactivate_customers,
    release_customers,
    void_customers,
)
from crmdesk.core.models import Customer, Transition
from crmdesk.core.pools import sweep
from crmdesk.core.reasons import CLOSE_CHECKLIST

T0 = datetime(2026, 3, 2, 10, 0)


def test_a_customer_goes_round_the_lifecycle(session, team):
    cid = create_customer(session, {"company": "杭州云帆科技有限公司"}, team.zhang, now=T0)
    release_customers(session, [cid], "no_time", None, team.zhang, now=T0 + timedelta(days=1))
    claim_customers(session, [cid], team.wang, now=T0 + timedelta(days=2))
    sweep(session, now=T0 + timedelta(days=33))
    claim_customers(session, [cid], team.li, now=T0 + timedelta(days=34))
    void_customers(session, [cid], "other", "公司已注销", team.li, now=T0 + timedelta(days=35))
    reactivate_customers(
        session, [cid], "复核后恢复", team.li, to="active", now=T0 + timedelta(days=36)
    )
    close_customers(
        session, [cid], "market_change", None, CLOSE_CHECKLIST, team.li, now=T0 + timedelta(days=37)
    )
    archive_customers(session, [cid], team.manager, now=T0 + timedelta(days=38))

    history = session.execute(
        select(Transition.action, Transition.to_status)
        .where(Transition.customer_id == cid)
        .order_by(Transition.id)
    ).all()
    assert [a for a, _ in history] == [
        "create",
        "release",
        "claim",
        "reclaim",
        "claim",
        "void",
        "reactivate",
        "close",
        "archive",
    ]
    customer = session.get(Customer, cid)
    assert customer.status == "archived"
