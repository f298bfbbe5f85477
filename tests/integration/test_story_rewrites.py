"""The stored rewrite layer (issue 10) on SQLite and PostgreSQL.

* the reference article (../shared/fixtures/reference-article, read in place) and three
  rewrites of it by other outlets (written here: the same event retold in other words, under
  other headlines), plus a same-day different Hegseth story, go through the real pipeline
  (``monitor ingest``) with the layer turned on in ``[stories]``: one story of four outlets
  whose three rewrites say so in ``monitor stories show``; the other story stays apart;
* ``monitor stories rebuild`` applies changed thresholds, index and centroids included;
* the stored index groups like the in-memory :class:`~monitor.dedupe.index.MemoryIndex` on the
  first articles of stories-dev.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner, Result
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from monitor.cli import main
from monitor.dedupe.index import MemoryIndex
from monitor.dedupe.rewrites import (
    DocFreq,
    RewriteIndex,
    StoryParams,
    StoryVector,
    rewrite_signals,
)
from monitor.dedupe.signatures import features
from monitor.storage import migrate
from monitor.storage import rewrites as stored_rewrites
from monitor.storage.articles import outlets_in_story
from monitor.storage.engine import create_engine_for, session_factory, transaction
from monitor.storage.models import Article as ArticleRow
from monitor.storage.rewrites import (
    _CENTROIDS,
    _DF_SQLITE,
    _RANKED_SQLITE,
    _ROW_FIELDS,
    CENTROID_CACHE,
    PART_BODY,
    PART_TERMS,
    RewriteDf,
    RewriteDfStamp,
    RewriteKey,
    RewriteMember,
    RewriteStore,
    RewriteStory,
    RewriteTotal,
    _CentroidCache,
    _CentroidRow,
    _DocFreqCache,
    load_counts,
)
from monitor.storage.stories import (
    REWRITE_FIELDS,
    Story,
    StoryDoc,
    StorySplit,
    StoryStore,
    assign_story,
)
from monitor.types import Article
from tests.integration.test_stories_store import OTHER, T0, WIRE, _add
from tests.support.storiesdev import add_article, stories_rows

Invoke = Callable[..., Result]

BENCH = Path(__file__).resolve().parents[2] / "bench"
PUBLISHED = "2025-03-07T{}:00Z"  # the day after the Pentagon press conference of the article

ORIGINAL_TITLE = "Hegseth dismisses claims of pro-Russia stance as 'garbage'"

# Three outlets retell the event in their own words, under their own headlines.
REWRITES: list[dict[str, str]] = [
    {
        "source": "Atlantic Ledger",
        "url": "https://atlantic-ledger.example/world/hegseth-russia-garbage",
        "published": PUBLISHED.format("10:30"),
        "title": "Pentagon chief calls talk of a pro-Moscow tilt 'garbage'",
        "text": (
            "Pete Hegseth, the US defence secretary, hit back on Thursday at accusations that "
            "Washington has tilted towards Moscow in its drive for a Ukraine peace deal, "
            "dismissing them as garbage.\n"
            "Standing beside John Healey, Britain's defence secretary, at the Pentagon, "
            "Hegseth said journalists cared about narratives while Donald Trump cared about "
            "peace, and that whatever label was put on the administration's stance did not "
            "matter.\n"
            "Trump, he argued, had been elected to end the killing and was working with both "
            "Kyiv and Moscow to bring them to the negotiating table.\n"
            "The comments come days before US and Ukrainian officials meet in Saudi Arabia. "
            "Washington has paused military aid and intelligence sharing with Kyiv, and Trump "
            "has declined to call Russia the aggressor, moves that alarmed European "
            "capitals.\n"
            "Moscow welcomed the shift: Sergei Lavrov praised Trump's approach and Dmitry "
            "Peskov endorsed Marco Rubio's description of the war as a proxy conflict."
        ),
    },
    {
        "source": "Northern Wire",
        "url": "https://northern-wire.example/2025/03/07/hegseth-pro-russia",
        "published": PUBLISHED.format("12:00"),
        "title": "US defence secretary rejects claims Trump favours Russia in Ukraine push",
        "text": (
            "The United States is not siding with Russia, Defence Secretary Pete Hegseth "
            "insisted, calling the charge garbage as the Trump administration presses Kyiv "
            "and Moscow towards a peace deal.\n"
            "Hegseth spoke at the Pentagon during a visit by UK Defence Secretary John "
            "Healey. The press, he said, was interested in narratives, and the president in "
            "peace.\n"
            "He said Trump was dealing with both sides as only he could, to stop the killing. "
            "Ukrainian President Volodymyr Zelenskyy has agreed to send officials to talks "
            "with the Americans in Saudi Arabia next week.\n"
            "Critics in Kyiv and in western capitals fear a settlement that favours Moscow "
            "after Washington suspended weapons deliveries and intelligence to Ukraine."
        ),
    },
    {
        "source": "Baltic Times Review",
        "url": "https://baltic-times-review.example/news/hegseth-narratives-peace",
        "published": PUBLISHED.format("15:00"),
        "title": "'Our president is interested in peace': Hegseth hits back over Russia charge",
        "text": (
            "Accusations of a pro-Russia turn in American policy are garbage, Pete Hegseth "
            "told reporters at the Pentagon, where he was hosting John Healey of Britain.\n"
            "The US defence secretary said the administration would be characterised one way "
            "or another, but that Trump was after peace in Ukraine and was working with both "
            "sides to bring them to the table.\n"
            "Talks between US and Ukrainian delegations are due in Saudi Arabia next week. "
            "The Kremlin has praised the change in Washington's tone, while Maria Zakharova "
            "rejected a French and British idea of peacekeepers in Ukraine.\n"
            "European allies are weighing alternatives as the rift over Trump's strategy "
            "widens."
        ),
    },
]

# The same day, the same minister, another story.
OTHER_HEGSETH: dict[str, str] = {
    "source": "Atlantic Ledger",
    "url": "https://atlantic-ledger.example/us/hegseth-housing-review",
    "published": PUBLISHED.format("11:00"),
    "title": "Hegseth orders review of military housing contracts after mould complaints",
    "text": (
        "Pete Hegseth ordered a review of privatised military housing on Friday, giving the "
        "Army, Navy and Air Force 60 days to report on contractors accused of leaving "
        "families in homes with mould, leaks and broken heating.\n"
        "The memo follows a watchdog report that found service members at bases in Texas, "
        "Georgia and North Carolina waited months for repairs while rents were paid "
        "straight from their housing allowances.\n"
        "Hegseth said families who serve should not have to fight landlords, and that "
        "companies failing to fix homes could lose incentive fees or their leases.\n"
        "Lawmakers from both parties welcomed the review, which will also examine how "
        "complaints are tracked and whether tenants were pressured not to speak out."
    ),
}


def _cli(db_url: str, config: Path) -> Invoke:
    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, ["--db", db_url, "--config", str(config), *args],
                                  catch_exceptions=False)

    return invoke


def _config(directory: Path, stories: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "monitor.toml").write_text(f"[stories]\n{stories}\n", encoding="utf-8")
    return directory


def _archive(shared_dir: Path, path: Path) -> Path:
    text = (shared_dir / "fixtures" / "reference-article" / "article.txt").read_text("utf-8")
    original = {"source": "First Outlet", "url": "https://first-outlet.example/hegseth",
                "published": PUBLISHED.format("09:00"), "title": ORIGINAL_TITLE, "text": text}
    rows = [original, *REWRITES, OTHER_HEGSETH]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _story_of(db_url: str, url: str) -> int:
    engine = create_engine_for(db_url)
    try:
        with session_factory(engine)() as s:
            story = s.scalar(select(ArticleRow.story_id).where(ArticleRow.url == url))
            assert story is not None
            return story
    finally:
        engine.dispose()


@pytest.mark.shared
def test_reference_article_and_three_rewrites_are_one_story(
        shared_dir: Path, db_url: str, tmp_path: Path) -> None:
    cli = _cli(db_url, _config(tmp_path / "config", "rewrites = true"))
    result = cli("ingest", "--all-topics", str(_archive(shared_dir, tmp_path / "a.jsonl")))
    assert result.exit_code == 0, result.output
    assert "5 new" in result.output

    story = _story_of(db_url, "https://first-outlet.example/hegseth")
    shown = json.loads(cli("stories", "show", str(story), "--format", "json").output)
    by_source = {a["source"]: a for a in shown["articles"]}
    assert set(by_source) == {"First Outlet", "Atlantic Ledger", "Northern Wire",
                              "Baltic Times Review"}
    assert len(shown["outlets"]) >= 3
    assert by_source["First Outlet"]["relation"] == "canonical"
    for rewrite in REWRITES:
        row = by_source[rewrite["source"]]
        assert row["url"] == rewrite["url"]
        assert row["relation"] == "rewrite", row
        assert row["copy_of"] is None  # a rewrite, not a copy
        assert 0.18 <= row["score"] <= 1.0, row  # the similarity that put it there
    other = _story_of(db_url, OTHER_HEGSETH["url"])
    assert other != story

    table = cli("stories", "show", str(story)).output
    assert table.count("rewrite") >= 3 and "score" in table

    engine = create_engine_for(db_url)
    try:
        with session_factory(engine)() as s:
            assert outlets_in_story(s, story) == 4  # what alerts say "outlets so far" with
            totals = dict(s.execute(select(RewriteTotal.part, RewriteTotal.docs)).all())
            assert totals == {"t": 5, "b": 5, "p": 5}
            assert s.scalar(select(func.count()).select_from(RewriteStory)) == 2
            assert s.scalar(select(RewriteDf.docs).where(RewriteDf.part == "t")
                            .where(RewriteDf.term == "hegseth")) == 5
            keyed = set(s.scalars(select(RewriteKey.story_id).where(RewriteKey.term == "healey")))
            assert keyed == {story}
    finally:
        engine.dispose()


@pytest.mark.shared
def test_rebuild_applies_changed_thresholds(shared_dir: Path, db_url: str,
                                            tmp_path: Path) -> None:
    archive = _archive(shared_dir, tmp_path / "a.jsonl")
    on = _cli(db_url, _config(tmp_path / "on", "rewrites = true"))
    assert on("ingest", "--all-topics", str(archive)).exit_code == 0
    first = "https://first-outlet.example/hegseth"

    def stories() -> set[int]:
        return {_story_of(db_url, u) for u in [first, *(r["url"] for r in REWRITES)]}

    assert len(stories()) == 1
    strict = _cli(db_url, _config(tmp_path / "strict", "rewrites = true\n"
                                  "rewrite_accept = 0.95\nrewrite_accept_named = 0.95\n"
                                  "rewrite_people = 0.95"))
    result = strict("stories", "rebuild", "--since", "1d", "--yes")
    assert result.exit_code == 0, result.output
    assert "5 articles assigned again (copies and rewrites)" in result.output
    assert len(stories()) == 4  # nothing is that similar: every rewrite stands alone

    off = _cli(db_url, _config(tmp_path / "off", "rewrites = false"))
    assert "copies only" in off("stories", "rebuild", "--since", "1d", "--yes").output
    assert len(stories()) == 4

    assert on("stories", "rebuild", "--since", "1d", "--yes").exit_code == 0
    assert len(stories()) == 1
    assert _story_of(db_url, OTHER_HEGSETH["url"]) not in stories()
    engine = create_engine_for(db_url)
    try:
        with session_factory(engine)() as s:  # counted once each, however often rebuilt
            totals = dict(s.execute(select(RewriteTotal.part, RewriteTotal.docs)).all())
            assert totals == {"t": 5, "b": 5, "p": 5}
            assert s.scalar(select(RewriteDf.docs).where(RewriteDf.part == "t")
                            .where(RewriteDf.term == "hegseth")) == 5
            assert s.scalar(select(func.count()).select_from(RewriteStory)) == 2
            relations = sorted(s.scalars(select(ArticleRow.story_relation)))
            assert relations == ["canonical", "canonical", "rewrite", "rewrite", "rewrite"]
    finally:
        engine.dispose()


SAMPLE = 200  # stories-dev articles compared: lines START..START+SAMPLE of the file
START = 200  # where, in memory, 3 stories split and 13 leads lose their outlet's furniture
# (the first 200 lines have none of the first: the test could not fail there)


def _stories_sample(shared_dir: Path) -> list[dict[str, Any]]:
    """stories-dev's lines START to START + SAMPLE in arrival order (bench/eval_dedup.py)."""
    return stories_rows(shared_dir, START, SAMPLE)


