"""Statements and their sightings: tables, the per-article write, and the listing query.

``statements`` holds one row per distinct statement (who said what, first seen where and
when); ``statement_sightings`` one row per article that carries it (unique per statement and
article). :func:`record_statements` is called by the pipeline inside the article's insert
transaction and returns the statements that are new, so alerts are queued in the same
transaction. The new-or-repeat decision is :mod:`monitor.statements.novelty` (pure).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

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
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from monitor.statements.novelty import find_earlier, normalise, speaker_key
from monitor.storage import statement_keys
from monitor.storage.base import Base, UTCDateTime, same_as
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
    transaction; flushes, never commits.
    """
    new: list[StoredStatement] = []
    sighted: set[int] = set()
    event = event_at or seen_at
    lo, hi = event - lookback, event + lookback
    conn = session.connection()  # Core from here: no ORM flush per statement (issue 12)
    for statement in statements:
        key = speaker_key(statement.official, statement.speaker)
        norm = normalise(statement.content)
        if not norm:
            continue
        found = statement_keys.candidates(session, key, norm, lo, hi)
        earlier = find_earlier(key, norm, found, event, lookback)
        sighting = {"b_article": article_id, "b_outlet": source, "b_seen": seen_at,
                    "b_event": event, "b_start": statement.start, "b_end": statement.end}
        if earlier is not None:
            if earlier.id in sighted:
                continue  # the article repeats its own statement (headline and body)
            sighted.add(earlier.id)
            added = conn.execute(_SQL.add_sighting[conn.dialect.name],
                                 {**sighting, "b_statement": earlier.id})
            if added.first() is not None:  # not already recorded for this article
                conn.execute(_SQL.extend, {"b_id": earlier.id, **sighting})
            continue
        speaker = _cut(statement.speaker, SPEAKER_MAX)
        mention = _cut(statement.mention, SPEAKER_MAX) or ""
        cue = _cut(statement.cue, CUE_MAX)
        row = {
            "official_id": statement.official, "speaker": speaker,
            "speaker_key": key[: SPEAKER_MAX + 20], "mention": mention,
            "resolution": statement.resolution, "kind": statement.kind,
            "content": statement.content, "normalised": norm, "cue": cue,
            "first_article_id": article_id, "first_outlet": source, "first_seen_at": seen_at,
            "last_seen_at": seen_at, "first_event_at": event, "last_event_at": event,
            "confidence": statement.confidence, "story_id": story_id,
        }
        statement_id = conn.execute(_SQL.new_statement, row).scalar_one()
        conn.execute(_SQL.add_sighting[conn.dialect.name],
                     {**sighting, "b_statement": statement_id})
        sighted.add(statement_id)
        statement_keys.add(session, statement_id, key, norm)
        new.append(StoredStatement(
            id=statement_id, official_id=statement.official, speaker=speaker,
            mention=mention, kind=statement.kind, content=statement.content,
            cue=cue, article_id=article_id, outlet=source, first_seen_at=seen_at,
            confidence=statement.confidence, is_new=True,
        ))
    return new


class _Statements:
    """The write path's statements, built once (Core: each call is a compiled-cache hit)."""

    def __init__(self) -> None:
        st = cast(Table, StatementRow.__table__)
        g = cast(Table, StatementSighting.__table__)
        seen = bindparam("b_seen", type_=UTCDateTime())
        event = bindparam("b_event", type_=UTCDateTime())
        self.new_statement = insert(st).returning(st.c.id)
        values = {"statement_id": bindparam("b_statement"), "article_id": bindparam("b_article"),
                  "outlet": bindparam("b_outlet"), "seen_at": seen, "event_at": event,
                  "start": bindparam("b_start"), "end": bindparam("b_end")}
        self.add_sighting = {
            dialect: module.insert(g).values(values).on_conflict_do_nothing().returning(g.c.id)
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
