"""Simplified Chinese of the pages' strings (settings, queues, import wizard, upkeep
dialogs, reports, duplicates); fill_zh.py merges this table into crmdesk_zh_CN.ts."""

ZH: dict[str, str] = {
    # settings_pools.py
    "Rules not saved": "规则未保存",
    "The rules of {pool} have changes that are not saved.": "“{pool}”的规则有未保存的修改。",
    "With these rules, customers reclaimed now: {n}; customers warned (their owners "
    "are told): {w}. With the saved rules: {n0} and {w0}.": "按这些规则，现在将回收的客户：{n}；"
    "将预警的客户（会通知其负责人）：{w}。按已保存的规则：{n0} 和 {w0}。",
    # queues.py
    "Suggestions dismissed: {n}. They come back only on new evidence.": "已忽略的建议：{n} 条。"
    "出现新的依据时才会再次提示。",
    "Customers to void: {n}. Reason: {reasons}.\n\nThey go to the Recycle bin and can be "
    "restored from there. Void them?": "要作废的客户：{n} 个。原因：{reasons}。\n\n"
    "作废后移入作废箱，可从那里恢复。确定作废吗？",
    "no longer suggested": "已不再建议作废",
    "Void (accept)…": "作废（采纳建议）…",
    "shares a phone, email or name with older customers: {n}": "与更早的客户电话、邮箱或名称相同：{n} 个",
    "Junk: tier D, active or in a pool": "垃圾客户：D 级，跟进中或在公海",
    "Junk lists every active or pooled customer of tier D, also those a void suggestion "
    "lists; voided and closed ones are not junk to clean.": "垃圾客户列出所有跟进中或在公海的 D 级客户，"
    "包括已有作废建议的客户；已作废、已关闭的客户不在其中。",
    # maintenance.py
    "Customers reclaimed into the pools: {n}.\nCustomers warned, close to being reclaimed "
    "(their owners are told): {w}.": "已回收到公海的客户：{n} 个。\n即将被回收、已预警的客户（已通知其负责人）：{w} 个。",
    "Customers the rules would reclaim into the pools now: {n}.\nCustomers close to it that "
    "would be warned (their owners are told): {w}.": "按规则现在将回收到公海的客户：{n} 个。\n"
    "即将被回收、将收到预警的客户（会通知其负责人）：{w} 个。",
    "Customers that changed tier: {n}.": "等级已变化的客户：{n} 个。",
    "Customers that would change tier: {n}.": "等级将变化的客户：{n} 个。",
    "Customers keeping a tier set by hand: {n}.": "保留手动设置等级的客户：{n} 个。",
    # import_wizard.py
    "{file} is named like a workbook but holds plain text, not a table of customers. Open "
    "it in Excel or WPS and save it as an Excel workbook (.xlsx), or choose another file.": (
        "{file} 的文件名像 Excel 工作簿，内容却是纯文本，不是客户表格。请用 Excel 或 WPS 打开后"
        "另存为 Excel 工作簿（.xlsx），或选择其他文件。"
    ),
    "Why skipped": "跳过原因",
    "Rejected rows: {n}": "被拒绝的行：{n}",
    "Skipped rows: {n}": "跳过的行：{n}",
    "Rows that matched a customer and changed nothing: {n}": "与已有客户相同、无需更新的行：{n}",
    # charts.py
    "{name}: {value}": "{name}：{value}",
}

BY_CONTEXT: dict[tuple[str, str], str] = {}
