"""Realistic demo data: a team, two pools and two years of customer histories.

Every rule fires somewhere at `now`: customers due for reclaim (both rules, per tier,
both pools), inside the warning window, locked, frozen by contracts and payments, in a
previous-owner cooldown; risky customers (overdue payments, complaints, returns, credit
C/D), dead ones (5 failed attempts, no valid contact), duplicates and long-closed ones.

Speed matters (1,000,000 customers in well under 3 minutes): rows are built as tuples
and written with the driver's executemany on SQLite, in chunks committed one by one.
The "demo" setting is written first, so an interrupted demo is replaced by the next.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, delete, func, select, text
from sqlalchemy.orm import Session

from crmdesk.core import clock, grading, indexing, risk
from crmdesk.core.errors import DemoRefused
from crmdesk.core.models import (
    Base,
    Complaint,
    Customer,
    Deal,
    FollowUp,
    Payment,
    Pool,
    PoolRules,
    Rep,
    Return,
    Setting,
    Transition,
)
from crmdesk.core.pools import create_pool, set_member
from crmdesk.core.reasons import CLOSE_CHECKLIST, DEFAULTS
from crmdesk.core.team import add_rep, default_pool_id, ensure_defaults
from crmdesk.storage.bulk import insert_rows

CHUNK = 20_000
DAY = timedelta(days=1)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯"
    "邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚"
    "桂英华建国红梅志强文斌海燕婷雪玉兰飞鹏浩宇欣怡晨阳"
)
BRANDS = [
    "鼎盛",
    "恒达",
    "华信",
    "金诚",
    "宏远",
    "天成",
    "瑞丰",
    "新锐",
    "博远",
    "众合",
    "汇通",
    "利达",
    "永安",
    "东方",
    "嘉禾",
    "长城",
    "星辰",
    "蓝海",
    "汇丰",
    "中科",
    "九州",
    "万通",
    "德润",
    "盛世",
    "启明",
    "云帆",
    "凯晟",
    "安泰",
    "隆兴",
    "元亨",
    "顺达",
    "锦程",
    "睿智",
    "佳美",
    "融创",
    "恒信",
]
NAME_CHARS = "华强盛达信诚通泰丰源兴隆昌荣和祥瑞佳美新宏远博大正光明金银海天德安福康顺利"
TRADES = {
    "制造业": ("机械", "精密制造", "模具", "五金"),
    "信息技术": ("科技", "软件", "信息技术", "网络科技"),
    "批发零售": ("贸易", "商贸", "供应链", "百货"),
    "建筑工程": ("建设工程", "建材", "装饰工程", "安装工程"),
    "医疗健康": ("医疗器械", "生物科技", "健康管理", "医药"),
    "教育培训": ("教育科技", "培训", "文化传播", "教育咨询"),
    "物流运输": ("物流", "运输", "国际货运", "仓储"),
    "餐饮食品": ("食品", "餐饮管理", "农业科技", "饮品"),
}
INDUSTRIES = tuple(TRADES)
SUFFIXES = ("有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司")
# region -> (city for the name, landline area code, in the south pool?)
REGIONS = {
    "浙江": ("杭州", "0571", False),
    "江苏": ("苏州", "0512", False),
    "上海": ("上海", "021", False),
    "北京": ("北京", "010", False),
    "山东": ("青岛", "0532", False),
    "四川": ("成都", "028", False),
    "湖北": ("武汉", "027", False),
    "广东": ("深圳", "0755", True),
    "福建": ("厦门", "0592", True),
    "广西": ("南宁", "0771", True),
}
REGION_NAMES = tuple(REGIONS)
SOURCES = ("展会", "官网", "转介绍", "电话营销", "百度推广", "阿里巴巴", "抖音", "老客户推荐")
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "outlook.com", "aliyun.com")
NOTES = {
    "reached": ("客户有采购意向，约下周详谈", "已发报价单", "客户要求样品", "沟通顺利，等待决策"),
    "no_answer": ("电话无人接听", "占线", "微信未回复", "关机"),
    "wrong_number": ("号码错误", "空号", "对方说打错了"),
}
KINDS = ("call", "call", "call", "wechat", "wechat", "visit", "email")
REPS = (
    ("张伟", "浙江"),
    ("李娜", "江苏"),
    ("王强", "上海"),
    ("刘洋", "北京"),
    ("陈静", "山东"),
    ("杨磊", "四川"),
    ("赵敏", "湖北"),
    ("黄涛", "广东"),
    ("周婷", "福建"),
    ("吴鹏", "广西"),
    ("徐超", "浙江"),
    ("孙丽", "广东"),
)
EXTRA_SURNAMES = "郑冯韩曹彭曾肖"


@dataclass
class DemoResult:
    customers: int
    reps: int
    pools: int
    followups: int
    deals: int
    payments: int
    returns: int
    complaints: int
    transitions: int
    seconds: float


# The window's demo database (`crmdesk --demo`, "Load demo data"): about three seconds,
# enough for every list, queue and chart.
DEMO_CUSTOMERS = 5000


def fill_demo(
    session: Session,
    customers: int,
    *,
    seed: int = 1,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    """Fill a database with demo data; refuses one that holds real customers."""
    started = time.perf_counter()
    at = (now or clock.now()).replace(microsecond=0)
    _prepare(session)
    team = _make_team(session, customers, at)
    writer = _Writer(session)
    story = _Story(random.Random(seed), at, team)
    counts = dict.fromkeys(("followups", "deals", "payments", "returns", "complaints"), 0)
    counts["transitions"] = 0
    for first in range(1, customers + 1, CHUNK):
        last = min(customers, first + CHUNK - 1)
        tables = story.chunk(first, last)
        for table, rows in tables.items():
            writer.insert(table, rows)
        indexing.index_new(session.connection(), tables[Customer.__table__])
        for name, table in _TABLES.items():
            counts[name] += len(tables[table])
        session.commit()
        if progress:
            progress(last, customers)
    writer.finish()
    session.commit()
    # Tiers and warnings as the rules see the story just written: the demo's customers
    # were graded before, so no tier history is written for this.
    grading.settle_tiers(session, at)
    session.commit()  # before refresh_warnings, whose own transaction starts afresh
    risk.refresh_warnings(session, now=at)
    # Last, after the tags those two rewrote: one merged index reads twice as fast.
    indexing.optimize(session.connection())
    session.commit()
    return DemoResult(
        customers=customers,
        reps=len(team.reps) + len(team.managers),
        pools=2,
        seconds=time.perf_counter() - started,
        **counts,
    )


_TABLES: dict[str, Table] = {
    "followups": FollowUp.__table__,
    "deals": Deal.__table__,
    "payments": Payment.__table__,
    "returns": Return.__table__,
    "complaints": Complaint.__table__,
    "transitions": Transition.__table__,
}


# --- the database before and after ---------------------------------------------------


def _prepare(session: Session) -> None:
    """Refuse real data; wipe an earlier demo; mark the database as a demo."""
    is_demo = session.scalar(select(Setting.value).where(Setting.key == "demo"))
    count = session.scalar(select(func.count()).select_from(Customer)) or 0
    people = session.scalar(select(func.count()).select_from(Rep)) or 0
    if (count or people) and not is_demo:
        raise DemoRefused(count=count, people=people)
    indexing.unindex_all(session.connection())
    for table in reversed(Base.metadata.sorted_tables):
        if table.name not in ("reasons", "pools", "pool_rules", "alembic_version"):
            session.execute(delete(table))
    default = default_pool_id(session)
    session.execute(delete(PoolRules).where(PoolRules.pool_id != default))
    session.execute(delete(Pool).where(Pool.id != default))
    session.add(Setting(key="demo", value=True))
    session.commit()
    ensure_defaults(session)


@dataclass
class _Team:
    managers: list[int]
    reps: list[int]
    rep_region: dict[int, str]
    default_pool: int
    south_pool: int
    owner_slots: list[int]


def _make_team(session: Session, customers: int, at: datetime) -> _Team:
    """Reps through the services; each gets room for up to ~200 owned customers."""
    hired = at - timedelta(days=760)
    boss = add_rep(session, "王经理", role="manager", region="上海", now=hired)
    second = add_rep(session, "林主管", role="manager", region="广东", actor=boss, now=hired)
    wanted = min(30, max(6, customers // 150))
    names = list(REPS) + [
        (f"{s}{g}", REGION_NAMES[i % len(REGION_NAMES)])
        for i, (s, g) in enumerate((s, g) for s in EXTRA_SURNAMES for g in ("晨", "阳", "欣", "浩"))
    ]
    reps, regions = [], {}
    for i, (name, region) in enumerate(names[:wanted]):
        rep = add_rep(
            session,
            name,
            region=region,
            level=1 + i % 3,
            capacity=200 + 50 * (i % 3),
            actor=boss,
            now=hired,
        )
        reps.append(rep)
        regions[rep] = region
    south = create_pool(
        session, "华南公海", boss, {"tier_followup_days": {"A": 90, "B": 30, "C": 15}}
    )
    set_member(session, south, second, boss, admin=True)
    for rep in reps:
        if REGIONS[regions[rep]][2]:
            set_member(session, south, rep, boss)
    # Active customers are limited by what reps can hold: about 55 % of a small demo,
    # a few per cent of a million. The first rep is filled to just under the cap.
    rng = random.Random(customers)
    room = min(int(customers * 0.55), sum(190 for _ in reps))
    targets = [198] + [rng.randint(120, 195) for _ in reps[1:]]
    slots = [rep for rep, n in zip(reps, targets, strict=True) for _ in range(n)]
    rng.shuffle(slots)
    del slots[room:]
    return _Team([boss, second], reps, regions, default_pool_id(session), south, slots)


class _Writer:
    """Bulk inserts (storage.bulk), and the id sequences PostgreSQL must move on."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"

    def insert(self, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        columns = list(rows[0])
        values = itemgetter(*columns)
        insert_rows(self.session.connection(), table, columns, map(values, rows))

    def finish(self) -> None:
        """PostgreSQL's id sequences must move past the ids written here."""
        if self.sqlite:
            return
        for table in ("customers", "deals"):
            self.session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"coalesce((SELECT max(id) FROM {table}), 1))"
                )
            )


