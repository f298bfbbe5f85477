"""Statements, round 16 (issue 13, seventeenth session): attributions PolNeAR counts that the
rules missed, found by reading PolNeAR **train** misses (never dev). Each test failed before
its rule; the sentences are written for the tests in the style of the misses they come from.
Most of these attributions are stances or beliefs: they are kept in PolNeAR's unit
(``attributions`` fixture) and left out of the product's statements (``extractor``)."""

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


# --- a belief verb with a clause and no "that" -------------------------------------------------

@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Democrats hope they will be able to reclaim control of the chamber.",
     "Democrats", "they will be able to reclaim control of the chamber"),
    ("Clinton knows Sanders will run to the end of the primaries.",
     "Clinton", "Sanders will run to the end of the primaries"),
    ("Foreign observers worry it will set an example for politics in their own countries.",
     "Foreign observers", "it will set an example for politics in their own countries"),
    ("Many of her aides feel they have enough on their plates already.",
     "Many of her aides", "they have enough on their plates already"),
])
def test_a_belief_verb_takes_a_bare_clause_in_polnears_unit(
        attributions: Extractor, text: str, speaker: str, content: str) -> None:
    s = _said(attributions, text, content)
    assert s.speaker == speaker
    assert s.content == content


def test_a_belief_is_no_statement_of_words_said(extractor: Extractor) -> None:
    assert extractor.extract("Democrats hope they will be able to reclaim control of the "
                             "chamber.", DAY) == []


@pytest.mark.parametrize("text", [
    "She hopes to win the nomination.",  # an intention: the chain rule's, not a clause
    "They know the area well.",  # an object, no clause
    "You know, the race is not over.",  # a filler set off by a comma
])
def test_a_belief_verb_without_a_clause_reports_no_clause(
        attributions: Extractor, text: str) -> None:
    assert not any(s.extra.get("via") == "belief" for s in attributions.extract(text, DAY))


def test_a_beliefs_clause_holds_no_one_elses_statement(attributions: Extractor) -> None:
    # the belief's clause runs to the comma; the quote after is the historian's
    found = attributions.extract("Historians recognize this calamity was a genocide, and "
                                 "Raphael Lemkin, who coined the word, once said, “It happened "
                                 "so many times.”", DAY)
    assert _one(found, "It happened so many times").speaker == "Raphael Lemkin"


# --- a view stated with "as": "sees X as Y", "portrayed X as Y" -------------------------------

@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Team Trump sees the Republican National Convention as a second chance.",
     "Team Trump", "the Republican National Convention as a second chance"),
    ("Millennials see police violence against African Americans as a problem.",
     "Millennials", "police violence against African Americans as a problem"),
    ("He views Mr. Trump as a poisonous candidate.", "He", "Mr. Trump as a poisonous candidate"),
    ("The president portrayed Mr. Trump as a nasty and divisive candidate.",
     "The president", "Mr. Trump as a nasty and divisive candidate"),
    ("Cruz cast the nomination battle as a two-man race.",
     "Cruz", "the nomination battle as a two-man race"),
])
def test_a_view_with_as_is_a_stance_in_polnears_unit(
        attributions: Extractor, text: str, speaker: str, content: str) -> None:
    s = _said(attributions, text, content)
    assert s.mention == speaker
    assert s.content == content


@pytest.mark.parametrize("text", [
    "She saw the film twice last year.",  # no "as": a verb of seeing
    "Trump is seen as a threat by many Republicans.",  # a passive: no one's view
    "Voters saw rallies such as the one in Tulsa.",  # "such as" gives examples
    "Hundreds cast their votes for other candidates as questions nagged the campaign.",
    "He built a brand around his image as a hard-driving entrepreneur.",  # a noun
])
def test_no_view_without_an_object_and_as(attributions: Extractor, text: str) -> None:
    assert not any(s.cue in {"saw", "seen", "cast", "brand"}
                   for s in attributions.extract(text, DAY))


def test_a_view_with_as_is_no_statement_even_with_a_quoted_word(extractor: Extractor) -> None:
    assert extractor.extract("The prime minister cast the candidate as “divisive, stupid and "
                             "wrong” for proposing the ban.", DAY) == []


# --- the question put to someone: "Asked whether C, X said" ------------------------------------

