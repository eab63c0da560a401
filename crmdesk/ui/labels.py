"""The words the window shows for the codes the core stores, through Qt's translation.

Functions, not module constants: the language can change while the program runs, and
`QT_TRANSLATE_NOOP`-style tables would be read before the translator is installed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from crmdesk.core.models import WARNING_BITS


def tr(text: str) -> str:
    """Module-level strings; lupdate files `tr("...")` calls under the empty context."""
    return QCoreApplication.translate("", text)


def status(code: str | None) -> str:
    words = {
        "active": tr("Active"),
        "pool": tr("In pool"),
        "voided": tr("Voided"),
        "closed": tr("Closed"),
        "archived": tr("Archived"),
    }
    return words.get(code or "", code or "")


def stage(code: str | None) -> str:
    words = {
        "lead": tr("Lead"),
        "prospect": tr("Prospect"),
        "first_purchase": tr("First purchase"),
        "repeat": tr("Repeat"),
        "loyal": tr("Loyal"),
    }
    return words.get(code or "", code or "")


def tier(code: str | None) -> str:
    return {"D": tr("D (junk)")}.get(code or "", code or "")


def warning(code: str) -> str:
    words = {
        "overdue_payments": tr("Overdue payments"),
        "complaints": tr("Complaints"),
        "returns": tr("Returns"),
        "credit": tr("Poor credit"),
        "any": tr("Any warning"),
    }
    return words.get(code, code)


def join_names(names: Iterable[str]) -> str:
    """Names (companies, people, warnings) in running text: 甲、乙、丙 in Chinese, "a, b,
    c" in English; the language is the window's (i18n.install sets the default locale)."""
    return ("、" if QLocale().language() == QLocale.Language.Chinese else ", ").join(names)


def warnings(flags: int | None) -> str:
    return join_names(warning(name) for name, bit in WARNING_BITS.items() if (flags or 0) & bit)


def followup_kind(code: str) -> str:
    words = {"call": tr("Call"), "visit": tr("Visit"), "email": tr("Email"), "wechat": tr("WeChat")}
    return words.get(code, code)


def outcome(code: str) -> str:
    words = {
        "reached": tr("Reached"),
        "no_answer": tr("No answer"),
        "wrong_number": tr("Wrong number"),
    }
    return words.get(code, code)


def action(code: str) -> str:
    words = {
        "create": tr("Created"),
        "edit": tr("Edited"),
        "release": tr("Released to pool"),
        "reclaim": tr("Reclaimed by rule"),
        "claim": tr("Claimed"),
        "assign": tr("Assigned"),
        "void": tr("Voided"),
        "close": tr("Closed"),
        "archive": tr("Archived"),
        "reactivate": tr("Reactivated"),
        "lock": tr("Locked"),
        "unlock": tr("Unlocked"),
        "merge": tr("Merged"),
        "tier": tr("Tier changed"),
    }
    return words.get(code, code)


def when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def day(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def amount(value: Decimal | float | int | None) -> str:
    return f"{Decimal(value):,.2f}" if value is not None else ""
