"""Pool rules as a pool admin edits them, the preview of a change, days left, and the
masking of contacts in pool lists."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crmdesk.core.activity import add_payment, log_followup, record_deal
from crmdesk.core.customers import create_customer
from crmdesk.core.errors import InvalidValue, NotFound, PermissionDenied
from crmdesk.core.lifecycle import claim_customers, lock_customers
from crmdesk.core.models import Customer, PoolRules, Transition
from crmdesk.core.pools import (
    ReclaimRules,
    days_left,
    mask_contacts,
    mask_email,
    mask_phone,
    pool_listing,
    preview_rules,
    reclaim_deadline,
    sweep,
    update_rules,
)
from tests.core.helpers import DAY, HOUR, T0, names, own


def pooled(session, team, *, phone="13800138000", email="zhangsan@example.com", pool=None):
    return create_customer(
        session,
        {"company": f"公海客户{next(names):05d}", "phone": phone, "email": email},
        team.manager,
        to_pool=True,
        pool_id=pool,
        now=T0,
    )


def stored_rules(session, pool_id) -> dict:
    session.expire_all()
    row = session.get(PoolRules, pool_id)
    return {c.name: getattr(row, c.name) for c in PoolRules.__table__.columns}


def statuses(session, ids) -> list[str]:
    session.expire_all()
    return [session.get(Customer, cid).status for cid in ids]


def reclaim_count(session) -> int:
    return session.scalar(select(func.count()).where(Transition.action == "reclaim"))


# --- preview of a rule change --------------------------------------------------------


def test_a_preview_counts_what_the_change_would_do_now_and_saves_nothing(session, team):
    now = T0 + 30 * DAY
    ids = [own(session, team, at=now - d * DAY) for d in (5, 8, 12, 15, 19)]
    before = stored_rules(session, team.default_pool)

    preview = preview_rules(session, team.default_pool, {"followup_days": 10}, now=now)

    assert preview.dry_run
    assert (preview.reclaimed, preview.warned) == (3, 1)  # 12, 15, 19 days; 8 days is close
    assert preview.by_rule == {"no_followup": 3}
    assert preview.by_pool == {team.default_pool: 3}
    assert stored_rules(session, team.default_pool) == before
    assert statuses(session, ids) == ["active"] * 5
    assert reclaim_count(session) == 0
    assert sweep(session, now=now).reclaimed == 0  # the stored 30 days still apply

    update_rules(session, team.default_pool, {"followup_days": 10}, team.manager)
    real = sweep(session, now=now)
    assert (real.reclaimed, real.warned) == (3, 1)  # the preview was right
    assert statuses(session, ids) == ["active", "active", "pool", "pool", "pool"]


def test_a_preview_of_tier_periods(session, team):
    now = T0 + 7 * DAY
    a = own(session, team, tier="A")
    own(session, team, tier="B")

    preview = preview_rules(session, team.default_pool, {"tier_followup_days": {"A": 5}}, now=now)

    assert preview.reclaimed == 1
    assert statuses(session, [a]) == ["active"]


def test_a_preview_counts_only_the_pool_whose_rules_change(session, team):
    now = T0 + 40 * DAY
    own(session, team)
    own(session, team, team.li, pool=team.south_pool)
    own(session, team, team.li, pool=team.south_pool)

    preview = preview_rules(session, team.south_pool, {"deal_days": 365}, now=now)

    assert preview.reclaimed == 2
    assert preview.by_pool == {team.south_pool: 2}


def test_a_preview_of_switching_reclaim_on_and_off(session, team):
    now = T0 + 40 * DAY
    update_rules(session, team.default_pool, {"reclaim_enabled": False}, team.manager)
    own(session, team)

    assert preview_rules(session, team.default_pool, {}, now=now).reclaimed == 0
    switched_on = preview_rules(session, team.default_pool, {"reclaim_enabled": True}, now=now)
    assert switched_on.reclaimed == 1
    assert stored_rules(session, team.default_pool)["reclaim_enabled"] is False

    update_rules(session, team.default_pool, {"reclaim_enabled": True}, team.manager)
    off = preview_rules(session, team.default_pool, {"reclaim_enabled": False}, now=now)
    assert off.reclaimed == 0


def test_a_preview_refuses_bad_values_and_unknown_pools(session, team):
    with pytest.raises(InvalidValue):
        preview_rules(session, team.default_pool, {"followup_days": 0}, now=T0)
    with pytest.raises(NotFound):
        preview_rules(session, 999, {"followup_days": 10}, now=T0)


# --- editing rules -------------------------------------------------------------------

BAD_CHANGES = [
    {"followup_days": 0},
    {"followup_days": -5},
    {"deal_days": 0},
    {"followup_days": "30"},
    {"followup_days": 30.0},
    {"followup_days": True},
    {"warn_days": -1},
    {"daily_claims": -1},
    {"reclaim_enabled": 1},
    {"reclaim_enabled": "yes"},
    {"exempt_dealt": None},
    {"mask_contacts": 0},
    {"tier_followup_days": {"E": 10}},
    {"tier_followup_days": {"A": 0}},
    {"tier_followup_days": {"A": "90"}},
    {"tier_followup_days": {"A": True}},
    {"tier_followup_days": [["A", 90]]},
    {"no_such_rule": 1},
    {"pool_id": 2},
    {"change_no": 0},  # the sync's counter is not a rule
    {"followup_days": 10, "deal_days": 0},  # one bad value: nothing is saved
]


@pytest.mark.parametrize("changes", BAD_CHANGES, ids=lambda c: repr(c))
def test_bad_rule_values_are_refused_and_nothing_is_saved(session, team, changes):
    before = stored_rules(session, team.default_pool)

    with pytest.raises(InvalidValue):
        update_rules(session, team.default_pool, changes, team.manager)

    assert stored_rules(session, team.default_pool) == before


def test_good_rule_values_are_saved(session, team):
    changes = {
        "followup_days": 45,
        "deal_days": 120,
        "tier_followup_days": {"A": 90, "D": 7},
        "warn_days": 0,
        "exempt_dealt": True,
        "freeze_on_payment": False,
    }

    update_rules(session, team.default_pool, changes, team.manager)

    saved = stored_rules(session, team.default_pool)
    assert {k: saved[k] for k in changes} == changes


def test_only_managers_and_the_pools_admins_edit_its_rules(session, team):
    south_before = stored_rules(session, team.south_pool)
    default_before = stored_rules(session, team.default_pool)

    with pytest.raises(PermissionDenied):
        update_rules(session, team.south_pool, {"followup_days": 10}, team.zhang)  # member
    with pytest.raises(PermissionDenied):
        update_rules(session, team.south_pool, {"followup_days": 10}, team.wang)  # outsider
    with pytest.raises(PermissionDenied):
        update_rules(session, team.default_pool, {"followup_days": 10}, team.li)  # other pool
    assert stored_rules(session, team.south_pool) == south_before
    assert stored_rules(session, team.default_pool) == default_before

    update_rules(session, team.south_pool, {"followup_days": 10}, team.li)
    update_rules(session, team.default_pool, {"followup_days": 20}, team.manager)
    assert stored_rules(session, team.south_pool)["followup_days"] == 10
    assert stored_rules(session, team.default_pool)["followup_days"] == 20


@pytest.mark.parametrize(
    "changes", [{"followup_days": 1_000_000}, {"tier_followup_days": {"A": 1_000_000}}]
)
def test_no_rule_value_the_settings_accept_stops_the_sweep(session, team, changes):
    elsewhere = own(session, team, team.li, pool=team.south_pool)
    with contextlib.suppress(InvalidValue):  # refusing the value is as good as coping
        update_rules(session, team.default_pool, changes, team.manager)

    sweep(session, now=T0 + 40 * DAY)  # the start-up sweep must still run

    assert statuses(session, [elsewhere]) == ["pool"]  # and other pools' rules still apply


# --- days left (剩余归属天数) --------------------------------------------------------


def rules_of(session, pool_id) -> ReclaimRules:
    session.expire_all()
    return ReclaimRules.of(session.get(PoolRules, pool_id))


def loaded(session, cid) -> Customer:
    session.expire_all()
    return session.get(Customer, cid)


def test_days_left_counts_whole_days_until_the_reclaim(session, team):
    cid = own(session, team)
    c, rules = loaded(session, cid), rules_of(session, team.default_pool)

    assert reclaim_deadline(c, rules, T0) == T0 + 30 * DAY
    assert days_left(c, rules, T0) == 30
    assert days_left(c, rules, T0 + 10 * DAY) == 20
    assert days_left(c, rules, T0 + 27 * DAY + HOUR) == 2
    assert days_left(c, rules, T0 + 29 * DAY + 23 * HOUR) == 0
    assert days_left(c, rules, T0 + 45 * DAY) == 0  # overdue: due at the next sweep


def test_days_left_follows_followups_deals_tiers_and_contract_ends(session, team):
    update_rules(
        session, team.default_pool, {"tier_followup_days": {"A": 90, "C": 15}}, team.manager
    )
    rules = rules_of(session, team.default_pool)
    followed = own(session, team)
    log_followup(session, followed, team.zhang, "call", "reached", at=T0 + 10 * DAY)
    a = own(session, team, tier="A")
    record_deal(session, a, team.zhang, Decimal("100"), at=T0 + 20 * DAY)
    contract = own(session, team)
    record_deal(session, contract, team.zhang, Decimal("100"), at=T0, contract_end=T0 + 60 * DAY)
    now = T0 + 61 * DAY

    assert reclaim_deadline(loaded(session, followed), rules, T0 + DAY) == T0 + 25 * DAY
    assert reclaim_deadline(loaded(session, a), rules, T0 + DAY) == T0 + 90 * DAY
    assert reclaim_deadline(loaded(session, contract), rules, now) == T0 + 75 * DAY
    assert days_left(loaded(session, contract), rules, now) == 14


def test_days_left_is_blank_when_the_rules_cannot_reclaim(session, team):
    rules = rules_of(session, team.default_pool)
    locked = own(session, team)
    lock_customers(session, [locked], team.manager, now=T0)
    owing = own(session, team)
    add_payment(session, owing, team.zhang, Decimal("100"), T0 + 5 * DAY)
    contract = own(session, team)
    record_deal(session, contract, team.zhang, Decimal("100"), at=T0, contract_end=T0 + 60 * DAY)
    in_pool = pooled(session, team)
    now = T0 + 40 * DAY

    for cid in (locked, owing, contract, in_pool):
        assert days_left(loaded(session, cid), rules, now) is None
    assert days_left(loaded(session, contract), rules, T0 + 60 * DAY) == 30
    update_rules(session, team.default_pool, {"reclaim_enabled": False}, team.manager)
    plain = own(session, team)
    assert days_left(loaded(session, plain), rules_of(session, team.default_pool), now) is None


def test_days_left_is_blank_for_dealt_customers_when_they_are_exempt(session, team):
    update_rules(session, team.default_pool, {"exempt_dealt": True}, team.manager)
    cid = own(session, team)
    record_deal(session, cid, team.zhang, Decimal("100"), at=T0 + DAY)

    assert days_left(loaded(session, cid), rules_of(session, team.default_pool), T0) is None


# --- masking -------------------------------------------------------------------------


def test_a_pool_member_sees_masked_contacts(session, team):
    pooled(session, team)

    (row,) = pool_listing(session, team.default_pool, team.zhang)

    assert row.masked
    assert (row.phone, row.email) == ("138****8000", "z***@example.com")


def test_pool_admins_and_managers_see_contacts_in_full(session, team):
    pooled(session, team, pool=team.south_pool)
    pooled(session, team)

    (south_admin,) = pool_listing(session, team.south_pool, team.li)
    (south_member,) = pool_listing(session, team.south_pool, team.zhang)
    (manager,) = pool_listing(session, team.default_pool, team.manager)
    (li_in_default,) = pool_listing(session, team.default_pool, team.li)  # a plain member

    assert (south_admin.phone, south_admin.email, south_admin.masked) == (
        "13800138000",
        "zhangsan@example.com",
        False,
    )
    assert (manager.phone, manager.masked) == ("13800138000", False)
    assert (south_member.phone, south_member.masked) == ("138****8000", True)
    assert (li_in_default.phone, li_in_default.masked) == ("138****8000", True)


def test_with_masking_off_members_see_contacts_in_full(session, team):
    pooled(session, team)
    update_rules(session, team.default_pool, {"mask_contacts": False}, team.manager)

    (row,) = pool_listing(session, team.default_pool, team.zhang)

    assert (row.phone, row.email, row.masked) == ("13800138000", "zhangsan@example.com", False)


def test_a_pool_list_shows_only_that_pools_unclaimed_customers(session, team):
    waiting = pooled(session, team)
    pooled(session, team, pool=team.south_pool)
    claimed = pooled(session, team)
    claim_customers(session, [claimed], team.wang, now=T0 + 20 * DAY)
    reclaimed = own(session, team)
    sweep(session, now=T0 + 31 * DAY)

    rows = pool_listing(session, team.default_pool, team.zhang)

    assert sorted(r.id for r in rows) == sorted([waiting, reclaimed])
    # Its former owner sees a reclaimed customer masked like everyone else.
    assert all(r.masked for r in rows)


def test_pool_lists_are_for_members_only(session, team):
    with pytest.raises(PermissionDenied):
        pool_listing(session, team.south_pool, team.wang)
    with pytest.raises(NotFound):
        pool_listing(session, 999, team.manager)


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("13800138000", "138****8000"),
        ("+8613800138000", "+86*******8000"),
        ("0571-88886666", "057******6666"),
        ("88886666", "******66"),  # at most half of a landline shows
        (" 13800138000 ", "138****8000"),
        ("1234", "****"),
        ("110", "***"),
        ("", ""),
        (None, None),
    ],
)
def test_mask_phone(phone, masked):
    assert mask_phone(phone) == masked


@pytest.mark.parametrize(
    "phone",
    [
        "1",
        "1234",
        "12345",
        "123456",
        "1234567",
        "88886666",
        "0571-88886666",
        "13800138000",
    ],
)
def test_a_masked_phone_never_shows_the_whole_number(phone):
    masked = mask_phone(phone)

    assert "*" in masked
    assert len(masked) == len(phone)
    assert all(m in ("*", p) for m, p in zip(masked, phone, strict=True))


@pytest.mark.parametrize(
    ("email", "masked"),
    [
        ("zhangsan@example.com", "z***@example.com"),
        ("a@b.cn", "a***@b.cn"),
        ("@qq.com", "***@qq.com"),
        ("", ""),
        (None, None),
    ],
)
def test_mask_email(email, masked):
    assert mask_email(email) == masked


@pytest.mark.parametrize("email", ["zhangsan.qq.com", "123456789"])
def test_an_email_without_an_at_sign_is_still_masked(email):
    assert mask_email(email) != email


@pytest.mark.parametrize(
    ("notes", "gone", "kept"),
    [
        # a number the customer had before an edit, however it is spaced
        ("老板手机 13900139000，老号码", "13900139000", "老板手机"),
        ("call 139 0013 9000 or +86-755-8888 1234", "0013", "call"),
        ("old mail li.si@163.com", "li.si@163.com", "@163.com"),
        ("微信 wx_old_id_7 周五约了", "wx_old_id_7", "周五约了"),
        ("微信号：lisi_1988", "lisi_1988", "微信号"),
        # what only looks like digits: dates, times and amounts stay as written
        ("2026-12-05 14:30 回访", "", "2026-12-05 14:30 回访"),
        ("2026年12月5日 报价 1,200,000 元", "", "2026年12月5日 报价 1,200,000 元"),
    ],
)
def test_a_masked_customers_notes_hide_contacts_it_no_longer_has(notes, gone, kept):
    values = {"phone": "13800138000", "email": "new@example.com", "notes": notes}
    mask_contacts(values)

    if gone:
        assert gone not in values["notes"]
    assert kept in values["notes"]
