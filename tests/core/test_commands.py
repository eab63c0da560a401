"""The commands added for every user action: each parses its JSON arguments, refuses an
`actor` in them, and applies through Command.call_within inside the caller's
transaction (rolled back with it, committed with it), on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from crmdesk.core import clock, commands, devices
from crmdesk.core.auth import password_matches, set_password
from crmdesk.core.customers import create_customer
from crmdesk.core.errors import BadSpreadsheet, InvalidValue, PasswordTooShort
from crmdesk.core.models import (
    Customer,
    Device,
    Dismissal,
    Pool,
    PoolMember,
    PoolRules,
    Reason,
    Rep,
    Setting,
    TierChange,
    Transition,
)
from crmdesk.core.uow import unit_of_work
from crmdesk.excel import upload
from tests.conftest import Team

PASSWORD = "correct horse"
# The commands the registry had before every user action became one (tests/server/test_push.py).
FIRST = {
    "claim_customers", "release_customers", "assign_customers", "void_customers",
    "close_customers", "archive_customers", "reactivate_customers", "lock_customers",
    "unlock_customers", "log_followup", "record_deal", "add_payment", "mark_paid",
    "record_return", "record_complaint", "update_customer",
}  # fmt: skip


class Undo(Exception):
    """Raised after the command, to show its effect is rolled back with the caller's."""


@unit_of_work
def within(
    session: Session, spec: commands.Command, args: dict[str, Any], actor: int, undo: bool
) -> Any:
    result = spec.call_within(session, args, actor)
    if undo:
        raise Undo()
    return result


def xlsx(rows: list[list[Any]]) -> str:
    book = Workbook()
    sheet = book.active
    sheet.append(["客户名称", "电话"])
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return base64.b64encode(out.getvalue()).decode("ascii")


@dataclass
class Ctx:
    session: Session
    team: Team
    mine: int  # 张三's, with a phone
    other: int  # 张三's, the same phone: a duplicate
    bare: int  # 张三's, no contact at all: suggested for voiding
    pooled: list[int]
    device: int

    def count(self, model: Any, *where: Any) -> int:
        self.session.rollback()
        return self.session.scalar(select(func.count()).select_from(model).where(*where))

    def get(self, model: Any, key: Any) -> Any:
        self.session.rollback()
        self.session.expire_all()
        return self.session.get(model, key)


@pytest.fixture
def ctx(session: Session, team: Team) -> Ctx:
    m = team.manager
    mine = create_customer(session, {"company": "杭州青山茶业", "phone": "13800000001"}, team.zhang)
    other = create_customer(session, {"company": "青山茶业", "phone": "13800000001"}, team.zhang)
    bare = create_customer(session, {"company": "无名商行"}, team.zhang)
    pooled = [
        create_customer(session, {"company": f"公海客户{i}"}, m, to_pool=True) for i in (1, 2)
    ]
    set_password(session, team.zhang, PASSWORD, m)
    device = devices.sign_in(session, "张三", PASSWORD, "desk", "10.0.0.1").device_id
    return Ctx(session, team, mine, other, bare, pooled, device)


@dataclass(frozen=True)
class Case:
    args: Callable[[Ctx], dict[str, Any]]
    actor: Callable[[Team], int]
    applied: Callable[[Ctx], bool]


def manager(t: Team) -> int:
    return t.manager


def zhang(t: Team) -> int:
    return t.zhang


def reason(c: Ctx, code: str, kind: str = "void") -> Reason:
    c.session.rollback()
    return c.session.scalar(select(Reason).where(Reason.kind == kind, Reason.code == code))


def setting(c: Ctx, key: str) -> dict[str, Any]:
    row = c.get(Setting, key)
    return row.value if row else {}


def neglected(c: Ctx) -> dict[str, Any]:
    """张三's customer owned for 400 days without a follow-up: due for reclaim."""
    c.session.rollback()
    c.session.execute(
        update(Customer)
        .where(Customer.id == c.mine)
        .values(owned_since=clock.now() - timedelta(days=400))
    )
    c.session.commit()
    return {"pool_id": c.team.default_pool}


