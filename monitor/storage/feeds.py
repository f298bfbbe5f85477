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
from typing import Any, cast

from sqlalchemy import (
    Insert,
    Table,
    Update,
    and_,
    bindparam,
    column,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import FeedConfig
from monitor.storage.engine import transaction
from monitor.storage.feedhealth import (
    ERROR_TEXT_MAX as ERROR_TEXT_MAX,  # re-exported: the names callers knew here
)
from monitor.storage.feedhealth import (
    LOG_COLUMNS,
    FeedRef,
    FetchOutcome,
    group_by_columns,
    health_values,
    log_values,
)
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


def claim_due_feeds(
    session: Session, *, now: datetime, owner: str, lease: timedelta, limit: int
) -> list[FeedRef]:
    """Lease up to ``limit`` due feeds to ``owner`` and return them.

    A feed is due when enabled, its next check has come and no live lease is on it. The call
    commits nothing itself; the caller's transaction makes the lease visible.
    """
    free = or_(Feed.lease_until.is_(None), Feed.lease_until < now)
    due = select(Feed.id).where(and_(Feed.enabled.is_(True), Feed.next_check_at <= now, free))
    due = due.order_by(Feed.next_check_at).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        due = due.with_for_update(skip_locked=True)
    stmt = (
        update(Feed)
        .where(Feed.id.in_(due.scalar_subquery()), free)
        .values(lease_owner=owner, lease_until=now + lease)
        .returning(Feed)
        .execution_options(synchronize_session=False)
    )
    return [feed_ref(feed) for feed in session.scalars(stmt).all()]


def release_lease(session: Session, feed_id: int, owner: str) -> None:
    """Give a feed back without recording a fetch (e.g. on shutdown)."""
    session.execute(
        update(Feed).where(Feed.id == feed_id, Feed.lease_owner == owner)
        .values(lease_owner=None, lease_until=None)
    )


def record_fetches(session: Session, results: Sequence[tuple[FeedRef, FetchOutcome]]) -> None:
    """Write the health of many fetches at once: one UPDATE per set of columns written (ok,
    not modified, failed...) and one INSERT into the fetch log; on PostgreSQL each is a single
    statement over arrays (``unnest``), on SQLite an executemany (issue 12).

    Each feed's lease is cleared. Health counters are computed from the claimed
    :class:`FeedRef`: while we hold the lease no one else writes them.
    """
    if not results:
        return
    existing = set(session.scalars(select(Feed.id).where(
        Feed.id.in_([feed.id for feed, _ in results]))))  # a feed removed meanwhile is skipped
    rows = [(feed, result) for feed, result in results if feed.id in existing]
    if not rows:
        return
    postgres = session.get_bind().dialect.name == "postgresql"
    for batch in group_by_columns([health_values(feed, result) for feed, result in rows]):
        for row in batch:
            row["b_id"] = row.pop("id")
        if postgres:  # one statement: an executemany there is a statement per row
            names = tuple(sorted(name for name in batch[0] if name != "b_id"))
            session.execute(_health_update_unnest(names), _columns(batch))
        else:  # SQLite runs an executemany in C, as fast as one statement
            session.execute(_HEALTH_UPDATE, batch)
    logs = [log_values(feed.id, result) for feed, result in rows]
    if postgres:
        session.execute(_log_insert_unnest(), _columns(logs))
    else:
        session.execute(insert(_FETCH_LOG), logs)


@functools.lru_cache(maxsize=1)
def _log_insert_unnest() -> Insert:
    """PostgreSQL: ``INSERT INTO fetch_log (...) SELECT * FROM unnest(:feed_id, ...)``."""
    names = list(LOG_COLUMNS)
    rows = func.unnest(*[bindparam(name, type_=ARRAY(_FETCH_LOG.c[name].type))
                         for name in names]).table_valued(
        *[column(name, _FETCH_LOG.c[name].type) for name in names]).render_derived(name="v")
    return insert(_FETCH_LOG).from_select(names, select(*[rows.c[name] for name in names]))


@functools.lru_cache(maxsize=16)  # one per set of columns: ok, quiet, error, new items
def _health_update_unnest(names: tuple[str, ...]) -> Update:
    """PostgreSQL: ``UPDATE feeds SET c = v.c, ... FROM unnest(:b_id, :c, ...) AS v(b_id, c,
    ...) WHERE feeds.id = v.b_id``: one statement for many rows, each column bound as one
    typed array, and the same SQL for every batch (compiled once, prepared by the server)."""
    arrays = [bindparam("b_id", type_=ARRAY(_FEEDS.c.id.type))]
    arrays += [bindparam(name, type_=ARRAY(_FEEDS.c[name].type)) for name in names]
    rows = func.unnest(*arrays).table_valued(
        column("b_id", _FEEDS.c.id.type), *[column(name, _FEEDS.c[name].type) for name in names]
    ).render_derived(name="v")
    return (update(_FEEDS).where(_FEEDS.c.id == rows.c.b_id)
            .values({name: rows.c[name] for name in names}))


def _columns(rows: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """Rows with the same keys as one list per key."""
    return {name: [row[name] for row in rows] for name in rows[0]}


# UPDATE feeds SET <the keys of each row> WHERE id = :b_id, executed once per group of rows
# with the same keys. Core, not the ORM's bulk UPDATE by primary key: the same SQL without the
# ORM's per-row bookkeeping (issue 12, docs/benchmarks.md).
_FEEDS = cast(Table, Feed.__table__)
_FETCH_LOG = cast(Table, FetchLog.__table__)
_HEALTH_UPDATE = update(_FEEDS).where(_FEEDS.c.id == bindparam("b_id"))


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
    row = session.get(DaemonState, instance)
    if row is None:
        session.add(DaemonState(instance=instance, hostname=hostname, pid=pid,
                                started_at=started_at, last_tick_at=now, info=info))
    else:
        row.last_tick_at, row.info, row.pid = now, info, pid


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
            for feed in feeds:
                release_lease(session, feed.id, owner)

    def heartbeat(self, *, instance: str, hostname: str, pid: int, started_at: datetime,
                  now: datetime, info: dict[str, object]) -> None:
        """See :func:`heartbeat`."""
        with transaction(self.sessions) as session:
            heartbeat(session, instance=instance, hostname=hostname, pid=pid,
                      started_at=started_at, now=now, info=info)

    def close(self) -> None:
        """Nothing to close: the sessions' engine belongs to whoever made it."""
