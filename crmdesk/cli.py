"""Headless commands for scripts, schedulers and benchmarks (DESIGN.md "Command line").

Exit status: 0 success, 1 a handled error (one line on stderr, nothing changed),
2 usage. A user's mistake never prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import locale
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from crmdesk import __version__
from crmdesk.core import clock
from crmdesk.core.errors import (
    CrmdeskError,
    DatabaseTooNew,
    FirstPersonNotManager,
    InvalidValue,
    NotFound,
    NotSignedIn,
)
from crmdesk.core.models import STAGES, STATUSES, TIERS
from crmdesk.core.risk import WARNING_BITS
from crmdesk.storage.engine import ENV_VAR, Database, resolve_url, sqlite_path

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
REPORT_NAMES = ("reasons", "pool_flow", "tiers", "funnel", "warnings", "workload")
PERSON_KEYS = ("id", "name", "role", "active", "region", "capacity", "owned")


def user_language() -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "zh" if (locale.getlocale()[0] or "").lower().startswith("zh") else "en"


def parse_now(value: str) -> datetime:
    """`--now 2026-12-01` means the start of that day; a time may follow (T10:30)."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {value!r} (use YYYY-MM-DD)") from None
    if moment.tzinfo is not None:
        raise argparse.ArgumentTypeError(f"give the team's local time, without a zone: {value!r}")
    return moment


MAX_DEMO = 10_000_000


def demo_size(value: str) -> int:
    """Up to ten million: a bigger demo would fill the disk long before it finished."""
    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_DEMO:
        raise argparse.ArgumentTypeError(f"not a whole number from 0 to {MAX_DEMO:,}: {value!r}")
    return number


def emit(payload: dict[str, Any]) -> None:
    print(json.dumps(payload, ensure_ascii=False, default=str))


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Database]:
    from crmdesk.storage.startup import open_database

    database, _ = open_database(args.db)
    try:
        yield database
    finally:
        database.dispose()


