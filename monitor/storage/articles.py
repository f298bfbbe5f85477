"""Articles: inserts that say what is new, updates that keep first_seen_at.

One canonical URL, or one (feed, GUID), is one article. :func:`store_articles` inserts with
``ON CONFLICT DO NOTHING ... RETURNING`` so that only rows really inserted flow on to stories,
statements and alerts, even when several daemons insert the same entry at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, case, func, select, update
from sqlalchemy.orm import Session

from monitor.storage.bulk import insert_rows
from monitor.storage.models import Article as ArticleRow
from monitor.storage.models import event_time
from monitor.types import Article

LOOKUP_CHUNK = 400  # URLs per IN (...) lookup; keeps under SQLite's bound-parameter limit


@dataclass(frozen=True)
class StoredArticle:
    """An article that storage has just inserted (new to the database)."""

    id: int
    feed_id: int | None
    first_seen_at: datetime
    article: Article
    event_at: datetime | None = None  # None: first_seen_at (see :func:`event_time`)

    @property
    def event_time(self) -> datetime:
        """When the news happened: :func:`event_time` of the article, as stored."""
        return self.event_at or event_time(self.article.published_at, self.first_seen_at)


@dataclass(frozen=True)
class StoreReport:
    """What :func:`store_articles` did with a batch."""

    new: list[StoredArticle]
    updated: int
    unchanged: int


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def stored_digests(session: Session, canonical_urls: Sequence[str]) -> dict[str, str]:
    """Canonical URL -> the raw digest stored with it, for the ones stored with a digest."""
    found: dict[str, str] = {}
    for chunk in _chunks(list(dict.fromkeys(canonical_urls)), LOOKUP_CHUNK):
        for url, digest in session.execute(
            select(ArticleRow.canonical_url, ArticleRow.raw_digest)
            .where(ArticleRow.canonical_url.in_(chunk), ArticleRow.raw_digest.is_not(None))
        ):
            if digest is not None:
                found[url] = digest
    return found


def existing_urls(session: Session, canonical_urls: Sequence[str]) -> set[str]:
    """Which of these canonical URLs are already stored."""
    found: set[str] = set()
    for chunk in _chunks(list(dict.fromkeys(canonical_urls)), LOOKUP_CHUNK):
        found.update(session.scalars(
            select(ArticleRow.canonical_url).where(ArticleRow.canonical_url.in_(chunk))))
    return found


def _existing(session: Session, feed_id: int | None,
              articles: Sequence[Article]) -> dict[str, tuple[int, str]]:
    """Map canonical URL or ``guid:<guid>`` -> (id, content_hash) for rows already stored."""
    found: dict[str, tuple[int, str]] = {}
    urls = [a.canonical_url for a in articles]
    for chunk in _chunks(urls, LOOKUP_CHUNK):
        for row_id, url, digest in session.execute(
            select(ArticleRow.id, ArticleRow.canonical_url, ArticleRow.content_hash)
            .where(ArticleRow.canonical_url.in_(chunk))
        ):
            found[url] = (row_id, digest)
    guids = [a.guid for a in articles if a.guid]
    if feed_id is not None and guids:
        for chunk in _chunks(guids, LOOKUP_CHUNK):
            for row_id, guid, digest in session.execute(
                select(ArticleRow.id, ArticleRow.guid, ArticleRow.content_hash)
                .where(ArticleRow.feed_id == feed_id, ArticleRow.guid.in_(chunk))
            ):
                found[f"guid:{guid}"] = (row_id, digest)
    return found


def _values(article: Article, feed_id: int | None, now: datetime) -> dict[str, Any]:
    return {
        "feed_id": feed_id, "source": article.source, "url": article.url,
        "canonical_url": article.canonical_url, "guid": article.guid, "title": article.title,
        "summary": article.summary, "text": article.text, "authors": list(article.authors),
        "published_at": article.published_at, "first_seen_at": now, "updated_at": None,
        "event_at": event_time(article.published_at, now),
        "language": article.language, "content_hash": article.content_hash,
        "topics": list(article.topics), "truncated_from": article.truncated_from,
        "raw_digest": article.raw_digest,
    }


def store_articles(
    session: Session, feed_id: int | None, articles: Sequence[Article], now: datetime
) -> StoreReport:
    """Insert new articles, update changed ones; report which rows are new.

    An article that matches a stored row (same canonical URL, or same GUID in the same feed)
    updates that row when its content hash changed (first_seen_at is kept) and is not new.
    Duplicates within the batch count once.
    """
    known = _existing(session, feed_id, articles)
    updated = unchanged = 0
    fresh: dict[str, Article] = {}
    for article in articles:
        match = known.get(article.canonical_url) or (
            known.get(f"guid:{article.guid}") if article.guid else None)
        if match is None:
            fresh.setdefault(article.canonical_url, article)
            continue
        row_id, digest = match
        if digest == article.content_hash:
            unchanged += 1
            continue
        session.execute(
            update(ArticleRow).where(ArticleRow.id == row_id).values(
                title=article.title, summary=article.summary, text=article.text,
                authors=list(article.authors), published_at=article.published_at,
                content_hash=article.content_hash, updated_at=now, url=article.url,
                truncated_from=article.truncated_from, raw_digest=article.raw_digest,
                event_at=ArticleRow.first_seen_at if article.published_at is None else case(
                    (ArticleRow.first_seen_at < article.published_at, ArticleRow.first_seen_at),
                    else_=article.published_at),
            )
        )
        known[article.canonical_url] = (row_id, article.content_hash)
        updated += 1
    # Same GUID under two URLs within one batch: keep the first only.
    seen_guids: set[str] = set()
    batch: list[Article] = []
    for article in fresh.values():
        if article.guid and article.guid in seen_guids:
            unchanged += 1
            continue
        if article.guid:
            seen_guids.add(article.guid)
        batch.append(article)
    new = _insert_new(session, feed_id, batch, now)
    unchanged += len(batch) - len(new)  # lost a race with another daemon: theirs now
    return StoreReport(new=new, updated=updated, unchanged=unchanged)


def _insert_new(session: Session, feed_id: int | None, batch: Sequence[Article],
                now: datetime) -> list[StoredArticle]:
    if not batch:
        return []
    by_url = {a.canonical_url: a for a in batch}
    rows = [_values(a, feed_id, now) for a in batch]
    written = insert_rows(session.connection(), _ARTICLES, _INSERT_COLUMNS, rows,
                          returning=("id", "canonical_url"), skip_conflicts=True)
    new = [StoredArticle(id=int(row_id), feed_id=feed_id, first_seen_at=now,
                         article=by_url[url], event_at=event_time(by_url[url].published_at, now))
           for row_id, url in written]
    new.sort(key=lambda s: s.id)
    return new


_ARTICLES = cast(Table, ArticleRow.__table__)
# the columns _values() fills, in its order
_INSERT_COLUMNS = ("feed_id", "source", "url", "canonical_url", "guid", "title", "summary",
                   "text", "authors", "published_at", "first_seen_at", "updated_at", "event_at",
                   "language", "content_hash", "topics", "truncated_from", "raw_digest")


def list_articles(
    session: Session, *, since: datetime | None = None, topic: str | None = None,
    source: str | None = None, limit: int | None = None,
) -> list[ArticleRow]:
    """Articles first seen since ``since``, newest first, optionally of one topic or outlet."""
    stmt = select(ArticleRow).order_by(ArticleRow.first_seen_at.desc(), ArticleRow.id.desc())
    if since is not None:
        stmt = stmt.where(ArticleRow.first_seen_at >= since)
    if source is not None:
        stmt = stmt.where(ArticleRow.source == source)
    rows = list(session.scalars(stmt))
    if topic is not None:  # JSON list membership: portable filter in Python
        rows = [r for r in rows if topic in (r.topics or [])]
    return rows[:limit] if limit is not None else rows


def story_of(session: Session, article_id: int) -> int | None:
    """The story an article belongs to (None before the stories stage has run)."""
    return session.connection().execute(_STORY_OF, {"b_id": article_id}).scalar()


def stories_of(session: Session, article_ids: Sequence[int]) -> dict[int, int | None]:
    """The story of each of these articles (one query per :data:`LOOKUP_CHUNK` ids)."""
    found: dict[int, int | None] = {}
    for chunk in _chunks(sorted(set(article_ids)), LOOKUP_CHUNK):
        found.update((int(i), s) for i, s in session.connection().execute(
            _STORIES_OF, {"b_ids": list(chunk)}))
    return found


def outlets_in_story(session: Session, story_id: int) -> int:
    """How many distinct outlets carry a story (its articles' sources; merges move articles)."""
    return int(session.connection().execute(
        _OUTLETS_IN_STORY, {"b_story": story_id}).scalar() or 0)


_OUTLETS_IN_STORY = (select(func.count(func.distinct(ArticleRow.source)))
                     .where(ArticleRow.story_id == bindparam("b_story")))
# Core, built once: the statements stage asks this for every new article
_STORY_OF = select(ArticleRow.story_id).where(ArticleRow.id == bindparam("b_id"))
_STORIES_OF = select(ArticleRow.id, ArticleRow.story_id).where(
    ArticleRow.id.in_(bindparam("b_ids", expanding=True)))
