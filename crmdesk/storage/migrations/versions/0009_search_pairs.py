"""An index of the character pairs in each search entry, for two-character words (PostgreSQL)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05

The trigram index cannot help a two-character word (宏远, a surname and a given name,
"zs"): it has no trigram. Such a search read every entry, 0.7-1.1 s of the server at a
million customers, and several at once held the other desks' claims for seconds. A GIN
index over `crmdesk_pairs(text)` (core/indexing.py) finds them; building it takes about
two and a half minutes per million customers, once. SQLite has FTS5 and needs nothing.
"""

from alembic import op

from crmdesk.core.indexing import PAIRS_FUNCTION, PAIRS_INDEX, create_pairs_index

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_pairs_index(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {PAIRS_INDEX}")
        op.execute(f"DROP FUNCTION IF EXISTS {PAIRS_FUNCTION}(text)")
