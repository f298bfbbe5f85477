"""An in-memory candidate index with the same logic as the stored one (evaluation, tests).

Postings map each candidate key (a sampled shingle fingerprint) to the articles carrying it.
A new article is compared with every indexed article that shares at least one key, within the
time window; :func:`monitor.dedupe.match.decide` says what to do and :meth:`MemoryIndex.assign`
applies it: story and copy-group membership, merges, and the merge log.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Generic, TypeVar, cast

from monitor.dedupe.match import WINDOW, Candidate, Decision, decide, shortlist
from monitor.dedupe.rewrites import RewriteIndex, StoryParams, rewrite_signals
from monitor.dedupe.signatures import DocFeatures

MAX_POSTINGS_PER_KEY = 20  # candidates taken per key: a key carried by more articles is page
# furniture or a stock phrase, or a story so widely carried that any 20 of its members find it
# (a copy of one member is a copy of the newest ones too). Was 50: with a stored history the
# full lists were most of the decision's reading; 20 groups dedup-dev and stories-dev exactly as
# 50 did (docs/benchmarks.md, "Issue 12: the stored history, round 2")

K = TypeVar("K", bound=Hashable)


@dataclass
class _Entry(Generic[K]):
    features: DocFeatures
    seen_at: datetime
    story: K
    root: K


@dataclass
class Story(Generic[K]):
    """A story of the in-memory index: id is its canonical (first seen) article's id."""

    story_id: K
    first_seen_at: datetime
    members: list[K] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Merge(Generic[K]):
    """One story absorbed by another, caused by a bridging article."""

    kept: K
    absorbed: K
    by_article: K


@dataclass(frozen=True, slots=True)
class Split(Generic[K]):
    """Members of a story moved to a new one: a later article showed two events in it."""

    story: K
    new_story: K
    members: tuple[K, ...]
    by_article: K


