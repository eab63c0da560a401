"""Void suggestions (作废标准) and the cleanup queue: each rule at its edges, what accepting
and dismissing do, and the bulk actions a manager works the queue with."""

from __future__ import annotations

import itertools
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crmdesk.core.activity import log_followup, record_deal
from crmdesk.core.customers import create_customer, update_customer
from crmdesk.core.duplicates import merge_customers
from crmdesk.core.errors import InvalidTransition, InvalidValue, PermissionDenied
from crmdesk.core.lifecycle import (
    archive_customers,
    close_customers,
    reactivate_customers,
    void_customers,
)
from crmdesk.core.models import ACTIVE, ARCHIVED, POOL, VOIDED, Customer, Transition
from crmdesk.core.reasons import CLOSE_CHECKLIST
from crmdesk.core.suggestions import (
    SuggestionRules,
    accept_reasons,
    accept_suggestions,
    cleanup_counts,
    cleanup_queue,
    dismiss_suggestions,
    list_suggestions,
    suggested_customers,
    suggestion_counts,
    suggestion_rules,
    suggestions_for,
    update_suggestion_rules,
)

from .helpers import DAY, HOUR, SECOND, T0

JUNK = {"phone": "12345", "email": "abcqq.com"}  # neither can be dialled or written to
numbers = itertools.count(1)


# --- helpers ---------------------------------------------------------------------------


def add(session: Session, team, *, at: datetime = T0, owner=None, pool=False, **fields) -> int:
    """A customer of 张三's (or pooled) created at `at`, reachable on its own mobile unless
    the test says otherwise (a field given as None is left out)."""
    n = next(numbers)
    values = {"company": f"建议测试{n:05d}有限公司", "phone": f"139{n:08d}", **fields}
    values = {k: v for k, v in values.items() if v is not None}
    return create_customer(
        session,
        values,
        team.manager,
        owner_id=None if pool else owner or team.zhang,
        to_pool=pool,
        now=at,
    )


def rules_of(session: Session, cid: int, now: datetime) -> list[str]:
    """The rules suggesting a customer, strongest first."""
    return [s.rule for s in suggestions_for(session, [cid], now=now).get(cid, [])]


def top(session: Session, cid: int, now: datetime):
    return suggestions_for(session, [cid], now=now)[cid][0]


def fail(session: Session, actor: int, cid: int, at: datetime, times: int = 1) -> datetime:
    """`times` unanswered calls an hour apart from `at`; returns when the last one was."""
    when = at
    for i in range(times):
        when = at + i * HOUR
        log_followup(session, cid, actor, "call", "no_answer", at=when, now=when)
    return when


def reach(session: Session, actor: int, cid: int, at: datetime) -> None:
    log_followup(session, cid, actor, "call", "reached", at=at, now=at)


def status_of(session: Session, cid: int) -> str:
    session.expire_all()
    return session.get(Customer, cid).status


def voids(session: Session) -> list[Transition]:
    return list(
        session.scalars(
            select(Transition).where(Transition.action == "void").order_by(Transition.id)
        )
    )


def close(session: Session, team, cid: int, at: datetime) -> None:
    close_customers(session, [cid], "lifecycle_ended", None, CLOSE_CHECKLIST, team.manager, now=at)


def set_tier_d(session: Session, *ids: int) -> None:
    session.execute(update(Customer).where(Customer.id.in_(ids)).values(tier="D"))
    session.commit()


# --- inactive ----------------------------------------------------------------------------


def test_inactive_is_suggested_at_180_days_after_creation_not_179(session, team):
    cid = add(session, team, at=T0)
    assert rules_of(session, cid, T0 + 179 * DAY) == []
    assert rules_of(session, cid, T0 + 180 * DAY - SECOND) == []
    assert rules_of(session, cid, T0 + 180 * DAY) == ["inactive"]
    assert top(session, cid, T0 + 180 * DAY).evidence == "180"
    assert top(session, cid, T0 + 200 * DAY).evidence == "200"


def test_a_reached_followup_restarts_the_inactive_period(session, team):
    cid = add(session, team, at=T0)
    reach(session, team.zhang, cid, T0 + 100 * DAY)
    assert rules_of(session, cid, T0 + 279 * DAY) == []
    assert rules_of(session, cid, T0 + 280 * DAY) == ["inactive"]


def test_a_deal_restarts_the_inactive_period(session, team):
    cid = add(session, team, at=T0)
    when = T0 + 50 * DAY
    record_deal(session, cid, team.zhang, Decimal("5000"), at=when, now=when)
    assert rules_of(session, cid, T0 + 229 * DAY) == []
    assert rules_of(session, cid, T0 + 230 * DAY) == ["inactive"]


