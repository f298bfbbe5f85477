"""Speakers, round 22 (issue 13, branch desc22): descriptions reported whole, and the
described sources they stand for, written as news writes them."""

from __future__ import annotations

from datetime import date

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str, unit: str = "statement") -> list[Statement]:
    return Extractor(default_registry(), unit=unit).extract(text, DAY)


def _speakers(found: list[Statement]) -> list[str | None]:
    return [s.speaker for s in found]


def test_an_s_possessive_with_the_apostrophe_alone_keeps_its_possessor() -> None:
    found = _extract("Dana Harris toured Kharkiv on Monday. Harris’ campaign "
                     "launched an ad on Tuesday and announced it would seek a recount.")
    assert _speakers(found) == ["Harris’ campaign"]
    found = _extract("Marcus Jones spoke in Dallas on Monday. Jones' aides say the race is "
                     "far from over.")
    assert _speakers(found) == ["Jones' aides"]


def test_who_after_a_quantified_description_is_the_whole_description() -> None:
    found = _extract("He was echoing some far-right commentators who have suggested that the "
                     "governor is soft on crime.")
    assert "some far-right commentators" in _speakers(found)
    found = _extract("But there are some national security law experts who think the case "
                     "against the minister is clear.")
    assert _speakers(found) == ["some national security law experts"]


def test_they_of_a_described_plural_subject_is_that_description() -> None:
    found = _extract("The minister won the vote in March, but many rank-and-file unionists made "
                     "it clear they didn't agree with the deal.", unit="attribution")
    assert "many rank-and-file unionists" in _speakers(found)
    found = _extract("But regional organizations that backed him say they believe the "
                     "ceasefire will hold.", unit="attribution")
    assert _speakers(found) == ["regional organizations"]


def test_they_stays_unresolved_when_no_plural_subject_opens_the_clause() -> None:
    found = _extract("The disparity between the two encapsulates the choice facing voters "
                     "this fall: do they see the plan as the solution?", unit="attribution")
    assert "The disparity between the two encapsulates" not in _speakers(found)


def test_a_hyphenated_modifier_stays_in_the_described_source() -> None:
    found = _extract("Sixty-seven percent of voters said they had an unfavorable view of the "
                     "minister.", unit="attribution")
    assert _speakers(found) == ["Sixty-seven percent of voters"]
    found = _extract("Full-blown capitalists said the plan would fail.")
    assert _speakers(found) == ["Full-blown capitalists"]


def test_who_after_a_quote_and_a_participle_is_the_description() -> None:
    found = _extract("He mocked the mayor's “sudden conversion,” echoing some far-right "
                     "commentators who have suggested that the mayor is a pragmatist.")
    assert "some far-right commentators" in _speakers(found)


def test_a_lowercase_party_word_before_socialist_is_a_creed() -> None:
    found = _extract("Independent Sen. Dana Harris of Vermont visited Missouri on Saturday. "
                     "Mayor Tom Reed of Springfield welcomed her. The self-described democratic "
                     "socialist said she would win the state's primary.", unit="attribution")
    assert found[-1].speaker == "Dana Harris"
    found = _extract("Independent Sen. Dana Harris of Vermont visited Missouri on Saturday. "
                     "Mayor Tom Reed of Springfield welcomed her. The democratic socialist said "
                     "she would win the state's primary.", unit="attribution")
    assert found[-1].speaker == "Dana Harris"


def test_a_ledes_stand_in_is_the_person_the_next_sentence_introduces() -> None:
    found = _extract("The governor's right-hand woman rallied supporters on Monday, saying: "
                     "“We have to be ready to stop him.” Maria Delgado, vice chairwoman of the "
                     "governor's campaign, emailed supporters on Monday evening.")
    assert found[0].speaker == "Maria Delgado"
    found = _extract("A woman who has accused the former mayor of fraud said on Sunday that he "
                     "had lied to her. Maria Delgado, who sued him in 2010, recounted the "
                     "meeting on a radio show.", unit="attribution")
    assert found[0].speaker == "Maria Delgado"


def test_a_stand_in_is_not_someone_of_another_post_gender_or_tie() -> None:
    found = _extract("A union spokesman said the vote was close. John Bulgaro, the president "
                     "of Teamsters Local 294, said members liked the plan.", unit="attribution")
    assert found[0].speaker == "A union spokesman"
    found = _extract("A man said the border should close. Maria Delgado wrote that the plan "
                     "was cruel.", unit="attribution")
    assert found[0].speaker == "A man"
    found = _extract("A friend said the pilot was a kind man. John Bulgaro, 36, had flown for "
                     "the airline since 2004.", unit="attribution")
    assert found[0].speaker == "A friend"
