"""Round 27 (news27): rules written from the news develop halves' errors (issue 13) — a
finding read in data or documents, an act or a work announced or written ("wrote the short
stories featured in ..." still reads as a clause and stays), and quote marks typed the wrong
way round or spaced off their quote."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor, default_registry
from monitor.statements.quotes import find_quotes
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str, unit: str = "statement") -> list[Statement]:
    return Extractor(default_registry(), parser="off", unit=unit).extract(text, DAY)


@pytest.mark.parametrize("text", [
    "Court records show he had two prior convictions for assault.",
    "Japan's exports slowed for a second month, government data showed on Wednesday.",
    "A new poll found that most voters had not decided.",
    "The study finds that generative AI will transform more jobs than it destroys.",
])
def test_a_finding_of_data_or_documents_is_no_statement(text: str) -> None:
    assert _extract(text) == []
    # PolNeAR's unit annotates findings: it keeps them
    assert len(_extract(text, "attribution")) == 1


@pytest.mark.parametrize(("text", "speaker"), [
    ("The researchers found that the vaccine cut infections by half.", "The researchers"),
    ("The Center for Economic and Policy Research found that the tax would raise $220 billion.",
     "Center for Economic and Policy Research"),
    ("Pew Research shows that most Americans distrust the survey.", "Pew Research"),
])
def test_people_or_an_organisation_reporting_a_finding_make_a_statement(
        text: str, speaker: str) -> None:
    [st] = _extract(text)
    assert st.speaker == speaker


@pytest.mark.parametrize("text", [
    "EU foreign affairs chief Kaja Kallas announced a review of the bloc's trade partnership.",
    "Robert Koester wrote the book Lost Person Behavior, a guide for search teams.",
    "Taku Eto announced his resignation on Wednesday.",
])
def test_an_act_or_a_work_named_is_no_statement(text: str) -> None:
    assert _extract(text) == []
    assert len(_extract(text, "attribution")) == 1


@pytest.mark.parametrize(("text", "content"), [
    ("Kaja Kallas announced that the bloc would review its trade partnership.",
     "the bloc would review its trade partnership"),
    ("Peskov announced the talks would resume in Istanbul next week.",
     "the talks would resume in Istanbul next week"),
    ("Zelenskyy wrote on Telegram that the attack showed why Ukraine needed air defence.",
     "the attack showed why Ukraine needed air defence"),
])
def test_an_announcement_or_a_writing_with_a_clause_stays(text: str, content: str) -> None:
    [st] = _extract(text)
    assert st.content == content


def test_a_closing_mark_typed_as_the_opening_one_inside_a_paragraph() -> None:
    text = ("“Energy security is at risk,” said IEA executive director Fatih Birol. ”The impact "
            "of a supply shock can be far-reaching.” Birol cited the crisis of 2022.")
    found = _extract(text)
    assert [(s.speaker, s.content) for s in found if s.kind == "direct"] == [
        ("Fatih Birol", "Energy security is at risk"),
        ("Fatih Birol", "The impact of a supply shock can be far-reaching.")]


def test_a_straight_mark_spaced_off_its_quote_opens_it() -> None:
    text = ('"Things are not going in the right direction," said Kathy Jones, chief strategist '
            'at Charles Schwab. " The big, beautiful bill is not going in the right direction '
            'either." The result, Jones said, is higher yields.')
    direct = [s for s in _extract(text) if s.kind == "direct"]
    assert [s.content for s in direct] == [
        "Things are not going in the right direction",
        "The big, beautiful bill is not going in the right direction either."]
    assert {s.speaker for s in direct} == {"Kathy Jones"}


@pytest.mark.parametrize("text", [
    # a closing mark right after its quote's last word, the next sentence after it
    'He called two officers his "friends." She was supposed to be home Friday." NC news.',
    # a closing mark spaced off its quote, the last mark of the paragraph
    '"It\'s a tragic situation.\nWhat else could it be? " Yanes said.\nAsked about it, he left.',
])
def test_a_closing_mark_with_a_space_after_it_opens_nothing(text: str) -> None:
    opened = [q for q in find_quotes(text) if "NC news" in text[q.open_at : q.close_at]
              or "Yanes said" in text[q.open_at : q.close_at]]
    assert opened == []


@pytest.mark.parametrize(("text", "content"), [
    ("Ishiba said he would, as soon as possible, bring rice prices down to below 4,000 yen.",
     "he would, as soon as possible, bring rice prices down to below 4,000 yen"),
    ("The Office for National Statistics said that its key measure of inflation, as measured by "
     "the consumer prices index, rose by 3.5% in the year to April.",
     "its key measure of inflation, as measured by the consumer prices index, rose by 3.5% in "
     "the year to April"),
])
def test_an_aside_inside_the_reported_clause_is_content(text: str, content: str) -> None:
    [st] = _extract(text)
    assert st.content == content


def test_an_as_clause_after_the_reported_clause_is_the_reporters() -> None:
    [st] = _extract("Peskov said the talks had failed, as he faced questions from reporters.")
    assert st.content == "the talks had failed"


def test_the_second_verb_of_a_subordinate_clause_is_its_subjects() -> None:
    text = ("The Golden Dome system comes amid trade talks between the two countries, after "
            "Trump threatened steep tariffs on Canada and said it would be better off as a US "
            "state.")
    [st] = _extract(text)
    assert (st.speaker, st.content) == ("Donald Trump", "it would be better off as a US state")


def test_a_subordinate_clause_without_a_named_subject_leaves_the_main_one() -> None:
    [st] = _extract("Zelenskyy met Trump when the talks began and said peace was near.")
    assert st.speaker == "Volodymyr Zelenskyy"


def test_the_statement_quoted_again_is_still_its_issuers() -> None:
    text = ("TEHRAN (MNA) – Iranian lawmakers have rejected US demands. In a Wednesday "
            "statement, the lawmakers referred to recent remarks by Steve Witkoff. “The "
            "United States regime is on the path of decline,” the statement said. “This regime "
            "supports terrorism.” The statement said weakness had led Washington to retreat in "
            "Yemen. The statement said the US had no choice but to negotiate with Hamas.")
    later = [s for s in _extract(text) if s.kind == "indirect" and s.cue == "said"]
    assert [s.content.split()[0] for s in later] == ["weakness", "the"]
    assert {s.speaker for s in later} == {"the lawmakers"}


def test_a_statement_named_again_in_its_issuers_sentence_is_theirs() -> None:
    text = ("Hall said in a statement that no suspect was in custody. University campus police "
            "said in a statement on Facebook that one victim was flown to hospital, the "
            "statement said. “There does not appear to be a danger to the campus,” the "
            "statement said.")
    [quote] = [s for s in _extract(text) if s.kind == "direct"]
    # the campus police's statement, not Hall's (desc34: the whole description, its noun
    # "campus" kept before the head)
    assert quote.speaker == "University campus police"


@pytest.mark.parametrize("text", [
    "Fox News correspondent Greg Palkot reports on how Israel plans to move further into Gaza.",
    "In the 1980s, Radio Free Europe reported on the aftermath of the Chernobyl accident.",
])
def test_a_topic_reported_on_is_no_statement(text: str) -> None:
    assert _extract(text) == []


@pytest.mark.parametrize("text", [
    "Reuters reported on Monday that the talks had stalled.",
    "Zelenskyy reported on Telegram that the attack had killed five people.",
])
def test_a_report_with_its_claim_stays(text: str) -> None:
    assert len(_extract(text)) == 1
