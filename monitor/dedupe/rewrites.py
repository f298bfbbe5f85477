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
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from itertools import chain, repeat
from operator import add as _plus
from operator import mul, truediv
from typing import Generic, Protocol, TypeVar

import numpy as np

from monitor.dedupe import learned as L
from monitor.dedupe import text as T

LEAD_TERMS = 60  # body words that enter the story vector: the lead tells the event (who, where,
# how many); later paragraphs are background that different events of one topic share
TITLE_WEIGHT = 2  # the headline counted twice: it names the event in the fewest words


@dataclass(frozen=True, slots=True)
class StoryParams:
    """Thresholds of the rewrite decision (defaults: measured on stories-dev, see the docs)."""

    accept: float = 0.22  # similarity to a story (below) at which a rewrite joins it: the
    # prototype's single threshold was 0.20 (F1 0.83); chosen by the cross-validation by part
    accept_named: float = 0.18  # ...or this one when they share ``named_min`` name words
    named_min: int = 2  # shared name words (people, places, teams): a weaker match is enough
    body_weight: float = 0.3  # similarity = (1 - w) x headline+lead cosine + w x body cosine:
    # the whole body names the victims, streets and ages that tell two shootings of one city
    # apart (gva F1 0.78 -> 0.85), but ecb's two events of a topic share background (0.5 cost
    # ecb 0.03 F1; 0.3 costs nothing)
    merge_at: float = 1.01  # an article this similar to a second story bridges (merges) it into
    # its best one. Off (> 1): at 0.3-0.45 gva did not move, ecb F1 -0.014..+0.006, P down
    window: timedelta = timedelta(hours=72)  # a rewrite of an event appears within 3 days of
    # its first report (gva's stories are cut to 3 days; wire rewrites run ~2 days)
    rare_df: float = 0.05  # candidate keys: terms in at most this share of the articles seen
    # (names, places, specifics); "police", "shooting", "said" would list every story
    max_candidates: int = 20  # stories scored per article, most shared rare terms first (newest
    # first among equals). Each costs a centroid read and decode in the stored index (10k
    # window: 10.9 ms per decision with 50, 7.9 with 20, 6.2 with 10); each stories-dev part
    # alone groups the same with 10, 20 or 50, but the all-parts run, whose undated ecb stories
    # are near every article, loses gva recall below 20 (0.809 with 50, 0.791 with 20, 0.759
    # with 10): docs/benchmarks.md, "Fewer candidates"
    entity_min: int = 3  # name words each side needs before their disagreement vetoes (2-5 alike)
    entity_veto: bool = True  # names on both sides and none shared: another event
    year_veto: bool = True  # years named on both sides and none shared: another event
    number_veto: bool = False  # the same thing counted differently ("4 killed" / "2 killed"):
    # measured off: stories collect many counts (ages, times), recall fell 0.78 -> 0.55
    core_share: float = 0.5  # a name is the story's own when this share of its members carry it
    core_min: float = 0.0  # share (IDF-weighted) of the story's own names the article must
    # mention anywhere (headline, lead or body): the event's names, not only the topic's
    head_min: float = 0.0  # both ways, the share (IDF-weighted) of a headline's terms the
    # other side mentions (see RewriteIndex.headline_coverage)
    names_min: float = 0.0  # share (IDF-weighted) of the article's lead names the story must
    # mention somewhere (its members' headlines, leads or bodies): the two-sided check
    margin: float = 0.0  # ambiguity: refuse when another story scores within this much of the
    # best (two events of one topic, or one outlet's page furniture, match alike)
    same_source_title: float = 0.0  # an article of an outlet already in the story must share
    # this much headline (TF-IDF cosine to a member's headline): one outlet's pages share their
    # furniture and background, not only their event
    split_ratio: float = 0.5  # split a story whose members form two groups: average linkage
    # cuts the members in two, and when the mean similarity between the groups is below this
    # share of the mean within them, the group without the story's first article leaves as a
    # story of its own (0: off). A wrong early join mixes two events; later members then
    # cluster by event, and the split undoes the join (see docs/design.md, "join policy")
    split_min: int = 2  # ...when each group has at least this many members (a lone outlier
    # is an odd member, not another event)
    split_max: int = 64  # stories larger than this are not re-examined (bounds the cost)
    furniture_min: int = 1  # a lead sentence that this many earlier articles of the same
    # outlet carried is page furniture (a login box, a menu, a standing blurb): it is not read
    # as lead words, and its words leave the body vector (0: off)
    people_rescue: float = 0.10  # a candidate below the thresholds above still takes an article
    # of another outlet at this similarity when both name one rare person in full (a victim, a
    # witness: "Mary Jones"), the evidence that gva's low-similarity rewrites share (0: off).
    # Held out (cross-validation by part; every fold chose 0.10 over 0): pooled F1 0.873 ->
    # 0.877, gva 0.859 -> 0.870; dedup-dev with the layer on unchanged (docs/design.md, round 8)
    people_rare: int = 1  # ...a person whom at most this many earlier articles named: the
    # story's first report. A person named more often is news of several events (an official,
    # a celebrity), and in a short stream (dedup-dev's one day) 2-3 let one interview's pieces
    # or one company's news join (8-25 more merged pairs of different events)
    learned_min: float = 0.0  # > 0: the learned similarity decides instead of accept /
    # accept_named (monitor/dedupe/learned.py): the best candidate with probability >= this
    # joins (vetoes and the split still apply). 0: off, the rules above decide
    learned_weights: tuple[float, ...] = ()  # the model's weights (empty: learned.WEIGHTS);
    # set by the cross-validation, which refits them on two parts
    enabled: bool = False  # opt-in: with it on, dedup-dev merges 613 pairs of different
    # originals: 294 within one outlet (furniture leads, one press conference's pieces), 319
    # across outlets, about half of them the same event in other words (which its gold calls
    # different stories) and half same-topic different stories; no signal measured (see
    # docs/design.md, "Rewrite precision") brings that near zero while keeping stories-dev
    # recall, so the pipeline groups copies only


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

    @classmethod
    def adopt(cls, counts: dict[str, int], n_docs: int) -> DocFreq:
        """A table over ``counts`` itself (not copied: the caller gives it up), for the stored
        index, which builds a fresh dict per decision."""
        df = cls.__new__(cls)
        df._df, df.n_docs = counts, n_docs
        return df

    def add(self, terms: Iterable[str]) -> None:
        """Count one article carrying ``terms`` (each distinct term once), summed by C calls
        (a loop per term ran for the ~400 body terms of every article added; nineteenth
        session): the same counts, new terms added in the same order (the set's)."""
        self.n_docs += 1
        add_counts(self._df, dict.fromkeys(set(terms), 1))

    def count(self, term: str) -> int:
        """Articles seen carrying ``term``."""
        return self._df.get(term, 0)

    def idf(self, term: str) -> float:
        """Smoothed inverse document frequency (>= 1)."""
        return math.log((1 + self.n_docs) / (1 + self.count(term))) + 1.0

    def idfs(self, counts: Mapping[str, int | float]) -> dict[str, float]:
        """``{t: idf(t)}`` for the terms of ``counts`` with a positive count: the same
        arithmetic as :meth:`idf`, without two Python calls per term (scoring weighs every
        term of every article). By C calls (``map``), the same operations in the same order
        as ``log(n1 / (1 + df)) + 1.0`` per term: the same doubles, without a Python-level
        loop over the ~280 terms of each decision (twentieth session)."""
        n1 = 1 + self.n_docs
        if min(counts.values(), default=1) > 0:  # every term (an article's counts are)
            terms: Iterable[str] = counts
        else:
            terms = [t for t, c in counts.items() if c > 0]
        docs = map(_plus, repeat(1), map(self._df.get, terms, repeat(0)))
        return dict(zip(terms, map(_plus, map(math.log, map(truediv, repeat(n1), docs)),
                                   repeat(1.0)), strict=True))

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
    for t in T.event_words(title.split()):
        if len(t) > 1:
            out[t] += TITLE_WEIGHT
    for t in T.event_words(lead_tokens[:LEAD_TERMS]):
        if len(t) > 1:
            out[t] += 1
    return out


