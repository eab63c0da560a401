"""Search, stats, exports and reports for the command line, filtered and masked here.

Every route reads as the token's person: a rep's view is their own customers and the
pool customers of their pools (core/search.py `Filters.visible_to`), with the contacts of
pools that mask them masked, and a masked pool's contacts matched by whole value only
(`mask_for`). A manager's view is the team. Nothing here decides a rule of its own but
who may export and who may read which report (DESIGN.md "Who does what").
"""

# No `from __future__ import annotations`: FastAPI reads these annotations at run time.

import shutil
import tempfile
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import FileResponse
from sqlalchemy.orm import Session
from starlette.background import BackgroundTask

from crmdesk.core.errors import PermissionDenied
from crmdesk.core.grading import grade, may_regrade
from crmdesk.core.lifecycle import get_rep, is_pool_admin
from crmdesk.core.models import POOL, Rep
from crmdesk.core.pools import rules_to_sweep, sweep
from crmdesk.core.reports import REPORTS, run_report
from crmdesk.core.risk import warnings_per_rule
from crmdesk.core.search import (
    MAX_PAGE,
    PAGE,
    Filters,
    count,
    matching_ids,
    owner_names,
    resolve_pool,
    resolve_rep,
    search,
    stamp,
)
from crmdesk.core.stats import customer_stats
from crmdesk.core.team import list_pools, list_reps
from crmdesk.server.deps import Person, SessionDep
from crmdesk.sync.client import ROWS_HEADER

router = APIRouter()

# The reports a rep may read, cut down to themselves; every other report counts the
# whole team and is the manager's (see `report`).
OWN_ROW_REPORTS = ("workload",)


class Refused(PermissionDenied):
    """A read this person may not make; answered 403 like any permission."""


class ExportNotOwner(Refused):
    code = "export_not_owner"


class ExportNotPoolAdmin(Refused):
    code = "export_not_pool_admin"


class ReportManagersOnly(Refused):
    code = "report_managers_only"


class ListQuery:
    """The words and filters of a list, as `crmdesk search` and `export` take them."""

    def __init__(
        self,
        query: str = "",
        status: Annotated[list[str] | None, Query()] = None,
        owner: str | None = None,
        pool: str | None = None,
        tier: Annotated[list[str] | None, Query()] = None,
        warning: str | None = None,
        region: str | None = None,
        industry: str | None = None,
        stage: Annotated[list[str] | None, Query()] = None,
    ) -> None:
        self.query = query
        self.status, self.tier, self.stage = status, tier, stage
        self.owner, self.pool = owner, pool
        self.warning, self.region, self.industry = warning, region, industry

    def filters(self, session: Session, rep_id: int) -> Filters:
        """The filters, limited to what `rep_id` may see (reps and pools by id or name;
        owner "none" for customers without one)."""
        return Filters(
            status=tuple(self.status) if self.status else None,
            owner=0 if self.owner in ("none", "无") else resolve_rep(session, self.owner),
            pool=resolve_pool(session, self.pool),
            tier=tuple(self.tier) if self.tier else None,
            warning=self.warning,
            region=self.region,
            industry=self.industry,
            stage=tuple(self.stage) if self.stage else None,
            visible_to=rep_id,
        )


Words = Annotated[ListQuery, Depends()]
COUNT_CAP = 1000  # a search's total stops here: "1000+ found"


