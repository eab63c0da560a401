"""Report data (issue #3): exact numbers from small scenarios built with the services.

Each scenario sets every time explicitly. Weeks are ISO weeks starting on Monday:
2026-03-02, 03-09, 03-16 and 03-23 are Mondays, so 2026-03-08 23:59 is the last minute
of the first week and 03-09 00:00 the first of the second.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, update

from crmdesk.core.activity import (
    add_payment,
    log_followup,
    record_complaint,
    record_deal,
    record_return,
)
from crmdesk.core.customers import create_customer
from crmdesk.core.errors import InvalidValue
from crmdesk.core.grading import grade, set_tier_override
from crmdesk.core.lifecycle import (
    archive_customers,
    assign_customers,
    claim_customers,
    close_customers,
    lock_customers,
    reactivate_customers,
    release_customers,
    void_customers,
)
from crmdesk.core.models import Reason, Rep, Transition
from crmdesk.core.pools import sweep
from crmdesk.core.reasons import CLOSE_CHECKLIST
from crmdesk.core.reports import (
    REPORTS,
    _flow_rows,
    funnel_report,
    money,
    pool_flow_report,
    reasons_report,
    run_report,
    tiers_report,
    warnings_report,
    window,
    workload_report,
)
from crmdesk.core.risk import refresh_warnings
from crmdesk.core.team import add_rep
from tests.core.helpers import T0, names, own

SINCE = datetime(2026, 3, 2)  # a Monday
UNTIL = datetime(2026, 3, 30)  # the Monday after four weeks, exclusive
NOW = datetime(2026, 3, 25, 12, 0)
WINDOW = {"since": SINCE, "until": UNTIL, "now": NOW}
WEEKS = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"]


def d(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2026) -> datetime:
    return datetime(year, month, day, hour, minute)


def pooled(session, team, at, *, pool=None, fields=None) -> int:
    """A customer the manager puts straight into a pool."""
    return create_customer(
        session,
        {"company": f"公海客户{next(names):05d}", **(fields or {})},
        team.manager,
        to_pool=True,
        pool_id=pool,
        now=at,
    )


def owned_by(session, team, owner, at, **fields) -> int:
    return create_customer(
        session,
        {"company": f"报表客户{next(names):05d}", **fields},
        team.manager,
        owner_id=owner,
        now=at,
    )


def assert_plain(value: Any, path: str = "$") -> None:
    """Only what json.dumps writes without help: str, int, float, list, dict."""
    if isinstance(value, dict):
        for key, item in value.items():
            assert isinstance(key, str), f"{path}: key {key!r}"
            assert_plain(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            assert_plain(item, f"{path}[{i}]")
    else:
        assert type(value) in (str, int, float), f"{path}: {type(value).__name__} {value!r}"


def week(report_weeks: list[dict[str, Any]], monday: str) -> dict[str, Any]:
    return next(w for w in report_weeks if w["week"] == monday)


# --- the registry and the window -------------------------------------------------------


def test_registry_names_and_unknown_report(session, team):
    assert list(REPORTS) == ["reasons", "pool_flow", "tiers", "funnel", "warnings", "workload"]
    with pytest.raises(InvalidValue) as refused:
        run_report(session, "revenue", **WINDOW)
    assert refused.value.facts["field"] == "report"
    assert "pool_flow" in refused.value.message()
    assert run_report(session, "funnel", **WINDOW) == funnel_report(session, **WINDOW)


def test_every_report_on_an_empty_base_is_plain_json_with_zeros(session, team):
    for name in REPORTS:
        out = run_report(session, name, **WINDOW)
        assert_plain(out)
        assert json.loads(json.dumps(out, ensure_ascii=False)) == out
        assert (out["report"], out["from"], out["to"]) == (name, "2026-03-02", "2026-03-29")
    flow = pool_flow_report(session, **WINDOW)
    assert flow["weeks"] == WEEKS
    assert [w["inflow"]["total"] + w["outflow"]["total"] for w in flow["totals"]["weeks"]] == [
        0,
        0,
        0,
        0,
    ]
    assert [r["name"] for r in workload_report(session, **WINDOW)["reps"]] == [
        "王经理",
        "张三",
        "李四",
        "王五",
    ]


def test_default_window_is_twelve_iso_weeks_through_today(session, team):
    now = datetime(2026, 3, 25, 10, 0)  # a Wednesday
    early, first, last = (own(session, team, at=d(1, 1)) for _ in range(3))
    void_customers(session, [early], "budget", None, team.zhang, now=d(1, 4, 23, 59))
    void_customers(session, [first], "budget", None, team.zhang, now=d(1, 5, 0, 0))
    void_customers(session, [last], "budget", None, team.zhang, now=now)

    out = reasons_report(session, now=now)
    assert (out["from"], out["to"], out["as_of"]) == ("2026-01-05", "2026-03-25", now.isoformat())
    assert out["void"]["total"] == 2  # the Sunday before the first Monday is outside
    flow = pool_flow_report(session, now=now)
    assert len(flow["weeks"]) == 12
    assert (flow["weeks"][0], flow["weeks"][-1]) == ("2026-01-05", "2026-03-23")
    assert flow["totals"]["weeks"][-1]["iso_week"] == "2026-W13"


def test_window_must_be_ordered_and_not_absurdly_long(session, team):
    with pytest.raises(InvalidValue):
        reasons_report(session, since=UNTIL, until=SINCE)
    with pytest.raises(InvalidValue):
        reasons_report(session, since=SINCE, until=SINCE)
    with pytest.raises(InvalidValue):
        pool_flow_report(session, since=datetime(1900, 1, 1), until=UNTIL)


def test_money_is_rounded_once_to_the_cent():
    assert money(0.1 + 0.2) == "0.30"
    assert money(Decimal("1234.5")) == "1234.50"
    assert money(None) == "0.00"
    assert money(2.675) == "2.68"  # str(2.675) is "2.675": half up, not float's 2.67


# --- reasons -------------------------------------------------------------------------


def test_reasons_in_the_window_and_now_with_retired_labels(session, team):
    z = team.zhang
    v1, v2, v3, v4, v5, v6, v7, k1, k2, r1 = (own(session, team, at=d(3, 1)) for _ in range(10))
    void_customers(session, [v1, v2], "invalid_info", None, z, now=d(3, 5))
    void_customers(session, [v3], "other", "公司已注销", z, now=d(3, 6))
    void_customers(session, [v4], "no_response", None, z, now=d(2, 20, year=2026))
    void_customers(session, [v5], "duplicate", None, z, now=d(3, 7))
    reactivate_customers(session, [v5], "误判", team.manager, now=d(3, 8))
    void_customers(session, [v6], "budget", None, z, now=SINCE)  # first moment: in
    void_customers(session, [v7], "budget", None, z, now=UNTIL)  # the end is exclusive
    close_customers(session, [k1], "lifecycle_ended", None, CLOSE_CHECKLIST, z, now=d(3, 9))
    close_customers(session, [k2], "market_change", None, CLOSE_CHECKLIST, z, now=d(3, 10))
    archive_customers(session, [k2], team.manager, now=d(3, 11))
    release_customers(session, [r1], "no_time", None, z, now=d(3, 3))
    session.execute(
        update(Reason)
        .where(Reason.kind == "void", Reason.code == "invalid_info")
        .values(active=False)
    )
    session.commit()

    out = reasons_report(session, **WINDOW)

    def pairs(block):
        return [(r["code"], r["count"]) for r in block["reasons"]]

    assert pairs(out["void"]) == [
        ("invalid_info", 2),
        ("budget", 1),
        ("duplicate", 1),
        ("other", 1),
    ]
    assert out["void"]["total"] == 5
    assert out["void"]["reasons"][0] == {
        "code": "invalid_info",
        "label_zh": "信息无效",
        "label_en": "Invalid information",
        "count": 2,
    }
    assert pairs(out["close"]) == [("lifecycle_ended", 1), ("market_change", 1)]
    assert out["close"]["reasons"][1]["label_zh"] == "市场变化"
    assert pairs(out["release"]) == [("no_time", 1)]
    current = out["current"]
    assert pairs(current["voided"]) == [
        ("invalid_info", 2),
        ("budget", 2),
        ("no_response", 1),
        ("other", 1),
    ]
    assert current["voided"]["total"] == 6
    assert pairs(current["closed"]) == [("lifecycle_ended", 1)]  # k2 is archived now
    assert_plain(out)


# --- pool flow -----------------------------------------------------------------------


def test_pool_flow_per_week_and_pool(session, team):
    a = pooled(session, team, d(3, 1, 23, 59))  # before the window
    b = pooled(session, team, d(3, 8, 23, 59))  # Sunday: the first week
    c = pooled(session, team, d(3, 9, 0, 0))  # Monday: the second week
    dd = own(session, team, at=T0)
    release_customers(session, [dd], "no_time", None, team.zhang, now=d(3, 3))
    e = own(session, team, at=T0)
    release_customers(
        session, [e], "not_my_area", None, team.zhang, pool_id=team.south_pool, now=d(3, 4)
    )
    claim_customers(session, [c], team.li, now=d(3, 10))
    assign_customers(session, [b], team.wang, team.manager, now=d(3, 11))
    void_customers(session, [a], "invalid_info", None, team.manager, now=d(3, 12))
    # nothing happens in the week of 03-16
    own(session, team, at=d(2, 1))  # idle since February: reclaimed by the sweep
    assert sweep(session, now=d(3, 24, 10)).reclaimed == 1
    reactivate_customers(session, [a], "查实有效", team.manager, now=d(3, 25))
    pooled(session, team, UNTIL)  # the end is exclusive

    out = pool_flow_report(session, **WINDOW)
    assert out["weeks"] == WEEKS
    assert out["inflow_actions"] == ["create", "release", "reclaim", "reactivate"]
    assert out["outflow_actions"] == ["claim", "assign", "void"]
    default, south = out["pools"]
    assert (default["id"], default["name"], south["name"]) == (
        team.default_pool,
        "公海",
        "华南公海",
    )

    def flows(pool, side):
        return [{k: v for k, v in w[side].items() if v} for w in pool["weeks"]]

    assert flows(default, "inflow") == [
        {"create": 1, "release": 1, "total": 2},
        {"create": 1, "total": 1},
        {},
        {"reclaim": 1, "reactivate": 1, "total": 2},
    ]
    assert flows(default, "outflow") == [
        {},
        {"claim": 1, "assign": 1, "void": 1, "total": 3},
        {},
        {},
    ]
    assert week(default["weeks"], "2026-03-16") == {
        "week": "2026-03-16",
        "iso_week": "2026-W12",
        "inflow": {"create": 0, "release": 0, "reclaim": 0, "reactivate": 0, "total": 0},
        "outflow": {"claim": 0, "assign": 0, "void": 0, "total": 0},
    }
    assert (default["inflow"], default["outflow"], default["size"]) == (5, 3, 4)
    assert flows(south, "inflow") == [{"release": 1, "total": 1}, {}, {}, {}]
    assert (south["inflow"], south["outflow"], south["size"]) == (1, 0, 1)
    totals = out["totals"]
    assert (totals["inflow"], totals["outflow"], totals["size"]) == (6, 3, 5)
    assert [w["inflow"]["total"] for w in totals["weeks"]] == [3, 1, 0, 2]
    assert_plain(out)


def test_pool_flow_counts_per_day_in_sql_not_per_event(session, team):
    """Thirty creates and thirty claims by three reps come back as one row per day,
    pool and action, in two statements, not as sixty rows."""
    ids = [pooled(session, team, d(3, 2, 8 + i % 3)) for i in range(30)]
    for i, rep in enumerate((team.zhang, team.li, team.wang)):
        claim_customers(session, ids[i * 10 : (i + 1) * 10], rep, now=d(3, 3, 9 + i))
    w = window(**WINDOW)
    assert _flow_rows(session, w, Transition.to_status == "pool") == [
        (date(2026, 3, 2), team.default_pool, "create", 30)
    ]
    outflow = (Transition.from_status == "pool") & (Transition.to_status != "pool")
    assert _flow_rows(session, w, outflow) == [(date(2026, 3, 3), team.default_pool, "claim", 30)]

    statements: list[str] = []
    engine = session.get_bind()

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        out = pool_flow_report(session, **WINDOW)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len([s for s in statements if "FROM transitions" in s]) == 2
    first = week(out["pools"][0]["weeks"], "2026-03-02")
    assert (first["inflow"]["create"], first["outflow"]["claim"]) == (30, 30)


# --- tiers ---------------------------------------------------------------------------


def test_tiers_now_and_moves_by_pair_and_week(session, team):
    x1 = own(session, team, at=T0, tier="A")  # new: the rules make it C
    own(session, team, at=d(8, 1, year=2025), tier="C")  # idle seven months: D
    x3 = own(session, team, at=T0, tier="C")  # stays C, then overridden to A
    x4 = own(session, team, at=T0, tier="D")
    void_customers(session, [x4], "invalid_info", None, team.zhang, now=d(3, 3))
    x5 = pooled(session, team, T0)  # created as C; the pool is graded too
    set_tier_override(session, [x5], "B", "试点", team.manager, now=d(2, 1))  # before
    set_tier_override(session, [x5], None, None, team.manager, now=d(3, 8, 23, 59))
    grade(session, now=d(3, 8, 23, 59))  # Sunday: the first week
    set_tier_override(session, [x3], "A", "大客户", team.manager, now=d(3, 9, 0, 0))
    pinned = own(session, team, at=T0, tier="C")  # pinned at the tier it has: no move
    set_tier_override(session, [pinned], "C", "保持", team.manager, now=d(3, 10))
    set_tier_override(session, [x1], "B", "复核", team.manager, now=UNTIL)  # after

    out = tiers_report(session, **WINDOW)
    assert out["by_tier"] == {"A": 1, "B": 1, "C": 2, "D": 1}  # x4 is voided
    assert (out["total"], out["overridden"]) == (5, 3)
    assert out["moves"] == [
        {"from": "A", "to": "C", "rules": 1, "override": 0, "total": 1},
        {"from": "B", "to": "C", "rules": 1, "override": 0, "total": 1},
        {"from": "C", "to": "A", "rules": 0, "override": 1, "total": 1},
        {"from": "C", "to": "D", "rules": 1, "override": 0, "total": 1},
    ]
    assert [(w["week"], w["rules"], w["override"]) for w in out["weeks"]] == [
        ("2026-03-02", 3, 0),
        ("2026-03-09", 0, 1),
        ("2026-03-16", 0, 0),
        ("2026-03-23", 0, 0),
    ]
    assert_plain(out)


# --- funnel --------------------------------------------------------------------------


def test_funnel_by_stage_with_conversion_and_new_customers(session, team):
    z = team.zhang

    def deals(cid, n):
        for i in range(n):
            at = d(3, 10 + i)
            record_deal(session, cid, z, Decimal("100"), at=at, now=at)

    own(session, team, at=d(2, 1))  # lead, created before the window
    own(session, team, at=T0)
    own(session, team, at=UNTIL)  # lead, created after the window
    pooled(session, team, T0)  # a lead in the pool still counts
    own(session, team, at=T0)
    for _ in range(3):
        cid = own(session, team, at=T0)
        log_followup(session, cid, z, "call", "reached", at=d(3, 5), now=d(3, 5))
    for n in (1, 1, 2, 5):
        deals(own(session, team, at=T0), n)
    gone = own(session, team, at=T0)
    deals(gone, 1)
    void_customers(session, [gone], "other", "测试数据", z, now=d(3, 20))

    out = funnel_report(session, **WINDOW)
    assert [(s["stage"], s["count"], s["reached"]) for s in out["stages"]] == [
        ("lead", 5, 12),
        ("prospect", 3, 7),
        ("first_purchase", 2, 4),
        ("repeat", 1, 2),
        ("loyal", 1, 1),
    ]
    assert out["total"] == 12
    assert [(c["from"], c["later"], c["ratio"]) for c in out["conversion"]] == [
        ("lead", 7, 0.5833),
        ("prospect", 4, 0.5714),
        ("first_purchase", 2, 0.5),
        ("repeat", 1, 0.5),
    ]
    # created in the window: 12 working minus the two outside it, plus the voided one
    assert (out["created"], out["created_with_deal"], out["created_deal_ratio"]) == (
        11,
        5,
        0.4545,
    )
    assert_plain(out)


# --- warnings ------------------------------------------------------------------------


def test_warnings_per_rule_and_risk_histogram(session, team):
    z = team.zhang

    def customer(credit=None, *, complaints=0, overdue=0, pool=False) -> int:
        fields = {"credit_rating": credit} if credit else {}
        cid = (
            pooled(session, team, T0, fields=fields)
            if pool
            else owned_by(session, team, z, T0, **fields)
        )
        for i in range(complaints):
            record_complaint(session, cid, team.manager, at=d(3, 10 + i), now=d(3, 20))
        for i in range(overdue):
            add_payment(session, cid, team.manager, Decimal("500"), d(3, 1 + i))
        return cid

    customer()  # 0
    customer("B", pool=True)  # 0
    customer("C")  # 15, credit
    customer("D")  # 30, credit
    customer(overdue=2)  # 30, overdue payments
    returned = customer()  # 20, returns (40 % returned)
    record_deal(session, returned, z, Decimal("100"), at=d(3, 5), now=d(3, 5))
    record_return(session, returned, z, Decimal("40"), at=d(3, 6), now=d(3, 6))
    customer("D", complaints=3)  # 60, complaints and credit
    customer("D", complaints=3, overdue=3)  # 100, all but returns
    voided = customer("D")  # out of play: neither counted per rule nor in the histogram
    void_customers(session, [voided], "budget", None, z, now=d(3, 21))
    refresh_warnings(session, now=NOW)

    out = warnings_report(session, **WINDOW)
    assert out["per_rule"] == {"overdue_payments": 2, "complaints": 2, "returns": 1, "credit": 4}
    assert (out["total"], out["warned"]) == (8, 6)
    assert [(b["bucket"], b["count"]) for b in out["risk"]] == [
        ("0", 2),
        ("1-19", 1),
        ("20-39", 3),
        ("40-59", 0),
        ("60-79", 1),
        ("80-100", 1),
    ]
    assert (out["risk"][-1]["min"], out["risk"][-1]["max"]) == (80, 100)
    assert_plain(out)


# --- workload ------------------------------------------------------------------------


def workload_scenario(session, team) -> None:
    """张三 holds six customers, each with one thing to count; 李四 two; 王五 leaves."""
    z = team.zhang
    owned_by(session, team, z, d(2, 24))  # warned by the sweep: due on 03-26
    locked = owned_by(session, team, z, T0)
    lock_customers(session, [locked], team.manager, now=d(3, 3))
    busy = owned_by(session, team, z, T0)
    log_followup(session, busy, z, "call", "reached", at=d(3, 5), next_at=d(3, 20), now=d(3, 5))
    record_deal(session, busy, z, Decimal("0.1"), at=d(3, 10), now=d(3, 10))
    record_deal(session, busy, z, Decimal("0.2"), at=d(3, 11), now=d(3, 11))
    owned_by(session, team, z, T0, credit_rating="D")
    early, later = pooled(session, team, d(2, 1)), pooled(session, team, d(2, 1))
    claim_customers(session, [early], z, now=d(2, 27))  # before the window
    log_followup(session, early, z, "visit", "reached", at=d(2, 28), now=d(2, 28))
    record_deal(session, early, z, Decimal("100"), at=d(2, 28), now=d(2, 28))
    claim_customers(session, [later], z, now=d(3, 3))
    junk = owned_by(session, team, z, T0, credit_rating="D")  # voided: no longer held
    void_customers(session, [junk], "invalid_info", None, z, now=d(3, 4))

    li_own = owned_by(session, team, team.li, T0)
    log_followup(
        session, li_own, team.li, "wechat", "no_answer", at=d(3, 12), next_at=d(3, 26), now=NOW
    )
    claim_customers(session, [pooled(session, team, d(3, 1))], team.li, now=d(3, 20))

    wang_own = owned_by(session, team, team.wang, T0)
    log_followup(session, wang_own, team.wang, "call", "reached", at=d(3, 6), now=d(3, 6))
    session.execute(update(Rep).where(Rep.id == team.wang).values(active=False))
    session.commit()

    assert sweep(session, now=d(3, 24, 10)).warned == 1
    refresh_warnings(session, now=NOW)


def test_workload_per_active_rep(session, team):
    workload_scenario(session, team)
    out = workload_report(session, **WINDOW)
    rows = {r["name"]: r for r in out["reps"]}
    assert list(rows) == ["王经理", "张三", "李四"]  # 王五 is no longer active
    assert rows["张三"] == {
        "id": team.zhang,
        "name": "张三",
        "role": "rep",
        "capacity": 200,
        "owned": 6,
        "locked": 1,
        "due_followups": 1,
        "reclaim_warned": 1,
        "warned": 1,
        "followups": 1,
        "deals": 2,
        "deal_total": "0.30",
        "claims": 1,
    }
    li = rows["李四"]
    assert (li["owned"], li["due_followups"], li["followups"], li["claims"]) == (2, 0, 1, 1)
    assert (li["deals"], li["deal_total"]) == (0, "0.00")
    boss = rows["王经理"]
    assert (boss["role"], boss["owned"], boss["deal_total"]) == ("manager", 0, "0.00")
    # due is measured against `now`: at the minute of 李四's next follow-up it is due
    later = workload_report(session, since=SINCE, until=UNTIL, now=d(3, 26))
    assert {r["name"]: r["due_followups"] for r in later["reps"]}["李四"] == 1


def test_workload_runs_the_same_queries_for_any_number_of_reps(session, team):
    engine = session.get_bind()
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    def count() -> int:
        statements.clear()
        event.listen(engine, "before_cursor_execute", seen)
        try:
            workload_report(session, **WINDOW)
        finally:
            event.remove(engine, "before_cursor_execute", seen)
        return len(statements)

    workload_scenario(session, team)
    few = count()
    for i in range(5):
        rep = add_rep(session, f"新人{i}", actor=team.manager, now=T0)
        cid = owned_by(session, team, rep, T0)
        log_followup(session, cid, rep, "call", "reached", at=d(3, 5), now=d(3, 5))
        record_deal(session, cid, rep, Decimal("9.99"), at=d(3, 6), now=d(3, 6))
    assert count() == few
    rows = workload_report(session, **WINDOW)["reps"]
    assert len(rows) == 8
    assert rows[-1]["deal_total"] == "9.99"


def test_every_report_of_a_busy_base_survives_json(session, team):
    workload_scenario(session, team)
    grade(session, now=d(3, 9))
    for name in REPORTS:
        out = run_report(session, name, **WINDOW)
        assert_plain(out)
        assert json.loads(json.dumps(out)) == out
