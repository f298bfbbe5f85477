"""dedup-dev with the rewrite layer on: the stored index against the in-memory one.

Runs dedup-dev (published order) through :class:`monitor.dedupe.index.MemoryIndex` and through
the stored index (a fresh SQLite database, one transaction per article), both with
``StoryParams(enabled=True)``, and prints each one's scores against the gold and the pairwise
agreement of the two groupings. The in-memory side gets the times the stored side stores (an
undated article at ``EPOCH``, as ``run_stored`` dates it). ``--norm-refresh 1.0`` recomputes
every centroid norm when the articles counted grew at all (exact norms on both sides; the
default 1.1 is ``monitor.dedupe.rewrites.NORM_REFRESH``): what told the norm sums' near ties
from any other difference (docs/benchmarks.md, "Round 5"; since the eighteenth session both
sides take the sums at the same moments, "Stored and in-memory norms made the same").

    .venv/bin/python bench/stored_vs_memory.py [--norm-refresh 1.0]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from eval_dedup import (
    DEFAULT_DATA,
    EPOCH,
    arrival_order,
    evaluate,
    load,
    pairs,
    partition,
    prf,
    run,
    run_stored,
    ts,
)

import monitor.dedupe.rewrites as rewrites_module
from monitor.dedupe.rewrites import StoryParams
from monitor.dedupe.signatures import features


def main() -> int:
    """Run both indexes and print the comparison."""
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--norm-refresh", type=float, default=rewrites_module.NORM_REFRESH)
    args = ap.parse_args()
    rewrites_module.NORM_REFRESH = args.norm_refresh
    inputs, gold = load(args.data)
    # the times the stored side sees: run_stored dates an undated article (stories-dev's ecb)
    # at EPOCH, as the pipeline dates it at its first-seen time; undated in memory, it would be
    # near every story (and take candidate places: the 0.998 of docs/benchmarks.md, "Fewer
    # candidates")
    feats = {r["id"]: features(r["title"], r["text"], ts(r["published"]) or EPOCH)
             for r in inputs}
    ordered = arrival_order(inputs)
    params = StoryParams(enabled=True)
    story, copy, index, _ = run(ordered, feats, params)
    with tempfile.TemporaryDirectory() as tmp:
        c = time.process_time()
        s_story, s_copy, _ = run_stored(ordered, f"sqlite:///{tmp}/stored.db", params)
        cpu = (time.process_time() - c) * 1000 / max(1, len(ordered))
    print(f"NORM_REFRESH {args.norm_refresh}; in-memory splits {len(index.splits)}")
    for name, (st, cp) in (("in memory", (story, copy)), ("stored", (s_story, s_copy))):
        m = evaluate(st, cp, gold)
        print(f"{name:<10} copy F1 {m['copy_f1']:.3f}  story P {m['story_p']:.3f} "
              f"R {m['story_r']:.3f} F1 {m['story_f1']:.3f}  originals merged "
              f"{m['merged_original_pairs']} pairs ({m['stories_with_merged_originals']} stories)")
    p, r, f = prf(pairs(s_story), pairs(story))
    same = partition(s_story) == partition(story)
    print(f"stored vs in memory: pairwise P {p:.3f} R {r:.3f} F1 {f:.3f}; same grouping: {same}; "
          f"stored CPU {cpu:.1f} ms/article (inserts included)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
