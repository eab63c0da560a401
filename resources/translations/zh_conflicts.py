"""Simplified Chinese of the edit conflict dialog's strings (conflict_dialog.py);
fill_zh.py merges this table into crmdesk_zh_CN.ts."""

ZH: dict[str, str] = {
    "Changed by someone else": "已被他人修改",
    "Saved now (theirs)": "当前已保存（他人的）",
    "Yours": "您的",
    "(empty)": "（空）",
    "Take theirs shows their values in the form; keep mine saves yours over them.": (
        "“采用他人的”会在表单中显示对方的值；“保留我的”会用您的值覆盖对方的修改。"
    ),
    "Your changes to the other fields are saved either way.": "无论选择哪一项，您对其他字段的修改都会保存。",
    "Take theirs": "采用他人的",
    "Keep mine": "保留我的",
}

BY_CONTEXT: dict[tuple[str, str], str] = {}
