"""Real server processes: one killed in the middle of a batch and started again, and two
on one PostgreSQL database at once (claims racing through both, the sweep run once)."""

from __future__ import annotations

import itertools
import random
import re
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from crmdesk.core import clock
from crmdesk.core.auth import set_password
from crmdesk.core.customers import create_customer
from crmdesk.core.housekeeping import last_run
from crmdesk.core.models import ACTIVE, POOL, ClientCommand, Customer, FollowUp, Transition
from crmdesk.core.pools import update_rules
from crmdesk.core.team import add_rep
from tests.core.helpers import own
from tests.server.conftest import PASSWORD
from tests.server.live import LiveServer

pytestmark = pytest.mark.slow

CLIENT = "desk-manager-0001"
FOLLOWUPS = 199
ASSIGNED = 100
RETRY_SECONDS = 60


def pooled_customers(session, manager: int, n: int) -> list[int]:
    long_ago = clock.now() - timedelta(days=60)
    return [
        create_customer(
            session, {"company": f"进程测试{i:04d}有限公司"}, manager, to_pool=True, now=long_ago
        )
        for i in range(n)
    ]


def needs_postgresql(db) -> None:
    if db.engine.dialect.name != "postgresql":
        pytest.skip("two server processes share a PostgreSQL database; SQLite has one")


def count(session, stmt) -> int:
    session.rollback()
    return int(session.scalar(stmt) or 0)


def test_a_server_killed_mid_batch_applies_each_command_once_after_the_client_resends(
    db, people, session, tmp_path: Path
):
    team = people.team
    bulk = pooled_customers(session, team.manager, ASSIGNED)
    batch = [
        {
            "seq": seq,
            "name": "log_followup",
            "version": 1,
            "args": {
                "customer_id": people.zhangs,
                "kind": "call",
                "outcome": "reached",
                "note": f"第{seq}次",
            },
        }
        for seq in range(1, FOLLOWUPS + 1)
    ]
    # the bulk assign comes right after the half: the kill aims at it
    middle = FOLLOWUPS // 2 + 1
    for command in batch[middle - 1 :]:
        command["seq"] += 1
    assign = {"ids": bulk, "to_rep": team.li, "note": "交接"}
    batch.insert(
        middle - 1, {"seq": middle, "name": "assign_customers", "version": 1, "args": assign}
    )
    body = {"client_id": CLIENT, "commands": batch}
    recorded = (
        select(func.count()).select_from(ClientCommand).where(ClientCommand.client_id == CLIENT)
    )

    server = LiveServer(db.url, tmp_path).start()
    try:
        token = server.sign_in("王经理", PASSWORD)
        failed: list[BaseException] = []

        def push_once() -> None:
            try:
                with server.client(token) as client:
                    client.post("/push", json=body)
            except httpx.TransportError as error:  # the server dies under it
                failed.append(error)

        pushing = threading.Thread(target=push_once)
        pushing.start()
        deadline = time.monotonic() + RETRY_SECONDS
        while count(session, recorded) < middle - 1 and time.monotonic() < deadline:
            time.sleep(0.005)
        server.stop(kill=True)
        pushing.join(RETRY_SECONDS)
        assert failed, "the push finished before the kill"
        before = count(session, recorded)
        assert 0 < before < len(batch), before

        server.start()
        answer = None
        while answer is None and time.monotonic() < deadline:
            try:
                with server.client(token) as client:
                    answer = client.post("/push", json=body)
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200, answer
        results = answer.json()["results"]
        assert [r["seq"] for r in results] == list(range(1, len(batch) + 1))
        assert {r["outcome"] for r in results} == {"applied"}
        assert answer.json()["last_seq"] == len(batch)
        with server.client(token) as client:
            assert client.post("/push", json=body).json() == answer.json()
    finally:
        server.stop()

    assert count(session, recorded) == len(batch)
    notes = session.execute(
        select(FollowUp.note, func.count())
        .where(FollowUp.customer_id == people.zhangs)
        .group_by(FollowUp.note)
    ).all()
    assert len(notes) == FOLLOWUPS and {n for _, n in notes} == {1}
    owned = select(func.count()).where(
        Customer.id.in_(bulk), Customer.owner_id == team.li, Customer.status == ACTIVE
    )
    assert count(session, owned) == ASSIGNED
    assigns = select(func.count()).where(
        Transition.action == "assign", Transition.customer_id.in_(bulk)
    )
    assert count(session, assigns) == ASSIGNED


