"""Recall, round 3 (issue 13): attribution tags after a quote's own full stop, partial quotes
in a subject's predicate, 'according to' in its general shapes, general reporting verbs."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor
from monitor.statements.quotes import find_quotes, split_units
from monitor.types import Statement

DAY = date(2019, 3, 8)


def _one(found: list[Statement], needle: str) -> Statement:
    hits = [s for s in found if needle in s.content]
    assert len(hits) == 1, (needle, found)
    return hits[0]


def test_tag_after_question_mark_joins_its_quote(extractor: Extractor) -> None:
    text = ("Jane Doe spoke first. “Can we win Ontario?” John Smith asked. "
            "“We won!” Mary Major said at the rally.")
    units = split_units(text, find_quotes(text))
    assert len(units) == 3  # the two tags are not sentences of their own
    found = extractor.extract(text, DAY)
    assert _one(found, "win Ontario").speaker == "John Smith"
    assert _one(found, "We won").speaker == "Mary Major"


def test_new_sentence_after_a_quote_is_not_a_tag() -> None:
    text = "“We are ready.” He said the talks would start on Monday, and left the room early."
    units = split_units(text, find_quotes(text))
    assert len(units) == 2  # "He said the talks ..." reports something new


def test_partial_quote_in_a_predicate(extractor: Extractor) -> None:
    text = "Jane Doe spoke on Monday. She sneers at the “great wall of protectionism” daily."
    s = _one(extractor.extract(text, DAY), "great wall")
    assert s.speaker == "Jane Doe" and s.kind == "mixed" and s.extra.get("via") == "partial-quote"


def test_titles_and_scare_quotes_are_not_partial_quotes(extractor: Extractor) -> None:
    for text in ("Richard Roe ran on the slogan “Experience Counts” in 1960.",
                 "Richard Roe hosts “The Nightly Show” on Fridays.",
                 "Richard Roe denounced the “surge” again."):
        assert [s for s in extractor.extract(text, DAY) if s.extra.get("via")] == [], text


def test_according_to_shapes(extractor: Extractor) -> None:
    cases = {
        "Clinton won the primary in Puerto Rico, according to early returns.":
            ("Clinton won the primary in Puerto Rico", "early returns"),
        "About 82 percent view the plan unfavourably according to the poll.":
            ("About 82 percent view the plan unfavourably", "the poll"),
        "According to law enforcement officials, the account was linked to an email.":
            ("the account was linked to an email", "law enforcement officials"),
        "While most were confidential, according to a State Department official, two were "
        "upgraded to secret.": ("two were upgraded to secret", "a State Department official"),
        "Section 1001 applies “when individuals make false statements,” according to the "
        "outlet.": ("Section 1001 applies", "the outlet"),
    }
    for text, (content, mention) in cases.items():
        s = _one(extractor.extract(text, DAY), content)
        assert s.content.startswith(content) and s.mention == mention, (text, s)


def test_general_reporting_verbs(attributions: Extractor) -> None:
    cases = {
        "Jane Doe speculated that the talks would fail.": "speculated",
        "Jane Doe conceded the vote was close.": "conceded",
        "Jane Doe lambasted the budget plan as reckless.": "lambasted",
        "Jane Doe railed against the carbon tax on Monday.": "railed against",
        "Jane Doe made it clear that she would run again.": "made it clear",
        "As Jane Doe put it, “the numbers do not add up.”": "put it",
        "Jane Doe realized that the deal was dead.": "realized",
    }
    for text, cue in cases.items():
        found = attributions.extract(text, DAY)
        assert [s.cue for s in found] == [cue], (text, found)
        assert found[0].speaker == "Jane Doe"


def test_noun_readings_of_new_verbs_are_not_cues(extractor: Extractor) -> None:
    for text in ("The protest drew thousands to the square.",
                 "Jane Doe realized her dream of a title.",  # clause verbs need that/quote/colon
                 "Her remarks were a reminder of the stakes."):
        assert extractor.extract(text, DAY) == [], text


def test_speaker_before_a_parenthesis(extractor: Extractor) -> None:
    text = "Attorney General Jane Doe (D) asserted that trust in the police is broken."
    s = _one(extractor.extract(text, DAY), "trust in the police")
    assert s.speaker == "Jane Doe" and s.cue == "asserted"


def test_study_with_its_author_finds(attributions: Extractor) -> None:
    text = "Students take 112 tests, a study by the Council of the Great City Schools found."
    s = _one(attributions.extract(text, DAY), "Students take 112 tests")
    assert s.mention.startswith("a study by") and s.cue == "found"


def test_aside_between_cue_and_that(extractor: Extractor) -> None:
    text = "Jane Doe said, in a letter to the board, that the plant would close."
    s = _one(extractor.extract(text, DAY), "the plant would close")
    assert s.speaker == "Jane Doe"


def test_titles_of_other_countries_and_relative_clause_of_an_inverted_speaker(
        extractor: Extractor) -> None:
    cases = {
        "The talks will resume, the prime minister’s spokesman said.":
            "the prime minister’s spokesman",
        "The talks will resume, the provincial health minister said.":
            "the provincial health minister",
        "The talks will resume, said an official who was briefed on the details.":
            "an official",
    }
    for text, mention in cases.items():
        found = extractor.extract(text, DAY)
        assert [(s.mention, s.content) for s in found] == [(mention, "The talks will resume")]


def test_bodies_of_other_countries_news_speak(extractor: Extractor) -> None:
    cases = {
        "The union called the offer “an insult to workers.”": "The union",
        "The court ruled that the law was unconstitutional.": "The court",
        "Opposition MPs said the budget was a missed opportunity.": "Opposition MPs",
    }
    for text, mention in cases.items():
        found = extractor.extract(text, DAY)
        assert [s.mention for s in found] == [mention], (text, found)


def test_medium_between_cue_and_bare_clause(extractor: Extractor) -> None:
    for text in ("Jane Doe, a spokeswoman for the ministry, said in an email the review was "
                 "ongoing.", "Jane Doe said on Twitter the review was ongoing."):
        s = _one(extractor.extract(text, DAY), "review was ongoing")
        assert s.content == "the review was ongoing" and s.speaker == "Jane Doe", text
