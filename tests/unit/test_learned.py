"""The learned rewrite similarity (monitor/dedupe/learned.py) and its use in the decision."""

from __future__ import annotations

import importlib.util
import math
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from monitor.dedupe import MemoryIndex, features
from monitor.dedupe.learned import FEATURES, WEIGHTS, fit_logistic, probability
from monitor.dedupe.rewrites import LEARNED_FLOOR, RewriteIndex, Signals, StoryParams
from tests.support.shootings import SHOOTING_A, SHOOTING_A_REWRITE, SHOOTING_B

T0 = datetime(2014, 6, 1, 9, 0, tzinfo=UTC)
LEARNED = StoryParams(enabled=True, learned_min=0.5)



def _signals(title: str, text: str, at: datetime = T0) -> Signals:
    return features(title, text, at).signals()


def test_fit_logistic_recovers_known_weights() -> None:
    rng = np.random.default_rng(7)
    n = 20000
    x = np.column_stack([np.ones(n), rng.normal(size=n), rng.normal(size=n)])
    true = np.array([-0.5, 2.0, -1.0])
    y = (rng.random(n) < 1 / (1 + np.exp(-(x @ true)))).astype(float)
    w = fit_logistic(x, y, ridge=0.0)
    assert np.allclose(w, true, atol=0.1)
    # a separable feature stays finite under the ridge (and pushes the right way)
    sep = np.column_stack([np.ones(200), np.r_[np.zeros(100), np.ones(100)]])
    ys = np.r_[np.zeros(100), np.ones(100)]
    ws = fit_logistic(sep, ys)
    assert np.all(np.isfinite(ws)) and ws[1] > 3
    # weighting rows doubles their say: the same as repeating them
    rep = fit_logistic(np.vstack([x[:500], x[:100]]), np.r_[y[:500], y[:100]], ridge=0.0)
    sw = np.r_[np.full(100, 2.0), np.ones(400)]
    assert np.allclose(fit_logistic(x[:500], y[:500], ridge=0.0, sample_weight=sw), rep,
                       atol=1e-6)


def test_probability_is_the_logistic_of_the_dot_product() -> None:
    assert probability([1.0, 0.0], [0.0, 5.0]) == pytest.approx(0.5)
    assert probability([1.0, 2.0], [0.5, 1.0]) == pytest.approx(1 / (1 + math.exp(-2.5)))
    assert probability([1.0], [-800.0]) == pytest.approx(0.0)  # no overflow either way
    assert probability([1.0], [800.0]) == pytest.approx(1.0)
    assert len(WEIGHTS) == len(FEATURES) and FEATURES[0] == "bias"


def test_learned_decision_joins_the_rewrite_and_keeps_the_other_event_apart() -> None:
    idx: RewriteIndex[str] = RewriteIndex(LEARNED)
    idx.add("a", _signals(*SHOOTING_A))
    idx.add("b", _signals(*SHOOTING_B))
    doc = idx.defurnish(_signals(*SHOOTING_A_REWRITE, T0 + timedelta(hours=3)))
    scored = {s: (sim, x, veto) for s, sim, x, veto in idx.scored_candidates(doc)}
    sim_a, x_a, _ = scored["a"]
    assert x_a is not None and len(x_a) == len(FEATURES) and sim_a >= LEARNED_FLOOR
    assert x_a[FEATURES.index("cos_lead")] > 0 and x_a[FEATURES.index("gap")] > 0
    assert probability(x_a, WEIGHTS) >= 0.5
    found = idx.match(doc)
    assert found is not None and found.story_id == "a"
    # the other shooting of the same city and day, alone in the index: not joined
    only_a: RewriteIndex[str] = RewriteIndex(LEARNED)
    only_a.add("a", _signals(*SHOOTING_A))
    assert only_a.match(_signals(*SHOOTING_B, T0 + timedelta(hours=3))) is None
    # a threshold no candidate reaches: nothing joins; the rules (learned_min 0) still do
    strict: RewriteIndex[str] = RewriteIndex(replace(LEARNED, learned_min=0.9999))
    strict.add("a", _signals(*SHOOTING_A))
    assert strict.match(_signals(*SHOOTING_A_REWRITE, T0 + timedelta(hours=3))) is None
    rules: RewriteIndex[str] = RewriteIndex(StoryParams(enabled=True))
    rules.add("a", _signals(*SHOOTING_A))
    assert rules.match(_signals(*SHOOTING_A_REWRITE, T0 + timedelta(hours=3))) is not None


def test_learned_weights_param_overrides_the_constants() -> None:
    # a model that refuses everything (bias -50) against one that accepts everything (+50)
    no = replace(LEARNED, learned_weights=(-50.0,) + (0.0,) * (len(FEATURES) - 1))
    yes = replace(LEARNED, learned_weights=(50.0,) + (0.0,) * (len(FEATURES) - 1))
    for params, joined in ((no, False), (yes, True)):
        idx: RewriteIndex[str] = RewriteIndex(params)
        idx.add("a", _signals(*SHOOTING_A))
        found = idx.match(_signals(*SHOOTING_A_REWRITE, T0 + timedelta(hours=3)))
        assert (found is not None) is joined


def test_memory_index_with_the_learned_decision() -> None:
    index: MemoryIndex[str] = MemoryIndex(params=LEARNED)
    index.assign("a", features(*SHOOTING_A, T0), T0, "dayton.example")
    index.assign("b", features(*SHOOTING_B, T0), T0, "dayton.example")
    at = T0 + timedelta(hours=2)
    index.assign("c", features(*SHOOTING_A_REWRITE, at), at, "wdtn.example")
    assert index.story_of("c") == index.story_of("a") != index.story_of("b")


def _fit_learned() -> ModuleType:
    bench = Path(__file__).resolve().parents[2] / "bench"
    sys.path.insert(0, str(bench))
    try:
        spec = importlib.util.spec_from_file_location("fit_learned", bench / "fit_learned.py")
        assert spec is not None and spec.loader is not None
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
    finally:
        sys.path.remove(str(bench))
    return mod


def test_fit_learned_auc_and_teacher_forced_labels() -> None:
    fl = _fit_learned()
    y = np.array([0.0, 0.0, 1.0, 1.0])
    assert fl.auc(np.array([1.0, 2.0, 3.0, 4.0]), y) == pytest.approx(1.0)
    assert fl.auc(np.array([4.0, 3.0, 2.0, 1.0]), y) == pytest.approx(0.0)
    assert fl.auc(np.ones(4), y) == pytest.approx(0.5)  # ties share a rank
    rows = [
        {"id": "a", "source": "x", "published": None},
        {"id": "b", "source": "x", "published": None},
        {"id": "c", "source": "y", "published": None},
    ]
    feats = {
        "a": features(*SHOOTING_A, T0),
        "b": features(*SHOOTING_B, T0),
        "c": features(*SHOOTING_A_REWRITE, T0 + timedelta(hours=1)),
    }
    x, labels, sims = fl.teacher_forced(rows, feats, {"a": "1", "b": "2", "c": "1"}, LEARNED)
    assert x.shape[1] == len(FEATURES) and len(labels) == len(sims) >= 1
    assert labels.max() == 1.0  # the rewrite's candidate story "1" was right
