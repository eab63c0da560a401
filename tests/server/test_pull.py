"""POST /pull: each person's view, first in pages, then what changed in it since.

A replica here is what a desk would keep: customers and records by id, the team and the
pools, built only from the answers (reset, del, put) as the pull's contract says.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.activity import log_followup
from crmdesk.core.customers import create_customer, update_customer
from crmdesk.core.errors import CrmdeskError
from crmdesk.core.lifecycle import assign_customers, claim_customers, release_customers
from crmdesk.core.models import Customer, PoolRules, Rep
from crmdesk.core.pools import set_member, sweep
from crmdesk.core.search import Filters, matching_ids
from crmdesk.core.team import update_rep
from crmdesk.server.views import RECORDS
from crmdesk.storage.engine import Database
from tests.server.conftest import People, Server

LONG_AGO = clock.now() - timedelta(days=60)


@dataclass
class Replica:
    """A person's view as a desk keeps it, from pull answers only."""

    cookie: str | None = None
    customers: dict[int, dict[str, Any]] = field(default_factory=dict)
    records: dict[str, dict[int, dict[str, Any]]] = field(
        default_factory=lambda: {name: {} for name in RECORDS}
    )
    team: list[dict[str, Any]] | None = None
    pools: list[dict[str, Any]] | None = None
    answers: list[dict[str, Any]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)

    def apply(self, answer: dict[str, Any]) -> None:
        if answer["reset"]:
            self.customers.clear()
            for rows in self.records.values():
                rows.clear()
        for cid in answer["customers"]["del"]:
            self.customers.pop(cid, None)
            for rows in self.records.values():
                for rid in [rid for rid, r in rows.items() if r["customer_id"] == cid]:
                    del rows[rid]
        for row in answer["customers"]["put"]:
            self.customers[row["id"]] = row
        for name in RECORDS:
            for row in answer[name]["put"]:
                self.records[name][row["id"]] = row
        if answer["team"] is not None:
            self.team, self.pools = answer["team"], answer["pools"]
        self.cookie = answer["cookie"]

    def state(self) -> Any:
        """What is compared: rows without their change numbers (a row sent again after
        an unrelated write carries a newer number and the same values)."""

        def plain(row: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in row.items() if k not in ("change_no", "moved_no")}

        return (
            {cid: plain(r) for cid, r in self.customers.items()},
            {n: {i: plain(r) for i, r in rows.items()} for n, rows in self.records.items()},
            self.team,
            self.pools,
        )


def pull_once(server: Server, token: str, replica: Replica, limit: int = 5000) -> dict[str, Any]:
    answer = server.request(
        "POST", "/pull", token=token, json={"cookie": replica.cookie, "limit": limit}
    )
    assert answer.status_code == 200, answer.text
    replica.texts.append(answer.text)
    body = answer.json()
    replica.answers.append(body)
    replica.apply(body)
    return body


def pull_all(
    server: Server, token: str, replica: Replica, limit: int = 5000
) -> list[dict[str, Any]]:
    answers = [pull_once(server, token, replica, limit)]
    while answers[-1]["more"]:
        answers.append(pull_once(server, token, replica, limit))
        assert len(answers) < 10_000
    return answers


def fresh(server: Server, token: str) -> Replica:
    replica = Replica()
    pull_all(server, token, replica)
    return replica


@pytest.fixture
def tokens(server: Server, people: People) -> dict[str, str]:
    return {name: server.sign_in(name) for name in ("王经理", "张三", "李四", "王五")}


def puts(answers: list[dict[str, Any]], name: str = "customers") -> list[int]:
    return [row["id"] for a in answers for row in a[name]["put"]]


def dels(answers: list[dict[str, Any]]) -> list[int]:
    return [cid for a in answers for cid in a["customers"]["del"]]


