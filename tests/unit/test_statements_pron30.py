"""Round 30 (issue 13): pronoun speakers resolved to the wrong person, found in a scan of
PolNeAR train's wrong pronoun speakers."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor, default_registry
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str, unit: str = "attribution") -> list[Statement]:
    return Extractor(default_registry(), parser="off", unit=unit).extract(text, DAY)


def _speaker_of(found: list[Statement], words: str) -> str | None:
    return next(s.speaker for s in found if words in s.content)


def test_and_who_has_the_antecedent_of_the_relative_before_it() -> None:
    text = ("The family's reputation was built over decades.\n\n"
            "“It was a matter of duty,” said Harold P. Wilkins, whom the governor named "
            "to the harbor board in 2004, and who is now backing Senator Jane Ortiz.")
    found = _extract(text)
    assert next(s for s in found if "Jane Ortiz" in s.content).speaker == "Harold P. Wilkins"
