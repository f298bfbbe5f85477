"""Round 36 (pron36): pronoun speakers (issue 13).

- a cue inside a free relative after a quote ("“Q” and says what he believes") is no closing
  tag of that quote: the quote is not what the pronoun's person said.
"""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _speakers(text: str) -> list[tuple[str | None, str]]:
    ex = Extractor(default_registry(), parser="off", unit="attribution")
    return [(s.speaker, s.content) for s in ex.extract(text, None)]


def test_free_relative_cue_does_not_take_the_quote_before() -> None:
    text = ("The coach praised his captain. “Tough,” she said, meaning that he is “hard to "
            "beat and never quits” and says what he believes.")
    got = _speakers(text)
    assert ("she", "Tough") in got
    assert not any("hard to beat" in content for _who, content in got)
    got = _speakers("The mayor is “a fighter who never quits” and does what he thinks is "
                    "right.")
    assert not any("a fighter" in content for _who, content in got)


def test_closing_tag_after_a_quote_still_takes_it() -> None:
    got = _speakers("The mayor spoke on Monday. “We will win,” he said.")
    assert ("he", "We will win") in got


def test_runs_counter_to_is_no_cue() -> None:
    got = _speakers("The mayor defended the deal. All ran counter to his earlier statements "
                    "that the talks never happened.")
    assert not any(who in {"All ran", "ran"} for who, _c in got)
    assert any(content.endswith("the talks never happened") and who not in {None, "All ran"}
               for who, content in got)


def test_counter_as_a_verb_is_still_a_cue() -> None:
    got = _speakers("The senator will counter that the bill is fair.")
    assert ("The senator", "the bill is fair") in got


def test_plural_claim_nouns_after_a_possessive() -> None:
    got = _speakers("The plan runs counter to her warnings that the city would go broke.")
    assert any(who == "her" and "the city would go broke" in content for who, content in got)