def test_a_failed_followup_does_not_restart_the_inactive_period(session, team):
    cid = add(session, team, at=T0)
    fail(session, team.zhang, cid, T0 + 170 * DAY)
    assert rules_of(session, cid, T0 + 180 * DAY) == ["inactive"]
    assert top(session, cid, T0 + 180 * DAY).evidence == "180"


def test_a_failed_attempt_after_a_reached_one_does_not_erase_the_interaction(session, team):
    cid = add(session, team, at=T0)
    reach(session, team.zhang, cid, T0 + 100 * DAY)
    fail(session, team.zhang, cid, T0 + 150 * DAY)
    # Last spoken to 80 days ago: not "no interaction for 180 days".
    assert rules_of(session, cid, T0 + 180 * DAY) == []


def test_only_working_customers_are_suggested(session, team):
    at = T0 + 200 * DAY  # every customer below is inactive and has no valid contact
    active = add(session, team, **JUNK)
    pooled = add(session, team, pool=True, **JUNK)
    voided = add(session, team, **JUNK)
    closed = add(session, team, **JUNK)
    archived = add(session, team, **JUNK)
    void_customers(session, [voided], "need_mismatch", None, team.manager, now=T0 + DAY)
    close(session, team, closed, T0 + DAY)
    close(session, team, archived, T0 + DAY)
    archive_customers(session, [archived], team.manager, now=T0 + 2 * DAY)

    everyone = [active, pooled, voided, closed, archived]
    found = suggestions_for(session, everyone, now=at)
    assert sorted(found) == sorted([active, pooled])
    assert [s.rule for s in found[pooled]] == ["no_contact", "inactive"]
    assert suggestion_counts(session, now=at) == {
        "duplicate": 0,
        "no_contact": 2,
        "failed": 0,
        "inactive": 2,
    }
    assert [s.customer_id for s in list_suggestions(session, now=at)] == [active, pooled]


# --- failed -------------------------------------------------------------------------------


def test_failed_is_suggested_at_5_attempts_in_a_row_not_4(session, team):
    cid = add(session, team, at=T0)
    last = fail(session, team.zhang, cid, T0 + DAY, times=4)
    assert rules_of(session, cid, last + HOUR) == []
    fail(session, team.zhang, cid, last + HOUR)
    assert rules_of(session, cid, last + 2 * HOUR) == ["failed"]
    assert top(session, cid, last + 2 * HOUR).evidence == "5"


def test_a_reached_followup_resets_the_failed_count(session, team):
    cid = add(session, team, at=T0)
    last = fail(session, team.zhang, cid, T0 + DAY, times=5)
    assert rules_of(session, cid, last) == ["failed"]
    reach(session, team.zhang, cid, last + HOUR)
    assert rules_of(session, cid, last + HOUR) == []
    last = fail(session, team.zhang, cid, last + 2 * HOUR, times=4)
    assert rules_of(session, cid, last) == []


# --- no_contact ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "contact",
    [
        {"phone": None},  # nothing at all
        JUNK,
        {**JUNK, "phone": "88886666"},  # a local number: which city?
        {**JUNK, "phone2": "88886666"},
        {**JUNK, "wechat": "   "},  # blank is not a WeChat id
    ],
    ids=["nothing", "junk", "local-number", "local-number-2", "blank-wechat"],
)
def test_no_valid_channel_is_suggested(session, team, contact):
    cid = add(session, team, **contact)
    assert rules_of(session, cid, T0 + DAY) == ["no_contact"]


@pytest.mark.parametrize(
    "channel",
    [
        {"phone": "13800138000"},
        {"phone": "0571-88886666"},
        {"phone2": "021 6666 8888"},
        {"email": "li.si@example.com"},
        {"wechat": "wx_lisi"},
    ],
    ids=["mobile", "landline", "second-phone", "email", "wechat"],
)
def test_one_valid_channel_is_enough(session, team, channel):
    cid = add(session, team, **{**JUNK, **channel})
    assert rules_of(session, cid, T0 + DAY) == []


def test_an_edit_to_a_valid_channel_ends_the_suggestion(session, team):
    cid = add(session, team, **JUNK)
    assert rules_of(session, cid, T0 + DAY) == ["no_contact"]
    update_customer(session, cid, {"email": "ok@example.com"}, team.zhang, now=T0 + DAY)
    assert rules_of(session, cid, T0 + DAY) == []


# --- duplicate ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("older", "newer"),
    [
        ({"phone": "13800138000"}, {"phone": "+86 138-0013-8000"}),
        ({"email": "Zhang.Wei@QQ.com"}, {"email": " zhang.wei@qq.com "}),
        ({"company": "杭州鼎盛科技有限公司"}, {"company": "杭州鼎盛科技有限责任公司"}),
    ],
    ids=["phone", "email", "company"],
)
def test_the_newer_of_two_duplicates_is_suggested_the_older_not(session, team, older, newer):
    a = add(session, team, **older)
    b = add(session, team, **newer)
    assert rules_of(session, a, T0 + DAY) == []
    assert rules_of(session, b, T0 + DAY) == ["duplicate"]
    assert top(session, b, T0 + DAY).evidence == "1"
    assert top(session, b, T0 + DAY).reason == "duplicate"


