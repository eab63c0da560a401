"""A real server process on 127.0.0.1 (`python -m crmdesk.server`), for tests that must
see the server as a desk does: over TCP, with its own process and database connections."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from crmdesk.storage.engine import ENV_VAR, Database, resolve_url
from crmdesk.storage.startup import open_database
from tests.conftest import create_pg_database, drop_pg_database

START_SECONDS = 60


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LiveServer:
    """`with LiveServer(url, folder) as server:` starts it and waits until it answers;
    leaving stops it. `server.client()` is an httpx client on its base URL."""

    def __init__(self, url: str, folder: Path, *, port: int | None = None, name: str = "server"):
        self.url = url
        self.folder = folder
        self.port = port or free_port()
        self.name = name
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.log_path = folder / f"{name}.log"

    def start(self, extra: list[str] | None = None) -> LiveServer:
        url_file = self.folder / f"{self.name}-db-url"
        url_file.write_text(self.url)
        url_file.chmod(0o600)
        env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
        command = [sys.executable, "-m", "crmdesk.server", "--port", str(self.port)]
        with self.log_path.open("a") as log:
            self.process = subprocess.Popen(
                [*command, "--db-file", str(url_file), *(extra or [])],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self.wait_until_up()
        return self

    def wait_until_up(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                code = self.process.returncode
                raise AssertionError(f"the server exited with {code}:\n{self.log()}")
            try:
                httpx.get(f"{self.base}/openapi.json", timeout=1)
                return
            except httpx.TransportError:
                time.sleep(0.2)
        raise AssertionError(f"the server did not answer within {START_SECONDS} s:\n{self.log()}")

    def log(self) -> str:
        return self.log_path.read_text() if self.log_path.exists() else ""

    def stop(self, *, kill: bool = False) -> None:
        """Terminate (or SIGKILL, as a crash would) and wait for the process to end."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)

    def client(self, token: str | None = None, **kwargs: Any) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        timeout = kwargs.pop("timeout", 30)
        return httpx.Client(base_url=self.base, timeout=timeout, headers=headers, **kwargs)

    def sign_in(self, name: str, password: str, device: str = "desk") -> str:
        with self.client() as client:
            body = {"name": name, "password": password, "device": device}
            answer = client.post("/sign-in", json=body)
        assert answer.status_code == 200, answer.text
        return answer.json()["token"]

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@contextlib.contextmanager
def served_database(
    request: pytest.FixtureRequest, folder: Path, sqlite_template: Path
) -> Iterator[tuple[Database, LiveServer]]:
    """A new database of the backend `request.param` names and a server process on it,
    for a module's fixture; both gone on leaving."""
    pg_admin = None
    if request.param == "sqlite":
        path = folder / "crmdesk.sqlite"
        shutil.copyfile(sqlite_template, path)
        url = resolve_url(str(path))
    else:
        pg_admin = request.getfixturevalue("pg_server")
        url = create_pg_database(pg_admin)
        open_database(url)[0].dispose()
    database = Database(url)
    try:
        with LiveServer(url, folder) as server:
            yield database, server
    finally:
        database.dispose()
        if pg_admin is not None:
            drop_pg_database(pg_admin, url)
