"""Today (工作台) counts what the lists behind it show, and the rules run by themselves
once per run on a shared database."""

from __future__ import annotations

import threading
from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from crmdesk.core import clock, search
from crmdesk.core.activity import add_payment, log_followup
from crmdesk.core.customers import create_customer, update_customer
from crmdesk.core.housekeeping import run_rules
from crmdesk.core.models import POOL, WARNING_BITS, Customer, Transition
from crmdesk.core.risk import warned_customers
from crmdesk.core.suggestions import cleanup_counts
from crmdesk.core.today import ENTRIES, TEAM_COLUMNS, filters_for, team_day, today
from crmdesk.storage.engine import Database
from tests.core.helpers import DAY, HOUR, T0, own

NOW = T0 + 28 * DAY  # 30 days without a follow-up reclaim; the warning starts 3 before


def test_a_reps_day_is_counted_as_its_lists_count(session, team, monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: NOW)
    overdue = own(session, team)
    due_later_today = own(session, team)
    not_due = own(session, team)
    followed = own(session, team)
    for cid, next_at in (
        (overdue, NOW - DAY),
        (due_later_today, NOW + 2 * HOUR),
        (not_due, NOW + 2 * DAY),
        (followed, NOW + 5 * DAY),
    ):
        # the follow-ups were logged long ago, so each of these is also near its reclaim
        log_followup(session, cid, team.zhang, "call", "reached", at=T0, next_at=next_at, now=T0)
    log_followup(session, followed, team.zhang, "call", "reached", at=NOW - HOUR, now=NOW)
    warned = own(session, team, at=NOW - DAY)
    update_customer(session, warned, {"credit_rating": "D"}, team.manager, now=NOW - DAY)
    someone_elses = own(session, team, team.li)
    log_followup(session, someone_elses, team.li, "call", "reached", at=T0, next_at=T0, now=T0)

    view = today(session, team.zhang, now=NOW)

    assert view.entries["due"].count == 2
    assert view.overdue == 1
    assert [r["id"] for r in view.entries["due"].first] == [overdue, due_later_today]
    assert {r["id"] for r in view.entries["reclaim_soon"].first} == {
        overdue,
        due_later_today,
        not_due,
    }
    assert all(r["days_left"] is not None for r in view.entries["reclaim_soon"].first)
    assert [r["id"] for r in view.entries["new_warnings"].first] == [warned]
    for key in ENTRIES:
        entry = view.entries[key]
        assert entry.count == len(search.matching_ids(session, "", entry.filters)), key


def test_a_managers_team_numbers_are_the_lists_they_open(session, team):
    for owner in (team.zhang, team.zhang, team.li):
        cid = own(session, team, owner)
        log_followup(session, cid, owner, "call", "no_answer", at=T0, next_at=T0 + DAY, now=T0)
    own(session, team, team.wang, at=NOW)
    for fields in (
        {"company": "公海垃圾客户"},
        {"company": "公海差信用客户", "credit_rating": "D"},
    ):
        tier = "D" if "credit_rating" not in fields else "C"
        create_customer(session, fields, team.manager, to_pool=True, tier=tier, now=T0)

    day = team_day(session, now=NOW)

    assert day.queues["junk"] == cleanup_counts(session, now=NOW)["junk"] == 1
    assert day.queues["warned"] == len(warned_customers(session, limit=1000, now=NOW)) == 1
    lines = {line.rep_id: line.counts for line in day.lines}
    assert lines[team.zhang]["owned"] == 2 and lines[team.zhang]["due"] == 2
    assert lines[team.li]["reclaim_soon"] == 1
    assert lines[team.wang] == {"owned": 1, "due": 0, "reclaim_soon": 0, "warned": 0}
    for line in day.lines:
        for key in TEAM_COLUMNS:
            listed = search.matching_ids(session, "", filters_for(key, line.rep_id, NOW))
            assert line.counts[key] == len(listed), (line.name, key)


def test_the_rules_reclaim_and_warn_on_their_own_run(session, team):
    gone = own(session, team)
    soon = own(session, team, at=T0 + 3 * DAY)

    done = run_rules(session, now=T0 + 31 * DAY)

    assert done.ran and done.reclaimed == 1 and done.warned == 1
    session.expire_all()
    assert session.get(Customer, gone).status == POOL
    assert session.get(Customer, soon).reclaim_warned_at == T0 + 31 * DAY


def test_the_rules_warn_of_payments_that_time_made_overdue(session, team, monkeypatch):
    cid = own(session, team, at=NOW - DAY)
    monkeypatch.setattr(clock, "now", lambda: NOW)
    for days in (2, 3):
        add_payment(session, cid, team.zhang, Decimal("100"), NOW + days * DAY)
    assert run_rules(session, now=NOW).refreshed == 0  # nothing overdue yet

    done = run_rules(session, now=NOW + 4 * DAY)

    assert done.refreshed == 1
    session.expire_all()
    customer = session.get(Customer, cid)
    assert customer.warning_flags == WARNING_BITS["overdue_payments"]
    assert customer.warnings_since == NOW + 4 * DAY
    assert run_rules(session, now=NOW + 4 * DAY).refreshed == 0


@pytest.mark.parametrize("desks", [2])
def test_two_desks_running_the_rules_at_once_reclaim_each_customer_once(db, team, desks):
    """Each desk has its own engine, as two laptops on one database have."""
    with db.session() as session:
        ids = [own(session, team) for _ in range(40)]
    at = T0 + 31 * DAY
    barrier = threading.Barrier(desks)
    runs: list[object] = []
    failures: list[BaseException] = []

    url = db.engine.url.render_as_string(hide_password=False)

    def desk() -> None:
        database = Database(url)
        try:
            with database.session() as session:
                barrier.wait()
                runs.append(run_rules(session, now=at))
        except BaseException as exc:  # reported below, in the test's thread
            failures.append(exc)
        finally:
            database.dispose()

    threads = [threading.Thread(target=desk) for _ in range(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not failures, failures
    with db.session() as session:
        reclaims = session.scalar(
            select(func.count()).where(
                Transition.action == "reclaim", Transition.customer_id.in_(ids)
            )
        )
        pooled = session.scalar(
            select(func.count()).where(Customer.id.in_(ids), Customer.status == POOL)
        )
    assert reclaims == pooled == len(ids)
    assert sum(run.reclaimed for run in runs) == len(ids)  # type: ignore[attr-defined]


def test_a_run_is_dated_by_the_desks_clock(session, team, monkeypatch):
    at = datetime(2026, 12, 4, 10, 0)
    monkeypatch.setattr(clock, "now", lambda: at)
    assert run_rules(session).at == at
