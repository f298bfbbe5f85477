"""Round 34 (issue 13), the lead's rules from news sentences that gave no statement or a wrong
speaker: a time phrase with "day" after the verb, a number with a thousands comma after "told X
that", an office's holder as the subject a later "he" refers to, and a bare weekday that is no
part of a name."""

from __future__ import annotations

import pytest

from tests.support.statements import extract, one_with


@pytest.mark.parametrize("text", [
    "Ivanov said earlier in the day that the ministry would not accept the plan.",
    "Ivanov told reporters later in the day that the ministry would not accept the plan.",
])
def test_a_time_of_day_between_the_verb_and_that(text: str) -> None:
    found = one_with(extract(text), "would not accept the plan")
    assert found.speaker == "Ivanov"


@pytest.mark.parametrize("text", [
    "Okafor told Reuters that 3,500 homes had lost power.",
    "Okafor told state radio that 12,000 people had been moved.",
])
def test_a_thousands_comma_does_not_end_the_reported_clause(text: str) -> None:
    found = one_with(extract(text), "had")
    assert found.speaker == "Okafor"
    assert found.content.split()[0][0].isdigit()


def test_a_plain_comma_still_ends_a_second_object() -> None:
    found = extract("Okafor told Reuters the story of 3, 500 and more.")
    assert all("story" not in s.content for s in found)


def test_an_office_subject_is_what_a_later_he_refers_to() -> None:
    text = ("President Samuel Brandt met Prime Minister Marco Costa on Monday. Costa said the "
            "talks had been useful. The president was asked whether he would lift the "
            "tariffs, and he replied: “We will see.”")
    assert one_with(extract(text), "We will see").speaker == "Samuel Brandt"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Senator Ruth Ellery broke with Governor Paul Achebe Monday over the budget. "
     "He said the cuts were necessary.", "Paul Achebe"),
    ("Early Tuesday Dorian Whitlock, 15, was arrested. Whitlock told police he had found "
     "the gun.", "Dorian Whitlock"),
])
def test_a_bare_weekday_is_no_part_of_a_name(text: str, speaker: str) -> None:
    assert [s.speaker for s in extract(text)][-1] == speaker


def test_a_listener_and_a_long_setting_before_the_quote() -> None:
    text = ("Mayor Hana Ito told reporters at the city's emergency operations centre, "
            "“We will reopen the bridge tomorrow.”")
    assert one_with(extract(text), "reopen the bridge").speaker == "Hana Ito"


def test_a_that_in_the_setting_opens_the_clause() -> None:
    text = "Okafor told Reuters over the weekend that the port “cannot reopen” before June."
    found = one_with(extract(text), "cannot reopen")
    assert found.content.startswith("the port")


@pytest.mark.parametrize(("text", "speaker"), [
    ("A friend of the victim from the crash said he is still in shock.",
     "A friend of the victim from the crash"),
    ("The sister of one of the victims from Sunday's fire said she is still in shock.",
     "The sister of one of the victims from Sunday's fire"),
])
def test_a_person_tied_to_an_event_is_the_speaker(text: str, speaker: str) -> None:
    assert [s.speaker for s in extract(text)] == [speaker]


def test_a_share_before_an_event_link_is_no_speaker() -> None:
    found = extract("In a speech on wages, the senator struck many of the same notes.")
    assert all(s.speaker != "many of the same" for s in found)


@pytest.mark.parametrize(("text", "speaker"), [
    ("A neighbour in the area, who was a retired teacher, said she heard two shots.",
     "A neighbour in the area"),
    ("One of the residents in the building, who asked for help, said the door was open.",
     "One of the residents in the building"),
])
def test_people_in_a_local_place_then_a_relative_clause(text: str, speaker: str) -> None:
    assert [s.speaker for s in extract(text)] == [speaker]


def test_a_long_setting_of_speaking_before_that() -> None:
    text = ("Foreign Minister Lena Aro said at a joint press conference with her Finnish "
            "counterpart Juha Virta that the talks had been constructive.")
    found = one_with(extract(text), "constructive")
    assert found.speaker == "Lena Aro"
    assert found.content.startswith("the talks")


@pytest.mark.parametrize("text", [
    "Ortega reported at least 20 victims at a community centre that works with the elderly.",
    "Ortega said on Friday he met the mayor earlier this week and that the two men agreed.",
])
def test_no_setting_skip_over_a_relative_that_or_a_clause(text: str) -> None:
    for found in extract(text):
        assert not found.content.startswith(("works", "the two men"))


def test_as_opens_the_reported_clause_after_a_plain_verb_of_saying() -> None:
    text = ("Captain Mara Quist says as one of the men turned to walk away, the other pulled "
            "out a gun.")
    found = one_with(extract(text), "pulled out a gun")
    assert found.speaker == "Mara Quist"
    assert found.content.startswith("as one of the men")


def test_as_after_another_verb_is_a_role() -> None:
    found = extract("Three names mentioned as potential nominees are judges on the court.")
    assert all(not s.content.startswith("potential") for s in found)