def test_a_duplicate_counts_every_older_customer_once(session, team):
    a = add(session, team, company="杭州鼎盛科技有限公司", phone="13800138000")
    b = add(session, team, company="杭州鼎盛科技有限责任公司", phone="13800138000")
    c = add(session, team, company="杭州鼎盛科技股份有限公司", phone="138 0013 8000")
    assert rules_of(session, a, T0 + DAY) == []
    assert top(session, b, T0 + DAY).evidence == "1"  # name and phone, one customer
    assert top(session, c, T0 + DAY).evidence == "2"


@pytest.mark.parametrize(
    ("what_happened_to_the_older", "still_suggested"),
    [
        ("voided_as_duplicate", False),
        ("merged_away", False),
        ("voided_for_another_reason", True),
        ("closed", True),
    ],
)
def test_only_a_duplicate_void_stops_the_older_customer_counting(
    session, team, what_happened_to_the_older, still_suggested
):
    a = add(session, team, phone="13800138000")
    b = add(session, team, phone="13800138000")
    at = T0 + DAY
    if what_happened_to_the_older == "voided_as_duplicate":
        void_customers(session, [a], "duplicate", None, team.manager, now=at)
    elif what_happened_to_the_older == "merged_away":
        merge_customers(session, [a, b], b, team.manager, now=at)
        assert status_of(session, a) == VOIDED
    elif what_happened_to_the_older == "voided_for_another_reason":
        void_customers(session, [a], "need_mismatch", None, team.manager, now=at)
    else:
        close(session, team, a, at)
    assert rules_of(session, b, at + HOUR) == (["duplicate"] if still_suggested else [])


def test_a_customer_merged_into_the_oldest_is_not_counted_against_a_third(session, team):
    a = add(session, team, phone="13800138000")
    b = add(session, team, phone="13800138000")
    c = add(session, team, phone="13800138000")
    assert top(session, c, T0 + DAY).evidence == "2"
    merge_customers(session, [b], a, team.manager, now=T0 + DAY)
    assert top(session, c, T0 + DAY).evidence == "1"
    assert rules_of(session, a, T0 + DAY) == []


# --- what a suggestion says -----------------------------------------------------------------


def test_each_message_carries_its_number_in_english_and_chinese(session, team):
    idle = add(session, team, at=T0)
    failing = add(session, team, at=T0)
    fail(session, team.zhang, failing, T0 + DAY, times=6)
    add(session, team, at=T0, company="杭州鼎盛科技有限公司")
    add(session, team, at=T0, company="杭州鼎盛科技有限责任公司")
    twin = add(session, team, at=T0, company="杭州鼎盛科技股份有限公司")
    silent = add(session, team, at=T0, **JUNK)

    at = T0 + 150 * DAY
    expected = {
        failing: ("6", "failed contact attempts", "连续 6 次联系失败"),
        twin: ("2", "older customers: 2", "2 个更早的客户"),
    }
    for cid, (number, en, zh) in expected.items():
        s = top(session, cid, at)
        assert s.evidence == number
        assert en in s.message("en")
        assert zh in s.message("zh")
        assert zh in s.message("zh_CN")
    at = T0 + 200 * DAY
    s = top(session, idle, at)
    assert "200" in s.message("en") and "days" in s.message("en")
    assert s.message("zh") == "200 天无互动"
    s = top(session, silent, T0 + DAY)
    assert "phone" in s.message("en")
    assert "电话" in s.message("zh")


def test_the_strongest_rule_leads_and_names_the_void_reason(session, team):
    """duplicate > no_contact > failed > inactive, each with its void reason."""
    original = add(session, team, company="杭州鼎盛科技有限公司")
    everything = add(session, team, company="杭州鼎盛科技有限责任公司", **JUNK)
    no_contact = add(session, team, **JUNK)
    failed = add(session, team)
    idle = add(session, team)
    for cid in (everything, no_contact, failed):
        fail(session, team.zhang, cid, T0 + DAY, times=5)

    at = T0 + 200 * DAY
    assert rules_of(session, everything, at) == ["duplicate", "no_contact", "failed", "inactive"]
    assert rules_of(session, no_contact, at) == ["no_contact", "failed", "inactive"]
    assert rules_of(session, failed, at) == ["failed", "inactive"]
    assert rules_of(session, idle, at) == ["inactive"]
    assert [s.reason for s in suggestions_for(session, [everything], now=at)[everything]] == [
        "duplicate",
        "invalid_info",
        "no_response",
        "no_response",
    ]
    leading = {s.customer_id: (s.rule, s.reason) for s in list_suggestions(session, now=at)}
    assert leading == {
        everything: ("duplicate", "duplicate"),
        no_contact: ("no_contact", "invalid_info"),
        failed: ("failed", "no_response"),
        idle: ("inactive", "no_response"),
        original: ("inactive", "no_response"),  # the older one is no duplicate
    }


