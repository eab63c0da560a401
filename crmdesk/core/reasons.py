"""Void, close and release reasons: editable lists, seeded with DESIGN.md's.

A manager adds, renames, reorders, retires and reinstates reasons. A reason is never
deleted and its code never changes: transitions store the code, so old history keeps
its label (the current one) after a rename or retirement. A retired reason is no
longer offered nor accepted for new actions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crmdesk.core.errors import (
    InvalidValue,
    NoteRequired,
    NotFound,
    PermissionDenied,
    ReasonRequired,
    UnknownReason,
)
from crmdesk.core.models import REASON_KINDS, Reason, Rep
from crmdesk.core.uow import unit_of_work

# (code, 中文, English, needs a note)
DEFAULTS: dict[str, list[tuple[str, str, str, bool]]] = {
    "void": [
        ("invalid_info", "信息无效", "Invalid information", False),
        ("need_mismatch", "需求不匹配", "Needs do not match", False),
        ("stopped_cooperation", "客户中断合作", "Customer stopped cooperating", False),
        ("no_response", "多次联系无响应", "No response after repeated contact", False),
        ("budget", "预算/财务问题", "Budget or financial problems", False),
        ("duplicate", "重复客户", "Duplicate customer", False),
        ("other", "其他", "Other", True),
    ],
    "close": [
        ("lifecycle_ended", "生命周期结束", "Lifecycle ended", False),
        ("no_longer_needed", "客户不再需要", "Customer no longer needs us", False),
        ("market_change", "市场变化", "Market change", False),
        ("risky_exit", "劣质客户退出", "Exit of a risky customer", False),
        ("other", "其他", "Other", True),
    ],
    "release": [
        ("cannot_reach", "无法联系", "Cannot reach the customer", False),
        ("not_my_area", "不属于我的区域/行业", "Outside my region or industry", False),
        ("no_time", "精力不足", "No time to work it", False),
        ("not_interested", "客户暂无意向", "Customer not interested for now", False),
        ("other", "其他", "Other", True),
    ],
}

# The void reasons the program itself picks: a merge voids the merged customers as
# duplicates, and accepting a void suggestion uses its rule's reason (core/suggestions.py
# maps each rule to one of these). They cannot be retired.
DUPLICATE_REASON = "duplicate"
INVALID_INFO_REASON = "invalid_info"
NO_RESPONSE_REASON = "no_response"
USED_BY_RULES = frozenset({DUPLICATE_REASON, INVALID_INFO_REASON, NO_RESPONSE_REASON})

CLOSE_CHECKLIST = (
    "customer_notified",
    "contract_ended",
    "balance_settled",
    "data_backed_up",
    "access_revoked",
)


@dataclass(frozen=True)
class ReasonInfo:
    kind: str
    code: str
    label_zh: str
    label_en: str
    needs_note: bool
    active: bool = True


def seed_reasons(session: Session) -> None:
    """Add the default reasons that are missing; an edited list is left alone."""
    have = {(r.kind, r.code) for r in session.scalars(select(Reason))}
    for kind, rows in DEFAULTS.items():
        for position, (code, zh, en, needs_note) in enumerate(rows):
            if (kind, code) not in have:
                session.add(
                    Reason(
                        kind=kind,
                        code=code,
                        label_zh=zh,
                        label_en=en,
                        position=position,
                        needs_note=needs_note,
                    )
                )


def list_reasons(session: Session, kind: str, *, retired: bool = False) -> list[ReasonInfo]:
    """The reasons offered for `kind`, in order; with `retired`, the retired ones too
    (to edit the list, or to label old history)."""
    stmt = select(Reason).where(Reason.kind == kind).order_by(Reason.position, Reason.id)
    if not retired:
        stmt = stmt.where(Reason.active)
    return [
        ReasonInfo(r.kind, r.code, r.label_zh, r.label_en, r.needs_note, r.active)
        for r in session.scalars(stmt)
    ]


def check_reason(session: Session, kind: str, code: str | None, note: str | None) -> Reason:
    """The active reason for `code`, after checking that its note is there if needed."""
    if not code:
        raise ReasonRequired(kind=kind)
    reason = session.scalar(
        select(Reason).where(Reason.kind == kind, Reason.code == code, Reason.active)
    )
    if reason is None:
        raise UnknownReason(kind=kind, code=code)
    if reason.needs_note and not (note or "").strip():
        raise NoteRequired(reason=reason.label_en, reason_zh=reason.label_zh, kind=kind)
    return reason


# --- editing the lists (Settings) ------------------------------------------------------

LABEL_LENGTH = 100


def _check_manager(session: Session, actor: int) -> None:
    rep = session.get(Rep, actor)
    if rep is None:
        raise NotFound(kind="rep", ids=[actor])
    if not rep.is_manager:
        raise PermissionDenied(actor=rep.name, action="edit", why="managers only")


def _check_kind(kind: str) -> None:
    if kind not in REASON_KINDS:
        raise InvalidValue(field="kind", why="must be void, close or release")


def _labels(label_zh: str, label_en: str) -> tuple[str, str]:
    """Both labels, stripped; one language given stands for both."""
    zh, en = label_zh.strip(), label_en.strip()
    if not (zh or en):
        raise InvalidValue(field="label", why="is empty")
    zh, en = zh or en, en or zh
    if max(len(zh), len(en)) > LABEL_LENGTH:
        raise InvalidValue(field="label", why=f"at most {LABEL_LENGTH} characters")
    return zh, en


def _check_unique(session: Session, kind: str, zh: str, en: str, code: str | None) -> None:
    """No two reasons of a kind share a label: a rep could not tell them apart."""
    for other in session.scalars(select(Reason).where(Reason.kind == kind, Reason.code != code)):
        if zh in (other.label_zh, other.label_en) or en in (other.label_zh, other.label_en):
            raise InvalidValue(field="label", why=f"a {kind} reason is called that already")


def _reason(session: Session, kind: str, code: str) -> Reason:
    _check_kind(kind)
    reason = session.scalar(select(Reason).where(Reason.kind == kind, Reason.code == code))
    if reason is None:
        raise UnknownReason(kind=kind, code=code)
    return reason


def _new_code(session: Session, kind: str, en: str) -> str:
    """A stable code from the English label (ascii), unique within the kind."""
    base = re.sub(r"[^a-z0-9]+", "_", en.lower()).strip("_")[:40] or "reason"
    taken = set(session.scalars(select(Reason.code).where(Reason.kind == kind)))
    code, n = base, 1
    while code in taken:
        n += 1
        code = f"{base}_{n}"
    return code


@unit_of_work
def add_reason(
    session: Session,
    kind: str,
    label_zh: str,
    label_en: str,
    actor: int,
    *,
    needs_note: bool = False,
) -> str:
    """A manager adds a reason at the end of its list; returns its new code."""
    _check_manager(session, actor)
    _check_kind(kind)
    zh, en = _labels(label_zh, label_en)
    _check_unique(session, kind, zh, en, None)
    last = session.scalar(select(func.max(Reason.position)).where(Reason.kind == kind))
    code = _new_code(session, kind, en)
    session.add(
        Reason(
            kind=kind,
            code=code,
            label_zh=zh,
            label_en=en,
            position=(last if last is not None else -1) + 1,
            needs_note=needs_note,
            active=True,
        )
    )
    return code


@unit_of_work
def rename_reason(
    session: Session,
    kind: str,
    code: str,
    label_zh: str,
    label_en: str,
    actor: int,
    *,
    needs_note: bool | None = None,
) -> None:
    """New labels (and, if given, whether a note is needed); history shows the new ones."""
    _check_manager(session, actor)
    reason = _reason(session, kind, code)
    zh, en = _labels(label_zh, label_en)
    _check_unique(session, kind, zh, en, code)
    reason.label_zh, reason.label_en = zh, en
    if needs_note is not None:
        reason.needs_note = needs_note


@unit_of_work
def move_reason(session: Session, kind: str, code: str, step: int, actor: int) -> None:
    """Move a reason `step` places up (negative) or down its list; the list is renumbered."""
    _check_manager(session, actor)
    reason = _reason(session, kind, code)
    rows = list(
        session.scalars(
            select(Reason).where(Reason.kind == kind).order_by(Reason.position, Reason.id)
        )
    )
    at = rows.index(reason)
    rows.insert(max(0, min(len(rows) - 1, at + step)), rows.pop(at))
    for position, row in enumerate(rows):
        row.position = position


@unit_of_work
def retire_reason(session: Session, kind: str, code: str, actor: int) -> None:
    """Stop offering a reason; customers voided or closed with it keep it in their history.

    Refused for the last reason of a list (nobody could void or close any more) and for
    the reasons the void suggestions and duplicate merges use.
    """
    _check_manager(session, actor)
    reason = _reason(session, kind, code)
    if not reason.active:
        return
    if kind == "void" and code in USED_BY_RULES:
        raise InvalidValue(
            field=reason.label_en, why="void suggestions and duplicate merges use this reason"
        )
    others = session.scalar(
        select(func.count()).where(Reason.kind == kind, Reason.active, Reason.code != code)
    )
    if not others:
        raise InvalidValue(field=reason.label_en, why=f"the last {kind} reason cannot be retired")
    reason.active = False


@unit_of_work
def reinstate_reason(session: Session, kind: str, code: str, actor: int) -> None:
    """Offer a retired reason again, in its old place."""
    _check_manager(session, actor)
    _reason(session, kind, code).active = True
