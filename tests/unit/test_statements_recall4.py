"""Recall, round 4 (issue 13): statements nested in another statement's content, content
boundaries."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor
from monitor.types import Statement

DAY = date(2019, 3, 8)


def _with(found: list[Statement], needle: str) -> list[Statement]:
    return [s for s in found if needle in s.content]


def test_a_reported_clause_is_not_a_second_statement(extractor: Extractor) -> None:
    text = ("Officials met in Ottawa on Monday. The union officials said they believe the "
            "offer is an insult to workers across the province.")
    found = extractor.extract(text, DAY)
    assert len(found) == 1, found
    assert found[0].speaker != "they" and found[0].content.startswith("they believe")


def test_a_description_inside_the_content_does_not_speak(extractor: Extractor) -> None:
    text = ("Protests continued on Friday. Jane Doe said the demonstrators wanted to "
            "send a message to the premier about wages.")
    found = extractor.extract(text, DAY)
    assert [s.speaker for s in found] == ["Jane Doe"], found


def test_a_named_speaker_inside_the_content_keeps_their_statement(
        extractor: Extractor) -> None:
    text = ("The watchdog published its report on Friday. The group noted that Finance "
            "Minister John Smith said the deficit would shrink by half next year.")
    found = extractor.extract(text, DAY)
    inner = [s for s in found if s.speaker == "John Smith"]
    assert len(inner) == 1 and inner[0].content.startswith("the deficit"), found


def test_said_on_monday_then_a_clause(extractor: Extractor) -> None:
    found = extractor.extract("Talks resumed. The mayor said on Monday the budget was "
                              "balanced and taxes would not rise.", DAY)
    assert [s.content for s in found] == ["the budget was balanced and taxes would not rise"]


def test_content_before_told_and_a_listener(extractor: Extractor) -> None:
    for tail in ("reporters", "The Canadian Press on Monday", "CBC News in an interview"):
        text = f"Talks resumed. The budget is balanced, Jane Doe told {tail}."
        found = extractor.extract(text, DAY)
        assert [(s.speaker, s.content) for s in found] == [
            ("Jane Doe", "The budget is balanced")], (tail, found)


def test_quote_in_parentheses_is_a_sentence_of_its_own(extractor: Extractor) -> None:
    text = "Talks resumed. The mayor defended the plan. (“We have no choice,” he said.)"
    found = extractor.extract(text, DAY)
    quote = [s for s in found if s.content == "We have no choice"]
    assert len(quote) == 1 and quote[0].kind == "direct", found


def test_quote_then_a_participle_ends_the_content(extractor: Extractor) -> None:
    text = ("Talks resumed. Hundreds of nurses marched on Monday, chanting “No contract, no "
            "peace,” raising fresh questions about the talks.")
    found = extractor.extract(text, DAY)
    chant = [s for s in found if "No contract" in s.content]
    assert len(chant) == 1 and chant[0].kind == "direct", found
    assert "raising" not in chant[0].content


def test_dateline_is_not_content(extractor: Extractor) -> None:
    for line in ("OTTAWA — ", "PARIS (Reuters) - ", "HALIFAX, N.S. — "):
        text = (f"Budget day.\n\n{line}The province will balance its budget next year, "
                "Finance Minister Jane Doe told reporters on Monday.")
        found = extractor.extract(text, DAY)
        assert [s.content for s in found] == [
            "The province will balance its budget next year"], (line, found)


def test_name_before_a_long_apposition(extractor: Extractor) -> None:
    cases = [
        ("“We survey advertisers every year,” Mr. Mahaney, of RBC Capital Markets, said.",
         "Mahaney"),
        ("Sen. Rand Paul, R-Ky., told Fox News that polls could be way off.", "Rand Paul"),
        ("“I would have been sitting in Siberia,” Mr. Daniloff, now 81 and retired in "
         "Cambridge, Mass., said by telephone this week.", "Daniloff"),
        ("“The new plans will not solve this challenge,” Anne Richards, assistant secretary "
         "of state for population, refugees, and migration, said on the same call.",
         "Anne Richards"),
    ]
    for sentence, name in cases:
        found = extractor.extract("Talks resumed.\n\n" + sentence, DAY)
        assert len(found) == 1 and name in found[0].mention, (sentence, found)
        assert found[0].mention.startswith(("Mr.", "Sen.", "Anne")), found


def test_a_quote_in_an_opening_participle_is_not_the_statement(
        extractor: Extractor) -> None:
    text = ("Talks resumed. Remarking upon her “genuine empathy,” Jane Doe said, “Leave aside "
            "the unpleasantness.”")
    found = extractor.extract(text, DAY)
    assert [s.content for s in found if s.kind == "direct"] == [
        "Leave aside the unpleasantness."], found


def test_said_and_a_weekday_is_no_content(extractor: Extractor) -> None:
    text = ("Talks resumed.\n\nA couple and their two children were among the passengers, "
            "foreign ministry spokesman Benali Abdelaziz said Thursday.")
    found = extractor.extract(text, DAY)
    assert [s.content for s in found] == [
        "A couple and their two children were among the passengers"], found
    found = extractor.extract("Talks resumed.\n\nThe airline said Thursday.", DAY)
    assert found == []


def test_said_nearly_every(extractor: Extractor) -> None:
    text = ("Talks resumed.\n\nMike Shields, president of the Leadership Fund, a group allied "
            "with House leaders, said nearly every donor wants a firewall.")
    found = extractor.extract(text, DAY)
    assert [s.content for s in found] == ["nearly every donor wants a firewall"], found


def test_quote_then_when_ends_the_content(extractor: Extractor) -> None:
    text = ("Talks resumed. Jane Doe had previously said, “We’ll see,” when asked whether "
            "she would run again.")
    found = extractor.extract(text, DAY)
    assert [s.content for s in found] == ["We’ll see"], found


def test_quote_after_a_described_speaker_is_theirs(extractor: Extractor) -> None:
    text = ("Jane Doe opened the meeting.\n\nThe mayor said the budget was balanced.\n\n"
            "“We have no choice. The numbers are clear.”")
    found = extractor.extract(text, DAY)
    quote = [s for s in found if s.kind == "direct"]
    assert len(quote) == 1 and quote[0].mention == "The mayor", found


def test_inverted_speaker_with_complement_and_apposition(extractor: Extractor) -> None:
    cases = {
        "said a former spokesman for the Foreign Ministry.":
            "a former spokesman for the Foreign Ministry",
        "said Oleg Voloshyn, a former spokesman.": "Oleg Voloshyn",
        "said Oleg Voloshyn, who attended.": "Oleg Voloshyn",
    }
    for tail, mention in cases.items():
        found = extractor.extract(f"Talks resumed. He had a voice in decisions, {tail}", DAY)
        assert [(s.mention, s.content) for s in found] == [
            (mention, "He had a voice in decisions")], (tail, found)


def test_said_then_adding_gives_two_statements(extractor: Extractor) -> None:
    text = "Talks resumed. The talks failed, Jane Doe said, adding that the union would strike."
    found = extractor.extract(text, DAY)
    assert sorted((s.cue, s.content) for s in found) == [
        ("adding", "the union would strike"), ("said", "The talks failed")], found
