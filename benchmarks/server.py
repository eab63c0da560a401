"""30 desks against the team server on PostgreSQL: claims, follow-ups, edits and searches
for a while, then a first pull of a rep's and of a manager's whole view.

    python benchmarks/server.py [--db-url URL] [--servers N] [--seconds S] [--desks D]
                                [--think S] [--json]

The benchmark is the team's admin: it sets the demo people's passwords in the database
(core.auth.set_password) and opens the pools' claim limits for the run (put back after),
starts N server processes on 127.0.0.1 (with no scheduled rules, so that nothing but its
desks writes), signs a desk in for each of
the first 30 reps and loops each desk through: claim a pool customer, log a follow-up on
one of its customers, edit a field of one (update_customer based on the value it last
saw), search (a Chinese word, a phone fragment, pinyin initials). Between two actions a
desk waits `--think` seconds on average (default 2, a brisk rep), and desks start spread
over twice that, as a team's people do, not in lockstep; `--think 0` starts them together,
sends
without pause and so measures the server's capacity, not a team's day. A search asks
for the first page alone (what a list shows at once, `total=false`); every third also
asks for the count of all matches afterwards, timed apart as `search_total`. Every command is
pushed alone with the desk's client id and next seq, and resent (same seq) after a
transport error until answered, as a desk's outbox does.

Afterwards it counts lost and duplicated commands: every pushed seq answered once; the
follow-ups and edits tagged with this run's id in the database equal the applied
outcomes, none twice; each applied claim is one claim in the history. Bars (DESIGN.md):
p95 < 100 ms per command and first-page search, nothing lost or applied twice, and each
server process under 300 MB.

All desks share one asyncio loop in this process (a few % of a core), so the server has
the machine's cores. Develop with a smaller demo, e.g.:
    crmdesk --db postgresql+psycopg://crmdesk:crmdesk@localhost/srvbench demo --customers 20000
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psutil
from sqlalchemy import func, select, update

from crmdesk.core import clock
from crmdesk.core.auth import set_password
from crmdesk.core.indexing import pinyin
from crmdesk.core.models import (
    ACTIVE,
    POOL,
    Customer,
    FollowUp,
    PoolMember,
    PoolRules,
    Rep,
    Transition,
)
from crmdesk.storage.engine import ENV_VAR, Database

PASSWORD = "bench-password-30"
KINDS = ("claim_customers", "log_followup", "update_customer")
START_SECONDS = 120
RESENDS = 10
PULL_LIMIT = 5000


@dataclass
class Desk:
    """One simulated desk: a rep, its token, its outbox's client id and numbers, and what
    it knows of its customers."""

    rep_id: int
    name: str
    base: str
    client_id: str
    owned: list[int]
    notes: dict[int, str | None]
    pool: list[int]
    words: list[tuple[str, str]]  # (kind of search, its words)
    token: str = ""
    seq: int = 0
    answers: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    pushed: dict[int, str] = field(default_factory=dict)


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    outcomes: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    errors: Counter[str] = field(default_factory=Counter)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_servers(url: str, n: int, folder: Path) -> list[tuple[subprocess.Popen[bytes], str]]:
    url_file = folder / "db-url"
    url_file.write_text(url)
    url_file.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if k != ENV_VAR}
    started = []
    for i in range(n):
        port = free_port()
        log = (folder / f"server{i}.log").open("wb")
        command = [sys.executable, "-m", "crmdesk.server", "--port", str(port)]
        command += ["--db-file", str(url_file), "--rules-every", "0"]
        process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
        started.append((process, f"http://127.0.0.1:{port}"))
    deadline = time.monotonic() + START_SECONDS
    for process, base in started:
        while True:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"a server did not start; see {folder}")
            try:
                httpx.get(f"{base}/openapi.json", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.3)
    return started


class MemorySampler(threading.Thread):
    """Each server process's peak resident memory, sampled twice a second."""

    def __init__(self, pids: list[int]) -> None:
        super().__init__(daemon=True)
        self.processes = [psutil.Process(pid) for pid in pids]
        self.peak = [0.0 for _ in pids]
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.5):
            for i, process in enumerate(self.processes):
                with contextlib.suppress(psutil.Error):
                    self.peak[i] = max(self.peak[i], process.memory_info().rss / 2**20)


