"""Extraction speed: articles per second on one core, on PolNeAR texts (~740 words each).

    .venv/bin/python bench/bench_statements.py [--shared ../shared] [--rounds 3]
        [--parser off|auto|on] [--batch N]

With a current ``make compile`` build the rule modules run compiled (the first line says which);
``MONITOR_NATIVE=off`` measures the pure modules.

Loads the registry once, warms up, then times ``Extractor.extract`` (``extract_many`` of
``--batch`` articles at a time) over every dev and train
article (924 texts) in this process (one core), best of ``--rounds``. Prints articles/s, words/s
and the median per-article time. Target: >= 100 articles/s per core on ~700-word articles,
speaker resolution on (issue 13).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from monitor import native
from monitor.statements import Extractor, default_registry
from monitor.statements.quotes import find_quotes, split_units

TARGET_PER_SECOND = 100  # issue 13: the floor per core with speaker resolution on


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--parser", choices=["off", "auto", "on"], default="off",
                        help="the optional dependency parser ([statements] parser)")
    parser.add_argument("--parser-uses", default="cues,quotes",
                        help="comma-separated parser uses (cues, that, quotes; default: the "
                             "extractor's, cues and quotes)")
    parser.add_argument("--batch", type=int, default=1,
                        help="articles per Extractor.extract_many call (the parser's sentences "
                             "of a batch are parsed together); 1: extract one by one")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args(argv)
    folder = args.shared / "data" / "statements-dev"
    docs = []
    for name in ("polnear-dev.jsonl", "polnear-train.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            if line:
                record = json.loads(line)
                docs.append((record["text"], date.fromisoformat(record["date"])))
    if args.limit:
        docs = docs[: args.limit]
    words = sum(len(text.split()) for text, _ in docs)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    extractor = Extractor(default_registry(), parser=args.parser,
                          parser_uses=frozenset(args.parser_uses.split(",")))
    if extractor.parser is not None:
        extractor.parser.parse("He said it works.", 0, 17)  # load the model before timing
    load_s = time.perf_counter() - started
    warm = docs[:20]
    for text, day in warm:
        extractor.extract(text, day)
    if extractor.parser is not None:
        extractor.parser.sentences = extractor.parser.batches = 0
        extractor.parser.seconds = 0.0
    best = best_cpu = float("inf")
    per_article: list[float] = []
    found = 0
    for _ in range(args.rounds):
        times = []
        found = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for i in range(0, len(docs), args.batch):
            batch = docs[i : i + args.batch]
            a = time.perf_counter()
            results = (extractor.extract_many(batch) if args.batch > 1
                       else [extractor.extract(*batch[0])])
            took = time.perf_counter() - a
            found += sum(map(len, results))
            times.extend([took / len(batch)] * len(batch))
        elapsed = time.perf_counter() - t0
        best_cpu = min(best_cpu, time.process_time() - c0)
        if elapsed < best:
            best, per_article = elapsed, times
    rate = len(docs) / best
    print(f"articles: {len(docs)}, mean words {words / len(docs):.0f}, statements {found}")
    print(f"rule modules: {'compiled' if native.in_use() else 'pure Python'} "
          f"({native.STATE.reason}; make compile, MONITOR_NATIVE=off)")
    print(f"registry load + matcher build{' + model load' if extractor.parser else ''}: "
          f"{load_s * 1000:.0f} ms (once per process)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS {rss / 1024:.0f} MB (+{(rss - rss_before) / 1024:.0f} MB for the extractor"
          f"{' and the model' if extractor.parser else ''})")
    if extractor.parser is not None:
        units = sum(len(split_units(t, find_quotes(t))) for t, _ in docs)
        per_round = extractor.parser.sentences / args.rounds
        batches = extractor.parser.batches / args.rounds
        print(f"parser: {per_round:.0f} sentences per pass over the articles, "
              f"{per_round / units:.1%} of {units} sentences, in {batches:.0f} batches "
              f"(articles per call: {args.batch}); spaCy "
              f"{extractor.parser.seconds / max(extractor.parser.sentences, 1) * 1000:.2f} ms "
              f"per parsed sentence")
    print(f"extraction: {rate:.0f} articles/s, {words / best:,.0f} words/s (best of "
          f"{args.rounds}); median {statistics.median(per_article) * 1000:.2f} ms/article, "
          f"p99 {sorted(per_article)[int(len(per_article) * 0.99)] * 1000:.2f} ms")
    print(f"CPU time: {len(docs) / best_cpu:.0f} articles per CPU-second (best of "
          f"{args.rounds}; the figure to read on a loaded machine)")
    verdict = "met" if rate >= TARGET_PER_SECOND else "MISSED"
    print(f"target {TARGET_PER_SECOND} articles/s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