class MemoryIndex(Generic[K]):
    """Candidate index, stories and copy groups held in memory."""

    def __init__(
        self,
        window: timedelta = WINDOW,
        max_postings: int = MAX_POSTINGS_PER_KEY,
        params: StoryParams | None = None,
    ) -> None:
        """An empty index keeping articles for ``window`` (by first-seen time).

        ``params``: the rewrite thresholds (:class:`~monitor.dedupe.rewrites.StoryParams`).
        """
        self.window = window
        self.rewrites: RewriteIndex[K] = RewriteIndex(params)
        self.max_postings = max_postings
        self.postings: dict[int, list[K]] = {}
        self.docs: dict[K, _Entry[K]] = {}
        self.stories: dict[K, Story[K]] = {}
        self.copy_groups: dict[K, list[K]] = {}
        self.root_seen: dict[K, datetime] = {}
        self.merges: list[Merge[K]] = []
        self.splits: list[Split[K]] = []

    def candidates(self, doc: DocFeatures) -> list[Candidate[K, K]]:
        """Indexed articles sharing keys with ``doc``, shortlisted (see ``match.shortlist``)."""
        shared: dict[K, int] = {}
        common: dict[K, int] = {}
        for key in doc.sketch:
            # the newest postings only, as the stored index does
            posting = self.postings.get(key, [])[-self.max_postings :]
            full = len(posting) >= self.max_postings
            for article_id in posting:
                shared[article_id] = shared.get(article_id, 0) + 1
                if full:
                    common[article_id] = common.get(article_id, 0) + 1
        sizes = {k: len(self.docs[k].features.sketch) for k in shared}
        out: list[Candidate[K, K]] = []
        for article_id in shortlist(shared, sizes, len(doc.sketch), common):
            e = self.docs[article_id]
            out.append(
                Candidate(
                    article_id=article_id,
                    story_id=e.story,
                    copy_root=e.root,
                    story_seen_at=self.stories[e.story].first_seen_at,
                    root_seen_at=self.root_seen[e.root],
                    features=e.features,
                )
            )
        return out

    def assign(
        self, article_id: K, doc: DocFeatures, seen_at: datetime, source: str = ""
    ) -> Decision[K, K]:
        """Decide and record the copy group and story of a new article.

        ``source``: the outlet, read by the rewrite decision's same-outlet rule ("" unknown).
        """
        decision = decide(doc, self.candidates(doc))
        signals = rewrite_signals(doc, source)
        if decision.story_id is None:  # no copy: is it a rewrite of a story (or several)?
            found = [m.story_id for m in self.rewrites.matches(signals)]
            if found:
                decision = replace(decision, story_id=found[0], merge_stories=tuple(found[1:]))
        story = decision.story_id if decision.story_id is not None else article_id
        root = decision.copy_of if decision.copy_of is not None else article_id
        if decision.story_id is None:
            self.stories[article_id] = Story(article_id, seen_at)
        if decision.copy_of is None:
            self.root_seen[article_id] = seen_at
        for other in decision.merge_stories:
            absorbed = self.stories.pop(other)
            for member in absorbed.members:
                self.docs[member].story = story
            self.stories[story].members.extend(absorbed.members)
            self.merges.append(Merge(kept=story, absorbed=other, by_article=article_id))
            self.rewrites.merge(story, other)
        for other_root in decision.merge_copy_roots:
            members = self.copy_groups.pop(other_root)
            self.root_seen.pop(other_root, None)
            for member in members:
                self.docs[member].root = root
            self.copy_groups[root].extend(members)
        self.stories[story].members.append(article_id)
        self.copy_groups.setdefault(root, []).append(article_id)
        self.docs[article_id] = _Entry(doc, seen_at, story, root)
        self.rewrites.add(story, signals, article_id)
        self._maybe_split(story, article_id)
        for key in doc.sketch:
            self.postings.setdefault(key, []).append(article_id)
        return decision

    def _maybe_split(self, story_id: K, by_article: K) -> None:
        """Split ``story_id`` when its members form two groups (``StoryParams.split_ratio``).

        A copy group never splits: its members go with their canonical article. The leaving
        group's first member names the new story.
        """
        leaving = self.rewrites.split_groups(story_id)
        if not leaving:
            return
        members = self.stories[story_id].members
        out = set(cast(list[K], leaving))
        here = set(members)
        # a copy group goes with its canonical article (a pruned one: each member as decided)
        moving = [
            m
            for m in members
            if (self.docs[m].root in out) or (self.docs[m].root not in here and m in out)
        ]
        if not moving or len(moving) == len(members) or story_id in moving:
            return
        new_id = moving[0]
        gone = set(moving)
        self.stories[story_id].members = [m for m in members if m not in gone]
        self.stories[new_id] = Story(new_id, self.docs[new_id].seen_at, moving)
        for m in moving:
            self.docs[m].story = new_id
        self.splits.append(Split(story_id, new_id, tuple(moving), by_article))
        self.rewrites.split(story_id, new_id, moving)

    def copy_of(self, article_id: K) -> K | None:
        """The canonical article of ``article_id``'s copy group, None when it is the one."""
        root = self.docs[article_id].root
        return None if root == article_id else root

    def story_of(self, article_id: K) -> K:
        """The story id of an indexed article."""
        return self.docs[article_id].story

    def prune(self, now: datetime) -> int:
        """Drop articles first seen before ``now - window`` from the candidate index.

        Their stories and copy groups stay; they can no longer be matched. Returns the count.
        """
        cutoff = now - self.window
        old = [k for k, e in self.docs.items() if e.seen_at < cutoff]
        gone = set(old)
        for key in {key for k in old for key in self.docs[k].features.sketch}:
            kept = [a for a in self.postings.get(key, []) if a not in gone]
            if kept:
                self.postings[key] = kept
            else:
                self.postings.pop(key, None)
        for k in old:
            e = self.docs.pop(k)
            story = self.stories.get(e.story)
            if story is not None:
                story.members.remove(k)
                if not story.members:
                    del self.stories[e.story]
            group = self.copy_groups.get(e.root)
            if group is not None:
                group.remove(k)
                if not group:
                    del self.copy_groups[e.root]
                    self.root_seen.pop(e.root, None)
        return len(old)