@router.get("/search")
def search_customers(
    person: Person,
    session: SessionDep,
    words: Words,
    sort: str = "id",
    asc: bool = False,
    offset: Annotated[int, Query(ge=0)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = PAGE,
    total: bool = True,
) -> dict[str, Any]:
    """`crmdesk search --json`: the first page (masked for the person) and the total,
    counted up to COUNT_CAP ("total_more" says there are more). Counting every match
    of a common word at a million customers takes most of a second of the server's
    database for a number nobody reads past "1,000+"; the first page takes milliseconds.
    `total=false` answers the page alone, as a list shows it at once and asks for the
    count afterwards."""
    filters = words.filters(session, person.rep_id)
    page = search(
        session,
        words.query,
        filters,
        sort=sort,
        descending=not asc,
        offset=offset,
        limit=limit,
        mask_for=person.rep_id,
    )
    counted = more = None
    if total:
        found = count(session, words.query, filters, mask_for=person.rep_id, at_most=COUNT_CAP + 1)
        counted, more = min(found, COUNT_CAP), found > COUNT_CAP
    names = owner_names(session)
    rows = [{**stamp(r), "owner": names.get(r["owner_id"])} for r in page.rows]
    return {
        "total": counted,
        "total_more": more,
        "has_more": page.has_more,
        "results": rows,
        "seconds": round(page.seconds, 4),
    }


@router.get("/stats")
def stats(person: Person, session: SessionDep) -> dict[str, Any]:
    """`crmdesk stats --json` over the person's view: a rep's own and their pools'
    customers, a manager's whole team."""
    return customer_stats(session, visible_to=person.rep_id)


def _exportable_ids(session: Session, rep: Rep, query: str, filters: Filters) -> list[int] | None:
    """What a rep may export of a list: their own customers, and the pool customers of
    the pools they administer (DESIGN.md: a pool's admins export it); None for a manager,
    who exports the whole list. Asking for another rep's customers, or for a pool they
    do not administer, is refused rather than quietly answered with fewer rows."""
    if rep.is_manager:
        return None
    if filters.owner not in (None, 0, rep.id):
        owner = session.get(Rep, filters.owner)
        raise ExportNotOwner(rep=rep.name, owner=owner.name if owner else filters.owner)
    pools = {p.id: p.name for p in list_pools(session)}
    if filters.pool is not None and not is_pool_admin(session, rep, filters.pool):
        raise ExportNotPoolAdmin(pool=pools.get(filters.pool, filters.pool))
    ids: list[int] = []
    if filters.owner in (None, rep.id):
        ids.extend(matching_ids(session, query, replace(filters, owner=rep.id), mask_for=rep.id))
    if filters.owner in (None, 0) and (not filters.status or POOL in filters.status):
        for pool_id in pools:
            if filters.pool in (None, pool_id) and is_pool_admin(session, rep, pool_id):
                pooled = replace(filters, status=(POOL,), pool=pool_id)
                ids.extend(matching_ids(session, query, pooled, mask_for=rep.id))
    return ids


@router.get("/export")
def export(
    person: Person,
    session: SessionDep,
    words: Words,
    format: Literal["xlsx", "csv"] = "xlsx",
    lang: Literal["zh", "en"] = "zh",
) -> FileResponse:
    """The file `crmdesk export` writes, built here from what the person may export,
    masked as their lists are; the number of rows in the X-Crmdesk-Rows header."""
    from crmdesk.excel.exporter import export_customers

    rep = get_rep(session, person.rep_id)
    filters = words.filters(session, person.rep_id)
    ids = _exportable_ids(session, rep, words.query, filters)
    folder = Path(tempfile.mkdtemp(prefix="crmdesk-export-"))
    try:
        result = export_customers(
            session,
            folder / f"customers.{format}",
            words.query,
            filters,
            ids=ids,
            lang=lang,
            mask_for=person.rep_id,
        )
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(
        result.path,
        filename=result.path.name,
        headers={ROWS_HEADER: str(result.rows)},
        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True),
    )


@router.get("/reports/{name}")
def report(
    name: str,
    person: Person,
    session: SessionDep,
    since: datetime | None = None,
    until: datetime | None = None,
    now: datetime | None = None,
) -> dict[str, Any]:
    """`crmdesk report NAME --json`. Reports are the manager's (DESIGN.md: the manager
    "reads the reports"): reasons, pool flow, tiers, funnel and warnings count every
    customer of the team, pools a rep is no member of included, so a rep reading them
    would learn about customers outside their view. Workload is per rep; a rep may read
    it cut down to their own row, numbers they see in their own lists anyway."""
    rep = get_rep(session, person.rep_id)
    if not rep.is_manager and name in REPORTS and name not in OWN_ROW_REPORTS:
        raise ReportManagersOnly(report=name)
    data = run_report(session, name, since=since, until=until, now=now)
    if not rep.is_manager:
        data["reps"] = [row for row in data["reps"] if row["id"] == rep.id]
    return data


@router.get("/team")
def team(person: Person, session: SessionDep) -> dict[str, Any]:
    """Everyone's name, role, region and whether they are active (a rep picks an owner
    or reads a list's owner column by name); capacity and how many each owns are the
    manager's, as the workload report is. Never a password hash. The pools' names come
    along (stats show them too), so the command line resolves `--pool NAME`."""
    manager = get_rep(session, person.rep_id).is_manager
    people = []
    for p in list_reps(session):
        shown = {"id": p.id, "name": p.name, "role": p.role, "region": p.region}
        shown["active"] = p.active
        if manager:
            shown |= {"capacity": p.capacity, "owned": p.owned}
        people.append(shown)
    pools = [{"id": p.id, "name": p.name} for p in list_pools(session)]
    return {"people": people, "pools": pools}


@router.get("/sweep")
def sweep_preview(person: Person, session: SessionDep, pool: str | None = None) -> dict[str, Any]:
    """`crmdesk pool sweep --dry-run`: what reclaiming now would do, asked by whoever may
    do it (a pool's admins for their pool, managers for any or all); the command
    sweep_now does it."""
    rules = rules_to_sweep(session, person.rep_id, resolve_pool(session, pool))
    return sweep(session, dry_run=True, rules=rules).as_json()


@router.get("/grade")
def grade_preview(person: Person, session: SessionDep) -> dict[str, Any]:
    """`crmdesk grade --dry-run`: the tier moves re-grading now would make (managers);
    the command regrade makes them."""
    may_regrade(session, person.rep_id)
    return grade(session, dry_run=True).as_json()


@router.get("/warnings")
def warnings(person: Person, session: SessionDep) -> dict[str, int]:
    """How many working customers each warning rule names: a rep's own, a manager's
    team (as of the server's last refresh)."""
    rep = get_rep(session, person.rep_id)
    return warnings_per_rule(session, owner=None if rep.is_manager else rep.id)