@pytest.mark.shared
@pytest.mark.parametrize("params", [StoryParams(enabled=True),
                                    StoryParams(enabled=True, learned_min=0.5)],
                         ids=["rules", "learned"])
def test_stored_index_groups_like_the_memory_index(shared_dir: Path, db_url: str,
                                                   params: StoryParams) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from eval_dedup import partition, ts
    finally:
        sys.path.remove(str(BENCH))
    rows = _stories_sample(shared_dir)
    epoch = datetime(1970, 1, 1, tzinfo=UTC)  # bench/eval_stories.py: undated articles
    feats = {r["id"]: features(r["title"], r["text"], ts(r["published"])) for r in rows}
    memory: MemoryIndex[str] = MemoryIndex(params=params)
    for r in rows:
        memory.assign(r["id"], feats[r["id"]], ts(r["published"]) or epoch, r["source"])

    engine = create_engine_for(db_url)
    sessions = session_factory(engine)
    names: dict[int, str] = {}
    try:
        for r in rows:  # one transaction per article, as feeds arrive
            at = ts(r["published"]) or epoch
            with transaction(sessions) as s:
                row = add_article(s, r, at)
                names[row.id] = r["id"]
                store = StoryStore(s, params=params)
                store.assign(row.id, feats[r["id"]], at, r["source"], r["title"], event_at=at)
                store.flush()
        with sessions() as s:
            stored = {names[i]: str(story) for i, story in
                      s.execute(select(ArticleRow.id, ArticleRow.story_id))}
            rewrites = s.scalar(select(func.count()).where(
                ArticleRow.story_relation == "rewrite"))
            splits = [(names[b], sorted(names[m] for m in json.loads(members)))
                      for b, members in s.execute(select(StorySplit.by_article_id,
                                                         StorySplit.members))]
            furnished = s.scalar(select(func.count()).select_from(RewriteMember)
                                 .where(RewriteMember.furniture.is_not(None)))
            # a story's postings are its centroid's terms, through joins, merges and splits:
            # what RewriteStore.add relies on to insert only the terms its story lacks
            posted: dict[int, set[str]] = {}
            for term, sid in s.execute(select(RewriteKey.term, RewriteKey.story_id)):
                posted.setdefault(sid, set()).add(term)
            centroids = {sid: set(load_counts(terms)) for sid, terms in
                         s.execute(select(RewriteStory.story_id, RewriteStory.terms))}
    finally:
        engine.dispose()
    assert posted == {sid: terms for sid, terms in centroids.items() if terms}
    in_memory = {r["id"]: str(memory.story_of(r["id"])) for r in rows}
    assert partition(stored) == partition(in_memory)
    assert rewrites is not None and rewrites > SAMPLE // 4  # the layer did the grouping
    # the policy acted, the same way: splits (same article, same members) and furniture
    assert sorted(splits) == sorted((sp.by_article, sorted(sp.members))
                                    for sp in memory.splits)
    assert len(splits) >= 1
    assert furnished is not None and furnished >= 1


