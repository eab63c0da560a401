"""A team with passwords, a few customers, and the server in-process over httpx."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy.orm import Session

from crmdesk.core import clock
from crmdesk.core.auth import set_password
from crmdesk.core.customers import create_customer
from crmdesk.server.app import create_app
from crmdesk.storage.engine import Database
from tests.conftest import Team, make_team

PASSWORD = "correct horse"


@dataclass
class People:
    team: Team
    pooled: int  # a customer in the default pool, long enough for anyone to claim
    zhangs: int  # a customer 张三 owns


@pytest.fixture
def people(session: Session) -> People:
    team = make_team(session)
    for rep in (team.manager, team.zhang, team.li, team.wang):
        set_password(session, rep, PASSWORD, team.manager)
    long_ago = clock.now() - timedelta(days=60)
    pooled = create_customer(
        session, {"company": "上海远景贸易"}, team.manager, to_pool=True, now=long_ago
    )
    zhangs = create_customer(
        session,
        {"company": "杭州青山茶业", "phone": "13800000001"},
        team.zhang,
        now=long_ago,
    )
    return People(team, pooled, zhangs)


class Server:
    """The application in-process; each call a fresh client from one address, optionally
    through a transport that loses the answer after the server has handled it."""

    def __init__(self, database: Database) -> None:
        self.app = create_app(database)

    def request(
        self,
        method: str,
        url: str,
        *,
        token: str | None = None,
        address: str = "10.0.0.1",
        lose_answer: bool = False,
        **kwargs: Any,
    ) -> httpx.Response:
        transport: httpx.AsyncBaseTransport = httpx.ASGITransport(
            app=self.app, client=(address, 40000)
        )
        if lose_answer:
            transport = LoseAnswer(transport)
        headers = {"Authorization": f"Bearer {token}"} if token else {}

        async def go() -> httpx.Response:
            async with httpx.AsyncClient(
                transport=transport, base_url="http://crmdesk.test"
            ) as client:
                return await client.request(method, url, headers=headers, **kwargs)

        return asyncio.run(go())

    def sign_in(self, name: str, password: str = PASSWORD, device: str = "desk") -> str:
        answer = self.request(
            "POST", "/sign-in", json={"name": name, "password": password, "device": device}
        )
        assert answer.status_code == 200, answer.text
        return answer.json()["token"]

    def push(self, token: str, client_id: str, commands: list[dict[str, Any]], **kw: Any):
        return self.request(
            "POST", "/push", token=token, json={"client_id": client_id, "commands": commands}, **kw
        )


class LoseAnswer(httpx.AsyncBaseTransport):
    """The request reaches the server and is handled; its answer never arrives."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        await response.aread()
        raise httpx.ReadError("the answer was lost", request=request)


@pytest.fixture
def server(db: Database, people: People) -> Server:
    return Server(db)
