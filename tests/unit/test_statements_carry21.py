"""Statements, round 21 (issue 13, branch carry21): quotes whose speaker came before, in an
earlier sentence or paragraph, probed with wire copy of the topic."""

from __future__ import annotations

from datetime import date

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry
from monitor.statements.quotes import find_quotes
from monitor.types import Statement

DAY = date(2026, 12, 1)


def _extract(text: str) -> list[Statement]:
    return Extractor(default_registry(), unit="statement").extract(text, DAY)


def _speaker_of(found: list[Statement], words: str) -> str | None:
    return next((s.speaker for s in found if words in s.content), None)


# a multi-paragraph quote whose paragraph breaks were lost: each paragraph opens with a mark
RUN_TOGETHER = ('"We are ready for talks," Zelenskyy said. "Ukraine wants a just peace. "We '
                'will not give up our land." Peskov said the Kremlin was studying the plan.')


def test_a_run_together_quote_paragraph_opens_at_its_own_mark() -> None:
    text = RUN_TOGETHER
    quoted = [text[q.pieces[0][0] : q.pieces[-1][1]] for q in find_quotes(text)]
    assert quoted == ["We are ready for talks", "Ukraine wants a just peace.",
                      "We will not give up our land."]


def test_a_run_together_quote_paragraph_is_the_previous_speakers() -> None:
    found = _extract(RUN_TOGETHER)
    assert _speaker_of(found, "just peace") == "Volodymyr Zelenskyy"
    assert _speaker_of(found, "give up our land") == "Volodymyr Zelenskyy"


def test_a_nested_quote_inside_a_sentence_stays_nested() -> None:
    text = '"They call it "Peace Now" in Moscow," Zakharova said.'
    assert len(find_quotes(text)) == 1


def test_the_agent_of_a_statement_aside_is_not_the_quotes_speaker() -> None:
    found = _extract("Russian Foreign Ministry spokeswoman Maria Zakharova, in a statement "
                     "issued in Moscow by Sergei Nechayev, the ambassador in Berlin, welcomed "
                     "the talks.\n\n\"We hope the Americans will listen to reason in Geneva.\"")
    assert _speaker_of(found, "listen to reason") != "Sergei Nechayev"


def test_a_study_by_an_institute_is_still_the_institutes() -> None:
    found = _extract("A study by the Brookings Institution estimated that 46,000 accounts "
                     "were used by the group.")
    assert _speaker_of(found, "46,000 accounts") == "Brookings Institution"


def test_a_run_together_quote_is_the_speaker_who_tags_its_end() -> None:
    found = _extract('"It was a good meeting," Witkoff said. The Kremlin disagreed. "There is '
                     'no agreement. "Nothing has been signed," Kremlin aide Yuri Ushakov said.')
    assert _speaker_of(found, "no agreement") == "Yuri Ushakov"


def test_a_run_together_quote_tagged_by_no_one_named_is_nobodys() -> None:
    found = _extract('"We are ready," Rubio said. The reply came within the hour. "Kyiv must '
                     'accept reality. "The talks can wait," an unnamed official said.')
    assert _speaker_of(found, "accept reality") != "Marco Rubio"
