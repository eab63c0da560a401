"""Search finds what a rep types: Chinese pieces, phone digits, email, pinyin; with
filters, sorts and pages; and the index follows every write."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text, update

from crmdesk.core import search as search_module
from crmdesk.core.customers import create_customer, update_customer
from crmdesk.core.duplicates import merge_customers
from crmdesk.core.errors import InvalidValue
from crmdesk.core.lifecycle import release_customers, void_customers
from crmdesk.core.models import Customer
from crmdesk.core.pools import all_reclaim_rules, reclaim_deadline, update_rules
from crmdesk.core.search import Filters, count, search

from .helpers import DAY, HOUR, T0, own

PEOPLE = [
    # company, contact, phone, email
    ("杭州鼎盛科技有限公司", "张伟", "13800138000", "zhangwei@qq.com"),
    ("重庆银行股份有限公司", "李娜", "023-63792222 转 801", "lina@cqbank.cn"),
    ("北京华信软件有限公司", "王强", "+86 139 1234 5678", None),
    ("ACME Trading Co., Ltd.", "Tom Lee", "(0571) 8888-6666", "tom@acme.com"),
    ("深圳蓝海贸易有限公司", "陈静", None, "chenjing@163.com"),
]


@pytest.fixture
def people(session, team):
    ids = []
    for i, (company, contact, phone, email) in enumerate(PEOPLE):
        fields = {"company": company, "contact": contact, "phone": phone, "email": email}
        ids.append(
            create_customer(
                session,
                fields,
                team.manager,
                owner_id=team.zhang if i % 2 == 0 else None,
                to_pool=i % 2 == 1,
                now=T0,
            )
        )
    return ids


def found(session, query, filters=None, **kw):
    return [r["id"] for r in search(session, query, filters, **kw).rows]


@pytest.fixture(params=["fts", "rare", "common"])
def plan(request, monkeypatch):
    """Every way of matching must give the same answers: reading the page from the
    index, joining its hits, and scanning the entry text."""
    if request.param != "fts":
        monkeypatch.setattr(search_module, "FTS_PLAN", False)
    if request.param == "common":
        monkeypatch.setattr(search_module, "RARE", 0)
    return request.param


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("科技", [0]),  # two Chinese characters in the company
        ("鼎盛科技", [0]),
        ("有限公司", [0, 1, 2, 4]),
        ("张伟", [0]),  # the contact
        ("0013", [0]),  # phone digits from the middle
        ("1391234", [2]),  # a phone stored with +86 and spaces
        ("88886666", [3]),  # a landline stored with brackets and a dash
        ("63792222", [1]),
        ("qq.com", [0]),  # email
        ("tom@acme", [3]),
        ("hzds", [0]),  # pinyin initials of the company
        ("hangzhou", [0]),  # full pinyin
        ("chongqing", [1]),  # the right reading of a polyphone (重 is chong here)
        ("cqyh", [1]),
        ("zw", [0]),  # initials of the contact
        ("lina", [1]),  # full pinyin of the contact (also the email)
        ("ACME", [3]),  # case does not matter
        ("acme trading", [3]),  # every word must match
        ("蓝海 陈静", [4]),
        ("科技 陈静", []),
        ("１３８００", [0]),  # full-width digits typed in a Chinese input method
        ("不存在的公司", []),
    ],
)
def test_every_kind_of_query_finds_its_customers(session, people, plan, query, expected):
    assert sorted(found(session, query)) == sorted(people[i] for i in expected)
    assert count(session, query) == len(expected)


def test_a_phrase_never_runs_from_one_value_into_the_next(session, people, plan):
    # 张伟's company ends in 公司 and the contact starts with 张: "司张" is in neither
    assert found(session, "司张") == []


def test_the_plan_follows_the_query(session, team, people, monkeypatch):
    sqlite = session.get_bind().dialect.name == "sqlite"
    assert search(session, "科技").plan == ("fts" if sqlite else "newest")
    assert search(session, "科技", sort="company").plan == ("rare" if sqlite else "common")
    assert search(session, "科技", Filters(owner=team.zhang)).plan == (
        "fts" if sqlite else "newest"
    )
    assert search(session, "科技", descending=False).plan == ("fts" if sqlite else "common")
    assert search(session, "", Filters(tier="A")).plan == ("fts" if sqlite else "list")
    assert search(session, "").plan == "list"
    monkeypatch.setattr(search_module, "RARE", 0)
    assert search(session, "科技", sort="company").plan == "common"
    assert search(session, "科技", Filters(owner=team.zhang), sort="company").plan == (
        "owner" if sqlite else "common"
    )


def test_a_page_fills_when_most_hits_are_filtered_out(session, team):
    """Many hits, most of them filtered out: the page still fills, in order."""
    for i in range(1300):
        fields = {"company": f"批量客户{i:04d}有限公司"}
        create_customer(session, fields, team.manager, to_pool=i % 100 != 0, now=T0)
    owned = search(session, "批量客户", Filters(status="active"), limit=13)
    assert owned.plan in ("fts", "newest")
    assert [r["company"] for r in owned.rows] == [
        f"批量客户{i:04d}有限公司" for i in range(1200, -1, -100)
    ]
    assert not owned.has_more
    second = search(session, "批量客户", Filters(status="pool"), offset=600, limit=5)
    assert len(second.rows) == 5 and second.has_more


def test_filters_narrow_the_result(session, team, people, plan):
    assert found(session, "有限公司", Filters(status="pool")) == [people[1]]
    assert sorted(found(session, "有限公司", Filters(owner=team.zhang))) == [
        people[0],
        people[2],
        people[4],
    ]
    assert found(session, "有限公司", Filters(owner=0)) == [people[1]]
    assert found(session, "", Filters(pool=team.south_pool)) == []
    session.execute(
        update(Customer)
        .where(Customer.id == people[2])
        .values(tier="A", region="北京", industry="信息技术", stage="loyal", warning_flags=8)
    )
    session.commit()
    assert found(session, "有限公司", Filters(tier=("A",))) == [people[2]]
    assert found(session, "", Filters(region="北京")) == [people[2]]
    assert found(session, "", Filters(industry="信息技术")) == [people[2]]
    assert found(session, "", Filters(stage=("loyal",))) == [people[2]]
    assert found(session, "", Filters(warning="credit")) == [people[2]]
    assert found(session, "", Filters(warning="any")) == [people[2]]
    assert found(session, "", Filters(warning="complaints")) == []


def test_a_rep_sees_their_own_customers_and_their_pools(session, team, people):
    # 李四 owns nothing here: they see the default pool's customers, not 张三's
    assert set(found(session, "", Filters(visible_to=team.li))) == {people[1], people[3]}
    assert set(found(session, "", Filters(visible_to=team.zhang))) == set(people)
    assert set(found(session, "", Filters(visible_to=team.manager))) == set(people)


def test_pool_customers_are_masked_for_reps(session, team, people):
    rows = {r["id"]: r for r in search(session, "", mask_for=team.zhang).rows}
    assert rows[people[1]]["phone"] != PEOPLE[1][2] and "*" in rows[people[1]]["phone"]
    assert rows[people[0]]["phone"] == "13800138000"  # zhang's own
    rows = {r["id"]: r for r in search(session, "", mask_for=team.manager).rows}
    assert rows[people[1]]["phone"] == PEOPLE[1][2]


@pytest.mark.parametrize("descending", [True, False])
def test_sorting_and_paging_never_skip_or_repeat(session, team, people, descending, plan):
    pages = []
    for offset in range(0, 6, 2):
        page = search(session, "", sort="company", descending=descending, offset=offset, limit=2)
        pages.extend(r["company"] for r in page.rows)
    assert len(pages) == len(PEOPLE)
    assert pages == sorted(pages, reverse=descending)
    first = search(session, "有限公司", sort="company", descending=descending, limit=3)
    assert first.has_more
    rest = search(session, "有限公司", sort="company", descending=descending, offset=3, limit=3)
    assert not rest.has_more
    assert len({r["id"] for r in first.rows + rest.rows}) == 4


def test_missing_values_sort_last_either_way(session, people):
    session.execute(update(Customer).where(Customer.id == people[1]).values(region="上海"))
    session.execute(update(Customer).where(Customer.id == people[3]).values(region="浙江"))
    session.commit()
    for descending, first in ((True, ["浙江", "上海"]), (False, ["上海", "浙江"])):
        regions = [
            r["region"] for r in search(session, "", sort="region", descending=descending).rows
        ]
        assert regions == [*first, None, None, None]


def test_bad_sort_and_pages_are_refused(session, people):
    with pytest.raises(InvalidValue):
        search(session, "", sort="password_hash")
    with pytest.raises(InvalidValue):
        search(session, "", limit=0)
    with pytest.raises(InvalidValue):
        Filters(status="deleted")
    with pytest.raises(InvalidValue):
        Filters(warning="bad_mood")


def test_an_edit_is_searchable_at_once_and_the_old_value_is_gone(session, team, people, plan):
    update_customer(
        session,
        people[0],
        {"company": "宁波新锐精密制造有限公司", "phone": "18812345678"},
        team.zhang,
    )
    assert found(session, "新锐") == [people[0]]
    assert found(session, "nbxr") == [people[0]]
    assert found(session, "8812345") == [people[0]]
    assert found(session, "鼎盛") == []
    assert found(session, "13800138000") == []


def test_a_merge_and_a_void_keep_the_index_right(session, team, people, plan):
    dup = create_customer(
        session,
        {"company": "杭州鼎盛科技有限责任公司", "phone": "138-0013-8000"},
        team.zhang,
        now=T0,
    )
    assert sorted(found(session, "鼎盛")) == sorted([people[0], dup])
    merge_customers(session, [people[0], dup], people[0], team.manager, now=T0)
    # the merged customer is still found (voided, in the recycle bin), and by status
    assert found(session, "鼎盛", Filters(status=("active",))) == [people[0]]
    assert found(session, "鼎盛", Filters(status=("voided",))) == [dup]
    void_customers(session, [people[2]], "invalid_info", None, team.zhang, now=T0)
    assert found(session, "华信", Filters(status="voided")) == [people[2]]


def test_released_customers_are_found_in_their_pool(session, team, people):
    release_customers(session, [people[0]], "no_time", None, team.zhang, now=T0)
    assert found(session, "鼎盛", Filters(status="pool", owner=0)) == [people[0]]


def test_a_customer_without_chinese_is_still_found_by_its_words(session, team, people, plan):
    assert found(session, "trading") == [people[3]]
    assert found(session, "tl") == []  # initials are only made for Chinese names


@pytest.mark.parametrize("batch", [1, 2, 1000])
def test_iter_rows_reads_a_whole_list_oldest_first(session, team, people, batch):
    everyone = list(search_module.iter_rows(session, batch=batch))
    assert [r["id"] for r in everyone] == sorted(people)
    assert everyone[3]["company"] == "ACME Trading Co., Ltd." and "notes" in everyone[3]
    limited = search_module.iter_rows(session, "有限公司", Filters(status="pool"), batch=batch)
    assert [r["id"] for r in limited] == [people[1]]
    chosen = search_module.iter_rows(session, "有限", ids=[people[4], people[3], people[0]])
    assert [r["id"] for r in chosen] == [people[0], people[4]]


# --- Today's filters: SQL conditions, the same in every plan ------------------------

NOW = datetime(2026, 3, 20, 15, 0)
TOMORROW = datetime(2026, 3, 21)
FOLLOWUPS = [None, NOW - 3 * DAY, NOW - HOUR, NOW + 2 * HOUR, TOMORROW, TOMORROW + DAY]


@pytest.fixture
def workload(session, team):
    """Customers of 张三 and 李四 in both pools, with follow-ups due at every distance,
    warnings of every age and reclaim clocks either side of the warning period."""
    update_rules(session, team.south_pool, {"followup_days": 20, "warn_days": 5}, team.manager)
    rng = random.Random(12)
    ids = []
    for n in range(60):
        owned = NOW - timedelta(days=rng.choice([1, 10, 17, 26, 28, 29, 31, 40]))
        ids.append(
            own(
                session,
                team,
                team.zhang if n % 3 else team.li,
                at=owned,
                pool=team.south_pool if n % 4 == 0 else None,
            )
        )
    words = ["甲组", "乙组"]
    for n, cid in enumerate(ids):
        update_customer(session, cid, {"company": f"{words[n % 2]}客户{n:03d}"}, team.manager)
    for n, cid in enumerate(ids):
        values = {
            "next_followup_at": rng.choice(FOLLOWUPS),
            "warnings_since": rng.choice([None, NOW - timedelta(days=10), NOW - timedelta(days=2)]),
            "locked": n % 11 == 0,
        }
        session.execute(update(Customer).where(Customer.id == cid).values(**values))
    session.commit()
    release_customers(session, ids[:4], "no_time", None, team.manager, now=NOW)
    void_customers(session, ids[4:6], "invalid_info", None, team.manager, now=NOW)
    return ids


def _expected(session, key, value, owner, word):
    rules = {r.pool_id: r for r in all_reclaim_rules(session)}
    session.expire_all()
    out = set()
    for c in session.scalars(select(Customer)):
        if c.status != "active" or (owner is not None and c.owner_id != owner):
            continue
        if word and word not in c.company:
            continue
        if key == "followup_due":
            hit = c.next_followup_at is not None and c.next_followup_at < value
        elif key == "reclaim_soon":
            r = rules[c.pool_id]
            deadline = reclaim_deadline(c, r, value)
            hit = deadline is not None and deadline < value + timedelta(days=r.warn_days)
        else:
            hit = c.warnings_since is not None and c.warnings_since >= value
        if hit:
            out.add(c.id)
    return out


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("followup_due", TOMORROW),
        ("followup_due", NOW),
        ("reclaim_soon", NOW),
        ("warned_since", NOW - timedelta(days=7)),
    ],
)
@pytest.mark.parametrize("word", ["", "甲组"])
@pytest.mark.parametrize("whose", ["zhang", "everyone"])
def test_todays_filters_count_and_list_the_same_customers(
    session, team, workload, plan, key, value, word, whose, monkeypatch
):
    owner = team.zhang if whose == "zhang" else None
    if plan == "common":  # a rep's own list then takes the owner plan
        monkeypatch.setattr(search_module, "RARE", 0)
    filters = Filters(status="active", owner=owner, **{key: value})
    expected = _expected(session, key, value, owner, word)
    assert 3 <= len(expected) < len(workload) - 10
    listed = []
    for offset in range(0, 80, 7):
        listed += found(session, word, filters, offset=offset, limit=7)
    assert len(listed) == len(set(listed))
    assert set(listed) == expected
    ids = search_module.matching_ids(session, word, filters)
    assert list(ids) == sorted(expected, reverse=True)
    assert count(session, word, filters) == len(expected)
    by_date = search_module.matching_ids(session, word, filters, sort="next_followup_at")
    assert set(by_date) == expected
    page = search(session, word, filters)
    sqlite = session.get_bind().dialect.name == "sqlite"
    assert page.plan != "fts"
    if sqlite and owner is not None and plan == "common":
        assert search(session, word, filters, sort="company").plan == "owner"


def test_sorting_by_warnings_counts_them_then_reads_the_risk_score(session, people, plan):
    flags_risk = [(1 | 2, 40), (8, 90), (0, 95), (1 | 2 | 4, 10), (4, 20)]
    for cid, (flags, risk) in zip(people, flags_risk, strict=True):
        session.execute(
            update(Customer).where(Customer.id == cid).values(warning_flags=flags, risk_score=risk)
        )
    session.commit()
    most = [people[i] for i in (3, 0, 1, 4, 2)]
    assert found(session, "", sort="warnings", descending=True) == most
    assert found(session, "", sort="warnings", descending=False) == most[::-1]
    assert list(search_module.matching_ids(session, "有限公司", sort="warnings")) == [
        people[i] for i in (0, 1, 4, 2)
    ]


@pytest.mark.parametrize(("at_most", "expected"), [(None, 4), (10, 4), (4, 4), (3, 3), (1, 1)])
def test_a_count_told_where_to_stop_stops_there(session, people, plan, at_most, expected):
    """ "有限公司" matches four customers; a server counts "up to N" for lists."""
    assert count(session, "有限公司", at_most=at_most) == expected
    assert count(session, "", Filters(status=("pool",)), at_most=at_most) == min(2, at_most or 2)


@pytest.mark.parametrize(
    ("word", "index"),
    [
        ("鼎盛", "ix_search_index_pairs"),
        ("zw", "ix_search_index_pairs"),
        ("鼎盛科", "ix_search_index_trgm"),
    ],
)
def test_postgresql_finds_a_word_through_an_index_not_by_reading_every_entry(
    session, people, word, index
):
    """A server at a million customers read every entry for a two-character word (0.7 s
    each, seconds under load): the word must reach the pairs index, longer words the
    trigram one. With sequential scans priced out, the plan shows which index it used."""
    if session.get_bind().dialect.name == "sqlite":
        pytest.skip("SQLite searches through FTS5")
    session.execute(text("SET LOCAL enable_seqscan = off"))
    stmt = search_module._like_terms(session, select(Customer.id), [word], None)
    compiled = stmt.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    plan = "\n".join(session.scalars(text(f"EXPLAIN {compiled}")))
    assert index in plan
    assert [r[0] for r in session.execute(stmt)] == [people[0]]


@pytest.mark.parametrize("newest", [1, 2, 3, 7])
def test_looking_among_the_newest_first_gives_every_page_and_count_as_a_full_read(
    session, team, monkeypatch, newest
):
    """PostgreSQL looks for a word among the newest customers first, in wider windows:
    pages and capped counts must be exactly those of reading every match, wherever the
    matches sit (here one in three, bunched at the old end too)."""
    if session.get_bind().dialect.name == "sqlite":
        pytest.skip("SQLite reads pages in id order from FTS5")
    for i in range(40):
        word = "鼎盛" if i % 3 == 0 or i < 6 else "华信"
        create_customer(session, {"company": f"杭州{word}{i:02d}有限公司"}, team.manager, now=T0)
    pages = [(0, 4), (4, 4), (8, 5), (12, 100), (0, 1)]
    caps = [1, 5, 12, 16, 100]

    def read() -> tuple[list[list[int]], list[int]]:
        return (
            [found(session, "鼎盛", offset=o, limit=n) for o, n in pages],
            [count(session, "鼎盛", at_most=cap) for cap in caps],
        )

    everything = read()
    monkeypatch.setattr(search_module, "NEWEST", newest)
    assert read() == everything
    assert everything[1] == [1, 5, 12, 16, 18]
    assert search(session, "鼎盛").plan == "newest"


def test_postgresql_plans_a_search_for_its_words_however_often_it_runs(session, people):
    """psycopg prepares a statement after five runs and PostgreSQL may then plan it once
    for any words: LIKE '%word%' without its word lost the index, and a 30 ms search
    took 4.5 s on a server's pooled connection. Every connection plans with the values."""
    if session.get_bind().dialect.name == "sqlite":
        pytest.skip("SQLite has no plan cache across statements")
    for _ in range(12):
        assert found(session, "鼎盛") == [people[0]]
    session.commit()
    assert session.execute(text("SHOW plan_cache_mode")).scalar() == "force_custom_plan"
