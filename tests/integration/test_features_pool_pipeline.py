"""The stories stage with its features computed in the worker pool (issue 12), SQLite and
PostgreSQL.

The same feeds polled with ``[statements] workers = 2`` (features and extraction in worker
processes) and ``workers = 1`` (everything in the process) leave the same story decisions,
candidate index and statements, with statements on and off (``enabled = false``: a pool that
computes features only).
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from monitor import stages
from monitor.config import load_settings, statements_settings
from monitor.pipeline import Pipeline
from monitor.storage import migrate
from monitor.storage.engine import create_engine_for, session_factory
from tests.conftest import (
    POSTGRES_ADMIN_URL,
    _drop_pg_database,
    _pg_admin,
    _pg_template_db,
    _with_database,
)
from tests.integration.test_pipeline_http import Item, rss, write_config
from tests.integration.test_statements_pool_pipeline import _items, poll_each_feed
from tests.support.httpserver import HTTPTestServer, http_server  # noqa: F401

# What each table's decisions are (times differ between runs and are left out)
DECISIONS = {
    "articles": "SELECT id, story_id, copy_of_id, story_relation, story_score FROM articles",
    "stories": "SELECT id, canonical_article_id, title, article_count, merged_into_id "
               "FROM stories",
    "story_docs": "SELECT article_id, features FROM story_docs",
    "story_keys": "SELECT key, article_id, n_keys FROM story_keys",
    "story_merges": "SELECT kept_story_id, absorbed_story_id, by_article_id, reason "
                    "FROM story_merges",
    "statements": "SELECT id, official_id, content FROM statements",
    "statement_sightings": "SELECT statement_id, article_id FROM statement_sightings",
}


def _feeds(http_server: HTTPTestServer) -> dict[str, str]:  # noqa: F811
    """Four feeds: two of their own, a third republishing the first's items (copies, with a
    line of its own), a fourth rewriting the second's headlines over the same quotes."""
    items = {0: _items(0), 1: _items(1)}
    items[2] = [Item(i.title, i.link.replace("/0/", "/2/"), f"c-{i.guid}",
                     i.description + "<p>Reporting by the copy desk.</p>") for i in items[0]]
    items[3] = [Item(f"Officials weigh in: {i.title.lower()}", i.link.replace("/1/", "/3/"),
                     f"r-{i.guid}", i.description) for i in items[1]]
    feeds = {}
    for f, its in items.items():
        http_server.route(f"/feed{f}.xml", body=rss(its),
                          headers={"Content-Type": "application/rss+xml"})
        feeds[f"feed{f}"] = http_server.url(f"/feed{f}.xml")
    return feeds


def _poll(db_url: str, config: Path, workers: int,
          statements: bool) -> tuple[dict[str, list[tuple[object, ...]]], dict[str, int]]:
    """Poll every feed once; the decisions stored, and the results the workers served."""
    (config / "monitor.toml").write_text(
        (config / "monitor.toml").read_text(encoding="utf-8").split("[statements]")[0]
        + f"[statements]\nworkers = {workers}\nenabled = {str(statements).lower()}\n",
        encoding="utf-8")
    settings = load_settings(config, database_url=db_url)
    assert statements_settings(settings.raw).workers == workers
    engine = create_engine_for(db_url)
    sessions: sessionmaker[Session] = session_factory(engine)
    built = stages.build(settings)
    assert isinstance(built[0], stages.StoriesStage)
    assert (built[0].pool is not None) == (workers > 1)
    assert len(built) == (2 if statements else 1)
    with Pipeline(settings, sessions, after_insert=built) as pipeline:
        for report in poll_each_feed(pipeline, sessions):
            assert [(f.outcome, f.stage_failures) for f in report.feeds] == [("ok", [])]
    with sessions() as session:
        dump = {table: sorted(tuple(r) for r in session.execute(text(sql)))
                for table, sql in DECISIONS.items()}
    engine.dispose()
    pool = built[0].pool
    return dump, dict(pool.served) if pool is not None else {}


def _second_database(db_url: str, tmp_path: Path) -> tuple[str, str | None]:
    """A second fresh database of the same kind (URL, PostgreSQL name to drop)."""
    if db_url.startswith("sqlite"):
        url = f"sqlite:///{tmp_path / 'pool.db'}"
        engine = create_engine_for(url)
        migrate.upgrade(engine)
        engine.dispose()
        return url, None
    name = f"monitor_t_pool_{uuid.uuid4().hex[:8]}"
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{_pg_template_db()}"'))
    admin.dispose()
    return _with_database(POSTGRES_ADMIN_URL, name), name


@pytest.mark.parametrize("statements", [True, False], ids=["whole-job", "stories-only"])
def test_features_in_workers_store_what_the_process_stores(
        http_server: HTTPTestServer, db_url: str, tmp_path: Path,  # noqa: F811
        statements: bool) -> None:
    config = write_config(tmp_path / "config", _feeds(http_server))
    expected, _ = _poll(db_url, config, 1, statements)
    assert len(expected["articles"]) == 32
    stories = {story for _, story, *_ in expected["articles"]}
    copies = [row for row in expected["articles"] if row[2] is not None]
    assert 8 <= len(stories) < 32 and copies  # stories were joined, copies found
    assert len(expected["story_docs"]) == 32 and expected["story_keys"]
    assert bool(expected["statements"]) == statements
    other, name = _second_database(db_url, tmp_path)
    try:
        got, served = _poll(other, config, 2, statements)
    finally:
        if name is not None:
            _drop_pg_database(name)
    # the workers computed every article's features (none fell back to the process)
    assert served["features"] == 32
    assert served.get("statements", 0) == (32 if statements else 0)
    for table in DECISIONS:
        assert got[table] == expected[table], table
