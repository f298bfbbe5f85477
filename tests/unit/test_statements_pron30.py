"""Round 30 (issue 13): pronoun speakers resolved to the wrong person, found in a scan of
PolNeAR train's wrong pronoun speakers."""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor, default_registry
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str, unit: str = "attribution") -> list[Statement]:
    return Extractor(default_registry(), parser="off", unit=unit).extract(text, DAY)


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
