"""The lifecycle service: DESIGN.md's transition table, who may move a customer, the
reasons and checklist each move needs, bulk all-or-nothing, and the history it writes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmdesk.core.activity import log_followup, record_deal
from crmdesk.core.customers import create_customer
from crmdesk.core.errors import (
    AlreadyOwned,
    CapacityReached,
    ChecklistIncomplete,
    InactiveRep,
    InvalidTransition,
    InvalidValue,
    NoteRequired,
    NotFound,
    PermissionDenied,
    ReasonRequired,
    UnknownReason,
)
from crmdesk.core.lifecycle import (
    ExitInfo,
    archive_customers,
    assign_customers,
    claim_customers,
    close_customers,
    exit_reasons,
    lock_customers,
    reactivate_customers,
    release_customers,
    unlock_customers,
    void_customers,
)
from crmdesk.core.models import (
    ACTIVE,
    ARCHIVED,
    CLOSED,
    POOL,
    STATUSES,
    VOIDED,
    Customer,
    FollowUp,
    Reason,
    Rep,
    Transition,
)
from crmdesk.core.pools import sweep
from crmdesk.core.reasons import CLOSE_CHECKLIST, list_reasons
from crmdesk.core.team import add_rep

T0 = datetime(2026, 3, 2, 10, 0)  # customers are set up at T0
AT = datetime(2026, 3, 3, 15, 30)  # the action under test happens at AT
LOCKED = "locked"  # an active customer a manager has locked


# --- helpers -------------------------------------------------------------------------


def new_customer(session: Session, team, state: str = ACTIVE, *, pool: int | None = None) -> int:
    """A customer of 张三's (or unowned, for the pool) brought to `state` before AT."""
    if state == POOL:
        return create_customer(
            session,
            {"company": "宁波海港物流有限公司"},
            team.manager,
            to_pool=True,
            pool_id=pool,
            now=T0,
        )
    cid = create_customer(
        session, {"company": "杭州云帆科技有限公司"}, team.zhang, pool_id=pool, now=T0
    )
    later = T0 + timedelta(hours=1)
    if state == VOIDED:
        void_customers(session, [cid], "duplicate", None, team.zhang, now=later)
    if state in (CLOSED, ARCHIVED):
        close_customers(
            session, [cid], "market_change", None, CLOSE_CHECKLIST, team.zhang, now=later
        )
    if state == ARCHIVED:
        archive_customers(session, [cid], team.manager, now=later + timedelta(hours=1))
    if state == LOCKED:
        lock_customers(session, [cid], team.manager, now=later)
    return cid


def many_customers(session: Session, team, n: int, owner: int | None = None) -> list[int]:
    """n active customers of `owner` (default 张三), added directly for speed."""
    rows = [
        Customer(
            company=f"批量客户{i:03d}",
            owner_id=owner or team.zhang,
            pool_id=team.default_pool,
            status=ACTIVE,
            status_changed_at=T0,
            created_at=T0,
            owned_since=T0,
        )
        for i in range(n)
    ]
    session.add_all(rows)
    session.commit()
    return [c.id for c in rows]


def customer(session: Session, cid: int) -> Customer:
    session.expire_all()
    found = session.get(Customer, cid)
    assert found is not None
    return found


def history(session: Session, cid: int) -> list[Transition]:
    session.expire_all()
    return list(
        session.scalars(
            select(Transition).where(Transition.customer_id == cid).order_by(Transition.id)
        )
    )


def count_transitions(session: Session, action: str | None = None) -> int:
    stmt = select(func.count()).select_from(Transition)
    if action:
        stmt = stmt.where(Transition.action == action)
    return int(session.scalar(stmt) or 0)


def snapshot(session: Session, cid: int) -> tuple:
    """What a refused action must leave exactly as it was."""
    c = customer(session, cid)
    return (c.status, c.owner_id, c.pool_id, c.locked, c.status_reason, len(history(session, cid)))


def set_rep_active(session: Session, rep_id: int, active: bool) -> None:
    session.execute(update(Rep).where(Rep.id == rep_id).values(active=active))
    session.commit()


# --- the transition table ------------------------------------------------------------


@dataclass(frozen=True)
class Move:
    """One allowed row of DESIGN.md's table and what it must leave behind."""

    start: str
    action: str
    do: Callable[[Session, object, int], object]
    status: str
    owner: str | None  # attribute of the team fixture, or None for unowned
    actor: str
    reason: str | None = None
    note: str | None = None


def _close(s, t, cid):
    return close_customers(s, [cid], "other", "客户转型", CLOSE_CHECKLIST, t.zhang, now=AT)


