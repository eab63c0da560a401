"""Pushed commands: applied once however often they arrive, refusals and conflicts
answered in full, and always as the token's person."""

from __future__ import annotations

import threading

import httpx
import pytest
from sqlalchemy import func, select

from crmdesk.core import commands, devices
from crmdesk.core.models import ClientCommand, Customer, FollowUp, Transition
from crmdesk.server import push as pushing
from tests.server.conftest import PASSWORD

CLIENT = "desk-zhang-0001"


def followup(seq: int, customer_id: int, note: str = "聊了报价") -> dict:
    args = {"customer_id": customer_id, "kind": "call", "outcome": "reached", "note": note}
    return {"seq": seq, "name": "log_followup", "version": 1, "args": args}


def claim(seq: int, customer_id: int) -> dict:
    return {"seq": seq, "name": "claim_customers", "version": 1, "args": {"ids": [customer_id]}}


def count(session, model, **where) -> int:
    session.rollback()
    query = select(func.count()).select_from(model)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    return session.scalar(query)


def test_the_registry_names_every_command_once_with_a_service():
    names = {name for name, _ in commands.COMMANDS}
    assert {
        "claim_customers",
        "release_customers",
        "assign_customers",
        "void_customers",
        "close_customers",
        "lock_customers",
        "unlock_customers",
        "log_followup",
        "update_customer",
        "record_deal",
    } <= names
    for command in commands.COMMANDS.values():
        assert "actor" not in command.args.model_fields
        assert "now" not in command.args.model_fields


def test_a_batch_sent_twice_is_applied_once(server, people, session):
    token = server.sign_in("张三")
    batch = [claim(1, people.pooled), followup(2, people.pooled)]
    first = server.push(token, CLIENT, batch)
    assert first.status_code == 200, first.text
    assert [r["outcome"] for r in first.json()["results"]] == ["applied", "applied"]
    assert first.json()["last_seq"] == 2
    again = server.push(token, CLIENT, batch)
    assert again.json() == first.json()
    assert count(session, FollowUp, customer_id=people.pooled) == 1
    assert count(session, Transition, customer_id=people.pooled, action="claim") == 1
    assert session.get(Customer, people.pooled).owner_id == people.team.zhang


def test_a_batch_resent_after_its_answer_was_lost_is_applied_once(server, people, session):
    token = server.sign_in("张三")
    batch = [followup(1, people.zhangs), followup(2, people.zhangs, "发了样品")]
    with pytest.raises(httpx.ReadError):
        server.push(token, CLIENT, batch, lose_answer=True)
    assert count(session, FollowUp, customer_id=people.zhangs) == 2
    resent = server.push(token, CLIENT, [*batch, followup(3, people.zhangs, "约了拜访")])
    assert [r["outcome"] for r in resent.json()["results"]] == ["applied"] * 3
    assert count(session, FollowUp, customer_id=people.zhangs) == 3
    assert count(session, ClientCommand, client_id=CLIENT) == 3


def test_a_refusal_carries_its_code_params_and_both_languages(server, people, session):
    token = server.sign_in("李四")
    answer = server.push(token, CLIENT, [claim(1, people.zhangs), followup(2, people.zhangs)])
    claimed, logged = answer.json()["results"]
    assert claimed["outcome"] == "refused"
    assert claimed["error"]["code"] == "invalid_transition"
    assert claimed["error"]["params"] == {
        "customer_id": people.zhangs,
        "status": "active",
        "action": "claim",
    }
    assert claimed["error"]["message"] == {
        "en": f"Customer {people.zhangs} is active; 'claim' is not allowed from there.",
        "zh": f"客户 {people.zhangs} 当前状态为「跟进中」，不能执行「领取」。",
    }
    assert logged["outcome"] == "refused"
    assert logged["error"]["code"] == "permission_denied"
    # A refusal settles its seq too: sent again, it is answered the same, not retried.
    assert server.push(token, CLIENT, [claim(1, people.zhangs)]).json()["results"] == [claimed]
    assert answer.json()["last_seq"] == 2
    assert count(session, FollowUp, customer_id=people.zhangs) == 0


def test_an_edit_based_on_stale_values_comes_back_with_theirs_and_yours(server, people, session):
    desk_a = server.sign_in("张三", device="desk a")
    desk_b = server.sign_in("张三", device="desk b")
    base = {"phone": "13800000001"}

    def edit(seq: int, phone: str) -> dict:
        args = {"customer_id": people.zhangs, "changes": {"phone": phone}, "based_on": base}
        return {"seq": seq, "name": "update_customer", "version": 1, "args": args}

    first = server.push(desk_a, "desk-a-000001", [edit(1, "13900000002")]).json()
    assert first["results"][0]["outcome"] == "applied"
    assert first["results"][0]["result"] == {"phone": ["13800000001", "13900000002"]}
    second = server.push(desk_b, "desk-b-000001", [edit(1, "13700000003")]).json()
    conflict = second["results"][0]
    assert conflict["outcome"] == "conflict"
    assert conflict["error"]["code"] == "edit_conflict"
    assert conflict["error"]["conflicts"] == {
        "phone": {"theirs": "13900000002", "yours": "13700000003"}
    }
    assert set(conflict["error"]["message"]) == {"en", "zh"}
    session.rollback()
    assert session.get(Customer, people.zhangs).phone == "13900000002"


