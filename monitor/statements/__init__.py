"""Statements: who said what, resolved to tracked officials, and whether it is new.

Pure core (no SQL, no network). The pipeline calls, per new article::

    registry = load_officials(settings.config_dir / "officials.toml")   # once
    extractor = Extractor(registry)                                      # once
    statements = extractor.extract(article.text, day=article.published_at.date())

and then, inside the article's insert transaction (``monitor.storage.statements``)::

    record_statements(session, article_id: int, source: str, seen_at: datetime,
                      statements: Sequence[Statement], lookback: timedelta,
                      story_id: int | None = None) -> list[StoredStatement]

which stores every statement (a new ``statements`` row, or a sighting of an earlier one by the
same speaker, see :mod:`monitor.statements.novelty`) and returns the statements that are NEW,
so alerts can be queued in the same transaction. ``lookback`` comes from
:func:`statements_settings` (``[statements] lookback_days`` in monitor.toml, default 30).

``Statement`` (monitor.types) fields: speaker (fullest name, or the described source),
mention (as written),
official (registry id or None), kind ("direct" | "mixed" | "indirect"), content, cue, start,
end (offsets of the content in the text as read; for a quote interrupted by its attribution
or spread over paragraphs, ``start``/``end`` cover the whole and ``content`` joins the pieces),
confidence, ``resolution`` (how the speaker was reached, see :mod:`monitor.statements.resolution`),
and ``extra`` (string offsets of the mention and cue: ``mention_start``,
``mention_end``, ``cue_start``, ``cue_end``; ``pieces`` "a-b;c-d" for multi-piece contents).
"""

from __future__ import annotations

from monitor import native

native.activate(__path__)  # a compiled build of the rule modules, if made and current

from monitor.statements.extract import Extractor, extract_statements  # noqa: E402
from monitor.statements.officials import (  # noqa: E402
    Official,
    Registry,
    Role,
    default_registry,
    load_officials,
    parse_officials,
)
from monitor.statements.settings import StatementsSettings, statements_settings  # noqa: E402

__all__ = [
    "Extractor",
    "Official",
    "Registry",
    "Role",
    "StatementsSettings",
    "default_registry",
    "extract_statements",
    "load_officials",
    "parse_officials",
    "statements_settings",
]
