"""Round 30 (issue 13): pronoun speakers resolved to the wrong person, found in a scan of
PolNeAR train's wrong pronoun speakers."""

from __future__ import annotations

from monitor.types import Statement
from tests.support.statements import extract


def _extract(text: str, unit: str = "attribution") -> list[Statement]:
    return extract(text, unit)


def _speaker_of(found: list[Statement], words: str) -> str | None:
    return next(s.speaker for s in found if words in s.content)


def test_and_who_has_the_antecedent_of_the_relative_before_it() -> None:
    text = ("The family's reputation was built over decades.\n\n"
            "“It was a matter of duty,” said Harold P. Wilkins, whom the governor named "
            "to the harbor board in 2004, and who is now backing Senator Jane Ortiz.")
    found = _extract(text)
    assert next(s for s in found if "Jane Ortiz" in s.content).speaker == "Harold P. Wilkins"


def test_it_is_the_founding_text_its_sentence_opened_with() -> None:
    text = ("The senator's remarks drew protests abroad.\n\n"
            "The Irish constitution makes no mention of the bases, although it does say "
            "that Ireland will remain neutral in any war.")
    assert _speaker_of(_extract(text), "remain neutral") == "The Irish constitution"


def test_it_is_the_doctrine_named_just_before() -> None:
    text = ("The appeal faces a tight deadline, in light of what is known as the Morrow "
            "doctrine from an old case. It states that judges should not change the rules "
            "of an election too close to the vote.")
    assert _speaker_of(_extract(text), "judges should not") == "the Morrow doctrine"


def test_a_role_the_lexicon_lacks_before_a_name_after_said() -> None:
    text = ("The town mourned the three teenagers on Monday.\n\n"
            "\"It has been a very hard week for all of us,\" said football coach Dale Murphy. "
            "\"We will get through it together.\"")
    found = _extract(text, unit="statement")
    assert _speaker_of(found, "very hard week") == "Dale Murphy"


def test_a_lower_case_word_after_said_is_no_role_before_a_time() -> None:
    text = ("The first report, published April 7 and made public this month, confirmed the "
            "original assessment, two people familiar with the matter said.")
    assert all(s.speaker != "April" for s in _extract(text, unit="statement"))


def test_a_participle_between_an_article_and_a_noun_is_no_cue() -> None:
    text = ("\"The ruling is a failure of the court,\" the senator said in a written "
            "statement. \"We will appeal.\"")
    found = _extract(text, unit="statement")
    assert all(s.content.strip(" .") != "statement" for s in found)
    assert not any(s.cue == "written" for s in found)


def test_a_quote_that_goes_on_after_its_tag_keeps_its_speaker_for_the_next_he() -> None:
    text = ("“I think they will run out the clock this year,” said Martin Keller, a law "
            "professor who studies confirmations. “That will leave the next president with "
            "a hundred vacancies.”\n\n"
            "But what if the governor wins? Would the senators not risk a nominee more "
            "liberal than Ron Walsh?\n\n"
            "“The governor should do whatever she wants to do,” he said.")
    assert _speaker_of(_extract(text), "whatever she wants") == "Martin Keller"


def test_a_description_set_before_its_subject_makes_the_name_the_subject() -> None:
    text = ("Prime Minister Paul Andersen looked out from his office as the crowd gathered.\n\n"
            "“We are all shocked by what happened today,” Mr. Andersen said.\n\n"
            "A professor of history at the city university, Jonas Lindqvist, stayed home "
            "because it was not safe. But he walked into the city in the evening.\n\n"
            "“What I saw was a battlefield after the troops had gone,” he said.")
    assert _speaker_of(_extract(text, unit="statement"), "battlefield") == "Jonas Lindqvist"


def test_the_speaker_of_a_when_clause_is_its_subject() -> None:
    text = ("“Senator Grant failed his party today,” said activist Owen Marsh.\n\n"
            "Members of the group stepped up their calls for Grant to “stand strong” Sunday "
            "night, when Senate Majority Leader Mitch McConnell, R-Ky., suggested a compromise "
            "had been reached, without offering any firm commitment.\n\n"
            "“When the standoff ends, the talks will go on,” he said.")
    assert _speaker_of(_extract(text, unit="statement"), "the talks will go on") == \
        "Mitch McConnell"


def test_a_name_after_an_opening_adverb_in_ly_is_the_subject() -> None:
    text = ("“I had never seen a camel before,” said Omar Haddad, who came from Aleppo last "
            "year. “Only in the zoo.”\n\n"
            "Opponents of the program cite concerns about security.\n\n"
            "Recently, Tom Baker, the radio host and former candidate, was asked by a caller "
            "why the young men are coming.\n\n"
            "“So they can hurt us,” he said.")
    assert _speaker_of(_extract(text, unit="statement"), "hurt us") == "Tom Baker"
