"""Distribution (分配): each strategy's plan rep by rep, capacity and pool caps at their
edges, a preview that writes nothing, a commit that writes the plan as one batch of
assign transitions (all or nothing), and who may distribute to whom."""

from __future__ import annotations

import multiprocessing as mp
import random
from datetime import datetime

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from crmdesk.core.customers import create_customer
from crmdesk.core.distribution import (
    ALREADY_OWNED,
    NO_CAPACITY,
    NO_REP_FOR_INDUSTRY,
    NO_REP_FOR_REGION,
    STRATEGIES,
    RepLoad,
    distribute_customers,
    preview_distribution,
)
from crmdesk.core.errors import (
    InactiveRep,
    InvalidTransition,
    InvalidValue,
    NotFound,
    PermissionDenied,
)
from crmdesk.core.lifecycle import assign_customers, lock_customers, void_customers
from crmdesk.core.models import ACTIVE, POOL, VOIDED, Customer, Rep, Transition
from crmdesk.core.pools import create_pool, update_rules
from crmdesk.core.team import add_rep

T0 = datetime(2026, 3, 2, 9, 0)  # customers are set up at T0
AT = datetime(2026, 3, 3, 15, 30)  # the distribution happens at AT


# --- helpers -------------------------------------------------------------------------


def pooled(
    session: Session,
    team,
    n: int = 1,
    *,
    pool: int | None = None,
    region: str | None = None,
    industry: str | None = None,
) -> list[int]:
    """n unowned customers in a pool (the default one unless told), in id order."""
    fields = {k: v for k, v in {"region": region, "industry": industry}.items() if v}
    return [
        create_customer(
            session,
            {"company": f"分配测试客户{i}", **fields},
            team.manager,
            to_pool=True,
            pool_id=pool,
            now=T0,
        )
        for i in range(n)
    ]


def owned(session: Session, team, owner: int, n: int = 1, *, pool: int | None = None) -> list[int]:
    """n customers `owner` already has (given by the manager at T0)."""
    return [
        create_customer(
            session, {"company": f"已有客户{i}"}, team.manager, owner_id=owner, pool_id=pool, now=T0
        )
        for i in range(n)
    ]


def rep(session: Session, team, name: str, **fields) -> int:
    return add_rep(session, name, actor=team.manager, now=T0, **fields)


def state(session: Session) -> list[tuple]:
    """Every customer's status and owner, and the history: what a refusal must keep."""
    session.expire_all()
    customers = session.execute(
        select(Customer.id, Customer.status, Customer.owner_id, Customer.owned_since).order_by(
            Customer.id
        )
    ).all()
    transitions = session.scalar(select(func.count()).select_from(Transition))
    return [*customers, transitions]


def assigns(session: Session) -> list[Transition]:
    session.expire_all()
    return list(
        session.scalars(
            select(Transition).where(Transition.action == "assign").order_by(Transition.id)
        )
    )


def owners(session: Session, ids: list[int]) -> dict[int, int | None]:
    session.expire_all()
    return dict(
        session.execute(select(Customer.id, Customer.owner_id).where(Customer.id.in_(ids))).all()
    )


def set_rep_active(session: Session, rep_id: int, active: bool) -> None:
    session.execute(update(Rep).where(Rep.id == rep_id).values(active=active))
    session.commit()


# --- the strategies ------------------------------------------------------------------


def test_round_robin_cycles_through_the_reps_in_the_order_given(session, team):
    c = pooled(session, team, 7)
    shuffled = random.Random(3).sample(c, len(c))
    plan = preview_distribution(
        session, shuffled, [team.wang, team.zhang, team.li], "round_robin", team.manager
    )
    assert list(plan.assignments) == [team.wang, team.zhang, team.li]
    assert plan.assignments == {
        team.wang: (c[0], c[3], c[6]),
        team.zhang: (c[1], c[4]),
        team.li: (c[2], c[5]),
    }
    assert plan.unassigned == ()
    assert plan.count == 7 and plan.strategy == "round_robin"


