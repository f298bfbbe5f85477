"""Round 32 (issue 13): pronoun speakers, found in a scan of PolNeAR train's wrong pronoun
speakers."""

from __future__ import annotations

from monitor.types import Statement
from tests.support.statements import extract


def _speaker_of(found: list[Statement], words: str) -> str | None:
    return next(s.speaker for s in found if words in s.content)


def test_they_is_the_group_written_the_name_s_that_opened_the_sentence_before() -> None:
    text = ("Maria Lopez took up skating at 30. “I kept the board,” she said.\n\n"
            "The Wildcats have found a much-needed support system in their club. "
            "Riding alone in a park, they said, can be hazardous.")
    assert _speaker_of(extract(text, "attribution"), "hazardous") == "The Wildcats"
