"""The story decision of a feed's articles in one batch: raw DB-API statements, the postings
read ahead with an in-batch overlay, and the story counts written once (issue 12).

:meth:`monitor.storage.stories.StoryStore.assign_batch` decides a feed's new articles one by
one, as :meth:`~monitor.storage.stories.StoryStore.assign` does, with the same rules, but:

* the postings of every key of the batch are read in one pass before the first decision
  (:class:`BatchPostings`); the postings of an article decided earlier in the batch are kept
  in memory and merged in, so a later article sees exactly the newest ``limit`` postings per
  key that the per-article path would read from the table;
* the per-article reads and writes (candidates, new story, the article's story columns, its
  ``story_docs`` row) go through the DB-API cursor (:class:`RawStorySQL`): SQLAlchemy's
  per-call work was most of their cost. Timestamps are bound and read back with
  :class:`~monitor.storage.base.UTCDateTime`'s own processors, so the stored values are the
  ones SQLAlchemy writes;
* the story counts (:class:`StoryCounts`) and the ``story_keys`` rows are written at the end
  (``executemany``), the counts also before any merge, which reads them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import Dialect

from monitor.storage.base import UTCDateTime

_CANDIDATES = (
    "SELECT story_docs.article_id, story_docs.features, articles.story_id, "
    "articles.copy_of_id, stories.first_seen_at, root.first_seen_at "
    "FROM story_docs JOIN articles ON articles.id = story_docs.article_id "
    "JOIN stories ON stories.id = articles.story_id "
    "JOIN articles AS root ON root.id = coalesce(articles.copy_of_id, articles.id) "
    "WHERE story_docs.article_id IN ({ids}) "
    "AND story_docs.event_at >= {m} AND story_docs.event_at <= {m}"
)
_NEW_STORY = (
    "INSERT INTO stories (canonical_article_id, title, first_seen_at, last_seen_at, "
    "first_event_at, last_event_at, article_count) VALUES ({m}, {m}, {m}, {m}, {m}, {m}, 0) "
    "RETURNING id"
)
_MERGE_COPIES = "UPDATE articles SET copy_of_id = {m} WHERE copy_of_id = {m} OR id = {m}"
_SET_ARTICLE = (
    "UPDATE articles SET story_id = {m}, copy_of_id = {m}, story_relation = {m}, "
    "story_score = {m} WHERE id = {m}"
)
_COUNT_STORY = (
    "UPDATE stories SET article_count = article_count + {m}, "
    "last_seen_at = CASE WHEN last_seen_at < {m} THEN {m} ELSE last_seen_at END, "
    "first_event_at = CASE WHEN first_event_at > {m} THEN {m} ELSE first_event_at END, "
    "last_event_at = CASE WHEN last_event_at < {m} THEN {m} ELSE last_event_at END "
    "WHERE id = {m}"
)
_ADD_DOC = ("INSERT INTO story_docs (article_id, seen_at, event_at, features) "
            "VALUES ({m}, {m}, {m}, {m})")
_ADD_KEY = "INSERT INTO story_keys (key, article_id, n_keys) VALUES ({m}, {m}, {m})"


def _identity(value: Any) -> Any:
    return value


@dataclass(frozen=True)
class RawStorySQL:
    """The batched decision's statements for one dialect, as DB-API text."""

    marker: str  # the driver's placeholder: "?" (sqlite3) or "%s" (psycopg)
    to_db: Callable[[Any], Any]  # UTCDateTime's bind processing on this dialect
    from_db: Callable[[Any], Any]  # UTCDateTime's result processing on this dialect

    @classmethod
    def of(cls, dialect: Dialect) -> RawStorySQL:
        """The statements for ``dialect`` (SQLite or PostgreSQL through psycopg)."""
        impl = UTCDateTime().dialect_impl(dialect)
        return cls(
            marker="%s" if dialect.name == "postgresql" else "?",
            to_db=impl.bind_processor(dialect) or _identity,
            from_db=impl.result_processor(dialect, None) or _identity,
        )

    def _sql(self, template: str, **extra: str) -> str:
        return template.format(m=self.marker, **extra)

    def candidates(self, cursor: Any, ids: Sequence[int], lo: datetime,
                   hi: datetime) -> list[tuple[int, str, int | None, int | None, Any, Any]]:
        """(article, features JSON, story, copy_of, story first seen, root first seen) of the
        indexed articles ``ids`` whose event time is within [lo, hi]."""
        marks = ", ".join([self.marker] * len(ids))
        cursor.execute(self._sql(_CANDIDATES, ids=marks), [*ids, self.to_db(lo), self.to_db(hi)])
        conv = self.from_db
        return [(a, f, s, c, conv(story_seen), conv(root_seen))
                for a, f, s, c, story_seen, root_seen in cursor.fetchall()]

    def new_story(self, cursor: Any, article_id: int, title: str, at: datetime,
                  event: datetime) -> int:
        """Insert a story with ``article_id`` as canonical (count 0: the count follows)."""
        seen, when = self.to_db(at), self.to_db(event)
        cursor.execute(self._sql(_NEW_STORY), (article_id, title, seen, seen, when, when))
        row = cursor.fetchone()
        return int(row[0])

    def merge_copies(self, cursor: Any, old_root: int, root: int | None) -> None:
        """Move the copy group of ``old_root`` under ``root``."""
        cursor.execute(self._sql(_MERGE_COPIES), (root, old_root, old_root))

    def set_article(self, cursor: Any, article_id: int, story_id: int, root: int | None,
                    relation: str, score: float | None) -> None:
        """The article's story columns."""
        cursor.execute(self._sql(_SET_ARTICLE), (story_id, root, relation, score, article_id))

    def add_doc(self, cursor: Any, article_id: int, at: datetime, event: datetime,
                features: str) -> None:
        """The article's ``story_docs`` row."""
        cursor.execute(self._sql(_ADD_DOC),
                       (article_id, self.to_db(at), self.to_db(event), features))

    def count_stories(self, cursor: Any, counts: StoryCounts) -> None:
        """Apply and clear the pending counts (stories in id order: one lock order)."""
        pending = counts.drain()
        if not pending:
            return
        to_db = self.to_db
        cursor.executemany(self._sql(_COUNT_STORY), [
            (c.n, to_db(c.last_seen), to_db(c.last_seen), to_db(c.first_event),
             to_db(c.first_event), to_db(c.last_event), to_db(c.last_event), story_id)
            for story_id, c in sorted(pending.items())])

    def add_keys(self, cursor: Any, rows: Sequence[tuple[int, int, int]]) -> None:
        """``story_keys`` rows (key, article, the article's key count)."""
        if rows:
            cursor.executemany(self._sql(_ADD_KEY), rows)