# --- accepting ----------------------------------------------------------------------------


def test_accepting_voids_each_with_its_reason_in_one_batch(session, team):
    add(session, team, company="杭州鼎盛科技有限公司")
    twin = add(session, team, company="杭州鼎盛科技有限责任公司")
    silent = add(session, team, pool=True, **JUNK)
    failing = add(session, team)
    idle = add(session, team, at=T0 - 300 * DAY)
    fail(session, team.zhang, failing, T0 + DAY, times=5)
    at = T0 + 2 * DAY
    ids = [twin, silent, failing, idle]
    fine = add(session, team, phone="13812345678")
    assert accept_reasons(session, [*ids, fine], now=at) == {  # what is confirmed first
        "duplicate": 1,
        "invalid_info": 1,
        "no_response": 2,
    }

    result = accept_suggestions(session, ids, team.manager, now=at)

    assert sorted(result.customer_ids) == sorted(ids)
    assert [status_of(session, cid) for cid in ids] == [VOIDED] * 4
    rows = {t.customer_id: t for t in voids(session)}
    assert sorted(rows) == sorted(ids)
    assert {t.batch for t in rows.values()} == {result.batch}
    assert {t.at for t in rows.values()} == {at}
    assert {t.actor_id for t in rows.values()} == {team.manager}
    got = {cid: (t.reason_code, t.details) for cid, t in rows.items()}
    assert got == {
        twin: ("duplicate", {"suggestion": "duplicate", "evidence": "1"}),
        silent: ("invalid_info", {"suggestion": "no_contact", "evidence": "12345||abcqq.com|"}),
        failing: ("no_response", {"suggestion": "failed", "evidence": "5"}),
        idle: ("no_response", {"suggestion": "inactive", "evidence": "302"}),
    }
    assert "5" in rows[failing].note  # the note says why, in the team's language
    assert rows[silent].from_status == POOL
    assert suggestions_for(session, ids, now=at) == {}
    assert {c: session.get(Customer, c).status_reason for c in ids} == {
        twin: "duplicate",
        silent: "invalid_info",
        failing: "no_response",
        idle: "no_response",
    }


def test_accepting_keeps_a_note_the_manager_wrote(session, team):
    cid = add(session, team, **JUNK)
    accept_suggestions(session, [cid], team.manager, note="空号，已核实", now=T0 + DAY)
    (row,) = voids(session)
    assert row.note == "空号，已核实"
    assert row.details == {"suggestion": "no_contact", "evidence": "12345||abcqq.com|"}


@pytest.mark.parametrize("how", ["fixed_since", "dismissed", "never_suggested", "voided"])
def test_accepting_is_refused_whole_when_one_is_no_longer_suggested(session, team, how):
    good = add(session, team, **JUNK)
    other = add(session, team, **JUNK)
    at = T0 + DAY
    if how == "fixed_since":
        update_customer(session, other, {"phone": "13800138000"}, team.zhang, now=at)
    elif how == "dismissed":
        dismiss_suggestions(session, [other], team.zhang, now=at)
    elif how == "never_suggested":
        other = add(session, team)
    else:
        void_customers(session, [other], "need_mismatch", None, team.zhang, now=at)
    before = len(voids(session))

    with pytest.raises((InvalidValue, InvalidTransition)):
        accept_suggestions(session, [good, other], team.manager, now=at + HOUR)

    assert status_of(session, good) == ACTIVE
    assert len(voids(session)) == before
    assert rules_of(session, good, at + HOUR) == ["no_contact"]


def test_a_rep_accepts_only_for_their_own_customers_a_manager_for_any(session, team):
    mine = add(session, team, owner=team.zhang, **JUNK)
    theirs = add(session, team, owner=team.li, **JUNK)
    pooled = add(session, team, pool=True, **JUNK)
    at = T0 + DAY
    for ids in ([mine, theirs], [theirs], [pooled]):
        with pytest.raises(PermissionDenied):
            accept_suggestions(session, ids, team.zhang, now=at)
    assert [status_of(session, c) for c in (mine, theirs, pooled)] == [ACTIVE, ACTIVE, POOL]
    assert voids(session) == []

    accept_suggestions(session, [mine], team.zhang, now=at)
    accept_suggestions(session, [theirs, pooled], team.manager, now=at)
    assert [status_of(session, c) for c in (mine, theirs, pooled)] == [VOIDED] * 3


