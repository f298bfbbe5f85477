"""Cost of the stories decision per article with 10k / 100k / 1M articles in the window.

The candidate index lives in SQLite, as in production. For each scale N a fresh database is
migrated and loaded with N indexed articles spread over the 72 h window (bulk-loaded: most of
them as stored features made directly by :mod:`bench.synthetic_corpus`; a few thousand from
generated text, whose copies are then measured). Then M new articles arrive (30% copies of
indexed ones, 70% new) and each goes through :meth:`StoryStore.assign` (candidates, verification,
writes), timed one by one; ``features()`` is timed separately. Prints median / p99 ms per
article, the copies found, process memory (RSS) and database size.

``--prune`` streams 3 windows' worth of articles with pruning and shows that the index stays
at one window's size (memory bounded by the window, not by history).

    .venv/bin/python bench/bench_dedup.py --scales 10000,100000,1000000 [--measure 2000]
"""

from __future__ import annotations

import argparse
import gc
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import text as sql_text
from synthetic_corpus import Corpus, Doc

from monitor.dedupe.match import WINDOW
from monitor.dedupe.signatures import DocFeatures, features
from monitor.storage import migrate
from monitor.storage.engine import create_engine_for, session_factory
from monitor.storage.stories import StoryStore

T_END = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
REAL_MAX = 3000  # indexed articles made from text (their copies are measured)
CHUNK = 20_000  # rows per bulk-insert batch
COPY_SHARE = 0.30  # share of measured arrivals that are copies of indexed articles


