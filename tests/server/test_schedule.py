"""The server's scheduled rules: at start and then every period, once per team however
many runners, logged, and a failed run never stops the schedule."""

from __future__ import annotations

import logging
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from crmdesk.core import pools
from crmdesk.core.housekeeping import BUSY, RECENT, last_run, run_rules
from crmdesk.core.models import POOL, Customer, Transition
from crmdesk.server.schedule import RulesSchedule
from tests.core.helpers import DAY, T0, own

HOUR = timedelta(hours=1)


def reclaims(session, ids: list[int]) -> int:
    session.rollback()
    return session.scalar(
        select(func.count()).where(Transition.action == "reclaim", Transition.customer_id.in_(ids))
    )


def test_a_scheduled_run_skips_while_the_teams_last_run_is_within_the_period(session, team):
    first = own(session, team)
    done = run_rules(session, now=T0 + 31 * DAY, every=HOUR)
    assert done.ran and done.reclaimed == 1
    record = last_run(session)
    assert record is not None and record["runs"] == 1 and record["reclaimed"] == 1
    assert record["at"] == (T0 + 31 * DAY).isoformat()

    second = own(session, team)
    later = run_rules(session, now=T0 + 31 * DAY + 50 * 60 * timedelta(seconds=1), every=HOUR)
    assert not later.ran and later.skipped == RECENT
    assert later.last_run == T0 + 31 * DAY
    assert reclaims(session, [second]) == 0

    # a timer firing a little early still runs: the period is not skipped whole
    due = run_rules(session, now=T0 + 31 * DAY + HOUR - timedelta(seconds=5), every=HOUR)
    assert due.ran and due.reclaimed == 1
    assert last_run(session)["runs"] == 2  # type: ignore[index]
    assert reclaims(session, [first, second]) == 2


def test_a_desks_run_has_no_period_and_always_runs(session, team):
    run_rules(session, now=T0 + 31 * DAY)
    own(session, team)
    assert run_rules(session, now=T0 + 31 * DAY).ran
    assert last_run(session)["runs"] == 2  # type: ignore[index]


def test_a_runner_that_finds_the_lock_taken_skips(db, session, team):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one server process: no lock to take turns with")
    from crmdesk.core.housekeeping import LOCK_KEY

    with db.engine.connect() as other:
        other.scalar(select(func.pg_advisory_lock(LOCK_KEY)))
        done = run_rules(session, every=HOUR)
        other.scalar(select(func.pg_advisory_unlock(LOCK_KEY)))
        other.commit()
    assert not done.ran and done.skipped == BUSY
    assert last_run(session) is None


def test_the_schedule_runs_at_start_and_every_period_and_survives_a_failure(
    db, session, team, monkeypatch, caplog
):
    ids = [own(session, team) for _ in range(3)]
    real_sweep = pools.sweep
    calls = {"n": 0}

    def sweep_failing_once(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("the database went away\nsecond line")
        return real_sweep(*args, **kwargs)

    monkeypatch.setattr(pools, "sweep", sweep_failing_once)
    caplog.set_level(logging.INFO, logger="crmdesk.server.schedule")
    schedule = RulesSchedule(db, timedelta(seconds=0.5))
    started = time.monotonic()
    schedule.start()
    try:
        while calls["n"] < 3 and time.monotonic() - started < 20:
            time.sleep(0.05)
    finally:
        schedule.stop()
    assert calls["n"] >= 3
    lines = [r.getMessage() for r in caplog.records if r.name == "crmdesk.server.schedule"]
    failed = [line for line in lines if line.startswith("rules failed")]
    assert len(failed) == 1 and "the database went away" in failed[0]
    assert "second line" not in failed[0]
    assert any(line.startswith("rules ran at") and "3 reclaimed" in line for line in lines)
    assert reclaims(session, ids) == 3
    pooled = session.scalar(
        select(func.count()).where(Customer.id.in_(ids), Customer.status == POOL)
    )
    assert pooled == 3
    assert last_run(session)["runs"] >= 1  # type: ignore[index]


def test_a_negative_period_is_refused_in_one_line(monkeypatch, capsys):
    from crmdesk.server.__main__ import main

    monkeypatch.setenv("CRMDESK_DB", "sqlite:///unused.sqlite")
    assert main(["--rules-every", "-1"]) == 2
    assert "--rules-every" in capsys.readouterr().err
