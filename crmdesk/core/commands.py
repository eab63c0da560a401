"""The commands: every user action by name and version, with its JSON arguments.

One registry, so the server, the command line and a desk's outbox list the same set and
cannot drift. A command calls its service function unchanged, with `actor` supplied by
the caller (the server: the token's person), never taken from the arguments: the
argument schemas forbid unknown fields, so an `actor` (or a `now`: the server's clock
decides) in the arguments is refused, not ignored.

A new version of a command gets a new entry next to the old one, so desks with queued
commands of the old version still get them applied.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.orm import Session

from crmdesk.core import (
    activity,
    auth,
    customers,
    devices,
    distribution,
    duplicates,
    grading,
    lifecycle,
    pools,
    reasons,
    risk,
    suggestions,
    team,
)
from crmdesk.core.errors import CrmdeskError, EditConflict, InvalidValue
from crmdesk.excel import mapping, upload


class Args(BaseModel):
    """A command's arguments: exactly these fields, nothing else."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Ids(Args):
    ids: list[int] = Field(min_length=1)


class Release(Ids):
    reason: str
    note: str | None = None
    pool_id: int | None = None


class Assign(Ids):
    to_rep: int
    note: str | None = None


class Void(Ids):
    reason: str
    note: str | None = None
    last_contact: str | None = None


class Close(Ids):
    reason: str
    note: str | None = None
    checklist: list[str] = []


class Reactivate(Ids):
    note: str
    to: str = "pool"
    owner_id: int | None = None


class FollowUp(Args):
    customer_id: int
    kind: str
    outcome: str
    note: str | None = None
    at: datetime | None = None
    next_at: datetime | None = None


class Deal(Args):
    customer_id: int
    amount: Decimal
    at: datetime | None = None
    contract_start: datetime | None = None
    contract_end: datetime | None = None


class Payment(Args):
    customer_id: int
    amount: Decimal
    due_at: datetime
    deal_id: int | None = None


class Paid(Args):
    payment_id: int
    paid_at: datetime | None = None


class Return(Args):
    customer_id: int
    amount: Decimal
    at: datetime | None = None
    deal_id: int | None = None
    note: str | None = None


class Complaint(Args):
    customer_id: int
    note: str | None = None
    at: datetime | None = None


class Edit(Args):
    customer_id: int
    changes: dict[str, Any]
    based_on: dict[str, Any] | None = None


class NewCustomer(Args):
    fields: dict[str, Any]
    owner_id: int | None = None
    to_pool: bool = False
    pool_id: int | None = None


class Merge(Ids):
    survivor: int
    choices: dict[str, int] | None = None
    note: str | None = None


class Distribute(Args):
    customer_ids: list[int] = Field(min_length=1)
    rep_ids: list[int] = Field(min_length=1)
    strategy: str
    mapping: dict[str, list[int]] | None = None
    note: str | None = None


class Accept(Ids):
    note: str | None = None


class Dismiss(Ids):
    rule: str | None = None


class TierOverride(Ids):
    tier: str | None
    note: str | None = None


class Nothing(Args):
    """A command that takes no arguments: the actor and the server's clock are all."""


class Changes(Args):
    changes: dict[str, Any]


class PoolRules(Changes):
    pool_id: int


class NewPool(Args):
    name: str = Field(max_length=100)
    rules: dict[str, Any] | None = None


class Member(Args):
    pool_id: int
    rep_id: int
    admin: bool = False
    member: bool = True


class NewReason(Args):
    kind: str
    label_zh: str
    label_en: str
    needs_note: bool = False


class ReasonCode(Args):
    kind: str
    code: str


class RenameReason(ReasonCode):
    label_zh: str
    label_en: str
    needs_note: bool | None = None


class MoveReason(ReasonCode):
    step: int


class RepChanges(Changes):
    rep_id: int


class Password(Args):
    rep_id: int
    password: str = Field(max_length=1024)


class NewRep(Args):
    name: str = Field(max_length=100)
    role: Literal["rep", "manager"] = "rep"
    region: str | None = None
    capacity: int | None = None
    level: int | None = None
    password: str | None = Field(default=None, max_length=1024)


class Revoke(Args):
    device_id: int


class Sweep(Args):
    pool_id: int | None = None


class SavedMapping(Args):
    name: str = Field(max_length=100)
    mapping: dict[str, str] = Field(min_length=1)


class Import(Args):
    file_name: str = Field(max_length=1000)
    content: str
    sheet: str | None = None
    on_duplicate: Literal["skip", "update", "new"] = "skip"
    owner_id: int | None = None
    pool_id: int | None = None
    valid_only: bool = False
    mapping: dict[str, str] | None = None
    lang: Literal["en", "zh"] = "en"


