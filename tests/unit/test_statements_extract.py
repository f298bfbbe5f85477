"""Extraction patterns, one small text each."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.statements.quotes import find_quotes
from monitor.types import Statement

DAY = date(2025, 3, 8)


def _one(found: list[Statement], needle: str) -> Statement:
    hits = [s for s in found if needle in s.content]
    assert len(hits) == 1, (needle, found)
    return hits[0]


def _offsets_ok(text: str, s: Statement) -> None:
    assert text[s.start : s.end] == s.content


@pytest.mark.parametrize("marks", [('"', '"'), ("“", "”"), ("''", "''"), ("«", "»")])
def test_direct_quote_with_trailing_cue(extractor: Extractor, marks: tuple[str, str]) -> None:
    o, c = marks
    text = f"{o}We are ready for talks,{c} Peskov told reporters on Monday."
    s = _one(extractor.extract(text, DAY), "ready for talks")
    assert (s.speaker, s.official, s.kind, s.cue) == ("Dmitry Peskov", "peskov", "direct", "told")
    assert s.content == "We are ready for talks"  # the closing comma is punctuation
    _offsets_ok(text, s)


def test_inverted_cue_and_title(extractor: Extractor) -> None:
    text = "“The talks were useful,” said the Kremlin spokesman."
    s = _one(extractor.extract(text, DAY), "talks were useful")
    assert s.official == "peskov" and s.mention == "the Kremlin spokesman"


def test_nested_quote_stays_inside(extractor: Extractor) -> None:
    text = "Rubio said: “They tell us ‘Oh, you are pro-Russia’ but that is garbage.”"
    found = extractor.extract(text, DAY)
    assert len(found) == 1
    assert "‘Oh, you are pro-Russia’" in found[0].content and found[0].official == "rubio"


def test_multi_paragraph_quote(extractor: Extractor) -> None:
    text = (
        "Zelenskyy said in his evening address:\n"
        "“We will not give up our land. Not now.\n"
        "“We need security guarantees that work, and we need them before any ceasefire.”\n"
        "The talks resume on Monday."
    )
    quotes = find_quotes(text)
    assert len(quotes) == 1 and len(quotes[0].pieces) == 2
    s = _one(extractor.extract(text, DAY), "give up our land")
    assert s.official == "zelenskyy" and s.kind == "direct"
    assert "security guarantees" in s.content and s.content.endswith("ceasefire.")
    assert text[s.start : s.end].startswith("We will not") and text[s.end - 1] == "."


def test_participle_cue_and_pronoun(extractor: Extractor) -> None:
    text = (
        "Lavrov met Wang Yi in Beijing on Tuesday.\n"
        "He later criticised the European plan, saying: \n"
        "“Europe wants a pause to rearm Ukraine, nothing else.”"
    )
    s = _one(extractor.extract(text, DAY), "Europe wants a pause")
    assert (s.official, s.cue, s.kind) == ("lavrov", "saying", "direct")


def test_quote_paragraph_inherits_previous_speaker(extractor: Extractor) -> None:
    text = (
        "Kaja Kallas said Europe would keep supporting Ukraine.\n"
        "“There is no peace without Ukraine at the table.”"
    )
    found = extractor.extract(text, DAY)
    s = _one(found, "no peace without Ukraine")
    assert s.official == "kallas" and s.cue is None and s.kind == "direct"


def test_indirect_speech_variants(extractor: Extractor) -> None:
    text = (
        "Sybiha said that Kyiv would not accept any freeze of the front line. "
        "The deal is close, according to Steve Witkoff. "
        "Russia will not withdraw, Medvedev insisted."
    )
    found = extractor.extract(text, DAY)
    s = _one(found, "would not accept any freeze")
    assert (s.official, s.kind, s.cue) == ("sybiha", "indirect", "said")
    assert s.content == "Kyiv would not accept any freeze of the front line"
    _offsets_ok(text, s)
    assert _one(found, "The deal is close").official == "witkoff"
    assert _one(found, "Russia will not withdraw").official == "medvedev"


def test_mixed_quote(extractor: Extractor) -> None:
    text = "Macron said Europe must be ready to “take responsibility” for its own security."
    s = _one(extractor.extract(text, DAY), "take responsibility")
    assert (s.official, s.kind) == ("macron", "mixed")


def test_named_bystander_is_not_the_speaker(extractor: Extractor) -> None:
    text = "Speaking alongside John Healey, Hegseth said the alliance was strong."
    s = _one(extractor.extract(text, DAY), "alliance was strong")
    assert s.official == "hegseth"
    assert not [x for x in extractor.extract(text, DAY) if x.official == "healey"]


def test_untracked_speaker_and_pronoun(extractor: Extractor) -> None:
    text = (
        "Foreign Ministry spokeswoman Maria Zakharova spoke on Thursday. "
        "Her colleague Ivan Petrov was also present.\n"
        "She said the proposal was “absurd” and would be rejected."
    )
    s = _one(extractor.extract(text, DAY), "proposal was")
    assert s.speaker == "Maria Zakharova" and s.mention == "She"

    text = (
        "Analyst Jane Whitfield said sanctions were working. "
        "Her co-author Mark Lowe disagreed.\n"
        "She added that the oil price cap had cut Russian revenue."
    )
    s = _one(extractor.extract(text, DAY), "oil price cap")
    assert s.speaker == "Jane Whitfield" and s.official is None


def test_the_minister_reference(extractor: Extractor) -> None:
    text = (
        "Turkish Foreign Minister Hakan Fidan hosted the delegations in Istanbul.\n"
        "The minister said both sides had agreed to exchange prisoners."
    )
    s = _one(extractor.extract(text, DAY), "exchange prisoners")
    assert s.official == "fidan" and s.mention == "The minister"


def test_actions_are_not_statements(extractor: Extractor) -> None:
    text = (
        "Zelenskyy has agreed to meet US officials in Jeddah. "
        "The Kremlin has responded positively to the shift. "
        "Trump paused all military aid."
    )
    assert extractor.extract(text, DAY) == []


def test_relative_and_apposition(extractor: Extractor) -> None:
    text = (
        "Mark Rutte, the NATO secretary general, said the alliance would stand by Kyiv. "
        "Stubb, who met Trump in Florida, said a ceasefire was within reach."
    )
    found = extractor.extract(text, DAY)
    assert _one(found, "stand by Kyiv").official == "rutte"
    assert _one(found, "ceasefire was within reach").official == "stubb"


def test_name_modifying_the_head_is_not_the_speaker(extractor: Extractor) -> None:
    found = extractor.extract("Trump administration officials said the talks had stalled.", DAY)
    assert [(s.official, s.mention) for s in found] == [(None, "Trump administration officials")]
    found = extractor.extract("Putin aide Yuri Ushakov said the call lasted two hours.", DAY)
    assert found[0].official == "ushakov"


def test_shouting_headline_is_not_a_speaker(extractor: Extractor) -> None:
    found = extractor.extract("TRUMP ADMIN FIGHTS ORDER Gallagher reiterated her decision.", DAY)
    assert all(s.official is None for s in found)


def test_interrupted_quote_is_one_statement(extractor: Extractor) -> None:
    text = "“We are close,” Witkoff said on Sunday, “but not there yet.”"
    found = extractor.extract(text, DAY)
    assert len(found) == 1 and found[0].official == "witkoff"
    assert found[0].content == "We are close but not there yet."
    assert found[0].extra["pieces"].count(";") == 1


def test_quote_sentences_after_attribution_are_the_same_speakers(extractor: Extractor) -> None:
    text = "“We will not retreat,” Sybiha said. “Ukraine is ready for a ceasefire.”"
    found = extractor.extract(text, DAY)  # a statement per quote (the default)
    assert [(s.speaker, s.content) for s in found] == [
        ("Andrii Sybiha", "We will not retreat"),
        ("Andrii Sybiha", "Ukraine is ready for a ceasefire.")]
    assert found[1].resolution == "previous-speaker" and found[1].cue is None
    merged = Extractor(extractor.registry, unit="attribution").extract(text, DAY)
    assert len(merged) == 1 and merged[0].content.endswith("ready for a ceasefire.")


def test_the_unit_must_be_known(extractor: Extractor) -> None:
    with pytest.raises(ValueError, match="unit"):
        Extractor(extractor.registry, unit="quote")


def test_pronoun_prefers_the_last_speaker_even_of_unknown_gender(extractor: Extractor) -> None:
    text = (
        "Netanyahu said the war would only end with the release of all hostages. "
        "He added that Israel fully supported what he called the “Trump plan.”"
    )
    found = extractor.extract(text, DAY)
    added = _one(found, "Israel fully supported")
    assert added.speaker == "Netanyahu" and added.official is None
    assert not [s for s in found if s.official == "trump"]


def test_dash_apposition(extractor: Extractor) -> None:
    text = "Ventura — who travelled to Washington for the inauguration — said he agreed."
    found = extractor.extract(text, DAY)
    assert found and found[0].speaker == "Ventura"


def test_circumstance_between_speaker_and_cue(extractor: Extractor) -> None:
    text = "Rutte, speaking in Brussels on Monday, said the alliance would stand by Kyiv."
    s = _one(extractor.extract(text, DAY), "stand by Kyiv")
    assert (s.official, s.mention) == ("rutte", "Rutte")


def test_glued_sentence_and_triple_quote_marks(extractor: Extractor) -> None:
    text = ("“Control is complete,” Trump said.Trump claimed that he learned this.\n"
            "''Voters want 'peace now,''' said Senator John Smith, a Republican.")
    found = extractor.extract(text, DAY)
    assert _one(found, "Control is complete").cue == "said"
    assert _one(found, "he learned this").cue == "claimed"
    assert _one(found, "Voters want").speaker == "John Smith"


def test_name_colon_quote_and_long_according_to(extractor: Extractor) -> None:
    text = (
        "The surge does not surprise Republican pollster Daron Shaw: “Outsiders gain after "
        "early wins.”\n"
        "According to a letter from the chairman of the committee, the platform removed posts."
    )
    found = extractor.extract(text, DAY)
    shaw = _one(found, "Outsiders gain")
    assert (shaw.speaker, shaw.cue, shaw.kind) == ("Daron Shaw", ":", "direct")
    letter = _one(found, "the platform removed posts")
    assert letter.cue == "According to" and letter.kind == "indirect"


def test_headline_stance_is_not_a_statement(extractor: Extractor) -> None:
    text = ("Pentagon chief rejects pro-Russia claims\n"
            "Hegseth said the administration was interested in peace.")
    found = extractor.extract(text, DAY)
    assert [s.cue for s in found] == ["said"]


def test_first_names_that_look_like_roles_are_kept(extractor: Extractor) -> None:
    text = ("Clinton campaign communications director Jennifer Palmieri acknowledged that the "
            "candidate misspoke but noted that the record was clear.\n"
            "Jillian Chase, 27, a teacher in New York, said the election rarely came up.")
    found = extractor.extract(text, DAY)
    assert _one(found, "candidate misspoke").speaker == "Jennifer Palmieri"
    assert _one(found, "candidate misspoke").content == "the candidate misspoke"
    assert _one(found, "record was clear").cue == "noted"
    assert _one(found, "election rarely came up").speaker == "Jillian Chase"
