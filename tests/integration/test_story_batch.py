"""The batched story decision (``StoryStore.assign_batch``) against the per-article one
(``StoryStore.assign``), SQLite and PostgreSQL: one feed batch with copies, same-story articles
and merges, inside the batch and against stored articles, decided both ways from the same
stored state; every story column, story, merge, ``story_docs`` and ``story_keys`` row equal."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from monitor.dedupe.match import Decision
from monitor.storage.articles import StoredArticle
from monitor.storage.engine import transaction
from monitor.storage.models import Article as ArticleRow
from monitor.storage.stories import assign_stories
from monitor.types import Article
from tests.integration.test_stories_store import OTHER, WIRE

T0 = datetime(2025, 5, 21, 8, 0, tzinfo=UTC)

SUMMIT = [
    "Leaders of the Group of Seven wealthy democracies met in the Canadian Rockies on Monday "
    "for a summit overshadowed by the war between Israel and Iran and by trade tariffs.",
    "Canadian Prime Minister Mark Carney, the host, said the leaders would seek common ground "
    "on critical minerals, artificial intelligence and wildfires rather than a joint statement.",
    "Officials said U.S. President Donald Trump would hold separate meetings with the prime "
    "ministers of Japan and Britain on the sidelines to discuss his tariff threats.",
    "Ukrainian President Volodymyr Zelensky was expected on Tuesday to press the leaders for "
    "more air defence systems and for tougher sanctions on Russian oil exports.",
    "The summit comes days after Israel launched strikes on Iranian nuclear sites, and leaders "
    "were expected to discuss how to prevent the conflict from spreading across the region.",
    "European officials said they hoped to keep Washington engaged on Ukraine, where talks on a "
    "ceasefire have stalled since the prisoner exchange agreed in Istanbul.",
]


def _add(s: Session, url: str, title: str, body: str, source: str, at: datetime) -> ArticleRow:
    row = ArticleRow(source=source, url=url, canonical_url=url, title=title, summary="",
                     text=body, authors=[], published_at=at, first_seen_at=at,
                     content_hash=hashlib.sha256(body.encode()).hexdigest(), topics=[])
    s.add(row)
    s.flush()
    return row


def _stored(row: ArticleRow) -> StoredArticle:
    return StoredArticle(
        id=row.id, feed_id=None, first_seen_at=row.first_seen_at,
        article=Article(url=row.url, canonical_url=row.url, guid=None, title=row.title,
                        summary="", text=row.text, authors=(), published_at=row.published_at,
                        language=None, content_hash=row.content_hash, source=row.source))


STORED = [  # decided one by one before the batch: two halves of the wire story, and the BoE
    ("https://a.example/top", "Kremlin drafting memorandum", "\n".join(WIRE[:3]), "TASS"),
    ("https://b.example/bottom", "Kremlin drafting memorandum, Peskov says",
     "\n".join(WIRE[3:]), "DW"),
    ("https://c.example/boe", "Bank of England holds rates", OTHER, "BBC"),
]
BATCH = [  # one feed's new articles, in event-time order
    ("https://f.example/1", "Kremlin drafting memorandum, Peskov says",
     "KYIV (Reuters) - " + "\n".join(WIRE[3:]), "Feed"),  # a copy of a stored article (its
    # story's count still pending when the merge comes)
    ("https://f.example/2", "G7 leaders meet in the Rockies", "\n".join(SUMMIT), "Feed"),  # new
    ("https://f.example/3", "G7 leaders meet in the Rockies",
     "BANFF (AP) - " + " ".join(SUMMIT[:4]),
     "Feed"),  # a copy of the batch's previous article
    ("https://f.example/4", "Kremlin drafting memorandum", "\n".join(WIRE), "Feed"),  # merges
    ("https://f.example/5", "Bank of England holds rates",
     OTHER + " Sterling fell slightly after the decision.", "Feed"),  # the stored BoE story
    ("https://f.example/6", "G7 leaders meet in the Rockies",
     "\n".join(SUMMIT[1:]) + "\nThe summit ends on Tuesday evening in Kananaskis.",
     "Feed"),  # the batch's G7 story again
]


def _snapshot(s: Session) -> dict[str, Any]:
    """Every stored result of the decision, story ids replaced by their canonical article
    (PostgreSQL's sequences do not roll back, so the two runs number new stories apart)."""
    canon = dict(s.execute(text("SELECT id, canonical_article_id FROM stories")).all())

    def sid(story: int | None) -> int | None:
        return None if story is None else canon[story]

    q = s.execute
    return {
        "articles": sorted((a, sid(st), c, rel, score) for a, st, c, rel, score in q(text(
            "SELECT id, story_id, copy_of_id, story_relation, story_score FROM articles"))),
        "stories": sorted((sid(i), c, t, str(f), str(last), str(fe), str(le), n, sid(m))
                          for i, c, t, f, last, fe, le, n, m in q(text(
                              "SELECT id, canonical_article_id, title, first_seen_at, "
                              "last_seen_at, first_event_at, last_event_at, article_count, "
                              "merged_into_id FROM stories"))),
        "merges": sorted((sid(k), sid(a), b, str(at), r) for k, a, b, at, r in q(text(
            "SELECT kept_story_id, absorbed_story_id, by_article_id, merged_at, reason "
            "FROM story_merges"))),
        "docs": sorted(tuple(map(str, r)) for r in q(text(
            "SELECT article_id, seen_at, event_at, features FROM story_docs"))),
        "keys": sorted(tuple(r) for r in q(text(
            "SELECT key, article_id, n_keys FROM story_keys"))),
    }


def _decisions(s: Session, decisions: list[Decision[int, int]]) -> list[tuple[Any, ...]]:
    canon = dict(s.execute(text("SELECT id, canonical_article_id FROM stories")).all())
    return [(d.copy_of, canon[d.story_id] if d.story_id is not None else None,
             tuple(canon[m] for m in d.merge_stories), d.merge_copy_roots, d.scores)
            for d in decisions]


def test_batch_decides_as_one_by_one(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as s:
        stored = [_add(s, url, title, body, src, T0 + timedelta(hours=i))
                  for i, (url, title, body, src) in enumerate(STORED)]
        assign_stories(s, [_stored(r) for r in stored], batch=False)
        new_ids = [_add(s, url, title, body, src, T0 + timedelta(hours=5, minutes=i)).id
                   for i, (url, title, body, src) in enumerate(BATCH)]
    results = {}
    for batch in (False, True):
        s = sessions()
        try:
            rows = s.scalars(select(ArticleRow).where(ArticleRow.id.in_(new_ids))).all()
            decisions = assign_stories(s, [_stored(r) for r in rows], batch=batch)
            results[batch] = (_decisions(s, decisions), _snapshot(s))
        finally:
            s.rollback()
            s.close()
    one, many = results[False], results[True]
    assert many[0] == one[0]
    for table in one[1]:
        assert many[1][table] == one[1][table], table
    # the batch is what it is meant to be: copies of stored and of in-batch articles, a merge
    # of two stored stories and copy groups, articles joining stored and in-batch stories
    by_article = dict(zip(new_ids, one[0], strict=True))
    copy_of = {a: d[0] for a, d in by_article.items()}
    assert copy_of[new_ids[0]] == stored[1].id
    assert copy_of[new_ids[2]] == new_ids[1]
    assert by_article[new_ids[3]][2], "the full wire story merges the two halves"
    assert by_article[new_ids[4]][1] == stored[2].id
    assert by_article[new_ids[3]][3], "and their copy groups"
    assert by_article[new_ids[5]][1] == new_ids[1]
    assert len(one[1]["merges"]) == 1
