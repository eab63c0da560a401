"""A change counter on every row a person's view holds, for the team server's pull

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

`change_no` (indexed) on customers, their records and the team's tables, and `moved_no`
on customers (the counter when owner, status or pool last changed). Both are added in
place with a constant default, which PostgreSQL 11 and later does without rewriting the
table, so a million customers migrate in a moment: existing rows stay at 0, below every
pull's cookie, and a first pull reads rows by id, not by counter.

On PostgreSQL one sequence numbers every write, from BEFORE INSERT OR UPDATE row
triggers, so set-based UPDATEs (the sweep, grading, imports) are counted too. On SQLite
the triggers would slow a desk's own imports, so they are installed only when the file
is served (server/views.track_changes); the downgrade drops them as well.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = (
    "customers",
    "followups",
    "deals",
    "payments",
    "returns",
    "complaints",
    "transitions",
    "reps",
    "pools",
    "pool_rules",
    "pool_members",
)
SEQUENCE = "crmdesk_change_no"
TRIGGER = "crmdesk_change_no"
# SQLite's, from server/views.track_changes: a counter table and two triggers a table.
SQLITE_COUNTER = "change_counter"

# pg_current_xact_id() first: the writer has a transaction id before it takes a number,
# so a pull that waits for the transactions in progress after reading the sequence knows
# every number up to what it read is committed or gone (server/views.py).
STAMP = f"""
CREATE OR REPLACE FUNCTION crmdesk_stamp_change() RETURNS trigger AS $$
BEGIN
    PERFORM pg_current_xact_id();
    NEW.change_no := nextval('{SEQUENCE}');
    RETURN NEW;
END $$ LANGUAGE plpgsql
"""
STAMP_CUSTOMER = f"""
CREATE OR REPLACE FUNCTION crmdesk_stamp_customer() RETURNS trigger AS $$
BEGIN
    PERFORM pg_current_xact_id();
    NEW.change_no := nextval('{SEQUENCE}');
    IF TG_OP = 'UPDATE' AND (NEW.owner_id IS DISTINCT FROM OLD.owner_id
            OR NEW.status IS DISTINCT FROM OLD.status
            OR NEW.pool_id IS DISTINCT FROM OLD.pool_id) THEN
        NEW.moved_no := NEW.change_no;
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql
"""


def upgrade() -> None:
    for table in TABLES:
        op.add_column(
            table, sa.Column("change_no", sa.BigInteger(), server_default="0", nullable=False)
        )
        op.create_index(f"ix_{table}_change_no", table, ["change_no"])
    op.add_column(
        "customers", sa.Column("moved_no", sa.BigInteger(), server_default="0", nullable=False)
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"CREATE SEQUENCE IF NOT EXISTS {SEQUENCE} AS bigint")
    op.execute(STAMP)
    op.execute(STAMP_CUSTOMER)
    for table in TABLES:
        function = "crmdesk_stamp_customer" if table == "customers" else "crmdesk_stamp_change"
        op.execute(
            f"CREATE TRIGGER {TRIGGER} BEFORE INSERT OR UPDATE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {function}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS crmdesk_stamp_change()")
        op.execute("DROP FUNCTION IF EXISTS crmdesk_stamp_customer()")
        op.execute(f"DROP SEQUENCE IF EXISTS {SEQUENCE}")
    else:
        for table in TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {SQLITE_COUNTER}_{table}_insert")
            op.execute(f"DROP TRIGGER IF EXISTS {SQLITE_COUNTER}_{table}_update")
        op.execute(f"DROP TABLE IF EXISTS {SQLITE_COUNTER}")
    op.drop_column("customers", "moved_no")
    for table in TABLES:
        op.drop_index(f"ix_{table}_change_no", table)
        op.drop_column(table, "change_no")