def prepare(database: Database, desks: int, bases: list[str], run: str) -> tuple[list[Desk], str]:
    """Passwords for the reps and the manager, and what each desk starts knowing."""
    rng = random.Random(7)
    with database.session() as session:
        manager = session.scalars(
            select(Rep).where(Rep.role == "manager", Rep.active.is_(True)).order_by(Rep.id)
        ).first()
        if manager is None:
            raise SystemExit("the database has no manager: run `crmdesk demo` on it first")
        reps = session.scalars(
            select(Rep).where(Rep.role == "rep", Rep.active.is_(True)).order_by(Rep.id).limit(desks)
        ).all()
        for person in (manager, *reps):
            set_password(session, person.id, PASSWORD, manager.id)
        session.commit()
        pooled = session.execute(
            select(Customer.id, Customer.pool_id).where(Customer.status == POOL).limit(50_000)
        ).all()
        made = []
        for i, rep in enumerate(reps):
            pools = set(
                session.scalars(select(PoolMember.pool_id).where(PoolMember.rep_id == rep.id))
            )
            owned = session.execute(
                select(Customer.id, Customer.notes, Customer.company, Customer.phone)
                .where(Customer.owner_id == rep.id, Customer.status == ACTIVE)
                .order_by(Customer.id)
                .limit(200)
            ).all()
            if not owned:
                raise SystemExit(f"{rep.name} owns no customers: use a demo database")
            candidates = [cid for cid, pool in pooled if pool in pools]
            words = []
            for _, _, company, phone in rng.sample(owned, min(5, len(owned))):
                words.append(("search_word", company[2:4]))
                if phone and len(phone) >= 8:
                    words.append(("search_phone", phone[3:7]))
                words.append(("search_initials", pinyin(company)[1][:4]))
            made.append(
                Desk(
                    rep_id=rep.id,
                    name=rep.name,
                    base=bases[i % len(bases)],
                    client_id=f"bench-{run}-{rep.id:04d}",
                    owned=[row[0] for row in owned],
                    notes={row[0]: row[1] for row in owned},
                    pool=rng.sample(candidates, min(400, len(candidates))),
                    words=words,
                )
            )
        manager_name = manager.name
        session.rollback()
    return made, manager_name


def lift_claim_limits(database: Database) -> dict[int, tuple[int, int]]:
    """Open the pools' daily and owned claim limits for the run, so that claims apply
    (demo reps own far more than 200, and runs on one day use up the daily 20): a refused
    claim is cheaper than an applied one. Returns the limits to put back."""
    with database.session() as session:
        saved = {
            r.pool_id: (r.daily_claims, r.max_owned) for r in session.scalars(select(PoolRules))
        }
        session.execute(update(PoolRules).values(daily_claims=1_000_000, max_owned=1_000_000))
        session.commit()
    return saved


def restore_claim_limits(database: Database, saved: dict[int, tuple[int, int]]) -> None:
    with database.session() as session:
        for pool_id, (daily, owned) in saved.items():
            session.execute(
                update(PoolRules)
                .where(PoolRules.pool_id == pool_id)
                .values(daily_claims=daily, max_owned=owned)
            )
        session.commit()


async def sign_in(client: httpx.AsyncClient, base: str, name: str, device: str) -> str:
    body = {"name": name, "password": PASSWORD, "device": device}
    answer = await client.post(f"{base}/sign-in", json=body)
    answer.raise_for_status()
    return answer.json()["token"]


