"""What a fetch records on its feed, as plain values: no SQLAlchemy here (issue 12).

:class:`FeedRef` is a claimed feed as the fetch sees it, :class:`FetchOutcome` the facts of one
fetch; :func:`health_values` and :func:`log_values` turn them into the columns written to
``feeds`` and ``fetch_log``. Both writers use them, so they write the same values: the ORM
session's (``storage.feeds.record_fetches``) and the DB-API one of a pass that never loads the
ORM (``storage.rawfeeds``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

ERROR_TEXT_MAX = 1000  # longest error message kept on a feed; enough for a sentence and a URL

# The columns of a feeds row that FeedRef carries, in its field order (the claim returns them).
FEED_REF_COLUMNS = ("id", "name", "url", "outlet", "interval_seconds", "full_text", "etag",
                    "last_modified", "last_body_hash", "consecutive_failures", "fetch_count",
                    "last_new_item_at", "last_success_at", "effective_interval_seconds")
# The columns of a fetch_log row, in the order of log_values.
LOG_COLUMNS = ("feed_id", "started_at", "duration_ms", "outcome", "status", "error_kind",
               "error", "items", "new_articles")


@dataclass(frozen=True)
class FeedRef:
    """What a fetch needs to know about a claimed feed (detached from the session)."""

    id: int
    name: str
    url: str
    outlet: str
    interval_seconds: int | None
    full_text: bool
    etag: str | None
    last_modified: str | None
    last_body_hash: str | None
    consecutive_failures: int
    fetch_count: int
    last_new_item_at: datetime | None
    last_success_at: datetime | None
    effective_interval_seconds: int | None


@dataclass(frozen=True)
class FetchOutcome:
    """The health facts of one fetch, to be recorded on the feed and in the log."""

    started_at: datetime
    duration_ms: int
    outcome: str  # ok | not_modified | unchanged | error
    next_check_at: datetime
    status: int | None = None
    error_kind: str | None = None
    error: str | None = None
    items: int = 0
    new_articles: int = 0
    etag: str | None = None
    last_modified: str | None = None
    body_hash: str | None = None
    effective_interval: int | None = None


def health_values(feed: FeedRef, result: FetchOutcome) -> dict[str, Any]:
    """The feed columns to write after one fetch (absolute values, from the claimed row),
    with the feed's id under ``id``; the lease is cleared."""
    values: dict[str, Any] = {
        "id": feed.id, "last_fetch_at": result.started_at, "fetch_count": feed.fetch_count + 1,
        "next_check_at": result.next_check_at, "lease_owner": None, "lease_until": None,
        "effective_interval_seconds": (result.effective_interval
                                       if result.effective_interval is not None
                                       else feed.effective_interval_seconds),
    }
    if result.outcome == "error":
        values.update(consecutive_failures=feed.consecutive_failures + 1,
                      last_error=(result.error or "")[:ERROR_TEXT_MAX],
                      last_error_kind=result.error_kind)
        return values
    values.update(consecutive_failures=0, last_success_at=result.started_at, last_error=None,
                  last_error_kind=None)
    if result.outcome == "ok":
        values.update(etag=result.etag, last_modified=result.last_modified,
                      last_body_hash=result.body_hash)
    if result.new_articles:
        values["last_new_item_at"] = result.started_at
    return values


def log_values(feed_id: int, result: FetchOutcome) -> dict[str, Any]:
    """The fetch_log row of one fetch (the keys of :data:`LOG_COLUMNS`)."""
    return {
        "feed_id": feed_id, "started_at": result.started_at, "duration_ms": result.duration_ms,
        "outcome": result.outcome, "status": result.status, "error_kind": result.error_kind,
        "error": result.error[:ERROR_TEXT_MAX] if result.error else None,
        "items": result.items, "new_articles": result.new_articles,
    }


def group_by_columns(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Health rows grouped by the set of columns they write (one UPDATE per group)."""
    groups: dict[frozenset[str], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(frozenset(row), []).append(row)
    return list(groups.values())


class FeedStates(Protocol):
    """Where a poll pass claims its feeds and writes their health and its heartbeats; each
    call is a transaction of its own. Two implementations write the same rows:
    ``storage.feeds.SessionFeedStates`` (the ORM session) and ``storage.rawfeeds.RawFeedStates``
    (the DB-API driver, for passes that never load the ORM)."""

    def claim_due_feeds(self, *, now: datetime, owner: str, lease: timedelta,
                        limit: int) -> list[FeedRef]:
        """Lease up to ``limit`` due feeds to ``owner`` and return them."""
        ...

    def record_fetches(self, results: Sequence[tuple[FeedRef, FetchOutcome]]) -> None:
        """Write the health of these fetches and clear their leases."""
        ...

    def release(self, feeds: Sequence[FeedRef], owner: str) -> None:
        """Give claimed feeds back without recording a fetch."""
        ...

    def heartbeat(self, *, instance: str, hostname: str, pid: int, started_at: datetime,
                  now: datetime, info: dict[str, object]) -> None:
        """Record that daemon ``instance`` ticked at ``now``."""
        ...

    def close(self) -> None:
        """Release what these states hold open (a connection), if anything."""
        ...
