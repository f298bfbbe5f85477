"""Statements the extractor missed (scan35a): unnamed sources "with knowledge of" what they
report, and the wire's "said here" (the dateline city) between the verb and its setting."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry

EX = Extractor(default_registry())


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, text[s.start : s.end]) for s in EX.extract(text, date(2025, 6, 1))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The bridge was closed, officials with knowledge of the inspection said.",
     "officials with knowledge of the inspection", "The bridge was closed"),
    ("The merger is off, three people with direct knowledge of the talks told Reuters.",
     "three people with direct knowledge of the talks", "The merger is off"),
    ("Sources with knowledge of the probe said the mayor would resign.",
     "Sources with knowledge of the probe", "the mayor would resign"),
    ("The merger is off, said two people with direct knowledge of the talks.",
     "two people with direct knowledge of the talks", "The merger is off"),
    ("The vote was delayed, according to an aide with intimate knowledge of the plan.",
     "an aide with intimate knowledge of the plan", "The vote was delayed"),
])
def test_sources_with_knowledge(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in _pairs(text)


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The convoy was stopped at the border, an army spokesman said here.",
     "an army spokesman", "The convoy was stopped at the border"),
    ("The convoy was stopped at the border, an army spokesman said here Monday.",
     "an army spokesman", "The convoy was stopped at the border"),
    ("The convoy was stopped at the border, an army spokesman said here on Monday.",
     "an army spokesman", "The convoy was stopped at the border"),
    ("The governor said here on Monday that the convoy was stopped.",
     "The governor", "the convoy was stopped"),
    ("The governor told reporters here that the convoy was stopped.",
     "The governor", "the convoy was stopped"),
])
def test_said_here(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in _pairs(text)


def test_not_a_source_or_a_clause() -> None:
    # anyone asked to call police reports nothing; "here is" opens the reported clause's
    # own subject, not the dateline
    assert _pairs("Anyone with knowledge of the fire is asked to call police.") == []
    assert all(content != "" for _, content in _pairs("He said here is the plan."))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Officials for the district, around 300 miles from the capital Lima, said the road was "
     "closed.", "Officials for the district"),
    ("Residents in the hamlet, near 40 km from the front, said the shelling went on.",
     "Residents in the hamlet"),
    # a capitalised place in a participle's aside makes no name of the plural head
    ("Authorities at the school, located near the Route 9 exit, said classes were cancelled.",
     "Authorities at the school"),
])
def test_subject_before_a_set_off_distance(text: str, speaker: str) -> None:
    found = [s for s in EX.extract(text, date(2025, 6, 1))]
    assert [(s.speaker, s.resolution) for s in found] == [(speaker, "description")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Jones - a retired nurse - said the clinic would close.", "Jones"),
    ("The Open Games - a new event which allows banned drugs - says one of its athletes broke "
     "a record.", "Open Games"),
    ("Some economists - including two of the bank's own advisers - warn that rates are "
     "too high.", "Some economists"),
    # the dash sets the relative clause off the described source, as a comma does
    ("The mayor - who was elected last year - said the town would recover.", "The mayor"),
    ("The mayor — who was elected last year — said the town would recover.", "The mayor"),
])
def test_spaced_hyphen_as_dash(text: str, speaker: str) -> None:
    speakers = [s.speaker or "" for s in EX.extract(text, date(2025, 6, 1))]
    assert len(speakers) == 1 and speakers[0].endswith(speaker)


def test_hyphen_inside_words_is_no_dash() -> None:
    assert [s.speaker for s in EX.extract(
        "The 36-year-old boxer said he would fight again.", date(2025, 6, 1))] == [
        "The 36-year-old boxer"]


def test_ages_set_off_after_the_subject() -> None:
    found = EX.extract("Two brothers, ages 9 and 11, said they saw the car.", date(2025, 6, 1))
    assert [(s.speaker, s.resolution) for s in found] == [("Two brothers", "description")]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("She opened the bakery in May, and according to her sister, she was proud of it.",
     "her sister", "she was proud of it"),
    ("The driver was taken to hospital but according to paramedics, his wounds are not "
     "serious.", "paramedics", "his wounds are not serious"),
])
def test_according_after_and_but(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in _pairs(text)


def test_according_before_a_shared_subject_verb_is_left() -> None:
    # "had ignored ..." shares the first clause's subject: no clause of its own
    assert _pairs("Lee ran off, and according to police, had ignored orders to stop.") == []
