"""The ORM schema. Every change here needs an Alembic migration in storage/migrations.

Times are naive wall-clock datetimes in the team's time zone: a team works in one zone
(China has one), and "today" for a daily claim limit is the rep's calendar day.

`change_no` on every row a person's view holds is the team-wide change counter's value
when the row was last written (set by database triggers, migration 0008 and
server/views.track_changes): a pull sends what changed in that view since its cookie.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Status values; the allowed moves between them live in core/lifecycle.py.
ACTIVE, POOL, VOIDED, CLOSED, ARCHIVED = "active", "pool", "voided", "closed", "archived"
STATUSES = (ACTIVE, POOL, VOIDED, CLOSED, ARCHIVED)
STAGES = ("lead", "prospect", "first_purchase", "repeat", "loyal")
TIERS = ("A", "B", "C", "D")
# Customer.warning_flags: one bit per warning rule (core/risk.py)
WARNING_BITS = {"overdue_payments": 1, "complaints": 2, "returns": 4, "credit": 8}
ROLES = ("rep", "manager")
FOLLOWUP_KINDS = ("call", "visit", "email", "wechat")
OUTCOMES = ("reached", "no_answer", "wrong_number")
REASON_KINDS = ("void", "close", "release")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Rep(Base):
    __tablename__ = "reps"

    change_no: Mapped[int] = mapped_column(BigInteger, server_default="0", index=True)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[str] = mapped_column(String(10), default="rep")
    region: Mapped[str | None] = mapped_column(String(50))
    capacity: Mapped[int] = mapped_column(Integer, default=200)
    level: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


class Pool(Base):
    __tablename__ = "pools"

    change_no: Mapped[int] = mapped_column(BigInteger, server_default="0", index=True)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    rules: Mapped[PoolRules] = relationship(back_populates="pool", lazy="joined")


class PoolMember(Base):
    """Members see and claim from a pool; admins also assign, export and edit its rules."""

    __tablename__ = "pool_members"

    change_no: Mapped[int] = mapped_column(BigInteger, server_default="0", index=True)

    pool_id: Mapped[int] = mapped_column(ForeignKey("pools.id"), primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"), primary_key=True)
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)


class PoolRules(Base):
    """Reclaim and claim rules of one pool; defaults are DESIGN.md's."""

    __tablename__ = "pool_rules"

    change_no: Mapped[int] = mapped_column(BigInteger, server_default="0", index=True)

    pool_id: Mapped[int] = mapped_column(ForeignKey("pools.id"), primary_key=True)
    pool: Mapped[Pool] = relationship(back_populates="rules")
    # Reclaim
    reclaim_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    followup_days: Mapped[int] = mapped_column(Integer, default=30)
    deal_days: Mapped[int] = mapped_column(Integer, default=90)
    # Tier -> days without follow-up, overriding followup_days for that tier.
    tier_followup_days: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    exempt_dealt: Mapped[bool] = mapped_column(Boolean, default=False)
    freeze_on_contract: Mapped[bool] = mapped_column(Boolean, default=True)
    freeze_on_payment: Mapped[bool] = mapped_column(Boolean, default=True)
    warn_days: Mapped[int] = mapped_column(Integer, default=3)
    # Claim
    daily_claims: Mapped[int] = mapped_column(Integer, default=20)
    max_owned: Mapped[int] = mapped_column(Integer, default=200)
    count_locked: Mapped[bool] = mapped_column(Boolean, default=True)
    count_dealt: Mapped[bool] = mapped_column(Boolean, default=True)
    reclaim_cooldown_days: Mapped[int] = mapped_column(Integer, default=7)
    fresh_hours: Mapped[int] = mapped_column(Integer, default=0)
    mask_contacts: Mapped[bool] = mapped_column(Boolean, default=True)


