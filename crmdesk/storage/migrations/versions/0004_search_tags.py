"""Search index with filter tags: filters intersect inside FTS5 (SQLite)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

Databases made by the first 0003 hold a one-column FTS5 table; it is dropped and the
index is rebuilt from the customers (about five minutes per million on a laptop). A
later migration that copies the customers table (Alembic's batch mode on SQLite) drops
the trigger with it and must call create_search_structures again.
"""

import sqlalchemy as sa
from alembic import op

from crmdesk.core.indexing import DIRTY_TABLE, FTS_TABLE, create_search_structures, reindex_all

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    op.add_column("search_index", sa.Column("tags", sa.Text(), nullable=True))
    create_search_structures(connection)
    reindex_all(connection)


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "sqlite":
        op.execute(f"DROP TRIGGER IF EXISTS {DIRTY_TABLE}_mark")
        op.execute(f"DROP TABLE IF EXISTS {DIRTY_TABLE}")
        op.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    else:
        op.execute("DROP INDEX IF EXISTS ix_search_index_trgm")
    with op.batch_alter_table("search_index") as batch:
        batch.drop_column("tags")
