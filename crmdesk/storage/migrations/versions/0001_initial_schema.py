"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pools",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pools")),
        sa.UniqueConstraint("name", name=op.f("uq_pools_name")),
    )
    op.create_table(
        "reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("label_zh", sa.String(length=100), nullable=False),
        sa.Column("label_en", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("needs_note", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reasons")),
        sa.UniqueConstraint("kind", "code", name="uq_reasons_kind_code"),
    )
    op.create_table(
        "reps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("region", sa.String(length=50), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reps")),
        sa.UniqueConstraint("name", name=op.f("uq_reps_name")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("contact", sa.String(length=100), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=True),
        sa.Column("phone2", sa.String(length=40), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("wechat", sa.String(length=100), nullable=True),
        sa.Column("industry", sa.String(length=50), nullable=True),
        sa.Column("region", sa.String(length=50), nullable=True),
        sa.Column("source", sa.String(length=50), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("pool_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("status_reason", sa.String(length=50), nullable=True),
        sa.Column("status_changed_at", sa.DateTime(), nullable=False),
        sa.Column("stage", sa.String(length=20), nullable=False),
        sa.Column("tier", sa.String(length=1), nullable=False),
        sa.Column("tier_override", sa.String(length=1), nullable=True),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("credit_rating", sa.String(length=2), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("owned_since", sa.DateTime(), nullable=True),
        sa.Column("pooled_at", sa.DateTime(), nullable=True),
        sa.Column("previous_owner_id", sa.Integer(), nullable=True),
        sa.Column("left_owner_at", sa.DateTime(), nullable=True),
        sa.Column("last_followup_at", sa.DateTime(), nullable=True),
        sa.Column("next_followup_at", sa.DateTime(), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("last_deal_at", sa.DateTime(), nullable=True),
        sa.Column("deal_count", sa.Integer(), nullable=False),
        sa.Column("deal_total", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("contract_end", sa.DateTime(), nullable=True),
        sa.Column("open_payments", sa.Integer(), nullable=False),
        sa.Column("reclaim_warned_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["owner_id"], ["reps.id"], name=op.f("fk_customers_owner_id_reps")),
        sa.ForeignKeyConstraint(["pool_id"], ["pools.id"], name=op.f("fk_customers_pool_id_pools")),
        sa.ForeignKeyConstraint(
            ["previous_owner_id"], ["reps.id"], name=op.f("fk_customers_previous_owner_id_reps")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customers")),
    )
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index("ix_customers_owner_status", ["owner_id", "status"], unique=False)
        batch_op.create_index(
            "ix_customers_status_pool", ["status", "pool_id", "tier"], unique=False
        )

    op.create_table(
        "pool_members",
        sa.Column("pool_id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pool_id"], ["pools.id"], name=op.f("fk_pool_members_pool_id_pools")
        ),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"], name=op.f("fk_pool_members_rep_id_reps")),
        sa.PrimaryKeyConstraint("pool_id", "rep_id", name=op.f("pk_pool_members")),
    )
    op.create_table(
        "pool_rules",
        sa.Column("pool_id", sa.Integer(), nullable=False),
        sa.Column("reclaim_enabled", sa.Boolean(), nullable=False),
        sa.Column("followup_days", sa.Integer(), nullable=False),
        sa.Column("deal_days", sa.Integer(), nullable=False),
        sa.Column("tier_followup_days", sa.JSON(), nullable=False),
        sa.Column("exempt_dealt", sa.Boolean(), nullable=False),
        sa.Column("freeze_on_contract", sa.Boolean(), nullable=False),
        sa.Column("freeze_on_payment", sa.Boolean(), nullable=False),
        sa.Column("warn_days", sa.Integer(), nullable=False),
        sa.Column("daily_claims", sa.Integer(), nullable=False),
        sa.Column("max_owned", sa.Integer(), nullable=False),
        sa.Column("count_locked", sa.Boolean(), nullable=False),
        sa.Column("count_dealt", sa.Boolean(), nullable=False),
        sa.Column("reclaim_cooldown_days", sa.Integer(), nullable=False),
        sa.Column("fresh_hours", sa.Integer(), nullable=False),
        sa.Column("mask_contacts", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pool_id"], ["pools.id"], name=op.f("fk_pool_rules_pool_id_pools")
        ),
        sa.PrimaryKeyConstraint("pool_id", name=op.f("pk_pool_rules")),
    )
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_complaints_customer_id_customers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaints")),
    )
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaints_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "deals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("contract_start", sa.DateTime(), nullable=True),
        sa.Column("contract_end", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_deals_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"], name=op.f("fk_deals_rep_id_reps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deals")),
    )
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_deals_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("rep_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("outcome", sa.String(length=15), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("next_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_followups_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["rep_id"], ["reps.id"], name=op.f("fk_followups_rep_id_reps")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followups")),
    )
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followups_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "transitions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("from_status", sa.String(length=10), nullable=True),
        sa.Column("to_status", sa.String(length=10), nullable=False),
        sa.Column("from_owner_id", sa.Integer(), nullable=True),
        sa.Column("to_owner_id", sa.Integer(), nullable=True),
        sa.Column("pool_id", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reason_code", sa.String(length=50), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.Column("batch", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["reps.id"], name=op.f("fk_transitions_actor_id_reps")
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_transitions_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(
            ["from_owner_id"], ["reps.id"], name=op.f("fk_transitions_from_owner_id_reps")
        ),
        sa.ForeignKeyConstraint(
            ["pool_id"], ["pools.id"], name=op.f("fk_transitions_pool_id_pools")
        ),
        sa.ForeignKeyConstraint(
            ["to_owner_id"], ["reps.id"], name=op.f("fk_transitions_to_owner_id_reps")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transitions")),
    )
    with op.batch_alter_table("transitions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_transitions_actor_action_at", ["actor_id", "action", "at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_transitions_batch"), ["batch"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_transitions_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("paid_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_payments_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["deal_id"], ["deals.id"], name=op.f("fk_payments_deal_id_deals")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payments_customer_id"), ["customer_id"], unique=False)

    op.create_table(
        "returns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name=op.f("fk_returns_customer_id_customers")
        ),
        sa.ForeignKeyConstraint(["deal_id"], ["deals.id"], name=op.f("fk_returns_deal_id_deals")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_returns")),
    )
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_returns_customer_id"), ["customer_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("returns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_returns_customer_id"))

    op.drop_table("returns")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_customer_id"))

    op.drop_table("payments")
    with op.batch_alter_table("transitions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transitions_customer_id"))
        batch_op.drop_index(batch_op.f("ix_transitions_batch"))
        batch_op.drop_index("ix_transitions_actor_action_at")

    op.drop_table("transitions")
    with op.batch_alter_table("followups", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followups_customer_id"))

    op.drop_table("followups")
    with op.batch_alter_table("deals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_deals_customer_id"))

    op.drop_table("deals")
    with op.batch_alter_table("complaints", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaints_customer_id"))

    op.drop_table("complaints")
    op.drop_table("pool_rules")
    op.drop_table("pool_members")
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index("ix_customers_status_pool")
        batch_op.drop_index("ix_customers_owner_status")

    op.drop_table("customers")
    op.drop_table("settings")
    op.drop_table("reps")
    op.drop_table("reasons")
    op.drop_table("pools")
