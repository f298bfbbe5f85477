"""Replay the rewrite-layer bench's arrivals on copies of one kept database (issue 10).

``bench_dedup.py --rewrites`` builds a fresh database for every run, so two runs of one code
differ by their builds and process starts; on a shared machine that spread hides a change of
10% (docs/benchmarks.md, rounds 12-13 and the nineteenth session). This builds the window and
the arrivals once (``build``: the bench's own ``bulk_load`` and ``arrivals``, seed 1, the
arrivals' article rows inserted), then each ``run`` copies that database and assigns the same
300 arrivals in batches of ``BATCH`` (a ``StoryStore`` each, flushed and committed), as the
bench does, with the code found first on ``PYTHONPATH`` (the tree measured; a frozen copy of
it: ``git archive <commit> monitor config migrations alembic.ini bench``).

Prints the median CPU time per ``assign``, user and system time of the loop, and a hash of
every decision (story, copy group, merges, then each article's story, copy, relation and
score): two trees decide alike when their hashes are equal. ``--tables`` adds a hash of every
stored row the decisions wrote (centroids, postings, frequencies, members, stories,
story_docs). ``--setup-only`` stops before the loop (imports, features, the copy): run under
``valgrind --tool=callgrind`` with and without it, the difference is the loop's instructions,
which the machine's load does not move.

    .venv/bin/python bench/replay_dedup.py build 10000 --dir /tmp/replay
    PYTHONPATH=/tmp/tree .venv/bin/python bench/replay_dedup.py run 10000 --dir /tmp/replay
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import pickle
import resource
import shutil
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_dedup as bd
from synthetic_corpus import Corpus

from monitor.dedupe.rewrites import StoryParams
from monitor.dedupe.signatures import _first_names, features
from monitor.storage import migrate
from monitor.storage.engine import create_engine_for, session_factory
from monitor.storage.stories import StoryStore

ARRIVALS = 300  # as the bench's --measure 300 of the recent rounds
TABLES = (  # every row the decisions write, in a fixed order (not the frequencies' stamp)
    "SELECT * FROM rewrite_stories ORDER BY story_id",
    "SELECT * FROM rewrite_keys ORDER BY term, story_id",
    "SELECT * FROM rewrite_df ORDER BY part, term",
    "SELECT * FROM rewrite_totals ORDER BY part",
    "SELECT * FROM rewrite_members ORDER BY article_id",
    "SELECT * FROM stories ORDER BY id",
    "SELECT * FROM story_docs ORDER BY article_id",
)


def _paths(directory: Path, n: int) -> tuple[Path, Path]:
    return directory / f"base_{n}.db", directory / f"arrivals_{n}.pkl"


def build(directory: Path, n: int, m: int = ARRIVALS, seed: int = 1) -> None:
    """The window of ``n`` indexed articles with the layer's tables, and ``m`` arrivals (their
    article rows inserted, not assigned), as ``bench_dedup.measure`` makes them."""
    path, pkl = _paths(directory, n)
    directory.mkdir(parents=True, exist_ok=True)
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    engine = create_engine_for(f"sqlite:///{path}")
    migrate.upgrade(engine)
    corpus = Corpus(seed)
    raw = engine.raw_connection()
    real = bd.bulk_load(raw, n, corpus, True)
    new = bd.arrivals(corpus, real, m)
    at = [bd._ts(bd.T_END + timedelta(seconds=k)) for k in range(len(new))]
    raw.cursor().executemany(
        "INSERT INTO articles (id, source, url, canonical_url, title, summary, text, authors,"
        " published_at, first_seen_at, event_at, content_hash, topics)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [(n + 1 + k, source, f"https://new.example/{k}", f"https://new.example/{k}", title, "",
          "", "[]", at[k], at[k], at[k], f"n{k}", "[]")
         for k, (title, _, source, _, _) in enumerate(new)])
    raw.commit()
    raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    engine.dispose()
    pkl.write_bytes(pickle.dumps(new))


def run(directory: Path, n: int, *, profile: str = "", tables: bool = False,
        setup_only: bool = False, layer_off: bool = False) -> str:
    """Assign the arrivals on a copy of the built database; returns the printed line.
    ``layer_off``: the default decision (copies only), on the same window."""
    src, pkl = _paths(directory, n)
    dst = directory / f"run_{n}_{time.time_ns()}.db"
    shutil.copy(src, dst)
    try:
        new = pickle.loads(pkl.read_bytes())
        engine = create_engine_for(f"sqlite:///{dst}")
        feats = [features(t, x, bd.T_END + timedelta(seconds=k))
                 for k, (t, x, _, _, _) in enumerate(new)]
        params = None if layer_off else StoryParams(enabled=True)
        session = session_factory(engine)()
        _first_names()  # the one-off import of the statements lexicon, outside the loop
        gc.collect()
        if setup_only:
            session.close()
            engine.dispose()
            return "setup only"
        profiler = cProfile.Profile() if profile else None
        cpu: list[float] = []
        decisions = hashlib.sha256()
        before = resource.getrusage(resource.RUSAGE_SELF)
        for b in range(0, len(new), bd.BATCH):
            store = StoryStore(session, params=params)
            for k in range(b, min(len(new), b + bd.BATCH)):
                c = time.process_time()
                if profiler is not None:
                    profiler.enable()
                d = store.assign(n + 1 + k, feats[k], bd.T_END + timedelta(seconds=k),
                                 title=new[k][0])
                if profiler is not None:
                    profiler.disable()
                cpu.append((time.process_time() - c) * 1000)
                decisions.update(repr((d.story_id, d.copy_of, d.merge_stories)).encode())
            store.flush()
            session.commit()
        after = resource.getrusage(resource.RUSAGE_SELF)
        decisions.update(repr(session.execute(bd.sql_text(
            "SELECT id, story_id, copy_of_id, story_relation, story_score FROM articles "
            "WHERE id > :n ORDER BY id"), {"n": n}).all()).encode())
        rows = hashlib.sha256()
        for q in TABLES if tables else ():
            rows.update(repr(session.execute(bd.sql_text(q)).all()).encode())
        session.close()
        engine.dispose()
        if profiler is not None:
            profiler.dump_stats(profile)
    finally:
        for p in (dst, Path(f"{dst}-wal"), Path(f"{dst}-shm")):
            p.unlink(missing_ok=True)
    per = 1000 / len(new)
    return (f"N={n} CPU median {statistics.median(cpu):.3f} ms per assign; loop user "
            f"{(after.ru_utime - before.ru_utime) * per:.3f} sys "
            f"{(after.ru_stime - before.ru_stime) * per:.3f} ms per arrival (flushes "
            f"included); decisions {decisions.hexdigest()[:16]}"
            + (f" rows {rows.hexdigest()[:16]}" if tables else ""))


def main() -> int:
    """Build or run, as the command line says."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("what", choices=("build", "run"))
    ap.add_argument("n", type=int, help="indexed articles in the window")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/replay_dedup"))
    ap.add_argument("--profile", default="", help="write a cProfile of the assign calls here")
    ap.add_argument("--tables", action="store_true", help="also hash every stored row written")
    ap.add_argument("--setup-only", action="store_true", help="stop before the loop")
    ap.add_argument("--layer-off", action="store_true",
                    help="the default decision (the rewrite layer off)")
    args = ap.parse_args()
    if args.what == "build":
        build(args.dir, args.n)
        return 0
    print(run(args.dir, args.n, profile=args.profile, tables=args.tables,
              setup_only=args.setup_only, layer_off=args.layer_off), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