def test_round_robin_skips_a_full_rep(session, team):
    small = rep(session, team, "赵六", capacity=1)
    c = pooled(session, team, 4)
    plan = preview_distribution(session, c, [small, team.zhang], "round_robin", team.manager)
    assert plan.assignments == {small: (c[0],), team.zhang: (c[1], c[2], c[3])}


def test_region_goes_to_the_reps_of_that_region_least_loaded_first(session, team):
    zhao = rep(session, team, "赵六", region="华东")  # 张三 is 华东 too, and owns one
    owned(session, team, team.zhang)
    east = pooled(session, team, 3, region="华东")
    (south,) = pooled(session, team, region=" 华南 ")  # spacing does not matter
    (north,) = pooled(session, team, region="华北")
    (west,) = pooled(session, team, region="西南")
    (nowhere,) = pooled(session, team)
    ids = [*east, south, north, west, nowhere]
    plan = preview_distribution(
        session, ids, [team.zhang, team.li, team.wang, zhao], "region", team.manager
    )
    assert plan.assignments == {
        team.zhang: (east[1],),  # 1 + 0 ties with 赵六's 1 + 0 after east[0]: lower id
        team.li: (south,),
        team.wang: (north,),
        zhao: (east[0], east[2]),
    }
    assert plan.unassigned == ((west, NO_REP_FOR_REGION), (nowhere, NO_REP_FOR_REGION))


def test_a_region_mapping_replaces_the_reps_own_regions(session, team):
    (east,) = pooled(session, team, region="华东")
    south = pooled(session, team, 2, region="华南")
    (north,) = pooled(session, team, region="华北")
    mapping = {"华东": [team.li], "华南": [team.li, team.wang]}
    plan = preview_distribution(
        session,
        [east, *south, north],
        [team.zhang, team.li, team.wang],
        "region",
        team.manager,
        mapping=mapping,
    )
    assert plan.assignments == {
        team.zhang: (),
        team.li: (east, south[1]),
        team.wang: (south[0],),
    }
    assert plan.unassigned == ((north, NO_REP_FOR_REGION),)  # 王五 is 华北, but unmapped


def test_mapped_reps_not_chosen_today_are_left_out(session, team):
    east = pooled(session, team, 2, region="华东")
    plan = preview_distribution(
        session,
        east,
        [team.wang],
        "region",
        team.manager,
        mapping={"华东": [team.zhang, team.wang]},
    )
    assert plan.assignments == {team.wang: tuple(east)}


def test_industry_follows_the_mapping(session, team):
    (factory,) = pooled(session, team, industry="制造业")
    software = pooled(session, team, 2, industry="软件")
    (retail,) = pooled(session, team, industry="零售")
    (unknown,) = pooled(session, team)
    mapping = {"制造业": [team.zhang], "软件": [team.wang, team.li]}
    plan = preview_distribution(
        session,
        [factory, *software, retail, unknown],
        [team.zhang, team.li, team.wang],
        "industry",
        team.manager,
        mapping=mapping,
    )
    assert plan.assignments == {
        team.zhang: (factory,),
        team.li: (software[0],),  # 0 : 0, the lower id
        team.wang: (software[1],),
    }
    assert plan.unassigned == ((retail, NO_REP_FOR_INDUSTRY), (unknown, NO_REP_FOR_INDUSTRY))


@pytest.mark.parametrize("mapping", [None, {}])
def test_industry_without_a_mapping_is_refused(session, team, mapping):
    c = pooled(session, team, 1)
    with pytest.raises(InvalidValue) as refused:
        preview_distribution(session, c, [team.zhang], "industry", team.manager, mapping=mapping)
    assert refused.value.facts["field"] == "mapping"


def test_least_loaded_fills_the_emptiest_rep_first(session, team):
    owned(session, team, team.zhang, 3)
    owned(session, team, team.li, 1)
    c = pooled(session, team, 6)
    plan = preview_distribution(
        session, c, [team.zhang, team.li, team.wang], "least_loaded", team.manager
    )
    # loads 张三 3, 李四 1, 王五 0; ties go to the lower rep id (李四 before 王五)
    assert plan.assignments == {
        team.zhang: (c[5],),
        team.li: (c[1], c[3]),
        team.wang: (c[0], c[2], c[4]),
    }
    assert plan.loads[team.zhang] == RepLoad(team.zhang, "张三", 3, 1, 197)
    assert plan.loads[team.wang].owned_after == 3
    assert plan.loads[team.li].room_after == 199 - 2


