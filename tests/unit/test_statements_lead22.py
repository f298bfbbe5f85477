"""Statements, twenty-second session (the lead's rules): speaker phrases that two titles
joined by "and" cut short, and words read as speech where they are none."""

from __future__ import annotations

from datetime import date

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str, unit: str = "statement") -> list[Statement]:
    return Extractor(default_registry(), unit=unit).extract(text, DAY)


def test_a_hyphenated_title_joined_to_a_named_title() -> None:
    found = _extract('"We need steady hands," said Democratic presidential front-runner and '
                     "former secretary of state Hillary Clinton.")
    assert [(s.speaker, s.resolution) for s in found] == [("Hillary Clinton", "name")]


def test_joined_titles_before_a_passive_complement() -> None:
    found = _extract("Trump was attacked by Democratic presidential front-runner and former "
                     "secretary of state Hillary Clinton for suggesting that he would stay "
                     "neutral.", "attribution")
    assert [s.speaker for s in found] == ["Hillary Clinton"]
