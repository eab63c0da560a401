"""Change counters: every write of a synced row takes a new number, set-based ones too;
on SQLite only once the file is served (track_changes)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crmdesk.core.activity import log_followup
from crmdesk.core.customers import create_customer
from crmdesk.core.lifecycle import release_customers
from crmdesk.core.models import Customer, FollowUp, PoolMember, Rep
from crmdesk.core.pools import mask_contacts, set_member
from crmdesk.server.views import track_changes
from crmdesk.storage.engine import Database


def numbers(session: Session, cid: int) -> tuple[int, int]:
    session.rollback()
    row = session.execute(select(Customer.change_no, Customer.moved_no).where(Customer.id == cid))
    return tuple(row.one())  # type: ignore[return-value]


def test_every_write_takes_a_new_number(db: Database, session: Session, team):
    track_changes(db)
    track_changes(db)  # again at the next start: nothing doubles
    cid = create_customer(session, {"company": "计数公司"}, team.zhang)
    first, moved = numbers(session, cid)
    assert first > 0 and moved == 0
    fid = log_followup(session, cid, team.zhang, "call", "reached", "聊过")
    followup = session.scalar(select(FollowUp.change_no).where(FollowUp.id == fid))
    after_followup, moved = numbers(session, cid)
    assert after_followup > first and followup is not None and followup > first and moved == 0
    # a set-based UPDATE (as the sweep and grading write) is numbered too, row by row
    session.execute(update(Customer).where(Customer.id == cid).values(tier="A"))
    session.commit()
    bulk, moved = numbers(session, cid)
    assert bulk > after_followup and moved == 0
    # a change of owner, status or pool is a move
    release_customers(session, [cid], "no_time", None, team.zhang)
    released, moved = numbers(session, cid)
    assert released > bulk and moved == released
    # the team's tables are numbered as well
    set_member(session, team.south_pool, team.wang, team.manager)
    member = session.scalar(
        select(PoolMember.change_no).where(
            PoolMember.pool_id == team.south_pool, PoolMember.rep_id == team.wang
        )
    )
    rep = session.scalar(select(Rep.change_no).where(Rep.id == team.wang))
    assert member is not None and member > released and rep is not None


def test_a_desks_own_sqlite_file_has_no_change_triggers(db: Database, session: Session, team):
    """A file nobody serves stays as fast to import into as before: nothing numbered."""
    cid = create_customer(session, {"company": "本地公司"}, team.zhang)
    if db.engine.dialect.name == "sqlite":
        assert numbers(session, cid) == (0, 0)
        session.rollback()
        track_changes(db)
        session.execute(update(Customer).where(Customer.id == cid).values(tier="B"))
        session.commit()
        assert numbers(session, cid)[0] > 0
    else:
        assert numbers(session, cid)[0] > 0


def test_masking_hides_the_contacts_in_the_other_text_too():
    row = {
        "phone": "13800138000",
        "email": "Zhang.San@QQ.com",
        "wechat": "zs_wx88",
        "contact": "张三 138-0013-8000",
        "notes": "手机 138 0013 8000，邮箱 zhang.san@qq.com，微信 ZS_WX88",
        "company": "青山茶业",
        "id": 7,
    }
    mask_contacts(row)
    assert row["phone"] == "138****8000"
    assert row["contact"] == "张三 138****8000"
    assert "0013" not in row["notes"] and "zhang.san" not in row["notes"].lower()
    assert "zs_wx88" not in row["notes"].lower()
    assert row["company"] == "青山茶业" and row["id"] == 7