BODY_MAX_TERMS = 400  # distinct body terms kept per article (the most frequent): enough for any
# news article's names and specifics, and it bounds what is stored per article


def body_terms(tokens: list[str]) -> Counter[str]:
    """Term counts of the whole body (content words, one-letter tokens dropped)."""
    out = Counter(t for t in T.event_words(tokens) if len(t) > 1)
    if len(out) > BODY_MAX_TERMS:
        out = Counter(dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:BODY_MAX_TERMS]))
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


_YEAR = re.compile(r"(?<![\w$.,])(1[89]\d\d|20\d\d)(?![\w.,]\d)")
_CAP = re.compile(r"[A-Z][\w'\-]*(?:\.?\s+(?:[A-Z][\w'\-]*|of|de|del|van|von|al))*")
_MONTHS = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "jan", "feb", "mar", "apr"),
        *("jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    }
)
_NOT_NAMES = _MONTHS | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mr", "mrs",
    "ms", "dr", "police", "sheriff", "officers", "update", "updated", "breaking", "video",
    "photos", "report", "news", "according", "authorities", "officials", "advertisement",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
    "second", "third", "today", "yesterday", "tonight", "last", "after", "when", "while",
}
ENTITY_WORDS = 80  # raw body words scanned for names and years: the lead and the dateline
TITLE_CASE_SHARE = 0.6  # a headline with this share of capitalised words is in title case:
# its capitals say nothing about names, so its names are not read


def entities(title: str, body: str) -> frozenset[str]:
    """Name words in the headline and lead: words of capitalised phrases, normalised.

    Words rather than whole phrases, so that "Chicago" and "Chicago Mayor Rahm Emanuel", or
    "Aaron Alexis" and "Aaron Alexis Fort Worth", share names (phrases: gva F1 0.82, words 0.86).

    A capitalised word that opens a sentence is kept only inside a longer phrase or when it is
    not a stopword ("The", "Police" and months are never names). Headlines in title case are
    skipped (every word is capitalised there).
    """
    out: set[str] = set()
    head = title.split()
    caps = sum(1 for w in head if w[:1].isupper())
    sources = [" ".join(body.split()[:ENTITY_WORDS])]
    if head and caps / len(head) < TITLE_CASE_SHARE:
        sources.append(title)
    for src in sources:
        for m in _CAP.finditer(src):
            toks = [w for w in T.words(m.group(0)) if w not in T.STOPWORDS and w not in _NOT_NAMES]
            toks = [w for w in toks if not w[:1].isdigit() and len(w) > 1]
            if toks:
                out.update(toks)
    return frozenset(out)


YEAR_WORDS = 80  # body words scanned for years: the dateline and the lead


def years(title: str, body: str) -> frozenset[str]:
    """Years (1800-2099) named in the headline or the first ``YEAR_WORDS`` body words."""
    return frozenset(_YEAR.findall(title + " " + " ".join(body.split()[:YEAR_WORDS])))


def average_linkage_2(sim: np.ndarray) -> tuple[list[int], list[int]]:
    """Average-linkage agglomeration of a similarity matrix down to two groups (indices).

    Lance-Williams update: merging groups a and b, the similarity of the union with c is the
    size-weighted mean of a's and b's. O(n^2) per merge with numpy; n is bounded by
    ``StoryParams.split_max``.
    """
    n = sim.shape[0]
    m = sim.astype(float).copy()
    np.fill_diagonal(m, -np.inf)
    groups: list[list[int] | None] = [[i] for i in range(n)]
    alive = np.ones(n, dtype=bool)
    for _ in range(n - 2):
        masked = np.where(alive[:, None] & alive[None, :], m, -np.inf)
        i, j = divmod(int(np.argmax(masked)), n)
        gi, gj = groups[i], groups[j]
        assert gi is not None and gj is not None
        si, sj = len(gi), len(gj)
        row = (si * m[i] + sj * m[j]) / (si + sj)
        m[i, :] = row
        m[:, i] = row
        m[i, i] = -np.inf
        alive[j] = False
        m[j, :] = -np.inf
        m[:, j] = -np.inf
        groups[i] = gi + gj
        groups[j] = None
    left = [g for g in groups if g is not None]
    if len(left) < 2:
        return list(range(n)), []
    return sorted(left[0]), sorted(left[1])