MOVES = [
    Move(ACTIVE, "release",
         lambda s, t, c: release_customers(s, [c], "no_time", "月底太忙", t.zhang, now=AT),
         POOL, None, "zhang", "no_time", "月底太忙"),
    Move(ACTIVE, "release",
         lambda s, t, c: release_customers(s, [c], "other", "换人跟进", t.manager, now=AT),
         POOL, None, "manager", "other", "换人跟进"),
    Move(POOL, "claim", lambda s, t, c: claim_customers(s, [c], t.wang, now=AT),
         ACTIVE, "wang", "wang"),
    Move(POOL, "assign",
         lambda s, t, c: assign_customers(s, [c], t.wang, t.manager, note="华北客户", now=AT),
         ACTIVE, "wang", "manager", None, "华北客户"),
    Move(ACTIVE, "assign", lambda s, t, c: assign_customers(s, [c], t.wang, t.manager, now=AT),
         ACTIVE, "wang", "manager"),
    Move(ACTIVE, "void",
         lambda s, t, c: void_customers(s, [c], "duplicate", None, t.zhang, now=AT),
         VOIDED, "zhang", "zhang", "duplicate"),
    Move(ACTIVE, "void",
         lambda s, t, c: void_customers(s, [c], "other", "公司已注销", t.manager, now=AT),
         VOIDED, "zhang", "manager", "other", "公司已注销"),
    Move(POOL, "void",
         lambda s, t, c: void_customers(s, [c], "invalid_info", None, t.manager, now=AT),
         VOIDED, None, "manager", "invalid_info"),
    Move(ACTIVE, "close", _close, CLOSED, "zhang", "zhang", "other", "客户转型"),
    Move(ACTIVE, "close",
         lambda s, t, c: close_customers(
             s, [c], "risky_exit", None, CLOSE_CHECKLIST, t.manager, now=AT),
         CLOSED, "zhang", "manager", "risky_exit"),
    Move(CLOSED, "archive", lambda s, t, c: archive_customers(s, [c], t.manager, now=AT),
         ARCHIVED, "zhang", "manager"),
    Move(VOIDED, "reactivate",
         lambda s, t, c: reactivate_customers(s, [c], "复核", t.manager, now=AT),
         POOL, None, "manager", None, "复核"),
    Move(VOIDED, "reactivate",
         lambda s, t, c: reactivate_customers(s, [c], "误作废", t.zhang, to=ACTIVE, now=AT),
         ACTIVE, "zhang", "zhang", None, "误作废"),
    Move(CLOSED, "reactivate",
         lambda s, t, c: reactivate_customers(
             s, [c], "客户回归", t.manager, to=ACTIVE, owner_id=t.wang, now=AT),
         ACTIVE, "wang", "manager", None, "客户回归"),
    Move(CLOSED, "reactivate",
         lambda s, t, c: reactivate_customers(s, [c], "重新开发", t.manager, to=POOL, now=AT),
         POOL, None, "manager", None, "重新开发"),
    Move(ARCHIVED, "reactivate",
         lambda s, t, c: reactivate_customers(s, [c], "老客户回来了", t.manager, to=ACTIVE, now=AT),
         ACTIVE, "zhang", "manager", None, "老客户回来了"),
    Move(ARCHIVED, "reactivate",
         lambda s, t, c: reactivate_customers(s, [c], "重新开发", t.manager, now=AT),
         POOL, None, "manager", None, "重新开发"),
    Move(ACTIVE, "lock", lambda s, t, c: lock_customers(s, [c], t.manager, now=AT),
         ACTIVE, "zhang", "manager"),
    Move(LOCKED, "unlock", lambda s, t, c: unlock_customers(s, [c], t.manager, now=AT),
         ACTIVE, "zhang", "manager"),
]  # fmt: skip


def _owner(team, name: str | None) -> int | None:
    return getattr(team, name) if name else None


@pytest.mark.parametrize(
    "move", MOVES, ids=[f"{m.start}-{m.action}-by-{m.actor}-to-{m.status}" for m in MOVES]
)
def test_allowed_move_changes_status_owner_and_writes_one_history_row(session, team, move):
    cid = new_customer(session, team, move.start)
    before = customer(session, cid)
    from_status, from_owner = before.status, before.owner_id
    rows_before = len(history(session, cid))

    move.do(session, team, cid)

    after = customer(session, cid)
    assert after.status == move.status
    assert after.owner_id == _owner(team, move.owner)
    rows = history(session, cid)
    assert len(rows) == rows_before + 1
    row = rows[-1]
    assert (row.action, row.from_status, row.to_status) == (move.action, from_status, move.status)
    assert (row.from_owner_id, row.to_owner_id) == (from_owner, _owner(team, move.owner))
    assert row.actor_id == getattr(team, move.actor)
    assert (row.reason_code, row.note, row.at) == (move.reason, move.note, AT)
    assert row.pool_id == after.pool_id
    if move.action in ("lock", "unlock"):
        assert after.locked is (move.action == "lock")


