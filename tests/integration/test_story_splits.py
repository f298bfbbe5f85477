"""The stored rewrite layer splits a mixed story and reads leads without an outlet's furniture
(issue 10, round 2's join policy on the stored side; SQLite and PostgreSQL).

A story is mixed on purpose: with a join threshold near zero and every term a candidate key
(test-only parameters), two articles on a hospital fire and two on a football transfer join
one story; when the fourth arrives, its members form two groups and the transfer pair leaves
as a new story (a copy with its canonical article), logged in ``story_splits``. A rebuild
takes the split back out and decides again.
"""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, sessionmaker

from monitor.dedupe.index import MemoryIndex
from monitor.dedupe.rewrites import StoryParams
from monitor.dedupe.signatures import features
from monitor.storage.engine import create_engine_for, session_factory, transaction
from monitor.storage.models import Article as ArticleRow
from monitor.storage.rewrites import (
    RewriteKey,
    RewriteLine,
    RewriteMember,
    RewriteStory,
    load_counts,
)
from monitor.storage.stories import Story, StorySplit, StoryStore
from tests.integration.test_stories_store import T0, _add
from tests.integration.test_story_rewrites import BENCH, _cli, _config
from tests.support.storiesdev import add_article, stories_rows

# every article joins the best story that shares a term: two events end up in one story
MIXING = StoryParams(enabled=True, accept=0.01, accept_named=0.01, rare_df=1.0,
                     entity_veto=False, year_veto=False)

FIRE_1 = (
    "Fire crews in Lyon fought a blaze at the Edouard Herriot hospital overnight, and two "
    "hundred patients were moved to other wards as smoke filled the east wing of the city.\n"
    "The fire started in a basement laundry room, the prefecture said, and no one was hurt.\n"
    "Firefighters used ladders to reach the upper floors and the blaze was out by dawn."
)
FIRE_2 = (
    "Two hundred patients were evacuated when a fire broke out in the basement laundry of "
    "Lyon's Edouard Herriot hospital, the city prefecture said on Tuesday.\n"
    "Smoke spread through the east wing before firefighters put the blaze out at dawn.\n"
    "Nobody was injured, hospital managers said, and the laundry will stay closed."
)
TRANSFER_1 = (
    "Bayern Munich signed the Portuguese striker Joao Felix from Chelsea on Tuesday for a fee "
    "of seventy million euros, the club said in a statement from the city.\n"
    "The forward agreed a five year contract and will wear the number nine shirt.\n"
    "Manager Vincent Kompany called the signing a statement of ambition for the league."
)
TRANSFER_COPY = TRANSFER_1 + "\nThe striker flies to Munich for his medical on Wednesday."
TRANSFER_2 = (
    "Chelsea sold Joao Felix to Bayern Munich for seventy million euros, ending the Portuguese "
    "forward's spell in London after one season in the city.\n"
    "Felix signed a five year contract with the Bavarian club and takes the number nine.\n"
    "Vincent Kompany said the striker would make his debut in the league on Saturday."
)


def _assign(s: Session, row: ArticleRow, params: StoryParams) -> None:
    store = StoryStore(s, params=params)
    store.assign(row.id, features(row.title, row.text, row.published_at), row.first_seen_at,
                 row.source, row.title)
    store.flush()


ARTICLES = [  # (url, title, body, outlet, hours after T0)
    ("https://a.example/fire", "Fire at Lyon hospital, patients moved", FIRE_1, "A", 0),
    ("https://b.example/fire", "Lyon hospital evacuated after basement fire", FIRE_2, "B", 1),
    ("https://c.example/felix", "Bayern sign Joao Felix from Chelsea", TRANSFER_1, "C", 2),
    ("https://d.example/felix", "Bayern sign Joao Felix from Chelsea", TRANSFER_COPY, "D", 3),
    ("https://e.example/felix", "Chelsea sell Felix to Bayern for 70m", TRANSFER_2, "E", 4),
]


def _story_of(s: Session, ids: list[int]) -> list[int]:
    return [s.scalar(select(ArticleRow.story_id).where(ArticleRow.id == i)) or 0 for i in ids]


