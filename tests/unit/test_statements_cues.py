"""Recall, round 3 (issue 13): attribution tags after a quote's own full stop, partial quotes
in a subject's predicate, 'according to' in its general shapes, general reporting verbs."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor
from monitor.statements.quotes import find_quotes, split_units
from monitor.types import Statement

DAY = date(2019, 3, 8)


def _one(found: list[Statement], needle: str) -> Statement:
    hits = [s for s in found if needle in s.content]
    assert len(hits) == 1, (needle, found)
    return hits[0]


def test_tag_after_question_mark_joins_its_quote(extractor: Extractor) -> None:
    text = ("Jane Doe spoke first. “Can we win Ontario?” John Smith asked. "
            "“We won!” Mary Major said at the rally.")
    units = split_units(text, find_quotes(text))
    assert len(units) == 3  # the two tags are not sentences of their own
    found = extractor.extract(text, DAY)
    assert _one(found, "win Ontario").speaker == "John Smith"
    assert _one(found, "We won").speaker == "Mary Major"


def test_new_sentence_after_a_quote_is_not_a_tag() -> None:
    text = "“We are ready.” He said the talks would start on Monday, and left the room early."
    units = split_units(text, find_quotes(text))
    assert len(units) == 2  # "He said the talks ..." reports something new


def test_partial_quote_in_a_predicate(extractor: Extractor) -> None:
    text = "Jane Doe spoke on Monday. She rails against the “great wall of protectionism” daily."
    s = _one(extractor.extract(text, DAY), "great wall")
    assert s.speaker == "Jane Doe" and s.kind == "mixed" and s.extra.get("via") == "partial-quote"


def test_titles_and_scare_quotes_are_not_partial_quotes(extractor: Extractor) -> None:
    for text in ("Richard Roe ran on the slogan “Experience Counts” in 1960.",
                 "Richard Roe hosts “The Nightly Show” on Fridays.",
                 "Richard Roe denounced the “surge” again."):
        assert [s for s in extractor.extract(text, DAY) if s.extra.get("via")] == [], text


def test_according_to_shapes(extractor: Extractor) -> None:
    cases = {
        "Clinton won the primary in Puerto Rico, according to early returns.":
            ("Clinton won the primary in Puerto Rico", "early returns"),
        "About 82 percent view the plan unfavourably according to the poll.":
            ("About 82 percent view the plan unfavourably", "the poll"),
        "According to law enforcement officials, the account was linked to an email.":
            ("the account was linked to an email", "law enforcement officials"),
        "While most were confidential, according to a State Department official, two were "
        "upgraded to secret.": ("two were upgraded to secret", "a State Department official"),
        "Section 1001 applies “when individuals make false statements,” according to the "
        "outlet.": ("Section 1001 applies", "the outlet"),
    }
    for text, (content, mention) in cases.items():
        s = _one(extractor.extract(text, DAY), content)
        assert s.content.startswith(content) and s.mention == mention, (text, s)
