"""Normalised forms of phones, emails and company names: duplicate keys, validity, search.

Pure functions over str (no database, no Qt). They run once per customer when duplicate
keys are built (1,000,000 customers) and once per cell on import, so each keeps to a few
microseconds: ASCII fast paths, precompiled patterns and str.translate tables.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MOBILE = "mobile"
LANDLINE = "landline"
INTL = "intl"
UNKNOWN = "unknown"

# Zero-width characters ride along when cells are copied from web pages and chat apps;
# the phone, company and search patterns drop them with other separators and symbols.
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def nfkc(text: str) -> str:
    """NFKC, so that full-width digits, letters, punctuation and U+3000 compare as ASCII."""
    if text.isascii():  # O(1) for str; nearly every phone and email takes this path
        return text
    return unicodedata.normalize("NFKC", text)


# --- phones ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Phone:
    """A parsed phone: `number` is the display form without the extension."""

    number: str
    extension: str | None
    kind: str  # MOBILE, LANDLINE, INTL or UNKNOWN


# What people put between digit groups: spaces, dashes (every width), dots, brackets, slashes.
_ASCII_SEPARATORS = b" \t\r\n\f\v-.()/"
_PHONE_SEPARATORS = (
    dict.fromkeys(
        map(ord, _ASCII_SEPARATORS.decode() + "\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
    )
    | _ZERO_WIDTH
)
_EXCEL_FLOAT = re.compile(r"(\d+)\.0+")  # 13800138000.0: a number cell read as a float
_EXTENSION = re.compile(r"(.*?)\s*(?:转|分机|ext\.?|x|#)\s*:?\s*(\d{1,6})", re.IGNORECASE)
_DASH_EXTENSION = re.compile(r"(.*\d)\s*-\s*(\d{1,6})")  # 0571-88886666-123
_NON_DIGITS = re.compile(r"[^0-9]+")
_SERVICE_PREFIXES = ("400", "800")  # nationwide 400/800 numbers: ten digits, no area code


def _landline(d: str) -> tuple[str, str] | None:
    """Area code (010, 02X or 0 + three digits) and a 7-8 digit local number."""
    if len(d) < 10 or d[0] != "0":
        return None
    if d[1] == "2" or d[1:3] == "10":
        cut = 3
    elif d[1] in "3456789":
        cut = 4
    else:  # 00 is the international prefix; no area code starts 01 other than 010
        return None
    local = d[cut:]
    if 7 <= len(local) <= 8:
        return f"{d[:cut]}-{local}", LANDLINE
    return None


def _china(d: str, after_country_code: bool) -> tuple[str, str] | None:
    """A mobile, a landline with its area code, or (after +86) a 400/800 number."""
    n = len(d)
    if n == 11 and d[0] == "1" and d[1] in "3456789":
        return d, MOBILE
    if d[:1] == "0":
        if n == 12 and d[1] == "1" and d[2] in "3456789":  # trunk 0 dialled before a mobile
            return d[1:], MOBILE
        return _landline(d)
    if after_country_code:
        if n == 10 and d.startswith(_SERVICE_PREFIXES):
            return d, LANDLINE
        return _landline("0" + d)  # +86 571 8888 6666 drops the trunk 0
    return None


def _classify(digits: str, plus: bool) -> tuple[str, str] | None:
    """(number, kind) for ASCII digits; None when no phone has that many digits."""
    if not plus and digits.startswith("00"):  # 00 is how China dials abroad, like +
        digits = digits[2:]
        plus = True
    n = len(digits)
    if plus:
        if not 6 <= n <= 15:
            return None
        if digits.startswith("86"):
            found = _china(digits[2:], True)
            return found or ("+" + digits, UNKNOWN)
        return "+" + digits, INTL
    if not 7 <= n <= 15:
        return None
    if n >= 12 and digits.startswith("86"):  # 86 without +: only before a full number
        found = _china(digits[2:], False)
        if found:
            return found
    found = _china(digits, False)
    if found:
        return found
    if n == 10 and digits.startswith(_SERVICE_PREFIXES):
        return digits, LANDLINE
    if n <= 8 and digits[0] in "23456789":  # a local number without its area code
        return digits, LANDLINE
    return digits, UNKNOWN


def _split_digits(text: str) -> tuple[str, bool] | None:
    """Digits and whether a + led them, once separators are gone; None if anything else."""
    if text.isascii():  # bytes.translate deletes several times faster than str.translate
        main = text.encode().translate(None, _ASCII_SEPARATORS).decode()
    else:
        main = text.translate(_PHONE_SEPARATORS)
    plus = main[:1] == "+"
    if plus:
        main = main[1:]
    if main.isascii() and main.isdigit():
        return main, plus
    return None


def _parse(text: str) -> tuple[str, str | None, str] | None:
    """(number, extension, kind) from nfkc-ed, stripped, non-empty text."""
    if text.isascii() and text.isdigit():  # the common case: a bare number cell
        found = _classify(text, False)
        return (found[0], None, found[1]) if found else None
    if "." in text and (m := _EXCEL_FLOAT.fullmatch(text)):
        found = _classify(m[1], False)
        return (found[0], None, found[1]) if found else None
    # 转/分机 means an extension: skip the separator pass that would fail on it anyway.
    split = None if "转" in text or "分机" in text else _split_digits(text)
    extension = None
    if split is None:
        m = _EXTENSION.fullmatch(text)
        if m is None:
            return None
        extension = m[2]
        split = _split_digits(m[1])
        if split is None:
            return None
    elif "-" in text and (m := _DASH_EXTENSION.fullmatch(text)):
        head = _split_digits(m[1])
        found = _classify(*head) if head else None
        if found and found[1] == LANDLINE and len(found[0]) > 8:  # a full landline, not local
            return found[0], m[2], LANDLINE
    found = _classify(*split)
    return (found[0], extension, found[1]) if found else None


def _parse_raw(raw: str | None) -> tuple[str, str | None, str] | None:
    if raw is None:
        return None
    text = nfkc(raw).strip()
    return _parse(text) if text else None


def parse_phone(raw: str | None) -> Phone | None:
    """Number, extension and kind; None when the text is not a phone number at all."""
    found = _parse_raw(raw)
    return Phone(*found) if found else None


def phone_digits(raw: str | None) -> str:
    """Every digit, so a search for part of a number finds it however it was written."""
    if raw is None:
        return ""
    text = nfkc(raw).strip()
    if text.isascii() and text.isdigit():
        return text
    if "." in text and (m := _EXCEL_FLOAT.fullmatch(text)):
        return m[1]
    return _NON_DIGITS.sub("", text)


def phone_key(raw: str | None) -> str | None:
    """Duplicate-matching key; a switchboard's extensions share one (same company). A
    local number without its area code has none: 88886666 in Hangzhou and in Shanghai are
    different companies, and an import's "update" must not merge them."""
    found = _parse_raw(raw)
    if found is None:
        return None
    number, _, kind = found
    if kind == UNKNOWN or (kind == LANDLINE and len(number) <= 8):
        return None
    return number.replace("-", "") if kind == LANDLINE else number


