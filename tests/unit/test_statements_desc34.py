"""Round 34 (issue 13), described sources on PolNeAR train: a noun modifying a people's noun
stays in the description ("Nuclear proliferation experts"), and an adverbial of place or
manner opening a sentence is no one ("Back in Washington, his staff ...")."""

from __future__ import annotations

from monitor.statements.attribution import speaker_right, subject
from monitor.statements.quotes import split_units
from monitor.types import Statement
from tests.support.statements import extract


def _extract(text: str, unit: str = "attribution") -> list[Statement]:
    return extract(text, unit)


def _phrase_text(text: str, found: object) -> str | None:
    return None if found is None else text[found.start:found.end]  # type: ignore[attr-defined]


def test_a_noun_before_a_people_noun_stays_in_the_description() -> None:
    text = "Water safety experts have since argued that the pipes must be replaced."
    toks = split_units(text, [])[0].tokens
    assert _phrase_text(text, speaker_right(toks, 0)) == "Water safety experts"
    found = _extract(text)
    assert [s.speaker for s in found] == ["Water safety experts"]


def test_a_verb_or_a_plural_before_a_people_noun_is_no_modifier() -> None:
    text = "The mayor told reporters that the pipes must be replaced."
    toks = split_units(text, [])[0].tokens
    assert _phrase_text(text, speaker_right(toks, 0)) == "The mayor"
    text = "The rivals' respective estimates of the cost differ widely."
    toks = split_units(text, [])[0].tokens
    assert _phrase_text(text, speaker_right(toks, 0)) == "The rivals’" or (
        _phrase_text(text, speaker_right(toks, 0)) or "").startswith("The rivals")
    assert "estimates" not in (_phrase_text(text, speaker_right(toks, 0)) or "")


def test_an_opening_adverbial_of_place_is_no_subject() -> None:
    for text, who in [
        ("Back in Ottawa, her aides drafted a memo, urging a quick vote.", "her aides"),
        ("Elsewhere in the province, local officials issued a notice, warning of floods.",
         "local officials"),
        ("Closer to home, the mayor issued a notice, warning of floods.", "the mayor"),
        ("Together, the two councillors wrote a letter, urging a review.",
         "the two councillors"),
    ]:
        toks = split_units(text, [])[0].tokens
        k = max(i for i, t in enumerate(toks) if t.low.endswith("ing"))
        assert _phrase_text(text, subject(toks, k)) == who, text


def test_a_participle_after_an_opening_adverbial_has_the_clause_subject() -> None:
    text = ("Back in Ottawa, his staff released a new video praising the budget and "
            "promoting a tax cut for families.")
    speakers = {s.speaker for s in _extract(text) if s.cue == "promoting"}
    assert "Back" not in speakers


def test_campus_police_keeps_its_noun_before_the_head() -> None:
    text = "University campus police said the building was safe."
    toks = split_units(text, [])[0].tokens
    assert _phrase_text(text, speaker_right(toks, 0)) == "University campus police"
    text = "The party gives voters a choice."
    toks = split_units(text, [])[0].tokens
    assert _phrase_text(text, speaker_right(toks, 0)) == "The party"


def test_they_after_a_fronted_clause_is_its_described_subject() -> None:
    text = ("Though investigators did not describe the weapon, they did say that the "
            "driver fired twice.")
    assert [(s.speaker, s.resolution) for s in extract(text, "statement")] == [
        ("investigators", "pronoun")]
    text = ("While many transit advocates are eager to seize what they believe is a rare "
            "moment, the council is cautious.")
    assert [s.speaker for s in extract(text, "statement")] == ["many transit advocates"]


def test_those_asked_head_a_described_source() -> None:
    for text, who in [("Those surveyed said the economy was weak.", "Those surveyed"),
                      ("Most of those interviewed said they were worried.",
                       "Most of those interviewed"),
                      ("Many of those polled said they would vote.", "Many of those polled")]:
        assert [s.speaker for s in extract(text, "statement")] == [who], text


def test_their_after_those_surveyed_is_theirs() -> None:
    text = "Some of those surveyed shared their concerns about the choices they face."
    assert [s.speaker for s in _extract(text)] == ["Some of those surveyed"]


def test_people_at_two_places_are_one_description() -> None:
    for text, who in [
        ("Officials in Ottawa and Washington said the talks would resume.",
         "Officials in Ottawa and Washington"),
        ("Conservative leaders in the Senate and the House of Commons said the bill would pass.",
         "Conservative leaders in the Senate and the House of Commons"),
        ("Health officials in Ontario and Quebec said cases were rising.",
         "Health officials in Ontario and Quebec"),
    ]:
        assert [s.speaker for s in extract(text, "statement")] == [who], text


def test_a_titled_person_at_a_body_with_and_is_no_described_people() -> None:
    text = ("Pat Brown, Deputy Chief Fire Officer at Kent Fire and Rescue Service, says the "
            "building is a total loss.")
    assert all("Officer at" not in (s.speaker or "") for s in extract(text, "statement"))


def test_a_fronted_clause_subject_is_not_the_main_clause_subject() -> None:
    text = ("As the premier faced questions about the budget, one councillor took a moment "
            "during a reception to reassure her.")
    assert [(s.speaker, s.cue) for s in _extract(text) if s.cue == "reassure"] == [
        ("one councillor", "reassure")]
    text = ("While the officers were helping the women, the bar's owner approached them and "
            "said two other people were hurt inside.")
    assert [s.speaker for s in extract(text, "statement")] == ["the bar's owner"]



def test_a_bare_place_stays_with_the_described_plural_subject() -> None:
    text = ("The councillors and community leaders in attendance were united in their "
            "criticism of the budget.")
    assert [s.speaker for s in _extract(text)] == [
        "The councillors and community leaders in attendance"]
