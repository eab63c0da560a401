"""Chinese of the customer workspace (crmdesk/ui/detail*.py): its action bar, header,
timeline, record forms and side panel."""

ZH: dict[str, str] = {
    # --- detail.py: the header and the action bar
    "Locked: exempt from reclaim": "已锁定：不参与回收",
    "Days before the rules reclaim it into its public pool": "距离按规则被回收到公海还剩的天数",
    "The reclaim rules do not apply to it now.": "回收规则目前不适用于此客户。",
    "%n day(s)": "%n 天",
    "Take this customer from the pool as yours": "从公海领取此客户，由你负责",
    "Give this customer back to a public pool": "将此客户退回公海",
    "Give this customer to a rep": "将此客户分配给一名销售",
    "Move this customer to the recycle bin": "将此客户移入作废箱",
    "File this closed customer away, read-only": "将此已关闭的客户归档（只读）",
    "Bring this customer back": "重新激活此客户",
    "Exempt this customer from reclaim": "锁定此客户，不参与回收",
    "Merge this customer with the duplicates chosen under Duplicates "
    "(all of them when none is chosen)": "将此客户与“查重”中选中的客户合并（未选择时合并全部）",
    # --- detail_records.py: the quick entry, the record bar and its forms
    "Plan the next follow-up": "安排下次跟进",
    "Log this follow-up (Ctrl+Enter)": "记录这次跟进（Ctrl+Enter）",
    "Mark the open payment chosen in the timeline paid": "将时间线中选中的待回款标记为已回款",
    "Deal…": "成交…",
    "Record a deal": "记录成交",
    "Payment…": "应收款…",
    "Add a payment due": "添加应收款",
    "Complaint…": "投诉…",
    "Record a complaint": "记录投诉",
    "Return…": "退货…",
    "Record a return": "记录退货",
    # --- detail_timeline.py
    "Nothing recorded yet.": "暂无记录。",
    "Complaint": "投诉",
    "{kind}, {outcome}": "{kind}，{outcome}",
    "Next follow-up {when}": "下次跟进 {when}",
    "Deal of {amount}": "成交 {amount}",
    "Contract until {day}": "合同截止 {day}",
    "Payment of {amount} received": "已回款 {amount}",
    "Was due {day}": "到期日 {day}",
    "Payment of {amount} due": "应收款 {amount}",
    "Return of {amount}": "退货 {amount}",
    "Reason: {reason}": "原因：{reason}",
    # --- detail_history.py: tier and risk, duplicates
    "%n day(s) since the last interaction": "距最近一次互动 %n 天",
    "%n deal(s) in the last year": "近一年成交 %n 笔",
    "return rate {rate}%, {complaints}": "退货率 {rate}%，{complaints}",
    "%n complaint(s)": "投诉 %n 次",
    "Overdue payments: {overdue}; recent complaints: {complaints}; return rate: {rate}%; "
    "credit rating: {credit}.": "逾期付款：{overdue} 笔；近期投诉：{complaints} 次；"
    "退货率：{rate}%；信用等级：{credit}。",
    "Choose the ones to open, or to merge with this customer.": "选择要打开或与此客户合并的客户。",
}

# Words that read differently here than elsewhere in the window.
BY_CONTEXT: dict[tuple[str, str], str] = {
    ("CustomerHeader", ", "): "、",
    ("TimelineView", ", "): "、",
    ("TimelineView", "; "): "；",
    ("DuplicatesTab", ", "): "、",
    ("TimelineView", "Open"): "待回款",
    ("FollowUpEntry", "Next"): "下次跟进",
    ("FollowUpEntry", "Log"): "记录跟进",
}

EN_PLURALS: dict[str, tuple[str, str]] = {
    "%n day(s)": ("%n day", "%n days"),
    "%n day(s) since the last interaction": (
        "%n day since the last interaction",
        "%n days since the last interaction",
    ),
    "%n deal(s) in the last year": ("%n deal in the last year", "%n deals in the last year"),
    "%n complaint(s)": ("%n complaint", "%n complaints"),
}
