"""Speakers, round 12 (issue 13): the speaker before a long or two-part apposition, a name
set off after a description and followed by its organisation, a past title the registry
knows, "according to X, who ..., C", and the described source a relative pronoun stands for.
Each test failed before this round; the texts are written for the tests in the topic's wire
style."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.types import Statement
from tests.support.statements import one_with as _one
from tests.support.statements import with_content

DAY = date(2025, 11, 30)
CASE = "the case was hard"  # the content most tests look for


def _said(extractor: Extractor, text: str, needle: str = CASE) -> Statement:
    """The one statement of ``text`` (on :data:`DAY`) whose content holds ``needle``."""
    return _one(list(extractor.extract(text, DAY)), needle)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # an apposition whose last part is coordinated: the name before the first comma speaks
    ("Rustem Umerov, secretary of the National Security and Defense Council and the head of "
     "Ukraine's delegation, a former defence minister, said the talks would resume.",
     "talks would resume", "Rustem Umerov"),
    ("Kirill Dmitriev, the head of Russia's sovereign wealth fund and one of Putin's envoys, "
     "said the meeting was useful.", "meeting was useful", "Kirill Dmitriev"),
    # "one of ..." opens an apposition
    ("Sheriff Joe Arpaio, one of the most polarizing figures in the immigration debate, said "
     "he would run again.", "run again", "Joe Arpaio"),
    # a description, then the name and its organisation
    ("A senior Ukrainian negotiator, Rustem Umerov of the National Security Council, said "
     "the talks were constructive.", "constructive", "Rustem Umerov"),
    ("Another leading Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown, "
     "said the ruling was narrow.", "ruling was narrow", "Andrew J. Pincus"),
])
def test_the_name_before_or_inside_an_apposition_speaks(extractor: Extractor, text: str,
                                                        needle: str, speaker: str) -> None:
    said = _said(extractor, text, needle)
    assert said.speaker is not None and said.speaker.endswith(speaker)


def test_a_plural_after_most_and_an_adjective_is_no_cue(extractor: Extractor) -> None:
    """"the most polarizing figures" is a noun phrase, not the verb "figures (that)"."""
    found = list(extractor.extract(
        "Sheriff Joe Arpaio, one of the most polarizing figures in the immigration debate, "
        "said he would run again.", DAY))
    assert [s.cue for s in found] == ["said"]


def test_a_past_title_the_registry_knows(extractor: Extractor) -> None:
    """Umerov was Ukraine's defence minister until July 2025: on a later day "the former
    defence minister" is him, not the man named before him."""
    text = ("Andriy Yermak had led the delegation. Rustem Umerov replaced him. The former "
            "defence minister said the team would travel to Florida.")
    said = _said(extractor, text, "travel to Florida")
    assert said.official == "umerov"
    # before the role ended, no one is its former holder from the registry
    early = _one(list(extractor.extract(text, date(2025, 3, 1))), "travel to Florida")
    assert early.official != "umerov"


@pytest.mark.parametrize("text", [
    "According to Ushakov, who spoke to Russian state television, the sides agreed to keep "
    "talking.",
    "According to the ministry, which cited data from the front, the sides agreed to keep "
    "talking.",
])
def test_according_to_a_source_with_a_relative_clause(extractor: Extractor, text: str) -> None:
    """The relative clause is about the source; the content follows the comma closing it."""
    said = _said(extractor, text, "the sides agreed")
    assert said.content == "the sides agreed to keep talking"
    assert not with_content(list(extractor.extract(text, DAY)), "who spoke")


def test_a_relative_pronoun_for_an_unnamed_source(extractor: Extractor) -> None:
    """"a neighbor, who said C": the described source speaks; the mention stays "who"."""
    found = list(extractor.extract(
        "Police spoke to a neighbor, who said the gunman fled on foot.", DAY))
    said = _one(found, "the gunman fled")
    assert said.speaker == "a neighbor" and said.mention == "who"
    assert said.resolution == "pronoun"


