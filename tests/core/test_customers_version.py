"""No lost updates: an edit carries the values it was based on, and a field someone else
changed since is refused with theirs and yours, on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from crmdesk.core.customers import update_customer
from crmdesk.core.errors import EditConflict
from crmdesk.core.lifecycle import release_customers
from crmdesk.core.models import Customer, Transition
from crmdesk.core.profile import customer_profile
from crmdesk.storage.engine import Database

from .helpers import T0, own


def stored(db: Database, cid: int) -> Customer:
    with db.session() as session:
        customer = session.get(Customer, cid)
        assert customer is not None
        session.expunge(customer)
        return customer


def shown(db: Database, cid: int, viewer: int) -> dict[str, str | None]:
    """What a desk shows in its Details form: the values its edits are based on."""
    with db.session() as session:
        return dict(customer_profile(session, cid, viewer).fields)


def test_two_desks_edit_the_same_field_the_second_is_refused(db, session, team) -> None:
    cid = own(session, team)
    update_customer(session, cid, {"phone": "13800000001"}, team.zhang)
    desk_a, desk_b = shown(db, cid, team.zhang), shown(db, cid, team.manager)
    with db.session() as a:
        update_customer(a, cid, {"phone": "13911112222"}, team.zhang, based_on=desk_a)
    before = stored(db, cid)

    with db.session() as b, pytest.raises(EditConflict) as refused:
        update_customer(
            b,
            cid,
            {"phone": "13733334444", "contact": "陈经理"},
            team.manager,
            based_on={"phone": desk_b["phone"], "contact": desk_b["contact"]},
        )

    assert refused.value.conflicts == {"phone": {"theirs": "13911112222", "yours": "13733334444"}}
    assert refused.value.facts["customer_id"] == cid
    assert refused.value.message("en") == (
        f"Someone else changed the phone of customer {cid} since you began; nothing was saved."
    )
    assert refused.value.message("zh") == f"客户 {cid} 的电话在您编辑期间已被他人修改，本次未保存。"
    after = stored(db, cid)  # nothing of the refused edit applied, the contact neither
    assert (after.phone, after.contact, after.version) == ("13911112222", None, before.version)


def test_edits_of_different_fields_both_apply(db, session, team) -> None:
    cid = own(session, team)
    desk_a, desk_b = shown(db, cid, team.zhang), shown(db, cid, team.manager)
    with db.session() as a:
        update_customer(
            a, cid, {"phone": "13911112222"}, team.zhang, based_on={"phone": desk_a["phone"]}
        )
    with db.session() as b:
        update_customer(
            b,
            cid,
            {"region": "上海", "notes": ""},
            team.manager,
            based_on={"region": desk_b["region"], "notes": desk_b["notes"] or ""},
        )

    after = stored(db, cid)
    assert (after.phone, after.region) == ("13911112222", "上海")


def test_an_edit_to_what_is_stored_already_is_no_conflict(db, session, team) -> None:
    cid = own(session, team)
    desk_b = shown(db, cid, team.manager)
    update_customer(session, cid, {"phone": "13911112222", "email": "a@b.cn"}, team.zhang)
    version = stored(db, cid).version

    with db.session() as b:
        changed = update_customer(
            b,
            cid,
            {"phone": "13911112222", "email": "a@b.cn"},
            team.manager,
            based_on={"phone": desk_b["phone"], "email": desk_b["email"]},
        )

    assert changed == {}
    assert stored(db, cid).version == version  # nothing changed, nothing counted


def test_a_stale_empty_field_is_a_conflict_and_a_fresh_one_is_not(db, session, team) -> None:
    """A desk shows an empty field as "": the same as the NULL stored."""
    cid = own(session, team)
    update_customer(session, cid, {"wechat": "wx_li"}, team.zhang, based_on={"wechat": ""})
    with pytest.raises(EditConflict) as refused:
        update_customer(session, cid, {"wechat": ""}, team.manager, based_on={"wechat": ""})
    assert refused.value.conflicts == {"wechat": {"theirs": "wx_li", "yours": None}}
    update_customer(session, cid, {"wechat": ""}, team.manager, based_on={"wechat": "wx_li"})
    assert stored(db, cid).wechat is None


def test_without_based_on_the_edit_applies_as_before(db, session, team) -> None:
    cid = own(session, team)
    update_customer(session, cid, {"phone": "13911112222"}, team.zhang)
    update_customer(session, cid, {"phone": "13733334444"}, team.manager)
    assert stored(db, cid).phone == "13733334444"


def test_the_version_goes_up_with_every_change(db, session, team) -> None:
    cid = own(session, team)
    assert stored(db, cid).version == 1
    update_customer(session, cid, {"phone": "13911112222"}, team.zhang)
    assert stored(db, cid).version == 2
    update_customer(session, cid, {"phone": "13911112222"}, team.zhang)  # the same again
    assert stored(db, cid).version == 2
    release_customers(session, [cid], "no_time", None, team.zhang, now=T0)
    assert stored(db, cid).version == 3
    edits = session.scalars(
        select(Transition).where(Transition.customer_id == cid, Transition.action == "edit")
    ).all()
    assert len(edits) == 1
