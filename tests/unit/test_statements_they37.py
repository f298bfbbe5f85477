"""Round 37, second wave (they37): speakers left a bare pronoun (issue 13).

- "they" is a plural of people whose "of" phrase names their cause or body ("Critics of the
  Endangered Species Act often substitute anecdote for fact. They've argued C"), even when a
  name in the "of" phrase was taken for a person's.
- "they" is the described plural subject of the ", and" clause of the sentence before ("The
  White House remains divided, and several senior officials expressed doubts. C, they said").
- "they" is the one named person who spoke in the sentence before, when nothing else can be
  ("Alex Morgan said: 'C.' They also said"): the singular "they"; a body in their title
  ("Greenpeace UK head of politics Ami McCarthy") is no one else.
- "they" is a plural of people without an "-s" that opened the sentence before ("Three
  people walked into the hospital. They told officers C").
- "they" is a collective (family, campaign, group, band, couple) whose verb is a past form in
  "-ed", an adverb perhaps before it ("The band later apologized", "The
  family hired an attorney. They said C").
- "they" of a relative clause (", which they say") is the one plural of people its sentence
  names before it ("Trump failed to sway key House Republicans ..., which they say C").
- "it" is a cable or a warrant that opened the sentence before, and a written thing an
  indefinite article opens ("An arrest warrant gave insight ... It states C"); and a body
  whose name of two words ends in "International" ("Amnesty International said C. It said");
  and a one-word name opening the sentence whose verb takes "its" ("Microsoft issued its
  patch. It said C").
"""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _speakers(text: str) -> list[str | None]:
    ex = Extractor(default_registry(), parser="off", unit="statement")
    return [s.speaker for s in ex.extract(text, None)]


def test_plural_people_of_a_cause() -> None:
    got = _speakers("Critics of the Endangered Species Act often substitute anecdote for fact. "
                    "They've argued that consultation with scientists means more work.")
    assert got == ["Critics of the Endangered Species Act"]


def test_plural_subject_after_comma_and() -> None:
    got = _speakers("The White House remains divided, and several senior officials expressed "
                    "doubts about him. His age could be problematic, they said.")
    assert got == ["several senior officials"]


def test_singular_they_for_the_one_who_spoke() -> None:
    got = _speakers("Alex Morgan, the group's policy officer, said: \"It is a blatant attack "
                    "on rights.\" They also said the minister must act.")
    assert got == ["Alex Morgan", "Alex Morgan"]
    got = _speakers("Alex Morgan was arrested on Friday. They said Morgan was armed.")
    assert got == ["They"]  # (done to, not a speaker: the police, not said)


def test_it_for_a_cable_or_a_warrant() -> None:
    got = _speakers("The cable also warned that the brigade appeared to be compromised. It "
                    "said requests to provide a police presence have gone unanswered.")
    assert got[-1] == "The cable"
    got = _speakers("An arrest warrant gave insight into what happened on Maple Avenue. It "
                    "states there was a knock at the door.")
    assert got == ["An arrest warrant"]


def test_relative_they_is_the_sentences_plural() -> None:
    got = _speakers("President Donald Trump failed Tuesday to sway key House Republicans from "
                    "blue states to drop opposition to a tax bill, which they say does not do "
                    "enough to boost deductions.")
    assert got == ["House Republicans"]
    got = _speakers("Police stopped two men in a car, which they said was stolen.")
    assert got == ["Police"]


def test_irregular_plural_of_people_opens_the_sentence_before() -> None:
    got = _speakers("Three people walked into the hospital on Thursday night. They told "
                    "officers they were in the vehicle at the time.")
    assert got == ["Three people"]


def test_collective_with_a_past_verb_opens_the_sentence_before() -> None:
    got = _speakers("The family hired an attorney on Monday. They said the officer should be "
                    "charged.")
    assert got == ["The family"]


def test_singular_they_past_the_body_in_the_title() -> None:
    got = _speakers("Greenpeace UK head of politics Ami McCarthy said: \"Water firms have got "
                    "away with flouting rules.\" They also said the government must act.")
    assert got == ["Ami McCarthy", "Ami McCarthy"]


def test_it_for_a_body_named_international() -> None:
    got = _speakers("The rights group Amnesty International said the new bill threatened "
                    "civil society. It said the law would apply to hundreds of groups.")
    assert got == ["Amnesty International", "Amnesty International"]
    got = _speakers("The band later apologized for their statements. \"We do not support "
                    "Hamas,\" they said.")
    assert got == ["The band"]


def test_it_for_a_one_word_name_whose_verb_takes_its() -> None:
    got = _speakers("Microsoft issued its patch in October. It said the flaw was critical.")
    assert got == ["Microsoft"]
    got = _speakers("Bryant signed the bill into law. It says taxes will rise.")
    assert got != ["Bryant"]
