"""Statements and their sightings: tables, the per-article write, and the listing query.

``statements`` holds one row per distinct statement (who said what, first seen where and
when); ``statement_sightings`` one row per article that carries it (unique per statement and
article). :func:`record_statements` is called by the pipeline inside the article's insert
transaction and returns the statements that are new, so alerts are queued in the same
transaction. The new-or-repeat decision is :mod:`monitor.statements.novelty` (pure).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    bindparam,
    case,
    func,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, Session, mapped_column

from monitor.statements.novelty import (
    Earlier,
    find_earlier,
    key_groups,
    normalise,
    speaker_hash,
    speaker_key,
)
from monitor.storage import statement_keys
from monitor.storage.base import Base, UTCDateTime, same_as
from monitor.storage.bulk import insert_rows
from monitor.storage.models import Article
from monitor.types import Statement

SPEAKER_MAX = 300  # longest speaker name or mention kept; longer phrases are clauses
RESOLUTION_MAX = 20  # the longest resolution kind, "previous-speaker", is 16
CUE_MAX = 100  # "said in a statement on Sunday" fits


class StatementRow(Base):
    """One distinct statement: its speaker, content, and where it was first seen."""

    __tablename__ = "statements"
    __table_args__ = (
        Index("ix_statements_official_id_first_seen_at", "official_id", "first_seen_at"),
        Index("ix_statements_speaker_key_last_seen_at", "speaker_key", "last_seen_at"),
        Index("ix_statements_speaker_key_last_event_at", "speaker_key", "last_event_at"),
        Index("ix_statements_official_id_first_event_at", "official_id", "first_event_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    official_id: Mapped[str | None] = mapped_column(String(100))
    speaker: Mapped[str | None] = mapped_column(String(SPEAKER_MAX))
    speaker_key: Mapped[str] = mapped_column(String(SPEAKER_MAX + 20))
    mention: Mapped[str] = mapped_column(String(SPEAKER_MAX))
    # how the speaker was reached from the mention: name | alias | pronoun | title |
    # description | previous-speaker (monitor.statements.resolution); NULL before 0012
    resolution: Mapped[str | None] = mapped_column(String(RESOLUTION_MAX))
    kind: Mapped[str] = mapped_column(String(10))  # direct | mixed | indirect
    content: Mapped[str] = mapped_column(Text)
    normalised: Mapped[str] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(String(CUE_MAX))
    first_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    first_outlet: Mapped[str] = mapped_column(String(200))
    first_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # event time of its earliest sighting, the first report; first_article_id and first_outlet
    # are that sighting's (a back-filled earlier article takes them over)
    first_event_at: Mapped[datetime] = mapped_column(UTCDateTime,
                                                     default=same_as("first_seen_at"))
    # event time of its latest sighting (the novelty lookback is counted from these two)
    last_event_at: Mapped[datetime] = mapped_column(UTCDateTime, default=same_as("last_seen_at"))
    confidence: Mapped[float] = mapped_column(Float)
    # filled from the article's story (stories area); no FK so this table stands alone
    story_id: Mapped[int | None] = mapped_column(Integer, index=True)


class StatementSighting(Base):
    """One article carrying a statement (the first one included)."""

    __tablename__ = "statement_sightings"
    __table_args__ = (UniqueConstraint("statement_id", "article_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), index=True
    )
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    outlet: Mapped[str] = mapped_column(String(200))
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    # the article's event time
    event_at: Mapped[datetime] = mapped_column(UTCDateTime, default=same_as("seen_at"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


@dataclass(frozen=True, slots=True)
class StoredStatement:
    """A statement as stored: what the pipeline hands to alerts for the new ones."""

    id: int
    official_id: str | None
    speaker: str | None
    mention: str
    kind: str
    content: str
    cue: str | None
    article_id: int
    outlet: str
    first_seen_at: datetime
    confidence: float
    is_new: bool


@dataclass(frozen=True, slots=True)
class ArticleStatements:
    """One article's statements, to record (:func:`record_batch`), in text order."""

    article_id: int
    source: str
    seen_at: datetime
    statements: Sequence[Statement]
    story_id: int | None = None
    event_at: datetime | None = None  # when its news happened; None: ``seen_at``