@pytest.mark.parametrize(("text", "asker", "content"), [
    ("Asked if he was ever bullied, the Republican candidate said no.",
     None, "if he was ever bullied"),
    ("When asked whether she wanted Cruz to campaign for her, Ayotte said she was focused on "
     "her own race.", None, "whether she wanted Cruz to campaign for her"),
    ("Sanders was asked by host John Dickerson whether his aim was similar to Kennedy's.",
     "John Dickerson", "whether his aim was similar to Kennedy's"),
    ("At a town hall earlier this month, Clinton was asked about securing the border.",
     None, "securing the border"),
    ("In an interview, Trump was asked, “What is the most dangerous place you have been to?”",
     None, "What is the most dangerous place you have been to?"),
])
def test_a_question_put_is_an_attribution_in_polnears_unit(
        attributions: Extractor, text: str, asker: str | None, content: str) -> None:
    s = _said(attributions, text, content)
    assert s.extra.get("via") == "question"
    assert s.speaker == asker
    assert s.content == content


def test_the_answer_to_a_question_keeps_its_speaker(attributions: Extractor) -> None:
    found = attributions.extract("When asked whether she wanted Cruz to campaign for her, Ayotte "
                                 "said she was focused on her own race.", DAY)
    assert _one(found, "focused on her own race").speaker == "Ayotte"


def test_a_question_is_no_statement(extractor: Extractor) -> None:
    found = extractor.extract("Asked if he was ever bullied, the Republican candidate said he "
                              "was not.", DAY)
    assert [s.content for s in found] == ["he was not"]


@pytest.mark.parametrize("text", [
    "The pilot asked for volunteers to move to the back.",  # a request, the asker speaks
    "He asked about it.",  # too short to say what was asked
    "Reporters asked Trump about the wall on Monday.",  # active: the asker's own cue
])
def test_no_question_without_its_shape(attributions: Extractor, text: str) -> None:
    assert not any(s.extra.get("via") == "question" for s in attributions.extract(text, DAY))


# --- a noun that carries an attribution after a possessive: "Trump's attacks on Clinton" -----

@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Trump’s attacks on Judge Curiel drew criticism from Republicans.",
     "Trump", "Judge Curiel"),
    ("Sanders’s claim that he still has a way to the nomination would depend on superdelegates.",
     "Sanders", "that he still has a way to the nomination"),
    ("Voters remember his promise to build a wall along the border.",
     "his", "build a wall along the border"),
    ("Clinton has tried to explain her support for the deal by emphasizing enforcement.",
     "her", "the deal"),
    ("Despite Mr. Ryan’s denunciation of the comments, the party stood by its nominee.",
     "Mr. Ryan", "the comments"),
])
def test_a_possessors_noun_carries_an_attribution_in_polnears_unit(
        attributions: Extractor, text: str, speaker: str, content: str) -> None:
    # (the nominal's; "drew criticism from Republicans" is a received stance of its own,
    # round 22, whose content is the subject that holds the nominal's)
    s = _one([f for f in attributions.extract(text, DAY) if f.extra.get("via") == "nominal"],
             content)
    assert s.mention == speaker
    assert s.content == content


def test_a_nouns_attribution_keeps_the_statement_it_holds(attributions: Extractor) -> None:
    found = attributions.extract("Clinton has tried to explain her support for the deal by "
                                 "emphasizing her commitment to enforcement.", DAY)
    assert any(s.cue == "emphasizing" for s in found)


@pytest.mark.parametrize("text", [
    "His plans to expand the factory were approved.",  # an intention, not a stance held
    "Trump’s Attacks On Clinton",  # a headline's capitalised noun
    "Her support for it was clear.",  # one word: says nothing
])
def test_no_nouns_attribution_outside_its_shape(attributions: Extractor, text: str) -> None:
    assert not any(s.extra.get("via") == "nominal" for s in attributions.extract(text, DAY))


def test_a_nouns_attribution_is_no_statement(extractor: Extractor) -> None:
    assert extractor.extract("Trump’s attacks on Judge Curiel drew criticism.", DAY) == []


# --- a stance participle after a preposition: "won races by denouncing the New Deal" ----------

def test_a_stance_after_by_is_the_subjects_in_polnears_unit(attributions: Extractor) -> None:
    s = _said(attributions, "Gary Hart started winning Senate campaigns by denouncing the New "
                            "Deal.", "the New Deal")
    assert s.speaker == "Gary Hart"
    assert s.cue == "denouncing"


def test_a_stance_after_by_is_no_statement(extractor: Extractor) -> None:
    assert extractor.extract("Gary Hart started winning Senate campaigns by denouncing the New "
                             "Deal.", DAY) == []


# --- a stance whose object is one name: "About 6 in 10 white men supported Sanders" -----------

def test_a_stance_on_one_name_is_an_attribution_in_polnears_unit(
        attributions: Extractor) -> None:
    s = _said(attributions, "Sessions endorsed Trump.", "Trump")
    assert s.cue == "endorsed"
    assert s.content == "Trump"


