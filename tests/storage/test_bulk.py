"""Rows written by storage.bulk read back, and compare, as rows the ORM wrote."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from crmdesk.core.models import Customer, Transition
from crmdesk.core.team import default_pool_id
from crmdesk.storage.bulk import insert_rows

AT = datetime(2026, 11, 23, 10, 0)
LATER = datetime(2026, 11, 24, 9, 30, 15, 250_000)


def test_bulk_rows_read_back_and_compare_like_orm_rows(session, team):
    pool = default_pool_id(session)
    connection = session.connection()
    top = session.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0
    ids = [top + 1, top + 2]
    insert_rows(
        connection,
        Customer.__table__,
        ("id", "company", "deal_total", "last_followup_at", "owner_id"),
        [
            (ids[0], "O'Brien's 贸易", Decimal("12345.67"), LATER, team.zhang),
            (ids[1], "=1+2", Decimal(0), None, None),
        ],
        {
            "pool_id": pool,
            "status": "active",
            "status_changed_at": AT,
            "created_at": AT,
            "stage": "lead",
            "tier": "C",
            "locked": False,
            "failed_attempts": 0,
            "deal_count": 0,
            "open_payments": 0,
            "source": "it's a constant",
        },
    )
    insert_rows(
        connection,
        Transition.__table__,
        ("customer_id", "to_status"),
        [(cid, "active") for cid in ids],
        {"action": "create", "at": AT, "note": "import", "details": {"城市": "杭州"}},
    )
    session.expire_all()

    first, second = (session.get(Customer, cid) for cid in ids)
    assert first.company == "O'Brien's 贸易" and second.company == "=1+2"
    assert first.deal_total == Decimal("12345.67") and second.deal_total == 0
    assert first.last_followup_at == LATER and second.last_followup_at is None
    assert first.created_at == AT and first.source == "it's a constant"
    assert first.locked is False and first.owner_id == team.zhang
    # dates compare with bound parameters as the ORM's own rows do
    assert session.scalars(select(Customer.id).where(Customer.created_at == AT)).all() == ids
    assert session.scalars(
        select(Customer.id).where(Customer.last_followup_at > datetime(2026, 11, 24, 9, 30, 15))
    ).all() == [ids[0]]
    history = session.scalars(select(Transition).where(Transition.customer_id.in_(ids))).all()
    assert [h.details for h in history] == [{"城市": "杭州"}] * 2