def record_statements(
    session: Session,
    article_id: int,
    source: str,
    seen_at: datetime,
    statements: Sequence[Statement],
    lookback: timedelta,
    story_id: int | None = None,
    *,
    event_at: datetime | None = None,
) -> list[StoredStatement]:
    """Store the statements of one article; return the NEW ones (in text order).

    A statement that repeats one by the same speaker with a sighting within ``lookback`` of
    ``event_at`` (when the article's news happened; default ``seen_at``), before or after it,
    becomes a sighting of it (article, outlet, times); otherwise it is a new ``statements``
    row with its first sighting, and goes into the stored novelty index
    (:mod:`monitor.storage.statement_keys`), which finds the candidates in a few index reads
    however many statements the speaker has. A sighting earlier in event time than the
    statement's first one takes over its first report (article, outlet, event time): a
    back-filled earlier article is the first report, whatever the order of ingestion.
    ``first_seen_at`` stays when monitor first saw it (alerts go by it). Runs in the caller's
    transaction; flushes, never commits. :func:`record_batch` does the same for many articles.
    """
    batch = ArticleStatements(article_id, source, seen_at, statements, story_id, event_at)
    return record_batch(session, [batch], lookback)[0]


def record_batch(session: Session, articles: Sequence[ArticleStatements],
                 lookback: timedelta) -> list[list[StoredStatement]]:
    """:func:`record_statements` for several articles, one after another in the given order
    (each article's statements in text order); returns each article's NEW statements.

    The decisions are exactly those of recording the articles one by one: a statement sees
    every statement recorded before it, in this batch too (an article that repeats its own
    statement, a later article repeating an earlier one's). The work is batched (issue 12):
    the postings of all the statements' keys are read ahead, one read per speaker; the batch
    is decided in memory (new statements get provisional ids, their postings and times kept
    there); then the new statements, the sightings, the keys and the time updates are each
    written with one multi-row statement.
    """
    if not any(a.statements for a in articles):
        return [[] for _ in articles]
    writer = _Batch(session, lookback)
    return writer.record(articles)


# Provisional ids of the statements a batch creates, until their INSERT returns the real ones:
# above any real id, so that ordering by id (newest postings first, candidates in id order)
# is the same as with the real ids, which are allocated in the same order.
_PROVISIONAL = 1 << 62