def graded_wrongly(c: Ctx) -> dict[str, Any]:
    """张三's new customer marked A by hand in the table, which no rule gives it."""
    c.session.rollback()
    c.session.execute(update(Customer).where(Customer.id == c.mine).values(tier="A"))
    c.session.commit()
    return {}


def reclaimed_by_manager(c: Ctx) -> bool:
    return (
        c.count(Transition, Transition.action == "reclaim", Transition.actor_id == c.team.manager)
        == 1
    )


CASES: dict[str, Case] = {
    "save_mapping": Case(
        lambda c: {
            "name": "展会名单",
            "mapping": {"单位": "company", "手机": "phone", "备注1": ""},
        },
        zhang,
        lambda c: (
            setting(c, "import_mapping:展会名单")
            == {"单位": "company", "手机": "phone", "备注1": ""}
        ),
    ),
    "sweep_now": Case(
        neglected,
        manager,
        lambda c: c.get(Customer, c.mine).status == "pool" and reclaimed_by_manager(c),
    ),
    "regrade": Case(
        graded_wrongly,
        manager,
        lambda c: c.count(TierChange, TierChange.actor_id == c.team.manager) > 0,
    ),
    "create_customer": Case(
        lambda c: {"fields": {"company": "新开的客户"}},
        zhang,
        lambda c: c.count(Customer, Customer.company == "新开的客户") == 1,
    ),
    "merge_customers": Case(
        lambda c: {"ids": [c.other], "survivor": c.mine, "note": "同一家"},
        zhang,
        lambda c: c.get(Customer, c.other).merged_into_id == c.mine,
    ),
    "distribute_customers": Case(
        lambda c: {
            "customer_ids": c.pooled,
            "rep_ids": [c.team.li, c.team.wang],
            "strategy": "round_robin",
        },
        manager,
        lambda c: c.count(Customer, Customer.id.in_(c.pooled), Customer.owner_id.is_not(None)) == 2,
    ),
    "accept_suggestions": Case(
        lambda c: {"ids": [c.bare]},
        zhang,
        lambda c: c.get(Customer, c.bare).status == "voided",
    ),
    "dismiss_suggestions": Case(
        lambda c: {"ids": [c.bare], "rule": "no_contact"},
        zhang,
        lambda c: c.count(Dismissal, Dismissal.customer_id == c.bare) == 1,
    ),
    "set_tier_override": Case(
        lambda c: {"ids": [c.mine], "tier": "A", "note": "大客户"},
        manager,
        lambda c: c.get(Customer, c.mine).tier_override == "A",
    ),
    "import_customers": Case(
        lambda c: {"file_name": "leads.xlsx", "content": xlsx([["导入的客户", "13911112222"]])},
        zhang,
        lambda c: c.count(Customer, Customer.company == "导入的客户") == 1,
    ),
    "update_rules": Case(
        lambda c: {"pool_id": c.team.south_pool, "changes": {"followup_days": 45}},
        manager,
        lambda c: c.get(PoolRules, c.team.south_pool).followup_days == 45,
    ),
    "create_pool": Case(
        lambda c: {"name": "华西公海", "rules": {"daily_claims": 5}},
        manager,
        lambda c: c.count(Pool, Pool.name == "华西公海") == 1,
    ),
    "set_member": Case(
        lambda c: {"pool_id": c.team.south_pool, "rep_id": c.team.wang, "admin": True},
        manager,
        lambda c: c.get(PoolMember, (c.team.south_pool, c.team.wang)) is not None,
    ),
    "update_grading_rules": Case(
        lambda c: {"changes": {"recency_days": [20, 60, 120]}},
        manager,
        lambda c: setting(c, "grading").get("recency_days") == [20, 60, 120],
    ),
    "update_suggestion_rules": Case(
        lambda c: {"changes": {"inactive_days": 200}},
        manager,
        lambda c: setting(c, "suggestions").get("inactive_days") == 200,
    ),
    "update_warning_rules": Case(
        lambda c: {"changes": {"complaints": 5}},
        manager,
        lambda c: setting(c, "warnings").get("complaints") == 5,
    ),
    "add_reason": Case(
        lambda c: {"kind": "void", "label_zh": "竞争对手", "label_en": "Competitor"},
        manager,
        lambda c: reason(c, "competitor") is not None,
    ),
    "rename_reason": Case(
        lambda c: {
            "kind": "void",
            "code": "budget",
            "label_zh": "预算不足",
            "label_en": "No budget",
        },
        manager,
        lambda c: reason(c, "budget").label_zh == "预算不足",
    ),
    "move_reason": Case(
        lambda c: {"kind": "void", "code": "budget", "step": -4},
        manager,
        lambda c: reason(c, "budget").position == 0,
    ),
    "retire_reason": Case(
        lambda c: {"kind": "void", "code": "budget"},
        manager,
        lambda c: not reason(c, "budget").active,
    ),
    "add_rep": Case(
        lambda c: {"name": "赵六", "role": "rep", "region": "西南", "password": "long password"},
        manager,
        lambda c: c.count(Rep, Rep.name == "赵六", Rep.password_hash.is_not(None)) == 1,
    ),
    "update_rep": Case(
        lambda c: {"rep_id": c.team.wang, "changes": {"region": "西南", "capacity": 50}},
        manager,
        lambda c: c.get(Rep, c.team.wang).capacity == 50,
    ),
    "set_password": Case(
        lambda c: {"rep_id": c.team.zhang, "password": "a new password"},
        zhang,
        lambda c: password_matches("a new password", c.get(Rep, c.team.zhang).password_hash),
    ),
    "revoke_device": Case(
        lambda c: {"device_id": c.device},
        zhang,
        lambda c: c.get(Device, c.device).revoked_at is not None,
    ),
}


