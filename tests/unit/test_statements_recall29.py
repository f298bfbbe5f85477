"""Round 29 (issue 13), PolNeAR's attributions missed on train: speakers the phrase rules did
not read before a stance, a finding or an infinitive (a long subject with its post-modifier,
a share or a description before a stance verb, the object of a causative verb, the subject of
an infinitive of purpose, the subject of "was the first ... to"), and contents not read after
verbs of knowing and expecting (a question known, an object with its infinitive)."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor, default_registry
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str, unit: str = "attribution") -> list[Statement]:
    return Extractor(default_registry(), parser="off", unit=unit).extract(text, DAY)


def _said(text: str, unit: str = "attribution") -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.cue) for s in _extract(text, unit)]


@pytest.mark.parametrize("unit", ["statement", "attribution"])
def test_a_people_noun_with_a_participle_and_its_clause_is_a_long_subject(unit: str) -> None:
    text = ("But Republican activists clamoring to block Donald Trump from the GOP nomination "
            "say they're suddenly in the midst of a Dump-Trump bump.")
    found = _extract(text, unit)
    assert [s.speaker for s in found] == [
        "Republican activists clamoring to block Donald Trump from the GOP nomination"]
    assert found[0].content.startswith("they're suddenly")


def test_a_thing_noun_before_a_post_modifier_is_no_long_subject() -> None:
    assert _said("The number of delegates needed to assure the nomination has grown.") == []


def test_a_stance_verb_takes_a_described_subject_in_the_attribution_unit() -> None:
    text = "Many voters across party lines shrugged off the decision."
    assert _said(text) == [("Many voters across party lines", "shrugged off")]
    assert _said(text, "statement") == []  # (a stance: no words said)


def test_a_time_after_a_stance_subject_is_left_out_of_it() -> None:
    text = "The board of elections on Monday rejected both objections."
    assert _said(text) == [("The board of elections", "rejected")]


def test_an_adjective_before_a_stance_noun_is_no_subject() -> None:
    text = "Christie's effusive praise of Obama's storm response angered Republicans."
    assert all(speaker != "Christie's effusive" for speaker, _ in _said(text))


def test_a_finding_of_a_described_subject_is_an_attribution() -> None:
    text = "More traditional Republicans in the audience showed limited enthusiasm for Mr. Trump."
    found = _extract(text)
    assert [s.speaker for s in found] == ["More traditional Republicans in the audience"]
    assert found[0].content == "limited enthusiasm for Mr. Trump"


@pytest.mark.parametrize("text", [
    "Fox News found itself playing host to those candidates night after night.",
    "The Breitbart News show airs on Sirius XM Patriot channel 125.",
])
def test_finding_oneself_and_a_show_noun_are_no_findings(text: str) -> None:
    assert _said(text) == []


def test_the_object_of_a_causative_verb_speaks_an_infinitive_cue() -> None:
    text = ("The decisive victory led Republican National Committee Chairman Reince Priebus to "
            "declare him the presumptive nominee.")
    assert _said(text) == [("Reince Priebus", "declare")]
    assert _said(text, "statement") == []  # (PolNeAR's unit only)


def test_the_subject_of_an_infinitive_of_purpose_holds_its_stance() -> None:
    text = ("City Council Speaker Melissa Mark-Viverito took to the steps of City Hall "
            "Wednesday to assail Sen. Bernie Sanders' immigration record.")
    assert _said(text) == [("Melissa Mark-Viverito", "assail")]


@pytest.mark.parametrize("text", [
    "Trump University was started in 2004 to offer courses in entrepreneurship.",
    "Long before the AFL-CIO was ready to endorse a candidate, Trumka worked with Sanders.",
])
def test_a_passive_or_a_clause_word_before_the_to_is_no_purpose(text: str) -> None:
    assert _said(text) == []


def test_a_question_known_is_what_is_known() -> None:
    found = _extract("Neither Republicans nor Democrats know which nominee that helps.")
    assert [s.content for s in found] == ["which nominee that helps"]
    assert _said("Reporters know the candidate well.") == []


def test_an_expectation_of_someones_act_is_its_object_and_infinitive() -> None:
    text = "Officials expect it to raise rates by roughly one percentage point over the next year."
    found = _extract(text)
    assert [(s.speaker, s.content[:18]) for s in found] == [("Officials", "it to raise rates ")]
    assert _said("Officials expect a decision in the coming weeks.") == []


def test_the_subject_of_the_first_to_act_holds_the_stance() -> None:
    text = ("Grijalva was the first Democrat in Congress to endorse Sanders in the Democratic "
            "primary.")
    assert _said(text) == [("Grijalva", "endorse")]
    text = "The first member of Congress to endorse him was GOP Rep. Chris Collins."
    assert all(speaker != "Congress" for speaker, _ in _said(text))