# --- the index --------------------------------------------------------------------------------

S = TypeVar("S", bound=Hashable)


def add_counts(counter: dict[str, int], counts: Mapping[str, int]) -> None:
    """``counter.update(counts)``, summed by C calls: ``Counter.update`` of a mapping loops in
    Python when the counter holds anything (a story's summed body: ~400 terms per member
    added). The same sums, new terms appended in ``counts``' order, as ``update`` does."""
    if not counter:
        dict.update(counter, counts)
        return
    keys = tuple(counts)
    dict.update(counter, zip(keys, map(_plus, counts.values(), map(counter.get, keys, repeat(0))),
                             strict=True))


# an empty Counter without Counter.__init__ (two Python-level calls: 370 ns against 70 ns):
# the stored index makes a story vector per candidate stub, four empty Counters each
_empty: Callable[[], Counter[str]] = partial(Counter.__new__, Counter)


@dataclass
class _StoryVec:
    terms: Counter[str] = field(default_factory=_empty)  # headline + lead, summed
    body: Counter[str] = field(default_factory=_empty)  # whole bodies, summed
    entities: set[str] = field(default_factory=set)
    years: set[str] = field(default_factory=set)
    numbers: set[tuple[str, str]] = field(default_factory=set)
    first: datetime | None = None
    last: datetime | None = None
    size: int = 0
    titles: list[Counter[str]] = field(default_factory=list)  # members' headline terms
    name_counts: Counter[str] = field(default_factory=_empty)  # members carrying each name
    sources: set[str] = field(default_factory=set)  # members' outlets
    people: Counter[str] = field(default_factory=_empty)  # members naming each person in full
    members: list[tuple[Hashable, Signals]] = field(default_factory=list)  # (article id or
    # None, signals), in arrival order: what a split re-reads
    # the centroid's norm sums, taken when it last changed (see RewriteIndex._norm and
    # norm_sums; empty: none): (n_docs, S0, S1, S2)
    cache: dict[str, tuple[int, float, float, float]] = field(default_factory=dict)

    def absorb(self, other: _StoryVec) -> None:
        self.cache.clear()
        add_counts(self.terms, other.terms)
        add_counts(self.body, other.body)
        self.titles.extend(other.titles)
        self.members.extend(other.members)
        add_counts(self.name_counts, other.name_counts)
        self.sources |= other.sources
        add_counts(self.people, other.people)
        self.entities |= other.entities
        self.years |= other.years
        self.numbers |= other.numbers
        self.size += other.size
        for at in (other.first, other.last):
            self.seen(at)

    def seen(self, at: datetime | None) -> None:
        if at is not None:
            self.first = at if self.first is None else min(self.first, at)
            self.last = at if self.last is None else max(self.last, at)


@dataclass(frozen=True, slots=True)
class Signals:
    """What the rewrite decision reads of one article."""

    terms: Mapping[str, int]  # headline x TITLE_WEIGHT + lead (story_terms)
    body: Mapping[str, int] = field(default_factory=dict)  # the whole body (body_terms)
    entities: frozenset[str] = frozenset()
    years: frozenset[str] = frozenset()
    numbers: frozenset[tuple[str, str]] = frozenset()
    at: datetime | None = None
    title: Mapping[str, int] = field(default_factory=dict)  # headline terms (title_terms)
    source: str = ""  # the outlet ("" unknown: no same-outlet rule)
    lines: tuple[tuple[int, tuple[str, ...]], ...] = ()  # the body's first sentences, then its
    # last ones (fingerprint, normalised words): read by the per-outlet furniture removal
    lead_lines: int | None = None  # how many of ``lines`` are the first sentences (None: all)
    people: frozenset[str] = frozenset()  # people named in full ("first last", lower case)


class HasSignals(Protocol):
    """What :func:`rewrite_signals` reads (``monitor.dedupe.signatures.DocFeatures``)."""

    @property
    def title(self) -> str: ...

    def signals(self) -> Signals: ...


def title_terms(title: str) -> Counter[str]:
    """Headline term counts (content words of the normalised headline, one-letter dropped)."""
    return Counter(t for t in T.event_words(title.split()) if len(t) > 1)


def rewrite_signals(doc: HasSignals, source: str = "") -> Signals:
    """The :class:`Signals` of an article's features (``DocFeatures``), with its headline terms
    and outlet: what :meth:`RewriteIndex.matches` and :meth:`RewriteIndex.add` read."""
    return replace(doc.signals(), title=title_terms(doc.title), source=source)


def numbers_disagree(a: Iterable[tuple[str, str]], b: Iterable[tuple[str, str]]) -> bool:
    """True when some word is counted on both sides with no value in common."""
    by_a: dict[str, set[str]] = {}
    for value, word in a:
        by_a.setdefault(word, set()).add(value)
    by_b: dict[str, set[str]] = {}
    for value, word in b:
        by_b.setdefault(word, set()).add(value)
    return any(w in by_b and not (v & by_b[w]) for w, v in by_a.items())


LEARNED_FLOOR = 0.10  # candidates less similar than this are not scored by the learned model
# (refused): the rules never accept below accept_named's smallest setting (0.14), and the
# learned features cost a pass over the article's names and headline per candidate
HOURS_PER_DAY = 24.0


NORM_REFRESH = 1.1  # a story's norm sums, taken when it changes (RewriteIndex.norm_sums), serve
# its comparisons until the articles seen grew by 10% since; a comparison after that computes
# them exactly for itself (nothing kept: see RewriteIndex._norm). The F1 of eval_stories is the
# same as with exact norms


_TF: list[np.ndarray] = [np.zeros(1)]  # 1 + log(c) at index c (0 at 0: no weight), grown on
# demand: a centroid's term counts are small integers, so its sublinear term frequencies are
# read from this table instead of a log per term per candidate (the same doubles: math.log)


TF_TABLE_MAX = 1 << 16  # counts past this (a word said 65,536 times in one story's summed
# bodies: never seen) are logged one by one rather than growing the table (512 KB at most)


