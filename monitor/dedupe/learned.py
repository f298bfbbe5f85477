"""A learned rewrite similarity: logistic regression over (article, candidate story) signals.

After Miranda et al. 2018 (multilingual streaming news clustering, a learned similarity in
place of hand-set thresholds): for each candidate story the rewrite layer scores, a small
feature vector (:data:`FEATURES`, computed by
:meth:`monitor.dedupe.rewrites.RewriteIndex.pair_features` from signals it already keeps, and
only from what the stored index keeps too) is combined by a logistic model into the probability
that the article reports the story's event. The fitting (:func:`fit_logistic`, IRLS with a
small ridge, numpy only) is done offline by ``bench/fit_learned.py`` on teacher-forced
candidates (the gold stories built so far); the weights are constants here, with provenance.

Used only when ``StoryParams.learned_min`` > 0 (off by default): see docs/design.md, "Round 4:
learned similarity", for why.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

FEATURES: tuple[str, ...] = (
    "bias",
    "cos_lead",  # TF-IDF cosine, headline + lead terms against the story's centroid
    "cos_body",  # TF-IDF cosine, whole body against the body centroid
    "shared_names",  # log(1 + name words shared with the story)
    "names_found",  # share of the article's lead names the story mentions anywhere
    "no_names",  # the article has no lead names (names_found is then 1)
    "head_found",  # IDF-weighted share of the article's headline terms the story mentions
    # (1 when the signals carry no headline, as in the stored layer: must keep weight 0)
    "years_agree",  # both name years and share one
    "numbers_differ",  # a thing counted on both sides with no value in common
    "log_hours",  # log(1 + hours between the article and the story's nearest member time)
    "no_time",  # the article or the story has no time (log_hours is then 0)
    "log_size",  # log of the story's member count
    "gap",  # similarity minus the best other candidate's (at least LEARNED_FLOOR)
    "shared_rare",  # log(1 + rare terms shared): how the candidate was found
)

# Fitted by `bench/fit_learned.py --fit-all --drop log_hours,no_time,log_size,years_agree,
# shared_rare,no_names,head_found` on the teacher-forced candidates of all three stories-dev
# parts (gva, ecb, basil: 1,981 candidates, 1,319 right), ridge RIDGE, 2026-12-04, branch
# stories4. The
# zeros are the features left out: time (ecb has no dates, so its weight cannot transfer
# between parts), story size and years agreeing (they change with the training parts: size
# -1.6 fitted on gva + basil, -0.25 on ecb + basil; years +1.5 and -1.1), shared rare terms
# and no_names (weights near 0), and head_found: the stored layer's signals carry no headline
# (monitor/storage/stories.py reads DocFeatures.signals()), so it would decide otherwise than
# the memory index (a test checks the two agree). Only used when
# StoryParams.learned_min > 0 (off: it did not beat the rules held out, docs/benchmarks.md).
WEIGHTS: tuple[float, ...] = (
    -2.3981,  # bias
    1.6599,  # cos_lead
    3.3951,  # cos_body
    0.282,  # shared_names
    1.6939,  # names_found
    0.0,  # no_names
    0.0,  # head_found
    0.0,  # years_agree
    -1.0697,  # numbers_differ
    0.0,  # log_hours
    0.0,  # no_time
    0.0,  # log_size
    10.988,  # gap
    0.0,  # shared_rare
)

RIDGE = 1.0  # L2 penalty on the weights (not the bias) in the fit: keeps the weights finite
# when a feature separates the training candidates perfectly (no_time is constant on the parts
# that all have dates); small against the thousands of candidates fitted
IRLS_ITER = 25  # Newton steps; the fit converges in under 10 on stories-dev
IRLS_TOL = 1e-8  # stop when no weight moves more than this


def probability(x: Sequence[float], weights: Sequence[float]) -> float:
    """Logistic probability of one feature vector (``x[0]`` is the bias, 1.0)."""
    z = sum(a * b for a, b in zip(x, weights, strict=True))
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit_logistic(
    x: np.ndarray, y: np.ndarray, ridge: float = RIDGE, sample_weight: np.ndarray | None = None
) -> np.ndarray:
    """Weights of an L2-penalised logistic regression by iteratively reweighted least squares.

    ``x``: (n, k) with a first column of ones (the bias, not penalised); ``y``: (n,) of 0/1;
    ``sample_weight``: (n,) weights per row (default 1).
    """
    n, k = x.shape
    sw = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=float)
    w = np.zeros(k)
    pen = np.full(k, ridge)
    pen[0] = 0.0
    for _ in range(IRLS_ITER):
        z = np.clip(x @ w, -30.0, 30.0)
        p = 1.0 / (1.0 + np.exp(-z))
        r = sw * p * (1.0 - p)
        grad = x.T @ (sw * (y - p)) - pen * w
        hess = (x * r[:, None]).T @ x + np.diag(pen) + 1e-9 * np.eye(k)
        step = np.linalg.solve(hess, grad)
        w = w + step
        if float(np.max(np.abs(step))) < IRLS_TOL:
            break
    return w


__all__ = ["FEATURES", "RIDGE", "WEIGHTS", "fit_logistic", "probability"]
