"""Alembic environment: always driven from crmdesk.storage.migrate with a live connection."""

from alembic import context

from crmdesk.core.models import Base
from crmdesk.storage.migrate import include_name

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
