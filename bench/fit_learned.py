"""Fit and cross-validate the learned rewrite similarity (issue 10, round 4).

Training pairs are teacher-forced: each stories-dev part is read in arrival order into a
:class:`monitor.dedupe.rewrites.RewriteIndex` whose stories are the *gold* stories built so
far; every candidate story an article finds (not vetoed, similarity >= ``LEARNED_FLOOR``) is
one row, labelled 1 when it is the article's gold story. A logistic model
(:func:`monitor.dedupe.learned.fit_logistic`) is fitted on two parts; its probability
threshold is chosen by the real incremental run (``bench/eval_stories.run``, the decision the
pipeline makes) on the same two parts (best pooled F0.5 over ``THRESHOLDS``); the third part
is reported. ``--hard-negatives`` adds dedup-dev's teacher-forced candidates (its gold: many
different originals on one topic) to every fit.

    .venv/bin/python bench/fit_learned.py [--hard-negatives] [--fit-all] [--orders 5]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_dedup as ED
import eval_stories as ES
import exp_join as EJ

from monitor.dedupe.index import MemoryIndex
from monitor.dedupe.learned import FEATURES, fit_logistic
from monitor.dedupe.rewrites import RewriteIndex, StoryParams, rewrite_signals

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)  # probability thresholds tried on the training
# parts (the objective weighs precision twice: the chosen one sits above 0.5 when wrong joins
# cost more than missed ones)


def teacher_forced(
    rows: list[dict[str, Any]], feats: dict[str, Any], gold: dict[str, str], params: StoryParams
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, labels, similarity) of every scored candidate, gold stories as the index."""
    idx: RewriteIndex[str] = RewriteIndex(params)
    xs: list[list[float]] = []
    ys: list[int] = []
    sims: list[float] = []
    for r in rows:
        sig = rewrite_signals(feats[r["id"]], r["source"] or "")
        doc = idx.defurnish(sig)
        g = gold[r["id"]]
        for s, sim, x, veto in idx.scored_candidates(doc):
            if x is None or veto is not None:
                continue
            xs.append(x)
            ys.append(int(s == g))
            sims.append(sim)
        idx.add(g, sig, r["id"])
    return np.array(xs), np.array(ys, dtype=float), np.array(sims)


