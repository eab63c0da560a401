"""Grading (分级): which tier each customer gets, at the edges of every rule.

The rules, from crmdesk/core/grading.py's docstring (defaults):
    recency    whole days since the last interaction: <= 30 -> 3, <= 90 -> 2, <= 180 -> 1
    frequency  deals within the last 365 days: >= 5 -> 3, >= 2 -> 2, >= 1 -> 1
    value      lifetime deal value: >= 100,000 -> 3, >= 20,000 -> 2, >= 1,000 -> 1
    returns    return rate >= 30 %: -2
    complaints >= 3 within 90 days: -2
    tier       A at 7 points or more, B at 4, C at 1, D below
The last interaction is the latest of the creation, a deal, and the latest follow-up that
reached the customer (an unanswered call after it does not erase it). Every time is
explicit; nothing reads the real clock.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from crmdesk.core.activity import log_followup, record_complaint, record_deal, record_return
from crmdesk.core.customers import create_customer
from crmdesk.core.errors import InvalidValue, NoteRequired, NotFound, PermissionDenied
from crmdesk.core.grading import (
    GradingRules,
    explain_tier,
    grade,
    grading_rules,
    set_tier_override,
    update_grading_rules,
)
from crmdesk.core.lifecycle import close_customers, void_customers
from crmdesk.core.models import TIERS, Customer, TierChange
from crmdesk.core.reasons import CLOSE_CHECKLIST
from tests.core.helpers import DAY, HOUR, SECOND, T0, names, own

NOW = T0 + 400 * DAY  # 2027-04-06 09:00, late enough for a year of history before it


# --- helpers ---------------------------------------------------------------------------


def tier_of(session, cid) -> str:
    session.expire_all()
    return session.get(Customer, cid).tier


def changes(session, cid=None) -> list[TierChange]:
    session.expire_all()
    stmt = select(TierChange).order_by(TierChange.id)
    if cid is not None:
        stmt = stmt.where(TierChange.customer_id == cid)
    return list(session.scalars(stmt))


def deal(session, team, cid, amount, at) -> None:
    record_deal(session, cid, team.zhang, Decimal(str(amount)), at=at, now=at)


def followup(session, team, cid, outcome, at, *, now=None) -> None:
    log_followup(session, cid, team.zhang, "call", outcome, at=at, now=now or at)


def complaint(session, team, cid, at) -> None:
    record_complaint(session, cid, team.zhang, "投诉", at=at, now=at)


def returned(session, team, cid, amount, at) -> None:
    record_return(session, cid, team.zhang, Decimal(str(amount)), at=at, now=at)


def pooled(session, team, at, tier="C") -> int:
    return create_customer(
        session, {"company": f"公海客户{next(names):05d}"}, team.manager, to_pool=True,
        tier=tier, now=at,
    )  # fmt: skip


def buyer(session, team, amount, *, at=NOW - HOUR) -> int:
    """A customer created ten days before NOW with one deal of `amount` at `at`."""
    cid = own(session, team, at=NOW - 10 * DAY)
    deal(session, team, cid, amount, at)
    return cid


def graded(session, cid, now=NOW) -> str:
    grade(session, now=now)
    return tier_of(session, cid)


# --- recency ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "age", "points", "tier"),
    [
        # a deal of 100,000: value 3 + frequency 1, so recency decides A (7) or B (6)
        (100_000, 29 * DAY, 3, "A"),
        (100_000, 30 * DAY, 3, "A"),
        (100_000, 31 * DAY - SECOND, 3, "A"),  # still 30 whole days
        (100_000, 31 * DAY, 2, "B"),
        # a deal of 1,000: value 1 + frequency 1, so recency decides B (4) or C (3)
        (1_000, 89 * DAY, 2, "B"),
        (1_000, 90 * DAY, 2, "B"),
        (1_000, 91 * DAY - SECOND, 2, "B"),
        (1_000, 91 * DAY, 1, "C"),
        # no deal at all: recency alone decides C (1) or D (0)
        (None, 179 * DAY, 1, "C"),
        (None, 180 * DAY, 1, "C"),
        (None, 181 * DAY - SECOND, 1, "C"),
        (None, 181 * DAY, 0, "D"),
    ],
)
def test_recency_steps_at_30_90_and_180_days(session, team, amount, age, points, tier):
    then = NOW - age
    if amount is None:
        cid = own(session, team, at=then)  # the creation is the only interaction
    else:
        cid = own(session, team, at=then - 300 * DAY)  # the deal is the last interaction
        deal(session, team, cid, amount, then)

    assert graded(session, cid) == tier
    why = explain_tier(session, cid, now=NOW)
    assert why.days_since_interaction == age.days
    assert why.points["recency"] == points


@pytest.mark.parametrize(("age", "tier"), [(180 * DAY, "C"), (181 * DAY - SECOND, "C"),
                                           (181 * DAY, "D")])  # fmt: skip
def test_recency_counts_from_a_reached_followup(session, team, age, tier):
    cid = own(session, team, at=NOW - age - 300 * DAY)
    followup(session, team, cid, "reached", NOW - age)

    assert graded(session, cid) == tier
    assert explain_tier(session, cid, now=NOW).days_since_interaction == age.days


def test_a_failed_followup_is_not_an_interaction(session, team):
    cid = own(session, team, at=NOW - 181 * DAY)
    followup(session, team, cid, "no_answer", NOW - 81 * DAY)
    followup(session, team, cid, "wrong_number", NOW - 10 * DAY)

    assert graded(session, cid) == "D"  # 181 days since creation; the attempts don't count
    assert explain_tier(session, cid, now=NOW).days_since_interaction == 181


def test_a_failed_followup_after_a_reached_one_does_not_renew_the_interaction(session, team):
    cid = own(session, team, at=NOW - 290 * DAY)
    followup(session, team, cid, "reached", NOW - 190 * DAY)
    followup(session, team, cid, "no_answer", NOW - 140 * DAY)  # would give 1 point

    assert graded(session, cid) == "D"
    assert explain_tier(session, cid, now=NOW).points["recency"] == 0


def test_a_reached_followup_still_counts_after_a_failed_attempt(session, team):
    """The last time someone answered counts; the unanswered call after it does not."""
    cid = own(session, team, at=NOW - 181 * DAY)
    followup(session, team, cid, "reached", NOW - 81 * DAY)
    followup(session, team, cid, "no_answer", NOW - 31 * DAY)

    why = explain_tier(session, cid, now=NOW)
    assert why.days_since_interaction == 81
    assert graded(session, cid) == "C"


def test_reaching_the_customer_again_after_failed_attempts_counts(session, team):
    cid = own(session, team, at=NOW - 400 * DAY)
    followup(session, team, cid, "no_answer", NOW - 300 * DAY)
    followup(session, team, cid, "reached", NOW - 180 * DAY)

    assert graded(session, cid) == "C"
    assert graded(session, cid, now=NOW + SECOND) == "C"
    assert graded(session, cid, now=NOW + DAY) == "D"


@pytest.mark.parametrize(
    ("logged", "tier"),
    [
        # the failed attempt is the later one: the reached one before it must not count,
        # and the attempt itself must not either (290 days since creation -> D)
        ([("no_answer", 140), ("reached", 190)], "D"),
        # the reached follow-up is the later one: it counts (140 days -> C)
        ([("reached", 140), ("no_answer", 190)], "C"),
    ],
)
def test_back_dated_followups_count_by_their_date(session, team, logged, tier):
    cid = own(session, team, at=NOW - 290 * DAY)
    for outcome, days_ago in logged:  # entered in this order, the second one back-dated
        followup(session, team, cid, outcome, NOW - days_ago * DAY, now=NOW - 100 * DAY)

    assert graded(session, cid) == tier


# --- frequency -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amounts", "points", "tier"),
    [
        ([], 0, "C"),  # recency 3
        (["10"], 1, "B"),  # 3 + 1
        (["20000"], 1, "B"),  # 3 + 1 + 2 = 6
        (["10000", "10000"], 2, "A"),  # 3 + 2 + 2 = 7
        (["250"] * 4, 2, "B"),  # 3 + 2 + 1 = 6
        (["200"] * 5, 3, "A"),  # 3 + 3 + 1 = 7
        (["200"] * 6, 3, "A"),
    ],
)
def test_frequency_steps_at_1_2_and_5_deals(session, team, amounts, points, tier):
    cid = own(session, team, at=NOW - 10 * DAY)
    for i, amount in enumerate(amounts):
        deal(session, team, cid, amount, NOW - (i + 1) * HOUR)

    assert graded(session, cid) == tier
    why = explain_tier(session, cid, now=NOW)
    assert (why.deals_in_window, why.points["frequency"]) == (len(amounts), points)


@pytest.mark.parametrize(
    ("age", "in_window", "tier"),
    [(364 * DAY, 2, "A"), (365 * DAY, 2, "A"), (365 * DAY + SECOND, 1, "B"),
     (366 * DAY, 1, "B")],
)  # fmt: skip
def test_frequency_counts_deals_within_365_days(session, team, age, in_window, tier):
    cid = own(session, team, at=NOW - 500 * DAY)
    deal(session, team, cid, "10000", NOW - age)
    deal(session, team, cid, "10000", NOW - DAY)  # recency 3, value 2 (20,000)

    assert graded(session, cid) == tier
    why = explain_tier(session, cid, now=NOW)
    assert why.deals_in_window == in_window
    assert why.deal_total == 20_000


# --- value -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "points", "tier"),
    [
        ("999.99", 0, "B"),  # recency 3 + frequency 1 = 4
        ("1000", 1, "B"),
        ("1000.01", 1, "B"),
        ("19999.99", 1, "B"),
        ("20000", 2, "B"),
        ("99999.99", 2, "B"),  # 6
        ("100000", 3, "A"),  # 7
        ("100000.01", 3, "A"),
    ],
)
def test_value_steps_at_1000_20000_and_100000(session, team, amount, points, tier):
    cid = buyer(session, team, amount)

    assert graded(session, cid) == tier
    why = explain_tier(session, cid, now=NOW)
    assert why.points["value"] == points
    assert why.deal_total == pytest.approx(float(amount))


def test_value_is_lifetime_not_only_the_frequency_window(session, team):
    cid = own(session, team, at=NOW - 500 * DAY)
    deal(session, team, cid, "99000", NOW - 400 * DAY)  # long out of the 365 days
    deal(session, team, cid, "1000", NOW - DAY)

    assert graded(session, cid) == "A"  # 3 + 1 + 3
    assert explain_tier(session, cid, now=NOW).points == {
        "recency": 3, "frequency": 1, "value": 3, "penalty": 0, "total": 7,
    }  # fmt: skip


# --- penalties -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("returns", "rate", "tier"),
    [
        ([], 0, "B"),  # 3 + 1 + 1 = 5
        (["299.99"], 29, "B"),
        (["300"], 30, "C"),  # exactly 30 %: 5 - 2 = 3
        (["150", "150"], 30, "C"),  # the returns add up
        (["300.01"], 30, "C"),
        (["1000"], 100, "C"),
    ],
)
def test_return_rate_penalty_at_exactly_30_percent(session, team, returns, rate, tier):
    cid = buyer(session, team, "1000")
    for amount in returns:
        returned(session, team, cid, amount, NOW - HOUR)

    assert graded(session, cid) == tier
    why = explain_tier(session, cid, now=NOW)
    assert why.return_rate == rate
    assert why.points["penalty"] == (-2 if tier == "C" else 0)


def test_return_rate_penalty_at_exactly_30_percent_with_cents(session, team):
    cid = buyer(session, team, "8110.80")
    returned(session, team, cid, "2433.24", NOW - HOUR)  # exactly 30 %

    why = explain_tier(session, cid, now=NOW)
    assert (why.return_rate, why.points["penalty"]) == (30, -2)
    assert graded(session, cid) == "C"


def test_a_rate_a_hair_under_30_percent_is_shown_as_29(session, team):
    cid = buyer(session, team, "3333333.33")
    returned(session, team, cid, "999999.99", NOW - HOUR)  # 29.99999973 %

    why = explain_tier(session, cid, now=NOW)
    assert (why.return_rate, why.points["penalty"]) == (29, 0)
    assert graded(session, cid) == "A"  # 3 + 1 + 3, no penalty


def test_returns_without_any_deal_are_no_penalty(session, team):
    cid = own(session, team, at=NOW - DAY)
    returned(session, team, cid, "500", NOW - HOUR)

    assert graded(session, cid) == "C"
    assert explain_tier(session, cid, now=NOW).points["penalty"] == 0


@pytest.mark.parametrize(
    ("oldest", "count", "tier"),
    [
        (DAY, 2, "B"),  # two complaints: no penalty, 5 points
        (DAY, 3, "C"),  # three: 5 - 2 = 3
        (89 * DAY, 3, "C"),
        (90 * DAY, 3, "C"),  # exactly 90 days ago is within the window
        (90 * DAY + SECOND, 2, "B"),
        (91 * DAY, 2, "B"),
    ],
)
def test_complaint_penalty_at_3_within_90_days(session, team, oldest, count, tier):
    cid = buyer(session, team, "1000")
    complaint(session, team, cid, NOW - oldest)
    complaint(session, team, cid, NOW - 2 * HOUR)
    if count == 3 or oldest > DAY:
        complaint(session, team, cid, NOW - 3 * HOUR)

    assert graded(session, cid) == tier
    why = explain_tier(session, cid, now=NOW)
    assert why.complaints == count
    assert why.points["penalty"] == (-2 if tier == "C" else 0)


def test_both_penalties_add_up_and_can_make_junk(session, team):
    cid = buyer(session, team, "10")  # 3 + 1 + 0 = 4, B
    returned(session, team, cid, "3", NOW - HOUR)  # 30 %: 2, C
    assert graded(session, cid) == "C"
    for hours in (1, 2, 3):
        complaint(session, team, cid, NOW - hours * HOUR)  # 0, D

    assert graded(session, cid) == "D"
    assert explain_tier(session, cid, now=NOW).points == {
        "recency": 3, "frequency": 1, "value": 0, "penalty": -4, "total": 0,
    }  # fmt: skip


# --- tiers and who is graded -----------------------------------------------------------


@pytest.mark.parametrize("tier", TIERS)
def test_a_new_lead_is_c_whatever_it_was_created_as(session, team, tier):
    cid = own(session, team, at=NOW, tier=tier)

    result = grade(session, now=NOW)

    assert tier_of(session, cid) == "C"
    assert result.moved == (0 if tier == "C" else 1)
    assert [(c.from_tier, c.to_tier) for c in changes(session, cid)] == (
        [] if tier == "C" else [(tier, "C")]
    )


def test_voided_and_closed_customers_keep_their_tier(session, team):
    active = own(session, team, at=T0)
    voided = own(session, team, at=T0)
    closed = own(session, team, at=T0)
    in_pool = pooled(session, team, T0)
    void_customers(session, [voided], "duplicate", None, team.zhang, now=T0 + DAY)
    close_customers(
        session, [closed], "lifecycle_ended", None, CLOSE_CHECKLIST, team.zhang, now=T0 + DAY
    )

    result = grade(session, now=T0 + 181 * DAY)

    assert {c: tier_of(session, c) for c in (active, in_pool, voided, closed)} == {
        active: "D", in_pool: "D", voided: "C", closed: "C",
    }  # fmt: skip
    assert {c.customer_id for c in changes(session)} == {active, in_pool}
    assert result.moves == {"C": {"D": 2}}
    assert result.by_tier == {"A": 0, "B": 0, "C": 0, "D": 2}


# --- manual override -------------------------------------------------------------------


def test_an_override_wins_over_the_rules_and_is_recorded(session, team):
    cid = own(session, team, at=T0)

    set_tier_override(session, [cid], "A", "  战略合作客户 ", team.manager, now=T0 + DAY)

    session.expire_all()
    c = session.get(Customer, cid)
    assert (c.tier, c.tier_override) == ("A", "A")
    [row] = changes(session, cid)
    assert (row.from_tier, row.to_tier, row.override) == ("C", "A", True)
    assert (row.actor_id, row.note, row.at) == (team.manager, "战略合作客户", T0 + DAY)

    result = grade(session, now=T0 + 400 * DAY)  # the rules alone would say D

    assert tier_of(session, cid) == "A"
    assert result.moved == 0
    assert result.overridden == 1
    assert result.by_tier["A"] == 1
    assert len(changes(session, cid)) == 1
    why = explain_tier(session, cid, now=T0 + 400 * DAY)
    assert (why.tier, why.override, why.computed) == ("A", "A", "D")


@pytest.mark.parametrize("note", [None, "", "   "])
def test_an_override_needs_a_note(session, team, note):
    cid = own(session, team, at=T0)

    with pytest.raises(NoteRequired):
        set_tier_override(session, [cid], "A", note, team.manager, now=T0 + DAY)

    session.expire_all()
    assert session.get(Customer, cid).tier_override is None
    assert tier_of(session, cid) == "C"
    assert changes(session) == []


def test_only_managers_may_override(session, team):
    cid = own(session, team, at=T0)  # 张三's own customer

    with pytest.raises(PermissionDenied):
        set_tier_override(session, [cid], "A", "我的好客户", team.zhang, now=T0 + DAY)

    assert tier_of(session, cid) == "C"
    assert changes(session) == []


def test_an_override_must_be_a_tier(session, team):
    cid = own(session, team, at=T0)

    with pytest.raises(InvalidValue):
        set_tier_override(session, [cid], "E", "不存在的等级", team.manager, now=T0 + DAY)

    assert tier_of(session, cid) == "C"


@pytest.mark.parametrize(("cleared_after", "tier"), [(180 * DAY, "C"), (181 * DAY, "D")])
def test_clearing_an_override_regrades_at_once(session, team, cleared_after, tier):
    cid = own(session, team, at=T0)
    set_tier_override(session, [cid], "A", "临时上调", team.manager, now=T0 + DAY)

    set_tier_override(session, [cid], None, None, team.manager, now=T0 + cleared_after)

    session.expire_all()
    assert session.get(Customer, cid).tier_override is None
    assert tier_of(session, cid) == tier
    last = changes(session, cid)[-1]
    assert (last.from_tier, last.to_tier, last.override) == ("A", tier, False)
    assert (last.actor_id, last.at) == (team.manager, T0 + cleared_after)
    assert grade(session, now=T0 + cleared_after).moved == 0  # nothing left to do


def test_after_clearing_the_rules_grade_the_customer_again(session, team):
    cid = own(session, team, at=T0)
    set_tier_override(session, [cid], "B", "观察", team.manager, now=T0 + DAY)
    set_tier_override(session, [cid], None, None, team.manager, now=T0 + 2 * DAY)
    assert tier_of(session, cid) == "C"

    grade(session, now=T0 + 181 * DAY)

    assert tier_of(session, cid) == "D"


# --- grade(): history, dry runs, subsets -----------------------------------------------


def test_grade_records_one_change_per_moved_customer_in_one_batch(session, team):
    stale = [own(session, team, at=T0) for _ in range(2)]  # C -> D
    rich = own(session, team, at=T0)
    deal(session, team, rich, "100000", T0 + 170 * DAY)  # C -> A
    kept = own(session, team, at=T0 + 100 * DAY)  # stays C
    at = T0 + 181 * DAY

    result = grade(session, now=at)

    rows = changes(session)
    assert sorted((r.customer_id, r.from_tier, r.to_tier) for r in rows) == sorted(
        [(stale[0], "C", "D"), (stale[1], "C", "D"), (rich, "C", "A")]
    )
    assert {r.batch for r in rows} == {result.batch}
    assert result.batch is not None
    assert all(r.actor_id is None and r.override is False and r.at == at for r in rows)
    assert all(r.note is None for r in rows)
    assert result.moves == {"C": {"A": 1, "D": 2}}
    assert result.moved == 3
    assert result.by_tier == {"A": 1, "B": 0, "C": 1, "D": 2}
    assert tier_of(session, kept) == "C"

    again = grade(session, now=at)  # nothing moved since: nothing recorded
    assert again.moved == 0
    assert len(changes(session)) == 3


def test_a_dry_run_writes_nothing_and_predicts_the_real_run(session, team):
    stale = own(session, team, at=T0)
    rich = own(session, team, at=T0)
    deal(session, team, rich, "100000", T0 + 170 * DAY)
    own(session, team, at=T0 + 100 * DAY)
    at = T0 + 181 * DAY

    dry = grade(session, dry_run=True, now=at)

    assert dry.dry_run is True
    assert dry.batch is None
    assert changes(session) == []
    assert (tier_of(session, stale), tier_of(session, rich)) == ("C", "C")

    real = grade(session, now=at)

    assert dry.moves == real.moves == {"C": {"A": 1, "D": 1}}
    assert dry.by_tier == real.by_tier == {"A": 1, "B": 0, "C": 1, "D": 1}
    assert len(changes(session)) == 2


def test_grade_with_ids_touches_only_those(session, team):
    a, b, c = (own(session, team, at=T0) for _ in range(3))

    result = grade(session, ids=[a, c], now=T0 + 181 * DAY)

    assert (tier_of(session, a), tier_of(session, b), tier_of(session, c)) == ("D", "C", "D")
    assert {r.customer_id for r in changes(session)} == {a, c}
    assert result.by_tier == {"A": 0, "B": 0, "C": 0, "D": 2}

    assert grade(session, ids=[], now=T0 + 181 * DAY).moved == 0
    assert tier_of(session, b) == "C"


# --- editable thresholds ---------------------------------------------------------------


def test_edited_thresholds_change_the_next_grade(session, team):
    cid = buyer(session, team, "50000")  # 3 + 1 + 2 = 6
    assert graded(session, cid) == "B"

    rules = update_grading_rules(session, {"value": [1_000, 20_000, 50_000]}, team.manager)

    assert rules.value == (1_000, 20_000, 50_000)
    assert grading_rules(session) == GradingRules(value=(1_000, 20_000, 50_000))
    assert tier_of(session, cid) == "B"  # only the next grading applies them
    assert graded(session, cid) == "A"


def test_edited_tier_cutoffs_and_penalties_apply(session, team):
    cid = buyer(session, team, "1000")  # 5 points
    complaint(session, team, cid, NOW - 2 * HOUR)
    complaint(session, team, cid, NOW - 3 * HOUR)
    update_grading_rules(session, {"complaints": 2, "complaint_penalty": 3}, team.manager)
    assert graded(session, cid) == "C"  # 5 - 3

    update_grading_rules(session, {"tier_c": 3}, team.manager)  # 2 points is now junk
    assert grading_rules(session).complaints == 2  # earlier edits are kept
    assert graded(session, cid) == "D"

    update_grading_rules(session, {"tier_a": 2, "tier_b": 2, "tier_c": 2}, team.manager)
    assert graded(session, cid) == "A"


def test_only_managers_edit_grading_rules(session, team):
    with pytest.raises(PermissionDenied):
        update_grading_rules(session, {"tier_a": 9}, team.zhang)

    assert grading_rules(session) == GradingRules()


@pytest.mark.parametrize(
    "change",
    [
        {"recency_days": [30, 20, 180]},  # steps decrease
        {"value": [1_000, 200_000, 100_000]},
        {"frequency": [3, 2, 5]},
        {"frequency": [1, 2]},  # not three steps
        {"value": 1_000},
        {"tier_a": 7.5},  # not whole numbers
        {"tier_a": "7"},
        {"tier_a": True},
        {"value": [1_000, 20_000.5, 100_000]},
        {"return_rate": -1},
        {"recency": [1, 2, 3]},  # unknown name
        {"tier_a": 3},  # A below B (4)
        {"tier_b": 8},  # B above A (7)
        {"tier_c": 5},  # C above B
    ],
)
def test_refused_grading_rules_change_nothing(session, team, change):
    with pytest.raises(InvalidValue):
        update_grading_rules(session, change, team.manager)

    assert grading_rules(session) == GradingRules()


def test_a_list_for_a_single_number_rule_is_refused(session, team):
    with pytest.raises(InvalidValue):
        update_grading_rules(session, {"return_rate": [10, 20, 30]}, team.manager)

    assert grading_rules(session) == GradingRules()


# --- explanations ----------------------------------------------------------------------


def test_explain_tier_shows_each_number_and_its_points(session, team):
    cid = own(session, team, at=NOW - 500 * DAY)
    deal(session, team, cid, "30000", NOW - 400 * DAY)  # out of the frequency window
    deal(session, team, cid, "5000", NOW - 100 * DAY)
    deal(session, team, cid, "5000", NOW - 20 * DAY)
    returned(session, team, cid, "12000", NOW - 10 * DAY)  # 30 % of 40,000
    complaint(session, team, cid, NOW - 5 * DAY)
    complaint(session, team, cid, NOW - 95 * DAY)  # out of the window
    grade(session, now=NOW)

    why = explain_tier(session, cid, now=NOW)

    assert why.customer_id == cid
    assert (why.days_since_interaction, why.deals_in_window) == (20, 2)
    assert (why.deal_total, why.return_rate, why.complaints) == (40_000, 30, 1)
    assert why.points == {"recency": 3, "frequency": 2, "value": 2, "penalty": -2, "total": 5}
    assert (why.tier, why.computed, why.override) == ("B", "B", None)


def test_explain_tier_of_an_unknown_customer(session, team):
    with pytest.raises(NotFound):
        explain_tier(session, 999_999, now=NOW)


# --- the documented rules against random customers -------------------------------------


@dataclass
class Rules:
    """The docstring's rules, written out independently of grading.py."""

    recency: tuple[int, int, int] = (30, 90, 180)
    frequency_days: int = 365
    frequency: tuple[int, int, int] = (1, 2, 5)
    value: tuple[int, int, int] = (1_000, 20_000, 100_000)
    return_rate: int = 30
    return_penalty: int = 2
    complaints: int = 3
    complaint_days: int = 90
    complaint_penalty: int = 2
    cutoffs: tuple[int, int, int] = (7, 4, 1)  # A, B, C


