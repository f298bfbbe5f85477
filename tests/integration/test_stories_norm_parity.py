"""The stored rewrite layer decides with the same norms as the in-memory one (issue 10).

A story's TF-IDF norm comes from sums (``RewriteIndex._norm``) that are taken when the story
changes and serve until the articles counted grew by ``NORM_REFRESH``. Until the eighteenth
session the in-memory index took them at the story's *first comparison* after a change and kept
every refresh, while the stored index took them when it *wrote* the centroid: after a story
that had been compared once without changing (a candidate that did not join), the two scored the
next article against it with different norms, and near ``accept_named`` they decided apart
(dedup-dev with the layer on: 338 merged pairs of originals in memory, 342 stored). Here a
story is written early, compared later with an article that does not join it (which then
counts its shared terms), and then a rewrite joins it: both indexes must score that rewrite
alike and group alike, on SQLite and on PostgreSQL.

Also: more than ``max_candidates`` stories sharing as many rare terms with an article are cut
the same way (the newest first) in both.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor.dedupe.index import MemoryIndex
from monitor.dedupe.match import decide
from monitor.dedupe.rewrites import RewriteIndex, StoryParams, rewrite_signals
from monitor.dedupe.signatures import features
from monitor.storage.engine import create_engine_for, session_factory, transaction
from monitor.storage.models import Article as ArticleRow
from monitor.storage.rewrites import RELATION_REWRITE, RewriteStore
from monitor.storage.stories import Story, StoryStore
from tests.integration.test_stories_store import _add

T0 = datetime(2025, 9, 2, 6, 0, tzinfo=UTC)
PARAMS = StoryParams(enabled=True)
# a threshold between the rewrite's two scores before the fix (0.458 in memory, 0.471 stored)
# and no people rule (it would take the rewrite at any score from 0.10): the grouping itself
# differed
BETWEEN = StoryParams(enabled=True, accept=0.465, accept_named=0.465, people_rescue=0.0)
FILLERS = 9  # unrelated articles between the story and its first comparison: enough that
# the later decision (one article more) is within NORM_REFRESH of that comparison but not of
# the story's writing (10 > 1.1 x 1, 11 <= 1.1 x 10)

Item = tuple[str, str, str, str]  # (name, source, title, body)

STORY: Item = (
    "story", "Brelland Post",
    "Flood traps twelve miners at Vexford quarry",
    "Twelve miners were trapped on Tuesday when floodwater surged into the Vexford quarry near "
    "Ostrava Hill, Mayor Jana Kolbrecht said. Rescue teams from Brelland pumped water out "
    "through the night while relatives waited at the gate. Kolbrecht said the shaft had been "
    "inspected in March and that the cause of the flooding was not yet known.",
)
# shares the quarry's rare words with the story, on another subject: compared with it, does
# not join it, and is counted (so the story's terms' frequencies move)
NEIGHBOUR: Item = (
    "neighbour", "Quarry Trade Weekly",
    "Vexford quarry owner reports record limestone sales",
    "The company that runs the Vexford quarry near Ostrava Hill reported record limestone "
    "sales for the second quarter, citing demand from road builders across the region. Its "
    "chief financial officer Piet Raunholm said exports to neighbouring markets doubled and "
    "that a new crushing plant would open next year.",
)
# the same event as the story, in other words: joins it as a rewrite
REWRITE: Item = (
    "rewrite", "Evening Courier",
    "Rescuers race to reach miners trapped by flooding at Vexford",
    "Rescuers worked through the night to reach twelve miners trapped underground after "
    "floodwater poured into the Vexford quarry, Mayor Jana Kolbrecht told reporters near "
    "Ostrava Hill. Pumps brought in from Brelland were lowering the water, she said, and "
    "families gathered at the gate waiting for news.",
)
FILLER_TOPICS = [
    ("Council approves new cycle lanes in {w}", "Cyclists in {w} will get protected lanes "
     "on three avenues after the council approved the plan by seven votes to two on Monday."),
    ("Orchestra of {w} names new conductor", "The {w} philharmonic named a young violinist "
     "as its principal conductor, ending a search that lasted two seasons."),
    ("Heatwave closes schools across {w}", "Schools across {w} closed early as temperatures "
     "passed forty degrees, and officials urged residents to stay indoors."),
]
# stories on unrelated subjects whose headlines all carry one word, "Zelmar" (prefixed)
TIED = [
    ("harbour crane collapses onto cargo ship", "A harbour crane toppled onto a moored cargo "
     "vessel during a storm, crushing containers on deck; dockworkers escaped unhurt."),
    ("bakery wins national bread award", "A family bakery took the national prize for rye "
     "loaves, beating two hundred entrants with a sourdough recipe kept for generations."),
    ("museum returns stolen bronze statue", "Curators handed back a bronze statue looted "
     "decades ago, after archivists traced receipts from an auction house."),
    ("marathon rerouted after bridge repairs", "Organisers moved the marathon course away "
     "from the river crossing because engineers found cracks in its pillars."),
    ("startup unveils solar roof tiles", "Engineers at a young firm showed glass roof tiles "
     "that generate electricity and cost less than ordinary slate."),
    ("zoo welcomes twin panda cubs", "Keepers celebrated the birth of two giant panda cubs, "
     "the first born at the park, and said both were feeding well."),
    ("chess prodigy draws with grandmaster", "A nine-year-old held a visiting grandmaster to "
     "a draw in a simultaneous exhibition at the town library."),
]
FILLER_PLACES = ["Tarnvale", "Quillsby", "Morrowgate", "Eskbridge", "Pellmoor", "Dunharrow",
                 "Wexcombe", "Halvering", "Syldon"]


def _items() -> list[Item]:
    """The story, the fillers, the neighbour, the rewrite, in arrival order."""
    fillers: list[Item] = []
    for i, place in enumerate(FILLER_PLACES[:FILLERS]):
        title, body = FILLER_TOPICS[i % len(FILLER_TOPICS)]
        fillers.append((f"filler{i}", f"Outlet {i}", title.format(w=place), body.format(w=place)))
    return [STORY, *fillers, NEIGHBOUR, REWRITE]


def _at(i: int) -> datetime:
    return T0 + timedelta(minutes=10 * i)


def _memory(items: list[Item], params: StoryParams) -> tuple[dict[str, str], dict[str, float]]:
    """(story of each item, the rewrite similarity of each item the layer joined): in memory."""
    memory: MemoryIndex[str] = MemoryIndex(params=params)
    joined: dict[str, float] = {}
    for i, (name, source, title, body) in enumerate(items):
        doc = features(title, body, _at(i))
        if decide(doc, memory.candidates(doc)).story_id is None:  # what assign asks next
            found = memory.rewrites.matches(rewrite_signals(doc, source))
            if found:
                joined[name] = found[0].similarity
        memory.assign(name, doc, _at(i), source)
    return {name: str(memory.story_of(name)) for name, *_ in items}, joined


def _store_all(sessions: sessionmaker[Session], items: list[Item],
               params: StoryParams) -> dict[int, str]:
    """Store and assign each item in its own transaction; the stored ids' names."""
    names: dict[int, str] = {}
    for i, (name, source, title, body) in enumerate(items):
        with transaction(sessions) as s:
            row = _add(s, f"https://{i}.example/{name}", title, body, source, _at(i))
            names[row.id] = name
            store = StoryStore(s, params=params)
            store.assign(row.id, features(title, body, _at(i)), _at(i), source, title)
            store.flush()
    return names


