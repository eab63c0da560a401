"""Search, stats, exports, reports and the team over HTTP: each person reads their own
view, filtered and masked by the server."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest

from crmdesk.core import clock
from crmdesk.core.customers import create_customer
from crmdesk.core.stats import customer_stats

MASKED_PHONE = "13912345678"
MASKED_EMAIL = "hidden.buyer@example.cn"
MASKED_WECHAT = "wx_hidden_buyer"


@pytest.fixture
def masked(session, people) -> int:
    """A customer waiting in the default pool, whose rules mask contacts from reps."""
    return create_customer(
        session,
        {
            "company": "苏州明湖电子",
            "phone": MASKED_PHONE,
            "email": MASKED_EMAIL,
            "wechat": MASKED_WECHAT,
        },
        people.team.manager,
        to_pool=True,
        now=clock.now() - timedelta(days=30),
    )


@pytest.fixture
def southern(session, people) -> int:
    """A customer in 华南公海 (李四 administers it, 张三 is a member, 王五 is not)."""
    return create_customer(
        session,
        {"company": "广州南方五金", "phone": "13700000077"},
        people.team.manager,
        to_pool=True,
        pool_id=people.team.south_pool,
    )


def get(server, token, url, **params):
    return server.request("GET", url, token=token, params=params)


def test_a_rep_finds_a_masked_pool_customer_by_a_whole_phone_never_by_part(server, people, masked):
    zhang = server.sign_in("张三")
    whole = get(server, zhang, "/search", query=MASKED_PHONE)
    assert whole.status_code == 200, whole.text
    assert whole.json()["total"] == 1
    (row,) = whole.json()["results"]
    assert row["id"] == masked and row["phone"] == "139****5678"
    assert row["email"] == "h***@example.cn"
    for part in ("1391234", "12345678", "5678", "hidden.buyer"):
        answer = get(server, zhang, "/search", query=part).json()
        assert answer == {**answer, "total": 0, "results": []}, part
    boss = server.sign_in("王经理")
    (seen,) = get(server, boss, "/search", query="1391234").json()["results"]
    assert seen["phone"] == MASKED_PHONE
    page = get(server, zhang, "/search", query=MASKED_PHONE, total=False).json()
    assert (page["total"], [r["id"] for r in page["results"]]) == (None, [masked])


def test_search_takes_the_command_lines_filters_within_the_persons_view(
    server, people, masked, southern
):
    wang = server.sign_in("王五")
    mine = get(server, wang, "/search", status="pool").json()
    assert {r["id"] for r in mine["results"]} == {people.pooled, masked}
    assert get(server, wang, "/search", owner="张三").json()["total"] == 0
    zhang = server.sign_in("张三")
    owned = get(server, zhang, "/search", owner="张三").json()
    assert [(r["id"], r["owner"]) for r in owned["results"]] == [(people.zhangs, "张三")]
    refused = get(server, zhang, "/search", status="nonsense")
    assert refused.status_code == 400
    assert refused.json()["code"] == "invalid_value"


def test_stats_count_a_reps_view_and_a_managers_team(server, people, session, masked, southern):
    wang = get(server, server.sign_in("王五"), "/stats").json()
    assert wang["total"] == 2  # the two default-pool customers; not 张三's, not 华南公海's
    assert wang["by_status"] == {"pool": 2}
    assert wang["by_owner"] == {}
    assert set(wang["by_pool"].values()) == {2} and len(wang["by_pool"]) == 1
    zhang = get(server, server.sign_in("张三"), "/stats").json()
    assert zhang["total"] == 4
    assert zhang["by_owner"] == {"张三": 1}
    assert sorted(zhang["by_pool"].values()) == [1, 2]
    assert set(zhang) == {"total", "by_status", "by_pool", "by_owner", "by_tier", "by_stage"}
    boss = get(server, server.sign_in("王经理"), "/stats").json()
    assert boss == customer_stats(session)


def export_rows(answer) -> list[dict[str, str]]:
    assert answer.status_code == 200, answer.text
    text = answer.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_a_rep_exports_their_own_and_the_pools_they_administer_only(
    server, people, masked, southern
):
    zhang = server.sign_in("张三")
    own = get(server, zhang, "/export", format="csv", lang="en")
    rows = export_rows(own)
    assert [r["Company"] for r in rows] == ["杭州青山茶业"]
    assert own.headers["X-Crmdesk-Rows"] == "1"

    others = get(server, zhang, "/export", format="csv", owner="李四")
    assert others.status_code == 403
    assert others.json()["code"] == "export_not_owner"
    assert others.json()["message"]["zh"].startswith("张三 只能导出自己的客户")
    for pool in ("华南公海", str(people.team.default_pool)):
        refused = get(server, zhang, "/export", format="csv", pool=pool)
        assert refused.status_code == 403, pool
        assert refused.json()["code"] == "export_not_pool_admin"
    assert refused.json()["message"]["zh"] == "只有主管或“公海”的管理员才能导出其中的客户。"

    li = server.sign_in("李四")
    south = export_rows(get(server, li, "/export", format="csv", lang="en", pool="华南公海"))
    assert [(r["Company"], r["Phone"]) for r in south] == [("广州南方五金", "13700000077")]
    everything = export_rows(get(server, li, "/export", format="csv", lang="en"))
    assert [r["Company"] for r in everything] == ["广州南方五金"]  # not the default pool's

    boss = server.sign_in("王经理")
    team = get(server, boss, "/export", format="xlsx", owner="张三")
    assert team.status_code == 200 and team.content[:2] == b"PK"
    assert team.headers["X-Crmdesk-Rows"] == "1"


def test_team_reports_are_the_managers_and_a_rep_reads_their_own_workload(server, people):
    zhang = server.sign_in("张三")
    for name in ("reasons", "pool_flow", "tiers", "funnel", "warnings"):
        refused = get(server, zhang, f"/reports/{name}")
        assert refused.status_code == 403, name
        assert refused.json()["code"] == "report_managers_only"
        assert set(refused.json()["message"]) == {"en", "zh"}
    own = get(server, zhang, "/reports/workload").json()
    assert [r["name"] for r in own["reps"]] == ["张三"]
    boss = server.sign_in("王经理")
    assert len(get(server, boss, "/reports/workload").json()["reps"]) == 4
    assert get(server, boss, "/reports/tiers").status_code == 200
    unknown = get(server, boss, "/reports/nonsense")
    assert unknown.status_code == 400 and unknown.json()["code"] == "invalid_value"


def test_the_team_list_never_holds_a_hash(server, people):
    seen = get(server, server.sign_in("张三"), "/team").json()["people"]
    assert {p["name"] for p in seen} == {"王经理", "张三", "李四", "王五"}
    shown = {"id", "name", "role", "region", "active"}
    assert all(set(p) == shown for p in seen)
    boss = get(server, server.sign_in("王经理"), "/team").json()["people"]
    assert all(set(p) == shown | {"capacity", "owned"} for p in boss)
    assert "scrypt" not in str(boss)
    pools = get(server, server.sign_in("王五"), "/team").json()["pools"]
    assert {p["name"] for p in pools} == {"公海", "华南公海"}  # for --pool NAME
    assert server.request("GET", "/team").status_code == 401


def test_no_answer_a_rep_can_get_holds_a_masked_contact(server, people, masked, southern):
    wang = server.sign_in("王五")
    answers = [
        get(server, wang, "/search"),
        get(server, wang, "/search", query="苏州"),
        get(server, wang, "/search", query=MASKED_PHONE),
        get(server, wang, "/search", query=MASKED_EMAIL),
        get(server, wang, "/search", query=MASKED_WECHAT),
        get(server, wang, "/search", status="pool", sort="company", asc="true"),
        get(server, wang, "/stats"),
        get(server, wang, "/export", format="csv"),
        get(server, wang, "/export", format="xlsx"),
        get(server, wang, "/export", format="csv", status="pool"),
        get(server, wang, "/reports/workload"),
        get(server, wang, "/reports/tiers"),
        get(server, wang, "/team"),
    ]
    found = get(server, wang, "/search", query=MASKED_PHONE).json()["results"]
    assert [r["id"] for r in found] == [masked]  # it is in the view, only masked
    for answer in answers:
        assert answer.status_code in (200, 403), answer.text
        for secret in (MASKED_PHONE, MASKED_EMAIL, MASKED_WECHAT):
            assert secret.encode() not in answer.content, answer.request.url
