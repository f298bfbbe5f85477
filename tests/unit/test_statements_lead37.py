"""Round 37 (lead37): what the product's statements showed about speakers (issue 13).

- a message "about" a topic speaks, not its topic ("a letter from the ministry about the
  talks said");
- a post written inside a run of capitals after the place or body it is of ("F.B.I. Agent
  Peter Strzok") is no part of the person's name;
- a charity, a foundation, a watchdog that opened the sentence before is the "it" that
  speaks next;
- a participle after a subordinate clause inside a sentence whose main clause spoke is the
  main clause's ("Democrats rejected the offer before Mayor Ruiz announced it, saying C").
"""

from __future__ import annotations

import pytest

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _speakers(text: str, unit: str = "statement") -> list[tuple[str | None, str]]:
    ex = Extractor(default_registry(), parser="off", unit=unit)
    return [(s.speaker, s.content) for s in ex.extract(text, None)]


@pytest.mark.parametrize("unit", ["statement", "attribution"])
def test_a_message_about_a_topic_speaks(unit: str) -> None:
    got = _speakers("A report about the planned meeting said that the bridge would close.", unit)
    assert got and got[0][1] == "the bridge would close"
    assert got[0][0] is not None and got[0][0].startswith("A report")
    got = _speakers("But a release from the mayor’s office about the planned meeting noted "
                    "that the bridge would close.", unit)
    assert got and got[0][0] is not None and got[0][0].startswith("a release from")


def test_a_topic_alone_is_still_a_speaker_after_other_words() -> None:
    # "about" after no message noun: the run before the cue is the speaker as before
    got = _speakers("Asked about the meeting, the mayor said that the bridge would close.")
    assert got and got[0][0] == "the mayor"


@pytest.mark.parametrize("run, name", [
    ("F.B.I. Agent Peter Strzok", "Peter Strzok"),
    ("Palmer City Clerk Janette Bower", "Janette Bower"),
    ("Chicago Police Supt. Garry McCarthy", "Garry McCarthy"),
    ("Assistant U.S. Attorney General Harmeet Dhillon", "Harmeet Dhillon"),
    ("New Mexico Attorney General-Elect Hector Balderas", "Hector Balderas"),
    ("Lancaster Station Watch Commander Lt. Carter", "Carter"),
])
def test_a_post_inside_a_run_of_capitals_is_no_part_of_the_name(run: str, name: str) -> None:
    got = _speakers(f"{run} said the bridge would close.")
    assert got == [(name, "the bridge would close")]


def test_an_organisation_named_after_a_post_word_keeps_its_name() -> None:
    got = _speakers("Principal Financial Group said the bridge would close.")
    assert got == [("Principal Financial Group", "the bridge would close")]


def test_a_charity_that_opened_the_sentence_before_is_it() -> None:
    got = _speakers("The charity demanded an end to the siege. It said the blockade was "
                    "illegal.")
    assert ("The charity", "the blockade was illegal") in got


def test_a_participle_after_a_subordinate_clause_is_the_main_clauses() -> None:
    got = _speakers("Democrats rejected the offer before Mayor Ruiz announced it, saying "
                    "that it did not go far enough.")
    assert ("Democrats", "it did not go far enough") in got


def test_a_participle_after_a_main_clause_that_said_nothing_is_the_subordinates() -> None:
    got = _speakers("The controversy escalated last month when Vice News reported the issue, "
                    "saying that accounts were limited.")
    assert ("Vice News", "accounts were limited") in got


def test_the_judge_is_no_defendant_named_before() -> None:
    got = _speakers("Ronnie Howard sniffled back tears after he entered Bibb County "
                    "Magistrate Court. The crying intensified when the judge told him the "
                    "charge had been upgraded.")
    assert ("the judge", "the charge had been upgraded") in got


def test_the_judge_may_be_one_who_spoke_named_alone() -> None:
    # one who spoke just before, named with no other post, may be the judge the text means
    # (PolNeAR dev lost a pair, measured and not read, when the rule also refused them)
    got = _speakers("“We are done,” Richard Berman said on Monday. The judge said the case "
                    "was closed.")
    assert ("Richard Berman", "the case was closed") in got


def test_the_judge_named_before_is_that_judge() -> None:
    got = _speakers("“We are done,” Judge Richard Berman said on Monday. The judge said the "
                    "case was closed.")
    assert ("Richard Berman", "the case was closed") in got


def test_the_welfare_state_is_no_speaker() -> None:
    got = _speakers("Speaking in London, Liz Kendall insisted that there was a “risk” the "
                    "welfare state “won't be there for people who need it”.")
    assert got and all(speaker == "Liz Kendall" for speaker, _ in got)


def test_the_police_state_is_still_a_cue() -> None:
    got = _speakers("The police state that the man was armed.")
    assert got == [("The police", "the man was armed")]


def test_two_nouns_of_one_person_after_a_quote() -> None:
    got = _speakers("“Women can no longer be stopped,” a researcher and journalist told DW.")
    assert got == [("a researcher and journalist", "Women can no longer be stopped")]


def test_a_person_from_a_place_is_no_place_and_speaks_on() -> None:
    got = _speakers("“Women can no longer be stopped,” a gender researcher and journalist "
                    "from Tehran told DW. She asked DW not to publish her name. “They can no "
                    "longer force us,” she says.")
    described = "a gender researcher and journalist from Tehran"
    assert got[0] == (described, "Women can no longer be stopped")
    assert got[-1] == (described, "They can no longer force us")
