"""`python -m crmdesk.server` for real: its database URL kept off the command line, and
sign-in and push through a uvicorn process on 127.0.0.1."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from crmdesk.core.errors import InvalidValue
from crmdesk.core.models import FollowUp
from crmdesk.server.serve import database_url
from crmdesk.storage.engine import ENV_VAR
from tests.server.conftest import PASSWORD

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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(process: subprocess.Popen, base: str) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"the server exited with {process.returncode}")
        try:
            httpx.get(f"{base}/openapi.json", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError(f"the server did not answer within {START_SECONDS} s")


@pytest.mark.slow
def test_sign_in_and_push_through_a_real_server(db, people, session, tmp_path: Path):
    url_file = tmp_path / "db-url"
    url_file.write_text(db.url)
    url_file.chmod(0o600)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    command = [sys.executable, "-m", "crmdesk.server", "--port", str(port), "--db-file"]
    log = (tmp_path / "server.log").open("w")
    process = subprocess.Popen(
        [*command, str(url_file)], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_until_up(process, base)
        except AssertionError as error:
            raise AssertionError(f"{error}:\n{(tmp_path / 'server.log').read_text()}") from None
        with httpx.Client(base_url=base, timeout=10) as client:
            signed = client.post(
                "/sign-in", json={"name": "张三", "password": PASSWORD, "device": "cli"}
            )
            assert signed.status_code == 200, signed.text
            auth = {"Authorization": f"Bearer {signed.json()['token']}"}
            args = {"customer_id": people.zhangs, "kind": "visit", "outcome": "reached"}
            batch = {
                "client_id": "cli-zhang-0001",
                "commands": [{"seq": 1, "name": "log_followup", "version": 1, "args": args}],
            }
            for _ in range(2):
                pushed = client.post("/push", json=batch, headers=auth)
                assert pushed.status_code == 200, pushed.text
                assert pushed.json()["results"][0]["outcome"] == "applied"
            assert client.get("/me").status_code == 401
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
        log.close()
    session.rollback()
    logged = session.scalar(
        select(func.count()).select_from(FollowUp).where(FollowUp.customer_id == people.zhangs)
    )
    assert logged == 1
