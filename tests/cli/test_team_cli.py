"""`crmdesk team add` and `team list`: a new database set up without the window."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from crmdesk.cli import main
from crmdesk.core.auth import verify_password
from crmdesk.core.models import Rep
from crmdesk.storage.startup import open_database
from tests.conftest import BACKENDS, create_pg_database, drop_pg_database

PERSON_KEYS = {"id", "name", "role", "active", "region", "capacity", "owned"}


@pytest.fixture(params=BACKENDS)
def new_db(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """Where a brand-new database goes: a file not made yet, or an empty server database."""
    if request.param == "sqlite":
        yield str(tmp_path / "team.sqlite")
        return
    admin = request.getfixturevalue("pg_server")
    url = create_pg_database(admin)
    yield url
    drop_pg_database(admin, url)


def run(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def people(capsys, monkeypatch, db: str) -> list[dict]:
    code, out, _ = run(capsys, monkeypatch, "--db", db, "team", "list", "--json")
    assert code == 0
    return json.loads(out)["people"]


def test_a_new_database_gets_its_team_and_then_imports(new_db, tmp_path, capsys, monkeypatch):
    add = ("--db", new_db, "team", "add")
    code, out, err = run(
        capsys,
        monkeypatch,
        *add,
        "王经理",
        "--role",
        "manager",
        "--password-stdin",
        "--json",
        stdin="boss-secret-1\n",
    )
    assert code == 0, err
    assert json.loads(out)["first"] is True and json.loads(out)["password_set"] is True
    code, _, err = run(
        capsys, monkeypatch, *add, "张三", "--role", "rep", "--region", "华东", "--capacity", "50"
    )
    assert code == 0, err

    team = people(capsys, monkeypatch, new_db)
    assert [set(p) for p in team] == [PERSON_KEYS, PERSON_KEYS]
    by_name = {p["name"]: p for p in team}
    assert by_name["王经理"]["role"] == "manager" and by_name["王经理"]["active"] is True
    assert by_name["张三"] | {"id": 0} == {
        "id": 0, "name": "张三", "role": "rep", "active": True, "region": "华东",
        "capacity": 50, "owned": 0,
    }  # fmt: skip

    sheet = tmp_path / "list.csv"
    sheet.write_text("客户名称,电话\n杭州鼎盛科技有限公司,13800138000\n", encoding="utf-8")
    code, out, err = run(
        capsys, monkeypatch, "--db", new_db, "import", str(sheet), "--owner", "张三", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["created"] == 1
    owned = {p["name"]: p["owned"] for p in people(capsys, monkeypatch, new_db)}
    assert owned == {"王经理": 0, "张三": 1}


def test_the_password_is_stored_hashed_and_never_listed(new_db, capsys, monkeypatch):
    code, _, err = run(
        capsys, monkeypatch, "--db", new_db, "team", "add", "王经理", "--role", "manager",
        "--password-stdin", stdin="boss-secret-1\r\n",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(
        capsys, monkeypatch, "--db", new_db, "team", "add", "李四", "--role", "rep",
        "--password-stdin", stdin="li-secret-22\nignored second line\n",
    )  # fmt: skip
    assert code == 0, err
    database, _ = open_database(new_db)
    with database.session() as s:
        hashes = list(s.scalars(select(Rep.password_hash)))
        li = verify_password(s, "李四", "li-secret-22")
        boss = verify_password(s, "王经理", "boss-secret-1")
    database.dispose()
    assert li != boss and all(h.startswith("scrypt$") for h in hashes)
    for args in (("list", "--json"), ("list",)):
        _, out, _ = run(capsys, monkeypatch, "--db", new_db, "team", *args)
        assert "scrypt" not in out and not any(h.split("$")[-1] in out for h in hashes)
        assert "李四" in out


def test_the_first_person_must_be_a_manager(new_db, capsys, monkeypatch):
    code, out, err = run(
        capsys, monkeypatch, "--db", new_db, "team", "add", "张三", "--role", "rep"
    )
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "manager" in err and "Traceback" not in err
    assert people(capsys, monkeypatch, new_db) == []


def test_a_refused_addition_adds_nobody_in_one_line(new_db, capsys, monkeypatch):
    add = ("--db", new_db, "team", "add")
    run(capsys, monkeypatch, *add, "王经理", "--role", "manager", "--password-stdin",
        stdin="boss-secret-1\n")  # fmt: skip
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, out, err = run(
        capsys, monkeypatch, *add, "李四", "--role", "rep", "--password-stdin", stdin="short\n"
    )
    assert code == 1 and out == "" and err == "crmdesk: 密码至少需要 8 个字符。\n"
    code, _, err = run(capsys, monkeypatch, *add, "王经理", "--role", "rep")
    assert code == 1 and err.count("\n") == 1 and "王经理" in err
    assert [p["name"] for p in people(capsys, monkeypatch, new_db)] == ["王经理"]


def test_a_server_s_first_manager_needs_a_password(pg_server, capsys, monkeypatch):
    url = create_pg_database(pg_server)
    try:
        code, _, err = run(capsys, monkeypatch, "--db", url, "team", "add", "王经理",
                           "--role", "manager")  # fmt: skip
        assert code == 1 and err.count("\n") == 1
        assert people(capsys, monkeypatch, url) == []
    finally:
        drop_pg_database(pg_server, url)


def test_a_local_file_needs_no_password(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "solo.sqlite")
    code, out, _ = run(
        capsys, monkeypatch, "--db", db, "team", "add", "王经理", "--role", "manager"
    )
    assert code == 0 and out == "added 王经理 (manager)\n"
    code, out, _ = run(capsys, monkeypatch, "--db", db, "team", "list")
    assert out.splitlines() == ["王经理  manager  active  -  capacity 200  owns 0", "1 in the team"]


def test_the_first_manager_keeps_a_region_and_capacity(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "solo.sqlite")
    run(capsys, monkeypatch, "--db", db, "team", "add", "王经理", "--role", "manager",
        "--region", "上海", "--capacity", "0")  # fmt: skip
    [boss] = people(capsys, monkeypatch, db)
    assert (boss["region"], boss["capacity"]) == ("上海", 0)


@pytest.mark.parametrize(
    "args",
    [
        ["team", "add", "张三"],
        ["team", "add", "张三", "--role", "boss"],
        ["team", "add", "张三", "--role", "rep", "--capacity", "-1"],
        ["team", "add", "张三", "--role", "rep", "--capacity", "many"],
        ["team", "add", "张三", "--role", "rep", "--region", "x" * 51],
        ["team"],
    ],
)
def test_usage_mistakes_exit_2_and_create_nothing(tmp_path, args):
    db = tmp_path / "untouched.sqlite"
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(db), *args])
    assert exited.value.code == 2 and not db.exists()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_password_typed_at_a_terminal_is_not_echoed(tmp_path, capsys, monkeypatch):
    asked = []
    monkeypatch.setattr("sys.stdin", Terminal("echoed-secret\n"))
    monkeypatch.setattr("getpass.getpass", lambda prompt: asked.append(prompt) or "typed-secret")
    db = str(tmp_path / "solo.sqlite")
    assert main(["--db", db, "team", "add", "王经理", "--role", "manager", "--password-stdin"]) == 0
    database, _ = open_database(db)
    with database.session() as s:
        assert verify_password(s, "王经理", "typed-secret")
    database.dispose()
    assert asked == ["password: "]


def test_on_a_server_a_person_without_a_password_is_told_so(pg_server, capsys, monkeypatch):
    url = create_pg_database(pg_server)
    try:
        run(capsys, monkeypatch, "--db", url, "team", "add", "王经理", "--role", "manager",
            "--password-stdin", stdin="boss-secret-1\n")  # fmt: skip
        code, out, _ = run(capsys, monkeypatch, "--db", url, "team", "add", "张三", "--role", "rep")
        assert code == 0 and "cannot sign in until one is set" in out
    finally:
        drop_pg_database(pg_server, url)