@dataclass
class Story:
    created: datetime
    start_tier: str
    followups: list[tuple[datetime, str]] = field(default_factory=list)
    deals: list[tuple[datetime, Decimal]] = field(default_factory=list)
    returns: list[Decimal] = field(default_factory=list)
    complaints: list[datetime] = field(default_factory=list)
    status: str = "active"  # or pool, voided, closed
    override: str | None = None


def oracle(s: Story, now: datetime, r: Rules) -> dict[str, Any]:
    last = s.created
    reached = [at for at, outcome in s.followups if outcome == "reached"]
    if reached:
        last = max(last, max(reached))
    if s.deals:
        last = max(last, max(at for at, _ in s.deals))
    days = int((now - last).total_seconds() // 86400)
    in_window = sum(now - timedelta(days=r.frequency_days) <= at <= now for at, _ in s.deals)
    total = sum(amount for _, amount in s.deals)
    back = sum(s.returns)
    complaints = sum(now - timedelta(days=r.complaint_days) <= at <= now for at in s.complaints)

    def up(x: int, steps: tuple[int, int, int]) -> int:
        return sum(x >= step for step in steps)

    recency = sum(days <= step for step in r.recency)
    penalty = (r.return_penalty if total > 0 and back * 100 >= total * r.return_rate else 0) + (
        r.complaint_penalty if complaints >= r.complaints else 0
    )
    points = recency + up(in_window, r.frequency) + up(total, r.value) - penalty
    computed = next((t for t, cut in zip("ABC", r.cutoffs, strict=True) if points >= cut), "D")
    if s.override:
        tier = s.override
    elif s.status in ("voided", "closed"):
        tier = s.start_tier
    else:
        tier = computed
    return {"tier": tier, "computed": computed, "days": days, "deals": in_window,
            "complaints": complaints, "total": points}  # fmt: skip


EDGES = [0, 30, 31, 89, 90, 91, 179, 180, 181, 364, 365, 366]
CENT = Decimal("0.01")
# money as SQLite's floats meet it: cents that binary fractions cannot hold
AMOUNTS = ["10", "200", "999.99", "1000", "5000", "8110.80", "19999.99", "20000",
           "50000", "100000"]  # fmt: skip


def ago(rng: random.Random, within: int = 600) -> timedelta:
    """How long before now: often exactly at (or a second off) a threshold."""
    if rng.random() < 0.4:
        edge = rng.choice([e for e in EDGES if e <= within]) * DAY
        return max(timedelta(0), edge + rng.choice([timedelta(0), SECOND, -SECOND]))
    return timedelta(seconds=rng.randrange(0, within * 86400))


def build(session, team, rng: random.Random, now: datetime) -> tuple[int, Story]:
    followups = sorted({now - ago(rng) for _ in range(rng.choice([0, 0, 1, 2, 3, 4]))})
    deals = sorted(now - ago(rng) for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 5, 6])))
    complaints = [now - ago(rng, 150) for _ in range(rng.choice([0, 0, 1, 2, 3, 3, 4]))]
    created = min([now - ago(rng), *followups, *deals, *complaints])
    story = Story(created, rng.choice(TIERS))
    m = team.manager
    if rng.random() < 0.1:
        cid = pooled(session, team, created, story.start_tier)
        story.status = "pool"
    else:
        owner = rng.choice([team.zhang, team.li, team.wang])  # each may own 200
        cid = own(session, team, owner, at=created, tier=story.start_tier)
    for at in followups:  # in the order they happened
        outcome = rng.choice(["reached", "reached", "no_answer", "wrong_number"])
        log_followup(session, cid, m, "visit", outcome, at=at, now=at)
        story.followups.append((at, outcome))
    for at in deals:
        amount = Decimal(rng.choice(AMOUNTS))
        record_deal(session, cid, m, Decimal(amount), at=at, now=at)
        story.deals.append((at, amount))
    total = sum(a for _, a in story.deals)
    if total and rng.random() < 0.4:
        back = (total * rng.choice([10, 29, 30, 30, 31, 60]) / 100).quantize(CENT, ROUND_DOWN)
        back += rng.choice([Decimal(0), Decimal(0), CENT, -CENT])  # a cent either side
        parts = [back] if rng.random() < 0.5 else [back / 2, back - back / 2]
        for amount in (p.quantize(CENT, ROUND_DOWN) for p in parts):
            if amount > 0:
                record_return(session, cid, m, amount, at=now - HOUR, now=now)
                story.returns.append(amount)
    for at in complaints:
        record_complaint(session, cid, m, at=at, now=now)
        story.complaints.append(at)
    roll = rng.random()
    if roll < 0.06:
        void_customers(session, [cid], "duplicate", None, m, now=now - HOUR)
        story.status = "voided"
    elif roll < 0.1 and story.status == "active":
        close_customers(session, [cid], "market_change", None, CLOSE_CHECKLIST, m, now=now)
        story.status = "closed"
    elif roll < 0.15:
        story.override = rng.choice(TIERS)
        set_tier_override(session, [cid], story.override, "手动", m, now=now - HOUR)
    return cid, story