def test_a_first_pull_pages_through_the_whole_view(server, people, tokens, session: Session):
    team = people.team
    mine = [
        create_customer(session, {"company": f"张三客户{i}"}, team.zhang, now=LONG_AGO)
        for i in range(7)
    ]
    for cid in mine[:3]:
        log_followup(session, cid, team.zhang, "call", "reached", "聊过")
    replica = Replica()
    answers = pull_all(server, tokens["张三"], replica, limit=2)
    assert len(answers) > 4 and answers[0]["reset"] and not any(a["reset"] for a in answers[1:])
    assert all(
        len(a["customers"]["put"]) + sum(len(a[n]["put"]) for n in RECORDS) <= 2 for a in answers
    )
    expected = set(matching_ids(session, filters=Filters(visible_to=team.zhang)))
    assert set(replica.customers) == expected
    assert people.zhangs in expected and set(mine) <= expected and people.pooled in expected
    assert {r["customer_id"] for r in replica.records["followups"].values()} == set(mine[:3])
    assert replica.team is not None and all("password_hash" not in r for r in replica.team)
    assert {p["id"] for p in replica.pools or []} == {team.default_pool, team.south_pool}
    # the manager sees everyone's
    manager = fresh(server, tokens["王经理"])
    assert set(manager.customers) == set(session.scalars(select(Customer.id)))


def test_an_edit_and_a_follow_up_are_the_next_pull_and_nothing_else(
    server, people, tokens, session
):
    team = people.team
    replica = fresh(server, tokens["张三"])
    assert pull_all(server, tokens["张三"], replica)[-1]["customers"]["put"] == []
    update_customer(session, people.zhangs, {"notes": "新备注"}, team.zhang)
    fid = log_followup(session, people.zhangs, team.zhang, "call", "reached", "聊过")
    other = create_customer(session, {"company": "王五的客户"}, team.wang)
    log_followup(session, other, team.wang, "call", "reached", "王五聊过")
    answers = pull_all(server, tokens["张三"], replica)
    assert puts(answers) == [people.zhangs] and dels(answers) == []
    assert puts(answers, "followups") == [fid]
    assert replica.customers[people.zhangs]["notes"] == "新备注"
    assert answers[-1]["team"] is None and not any(a["reset"] for a in answers)
    assert replica.state() == fresh(server, tokens["张三"]).state()


def test_customers_leaving_the_view_are_dropped(server, people, tokens, session, db: Database):
    team = people.team
    ids = [
        create_customer(
            session,
            {"company": f"张三客户{i}", "phone": f"1390000000{i}"},
            team.zhang,
            now=LONG_AGO,
        )
        for i in range(3)
    ]
    log_followup(session, ids[1], team.zhang, "call", "reached", "电话 13900000001", at=LONG_AGO)
    replica = fresh(server, tokens["张三"])
    assert set(ids) <= set(replica.customers)
    # reassigned to another rep
    assign_customers(session, [ids[0]], team.wang, team.manager)
    answers = pull_all(server, tokens["张三"], replica)
    assert ids[0] in dels(answers) and ids[0] not in replica.customers
    # released into a pool 张三 is not a member of
    south_only = set_member(session, team.south_pool, team.zhang, team.manager, member=False)
    assert south_only is None
    replica = fresh(server, tokens["张三"])
    release_customers(session, [ids[2]], "no_time", None, team.zhang, pool_id=team.south_pool)
    answers = pull_all(server, tokens["张三"], replica)
    assert ids[2] in dels(answers) and ids[2] not in replica.customers
    # reclaimed by the sweep into the default pool, which masks: back masked, no records
    assert ids[1] in replica.customers and replica.records["followups"]
    sweep(session, now=clock.now())
    answers = pull_all(server, tokens["张三"], replica)
    row = replica.customers[ids[1]]
    assert row["status"] == "pool" and row["phone"] == "139****0001"
    assert "13900000001" not in "".join(replica.texts[-len(answers) :])
    assert not [r for r in replica.records["followups"].values() if r["customer_id"] == ids[1]]
    assert replica.state() == fresh(server, tokens["张三"]).state()


def test_a_customer_that_left_the_view_and_changed_again_mid_pass_is_dropped(
    server, people, tokens, session
):
    """Found by the property below: a pass's first answer was too small for a drop and a
    put together, and before the next one the customer, gone from the view, was written
    again (a follow-up); its number had passed the pass's target, so the drop was lost."""
    team = people.team
    cid = create_customer(
        session,
        {"company": "华南客户", "phone": "13600000003"},
        team.manager,
        to_pool=True,
        pool_id=team.south_pool,
        now=LONG_AGO,
    )
    replica = fresh(server, tokens["张三"])
    assert cid in replica.customers
    # 张三's own customer is reclaimed: a drop and a put (masked), first in the pass
    sweep(session, now=clock.now() + timedelta(days=400))
    claim_customers(session, [cid], team.manager)  # the manager's now: out of 张三's view
    assert pull_once(server, tokens["张三"], replica, limit=1)["more"]
    log_followup(session, cid, team.manager, "call", "reached", "跟进")
    pull_all(server, tokens["张三"], replica)
    assert cid not in replica.customers
    assert replica.state() == fresh(server, tokens["张三"]).state()


