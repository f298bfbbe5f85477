"""Rewrites: the same event told again in other words, grouped by a story centroid (issue 10).

Copies (:mod:`monitor.dedupe.match`) share text; rewrites share little text but the same
*event*: the same rare words in the headline and lead (names, places, the weapon, the team),
the same people and the same counts. This module decides, for an article that the copy rules
left on its own, which existing story (if any) it rewrites:

* **terms**: the headline (counted twice: it names the event) and the first ``LEAD_TERMS``
  words of the body, content words only, normalised (:func:`monitor.dedupe.text.words`);
* **document frequencies** (:class:`DocFreq`): how many articles seen so far carry each term,
  kept incrementally (add/count, so that they can be persisted); the IDF weights the terms;
* **candidates** come from an inverted index of *rare* terms to stories
  (:class:`RewriteIndex`), never from all pairs;
* **similarity**: TF-IDF cosine of the article with each candidate story's *centroid* (the sum
  of its members' term counts, re-weighted with the current IDF, so it is updated as the story
  grows);
* **vetoes**: names (capitalised phrases) or years/counts that disagree mean a different event
  on the same topic (two shootings in one city, two offers to one player).

Every threshold is a field of :class:`StoryParams`, with its reason; ``bench/eval_stories.py``
measures them (with a cross-validation by part of the dev set).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Generic, TypeVar

from monitor.dedupe import text as T

LEAD_TERMS = 60  # body words that enter the story vector: the lead tells the event (who, where,
# how many); later paragraphs are background that different events of one topic share
TITLE_WEIGHT = 2  # the headline counted twice: it names the event in the fewest words


@dataclass(frozen=True, slots=True)
class StoryParams:
    """Thresholds of the rewrite decision (defaults: measured on stories-dev, see the docs)."""

    accept: float = 0.20  # TF-IDF cosine to a story centroid at which a rewrite joins it: the
    # prototype's best single threshold (F1 0.83); vetoes below make it safe to keep this low
    window: timedelta = timedelta(hours=72)  # a rewrite of an event appears within 3 days of
    # its first report (gva's stories are cut to 3 days; wire rewrites run ~2 days)
    rare_df: float = 0.05  # candidate keys: terms in at most this share of the articles seen
    # (names, places, specifics); "police", "shooting", "said" would list every story
    max_candidates: int = 50  # stories scored per article, most shared rare terms first
    enabled: bool = True  # False: copies only (the behaviour before issue 10)


# --- document frequencies -----------------------------------------------------------------


class DocFreq:
    """Document frequencies of terms over the articles seen so far.

    Small on purpose so that it can live in the database later: ``add`` one article's terms,
    ``count`` a term, ``n_docs``. IDF is smoothed (``log((1 + N) / (1 + df)) + 1``) so that an
    unseen term weighs most and the first articles are still comparable.
    """

    def __init__(self, counts: Mapping[str, int] | None = None, n_docs: int = 0) -> None:
        """An empty table, or one loaded from ``counts`` over ``n_docs`` articles."""
        self._df: dict[str, int] = dict(counts or {})
        self.n_docs = n_docs

    def add(self, terms: Iterable[str]) -> None:
        """Count one article carrying ``terms`` (each distinct term once)."""
        self.n_docs += 1
        for t in set(terms):
            self._df[t] = self._df.get(t, 0) + 1

    def count(self, term: str) -> int:
        """Articles seen carrying ``term``."""
        return self._df.get(term, 0)

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency (>= 1)."""
        return math.log((1 + self.n_docs) / (1 + self.count(term))) + 1.0

    def items(self) -> Iterable[tuple[str, int]]:
        """(term, count) pairs, for persisting."""
        return self._df.items()


# --- per-article signals ----------------------------------------------------------------------


def story_terms(title: str, lead_tokens: list[str]) -> Counter[str]:
    """Term counts of the story vector: headline words x ``TITLE_WEIGHT`` + lead words.

    ``title`` is the cleaned, normalised headline (space-joined words); ``lead_tokens`` the
    normalised body words. Stopwords and one-letter tokens are dropped.
    """
    out: Counter[str] = Counter()
    for t in T.content_words(title.split()):
        if len(t) > 1:
            out[t] += TITLE_WEIGHT
    for t in T.content_words(lead_tokens[:LEAD_TERMS]):
        if len(t) > 1:
            out[t] += 1
    return out


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Cosine of two sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


