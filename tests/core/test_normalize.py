"""Normalised phones, emails and company names at their edges (crmdesk.core.normalize).

Duplicate keys (查重) and import validation rest on these: two spellings of one customer
must give one key, and two customers must not. Every case asserts a concrete output.
"""

from __future__ import annotations

import dataclasses

import pytest

from crmdesk.core.normalize import (
    Phone,
    company_key,
    email_key,
    email_valid,
    nfkc,
    normalize_phone,
    parse_phone,
    phone_digits,
    phone_key,
    phone_valid,
    search_text,
)

SIXTEEN_DIGITS = "1234567890123456"

# --- nfkc ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("１３８００１３８０００", "13800138000"),
        ("ＡＣＭＥ", "ACME"),
        ("ｆｏｏ＠ｑｑ．ｃｏｍ", "foo@qq.com"),
        ("（）［］，．－", "()[],.-"),
        ("a\u3000b", "a b"),  # ideographic space
        ("a\u00a0b", "a b"),  # no-break space
        ("ｶﾀｶﾅ", "カタカナ"),  # half-width katakana become full-width
        ("杭州鼎盛", "杭州鼎盛"),
        ("plain ascii", "plain ascii"),
        ("", ""),
    ],
)
def test_nfkc(raw: str, expected: str) -> None:
    assert nfkc(raw) == expected


def test_nfkc_returns_ascii_unchanged_without_copying() -> None:
    text = "13800138000"
    assert nfkc(text) is text


# --- parse_phone -----------------------------------------------------------------------


def mobile(number: str, extension: str | None = None) -> Phone:
    return Phone(number, extension, "mobile")


def landline(number: str, extension: str | None = None) -> Phone:
    return Phone(number, extension, "landline")


def intl(number: str) -> Phone:
    return Phone(number, None, "intl")


