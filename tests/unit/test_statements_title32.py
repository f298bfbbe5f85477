"""Round 32 (issue 13): title speakers — an office opening a headline's deck line."""

from __future__ import annotations

from tests.support.statements import extract

_extract = extract


def test_an_office_opening_the_headline_deck_is_the_headline_subject() -> None:
    text = ("Moreau wages campaign to counter farm cuts; \nState governor laying out a "
            "farm rescue plan before the spring vote.\n\nGov. Claire Moreau will visit "
            "twelve counties this month.")
    found = [s for s in _extract(text, unit="attribution") if "farm rescue" in s.content]
    assert [s.speaker for s in found] == ["Claire Moreau"]


def test_a_headline_without_a_deck_separator_does_not_reach_the_next_sentence() -> None:
    text = ("Moreau wages campaign to counter farm cuts.\n\nState governor laying out a "
            "farm rescue plan is a familiar sight, aides said.\n\nGov. Claire Moreau will "
            "visit twelve counties this month.")
    found = [s for s in _extract(text, unit="attribution") if "farm rescue" in s.content]
    assert all(s.speaker != "Claire Moreau" for s in found)