@pytest.mark.parametrize(
    ("seed", "count", "edits"),
    [
        (20260302, 300, {}),
        (
            7,
            120,
            {
                "recency_days": [10, 60, 120],
                "frequency_days": 180,
                "frequency": [2, 3, 4],
                "value": [500, 5_000, 50_000],
                "return_rate": 20,
                "return_penalty": 1,
                "complaints": 2,
                "complaint_days": 30,
                "complaint_penalty": 3,
                "tier_a": 6,
                "tier_b": 3,
                "tier_c": 2,
            },
        ),
    ],
    ids=["default-rules", "edited-rules"],
)
def test_grade_matches_the_documented_rules(session, team, seed, count, edits):
    rng = random.Random(seed)
    rules = Rules()
    if edits:
        update_grading_rules(session, edits, team.manager)
        rules = Rules(
            tuple(edits["recency_days"]), edits["frequency_days"], tuple(edits["frequency"]),
            tuple(edits["value"]), edits["return_rate"], edits["return_penalty"],
            edits["complaints"], edits["complaint_days"], edits["complaint_penalty"],
            (edits["tier_a"], edits["tier_b"], edits["tier_c"]),
        )  # fmt: skip
    stories = dict(build(session, team, rng, NOW) for _ in range(count))

    result = grade(session, now=NOW)

    session.expire_all()
    tiers = dict(session.execute(select(Customer.id, Customer.tier)).tuples().all())
    expected = {cid: oracle(story, NOW, rules) for cid, story in stories.items()}
    wrong = {c: (tiers[c], e["tier"]) for c, e in expected.items() if tiers[c] != e["tier"]}
    assert wrong == {}
    # a sample of explanations agree with the oracle's numbers
    for cid in list(stories)[:60]:
        why = explain_tier(session, cid, now=NOW)
        e = expected[cid]
        got = (why.computed, why.days_since_interaction, why.deals_in_window,
               why.complaints, why.points["total"])  # fmt: skip
        assert got == (e["computed"], e["days"], e["deals"], e["complaints"], e["total"]), cid
    # the run recorded exactly the moves it reports
    moved = session.scalar(select(func.count()).where(TierChange.batch == result.batch))
    assert moved == result.moved
    working = [c for c, s in stories.items() if s.status in ("active", "pool") and not s.override]
    assert any(tiers[c] != stories[c].start_tier for c in working)
    assert {e["computed"] for e in expected.values()} == set(TIERS)  # every tier was hit
