"""Cost of the stories decision per article with 10k / 100k / 1M articles in the window.

The candidate index lives in SQLite, as in production. For each scale N a fresh database is
migrated and loaded with N indexed articles spread over the 72 h window (bulk-loaded: most of
them as stored features made directly by :mod:`bench.synthetic_corpus`; a few thousand from
generated text, whose copies and rewrites are then measured). Then M new articles arrive (30%
copies of indexed ones, 20% own-words rewrites of indexed ones, 50% new) and each goes through
:meth:`StoryStore.assign` (candidates, verification, writes), timed one by one, in batches of
``BATCH`` (a store each, flushed and committed: timed apart); ``features()`` is timed
separately. Prints median / p99 ms per article, the copies (and rewrites) found, process
memory (RSS), database size and what takes the space (SQLite's dbstat, per table and index).

``--prune`` streams 3 windows' worth of articles with pruning and shows that the index stays
at one window's size (memory bounded by the window, not by history).

``--rewrites`` turns the rewrite layer on (``StoryParams(enabled=True)``): the bulk load also
fills its tables for the indexed articles as :class:`~monitor.storage.rewrites.RewriteStore`
would have (document frequencies over all of them, one centroid per story, the postings of
their headline + lead terms), and 20% of the arrivals are own-words rewrites of indexed
articles made from text (headline words reordered, the first sentence's words reordered and
thinned), which the layer should join to their story. ``--check N`` builds N articles both ways
(bulk load, and really assigning them one by one through ``StoryStore``) and compares the
rewrite tables and the candidate index.

    .venv/bin/python bench/bench_dedup.py --scales 10000,100000,1000000 [--measure 2000]
    .venv/bin/python bench/bench_dedup.py --scales 10000,100000 --rewrites
    .venv/bin/python bench/bench_dedup.py --check 600
    .venv/bin/python bench/bench_dedup.py --stories-dev 200,0   # the postings cap's quality cost

The bench reports CPU time per decision beside wall time (``time.process_time``; SQLite runs
in-process, so it includes the queries): on a shared machine it is the figure to compare.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import multiprocessing
import os
import secrets
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import text as sql_text
from synthetic_corpus import Corpus, Doc

from monitor.dedupe.match import WINDOW
from monitor.dedupe.rewrites import (
    DocFreq,
    RewriteIndex,
    StoryParams,
    StoryVector,
    rewrite_signals,
)
from monitor.dedupe.signatures import DocFeatures, features
from monitor.storage import migrate
from monitor.storage.engine import create_engine_for, session_factory
from monitor.storage.rewrites import (
    PART_BODY,
    PART_TERMS,
    STAMP_BITS,
    STAMP_ROW,
    dump_counts,
    dump_norms,
    load_counts,
    stored_signals,
)
from monitor.storage.stories import StoryStore, features_json

T_END = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
REAL_MAX = 3000  # indexed articles made from text (their copies are measured)
CHUNK = 20_000  # rows per bulk-insert batch
COPY_SHARE = 0.30  # share of measured arrivals that are copies of indexed articles
REWRITE_SHARE = 0.20  # ...and own-words rewrites of indexed articles (the rest are new)
BATCH = 100  # arrivals per batch (one feed's new entries): one StoryStore, flush and commit


def _ts(dt: datetime) -> str:
    """SQLAlchemy's SQLite storage format for naive UTC datetimes."""
    return dt.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _json(value: object) -> str:
    """JSON as monitor.storage.rewrites stores it."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


Indexed = tuple[int, datetime, DocFeatures, str, str, Doc | None]


def indexed_articles(n: int, corpus: Corpus) -> Iterator[Indexed]:
    """The ``n`` indexed articles in order: (id, time, features, title, source, doc or None).

    Most are background features made directly; every ``n // REAL_MAX``-th (at most
    ``REAL_MAX``, a fifth at small N) is made from text, so that copies and rewrites of it can
    arrive. The same ``corpus`` seed gives the same articles (``--check`` relies on it).
    """
    spacing = (WINDOW - timedelta(hours=1)) / n
    n_real = min(REAL_MAX, n // 5)
    real_every = max(1, n // max(1, n_real))
    made = 0
    for i in range(1, n + 1):
        at = T_END - WINDOW + timedelta(minutes=30) + spacing * i
        if i % real_every == 0 and made < n_real:
            doc = corpus.article()
            made += 1
            yield i, at, features(doc.title, doc.text, at), doc.title, doc.source, doc
        else:
            f = corpus.background_features(at)
            yield i, at, f, f.title, corpus.rng.choice(corpus.sources), None


def _article_row(i: int, at: datetime, title: str, source: str) -> tuple[Any, ...]:
    ts = _ts(at)
    url = f"https://bench.example/{i}"
    return (i, source, url, url, title, "", "", "[]", ts, ts, ts, f"h{i}", "[]")


_INSERT_ARTICLE = (
    "INSERT INTO articles (id, source, url, canonical_url, title, summary, text, authors,"
    " published_at, first_seen_at, event_at, content_hash, topics, story_id, story_relation,"
    " rewrite_counted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def bulk_load(conn: Any, n: int, corpus: Corpus, rewrites: bool = False) -> list[tuple[int, Doc]]:
    """Load ``n`` indexed articles, each its own story; returns the (id, doc) of those made
    from text. With ``rewrites`` the rewrite layer's tables are filled too, as
    ``RewriteStore`` would have filled them assigning the articles one by one."""
    real: list[tuple[int, Doc]] = []
    cur = conn.cursor()
    # bulk-load settings for this connection only (the measured process uses the defaults):
    # postings go to unindexed scratch tables and are copied in key order at the end, and
    # the secondary indexes on article / story id are built afterwards: all sorted, instead of
    # random B-tree inserts
    cur.execute("PRAGMA synchronous=OFF")
    cur.execute("PRAGMA cache_size=-500000")
    cur.execute("DROP INDEX ix_story_keys_article_id")
    cur.execute("DROP INDEX ix_rewrite_keys_story_id")
    cur.execute("CREATE TEMP TABLE scratch_keys (key INTEGER, article_id INTEGER, n_keys INTEGER)")
    cur.execute("CREATE TEMP TABLE scratch_terms (term TEXT, story_id INTEGER)")
    df: dict[str, Counter[str]] = {PART_TERMS: Counter(), PART_BODY: Counter()}
    # per-outlet furniture as the store reads and counts it (RewriteIndex.defurnish)
    furnish: RewriteIndex[int] = RewriteIndex(StoryParams(enabled=True))
    lines_at: dict[tuple[str, int], str] = {}
    gen = indexed_articles(n, corpus)
    done = False
    while not done:
        arts: list[tuple[Any, ...]] = []
        stories: list[tuple[Any, ...]] = []
        docs: list[tuple[Any, ...]] = []
        keys: list[tuple[int, int, int]] = []
        centroids: list[tuple[Any, ...]] = []
        terms: list[tuple[str, int]] = []
        members: list[tuple[int, int, int, str | None]] = []
        for i, at, f, title, source, doc in gen:
            if doc is not None:
                real.append((i, doc))
            ts = _ts(at)
            arts.append((*_article_row(i, at, title, source), i, "canonical",
                         1 if rewrites else None))
            stories.append((i, i, title, ts, ts, ts, ts, 1))
            docs.append((i, ts, ts, features_json(f, rewrites=rewrites)))
            ks = f.keys
            keys.extend((k, i, len(ks)) for k in ks)
            if rewrites:  # RewriteStore.add of a one-member story
                sig = stored_signals(rewrite_signals(f, source))
                seen = furnish.outlet_lines.setdefault(source, Counter())
                dropped = sorted({h for h, _ in sig.lines
                                  if seen[h] >= furnish.params.furniture_min}) if source else []
                sig = furnish.defurnish(sig)
                if source:
                    seen.update({h for h, _ in sig.lines})
                    for h, _ in sig.lines:
                        lines_at[(source, h)] = ts
                members.append((i, i, 1, _json(dropped) if dropped else None))
                p = _ts(sig.at) if sig.at is not None else None
                centroids.append((
                    i, ts, p, p, 1, dump_counts(sig.terms), dump_counts(sig.body),
                    _json(sorted(sig.entities)), _json(sorted(sig.years)),
                    _json(sorted([list(x) for x in sig.numbers])),
                ))
                terms.extend((t, i) for t in sig.terms)
                df[PART_TERMS].update(sig.terms.keys())
                df[PART_BODY].update(sig.body.keys())
            if len(arts) >= CHUNK:
                break
        else:
            done = True
        cur.executemany(_INSERT_ARTICLE, arts)
        cur.executemany(
            "INSERT INTO stories (id, canonical_article_id, title, first_seen_at, last_seen_at,"
            " first_event_at, last_event_at, article_count) VALUES (?,?,?,?,?,?,?,?)",
            stories,
        )
        cur.executemany(
            "INSERT INTO story_docs (article_id, seen_at, event_at, features) VALUES (?,?,?,?)",
            docs,
        )
        cur.executemany("INSERT INTO scratch_keys VALUES (?,?,?)", keys)
        cur.executemany(
            "INSERT INTO rewrite_stories (story_id, seen_at, first_at, last_at, size, terms,"
            " body, entities, years, numbers) VALUES (?,?,?,?,?,?,?,?,?,?)",
            centroids,
        )
        cur.executemany("INSERT INTO scratch_terms VALUES (?,?)", terms)
        cur.executemany("INSERT INTO rewrite_members (article_id, story_id, seq, furniture)"
                        " VALUES (?,?,?,?)", members)
        conn.commit()
    cur.execute("INSERT INTO story_keys SELECT * FROM scratch_keys ORDER BY key, article_id")
    cur.execute("DROP TABLE scratch_keys")
    cur.execute("CREATE INDEX ix_story_keys_article_id ON story_keys (article_id)")
    cur.execute("INSERT INTO rewrite_keys (term, story_id) SELECT term, story_id"
                " FROM scratch_terms ORDER BY term, story_id")
    cur.execute("DROP TABLE scratch_terms")
    cur.execute("CREATE INDEX ix_rewrite_keys_story_id ON rewrite_keys (story_id)")
    if rewrites:  # document frequencies over every loaded article, in key order
        cur.executemany(
            "INSERT INTO rewrite_df (part, term, docs) VALUES (?,?,?)",
            sorted((part, t, c) for part, counts in df.items() for t, c in counts.items()),
        )
        cur.executemany("INSERT INTO rewrite_totals (part, docs) VALUES (?,?)",
                        [(PART_BODY, n), (PART_TERMS, n)])
        # as every writer of the frequencies does: a new stamp (a process's cached counts
        # of the one before are not these)
        cur.execute("UPDATE rewrite_df_stamp SET stamp = ? WHERE id = ?",
                    (secrets.randbits(STAMP_BITS), STAMP_ROW))
        cur.executemany("INSERT INTO rewrite_lines (outlet, fingerprint, articles, seen_at)"
                        " VALUES (?,?,?,?)",
                        sorted((o, h, c, lines_at[(o, h)])
                               for o, counts in furnish.outlet_lines.items()
                               for h, c in counts.items()))
        conn.commit()
        store_norms(conn, df, n)
    conn.commit()
    cur.execute("ANALYZE")
    conn.commit()
    return real


def store_norms(conn: Any, df: dict[str, Counter[str]], n: int) -> None:
    """Fill ``rewrite_stories.norms`` as ``RewriteStore`` keeps them (the norm sums of each
    centroid, ``RewriteIndex.norm_sums``), with the document frequencies over all ``n``
    loaded articles: a window in steady state, where no stored sum is stale."""
    index: RewriteIndex[int] = RewriteIndex(StoryParams(enabled=True))
    index.df = DocFreq(df[PART_TERMS], n)
    index.body_df = DocFreq(df[PART_BODY], n)
    read = conn.cursor()
    write = conn.cursor()
    read.execute("SELECT story_id, terms, body FROM rewrite_stories ORDER BY story_id")
    while rows := read.fetchmany(CHUNK):
        updates = []
        for story_id, terms, body in rows:
            vec = StoryVector(terms=Counter(load_counts(terms)), body=Counter(load_counts(body)))
            updates.append((dump_norms(index.norm_sums(vec)), story_id))
        write.executemany("UPDATE rewrite_stories SET norms = ? WHERE story_id = ?", updates)
    conn.commit()


Arrival = tuple[str, str, str, int | None, str]  # title, text, source, original id, kind


def arrivals(corpus: Corpus, real: list[tuple[int, Doc]], m: int) -> list[Arrival]:
    """``m`` new articles: (title, text, source, id of the indexed original, kind), kind being
    ``copy`` or ``rewrite`` of that original, or ``new`` (no original)."""
    out: list[Arrival] = []
    for _ in range(m):
        r = corpus.rng.random()
        if real and r < COPY_SHARE + REWRITE_SHARE:
            orig_id, orig = corpus.rng.choice(real)
            kind = "copy" if r < COPY_SHARE else "rewrite"
            d = corpus.copy_of(orig) if kind == "copy" else corpus.rewrite_of(orig)
            out.append((d.title, d.text, d.source, orig_id, kind))
        else:
            d = corpus.article()
            out.append((d.title, d.text, d.source, None, "new"))
    return out


def measure(url: str, n: int, m: int, seed: int, rewrites: bool = False,
            profile: str = "", max_candidates: int | None = None) -> dict[str, float]:
    """Build an index of ``n``, then time ``m`` arrivals in a fresh process (``profile``: write
    a cProfile of the timed ``assign`` calls there)."""
    engine = create_engine_for(url)
    migrate.upgrade(engine)
    corpus = Corpus(seed)
    t0 = time.perf_counter()
    raw = engine.raw_connection()
    real = bulk_load(raw, n, corpus, rewrites)
    raw.close()
    engine.dispose()
    build_s = time.perf_counter() - t0
    new = arrivals(corpus, real, m)
    ctx = multiprocessing.get_context("spawn")  # a clean process: its memory is the decision's
    with ctx.Pool(1) as pool:
        result: dict[str, float] = pool.apply(_timed_arrivals, (url, n, new, rewrites,
                                                                  profile, max_candidates))
    result["build_s"] = build_s
    return result


def _centroid_cache_counts() -> dict[str, float]:
    """Hits and misses of the process cache of decoded centroids, when the code has one."""
    from monitor.storage import rewrites as stored

    cache = getattr(stored, "_CENTROIDS", None)
    if cache is None:
        return {}
    out = {"centroid_hits": float(cache.hits), "centroid_misses": float(cache.misses)}
    docfreqs = getattr(stored, "_DOCFREQS", None)  # the process's document frequencies
    if docfreqs is not None:
        out["df_cached"] = float(max((sum(map(len, counts.values()))
                                      for stamps in docfreqs._entries.values()
                                      for counts in stamps.values()), default=0))
    return out


def _timed_arrivals(url: str, n: int, new: list[Arrival], rewrites: bool,
                    profile: str = "", max_candidates: int | None = None) -> dict[str, float]:
    """Insert and assign the arrivals one by one, in batches of ``BATCH`` (a store each,
    flushed and committed at the end: the pipeline's stories stage); per-article timings,
    what was found and memory."""
    engine = create_engine_for(url)
    feats: list[DocFeatures] = []
    f_ms: list[float] = []
    for k, (title, text, _, _, _) in enumerate(new):
        at = T_END + timedelta(seconds=k)
        t = time.perf_counter()
        feats.append(features(title, text, at))
        f_ms.append((time.perf_counter() - t) * 1000)
    raw = engine.raw_connection()
    base = n + 1
    raw.cursor().executemany(
        "INSERT INTO articles (id, source, url, canonical_url, title, summary, text, authors,"
        " published_at, first_seen_at, event_at, content_hash, topics)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                base + k,
                source,
                f"https://new.example/{k}",
                f"https://new.example/{k}",
                title,
                "",
                "",
                "[]",
                _ts(T_END + timedelta(seconds=k)),
                _ts(T_END + timedelta(seconds=k)),
                _ts(T_END + timedelta(seconds=k)),
                f"n{k}",
                "[]",
            )
            for k, (title, _, source, _, _) in enumerate(new)
        ],
    )
    raw.commit()
    raw.close()
    gc.collect()
    rss_before = _rss_mb()
    params = StoryParams(enabled=True) if rewrites else None
    if params is not None and max_candidates:
        params = replace(params, max_candidates=max_candidates)
    profiler = cProfile.Profile() if profile else None
    sessions = session_factory(engine)
    a_ms: list[float] = []
    c_ms: list[float] = []  # CPU time of the same calls (the machine is shared: less noisy)
    end_ms: list[float] = []
    copies_found = 0
    session = sessions()
    for b in range(0, len(new), BATCH):
        store = StoryStore(session, params=params)
        for k in range(b, min(len(new), b + BATCH)):
            title, _, _, orig, kind = new[k]
            t, c = time.perf_counter(), time.process_time()
            if profiler is not None:
                profiler.enable()
            decision = store.assign(base + k, feats[k], T_END + timedelta(seconds=k),
                                    title=title)
            if profiler is not None:
                profiler.disable()
            a_ms.append((time.perf_counter() - t) * 1000)
            c_ms.append((time.process_time() - c) * 1000)
            if kind == "copy":
                copies_found += decision.copy_of == orig
        t = time.perf_counter()
        store.flush()
        session.commit()
        end_ms.append((time.perf_counter() - t) * 1000)
    if profiler is not None:
        profiler.dump_stats(profile)
    rows = session.execute(
        sql_text("SELECT id, story_id, story_relation FROM articles WHERE id >= :b ORDER BY id"),
        {"b": base},
    ).all()
    session.close()
    engine.dispose()
    kinds = Counter(kind for *_, kind in new)
    rewrites_found = sum(
        1
        for (_, story_id, relation), (_, _, _, orig, kind) in zip(rows, new, strict=True)
        if kind == "rewrite" and story_id == orig and relation == "rewrite"
    )
    new_joined = sum(
        1 for (_, _, relation), a in zip(rows, new, strict=True)
        if a[4] == "new" and relation != "canonical"
    )
    a_ms.sort()
    c_ms.sort()
    f_ms.sort()
    return {
        "n": n,
        "features_median_ms": statistics.median(f_ms),
        "assign_median_ms": statistics.median(a_ms),
        "assign_p99_ms": a_ms[int(len(a_ms) * 0.99) - 1],
        "assign_cpu_median_ms": statistics.median(c_ms),
        "assign_cpu_p99_ms": c_ms[int(len(c_ms) * 0.99) - 1],
        "batch_end_median_ms": statistics.median(end_ms),
        "copies_found": copies_found / kinds["copy"] if kinds["copy"] else 1.0,
        "rewrites_found": rewrites_found / kinds["rewrite"] if kinds["rewrite"] else 1.0,
        "new_joined": new_joined,
        "n_new": kinds["new"],
        "rss_mb_before": rss_before,
        "rss_mb_after": _rss_mb(),
        # the process cache of decoded centroids (round 6; absent before it): hits, misses
        **_centroid_cache_counts(),
    }


def prune_demo(url: str, per_window: int, seed: int) -> list[tuple[int, int]]:
    """Stream 3 windows of articles with hourly pruning; (articles seen, index size) samples."""
    engine = create_engine_for(url)
    migrate.upgrade(engine)
    corpus = Corpus(seed)
    window = timedelta(hours=6)
    spacing = window / per_window
    sessions = session_factory(engine)
    samples: list[tuple[int, int]] = []
    last_prune = T_END
    with sessions() as session:
        store = StoryStore(session, window)
        for k in range(3 * per_window):
            at = T_END + spacing * k
            doc = corpus.article()
            session.execute(
                sql_text(
                    "INSERT INTO articles (id, source, url, canonical_url, title, summary, text,"
                    " authors, published_at, first_seen_at, event_at, content_hash, topics)"
                    " VALUES (:i, :s, :u, :u, :t, '', '', '[]', :at, :at, :at, :h, '[]')"
                ),
                {
                    "i": k + 1,
                    "s": doc.source,
                    "u": f"https://p.example/{k}",
                    "t": doc.title,
                    "at": _ts(at),
                    "h": f"p{k}",
                },
            )
            store.assign(k + 1, features(doc.title, doc.text, at), at, title=doc.title)
            if at - last_prune >= timedelta(hours=1):
                store.prune(at)
                last_prune = at
            if k % (per_window // 2) == per_window // 2 - 1:
                session.commit()
                samples.append((k + 1, store.index_size()[0]))
        session.commit()
    engine.dispose()
    return samples


CHECK_QUERIES = {  # what --check compares; stories by their canonical article (ids may differ)
    "rewrite_totals": "SELECT part, docs FROM rewrite_totals",
    "rewrite_df": "SELECT part, term, docs FROM rewrite_df",
    "rewrite_stories": "SELECT s.canonical_article_id, r.seen_at, r.first_at, r.last_at, r.size,"
    " r.terms, r.body, r.entities, r.years, r.numbers FROM rewrite_stories r"
    " JOIN stories s ON s.id = r.story_id",
    "rewrite_keys": "SELECT k.term, s.canonical_article_id FROM rewrite_keys k"
    " JOIN stories s ON s.id = k.story_id",
    "rewrite_members": "SELECT m.article_id, s.canonical_article_id, m.seq, m.furniture"
    " FROM rewrite_members m JOIN stories s ON s.id = m.story_id",
    "rewrite_lines": "SELECT outlet, fingerprint, articles, seen_at FROM rewrite_lines",
    "story_docs": "SELECT article_id, seen_at, event_at, features FROM story_docs",
    "story_keys": "SELECT key, article_id, n_keys FROM story_keys",
    "articles": "SELECT a.id, s.canonical_article_id, a.copy_of_id, a.story_relation,"
    " a.rewrite_counted FROM articles a JOIN stories s ON s.id = a.story_id",
}


def check(directory: Path, n: int, seed: int) -> int:
    """Bulk-load ``n`` articles with the rewrite tables, assign the same ``n`` one by one
    through ``StoryStore`` (layer on) into another database, and compare; 0: identical."""
    import sqlite3

    paths = [directory / "bench_dedup_check_bulk.db", directory / "bench_dedup_check_assigned.db"]
    for path in paths:
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
    engine = create_engine_for(f"sqlite:///{paths[0]}")
    migrate.upgrade(engine)
    raw = engine.raw_connection()
    t = time.perf_counter()
    bulk_load(raw, n, Corpus(seed), rewrites=True)
    bulk_s = time.perf_counter() - t
    raw.close()
    engine.dispose()
    engine = create_engine_for(f"sqlite:///{paths[1]}")
    migrate.upgrade(engine)
    items = list(indexed_articles(n, Corpus(seed)))
    raw = engine.raw_connection()
    raw.cursor().executemany(_INSERT_ARTICLE, [
        (*_article_row(i, at, title, source), None, None, None)
        for i, at, _, title, source, _ in items
    ])
    raw.commit()
    raw.close()
    t = time.perf_counter()
    with session_factory(engine)() as session:
        for b in range(0, n, BATCH):
            store = StoryStore(session, params=StoryParams(enabled=True))
            for i, at, f, title, source, _ in items[b : b + BATCH]:
                store.assign(i, f, at, source, title)
            store.flush()
            session.commit()
    assign_s = time.perf_counter() - t
    engine.dispose()
    print(f"check N={n}: bulk load {bulk_s:.1f} s, one by one {assign_s:.1f} s")
    bad = 0
    conns = [sqlite3.connect(path) for path in paths]
    try:
        n_stories = [c.execute("SELECT count(*) FROM stories").fetchone()[0] for c in conns]
        print(f"  stories: bulk {n_stories[0]}, one by one {n_stories[1]}")
        # the bulk load makes every article its own story; the one-by-one build may group
        # some (the layer's decisions): those stories' rows are left out of the comparison
        joined = conns[1].execute(
            "SELECT a.id, s.canonical_article_id, a.story_relation, a.story_score"
            " FROM articles a JOIN stories s ON s.id = a.story_id"
            " WHERE a.id != s.canonical_article_id").fetchall()
        grouped = {a for a, _, _, _ in joined} | {c for _, c, _, _ in joined}
        for a, c, relation, score in joined:
            print(f"  one by one: article {a} joined story of {c} ({relation}, {score:.3f})")
        for name, query in CHECK_QUERIES.items():
            bulk, assigned = (
                {r for r in c.execute(query).fetchall() if r[1 if "keys" in name else 0]
                 not in grouped or name in ("rewrite_totals", "rewrite_df", "rewrite_lines")}
                for c in conns
            )
            diff = len(bulk ^ assigned)
            bad += diff > 0
            print(f"  {name:<16} {len(bulk):>8} rows  "
                  + ("identical" if not diff else f"{diff} rows differ"))
    finally:
        for c in conns:
            c.close()
    return 1 if bad else 0


STORIES_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "stories-dev"


def stories_dev(directory: Path, max_postings: int, data: Path = STORIES_DEV) -> dict[str, Any]:
    """stories-dev through the stored index (SQLite, layer on, one transaction per article in
    published order, as ``tests/integration/test_story_rewrites.py`` does for its first 200)
    with ``max_postings`` live stories read per rare term (0: all); pairwise P / R / F1
    against the gold stories, overall and per part, and against the in-memory index given the
    same inputs (``MemoryIndex`` with the outlets: both split and read leads without an
    outlet's furniture); the splits and furnished leads of each."""
    from eval_dedup import arrival_order, pairs, prf, ts
    from eval_stories import load

    from monitor.dedupe.index import MemoryIndex
    from monitor.storage.engine import transaction
    from monitor.storage.models import Article as ArticleRow

    inputs, gold, part = load(data / "articles.jsonl")
    rows = arrival_order(inputs)
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    feats = {r["id"]: features(r["title"], r["text"], ts(r["published"])) for r in rows}
    params = StoryParams(enabled=True)
    memory: MemoryIndex[str] = MemoryIndex(params=params)
    for r in rows:
        memory.assign(r["id"], feats[r["id"]], ts(r["published"]) or epoch, r["source"] or "")
    path = directory / "bench_dedup_stories_dev.db"
    for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        f.unlink(missing_ok=True)
    engine = create_engine_for(f"sqlite:///{path}")
    migrate.upgrade(engine)
    sessions = session_factory(engine)
    names: dict[int, str] = {}
    cpu: list[float] = []
    for r in rows:
        at = ts(r["published"]) or epoch
        with transaction(sessions) as session:
            row = ArticleRow(source=r["source"] or "", url=r["url"] or r["id"],
                             canonical_url=f"{r['url']}#{r['id']}", title=r["title"] or "",
                             summary="", text=r["text"] or "", authors=[], published_at=at,
                             first_seen_at=at, content_hash=r["id"], topics=[])
            session.add(row)
            session.flush()
            names[row.id] = r["id"]
            store = StoryStore(session, params=params)
            if max_postings:
                store.rewrites.max_postings = max_postings
            else:
                store.rewrites.max_postings = 10**9
            c = time.process_time()
            store.assign(row.id, feats[r["id"]], at, r["source"] or "", r["title"], event_at=at)
            store.flush()
            cpu.append((time.process_time() - c) * 1000)
    with sessions() as session:
        stored = {names[i]: str(story) for i, story in
                  session.execute(sql_text("SELECT id, story_id FROM articles"))}
        splits = session.execute(sql_text("SELECT count(*) FROM story_splits")).scalar()
        furnished = session.execute(sql_text(
            "SELECT count(*) FROM rewrite_members WHERE furniture IS NOT NULL")).scalar()
    engine.dispose()
    for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        f.unlink(missing_ok=True)
    in_memory = {r["id"]: str(memory.story_of(r["id"])) for r in rows}
    out: dict[str, Any] = {"max_postings": max_postings, "cpu_ms": statistics.median(cpu),
                           "splits": splits, "memory_splits": len(memory.splits),
                           "furnished": furnished}
    for name in ("overall", "gva", "ecb", "basil"):
        keys = [k for k in gold if name == "overall" or part[k] == name]
        pred = pairs({k: stored[k] for k in keys})
        out[name] = prf(pred, pairs({k: gold[k] for k in keys}))
        out[f"{name}_vs_memory"] = prf(pred, pairs({k: in_memory[k] for k in keys}))
    return out


SPACE_TOP = 14  # tables and indexes listed in the space breakdown (the rest are small)


def space_by_object(path: Path) -> list[tuple[str, int]]:
    """(table or index, bytes) of a SQLite database, largest first (SQLite's dbstat table)."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    finally:
        conn.close()
    return [(str(name), int(size)) for name, size in rows]


def sqlite_count(path: Path, table: str) -> int:
    """Rows of ``table`` in the SQLite database at ``path``."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def print_space(path: Path, n: int) -> None:
    """What takes the space: the largest tables and indexes, in MB and bytes per article."""
    rows = space_by_object(path)
    total = sum(size for _, size in rows)
    print(f"  space: {total / 2**20:,.0f} MB in all, {total / n:,.0f} bytes per indexed article"
          f" ({n:,} in story_docs)")
    for name, size in rows[:SPACE_TOP]:
        print(f"    {name:<40} {size / 2**20:9,.1f} MB  {size / n:8,.0f} B/article"
              f"  {size / total:6.1%}")


def _varint_len(values: list[int]) -> int:
    """Bytes of ``values`` as LEB128 varints (a packed binary form's size)."""
    return sum(max(1, (v.bit_length() + 6) // 7) for v in values)


def field_sizes(path: Path, sample: int = 3000) -> None:
    """What the stored JSON holds: mean bytes per field of ``story_docs.features`` and of the
    ``rewrite_stories`` columns (a sample of background rows), and what a packed binary form
    (terms as integer ids, keys as 8 bytes, counts as varints) or zlib would take instead.
    The sample is random: every ``n // REAL_MAX``-th article is one made from text."""
    import sqlite3
    import zlib

    conn = sqlite3.connect(path)
    try:
        n = conn.execute("SELECT count(*) FROM story_docs").fetchone()[0]
        step = max(1, n // sample)
        rows = [json.loads(r[0]) for r in conn.execute(
            "SELECT features FROM story_docs WHERE abs(random()) % ? = 0", (step,))]
        cents = conn.execute(
            "SELECT terms, body, entities, years, numbers FROM rewrite_stories"
            " WHERE abs(random()) % ? = 0", (step,)).fetchall()
        vocab = {t: k for k, (t,) in enumerate(conn.execute(
            "SELECT DISTINCT term FROM rewrite_df ORDER BY term"))}
    finally:
        conn.close()
    if not rows:
        return
    fields: Counter[str] = Counter()
    total = zipped = packed = 0
    for d in rows:
        text = json.dumps(d, separators=(",", ":"))
        total += len(text)
        zipped += len(zlib.compress(text.encode(), 6))
        for k, v in d.items():
            fields[k] += len(json.dumps(v, separators=(",", ":"))) + len(k) + 4
        pairs = [*d.get("tm", []), *d.get("bd", [])]
        ids = sorted(vocab.get(t, len(vocab)) for t, _ in pairs)
        packed += (8 * len(d["s"]) + len((d["t"] + d["l"]).encode()) + 16
                   + _varint_len([b - a for a, b in zip([0, *ids], ids, strict=False)])
                   + _varint_len([c for _, c in pairs]) + 8 * len(d["q"])
                   + len(json.dumps([d["num"], d["nm"], d.get("en", []), d.get("y", [])])))
    m = len(rows)
    print(f"  story_docs.features: {total / m:,.0f} B of JSON per article ({m} sampled); zlib"
          f" {zipped / m:,.0f} B; packed binary ~{packed / m:,.0f} B (terms as ids of a"
          " term table: needs one)")
    for k, b in fields.most_common():
        print(f"    {k:<4} {b / m:7,.0f} B  {b / sum(fields.values()):6.1%}")
    if cents:
        names = ("terms", "body", "entities", "years", "numbers")
        means = [sum(len(r[j]) for r in cents) / len(cents) for j in range(len(names))]
        print(f"  rewrite_stories: {sum(means):,.0f} B per centroid ({len(cents)}"
              " sampled): " + ", ".join(f"{k} {v:,.0f}" for k, v in zip(names, means,
                                                                           strict=True)))


def main() -> int:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--scales", default="10000,100000", help="comma-separated N")
    ap.add_argument("--measure", type=int, default=2000, help="arrivals timed per scale")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", default=tempfile.gettempdir(), help="where the databases go")
    ap.add_argument("--keep", action="store_true", help="keep the databases")
    ap.add_argument("--prune", type=int, default=0, help="prune demo with N articles per window")
    ap.add_argument("--rewrites", action="store_true",
                    help="the rewrite layer on (StoryParams(enabled=True)), its tables loaded")
    ap.add_argument("--max-candidates", type=int, default=None,
                    help="StoryParams.max_candidates for the timed decisions (with --rewrites)")
    ap.add_argument("--space", default="", help="only the space breakdown of this database")
    ap.add_argument("--check", type=int, default=0,
                    help="compare a bulk load of N with N assigned one by one, then stop")
    ap.add_argument("--stories-dev", default="",
                    help="comma-separated caps (live stories read per rare term, 0: all): "
                    "stories-dev through the stored index, P/R/F1 per cap, then stop")
    ap.add_argument("--profile", default="",
                    help="write a cProfile of the timed decisions (assign calls only) to PROFILE.N")
    args = ap.parse_args()
    if args.stories_dev:
        for cap in (int(x) for x in args.stories_dev.split(",")):
            r = stories_dev(Path(args.dir), cap)
            print(f"stories-dev stored, max_postings {cap or 'all'}: CPU median"
                  f" {r['cpu_ms']:.2f} ms/article; splits stored {r['splits']}, in memory"
                  f" {r['memory_splits']}; stored leads read without furniture"
                  f" {r['furnished']}")
            for name in ("overall", "gva", "ecb", "basil"):
                p, rc, f = r[name]
                mp, mr, mf = r[f"{name}_vs_memory"]
                print(f"  {name:<8} gold P {p:.3f} R {rc:.3f} F1 {f:.3f}   vs in-memory"
                      f" P {mp:.3f} R {mr:.3f} F1 {mf:.3f}", flush=True)
        return 0
    if args.check:
        return check(Path(args.dir), args.check, args.seed)
    if args.space:
        n_docs = sqlite_count(Path(args.space), "story_docs")
        print_space(Path(args.space), n_docs)
        field_sizes(Path(args.space))
        return 0
    results = []
    layer = "rewrites" if args.rewrites else "copies"
    for n in (int(x) for x in args.scales.split(",") if x):
        path = Path(args.dir) / f"bench_dedup_{layer}_{n}.db"
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
        prof = f"{args.profile}.{n}" if args.profile else ""
        r = measure(f"sqlite:///{path}", n, args.measure, args.seed, args.rewrites, prof,
                    args.max_candidates)
        r["db_mb"] = path.stat().st_size / 2**20
        results.append(r)
        print(
            f"N={n:>9,} [{layer}]  build {r['build_s']:6.1f} s  features"
            f" {r['features_median_ms']:.2f} ms  assign median {r['assign_median_ms']:.2f} ms"
            f"  p99 {r['assign_p99_ms']:.2f} ms  CPU median {r['assign_cpu_median_ms']:.2f} ms"
            f" p99 {r['assign_cpu_p99_ms']:.2f} ms  batch end {r['batch_end_median_ms']:.1f} ms"
            f"/{BATCH}  copies found {r['copies_found']:.3f}  rewrites found"
            f" {r['rewrites_found']:.3f}  new joined {r['new_joined']:.0f}/{r['n_new']:.0f}"
            f"  RSS {r['rss_mb_before']:.0f}->{r['rss_mb_after']:.0f} MB"
            f"  DB {r['db_mb']:.0f} MB",
            flush=True,
        )
        if "centroid_hits" in r:
            seen = r["centroid_hits"] + r["centroid_misses"]
            print(f"  decoded centroids: {r['centroid_hits']:.0f} of {seen:.0f} reads from the"
                  f" process cache ({r['centroid_hits'] / max(1.0, seen):.1%})")
        if "df_cached" in r:
            print(f"  document frequencies kept by the process at the end: "
                  f"{r['df_cached']:,.0f} terms")
        print_space(path, sqlite_count(path, "story_docs"))  # the arrivals are indexed too
        field_sizes(path)
        if not args.keep:
            for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                p.unlink(missing_ok=True)
    if len(results) > 1:
        g = results[-1]["assign_median_ms"] / results[0]["assign_median_ms"]
        gc_ = results[-1]["assign_cpu_median_ms"] / results[0]["assign_cpu_median_ms"]
        print(
            f"growth of the median decision cost {results[0]['n']:,} -> {results[-1]['n']:,}: "
            f"{g:.2f}x (CPU time {gc_:.2f}x)"
        )
    if args.prune:
        path = Path(args.dir) / "bench_dedup_prune.db"
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
        samples = prune_demo(f"sqlite:///{path}", args.prune, args.seed)
        print(
            "prune demo (articles streamed -> articles in the index): "
            + ", ".join(f"{a}->{b}" for a, b in samples)
        )
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