def _ts(dt: datetime) -> str:
    """SQLAlchemy's SQLite storage format for naive UTC datetimes."""
    return dt.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def bulk_load(conn: Any, n: int, corpus: Corpus) -> list[tuple[int, Doc]]:
    """Load ``n`` indexed articles; returns the (id, doc) of those made from text."""
    spacing = (WINDOW - timedelta(hours=1)) / n
    n_real = min(REAL_MAX, n // 5)
    real_every = max(1, n // max(1, n_real))
    real: list[tuple[int, Doc]] = []
    cur = conn.cursor()
    # bulk-load settings for this connection only (the measured process uses the defaults):
    # postings go to an unindexed scratch table and are copied in key order at the end, and
    # the article_id index is built afterwards: both sorted, instead of random B-tree inserts
    cur.execute("PRAGMA synchronous=OFF")
    cur.execute("PRAGMA cache_size=-500000")
    cur.execute("DROP INDEX ix_story_keys_article_id")
    cur.execute("CREATE TEMP TABLE scratch_keys (key INTEGER, article_id INTEGER, n_keys INTEGER)")
    for start in range(1, n + 1, CHUNK):
        arts: list[tuple[Any, ...]] = []
        stories: list[tuple[Any, ...]] = []
        docs: list[tuple[Any, ...]] = []
        keys: list[tuple[int, int, int]] = []
        for i in range(start, min(n, start + CHUNK - 1) + 1):
            at = T_END - WINDOW + timedelta(minutes=30) + spacing * i
            if i % real_every == 0 and len(real) < n_real:
                doc = corpus.article()
                f = features(doc.title, doc.text, at)
                real.append((i, doc))
                title, source = doc.title, doc.source
            else:
                f = corpus.background_features(at)
                title, source = f.title, corpus.rng.choice(corpus.sources)
            ts = _ts(at)
            url = f"https://bench.example/{i}"
            arts.append((i, source, url, url, title, "", "", "[]", ts, ts, ts, f"h{i}", "[]", i))
            stories.append((i, i, title, ts, ts, ts, ts, 1))
            docs.append((i, ts, ts, json.dumps(f.to_json(), separators=(",", ":"))))
            ks = f.keys
            keys.extend((k, i, len(ks)) for k in ks)
        cur.executemany(
            "INSERT INTO articles (id, source, url, canonical_url, title, summary, text, authors,"
            " published_at, first_seen_at, event_at, content_hash, topics, story_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            arts,
        )
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
        conn.commit()
    cur.execute("INSERT INTO story_keys SELECT * FROM scratch_keys ORDER BY key, article_id")
    cur.execute("DROP TABLE scratch_keys")
    cur.execute("CREATE INDEX ix_story_keys_article_id ON story_keys (article_id)")
    conn.commit()
    cur.execute("ANALYZE")
    conn.commit()
    return real


def arrivals(corpus: Corpus, real: list[tuple[int, Doc]], m: int) -> list[tuple[Doc, int | None]]:
    """``m`` new articles: (doc, id of the indexed original it copies, or None)."""
    out: list[tuple[Doc, int | None]] = []
    for _ in range(m):
        if real and corpus.rng.random() < COPY_SHARE:
            orig_id, orig = corpus.rng.choice(real)
            out.append((corpus.copy_of(orig), orig_id))
        else:
            out.append((corpus.article(), None))
    return out


def measure(url: str, n: int, m: int, seed: int) -> dict[str, float]:
    """Build an index of ``n``, then time ``m`` arrivals in a fresh process."""
    engine = create_engine_for(url)
    migrate.upgrade(engine)
    corpus = Corpus(seed)
    t0 = time.perf_counter()
    raw = engine.raw_connection()
    real = bulk_load(raw, n, corpus)
    raw.close()
    engine.dispose()
    build_s = time.perf_counter() - t0
    new = [(d.title, d.text, d.source, orig) for d, orig in arrivals(corpus, real, m)]
    ctx = multiprocessing.get_context("spawn")  # a clean process: its memory is the decision's
    with ctx.Pool(1) as pool:
        result: dict[str, float] = pool.apply(_timed_arrivals, (url, n, new))
    result["build_s"] = build_s
    return result


def _timed_arrivals(
    url: str, n: int, new: list[tuple[str, str, str, int | None]]
) -> dict[str, float]:
    """Insert and assign the arrivals one by one; per-article timings and memory."""
    engine = create_engine_for(url)
    feats: list[DocFeatures] = []
    f_ms: list[float] = []
    for k, (title, text, _, _) in enumerate(new):
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
            for k, (title, _, source, _) in enumerate(new)
        ],
    )
    raw.commit()
    raw.close()
    gc.collect()
    rss_before = _rss_mb()
    sessions = session_factory(engine)
    a_ms: list[float] = []
    found = copies = 0
    session = sessions()
    store = StoryStore(session)
    for k, ((title, _, _, orig), f) in enumerate(zip(new, feats, strict=True)):
        t = time.perf_counter()
        decision = store.assign(base + k, f, T_END + timedelta(seconds=k), title=title)
        a_ms.append((time.perf_counter() - t) * 1000)
        if orig is not None:
            copies += 1
            found += decision.copy_of == orig
        if k % 100 == 99:
            session.commit()
    session.commit()
    session.close()
    engine.dispose()
    a_ms.sort()
    f_ms.sort()
    return {
        "n": n,
        "features_median_ms": statistics.median(f_ms),
        "assign_median_ms": statistics.median(a_ms),
        "assign_p99_ms": a_ms[int(len(a_ms) * 0.99) - 1],
        "copies_found": found / copies if copies else 1.0,
        "rss_mb_before": rss_before,
        "rss_mb_after": _rss_mb(),
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


SPACE_TOP = 8  # tables and indexes listed in the space breakdown (the rest are small)


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


def print_space(path: Path, n: int) -> None:
    """What takes the space: the largest tables and indexes, in MB and bytes per article."""
    rows = space_by_object(path)
    total = sum(size for _, size in rows)
    print(f"  space: {total / 2**20:,.0f} MB in all, {total / n:,.0f} bytes per indexed article")
    for name, size in rows[:SPACE_TOP]:
        print(f"    {name:<40} {size / 2**20:9,.1f} MB  {size / n:8,.0f} B/article"
              f"  {size / total:6.1%}")


def main() -> int:
    """Run the benchmark and print its figures."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--scales", default="10000,100000", help="comma-separated N")
    ap.add_argument("--measure", type=int, default=2000, help="arrivals timed per scale")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--dir", default=tempfile.gettempdir(), help="where the databases go")
    ap.add_argument("--keep", action="store_true", help="keep the databases")
    ap.add_argument("--prune", type=int, default=0, help="prune demo with N articles per window")
    args = ap.parse_args()
    results = []
    for n in (int(x) for x in args.scales.split(",") if x):
        path = Path(args.dir) / f"bench_dedup_{n}.db"
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
        r = measure(f"sqlite:///{path}", n, args.measure, args.seed)
        r["db_mb"] = path.stat().st_size / 2**20
        results.append(r)
        print(
            f"N={n:>9,}  build {r['build_s']:6.1f} s  features {r['features_median_ms']:.2f} ms"
            f"  assign median {r['assign_median_ms']:.2f} ms  p99 {r['assign_p99_ms']:.2f} ms"
            f"  copies found {r['copies_found']:.3f}  RSS {r['rss_mb_before']:.0f}->"
            f"{r['rss_mb_after']:.0f} MB  DB {r['db_mb']:.0f} MB",
            flush=True,
        )
        print_space(path, n)
        if not args.keep:
            for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                p.unlink(missing_ok=True)
    if len(results) > 1:
        g = results[-1]["assign_median_ms"] / results[0]["assign_median_ms"]
        print(
            f"growth of the median decision cost {results[0]['n']:,} -> {results[-1]['n']:,}: "
            f"{g:.2f}x"
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
