"""Round 30 (issue 13), PolNeAR's attributions missed on train: verbs of judging, planning,
presenting and arguing a case as stances in PolNeAR's unit (the product's unit reads none of
them), and their noun readings left out."""

from __future__ import annotations

import pytest

from monitor.types import Statement
from tests.support.statements import extract


def _extract(text: str, unit: str = "attribution") -> list[Statement]:
    return extract(text, unit)


def _said(text: str, unit: str = "attribution") -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.cue) for s in _extract(text, unit)]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The mayor considers the new stadium a waste of money.", "considers",
     "the new stadium a waste of money"),
    ("The senator outlined a plan to cut property taxes.", "outlined",
     "a plan to cut property taxes"),
    ("The governor unveiled a proposal to expand the state's rail network.", "unveiled",
     "a proposal to expand the state's rail network"),
    ("The candidate focused on rising rents and wages.", "focused on",
     "rising rents and wages"),
    ("The congresswoman voted against the spending package.", "voted against",
     "the spending package"),
    ("The union is looking to win back its members' trust.", "looking to",
     "win back its members' trust"),
])
def test_a_stance_verb_of_round_30_is_an_attribution(text: str, cue: str,
                                                     content: str) -> None:
    found = _extract(text)
    assert [(s.cue, s.content) for s in found] == [(cue, content)]
    assert _said(text, "statement") == []  # (a stance: no words said)


def test_a_phrase_cue_after_a_possessive_is_a_noun() -> None:
    text = "Voters praised the mayor's focus on public transport during the campaign."
    assert all(cue != "focus on" for _, cue in _said(text))


def test_a_quantity_before_a_phrase_cue_is_its_subject() -> None:
    text = "Many voted against the measure in the end."
    assert _said(text) == [("Many", "voted against")]


def test_considering_after_a_comma_is_no_stance() -> None:
    text = ("The analyst said the timing looks awkward, considering the council is revising "
            "the budget.")
    assert [cue for _, cue in _said(text)] == ["said"]


@pytest.mark.parametrize("unit", ["statement", "attribution"])
def test_a_long_written_medium_before_that_is_skipped(unit: str) -> None:
    text = ("Jane Porter, who ran the mayor's 1998 campaign, wrote in a memoir of her early "
            "years in state politics that voters in the suburbs distrusted the mayor.")
    found = _extract(text, unit)
    assert [s.content for s in found] == ["voters in the suburbs distrusted the mayor"]


def test_a_nouns_infinitive_keeps_its_prepositional_complement() -> None:
    text = ("Mayor Ruiz's proposal to ban trucks from entering the old town came after "
            "months of complaints.")
    found = [s for s in _extract(text) if s.extra.get("via") == "nominal"]
    assert [s.content for s in found] == ["ban trucks from entering the old town"]


def test_a_nouns_infinitive_ends_before_a_relative_clause() -> None:
    text = "His pledge to cut taxes for small firms that hire locally won him votes."
    found = [s for s in _extract(text) if s.extra.get("via") == "nominal"]
    assert [s.content for s in found] == ["cut taxes for small firms"]


@pytest.mark.parametrize("unit", ["statement", "attribution"])
@pytest.mark.parametrize("text", [
    "During the long meeting, the members agreed to a short break.",
    "Before leaving the hall, the mayor asked for her coat.",
])
def test_an_opening_phrase_alone_is_no_content(unit: str, text: str) -> None:
    assert _extract(text, unit) == []


def test_an_opening_phrase_stays_in_the_words_around_a_tag() -> None:
    text = "After a quick look at the scene, the chief said, the fire was under control."
    assert [s.content for s in _extract(text, "statement")] == [
        "After a quick look at the scene the fire was under control"]


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("The chairman prefers a flat tax on all incomes.", "prefers", "a flat tax on all incomes"),
    ("The mayor credited the workers with a quick repair.", "credited",
     "the workers with a quick repair"),
    ("Many farmers worry about the price of feed.", "worry about", "the price of feed"),
])
def test_a_view_held_is_an_attribution(text: str, cue: str, content: str) -> None:
    assert [(s.cue, s.content) for s in _extract(text)] == [(cue, content)]
    assert _said(text, "statement") == []


def test_prefer_to_stays_a_chain() -> None:
    text = "The chairman prefers to wait for the final figures."
    assert [s.cue for s in _extract(text)] == ["prefers to wait for"]


def test_an_aim_is_a_chain_in_the_attribution_unit_only() -> None:
    text = "The senator aims to build on the new housing law."
    assert [(s.cue, s.content) for s in _extract(text)] == [
        ("aims to build on", "the new housing law")]
    assert _said(text, "statement") == []
