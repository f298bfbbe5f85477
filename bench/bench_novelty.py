"""Novelty cost per statement as one official's statements pile up (issue 12).

    .venv/bin/python bench/bench_novelty.py [--sizes 1000,10000,100000] [--probes 400]
                                            [--db postgresql://postgres@127.0.0.1/test]

For each size N, a fresh database (SQLite in a temporary folder unless ``--db``) is migrated
and given N statements of one official inside the 30-day lookback, with their novelty index
rows (bulk-inserted as ``record_statements`` would write them). The texts are made like this
topic's coverage: the same official, the same stock phrases ("security guarantees", "the
special military operation") in many statements, a Zipf-distributed vocabulary. Then
``--probes`` statements are recorded one at a time with ``record_statements``: half repeat a
stored one (an excerpt of it, or it with a word changed), half are new. Prints the median and
90th percentile of the time per statement (wall, and the process's CPU time: on a shared box
the wall time counts other jobs' turns), how many repeats were found, the growth from the
first size to the last and whether the targets are met (by wall time, and by CPU time).

Targets: <= 0.3 ms median at 100k; growth <= 1.5x from 1k.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, make_url, text
from sqlalchemy.orm import Session

from monitor.statements.novelty import (
    find_earlier,
    normalise,
    speaker_key,
)
from monitor.storage import migrate, statement_keys
from monitor.storage.engine import create_engine_for
from monitor.storage.statements import record_statements
from monitor.types import Statement

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
LOOKBACK = timedelta(days=30)
OFFICIAL = "peskov"
STOCK = ["security guarantees", "the special military operation", "we will not accept",
         "the united states", "the kyiv regime", "peace talks", "the european union",
         "in the interests of russia", "as the president has said", "there is no alternative"]
TARGET_MEDIAN_MS = 0.3
TARGET_GROWTH = 1.5


class Corpus:
    """Statements of one official, made of stock phrases and a Zipf vocabulary."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = [f"w{n}" for n in range(5000)]
        self.weights = [1.0 / (rank + 1) for rank in range(len(self.words))]

    def statement(self) -> str:
        parts: list[str] = []
        for _ in range(self.rng.randint(3, 5)):
            if self.rng.random() < 0.4:
                parts.append(self.rng.choice(STOCK))
            else:
                parts.append(" ".join(self.rng.choices(self.words, self.weights,
                                                       k=self.rng.randint(3, 7))))
        return " ".join(parts).capitalize() + "."


def _fill(engine: Engine, size: int, corpus: Corpus) -> list[str]:
    """Insert ``size`` statements with their index rows; returns their contents."""
    key = speaker_key(OFFICIAL, None)
    contents = [corpus.statement() for _ in range(size)]
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO articles (id, source, url, canonical_url, title, summary, text, "
            "authors, first_seen_at, event_at, content_hash, topics) VALUES (1, 'bench', "
            "'https://bench.example/1', 'https://bench.example/1', 't', '', '', '[]', :at, "
            ":at, 'h', '[]')"), {"at": NOW})
        rows, postings = [], []
        for n, content in enumerate(contents, start=1):
            at = NOW - timedelta(seconds=LOOKBACK.total_seconds() * n / (size + 1))
            norm = normalise(content)
            rows.append({"id": n, "sk": key, "c": content, "n": norm, "at": at})
            postings += [{"s": s, "k": k, "i": i, "nk": nk}
                         for s, k, i, nk in statement_keys.index_rows(key, norm, n)]
        conn.execute(text(
            "INSERT INTO statements (id, official_id, speaker_key, mention, kind, content, "
            "normalised, first_outlet, first_seen_at, last_seen_at, first_event_at, "
            f"last_event_at, confidence) VALUES (:id, '{OFFICIAL}', :sk, 'Peskov', 'direct', "
            ":c, :n, 'bench', :at, :at, :at, :at, 1.0)"), rows)
        conn.execute(text("INSERT INTO statement_keys (speaker, key, statement_id, n_keys) "
                          "VALUES (:s, :k, :i, :nk)"), postings)
        if engine.dialect.name == "postgresql":  # ids were given: move the sequences on
            for table in ("articles", "statements"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"(SELECT max(id) FROM {table}))"))
    return contents