def test_every_command_added_has_a_case_here():
    names = {name for name, _ in commands.COMMANDS}
    assert names - FIRST - {"reinstate_reason"} == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_command_applies_inside_the_callers_transaction(name, ctx):
    case = CASES[name]
    spec = commands.find(name, 1)
    raw = json.loads(json.dumps(case.args(ctx)))  # what arrives over the wire
    args = spec.parse(raw)
    with pytest.raises(InvalidValue) as refused:
        spec.parse({**raw, "actor": ctx.team.manager})
    assert refused.value.facts["field"] == "actor"
    with pytest.raises(InvalidValue):
        spec.parse({**raw, "now": "2030-01-01T00:00:00"})
    actor = case.actor(ctx.team)
    with pytest.raises(Undo):
        within(ctx.session, spec, args, actor, True)
    assert not case.applied(ctx)
    result = within(ctx.session, spec, args, actor, False)
    assert case.applied(ctx)
    json.dumps(commands.to_json(result))  # the answer is plain JSON


def test_a_retired_reason_is_reinstated_by_command(ctx):
    retire, reinstate = commands.find("retire_reason", 1), commands.find("reinstate_reason", 1)
    args = reinstate.parse({"kind": "void", "code": "budget"})
    within(ctx.session, retire, args, ctx.team.manager, False)
    with pytest.raises(Undo):
        within(ctx.session, reinstate, args, ctx.team.manager, True)
    assert not reason(ctx, "budget").active
    within(ctx.session, reinstate, args, ctx.team.manager, False)
    assert reason(ctx, "budget").active