# --- dismissing ---------------------------------------------------------------------------


def test_a_dismissed_inactive_suggestion_waits_a_full_period_after_the_dismissal(session, team):
    cid = add(session, team, at=T0)
    dismissed_at = T0 + 200 * DAY
    assert dismiss_suggestions(session, [cid], team.zhang, now=dismissed_at) == 1
    for later in (dismissed_at, dismissed_at + 100 * DAY, dismissed_at + 180 * DAY - SECOND):
        assert rules_of(session, cid, later) == []
    back = dismissed_at + 181 * DAY
    assert rules_of(session, cid, back) == ["inactive"]
    assert top(session, cid, back).evidence == "381"


def test_a_dismissed_inactive_suggestion_returns_at_exactly_one_period(session, team):
    cid = add(session, team, at=T0)
    dismissed_at = T0 + 200 * DAY
    dismiss_suggestions(session, [cid], team.zhang, now=dismissed_at)
    assert rules_of(session, cid, dismissed_at + 180 * DAY) == ["inactive"]


def test_an_interaction_after_a_dismissal_restarts_the_wait(session, team):
    cid = add(session, team, at=T0)
    dismissed_at = T0 + 200 * DAY
    dismiss_suggestions(session, [cid], team.zhang, now=dismissed_at)
    reach(session, team.zhang, cid, dismissed_at + 100 * DAY)
    assert rules_of(session, cid, dismissed_at + 279 * DAY) == []
    assert rules_of(session, cid, dismissed_at + 280 * DAY) == ["inactive"]


def test_a_dismissed_failed_suggestion_returns_on_one_more_failed_attempt(session, team):
    cid = add(session, team, at=T0)
    last = fail(session, team.zhang, cid, T0 + DAY, times=5)
    dismiss_suggestions(session, [cid], team.zhang, now=last)
    assert rules_of(session, cid, last + DAY) == []
    fail(session, team.zhang, cid, last + DAY)
    assert rules_of(session, cid, last + DAY) == ["failed"]
    assert top(session, cid, last + DAY).evidence == "6"


def test_a_new_streak_of_failed_attempts_after_a_reach_brings_it_back(session, team):
    cid = add(session, team, at=T0)
    last = fail(session, team.zhang, cid, T0 + DAY, times=5)
    dismiss_suggestions(session, [cid], team.zhang, now=last)
    reach(session, team.zhang, cid, last + DAY)
    last = fail(session, team.zhang, cid, last + 2 * DAY, times=5)
    assert rules_of(session, cid, last) == ["failed"]


def test_a_dismissed_no_contact_suggestion_returns_only_on_other_details(session, team):
    cid = add(session, team, **JUNK)
    at = T0 + DAY
    dismiss_suggestions(session, [cid], team.zhang, now=at)
    assert rules_of(session, cid, at) == []
    # The same details again (an edit that changes nothing, and a round trip) keep it away.
    update_customer(session, cid, dict(JUNK), team.zhang, now=at)
    update_customer(session, cid, {"phone": "13800138000"}, team.zhang, now=at)
    update_customer(session, cid, {"phone": "12345"}, team.zhang, now=at)
    assert rules_of(session, cid, at) == []
    update_customer(session, cid, {"phone": "54321"}, team.zhang, now=at)
    assert rules_of(session, cid, at) == ["no_contact"]


def test_a_dismissed_no_contact_suggestion_returns_on_another_invalid_email(session, team):
    cid = add(session, team, **JUNK)
    dismiss_suggestions(session, [cid], team.zhang, now=T0 + DAY)
    update_customer(session, cid, {"email": "abc@qq"}, team.zhang, now=T0 + DAY)
    assert rules_of(session, cid, T0 + DAY) == ["no_contact"]


def test_a_dismissed_duplicate_returns_when_another_older_duplicate_appears(session, team):
    a = add(session, team, phone="13800138000")
    other = add(session, team, email="other@example.com")
    b = add(session, team, phone="13800138000", email="b@example.com")
    dismiss_suggestions(session, [b], team.zhang, now=T0 + DAY)
    assert rules_of(session, b, T0 + DAY) == []
    assert rules_of(session, a, T0 + DAY) == []
    update_customer(session, other, {"email": "B@example.com"}, team.zhang, now=T0 + DAY)
    assert rules_of(session, b, T0 + DAY) == ["duplicate"]
    assert top(session, b, T0 + DAY).evidence == "2"


def test_a_third_duplicate_is_suggested_after_a_dismissal(session, team):
    add(session, team, phone="13800138000")
    b = add(session, team, phone="13800138000")
    dismiss_suggestions(session, [b], team.zhang, now=T0 + DAY)
    c = add(session, team, at=T0 + 2 * DAY, phone="138-0013-8000")
    assert rules_of(session, c, T0 + 2 * DAY) == ["duplicate"]
    assert top(session, c, T0 + 2 * DAY).evidence == "2"


