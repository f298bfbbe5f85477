"""Named sources, round 31 of issue 13: a candidate's "team" is the candidate's campaign
("the Clinton team said" is the "Hillary Clinton campaign", as PolNeAR labels it)."""

from __future__ import annotations

from monitor.types import Statement
from tests.support.statements import extract


def _found(text: str) -> list[Statement]:
    return sorted(extract(text, "attribution"), key=lambda s: s.start)


def test_a_candidates_team_is_the_candidates_campaign() -> None:
    text = ("Margaret Holloway opened her campaign office in Dayton on Monday.\n\n"
            "The Holloway team said the turnout at the rally was the largest of the race.\n\n"
            "Holloway's team thinks the primary will be close.")
    assert [s.speaker for s in _found(text)] == [
        "Margaret Holloway campaign", "Margaret Holloway campaign"]


def test_a_team_without_a_campaign_in_the_article_stays_a_description() -> None:
    text = ("Senator Margaret Holloway filed a bill on Monday.\n\n"
            "Holloway's team told reporters that the bill is critical to the state's ports.")
    assert [s.speaker for s in _found(text)] == ["Holloway's team"]


def test_a_team_of_someone_not_named_in_full_stays_a_description() -> None:
    text = ("The campaign season has begun.\n\n"
            "The Ferrari team said the new car would be ready for the first race.")
    assert [s.speaker for s in _found(text)] == ["The Ferrari team"]


def test_a_country_is_not_the_short_form_of_a_given_name() -> None:
    text = ("Defence Minister Jordan Halevi toured the border on Monday.\n\n"
            "Jordan said its soldiers had fired warning shots after the convoy left the "
            "agreed route.")
    assert [s.speaker for s in _found(text)] == ["Jordan"]


def test_a_surname_with_jr_is_the_junior_named_in_full() -> None:
    text = ("Governor Robert Hallam spoke in Topeka on Monday.\n\n"
            "His eldest son, Robert Hallam Jr., was in Wichita.\n\n"
            "Hallam Jr. said the crowd there was the largest of the year.")
    assert [s.speaker for s in _found(text)] == ["Robert Hallam Jr."]


def test_a_country_is_not_a_capitalised_run_that_ends_in_it() -> None:
    text = ("The figures were first published by the Daily Harbinger Japan on Monday.\n\n"
            "Japan said its ships had left the disputed waters after the talks.")
    assert [s.speaker for s in _found(text)] == ["Japan"]


def test_a_country_named_surname_of_a_known_person_is_still_the_person() -> None:
    text = ("Scott Jordan, a farmer from Iowa, spoke at the hearing on Monday.\n\n"
            "Jordan said the drought had cost him half of his corn crop.")
    assert [s.speaker for s in _found(text)] == ["Scott Jordan"]
