"""Alembic environment: runs on the connection handed over by ``tzcld_desktop.db.schema``."""

from __future__ import annotations

from alembic import context

from tzcld_desktop.db.library import is_local_index_table
from tzcld_desktop.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through tzcld_desktop.db.schema, which provides the connection.")



def include_object(_object, name, type_, _reflected, _compare_to) -> bool:
    """Leave the full-text index out of comparisons: it is an FTS5 table, not a model."""
    return not (type_ == "table" and is_local_index_table(name))


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    include_object=include_object,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
