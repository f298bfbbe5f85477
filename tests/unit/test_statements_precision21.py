"""Statements, twenty-first session: words that looked like speech verbs and were not
("state" and "states" as nouns, "known as", "thanks to"), found among the predictions no
PolNeAR train attribution matched, and checked in topic wire copy."""

from __future__ import annotations

from datetime import date

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str, unit: str = "statement") -> list[Statement]:
    return Extractor(default_registry(), unit=unit).extract(text, DAY)


def test_state_before_a_title_is_no_verb() -> None:
    text = ("Among the speakers were Wisconsin state Rep. David Bowen and Ohio state Sen. "
            "Nina Turner. A former state Senate candidate, Jane Kim, said the sanctions had "
            "failed.")
    for unit in ("statement", "attribution"):
        found = _extract(text, unit)
        assert [(s.speaker, s.content) for s in found] == [
            ("Jane Kim", "the sanctions had failed")]


def test_the_verb_state_still_reports() -> None:
    found = _extract("Rep. Todd Rokita and state House Speaker Brian Bosma have publicly "
                     "stated their interest in the post.", "attribution")
    assert [s.cue for s in found] == ["stated"]


def test_states_after_a_region_is_a_plural_noun() -> None:
    found = _extract("The talks now move to Western states this week. Baltic states have "
                     "warned for months that Russia could attack.", "attribution")
    assert all(s.cue != "states" for s in found)
    assert [s.speaker for s in found] == ["Baltic states"]


def test_a_document_that_states_still_reports() -> None:
    found = _extract("The Kremlin statement states that Ukraine will keep an army of 600,000. "
                     "Peskov states that the talks go on.")
    assert [(s.speaker, s.content) for s in found] == [
        ("The Kremlin statement", "Ukraine will keep an army of 600,000"),
        ("Dmitry Peskov", "the talks go on")]


def test_known_as_gives_a_name_not_a_statement() -> None:
    text = ('The hacker, known as "Guccifer," was jailed. Moscow calls the area what is '
            'known as "the security belt."')
    assert [s for s in _extract(text) if s.cue == "known"] == []


def test_thanks_to_is_no_thanks() -> None:
    found = _extract("Zelenskyy won the vote thanks to the army's support. Zelenskyy thanks "
                     "Trump for the talks.", "attribution")
    assert [s.cue for s in found] == ["thanks"]
    assert found[0].content.startswith("Trump")


def test_a_label_before_a_colon_is_no_speaker() -> None:
    text = ("Editor's Note: This article was updated with Peskov's comments.\n\n"
            "Correction: An earlier version misstated the date of the talks.\n\n"
            "Peskov: No date has been set for the next round of talks.")
    found = _extract(text)
    assert [(s.official, s.content) for s in found] == [
        ("peskov", "No date has been set for the next round of talks")]


def test_a_tally_is_no_statement() -> None:
    text = ("Votes in the Rada so far.\n\nZelenskyy: 1,769.\n\nPoroshenko: 1,501.\n\n"
            "Zelenskyy: We will never recognise the occupation.")
    found = _extract(text)
    assert [(s.official, s.content) for s in found] == [
        ("zelenskyy", "We will never recognise the occupation")]


def test_a_call_to_follow_is_no_statement() -> None:
    text = ("Follow Kyiv Post on Telegram: @KyivPost. Write to the newsroom any time.\n\n"
            "Sybiha: We will never accept a plan that rewards aggression.")
    found = _extract(text)
    assert [s.speaker for s in found] == ["Andrii Sybiha"]


def test_people_familiar_with_the_call_speak() -> None:
    # "call" is a speech word: no noun phrase ended on it, and the tag gave nothing at all
    for text in ("Trump wanted a deal by Thanksgiving, two people familiar with the call said.",
                 "Two people familiar with the call said Trump wanted a deal by Thanksgiving."):
        found = _extract(text)
        assert [(s.speaker.lower(), s.content) for s in found] == [
            ("two people familiar with the call", "Trump wanted a deal by Thanksgiving")]


def test_according_to_people_familiar_keeps_what_they_know() -> None:
    found = _extract("Trump wanted a deal by Thanksgiving, according to two people familiar "
                     "with the talks. Witkoff will fly to Moscow, according to people with "
                     "knowledge of the plans. Kushner will join him, according to one "
                     "Republican familiar with the trip.")
    assert [s.speaker for s in found] == [
        "two people familiar with the talks", "people with knowledge of the plans",
        "one Republican familiar with the trip"]


def test_a_participant_in_the_call_speaks() -> None:
    for text in ("The deal was close, a participant in the call said.",
                 "The deal was close, one of the people on the call said."):
        found = _extract(text)
        assert [(s.speaker, s.content) for s in found] == [
            (text[20:-6], "The deal was close")]


