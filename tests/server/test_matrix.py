"""Every command × every role, over HTTP against a real server process: allowed or refused
exactly as DESIGN.md's lifecycle table, pools and roles say.

The roles: a rep (张三, a member of the default pool and of 华南公海), a pool admin (李四,
admin of 华南公海), a manager, a deactivated person, a revoked token and no token. Each
case acts on customers made for it alone, so one batch per role settles them all; a
command added to the registry without its cases here fails the first test.
"""

from __future__ import annotations

import base64
import io
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy.orm import Session

from crmdesk.core import clock, commands, devices
from crmdesk.core.activity import add_payment
from crmdesk.core.auth import set_password
from crmdesk.core.customers import create_customer
from crmdesk.core.lifecycle import close_customers, lock_customers, void_customers
from crmdesk.core.pools import create_pool, set_member, update_rules
from crmdesk.core.reasons import CLOSE_CHECKLIST, add_reason, retire_reason
from crmdesk.core.team import add_rep, update_rep
from crmdesk.storage.engine import Database
from tests.conftest import BACKENDS, Team, make_team
from tests.server.live import LiveServer, served_database

PASSWORD = "correct horse"
OK = "applied"
DENY = "permission_denied"
DEFAULT, SOUTH, NORTH = "default", "south", "north"
ROLES = ("rep", "pool_admin", "manager")
SIGNED_OUT = ("deactivated", "revoked", "no_token")

# Who each case acts as, on whose customer ("me": the role's own person, "wang": 王五,
# another rep, None: a pool customer) in which pool, and what DESIGN.md says happens.
Target = tuple[str | None, str, str]
PATTERNS: dict[str, dict[str, list[Target]]] = {
    # release, void, close, accept a void suggestion, reactivate own voided: the owner or
    # a manager (a pool admin is not the owner of another's customer).
    "owner_or_manager": {
        "rep": [("me", DEFAULT, OK), ("wang", DEFAULT, DENY)],
        "pool_admin": [("me", SOUTH, OK), ("wang", SOUTH, DENY)],
        "manager": [("wang", DEFAULT, OK)],
    },
    # follow-ups, deals, payments, returns, complaints, edits, merges, dismissals: the
    # owner, or an admin of the customer's pool.
    "owner_or_pool_admin": {
        "rep": [("me", DEFAULT, OK), ("wang", DEFAULT, DENY)],
        "pool_admin": [("wang", SOUTH, OK), ("wang", DEFAULT, DENY)],
        "manager": [("wang", DEFAULT, OK)],
    },
    # assign, distribute, lock, unlock, pool rules and members, giving a new customer or
    # an import's rows to someone else: admins of that pool and managers.
    "pool_admin": {
        "rep": [("me", DEFAULT, DENY), ("me", SOUTH, DENY)],
        "pool_admin": [("wang", SOUTH, OK), ("wang", DEFAULT, DENY)],
        "manager": [("wang", DEFAULT, OK)],
    },
    # archive, tier overrides, new pools, rules of the team, reasons, the team itself.
    "manager": {
        "rep": [("me", DEFAULT, DENY)],
        "pool_admin": [("wang", SOUTH, DENY)],
        "manager": [("wang", DEFAULT, OK)],
    },
    # a saved column map for the next import: anyone signed in.
    "anyone": {
        "rep": [("me", DEFAULT, OK)],
        "pool_admin": [("me", SOUTH, OK)],
        "manager": [("me", DEFAULT, OK)],
    },
    # claim: any member of the pool, within its limits (华南公海 allows none a day), which
    # do not bind its admins.
    "member": {
        "rep": [(None, DEFAULT, OK), (None, NORTH, DENY), (None, SOUTH, "daily_claims_reached")],
        "pool_admin": [(None, SOUTH, OK), (None, NORTH, DENY)],
        "manager": [(None, DEFAULT, OK)],
    },
}
names = itertools.count(1)


def xlsx_b64(company: str) -> str:
    book = Workbook()
    book.active.append(["客户名称", "备注"])
    book.active.append([company, "导入"])
    out = io.BytesIO()
    book.save(out)
    return base64.b64encode(out.getvalue()).decode("ascii")


