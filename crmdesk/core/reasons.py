"""Void, close and release reasons: editable lists, seeded with DESIGN.md's."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from crmdesk.core.errors import NoteRequired, ReasonRequired, UnknownReason
from crmdesk.core.models import Reason

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


def list_reasons(session: Session, kind: str) -> list[ReasonInfo]:
    rows = session.scalars(
        select(Reason).where(Reason.kind == kind, Reason.active).order_by(Reason.position)
    )
    return [ReasonInfo(r.kind, r.code, r.label_zh, r.label_en, r.needs_note) for r in rows]


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
