"""Verification of candidate pairs and the decision for a newly arrived article.

Two relations, both symmetric per pair:

* **copy**: the two texts are the same article give or take edits (headline, dateline, byline,
  trimmed or added paragraphs, spelling, quote marks, light paraphrase);
* **same story**: the same news from the same source material. Every copy is the same story; a
  rewrite that keeps the headline's event and the long quotes, or much of the body, is too.

Pairs are compared on: containment of the shorter text's shingle sample in the longer one's
(``body``), the number of shared samples (``shared``), headline similarity (rapidfuzz
``token_set_ratio``: robust to appended outlet names and prefixes), lead similarity (rapidfuzz
``ratio`` of the first words), shared long direct quotes, and a number conflict ("12 killed"
vs "14 killed", "second man charged" vs "third man charged"), which vetoes both relations.

Grouping is single-link over these pair decisions: a new article joins every story (and copy
group) it matches, and stories it bridges are merged. Because the pair decision is symmetric
and every pair inside the window that shares a candidate key is compared when the later of the
two arrives, the final grouping does not depend on arrival order (the canonical article and
the story ids do: they are "first seen").

Thresholds were set from the score distributions of the dev set's same-story pairs and its
hard negatives (bench/eval_dedup.py --explain), each with the reason noted beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Generic, TypeVar

from rapidfuzz import fuzz

from monitor.dedupe.signatures import SAMPLE_MOD, DocFeatures
from monitor.dedupe.text import content_words

# --- thresholds (docs/design.md#dedupe) -------------------------------------------------------

WINDOW = timedelta(hours=72)  # default time window: copies in dev appear 0-36 h after the
# original; wire stories are republished for up to ~2 days. Configurable per index.

BODY_NEAR_IDENTICAL = 0.90  # containment at which the bodies alone decide "copy": the highest
# containment among dev's different-story candidate pairs is 0.78 (two Mehr pieces on one talk)
# Shared-text sizes are in shingles, estimated as shared samples x SAMPLE_MOD.
BODY_NEAR_IDENTICAL_SHINGLES = 24  # ...with ≥ 24 shared shingles when the headlines are related
# (≥ TITLE_RELATED): below that, a one-paragraph text is "contained" by chance
BODY_ONLY_SHINGLES = 64  # ...and ≥ 64 (~100 running words) when they are not: a short blurb
# or a block of page furniture can sit wholly inside another page (dev's headline-less copies
# share ≥ 150)
BODY_LONG_SHINGLES = 200  # a long common body (~350 running words) decides at lower
# containment: republished speech under a new intro
BODY_LONG_MIN = 0.70  # ...with at least this containment (the rest of the shorter is new intro)

BODY_HEADLINE_MIN = 0.60  # with a related headline (≥ TITLE_RELATED) this much body decides;
# dev's different-story pairs with related headlines share ≤ 0.53 (two NYT briefings aside)
TITLE_RELATED = 70  # token_set_ratio: same subject; different stories of one outlet score 30-65

BODY_MIN = 0.30  # containment below which nothing makes a copy: truncated copies with two added
# context paragraphs keep ≥ 0.33 in dev; stories sharing two background paragraphs reach 0.2-0.3
TITLE_SUBSET_MIN_WORDS = 3  # content words a headline needs before token_set_ratio may treat
# it as a subset of a longer one (see title_similarity)
TITLE_SAME = 90  # token_set_ratio of a headline kept through prefixes ("BREAKING:"), outlet
# names, title case and clause cuts: every dev copy below BODY_HEADLINE_MIN scores ≥ 96, while
# own-words reports of one event ("Pope calls for aid...", Trump Jr.'s remarks) score 75-89
LEAD_SAME = 85  # fuzz.ratio of the leads (first LEAD_WORDS words): a kept lead with copy-desk
# edits scores ≥ 85, a rewritten lead < 70; backs a reworded headline (≥ TITLE_RELATED)

STORY_BODY_MIN = 0.25  # same story, not a copy: a rewrite keeping a quarter of the text...
STORY_SHARED_SHINGLES = 48  # ...and ≥ 48 shared shingles (about two paragraphs)...
STORY_TITLE_MIN = 85  # ...under nearly the same headline
STORY_QUOTES_MIN = 2  # or two long identical quotes (the same press conference)...
STORY_QUOTES_TITLE = TITLE_RELATED  # ...and a headline on the same subject...
CANDIDATE_BODY_MIN = 0.10  # ...and at least a tenth of the shorter text shared. No rule fires
# below this, so candidates under it are dropped before their features are even read

COMMON_ONLY_MIN = 0.5  # share of the smaller sketch a candidate found through common keys only
# must have: copies share ≥ 0.33 of rare and common keys alike, furniture ~0.1 (see shortlist)
MAX_VERIFY = 64  # candidates verified per article, most shared keys first: a true match shares
# ≥ 30% of its keys, page furniture 1-2; more than 64 stronger candidates means a story so
# widely carried that matching any of them finds it


K = TypeVar("K")  # article id type (str in the evaluation, int in storage)
S = TypeVar("S")  # story id type


@dataclass(frozen=True, slots=True)
class PairScore:
    """How two articles compare; ``copy`` and ``same_story`` are the verdicts."""

    body: float  # containment of the smaller sample in the larger, 0..1
    shared: int  # shared sampled shingles
    title: float  # 0..100
    lead: float  # 0..100
    quotes: int  # shared long direct quotes
    number_conflict: bool
    copy: bool
    same_story: bool
    reason: str


def containment(a: DocFeatures, b: DocFeatures) -> tuple[float, int]:
    """(share of the smaller sketch found in the larger, number of shared samples)."""
    if not a.sketch or not b.sketch:
        return 0.0, 0
    shared = len(a.sketch & b.sketch)
    return shared / min(len(a.sketch), len(b.sketch)), shared


def title_similarity(a: str, b: str) -> float:
    """Headline similarity 0..100: ``token_set_ratio``, which forgives added words.

    A headline of fewer than ``TITLE_SUBSET_MIN_WORDS`` content words is a rubric
    ("Wednesday Briefing", "Live updates") rather than a headline; its words being a subset
    of another headline proves nothing, so such pairs get the plain ``ratio``.
    """
    if not a or not b:
        return 0.0
    short = min(len(content_words(a.split())), len(content_words(b.split())))
    if short < TITLE_SUBSET_MIN_WORDS:
        return float(fuzz.ratio(a, b))
    return float(fuzz.token_set_ratio(a, b))


def number_conflict(a: DocFeatures, b: DocFeatures) -> bool:
    """True when headline/lead numbers disagree: the same word counted differently.

    ("12", "killed") against ("14", "killed") conflicts unless each value also appears with
    that word on the other side (texts that give both counts are updates, not conflicts).
    """
    if not a.numbers or not b.numbers:
        return False
    by_word_a: dict[str, set[str]] = {}
    for value, word in a.numbers:
        by_word_a.setdefault(word, set()).add(value)
    by_word_b: dict[str, set[str]] = {}
    for value, word in b.numbers:
        by_word_b.setdefault(word, set()).add(value)
    for word, values_a in by_word_a.items():
        values_b = by_word_b.get(word)
        if values_b and not (values_a & values_b):
            return True
    return False


def score(a: DocFeatures, b: DocFeatures) -> PairScore:
    """Compare two articles (symmetric: ``score(a, b) == score(b, a)``)."""
    body, shared = containment(a, b)
    est = shared * SAMPLE_MOD  # shared shingles, estimated
    title = title_similarity(a.title, b.title)
    lead = fuzz.ratio(a.lead, b.lead) if a.lead and b.lead else 0.0
    nq = len(a.quotes & b.quotes)
    conflict = number_conflict(a, b)
    copy, story, reason = False, False, "different"
    if conflict:
        reason = "numbers differ"
    elif body >= BODY_NEAR_IDENTICAL and (
        est >= BODY_ONLY_SHINGLES
        or (est >= BODY_NEAR_IDENTICAL_SHINGLES and title >= TITLE_RELATED)
    ):
        copy, reason = True, "near-identical body"
    elif body >= BODY_LONG_MIN and est >= BODY_LONG_SHINGLES:
        copy, reason = True, "long shared body"
    elif body >= BODY_HEADLINE_MIN and title >= TITLE_RELATED:
        copy, reason = True, "shared body + related headline"
    elif body >= BODY_MIN and title >= TITLE_SAME:
        copy, reason = True, "partial body + same headline"
    elif body >= BODY_MIN and title >= TITLE_RELATED and lead >= LEAD_SAME:
        copy, reason = True, "partial body + same lead"
    elif body >= STORY_BODY_MIN and est >= STORY_SHARED_SHINGLES and title >= STORY_TITLE_MIN:
        story, reason = True, "rewrite: headline + some body"
    elif nq >= STORY_QUOTES_MIN and title >= STORY_QUOTES_TITLE and body >= CANDIDATE_BODY_MIN:
        story, reason = True, "rewrite: shared quotes + headline"
    return PairScore(
        body=body,
        shared=shared,
        title=title,
        lead=lead,
        quotes=nq,
        number_conflict=conflict,
        copy=copy,
        same_story=copy or story,
        reason=reason,
    )


def shortlist(
    shared: dict[K, int],
    sizes: dict[K, int],
    n_doc: int,
    common: dict[K, int] | None = None,
) -> list[K]:
    """Candidates worth verifying, most shared keys first, at most ``MAX_VERIFY``.

    ``shared``: keys shared per candidate; ``sizes``: each candidate's key count; ``common``:
    how many of the shared keys are *common* (their posting list was full: page furniture,
    stock phrases, or a story carried by very many outlets). A candidate must share at least
    ``CANDIDATE_BODY_MIN`` of the smaller sketch; one supported by common keys alone must share
    ``COMMON_ONLY_MIN`` of it (a member of a big story does, a text with the same furniture
    does not). Ties go to the smaller id (deterministic).
    """
    common = common or {}
    keep: list[K] = []
    # Most sharers share a key or two by chance: a candidate sharing a tenth of the new doc's
    # sketch passes whatever its own size, one sharing less only if it is smaller; this floor
    # settles the first case without looking its size up (a quarter of the copy decision's
    # Python time went to this loop).
    floor = CANDIDATE_BODY_MIN * max(1, n_doc)
    for k, n in shared.items():
        if n < floor:
            size = sizes.get(k, n_doc)
            if n < CANDIDATE_BODY_MIN * (size if size > 1 else 1):
                continue
        smaller = max(1, min(n_doc, sizes.get(k, n_doc)))
        if common.get(k, 0) >= n and n < COMMON_ONLY_MIN * smaller:
            continue
        keep.append(k)
    keep.sort(key=lambda k: (-shared[k], str(k)))
    return keep[:MAX_VERIFY]


def within_window(a: datetime | None, b: datetime | None, window: timedelta = WINDOW) -> bool:
    """True when the two times are at most ``window`` apart (unknown times always are)."""
    if a is None or b is None:
        return True
    return abs(a - b) <= window


# --- the decision -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Candidate(Generic[K, S]):
    """An indexed article as the decision sees it."""

    article_id: K
    story_id: S
    copy_root: K  # the canonical article of its copy group (itself when it is one)
    story_seen_at: datetime  # when its story was first seen: the oldest story absorbs others
    root_seen_at: datetime  # when its copy group's canonical article was first seen
    features: DocFeatures


@dataclass(frozen=True, slots=True)
class Decision(Generic[K, S]):
    """What to do with a new article.

    ``copy_of``: the canonical article of the copy group it joins (None: it is an original).
    ``story_id``: the story it joins (None: a new story, with this article as canonical).
    ``merge_stories``: other stories it bridges: to be merged into ``story_id``.
    ``merge_copy_roots``: other copy groups it bridges: their members re-point to ``copy_of``.
    ``scores``: per matched candidate, for display and debugging.
    """

    copy_of: K | None
    story_id: S | None
    merge_stories: tuple[S, ...] = ()
    merge_copy_roots: tuple[K, ...] = ()
    scores: dict[K, PairScore] = field(default_factory=dict)

    @property
    def best(self) -> PairScore | None:
        """The strongest match (by containment then headline), if any."""
        if not self.scores:
            return None
        return max(self.scores.values(), key=lambda s: (s.copy, s.body, s.title))


def decide(doc: DocFeatures, candidates: list[Candidate[K, S]]) -> Decision[K, S]:
    """Decide copy group and story of ``doc`` against indexed ``candidates``.

    Candidates outside the window (by ``published_at``) are ignored. The oldest (first seen)
    story and copy group win; the others it matches are listed for merging.
    """
    scores: dict[K, PairScore] = {}
    story_seen: dict[S, datetime] = {}
    root_seen: dict[K, datetime] = {}
    for cand in candidates:
        if not within_window(doc.published_at, cand.features.published_at):
            continue
        s = score(doc, cand.features)
        if not s.same_story:
            continue
        scores[cand.article_id] = s
        story_seen[cand.story_id] = cand.story_seen_at
        if s.copy:
            root_seen[cand.copy_root] = cand.root_seen_at
    stories = sorted(story_seen, key=lambda k: (story_seen[k], str(k)))
    roots = sorted(root_seen, key=lambda k: (root_seen[k], str(k)))
    return Decision(
        copy_of=roots[0] if roots else None,
        story_id=stories[0] if stories else None,
        merge_stories=tuple(stories[1:]),
        merge_copy_roots=tuple(roots[1:]),
        scores=scores,
    )
