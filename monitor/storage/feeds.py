"""Feeds: the configured list, leases on due feeds, and their health after each fetch.

Several daemons may share one PostgreSQL: :func:`claim_due_feeds` hands each due feed to one of
them with a lease (``FOR UPDATE SKIP LOCKED`` on PostgreSQL; on SQLite a single UPDATE under
the database's write lock). A lease expires on its own, so a crashed daemon frees its feeds.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import FeedConfig
from monitor.storage.engine import transaction
from monitor.storage.feedhealth import (
    ERROR_TEXT_MAX as ERROR_TEXT_MAX,  # re-exported: the names callers knew here
)
from monitor.storage.feedhealth import FeedRef, FetchOutcome
from monitor.storage.feedsql import DIALECTS, FeedStateSql, Runner
from monitor.storage.models import DaemonState, Feed, FetchLog


def feed_ref(feed: Feed) -> FeedRef:
    """The detached facts of a feed row that a fetch needs."""
    return FeedRef(
        id=feed.id, name=feed.name, url=feed.url, outlet=feed.outlet,
        interval_seconds=feed.interval_seconds, full_text=feed.full_text, etag=feed.etag,
        last_modified=feed.last_modified, last_body_hash=feed.last_body_hash,
        consecutive_failures=feed.consecutive_failures, fetch_count=feed.fetch_count,
        last_new_item_at=feed.last_new_item_at, last_success_at=feed.last_success_at,
        effective_interval_seconds=feed.effective_interval_seconds,
    )


@dataclass(frozen=True)
class SyncReport:
    """What :func:`sync_feeds` changed."""

    added: int
    updated: int


def upsert_feed(session: Session, cfg: FeedConfig, now: datetime, *, enable: bool) -> bool:
    """Insert the feed, or update its configured fields (matched by URL, then by name).

    Returns True when a row was added. ``enable`` re-enables a removed feed (``feeds add``);
    a sync from feeds.toml leaves a feed removed with ``feeds remove`` disabled.
    """
    feed = session.scalar(select(Feed).where(Feed.url == cfg.url))
    if feed is None:
        feed = session.scalar(select(Feed).where(Feed.name == cfg.name))
    if feed is None:
        return _insert_feed(session, cfg, now)
    _configure(feed, cfg, enable=enable)
    return False


def _interval(cfg: FeedConfig) -> int | None:
    return int(cfg.interval) if cfg.interval is not None else None


def _insert_feed(session: Session, cfg: FeedConfig, now: datetime) -> bool:
    """Insert a configured feed; False when another daemon inserted it first."""
    # Several daemons may start together: the loser of an insert race simply finds the row.
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" \
        else sqlite.insert
    stmt = insert(Feed).values(
        name=cfg.name, url=cfg.url, outlet=cfg.outlet, interval_seconds=_interval(cfg),
        full_text=cfg.full_text, tags=list(cfg.tags), enabled=True, created_at=now,
        next_check_at=now, consecutive_failures=0, fetch_count=0,
    ).on_conflict_do_nothing().returning(Feed.id)
    return session.execute(stmt).scalar() is not None


def _configure(feed: Feed, cfg: FeedConfig, *, enable: bool) -> None:
    """Set a stored feed's configured fields to ``cfg`` (only those that differ, so that an
    unchanged feeds.toml writes nothing)."""
    wanted = {"name": cfg.name, "url": cfg.url, "outlet": cfg.outlet,
              "interval_seconds": _interval(cfg), "full_text": cfg.full_text,
              "tags": list(cfg.tags)}
    if enable:
        wanted["enabled"] = True
    for field_name, value in wanted.items():
        if getattr(feed, field_name) != value:
            setattr(feed, field_name, value)


def sync_feeds(session: Session, feeds: Sequence[FeedConfig], now: datetime) -> SyncReport:
    """Bring the configured feeds into the database (feeds.toml is added to, never deleted).

    The stored feeds are read in one query and matched by URL, then by name, as
    :func:`upsert_feed` does one at a time: a pass over 1,000 feeds took 0.75 s one query per
    feed, which every ``run --once`` pays (issue 12).
    """
    stored = session.scalars(select(Feed)).all()
    by_url = {f.url: f for f in stored}
    by_name = {f.name: f for f in stored}
    added = updated = 0
    for cfg in feeds:
        feed = by_url.get(cfg.url) or by_name.get(cfg.name)
        if feed is not None:
            _configure(feed, cfg, enable=False)
        elif _insert_feed(session, cfg, now):
            added += 1
            continue
        updated += 1  # known (or inserted a moment ago by another daemon)
    return SyncReport(added=added, updated=updated)


def _sql(session: Session) -> tuple[FeedStateSql, Runner]:
    """The shared feed-state SQL (``storage.feedsql``) for the session's dialect, with a runner
    on the session's connection, in its transaction (pending ORM changes flushed first)."""
    session.flush()
    connection = session.connection()

    def run(sql: str, params: Any, many: bool) -> list[Sequence[Any]]:
        result = connection.exec_driver_sql(sql, list(params) if many else tuple(params))
        return list(result.fetchall()) if result.returns_rows else []

    return _statements(connection.dialect.name), run


