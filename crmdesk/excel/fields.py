"""The customer columns a spreadsheet can carry, shared by import, export and the template.

Export writes `zh` or `en` as headers; import recognises those and every synonym, so an
exported file imports back (its customer id column updates instead of duplicating).
Synonyms are compared after `header_key` (case, spaces, punctuation and full-width
forms do not matter). Fields marked `read_only` are written by export for reading and
recognised on import, but never imported: the engine keeps them (status, stage...).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    key: str
    zh: str
    en: str
    kind: str  # text, id, phone, email, date, amount, tier, credit, rep
    synonyms: tuple[str, ...] = ()
    read_only: bool = False
    width: int = 14  # export column width, in characters


FIELDS: tuple[Field, ...] = (
    Field("id", "客户编号", "Customer ID", "id",
          ("客户id", "编号", "id", "customer id", "crmdesk id", "客户号"), width=10),
    Field("company", "客户名称", "Company", "text",
          ("公司名称", "单位名称", "企业名称", "公司", "客户", "客户公司", "company name",
           "account name", "account", "organization", "organisation", "customer",
           "customer name"), width=30),
    Field("contact", "联系人", "Contact", "text",
          ("联系人姓名", "姓名", "客户姓名", "联系人名称", "contact name", "name", "full name",
           "contact person")),
    Field("phone", "手机", "Phone", "phone",
          ("手机号", "手机号码", "联系电话", "电话", "联系方式", "移动电话", "电话号码", "mobile",
           "mobile phone", "phone number", "tel", "telephone", "cell", "cell phone"), width=18),
    Field("phone2", "其他电话", "Phone 2", "phone",
          ("座机", "固定电话", "办公电话", "固话", "电话2", "other phone", "work phone",
           "landline", "office phone", "phone2", "business phone"), width=18),
    Field("email", "邮箱", "Email", "email",
          ("电子邮箱", "电子邮件", "邮件", "e-mail", "email address", "mail", "邮箱地址"),
          width=24),
    Field("wechat", "微信", "WeChat", "text", ("微信号", "wechat id", "weixin", "wx")),
    Field("industry", "行业", "Industry", "text", ("所属行业", "行业类别", "行业分类")),
    Field("region", "地区", "Region", "text",
          ("省份", "城市", "所在地区", "区域", "省市", "所在城市", "省/市", "地址", "billing city",
           "city", "province", "state", "billing state/province", "location")),
    Field("source", "来源", "Source", "text",
          ("客户来源", "线索来源", "渠道", "lead source", "channel")),
    Field("owner", "负责人", "Owner", "rep",
          ("销售", "跟进人", "归属销售", "所属销售", "业务员", "销售负责人", "account owner",
           "sales rep", "assigned to", "owner name")),
    Field("tier", "等级", "Tier", "tier",
          ("客户等级", "客户级别", "级别", "分级", "rating", "grade", "level"), width=8),
    Field("credit_rating", "信用等级", "Credit Rating", "credit", ("信用", "credit"), width=10),
    Field("last_followup_at", "最近跟进", "Last Contact", "date",
          ("最后跟进时间", "最近跟进时间", "最后联系时间", "上次联系", "最后跟进", "最近联系",
           "last activity", "last contacted", "last contact date", "last activity date"),
          width=18),
    Field("next_followup_at", "下次跟进", "Next Follow-up", "date",
          ("下次跟进时间", "下次联系", "next contact", "next follow up", "next activity"),
          width=18),
    Field("deal_total", "成交金额", "Amount", "amount",
          ("金额", "累计成交", "成交额", "销售额", "累计金额", "total amount", "deal amount",
           "revenue", "total"), width=14),
    Field("notes", "备注", "Notes", "text",
          ("说明", "描述", "备注信息", "remark", "remarks", "description", "comment",
           "comments", "note"), width=40),
    Field("status", "状态", "Status", "text", ("客户状态",), read_only=True, width=10),
    Field("stage", "阶段", "Stage", "text", ("生命周期", "lifecycle stage"), read_only=True,
          width=10),
    Field("pool", "公海", "Pool", "text", ("公海池", "所属公海"), read_only=True),
    Field("risk_score", "风险分", "Risk Score", "text", ("风险", "risk"), read_only=True,
          width=8),
    Field("created_at", "创建时间", "Created", "date",
          ("录入时间", "创建日期", "created date", "created on", "create time"),
          read_only=True, width=18),
)  # fmt: skip

BY_KEY = {f.key: f for f in FIELDS}
# Other CRMs split names in two; import joins them into the contact.
FIRST_NAME = ("first name", "名", "firstname", "given name")
LAST_NAME = ("last name", "姓", "lastname", "surname", "family name")

_PUNCT = re.compile(r"[\s_\-:：()（）\[\]【】/*.·、]+")


def header_key(text: object) -> str:
    """A header as compared: NFKC (full-width to half), lower case, no spaces or
    punctuation ("客户名称（必填）" and "客户名称*" are both 客户名称必填 -> see mapping)."""
    value = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    return _PUNCT.sub("", value)


def header(field: Field, lang: str) -> str:
    return field.zh if lang.startswith("zh") else field.en
