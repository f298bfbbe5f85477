"""The reference article: every required statement, with its speaker, kind and cue; nothing
from the must-not list."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from monitor.statements import Extractor, default_registry
from monitor.types import Statement

pytestmark = pytest.mark.shared
ARTICLE_DAY = date(2025, 3, 8)  # the article is from early March 2025


@pytest.fixture(scope="module")
def reference(shared_dir: Path) -> tuple[str, dict[str, object], list[Statement]]:
    folder = shared_dir / "fixtures" / "reference-article"
    text = (folder / "article.txt").read_text(encoding="utf-8")
    expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    found = Extractor(default_registry()).extract(text, ARTICLE_DAY)
    return text, expected, found


def _matches(s: Statement, want: dict[str, str]) -> bool:
    return want["content_starts"] in s.content and want.get("content_ends", "") in s.content


def test_required_statements_found(
    reference: tuple[str, dict[str, object], list[Statement]],
) -> None:
    text, expected, found = reference
    required = expected["required"]
    assert isinstance(required, list)
    for want in required:
        hits = [s for s in found if _matches(s, want)]
        assert hits, f"missing: {want['content_starts']!r}"
        s = hits[0]
        assert s.speaker == want["speaker"], (want["content_starts"], s)
        assert s.kind == want["kind"], (want["content_starts"], s)
        if want.get("cue") is not None:
            assert s.cue == want["cue"], (want["content_starts"], s)
        else:
            assert s.cue is None
        first, last = s.content.split("\n")[0], s.content.split("\n")[-1]
        assert text[s.start : s.start + len(first)] == first  # offsets into the text as read
        assert text[s.end - len(last) : s.end] == last


def test_must_not(reference: tuple[str, dict[str, object], list[Statement]]) -> None:
    _, _, found = reference
    speakers = {s.speaker for s in found}
    assert "Volodymyr Zelenskyy" not in speakers
    assert "Donald Trump" not in speakers
    assert "John Healey" not in speakers
    assert not any(s.content.startswith("Oh, your stance") for s in found)
    hegseth = [s for s in found if s.official == "hegseth" and s.kind == "direct"]
    assert len(hegseth) == 2
    assert any("‘Oh, your stance is pro-Russia" in s.content for s in hegseth)


def test_officials_are_resolved(reference: tuple[str, dict[str, object], list[Statement]]) -> None:
    _, _, found = reference
    assert {s.official for s in found} >= {"hegseth", "rubio", "peskov", "zakharova"}
    pronoun = [s for s in found if s.mention == "He"]
    assert pronoun and pronoun[0].official == "hegseth"