def test_weighted_gives_a_higher_level_proportionally_more(session, team):
    senior = rep(session, team, "赵六", level=3)
    junior = rep(session, team, "钱七", level=1)
    c = pooled(session, team, 8)
    plan = preview_distribution(session, c, [junior, senior], "weighted", team.manager)
    # next goes to the smallest (load + 1) / level; 1 = 3/3 ties to the lower id (赵六)
    assert plan.assignments == {
        junior: (c[3], c[7]),
        senior: (c[0], c[1], c[2], c[4], c[5], c[6]),
    }


def test_weighted_counts_what_reps_already_own(session, team):
    senior = rep(session, team, "赵六", level=2)
    junior = rep(session, team, "钱七", level=1)
    owned(session, team, senior, 4)
    c = pooled(session, team, 4)
    plan = preview_distribution(session, c, [senior, junior], "weighted", team.manager)
    # 赵六's 5/2 loses to 钱七's 1 and 2, beats 3; then 6/2 ties 3 and goes to the lower id
    assert plan.assignments == {senior: (c[2], c[3]), junior: (c[0], c[1])}


# --- capacity and pool caps ----------------------------------------------------------


@pytest.mark.parametrize("strategy", ["round_robin", "least_loaded", "weighted"])
def test_room_exactly_enough_places_everyone(session, team, strategy):
    small = rep(session, team, "赵六", capacity=5)
    owned(session, team, small, 2)
    c = pooled(session, team, 3)
    plan = preview_distribution(session, c, [small], strategy, team.manager)
    assert plan.assignments == {small: tuple(c)} and plan.unassigned == ()
    assert plan.loads[small] == RepLoad(small, "赵六", 2, 3, 3)
    assert plan.loads[small].room_after == 0


@pytest.mark.parametrize("strategy", ["round_robin", "least_loaded", "weighted"])
def test_one_customer_past_capacity_stays_unassigned(session, team, strategy):
    small = rep(session, team, "赵六", capacity=5)
    owned(session, team, small, 2)
    c = pooled(session, team, 4)
    plan = preview_distribution(session, c, [small], strategy, team.manager)
    assert plan.assignments == {small: tuple(c[:3])}
    assert plan.unassigned == ((c[3], NO_CAPACITY),)
    result = distribute_customers(session, c, [small], strategy, team.manager, now=AT)
    assert result.assignments == plan.assignments and result.unassigned == plan.unassigned
    assert owners(session, c) == {c[0]: small, c[1]: small, c[2]: small, c[3]: None}
    assert session.scalar(select(func.count()).where(Customer.owner_id == small)) == 5


def test_a_full_region_rep_is_not_replaced_by_another_region(session, team):
    full = rep(session, team, "赵六", region="华东", capacity=0)
    east = pooled(session, team, 1, region="华东")
    plan = preview_distribution(session, east, [full, team.li], "region", team.manager)
    assert plan.unassigned == ((east[0], NO_CAPACITY),)
    assert plan.loads[full].room == 0


def test_a_pool_cap_below_capacity_limits_that_pools_customers_only(session, team):
    small_pool = create_pool(session, "小公海", team.manager, {"max_owned": 2})
    owned(session, team, team.zhang, 1)  # counts towards every pool's cap, as for claims
    (d1,) = pooled(session, team)
    s = pooled(session, team, 2, pool=small_pool)
    (d2,) = pooled(session, team)
    plan = preview_distribution(session, [d1, *s, d2], [team.zhang], "round_robin", team.manager)
    # after d1 张三 owns 2: the small pool's cap is reached, the default pool's is not
    assert plan.assignments == {team.zhang: (d1, d2)}
    assert plan.unassigned == ((s[0], NO_CAPACITY), (s[1], NO_CAPACITY))
    assert plan.loads[team.zhang] == RepLoad(team.zhang, "张三", 1, 2, 199)