# --- one customer's story ------------------------------------------------------------


class _Story:
    """Builds customers chunk by chunk, with their records consistent with counters."""

    def __init__(self, rng: random.Random, now: datetime, team: _Team) -> None:
        self.r = rng
        self.now = now
        self.team = team
        self.deal_id = 0
        self.slot = 0
        self.recent: list[tuple[str, str]] = []  # (company, phone) to copy as duplicates
        self.void_reasons = [code for code, *_ in DEFAULTS["void"]]
        self.close_reasons = [code for code, *_ in DEFAULTS["close"]]
        self.release_reasons = [code for code, *_ in DEFAULTS["release"]]
        self.claimed_today: dict[int, int] = {}

    def chunk(self, first: int, last: int) -> dict[Table, list[dict[str, Any]]]:
        self.out: dict[Table, list[dict[str, Any]]] = {
            t: [] for t in (Customer.__table__, *_TABLES.values())
        }
        for cid in range(first, last + 1):
            active = self.slot < len(self.team.owner_slots) and self.r.random() < 0.55
            self._customer(cid, active)
        return self.out

    # -- the customer row

    def _customer(self, cid: int, active: bool) -> None:
        r, now = self.r, self.now
        region = r.choice(REGION_NAMES)
        city, area, south = REGIONS[region]
        industry = r.choice(INDUSTRIES)
        company, phone = self._identity(city, area, industry)
        created = now - timedelta(days=r.uniform(1, 730))
        c: dict[str, Any] = {
            "id": cid,
            "company": company,
            "contact": r.choice(SURNAMES)
            + r.choice(GIVEN)
            + (r.choice(GIVEN) if r.random() < 0.6 else ""),
            "phone": phone,
            "phone2": None,
            "email": self._email(),
            "wechat": f"wx_{r.randrange(10**7, 10**8)}" if r.random() < 0.5 else None,
            "industry": industry,
            "region": region,
            "source": r.choice(SOURCES),
            "notes": None,
            "owner_id": None,
            "pool_id": self.team.south_pool if south else self.team.default_pool,
            "status": "pool",
            "status_reason": None,
            "status_changed_at": created,
            "stage": "lead",
            "tier": r.choices("ABCD", (10, 30, 45, 15))[0],
            "tier_override": None,
            "locked": False,
            "credit_rating": r.choices(("A", "B", "C", "D"), (45, 40, 10, 5))[0],
            "created_at": created,
            "owned_since": None,
            "pooled_at": created,
            "previous_owner_id": None,
            "left_owner_at": None,
            "last_followup_at": None,
            "next_followup_at": None,
            "failed_attempts": 0,
            "last_reached_at": None,
            "last_deal_at": None,
            "deal_count": 0,
            "deal_total": 0.0,
            "contract_end": None,
            "open_payments": 0,
            "reclaim_warned_at": None,
            "clock_reset_at": None,
        }
        self._transition(c, "create", None, "pool", None, None, created, self.team.managers[0])
        if active:
            self._active(c)
        else:
            self._inactive(c)
        self.out[Customer.__table__].append(c)

    def _identity(self, city: str, area: str, industry: str) -> tuple[str, str | None]:
        r = self.r
        if self.recent and r.random() < 0.015:  # a likely duplicate of a recent customer
            company, phone = r.choice(self.recent)
            variant = r.randrange(4)
            if variant == 0:
                company = company.replace("有限公司", "有限责任公司")
            elif variant == 1:
                company = company.replace("(", "（").replace(")", "）") + " "
            elif variant == 2:
                company = " ".join(company[:2]) + company[2:]
            else:
                phone = f"+86 {phone}" if phone else phone
            return company, phone
        trade = r.choice(TRADES[industry])
        # a brand and two more characters: names rarely repeat by chance, as in life
        brand = r.choice(BRANDS) + r.choice(NAME_CHARS) + r.choice(NAME_CHARS)
        company = f"{city}{brand}{trade}{r.choice(SUFFIXES)}"
        if r.random() < 0.1:
            company = f"{brand}{trade}({city}){r.choice(SUFFIXES)}"
        roll = r.random()
        if roll < 0.03:
            phone = None
        elif roll < 0.05:
            phone = str(r.randrange(100, 99999))  # not a valid number
        elif roll < 0.12:
            phone = f"{area}-{r.randrange(2, 9)}{r.randrange(10**6, 10**7)}"
        else:
            phone = f"1{r.choice('3456789')}{r.randrange(10**8, 10**9)}"
        if len(self.recent) < 500 or r.random() < 0.01:
            self.recent.append((company, phone))
            if len(self.recent) > 2000:
                self.recent.pop(0)
        return company, phone

    def _email(self) -> str | None:
        r = self.r
        roll = r.random()
        if roll < 0.4:
            return None
        if roll < 0.42:
            return f"{r.randrange(10**5, 10**9)}qq.com"  # invalid: no @
        name = f"{r.choice('abcdefghjklmnpqrstwxyz')}{r.randrange(100, 9_999_999)}"
        return f"{name}@{r.choice(EMAIL_DOMAINS)}"

    # -- owned customers

    def _active(self, c: dict[str, Any]) -> None:
        r, now = self.r, self.now
        owner = self.team.owner_slots[self.slot]
        self.slot += 1
        rules_days = self._followup_days(c)
        kind = r.choices(
            ("healthy", "warn", "due_followup", "due_deal", "locked", "contract", "payment"),
            (80, 4, 3, 2, 3, 5, 3),
        )[0]
        if kind in ("due_deal", "locked", "contract", "payment"):
            owned = now - timedelta(days=r.uniform(95, 300))
        elif kind == "due_followup":
            owned = now - timedelta(days=r.uniform(rules_days + 2, 85))
        else:
            owned = now - timedelta(days=r.uniform(rules_days - 2.5 if kind == "warn" else 1, 85))
        owned = max(owned, c["created_at"] + timedelta(hours=1))
        if owned >= now:
            owned = now - timedelta(hours=2)
        action = "claim" if r.random() < 0.6 else "assign"
        claimed = self.claimed_today.get(owner, 0)
        if owner == self.team.reps[0] and claimed < 18:  # near the daily claim limit
            owned = min(now.replace(hour=9, minute=claimed), now - timedelta(minutes=1))
            self.claimed_today[owner] = claimed + 1
            kind, action = "healthy", "claim"
        c.update(owner_id=owner, status="active", owned_since=owned, status_changed_at=owned)
        self._transition(
            c,
            action,
            "pool",
            "active",
            None,
            owner,
            owned,
            owner if action == "claim" else self.team.managers[0],
        )
        # The last follow-up decides the follow-up clock.
        if kind == "warn":
            last = now - timedelta(days=rules_days - r.uniform(0.2, 2.8))
        elif kind == "due_followup":
            last = now - timedelta(days=rules_days + r.uniform(0.5, 1.5))
        elif kind in ("locked", "due_deal", "contract", "payment"):
            last = now - timedelta(days=r.uniform(1, min(rules_days - 4, 20)))
            if kind == "locked":
                last = now - timedelta(days=r.uniform(rules_days + 5, 90))
        else:
            last = now - timedelta(days=r.uniform(0, max(0.5, min(rules_days - 4, 25))))
        last = max(last, owned)
        self._followups(c, owner, last, failed=r.random() < 0.03)
        if kind == "locked":
            c["locked"] = True
            self._transition(
                c, "lock", "active", "active", owner, owner, owned + DAY, self.team.managers[0]
            )
        deals = 0
        if kind == "contract":
            deals = r.randint(1, 6)
        elif kind in ("healthy", "warn") and r.random() < 0.3:
            deals = r.randint(1, 7)
        self._deals(c, owner, deals, running=kind == "contract", unpaid=kind == "payment")
        self._risk(c)

    def _followup_days(self, c: dict[str, Any]) -> int:
        if c["pool_id"] == self.team.south_pool:
            return {"A": 90, "B": 30, "C": 15}.get(c["tier"], 30)
        return 30

    # -- pool, voided, closed and archived customers

    def _inactive(self, c: dict[str, Any]) -> None:
        r, now = self.r, self.now
        status = r.choices(("pool", "voided", "closed", "archived"), (62, 20, 11, 7))[0]
        created = c["created_at"]
        ever_owned = status != "pool" or r.random() < 0.6
        if not ever_owned:
            first_call = min(created + timedelta(days=r.uniform(0, 3)), now - timedelta(minutes=1))
            self._followups(c, None, first_call, failed=r.random() < 0.3)
            c["pooled_at"] = created
            self._risk(c)
            return
        owner = r.choice(self.team.reps)
        span = (now - created).days
        owned = created + timedelta(days=r.uniform(0, max(1, span * 0.3)))
        left = owned + timedelta(days=r.uniform(1, max(2, (now - owned).days - 1)))
        if status == "pool" and r.random() < 0.08:  # just reclaimed: cooldown running
            left = now - timedelta(days=r.uniform(0.1, 6.5))
            owned = min(owned, left - timedelta(days=40))
        left = min(left, now - timedelta(minutes=5))
        owned = max(min(owned, left - timedelta(hours=1)), created)
        self._transition(c, "claim", "pool", "active", None, owner, owned, owner)
        self._followups(
            c,
            owner,
            owned + (left - owned) * r.uniform(0.1, 0.9),
            failed=r.random() < 0.15 or status == "voided",
        )
        self._deals(
            c,
            owner,
            r.choice((0, 0, 0, 1, 2)) if status != "pool" else 0,
            running=False,
            unpaid=False,
            until=left,
        )
        if status == "pool":
            action = r.choice(("reclaim", "reclaim", "release"))
            reason = (
                "reclaim_no_followup" if action == "reclaim" else r.choice(self.release_reasons)
            )
            actor = None if action == "reclaim" else owner
            self._transition(
                c,
                action,
                "active",
                "pool",
                owner,
                None,
                left,
                actor,
                reason,
                note="客户太多跟不过来" if reason == "other" else None,
            )
            c.update(
                pooled_at=left,
                previous_owner_id=owner,
                left_owner_at=left,
                status_changed_at=left,
                status_reason=reason,
            )
        else:
            voided = status == "voided"
            action, to = ("void", "voided") if voided else ("close", "closed")
            reason = r.choice(self.void_reasons if voided else self.close_reasons)
            self._transition(
                c,
                action,
                "active",
                to,
                owner,
                owner,
                left,
                owner,
                reason,
                note=("公司已注销" if voided else "客户业务转型") if reason == "other" else None,
                details=None if voided else {"checklist": list(CLOSE_CHECKLIST)},
            )
            c.update(
                status=to,
                owner_id=owner,
                owned_since=owned,
                status_changed_at=left,
                status_reason=reason,
                pooled_at=None,
            )
            if status == "archived":
                archived = left + (now - left) * r.uniform(0.3, 0.95)
                self._transition(
                    c,
                    "archive",
                    "closed",
                    "archived",
                    owner,
                    owner,
                    archived,
                    self.team.managers[0],
                )
                c.update(status="archived", status_changed_at=archived)
        self._risk(c)

    # -- records

    def _followups(
        self, c: dict[str, Any], rep: int | None, last: datetime, *, failed: bool
    ) -> None:
        r = self.r
        count = r.choice((1, 1, 2, 2, 3, 4)) if not failed else r.randint(5, 6)
        start = c["owned_since"] or c["created_at"]
        times = [*sorted(start + (last - start) * r.random() for _ in range(count - 1)), last]
        trailing_failed = 0
        next_at = None
        for i, at in enumerate(times):
            failing = failed and i >= count - 5
            outcome = (
                r.choice(("no_answer", "no_answer", "wrong_number"))
                if failing
                else ("reached" if r.random() < 0.8 else "no_answer")
            )
            trailing_failed = trailing_failed + 1 if outcome != "reached" else 0
            next_at = at + timedelta(days=r.randint(3, 14)) if i == count - 1 else None
            self.out[FollowUp.__table__].append(
                {
                    "customer_id": c["id"],
                    "rep_id": rep,
                    "kind": r.choice(KINDS),
                    "outcome": outcome,
                    "note": r.choice(NOTES[outcome]),
                    "at": at,
                    "next_at": next_at,
                }
            )
            if outcome == "reached":
                c["last_reached_at"] = at
                if c["stage"] == "lead":
                    c["stage"] = "prospect"
        c.update(last_followup_at=last, next_followup_at=next_at, failed_attempts=trailing_failed)

    def _deals(
        self,
        c: dict[str, Any],
        rep: int,
        count: int,
        *,
        running: bool,
        unpaid: bool,
        until: datetime | None = None,
    ) -> None:
        r, now = self.r, self.now
        end = until or now
        start = c["owned_since"] or c["created_at"]
        if unpaid and count == 0:
            count = 1
        for i in range(count):
            self.deal_id += 1
            at = start + (end - start) * r.uniform(0.05, 0.95)
            amount = round(r.choice((3, 5, 8, 12, 20, 50, 120)) * 1000 * r.uniform(0.8, 1.5), 2)
            contract_end = at + timedelta(days=365)
            if running and i == count - 1:
                at = now - timedelta(days=r.uniform(20, 200))
                contract_end = now + timedelta(days=r.uniform(30, 300))
            elif contract_end > now or r.random() < 0.6:
                contract_end = None
            self.out[Deal.__table__].append(
                {
                    "id": self.deal_id,
                    "customer_id": c["id"],
                    "rep_id": rep,
                    "amount": amount,
                    "at": at,
                    "contract_start": at if contract_end else None,
                    "contract_end": contract_end,
                }
            )
            c["deal_count"] += 1
            c["deal_total"] = round(c["deal_total"] + amount, 2)
            if c["last_deal_at"] is None or at > c["last_deal_at"]:
                c["last_deal_at"] = at
            if contract_end and (c["contract_end"] is None or contract_end > c["contract_end"]):
                c["contract_end"] = contract_end
            open_now = unpaid and i == count - 1
            self._payment(c, amount, at, paid=not open_now)
        if c["deal_count"]:
            c["stage"] = (
                "loyal"
                if c["deal_count"] >= 5
                else ("repeat" if c["deal_count"] >= 2 else "first_purchase")
            )

    def _payment(self, c: dict[str, Any], amount: float, at: datetime, *, paid: bool) -> None:
        due = at + timedelta(days=self.r.choice((15, 30, 60)))
        self.out[Payment.__table__].append(
            {
                "customer_id": c["id"],
                "deal_id": self.deal_id,
                "amount": amount,
                "due_at": due,
                "paid_at": min(due, self.now - timedelta(hours=1)) if paid else None,
            }
        )
        if not paid:
            c["open_payments"] += 1

    def _risk(self, c: dict[str, Any]) -> None:
        """A few customers collect complaints, returns and overdue payments."""
        r, now = self.r, self.now
        roll = r.random()
        if roll < 0.012:
            for _ in range(r.randint(3, 5)):
                self.out[Complaint.__table__].append(
                    {
                        "customer_id": c["id"],
                        "at": now - timedelta(days=r.uniform(1, 85)),
                        "note": r.choice(("发货延迟", "质量问题", "服务态度差", "发票错误")),
                    }
                )
        elif roll < 0.05:
            self.out[Complaint.__table__].append(
                {
                    "customer_id": c["id"],
                    "at": c["created_at"] + (now - c["created_at"]) * r.random(),
                    "note": "售后响应慢",
                }
            )
        if c["deal_count"] and r.random() < 0.06:
            share = r.choice((0.1, 0.35, 0.5))
            self.out[Return.__table__].append(
                {
                    "customer_id": c["id"],
                    "deal_id": self.deal_id,
                    "amount": round(c["deal_total"] * share, 2),
                    "at": min(now - timedelta(hours=1), c["last_deal_at"] + timedelta(days=10)),
                    "note": "质量问题退货",
                }
            )
        if c["status"] == "active" and c["deal_count"] and r.random() < 0.05:
            for _ in range(2):
                self.out[Payment.__table__].append(
                    {
                        "customer_id": c["id"],
                        "deal_id": self.deal_id,
                        "amount": round(r.uniform(2000, 30000), 2),
                        "due_at": now - timedelta(days=r.uniform(5, 90)),
                        "paid_at": None,
                    }
                )
                c["open_payments"] += 1

    def _transition(
        self,
        c: dict[str, Any],
        action: str,
        from_status: str | None,
        to_status: str,
        from_owner: int | None,
        to_owner: int | None,
        at: datetime,
        actor: int | None,
        reason: str | None = None,
        *,
        note: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.out[Transition.__table__].append(
            {
                "customer_id": c["id"],
                "action": action,
                "from_status": from_status,
                "to_status": to_status,
                "from_owner_id": from_owner,
                "to_owner_id": to_owner,
                "pool_id": c["pool_id"],
                "actor_id": actor,
                "at": at,
                "reason_code": reason,
                "note": note,
                "details": details,
                "batch": None,
            }
        )
