"""Chinese of Today (工作台), the automatic rules and the window's frame around them."""

ZH: dict[str, str] = {
    # --- today_page.py
    "%n customer(s) reclaimed": "回收 %n 个客户",
    "%n customer(s) warned": "预警 %n 个客户",
    "%n day(s) left": "剩 %n 天",
    "%n day(s) overdue": "逾期 %n 天",
    "%n overdue": "其中 %n 个已逾期",
    "About to be reclaimed": "即将被回收",
    "Another desk was applying the rules at {at}.": "{at} 另一台电脑正在执行规则。",
    "Claims left today": "今日剩余领取",
    "Customers": "客户数",
    "Due follow-ups": "待跟进",
    "Follow-ups due": "待跟进",
    "Junk to clean up: {n}": "待清理垃圾客户：{n}",
    "New warnings": "新预警",
    "Next run at {at}.": "下次执行：{at}。",
    "No new warnings.": "没有新预警。",
    "None of your customers is close to being reclaimed.": "您的客户暂无即将被回收的。",
    "Nothing due today.": "今天没有待跟进的客户。",
    "Open this list": "打开此列表",
    "Overdue follow-ups": "逾期未跟进",
    "Person": "人员",
    "Queues": "待处理队列",
    "Rules applied at {at}: {reclaimed}, {warned}.": "{at} 已执行回收规则：{reclaimed}，{warned}。",
    "Show all %n": "查看全部 %n 个",
    "The team today": "团队今日概况",
    "To be reclaimed": "即将回收",
    "Today, {date}": "今天，{date}",
    "Void suggestions": "作废建议",
    "Void suggestions: {n}": "作废建议：{n}",
    "Warned customers": "预警客户",
    "Warned": "预警",
    "Warnings: {n}": "预警：{n}",
    "You are in no public pool.": "您不在任何公海中。",
    "awaiting a decision": "等待处理",
    "under a day left": "不足 1 天",
    "follow up to keep them": "及时跟进才能保留",
    "from the public pools": "可从公海领取",
    "in the last 7 days": "最近 7 天",
    "no limit in your pools": "您的公海不限领取",
    "none overdue": "没有逾期",
    "on your customers": "您的客户",
    "risk {score}": "风险 {score}",
    "today {time}": "今天 {time}",
    "{person}: {what}": "{person}：{what}",
    "{pool}: no limit (you manage it)": "{pool}：不限（您是管理员）",
    "{pool}: {left} of {most} claims left today": "{pool}：今日还可领取 {left}/{most} 个",
    # --- rules_clock.py
    "%n of your customers will be reclaimed soon unless you follow them up.": "您有 %n 个客户即将被回收，请及时跟进。",
    # --- tasks.py
    "The database cannot be reached right now (the server stopped or the network is down), "
    "so nothing was changed. What you typed is still here: try again once the connection "
    "is back.": "现在无法连接数据库（服务器已停止或网络中断），因此没有做任何修改。您输入的内容仍在：连接恢复后请重试。",
    # --- main_window.py
    "Today": "工作台",
    "%n of your customers entered the warning period before reclaim.": "您有 %n 个客户进入回收预警期。",
    "Rules applied: {reclaimed} reclaimed, {warned} warned": "已执行回收规则：回收 {reclaimed} 个，预警 {warned} 个",
}

BY_CONTEXT: dict[tuple[str, str], str] = {}

EN_PLURALS: dict[str, tuple[str, str]] = {
    "%n customer(s) reclaimed": ("%n customer reclaimed", "%n customers reclaimed"),
    "%n customer(s) warned": ("%n customer warned", "%n customers warned"),
    "%n day(s) left": ("%n day left", "%n days left"),
    "%n day(s) overdue": ("%n day overdue", "%n days overdue"),
    "%n overdue": ("%n overdue", "%n overdue"),
    "Show all %n": ("Show it", "Show all %n"),
    "%n of your customers will be reclaimed soon unless you follow them up.": (
        "One of your customers will be reclaimed soon unless you follow it up.",
        "%n of your customers will be reclaimed soon unless you follow them up.",
    ),
    "%n of your customers entered the warning period before reclaim.": (
        "One of your customers entered the warning period before reclaim.",
        "%n of your customers entered the warning period before reclaim.",
    ),
}
