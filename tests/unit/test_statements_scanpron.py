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


CREDIT = ("Alan Rusk is not ruling out a political future, but says that he has no interest in a "
          "run \"anytime soon.\" At the Harbour Forum, he fielded a question about running for "
          "office after his mother steps down. During his answer he did not close the door on "
          "the idea, saying, \"I don't know. Maybe one day.\" NOT EVEN 5 MONTHS INTO RUSK'S "
          "TERM, RIVALS ARE ALREADY EYEING THE 2028 RACE Alan Rusk at the Harbour Forum in "
          "Portland, Maine, on Wednesday, May 21, 2025. (Michael Welks/Bloomberg via Getty "
          "Images) But he insisted in a post on X that he has no plans to run for governor.")


def test_a_photographer_in_a_credit_is_no_ones_pronoun() -> None:
    found = extract(CREDIT)
    assert one_with(found, "no plans to run").speaker == "Alan Rusk"


def test_a_photo_credit_in_parentheses_ends_the_caption_before_the_next_sentence() -> None:
    text = ("Ramos showed the photos, saying the war was over (credit: Ana Lima/Reuters) "
            "Trump then held up printed articles that he said showed the attacks.")
    found = one_with(extract(text), "showed the attacks")
    assert found.speaker == "Donald Trump"