@dataclass
class _Count:
    n: int
    last_seen: datetime
    first_event: datetime
    last_event: datetime


class StoryCounts:
    """Story count updates not yet written: per story, how many articles joined and the
    latest first-seen, earliest and latest event time among them. One UPDATE with these is
    the same as one per article (a count adds, a CASE keeps the max or the min)."""

    def __init__(self) -> None:
        """No pending update."""
        self._pending: dict[int, _Count] = {}

    def add(self, story_id: int, seen: datetime, event: datetime) -> None:
        """An article first seen at ``seen``, of event time ``event``, joined ``story_id``."""
        c = self._pending.get(story_id)
        if c is None:
            self._pending[story_id] = _Count(1, seen, event, event)
            return
        c.n += 1
        c.last_seen = max(c.last_seen, seen)
        c.first_event = min(c.first_event, event)
        c.last_event = max(c.last_event, event)

    def drain(self) -> dict[int, _Count]:
        """The pending updates, now cleared."""
        pending, self._pending = self._pending, {}
        return pending


class BatchPostings:
    """The postings of a batch's keys, read once, plus those of the batch's decided articles.

    :meth:`rows` gives what ``read_postings`` would give for an article's keys at that point
    of the batch: per key, the newest ``limit`` postings (by article id) of the stored ones
    and the batch's, one row per occurrence of a key, as (key, article, n_keys)."""

    def __init__(self, stored: Iterable[tuple[int, int, int]], limit: int) -> None:
        """``stored``: ``read_postings`` rows of the batch's keys (newest ``limit`` per key)."""
        self.limit = limit
        self._stored: dict[int, list[tuple[int, int, int]]] = {}
        # a key's rows come together (one index range each): grouped in C, joined if not
        for key, group in groupby(stored, key=_key):
            known = self._stored.get(key)
            if known is None:
                self._stored[key] = list(group)
            else:
                known.extend(group)
        self._added: dict[int, list[tuple[int, int, int]]] = {}

    def rows(self, keys: Sequence[int]) -> list[tuple[int, int, int]]:
        """The postings of ``keys`` as the table would hold them now."""
        out: list[tuple[int, int, int]] = []
        stored, added, empty = self._stored, self._added, ()
        for key in keys:
            mine = added.get(key)
            if mine is None:
                out.extend(stored.get(key, empty))
            else:
                both = sorted([*stored.get(key, empty), *mine], key=_article_id, reverse=True)
                out.extend(both[:self.limit])
        return out

    def add(self, article_id: int, keys: Sequence[int]) -> list[tuple[int, int, int]]:
        """Index ``article_id`` under ``keys`` in memory; returns its ``story_keys`` rows."""
        n = len(keys)
        rows = [(key, article_id, n) for key in keys]
        added = self._added
        for row in rows:
            added.setdefault(row[0], []).append(row)
        return rows


# Row fields read in C: on a history with full posting lists a feed's read-ahead is ~10,000
# rows, and a Python key function per row was most of the batch's set-up.
_key = itemgetter(0)
_article_id = itemgetter(1)


__all__ = ["BatchPostings", "RawStorySQL", "StoryCounts"]
