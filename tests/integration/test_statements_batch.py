"""Batched statement writes (issue 12) decide exactly as recording one article at a time.

``record_batch`` reads ahead, decides a whole batch in memory and writes it with multi-row
statements; ``record_statements`` records one article. On SQLite and PostgreSQL, the same
articles recorded either way must leave the same rows (statements, sightings, novelty keys,
ids included) and report the same new statements.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from monitor.storage.engine import session_factory, transaction
from monitor.storage.models import Article
from monitor.storage.statements import (
    ArticleStatements,
    StoredStatement,
    record_batch,
    record_statements,
)
from monitor.types import Statement

T0 = datetime(2026, 12, 1, tzinfo=UTC)
LOOKBACK = timedelta(days=30)
WORDS = ["peace", "talks", "ceasefire", "guarantees", "sanctions", "territory", "security",
         "front", "proposal", "summit", "prisoners", "exchange", "energy", "border", "12", "14"]
SPEAKERS = [("peskov", "Dmitry Peskov"), ("lavrov", "Sergei Lavrov"), (None, "Jane Doe")]
PER_BATCH = 7


def _pool(rng: random.Random) -> list[str]:
    """Statements a speaker makes: some short (their words are keys), most 6-12 words."""
    return [" ".join(rng.choices(WORDS, k=rng.choice([2, 3, 6, 8, 12]))).capitalize()
            for _ in range(25)]


def _articles(seed: int, n: int) -> list[tuple[int, datetime, datetime, list[Statement]]]:
    """(n, seen, event, statements): repeats across articles and inside one (a headline
    quoting the body), excerpts, a changed word, back-filled event times, some beyond the
    lookback."""
    rng = random.Random(seed)
    pools = {who: _pool(rng) for who, _ in SPEAKERS}
    out = []
    for i in range(n):
        statements = []
        for _ in range(rng.randint(0, 6)):
            official, name = rng.choice(SPEAKERS)
            content = rng.choice(pools[official])
            words = content.split()
            roll = rng.random()
            if roll < 0.2 and len(words) > 5:  # an excerpt
                content = " ".join(words[1:-1])
            elif roll < 0.3:  # a word changed
                words[rng.randrange(len(words))] = rng.choice(WORDS)
                content = " ".join(words)
            statements.append(Statement(speaker=name, mention=name.split()[-1],
                                        official=official, kind="direct", content=content,
                                        cue="said", start=10 * len(statements),
                                        end=10 * len(statements) + len(content),
                                        confidence=0.9))
        if statements and rng.random() < 0.2:  # the article repeats its own statement
            statements.append(statements[0])
        seen = T0 + timedelta(minutes=i)
        event = seen - timedelta(days=rng.choice([0, 0, 0, 2, 29, 31, 45]),
                                 hours=rng.randrange(24))
        out.append((i, seen, event, statements))
    return out


def _stored_articles(session: Session, first: int, count: int) -> list[int]:
    ids = []
    for n in range(first, first + count):
        row = Article(source=f"Outlet {n % 5}", url=f"https://example.org/{n}",
                      canonical_url=f"https://example.org/{n}", title=f"Article {n}",
                      summary="", text="", authors=[], first_seen_at=T0,
                      content_hash=f"{n:064d}", topics=[])
        session.add(row)
        session.flush()
        ids.append(row.id)
    return ids


def _record(sessions: sessionmaker[Session], batched: bool,
            docs: list[tuple[int, datetime, datetime, list[Statement]]],
            ) -> list[list[StoredStatement]]:
    out: list[list[StoredStatement]] = []
    for start in range(0, len(docs), PER_BATCH):
        chunk = docs[start:start + PER_BATCH]
        with transaction(sessions) as s:
            ids = _stored_articles(s, start, len(chunk))
            if batched:
                out.extend(record_batch(s, [
                    ArticleStatements(i, f"Outlet {n % 5}", seen, statements, None, event)
                    for i, (n, seen, event, statements) in zip(ids, chunk, strict=True)],
                    LOOKBACK))
            else:
                out.extend(record_statements(s, i, f"Outlet {n % 5}", seen, statements,
                                             LOOKBACK, event_at=event)
                           for i, (n, seen, event, statements) in zip(ids, chunk, strict=True))
    return out


def _dump(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as conn:
        return {table: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} "
                                                            f"ORDER BY {order}"))]
                for table, order in (("statements", "id"), ("statement_sightings", "id"),
                                     ("statement_keys", "speaker, key, statement_id"))}


def _fresh(engine: Engine) -> None:
    with engine.begin() as conn:
        for table in ("statement_keys", "statement_sightings", "statements", "articles"):
            conn.execute(text(f"DELETE FROM {table}"))


def test_a_batch_decides_as_one_article_at_a_time(engine: Engine) -> None:
    docs = _articles(seed=3, n=120)
    sessions = session_factory(engine)
    one_by_one = _record(sessions, False, docs)
    expected = _dump(engine)
    assert len(expected["statements"]) > 30 and len(expected["statement_sightings"]) > 100
    # the same ids again: restart the sequences by recreating nothing, just compare shapes
    _fresh(engine)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            for table in ("articles", "statements", "statement_sightings"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  "1, false)"))
    batched = _record(sessions, True, docs)
    assert _dump(engine) == expected
    assert batched == one_by_one
    assert sum(len(n) for n in batched) == len(expected["statements"])


def test_new_statements_come_back_in_text_order_with_their_ids(
        sessions: sessionmaker[Session]) -> None:
    said = [Statement(speaker="Dmitry Peskov", mention="Peskov", official="peskov",
                      kind="direct", content=c, cue="said", start=i, end=i + 1,
                      confidence=0.9)
            for i, c in enumerate(["Talks with Ukraine could resume soon after the summit",
                                   "The Kremlin is ready to listen to any proposal",
                                   "Talks with Ukraine could resume soon after the summit"])]
    with transaction(sessions) as s:
        a1, a2 = _stored_articles(s, 0, 2)
        first, second = record_batch(s, [
            ArticleStatements(a1, "TASS", T0, said[:2]),
            ArticleStatements(a2, "Reuters", T0 + timedelta(hours=1), said[::-1])], LOOKBACK)
        stored = dict(s.execute(text("SELECT id, content FROM statements")).all())
    assert [n.content for n in first] == [said[0].content, said[1].content]
    assert second == []  # both repeat the first article's
    assert {n.id: n.content for n in first} == stored
