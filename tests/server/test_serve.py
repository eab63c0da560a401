"""`python -m crmdesk.server` for real: its database URL kept off the command line, and
sign-in and push through a uvicorn process on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from crmdesk.core.customers import create_customer
from crmdesk.core.errors import InvalidValue
from crmdesk.core.models import FollowUp
from crmdesk.server.serve import database_url
from crmdesk.storage.engine import ENV_VAR
from tests.server.conftest import PASSWORD
from tests.server.live import LiveServer

START_SECONDS = 60


def test_the_url_comes_from_a_file_only_its_owner_may_read(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    url_file = tmp_path / "db-url"
    url_file.write_text("postgresql+psycopg://crm:secret@db/crm\n")
    url_file.chmod(0o644)
    with pytest.raises(InvalidValue, match="chmod 600"):
        database_url(str(url_file))
    url_file.chmod(0o600)
    assert database_url(str(url_file)) == "postgresql+psycopg://crm:secret@db/crm"
    with pytest.raises(InvalidValue, match=ENV_VAR):
        database_url(None)
    monkeypatch.setenv(ENV_VAR, "sqlite:///x.sqlite")
    assert database_url(None) == "sqlite:///x.sqlite"
    with pytest.raises(InvalidValue):
        database_url(str(tmp_path / "missing"))


@pytest.mark.slow
def test_sign_in_and_push_through_a_real_server(db, people, session, tmp_path: Path):
    # new today, so the rules the server runs at start do not reclaim it
    fresh = create_customer(session, {"company": "苏州河畔贸易"}, people.team.zhang)
    with LiveServer(db.url, tmp_path) as server, server.client() as client:
        token = server.sign_in("张三", PASSWORD, device="cli")
        auth = {"Authorization": f"Bearer {token}"}
        args = {"customer_id": fresh, "kind": "visit", "outcome": "reached"}
        batch = {
            "client_id": "cli-zhang-0001",
            "commands": [{"seq": 1, "name": "log_followup", "version": 1, "args": args}],
        }
        for _ in range(2):
            pushed = client.post("/push", json=batch, headers=auth)
            assert pushed.status_code == 200, pushed.text
            assert pushed.json()["results"][0]["outcome"] == "applied"
        assert client.get("/me").status_code == 401
    session.rollback()
    logged = session.scalar(
        select(func.count()).select_from(FollowUp).where(FollowUp.customer_id == fresh)
    )
    assert logged == 1