class _Batch:
    """One :func:`record_batch` call: read ahead, decide in memory, write in bulk."""

    def __init__(self, session: Session, lookback: timedelta) -> None:
        session.flush()  # the caller's ORM rows (articles) must be visible to the raw reads
        self.conn = session.connection()
        self.lookback = lookback
        self.common = statement_keys.common_memo(session)
        # (speaker, key) -> postings as stored when the batch began (read ahead or on demand:
        # nothing is written before the end, so both see the same state), newest first
        self.stored: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        # (speaker, key) -> postings of the statements this batch creates, newest first
        self.added: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        # statement id -> [normalised, last event, first event], kept current by the batch
        self.times: dict[int, list[Any]] = {}
        self.next_id = _PROVISIONAL
        self.new_rows: list[dict[str, Any]] = []  # statements to insert, provisional id order
        self.sightings: list[dict[str, Any]] = []
        self.extends: list[dict[str, Any]] = []
        # (speaker, key groups, provisional id) of the statements to index
        self.keys: list[tuple[int, list[list[int]], int]] = []

    # reading ---------------------------------------------------------------------------------

    def _read_ahead(self, wanted: dict[int, set[int]]) -> None:
        """Read the stored postings of these keys per speaker (not those known common)."""
        for speaker, keys in wanted.items():
            todo = sorted(k for k in keys if (speaker, k) not in self.stored
                          and (speaker, k) not in self.common)
            self._load(speaker, todo)

    def _load(self, speaker: int, keys: Sequence[int]) -> None:
        if not keys:
            return
        for key in keys:
            self.stored[(speaker, key)] = []
        for row in statement_keys.read_postings_of(self.conn, speaker, keys):
            self.stored[(speaker, row[0])].append(row)

    def _postings(self, speaker: int, keys: Sequence[int]) -> list[tuple[int, int, int]]:
        """What the database would answer now: this batch's postings, then the stored ones,
        the newest :data:`statement_keys.MAX_POSTINGS` of each key."""
        self._load(speaker, [k for k in keys if (speaker, k) not in self.stored])
        out: list[tuple[int, int, int]] = []
        for key in keys:
            rows = self.stored[(speaker, key)]
            added = self.added.get((speaker, key))
            if added:
                rows = added + rows
            out.extend(rows[:statement_keys.MAX_POSTINGS])
        return out

    def _candidates(self, key: str, speaker: int, groups: list[list[int]], norm: str,
                    lo: datetime, hi: datetime) -> list[Earlier]:
        """:func:`statement_keys.candidates` over the batch's view of the database."""
        if not groups:
            return []
        ids = statement_keys.shortlist_groups(speaker, groups, self._postings, self.common)
        if not ids:
            return []
        unknown = [i for i in ids if i not in self.times]
        if unknown:
            for sid, normalised, last, first in statement_keys.read_statements(self.conn,
                                                                               unknown):
                self.times[sid] = [normalised, last, first]
        out = []
        for sid in sorted(ids):  # id order, as the database lists them
            found = self.times.get(sid)
            if found is not None and found[1] >= lo and found[2] <= hi:
                out.append(Earlier(sid, key, found[0], found[1], found[2]))
        return out

    def _existing_sightings(self, article_ids: Sequence[int]) -> set[tuple[int, int]]:
        """(statement, article) sightings already stored for these articles (none for new
        articles; an article recorded twice keeps one sighting and extends nothing)."""
        found: set[tuple[int, int]] = set()
        g = cast(Table, StatementSighting.__table__)
        ids = sorted(set(article_ids))
        for i in range(0, len(ids), _IN_CHUNK):
            rows = self.conn.execute(select(g.c.statement_id, g.c.article_id)
                                     .where(g.c.article_id.in_(ids[i:i + _IN_CHUNK])))
            found.update((int(s), int(a)) for s, a in rows)
        return found

    # deciding --------------------------------------------------------------------------------

    def record(self, articles: Sequence[ArticleStatements]) -> list[list[StoredStatement]]:
        """Decide every statement in order, write, and return each article's new ones."""
        prepared = []  # per article: [(statement, key, norm, speaker hash, key groups)]
        wanted: dict[int, set[int]] = {}
        for article in articles:
            rows = []
            for statement in article.statements:
                key = speaker_key(statement.official, statement.speaker)
                norm = normalise(statement.content)
                if not norm:
                    continue
                groups = key_groups(norm)
                speaker = speaker_hash(key)
                wanted.setdefault(speaker, set()).update(k for g in groups for k in g)
                rows.append((statement, key, norm, speaker, groups))
            prepared.append(rows)
        self._read_ahead(wanted)
        existing = self._existing_sightings([a.article_id for a in articles])
        pending = [self._decide(article, rows, existing)
                   for article, rows in zip(articles, prepared, strict=True)]
        real = self._write()
        return [[replace(s, id=real.get(s.id, s.id)) for s in new] for new in pending]

    def _decide(self, article: ArticleStatements, rows: list[tuple[Statement, str, str, int,
                                                                      list[list[int]]]],
                existing: set[tuple[int, int]]) -> list[StoredStatement]:
        new: list[StoredStatement] = []
        sighted: set[int] = set()
        seen_at = article.seen_at
        event = article.event_at or seen_at
        lo, hi = event - self.lookback, event + self.lookback
        for statement, key, norm, speaker, groups in rows:
            found = self._candidates(key, speaker, groups, norm, lo, hi)
            earlier = find_earlier(key, norm, found, event, self.lookback)
            sighting = {"b_article": article.article_id, "b_outlet": article.source,
                        "b_seen": seen_at, "b_event": event, "b_start": statement.start,
                        "b_end": statement.end}
            if earlier is not None:
                if earlier.id in sighted:
                    continue  # the article repeats its own statement (headline and body)
                sighted.add(earlier.id)
                if (earlier.id, article.article_id) in existing:
                    continue  # already recorded for this article: nothing to widen
                self.sightings.append({**sighting, "b_statement": earlier.id})
                self.extends.append({"b_id": earlier.id, **sighting})
                times = self.times[earlier.id]
                if times[1] < event:
                    times[1] = event
                if event < times[2]:
                    times[2] = event
                continue
            statement_id = self.next_id
            self.next_id += 1
            speaker_name = _cut(statement.speaker, SPEAKER_MAX)
            mention = _cut(statement.mention, SPEAKER_MAX) or ""
            cue = _cut(statement.cue, CUE_MAX)
            self.new_rows.append({
                "official_id": statement.official, "speaker": speaker_name,
                "speaker_key": key[: SPEAKER_MAX + 20], "mention": mention,
                "resolution": statement.resolution, "kind": statement.kind,
                "content": statement.content, "normalised": norm,
                "cue": cue, "first_article_id": article.article_id,
                "first_outlet": article.source, "first_seen_at": seen_at,
                "last_seen_at": seen_at, "first_event_at": event, "last_event_at": event,
                "confidence": statement.confidence, "story_id": article.story_id,
            })
            self.sightings.append({**sighting, "b_statement": statement_id})
            sighted.add(statement_id)
            self.times[statement_id] = [norm, event, event]
            if groups:
                self.keys.append((speaker, groups, statement_id))
                for _, k, _, size in statement_keys.posting_rows(speaker, groups, statement_id):
                    self.added.setdefault((speaker, k), []).insert(0, (k, statement_id, size))
            new.append(StoredStatement(
                id=statement_id, official_id=statement.official, speaker=speaker_name,
                mention=mention, kind=statement.kind, content=statement.content,
                cue=cue, article_id=article.article_id, outlet=article.source,
                first_seen_at=seen_at, confidence=statement.confidence, is_new=True,
            ))
        return new

    # writing ---------------------------------------------------------------------------------

    def _write(self) -> dict[int, int]:
        """Write what the batch decided; returns provisional id -> real id."""
        conn = self.conn
        real: dict[int, int] = {}
        if self.new_rows:
            ids = _insert_statements(conn, self.new_rows)
            real = {_PROVISIONAL + n: i for n, i in enumerate(ids)}
        if self.sightings:
            for row in self.sightings:
                row["b_statement"] = real.get(row["b_statement"], row["b_statement"])
            conn.execute(_SQL.add_sightings[conn.dialect.name], self.sightings)
        statement_keys.add_rows(conn, [row for speaker, groups, pid in self.keys
                                       for row in statement_keys.posting_rows(speaker, groups,
                                                                              real[pid])])
        if self.extends:
            for row in self.extends:
                row["b_id"] = real.get(row["b_id"], row["b_id"])
            conn.execute(_SQL.extend, self.extends)
        return real


