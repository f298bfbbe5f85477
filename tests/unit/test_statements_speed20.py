"""Twentieth session: what the statements stage spends, kept from creeping back (issue 13).

- ``fold`` (the key of every name lookup) is cached: a decorator meant for it once ended up on
  the function written above it, and the rules ran ~20% slower with nothing else changed.
- The optional parser is asked about a cue of :data:`~monitor.statements.lexicon.PARSE_CLAUSE_ONLY`
  only where a clause follows it ("knows that ...", not "known as", "shows up", "wrote in").
"""

from __future__ import annotations

from datetime import date

from monitor.statements import lexicon as lx
from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry, fold
from tests.unit.test_statements_parser_batch import FakeParser


def test_fold_is_cached() -> None:
    fold.cache_clear()
    assert fold("Zelenskyy’s") == fold("Zelenskyy’s") == "zelenskyy's"
    info = fold.cache_info()
    assert info.hits >= 1 and info.misses == 1


def _asked(text: str) -> list[str]:
    extractor = Extractor(default_registry(), unit="attribution")
    fake = FakeParser()
    extractor.parser = fake
    extractor.extract(text, date(2016, 3, 1))
    return [t[a:b] for batch in fake.calls for t, a, b in batch]


def test_a_clause_only_cue_without_a_clause_after_it_is_not_parsed() -> None:
    for text in ("The senator, long known as a moderate on trade, rarely talks to the press.",
                 "Nobody in the room knows about the plan that the mayor drew up in March.",
                 "The governor, who wrote in a column last year about the tax, left early."):
        assert _asked(text) == [], text


def test_a_clause_only_cue_with_a_clause_after_it_is_parsed() -> None:
    # (not "her medical records ..., which showed she was fit": round 22's rules read a
    # finding's relative clause themselves, and the parser is not asked; nor "Does he know
    # what that entails?" since recall29: the rules read a question known)
    for text in ("Clinton released her plan in July, which showed she was serious.",
                 "Does he know if that is true?"):
        assert _asked(text) == [text], text


def test_the_same_cues_without_a_clause_after_them_are_not_parsed() -> None:
    for text in ("Clinton released her medical records in July, which showed up in the mail.",
                 "Does he know about the plan for the city?"):
        assert _asked(text) == [], text


def test_the_clause_only_lemmas_are_parser_lemmas_and_openers_are_lower_case() -> None:
    assert lx.PARSE_CLAUSE_ONLY <= lx.PARSE_LEMMAS
    assert all(w == w.lower() for w in lx.CLAUSE_OPENERS)


def test_a_cue_before_a_word_that_opens_no_clause_is_not_parsed() -> None:
    assert _asked("The senator, long a critic of the deal, rarely says anything about trade "
                  "policy at his rallies.") == []
