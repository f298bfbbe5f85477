"""Quality of the stories stage on the dedup-dev set.

Reads ``../shared/data/dedup-dev/articles.jsonl`` in place. The system under test sees only
id, source, url, title, published and text; the gold labels (``story``, ``copy_of``) are read
here, after the decisions, to score them. Articles are fed in ``published`` order through
:class:`monitor.dedupe.index.MemoryIndex` (the same decision as the stored index); with
``--orders N`` also in N shuffled orders, to measure how often the grouping changes.

Prints pairwise precision / recall / F1 for copy groups and for stories, the adjusted Rand
index of the stories, and how many different gold originals were merged into one story.

    .venv/bin/python bench/eval_dedup.py [--orders 5] [--explain 20] [--json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from datetime import UTC, datetime
from math import comb
from pathlib import Path
from typing import Any

from monitor.dedupe.index import MemoryIndex
from monitor.dedupe.match import score
from monitor.dedupe.rewrites import StoryParams
from monitor.dedupe.signatures import DocFeatures, features

DEFAULT_DATA = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "dedup-dev" / "articles.jsonl"
)

INPUT_FIELDS = ("id", "source", "url", "title", "published", "text")


def load(path: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """(system inputs, gold labels by id): the inputs carry only the allowed fields."""
    inputs: list[dict[str, Any]] = []
    gold: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            inputs.append({k: row[k] for k in INPUT_FIELDS})
            gold[row["id"]] = {"story": row["story"], "copy_of": row["copy_of"]}
    return inputs, gold


def pairs(labels: Mapping[str, Hashable]) -> set[tuple[str, str]]:
    """Unordered same-label pairs."""
    groups: dict[Hashable, list[str]] = defaultdict(list)
    for k, v in labels.items():
        groups[v].append(k)
    out: set[tuple[str, str]] = set()
    for members in groups.values():
        out.update(itertools.combinations(sorted(members), 2))
    return out


def prf(pred: set[tuple[str, str]], gold: set[tuple[str, str]]) -> tuple[float, float, float]:
    """Pairwise precision, recall, F1."""
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def ari(a: Mapping[str, Hashable], b: Mapping[str, Hashable]) -> float:
    """Adjusted Rand index of two labelings of the same items."""
    keys = list(a)
    n = len(keys)
    if n < 2:
        return 1.0
    cont = Counter((a[k], b[k]) for k in keys)
    sa = Counter(a[k] for k in keys)
    sb = Counter(b[k] for k in keys)
    index = sum(comb(v, 2) for v in cont.values())
    ia = sum(comb(v, 2) for v in sa.values())
    ib = sum(comb(v, 2) for v in sb.values())
    expected = ia * ib / comb(n, 2)
    top = (ia + ib) / 2
    return (index - expected) / (top - expected) if top != expected else 1.0


def run(
    inputs: list[dict[str, Any]],
    feats: dict[str, DocFeatures],
    params: StoryParams | None = None,
) -> tuple[dict[str, str], dict[str, str], MemoryIndex[str], float]:
    """Feed ``inputs`` in the given order; (story labels, copy-group labels, index, ms/doc).

    ``params``: the rewrite thresholds (default: the pipeline's, i.e. copies only).
    """
    index: MemoryIndex[str] = MemoryIndex(params=params)
    t0 = time.perf_counter()
    for row in inputs:
        at = ts(row["published"]) or EPOCH
        index.assign(row["id"], feats[row["id"]], at, row["source"] or "")
    ms = (time.perf_counter() - t0) * 1000 / max(1, len(inputs))
    story = {k: str(index.story_of(k)) for k in feats}
    copy = {k: str(index.copy_of(k) or k) for k in feats}
    return story, copy, index, ms


def run_stored(
    inputs: list[dict[str, Any]], url: str, params: StoryParams | None = None
) -> tuple[dict[str, str], dict[str, str], float]:
    """The same through the stored index (:func:`monitor.storage.stories.assign_story`).

    Articles are inserted into a migrated database at ``url`` in the given order, with
    ``first_seen_at`` = ``published``, each decided inside its insert transaction;
    ``params``: the rewrite layer's (None: off, the default).
    """
    from sqlalchemy import select

    from monitor.storage import migrate
    from monitor.storage.engine import create_engine_for, session_factory, transaction
    from monitor.storage.models import Article as ArticleRow
    from monitor.storage.stories import assign_story
    from monitor.types import Article

    engine = create_engine_for(url)
    migrate.upgrade(engine)
    sessions = session_factory(engine)
    ids: dict[int, str] = {}
    elapsed = 0.0
    for row in inputs:
        at = ts(row["published"]) or EPOCH
        art = Article(
            url=row["url"],
            canonical_url=row["url"] + "#" + row["id"],
            guid=None,
            title=row["title"],
            summary="",
            text=row["text"],
            authors=(),
            published_at=at,
            language=None,
            content_hash=row["id"],
            source=row["source"],
        )
        with transaction(sessions) as s:
            db_row = ArticleRow(
                source=art.source,
                url=art.url,
                canonical_url=art.canonical_url,
                title=art.title,
                summary="",
                text=art.text,
                authors=[],
                published_at=at,
                first_seen_at=at,
                content_hash=art.content_hash,
                topics=[],
            )
            s.add(db_row)
            s.flush()
            ids[db_row.id] = row["id"]
            t0 = time.perf_counter()
            assign_story(s, db_row.id, art, at, params=params)
            elapsed += time.perf_counter() - t0
    with transaction(sessions) as s:
        rows3 = s.execute(select(ArticleRow.id, ArticleRow.story_id, ArticleRow.copy_of_id))
        story = {ids[i]: str(st) for i, st, _ in rows3}
        rows2 = s.execute(select(ArticleRow.id, ArticleRow.copy_of_id))
        copy = {ids[i]: ids[c] if c is not None else ids[i] for i, c in rows2}
    engine.dispose()
    return story, copy, elapsed * 1000 / max(1, len(inputs))


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # the "seen at" of an article without a date


def ts(value: str | None) -> datetime | None:
    """ISO 8601 as an aware datetime; None (no date) stays None."""
    if not value:
        return None
    out = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return out if out.tzinfo else out.replace(tzinfo=UTC)


def arrival_order(inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Published order, articles without a date first (they arrive together), then by id."""
    return sorted(inputs, key=lambda r: (r["published"] is not None, r["published"] or "", r["id"]))


def partition(labels: dict[str, str]) -> frozenset[frozenset[str]]:
    """The grouping as a set of sets (label names removed)."""
    groups: dict[str, set[str]] = defaultdict(set)
    for k, v in labels.items():
        groups[v].add(k)
    return frozenset(frozenset(g) for g in groups.values())


def evaluate(
    story: dict[str, str], copy: dict[str, str], gold: dict[str, dict[str, Any]]
) -> dict[str, float]:
    """All figures for one run."""
    gold_story = {k: g["story"] for k, g in gold.items()}
    gold_copy = {k: g["copy_of"] or k for k, g in gold.items()}
    gs, gc = pairs(gold_story), pairs(gold_copy)
    cp, cr, cf = prf(pairs(copy), gc)
    sp, sr, sf = prf(pairs(story), gs)
    originals = [k for k, g in gold.items() if g["copy_of"] is None]
    by_pred: dict[str, set[str]] = defaultdict(set)
    for k in originals:
        by_pred[story[k]].add(gold_story[k])
    merged_pairs = sum(comb(len(v), 2) for v in by_pred.values())
    merged_stories = sum(1 for v in by_pred.values() if len(v) > 1)
    return {
        "copy_p": cp,
        "copy_r": cr,
        "copy_f1": cf,
        "story_p": sp,
        "story_r": sr,
        "story_f1": sf,
        "ari": ari(gold_story, story),
        "merged_original_pairs": merged_pairs,
        "stories_with_merged_originals": merged_stories,
    }


def explain(
    story: dict[str, str],
    gold: dict[str, dict[str, Any]],
    feats: dict[str, DocFeatures],
    inputs: list[dict[str, Any]],
    limit: int,
) -> None:
    """Print the false-positive and false-negative story pairs with their scores."""
    by_id = {r["id"]: r for r in inputs}
    gs = pairs({k: g["story"] for k, g in gold.items()})
    ps = pairs(story)
    for name, bad in (("FALSE POSITIVE", ps - gs), ("FALSE NEGATIVE", gs - ps)):
        print(f"--- {name}: {len(bad)} pairs")
        for a, b in sorted(bad)[:limit]:
            s = score(feats[a], feats[b])
            print(
                f"  {a} {b} body={s.body:.2f} shared={s.shared} title={s.title:.0f} "
                f"lead={s.lead:.0f} q={s.quotes} conflict={s.number_conflict} [{s.reason}]"
            )
            print(f"    {by_id[a]['source']}: {by_id[a]['title'][:90]}")
            print(f"    {by_id[b]['source']}: {by_id[b]['title'][:90]}")


def fmt(m: dict[str, float]) -> str:
    """One line of figures."""
    return (
        f"copy P/R/F1 {m['copy_p']:.3f}/{m['copy_r']:.3f}/{m['copy_f1']:.3f}  "
        f"story P/R/F1 {m['story_p']:.3f}/{m['story_r']:.3f}/{m['story_f1']:.3f}  "
        f"ARI {m['ari']:.3f}  merged originals {m['merged_original_pairs']} pairs "
        f"({m['stories_with_merged_originals']} stories)"
    )


def main(argv: Iterable[str] | None = None) -> int:
    """Run the evaluation; exit status 1 when a target is missed."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--orders", type=int, default=0, help="also run N shuffled orders")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--explain", type=int, default=0, help="print up to N wrong pairs of each kind")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--rewrites",
        action="store_true",
        help="also group rewrites (StoryParams(enabled=True), as bench/eval_stories.py does)",
    )
    ap.add_argument(
        "--store",
        metavar="URL",
        help="also run through the stored index on this (empty) database, e.g. sqlite:///x.db",
    )
    args = ap.parse_args(list(argv) if argv is not None else None)
    if not args.data.exists():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 2
    inputs, gold = load(args.data)
    t0 = time.perf_counter()
    feats = {r["id"]: features(r["title"], r["text"], ts(r["published"])) for r in inputs}
    feat_ms = (time.perf_counter() - t0) * 1000 / len(inputs)
    ordered = arrival_order(inputs)
    params = StoryParams(enabled=True) if args.rewrites else None
    story, copy, index, ms = run(ordered, feats, params)
    m = evaluate(story, copy, gold)
    result: dict[str, Any] = {
        "published_order": m,
        "features_ms": feat_ms,
        "assign_ms": ms,
        "story_merges": len(index.merges),
    }
    if not args.json:
        print(
            f"{len(inputs)} articles; features {feat_ms:.2f} ms/article, "
            f"decision {ms:.2f} ms/article (in memory); {len(index.merges)} story merges"
        )
        print("published order: " + fmt(m))
    if args.explain:
        explain(story, gold, feats, inputs, args.explain)
    if args.orders:
        rng = random.Random(args.seed)
        base_s, base_c = partition(story), partition(copy)
        same = 0
        runs = []
        for i in range(args.orders):
            shuffled = ordered[:]
            rng.shuffle(shuffled)
            s2, c2, _, _ = run(shuffled, feats, params)
            m2 = evaluate(s2, c2, gold)
            runs.append(m2)
            identical = partition(s2) == base_s and partition(c2) == base_c
            same += identical
            if not args.json:
                print(f"shuffled order {i + 1}: {fmt(m2)}  same grouping: {identical}")
        result["shuffled"] = runs
        result["orders_same_grouping"] = f"{same}/{args.orders}"
        if not args.json:
            print(f"same grouping as published order in {same}/{args.orders} shuffled orders")
    if args.store:
        s3, c3, ms3 = run_stored(ordered, args.store, params)
        m3 = evaluate(s3, c3, gold)
        same3 = partition(s3) == partition(story) and partition(c3) == partition(copy)
        result["stored"] = m3 | {"assign_ms": ms3, "same_grouping_as_memory": same3}
        if not args.json:
            print(f"stored index ({ms3:.2f} ms/article): {fmt(m3)}  same grouping: {same3}")
    if args.json:
        print(json.dumps(result, indent=2))
    ok = m["copy_f1"] >= 0.97 and m["story_f1"] >= 0.93 and m["merged_original_pairs"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