# DESIGN.md's table (lock/unlock: active customers only); every other pair is refused.
ALLOWED = {
    (ACTIVE, "release"),
    (POOL, "claim"),
    (POOL, "assign"),
    (ACTIVE, "assign"),
    (ACTIVE, "void"),
    (POOL, "void"),
    (ACTIVE, "close"),
    (CLOSED, "archive"),
    (VOIDED, "reactivate"),
    (CLOSED, "reactivate"),
    (ARCHIVED, "reactivate"),
    (ACTIVE, "lock"),
    (ACTIVE, "unlock"),
}
ACTIONS = ["release", "claim", "assign", "void", "close", "archive", "reactivate", "lock", "unlock"]
REFUSED = [(s, a) for s in STATUSES for a in ACTIONS if (s, a) not in ALLOWED]
ATTEMPTS: dict[str, Callable[[Session, object, int], object]] = {
    "release": lambda s, t, c: release_customers(s, [c], "no_time", None, t.manager, now=AT),
    "claim": lambda s, t, c: claim_customers(s, [c], t.wang, now=AT),
    "assign": lambda s, t, c: assign_customers(s, [c], t.wang, t.manager, now=AT),
    "void": lambda s, t, c: void_customers(s, [c], "duplicate", None, t.manager, now=AT),
    "close": lambda s, t, c: close_customers(
        s, [c], "market_change", None, CLOSE_CHECKLIST, t.manager, now=AT
    ),
    "archive": lambda s, t, c: archive_customers(s, [c], t.manager, now=AT),
    "reactivate": lambda s, t, c: reactivate_customers(s, [c], "复核", t.manager, now=AT),
    "lock": lambda s, t, c: lock_customers(s, [c], t.manager, now=AT),
    "unlock": lambda s, t, c: unlock_customers(s, [c], t.manager, now=AT),
}


@pytest.mark.parametrize(("status", "action"), REFUSED, ids=[f"{s}-{a}" for s, a in REFUSED])
def test_every_other_move_is_refused_and_changes_nothing(session, team, status, action):
    cid = new_customer(session, team, status)
    before = snapshot(session, cid)
    with pytest.raises(InvalidTransition) as refused:
        ATTEMPTS[action](session, team, cid)
    assert refused.value.facts == {"customer_id": cid, "status": status, "action": action}
    assert snapshot(session, cid) == before


def test_invalid_transition_message_names_status_and_action(session, team):
    cid = new_customer(session, team, VOIDED)
    with pytest.raises(InvalidTransition) as refused:
        claim_customers(session, [cid], team.wang, now=AT)
    assert refused.value.message("en") == (
        f"Customer {cid} is voided; 'claim' is not allowed from there."
    )
    assert "已作废" in refused.value.message("zh") and "领取" in refused.value.message("zh")


def test_release_records_who_it_left_and_when_it_was_pooled(session, team):
    cid = new_customer(session, team, LOCKED)
    release_customers(session, [cid], "cannot_reach", None, team.zhang, now=AT)
    c = customer(session, cid)
    assert (c.previous_owner_id, c.left_owner_at, c.pooled_at) == (team.zhang, AT, AT)
    assert c.locked is False  # a pooled customer is nobody's to keep locked
    assert c.status_reason == "cannot_reach"


def test_release_into_another_pool_moves_the_customer_there(session, team):
    cid = new_customer(session, team)
    release_customers(
        session, [cid], "not_my_area", None, team.zhang, pool_id=team.south_pool, now=AT
    )
    assert customer(session, cid).pool_id == team.south_pool
    assert history(session, cid)[-1].pool_id == team.south_pool


def test_release_into_a_missing_pool_is_refused(session, team):
    cid = new_customer(session, team)
    before = snapshot(session, cid)
    with pytest.raises(NotFound):
        release_customers(session, [cid], "no_time", None, team.zhang, pool_id=9999)
    assert snapshot(session, cid) == before


def test_void_keeps_the_last_contact_note_in_the_history(session, team):
    cid = new_customer(session, team)
    void_customers(session, [cid], "no_response", None, team.zhang, last_contact="空号", now=AT)
    assert history(session, cid)[-1].details == {"last_contact": "空号"}


