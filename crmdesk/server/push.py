"""Applying a pushed batch of commands: each once, in order, each in its own transaction.

The shape is Replicache's push (STYLE.md): a client (one outbox of one device) numbers
its commands; the server keeps, per client, the last number it has settled and, per
command, its outcome. For each command, in one transaction:

- the client's row is locked (PostgreSQL; SQLite's write transaction already is), so
  two pushes of one client, even to two server processes, settle one after the other;
- a (client, seq) already recorded is answered with its stored outcome, not applied;
- a seq at or below the client's last one that was never recorded is answered
  `skipped` and never applied (the client moved past it: applying it now would run it
  after commands that came later);
- a seq may jump ahead of the last one (a client that dropped a command it never
  sent); the numbers in between are then behind, and skipped if they come later;
- otherwise the service runs (its body, inside this transaction) and the outcome row and
  the client's new last seq are written in the same commit as its effect, so a crash
  cannot apply a command without recording it, nor record it without its effect.

A command refused for a reason the user caused (a CrmdeskError: refused, or conflict
for an edit based on stale values) is rolled back and then recorded, with the client's
last seq advanced, in a second transaction: otherwise the client would resend it
forever. Anything else (a bug, the database gone) is not recorded and stops the batch;
what came before it is settled, the client resends the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crmdesk.core import clock, commands
from crmdesk.core.devices import Caller
from crmdesk.core.errors import ClientOfAnotherDevice, CrmdeskError, EditConflict
from crmdesk.core.models import ClientCommand, SyncClient
from crmdesk.core.uow import unit_of_work

APPLIED, REFUSED, CONFLICT, SKIPPED = "applied", "refused", "conflict", "skipped"


@dataclass(frozen=True)
class Pushed:
    """One command as a client sends it."""

    seq: int
    name: str
    version: int
    args: Any


@unit_of_work
def _bind(session: Session, client_id: str, device_id: int) -> None:
    client = session.get(SyncClient, client_id)
    if client is None:
        session.add(SyncClient(id=client_id, device_id=device_id, last_seq=0))
    elif client.device_id != device_id:
        raise ClientOfAnotherDevice(client_id=client_id)


def bind_client(session: Session, client_id: str, device_id: int) -> None:
    """The client id becomes this device's at its first push; another device (and so
    another person) using it is refused, so nobody can replay someone else's outbox."""
    try:
        _bind(session, client_id, device_id)
    except IntegrityError:  # the same new client id bound at once by another request
        _bind(session, client_id, device_id)


def _lock(session: Session, client_id: str) -> SyncClient:
    client = session.get(SyncClient, client_id, with_for_update=True)
    assert client is not None  # bound before any command is applied
    return client


def _settled(session: Session, client: SyncClient, seq: int) -> dict[str, Any] | None:
    stored = session.get(ClientCommand, (client.id, seq))
    if stored is not None:
        return {"seq": seq, "outcome": stored.outcome, **stored.answer}
    if seq <= client.last_seq:
        return {"seq": seq, "outcome": SKIPPED}
    return None


def _record(
    session: Session, client: SyncClient, command: Pushed, outcome: str, answer: dict[str, Any]
) -> dict[str, Any]:
    session.add(
        ClientCommand(
            client_id=client.id,
            seq=command.seq,
            name=str(command.name)[:50],
            version=command.version,
            outcome=outcome,
            answer=answer,
            at=clock.now(),
        )
    )
    client.last_seq = command.seq
    return {"seq": command.seq, "outcome": outcome, **answer}


@unit_of_work
def _apply(
    session: Session,
    client_id: str,
    command: Pushed,
    spec: commands.Command,
    args: dict[str, Any],
    actor: int,
) -> dict[str, Any]:
    client = _lock(session, client_id)
    settled = _settled(session, client, command.seq)
    if settled is not None:
        return settled
    result = spec.call_within(session, args, actor)
    return _record(session, client, command, APPLIED, {"result": commands.to_json(result)})


@unit_of_work
def _refuse(
    session: Session, client_id: str, command: Pushed, error: CrmdeskError
) -> dict[str, Any]:
    client = _lock(session, client_id)
    settled = _settled(session, client, command.seq)
    if settled is not None:
        return settled
    outcome = CONFLICT if isinstance(error, EditConflict) else REFUSED
    return _record(session, client, command, outcome, {"error": commands.refusal(error)})


def push_batch(
    session: Session, caller: Caller, client_id: str, batch: list[Pushed]
) -> dict[str, Any]:
    """Settle a batch in order; the answer lists each command's outcome and the client's
    last settled seq."""
    bind_client(session, client_id, caller.device_id)
    results = []
    for command in batch:
        try:
            spec = commands.find(command.name, command.version)
            args = spec.parse(command.args)
            results.append(_apply(session, client_id, command, spec, args, caller.rep_id))
        except CrmdeskError as error:
            results.append(_refuse(session, client_id, command, error))
    last = session.scalar(select(SyncClient.last_seq).where(SyncClient.id == client_id))
    session.rollback()
    return {"last_seq": last, "results": results}
