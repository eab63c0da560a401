"""Claim rules (领取规则) at their edges: the daily limit, the owned-customer cap, the
previous-owner and fresh-pool cooldowns, who is bound by them, and assignment capacity.

Every call passes an explicit `now=`; the rules' defaults are DESIGN.md's (20 claims a
day, 200 owned, 7 days before a customer may go back to the rep it left, 0 fresh hours).
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmdesk.core.customers import create_customer
from crmdesk.core.errors import (
    AlreadyOwned,
    CapacityReached,
    DailyClaimsReached,
    FreshPoolCooldown,
    InactiveRep,
    OwnedLimitReached,
    PermissionDenied,
    PreviousOwnerCooldown,
)
from crmdesk.core.lifecycle import (
    assign_customers,
    claim_customers,
    release_customers,
)
from crmdesk.core.models import ACTIVE, CLOSED, POOL, VOIDED, Customer, Rep, Transition
from crmdesk.core.pools import set_member, sweep, update_rules
from crmdesk.core.team import add_rep

DAY = datetime(2026, 3, 2)  # a Monday; pool customers are set up the day before
MORNING = DAY.replace(hour=9)
SETUP = DAY - timedelta(days=1)


# --- helpers -------------------------------------------------------------------------


def pool_customers(session: Session, pool_id: int, n: int, *, at: datetime = SETUP) -> list[int]:
    """n unowned customers sitting in a pool since `at`."""
    return _insert(session, n, pool_id=pool_id, status=POOL, owner_id=None, pooled_at=at)


def owned_customers(
    session: Session, pool_id: int, owner: int, n: int, *, status: str = ACTIVE, **fields
) -> list[int]:
    """n customers `owner` already has (active unless told), e.g. to fill a cap."""
    return _insert(
        session, n, pool_id=pool_id, status=status, owner_id=owner, owned_since=SETUP, **fields
    )


def _insert(session: Session, n: int, **fields) -> list[int]:
    rows = [
        Customer(company=f"客户{i:04d}", status_changed_at=SETUP, created_at=SETUP, **fields)
        for i in range(n)
    ]
    session.add_all(rows)
    session.commit()
    return [c.id for c in rows]


def owner_of(session: Session, cid: int) -> int | None:
    session.expire_all()
    return session.scalar(select(Customer.owner_id).where(Customer.id == cid))


def status_of(session: Session, cid: int) -> str:
    session.expire_all()
    return session.scalar(select(Customer.status).where(Customer.id == cid))


def claims_by(session: Session, rep: int) -> int:
    stmt = select(func.count()).where(Transition.action == "claim", Transition.actor_id == rep)
    return int(session.scalar(stmt) or 0)


def released_by_zhang(session: Session, team, at: datetime, *, pool: int | None = None) -> int:
    """A customer 张三 owned and gave back to the pool at `at`."""
    cid = create_customer(
        session, {"company": "苏州恒达机械"}, team.zhang, pool_id=pool, now=at - timedelta(days=3)
    )
    release_customers(session, [cid], "no_time", None, team.zhang, now=at)
    return cid


# --- daily claim limit ---------------------------------------------------------------


def test_the_twentieth_claim_of_a_day_is_allowed_and_the_twenty_first_refused(session, team):
    ids = pool_customers(session, team.default_pool, 21)
    claim_customers(session, ids[:19], team.zhang, now=MORNING)
    claim_customers(session, [ids[19]], team.zhang, now=MORNING.replace(hour=14))
    assert owner_of(session, ids[19]) == team.zhang

    with pytest.raises(DailyClaimsReached) as refused:
        claim_customers(session, [ids[20]], team.zhang, now=MORNING.replace(hour=16))
    assert refused.value.facts == {"limit": 20, "used": 20, "requested": 1}
    assert status_of(session, ids[20]) == POOL
    assert claims_by(session, team.zhang) == 20


def test_daily_limit_message_states_the_numbers(session, team):
    ids = pool_customers(session, team.default_pool, 22)
    claim_customers(session, ids[:17], team.zhang, now=MORNING)
    with pytest.raises(DailyClaimsReached) as refused:
        claim_customers(session, ids[17:], team.zhang, now=MORNING)
    assert refused.value.message("en") == (
        "Daily claim limit reached: 17 of 20 claimed today, 5 more asked."
    )
    assert refused.value.message("zh") == "已达每日领取上限：今天已领取 17/20 个，本次还要 5 个。"


def test_a_bulk_claim_that_would_pass_the_limit_claims_none(session, team):
    ids = pool_customers(session, team.default_pool, 21)
    claim_customers(session, ids[:15], team.zhang, now=MORNING)
    with pytest.raises(DailyClaimsReached) as refused:
        claim_customers(session, ids[15:], team.zhang, now=MORNING)
    assert refused.value.facts == {"limit": 20, "used": 15, "requested": 6}
    assert {status_of(session, c) for c in ids[15:]} == {POOL}
    claim_customers(session, ids[15:20], team.zhang, now=MORNING)  # 5 more fit exactly
    assert claims_by(session, team.zhang) == 20


@pytest.mark.parametrize(
    ("moment", "allowed"),
    [
        (DAY.replace(hour=23, minute=59), False),
        (DAY.replace(hour=23, minute=59, second=59), False),
        (DAY + timedelta(days=1), True),  # 00:00 the next day
        (DAY + timedelta(days=1, minutes=1), True),
    ],
    ids=["23:59", "23:59:59", "00:00", "00:01"],
)
def test_the_daily_limit_resets_at_midnight(session, team, moment, allowed):
    ids = pool_customers(session, team.default_pool, 21)
    claim_customers(session, ids[:20], team.zhang, now=DAY.replace(hour=23, minute=30))
    if allowed:
        claim_customers(session, [ids[20]], team.zhang, now=moment)
        assert owner_of(session, ids[20]) == team.zhang
    else:
        with pytest.raises(DailyClaimsReached):
            claim_customers(session, [ids[20]], team.zhang, now=moment)
        assert status_of(session, ids[20]) == POOL


def test_only_the_reps_own_claims_use_up_their_day(session, team):
    ids = pool_customers(session, team.default_pool, 41)
    claim_customers(session, ids[:20], team.wang, now=MORNING)  # someone else's claims
    assign_customers(session, ids[20:40], team.zhang, team.manager, now=MORNING)  # given
    mine = owned_customers(session, team.default_pool, team.zhang, 20)
    release_customers(session, mine, "no_time", None, team.zhang, now=MORNING)  # own moves
    claim_customers(session, [ids[40]], team.zhang, now=MORNING)
    assert owner_of(session, ids[40]) == team.zhang


def test_the_daily_limit_is_read_from_the_pools_rules(session, team):
    update_rules(session, team.default_pool, {"daily_claims": 3}, team.manager)
    ids = pool_customers(session, team.default_pool, 4)
    claim_customers(session, ids[:3], team.zhang, now=MORNING)
    with pytest.raises(DailyClaimsReached) as refused:
        claim_customers(session, [ids[3]], team.zhang, now=MORNING)
    assert refused.value.facts["limit"] == 3


# --- owned-customer cap --------------------------------------------------------------


def test_each_pool_counts_its_own_daily_claims(session, team):
    """Twenty claims from the default pool leave 张三's day in 华南公海 untouched."""
    claim_customers(session, pool_customers(session, team.default_pool, 20), team.zhang, now=DAY)
    south = pool_customers(session, team.south_pool, 2)
    claim_customers(session, south, team.zhang, now=DAY)
    assert [owner_of(session, cid) for cid in south] == [team.zhang, team.zhang]
    with pytest.raises(DailyClaimsReached):
        claim_customers(session, pool_customers(session, team.default_pool, 1), team.zhang, now=DAY)