def test_reclaim_by_the_rules_is_a_system_move_naming_the_rule(session, team):
    cid = new_customer(session, team)
    others = {s: new_customer(session, team, s) for s in (POOL, VOIDED, CLOSED, ARCHIVED)}
    sweep(session, now=T0 + timedelta(days=31))
    row = history(session, cid)[-1]
    assert (row.action, row.from_status, row.to_status) == ("reclaim", ACTIVE, POOL)
    assert (row.from_owner_id, row.to_owner_id, row.actor_id) == (team.zhang, None, None)
    assert row.reason_code == "reclaim_no_followup"
    c = customer(session, cid)
    assert (c.status, c.owner_id, c.previous_owner_id) == (POOL, None, team.zhang)
    for status, other in others.items():  # reclaim starts from active only
        assert customer(session, other).status == status


# --- permissions ---------------------------------------------------------------------


def test_a_rep_cannot_release_void_or_close_someone_elses_customer(session, team):
    cid = new_customer(session, team)  # 张三's
    before = snapshot(session, cid)
    attempts = [
        lambda: release_customers(session, [cid], "no_time", None, team.wang, now=AT),
        lambda: void_customers(session, [cid], "duplicate", None, team.wang, now=AT),
        lambda: close_customers(
            session, [cid], "market_change", None, CLOSE_CHECKLIST, team.wang, now=AT
        ),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied) as refused:
            attempt()
        assert refused.value.facts["why"] == "not the owner"
    assert snapshot(session, cid) == before


def test_a_rep_cannot_void_an_unowned_pool_customer(session, team):
    cid = new_customer(session, team, POOL)
    with pytest.raises(PermissionDenied):
        void_customers(session, [cid], "invalid_info", None, team.zhang, now=AT)
    assert customer(session, cid).status == POOL


def test_a_rep_cannot_archive_even_their_own_closed_customer(session, team):
    cid = new_customer(session, team, CLOSED)
    with pytest.raises(PermissionDenied) as refused:
        archive_customers(session, [cid], team.zhang, now=AT)
    assert refused.value.facts == {"actor": "张三", "action": "archive", "why": "managers only"}
    assert "仅限主管" in refused.value.message("zh")
    assert customer(session, cid).status == CLOSED


def test_a_pool_admin_cannot_archive(session, team):
    cid = new_customer(session, team, CLOSED, pool=team.south_pool)
    with pytest.raises(PermissionDenied):
        archive_customers(session, [cid], team.li, now=AT)


@pytest.mark.parametrize("start", [ACTIVE, POOL])
def test_a_rep_cannot_assign(session, team, start):
    cid = new_customer(session, team, start)
    before = snapshot(session, cid)
    with pytest.raises(PermissionDenied):
        assign_customers(session, [cid], team.wang, team.zhang, now=AT)
    assert snapshot(session, cid) == before


@pytest.mark.parametrize("lock", [lock_customers, unlock_customers])
def test_a_rep_cannot_lock_or_unlock_their_own_customer(session, team, lock):
    cid = new_customer(session, team, LOCKED if lock is unlock_customers else ACTIVE)
    before = snapshot(session, cid)
    with pytest.raises(PermissionDenied):
        lock(session, [cid], team.zhang, now=AT)
    assert snapshot(session, cid) == before


def test_pool_admin_assigns_and_locks_in_their_pool_only(session, team):
    south = new_customer(session, team, POOL, pool=team.south_pool)
    default = new_customer(session, team, POOL)
    assign_customers(session, [south], team.zhang, team.li, now=AT)
    assert customer(session, south).owner_id == team.zhang
    lock_customers(session, [south], team.li, now=AT)
    assert customer(session, south).locked is True

    before = snapshot(session, default)
    with pytest.raises(PermissionDenied) as refused:
        assign_customers(session, [default], team.zhang, team.li, now=AT)
    assert refused.value.facts["why"] == "managers or pool admins only"
    assert snapshot(session, default) == before

    owned = new_customer(session, team)  # 张三's, default pool
    with pytest.raises(PermissionDenied):
        lock_customers(session, [owned], team.li, now=AT)
    assert customer(session, owned).locked is False


def test_one_customer_outside_the_admins_pool_refuses_the_whole_assignment(session, team):
    south = new_customer(session, team, POOL, pool=team.south_pool)
    default = new_customer(session, team, POOL)
    with pytest.raises(PermissionDenied):
        assign_customers(session, [south, default], team.zhang, team.li, now=AT)
    assert customer(session, south).status == POOL


def test_a_rep_reactivates_their_own_voided_customer(session, team):
    cid = new_customer(session, team, VOIDED)
    reactivate_customers(session, [cid], "误操作", team.zhang, now=AT)
    c = customer(session, cid)
    assert (c.status, c.owner_id) == (POOL, None)


