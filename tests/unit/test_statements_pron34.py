"""Round 34 (pron34): first-person and relative-clause speakers (issue 13).

- "Let me say" / "Let us be clear": the speaker is the first person, not "Let me";
- a contracted pronoun no one resolves is reported as its pronoun ("I’d", "they've");
- "X interviewed Y, who saw it and said C": the relative clause's second verb is Y's.
"""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry
from monitor.statements.resolution import described_source


def _speakers(text: str) -> list[tuple[str | None, str]]:
    ex = Extractor(default_registry(), parser="off", unit="attribution")
    return [(s.speaker, s.content) for s in ex.extract(text, None)]


def test_let_me_is_the_first_person() -> None:
    got = _speakers("Let me just say that the hearing was not a pleasant one.")
    assert got and got[0][0] == "me"
    got = _speakers("Let us say that the plan was weak.")
    assert got and got[0][0] == "us"


def test_let_me_takes_the_writer_of_a_first_person_piece() -> None:
    text = ("Why I left the council\n\nI served for ten years. Let me just say that the "
            "meetings were long.\n\nJane Doe is a former councillor in the town.")
    got = _speakers(text)
    assert ("Jane Doe", "the meetings were long") in got


def test_contracted_pronoun_is_reported_as_the_pronoun() -> None:
    assert described_source("I’d") == "I"
    assert described_source("They've") == "They"
    assert described_source("it’s") == "it"
    # a possessive name is no pronoun
    assert described_source("Lowe’s") == "Lowe’s"
    got = _speakers("Mostly, they’ve offered colorful language about bombs.")
    assert got and got[0][0] == "they"


def test_second_verb_of_a_relative_clause_is_the_antecedents() -> None:
    got = _speakers("The police interviewed John Reed, who saw the crash and said it was "
                    "terrible.")
    assert ("John Reed", "it was terrible") in got
    got = _speakers("Officer Mark Smith also interviewed reporter Ben Tarrant, who saw the "
                    "incident and described it in print.")
    assert got and got[-1][0] == "Ben Tarrant"


def test_relative_clause_closed_by_a_comma_leaves_the_main_subject() -> None:
    # "..., who saw the crash, and said": the comma closes the relative clause
    got = _speakers("The police interviewed John Reed, who saw the crash, and said it was "
                    "terrible.")
    assert ("The police", "it was terrible") in got


def test_he_after_a_one_word_speaker_gives_him_his_gender() -> None:
    # "Murphy" alone has no gender; "He was joined by" right after his quote makes him a man,
    # so the "She" of the next sentence is the woman who joined him
    text = ("Murphy’s campaign is tying the bill to Rubio.\n\n“Who is the real con man "
            "here?” said Murphy on a call with reporters. “Rubio produced bad bills.”\n\n"
            "He was joined on the call by Ilyse Hogue, president of the group NARAL. She said "
            "Rubio “has failed to do anything.”")
    got = _speakers(text)
    assert got[-1][0] == "Ilyse Hogue"


def test_adverbial_fronted_in_a_reported_clause_does_not_end_it() -> None:
    got = _speakers("On Sunday, she disclosed for the first time that after the hearing, "
                    "Peter Brandt phoned her to meet again.")
    assert got[0][1] == "after the hearing, Peter Brandt phoned her to meet again"
    got = _speakers("The agency announced Thursday that when it comes to taxes, it will "
                    "recognize the new rules.")
    assert got[0][1] == "when it comes to taxes, it will recognize the new rules"
    # a fronted clause with punctuation inside is no short adverbial: left as it was
    got = _speakers("Long said that while deputies were on the way, sadly, a neighbor "
                    "called to report that she had heard a shot.")
    assert got and got[0][1] != ("while deputies were on the way, sadly, a neighbor called "
                                 "to report that she had heard a shot")


def test_pronoun_joined_to_a_group_is_the_speaker() -> None:
    got = _speakers("Marc Ellison has asked the court to intervene. But he and election-law "
                    "experts agree it will be difficult to win.")
    assert ("Marc Ellison", "it will be difficult to win") in got
    got = _speakers("Jane Roe studied the data. She and other scientists found that the lake "
                    "was warming.")
    assert ("Jane Roe", "the lake was warming") in got
    # an object pronoun or one inside a clause is no subject of the pair
    got = _speakers("The police told him and his aides that the road was closed.")
    assert got and got[0][0] == "The police"


def test_further_verb_of_a_who_clause_is_not_the_main_verb() -> None:
    # the cue after "and" or "by"/"before" + participle goes on the "who" clause: its speaker
    # is the antecedent, never the clause itself ("a lawyer who praised X and")
    got = _speakers("Officers were met by tired residents who had been sleeping and said "
                    "they heard nothing.")
    assert ("residents", "they heard nothing") in got
    got = _speakers("The race tightened with John Smith, who last week shook it up by "
                    "questioning whether the senator could serve.")
    assert got and got[-1][0] == "John Smith"
    # "while" + participle is a circumstance, no further deed of the clause
    got = _speakers("The mayor reported that an officer, identified as Sam Pike, who was "
                    "shot while responding to the call, is recovering.")
    assert all(speaker != "Sam Pike" for speaker, _c in got)