def test_199_owned_plus_one_is_allowed_and_200_plus_one_refused(session, team):
    owned_customers(session, team.default_pool, team.zhang, 199)
    ids = pool_customers(session, team.default_pool, 2)
    claim_customers(session, [ids[0]], team.zhang, now=MORNING)
    assert owner_of(session, ids[0]) == team.zhang

    with pytest.raises(OwnedLimitReached) as refused:
        claim_customers(session, [ids[1]], team.zhang, now=MORNING)
    assert refused.value.facts == {"rep": "张三", "limit": 200, "owned": 200, "requested": 1}
    assert status_of(session, ids[1]) == POOL
    assert "200" in refused.value.message("en") and "张三" in refused.value.message("en")
    assert refused.value.message("zh") == (
        "张三 已拥有 200 个客户（上限 200），再加 1 个将超出上限。"
    )


def test_a_bulk_claim_past_the_owned_cap_claims_none(session, team):
    owned_customers(session, team.default_pool, team.zhang, 195)
    ids = pool_customers(session, team.default_pool, 6)
    with pytest.raises(OwnedLimitReached) as refused:
        claim_customers(session, ids, team.zhang, now=MORNING)
    assert (refused.value.facts["owned"], refused.value.facts["requested"]) == (195, 6)
    assert claims_by(session, team.zhang) == 0


