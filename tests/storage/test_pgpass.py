"""A server password leaves the remembered URL for libpq's private password file."""

from __future__ import annotations

import os
import stat
import sys

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from crmdesk.storage.pgpass import keep_password, pgpass_path
from tests.conftest import pg_admin_url


@pytest.fixture(autouse=True)
def own_pgpass(tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "secrets" / "pgpass"))


def test_the_password_goes_to_the_password_file_and_the_url_keeps_the_rest():
    kept = keep_password("postgresql+psycopg://ann:s3:cr\\et@db.example:5433/crm")

    assert kept == "postgresql+psycopg://ann@db.example:5433/crm"
    assert pgpass_path().read_text(encoding="utf-8") == "db.example:5433:crm:ann:s3\\:cr\\\\et\n"
    if sys.platform != "win32":
        assert stat.S_IMODE(pgpass_path().stat().st_mode) == 0o600


def test_a_new_password_replaces_the_old_line_and_leaves_the_others():
    path = pgpass_path()
    path.parent.mkdir(parents=True)
    path.write_text("other.example:5432:*:bob:hunter2\n", encoding="utf-8")
    os.chmod(path, 0o644)

    keep_password("postgresql://ann:first@db.example/crm")
    keep_password("postgresql://ann:second@db.example/crm")

    assert path.read_text(encoding="utf-8").splitlines() == [
        "other.example:5432:*:bob:hunter2",
        "db.example:5432:crm:ann:second",
    ]
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "value",
    [
        "/home/ann/crm.sqlite",
        "sqlite:////tmp/crm.sqlite",
        "postgresql+psycopg://ann@db/crm",
        "://nothing",  # a hand-edited setting: opening it will say what is wrong
        "postgresql://ann:pw@db:notaport/crm",
    ],
)
def test_nothing_to_keep_leaves_the_value_and_writes_no_file(value):
    assert keep_password(value) == value
    assert not pgpass_path().exists()


def test_the_server_is_reached_with_the_password_from_the_file():
    admin = make_url(pg_admin_url())
    without = keep_password(admin.render_as_string(hide_password=False))
    assert make_url(without).password is None

    engine = create_engine(without)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()
