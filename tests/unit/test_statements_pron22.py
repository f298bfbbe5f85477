"""Speakers, pron22 (issue 13): pronouns by number and animacy. "It" is never a person: it
stands for the organisation or written thing that is its sentence's subject or the one before
("The committee released a statement. It said"), for a name nothing makes a person ("Hamas
said ... It said") and, failing those, for the one written thing the sentence before named
("cited a 2001 memorandum ... It says"). The texts are written for the tests in wire style;
the organisations and people in them are invented or generic, so that the rules and not the
registry find them."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.types import Statement
from tests.support.statements import one_with as _one

DAY = date(2026, 12, 1)


def _said(extractor: Extractor, text: str, needle: str) -> Statement:
    """The one statement of ``text`` (on :data:`DAY`) whose content holds ``needle``."""
    return _one(list(extractor.extract(text, DAY)), needle)


def test_it_is_the_body_that_opens_the_sentence_before(extractor: Extractor) -> None:
    # "The committee released a statement": the committee, not "the committee released a
    # statement" read as one noun phrase up to the written thing
    text = ("The committee released a statement on Friday. It said the vote on the grain "
            "corridor would go ahead.")
    assert _said(extractor, text, "grain corridor").speaker == "The committee"


@pytest.mark.parametrize(("opening", "expected"), [
    ("The Lindqvist campaign watched the polls all year, and at key moments it", "campaign"),
    ("Lindqvist's campaign put out a statement on Monday. On taxes, it", "campaign"),
    ("The union, which represents 40,000 nurses, called the offer an insult. It", "union"),
])
def test_it_is_an_organisation_subject(extractor: Extractor, opening: str,
                                       expected: str) -> None:
    text = f"{opening} said the tide had turned in the northern districts."
    speaker = _said(extractor, text, "northern districts").speaker or ""
    assert speaker.lower().endswith(expected)


def test_it_is_a_name_no_rule_makes_a_person(extractor: Extractor) -> None:
    # Hamas spoke; the next "It said" is Hamas, not an organisation named sentences before
    text = ("The Ministry of Defence said drones were shot down over the sea. Officials in "
            "Cairo hosted the talks. Hamas said it had accepted the proposal. It said the "
            "ceasefire in the enclave must be permanent.")
    assert _said(extractor, text, "must be permanent").speaker == "Hamas"


def test_it_is_the_written_thing_the_sentence_before_named(extractor: Extractor) -> None:
    text = ("Officials in Manila cited a 2001 memorandum issued by the immigration bureau. It "
            "says foreign nationals who insult the republic can be barred.")
    assert _said(extractor, text, "can be barred").speaker == "a 2001 memorandum"


def test_it_is_no_written_thing_when_its_sentence_names_an_organisation(
        extractor: Extractor) -> None:
    # the sentence before names "a private email", but "it" has an organisation of its own
    # sentence to stand for: leave the written thing alone
    text = ("Since Ms. Lindqvist used a private email, officials have been watching the web. "
            "Documents from the Northern Farmers Union began circulating after it announced "
            "a breach of its servers.")
    # (an act announced is an attribution, PolNeAR's unit; the product reports no statement)
    attribution = Extractor(extractor.registry, unit="attribution")
    assert _said(attribution, text, "a breach").speaker != "a private email"
    assert not any("a breach" in s.content for s in extractor.extract(text))


def test_they_is_not_a_list_named_after_it(extractor: Extractor) -> None:
    # the list of judges is written after "they": the pronoun is the authors named before
    text = ("Anna Berg, a law professor in Vienna, along with Judge Lukas Weber and Marta "
            "Nowak, an economist in Warsaw, wrote a study of the court's rulings. In it, they "
            "conclude that four of the judges are the friendliest to business (Karl Brandt, "
            "Otto Fischer, Jan Kowalski and Piotr Zielinski).")
    speaker = _said(extractor, text, "friendliest to business").speaker or ""
    assert "Brandt" not in speaker and "Fischer" not in speaker


@pytest.mark.parametrize(("text", "expected"), [
    ("Meanwhile, on the home front, the Liberals are campaigning hard, and they said the "
     "coastal seats would be won.", "the Liberals"),
    ("Six regional newspapers in Bavaria called the minister unfit to serve. They said the "
     "coastal seats were neglected.", "Six regional newspapers"),
    ("Farm union leaders are wary of the deal, but they said the coastal seats mattered.",
     "Farm union leaders"),
])
def test_they_is_the_plural_subject(extractor: Extractor, text: str, expected: str) -> None:
    assert _said(extractor, text, "coastal seats").speaker == expected


@pytest.mark.parametrize("text", [
    # a passive's subject is done to: the opponents speak, not the measures
    "Such measures have been met with fierce opposition by farmers. They said the coastal "
    "seats were lost.",
    # "wants" is a verb after a person's name, no plural subject
    "Marta Nowak wants a recount, and they said the coastal seats were lost.",
])
def test_they_is_no_passive_or_verb_subject(extractor: Extractor, text: str) -> None:
    speaker = _said(extractor, text, "coastal seats").speaker or ""
    assert "measures" not in speaker and "wants" not in speaker


def test_who_before_a_circumstance_is_the_name_before(extractor: Extractor) -> None:
    # "who in two earlier opinions had made clear": the circumstance is no part of the
    # speaker; "who" is the judge named before its comma
    text = ("The chief judge assigned the opinion to Judge Karl Brandt, who in two earlier "
            "opinions had made clear that he was ready to overturn the coastal ruling.")
    assert _said(extractor, text, "coastal ruling").speaker == "Karl Brandt"


def test_initials_make_a_person_he_may_be(extractor: Extractor) -> None:
    # "C. Boyden Gray": the first name is unknown, but initials before a surname are a
    # person's shape, who is "he" as readily as a man named before
    text = ("\"I answer every question,\" Marek Kowalski said. Old friends still admire "
            "Mr. Kowalski. C. Boyden Grayling, who served as counsel under Mr. Kowalski's "
            "father, ticked through the family's code: \"Civility and good manners were "
            "assumed in the coastal towns,\" he said.")
    assert _said(extractor, text, "coastal towns").speaker == "C. Boyden Grayling"


def test_who_after_a_copula_is_the_subject(extractor: Extractor) -> None:
    # "X is the prosecutor who charged ...": the description is what X is
    text = ("Marta Nowak is the state prosecutor who told reporters that the mayor had lied "
            "about the coastal land deal.")
    assert _said(extractor, text, "coastal land deal").speaker == "Marta Nowak"
