"""Core tables: feeds with their health, the fetch log, articles, daemon heartbeats.

Other areas keep their tables beside their queries (``stories.py``, ``statements.py``,
``outbox.py``); :func:`monitor.storage.tables.load_all` imports them all so that Alembic sees
the whole schema. Every timestamp is :class:`UTCDateTime`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from monitor.storage.base import Base, UTCDateTime

URL_MAX = 2048  # longest URL we store; browsers and CDNs cap near 2 KB


class Feed(Base):
    """A configured feed and its health (last fetch, failures, validators, next check)."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(String(URL_MAX), unique=True)
    outlet: Mapped[str] = mapped_column(String(200))
    interval_seconds: Mapped[int | None] = mapped_column(Integer)  # None: the global default
    full_text: Mapped[bool] = mapped_column(Boolean, default=False)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    # health
    last_fetch_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_new_item_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_kind: Mapped[str | None] = mapped_column(String(40))
    next_check_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    last_body_hash: Mapped[str | None] = mapped_column(String(64))
    fetch_count: Mapped[int] = mapped_column(Integer, default=0)
    # the adaptive interval (seconds) the scheduler settled on for this feed
    effective_interval_seconds: Mapped[int | None] = mapped_column(Integer)

    # lease: which daemon holds this feed, until when (several daemons share one database)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class FetchLog(Base):
    """One row per fetch attempt; pruned to a bounded retention by the daemon."""

    __tablename__ = "fetch_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(ForeignKey("feeds.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    duration_ms: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(20))  # ok | not_modified | unchanged | error
    status: Mapped[int | None] = mapped_column(Integer)
    error_kind: Mapped[str | None] = mapped_column(String(40))
    error: Mapped[str | None] = mapped_column(Text)
    items: Mapped[int] = mapped_column(Integer, default=0)
    new_articles: Mapped[int] = mapped_column(Integer, default=0)


def event_time(published_at: datetime | None, first_seen_at: datetime) -> datetime:
    """When the news happened: the published time, unless missing or later than first seen.

    Normalisation already drops implausible dates (before 1995) and clamps those ahead of the
    clock; a published time after monitor first saw the item is a clock error of the feed, so
    the time monitor saw it stands instead.
    """
    if published_at is None or published_at > first_seen_at:
        return first_seen_at
    return published_at


def _event_at_default(context: Any) -> datetime | None:
    """An article inserted without ``event_at`` gets :func:`event_time` of its row."""
    row = context.get_current_parameters()
    seen = row.get("first_seen_at")
    return None if seen is None else event_time(row.get("published_at"), seen)


class Article(Base):
    """An article as kept: one canonical URL, or one (feed, GUID), is one row."""

    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("feed_id", "guid"),
        Index("ix_articles_first_seen_at", "first_seen_at"),
        Index("ix_articles_published_at", "published_at"),
        Index("ix_articles_event_at", "event_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int | None] = mapped_column(
        ForeignKey("feeds.id", ondelete="SET NULL"), index=True
    )
    source: Mapped[str] = mapped_column(String(200), index=True)  # outlet name
    url: Mapped[str] = mapped_column(String(URL_MAX))
    canonical_url: Mapped[str] = mapped_column(String(URL_MAX), unique=True)
    guid: Mapped[str | None] = mapped_column(String(URL_MAX))
    title: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")
    authors: Mapped[list[str]] = mapped_column(JSON, default=list)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # when the news happened: published_at when plausible (not after first_seen_at), else
    # first_seen_at (event_time above)
    event_at: Mapped[datetime] = mapped_column(UTCDateTime, default=_event_at_default)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    language: Mapped[str | None] = mapped_column(String(20))
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    topics: Mapped[list[str]] = mapped_column(JSON, default=list)
    # characters the source had when the text was cut to [articles] max_text_chars; NULL: whole
    truncated_from: Mapped[int | None] = mapped_column(Integer)
    # SHA-256 of the feed item as the feed gave it: the same item listed again is not re-read
    raw_digest: Mapped[str | None] = mapped_column(String(64))
    # filled by the stories stage (see stories.py); no FK here so the core schema stands alone
    story_id: Mapped[int | None] = mapped_column(Integer, index=True)
    copy_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    # how it joined its story: canonical | copy | same story | rewrite (NULL: decided before
    # migration 0011)
    story_relation: Mapped[str | None] = mapped_column(String(12))
    # what put it there: a rewrite's similarity to the story, a copy's or same-story member's
    # containment in its best match (storage/rewrites.py); NULL for the canonical article
    story_score: Mapped[float | None] = mapped_column(Float)
    # its terms are counted in the rewrite layer's document frequencies (rewrite_df)
    rewrite_counted: Mapped[bool | None] = mapped_column(Boolean)


class DaemonState(Base):
    """Heartbeats: one row per daemon instance, for ``monitor status`` and health checks."""

    __tablename__ = "daemon_state"

    instance: Mapped[str] = mapped_column(String(100), primary_key=True)
    hostname: Mapped[str] = mapped_column(String(200))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_tick_at: Mapped[datetime] = mapped_column(UTCDateTime)
    info: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
