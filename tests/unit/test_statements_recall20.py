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


# --- idioms of a stance taken -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Mr. Sanders took issue with recent criticism of his plan.",
     "recent criticism of his plan", "Sanders"),
    ("Clinton came out against the Cadillac tax in September.", "the Cadillac tax", "Clinton"),
    ("The White House took credit for achieving its goal.", "achieving its goal",
     "White House"),
    ("Some Democrats would take issue with the suggestion that the divide is narrow.",
     "the suggestion that the divide is narrow", "Democrats"),
    ("The governor doubled down on his comments about the judge.",
     "his comments about the judge", "governor"),
    ("Mr. Hale shrugged off the mayor's criticism.", "the mayor's criticism", "Hale"),
    ("Ms. Ortiz walked back her remarks.", "her remarks", "Ortiz"),
    ("Senator Reid vouched for the nominee and his record.", "the nominee and his record",
     "Reid"),
    ("Mr. Cole touched on the idea of a female running mate.",
     "the idea of a female running mate", "Cole"),
    ("The state party lined up behind Clinton.", "Clinton", "party"),
    ("Mr. Ryan laid out his plan for fighting the Islamic State.",
     "his plan for fighting the Islamic State", "Ryan"),
    ("Mr. Weingarten took aim at a provision that cuts the minimum wage.",
     "a provision that cuts the minimum wage", "Weingarten"),
    ("Mr. Cruz called out his rival for alienating Hispanics.",
     "his rival for alienating Hispanics", "Cruz"),
])
def test_an_idiom_of_a_stance_is_a_cue(
    attributions: Extractor, text: str, content: str, speaker: str
) -> None:
    found = _said(attributions, text, content)
    assert found.content == content
    assert speaker in (found.speaker or "")


def test_a_stance_idiom_is_no_statement_of_the_product(extractor: Extractor) -> None:
    assert list(extractor.extract("Clinton came out against the Cadillac tax.", DAY)) == []


@pytest.mark.parametrize("text", [
    "The senator singled out coal country for government assistance.",
    "He played down the idea in recent weeks.",
    "The governor counted on women to help propel her toward the nomination.",
])
def test_idioms_left_out_are_no_cue(attributions: Extractor, text: str) -> None:
    assert list(attributions.extract(text, DAY)) == []


# --- "went on to" before a cue verb -----------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "cue"), [
    ("He went on to endorse Ayotte, calling her a rising star.", "Ayotte",
     "went on to endorse"),
    ("Trump went on to criticize the convention for its failure to mention crime.",
     "the convention for its failure to mention crime", "went on to criticize"),
    ("Groberg then went on to explain what he likes about Clinton.",
     "what he likes about Clinton", "went on to explain"),
    ("She went on to call for a new inquiry.", "a new inquiry", "went on to call for"),
])
def test_went_on_to_and_a_cue_verb_is_one_cue(
    attributions: Extractor, text: str, content: str, cue: str
) -> None:
    found = _said(attributions, text, content)
    assert found.content == content
    assert found.cue == cue


@pytest.mark.parametrize("text", [
    "He went on to win the Senate seat in 2012.",  # no cue verb after "to"
    "She went on to become the party's nominee.",
])
def test_went_on_to_without_a_cue_verb_is_no_cue(attributions: Extractor, text: str) -> None:
    assert list(attributions.extract(text, DAY)) == []


def test_went_on_to_say_is_the_lexicons_in_both_units(
    extractor: Extractor, attributions: Extractor
) -> None:
    text = "He went on to say the deal was dead."
    for unit in (extractor, attributions):
        found = _said(unit, text, "the deal")
        assert (found.cue, found.content) == ("went on to say", "the deal was dead")


# --- an order or a push given -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("A federal judge ordered the department to release the emails.",
     "the department to release the emails", "judge"),
    ("The governor ordered a review of the program.", "a review of the program", "governor"),
    ("Ms. Palin encouraged her to take the slot.", "her to take the slot", "Palin"),
])
def test_an_order_or_a_push_is_a_stance(
    attributions: Extractor, text: str, content: str, speaker: str
) -> None:
    found = _said(attributions, text, content)
    assert found.content == content
    assert speaker in (found.speaker or "")


@pytest.mark.parametrize("text", [
    "The mayor orders lunch for the staff every Friday.",  # "orders": left out
    "The results were encouraging for the campaign.",
])
def test_other_forms_of_order_and_encourage_are_no_cue(
    attributions: Extractor, text: str
) -> None:
    assert list(attributions.extract(text, DAY)) == []


def test_an_order_is_no_statement_of_the_product(extractor: Extractor) -> None:
    assert list(extractor.extract("The governor ordered a review of the program.", DAY)) == []


# --- an aside between dashes inside the content -------------------------------------------------

@pytest.mark.parametrize(("text", "content"), [
    ("Mr. Hale believes an unborn baby – up until its birth – has no constitutional rights.",
     "an unborn baby – up until its birth – has no constitutional rights"),
    ("She called for all candidates to lay out specifics — including the cost — of their "
     "plans, something she has asked of her rival.",
     "all candidates to lay out specifics — including the cost — of their plans"),
    ("He wants to play nice — or at least his version of nice — with his colleagues.",
     "to play nice — or at least his version of nice — with his colleagues"),
])
def test_an_aside_between_dashes_stays_in_the_content(
    attributions: Extractor, text: str, content: str
) -> None:
    assert _said(attributions, text, content.split()[1]).content == content


@pytest.mark.parametrize(("text", "content"), [
    # after the closing dash another clause starts
    ("Mr. Hale feels he has nothing to apologize for — his outreach will go only so far — but "
     "his team sees a benefit.", "he has nothing to apologize for"),
    ("They said nearly four in 10 — 38 percent — who said they could change their mind.",
     "nearly four in 10"),
])
def test_an_aside_before_another_clause_is_left_out(
    attributions: Extractor, text: str, content: str
) -> None:
    assert _said(attributions, text, content.split()[0]).content == content


# --- a passive declaration of no one named ------------------------------------------------------

def test_declared_the_winner_is_a_held_passive(attributions: Extractor) -> None:
    found = _said(attributions, "Mr. Sanders was declared the winner in Rhode Island.",
                  "the winner")
    assert found.cue == "was declared"
    assert "Sanders" in found.content


def test_declared_the_winner_is_no_statement_of_the_product(extractor: Extractor) -> None:
    assert list(extractor.extract("Mr. Sanders was declared the winner in Rhode Island.",
                                  DAY)) == []


def test_a_question_opened_by_whom(attributions: Extractor) -> None:
    found = _said(attributions, "When asked whom she supported, Ms. Sherry smiled.", "whom")
    assert found.content == "whom she supported"
