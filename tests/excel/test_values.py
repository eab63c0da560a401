"""One cell to one customer value, or a Problem with a reason (crmdesk.excel.values).

Cells come as python-calamine gives them (str, int, float, bool, date, datetime, time,
timedelta, None) or as CSV text. Every case asserts the exact value or Problem code.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import pytest

from crmdesk.excel.fields import FIELDS
from crmdesk.excel.values import (
    MESSAGES,
    PARSERS,
    Problem,
    clean_text,
    parse_amount,
    parse_credit,
    parse_date,
    parse_email,
    parse_id,
    parse_phone,
    parse_tier,
)

TYPED = (parse_phone, parse_email, parse_date, parse_amount, parse_tier, parse_credit, parse_id)


def problem_of(result: tuple[Any, Problem | None]) -> Problem:
    """The Problem of a rejected cell, whose message exists in both languages."""
    value, problem = result
    assert value is None
    assert problem is not None
    assert problem.message("en") and problem.message("zh")
    return problem


def code_of(result: tuple[Any, Problem | None]) -> str:
    return problem_of(result).code


# --- Problem ---------------------------------------------------------------------------

# What each message must name: the thing expected, in English and in Chinese.
EXPECTED_IN_MESSAGE = {
    "too_long": ("10 characters", "10 个字符"),
    "phone_invalid": ("area code", "区号"),
    "phone_digits_lost": ("Text", "文本"),
    "phone_several": ("Phone 2", "其他电话"),
    "email_invalid": ("name@example.com", "name@example.com"),
    "date_invalid": ("2026-10-05", "2026-10-05"),
    "date_ambiguous": ("year first", "年份写在前面"),
    "amount_invalid": ("1234.56", "1234.56"),
    "amount_too_large": ("999,999,999,999.99", "999,999,999,999.99"),
    "tier_invalid": ("A, B, C or D", "A、B、C 或 D"),
    "credit_invalid": ("A, B, C or D", "A、B、C 或 D"),
    "id_invalid": ("whole number", "整数"),
}


def test_every_problem_code_has_a_message_and_an_expectation() -> None:
    assert set(MESSAGES) == set(EXPECTED_IN_MESSAGE)


@pytest.mark.parametrize(("code", "expected"), EXPECTED_IN_MESSAGE.items())
def test_messages_say_what_is_expected_in_both_languages(
    code: str, expected: tuple[str, str]
) -> None:
    problem = Problem(code, "x", 10 if code == "too_long" else None)
    en, zh = problem.message("en"), problem.message("zh")
    assert expected[0] in en
    assert expected[1] in zh
    assert en != zh
    assert "{" not in en + zh


def test_message_language_defaults_to_english_and_takes_locale_names() -> None:
    problem = Problem("tier_invalid", "E")
    assert problem.message() == problem.message("en") == problem.message("en_US")
    assert problem.message("zh_CN") == problem.message("zh")
    assert problem.message("zh") != problem.message()


def test_problem_is_frozen_and_keeps_the_cell() -> None:
    problem = Problem("phone_invalid", "12345")
    with pytest.raises(dataclasses.FrozenInstanceError):
        problem.code = "x"  # type: ignore[misc]
    assert (problem.code, problem.value, problem.limit) == ("phone_invalid", "12345", None)


# --- text ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (None, None),
        ("", None),
        ("   ", None),
        ("\u3000\u3000", None),  # full-width spaces
        ("\xa0", None),
        ("\u200b\ufeff", None),  # zero-width
        (" \t\n", None),
        ("  北京某某科技有限公司\u3000", "北京某某科技有限公司"),
        ("\u200b张三\xa0", "张三"),
        ("a  b", "a  b"),  # inside stays as typed
        ("（北京）科技", "（北京）科技"),  # no width folding in text
        ("无", "无"),  # a placeholder is text in a text column
        (123, "123"),
        (-5, "-5"),
        (123.0, "123"),
        (13800138000.0, "13800138000"),
        (1.5, "1.5"),
        (2.0**53 - 1, "9007199254740991"),
        (2.0**53, "9007199254740992.0"),  # past 2**53 a float's digits are not data
        (True, "TRUE"),
        (False, "FALSE"),
        (datetime(2026, 10, 5), "2026-10-05"),
        (datetime(2026, 10, 5, 14, 30), "2026-10-05 14:30:00"),
        (datetime(2026, 10, 5, 0, 0, 0, 1), "2026-10-05 00:00:00"),
        (date(2026, 10, 5), "2026-10-05"),
        (time(14, 30), "14:30:00"),
        (timedelta(days=1, hours=6), "1 day, 6:00:00"),
    ],
)
def test_clean_text(cell: Any, expected: str | None) -> None:
    assert clean_text(cell) == (expected, None)


def test_clean_text_length() -> None:
    assert clean_text(" abc ", 3) == ("abc", None)  # measured after trimming
    problem = problem_of(clean_text("abcd", 3))
    assert (problem.code, problem.value, problem.limit) == ("too_long", "abcd", 3)
    assert problem.message("en") == "longer than 3 characters"
    assert problem.message("zh") == "超过 3 个字符"
    assert code_of(clean_text(12345, 4)) == "too_long"
    assert clean_text("", 0) == (None, None)


# --- phones ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (None, None),
        ("", None),
        (" \u3000", None),
        # number cells keep every digit
        (13800138000, "13800138000"),
        (13800138000.0, "13800138000"),
        (8613800138000.0, "13800138000"),
        (4008001234.0, "4008001234"),
        # a landline typed as a number lost its 0; the 0 comes back
        (57188886666, "0571-88886666"),
        (57188886666.0, "0571-88886666"),
        (1088886666.0, "010-88886666"),
        (2158886666.0, "021-58886666"),
        (7551234567.0, "0755-1234567"),
        # +86 typed into a number cell lost its +
        (8657188886666.0, "0571-88886666"),
        # text
        ("13800138000", "13800138000"),
        (" 13800138000 ", "13800138000"),
        ("\u200b13800138000\u3000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("138.0013.8000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("+86-13800138000", "13800138000"),
        ("0086 138 0013 8000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("13800138000.0", "13800138000"),
        ("0571-88886666", "0571-88886666"),
        ("057188886666", "0571-88886666"),
        ("(0571) 8888 6666", "0571-88886666"),
        ("（0571）88886666", "0571-88886666"),
        ("010-88886666", "010-88886666"),
        ("+86 571 8888 6666", "0571-88886666"),
        ("0571-88886666 转 801", "0571-88886666-801"),
        ("0571-88886666转801", "0571-88886666-801"),
        ("0571-88886666 分机 801", "0571-88886666-801"),
        ("0571-88886666 ext. 12", "0571-88886666-12"),
        ("0571-88886666 EXT 12", "0571-88886666-12"),
        ("0571-88886666x12", "0571-88886666-12"),
        ("0571-88886666#12", "0571-88886666-12"),
        ("0571-88886666-123", "0571-88886666-123"),
        ("400-800-1234", "4008001234"),
        ("800 820 8820", "8008208820"),
        ("4008001234", "4008001234"),
        ("+852 9123 4567", "+85291234567"),
        # the same repairs for digits-only text: a CSV of number cells
        ("57188886666", "0571-88886666"),
        ("57188886666.0", "0571-88886666"),
        ("8657188886666", "0571-88886666"),
        # placeholders for "no phone"
        ("无", None),
        ("暂无", None),
        ("-", None),
        ("－", None),  # full-width
        ("N/A", None),
        ("/", None),
    ],
)
def test_parse_phone(cell: Any, expected: str | None) -> None:
    assert parse_phone(cell) == (expected, None)


@pytest.mark.parametrize(
    ("cell", "code", "shown"),
    [
        # Excel changed the number
        (13800138000.5, "phone_digits_lost", "13800138000.5"),
        (571.88886666, "phone_digits_lost", "571.88886666"),  # 0571.88886666 typed in
        (1000000000000000, "phone_digits_lost", "1000000000000000"),  # 16 digits
        (8613800138000123.0, "phone_digits_lost", "8613800138000123"),
        (1e20, "phone_digits_lost", "1e+20"),
        (float("nan"), "phone_digits_lost", "nan"),
        ("1.38E+10", "phone_digits_lost", "1.38E+10"),
        ("1.38008E+10", "phone_digits_lost", "1.38008E+10"),
        ("1.38e10", "phone_digits_lost", "1.38e10"),
        ("１.３８Ｅ＋１０", "phone_digits_lost", "１.３８Ｅ＋１０"),
        # not a phone
        (999999999999999, "phone_invalid", "999999999999999"),  # 15 digits are kept
        (0, "phone_invalid", "0"),
        (-13800138000, "phone_invalid", "-13800138000"),
        (-13800138000.0, "phone_invalid", "-13800138000"),
        (88886666, "phone_invalid", "88886666"),  # local number, no area code
        ("88886666", "phone_invalid", "88886666"),
        ("8888-6666", "phone_invalid", "8888-6666"),
        (1380013800, "phone_invalid", "1380013800"),  # a mobile missing a digit
        ("1380013800", "phone_invalid", "1380013800"),
        ("138001380001", "phone_invalid", "138001380001"),
        ("12345678901", "phone_invalid", "12345678901"),
        (12345, "phone_invalid", "12345"),
        (8612345.0, "phone_invalid", "8612345"),  # neither with 0 nor with +
        ("0571-123", "phone_invalid", "0571-123"),
        ("abc", "phone_invalid", "abc"),
        (" 张三 ", "phone_invalid", "张三"),
        ("13800138000 张三", "phone_invalid", "13800138000 张三"),
        ("0571-88886666/7", "phone_invalid", "0571-88886666/7"),
        ("13800138000、", "phone_invalid", "13800138000、"),
        (True, "phone_invalid", "TRUE"),
        (date(2026, 10, 5), "phone_invalid", "2026-10-05"),
        # two numbers in one cell
        ("13800138000/13900139000", "phone_several", "13800138000/13900139000"),
        ("13800138000，13900139000", "phone_several", "13800138000，13900139000"),
        ("13800138000、13900139000", "phone_several", "13800138000、13900139000"),
        ("13800138000; 0571-88886666", "phone_several", "13800138000; 0571-88886666"),
        ("13800138000\n13900139000", "phone_several", "13800138000\n13900139000"),
        ("0571-88886666 13800138000", "phone_several", "0571-88886666 13800138000"),
    ],
)
def test_parse_phone_problems(cell: Any, code: str, shown: str) -> None:
    problem = problem_of(parse_phone(cell))
    assert (problem.code, problem.value) == (code, shown)


# --- emails ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (None, None),
        ("", None),
        ("\u3000", None),
        ("zhang.san@example.com", "zhang.san@example.com"),
        ("Zhang.San@Example.COM", "Zhang.San@Example.COM"),  # the case as written
        ("  a@b.cn\u3000", "a@b.cn"),
        ("\u200ba@b.cn\u200b", "a@b.cn"),
        ("a\u200b@b.cn", "a@b.cn"),  # a zero-width inside
        ("ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", "zhang@example.com"),
        ("zhang＠qq.com", "zhang@qq.com"),
        ("zhang@example。com", "zhang@example.com"),  # an IME's full stop
        ("first.last+tag@mail.example.co.uk", "first.last+tag@mail.example.co.uk"),
        ("张三@例子.中国", "张三@例子.中国"),
        ("无", None),
        ("N/A", None),
    ],
)
def test_parse_email(cell: Any, expected: str | None) -> None:
    assert parse_email(cell) == (expected, None)


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("a@b", "a@b"),
        ("a b@c.com", "a b@c.com"),
        ("a@@b.com", "a@@b.com"),
        ("@b.com", "@b.com"),
        ("a@b.c", "a@b.c"),
        ("a@b.cn; c@d.cn", "a@b.cn; c@d.cn"),
        (" zhang ", "zhang"),
        ("ｚｈａｎｇ", "ｚｈａｎｇ"),  # shown as typed
        (12345, "12345"),
        (123.0, "123"),
        (True, "TRUE"),
    ],
)
def test_parse_email_problems(cell: Any, shown: str) -> None:
    problem = problem_of(parse_email(cell))
    assert (problem.code, problem.value) == ("email_invalid", shown)


# --- dates -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (None, None),
        ("", None),
        (" \u3000", None),
        # date and datetime cells
        (datetime(2026, 10, 5, 14, 30), datetime(2026, 10, 5, 14, 30)),
        (datetime(1900, 1, 1), datetime(1900, 1, 1)),
        (datetime(2100, 12, 31, 23, 59, 59), datetime(2100, 12, 31, 23, 59, 59)),
        (date(2026, 10, 5), datetime(2026, 10, 5)),
        (date(1900, 1, 1), datetime(1900, 1, 1)),
        (date(2100, 12, 31), datetime(2100, 12, 31)),
        # Excel serials, 1900 system with Lotus's 1900-02-29 at 60
        (46300, datetime(2026, 10, 5)),
        (46300.0, datetime(2026, 10, 5)),
        (46300.604166666664, datetime(2026, 10, 5, 14, 30)),  # 14:30 in float
        (46300.99999999999, datetime(2026, 10, 6)),  # float noise rounds to the second
        (1, datetime(1900, 1, 1)),
        (59, datetime(1900, 2, 28)),
        (59.5, datetime(1900, 2, 28, 12)),
        (61, datetime(1900, 3, 1)),
        (73415, datetime(2100, 12, 31)),
        # yyyymmdd typed into a number cell
        (20261005, datetime(2026, 10, 5)),
        (20261005.0, datetime(2026, 10, 5)),
        (19000101, datetime(1900, 1, 1)),
        (21001231, datetime(2100, 12, 31)),
        # text, year first
        ("2026/10/5", datetime(2026, 10, 5)),
        ("2026-10-05", datetime(2026, 10, 5)),
        ("2026.10.5", datetime(2026, 10, 5)),
        ("2026-1-5", datetime(2026, 1, 5)),
        ("2026-10-05 14:30", datetime(2026, 10, 5, 14, 30)),
        ("2026/10/5 9:05", datetime(2026, 10, 5, 9, 5)),
        ("2026-10-05 14:30:15", datetime(2026, 10, 5, 14, 30, 15)),
        ("2026-10-05T14:30:00", datetime(2026, 10, 5, 14, 30)),
        ("2026-10-05 14:30:00.5", datetime(2026, 10, 5, 14, 30, 0, 500000)),
        ("2026-10-05 14:30:00.000123", datetime(2026, 10, 5, 14, 30, 0, 123)),
        ("2026年8月1日", datetime(2026, 8, 1)),
        ("2026年08月01日", datetime(2026, 8, 1)),
        ("2026 年 8 月 1 日", datetime(2026, 8, 1)),
        ("2026年8月1号", datetime(2026, 8, 1)),
        ("2026年8月1", datetime(2026, 8, 1)),
        ("2026年8月1日 14:30", datetime(2026, 8, 1, 14, 30)),
        ("2026年8月1日14:30", datetime(2026, 8, 1, 14, 30)),
        ("２０２６年８月１日", datetime(2026, 8, 1)),
        ("２０２６／１０／５", datetime(2026, 10, 5)),
        ("20261005", datetime(2026, 10, 5)),
        ("20261005 14:30", datetime(2026, 10, 5, 14, 30)),
        (" 2026-10-05\u3000", datetime(2026, 10, 5)),
        # text, year last: unambiguous when one part is over 12, or both are the same
        ("13/10/2026", datetime(2026, 10, 13)),
        ("10/13/2026", datetime(2026, 10, 13)),
        ("31.12.2026", datetime(2026, 12, 31)),
        ("12-31-2026", datetime(2026, 12, 31)),
        ("5/5/2026", datetime(2026, 5, 5)),
        ("13/10/2026 14:30", datetime(2026, 10, 13, 14, 30)),
        # times of day
        ("2026-10-05 下午2:30", datetime(2026, 10, 5, 14, 30)),
        ("2026-10-05 上午9:30", datetime(2026, 10, 5, 9, 30)),
        ("2026-10-05 上午12:10", datetime(2026, 10, 5, 0, 10)),
        ("2026-10-05 下午12:10", datetime(2026, 10, 5, 12, 10)),
        ("2026-10-05 下午14:30", datetime(2026, 10, 5, 14, 30)),
        ("2026-10-05 2:30 PM", datetime(2026, 10, 5, 14, 30)),
        ("2026-10-05 2:30pm", datetime(2026, 10, 5, 14, 30)),
        ("2026-10-05 2:30 p.m.", datetime(2026, 10, 5, 14, 30)),
        ("2026-10-05 12:30 AM", datetime(2026, 10, 5, 0, 30)),
        ("2026-10-05 11:30 AM", datetime(2026, 10, 5, 11, 30)),
        ("2026-10-05 14点30分", datetime(2026, 10, 5, 14, 30)),
        ("2026-10-05 14点30", datetime(2026, 10, 5, 14, 30)),
        ("2026-10-05 14时", datetime(2026, 10, 5, 14)),
        ("2026-10-05 14时30分15秒", datetime(2026, 10, 5, 14, 30, 15)),
        ("2026年8月1日下午2点半", datetime(2026, 8, 1, 14, 30)),
        # placeholders
        ("无", None),
        ("-", None),
        ("暂无", None),
    ],
)
def test_parse_date(cell: Any, expected: datetime | None) -> None:
    assert parse_date(cell) == (expected, None)


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, datetime(1904, 1, 2)),
        (59, datetime(1904, 2, 29)),  # 1904 was a leap year; no Lotus gap here
        (60, datetime(1904, 3, 1)),
        (61, datetime(1904, 3, 2)),
        (44838, datetime(2026, 10, 5)),
        (44838.5, datetime(2026, 10, 5, 12)),
        (20261005, datetime(2026, 10, 5)),
    ],
)
def test_parse_date_1904_system(serial: float, expected: datetime) -> None:
    assert parse_date(serial, epoch_1904=True) == (expected, None)


@pytest.mark.parametrize(
    ("cell", "code", "shown"),
    [
        # out of range
        (datetime(1899, 12, 31), "date_invalid", "1899-12-31"),
        (datetime(2101, 1, 1, 8), "date_invalid", "2101-01-01 08:00:00"),
        (date(1899, 12, 31), "date_invalid", "1899-12-31"),
        (date(2101, 1, 1), "date_invalid", "2101-01-01"),
        ("1899-12-31", "date_invalid", "1899-12-31"),
        ("2101-01-01", "date_invalid", "2101-01-01"),
        ("0000-01-01", "date_invalid", "0000-01-01"),
        (73416, "date_invalid", "73416"),  # 2101-01-01
        (999999, "date_invalid", "999999"),
        (1e6, "date_invalid", "1000000"),
        (1e300, "date_invalid", "1e+300"),
        (18991231, "date_invalid", "18991231"),
        (21010101, "date_invalid", "21010101"),
        # serials that are no day
        (0, "date_invalid", "0"),
        (0.5, "date_invalid", "0.5"),  # a time of day alone
        (-1, "date_invalid", "-1"),
        (60, "date_invalid", "60"),  # 1900-02-29 never was
        (60.5, "date_invalid", "60.5"),
        (20260230, "date_invalid", "20260230"),
        (20261005.5, "date_invalid", "20261005.5"),
        (float("nan"), "date_invalid", "nan"),
        # cells that are not dates
        (time(14, 30), "date_invalid", "14:30:00"),
        (timedelta(hours=30), "date_invalid", "1 day, 6:00:00"),
        (True, "date_invalid", "TRUE"),
        # text
        ("2026-02-30", "date_invalid", "2026-02-30"),
        ("2026-13-01", "date_invalid", "2026-13-01"),
        ("2026-00-10", "date_invalid", "2026-00-10"),
        ("2026-10-05 24:00", "date_invalid", "2026-10-05 24:00"),
        ("2026-10-05 14:60", "date_invalid", "2026-10-05 14:60"),
        ("2026-10-05 14", "date_invalid", "2026-10-05 14"),
        ("2026-10-05 abc", "date_invalid", "2026-10-05 abc"),
        ("2026-10-0514:30", "date_invalid", "2026-10-0514:30"),  # no separator
        ("2026-10/05", "date_invalid", "2026-10/05"),  # mixed separators
        ("2026-1005", "date_invalid", "2026-1005"),
        ("202610051", "date_invalid", "202610051"),
        ("2026年8月", "date_invalid", "2026年8月"),  # no day
        ("10月5日", "date_invalid", "10月5日"),  # no year
        ("26/10/5", "date_invalid", "26/10/5"),  # two-digit year
        ("13/13/2026", "date_invalid", "13/13/2026"),
        ("32/10/2026", "date_invalid", "32/10/2026"),
        ("5/10/1899", "date_invalid", "5/10/1899"),  # out of range before ambiguous
        ("5/10/2026 25:00", "date_invalid", "5/10/2026 25:00"),
        ("2026-10-05 上午14:30", "date_invalid", "2026-10-05 上午14:30"),
        ("2026-10-05 上午2:30 PM", "date_invalid", "2026-10-05 上午2:30 PM"),
        ("tomorrow", "date_invalid", "tomorrow"),
        (" 明天 ", "date_invalid", "明天"),
        # day and month either way round
        ("10/5/2026", "date_ambiguous", "10/5/2026"),
        ("5/10/2026", "date_ambiguous", "5/10/2026"),
        ("1/12/2026", "date_ambiguous", "1/12/2026"),
        ("12.1.2026", "date_ambiguous", "12.1.2026"),
        ("05-10-2026 14:30", "date_ambiguous", "05-10-2026 14:30"),
    ],
)
def test_parse_date_problems(cell: Any, code: str, shown: str) -> None:
    problem = problem_of(parse_date(cell))
    assert (problem.code, problem.value) == (code, shown)


def test_parse_date_1904_below_one_is_a_time_alone() -> None:
    assert code_of(parse_date(0.5, epoch_1904=True)) == "date_invalid"
    assert parse_date(71953, epoch_1904=True) == (datetime(2100, 12, 31), None)
    assert code_of(parse_date(71954, epoch_1904=True)) == "date_invalid"


# --- amounts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (None, None),
        ("", None),
        ("\u3000", None),
        # numbers
        (0, "0.00"),
        (1500, "1500.00"),
        (-300, "-300.00"),
        (1234.56, "1234.56"),
        (1234.5, "1234.50"),
        (2.675, "2.68"),  # repr, not the binary 2.67499999...
        (0.125, "0.13"),  # half up, not half even
        (-0.125, "-0.13"),
        (1.005, "1.01"),
        (0.1 + 0.2, "0.30"),
        (-0.001, "0.00"),  # no negative zero
        (999999999999.99, "999999999999.99"),
        (-999999999999.99, "-999999999999.99"),
        # text
        ("1234.56", "1234.56"),
        ("1234", "1234.00"),
        ("-300", "-300.00"),
        ("1.005", "1.01"),
        ("1.004", "1.00"),
        ("0.125", "0.13"),
        (" 88 ", "88.00"),
        ("1,234.56", "1234.56"),
        ("1,234,567", "1234567.00"),
        ("１，２３４．５６", "1234.56"),
        ("1 234.56", "1234.56"),
        ("1\u2009234.50", "1234.50"),  # thin space
        (".5", "0.50"),
        ("+300", "300.00"),
        ("¥1,234.56", "1234.56"),
        ("￥300", "300.00"),
        ("¥ 300", "300.00"),
        ("$300", "300.00"),
        ("US$300", "300.00"),
        ("USD 300", "300.00"),
        ("300 USD", "300.00"),
        ("usd300", "300.00"),
        ("RMB1000", "1000.00"),
        ("CNY 1,000", "1000.00"),
        ("人民币1000元", "1000.00"),
        ("1000元", "1000.00"),
        ("1000 元", "1000.00"),
        ("50块", "50.00"),
        ("1.5万", "15000.00"),
        ("1.5 万", "15000.00"),
        ("1.5万元", "15000.00"),
        ("¥1.5万", "15000.00"),
        ("3w", "30000.00"),
        ("3W", "30000.00"),
        ("2千", "2000.00"),
        ("2.5k", "2500.00"),
        ("1.2亿", "120000000.00"),
        ("1.23456万", "12345.60"),
        ("−300", "-300.00"),  # U+2212 minus
        ("－300", "-300.00"),  # full-width hyphen-minus
        ("- 300", "-300.00"),
        ("-¥300", "-300.00"),
        ("¥-300", "-300.00"),
        ("(1,234.00)", "-1234.00"),
        ("（1,234.00）", "-1234.00"),
        ("(¥1,234.00)", "-1234.00"),
        ("(0.00)", "0.00"),
        ("999999999999.99", "999999999999.99"),
        ("999999999999.994", "999999999999.99"),
        # placeholders
        ("无", None),
        ("-", None),
        ("--", None),
    ],
)
def test_parse_amount(cell: Any, expected: str | None) -> None:
    value, problem = parse_amount(cell)
    assert problem is None
    if expected is None:
        assert value is None
    else:
        assert isinstance(value, Decimal)
        assert str(value) == expected


@pytest.mark.parametrize(
    ("cell", "code", "shown"),
    [
        ("abc", "amount_invalid", "abc"),
        ("¥", "amount_invalid", "¥"),
        ("1,23", "amount_invalid", "1,23"),  # not a thousands group
        ("1234,567", "amount_invalid", "1234,567"),
        ("1.234,56", "amount_invalid", "1.234,56"),  # European decimal comma
        ("12 34", "amount_invalid", "12 34"),
        ("1.", "amount_invalid", "1."),
        ("1.2.3", "amount_invalid", "1.2.3"),
        ("--300", "amount_invalid", "--300"),
        ("-¥-300", "amount_invalid", "-¥-300"),
        ("(-300)", "amount_invalid", "(-300)"),
        ("(300", "amount_invalid", "(300"),
        ("1e5", "amount_invalid", "1e5"),
        ("NaN", "amount_invalid", "NaN"),
        ("Infinity", "amount_invalid", "Infinity"),
        ("1_000", "amount_invalid", "1_000"),
        ("0x10", "amount_invalid", "0x10"),
        ("1.5万万", "amount_invalid", "1.5万万"),
        ("300 EUR", "amount_invalid", "300 EUR"),
        ("约300", "amount_invalid", "约300"),
        (float("nan"), "amount_invalid", "nan"),
        (float("inf"), "amount_invalid", "inf"),
        (True, "amount_invalid", "TRUE"),
        (date(2026, 10, 5), "amount_invalid", "2026-10-05"),
        # more than NUMERIC(14, 2) holds
        (1e12, "amount_too_large", "1000000000000"),
        (-1e12, "amount_too_large", "-1000000000000"),
        (10**12, "amount_too_large", "1000000000000"),
        (999999999999.995, "amount_too_large", "999999999999.995"),
        ("999999999999.995", "amount_too_large", "999999999999.995"),
        ("1" + "0" * 40, "amount_too_large", "1" + "0" * 40),
        ("10000亿", "amount_too_large", "10000亿"),
        ("(1,000,000,000,000)", "amount_too_large", "(1,000,000,000,000)"),
    ],
)
def test_parse_amount_problems(cell: Any, code: str, shown: str) -> None:
    problem = problem_of(parse_amount(cell))
    assert (problem.code, problem.value) == (code, shown)


# --- tiers and credit ratings ----------------------------------------------------------

GRADES = [
    ("A", "A"),
    ("B", "B"),
    ("C", "C"),
    ("D", "D"),
    ("a", "A"),
    ("d", "D"),
    (" B ", "B"),
    ("\u3000C\u200b", "C"),
    ("Ａ", "A"),
    ("ｂ", "B"),
    ("A级", "A"),
    ("A 级", "A"),
    ("B类", "B"),
    ("C等", "C"),
    ("D档", "D"),
    ("A类客户", "A"),
    ("A客户", "A"),
    ("甲", "A"),
    ("甲级", "A"),
    ("乙类", "B"),
    ("丙", "C"),
    ("丁级", "D"),
    (None, None),
    ("", None),
    ("无", None),
    ("-", None),
]
BAD_GRADES = [
    ("E", "E"),
    ("AA", "AA"),
    ("AAA", "AAA"),
    ("BBB", "BBB"),
    ("A+", "A+"),
    ("A级A", "A级A"),
    ("优", "优"),
    ("1", "1"),
    (1, "1"),
    (1.0, "1"),
    (True, "TRUE"),
]


@pytest.mark.parametrize(("cell", "expected"), GRADES)
def test_parse_tier(cell: Any, expected: str | None) -> None:
    assert parse_tier(cell) == (expected, None)


@pytest.mark.parametrize(("cell", "expected"), GRADES)
def test_parse_credit(cell: Any, expected: str | None) -> None:
    assert parse_credit(cell) == (expected, None)


@pytest.mark.parametrize(("cell", "shown"), BAD_GRADES)
def test_parse_tier_problems(cell: Any, shown: str) -> None:
    problem = problem_of(parse_tier(cell))
    assert (problem.code, problem.value) == ("tier_invalid", shown)


@pytest.mark.parametrize(("cell", "shown"), BAD_GRADES)
def test_parse_credit_problems(cell: Any, shown: str) -> None:
    problem = problem_of(parse_credit(cell))
    assert (problem.code, problem.value) == ("credit_invalid", shown)


# --- customer ids ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (None, None),
        ("", None),
        ("  ", None),
        (123, 123),
        (123.0, 123),
        (1, 1),
        (2**63 - 1, 2**63 - 1),
        ("123", 123),
        (" 123 ", 123),
        ("\u3000123\u200b", 123),
        ("123.0", 123),
        ("１２３", 123),
        ("9223372036854775807", 2**63 - 1),
        ("无", None),
        ("-", None),
    ],
)
def test_parse_id(cell: Any, expected: int | None) -> None:
    assert parse_id(cell) == (expected, None)


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        ("12a", "12a"),
        ("#123", "#123"),
        ("1_000", "1_000"),
        ("1.5", "1.5"),
        ("-1", "-1"),
        (" 0 ", "0"),
        ("9223372036854775808", "9223372036854775808"),
        (1.5, "1.5"),
        (float("inf"), "inf"),
        (0, "0"),
        (0.0, "0"),
        (-1, "-1"),
        (-1.0, "-1"),
        (2**63, "9223372036854775808"),
        (True, "TRUE"),
        (date(2026, 10, 5), "2026-10-05"),
    ],
)
def test_parse_id_problems(cell: Any, shown: str) -> None:
    problem = problem_of(parse_id(cell))
    assert (problem.code, problem.value) == ("id_invalid", shown)


# --- all parsers -----------------------------------------------------------------------


def test_a_parser_for_every_field_kind() -> None:
    assert {f.kind for f in FIELDS} == set(PARSERS)
    assert PARSERS["text"] is clean_text
    assert PARSERS["rep"] is clean_text
    assert PARSERS["id"] is parse_id
    assert PARSERS["phone"] is parse_phone
    assert PARSERS["email"] is parse_email
    assert PARSERS["date"] is parse_date
    assert PARSERS["amount"] is parse_amount
    assert PARSERS["tier"] is parse_tier
    assert PARSERS["credit"] is parse_credit


@pytest.mark.parametrize("parse", TYPED)
@pytest.mark.parametrize(
    "cell",
    ["无", "暂无", "没有", "空", "-", "--", "---", "—", "——", "/", "N/A", "na", "None", "NULL"],
)
def test_placeholders_are_empty_in_typed_columns(parse: Any, cell: str) -> None:
    assert parse(cell) == (None, None)
    assert parse(f" {cell}\u3000") == (None, None)


@pytest.mark.parametrize("parse", [*TYPED, clean_text])
@pytest.mark.parametrize("cell", [None, "", " ", "\u3000", "\xa0", "\u200b", "\ufeff", "\t\n"])
def test_blank_cells_are_empty(parse: Any, cell: Any) -> None:
    assert parse(cell) == (None, None)