def test_voided_and_closed_customers_do_not_count_toward_the_cap(session, team):
    owned_customers(session, team.default_pool, team.zhang, 199)
    owned_customers(session, team.default_pool, team.zhang, 5, status=VOIDED)
    owned_customers(session, team.default_pool, team.zhang, 5, status=CLOSED)
    [cid] = pool_customers(session, team.default_pool, 1)
    claim_customers(session, [cid], team.zhang, now=MORNING)
    assert owner_of(session, cid) == team.zhang


@pytest.mark.parametrize(
    ("rule", "special"),
    [("count_locked", {"locked": True}), ("count_dealt", {"deal_count": 2})],
    ids=["locked", "dealt"],
)
@pytest.mark.parametrize("counted", [True, False], ids=["counted", "not-counted"])
def test_locked_and_dealt_customers_count_as_the_rules_say(session, team, rule, special, counted):
    update_rules(session, team.default_pool, {rule: counted}, team.manager)
    owned_customers(session, team.default_pool, team.zhang, 199)
    owned_customers(session, team.default_pool, team.zhang, 1, **special)  # the 200th
    [cid] = pool_customers(session, team.default_pool, 1)
    if counted:
        with pytest.raises(OwnedLimitReached) as refused:
            claim_customers(session, [cid], team.zhang, now=MORNING)
        assert refused.value.facts["owned"] == 200
        assert status_of(session, cid) == POOL
    else:
        claim_customers(session, [cid], team.zhang, now=MORNING)
        assert owner_of(session, cid) == team.zhang


def test_the_owned_cap_is_read_from_the_pools_rules(session, team):
    update_rules(session, team.default_pool, {"max_owned": 2}, team.manager)
    owned_customers(session, team.default_pool, team.zhang, 2)
    [cid] = pool_customers(session, team.default_pool, 1)
    with pytest.raises(OwnedLimitReached) as refused:
        claim_customers(session, [cid], team.zhang, now=MORNING)
    assert refused.value.facts["limit"] == 2


# --- previous-owner cooldown ---------------------------------------------------------

LEFT = datetime(2026, 3, 2, 10, 0)


@pytest.mark.parametrize(
    ("after", "allowed"),
    [
        (timedelta(hours=1), False),
        (timedelta(days=7) - timedelta(seconds=1), False),
        (timedelta(days=7), True),
        (timedelta(days=8), True),
    ],
    ids=["1h", "7d-1s", "7d", "8d"],
)
def test_a_rep_cannot_claim_back_a_customer_that_left_them_for_7_days(
    session, team, after, allowed
):
    cid = released_by_zhang(session, team, LEFT)
    if allowed:
        claim_customers(session, [cid], team.zhang, now=LEFT + after)
        assert owner_of(session, cid) == team.zhang
    else:
        with pytest.raises(PreviousOwnerCooldown) as refused:
            claim_customers(session, [cid], team.zhang, now=LEFT + after)
        assert refused.value.facts["ends_at"] == LEFT + timedelta(days=7)
        assert refused.value.facts["customer_id"] == cid
        assert status_of(session, cid) == POOL


def test_previous_owner_cooldown_message_says_when(session, team):
    cid = released_by_zhang(session, team, LEFT)
    with pytest.raises(PreviousOwnerCooldown) as refused:
        claim_customers(session, [cid], team.zhang, now=LEFT + timedelta(days=2))
    assert "2026-03-09 10:00" in refused.value.message("en")
    assert "2026-03-09 10:00" in refused.value.message("zh")
    assert str(cid) in refused.value.message("zh")


