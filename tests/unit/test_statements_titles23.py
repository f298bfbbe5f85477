"""A registry title ("the secretary of state") is the registry's holder only when the article
gave that office to no one else (twenty-third session): after "Vatican Secretary of State
Cardinal Pietro Parolin said ...", "the secretary of state added" was Marco Rubio, a wrong
alert for a tracked official."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor, default_registry
from monitor.types import Statement

DAY = date(2025, 6, 1)  # Rubio holds the registry's title on this day


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(default_registry())


def _said(extractor: Extractor, text: str, words: str) -> Statement:
    return next(s for s in extractor.extract(text, DAY) if words in s.content)


@pytest.mark.parametrize("opening", [
    "Vatican Secretary of State Cardinal Pietro Parolin said on Monday the Holy See would help.",
    "Cardinal Pietro Parolin, the Vatican's secretary of state, said the Holy See would help.",
    "The Vatican's secretary of state, Cardinal Pietro Parolin, said the Holy See would help.",
])
def test_the_office_the_article_gave_someone_else(extractor: Extractor, opening: str) -> None:
    s = _said(extractor, f"{opening} “Peace is possible,” the secretary of state said.",
              "Peace is possible")
    assert s.speaker is not None and "Parolin" in s.speaker
    assert s.official is None and s.resolution == "title"


def test_an_earlier_holder_the_article_titles_so(extractor: Extractor) -> None:
    text = ("Antony Blinken, the secretary of state, said on Monday the talks would go on. "
            "“Peace is possible,” the secretary of state said.")
    assert _said(extractor, text, "Peace is possible").speaker == "Antony Blinken"


@pytest.mark.parametrize("text", [
    "“Peace is possible,” the secretary of state said on Monday.",
    "Secretary of State Marco Rubio met Lavrov on Monday. “Peace is possible,” the secretary "
    "of state said.",
    # a former holder is not "the secretary of state" of now
    "Former Secretary of State Hillary Clinton said on Monday the talks would fail. “Peace is "
    "possible,” the secretary of state said.",
    # nor is the aide of one
    "An aide to the secretary of state, John Smith, said the talks would go on. “Peace is "
    "possible,” the secretary of state said.",
])
def test_otherwise_the_registry_holder(extractor: Extractor, text: str) -> None:
    assert _said(extractor, text, "Peace is possible").speaker == "Marco Rubio"


FLYNN = ("The committee will issue subpoenas to Michael Flynn, President Trump’s first national "
         "security adviser, the committee’s senior Democrat said on Wednesday.")


def test_a_bodys_party_member_is_not_the_articles_figure(extractor: Extractor) -> None:
    # a real article gave these words to Trump, named in the sentence before the cue
    s = _said(extractor, FLYNN, "subpoenas")
    assert s.official is None and s.speaker not in {"Michael Flynn", "Donald Trump"}
    named_next = FLYNN + " The Democrat, Representative Adam B. Schiff of California, said more."
    assert _said(extractor, named_next, "subpoenas").speaker == "Adam B. Schiff"


def test_the_party_epithet_without_a_body_is_still_the_figure(extractor: Extractor) -> None:
    text = "Senator Bernie Sanders spoke in Iowa. The Democrat said the system was rigged."
    assert _said(extractor, text, "rigged").speaker == "Bernie Sanders"


KAZAN = ("Russian President Vladimir Putin has backed the projects, Deputy Prime Minister Marat "
         "Khusnullin said in Kazan. “The president and I support the cooperation,” he said. "
         "The areas may be explored as part of the national project, the official added.")


def test_a_speaker_inside_the_tags_words_is_no_later_he(extractor: Extractor) -> None:
    # a real TASS article gave all three to Putin: his "has backed" was noted as a speaker's
    for words in ("support the cooperation", "national project"):
        assert _said(extractor, KAZAN, words).speaker == "Marat Khusnullin"


def test_the_tags_speaker_rule_leaves_a_leading_speaker(extractor: Extractor) -> None:
    text = ("Carson told reporters that Costa had reported the story, and he said the report "
            "was wrong. “It never happened,” he said.")
    assert _said(extractor, text, "never happened").speaker == "Carson"


@pytest.mark.parametrize("body", ["Department of Health", "Department for Health and Social Care"])
def test_a_bodys_spokesperson_is_described_whole(extractor: Extractor, body: str) -> None:
    # the speaker was "Department": the body's name cut at its "of" or "for"
    s = _said(extractor, f"A {body} spokesperson said the plan was being reviewed.", "plan")
    assert s.speaker == f"A {body} spokesperson" and s.resolution == "description"


def test_a_name_before_of_is_still_the_person(extractor: Extractor) -> None:
    s = _said(extractor, "Joel Pollak of Breitbart California said it was fake.", "fake")
    assert s.speaker == "Joel Pollak"


@pytest.mark.parametrize("people", ["Firemen", "Policemen", "Congressmen"])
def test_plural_agents_in_men_are_described(extractor: Extractor, people: str) -> None:
    s = _said(extractor, f"{people} said the road was closed.", "road")
    assert s.speaker == people and s.resolution == "description"


def test_yemen_is_still_a_name(extractor: Extractor) -> None:
    assert _said(extractor, "Yemen said the strikes had stopped.", "strikes").resolution == "name"


LAMMY = ("“I have seen the consequences,” UK Foreign Minister David Lammy said in a statement. "
         "The Israel Foreign Ministry responded to the suspension, saying, “The agreement is "
         "for the benefit of both countries.” “The sanctions are puzzling,” the statement said.")


def test_the_statement_after_another_party_spoke_is_not_sure(extractor: Extractor) -> None:
    # a real article gave the Israeli ministry's response to Lammy
    s = _said(extractor, LAMMY, "puzzling")
    assert s.official is None and s.speaker != "David Lammy"


def test_the_statement_of_the_last_issuer(extractor: Extractor) -> None:
    text = ("“It was wrong,” Prosecutor Kym Worthy said in a statement. Prosecutors say the boy "
            "found a gun. The toddler then followed him, the statement said.")
    assert _said(extractor, text, "toddler").speaker == "Kym Worthy"


def test_a_surname_the_article_gives_only_to_a_namesake(extractor: Extractor) -> None:
    # a gva article's "Chief Vance says" (and the "he" after it) was JD Vance
    text = ("Jackson Police Chief Lee Vance says the guns are often legal. Chief Vance says the "
            "problem is old. “We want to move forward,” he says.")
    for words in ("problem is old", "move forward"):
        s = _said(extractor, text, words)
        assert s.speaker == "Lee Vance" and s.official is None


@pytest.mark.parametrize("text", [
    "Vance said the talks would go on.",
    "Vice President JD Vance met Lee Vance, a police chief. Vance said the talks would go on.",
])
def test_the_official_when_the_article_names_him_too(extractor: Extractor, text: str) -> None:
    assert _said(extractor, text, "talks").official == "vance"
