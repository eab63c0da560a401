"""What every route declares: a session on the server's database and the token's person.

Routers in other modules (views, reads) import these, so each area of the server keeps
its routes in its own file and all of them authenticate the same way.
"""

# No `from __future__ import annotations`: FastAPI reads these annotations at run time.

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from crmdesk.core import devices
from crmdesk.core.devices import Caller, NotSignedIn
from crmdesk.storage.engine import Database

bearer = HTTPBearer(auto_error=False)


def database(request: Request) -> Database:
    """The server's database, set by create_app."""
    return request.app.state.database


def get_session(request: Request) -> Iterator[Session]:
    with database(request).session() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def current_person(
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Caller:
    """The token's person and device; 401 without a valid token."""
    if credentials is None:
        raise NotSignedIn()
    return devices.authenticate(session, credentials.credentials)


Person = Annotated[Caller, Depends(current_person)]
