"""Statements, round 17 (issue 13, eighteenth session): attributions PolNeAR counts that the
rules missed or spanned otherwise, found by reading PolNeAR **train** misses (never dev). Each
test failed before its rule; the sentences are written for the tests. The rules run in
PolNeAR's unit only (``attributions`` fixture); the product's statements (``extractor``) are
the same as before, which the tests check where a rule could have reached them."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.statements import Extractor
from monitor.types import Statement
from tests.support.statements import one_with as _one

DAY = date(2016, 3, 1)


def _said(extractor: Extractor, text: str, needle: str) -> Statement:
    """The one statement of ``text`` whose content holds ``needle``."""
    return _one(list(extractor.extract(text, DAY)), needle)


# --- an intention's "to"-infinitive belongs to its content ------------------------------------

@pytest.mark.parametrize(("text", "content"), [
    ("The mayor refused to endorse the county budget.", "to endorse the county budget"),
    ("The union plans to strike at three plants next week.",
     "to strike at three plants next week"),
    ("Her campaign declined to comment on the leaked memo.", "to comment on the leaked memo"),
    ("The governor hopes to win back suburban voters.", "to win back suburban voters"),
])
def test_an_intentions_content_starts_at_its_to(
        attributions: Extractor, text: str, content: str) -> None:
    assert _said(attributions, text, content).content == content


def test_a_seeming_keeps_its_content_without_to(attributions: Extractor) -> None:
    # "seem", "appear", "expect" are not intentions: PolNeAR spans their subject
    found = attributions.extract("The senator seemed to enjoy the long debate.", DAY)
    assert not any(s.content.startswith("to ") for s in found)


def test_the_product_keeps_an_intentions_content_after_the_cue(extractor: Extractor) -> None:
    found = extractor.extract("The mayor said she refused to endorse the county budget.", DAY)
    assert [s.content for s in found] == ["she refused to endorse the county budget"]
