"""Round 29 (issue 13): plural pronouns and numbered group descriptions whose referent is a
group of named people — a family name in the plural after both were named ("The Obamas ...
they"), "they" for the people who each spoke in the sentence before, and "the two
contenders" whose sentence names them after it."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor, default_registry
from monitor.types import Statement

DAY = date(2015, 12, 15)


def _extract(text: str, unit: str = "attribution") -> list[Statement]:
    return Extractor(default_registry(), parser="off", unit=unit).extract(text, DAY)


def _speaker_of(found: list[Statement], start: str) -> str | None:
    return next(s.speaker for s in found if s.content.startswith(start))


OBAMAS = ("As President Obama faced criticism over his address on terrorism this month, a "
          "lawmaker took a moment to reassure Mr. Obama. The awkward interactions that the "
          "president and the first lady, Michelle Obama, are having with guests are a staple "
          "of the season. The Obamas cut back the ritual because they wanted to give as many "
          "people as possible an opportunity to visit the White House.")


def test_they_after_a_family_in_the_plural_is_the_couple() -> None:
    found = _extract(OBAMAS)
    speaker = _speaker_of(found, "to give as many people")
    assert speaker is not None and "Michelle Obama" in speaker
    # the president too, not "The Obamas", nor the one person the surname alone named taken
    # for the first lady when she was named in full
    assert speaker == "Obama and Michelle Obama"


def test_a_surname_whose_gender_was_a_guess_takes_the_full_name() -> None:
    text = ("The shootout happened at 12:34 a.m. during a traffic stop, according to Sims. "
            "According to Public Information Officer Michaela Sims, an officer was wounded.")
    found = _extract(text, "statement")
    assert _speaker_of(found, "The shootout") == "Michaela Sims"


def test_they_for_two_people_who_each_spoke_in_the_sentence_before() -> None:
    text = ('Ted Cruz accuses Obama of "leading from behind" and Donald Trump says he is '
            '"losing the war on terrorism." Yet they are mostly proposing things the '
            "administration is already doing.")
    found = _extract(text)
    assert _speaker_of(found, "things the administration") == "Ted Cruz and Donald Trump"


def test_they_after_one_speaker_and_a_described_group_stays_unsure() -> None:
    text = ("While Clinton has condemned the proposal, the groups who wrote to her on Thursday "
            "say they are concerned. They ask the former secretary of state to repudiate him.")
    found = _extract(text)
    assert "Clinton" not in (_speaker_of(found, "the former secretary") or "")


def test_a_numbered_group_is_the_people_its_sentence_names_after_it() -> None:
    text = ("The two Democratic Party contenders are questioning the other's fitness to lead, "
            "with Senator Bernie Sanders now pressing his attack that Hillary Clinton is not "
            "qualified to be president.")
    found = _extract(text)
    assert _speaker_of(found, "the other's fitness") == "Bernie Sanders and Hillary Clinton"


def test_a_numbered_group_with_more_people_named_after_it_stays_a_description() -> None:
    text = ("The two Democratic Party contenders are questioning the other's fitness to lead, "
            "with Senator Bernie Sanders, Hillary Clinton and Martin O'Malley all in Iowa.")
    found = _extract(text)
    assert _speaker_of(found, "the other's fitness") == "The two Democratic Party contenders"


def test_they_for_the_plural_subject_after_an_opening_clause() -> None:
    text = ("Whatever prompted them individually to start skating, the Brujas have found a "
            "support system in their group. Riding alone in a park, they said, can be "
            "hazardous.")
    found = _extract(text)
    assert _speaker_of(found, "Riding alone") == "the Brujas"


def test_an_opening_clause_before_a_singular_subject_gives_no_plural() -> None:
    text = ("Whatever prompted the skaters to start, the city has found a park for them. "
            "Riding alone in a park, they said, can be hazardous.")
    found = _extract(text)
    assert _speaker_of(found, "Riding alone") != "the city"


def test_the_three_organizations_are_the_three_bodies_listed_before() -> None:
    text = ("The two men were arrested in the village of Qarawat Bani Hassan “following "
            "intensive intelligence and operational activity by the Shin Bet (Israel Security "
            "Agency), IDF and Israel Police,” the three organizations said in a statement.")
    [st] = _extract(text, "statement")
    assert st.speaker == "Shin Bet and IDF and Israel Police"


def test_the_three_organizations_after_a_list_of_two_stay_a_description() -> None:
    text = ("The two men were arrested “following intensive activity by the Shin Bet and the "
            "Israel Police,” the three organizations said in a statement.")
    [st] = _extract(text, "statement")
    assert st.speaker == "the three organizations"
