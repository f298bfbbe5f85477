"""Frozen values passed between the pipeline's stages.

Names say the stage: a :class:`RawItem` is what a feed said, an :class:`Article` is what we
keep. Every datetime here is timezone-aware UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session  # noqa: TID251 (an annotation only: no import at run time)

    from monitor.storage.articles import StoredArticle


@dataclass(frozen=True, slots=True)
class RawItem:
    """One entry as a feed gave it, before any cleaning."""

    guid: str | None
    link: str | None
    title: str
    summary_html: str
    content_html: str
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    """What a feed document gave: its items, plus the problem feedparser met, if any."""

    items: tuple[RawItem, ...]
    title: str | None = None
    link: str | None = None
    language: str | None = None
    error: str | None = None  # set for malformed feeds whose items were partly recovered


@dataclass(frozen=True, slots=True)
class Article:
    """An item after normalisation: what storage keeps."""

    url: str
    canonical_url: str
    guid: str | None
    title: str
    summary: str
    text: str
    authors: tuple[str, ...]
    published_at: datetime | None
    language: str | None
    content_hash: str
    source: str  # the outlet's name
    topics: tuple[str, ...] = ()
    truncated_from: int | None = None  # source length when the text was cut to the cap
    raw_digest: str | None = None  # normalize.raw_digest of the feed item it came from


# --- fetch outcomes ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NotModified:
    """The server answered 304 (or the same validators): nothing to parse."""

    url: str
    max_age: float | None = None  # seconds, from Cache-Control, when given


@dataclass(frozen=True, slots=True)
class FeedBody:
    """A 200 answer with its decoded body (bytes, never parsed here)."""

    url: str  # the final URL after redirects
    content: bytes
    content_type: str | None
    etag: str | None
    last_modified: str | None
    max_age: float | None = None
    elapsed: float = 0.0


@dataclass(frozen=True, slots=True)
class FetchFailure:
    """A fetch that gave no body: the reason in words a person understands."""

    url: str
    reason: str  # short machine-friendly kind, e.g. "timeout", "http_404", "blocked_address"
    message: str  # a sentence for people
    status: int | None = None
    retry_after: float | None = None  # seconds, from Retry-After
    permanent: bool = False  # 404/410: still retried, but on the slow end of the backoff


FetchResult = NotModified | FeedBody | FetchFailure


# --- statements ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Statement:
    """A quote or reported speech with its speaker, found in one text.

    ``start``/``end`` are character offsets of ``content`` in the text as read (windows-1252
    punctuation left in a text decoded as Latin-1, ``"don\x92t"``, reads in ``content`` as the
    mark it stands for, one character for one).
    """

    speaker: str | None  # the fullest name the text gives, or the described source
    mention: str  # the speaker's mention as written ("he", "the Kremlin spokesman")
    official: str | None  # official id from the registry, or None
    kind: str  # "direct" | "mixed" | "indirect"
    content: str
    cue: str | None
    start: int
    end: int
    confidence: float
    extra: dict[str, str] = field(default_factory=dict)
    # how ``speaker`` was reached from ``mention``: "name" | "alias" | "pronoun" |
    # "description" | "title" | "previous-speaker" (monitor/statements/resolution.py)
    resolution: str = "name"


@dataclass(frozen=True, slots=True)
class InsertContext:
    """Facts the post-insert stages (stories, statements, alerts) may need."""

    feed_id: int | None
    first_fetch: bool  # the first successful fetch of a newly added feed (backlog)
    now: datetime


class AfterInsert(Protocol):
    """A post-insert stage: ``stage(session, new_articles, ctx)``, run in the insert's
    transaction. A stage may set ``name`` (used when its failures are recorded)."""

    def __call__(self, session: Session, new: Sequence[StoredArticle],
                 ctx: InsertContext) -> None: ...


@dataclass(frozen=True, slots=True)
class StageFailure:
    """One post-insert stage that raised on one article (the article itself is kept)."""

    article_id: int
    stage: str
    error_kind: str  # the exception's class name: a bounded vocabulary for metrics
    message: str
