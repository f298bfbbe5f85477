"""Round 21 (news21): rules written from the news develop halves' errors (issue 13) — a
participle before "of", a document obtained by an outlet, a related headline run into the
next quote, and a restrictive "who" with no name before it."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor, default_registry
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str) -> list[Statement]:
    return Extractor(default_registry(), parser="off", unit="statement").extract(text, DAY)


def test_suspected_of_is_a_participle_not_speech() -> None:
    text = ("The trial comes after another arrest last week in Germany of men suspected of "
            "planning sabotage attacks on Russia's behalf. Peskov declined to comment.")
    assert not any(s.cue == "suspected" for s in _extract(text))
    # the active verb with its object before "of" is untouched
    kept = _extract("Peskov suspected the report was a provocation.")
    assert [s.speaker for s in kept] == ["Dmitry Peskov"]


def test_document_obtained_by_an_outlet_is_not_the_outlet() -> None:
    text = ("Court documents, obtained by The Associated Press, show that the men had planned "
            "the attack on the Kremlin for months.")
    # a finding read in documents is an attribution (PolNeAR's unit), not a statement
    [st] = Extractor(default_registry(), parser="off", unit="attribution").extract(text, DAY)
    assert st.speaker != "Associated Press"
    assert st.speaker.startswith("Court documents")
    assert _extract(text) == []


def test_related_headline_run_into_a_quote_leaves_the_quote_to_its_tag() -> None:
    text = ("According to the White House, the talks with Witkoff went well. ‘Peace is close’: "
            "Zelenskyy thanks allies after the Kremlin meeting \"It's a fragile moment, of "
            "course,\" Dr. Peter Black, director of the Kyiv Security Forum, said about the "
            "talks. \"We can still lose this peace in a few weeks if nobody watches it.\"")
    sts = _extract(text)
    fragile = next(s for s in sts if s.content.startswith("It's a fragile moment"))
    assert fragile.speaker == "Peter Black" and fragile.kind == "direct"
    later = next(s for s in sts if s.content.startswith("We can still lose"))
    assert later.speaker == "Peter Black"
    # a clause that goes on into its quote stays one mixed statement
    text = ("Ukraine's allies are tired, but \"We will keep sending air defence to Kyiv,\" "
            "Hegseth said.")
    [st] = _extract(text)
    assert st.speaker == "Pete Hegseth" and st.kind == "mixed"


def test_restrictive_who_without_a_name_is_its_described_antecedent() -> None:
    text = ("The hearing in Kyiv will resume Monday with testimony from a man who told "
            "prosecutors he had been threatened by Russian agents.")
    [st] = _extract(text)
    assert st.speaker == "a man"
