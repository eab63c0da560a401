"""Simplified Chinese of the pages' strings (settings, queues, import wizard, upkeep
dialogs, reports, duplicates); fill_zh.py merges this table into crmdesk_zh_CN.ts."""

ZH: dict[str, str] = {
    # settings_pools.py
    "Rules not saved": "规则未保存",
    "The rules of {pool} have changes that are not saved.": "“{pool}”的规则有未保存的修改。",
    "In {pool}, with these rules, customers reclaimed now: {n}; customers warned "
    "(their owners are told): {w}. With the saved rules: {n0} and {w0}.": "在“{pool}”中，按这些规则，"
    "现在将回收的客户：{n}；将预警的客户（会通知其负责人）：{w}。按已保存的规则：{n0} 和 {w0}。",
    # queues.py
    "Suggestions dismissed: {n}. They come back only on new evidence.": "已忽略的建议：{n} 条。"
    "出现新的依据时才会再次提示。",
    "Customers to void: {n}. Reason: {reasons}.\n\nThey go to the Recycle bin and can be "
    "restored from there. Void them?": "要作废的客户：{n} 个。原因：{reasons}。\n\n"
    "作废后移入作废箱，可从那里恢复。确定作废吗？",
    "no longer suggested": "已不再建议作废",
    "days without interaction: {n}": "{n} 天无互动",
    "failed contact attempts in a row: {n}": "连续 {n} 次联系失败",
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
    # duplicates_page.py
    "Groups of duplicates: {n}; customers in them: {m} (scanned in {s:.1f} s).": (
        "重复客户组：{n} 组，涉及客户：{m} 个（用时 {s:.1f} 秒）。"
    ),
    # settings_backups.py, settings_reps.py
    "Backups kept (the newest)": "保留的备份数（最新的）",
    "Active customers owned: {n}. Assign or release them before deactivating.": (
        "名下跟进中的客户：{n} 个。停用前请先分配或退回公海。"
    ),
    # import_wizard.py: counts worded without "1 rows"
    "Sheets: {sheets}. The customers look to be on “{sheet}”.": "工作表：{sheets} 个。客户数据似乎在“{sheet}”中。",
    "Rows: about {rows}.": "行数：约 {rows} 行。",
    "Columns to import: {n}.": "将导入的列：{n} 列。",
    "Rows with problems among the first {rows}: {flagged}, marked in red; point at a cell to "
    "see why. Fix them in the file, or import only the valid rows.": (
        "前 {rows} 行中有问题的行：{flagged} 行，已用红色标出；将鼠标指向单元格可查看原因。"
        "请在文件中修正，或只导入有效行。"
    ),
    "No problems in the first rows ({rows} read).": "前几行没有问题（已读取 {rows} 行）。",
    "Nothing was imported: rows with problems: {n}. Fix them in the file (save the rejected "
    "rows to see each problem beside its row), or import only the valid rows.": (
        "未导入任何数据：有问题的行：{n} 行。请在文件中修正（保存被拒绝的行，可在每行旁看到问题），"
        "或只导入有效行。"
    ),
    "Rows read: {rows}, in {seconds:.1f} s.": "已读取 {rows} 行，用时 {seconds:.1f} 秒。",
    # reports.py
    "Working customers: {total}, with a tier set by hand: {overridden}. Tier changes from "
    "{start} to {end}: {moved}.": (
        "有效客户：{total} 个，其中手动设置等级：{overridden} 个。{start} 至 {end} 等级变更：{moved} 次。"
    ),
    "Customers created from {start} to {end}: {created}; with a deal since: {dealt} "
    "({ratio:.0%}).": "{start} 至 {end} 新建客户：{created} 个；其中已成交：{dealt} 个（{ratio:.0%}）。",
    "Working customers with a warning: {warned} of {total} (as of the last refresh).": (
        "有预警的有效客户：{warned} 个，共 {total} 个（截至上次刷新）。"
    ),
    "Active reps: {reps}. Work done from {start} to {end}.": "在职销售：{reps} 名。{start} 至 {end} 的工作情况。",
}

BY_CONTEXT: dict[tuple[str, str], str] = {}
