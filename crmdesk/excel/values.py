"""One spreadsheet cell to one customer value, or a Problem the person can fix and re-import.

Cells come from python-calamine (str, int, float, bool, date, datetime, time, timedelta,
None) or from CSV (always str). The importer calls one parser per cell, 1.6 million
times for 100,000 rows of 16 columns, so the common cells (a mobile, a date cell, a
plain number, "A") take a fast path of a microsecond or less, and the work of repairs
and problem codes only happens for the unusual cells.

What a parser cannot read becomes a Problem rather than a guess: a wrong phone or date
in the CRM costs a sales rep more than a row sent back with a reason. Placeholders that
mean "nothing here" (无, 暂无, -, N/A...) count as empty in typed columns, so a row is
not rejected for them; text columns keep them as typed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from crmdesk.core.normalize import email_valid, nfkc, normalize_phone, phone_valid

# Padding that is invisible in a cell: ASCII and Unicode spaces (U+3000 from Chinese
# IMEs, NBSP from web pages) and the zero-width characters chat apps paste along.
_BLANKS = (
    " \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + "\u2028\u2029\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff"
)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_PLACEHOLDERS = frozenset(
    ("-", "--", "---", "—", "——", "/", "无", "暂无", "没有", "空", "n/a", "na", "none", "null")
)
_EMPTY: tuple[None, None] = (None, None)
_EXACT_FLOAT = 2**53  # past this a float's last digits are rounding, not data
_INT_FLOAT = re.compile(r"(\d+)\.0+", re.ASCII)  # 123.0: a number cell saved as text

MESSAGES = {  # code: (en, zh); each says what is wrong and what is expected
    "too_long": ("longer than {limit} characters", "超过 {limit} 个字符"),
    "phone_invalid": (
        "not a mobile or landline number (landlines need their area code, e.g. 0571-88886666)",
        "不是有效的手机号或座机号（座机请带区号，如 0571-88886666）",
    ),
    "phone_digits_lost": (
        "Excel has changed this number and lost digits; set the column to Text and type it again",
        "Excel 已改动该号码、丢失了数字；请把该列设为「文本」格式后重新输入",
    ),
    "phone_several": (
        "more than one number; keep one per cell and put the second in Phone 2",
        "一个单元格里有多个号码；每格只填一个，第二个请填入「其他电话」",
    ),
    "email_invalid": (
        "not an email address; expected name@example.com",
        "不是有效的邮箱地址，应形如 name@example.com",
    ),
    "date_invalid": (
        "not a date between 1900 and 2100; write it like 2026-10-05 or 2026-10-05 14:30",
        "不是 1900 至 2100 年间的有效日期，请写成 2026-10-05 或 2026-10-05 14:30",
    ),
    "date_ambiguous": (
        "day and month could be either way round; write the year first, e.g. 2026-10-05",
        "无法确定哪个是日、哪个是月，请把年份写在前面，如 2026-10-05",
    ),
    "amount_invalid": (
        "not an amount; expected a number such as 1234.56, ¥1,234.56 or 1.5万",
        "不是有效的金额，应为数字，如 1234.56、¥1,234.56 或 1.5万",
    ),
    "amount_too_large": (
        "too large; amounts go up to 999,999,999,999.99",
        "金额过大，最多为 999,999,999,999.99",
    ),
    "tier_invalid": (
        "not a customer tier; expected A, B, C or D",
        "不是有效的客户等级，应为 A、B、C 或 D",
    ),
    "credit_invalid": (
        "not a credit rating; expected A, B, C or D (not AAA, AA or BBB)",
        "不是有效的信用等级，应为 A、B、C 或 D（不用 AAA、AA、BBB 等）",
    ),
    "id_invalid": (
        "not a customer ID; expected a whole number such as 123, as in an exported file",
        "不是有效的客户编号，应为整数，如 123（与导出文件中的一致）",
    ),
}


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a cell was not imported; `value` is the cell as the sheet shows it."""

    code: str
    value: str
    limit: int | None = None  # for too_long

    def message(self, lang: str = "en") -> str:
        en, zh = MESSAGES[self.code]
        return (zh if lang.startswith("zh") else en).format(limit=self.limit)


