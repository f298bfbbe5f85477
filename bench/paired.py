"""Paired before/after comparison of speaker outcomes, and the uncertainty of one figure.

The held-out speaker figures are small (news2025d: 210 pairs), so a move of 0.005 is one pair
and well inside the noise. Two tools make that visible:

- :func:`wilson`: the 95% Wilson score interval of an accuracy (printed beside the figures by
  ``bench/eval_news2025.py`` and ``bench/eval_statements.py``);
- ``--pairs PATH`` on those two scripts writes one JSON line per scored pair (its key and
  whether the speaker was right); ``bench/compare_pairs.py BEFORE AFTER`` then counts the
  pairs that flipped each way and gives the exact McNemar test (a two-sided binomial test on
  the flips): whether a change moved more pairs right than wrong by more than chance.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path
from typing import Any

Z95 = 1.959964  # the normal quantile of a two-sided 95% interval


def wilson(correct: int, total: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of ``correct / total`` (``(0, 1)`` when ``total`` is 0)."""
    if total <= 0:
        return 0.0, 1.0
    p = correct / total
    denom = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denom
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def interval_text(correct: int, total: int) -> str:
    """``[lo, hi]`` of the 95% Wilson interval, for a printed figure."""
    lo, hi = wilson(correct, total)
    return f"[{lo:.3f}, {hi:.3f}]"


def write_pairs(path: Path, rows: Iterable[dict[str, Any]]) -> int:
    """Write the scored pairs (each with a ``key`` and a boolean ``ok``) as JSON lines."""
    lines = [json.dumps(row, ensure_ascii=False, sort_keys=True) for row in rows]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return len(lines)


def read_pairs(path: Path) -> dict[str, bool]:
    """The pairs file of :func:`write_pairs` as key -> ok (a repeated key is an error)."""
    out: dict[str, bool] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row["key"] in out:
            raise ValueError(f"{path}:{n}: pair {row['key']!r} appears twice")
        out[row["key"]] = bool(row["ok"])
    return out


def mcnemar_exact(right_to_wrong: int, wrong_to_right: int) -> float:
    """Two-sided exact McNemar p-value: the binomial probability, under "no change", of a
    split of the flipped pairs at least this uneven."""
    n = right_to_wrong + wrong_to_right
    if n == 0:
        return 1.0
    k = min(right_to_wrong, wrong_to_right)
    tail: float = sum(math.comb(n, i) for i in range(k + 1)) / 2.0 ** n
    return min(1.0, 2 * tail)


def compare(before: dict[str, bool], after: dict[str, bool]) -> dict[str, Any]:
    """Flips between two pair files: pairs scored in both, right -> wrong, wrong -> right,
    pairs only in one (a statement matched only before or only after), and the p-value."""
    both = before.keys() & after.keys()
    lost = sorted(k for k in both if before[k] and not after[k])
    gained = sorted(k for k in both if not before[k] and after[k])
    return {
        "both": len(both),
        "before_right": sum(before[k] for k in both),
        "after_right": sum(after[k] for k in both),
        "right_to_wrong": lost,
        "wrong_to_right": gained,
        "only_before": len(before.keys() - after.keys()),
        "only_after": len(after.keys() - before.keys()),
        "p_value": mcnemar_exact(len(lost), len(gained)),
    }