def _tf_upto(c: int) -> np.ndarray:
    """The table of ``1 + log(c)`` (``weigh``'s term frequency) covering counts up to ``c``
    (at most ``TF_TABLE_MAX``)."""
    table = _TF[0]
    if c >= len(table) and len(table) < TF_TABLE_MAX:
        size = min(TF_TABLE_MAX, max(c + 1, 2 * len(table), 64))
        table = np.array([0.0] + [1.0 + math.log(k) for k in range(1, size)])
        _TF[0] = table
    return table


def _tf_of(counts: np.ndarray) -> np.ndarray:
    """``1 + log c`` (0 at 0) of non-negative integer ``counts``, from the table of
    :func:`_tf_upto` (counts past it logged one by one)."""
    top = int(counts.max()) if counts.size else 0
    table = _tf_upto(top)
    if top < len(table):
        out: np.ndarray = table[counts]
        return out
    tf: np.ndarray = table[np.minimum(counts, len(table) - 1)]
    big = np.nonzero(counts >= len(table))
    tf[big] = [1.0 + math.log(int(x)) for x in counts[big]]
    return tf


def _sums(counts: Mapping[str, int], df: DocFreq) -> tuple[int, float, float, float]:
    """The norm sums ``(N, S0, S1, S2)`` of a centroid's ``counts`` under ``df`` (see
    :meth:`RewriteIndex._norm`), in one numpy pass: the counts and their frequencies gathered
    by C ``dict.get`` calls, ``1 + log c`` read from the table of :func:`_tf_upto`. Taken for
    every story written and for every stale one compared (a loop per term was 70% of the
    in-memory evaluation's time once a stale comparison no longer kept its sums)."""
    n = len(counts)
    if not n:
        return (df.n_docs, 0.0, 0.0, 0.0)
    return sums_of(counts, np.fromiter(map(df._df.get, counts, repeat(0, n)),
                                       dtype=np.float64, count=n), df.n_docs)


def sums_of(counts: Mapping[str, int], docs: np.ndarray,
            n_docs: int) -> tuple[int, float, float, float]:
    """:func:`_sums` of ``counts`` given the document frequency of each of its terms
    (``docs``, in the order of ``counts``) over ``n_docs`` articles: for the stored index,
    which has the frequencies of a centroid's terms as an array without making a
    :class:`DocFreq` of them (twentieth session). The same doubles: the frequencies are
    read as float64 (exact for any count), then the same operations in the same order."""
    n = len(counts)
    if not n:
        return (n_docs, 0.0, 0.0, 0.0)
    c = np.fromiter(counts.values(), dtype=np.int64, count=n)
    np.maximum(c, 0, out=c)  # a count <= 0 adds nothing (as in weigh: c > 0 only)
    u = _tf_of(c)
    u2 = u * u
    lg = np.log1p(np.asarray(docs, dtype=np.float64))
    u2lg = u2 * lg
    return (n_docs, float(u2.sum()), float(u2lg.sum()), float((u2lg * lg).sum()))


@dataclass(frozen=True, slots=True)
class _Weighted:
    """One side of an article (headline + lead, or body) as scoring reads it: its terms, their
    TF-IDF weights and their IDF, in the article's term order, computed once per decision."""

    terms: tuple[str, ...]
    weights: np.ndarray
    idf: np.ndarray

    def dots(self, centroids: list[Mapping[str, int]]) -> list[float]:
        """The TF-IDF dot product of this side with each centroid's counts (re-weighted with
        the same IDF), as ``RewriteIndex`` scored one pair at a time: per term
        ``w x (1 + log c) x idf`` (in that order) summed in the article's term order, so the
        doubles are the same, for all candidates in one pass (the counts are gathered by C
        ``dict.get`` calls, the logs read from a table, the sums are sequential: ``cumsum``).

        A centroid without counts (the stored index's bare candidates, about half of them:
        ``RewriteStore._barred``) is 0.0 without gathering anything: its row of the product
        would be zeros, whose sum is 0.0 (twentieth session)."""
        n, m = len(self.terms), len(centroids)
        full = [c for c in centroids if c]
        if not n or not full:
            return [0.0] * m
        k = len(full)
        counts = np.fromiter(
            chain.from_iterable(map(c.get, self.terms, repeat(0, n)) for c in full),
            dtype=np.int64,
            count=n * k,
        ).reshape(k, n)
        np.maximum(counts, 0, out=counts)  # a count <= 0 adds nothing (as before: c > 0 only)
        terms = (self.weights * _tf_of(counts)) * self.idf
        dots = iter(np.cumsum(terms, axis=1)[:, -1].tolist())
        return [next(dots) if c else 0.0 for c in centroids]


def _side(counts: Mapping[str, int | float], df: DocFreq) -> tuple[dict[str, float], _Weighted]:
    """``weigh(counts, df)`` and its :class:`_Weighted` form (each IDF computed once)."""
    idf = df.idfs(counts)
    # (1 + log c) x idf per term by C calls, the same operations in the same order
    tf = map(_plus, repeat(1.0), map(math.log, map(counts.__getitem__, idf)))
    weights = dict(zip(idf, map(mul, tf, idf.values()), strict=True))
    n = len(idf)  # weights holds the terms of idf, in its order (C reads, not per-term lists)
    return weights, _Weighted(tuple(idf), np.fromiter(weights.values(), np.float64, n),
                              np.fromiter(idf.values(), np.float64, n))


