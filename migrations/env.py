"""Alembic environment: the URL comes from the caller or from monitor's settings."""

from __future__ import annotations

import re

from alembic import context
from sqlalchemy import pool

from monitor.storage.engine import create_engine_for
from monitor.storage.tables import load_all

config = context.config
target_metadata = load_all()


def _url() -> str:
    url = config.attributes.get("url") or config.get_main_option("sqlalchemy.url")
    if url:
        return str(url)
    from monitor.config import load_settings

    return load_settings().database_url


def run_migrations_offline() -> None:
    """Emit SQL to stdout instead of running it."""
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run migrations on a live connection (given by the caller, or opened here)."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine_for(_url(), poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Render monitor's UTCDateTime as a plain timezone-aware DateTime in migrations."""
    from monitor.storage.base import UTCDateTime

    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


# Objects made by migration 0005 (reporting) that are not in the models: SQLite FTS5 tables and
# their shadow tables (articles_fts, articles_fts_data, ...) and PostgreSQL search indexes
# (ix_articles_fts, ix_statements_fts). Views are never reflected by autogenerate.
_SEARCH_OBJECT = re.compile(r"^(?:ix_)?(?:articles|statements)_fts(?:_\w+)?$")


def _include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the full-text search objects out of autogenerate (and ``alembic check``)."""
    return not (type_ in ("table", "index") and name is not None and _SEARCH_OBJECT.match(name))


def _run(connection: object) -> None:
    context.configure(
        include_name=_include_name,
        render_item=_render_item,
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