@dataclass
class World:
    """The team and the makers of each case's own customers, pools, reasons and devices."""

    session: Session
    team: Team
    north: int
    spare: dict[int, int] = field(default_factory=dict)  # rep -> a device to revoke

    def pool(self, which: str) -> int:
        return {
            DEFAULT: self.team.default_pool,
            SOUTH: self.team.south_pool,
            NORTH: self.north,
        }[which]

    def owned(self, owner: int, pool: int, **fields: Any) -> int:
        n = next(names)
        values = {"company": f"矩阵客户{n:05d}", "phone": f"139{n:08d}", **fields}
        values = {k: v for k, v in values.items() if v is not None}
        return create_customer(
            self.session, values, self.team.manager, owner_id=owner, pool_id=pool
        )

    def pooled(self, pool: int) -> int:
        n = next(names)
        long_ago = clock.now() - timedelta(days=60)
        values = {"company": f"矩阵公海{n:05d}", "phone": f"137{n:08d}"}
        return create_customer(
            self.session, values, self.team.manager, to_pool=True, pool_id=pool, now=long_ago
        )

    def voided(self, owner: int, pool: int) -> int:
        cid = self.owned(owner, pool)
        void_customers(self.session, [cid], "budget", None, owner)
        return cid

    def closed(self, owner: int, pool: int) -> int:
        cid = self.owned(owner, pool)
        close_customers(
            self.session, [cid], "lifecycle_ended", None, list(CLOSE_CHECKLIST), self.team.manager
        )
        return cid

    def locked(self, owner: int, pool: int) -> int:
        cid = self.owned(owner, pool)
        lock_customers(self.session, [cid], self.team.manager)
        return cid

    def payment(self, owner: int, pool: int) -> int:
        cid = self.owned(owner, pool)
        due = clock.now() + timedelta(days=30)
        return add_payment(self.session, cid, self.team.manager, Decimal("500"), due)

    def reason(self, retired: bool = False) -> str:
        n = next(names)
        code = add_reason(
            self.session, "void", f"矩阵原因{n}", f"Matrix reason {n}", self.team.manager
        )
        if retired:
            retire_reason(self.session, "void", code, self.team.manager)
        return code


Build = Callable[[World, int | None, int], dict[str, Any]]


def ids(make: str) -> Build:
    return lambda w, owner, pool: {"ids": [getattr(w, make)(owner, pool)]}


def on_customer(**extra: Any) -> Build:
    return lambda w, owner, pool: {"customer_id": w.owned(owner, pool), **extra}


def unique(prefix: str) -> str:
    return f"{prefix}{next(names)}"


