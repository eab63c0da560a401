"""Quality engine: warnings and risk, merges, tier history, duplicate keys, search index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.add_column(
            sa.Column("warning_flags", sa.Integer(), server_default="0", nullable=False)
        )
        batch.add_column(sa.Column("risk_score", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("merged_into_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("last_reached_at", sa.DateTime(), nullable=True))
        batch.create_foreign_key(
            "fk_customers_merged_into_id_customers", "customers", ["merged_into_id"], ["id"]
        )
        batch.create_index("ix_customers_risk", ["risk_score"])
    op.create_table(
        "tier_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("from_tier", sa.String(1)),
        sa.Column("to_tier", sa.String(1), nullable=False),
        sa.Column("override", sa.Boolean(), nullable=False),
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("reps.id")),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text()),
        sa.Column("batch", sa.String(36)),
    )
    op.create_index("ix_tier_changes_customer_id", "tier_changes", ["customer_id"])
    op.create_index("ix_tier_changes_batch", "tier_changes", ["batch"])
    op.create_table(
        "customer_keys",
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customers.id"), primary_key=True),
        sa.Column("kind", sa.String(10), primary_key=True),
        sa.Column("key", sa.String(200), primary_key=True),
    )
    op.create_index("ix_customer_keys_kind_key", "customer_keys", ["kind", "key"])
    op.create_table(
        "search_index",
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customers.id"), primary_key=True),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_table(
        "suggestion_dismissals",
        sa.Column("customer_id", sa.Integer(), sa.ForeignKey("customers.id"), primary_key=True),
        sa.Column("rule", sa.String(20), primary_key=True),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("reps.id")),
        sa.Column("at", sa.DateTime(), nullable=False),
    )
    # The FTS5 table and the entries are built by 0004, which gives them their tags.


def downgrade() -> None:
    op.drop_table("suggestion_dismissals")
    op.drop_table("search_index")
    op.drop_table("customer_keys")
    op.drop_table("tier_changes")
    with op.batch_alter_table("customers") as batch:
        batch.drop_index("ix_customers_risk")
        batch.drop_constraint("fk_customers_merged_into_id_customers", type_="foreignkey")
        batch.drop_column("merged_into_id")
        batch.drop_column("last_reached_at")
        batch.drop_column("risk_score")
        batch.drop_column("warning_flags")
