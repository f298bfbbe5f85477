"""Stories: tables and queries (the stored side of :mod:`monitor.dedupe`).

Tables:

* ``stories``: one row per story: canonical (first seen) article, title, first and last seen,
  article count; a story absorbed by a merge keeps its row with ``merged_into_id`` set, so old
  ids still resolve;
* ``story_merges``: the log of merges (kept, absorbed, the bridging article, when);
* ``story_docs``: the candidate index's documents: per article in the window, its
  :class:`~monitor.dedupe.signatures.DocFeatures` as JSON (without the rewrite layer's fields
  while the layer is off: :func:`features_json`) and its first-seen time;
* ``story_keys``: the candidate index's postings, ``(key, article_id)``, primary key on the key
  first so that a lookup is one index range per key. Rows older than the window are pruned
  (:meth:`StoryStore.prune`), so the index is bounded by the window, not by history;
* the rewrite layer's tables (``rewrite_df``, ``rewrite_totals``, ``rewrite_stories``,
  ``rewrite_keys``): see :mod:`monitor.storage.rewrites`.

Article membership lives in the core table: ``articles.story_id`` and ``articles.copy_of_id``
(pointing at the canonical article of the copy group), with ``story_relation`` and
``story_score`` (how it joined: canonical, copy, same story or rewrite, and the score).

The decision is :func:`monitor.dedupe.match.decide`, then, for an article the copy rules left
alone and with the rewrite layer on (``StoryParams.enabled``), the rewrite decision of
:mod:`monitor.dedupe.rewrites` over the stored centroids: the same as the in-memory index used
by the evaluation; this module only fetches candidates and applies decisions.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from itertools import compress
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Mapped, Session, aliased, mapped_column

from monitor.dedupe.index import MAX_POSTINGS_PER_KEY
from monitor.dedupe.match import (
    WINDOW,
    Candidate,
    Decision,
    PairScore,
    decide,
    score,
    shortlist,
)
from monitor.dedupe.rewrites import Signals, StoryParams, rewrite_signals
from monitor.dedupe.signatures import DocFeatures, features
from monitor.storage.articles import StoredArticle
from monitor.storage.base import Base, UTCDateTime, same_as
from monitor.storage.models import Article as ArticleRow
from monitor.storage.models import event_time
from monitor.storage.postings import PostingsTable, read_postings
from monitor.storage.rewrites import (
    RELATION_CANONICAL,
    RELATION_COPY,
    RELATION_REWRITE,
    RELATION_SAME,
    RewriteStore,
)
from monitor.storage.story_batch import BatchPostings, RawStorySQL, StoryCounts
from monitor.types import Article

TITLE_MAX = 1000  # a story's title is its canonical article's headline, cut to this length
SQL_CHUNK = 400  # ids per IN (...) list: under SQLite's bound-parameter limit with room to spare


class Story(Base):
    """A story: the same news from the same source material, across outlets."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(Text)
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # event time (articles.event_at) of its earliest article: when the story began
    first_event_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True,
                                                     default=same_as("first_seen_at"))
    # event time of its latest article
    last_event_at: Mapped[datetime] = mapped_column(UTCDateTime, default=same_as("last_seen_at"))
    article_count: Mapped[int] = mapped_column(Integer, default=1)
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("stories.id", ondelete="SET NULL"), index=True
    )


class StoryMerge(Base):
    """One story absorbed into another because an article bridged them."""

    __tablename__ = "story_merges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kept_story_id: Mapped[int] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), index=True
    )
    absorbed_story_id: Mapped[int] = mapped_column(Integer)  # its row may be gone after rebuild
    by_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL")
    )
    merged_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(String(100), default="")


class StorySplit(Base):
    """Members of a story moved to a new story: a later article showed two events in it (the
    rewrite layer's split, ``RewriteIndex.split_groups``)."""

    __tablename__ = "story_splits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    story_id: Mapped[int] = mapped_column(  # the story that was cut (it keeps its canonical)
        ForeignKey("stories.id", ondelete="CASCADE"), index=True
    )
    new_story_id: Mapped[int] = mapped_column(  # the story made of the members that left
        ForeignKey("stories.id", ondelete="CASCADE"), index=True
    )
    by_article_id: Mapped[int | None] = mapped_column(  # the article whose join showed it
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    members: Mapped[str] = mapped_column(Text)  # the moved article ids, JSON list
    split_at: Mapped[datetime] = mapped_column(UTCDateTime)  # by_article's first-seen time


class StoryDoc(Base):
    """An article in the candidate index: its features, while it is inside the window."""

    __tablename__ = "story_docs"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)  # pruning: what is old
    # the article's event time: candidates are the articles within the window of it
    event_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True,
                                               default=same_as("seen_at"))
    features: Mapped[str] = mapped_column(Text)  # DocFeatures.to_json(), as JSON text


