"""A singular speaker's noun phrase whose modifiers the walk stopped in, and titles resolved
to the wrong holder (issue 13, round 33, product scan of titles and fragments)."""

from __future__ import annotations

import pytest

from tests.support.statements import extract, one_with


@pytest.mark.parametrize(("text", "needle", "mention"), [
    ("On Friday, a high-level U.S. naval commander said the raids would fail.",
     "raids", "a high-level U.S. naval commander"),
    ("Japan's trade ministry said that the new tariffs were unfair.",
     "tariffs", "Japan's trade ministry"),
    ("The housing and planning secretary says the reforms are overdue.",
     "reforms", "The housing and planning secretary"),
    ("The bridge was closed on Monday. That committee said it would review the plans.",
     "review", "That committee"),
    ("An elderly woman stated somebody was trying to break in.", "somebody", "An elderly woman"),
    ("His rival's campaign admits they edited the video.", "edited", "His rival's campaign"),
])
def test_a_singular_speakers_modifiers_back_to_their_opener(text: str, needle: str,
                                                             mention: str) -> None:
    assert one_with(extract(text), needle).mention == mention


def test_a_persons_possessive_leaves_the_title_to_the_titles() -> None:
    # "President Trump's hostage envoy": the envoy a person serves, which the titles resolve
    text = ("Special Envoy Adam Boehler met families in Jerusalem on Sunday. President "
            "Trump's hostage envoy told reporters that the talks would resume.")
    found = one_with(extract(text), "talks would")
    assert found.mention != "President Trump's hostage envoy"


@pytest.mark.parametrize("text", [
    ("The paramilitary Northern Defence Forces have been pushed out of the capital region, "
     "says the military."),
    ("Most attacks in the province are claimed by the Western Liberation Army. The military "
     "said the bombing was planned abroad."),
])
def test_the_military_is_no_armed_group_fighting_it(text: str) -> None:
    found = one_with(extract(text), "apital" if "capital" in text else "bombing")
    assert found.speaker not in {"Northern Defence Forces", "Western Liberation Army"}


def test_the_military_is_a_states_forces_named_before() -> None:
    text = ("The Israel Defense Forces struck the port on Sunday. The military said the port "
            "was used to smuggle weapons.")
    assert one_with(extract(text), "smuggle").speaker == "Israel Defense Forces"


def test_a_member_of_parliament_holds_no_office_the_article_does_not_give() -> None:
    text = ("Devon MP Alan Marsh asks the prime minister about the prison. The transport "
            "secretary says rail fares will be frozen.")
    assert one_with(extract(text), "fares").speaker != "Alan Marsh"


@pytest.mark.parametrize(("text", "needle", "mention"), [
    ("The clinic lost its power supply, according to the WHO. The army denied it.",
     "clinic", "the WHO"),
    ("According to federal and state investigators, the gang ran the port for years.",
     "gang", "federal and state investigators"),
    ("The files, according to current and former Treasury officials, were destroyed.",
     "destroyed", "current and former Treasury officials"),
])
def test_an_according_source_whole(text: str, needle: str, mention: str) -> None:
    assert one_with(extract(text), needle).mention == mention


def test_a_negated_auxiliary_is_no_speaker() -> None:
    text = ("Maria Lopez, 52, said she lives on Elm Street but doesn't know the family, but "
            "said it is sad for the town.")
    speakers = {s.speaker for s in extract(text)}
    assert speakers == {"Maria Lopez"}


def test_a_loose_subject_before_a_negated_auxiliary_is_no_statement() -> None:
    text = "Though the rep wouldn't explain the delay, a friend said the singer was tired."
    assert all(s.speaker is None or "n't" not in s.speaker for s in extract(text))
