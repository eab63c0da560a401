"""Reps at several desks claim the same pool customers at the same moment."""

from __future__ import annotations

import multiprocessing as mp
import random
from datetime import datetime

from sqlalchemy import func, select

from crmdesk.core.customers import create_customer
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
