"""The novelty index finds the repeats that comparing with everything finds, on real
statements (../shared/data/dedup-dev, read in place) through bench/eval_novelty_index.py."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "eval_novelty_index.py"
ARTICLES = 600  # dedup-dev's first articles: copies and light edits, ~1,500 repeated quotes


@pytest.mark.shared
def test_index_keeps_the_repeats_brute_force_finds(shared_dir: Path) -> None:
    spec = importlib.util.spec_from_file_location("eval_novelty_index", BENCH)
    assert spec is not None and spec.loader is not None
    ev = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = ev  # its dataclasses look their module up
    spec.loader.exec_module(ev)
    texts = ((name, text) for name, text in ev.articles(shared_dir)
             if name.startswith("dedup-dev"))
    statements = ev.statements_of(itertools.islice(texts, ARTICLES))
    figures = ev.evaluate(statements, cap=ev.statement_keys.MAX_POSTINGS)["all"]
    assert figures.repeats >= 200, figures  # the sample has repeats to find
    assert figures.found >= 0.995 * figures.repeats, figures
    assert figures.false_repeats == 0, figures
    # the index narrows the comparison: far fewer candidates than stored statements
    assert figures.candidates < figures.statements, figures
