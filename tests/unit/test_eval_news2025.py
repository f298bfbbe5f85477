"""The news2025 label set (bench/data/news2025) is well formed, and its scorer's name rules.

The articles are read in place from ../shared (skipped when it is absent)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import require_shared
from tests.support.newslabels import check_article_labels

BENCH = Path(__file__).resolve().parents[2] / "bench"
LABELS = BENCH / "data" / "news2025" / "labels.jsonl"
QUOTES = ('"', "“", "”", "'", "‘", "’")


def _eval_module() -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("eval_news2025", BENCH / "eval_news2025.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def _labels() -> list[dict[str, Any]]:
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line]


def _texts(ids: set[str]) -> dict[str, dict[str, Any]]:
    path = require_shared() / "data" / "dedup-dev" / "articles.jsonl"
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["id"] in ids:
            out[row["id"]] = row
    return out


def test_labels_point_at_their_articles() -> None:
    labels = _labels()
    rows = _texts({lab["article_id"] for lab in labels})
    assert len(labels) == 36 and len(rows) == 36
    assert sum(len(lab["statements"]) for lab in labels) == 238
    for lab in labels:
        row = rows[lab["article_id"]]
        text = row["text"]
        assert row["copy_of"] is None and row["source"] == lab["source"]
        check_article_labels(lab, text)
        for s in lab["statements"]:
            if s["kind"] == "indirect" and s["mention"] != "none":
                content = text[s["start"]:s["end"]]
                assert not content.startswith(QUOTES), content


def test_no_article_text_is_stored() -> None:
    for lab in _labels():
        for s in lab["statements"]:
            assert set(s) <= {"start", "end", "kind", "speaker", "named_person", "mention",
                              "note", "aliases", "sha1"}
            assert len(s.get("note", "")) < 200


def test_sample_is_reproducible() -> None:
    sys.path.insert(0, str(BENCH))
    try:
        import sample_news2025 as sample
    finally:
        sys.path.remove(str(BENCH))
    path = require_shared() / "data" / "dedup-dev" / "articles.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert [r["id"] for r in sample.draw(rows)] == [lab["article_id"] for lab in _labels()]


@pytest.mark.parametrize(("predicted", "gold", "named", "expected"), [
    ("Khamenei", "Ali Khamenei", True, True),
    ("Ali Khamenei", "Ali Khamenei", True, True),
    ("Mohammad Khamenei", "Ali Khamenei", True, False),  # another first name
    ("Ali", "Ali Khamenei", True, False),  # a first name alone is a fragment
    ("Baqeri", "Major General Baqeri", True, True),
    ("Leo XIV", "Pope Leo XIV", True, True),
    ("Elon Musk", "Donald Trump; Elon Musk", True, True),  # any member of a group
    ("Mustafa", "Mustafa the Poet", True, True),  # via the alias
    (None, "Ali Khamenei", True, False),
    ("IEA", "International Energy Agency (IEA) report", False, True),
    ("Iranian state media", "state media", False, True),
    ("the Kremlin", "the Vatican", False, False),
    ("Her rep", "her rep", False, True),  # only a title and a stop word: compared as written
    ("Sergei Lavrov", "Sergey Lavrov", True, True),  # a transliteration of the first name
    ("Jaime", "Faiz Jamie", True, True),  # a surname's letters swapped by the article
    ("Li Qiang", "Lu Qiang", True, False),  # short name words match exactly
    ("Sergei Lavrov", "Sergei Ryabkov", True, False),
    ("his rep", "her rep", False, False),
])
def test_speaker_rules(predicted: str | None, gold: str, named: bool, expected: bool) -> None:
    module = _eval_module()
    label = {"speaker": gold, "named_person": named}
    if gold == "Mustafa the Poet":
        label["aliases"] = ["Mustafa"]
    assert module.speaker_ok(predicted, label) is expected


def test_eval_skips_without_shared(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    module = _eval_module()
    assert module.main(["--shared", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().out
