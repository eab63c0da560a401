"""Reps at several desks claim the same pool customers at the same moment."""

from __future__ import annotations

import multiprocessing as mp
import random
from datetime import datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import OperationalError

from crmdesk.core.customers import create_customer
from crmdesk.core.lifecycle import claim_customers
from crmdesk.core.models import Customer, Transition
from crmdesk.core.pools import update_rules

NOW = datetime(2026, 5, 6, 10, 0)
CUSTOMERS = 60
CAP = 12


def _claimer(url: str, rep_id: int, ids: list[int], barrier, results) -> None:
    from crmdesk.core.errors import CrmdeskError
    from crmdesk.core.lifecycle import claim_customers
    from crmdesk.storage.engine import Database

    database = Database(url)
    won = refused = 0
    barrier.wait()
    with database.session() as session:
        for cid in ids:
            try:
                claim_customers(session, [cid], rep_id, now=NOW)
                won += 1
            except CrmdeskError:
                refused += 1
    database.dispose()
    results.put((rep_id, won, refused))


def test_each_customer_gets_exactly_one_owner_and_caps_hold(db, session, team):
    update_rules(session, team.default_pool, {"max_owned": CAP}, team.manager)
    ids = [
        create_customer(
            session,
            {"company": f"竞争客户{i:03d}有限公司"},
            team.manager,
            to_pool=True,
            now=datetime(2026, 5, 1),
        )
        for i in range(CUSTOMERS)
    ]
    # 张三 sits at two desks at once: his own cap must hold across both.
    desks = [team.zhang, team.zhang, team.li, team.wang]
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(len(desks))
    results = ctx.Queue()
    workers = [
        ctx.Process(
            target=_claimer,
            args=(db.url, rep, random.Random(n).sample(ids, len(ids)), barrier, results),
        )
        for n, rep in enumerate(desks)
    ]
    for w in workers:
        w.start()
    outcomes = [results.get(timeout=120) for _ in workers]
    for w in workers:
        w.join(timeout=30)
        assert w.exitcode == 0

    session.expire_all()
    claims = session.execute(
        select(Transition.customer_id, func.count())
        .where(Transition.action == "claim")
        .group_by(Transition.customer_id)
    ).all()
    assert all(n == 1 for _, n in claims), "a customer was claimed twice"
    owners = dict(
        session.execute(
            select(Customer.owner_id, func.count())
            .where(Customer.status == "active")
            .group_by(Customer.owner_id)
        ).all()
    )
    assert owners == {team.zhang: CAP, team.li: CAP, team.wang: CAP}
    assert sum(won for _, won, _ in outcomes) == 3 * CAP == len(claims)
    for cid, _ in claims:
        owner = session.scalar(select(Customer.owner_id).where(Customer.id == cid))
        claimer = session.scalar(
            select(Transition.actor_id).where(
                Transition.customer_id == cid, Transition.action == "claim"
            )
        )
        assert owner == claimer


def test_a_claim_waits_for_the_reps_other_desk_on_postgresql(db, session, team):
    """The rep's row is locked for the whole claim, so one rep's desks take turns and
    the caps are counted on committed data (SQLite gets the same from BEGIN IMMEDIATE)."""
    if db.engine.dialect.name != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite serialises writers")
    cid = create_customer(
        session, {"company": "排队客户"}, team.manager, to_pool=True, now=datetime(2026, 5, 1)
    )
    other_desk = db.engine.connect()
    other_desk.begin()
    # NO KEY UPDATE: it blocks a claim's FOR UPDATE, but not the KEY SHARE lock that the
    # history rows' foreign key takes, so only the claim's own lock makes it wait.
    other_desk.execute(
        text("SELECT id FROM reps WHERE id = :id FOR NO KEY UPDATE"), {"id": team.zhang}
    )
    try:
        with db.session() as desk:
            desk.connection().execute(text("SET lock_timeout = '300ms'"))
            desk.commit()  # a session setting survives only a committed transaction
            with pytest.raises(OperationalError, match="lock timeout"):
                claim_customers(desk, [cid], team.zhang, now=NOW)
    finally:
        other_desk.rollback()
        other_desk.close()
    claim_customers(session, [cid], team.zhang, now=NOW)
    assert session.get(Customer, cid).owner_id == team.zhang