async def push(
    client: httpx.AsyncClient, desk: Desk, name: str, args: dict, tally: Tally
) -> dict | None:
    """One command with the desk's next seq; resent as is after an error until answered."""
    desk.seq += 1
    seq = desk.seq
    desk.pushed[seq] = name
    body = {
        "client_id": desk.client_id,
        "commands": [{"seq": seq, "name": name, "version": 1, "args": args}],
    }
    headers = {"Authorization": f"Bearer {desk.token}"}
    for _ in range(RESENDS):
        started = time.perf_counter()
        try:
            answer = await client.post(f"{desk.base}/push", json=body, headers=headers)
        except httpx.HTTPError as error:
            tally.errors[type(error).__name__] += 1
            await asyncio.sleep(0.5)
            continue
        if answer.status_code != 200:
            tally.errors[f"HTTP {answer.status_code}"] += 1
            await asyncio.sleep(0.5)
            continue
        tally.latencies[name].append(time.perf_counter() - started)
        results = answer.json()["results"]
        for result in results:
            desk.answers.setdefault(result["seq"], []).append(result)
        result = results[0]
        tally.outcomes[name][result["outcome"]] += 1
        if result["outcome"] == "refused":
            tally.outcomes[name][result["error"]["code"]] += 1
        return result
    return None


async def search(
    client: httpx.AsyncClient, desk: Desk, kind: str, word: str, tally: Tally, *, total: bool
) -> None:
    """The first page as a list shows it at once (total=false); with `total`, the count
    a list asks for afterwards, timed on its own as search_total."""
    started = time.perf_counter()
    try:
        answer = await client.get(
            f"{desk.base}/search",
            params={"query": word, "total": total},
            headers={"Authorization": f"Bearer {desk.token}"},
        )
    except httpx.HTTPError as error:
        tally.errors[f"search {type(error).__name__}"] += 1
        return
    if answer.status_code != 200:
        tally.errors[f"search HTTP {answer.status_code}"] += 1
        return
    took = time.perf_counter() - started
    if total:
        tally.latencies["search_total"].append(took)
        return
    tally.latencies["search"].append(took)
    tally.latencies[kind].append(took)


async def run_desk(
    client: httpx.AsyncClient, desk: Desk, run: str, until: float, tally: Tally, think: float
) -> None:
    rng = random.Random(desk.rep_id)
    turn = 0

    async def pause() -> None:
        """A person between two actions: `think` seconds on average (0: none, which
        measures the server's capacity rather than a team's day)."""
        if think:
            await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))

    if think:  # people start their day over a while, not 30 at the same millisecond
        await asyncio.sleep(rng.uniform(0, 2 * think))
    while time.monotonic() < until:
        if desk.pool:
            customer = desk.pool.pop()
            done = await push(client, desk, "claim_customers", {"ids": [customer]}, tally)
            if done and done["outcome"] == "applied":
                desk.owned.append(customer)
            await pause()
        customer = rng.choice(desk.owned)
        note = f"bench {run} {desk.client_id} {desk.seq + 1}"
        args = {"customer_id": customer, "kind": "call", "outcome": "reached", "note": note}
        await push(client, desk, "log_followup", args, tally)
        await pause()
        customer = rng.choice(list(desk.notes))
        note = f"bench {run} {desk.client_id} {desk.seq + 1}"
        args = {
            "customer_id": customer,
            "changes": {"notes": note},
            "based_on": {"notes": desk.notes[customer]},
        }
        done = await push(client, desk, "update_customer", args, tally)
        if done and done["outcome"] == "applied":
            desk.notes[customer] = note
        await pause()
        kind, word = desk.words[turn % len(desk.words)]
        await search(client, desk, kind, word, tally, total=False)
        if turn % 3 == 0:  # the list's count, asked after its first page
            await search(client, desk, kind, word, tally, total=True)
        await pause()
        turn += 1


async def load(desks: list[Desk], run: str, seconds: float, tally: Tally, think: float) -> float:
    limits = httpx.Limits(max_connections=len(desks) * 2, max_keepalive_connections=len(desks) * 2)
    async with httpx.AsyncClient(timeout=30, limits=limits) as client:
        for desk in desks:
            desk.token = await sign_in(client, desk.base, desk.name, f"bench-{run}")
        started = time.monotonic()
        until = started + seconds
        await asyncio.gather(*(run_desk(client, desk, run, until, tally, think) for desk in desks))
        return time.monotonic() - started