def test_a_pool_cap_counts_what_the_pools_rules_count(session, team):
    relaxed = create_pool(
        session, "宽松公海", team.manager, {"max_owned": 1, "count_locked": False}
    )
    for cid in owned(session, team, team.zhang, 2):
        lock_customers(session, [cid], team.manager, now=T0)  # locked: not counted there
    c = pooled(session, team, 2, pool=relaxed)
    plan = preview_distribution(session, c, [team.zhang], "least_loaded", team.manager)
    assert plan.assignments == {team.zhang: (c[0],)}
    assert plan.unassigned == ((c[1], NO_CAPACITY),)
    assert plan.loads[team.zhang] == RepLoad(team.zhang, "张三", 2, 1, 1)  # capacity counts them


def test_the_commit_works_the_plan_out_again_and_never_overshoots(session, team):
    small = rep(session, team, "赵六", capacity=3)
    c = pooled(session, team, 3)
    assert preview_distribution(session, c, [small], "round_robin", team.manager).count == 3
    other = pooled(session, team, 2)
    assign_customers(session, other, small, team.manager, now=T0)  # another desk, meanwhile
    result = distribute_customers(session, c, [small], "round_robin", team.manager, now=AT)
    assert result.assignments == {small: (c[0],)}
    assert result.unassigned == ((c[1], NO_CAPACITY), (c[2], NO_CAPACITY))
    assert session.scalar(select(func.count()).where(Customer.owner_id == small)) == 3


# --- preview and commit --------------------------------------------------------------


@pytest.mark.parametrize("strategy", STRATEGIES)
def test_preview_writes_nothing_and_the_commit_does_what_it_showed(session, team, strategy):
    c = [
        *pooled(session, team, 3, region="华东", industry="软件"),
        *pooled(session, team, 3, region="华南", industry="制造业"),
    ]
    mapping = {"软件": [team.zhang, team.wang], "制造业": [team.li]}
    kwargs = {"mapping": mapping} if strategy == "industry" else {}
    reps = [team.zhang, team.li, team.wang]
    before = state(session)
    plan = preview_distribution(session, c, reps, strategy, team.manager, **kwargs)
    assert plan.count == 6
    assert not (session.new or session.dirty or session.deleted)
    assert state(session) == before
    result = distribute_customers(session, c, reps, strategy, team.manager, now=AT, **kwargs)
    assert result.assignments == plan.assignments
    assert owners(session, c) == {cid: r for r, ids in plan.assignments.items() for cid in ids}


def test_commit_writes_one_assign_per_placed_customer_in_one_batch(session, team):
    c = pooled(session, team, 4)
    (wangs,) = owned(session, team, team.wang)  # 王五 is not chosen: it moves
    (zhangs,) = owned(session, team, team.zhang)  # 张三 is chosen: it stays his
    ids = [*c, wangs, zhangs]
    before = state(session)
    result = distribute_customers(
        session, ids, [team.zhang, team.li], "round_robin", team.manager, note=" 月初分配 ", now=AT
    )
    assert result.assignments == {team.zhang: (c[0], c[2], wangs), team.li: (c[1], c[3])}
    assert result.unassigned == ((zhangs, ALREADY_OWNED),)
    assert result.count == 5 and result.customer_ids == tuple(sorted([*c, wangs]))
    rows = assigns(session)
    assert sorted(r.customer_id for r in rows) == sorted([*c, wangs])
    assert {r.batch for r in rows} == {result.batch}
    assert {(r.actor_id, r.at, r.to_status, r.note) for r in rows} == {
        (team.manager, AT, ACTIVE, "月初分配")
    }
    assert {r.details["strategy"] for r in rows} == {"round_robin"}
    moved = {r.customer_id: (r.from_status, r.from_owner_id, r.to_owner_id) for r in rows}
    assert moved[c[0]] == (POOL, None, team.zhang)
    assert moved[wangs] == (ACTIVE, team.wang, team.zhang)
    moved_customer = session.get(Customer, wangs)
    assert (moved_customer.previous_owner_id, moved_customer.owned_since) == (team.wang, AT)
    after = state(session)
    assert after[-1] == before[-1] + 5
    assert [row for row in after[:-1] if row.id == zhangs] == [
        row for row in before[:-1] if row.id == zhangs
    ]


