"""Errors a user can cause. Services raise them with the facts; `message()` words them.

This is the one place that decides the wording, in English and Simplified Chinese, so
the command line and the window say the same thing.
"""

from __future__ import annotations

from typing import Any, ClassVar

MESSAGES: dict[str, dict[str, str]] = {
    "not_found": {
        "en": "No {kind} with id {ids}.",
        "zh": "找不到{kind_zh}（编号 {ids}）。",
    },
    "invalid_transition": {
        "en": "Customer {customer_id} is {status}; '{action}' is not allowed from there.",
        "zh": "客户 {customer_id} 当前状态为「{status_zh}」，不能执行「{action_zh}」。",
    },
    "permission_denied": {
        "en": "{actor} may not {action}: {why}.",
        "zh": "{actor} 无权执行「{action_zh}」：{why_zh}。",
    },
    "reason_required": {
        "en": "A {kind} reason is required.",
        "zh": "请选择{kind_zh}原因。",
    },
    "unknown_reason": {
        "en": "'{code}' is not an active {kind} reason.",
        "zh": "「{code}」不是可用的{kind_zh}原因。",
    },
    "note_required": {
        "en": "The reason '{reason}' needs a note.",
        "zh": "原因「{reason_zh}」需要填写说明。",
    },
    "checklist_incomplete": {
        "en": "The exit checklist is not complete: {missing}.",
        "zh": "退出清单未完成：{missing_zh}。",
    },
    "daily_claims_reached": {
        "en": "Daily claim limit reached: {used} of {limit} claimed today, {requested} more asked.",
        "zh": "已达每日领取上限：今天已领取 {used}/{limit} 个，本次还要 {requested} 个。",
    },
    "owned_limit_reached": {
        "en": "{rep} owns {owned} of at most {limit} customers; {requested} more would pass it.",
        "zh": "{rep} 已拥有 {owned} 个客户（上限 {limit}），再加 {requested} 个将超出上限。",
    },
    "capacity_reached": {
        "en": "{rep} has {owned} customers and a capacity of {capacity}; "
        "{requested} more would pass it.",
        "zh": "{rep} 已有 {owned} 个客户，容量 {capacity}，再分配 {requested} 个将超出。",
    },
    "previous_owner_cooldown": {
        "en": "Customer {customer_id} left you recently; you can claim it again from {ends_at}.",
        "zh": "客户 {customer_id} 刚从您名下退出，{ends_at} 之后才能再次领取。",
    },
    "fresh_pool_cooldown": {
        "en": "Customer {customer_id} has just entered the pool; it can be claimed from {ends_at}.",
        "zh": "客户 {customer_id} 刚进入公海，{ends_at} 之后才能领取。",
    },
    "already_owned": {
        "en": "Customer {customer_id} is already owned by {rep}.",
        "zh": "客户 {customer_id} 已归属 {rep}。",
    },
    "inactive_rep": {
        "en": "{rep} is not an active rep.",
        "zh": "{rep} 不是在职销售。",
    },
    "database_too_new": {
        "en": "This database was written by a newer CRMDesk (schema {revision}); "
        "install the newer version to open it.",
        "zh": "该数据库由更新版本的 CRMDesk 创建（结构版本 {revision}），请安装新版本后再打开。",
    },
    "not_a_database": {
        "en": "{path} is not a CRMDesk database ({detail}).",
        "zh": "{path} 不是 CRMDesk 数据库（{detail}）。",
    },
    "demo_refused": {
        "en": "This database holds real data ({count} customers, {people} people); "
        "demo data goes into an empty database (choose one with --db).",
        "zh": "该数据库已有真实数据（{count} 个客户，{people} 名人员）；"
        "演示数据只能写入空数据库（用 --db 指定）。",
    },
    "invalid_value": {
        "en": "{field}: {why}.",
        "zh": "{field}：{why}。",
    },
    # Spreadsheets (crmdesk/excel): facts are `name` (the file's name) and `detail`.
    "bad_spreadsheet.not_a_spreadsheet": {
        "en": "{name} is not a spreadsheet CRMDesk can read (xlsx, xlsm, xls, ods or csv).",
        "zh": "{name} 不是可读取的表格文件（支持 xlsx、xlsm、xls、ods、csv）。",
    },
    "bad_spreadsheet.missing": {
        "en": "{name} does not exist; it may have been moved, renamed or deleted.",
        "zh": "找不到文件 {name}，可能已被移动、改名或删除。",
    },
    "bad_spreadsheet.unreadable": {
        "en": "{name} cannot be read ({detail}); check that it is not open elsewhere "
        "and that you may read it.",
        "zh": "无法读取 {name}（{detail}）；请确认它没有被其他程序占用，且您有读取权限。",
    },
    "bad_spreadsheet.encrypted": {
        "en": "{name} is protected by a password. Open it in Excel or WPS, remove the "
        "password (File > Info > Protect Workbook), save, and import it again.",
        "zh": "{name} 设有打开密码。请在 Excel 或 WPS 中打开，取消密码保护后另存，再重新导入。",
    },
    "bad_spreadsheet.corrupt": {
        "en": "{name} is damaged and cannot be read ({detail}). Open it in Excel, WPS or "
        "LibreOffice and save it again.",
        "zh": "{name} 已损坏，无法读取（{detail}）。"
        "请用 Excel、WPS 或 LibreOffice 打开后重新保存。",
    },
    "bad_spreadsheet.too_large": {
        "en": "{name} would unpack to more than {limit} MB; it is refused to protect this "
        "computer. Save the customers alone in a new file.",
        "zh": "{name} 解压后将超过 {limit} MB，为保护电脑已拒绝读取。"
        "请把客户数据单独另存为新文件。",
    },
    "bad_spreadsheet.sparse_sheet": {
        "en": "Sheet '{sheet}' of {name} reaches row {rows} and column {columns} but holds "
        "only {cells} values; something typed far from the data makes it too large to open. "
        "Delete the rows and columns after your data (or copy the customers to a new file) "
        "and import again.",
        "zh": "{name} 的工作表「{sheet}」延伸到第 {rows} 行、第 {columns} 列，却只有 {cells} 个值；"
        "远离数据的零星内容让它大到无法打开。请删除数据之后的多余行列（或把客户数据复制到新文件）后重新导入。",
    },
    "bad_spreadsheet.too_many_columns": {
        "en": "Sheet '{sheet}' of {name} has {count} columns; at most {limit} can be "
        "imported. Delete the empty or unneeded columns and save again.",
        "zh": "{name} 的工作表「{sheet}」有 {count} 列，最多只能导入 {limit} 列。"
        "请删除空列或无关列后重新保存。",
    },
    "bad_spreadsheet.no_data": {
        "en": "{name} holds no customer rows ({detail}).",
        "zh": "{name} 中没有客户数据（{detail}）。",
    },
    "bad_spreadsheet.no_sheet": {
        "en": "{name} has no sheet named '{sheet}'; it has: {sheets}.",
        "zh": "{name} 中没有名为「{sheet}」的工作表；现有：{sheets}。",
    },
    "bad_spreadsheet.no_company_column": {
        "en": "No column of {name} could be matched to the company name; the headers "
        "found were: {headers}. Choose the column by hand or rename its header to 客户名称.",
        "zh": "{name} 中找不到客户名称列；表头为：{headers}。"
        "请手动指定该列，或把表头改为「客户名称」。",
    },
    "bad_spreadsheet.rows_rejected": {
        "en": "{count} rows have problems, so nothing was imported (first: row {row}, "
        "{column}: {problem}). Fix them, or import the valid rows only.",
        "zh": "有 {count} 行存在问题，本次未导入任何数据"
        "（第一处：第 {row} 行「{column}」：{problem}）。请修正后重试，或选择只导入有效行。",
    },
    "import_cancelled": {
        "en": "The import was cancelled; nothing was changed.",
        "zh": "导入已取消，数据未做任何改动。",
    },
    # Sign-in (crmdesk/core/auth.py): a failure never says whether the name or the
    # password was wrong.
    "sign_in_failed": {
        "en": "The name or the password is not right.",
        "zh": "姓名或密码不正确。",
    },
    "name_required": {
        "en": "Enter a name.",
        "zh": "请填写姓名。",
    },
    "password_too_short": {
        "en": "A password needs at least {minimum} characters.",
        "zh": "密码至少需要 {minimum} 个字符。",
    },
    "first_person_not_manager": {
        "en": "The first person of a team must be a manager; add one with --role manager.",
        "zh": "团队的第一位成员必须是主管，请先用 --role manager 添加一位。",
    },
    "already_set_up": {
        "en": "This database already has people ({people}); sign in instead.",
        "zh": "该数据库已有人员（{people} 名），请直接登录。",
    },
    # The team server (crmdesk/core/devices.py, crmdesk/server/push.py).
    "sign_in_throttled": {
        "en": "Too many failed sign-ins; try again in {minutes} min.",
        "zh": "登录失败次数过多，请 {minutes} 分钟后再试。",
    },
    "not_signed_in": {
        "en": "You are not signed in, or your sign-in has ended; sign in again.",
        "zh": "您尚未登录，或登录已失效，请重新登录。",
    },
    "client_of_another_device": {
        "en": "The client id {client_id} belongs to another device; start a new one.",
        "zh": "客户端编号 {client_id} 属于另一台设备，请使用新的编号。",
    },
    # Field edits based on stale values (customers.update_customer); facts are
    # customer_id, fields and conflicts (field -> {"theirs": ..., "yours": ...}).
    "edit_conflict": {
        "en": "Someone else changed the {fields} of customer {customer_id} since you "
        "began; nothing was saved.",
        "zh": "客户 {customer_id} 的{fields_zh}在您编辑期间已被他人修改，本次未保存。",
    },
    # --- the team server's reads (server/reads.py)
    "export_not_owner": {
        "en": "{rep} may export their own customers only, not those of {owner}.",
        "zh": "{rep} 只能导出自己的客户，不能导出 {owner} 的客户。",
    },
    "export_not_pool_admin": {
        "en": "Only a manager or an admin of the pool “{pool}” may export its customers.",
        "zh": "只有主管或“{pool}”的管理员才能导出其中的客户。",
    },
    "report_managers_only": {
        "en": "The {report} report counts the whole team; only a manager may read it.",
        "zh": "“{report}”报表统计的是整个团队，仅限主管查看。",
    },
    # --- a file sent to the server (excel/upload.py)
    "upload_too_large": {
        "en": "{name} is larger than {limit} MB and cannot be imported; split the customers "
        "into smaller files and import each.",
        "zh": "{name} 超过 {limit} MB，无法导入。请把客户数据分成几个较小的文件后分别导入。",
    },
    # --- the desk's client of the server (sync/client.py)
    "server_unreachable": {
        "en": "Cannot reach the team server at {server} ({detail}).",
        "zh": "无法连接团队服务器 {server}（{detail}）。",
    },
    "server_failed": {
        "en": "The team server at {server} gave an answer that is not CRMDesk's "
        "(HTTP {status}); try again later or ask whoever runs it.",
        "zh": "团队服务器 {server} 返回了无法识别的应答（HTTP {status}），"
        "请稍后再试或联系服务器管理员。",
    },
    "command_skipped": {
        "en": "The server had already moved past this command (number {seq}); run it again.",
        "zh": "服务器已跳过此操作（序号 {seq}），请重新执行。",
    },
}

