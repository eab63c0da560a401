"""The team server from a desk or the command line: an HTTP client, the token store and
the signed-in account with its commands' numbers.

`Client` makes one request at a time with the token and turns every failure into one
CrmdeskError: `ServerUnreachable` when no answer came (refused connection, timeout,
TLS), `ServerRefused` carrying the server's own code, facts and both languages, or
`ServerFailed` for an answer that is no refusal (a proxy's page, a crash).

`Account` is who is signed in where, kept in a 0600 JSON file in a 0700 folder (sign-in/
in the user's config folder, or in CRMDESK_CONFIG_DIR): the server, the person, the device, the
client id its pushes carry and the last sequence number used. The token itself goes to
the system keyring (service "crmdesk", one entry per server and name) and only where
there is no usable keyring into a 0600 file beside it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import httpx
import platformdirs

from crmdesk.core.errors import CrmdeskError, InvalidValue, NotSignedIn
from crmdesk.storage.engine import PRIVATE_FOLDER, create_private_file, make_private_folder

CONFIG_ENV = "CRMDESK_CONFIG_DIR"
SERVICE = "crmdesk"
ACCOUNT_FILE = "signed-in.json"
TIMEOUT = 30.0
LONG_TIMEOUT = 3600.0  # an import or an export of a million rows
KEYRING, FILE = "keyring", "file"
ROWS_HEADER = "X-Crmdesk-Rows"  # how many customers an export holds


class ServerUnreachable(CrmdeskError):
    """No answer: the server is down, the address wrong, the network gone, TLS refused."""

    code = "server_unreachable"


class ServerFailed(CrmdeskError):
    """An answer that is not one of the server's refusals."""

    code = "server_failed"


class CommandSkipped(CrmdeskError):
    code = "command_skipped"


class ServerRefused(CrmdeskError):
    """The server's refusal as it worded it: its code, facts and both languages."""

    def __init__(self, answer: dict[str, Any]) -> None:
        self.code = str(answer.get("code") or "refused")  # type: ignore[misc]
        self.messages: dict[str, str] = dict(answer.get("message") or {})
        self.answer = answer
        super().__init__(**dict(answer.get("params") or {}))

    def message(self, lang: str = "en") -> str:
        key = "zh" if lang.startswith("zh") else "en"
        return self.messages.get(key) or self.messages.get("en") or self.code


def server_url(text: str) -> str:
    """The server's base URL; https unless a scheme is given."""
    url = text.strip().rstrip("/")
    if "://" not in url:
        url = f"https://{url}"
    if not url.startswith(("http://", "https://")) or url.split("://", 1)[1] in ("", "/"):
        raise InvalidValue(field="SERVER", why=f"not a server address: {text!r}")
    return url


