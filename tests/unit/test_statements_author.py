"""The writer of a first-person piece: "I" outside quotes is the person a byline or a closing
note on the writer names (issue 13)."""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry
from monitor.statements.resolution import find_author, find_interview

OPED = (
    "Why the talks must go on\n\n"
    "Every week brings another plan for peace. I believe the next round in Geneva can "
    "succeed if both sides keep their promises.\n\n"
    "“We will not sign anything that gives away our land,” Zelenskyy said on Monday. He "
    "added that Kyiv is ready to talk.\n\n"
    "I think Europe should pay for the reconstruction.\n\n"
    "Jane Doe is a senior fellow at the Atlantic Council and the author of a book on Ukraine."
)


def test_find_author_reads_bylines_notes_and_excerpts() -> None:
    assert find_author(OPED) == "Jane Doe"
    assert find_author("Title\n\nBy John Q. Public\n\nThe vote is today.") == "John Q. Public"
    assert find_author("Title\n\nText.\n\nFrom THE BOOK by Ann Smith. Copyright 2015 by Ann "
                       "Smith.") == "Ann Smith"
    # news that ends on a person, a person the story is about, a sentence opener: no writer
    assert find_author("Title\n\nText.\n\nDonald Trump is expected to win the state.") is None
    assert find_author("Title\n\nText.\n\nMr. Hurt is the author of two books.") is None
    assert find_author("Title\n\nText.\n\nBut Ted Cruz is a senior senator.") is None
    assert find_author("Title\n\nNo writer is named here.") is None


def test_first_person_outside_quotes_is_the_writer() -> None:
    found = Extractor(default_registry(), parser="off").extract(OPED)
    by_content = {s.content[:20]: s for s in found}
    mine = [s for s in found if s.mention == "I"]
    assert mine and all(s.speaker == "Jane Doe" and s.resolution == "pronoun" for s in mine)
    quote = next(s for c, s in by_content.items() if c.startswith("We will not"))
    assert quote.official == "zelenskyy"  # "I" inside a quote is never the writer
    assert all(s.speaker != "Jane Doe" for s in found if s.mention.lower() == "he")


def test_without_a_writer_first_person_stays_unresolved() -> None:
    text = OPED.rsplit("\n\n", 1)[0]  # no closing note
    found = Extractor(default_registry(), parser="off", unit="attribution").extract(text)
    assert all(s.speaker != "Jane Doe" for s in found)
    assert any(s.mention == "I" and s.speaker == "I" for s in found)
    # the product unit reports no unnamed writer's view at all (twenty-second session)
    found = Extractor(default_registry(), parser="off").extract(text)
    assert all(s.speaker != "Jane Doe" for s in found)
    assert not any(s.mention == "I" and s.kind == "indirect" for s in found)


INTERVIEW = (
    "Q&A with the Kremlin's spokesman\n\n"
    "Dmitry Peskov spoke with reporters in Moscow on Tuesday. Here is the edited transcript.\n\n"
    "Q: Do you expect the talks in Istanbul to resume this month?\n\n"
    "A: I think the talks will resume when the other side is ready. We are patient.\n\n"
    "Q: Will President Putin meet Zelenskyy?\n\n"
    "A: He has said many times that such a meeting must be prepared.\n\n"
    "I believe experts must do that work first.\n\n"
    "Q: I heard the envoy is coming. Is that true?\n\n"
    "A: I cannot confirm it."
)


def test_find_interview_splits_questions_and_answers() -> None:
    questions, answers = find_interview(INTERVIEW)
    assert len(questions) == 3 and len(answers) == 3
    second = INTERVIEW[answers[1][0] : answers[1][1]]
    assert second.startswith("A: He has said") and "I believe experts" in second  # runs on
    assert find_interview("Title\n\nA: one list item.\n\nQ: another.") == ([], [])


def test_first_person_in_answers_is_the_one_interviewed() -> None:
    found = Extractor(default_registry(), parser="off").extract(INTERVIEW)
    mine = [s for s in found if s.mention == "I"]
    assert mine and all(s.official == "peskov" for s in mine)
    heard = [s for s in found if s.content.startswith("the envoy")]
    assert all(s.official != "peskov" for s in heard)  # the question's "I" is the reporter's
    assert all(s.official != "peskov" for s in found if s.mention == "He")  # Putin, not him