def _as_text(value: Any) -> str:
    """A non-text cell as Excel shows it, so text columns and reports read like the sheet."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < _EXACT_FLOAT:
        return str(int(value))  # 13800138000.0 is how calamine gives the number 13800138000
    if isinstance(value, datetime):
        if not (value.hour or value.minute or value.second or value.microsecond):
            return value.date().isoformat()
        return value.isoformat(" ", "seconds")
    return str(value)  # int, float, date (2026-10-05), time (14:30:00), timedelta


def _reject(code: str, value: Any) -> tuple[None, Problem | None]:
    """A Problem, unless the cell only says there is nothing to say."""
    text = value if isinstance(value, str) else _as_text(value)
    if nfkc(text).lower() in _PLACEHOLDERS:
        return _EMPTY
    return None, Problem(code, text)


# --- text ------------------------------------------------------------------------------


def clean_text(value: Any, max_length: int | None = None) -> tuple[str | None, Problem | None]:
    """Trimmed text, None when blank; numbers and dates as the sheet shows them."""
    if type(value) is str:
        text = value.strip(_BLANKS)
        if not text:
            return _EMPTY
    elif value is None:
        return _EMPTY
    else:
        text = _as_text(value)
    if max_length is not None and len(text) > max_length:
        return None, Problem("too_long", text, max_length)
    return text, None


# --- phones ----------------------------------------------------------------------------

_EXCEL_DIGITS = 10**15  # Excel keeps 15 significant digits and zeroes the rest
_SCIENTIFIC = re.compile(r"[-+]?\d+(?:\.\d+)?E[-+]?\d+", re.ASCII | re.IGNORECASE)
_PHONE_LIST = re.compile(r"[\s,;、/|]+")


def parse_phone(value: Any) -> tuple[str | None, Problem | None]:
    """Display form of a phone (core.normalize.normalize_phone), every digit kept.

    A number cell has lost what Excel drops from a number: 057188886666 typed into a
    General cell becomes 57188886666, +8657188886666 becomes 8657188886666. A rep
    expects the landline they typed, so when the digits are not a phone as they stand
    but are one with the leading 0 (or the +) put back, that phone is what we keep.
    Digit-only text gets the same repair, as that is how such a cell reads once saved
    as CSV. Only the 0 and +86 are restored: any other prefix would be a guess.
    """
    kind = type(value)
    if kind is str:
        text = value.strip(_BLANKS)
        if not text:
            return _EMPTY
        if text.isascii() and text.isdigit():
            return _phone_digits(text)
        if phone_valid(text):
            return normalize_phone(text), None
        return _phone_problem(text)
    if kind is float or kind is int:
        if (kind is float and not value.is_integer()) or value >= _EXCEL_DIGITS:
            return None, Problem("phone_digits_lost", _as_text(value))
        if value <= 0:
            return None, Problem("phone_invalid", _as_text(value))
        return _phone_digits(str(int(value)))
    if value is None:
        return _EMPTY
    return _reject("phone_invalid", value)  # bool, date


def _phone_digits(digits: str) -> tuple[str | None, Problem | None]:
    if phone_valid(digits):
        # 11 digits from 1 can only be a mobile, whose display form is the digits.
        if len(digits) == 11 and digits[0] == "1":
            return digits, None
        return normalize_phone(digits), None
    restored = "0" + digits
    if phone_valid(restored):
        return normalize_phone(restored), None
    if digits.startswith("86"):
        restored = "+" + digits
        if phone_valid(restored):
            return normalize_phone(restored), None
    return None, Problem("phone_invalid", digits)


def _phone_problem(text: str) -> tuple[str | None, Problem | None]:
    folded = nfkc(text)
    if m := _INT_FLOAT.fullmatch(folded):  # 57188886666.0 from a CSV of number cells
        return _phone_digits(m[1])
    if _SCIENTIFIC.fullmatch(folded):  # 1.38E+10: a CSV of a number Excel showed rounded
        return None, Problem("phone_digits_lost", text)
    parts = [p for p in _PHONE_LIST.split(folded) if p]
    if len(parts) > 1 and phone_valid(parts[0]) and phone_valid(parts[1]):
        return None, Problem("phone_several", text)
    return _reject("phone_invalid", text)


# --- emails ----------------------------------------------------------------------------

_EMAIL_FIXES = {ord("。"): "."} | _ZERO_WIDTH


def parse_email(value: Any) -> tuple[str | None, Problem | None]:
    """The address in half-width forms, in the case the person wrote it (some mail
    servers treat the part before @ as case-sensitive; duplicate matching lowercases)."""
    if type(value) is str:
        raw = value.strip(_BLANKS)
        if not raw:
            return _EMPTY
        # Full-width letters and ＠, a Chinese IME's 。 for the dot, pasted zero-widths.
        text = raw if raw.isascii() else nfkc(raw).translate(_EMAIL_FIXES)
        if email_valid(text):
            return text, None
        return _reject("email_invalid", raw)
    if value is None:
        return _EMPTY
    return _reject("email_invalid", value)


# --- dates -----------------------------------------------------------------------------

_FIRST_YEAR, _LAST_YEAR = 1900, 2100
_EPOCH_1900 = datetime(1899, 12, 30)  # serial 61 = 1900-03-01, past Lotus's 1900-02-29
_EPOCH_1900_JAN_FEB = datetime(1899, 12, 31)  # serials 1-59: 1900-01-01 to 1900-02-28
_EPOCH_1904 = datetime(1904, 1, 1)  # day 0 of workbooks saved by old Mac Excel
_SERIAL_LIMIT = 1e6  # far past 2100 in both systems, yet short of datetime's year 9999
_YYYYMMDD = (19000101, 21001231)  # 20261005 typed into a cell becomes this number
# Year first: 2026-10-05, 2026/10/5, 2026.10.5, 2026年8月1日, 20261005.
_YMD = re.compile(
    r"(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})(?!\d)"
    r"|\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})(?:\s*[日号]|(?!\d))|(\d\d)(\d\d)(?!\d))",
    re.ASCII,
)
_DMY = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)", re.ASCII)  # 5/10/2026
# After the date: 14:30, 14:30:00.5, T14:30:00, 下午2:30, 2:30 PM, 14点30分, 2点半.
_TIME = re.compile(
    r"\s*T?\s*(上午|下午|AM|PM)?\s*(\d{1,2})"
    r"(?::(\d\d)(?::(\d\d)(?:\.(\d{1,6}))?)?|[时点](?:(\d{1,2})分?|(半))?(?:(\d{1,2})秒)?)"
    r"\s*(AM|PM|A\.M\.|P\.M\.)?",
    re.ASCII | re.IGNORECASE,
)
_AFTERNOON = frozenset(("下午", "PM", "P.M."))
_MIDNIGHT = (0, 0, 0, 0)


def parse_date(value: Any, *, epoch_1904: bool = False) -> tuple[datetime | None, Problem | None]:
    """A naive local datetime (midnight for a date alone).

    Chinese users write the year first, so Y-M-D is read as such. Year-last dates come
    from sheets made in other locales, where 5/10/2026 is 5 October or May 10: when both
    parts could be the month it is a Problem, not a guess; when one is over 12 it can
    only be the day.
    """
    kind = type(value)
    if kind is datetime:
        if _FIRST_YEAR <= value.year <= _LAST_YEAR:
            return value, None
    elif kind is str:
        return _date_text(value)
    elif value is None:
        return _EMPTY
    elif kind is date:
        if _FIRST_YEAR <= value.year <= _LAST_YEAR:
            return datetime(value.year, value.month, value.day), None
    elif kind is float or kind is int:
        return _serial(value, epoch_1904)
    return None, Problem("date_invalid", _as_text(value))  # out of range; bool, time...


def _serial(value: float, epoch_1904: bool) -> tuple[datetime | None, Problem | None]:
    """An Excel serial day number; also a yyyymmdd number, which no serial in range is."""
    if _YYYYMMDD[0] <= value <= _YYYYMMDD[1] and value == int(value):
        n = int(value)
        return _date(_as_text(value), n // 10000, n // 100 % 100, n % 100)
    # Below 1 is a time of day alone (and 1900's serial 0 is "1900-01-00"); Lotus's
    # 1900-02-29 (serial 60) never existed.
    if not 1 <= value < _SERIAL_LIMIT or (not epoch_1904 and 60 <= value < 61):
        return None, Problem("date_invalid", _as_text(value))
    if epoch_1904:
        base = _EPOCH_1904
    elif value >= 61:
        base = _EPOCH_1900
    else:
        base = _EPOCH_1900_JAN_FEB
    at = base + timedelta(seconds=round(value * 86400))  # times to the second, not float noise
    if at.year > _LAST_YEAR:
        return None, Problem("date_invalid", _as_text(value))
    return at, None


def _date_text(value: str) -> tuple[datetime | None, Problem | None]:
    raw = value.strip(_BLANKS)
    if not raw:
        return _EMPTY
    text = nfkc(raw)
    if m := _YMD.match(text):
        year, month, day = int(m[1]), int(m[3] or m[5] or m[7]), int(m[4] or m[6] or m[8])
        ambiguous = False
    elif m := _DMY.match(text):
        one, two, year = int(m[1]), int(m[3]), int(m[4])
        ambiguous = one <= 12 and two <= 12 and one != two
        month, day = (two, one) if one > 12 else (one, two)
    else:
        return _reject("date_invalid", raw)
    clock = _clock(text[m.end() :])
    if clock is None:
        return None, Problem("date_invalid", raw)
    found = _date(raw, year, month, day, *clock)
    if ambiguous and found[0] is not None:
        return None, Problem("date_ambiguous", raw)
    return found


def _clock(text: str) -> tuple[int, int, int, int] | None:
    """Hour, minute, second and microsecond in what follows a date; midnight if nothing."""
    if not text:
        return _MIDNIGHT
    t = _TIME.fullmatch(text)
    if t is None or (t[1] and t[9]):  # 上午2:30 PM
        return None
    hour = int(t[2])
    minute = int(t[3] or t[6] or (30 if t[7] else 0))
    second = int(t[4] or t[8] or 0)
    micro = int(t[5].ljust(6, "0")) if t[5] else 0
    marker = (t[1] or t[9] or "").upper()
    if marker in _AFTERNOON:
        if hour < 12:
            hour += 12
    elif marker:
        if hour > 12:  # 上午14点
            return None
        if hour == 12:  # 12:30 AM
            hour = 0
    return hour, minute, second, micro


def _date(shown: str, year: int, *rest: int) -> tuple[datetime | None, Problem | None]:
    if _FIRST_YEAR <= year <= _LAST_YEAR:
        try:
            return datetime(year, *rest), None
        except ValueError:  # 2026-02-30, 25:00
            pass
    return None, Problem("date_invalid", shown)


# --- amounts ---------------------------------------------------------------------------

_CENT = Decimal("0.01")
_ZERO = Decimal("0.00")
_TOO_LARGE = Decimal("999999999999.995")  # rounds past NUMERIC(14, 2)
_PLAIN_AMOUNT = re.compile(r"-?\d+(?:\.\d+)?", re.ASCII)
# After nfkc and upper(): 1,234.56 1 234.56 ¥-300 -$300 RMB 1000 1.5万元 3W 2K. Spaces only
# between the parts or as thousands separators, so "12 34" is not silently 1234.
_AMOUNT = re.compile(
    r"([-+]?)\s*(?:¥|\$|US\$|USD|RMB|CNY|人民币)?\s*([-+]?)\s*"
    r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
    r"\s*([千K万W亿]?)\s*(?:元|块|USD|RMB|CNY|人民币)?",
    re.ASCII,
)
_UNITS = {
    "": Decimal(1),
    "千": Decimal(1000),
    "K": Decimal(1000),
    "万": Decimal(10000),
    "W": Decimal(10000),
    "亿": Decimal(100000000),
}
_AMOUNT_FIXES = {ord("\u2212"): "-"} | _ZERO_WIDTH  # U+2212 minus survives nfkc


def parse_amount(value: Any) -> tuple[Decimal | None, Problem | None]:
    """Whole cents, half up. The currency mark is dropped: a team keeps one currency."""
    kind = type(value)
    if kind is float:
        if not math.isfinite(value):
            return None, Problem("amount_invalid", _as_text(value))
        return _cents(Decimal(repr(value)), value)  # repr: 2.675 is 2.675, not 2.67499...
    if kind is str:
        text = value.strip(_BLANKS)
        if not text:
            return _EMPTY
        if _PLAIN_AMOUNT.fullmatch(text):
            return _cents(Decimal(text), text)
        return _amount_text(text)
    if value is None:
        return _EMPTY
    if kind is int:
        return _cents(Decimal(value), value)
    return _reject("amount_invalid", value)


def _cents(amount: Decimal, shown: Any) -> tuple[Decimal | None, Problem | None]:
    if abs(amount) >= _TOO_LARGE:
        return None, Problem("amount_too_large", _as_text(shown))
    cents = amount.quantize(_CENT, ROUND_HALF_UP)
    return (cents if cents else _ZERO), None  # (0.00) and -0.001 are 0.00, not -0.00


def _amount_text(text: str) -> tuple[Decimal | None, Problem | None]:
    folded = nfkc(text).translate(_AMOUNT_FIXES).upper()
    accounting = folded[:1] == "(" and folded[-1:] == ")"  # (1,234.00) is -1,234.00
    if accounting:
        folded = folded[1:-1]
    m = _AMOUNT.fullmatch(folded)
    if m is None:
        return _reject("amount_invalid", text)
    sign = m[1] + m[2]
    if len(sign) > 1 or (accounting and sign):
        return None, Problem("amount_invalid", text)
    amount = Decimal(m[3].replace(",", "").replace(" ", "")) * _UNITS[m[4]]
    return _cents(-amount if accounting or sign == "-" else amount, text)


# --- tiers and credit ratings ----------------------------------------------------------

# The common cells, answered with ready-made results.
_GRADES: dict[Any, tuple[str, None]] = {g: (g, None) for g in "ABCD"}
_GRADE = re.compile(r"([A-D甲乙丙丁])\s*(?:级|类|等|档)?\s*(?:客户)?", re.ASCII)
_CHINESE_GRADES = {"甲": "A", "乙": "B", "丙": "C", "丁": "D"}


def parse_tier(value: Any) -> tuple[str | None, Problem | None]:
    """A-D, as written in Chinese sheets too: a, Ａ, A级, A类, A类客户, 甲级 (甲乙丙丁)."""
    found = _GRADES.get(value)
    return found if found is not None else _grade(value, "tier_invalid")


def parse_credit(value: Any) -> tuple[str | None, Problem | None]:
    """A-D like tiers; the risk rules score C and D.

    Bank-style ratings (AAA, AA, A, BBB...) are refused, not mapped: on that scale A is
    third from the top, so neither AAA -> A nor A -> A is faithful, and a wrong guess
    adds or removes risk warnings. The person maps them once in the sheet instead.
    """
    found = _GRADES.get(value)
    return found if found is not None else _grade(value, "credit_invalid")


def _grade(value: Any, code: str) -> tuple[str | None, Problem | None]:
    if type(value) is str:
        raw = value.strip(_BLANKS)
        if not raw:
            return _EMPTY
        m = _GRADE.fullmatch(nfkc(raw).upper())
        if m:
            return _CHINESE_GRADES.get(m[1], m[1]), None
        return _reject(code, raw)
    if value is None:
        return _EMPTY
    return _reject(code, value)


# --- customer ids ----------------------------------------------------------------------

_MAX_ID = 2**63 - 1  # BIGINT


def parse_id(value: Any) -> tuple[int | None, Problem | None]:
    """A customer id as export writes it; anything else would update the wrong customer."""
    kind = type(value)
    if kind is int:
        number = value
    elif kind is float:
        if not value.is_integer():
            return None, Problem("id_invalid", _as_text(value))
        number = int(value)
    elif kind is str:
        raw = value.strip(_BLANKS)
        if not raw:
            return _EMPTY
        text = nfkc(raw)
        if text.isascii() and text.isdigit():
            number = int(text)
        elif m := _INT_FLOAT.fullmatch(text):
            number = int(m[1])
        else:
            return _reject("id_invalid", raw)
        value = raw
    elif value is None:
        return _EMPTY
    else:
        return _reject("id_invalid", value)
    if 1 <= number <= _MAX_ID:
        return number, None
    return None, Problem("id_invalid", _as_text(value))


PARSERS: dict[str, Callable[[Any], tuple[Any, Problem | None]]] = {
    "text": clean_text,
    "rep": clean_text,
    "id": parse_id,
    "phone": parse_phone,
    "email": parse_email,
    "date": parse_date,
    "amount": parse_amount,
    "tier": parse_tier,
    "credit": parse_credit,
}