def _assign_on(session: Session, row: ArticleRow) -> None:
    article = Article(url=row.url, canonical_url=row.canonical_url, guid=None, title=row.title,
                      summary="", text=row.text, authors=(), published_at=row.published_at,
                      language=None, content_hash=row.content_hash, source=row.source)
    # the rewrite layer on, but too strict to join anything: the copy rules decide here, the
    # centroids and postings follow
    assign_story(session, row.id, article, row.first_seen_at,
                 params=StoryParams(enabled=True, accept=0.99, accept_named=0.99))


def test_bridged_stories_merge_their_centroids_and_prune_drops_them(
        sessions: sessionmaker[Session]) -> None:
    top, bottom = "\n".join(WIRE[:3]), "\n".join(WIRE[3:])
    with transaction(sessions) as s:
        a = _add(s, "https://a.example/top", "Kremlin drafting memorandum", top, "TASS", T0)
        _assign_on(s, a)
        b = _add(s, "https://b.example/bottom", "Kremlin drafting memorandum, Peskov says",
                 bottom, "DW", T0 + timedelta(hours=1))
        _assign_on(s, b)
        other = _add(s, "https://c.example/boe", "Bank of England holds rates", OTHER, "BBC",
                     T0 + timedelta(hours=1))
        _assign_on(s, other)
    with transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(RewriteStory)) == 3
    with transaction(sessions) as s:
        full = _add(s, "https://c.example/full", "Kremlin drafting memorandum",
                    "\n".join(WIRE), "Metro", T0 + timedelta(hours=2))
        _assign_on(s, full)
    with transaction(sessions) as s:
        kept = s.scalar(select(ArticleRow.story_id).where(ArticleRow.id == a.id))
        assert s.scalar(select(ArticleRow.story_id).where(ArticleRow.id == b.id)) == kept
        centroids = {r.story_id: r for r in s.scalars(select(RewriteStory))}
        assert kept in centroids and len(centroids) == 2  # the absorbed one is folded in
        assert centroids[kept].size == 3  # top, bottom (merged in) and the bridging article
        assert centroids[kept].first_at == T0 and centroids[kept].last_at == T0 + timedelta(
            hours=2)
        assert set(s.scalars(select(RewriteKey.story_id))) == set(centroids)
        assert s.scalar(select(RewriteKey.story_id).where(RewriteKey.term == "stalling")) == kept
        assert StoryStore(s).prune(T0 + timedelta(hours=74)) == 3  # story_docs of a, b, other
        # the BBC story's newest member is older than the window; the wire story's is not
        assert set(s.scalars(select(RewriteStory.story_id))) == {kept}
        assert StoryStore(s).prune(T0 + timedelta(hours=75)) == 1
        assert s.scalar(select(func.count()).select_from(RewriteStory)) == 0
        assert s.scalar(select(func.count()).select_from(RewriteKey)) == 0
        assert s.scalar(select(RewriteTotal.docs).where(RewriteTotal.part == "t")) == 4


def _hegseth_rows(shared_dir: Path) -> list[dict[str, str]]:
    text = (shared_dir / "fixtures" / "reference-article" / "article.txt").read_text("utf-8")
    original = {"source": "First Outlet", "url": "https://first-outlet.example/hegseth",
                "published": PUBLISHED.format("09:00"), "title": ORIGINAL_TITLE, "text": text}
    return [original, *REWRITES, OTHER_HEGSETH]


def _insert(session: Session, r: dict[str, str]) -> ArticleRow:
    at = datetime.fromisoformat(r["published"].replace("Z", "+00:00"))
    return _add(session, r["url"], r["title"], r["text"], r["source"], at)


