"""No text makes the analysis core raise (issue 9, point 1): a property-based test.

Generated article texts (bullets, lone and unbalanced quote marks, nested quotes, empty
paragraphs, 100 kB paragraphs, control characters, right-to-left text, emoji) go through the
dedupe features, the story decision, the statement extractor and novelty. The assertion is
that none of them raises; what they find is tested elsewhere.

Normal runs use a fixed seed and a bounded number of examples (``derandomize``); ``make fuzz``
selects the ``fuzz`` profile (``MONITOR_FUZZ=1``): random seeds and many more examples
(``MONITOR_FUZZ_EXAMPLES``, default :data:`FUZZ_EXAMPLES`).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.dedupe import MemoryIndex, features
from monitor.statements import Extractor, default_registry
from monitor.statements.novelty import Earlier, content_keys, find_earlier, normalise

settings.register_profile(
    "ci", max_examples=60, derandomize=True, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# ~1 s per example of the first test with random seeds (a quarter of the texts hold a 100 kB
# paragraph; 1,000 examples took 16.6 min on 2026-12-06), so the default fuzz run takes about
# three minutes; set MONITOR_FUZZ_EXAMPLES for a longer one
FUZZ_EXAMPLES = 200
settings.register_profile(
    "fuzz", max_examples=int(os.environ.get("MONITOR_FUZZ_EXAMPLES", FUZZ_EXAMPLES)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("fuzz" if os.environ.get("MONITOR_FUZZ") == "1" else "ci")

EXTRACTOR = Extractor(default_registry())
T0 = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

QUOTES = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›", "「", "」"]
# pieces that have broken, or could break, a hand-written quote and sentence scanner
PIECES = [
    "* ", "- ", "• ", "1. ", "— ", "> ", *QUOTES, "\n", "\n\n", "\n\n\n", " ", ", ", ". ",
    ": ", "; ", "...", "…", "?", "!", "(", ")", "[", "]", "Peskov said", "Zakharova told "
    "reporters", "he said", "she added", "according to Rubio", "Zelenskyy", "the Kremlin",
    "Hegseth", "said", "Mr.", "U.S.", "12", "2026", "3.5%", "Kyiv", "the spokesman", "they",
    "\u200f", "\u202e", "\u202c", "مرحبا بالعالم", "שלום", "😀", "🇺🇦", "\x00", "\x07", "\x1b[31m",
    "\r", "\t", "\ufeff", "\u2028", "\u00a0", "A" * 40, "word ", "Ukraine ", "talks ",
]
fragment = st.one_of(st.sampled_from(PIECES), st.text(max_size=30))
texts = st.lists(fragment, max_size=60).map("".join)


def _big_paragraph(seed: str) -> str:
    """A paragraph of about 100 kB built from ``seed``."""
    unit = (seed or "x") + " "
    return (unit * (100_000 // len(unit) + 1))[:100_000]


big_texts = st.builds(lambda a, b, c: f"{a}\n\n{_big_paragraph(b)}\n\n{c}", texts, texts, texts)
any_text = st.one_of(texts, texts, texts, big_texts)


def _pipeline_core(title: str, text: str) -> None:
    """Run every core step the pipeline runs on one article; any exception fails the test."""
    doc = features(title, text, T0)
    index: MemoryIndex[int] = MemoryIndex()
    index.assign(1, features("Peskov says talks may resume", "Peskov said talks may resume.",
                             T0), T0)
    index.assign(2, doc, T0 + timedelta(minutes=5))
    index.assign(3, doc, T0 + timedelta(minutes=6))  # a copy of itself
    statements = EXTRACTOR.extract(text, day=T0.date())
    earlier: list[Earlier] = []
    for n, statement in enumerate(statements):
        key = statement.official or statement.speaker or ""
        content = normalise(statement.content)
        keys = content_keys(content)  # what the stored novelty index is given
        assert all(-(1 << 63) <= k < (1 << 63) for k in keys)  # fits SQL BIGINT
        find_earlier(key, content, earlier, T0, timedelta(days=30))
        earlier.append(Earlier(id=n, key=key, normalised=content, last_at=T0))


# Hypothesis warns when it prints a failing example of 100 kB, and the warnings-as-errors
# setting turned that warning into the reported failure, hiding the real one (make fuzz,
# 2026-12-05): the warning is ignored here so that a failure shows its own traceback
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@given(title=texts, text=any_text)
def test_no_text_makes_the_core_raise(title: str, text: str) -> None:
    _pipeline_core(title, text)


@given(text=texts)
def test_paragraphs_opening_with_a_bullet_and_a_quote(text: str) -> None:
    # the shape that raised AssertionError in the extractor: a bullet, then a quote
    _pipeline_core("t", f"Peskov said so.\n\n* \"{text}\"\n\n- “{text}\n\n• {text}”")


def test_the_reported_paragraph() -> None:
    # it used to raise; now the bulleted quote is Hegseth's, as the paragraph before says
    statements = EXTRACTOR.extract(
        'Hegseth said the operation would end soon.\n\n'
        '* "He\'s going to come out with his hands up."')
    assert ("hegseth", "He's going to come out with his hands up.") in {
        (s.official, s.content) for s in statements}
