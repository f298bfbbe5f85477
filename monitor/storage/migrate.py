"""Run Alembic migrations from code (``monitor db upgrade``, daemon start, tests)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text

from monitor.storage.engine import PG_READER_ROLE as READER_ROLE
from monitor.storage.revision import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config


log = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# PostgreSQL advisory lock key held while migrating, so that several daemons starting at once
# migrate one after another (the others then find nothing to do). Any fixed 64-bit number.
MIGRATION_LOCK_KEY = 7_242_011_001


def _serialise(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
ALEMBIC_INI = PROJECT_ROOT / "alembic.ini"


def alembic_config(url: str) -> Config:
    """An Alembic config for ``url``, independent of the current directory."""
    from alembic.config import Config

    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    cfg.attributes["url"] = url
    return cfg


def at_head(engine: Engine) -> bool:
    """Whether the database is at :data:`HEAD_REVISION` (one plain query, no Alembic)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == HEAD_REVISION
    except Exception:  # no alembic_version table yet (empty database): not at head
        return False


def upgrade_if_behind(engine: Engine) -> bool:
    """Migrate to head unless the database is there already; True when it migrated."""
    if at_head(engine):
        return False
    upgrade(engine)
    return True


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database behind ``engine`` up to ``revision``."""
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        _serialise(conn)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if conn.dialect.name == "postgresql":
            ensure_reader_role(conn)


def ensure_reader_role(conn: Connection) -> bool:
    """PostgreSQL: the NOLOGIN role ``monitor sql`` runs under, with SELECT on this schema's
    tables and views and nothing else. Created when missing (roles are per server), granted
    again after every upgrade (new tables). Returns False, and ``monitor sql`` falls back to
    its function checks alone, when this user may not create or grant roles."""
    steps = [
        f"DO $$ BEGIN CREATE ROLE {READER_ROLE} NOLOGIN; EXCEPTION WHEN duplicate_object OR "
        "unique_violation THEN NULL; END $$",
        f'GRANT USAGE ON SCHEMA "{{schema}}" TO {READER_ROLE}',
        f'GRANT SELECT ON ALL TABLES IN SCHEMA "{{schema}}" TO {READER_ROLE}',
    ]
    schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    superuser = conn.execute(text(
        "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
    if not superuser:  # to SET ROLE to it, a plain user must be a member
        steps.append(f"DO $$ BEGIN EXECUTE format('GRANT {READER_ROLE} TO %I', current_user);"
                     " EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    for step in steps:
        try:
            with conn.begin_nested():
                conn.execute(text(step.format(schema=schema)))
        except Exception as exc:  # no CREATEROLE, or a concurrent grant: say so, go on
            log.info("read-only role %s: %s skipped (%s)", READER_ROLE, step.split()[0],
                     exc.__class__.__name__)
            return False
    return True


def downgrade(engine: Engine, revision: str) -> None:
    """Migrate the database behind ``engine`` down to ``revision`` (``base`` for empty)."""
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def current(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check(engine: Engine) -> None:
    """Raise when the models and the migrations disagree (``alembic check``)."""
    from alembic import command

    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.check(cfg)