def unknown(number: str) -> Phone:
    return Phone(number, None, "unknown")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # mobiles, however they are written
        ("13800138000", mobile("13800138000")),
        ("19912345678", mobile("19912345678")),
        ("１３８００１３８０００", mobile("13800138000")),
        (" 13800138000\t", mobile("13800138000")),
        ("138 0013 8000", mobile("13800138000")),
        ("138-0013-8000", mobile("13800138000")),
        ("138.0013.8000", mobile("13800138000")),
        ("(138)00138000", mobile("13800138000")),
        ("138\u20140013\u20148000", mobile("13800138000")),  # em dashes
        ("\u200b13800138000", mobile("13800138000")),  # zero-width space from a paste
        ("+86 138 0013 8000", mobile("13800138000")),
        ("+8613800138000", mobile("13800138000")),
        ("(+86) 138-0013-8000", mobile("13800138000")),
        ("＋８６　１３８００１３８０００", mobile("13800138000")),
        ("0086-13800138000", mobile("13800138000")),
        ("0086 138 0013 8000", mobile("13800138000")),
        ("8613800138000", mobile("13800138000")),
        ("86 138 0013 8000", mobile("13800138000")),
        ("013800138000", mobile("13800138000")),  # trunk 0 dialled before a mobile
        ("13800138000.0", mobile("13800138000")),  # Excel number cell read as a float
        ("13800138000 转 8", mobile("13800138000", "8")),
        # landlines with area code: 3-digit (010, 02X) and 4-digit codes, 7-8 digit locals
        ("0571-88886666", landline("0571-88886666")),
        ("057188886666", landline("0571-88886666")),
        ("0571 8888 6666", landline("0571-88886666")),
        ("0571-8888-6666", landline("0571-88886666")),  # a dash inside the local number
        ("(0571) 88886666", landline("0571-88886666")),
        ("0571/88886666", landline("0571-88886666")),
        ("0571-8888666", landline("0571-8888666")),
        ("021 5555 6666", landline("021-55556666")),
        ("010-12345678", landline("010-12345678")),
        ("0755-2345678", landline("0755-2345678")),
        ("+86 571 8888 6666", landline("0571-88886666")),  # intl form drops the trunk 0
        ("+86 (0)571 8888 6666", landline("0571-88886666")),
        ("+86 10 1234 5678", landline("010-12345678")),
        ("0086 21 5555 6666", landline("021-55556666")),
        ("86 0571 88886666", landline("0571-88886666")),
        ("057188886666.0", landline("0571-88886666")),
        # extensions
        ("(0571) 8888-6666 转 123", landline("0571-88886666", "123")),
        ("0571-88886666转123", landline("0571-88886666", "123")),
        ("0571-88886666 分机 123", landline("0571-88886666", "123")),
        ("0571-88886666 ext 45", landline("0571-88886666", "45")),
        ("0571-88886666 ext. 45", landline("0571-88886666", "45")),
        ("0571-88886666 EXT:45", landline("0571-88886666", "45")),
        ("0571-88886666x8", landline("0571-88886666", "8")),
        ("0571-88886666 X 8", landline("0571-88886666", "8")),
        ("0571-88886666#8", landline("0571-88886666", "8")),
        ("0571-88886666-123", landline("0571-88886666", "123")),
        ("057188886666-123", landline("0571-88886666", "123")),
        ("021-5555-6666-8", landline("021-55556666", "8")),
        ("400-800-1234-5", landline("4008001234", "5")),
        # 400/800 numbers and local numbers without area code
        ("4008001234", landline("4008001234")),
        ("400-800-1234", landline("4008001234")),
        ("800 820 8820", landline("8008208820")),
        ("+86 400 800 1234", landline("4008001234")),
        ("88886666", landline("88886666")),
        ("8888-666", landline("8888666")),
        # other countries (+ or the 00 prefix)
        ("+1 415 555 2671", intl("+14155552671")),
        ("+1 (415) 555-2671", intl("+14155552671")),
        ("001 415 555 2671", intl("+14155552671")),
        ("+44 20 7946 0958", intl("+442079460958")),
        ("+852 2345 6789", intl("+85223456789")),
        ("+683 4002", intl("+6834002")),  # 7 digits
        ("+12345", None),  # 5 digits
        ("+123456", intl("+123456")),  # 6 digits: the shortest accepted
        ("+123456789012345", intl("+123456789012345")),  # 15 digits: the longest
        ("+" + SIXTEEN_DIGITS, None),
        # digits that fit no pattern: kept as unknown, so the text is still shown
        ("138001380", unknown("138001380")),  # a mobile missing two digits
        ("12800138000", unknown("12800138000")),  # 12x is not a mobile prefix
        ("1380013", unknown("1380013")),  # local numbers do not start with 1 or 0
        ("0123456", unknown("0123456")),
        ("01112345678", unknown("01112345678")),  # no area code starts 011
        ("13800138000-123", unknown("13800138000123")),  # a dash extension needs a landline
        ("8888-6666-12", unknown("8888666612")),  # ... with its area code
        ("0571-888866", unknown("0571888866")),  # 6-digit local
        ("0571-888866661", unknown("0571888866661")),  # 9-digit local
        ("010-123456789", unknown("010123456789")),
        ("+86 12345678", unknown("+8612345678")),
        ("1234567", unknown("1234567")),  # 7 digits: the shortest kept
        ("123456789012345", unknown("123456789012345")),  # 15 digits: the longest kept
        # not phone numbers
        ("123456", None),
        (SIXTEEN_DIGITS, None),
        ("13800138000/13900139000", None),
        ("abc", None),
        ("tel 13800138000", None),
        ("13800138000 abc", None),
        ("1380013800O", None),  # letter O for zero
        ("8.613800138e+12", None),  # Excel's scientific form lost digits: not guessed
        ("0571-88886666 转", None),  # a marker with no extension digits
        ("0571-88886666 x 1234567", None),  # extensions are at most six digits
        ("#123", None),
        ("+", None),
        ("", None),
        ("   ", None),
        ("\u3000", None),
        (None, None),
    ],
)
def test_parse_phone(raw: str | None, expected: Phone | None) -> None:
    assert parse_phone(raw) == expected


def test_phone_is_frozen() -> None:
    phone = parse_phone("13800138000")
    assert phone is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        phone.number = "13900139000"  # type: ignore[misc]


# --- phone_key / phone_valid / normalize_phone / phone_digits ----------------------------


