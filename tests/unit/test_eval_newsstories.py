"""The newsstories label set (bench/data/newsstories) is well formed and its draw repeats.

The articles are read in place from ../shared (skipped when it is absent)."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import require_shared

BENCH = Path(__file__).resolve().parents[2] / "bench"
LABELS = BENCH / "data" / "newsstories" / "labels.jsonl"
KINDS = {"direct", "indirect"}
MENTIONS = {"name", "surname", "pronoun", "description", "none"}
FIELDS = {"start", "end", "kind", "speaker", "named_person", "mention", "note", "aliases",
          "sha1"}


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
        text = row["text"]
        assert row["copy_of"] is None and row["part"] == lab["part"]
        assert len(text) == lab["text_length"]
        assert lab["window_end"] == _sampler().window_end(text)
        for s in lab["statements"]:
            content = text[s["start"]:s["end"]]
            # the offsets still point at the words that were labelled
            assert hashlib.sha1(content.encode()).hexdigest()[:12] == s["sha1"], s
            assert s["start"] < lab["window_end"]
            assert s["kind"] in KINDS and s["mention"] in MENTIONS
            assert isinstance(s["named_person"], bool) and s["speaker"].strip()


def test_no_article_text_is_stored() -> None:
    for lab in _labels():
        assert set(lab) == {"article_id", "source", "part", "half", "window_end",
                            "text_length", "statements"}
        for s in lab["statements"]:
            assert set(s) <= FIELDS
            assert len(s.get("note", "")) < 400


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


def test_news2025b_points_at_its_articles_and_shares_none_with_news2025() -> None:
    path = require_shared() / "data" / "dedup-dev" / "articles.jsonl"
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[row["id"]] = row
    labels = [json.loads(line) for line in (BENCH / "data" / "news2025b" / "labels.jsonl")
              .read_text(encoding="utf-8").splitlines() if line]
    first = {json.loads(line)["article_id"] for line in (BENCH / "data" / "news2025" /
             "labels.jsonl").read_text(encoding="utf-8").splitlines() if line}
    assert len(labels) == 60 and sum(len(lab["statements"]) for lab in labels) == 362
    assert not first & {lab["article_id"] for lab in labels}
    sampler = _sampler()
    drawn = sampler.draw_news2025b(list(rows.values()))
    assert [r["id"] for r in drawn] == [lab["article_id"] for lab in labels]
    for lab in labels:
        text = rows[lab["article_id"]]["text"]
        assert len(text) == lab["text_length"]
        for s in lab["statements"]:
            content = text[s["start"]:s["end"]]
            assert hashlib.sha1(content.encode()).hexdigest()[:12] == s["sha1"], s
            assert set(s) <= FIELDS and s["kind"] in KINDS and s["mention"] in MENTIONS