@pytest.mark.parametrize(
    ("moment", "allowed"),
    [
        (datetime(2026, 3, 3, 0, 0), False),  # just past midnight after leaving
        (datetime(2026, 3, 9, 0, 0), False),  # seventh midnight: 7 dates, not 7 days
        (datetime(2026, 3, 9, 23, 29, 59), False),
        (datetime(2026, 3, 9, 23, 30), True),
    ],
    ids=["next-00:00", "day7-00:00", "day7-23:29:59", "day7-23:30"],
)
def test_the_cooldown_counts_hours_not_calendar_days(session, team, moment, allowed):
    cid = released_by_zhang(session, team, datetime(2026, 3, 2, 23, 30))
    if allowed:
        claim_customers(session, [cid], team.zhang, now=moment)
        assert owner_of(session, cid) == team.zhang
    else:
        with pytest.raises(PreviousOwnerCooldown):
            claim_customers(session, [cid], team.zhang, now=moment)


def test_a_different_rep_may_claim_at_once(session, team):
    cid = released_by_zhang(session, team, LEFT)
    claim_customers(session, [cid], team.wang, now=LEFT)
    assert owner_of(session, cid) == team.wang


def test_a_customer_reclaimed_by_the_rules_is_also_in_cooldown(session, team):
    cid = create_customer(session, {"company": "沉睡客户"}, team.zhang, now=LEFT)
    swept_at = LEFT + timedelta(days=31)
    assert sweep(session, now=swept_at).reclaimed == 1
    with pytest.raises(PreviousOwnerCooldown) as refused:
        claim_customers(session, [cid], team.zhang, now=swept_at + timedelta(days=1))
    assert refused.value.facts["ends_at"] == swept_at + timedelta(days=7)
    claim_customers(session, [cid], team.wang, now=swept_at + timedelta(days=1))
    assert owner_of(session, cid) == team.wang


def test_passing_a_customer_through_a_second_rep_keeps_the_first_reps_cooldown(session, team):
    """张三 releases, 王五 claims and releases at once: 张三 still waits his 7 days."""
    cid = released_by_zhang(session, team, LEFT)
    claim_customers(session, [cid], team.wang, now=LEFT + timedelta(hours=1))
    release_customers(session, [cid], "no_time", None, team.wang, now=LEFT + timedelta(hours=2))
    with pytest.raises(PreviousOwnerCooldown) as refused:
        claim_customers(session, [cid], team.zhang, now=LEFT + timedelta(days=1))
    assert refused.value.facts["ends_at"] == LEFT + timedelta(days=7)
    assert owner_of(session, cid) is None


def test_the_cooldown_length_is_read_from_the_pools_rules(session, team):
    update_rules(session, team.default_pool, {"reclaim_cooldown_days": 2}, team.manager)
    cid = released_by_zhang(session, team, LEFT)
    with pytest.raises(PreviousOwnerCooldown):
        claim_customers(session, [cid], team.zhang, now=LEFT + timedelta(days=2, seconds=-1))
    claim_customers(session, [cid], team.zhang, now=LEFT + timedelta(days=2))
    assert owner_of(session, cid) == team.zhang


def test_one_customer_in_cooldown_refuses_the_whole_claim(session, team):
    cid = released_by_zhang(session, team, LEFT)
    others = pool_customers(session, team.default_pool, 3)
    with pytest.raises(PreviousOwnerCooldown):
        claim_customers(session, [*others, cid], team.zhang, now=LEFT + timedelta(days=1))
    assert claims_by(session, team.zhang) == 0


# --- fresh-pool cooldown -------------------------------------------------------------


@pytest.mark.parametrize(
    ("after", "allowed"),
    [
        (timedelta(0), False),
        (timedelta(hours=24) - timedelta(seconds=1), False),
        (timedelta(hours=24), True),
    ],
    ids=["at-once", "24h-1s", "24h"],
)
def test_a_freshly_pooled_customer_waits_fresh_hours_for_anyone(session, team, after, allowed):
    update_rules(session, team.default_pool, {"fresh_hours": 24}, team.manager)
    cid = released_by_zhang(session, team, LEFT)
    if allowed:
        claim_customers(session, [cid], team.wang, now=LEFT + after)
        assert owner_of(session, cid) == team.wang
    else:
        with pytest.raises(FreshPoolCooldown) as refused:
            claim_customers(session, [cid], team.wang, now=LEFT + after)
        assert refused.value.facts["ends_at"] == LEFT + timedelta(hours=24)
        assert status_of(session, cid) == POOL