_IN_CHUNK = 400  # ids per IN (...) list: under SQLite's bound-parameter limit with room to spare
_NEW_COLUMNS = ("official_id", "speaker", "speaker_key", "mention", "resolution", "kind",
                "content", "normalised", "cue", "first_article_id", "first_outlet", "first_seen_at",
                "last_seen_at", "first_event_at", "last_event_at", "confidence", "story_id")


def _insert_statements(conn: Connection, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert ``statements`` rows with multi-row INSERTs (``storage.bulk``: SQLAlchemy's
    executemany with RETURNING in parameter order writes one row per INSERT on SQLite, and the
    ORM one per flush); their ids, in the order of ``rows``.

    The ids come back through RETURNING, whose row order neither database promises; they are
    allocated in the order of the VALUES (SQLite: the next rowid, under the transaction's write
    lock; PostgreSQL: ``nextval`` of the serial, which only grows), so in ascending order they
    match the rows.
    """
    written = insert_rows(conn, _STATEMENTS, _NEW_COLUMNS, rows, returning=("id",))
    return sorted(int(row[0]) for row in written)


_STATEMENTS = cast(Table, StatementRow.__table__)


class _Statements:
    """The write path's statements, built once (Core: each call is a compiled-cache hit)."""

    def __init__(self) -> None:
        st = cast(Table, StatementRow.__table__)
        g = cast(Table, StatementSighting.__table__)
        seen = bindparam("b_seen", type_=UTCDateTime())
        event = bindparam("b_event", type_=UTCDateTime())
        values = {"statement_id": bindparam("b_statement"), "article_id": bindparam("b_article"),
                  "outlet": bindparam("b_outlet"), "seen_at": seen, "event_at": event,
                  "start": bindparam("b_start"), "end": bindparam("b_end")}
        # a sighting already stored is left alone (the batch does not count on it either: it
        # reads the article's stored sightings first)
        self.add_sightings = {
            dialect: module.insert(g).values(values).on_conflict_do_nothing()
            for dialect, module in (("sqlite", sqlite), ("postgresql", postgresql))}
        # one more sighting widens the statement's times; an earlier one (by event time) is
        # its first report now
        earlier = event < st.c.first_event_at
        self.extend = (
            update(st).where(st.c.id == bindparam("b_id")).values(
                last_seen_at=case((st.c.last_seen_at < seen, seen), else_=st.c.last_seen_at),
                last_event_at=case((st.c.last_event_at < event, event),
                                   else_=st.c.last_event_at),
                first_event_at=case((earlier, event), else_=st.c.first_event_at),
                first_article_id=case((earlier, bindparam("b_article")),
                                      else_=st.c.first_article_id),
                first_outlet=case((earlier, bindparam("b_outlet")), else_=st.c.first_outlet),
            )
        )


_SQL = _Statements()


def _cut(value: str | None, limit: int) -> str | None:
    return value[:limit] if value is not None else None


@dataclass(frozen=True, slots=True)
class StatementListing:
    """One row of ``monitor statements list``."""

    id: int
    official_id: str | None
    speaker: str | None
    kind: str
    content: str
    cue: str | None
    first_outlet: str
    first_seen_at: datetime
    last_seen_at: datetime
    sightings: int
    first_url: str | None
    confidence: float


def list_statements(
    session: Session,
    *,
    official: str | None = None,
    since: datetime | None = None,
    new_only: bool = False,
    limit: int = 100,
) -> list[StatementListing]:
    """Statements, newest first. ``since``: seen (any sighting) since then; with
    ``new_only``, first seen since then. ``official``: an official id."""
    sightings = (
        select(StatementSighting.statement_id, func.count().label("n"))
        .group_by(StatementSighting.statement_id)
        .subquery()
    )
    query = (
        select(StatementRow, sightings.c.n, Article.url)
        .join(sightings, sightings.c.statement_id == StatementRow.id, isouter=True)
        .join(Article, Article.id == StatementRow.first_article_id, isouter=True)
    )
    if official is not None:
        query = query.where(StatementRow.official_id == official)
    if since is not None:
        column = StatementRow.first_seen_at if new_only else StatementRow.last_seen_at
        query = query.where(column >= since)
    query = query.order_by(StatementRow.first_seen_at.desc(), StatementRow.id.desc()).limit(limit)
    out: list[StatementListing] = []
    for row, n, url in session.execute(query).all():
        out.append(StatementListing(
            id=row.id, official_id=row.official_id, speaker=row.speaker, kind=row.kind,
            content=row.content, cue=row.cue, first_outlet=row.first_outlet,
            first_seen_at=row.first_seen_at, last_seen_at=row.last_seen_at,
            sightings=int(n or 0), first_url=url, confidence=row.confidence,
        ))
    return out


def sightings_of(session: Session, statement_id: int) -> list[tuple[int, str, datetime]]:
    """(article id, outlet, seen at) of every sighting of a statement, oldest first."""
    rows = session.execute(
        select(StatementSighting.article_id, StatementSighting.outlet, StatementSighting.seen_at)
        .where(StatementSighting.statement_id == statement_id)
        .order_by(StatementSighting.seen_at, StatementSighting.id)
    ).all()
    return [(r.article_id, r.outlet, r.seen_at) for r in rows]


def outlets_carrying(session: Session, statement_id: int) -> int:
    """How many distinct outlets have carried a statement so far."""
    return int(session.scalar(
        select(func.count(func.distinct(StatementSighting.outlet)))
        .where(StatementSighting.statement_id == statement_id)) or 0)
