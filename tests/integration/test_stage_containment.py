"""A post-insert stage that fails on one article takes nothing else down (issue 9, point 1).

Feeds are served over real HTTP on 127.0.0.1 and stored in SQLite and PostgreSQL. The real
stories and statements stages run; one of them is made to raise on one chosen article.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from monitor import stages
from monitor.cli import main
from monitor.config import load_settings
from monitor.pipeline import Pipeline
from monitor.storage import feeds as feed_store
from monitor.storage.articles import StoredArticle
from monitor.storage.engine import create_engine_for, session_factory
from monitor.storage.failures import StageFailureRow
from monitor.storage.models import Article, Feed
from monitor.storage.statements import StatementRow, StatementSighting
from monitor.types import AfterInsert, InsertContext
from tests.integration.test_pipeline_http import Item, rss, write_config
from tests.support.httpserver import HTTPTestServer, http_server  # noqa: F401

BOOM = "BOOM"  # a title with this word makes the wrapped stage raise


class Exploding:
    """Wraps a real stage; raises (as a bug would) when a batch holds a BOOM article."""

    def __init__(self, inner: AfterInsert) -> None:
        self.inner = inner
        self.name = getattr(inner, "name", "inner")

    def __call__(self, session: Session, new: Sequence[StoredArticle],
                 ctx: InsertContext) -> None:
        self.inner(session, new, ctx)  # its writes land first: the savepoint must undo them
        if any(BOOM in s.article.title for s in new):
            raise AssertionError("a bug met an odd paragraph")


ITEMS = [
    Item("Kremlin says peace talks with Ukraine may resume", "https://news.example/a1", "a1",
         'Dmitry Peskov said on Monday that talks with Ukraine "could resume soon".'),
    Item(f"Kyiv {BOOM} article", "https://news.example/a2", "a2",
         'Ukraine talks: Peskov said the Kremlin "is ready to listen".'),
    Item("Ukraine peace plan in Kyiv", "https://news.example/a3", "a3",
         '* "He\'s going to come out with his hands up." Peskov said Ukraine must decide.'),
]


def _pipeline(db_url: str, tmp_path: Path, url: str) -> tuple[Pipeline, sessionmaker[Session]]:
    settings = load_settings(write_config(tmp_path / "config", {"feed": url}),
                             database_url=db_url)
    sessions = session_factory(create_engine_for(db_url))
    wrapped = [Exploding(stage) for stage in stages.build(settings)]
    pipeline = Pipeline(settings, sessions, after_insert=wrapped)
    pipeline.sync_feeds()
    return pipeline, sessions


def _poll(pipeline: Pipeline, sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        feed = session.scalars(select(Feed)).one()
        ref = feed_store.feed_ref(feed)
    report = pipeline.fetch_and_process([ref])
    assert [f.outcome for f in report.feeds] == ["ok"]


def test_a_failing_stage_keeps_the_article_and_the_rest_of_the_feed(
        http_server: HTTPTestServer, db_url: str, tmp_path: Path) -> None:  # noqa: F811
    http_server.route("/feed.xml", body=rss(ITEMS),
                      headers={"Content-Type": "application/rss+xml"})
    pipeline, sessions = _pipeline(db_url, tmp_path, http_server.url("/feed.xml"))
    with pipeline:
        _poll(pipeline, sessions)
        with sessions() as session:
            arts = {a.title: a for a in session.scalars(select(Article))}
            assert len(arts) == 3  # the feed's transaction was not rolled back
            failures = list(session.scalars(select(StageFailureRow)))
            boom = arts[f"Kyiv {BOOM} article"]
            # both stages failed on the BOOM article only, and were recorded on it
            assert sorted((f.stage, f.article_id) for f in failures) == [
                ("statements", boom.id), ("stories", boom.id)]
            assert all(f.error_kind == "AssertionError" for f in failures)
            assert "odd paragraph" in failures[0].message
            # its stage work was undone; the other articles kept theirs
            assert boom.story_id is None
            assert all(a.story_id is not None for t, a in arts.items() if BOOM not in t)
            speakers = {(a, o) for a, o in session.execute(
                select(StatementSighting.article_id, StatementRow.official_id)
                .join(StatementRow, StatementRow.id == StatementSighting.statement_id))}
            assert (arts["Kremlin says peace talks with Ukraine may resume"].id,
                    "peskov") in speakers
            assert not any(a == boom.id for a, _ in speakers)
            # the bullet paragraph that used to raise inside the extractor now just works
            assert (arts["Ukraine peace plan in Kyiv"].id, "peskov") in speakers

        # the next poll goes on as usual: a new item is stored and processed
        http_server.route("/feed.xml", body=rss([*ITEMS, Item(
            "Ukraine ceasefire talks continue", "https://news.example/a4", "a4",
            'Peskov said on Tuesday that Ukraine talks "will continue".')]),
            headers={"Content-Type": "application/rss+xml"})
        _poll(pipeline, sessions)
        with sessions() as session:
            new = session.scalars(select(Article).where(
                Article.url == "https://news.example/a4")).one()
            assert new.story_id is not None
            assert len(list(session.scalars(select(StageFailureRow)))) == 2

    # what an operator sees: status counts them, the report lists them
    runner = CliRunner()
    config = str(tmp_path / "config")
    result = runner.invoke(main, ["--config", config, "--db", db_url, "status"])
    assert "2 article stage failures in the last 24 h" in result.output
    result = runner.invoke(main, ["--config", config, "--db", db_url, "report",
                                  "stage-failures", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.output.count('"AssertionError"') == 2
    assert "https://news.example/a2" in result.output
    sessions.kw["bind"].dispose()


def test_a_failing_topic_filter_keeps_the_article_and_the_rest(
        http_server: HTTPTestServer, db_url: str, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The topic filter runs before insert: a bug in it on one article must not lose the batch."""
    import monitor.pipeline as pipeline_module

    real = pipeline_module.match_topics

    def flaky(topics: Sequence[object], title: str, summary: str, text: str) -> tuple[str, ...]:
        if BOOM in title:
            raise IndexError("tuple index out of range")
        return real(topics, title, summary, text)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline_module, "match_topics", flaky)
    http_server.route("/feed.xml", body=rss(ITEMS),
                      headers={"Content-Type": "application/rss+xml"})
    pipeline, sessions = _pipeline(db_url, tmp_path, http_server.url("/feed.xml"))
    with pipeline:
        _poll(pipeline, sessions)
        with sessions() as session:
            topics = {a.title: a.topics for a in session.scalars(select(Article))}
    assert len(topics) == 3
    assert topics[f"Kyiv {BOOM} article"] == []  # kept, without topics: nothing is lost
    assert topics["Ukraine peace plan in Kyiv"] == ["ukraine"]
    sessions.kw["bind"].dispose()