def on_policy(
    rows: list[dict[str, Any]], feats: dict[str, Any], gold: dict[str, str], params: StoryParams
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(features, labels, similarity) of the candidates met in the real incremental run of
    ``params`` (stories as that decision builds them, mixed ones included); a candidate is
    right when most of its members are of the article's gold story."""
    from collections import Counter

    index: MemoryIndex[str] = MemoryIndex(params=params)
    xs: list[list[float]] = []
    ys: list[int] = []
    sims: list[float] = []
    for r in rows:
        sig = rewrite_signals(feats[r["id"]], r["source"] or "")
        doc = index.rewrites.defurnish(sig)
        g = gold[r["id"]]
        for s, sim, x, veto in index.rewrites.scored_candidates(doc):
            if x is None or veto is not None:
                continue
            members = index.stories[s].members
            top = Counter(gold[m] for m in members).most_common(1)[0][0]
            xs.append(x)
            ys.append(int(top == g))
            sims.append(sim)
        at = ED.ts(r["published"]) or ES.EPOCH
        index.assign(r["id"], feats[r["id"]], at, r["source"] or "")
    return np.array(xs), np.array(ys, dtype=float), np.array(sims)


def auc(score: np.ndarray, y: np.ndarray) -> float:
    """ROC AUC by ranks (ties share a rank)."""
    order = np.argsort(score, kind="mergesort")
    ranks = np.empty(len(score))
    s_sorted = score[order]
    i = 0
    while i < len(score):
        j = i
        while j + 1 < len(score) and s_sorted[j + 1] == s_sorted[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = y == 1
    n_pos, n_neg = int(pos.sum()), int((~pos).sum())
    if not n_pos or not n_neg:
        return float("nan")
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def fbeta(p: float, r: float, beta: float = ES.CV_BETA) -> float:
    """F-beta of a precision and a recall."""
    b2 = beta * beta
    return (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0


def part_rows(inputs: list[dict[str, Any]], part: dict[str, str], name: str) -> list[Any]:
    """One part's articles in arrival order."""
    return ED.arrival_order([r for r in inputs if part[r["id"]] == name])


def run_parts(
    names: list[str], rows: dict[str, list[Any]], feats: dict[str, Any], params: StoryParams
) -> tuple[dict[str, dict[str, str]], float]:
    """Each part alone through the incremental decision; (predictions by part, ms/article)."""
    preds = {}
    total = n = 0.0
    for name in names:
        pred, ms = ES.run(rows[name], feats, params)
        preds[name] = pred
        total += ms * len(rows[name])
        n += len(rows[name])
    return preds, total / max(1.0, n)


def pooled(preds: dict[str, dict[str, str]], gold: dict[str, str]) -> tuple[float, float, float]:
    """Pooled pairwise P/R/F1 over parts run alone."""
    pp: set[tuple[str, str]] = set()
    gp: set[tuple[str, str]] = set()
    for pred in preds.values():
        pp |= ED.pairs(pred)
        gp |= ED.pairs({k: gold[k] for k in pred})
    return ED.prf(pp, gp)


def main() -> int:
    """Teacher-forced fit, cross-validation by part, optional final fit on all parts."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--hard-negatives", action="store_true")
    ap.add_argument("--fit-all", action="store_true", help="fit on all parts, print weights")
    ap.add_argument("--orders", type=int, default=0, help="shuffles for order robustness")
    ap.add_argument("--ridge", type=float, default=None)
    ap.add_argument("--drop", default="", help="comma-separated features left out (weight 0)")
    ap.add_argument("--curve", action="store_true",
                    help="diagnosis: also print the held-out part at every threshold")
    ap.add_argument("--nested", action="store_true",
                    help="choose the threshold out of sample: fit on one training part, run the "
                    "other, both ways, pooled (else: the weights' own training parts)")
    ap.add_argument("--on-policy", action="store_true",
                    help="train on the candidates of the rules' incremental run as well")
    ap.add_argument("--balance", action="store_true", help="each training part weighs alike")
    args = ap.parse_args()
    data = EJ.load_all()
    s_inputs, s_gold, s_part, s_feats = data[:4]
    base = StoryParams(enabled=True)
    rows = {n: part_rows(s_inputs, s_part, n) for n in ES.PARTS}
    t0 = time.process_time()
    tf = {n: teacher_forced(rows[n], s_feats, s_gold, base) for n in ES.PARTS}
    if args.on_policy:
        for n in ES.PARTS:
            xo, yo, so = on_policy(rows[n], s_feats, s_gold, base)
            x, y, sim = tf[n]
            tf[n] = (np.vstack([x, xo]), np.concatenate([y, yo]), np.concatenate([sim, so]))
    if args.hard_negatives:
        d_inputs, d_gold, d_feats = data[4:]
        d_story = {k: str(v["story"]) for k, v in d_gold.items()}
        tf["dedup"] = teacher_forced(ED.arrival_order(d_inputs), d_feats, d_story, base)
    print(f"teacher-forced candidates ({time.process_time() - t0:.1f} s CPU):")
    for n, (_, y, sim) in tf.items():
        print(f"  {n:6s} {len(y)} candidates, {int(y.sum())} right; AUC of similarity "
              f"{auc(sim, y):.3f}")
    ridge_kw: dict[str, Any] = {} if args.ridge is None else {"ridge": args.ridge}
    drop = [FEATURES.index(f) for f in args.drop.split(",") if f]
    for x, _, _ in tf.values():
        if len(x):
            x[:, drop] = 0.0  # a zero column gets weight 0 under the ridge
    held_preds: dict[str, dict[str, str]] = {}
    for held in ES.PARTS:
        train = [n for n in tf if n != held]
        x = np.vstack([tf[n][0] for n in train])
        y = np.concatenate([tf[n][1] for n in train])
        sw = (
            np.concatenate([np.full(len(tf[n][1]), len(y) / len(tf[n][1])) for n in train])
            if args.balance
            else None
        )
        w = fit_logistic(x, y, sample_weight=sw, **ridge_kw)
        xh, yh, simh = tf[held]
        ph = 1 / (1 + np.exp(-(xh @ w)))
        print(f"held out {held}: teacher-forced AUC learned {auc(ph, yh):.3f} vs similarity "
              f"{auc(simh, yh):.3f}")
        print("  weights " + ", ".join(f"{f} {v:+.2f}" for f, v in zip(FEATURES, w, strict=True)))
        tparts = [n for n in ES.PARTS if n != held]
        inner: dict[str, tuple[float, ...]] = {}
        if args.nested:  # each training part scored by a model fitted on the other one(s)
            for t in tparts:
                others = [n for n in tf if n not in (held, t)]
                wi = fit_logistic(
                    np.vstack([tf[n][0] for n in others]),
                    np.concatenate([tf[n][1] for n in others]),
                    **ridge_kw,
                )
                inner[t] = tuple(float(v) for v in wi)
        best: tuple[float, float] | None = None
        for thr in THRESHOLDS:
            params = replace(base, learned_min=thr, learned_weights=tuple(float(v) for v in w))
            if args.nested:
                preds = {}
                for t in tparts:
                    pi = replace(params, learned_weights=inner[t])
                    preds.update(run_parts([t], rows, s_feats, pi)[0])
                ms = 0.0
            else:
                preds, ms = run_parts(tparts, rows, s_feats, params)
            p, r, f = pooled(preds, s_gold)
            key = fbeta(p, r)
            print(f"  train thr {thr:.2f}: P {p:.3f} R {r:.3f} F1 {f:.3f} F0.5 {key:.3f}"
                  f" ({ms:.2f} ms)", flush=True)
            if best is None or key > best[0]:
                best = (key, thr)
        assert best is not None
        if args.curve:
            for thr in THRESHOLDS:
                pc = replace(base, learned_min=thr, learned_weights=tuple(float(v) for v in w))
                pr, _ = run_parts([held], rows, s_feats, pc)
                print(f"  (curve) held out {held} thr {thr:.2f}: "
                      f"{ES.fmt(ES.scores(pr[held], s_gold, list(pr[held])))}")
        params = replace(base, learned_min=best[1], learned_weights=tuple(float(v) for v in w))
        preds, ms = run_parts([held], rows, s_feats, params)
        held_preds[held] = preds[held]
        m = ES.scores(preds[held], s_gold, list(preds[held]))
        print(f"  HELD OUT {held} thr {best[1]:.2f}: {ES.fmt(m)} ({ms:.2f} ms/article)")
        if args.orders:
            rng = random.Random(1)
            aris = []
            for _ in range(args.orders):
                sh = rows[held][:]
                rng.shuffle(sh)
                p2, _ = ES.run(sh, s_feats, params)
                aris.append(ED.ari(preds[held], p2))
            print(f"  order ARI {held}: min {min(aris):.3f} mean {sum(aris) / len(aris):.3f}")
    p, r, f = pooled(held_preds, s_gold)
    print(f"POOLED HELD OUT: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if args.fit_all:
        x = np.vstack([t[0] for t in tf.values()])
        y = np.concatenate([t[1] for t in tf.values()])
        w = fit_logistic(x, y, **ridge_kw)
        print("WEIGHTS = (" + ", ".join(f"{v:.4f}" for v in w) + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