def count_effects(
    database: Database, desks: list[Desk], run: str, since: datetime
) -> tuple[int, int, dict[str, Any]]:
    """Lost and duplicated commands, from the answers and from the database."""
    lost = duplicated = 0
    applied: Counter[str] = Counter()
    claimed: list[int] = []
    for desk in desks:
        for seq, name in desk.pushed.items():
            answers = desk.answers.get(seq, [])
            if not answers:
                lost += 1
                continue
            if len({json.dumps(a, sort_keys=True) for a in answers}) > 1:
                duplicated += 1  # one seq answered two ways: settled twice
            if answers[0]["outcome"] == "applied":
                applied[name] += 1
                if name == "claim_customers":
                    claimed.extend(answers[0]["result"]["customer_ids"])
    tag = f"bench {run} %"
    with database.session() as session:
        notes = session.execute(
            select(FollowUp.note, func.count())
            .where(FollowUp.at >= since, FollowUp.note.like(tag))
            .group_by(FollowUp.note)
        ).all()
        edits = session.execute(
            select(Transition.details).where(
                Transition.action == "edit",
                Transition.at >= since,
                Transition.actor_id.in_([d.rep_id for d in desks]),
            )
        ).scalars()
        edit_notes = Counter(
            str(d["notes"][1])
            for d in edits
            if isinstance(d, dict) and str((d.get("notes") or ["", ""])[1]).startswith(tag[:-1])
        )
        claim_counts = session.execute(
            select(Transition.customer_id, func.count())
            .where(
                Transition.action == "claim",
                Transition.at >= since,
                Transition.customer_id.in_(claimed or [0]),
            )
            .group_by(Transition.customer_id)
        ).all()
        session.rollback()
    duplicated += sum(n - 1 for _, n in notes if n > 1) + sum(
        n - 1 for n in edit_notes.values() if n > 1
    )
    duplicated += sum(n - 1 for _, n in claim_counts if n > 1)
    lost += max(0, applied["log_followup"] - len(notes)) + max(
        0, applied["update_customer"] - len(edit_notes)
    )
    facts = {
        "applied": dict(applied),
        "followups_in_db": len(notes),
        "edits_in_db": len(edit_notes),
        "claims_in_db": len(claim_counts),
    }
    return lost, duplicated, facts


