"""What Settings edits: the reason lists, the reps, the pools as listed, daily backups."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from crmdesk.core.errors import DatabaseTooNew, InvalidValue, PermissionDenied, UnknownReason
from crmdesk.core.lifecycle import release_customers, void_customers
from crmdesk.core.models import Customer, Rep, Transition
from crmdesk.core.pools import RULE_FIELDS, update_rules
from crmdesk.core.reasons import (
    add_reason,
    list_reasons,
    move_reason,
    reinstate_reason,
    rename_reason,
    retire_reason,
)
from crmdesk.core.team import (
    list_pools,
    list_reps,
    pool_members,
    pool_rule_values,
    update_rep,
)
from crmdesk.storage.backup import daily_backup, daily_backups
from crmdesk.storage.migrate import check_restorable
from tests.core.helpers import T0, own


def codes(session, kind="void", **kw) -> list[str]:
    return [r.code for r in list_reasons(session, kind, **kw)]


# --- reasons ---------------------------------------------------------------------------


def test_an_added_reason_is_offered_last_and_can_be_used(session, team):
    code = add_reason(session, "void", "公司已注销", "Company dissolved", team.manager)
    assert codes(session)[-1] == code == "company_dissolved"
    cid = own(session, team)
    void_customers(session, [cid], code, None, team.zhang, now=T0)
    assert session.get(Customer, cid).status_reason == code


def test_a_reason_with_one_label_uses_it_for_both_languages_and_gets_a_unique_code(session, team):
    first = add_reason(session, "release", "出差", "", team.manager, needs_note=True)
    second = add_reason(session, "close", "", "Other!", team.manager)
    info = list_reasons(session, "release")[-1]
    assert (info.label_zh, info.label_en, info.needs_note) == ("出差", "出差", True)
    assert first == "reason"  # no ascii letters to build a code from
    assert second == "other_2"  # "other" is taken in the close list


@pytest.mark.parametrize(
    ("zh", "en"), [("", "  "), ("信息无效", "Something new"), ("新的", "Other"), ("长" * 101, "x")]
)
def test_empty_long_or_taken_labels_are_refused(session, team, zh, en):
    before = codes(session)
    with pytest.raises(InvalidValue):
        add_reason(session, "void", zh, en, team.manager)
    assert codes(session) == before


def test_only_managers_edit_reasons(session, team):
    with pytest.raises(PermissionDenied) as refused:
        add_reason(session, "void", "新原因", "New", team.zhang)
    assert "managers only" in refused.value.message("en")
    for edit in (
        lambda: rename_reason(session, "void", "budget", "预算", "Money", team.li),
        lambda: move_reason(session, "void", "budget", -1, team.li),
        lambda: retire_reason(session, "void", "budget", team.li),
        lambda: reinstate_reason(session, "void", "budget", team.li),
    ):
        with pytest.raises(PermissionDenied):
            edit()
    assert [r.label_en for r in list_reasons(session, "void")][4] == "Budget or financial problems"


def test_a_rename_relabels_old_history_and_keeps_the_code(session, team):
    cid = own(session, team)
    release_customers(session, [cid], "no_time", None, team.zhang, now=T0)
    rename_reason(session, "release", "no_time", "忙不过来", "Too busy", team.manager)
    labels = {r.code: r.label_zh for r in list_reasons(session, "release")}
    assert labels["no_time"] == "忙不过来"
    assert (
        session.scalars(select(Transition.reason_code).where(Transition.customer_id == cid)).all()[
            -1
        ]
        == "no_time"
    )


def test_a_rename_may_change_whether_a_note_is_needed(session, team):
    rename_reason(session, "void", "budget", "预算问题", "Budget", team.manager, needs_note=True)
    assert [r.code for r in list_reasons(session, "void") if r.needs_note] == ["budget", "other"]


def test_a_rename_to_another_reasons_label_is_refused(session, team):
    with pytest.raises(InvalidValue):
        rename_reason(session, "void", "budget", "其他", "Budget", team.manager)
    # its own labels may be kept
    rename_reason(session, "void", "budget", "预算/财务问题", "Budget", team.manager)


def test_reasons_move_up_and_down_and_stop_at_the_ends(session, team):
    move_reason(session, "void", "budget", -1, team.manager)
    assert codes(session)[3:5] == ["budget", "no_response"]
    move_reason(session, "void", "invalid_info", -1, team.manager)
    move_reason(session, "void", "other", 5, team.manager)
    move_reason(session, "void", "duplicate", 1, team.manager)
    assert codes(session) == [
        "invalid_info",
        "need_mismatch",
        "stopped_cooperation",
        "budget",
        "no_response",
        "other",
        "duplicate",
    ]


def test_a_retired_reason_is_not_offered_but_old_history_keeps_it(session, team):
    old = own(session, team)
    void_customers(session, [old], "budget", None, team.zhang, now=T0)
    retire_reason(session, "void", "budget", team.manager)

    assert "budget" not in codes(session)
    retired = next(r for r in list_reasons(session, "void", retired=True) if r.code == "budget")
    assert (retired.active, retired.label_zh) == (False, "预算/财务问题")
    assert session.get(Customer, old).status_reason == "budget"
    with pytest.raises(UnknownReason):
        void_customers(session, [own(session, team)], "budget", None, team.zhang, now=T0)

    reinstate_reason(session, "void", "budget", team.manager)
    assert codes(session)[4] == "budget"


def test_reasons_the_rules_use_and_the_last_of_a_list_cannot_be_retired(session, team):
    for code in ("duplicate", "no_response", "invalid_info"):
        with pytest.raises(InvalidValue):
            retire_reason(session, "void", code, team.manager)
    for code in ("lifecycle_ended", "no_longer_needed", "market_change", "risky_exit"):
        retire_reason(session, "close", code, team.manager)
    with pytest.raises(InvalidValue) as refused:
        retire_reason(session, "close", "other", team.manager)
    assert "last close reason" in refused.value.message("en")
    assert codes(session, "close") == ["other"]


def test_an_unknown_reason_or_kind_is_refused(session, team):
    with pytest.raises(UnknownReason):
        rename_reason(session, "void", "nope", "无", "None", team.manager)
    with pytest.raises(InvalidValue):
        add_reason(session, "lock", "锁", "Lock", team.manager)


# --- reps ------------------------------------------------------------------------------


def rep(session, rep_id) -> Rep:
    session.expire_all()
    return session.get(Rep, rep_id)


def test_a_manager_edits_capacity_level_region_and_role(session, team):
    update_rep(
        session,
        team.wang,
        {"capacity": 350, "level": 3, "region": "  华南 ", "role": "manager"},
        team.manager,
    )
    r = rep(session, team.wang)
    assert (r.capacity, r.level, r.region, r.role) == (350, 3, "华南", "manager")
    update_rep(session, team.wang, {"region": ""}, team.manager)
    assert rep(session, team.wang).region is None


@pytest.mark.parametrize(
    "changes",
    [
        {"capacity": -1},
        {"capacity": "200"},
        {"level": 0},
        {"role": "boss"},
        {"active": 1},
        {"name": "别名"},
        {"region": "长" * 51},
    ],
)
def test_bad_rep_values_are_refused(session, team, changes):
    with pytest.raises(InvalidValue):
        update_rep(session, team.wang, changes, team.manager)
    r = rep(session, team.wang)
    assert (r.capacity, r.level, r.role, r.region, r.active) == (200, 1, "rep", "华北", True)


def test_only_managers_edit_reps(session, team):
    with pytest.raises(PermissionDenied):
        update_rep(session, team.zhang, {"capacity": 999}, team.zhang)
    assert rep(session, team.zhang).capacity == 200


def test_a_rep_with_customers_cannot_be_deactivated_until_they_are_handed_on(session, team):
    cid = own(session, team, team.wang)
    with pytest.raises(InvalidValue) as refused:
        update_rep(session, team.wang, {"active": False}, team.manager)
    assert "owns 1 active customers" in refused.value.message("en")
    assert rep(session, team.wang).active

    release_customers(session, [cid], "no_time", None, team.wang, now=T0)
    update_rep(session, team.wang, {"active": False}, team.manager)
    assert not rep(session, team.wang).active
    assert session.get(Customer, cid).previous_owner_id == team.wang
    update_rep(session, team.wang, {"active": True}, team.manager)
    assert rep(session, team.wang).active


def test_the_team_keeps_an_active_manager(session, team):
    for changes in ({"role": "rep"}, {"active": False}):
        with pytest.raises(InvalidValue):
            update_rep(session, team.manager, changes, team.manager)
    update_rep(session, team.li, {"role": "manager"}, team.manager)
    update_rep(session, team.manager, {"role": "rep"}, team.manager)
    assert rep(session, team.manager).role == "rep"


def test_list_reps_counts_active_customers_owned(session, team):
    own(session, team, team.li)
    voided = own(session, team, team.li)
    void_customers(session, [voided], "budget", None, team.li, now=T0)
    reps = {r.name: r for r in list_reps(session)}
    assert list(reps) == sorted(reps)
    assert (reps["李四"].owned, reps["王五"].owned, reps["王经理"].role) == (1, 0, "manager")


# --- pools as Settings lists them -------------------------------------------------------


def test_list_pools_and_members(session, team):
    pools = list_pools(session)
    assert [p.is_default for p in pools] == [True, False]
    south = pools[1]
    assert (south.id, south.name, south.members, south.admins) == (
        team.south_pool,
        "华南公海",
        2,
        1,
    )
    assert pool_members(session, team.south_pool) == {team.li: True, team.zhang: False}


def test_pool_rule_values_are_the_stored_rules(session, team):
    update_rules(
        session, team.south_pool, {"followup_days": 12, "tier_followup_days": {"A": 60}}, team.li
    )
    values = pool_rule_values(session, team.south_pool)
    assert set(values) == RULE_FIELDS
    assert (values["followup_days"], values["tier_followup_days"]) == (12, {"A": 60})


# --- daily backups (SQLite files; a server backs itself up) -----------------------------


def test_daily_backup_makes_one_a_day_and_keeps_the_newest(db, tmp_path):
    folder = tmp_path / "daily"
    day = datetime(2026, 5, 1, 8, 0)
    if db.engine.dialect.name != "sqlite":
        assert daily_backup(db.engine, folder, day) is None
        assert not folder.exists()
        return
    db_path = tmp_path / "crmdesk.sqlite"
    manual = folder / "crmdesk-20260101-120000.sqlite"
    manual.parent.mkdir()
    manual.write_bytes(b"by hand")

    first = daily_backup(db.engine, folder, day, keep=3)
    assert first is not None and first.name == "crmdesk-daily-20260501.sqlite"
    assert daily_backup(db.engine, folder, day + timedelta(hours=10), keep=3) is None
    for n in range(1, 5):
        daily_backup(db.engine, folder, day + timedelta(days=n), keep=3)

    assert [p.name for p in daily_backups(folder, db_path)] == [
        "crmdesk-daily-20260503.sqlite",
        "crmdesk-daily-20260504.sqlite",
        "crmdesk-daily-20260505.sqlite",
    ]
    assert manual.read_bytes() == b"by hand"
    with pytest.raises(InvalidValue):
        daily_backup(db.engine, folder, day + timedelta(days=9), keep=0)


def test_a_backup_from_a_newer_program_is_not_restorable(sqlite_template, tmp_path):
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(sqlite_template, newer)
    with closing(sqlite3.connect(newer)) as con, con:
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    with pytest.raises(DatabaseTooNew):
        check_restorable(newer)
    check_restorable(sqlite_template)
