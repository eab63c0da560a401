"""Simplified Chinese for the action dialogs, the set-up and profile dialogs, export and
labels (see fill_zh.py, which reads every zh_<area>.py beside it)."""

ZH: dict[str, str] = {
    # --- action_dialogs.py
    "Selected customers: {n} — {names}": "已选客户 {n} 个：{names}",
    "Tick all": "全部勾选",
    "Tick every item of the exit checklist.": "请勾选退出检查清单中的每一项。",
    "Customer": "客户",
    "The first {shown} of {n} selected customers are shown.": "共选中 {n} 个客户，此处列出前 {shown} 个。",
    "the reclaim rules": "回收规则",
    "{status}: {reason}": "{status}：{reason}",
    "{why}. Decided by {who} on {when}.": "{why}。由 {who} 于 {when} 决定。",
    "Their note: {note}": "当时的备注：{note}",
    # --- assign_dialog.py, distribute_dialog.py
    "{rep} has room for {room} more; selected: {n}.": "{rep} 还能再接 {room} 个客户，当前选中了 {n} 个。",
    "{why}: {k}": "{why}：{k} 个",
    "Customers distributed: {n}; reps who got some: {reps}.": "已分配客户：{n} 个，分给 {reps} 名销售。",
    "Customers distributed: {n}; reps who got some: {reps}; not placed: {left}.": "已分配客户：{n} 个，分给 {reps} 名销售；未分配：{left} 个。",
    # --- signin.py; main_window.py's File menu entry that calls signin.choose_profile
    "Switch person": "切换身份",
    "Switch": "切换",
    "S&witch person…": "切换身份(&W)…",
    # --- export.py
    "Customers exported to {file}: {n}.": "已导出 {n} 个客户到 {file}。",
}

BY_CONTEXT: dict[tuple[str, str], str] = {
    ("ReactivateDialog", "By"): "操作人",
}