ZH_WORDS = {
    "customer": "客户",
    "device": "设备",
    "revoke": "吊销",
    "rep": "销售",
    "pool": "公海",
    "reason": "原因",
    "payment": "回款",
    "active": "跟进中",
    "pool_status": "公海",
    "voided": "已作废",
    "closed": "已关闭",
    "archived": "已归档",
    "release": "退回公海",
    "reclaim": "回收",
    "claim": "领取",
    "assign": "分配",
    "void": "作废",
    "close": "关闭",
    "archive": "归档",
    "reactivate": "重新激活",
    "lock": "锁定",
    "unlock": "解锁",
    "followup": "跟进",
    "edit": "编辑",
    "customer_notified": "已通知客户",
    "contract_ended": "合同已终止",
    "balance_settled": "款项已结清",
    "data_backed_up": "资料已备份",
    "access_revoked": "权限已收回",
    "not the owner": "不是负责人",
    "managers only": "仅限主管",
    "not a member of the pool": "不是该公海成员",
    "managers or pool admins only": "仅限主管或公海管理员",
}


def _zh(word: str) -> str:
    if word == "pool":
        return ZH_WORDS["pool_status"]
    return ZH_WORDS.get(word, word)


class CrmdeskError(Exception):
    """A refusal a user can understand; nothing was changed when it is raised."""

    code: ClassVar[str] = ""

    def __init__(self, **facts: Any) -> None:
        self.facts = facts
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        template = MESSAGES[self.code]["zh" if lang.startswith("zh") else "en"]
        words = dict(self.facts)
        for key, value in self.facts.items():
            if isinstance(value, str):
                words.setdefault(f"{key}_zh", _zh(value))
            elif isinstance(value, list | tuple):
                words[key] = ", ".join(str(v).replace("_", " ") for v in value)
                words.setdefault(f"{key}_zh", "、".join(_zh(str(v)) for v in value))
        return template.format(**words)