def test_fresh_pool_cooldown_message_says_when(session, team):
    update_rules(session, team.default_pool, {"fresh_hours": 6}, team.manager)
    [cid] = pool_customers(session, team.default_pool, 1, at=LEFT)
    with pytest.raises(FreshPoolCooldown) as refused:
        claim_customers(session, [cid], team.wang, now=LEFT + timedelta(hours=1))
    assert "2026-03-02 16:00" in refused.value.message("en")
    assert "2026-03-02 16:00" in refused.value.message("zh")


def test_fresh_hours_apply_per_pool(session, team):
    update_rules(session, team.south_pool, {"fresh_hours": 12}, team.li)
    [south] = pool_customers(session, team.south_pool, 1, at=LEFT)
    [default] = pool_customers(session, team.default_pool, 1, at=LEFT)
    claim_customers(session, [default], team.zhang, now=LEFT)
    with pytest.raises(FreshPoolCooldown):
        claim_customers(session, [south], team.zhang, now=LEFT)


# --- who is bound --------------------------------------------------------------------


def test_a_pool_admin_is_not_bound_in_their_pool(session, team):
    owned_customers(session, team.south_pool, team.li, 200)
    update_rules(session, team.south_pool, {"fresh_hours": 24}, team.li)
    ids = pool_customers(session, team.south_pool, 25, at=MORNING)
    claim_customers(session, ids, team.li, now=MORNING)  # 25 today, 225 owned, just pooled
    back = ids[0]
    release_customers(session, [back], "no_time", None, team.li, now=MORNING)
    claim_customers(session, [back], team.li, now=MORNING + timedelta(minutes=1))
    assert owner_of(session, back) == team.li


def test_a_pool_admin_is_bound_in_a_pool_they_only_belong_to(session, team):
    ids = pool_customers(session, team.default_pool, 21)
    claim_customers(session, ids[:20], team.li, now=MORNING)
    with pytest.raises(DailyClaimsReached):
        claim_customers(session, [ids[20]], team.li, now=MORNING)


def test_a_manager_is_not_bound(session, team):
    update_rules(session, team.default_pool, {"fresh_hours": 24}, team.manager)
    owned_customers(session, team.default_pool, team.manager, 200)
    ids = pool_customers(session, team.default_pool, 25, at=MORNING)
    claim_customers(session, ids, team.manager, now=MORNING)
    assert {owner_of(session, c) for c in ids} == {team.manager}


def test_a_rep_outside_the_pool_cannot_claim_from_it(session, team):
    [cid] = pool_customers(session, team.south_pool, 1)
    with pytest.raises(PermissionDenied) as refused:
        claim_customers(session, [cid], team.wang, now=MORNING)
    assert refused.value.facts["why"] == "not a member of the pool"
    assert "不是该公海成员" in refused.value.message("zh")
    assert status_of(session, cid) == POOL
    set_member(session, team.south_pool, team.wang, team.manager)
    claim_customers(session, [cid], team.wang, now=MORNING)
    assert owner_of(session, cid) == team.wang


def test_a_rep_removed_from_the_default_pool_cannot_claim_from_it(session, team):
    [cid] = pool_customers(session, team.default_pool, 1)
    set_member(session, team.default_pool, team.wang, team.manager, member=False)
    with pytest.raises(PermissionDenied):
        claim_customers(session, [cid], team.wang, now=MORNING)


def test_an_inactive_rep_cannot_claim(session, team):
    [cid] = pool_customers(session, team.default_pool, 1)
    session.execute(update(Rep).where(Rep.id == team.wang).values(active=False))
    session.commit()
    with pytest.raises(InactiveRep):
        claim_customers(session, [cid], team.wang, now=MORNING)
    assert status_of(session, cid) == POOL


# --- assignment: capacity and the current owner --------------------------------------


@pytest.fixture
def zhao(session, team) -> int:
    """A junior rep who can take at most 5 customers."""
    return add_rep(session, "赵六", capacity=5, actor=team.manager, now=SETUP)


