"""Statements the extractor missed (scan35a): unnamed sources "with knowledge of" what they
report, and the wire's "said here" (the dateline city) between the verb and its setting."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry

EX = Extractor(default_registry())


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, text[s.start : s.end]) for s in EX.extract(text, date(2025, 6, 1))]


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The bridge was closed, officials with knowledge of the inspection said.",
     "officials with knowledge of the inspection", "The bridge was closed"),
    ("The merger is off, three people with direct knowledge of the talks told Reuters.",
     "three people with direct knowledge of the talks", "The merger is off"),
    ("Sources with knowledge of the probe said the mayor would resign.",
     "Sources with knowledge of the probe", "the mayor would resign"),
    ("The merger is off, said two people with direct knowledge of the talks.",
     "two people with direct knowledge of the talks", "The merger is off"),
    ("The vote was delayed, according to an aide with intimate knowledge of the plan.",
     "an aide with intimate knowledge of the plan", "The vote was delayed"),
])
def test_sources_with_knowledge(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in _pairs(text)


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The convoy was stopped at the border, an army spokesman said here.",
     "an army spokesman", "The convoy was stopped at the border"),
    ("The convoy was stopped at the border, an army spokesman said here Monday.",
     "an army spokesman", "The convoy was stopped at the border"),
    ("The convoy was stopped at the border, an army spokesman said here on Monday.",
     "an army spokesman", "The convoy was stopped at the border"),
    ("The governor said here on Monday that the convoy was stopped.",
     "The governor", "the convoy was stopped"),
    ("The governor told reporters here that the convoy was stopped.",
     "The governor", "the convoy was stopped"),
])
def test_said_here(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in _pairs(text)


def test_not_a_source_or_a_clause() -> None:
    # anyone asked to call police reports nothing; "here is" opens the reported clause's
    # own subject, not the dateline
    assert _pairs("Anyone with knowledge of the fire is asked to call police.") == []
    assert all(content != "" for _, content in _pairs("He said here is the plan."))