@pytest.mark.parametrize(
    ("raw", "key", "valid", "display"),
    [
        ("13800138000", "13800138000", True, "13800138000"),
        ("１３８００１３８０００", "13800138000", True, "13800138000"),
        ("+86 138 0013 8000", "13800138000", True, "13800138000"),
        ("0086-13800138000", "13800138000", True, "13800138000"),
        ("13800138000.0", "13800138000", True, "13800138000"),
        ("(0571) 8888-6666 转 123", "057188886666", True, "0571-88886666-123"),
        ("0571-88886666-123", "057188886666", True, "0571-88886666-123"),
        ("0571-88886666", "057188886666", True, "0571-88886666"),
        ("021 5555 6666", "02155556666", True, "021-55556666"),
        ("010-12345678", "01012345678", True, "010-12345678"),
        ("4008001234", "4008001234", True, "4008001234"),
        ("400-800-1234 转 5", "4008001234", True, "4008001234-5"),
        ("88886666", None, False, "88886666"),  # local: no key (which city?), not dialable
        ("+1 415 555 2671", "+14155552671", True, "+14155552671"),
        ("+1 415 555 2671 ext 9", "+14155552671", True, "+14155552671-9"),
        ("138001380", None, False, "138001380"),
        ("138 001 380", None, False, "138 001 380"),  # unknown keeps its spacing
        ("+86 1234 5678", None, False, "+86 1234 5678"),
        ("abc", None, False, "abc"),
        ("ａｂｃ　", None, False, "abc"),  # nfkc-ed and stripped, never dropped
        (SIXTEEN_DIGITS, None, False, SIXTEEN_DIGITS),
        (" 12345 ", None, False, "12345"),
        ("", None, False, None),
        ("  ", None, False, None),
        (None, None, False, None),
    ],
)
def test_phone_key_valid_and_display(
    raw: str | None, key: str | None, valid: bool, display: str | None
) -> None:
    assert phone_key(raw) == key
    assert phone_valid(raw) is valid
    assert normalize_phone(raw) == display


@pytest.mark.parametrize(
    "variant",
    [
        "0571-88886666",
        "(0571) 8888 6666",
        "+86 571 8888 6666",
        "0571-88886666-1",
        "0571-88886666 转 802",
        "０５７１－８８８８６６６６",
    ],
)
def test_extensions_of_one_switchboard_share_a_key(variant: str) -> None:
    assert phone_key(variant) == "057188886666"


def test_keys_of_different_kinds_never_collide() -> None:
    keys = [
        phone_key(raw)
        for raw in ("13800138000", "0571-88886666", "88886666", "4008001234", "+14155552671")
    ]
    # a local number without its area code has no key: it cannot say which city
    assert keys == ["13800138000", "057188886666", None, "4008001234", "+14155552671"]
    assert phone_key("021-55556666") != phone_key("0571-55556666")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("+86 138-0013-8000", "8613800138000"),
        ("１３８ ００１３ ８０００", "13800138000"),
        ("(0571) 8888-6666 转 123", "057188886666123"),
        ("13800138000.0", "13800138000"),
        ("13800138000", "13800138000"),
        ("138", "138"),  # partial numbers too: this is for substring search
        ("abc", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_phone_digits(raw: str | None, expected: str) -> None:
    assert phone_digits(raw) == expected


# --- emails ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("zhang.san@qq.com", "zhang.san@qq.com"),
        ("Zhang.San@QQ.COM", "zhang.san@qq.com"),
        ("  zhang.san@qq.com \t", "zhang.san@qq.com"),
        ("zhang.san＠qq.com", "zhang.san@qq.com"),
        ("ｚｈａｎｇ＠ｑｑ．ｃｏｍ", "zhang@qq.com"),
        ("zhang@qq。com", "zhang@qq.com"),  # a Chinese IME's full stop for the dot
        ("zhang@qq.com\u200b", "zhang@qq.com"),
        ("first+tag@mail.example.co.uk", "first+tag@mail.example.co.uk"),
        ("a_b-c@my-company.cn", "a_b-c@my-company.cn"),
        ("张三@例子.中国", "张三@例子.中国"),
        ("zhang.qq.com", None),  # missing @
        ("zhang@@qq.com", None),
        ("zhang@san@qq.com", None),  # two @
        ("zhang@qq", None),  # no dot in the domain
        ("zhang@qq.c", None),  # one-letter tld
        ("zhang@qq.c0m", None),  # tld of letters only
        ("zhang@.com", None),
        ("zhang@qq..com", None),
        ("@qq.com", None),
        ("zhang@", None),
        ("zhang san@qq.com", None),  # a space inside
        ("zhang@qq .com", None),
        ("Zhang <zhang@qq.com>", None),
        ("a@b.com;c@d.com", None),
        ("", None),
        ("   ", None),
        (None, None),
    ],
)
def test_email_key(raw: str | None, expected: str | None) -> None:
    assert email_key(raw) == expected
    assert email_valid(raw) is (expected is not None)


# --- company names ---------------------------------------------------------------------

