"""Simplified Chinese of Settings > Devices (settings_devices.py, and its tab's title in
settings.py); fill_zh.py merges this table into crmdesk_zh_CN.ts."""

ZH: dict[str, str] = {
    # --- settings.py
    "Devices": "设备",
    # --- settings_devices.py
    "Devices appear here when someone signs in to the team server with `crmdesk login`.": (
        "有人用“crmdesk login”登录团队服务器后，其设备会显示在这里。"
    ),
    "Person": "人员",
    "Device": "设备",
    "Signed in": "登录时间",
    "Last used": "最近使用",
    "Expires if unused": "闲置到期时间",
    "Revoked": "吊销时间",
    "Revoke…": "吊销…",
    "Every device signed in to the team server, of the whole team. Revoking one "
    "signs it out at once; one unused for %n day(s) is signed out by itself.": (
        "全团队登录到团队服务器的所有设备。设备被吊销后立即退出登录；"
        "闲置 %n 天的设备会自动退出登录。"
    ),
    "Your devices signed in to the team server. Revoking one signs it out at "
    "once; one unused for %n day(s) is signed out by itself.": (
        "您登录到团队服务器的设备。设备被吊销后立即退出登录；闲置 %n 天的设备会自动退出登录。"
    ),
    "Expired": "已过期",
    "Revoke {device} of {person}? It is signed out at once; to use it again, "
    "{person} signs in again with their name and password.": (
        "确定吊销{person}的设备“{device}”吗？该设备将立即退出登录；"
        "如需再次使用，{person}须用姓名和密码重新登录。"
    ),
    "Revoke device": "吊销设备",
}

BY_CONTEXT: dict[tuple[str, str], str] = {}

EN_PLURALS: dict[str, tuple[str, str]] = {
    "Every device signed in to the team server, of the whole team. Revoking one "
    "signs it out at once; one unused for %n day(s) is signed out by itself.": (
        "Every device signed in to the team server, of the whole team. Revoking one "
        "signs it out at once; one unused for %n day is signed out by itself.",
        "Every device signed in to the team server, of the whole team. Revoking one "
        "signs it out at once; one unused for %n days is signed out by itself.",
    ),
    "Your devices signed in to the team server. Revoking one signs it out at "
    "once; one unused for %n day(s) is signed out by itself.": (
        "Your devices signed in to the team server. Revoking one signs it out at "
        "once; one unused for %n day is signed out by itself.",
        "Your devices signed in to the team server. Revoking one signs it out at "
        "once; one unused for %n days is signed out by itself.",
    ),
}
