"""Chinese of the customer lists: their columns per view, marks and tooltips."""

ZH: dict[str, str] = {
    # --- customer_model.py
    "Reason": "原因",
    "Status changed": "状态变更日期",
    "No follow-up within the period": "期限内未跟进",
    "No deal within the period": "期限内未成交",
    "Follow-up overdue": "跟进已逾期",
    "{company} (locked: never reclaimed)": "{company}（已锁定：不会被回收）",
    # --- list_page.py
    "Voided on": "作废日期",
    "Void reason": "作废原因",
    "Closed / archived on": "关闭/归档日期",
    "Close reason": "关闭原因",
    "Reclaimed into the pool in %n day(s) unless followed up": "%n 天内不跟进将被回收到公海",
}

BY_CONTEXT: dict[tuple[str, str], str] = {}

EN_PLURALS: dict[str, tuple[str, str]] = {
    "Reclaimed into the pool in %n day(s) unless followed up": (
        "Reclaimed into the pool in %n day unless followed up",
        "Reclaimed into the pool in %n days unless followed up",
    ),
}
