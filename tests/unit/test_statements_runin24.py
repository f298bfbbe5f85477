"""A headline or caption run into the next sentence without a stop is no part of the speaker
(issue 13, twenty-fourth session; docs/design.md "Speakers, round 24")."""

from __future__ import annotations

import pytest

from monitor.statements import Extractor, default_registry


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(default_registry())


def _speakers(extractor: Extractor, text: str) -> list[str | None]:
    return [s.speaker for s in sorted(extractor.extract(text, None), key=lambda s: s.start)]


def test_a_run_in_headline_before_the(extractor: Extractor) -> None:
    text = ("Lecturers strike.\n\n"
            "Lecturers Strike Over Pay Dispute The University of Zimbabwe said on Monday that "
            "talks would resume next week.")
    assert _speakers(extractor, text) == ["University of Zimbabwe"]


def test_an_abbreviated_state_before_the(extractor: Extractor) -> None:
    text = ("Attack claimed.\n\n"
            "The couple killed 14 people in San Bernardino, Calif. The Islamic State said the "
            "two were its followers.")
    assert _speakers(extractor, text) == ["Islamic State"]


def test_a_name_with_the_after_a_lower_case_word_stays_whole(extractor: Extractor) -> None:
    text = ("Gulf ties.\n\n"
            "The United Arab Emirates-based newspaper The National said on Monday that the "
            "talks had failed.")
    assert "The National" in (_speakers(extractor, text)[0] or "")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Trade row.\n\nChina's Ministry of Commerce on Wednesday warned that it would take legal "
     "action.", "Ministry of Commerce"),
    ("Rice.\n\nThe Ministry of Agriculture, Forestry and Fisheries explains that distribution "
     "has been clogged up.", "Ministry of Agriculture, Forestry and Fisheries"),
    ("Moose.\n\nA young moose was hurt, the Moscow Region's Ministry of Agriculture and Food "
     "told reporters.", "Ministry of Agriculture and Food"),
])
def test_a_body_named_after_its_owner_or_with_a_list_is_named_whole(
        extractor: Extractor, text: str, speaker: str) -> None:
    assert _speakers(extractor, text) == [speaker]


def test_an_offices_own_possessive_is_part_of_its_name(extractor: Extractor) -> None:
    text = ("Charges.\n\n"
            "The U.S. Attorney's Office for the District of Columbia said on Monday that the "
            "man had been charged.")
    assert "Attorney" in (_speakers(extractor, text)[0] or "")


def test_a_person_after_a_bodys_possessive_is_the_speaker(extractor: Extractor) -> None:
    text = ("Cancer.\n\n"
            "Dr. James Dickinson, a family doctor, said tests help. Early cancer is often "
            "harmless, said the University of Calgary's Dickinson.")
    assert _speakers(extractor, text) == ["James Dickinson", "James Dickinson"]


def test_a_person_before_of_keeps_the_speech(extractor: Extractor) -> None:
    text = ("Shooting.\n\n"
            "Four people were wounded, according to Officer Christopher No of the Los Angeles "
            "Police Department's Media Relations Section.")
    assert _speakers(extractor, text) == ["Christopher No"]


@pytest.mark.parametrize("text", [
    "Crash.\n\nResidents along 117th Street said a police cruiser was parked on the corner.",
    "Crash.\n\nResidents near the plant said the smell had been there for weeks.",
])
def test_people_placed_near_a_place_are_the_source_not_the_place(
        extractor: Extractor, text: str) -> None:
    speakers = _speakers(extractor, text)
    assert speakers and (speakers[0] or "").startswith("Residents")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Verdict.\n\n\"This is the kind of person who kills,\" said Dist. Atty. Steve Cooley.",
     "Steve Cooley"),
    ("Party.\n\nAt least a dozen employees had been celebrating, according to Vancouver Police "
     "spokesperson Const. Tim Fanning.", "Tim Fanning"),
    ("Shooting.\n\n\"Victims lying everywhere,\" HCSO Dep. Thomas Gilliland said.",
     "Thomas Gilliland"),
])
def test_abbreviated_offices_before_a_name(extractor: Extractor, text: str, speaker: str) -> None:
    assert _speakers(extractor, text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Drugs.\n\nThe Food and Drug Administration said the drug was safe.",
     "Food and Drug Administration"),
    ("Bears.\n\nThe U.S. Fish and Wildlife Service said the bears were safe.",
     "U.S. Fish and Wildlife Service"),
    ("Border.\n\nImmigration and Customs Enforcement said the man was detained.",
     "Immigration and Customs Enforcement"),
])
def test_an_agency_named_by_two_domains(extractor: Extractor, text: str, speaker: str) -> None:
    assert _speakers(extractor, text) == [speaker]


@pytest.mark.parametrize("body", ["school", "district", "prison"])
def test_a_local_body_before_a_spokesperson(extractor: Extractor, body: str) -> None:
    text = f"Lockdown.\n\nThe students were safe, said {body} spokeswoman Ebony Pugh."
    assert _speakers(extractor, text) == ["Ebony Pugh"]


@pytest.mark.parametrize("label", ["Related Story", "7/14/2013 Related Story", "Story Created"])
def test_a_pages_story_furniture_is_no_statement(extractor: Extractor, label: str) -> None:
    text = f"Crash.\n\n{label}: One Killed, Several Injured In Shooting\n\nTwo men were hurt."
    assert _speakers(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Shooting.\n\nSeven people were shot, with six confirmed dead.",
    "Fall.\n\nA colleague paid tribute to a doctor feared dead after a fall.",
])
def test_a_state_after_a_reporting_participle_is_no_statement(
        extractor: Extractor, text: str) -> None:
    assert _speakers(extractor, text) == []


def test_said_before_an_adjective_stays_a_cue(extractor: Extractor) -> None:
    text = "Surgery.\n\nRoberts said dead tissue was being removed from the wounds."
    assert _speakers(extractor, text) == ["Roberts"]


def test_a_think_tank_is_no_one_thinking(extractor: Extractor) -> None:
    text = ("Deals.\n\n\"There are problems,\" said Joshua Meservey, senior fellow at "
            "conservative US think tank the Hudson Institute, cautioning that deal-making may "
            "not be enough.")
    assert set(_speakers(extractor, text)) == {"Joshua Meservey"}


@pytest.mark.parametrize("text", [
    "Shooting.\n\nAround 11:15 p.m., an unknown suspect opened fire on the crowd.",
    "Raid.\n\nGerman authorities arrested five suspected far-right extremists on Monday.",
])
def test_a_suspect_as_a_noun_or_adjective_is_no_cue(extractor: Extractor, text: str) -> None:
    assert _speakers(extractor, text) == []


def test_suspect_as_a_verb_stays_a_cue(extractor: Extractor) -> None:
    text = "Fire.\n\nPolice suspect that the fire was set on purpose."
    assert _speakers(extractor, text) == ["Police"]
