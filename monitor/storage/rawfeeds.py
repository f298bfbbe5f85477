"""Feed leases, fetch health and heartbeats through the database driver itself (issue 12).

A cron-style ``monitor run --once`` over feeds that answer 304 does little but claim the due
feeds, poll them and write their health; importing SQLAlchemy's ORM and building an engine took
about a third of such a pass. :class:`RawFeedStates` does those writes with the DB-API driver
directly (``sqlite3``, or ``psycopg`` for PostgreSQL), with the same SQL the ORM path runs
(``storage.feeds.claim_due_feeds``, ``record_fetches``, ``release_lease``, ``heartbeat``) and
the same values (``storage.feedhealth``); ``tests/integration/test_rawfeeds.py`` compares the
two over real HTTP on both databases. Feeds that bring a new body still go through the ORM
(``pipeline.Pipeline``), which is loaded only then.

:func:`open_ready` gives one only when the database is at the head revision and every feed of
feeds.toml is stored as configured (what ``quickpass`` checks); anything else (a migration or a
sync to do, another driver, an error) is left to the normal path.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from monitor.config import Settings
from monitor.storage.feedhealth import (
    FEED_REF_COLUMNS,
    LOG_COLUMNS,
    FeedRef,
    FetchOutcome,
    group_by_columns,
    health_values,
    log_values,
)
from monitor.storage.quickpass import SQLITE_TIME_FORMAT, sqlite_file, synced
from monitor.storage.revision import HEAD_REVISION

# The PostgreSQL type of each feeds / fetch_log column written here (an array of it is bound
# per column in one UPDATE ... FROM unnest, as storage.feeds does through SQLAlchemy).
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
_PG_DRIVER_PREFIXES = ("postgresql+psycopg://", "postgresql://", "postgres://")


def _free(mark: str) -> str:
    return f"(lease_until IS NULL OR lease_until < {mark})"


class RawFeedStates:
    """The feed-state writes of a poll pass on one DB-API connection (see the module doc).

    Every method is one transaction of its own, committed before it returns, so the ORM
    session of a feed that brings a body can write in between.
    """

    def __init__(self, connection: Any, dialect: str) -> None:
        self.connection = connection
        self.dialect = dialect  # "sqlite" | "postgresql"
        self._mark = "?" if dialect == "sqlite" else "%s"

    # --- values in and out ---------------------------------------------------------------

    def _time_in(self, value: datetime | None) -> Any:
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
    def _time_out(value: Any) -> datetime | None:
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
            last_new_item_at=self._time_out(last_new),
            last_success_at=self._time_out(last_success),
            effective_interval_seconds=effective)

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        """One write transaction; yields what runs its statements (``execute``,
        ``executemany``): committed on success, rolled back on any error."""
        if self.dialect == "sqlite":
            con = self.connection
            con.execute("BEGIN IMMEDIATE")  # the write lock now, as the ORM's first write takes
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
            return
        with self.connection.transaction(), self.connection.cursor() as cur:
            yield cur

    def _write(self, statements: Iterable[tuple[str, Any, bool]]) -> None:
        """Run ``(sql, parameters, many)`` in one transaction."""
        with self._transaction() as db:
            for sql, params, many in statements:
                (db.executemany if many else db.execute)(sql, params)

    # --- what a poll pass writes ---------------------------------------------------------

    def claim_due_feeds(self, *, now: datetime, owner: str, lease: timedelta,
                        limit: int) -> list[FeedRef]:
        """Lease up to ``limit`` due feeds to ``owner`` (``storage.feeds.claim_due_feeds``)."""
        m = self._mark
        stamp = self._time_in(now)
        enabled = "enabled IS 1" if self.dialect == "sqlite" else "enabled IS true"
        lock = " FOR UPDATE SKIP LOCKED" if self.dialect == "postgresql" else ""
        sql = (f"UPDATE feeds SET lease_owner = {m}, lease_until = {m} WHERE id IN "
               f"(SELECT id FROM feeds WHERE {enabled} AND next_check_at <= {m} AND {_free(m)} "
               f"ORDER BY next_check_at LIMIT {m}{lock}) AND {_free(m)} "
               f"RETURNING {', '.join(FEED_REF_COLUMNS)}")
        params = (owner, self._time_in(now + lease), stamp, stamp, limit, stamp)
        with self._transaction() as db:
            rows = db.execute(sql, params).fetchall()
        return [self._ref(row) for row in rows]

    def record_fetches(self, results: Sequence[tuple[FeedRef, FetchOutcome]]) -> None:
        """Write the health of many fetches and clear their leases, in one transaction
        (``storage.feeds.record_fetches``: the same columns, one UPDATE per set of them)."""
        if not results:
            return
        m = self._mark
        ids = [feed.id for feed, _ in results]
        with self._transaction() as db:  # a feed removed meanwhile is skipped, as the ORM does
            existing = {row[0] for row in db.execute(
                f"SELECT id FROM feeds WHERE id IN ({', '.join([m] * len(ids))})",
                ids).fetchall()}
            rows = [(feed, result) for feed, result in results if feed.id in existing]
            if not rows:
                return
            statements: list[tuple[str, Any, bool]] = []
            for batch in group_by_columns([health_values(f, r) for f, r in rows]):
                names = sorted(name for name in batch[0] if name != "id")
                statements.append(self._update(names, [{**row, "b_id": row["id"]}
                                                       for row in batch]))
            statements.append(self._log_insert([log_values(f.id, r) for f, r in rows]))
            for sql, params, many in statements:
                (db.executemany if many else db.execute)(sql, params)

    def _update(self, names: list[str], rows: list[dict[str, Any]]) -> tuple[str, Any, bool]:
        times = {name for name in names if name in _TIME_COLUMNS}
        if self.dialect == "sqlite":
            sql = (f"UPDATE feeds SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?")
            params = [[self._time_in(row[n]) if n in times else row[n] for n in names]
                      + [row["b_id"]] for row in rows]
            return sql, params, True
        columns = ["b_id", *names]
        sql = (f"UPDATE feeds SET {', '.join(f'{n} = v.{n}' for n in names)} FROM unnest("
               + ", ".join(f"%s::{PG_TYPES[n]}[]" for n in columns)
               + f") AS v({', '.join(columns)}) WHERE feeds.id = v.b_id")
        params = [[self._time_in(row[n]) if n in times else row[n] for row in rows]
                  for n in columns]
        return sql, params, False

    def _log_insert(self, logs: list[dict[str, Any]]) -> tuple[str, Any, bool]:
        names = ", ".join(LOG_COLUMNS)
        if self.dialect == "sqlite":
            sql = f"INSERT INTO fetch_log ({names}) VALUES ({', '.join(['?'] * len(LOG_COLUMNS))})"
            params = [tuple(self._time_in(row[n]) if n == "started_at" else row[n]
                            for n in LOG_COLUMNS) for row in logs]
            return sql, params, True
        sql = (f"INSERT INTO fetch_log ({names}) SELECT {names} FROM unnest("
               + ", ".join(f"%s::{PG_TYPES[n]}[]" for n in LOG_COLUMNS) + f") AS v({names})")
        arrays = [[self._time_in(row[n]) if n == "started_at" else row[n] for row in logs]
                  for n in LOG_COLUMNS]
        return sql, arrays, False

    def release(self, feeds: Sequence[FeedRef], owner: str) -> None:
        """Give claimed feeds back without recording a fetch (``release_lease``)."""
        if not feeds:
            return
        m = self._mark
        sql = (f"UPDATE feeds SET lease_owner = NULL, lease_until = NULL "
               f"WHERE id = {m} AND lease_owner = {m}")
        self._write([(sql, [(feed.id, owner) for feed in feeds], True)])

    def heartbeat(self, *, instance: str, hostname: str, pid: int, started_at: datetime,
                  now: datetime, info: dict[str, object]) -> None:
        """Record that ``instance`` ticked at ``now`` (``storage.feeds.heartbeat``)."""
        m = self._mark
        info_value = f"{m}::json" if self.dialect == "postgresql" else m
        sql = ("INSERT INTO daemon_state (instance, hostname, pid, started_at, last_tick_at, "
               f"info) VALUES ({m}, {m}, {m}, {m}, {m}, {info_value}) ON CONFLICT (instance) "
               "DO UPDATE SET last_tick_at = excluded.last_tick_at, info = excluded.info, "
               "pid = excluded.pid")
        params = (instance, hostname, pid, self._time_in(started_at), self._time_in(now),
                  json.dumps(info))
        self._write([(sql, params, False)])

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        """Rows of one read (outside any write transaction)."""
        if self.dialect == "sqlite":
            return list(self.connection.execute(sql, params).fetchall())
        with self.connection.cursor() as cur:
            rows = list(cur.execute(sql, params).fetchall())
        if not self.connection.autocommit:
            self.connection.commit()
        return rows

    def ready(self, settings: Settings) -> bool:
        """True when the schema is at head and every configured feed is stored as configured."""
        version = self._query("SELECT version_num FROM alembic_version")
        if [tuple(row) for row in version] != [(HEAD_REVISION,)]:
            return False
        rows = self._query(
            "SELECT name, url, outlet, interval_seconds, full_text, tags FROM feeds")
        return synced([tuple(row) for row in rows], settings.feeds)

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()

    def __enter__(self) -> RawFeedStates:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_TIME_COLUMNS = frozenset(name for name, kind in PG_TYPES.items() if kind.startswith("TIMESTAMP"))


def _connect(settings: Settings) -> RawFeedStates | None:
    url = settings.database_url
    path = sqlite_file(url)
    if path is not None:
        if not path.is_file():
            return None
        con = sqlite3.connect(path, timeout=settings.database.busy_timeout,
                              isolation_level=None, check_same_thread=False)
        timeout_ms = int(settings.database.busy_timeout * 1000)
        for pragma in ("journal_mode=WAL", f"busy_timeout={timeout_ms}", "foreign_keys=ON",
                       "synchronous=NORMAL"):  # as storage.engine sets up its connections
            con.execute(f"PRAGMA {pragma}")
        return RawFeedStates(con, "sqlite")
    prefix = next((p for p in _PG_DRIVER_PREFIXES if url.startswith(p)), None)
    if prefix is None:
        return None
    import psycopg  # only for PostgreSQL

    conninfo = "postgresql://" + url[len(prefix):]
    return RawFeedStates(psycopg.connect(conninfo, autocommit=True), "postgresql")


def open_ready(settings: Settings) -> RawFeedStates | None:
    """Feed states on the configured database when it is ready for a pass without the ORM
    (:meth:`RawFeedStates.ready`); None when the normal path must run (or on any error: the
    normal path reports it properly)."""
    try:
        states = _connect(settings)
    except Exception:  # unreachable, locked, a URL the driver reads otherwise: normal path
        return None
    if states is None:
        return None
    try:
        if states.ready(settings):
            return states
    except Exception:  # no alembic_version table yet, an unexpected schema: normal path
        pass
    with closing(states):
        return None
