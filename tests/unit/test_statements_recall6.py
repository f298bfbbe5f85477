"""Recall, round 6 (issue 13, branch ``quotes13``): sentence ends after abbreviations."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.statements.quotes import find_quotes, split_units

DAY = date(2019, 3, 8)


def _sentences(text: str) -> list[str]:
    return [text[u.start : u.end] for u in split_units(text, find_quotes(text))]


@pytest.mark.parametrize(("text", "first"), [
    ("The polls close at 7 p.m. He says the turnout is high.",
     "The polls close at 7 p.m."),
    ("The company moved to the U.S. The board agreed to the plan.",
     "The company moved to the U.S."),
], ids=["p.m.-he", "u.s.-the"])
def test_a_final_abbreviation_before_a_pronoun_or_determiner_ends_the_sentence(
        text: str, first: str) -> None:
    assert _sentences(text)[0] == first


@pytest.mark.parametrize("text", [
    "Sen. The Honourable Jane Doe spoke first.",  # a title goes on into the name
    "The vote is at 9 a.m. Friday in the council chamber.",  # not a sentence opener
])
def test_a_title_or_a_following_name_keeps_the_sentence(text: str) -> None:
    assert len(_sentences(text)) == 1


def test_a_quote_after_a_time_gets_its_own_speaker(extractor: Extractor) -> None:
    text = ("Jane Doe says she will wait for the results after the polls close at 7 p.m. "
            "He says “it is interesting that so many voters are still undecided.”")
    found = extractor.extract(text, DAY)
    direct = [s for s in found if s.kind == "direct"]
    assert len(direct) == 1, found
    assert direct[0].content.startswith("it is interesting")


@pytest.mark.parametrize(("text", "end"), [
    ("Jane Doe says she is “excited about where we stand” as she faces a hard test in the "
     "primary.", "where we stand"),
    ("John Roe said the party was “a family again” while the delegates filed out of the hall.",
     "a family again"),
], ids=["as", "while"])
def test_a_circumstance_after_a_closing_quote_ends_the_content(
        extractor: Extractor, text: str, end: str) -> None:
    found = [s for s in extractor.extract(text, DAY) if s.kind == "mixed"]
    assert len(found) == 1, found
    assert found[0].content.rstrip("”\"").endswith(end), found[0].content


def test_a_reported_because_clause_stays_in_the_content(extractor: Extractor) -> None:
    text = "Jane Doe said the plan was “a disaster” because the costs kept rising."
    found = [s for s in extractor.extract(text, DAY) if s.kind == "mixed"]
    assert len(found) == 1 and "costs kept rising" in found[0].content, found


@pytest.mark.parametrize(("text", "speaker"), [
    # a title inside the apposition is no sentence start
    ('Jane Roe, the author of "Going Viral," a book about rumours, said the days of one '
     'shared story "are long gone."', "Jane Roe"),
    ("“We have had better meetings than this one,” delegate John Doe, wearing a hat and "
     "“Vote Roe” pins, said matter-of-factly.", "John Doe"),
    # a short description before the name opens the sentence
    ("Minnesota state delegate Mary Susan, clad in a red cape, said the convention could "
     "be a failure.", "Mary Susan"),
], ids=["title-in-apposition", "slogan-in-apposition", "description-before-name"])
def test_the_name_before_a_long_apposition_speaks(extractor: Extractor, text: str,
                                                  speaker: str) -> None:
    found = extractor.extract(text, DAY)
    assert len(found) == 1, found
    assert found[0].speaker == speaker, found


def test_an_age_after_an_inverted_cue_is_the_speaker(extractor: Extractor) -> None:
    text = "“The city has changed a great deal,” said the 71-year-old. “I hardly know it.”"
    found = extractor.extract(text, DAY)  # (the second quote is a statement of its own)
    assert len(found) == 2 and {s.kind for s in found} == {"direct"}, found
    assert all("71-year-old" in (s.extra.get("mention") or s.speaker or "") for s in found), \
        found


@pytest.mark.parametrize("text", [
    "The researchers found that towns hit by the closures were more likely to vote for change.",
    "After a long inquiry, the ombudsman found that the agency had ignored the complaints.",
], ids=["researchers", "ombudsman"])
def test_people_who_found_that_report_a_finding(extractor: Extractor, text: str) -> None:
    found = extractor.extract(text, DAY)
    assert len(found) == 1 and found[0].kind == "indirect", found


def test_found_with_an_object_is_no_statement(extractor: Extractor) -> None:
    assert extractor.extract("Police found the car in the river on Monday.", DAY) == []


def test_a_quote_inside_a_phrase_after_the_cue_takes_the_whole_phrase(
        extractor: Extractor) -> None:
    text = "She is noting the “very serious problems” the council had with the budget."
    found = [s for s in extractor.extract(text, DAY) if s.kind in {"direct", "mixed"}]
    assert len(found) == 1, found
    assert found[0].kind == "mixed" and found[0].content.startswith("the “very"), found


@pytest.mark.parametrize(("text", "end"), [
    ("She also called for more “flexibility” for the advisers who train local forces.",
     "train local forces"),
    ("The mayor warned of a “ferocious” fight over the budget next spring.",
     "budget next spring"),
], ids=["call-for", "warn-of"])
def test_a_stance_content_goes_on_past_its_quote(extractor: Extractor, text: str,
                                                 end: str) -> None:
    found = [s for s in extractor.extract(text, DAY) if s.kind == "mixed"]
    assert len(found) == 1 and found[0].content.endswith(end), found


def test_a_naming_stance_still_ends_with_its_quote(extractor: Extractor) -> None:
    found = extractor.extract("He called Palin a “total clown” on his show on Monday.", DAY)
    assert len(found) == 1 and found[0].content.endswith("clown”"), found


@pytest.mark.parametrize("text", [
    "Jane Doe said much of her meeting with the premier was about housing.",
    "Police said more than 100 people had been evacuated from the area.",
], ids=["much-of", "more-than"])
def test_a_quantity_before_of_or_than_opens_the_reported_clause(extractor: Extractor,
                                                                text: str) -> None:
    found = extractor.extract(text, DAY)
    assert len(found) == 1 and found[0].kind == "indirect", found


def test_a_quantity_alone_is_an_object(extractor: Extractor) -> None:
    assert extractor.extract("He said little about the plan on Monday.", DAY) == []


@pytest.mark.parametrize(("text", "content"), [
    ("The clubs adapted to what the consultant said is a growing demand for pools.",
     "what the consultant said is a growing demand for pools"),
    ("The new rules, which officials said will take effect in May, do not cover trucks.",
     "which officials said will take effect in May"),
], ids=["what", "which"])
def test_a_relative_clause_around_a_cue_is_the_content(extractor: Extractor, text: str,
                                                       content: str) -> None:
    found = extractor.extract(text, DAY)
    assert len(found) == 1 and found[0].content == content, found


def test_what_someone_said_as_an_object_is_no_statement(extractor: Extractor) -> None:
    assert extractor.extract("Nobody heard what she said at the meeting.", DAY) == []


def test_an_aside_between_dashes_after_the_cue_is_skipped(extractor: Extractor) -> None:
    text = "Jane Doe said — on the radio, as it happens — that the budget would be cut."
    found = extractor.extract(text, DAY)
    assert len(found) == 1 and found[0].content == "the budget would be cut", found


@pytest.mark.parametrize(("text", "content"), [
    ("Jane Doe says, she is staying in the race until the end.",
     "she is staying in the race until the end"),
    ("Jane Doe said, however, the plan would fail without more money.",
     "the plan would fail without more money"),
], ids=["comma-pronoun", "comma-interjection"])
def test_a_clause_after_a_comma_tag_is_the_content(extractor: Extractor, text: str,
                                                   content: str) -> None:
    found = extractor.extract(text, DAY)
    assert len(found) == 1 and found[0].content == content, found


@pytest.mark.parametrize(("text", "content"), [
    ("According to early results of exit polls conducted for the broadcaster and two daily "
     "newspapers, nearly half of the voters were angry.", "nearly half of the voters were angry"),
    ("It has not gone unnoticed: according to recent polls, the mayor holds only 14 percent "
     "of the vote.", "the mayor holds only 14 percent of the vote"),
], ids=["long-source", "after-a-colon"])
def test_according_to_a_source_then_a_clause(extractor: Extractor, text: str,
                                             content: str) -> None:
    found = extractor.extract(text, DAY)
    assert len(found) == 1 and found[0].content == content, found


def test_a_dotted_initialism_keeps_its_dot_and_its_sentence(extractor: Extractor) -> None:
    assert len(_sentences("He met F.B.I. Director Jane Roe on Monday.")) == 1
    assert len(_sentences("He called the F.B.I. The agency said nothing.")) == 2
    text = "He bought a jet. According to F.A.A. records, the jet has flown 333 hours."
    found = extractor.extract(text, DAY)
    assert len(found) == 1 and found[0].content == "the jet has flown 333 hours", found