def _probe(contents: list[str], corpus: Corpus) -> tuple[str, bool]:
    """A statement to record: a repeat of a stored one (excerpt or one word changed) or new."""
    rng = corpus.rng
    if rng.random() < 0.5:
        return corpus.statement(), False
    words = rng.choice(contents).rstrip(".").split()
    if rng.random() < 0.5 and len(words) > 8:
        start = rng.randrange(0, len(words) - 6)
        return " ".join(words[start:start + 7]), True
    words[rng.randrange(len(words))] = "changed"
    return " ".join(words) + ".", True


def run(url: str, size: int, probes: int, seed: int) -> dict[str, float]:
    """Fill a database with ``size`` statements and time ``probes`` new ones."""
    engine = create_engine_for(url)
    migrate.upgrade(engine)
    corpus = Corpus(seed)
    contents = _fill(engine, size, corpus)
    times: list[float] = []
    cpu: list[float] = []
    records: list[float] = []
    found = expected = 0
    key = speaker_key(OFFICIAL, None)
    with Session(engine) as session:
        for n in range(probes):
            content, repeat = _probe(contents, corpus)
            norm = normalise(content)
            started = time.perf_counter()  # the decision: candidates, then the comparison
            cpu_started = time.process_time()
            earlier = find_earlier(key, norm, statement_keys.candidates(
                session, key, norm, NOW - LOOKBACK, NOW + LOOKBACK), NOW, LOOKBACK)
            cpu.append(time.process_time() - cpu_started)
            times.append(time.perf_counter() - started)
            statement = Statement(speaker="Dmitry Peskov", mention="Peskov", official=OFFICIAL,
                                  kind="direct", content=content, cue="said",
                                  start=0, end=len(content), confidence=1.0)
            started = time.perf_counter()  # the whole write, as the pipeline calls it
            new = record_statements(session, 1, "bench", NOW, [statement], LOOKBACK)
            records.append(time.perf_counter() - started)
            if (earlier is None) != bool(new):
                print("MISMATCH", repr(content), earlier, new, file=sys.stderr)
            expected += repeat
            found += repeat and earlier is not None
            if n % 100 == 99:
                session.commit()
        session.rollback()
    engine.dispose()
    times.sort()
    return {"median_ms": statistics.median(times) * 1000,
            "cpu_ms": statistics.median(cpu) * 1000,
            "p90_ms": times[int(len(times) * 0.9)] * 1000,
            "record_ms": statistics.median(records) * 1000,
            "repeats_found": found / max(1, expected)}


@contextmanager
def _pg_database(server: str, name: str) -> Iterator[str]:
    """A new database ``name`` on the PostgreSQL ``server``, dropped afterwards."""
    admin = create_engine_for(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--probes", type=int, default=400)
    parser.add_argument("--db", help="a PostgreSQL server URL: each size gets a new database "
                        "on it, dropped afterwards")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            print(f"{size:>7,} statements: filling ...", file=sys.stderr, flush=True)
            if args.db:
                with _pg_database(args.db, f"bench_novelty_{size}") as url:
                    results[size] = figures = run(url, size, args.probes, args.seed)
            else:
                url = f"sqlite:///{Path(folder) / f'novelty-{size}.db'}"
                results[size] = figures = run(url, size, args.probes, args.seed)
            print(f"{size:>7,} statements in the lookback: decision median "
                  f"{figures['median_ms']:.3f} ms (CPU {figures['cpu_ms']:.3f} ms), "
                  f"p90 {figures['p90_ms']:.3f} ms per statement; "
                  f"whole record_statements median {figures['record_ms']:.3f} ms; repeats "
                  f"found {figures['repeats_found']:.1%}", flush=True)
    first, last = results[sizes[0]], results[sizes[-1]]
    for label, column in (("wall", "median_ms"), ("CPU", "cpu_ms")):
        growth = last[column] / first[column]
        ok = last[column] <= TARGET_MEDIAN_MS and growth <= TARGET_GROWTH
        print(f"{label}: growth {sizes[0]:,} -> {sizes[-1]:,}: {growth:.2f}x (target <= "
              f"{TARGET_GROWTH}x); median at {sizes[-1]:,}: {last[column]:.3f} ms (target <= "
              f"{TARGET_MEDIAN_MS} ms): {'met' if ok else 'NOT met'}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
