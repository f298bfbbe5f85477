"""Feed leases, fetch health and heartbeats through the database driver itself (issue 12).

A cron-style ``monitor run --once`` over feeds that answer 304 does little but claim the due
feeds, poll them and write their health; importing SQLAlchemy's ORM and building an engine took
about a third of such a pass. :class:`RawFeedStates` does those writes with the DB-API driver
directly (``sqlite3``, or ``psycopg`` for PostgreSQL), through the very statements the ORM
path runs (``storage.feedsql``, one SQL text for both) and the same values
(``storage.feedhealth``); ``tests/integration/test_rawfeeds.py`` compares the two over real
HTTP on both databases. Feeds that bring a new body still go through the ORM
(``pipeline.Pipeline``), which is loaded only then.

:func:`open_ready` gives one only when the database is at the head revision and every feed of
feeds.toml is stored as configured (what ``quickpass`` checks); anything else (a migration or a
sync to do, another driver, an error) is left to the normal path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from datetime import datetime, timedelta
from typing import Any

from monitor.config import Settings
from monitor.storage.feedhealth import FeedRef, FetchOutcome
from monitor.storage.feedsql import FeedStateSql, Runner
from monitor.storage.quickpass import sqlite_file, synced
from monitor.storage.revision import HEAD_REVISION

_PG_DRIVER_PREFIXES = ("postgresql+psycopg://", "postgresql://", "postgres://")


def _runner(db: Any) -> Runner:
    """A :data:`~monitor.storage.feedsql.Runner` on a DB-API connection or cursor."""
    def run(sql: str, params: Any, many: bool) -> list[Sequence[Any]]:
        if many:
            db.executemany(sql, params)
            return []
        cursor = db.execute(sql, params)
        return list(cursor.fetchall()) if cursor.description else []

    return run


class RawFeedStates:
    """The feed-state writes of a poll pass on one DB-API connection (see the module doc).

    Every method is one transaction of its own, committed before it returns, so the ORM
    session of a feed that brings a body can write in between.
    """

    def __init__(self, connection: Any, dialect: str) -> None:
        self.connection = connection
        self.dialect = dialect  # "sqlite" | "postgresql"
        self.sql = FeedStateSql(dialect)

    @contextmanager
    def _transaction(self) -> Iterator[Runner]:
        """One write transaction; yields its runner: committed on success, rolled back on
        any error."""
        if self.dialect == "sqlite":
            con = self.connection
            con.execute("BEGIN IMMEDIATE")  # the write lock now, as the ORM's first write takes
            try:
                yield _runner(con)
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
            return
        with self.connection.transaction(), self.connection.cursor() as cur:
            yield _runner(cur)

    # --- what a poll pass writes (``storage.feedsql``) -----------------------------------

    def claim_due_feeds(self, *, now: datetime, owner: str, lease: timedelta,
                        limit: int) -> list[FeedRef]:
        """Lease up to ``limit`` due feeds to ``owner`` (:meth:`FeedStateSql.claim`)."""
        with self._transaction() as run:
            return self.sql.claim(run, now=now, owner=owner, lease=lease, limit=limit)

    def record_fetches(self, results: Sequence[tuple[FeedRef, FetchOutcome]]) -> None:
        """Write the health of many fetches and clear their leases, in one transaction
        (:meth:`FeedStateSql.record`)."""
        if results:
            with self._transaction() as run:
                self.sql.record(run, results)

    def release(self, feeds: Sequence[FeedRef], owner: str) -> None:
        """Give claimed feeds back without recording a fetch (:meth:`FeedStateSql.release`)."""
        if feeds:
            with self._transaction() as run:
                self.sql.release(run, feeds, owner)

    def heartbeat(self, *, instance: str, hostname: str, pid: int, started_at: datetime,
                  now: datetime, info: dict[str, object]) -> None:
        """Record that ``instance`` ticked at ``now`` (:meth:`FeedStateSql.heartbeat`)."""
        with self._transaction() as run:
            self.sql.heartbeat(run, instance=instance, hostname=hostname, pid=pid,
                               started_at=started_at, now=now, info=info)

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
