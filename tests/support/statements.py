"""Helpers for tests of the statement extractor: pick the statements whose content holds a
given text."""

from __future__ import annotations

from monitor.types import Statement


def with_content(found: list[Statement], needle: str) -> list[Statement]:
    """The statements whose content contains ``needle``."""
    return [s for s in found if needle in s.content]


def one_with(found: list[Statement], needle: str) -> Statement:
    """The one statement whose content contains ``needle`` (fails when none or several)."""
    hits = with_content(found, needle)
    assert len(hits) == 1, (needle, found)
    return hits[0]
