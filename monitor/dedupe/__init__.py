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
:mod:`~monitor.dedupe.index` (:class:`MemoryIndex`, the same logic in memory),
:mod:`~monitor.dedupe.rewrites` (rewrites of one event in other words: TF-IDF story centroids,
name and year vetoes; opt-in through ``MemoryIndex(params=StoryParams(enabled=True))`` and, in
the stored index, ``[stories] rewrites = true`` (:mod:`monitor.storage.rewrites`); see
docs/design.md).

How the pipeline calls it (a post-insert stage, inside the transaction that inserted the
articles; ``report.new`` are the ``StoredArticle`` rows storage really inserted)::

    from monitor.storage.stories import assign_stories

    assign_stories(session, report.new,
                   window=timedelta(seconds=settings.stories.window), now=ctx.now)

``assign_stories(session, new, *, window=WINDOW, now=None) -> list[Decision[int, int]]`` prunes
the index to the window when ``now`` is given, then, in first-seen order, computes
``features(title, text or summary, published_at or first_seen_at)`` and calls
``StoryStore(session, window).assign(article_id, features, first_seen_at, source, title)``,
which sets ``articles.story_id`` and ``articles.copy_of_id`` (the canonical article of the
copy group, or NULL) and writes ``stories``, ``story_merges``, ``story_docs``, ``story_keys``.
For one article: ``assign_story(session, article_id, article, first_seen_at, *, window)``.
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
