"""Speakers, pron24 (issue 13): pronouns on text the rules were not tuned on. An unnamed
speaker is read by the head of its noun phrase before any post-modifier ("A woman in a nearby
hair salon said ... she said" is that woman). The texts are written for the tests in wire
style; the people and organisations in them are invented, so that the rules and not the
registry find them."""

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


@pytest.mark.parametrize(("described", "pronoun", "expected"), [
    ("A woman in a nearby hair salon said she heard ten shots.", "she",
     "A woman in a nearby hair salon"),
    ("“It was like a drum,” said a man who heard the shooting.", "he",
     "a man who heard"),
    ("A nurse inside the clinic told reporters the generator had failed.", "she",
     "A nurse inside the clinic"),
])
def test_an_unnamed_speaker_is_read_by_the_head_before_its_modifier(
        extractor: Extractor, described: str, pronoun: str, expected: str) -> None:
    text = ("Police have not identified the gunman, District Attorney Tomas Ekvall said. "
            f"{described} “We cannot stop shaking,” {pronoun} said.")
    assert _said(extractor, text, "stop shaking").speaker == expected
