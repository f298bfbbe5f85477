"""Extractors with a bug, for the tests of statement extraction in worker processes.

Worker processes import them from here by name (``spawn`` starts a new interpreter).
"""

from __future__ import annotations

import os
from datetime import date

from monitor.statements import Extractor
from monitor.types import Statement

BOOM = "BOOM"  # an article with this word makes the extractor raise
DIE = "DIE NOW"  # an article with this makes the extractor's process die


class Exploding(Extractor):
    """An extractor with a bug that one article triggers."""

    def extract(self, text: str, day: date | None = None) -> list[Statement]:
        if BOOM in text:
            raise ValueError(f"a bug met {BOOM}")
        return super().extract(text, day=day)


class Dying(Extractor):
    """An extractor whose process dies on one article (a crash, not an exception)."""

    def extract(self, text: str, day: date | None = None) -> list[Statement]:
        if DIE in text:
            os._exit(3)
        return super().extract(text, day=day)
