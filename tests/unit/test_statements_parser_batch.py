"""The parser's sentences in batches (issue 13): :func:`monitor.statements.parser.drive` runs
extractions side by side and parses what they wait on together; ``Extractor.extract_many``
gives what ``extract`` gives one by one. The plumbing is tested with a fake parser (no model);
the identity with the model is tested when it is installed, skipped otherwise."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

import pytest

from monitor.statements import Extractor, default_registry
from monitor.statements import parser as P
from monitor.statements.parser import Request, Steps, Word, drive

# texts where the rules leave cues, "that" clauses or lone quotes to the parser
TEXTS = [
    "The Washington Post fact checker, a veteran of many campaigns, told reporters on the bus "
    "last week that the baseline for truth is Obama's promises. He said nothing else.",
    "Senator Ted Cruz, who has long opposed the plan, argued on Tuesday that the bill would "
    "raise taxes. Critics disagreed. “This is great!” beamed Donald Hartley, a local farmer.",
    "The weather was fine. Nobody spoke.",
    "Officials in Kyiv acknowledged that the front had moved. The minister insisted the army "
    "would hold, and the spokesman warned that more strikes would follow. “We are ready,” the "
    "general added as he left.",
    "Mr. Lavrov, speaking in Moscow, suggested the talks had stalled and vowed to press on. "
    "President Zelenskyy reiterated that Ukraine would not cede territory.",
    # (the rules took more of the shapes above in the twentieth session: these still ask)
    "Mike Pence said in a statement released by the Trump campaign the AP report merits the "
    "appointment of a special prosecutor.",
    "It is a dynamic Greenberg said could drive those moderates toward Democrats this fall. "
    "The mayor wondered aloud, as the crowd cheered, whether the plan could ever work.",
]


class FakeParser(P.Parser):
    """Words split on spaces and punctuation, every word hanging on the first: no model.
    Records its batches."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[Request]] = []

    def parse_many(self, requests: Sequence[Request]) -> list[list[Word]]:
        self.calls.append(list(requests))
        self.sentences += len(requests)
        self.batches += 1
        out = []
        for text, start, end in requests:
            words = [Word(i, start + m.start(), start + m.end(), m.group(), "", "dep", 0)
                     for i, m in enumerate(re.finditer(r"\w+|\S", text[start:end]))]
            out.append(words)
        return out


def _steps(name: str, requests: int, log: list[str]) -> Steps[str]:
    """An extraction that asks for ``requests`` parses of its name, one after the other."""
    got = []
    for k in range(requests):
        log.append(f"{name}{k}")
        words = yield name, 0, len(name)
        got.append(len(words))
    return f"{name}:{got}"


def test_drive_returns_results_in_order_and_batches_the_waiting() -> None:
    parser = FakeParser()
    log: list[str] = []
    counts = {"a": 2, "bb": 0, "c c": 3, "d": 1}
    out = drive([_steps(name, n, log) for name, n in counts.items()], parser)
    assert out == ["a:[1, 1]", "bb:[]", "c c:[2, 2, 2]", "d:[1]"]
    # every article under way asks at once: round 1 a, c c, d; round 2 a, c c; round 3 c c
    assert [[r[0] for r in batch] for batch in parser.calls] == [
        ["a", "c c", "d"], ["a", "c c"], ["c c"]]
    assert parser.sentences == 6 and parser.batches == 3


def test_drive_starts_the_next_article_when_one_ends() -> None:
    parser = FakeParser()
    log: list[str] = []
    names = ["a", "b", "c", "d", "e"]
    out = drive((_steps(n, 2 if n == "a" else 1, log) for n in names), parser, window=2)
    assert out == ["a:[1, 1]", "b:[1]", "c:[1]", "d:[1]", "e:[1]"]
    assert all(len(batch) <= 2 for batch in parser.calls)
    assert [[r[0] for r in batch] for batch in parser.calls] == [
        ["a", "b"], ["a", "c"], ["d", "e"]]


def test_drive_without_a_parser() -> None:
    assert drive([_steps("a", 0, [])], None) == ["a:[]"]
    with pytest.raises(RuntimeError, match="no parser"):
        drive([_steps("a", 1, [])], None)


def test_an_error_in_one_extraction_is_raised() -> None:
    def failing() -> Steps[str]:
        yield "x", 0, 1
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        drive([_steps("a", 1, []), failing()], FakeParser())


def _with_fake_parser() -> tuple[Extractor, FakeParser]:
    extractor = Extractor(default_registry())
    fake = FakeParser()
    extractor.parser = fake
    return extractor, fake


def test_extract_many_asks_what_extract_asks_and_gives_the_same() -> None:
    one, one_parser = _with_fake_parser()
    many, many_parser = _with_fake_parser()
    jobs = [(text, date(2025, 3, 1)) for text in TEXTS]
    singly = [one.extract(text, day) for text, day in jobs]
    assert many.extract_many(jobs) == singly
    asked_singly = [r for batch in one_parser.calls for r in batch]
    asked_together = [r for batch in many_parser.calls for r in batch]
    assert asked_singly and all(len(batch) == 1 for batch in one_parser.calls)
    assert sorted(asked_together) == sorted(asked_singly)
    assert len(many_parser.calls) < len(one_parser.calls)


def test_extract_many_without_a_parser() -> None:
    extractor = Extractor(default_registry())
    jobs = [(text, None) for text in TEXTS]
    assert extractor.extract_many(jobs) == [extractor.extract(text) for text in TEXTS]
    assert extractor.extract_many([]) == []


needs_model = pytest.mark.skipif(
    P.missing() is not None,
    reason=f"optional parser not installed ({P.missing()}): pip install -e '.[parser]'")


@needs_model
def test_a_batch_parses_as_one_by_one() -> None:
    parser = P.Parser()
    requests = [(text, 0, len(text)) for text in TEXTS]
    assert parser.parse_many(requests) == [parser.parse(*r) for r in requests]
    assert parser.sentences == 2 * len(TEXTS) and parser.batches == 1 + len(TEXTS)


@needs_model
def test_extract_many_gives_what_extract_gives_with_the_model() -> None:
    extractor = Extractor(default_registry(), parser="on")
    assert extractor.parser is not None
    jobs = [(text, date(2025, 3, 1)) for text in TEXTS * 2]
    singly = [extractor.extract(text, day) for text, day in jobs]
    asked = extractor.parser.sentences
    assert asked > 0
    assert extractor.extract_many(jobs) == singly
    assert extractor.parser.sentences == 2 * asked
