"""Statements, round 13 (issue 13): a closing tag followed by a long setting. "C, Lavrov said
at a press conference with Armenian Foreign Minister Ararat Mirzoyan." reported nothing,
because the words after the cue were longer than the short circumstance the rule allowed. The
texts are written for the tests in the topic's wire style."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from tests.support.statements import one_with

DAY = date(2025, 5, 21)


@pytest.mark.parametrize(("text", "needle", "speaker", "kind"), [
    ("A fair security system must be built from the ground up and cannot be imposed, Russian "
     "Foreign Minister Sergey Lavrov said at a press conference with Armenian Foreign Minister "
     "Ararat Mirzoyan.", "cannot be imposed", "Sergei Lavrov", "indirect"),
    ("A fair security system must be built from \u201cthe ground up\u201d, Lavrov said at a "
     "press conference after talks with Armenian Foreign Minister Ararat Mirzoyan.",
     "the ground up", "Sergei Lavrov", "mixed"),
    ("Sanctions will stay in place for years, Peskov said during a briefing for journalists "
     "of the Kremlin pool in Moscow, Russia, on Wednesday.", "stay in place", "Dmitry Peskov",
     "indirect"),
])
def test_a_closing_tag_with_a_long_setting_reports_the_clause_before(
        extractor: Extractor, text: str, needle: str, speaker: str, kind: str) -> None:
    statement = one_with(list(extractor.extract(text, DAY)), needle)
    assert statement.speaker == speaker
    assert statement.kind == kind
    assert "press conference" not in statement.content
    assert "briefing" not in statement.content


@pytest.mark.parametrize("text", [
    # a clause follows the preposition: "at least six planes filled the skies" is reported
    "Friday morning, as the parade rolled through Pasadena, CNN reported at least six planes "
    "filled the skies with messages.",
    # a relative clause in the setting is a clause of its own: not a setting
    "On Monday, the talks resumed, Peskov said in a statement that was read on television.",
])
def test_a_tail_that_holds_a_clause_is_no_setting(extractor: Extractor, text: str) -> None:
    statements = list(extractor.extract(text, DAY))
    assert not any(s.content.startswith(("Friday morning", "On Monday, the talks"))
                   for s in statements)