def test_a_claimed_customer_arrives_with_its_whole_history(server, people, tokens, session):
    team = people.team
    cid = create_customer(
        session, {"company": "老客户", "phone": "13700000007"}, team.wang, now=LONG_AGO
    )
    fid = log_followup(session, cid, team.wang, "call", "reached", "13700000007 接了", at=LONG_AGO)
    release_customers(session, [cid], "no_time", None, team.wang, now=LONG_AGO + timedelta(days=1))
    replica = fresh(server, tokens["张三"])
    assert replica.customers[cid]["phone"] == "137****0007"
    assert fid not in replica.records["followups"]
    claim_customers(session, [cid], team.zhang)
    answers = pull_all(server, tokens["张三"], replica)
    assert replica.customers[cid]["phone"] == "13700000007"
    assert fid in replica.records["followups"]
    assert {t["customer_id"] for t in replica.records["transitions"].values()} >= {cid}
    assert replica.state() == fresh(server, tokens["张三"]).state()
    assert not any(a["reset"] for a in answers)


def test_a_role_or_membership_change_starts_again(server, people, tokens, session):
    team = people.team
    replica = fresh(server, tokens["王五"])
    set_member(session, team.south_pool, team.wang, team.manager)
    answers = pull_all(server, tokens["王五"], replica)
    assert answers[0]["reset"] and answers[0]["team"] is not None
    update_rep(session, team.wang, {"role": "manager"}, team.manager)
    answers = pull_all(server, tokens["王五"], replica)
    assert answers[0]["reset"]
    assert set(replica.customers) == set(session.scalars(select(Customer.id)))
    # a change of the pool's masking too
    replica = fresh(server, tokens["张三"])
    session.execute(
        update(PoolRules).where(PoolRules.pool_id == team.default_pool).values(mask_contacts=False)
    )
    session.commit()
    answers = pull_all(server, tokens["张三"], replica)
    assert answers[0]["reset"]
    assert replica.customers[people.pooled]["status"] == "pool"


def test_a_malformed_cookie_is_refused(server, tokens):
    for cookie in ("nonsense", "e30", base64.urlsafe_b64encode(b"[1,2,3]").decode(), "é"):
        answer = server.request("POST", "/pull", token=tokens["张三"], json={"cookie": cookie})
        assert answer.status_code == 400, answer.text
        assert answer.json()["code"] == "invalid_value"
    answer = server.request("POST", "/pull", token=tokens["张三"], json={"limit": 0})
    assert answer.status_code == 422
    assert server.request("POST", "/pull", json={}).status_code == 401


MASKED_CONTACTS = {
    "phone": "13512345678",
    "phone2": "021-55667788",
    "email": "secret.li@qq.com",
    "wechat": "li_secret_wx",
}


def test_a_rep_never_receives_a_masked_contact(server, people, tokens, session):
    team = people.team
    fields = {
        "company": "保密公司",
        "contact": "李 13512345678",
        "notes": "手机 135 1234 5678，邮箱 Secret.Li@qq.com，微信 li_secret_wx",
        **MASKED_CONTACTS,
    }
    cid = create_customer(session, fields, team.manager, to_pool=True, now=LONG_AGO)
    texts = []
    for name in ("张三", "王五"):
        replica = fresh(server, tokens[name])
        assert replica.customers[cid]["phone"] == "135****5678"
        texts += replica.texts
    assert not leaks(texts, MASKED_CONTACTS)
    manager = fresh(server, tokens["王经理"])
    assert {k: manager.customers[cid][k] for k in MASKED_CONTACTS} == MASKED_CONTACTS
    assert "135 1234 5678" in manager.customers[cid]["notes"]


def strings(text: str) -> list[str]:
    """Every string value of an answer: where raw contacts could hide."""
    values: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, str):
            values.append(value)

    walk(json.loads(text))
    return values


