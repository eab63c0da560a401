"""Counts for `crmdesk stats` and the side bar: plain dictionaries of name -> count."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core.models import ACTIVE, ARCHIVED, CLOSED, POOL, VOIDED, Customer, Pool, Rep
from crmdesk.core.search import in_view


def customer_stats(session: Session, visible_to: int | None = None) -> dict[str, Any]:
    """`by_pool` counts customers waiting in each pool; `by_owner` active owned ones;
    with `visible_to`, only what that person may see (a manager: everything)."""
    seen = in_view(session, visible_to) if visible_to is not None else []

    def grouped(column: Any, *where: Any, join: Any = None, on: Any = None) -> dict[str, int]:
        stmt = select(column, func.count()).select_from(Customer)
        if join is not None:
            stmt = stmt.join(join, on)
        stmt = stmt.where(*where, *seen).group_by(column).order_by(column)
        return {str(k): int(v) for k, v in session.execute(stmt)}

    total = select(func.count()).select_from(Customer).where(*seen)
    return {
        "total": int(session.scalar(total) or 0),
        "by_status": grouped(Customer.status),
        "by_pool": grouped(
            Pool.name, Customer.status == POOL, join=Pool, on=Pool.id == Customer.pool_id
        ),
        "by_owner": grouped(
            Rep.name, Customer.status == ACTIVE, join=Rep, on=Rep.id == Customer.owner_id
        ),
        "by_tier": grouped(Customer.tier),
        "by_stage": grouped(Customer.stage),
    }


def list_counts(session: Session, rep_id: int) -> dict[str, int]:
    """The side bar's numbers, each one indexed count: `mine`, `team` (managers),
    `voided`, `closed` (closed and archived) and `pool:<id>` for every pool; for a rep,
    voided and closed count what their lists show them."""

    def count(*where: Any) -> int:
        return int(session.scalar(select(func.count()).select_from(Customer).where(*where)) or 0)

    from crmdesk.core.search import Filters
    from crmdesk.core.search import count as list_count

    out = {"mine": count(Customer.owner_id == rep_id, Customer.status == ACTIVE)}
    rep = session.get(Rep, rep_id)
    if rep is not None and not rep.is_manager:
        # a rep's lists show their own and their pools' customers: so do the numbers
        for key, statuses in (("voided", (VOIDED,)), ("closed", (CLOSED, ARCHIVED))):
            out[key] = list_count(session, "", Filters(status=statuses, visible_to=rep_id))
    else:
        out["team"] = count(Customer.status == ACTIVE)
        out["voided"] = count(Customer.status == VOIDED)
        out["closed"] = count(Customer.status.in_((CLOSED, ARCHIVED)))
    pooled = select(Customer.pool_id, func.count()).where(Customer.status == POOL)
    for pool_id, n in session.execute(pooled.group_by(Customer.pool_id)):
        out[f"pool:{pool_id}"] = int(n)
    return out
