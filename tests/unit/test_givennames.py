"""Given names of the world (monitor.statements.givennames): the table read from the
nomquamgender package's data, what it leaves out, and what the speaker rules do with it."""

from __future__ import annotations

import importlib.metadata
from datetime import date

import pytest

from monitor.statements import Extractor, givennames
from tests.support.statements import one_with

DAY = date(2025, 5, 21)


@pytest.mark.parametrize(("word", "gender"), [
    ("Racheli", "f"), ("Kaja", "f"), ("Olena", "f"), ("Rustem", "m"), ("Yahya", "m"),
    ("Mykola", "m"), ("Seth", "m"),
    # both genders, or a place, a title, a month: no gender
    ("Kim", ""), ("Jordan", ""), ("Georgia", ""), ("Israel", ""), ("General", ""),
    ("June", ""), ("Police", ""),
])
def test_the_table_knows_given_names_and_leaves_out_the_rest(word: str, gender: str) -> None:
    assert givennames.given_name_gender(word) == gender


def test_without_the_package_the_table_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> None:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(givennames.importlib.metadata, "distribution", missing)
    givennames._tables.cache_clear()
    try:
        assert givennames.given_names() == {}
        assert givennames.given_name_gender("Racheli") == ""
    finally:
        givennames._tables.cache_clear()


def test_a_name_the_lexicon_lacks_is_a_person_for_later_pronouns(extractor: Extractor) -> None:
    found = list(extractor.extract(
        "For Racheli Baak, that dream was shattered when her daughter was born. She said the "
        "surgery went well.", DAY))
    assert one_with(found, "the surgery went well").speaker == "Racheli Baak"


def test_a_word_that_starts_several_names_is_no_given_name(extractor: Extractor) -> None:
    """"Miami Gardens", "Miami Fire Rescue": a city, though the data holds "Miami" as a
    given name; "she" is not the city."""
    found = list(extractor.extract(
        "Miami Gardens police and Miami Fire Rescue arrived. Officer Ana Ruiz said the road was "
        "closed. She said the case was hard.", DAY))
    assert one_with(found, "the case was hard").speaker == "Ana Ruiz"


def test_a_place_after_a_preposition_of_place_is_no_one(extractor: Extractor) -> None:
    """"Kerem" is a given name in the data; "trucks from Kerem Shalom", "the crossing of Kerem
    Shalom" are a place, and "two officials" later are not its people."""
    found = list(extractor.extract(
        "Trucks crossed at the border crossing of Kerem Shalom. No trucks moved from Kerem "
        "Shalom to warehouses, two U.N. officials said. Abdelhalim Awad said the crossing was "
        "closed. Two officials said the case was hard.", DAY))
    assert "Kerem" not in (one_with(found, "the case was hard").speaker or "")