def _stored(url: str, items: list[Item],
            params: StoryParams) -> tuple[dict[str, str], dict[str, float]]:
    """The same through the stored index, one transaction per article."""
    engine = create_engine_for(url)
    sessions = session_factory(engine)
    try:
        names = _store_all(sessions, items, params)
        with sessions() as s:
            canonical = dict(s.execute(select(Story.id, Story.canonical_article_id)).all())
            stories: dict[str, str] = {}
            joined: dict[str, float] = {}
            for aid, story, relation, score in s.execute(select(
                    ArticleRow.id, ArticleRow.story_id, ArticleRow.story_relation,
                    ArticleRow.story_score)):
                stories[names[aid]] = names[canonical[story]]
                if relation == RELATION_REWRITE:
                    joined[names[aid]] = score
    finally:
        engine.dispose()
    return stories, joined


@pytest.mark.parametrize("params", [PARAMS, BETWEEN], ids=["defaults", "threshold-between"])
def test_stories_joined_after_an_unjoined_comparison_score_alike_stored_and_in_memory(
        db_url: str, params: StoryParams) -> None:
    items = _items()
    memory, memory_joined = _memory(items, params)
    stored, stored_joined = _stored(db_url, items, params)
    # the stored index groups the same and scores the rewrite with the same norm (the same
    # floats give or take the order of a sum; before, 0.471 stored against 0.458 in memory)
    assert stored == memory
    assert stored_joined.keys() == memory_joined.keys()
    assert stored_joined["rewrite"] == pytest.approx(memory_joined["rewrite"], rel=1e-9,
                                                     abs=0)
    # the case is what it should be: the neighbour stays apart, the rewrite joins the story
    assert memory["neighbour"] == "neighbour" and memory["rewrite"] == "story"
    assert set(memory_joined) == {"rewrite"}