MATRIX: dict[str, tuple[str, Build, str]] = {
    # name: (pattern, args for (world, owner, pool), the refusal's code)
    "claim_customers": ("member", lambda w, o, p: {"ids": [w.pooled(p)]}, DENY),
    "release_customers": (
        "owner_or_manager",
        lambda w, o, p: {"ids": [w.owned(o, p)], "reason": "no_time"},
        DENY,
    ),
    "assign_customers": (
        "pool_admin",
        lambda w, o, p: {"ids": [w.pooled(p)], "to_rep": w.team.wang},
        DENY,
    ),
    "void_customers": (
        "owner_or_manager",
        lambda w, o, p: {"ids": [w.owned(o, p)], "reason": "budget"},
        DENY,
    ),
    "close_customers": (
        "owner_or_manager",
        lambda w, o, p: {
            "ids": [w.owned(o, p)],
            "reason": "lifecycle_ended",
            "checklist": list(CLOSE_CHECKLIST),
        },
        DENY,
    ),
    "archive_customers": ("manager", ids("closed"), DENY),
    "reactivate_customers": (
        "owner_or_manager",
        lambda w, o, p: {"ids": [w.voided(o, p)], "note": "恢复", "to": "pool"},
        DENY,
    ),
    "lock_customers": ("pool_admin", ids("owned"), DENY),
    "unlock_customers": ("pool_admin", ids("locked"), DENY),
    "log_followup": (
        "owner_or_pool_admin",
        on_customer(kind="call", outcome="reached", note="聊了报价"),
        DENY,
    ),
    "record_deal": ("owner_or_pool_admin", on_customer(amount="1000"), DENY),
    "add_payment": (
        "owner_or_pool_admin",
        on_customer(amount="300", due_at="2030-01-01T00:00:00"),
        DENY,
    ),
    "mark_paid": (
        "owner_or_pool_admin",
        lambda w, o, p: {"payment_id": w.payment(o, p)},
        DENY,
    ),
    "record_return": ("owner_or_pool_admin", on_customer(amount="10"), DENY),
    "record_complaint": ("owner_or_pool_admin", on_customer(note="投诉"), DENY),
    "update_customer": ("owner_or_pool_admin", on_customer(changes={"notes": "改"}), DENY),
    "create_customer": (
        "pool_admin",
        lambda w, o, p: {
            "fields": {"company": unique("矩阵新客户")},
            "owner_id": w.team.wang,
            "pool_id": p,
        },
        DENY,
    ),
    "merge_customers": (
        "owner_or_pool_admin",
        lambda w, o, p: {"ids": [w.owned(o, p)], "survivor": w.owned(o, p)},
        DENY,
    ),
    "distribute_customers": (
        "pool_admin",
        lambda w, o, p: {
            "customer_ids": [w.pooled(p)],
            "rep_ids": [w.team.wang],
            "strategy": "round_robin",
        },
        DENY,
    ),
    "accept_suggestions": (
        "owner_or_manager",
        lambda w, o, p: {"ids": [w.owned(o, p, phone=None)]},
        DENY,
    ),
    "dismiss_suggestions": (
        "owner_or_pool_admin",
        lambda w, o, p: {"ids": [w.owned(o, p, phone=None)]},
        DENY,
    ),
    "set_tier_override": (
        "manager",
        lambda w, o, p: {**ids("owned")(w, o, p), "tier": "B", "note": "核实"},
        DENY,
    ),
    "import_customers": (
        "pool_admin",
        lambda w, o, p: {
            "file_name": "leads.xlsx",
            "content": xlsx_b64(unique("矩阵导入")),
            "owner_id": w.team.wang,
            "pool_id": p,
        },
        "bad_spreadsheet.rows_rejected",
    ),
    "save_mapping": (
        "anyone",
        lambda w, o, p: {"name": unique("展会"), "mapping": {"单位": "company", "手机": "phone"}},
        DENY,
    ),
    # Reclaim now: one pool by its admins, every pool by managers (tests/core/test_sweep.py).
    "sweep_now": ("pool_admin", lambda w, o, p: {"pool_id": p}, DENY),
    "regrade": ("manager", lambda w, o, p: {}, DENY),
    "update_rules": (
        "pool_admin",
        lambda w, o, p: {"pool_id": p, "changes": {"warn_days": 3}},
        DENY,
    ),
    "create_pool": ("manager", lambda w, o, p: {"name": unique("矩阵公海")}, DENY),
    "set_member": (
        "pool_admin",
        lambda w, o, p: {"pool_id": p, "rep_id": w.team.wang, "admin": False},
        DENY,
    ),
    "update_grading_rules": ("manager", lambda w, o, p: {"changes": {"complaints": 3}}, DENY),
    "update_suggestion_rules": (
        "manager",
        lambda w, o, p: {"changes": {"inactive_days": 180}},
        DENY,
    ),
    "update_warning_rules": ("manager", lambda w, o, p: {"changes": {"complaints": 3}}, DENY),
    "add_reason": (
        "manager",
        lambda w, o, p: {"kind": "void", "label_zh": unique("新原因"), "label_en": unique("New ")},
        DENY,
    ),
    "rename_reason": (
        "manager",
        lambda w, o, p: {
            "kind": "void",
            "code": w.reason(),
            "label_zh": unique("改名"),
            "label_en": unique("Renamed "),
        },
        DENY,
    ),
    "move_reason": (
        "manager",
        lambda w, o, p: {"kind": "void", "code": w.reason(), "step": -1},
        DENY,
    ),
    "retire_reason": ("manager", lambda w, o, p: {"kind": "void", "code": w.reason()}, DENY),
    "reinstate_reason": (
        "manager",
        lambda w, o, p: {"kind": "void", "code": w.reason(retired=True)},
        DENY,
    ),
    "add_rep": (
        "manager",
        lambda w, o, p: {"name": unique("新人"), "role": "rep", "password": PASSWORD},
        DENY,
    ),
    "update_rep": (
        "manager",
        lambda w, o, p: {"rep_id": w.team.wang, "changes": {"region": "华北"}},
        DENY,
    ),
    # A person sets their own password, a manager anyone's.
    "set_password": (
        "owner_or_manager",
        lambda w, o, p: {"rep_id": o, "password": PASSWORD},
        DENY,
    ),
    # A person revokes their own devices, a manager anyone's.
    "revoke_device": ("owner_or_manager", lambda w, o, p: {"device_id": w.spare[o]}, DENY),
}


def test_every_command_in_the_registry_has_its_cases():
    assert {name for name, _ in commands.COMMANDS} == set(MATRIX)
    assert all(version == 1 for _, version in commands.COMMANDS)


@dataclass
class Setup:
    server: LiveServer
    tokens: dict[str, str]
    cases: dict[str, list[tuple[str, dict[str, Any], str]]]  # role -> (name, args, expected)


