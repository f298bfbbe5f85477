"""A SQLite database that already holds the farm's history (issue 12: "within 20% after 1M
articles and 100k statements are stored").

:func:`build` fills a migrated database with ``articles`` older farm articles and
``statements`` statements, made the way the real code makes them, but written in bulk:

- each article is a farm item (``bench_farm._item``: the same ten officials, the same topic)
  of an earlier day, turned into an :class:`~monitor.types.Article` by the real
  :func:`~monitor.normalize.normalize_item`; its story features are the real
  :func:`~monitor.dedupe.signatures.features` (stored with
  :func:`~monitor.storage.stories.features_json`, its keys in ``story_keys``), each article the
  canonical member of its own story. Every article is inside the story window of the farm's
  items (event times in the 70 h before them, first seen in the 48 h before the build), so the
  candidate lookups of a pass meet the whole index: the worst case, as ``bench_dedup.py`` at 1M;
- its statements are what the real :class:`~monitor.statements.extract.Extractor` finds in
  it; a (speaker key, normalised content) seen before is a sighting of the earlier statement
  (exact repeats only: the near-repeats the novelty decision would merge are stored as new
  statements), a new one gets its ``statement_keys`` postings
  (:func:`~monitor.storage.statement_keys.index_rows`). Statements are extracted from the
  articles in order until ``statements`` are stored; their event times are spread over the 29
  days before the farm's items (inside the 30-day lookback).

Features and extraction run in ``workers`` processes; the main process writes batches of
:data:`CHUNK` articles (``storage.bulk.insert_rows`` for the rows, postings through unindexed
scratch tables copied in key order at the end, as ``bench_dedup.py`` does) and prints progress.
The farm's own items (``bench_farm``) have other URLs and GUIDs (their days are >= 0, the
history's < 0), and history articles belong to no feed (``feed_id`` NULL: the farm's feeds are
registered by the first pass).
"""

from __future__ import annotations

import multiprocessing
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Table

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_farm import _item

from monitor.dedupe.signatures import features
from monitor.normalize import normalize_item
from monitor.statements.extract import Extractor
from monitor.statements.novelty import normalise, speaker_key
from monitor.statements.officials import default_registry
from monitor.storage import statement_keys
from monitor.storage.bulk import insert_rows
from monitor.storage.engine import create_engine_for
from monitor.storage.models import Article as ArticleRow
from monitor.storage.statements import StatementRow
from monitor.storage.stories import Story, StoryDoc, features_json
from monitor.types import RawItem

# The farm's items are published on 1 Dec 2026 (bench_farm._feed); the history lies before.
FARM_EVENTS = datetime(2026, 12, 1, tzinfo=UTC)
ARTICLE_SPAN = timedelta(hours=70)  # history event times: inside the 72 h story window
SEEN_SPAN = timedelta(hours=48)  # first seen before the build: not pruned for a day or so
STATEMENT_SPAN = timedelta(days=29)  # statement event times: inside the 30-day lookback
CHUNK = 5_000  # articles per worker task and per written batch
TOPICS = ("ukraine-peace",)  # the farm's topic (bench_farm._config)


@dataclass(frozen=True)
class Built:
    """What :func:`build` stored and how long it took."""

    articles: int
    statements: int
    sightings: int
    story_keys: int
    statement_keys: int
    seconds: float
    size_bytes: int


_extractor: Extractor | None = None


def _article(i: int, total: int, feeds: int, now: datetime) -> tuple[Any, ...]:
    """History article ``i`` of ``total``: (article, first seen) through the real normaliser."""
    feed, day = i % feeds, -1 - i // feeds
    html = _item(feed, day)
    published = FARM_EVENTS - ARTICLE_SPAN + ARTICLE_SPAN * (i / total)
    seen = now - SEEN_SPAN + SEEN_SPAN * (i / total)
    raw = RawItem(guid=f"f{feed}-{day}", link=f"https://farm{feed}.example/news/{day}",
                  title=f"Ukraine peace talks: day {day} at outlet {feed}", summary_html=html,
                  content_html=html, published=published)
    article = normalize_item(raw, source=f"Outlet {feed}", now=seen,
                             feed_url=f"http://127.0.0.1/feed/{feed}.xml")
    assert article is not None
    return replace(article, topics=TOPICS), seen


