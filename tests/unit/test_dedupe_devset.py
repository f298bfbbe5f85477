"""Quality on the dedup-dev set (read in place from ../shared) through bench/eval_dedup.py.

Only the evaluation code reads the gold labels; the decision sees id, title, text, published.
"""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from monitor.dedupe import features

BENCH = Path(__file__).resolve().parents[2] / "bench" / "eval_dedup.py"


def _eval_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_dedup", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def devset(shared_dir: Path) -> tuple[ModuleType, list[dict[str, Any]], dict[str, Any], Any]:
    ev = _eval_module()
    inputs, gold = ev.load(shared_dir / "data" / "dedup-dev" / "articles.jsonl")
    feats = {r["id"]: features(r["title"], r["text"], ev.ts(r["published"])) for r in inputs}
    return ev, inputs, gold, feats


@pytest.mark.shared
def test_inputs_carry_no_labels(devset: tuple[ModuleType, list[dict[str, Any]], Any, Any]) -> None:
    _, inputs, _, _ = devset
    assert all(set(r) == {"id", "source", "url", "title", "published", "text"} for r in inputs)


@pytest.mark.shared
def test_dev_targets_in_published_order(
    devset: tuple[ModuleType, list[dict[str, Any]], dict[str, Any], Any],
) -> None:
    ev, inputs, gold, feats = devset
    ordered = sorted(inputs, key=lambda r: (r["published"], r["id"]))
    story, copy, _, _ = ev.run(ordered, feats)
    m = ev.evaluate(story, copy, gold)
    assert m["copy_f1"] >= 0.97, m
    assert m["story_f1"] >= 0.93, m
    assert m["merged_original_pairs"] == 0, m


@pytest.mark.shared
def test_dev_grouping_does_not_depend_on_order(
    devset: tuple[ModuleType, list[dict[str, Any]], dict[str, Any], Any],
) -> None:
    ev, inputs, _, feats = devset
    ordered = sorted(inputs, key=lambda r: (r["published"], r["id"]))
    story, copy, _, _ = ev.run(ordered, feats)
    rng = random.Random(3)
    for _ in range(2):
        shuffled = ordered[:]
        rng.shuffle(shuffled)
        s2, c2, _, _ = ev.run(shuffled, feats)
        assert ev.partition(s2) == ev.partition(story)
        assert ev.partition(c2) == ev.partition(copy)
