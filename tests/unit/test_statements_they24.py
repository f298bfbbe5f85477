"""Speakers, they24 (issue 13): what a "they" that speaks stands for. Unnamed people who spoke
in the sentence before are "they" whatever plural noun the text called them by ("both
attorneys said", "petitioners argued"), and a generic "they" stays the pronoun. The
texts are written for the tests in wire style; the people and places in them are invented."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.types import Statement
from tests.support.statements import one_with as _one

DAY = date(2026, 12, 1)


def _said(extractor: Extractor, text: str, needle: str) -> Statement:
    """The one statement of ``text`` (on :data:`DAY`) whose content holds ``needle``."""
    return _one(list(extractor.extract(text, DAY)), needle)


@pytest.mark.parametrize(("before", "expected"), [
    ("The client had committed the crimes, both attorneys said Thursday.", "both attorneys"),
    ("“We are in shock,” officials in the town said.", "officials in the town"),
    ("But, petitioners argued, the timing should raise the alarm.", "petitioners"),
    ("Supporters of the new library say it should stand.", "Supporters of the new library"),
    ("Brakefield relented after four county commissioners urged him to resign.",
     "four county commissioners"),
])
def test_plural_people_who_spoke_are_they(
        extractor: Extractor, before: str, expected: str) -> None:
    text = f"{before} In a statement released Tuesday, they said the ruling must stand."
    assert _said(extractor, text, "ruling must").speaker == expected



@pytest.mark.parametrize("tag", [
    "Days later, the firm received a ransom demand, according to prosecutors.",
    "According to investigators, the firm received a ransom demand.",
])
def test_the_people_a_closing_according_to_names_are_they(
        extractor: Extractor, tag: str) -> None:
    text = f"{tag} They said the man had leased a server in Latvia."
    said = _said(extractor, text, "leased a server")
    assert said.speaker in {"prosecutors", "investigators"}


def test_a_document_according_to_names_is_no_they(extractor: Extractor) -> None:
    text = ("Days later, the firm received a ransom demand, according to court documents. "
            "They said the man had leased a server in Latvia.")
    assert _said(extractor, text, "leased a server").speaker == "They"


def test_a_plural_subject_after_ahead_of_is_they(extractor: Extractor) -> None:
    text = ("Norland aims to cut power prices. Ahead of the election, the country’s industry "
            "leaders raised the alarm. They said the new government must act.")
    assert _said(extractor, text, "new government").speaker == "the country’s industry leaders"


def test_a_name_with_a_plural_verb_is_they(extractor: Extractor) -> None:
    text = ("Glasmoor say they have never backed the militia. "
            "They say the video was taken out of context.")
    assert _said(extractor, text, "out of context").speaker == "Glasmoor"


@pytest.mark.parametrize("opening", ["Protests are expected to go on.",
                                     "There are many critics of the plan."])
def test_no_name_with_a_plural_verb_is_no_they(extractor: Extractor, opening: str) -> None:
    text = f"{opening} They say the plan fails the poor."
    assert _said(extractor, text, "fails the poor").speaker == "They"


def test_relatives_of_someone_are_they(extractor: Extractor) -> None:
    text = ("Relatives of the 25-year-old victim identified her as Mara Quill. "
            "They said she had dated the suspect for four years.")
    assert _said(extractor, text, "dated the suspect").speaker == (
        "Relatives of the 25-year-old victim")
