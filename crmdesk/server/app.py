"""The HTTP routes: thin handlers that authenticate, parse, call core, and answer.

Every route but sign-in needs `Authorization: Bearer <token>`; the person behind the
token is the actor of everything the request does. Refusals are answered as the command
line prints them: {code, params, message: {en, zh}}, with a status that fits.
"""

# No `from __future__ import annotations`: FastAPI reads the annotations of the
# dependencies made inside create_app at run time, and could not resolve them as strings.

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from crmdesk.core import commands, devices
from crmdesk.core.devices import NotSignedIn, SignInThrottled
from crmdesk.core.errors import (
    CrmdeskError,
    InvalidValue,
    NotFound,
    PermissionDenied,
    SignInFailed,
)
from crmdesk.core.models import Rep
from crmdesk.server import reads, views
from crmdesk.server.deps import Person, SessionDep
from crmdesk.server.push import ClientOfAnotherDevice, Pushed, push_batch
from crmdesk.storage.engine import Database

MAX_BATCH = 1000


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SignInBody(Body):
    name: str = Field(max_length=100)
    password: str = Field(max_length=1024)
    device: str = Field(max_length=100)


class PushedCommand(Body):
    seq: int = Field(ge=1)
    name: str = Field(max_length=50)
    version: int = Field(ge=1)
    args: dict[str, Any] = {}


class PushBody(Body):
    client_id: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    commands: list[PushedCommand] = Field(max_length=MAX_BATCH)


def _status(error: CrmdeskError) -> int:
    if isinstance(error, NotSignedIn | SignInFailed):
        return 401
    if isinstance(error, SignInThrottled):
        return 429
    if isinstance(error, NotFound):
        return 404
    if isinstance(error, PermissionDenied | ClientOfAnotherDevice):
        return 403
    return 400


def _person(rep: Rep) -> dict[str, Any]:
    return {"id": rep.id, "name": rep.name, "role": rep.role}


def create_app(database: Database) -> FastAPI:
    """The server's application over a migrated database."""
    app = FastAPI(title="CRMDesk team server", docs_url=None, redoc_url=None)
    app.state.database = database
    views.track_changes(database)
    app.include_router(views.router)
    app.include_router(reads.router)

    @app.exception_handler(CrmdeskError)
    async def refused(_request: Request, error: CrmdeskError) -> JSONResponse:
        status = _status(error)
        headers = {}
        if status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        if isinstance(error, SignInThrottled):
            headers["Retry-After"] = str(error.facts["minutes"] * 60)
        return JSONResponse(commands.refusal(error), status_code=status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def malformed(_request: Request, error: RequestValidationError) -> JSONResponse:
        """A body that does not fit its model, answered like any refusal (and without
        echoing what was sent: it may hold a password)."""
        first = error.errors()[0] if error.errors() else {"loc": (), "msg": "malformed"}
        field = ".".join(str(part) for part in first["loc"] if part != "body") or "body"
        refusal = InvalidValue(field=field, why=first["msg"])
        return JSONResponse(commands.refusal(refusal), status_code=422)

    @app.post("/sign-in")
    def sign_in(body: SignInBody, request: Request, session: SessionDep) -> dict[str, Any]:
        address = request.client.host if request.client else "unknown"
        signed = devices.sign_in(session, body.name, body.password, body.device, address)
        rep = session.get(Rep, signed.rep_id)
        assert rep is not None
        return {"token": signed.token, "device_id": signed.device_id, "person": _person(rep)}

    @app.get("/me")
    def me(person: Person, session: SessionDep) -> dict[str, Any]:
        rep = session.get(Rep, person.rep_id)
        assert rep is not None
        return {**_person(rep), "device_id": person.device_id}

    @app.get("/devices")
    def list_devices(person: Person, session: SessionDep) -> list[dict[str, Any]]:
        return commands.to_json(devices.list_devices(session, person.rep_id))

    @app.post("/devices/{device_id}/revoke")
    def revoke(device_id: int, person: Person, session: SessionDep) -> dict[str, Any]:
        devices.revoke_device(session, device_id, person.rep_id)
        return {"revoked": device_id}

    @app.get("/commands")
    def list_commands(person: Person) -> list[dict[str, Any]]:
        return [
            {"name": c.name, "version": c.version, "args": c.args.model_json_schema()}
            for c in commands.COMMANDS.values()
        ]

    @app.post("/push")
    def push(body: PushBody, person: Person, session: SessionDep) -> dict[str, Any]:
        batch = [Pushed(c.seq, c.name, c.version, c.args) for c in body.commands]
        return push_batch(session, person, body.client_id, batch)

    return app
