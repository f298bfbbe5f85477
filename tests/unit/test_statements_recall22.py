"""Statements, round 22 (issue 13, twenty-second session, branch ``recall22``): attributions
PolNeAR counts that the rules missed, found by reading PolNeAR **train** misses (never dev,
never the thirty held-out train documents). Each test of what a rule finds failed before its
rule; the others guard what the rules must leave. The sentences are written for the tests.
The rules run in PolNeAR's unit only (``attributions`` fixture); the product's statements
(``extractor``) are the same as before, which the tests check where a rule could reach them."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.types import Statement
from tests.support.statements import one_with as _one

DAY = date(2026, 12, 1)
HEADLINE = "Talks in Geneva.\n\n"  # a first paragraph alone is a headline


def _said(extractor: Extractor, text: str, needle: str) -> Statement:
    """The one statement of ``text`` (after a headline) whose content holds ``needle``."""
    return _one(list(extractor.extract(HEADLINE + text, DAY)), needle)


# --- a stance its target receives: "won the endorsement of X", "drew criticism from X" -----

@pytest.mark.parametrize(("text", "mention", "content"), [
    ("Last month the mayor won the endorsement of the city's largest union.",
     "the city's largest union", "the mayor"),
    ("The senator, a former prosecutor, received support from most of the party's donors.",
     "most of the party's donors", "The senator, a former prosecutor"),
    ("The proposal has drawn harsh criticism from several European governments.",
     "several European governments", "The proposal"),
    ("The governor also picked up an endorsement from a onetime rival on Friday.",
     "a onetime rival", "The governor"),
])
def test_a_received_stance_has_its_giver_as_source(
        attributions: Extractor, extractor: Extractor, text: str, mention: str,
        content: str) -> None:
    s = _said(attributions, text, content)
    assert s.mention == mention
    assert s.content.startswith(content)
    # the product's statements leave the sentence as it was (no such statement)
    assert not list(extractor.extract(HEADLINE + text, DAY))


def test_a_criticism_received_from_no_one_named(attributions: Extractor) -> None:
    s = _said(attributions, "The minister faced criticism for the delayed budget.",
              "The minister")
    assert s.speaker is None
    assert "for the delayed budget" in s.content  # what the criticism was for


@pytest.mark.parametrize("text", [
    # a share of a poll, no one's stance
    "The mayor currently enjoys 48% support in the capital.",
    # no subject of its own
    "The party is widening its efforts to win the support of younger voters.",
    # "has" as an auxiliary: the subject sought support, no one gave it
    "Both candidates have sought support from the unions.",
    # "has criticism for": the subject criticises
    "The mayor has criticism for the plan.",
])
def test_no_received_stance(attributions: Extractor, text: str) -> None:
    assert not [s for s in attributions.extract(HEADLINE + text, DAY)
                if s.extra.get("via") == "received"]


# --- an impression given: "X looks strong", "X sounded subdued", "X looks like a race" -----

@pytest.mark.parametrize(("text", "content"), [
    ("Against either rival, the governor looks strong.", "the governor strong"),
    ("The mayor sounded subdued in his brief concession speech.", "The mayor subdued"),
    ("The contest increasingly looks like a two-person race.", "The contest a two-person"),
    ("The minister appears weak before the coalition's demands.", "The minister weak"),
])
def test_an_impression_given_with_no_one_named(
        attributions: Extractor, extractor: Extractor, text: str, content: str) -> None:
    s = _said(attributions, text, content.split()[-1])
    assert s.speaker is None
    assert s.content.startswith(content)
    assert not list(extractor.extract(HEADLINE + text, DAY))


@pytest.mark.parametrize("text", [
    "The senator looked toward the future.",  # a look, no impression
    "The mayor looked at the crowd.",
    "The justice sounded off on the candidate.",
    "Her attempt at appearing diplomatic was only a feint.",  # a participle's object
    "The mayor thought he sounded like a loser.",  # another cue's clause
])
def test_no_impression(attributions: Extractor, text: str) -> None:
    assert not [s for s in attributions.extract(HEADLINE + text, DAY)
                if s.extra.get("via") == "seeming"]


# --- a stance's object that opens a list runs to the list's end ----------------------------

@pytest.mark.parametrize(("text", "content"), [
    ("The governor questioned the mayor's tactics, his qualifications, his judgment and his "
     "very decency.",
     "the mayor's tactics, his qualifications, his judgment and his very decency"),
    ("The minister made no mention of God, religion or his faith.",
     "God, religion or his faith"),
])
def test_a_stance_object_runs_through_its_list(
        attributions: Extractor, text: str, content: str) -> None:
    assert _said(attributions, text, content.split(",")[0]).content == content


@pytest.mark.parametrize(("text", "content"), [
    # a participle's clause, no list
    ("The mayor called out the governor, slamming his budget and other plans.",
     "the governor"),
    # a clause of its own after "and"
    ("The group backed the senator, and the flood of money helped him win.", "the senator"),
])
def test_a_stance_object_ends_before_a_clause(
        attributions: Extractor, text: str, content: str) -> None:
    assert any(s.content == content for s in attributions.extract(HEADLINE + text, DAY))


# --- a finding in a relative clause of its poll or record: "a poll that shows C" -----------

@pytest.mark.parametrize(("text", "mention", "content"), [
    ("The mayor leads, according to a new poll that shows more voters trust him than his "
     "rival.",
     "a new poll", "more voters trust him than his rival"),
    ("The minister released her medical records, which showed she was fit for duty.",
     "records", "she was fit for duty"),  # (the noun phrase as the finding rules read it)
])
def test_a_relative_clause_of_a_poll_states_its_finding(
        attributions: Extractor, text: str, mention: str, content: str) -> None:
    s = _said(attributions, text, content)
    assert s.mention == mention
    assert s.content == content


def test_a_relative_clause_of_no_finding_noun_is_no_finding(attributions: Extractor) -> None:
    found = attributions.extract(HEADLINE + "He met the voters that showed up on Monday.", DAY)
    assert not [s for s in found if s.cue == "showed"]


# --- whatever shows a clause with "that" states it: "Cleveland showed that C" ------------

def test_showing_a_clause_with_that_states_it(
        attributions: Extractor, extractor: Extractor) -> None:
    text = "Ohio showed that a late surge can still win a primary."
    s = _said(attributions, text, "a late surge")
    assert s.mention == "Ohio"
    assert s.content == "a late surge can still win a primary"
    assert not list(extractor.extract(HEADLINE + text, DAY))


@pytest.mark.parametrize("text", [
    # a participle: the research shows, not the group that published it
    "The group published research during the convention showing that voters want change.",
    # no "that": an object, no clause
    "The mayor showed the reporters his new office.",
])
def test_showing_without_a_subjects_clause_is_no_statement(
        attributions: Extractor, text: str) -> None:
    assert not [s for s in attributions.extract(HEADLINE + text, DAY)
                if s.cue in {"showed", "showing"} and s.mention in {"The mayor", "convention"}]


# --- "would like"/"'d love": a wish, read as "want" is -----------------------------------

@pytest.mark.parametrize(("text", "mention", "content"), [
    ("All five of the candidates would like to shrink the education department.",
     "All five of the candidates", "to shrink the education department"),
    ("The ministry would really like to see the talks resume before winter.",
     "The ministry", "to see the talks resume before winter"),
    ("The governor would love their support.", "The governor", "their support"),
])
def test_would_like_is_a_wish(attributions: Extractor, extractor: Extractor, text: str,
                              mention: str, content: str) -> None:
    s = _said(attributions, text, content)
    assert s.mention == mention
    assert s.content == content
    assert not list(extractor.extract(HEADLINE + text, DAY))


@pytest.mark.parametrize("text", [
    "Voters like the governor more than the mayor.",  # no modal: a liking, no wish
    "It looks like the talks will resume.",
])
def test_like_without_a_modal_is_no_wish(attributions: Extractor, text: str) -> None:
    assert not [s for s in attributions.extract(HEADLINE + text, DAY) if s.cue == "like"]
