"""Recall, round 5 (issue 13): content boundaries around asides."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.types import Statement

DAY = date(2019, 3, 8)


def _according(found: list[Statement]) -> list[Statement]:
    return [s for s in found if (s.cue or "").lower() == "according to"]


@pytest.mark.parametrize(("text", "start", "inside", "outside"), [
    # both sides of the aside make one content
    ("The budget was tabled on Tuesday. Over the long term, according to the budget "
     "office, the deficit will shrink because of higher revenue from the carbon tax.",
     "Over the long term", "the deficit will shrink", "budget office"),
    # a description after the source is skipped
    ("Talks stalled again. At the heart of the trouble, according to Jane Doe, a former "
     "special envoy, was a decision by the premier to cut funding for the program.",
     "At the heart of the trouble", "was a decision by the premier", "envoy"),
], ids=["joins-both-sides", "skips-an-apposition"])
def test_according_to_between_commas(extractor: Extractor, text: str, start: str, inside: str,
                                     outside: str) -> None:
    found = _according(extractor.extract(text, DAY))
    assert len(found) == 1, found
    content = found[0].content
    assert content.startswith(start), content
    assert inside in content and outside not in content, content


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


def test_an_aside_between_the_cue_and_its_quote(extractor: Extractor) -> None:
    text = ("The rally ran late. No wonder Trump said, and I quote, “We love the poorly "
            "educated voters of this state.”")
    found = [s for s in extractor.extract(text, DAY) if s.cue == "said"]
    assert len(found) == 1 and found[0].kind == "direct", found
    assert found[0].content.startswith("We love"), found


def test_no_wonder_is_no_cue(extractor: Extractor) -> None:
    text = "Prices rose again. No wonder Trump said the economy was rigged against workers."
    found = extractor.extract(text, DAY)
    assert [s.cue for s in found] == ["said"], found


def test_a_relative_clause_after_a_noun_is_no_aside(extractor: Extractor) -> None:
    text = ("The release linked to the Associated Press report, which notes, “More than half "
            "the people who met with her gave money to the foundation.”")
    found = extractor.extract(text, DAY)
    assert all(s.cue != "report" for s in found), found


def test_a_quoted_subheading_in_capitals_is_no_statement(extractor: Extractor) -> None:
    text = ("Obama said the vote would be fair.\n“EVENTUALLY VOTERS MAKE GOOD "
            "DECISIONS”\nAcross Asia, policymakers have been startled by the campaign.")
    found = extractor.extract(text, DAY)
    assert [s.content for s in found] == ["the vote would be fair"], found


def test_but_that_continues_the_reported_clause(extractor: Extractor) -> None:
    text = ("The union met on Monday. Jane Doe said that the offer had improved, but that "
            "“a lot of members still want a strike.”")
    found = extractor.extract(text, DAY)
    assert len(found) == 1 and found[0].kind == "mixed", found
    assert found[0].content.endswith("still want a strike.”"), found


def test_told_a_listener_with_an_adverb_then_a_quote(extractor: Extractor) -> None:
    text = ("Results came in overnight. Htay Oo told the Reuters news agency simply, “We lost "
            "the vote in every district.”")
    found = extractor.extract(text, DAY)
    assert [(s.speaker, s.kind) for s in found] == [("Htay Oo", "direct")], found


@pytest.mark.parametrize("aside", ["though", "however", "again"])
def test_a_connective_between_the_cue_and_that(extractor: Extractor, aside: str) -> None:
    """"He added, though, that C": the aside does not hide the reported clause."""
    text = f"John Smith spoke on Monday. He added, {aside}, that the deal was dead."
    found = extractor.extract(text, DAY)
    assert [(s.speaker, s.content) for s in found] == [("John Smith", "the deal was dead")]