HANGZHOU_DINGSHENG = [
    "杭州鼎盛科技有限公司",
    "杭州鼎盛科技有限责任公司",
    "杭州鼎盛科技股份有限公司",
    "杭州 鼎盛科技股份有限公司",
    "杭州鼎盛科技有限公司 ",
    "杭 州 鼎 盛 科 技 有 限 公 司",
    "杭州鼎盛科技公司",
    "杭州鼎盛科技",
    "杭州鼎盛科技 Co., Ltd.",
]
BRACKETED = ["鼎盛科技（杭州）有限公司", "鼎盛科技(杭州)有限公司", "鼎盛科技【杭州】有限公司"]
ACME = [
    "acme",
    "ACME",
    "ACME Co., Ltd.",
    "Acme Co.,Ltd",
    "Acme Co. Ltd.",
    "ACME CO LTD",
    "Acme Co",
    "Acme Limited",
    "Acme Ltd",
    "Acme Inc.",
    "ACME, Inc",
    "Acme Incorporated",
    "Acme Corp.",
    "Acme Corporation",
    "Acme LLC",
    "Acme L.L.C.",
    "Acme GmbH",
    "Acme Co. Limited",
    "Acme Company Limited",
    "ＡＣＭＥ　Ｃｏ．，Ｌｔｄ．",
    " acme  ",
]


@pytest.mark.parametrize(
    ("variants", "key"),
    [
        (HANGZHOU_DINGSHENG, "杭州鼎盛科技"),
        (BRACKETED, "鼎盛科技杭州"),
        (ACME, "acme"),
    ],
    ids=["suffixes-and-spaces", "brackets", "english-legal-forms"],
)
def test_company_variants_share_a_key(variants: list[str], key: str) -> None:
    assert {raw: company_key(raw) for raw in variants} == dict.fromkeys(variants, key)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("杭州鼎盛集团有限公司", "杭州鼎盛集团"),  # 集团 is part of the name
        ("鼎盛公司", "鼎盛"),
        ("甲公司", "甲公司"),  # 公司 stays when less than two characters would remain
        ("有限公司", None),
        ("公司", "公司"),
        ("鼎盛有限公司公司", "鼎盛有限公司"),  # only one suffix comes off
        ("Acme Holdings Co., Ltd. Inc", "acmeholdingscoltd"),
        ("Costco", "costco"),  # a legal form must start a word
        ("Cisco Systems, Inc.", "ciscosystems"),
        ("Zinc", "zinc"),
        ("AcmeCo", "acmeco"),
        ("Fitness Unlimited", "fitnessunlimited"),
        ("Co., Ltd.", None),
        ("Inc.", None),
        ("3M Company", "3mcompany"),  # "company" alone is not a legal form in the list
        ("Procter & Gamble", "proctergamble"),
        ("O'Brien-Smith_Trading", "obriensmithtrading"),
        ("鼎盛·科技、有限公司。", "鼎盛科技"),
        ("“鼎盛”科技有限公司", "鼎盛科技"),
        ("Müller GmbH", "müller"),
        ("  ,.()  ", None),
        ("", None),
        (None, None),
    ],
)
def test_company_key(raw: str | None, expected: str | None) -> None:
    assert company_key(raw) == expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("杭州鼎盛科技有限公司", "杭州鼎盛软件有限公司"),
        ("杭州鼎盛科技", "杭州鼎盛软件"),
        ("杭州鼎盛科技有限公司", "上海鼎盛科技有限公司"),
        ("杭州鼎盛科技有限公司", "杭州鼎盛科技集团有限公司"),
        ("鼎盛科技（杭州）有限公司", "杭州鼎盛科技有限公司"),  # word order differs
        ("Acme Co., Ltd.", "Acme Trading Co., Ltd."),
        ("Costco", "Cost Co."),
        ("Acme Inc", "Acme Inc Holdings"),
    ],
)
def test_different_companies_have_different_keys(one: str, other: str) -> None:
    assert company_key(one) is not None
    assert company_key(one) != company_key(other)


# --- search_text -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("acme", "acme"),
        ("Hello, World!", "helloworld"),
        ("杭州鼎盛科技（有限公司）", "杭州鼎盛科技有限公司"),
        ("ＡＢＣ　１２３", "abc123"),
        ("Zhang.San@QQ.com", "zhang.san@qq.com"),
        ("a_b-c+d", "a_b-c+d"),
        ("138 0013 8000", "13800138000"),
        ("+86 138-0013-8000", "+86138-0013-8000"),
        ("👍 好客户 ★", "好客户"),
        ("“引号” 《书名》", "引号书名"),
        ("Müller", "müller"),
        ("  ", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_search_text(value: str | None, expected: str) -> None:
    assert search_text(value) == expected


def test_search_query_and_index_agree() -> None:
    indexed = search_text("杭州 鼎盛科技 Co., Ltd.")
    assert search_text("鼎盛科技ＣＯ") in indexed
    assert search_text("ＣＯ．，ＬＴＤ") in indexed
