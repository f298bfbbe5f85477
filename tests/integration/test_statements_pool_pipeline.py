"""The pipeline with statement extraction in worker processes (issue 12), SQLite and PostgreSQL.

The same feeds polled with ``[statements] workers = 2`` and with ``workers = 1`` (the serial
path) leave the same statements and sightings; an article whose extraction fails in a worker
is stored all the same, its failure recorded as the statements stage records it, and the rest
of the feed keeps its statements.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session, sessionmaker

from monitor import stages
from monitor.config import load_settings, statements_settings
from monitor.pipeline import PassReport, Pipeline
from monitor.statements.pool import ExtractionPool
from monitor.storage import feeds as feed_store
from monitor.storage.engine import create_engine_for, session_factory
from monitor.storage.failures import StageFailureRow
from monitor.storage.models import Article, Feed
from monitor.storage.statements import StatementRow, StatementSighting
from tests.integration.test_pipeline_http import Item, rss, write_config
from tests.support.extractors import BOOM, Exploding
from tests.support.httpserver import HTTPTestServer, http_server  # noqa: F401

OFFICIALS = ["Kremlin spokesman Dmitry Peskov", "Foreign Minister Sergei Lavrov",
             "President Volodymyr Zelenskyy", "Secretary of State Marco Rubio"]
QUOTES = ["talks with Ukraine could resume soon", "the peace plan needs security guarantees",
          "a ceasefire must come first", "sanctions will stay until the war ends"]


def _items(feed: int, n: int = 8) -> list[Item]:
    """Ukraine peace items quoting a few officials; quotes repeat across items and feeds."""
    out = []
    for i in range(n):
        who, what = OFFICIALS[(feed + i) % 4], QUOTES[(feed * 3 + i) % 4]
        other = OFFICIALS[(feed + 2 * i + 1) % 4]
        out.append(Item(
            f"Ukraine peace talks, part {i} at outlet {feed}", f"https://news.example/{feed}/{i}",
            f"f{feed}-{i}",
            f'<p>{who} said on Monday that "{what}," in Kyiv.</p>'
            f'<p>"{QUOTES[(i + 1) % 4].capitalize()}," {other} told reporters.</p>'
            f"<p>{other.split()[-1]} said the talks on day {i} went well.</p>"))
    return out


def _poll_all(db_url: str, config: Path, workers: int, *,
              pool: ExtractionPool | None = None) -> sessionmaker[Session]:
    (config / "monitor.toml").write_text(
        (config / "monitor.toml").read_text(encoding="utf-8").split("[statements]")[0]
        + f"[statements]\nworkers = {workers}\n", encoding="utf-8")
    settings = load_settings(config, database_url=db_url)
    assert statements_settings(settings.raw).workers == workers
    sessions = session_factory(create_engine_for(db_url))
    built = stages.build(settings)
    statements_stage = built[-1]
    assert isinstance(statements_stage, stages.StatementsStage)
    assert (statements_stage.pool is not None) == (workers > 1)
    if pool is not None:
        statements_stage.pool = pool
    with Pipeline(settings, sessions, after_insert=built) as pipeline:
        for report in poll_each_feed(pipeline, sessions):
            assert [f.outcome for f in report.feeds] == ["ok"]
    return sessions


def poll_each_feed(pipeline: Pipeline, sessions: sessionmaker[Session]) -> list[PassReport]:
    """Sync the config's feeds and poll them one after another, in id order (the same order
    of feeds on every run); one report per feed."""
    pipeline.sync_feeds()
    with sessions() as session:
        refs = [feed_store.feed_ref(f) for f in session.scalars(select(Feed).order_by(Feed.id))]
    return [pipeline.fetch_and_process([ref]) for ref in refs]


def _dump(sessions: sessionmaker[Session]) -> list[list[tuple[object, ...]]]:
    with sessions() as session:
        return [[tuple(r) for r in session.execute(text(f"SELECT * FROM {table} ORDER BY id"))]
                for table in ("statements", "statement_sightings")]


def test_workers_store_what_the_serial_path_stores(
        http_server: HTTPTestServer, db_url: str, tmp_path: Path) -> None:  # noqa: F811
    feeds = {}
    for f in range(3):
        http_server.route(f"/feed{f}.xml", body=rss(_items(f)),
                          headers={"Content-Type": "application/rss+xml"})
        feeds[f"feed{f}"] = http_server.url(f"/feed{f}.xml")
    config = write_config(tmp_path / "config", feeds)
    serial = _poll_all(db_url, config, 1)
    expected = _dump(serial)
    assert len(expected[0]) >= 8 and len(expected[1]) >= 40
    serial.kw["bind"].dispose()
    # the same polls into a fresh database of the same kind, with two workers
    if db_url.startswith("sqlite"):
        other = f"sqlite:///{tmp_path / 'pool.db'}"
        from monitor.storage import migrate

        engine = create_engine_for(other)
        migrate.upgrade(engine)
        engine.dispose()
    else:
        admin = create_engine_for(db_url)
        with admin.begin() as conn:
            for table in ("statement_keys", "statement_sightings", "statements", "story_keys",
                          "story_docs", "story_merges", "articles", "stories", "fetch_log",
                          "feeds"):
                conn.execute(text(f"DELETE FROM {table}"))
            for table in ("statements", "statement_sightings", "articles", "stories",
                          "feeds"):
                conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  "1, false)"))
        admin.dispose()
        other = db_url
    pooled = _poll_all(other, config, 2)
    got = _dump(pooled)
    pooled.kw["bind"].dispose()
    # first_seen_at and event times differ (another run): compare the decisions
    def decisions(dump: list[list[tuple[object, ...]]]) -> list[list[tuple[object, ...]]]:
        statements, sightings = dump
        return [[(r[0], r[1], r[2], r[5], r[6], r[8], r[9]) for r in statements],
                [(r[0], r[1], r[2], r[3], r[6], r[7]) for r in sightings]]
    assert decisions(got) == decisions(expected)


def test_a_worker_failure_keeps_the_article_and_the_feed(
        http_server: HTTPTestServer, db_url: str, tmp_path: Path) -> None:  # noqa: F811
    items = _items(0, 5)
    items[2] = Item(f"Ukraine {BOOM} talks", "https://news.example/boom", "boom",
                    items[2].description + f"<p>{BOOM}</p>")
    http_server.route("/feed.xml", body=rss(items),
                      headers={"Content-Type": "application/rss+xml"})
    config = write_config(tmp_path / "config", {"feed": http_server.url("/feed.xml")})
    registry = stages.load_registry(load_settings(config, database_url=db_url))
    sessions = _poll_all(db_url, config, 2,
                         pool=ExtractionPool(registry, 2, Exploding(registry),
                                              factory=Exploding))
    with sessions() as session:
        arts = {a.title: a.id for a in session.scalars(select(Article))}
        assert len(arts) == 5  # every article stored, the BOOM one too
        failures = list(session.scalars(select(StageFailureRow)))
        assert [(f.stage, f.article_id, f.error_kind) for f in failures] == [
            ("statements", arts[f"Ukraine {BOOM} talks"], "ValueError")]
        assert "a bug met BOOM" in failures[0].message
        carrying = set(session.scalars(select(StatementSighting.article_id)))
        assert carrying == {i for t, i in arts.items() if BOOM not in t}
        assert session.scalar(select(StatementRow.id).limit(1)) is not None
    sessions.kw["bind"].dispose()
