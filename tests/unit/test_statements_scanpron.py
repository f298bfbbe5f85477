"""Scan of pronoun speakers (issue 13, round 33): a named speaker whose given name the data
does not know takes the gender of the "she" or "he" that opens the clause their verb of
saying reports without "that" ("Tayvia Brondell, 19, said she was in the library"), as after
"said that", so that a later "he" is not her."""

from __future__ import annotations

from tests.support.statements import extract, one_with

LIBRARY = ("Tayvia Brondell, 19, said she was in the library when the alarm went off. "
           "The intruder then walked into the reading room. "
           "He said he wanted the money for his rent.")


def test_said_she_gives_the_speaker_her_gender() -> None:
    found = extract(LIBRARY)
    assert one_with(found, "was in the library").speaker == "Tayvia Brondell"
    assert one_with(found, "wanted the money").speaker != "Tayvia Brondell"


SELF = ("BOSTON (Reuters) — In this article Fewer than half of the grocer's stores now stock the "
        "new oat drinks because of their price. But the chain's delivery arm Cartway has signed "
        "a contract with two dairies which it said will cut costs for its shoppers.")


def test_the_text_naming_itself_is_no_its_referent() -> None:
    found = extract(SELF)
    assert one_with(found, "will cut costs").speaker != "this article"