def test_a_relative_pronoun_for_a_named_source_is_still_the_name(extractor: Extractor) -> None:
    said = _one(list(extractor.extract(
        "Reporters spoke to Dmitry Peskov, who said no date had been set.", DAY)), "no date")
    assert said.official == "peskov"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Alabama State Trooper Reginal King said the boy died.", "Reginal King"),
    ("Constable Tim Fanning said the boy died.", "Tim Fanning"),
    ("Sgt. Joe Smith said the boy died.", "Joe Smith"),
    ("Maricopa County Sheriff Joe Arpaio said the boy died.", "Joe Arpaio"),
    ("Major General Igor Konashenkov said the boy died.", "Igor Konashenkov"),
    # the rank and the surname later: the person named in full before
    ("Sheriff Mark Dobbs arrived first. Sheriff Dobbs said the boy died.", "Mark Dobbs"),
    # an organisation whose name holds title words keeps its name
    ("The House Foreign Affairs Committee said the boy died.", "House Foreign Affairs Committee"),
])
def test_ranks_and_titles_are_no_part_of_the_name(extractor: Extractor, text: str,
                                                  speaker: str) -> None:
    said = _said(extractor, text, "the boy died")
    assert said.speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Cleveland police said the boy was shot twice. They said the case was hard.",
     "Cleveland police"),
    ("Investigators said the gunman fled. They said the case was hard.", "Investigators"),
    ("Russian officials said the talks would go on. They said the case was hard.",
     "Russian officials"),
])
def test_they_after_unnamed_people_who_spoke(extractor: Extractor, text: str,
                                             speaker: str) -> None:
    said = _said(extractor, text)
    assert said.speaker == speaker and said.mention == "They"


def test_they_is_not_people_two_sentences_back(extractor: Extractor) -> None:
    """Any plural subject between may be "they": only the next sentence looks back."""
    found = list(extractor.extract(
        "Police said the gunman fled. The victims were taken to hospital. They said the case "
        "was hard.", DAY))
    assert all(s.speaker != "Police" for s in with_content(found, "the case was hard"))


def test_they_prefers_named_people(extractor: Extractor) -> None:
    said = _one(list(extractor.extract(
        "Officials said the talks would resume. Lavrov and Rubio met on Monday. They said the "
        "case was hard.", DAY)), "the case was hard")
    assert said.speaker == "Sergei Lavrov and Marco Rubio"


def test_a_name_starts_at_its_honorific(extractor: Extractor) -> None:
    """"Enter Ms. Lauten": a capitalised word before an honorific is no part of the name."""
    said = _one(list(extractor.extract(
        "On Friday, the aide, Elizabeth Lauten, wrote a letter. Enter Ms. Lauten, a former "
        "aide. “At least respect the part you play,” she wrote.", DAY)), "respect the part")
    assert said.speaker == "Elizabeth Lauten"


@pytest.mark.parametrize(("text", "speaker"), [
    # an Arabic article before a capitalised name is part of the name, and the surname
    # without it is the same person
    ("Egyptian Cabinet Spokesperson Mohamed al-Homsany said the visit mattered. Homsany said "
     "the case was hard.", "Mohamed al-Homsany"),
    ("A Palestinian official, Ahmed al-Deek, said the visit mattered. Deek said the case was "
     "hard.", "Ahmed al-Deek"),
    ("The president, Abdel Fattah el-Sisi, said the visit mattered. Sisi said the case was "
     "hard.", "Abdel Fattah el-Sisi"),
])
def test_names_with_an_arabic_article(extractor: Extractor, text: str, speaker: str) -> None:
    said = _said(extractor, text)
    assert said.speaker == speaker and said.resolution == "alias"


@pytest.mark.parametrize("verb", ["recalls", "admits", "explains"])
def test_a_present_tense_cue_inverted_after_a_quote(extractor: Extractor, verb: str) -> None:
    """Features tell in the present: "“Q,” recalls Racheli Baak"."""
    said = _one(list(extractor.extract(
        f"“She was so tiny,” {verb} Racheli Baak, her voice trembling.", DAY)), "so tiny")
    assert said.speaker == "Racheli Baak"


def test_a_titled_surname_takes_the_full_name_given_before(extractor: Extractor) -> None:
    """The lexicon does not know the first name, so "Yanis Varoufakis" was noted as no one;
    "Professor Varoufakis" later is still him."""
    said = _one(list(extractor.extract(
        "The plan was drawn up by Yanis Varoufakis and others. Dr. Varoufakis said the case was "
        "hard.", DAY)), "the case was hard")
    assert said.speaker == "Yanis Varoufakis"


def test_the_title_goes_to_the_latest_holder_the_registry_knows(extractor: Extractor) -> None:
    """A tracked official named in the article holds the registry's titles as surely as a
    person the article titles itself; and no number ends a name ("Bush 35 years ago")."""
    found = list(extractor.extract(
        "President Trump wanted a quick solution. He had to fly in the planes that transported "
        "President George H.W. Bush 35 years ago. Mr. Trump, though, wanted a new plane. The "
        "president said Qatar would provide the plane.", DAY))
    said = _one(found, "Qatar would provide")
    assert said.official == "trump"