def weigh(counts: Mapping[str, int | float], df: DocFreq) -> dict[str, float]:
    """TF-IDF weights: sublinear term frequency times smoothed IDF."""
    return {t: (1.0 + math.log(c)) * df.idf(t) for t, c in counts.items() if c > 0}


# --- the index --------------------------------------------------------------------------------

S = TypeVar("S", bound=Hashable)


@dataclass
class _StoryVec:
    terms: Counter[str] = field(default_factory=Counter)
    first: datetime | None = None
    last: datetime | None = None
    size: int = 0


@dataclass(frozen=True, slots=True)
class RewriteMatch(Generic[S]):
    """The story a rewrite joins, with its similarity (for display and debugging)."""

    story_id: S
    similarity: float


class RewriteIndex(Generic[S]):
    """Story centroids, their rare-term postings and the document frequencies, in memory."""

    def __init__(self, params: StoryParams | None = None) -> None:
        """An empty index."""
        self.params = params or StoryParams()
        self.df = DocFreq()
        self.stories: dict[S, _StoryVec] = {}
        self.postings: dict[str, set[S]] = {}

    def _near(self, story: _StoryVec, at: datetime | None) -> bool:
        if at is None or story.first is None or story.last is None:
            return True
        w = self.params.window
        return story.first - w <= at <= story.last + w

    def candidates(self, terms: Mapping[str, int], at: datetime | None) -> list[S]:
        """Stories sharing rare terms with ``terms``, most shared first, within the window."""
        limit = max(1.0, self.params.rare_df * self.df.n_docs)
        shared: Counter[S] = Counter()
        for t in terms:
            if self.df.count(t) > limit:
                continue
            for s in self.postings.get(t, ()):
                shared[s] += 1
        out = [s for s, _ in shared.most_common() if self._near(self.stories[s], at)]
        return out[: self.params.max_candidates]

    def match(self, terms: Mapping[str, int], at: datetime | None) -> RewriteMatch[S] | None:
        """The story whose centroid is most similar to ``terms``, if it reaches ``accept``."""
        if not self.params.enabled or not terms:
            return None
        vec = weigh(terms, self.df)
        best: RewriteMatch[S] | None = None
        for s in self.candidates(terms, at):
            sim = cosine(vec, weigh(self.stories[s].terms, self.df))
            if sim >= self.params.accept and (best is None or sim > best.similarity):
                best = RewriteMatch(s, sim)
        return best

    def add(self, story_id: S, terms: Mapping[str, int], at: datetime | None) -> None:
        """Record an article (``terms``, time ``at``) as a member of ``story_id``."""
        sv = self.stories.setdefault(story_id, _StoryVec())
        sv.terms.update(terms)
        sv.size += 1
        if at is not None:
            sv.first = at if sv.first is None else min(sv.first, at)
            sv.last = at if sv.last is None else max(sv.last, at)
        for t in terms:
            self.postings.setdefault(t, set()).add(story_id)
        self.df.add(terms)

    def merge(self, kept: S, absorbed: S) -> None:
        """Fold story ``absorbed`` into ``kept`` (the copy rules bridged them)."""
        old = self.stories.pop(absorbed, None)
        if old is None:
            return
        sv = self.stories.setdefault(kept, _StoryVec())
        sv.terms.update(old.terms)
        sv.size += old.size
        for at in (old.first, old.last):
            if at is not None:
                sv.first = at if sv.first is None else min(sv.first, at)
                sv.last = at if sv.last is None else max(sv.last, at)
        for t in old.terms:
            p = self.postings.get(t)
            if p is not None:
                p.discard(absorbed)
                p.add(kept)


_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


__all__ = [
    "DocFreq",
    "RewriteIndex",
    "RewriteMatch",
    "StoryParams",
    "cosine",
    "story_terms",
    "weigh",
]
