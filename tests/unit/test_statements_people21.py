"""Speakers, people21 (issue 13): the people an article names, so that a later "he" or "she"
can stand for them. News gives a person's full name once and then writes the surname alone;
a two-word name whose first name no lexicon knows is a person's when the article writes its
second word alone so (round 21). The texts are written for the tests in the topic's wire style
(the Ukraine talks); the people in them are invented, so that the rules and not the registry of
officials or the lexicon of first names find them."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor
from monitor.types import Statement
from tests.support.statements import one_with as _one

DAY = date(2026, 12, 1)


def _said(extractor: Extractor, text: str, needle: str) -> Statement:
    """The one statement of ``text`` (on :data:`DAY`) whose content holds ``needle``."""
    return _one(list(extractor.extract(text, DAY)), needle)


def test_surname_written_alone_makes_a_person(extractor: Extractor) -> None:
    # "Zorvan" is no first name the lexicons know; "Mendaro" alone later is news's second
    # reference to him, so "he" stands for Zorvan Mendaro
    text = ("Zorvan Mendaro came from Odesa to the talks in Geneva on Monday.\n\n"
            "Growing up near the front, Mendaro regularly saw families flee the shelling.\n\n"
            "\"The ceasefire must hold,\" he said.")
    assert _said(extractor, text, "ceasefire must hold").speaker == "Zorvan Mendaro"


def test_surname_after_a_preposition_makes_a_person(extractor: Extractor) -> None:
    text = ("The delegation called on Rahvo Emanski to resign as mayor of the city. Critics "
            "have accused Emanski of hiding the damage. \"We have nothing to hide,\" he said.")
    assert _said(extractor, text, "nothing to hide").speaker == "Rahvo Emanski"


def test_headline_word_before_a_surname_is_no_first_name(extractor: Extractor) -> None:
    # "Understated Kovalo" is a sentence-case headline; the surname has its own first name
    # later ("Deputy Minister Taras Kovalo"): no person "Understated Kovalo"
    text = ("Understated Kovalo raises his profile in Kyiv.\n\n"
            "Deputy Minister Taras Kovalo flew to Geneva on Monday. Officials praised Kovalo "
            "for his patience. \"We are close,\" he said.")
    assert _said(extractor, text, "We are close").speaker == "Taras Kovalo"


def test_modifier_of_a_persons_noun_is_no_surname(extractor: Extractor) -> None:
    # "Christian" before "leaders" is no surname written alone: "Popular Christian" is no one
    text = ("Popular Christian and corporate speaker Lonnie Wallbrook believes he has a word "
            "for the talks. Wallbrook was among the pastors and Christian leaders who met in "
            "Geneva. \"Peace is near,\" he said.")
    assert _said(extractor, text, "Peace is near").speaker != "Popular Christian"


def test_place_pair_is_no_person(extractor: Extractor) -> None:
    # a run after a preposition of place, or a known place, is no one, its last word alone
    # later or not
    text = ("Drones struck Zorvik Halom overnight, and Halom was without power on Monday. "
            "Officials in Halom said the strike was deliberate. \"It was a crime,\" he said.")
    assert _said(extractor, text, "was a crime").speaker != "Zorvik Halom"


def test_initials_before_a_surname_make_a_person(extractor: Extractor) -> None:
    # no first name the lexicons know: the initials are a person's shape
    text = ("The talks in Geneva were attended by J.R. Hollis on Monday. The delegates left "
            "before noon. \"We made progress,\" he said.")
    assert _said(extractor, text, "made progress").speaker == "J.R. Hollis"


def test_initials_of_a_place_are_no_person(extractor: Extractor) -> None:
    text = ("The talks in Geneva were attended by officials of U.S. Steel on Monday. The "
            "delegates left before noon. \"We made progress,\" he said.")
    assert _said(extractor, text, "made progress").speaker != "U.S. Steel"


def test_abbreviated_president_is_a_title(extractor: Extractor) -> None:
    # "Pres." ends no sentence, and the name after it is a person's, whom "he" stands for
    text = ("The envoy also discussed Pres. Olek Marvin's press conference in Geneva on "
            "Monday. The delegates left before noon. \"We made progress,\" he said.")
    assert _said(extractor, text, "made progress").speaker == "Olek Marvin"
