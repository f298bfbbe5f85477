"""Statements, round 20 (issue 13, twenty-first session): attributions PolNeAR counts that the
rules missed, found by reading PolNeAR **train** misses (never dev). Each test of what a rule
finds failed before its rule; the others guard what the rules must leave. The sentences are
written for the tests. The rules run in PolNeAR's unit only (``attributions`` fixture); the
product's statements (``extractor``) are the same as before, which the tests check where a
rule could have reached them."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.types import Statement
from tests.support.statements import one_with as _one
from tests.support.statements import with_content

DAY = date(2026, 12, 1)
HEADLINE = "Talks in Geneva.\n\n"  # a first paragraph alone is a headline


def _said(extractor: Extractor, text: str, needle: str) -> Statement:
    """The one statement of ``text`` (after a headline) whose content holds ``needle``."""
    return _one(list(extractor.extract(HEADLINE + text, DAY)), needle)


# --- a description opening the clause speaks through a participle or a joined verb --------

@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The Pentagon's recent top adviser on the military campaign went further, arguing the "
     "plan could make the war longer.",
     "The Pentagon's recent top adviser",
     "the plan could make the war longer"),
    ("A number of the families have filed a lawsuit against the ministry, alleging that its "
     "officers ignored the warnings.",
     "A number of the families",
     "its officers ignored the warnings"),
    ("Europe's mainstream political leaders were quick to offer condolences on Monday and "
     "affirmed their support for Kyiv.",
     "Europe's mainstream political leaders",
     "their support for Kyiv"),
])
def test_a_description_opening_the_clause_speaks(
        attributions: Extractor, extractor: Extractor, text: str, speaker: str,
        content: str) -> None:
    s = _said(attributions, text, content)
    assert s.mention == speaker
    # the product's statements leave the sentence as it was (no such statement)
    assert not with_content(list(extractor.extract(HEADLINE + text, DAY)), content)


@pytest.mark.parametrize(("text", "content"), [
    # a clause, not a speaker, opens the sentence
    ("The fracas erupted just two months ago, vowing to make Moscow pay for the damage.",
     "to make Moscow pay"),
    # a thing, not a speaker
    ("The overall sense of a lull has real downsides, suggesting higher enthusiasm on the "
     "other side.",
     "higher enthusiasm"),
    # a time opens the sentence
    ("Hours later, the talks broke up, leaving the delegations without a date.",
     "the delegations"),
])
def test_no_speaker_is_made_of_a_clause_or_a_thing(
        attributions: Extractor, text: str, content: str) -> None:
    assert not with_content(list(attributions.extract(HEADLINE + text, DAY)), content)


# --- "C, say X": the plural present inverts as "says" does ---------------------------------

def test_say_after_a_comma_inverts(attributions: Extractor, extractor: Extractor) -> None:
    text = "A ceasefire is not close, say some Ukrainian officials."
    s = _said(attributions, text, "A ceasefire is not close")
    assert s.mention == "some Ukrainian officials"
    assert s.cue == "say"
    # the product reads it too since round 30, when the tag ends the sentence
    product = with_content(list(extractor.extract(HEADLINE + text, DAY)), "ceasefire")
    assert [p.speaker for p in product] == ["some Ukrainian officials"]


def test_say_as_an_example_marker_is_no_tag(attributions: Extractor) -> None:
    found = list(attributions.extract(
        HEADLINE + "A deal is harder than, say, a truce on grain exports.", DAY))
    assert not [s for s in found if s.cue == "say"]


# --- "are more likely to say C": the group said it -----------------------------------------

@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Ukrainians are slightly more likely to say that the talks will bring peace.",
     "Ukrainians", "the talks will bring peace"),
    ("Republican voters were less likely to say Witkoff had a plan for Gaza.",
     "Republican voters", "Witkoff had a plan for Gaza"),
])
def test_likely_to_say(attributions: Extractor, text: str, speaker: str,
                       content: str) -> None:
    assert _said(attributions, text, content).mention == speaker


def test_likely_to_without_say_is_no_statement(attributions: Extractor) -> None:
    assert not list(attributions.extract(HEADLINE + "The talks are likely to continue.", DAY))