class StoryKey(Base):
    """A posting of the candidate index: ``key`` (a sampled shingle fingerprint) -> article."""

    __tablename__ = "story_keys"
    __table_args__ = (
        Index("ix_story_keys_article_id", "article_id"),
        # SQLite: the table is its primary-key b-tree, so a key lookup reads postings directly
        {"sqlite_with_rowid": False},
    )

    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("story_docs.article_id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    )
    n_keys: Mapped[int] = mapped_column(Integer)  # the article's key count (for the shortlist)


# --- read models for the CLI -------------------------------------------------------------------


@dataclass(frozen=True)
class StoryArticle:
    """One article of a story, as listed."""

    id: int
    url: str
    source: str
    title: str
    first_seen_at: datetime
    copy_of: str | None  # URL of the canonical article of its copy group, or None
    similarity: PairScore | None = None  # to the story's canonical article (``show`` only)
    event_at: datetime | None = None  # when the news happened (articles.event_at)
    relation: str | None = None  # how it joined: canonical | copy | same story | rewrite
    score: float | None = None  # what put it there (a rewrite's similarity, a copy's containment)

    @property
    def time(self) -> datetime:
        """Event time when known, else first seen."""
        return self.event_at or self.first_seen_at


@dataclass(frozen=True)
class StorySummary:
    """A story with its articles (JSON contract of ``monitor stories list``)."""

    story_id: int
    title: str
    first_seen_at: datetime
    canonical_article_id: int | None
    articles: list[StoryArticle] = field(default_factory=list)
    first_event_at: datetime | None = None  # its earliest article's event time

    @property
    def outlets(self) -> list[tuple[str, datetime]]:
        """Outlets that carried it, each with its first article's event time, first first."""
        first: dict[str, datetime] = {}
        for a in self.articles:
            if a.source not in first or a.time < first[a.source]:
                first[a.source] = a.time
        return sorted(first.items(), key=lambda kv: (kv[1], kv[0]))

    def to_json(self) -> dict[str, object]:
        """The ``list --format json`` object."""
        return {
            "story_id": self.story_id,
            "title": self.title,
            "first_seen_at": self.first_seen_at.isoformat(),
            "first_event_at": (self.first_event_at or self.first_seen_at).isoformat(),
            "articles": [
                {"id": a.id, "url": a.url, "source": a.source, "copy_of": a.copy_of}
                for a in self.articles
            ],
        }


# --- the store -----------------------------------------------------------------------------------


class StoryStore:
    """The stored candidate index and the stories, over one session (one transaction)."""

    def __init__(
        self,
        session: Session,
        window: timedelta = WINDOW,
        max_postings: int = MAX_POSTINGS_PER_KEY,
        params: StoryParams | None = None,
    ) -> None:
        """A store on ``session``; ``window`` bounds candidates and pruning; ``params`` are the
        rewrite layer's thresholds (default ``StoryParams()``: off unless ``enabled``)."""
        self.session = session
        self.window = window
        self.max_postings = max_postings
        self.rewrites = RewriteStore(session, params)

    def flush(self) -> None:
        """Write what the batch keeps in memory (the rewrite layer's document frequencies).
        Call it once after the batch's :meth:`assign` calls, in the same transaction."""
        self.rewrites.flush()

    # candidates ---------------------------------------------------------------------------------

    def shared_keys(
        self, keys: Sequence[int]
    ) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
        """Postings of ``keys`` (newest ``max_postings`` per key, one index range each).

        Returns (shared keys per article, each article's key count, shared common keys per
        article), a key being common when its posting list filled the limit.
        """
        if not keys:
            return {}, {}, {}
        return self._count_postings(self._postings(keys))

    def _count_postings(
        self, rows: list[tuple[int, int, int]]
    ) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
        """:meth:`shared_keys` of postings already read."""
        # Counted in C (Counter over itemgetter maps): an article of this topic meets hundreds
        # of postings, and a Python loop over them was a quarter of the copy decision.
        key_of, article_of, size_of = itemgetter(0), itemgetter(1), itemgetter(2)
        shared = Counter(map(article_of, rows))
        sizes = dict(zip(map(article_of, rows), map(size_of, rows), strict=True))
        full = {key for key, n in Counter(map(key_of, rows)).items() if n >= self.max_postings}
        common = Counter(compress(map(article_of, rows),
                                  map(full.__contains__, map(key_of, rows)))) if full else {}
        return dict(shared), sizes, dict(common)

    def _postings(self, keys: Sequence[int]) -> list[tuple[int, int, int]]:
        """(key, article_id, n_keys) rows: the newest ``max_postings`` per key."""
        return read_postings(self.session.connection(), _INDEX, keys, int(self.max_postings))

    def candidates(self, doc: DocFeatures, seen_at: datetime) -> list[Candidate[int, int]]:
        """The shortlisted candidates of ``doc`` with story and copy group, inside the window."""
        shared, sizes, common = self.shared_keys(doc.keys)
        ids = shortlist(shared, sizes, len(doc.sketch), common)
        if not ids:
            return []
        conn = self.session.connection()
        cursor = conn.connection.cursor()
        try:  # DB-API, as the batched decision reads them (SQLAlchemy's per-call work)
            rows = _raw_sql(conn.dialect).candidates(cursor, ids, seen_at - self.window,
                                                     seen_at + self.window)
        finally:
            cursor.close()
        return [_candidate(*row) for row in rows]

    # the decision -------------------------------------------------------------------------------

    def assign(
        self,
        article_id: int,
        doc: DocFeatures,
        first_seen_at: datetime,
        source: str = "",
        title: str | None = None,
        *,
        event_at: datetime | None = None,
    ) -> Decision[int, int]:
        """Decide and record the story and copy group of a newly inserted article.

        Sets ``articles.story_id`` / ``copy_of_id``, creates or updates the ``stories`` row,
        applies and logs merges (and, with the rewrite layer on, splits), and adds the article
        to the candidate index. ``source``: the outlet (the rewrite layer's per-outlet
        furniture reads it); ``title`` saves a lookup.
        ``event_at`` (default ``first_seen_at``) places the article in time: candidates are
        the articles within the window of it by event time, so that a back-fill of months
        does not group events months apart; the index is pruned by first-seen time.
        """
        event = event_at or first_seen_at
        decision = decide(doc, self.candidates(doc, event))
        relation, score = _relation(decision)
        signals: Signals | None = None
        if self.rewrites.enabled:
            signals = rewrite_signals(doc, source)
            if decision.story_id is None:  # no copy: is it a rewrite of a story (or several)?
                found = self.rewrites.matches(signals)
                if found:
                    decision = replace(decision, story_id=found[0].story_id,
                                       merge_stories=tuple(m.story_id for m in found[1:]))
                    relation, score = RELATION_REWRITE, found[0].similarity
        conn = self.session.connection()
        sql = _raw_sql(conn.dialect)  # the batched decision's DB-API statements, one by one
        cursor = conn.connection.cursor()
        fresh = decision.story_id is None and not decision.merge_stories  # a story made here
        try:
            if decision.story_id is None:
                if title is None:
                    title = conn.execute(_SQL.article_title, {"b_id": article_id}).scalar()
                story_id = sql.new_story(cursor, article_id, (title or "")[:TITLE_MAX],
                                         first_seen_at, event)
            else:
                story_id = decision.story_id
            root = decision.copy_of
            for other in decision.merge_stories:
                self._merge(story_id, other, article_id, first_seen_at)
            for other_root in decision.merge_copy_roots:
                sql.merge_copies(cursor, other_root, root)
            sql.set_article(cursor, article_id, story_id, root, relation, score)
            counts = StoryCounts()
            counts.add(story_id, first_seen_at, event)
            sql.count_stories(cursor, counts)
            sql.add_doc(cursor, article_id, first_seen_at, event,
                        features_json(doc, rewrites=self.rewrites.enabled))
        finally:
            cursor.close()
        self._add_keys(article_id, doc)
        if signals is not None:
            self.rewrites.add(story_id, signals, first_seen_at, article_id=article_id,
                              fresh=fresh)
            self._maybe_split(story_id, article_id, first_seen_at)
        return replace(decision, copy_of=root, story_id=story_id)

    def assign_batch(self, items: Sequence[BatchItem]) -> list[Decision[int, int]]:
        """:meth:`assign` for each of ``items`` in turn (a feed's new articles, in event-time
        order), with the same decisions and the same stored rows, batched
        (:mod:`monitor.storage.story_batch`): the postings of all their keys read at once,
        the per-article statements through the DB-API cursor, the story counts and the index
        keys written at the end. With the rewrite layer on, :meth:`assign` per article."""
        if self.rewrites.enabled:
            return [self.assign(i.article_id, i.doc, i.first_seen_at, i.source, i.title,
                                event_at=i.event_at) for i in items]
        conn = self.session.connection()
        # DocFeatures.keys sorts the sketch on every call (~0.1 ms): once per article here
        keys_of = [i.doc.keys for i in items]
        keys = list(dict.fromkeys(k for ks in keys_of for k in ks))
        limit = int(self.max_postings)
        batch = _Batch(RawStorySQL.of(conn.dialect), conn.connection.cursor(),
                       BatchPostings(read_postings(conn, _INDEX, keys, limit) if keys else (),
                                     limit))
        try:
            out = [self._assign_in_batch(batch, i, ks)
                   for i, ks in zip(items, keys_of, strict=True)]
            batch.sql.count_stories(batch.cursor, batch.counts)
            batch.sql.add_keys(batch.cursor, batch.keys)
        finally:
            batch.cursor.close()
        return out

    def _assign_in_batch(self, batch: _Batch, item: BatchItem,
                         keys: list[int]) -> Decision[int, int]:
        """:meth:`assign` of one article of a batch (rewrite layer off); ``keys``: its
        ``doc.keys``."""
        sql, cursor, doc = batch.sql, batch.cursor, item.doc
        event, seen, article_id = item.event_at or item.first_seen_at, item.first_seen_at, \
            item.article_id
        shared, sizes, common = self._count_postings(batch.postings.rows(keys))
        ids = shortlist(shared, sizes, len(doc.sketch), common)
        candidates = [_candidate(*row) for row in sql.candidates(
            cursor, ids, event - self.window, event + self.window)] if ids else []
        decision = decide(doc, candidates)
        relation, score = _relation(decision)
        if decision.story_id is None:
            title = item.title
            if title is None:
                title = self.session.connection().execute(
                    _SQL.article_title, {"b_id": article_id}).scalar()
            story_id = sql.new_story(cursor, article_id, (title or "")[:TITLE_MAX], seen, event)
        else:
            story_id = decision.story_id
        root = decision.copy_of
        if decision.merge_stories:
            sql.count_stories(cursor, batch.counts)  # a merge reads the counts: write them
            for other in decision.merge_stories:
                self._merge(story_id, other, article_id, seen)
        for other_root in decision.merge_copy_roots:
            sql.merge_copies(cursor, other_root, root)
        sql.set_article(cursor, article_id, story_id, root, relation, score)
        batch.counts.add(story_id, seen, event)
        sql.add_doc(cursor, article_id, seen, event, features_json(doc, rewrites=False))
        batch.keys.extend(batch.postings.add(article_id, keys))
        return replace(decision, copy_of=root, story_id=story_id)

    def _maybe_split(self, story_id: int, by_article: int, when: datetime) -> None:
        """Split ``story_id`` when its members form two groups (``StoryParams.split_ratio``),
        as ``MemoryIndex`` does: a copy group goes with its canonical article, the first
        moving article is the new story's canonical; both stories' counts and times are
        made again from their articles, and the split is logged (``story_splits``).

        Lock order: the story's row is held by then (``count_story``), before its articles'
        rows are moved; a merge takes its stories' rows first too (:meth:`_merge`)."""
        found = self.rewrites.split_groups(story_id, self._signals_of)
        if found is None:
            return
        leaving, docs = found
        members = [a for a, _ in docs]
        out, here = set(leaving), set(members)
        conn = self.session.connection()
        roots: dict[int, int] = {}
        for chunk in _chunks(members, SQL_CHUNK):
            for a, root in conn.execute(select(ArticleRow.id, ArticleRow.copy_of_id)
                                        .where(ArticleRow.id.in_(chunk))):
                roots[a] = root if root is not None else a
        moving = [m for m in members
                  if roots.get(m, m) in out or (roots.get(m, m) not in here and m in out)]
        canonical = conn.execute(select(Story.canonical_article_id)
                                 .where(Story.id == story_id)).scalar()
        if not moving or len(moving) == len(members) or canonical in moving:
            return
        title = conn.execute(select(ArticleRow.title).where(ArticleRow.id == moving[0])).scalar()
        span = conn.execute(
            select(func.min(ArticleRow.first_seen_at), func.max(ArticleRow.first_seen_at),
                   func.min(ArticleRow.event_at), func.max(ArticleRow.event_at))
            .where(ArticleRow.id.in_(moving))).one()
        new_id = conn.execute(
            _SQL.new_story,
            {"b_id": moving[0], "b_title": (title or "")[:TITLE_MAX], "b_at": span[0],
             "b_event": span[2] or span[0]},
        ).scalar_one()
        for chunk in _chunks(moving, SQL_CHUNK):
            conn.execute(update(ArticleRow).where(ArticleRow.id.in_(chunk))
                         .values(story_id=new_id))
        self._recount([story_id, new_id])
        conn.execute(insert(StorySplit).values(
            story_id=story_id, new_story_id=new_id, by_article_id=by_article,
            members=json.dumps(moving), split_at=when))
        self.rewrites.split(story_id, new_id, moving, docs, span[1])

    def _recount(self, story_ids: Sequence[int]) -> None:
        """Make the article count and the last seen / event times of ``story_ids`` again
        from their articles."""
        for chunk in _chunks(list(story_ids), SQL_CHUNK):
            self.session.execute(
                update(Story).where(Story.id.in_(chunk)).values(
                    article_count=select(func.count()).where(ArticleRow.story_id == Story.id)
                    .correlate(Story).scalar_subquery(),
                    last_seen_at=select(func.max(ArticleRow.first_seen_at))
                    .where(ArticleRow.story_id == Story.id).correlate(Story).scalar_subquery(),
                    first_event_at=select(func.min(ArticleRow.event_at))
                    .where(ArticleRow.story_id == Story.id).correlate(Story).scalar_subquery(),
                    last_event_at=select(func.max(ArticleRow.event_at))
                    .where(ArticleRow.story_id == Story.id).correlate(Story).scalar_subquery(),
                )
            )

    def _merge(self, kept: int, absorbed: int, by_article: int, when: datetime) -> None:
        s = self.session
        # the stories' rows before their articles' (the lock order of _maybe_split)
        s.execute(select(Story.id).where(Story.id.in_(sorted({kept, absorbed})))
                  .order_by(Story.id).with_for_update())
        moved = _rowcount(
            s.execute(
                update(ArticleRow).where(ArticleRow.story_id == absorbed).values(story_id=kept)
            )
        )
        s.execute(
            update(Story).where(Story.id == kept).values(article_count=Story.article_count + moved)
        )
        s.execute(
            update(Story)
            .where((Story.id == absorbed) | (Story.merged_into_id == absorbed))
            .values(merged_into_id=kept)
        )
        s.execute(update(Story).where(Story.id == absorbed).values(article_count=0))
        s.execute(
            update(Story).where(Story.id == kept).values(
                first_event_at=func.coalesce(
                    select(func.min(ArticleRow.event_at))
                    .where(ArticleRow.story_id == kept).scalar_subquery(),
                    Story.first_event_at),
                last_event_at=func.coalesce(
                    select(func.max(ArticleRow.event_at))
                    .where(ArticleRow.story_id == kept).scalar_subquery(),
                    Story.last_event_at),
            )
        )
        s.execute(
            insert(StoryMerge).values(
                kept_story_id=kept,
                absorbed_story_id=absorbed,
                by_article_id=by_article,
                merged_at=when,
                reason="bridging article",
            )
        )
        self.rewrites.merge(kept, absorbed)  # after the story rows are locked (updated above)

    def _add_keys(self, article_id: int, doc: DocFeatures) -> None:
        """The article's ``story_keys`` rows (its ``story_docs`` row is written first)."""
        keys = doc.keys
        if keys:
            n = len(keys)
            conn = self.session.connection()
            sql = _ADD_KEY_PG if conn.dialect.name == "postgresql" else _ADD_KEY_SQLITE
            cursor = conn.connection.cursor()
            try:  # DBAPI executemany: ~100 small rows per article, no per-row SQLAlchemy work
                cursor.executemany(sql, [(k, article_id, n) for k in keys])
            finally:
                cursor.close()

    # maintenance --------------------------------------------------------------------------------

    def prune(self, now: datetime) -> int:
        """Remove index rows first seen before ``now - window``; returns how many articles."""
        cutoff = now - self.window
        self.rewrites.prune(now, self.window)
        old = select(StoryDoc.article_id).where(StoryDoc.seen_at < cutoff)
        self.session.execute(delete(StoryKey).where(StoryKey.article_id.in_(old)))
        return _rowcount(self.session.execute(delete(StoryDoc).where(StoryDoc.seen_at < cutoff)))

    def index_size(self) -> tuple[int, int]:
        """(articles, keys) currently in the candidate index."""
        docs = self.session.scalar(select(func.count()).select_from(StoryDoc)) or 0
        keys = self.session.scalar(select(func.count()).select_from(StoryKey)) or 0
        return int(docs), int(keys)

    def rebuild(self, since: datetime, now: datetime | None = None) -> int:
        """Decide again every article first seen at or after ``since`` (after a threshold change).

        Their memberships and index rows are cleared, stories left without articles are
        deleted, then they are assigned again in event-time order against the articles before
        ``since`` that are still in the index. Returns the number of articles assigned.

        The rewrite layer is rebuilt with them: their terms leave the document frequencies,
        the centroids of their stories are dropped and, with the layer on, made again from the
        members that stay (those before ``since``), and they are decided again with the
        current thresholds (rewrites included). The splits they made are taken back out first
        (:meth:`_undo_splits`): the members a split moved return, and the join is decided
        again, split included. A story with no member since ``since`` keeps
        its centroid as it is; with the layer just turned on it has none, so rebuild from the
        start of the window to give every story in it a centroid.
        """
        s = self.session
        ids = list(
            s.scalars(
                select(ArticleRow.id)
                .where(ArticleRow.first_seen_at >= since)
                .order_by(ArticleRow.first_seen_at, ArticleRow.id)
            )
        )
        undone = self._undo_splits(ids)
        touched = self.rewrites.forget(ids, self._signals_of(self._counted(ids)), undone)
        for chunk in _chunks(ids, SQL_CHUNK):
            s.execute(delete(StoryKey).where(StoryKey.article_id.in_(chunk)))
            s.execute(delete(StoryDoc).where(StoryDoc.article_id.in_(chunk)))
            s.execute(
                update(ArticleRow)
                .where(ArticleRow.id.in_(chunk))
                .values(story_id=None, copy_of_id=None, story_relation=None, story_score=None)
            )
        # older articles re-pointed at a rebuilt one (copy groups, merges) start again from
        # themselves; such links only ever point backwards in time, so there are none normally
        s.execute(
            update(ArticleRow)
            .where(
                ArticleRow.copy_of_id.in_(
                    select(ArticleRow.id).where(ArticleRow.first_seen_at >= since)
                )
            )
            .values(copy_of_id=None)
        )
        live = select(ArticleRow.story_id).where(ArticleRow.story_id.is_not(None))
        s.execute(delete(StoryMerge).where(StoryMerge.kept_story_id.not_in(live)))
        s.execute(
            update(Story).where(Story.merged_into_id.not_in(live)).values(merged_into_id=None)
        )
        s.execute(delete(Story).where(Story.id.not_in(live), Story.merged_into_id.is_(None)))
        s.execute(
            update(Story).values(
                article_count=select(func.count())
                .where(ArticleRow.story_id == Story.id)
                .correlate(Story)
                .scalar_subquery()
            )
        )
        s.execute(
            update(Story)
            .where(Story.merged_into_id.is_(None))
            .values(
                last_seen_at=select(func.max(ArticleRow.first_seen_at))
                .where(ArticleRow.story_id == Story.id)
                .correlate(Story)
                .scalar_subquery(),
                last_event_at=select(func.max(ArticleRow.event_at))
                .where(ArticleRow.story_id == Story.id)
                .correlate(Story)
                .scalar_subquery(),
                first_event_at=select(func.min(ArticleRow.event_at))
                .where(ArticleRow.story_id == Story.id)
                .correlate(Story)
                .scalar_subquery(),
            )
        )
        if self.rewrites.enabled:  # the stories that stay get their centroids back
            self._recentre(touched)
        for chunk in _chunks(ids, SQL_CHUNK):
            rows = s.execute(
                select(
                    ArticleRow.id,
                    ArticleRow.title,
                    ArticleRow.text,
                    ArticleRow.summary,
                    ArticleRow.published_at,
                    ArticleRow.first_seen_at,
                    ArticleRow.event_at,
                    ArticleRow.source,
                )
                .where(ArticleRow.id.in_(chunk))
                .order_by(ArticleRow.event_at, ArticleRow.id)
            ).all()
            for r in rows:
                doc = features(r.title, r.text or r.summary, r.published_at or r.first_seen_at)
                self.assign(r.id, doc, r.first_seen_at, r.source, r.title, event_at=r.event_at)
        self.flush()
        if now is not None:
            self.prune(now)
        return len(ids)

    def _counted(self, article_ids: Sequence[int]) -> list[int]:
        """Those of ``article_ids`` counted in the rewrite document frequencies."""
        out: list[int] = []
        for chunk in _chunks(article_ids, SQL_CHUNK):
            out += self.session.scalars(
                select(ArticleRow.id).where(ArticleRow.id.in_(chunk))
                .where(ArticleRow.rewrite_counted.is_(True)))
        return out

    def _signals_of(self, article_ids: Sequence[int]) -> dict[int, Signals]:
        """The rewrite signals of stored articles (``rewrite_signals``: with their headline
        terms and outlet): from the candidate index's features when the article is still
        there (what was counted), else computed from its text."""
        out: dict[int, Signals] = {}
        for chunk in _chunks(article_ids, SQL_CHUNK):
            for article_id, feats, source in self.session.execute(
                    select(StoryDoc.article_id, StoryDoc.features, ArticleRow.source)
                    .join(ArticleRow, ArticleRow.id == StoryDoc.article_id)
                    .where(StoryDoc.article_id.in_(chunk))):
                data = json.loads(feats)
                if REWRITE_FIELDS[0] in data:  # indexed while the layer was off: from its text
                    out[article_id] = rewrite_signals(DocFeatures.from_json(data), source)
            rest = [i for i in chunk if i not in out]
            if rest:
                for r in self.session.execute(
                        select(ArticleRow.id, ArticleRow.title, ArticleRow.text,
                               ArticleRow.summary, ArticleRow.published_at,
                               ArticleRow.first_seen_at, ArticleRow.source)
                        .where(ArticleRow.id.in_(rest))):
                    doc = features(r.title, r.text or r.summary,
                                   r.published_at or r.first_seen_at)
                    out[r.id] = rewrite_signals(doc, r.source)
        return out

    def _recentre(self, story_ids: Sequence[int]) -> None:
        """Make the centroids of ``story_ids`` again from their current members (their terms
        stay counted in the document frequencies as they were): in their stored order, each
        read without the furniture it was read without (``RewriteStore.saved_members``);
        members without a row (indexed before migration 0015) follow, by event time."""
        saved = self.rewrites.saved_members
        for chunk in _chunks(list(story_ids), SQL_CHUNK):
            members = list(self.session.execute(
                select(ArticleRow.id, ArticleRow.story_id, ArticleRow.first_seen_at)
                .where(ArticleRow.story_id.in_(chunk))
                .order_by(ArticleRow.event_at, ArticleRow.id)).all())
            members.sort(key=lambda m: (m.id not in saved, saved.get(m.id, (0,))[0]))
            signals = self._signals_of([m.id for m in members])
            for m in members:
                self.rewrites.add(m.story_id, signals[m.id], m.first_seen_at, count=False,
                                  article_id=m.id,
                                  furniture=saved[m.id][1] if m.id in saved else frozenset())
        saved.clear()

    def _undo_splits(self, article_ids: Sequence[int]) -> set[int]:
        """Take back out the splits that ``article_ids`` made (newest first): their moved
        members that are still in the new story go back to the story they left (or the story
        it was merged into), and the log rows go. Returns the stories touched."""
        s = self.session
        touched: set[int] = set()
        rows: list[Any] = []
        for chunk in _chunks(article_ids, SQL_CHUNK):
            rows += s.execute(select(StorySplit.id, StorySplit.story_id, StorySplit.new_story_id,
                                     StorySplit.members)
                              .where(StorySplit.by_article_id.in_(chunk))).all()
        for split_id, story_id, new_id, members in sorted(rows, reverse=True):
            target = story_id
            while True:  # the story it left, or where that one was merged
                into = s.scalar(select(Story.merged_into_id).where(Story.id == target))
                if into is None:
                    break
                target = into
            s.execute(update(ArticleRow)
                      .where(ArticleRow.id.in_(json.loads(members)))
                      .where(ArticleRow.story_id == new_id)
                      .values(story_id=target))
            s.execute(delete(StorySplit).where(StorySplit.id == split_id))
            touched |= {target, new_id}
        return touched

    # queries for the CLI ------------------------------------------------------------------------

    def list_stories(
        self, since: datetime, limit: int = 100, min_articles: int = 1, *,
        time: str = "event", min_outlets: int = 1,
    ) -> list[StorySummary]:
        """Stories since ``since``, newest first, with their articles (at least
        ``min_articles`` of them, from at least ``min_outlets`` outlets).

        ``time`` is ``event`` (the story's earliest article by event time: when the news
        happened) or ``seen`` (when monitor first saw it).
        """
        column = Story.first_event_at if time == "event" else Story.first_seen_at
        query = (
            select(Story.id, Story.title, Story.first_seen_at, Story.canonical_article_id,
                   Story.first_event_at)
            .where(column >= since)
            .where(Story.merged_into_id.is_(None))
            .where(Story.article_count >= min_articles)
        )
        if min_outlets > 1:
            outlets = (select(func.count(func.distinct(ArticleRow.source)))
                       .where(ArticleRow.story_id == Story.id).scalar_subquery())
            query = query.where(outlets >= min_outlets)
        stories = self.session.execute(
            query.order_by(column.desc(), Story.id.desc()).limit(limit)).all()
        articles = self._articles_of([r.id for r in stories])
        return [
            StorySummary(
                story_id=r.id,
                title=r.title,
                first_seen_at=r.first_seen_at,
                canonical_article_id=r.canonical_article_id,
                articles=articles.get(r.id, []),
                first_event_at=r.first_event_at,
            )
            for r in stories
        ]

    def get_story(self, story_id: int) -> StorySummary | None:
        """One story (following merges), each article scored against the canonical one."""
        row = self.session.execute(
            select(
                Story.id,
                Story.title,
                Story.first_seen_at,
                Story.canonical_article_id,
                Story.merged_into_id,
                Story.first_event_at,
            ).where(Story.id == story_id)
        ).one_or_none()
        if row is None:
            return None
        if row.merged_into_id is not None:
            return self.get_story(row.merged_into_id)
        arts = self._articles_of([row.id]).get(row.id, [])
        texts = {
            r.id: features(r.title, r.text or r.summary, r.published_at)
            for r in self.session.execute(
                select(
                    ArticleRow.id,
                    ArticleRow.title,
                    ArticleRow.text,
                    ArticleRow.summary,
                    ArticleRow.published_at,
                ).where(ArticleRow.story_id == row.id)
            )
        }
        canonical = texts.get(row.canonical_article_id or -1)
        scored = [
            StoryArticle(
                id=a.id,
                url=a.url,
                source=a.source,
                title=a.title,
                first_seen_at=a.first_seen_at,
                copy_of=a.copy_of,
                similarity=score(canonical, texts[a.id]) if canonical is not None else None,
                event_at=a.event_at,
                relation=a.relation,
                score=a.score,
            )
            for a in arts
        ]
        return StorySummary(row.id, row.title, row.first_seen_at, row.canonical_article_id, scored,
                            first_event_at=row.first_event_at)

    def merges(self, story_id: int) -> list[tuple[int, int | None, datetime]]:
        """(absorbed story, bridging article, when) for merges into ``story_id``."""
        return [
            (r.absorbed_story_id, r.by_article_id, r.merged_at)
            for r in self.session.execute(
                select(StoryMerge.absorbed_story_id, StoryMerge.by_article_id, StoryMerge.merged_at)
                .where(StoryMerge.kept_story_id == story_id)
                .order_by(StoryMerge.merged_at)
            )
        ]

    def splits(self, story_id: int) -> list[tuple[int, int, int | None, datetime, list[int]]]:
        """(story cut, new story, article that showed it, when, moved article ids) for the
        splits that cut ``story_id`` or made it, oldest first."""
        return [
            (r.story_id, r.new_story_id, r.by_article_id, r.split_at, json.loads(r.members))
            for r in self.session.execute(
                select(StorySplit.story_id, StorySplit.new_story_id, StorySplit.by_article_id,
                       StorySplit.split_at, StorySplit.members)
                .where((StorySplit.story_id == story_id) | (StorySplit.new_story_id == story_id))
                .order_by(StorySplit.split_at, StorySplit.id)
            )
        ]

    def _articles_of(self, story_ids: Sequence[int]) -> dict[int, list[StoryArticle]]:
        out: dict[int, list[StoryArticle]] = {}
        canon = aliased(ArticleRow)
        for chunk in _chunks(list(story_ids), SQL_CHUNK):
            rows = self.session.execute(
                select(
                    ArticleRow.id,
                    ArticleRow.story_id,
                    ArticleRow.url,
                    ArticleRow.source,
                    ArticleRow.title,
                    ArticleRow.first_seen_at,
                    canon.url.label("copy_url"),
                    ArticleRow.event_at,
                    ArticleRow.story_relation,
                    ArticleRow.story_score,
                )
                .outerjoin(canon, canon.id == ArticleRow.copy_of_id)
                .where(ArticleRow.story_id.in_(chunk))
                .order_by(ArticleRow.event_at, ArticleRow.id)
            )
            for r in rows:
                out.setdefault(r.story_id, []).append(
                    StoryArticle(r.id, r.url, r.source, r.title, r.first_seen_at, r.copy_url,
                                 event_at=r.event_at, relation=r.story_relation,
                                 score=r.story_score)
                )
        return out


def assign_story(
    session: Session,
    article_id: int,
    article: Article,
    first_seen_at: datetime,
    *,
    window: timedelta = WINDOW,
    params: StoryParams | None = None,
) -> Decision[int, int]:
    """The pipeline's entry point: decide story and copy group of one newly inserted article.

    Call it inside the transaction that inserted the article (``StoredArticle`` gives the
    arguments: ``assign_story(session, s.id, s.article, s.first_seen_at)``). ``params``: the
    rewrite layer's thresholds (``StoryParams``; default off).
    """
    published = article.published_at or first_seen_at
    doc = features(article.title, article.text or article.summary, published)
    store = StoryStore(session, window, params=params)
    decision = store.assign(
        article_id, doc, first_seen_at, article.source, article.title,
        event_at=event_time(article.published_at, first_seen_at),
    )
    store.flush()
    return decision


def assign_stories(
    session: Session,
    new: Sequence[StoredArticle],
    *,
    window: timedelta = WINDOW,
    now: datetime | None = None,
    params: StoryParams | None = None,
    features_of: Callable[[str, str, datetime], DocFeatures] = features,
    batch: bool = True,
) -> list[Decision[int, int]]:
    """:func:`assign_story` for each newly inserted article, in event-time order.

    Fits the pipeline's post-insert stage: ``assign_stories(session, report.new,
    window=timedelta(seconds=settings.stories.window), now=ctx.now)``. With ``now``, index rows
    older than the window are pruned first (one indexed DELETE; cheap when nothing is due).
    ``params``: the rewrite layer's thresholds (``StoryParams``; default off).
    ``features_of``: what gives an article's features from :func:`feature_job`'s arguments
    (default: computed here; the stories stage passes its worker pool's).
    ``batch``: decide them with :meth:`StoryStore.assign_batch` (default; the same decisions
    and rows, fewer statements); ``False``: :meth:`StoryStore.assign` one by one, the
    reference the tests compare the batch with.
    """
    store = StoryStore(session, window, params=params)
    if now is not None:
        store.prune(now)
    items = [BatchItem(item.id, features_of(*feature_job(item.article, item.first_seen_at)),
                       item.first_seen_at, item.article.source, item.article.title,
                       item.event_time)
             for item in sorted(new, key=lambda n: (n.event_time, n.id))]
    if batch:
        out = store.assign_batch(items)
    else:
        out = [store.assign(i.article_id, i.doc, i.first_seen_at, i.source, i.title,
                            event_at=i.event_at) for i in items]
    store.flush()
    return out


def feature_job(article: Article, first_seen_at: datetime) -> tuple[str, str, datetime]:
    """What an article's story features are computed from: its title, its text (else
    summary), its published time (else first-seen time)."""
    return article.title, article.text or article.summary, article.published_at or first_seen_at


@dataclass(frozen=True)
class BatchItem:
    """One article of :meth:`StoryStore.assign_batch`: :meth:`StoryStore.assign`'s arguments."""

    article_id: int
    doc: DocFeatures
    first_seen_at: datetime
    source: str = ""
    title: str | None = None
    event_at: datetime | None = None


@dataclass
class _Batch:
    """The state of one :meth:`StoryStore.assign_batch`."""

    sql: RawStorySQL
    cursor: Any
    postings: BatchPostings
    counts: StoryCounts = field(default_factory=StoryCounts)
    keys: list[tuple[int, int, int]] = field(default_factory=list)


class _Statements:
    """Statements built once (Core, so that each call is a cache hit); the hot path's own are
    the DB-API text of :class:`~monitor.storage.story_batch.RawStorySQL`."""

    def __init__(self) -> None:
        a = cast(Table, ArticleRow.__table__)
        st = cast(Table, Story.__table__)
        at = bindparam("b_at", type_=UTCDateTime())
        event = bindparam("b_event", type_=UTCDateTime())
        self.article_title = select(a.c.title).where(a.c.id == bindparam("b_id"))
        self.new_story = (
            insert(st)
            .values(
                canonical_article_id=bindparam("b_id"),
                title=bindparam("b_title"),
                first_seen_at=at,
                last_seen_at=at,
                first_event_at=event,
                last_event_at=event,
                article_count=0,
            )
            .returning(st.c.id)
        )


_SQL = _Statements()


@functools.lru_cache(maxsize=4)
def _raw_sql(dialect: Any) -> RawStorySQL:
    """The DB-API statements of ``dialect``, built once."""
    return RawStorySQL.of(dialect)


_INDEX = PostingsTable("story_keys", "article_id")
_ADD_KEY_SQLITE = "INSERT INTO story_keys (key, article_id, n_keys) VALUES (?, ?, ?)"
_ADD_KEY_PG = "INSERT INTO story_keys (key, article_id, n_keys) VALUES (%s, %s, %s)"


REWRITE_FIELDS = ("tm", "bd", "en", "y", "ln", "tl")  # DocFeatures.to_json() keys that only
# the rewrite layer reads (story terms, body terms, name words, years, first and last
# sentences): the copy decision never does, so they are not stored while the layer is off


def features_json(doc: DocFeatures, *, rewrites: bool) -> str:
    """``doc`` as stored in ``story_docs.features``: :meth:`DocFeatures.to_json`, without the
    rewrite layer's fields (:data:`REWRITE_FIELDS`) unless ``rewrites`` (the layer is on). A
    rebuild that needs them for an article stored without them computes them from its text."""
    data = doc.to_json()
    if not rewrites:
        for key in REWRITE_FIELDS:
            data.pop(key, None)
    return _FEATURES_JSON.encode(data)


# json.dumps(..., separators=(",", ":")) without making an encoder per article: the same text
_FEATURES_JSON = json.JSONEncoder(separators=(",", ":"))


def _candidate(
    article_id: int,
    feats: str,
    story_id: int | None,
    copy_of_id: int | None,
    story_seen: datetime,
    root_seen: datetime,
) -> Candidate[int, int]:
    assert story_id is not None  # the join on stories guarantees it
    return Candidate(
        article_id=article_id,
        story_id=story_id,
        copy_root=copy_of_id if copy_of_id is not None else article_id,
        story_seen_at=story_seen,
        root_seen_at=root_seen,
        features=_decoded(feats),
    )


# Decoded features remembered per process, by their stored text: an article of a live story
# is a candidate of every later article of that story, and decoding its JSON was ~0.1 ms each
# time (issue 12). Immutable (frozen), so one object serves every decision. ~2 KB each.
FEATURES_CACHE_SIZE = 4096


@functools.lru_cache(maxsize=FEATURES_CACHE_SIZE)
def _decoded(feats: str) -> DocFeatures:
    """A candidate's stored features as the copy rules read them (``match.decide``: sketch,
    title, lead, quotes, numbers, times), without the rewrite layer's fields
    (:data:`REWRITE_FIELDS`), which only the rewrite layer reads, from its own tables (a
    rebuild reads them by ``_signals_of``). With the layer on, making their tuples (the
    ~400 body terms of each candidate decoded) was a tenth of the copy decision's reads and
    set off garbage collections (twentieth session); the layer off stores none of them."""
    data = json.loads(feats)
    for key in REWRITE_FIELDS:
        data.pop(key, None)
    return DocFeatures.from_json(data)


def _relation(decision: Decision[int, int]) -> tuple[str, float | None]:
    """How the copy rules placed an article, and the score of its best match (containment)."""
    best = decision.best
    score = round(best.body, 4) if best is not None else None
    if decision.copy_of is not None:
        return RELATION_COPY, score
    if decision.story_id is not None:
        return RELATION_SAME, score
    return RELATION_CANONICAL, None


def _rowcount(result: Any) -> int:
    """Rows touched by an UPDATE/DELETE (CursorResult.rowcount; 0 when unknown)."""
    return int(getattr(result, "rowcount", 0) or 0)


def _chunks(items: Sequence[int], size: int) -> list[Sequence[int]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


__all__ = [
    "BatchItem",
    "Story",
    "StoryArticle",
    "StoryDoc",
    "StoryKey",
    "StoryMerge",
    "StoryStore",
    "StorySummary",
    "assign_stories",
    "assign_story",
    "features_json",
]