def test_a_mixed_story_splits_as_in_memory_and_a_rebuild_takes_it_back(
        sessions: sessionmaker[Session]) -> None:
    ids: list[int] = []
    for url, title, body, source, hours in ARTICLES:
        with transaction(sessions) as s:
            row = _add(s, url, title, body, source, T0 + timedelta(hours=hours))
            ids.append(row.id)
            _assign(s, row, MIXING)
    fire_a, fire_b, felix, copy, felix_2 = ids
    with transaction(sessions) as s:
        story = _story_of(s, ids)
        assert story[0] == story[1] and story[2] == story[3] == story[4]
        assert story[0] != story[2]  # split: the transfer left the fire story
        split = s.scalars(select(StorySplit)).one()
        assert (split.story_id, split.new_story_id) == (story[0], story[2])
        assert split.by_article_id == copy  # the fourth member showed two groups
        assert json.loads(split.members) == [felix, copy]  # the copy went with its canonical
        assert s.scalar(select(ArticleRow.copy_of_id).where(ArticleRow.id == copy)) == felix
        new = s.get(Story, story[2])
        old = s.get(Story, story[0])
        assert new is not None and old is not None
        assert new.canonical_article_id == felix  # the first leaving article
        assert new.title == ARTICLES[2][1]
        assert (old.article_count, new.article_count) == (2, 3)
        assert new.first_seen_at == T0 + timedelta(hours=2)
        assert old.last_seen_at == T0 + timedelta(hours=1)  # made again from what stays
        assert new.last_seen_at == T0 + timedelta(hours=4)
        sizes = dict(s.execute(select(RewriteStory.story_id, RewriteStory.size)).all())
        assert sizes == {story[0]: 2, story[2]: 3}  # both centroids rebuilt
        members = list(s.execute(select(RewriteMember.story_id, RewriteMember.article_id)
                                 .order_by(RewriteMember.story_id, RewriteMember.seq)))
        assert members == [(story[0], fire_a), (story[0], fire_b),
                           (story[2], felix), (story[2], copy), (story[2], felix_2)]
        keyed = {t: set(s.scalars(select(RewriteKey.story_id).where(RewriteKey.term == t)))
                 for t in ("felix", "laundry", "city")}
        assert keyed == {"felix": {story[2]}, "laundry": {story[0]},
                         "city": {story[0], story[2]}}
        shown = StoryStore(s).get_story(story[2])
        assert shown is not None and [a.id for a in shown.articles] == [felix, copy, felix_2]

    # the same articles in memory: the same split
    memory: MemoryIndex[int] = MemoryIndex(params=MIXING)
    for i, (_, title, body, source, hours) in zip(ids, ARTICLES, strict=True):
        at = T0 + timedelta(hours=hours)
        memory.assign(i, features(title, body, at), at, source)
    assert [(sp.new_story, sp.members, sp.by_article) for sp in memory.splits] == [
        (felix, (felix, copy), copy)]

    # rebuild from the copy on: the split it made is taken back out and made again
    with transaction(sessions) as s:
        StoryStore(s, params=MIXING).rebuild(T0 + timedelta(hours=3))
    with transaction(sessions) as s:
        story = _story_of(s, ids)
        assert story[0] == story[1] != story[2] == story[3] == story[4]
        assert s.scalar(select(func.count()).select_from(StorySplit)) == 1
        assert s.scalar(select(StorySplit.by_article_id)) == copy
        assert dict(s.execute(select(RewriteStory.story_id, RewriteStory.size)).all()) == {
            story[0]: 2, story[2]: 3}
    # ... and with the split off, the story stays mixed: the split's story is gone
    with transaction(sessions) as s:
        StoryStore(s, params=replace(MIXING, split_ratio=0.0)).rebuild(
            T0 + timedelta(hours=3))
    with transaction(sessions) as s:
        story = _story_of(s, ids)
        assert len(set(story)) == 1
        assert s.scalar(select(func.count()).select_from(StorySplit)) == 0
        live = set(s.scalars(select(Story.id).where(Story.merged_into_id.is_(None))))
        assert live == {story[0]}
        assert s.scalar(select(Story.article_count).where(Story.id == story[0])) == 5
        assert dict(s.execute(select(RewriteStory.story_id, RewriteStory.size)).all()) == {
            story[0]: 5}
        order = list(s.scalars(select(RewriteMember.article_id).order_by(RewriteMember.seq)))
        assert order == ids  # the members went back in their order


LOGIN = "Sign in to your account to keep reading our journalism without limits."


