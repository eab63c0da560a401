"""When a customer's warnings last gained a rule, for Today's "new warnings"

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

A nullable column added in place (no table copy on SQLite, so the search trigger
stays). Customers warned before it are dated by the first refresh that changes them.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("customers", sa.Column("warnings_since", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("customers") as batch:
        batch.drop_column("warnings_since")