class Customer(Base):
    __tablename__ = "customers"

    change_no: Mapped[int] = mapped_column(BigInteger, server_default="0", index=True)

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(40))
    phone2: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    wechat: Mapped[str | None] = mapped_column(String(100))
    industry: Mapped[str | None] = mapped_column(String(50))
    region: Mapped[str | None] = mapped_column(String(50))
    source: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)

    owner_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    # The pool the customer belongs to: where it sits while unowned, and where it goes
    # back to on release or reclaim.
    pool_id: Mapped[int] = mapped_column(ForeignKey("pools.id"))
    status: Mapped[str] = mapped_column(String(10), default=ACTIVE)
    status_reason: Mapped[str | None] = mapped_column(String(50))
    status_changed_at: Mapped[datetime] = mapped_column(DateTime)
    stage: Mapped[str] = mapped_column(String(20), default="lead")
    tier: Mapped[str] = mapped_column(String(1), default="C")
    tier_override: Mapped[str | None] = mapped_column(String(1))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    credit_rating: Mapped[str | None] = mapped_column(String(2))
    created_at: Mapped[datetime] = mapped_column(DateTime)

    # What the rules read, kept current by the services that write the records.
    owned_since: Mapped[datetime | None] = mapped_column(DateTime)
    pooled_at: Mapped[datetime | None] = mapped_column(DateTime)
    previous_owner_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    left_owner_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_followup_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The last follow-up that reached the customer: grading's and the void rules' "last
    # interaction" (a call nobody answered is not one).
    last_reached_at: Mapped[datetime | None] = mapped_column(DateTime)
    next_followup_at: Mapped[datetime | None] = mapped_column(DateTime)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_deal_at: Mapped[datetime | None] = mapped_column(DateTime)
    deal_count: Mapped[int] = mapped_column(Integer, default=0)
    deal_total: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal(0))
    contract_end: Mapped[datetime | None] = mapped_column(DateTime)
    open_payments: Mapped[int] = mapped_column(Integer, default=0)
    # When a freeze last ended (the last open payment settled, an unlock): the reclaim
    # countdown starts no earlier, as it does from the end of a contract.
    clock_reset_at: Mapped[datetime | None] = mapped_column(DateTime)
    reclaim_warned_at: Mapped[datetime | None] = mapped_column(DateTime)

    # Kept by core/risk.py: a bit per warning rule that fires, and the 0-100 score.
    warning_flags: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    risk_score: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # When its warnings last gained a rule: Today's "new warnings" (None: no warning).
    warnings_since: Mapped[datetime | None] = mapped_column(DateTime)
    # A customer merged into another stays, voided, pointing at the one that kept its records.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    # Counts the changes made through the ORM, which is every action on chosen customers
    # (field edits, moves, merges, records): the ORM bumps it, and its UPDATE matches the
    # version it read, so such a write never lands on a row another one changed after it
    # was read. Bulk Core UPDATEs (the sweep, grading, risk refresh, imports) leave it
    # alone: bumping every row they touch tells a field edit nothing, because the edit
    # conflict check (update_customer's based_on) compares each changed field's stored
    # value with the one the edit started from, whoever changed it and however.
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    # The change counter's value when owner, status or pool last changed: a customer can
    # only have entered or left someone's view then (server/views.py).
    moved_no: Mapped[int] = mapped_column(BigInteger, server_default="0")

    __table_args__ = (
        Index("ix_customers_owner_status", "owner_id", "status"),
        Index("ix_customers_status_pool", "status", "pool_id", "tier"),
        Index("ix_customers_risk", "risk_score"),
        Index(
            "ix_customers_merged_into",
            "merged_into_id",
            postgresql_where=text("merged_into_id IS NOT NULL"),
            sqlite_where=text("merged_into_id IS NOT NULL"),
        ),
    )
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}


class FollowUp(Base):
    __tablename__ = "followups"

    change_no: Mapped[int] = mapped_column(BigInteger, server_default="0", index=True)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    kind: Mapped[str] = mapped_column(String(10))
    outcome: Mapped[str] = mapped_column(String(15))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)
    next_at: Mapped[datetime | None] = mapped_column(DateTime)


class Deal(Base):
    __tablename__ = "deals"

    change_no: Mapped[int] = mapped_column(BigInteger, server_default="0", index=True)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    rep_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    at: Mapped[datetime] = mapped_column(DateTime)
    contract_start: Mapped[datetime | None] = mapped_column(DateTime)
    contract_end: Mapped[datetime | None] = mapped_column(DateTime)


class Payment(Base):
    __tablename__ = "payments"

    change_no: Mapped[int] = mapped_column(BigInteger, server_default="0", index=True)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    due_at: Mapped[datetime] = mapped_column(DateTime)
    paid_at: Mapped[datetime | None] = mapped_column(DateTime)


