"""`crmdesk login` against a real server process, then the team commands as that person.

The config folder is a temporary one (CRMDESK_CONFIG_DIR) and the keyring a test backend
or none at all: the real keyring is never touched.
"""

from __future__ import annotations

import base64
import io
import json
import shutil
import stat
import threading
from collections.abc import Iterator
from datetime import timedelta

import httpx
import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import func, select

from crmdesk.cli import main
from crmdesk.core import clock
from crmdesk.core.auth import set_password
from crmdesk.core.customers import create_customer
from crmdesk.core.models import Customer, Rep
from crmdesk.sync.client import ACCOUNT_FILE, Account, Client, ServerFailed, ServerUnreachable
from tests.conftest import make_team
from tests.server.live import LiveServer, free_port

PASSWORD = "correct horse"
MASKED_PHONE = "13912345678"


class MemoryKeyring(KeyringBackend):
    """A keyring that works and keeps its secrets in this process only."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def config(tmp_path, monkeypatch) -> Iterator:
    """A private config folder (the sign-in's folder in it is given to the test), no
    database named, and no usable keyring (the tests that want one set MemoryKeyring)."""
    monkeypatch.setenv("CRMDESK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("CRMDESK_DB", raising=False)
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield tmp_path / "config" / "sign-in"
    keyring.set_keyring(before)


@pytest.fixture
def live(db, session, tmp_path) -> Iterator[LiveServer]:
    """A team with passwords, a customer of 张三's and one in a pool that masks contacts."""
    team = make_team(session)
    for rep in (team.manager, team.zhang, team.li, team.wang):
        set_password(session, rep, PASSWORD, team.manager)
    create_customer(session, {"company": "杭州青山茶业", "phone": "13800000001"}, team.zhang)
    create_customer(
        session,
        {"company": "苏州明湖电子", "phone": MASKED_PHONE},
        team.manager,
        to_pool=True,
        now=clock.now() - timedelta(days=30),
    )
    with LiveServer(db.url, tmp_path) as server:
        yield server


def run(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def login(capsys, monkeypatch, live, name: str, password: str = PASSWORD):
    return run(
        capsys,
        monkeypatch,
        "login",
        live.base,
        "--name",
        name,
        "--password-stdin",
        "--json",
        stdin=password + "\n",
    )


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_login_keeps_the_token_in_a_private_file_without_a_keyring(
    live, config, capsys, monkeypatch
):
    config.parent.mkdir()
    config.parent.chmod(0o755)  # as Qt makes the config folder for its settings
    code, out, err = login(capsys, monkeypatch, live, "张三")
    assert code == 0, err
    assert json.loads(out) | {"device_id": 0} == {
        "server": live.base, "name": "张三", "role": "rep", "device_id": 0,
        "token_store": "file",
    }  # fmt: skip
    (token_file,) = config.glob("token-*")
    assert mode(config) == 0o700 and mode(token_file) == 0o600
    assert mode(config / ACCOUNT_FILE) == 0o600
    token = token_file.read_text()
    assert token not in (config / ACCOUNT_FILE).read_text()
    with live.client(token) as client:
        assert client.get("/me").json()["name"] == "张三"


def test_login_keeps_the_token_in_a_working_keyring(live, config, capsys, monkeypatch):
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    code, out, err = login(capsys, monkeypatch, live, "李四")
    assert code == 0, err
    assert json.loads(out)["token_store"] == "keyring"
    ((service, user), token) = next(iter(memory.secrets.items()))
    assert (service, user) == ("crmdesk", f"李四@{live.base}")
    assert not list(config.glob("token-*"))
    assert token not in (config / ACCOUNT_FILE).read_text()
    assert run(capsys, monkeypatch, "stats", "--json")[0] == 0
    assert run(capsys, monkeypatch, "logout")[0] == 0
    assert memory.secrets == {}


def test_a_wrong_password_or_no_server_is_one_line(live, config, capsys, monkeypatch):
    code, out, err = login(capsys, monkeypatch, live, "张三", "wrong password")
    assert code == 1 and out == ""
    assert err == "crmdesk: The name or the password is not right.\n"
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    code, _, err = login(capsys, monkeypatch, live, "张三", "wrong password")
    assert err == "crmdesk: 姓名或密码不正确。\n"
    nowhere = f"http://127.0.0.1:{free_port()}"
    code, _, err = run(
        capsys, monkeypatch, "login", nowhere, "--name", "张三", "--password-stdin", stdin="x\n"
    )
    assert code == 1 and err.count("\n") == 1
    assert err.startswith(f"crmdesk: 无法连接团队服务器 {nowhere}")
    assert not config.exists() or not (config / ACCOUNT_FILE).exists()


def test_a_rep_searches_counts_exports_and_lists_the_team_through_the_server(
    live, tmp_path, capsys, monkeypatch
):
    assert login(capsys, monkeypatch, live, "王五")[0] == 0

    code, out, err = run(capsys, monkeypatch, "search", MASKED_PHONE, "--json")
    assert code == 0, err
    found = json.loads(out)
    assert found["total"] == 1 and not found["total_more"]
    assert found["results"][0]["phone"] == "139****5678"
    code, out, _ = run(capsys, monkeypatch, "search", "1391234", "--json")
    assert json.loads(out)["total"] == 0
    code, out, _ = run(capsys, monkeypatch, "search", "杭州")
    assert out.startswith("0 found;")  # 张三's customer is not in 王五's view

    code, out, _ = run(capsys, monkeypatch, "stats", "--json")
    stats = json.loads(out)
    assert stats["total"] == 1 and stats["by_status"] == {"pool": 1}  # the pool's only

    target = tmp_path / "mine.csv"
    code, out, err = run(capsys, monkeypatch, "export", str(target), "--json")
    assert code == 0, err
    assert json.loads(out) == {**json.loads(out), "rows": 0, "file": str(target)}
    assert mode(target) == 0o600
    written = target.read_bytes()
    code, _, err = run(capsys, monkeypatch, "export", str(target), "--owner", "张三")
    assert code == 1 and err.count("\n") == 1 and "own customers only" in err
    assert target.read_bytes() == written  # a refused export leaves the file as it was
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []

    code, out, _ = run(capsys, monkeypatch, "team", "list", "--json")
    people = json.loads(out)["people"]
    assert {p["name"] for p in people} == {"王经理", "张三", "李四", "王五"}
    assert all(p["capacity"] is None and p["owned"] is None for p in people)

    code, _, err = run(capsys, monkeypatch, "report", "tiers", "--json")
    assert code == 1 and err.count("\n") == 1 and "only a manager" in err
    code, out, _ = run(capsys, monkeypatch, "report", "workload", "--json")
    assert [r["name"] for r in json.loads(out)["reps"]] == ["王五"]


def test_a_file_or_db_named_keeps_working_locally(live, db, capsys, monkeypatch):
    assert login(capsys, monkeypatch, live, "王五")[0] == 0
    code, out, err = run(capsys, monkeypatch, "--db", db.url, "stats", "--json")
    assert code == 0, err
    assert json.loads(out)["total"] == 2  # the whole file: no server, no sign-in


def test_logout_revokes_the_device_on_the_server(live, config, tmp_path, capsys, monkeypatch):
    assert login(capsys, monkeypatch, live, "张三")[0] == 0
    kept = tmp_path / "kept"
    shutil.copytree(config, kept)
    code, out, err = run(capsys, monkeypatch, "logout")
    assert code == 0, err
    assert not (config / ACCOUNT_FILE).exists() and not list(config.glob("token-*"))
    shutil.rmtree(config)
    shutil.copytree(kept, config)  # the old token, as if someone had kept a copy
    code, out, err = run(capsys, monkeypatch, "stats", "--json")
    assert code == 1 and out == ""
    assert err == "crmdesk: You are not signed in, or your sign-in has ended; sign in again.\n"


def count_customers(session, company: str) -> int:
    session.rollback()
    query = select(func.count()).select_from(Customer).where(Customer.company == company)
    return session.scalar(query)


def test_a_manager_adds_a_rep_and_imports_through_the_server(
    live, session, tmp_path, capsys, monkeypatch
):
    assert login(capsys, monkeypatch, live, "王经理")[0] == 0
    code, out, err = run(
        capsys,
        monkeypatch,
        "team",
        "add",
        "赵六",
        "--role",
        "rep",
        "--region",
        "华东",
        "--password-stdin",
        "--json",
        stdin="zhao-secret-6\n",
    )
    assert code == 0, err
    added = json.loads(out)
    assert added | {"id": 0} == {
        "id": 0, "name": "赵六", "role": "rep", "active": True, "region": "华东",
        "capacity": 200, "owned": 0, "first": False, "password_set": True,
    }  # fmt: skip
    assert session.get(Rep, added["id"]).name == "赵六"
    assert live.sign_in("赵六", "zhao-secret-6")

    sheet = tmp_path / "list.csv"
    sheet.write_text("客户名称,电话\n杭州鼎盛科技有限公司,13800138000\n,139\n", encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, "import", str(sheet), "--owner", "赵六", "--json")
    assert code == 1 and "crmdesk: rows to fix:" in err
    rejected = tmp_path / "list-rejected.xlsx"
    assert rejected.read_bytes()[:2] == b"PK" and mode(rejected) == 0o600
    assert json.loads(out)["rejected"] == 1 and json.loads(out)["rejected_file"] == str(rejected)
    code, out, err = run(
        capsys, monkeypatch, "import", str(sheet), "--owner", "赵六", "--valid-only", "--json"
    )
    assert code == 0, err
    report = json.loads(out)
    assert (report["created"], report["rejected"]) == (1, 1)
    assert {"created", "updated", "skipped", "rejected", "seconds", "problems"} <= set(report)
    assert count_customers(session, "杭州鼎盛科技有限公司") == 1

    code, _, err = run(capsys, monkeypatch, "import", str(sheet), "--as", "张三")
    assert code == 1 and err.count("\n") == 1


class LoseAnswer(httpx.BaseTransport):
    """The request reaches the server and is handled; its answer never arrives."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        raise httpx.ReadError("the answer was lost", request=request)


def test_an_import_sent_again_after_a_lost_answer_is_applied_once(
    live, session, tmp_path, capsys, monkeypatch
):
    assert login(capsys, monkeypatch, live, "王经理")[0] == 0
    account = Account.load()
    content = "客户名称,电话\n宁波海风物流,13600000006\n".encode()
    args = {
        "file_name": "one.csv",
        "content": base64.b64encode(content).decode(),
        "sheet": None,
        "on_duplicate": "new",
        "owner_id": None,
        "pool_id": None,
        "valid_only": False,
        "mapping": None,
        "lang": "en",
    }
    with pytest.raises(ServerUnreachable):
        account.run(account.client(LoseAnswer()), "import_customers", 1, args)
    assert count_customers(session, "宁波海风物流") == 1  # applied; the answer was lost
    again = Account.load()  # a new run of the command line
    report = again.run(again.client(), "import_customers", 1, args)
    assert report["created"] == 1
    assert count_customers(session, "宁波海风物流") == 1
    other = again.run(again.client(), "import_customers", 1, args)  # a new import
    assert other["created"] == 1 and count_customers(session, "宁波海风物流") == 2


def test_a_server_gone_after_login_is_one_line_and_logout_can_be_tried_again(
    live, config, capsys, monkeypatch
):
    assert login(capsys, monkeypatch, live, "张三")[0] == 0
    live.stop()
    for command in (("stats", "--json"), ("search", "杭州"), ("logout",)):
        code, out, err = run(capsys, monkeypatch, *command)
        assert code == 1 and out == "", command
        assert err.startswith(f"crmdesk: Cannot reach the team server at {live.base} (")
        assert err.count("\n") == 1, err
    assert (config / ACCOUNT_FILE).exists()  # still signed in: logout is tried again later
    live.start()
    assert run(capsys, monkeypatch, "logout")[0] == 0
    assert not (config / ACCOUNT_FILE).exists()


def test_an_answer_that_is_not_the_servers_is_one_line(config, capsys, monkeypatch):
    def proxy(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="<html>Bad Gateway</html>")

    client = Client("https://crm.example.com", transport=httpx.MockTransport(proxy))
    with pytest.raises(ServerFailed) as failed:
        client.sign_in("张三", PASSWORD, "desk")
    assert failed.value.message("en") == (
        "The team server at https://crm.example.com gave an answer that is not CRMDesk's "
        "(HTTP 502); try again later or ask whoever runs it."
    )


def test_two_commands_pushed_at_once_from_one_sign_in_are_both_applied(
    live, session, capsys, monkeypatch
):
    assert login(capsys, monkeypatch, live, "王经理")[0] == 0
    accounts = [Account.load(), Account.load()]  # two scripts started together
    start = threading.Barrier(2)
    answers: dict[str, object] = {}

    def add(account: Account, name: str) -> None:
        start.wait()
        sent = {"name": name, "role": "rep", "region": None, "capacity": None}
        try:
            answers[name] = account.run(account.client(), "add_rep", 1, {**sent, "level": None})
        except Exception as error:  # reported below
            answers[name] = error

    threads = [
        threading.Thread(target=add, args=(account, name))
        for account, name in zip(accounts, ("孙七", "周八"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(isinstance(a, dict) for a in answers.values()), answers
    session.rollback()
    names = set(session.scalars(select(Rep.name)))
    assert {"孙七", "周八"} <= names
    assert Account.load().last_seq == 2 and Account.load().pending is None


def test_the_signed_in_client_pulls_the_persons_view(live, capsys, monkeypatch):
    assert login(capsys, monkeypatch, live, "王五")[0] == 0
    client = Account.load().client()
    first = client.pull(None, limit=1)
    assert first["more"] is True and len(first["customers"]["put"]) == 1
    rest = client.pull(first["cookie"])
    (masked,) = first["customers"]["put"] + rest["customers"]["put"]
    assert masked["company"] == "苏州明湖电子" and masked["phone"] == "139****5678"
    assert MASKED_PHONE not in json.dumps([first, rest], ensure_ascii=False)


def status_of(session, company: str) -> str:
    session.rollback()
    return session.scalar(select(Customer.status).where(Customer.company == company))


def test_reclaim_and_regrade_now_through_the_server_as_the_rules_allow(
    live, session, capsys, monkeypatch
):
    zhang = session.scalar(select(Rep.id).where(Rep.name == "张三"))
    manager = session.scalar(select(Rep.id).where(Rep.name == "王经理"))
    create_customer(
        session,
        {"company": "久未跟进的客户"},
        manager,
        owner_id=zhang,
        now=clock.now() - timedelta(days=40),  # 30 days without a follow-up: due
    )

    assert login(capsys, monkeypatch, live, "张三")[0] == 0
    for asked in (("pool", "sweep"), ("pool", "sweep", "--dry-run"), ("grade",)):
        code, out, err = run(capsys, monkeypatch, *asked, "--json")
        assert code == 1 and out == "" and err.count("\n") == 1, (asked, err)
        assert "managers" in err
    assert status_of(session, "久未跟进的客户") == "active"

    assert login(capsys, monkeypatch, live, "王经理")[0] == 0
    code, out, err = run(capsys, monkeypatch, "pool", "sweep", "--dry-run", "--json")
    assert code == 0, err
    assert json.loads(out)["reclaimed"] == 1
    assert status_of(session, "久未跟进的客户") == "active"  # a preview moves nothing
    code, _, err = run(capsys, monkeypatch, "pool", "sweep", "--now", "2030-01-01")
    assert code == 1 and "server's clock" in err
    code, out, err = run(capsys, monkeypatch, "pool", "sweep")
    assert code == 0, err
    assert out.startswith("reclaimed 1, warned 0") and "  公海: 1" in out
    assert status_of(session, "久未跟进的客户") == "pool"

    code, out, err = run(capsys, monkeypatch, "grade", "--dry-run", "--json")
    assert code == 0, err
    preview = json.loads(out)
    assert preview["dry_run"] and set(preview["warnings"]) >= {"overdue_payments"}
    code, out, err = run(capsys, monkeypatch, "grade", "--json")
    assert code == 0, err
    graded = json.loads(out)
    assert graded["moved"] == preview["moved"] and not graded["dry_run"]
    code, out, _ = run(capsys, monkeypatch, "grade", "--dry-run", "--json")
    assert json.loads(out)["moved"] == 0