def test_the_actor_is_always_the_tokens_person(server, people, session):
    token = server.sign_in("张三")
    with_actor = {**followup(1, people.zhangs), "args": {**followup(1, people.zhangs)["args"]}}
    with_actor["args"]["actor"] = people.team.manager
    refused = server.push(token, CLIENT, [with_actor]).json()["results"][0]
    assert refused["outcome"] == "refused"
    assert refused["error"]["code"] == "invalid_value"
    assert refused["error"]["params"]["field"] == "actor"
    body = {
        "client_id": CLIENT,
        "actor": people.team.manager,
        "commands": [claim(2, people.pooled)],
    }
    malformed = server.request("POST", "/push", token=token, json=body)
    assert malformed.status_code == 422
    assert malformed.json()["code"] == "invalid_value"
    assert malformed.json()["params"]["field"] == "actor"
    applied = server.push(token, CLIENT, [claim(2, people.pooled)]).json()["results"][0]
    assert applied["outcome"] == "applied"
    session.rollback()
    actors = session.scalars(
        select(Transition.actor_id).where(Transition.customer_id == people.pooled)
    ).all()
    assert actors[-1] == people.team.zhang
    assert count(session, FollowUp, customer_id=people.zhangs) == 0


def test_a_client_id_cannot_be_used_by_another_device(server, people, session):
    zhang = server.sign_in("张三")
    li = server.sign_in("李四")
    assert server.push(zhang, CLIENT, [followup(1, people.zhangs)]).status_code == 200
    stolen = server.push(li, CLIENT, [followup(2, people.zhangs)])
    assert stolen.status_code == 403
    assert stolen.json()["code"] == "client_of_another_device"
    assert count(session, FollowUp, customer_id=people.zhangs) == 1


def test_unknown_commands_and_seqs_left_behind_are_settled_not_applied(server, people, session):
    token = server.sign_in("张三")
    batch = [
        {"seq": 1, "name": "drop_tables", "version": 1, "args": {}},
        followup(5, people.zhangs),
        followup(3, people.zhangs, "迟到的一条"),
    ]
    unknown, applied, behind = server.push(token, CLIENT, batch).json()["results"]
    assert unknown["outcome"] == "refused" and unknown["error"]["code"] == "invalid_value"
    assert applied["outcome"] == "applied"
    assert behind == {"seq": 3, "outcome": "skipped"}
    assert count(session, FollowUp, customer_id=people.zhangs) == 1


def test_a_command_whose_outcome_cannot_be_recorded_leaves_no_effect(
    server, people, session, monkeypatch
):
    token = server.sign_in("张三")
    batch = [followup(1, people.zhangs), followup(2, people.zhangs, "第二条")]
    record = pushing._record
    calls = []

    def crash_on_the_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("the server died while recording")
        return record(*args, **kwargs)

    monkeypatch.setattr(pushing, "_record", crash_on_the_second)
    with pytest.raises(RuntimeError):
        server.push(token, CLIENT, batch)
    assert count(session, FollowUp, customer_id=people.zhangs) == 1
    monkeypatch.setattr(pushing, "_record", record)
    resent = server.push(token, CLIENT, batch).json()
    assert [r["outcome"] for r in resent["results"]] == ["applied", "applied"]
    assert count(session, FollowUp, customer_id=people.zhangs) == 2


def test_the_same_batch_pushed_twice_at_once_is_applied_once(db, people, session):
    signed = devices.sign_in(session, "张三", PASSWORD, "desk", "10.0.0.1")
    caller = devices.Caller(rep_id=signed.rep_id, device_id=signed.device_id)
    batch = [
        pushing.Pushed(s, "log_followup", 1, followup(s, people.zhangs)["args"]) for s in (1, 2)
    ]
    start = threading.Barrier(2)
    answers: list = []

    def push() -> None:
        with db.session() as own:
            start.wait(timeout=10)
            answers.append(pushing.push_batch(own, caller, CLIENT, batch))

    threads = [threading.Thread(target=push) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(answers) == 2
    assert answers[0] == answers[1]
    assert count(session, FollowUp, customer_id=people.zhangs) == 2