def test_a_rep_cannot_reactivate_someone_elses_voided_customer(session, team):
    cid = new_customer(session, team, VOIDED)  # voided by 张三
    before = snapshot(session, cid)
    with pytest.raises(PermissionDenied):
        reactivate_customers(session, [cid], "我来跟", team.wang, to=ACTIVE, now=AT)
    assert snapshot(session, cid) == before


@pytest.mark.parametrize("status", [CLOSED, ARCHIVED])
def test_a_rep_cannot_reactivate_their_own_closed_or_archived_customer(session, team, status):
    cid = new_customer(session, team, status)
    before = snapshot(session, cid)
    with pytest.raises(PermissionDenied):
        reactivate_customers(session, [cid], "客户回来了", team.zhang, to=ACTIVE, now=AT)
    assert snapshot(session, cid) == before


def test_a_rep_cannot_reactivate_their_voided_customer_into_someone_elses_hands(session, team):
    cid = new_customer(session, team, VOIDED)
    before = snapshot(session, cid)
    with pytest.raises(PermissionDenied):
        reactivate_customers(session, [cid], "给王五", team.zhang, to=ACTIVE, owner_id=team.wang)
    assert snapshot(session, cid) == before


def test_reactivating_an_unowned_customer_as_active_needs_an_owner(session, team):
    cid = new_customer(session, team, POOL)
    void_customers(session, [cid], "invalid_info", None, team.manager, now=T0)
    with pytest.raises(InvalidValue):
        reactivate_customers(session, [cid], "复核", team.manager, to=ACTIVE, now=AT)
    reactivate_customers(session, [cid], "复核", team.manager, to=ACTIVE, owner_id=team.li, now=AT)
    assert customer(session, cid).owner_id == team.li


def test_reactivate_only_to_the_pool_or_active(session, team):
    cid = new_customer(session, team, VOIDED)
    before = snapshot(session, cid)
    with pytest.raises(InvalidValue):
        reactivate_customers(session, [cid], "复核", team.manager, to=CLOSED, now=AT)
    assert snapshot(session, cid) == before


def test_reactivating_to_a_rep_at_capacity_is_refused(session, team):
    small = add_rep(session, "赵六", capacity=1, actor=team.manager, now=T0)
    many_customers(session, team, 1, owner=small)
    cid = new_customer(session, team, CLOSED)
    before = snapshot(session, cid)
    with pytest.raises(CapacityReached):
        reactivate_customers(session, [cid], "复核", team.manager, to=ACTIVE, owner_id=small)
    assert snapshot(session, cid) == before


@pytest.mark.parametrize("who", ["claimer", "assignee", "reactivated owner"])
def test_an_inactive_rep_cannot_take_customers(session, team, who):
    cid = new_customer(session, team, CLOSED if who == "reactivated owner" else POOL)
    set_rep_active(session, team.wang, False)
    before = snapshot(session, cid)
    with pytest.raises(InactiveRep):
        if who == "claimer":
            claim_customers(session, [cid], team.wang, now=AT)
        elif who == "assignee":
            assign_customers(session, [cid], team.wang, team.manager, now=AT)
        else:
            reactivate_customers(
                session, [cid], "复核", team.manager, to=ACTIVE, owner_id=team.wang
            )
    assert snapshot(session, cid) == before


# --- reasons, notes and the exit checklist -------------------------------------------


def _release(s, t, c, reason, note):
    return release_customers(s, [c], reason, note, t.zhang, now=AT)


def _void(s, t, c, reason, note):
    return void_customers(s, [c], reason, note, t.zhang, now=AT)


def _close_with(s, t, c, reason, note):
    return close_customers(s, [c], reason, note, CLOSE_CHECKLIST, t.zhang, now=AT)


WITH_REASON = {"release": _release, "void": _void, "close": _close_with}


@pytest.mark.parametrize("action", WITH_REASON)
@pytest.mark.parametrize("reason", [None, ""])
def test_a_missing_reason_is_refused(session, team, action, reason):
    cid = new_customer(session, team)
    before = snapshot(session, cid)
    with pytest.raises(ReasonRequired) as refused:
        WITH_REASON[action](session, team, cid, reason, "说明")
    assert refused.value.facts == {"kind": action}
    assert snapshot(session, cid) == before


@pytest.mark.parametrize("action", WITH_REASON)
@pytest.mark.parametrize("reason", ["made_up", "OTHER"])
def test_an_unknown_reason_is_refused(session, team, action, reason):
    cid = new_customer(session, team)
    before = snapshot(session, cid)
    with pytest.raises(UnknownReason) as refused:
        WITH_REASON[action](session, team, cid, reason, "说明")
    assert refused.value.facts == {"kind": action, "code": reason}
    assert snapshot(session, cid) == before