def test_two_distributions_get_different_batches(session, team):
    c = pooled(session, team, 2)
    first = distribute_customers(session, c[:1], [team.li], "round_robin", team.manager, now=AT)
    second = distribute_customers(session, c[1:], [team.li], "round_robin", team.manager, now=AT)
    assert first.batch != second.batch


def test_nothing_placeable_commits_nothing(session, team):
    full = rep(session, team, "赵六", capacity=0)
    c = pooled(session, team, 2)
    before = state(session)
    result = distribute_customers(session, c, [full], "least_loaded", team.manager, now=AT)
    assert result.count == 0 and result.unassigned == ((c[0], NO_CAPACITY), (c[1], NO_CAPACITY))
    assert state(session) == before


# --- refusals: all or nothing --------------------------------------------------------


def test_a_voided_customer_refuses_the_whole_distribution(session, team):
    c = pooled(session, team, 5)
    (junk,) = owned(session, team, team.wang)
    void_customers(session, [junk], "duplicate", None, team.wang, now=T0)
    ids = [*c[:2], junk, *c[2:]]
    before = state(session)
    with pytest.raises(InvalidTransition) as refused:
        preview_distribution(session, ids, [team.zhang, team.li], "round_robin", team.manager)
    assert refused.value.facts == {"customer_id": junk, "status": VOIDED, "action": "assign"}
    with pytest.raises(InvalidTransition):
        distribute_customers(
            session, ids, [team.zhang, team.li], "round_robin", team.manager, now=AT
        )
    assert state(session) == before
    assert assigns(session) == []


@pytest.mark.parametrize("call", ["preview", "commit"])
def test_a_plain_rep_may_not_distribute(session, team, call):
    c = pooled(session, team, 3)
    before = state(session)
    with pytest.raises(PermissionDenied) as refused:
        if call == "preview":
            preview_distribution(session, c, [team.zhang, team.li], "round_robin", team.zhang)
        else:
            distribute_customers(
                session, c, [team.zhang, team.li], "round_robin", team.zhang, now=AT
            )
    assert refused.value.facts["why"] == "managers or pool admins only"
    assert state(session) == before


def test_a_pool_admin_distributes_in_their_pool_only(session, team):
    south = pooled(session, team, 2, pool=team.south_pool)
    (default,) = pooled(session, team)
    before = state(session)
    with pytest.raises(PermissionDenied):
        distribute_customers(
            session, [*south, default], [team.zhang, team.wang], "round_robin", team.li, now=AT
        )
    assert state(session) == before
    result = distribute_customers(
        session, south, [team.zhang, team.wang], "round_robin", team.li, now=AT
    )
    assert result.assignments == {team.zhang: (south[0],), team.wang: (south[1],)}
    assert {r.actor_id for r in assigns(session)} == {team.li}


@pytest.mark.parametrize("call", ["preview", "commit"])
def test_an_inactive_rep_is_refused(session, team, call):
    c = pooled(session, team, 2)
    set_rep_active(session, team.wang, False)
    before = state(session)
    with pytest.raises(InactiveRep) as refused:
        if call == "preview":
            preview_distribution(session, c, [team.zhang, team.wang], "round_robin", team.manager)
        else:
            distribute_customers(
                session, c, [team.zhang, team.wang], "round_robin", team.manager, now=AT
            )
    assert refused.value.facts == {"rep": "王五"}
    assert state(session) == before


