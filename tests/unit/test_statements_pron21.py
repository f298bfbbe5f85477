"""Speakers, pron21 (issue 13): whom "he" and "she" stand for. Each rule is a piece of English
discourse: a pronoun that opens a sentence keeps up its topic, a sentence's subject may follow
an opening clause or participle, the subject of a "that" clause is someone the text goes on
about, a surname first written with a title names that person again, and a pronoun in the
subject's own sentence tells the subject's gender. The texts are written for the tests in the
topic's wire style (the Ukraine talks); most people in them are invented, so that the rules and
not the registry of officials find them."""

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


@pytest.mark.parametrize("opener", ["He", "Still, he", "On Monday, he"])
def test_pronoun_opening_a_sentence_keeps_the_topic(extractor: Extractor, opener: str) -> None:
    # "He left behind ..." is Brooks; a later "he" goes on with him, not with a man named in
    # passing in its own sentence
    text = ("Oleh Marchenko said Kyiv would not cede land. Daniel Brooks flew home on Sunday. "
            f"{opener} left behind a draft that angered Kyiv. The talks ended without a date "
            "for the next round. Asked about the plan drawn up by Sergei Volkov, he warned: "
            "\"We are not there yet.\"")
    assert _said(extractor, text, "not there yet").speaker == "Daniel Brooks"


def test_pronoun_does_not_revive_a_stale_topic(extractor: Extractor) -> None:
    # "she" is an unnamed woman; the lawyer named seven sentences up, whom the pronoun only
    # reaches for want of anyone nearer, is not made the topic again (and so is not the
    # "she" of a quote seven sentences later still)
    fill = ("Offices in the east have closed. Lines in Lviv are long. The queues start at dawn. "
            "Many families fled Izium in 2022. The buses leave at noon. Trains are full. ")
    text = ("Anna Shevchuk, a lawyer in Kyiv, said many displaced people lack papers. " + fill
            + "In Lviv, she is terrified of losing her job. " + fill
            + "\"I am afraid every day,\" she said.")
    assert _said(extractor, text, "afraid every day").speaker != "Anna Shevchuk"


def test_official_in_apposition_to_one_is_the_subject(extractor: Extractor) -> None:
    text = ("Dmitry Peskov said the Kremlin was studying the document. One negotiator, Andriy "
            "Yermak, arrived in Florida on Sunday. He had spent the week in Geneva with the "
            "American team. \"We made progress on most points,\" he said.")
    assert _said(extractor, text, "most points").speaker == "Andriy Yermak"


def test_surname_written_again_after_a_title(extractor: Extractor) -> None:
    # "Defence Minister Bondar" then "Bondar leaves": the same person, who is "he"
    text = ("Defence Minister Bondar has faced criticism for the draft. Oleh Marchenko said "
            "the plan was fair. Bondar leaves Kyiv for Berlin today, where he will meet "
            "European ministers. \"We will not give up our land,\" he said.")
    assert _said(extractor, text, "our land").speaker == "Bondar"


def test_pronoun_in_the_subjects_own_sentence_gives_a_gender(extractor: Extractor) -> None:
    text = ("Oleh Marchenko said the plan was fair. The talks moved to Berlin. U.S. negotiator "
            "Jasik Morrow arrives in Berlin today, where he will meet European ministers. "
            "\"We will not give up on a deal,\" he said.")
    assert _said(extractor, text, "give up on a deal").speaker == "Jasik Morrow"


@pytest.mark.parametrize(("text", "needle", "speaker"), [
    # an opening clause longer than a phrase
    ("Oleh Marchenko said talks would resume on Monday. As the delegations ate lunch in a "
     "small, crowded conference room overlooking Lake Geneva, Mr. Halvorsen walked them "
     "through the American draft. \"This is the best chance in years,\" he said.",
     "best chance", "Halvorsen"),
    # an opening participle
    ("Oleh Marchenko said talks would resume on Monday. Growing up in Kharkiv, Daniel Brooks "
     "watched soldiers cross the border every week. \"The war changed everything,\" he said.",
     "changed everything", "Daniel Brooks"),
])
def test_subject_after_an_opening_clause(extractor: Extractor, text: str, needle: str,
                                         speaker: str) -> None:
    assert _said(extractor, text, needle).speaker == speaker


def test_subject_of_a_that_clause(extractor: Extractor) -> None:
    text = ("Anna Shevchuk said talks would resume on Monday. Analysts noted that a deal would "
            "be a signature achievement. There is also the possibility that Ms. Kovalenko, if "
            "invited, might travel to Moscow herself. \"We will see,\" she said on Tuesday.")
    assert _said(extractor, text, "We will see").speaker == "Kovalenko"


def test_that_clause_inside_an_opening_phrase_is_not_the_subject(
        extractor: Extractor) -> None:
    # the subject is "she", still to come: the speaker of the sentences before
    text = ("\"I think the talks will go on,\" Anna Shevchuk told reporters on Monday. Asked "
            "about her own role in the event that Yulia Kovalenko leads the delegation, she "
            "replied: \"I don't know.\"")
    assert _said(extractor, text, "I don't know").speaker == "Anna Shevchuk"


def test_an_age_in_apposition_makes_a_person(extractor: Extractor) -> None:
    # a given name the lexicon lacks: the age after the name says it is a person's
    text = ("Most people polled in Kharkiv back the talks. Kesh Dobrov, 42, from Izium, "
            "disagrees. \"We cannot give up the east,\" he says.")
    assert _said(extractor, text, "give up the east").speaker == "Kesh Dobrov"


def test_described_person_of_unknown_gender_may_be_he(extractor: Extractor) -> None:
    # "pollster" says Morrow is someone; a later "he" is him as readily as a speaker of
    # unknown gender, not the man who spoke a sentence further back
    text = ("Oleh Marchenko said talks would resume on Monday. U.S. pollster Jasik Morrow is "
            "skeptical that a deal can be reached this year. But the envoys could try to "
            "narrow the gaps. \"The best bet is to start with a ceasefire,\" he said.")
    assert _said(extractor, text, "best bet").speaker == "Jasik Morrow"


def test_we_in_a_transcript_answer_is_the_one_interviewed(extractor: Extractor) -> None:
    text = ("Ukraine's envoy speaks to us about the talks. Oleh Marchenko has led Kyiv's team "
            "since the summer.\n\n"
            "Q: What happened in Geneva?\n\n"
            "A: We decided that the draft needed more work before any meeting of leaders.\n\n"
            "Q: Will you go back?\n\n"
            "A: I think so. The Americans want a deal soon.")
    said = _said(extractor, text, "the draft needed more work")
    assert said.speaker == "Oleh Marchenko"