@pytest.mark.parametrize(
    ("action", "other_kinds_reason"),
    [("void", "market_change"), ("close", "duplicate"), ("release", "budget")],
)
def test_a_reason_of_another_kind_is_refused(session, team, action, other_kinds_reason):
    cid = new_customer(session, team)
    with pytest.raises(UnknownReason):
        WITH_REASON[action](session, team, cid, other_kinds_reason, None)
    assert customer(session, cid).status == ACTIVE


def test_a_retired_reason_is_refused_but_history_keeps_it(session, team):
    old = new_customer(session, team)
    void_customers(session, [old], "budget", None, team.zhang, now=T0)
    session.execute(
        update(Reason).where(Reason.kind == "void", Reason.code == "budget").values(active=False)
    )
    session.commit()
    cid = new_customer(session, team)
    with pytest.raises(UnknownReason) as refused:
        void_customers(session, [cid], "budget", None, team.zhang, now=AT)
    assert "budget" in refused.value.message("en") and "作废" in refused.value.message("zh")
    assert customer(session, cid).status == ACTIVE
    assert history(session, old)[-1].reason_code == "budget"


@pytest.mark.parametrize("action", WITH_REASON)
@pytest.mark.parametrize("note", [None, "", "   "])
def test_other_without_a_note_is_refused(session, team, action, note):
    cid = new_customer(session, team)
    before = snapshot(session, cid)
    with pytest.raises(NoteRequired) as refused:
        WITH_REASON[action](session, team, cid, "other", note)
    assert refused.value.message("zh") == "原因「其他」需要填写说明。"
    assert refused.value.message("en") == "The reason 'Other' needs a note."
    assert snapshot(session, cid) == before


@pytest.mark.parametrize("note", [None, "", "  \n "])
def test_reactivate_without_a_note_is_refused(session, team, note):
    cid = new_customer(session, team, VOIDED)
    before = snapshot(session, cid)
    with pytest.raises(NoteRequired) as refused:
        reactivate_customers(session, [cid], note, team.manager, to=ACTIVE, now=AT)
    assert "重新激活" in refused.value.message("zh")
    assert snapshot(session, cid) == before


def test_reactivate_note_is_stored_trimmed(session, team):
    cid = new_customer(session, team, VOIDED)
    reactivate_customers(session, [cid], "  客户重新询价 ", team.manager, now=AT)
    assert history(session, cid)[-1].note == "客户重新询价"


@pytest.mark.parametrize(
    "done",
    [
        [],
        ["customer_notified", "contract_ended", "balance_settled"],
        ["customer_notified", "contract_ended", "balance_settled", "data_backed_up", "typo"],
    ],
)
def test_close_without_the_full_exit_checklist_names_what_is_missing(session, team, done):
    cid = new_customer(session, team)
    before = snapshot(session, cid)
    with pytest.raises(ChecklistIncomplete) as refused:
        close_customers(session, [cid], "market_change", None, done, team.zhang, now=AT)
    missing = [item for item in CLOSE_CHECKLIST if item not in done]
    assert refused.value.facts["missing"] == missing
    assert all(item.replace("_", " ") in refused.value.message("en") for item in missing)
    assert snapshot(session, cid) == before


def test_checklist_message_in_chinese_lists_the_missing_items(session, team):
    cid = new_customer(session, team)
    with pytest.raises(ChecklistIncomplete) as refused:
        close_customers(
            session, [cid], "market_change", None, CLOSE_CHECKLIST[:3], team.zhang, now=AT
        )
    assert refused.value.message("zh") == "退出清单未完成：资料已备份、权限已收回。"


def test_close_keeps_the_checklist_in_the_history(session, team):
    cid = new_customer(session, team)
    close_customers(
        session, [cid], "lifecycle_ended", None, reversed(CLOSE_CHECKLIST), team.zhang, now=AT
    )
    assert history(session, cid)[-1].details == {"checklist": list(CLOSE_CHECKLIST)}


# --- bulk actions: all or nothing ----------------------------------------------------


def test_bulk_void_with_one_customer_not_allowed_changes_nothing(session, team):
    mine = many_customers(session, team, 49)
    not_mine = new_customer(session, team, POOL)
    ids = [*mine[:20], not_mine, *mine[20:]]
    with pytest.raises(PermissionDenied):
        void_customers(session, ids, "duplicate", None, team.zhang, now=AT)
    assert count_transitions(session, "void") == 0
    statuses = session.scalars(select(Customer.status).where(Customer.id.in_(ids))).all()
    assert sorted(statuses) == [ACTIVE] * 49 + [POOL]