def first_pull(base: str, token: str, seconds: float) -> dict[str, Any]:
    """A first pull of the person's whole view, page after page."""
    rows = pages = 0
    cookie = None
    started = time.perf_counter()
    with httpx.Client(
        base_url=base, timeout=300, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        while True:
            answer = client.post("/pull", json={"cookie": cookie, "limit": PULL_LIMIT})
            answer.raise_for_status()
            page = answer.json()
            pages += 1
            rows += sum(
                len(part.get("put") or []) + len(part.get("del") or [])
                for part in page.values()
                if isinstance(part, dict)
            )
            cookie = page.get("cookie")
            if not page.get("more") or time.perf_counter() - started > seconds:
                break
    took = time.perf_counter() - started
    return {
        "rows": rows,
        "pages": pages,
        "seconds": round(took, 2),
        "rows_per_s": round(rows / took) if took else 0,
        "complete": not page.get("more"),
    }


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0] * 1000
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-url", default=os.environ.get(ENV_VAR), help=f"default: {ENV_VAR}")
    parser.add_argument("--servers", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--desks", type=int, default=30)
    parser.add_argument("--pull-seconds", type=float, default=600, help="stop a pull after this")
    parser.add_argument("--no-pull", action="store_true", help="skip the first pulls")
    parser.add_argument(
        "--think", type=float, default=2.0, help="seconds between a desk's actions (0: capacity)"
    )
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.db_url or not args.db_url.startswith("postgresql"):
        raise SystemExit("give a PostgreSQL URL (--db-url or CRMDESK_DB)")
    if not 1 <= args.servers <= 4 or not 1 <= args.desks <= 30 or not 0 < args.seconds <= 600:
        raise SystemExit("bounded: 1-4 servers, 1-30 desks, up to 600 s")

    run = secrets.token_hex(4)
    folder = Path(tempfile.mkdtemp(prefix="crmdesk-bench-"))
    database = Database(args.db_url)
    servers = start_servers(args.db_url, args.servers, folder)
    sampler = MemorySampler([process.pid for process, _ in servers])
    sampler.start()
    tally = Tally()
    limits = lift_claim_limits(database)
    try:
        bases = [base for _, base in servers]
        desks, manager = prepare(database, args.desks, bases, run)
        since = clock.now() - timedelta(seconds=1)
        cpu = time.process_time()
        elapsed = asyncio.run(load(desks, run, args.seconds, tally, args.think))
        cpu = time.process_time() - cpu
        lost, duplicated, facts = count_effects(database, desks, run, since)
        paths = httpx.get(f"{bases[0]}/openapi.json", timeout=30).json().get("paths", {})
        pulls: dict[str, Any] = {}
        if args.no_pull:
            pulls["skipped"] = "--no-pull"
        elif "/pull" in paths:
            for who, name in (("rep", desks[0].name), ("manager", manager)):
                token = asyncio.run(_token(bases[0], name, run))
                pulls[who] = first_pull(bases[0], token, args.pull_seconds)
        else:
            pulls["skipped"] = "the server has no /pull route yet"
    finally:
        restore_claim_limits(database, limits)
        sampler.stopped.set()
        sampler.join()
        for process, _ in servers:
            process.terminate()
        for process, _ in servers:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                process.kill()
        database.dispose()

    commands = sum(len(tally.latencies[k]) for k in KINDS)
    kinds = (*KINDS, "search", "search_word", "search_phone", "search_initials", "search_total")
    out = {
        "throughput": round(commands / elapsed, 1),
        "searches_per_s": round(len(tally.latencies["search"]) / elapsed, 1),
        "p50_ms": {k: round(percentile(tally.latencies[k], 50), 1) for k in kinds},
        "p95_ms": {k: round(percentile(tally.latencies[k], 95), 1) for k in kinds},
        "count": {k: len(tally.latencies[k]) for k in kinds},
        "outcomes": {k: dict(v) for k, v in tally.outcomes.items()},
        "errors": dict(tally.errors),
        "lost": lost,
        "duplicated": duplicated,
        "peak_mb": round(max(sampler.peak), 1),
        "peak_mb_by_server": [round(p, 1) for p in sampler.peak],
        "pull_rows_per_s": {k: v["rows_per_s"] for k, v in pulls.items() if isinstance(v, dict)},
        "pulls": pulls,
        "servers": args.servers,
        "think_s": args.think,
        "desks": len(desks),
        "seconds": round(elapsed, 1),
        "bench_cpu_share": round(cpu / elapsed, 3),
        **facts,
    }
    if args.json:
        print(json.dumps(out, ensure_ascii=False))
        return
    print(f"{len(desks)} desks, {args.servers} server process(es), {elapsed:.0f} s")
    print(f"throughput {out['throughput']} commands/s, {out['searches_per_s']} searches/s")
    for k in kinds:
        bar = "" if out["p95_ms"][k] < 100 else "  (over the 100 ms bar)"
        print(
            f"  {k:18} n={out['count'][k]:6}  p50 {out['p50_ms'][k]:7.1f} ms"
            f"  p95 {out['p95_ms'][k]:7.1f} ms{bar}"
        )
    for k, v in out["outcomes"].items():
        print(f"  {k}: {v}")
    print(f"errors {out['errors'] or 'none'}; lost {lost}, duplicated {duplicated} (bar 0)")
    print(
        f"applied {facts['applied']}; in the database: {facts['followups_in_db']} follow-ups, "
        f"{facts['edits_in_db']} edits, {facts['claims_in_db']} claims"
    )
    for who, v in pulls.items():
        if isinstance(v, dict):
            print(
                f"first pull ({who}): {v['rows']:,} rows in {v['pages']} pages, {v['seconds']} s, "
                f"{v['rows_per_s']:,} rows/s{'' if v['complete'] else ' (stopped, incomplete)'}"
            )
        else:
            print(f"first pull: {v}")
    print(f"peak memory per server process: {out['peak_mb_by_server']} MB (bar 300)")
    print(f"the desks' own CPU: {out['bench_cpu_share']:.0%} of a core")


async def _token(base: str, name: str, run: str) -> str:
    async with httpx.AsyncClient(timeout=30) as client:
        return await sign_in(client, base, name, f"bench-pull-{run}")


if __name__ == "__main__":
    main()