def test_reps_claiming_through_two_server_processes_get_each_customer_once_within_limits(
    db, people, session, tmp_path: Path
):
    needs_postgresql(db)
    team = people.team
    update_rules(session, team.default_pool, {"daily_claims": 3, "max_owned": 4}, team.manager)
    own(session, team, at=clock.now())
    own(session, team, at=clock.now())  # 张三 now owns 3: one more claim reaches max_owned
    names = ["张三", "李四", "王五", *(f"新人{i}" for i in range(4))]
    for name in names[3:]:
        rep = add_rep(session, name, actor=team.manager)
        set_password(session, rep, PASSWORD, team.manager)
    targets = [people.pooled, *pooled_customers(session, team.manager, 29)]
    expected = {name: 3 for name in names} | {"张三": 1}

    servers = [LiveServer(db.url, tmp_path, name=f"server{i}") for i in range(2)]
    try:
        for server in servers:
            server.start(["--rules-every", "0"])
        tokens = {
            name: servers[i % 2].sign_in(name, PASSWORD, device=f"desk{i}")
            for i, name in enumerate(names)
        }
        start = threading.Barrier(len(names))
        answers: dict[str, list[dict]] = {name: [] for name in names}
        failures: list[BaseException] = []

        def rep_desk(index: int, name: str) -> None:
            order = targets[:]
            random.Random(index).shuffle(order)
            clients = [server.client(tokens[name]) for server in servers]
            try:
                start.wait(RETRY_SECONDS)
                for seq, customer in enumerate(order, start=1):
                    command = {
                        "seq": seq,
                        "name": "claim_customers",
                        "version": 1,
                        "args": {"ids": [customer]},
                    }
                    pushed = clients[seq % 2].post(
                        "/push", json={"client_id": f"desk-rep-{index:04d}", "commands": [command]}
                    )
                    assert pushed.status_code == 200, pushed.text
                    answers[name].append({"customer": customer, **pushed.json()["results"][0]})
            except BaseException as error:  # reported in the test's thread
                failures.append(error)
            finally:
                for client in clients:
                    client.close()

        threads = [
            threading.Thread(target=rep_desk, args=(i, name)) for i, name in enumerate(names)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(RETRY_SECONDS)
        assert not failures, failures
    finally:
        for server in servers:
            server.stop()

    won = {
        name: [a["customer"] for a in got if a["outcome"] == "applied"]
        for name, got in answers.items()
    }
    assert {name: len(ids) for name, ids in won.items()} == expected
    claimed = [c for ids in won.values() for c in ids]
    assert len(claimed) == len(set(claimed)) == sum(expected.values())
    refused = {
        a["error"]["code"] for got in answers.values() for a in got if a["outcome"] != "applied"
    }
    assert refused <= {"invalid_transition", "daily_claims_reached", "owned_limit_reached"}, refused
    session.rollback()
    claims = session.execute(
        select(Transition.customer_id, func.count())
        .where(Transition.action == "claim", Transition.customer_id.in_(targets))
        .group_by(Transition.customer_id)
    ).all()
    assert dict(claims) == {c: 1 for c in claimed}
    rep_ids = {
        name: session.scalar(select(Customer.owner_id).where(Customer.id == ids[0]))
        for name, ids in won.items()
    }
    for name, ids in won.items():
        owners = session.scalars(select(Customer.owner_id).where(Customer.id.in_(ids))).all()
        assert set(owners) == {rep_ids[name]}
    zhang_owned = select(func.count()).where(
        Customer.owner_id == team.zhang, Customer.status == ACTIVE
    )
    assert count(session, zhang_owned) == 4


RAN = re.compile(r"rules ran at (\S+): (\d+) reclaimed")


def test_two_server_processes_run_the_sweep_once_per_period(db, team, session, tmp_path: Path):
    needs_postgresql(db)
    due = [own(session, team) for _ in range(40)]  # owned since March, no follow-up since
    every = 3.0  # seconds
    servers = [LiveServer(db.url, tmp_path, name=f"server{i}") for i in range(2)]
    started = time.monotonic()
    try:
        for server in servers:
            server.start(["--rules-every", str(every / 60)])
        time.sleep(max(0.0, 3 * every - (time.monotonic() - started)))
    finally:
        for server in servers:
            server.stop()
    elapsed = time.monotonic() - started

    reclaims = session.execute(
        select(Transition.customer_id, func.count())
        .where(Transition.action == "reclaim", Transition.customer_id.in_(due))
        .group_by(Transition.customer_id)
    ).all()
    assert dict(reclaims) == {c: 1 for c in due}
    pooled = select(func.count()).where(Customer.id.in_(due), Customer.status == POOL)
    assert count(session, pooled) == len(due)

    logs = [server.log() for server in servers]
    runs = sorted(
        (datetime.fromisoformat(at), int(n)) for log in logs for at, n in RAN.findall(log)
    )
    assert sum(n for _, n in runs) == len(due)
    assert 2 <= len(runs) <= elapsed / (every / 2) + 1, runs
    gaps = [(b - a).total_seconds() for (a, _), (b, _) in itertools.pairwise(runs)]
    assert all(gap >= every / 2 - 1 for gap in gaps), gaps  # never two in one period
    assert "rules skipped" in "".join(logs)
    record = last_run(session)
    assert record is not None and record["runs"] == len(runs)