def _one_outlet(sessions: sessionmaker[Session], bodies: list[str], params: StoryParams,
                path: str = "") -> list[int]:
    """Store and assign ``bodies`` as pages of one outlet ("Paper"), an hour apart (the fire,
    then the transfer headline); their article ids."""
    ids = []
    for n, body in enumerate(bodies):
        with transaction(sessions) as s:
            row = _add(s, f"https://paper.example/{path}{n}", ARTICLES[2 * n][1], body, "Paper",
                       T0 + timedelta(hours=n))
            ids.append(row.id)
            _assign(s, row, params)
    return ids


def test_an_outlets_furniture_is_counted_and_not_read_and_a_rebuild_counts_it_once(
        sessions: sessionmaker[Session]) -> None:
    params = StoryParams(enabled=True)
    ids = _one_outlet(sessions, [LOGIN + "\n" + FIRE_1, LOGIN + "\n" + TRANSFER_1], params)
    login = features("t", LOGIN, T0).lines[0][0]

    def check() -> None:
        with transaction(sessions) as s:
            counts = dict(s.execute(select(RewriteLine.fingerprint, RewriteLine.articles)
                                    .where(RewriteLine.outlet == "Paper")).all())
            assert counts[login] == 2  # both pages carried it
            furniture = dict(s.execute(select(RewriteMember.article_id,
                                              RewriteMember.furniture)).all())
            assert furniture[ids[0]] is None  # the first page: nothing seen before
            assert json.loads(furniture[ids[1]] or "[]") == [login]  # the second: furniture
            terms = load_counts(s.scalar(select(RewriteStory.terms).join(
                ArticleRow, ArticleRow.story_id == RewriteStory.story_id)
                .where(ArticleRow.id == ids[1])) or "{}")
            assert "journalism" not in terms and "felix" in terms  # the lead read past it
            first = load_counts(s.scalar(select(RewriteStory.terms).join(
                ArticleRow, ArticleRow.story_id == RewriteStory.story_id)
                .where(ArticleRow.id == ids[0])) or "{}")
            assert "journalism" in first

    check()
    with transaction(sessions) as s:  # decided again: counted once, read as before
        StoryStore(s, params=params).rebuild(T0 + timedelta(hours=1))
    check()
    with transaction(sessions) as s:  # pruned with the window
        StoryStore(s, params=params).prune(T0 + timedelta(hours=80))
        assert s.scalar(select(func.count()).select_from(RewriteLine)) == 0
        assert s.scalar(select(func.count()).select_from(RewriteMember)) == 0


FOOTER = "Get the latest news delivered straight to your inbox every single morning."


def _long(body: str, topic: str) -> str:
    """``body`` with enough news after its lead that its last sentences are a tail."""
    return body + "\n" + " ".join(
        f"Witness number {i} described the {topic} scene to reporters at length on the day."
        for i in range(14))


def test_an_outlets_footer_is_counted_and_leaves_the_body(
        sessions: sessionmaker[Session]) -> None:
    """Round 7: the body's last sentences are counted per outlet like the lead's, and a
    footer the outlet printed before leaves the body vector (SQLite and PostgreSQL)."""
    bodies = [_long(FIRE_1, "fire") + "\n" + FOOTER, _long(TRANSFER_1, "transfer") + "\n" + FOOTER]
    ids = _one_outlet(sessions, bodies, StoryParams(enabled=True), "f")
    footer = features("t", FOOTER, T0).lines[0][0]
    assert footer in {h for h, _ in features("t", bodies[1], T0).tail}
    with transaction(sessions) as s:
        counts = dict(s.execute(select(RewriteLine.fingerprint, RewriteLine.articles)
                                .where(RewriteLine.outlet == "Paper")).all())
        assert counts[footer] == 2
        furniture = dict(s.execute(select(RewriteMember.article_id,
                                          RewriteMember.furniture)).all())
        assert furniture[ids[0]] is None
        assert json.loads(furniture[ids[1]] or "[]") == [footer]

        def body_of(article_id: int) -> dict[str, int]:
            return load_counts(s.scalar(select(RewriteStory.body).join(
                ArticleRow, ArticleRow.story_id == RewriteStory.story_id)
                .where(ArticleRow.id == article_id)) or "{}")

        assert "inbox" in body_of(ids[0]) and "inbox" not in body_of(ids[1])
        assert "felix" in body_of(ids[1])