@pytest.mark.parametrize("text", [
    "Senator Jeff Sessions, who endorsed Trump, spoke first.",  # a relative clause: who he is
    "Trump called Clinton on Sunday.",  # "call" takes its stance after the object
])
def test_no_one_name_stance_outside_its_shape(attributions: Extractor, text: str) -> None:
    assert not any(s.content in {"Trump", "Clinton"} for s in attributions.extract(text, DAY))


def test_a_stance_on_one_name_is_no_statement(extractor: Extractor) -> None:
    assert extractor.extract("Sessions endorsed Trump.", DAY) == []


# --- a poll's finding framed by "in": "In the new Post-ABC poll, C" ----------------------------

@pytest.mark.parametrize(("text", "source", "content"), [
    ("In the new Post-ABC poll, the real estate mogul wins about 1 in 3 GOP primary voters.",
     "the new Post-ABC poll", "the real estate mogul wins about 1 in 3 GOP primary voters"),
    ("Kasich was at 25 percent support in the most recent Fox poll.",
     "the most recent Fox poll", "Kasich was at 25 percent support"),
])
def test_a_polls_frame_is_a_finding_in_polnears_unit(
        attributions: Extractor, text: str, source: str, content: str) -> None:
    s = _said(attributions, text, content)
    assert s.extra.get("via") == "poll"
    assert s.mention == source
    assert s.content == content


@pytest.mark.parametrize("text", [
    "Mr. Bush has struggled to gain traction and sits at single digits in the polls.",
    "In the hours before the first Super Tuesday polls, Trump kept up his attacks.",
])
def test_no_finding_in_a_races_polls(attributions: Extractor, text: str) -> None:
    assert not any(s.extra.get("via") == "poll" for s in attributions.extract(text, DAY))


# --- a stance's object ends before a time or a second verb (PolNeAR's span) -------------------

@pytest.mark.parametrize(("text", "content"), [
    ("Portman endorsed gay marriage after his son came out two years ago.", "gay marriage"),
    ("The group is backing Clinton and working with Sanders on a new project.", "Clinton"),
])
def test_a_stances_object_ends_before_a_time_or_a_second_verb(
        attributions: Extractor, text: str, content: str) -> None:
    assert any(s.content == content for s in attributions.extract(text, DAY))


def test_the_products_stance_keeps_its_longer_object(extractor: Extractor) -> None:
    s = _said(extractor, "Portman endorsed “gay marriage” after his son came out.", "gay marriage")
    assert "after his son came out" in s.content


# --- two reports joined by ", and": "X said C1, and Y said C2" --------------------------------

def test_two_joined_reports_are_two_attributions_in_polnears_unit(
        attributions: Extractor) -> None:
    found = attributions.extract("The group said it polled the race in February and again "
                                 "two weeks ago, and both surveys showed Shuster above 50 "
                                 "percent.", DAY)
    assert any(s.cue == "said" and s.content.endswith("two weeks ago") for s in found)
    assert any(s.cue == "showed" for s in found)


# --- stances only PolNeAR's unit reads: "offered", "discussed" --------------------------------

@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Huckabee offered a similar explanation for the delay.", "offered",
     "a similar explanation for the delay"),
    ("Manafort discussed the project with Ukrainian officials.", "discussed",
     "the project with Ukrainian officials"),
])
def test_an_attribution_only_stance(attributions: Extractor, text: str, cue: str,
                                    content: str) -> None:
    s = _said(attributions, text, content)
    assert s.cue == cue


def test_an_attribution_only_stance_ends_no_ones_content(attributions: Extractor) -> None:
    s = _said(attributions, "Leenders said he offered the union a new contract last year.",
              "new contract")
    assert s.cue == "said"
    assert s.content == "he offered the union a new contract last year"


def test_attribution_only_stances_are_no_cues_of_the_product(extractor: Extractor) -> None:
    assert extractor.extract("Huckabee offered a similar explanation for the delay.", DAY) == []


def test_a_headlines_stance_is_an_attribution_in_polnears_unit(
        attributions: Extractor, extractor: Extractor) -> None:
    text = ("Rep. Gwen Graham slams Trump over veterans remarks\n\nThe congresswoman spoke "
            "on Monday.")
    assert any(s.cue == "slams" for s in attributions.extract(text, DAY))
    assert not any(s.cue == "slams" for s in extractor.extract(text, DAY))


# --- a finding's object: "Public records show little evidence that ..." ------------------------