def test_assign_fills_a_rep_to_capacity_and_no_further(session, team, zhao):
    owned_customers(session, team.default_pool, zhao, 4)
    ids = pool_customers(session, team.default_pool, 2)
    assign_customers(session, [ids[0]], zhao, team.manager, now=MORNING)
    assert owner_of(session, ids[0]) == zhao
    with pytest.raises(CapacityReached) as refused:
        assign_customers(session, [ids[1]], zhao, team.manager, now=MORNING)
    facts = refused.value.facts
    assert facts == {"rep": "赵六", "capacity": 5, "owned": 5, "requested": 1}
    assert refused.value.message("en") == (
        "赵六 has 5 customers and a capacity of 5; 1 more would pass it."
    )
    assert "容量 5" in refused.value.message("zh")
    assert status_of(session, ids[1]) == POOL


def test_a_bulk_assignment_past_capacity_assigns_none(session, team, zhao):
    owned_customers(session, team.default_pool, zhao, 3)
    ids = pool_customers(session, team.default_pool, 3)
    with pytest.raises(CapacityReached) as refused:
        assign_customers(session, ids, zhao, team.manager, now=MORNING)
    assert (refused.value.facts["owned"], refused.value.facts["requested"]) == (3, 3)
    assert {status_of(session, c) for c in ids} == {POOL}


def test_voided_customers_do_not_use_capacity(session, team, zhao):
    owned_customers(session, team.default_pool, zhao, 4)
    owned_customers(session, team.default_pool, zhao, 3, status=VOIDED)
    [cid] = pool_customers(session, team.default_pool, 1)
    assign_customers(session, [cid], zhao, team.manager, now=MORNING)
    assert owner_of(session, cid) == zhao


def test_assigning_to_the_current_owner_is_refused(session, team):
    cid = create_customer(session, {"company": "已有客户"}, team.zhang, now=SETUP)
    with pytest.raises(AlreadyOwned) as refused:
        assign_customers(session, [cid], team.zhang, team.manager, now=MORNING)
    assert "张三" in refused.value.message("en") and "张三" in refused.value.message("zh")
    history = session.scalar(select(func.count()).where(Transition.customer_id == cid))
    assert history == 1  # only its creation


def test_assignment_is_not_bound_by_claim_limits(session, team):
    ids = pool_customers(session, team.default_pool, 25, at=MORNING)
    update_rules(session, team.default_pool, {"fresh_hours": 24}, team.manager)
    assign_customers(session, ids, team.zhang, team.manager, now=MORNING)
    assert {owner_of(session, c) for c in ids} == {team.zhang}


def test_a_customer_created_for_someone_else_is_an_assignment(session, team, zhao):
    owned_customers(session, team.default_pool, zhao, 5)  # a full book: capacity 5
    with pytest.raises(CapacityReached):
        create_customer(session, {"company": "新建客户"}, team.manager, owner_id=zhao, now=DAY)
    session.execute(update(Rep).where(Rep.id == team.wang).values(active=False))
    session.commit()
    with pytest.raises(InactiveRep):
        create_customer(session, {"company": "新建客户"}, team.manager, owner_id=team.wang, now=DAY)
    assert session.scalar(select(func.count()).where(Customer.company == "新建客户")) == 0


def test_claim_allowance_counts_what_the_claim_checks(session, team):
    """The claim dialog shows these numbers; the claim refuses past them."""
    from crmdesk.core.customers import create_customer
    from crmdesk.core.lifecycle import claim_allowance, claim_customers
    from crmdesk.core.pools import update_rules

    update_rules(session, team.default_pool, {"daily_claims": 2}, team.manager)
    pooled = [
        create_customer(session, {"company": f"领取额度{i}"}, team.manager, to_pool=True)
        for i in range(3)
    ]
    claim_customers(session, pooled[:1], team.zhang)
    (mine,) = claim_allowance(session, team.zhang, [team.default_pool])
    assert (mine.admin, mine.left_today, mine.daily_claims, mine.owned) == (False, 1, 2, 1)
    (south,) = claim_allowance(session, team.li, [team.south_pool])
    assert south.admin  # 李四 administers 华南公海
