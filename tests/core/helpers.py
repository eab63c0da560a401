"""What the rule tests share: a clock and a quick way to own a customer."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

from crmdesk.core.customers import create_customer

T0 = datetime(2026, 3, 2, 9, 0)
DAY = timedelta(days=1)
HOUR = timedelta(hours=1)
SECOND = timedelta(seconds=1)
names = itertools.count(1)  # unique company names across tests


def own(session, team, owner=None, *, at=T0, tier="C", pool=None) -> int:
    """A customer that `owner` (张三 unless said) has owned since `at`."""
    return create_customer(
        session,
        {"company": f"测试客户{next(names):05d}有限公司"},
        team.manager,
        owner_id=owner or team.zhang,
        pool_id=pool,
        tier=tier,
        now=at,
    )
