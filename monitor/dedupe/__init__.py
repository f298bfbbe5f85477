"""Stories: recognise near-identical coverage across outlets, and group it (pure core).

Two relations are decided for every new article, on arrival, against a candidate index:

* ``copy_of``: the article is a near-identical copy of an earlier one (same text give or take
  headline, dateline, byline, trimmed or added paragraphs, spelling, quote marks); it points at
  the canonical (first seen) article of its copy group;
* ``story``: the same news from the same source material. Every article belongs to exactly one
  story; a story has a canonical article, a first-seen time and its outlets.

Modules: :mod:`~monitor.dedupe.text` (normalisation: quote marks, datelines, bylines, page
furniture, spelling variants), :mod:`~monitor.dedupe.signatures` (shingles, the containment
sketch = candidate keys, quotes, numbers, names: :func:`features`),
:mod:`~monitor.dedupe.match` (pair verification with named thresholds, :func:`decide`),
:mod:`~monitor.dedupe.index` (:class:`MemoryIndex`, the same logic in memory).

How the pipeline calls it (inside the transaction that inserted the article)::

    from monitor.storage.stories import assign_story

    decision = assign_story(session, article_row)  # article_row: monitor.storage.models.Article,
    # flushed (it has an id); sets article_row.story_id and .copy_of_id, writes the stories,
    # story_merges and story_keys rows; returns a Decision[int, int]

``assign_story(session, article, *, window=WINDOW, now=None) -> Decision[int, int]`` is a thin
wrapper over ``StoryStore(session, window).assign(article_id, features(title, text,
published_at), first_seen_at, source)``. Pruning of the index to the window is
``StoryStore(session).prune(now)``; the daemon may call it once per tick.
"""

from __future__ import annotations

from monitor.dedupe.index import MemoryIndex
from monitor.dedupe.match import WINDOW, Candidate, Decision, PairScore, decide, score
from monitor.dedupe.signatures import DocFeatures, features

__all__ = [
    "WINDOW",
    "Candidate",
    "Decision",
    "DocFeatures",
    "MemoryIndex",
    "PairScore",
    "decide",
    "features",
    "score",
]
