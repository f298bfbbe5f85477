"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from monitor.statements import Extractor, default_registry


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The rule-based extractor over the shipped officials registry (built once per module)."""
    return Extractor(default_registry())


@pytest.fixture(scope="module")
def attributions() -> Extractor:
    """The extractor in PolNeAR's unit (``unit="attribution"``): also the stances, refusals,
    intentions and findings the product's statements leave out, and a speaker's run of quotes
    as one item; for tests whose sentence is such an attribution (what they test is its
    speaker or its span)."""
    return Extractor(default_registry(), unit="attribution")
