"""Starting the team server (`crmdesk serve`, `python -m crmdesk.server`): migrate, start
the scheduled rules (crmdesk.server.schedule), then serve.

The database URL (it holds the database password) comes from the CRMDESK_DB variable
or from a file only its owner may read (`--db-file`, mode 0600 or 0400), never from the
command line alone, where every user of the machine could read it in the process list.
"""

from __future__ import annotations

import argparse
import logging
import os
import stat
from datetime import timedelta
from pathlib import Path

from crmdesk.core.errors import InvalidValue
from crmdesk.storage.engine import ENV_VAR, Database, set_on_connect

DEFAULT_PORT = 8765
DEFAULT_RULES_MINUTES = 60.0


def database_url(db_file: str | None) -> str:
    """The URL from --db-file (which must be private to its owner) or CRMDESK_DB."""
    if db_file:
        path = Path(db_file).expanduser()
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & 0o077:
                raise InvalidValue(
                    field="--db-file",
                    why=f"{path} has mode {mode:o}; make it readable by its owner only "
                    f"(chmod 600 {path})",
                )
            url = path.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise InvalidValue(field="--db-file", why=error.strerror or str(error)) from None
        if not url:
            raise InvalidValue(field="--db-file", why=f"{path} is empty")
        return url
    url = os.environ.get(ENV_VAR, "").strip()
    if not url:
        raise InvalidValue(
            field="database", why=f"set {ENV_VAR} or give --db-file (a file with mode 0600)"
        )
    return url


def serve(
    host: str,
    port: int,
    tls_cert: str | None = None,
    tls_key: str | None = None,
    *,
    db_file: str | None = None,
    rules_every: float = DEFAULT_RULES_MINUTES,
) -> None:
    """Run the migrations, then the server until it is stopped, with the rules every
    `rules_every` minutes in the background (0: this process runs no scheduled work)."""
    import uvicorn

    from crmdesk.server.app import create_app
    from crmdesk.server.schedule import RulesSchedule
    from crmdesk.storage.startup import open_database

    if bool(tls_cert) != bool(tls_key):
        raise InvalidValue(field="--tls-cert/--tls-key", why="give both or neither")
    if rules_every < 0:
        raise InvalidValue(field="--rules-every", why="give minutes, 0 or more")
    database, _ = open_database(database_url(db_file))
    _one_core_a_statement(database)
    _log_to_stderr()
    schedule = None
    if rules_every > 0:
        schedule = RulesSchedule(database, timedelta(minutes=rules_every))
        schedule.start()
    try:
        uvicorn.run(
            create_app(database),
            host=host,
            port=port,
            ssl_certfile=tls_cert,
            ssl_keyfile=tls_key,
            log_level="info",
        )
    finally:
        if schedule is not None:
            schedule.stop()
        database.dispose()


def _one_core_a_statement(database: Database) -> None:
    """PostgreSQL may give one statement parallel workers on every core: on the 2-core
    benchmark machine one desk's search then held both cores and 29 others waited (p95
    of a search 117 ms, of a command 63 ms; with one core a statement 75 and 53). A
    server answers many desks at once, so each of its statements keeps to one core."""
    if database.engine.dialect.name != "postgresql":
        return
    set_on_connect(database.engine, max_parallel_workers_per_gather="0")
    database.engine.dispose()  # the migrations' connections open again with it


def _log_to_stderr() -> None:
    """The server's own lines (what each scheduled run did) next to uvicorn's."""
    logger = logging.getLogger("crmdesk")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--tls-cert", help="certificate file (PEM) to serve HTTPS")
    parser.add_argument("--tls-key", help="its private key file (PEM)")
    parser.add_argument(
        "--db-file", help=f"file holding the database URL, mode 0600 (else {ENV_VAR})"
    )
    parser.add_argument(
        "--rules-every",
        type=float,
        default=DEFAULT_RULES_MINUTES,
        metavar="MINUTES",
        help="run the reclaim sweep and warnings at start and then this often; once per "
        "team however many server processes (0: not in this process)",
    )


def serve_as_told(args: argparse.Namespace) -> None:
    """`serve` with the options `add_arguments` declared."""
    serve(
        args.host,
        args.port,
        args.tls_cert,
        args.tls_key,
        db_file=args.db_file,
        rules_every=args.rules_every,
    )