@pytest.mark.shared
def test_layer_off_stores_no_rewrite_fields_and_a_rebuild_with_it_on_reads_the_text(
        shared_dir: Path, sessions: sessionmaker[Session]) -> None:
    rows = _hegseth_rows(shared_dir)
    with transaction(sessions) as s:
        ids = []
        for r in rows:  # the layer off (the default): copies only
            row = _insert(s, r)
            assign_story(s, row.id, _article_of(row), row.first_seen_at)
            ids.append(row.id)
    with transaction(sessions) as s:
        stored = [json.loads(f) for f in s.scalars(select(StoryDoc.features))]
        assert len(stored) == 5
        assert all("s" in f and "t" in f for f in stored)  # the copy layer's features stay
        assert not any(k in f for f in stored for k in REWRITE_FIELDS)
        assert len(set(s.scalars(select(ArticleRow.story_id)))) == 5
    with transaction(sessions) as s:  # what a rebuild re-adds of an article stored so
        signals = StoryStore(s)._signals_of([ids[0]])[ids[0]]  # (its text)
        row = s.get(ArticleRow, ids[0])
        assert row is not None
        expected = rewrite_signals(features(row.title, row.text, row.published_at),
                                   row.source)  # with its headline terms and outlet
        assert signals == expected and signals.terms["hegseth"] >= 2
    first = datetime.fromisoformat(rows[0]["published"].replace("Z", "+00:00"))
    with transaction(sessions) as s:
        StoryStore(s, params=StoryParams(enabled=True)).rebuild(first)
    with transaction(sessions) as s:
        story = dict(s.execute(select(ArticleRow.id, ArticleRow.story_id)).all())
        assert {story[i] for i in ids[:4]} == {story[ids[0]]}
        assert story[ids[4]] != story[ids[0]]
        terms = load_counts(s.scalar(select(RewriteStory.terms)
                                    .where(RewriteStory.story_id == story[ids[0]])) or "{}")
        assert terms.get("hegseth", 0) >= 4
        f = json.loads(s.scalar(select(StoryDoc.features).where(StoryDoc.article_id == ids[1]))
                       or "{}")
        assert all(k in f for k in REWRITE_FIELDS)  # assigned with the layer on: all stored


def _article_of(row: ArticleRow) -> Article:
    return Article(url=row.url, canonical_url=row.canonical_url, guid=None, title=row.title,
                   summary="", text=row.text, authors=(), published_at=row.published_at,
                   language=None, content_hash=row.content_hash, source=row.source)


@pytest.mark.shared
def test_centroid_norm_sums_are_stored_and_a_busy_term_is_not_a_key(
        shared_dir: Path, sessions: sessionmaker[Session]) -> None:
    rows = _hegseth_rows(shared_dir)
    params = StoryParams(enabled=True)
    with transaction(sessions) as s:
        for r in rows:
            row = _insert(s, r)
            assign_story(s, row.id, _article_of(row), row.first_seen_at, params=params)
    with transaction(sessions) as s:
        last = s.scalar(select(ArticleRow.story_id).where(ArticleRow.url == rows[-1]["url"]))
        centroid = s.scalars(select(RewriteStory).where(RewriteStory.story_id == last)).one()
        assert centroid.norms is not None
        stored = json.loads(centroid.norms)
        # the newest centroid was written with today's frequencies: its sums are those
        store = RewriteStore(s, params)
        vec = store.vectors([last])[last]
        index: RewriteIndex[int] = RewriteIndex(params)
        index.df = store.docfreq(PART_TERMS, vec.terms)
        index.body_df = store.docfreq(PART_BODY, vec.body)
        vec.cache.clear()
        fresh = index.norm_sums(vec)
        assert set(stored) == {"t", "b"}
        for key in ("t", "b"):
            assert stored[key][0] == fresh[key][0] == 5
            assert stored[key][1:] == pytest.approx(list(fresh[key][1:]))
        assert not RewriteIndex.norms_stale(vec, 5, 5)

        # "hegseth" leads to both stories: a rare term while at most max_postings carry it
        at = datetime.fromisoformat(rows[0]["published"].replace("Z", "+00:00"))
        shared, stubs = RewriteStore(s, params, max_postings=2)._shared_keys(["hegseth"], at)
        assert shared == dict.fromkeys(stubs, 1) and len(stubs) == 2
        shared, stubs = RewriteStore(s, params, max_postings=1)._shared_keys(
            ["hegseth", "healey"], at)
        # "hegseth" past the cap: not a key, so the Healey story (which carries both) shares 1
        assert shared == dict.fromkeys(stubs, 1) and len(stubs) == 1
        far = at + timedelta(days=30)  # outside every story's window: no candidate
        index = RewriteIndex(params)
        index.df = DocFreq({"hegseth": 2}, 100)  # rare among many
        index.shared, index.stories = RewriteStore(s, params)._shared_keys(["hegseth"], far)
        assert len(index.shared) == 2
        assert index.candidates({"hegseth": 1}, far) == []
        assert len(index.candidates({"hegseth": 1}, at)) == 2


def _postings_reference(
    s: Session, terms: list[str], at: datetime, max_postings: int, want: int,
    window: timedelta, whole_pages: bool = False,
) -> tuple[dict[str, set[int]], set[int]]:
    """``RewriteStore._shared_keys`` as it was before round 10: every capped list read into
    Python sets, the stories ranked in Python (most shared terms, then highest id), taken
    until ``want`` are near (``whole_pages``: every stub of the pages read, as before
    round 12)."""
    postings: dict[str, set[int]] = {}
    for t in sorted(set(terms)):
        ids = s.scalars(select(RewriteKey.story_id).where(RewriteKey.term == t)
                        .order_by(RewriteKey.story_id.desc()).limit(max_postings + 1)).all()
        if 0 < len(ids) <= max_postings:
            postings[t] = set(ids)
    shared = Counter(chain.from_iterable(postings.values()))
    order = sorted(shared, key=lambda sid: (-shared[sid], -sid))
    rows = {r.story_id: r for r in s.execute(select(RewriteStory.story_id, RewriteStory.first_at,
                                                    RewriteStory.last_at))}
    stubs: set[int] = set()
    near = 0
    step = 2 * want
    for i in range(0, len(order), step):
        if near >= want:
            break
        for sid in order[i : i + step]:
            if near >= want and not whole_pages:
                break
            if sid in rows:
                stubs.add(sid)
                first, last = rows[sid].first_at, rows[sid].last_at
                near += first is None or last is None or first - window <= at <= last + window
    kept = {t: owners & stubs for t, owners in postings.items()}
    return {t: owners for t, owners in kept.items() if owners}, stubs


