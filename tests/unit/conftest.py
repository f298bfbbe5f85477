"""Fixtures shared by the unit tests."""

from __future__ import annotations

import pytest

from monitor.statements import Extractor, default_registry


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    """The rule-based extractor over the shipped officials registry (built once per module)."""
    return Extractor(default_registry())