def phone_valid(raw: str | None) -> bool:
    """A number someone can dial: mobile, landline with area code or 400/800, or intl."""
    found = _parse_raw(raw)
    if found is None:
        return False
    number, _, kind = found
    return kind in (MOBILE, INTL) or (kind == LANDLINE and len(number) > 8)


def normalize_phone(raw: str | None) -> str | None:
    """Display form; text that is not a known number is kept as typed (only nfkc-ed)."""
    if raw is None:
        return None
    text = nfkc(raw).strip()
    if not text:
        return None
    found = _parse(text)
    if found is None or found[2] == UNKNOWN:
        return text
    number, extension, _ = found
    return f"{number}-{extension}" if extension else number


# --- emails ----------------------------------------------------------------------------

_EMAIL_FIXES = {ord("。"): "."} | _ZERO_WIDTH
_EMAIL = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@(?:[\w-]+\.)+[^\W\d_]{2,}")


def email_key(raw: str | None) -> str | None:
    """Lowercased address for matching, or None when it cannot be an address."""
    if raw is None:
        return None
    text = nfkc(raw).strip().lower()
    if not text.isascii():  # a Chinese IME's full stop typed for the dot; pasted zero-widths
        text = text.translate(_EMAIL_FIXES)
    return text if _EMAIL.fullmatch(text) else None


def email_valid(raw: str | None) -> bool:
    """Pragmatic: local@domain.tld with no spaces, one @ and a 2+ letter tld."""
    return email_key(raw) is not None


# --- company names ---------------------------------------------------------------------

_NON_WORD = re.compile(r"[\W_]+")  # whitespace, punctuation and symbols of every script
_CN_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司")  # longest first; 集团 stays
_EN_ENDINGS = ("limited", "ltd", "incorporated", "inc", "corporation", "corp", "llc", "gmbh", "co")
# An English legal form must start a word, so Costco, Cisco and Zinc keep their letters.
_EN_SUFFIX = re.compile(
    r"(?<![a-z0-9\u00c0-\u024f])"
    r"(?:company[\W_]*limited|co[\W_]*limited|co[\W_]*ltd|ltd|limited|incorporated|inc"
    r"|corporation|corp|l\.?l\.?c|gmbh|co)[\W_]*$"
)


def company_key(raw: str | None) -> str | None:
    """Name without spacing, punctuation, width, case and one legal-form suffix."""
    if raw is None:
        return None
    text = nfkc(raw).lower()
    squashed = _NON_WORD.sub("", text)
    if not squashed:
        return None
    if squashed.endswith(_EN_ENDINGS):
        m = _EN_SUFFIX.search(text)
        if m is None:
            return squashed
        return _NON_WORD.sub("", text[: m.start()]) or None
    for suffix in _CN_SUFFIXES:
        if squashed.endswith(suffix):
            return squashed[: -len(suffix)] or None
    if squashed.endswith("公司") and len(squashed) >= 4:  # 甲公司 stays; 甲 alone is too short
        return squashed[:-2]
    return squashed


# --- search ----------------------------------------------------------------------------

_NOT_SEARCHABLE = re.compile(r"[^\w@.+-]+")  # \w is str.isalnum() plus "_"


def search_text(value: str | None) -> str:
    """Index form of a value, and of a query, so both are compared the same way."""
    if not value:
        return ""
    text = nfkc(value).lower()
    if text.isascii() and text.isalnum():
        return text
    return _NOT_SEARCHABLE.sub("", text)
