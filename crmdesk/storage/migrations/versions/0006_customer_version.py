"""A version on every customer row, for refusing field edits based on stale values

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

A NOT NULL column with a default, added in place (no table copy on SQLite, so the search
trigger stays); every existing customer starts at version 1. The downgrade drops it in
place too (SQLite 3.35 and later), as no index or trigger reads it.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "customers", sa.Column("version", sa.Integer(), server_default="1", nullable=False)
    )


def downgrade() -> None:
    op.drop_column("customers", "version")