@dataclass(frozen=True, slots=True)
class _DocVec:
    """An article's TF-IDF weights and norms, computed once per decision."""

    terms: dict[str, float]
    norm: float
    body: dict[str, float]
    body_norm: float
    lead_side: _Weighted
    body_side: _Weighted

    @classmethod
    def of(cls, doc: Signals, df: DocFreq, body_df: DocFreq) -> _DocVec:
        t, ts = _side(doc.terms, df)
        b, bs = _side(doc.body, body_df)
        # the squares summed by C calls (``sum`` of ``mul(w, w)``, a generator looped in Python
        # over the ~230 body weights before): the same doubles added in the same order
        return cls(
            t,
            math.sqrt(sum(map(mul, t.values(), t.values()))),
            b,
            math.sqrt(sum(map(mul, b.values(), b.values()))),
            ts,
            bs,
        )


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
        self.df = DocFreq()  # of headline + lead terms
        self.body_df = DocFreq()  # of body terms
        self.people_df = DocFreq()  # of people named in full
        self.stories: dict[S, _StoryVec] = {}
        self.postings: dict[str, set[S]] = {}
        # per story, the rare terms it shares with the article being decided, when the stored
        # index's database counted them (RewriteStore, on its index of one decision: the
        # postings are then not read); None: candidates() counts them over the postings
        self.shared: Mapping[S, int] | None = None
        self.outlet_lines: dict[str, Counter[int]] = {}  # per outlet: articles carrying each
        # lead sentence (by fingerprint); counts, like the document frequencies, to store later
        # take a story's norm sums when add, merge or split changes it (norm_sums), with the
        # frequencies then, as the stored index does when it writes the centroid; the stored
        # index's own indexes of one change leave it to RewriteStore._save (False)
        self.sums_on_write = True
        self._births = 0
        self.born: dict[S, int] = {}  # per story, when it was made (a counter; the stored index
        # gives its story ids, which grow the same way): the newer of two candidates sharing as
        # many rare terms ranks first, in both indexes alike

    def defurnish(self, doc: Signals) -> Signals:
        """``doc`` without its outlet's furniture: lead sentences that ``furniture_min`` earlier
        articles of the outlet carried are dropped from the lead (the lead is re-read from the
        remaining sentences) and their words from the body. Unchanged when off or nothing
        recurs."""
        p = self.params
        if not p.furniture_min or not doc.source or not doc.lines:
            return doc
        seen = self.outlet_lines.get(doc.source)
        if not seen:
            return doc
        drop = [ws for h, ws in doc.lines if seen[h] >= p.furniture_min]
        if not drop:
            return doc
        kept: list[str] = []
        for h, ws in doc.lines[: doc.lead_lines]:
            if seen[h] < p.furniture_min:
                kept.extend(ws)
        terms: Counter[str] = Counter({t: TITLE_WEIGHT * c for t, c in doc.title.items()})
        for t in T.event_words(kept[:LEAD_TERMS]):
            if len(t) > 1:
                terms[t] += 1
        body = Counter(doc.body)
        for ws in drop:
            body.subtract(t for t in T.event_words(list(ws)) if len(t) > 1)
        return replace(doc, terms=terms, body={t: c for t, c in body.items() if c > 0})

    def _near(self, story: _StoryVec, at: datetime | None) -> bool:
        if at is None or story.first is None or story.last is None:
            return True
        w = self.params.window
        return story.first - w <= at <= story.last + w

    def candidates(self, terms: Mapping[str, int], at: datetime | None) -> list[S]:
        """Stories sharing rare terms with ``terms``, most shared first, within the window
        (the counts: :attr:`shared` when given, else counted over the postings)."""
        shared = self.shared if self.shared is not None else self._shared(terms)
        born = self.born
        order = sorted(shared, key=lambda s: (-shared[s], -born.get(s, -1)))
        out = [s for s in order if self._near(self.stories[s], at)]
        return out[: self.params.max_candidates]

    def _shared(self, terms: Mapping[str, int]) -> Counter[S]:
        """Per story, how many of the rare ones of ``terms`` its postings hold."""
        limit = max(1.0, self.params.rare_df * self.df.n_docs)
        shared: Counter[S] = Counter()
        for t in terms:
            if self.df.count(t) > limit:
                continue
            for s in self.postings.get(t, ()):
                shared[s] += 1
        return shared

    def _bear(self, story_id: S) -> None:
        """Note ``story_id`` as made now, if it is new (see :attr:`born`)."""
        if story_id not in self.born:
            self._births += 1
            self.born[story_id] = self._births

    def vetoed(self, doc: Signals, story: _StoryVec) -> str | None:
        """Why ``doc`` cannot be a rewrite of ``story`` (None: nothing disagrees)."""
        p = self.params
        if p.year_veto and doc.years and story.years and not (doc.years & story.years):
            return "years differ"
        if (
            p.entity_veto
            and len(doc.entities) >= p.entity_min
            and len(story.entities) >= p.entity_min
            and not (doc.entities & story.entities)
        ):
            return "names differ"
        if p.number_veto and numbers_disagree(doc.numbers, story.numbers):
            return "numbers differ"
        return None

    def _norm(self, story: _StoryVec, key: str, counts: Mapping[str, int], df: DocFreq) -> float:
        """Norm of the TF-IDF centroid, from sums cached per story.

        With ``u = 1 + log(count)``, ``L = log(1 + df)`` and ``A = log(1 + N) + 1`` the weight is
        ``u (A - L)``, so ``|v|^2 = A^2 S0 - 2 A S1 + S2`` (``S0 = sum u^2``, ``S1 = sum u^2 L``,
        ``S2 = sum u^2 L^2``). The sums are taken when the story changes (:meth:`norm_sums`, with
        the frequencies then: what the stored index writes with the centroid) and serve until
        the articles seen grew by ``NORM_REFRESH``; in between only ``N`` moves exactly (a
        story's own terms' frequencies drift by the few articles that arrived meanwhile). This
        makes a comparison cost the article's terms, not the (growing) centroid's. Past that
        (or with no sums) the comparison computes them exactly for itself and keeps nothing:
        a comparison has no side effect, so a story's norm depends on when it changed and on
        ``N`` only, never on which earlier articles happened to be compared with it, in the
        in-memory index and the stored one alike (before, the in-memory index took the sums
        at a story's first comparison and kept each refresh, the stored one took them when
        the centroid was written: near a threshold the two decided differently,
        docs/design.md, "Norm sums taken when a story changes").
        """
        n = df.n_docs
        cached = story.cache.get(key)
        if cached is None or n > cached[0] * NORM_REFRESH:
            cached = _sums(counts, df)
        a = math.log(1 + n) + 1.0
        return math.sqrt(max(0.0, a * a * cached[1] - 2 * a * cached[2] + cached[3]))

    def _cosines(
        self, dv: _DocVec, stories: list[_StoryVec], body: bool
    ) -> list[tuple[float, float]]:
        """(headline + lead cosine, body cosine) of the article ``dv`` with each of ``stories``
        (TF-IDF against the centroid); the body's only when ``body`` and the article and the
        story have one (0.0 otherwise), the first only when the article has a norm. A story's
        norm is read (its sums computed afresh when stale) only when the dot product is not zero."""
        lead = (
            dv.lead_side.dots([s.terms for s in stories]) if dv.norm else [0.0] * len(stories)
        )
        with_body = [s for s in stories if s.body] if body and dv.body_norm else []
        bodies = iter(dv.body_side.dots([s.body for s in with_body]))
        out: list[tuple[float, float]] = []
        for story, dot in zip(stories, lead, strict=True):
            cl = dot / (dv.norm * self._norm(story, "t", story.terms, self.df)) if dot else 0.0
            cb = 0.0
            if body and dv.body_norm and story.body:
                bdot = next(bodies)
                if bdot:
                    cb = bdot / (
                        dv.body_norm * self._norm(story, "b", story.body, self.body_df)
                    )
            out.append((cl, cb))
        return out

    def similarity(self, doc: Signals, story: _StoryVec) -> float:
        """(1 - w) x headline+lead cosine + w x body cosine, both TF-IDF against the centroid."""
        return self._similarities(_DocVec.of(doc, self.df, self.body_df), [story])[0]

    def _similarities(self, dv: _DocVec, stories: list[_StoryVec]) -> list[float]:
        w = self.params.body_weight
        # a cosine _cosines did not compute is 0.0, and x + w x 0.0 is x: the same doubles as
        # adding the body term only where there is one
        return [(1 - w) * cl + w * cb for cl, cb in self._cosines(dv, stories, bool(w))]

    def title_similarity(self, doc: Signals, story: _StoryVec) -> float:
        """Best TF-IDF cosine of the article's headline with a member's headline."""
        if not doc.title:
            return 0.0
        dw = weigh(doc.title, self.df)
        return max((cosine(dw, weigh(t, self.df)) for t in story.titles), default=0.0)

    def core_coverage(self, doc: Signals, story: _StoryVec) -> float:
        """IDF-weighted share of the story's own names (carried by ``core_share`` of its
        members) that the article mentions anywhere; 1.0 when the story has none."""
        need = max(1.0, self.params.core_share * story.size)
        core = [e for e, c in story.name_counts.items() if c >= need]
        total = sum(self.body_df.idf(e) for e in core)
        if not total:
            return 1.0
        found = sum(
            self.body_df.idf(e)
            for e in core
            if e in doc.entities or e in doc.body or e in doc.terms or e in doc.title
        )
        return found / total

    def headline_coverage(self, doc: Signals, story: _StoryVec) -> tuple[float, float]:
        """Both ways, the IDF-weighted share of a headline's terms found in the other side's
        headline, lead or body: (the article's headline in the story's text, the best-covered
        member headline in the article's text). Another event of the topic names another
        team, victim or place in its headline, and the other side never mentions it."""

        def share(title: Mapping[str, int], *texts: Mapping[str, int]) -> float:
            total = sum(self.df.idf(t) for t in title)
            if not total:
                return 1.0
            return sum(self.df.idf(t) for t in title if any(t in x for x in texts)) / total

        fwd = share(doc.title, story.terms, story.body) if doc.title else 1.0
        back = max(
            (share(t, doc.title, doc.terms, doc.body) for t in story.titles), default=1.0
        )
        return fwd, back

    def names_coverage(self, doc: Signals, story: _StoryVec) -> float:
        """IDF-weighted share of the article's lead names that the story mentions anywhere;
        1.0 when the article has none."""
        total = sum(self.body_df.idf(e) for e in doc.entities)
        if not total:
            return 1.0
        found = sum(
            self.body_df.idf(e)
            for e in doc.entities
            if e in story.entities or e in story.body or e in story.terms
        )
        return found / total

    def pair_features(
        self, doc: Signals, story: _StoryVec, cos_lead: float, cos_body: float, gap: float
    ) -> list[float]:
        """The learned model's feature vector (:data:`monitor.dedupe.learned.FEATURES`) of
        ``doc`` (already defurnished) against ``story``; ``cos_lead`` / ``cos_body``: the two
        TF-IDF cosines, ``gap``: the similarity minus the best other candidate's.

        Reads only what the stored index keeps of a story (terms, body, names, years, numbers,
        times, size), so that the stored layer decides the same."""
        ents = doc.entities
        shared = len(ents & story.entities)
        if ents:
            found = sum(
                1 for e in ents if e in story.entities or e in story.body or e in story.terms
            )
            names_found = found / len(ents)
        else:
            names_found = 1.0
        head_total = sum(self.df.idf(t) for t in doc.title)
        head_found = (
            sum(self.df.idf(t) for t in doc.title if t in story.terms or t in story.body)
            / head_total
            if head_total
            else 1.0
        )
        years_agree = float(bool(doc.years & story.years))
        hours = 0.0
        no_time = 1.0
        if doc.at is not None and story.first is not None and story.last is not None:
            no_time = 0.0
            if doc.at < story.first:
                hours = (story.first - doc.at).total_seconds() / 3600
            elif doc.at > story.last:
                hours = (doc.at - story.last).total_seconds() / 3600
        limit = max(1.0, self.params.rare_df * self.df.n_docs)
        rare = sum(1 for t in doc.terms if t in story.terms and self.df.count(t) <= limit)
        return [
            1.0,
            cos_lead,
            cos_body,
            math.log1p(shared),
            names_found,
            float(not ents),
            head_found,
            years_agree,
            float(numbers_disagree(doc.numbers, story.numbers)),
            math.log1p(hours),
            no_time,
            math.log(max(1, story.size)),
            gap,
            math.log1p(rare),
        ]

    def scored_candidates(
        self, doc: Signals
    ) -> list[tuple[S, float, list[float] | None, str | None]]:
        """Every candidate story of ``doc`` (defurnished) with its similarity, the learned
        model's features (None below ``LEARNED_FLOOR``) and its veto (None: none).

        What the learned decision reads, and what ``bench/fit_learned.py`` fits it on."""
        dv = _DocVec.of(doc, self.df, self.body_df)
        w = self.params.body_weight
        rows: list[tuple[S, _StoryVec, float, float, float]] = []
        ids = self.candidates(doc.terms, doc.at)
        stories = [self.stories[s] for s in ids]
        for s, story, (cl, cb) in zip(ids, stories, self._cosines(dv, stories, True),
                                      strict=True):
            rows.append((s, story, cl, cb, (1 - w) * cl + w * cb))
        sims = sorted((r[4] for r in rows), reverse=True)
        out: list[tuple[S, float, list[float] | None, str | None]] = []
        for s, story, cl, cb, sim in rows:
            # the best other candidate's similarity, at least LEARNED_FLOOR: a lone weak
            # candidate (another event of the topic, no competitor) gains nothing by being alone
            other = 0.0 if len(sims) < 2 else sims[1] if sim == sims[0] else sims[0]
            best_other = max(other, LEARNED_FLOOR)
            x = (
                self.pair_features(doc, story, cl, cb, sim - best_other)
                if sim >= LEARNED_FLOOR
                else None
            )
            out.append((s, sim, x, self.vetoed(doc, story)))
        return out

    def _learned_matches(self, doc: Signals) -> list[RewriteMatch[S]]:
        """The learned decision: the candidate with the highest probability, when it passes
        ``learned_min`` and no veto."""
        p = self.params
        weights = p.learned_weights or L.WEIGHTS
        best: tuple[float, str, RewriteMatch[S]] | None = None
        for s, sim, x, veto in self.scored_candidates(doc):
            if x is None or veto is not None:
                continue
            prob = L.probability(x, weights)
            if prob < p.learned_min:
                continue
            key = (-prob, str(s), RewriteMatch(s, sim))
            if best is None or key[:2] < best[:2]:
                best = key
        return [best[2]] if best is not None else []

    def matches(self, doc: Signals) -> list[RewriteMatch[S]]:
        """The stories ``doc`` rewrites: the most similar candidate that passes, then any other
        at ``merge_at`` or more (to be merged into the first); empty: none.

        ``margin``: when another candidate scores within ``margin`` of the best, the article
        is ambiguous between two stories and joins neither.
        """
        p = self.params
        if not p.enabled or not doc.terms:
            return []
        doc = self.defurnish(doc)
        if p.learned_min:
            return self._learned_matches(doc)
        dv = _DocVec.of(doc, self.df, self.body_df)
        scored: list[RewriteMatch[S]] = []
        found: list[RewriteMatch[S]] = []
        ids = self.candidates(doc.terms, doc.at)
        stories = [self.stories[s] for s in ids]
        for s, story, sim in zip(ids, stories, self._similarities(dv, stories), strict=True):
            scored.append(RewriteMatch(s, sim))
            if sim < p.accept and (
                sim < p.accept_named or len(doc.entities & story.entities) < p.named_min
            ) and not self._rescued(doc, story, sim):
                continue
            if self.vetoed(doc, story) is not None:
                continue
            if p.core_min and self.core_coverage(doc, story) < p.core_min:
                continue
            if p.names_min and self.names_coverage(doc, story) < p.names_min:
                continue
            if p.head_min and min(self.headline_coverage(doc, story)) < p.head_min:
                continue
            if (
                p.same_source_title
                and doc.source
                and doc.source in story.sources
                and self.title_similarity(doc, story) < p.same_source_title
            ):
                continue
            found.append(RewriteMatch(s, sim))
        found.sort(key=lambda m: (-m.similarity, str(m.story_id)))
        if found and p.margin:
            best = found[0]
            if any(
                m.story_id != best.story_id and m.similarity >= best.similarity - p.margin
                for m in scored
            ):
                return []
        return found[:1] + [m for m in found[1:] if m.similarity >= p.merge_at]

    def _rescued(self, doc: Signals, story: _StoryVec, sim: float) -> bool:
        """True when ``doc`` (of another outlet than the story's members) scores at least
        ``people_rescue`` and names in full a person whom the story names and at most
        ``people_rare`` earlier articles did (see :class:`StoryParams`). Same outlet: no,
        one outlet's several pieces on one person are the hard negative of round 2."""
        p = self.params
        if not p.people_rescue or sim < p.people_rescue:
            return False
        if doc.source and doc.source in story.sources:
            return False
        return any(self.people_df.count(n) <= p.people_rare
                   for n in doc.people if n in story.people)

    def match(self, doc: Signals) -> RewriteMatch[S] | None:
        """The story ``doc`` rewrites (the most similar that passes), None: none."""
        found = self.matches(doc)
        return found[0] if found else None

    def add(self, story_id: S, doc: Signals, article_id: Hashable | None = None) -> None:
        """Record an article as a member of ``story_id`` (and count its terms).

        ``article_id``: the article's id, which :meth:`split_groups` returns (None: unknown).
        """
        lines = doc.lines
        doc = self.defurnish(doc)
        if self.params.furniture_min and doc.source and lines:
            self.outlet_lines.setdefault(doc.source, Counter()).update({h for h, _ in lines})
        self._bear(story_id)
        sv = self.stories.setdefault(story_id, _StoryVec())
        sv.absorb(self._member_vec(doc, article_id))
        for t in doc.terms:
            self.postings.setdefault(t, set()).add(story_id)
        self.df.add(doc.terms)
        self.body_df.add(doc.body)
        self.people_df.add(doc.people)
        if self.sums_on_write:  # this article counted, as RewriteStore.add writes them
            self.norm_sums(sv)

    @staticmethod
    def _member_vec(doc: Signals, article_id: Hashable | None) -> _StoryVec:
        return _StoryVec(
                terms=Counter(doc.terms),
                body=Counter(doc.body),
                entities=set(doc.entities),
                years=set(doc.years),
                numbers=set(doc.numbers),
                first=doc.at,
                last=doc.at,
                size=1,
                titles=[Counter(doc.title)] if doc.title else [],
                name_counts=Counter(doc.entities),
                sources={doc.source} if doc.source else set(),
                people=Counter(doc.people),
                members=[(article_id, doc)],
            )

    def split_groups(self, story_id: S) -> list[Hashable] | None:
        """The members (article ids) that should leave ``story_id`` as a story of their own,
        or None when its members do not form two groups (see ``StoryParams.split_ratio``;
        None too when the layer is off).

        Members are compared pairwise (the same similarity as :meth:`similarity`, each member
        weighed with the current IDF) and merged by average linkage down to two groups; the
        group without the story's first member is returned when both groups have at least
        ``split_min`` members and the mean similarity between them is below ``split_ratio`` x
        the mean within them. Stories without article ids, smaller than ``2 x split_min`` or
        larger than ``split_max`` are not examined.
        """
        p = self.params
        sv = self.stories.get(story_id)
        if not p.enabled or not p.split_ratio or sv is None:
            return None
        n = len(sv.members)
        if n < 2 * p.split_min or n > p.split_max or any(a is None for a, _ in sv.members):
            return None
        sim = self._member_matrix([d for _, d in sv.members])
        groups = average_linkage_2(sim)
        if min(len(g) for g in groups) < p.split_min:
            return None
        a, b = groups
        between = float(sim[np.ix_(a, b)].mean())
        within_sum = sum(float(sim[np.ix_(g, g)].sum() - sim[g, g].sum()) for g in groups)
        within_n = sum(len(g) * (len(g) - 1) for g in groups)
        if not within_n:
            return None
        within = within_sum / within_n
        if between >= p.split_ratio * within:
            return None
        leaving = b if 0 in a else a
        return [sv.members[i][0] for i in sorted(leaving)]

    def _member_matrix(self, docs: list[Signals]) -> np.ndarray:
        w = self.params.body_weight
        vs = [(weigh(d.terms, self.df), weigh(d.body, self.body_df)) for d in docs]
        n = len(vs)
        sim = np.zeros((n, n))
        for i in range(n):
            for j in range(i + 1, n):
                x = (1 - w) * cosine(vs[i][0], vs[j][0])
                if w:
                    x += w * cosine(vs[i][1], vs[j][1])
                sim[i, j] = sim[j, i] = x
        return sim

    def split(self, story_id: S, new_id: S, leaving: Iterable[Hashable]) -> None:
        """Move the members ``leaving`` (article ids) of ``story_id`` to a new story ``new_id``;
        both stories are rebuilt from their members' signals (the terms' document frequencies
        stay: the articles were seen)."""
        sv = self.stories.get(story_id)
        if sv is None:
            return
        out = set(leaving)
        stay = [(a, d) for a, d in sv.members if a not in out]
        go = [(a, d) for a, d in sv.members if a in out]
        if not go:
            return
        for t in sv.terms:
            posting = self.postings.get(t)
            if posting is not None:
                posting.discard(story_id)
        self._bear(new_id)
        for sid, members in ((story_id, stay), (new_id, go)):
            fresh = _StoryVec()
            for a, d in members:
                fresh.absorb(self._member_vec(d, a))
                for t in d.terms:
                    self.postings.setdefault(t, set()).add(sid)
            if members:
                self.stories[sid] = fresh
                if self.sums_on_write:
                    self.norm_sums(fresh)
            else:
                self.stories.pop(sid, None)
                self.born.pop(sid, None)

    # --- for the stored index (monitor/storage/rewrites.py): no decision is changed here ---

    def norm_sums(self, story: _StoryVec) -> dict[str, tuple[int, float, float, float]]:
        """``story``'s centroid norm sums (see :meth:`_norm`), computed now with this index's
        document frequencies and kept as its sums: what :meth:`add`, :meth:`merge` and
        :meth:`split` take when they change a story (``sums_on_write``), and what the stored
        index keeps beside a centroid when it writes one, so that scoring it later reads no
        centroid-wide frequencies."""
        story.cache["t"] = _sums(story.terms, self.df)
        if story.body:
            story.cache["b"] = _sums(story.body, self.body_df)
        return dict(story.cache)

    @staticmethod
    def norms_stale(story: _StoryVec, n_terms: int, n_body: int) -> bool:
        """True when a comparison with ``story`` would recompute its norm sums (missing, or
        the articles seen grew by ``NORM_REFRESH``), i.e. would read the document frequencies
        of all its terms. ``n_terms`` / ``n_body``: the articles seen now, per part."""
        return RewriteIndex.sums_stale(story.cache, bool(story.terms), bool(story.body),
                                       n_terms, n_body)

    @staticmethod
    def sums_stale(cache: Mapping[str, tuple[int, float, float, float]], has_terms: bool,
                   has_body: bool, n_terms: int, n_body: int) -> bool:
        """:meth:`norms_stale` of a story known by its norm sums ``cache`` and whether it has
        headline + lead terms and body terms (a story whose counts are not decoded)."""
        for key, has, n in (("t", has_terms, n_terms), ("b", has_body, n_body)):
            cached = cache.get(key)
            if has and (cached is None or n > cached[0] * NORM_REFRESH):
                return True
        return False

    def merge(self, kept: S, absorbed: S) -> None:
        """Fold story ``absorbed`` into ``kept`` (the copy rules bridged them)."""
        old = self.stories.pop(absorbed, None)
        self.born.pop(absorbed, None)
        if old is None:
            return
        vec = self.stories.setdefault(kept, _StoryVec())
        vec.absorb(old)
        if self.sums_on_write:
            self.norm_sums(vec)
        for t in old.terms:
            p = self.postings.get(t)
            if p is not None:
                p.discard(absorbed)
                p.add(kept)


# The story vector under a public name, for the stored index (monitor/storage/rewrites.py
# loads centroids from the database into a RewriteIndex and stores them back).
StoryVector = _StoryVec


__all__ = [
    "DocFreq",
    "RewriteIndex",
    "RewriteMatch",
    "Signals",
    "StoryParams",
    "StoryVector",
    "average_linkage_2",
    "body_terms",
    "cosine",
    "numbers_disagree",
    "rewrite_signals",
    "story_terms",
    "sums_of",
    "title_terms",
    "weigh",
]
