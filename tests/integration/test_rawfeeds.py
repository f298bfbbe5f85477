"""A poll pass through the database driver (``storage.rawfeeds``) records exactly what the ORM
path records: the same feed health, fetch log, validators and due times, over real HTTP on
127.0.0.1, on SQLite and PostgreSQL (issue 12).

Two databases go through the same first pass (the ORM path, as a first ``run --once`` does);
then the second pass runs on one through the ORM and on the other through the driver, with the
same clock, against the same feeds, and the two databases are compared column by column.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from sqlalchemy import text

from monitor.cli import main
from monitor.config import Settings, load_settings
from monitor.fetch import curl
from monitor.pipeline import Pipeline
from monitor.storage import rawfeeds
from monitor.storage.engine import create_engine_for, session_factory
from monitor.storage.feedhealth import FetchOutcome
from monitor.storage.feeds import SessionFeedStates
from tests.integration.test_pipeline_http import GOOD_ITEMS, Item, rss, write_config
from tests.support.httpserver import HTTPTestServer, http_server  # noqa: F401

T1 = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)
T2 = T1 + timedelta(hours=6)  # every feed due again (default interval 15 min, backoff < 6 h)


def _items(feed: str, *, new: bool = False, rotated: bool = False) -> bytes:
    """A feed's RSS: its own three items (no URL shared between feeds, so which feed stores
    an article does not depend on which fetch finishes first), a fourth when ``new``."""
    items = [Item(i.title, f"https://news.example/{feed}/{i.guid}", i.guid, i.description)
             for i in GOOD_ITEMS]
    if new:
        items.append(Item("Ukraine talks resume in Geneva", f"https://news.example/{feed}/a3",
                          "a3"))
    return rss(list(reversed(items)) if rotated else items)


def _serve_first(srv: HTTPTestServer) -> dict[str, str]:
    """The feeds (name -> URL) and what they answer on the first pass."""
    srv.route("/etag.xml", body=_items("etag"), etag='"e1"')  # then 304
    srv.route("/same.xml", body=_items("same"))  # the same body again: unchanged
    srv.route("/ignores-inm.xml", body=_items("ignores"),  # 200 with the ETag we sent
              headers={"ETag": '"same"', "Last-Modified": "Tue, 10 Mar 2026 10:00:00 GMT"})
    srv.route("/changed.xml", body=_items("changed"))  # then new items
    srv.route("/rotated.xml", body=_items("rotated"))  # then the same items in another order
    srv.route("/broken.xml", status=500, body=b"oops")  # twice: two failures in a row
    srv.route("/gone.xml", status=404, body=b"gone")
    srv.route("/busy.xml", status=429, headers={"Retry-After": "1200"})
    srv.route("/flaky.xml", status=503, body=b"later")  # then a 200 with an ETag
    srv.redirect("/moved.xml", srv.url("/target.xml"))
    srv.route("/target.xml", body=_items("target"), etag='"t1"')
    feeds = {name: srv.url(f"/{name}.xml") for name in
             ("etag", "same", "ignores-inm", "changed", "rotated", "broken", "gone", "busy",
              "flaky", "moved")}
    feeds["refused"] = "http://127.0.0.1:9/feed.xml"  # nothing listens there
    return feeds


def _serve_second(srv: HTTPTestServer) -> None:
    srv.route("/changed.xml", body=_items("changed", new=True))
    srv.route("/rotated.xml", body=_items("rotated", rotated=True))
    srv.route("/flaky.xml", body=_items("flaky"), etag='"f1"')


def _orm_pass(settings: Settings, at: datetime) -> None:
    engine = create_engine_for(settings.database_url)
    with Pipeline(settings, session_factory(engine), clock=lambda: at,
                  after_insert=[]) as pipeline:
        pipeline.sync_feeds()
        pipeline.update_due_feeds(at)
    engine.dispose()


def _raw_pass(settings: Settings, at: datetime) -> None:
    states = rawfeeds.open_ready(settings)
    assert states is not None, "synced and at head: the driver path must take it"
    opened: list[Any] = []

    def open_sessions() -> Any:
        opened.append(create_engine_for(settings.database_url))
        return session_factory(opened[-1])

    with states, Pipeline(settings, None, clock=lambda: at, after_insert=[],
                          feed_states=states, open_sessions=open_sessions) as pipeline:
        pipeline.update_due_feeds(at)
    assert len(opened) == 1  # the feeds that brought a new body went through the ORM
    for engine in opened:
        engine.dispose()


FEED_COLUMNS = ("id, name, url, outlet, interval_seconds, full_text, tags, enabled, created_at, "
                "last_fetch_at, last_success_at, last_new_item_at, consecutive_failures, "
                "last_error, last_error_kind, next_check_at, etag, last_modified, "
                "last_body_hash, fetch_count, effective_interval_seconds, lease_owner, "
                "lease_until")
LOG_COLUMNS = "feed_id, started_at, outcome, status, error_kind, error, items, new_articles"


def _snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    engine = create_engine_for(url)
    with engine.connect() as conn:
        out = {
            "feeds": [tuple(r) for r in conn.execute(
                text(f"SELECT {FEED_COLUMNS} FROM feeds ORDER BY id"))],
            # duration_ms is the one column that depends on the network's timing
            "fetch_log": [tuple(r) for r in conn.execute(
                text(f"SELECT {LOG_COLUMNS} FROM fetch_log ORDER BY feed_id, started_at"))],
            "articles": [tuple(r) for r in conn.execute(
                text("SELECT feed_id, canonical_url, title FROM articles ORDER BY canonical_url"))],
        }
    engine.dispose()
    return out


def test_a_pass_through_the_driver_records_what_the_orm_records(
        http_server: HTTPTestServer, db_url: str, second_db: str,  # noqa: F811
        tmp_path: Path) -> None:
    feeds = _serve_first(http_server)
    config = write_config(tmp_path / "config", feeds)
    orm = load_settings(config, database_url=db_url)
    raw = load_settings(config, database_url=second_db)
    _orm_pass(orm, T1)
    _orm_pass(raw, T1)
    assert _snapshot(db_url) == _snapshot(second_db)  # the same start
    _serve_second(http_server)
    _orm_pass(orm, T2)
    _raw_pass(raw, T2)
    expected, got = _snapshot(db_url), _snapshot(second_db)
    for table in expected:
        assert got[table] == expected[table], table
    outcomes = {row[2] for row in got["fetch_log"]}
    assert outcomes == {"ok", "not_modified", "unchanged", "error"}  # every kind was compared
    by_name = {row[1]: row for row in got["feeds"]}
    assert by_name["broken"][12] == 2 and by_name["flaky"][12] == 0  # failures, recoveries
    assert by_name["flaky"][16] == '"f1"'  # the validators of a recovered feed
    assert "https://news.example/changed/a3" in {row[1] for row in got["articles"]}


def _utc(value: Any) -> datetime:
    """A timestamp read through ``text()``: SQLite gives naive text, PostgreSQL aware values."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def test_heartbeats_and_releases_write_the_same_rows(db_url: str, second_db: str,
                                                     tmp_path: Path) -> None:
    config = write_config(tmp_path / "config", {"a": "http://127.0.0.1:9/a.xml",
                                                "b": "http://127.0.0.1:9/b.xml"})
    orm_settings = load_settings(config, database_url=db_url)
    raw_settings = load_settings(config, database_url=second_db)
    engine = create_engine_for(db_url)
    sessions = session_factory(engine)
    Pipeline(orm_settings, sessions, after_insert=[], clock=lambda: T1).sync_feeds()
    other = create_engine_for(second_db)
    Pipeline(raw_settings, session_factory(other), after_insert=[], clock=lambda: T1).sync_feeds()
    other.dispose()
    states = rawfeeds.open_ready(raw_settings)
    assert states is not None
    with states:
        for writer in (SessionFeedStates(sessions), states):
            claimed = writer.claim_due_feeds(now=T1, owner="me", lease=timedelta(minutes=5),
                                             limit=10)
            assert sorted(f.name for f in claimed) == ["a", "b"]
            assert writer.claim_due_feeds(now=T1, owner="other", lease=timedelta(minutes=5),
                                          limit=10) == []  # leased: no one else gets them
            writer.release(claimed[:1], "someone else")  # not the owner: kept
            writer.release(claimed[1:], "me")
            for tick in (T1, T2):  # inserted, then updated
                writer.heartbeat(instance="host:1:abc", hostname="host", pid=1, started_at=T1,
                                 now=tick, info={"polled": 2, "tick_error": None})
    engine.dispose()
    query = ("SELECT instance, hostname, pid, started_at, last_tick_at, info FROM daemon_state")
    for url in (db_url, second_db):
        eng = create_engine_for(url)
        with eng.connect() as conn:
            beats = [tuple(r) for r in conn.execute(text(query))]
            leases = [tuple(r) for r in conn.execute(
                text("SELECT name, lease_owner, lease_until FROM feeds ORDER BY name"))]
        eng.dispose()
        assert len(beats) == 1
        info = json.loads(beats[0][5]) if isinstance(beats[0][5], str) else beats[0][5]
        assert info == {"polled": 2, "tick_error": None}
        assert beats[0][:3] == ("host:1:abc", "host", 1)
        assert (_utc(beats[0][3]), _utc(beats[0][4])) == (T1, T2)
        assert leases[1][1:] == (None, None)  # released
        assert leases[0][1] == "me"  # still leased (the wrong owner could not release it)


