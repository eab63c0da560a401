"""Sign-in, device tokens and who may do what with them, over HTTP."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.routing import APIRoute
from sqlalchemy import select, update

from crmdesk.core import clock, devices
from crmdesk.core.errors import SignInFailed
from crmdesk.core.models import Device
from crmdesk.core.team import update_rep
from tests.server.conftest import PASSWORD


def test_sign_in_gives_a_working_token_kept_only_as_its_hash(server, people, session):
    answer = server.request(
        "POST", "/sign-in", json={"name": "张三", "password": PASSWORD, "device": "张三的笔记本"}
    )
    assert answer.status_code == 200
    body = answer.json()
    assert body["person"] == {"id": people.team.zhang, "name": "张三", "role": "rep"}
    assert "hash" not in answer.text
    me = server.request("GET", "/me", token=body["token"]).json()
    assert me == {
        "id": people.team.zhang,
        "name": "张三",
        "role": "rep",
        "device_id": me["device_id"],
    }
    stored = session.scalars(select(Device.token_hash)).all()
    assert stored == [devices.token_hash(body["token"])]
    assert body["token"] not in stored


def test_a_wrong_name_and_a_wrong_password_are_refused_alike(server, people):
    wrong_password = server.request(
        "POST", "/sign-in", json={"name": "张三", "password": "nope nope", "device": "d"}
    )
    wrong_name = server.request(
        "POST", "/sign-in", json={"name": "张叁", "password": PASSWORD, "device": "d"}
    )
    assert wrong_password.status_code == wrong_name.status_code == 401
    assert wrong_password.json() == wrong_name.json()
    assert wrong_name.json()["code"] == "sign_in_failed"
    assert wrong_name.json()["message"]["zh"] == "姓名或密码不正确。"


def test_a_malformed_sign_in_is_refused_without_echoing_the_password(server, people):
    body = {"name": "张三", "password": "s3cret-words" * 100, "device": "d"}
    answer = server.request("POST", "/sign-in", json=body)
    assert answer.status_code == 422
    assert answer.json()["code"] == "invalid_value"
    assert "s3cret-words" not in answer.text


def test_sign_in_is_throttled_per_name_even_with_the_right_password(server, people):
    for address in ("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4", "10.0.0.5"):
        wrong = {"name": "张三", "password": "guess1234", "device": "d"}
        assert server.request("POST", "/sign-in", json=wrong, address=address).status_code == 401
    right = {"name": "张三", "password": PASSWORD, "device": "d"}
    locked = server.request("POST", "/sign-in", json=right, address="10.0.0.9")
    assert locked.status_code == 429
    assert locked.json()["code"] == "sign_in_throttled"
    assert locked.json()["message"]["zh"].startswith("登录失败次数过多")
    assert int(locked.headers["Retry-After"]) > 0
    # Someone else's name from another address is not locked out.
    other = {"name": "李四", "password": PASSWORD, "device": "d"}
    assert server.request("POST", "/sign-in", json=other, address="10.0.0.9").status_code == 200


def test_sign_in_is_throttled_per_address_across_names(server, people):
    for name in ("a1", "a2", "a3", "a4", "a5"):
        wrong = {"name": name, "password": "guess1234", "device": "d"}
        assert server.request("POST", "/sign-in", json=wrong, address="10.9.9.9").status_code == 401
    right = {"name": "李四", "password": PASSWORD, "device": "d"}
    assert server.request("POST", "/sign-in", json=right, address="10.9.9.9").status_code == 429
    assert server.request("POST", "/sign-in", json=right, address="10.9.9.8").status_code == 200


def test_a_lock_ends_after_the_window(session, people):
    now = clock.now()
    for _ in range(devices.MAX_FAILURES):
        with pytest.raises(SignInFailed):
            devices.sign_in(session, "张三", "guess1234", "d", "10.0.0.1", now=now)
    with pytest.raises(devices.SignInThrottled):
        devices.sign_in(session, "张三", PASSWORD, "d", "10.0.0.1", now=now)
    later = now + devices.WINDOW + timedelta(seconds=1)
    signed = devices.sign_in(session, "张三", PASSWORD, "d", "10.0.0.1", now=later)
    assert signed.rep_id == people.team.zhang


def test_every_route_but_sign_in_needs_a_valid_token(server, people):
    routes = [
        (method, route.path.replace("{device_id}", "1"))
        for route in server.app.routes
        if isinstance(route, APIRoute) and route.path != "/sign-in"
        for method in route.methods
    ]
    assert {path for _, path in routes} >= {"/me", "/devices", "/devices/1/revoke", "/push"}
    for method, path in routes:
        for token in (None, "not-a-token"):
            answer = server.request(method, path, token=token, json={})
            assert answer.status_code == 401, (method, path, token)
            assert answer.json()["code"] == "not_signed_in"
            assert answer.headers["WWW-Authenticate"] == "Bearer"


def test_a_revoked_token_stops_working(server, people):
    token = server.sign_in("张三", device="old phone")
    device_id = server.request("GET", "/me", token=token).json()["device_id"]
    other = server.sign_in("张三", device="laptop")
    assert server.request("POST", f"/devices/{device_id}/revoke", token=other).status_code == 200
    assert server.request("GET", "/me", token=token).status_code == 401
    assert server.request("GET", "/me", token=other).status_code == 200


def test_a_rep_revokes_only_their_own_devices_and_a_manager_anyones(server, people):
    zhang = server.sign_in("张三")
    li = server.sign_in("李四")
    zhang_device = server.request("GET", "/me", token=zhang).json()["device_id"]
    refused = server.request("POST", f"/devices/{zhang_device}/revoke", token=li)
    assert refused.status_code == 403
    assert refused.json()["code"] == "permission_denied"
    assert [d["rep_name"] for d in server.request("GET", "/devices", token=li).json()] == ["李四"]
    manager = server.sign_in("王经理")
    listed = server.request("GET", "/devices", token=manager).json()
    assert "scrypt$" not in str(listed) + server.request("GET", "/me", token=manager).text
    assert {d["rep_name"] for d in listed} == {"张三", "李四", "王经理"}
    assert (
        server.request("POST", f"/devices/{zhang_device}/revoke", token=manager).status_code == 200
    )
    assert server.request("GET", "/me", token=zhang).status_code == 401
    missing = server.request("POST", "/devices/999/revoke", token=manager)
    assert missing.status_code == 404


def test_a_deactivated_persons_token_stops_working_at_once(server, people, session):
    token = server.sign_in("王五")
    assert server.request("GET", "/me", token=token).status_code == 200
    update_rep(session, people.team.wang, {"active": False}, people.team.manager)
    assert server.request("GET", "/me", token=token).status_code == 401


def test_a_token_unused_for_the_idle_period_expires(server, people, session):
    token = server.sign_in("张三")
    fresh = server.sign_in("李四")
    idle = timedelta(days=devices.DEFAULT_IDLE_DAYS, minutes=1)
    session.execute(
        update(Device)
        .where(Device.token_hash == devices.token_hash(token))
        .values(last_used_at=clock.now() - idle)
    )
    session.commit()
    assert server.request("GET", "/me", token=token).status_code == 401
    assert server.request("GET", "/me", token=fresh).status_code == 200
