"""Speakers, pron24 (issue 13): pronouns on text the rules were not tuned on. An unnamed
speaker is read by the head of its noun phrase before any post-modifier ("A woman in a nearby
hair salon said ... she said" is that woman). The texts are written for the tests in wire
style; the people and organisations in them are invented, so that the rules and not the
registry find them."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.types import Statement
from tests.support.statements import one_with as _one

DAY = date(2026, 12, 1)


def _said(extractor: Extractor, text: str, needle: str) -> Statement:
    """The one statement of ``text`` (on :data:`DAY`) whose content holds ``needle``."""
    return _one(list(extractor.extract(text, DAY)), needle)


@pytest.mark.parametrize(("described", "pronoun", "expected"), [
    ("A woman in a nearby hair salon said she heard ten shots.", "she",
     "A woman in a nearby hair salon"),
    ("“It was like a drum,” said a man who heard the shooting.", "he",
     "a man who heard"),
    ("A nurse inside the clinic told reporters the generator had failed.", "she",
     "A nurse inside the clinic"),
])
def test_an_unnamed_speaker_is_read_by_the_head_before_its_modifier(
        extractor: Extractor, described: str, pronoun: str, expected: str) -> None:
    text = ("Police have not identified the gunman, District Attorney Tomas Ekvall said. "
            f"{described} “We cannot stop shaking,” {pronoun} said.")
    assert _said(extractor, text, "stop shaking").speaker == expected


@pytest.mark.parametrize("introduced", [
    "His grandmother Ebony Pugh was at home when the officers came.",
    "School spokeswoman Ebony Pugh confirmed the boy attended classes there.",
    "His aunt, Ebony Pugh, was at home when the officers came.",
])
def test_a_gendered_noun_gives_an_unknown_given_name_its_gender(
        extractor: Extractor, introduced: str) -> None:
    # the lexicon knows no "Ebony": the noun she is introduced by says she is a woman, and
    # "she said" is her, the subject of the sentence before, not the woman who spoke before
    text = (f"“We saw the car,” said Kelly Marsh. {introduced} “They met as students at Penn "
            "Hills High School,” she said.")
    assert _said(extractor, text, "They met as students").speaker == "Ebony Pugh"


def test_a_woman_of_a_place_is_no_organisation(extractor: Extractor) -> None:
    text = ("Kelly Marsh said she had seen the car. His ex-girlfriend, Debra-Lyn Unthank of "
            "Penn Hills, said she had not spoken to him in a year. They met as students at "
            "Penn Hills High School, she said.")
    assert _said(extractor, text, "not spoken").speaker == "Debra-Lyn Unthank"
    assert _said(extractor, text, "They met as students").speaker == "Debra-Lyn Unthank"


@pytest.mark.parametrize(("described", "gender", "expected"), [
    ("A young man who asked not to be identified said he threw the party.", "He",
     "A young man"),
    ("A woman who lives across the street, who asked not to be named, described the family "
     "as caring.", "She", "A woman who lives across the street"),
])
def test_an_indefinite_person_goes_on_as_he_or_she(extractor: Extractor, described: str,
                                                    gender: str, expected: str) -> None:
    # an unnamed figure brought in by an indefinite description is the next "he"/"she",
    # not the person of that gender named paragraphs before, nor a photographer's credit
    text = ("Photo: Kelly Marsh and Tomas Vidal. Kelly Marsh said the party began at ten. "
            "Tomas Vidal said it was loud. The shooting happened about 1 a.m., police said. "
            f"{described} {gender} said about 50 people were at the party.")
    assert _said(extractor, text, "about 50 people").speaker == expected


def test_a_possessor_of_ones_own_announcement_is_the_he_of_its_clause(
        extractor: Extractor) -> None:
    # "Haller's announcement that he was ordering ...": he is Haller, and so is the "he" of
    # the relative clause after it and the "He said" of the next sentence, not the foreign
    # minister who spoke two sentences up
    text = ("Foreign Minister Karl Brandt said he was allowing embassy staff to work with local "
            "officials. “We want to help that government succeed,” Brandt said. A meeting took "
            "place in Berlin on Tuesday, according to the economy ministry. The government had "
            "sought a gradual approach until Chancellor Tomas Haller's announcement that he was "
            "ordering the end of sanctions, which he said aimed to give the country a chance to "
            "recover. He said he made the decision after discussions with the crown prince.")
    assert _said(extractor, text, "aimed to give").speaker == "Tomas Haller"
    assert _said(extractor, text, "made the decision").speaker == "Tomas Haller"


def test_a_possessor_of_an_accusation_is_not_its_he(extractor: Extractor) -> None:
    # an accusation is aimed at someone else: "Brat's accusations that he was too willing"
    # leaves the "he" to the sentence's subject, Cantor
    text = ("Tomas Cantor had sought to counter Mr. Brat's accusations that he was too "
            "willing to compromise. “I never wavered,” he said.")
    assert _said(extractor, text, "never wavered").speaker == "Tomas Cantor"


def test_a_description_in_apposition_to_a_name_is_that_name(extractor: Extractor) -> None:
    text = ("Earlier one witness who had agreed to take part, Joshua Forshaw, said he had got "
            "chatting to the group. He told the court the last time he saw them was at the "
            "nightclub.")
    assert _said(extractor, text, "the last time").speaker == "Joshua Forshaw"


@pytest.mark.parametrize("says_it", ["said it believed", "said that it did not believe"])
def test_a_name_the_text_calls_it_is_no_he(extractor: Extractor, says_it: str) -> None:
    # the forum says "it" of itself: the "he" after it is no one the text names, and a
    # later "it said" is the forum, not the man who spoke before
    text = ("“We are determined to end the war,” Sheikh Tamim Hadad said. Before the release, "
            f"the Hostages and Missing Families Forum {says_it} there were 24 living hostages. "
            "“If there is an opportunity for a ceasefire, we are prepared for it,” he said. In "
            "a statement, the Hostages and Missing Families Forum said it believed the "
            "government had no plan. “No spin will hide the truth,” it said.")
    forum = "Hostages and Missing Families Forum"  # (its whole name since round 36)
    assert _said(extractor, text, "we are prepared").speaker != forum
    assert _said(extractor, text, "No spin").speaker == forum


def test_someones_unnamed_kin_speak_on(extractor: Extractor) -> None:
    text = ("Lily McGee was struck on Monday. “Her spirit will live on,” said Ann Corrigan. "
            "Lily’s aunt tells KSNT News all of Lily’s organs will be donated. For the time "
            "being the family is just waiting. She says it’s been horribly hard on the family.")
    assert _said(extractor, text, "horribly hard").speaker == "Lily’s aunt"


def test_a_definite_lay_speaker_no_title_stands_for_speaks_on(extractor: Extractor) -> None:
    text = ("Photos by Tina Ferry. Deputies said the man killed a 2-year-old girl. "
            "Investigators came to the home on Monday after someone called 911. “Yes, I need "
            "some help over here. Please hurry,” said the 911 caller. She said her "
            "brother-in-law had shot himself.")
    assert _said(extractor, text, "brother-in-law").speaker == "the 911 caller"


def test_a_passing_mention_fades(extractor: Extractor) -> None:
    # a woman named in passing five sentences up is no "she" of a speaker the text never
    # names: the pronoun is left as written rather than given to her
    text = ("The shooting was near the home of Dana Whitfield. Investigators say it happened in "
            "broad daylight. The shooting was reported in the 600 block of 177th Street. "
            "Officers closed the street for hours. The victims were taken to a hospital. Right "
            "after the shots were fired a car pulled into the complex. When she arrived she "
            "said she found out her friend's son was one of those hit.")
    assert _said(extractor, text, "friend's son").speaker != "Dana Whitfield"


def test_a_definite_description_refers_back_to_the_unnamed_person(
        extractor: Extractor) -> None:
    text = ("A man who said he is a relative of the woman shot said the shooting stemmed from a "
            "dispute. Other relatives were arguing with the landlord, said the man, who "
            "witnessed the shooting. “Next thing you know, it was a big old argument,” he said.")
    assert _said(extractor, text, "big old argument").speaker == "A man"


def test_a_kin_noun_inside_a_clause_is_no_speaker(extractor: Extractor) -> None:
    # "it was his cousin joking around": the cousin is no one who spoke, and the "he said"
    # after it is Williams
    text = ("“I ran in there while bullets were whistling by,” Jad Wilmore said. About an hour "
            "before, Wilmore said he received a text message telling him to come outside. "
            "Thinking it was his cousin joking around, he didn't pay it any mind, he said.")
    assert _said(extractor, text, "pay it any mind").speaker == "Jad Wilmore"


def test_a_pronoun_is_no_one_its_own_clause_names(extractor: Extractor) -> None:
    # "He said ... against Cohill": the writer would have written "him" had he been Cohill
    text = ("Michael Cohill is accused of firing shots into a home. Michael Cohill was "
            "charged on Friday. A commissioner set a cash bail for Cohill. He said he was "
            "concerned about the nature of the allegations against Cohill.")
    assert "Cohill" not in (_said(extractor, text, "allegations against").speaker or "")


def test_kin_a_relative_who_stands_for_speak_on(extractor: Extractor) -> None:
    text = ("“It was a tragic accident,” said Lauren Lettelier of the sheriff's office. "
            "Harshman was taken to a hospital where he died. A reporter spoke with Edwards' "
            "grandmother, who said she does not know how the boys got the guns. She said her "
            "grandson is sick over the death of his friend.")
    assert _said(extractor, text, "grandson is sick").speaker == "Edwards' grandmother"


def test_a_closing_according_to_holds_what_comes_before(extractor: Extractor) -> None:
    # the company acts inside its vice president's words; "he told CNBC" is him
    text = ("Shanghai-based Bc Babycare expects its supply chain to offset the impact of trade "
            "tensions, according to Chi Yang, the company's vice president. “I am very "
            "confident about our product,” he told CNBC.")
    assert _said(extractor, text, "confident about").speaker == "Chi Yang"


def test_an_outlet_according_to_leaves_the_speaker(extractor: Extractor) -> None:
    text = ("“I do not make a habit of it,” Ted Cruz said at a press conference, according to "
            "The Hill. He added, “Donald Trump is not going to be the nominee.”")
    assert _said(extractor, text, "not going to be").speaker == "Ted Cruz"