class NotFound(CrmdeskError):
    code = "not_found"


class InvalidTransition(CrmdeskError):
    code = "invalid_transition"


class PermissionDenied(CrmdeskError):
    code = "permission_denied"


class ReasonRequired(CrmdeskError):
    code = "reason_required"


class UnknownReason(CrmdeskError):
    code = "unknown_reason"


class NoteRequired(CrmdeskError):
    code = "note_required"


class ChecklistIncomplete(CrmdeskError):
    code = "checklist_incomplete"


class LimitReached(CrmdeskError):
    """A claim or capacity limit; facts carry the limit, the current count and the ask."""


class DailyClaimsReached(LimitReached):
    code = "daily_claims_reached"


class OwnedLimitReached(LimitReached):
    code = "owned_limit_reached"


class CapacityReached(LimitReached):
    code = "capacity_reached"


class CooldownActive(CrmdeskError):
    """Facts: customer_id, ends_at (a datetime) and kind."""


class PreviousOwnerCooldown(CooldownActive):
    code = "previous_owner_cooldown"


class FreshPoolCooldown(CooldownActive):
    code = "fresh_pool_cooldown"


class AlreadyOwned(CrmdeskError):
    code = "already_owned"


class InactiveRep(CrmdeskError):
    code = "inactive_rep"