@pytest.mark.parametrize("text", [
    "She is a safe bet, after the misogynistic jokes that peppered the script.",
    "The aide described behavior which ranged from making sexually graphic comments to "
    "berating them.",
    "Peskov's latest remarks that the talks had stalled came late.",
    "The congressman's alleged abusive behavior toward staff members was described.",
    "He represents Stephen Fincher, a farmer perhaps best known for his hometown, Frog Jump.",
])
def test_nouns_and_adjectives_that_look_like_cues(extractor: Extractor, text: str) -> None:
    """A plural speech noun after a describing word, a speech participle after a possessive,
    and fame ("best known for") are no one's statement."""
    cues = {"jokes", "comments", "remarks", "alleged", "known"}
    assert [s.cue for s in extractor.extract(text, DAY) if s.cue in cues] == []


def test_a_person_before_a_speech_verb_still_speaks(extractor: Extractor) -> None:
    said = _one(list(extractor.extract("The official comments that the talks have stalled.",
                                       DAY)), "the talks have stalled")
    assert said.speaker == "The official"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Osman's brother, Alastair Osman, spoke to reporters. His brother said the case was hard.",
     "Alastair Osman"),
    ("Trump's son-in-law, Jared Kushner, flew to Moscow. The president's son-in-law said the "
     "case was hard.", "Jared Kushner"),
    ("Jared Kushner, Trump's son-in-law, flew to Moscow. His son-in-law said the case was hard.",
     "Jared Kushner"),
    ("Sanders's campaign manager, Jeff Weaver, met donors. Later, the campaign manager said "
     "the case was hard.", "Jeff Weaver"),
    ("The victim's mother, Ann Lee, and his father, Bob Lee, spoke. His father said the case "
     "was hard.", "Bob Lee"),
])
def test_a_relation_the_article_introduced(extractor: Extractor, text: str,
                                           speaker: str) -> None:
    said = _said(extractor, text)
    assert said.speaker == speaker


@pytest.mark.parametrize("text", [
    # no one was introduced as the mother
    "Police said the boy was shot. His mother said the case was hard.",
    # the description is the object of "to", not the apposed name's
    "In a letter to the senator's lawyer, Rep. Trey Gowdy, the chairman, asked for emails. "
    "Her lawyer said the case was hard.",
    # two brothers named: "his brother" is no one in particular
    "His brother, Tom Lee, and another brother, Sam Lee, came. His brother said the case was "
    "hard.",
])
def test_a_relation_no_one_or_several_hold(extractor: Extractor, text: str) -> None:
    said = _said(extractor, text)
    assert said.speaker is not None and said.speaker.lower().startswith(("his", "her"))


@pytest.mark.parametrize(("text", "speaker"), [
    ("The Euro-Med Human Rights Monitor published a report on Gaza. The Geneva-based "
     "organization said the case was hard.", "Euro-Med Human Rights Monitor"),
    ("The IDF said the terrorist was killed in Bruchin. The military said the case was hard.",
     "IDF"),
    ("The Israel Defense Forces said the terrorist was killed. The military said the case was "
     "hard.", "Israel Defense Forces"),
    ("Human Rights Watch said civilians were hit. The group said the case was hard.",
     "Human Rights Watch"),
])
def test_monitors_watchdogs_and_armies_are_organisations(extractor: Extractor, text: str,
                                                          speaker: str) -> None:
    assert _said(extractor, text).speaker == speaker


def test_a_watchdog_is_no_he(extractor: Extractor) -> None:
    said = _said(extractor, "Right Wing Watch published the video. He said the case was hard.")
    assert said.speaker != "Right Wing Watch"


def test_it_after_an_office_named_by_its_holder(extractor: Extractor) -> None:
    said = _said(extractor, "Northwest Territories Premier R.J. Simpson's office says he will "
                 "attend. It says the case was hard.")
    assert said.speaker == "Northwest Territories Premier R.J. Simpson's office"


def test_a_qualified_title_that_is_no_office(extractor: Extractor) -> None:
    """"the Russian diplomat": Lavrov's registry titles say Russian and top diplomat."""
    said = _said(extractor, "\"They said we will see,\" Lavrov said in Yerevan. \"The case was "
                 "hard,\" the Russian diplomat continued.", "The case was hard")
    assert said.official == "lavrov"