def test_postings_ranked_by_the_database_as_read_into_python(
        sessions: sessionmaker[Session]) -> None:
    """The postings counted and ranked by the database (round 10) give the stubs and shared
    counts of the Python ranking they replaced: ties by id, the cap, the paging by
    ``2 x max_candidates`` until enough are near; and the candidates picked from them are
    those picked from whole pages of stubs and their postings (before round 12)."""
    rng = random.Random(7)
    vocab = [f"w{i}" for i in range(12)]
    with transaction(sessions) as s:
        for sid in range(1, 41):
            at = T0 + timedelta(hours=3 * sid)  # the first 20 are far from "now"
            s.add(Story(id=sid, title=f"s{sid}", first_seen_at=at, last_seen_at=at,
                        first_event_at=at, last_event_at=at))
            s.flush()
            s.add(RewriteStory(story_id=sid, seen_at=at, first_at=at, last_at=at, size=1,
                               terms="{}", body="{}", entities="[]", years="[]",
                               numbers="[]"))
            s.flush()
            for t in rng.sample(vocab, rng.randint(1, 6)):
                s.add(RewriteKey(term=t, story_id=sid))
    now = T0 + timedelta(hours=120)
    params = StoryParams(enabled=True, max_candidates=3, window=timedelta(hours=6))
    sizes = []
    fewer = 0
    with transaction(sessions) as s:
        for cap in (5, 12, 40):
            for terms in (vocab, vocab[:4], ["w3", "nothing"], []):
                got, stubs = RewriteStore(s, params, max_postings=cap)._shared_keys(terms, now)
                want_postings, want_stubs = _postings_reference(
                    s, terms, now, cap, params.max_candidates, params.window)
                counted = Counter(chain.from_iterable(want_postings.values()))
                assert (got, set(stubs)) == (dict(counted), want_stubs), (cap, terms)
                sizes.append(len(stubs))
                # the same candidates as from whole pages of stubs (before round 12)
                paged, paged_stubs = _postings_reference(
                    s, terms, now, cap, params.max_candidates, params.window, whole_pages=True)
                fewer += len(paged_stubs) - len(want_stubs)
                picked = []
                for p_shared, p_postings, p_stubs in ((got, {}, stubs),
                                                      (None, paged, dict.fromkeys(paged_stubs))):
                    index: RewriteIndex[int] = RewriteIndex(params)
                    index.df = DocFreq(dict.fromkeys(terms, 1), 100)  # every term rare
                    index.shared, index.postings = p_shared, p_postings
                    rows = {r.story_id: r for r in s.execute(
                        select(RewriteStory.story_id, RewriteStory.first_at,
                               RewriteStory.last_at))}
                    index.stories = {sid: StoryVector(first=rows[sid].first_at,
                                                      last=rows[sid].last_at) for sid in p_stubs}
                    index.born = {sid: sid for sid in index.stories}
                    picked.append(index.candidates(dict.fromkeys(terms, 1), now))
                assert picked[0] == picked[1], (cap, terms)
    assert max(sizes) > 2 * params.max_candidates  # read past the first page
    assert 0 in sizes  # every term past the cap, or none given
    assert fewer > 0  # stubs of a page past the last one picked are no longer read


def _stored_hegseth_story(shared_dir: Path, sessions: sessionmaker[Session],
                          params: StoryParams) -> int:
    """Store the Hegseth rewrites with the layer on; the last one's story id, with the
    process's centroid cache emptied."""
    rows = _hegseth_rows(shared_dir)
    with transaction(sessions) as s:
        for r in rows:
            row = _insert(s, r)
            assign_story(s, row.id, _article_of(row), row.first_seen_at, params=params)
    with transaction(sessions) as s:
        sid = s.scalar(select(ArticleRow.story_id).where(ArticleRow.url == rows[-1]["url"]))
    assert sid is not None
    _CENTROIDS.clear()
    return int(sid)


@pytest.mark.shared
def test_decoded_centroids_are_cached_per_process_and_a_changed_row_is_read_again(
        shared_dir: Path, sessions: sessionmaker[Session]) -> None:
    params = StoryParams(enabled=True)
    sid = _stored_hegseth_story(shared_dir, sessions, params)
    with transaction(sessions) as s:
        first = RewriteStore(s, params).vectors([sid])[sid]
    assert (_CENTROIDS.hits, _CENTROIDS.misses) == (0, 1)
    first.terms["mutated"] = 5  # a caller's change stays in its copy
    first.cache.clear()
    with transaction(sessions) as s:  # another store (a later batch): decoded once already
        again = RewriteStore(s, params).vectors([sid])[sid]
    assert (_CENTROIDS.hits, _CENTROIDS.misses) == (1, 1)
    assert "mutated" not in again.terms and set(again.cache) == {"t", "b"}
    assert again is not first and again.terms is not first.terms
    with transaction(sessions) as s:  # another daemon writes the centroid
        s.execute(update(RewriteStory).where(RewriteStory.story_id == sid)
                  .values(terms='{"elsewhere": 3}', size=again.size + 1))
    with transaction(sessions) as s:
        changed = RewriteStore(s, params).vectors([sid])[sid]
    assert (_CENTROIDS.hits, _CENTROIDS.misses) == (1, 2)
    assert dict(changed.terms) == {"elsewhere": 3} and changed.size == again.size + 1
    small = _CentroidCache(1)  # bounded: the least recently used goes
    with transaction(sessions) as s:
        for row in s.execute(select(RewriteStory.__table__)).all():
            small.get(row)
    assert len(small._entries) == 1


@pytest.mark.shared
def test_centroid_views_share_the_cache_and_are_copied_before_a_change(
        shared_dir: Path, sessions: sessionmaker[Session]) -> None:
    """The decision reads centroids as views of the process cache (no copy of their
    counts); anything that changes one gets a copy first, so the cache never changes."""
    params = StoryParams(enabled=True)
    sid = _stored_hegseth_story(shared_dir, sessions, params)
    with transaction(sessions) as s:
        store = RewriteStore(s, params)
        view = store._views([sid])[sid]
        frozen = _CENTROIDS._entries[sid][1]
        assert view.terms is frozen[1] and view.body is frozen[2]  # shared, not copied
        before = (dict(view.terms), dict(view.body), view.size)
        owned = store.vectors([sid])[sid]  # what add() changes: a copy of its own
        assert owned.terms is not frozen[1] and owned.body is not frozen[2]
        assert (dict(owned.terms), dict(owned.body), owned.size) == before
        assert list(owned.terms) == list(view.terms)  # the stored order (sums add in it)
        assert store.vectors([sid])[sid] is owned  # this store's copy from now on
        owned.terms["mutated"] = 1
        store._refresh([sid])  # add() after a decision: read again, the cache untouched
        assert "mutated" not in _CENTROIDS._entries[sid][1][1]
        again = store._views([sid])[sid]
        assert dict(again.terms) == before[0] and again.size == before[2]
    with transaction(sessions) as s:  # another daemon writes the centroid
        s.execute(update(RewriteStory).where(RewriteStory.story_id == sid)
                  .values(terms='{"elsewhere": 3}', size=before[2] + 1))
    with transaction(sessions) as s:
        changed = RewriteStore(s, params)._views([sid])[sid]
    assert dict(changed.terms) == {"elsewhere": 3} and changed.size == before[2] + 1
    # the cache validates a row read by _read_centroids by its columns after the story id
    assert _CentroidRow._fields[1:] == _ROW_FIELDS


