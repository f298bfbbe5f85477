"""Named sources, round 32 of issue 13: "the speech" after a verb of delivering it is the
subject's own ("Harmon delivered the speech outlining C": Harmon speaks, as with "a speech")."""

from __future__ import annotations

from monitor.types import Statement
from tests.support.statements import extract


def _found(text: str) -> list[Statement]:
    return sorted(extract(text, "attribution"), key=lambda s: s.start)


def test_the_speech_after_delivered_is_the_subjects() -> None:
    text = ("Senator Laura Harmon toured the port on Friday.\n\n"
            "Harmon delivered the speech outlining her plan for the harbor on June 3.")
    speakers = [s.speaker for s in _found(text)]
    assert speakers and all("speech" not in (sp or "") for sp in speakers), speakers
    assert any("Harmon" in (sp or "") for sp in speakers), speakers