def _work(task: tuple[int, int, int, int, datetime, bool]) -> list[tuple[Any, ...]]:
    """A worker's chunk: per article (article, seen, features JSON, keys, statements)."""
    global _extractor
    start, stop, total, feeds, now, extract = task
    if extract and _extractor is None:
        _extractor = Extractor(default_registry())
    out = []
    for i in range(start, stop):
        article, seen = _article(i, total, feeds, now)
        doc = features(article.title, article.text, article.published_at or seen)
        found = []
        if extract and _extractor is not None:
            for s in _extractor.extract(article.text, day=(article.published_at or seen).date()):
                found.append((speaker_key(s.official, s.speaker), s.official, s.speaker,
                              s.mention, s.kind, s.content, normalise(s.content), s.cue,
                              s.confidence, s.resolution, s.start, s.end))
        out.append((article, seen, features_json(doc, rewrites=False), doc.keys, found))
    return out


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


def build(url: str, articles: int, statements: int, *, feeds: int = 1000, workers: int = 2,
          progress: bool = True) -> Built:
    """Migrate the SQLite database at ``url`` and store the history in it (see the module)."""
    started = time.perf_counter()
    monitor = Path(sys.executable).with_name("monitor")
    subprocess.run([str(monitor), "--db", url, "db", "upgrade"], check=True,
                   capture_output=True)
    engine = create_engine_for(url)
    now = datetime.now(UTC)
    known: dict[tuple[str, str], int] = {}  # (speaker key, normalised) -> statement id
    last_event: dict[int, datetime] = {}
    n_statements = n_sightings = n_story_keys = n_statement_keys = 0
    with engine.connect() as conn:
        cur = conn.connection.cursor()
        cur.execute("PRAGMA synchronous=OFF")
        cur.execute("PRAGMA cache_size=-500000")
        cur.execute("DROP INDEX ix_story_keys_article_id")
        cur.execute("DROP INDEX ix_statement_keys_statement_id")
        cur.execute("CREATE TEMP TABLE scratch_story_keys (key INTEGER, article_id INTEGER, "
                    "n_keys INTEGER)")
        cur.execute("CREATE TEMP TABLE scratch_statement_keys (speaker INTEGER, key INTEGER, "
                    "statement_id INTEGER, n_keys INTEGER)")
        _commit(conn)
        extract = statements > 0
        done = 0
        while done < articles:
            tasks = [(s, min(articles, s + CHUNK), articles, feeds, now, extract)
                     for s in range(done, articles, CHUNK)]
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                for chunk in pool.imap(_work, tasks):
                    a_rows, stories, docs, s_rows = [], [], [], []
                    sightings: list[tuple[Any, ...]] = []
                    skeys: list[tuple[int, int, int]] = []
                    nkeys: list[tuple[int, int, int, int]] = []
                    for article, seen, feats, keys, found in chunk:
                        done += 1
                        aid = done
                        event = article.published_at or seen
                        a_rows.append({
                            "id": aid, "feed_id": None, "source": article.source,
                            "url": article.url, "canonical_url": article.canonical_url,
                            "guid": article.guid, "title": article.title,
                            "summary": article.summary, "text": article.text,
                            "authors": list(article.authors),
                            "published_at": article.published_at, "first_seen_at": seen,
                            "updated_at": None, "event_at": event,
                            "language": article.language,
                            "content_hash": article.content_hash, "topics": list(TOPICS),
                            "truncated_from": article.truncated_from,
                            "raw_digest": article.raw_digest, "story_id": aid,
                            "story_relation": "canonical"})
                        stories.append({"id": aid, "canonical_article_id": aid,
                                        "title": article.title, "first_seen_at": seen,
                                        "last_seen_at": seen, "first_event_at": event,
                                        "last_event_at": event, "article_count": 1})
                        docs.append({"article_id": aid, "seen_at": seen, "event_at": event,
                                     "features": feats})
                        skeys.extend((k, aid, len(keys)) for k in keys)
                        here: set[int] = set()
                        for (key, official, speaker, mention, kind, content, norm, cue,
                             confidence, resolution, begin, end) in found:
                            at = FARM_EVENTS - STATEMENT_SPAN + STATEMENT_SPAN * (
                                min(n_statements, statements) / (statements + 1))
                            sid = known.get((key, norm))
                            if sid is None:
                                if n_statements >= statements:
                                    continue
                                n_statements += 1
                                sid = known[(key, norm)] = n_statements
                                s_rows.append({
                                    "id": sid, "official_id": official, "speaker": speaker,
                                    "speaker_key": key, "mention": mention,
                                    "resolution": resolution, "kind": kind,
                                    "content": content, "normalised": norm, "cue": cue,
                                    "first_article_id": aid, "first_outlet": article.source,
                                    "first_seen_at": at, "last_seen_at": at,
                                    "first_event_at": at, "last_event_at": at,
                                    "confidence": confidence, "story_id": aid})
                                nkeys.extend(statement_keys.index_rows(key, norm, sid))
                            elif sid in here:  # quoted twice in one article: one sighting
                                continue
                            else:
                                last_event[sid] = at
                            here.add(sid)
                            n_sightings += 1
                            sightings.append((n_sightings, sid, aid, article.source, _ts(at),
                                              _ts(at), begin, end))
                    insert_rows(conn, _table(ArticleRow), list(a_rows[0]), a_rows)
                    insert_rows(conn, _table(Story), list(stories[0]), stories)
                    insert_rows(conn, _table(StoryDoc), list(docs[0]), docs)
                    if s_rows:
                        insert_rows(conn, _table(StatementRow), list(s_rows[0]), s_rows)
                    cur.executemany(  # "end" is an SQL keyword: quoted
                        "INSERT INTO statement_sightings (id, statement_id, article_id, outlet, "
                        'seen_at, event_at, start, "end") VALUES (?,?,?,?,?,?,?,?)', sightings)
                    cur.executemany("INSERT INTO scratch_story_keys VALUES (?,?,?)", skeys)
                    cur.executemany("INSERT INTO scratch_statement_keys VALUES (?,?,?,?)",
                                    nkeys)
                    n_story_keys += len(skeys)
                    n_statement_keys += len(nkeys)
                    _commit(conn)
                    if progress:
                        print(f"  history: {done:,}/{articles:,} articles, {n_statements:,} "
                              f"statements, {time.perf_counter() - started:.0f} s", flush=True)
                    if extract and n_statements >= statements:
                        extract = False  # the rest without extraction: a new pool
                        break
        if last_event:  # repeats seen later: the statements' latest sighting
            cur.executemany("UPDATE statements SET last_seen_at = ?, last_event_at = ? "
                            "WHERE id = ?",
                            [(_ts(at), _ts(at), sid) for sid, at in last_event.items()])
        cur.execute("INSERT INTO story_keys SELECT * FROM scratch_story_keys "
                    "ORDER BY key, article_id")
        cur.execute("INSERT INTO statement_keys SELECT * FROM scratch_statement_keys "
                    "ORDER BY speaker, key, statement_id")
        cur.execute("DROP TABLE scratch_story_keys")
        cur.execute("DROP TABLE scratch_statement_keys")
        cur.execute("CREATE INDEX ix_story_keys_article_id ON story_keys (article_id)")
        cur.execute("CREATE INDEX ix_statement_keys_statement_id ON statement_keys "
                    "(statement_id)")
        _commit(conn)
        cur.execute("ANALYZE")
        _commit(conn)
        cur.close()
    engine.dispose()
    path = Path(url.removeprefix("sqlite:///"))
    with sqlite3.connect(path) as db:  # one file to copy per run
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Built(done, n_statements, n_sightings, n_story_keys, n_statement_keys,
                 time.perf_counter() - started, path.stat().st_size)


def _commit(conn: Connection) -> None:
    """Commit SQLAlchemy's transaction and the raw cursor's work done outside it."""
    conn.commit()
    conn.connection.commit()


def _ts(at: datetime) -> str:
    """SQLAlchemy's SQLite text for an aware UTC time (``UTCDateTime`` stores naive UTC)."""
    return at.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def counts(path: Path) -> tuple[int, int]:
    """(articles, statements) stored in the SQLite file at ``path``."""
    with sqlite3.connect(path) as db:
        return (db.execute("SELECT count(*) FROM articles").fetchone()[0],
                db.execute("SELECT count(*) FROM statements").fetchone()[0])
