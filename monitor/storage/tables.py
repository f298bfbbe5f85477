"""Imports every module that defines tables, so ``Base.metadata`` holds the whole schema."""

from __future__ import annotations

from sqlalchemy import MetaData


def load_all() -> MetaData:
    """Import all table modules and return the complete metadata."""
    from monitor.storage import (  # noqa: F401
        failures,
        models,
        outbox,
        rewrites,
        statement_keys,
        statements,
        stories,
    )
    from monitor.storage.base import Base

    return Base.metadata
