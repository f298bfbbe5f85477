"""UTCDateTime's SQLite bind processor gives what SQLAlchemy's own chain gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import DateTime
from sqlalchemy.dialects import postgresql, sqlite

from monitor.storage.base import UTCDateTime

MOMENTS = [
    datetime(2026, 12, 1, 12, tzinfo=UTC),  # no microseconds: still written with .000000
    datetime(2026, 12, 1, 12, 30, 5, 123456, tzinfo=UTC),
    datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo("Europe/Kyiv")),
    datetime(2026, 7, 1, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-7))),
    datetime(999, 1, 2, 3, 4, 5, tzinfo=UTC),  # four-digit year, zero-padded
    datetime(2026, 1, 1, tzinfo=ZoneInfo("Europe/London")),  # zero offset, not UTC
]


def _chain(value: datetime) -> object:
    """What the generic path binds: process_bind_param, then the dialect's DATETIME."""
    dialect = sqlite.dialect()
    naive = UTCDateTime().process_bind_param(value, dialect)
    bind = DateTime().dialect_impl(dialect).bind_processor(dialect)
    assert bind is not None
    return bind(naive)


@pytest.mark.parametrize("moment", MOMENTS, ids=str)
def test_sqlite_binds_the_text_sqlalchemy_would(moment: datetime) -> None:
    dialect = sqlite.dialect()
    fast = UTCDateTime().bind_processor(dialect)
    assert fast is not None
    assert fast(moment) == _chain(moment)
    assert fast(None) is None


def test_naive_datetimes_are_refused_on_both_dialects() -> None:
    naive = datetime(2026, 12, 1, 12)
    fast = UTCDateTime().bind_processor(sqlite.dialect())
    assert fast is not None
    with pytest.raises(ValueError, match="naive datetime"):
        fast(naive)
    with pytest.raises(ValueError, match="naive datetime"):
        UTCDateTime().process_bind_param(naive, postgresql.dialect())
