"""Two desks of one team editing one customer through a real server process: edits to
different fields both land, an edit to a field someone changed since comes back with
theirs and yours, and taking either settles it; nothing anyone typed is lost."""

from __future__ import annotations

from crmdesk.core.customers import create_customer
from crmdesk.core.models import Customer
from tests.server.conftest import PASSWORD
from tests.server.live import LiveServer


def edit(seq: int, customer: int, changes: dict, based_on: dict) -> dict:
    args = {"customer_id": customer, "changes": changes, "based_on": based_on}
    return {"seq": seq, "name": "update_customer", "version": 1, "args": args}


def push(client, token: str, client_id: str, command: dict) -> dict:
    answer = client.post(
        "/push",
        json={"client_id": client_id, "commands": [command]},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert answer.status_code == 200, answer.text
    return answer.json()["results"][0]


def test_two_desks_editing_one_customer_lose_nothing(db, people, session, tmp_path):
    # new today, so the rules the server runs at start do not reclaim it
    zhang = create_customer(
        session, {"company": "苏州河畔贸易", "phone": "13800000001"}, people.team.zhang
    )
    read = {"phone": "13800000001", "notes": None, "region": None}
    with LiveServer(db.url, tmp_path) as server, server.client() as client:
        laptop = server.sign_in("张三", PASSWORD, device="laptop")
        office = server.sign_in("张三", PASSWORD, device="office pc")
        manager = server.sign_in("王经理", PASSWORD, device="manager pc")

        # different fields, both based on the same read: both apply
        notes = push(client, laptop, "laptop-0001", edit(1, zhang, {"notes": "要报价"}, read))
        region = push(client, office, "office-0001", edit(1, zhang, {"region": "华东"}, read))
        assert notes["outcome"] == region["outcome"] == "applied", (notes, region)

        # the same field: the second is a conflict with theirs and yours side by side
        first = push(client, laptop, "laptop-0001", edit(2, zhang, {"phone": "13900000002"}, read))
        second = push(
            client, manager, "manager-0001", edit(1, zhang, {"phone": "13700000003"}, read)
        )
        assert first["outcome"] == "applied"
        assert second["outcome"] == "conflict"
        assert second["error"]["conflicts"] == {
            "phone": {"theirs": "13900000002", "yours": "13700000003"}
        }
        assert set(second["error"]["message"]) == {"en", "zh"}

        # the manager takes theirs' place with their own value, now based on what they saw
        retry = edit(2, zhang, {"phone": "13700000003"}, {"phone": "13900000002"})
        assert push(client, manager, "manager-0001", retry)["outcome"] == "applied"

    session.rollback()
    kept = session.get(Customer, zhang)
    assert (kept.notes, kept.region, kept.phone) == ("要报价", "华东", "13700000003")
