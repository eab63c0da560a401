"""A customer's detail read: records, history with names and reasons, the timeline of
both, masking as the pool lists mask, and what the viewer may do, on both databases."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from crmdesk.core.activity import (
    add_payment,
    log_followup,
    mark_paid,
    record_complaint,
    record_deal,
    record_return,
)
from crmdesk.core.customers import create_customer, update_customer
from crmdesk.core.duplicates import merge_customers
from crmdesk.core.errors import NotFound
from crmdesk.core.grading import set_tier_override
from crmdesk.core.lifecycle import claim_customers, close_customers, release_customers
from crmdesk.core.profile import customer_profile, timeline
from crmdesk.core.reasons import CLOSE_CHECKLIST

from .helpers import DAY, T0, own

NOW = T0 + 10 * DAY


def test_records_and_counters(session, team) -> None:
    cid = own(session, team)
    log_followup(session, cid, team.zhang, "call", "no_answer", "占线", at=T0 + DAY, now=NOW)
    log_followup(
        session,
        cid,
        team.zhang,
        "visit",
        "reached",
        "见面",
        at=T0 + 2 * DAY,
        now=NOW,
        next_at=T0 + 20 * DAY,
    )
    deal = record_deal(session, cid, team.zhang, Decimal("5000"), at=T0 + 3 * DAY, now=NOW)
    paid = add_payment(session, cid, team.zhang, Decimal("100"), T0 + 4 * DAY, deal_id=deal)
    add_payment(session, cid, team.zhang, Decimal("200"), T0 + 5 * DAY)
    mark_paid(session, paid, team.zhang, paid_at=T0 + 4 * DAY, now=NOW)
    record_complaint(session, cid, team.zhang, "慢", at=T0 + 6 * DAY, now=NOW)
    record_return(session, cid, team.zhang, Decimal("50"), at=T0 + 7 * DAY, now=NOW)

    p = customer_profile(session, cid, team.zhang, now=NOW)

    assert [(f.kind, f.outcome, f.rep) for f in p.followups] == [
        ("visit", "reached", "张三"),
        ("call", "no_answer", "张三"),
    ]
    assert p.last_followup_at == T0 + 2 * DAY and p.next_followup_at == T0 + 20 * DAY
    assert [(d.amount, d.rep) for d in p.deals] == [(Decimal("5000"), "张三")]
    assert [(x.amount, x.paid_at) for x in p.payments] == [
        (Decimal("100"), T0 + 4 * DAY),
        (Decimal("200"), None),
    ]
    assert p.payments[1].overdue(NOW) and not p.payments[0].overdue(NOW)
    assert [c.note for c in p.complaints] == ["慢"]
    assert [r.amount for r in p.returns] == [Decimal("50")]
    assert p.risk.complaints == 1 and p.risk.return_rate == 1
    assert p.tier_explanation.deals_in_window == 1
    assert p.owner == "张三" and p.may_edit and p.may_record and not p.masked


def test_history_names_reasons_and_tier_changes(session, team) -> None:
    cid = own(session, team)
    release_customers(session, [cid], "other", "客户去外地了", team.zhang, now=T0 + DAY)
    set_tier_override(session, [cid], "A", "大客户", team.manager, now=T0 + 2 * DAY)

    entries = customer_profile(session, cid, team.manager, now=NOW).history

    assert [e.action for e in entries] == ["create", "release", "tier"]
    release = entries[1]
    assert (release.actor, release.from_owner, release.to_owner) == ("张三", "张三", None)
    assert (release.from_status, release.to_status) == ("active", "pool")
    assert release.reason("en") == "Other" and release.reason("zh") == "其他"
    assert release.note == "客户去外地了"
    tier = entries[2]
    assert (tier.from_tier, tier.to_tier, tier.actor, tier.note) == ("C", "A", "王经理", "大客户")


def test_history_keeps_merged_customers(session, team) -> None:
    keep = own(session, team)
    gone = own(session, team)
    log_followup(session, gone, team.zhang, "call", "reached", at=T0 + DAY, now=NOW)
    merge_customers(session, [keep, gone], keep, team.manager, now=T0 + 2 * DAY)

    p = customer_profile(session, keep, team.manager, now=NOW)

    assert {e.customer_id for e in p.history} == {keep, gone}
    assert len(p.followups) == 1


def test_pool_contacts_masked_for_reps_not_admins(session, team) -> None:
    fields = {
        "company": "遮蔽测试有限公司",
        "phone": "13812345678",
        "email": "wang@qq.com",
        "phone2": "13987654321",
        "wechat": "wx_wang",
    }
    cid = create_customer(
        session, fields, team.manager, to_pool=True, pool_id=team.south_pool, now=T0
    )

    member = customer_profile(session, cid, team.zhang, now=NOW)
    admin = customer_profile(session, cid, team.li, now=NOW)

    assert member.masked and not member.may_edit
    assert member.fields["phone"] == "138****5678"
    assert member.fields["phone2"] == "139****4321"
    assert member.fields["email"] == "w***@qq.com"
    assert member.fields["wechat"] != "wx_wang"
    assert not admin.masked and admin.may_edit
    assert admin.fields["phone"] == "13812345678"


def test_other_reps_customer_is_read_only(session, team) -> None:
    cid = own(session, team, owner=team.wang)

    p = customer_profile(session, cid, team.zhang, now=NOW)

    assert not p.may_edit and not p.may_record and not p.masked
    assert p.owner == "王五"


def test_duplicate_candidates_with_shared_keys(session, team) -> None:
    a = create_customer(
        session,
        {"company": "星河贸易有限公司", "phone": "13800000001"},
        team.manager,
        owner_id=team.zhang,
        now=T0,
    )
    b = create_customer(
        session,
        {"company": "星河贸易(上海)", "phone": "138 0000 0001"},
        team.manager,
        owner_id=team.li,
        now=T0,
    )
    create_customer(session, {"company": "别的公司"}, team.manager, owner_id=team.li, now=T0)

    found = customer_profile(session, a, team.zhang, now=NOW).duplicates

    assert [(c.id, c.owner, c.shared) for c in found] == [(b, "李四", ("phone",))]


def test_unknown_customer(session, team) -> None:
    with pytest.raises(NotFound):
        customer_profile(session, 999_999, team.zhang, now=NOW)


def test_closed_customer_may_not_be_edited(session, team) -> None:
    cid = own(session, team)
    close_customers(
        session,
        [cid],
        "lifecycle_ended",
        None,
        list(CLOSE_CHECKLIST),
        team.zhang,
        now=T0 + timedelta(hours=1),
    )

    p = customer_profile(session, cid, team.zhang, now=NOW)

    assert p.status == "closed" and not p.may_edit and not p.may_record


def test_timeline_newest_first_with_who(session, team) -> None:
    cid = own(session, team)
    log_followup(session, cid, team.zhang, "call", "reached", "聊了报价", at=T0 + DAY, now=NOW)
    deal = record_deal(session, cid, team.zhang, Decimal("5000"), at=T0 + 2 * DAY, now=NOW)
    paid = add_payment(session, cid, team.zhang, Decimal("100"), T0 + 4 * DAY, deal_id=deal)
    mark_paid(session, paid, team.zhang, paid_at=T0 + 3 * DAY, now=NOW)
    add_payment(session, cid, team.zhang, Decimal("200"), T0 + 30 * DAY)
    record_complaint(session, cid, team.zhang, "慢", at=T0 + 5 * DAY, now=NOW)
    record_return(session, cid, team.zhang, Decimal("50"), at=T0 + 6 * DAY, now=NOW)
    release_customers(session, [cid], "other", "出差", team.zhang, now=T0 + 7 * DAY)
    set_tier_override(session, [cid], "A", "大客户", team.manager, now=T0 + 8 * DAY)

    entries = timeline(session, cid, team.manager)

    assert [(e.kind, e.at) for e in entries] == [
        ("payment", T0 + 30 * DAY),  # still due: it stands at its due date
        ("history", T0 + 8 * DAY),
        ("history", T0 + 7 * DAY),
        ("return", T0 + 6 * DAY),
        ("complaint", T0 + 5 * DAY),
        ("payment", T0 + 3 * DAY),  # paid: at its payment
        ("deal", T0 + 2 * DAY),
        ("followup", T0 + DAY),
        ("history", T0),
    ]
    assert [e.actor for e in entries] == [
        None,
        "王经理",
        "张三",
        None,
        None,
        None,
        "张三",
        "张三",
        "王经理",
    ]
    assert [e.record.action for e in entries if e.kind == "history"] == [
        "tier",
        "release",
        "create",
    ]
    assert entries[-2].record.note == "聊了报价"
    assert customer_profile(session, cid, team.manager, now=NOW).timeline == entries


def test_timeline_of_a_merged_customer_and_a_tie(session, team) -> None:
    keep = own(session, team)
    gone = own(session, team)
    log_followup(session, gone, team.zhang, "visit", "reached", at=T0 + DAY, now=NOW)
    merge_customers(session, [keep, gone], keep, team.manager, now=T0 + 2 * DAY)
    log_followup(session, keep, team.zhang, "call", "reached", at=T0 + 2 * DAY, now=NOW)

    entries = timeline(session, keep, team.zhang)

    kinds = [(e.kind, getattr(e.record, "action", None)) for e in entries]
    assert kinds[:2] == [("followup", None), ("history", "merge")]  # same moment
    assert ("followup", None) in kinds[2:]  # the merged-in customer's follow-up
    assert {e.record.customer_id for e in entries if e.kind == "history"} == {keep, gone}


def test_timeline_masks_contacts_in_edits_of_a_masked_pool(session, team) -> None:
    cid = create_customer(
        session,
        {"company": "遮蔽时间线", "phone": "13812345678"},
        team.manager,
        to_pool=True,
        pool_id=team.south_pool,
        now=T0,
    )
    update_customer(session, cid, {"phone": "13987654321", "region": "广州"}, team.li, now=T0 + DAY)

    member = timeline(session, cid, team.zhang)  # a member of 华南公海, not its admin
    admin = timeline(session, cid, team.li)

    edit = next(e.record for e in member if e.record.action == "edit")
    assert edit.details["phone"] == ["138****5678", "139****4321"]
    assert edit.details["region"] == [None, "广州"]
    assert next(e.record for e in admin if e.record.action == "edit").details["phone"] == [
        "13812345678",
        "13987654321",
    ]
    claim_customers(session, [cid], team.zhang, now=T0 + 2 * DAY)
    claimed = timeline(session, cid, team.zhang)
    assert next(e.record for e in claimed if e.record.action == "edit").details["phone"][1] == (
        "13987654321"
    )


def test_notes_of_a_masked_pool_customer_hide_its_contacts_from_members(session, team) -> None:
    """What the pool masks in the fields stays masked in what was written about the
    customer: a follow-up, a complaint and a release note each name a contact."""
    cid = create_customer(
        session,
        {"company": "遮蔽备注", "phone": "13812345678", "email": "wang@qq.com"},
        team.manager,
        owner_id=team.li,
        pool_id=team.south_pool,
        now=T0,
    )
    log_followup(
        session, cid, team.li, "call", "reached", "回电 138 1234 5678 找王总", at=T0, now=T0
    )
    record_complaint(session, cid, team.li, "投诉邮件来自 wang@qq.com", at=T0, now=T0)
    release_customers(session, [cid], "other", "王总换了新号 13911112222", team.li, now=T0 + DAY)

    member = customer_profile(session, cid, team.zhang, now=NOW)  # 华南公海's member
    admin = customer_profile(session, cid, team.li, now=NOW)  # and its admin

    notes = [member.followups[0].note, member.complaints[0].note]
    notes += [e.note for e in member.history if e.action == "release"]
    shown = " ".join(
        notes + [getattr(e.record, "note", None) or "" for e in timeline(session, cid, team.zhang)]
    )
    for raw in ("12345678", "1234 5678", "wang@qq.com", "13911112222"):
        assert raw not in shown
    assert notes[0].startswith("回电 ") and notes[0].endswith(" 找王总")
    assert admin.followups[0].note == "回电 138 1234 5678 找王总"
    assert [e.note for e in admin.history if e.action == "release"] == ["王总换了新号 13911112222"]


def test_timeline_of_an_unknown_customer(session, team) -> None:
    with pytest.raises(NotFound):
        timeline(session, 999_999, team.zhang)