class DatabaseTooNew(CrmdeskError):
    code = "database_too_new"


class NotACrmdeskDatabase(CrmdeskError):
    code = "not_a_database"

    def __init__(self, **facts: Any) -> None:
        facts.setdefault("path", "the file")
        super().__init__(**facts)


class DemoRefused(CrmdeskError):
    code = "demo_refused"


class InvalidValue(CrmdeskError):
    code = "invalid_value"


class BadSpreadsheet(CrmdeskError):
    """A file that cannot be imported. `reason` picks the message: missing, unreadable,
    not_a_spreadsheet, encrypted, corrupt, too_large, sparse_sheet, too_many_columns,
    no_data, no_sheet, no_company_column, rows_rejected."""

    def __init__(self, reason: str, **facts: Any) -> None:
        self.reason = reason
        self.code = f"bad_spreadsheet.{reason}"  # type: ignore[misc]
        facts.setdefault("name", "the file")
        facts.setdefault("detail", "")
        super().__init__(**facts)


class ImportCancelled(CrmdeskError):
    code = "import_cancelled"


class SignInFailed(CrmdeskError):
    code = "sign_in_failed"


class NameRequired(CrmdeskError):
    code = "name_required"


class PasswordTooShort(CrmdeskError):
    code = "password_too_short"


class AlreadySetUp(CrmdeskError):
    code = "already_set_up"


class FirstPersonNotManager(CrmdeskError):
    code = "first_person_not_manager"


class SignInThrottled(CrmdeskError):
    """Facts: minutes, how long to wait before trying again."""

    code = "sign_in_throttled"


class NotSignedIn(CrmdeskError):
    """No token, or one that was revoked, expired, or whose person was deactivated."""

    code = "not_signed_in"


class ClientOfAnotherDevice(CrmdeskError):
    """A pushed batch whose client id another device took first; facts: client_id."""

    code = "client_of_another_device"


# The customer fields' names in messages, as the Details form titles them.
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "company": ("company", "客户名称"),
    "contact": ("contact", "联系人"),
    "phone": ("phone", "电话"),
    "phone2": ("second phone", "备用电话"),
    "email": ("email", "邮箱"),
    "wechat": ("WeChat", "微信"),
    "industry": ("industry", "行业"),
    "region": ("region", "地区"),
    "source": ("source", "来源"),
    "notes": ("notes", "备注"),
    "credit_rating": ("credit rating", "信用等级"),
}


class EditConflict(CrmdeskError):
    """Fields someone else changed since the edit's values were read: per field the
    value stored now (theirs) and the one this edit wanted (yours)."""

    code = "edit_conflict"

    def __init__(self, *, customer_id: int, conflicts: dict[str, dict[str, Any]]) -> None:
        self.conflicts = conflicts
        names = [FIELD_NAMES.get(f, (f, f)) for f in conflicts]
        english = [en for en, _ in names]
        super().__init__(
            customer_id=customer_id,
            fields=" and ".join([", ".join(english[:-1]), english[-1]] if english[1:] else english),
            fields_zh="、".join(zh for _, zh in names),
            conflicts=conflicts,
        )