class Return(Base):
    __tablename__ = "returns"

    change_no: Mapped[int] = mapped_column(BigInteger, server_default="0", index=True)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    deal_id: Mapped[int | None] = mapped_column(ForeignKey("deals.id"))
    amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)


class Complaint(Base):
    __tablename__ = "complaints"

    change_no: Mapped[int] = mapped_column(BigInteger, server_default="0", index=True)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)


class Transition(Base):
    """Append-only history: one row per change of status, owner or lock."""

    __tablename__ = "transitions"

    change_no: Mapped[int] = mapped_column(BigInteger, server_default="0", index=True)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str | None] = mapped_column(String(10))
    to_status: Mapped[str] = mapped_column(String(10))
    from_owner_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    to_owner_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    pool_id: Mapped[int | None] = mapped_column(ForeignKey("pools.id"))
    # None is the system (the reclaim rules).
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    reason_code: Mapped[str | None] = mapped_column(String(50))
    note: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    # Rows written by one bulk action share a batch, so a view can show what it did.
    batch: Mapped[str | None] = mapped_column(String(36), index=True)

    __table_args__ = (Index("ix_transitions_actor_action_at", "actor_id", "action", "at"),)


class Reason(Base):
    """Void, close and release reasons; retired ones stay so history keeps its labels."""

    __tablename__ = "reasons"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    code: Mapped[str] = mapped_column(String(50))
    label_zh: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0)
    needs_note: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (UniqueConstraint("kind", "code", name="uq_reasons_kind_code"),)


class Setting(Base):
    """Team-wide settings (retention, demo marker) as JSON values by key."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class TierChange(Base):
    """Append-only: every change of a customer's tier, by the grading rules (actor None)
    or by hand (an override, with its note)."""

    __tablename__ = "tier_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    from_tier: Mapped[str | None] = mapped_column(String(1))
    to_tier: Mapped[str] = mapped_column(String(1))
    override: Mapped[bool] = mapped_column(Boolean, default=False)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)
    batch: Mapped[str | None] = mapped_column(String(36), index=True)


class CustomerKey(Base):
    """Normalised phone, email and company-name keys: duplicates are rows sharing one."""

    __tablename__ = "customer_keys"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)

    __table_args__ = (Index("ix_customer_keys_kind_key", "kind", "key"),)


class SearchEntry(Base):
    """What search matches for one customer: names, their pinyin, phone digits, email,
    normalised (core/normalize.search_text). SQLite also indexes it in the FTS5 table
    search_fts (core/indexing.py); PostgreSQL matches it with ILIKE and pg_trgm."""

    __tablename__ = "search_index"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    # The filter tags the FTS5 row holds (SQLite; core/indexing.tags), to delete it by.
    tags: Mapped[str | None] = mapped_column(Text)


class Dismissal(Base):
    """A void suggestion a person dismissed, with the evidence it was based on: the
    suggestion comes back only when the evidence changes."""

    __tablename__ = "suggestion_dismissals"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), primary_key=True)
    rule: Mapped[str] = mapped_column(String(20), primary_key=True)
    evidence: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("reps.id"))
    at: Mapped[datetime] = mapped_column(DateTime)


class Device(Base):
    """A signed-in program of one person (a desk, the command line) on the team server.

    Only the SHA-256 of its token is kept, so a copy of the database signs nobody in."""

    __tablename__ = "devices"

    id: Mapped[int] = mapped_column(primary_key=True)
    rep_id: Mapped[int] = mapped_column(ForeignKey("reps.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_used_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class SignInFailure(Base):
    """A refused sign-in, by name and address, for throttling guessers; kept in the
    database so that every server process counts the same attempts."""

    __tablename__ = "sign_in_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_sign_in_failures_name_at", "name", "at"),
        Index("ix_sign_in_failures_address_at", "address", "at"),
    )


class SyncClient(Base):
    """A client id (one outbox of one device) and the last sequence number it pushed."""

    __tablename__ = "sync_clients"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[int] = mapped_column(ForeignKey("devices.id"), index=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class ClientCommand(Base):
    """The outcome of one pushed command, answered again if the same (client, seq)
    arrives twice: applied (with its result), refused or conflict (with the error)."""

    __tablename__ = "client_commands"

    client_id: Mapped[str] = mapped_column(ForeignKey("sync_clients.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    version: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(10))
    answer: Mapped[Any] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(DateTime)