def test_stories_past_max_candidates_are_cut_alike_stored_and_in_memory(
        db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """More stories than ``max_candidates`` share one rare term each with an article: both
    indexes score the same newest ``max_candidates`` of them (ties: newest story first)."""
    # every term rare (rare_df 1.0), so that a handful of stories can share one key
    params = StoryParams(enabled=True, max_candidates=4, rare_df=1.0)
    items: list[Item] = [
        # named so that the newest is not the last in string order (not a string tie-break)
        (f"s{len(TIED) - i}", f"Outlet {i}", f"Zelmar {title}", body)
        for i, (title, body) in enumerate(TIED)
    ]
    doc_title = "Zelmar delegation expected"
    doc_body = "A delegation is expected next week, a spokeswoman confirmed."
    n = len(items)
    memory: MemoryIndex[str] = MemoryIndex(params=params)
    for i, (name, source, title, body) in enumerate(items):
        memory.assign(name, features(title, body, _at(i)), _at(i), source)
    signals = rewrite_signals(features(doc_title, doc_body, _at(n)), "Outlet X")
    rw = memory.rewrites
    picked_memory = rw.candidates(rw.defurnish(signals).terms, signals.at)
    # every story shares "zelmar" only: all tie, and the newest are taken
    assert len(rw.stories) == n
    assert picked_memory == [f"s{n - i}" for i in range(n - 1, n - 1 - params.max_candidates, -1)]

    engine = create_engine_for(db_url)
    sessions = session_factory(engine)
    try:
        names = _store_all(sessions, items, params)
        with transaction(sessions) as s:
            canonical = dict(s.execute(select(Story.id, Story.canonical_article_id)).all())
            seen: list[list[int]] = []
            original = RewriteIndex.candidates

            def spy(self: RewriteIndex[int], terms: Mapping[str, int],
                    at: datetime | None) -> list[int]:
                out = original(self, terms, at)
                seen.append(out)
                return out

            monkeypatch.setattr(RewriteIndex, "candidates", spy)
            RewriteStore(s, params).matches(signals)
            monkeypatch.undo()
    finally:
        engine.dispose()
    assert seen  # the stored decision ranked its candidates
    assert [names[canonical[s]] for s in seen[0]] == picked_memory
