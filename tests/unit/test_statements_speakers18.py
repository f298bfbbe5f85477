"""Speakers, round 17 (issue 13, eighteenth session). Each test failed before its rule; the
texts are written for the tests in the style of the PolNeAR train and news develop-half errors
they come from (never dev or a check half) and of the wire copy the monitor reads."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.types import Statement
from tests.support.statements import one_with as _one

DAY = date(2025, 11, 30)


def _said(extractor: Extractor, text: str, needle: str) -> Statement:
    """The one statement of ``text`` whose content holds ``needle``."""
    return _one(list(extractor.extract(text, DAY)), needle)


def _speakers(extractor: Extractor, text: str) -> list[str | None]:
    return [s.speaker for s in extractor.extract(text, DAY)]


# --- a name governed by "with" or "between" is no subject -----------------------------------

@pytest.mark.parametrize("text", [
    "The call between Trump and Putin appeared to confirm that the summit was off.",
    "The call between Donald Trump and Vladimir Putin seemed to show that the summit was off.",
    "The battle with Peter Jones seemed to show that the party was split.",
])
def test_a_prepositions_object_before_the_verb_does_not_speak(
        extractor: Extractor, text: str) -> None:
    assert not [s for s in _speakers(extractor, text) if s and s != "the call"]


def test_he_after_such_a_sentence_is_the_subject_not_the_object(extractor: Extractor) -> None:
    s = _said(extractor, "Dan Tripp was unsure why the battle with Trump seemed to start. "
                         "\"Maybe we're just trying to let them fight,\" he said.", "Maybe")
    assert s.speaker == "Dan Tripp"


def test_along_with_keeps_the_joined_speaker(extractor: Extractor) -> None:
    s = _said(extractor, "A day after the country along with Canada and France promised "
                         "concrete steps to halt the war, talks resumed.", "concrete steps")
    assert s.speaker is not None
