"""Recall, round 5 (issue 13): content boundaries around asides."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor
from monitor.types import Statement

DAY = date(2019, 3, 8)


def _according(found: list[Statement]) -> list[Statement]:
    return [s for s in found if (s.cue or "").lower() == "according to"]


def test_according_to_between_commas_joins_both_sides(extractor: Extractor) -> None:
    text = ("The budget was tabled on Tuesday. Over the long term, according to the budget "
            "office, the deficit will shrink because of higher revenue from the carbon tax.")
    found = _according(extractor.extract(text, DAY))
    assert len(found) == 1, found
    content = found[0].content
    assert content.startswith("Over the long term"), content
    assert "the deficit will shrink" in content and "budget office" not in content, content


def test_according_to_with_an_apposition_skips_it(extractor: Extractor) -> None:
    text = ("Talks stalled again. At the heart of the trouble, according to Jane Doe, a former "
            "special envoy, was a decision by the premier to cut funding for the program.")
    found = _according(extractor.extract(text, DAY))
    assert len(found) == 1, found
    content = found[0].content
    assert content.startswith("At the heart of the trouble"), content
    assert "was a decision by the premier" in content and "envoy" not in content, content


def test_according_to_after_a_clause_keeps_the_clause_alone(extractor: Extractor) -> None:
    text = ("Polls closed at eight. The premier won easily, according to early returns, which "
            "were counted in the capital.")
    found = _according(extractor.extract(text, DAY))
    assert len(found) == 1, found
    assert "which were counted" not in found[0].content, found


def test_an_email_speaks_like_a_statement(extractor: Extractor) -> None:
    text = ("The office closed on Friday. The email said, “Today we are closing the office for "
            "good after many years of service.”")
    found = extractor.extract(text, DAY)
    assert [s.speaker for s in found] == ["The email"], found
    assert found[0].kind == "direct" and found[0].content.startswith("Today we are"), found
