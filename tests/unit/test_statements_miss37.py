"""Round 37 (miss37): statements the extractor missed (issue 13).

- a run-together multi-paragraph quote ('The ceremony was held on Monday. "Q1. "Q2. "Q3,"
  Moreau said.') whose first paragraphs follow a sentence naming no speaker: they are the
  tagged last paragraph's speaker's;
- "adding however that C", "did say though that C": the aside before "that" typed without
  its commas still opens the reported clause;
- "made clear he would not resign": a bare clause after "make (it) clear", as after "add";
- "claimed to have killed three soldiers": a claim's perfect infinitive, a past act claimed;
- "The newspaper said that eyewitnesses noted that C" (statement unit): the inner report of
  words is a statement too, as the news labels mark it; an inner inference ("police believe
  that C") stays folded into the outer one.
"""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _speakers(text: str, unit: str = "statement") -> list[tuple[str | None, str]]:
    ex = Extractor(default_registry(), parser="off", unit=unit)
    return [(s.speaker, s.content) for s in ex.extract(text, None)]


def test_run_together_quote_before_its_tag_is_the_tagged_speakers() -> None:
    text = ("The ceremony was held in the capital on Monday. "
            '"As the country celebrates this milestone, we reaffirm our friendship. "We also '
            'look forward to closer trade ties. "We remain steadfast in our support," Foreign '
            "Minister Claire Moreau said.")
    got = _speakers(text)
    assert [s for s, c in got if c.startswith("As the country")] == ["Claire Moreau"]
    assert [s for s, c in got if c.startswith("We also look")] == ["Claire Moreau"]
    # the run ends untagged: no one's
    text = ("The ceremony was held in the capital on Monday. "
            '"As the country celebrates this milestone, we reaffirm our friendship. "We also '
            'look forward to closer trade ties."')
    assert not [s for s, c in _speakers(text) if c.startswith("As the country") and s]


def test_aside_without_commas_before_that() -> None:
    got = _speakers("Trade will not recover soon, Maria Lopez said, adding however that the "
                    "ports must stay open.")
    assert ("Maria Lopez", "the ports must stay open") in got
    got = _speakers("Police Chief Dan Gaeta spoke on Monday. Gaeta did say though that the "
                    "wound was not life threatening.")
    assert ("Dan Gaeta", "the wound was not life threatening") in got


def test_made_clear_takes_a_bare_clause() -> None:
    got = _speakers("Senator Maria Lopez made clear she would not resign.")
    assert ("Maria Lopez", "she would not resign") in got
    got = _speakers("Senator Maria Lopez made it clear the talks would continue.")
    assert ("Maria Lopez", "the talks would continue") in got


def test_claimed_to_have_done() -> None:
    got = _speakers("Maria Lopez claimed to have been ordered to do so by her handler.")
    assert ("Maria Lopez", "to have been ordered to do so by her handler") in got


def test_inner_report_of_words_is_kept() -> None:
    got = _speakers("The newspaper said that eyewitnesses noted that the gunman wore a blue "
                    "tracksuit.")
    assert ("eyewitnesses", "the gunman wore a blue tracksuit") in got
    got = _speakers("Officials said police believe that the gunman acted alone.")
    assert [s for s, _ in got] == ["Officials"]
