"""Imports every module that defines tables, so ``Base.metadata`` holds the whole schema."""

from __future__ import annotations

from sqlalchemy import MetaData


def load_all() -> MetaData:
    """Import all table modules and return the complete metadata."""
    from monitor.storage import failures, models, outbox, statements, stories  # noqa: F401
    from monitor.storage.base import Base

    return Base.metadata
