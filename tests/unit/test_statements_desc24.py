"""Descriptions of a person whose post the article writes before their name, before or after
(issue 13, twenty-fourth session, branch desc24; docs/design.md "desc24")."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor, default_registry
from monitor.types import Statement


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(default_registry(), unit="statement")


def _speakers(extractor: Extractor, text: str, day: date | None = None) -> list[str | None]:
    statements: list[Statement] = sorted(extractor.extract(text, day), key=lambda s: s.start)
    return [s.speaker for s in statements]


def test_a_post_in_lower_case_before_a_name_then_the_post(extractor: Extractor) -> None:
    text = ("Police commissioner Charles Ramsey says she was escorted out. Seven employees "
            "were trapped. The commissioner says he has trained many officers.")
    assert _speakers(extractor, text)[-1] == "Charles Ramsey"


def test_the_post_before_its_holder_is_named(extractor: Extractor) -> None:
    text = ("The club owner says they were having a party. Police came. \"They did not "
            "stop,\" owner Nate Edwards said.")
    assert _speakers(extractor, text)[0] == "Nate Edwards"


def test_a_post_after_an_honorific(extractor: Extractor) -> None:
    text = ("She asked senior coroner Dr James Adeley to call them. Mr Forshaw said he was "
            "there. The coroner pointed out that Forshaw had lied.")
    assert _speakers(extractor, text)[-1] == "James Adeley"


def test_a_possessed_post_in_apposition(extractor: Extractor) -> None:
    text = ("Tom Lee, the store's owner, said he was robbed. Police said a man fled. The "
            "owner said the man had a gun.")
    assert _speakers(extractor, text)[-1] == "Tom Lee"


def test_another_owner_stays_described(extractor: Extractor) -> None:
    text = ("In 2001, pub owner John Russell Houser spoke at a meeting. He was evicted later. "
            "The new owner told police Houser had trashed the home.")
    assert _speakers(extractor, text)[-1] == "The new owner"


def test_an_unnamed_source_stays_unnamed(extractor: Extractor) -> None:
    text = ("A Conservative Party spokesman said it was nonsense. Jane Doe, a neighbour, "
            "said it was fine. The spokesman added that it was over. Later, spokesman John "
            "Smith was sacked.")
    assert _speakers(extractor, text)[-1] == "A Conservative Party spokesman"


def test_two_holders_of_the_post_are_no_one(extractor: Extractor) -> None:
    text = ("Bar owner Bob Hall said it was fine, and owner Nate Edwards agreed. Police came. "
            "The owner said the party was over.")
    assert _speakers(extractor, text)[-1] != "Nate Edwards"


def test_a_capitalised_rank_no_title_word_names(extractor: Extractor) -> None:
    text = ("Deputies came, said Harris County Sheriff Adrian Garcia. Officials believe two "
            "are witnesses. Both were hurt, the sheriff said.")
    assert _speakers(extractor, text)[-1] == "Adrian Garcia"


def test_an_abbreviated_rank(extractor: Extractor) -> None:
    text = "Shots were fired, Lt. Lee Horton said. Residents called 911, the lieutenant said."
    assert _speakers(extractor, text)[-1] == "Lee Horton"


def test_the_company_is_the_name_that_just_spoke(extractor: Extractor) -> None:
    text = ("Three cables were cut. Telecom Italia said it was an accident. The company says "
            "traffic is being rerouted.")
    assert _speakers(extractor, text)[-1] == "Telecom Italia"


def test_a_post_apposed_without_an_article(extractor: Extractor) -> None:
    text = ("The four died, said Christopher Gramiccioni, Monmouth County acting prosecutor. "
            "After the fire, they were taken away. The cause of death is unknown, the "
            "prosecutor said.")
    assert _speakers(extractor, text)[-1] == "Christopher Gramiccioni"


def test_a_name_before_a_cue_is_no_apposed_post(extractor: Extractor) -> None:
    text = ("\"We will appeal the case against Tom Jones,\" said the prosecutor. Police said a "
            "man fled. The prosecutor said the man had a gun.")
    assert _speakers(extractor, text)[-1] != "Tom Jones"
