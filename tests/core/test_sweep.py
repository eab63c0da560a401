"""The reclaim sweep (回收规则): whom it takes back to the pool, when, and what it records.

Every time is explicit (`now=`). A customer's clock starts at the latest of: when its
owner got it, its last follow-up (or deal, for the deal rule), and the end of its last
contract. The sweep reclaims when that start lies *strictly* more than the period before
now: owned for exactly 30 days without a follow-up is kept, one second more and the
customer goes back to its pool.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import event, func, insert, select, update

from crmdesk.core import clock
from crmdesk.core.activity import add_payment, log_followup, mark_paid, record_deal
from crmdesk.core.customers import create_customer
from crmdesk.core.errors import InvalidValue, PermissionDenied, PreviousOwnerCooldown
from crmdesk.core.lifecycle import (
    claim_customers,
    lock_customers,
    reactivate_customers,
    release_customers,
    unlock_customers,
    void_customers,
)
from crmdesk.core.models import TIERS, Customer, Transition
from crmdesk.core.pools import (
    all_reclaim_rules,
    create_pool,
    days_left,
    deadline_order,
    reclaim_deadline,
    sweep,
    sweep_now,
    update_rules,
)
from crmdesk.core.search import matching_ids, search
from tests.core.helpers import DAY, HOUR, SECOND, T0, own


def customer(session, cid) -> Customer:
    session.expire_all()
    return session.get(Customer, cid)


def is_owned(session, cid) -> bool:
    return customer(session, cid).status == "active"


def reclaims(session, cid) -> list[Transition]:
    session.expire_all()
    return list(
        session.scalars(
            select(Transition)
            .where(Transition.customer_id == cid, Transition.action == "reclaim")
            .order_by(Transition.id)
        )
    )


def keep_in_touch(session, cid, rep, *, until, start=T0, every=20 * DAY) -> None:
    """Follow up every `every` days after `start`, up to `until`."""
    at = start + every
    while at <= until:
        log_followup(session, cid, rep, "call", "reached", at=at)
        at += every


# --- when the rules fire -------------------------------------------------------------


@pytest.mark.parametrize(
    ("owned_for", "reclaimed"),
    [
        (29 * DAY + timedelta(hours=23, minutes=59), False),
        (30 * DAY, False),  # exactly 30 days: the start is not before now - 30 days
        (30 * DAY + SECOND, True),
        (31 * DAY, True),
    ],
)
def test_thirty_days_without_a_followup_reclaims_only_after_the_full_period(
    session, team, owned_for, reclaimed
):
    cid = own(session, team)

    result = sweep(session, now=T0 + owned_for)

    assert result.reclaimed == int(reclaimed)
    assert is_owned(session, cid) is not reclaimed


def test_a_followup_restarts_the_thirty_days(session, team):
    cid = own(session, team)
    log_followup(session, cid, team.zhang, "call", "no_answer", at=T0 + 20 * DAY)

    assert sweep(session, now=T0 + 31 * DAY).reclaimed == 0
    assert sweep(session, now=T0 + 50 * DAY).reclaimed == 0
    assert is_owned(session, cid)

    result = sweep(session, now=T0 + 50 * DAY + SECOND)
    assert result.by_rule == {"no_followup": 1}
    assert not is_owned(session, cid)


def test_ninety_days_without_a_deal_reclaims_even_with_regular_followups(session, team):
    cid = own(session, team)
    keep_in_touch(session, cid, team.zhang, until=T0 + 90 * DAY)

    assert sweep(session, now=T0 + 90 * DAY).reclaimed == 0
    result = sweep(session, now=T0 + 90 * DAY + SECOND)

    assert result.by_rule == {"no_deal": 1}
    assert reclaims(session, cid)[0].reason_code == "reclaim_no_deal"


def test_a_deal_restarts_the_ninety_days(session, team):
    cid = own(session, team)
    record_deal(session, cid, team.zhang, Decimal("5000"), at=T0 + 60 * DAY)
    keep_in_touch(session, cid, team.zhang, until=T0 + 150 * DAY)

    assert sweep(session, now=T0 + 150 * DAY).reclaimed == 0
    assert is_owned(session, cid)
    assert sweep(session, now=T0 + 150 * DAY + SECOND).by_rule == {"no_deal": 1}


@pytest.mark.parametrize(("tier", "days"), [("A", 90), ("B", 30), ("C", 15), ("D", 30)])
def test_each_tier_has_its_own_followup_period(session, team, tier, days):
    update_rules(
        session,
        team.default_pool,
        {"tier_followup_days": {"A": 90, "B": 30, "C": 15}, "deal_days": 365},
        team.manager,
    )
    cid = own(session, team, tier=tier)

    assert sweep(session, now=T0 + days * DAY).reclaimed == 0
    assert is_owned(session, cid)
    assert sweep(session, now=T0 + days * DAY + SECOND).by_rule == {"no_followup": 1}


def test_one_sweep_applies_each_customers_tier_period(session, team):
    update_rules(
        session, team.default_pool, {"tier_followup_days": {"A": 90, "C": 15}}, team.manager
    )
    ids = {tier: own(session, team, tier=tier) for tier in TIERS}

    sweep(session, now=T0 + 16 * DAY)
    assert [t for t in TIERS if not is_owned(session, ids[t])] == ["C"]

    sweep(session, now=T0 + 31 * DAY)
    assert [t for t in TIERS if not is_owned(session, ids[t])] == ["B", "C", "D"]


def test_locked_customers_are_never_reclaimed_nor_warned(session, team):
    locked = own(session, team)
    idle = own(session, team)
    lock_customers(session, [locked], team.manager, now=T0 + DAY)

    assert sweep(session, now=T0 + 28 * DAY).warned == 1
    result = sweep(session, now=T0 + 365 * DAY)

    assert result.reclaimed == 1
    assert is_owned(session, locked)
    assert not is_owned(session, idle)
    assert customer(session, locked).reclaim_warned_at is None


def test_an_unlocked_customer_gets_a_full_period_before_reclaim(session, team):
    cid = own(session, team)
    lock_customers(session, [cid], team.manager, now=T0 + DAY)
    unlock_customers(session, [cid], team.manager, now=T0 + 200 * DAY)

    assert sweep(session, now=T0 + 200 * DAY + HOUR).reclaimed == 0
    assert sweep(session, now=T0 + 227 * DAY + HOUR).warned == 1
    assert sweep(session, now=T0 + 230 * DAY + HOUR).reclaimed == 1
    assert not is_owned(session, cid)


def test_voided_and_pooled_customers_are_left_alone(session, team):
    voided = own(session, team)
    void_customers(session, [voided], "other", "号码停机", team.zhang, now=T0 + DAY)
    pooled = create_customer(
        session, {"company": "公海里的客户"}, team.manager, to_pool=True, now=T0
    )

    assert sweep(session, now=T0 + 365 * DAY).reclaimed == 0
    assert customer(session, voided).status == "voided"
    assert customer(session, voided).owner_id == team.zhang
    assert customer(session, pooled).status == "pool"
    assert reclaims(session, voided) == reclaims(session, pooled) == []


@pytest.mark.parametrize("exempt", [True, False])
def test_customers_with_a_deal_are_exempt_only_when_the_pool_says_so(session, team, exempt):
    update_rules(session, team.default_pool, {"exempt_dealt": exempt}, team.manager)
    dealt = own(session, team)
    record_deal(session, dealt, team.zhang, Decimal("800"), at=T0 + DAY)
    plain = own(session, team)

    result = sweep(session, now=T0 + 200 * DAY)

    assert not is_owned(session, plain)
    assert is_owned(session, dealt) is exempt
    assert result.reclaimed == (1 if exempt else 2)


def test_a_running_contract_freezes_and_its_end_starts_a_full_period(session, team):
    cid = own(session, team)
    end = T0 + 200 * DAY
    record_deal(
        session,
        cid,
        team.zhang,
        Decimal("12000"),
        at=T0 + 10 * DAY,
        contract_start=T0 + 10 * DAY,
        contract_end=end,
    )

    # Both clocks ran out long ago, but the contract is still running.
    assert sweep(session, now=end - SECOND).reclaimed == 0
    assert sweep(session, now=end).reclaimed == 0
    assert sweep(session, now=end + 29 * DAY).reclaimed == 0
    assert sweep(session, now=end + 30 * DAY).reclaimed == 0
    assert is_owned(session, cid)

    assert sweep(session, now=end + 30 * DAY + SECOND).by_rule == {"no_followup": 1}
    assert not is_owned(session, cid)


def test_without_the_contract_freeze_a_running_contract_does_not_protect(session, team):
    update_rules(session, team.default_pool, {"freeze_on_contract": False}, team.manager)
    cid = own(session, team)
    record_deal(
        session, cid, team.zhang, Decimal("12000"), at=T0 + DAY, contract_end=T0 + 200 * DAY
    )

    assert sweep(session, now=T0 + 30 * DAY + SECOND).reclaimed == 1
    assert not is_owned(session, cid)


def test_an_unpaid_payment_freezes_the_countdown_until_every_payment_is_paid(session, team):
    cid = own(session, team)
    first = add_payment(session, cid, team.zhang, Decimal("3000"), T0 + 30 * DAY)
    second = add_payment(session, cid, team.zhang, Decimal("3000"), T0 + 60 * DAY)

    assert sweep(session, now=T0 + 100 * DAY).reclaimed == 0
    mark_paid(session, first, team.zhang, paid_at=T0 + 100 * DAY)
    assert sweep(session, now=T0 + 101 * DAY).reclaimed == 0  # one is still owed
    assert is_owned(session, cid)

    mark_paid(session, second, team.zhang, paid_at=T0 + 140 * DAY)
    assert sweep(session, now=T0 + 175 * DAY).reclaimed == 1
    assert not is_owned(session, cid)


def test_when_the_last_payment_is_paid_the_owner_gets_a_full_period(session, team):
    cid = own(session, team)
    payment = add_payment(session, cid, team.zhang, Decimal("3000"), T0 + 30 * DAY)
    mark_paid(session, payment, team.zhang, paid_at=T0 + 100 * DAY)

    assert sweep(session, now=T0 + 100 * DAY + HOUR).reclaimed == 0


def test_without_the_payment_freeze_an_unpaid_payment_does_not_protect(session, team):
    update_rules(session, team.default_pool, {"freeze_on_payment": False}, team.manager)
    cid = own(session, team)
    add_payment(session, cid, team.zhang, Decimal("3000"), T0 + 30 * DAY)

    assert sweep(session, now=T0 + 31 * DAY).reclaimed == 1
    assert not is_owned(session, cid)


def test_a_pool_with_reclaim_switched_off_keeps_and_warns_nobody(session, team):
    update_rules(session, team.default_pool, {"reclaim_enabled": False}, team.manager)
    cid = own(session, team)

    near = sweep(session, now=T0 + 28 * DAY)
    late = sweep(session, now=T0 + 365 * DAY)

    assert (near.warned, late.reclaimed) == (0, 0)
    assert is_owned(session, cid)

    update_rules(session, team.default_pool, {"reclaim_enabled": True}, team.manager)
    assert sweep(session, now=T0 + 365 * DAY).reclaimed == 1


def test_a_freshly_claimed_customer_gets_a_full_period_from_the_claim(session, team):
    cid = own(session, team)
    log_followup(session, cid, team.zhang, "call", "reached", at=T0 + DAY)
    record_deal(
        session, cid, team.zhang, Decimal("900"), at=T0 + 2 * DAY, contract_end=T0 + 5 * DAY
    )
    release_customers(session, [cid], "no_time", None, team.zhang, now=T0 + 10 * DAY)
    claimed = T0 + 200 * DAY
    claim_customers(session, [cid], team.wang, now=claimed)

    assert sweep(session, now=claimed + 30 * DAY).reclaimed == 0
    assert customer(session, cid).owner_id == team.wang

    assert sweep(session, now=claimed + 30 * DAY + SECOND).reclaimed == 1
    assert reclaims(session, cid)[-1].from_owner_id == team.wang


# --- what a reclaim does -------------------------------------------------------------


def test_a_reclaim_returns_the_customer_to_its_pool_and_records_who_lost_it(session, team):
    cid = own(session, team, team.li)
    at = T0 + 31 * DAY

    result = sweep(session, now=at)

    c = customer(session, cid)
    assert (c.status, c.owner_id, c.owned_since, c.pool_id) == (
        "pool",
        None,
        None,
        team.default_pool,
    )
    assert (c.previous_owner_id, c.left_owner_at, c.pooled_at) == (team.li, at, at)
    assert c.status_reason == "reclaim_no_followup"
    (t,) = reclaims(session, cid)
    assert (t.from_status, t.to_status, t.from_owner_id, t.to_owner_id) == (
        "active",
        "pool",
        team.li,
        None,
    )
    assert t.actor_id is None  # the system, not a person
    assert (t.reason_code, t.pool_id, t.at) == ("reclaim_no_followup", team.default_pool, at)
    assert (result.reclaimed, result.warned) == (1, 0)  # overdue: reclaimed, not warned
    assert result.by_rule == {"no_followup": 1}
    assert result.by_pool == {team.default_pool: 1}
    # The one who lost it cannot claim it straight back (7-day cooldown).
    with pytest.raises(PreviousOwnerCooldown):
        claim_customers(session, [cid], team.li, now=at + DAY)


def _mixed_set(session, team, now):
    """Three due for a follow-up (one in 华南公海), one for a deal, one close, one fine."""
    ids = {
        "idle_1": own(session, team),
        "idle_2": own(session, team, team.wang),
        "idle_south": own(session, team, team.li, pool=team.south_pool),
        "no_deal": own(session, team),
        "near": own(session, team, at=now - 28 * DAY),
        "fine": own(session, team, at=now - 5 * DAY),
    }
    keep_in_touch(session, ids["no_deal"], team.zhang, until=now)
    return ids


def test_the_result_counts_by_rule_and_pool_and_a_second_sweep_does_nothing(session, team):
    now = T0 + 100 * DAY
    ids = _mixed_set(session, team, now)

    result = sweep(session, now=now)

    assert (result.reclaimed, result.warned) == (4, 1)
    assert result.by_rule == {"no_followup": 3, "no_deal": 1}
    assert result.by_pool == {team.default_pool: 3, team.south_pool: 1}
    assert is_owned(session, ids["near"]) and is_owned(session, ids["fine"])
    history = session.scalar(select(func.count()).select_from(Transition))

    again = sweep(session, now=now)

    assert (again.reclaimed, again.warned, again.by_rule, again.by_pool) == (0, 0, {}, {})
    assert session.scalar(select(func.count()).select_from(Transition)) == history


# --- warnings ------------------------------------------------------------------------


def test_owners_are_warned_three_days_before_once_and_again_after_a_followup(session, team):
    cid = own(session, team)

    assert sweep(session, now=T0 + 27 * DAY).warned == 0  # exactly 3 days left
    first = sweep(session, now=T0 + 27 * DAY + SECOND)
    assert (first.warned, first.reclaimed) == (1, 0)
    assert customer(session, cid).reclaim_warned_at == T0 + 27 * DAY + SECOND
    assert sweep(session, now=T0 + 27 * DAY + HOUR).warned == 0  # the next hourly sweep
    assert sweep(session, now=T0 + 29 * DAY).warned == 0

    log_followup(session, cid, team.zhang, "visit", "reached", at=T0 + 29 * DAY + HOUR)
    assert customer(session, cid).reclaim_warned_at is None
    assert sweep(session, now=T0 + 30 * DAY + SECOND).reclaimed == 0
    assert sweep(session, now=T0 + 56 * DAY + HOUR).warned == 0
    assert sweep(session, now=T0 + 56 * DAY + 2 * HOUR).warned == 1  # 3 days left again
    assert sweep(session, now=T0 + 59 * DAY + 2 * HOUR).reclaimed == 1


def test_the_warning_period_is_the_pools_warn_days(session, team):
    update_rules(session, team.default_pool, {"warn_days": 7}, team.manager)
    own(session, team)

    assert sweep(session, now=T0 + 23 * DAY).warned == 0
    assert sweep(session, now=T0 + 23 * DAY + SECOND).warned == 1


def test_owners_are_warned_before_a_reclaim_for_lack_of_a_deal(session, team):
    cid = own(session, team)
    keep_in_touch(session, cid, team.zhang, until=T0 + 80 * DAY)

    assert sweep(session, now=T0 + 87 * DAY).warned == 0
    assert sweep(session, now=T0 + 87 * DAY + SECOND).warned == 1


def test_an_owner_is_warned_before_every_reclaim(session, team):
    cid = own(session, team)
    keep_in_touch(session, cid, team.zhang, until=T0 + 80 * DAY)
    assert sweep(session, now=T0 + 87 * DAY + SECOND).warned == 1  # no deal for 87 days
    record_deal(session, cid, team.zhang, Decimal("5000"), at=T0 + 88 * DAY)
    # The last follow-up was on day 80: the follow-up rule fires after day 110.

    assert sweep(session, now=T0 + 107 * DAY + SECOND).warned == 1


# --- dry run -------------------------------------------------------------------------


def _snapshot(session):
    session.expire_all()
    customers = session.execute(select(Customer.__table__).order_by(Customer.id)).all()
    history = session.execute(select(Transition.__table__).order_by(Transition.id)).all()
    return customers, history


def test_a_dry_run_reports_what_the_sweep_then_does_and_changes_nothing(session, team):
    now = T0 + 100 * DAY
    _mixed_set(session, team, now)
    before = _snapshot(session)

    dry = sweep(session, now=now, dry_run=True)

    assert _snapshot(session) == before
    real = sweep(session, now=now)
    assert dry.dry_run and not real.dry_run
    assert (dry.reclaimed, dry.warned) == (real.reclaimed, real.warned) == (4, 1)
    assert dry.by_rule == real.by_rule
    assert dry.by_pool == real.by_pool


# --- several pools -------------------------------------------------------------------


def test_each_pool_applies_its_own_rules_to_its_own_customers(session, team):
    north = create_pool(session, "华北公海", team.manager, {"followup_days": 60, "deal_days": 365})
    update_rules(
        session,
        team.south_pool,
        {"followup_days": 10, "tier_followup_days": {"A": 20}},
        team.manager,
    )
    home = own(session, team)
    south = own(session, team, team.li, pool=team.south_pool)
    south_a = own(session, team, team.li, pool=team.south_pool, tier="A")
    northern = own(session, team, team.wang, pool=north)

    first = sweep(session, now=T0 + 10 * DAY + SECOND)
    assert first.by_pool == {team.south_pool: 1}
    assert not is_owned(session, south)

    assert sweep(session, now=T0 + 20 * DAY + SECOND).by_pool == {team.south_pool: 1}
    assert not is_owned(session, south_a)

    assert sweep(session, now=T0 + 30 * DAY + SECOND).by_pool == {team.default_pool: 1}
    assert not is_owned(session, home)
    assert is_owned(session, northern)

    assert sweep(session, now=T0 + 60 * DAY + SECOND).by_pool == {north: 1}
    assert reclaims(session, northern)[0].pool_id == north


def test_a_customer_moved_to_another_pool_follows_that_pools_rules(session, team):
    update_rules(session, team.south_pool, {"followup_days": 10}, team.manager)
    cid = own(session, team)
    release_customers(session, [cid], "no_time", None, team.zhang, pool_id=team.south_pool, now=T0)
    claim_customers(session, [cid], team.li, now=T0 + HOUR)

    assert sweep(session, now=T0 + 10 * DAY + 2 * HOUR).by_pool == {team.south_pool: 1}
    assert customer(session, cid).pool_id == team.south_pool


def test_switching_one_pool_off_leaves_the_others_running(session, team):
    update_rules(session, team.default_pool, {"reclaim_enabled": False}, team.manager)
    home = own(session, team)
    south = own(session, team, team.li, pool=team.south_pool)

    result = sweep(session, now=T0 + 100 * DAY)

    assert result.by_pool == {team.south_pool: 1}
    assert is_owned(session, home)
    assert not is_owned(session, south)


# --- the Python twin (days left) agrees with the SQL ---------------------------------

PROBE = datetime(2026, 7, 1, 12, 0)
BOUNDARY_DAYS = [2, 4, 5, 7, 10, 12, 15, 17, 20, 25, 27, 28, 30, 55, 57, 60, 85, 87, 90]
JITTER = [-SECOND, timedelta(0), timedelta(0), SECOND]
FUTURE = [timedelta(0), SECOND, DAY, 2 * DAY, 4 * DAY, 40 * DAY]  # contract end - now


def _ago(rng: random.Random) -> datetime:
    days = rng.choice(BOUNDARY_DAYS) if rng.random() < 0.6 else rng.randrange(0, 130)
    return min(PROBE, PROBE - days * DAY + rng.choice(JITTER))


def _row(n: int, pool: int, owner: int | None, tier: str, **fields) -> dict:
    return {
        "company": f"随机客户{n:05d}",
        "pool_id": pool,
        "status": "active" if owner else "pool",
        "status_changed_at": PROBE - 200 * DAY,
        "created_at": PROBE - 200 * DAY,
        "tier": tier,
        "owner_id": owner,
        "owned_since": None,
        "pooled_at": None if owner else PROBE - 10 * DAY,
        **fields,
    }


def _random_customer(rng: random.Random, pool: int, owners: list[int], n: int) -> dict:
    status = rng.choices(["active", "pool", "voided", "closed"], weights=[85, 5, 5, 5])[0]
    owner = None if status == "pool" else rng.choice(owners)
    last_deal = _ago(rng) if rng.random() < 0.5 else None
    ends = [None, _ago(rng), PROBE + rng.choice(FUTURE)]
    return _row(
        n,
        pool,
        owner,
        rng.choice(TIERS),
        status=status,
        owned_since=_ago(rng) if owner else None,
        locked=rng.random() < 0.1,
        last_followup_at=_ago(rng) if rng.random() < 0.7 else None,
        last_deal_at=last_deal,
        deal_count=rng.randint(1, 3) if last_deal else 0,
        contract_end=rng.choices(ends, weights=[50, 30, 20])[0],
        open_payments=rng.choices([0, 1, 2], weights=[70, 20, 10])[0],
    )


def _edge_customers(rules: list, owner: int, n: int) -> list[dict]:
    """Per pool and tier: due a second ago, due exactly now, either side of the warning
    edge, and at the end of a contract."""
    rows = []
    for r in rules:
        for tier in TIERS:
            period = r.followup_days_for(tier) * DAY
            warn = r.warn_days * DAY
            ages = (period + SECOND, period, period - warn, period - warn + SECOND)
            rows += [
                _row(n + len(rows) + i, r.pool_id, owner, tier, owned_since=PROBE - age)
                for i, age in enumerate(ages)
                if age >= timedelta(0)
            ]
            # A contract that ended this very moment, and one still running a second more.
            rows += [
                _row(n + len(rows), r.pool_id, owner, tier, owned_since=T0, contract_end=end)
                for end in (PROBE, PROBE + SECOND)
            ]
    return rows


def _four_pools(session, team) -> list[int]:
    """The default pool with tier periods, two pools with rules of their own and one
    that never reclaims."""
    update_rules(
        session,
        team.default_pool,
        {"tier_followup_days": {"A": 90, "B": 30, "C": 15}},
        team.manager,
    )
    update_rules(
        session,
        team.south_pool,
        {
            "followup_days": 20,
            "deal_days": 60,
            "exempt_dealt": True,
            "freeze_on_contract": False,
            "warn_days": 5,
        },
        team.manager,
    )
    north = create_pool(
        session,
        "华北公海",
        team.manager,
        {
            "followup_days": 7,
            "deal_days": 30,
            "tier_followup_days": {"D": 2},
            "freeze_on_payment": False,
            "warn_days": 5,
        },
    )
    off = create_pool(session, "停用公海", team.manager, {"reclaim_enabled": False})
    return [team.default_pool, team.south_pool, north, off]


def test_days_left_and_the_sweep_agree_on_every_customer(session, team):
    pools = _four_pools(session, team)
    rng = random.Random(20260701)
    owners = [team.zhang, team.li, team.wang]
    rows = [_random_customer(rng, pools[n % 4], owners, n) for n in range(1600)]
    rows += _edge_customers(all_reclaim_rules(session), team.wang, len(rows))
    session.execute(insert(Customer), rows)
    session.commit()

    rules = {r.pool_id: r for r in all_reclaim_rules(session)}
    deadlines, reasons, shown, pooled = {}, {}, {}, set()
    for c in session.scalars(select(Customer)):
        if c.status == "pool":
            pooled.add(c.id)
        r = rules[c.pool_id]
        deadlines[c.id] = (reclaim_deadline(c, r, PROBE), r.warn_days)
        shown[c.id] = days_left(c, r, PROBE)
        followup_only = reclaim_deadline(c, replace(r, deal_days=100_000), PROBE)
        reasons[c.id] = (
            "reclaim_no_followup"
            if followup_only is not None and followup_only < PROBE
            else "reclaim_no_deal"
        )
    due = {cid for cid, (d, _) in deadlines.items() if d is not None and d < PROBE}
    close = {
        cid
        for cid, (d, warn) in deadlines.items()
        if d is not None and PROBE <= d < PROBE + warn * DAY
    }
    assert len(due) > 100 and len(close) > 20 and len(deadlines) - len(due) > 100

    dry = sweep(session, now=PROBE, dry_run=True)
    result = sweep(session, now=PROBE)

    session.expire_all()
    after = {
        c.id: (c.status, c.status_reason, c.reclaim_warned_at)
        for c in session.scalars(select(Customer))
    }
    assert {cid for cid, (status, _, _) in after.items() if status == "pool"} - pooled == due
    assert {cid for cid, (_, _, warned) in after.items() if warned is not None} == close
    assert {cid: after[cid][1] for cid in due} == {cid: reasons[cid] for cid in due}
    assert (result.reclaimed, result.warned) == (len(due), len(close))
    assert (dry.reclaimed, dry.warned, dry.by_rule) == (
        result.reclaimed,
        result.warned,
        result.by_rule,
    )
    # The list column says the same: due customers show 0 days, warned ones < warn_days.
    assert all(shown[cid] == 0 for cid in due)
    assert all(shown[cid] < deadlines[cid][1] for cid in close)


def test_the_lists_deadline_in_sql_is_reclaim_deadline(session, team):
    """Sorting by days left orders by the SQL twin of reclaim_deadline: the same moment
    for every customer, none for those the rules cannot reclaim now (sorted last)."""
    pools = _four_pools(session, team)
    rng = random.Random(20261204)
    owners = [team.zhang, team.li, team.wang]
    rows = [_random_customer(rng, pools[n % 4], owners, n) for n in range(600)]
    rows += _edge_customers(all_reclaim_rules(session), team.wang, len(rows))
    session.execute(insert(Customer), rows)
    session.commit()
    rules = {r.pool_id: r for r in all_reclaim_rules(session)}
    deadline = {
        c.id: reclaim_deadline(c, rules[c.pool_id], PROBE)
        for c in session.scalars(select(Customer))
    }
    assert sum(d is None for d in deadline.values()) > 100
    assert len({d for d in deadline.values() if d is not None}) > 100

    expr = deadline_order(session, PROBE)
    in_sql = dict(session.execute(select(Customer.id, expr)).tuples().all())
    assert {cid for cid, v in in_sql.items() if v is None} == {
        cid for cid, d in deadline.items() if d is None
    }
    # the same moment, on julianday's scale or the epoch's: a constant offset in days
    offsets = {
        round(float(in_sql[cid]) - (d - PROBE).total_seconds() / 86400, 6)
        for cid, d in deadline.items()
        if d is not None
    }
    assert len(offsets) == 1

    for descending in (False, True):
        order = list(matching_ids(session, "", sort="days_left", descending=descending, now=PROBE))
        assert sorted(order) == sorted(deadline)
        dated = [deadline[cid] for cid in order if deadline[cid] is not None]
        assert dated == sorted(dated, reverse=descending)
        assert all(deadline[cid] is None for cid in order[len(dated) :])
        left = {
            c.id: days_left(c, rules[c.pool_id], PROBE) for c in session.scalars(select(Customer))
        }
        shown = [left[cid] for cid in order if left[cid] is not None]
        assert shown == sorted(shown, reverse=descending)
        page = search(session, "", sort="days_left", descending=descending, limit=50, now=PROBE)
        assert [r["id"] for r in page.rows] == order[:50]


# --- many customers ------------------------------------------------------------------


def test_a_sweep_of_thousands_of_customers_is_a_handful_of_statements(db, session, team):
    now = T0 + 100 * DAY
    owners = [team.zhang, team.li, team.wang]
    kinds = ["idle", "recent", "locked", "near"]
    since = {"idle": T0, "recent": now - 5 * DAY, "locked": T0, "near": now - 28 * DAY}
    rows = [
        {
            "company": f"批量客户{n:05d}",
            "pool_id": team.default_pool,
            "status": "active",
            "status_changed_at": T0,
            "created_at": T0,
            "owner_id": owners[n % 3],
            "owned_since": since[kinds[n % 4]],
            "locked": kinds[n % 4] == "locked",
        }
        for n in range(5000)
    ]
    session.execute(insert(Customer), rows)
    session.commit()
    statements = []

    def count(conn, cursor, statement, *args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    result = sweep(session, now=now)
    event.remove(db.engine, "before_cursor_execute", count)

    assert (result.reclaimed, result.warned) == (1250, 1250)
    assert len(statements) <= 20, f"{len(statements)} statements for 5000 customers"
    session.expire_all()
    by_status = dict(
        session.execute(select(Customer.status, func.count()).group_by(Customer.status)).all()
    )
    assert by_status == {"pool": 1250, "active": 3750}
    history = session.execute(
        select(Transition.actor_id, Transition.reason_code, func.count())
        .where(Transition.action == "reclaim")
        .group_by(Transition.actor_id, Transition.reason_code)
    ).all()
    assert history == [(None, "reclaim_no_followup", 1250)]
    lost = session.execute(
        select(Transition.from_owner_id, func.count())
        .where(Transition.action == "reclaim")
        .group_by(Transition.from_owner_id)
        .order_by(Transition.from_owner_id)
    ).all()
    assert sum(n for _, n in lost) == 1250 and {o for o, _ in lost} == set(owners)
    warned = session.scalar(
        select(func.count()).where(Customer.reclaim_warned_at == now, Customer.status == "active")
    )
    assert warned == 1250
    assert sweep(session, now=now).reclaimed == 0


def test_voiding_and_restoring_does_not_restart_a_reps_clock(session, team):
    """A rep who voids and restores a customer on day 29 still loses it on day 31."""
    cid = own(session, team)
    void_customers(session, [cid], "invalid_info", None, team.zhang, now=T0 + 29 * DAY)
    reactivate_customers(
        session, [cid], "误操作，恢复", team.zhang, to="active", now=T0 + 29 * DAY + HOUR
    )
    assert sweep(session, now=T0 + 31 * DAY).reclaimed == 1
    assert not is_owned(session, cid)


def test_a_dry_run_does_not_wait_for_another_desks_write(db, session, team):
    own(session, team)
    other_desk = db.engine.connect().execution_options(crmdesk_write=True)
    other_desk.begin()
    other_desk.execute(update(Customer).values(notes="另一台电脑正在写"))
    try:
        started = time.perf_counter()
        preview = sweep(session, now=T0 + 40 * DAY, dry_run=True)
        assert time.perf_counter() - started < 5
        assert preview.reclaimed == 1
    finally:
        other_desk.rollback()
        other_desk.close()


def test_a_follow_up_or_deal_dated_in_the_future_is_refused(session, team):
    """Otherwise a typo (2099) would keep the customer out of reclaim for decades."""
    cid = own(session, team)
    today = T0 + 10 * DAY
    with pytest.raises(InvalidValue):
        log_followup(session, cid, team.zhang, "call", "reached", at=T0 + 3000 * DAY, now=today)
    with pytest.raises(InvalidValue):
        record_deal(session, cid, team.zhang, Decimal("100"), at=T0 + 3000 * DAY, now=today)
    log_followup(
        session, cid, team.zhang, "call", "reached", at=today + 30 * 60 * SECOND, now=today
    )  # a desk clock half an hour fast is fine
    assert customer(session, cid).deal_count == 0
    assert sweep(session, now=today + 31 * DAY).reclaimed == 1


# --- on a person's word ------------------------------------------------------------------


def test_reclaim_now_sweeps_the_pool_its_admin_asks_for_and_names_them(session, team):
    long_ago = clock.now() - 40 * DAY
    south = own(session, team, team.li, at=long_ago, pool=team.south_pool)
    default = own(session, team, at=long_ago)

    with pytest.raises(PermissionDenied):
        sweep_now(session, team.li, team.default_pool)  # 李四 keeps 华南公海 only
    with pytest.raises(PermissionDenied):
        sweep_now(session, team.li)  # every pool is the managers' to sweep
    with pytest.raises(PermissionDenied):
        sweep_now(session, team.zhang, team.south_pool)
    assert is_owned(session, south) and is_owned(session, default)

    result = sweep_now(session, team.li, team.south_pool)

    assert (result.reclaimed, result.by_pool) == (1, {team.south_pool: 1})
    assert not is_owned(session, south) and is_owned(session, default)
    assert [t.actor_id for t in reclaims(session, south)] == [team.li]
    assert sweep_now(session, team.manager).reclaimed == 1
    assert not is_owned(session, default)