def test_a_new_third_duplicate_is_suggested_itself_not_the_dismissed_one(session, team):
    """Decided: the newest of duplicates is the one to void, so the third customer is
    suggested on its own; the one a person kept stays kept."""
    add(session, team, phone="13800138000")
    b = add(session, team, phone="13800138000")
    dismiss_suggestions(session, [b], team.zhang, now=T0 + DAY)
    c = add(session, team, at=T0 + 2 * DAY, phone="138-0013-8000")
    assert rules_of(session, b, T0 + 2 * DAY) == []
    assert rules_of(session, c, T0 + 2 * DAY) == ["duplicate"]


def test_dismissing_one_rule_keeps_the_others(session, team):
    cid = add(session, team, **JUNK)
    last = fail(session, team.zhang, cid, T0 + DAY, times=5)
    assert rules_of(session, cid, last) == ["no_contact", "failed"]
    assert dismiss_suggestions(session, [cid], team.zhang, rule="failed", now=last) == 1
    assert rules_of(session, cid, last) == ["no_contact"]
    assert dismiss_suggestions(session, [cid], team.zhang, rule="inactive", now=last) == 0
    assert rules_of(session, cid, last) == ["no_contact"]
    with pytest.raises(InvalidValue):
        dismiss_suggestions(session, [cid], team.zhang, rule="junk", now=last)
    assert dismiss_suggestions(session, [cid], team.zhang, now=last) == 1
    assert rules_of(session, cid, last) == []


def test_dismissing_without_a_rule_dismisses_every_rule_now_suggesting(session, team):
    cid = add(session, team, at=T0, **JUNK)
    last = fail(session, team.zhang, cid, T0 + DAY, times=5)
    at = T0 + 200 * DAY
    assert dismiss_suggestions(session, [cid], team.zhang, now=at) == 3
    assert rules_of(session, cid, at) == []
    assert suggestion_counts(session, now=at) == dict.fromkeys(
        ("duplicate", "no_contact", "failed", "inactive"), 0
    )
    fail(session, team.zhang, cid, last + DAY)
    assert rules_of(session, cid, at) == ["failed"]


def test_only_the_owner_a_pool_admin_or_a_manager_may_dismiss(session, team):
    theirs = add(session, team, owner=team.li, **JUNK)
    south = create_customer(
        session,
        {**JUNK, "company": "广州南方贸易有限公司"},
        team.manager,
        owner_id=team.wang,
        pool_id=team.south_pool,
        now=T0,
    )
    at = T0 + DAY
    for cid in (theirs, south):
        with pytest.raises(PermissionDenied):
            dismiss_suggestions(session, [cid], team.zhang, now=at)
        assert rules_of(session, cid, at) == ["no_contact"]
    assert dismiss_suggestions(session, [south], team.li, now=at) == 1  # 华南公海's admin
    assert dismiss_suggestions(session, [theirs], team.manager, now=at) == 1
    assert rules_of(session, theirs, at) == []
    assert rules_of(session, south, at) == []


# --- counting and listing -----------------------------------------------------------------


def test_counts_match_the_lists_rule_by_rule(session, team):
    add(session, team, company="杭州鼎盛科技有限公司")
    twin = add(session, team, company="杭州鼎盛科技有限责任公司", **JUNK)
    silent = add(session, team, **JUNK)
    failing = add(session, team, at=T0 - 300 * DAY)
    fine = add(session, team)
    fail(session, team.zhang, failing, T0, times=5)
    at = T0 + DAY

    counts = suggestion_counts(session, now=at)
    assert counts == {"duplicate": 1, "no_contact": 2, "failed": 1, "inactive": 1}
    for rule, n in counts.items():
        listed = list_suggestions(session, rule=rule, now=at)
        assert len(listed) == n
        assert {s.rule for s in listed} <= {rule}
    assert [s.customer_id for s in list_suggestions(session, rule="no_contact", now=at)] == [
        twin,
        silent,
    ]
    everyone = list_suggestions(session, now=at)
    assert [s.customer_id for s in everyone] == [twin, silent, failing]
    assert fine not in suggestions_for(session, [fine], now=at)


def test_paging_is_stable_and_complete(session, team):
    ids = [add(session, team, **JUNK) for _ in range(7)]
    add(session, team)  # not suggested
    at = T0 + DAY
    pages = [list_suggestions(session, offset=o, limit=3, now=at) for o in (0, 3, 6, 9)]
    assert [len(p) for p in pages] == [3, 3, 1, 0]
    assert [s.customer_id for p in pages for s in p] == ids
    again = list_suggestions(session, offset=3, limit=3, now=at)
    assert again == pages[1]
    assert [s.customer_id for s in list_suggestions(session, limit=100, now=at)] == ids


