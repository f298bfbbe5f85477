"""Helpers for tests of the statement extractor: run the rule-based extractor on a text, pick
the statements whose content holds a given text."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor, default_registry
from monitor.types import Statement

TEST_DAY = date(2026, 12, 1)  # the publication day the rule tests give their texts


def extract(text: str, unit: str = "statement") -> list[Statement]:
    """The statements the rule-based extractor (parser off) finds in ``text``, in ``unit``
    ("statement": the product's; "attribution": PolNeAR's)."""
    return Extractor(default_registry(), parser="off", unit=unit).extract(text, TEST_DAY)


def with_content(found: list[Statement], needle: str) -> list[Statement]:
    """The statements whose content contains ``needle``."""
    return [s for s in found if needle in s.content]


def one_with(found: list[Statement], needle: str) -> Statement:
    """The one statement whose content contains ``needle`` (fails when none or several)."""
    hits = with_content(found, needle)
    assert len(hits) == 1, (needle, found)
    return hits[0]