@dataclasses.dataclass(frozen=True)
class Command:
    name: str
    version: int
    args: type[Args]
    service: Callable[..., Any]

    def parse(self, raw: Any) -> dict[str, Any]:
        """The service's keyword arguments from JSON; InvalidValue naming the first
        wrong field otherwise."""
        try:
            model = self.args.model_validate(raw)
        except ValidationError as error:
            first = error.errors()[0]
            field = ".".join(str(part) for part in first["loc"]) or "args"
            raise InvalidValue(field=field, why=first["msg"]) from None
        return {name: getattr(model, name) for name in type(model).model_fields}

    def call(self, session: Session, args: dict[str, Any], actor: int) -> Any:
        """The service in its own transaction, as the window calls it."""
        return self.service(session, **args, actor=actor)

    def call_within(self, session: Session, args: dict[str, Any], actor: int) -> Any:
        """The service's body inside the caller's transaction (unit_of_work keeps the
        undecorated function as __wrapped__), so the caller can record the outcome in
        the same commit as the effect."""
        return self.service.__wrapped__(session, **args, actor=actor)  # type: ignore[attr-defined]


def _registry(*commands: Command) -> dict[tuple[str, int], Command]:
    for command in commands:  # only unit_of_work services can run inside a push's commit
        if not hasattr(command.service, "__wrapped__"):
            raise TypeError(f"{command.name} is not a unit_of_work service")
    return {(c.name, c.version): c for c in commands}


COMMANDS: dict[tuple[str, int], Command] = _registry(
    Command("claim_customers", 1, Ids, lifecycle.claim_customers),
    Command("release_customers", 1, Release, lifecycle.release_customers),
    Command("assign_customers", 1, Assign, lifecycle.assign_customers),
    Command("void_customers", 1, Void, lifecycle.void_customers),
    Command("close_customers", 1, Close, lifecycle.close_customers),
    Command("archive_customers", 1, Ids, lifecycle.archive_customers),
    Command("reactivate_customers", 1, Reactivate, lifecycle.reactivate_customers),
    Command("lock_customers", 1, Ids, lifecycle.lock_customers),
    Command("unlock_customers", 1, Ids, lifecycle.unlock_customers),
    Command("log_followup", 1, FollowUp, activity.log_followup),
    Command("record_deal", 1, Deal, activity.record_deal),
    Command("add_payment", 1, Payment, activity.add_payment),
    Command("mark_paid", 1, Paid, activity.mark_paid),
    Command("record_return", 1, Return, activity.record_return),
    Command("record_complaint", 1, Complaint, activity.record_complaint),
    Command("update_customer", 1, Edit, customers.update_customer),
    Command("create_customer", 1, NewCustomer, customers.create_customer),
    Command("merge_customers", 1, Merge, duplicates.merge_customers),
    Command("distribute_customers", 1, Distribute, distribution.distribute_customers),
    Command("accept_suggestions", 1, Accept, suggestions.accept_suggestions),
    Command("dismiss_suggestions", 1, Dismiss, suggestions.dismiss_suggestions),
    Command("set_tier_override", 1, TierOverride, grading.set_tier_override),
    Command("import_customers", 1, Import, upload.import_upload),
    Command("save_mapping", 1, SavedMapping, mapping.save_mapping),
    Command("sweep_now", 1, Sweep, pools.sweep_now),
    Command("regrade", 1, Nothing, grading.regrade),
    Command("update_rules", 1, PoolRules, pools.update_rules),
    Command("create_pool", 1, NewPool, pools.create_pool),
    Command("set_member", 1, Member, pools.set_member),
    Command("update_grading_rules", 1, Changes, grading.update_grading_rules),
    Command("update_suggestion_rules", 1, Changes, suggestions.update_suggestion_rules),
    Command("update_warning_rules", 1, Changes, risk.update_warning_rules),
    Command("add_reason", 1, NewReason, reasons.add_reason),
    Command("rename_reason", 1, RenameReason, reasons.rename_reason),
    Command("move_reason", 1, MoveReason, reasons.move_reason),
    Command("retire_reason", 1, ReasonCode, reasons.retire_reason),
    Command("reinstate_reason", 1, ReasonCode, reasons.reinstate_reason),
    Command("add_rep", 1, NewRep, auth.add_person),
    Command("update_rep", 1, RepChanges, team.update_rep),
    Command("set_password", 1, Password, auth.set_password),
    Command("revoke_device", 1, Revoke, devices.revoke_device),
)


def find(name: str, version: int) -> Command:
    command = COMMANDS.get((name, version))
    if command is None:
        raise InvalidValue(field="name", why=f"no command '{name}' of version {version}")
    return command


def to_json(value: Any) -> Any:
    """A service's result or an error's facts as plain JSON values; a result that has
    its command line's JSON (`as_json`) answers that, so a script reads the same keys
    from a local run and from the server."""
    if callable(getattr(value, "as_json", None)) and not isinstance(value, type):
        return to_json(value.as_json())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def refusal(error: CrmdeskError) -> dict[str, Any]:
    """An error as the command line prints it: code, facts and both languages; an edit
    conflict adds theirs and yours per field, a refused import its report."""
    answer = {
        "code": error.code,
        "params": to_json(error.facts),
        "message": {"en": error.message("en"), "zh": error.message("zh")},
    }
    if isinstance(error, EditConflict):
        answer["conflicts"] = to_json(error.conflicts)
    extra = getattr(error, "answer", None)  # a refused import: its report and rejected rows
    if isinstance(extra, dict):
        answer["report"] = to_json(extra)
    return answer