def test_an_unknown_rule_is_refused(session, team):
    with pytest.raises(InvalidValue):
        list_suggestions(session, rule="junk", now=T0)


# --- the cleanup queue ----------------------------------------------------------------------


def queue_ids(session: Session, at: datetime) -> dict[int, set[str]]:
    items = cleanup_queue(session, now=at)
    pairs = {(i.customer_id, i.kind) for i in items}
    assert len(pairs) == len(items), "a customer appears once per kind"
    out: dict[int, set[str]] = {}
    for cid, kind in pairs:
        out.setdefault(cid, set()).add(kind)
    return out


def cleanup_world(session: Session, team):
    """At AT: a suggestion (for two rules), two junk customers, a junk one that is also a
    suggestion, a customer closed 365 days ago and one closed 364 days ago."""
    at = T0 + 366 * DAY
    long_closed = add(session, team, at=T0)
    recently_closed = add(session, team, at=T0)
    close(session, team, long_closed, at - 365 * DAY)
    close(session, team, recently_closed, at - 364 * DAY)
    fresh = at - 10 * DAY
    suggested = add(session, team, at=fresh, **JUNK)
    junk = add(session, team, at=fresh)
    junk_pooled = add(session, team, at=fresh, pool=True)
    junk_and_suggested = add(session, team, at=fresh, **JUNK)
    junk_voided = add(session, team, at=fresh)
    fine = add(session, team, at=fresh)
    void_customers(session, [junk_voided], "need_mismatch", None, team.manager, now=fresh)
    fail(session, team.zhang, suggested, fresh + DAY, times=5)  # two rules, one item
    set_tier_d(session, junk, junk_pooled, junk_and_suggested, junk_voided)
    return at, {
        "long_closed": long_closed,
        "recently_closed": recently_closed,
        "suggested": suggested,
        "junk": junk,
        "junk_pooled": junk_pooled,
        "junk_and_suggested": junk_and_suggested,
        "junk_voided": junk_voided,
        "fine": fine,
    }


def test_the_cleanup_queue_lists_suggestions_junk_and_long_closed_once_per_kind(session, team):
    at, c = cleanup_world(session, team)
    assert queue_ids(session, at) == {
        c["suggested"]: {"suggestion"},
        c["junk_and_suggested"]: {"suggestion", "junk"},  # junk is all of working tier D
        c["junk"]: {"junk"},
        c["junk_pooled"]: {"junk"},
        c["long_closed"]: {"long_closed"},
    }
    assert cleanup_counts(session, now=at) == {"suggestion": 2, "junk": 3, "long_closed": 1}
    # A day later the second closed customer is due too.
    assert queue_ids(session, at + DAY)[c["recently_closed"]] == {"long_closed"}
    assert cleanup_counts(session, now=at + DAY)["long_closed"] == 2


def test_each_cleanup_item_says_why(session, team):
    at, c = cleanup_world(session, team)
    en = {i.customer_id: i for i in cleanup_queue(session, now=at)}
    zh = {i.customer_id: i for i in cleanup_queue(session, now=at, lang="zh_CN")}
    assert en[c["long_closed"]].why == "closed 365 days ago"
    assert zh[c["long_closed"]].why == "已关闭 365 天"
    assert "D" in en[c["junk"]].why and "D" in zh[c["junk"]].why
    assert en[c["suggested"]].why == top(session, c["suggested"], at).message("en")
    assert zh[c["suggested"]].why == top(session, c["suggested"], at).message("zh")
    item = en[c["junk_pooled"]]
    assert (item.status, item.owner_id) == (POOL, None)
    item = en[c["junk"]]
    assert (item.status, item.owner_id) == (ACTIVE, team.zhang)
    assert item.company == session.get(Customer, c["junk"]).company


def test_the_cleanup_queue_filters_by_kind_and_pages(session, team):
    at, c = cleanup_world(session, team)
    junk = cleanup_queue(session, kind="junk", now=at)
    assert [i.customer_id for i in junk] == sorted(
        [c["junk"], c["junk_pooled"], c["junk_and_suggested"]]
    )
    pages = [cleanup_queue(session, offset=o, limit=2, now=at) for o in (0, 2, 4)]
    assert [len(p) for p in pages] == [2, 2, 2]
    everyone = cleanup_queue(session, now=at)
    assert [i for p in pages for i in p] == everyone
    with pytest.raises(InvalidValue):
        cleanup_queue(session, kind="risky", now=at)


