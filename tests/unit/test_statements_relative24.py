"""A relative pronoun no rule resolved stands for the noun phrase before it, never for the
bare "who" (issue 13, twenty-fourth session; docs/design.md "Speakers, round 24")."""

from __future__ import annotations

import pytest

from monitor.statements import Extractor, default_registry


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(default_registry())


def _speakers(extractor: Extractor, text: str) -> list[str | None]:
    return [s.speaker for s in sorted(extractor.extract(text, None), key=lambda s: s.start)]


def test_a_description_with_a_capitalised_head_before_who(extractor: Extractor) -> None:
    text = ("Aid.\n\nReplying to a Democrat who stated the number of aid trucks was small, he "
            "said aid was flowing.")
    assert _speakers(extractor, text)[0] == "a Democrat"


def test_a_name_set_off_by_a_spaced_hyphen(extractor: Extractor) -> None:
    text = ("Game.\n\nIt lightened the mood enough that Roy Williams came out. Later Williams - "
            "who said he was counting down points - smiled.")
    assert "Roy Williams" in _speakers(extractor, text)


def test_a_document_before_which(extractor: Extractor) -> None:
    text = ("Vote.\n\nThe council voted 6-1 for the resolution which said the city condemns "
            "the speech.")
    assert _speakers(extractor, text) == ["the resolution"]


def test_a_relatives_words_are_not_the_named_persons(extractor: Extractor) -> None:
    text = ("Murder.\n\nMark Weekly was charged on Monday. \"He really cared for his "
            "granddaughter,\" said Mark Weekly's brother.")
    assert _speakers(extractor, text) == ["Mark Weekly's brother"]


def test_a_relatives_words_after_the_possessive_name(extractor: Extractor) -> None:
    text = ("Shooting.\n\nNora Osman was killed on Friday.\n\n"
            "Nora Osman's mother told reporters her daughter was studying to become a doctor.")
    assert _speakers(extractor, text) == ["Nora Osman's mother"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Murder.\n\n\"He really cared for his granddaughter,\" said Mark Weekly's brother, Mike "
     "Weekly.", "Mike Weekly"),
    ("Sanctions.\n\nRussia has taken note of the statement, said Russia's envoy to the UN, "
     "Vasily Nebenzya.", "Nebenzia"),
    ("Vote.\n\n\"We are treating it as one long Election Day,\" said Rubio's deputy campaign "
     "manager, Rich Beeson.", "Rich Beeson"),
])
def test_a_name_apposed_after_a_possessed_description(
        extractor: Extractor, text: str, speaker: str) -> None:
    assert speaker in (_speakers(extractor, text)[0] or "")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Strike.\n\n\"The negotiations are a sham,\" said Unite's General Secretary, Sharon "
     "Graham. She called on the council to act.", "Sharon Graham"),
    ("Chips.\n\nThose regulations failed, according to Nvidia’s chief executive, Jensen "
     "Huang.", "Jensen Huang"),
])
def test_a_name_apposed_after_a_titled_or_according_source(
        extractor: Extractor, text: str, speaker: str) -> None:
    assert _speakers(extractor, text)[0] == speaker
