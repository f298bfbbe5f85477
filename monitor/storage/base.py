"""The declarative base and the naming convention shared by every table.

The naming convention makes constraint and index names identical on SQLite and PostgreSQL,
so migrations can drop and alter them by name on both.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as UTC and always read back timezone-aware.

    SQLite has no time zones: values are stored as naive UTC and given ``tzinfo=UTC`` on the
    way out. PostgreSQL stores ``timestamptz``. Naive datetimes are refused on the way in, so a
    local time can never slip into the database.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: monitor stores timezone-aware UTC only")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        """SQLite: one function from an aware datetime to the text SQLAlchemy's ``DATETIME``
        stores (``YYYY-MM-DD HH:MM:SS.ffffff``, naive UTC), the same value as
        :meth:`process_bind_param` followed by the dialect's own processor: the hot write
        paths bind hundreds of thousands of times a pass, and the chain of three calls was 5%
        of a first update's CPU (issue 12). Other dialects: SQLAlchemy's chain."""
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)

        def process(value: datetime | None) -> str | None:
            if value is None:
                return None
            if value.tzinfo is None:
                raise ValueError(
                    f"naive datetime {value!r}: monitor stores timezone-aware UTC only")
            if value.utcoffset():
                value = value.astimezone(UTC)
            return (f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:"
                    f"{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}")

        return process

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # raw SQLite text (e.g. from a view)
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
        return value.astimezone(UTC)  # type: ignore[no-any-return]


class Base(DeclarativeBase):
    """Declarative base of every monitor table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def same_as(column: str) -> Any:
    """A column default that copies another column of the same INSERT (``column``).

    Event times default to the matching seen time: a row written without one (a test, a tool
    that inserts by hand) gets "when the news happened" = "when monitor saw it", the same
    fallback :func:`monitor.storage.models.event_time` uses.
    """

    def default(context: Any) -> Any:
        return context.get_current_parameters().get(column)

    return default
