"""Warnings (预警) and the 0-100 risk score, at the edges of every rule.

The rules, from crmdesk/core/risk.py's docstring and DESIGN.md (defaults):
    overdue payments >= 2 (unpaid and due before now)   15 points each, at most 40
    complaints >= 3 within 90 days                      10 points each, at most 30
    return rate >= 30 % of the value bought             half the rate, at most 30
    credit rating C or worse                            C 15, D 30
    the score is capped at 100; a warning fires at its threshold whatever the score.
Every time is explicit: the services get `now=`, and add_payment (which has no `now=`)
reads a clock this module pins.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import ROUND_DOWN, Decimal

import pytest

from crmdesk.core import clock
from crmdesk.core.activity import (
    add_payment,
    mark_paid,
    record_complaint,
    record_deal,
    record_return,
)
from crmdesk.core.customers import create_customer, update_customer
from crmdesk.core.errors import InvalidValue, PermissionDenied
from crmdesk.core.lifecycle import close_customers, void_customers
from crmdesk.core.models import Customer
from crmdesk.core.reasons import CLOSE_CHECKLIST
from crmdesk.core.risk import (
    WARNING_BITS,
    Warning,
    WarningRules,
    explain,
    new_customer,
    refresh_warnings,
    update_warning_rules,
    warned_customers,
    warning_rules,
    warnings_per_rule,
)
from tests.core.helpers import DAY, HOUR, SECOND, T0, names

NOW = T0 + 200 * DAY  # 2026-09-18 09:00


@dataclass
class DeskClock:
    at: datetime

    def now(self) -> datetime:
        return self.at


@pytest.fixture(autouse=True)
def desk_clock(monkeypatch) -> DeskClock:
    """add_payment refreshes warnings at clock.now(): pin it to NOW."""
    pinned = DeskClock(NOW)
    monkeypatch.setattr(clock, "now", pinned.now)
    return pinned


# --- helpers ---------------------------------------------------------------------------


def customer(session, team, credit=None, *, owner=None, pool=False, at=T0) -> int:
    fields = {"company": f"风险客户{next(names):05d}"}
    if credit:
        fields["credit_rating"] = credit
    if pool:
        return create_customer(session, fields, team.manager, to_pool=True, now=at)
    return create_customer(session, fields, team.manager, owner_id=owner or team.zhang, now=at)


def pay(session, team, cid, due, amount="500") -> int:
    return add_payment(session, cid, team.zhang, Decimal(amount), due)


def complain(session, team, cid, at, now=NOW) -> None:
    record_complaint(session, cid, team.zhang, "质量问题", at=at, now=now)


def buy(session, team, cid, amount, at=NOW - 10 * DAY) -> None:
    record_deal(session, cid, team.zhang, Decimal(str(amount)), at=at, now=NOW)


def give_back(session, team, cid, amount, at=NOW - 5 * DAY) -> None:
    record_return(session, cid, team.zhang, Decimal(str(amount)), at=at, now=NOW)


def rate_credit(session, team, cid, rating, now=NOW) -> None:
    update_customer(session, cid, {"credit_rating": rating}, team.manager, now=now)


def stored(session, cid) -> tuple[set[str], int]:
    """The warnings and score a list shows (as of the last refresh)."""
    session.expire_all()
    c = session.get(Customer, cid)
    return {r for r, bit in WARNING_BITS.items() if c.warning_flags & bit}, c.risk_score


def fired(session, cid, now=NOW) -> set[str]:
    return {w.rule for w in explain(session, [cid], now=now)[cid].warnings}


def risky(session, team, *, overdue=0, complaints=0, rate=0, credit=None) -> int:
    """A customer with `overdue` payments due last week, `complaints` this month, a
    return rate of `rate` % of 1,000 bought, and a credit rating."""
    cid = customer(session, team)
    if credit:
        rate_credit(session, team, cid, credit)
    for i in range(overdue):
        pay(session, team, cid, NOW - (7 + i) * DAY)
    for i in range(complaints):
        complain(session, team, cid, NOW - (i + 1) * DAY)
    if rate:
        buy(session, team, cid, 1000)
        give_back(session, team, cid, 10 * rate)
    return cid


# --- overdue payments ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dues", "overdue", "warned"),
    [
        ([-DAY], 1, False),  # one payment due yesterday
        ([-DAY, -2 * DAY], 2, True),
        ([-DAY, HOUR], 1, False),  # due later today: not yet overdue
        ([-DAY, timedelta(0)], 1, False),  # due this very moment: not yet
        ([-DAY, -SECOND], 2, True),  # due a second ago
        ([-DAY, -DAY, -DAY], 3, True),
    ],
)
def test_two_overdue_payments_warn(session, team, dues, overdue, warned):
    cid = customer(session, team)
    for due in dues:
        pay(session, team, cid, NOW + due)

    report = explain(session, [cid], now=NOW)[cid]
    assert report.overdue == overdue
    assert ("overdue_payments" in fired(session, cid)) is warned
    assert stored(session, cid) == (
        {"overdue_payments"} if warned else set(),
        min(15 * overdue, 40),
    )


def test_a_paid_payment_is_not_overdue(session, team):
    cid = customer(session, team)
    first = pay(session, team, cid, NOW - 3 * DAY)
    pay(session, team, cid, NOW - 2 * DAY)
    assert stored(session, cid) == ({"overdue_payments"}, 30)

    mark_paid(session, first, team.zhang, paid_at=NOW - HOUR, now=NOW)

    assert stored(session, cid) == (set(), 15)  # cleared at once
    assert explain(session, [cid], now=NOW)[cid].overdue == 1
    refresh_warnings(session, now=NOW + 30 * DAY)
    assert stored(session, cid) == (set(), 15)


def test_time_alone_makes_payments_overdue(session, team):
    cid = customer(session, team)
    pay(session, team, cid, NOW + DAY)
    pay(session, team, cid, NOW + DAY)
    assert stored(session, cid) == (set(), 0)

    refresh_warnings(session, now=NOW + DAY)
    assert stored(session, cid) == (set(), 0)

    refresh_warnings(session, now=NOW + DAY + SECOND)
    assert stored(session, cid) == ({"overdue_payments"}, 30)


# --- complaints ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("oldest", "in_window", "warned"),
    [
        (89 * DAY, 3, True),
        (90 * DAY, 3, True),  # day 90 is still in the window
        (90 * DAY + SECOND, 2, False),
        (91 * DAY, 2, False),
    ],
)
def test_three_complaints_within_90_days_warn(session, team, oldest, in_window, warned):
    cid = customer(session, team)
    complain(session, team, cid, NOW - oldest)
    complain(session, team, cid, NOW - DAY)
    complain(session, team, cid, NOW - HOUR)

    assert explain(session, [cid], now=NOW)[cid].complaints == in_window
    assert ("complaints" in fired(session, cid)) is warned
    assert stored(session, cid) == ({"complaints"} if warned else set(), 10 * in_window)


def test_complaints_warn_from_the_third_as_they_are_recorded(session, team):
    cid = customer(session, team)
    complain(session, team, cid, NOW - 2 * DAY)
    complain(session, team, cid, NOW - DAY)
    assert stored(session, cid) == (set(), 20)

    complain(session, team, cid, NOW - HOUR)

    assert stored(session, cid) == ({"complaints"}, 30)


def test_complaints_age_out_of_the_window(session, team):
    cid = customer(session, team)
    for at in (NOW - 2 * DAY, NOW - DAY, NOW):
        complain(session, team, cid, at)
    assert stored(session, cid) == ({"complaints"}, 30)

    refresh_warnings(session, now=NOW + 88 * DAY)  # the oldest is exactly 90 days old
    assert stored(session, cid) == ({"complaints"}, 30)

    refresh_warnings(session, now=NOW + 88 * DAY + SECOND)
    assert stored(session, cid) == (set(), 20)

    refresh_warnings(session, now=NOW + 90 * DAY + SECOND)
    assert stored(session, cid) == (set(), 0)


def test_warnings_are_dated_when_they_gain_a_rule_and_forgotten_when_they_clear(session, team):
    """Today's "new warnings" reads this date: a rule more dates it anew, the same rules
    keep the date, no rule left clears it."""

    def since(cid):
        session.expire_all()
        return session.get(Customer, cid).warnings_since

    cid = customer(session, team)
    for at in (NOW - 2 * DAY, NOW - DAY, NOW):
        complain(session, team, cid, at)
    assert since(cid) == NOW

    refresh_warnings(session, now=NOW + DAY)
    assert since(cid) == NOW  # nothing gained

    rate_credit(session, team, cid, "D", now=NOW + 2 * DAY)
    refresh_warnings(session, now=NOW + 2 * DAY)
    assert since(cid) == NOW + 2 * DAY  # credit joined the complaints

    rate_credit(session, team, cid, "A", now=NOW + 3 * DAY)
    refresh_warnings(session, now=NOW + 91 * DAY)
    assert since(cid) is None


def test_refresh_with_ids_only_touches_those(session, team):
    a, b = customer(session, team), customer(session, team)
    for cid in (a, b):
        for hours in (1, 2, 3):
            complain(session, team, cid, NOW - hours * HOUR)

    refresh_warnings(session, ids=[a], now=NOW + 100 * DAY)

    assert stored(session, a) == (set(), 0)
    assert stored(session, b) == ({"complaints"}, 30)


# --- returns ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("returns", "rate", "warned"),
    [
        (["299.99"], 29, False),
        (["300"], 30, True),  # exactly 30 %
        (["100", "200"], 30, True),  # returns add up
        (["300.01"], 30, True),
        (["1500"], 150, True),  # more back than bought
    ],
)
def test_a_return_rate_of_30_percent_warns(session, team, returns, rate, warned):
    cid = customer(session, team)
    buy(session, team, cid, "1000")
    for amount in returns:
        give_back(session, team, cid, amount)

    report = explain(session, [cid], now=NOW)[cid]
    assert report.return_rate == rate
    assert ("returns" in fired(session, cid)) is warned
    assert stored(session, cid)[0] == ({"returns"} if warned else set())


def test_returns_without_a_deal_have_no_rate(session, team):
    cid = customer(session, team)
    give_back(session, team, cid, "100")

    assert explain(session, [cid], now=NOW)[cid].return_rate == 0
    assert stored(session, cid) == (set(), 0)


@pytest.mark.parametrize("amount", ["0", "-300"])
def test_a_return_of_nothing_or_less_is_refused_and_changes_nothing(session, team, amount):
    """A negative return would lower the return rate and hide a risky customer."""
    cid = customer(session, team)
    buy(session, team, cid, 1000)
    give_back(session, team, cid, 400)

    with pytest.raises(InvalidValue):
        give_back(session, team, cid, amount)

    assert explain(session, [cid], now=NOW)[cid].return_rate == 40
    assert stored(session, cid) == ({"returns"}, 20)


def test_a_new_deal_lowers_the_return_rate_at_once(session, team):
    cid = customer(session, team)
    buy(session, team, cid, "1000")
    give_back(session, team, cid, "300")
    assert stored(session, cid) == ({"returns"}, 15)

    buy(session, team, cid, "500", at=NOW - DAY)  # 300 of 1,500: 20 %

    assert stored(session, cid) == (set(), 10)


def test_exactly_30_percent_returned_with_cents_warns(session, team):
    cid = customer(session, team)
    buy(session, team, cid, "8110.80")
    give_back(session, team, cid, "2433.24")  # exactly 30 %

    assert stored(session, cid) == ({"returns"}, 15)
    assert explain(session, [cid], now=NOW)[cid].return_rate == 30


def test_a_rate_a_hair_under_30_percent_is_29_on_both_databases(session, team):
    cid = customer(session, team)
    buy(session, team, cid, "3333333.33")
    give_back(session, team, cid, "999999.99")  # 29.99999973 %: no warning

    report = explain(session, [cid], now=NOW)[cid]
    assert (report.return_rate, report.score, report.warnings) == (29, 14, [])
    assert stored(session, cid) == (set(), 14)


@pytest.mark.parametrize(("back", "points"), [("310", 15), ("590", 29)])
def test_half_the_return_rate_is_rounded_down(session, team, back, points):
    cid = customer(session, team)
    buy(session, team, cid, "1000")
    give_back(session, team, cid, back)  # 31 % or 59 %

    report = explain(session, [cid], now=NOW)[cid]
    [warning] = report.warnings
    assert warning.points == points
    assert report.score == points
    assert stored(session, cid) == ({"returns"}, points)


# --- credit rating ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rating", "warned", "score"),
    [(None, False, 0), ("A", False, 0), ("B", False, 0), ("C", True, 15), ("D", True, 30)],
)
def test_credit_c_or_worse_warns(session, team, rating, warned, score):
    cid = customer(session, team)
    if rating:
        rate_credit(session, team, cid, rating)

    assert stored(session, cid) == ({"credit"} if warned else set(), score)
    assert ("credit" in fired(session, cid)) is warned


@pytest.mark.parametrize("threshold", ["A", "B", "C", "D"])
def test_a_new_customers_warnings_need_no_query(session, team, threshold):
    """The import writes new customers' flags and scores itself (risk.new_customer):
    they must be what the set-based refresh computes for them."""
    update_warning_rules(session, {"credit": threshold}, team.manager)
    rules = warning_rules(session)
    for rating in (None, "A", "B", "C", "D"):
        cid = customer(session, team, rating)
        refresh_warnings(session, ids=[cid], now=NOW)
        flags, score = new_customer(rules, rating)

        expected = {r for r, bit in WARNING_BITS.items() if flags & bit}
        assert stored(session, cid) == (expected, score), rating
    assert new_customer(rules, "D") == (WARNING_BITS["credit"], 30)


def test_a_better_credit_rating_clears_the_warning_at_once(session, team):
    cid = customer(session, team)
    rate_credit(session, team, cid, "D")
    assert stored(session, cid) == ({"credit"}, 30)

    rate_credit(session, team, cid, "B", now=NOW + DAY)

    assert stored(session, cid) == (set(), 0)


@pytest.mark.parametrize(
    ("threshold", "warned"),
    [("A", "ABCD"), ("B", "BCD"), ("C", "CD"), ("D", "D")],
)
def test_the_credit_threshold_is_editable(session, team, threshold, warned):
    ids = {}
    for rating in "ABCD":
        ids[rating] = customer(session, team)
        rate_credit(session, team, ids[rating], rating)

    update_warning_rules(session, {"credit": threshold}, team.manager, now=NOW)

    flagged = {r for r, cid in ids.items() if "credit" in stored(session, cid)[0]}
    assert flagged == set(warned)
    # the score does not follow the threshold: C 15 and D 30 whatever warns
    assert {r: stored(session, cid)[1] for r, cid in ids.items()} == {
        "A": 0, "B": 0, "C": 15, "D": 30,
    }  # fmt: skip


def test_a_customer_created_with_a_bad_rating_is_warned_at_once(session, team):
    cid = customer(session, team, "D")

    assert stored(session, cid) == ({"credit"}, 30)


# --- the score -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("signals", "score"),
    [
        ({}, 0),
        ({"overdue": 1}, 15),
        ({"overdue": 2}, 30),
        ({"overdue": 3}, 40),  # 45, at most 40
        ({"overdue": 4}, 40),
        ({"complaints": 1}, 10),
        ({"complaints": 2}, 20),
        ({"complaints": 3}, 30),
        ({"complaints": 4}, 30),  # at most 30
        ({"rate": 20}, 10),
        ({"rate": 30}, 15),
        ({"rate": 60}, 30),
        ({"rate": 80}, 30),  # at most 30
        ({"credit": "B"}, 0),
        ({"credit": "C"}, 15),
        ({"credit": "D"}, 30),
        ({"overdue": 1, "complaints": 1, "rate": 40, "credit": "C"}, 60),
        ({"overdue": 3, "complaints": 3, "credit": "C"}, 85),
        ({"overdue": 3, "complaints": 3, "rate": 60}, 100),
        ({"overdue": 4, "complaints": 4, "rate": 80, "credit": "D"}, 100),  # 130, capped
    ],
)
def test_the_risk_score(session, team, signals, score):
    cid = risky(session, team, **signals)
    refresh_warnings(session, now=NOW)

    assert stored(session, cid)[1] == score
    assert explain(session, [cid], now=NOW)[cid].score == score


def test_a_warning_fires_whatever_the_score(session, team):
    cid = customer(session, team)
    rate_credit(session, team, cid, "B")
    update_warning_rules(session, {"credit": "B"}, team.manager, now=NOW)

    assert stored(session, cid) == ({"credit"}, 0)
    assert [r.customer_id for r in warned_customers(session, now=NOW)] == [cid]


def test_explain_names_each_warning_with_its_numbers(session, team):
    cid = risky(session, team, overdue=3, complaints=4, rate=60, credit="D")

    report = explain(session, [cid], now=NOW)[cid]

    assert report.warnings == [
        Warning("overdue_payments", 3, 2, 40),
        Warning("complaints", 4, 3, 30),
        Warning("returns", 60, 30, 30),
        Warning("credit", "D", "C", 30),
    ]
    assert (report.customer_id, report.score) == (cid, 100)
    assert (report.overdue, report.complaints, report.return_rate, report.credit) == (
        3, 4, 60, "D",
    )  # fmt: skip
    assert [w.message() for w in report.warnings] == [
        "3 overdue payments (warning at 2)",
        "4 complaints in the window (warning at 3)",
        "return rate 60% (warning at 30%)",
        "credit rating D (warning at C or worse)",
    ]
    assert report.warnings[0].message("zh_CN") == "逾期付款 3 笔（≥2 预警）"


def test_explain_below_every_threshold_shows_numbers_but_no_warning(session, team):
    quiet = risky(session, team, overdue=1, complaints=2, rate=20, credit="B")
    nothing = customer(session, team)

    reports = explain(session, [quiet, nothing], now=NOW)

    assert reports[quiet].warnings == []
    assert (reports[quiet].overdue, reports[quiet].complaints) == (1, 2)
    assert (reports[quiet].return_rate, reports[quiet].credit) == (20, "B")
    assert reports[quiet].score == 15 + 20 + 10
    assert (reports[nothing].warnings, reports[nothing].score) == ([], 0)


def test_explain_is_live_between_refreshes(session, team):
    cid = customer(session, team)
    pay(session, team, cid, NOW + DAY)
    pay(session, team, cid, NOW + 2 * DAY)

    later = explain(session, [cid], now=NOW + 3 * DAY)[cid]

    assert later.score == 30
    assert [w.rule for w in later.warnings] == ["overdue_payments"]
    assert stored(session, cid) == (set(), 0)  # the list still shows the last refresh


def test_each_record_updates_the_warnings_at_once(session, team):
    cid = customer(session, team)
    pay(session, team, cid, NOW - 3 * DAY)
    assert stored(session, cid) == (set(), 15)
    pay(session, team, cid, NOW - 2 * DAY)  # a second payment already overdue
    assert stored(session, cid) == ({"overdue_payments"}, 30)

    for hours in (3, 2, 1):
        complain(session, team, cid, NOW - hours * HOUR)
    assert stored(session, cid) == ({"overdue_payments", "complaints"}, 60)

    rate_credit(session, team, cid, "C")
    assert stored(session, cid) == ({"overdue_payments", "complaints", "credit"}, 75)

    buy(session, team, cid, "1000")
    assert stored(session, cid)[1] == 75
    give_back(session, team, cid, "400")
    assert stored(session, cid) == (set(WARNING_BITS), 95)


# --- lists -----------------------------------------------------------------------------


def test_warned_customers_riskiest_first_working_only(session, team):
    d = risky(session, team, credit="D")  # 30
    worst = risky(session, team, complaints=3, credit="D")  # 60
    c = risky(session, team, credit="C")  # 15
    late = risky(session, team, overdue=2)  # 30, ties with d: by id
    risky(session, team, overdue=1)  # 15, but no warning
    risky(session, team)  # nothing
    in_pool = customer(session, team, pool=True)
    rate_credit(session, team, in_pool, "C", now=NOW)  # pools are worked too
    voided = risky(session, team, credit="D")
    closed = risky(session, team, credit="D")
    void_customers(session, [voided], "duplicate", None, team.zhang, now=NOW)
    close_customers(
        session, [closed], "lifecycle_ended", None, CLOSE_CHECKLIST, team.zhang, now=NOW
    )

    rows = warned_customers(session, now=NOW)

    assert [(r.customer_id, r.score) for r in rows] == [
        (worst, 60), (d, 30), (late, 30), (c, 15), (in_pool, 15),
    ]  # fmt: skip
    assert [sorted(w.rule for w in r.warnings) for r in rows] == [
        ["complaints", "credit"], ["credit"], ["overdue_payments"], ["credit"], ["credit"],
    ]  # fmt: skip
    assert [r.status for r in rows] == ["active"] * 4 + ["pool"]
    assert rows[0].owner_id == team.zhang
    assert [r.customer_id for r in warned_customers(session, rule="complaints", now=NOW)] == [worst]
    assert [r.customer_id for r in warned_customers(session, rule="credit", now=NOW)] == [
        worst, d, c, in_pool,
    ]  # fmt: skip
    assert [r.customer_id for r in warned_customers(session, offset=1, limit=2, now=NOW)] == [
        d, late,
    ]  # fmt: skip
    with pytest.raises(InvalidValue):
        warned_customers(session, rule="credit_rating", now=NOW)


def test_warnings_per_rule_counts_working_customers(session, team):
    risky(session, team, overdue=2)
    risky(session, team, complaints=3, credit="D")
    risky(session, team, rate=30)
    risky(session, team, credit="C")
    risky(session, team, overdue=1, complaints=2, rate=20, credit="B")  # warns nothing
    pooled = customer(session, team, pool=True)
    rate_credit(session, team, pooled, "D")
    voided = risky(session, team, overdue=3, credit="D")
    void_customers(session, [voided], "duplicate", None, team.zhang, now=NOW)

    assert warnings_per_rule(session) == {
        "overdue_payments": 1, "complaints": 1, "returns": 1, "credit": 3,
    }  # fmt: skip


# --- editing the rules -----------------------------------------------------------------


def test_only_managers_edit_warning_rules(session, team):
    cid = risky(session, team, overdue=1)

    with pytest.raises(PermissionDenied):
        update_warning_rules(session, {"overdue_payments": 1}, team.zhang, now=NOW)

    assert warning_rules(session) == WarningRules()
    assert stored(session, cid) == (set(), 15)


@pytest.mark.parametrize(
    "change",
    [
        {"overdue_payments": 0},
        {"overdue_payments": 3651},
        {"complaints": 0},
        {"complaint_days": 0},
        {"return_rate": 0},
        {"return_rate": 101},
        {"complaints": 2.0},
        {"complaints": "3"},
        {"complaints": True},
        {"credit": "E"},
        {"credit": "c"},
        {"credit": None},
        {"overdue": 2},
    ],
)
def test_refused_warning_rules_change_nothing(session, team, change):
    with pytest.raises(InvalidValue):
        update_warning_rules(session, change, team.manager, now=NOW)

    assert warning_rules(session) == WarningRules()


@pytest.mark.parametrize(
    "change",
    [{"overdue_payments": 1}, {"complaint_days": 3650}, {"return_rate": 100}, {"credit": "A"}],
)
def test_the_widest_accepted_warning_rules(session, team, change):
    rules = update_warning_rules(session, change, team.manager, now=NOW)

    assert rules == warning_rules(session) == WarningRules(**change)


def test_new_warning_rules_recompute_flags_at_once(session, team):
    one_overdue = risky(session, team, overdue=1)
    three_complaints = risky(session, team, complaints=3)
    old_complaints = customer(session, team)
    for days in (40, 41):
        complain(session, team, old_complaints, NOW - days * DAY)
    quarter = customer(session, team)
    buy(session, team, quarter, "1000")
    give_back(session, team, quarter, "260")
    assert [stored(session, c)[0] for c in (one_overdue, three_complaints, quarter)] == [
        set(), {"complaints"}, set(),
    ]  # fmt: skip

    rules = update_warning_rules(
        session,
        {"overdue_payments": 1, "complaints": 2, "complaint_days": 30, "return_rate": 25},
        team.manager,
        now=NOW,
    )

    assert rules == WarningRules(
        overdue_payments=1, complaints=2, complaint_days=30, return_rate=25
    )
    assert stored(session, one_overdue) == ({"overdue_payments"}, 15)
    assert stored(session, three_complaints) == ({"complaints"}, 30)  # 3 in 30 days
    assert stored(session, old_complaints) == (set(), 0)  # 40 days ago: out of 30
    assert stored(session, quarter) == ({"returns"}, 13)
    assert warning_rules(session) == rules  # kept

    update_warning_rules(session, {"complaint_days": 41}, team.manager, now=NOW)
    assert stored(session, old_complaints) == ({"complaints"}, 20)


# --- the documented rules against random customers -------------------------------------


@dataclass
class Books:
    credit: str | None
    payments: list[tuple[datetime, bool]] = field(default_factory=list)  # due, paid
    complaints: list[datetime] = field(default_factory=list)
    bought: Decimal = Decimal(0)
    returned: Decimal = Decimal(0)
    status: str = "active"


def expected(b: Books, now: datetime, r: dict) -> tuple[set[str], int]:
    """The docstring's rules, written out independently of risk.py."""
    overdue = sum(not paid and due < now for due, paid in b.payments)
    since = now - timedelta(days=r["complaint_days"])
    complaints = sum(since <= at <= now for at in b.complaints)
    rate = int(b.returned * 100 // b.bought) if b.bought else 0
    bad = "ABCD"[("ABCD".index(r["credit"])) :]
    warned = set()
    if overdue >= r["overdue_payments"]:
        warned.add("overdue_payments")
    if complaints >= r["complaints"]:
        warned.add("complaints")
    if b.bought and b.returned * 100 >= b.bought * r["return_rate"]:
        warned.add("returns")
    if b.credit is not None and b.credit in bad:
        warned.add("credit")
    score = (
        min(15 * overdue, 40)
        + min(10 * complaints, 30)
        + min(rate // 2, 30)
        + {"C": 15, "D": 30}.get(b.credit or "", 0)
    )
    return warned, min(score, 100)


def around(rng: random.Random, edges: list[timedelta], spread: int) -> timedelta:
    if rng.random() < 0.5:
        return rng.choice(edges) + rng.choice([timedelta(0), SECOND, -SECOND])
    return timedelta(seconds=rng.randrange(-spread * 86400, spread * 86400))


def open_books(session, team, rng: random.Random, now: datetime) -> tuple[int, Books]:
    b = Books(rng.choice([None, None, "A", "B", "C", "D"]))
    owner = rng.choice([team.zhang, team.li, team.wang])
    cid = customer(session, team, b.credit, owner=owner, at=now - 300 * DAY)
    m = team.manager
    for _ in range(rng.choice([0, 0, 1, 2, 2, 3, 4])):
        due = now + around(rng, [timedelta(0), -DAY, HOUR], 30)
        pid = add_payment(session, cid, m, Decimal(100), due)
        paid = rng.random() < 0.25
        if paid:
            mark_paid(session, pid, m, paid_at=now - HOUR, now=now)
        b.payments.append((due, paid))
    for _ in range(rng.choice([0, 0, 1, 2, 3, 3, 4, 5])):
        at = now - abs(around(rng, [30 * DAY, 89 * DAY, 90 * DAY, 91 * DAY], 120))
        record_complaint(session, cid, m, at=at, now=now)
        b.complaints.append(at)
    if rng.random() < 0.5:
        b.bought = Decimal(rng.choice(["100", "999.99", "1000", "2500.50", "8110.80", "10000"]))
        record_deal(session, cid, m, b.bought, at=now - 20 * DAY, now=now)
        # exact, odd and even rates, a cent either side, on amounts floats cannot hold
        pct = rng.choice([0, 10, 20, 29, 30, 30, 31, 32, 58, 59, 60, 80, 120])
        b.returned = (b.bought * pct / 100).quantize(Decimal("0.01"), ROUND_DOWN)
        if b.returned:
            b.returned += rng.choice([Decimal(0), Decimal(0), Decimal("0.01"), Decimal("-0.01")])
        if b.returned:
            record_return(session, cid, m, Decimal(b.returned), at=now - DAY, now=now)
    roll = rng.random()
    if roll < 0.08:
        void_customers(session, [cid], "duplicate", None, m, now=now)
        b.status = "voided"
    elif roll < 0.12:
        close_customers(session, [cid], "market_change", None, CLOSE_CHECKLIST, m, now=now)
        b.status = "closed"
    return cid, b


@pytest.mark.parametrize(
    ("seed", "edits"),
    [
        (20260918, {}),
        (11, {"overdue_payments": 1, "complaints": 2, "complaint_days": 30, "credit": "B"}),
        (12, {"overdue_payments": 3, "complaints": 5, "return_rate": 50, "credit": "D"}),
    ],
    ids=["default-rules", "stricter-rules", "looser-rules"],
)
def test_flags_and_scores_match_the_documented_rules(session, team, seed, edits):
    rng = random.Random(seed)
    if edits:
        update_warning_rules(session, edits, team.manager, now=NOW)
    rules = {"overdue_payments": 2, "complaints": 3, "complaint_days": 90,
             "return_rate": 30, "credit": "C", **edits}  # fmt: skip
    books = dict(open_books(session, team, rng, NOW) for _ in range(120))

    refresh_warnings(session, now=NOW)

    want = {cid: expected(b, NOW, rules) for cid, b in books.items()}
    got = {cid: stored(session, cid) for cid in books}
    assert {c: (got[c], want[c]) for c in books if got[c] != want[c]} == {}
    reports = explain(session, list(books), now=NOW)
    assert {c: ({w.rule for w in r.warnings}, r.score) for c, r in reports.items()} == want
    working = {c for c, b in books.items() if b.status == "active"}
    counts = {rule: sum(rule in want[c][0] for c in working) for rule in WARNING_BITS}
    assert warnings_per_rule(session) == counts
    listed = [r.customer_id for r in warned_customers(session, limit=1000, now=NOW)]
    assert listed == sorted((c for c in working if want[c][0]), key=lambda c: (-want[c][1], c))
    assert all(counts.values())  # every rule fired for someone
    assert len({score for _, score in want.values()}) > 10