class Client:
    """Requests to one server, as the holder of `token` (None: only sign-in works)."""

    def __init__(
        self,
        server: str,
        token: str | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.server = server_url(server)
        self.token = token
        self.transport = transport

    def request(
        self,
        method: str,
        path: str,
        *,
        timeout: float = TIMEOUT,
        into: BinaryIO | None = None,
        **kwargs: Any,
    ) -> httpx.Response:
        """The answer (its body read, or with `into` a success's body written there as it
        arrives); a failure raised as one CrmdeskError."""
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            http = httpx.Client(base_url=self.server, timeout=timeout, transport=self.transport)
            with http, http.stream(method, path, headers=headers, **kwargs) as answer:
                if answer.is_success and into is not None:
                    for chunk in answer.iter_bytes():
                        into.write(chunk)
                else:
                    answer.read()
        except (httpx.TransportError, httpx.InvalidURL) as error:
            text = str(error).strip()
            detail = text.splitlines()[0] if text else type(error).__name__
            raise ServerUnreachable(server=self.server, detail=detail) from None
        if answer.is_success:
            return answer
        try:
            body = answer.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and "code" in body and "message" in body:
            raise ServerRefused(body)
        raise ServerFailed(server=self.server, status=answer.status_code)

    def _json(self, answer: httpx.Response) -> Any:
        """The answer's JSON; an answer that is none (a proxy's page) is ServerFailed."""
        try:
            return answer.json()
        except ValueError:
            raise ServerFailed(server=self.server, status=answer.status_code) from None

    def get(self, path: str, **params: Any) -> Any:
        return self._json(self.request("GET", path, params=_params(params)))

    def post(self, path: str, body: Any = None, *, timeout: float = TIMEOUT) -> Any:
        return self._json(self.request("POST", path, json=body, timeout=timeout))

    def download(self, path: str, into: BinaryIO, **params: Any) -> httpx.Response:
        """A file the server builds (an export), written to `into` as it arrives; the
        answer's headers say what it holds."""
        return self.request("GET", path, params=_params(params), timeout=LONG_TIMEOUT, into=into)

    def sign_in(self, name: str, password: str, device: str) -> dict[str, Any]:
        """{token, device_id, person: {id, name, role}}."""
        return self.post("/sign-in", {"name": name, "password": password, "device": device})

    def push(
        self, client_id: str, commands: list[dict[str, Any]], *, timeout: float = TIMEOUT
    ) -> dict[str, Any]:
        """Send a batch ({seq, name, version, args} each); the answer holds each one's
        outcome and the client's last settled seq."""
        body = {"client_id": client_id, "commands": commands}
        return self.post("/push", body, timeout=timeout)

    def pull(
        self, cookie: str | None, *, limit: int | None = None, timeout: float = LONG_TIMEOUT
    ) -> dict[str, Any]:
        """One page of the person's view changed since `cookie` (None: from the start);
        the answer's shape is server/views.py's."""
        body: dict[str, Any] = {"cookie": cookie}
        if limit is not None:
            body["limit"] = limit
        return self.post("/pull", body, timeout=timeout)


def _params(params: dict[str, Any]) -> dict[str, Any]:
    """Query parameters without the ones not given (None or an empty list)."""
    return {k: v for k, v in params.items() if v is not None and v != []}


# --- where the sign-in is kept ----------------------------------------------------------


def config_dir() -> Path:
    """CRMDESK_CONFIG_DIR, else the user's config folder for CRMDesk."""
    given = os.environ.get(CONFIG_ENV)
    if given:
        return Path(given)
    return Path(platformdirs.user_config_dir("CRMDesk", appauthor=False))


def sign_in_dir() -> Path:
    """The folder of the sign-in and of a token kept in a file, only its owner's (0700).
    A folder of its own: the config folder may be Qt's, made readable by all."""
    return config_dir() / "sign-in"


def _private_folder() -> Path:
    folder = sign_in_dir()
    make_private_folder(folder)
    folder.chmod(PRIVATE_FOLDER)  # ours alone, even if something made it looser
    return folder


def _write_private(path: Path, text: str) -> None:
    """Write a 0600 file whole: a crash leaves the old contents or the new, never half."""
    part = path.with_name(f".{path.name}.part")
    part.unlink(missing_ok=True)
    create_private_file(part)
    part.write_text(text, encoding="utf-8")
    os.replace(part, path)


def _keyring() -> Any:
    """The keyring module when a real backend is there; None for the fail and null
    backends (a server or a container without a secret service)."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is no keyring
        return None
    if isinstance(backend, fail.Keyring | null.Keyring) or backend.priority <= 0:
        return None
    return keyring


@contextmanager
def _one_push_at_a_time() -> Iterator[None]:
    """An exclusive lock on a file in the sign-in folder, held while a command is
    numbered and pushed (POSIX flock; where there is none, e.g. Windows, no lock)."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    path = _private_folder() / "push.lock"
    create_private_file(path)
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@dataclass
class Account:
    """Who is signed in to which server from here, and this device's command numbers."""

    server: str
    name: str
    person_id: int
    role: str
    device_id: int
    token_store: str
    client_id: str = field(default_factory=lambda: f"cli-{secrets.token_hex(8)}")
    last_seq: int = 0
    # The command sent last whose answer never came: its number and a digest of it, so
    # sending it again reuses the number and the server answers what it did the first time.
    pending: dict[str, Any] | None = None

    @property
    def user(self) -> str:
        return f"{self.name}@{self.server}"

    @property
    def token_file(self) -> Path:
        digest = hashlib.sha256(self.user.encode("utf-8")).hexdigest()[:16]
        return sign_in_dir() / f"token-{digest}"

    @classmethod
    def load(cls) -> Account | None:
        path = sign_in_dir() / ACCOUNT_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(**data)
        except FileNotFoundError:
            return None
        except (ValueError, TypeError):
            raise InvalidValue(
                field=str(path), why="is damaged; sign in again with crmdesk login"
            ) from None

    def save(self) -> None:
        _write_private(_private_folder() / ACCOUNT_FILE, json.dumps(asdict(self), indent=2))

    def keep_token(self, token: str) -> None:
        """In the keyring where there is one that works, else in a 0600 file."""
        keyring = _keyring()
        if keyring is not None:
            try:
                keyring.set_password(SERVICE, self.user, token)
                if keyring.get_password(SERVICE, self.user) == token:
                    self.token_store = KEYRING
                    self.token_file.unlink(missing_ok=True)
                    return
            except Exception:  # locked, denied, no D-Bus: the file instead
                pass
        _private_folder()
        _write_private(self.token_file, token)
        self.token_store = FILE

    def token(self) -> str:
        """The kept token; NotSignedIn when it is gone."""
        found = None
        if self.token_store == KEYRING:
            keyring = _keyring()
            try:
                found = keyring.get_password(SERVICE, self.user) if keyring else None
            except Exception:
                found = None
        else:
            try:
                found = self.token_file.read_text(encoding="utf-8").strip()
            except FileNotFoundError:
                found = None
        if not found:
            raise NotSignedIn()
        return found

    def forget(self) -> None:
        """Drop the token and the sign-in from this machine."""
        keyring = _keyring() if self.token_store == KEYRING else None
        if keyring is not None:
            with contextlib.suppress(Exception):  # already gone
                keyring.delete_password(SERVICE, self.user)
        self.token_file.unlink(missing_ok=True)
        (sign_in_dir() / ACCOUNT_FILE).unlink(missing_ok=True)

    def client(self, transport: httpx.BaseTransport | None = None) -> Client:
        return Client(self.server, self.token(), transport=transport)

    def run(
        self,
        client: Client,
        name: str,
        version: int,
        args: dict[str, Any],
        *,
        timeout: float = TIMEOUT,
    ) -> Any:
        """Push one command and answer its result; a refusal raises ServerRefused.

        The number is saved before the command leaves, and the pending mark is cleared
        only once an answer came: the same command sent again after a lost answer goes
        with the same number, and the server answers what it did then, applying it once.
        Two runs at once (two scripts) push one after the other, each with the numbers
        as the other left them: otherwise the later number could arrive first and the
        server would skip the earlier one.
        """
        sent = json.dumps([name, version, args], sort_keys=True, ensure_ascii=False)
        # keyed with the token: the file then tells nothing of what was sent (a password)
        digest = hmac.new((client.token or "").encode(), sent.encode(), "sha256").hexdigest()
        with _one_push_at_a_time():
            saved = Account.load()
            if saved is not None and saved.client_id == self.client_id:
                self.last_seq, self.pending = saved.last_seq, saved.pending
            if self.pending and self.pending.get("digest") == digest:
                seq = int(self.pending["seq"])
            else:
                self.last_seq += 1
                seq = self.last_seq
                self.pending = {"seq": seq, "digest": digest}
                self.save()
            command = {"seq": seq, "name": name, "version": version, "args": args}
            answer = client.push(self.client_id, [command], timeout=timeout)
            self.pending = None
            self.save()
        (result,) = answer["results"]
        if result["outcome"] == "applied":
            return result.get("result")
        if result["outcome"] == "skipped":
            raise CommandSkipped(seq=seq)
        raise ServerRefused(result.get("error") or {"code": result["outcome"]})
