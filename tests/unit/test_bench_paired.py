"""The paired before/after comparison of speaker outcomes (bench/paired.py,
bench/compare_pairs.py) and the ``--pairs`` files the two evaluation scripts write."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import require_shared

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _bench(name: str) -> Any:
    sys.path.insert(0, str(BENCH))
    try:
        return __import__(name)
    finally:
        sys.path.remove(str(BENCH))


def test_wilson_interval_matches_the_textbook_values() -> None:
    paired = _bench("paired")
    lo, hi = paired.wilson(0, 10)
    assert lo == 0.0 and hi == pytest.approx(0.2775, abs=1e-4)
    lo, hi = paired.wilson(150, 156)
    assert (round(lo, 3), round(hi, 3)) == (0.919, 0.982)
    assert paired.wilson(0, 0) == (0.0, 1.0)


def test_mcnemar_exact_is_the_two_sided_binomial_tail() -> None:
    paired = _bench("paired")
    assert paired.mcnemar_exact(0, 0) == 1.0
    assert paired.mcnemar_exact(0, 5) == pytest.approx(2 / 32)  # all five flips one way
    assert paired.mcnemar_exact(3, 3) == 1.0
    assert paired.mcnemar_exact(1, 9) == pytest.approx(2 * 11 / 1024)


def test_compare_counts_flips_and_unmatched_pairs(tmp_path: Path) -> None:
    paired = _bench("paired")
    before = tmp_path / "before.jsonl"
    after = tmp_path / "after.jsonl"
    paired.write_pairs(before, [{"key": "a|1", "ok": True}, {"key": "a|2", "ok": False},
                                {"key": "a|3", "ok": True}, {"key": "b|1", "ok": True}])
    paired.write_pairs(after, [{"key": "a|1", "ok": False}, {"key": "a|2", "ok": True},
                               {"key": "a|3", "ok": True}, {"key": "c|9", "ok": True}])
    result = paired.compare(paired.read_pairs(before), paired.read_pairs(after))
    assert result["both"] == 3
    assert result["right_to_wrong"] == ["a|1"] and result["wrong_to_right"] == ["a|2"]
    assert (result["only_before"], result["only_after"]) == (1, 1)
    assert result["p_value"] == 1.0


def test_a_repeated_key_is_an_error_that_names_the_file(tmp_path: Path) -> None:
    paired = _bench("paired")
    path = tmp_path / "pairs.jsonl"
    path.write_text('{"key": "x", "ok": true}\n{"key": "x", "ok": false}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"pairs\.jsonl:2"):
        paired.read_pairs(path)
    compare_pairs = _bench("compare_pairs")
    assert compare_pairs.main([str(path), str(path)]) == 2


def test_eval_news2025_writes_one_pair_per_matched_statement(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shared = require_shared()
    eval_news2025 = _bench("eval_news2025")
    out = tmp_path / "pairs.jsonl"
    assert eval_news2025.main(["--shared", str(shared), "--set", "news2025c", "--half",
                               "develop", "--examples", "0", "--pairs", str(out)]) == 0
    printed = capsys.readouterr().out
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    line = next(ln for ln in printed.splitlines() if ln.strip().startswith("all ") and "95%" in ln)
    right, total = line.split("(")[1].split(")")[0].split("/")
    assert len(rows) == int(total) and sum(r["ok"] for r in rows) == int(right)
    assert len({r["key"] for r in rows}) == len(rows)
    compare_pairs = _bench("compare_pairs")
    assert compare_pairs.main([str(out), str(out)]) == 0
    assert "right -> wrong 0, wrong -> right 0" in capsys.readouterr().out
