"""An index on the customer a merged customer went into

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05

`customers.merged_into_id` refers to customers itself. Without an index every deleted
customer row (the demo replacing its own data) made PostgreSQL read the whole table to
check that no customer was merged into it, so re-filling a million demo customers took
hours; a merged customer's history also read the whole table to find what went into it.
Only merged customers have the value, so the index holds them alone.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

INDEX = "ix_customers_merged_into"
MERGED = sa.text("merged_into_id IS NOT NULL")


def upgrade() -> None:
    op.create_index(
        INDEX,
        "customers",
        ["merged_into_id"],
        postgresql_where=MERGED,
        sqlite_where=MERGED,
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="customers")
