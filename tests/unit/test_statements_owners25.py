"""Speakers, round 25: parties, possessors, relative clauses and participles (issue 13,
twenty-fifth session; docs/design.md "Speakers, round 25")."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor, default_registry

DAY = date(2016, 9, 20)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(default_registry())


@pytest.fixture(scope="module")
def polnear() -> Extractor:
    """PolNeAR's unit, which reads noun attributions ("his criticism of ...")."""
    return Extractor(default_registry(), unit="attribution")


def _by_mention(extractor: Extractor, text: str) -> dict[str, str | None]:
    return {s.mention: s.speaker for s in extractor.extract(text, DAY)}


def test_a_party_title_is_the_one_the_text_gave_that_party(extractor: Extractor) -> None:
    text = ("Taxes.\n\nRepublican Donald Trump and Democrat Hillary Clinton traded barbs on "
            "Monday.\n\n\"I have a plan for every family,\" the Democratic nominee told "
            "supporters.\n\n\"She is the candidate of the past,\" the GOP nominee said.")
    found = _by_mention(extractor, text)
    assert found["the Democratic nominee"] == "Hillary Clinton"
    assert found["the GOP nominee"] == "Donald Trump"


def test_a_possessive_pronoun_repeats_the_possessor_of_its_sentence(
        polnear: Extractor) -> None:
    text = ("Chief.\n\nPaul Manafort, the campaign chairman, will remain in his role. It "
            "remains to be seen whether that fixes the problem.\n\nAfter a series of "
            "controversies - including Mr. Trump's assertion that Russia should hack the "
            "emails; his criticism of a Gold Star family; and his suggestion that supporters "
            "could revolt - the candidate began trying anew.")
    speakers = [s.speaker for s in polnear.extract(text, DAY) if s.mention == "his"]
    assert speakers and set(speakers) == {"Donald Trump"}


def test_the_subject_of_a_clause_after_comma_and(polnear: Extractor) -> None:
    text = ("Pence.\n\nGov. Mike Pence blamed the media on Thursday.\n\nRep. Sean Duffy also "
            "addressed the controversy. \"They set the policy up,\" he said.\n\nThe causes "
            "are hotly debated, and Pence is not alone in his contention that the war led to "
            "the group's rise.")
    assert _by_mention(polnear, text)["his"] == "Mike Pence"


def test_the_object_of_a_relative_clause_is_not_the_speaker(extractor: Extractor) -> None:
    text = ("Fed.\n\nSenator Richard Shelby, the Alabama Republican who heads the Senate "
            "Banking Committee, which oversees the Fed, said her donations were a problem.")
    assert [s.speaker for s in extractor.extract(text, DAY)] == ["Richard Shelby"]


def test_the_name_a_relative_clause_is_set_off_from(extractor: Extractor) -> None:
    text = ("Power.\n\nProbst, who manages the Energy-Charts.de platform — the most "
            "comprehensive database for power generation in Germany — also said that cheaper "
            "electricity can make it easier to electrify industry.")
    assert [s.speaker for s in extractor.extract(text, DAY)] == ["Probst"]


def test_a_relative_after_the_and_a_name(polnear: Extractor) -> None:
    text = ("Wall.\n\nThis was the Trump we all knew, the Trump who questions the "
            "independence of a judge.")
    speakers = [s.speaker for s in polnear.extract(text, DAY)]
    assert speakers == ["Donald Trump"]


def test_a_participle_after_a_comma_is_no_speaker(polnear: Extractor) -> None:
    text = ("Trump.\n\nDonald Trump spoke on Monday.\n\nThe candidate has bucked efforts to "
            "rein in his impulsive behavior, committing repeated gaffes after telling his aides "
            "he planned to adopt a more presidential tone.")
    speakers = {s.speaker for s in polnear.extract(text, DAY)}
    assert "committing" not in speakers
    assert "Donald Trump" in speakers


@pytest.mark.parametrize(("text", "speaker"), [
    ("Leaks.\n\nSome observers, including University of North Carolina at Chapel Hill "
     "professor Zeynep Tufekci, also criticized the organization for promoting links.",
     "Zeynep Tufekci"),
    ("Guns.\n\nDemocrats -- including Clinton -- quickly accused Trump of suggesting violence.",
     "Hillary Clinton"),
])
def test_a_group_speaks_through_the_member_it_names(
        polnear: Extractor, text: str, speaker: str) -> None:
    text = "Hillary Clinton spoke.\n\n" + text if "Clinton --" in text else text
    assert speaker in [s.speaker for s in polnear.extract(text, DAY)]


def test_a_relative_clause_goes_on_over_its_own_commas(extractor: Extractor) -> None:
    text = ("Beck.\n\nBeck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed Trump "
            "during the primaries, last week said Trump was seeking to start a movement.")
    speakers = [s.speaker for s in extractor.extract(text, DAY)]
    assert "Beck" in speakers
    assert "last week" not in speakers


def test_a_thing_whose_clause_names_others_keeps_its_place(extractor: Extractor) -> None:
    text = ("Talks.\n\nA statement, which was endorsed by UK Prime Minister Keir Starmer, French "
            "President Emmanuel Macron, and Canadian Prime Minister Mark Carney, slammed the "
            "offensive and warned that the countries would act.")
    # not the last person its relative clause names (owners25: it was Mark Carney); since
    # round 36 the statement's named signatories together, as the news label has it
    assert [s.speaker for s in extractor.extract(text, DAY)] == [
        "Keir Starmer and Emmanuel Macron and Mark Carney"]


def test_a_domain_of_an_office_before_a_given_name_is_no_part_of_the_name(
        extractor: Extractor) -> None:
    text = ("Spies.\n\nDirector of National Intelligence James Clapper said the threat was "
            "real.")
    assert [s.speaker for s in extractor.extract(text, DAY)] == ["James Clapper"]


def test_they_after_a_campaign_that_opened_the_sentence_before(extractor: Extractor) -> None:
    text = ("Zika.\n\nMurphy’s campaign is tying the House bill to Rubio, who supported the bill. "
            "They are saying his vote for that plan is a signal he wants to play politics.")
    assert _by_mention(extractor, text)["They"] == "Murphy’s campaign"


def test_a_person_noun_before_an_unknown_given_name_makes_a_person(
        extractor: Extractor) -> None:
    text = ("Music.\n\nGrammy Award-winning violinist Miri Ben-Ari captivated attendees at the "
            "conference. Opening with a rendition of Für Elise, Ben-Ari brought the crowd to "
            "life.\n\n\"They call me the hip-hop violinist,\" she said.")
    assert [s.speaker for s in extractor.extract(text, DAY)] == ["Miri Ben-Ari"]


def test_a_nation_qualified_office_is_no_official_of_another_country(
        polnear: Extractor) -> None:
    text = ("Trump in Mexico.\n\nDonald Trump spoke in Phoenix on Wednesday night.\n\nIn Mexico "
            "City, Trump endured without complaint a lecture from the Mexican president, who "
            "said that NAFTA has been good for the U.S. as well as Mexico.")
    speakers = [s.speaker for s in polnear.extract(text, DAY)]
    assert speakers and "Donald Trump" not in speakers