@pytest.mark.parametrize(
    ("customers", "reps", "strategy", "mapping", "error", "field"),
    [
        ("some", "some", "random", None, InvalidValue, "strategy"),
        ("none", "some", "round_robin", None, InvalidValue, "customers"),
        ("some", "none", "round_robin", None, InvalidValue, "reps"),
        ("some", "some", "least_loaded", {"华东": [2]}, InvalidValue, "mapping"),
        ("some", "some", "region", {"华东": 2}, InvalidValue, "mapping"),
        ("missing", "some", "round_robin", None, NotFound, None),
        ("some", "missing", "round_robin", None, NotFound, None),
    ],
)
@pytest.mark.parametrize("call", ["preview", "commit"])
def test_bad_requests_are_refused(
    session, team, call, customers, reps, strategy, mapping, error, field
):
    c = pooled(session, team, 2)
    ids = {"some": c, "none": [], "missing": [*c, 99999]}[customers]
    rep_ids = {"some": [team.zhang], "none": [], "missing": [team.zhang, 9999]}[reps]
    before = state(session)
    with pytest.raises(error) as refused:
        if call == "preview":
            preview_distribution(session, ids, rep_ids, strategy, team.manager, mapping=mapping)
        else:
            distribute_customers(
                session, ids, rep_ids, strategy, team.manager, mapping=mapping, now=AT
            )
    if field:
        assert refused.value.facts["field"] == field
    else:
        assert refused.value.facts["ids"] in ([99999], [9999])
    assert state(session) == before


# --- at size -------------------------------------------------------------------------

N = 10_000


def test_ten_thousand_customers_fill_every_rep_to_capacity_and_no_further(session, team):
    update_rules(session, team.default_pool, {"max_owned": 5000}, team.manager)
    reps = [
        rep(session, team, name, capacity=capacity)
        for name, capacity in [("赵六", 1000), ("钱七", 3000), ("孙八", 3000), ("周九", 2999)]
    ]
    rows = [
        {
            "company": f"批量客户{i:05d}",
            "pool_id": team.default_pool,
            "status": POOL,
            "status_changed_at": T0,
            "created_at": T0,
            "pooled_at": T0,
        }
        for i in range(N)
    ]
    session.execute(insert(Customer), rows)
    session.commit()
    ids = list(session.scalars(select(Customer.id).order_by(Customer.id)))
    assert len(ids) == N

    plan = preview_distribution(session, ids, reps, "least_loaded", team.manager)
    assert [len(plan.assignments[r]) for r in reps] == [1000, 3000, 3000, 2999]
    assert plan.unassigned == ((ids[-1], NO_CAPACITY),)
    assert plan.assignments[reps[0]] == tuple(ids[:4000:4])  # turns while all are open

    result = distribute_customers(session, ids, reps, "least_loaded", team.manager, now=AT)
    assert result.assignments == plan.assignments and result.unassigned == plan.unassigned
    session.expire_all()
    counts = dict(
        session.execute(
            select(Customer.owner_id, func.count())
            .where(Customer.status == ACTIVE)
            .group_by(Customer.owner_id)
        ).all()
    )
    assert counts == dict(zip(reps, [1000, 3000, 3000, 2999], strict=True))
    batches = session.execute(
        select(Transition.batch, func.count())
        .where(Transition.action == "assign")
        .group_by(Transition.batch)
    ).all()
    assert batches == [(result.batch, N - 1)]
    assert session.get(Customer, ids[-1]).status == POOL


# --- two desks at once ---------------------------------------------------------------


def _distributor(url: str, ids: list[int], rep_id: int, actor: int, barrier, results) -> None:
    from crmdesk.core.distribution import distribute_customers
    from crmdesk.storage.engine import Database

    database = Database(url)
    barrier.wait()
    with database.session() as session:
        result = distribute_customers(session, ids, [rep_id], "round_robin", actor, now=AT)
    database.dispose()
    results.put(result.count)


def test_two_managers_distributing_at_once_cannot_overshoot_a_rep(db, session, team):
    cap = 12
    small = rep(session, team, "赵六", capacity=cap)
    batches = [pooled(session, team, 10), pooled(session, team, 10)]
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(len(batches))
    results = ctx.Queue()
    workers = [
        ctx.Process(target=_distributor, args=(db.url, ids, small, team.manager, barrier, results))
        for ids in batches
    ]
    for w in workers:
        w.start()
    placed = sorted(results.get(timeout=120) for _ in workers)
    for w in workers:
        w.join(timeout=30)
        assert w.exitcode == 0
    assert placed == [2, 10]
    session.expire_all()
    assert session.scalar(select(func.count()).where(Customer.owner_id == small)) == cap
    assert len(assigns(session)) == cap