def test_add_rep_answers_the_id_and_adds_nobody_when_the_password_is_refused(ctx):
    spec = commands.find("add_rep", 1)
    short = spec.parse({"name": "赵六", "role": "rep", "password": "short"})
    with pytest.raises(PasswordTooShort):
        within(ctx.session, spec, short, ctx.team.manager, False)
    assert ctx.count(Rep, Rep.name == "赵六") == 0
    args = spec.parse({"name": "赵六", "role": "manager", "capacity": 30, "level": 2})
    answer = within(ctx.session, spec, args, ctx.team.manager, False)
    rep = ctx.get(Rep, answer["id"])
    assert (rep.name, rep.role, rep.capacity, rep.level) == ("赵六", "manager", 30, 2)
    with pytest.raises(InvalidValue):
        spec.parse({"name": "钱七", "role": "admin"})


def test_an_import_answers_its_report_and_rejected_rows_without_a_server_path(ctx):
    spec = commands.find("import_customers", 1)
    content = xlsx([["好的客户", "13911112222"], [None, "13911113333"]])
    refused_args = spec.parse({"file_name": "C:\\线索\\leads.xlsx", "content": content})
    with pytest.raises(BadSpreadsheet) as refused:
        within(ctx.session, spec, refused_args, ctx.team.zhang, False)
    answer = commands.refusal(refused.value)
    assert answer["code"] == "bad_spreadsheet.rows_rejected"
    assert answer["report"]["rejected"] == 1
    assert answer["report"]["problems"][0]["row"] == 3
    assert answer["report"]["rejected_file"] == "leads-rejected.xlsx"
    assert base64.b64decode(answer["report"]["rejected_content"]).startswith(b"PK")
    assert "crmdesk-import-" not in json.dumps(answer, ensure_ascii=False)
    assert ctx.count(Customer, Customer.company == "好的客户") == 0
    args = spec.parse({"file_name": "leads.xlsx", "content": content, "valid_only": True})
    report = within(ctx.session, spec, args, ctx.team.zhang, False)
    assert (report["created"], report["rejected"], report["committed"]) == (1, 1, True)
    assert report["file"] == "leads.xlsx"
    assert report["rejected_content"]
    assert "crmdesk-import-" not in json.dumps(report, ensure_ascii=False)


def test_an_import_too_large_or_not_base64_is_refused_before_anything_is_written(ctx, monkeypatch):
    spec = commands.find("import_customers", 1)
    monkeypatch.setattr(upload, "MAX_BYTES", 30)
    big = spec.parse({"file_name": "big.xlsx", "content": base64.b64encode(b"x" * 31).decode()})
    with pytest.raises(upload.UploadTooLarge) as too_large:
        within(ctx.session, spec, big, ctx.team.zhang, False)
    answer = commands.refusal(too_large.value)
    assert answer["code"] == "upload_too_large"
    assert "big.xlsx" in answer["message"]["en"] and "big.xlsx" in answer["message"]["zh"]
    garbage = spec.parse({"file_name": "x.xlsx", "content": "not base64!"})
    with pytest.raises(InvalidValue) as bad:
        within(ctx.session, spec, garbage, ctx.team.zhang, False)
    assert bad.value.facts["field"] == "content"


def test_an_imports_file_lives_in_a_private_folder_removed_afterwards(ctx, monkeypatch):
    folders: list[tuple[Path, int]] = []
    make = upload.tempfile.mkdtemp

    def watched(**kwargs: Any) -> str:
        folder = make(**kwargs)
        folders.append((Path(folder), Path(folder).stat().st_mode & 0o777))
        return folder

    monkeypatch.setattr(upload.tempfile, "mkdtemp", watched)
    spec = commands.find("import_customers", 1)
    good = spec.parse({"file_name": "a.xlsx", "content": xlsx([["私有的客户", None]])})
    bad = spec.parse({"file_name": "b.xlsx", "content": base64.b64encode(b"PK junk").decode()})
    within(ctx.session, spec, good, ctx.team.zhang, False)
    with pytest.raises(BadSpreadsheet):
        within(ctx.session, spec, bad, ctx.team.zhang, False)
    assert [mode for _, mode in folders] == [0o700, 0o700]
    assert not any(folder.exists() for folder, _ in folders)
