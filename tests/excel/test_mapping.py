"""Headers are found below title rows and matched in Chinese and English; nothing is
dropped silently; a person's corrections can be saved and reused."""

from __future__ import annotations

import pytest

from crmdesk.core.errors import InvalidValue
from crmdesk.excel.fields import FIELDS, header
from crmdesk.excel.mapping import (
    IGNORE,
    as_saved,
    auto_map,
    find_header,
    load_mapping,
    match_header,
    save_mapping,
    saved_mappings,
    with_choices,
)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("客户名称", "company"),
        ("公司名称", "company"),
        ("单位名称", "company"),
        ("Company", "company"),
        ("Account Name", "company"),
        ("ACCOUNT  NAME", "company"),
        ("客户名称（必填）", "company"),
        ("*客户名称", "company"),
        ("公司名称(全称)", "company"),
        ("联系人", "contact"),
        ("联系人姓名", "contact"),
        ("Contact", "contact"),
        ("First Name", "first_name"),
        ("Last Name", "last_name"),
        ("手机", "phone"),
        ("联系电话", "phone"),
        ("电话", "phone"),
        ("Mobile", "phone"),
        ("Phone", "phone"),
        ("座机", "phone2"),
        ("邮箱", "email"),
        ("电子邮箱", "email"),
        ("E-mail", "email"),
        ("行业", "industry"),
        ("所属行业", "industry"),
        ("地区", "region"),
        ("省份", "region"),
        ("城市", "region"),
        ("Billing City", "region"),
        ("来源", "source"),
        ("客户来源", "source"),
        ("Lead Source", "source"),
        ("负责人", "owner"),
        ("Owner", "owner"),
        ("Account Owner", "owner"),
        ("等级", "tier"),
        ("客户等级", "tier"),
        ("最近跟进", "last_followup_at"),
        ("Last Contact", "last_followup_at"),
        ("Last Activity", "last_followup_at"),
        ("成交金额", "deal_total"),
        ("Amount", "deal_total"),
        ("备注", "notes"),
        ("Notes", "notes"),
        ("客户编号", "id"),
        ("Customer ID", "id"),
        ("ＣＵＳＴＯＭＥＲ　ＩＤ", "id"),  # full-width, as a Chinese input method types it
        ("状态", "status"),
        ("序号", None),
        ("随便写的", None),
        ("", None),
    ],
)
def test_headers_in_chinese_and_english_find_their_field(text, field):
    assert match_header(text) == field


def test_every_export_header_maps_back_to_its_field():
    for f in FIELDS:
        for lang in ("zh", "en"):
            assert match_header(header(f, lang)) == f.key, (f.key, lang)


def test_the_header_is_found_below_title_rows():
    rows = [
        ["2026 春季展会客户名单", None, None],
        [None, None, None],
        ["制表：王经理", "日期：2026-03-01", None],
        ["序号", "客户名称", "手机"],
        ["1", "杭州鼎盛科技有限公司", "13800138000"],
    ]
    assert find_header(rows) == 3


def test_without_known_headers_the_first_row_of_texts_is_the_header():
    assert find_header([["只有一格"], ["甲", "乙", "丙"], ["1", "2", "3"]]) == 1


def test_unknown_read_only_and_repeated_columns_are_reported_not_dropped():
    colmap = auto_map(["客户名称", "手机", "电话", "座机", "状态", "序号", "客户名称"])
    assert colmap.fields == {0: "company", 1: "phone", 2: "phone2"}
    assert colmap.unknown == (5,)
    assert colmap.read_only == (4,)
    assert colmap.repeated == (3, 6)  # 座机 found phone2 taken; a second 客户名称


def test_choices_override_the_automatic_match_and_can_leave_a_column_out():
    colmap = auto_map(["单位", "手机", "序号"])
    assert colmap.column_of("company") is None
    chosen = with_choices(colmap, {"单位": "company", "手机": IGNORE})
    assert chosen.fields == {0: "company"}
    assert 2 in chosen.unknown
    with pytest.raises(InvalidValue):
        with_choices(colmap, {"单位": "salary"})


def test_a_saved_mapping_is_reused_for_the_next_file(session, team):
    first = with_choices(auto_map(["单位", "手机", "序号"]), {"单位": "company"})
    save_mapping(session, "展会名单", as_saved(first), team.manager)
    assert saved_mappings(session) == ["展会名单"]
    saved = load_mapping(session, "展会名单")
    assert saved == as_saved(first)
    again = auto_map(["序号", "单位", "手机"], saved=saved)
    assert again.fields == {1: "company", 2: "phone"}
    with pytest.raises(InvalidValue):
        load_mapping(session, "没有这个")


def test_a_column_left_out_by_hand_stays_out_when_the_mapping_is_reused():
    chosen = with_choices(auto_map(["单位", "手机", "序号"]), {"单位": "company", "手机": IGNORE})
    again = auto_map(["手机", "单位"], saved=as_saved(chosen))
    assert again.fields == {1: "company"}