@contextmanager
def terminal_progress(label: str, enabled: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on a terminal; silent when stderr is a pipe or a file."""
    if not (enabled and sys.stderr.isatty()):
        yield None
        return
    from tqdm import tqdm

    bar = tqdm(desc=label, unit="row", file=sys.stderr)

    def update(done: int, total: int) -> None:
        bar.total = total
        bar.n = done
        bar.refresh()

    try:
        yield update
    finally:
        bar.close()


def capacity_value(value: str) -> int:
    """Checked here, so that nothing is added when a value would be refused later."""
    from crmdesk.core.team import MAX_CAPACITY

    try:
        number = int(value)
    except ValueError:
        number = -1
    if not 0 <= number <= MAX_CAPACITY:
        raise argparse.ArgumentTypeError(
            f"not a whole number from 0 to {MAX_CAPACITY:,}: {value!r}"
        )
    return number


def region_value(value: str) -> str | None:
    from crmdesk.core.team import REGION_LENGTH

    if len(value.strip()) > REGION_LENGTH:
        raise argparse.ArgumentTypeError(f"at most {REGION_LENGTH} characters: {value!r}")
    return value.strip() or None


# --- commands ------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from crmdesk.core.demo import fill_demo

    with (
        opened(args) as database,
        database.session() as session,
        terminal_progress("demo", not args.json) as progress,
    ):
        result = fill_demo(session, args.customers, seed=args.seed, now=args.now, progress=progress)
    if args.json:
        emit(vars(result))
    else:
        print(
            f"{result.customers} demo customers, {result.followups} follow-ups, "
            f"{result.deals} deals, {result.reps} reps in {result.seconds:.1f} s"
        )
    return EXIT_OK


def cmd_sweep(args: argparse.Namespace) -> int:
    """With --pool, one pool's rules: the number Settings previews for that pool."""
    from crmdesk.core.pools import all_reclaim_rules, sweep
    from crmdesk.core.search import pool_names, resolve_pool

    with opened(args) as database, database.session() as session:
        rules = None
        if args.pool is not None:
            pool_id = resolve_pool(session, args.pool)
            rules = [r for r in all_reclaim_rules(session) if r.pool_id == pool_id]
        result = sweep(session, now=args.now, dry_run=args.dry_run, rules=rules)
        names = pool_names(session)
    return show_sweep(args, result.as_json(), names)


def show_sweep(args: argparse.Namespace, result: dict[str, Any], names: dict[int, str]) -> int:
    if args.json:
        emit(result)
        return EXIT_OK
    verb = "would reclaim" if args.dry_run else "reclaimed"
    print(f"{verb} {result['reclaimed']}, warned {result['warned']} ({result['seconds']:.2f} s)")
    for pool_id, n in sorted(result["by_pool"].items(), key=lambda item: int(item[0])):
        print(f"  {names.get(int(pool_id), pool_id)}: {n}")
    return EXIT_OK


def _server_clock(args: argparse.Namespace) -> None:
    if args.now is not None:
        raise InvalidValue(field="--now", why="through the team server, the server's clock decides")


def remote_sweep(args: argparse.Namespace, account: Any) -> int:
    """A preview is a read; the sweep itself the command sweep_now, as the signed-in
    person (a pool's admin with --pool, a manager for every pool)."""
    from crmdesk.sync.client import LONG_TIMEOUT

    _server_clock(args)
    client = account.client()
    pools = _server_team(client)["pools"]
    pool_id = _id_by_name(pools, "pool", args.pool)
    if args.dry_run:
        result = client.get("/sweep", pool=str(pool_id) if pool_id is not None else None)
    else:
        result = account.run(client, "sweep_now", 1, {"pool_id": pool_id}, timeout=LONG_TIMEOUT)
    return show_sweep(args, result, {p["id"]: p["name"] for p in pools})


def cmd_stats(args: argparse.Namespace) -> int:
    from crmdesk.core.stats import customer_stats

    with opened(args) as database, database.session() as session:
        stats = customer_stats(session)
    return show_stats(args, stats)


def show_stats(args: argparse.Namespace, stats: dict[str, Any]) -> int:
    if args.json:
        emit(stats)
    else:
        for key, value in stats.items():
            print(f"{key}: {value}")
    return EXIT_OK


def cmd_grade(args: argparse.Namespace) -> int:
    """Re-grade, then refresh warnings: both read the same records, and a scheduler
    running this nightly keeps tiers, warnings and risk scores current."""
    from crmdesk.core.grading import grade
    from crmdesk.core.risk import refresh_warnings, warnings_per_rule

    with opened(args) as database, database.session() as session:
        result = grade(session, dry_run=args.dry_run, now=args.now)
        if not args.dry_run:
            refresh_warnings(session, now=args.now)
        warned = warnings_per_rule(session)
    return show_grade(args, {**result.as_json(), "warnings": warned})


def show_grade(args: argparse.Namespace, payload: dict[str, Any]) -> int:
    if args.json:
        emit(payload)
    else:
        verb = "would move" if args.dry_run else "moved"
        tiers = ", ".join(f"{t} {n}" for t, n in payload["by_tier"].items())
        print(
            f"{verb} {payload['moved']} customers between tiers ({tiers}) "
            f"in {payload['seconds']:.2f} s"
        )
    return EXIT_OK


def remote_grade(args: argparse.Namespace, account: Any) -> int:
    """A preview is a read; re-grading the command regrade (managers). The server's
    schedule refreshes the warnings; the counts are as of its last refresh."""
    from crmdesk.sync.client import LONG_TIMEOUT

    _server_clock(args)
    client = account.client()
    if args.dry_run:
        result = client.get("/grade")
    else:
        result = account.run(client, "regrade", 1, {}, timeout=LONG_TIMEOUT)
    return show_grade(args, {**result, "warnings": client.get("/warnings")})


def _filters(session: Any, args: argparse.Namespace) -> Any:
    from crmdesk.core.search import Filters, resolve_pool, resolve_rep

    owner = 0 if args.owner in ("none", "无") else resolve_rep(session, args.owner)
    return Filters(
        status=tuple(args.status) if args.status else None,
        owner=owner,
        pool=resolve_pool(session, args.pool),
        tier=tuple(args.tier) if args.tier else None,
        warning=args.warning,
        region=args.region,
        industry=args.industry,
        stage=tuple(args.stage) if args.stage else None,
    )


def cmd_search(args: argparse.Namespace) -> int:
    from crmdesk.core.search import count, owner_names, search, stamp

    with opened(args) as database, database.session() as session:
        filters = _filters(session, args)
        page = search(
            session,
            args.query,
            filters,
            sort=args.sort,
            descending=not args.asc,
            offset=args.offset,
            limit=args.limit,
        )
        total = count(session, args.query, filters)
        names = owner_names(session)
    rows = [{**stamp(r), "owner": names.get(r["owner_id"])} for r in page.rows]
    return show_found(args, {"total": total, "results": rows, "seconds": round(page.seconds, 4)})


def show_found(args: argparse.Namespace, found: dict[str, Any]) -> int:
    """A search's first page and total, from this database or from the server."""
    if args.json:
        emit(found)
        return EXIT_OK
    for r in found["results"]:
        print(
            f"{r['id']:>8}  {r['company']}  {r['contact'] or ''}  {r['phone'] or ''}  "
            f"{r['status']}  {r['owner'] or ''}  {r['tier']}"
        )
    more = "+" if found.get("total_more") else ""
    print(f"{found['total']}{more} found; first page in {found['seconds'] * 1000:.0f} ms")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from crmdesk.core.reports import run_report

    with opened(args) as database, database.session() as session:
        data = run_report(session, args.name, since=args.since, until=args.until, now=args.now)
    return show_report(args, data)


def show_report(args: argparse.Namespace, data: dict[str, Any]) -> int:
    emit(data) if args.json else print(json.dumps(data, ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_duplicates(args: argparse.Namespace) -> int:
    from crmdesk.core.duplicates import find_duplicates

    with opened(args) as database, database.session() as session:
        result = find_duplicates(session)
    groups = [
        {"customers": g.customer_ids, "keys": [list(k) for k in g.keys]} for g in result.groups
    ]
    if args.json:
        emit(
            {
                "groups": len(groups),
                "customers": result.customers,
                "seconds": round(result.seconds, 3),
                "first": groups[: args.limit],
            }
        )
    else:
        for g in groups[: args.limit]:
            print(
                " ".join(map(str, g["customers"])),
                "  ",
                "; ".join(f"{k}={v}" for k, v in g["keys"]),
            )
        print(f"{len(groups)} groups, {result.customers} customers in {result.seconds:.2f} s")
    return EXIT_OK


def cmd_cleanup(args: argparse.Namespace) -> int:
    from crmdesk.core.suggestions import cleanup_counts, cleanup_queue, suggestion_counts

    lang = user_language()
    with opened(args) as database, database.session() as session:
        counts = cleanup_counts(session, now=args.now)
        rules = suggestion_counts(session, now=args.now)
        items = cleanup_queue(session, kind=args.kind, limit=args.limit, now=args.now, lang=lang)
    if args.json:
        emit({"queue": counts, "suggestions": rules, "items": [vars(i) for i in items]})
    else:
        for i in items:
            print(f"{i.customer_id:>8}  {i.kind:<11}  {i.company}  {i.why}")
        print(", ".join(f"{k} {n}" for k, n in counts.items()))
    return EXIT_OK


def _sqlite_file(args: argparse.Namespace) -> Path:
    database = Database(resolve_url(args.db))
    try:
        path = sqlite_path(database.engine)
    finally:
        database.dispose()
    if path is None:
        raise InvalidValue(
            field=args.command,
            why="a PostgreSQL server is backed up and restored on the server (pg_dump)",
        )
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    """Copies the file as it is: no migration, and no new database for a wrong path."""
    from crmdesk.storage.backup import backup_sqlite, default_backup_path
    from crmdesk.storage.startup import sniff_sqlite

    path = _sqlite_file(args)
    if not path.is_file():
        raise InvalidValue(field=str(path), why="no such database file")
    sniff_sqlite(path)
    dest = Path(args.dest) if args.dest else default_backup_path(path, clock.now())
    if dest.is_dir():
        dest = dest / default_backup_path(path, clock.now()).name
    database = Database(resolve_url(args.db))
    try:
        backup_sqlite(database.engine, dest)
    finally:
        database.dispose()
    print(dest)
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """The team server; the database URL comes from CRMDESK_DB or a 0600 --db-file, never
    from --db, which anyone on the machine could read in the process list."""
    from crmdesk.server.serve import serve_as_told

    if args.db:
        raise InvalidValue(
            field="--db", why="crmdesk serve takes the database from CRMDESK_DB or --db-file"
        )
    serve_as_told(args)
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from crmdesk.storage.backup import check_crmdesk_file, restore_sqlite
    from crmdesk.storage.migrate import ScriptDirectory, alembic_config

    path = _sqlite_file(args)
    src = Path(args.src)
    check_crmdesk_file(src)
    with closing(sqlite3.connect(f"file:{src}?mode=ro", uri=True)) as con:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision is None or revision[0] not in known:
        raise DatabaseTooNew(revision=revision[0] if revision else "?", head="")
    kept = restore_sqlite(src, path, clock.now())
    with opened(args):
        pass
    print(f"restored {src} -> {path}" + (f" (previous database kept at {kept})" if kept else ""))
    return EXIT_OK


def _actor(session: Any, name: str | None) -> int:
    """Who the command acts as: a named rep, or the team's first manager."""
    from sqlalchemy import select

    from crmdesk.core.models import Rep
    from crmdesk.core.search import resolve_rep

    if name:
        return int(resolve_rep(session, name) or 0)
    found = session.scalar(
        select(Rep.id).where(Rep.role == "manager", Rep.active.is_(True)).order_by(Rep.id)
    )
    if found is None:
        raise InvalidValue(
            field="--as",
            why="the team has no manager yet; add one with crmdesk team add NAME --role manager",
        )
    return int(found)


def cmd_import(args: argparse.Namespace) -> int:
    from crmdesk.core.search import resolve_pool, resolve_rep
    from crmdesk.excel.importer import ImportOptions, import_customers, read_columns
    from crmdesk.excel.mapping import as_saved, load_mapping, save_mapping

    lang = user_language()
    with opened(args) as database, database.session() as session:
        mapping = None
        if args.mapping:
            if Path(args.mapping).suffix.lower() == ".json":
                mapping = json.loads(Path(args.mapping).read_text(encoding="utf-8"))
            else:
                mapping = load_mapping(session, args.mapping)
        options = ImportOptions(
            sheet=args.sheet,
            mapping=mapping,
            on_duplicate=args.on_duplicate,
            owner=resolve_rep(session, args.owner),
            pool=resolve_pool(session, args.pool),
            valid_only=args.valid_only,
            lang=lang,
        )
        actor = _actor(session, args.as_rep)
        if args.save_mapping:
            _, colmap, _ = read_columns(args.file, options)
            save_mapping(session, args.save_mapping, as_saved(colmap), actor)
        session.rollback()
        with terminal_progress("import", not args.json) as progress:
            try:
                report = import_customers(session, args.file, actor, options, progress=progress)
            except CrmdeskError as error:
                rejected = getattr(error, "report", None)
                if rejected is not None and args.json:
                    emit({**rejected.as_json(lang), "error": error.message(lang)})
                if rejected is not None and rejected.flagged_file:
                    print(f"crmdesk: rows to fix: {rejected.flagged_file}", file=sys.stderr)
                raise
    return show_import(args, report.as_json(lang))


def show_import(args: argparse.Namespace, report: dict[str, Any]) -> int:
    """An import's report (ImportReport.as_json), from this database or from the server."""
    if args.json:
        emit(report)
        return EXIT_OK
    print(
        f"{report['created']} created, {report['updated']} updated, {report['skipped']} "
        f"skipped, {report['rejected']} rejected of {report['rows']} rows "
        f"in {report['seconds']:.1f} s"
    )
    if report["unknown_columns"]:
        print("not imported (unknown columns): " + ", ".join(report["unknown_columns"]))
    for problem in report["problems"][:20]:
        print(f"  row {problem['row']}, {problem['column']}: {problem['message']}")
    if report["rejected_file"]:
        print(f"rejected and duplicate rows: {report['rejected_file']}")
    return EXIT_OK


def _person_json(person: Any) -> dict[str, Any]:
    """A person as scripts see them: never a password hash."""
    return {key: getattr(person, key) for key in PERSON_KEYS}


def read_password() -> str:
    """One line of standard input without its line ending (`printf '%s\\n' "$PW" |
    crmdesk ...` keeps it out of the shell's history); typed at a terminal, unechoed."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass("password: ")
    return sys.stdin.readline().rstrip("\r\n")


def _add_first_manager(
    session: Any, args: argparse.Namespace, given: dict[str, Any], password: str | None
) -> int:
    """Created as the window's first run creates it; region and capacity, checked while
    parsing, then set by that manager."""
    from crmdesk.core.auth import create_first_manager
    from crmdesk.core.team import update_rep

    if args.role != "manager":
        raise FirstPersonNotManager()
    rep_id = create_first_manager(session, args.name, password)
    if given:
        update_rep(session, rep_id, given, rep_id)
    return rep_id


def _add_person(
    session: Any, args: argparse.Namespace, given: dict[str, Any], password: str | None
) -> int:
    from crmdesk.core.auth import set_password
    from crmdesk.core.team import add_rep

    actor = _actor(session, None)
    rep_id = add_rep(session, args.name, role=args.role, actor=actor, **given)
    if password is not None:
        set_password(session, rep_id, password, actor)
    return rep_id


def cmd_team_add(args: argparse.Namespace) -> int:
    """Add a person, so a new database is set up without the window.

    The first person of a database must be a manager. On a file or a URL nobody is
    signed in, so later changes act as the team's first active manager, the same person
    `import` acts as: whoever may run this on the file or with the URL could open it in
    the window as that manager anyway. Signed in to a team server, it is the signed-in
    person's add_rep command instead (remote_team_add).
    """
    from crmdesk.core.auth import check_password_rules, has_people
    from crmdesk.core.team import list_reps

    password = read_password() if args.password_stdin else None
    if password is not None:  # checked first: a refused password adds nobody
        check_password_rules(password)
    options = {"region": args.region, "capacity": args.capacity}
    given = {key: value for key, value in options.items() if value is not None}
    with opened(args) as database, database.session() as session:
        first = not has_people(session)
        add = _add_first_manager if first else _add_person
        rep_id = add(session, args, given, password)
        person = next(p for p in list_reps(session) if p.id == rep_id)
        shared = database.engine.dialect.name == "postgresql"
    return show_added(args, _person_json(person), first, password is not None, shared)


def show_added(
    args: argparse.Namespace, person: dict[str, Any], first: bool, password_set: bool, shared: bool
) -> int:
    """A person just added; on a shared database, whether they can sign in yet."""
    if args.json:
        emit({**person, "first": first, "password_set": password_set})
    elif password_set:
        print(f"added {person['name']} ({person['role']}), with a password")
    elif shared:
        print(
            f"added {person['name']} ({person['role']}); no password yet, so they cannot "
            "sign in until one is set in Settings"
        )
    else:
        print(f"added {person['name']} ({person['role']})")
    return EXIT_OK


def cmd_team_list(args: argparse.Namespace) -> int:
    from crmdesk.core.team import list_reps

    with opened(args) as database, database.session() as session:
        people = list_reps(session)
    return show_people(args, [_person_json(p) for p in people])


def show_people(args: argparse.Namespace, people: list[dict[str, Any]]) -> int:
    """The team, from this database or from the server (where capacity and owned are
    the manager's to see: None for a rep)."""
    if args.json:
        emit({"people": people})
        return EXIT_OK
    for p in people:
        state = "active" if p["active"] else "inactive"
        line = f"{p['name']}  {p['role']}  {state}  {p['region'] or '-'}"
        if p["capacity"] is not None:
            line += f"  capacity {p['capacity']}  owns {p['owned']}"
        print(line)
    print(
        f"{len(people)} in the team"
        if people
        else "nobody yet: crmdesk team add NAME --role manager"
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from crmdesk.excel.exporter import export_customers

    lang = args.lang or user_language()
    with opened(args) as database, database.session() as session:
        filters = _filters(session, args)
        with terminal_progress("export", not args.json) as progress:
            result = export_customers(
                session, args.file, args.query, filters, lang=lang, progress=progress
            )
    if args.json:
        emit({"rows": result.rows, "seconds": round(result.seconds, 3), "file": str(result.path)})
    else:
        print(f"{customers(result.rows)} written to {result.path} in {result.seconds:.1f} s")
    return EXIT_OK


def customers(n: int) -> str:
    return f"{n:,} customer" if n == 1 else f"{n:,} customers"


def cmd_template(args: argparse.Namespace) -> int:
    from crmdesk.excel.exporter import write_template

    path = write_template(args.file, args.lang or user_language())
    print(f"template written to {path}")
    return EXIT_OK


def cmd_window(args: argparse.Namespace) -> int:
    from crmdesk.app import run

    return run(args.db, args.demo, args.ready_check)


# --- through the team server -----------------------------------------------------------


def signed_in(args: argparse.Namespace) -> Any:
    """The account the team commands go through: signed in with `crmdesk login` and no
    database named (--db or CRMDESK_DB), which keeps a file or a URL working as before."""
    if args.db or os.environ.get(ENV_VAR):
        return None
    from crmdesk.sync.client import Account

    return Account.load()


def _server_team(client: Any) -> dict[str, Any]:
    return client.get("/team")


def _id_by_name(found: list[dict[str, Any]], kind: str, value: str | None) -> int | None:
    """A rep or pool named on the command line, by id or name, among the server's."""
    if value is None or value == "":
        return None
    for item in found:
        if str(item["id"]) == value or item["name"] == value:
            return int(item["id"])
    raise NotFound(kind=kind, ids=[value])


def _list_params(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "query": args.query,
        "status": args.status,
        "owner": args.owner,
        "pool": args.pool,
        "tier": args.tier,
        "warning": args.warning,
        "region": args.region,
        "industry": args.industry,
        "stage": args.stage,
    }


def remote_search(args: argparse.Namespace, account: Any) -> int:
    params = {"sort": args.sort, "asc": args.asc, "limit": args.limit, "offset": args.offset}
    return show_found(args, account.client().get("/search", **_list_params(args), **params))


def remote_stats(args: argparse.Namespace, account: Any) -> int:
    return show_stats(args, account.client().get("/stats"))


def remote_report(args: argparse.Namespace, account: Any) -> int:
    moments = {"since": args.since, "until": args.until, "now": args.now}
    given = {k: v.isoformat() for k, v in moments.items() if v is not None}
    return show_report(args, account.client().get(f"/reports/{args.name}", **given))


@contextmanager
def private_file(target: Path) -> Iterator[Any]:
    """A file only its owner may read (it holds customers' contacts), written whole or
    not at all: it replaces `target` only when the block succeeds."""
    from crmdesk.excel.exporter import create_private

    part = target.with_name(f".{target.name}.part")
    create_private(part)
    try:
        with part.open("wb") as out:
            yield out
        os.replace(part, target)
    except BaseException:
        part.unlink(missing_ok=True)
        raise


def remote_export(args: argparse.Namespace, account: Any) -> int:
    """The server builds the file from what the person may export; it is written here."""
    from crmdesk.sync.client import ROWS_HEADER

    started = time.perf_counter()
    target = Path(args.file)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InvalidValue(field="file", why=f"{target.name} must end in .xlsx or .csv")
    lang = args.lang or user_language()
    with private_file(target) as out:
        answer = account.client().download(
            "/export", out, **_list_params(args), format=suffix[1:], lang=lang
        )
    rows = int(answer.headers.get(ROWS_HEADER, 0))
    seconds = time.perf_counter() - started
    if args.json:
        emit({"rows": rows, "seconds": round(seconds, 3), "file": str(target)})
    else:
        print(f"{customers(rows)} written to {target} in {seconds:.1f} s")
    return EXIT_OK


def _import_args(args: argparse.Namespace, client: Any, lang: str) -> dict[str, Any]:
    import base64

    from crmdesk.excel.upload import MAX_BYTES, MAX_MB, UploadTooLarge

    for flag, given in (("--as", args.as_rep), ("--save-mapping", args.save_mapping)):
        if given:
            raise InvalidValue(
                field=flag, why="through the team server, the signed-in person imports"
            )
    mapping = None
    if args.mapping:
        if Path(args.mapping).suffix.lower() != ".json":
            raise InvalidValue(
                field="--mapping", why="through the team server, give a .json of header -> field"
            )
        mapping = json.loads(Path(args.mapping).read_text(encoding="utf-8"))
    source = Path(args.file)
    if source.stat().st_size > MAX_BYTES:  # refused here before it is read and sent
        raise UploadTooLarge(name=source.name, limit=MAX_MB)
    team = _server_team(client) if args.owner or args.pool else {"people": [], "pools": []}
    return {
        "file_name": source.name,
        "content": base64.b64encode(source.read_bytes()).decode("ascii"),
        "sheet": args.sheet,
        "on_duplicate": args.on_duplicate,
        "owner_id": _id_by_name(team["people"], "rep", args.owner),
        "pool_id": _id_by_name(team["pools"], "pool", args.pool),
        "valid_only": args.valid_only,
        "mapping": mapping,
        "lang": lang,
    }


def _rejected_rows(source: Path, report: dict[str, Any]) -> dict[str, Any]:
    """The report with the rejected rows' xlsx the server sent written beside the file
    (0600), and `rejected_file` naming it here."""
    import base64

    content = report.pop("rejected_content", None)
    if content:
        target = source.with_name(report.get("rejected_file") or f"{source.stem}-rejected.xlsx")
        with private_file(target) as out:
            out.write(base64.b64decode(content))
        report["rejected_file"] = str(target)
    return report


def remote_import(args: argparse.Namespace, account: Any) -> int:
    """The command import_customers, pushed with this device's next number: sent again
    after a lost answer, it is applied once."""
    from crmdesk.sync.client import LONG_TIMEOUT, ServerRefused

    lang = user_language()
    source = Path(args.file)
    client = account.client()
    sent = _import_args(args, client, lang)
    try:
        report = account.run(client, "import_customers", 1, sent, timeout=LONG_TIMEOUT)
    except ServerRefused as error:
        refused = error.answer.get("report")
        if refused:
            refused = _rejected_rows(source, dict(refused))
            if args.json:
                emit({**refused, "error": error.message(lang)})
            if refused.get("rejected_file"):
                print(f"crmdesk: rows to fix: {refused['rejected_file']}", file=sys.stderr)
        raise
    return show_import(args, _rejected_rows(source, dict(report)))


def _server_person(person: dict[str, Any]) -> dict[str, Any]:
    """A person as the server shows them, with the keys of a local list (capacity and
    owned are the manager's to see: None for a rep)."""
    return {key: person.get(key) for key in PERSON_KEYS}


def remote_team_add(args: argparse.Namespace, account: Any) -> int:
    """The command add_rep, as the signed-in person (a manager)."""
    from crmdesk.core.auth import check_password_rules

    password = read_password() if args.password_stdin else None
    if password is not None:
        check_password_rules(password)
    client = account.client()
    sent = {
        "name": args.name,
        "role": args.role,
        "region": args.region,
        "capacity": args.capacity,
        "level": None,
        "password": password,
    }
    added = account.run(client, "add_rep", 1, sent)
    people = _server_team(client)["people"]
    person = _server_person(next(p for p in people if p["id"] == added["id"]))
    return show_added(args, person, False, password is not None, True)


def remote_team_list(args: argparse.Namespace, account: Any) -> int:
    people = _server_team(account.client())["people"]
    return show_people(args, [_server_person(p) for p in people])


def cmd_login(args: argparse.Namespace) -> int:
    """Sign in to a team server; the team commands then act as this person there."""
    import getpass
    import socket

    from crmdesk.sync.client import Account, Client

    client = Client(args.server)
    password = read_password() if args.password_stdin else getpass.getpass("password: ")
    device = args.device or f"{socket.gethostname()} (command line)"
    signed = client.sign_in(args.name, password, device[:100])
    previous = Account.load()
    if previous is not None:
        previous.forget()
    person = signed["person"]
    account = Account(
        server=client.server,
        name=person["name"],
        person_id=person["id"],
        role=person["role"],
        device_id=signed["device_id"],
        token_store="",
    )
    account.keep_token(signed["token"])
    account.save()
    if args.json:
        emit(
            {
                "server": account.server,
                "name": account.name,
                "role": account.role,
                "device_id": account.device_id,
                "token_store": account.token_store,
            }
        )
    else:
        kept = "the system keyring" if account.token_store == "keyring" else "a private file"
        print(f"signed in to {account.server} as {account.name} ({account.role}); token in {kept}")
    return EXIT_OK


def cmd_logout(args: argparse.Namespace) -> int:
    """Revoke this device on the server, then forget the token here. A server that
    cannot be reached keeps the sign-in, so that logging out can be tried again."""
    from crmdesk.sync.client import Account, ServerRefused

    account = Account.load()
    if account is None:
        print("not signed in")
        return EXIT_OK
    try:
        account.client().post(f"/devices/{account.device_id}/revoke")
    except (ServerRefused, NotSignedIn) as error:
        if error.code != "not_signed_in":  # already revoked or expired: just forget it
            raise
    account.forget()
    print(f"signed out of {account.server}")
    return EXIT_OK


# --- parsing -------------------------------------------------------------------------


def add_list_filters(parser: argparse.ArgumentParser) -> None:
    """The words and filters of a customer list (search and export share them)."""
    parser.add_argument("query", nargs="?", default="")
    parser.add_argument("--status", action="append", choices=STATUSES)
    parser.add_argument("--owner", help="rep name or id; 'none' for unowned")
    parser.add_argument("--pool", help="pool name or id")
    parser.add_argument("--tier", action="append", choices=TIERS)
    parser.add_argument("--warning", help="any, or a rule: " + ", ".join(WARNING_BITS))
    parser.add_argument("--region")
    parser.add_argument("--industry")
    parser.add_argument("--stage", action="append", choices=STAGES)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crmdesk", description="CRMDesk: keep the customer base clean and worked."
    )
    parser.add_argument("--version", action="version", version=f"crmdesk {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL_OR_PATH",
        help="SQLite file or postgresql+psycopg:// URL (default: $CRMDESK_DB, "
        "else crmdesk.sqlite in the user's data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a demo database (made on first use)"
    )
    parser.add_argument("--ready-check", action="store_true", help=argparse.SUPPRESS)
    parser.set_defaults(func=cmd_window)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--customers", type=demo_size, default=2000)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--now", type=parse_now, help="pretend today is YYYY-MM-DD")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(func=cmd_demo)

    pool = commands.add_parser("pool", help="public pool commands")
    pool_commands = pool.add_subparsers(dest="pool_command", metavar="COMMAND", required=True)
    sweep = pool_commands.add_parser("sweep", help="reclaim neglected customers into pools")
    sweep.add_argument("--dry-run", action="store_true", help="say what would happen")
    sweep.add_argument(
        "--now", type=parse_now, help="run as of YYYY-MM-DD (00:00) or YYYY-MM-DDTHH:MM"
    )
    sweep.add_argument("--pool", help="only this pool (id or name), as Settings previews it")
    sweep.add_argument("--json", action="store_true")
    sweep.set_defaults(func=cmd_sweep, remote=remote_sweep)

    grade = commands.add_parser("grade", help="re-grade tiers A-D and refresh warnings")
    grade.add_argument("--dry-run", action="store_true", help="say what would move")
    grade.add_argument("--now", type=parse_now, help="grade as of YYYY-MM-DD")
    grade.add_argument("--json", action="store_true")
    grade.set_defaults(func=cmd_grade, remote=remote_grade)

    search = commands.add_parser("search", help="find customers (Chinese, phone, pinyin)")
    add_list_filters(search)
    search.add_argument("--sort", default="id")
    search.add_argument("--asc", action="store_true", help="ascending (default: descending)")
    search.add_argument("--limit", type=int, default=100)
    search.add_argument("--offset", type=int, default=0)
    search.add_argument("--json", action="store_true")
    search.set_defaults(func=cmd_search, remote=remote_search)

    imp = commands.add_parser("import", help="import customers from xlsx, xls, ods or csv")
    imp.add_argument("file")
    imp.add_argument("--sheet", help="default: the first sheet that holds data")
    imp.add_argument("--mapping", help="a saved mapping's name, or a .json of header -> field")
    imp.add_argument("--save-mapping", metavar="NAME", help="keep this file's mapping as NAME")
    imp.add_argument("--on-duplicate", choices=("skip", "update", "new"), default="skip")
    target = imp.add_mutually_exclusive_group()
    target.add_argument("--owner", help="rows without an owner go to this rep (name or id)")
    target.add_argument("--pool", help="rows without an owner go to this pool (name or id)")
    imp.add_argument("--valid-only", action="store_true", help="import the valid rows only")
    imp.add_argument("--as", dest="as_rep", help="act as this rep (default: the manager)")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(func=cmd_import, remote=remote_import)

    exp = commands.add_parser("export", help="export customers to xlsx or csv")
    exp.add_argument("file")
    add_list_filters(exp)
    exp.add_argument("--lang", choices=("zh", "en"), help="header language")
    exp.add_argument("--json", action="store_true")
    exp.set_defaults(func=cmd_export, remote=remote_export)

    template = commands.add_parser("template", help="write a blank import template")
    template.add_argument("file")
    template.add_argument("--lang", choices=("zh", "en"))
    template.set_defaults(func=cmd_template)

    report = commands.add_parser("report", help="report data: " + ", ".join(REPORT_NAMES))
    report.add_argument("name", choices=REPORT_NAMES)
    report.add_argument("--since", type=parse_now)
    report.add_argument("--until", type=parse_now)
    report.add_argument("--now", type=parse_now)
    report.add_argument("--json", action="store_true")
    report.set_defaults(func=cmd_report, remote=remote_report)

    dups = commands.add_parser("duplicates", help="find duplicate customers")
    dups.add_argument("--limit", type=int, default=20, help="groups to show")
    dups.add_argument("--json", action="store_true")
    dups.set_defaults(func=cmd_duplicates)

    cleanup = commands.add_parser("cleanup", help="the cleanup queue: suggestions, junk, closed")
    cleanup.add_argument("--kind", choices=("suggestion", "junk", "long_closed"))
    cleanup.add_argument("--limit", type=int, default=20)
    cleanup.add_argument("--now", type=parse_now)
    cleanup.add_argument("--json", action="store_true")
    cleanup.set_defaults(func=cmd_cleanup)

    stats = commands.add_parser("stats", help="customer counts")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(func=cmd_stats, remote=remote_stats)

    team = commands.add_parser(
        "team",
        help="the people of a database: add and list them",
        description="Set up a database's team without the window. The first person must "
        "be a manager; on a file or a URL later people are added as the team's first "
        "active manager; signed in to a team server (crmdesk login), as you.",
    )
    team_commands = team.add_subparsers(dest="team_command", metavar="COMMAND", required=True)
    team_add = team_commands.add_parser(
        "add",
        help="add a rep or a manager",
        description="Add a person. The first person of a database must be a manager; "
        "later additions act as the team's first active manager, or, signed in to a "
        "team server, as you (a manager). Without "
        "--password-stdin no password is set (a local file needs none; on PostgreSQL, "
        "the team's first manager needs one).",
    )
    team_add.add_argument("name")
    team_add.add_argument("--role", choices=("rep", "manager"), required=True)
    team_add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password (at least 8 characters) from the first line of stdin",
    )
    team_add.add_argument("--region", type=region_value)
    team_add.add_argument(
        "--capacity", type=capacity_value, help="customers they may be assigned (default 200)"
    )
    team_add.add_argument("--json", action="store_true")
    team_add.set_defaults(func=cmd_team_add, remote=remote_team_add)
    team_list = team_commands.add_parser(
        "list", help="everyone, active or not, with the customers each owns"
    )
    team_list.add_argument("--json", action="store_true")
    team_list.set_defaults(func=cmd_team_list, remote=remote_team_list)

    backup = commands.add_parser("backup", help="copy the SQLite database while in use")
    backup.add_argument("dest", nargs="?", help="file or folder (default: backups/ beside it)")
    backup.set_defaults(func=cmd_backup)

    restore = commands.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("src")
    restore.set_defaults(func=cmd_restore)

    from crmdesk.server.serve import add_arguments as add_serve_arguments

    serve = commands.add_parser(
        "serve", help="run the team server (the only holder of the database URL)"
    )
    add_serve_arguments(serve)
    serve.set_defaults(func=cmd_serve)

    login = commands.add_parser(
        "login",
        help="sign in to a team server; search, stats, export, import, report and team "
        "then go through it as you",
        description="Sign in to a team server. The token is kept in the system keyring "
        "(or, without one, in a file only you may read); with no --db given, search, "
        "stats, export, import, report and team then act as you on the server.",
    )
    login.add_argument("server", help="the server's address, e.g. https://crm.example.com:8443")
    login.add_argument("--name", required=True, help="your name in the team")
    login.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin (default: ask for it)",
    )
    login.add_argument("--device", help="what the server lists this device as")
    login.add_argument("--json", action="store_true")
    login.set_defaults(func=cmd_login)

    logout = commands.add_parser(
        "logout", help="sign out: revoke this device on the server and forget its token"
    )
    logout.set_defaults(func=cmd_logout)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    started = time.perf_counter()
    try:
        remote = getattr(args, "remote", None)
        account = signed_in(args) if remote is not None else None
        if account is not None:
            return int(remote(args, account))
        return int(args.func(args))
    except CrmdeskError as error:
        print(f"crmdesk: {error.message(user_language())}", file=sys.stderr)
    except DBAPIError as error:  # locked, unreachable, damaged: the environment's word
        first = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        print(f"crmdesk: cannot use the database: {first}", file=sys.stderr)
    except OSError as error:  # a folder that cannot be made, a disk that is full
        where = f": {error.filename}" if error.filename else ""
        print(f"crmdesk: {error.strerror or error}{where}", file=sys.stderr)
    except KeyboardInterrupt:
        print(f"crmdesk: interrupted after {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
