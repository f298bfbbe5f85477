"""A headline or caption run into the next sentence without a stop is no part of the speaker
(issue 13, twenty-fourth session; docs/design.md "Speakers, round 24")."""

from __future__ import annotations

import pytest

from monitor.statements import Extractor, default_registry


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(default_registry())


def _speakers(extractor: Extractor, text: str) -> list[str | None]:
    return [s.speaker for s in sorted(extractor.extract(text, None), key=lambda s: s.start)]


def test_a_run_in_headline_before_the(extractor: Extractor) -> None:
    text = ("Lecturers strike.\n\n"
            "Lecturers Strike Over Pay Dispute The University of Zimbabwe said on Monday that "
            "talks would resume next week.")
    assert _speakers(extractor, text) == ["University of Zimbabwe"]


def test_an_abbreviated_state_before_the(extractor: Extractor) -> None:
    text = ("Attack claimed.\n\n"
            "The couple killed 14 people in San Bernardino, Calif. The Islamic State said the "
            "two were its followers.")
    assert _speakers(extractor, text) == ["Islamic State"]


def test_a_name_with_the_after_a_lower_case_word_stays_whole(extractor: Extractor) -> None:
    text = ("Gulf ties.\n\n"
            "The United Arab Emirates-based newspaper The National said on Monday that the "
            "talks had failed.")
    assert "The National" in (_speakers(extractor, text)[0] or "")