@functools.lru_cache(maxsize=len(DIALECTS))
def _statements(dialect: str) -> FeedStateSql:
    return FeedStateSql(dialect)


def claim_due_feeds(
    session: Session, *, now: datetime, owner: str, lease: timedelta, limit: int
) -> list[FeedRef]:
    """Lease up to ``limit`` due feeds to ``owner`` and return them.

    A feed is due when enabled, its next check has come and no live lease is on it. The call
    commits nothing itself; the caller's transaction makes the lease visible.
    """
    sql, run = _sql(session)
    return sql.claim(run, now=now, owner=owner, lease=lease, limit=limit)


def release_lease(session: Session, feed_id: int, owner: str) -> None:
    """Give a feed back without recording a fetch (e.g. on shutdown)."""
    release_leases(session, [feed_id], owner)


def release_leases(session: Session, feed_ids: Sequence[int], owner: str) -> None:
    """Give feeds back without recording a fetch, in one statement."""
    sql, run = _sql(session)
    run(*sql.release_statement(feed_ids, owner))


def record_fetches(session: Session, results: Sequence[tuple[FeedRef, FetchOutcome]]) -> None:
    """Write the health of many fetches at once: one UPDATE per set of columns written (ok,
    not modified, failed...) and one INSERT into the fetch log; on PostgreSQL each is a single
    statement over arrays (``unnest``), on SQLite an executemany (issue 12). The SQL is
    :meth:`~monitor.storage.feedsql.FeedStateSql.record`, shared with ``storage.rawfeeds``.

    Each feed's lease is cleared. Health counters are computed from the claimed
    :class:`FeedRef`: while we hold the lease no one else writes them.
    """
    if not results:
        return
    sql, run = _sql(session)
    sql.record(run, results)


def record_fetch(session: Session, feed_id: int, result: FetchOutcome) -> None:
    """Update one feed's health from a fetch, clear its lease, and log the fetch."""
    feed = session.get(Feed, feed_id)
    if feed is None:  # removed while we fetched
        return
    record_fetches(session, [(feed_ref(feed), result)])
    session.expire(feed)


def prune_fetch_log(session: Session, older_than: datetime) -> int:
    """Delete fetch log rows older than ``older_than``; returns how many."""
    result = session.execute(delete(FetchLog).where(FetchLog.started_at < older_than))
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def list_feeds(session: Session, *, include_disabled: bool = False) -> list[Feed]:
    """All feeds by name."""
    stmt = select(Feed).order_by(Feed.name)
    if not include_disabled:
        stmt = stmt.where(Feed.enabled.is_(True))
    return list(session.scalars(stmt))


def find_feed(session: Session, name_or_url: str) -> Feed | None:
    """A feed by exact name or URL."""
    return session.scalar(select(Feed).where(or_(Feed.name == name_or_url,
                                                 Feed.url == name_or_url)))


def disable_feed(session: Session, name_or_url: str) -> bool:
    """Stop polling a feed (its articles and history stay). Returns False if not found."""
    feed = find_feed(session, name_or_url)
    if feed is None:
        return False
    feed.enabled = False
    return True


def count_due(session: Session, now: datetime) -> int:
    """How many enabled feeds are due now."""
    return int(session.scalar(select(func.count()).select_from(Feed).where(
        Feed.enabled.is_(True), Feed.next_check_at <= now)) or 0)


def heartbeat(session: Session, *, instance: str, hostname: str, pid: int,
              started_at: datetime, now: datetime, info: dict[str, object]) -> None:
    """Record that daemon ``instance`` ticked at ``now``."""
    sql, run = _sql(session)
    sql.heartbeat(run, instance=instance, hostname=hostname, pid=pid, started_at=started_at,
                  now=now, info=info)


def last_tick(session: Session) -> DaemonState | None:
    """The most recent heartbeat of any daemon."""
    return session.scalar(select(DaemonState).order_by(DaemonState.last_tick_at.desc()).limit(1))


class SessionFeedStates:
    """The :class:`~monitor.storage.feedhealth.FeedStates` of the ORM: each call is one
    transaction of a session from ``sessions``."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def claim_due_feeds(self, *, now: datetime, owner: str, lease: timedelta,
                        limit: int) -> list[FeedRef]:
        """See :func:`claim_due_feeds`."""
        with transaction(self.sessions) as session:
            return claim_due_feeds(session, now=now, owner=owner, lease=lease, limit=limit)

    def record_fetches(self, results: Sequence[tuple[FeedRef, FetchOutcome]]) -> None:
        """See :func:`record_fetches`."""
        with transaction(self.sessions) as session:
            record_fetches(session, results)

    def release(self, feeds: Sequence[FeedRef], owner: str) -> None:
        """See :func:`release_lease`."""
        with transaction(self.sessions) as session:
            release_leases(session, [feed.id for feed in feeds], owner)

    def heartbeat(self, *, instance: str, hostname: str, pid: int, started_at: datetime,
                  now: datetime, info: dict[str, object]) -> None:
        """See :func:`heartbeat`."""
        with transaction(self.sessions) as session:
            heartbeat(session, instance=instance, hostname=hostname, pid=pid,
                      started_at=started_at, now=now, info=info)

    def close(self) -> None:
        """Nothing to close: the sessions' engine belongs to whoever made it."""
