"""Named speakers of round 34 (issue 13): a parenthetical quote with its own tag, the idiom
"heaped praise on"."""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _found(text: str, unit: str = "statement") -> list[tuple[str | None, str, str]]:
    ex = Extractor(default_registry(), parser="off", unit=unit)
    return [(s.speaker, s.kind, text[s.start : s.end]) for s in ex.extract(text)]


def test_parenthetical_quote_is_its_tags_alone() -> None:
    text = ('The council vote was close ("It is a disgrace," Maria Lopez said on Tuesday) and '
            "the motion passed.")
    assert ("Maria Lopez", "direct", "It is a disgrace") in _found(text)


def test_parenthetical_quote_leaves_the_sentence_around_it() -> None:
    text = ("The debate pits those who fear a weak response (\"This is an invasion, not a "
            "crisis,\" Harold Finch wrote in a column last week) against those who fear "
            "overreach.")
    found = _found(text, "attribution")
    assert ("Harold Finch", "direct", "This is an invasion, not a crisis") in found
    assert all("invasion" not in content for speaker, _k, content in found
               if speaker != "Harold Finch")


def test_parenthesis_without_a_tag_stays_in_the_content() -> None:
    text = 'The mayor said the plan was flawed ("a mess") and voted against it.'
    assert any(speaker == "The mayor" and "a mess" in content
               for speaker, _k, content in _found(text))


def test_heaped_praise_on_is_one_cue() -> None:
    text = ("In an email released Friday, Chief of Staff Daniel Moreau (then a deputy adviser) "
            "heaps praise on Kennedy for his role in the evacuation of the embassy.")
    found = _found(text, "attribution")
    assert any(speaker == "Daniel Moreau" and content.startswith("Kennedy for his role")
               for speaker, _k, content in found)


def test_name_apposed_after_a_relative_clause_speaks() -> None:
    text = ("A longtime donor who still backs Randolph, former state Rep. Helen Marsh, said "
            "that the campaign was a disgrace.")
    assert ("Helen Marsh", "indirect", "the campaign was a disgrace") in _found(text)


def test_place_after_a_relative_clause_is_no_apposed_speaker() -> None:
    text = ("One reader who lives near Austin, Tex., posted this update on Facebook: “It has "
            "been disconcerting to watch.”")
    assert all(speaker != "Tex." for speaker, _k, _c in _found(text))


def test_bashed_and_railed_at_are_the_critics_stance() -> None:
    found = _found("On Monday, Senator Ruth Hale bashed Governor Pike’s plan to close the "
                   "rural clinics.", "attribution")
    assert any(speaker == "Ruth Hale" and content.startswith("Governor Pike’s plan")
               for speaker, _k, content in found)
    found = _found("Senator Ruth Hale railed at the governor’s refusal to fund the rural "
                   "clinics.", "attribution")
    assert any(speaker == "Ruth Hale" and content.startswith("the governor’s refusal")
               for speaker, _k, content in found)
