"""Statements, round 19 (issue 13, twentieth session): attributions PolNeAR counts that the
rules missed or cut short, found by reading PolNeAR **train** misses (never dev). Each test
of what a rule finds failed before its rule (checked against main at 4692593); the others
guard what the rules must leave. The sentences are written for the tests. The rules run in
PolNeAR's unit only (``attributions`` fixture); the product's statements (``extractor``) are
the same as before, which the tests check where a rule could have reached them."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.types import Statement
from tests.support.statements import one_with as _one

DAY = date(2016, 3, 1)


def _said(extractor: Extractor, text: str, needle: str) -> Statement:
    """The one statement of ``text`` whose content holds ``needle``."""
    return _one(list(extractor.extract(text, DAY)), needle)


# --- examples after a comma stay in the content ---------------------------------------------

@pytest.mark.parametrize(("text", "content"), [
    ("The governor blamed several factors, including budget cuts that eliminated $18 million "
     "in grants.",
     "several factors, including budget cuts that eliminated $18 million in grants"),
    ("Ms. Lane congratulated her rivals, especially Tom Briggs and Ann Cole.",
     "her rivals, especially Tom Briggs and Ann Cole"),
    ("The senator touted his victories in several states, particularly in Ohio, which he "
     "calls home.",
     "his victories in several states, particularly in Ohio"),
    ("The mayor cited his own record, such as his work on the new bridge.",
     "his own record, such as his work on the new bridge"),
])
def test_examples_after_a_comma_stay_in_the_content(
    attributions: Extractor, text: str, content: str
) -> None:
    assert _said(attributions, text, content.split(",")[0]).content == content


def test_examples_that_run_on_are_left_out(attributions: Extractor) -> None:
    text = ("The governor blamed several factors, including budget cuts that eliminated grants "
            "to every county and city and school district and library and park and hospital in "
            "the state in every year since the crisis began")
    assert _said(attributions, text, "several factors").content == "several factors"


def test_the_product_is_not_reached_by_examples(extractor: Extractor) -> None:
    # a stance is no statement of the product's, with or without its examples
    text = "The governor blamed several factors, including budget cuts."
    assert list(extractor.extract(text, DAY)) == []


# --- a speech cue's noun-phrase object ends before its setting -------------------------------

@pytest.mark.parametrize(("text", "content"), [
    ("The designer announced the partnership with a new label after cutting ties with her "
     "old one.", "the partnership with a new label"),
    ("The minister stressed those worries on Sunday at a university forum in Beijing.",
     "those worries"),
    ("The senator claimed victory in a tweet.", "victory"),
    ("The union declared its allegiance after arriving at the event.", "its allegiance"),
])
def test_a_speech_objects_setting_is_left_out(
    attributions: Extractor, text: str, content: str
) -> None:
    assert _said(attributions, text, content).content == content


@pytest.mark.parametrize(("text", "content"), [
    # a clause keeps its setting
    ("The mayor announced they were separated after a long dispute.",
     "they were separated after a long dispute"),
    ("The campaign said the average donation during the quarter was $27.",
     "the average donation during the quarter was $27"),
    # the object's own relative clause or topic follows the setting
    ("The mayor posted a comment on Twitter in August that compared the council to a circus.",
     "a comment on Twitter in August that compared the council to a circus"),
    ("He complained soon after that the lines were too long.",
     "soon after that the lines were too long"),
])
def test_a_speech_clause_keeps_its_setting(
    attributions: Extractor, text: str, content: str
) -> None:
    assert _said(attributions, text, content.split()[0]).content == content


def test_the_product_keeps_a_speech_objects_setting(extractor: Extractor) -> None:
    text = "The minister stressed those worries on Sunday at a university forum in Beijing."
    found = [s.content for s in extractor.extract(text, DAY)]
    assert all(c != "those worries" for c in found)
