"""The stored rewrite index (issue 10): the state of :class:`monitor.dedupe.rewrites.RewriteIndex`
in tables, so that several daemons share it and a restart loses nothing.

The decision itself is :meth:`RewriteIndex.matches <monitor.dedupe.rewrites.RewriteIndex.matches>`,
unchanged: for each article, :class:`RewriteStore` loads into a fresh in-memory
``RewriteIndex`` only what that article can need (the document frequencies of the terms
involved, the postings of its rare terms, the centroids of the stories they lead to) and asks
it (the centroids' stored counts are decoded once per process while their rows stay the same:
:class:`_CentroidCache`, validated by the row read each time). So the stored index and the
evaluation's :class:`~monitor.dedupe.index.MemoryIndex` group alike
(``tests/integration/test_story_rewrites.py`` checks it on stories-dev).

Tables:

* ``rewrite_df``: document frequencies, ``(part, term) -> docs``: how many articles counted so
  far carry the term, ``part`` ``t`` for headline + lead terms (``RewriteIndex.df``), ``b``
  for body terms (``RewriteIndex.body_df``) and ``p`` for people named in full
  (``RewriteIndex.people_df``). Counted over every article assigned while the
  layer is on (not bounded by the window: the IDF needs history);
* ``rewrite_totals``: per part, how many articles were counted (``DocFreq.n_docs``);
* ``rewrite_df_stamp``: one row, a random stamp that every transaction writing the two tables
  above changes (migration 0018), so that a process keeps the counts it read while the stamp
  is the one it read them under (:class:`_DocFreqCache`);
* ``rewrite_stories``: per story its centroid (``StoryVector``): summed headline + lead term
  counts, summed body counts (the most frequent :data:`STORED_BODY_TERMS` kept), name words,
  years, counts, the people its members name in full and their outlets (the people rule,
  ``StoryParams.people_rescue``), the first and last event time of its members, its size,
  ``seen_at`` (the
  newest member's first-seen time, for pruning) and ``norms``, the sums that give its TF-IDF
  norm (``RewriteIndex.norm_sums``, computed when it is written), so that scoring it reads the
  article's terms' frequencies only;
* ``rewrite_keys``: the candidate postings, ``(term, story_id)``: every headline + lead term of
  every member; only the rare ones are read (``StoryParams.rare_df``), newest story first and
  at most :data:`MAX_POSTINGS_PER_TERM` per term (a term past it is no key), so that the rows
  read per article do not grow with the window. Primary key term first, WITHOUT ROWID on
  SQLite, like ``story_keys``.

``rewrite_stories`` and ``rewrite_keys`` are pruned with the story index (stories whose newest
member was first seen before the window, :meth:`RewriteStore.prune`), so they are bounded by
the window; ``rewrite_df`` grows with the vocabulary only.

On ``articles``: ``story_relation`` (``canonical``, ``copy``, ``same story``, ``rewrite``) and
``story_score`` (what put the article there: a rewrite's similarity to the story's centroid, a
copy's or same-story member's containment in its best match) say how an article joined its
story; ``rewrite_counted`` marks the articles counted in ``rewrite_df``, so that a rebuild
takes exactly those back out.

Concurrency: the document frequencies of a batch are written once, at the end of the stories
stage (:meth:`RewriteStore.flush`), the stamp first, then totals, then terms in sorted order,
so that two daemons' transactions take these row locks in one order (no deadlock); on
PostgreSQL the stamp and totals rows are then held until the feed's transaction commits, which
serialises the end of concurrent feed transactions while the layer is on. Counts read inside a
batch are the stored ones plus the batch's own; the stored ones come from the process's cache
while the stored stamp is the one they were read (or flushed) under. A centroid is read again
before it is changed unless this transaction wrote it: by then the stories stage has updated
(locked) the ``stories`` row, so two daemons adding to one story do not lose each other's
members.
"""

from __future__ import annotations

import binascii
import json
import secrets
import sys
import threading
from array import array
from collections import Counter, OrderedDict
from collections.abc import Callable, Generator, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache
from itertools import chain, filterfalse, repeat
from operator import add as _plus
from typing import Any, NamedTuple, cast

import numpy as np
import numpy.typing as npt
from sqlalchemy import (
    BigInteger,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    case,
    delete,
    func,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Mapped, Session, mapped_column

from monitor.dedupe.rewrites import (
    DocFreq,
    RewriteIndex,
    RewriteMatch,
    Signals,
    StoryParams,
    StoryVector,
    add_counts,
    sums_of,
)
from monitor.storage.base import Base, UTCDateTime
from monitor.storage.models import Article as ArticleRow

PART_TERMS = "t"  # headline + lead terms: RewriteIndex.df
PART_BODY = "b"  # body terms: RewriteIndex.body_df
PART_PEOPLE = "p"  # people named in full: RewriteIndex.people_df
PARTS = (PART_TERMS, PART_BODY, PART_PEOPLE)
TERM_MAX = 100  # characters: a longer "word" is a URL or glued text, never a name or a place;
# such terms are left out of the stored index, so that its keys stay short on both databases
STORED_BODY_TERMS = 2000  # distinct body terms kept per centroid (the most frequent): five
# articles' worth (BODY_MAX_TERMS = 400 each); the tail of a big story's summed bodies is
# terms seen once, which weigh little in its cosine, and the row stays bounded
SQL_CHUNK = 400  # terms or ids per IN (...) list: under SQLite's bound-parameter limit
VECTOR_CACHE = 256  # centroids kept in memory per store (one batch); a rebuild starts afresh
# past it
CENTROID_CACHE = 4096  # decoded centroids kept per process (LRU, see _CentroidCache): a
# decision reads up to 20 (StoryParams.max_candidates; 50 when this was measured), so this
# holds ~200 decisions' worth of distinct candidates. Measured (docs/benchmarks.md, round 6):
# 52% of the reads at 10k, 22% at 100k, for +117 MB RSS (~29 KB per decoded centroid); 1,024
# entries gave 17% for +27 MB
DF_CACHE = 200_000  # stored counts cached per part and database in a process (and stamp,
# see _DocFreqCache); past it that part's cache starts afresh. ~100 bytes an entry: at most
# ~60 MB for the three parts, whatever the window or the history holds
DF_STAMPS = 2  # stamps whose counts a process keeps per database: the one committed and the
# one its own open transaction wrote (flush), which becomes the committed one at its commit
DF_DATABASES = 4  # databases whose counts a process keeps (a daemon has one; tests many)
STAMP_BITS = 63  # a stamp is a random positive signed 64-bit integer (BIGINT)
STAMP_ROW = 1  # the id of rewrite_df_stamp's one row
READ_AHEAD_SPARE = 4  # centroid rows read past max_candidates in the first page of a
# decision's candidates (rank order): the stubs taken until max_candidates are near the article
# are read whole, so that the candidates among them are not read again; most stories are near
# (the synthetic window: ~20-22 taken for 20), and every row read past them is wasted
MAX_POSTINGS_PER_TERM = 200  # live stories read per rare term (newest first); a term carried
# by more stories than this within the window is not a key: it names a topic, not an event
# (each of those stories gets the same one vote), and reading its whole list made the
# decision grow with the window (0.29 N rows per article). Measured (docs/benchmarks.md,
# issue 10): stories-dev scores the same with 100, 200 and no cap; on the synthetic window
# 100 / 200 / 400 keep 71% / 83% / 91% of the rewrites found at 100k (97% uncapped) for a
# CPU growth 10k -> 100k of 1.09x / 1.03x / 1.53x

RELATION_CANONICAL = "canonical"  # opened its story
RELATION_COPY = "copy"  # near-identical copy (copy rules, articles.copy_of_id)
RELATION_SAME = "same story"  # the copy rules' same-story verdict, not a copy
RELATION_REWRITE = "rewrite"  # joined by the rewrite layer: the same event in other words


class RewriteDf(Base):
    """Document frequency of one term (rewrite layer): articles counted carrying it."""

    __tablename__ = "rewrite_df"
    __table_args__ = ({"sqlite_with_rowid": False},)  # SQLite: lookups read the key b-tree

    # t: headline + lead terms; b: body terms
    part: Mapped[str] = mapped_column(String(1), primary_key=True)
    term: Mapped[str] = mapped_column(String(TERM_MAX), primary_key=True)  # a normalised word
    docs: Mapped[int] = mapped_column(Integer)  # articles counted that carry the term


class RewriteTotal(Base):
    """How many articles the rewrite layer's document frequencies count, per part."""

    __tablename__ = "rewrite_totals"

    part: Mapped[str] = mapped_column(String(1), primary_key=True)  # t or b, as rewrite_df
    docs: Mapped[int] = mapped_column(Integer)  # articles counted


class RewriteDfStamp(Base):
    """The stamp of the stored document frequencies: a new random number from every
    transaction that writes ``rewrite_df`` or ``rewrite_totals`` (migration 0018), so that a
    process may keep the counts it read while the stamp stays the one it read them under
    (:class:`_DocFreqCache`)."""

    __tablename__ = "rewrite_df_stamp"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)  # always 1
    # random (STAMP_BITS), changed by every write of the frequencies: never a value seen before
    stamp: Mapped[int] = mapped_column(BigInteger)