def test_term_lists_are_read_by_key_on_a_fresh_sqlite_database(tmp_path: Path) -> None:
    """The statements that take their terms as a JSON array read each term by its key even
    without statistics (a fresh database): a join with json_each planned as a scan of every
    term of the part cost minutes on stories-dev (issue 10, round 11)."""
    engine = create_engine_for(f"sqlite:///{tmp_path / 'fresh.db'}")
    migrate.upgrade(engine)
    try:
        with engine.connect() as conn:
            plans = {name: " | ".join(str(r[-1]) for r in conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN " + sql, params).all())
                for name, sql, params in (
                    ("df", _DF_SQLITE, ("b", '["a"]')),
                    ("ranked", _RANKED_SQLITE, ('["a"]', 201, 200)))}
    finally:
        engine.dispose()
    assert "SEARCH rewrite_df USING PRIMARY KEY (part=? AND term=?)" in plans["df"]
    assert "SCAN rewrite_df" not in plans["df"]
    assert "SEARCH rewrite_keys USING PRIMARY KEY (term=?)" in plans["ranked"]
    assert "SCAN rewrite_keys" not in plans["ranked"]


def _run_daemons(url: str, rows: list[dict[str, Any]], daemons: int,
                 monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[Any, ...]], list[Any]]:
    """``rows`` (stories-dev) assigned in batches of 10, one transaction each, batch ``i`` by
    daemon ``i % daemons``: an engine, a process cache of decoded centroids and one of
    document frequencies each (as separate processes have), kept across batches. Returns
    each article's (name, story, relation, score), the stories numbered by first appearance,
    and how many cached centroids were stale at the end."""
    sys.path.insert(0, str(BENCH))
    try:
        from eval_dedup import ts
    finally:
        sys.path.remove(str(BENCH))
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    params = StoryParams(enabled=True)
    engines = [create_engine_for(url) for _ in range(daemons)]
    caches = [_CentroidCache(CENTROID_CACHE) for _ in range(daemons)]
    docfreqs = [_DocFreqCache() for _ in range(daemons)]
    names: dict[int, str] = {}
    try:
        for b in range(0, len(rows), 10):
            k = (b // 10) % daemons
            monkeypatch.setattr(stored_rewrites, "_CENTROIDS", caches[k])
            monkeypatch.setattr(stored_rewrites, "_DOCFREQS", docfreqs[k])
            with transaction(session_factory(engines[k])) as s:
                store = StoryStore(s, params=params)
                for r in rows[b : b + 10]:
                    at = ts(r["published"]) or epoch
                    row = add_article(s, r, at)
                    names[row.id] = r["id"]
                    store.assign(row.id, features(r["title"], r["text"], ts(r["published"])),
                                 at, r["source"], r["title"], event_at=at)
                store.flush()
        with session_factory(engines[0])() as s:
            got = s.execute(select(ArticleRow.id, ArticleRow.story_id, ArticleRow.story_relation,
                                   ArticleRow.story_score).order_by(ArticleRow.id)).all()
            stale = sum(1 for c in caches for sid, (raw, _) in c._entries.items()
                        if (row := s.get(RewriteStory, sid)) is None
                        or raw != tuple(getattr(row, f) for f in _ROW_FIELDS))
    finally:
        for e in engines:
            e.dispose()
    number: dict[Any, int] = {}
    out = [(names[a], number.setdefault(story, len(number)), rel, score)
           for a, story, rel, score in got]
    return out, [stale]


@pytest.mark.shared
def test_two_daemons_with_their_own_centroid_caches_decide_as_one(
        shared_dir: Path, db_url: str, second_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two daemons on one database, each with its process cache of decoded centroids and of
    document frequencies (kept across batches, so each holds centroids and counts the other
    has changed since), decide every article as one daemon does: same story, relation and
    score. A stale cache entry is never used (the row read validates a centroid, the stored
    stamp the counts)."""
    rows = _stories_sample(shared_dir)
    one, _ = _run_daemons(db_url, rows, 1, monkeypatch)
    two, (stale,) = _run_daemons(second_db, rows, 2, monkeypatch)
    assert two == one
    assert stale > 0  # the daemons' caches did hold centroids the other one changed
    assert sum(1 for *_, rel, _ in one if rel == "rewrite") > SAMPLE // 4


@pytest.mark.shared
def test_vetoed_candidates_read_bare_decide_as_read_in_full(
        shared_dir: Path, db_url: str, second_db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A candidate the veto rejects is not decoded (read bare: no
    counts) and the decisions are those of reading every candidate in full: same story,
    relation and score for every article, batches of 10 (issue 10, round 12)."""
    rows = _stories_sample(shared_dir)
    barred = 0
    made = RewriteStore._barred

    def counting(*args: Any) -> Callable[..., bool]:
        bar = made(*args)

        def counted(*a: Any) -> bool:
            nonlocal barred
            out = bar(*a)
            barred += out
            return out
        return counted

    monkeypatch.setattr(RewriteStore, "_barred", staticmethod(counting))
    bare, _ = _run_daemons(db_url, rows, 1, monkeypatch)
    assert barred > 0
    monkeypatch.setattr(RewriteStore, "_barred", staticmethod(lambda *a: lambda *b: False))
    full, _ = _run_daemons(second_db, rows, 1, monkeypatch)
    assert bare == full


@pytest.mark.shared
def test_a_barred_centroid_comes_bare_and_its_row_is_kept(
        shared_dir: Path, sessions: sessionmaker[Session]) -> None:
    """A centroid the bar rejects comes with its veto's fields and norm sums but no counts,
    is not decoded, and is decoded from the row kept when asked for again without a bar."""
    params = StoryParams(enabled=True)
    sid = _stored_hegseth_story(shared_dir, sessions, params)
    with transaction(sessions) as s:
        full = RewriteStore(s, params).vectors([sid])[sid]
        _CENTROIDS.clear()
        store = RewriteStore(s, params)
        seen: list[tuple[bool, bool]] = []

        def bar(vec: Any, has_terms: bool, has_body: bool) -> bool:
            seen.append((has_terms, has_body))
            return True

        bare = store._views([sid], bar=bar)[sid]
        assert seen == [(True, True)]  # told what the stored counts hold, not decoded
        assert (_CENTROIDS.hits, _CENTROIDS.misses) == (0, 0)
        assert not bare.terms and not bare.body
        assert (bare.entities, bare.years, bare.numbers, bare.cache, bare.first, bare.last,
                bare.size) == (full.entities, full.years, full.numbers, full.cache, full.first,
                               full.last, full.size)
        s.execute(update(RewriteStory).where(RewriteStory.story_id == sid).values(size=99))
        again = store._views([sid])[sid]  # the row kept, as read then
        assert (_CENTROIDS.hits, _CENTROIDS.misses) == (0, 1)
        assert dict(again.terms) == dict(full.terms) and again.size == full.size
        assert store._views([sid], bar=bar)[sid].terms == {}  # now its copy is barred bare


def test_stored_people_rule_reads_people_and_outlets_back(
        sessions: sessionmaker[Session]) -> None:
    """The stored index keeps what the people rule reads (a centroid's people and outlets in
    ``rewrite_stories``, people's counts under part ``p``), so that a weak rewrite by another
    outlet naming the story's rare person joins it, and the same outlet's or a rewrite
    naming nobody does not, as in memory."""
    from collections import Counter

    from monitor.dedupe.rewrites import Signals
    from monitor.storage.rewrites import PART_PEOPLE
    from monitor.storage.stories import Story

    def doc(terms: str, people: tuple[str, ...], source: str) -> Signals:
        words = Counter(terms.split())
        return Signals(terms=words, body=words, at=T0, people=frozenset(people), source=source)

    first = doc("gary shooting alley victim hospital wound night", ("mary jones",), "Gary Post")
    other = doc("denver fire warehouse blaze crews smoke", ("carl brown",), "Denver Daily")
    weak = doc("gary shooting woman dies neighbours mourn vigil candles", ("mary jones",),
               "Chicago Daily")
    params = StoryParams(enabled=True)
    with transaction(sessions) as s:
        ids = []
        for title in ("Gary shooting", "Denver fire"):
            story = Story(title=title, first_seen_at=T0, last_seen_at=T0)
            s.add(story)
            s.flush()
            ids.append(story.id)
        store = RewriteStore(s, params)
        store.add(ids[0], first, T0)
        store.add(ids[1], other, T0)
        store.flush()
    with transaction(sessions) as s:
        row = s.scalars(select(RewriteStory).where(RewriteStory.story_id == ids[0])).one()
        assert load_counts(row.people or "{}") == {"mary jones": 1}
        assert json.loads(row.sources or "[]") == ["Gary Post"]
        totals = dict(s.execute(select(RewriteTotal.part, RewriteTotal.docs)).all())
        assert totals[PART_PEOPLE] == 2
        store = RewriteStore(s, params)
        memory: RewriteIndex[int] = RewriteIndex(params)
        memory.add(ids[0], first)
        memory.add(ids[1], other)
        for article, joins in ((weak, True), (replace(weak, source="Gary Post"), False),
                               (replace(weak, people=frozenset()), False)):
            found = store.matches(article)
            assert bool(found) is joins and (not found or found[0].story_id == ids[0])
            assert bool(memory.matches(article)) is joins  # the same decision in memory
        off = RewriteStore(s, replace(params, people_rescue=0.0))
        assert off.matches(weak) == []


def _stored_df(s: Session) -> dict[tuple[str, str], int]:
    return {(part, term): docs for part, term, docs in
            s.execute(select(RewriteDf.part, RewriteDf.term, RewriteDf.docs)).all()}


@pytest.mark.shared
def test_document_frequencies_are_kept_per_process_behind_the_stamp(
        shared_dir: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two daemons (an engine and a process cache of counts each) on one database: a store
    takes the counts its process kept under the stored stamp, reads none of them again while
    nothing else wrote, sees its own flushed batch without reading, is not misled by its own
    rolled-back batch, and reads again what another daemon's batch or a rebuild changed:
    every read equals the stored counts (issue 10, round 13)."""
    params = StoryParams(enabled=True)
    rows = _hegseth_rows(shared_dir)
    caches = [_DocFreqCache(), _DocFreqCache()]
    engines = [create_engine_for(db_url) for _ in caches]
    reads: list[int] = []
    real = stored_rewrites._read_df

    def counted(conn: Any, part: str, terms: Any) -> dict[str, int]:
        reads.append(len(terms))
        return real(conn, part, terms)

    monkeypatch.setattr(stored_rewrites, "_read_df", counted)
    stamps: list[int] = []

    def batch(k: int, r: dict[str, str], commit: bool = True) -> None:
        monkeypatch.setattr(stored_rewrites, "_DOCFREQS", caches[k])
        with session_factory(engines[k])() as s:
            row = _insert(s, r)
            store = StoryStore(s, params=params)
            store.assign(row.id, features(row.title, row.text, row.published_at),
                         row.first_seen_at, row.source, row.title)
            store.flush()
            if commit:
                s.commit()
            else:
                s.rollback()
            stamp = s.scalar(select(RewriteDfStamp.stamp)) or 0
            assert (stamp not in stamps) if commit else (stamp == stamps[-1])
            stamps.append(stamp)

    def seen(k: int) -> tuple[dict[tuple[str, str], int], int]:
        """What daemon ``k``'s store reads for every stored term, the stored counts, and
        how many terms it read from the database."""
        monkeypatch.setattr(stored_rewrites, "_DOCFREQS", caches[k])
        before = sum(reads)
        with session_factory(engines[k])() as s:
            stored = _stored_df(s)
            store = RewriteStore(s, params)
            got = {(part, t): n for part in (PART_TERMS, PART_BODY, "p")
                   for t, n in store.docfreq(part, [t for p, t in stored if p == part]).items()
                   if n}
            assert got == stored
            s.rollback()
        return got, sum(reads) - before

    try:
        batch(0, rows[0])
        assert seen(0)[1] > 0  # terms the batch did not read (the centroid's are read)
        assert seen(0)[1] == 0  # all kept now: nothing read again
        batch(1, rows[1])  # another daemon writes the counts
        assert seen(0)[1] > 0  # a new stamp: daemon 0 reads them again
        batch(0, rows[2])  # daemon 0's own batch: its counts kept under its new stamp
        assert seen(0)[1] == 0
        batch(0, rows[3], commit=False)  # rolled back: its stamp is never stored, and the
        assert seen(0)[1] == 0  # counts of the one still stored were kept unchanged (a copy)
        assert seen(1)[1] > 0 and seen(1)[1] == 0
        with session_factory(engines[1])() as s:  # a rebuild takes articles out: new stamp
            monkeypatch.setattr(stored_rewrites, "_DOCFREQS", caches[1])
            ids = list(s.scalars(select(ArticleRow.id).where(
                ArticleRow.rewrite_counted.is_(True))))
            StoryStore(s, params=params).rebuild(datetime(2025, 3, 1, tzinfo=UTC),
                                                 now=datetime(2025, 3, 8, tzinfo=UTC))
            s.commit()
            assert s.scalar(select(RewriteDfStamp.stamp)) not in stamps
        assert ids and seen(0)[1] > 0 and seen(1)[1] > 0
    finally:
        for e in engines:
            e.dispose()


def test_document_frequency_cache_copies_on_advance_and_is_bounded() -> None:
    """A flushed batch's counts go under the new stamp in a copy (the old stamp's stay as
    read); no stamp is never kept; stamps and databases are bounded."""
    cache = _DocFreqCache(stamps=2, databases=2)
    old = cache.counts("db", 1)
    old[PART_TERMS].update({"kyiv": 3, "truce": 1})
    assert cache.counts("db", 1) is old
    new = cache.advance("db", 2, old, {PART_TERMS: {"kyiv": 2, "unread": 5}, PART_BODY: {}})
    assert new[PART_TERMS] == {"kyiv": 5, "truce": 1}  # a term never read stays unread
    assert old[PART_TERMS] == {"kyiv": 3, "truce": 1} and cache.counts("db", 1) is old
    assert cache.counts("db", 2) is new
    assert cache.counts("db", None) is not cache.counts("db", None)  # never kept
    cache.counts("db", 3)  # a third stamp: the least recently used (1) goes
    assert cache.counts("db", 1) is not old
    cache.counts("other", 1)
    cache.counts("third", 1)  # a third database: "db" goes
    assert cache.counts("db", 3)[PART_TERMS] == {}


def test_postings_are_ranked_as_the_database_ranked_them() -> None:
    """``_rank_postings`` orders stories as ``GROUP BY story_id ORDER BY count(*) DESC,
    story_id DESC`` did (round 13 moved the grouping out of the database), ties included."""
    rng = random.Random(13)
    for size in (1, 2, 40, 900):
        ids = [rng.randint(1, max(2, size // 3)) * 1_000_003 for _ in range(size)]
        stories, counts = stored_rewrites._rank_postings(np.asarray(ids, dtype=np.int64))
        want = sorted(Counter(ids).items(), key=lambda kv: (-kv[1], -kv[0]))
        assert list(zip(stories, counts, strict=True)) == want
        assert all(type(v) is int for v in stories + counts)


@pytest.mark.shared
def test_candidate_rows_are_read_once_and_kept_for_the_decision_only(
        shared_dir: Path, sessions: sessionmaker[Session],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A decision reads each candidate's centroid row once (nineteenth session): the stubs of
    ``_shared_keys`` are the live rows' bare readings, its views take the rows kept instead of
    reading them again and equal a fresh read; a story merged into another is not read; the
    decision keeps nothing once made."""
    params = StoryParams(enabled=True)
    sid = _stored_hegseth_story(shared_dir, sessions, params)
    reads: list[tuple[list[int], bool]] = []
    real = stored_rewrites._read_centroids

    def counting(conn: Any, ids: Any, live: bool = False) -> Any:
        reads.append((list(ids), live))
        return real(conn, ids, live)

    with transaction(sessions) as s:
        fresh = RewriteStore(s, params).vectors([sid])[sid]
        stories = set(s.scalars(select(RewriteStory.story_id)))
        assert sid in stories and len(stories) >= 2
        monkeypatch.setattr(stored_rewrites, "_read_centroids", counting)
        store = RewriteStore(s, params)
        shared, stubs = store._shared_keys(["hegseth"], fresh.first)
        assert set(stubs) == set(shared) == stories  # every story carries "hegseth"
        assert reads and all(live for _, live in reads)
        stub = stubs[sid]
        assert (stub.first, stub.last, stub.size, stub.entities, stub.years, stub.cache) == (
            fresh.first, fresh.last, fresh.size, fresh.entities, fresh.years, fresh.cache)
        n = len(reads)
        view = store._views([sid])[sid]
        assert len(reads) == n  # the row read ahead, not read again
        assert dict(view.terms) == dict(fresh.terms) and dict(view.body) == dict(fresh.body)
        assert (view.first, view.last, view.size, view.entities, view.cache) == (
            fresh.first, fresh.last, fresh.size, fresh.entities, fresh.cache)
        doc = rewrite_signals(features(ORIGINAL_TITLE, "Hegseth said the reports were garbage.",
                                       fresh.first), "Some Outlet")
        store.matches(doc)
        assert not store._ahead  # kept for the decision under way only
        other = min(stories - {sid})
        s.execute(update(Story).where(Story.id == sid).values(merged_into_id=other))
        shared, stubs = RewriteStore(s, params)._shared_keys(["hegseth"], fresh.first)
        assert sid not in stubs and sid not in shared  # merged: no candidate


@pytest.mark.shared
def test_a_story_made_by_the_decision_is_added_without_reading_a_centroid(
        shared_dir: Path, sessions: sessionmaker[Session]) -> None:
    """``RewriteStore.add(..., fresh=True)`` (a story the same decision made: no centroid to
    read) stores what ``add`` stores reading one and finding none."""
    params = StoryParams(enabled=True)
    rows = _hegseth_rows(shared_dir)
    at = datetime.fromisoformat(rows[0]["published"].replace("Z", "+00:00"))
    doc = rewrite_signals(features(rows[0]["title"], rows[0]["text"], at), rows[0]["source"])
    with transaction(sessions) as s:
        for sid in (901, 902):
            s.add(Story(id=sid, title="t", first_seen_at=at, last_seen_at=at,
                        first_event_at=at, last_event_at=at))
        s.flush()
        store = RewriteStore(s, params)
        store.add(901, doc, at, count=False, fresh=True)
        store.add(902, doc, at, count=False)
        got = {r.story_id: r for r in s.scalars(select(RewriteStory))}
        columns = [c.name for c in RewriteStory.__table__.columns if c.name != "story_id"]
        assert [getattr(got[901], c) for c in columns] == [getattr(got[902], c) for c in columns]
        keys = {sid: set(s.scalars(select(RewriteKey.term).where(RewriteKey.story_id == sid)))
                for sid in (901, 902)}
        assert keys[901] == keys[902] and keys[901]
