"""The newsstories label set (bench/data/newsstories) is well formed and its draw repeats.

The articles are read in place from ../shared (skipped when it is absent)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import require_shared
from tests.support.newslabels import check_article_labels

BENCH = Path(__file__).resolve().parents[2] / "bench"
LABELS = BENCH / "data" / "newsstories" / "labels.jsonl"


def _labels() -> list[dict[str, Any]]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]


def _sampler() -> Any:
    sys.path.insert(0, str(BENCH))
    try:
        import sample_newsstories
    finally:
        sys.path.remove(str(BENCH))
    return sample_newsstories


def _rows() -> list[dict[str, Any]]:
    path = require_shared() / "data" / "stories-dev" / "articles.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_labels_point_at_their_articles() -> None:
    labels = _labels()
    rows = {r["id"]: r for r in _rows()}
    assert len(labels) == 60
    assert sum(len(lab["statements"]) for lab in labels) == 411
    for lab in labels:
        row = rows[lab["article_id"]]
        assert row["copy_of"] is None and row["part"] == lab["part"]
        assert lab["window_end"] == _sampler().window_end(row["text"])
        check_article_labels(lab, row["text"])


def test_no_article_text_is_stored() -> None:
    for lab in _labels():
        assert set(lab) == {"article_id", "source", "part", "half", "window_end",
                            "text_length", "statements"}


def test_sample_and_halves_are_reproducible() -> None:
    sampler = _sampler()
    drawn = sampler.draw(_rows())
    labels = _labels()
    assert [r["id"] for r in drawn] == [lab["article_id"] for lab in labels]
    assert [sampler.half(i) for i in range(len(drawn))] == [lab["half"] for lab in labels]
    # one article per story, and each part split evenly between the halves
    assert len({r["story"] for r in drawn}) == len(drawn)
    for part in sampler.PARTS:
        halves = [lab["half"] for lab in labels if lab["part"] == part]
        assert halves.count("develop") == halves.count("check") == 10


def test_locate_names_what_it_cannot_find() -> None:
    sampler = _sampler()
    text = "The mayor said the road would reopen. Police said nothing."
    stored, errors = sampler.locate(
        {"article_id": "x", "statements": [
            {"content": "the road  would reopen.", "kind": "indirect", "speaker": "the mayor",
             "named_person": False, "mention": "description"},
            {"content": "the bridge would reopen", "kind": "indirect", "speaker": "police",
             "named_person": False, "mention": "description"}]}, text)
    assert [(s["start"], s["end"]) for s in stored["statements"]] == [(15, 37)]
    assert len(errors) == 1 and "the bridge would reopen" in errors[0] and "x" in errors[0]


@pytest.mark.parametrize("half", ["develop", "check"])
def test_eval_runs_on_each_half(half: str, capsys: pytest.CaptureFixture[str]) -> None:
    require_shared()
    sys.path.insert(0, str(BENCH))
    try:
        import eval_news2025
    finally:
        sys.path.remove(str(BENCH))
    assert eval_news2025.main(["--set", "newsstories", "--half", half, "--examples", "0"]) == 0
    out = capsys.readouterr().out
    assert f"{half} half: 30 articles" in out and "speaker accuracy" in out


def _set_labels(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (BENCH / "data" / name / "labels.jsonl")
            .read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize(("name", "earlier", "articles", "statements"), [
    ("news2025b", ("news2025",), 60, 362),
    ("news2025c", ("news2025", "news2025b"), 60, 367),
    ("news2025d", ("news2025", "news2025b", "news2025c"), 40, 259),
    ("news2025e", ("news2025", "news2025b", "news2025c", "news2025d"), 40, 279),
])
def test_later_2025_draws_point_at_their_articles_and_share_none(
        name: str, earlier: tuple[str, ...], articles: int, statements: int) -> None:
    path = require_shared() / "data" / "dedup-dev" / "articles.jsonl"
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[row["id"]] = row
    labels = _set_labels(name)
    assert len(labels) == articles
    assert sum(len(lab["statements"]) for lab in labels) == statements
    for other in earlier:
        assert not {lab["article_id"] for lab in _set_labels(other)} & {
            lab["article_id"] for lab in labels}
    drawn = getattr(_sampler(), f"draw_{name}")(list(rows.values()))
    assert [r["id"] for r in drawn] == [lab["article_id"] for lab in labels]
    for lab in labels:
        check_article_labels(lab, rows[lab["article_id"]]["text"])


def test_second_stories_draw_points_at_its_articles_and_shares_no_story() -> None:
    """newsstories2: 40 more stories-dev originals, none of a story newsstories drew from."""
    rows = _rows()
    by_id = {r["id"]: r for r in rows}
    labels = _set_labels("newsstories2")
    assert len(labels) == 40
    assert sum(len(lab["statements"]) for lab in labels) == 284
    first = {by_id[lab["article_id"]]["story"] for lab in _labels()}
    assert not first & {by_id[lab["article_id"]]["story"] for lab in labels}
    sampler = _sampler()
    drawn = sampler.draw_newsstories2(rows)
    assert [r["id"] for r in drawn] == [lab["article_id"] for lab in labels]
    assert [sampler.half(i) for i in range(len(drawn))] == [lab["half"] for lab in labels]
    for lab in labels:
        row = by_id[lab["article_id"]]
        assert row["copy_of"] is None and row["part"] == lab["part"]
        assert lab["window_end"] == sampler.window_end(row["text"])
        check_article_labels(lab, row["text"])