def test_the_memory_index_reads_the_same_furniture() -> None:
    memory: MemoryIndex[int] = MemoryIndex(params=StoryParams(enabled=True))
    for n, body in enumerate([LOGIN + "\n" + FIRE_1, LOGIN + "\n" + TRANSFER_1]):
        at = T0 + timedelta(hours=n)
        memory.assign(n, features(ARTICLES[2 * n][1], body, at), at, "Paper")
    story = memory.rewrites.stories[1]
    assert "journalism" not in story.terms and "felix" in story.terms


def test_stories_show_lists_the_split_on_both_stories(db_url: str, tmp_path: Path) -> None:
    engine = create_engine_for(db_url)
    try:
        sessions = session_factory(engine)
        ids = []
        for url, title, body, source, hours in ARTICLES[:4]:
            with transaction(sessions) as s:
                row = _add(s, url, title, body, source, T0 + timedelta(hours=hours))
                ids.append(row.id)
                _assign(s, row, MIXING)
        with sessions() as s:
            old, new = _story_of(s, [ids[0], ids[2]])
    finally:
        engine.dispose()
    cli = _cli(db_url, _config(tmp_path / "config", "rewrites = true"))
    shown = json.loads(cli("stories", "show", str(old), "--format", "json").output)
    assert [a["id"] for a in shown["articles"]] == ids[:2]
    assert shown["splits"] == [{"story_id": old, "new_story_id": new, "by_article_id": ids[3],
                                "split_at": (T0 + timedelta(hours=3)).isoformat(),
                                "members": ids[2:4]}]
    shown = json.loads(cli("stories", "show", str(new), "--format", "json").output)
    assert [(a["id"], a["relation"]) for a in shown["articles"]] == [
        (ids[2], "canonical"), (ids[3], "copy")]
    assert shown["splits"][0]["new_story_id"] == new
    assert f"split: 2 articles left for story {new}" in cli("stories", "show", str(old)).output
    assert f"split off story {old} (2 articles)" in cli("stories", "show", str(new)).output


WRITERS = 3  # concurrent feed transactions (threads, one session each)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_concurrent_writers_split_and_stay_consistent(shared_dir: Path, db_url: str) -> None:
    """Three writers assign stories-dev lines 200-400 at once (one transaction per article,
    the layer on): no deadlock or error, and the stored state agrees with itself."""
    sys.path.insert(0, str(BENCH))
    try:
        from eval_dedup import ts
    finally:
        sys.path.remove(str(BENCH))
    rows = stories_rows(shared_dir, 200, 200)
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    params = StoryParams(enabled=True)
    engine = create_engine_for(db_url)
    sessions = session_factory(engine)
    errors: list[BaseException] = []

    def writer(k: int) -> None:
        for r in rows[k::WRITERS]:
            at = ts(r["published"]) or epoch
            doc = features(r["title"], r["text"], ts(r["published"]))
            try:
                with transaction(sessions) as s:
                    row = add_article(s, r, at)
                    store = StoryStore(s, params=params)
                    store.assign(row.id, doc, at, r["source"], r["title"], event_at=at)
                    store.flush()
            except Exception as exc:  # collected: asserted below
                errors.append(exc)

    try:
        threads = [threading.Thread(target=writer, args=(k,)) for k in range(WRITERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        with sessions() as s:
            assert s.scalar(select(func.count()).select_from(ArticleRow)
                            .where(ArticleRow.story_id.is_(None))) == 0
            checks = {
                "story counts": "SELECT count(*) FROM stories s WHERE merged_into_id IS NULL"
                " AND article_count != (SELECT count(*) FROM articles a"
                " WHERE a.story_id = s.id)",
                "members elsewhere": "SELECT count(*) FROM rewrite_members m JOIN articles a"
                " ON a.id = m.article_id WHERE a.story_id != m.story_id",
                "centroid sizes": "SELECT count(*) FROM rewrite_stories r WHERE r.size !="
                " (SELECT count(*) FROM rewrite_members m WHERE m.story_id = r.story_id)",
            }
            assert {k: s.execute(sql_text(q)).scalar() for k, q in checks.items()} == dict.fromkeys(
                checks, 0)
            assert s.scalar(select(func.count()).select_from(RewriteMember)) == len(rows)
    finally:
        engine.dispose()
