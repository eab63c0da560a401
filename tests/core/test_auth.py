"""Passwords and the first manager, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import func, select

from crmdesk.core.auth import (
    MIN_LENGTH,
    active_people,
    create_first_manager,
    has_people,
    password_matches,
    set_password,
    set_up,
    verify_password,
)
from crmdesk.core.errors import (
    AlreadySetUp,
    NameRequired,
    PasswordTooShort,
    PermissionDenied,
    SignInFailed,
)
from crmdesk.core.models import Customer, PoolMember, Rep
from crmdesk.core.team import default_pool_id

NOW = datetime(2026, 11, 23, 9, 0)
SECRET = "s3cret-pass"


def stored_hash(session, rep_id: int) -> str | None:
    session.expire_all()
    return session.get(Rep, rep_id).password_hash


def test_a_rep_signs_in_with_the_password_they_set(session, team):
    set_password(session, team.zhang, SECRET, team.zhang)
    assert verify_password(session, "张三", SECRET) == team.zhang
    assert verify_password(session, " 张三 ", SECRET) == team.zhang
    stored = stored_hash(session, team.zhang)
    assert stored.startswith("scrypt$32768$8$1$")
    assert SECRET not in stored


def test_the_same_password_is_salted_differently(session, team):
    set_password(session, team.zhang, SECRET, team.zhang)
    set_password(session, team.li, SECRET, team.li)
    assert stored_hash(session, team.zhang) != stored_hash(session, team.li)


@pytest.mark.parametrize(
    ("name", "password"),
    [("张三", "wrong-password"), ("nobody", SECRET), ("李四", SECRET), ("张三", "")],
)
def test_a_failed_sign_in_does_not_say_which_part_was_wrong(session, team, name, password):
    """李四 has no password yet: nobody can sign in as him."""
    set_password(session, team.zhang, SECRET, team.zhang)
    with pytest.raises(SignInFailed) as refused:
        verify_password(session, name, password)
    assert refused.value.message("en") == "The name or the password is not right."
    assert refused.value.message("zh") == "姓名或密码不正确。"


def test_an_inactive_rep_cannot_sign_in(session, team):
    set_password(session, team.wang, SECRET, team.wang)
    session.get(Rep, team.wang).active = False
    session.commit()
    with pytest.raises(SignInFailed):
        verify_password(session, "王五", SECRET)


def test_a_manager_sets_anyones_password_a_rep_only_their_own(session, team):
    set_password(session, team.li, SECRET, team.manager)
    assert verify_password(session, "李四", SECRET) == team.li
    with pytest.raises(PermissionDenied):
        set_password(session, team.li, "another-one", team.zhang)
    assert verify_password(session, "李四", SECRET) == team.li


def test_a_short_password_is_refused(session, team):
    with pytest.raises(PasswordTooShort) as refused:
        set_password(session, team.zhang, "x" * (MIN_LENGTH - 1), team.zhang)
    assert str(MIN_LENGTH) in refused.value.message("zh")
    assert stored_hash(session, team.zhang) is None


def test_a_damaged_stored_hash_never_matches():
    for stored in ("", "scrypt$1$2", "pbkdf2$1$1$1$AA==$AA==", "scrypt$x$8$1$AA==$AA==", "$$$$$"):
        assert not password_matches(SECRET, stored)


def test_the_first_manager_is_created_once(session, db):
    assert not has_people(session)
    password = SECRET if db.engine.dialect.name == "postgresql" else None
    boss = create_first_manager(session, "  陈主管 ", password, now=NOW)
    rep = session.get(Rep, boss)
    assert (rep.name, rep.role, rep.active) == ("陈主管", "manager", True)
    member = session.get(PoolMember, (default_pool_id(session), boss))
    assert member is not None
    assert [p.name for p in active_people(session)] == ["陈主管"]
    with pytest.raises(AlreadySetUp):
        create_first_manager(session, "另一人", SECRET, now=NOW)
    assert session.scalar(select(func.count()).select_from(Rep)) == 1


def test_the_first_manager_on_a_server_needs_a_password(session, db):
    if db.engine.dialect.name == "sqlite":  # a laptop's own file: profiles, no sign-in
        boss = create_first_manager(session, "陈主管", None)
        assert stored_hash(session, boss) is None
        return
    with pytest.raises(PasswordTooShort):
        create_first_manager(session, "陈主管", None)
    assert not has_people(session)
    boss = create_first_manager(session, "陈主管", SECRET)
    assert verify_password(session, "陈主管", SECRET) == boss


def test_two_desks_setting_up_at_once_make_one_manager(db):
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def desk(name: str) -> None:
        with db.session() as session:
            barrier.wait()
            try:
                outcomes.append(create_first_manager(session, name, SECRET))
            except AlreadySetUp as refused:
                outcomes.append(refused)

    threads = [threading.Thread(target=desk, args=(name,)) for name in ("甲主管", "乙主管")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(type(o).__name__ for o in outcomes) == ["AlreadySetUp", "int"]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Rep)) == 1


def test_set_up_with_a_demo_adds_the_manager_to_the_demo_team(session):
    boss = set_up(session, "陈主管", SECRET, demo_customers=50, now=NOW)
    assert session.scalar(select(func.count()).select_from(Customer)) == 50
    assert session.get(Rep, boss).role == "manager"
    assert verify_password(session, "陈主管", SECRET) == boss
    assert len(active_people(session)) > 5


def test_set_up_with_a_demo_may_take_the_place_of_a_demo_person(session):
    boss = set_up(session, "王经理", SECRET, demo_customers=50, now=NOW)
    names = [p.name for p in active_people(session)]
    assert names.count("王经理") == 1
    assert verify_password(session, "王经理", SECRET) == boss


def test_set_up_checks_the_name_before_writing_a_demo(session):
    with pytest.raises(NameRequired):
        set_up(session, "  ", SECRET, demo_customers=50, now=NOW)
    with pytest.raises(PasswordTooShort):
        set_up(session, "陈主管", "short", demo_customers=50, now=NOW)
    assert session.scalar(select(func.count()).select_from(Customer)) == 0
    assert not has_people(session)


def test_set_up_refuses_a_database_that_has_people(session, team):
    with pytest.raises(AlreadySetUp):
        set_up(session, "陈主管", SECRET)
    with pytest.raises(AlreadySetUp):
        set_up(session, "陈主管", SECRET, demo_customers=50)


def test_set_up_does_not_wipe_a_demo_that_has_people(session):
    boss = set_up(session, "陈主管", SECRET, demo_customers=50, now=NOW)
    with pytest.raises(AlreadySetUp):
        set_up(session, "路人甲", SECRET, demo_customers=50, now=NOW)
    assert session.scalar(select(func.count()).select_from(Customer)) == 50
    assert session.get(Rep, boss).role == "manager"
    assert "路人甲" not in [p.name for p in active_people(session)]
