"""Duplicates are found however they were typed, and merging never loses a record."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crmdesk.core.activity import (
    add_payment,
    log_followup,
    record_complaint,
    record_deal,
    record_return,
)
from crmdesk.core.customers import create_customer, update_customer
from crmdesk.core.duplicates import (
    candidates,
    find_duplicates,
    history,
    history_ids,
    merge_customers,
)
from crmdesk.core.errors import InvalidTransition, InvalidValue, PermissionDenied
from crmdesk.core.lifecycle import close_customers, void_customers
from crmdesk.core.models import (
    VOIDED,
    Complaint,
    Customer,
    Deal,
    FollowUp,
    Payment,
    Return,
    TierChange,
    Transition,
)
from crmdesk.core.reasons import CLOSE_CHECKLIST

from .helpers import DAY, T0


def add(session, team, owner=None, **fields):
    return create_customer(session, fields, team.manager, owner_id=owner or team.zhang, now=T0)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"phone": "13800138000"}, {"phone": "+86 138-0013-8000"}),
        ({"phone": "13800138000"}, {"phone": "１３８００１３８０００"}),  # full-width digits
        ({"phone": "0571-88886666"}, {"phone": "(0571) 8888 6666 转 123"}),
        ({"phone2": "13800138000"}, {"phone": "138 0013 8000"}),  # second phone counts
        ({"email": "Zhang.Wei@QQ.com"}, {"email": " zhang.wei@qq.com "}),
        ({"company": "杭州鼎盛科技有限公司"}, {"company": "杭州鼎盛科技有限责任公司"}),
        ({"company": "杭州鼎盛科技有限公司"}, {"company": "杭州 鼎盛科技股份有限公司"}),
        ({"company": "鼎盛科技(杭州)有限公司"}, {"company": "鼎盛科技（杭州）有限公司"}),
        ({"company": "ACME Co., Ltd."}, {"company": "Acme Inc."}),
    ],
)
def test_duplicates_are_found_however_they_were_typed(session, team, first, second):
    a = add(session, team, **{"company": "甲公司一号", **first})
    b = add(session, team, **{"company": "乙公司二号", **second})
    groups = find_duplicates(session).groups
    assert [g.customer_ids for g in groups] == [[a, b]]
    assert candidates(session, a) == [b]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"phone": "13800138000"}, {"phone": "13800138001"}),
        ({"phone": "88886666"}, {"phone": "88886666"}),  # no area code: which city?
        ({"phone": "021-88886666"}, {"phone": "0571-88886666"}),
        ({"company": "杭州鼎盛科技有限公司"}, {"company": "杭州鼎盛软件有限公司"}),
        ({"email": "a@qq.com"}, {"email": "a@163.com"}),
        ({"email": "not an email"}, {"email": "not an email"}),
    ],
)
def test_near_misses_are_not_duplicates(session, team, first, second):
    add(session, team, **{"company": "甲公司一号", **first})
    add(session, team, **{"company": "乙公司二号", **second})
    assert find_duplicates(session).groups == []


def test_groups_join_customers_linked_through_different_keys(session, team):
    a = add(session, team, company="杭州鼎盛科技有限公司", phone="13800138000")
    b = add(session, team, company="别的名字", phone="13800138000", email="x@qq.com")
    c = add(session, team, company="第三个名字", email="X@qq.com")
    lone = add(session, team, company="独立客户", phone="13900000000")
    (group,) = find_duplicates(session).groups
    assert group.customer_ids == [a, b, c]
    assert sorted(group.keys) == [("email", "x@qq.com"), ("phone", "13800138000")]
    assert find_duplicates(session, kinds=["email"]).groups[0].customer_ids == [b, c]
    assert find_duplicates(session, customer_ids=[lone]).groups == []
    assert find_duplicates(session, customer_ids=[c]).groups[0].customer_ids == [a, b, c]
    with pytest.raises(InvalidValue):
        find_duplicates(session, kinds=["wechat"])


def test_an_edit_makes_or_breaks_a_duplicate_at_once(session, team):
    a = add(session, team, company="甲公司一号", phone="13800138000")
    b = add(session, team, company="乙公司二号", phone="13900139000")
    assert find_duplicates(session).groups == []
    update_customer(session, b, {"phone": "138 0013 8000"}, team.zhang)
    assert find_duplicates(session).groups[0].customer_ids == [a, b]
    update_customer(session, b, {"phone": None}, team.zhang)
    assert find_duplicates(session).groups == []


def test_voided_as_duplicate_never_comes_back_but_other_voids_do(session, team):
    a = add(session, team, company="杭州鼎盛科技有限公司")
    b = add(session, team, company="杭州鼎盛科技有限责任公司")
    c = add(session, team, company="杭州鼎盛科技股份有限公司")
    void_customers(session, [b], "duplicate", None, team.zhang, now=T0)
    assert find_duplicates(session).groups[0].customer_ids == [a, c]
    void_customers(session, [c], "invalid_info", None, team.zhang, now=T0)
    assert find_duplicates(session).groups[0].customer_ids == [a, c]
    assert candidates(session, a) == [c]


# --- merging ------------------------------------------------------------------------------

RECORDS = (FollowUp, Deal, Payment, Return, Complaint, Transition, TierChange)


def counts(session):
    return {m.__tablename__: session.scalar(select(func.count()).select_from(m)) for m in RECORDS}


def busy(session, team, company, phone, owner=None):
    """A customer with one of every record."""
    owner = owner or team.zhang
    cid = add(session, team, owner, company=company, phone=phone)
    log_followup(session, cid, owner, "call", "reached", at=T0 + DAY, now=T0 + DAY)
    deal = record_deal(session, cid, owner, Decimal("1000.10"), at=T0 + DAY, now=T0 + DAY)
    add_payment(session, cid, owner, Decimal("500"), T0 + 40 * DAY, deal_id=deal)
    record_return(session, cid, owner, Decimal("10"), at=T0 + 2 * DAY, now=T0 + 2 * DAY)
    record_complaint(session, cid, owner, "slow", at=T0 + 2 * DAY, now=T0 + 2 * DAY)
    return cid


def test_a_merge_keeps_every_record_of_every_customer(session, team):
    a = busy(session, team, "杭州鼎盛科技有限公司", "13800138000")
    b = busy(session, team, "杭州鼎盛科技有限责任公司", None)
    c = busy(session, team, "鼎盛科技", "0571-88886666")
    before = counts(session)
    result = merge_customers(session, [a, b, c], a, team.manager, now=T0 + 3 * DAY)
    after = counts(session)
    # nothing lost, nothing copied: only the history grew (two voids and one merge)
    assert {k: after[k] - before[k] for k in after} == {
        "followups": 0,
        "deals": 0,
        "payments": 0,
        "returns": 0,
        "complaints": 0,
        "transitions": 3,
        "tier_changes": 0,
    }
    assert result.merged == (b, c)
    assert result.moved == {
        "followups": 2,
        "deals": 2,
        "payments": 2,
        "returns": 2,
        "complaints": 2,
    }
    session.expire_all()
    for model in (FollowUp, Deal, Payment, Return, Complaint):
        owners = set(session.scalars(select(model.customer_id)))
        assert owners == {a}, model.__tablename__
    survivor = session.get(Customer, a)
    assert survivor.deal_count == 3
    assert survivor.deal_total == Decimal("3000.30")
    assert survivor.open_payments == 3
    assert survivor.last_followup_at == T0 + DAY
    for loser in (b, c):
        gone = session.get(Customer, loser)
        assert (gone.status, gone.status_reason, gone.merged_into_id) == (VOIDED, "duplicate", a)


def test_the_survivor_history_includes_the_merged_customers(session, team):
    a = busy(session, team, "杭州鼎盛科技有限公司", "13800138000")
    b = busy(session, team, "杭州鼎盛科技有限责任公司", None)
    merge_customers(session, [a, b], a, team.manager, note="同一家", now=T0 + 3 * DAY)
    assert history_ids(session, a) == [a, b]
    rows = history(session, a)
    assert {(r.customer_id, r.action) for r in rows} == {
        (a, "create"),
        (b, "create"),
        (b, "void"),
        (a, "merge"),
    }
    merge = next(r for r in rows if r.action == "merge")
    assert merge.details["merged"] == [b] and merge.note == "同一家"
    # merged again into another customer: the whole chain stays readable
    c = busy(session, team, "杭州鼎盛", "13800138000")
    merge_customers(session, [a, c], c, team.manager, now=T0 + 4 * DAY)
    assert sorted(history_ids(session, c)) == sorted([a, b, c])


def test_each_field_comes_from_the_customer_chosen(session, team):
    a = add(session, team, company="杭州鼎盛科技有限公司", contact="张伟", phone="13800138000")
    b = add(
        session,
        team,
        company="杭州鼎盛科技有限责任公司",
        contact="张伟经理",
        email="zw@ds.cn",
        region="浙江",
    )
    merge_customers(session, [a, b], a, team.manager, choices={"contact": b, "company": b}, now=T0)
    session.expire_all()
    kept = session.get(Customer, a)
    assert kept.company == "杭州鼎盛科技有限责任公司"  # chosen
    assert kept.contact == "张伟经理"  # chosen
    assert kept.phone == "13800138000"  # the survivor's own
    assert (kept.email, kept.region) == ("zw@ds.cn", "浙江")  # the survivor had none


def test_a_merge_is_refused_whole_when_anything_is_wrong(session, team):
    a = busy(session, team, "杭州鼎盛科技有限公司", "13800138000")
    b = busy(session, team, "杭州鼎盛科技有限责任公司", None)
    other_rep = busy(session, team, "杭州鼎盛", None, owner=team.wang)
    before = counts(session)
    with pytest.raises(PermissionDenied):  # 张三 does not own 王五's customer
        merge_customers(session, [a, b, other_rep], a, team.zhang)
    with pytest.raises(InvalidValue):
        merge_customers(session, [a], a, team.manager)
    with pytest.raises(InvalidValue):
        merge_customers(session, [a, b], a, team.manager, choices={"owner_id": b})
    with pytest.raises(InvalidValue):
        merge_customers(session, [a, b], a, team.manager, choices={"contact": 999})
    close_customers(session, [b], "other", "结束", CLOSE_CHECKLIST, team.manager)
    with pytest.raises(InvalidTransition):
        merge_customers(session, [a, b], a, team.manager)
    assert counts(session)["transitions"] == before["transitions"] + 1  # only the close
    session.expire_all()
    assert session.get(Customer, a).deal_count == 1
    assert session.get(Customer, a).merged_into_id is None


def test_a_rep_may_merge_their_own_customers(session, team):
    a = add(session, team, company="杭州鼎盛科技有限公司")
    b = add(session, team, company="杭州鼎盛科技有限责任公司")
    merge_customers(session, [a, b], b, team.zhang, now=T0)
    session.expire_all()
    assert session.get(Customer, a).merged_into_id == b
    assert find_duplicates(session).groups == []
