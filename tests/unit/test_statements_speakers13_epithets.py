"""Speakers, round 13 (issue 13): descriptions of a person that refer to a named person. Wire
services vary the epithet of the person they quote ("the expert", "the analyst", "the
official", "the professor"); an unnamed source keeps its description. The texts are written
for the tests in the topic's wire style."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.types import Statement
from tests.support.statements import one_with as _one

DAY = date(2025, 11, 30)


def _said(extractor: Extractor, text: str, needle: str) -> Statement:
    """The one statement of ``text`` (on :data:`DAY`) whose content holds ``needle``."""
    return _one(list(extractor.extract(text, DAY)), needle)


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # the epithet of the person who spoke just before
    ("Sanctions will stay in place, said Council Director General Ivan Timofeyev. \"We should "
     "not expect quick results here,\" the expert said.", "quick results", "Ivan Timofeyev"),
    ("Sanctions will stay in place, said Council Director General Ivan Timofeyev. \"They do "
     "not seem so painful to me,\" the analyst said.", "so painful", "Ivan Timofeyev"),
    ("\"Nobody has arrested a leader before,\" Evghenia Gutsul said. According to the "
     "official, her arrest rallied many people.", "rallied many people", "Evghenia Gutsul"),
    ("His passion has not dimmed, Masaki Kashiwara, who serves as project professor at the "
     "institute, said. The professor recalled that it was difficult to follow research "
     "overseas.", "difficult to follow", "Masaki Kashiwara"),
])
def test_epithet_of_the_recent_speaker(extractor: Extractor, text: str, needle: str,
                                       speaker: str) -> None:
    assert _said(extractor, text, needle).speaker == speaker


def test_unnamed_source_keeps_its_epithet(extractor: Extractor) -> None:
    # "a senior official said ... the official added": that source, not the person named
    text = ("Maria Zakharova said the talks would go on. A senior official said the delegation "
            "was ready. The official added that the venue was not yet agreed.")
    # (reported by its first description since round 16)
    assert _said(extractor, text, "venue was not").speaker == "A senior official"


def test_someones_spokesman_is_not_them(extractor: Extractor) -> None:
    # "the prime minister's spokesman" is someone else, and so is "the spokesman" after it
    text = ("David Cameron will work with whoever is elected, the prime minister's spokesman "
            "said. \"He stands by his comments,\" the spokesman said.")
    # (reported by its first description since round 16)
    assert _said(extractor, text, "stands by").speaker == "the prime minister's spokesman"


def test_epithet_given_to_another_person(extractor: Extractor) -> None:
    # the article calls someone else the analyst: not the person who spoke last
    text = ("Jane Roe, an analyst at the Carnegie Endowment, said the talks were stalled. "
            "John Doe said the talks would resume. The analyst added that no date was set.")
    assert _said(extractor, text, "no date").speaker != "John Doe"


def test_no_recent_speaker_no_one(extractor: Extractor) -> None:
    # with no one who spoke just before, "the expert" stays a description
    text = ("Fighting went on near the border for a third day. Schools were closed. \"It will "
            "take years,\" the expert said.")
    assert _said(extractor, text, "take years").speaker == "the expert"


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # a capitalised title run is the person the article wrote it before
    ("SAFA President Dr Danny Jordaan, who was with the team in Egypt, said the work was "
     "bearing fruit. \"I want to congratulate our team,\" the SAFA President said.",
     "congratulate our team", "Danny Jordaan"),
    ("CNN President Jeff Zucker defended the coverage on Monday. \"We are proud of our "
     "work,\" the CNN President said.", "proud of our work", "Jeff Zucker"),
    # a capitalised title is no person "Supreme Leader": the title rules find the holder
    ("\"We don't think it will lead to any outcome,\" Ayatollah Ali Khamenei said. Khamenei "
     "said the talks had failed. The Supreme Leader also criticised the approach, saying it "
     "was wrong.", "was wrong", "Ayatollah Ali Khamenei"),
])
def test_title_run_of_a_named_person(extractor: Extractor, text: str, needle: str,
                                     speaker: str) -> None:
    assert _said(extractor, text, needle).speaker == speaker


def test_title_run_is_no_name(extractor: Extractor) -> None:
    text = "Iran's Supreme Leader has expressed doubt that the talks will succeed."
    assert _said(extractor, text, "talks will succeed").speaker != "Supreme Leader"


def test_newspaper_named_like_a_title_keeps_its_name(extractor: Extractor) -> None:
    # "The New Hampshire Union Leader" is a newspaper, not a leader named before
    text = ("Chris Christie attacked Marco Rubio on Saturday. The New Hampshire Union Leader "
            "said Rubio had been rocked by Christie.")
    assert _said(extractor, text, "had been rocked").speaker == "New Hampshire Union Leader"


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # an unnamed source the next sentence names, with the same capitalised qualifier
    ("Israeli forces opened fire near the Jenin camp, a Palestinian official told Anadolu on "
     "Wednesday. The delegation was approaching the camp, said Ahmed al-Deek, an assistant "
     "to the Palestinian foreign minister.", "opened fire", "Ahmed al-Deek"),
    # ... or the same head
    ("A spokesman for the Jupiter Police Department said Corey Lewandowski was not "
     "handcuffed. \"He came in by himself,\" said Officer Joseph Beinlich, a Jupiter police "
     "spokesman.", "not handcuffed", "Joseph Beinlich"),
])
def test_unnamed_source_named_next(extractor: Extractor, text: str, needle: str,
                                   speaker: str) -> None:
    assert _said(extractor, text, needle).speaker == speaker


@pytest.mark.parametrize("text", [
    # another court's judge
    "In May, a U.S. District Court judge sided with the Democrats, saying the law was "
    "unconstitutional. That ruling was overturned Tuesday. Circuit Court Judge David "
    "McKeague, writing for the majority, said the law was fair.",
    # an anonymous source stays anonymous
    "A Palestinian official, who spoke on condition of anonymity, said the law was "
    "unconstitutional. Palestinian minister Riyad al-Maliki said the law was fair.",
    # someone named before the description is not it
    "Riyad al-Maliki spoke on Monday. A Palestinian official said the law was "
    "unconstitutional. Riyad al-Maliki, the Palestinian foreign minister, said the law was "
    "fair.",
])
def test_unnamed_source_not_named_next(extractor: Extractor, text: str) -> None:
    speaker = _said(extractor, text, "unconstitutional").speaker
    assert speaker is not None and "Maliki" not in speaker and "McKeague" not in speaker


def test_relation_after_an_honorific_possessive(extractor: Extractor) -> None:
    # "Ms Ventura's mother" is the mother the article introduced
    text = ("The court heard from Regina Ventura, the mother of the singer Cassie. Ms "
            "Ventura's mother alleged the bruises were from a beating.")
    assert _said(extractor, text, "bruises").speaker == "Regina Ventura"


def test_relation_of_no_one_introduced(extractor: Extractor) -> None:
    text = "The court heard from Cassie. Ms Ventura's mother alleged the bruises were old."
    assert _said(extractor, text, "bruises").speaker == "Ms Ventura's mother"


def test_epithet_at_an_institution(extractor: Extractor) -> None:
    # "the professor emeritus at <institute>": the epithet of the person named before
    text = ("Japanese mathematician Masaki Kashiwara has said his love for math sustained him. "
            "Becoming the first Japanese recipient of the award, the 78-year-old professor "
            "emeritus at Kyoto University's Research Institute for Mathematical Sciences said "
            "he felt the beauty of math.")
    assert _said(extractor, text, "beauty of math").speaker == "Masaki Kashiwara"


def test_spokesman_for_an_office_is_no_recent_speaker(extractor: Extractor) -> None:
    # "the spokesman for ..." belongs to the office, not the person who spoke before
    text = ("Marco Rubio said the talks went well. The spokesman for the embassy said the "
            "meeting was short.")
    assert _said(extractor, text, "meeting was short").speaker != "Marco Rubio"


def test_apposition_left_open(extractor: Extractor) -> None:
    # the writer left out the comma that closes the apposition
    text = ("\"Net exports will remain a drag on growth,\" Abhijit Surya, senior APAC economist "
            "at Capital Economics said in a note.")
    assert _said(extractor, text, "drag on growth").speaker == "Abhijit Surya"


def test_name_ending_an_opening_phrase_is_no_apposition(extractor: Extractor) -> None:
    text = ("After meeting Marco Rubio, senior economist at the bank Jane Roe said the outlook "
            "was poor.")
    assert _said(extractor, text, "outlook").speaker != "Marco Rubio"


def test_headline_title_run(extractor: Extractor) -> None:
    # a headline's bare title run is the person the text names after it
    text = ("CNN President On Trump: 'We Do Not Pay Candidates To Appear At Debates.'\n\n"
            "CNN President Jeff Zucker is not kowtowing to Donald Trump.")
    assert _said(extractor, text, "Pay Candidates").speaker == "Jeff Zucker"


def test_kin_noun_before_a_name(extractor: Extractor) -> None:
    # "his brother Alastair Osman" with no comma: a later "his brother" is Alastair Osman
    text = ("Richard Osman was on the flight, according to an interview his brother Alastair "
            "Osman gave to ITV. He had just welcomed a second baby girl, his brother added.")
    assert _said(extractor, text, "second baby").speaker == "Alastair Osman"


def test_kin_noun_of_two_people(extractor: Extractor) -> None:
    # two brothers named: "his brother" is no one in particular
    text = ("Richard Osman was on the flight, his brother Alastair Osman and his brother Neil "
            "Osman told ITV. He had just welcomed a second baby girl, his brother added.")
    added = [s for s in extractor.extract(text, DAY) if s.cue == "added"]
    assert [s.speaker for s in added] == ["his brother"]


def test_past_epithet_of_the_speaker_just_before(extractor: Extractor) -> None:
    # "the former top diplomat" right after Powell spoke
    text = ("Colin Powell said he had given advice on email. The former top diplomat said he "
            "could not recall the dinner.")
    assert _said(extractor, text, "recall the dinner").speaker == "Colin Powell"


def test_past_epithet_after_an_unnamed_source(extractor: Extractor) -> None:
    # an unnamed former official keeps the epithet, even right after a named speaker
    text = ("Dmitry Peskov said the talks would go on. A former official said the delegation "
            "was not ready. The former official added that the venue was not yet agreed.")
    assert _said(extractor, text, "venue was not").speaker == "The former official"


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # a name set off after a description that follows its cue
    ("\"There will be a next term with eight justices,\" said another leading Supreme Court "
     "advocate, Andrew J. Pincus of the law firm Mayer Brown.", "eight justices",
     "Andrew J. Pincus"),
    ("The plant is under intense pressure from imports, said the company's chief executive, "
     "John J. Ferriola.", "intense pressure", "John J. Ferriola"),
])
def test_name_after_an_inverted_description(extractor: Extractor, text: str, needle: str,
                                            speaker: str) -> None:
    assert _said(extractor, text, needle).speaker == speaker


def test_place_after_an_inverted_description(extractor: Extractor) -> None:
    # a place after the comma is no name
    text = "The plant is under pressure, said a company spokesman, Decatur Alabama."
    assert _said(extractor, text, "under pressure").speaker != "Decatur Alabama"