def test_sources_in_the_delegation_are_the_speakers() -> None:
    found = _extract("The deal was close, sources in the delegation told TASS.")
    assert [(s.speaker, s.resolution) for s in found] == [
        ("sources in the delegation", "description")]


def test_an_aide_to_a_leader_in_a_relative_clause_is_not_the_leader() -> None:
    found = _extract("The deal was close, an aide to Zelenskyy who was on the call said.")
    assert [(s.speaker, s.official) for s in found] == [
        ("an aide to Zelenskyy who was on the call", None)]
    found = _extract("Zelenskyy, who was on the call, said the deal was close.")
    assert [s.official for s in found] == ["zelenskyy"]


def test_a_tracked_surname_apposed_to_a_possessed_description() -> None:
    found = _extract("Rubio's counterpart, Lavrov, said the meeting had been constructive. "
                     "Trump's envoy, Witkoff, said the talks would go on.")
    assert [(s.speaker, s.official) for s in found] == [
        ("Sergei Lavrov", "lavrov"), ("Steve Witkoff", "witkoff")]


def test_which_for_a_fact_or_a_text_is_no_speaker() -> None:
    text = ("The talks stalled, which would suggest that the plan is dead. Zelenskyy signed "
            "the decree, which says that Ukraine will hold no elections. The plan was "
            "rejected by the Kremlin, which said it contradicts the Anchorage understandings.")
    assert [(s.speaker, s.mention) for s in _extract(text)] == [("the Kremlin", "which")]


def test_at_the_time_is_when_not_who() -> None:
    found = _extract("Estimates at the time suggested a surge, with authorities saying that "
                     "each machine used as much power as ten homes.")
    assert [(s.speaker, s.content) for s in found] == [
        ("authorities", "each machine used as much power as ten homes")]


def test_a_colon_before_a_tagged_quote_ends_the_lead_in() -> None:
    found = _extract('Police linked the arrests to the war: "The attacks were meant to undermine '
                     'support for Ukraine," the prosecutor general wrote in a statement.')
    assert [(s.kind, s.content) for s in found] == [
        ("direct", "The attacks were meant to undermine support for Ukraine")]
    found = _extract('Peskov was blunt: the plan is "dead on arrival," he said.')
    assert [(s.official, s.kind, s.content[:11]) for s in found] == [
        ("peskov", "mixed", "the plan is")]


def test_a_cue_and_its_object_before_a_colon_quote() -> None:
    found = _extract('Zakharova also mocked Kallas: "Someone should explain to her that Russia '
                     'is not a student at her school."')
    assert [(s.official, s.kind, s.content[:20]) for s in found] == [
        ("zakharova", "direct", "Someone should expla")]
    found = _extract('Peskov suggested Kyiv was stalling: "They are not ready."')
    assert [(s.kind, s.content[:17]) for s in found] == [("mixed", "Kyiv was stalling")]


def test_a_quote_credited_after_a_colon_in_a_headline() -> None:
    found = _extract('"Progress, but no breakthrough": Witkoff after Moscow talks\n\n'
                     'Witkoff met Putin for five hours.')
    assert [(s.official, s.content) for s in found] == [
        ("witkoff", "Progress, but no breakthrough")]
    assert _extract('He used the word "capitulation": Ukraine would not sign.') == []


def test_a_full_name_after_a_title_of_a_country_holds_it() -> None:
    found = _extract('Head of the Office of the President of Ukraine Andriy Yermak said that '
                     'Kyiv "will not accept any ultimatums." An aide to the President of '
                     'Ukraine said Kyiv was ready. A spokesman for Zelenskyy said it was not.')
    assert [(s.speaker, s.official) for s in found] == [
        ("Andriy Yermak", "yermak"), ("An aide to the President of Ukraine", None),
        ("A spokesman for Zelenskyy", None)]


def test_specified_that_reports() -> None:
    found = _extract("Earlier, Ushakov said that the delegations would meet in Abu Dhabi. The "
                     "Kremlin aide specified that the meeting would take place next week. He "
                     "specified the amount.")
    assert [(s.official, s.cue) for s in found] == [("ushakov", "said"), ("ushakov", "specified")]


def test_warned_the_west_is_no_statement_of_moscow() -> None:
    found = _extract("Lavrov pointed out that Moscow had repeatedly warned the West.")
    assert [(s.official, s.content) for s in found] == [
        ("lavrov", "Moscow had repeatedly warned the West")]


def test_a_body_noun_before_a_title_after_the_quote() -> None:
    found = _extract('"We are proud," said academy President Sid Ganis. "We will win," said '
                     'union leader Jan Kowalski.')
    assert [s.speaker for s in found] == ["Sid Ganis", "Jan Kowalski"]