def _build(database: Database, server: LiveServer) -> Setup:
    with database.session() as session:
        team = make_team(session)
        north = create_pool(session, "华北公海", team.manager)
        set_member(session, north, team.wang, team.manager)
        update_rules(session, team.south_pool, {"daily_claims": 0}, team.manager)
        gone = add_rep(session, "赵七", actor=team.manager)
        for rep in (team.manager, team.zhang, team.li, team.wang, gone):
            set_password(session, rep, PASSWORD, team.manager)
        tokens = {
            "rep": server.sign_in("张三", PASSWORD),
            "pool_admin": server.sign_in("李四", PASSWORD),
            "manager": server.sign_in("王经理", PASSWORD),
            "deactivated": server.sign_in("赵七", PASSWORD),
            "revoked": server.sign_in("王五", PASSWORD, device="old laptop"),
        }
        update_rep(session, gone, {"active": False}, team.manager)
        old = devices.list_devices(session, team.manager)
        revoked = next(d.id for d in old if d.name == "old laptop")
        devices.revoke_device(session, revoked, team.manager)
        world = World(session, team, north)
        for rep, name in ((team.zhang, "张三"), (team.li, "李四"), (team.wang, "王五")):
            signed = devices.sign_in(session, name, PASSWORD, "spare", "10.0.0.9")
            world.spare[rep] = signed.device_id
        me = {"rep": team.zhang, "pool_admin": team.li, "manager": team.manager}
        cases: dict[str, list[tuple[str, dict[str, Any], str]]] = {role: [] for role in ROLES}
        for name, (pattern, build, refusal) in MATRIX.items():
            for role in ROLES:
                for who, pool, expected in PATTERNS[pattern][role]:
                    owner = {"me": me[role], "wang": team.wang, None: None}[who]
                    args = build(world, owner, world.pool(pool))
                    code = refusal if expected == DENY else expected
                    cases[role].append((name, args, code))
    return Setup(server, tokens, cases)


@pytest.fixture(scope="module", params=BACKENDS)
def setup(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    sqlite_template: Path,
) -> Iterator[Setup]:
    """One server process per database for the module, over data made here."""
    folder = tmp_path_factory.mktemp(f"matrix-{request.param}")
    with served_database(request, folder, sqlite_template) as (database, server):
        yield _build(database, server)


def push(setup: Setup, token: str | None, client: str, batch: list[dict[str, Any]]):
    with setup.server.client(token) as http:
        return http.post("/push", json={"client_id": client, "commands": batch})


def assert_refusal(body: dict[str, Any], code: str) -> None:
    assert body["code"] == code, body
    assert isinstance(body["params"], dict)
    assert body["message"]["en"] and body["message"]["zh"], body
    assert body["message"]["en"] != body["message"]["zh"]


@pytest.mark.parametrize("role", ROLES)
def test_each_role_is_allowed_or_refused_as_the_design_says(setup, role):
    cases = setup.cases[role]
    batch = [
        {"seq": seq, "name": name, "version": 1, "args": args}
        for seq, (name, args, _) in enumerate(cases, 1)
    ]
    answer = push(setup, setup.tokens[role], f"matrix-{role}-0001", batch)
    assert answer.status_code == 200, answer.text
    results = answer.json()["results"]
    wrong = []
    for (name, args, expected), result in zip(cases, results, strict=True):
        got = result["outcome"] if result["outcome"] == OK else result["error"]["code"]
        if got != expected:
            wrong.append((name, args.get("ids") or args, expected, result))
        if result["outcome"] != OK:
            assert result["outcome"] == "refused", result
            assert_refusal(result["error"], expected)
    assert not wrong, "\n".join(map(str, wrong))
    names_seen = {name for name, _, _ in cases}
    assert names_seen == set(MATRIX)


@pytest.mark.parametrize("who", SIGNED_OUT)
def test_nobody_signed_in_gets_any_command_through(setup, who):
    token = {"no_token": None, **setup.tokens}.get(who)
    manager_args = {name: args for name, args, _ in setup.cases["manager"]}
    with setup.server.client(token) as http:
        for seq, name in enumerate(sorted(MATRIX), 1):
            command = {"seq": seq, "name": name, "version": 1, "args": manager_args[name]}
            answer = http.post(
                "/push", json={"client_id": f"matrix-{who}-01", "commands": [command]}
            )
            assert answer.status_code == 401, (name, answer.text)
            assert answer.headers["www-authenticate"] == "Bearer"
            assert_refusal(answer.json(), "not_signed_in")
