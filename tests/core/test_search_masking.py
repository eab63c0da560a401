"""A pool that masks contacts cannot be read back through search: a member who sees a
customer's phone, email and WeChat masked finds it by their whole value (is this one
already in our pool?) or by its names, never by a part of a contact."""

from __future__ import annotations

import pytest

from crmdesk.core import search as search_module
from crmdesk.core.customers import create_customer
from crmdesk.core.pools import update_rules
from crmdesk.core.search import Filters, count, iter_rows, matching_ids, search

from .helpers import T0

PHONE = "+86 139 2468 1357"
DIGITS = "8613924681357"  # what the index holds of PHONE
KEY = "13924681357"  # its normalised number
EMAIL = "k.wu1987@example.com"
WECHAT = "wx_kwu_88"


@pytest.fixture(params=["fts", "rare", "common"])
def plan(request, monkeypatch):
    """Every way of finding a page must hold the line (PostgreSQL always scans)."""
    if request.param != "fts":
        monkeypatch.setattr(search_module, "FTS_PLAN", False)
    if request.param == "common":
        monkeypatch.setattr(search_module, "RARE", 0)
    return request.param


@pytest.fixture
def masked(session, team):
    """A customer in 华南公海, which masks contacts from 张三 (a member, not its admin)."""
    fields = {
        "company": "广州远航物流有限公司",
        "contact": "陈明",
        "phone": PHONE,
        "email": EMAIL,
        "wechat": WECHAT,
    }
    return create_customer(
        session, fields, team.manager, to_pool=True, pool_id=team.south_pool, now=T0
    )


def fragments(value: str) -> list[str]:
    """Every piece of three or more characters: prefixes, suffixes and the middles."""
    n = len(value)
    return [value[i:j] for i in range(n) for j in range(i + 3, n + 1)]


def attacks() -> list[str]:
    pieces = {*fragments(DIGITS), *fragments(EMAIL), *fragments(WECHAT)}
    return sorted(pieces - {DIGITS, KEY, EMAIL, WECHAT})


def everything(session, query, rep, **filters):
    """What each way of asking gives `rep`: page rows, count, ids, export rows."""
    f = Filters(**filters)
    page = search(session, query, f, mask_for=rep)
    return (
        [r["id"] for r in page.rows],
        count(session, query, f, mask_for=rep),
        list(matching_ids(session, query, f, mask_for=rep)),
        [r["id"] for r in iter_rows(session, query, f, mask_for=rep)],
    )


def test_no_part_of_a_masked_contact_finds_the_customer(session, team, masked, plan):
    assert len(attacks()) > 200
    for query in attacks():
        assert everything(session, query, team.zhang) == ([], 0, [], []), query
        # the rep's own view limit applies the same rule without mask_for
        visible = Filters(visible_to=team.zhang)
        assert count(session, query, visible) == 0, query
        assert list(matching_ids(session, query, visible)) == [], query
    # nor a part beside a word that matches by name
    assert everything(session, "陈明 2468", team.zhang) == ([], 0, [], [])
    assert everything(session, "1357", team.zhang, pool=team.south_pool) == ([], 0, [], [])


@pytest.mark.parametrize(
    "query",
    [
        KEY,
        DIGITS,
        "139 2468 1357",
        "139-2468-1357",
        "+86 139 2468 1357",
        "+8613924681357",
        EMAIL,
        "K.Wu1987@Example.COM",
        WECHAT,
        "陈明 13924681357",  # a name and a whole number
    ],
)
def test_a_whole_contact_finds_the_masked_customer(session, team, masked, plan, query):
    found = everything(session, query, team.zhang)

    assert found == ([masked], 1, [masked], [masked])
    (row,) = search(session, query, mask_for=team.zhang).rows
    assert "2468" not in row["phone"]  # still masked: found, not read
    assert row["email"] == "k***@example.com"


@pytest.mark.parametrize("query", ["远航", "广州远航物流", "陈明", "chenming", "gzyh", "yuanhang"])
def test_names_and_pinyin_still_find_the_masked_customer(session, team, masked, plan, query):
    assert everything(session, query, team.zhang) == ([masked], 1, [masked], [masked])


@pytest.mark.parametrize("query", ["1392468", "2468", "k.wu1987", "example", "kwu"])
def test_the_pool_admin_and_a_manager_find_it_by_part(session, team, masked, plan, query):
    for viewer in (team.li, team.manager):  # 李四 administers 华南公海
        assert everything(session, query, viewer) == ([masked], 1, [masked], [masked])
    assert [r["id"] for r in search(session, query).rows] == [masked]  # no viewer: as before


def test_a_rep_finds_their_own_customer_by_part(session, team, masked, plan):
    own = create_customer(
        session,
        {"company": "佛山自有客户", "phone": "137 1111 2222", "email": "own.buyer@example.com"},
        team.zhang,
        now=T0,
    )

    assert everything(session, "1371111", team.zhang) == ([own], 1, [own], [own])
    # "example" is in both emails: only the one the rep may read matches
    assert everything(session, "example", team.zhang) == ([own], 1, [own], [own])


def test_a_pool_that_stops_masking_is_searched_as_before(session, team, masked, plan):
    update_rules(session, team.south_pool, {"mask_contacts": False}, team.manager)

    assert everything(session, "1392468", team.zhang) == ([masked], 1, [masked], [masked])