def test_not_ready_databases_take_the_normal_path(http_server: HTTPTestServer,  # noqa: F811
                                                  db_url: str, tmp_path: Path) -> None:
    http_server.route("/feed.xml", body=rss(GOOD_ITEMS))
    config = write_config(tmp_path / "config", {"news": http_server.url("/feed.xml")})
    settings = load_settings(config, database_url=db_url)
    assert rawfeeds.open_ready(settings) is None  # migrated, but the feed is not stored yet
    _orm_pass(settings, T1)
    states = rawfeeds.open_ready(settings)
    assert states is not None
    states.close()
    changed = write_config(tmp_path / "config2", {"news": http_server.url("/feed.xml"),
                                                  "more": http_server.url("/feed.xml?2")})
    assert rawfeeds.open_ready(load_settings(changed, database_url=db_url)) is None
    missing = load_settings(config, database_url=f"sqlite:///{tmp_path / 'none.db'}")
    assert rawfeeds.open_ready(missing) is None


def test_run_once_of_304s_never_imports_the_orm_nor_httpx(http_server: HTTPTestServer,  # noqa: F811
                                                db_url: str, tmp_path: Path) -> None:
    http_server.route("/a.xml", body=rss(GOOD_ITEMS), etag='"a1"')
    http_server.route("/b.xml", body=rss(GOOD_ITEMS[:1]), etag='"b1"')
    config = write_config(tmp_path / "config", {"a": http_server.url("/a.xml"),
                                                "b": http_server.url("/b.xml")})
    first = CliRunner().invoke(main, ["--db", db_url, "--config", str(config), "run", "--once"],
                               catch_exceptions=False)
    assert first.exit_code == 0 and "2 feeds polled" in first.output, first.output
    engine = create_engine_for(db_url)
    with engine.begin() as conn:  # every feed due again
        conn.execute(text("UPDATE feeds SET next_check_at = created_at"))
    engine.dispose()
    script = ("import sys\nfrom monitor.cli import main\n"
              "try:\n    main(sys.argv[1:])\nexcept SystemExit as exit:\n"
              "    for lib in ('sqlalchemy', 'httpx', 'httpcore'):\n"
              "        loaded = [m for m in sys.modules if m.split('.')[0] == lib]\n"
              "        print(lib, 'modules', len(loaded))\n    raise\n")
    done = subprocess.run([sys.executable, "-c", script, "--db", db_url, "--config", str(config),
                           "run", "--once"], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "2 feeds polled, 0 new articles, 0 failed" in done.stdout
    assert "a: not_modified" in done.stdout and "b: not_modified" in done.stdout
    assert "sqlalchemy modules 0" in done.stdout  # neither the ORM nor Core was loaded
    if curl.available():  # the 304s went through libcurl: httpx was not needed either
        assert "httpx modules 0" in done.stdout and "httpcore modules 0" in done.stdout
    assert len(http_server.requests_to("/a.xml")) == 2


def test_a_feed_removed_during_the_fetch_is_skipped(db_url: str, tmp_path: Path) -> None:
    config = write_config(tmp_path / "config", {"a": "http://127.0.0.1:9/a.xml",
                                                "b": "http://127.0.0.1:9/b.xml"})
    settings = load_settings(config, database_url=db_url)
    engine = create_engine_for(db_url)
    Pipeline(settings, session_factory(engine), after_insert=[], clock=lambda: T1).sync_feeds()
    states = rawfeeds.open_ready(settings)
    assert states is not None
    with states:
        claimed = states.claim_due_feeds(now=T1, owner="me", lease=timedelta(minutes=5),
                                         limit=10)
        with engine.begin() as conn:  # `feeds remove` and a purge, while we fetched
            conn.execute(text("DELETE FROM feeds WHERE name = 'b'"))
        outcome = FetchOutcome(started_at=T1, duration_ms=5, outcome="not_modified",
                               status=304, next_check_at=T2)
        states.record_fetches([(feed, outcome) for feed in claimed])  # no FK error
    with engine.connect() as conn:
        logged = [tuple(r) for r in conn.execute(text(
            "SELECT f.name, l.outcome FROM fetch_log l JOIN feeds f ON f.id = l.feed_id"))]
        lease = conn.execute(text("SELECT lease_owner FROM feeds WHERE name = 'a'")).scalar()
    engine.dispose()
    assert logged == [("a", "not_modified")] and lease is None