def test_a_manager_works_the_whole_queue_with_its_bulk_actions(session, team):
    at, c = cleanup_world(session, team)
    dismiss_suggestions(session, [c["suggested"]], team.manager, now=at)
    assert c["suggested"] not in queue_ids(session, at)

    accept_suggestions(session, [c["junk_and_suggested"]], team.manager, now=at)
    assert c["junk_and_suggested"] not in queue_ids(session, at)

    junk = [i.customer_id for i in cleanup_queue(session, kind="junk", now=at)]
    assert c["junk_and_suggested"] not in junk  # voided: no longer working
    void_customers(session, junk, "need_mismatch", None, team.manager, now=at)
    assert [status_of(session, cid) for cid in junk] == [VOIDED, VOIDED]

    closed = [i.customer_id for i in cleanup_queue(session, kind="long_closed", now=at)]
    archive_customers(session, closed, team.manager, now=at)
    assert status_of(session, c["long_closed"]) == ARCHIVED

    assert queue_ids(session, at) == {}
    assert cleanup_counts(session, now=at) == {"suggestion": 0, "junk": 0, "long_closed": 0}


def test_a_reactivated_customer_is_not_long_closed(session, team):
    cid = add(session, team, at=T0)
    close(session, team, cid, T0 + DAY)
    at = T0 + 400 * DAY
    assert queue_ids(session, at) == {cid: {"long_closed"}}
    reactivate_customers(session, [cid], "回来了", team.manager, to=ACTIVE, now=at - DAY)
    assert "long_closed" not in queue_ids(session, at).get(cid, set())
    assert cleanup_counts(session, now=at)["long_closed"] == 0


# --- the rules ------------------------------------------------------------------------------


def test_only_a_manager_edits_the_rules(session, team):
    with pytest.raises(PermissionDenied):
        update_suggestion_rules(session, {"inactive_days": 90}, team.zhang)
    assert suggestion_rules(session) == SuggestionRules()
    assert update_suggestion_rules(session, {"inactive_days": 90}, team.manager).inactive_days == 90
    assert suggestion_rules(session).inactive_days == 90


@pytest.mark.parametrize(
    "changes",
    [
        {"inactive_days": 0},
        {"inactive_days": -5},
        {"failed_attempts": 3651},
        {"inactive_days": "90"},
        {"inactive_days": 90.0},
        {"inactive_days": True},
        {"inactive_days": None},
        {"inactive_days": 90, "reclaim_days": 30},
    ],
)
def test_bad_rule_values_are_refused_and_nothing_is_saved(session, team, changes):
    with pytest.raises(InvalidValue):
        update_suggestion_rules(session, changes, team.manager)
    assert suggestion_rules(session) == SuggestionRules()


def test_changed_rules_change_what_is_suggested(session, team):
    idle = add(session, team, at=T0)
    failing = add(session, team, at=T0)
    last = fail(session, team.zhang, failing, T0 + DAY, times=3)
    closed = add(session, team, at=T0)
    close(session, team, closed, T0 + DAY)
    assert rules_of(session, idle, T0 + 90 * DAY) == []
    assert rules_of(session, failing, last) == []

    update_suggestion_rules(session, {"inactive_days": 90}, team.manager)
    update_suggestion_rules(session, {"failed_attempts": 3, "closed_days": 30}, team.manager)

    assert suggestion_rules(session) == SuggestionRules(90, 3, 30)
    assert rules_of(session, idle, T0 + 90 * DAY - SECOND) == []
    assert rules_of(session, idle, T0 + 90 * DAY) == ["inactive"]
    assert rules_of(session, failing, last) == ["failed"]
    assert closed not in queue_ids(session, T0 + 30 * DAY)
    assert queue_ids(session, T0 + 31 * DAY)[closed] == {"long_closed"}


def test_a_persons_queue_is_the_teams_queue_narrowed_to_their_customers(session, team):
    """A rep decides on their own customers: the same suggestions, counted and listed as
    the whole queue lists them, also a duplicate of someone else's older customer."""
    now = T0 + 200 * DAY
    older = add(session, team, owner=team.li, phone="13800000001")
    add(session, team, at=T0 + DAY, phone="13800000001")  # 张三's duplicate of 李四's
    add(session, team, **JUNK)
    add(session, team, owner=team.li, **JUNK)
    add(session, team, pool=True, **JUNK)
    everyone = list_suggestions(session, now=now, limit=1000)
    owners = dict(session.execute(select(Customer.id, Customer.owner_id)).tuples().all())

    for person in (team.zhang, team.li, team.wang):
        mine = list_suggestions(session, owner=person, now=now, limit=1000)
        expected = [s for s in everyone if owners[s.customer_id] == person]
        assert mine == expected
        assert suggested_customers(session, owner=person, now=now) == len(expected)
        counts = suggestion_counts(session, owner=person, now=now)
        assert sum(counts.values()) >= len(expected)
    assert older not in {s.customer_id for s in list_suggestions(session, owner=team.zhang)}
    assert {s.rule for s in list_suggestions(session, owner=team.zhang, now=now)} >= {
        "duplicate",
        "no_contact",
    }
