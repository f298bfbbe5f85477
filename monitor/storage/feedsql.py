"""The SQL of a poll pass's feed-state writes, written once for both ways of running it.

Claims, feed health with the fetch log, lease release and the heartbeat are the writes of every
poll pass. They run on two kinds of connection: an ORM session's (``storage.feeds``, the daemon
and any pass that stores articles) and a bare DB-API connection (``storage.rawfeeds``, a
cron-style pass of 304s that never imports SQLAlchemy's ORM, issue 12). :class:`FeedStateSql`
holds the SQL text and the binding of values for one dialect; each caller gives it a
:data:`Runner` that executes on its own connection. So both paths run the same statements with
the same values (``storage.feedhealth``), and the SQL lives in one place.

Values are bound as the ORM's ``UTCDateTime`` binds them: naive UTC text on SQLite, aware
datetimes on PostgreSQL; read back as timezone-aware UTC.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from monitor.storage.feedhealth import (
    FEED_REF_COLUMNS,
    LOG_COLUMNS,
    FeedRef,
    FetchOutcome,
    group_by_columns,
    health_values,
    log_values,
)
from monitor.storage.quickpass import SQLITE_TIME_FORMAT

# Executes ``(sql, parameters, many)`` on the caller's connection, inside the caller's
# transaction, and returns the rows the statement gave (empty when it gives none). ``many``:
# ``parameters`` is a list of tuples, one execution each (executemany).
Runner = Callable[[str, Any, bool], list[Sequence[Any]]]

# The PostgreSQL type of each feeds / fetch_log column written here (an array of it is bound
# per column in one UPDATE ... FROM unnest: one statement for many rows, where an executemany
# would be a round trip per row).
PG_TYPES = {
    "b_id": "INTEGER", "feed_id": "INTEGER", "last_fetch_at": "TIMESTAMP WITH TIME ZONE",
    "last_success_at": "TIMESTAMP WITH TIME ZONE", "last_new_item_at": "TIMESTAMP WITH TIME ZONE",
    "next_check_at": "TIMESTAMP WITH TIME ZONE", "lease_until": "TIMESTAMP WITH TIME ZONE",
    "started_at": "TIMESTAMP WITH TIME ZONE", "fetch_count": "INTEGER",
    "consecutive_failures": "INTEGER", "effective_interval_seconds": "INTEGER",
    "duration_ms": "INTEGER", "status": "INTEGER", "items": "INTEGER", "new_articles": "INTEGER",
    "last_error": "TEXT", "error": "TEXT", "last_error_kind": "VARCHAR(40)",
    "error_kind": "VARCHAR(40)", "etag": "VARCHAR(500)", "last_modified": "VARCHAR(100)",
    "last_body_hash": "VARCHAR(64)", "lease_owner": "VARCHAR(100)", "outcome": "VARCHAR(20)",
}
_TIME_COLUMNS = frozenset(name for name, kind in PG_TYPES.items() if kind.startswith("TIMESTAMP"))
DIALECTS = ("sqlite", "postgresql")


class FeedStateSql:
    """The feed-state statements of a poll pass for one dialect (see the module doc)."""

    def __init__(self, dialect: str) -> None:
        if dialect not in DIALECTS:
            raise ValueError(f"feed states support {' and '.join(DIALECTS)}, not {dialect!r}")
        self.dialect = dialect
        self.mark = "?" if dialect == "sqlite" else "%s"

    # --- values in and out ---------------------------------------------------------------

    def time_in(self, value: datetime | None) -> Any:
        """A timestamp as the ORM binds it: naive UTC text on SQLite, aware on PostgreSQL."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: monitor stores timezone-aware UTC only")
        value = value.astimezone(UTC)
        if self.dialect == "sqlite":
            return value.replace(tzinfo=None).strftime(SQLITE_TIME_FORMAT)
        return value

    @staticmethod
    def time_out(value: Any) -> datetime | None:
        """A stored timestamp as the ORM reads it: timezone-aware UTC."""
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # type: ignore[no-any-return]
        return value.astimezone(UTC)  # type: ignore[no-any-return]

    def _ref(self, row: Sequence[Any]) -> FeedRef:
        (feed_id, name, url, outlet, interval, full_text, etag, last_modified, body_hash,
         failures, fetch_count, last_new, last_success, effective) = row
        return FeedRef(
            id=int(feed_id), name=name, url=url, outlet=outlet, interval_seconds=interval,
            full_text=bool(full_text), etag=etag, last_modified=last_modified,
            last_body_hash=body_hash, consecutive_failures=failures, fetch_count=fetch_count,
            last_new_item_at=self.time_out(last_new),
            last_success_at=self.time_out(last_success),
            effective_interval_seconds=effective)

    def _free(self) -> str:
        return f"(lease_until IS NULL OR lease_until < {self.mark})"

    # --- the writes ----------------------------------------------------------------------

    def claim(self, run: Runner, *, now: datetime, owner: str, lease: timedelta,
              limit: int) -> list[FeedRef]:
        """Lease up to ``limit`` due feeds to ``owner`` and return them: enabled, next check
        come, no live lease (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, so several daemons
        never claim one feed; on SQLite the UPDATE holds the database's write lock)."""
        m = self.mark
        stamp = self.time_in(now)
        enabled = "enabled IS 1" if self.dialect == "sqlite" else "enabled IS true"
        lock = " FOR UPDATE SKIP LOCKED" if self.dialect == "postgresql" else ""
        sql = (f"UPDATE feeds SET lease_owner = {m}, lease_until = {m} WHERE id IN "
               f"(SELECT id FROM feeds WHERE {enabled} AND next_check_at <= {m} AND "
               f"{self._free()} ORDER BY next_check_at LIMIT {m}{lock}) AND {self._free()} "
               f"RETURNING {', '.join(FEED_REF_COLUMNS)}")
        params = (owner, self.time_in(now + lease), stamp, stamp, limit, stamp)
        return [self._ref(row) for row in run(sql, params, False)]

    def record(self, run: Runner, results: Sequence[tuple[FeedRef, FetchOutcome]]) -> None:
        """Write the health of many fetches and clear their leases: one UPDATE per set of
        columns written (ok, not modified, failed, ...) and one INSERT into the fetch log. A
        feed removed meanwhile is skipped. Health counters come from the claimed
        :class:`FeedRef`: while we hold the lease no one else writes them."""
        if not results:
            return
        ids = [feed.id for feed, _ in results]
        existing = {row[0] for row in run(
            f"SELECT id FROM feeds WHERE id IN ({', '.join([self.mark] * len(ids))})",
            tuple(ids), False)}
        rows = [(feed, result) for feed, result in results if feed.id in existing]
        if not rows:
            return
        for batch in group_by_columns([health_values(f, r) for f, r in rows]):
            names = sorted(name for name in batch[0] if name != "id")
            run(*self._update(names, batch))
        run(*self._log_insert([log_values(f.id, r) for f, r in rows]))

    def _update(self, names: list[str], rows: list[dict[str, Any]]) -> tuple[str, Any, bool]:
        """UPDATE feeds SET <names> for each row (by its ``id``)."""
        def value(row: dict[str, Any], name: str) -> Any:
            return self.time_in(row[name]) if name in _TIME_COLUMNS else row[name]

        if self.dialect == "sqlite":  # an executemany runs in C there: as fast as one statement
            sql = f"UPDATE feeds SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?"
            return sql, [(*(value(row, n) for n in names), row["id"]) for row in rows], True
        columns = ["b_id", *names]
        sql = (f"UPDATE feeds SET {', '.join(f'{n} = v.{n}' for n in names)} FROM unnest("
               + ", ".join(f"%s::{PG_TYPES[n]}[]" for n in columns)
               + f") AS v({', '.join(columns)}) WHERE feeds.id = v.b_id")
        arrays = [[row["id"] for row in rows], *([value(row, n) for row in rows] for n in names)]
        return sql, tuple(arrays), False

    def _log_insert(self, logs: list[dict[str, Any]]) -> tuple[str, Any, bool]:
        """INSERT INTO fetch_log, one row per fetch."""
        def value(row: dict[str, Any], name: str) -> Any:
            return self.time_in(row[name]) if name == "started_at" else row[name]

        names = ", ".join(LOG_COLUMNS)
        if self.dialect == "sqlite":
            sql = f"INSERT INTO fetch_log ({names}) VALUES ({', '.join(['?'] * len(LOG_COLUMNS))})"
            return sql, [tuple(value(row, n) for n in LOG_COLUMNS) for row in logs], True
        sql = (f"INSERT INTO fetch_log ({names}) SELECT {names} FROM unnest("
               + ", ".join(f"%s::{PG_TYPES[n]}[]" for n in LOG_COLUMNS) + f") AS v({names})")
        return sql, tuple([value(row, n) for row in logs] for n in LOG_COLUMNS), False

    def release(self, run: Runner, feeds: Sequence[FeedRef], owner: str) -> None:
        """Give claimed feeds back without recording a fetch (e.g. on shutdown)."""
        if feeds:
            run(*self.release_statement([feed.id for feed in feeds], owner))

    def release_statement(self, feed_ids: Sequence[int], owner: str) -> tuple[str, Any, bool]:
        """The statement of :meth:`release` for these feed ids (an executemany)."""
        m = self.mark
        sql = (f"UPDATE feeds SET lease_owner = NULL, lease_until = NULL "
               f"WHERE id = {m} AND lease_owner = {m}")
        return sql, [(feed_id, owner) for feed_id in feed_ids], True

    def heartbeat(self, run: Runner, *, instance: str, hostname: str, pid: int,
                  started_at: datetime, now: datetime, info: dict[str, object]) -> None:
        """Record that daemon ``instance`` ticked at ``now`` (one upsert)."""
        m = self.mark
        info_value = f"{m}::json" if self.dialect == "postgresql" else m
        sql = ("INSERT INTO daemon_state (instance, hostname, pid, started_at, last_tick_at, "
               f"info) VALUES ({m}, {m}, {m}, {m}, {m}, {info_value}) ON CONFLICT (instance) "
               "DO UPDATE SET last_tick_at = excluded.last_tick_at, info = excluded.info, "
               "pid = excluded.pid")
        params = (instance, hostname, pid, self.time_in(started_at), self.time_in(now),
                  json.dumps(info))
        run(sql, params, False)