def leaks(texts: list[str], contacts: dict[str, str | None]) -> list[str]:
    """Raw contacts found in the answers: a phone's digits however spaced, an email or
    WeChat id in any case."""
    found = []
    for text in texts:
        for value in strings(text):
            digits, lower = re.sub(r"\D", "", value), value.lower()
            for name, raw in contacts.items():
                if not raw:
                    continue
                if name.startswith("phone"):
                    if re.sub(r"\D", "", raw) in digits:
                        found.append(f"{name} in {value!r}")
                elif raw.lower() in lower:
                    found.append(f"{name} in {value!r}")
    return found


PEOPLE = ("王经理", "张三", "李四", "王五")
ACTIONS = st.one_of(
    st.tuples(st.just("claim"), st.sampled_from(PEOPLE), st.integers(0, 5)),
    st.tuples(st.just("release"), st.sampled_from(PEOPLE), st.integers(0, 5), st.booleans()),
    st.tuples(st.just("assign"), st.sampled_from(PEOPLE), st.integers(0, 5)),
    st.tuples(st.just("follow_up"), st.sampled_from(PEOPLE), st.integers(0, 5)),
    st.tuples(st.just("edit"), st.sampled_from(PEOPLE), st.integers(0, 5)),
    st.tuples(st.just("sweep"), st.just(""), st.just(0)),
    st.tuples(st.just("role"), st.sampled_from(PEOPLE[1:]), st.just(0)),
    st.tuples(st.just("member"), st.sampled_from(PEOPLE[1:]), st.integers(0, 2), st.booleans()),
    st.tuples(st.just("mask"), st.just(""), st.booleans()),
)
# after each action one page of someone's pull (or none): passes interleave with changes
PULLS = st.tuples(st.sampled_from(("", *PEOPLE)), st.integers(1, 4))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(st.tuples(ACTIONS, PULLS), min_size=1, max_size=25))
def test_a_replica_built_from_pulls_is_the_view(server, people, tokens, session, steps):
    """Whatever people do between pulls (pages included), a person's replica made only
    from their pulls equals a first pull of their view at the end."""
    team = people.team
    ids = {
        name: rep
        for name, rep in zip(PEOPLE, (team.manager, team.zhang, team.li, team.wang), strict=True)
    }
    customers = [
        create_customer(
            session,
            {"company": f"客户{i}", "phone": f"1360000{i:04d}", "notes": f"打 1360000{i:04d}"},
            team.manager,
            owner_id=None if i % 2 else ids[PEOPLE[i % 4]],
            to_pool=bool(i % 2),
            pool_id=team.south_pool if i % 3 == 0 else None,
            now=LONG_AGO,
        )
        for i in range(6)
    ]
    for cid in customers:
        log_followup(session, cid, team.manager, "call", "reached", "初次联系", at=LONG_AGO)
    replicas = {name: Replica() for name in PEOPLE}
    for name, replica in replicas.items():
        pull_all(server, tokens[name], replica)
    for step, (puller, limit) in steps:
        kind, who, n, *rest = step
        actor = ids.get(who, team.manager)
        cid = customers[n % len(customers)]
        try:
            if kind == "claim":
                claim_customers(session, [cid], actor)
            elif kind == "release":
                pool = team.south_pool if rest[0] else team.default_pool
                release_customers(session, [cid], "no_time", None, actor, pool_id=pool)
            elif kind == "assign":
                assign_customers(session, [cid], actor, team.manager)
            elif kind == "follow_up":
                log_followup(session, cid, actor, "call", "reached", f"{who}跟进")
            elif kind == "edit":
                update_customer(session, cid, {"notes": f"{who}改过 {n}"}, actor)
            elif kind == "sweep":
                sweep(session, now=clock.now() + timedelta(days=400))
            elif kind == "role":
                rep = session.get(Rep, actor)
                role = "rep" if rep is not None and rep.is_manager else "manager"
                update_rep(session, actor, {"role": role}, team.manager)
            elif kind == "member":
                pool = (team.default_pool, team.south_pool, team.south_pool)[n]
                set_member(session, pool, actor, team.manager, admin=n == 2, member=rest[0])
            elif kind == "mask":
                session.execute(
                    update(PoolRules)
                    .where(PoolRules.pool_id == team.south_pool)
                    .values(mask_contacts=n)
                )
                session.commit()
        except CrmdeskError:
            session.rollback()
        if puller:
            pull_once(server, tokens[puller], replicas[puller], limit=limit)
    for name, replica in replicas.items():
        pull_all(server, tokens[name], replica)
        assert replica.state() == fresh(server, tokens[name]).state(), name