def test_bulk_void_with_one_customer_in_the_wrong_status_changes_nothing(session, team):
    ids = many_customers(session, team, 50)
    void_customers(session, [ids[-1]], "duplicate", None, team.zhang, now=T0)
    with pytest.raises(InvalidTransition) as refused:
        void_customers(session, ids, "duplicate", None, team.manager, now=AT)
    assert refused.value.facts["customer_id"] == ids[-1]
    assert count_transitions(session, "void") == 1
    voided = session.scalar(select(func.count()).where(Customer.status == VOIDED))
    assert voided == 1


def test_bulk_void_with_a_missing_customer_changes_nothing(session, team):
    ids = many_customers(session, team, 10)
    with pytest.raises(NotFound) as refused:
        void_customers(session, [*ids, 99999], "duplicate", None, team.zhang, now=AT)
    assert refused.value.facts["ids"] == [99999]
    assert count_transitions(session, "void") == 0


def test_an_empty_selection_is_refused(session, team):
    with pytest.raises(InvalidValue):
        void_customers(session, [], "duplicate", None, team.zhang, now=AT)


def test_successful_bulk_void_writes_one_row_per_customer_sharing_one_batch(session, team):
    ids = many_customers(session, team, 50)
    result = void_customers(session, ids, "need_mismatch", None, team.zhang, now=AT)
    assert result.count == 50 and sorted(result.customer_ids) == ids
    rows = session.scalars(select(Transition).where(Transition.action == "void")).all()
    assert sorted(r.customer_id for r in rows) == ids
    assert {r.batch for r in rows} == {result.batch}
    assert {(r.actor_id, r.reason_code, r.at) for r in rows} == {(team.zhang, "need_mismatch", AT)}
    voided = session.scalar(select(func.count()).where(Customer.status == VOIDED))
    assert voided == 50


def test_two_bulk_actions_get_different_batches(session, team):
    ids = many_customers(session, team, 4)
    first = void_customers(session, ids[:2], "duplicate", None, team.zhang, now=AT)
    second = void_customers(session, ids[2:], "duplicate", None, team.zhang, now=AT)
    assert first.batch != second.batch


def test_bulk_assign_past_capacity_assigns_none(session, team):
    small = add_rep(session, "赵六", capacity=10, actor=team.manager, now=T0)
    ids = [new_customer(session, team, POOL) for _ in range(11)]
    with pytest.raises(CapacityReached):
        assign_customers(session, ids, small, team.manager, now=AT)
    assert count_transitions(session, "assign") == 0
    assign_customers(session, ids[:10], small, team.manager, now=AT)
    owned = session.scalar(select(func.count()).where(Customer.owner_id == small))
    assert owned == 10


def test_bulk_assign_where_one_is_already_the_targets_refuses_all(session, team):
    pooled = [new_customer(session, team, POOL) for _ in range(3)]
    mine = new_customer(session, team)
    with pytest.raises(AlreadyOwned) as refused:
        assign_customers(session, [*pooled, mine], team.zhang, team.manager, now=AT)
    assert refused.value.facts == {"customer_id": mine, "rep": "张三"}
    assert {customer(session, c).status for c in pooled} == {POOL}
    assert count_transitions(session, "assign") == 0


def test_bulk_reactivate_to_several_owners_is_one_batch(session, team):
    zhangs = new_customer(session, team, CLOSED)
    lis = create_customer(session, {"company": "深圳前海贸易"}, team.li, now=T0)
    close_customers(session, [lis], "market_change", None, CLOSE_CHECKLIST, team.li, now=T0)
    result = reactivate_customers(session, [zhangs, lis], "回归", team.manager, to=ACTIVE, now=AT)
    assert customer(session, zhangs).owner_id == team.zhang
    assert customer(session, lis).owner_id == team.li
    rows = [history(session, zhangs)[-1], history(session, lis)[-1]]
    assert {r.batch for r in rows} == {result.batch}


def test_bulk_reactivate_refuses_all_if_one_owner_is_full(session, team):
    small = add_rep(session, "赵六", capacity=0, actor=team.manager, now=T0)
    zhangs = new_customer(session, team, CLOSED)
    smalls = new_customer(session, team, CLOSED)
    session.execute(update(Customer).where(Customer.id == smalls).values(owner_id=small))
    session.commit()
    with pytest.raises(CapacityReached):
        reactivate_customers(session, [zhangs, smalls], "回归", team.manager, to=ACTIVE, now=AT)
    assert customer(session, zhangs).status == CLOSED
    assert count_transitions(session, "reactivate") == 0


# --- reactivated customers get a fresh start -----------------------------------------


def test_a_customer_reactivated_to_its_owner_is_not_reclaimed_at_the_next_sweep(session, team):
    cid = new_customer(session, team, CLOSED)  # owned since T0, closed an hour later
    back = T0 + timedelta(days=60)
    reactivate_customers(session, [cid], "客户回归", team.manager, to=ACTIVE, now=back)
    sweep(session, now=back + timedelta(hours=1))
    assert customer(session, cid).status == ACTIVE