@pytest.mark.parametrize(("text", "content"), [
    ("Public records show little evidence that Trump made good on those promises.",
     "little evidence that Trump made good on those promises"),
    ("Early polls show voters in the area resoundingly rejecting Mr. Trump.",
     "voters in the area resoundingly rejecting Mr. Trump"),
])
def test_a_findings_object_is_an_attribution_in_polnears_unit(
        attributions: Extractor, text: str, content: str) -> None:
    assert _said(attributions, text, content).cue == "show"


def test_a_findings_object_is_no_statement(extractor: Extractor) -> None:
    assert extractor.extract("Public records show little evidence that Trump made good on "
                             "those promises.", DAY) == []


# --- an expectation with no one named: "The White House is expected to sign the measure" ------

def test_an_expectation_is_an_attribution_in_polnears_unit(attributions: Extractor) -> None:
    s = _said(attributions, "The White House is expected to sign the measure next week.",
              "to sign the measure")
    assert s.extra.get("via") == "expected"
    assert s.speaker is None
    assert s.content == "The White House to sign the measure next week"


@pytest.mark.parametrize("text", [
    "Turnout was higher than expected to be fair.",  # no "be" right before "expected"
    "Officials expected to finish the count by Friday.",  # active: the chain rule's
])
def test_no_expectation_outside_its_shape(attributions: Extractor, text: str) -> None:
    assert not any(s.extra.get("via") == "expected" for s in attributions.extract(text, DAY))


def test_an_expectation_is_no_statement(extractor: Extractor) -> None:
    assert extractor.extract("The White House is expected to sign the measure.", DAY) == []


# --- an impression with no one named: "Ben Carson appears to be slipping" ---------------------

@pytest.mark.parametrize(("text", "content"), [
    ("Ben Carson appears to be slipping.", "Ben Carson to be slipping"),
    ("At an event last week, his voice seemed weaker than in past campaigns.",
     "his voice weaker than in past campaigns"),
])
def test_an_impression_is_an_attribution_in_polnears_unit(
        attributions: Extractor, text: str, content: str) -> None:
    s = _said(attributions, text, content)
    assert s.extra.get("via") == "seeming"
    assert s.speaker is None


@pytest.mark.parametrize("text", [
    "Schilling appeared on a show on WEEI radio in Boston.",  # appearing, not seeming
    # ("It seems likely they will try again." was here: round 17 reads "it seems C" as an
    # impression of no one's, its content the clause; test_statements_recall18.py)
    "Trump seemed to suggest that the election was rigged.",  # the chain rule's, his
])
def test_no_impression_outside_its_shape(attributions: Extractor, text: str) -> None:
    assert not any(s.extra.get("via") == "seeming" for s in attributions.extract(text, DAY))


def test_an_impression_is_no_statement(extractor: Extractor) -> None:
    assert extractor.extract("Ben Carson appears to be slipping.", DAY) == []


@pytest.mark.parametrize(("text", "content"), [
    ("Rubio is seen as the candidate with the best chance.",
     "Rubio as the candidate with the best chance"),
    ("The walk-off is considered one of the largest in company history.",
     "The walk-off one of the largest in company history"),
])
def test_a_view_with_no_one_named_is_an_attribution_in_polnears_unit(
        attributions: Extractor, text: str, content: str) -> None:
    s = _said(attributions, text, content)
    assert s.extra.get("via") == "expected"
    assert s.speaker is None


def test_a_view_after_a_modal_is_left_out(attributions: Extractor) -> None:
    found = attributions.extract("The travails of his campaign can be seen as the last gasp "
                                 "of a dynasty.", DAY)
    assert not any(s.extra.get("via") == "expected" for s in found)


# --- a clause reported by no one named: "X is reportedly spending $1.5 million" ---------------

@pytest.mark.parametrize(("text", "content"), [
    ("The Club for Growth is reportedly spending $1.5 million on advertisements.",
     "The Club for Growth is spending $1.5 million on advertisements"),
    ("Reportedly, he made comments to co-workers about the attack.",
     "he made comments to co-workers about the attack"),
])
def test_a_reported_clause_is_an_attribution_in_polnears_unit(
        attributions: Extractor, text: str, content: str) -> None:
    s = _said(attributions, text, "comments to co-workers" if "co-workers" in text
              else "spending $1.5 million")
    assert s.extra.get("via") == "reportedly"
    assert s.speaker is None
    assert s.content == content


def test_seemingly_marks_no_report(attributions: Extractor) -> None:
    found = attributions.extract("It was a seemingly innocuous question at the end.", DAY)
    assert not any(s.extra.get("via") == "reportedly" for s in found)
