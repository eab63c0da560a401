"""Simplified Chinese of the pages' strings (settings, queues, import wizard, upkeep
dialogs, reports, duplicates); fill_zh.py merges this table into crmdesk_zh_CN.ts."""

ZH: dict[str, str] = {
    # settings_pools.py
    "Rules not saved": "规则未保存",
    "The rules of {pool} have changes that are not saved.": "“{pool}”的规则有未保存的修改。",
    "With these rules, customers reclaimed now: {n}; customers warned (their owners "
    "are told): {w}. With the saved rules: {n0} and {w0}.": "按这些规则，现在将回收的客户：{n}；"
    "将预警的客户（会通知其负责人）：{w}。按已保存的规则：{n0} 和 {w0}。",
}

BY_CONTEXT: dict[tuple[str, str], str] = {}