class RewriteStory(Base):
    """A story's centroid for the rewrite layer (while it has a member inside the window)."""

    __tablename__ = "rewrite_stories"

    # the story whose centroid this is
    story_id: Mapped[int] = mapped_column(
        ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    # the newest member's first-seen time: pruning, like story_docs
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # its earliest member's published time: the rewrite window (StoryParams.window) counts from it
    first_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # its latest member's published time: the rewrite window reaches this far after it
    last_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    size: Mapped[int] = mapped_column(Integer)  # members summed into the centroid
    # summed headline + lead term counts, packed: the terms joined by U+001F, U+001E, the
    # counts as base64 of little-endian int32 (dump_counts; JSON before migration 0017)
    terms: Mapped[str] = mapped_column(Text)
    # summed body term counts, packed as terms, the most frequent STORED_BODY_TERMS
    body: Mapped[str] = mapped_column(Text)
    entities: Mapped[str] = mapped_column(Text)  # name words of its members, JSON list
    years: Mapped[str] = mapped_column(Text)  # years its members name, JSON list
    numbers: Mapped[str] = mapped_column(Text)  # (value, word) counts, JSON list of pairs
    # the centroid's norm sums as RewriteIndex caches them, JSON {"t"|"b": [n_docs, S0, S1, S2]},
    # computed when the centroid is written: scoring a candidate then costs the article's
    # terms, not the centroid's (NULL: computed when read, from the centroid's terms)
    norms: Mapped[str | None] = mapped_column(Text)
    # members naming each person in full, packed as terms (NULL: none; migration 0016)
    people: Mapped[str | None] = mapped_column(Text)
    # its members' outlets, JSON list (NULL: unknown, stored before migration 0016): the people
    # rule takes only another outlet's article (StoryParams.people_rescue)
    sources: Mapped[str | None] = mapped_column(Text)


class RewriteKey(Base):
    """A posting of the rewrite candidate index: a headline + lead term -> a story."""

    __tablename__ = "rewrite_keys"
    __table_args__ = (
        Index("ix_rewrite_keys_story_id", "story_id"),
        {"sqlite_with_rowid": False},  # SQLite: a term's postings are one range of the key
    )

    term: Mapped[str] = mapped_column(String(TERM_MAX), primary_key=True)  # a normalised word
    # a story with a member carrying the term
    story_id: Mapped[int] = mapped_column(
        ForeignKey("rewrite_stories.story_id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    )


class RewriteMember(Base):
    """A member of a story's centroid, in arrival order, with the lead sentences it was read
    without (its outlet's furniture): what a split re-reads (``RewriteIndex.split_groups``)."""

    __tablename__ = "rewrite_members"
    __table_args__ = (Index("ix_rewrite_members_story_id_seq", "story_id", "seq"),)

    # the article (a member of one story at a time)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    # the story whose centroid sums it (its centroid row goes, its members go)
    story_id: Mapped[int] = mapped_column(
        ForeignKey("rewrite_stories.story_id", ondelete="CASCADE")
    )
    # arrival order inside the story (a merge appends the absorbed story's members after the
    # kept story's, a split keeps each member's place): RewriteIndex's members order
    seq: Mapped[int] = mapped_column(Integer)
    # fingerprints of the lead sentences not read (the outlet's furniture when it arrived),
    # JSON list; NULL: none
    furniture: Mapped[str | None] = mapped_column(Text)


class RewriteLine(Base):
    """Per outlet, how many articles carried a lead sentence (``RewriteIndex.outlet_lines``):
    a sentence seen before at the outlet is page furniture (``StoryParams.furniture_min``)."""

    __tablename__ = "rewrite_lines"
    __table_args__ = ({"sqlite_with_rowid": False},)  # SQLite: lookups read the key b-tree

    outlet: Mapped[str] = mapped_column(String(200), primary_key=True)  # articles.source
    # crc32 of the sentence's normalised words (DocFeatures.lines)
    fingerprint: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    articles: Mapped[int] = mapped_column(Integer)  # articles counted that carry it
    # the newest of them, first seen: pruned with the story window
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


def stored_signals(doc: Signals) -> Signals:
    """``doc`` without the terms the stored index leaves out (longer than :data:`TERM_MAX`)."""
    if max(map(len, chain(doc.terms, doc.body)), default=0) <= TERM_MAX:
        return doc
    return replace(
        doc,
        terms={t: n for t, n in doc.terms.items() if len(t) <= TERM_MAX},
        body={t: n for t, n in doc.body.items() if len(t) <= TERM_MAX},
    )


class RewriteStore:
    """The stored rewrite index over one session (one transaction).

    ``params.enabled`` decides whether articles are matched and added; pruning, merges and
    :meth:`forget` keep the tables consistent either way. Call :meth:`flush` at the end of a
    batch: document frequencies are written then (see the module docstring).
    """

    def __init__(self, session: Session, params: StoryParams | None = None,
                 max_postings: int = MAX_POSTINGS_PER_TERM) -> None:
        """A store on ``session`` deciding with ``params`` (default: ``StoryParams()``);
        ``max_postings``: live stories read per rare term (:data:`MAX_POSTINGS_PER_TERM`)."""
        self.session = session
        self.params = params or StoryParams()
        self.max_postings = max_postings
        # the stored counts read, by part: the process's (_DOCFREQS) under ``_stamp``, the
        # stamp read at this store's first read (None: this store's own); None: not read yet
        self._df: dict[str, dict[str, int]] | None = None
        self._stamp: int | None = None
        self._totals: dict[str, int] | None = None
        self._pending: dict[str, Counter[str]] = {part: Counter() for part in PARTS}
        self._pending_n: dict[str, int] = dict.fromkeys(PARTS, 0)
        self._lines: dict[tuple[str, int], int] = {}  # stored outlet sentence counts read
        self._pending_lines: Counter[tuple[str, int]] = Counter()  # this batch's
        self._pending_lines_at: dict[tuple[str, int], datetime] = {}
        # members of the stories a rebuild dropped (article id -> (seq, furniture)): how
        # _recentre re-adds them, in their order and read as they were
        self.saved_members: dict[int, tuple[int, frozenset[int]]] = {}
        self._vectors: dict[int, StoryVector] = {}
        # those of _vectors that share their counts with the process cache (read by the
        # decision only): made this store's own before anything changes them
        self._shared: set[int] = set()
        # rows read for a decision that did not decode them (RewriteStore._barred): this
        # store's copies as read, decoded when asked for again
        self._rows: dict[int, _CentroidRow] = {}
        # centroids this store wrote: its transaction holds their rows, so its copies are
        # current; any other is read again before it is changed (another daemon may have)
        self._written: set[int] = set()
        # the rows of the candidates' stubs read by the decision under way (_shared_keys),
        # with their bare readings: what its _views reads instead of reading them again
        self._ahead: dict[int, tuple[_CentroidRow, StoryVector]] = {}
        # the last article's signals and their stored_signals: a decision (matches) and its
        # add read the same object, whose ~280 terms were measured twice
        self._last_signals: tuple[Signals, Signals] | None = None

    def _stored_signals(self, doc: Signals) -> Signals:
        """:func:`stored_signals` of ``doc``, taken once for the object the decision
        (:meth:`matches`) and then :meth:`add` are given (``Signals`` is frozen: the same
        object holds the same terms)."""
        last = self._last_signals
        if last is not None and last[0] is doc:
            return last[1]
        out = stored_signals(doc)
        self._last_signals = (doc, out)
        return out

    @property
    def enabled(self) -> bool:
        """True when the rewrite layer decides (``[stories] rewrites``)."""
        return self.params.enabled

    # document frequencies -----------------------------------------------------------------------

    def docfreq(self, part: str, terms: Iterable[str]) -> DocFreq:
        """A :class:`DocFreq` holding the counts of ``terms`` (stored plus this batch's)."""
        wanted = set(terms)
        cache = self._cached(part, wanted)
        pending = self._pending[part]
        # by C calls (a dict comprehension looped in Python over the ~280 terms of each
        # decision): the same counts, in the same (the set's) order. .get: a Counter's
        # missing key is a Python-level call
        stored = map(cache.__getitem__, wanted)
        counts = dict(zip(wanted, map(_plus, stored, map(pending.get, wanted, repeat(0)))
                          if pending else stored, strict=True))
        return DocFreq.adopt(counts, self.totals()[part] + self._pending_n[part])

    def _cached(self, part: str, wanted: Iterable[str]) -> dict[str, int]:
        """The stored counts of ``part`` read so far (:meth:`_stored_counts`), those of
        ``wanted`` (distinct terms) it lacked read now (0: not stored)."""
        stored = self._stored_counts()
        cache = stored[part]
        if len(cache) > DF_CACHE:  # a new dict: another store may be reading this one
            cache = stored[part] = {}
        # each term of ``wanted`` looked up in the cache (never ``wanted - cache.keys()``,
        # which copies ``wanted`` and then walks the whole cache)
        missing = sorted(filterfalse(cache.__contains__, wanted))
        if missing:
            found = _read_df(self.session.connection(), part, missing)
            # by C calls, in the same (sorted) order: a loop per term read (~66 an arrival)
            cache.update(zip(missing, map(found.get, missing, repeat(0)), strict=True))
        return cache

    def _norm_sums(self, part: str, counts: Mapping[str, int]) -> tuple[int, float, float, float]:
        """A centroid's norm sums of ``part`` (``RewriteIndex.norm_sums`` of its ``counts``
        with :meth:`docfreq` of them), without making that :class:`DocFreq`: the counts
        (stored plus this batch's) gathered into an array by C calls (:func:`sums_of`, the
        same doubles). A centroid written is summed over all its terms (~320 an arrival on
        the synthetic window), where building the set and the dict of their counts cost as
        much as the sums (twentieth session)."""
        cache = self._cached(part, counts.keys())
        n = len(counts)
        n_docs = self.totals()[part] + self._pending_n[part]
        if not n:
            return (n_docs, 0.0, 0.0, 0.0)
        docs = np.fromiter(map(cache.__getitem__, counts), dtype=np.int64, count=n)
        pending = self._pending[part]
        if pending:
            docs += np.fromiter(map(pending.get, counts, repeat(0, n)), dtype=np.int64, count=n)
        return sums_of(counts, docs, n_docs)

    def _stored_counts(self) -> dict[str, dict[str, int]]:
        """The stored counts read so far, by part: at this store's first read, those its
        process keeps under the stored stamp (:class:`_DocFreqCache`: read by earlier
        batches, or written by this process's own flush, while no other transaction wrote
        the frequencies since), else a new cache for that stamp."""
        if self._df is None:
            conn = self.session.connection()
            self._stamp = _read_stamp(conn)
            self._df = _DOCFREQS.counts(_database_key(conn), self._stamp)
        return self._df

    def totals(self) -> dict[str, int]:
        """Articles counted per part (stored; this batch's not included)."""
        if self._totals is None:
            rows = dict(self.session.connection().execute(_SQL.totals).all())
            self._totals = {part: int(rows.get(part, 0)) for part in PARTS}
        return self._totals

    def flush(self) -> None:
        """Write this batch's document frequencies: the stamp first (a new random one), then
        totals, then terms in sorted order (one lock order for every daemon). Nothing to
        write: no statement.

        When the stored stamp was still the one this store read its counts under (nothing
        else wrote the frequencies since: the stamp's update compares it, holding its row),
        the stored counts are now those plus this batch's, and the process keeps them under
        the new stamp (:meth:`_DocFreqCache.advance`), which is the stored one once this
        transaction commits (if it rolls back, that stamp is never stored: no process
        matches it). Otherwise the next read starts from the stamp stored then."""
        if not any(self._pending_n.values()):
            return
        conn = self.session.connection()
        pg = conn.dialect.name == "postgresql"
        stamp = secrets.randbits(STAMP_BITS)
        cursor = conn.connection.cursor()
        try:
            kept = False
            if self._df is not None and self._stamp is not None:
                cursor.execute(_pg_marks(_STAMP_SWAP_SQL) if pg else _STAMP_SWAP_SQL,
                               (stamp, STAMP_ROW, self._stamp))
                kept = cursor.rowcount == 1
            if not kept:
                cursor.execute(_pg_marks(_STAMP_SET_SQL) if pg else _STAMP_SET_SQL,
                               (stamp, STAMP_ROW))
            cursor.executemany(_UPSERT_TOTAL_PG if pg else _UPSERT_TOTAL_SQLITE,
                               [(part, self._pending_n[part]) for part in PARTS
                                if self._pending_n[part]])
            rows = sorted((part, t, n) for part in PARTS for t, n in self._pending[part].items())
            if rows and pg:  # one statement: hundreds of rows per article, one round trip
                parts, terms, counts = (list(c) for c in zip(*rows, strict=True))
                cursor.execute(_UPSERT_DF_PG, (parts, terms, counts))
            elif rows:
                cursor.executemany(_UPSERT_DF_SQLITE, rows)
        finally:
            cursor.close()
        self._flush_lines(conn)
        totals = self.totals()
        if kept and self._df is not None:
            self._df = _DOCFREQS.advance(_database_key(conn), stamp, self._df, self._pending)
            self._stamp = stamp
        else:  # read again (this transaction's reads include its own writes)
            self._df = self._stamp = None
        for part in PARTS:
            totals[part] += self._pending_n[part]
            self._pending[part].clear()
            self._pending_n[part] = 0

    def _flush_lines(self, conn: Connection) -> None:
        """Write this batch's outlet sentence counts, in (outlet, fingerprint) order, after
        the document frequencies (the same lock order for every daemon)."""
        if not self._pending_lines:
            return
        rows = [{"outlet": o, "fingerprint": h, "articles": n,
                 "seen_at": self._pending_lines_at[(o, h)]}
                for (o, h), n in sorted(self._pending_lines.items())]
        module: Any = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = module.insert(RewriteLine)
        current = RewriteLine.__table__.c
        stmt = stmt.on_conflict_do_update(
            index_elements=["outlet", "fingerprint"],
            set_={"articles": current.articles + stmt.excluded.articles,
                  "seen_at": case((stmt.excluded.seen_at > current.seen_at,
                                   stmt.excluded.seen_at), else_=current.seen_at)},
        )
        conn.execute(stmt, rows)
        for key, n in self._pending_lines.items():
            if key in self._lines:
                self._lines[key] += n
        self._pending_lines.clear()
        self._pending_lines_at.clear()

    # per-outlet furniture -----------------------------------------------------------------------

    def outlet_counts(self, outlet: str, fingerprints: Iterable[int]) -> Counter[int]:
        """Articles of ``outlet`` counted so far carrying each lead sentence of
        ``fingerprints`` (stored plus this batch's): ``RewriteIndex.outlet_lines[outlet]``."""
        wanted = set(fingerprints)
        if len(self._lines) > DF_CACHE:
            self._lines.clear()
        missing = sorted(h for h in wanted if (outlet, h) not in self._lines)
        if missing:
            found: dict[int, int] = {}
            conn = self.session.connection()
            cursor = conn.connection.cursor()
            try:  # DB-API: once per article, SQLAlchemy's expanding IN cost more than the query
                for i in range(0, len(missing), SQL_CHUNK):
                    ids = missing[i : i + SQL_CHUNK]
                    cursor.execute(_LINES_SQL.format(marks=_marks(conn, len(ids)),
                                                     mark=_marks(conn, 1)), [outlet, *ids])
                    found.update((int(h), int(n)) for h, n in cursor.fetchall())
            finally:
                cursor.close()
            for h in missing:
                self._lines[(outlet, h)] = int(found.get(h, 0))
        return Counter({h: self._lines[(outlet, h)] + self._pending_lines[(outlet, h)]
                        for h in wanted})

    def _load_lines(self, index: RewriteIndex[int], doc: Signals) -> frozenset[int]:
        """Give ``index`` the outlet counts ``doc``'s furniture removal reads; returns the
        fingerprints of the lead sentences it will not read."""
        p = self.params
        if not p.furniture_min or not doc.source or not doc.lines:
            return frozenset()
        seen = self.outlet_counts(doc.source, (h for h, _ in doc.lines))
        index.outlet_lines = {doc.source: seen}
        return frozenset(h for h, _ in doc.lines if seen[h] >= p.furniture_min)

    def as_added(self, doc: Signals, furniture: Iterable[int]) -> Signals:
        """``doc`` read as it was when added: without the lead sentences ``furniture`` (the
        fingerprints :meth:`add` recorded), by ``RewriteIndex.defurnish`` itself."""
        p = self.params
        dropped = frozenset(furniture)
        if not dropped or not p.furniture_min or not doc.source:
            return doc
        index: RewriteIndex[int] = RewriteIndex(p)
        index.outlet_lines = {doc.source: Counter(dict.fromkeys(dropped, p.furniture_min))}
        return index.defurnish(doc)

    # the decision -------------------------------------------------------------------------------

    def matches(self, doc: Signals) -> list[RewriteMatch[int]]:
        """The stories ``doc`` rewrites, best first (``RewriteIndex.matches``); empty: none.

        Candidates come from the postings of its rare terms (never all stories); only the
        centroids of the candidates ``RewriteIndex.candidates`` keeps are read in full.
        """
        p = self.params
        doc = self._stored_signals(doc)
        if not p.enabled or not doc.terms:
            return []
        index: RewriteIndex[int] = RewriteIndex(p)
        self._load_lines(index, doc)
        clean = index.defurnish(doc)  # what matches() reads (it defurnishes doc itself)
        index.df = self.docfreq(PART_TERMS, clean.terms)
        # the rarity rule of RewriteIndex.candidates, so that the postings of common terms
        # (every story has "said") are not read; candidates() applies it again
        limit = max(1.0, p.rare_df * index.df.n_docs)
        rare = [t for t in clean.terms if index.df.count(t) <= limit]
        try:
            index.shared, index.stories = self._shared_keys(rare, doc.at)
            index.born = {s: s for s in index.stories}  # story ids grow as stories are made
            wanted = index.candidates(clean.terms, doc.at)
            if not wanted:
                return []
            wide = bool(p.core_min or p.names_min or p.head_min or p.same_source_title)
            if p.learned_min or p.margin or wide:  # a vetoed candidate's score is read
                full = self._views(wanted)  # read only: index.matches changes no centroid
            else:
                full = self._views(wanted, bar=self._barred(index, clean))
        finally:
            self._ahead.clear()  # read for this decision only
        index.stories.update(full)
        n_t = index.df.n_docs
        n_b = self.totals()[PART_BODY] + self._pending_n[PART_BODY]
        # the frequencies of the article's terms; of a centroid's only when its stored norm
        # sums are stale (or a rule reads the story's own terms' weights)
        read = [v for v in full.values() if wide or RewriteIndex.norms_stale(v, n_t, n_b)]
        if read:  # else the counts above, of the same terms (nothing was counted since)
            index.df = self.docfreq(PART_TERMS, chain(clean.terms, *(v.terms for v in read)))
        index.body_df = self.docfreq(PART_BODY, chain(clean.body, *(v.body for v in read)))
        if p.people_rescue:
            index.people_df = self.docfreq(PART_PEOPLE, clean.people)
        return index.matches(doc)

    def _shared_keys(
        self, terms: Sequence[str], at: datetime | None
    ) -> tuple[dict[int, int], dict[int, StoryVector]]:
        """The live stories within the window of ``at`` that ``RewriteIndex.candidates`` can
        pick, each with how many keys among ``terms`` lead to it (its ``shared`` count) and a
        stub vector with its times and size (what ``candidates`` reads): its bare reading
        (:func:`_bare_row`), whose row is kept for this decision's :meth:`_views`
        (``_ahead``), so that a candidate's row is read once (nineteenth session: the stubs
        and then the candidates' rows were two statements, reading most rows twice).

        Each term's postings are counted up to ``max_postings`` + 1 (an index-only range of
        ``rewrite_keys``); a term with more is left out (see :data:`MAX_POSTINGS_PER_TERM`):
        the terms left are the keys. The same statement hands over the story of each of
        their postings (one value); counted per story (the keys that lead to it: one posting
        per key and story) and ranked most shared first, newest first among equals
        (:func:`_rank_postings`, round 13: the database's GROUP BY was three quarters of the
        statement), they are taken ``max_candidates`` + :data:`READ_AHEAD_SPARE` at a time
        (a page of centroid rows read in one statement), in that order until
        ``max_candidates`` of them are live and near ``at``. ``candidates`` ranks them by
        the same counts in the same order (most keys, then highest id) and picks the same
        first ``max_candidates`` near ones: a story ranked after them could not be picked
        (taking the rest of the page, as before round 12, only made stubs that nothing
        picked), and the counts are what it counted over the postings (which the database no
        longer hands over: aggregating each story's keys was 30% of the statement, round
        12). The rows read per article are bounded whatever the window holds, and only the
        stories needed reach Python (reading every posting into Python sets was a quarter of
        the decision, issue 10 round 10; counting and ranking in two statements cost 1.6x as
        much, round 11)."""
        shared: dict[int, int] = {}
        stubs: dict[int, StoryVector] = {}
        self._ahead.clear()
        if not terms:
            return shared, stubs
        conn = self.session.connection()
        want = self.params.max_candidates
        step = max(1, want + READ_AHEAD_SPARE)
        w = self.params.window
        near = 0
        # most shared keys first, newest among equals
        ranked = _ranked_stories(conn, sorted(set(terms)), self.max_postings, step)
        try:
            for page in ranked:
                if near >= want:  # (max_candidates 0: none read)
                    break
                found = {row.story_id: row for row in _read_centroids(conn, list(page),
                                                                       live=True)}
                for story_id, n in page.items():  # in rank order
                    if near >= want:
                        break
                    row = found.get(story_id)
                    if row is None:  # no centroid, or merged into another story
                        continue
                    stub = _bare_row(row)  # its times and size, and what the veto reads
                    stubs[story_id] = stub
                    shared[story_id] = n
                    self._ahead[story_id] = (row, stub)
                    first, last = stub.first, stub.last
                    near += (at is None or first is None or last is None
                             or first - w <= at <= last + w)
        finally:
            ranked.close()
        return shared, stubs

    def vectors(self, story_ids: Iterable[int]) -> dict[int, StoryVector]:
        """The stored centroids of ``story_ids`` (those that have one), each a copy of its own
        (the caller may change it). A row is decoded once per process while it stays the
        same (:data:`_CENTROIDS`): the row is read here every time, so what another daemon
        wrote is what is returned."""
        return self._centroids(story_ids, owned=True)

    def _views(self, story_ids: Iterable[int],
               bar: _Bar | None = None) -> dict[int, StoryVector]:
        """:meth:`vectors` for reading only (the decision): a centroid read now shares its
        counts with the process cache instead of copying them (a copy of a 2,000-term body
        per candidate cost more than scoring it, issue 10 round 11); only its norm sums are
        its own. Such a view is copied before anything changes it (:meth:`vectors`).

        ``bar`` (see :meth:`_barred`): a centroid it bars comes bare (:func:`_bare`: no
        counts, not decoded; a row read so is kept undecoded as this store's copy)."""
        return self._centroids(story_ids, owned=False, bar=bar)

    @staticmethod
    def _barred(index: RewriteIndex[int], doc: Signals) -> _Bar:
        """The candidates whose counts the decision of ``doc`` in ``index`` need not read:
        those ``index.vetoed`` rejects (whatever their similarity: with the rules deciding
        and no ``margin``, nothing else reads a vetoed candidate's score). A bare candidate
        scores 0.0 and is vetoed: ``RewriteIndex.matches`` finds what it finds with the full
        centroid. On the synthetic window 44% of the candidates are vetoed (issue 10, round
        12). Until the eighteenth session a candidate with stale norm sums was read in full
        all the same, because scoring it refreshed the sums that later decisions of the batch
        read; scoring has no side effect now (``RewriteIndex._norm``)."""
        def barred(vec: StoryVector, has_terms: bool, has_body: bool) -> bool:
            return index.vetoed(doc, vec) is not None
        return barred

    def _centroids(self, story_ids: Iterable[int], *, owned: bool,
                   bar: _Bar | None = None) -> dict[int, StoryVector]:
        """The centroids of ``story_ids``: this store's copy when it has one (made its own
        first when ``owned`` and it is a view), else read (a copy when ``owned``, else a
        view), and kept as this store's copy; bare (:func:`_bare`) when ``bar`` bars it (a
        row read so is kept as read, undecoded: ``_rows``)."""
        out: dict[int, StoryVector] = {}
        missing = []
        kept: list[tuple[_CentroidRow, StoryVector | None]] = []
        for s in story_ids:
            vec = self._vectors.get(s)
            if vec is not None and bar is not None and bar(vec, bool(vec.terms), bool(vec.body)):
                out[s] = _bare(vec)
            elif vec is not None:
                if owned and s in self._shared:
                    self._vectors[s] = _owned(self._vectors[s])
                    self._shared.discard(s)
                out[s] = self._vectors[s]
            elif s in self._rows:
                kept.append((self._rows[s], None))
            elif s in self._ahead:  # read by this decision's _shared_keys, with its bare reading
                kept.append(self._ahead[s])
            else:
                missing.append(s)
        if len(self._vectors) + len(self._rows) > VECTOR_CACHE:  # what this store wrote
            self._forget_copies()  # reads back the same
        chunks: list[Iterable[tuple[_CentroidRow, StoryVector | None]]] = []
        if missing:  # the session's connection only when a row is read (most calls have
            # every row kept already: the decision's candidates come with their stubs' rows)
            conn = self.session.connection()
            chunks = [zip(_read_centroids(conn, missing[i : i + SQL_CHUNK]), repeat(None))
                      for i in range(0, len(missing), SQL_CHUNK)]
        for row, bare in chain(kept, *chunks):
            if bar is not None:
                bare = _bare_row(row) if bare is None else bare
                if bar(bare, _has_counts(row.terms), _has_counts(row.body)):
                    out[row.story_id] = bare
                    self._rows[row.story_id] = row
                    continue
            self._rows.pop(row.story_id, None)
            vec = _CENTROIDS.get(row) if owned else _CENTROIDS.view(row, bare)
            out[row.story_id] = self._vectors[row.story_id] = vec
            if not owned:
                self._shared.add(row.story_id)
        return out

    def _forget_copy(self, story_id: int) -> None:
        """Drop this store's copy of ``story_id``'s centroid (decoded or not)."""
        self._vectors.pop(story_id, None)
        self._shared.discard(story_id)
        self._rows.pop(story_id, None)

    def _forget_copies(self) -> None:
        """Drop every copy of a centroid this store holds."""
        self._vectors.clear()
        self._shared.clear()
        self._rows.clear()

    # updates ----------------------------------------------------------------------------------

    def add(self, story_id: int, doc: Signals, seen_at: datetime, *,
            article_id: int | None = None, count: bool = True,
            furniture: Iterable[int] | None = None, fresh: bool = False) -> None:
        """Add an article's signals to ``story_id``'s centroid and postings (``RewriteIndex.add``)
        and, with ``count``, its terms to the document frequencies and its lead sentences to
        its outlet's counts (written by :meth:`flush`; ``article_id`` is then marked
        ``rewrite_counted``). ``article_id`` becomes the story's last member
        (``rewrite_members``). ``furniture``: the lead sentences not to read (a member re-added
        by a rebuild, as it was read); None: its outlet's furniture now. ``fresh``: the
        story was made by this very decision (``StoryStore.assign``), so it has no centroid
        yet and none is read (a statement per new story that always found nothing)."""
        doc = self._stored_signals(doc)
        self._refresh([story_id])
        index: RewriteIndex[int] = RewriteIndex(self.params)
        index.sums_on_write = False  # _save takes them, with the stored frequencies
        if not fresh:
            index.stories.update(self.vectors([story_id]))
        old = index.stories.get(story_id)
        # the story's postings are its centroid's terms (add, merge, split, prune and _drop
        # write or remove them together), so only the article's other terms are new rows:
        # each term already posted was an INSERT OR IGNORE that found its row (a third of
        # an arrival's ~50 terms on the synthetic window; twentieth session)
        posted = frozenset(old.terms) if old is not None else frozenset()
        if furniture is None:
            dropped = self._load_lines(index, doc)
        else:
            dropped = frozenset(furniture)
            doc = self.as_added(doc, dropped)
        index.add(story_id, doc)
        if count:  # before the centroid's norms are computed: they count this article
            for part, df in ((PART_TERMS, index.df), (PART_BODY, index.body_df),
                             (PART_PEOPLE, index.people_df)):
                add_counts(self._pending[part], dict(df.items()))
                self._pending_n[part] += df.n_docs
            self._count_lines(doc, seen_at)
            if article_id is not None:
                _execute(self.session.connection(), _MARK_COUNTED_SQL, (True, article_id))
        self._save(story_id, index.stories[story_id], seen_at)
        terms = sorted(t for t, owners in index.postings.items()
                       if story_id in owners and t not in posted)
        self._add_postings(story_id, terms)
        if article_id is not None:
            self._add_member(story_id, article_id, dropped)

    def _count_lines(self, doc: Signals, seen_at: datetime) -> None:
        """Count ``doc``'s lead sentences at its outlet (each once), whatever
        ``furniture_min``: a rebuild then takes exactly what was counted back out."""
        if not doc.source or not doc.lines:
            return
        for h in {h for h, _ in doc.lines}:
            key = (doc.source, h)
            self._pending_lines[key] += 1
            before = self._pending_lines_at.get(key)
            self._pending_lines_at[key] = seen_at if before is None else max(before, seen_at)

    def _add_member(self, story_id: int, article_id: int, furniture: frozenset[int]) -> None:
        """``article_id`` as the last member of ``story_id`` (moved there if it was in
        another: a rebuild assigns again)."""
        _execute(self.session.connection(), _ADD_MEMBER_SQL,
                 (article_id, story_id, _dump(sorted(furniture)) if furniture else None,
                  story_id))

    def members(self, story_id: int) -> list[tuple[int, frozenset[int]]]:
        """(article id, lead sentences not read) of ``story_id``'s members, in arrival order."""
        rows = self.session.connection().execute(_SQL.members, {"b_story": story_id})
        return [(int(a), frozenset(json.loads(f)) if f else frozenset()) for a, f in rows]

    def split_groups(
        self, story_id: int, signals_of: Callable[[Sequence[int]], Mapping[int, Signals]]
    ) -> tuple[list[int], list[tuple[int, Signals]]] | None:
        """The members that should leave ``story_id`` (``RewriteIndex.split_groups`` on its
        stored members, each read as it was added), with every member's signals as read (for
        :meth:`split`); None: no split, or the story is not examined (the layer or the split
        off, its size outside ``2 x split_min .. split_max``, members without rows: indexed
        before migration 0015). ``signals_of``: the stored articles' rewrite signals by id."""
        p = self.params
        if not p.enabled or not p.split_ratio:
            return None
        vec = self.vectors([story_id]).get(story_id)
        if vec is None or vec.size < 2 * p.split_min or vec.size > p.split_max:
            return None
        members = self.members(story_id)
        if len(members) != vec.size:
            return None
        found = signals_of([a for a, _ in members])
        if any(a not in found for a, _ in members):
            return None
        docs = [(a, self.as_added(stored_signals(found[a]), f)) for a, f in members]
        index: RewriteIndex[int] = RewriteIndex(p)
        index.df = self.docfreq(PART_TERMS, chain(*(d.terms for _, d in docs)))
        index.body_df = self.docfreq(PART_BODY, chain(*(d.body for _, d in docs)))
        index.stories[story_id] = StoryVector(members=list(docs))
        leaving = index.split_groups(story_id)
        if not leaving:
            return None
        return [cast(int, a) for a in leaving], docs

    def split(self, story_id: int, new_id: int, moving: Sequence[int],
              docs: Sequence[tuple[int, Signals]], new_seen_at: datetime) -> None:
        """Move the members ``moving`` of ``story_id`` to the new story ``new_id``: both
        centroids and their postings are made again from their members' signals ``docs``
        (from :meth:`split_groups`), as ``RewriteIndex.split`` does; the members keep their
        order. ``new_seen_at``: the newest moving member's first-seen time."""
        index: RewriteIndex[int] = RewriteIndex(self.params)
        index.sums_on_write = False  # _save takes them, with the stored frequencies
        index.stories[story_id] = StoryVector(members=list(docs))
        index.split(story_id, new_id, moving)
        conn = self.session.connection()
        seen = conn.execute(_SQL.seen_at, {"ids": [story_id]}).scalar_one()
        conn.execute(delete(RewriteKey).where(RewriteKey.story_id == story_id))
        self._save(new_id, index.stories[new_id], new_seen_at)
        if story_id in index.stories:
            self._save(story_id, index.stories[story_id], seen)
        for sid in (story_id, new_id):
            self._add_postings(sid, sorted(t for t, owners in index.postings.items()
                                           if sid in owners))
        for i in range(0, len(moving), SQL_CHUNK):
            conn.execute(update(RewriteMember)
                         .where(RewriteMember.article_id.in_(list(moving[i : i + SQL_CHUNK])))
                         .values(story_id=new_id))

    def _save(self, story_id: int, vec: StoryVector, seen_at: datetime) -> None:
        if len(vec.body) > STORED_BODY_TERMS:
            top = sorted(vec.body.items(), key=lambda kv: (-kv[1], kv[0]))[:STORED_BODY_TERMS]
            vec.body = Counter(dict(top))
        # the norm sums of the centroid as stored, with today's frequencies: those
        # RewriteIndex.norm_sums takes (headline + lead, then the body if it has one)
        vec.cache.clear()
        vec.cache["t"] = self._norm_sums(PART_TERMS, vec.terms)
        if vec.body:
            vec.cache["b"] = self._norm_sums(PART_BODY, vec.body)
        norms = dict(vec.cache)
        self._forget_copy(story_id)
        self._vectors[story_id] = vec
        self._written.add(story_id)
        conn = self.session.connection()
        when = _time_writer(conn.dialect)
        values = {
            "story_id": story_id,
            "seen_at": when(seen_at),
            "first_at": when(vec.first),
            "last_at": when(vec.last),
            "size": vec.size,
            "terms": dump_counts(vec.terms),
            "body": dump_counts(vec.body),
            "entities": _dump(sorted(vec.entities)),
            "years": _dump(sorted(vec.years)),
            "numbers": _dump(sorted([list(n) for n in vec.numbers])),
            "norms": dump_norms(norms),
            "people": dump_counts(dict(sorted(vec.people.items()))) if vec.people else None,
            "sources": _dump(sorted(vec.sources)) if vec.sources else None,
        }
        _execute(conn, _SAVE_SQL, tuple(values[k] for k in _SAVED))

    def _add_postings(self, story_id: int, terms: Sequence[str]) -> None:
        if not terms:
            return
        conn = self.session.connection()
        cursor = conn.connection.cursor()
        try:  # DBAPI: tens of small rows per article (PostgreSQL: one statement)
            if conn.dialect.name == "postgresql":
                cursor.execute(_ADD_KEYS_PG, (story_id, list(terms)))
            else:
                cursor.executemany(_ADD_KEY_SQLITE, [(t, story_id) for t in terms])
        finally:
            cursor.close()

    def merge(self, kept: int, absorbed: int) -> None:
        """Fold ``absorbed``'s centroid and postings into ``kept`` (``RewriteIndex.merge``)."""
        self._refresh([kept, absorbed])
        vectors = self.vectors([kept, absorbed])
        if absorbed not in vectors:
            return
        conn = self.session.connection()
        seen = conn.execute(_SQL.seen_at, {"ids": [kept, absorbed]}).scalar_one()
        index: RewriteIndex[int] = RewriteIndex(self.params)
        index.sums_on_write = False  # _save takes them, with the stored frequencies
        index.stories.update(vectors)
        index.merge(kept, absorbed)
        self._save(kept, index.stories[kept], seen)
        sql = _MOVE_KEYS_PG if conn.dialect.name == "postgresql" else _MOVE_KEYS_SQLITE
        conn.exec_driver_sql(sql, (kept, absorbed))
        # the absorbed story's members follow the kept story's, in their order
        last = conn.execute(_SQL.last_seq, {"b_story": kept}).scalar() or 0
        conn.execute(update(RewriteMember).where(RewriteMember.story_id == absorbed)
                     .values(story_id=kept, seq=RewriteMember.seq + int(last)))
        self._drop([absorbed])

    def _drop(self, story_ids: Sequence[int]) -> None:
        """Remove the centroids and postings of ``story_ids``."""
        conn = self.session.connection()
        for i in range(0, len(story_ids), SQL_CHUNK):
            chunk = list(story_ids[i : i + SQL_CHUNK])
            conn.execute(delete(RewriteMember).where(RewriteMember.story_id.in_(chunk)))
            conn.execute(delete(RewriteKey).where(RewriteKey.story_id.in_(chunk)))
            conn.execute(delete(RewriteStory).where(RewriteStory.story_id.in_(chunk)))
            for s in chunk:
                self._forget_copy(s)
                self._written.discard(s)

    def _refresh(self, story_ids: Iterable[int]) -> None:
        """Forget the cached copies of centroids this store has not written, so that they are
        read again (the caller changes them; the story rows are locked by then: the stories
        stage updates ``stories`` first, so two daemons never lose each other's members)."""
        for s in story_ids:
            if s not in self._written:
                self._forget_copy(s)

    # maintenance --------------------------------------------------------------------------------

    def prune(self, now: datetime, window: timedelta) -> int:
        """Drop the centroids, members and postings of stories whose newest member was first
        seen before ``now - window``, and the outlet sentence counts last seen before it;
        returns how many stories."""
        cutoff = now - window
        old = select(RewriteStory.story_id).where(RewriteStory.seen_at < cutoff)
        s = self.session
        s.execute(delete(RewriteLine).where(RewriteLine.seen_at < cutoff))
        self._lines.clear()
        s.execute(delete(RewriteMember).where(RewriteMember.story_id.in_(old)))
        s.execute(delete(RewriteKey).where(RewriteKey.story_id.in_(old)))
        result = s.execute(delete(RewriteStory).where(RewriteStory.seen_at < cutoff))
        self._forget_copies()
        self._written.clear()
        return int(getattr(result, "rowcount", 0) or 0)

    def forget(self, article_ids: Sequence[int], signals: Mapping[int, Signals],
               stories: Iterable[int] = ()) -> list[int]:
        """Take articles out of the index before they are decided again (rebuild).

        Subtracts from the document frequencies and the outlet sentence counts the articles
        marked ``rewrite_counted`` (``signals``: their signals, by id, for those), drops the
        centroids of the stories they belong to and of ``stories`` (the caller re-adds the
        members that stay: :attr:`saved_members` keeps their order and furniture) and clears
        the marks. Returns those stories' ids.
        """
        conn = self.session.connection()
        touched: set[int] = set(stories)
        counted: list[int] = []
        for i in range(0, len(article_ids), SQL_CHUNK):
            chunk = list(article_ids[i : i + SQL_CHUNK])
            for article_id, story_id, was_counted in conn.execute(_SQL.members_of,
                                                                  {"ids": chunk}):
                if story_id is not None:
                    touched.add(story_id)
                if was_counted:
                    counted.append(article_id)
        minus: dict[str, Counter[str]] = {part: Counter() for part in PARTS}
        minus_n = dict.fromkeys(PARTS, 0)
        lines: Counter[tuple[str, int]] = Counter()
        for article_id in counted:
            doc = signals.get(article_id)
            if doc is None:
                continue
            doc = stored_signals(doc)
            if doc.source:
                lines.update((doc.source, h) for h in {h for h, _ in doc.lines})
            for part, terms in ((PART_TERMS, doc.terms), (PART_BODY, doc.body),
                                (PART_PEOPLE, doc.people)):
                delta = DocFreq()
                delta.add(terms)
                minus[part].update(dict(delta.items()))
                minus_n[part] += delta.n_docs
        if any(minus_n.values()):  # stamp, totals, then terms in order (as flush)
            _execute(conn, _STAMP_SET_SQL, (secrets.randbits(STAMP_BITS), STAMP_ROW))
            conn.execute(_SQL.minus_total, [{"b_part": part, "b_n": n}
                                            for part, n in minus_n.items() if n])
            rows = [{"b_part": part, "b_term": t, "b_n": n}
                    for part in PARTS for t, n in sorted(minus[part].items())]
            if rows:
                conn.execute(_SQL.minus_df, rows)
            conn.execute(delete(RewriteDf).where(RewriteDf.docs <= 0))
        if lines:  # after the terms, in order (as flush)
            conn.execute(_SQL.minus_line, [{"b_outlet": o, "b_fp": h, "b_n": n}
                                           for (o, h), n in sorted(lines.items())])
            conn.execute(delete(RewriteLine).where(RewriteLine.articles <= 0))
        for i in range(0, len(counted), SQL_CHUNK):
            conn.execute(update(ArticleRow).where(ArticleRow.id.in_(counted[i : i + SQL_CHUNK]))
                         .values(rewrite_counted=None))
        gone = set(article_ids)
        for i in range(0, len(touched), SQL_CHUNK):
            chunk = sorted(touched)[i : i + SQL_CHUNK]
            for a, seq, f in conn.execute(_SQL.members_in, {"ids": chunk}):
                if a not in gone:
                    self.saved_members[int(a)] = (int(seq), frozenset(json.loads(f) if f
                                                                      else ()))
        self._drop(sorted(touched))
        self._lines.clear()
        self._df = self._stamp = None  # read again, under the stamp stored now
        self._totals = None
        return sorted(touched)


# an IN list, not a join with json_each: without statistics (a fresh database) SQLite
# would scan every term of the part and probe the JSON for each
_DF_SQLITE = ("SELECT term, docs FROM rewrite_df WHERE part = ? "
              "AND term IN (SELECT value FROM json_each(?))")


def _read_df(conn: Connection, part: str, terms: Sequence[str]) -> dict[str, int]:
    """Stored counts of ``terms`` (absent: not there). Through the DBAPI cursor: hundreds of
    terms per article, where SQLAlchemy's expanding IN cost more than the query."""
    out: dict[str, int] = {}
    cursor = conn.connection.cursor()
    try:
        if conn.dialect.name == "postgresql":
            cursor.execute("SELECT d.term, d.docs FROM unnest(%s::text[]) AS k(t) "
                           "JOIN rewrite_df d ON d.part = %s AND d.term = k.t",
                           (list(terms), part))
            out.update((t, int(n)) for t, n in cursor.fetchall())
            return out
        # the terms as one JSON array: one fixed text (prepared once), no parameter limit;
        # the rows are (str, int) pairs already (docs is an INTEGER column): no loop over them
        cursor.execute(_DF_SQLITE, (part, json.dumps(list(terms))))
        out.update(cursor.fetchall())
        return out
    finally:
        cursor.close()


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def dump_norms(norms: Mapping[str, tuple[int, float, float, float]]) -> str:
    """The ``rewrite_stories.norms`` text of a centroid's norm sums (``RewriteIndex.norm_sums``)."""
    return _dump({k: list(v) for k, v in sorted(norms.items())})


def _norms(text: str | None) -> dict[str, tuple[int, float, float, float]]:
    if not text:
        return {}
    return {k: (int(v[0]), float(v[1]), float(v[2]), float(v[3]))
            for k, v in json.loads(text).items()}


KEY_SEP = "\x1f"  # between the terms of a packed count column (ASCII unit separator: no
# normalised word or name holds a control character, and JSON text never holds it raw)
PACK_SEP = "\x1e"  # between the terms and their counts (ASCII record separator): its presence
# tells a packed column from a JSON one (rows written before migration 0017)
_COUNT_TYPE = "i"  # counts as 32-bit signed integers, little-endian, in base64


def dump_counts(counts: Mapping[str, int]) -> str:
    """The stored text of a centroid's counts (``rewrite_stories.terms``, ``.body``,
    ``.people``), packed: the terms joined by :data:`KEY_SEP`, then :data:`PACK_SEP`, then
    their counts as base64 of 32-bit little-endian integers, in the mapping's order (sums
    over a centroid add in that order). Decoding it costs a third to a half of
    ``json.loads`` (issue 10, round 10). A term holding a separator is stored as JSON."""
    keys = KEY_SEP.join(counts)
    if PACK_SEP in keys or keys.count(KEY_SEP) != max(0, len(counts) - 1):
        return _dump(dict(counts))
    values = array(_COUNT_TYPE, counts.values())
    if sys.byteorder == "big":
        values.byteswap()
    return keys + PACK_SEP + binascii.b2a_base64(values.tobytes(), newline=False).decode("ascii")


def load_counts(text: str) -> dict[str, int]:
    """The counts :func:`dump_counts` stored (or a JSON object: rows written before
    migration 0017), in their stored order."""
    keys, sep, packed = text.partition(PACK_SEP)
    if not sep:
        return cast(dict[str, int], json.loads(text))
    values = array(_COUNT_TYPE, binascii.a2b_base64(packed))
    if not values:
        return {}
    if sys.byteorder == "big":
        values.byteswap()
    return dict(zip(keys.split(KEY_SEP), values, strict=True))


def _vector(row: Any) -> StoryVector:
    return _thaw(_decode(row))


def _decode(row: Any, bare: StoryVector | None = None) -> _Frozen:
    """The frozen form of a ``rewrite_stories`` row (see :data:`_Frozen`), decoded straight
    into it: the counts as the plain dicts :func:`load_counts` makes, in the stored order;
    the rest as :func:`_bare_row` reads it (``bare``: already read so)."""
    bare = _bare_row(row) if bare is None else bare
    return (
        tuple(bare.cache.items()),
        load_counts(row.terms),
        load_counts(row.body),
        tuple(bare.entities),
        tuple(bare.years),
        tuple(bare.numbers),
        row.first_at,
        row.last_at,
        row.size,
        load_counts(row.people) if row.people else {},
        tuple(set(_list(row.sources))) if row.sources else (),
    )


def _bare(vec: StoryVector) -> StoryVector:
    """``vec`` without its counts: what the veto reads (names, years, numbers), its times,
    size and norm sums. Scored, it is 0.0 (no shared term)."""
    return StoryVector(entities=vec.entities, years=vec.years, numbers=vec.numbers,
                       first=vec.first, last=vec.last, size=vec.size, cache=dict(vec.cache))


def _bare_row(row: Any) -> StoryVector:
    """:func:`_bare` of the centroid of a ``rewrite_stories`` row, made without decoding its
    counts (the body's strings are most of a decode: ~40 of ~47 us, issue 10 round 12); the
    sets are those :func:`_decode` makes."""
    # its four JSON columns parsed as one array by the C scanner: one call where four
    # json.loads each paid their Python-level decode (a stub is read for every candidate
    # ranked, ~22 a decision; twentieth session); the same values
    entities, years, numbers, norms = _SCAN(
        f"[{row.entities},{row.years},{row.numbers},{row.norms or 'null'}]", 0)[0]
    return StoryVector(
        entities=set(entities),
        years=set(years),
        numbers={(str(v), str(w)) for v, w in numbers},
        first=row.first_at,
        last=row.last_at,
        size=row.size,
        cache={k: (int(v[0]), float(v[1]), float(v[2]), float(v[3]))
               for k, v in norms.items()} if norms else {},
    )


# the JSON decoder's C scanner: (value, end) of the JSON text at an index, without
# json.loads' Python-level decode() and raw_decode() around it
_SCAN: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _has_counts(text: str) -> bool:
    """True when a stored count column (packed, or JSON) holds a term, without decoding it:
    a packed column without terms ends with :data:`PACK_SEP` (no counts after it)."""
    if PACK_SEP in text:
        return not text.endswith(PACK_SEP)
    return bool(load_counts(text))


def _list(text: str) -> list[Any]:
    """``json.loads`` of a stored JSON list, the empty one (most centroids' years and
    numbers) without the call."""
    return [] if text == "[]" else cast(list[Any], json.loads(text))


def _counter(counts: Mapping[str, int]) -> Counter[str]:
    """``Counter(counts)`` without its Python-level ``update`` (a third of the cost)."""
    out: Counter[str] = Counter.__new__(Counter)
    dict.update(out, counts)
    return out


# A decoded centroid as the cache keeps it: plain dicts of str -> int and tuples of atomic
# values, which the cyclic garbage collector stops tracking, so that thousands of cached
# centroids do not lengthen its full collections (Counters and sets stay tracked):
# (norm sums, terms, body, entities, years, numbers, first, last, size, people, sources)
_Frozen = tuple[
    tuple[tuple[str, tuple[int, float, float, float]], ...],
    dict[str, int],
    dict[str, int],
    tuple[str, ...],
    tuple[str, ...],
    tuple[tuple[str, str], ...],
    datetime | None,
    datetime | None,
    int,
    dict[str, int],
    tuple[str, ...],
]


def _thaw(frozen: _Frozen) -> StoryVector:
    """A new centroid from a cached one: nothing mutable shared (the caller may change it),
    terms in the stored order (sums over them add in the same order)."""
    return _from_frozen(frozen, _counter)


def _view(frozen: _Frozen) -> StoryVector:
    """A centroid from a cached one for reading only: its counts are the cache's own dicts
    (read through ``get``, ``in`` and ``items``, as a Counter's), its sets and norm sums
    its own. Nothing may change its counts: :func:`_owned` first."""
    return _from_frozen(frozen, lambda counts: cast(Counter[str], counts))


def _from_frozen(frozen: _Frozen,
                 counts: Callable[[dict[str, int]], Counter[str]]) -> StoryVector:
    """A centroid from a cached one, its counts made by ``counts`` (a copy or the cache's)."""
    cache, terms, body, entities, years, numbers, first, last, size, people, sources = frozen
    return StoryVector(
        cache=dict(cache),
        terms=counts(terms),
        body=counts(body),
        entities=set(entities),
        years=set(years),
        numbers=set(numbers),
        first=first,
        last=last,
        size=size,
        people=counts(people),
        sources=set(sources),
    )


def _owned(vec: StoryVector) -> StoryVector:
    """``vec`` (a :func:`_view`) with counts of its own, the same norm sums and sets: what a
    caller may change."""
    return replace(vec, terms=_counter(vec.terms), body=_counter(vec.body),
                   people=_counter(vec.people))


# every column _vector decodes: what a cached entry must match
_ROW_FIELDS = ("terms", "body", "entities", "years", "numbers", "norms", "first_at",
               "last_at", "size", "people", "sources")


# which candidates the decision need not read in full (RewriteStore._barred): called with a
# centroid (perhaps bare) and whether its stored headline + lead and body counts hold a term
_Bar = Callable[[StoryVector, bool, bool], bool]


class _CentroidCache:
    """Decoded centroids by story id, least recently used dropped past ``size``.

    An entry holds the stored columns it was decoded from and is used only when the row read
    now has exactly those (string comparison, no decoding): a centroid written since, by this
    process or another daemon, or a story id reused after a rebuild, misses and is decoded
    again. So the database stays the truth with no invalidation; rows that did not change since
    they were last read (most candidates: a story is a candidate of many articles, and changes
    only when one joins it) are decoded once per process instead of once per article.
    """

    def __init__(self, size: int) -> None:
        """An empty cache of at most ``size`` centroids."""
        self.size = size
        self.hits = 0
        self.misses = 0
        self._entries: OrderedDict[int, tuple[tuple[Any, ...], _Frozen]] = OrderedDict()
        self._lock = threading.Lock()  # a daemon's threads may share it

    def get(self, row: Any) -> StoryVector:
        """The centroid of ``row`` (a ``rewrite_stories`` row), the caller's own: made from
        the cached decode when that was made from the same columns, else decoded (and
        cached)."""
        return _thaw(self._frozen(row))

    def view(self, row: Any, bare: StoryVector | None = None) -> StoryVector:
        """The centroid of ``row`` for reading only (:func:`_view`): as :meth:`get`, without
        copying its counts (``bare``: its :func:`_bare_row`, when read already)."""
        return _view(self._frozen(row, bare))

    def _frozen(self, row: Any, bare: StoryVector | None = None) -> _Frozen:
        """The cached decode of ``row`` when made from the same columns, else decoded now
        (and cached; ``bare``: its :func:`_bare_row`, when read already)."""
        # the columns in _ROW_FIELDS order: a _CentroidRow holds them so after its story id
        raw = (row[1:] if type(row) is _CentroidRow
               else tuple(getattr(row, f) for f in _ROW_FIELDS))
        key = int(row.story_id)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == raw:
                self._entries.move_to_end(key)
                self.hits += 1
                return entry[1]
        frozen = _decode(row, bare)
        with self._lock:
            self.misses += 1
            self._entries[key] = (raw, frozen)
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return frozen

    def clear(self) -> None:
        """Forget every entry (tests, measurements)."""
        with self._lock:
            self._entries.clear()
            self.hits = self.misses = 0


_CENTROIDS = _CentroidCache(CENTROID_CACHE)


# the stamp of the document frequencies set anew by every transaction that writes them; the
# swap only when it is still the one given (its row is held until the transaction ends)
_STAMP_SET_SQL = "UPDATE rewrite_df_stamp SET stamp = ? WHERE id = ?"
_STAMP_SWAP_SQL = "UPDATE rewrite_df_stamp SET stamp = ? WHERE id = ? AND stamp = ?"
_STAMP_SQL = "SELECT stamp FROM rewrite_df_stamp WHERE id = ?"


def _read_stamp(conn: Connection) -> int | None:
    """The stored stamp of the document frequencies (None: no row, nothing is shared)."""
    cursor = conn.connection.cursor()
    try:
        cursor.execute(_pg_marks(_STAMP_SQL) if conn.dialect.name == "postgresql"
                       else _STAMP_SQL, (STAMP_ROW,))
        row = cursor.fetchone()
    finally:
        cursor.close()
    return None if row is None else int(row[0])


def _database_key(conn: Connection) -> str:
    """Which database ``conn`` is on, for :class:`_DocFreqCache` (its URL, password hidden)."""
    return conn.engine.url.render_as_string(hide_password=True)


class _DocFreqCache:
    """Stored document frequencies kept per process, by database and stamp.

    Each batch's :class:`RewriteStore` read the counts of its articles' terms from
    ``rewrite_df`` afresh (~75 terms an arrival, a tenth of the decision; issue 10, round
    13). A store now takes, at its first read, the counts its process keeps for the stamp
    stored then (``rewrite_df_stamp``), and adds there those it reads: every transaction
    that writes the frequencies stores a new random stamp, so counts kept under the stored
    stamp are the stored counts (read after that stamp was, and nothing wrote since). A
    store whose flush found the stamp it read still stored (nothing else wrote) makes the
    counts of its new stamp: a copy with its batch's added (:meth:`advance`), so that a
    store still reading the old ones, or a rollback, sees them unchanged. Another daemon's
    write, a rebuild or a rollback is a different stamp: a new, empty cache. Bounded: at
    most :data:`DF_CACHE` terms per part, :data:`DF_STAMPS` stamps per database,
    :data:`DF_DATABASES` databases.
    """

    def __init__(self, stamps: int = DF_STAMPS, databases: int = DF_DATABASES) -> None:
        """An empty cache of at most ``stamps`` stamps per database, ``databases`` databases."""
        self.stamps = stamps
        self.databases = databases
        self._entries: OrderedDict[str, OrderedDict[int, dict[str, dict[str, int]]]] = (
            OrderedDict())
        self._lock = threading.Lock()

    def counts(self, database: str, stamp: int | None) -> dict[str, dict[str, int]]:
        """The counts kept for ``stamp`` on ``database``, by part (the caller adds those it
        reads); new and empty when none are (``stamp`` None: never kept)."""
        if stamp is None:
            return {part: {} for part in PARTS}
        with self._lock:
            stamps = self._entries.get(database)
            if stamps is not None and (found := stamps.get(stamp)) is not None:
                stamps.move_to_end(stamp)
                self._entries.move_to_end(database)
                return found
            return self._keep(database, stamp, {part: {} for part in PARTS})

    def advance(self, database: str, stamp: int, counts: Mapping[str, dict[str, int]],
                added: Mapping[str, Mapping[str, int]]) -> dict[str, dict[str, int]]:
        """Keep, under the new ``stamp``, ``counts`` (those of the stamp it replaces) plus
        ``added`` (a flushed batch's, by part) for the terms it holds; returns them. A copy:
        the replaced stamp's counts stay as they were."""
        new = {part: dict(held) for part, held in counts.items()}
        for part, terms in added.items():
            held = new[part]
            for t, n in terms.items():
                if t in held:
                    held[t] += n
        with self._lock:
            return self._keep(database, stamp, new)

    def _keep(self, database: str, stamp: int,
              counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
        """Keep ``counts`` for ``stamp`` on ``database`` (the lock held), the oldest dropped
        past the bounds."""
        stamps = self._entries.setdefault(database, OrderedDict())
        self._entries.move_to_end(database)
        stamps[stamp] = counts
        stamps.move_to_end(stamp)
        while len(stamps) > self.stamps:
            stamps.popitem(last=False)
        while len(self._entries) > self.databases:
            self._entries.popitem(last=False)
        return counts

    def clear(self) -> None:
        """Forget everything (tests, measurements)."""
        with self._lock:
            self._entries.clear()


_DOCFREQS = _DocFreqCache()


class _Statements:
    """Statements built once (Core, so that each call is a cache hit)."""

    def __init__(self) -> None:
        df_t = cast(Table, RewriteDf.__table__)
        tot_t = cast(Table, RewriteTotal.__table__)
        df, tot = df_t.c, tot_t.c
        stories_t = cast(Table, RewriteStory.__table__)
        rs = stories_t.c
        a_t = cast(Table, ArticleRow.__table__)
        a = a_t.c
        ids: Any = bindparam("ids", expanding=True)
        self.totals = select(tot.part, tot.docs)
        self.seen_at = select(func.max(rs.seen_at)).where(rs.story_id.in_(ids))
        self.members_of = select(a.id, a.story_id, a.rewrite_counted).where(a.id.in_(ids))
        self.minus_total = update(tot_t).where(
            tot.part == bindparam("b_part")).values(docs=tot.docs - bindparam("b_n"))
        lines_t = cast(Table, RewriteLine.__table__)
        ln = lines_t.c
        self.minus_line = update(lines_t).where(ln.outlet == bindparam("b_outlet")).where(
            ln.fingerprint == bindparam("b_fp")).values(articles=ln.articles - bindparam("b_n"))
        m_t = cast(Table, RewriteMember.__table__)
        m = m_t.c
        self.members = (select(m.article_id, m.furniture)
                        .where(m.story_id == bindparam("b_story")).order_by(m.seq))
        self.members_in = select(m.article_id, m.seq, m.furniture).where(m.story_id.in_(ids))
        self.last_seq = select(func.max(m.seq)).where(m.story_id == bindparam("b_story"))
        self.minus_df = update(df_t).where(
            df.part == bindparam("b_part")).where(df.term == bindparam("b_term")).values(
            docs=df.docs - bindparam("b_n"))


_SQL = _Statements()

_SAVED = ("story_id", "seen_at", "first_at", "last_at", "size", "terms", "body", "entities",
          "years", "numbers", "norms", "people", "sources")  # the columns RewriteStore._save writes


# the upsert of a centroid row (seen_at only moves forward), DB-API placeholders "?" (SQLite;
# "%s" on PostgreSQL, see _execute): SQLAlchemy's per-call work cost as much as the statement
_SAVE_SQL = (f"INSERT INTO rewrite_stories ({', '.join(_SAVED)}) "
             f"VALUES ({', '.join('?' * len(_SAVED))}) ON CONFLICT (story_id) DO UPDATE SET "
             + ", ".join(f"{k} = excluded.{k}" for k in _SAVED if k not in ("story_id", "seen_at"))
             + ", seen_at = CASE WHEN excluded.seen_at > rewrite_stories.seen_at "
             "THEN excluded.seen_at ELSE rewrite_stories.seen_at END")
_MARK_COUNTED_SQL = "UPDATE articles SET rewrite_counted = ? WHERE id = ?"
# the article as its story's last member (moved there if it was in another)
_ADD_MEMBER_SQL = ("INSERT INTO rewrite_members (article_id, story_id, seq, furniture) "
                   "SELECT ?, ?, COALESCE(MAX(seq), 0) + 1, ? FROM rewrite_members "
                   "WHERE story_id = ? ON CONFLICT (article_id) DO UPDATE SET "
                   "story_id = excluded.story_id, seq = excluded.seq, "
                   "furniture = excluded.furniture")
_LINES_SQL = ("SELECT fingerprint, articles FROM rewrite_lines WHERE outlet = {mark} "
              "AND fingerprint IN ({marks})")


def _execute(conn: Connection, sql: str, params: Sequence[Any]) -> None:
    """One statement written with "?" placeholders, through the DB-API cursor ("%s" on
    PostgreSQL)."""
    if conn.dialect.name == "postgresql":
        sql = _pg_marks(sql)
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
    finally:
        cursor.close()


@lru_cache(maxsize=16)
def _pg_marks(sql: str) -> str:
    """``sql`` with PostgreSQL's "%s" placeholders for SQLite's "?" (none of these statements
    holds a literal "?" or "%")."""
    return sql.replace("?", "%s")


def _marks(conn: Connection, n: int) -> str:
    return ", ".join(["%s" if conn.dialect.name == "postgresql" else "?"] * n)


# The keys among the terms (those with 1 to cap postings: each term's postings counted up to
# cap + 1, an index-only range of rewrite_keys, term first), then the story of every posting
# of a key, as one value: the ids joined by commas (SQLite's group_concat; PostgreSQL's
# array_agg), in no particular order. One statement of one fixed text (the terms as one JSON
# array / one array). Until round 13 the database also counted the postings per story and
# ranked the stories (GROUP BY story_id ORDER BY count(*) DESC, story_id DESC): on SQLite
# that grouping sorted every posting read (~900 a decision at 10k) through a temporary
# b-tree, three quarters of the statement (issue 10, round 13); numpy counts and ranks them
# in a few microseconds (_rank_postings). Before (round 11), counting and ranking in two
# statements cost 1.6x as much, and each story's keys aggregated with it 1.4x (round 12).
_RANKED_SQLITE = (
    "WITH t(term) AS (SELECT value FROM json_each(?)), "
    "k(term) AS (SELECT t.term FROM t WHERE (SELECT count(*) FROM (SELECT 1 FROM rewrite_keys r "
    "WHERE r.term = t.term LIMIT ?)) BETWEEN 1 AND ?) "
    "SELECT group_concat(story_id) FROM rewrite_keys WHERE term IN k")
_RANKED_PG = (
    "WITH k(term) AS (SELECT t FROM unnest(%s::text[]) AS u(t) WHERE (SELECT count(*) FROM "
    "(SELECT 1 FROM rewrite_keys r WHERE r.term = u.t LIMIT %s) AS p) BETWEEN 1 AND %s) "
    "SELECT array_agg(story_id) FROM rewrite_keys WHERE term IN (SELECT term FROM k)")


def _ranked_stories(conn: Connection, terms: Sequence[str], cap: int,
                    step: int) -> Generator[dict[int, int], None, None]:
    """The stories with a posting of a key among ``terms`` (a term with 1 to ``cap``
    postings), by how many keys they carry (most first), newest (highest id) first among
    equals, ``step`` at a time (a page: story id -> how many keys, in rank order). The
    database finds the keys (each term's range read at most ``cap`` + 1 rows deep, so the
    rows it reads stay bounded) and hands over the story of each of their postings in one
    value; they are counted and ranked here (:func:`_rank_postings`)."""
    if not terms:
        return
    pg = conn.dialect.name == "postgresql"
    cursor = conn.connection.cursor()
    try:
        cursor.execute(_RANKED_PG if pg else _RANKED_SQLITE,
                       (list(terms) if pg else json.dumps(list(terms)), cap + 1, cap))
        row = cursor.fetchone()
    finally:
        cursor.close()
    found = None if row is None else row[0]
    if not found:  # NULL: no key
        return
    ids = (np.asarray(found, dtype=np.int64) if pg
           else np.fromstring(found, dtype=np.int64, sep=","))
    stories, counts = _rank_postings(ids)
    for i in range(0, len(stories), step):
        yield dict(zip(stories[i : i + step], counts[i : i + step], strict=True))


def _rank_postings(story_ids: npt.NDArray[np.int64]) -> tuple[list[int], list[int]]:
    """The distinct stories of ``story_ids`` (one per posting read) and how many postings
    each has, most first, the highest id first among equals: the order of ``ORDER BY
    count(*) DESC, story_id DESC`` (every id distinct: a total order)."""
    stories, counts = np.unique(story_ids, return_counts=True)
    order = np.lexsort((-stories, -counts))  # the last key sorts first
    return stories[order].tolist(), counts[order].tolist()


class _CentroidRow(NamedTuple):
    """A ``rewrite_stories`` row as :func:`_vector` and :class:`_CentroidCache` read it."""

    story_id: int
    terms: str
    body: str
    entities: str
    years: str
    numbers: str
    norms: str | None
    first_at: datetime | None
    last_at: datetime | None
    size: int
    people: str | None
    sources: str | None


_CENTROID_SQL = (f"SELECT {', '.join(_CentroidRow._fields)} FROM rewrite_stories "
                 "WHERE story_id IN ({ids})")
# the centroids of live stories: a story merged into another is no candidate
_LIVE_CENTROID_SQL = (f"SELECT {', '.join('r.' + f for f in _CentroidRow._fields)} "
                      "FROM rewrite_stories r JOIN stories s ON s.id = r.story_id "
                      "WHERE r.story_id IN ({ids}) AND s.merged_into_id IS NULL")


@lru_cache(maxsize=4)
def _time_writer(dialect: Dialect) -> Callable[[Any], Any]:
    """``UTCDateTime``'s own bind processing on ``dialect`` (what SQLAlchemy would store)."""
    impl = UTCDateTime().dialect_impl(dialect)
    return impl.bind_processor(dialect) or (lambda value: value)


@lru_cache(maxsize=4)
def _time_reader(dialect: Dialect) -> Callable[[Any], Any]:
    """``UTCDateTime``'s own result processing on ``dialect`` (aware UTC datetimes, as
    SQLAlchemy reads them)."""
    impl = UTCDateTime().dialect_impl(dialect)
    return impl.result_processor(dialect, None) or (lambda value: value)


def _read_centroids(conn: Connection, story_ids: Sequence[int],
                    live: bool = False) -> list[_CentroidRow]:
    """The stored centroid rows of ``story_ids`` (at most :data:`SQL_CHUNK`), through the
    DBAPI cursor: SQLAlchemy's per-row work cost as much as the query. ``live``: only those
    of stories not merged into another (a candidate's, as its stub was read before the
    nineteenth session)."""
    when = _time_reader(conn.dialect)
    cursor = conn.connection.cursor()
    try:
        cursor.execute((_LIVE_CENTROID_SQL if live else _CENTROID_SQL).format(
            ids=_marks(conn, len(story_ids))), list(story_ids))
        out = []
        for (sid, terms, body, entities, years, numbers, norms, first, last, size, people,
             sources) in cursor.fetchall():
            first_at = when(first)  # a story of one event time parses it once
            last_at = first_at if last == first else when(last)
            out.append(_CentroidRow(int(sid), terms, body, entities, years, numbers, norms,
                                    first_at, last_at, int(size), people, sources))
        return out
    finally:
        cursor.close()


_UPSERT_DF_SQLITE = ("INSERT INTO rewrite_df (part, term, docs) VALUES (?, ?, ?) "
                     "ON CONFLICT (part, term) DO UPDATE SET "
                     "docs = rewrite_df.docs + excluded.docs")
# PostgreSQL: the batch as arrays, inserted in (part, term) order (the lock order, see flush)
_UPSERT_DF_PG = ("INSERT INTO rewrite_df (part, term, docs) "
                 "SELECT p, t, n FROM unnest(%s::text[], %s::text[], %s::int[]) AS r(p, t, n) "
                 "ORDER BY p, t ON CONFLICT (part, term) DO UPDATE SET "
                 "docs = rewrite_df.docs + excluded.docs")
_UPSERT_TOTAL_SQLITE = ("INSERT INTO rewrite_totals (part, docs) VALUES (?, ?) "
                        "ON CONFLICT (part) DO UPDATE SET docs = rewrite_totals.docs + "
                        "excluded.docs")
_UPSERT_TOTAL_PG = _UPSERT_TOTAL_SQLITE.replace("?", "%s")
_ADD_KEY_SQLITE = "INSERT OR IGNORE INTO rewrite_keys (term, story_id) VALUES (?, ?)"
_ADD_KEYS_PG = ("INSERT INTO rewrite_keys (term, story_id) SELECT t, %s FROM unnest(%s::text[]) "
                "AS k(t) ON CONFLICT DO NOTHING")
# an absorbed story's postings move to the kept one (terms both have stay once)
_MOVE_KEYS_SQLITE = ("INSERT OR IGNORE INTO rewrite_keys (term, story_id) "
                     "SELECT term, ? FROM rewrite_keys WHERE story_id = ?")
_MOVE_KEYS_PG = ("INSERT INTO rewrite_keys (term, story_id) "
                 "SELECT term, %s FROM rewrite_keys WHERE story_id = %s ON CONFLICT DO NOTHING")


__all__ = [
    "RELATION_CANONICAL",
    "RELATION_COPY",
    "RELATION_REWRITE",
    "RELATION_SAME",
    "RewriteDf",
    "RewriteDfStamp",
    "RewriteKey",
    "RewriteLine",
    "RewriteMember",
    "RewriteStore",
    "RewriteStory",
    "RewriteTotal",
    "dump_counts",
    "load_counts",
    "stored_signals",
]