# --- read-only customers -------------------------------------------------------------


@pytest.mark.parametrize("status", [VOIDED, CLOSED, ARCHIVED])
@pytest.mark.parametrize("who", ["zhang", "manager"])
def test_follow_ups_on_read_only_customers_are_refused(session, team, status, who):
    cid = new_customer(session, team, status)
    before = customer(session, cid)
    last, failed = before.last_followup_at, before.failed_attempts
    with pytest.raises(InvalidTransition) as refused:
        log_followup(session, cid, getattr(team, who), "call", "no_answer", "没人接", at=AT)
    assert refused.value.facts["action"] == "followup"
    with pytest.raises(InvalidTransition):
        record_deal(session, cid, getattr(team, who), Decimal("1000"), at=AT)
    after = customer(session, cid)
    assert (after.last_followup_at, after.failed_attempts, after.deal_count) == (last, failed, 0)
    assert session.scalar(select(func.count()).select_from(FollowUp)) == 0


def test_follow_up_on_an_active_customer_is_logged(session, team):
    cid = new_customer(session, team)
    log_followup(session, cid, team.zhang, "call", "no_answer", at=AT)
    c = customer(session, cid)
    assert (c.last_followup_at, c.failed_attempts) == (AT, 1)


def test_the_reason_lists_are_designs_in_both_languages(session, team):
    void = list_reasons(session, "void")
    assert [r.label_zh for r in void] == [
        "信息无效",
        "需求不匹配",
        "客户中断合作",
        "多次联系无响应",
        "预算/财务问题",
        "重复客户",
        "其他",
    ]
    assert [r.code for r in void if r.needs_note] == ["other"]
    assert all(r.label_en for r in void)
    close = [r.label_en for r in list_reasons(session, "close")]
    assert "Exit of a risky customer" in close and "Market change" in close


def test_whom_an_import_may_hand_customers_to(session, team):
    """A rep imports for themselves; a pool's admins and managers for anyone active."""
    from crmdesk.core.lifecycle import assignable_owners
    from crmdesk.core.pools import set_member
    from crmdesk.core.team import update_rep

    set_member(session, team.south_pool, team.li, team.manager, admin=True)
    update_rep(session, team.wang, {"active": False}, team.manager)
    everyone = {team.manager, team.zhang, team.li}

    assert set(assignable_owners(session, team.manager, team.default_pool)) == everyone
    assert set(assignable_owners(session, team.li, team.south_pool)) == everyone
    assert set(assignable_owners(session, team.li, team.default_pool)) == {team.li}
    assert assignable_owners(session, team.zhang, team.south_pool) == {team.zhang: "张三"}


# --- why a customer left work ----------------------------------------------------------


def test_exit_reasons_say_why_who_and_when(session, team):
    voided = new_customer(session, team, VOIDED)
    archived = new_customer(session, team, ARCHIVED)
    active = new_customer(session, team)
    closed = new_customer(session, team)
    close_customers(session, [closed], "other", "客户搬走了", CLOSE_CHECKLIST, team.manager, now=AT)
    found = exit_reasons(session, [voided, archived, active, closed])
    assert set(found) == {voided, archived, closed}  # never voided or closed: left out
    later = T0 + timedelta(hours=1)
    assert found[voided] == ExitInfo(
        voided,
        VOIDED,
        "duplicate",
        "Duplicate customer",
        "重复客户",
        None,
        team.zhang,
        "张三",
        later,
    )
    # an archived customer shows its close, not the archiving
    assert (found[archived].status, found[archived].reason_en, found[archived].at) == (
        CLOSED,
        "Market change",
        later,
    )
    assert found[closed] == ExitInfo(
        closed, CLOSED, "other", "Other", "其他", "客户搬走了", team.manager, "王经理", AT
    )


def test_exit_reasons_show_the_latest_decision_and_a_renamed_reason(session, team):
    cid = new_customer(session, team, VOIDED)
    reactivate_customers(session, [cid], "回来了", team.manager, now=AT)
    void_customers(session, [cid], "budget", None, team.manager, now=AT + timedelta(days=1))
    session.execute(
        update(Reason)
        .where(Reason.kind == "void", Reason.code == "budget")
        .values(label_en="Cannot pay", active=False)
    )
    session.commit()
    [info] = exit_reasons(session, [cid]).values()
    assert (info.reason_code, info.reason_en, info.actor_name) == ("budget", "Cannot pay", "王经理")
    assert info.at == AT + timedelta(days=1)
    assert exit_reasons(session, []) == {}
