"""`monitor run --once` with nothing due answers without the pipeline (issue 12), and only
then: a due feed, a feed changed in feeds.toml or another database takes the normal path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner, Result

from monitor.cli import main
from monitor.config import load_settings
from monitor.storage import quickpass
from tests.integration.test_pipeline_http import GOOD_ITEMS, rss, write_config
from tests.support.httpserver import HTTPTestServer, http_server  # noqa: F401


def _run(config: Path, db_url: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", db_url, "--config", str(config), *args],
                              catch_exceptions=False)


def test_nothing_due_skips_the_pipeline_and_still_beats(http_server: HTTPTestServer,  # noqa: F811
                                                        db_url: str, tmp_path: Path) -> None:
    http_server.route("/feed.xml", body=rss(GOOD_ITEMS))
    config = write_config(tmp_path / "config", {"news": http_server.url("/feed.xml")})
    first = _run(config, db_url, "run", "--once")
    assert first.exit_code == 0 and "1 feeds polled" in first.output, first.output
    settings = load_settings(config, database_url=db_url)
    now = datetime.now(UTC)
    sqlite = db_url.startswith("sqlite")
    assert quickpass.nothing_due(settings, now) is sqlite  # the feed is not due for 15 min
    hits = len(http_server.requests)
    again = _run(config, db_url, "run", "--once")
    assert again.exit_code == 0
    assert ("(nothing due)" in again.output) is sqlite
    assert len(http_server.requests) == hits  # nothing fetched either way
    status = _run(config, db_url, "status")
    assert status.exit_code == 0, status.output  # the heartbeat is fresh
    # once the feed is due, the normal path polls it
    assert not quickpass.nothing_due(settings, now + timedelta(hours=3))


def test_a_feed_changed_in_the_config_takes_the_normal_path(
        http_server: HTTPTestServer, tmp_path: Path) -> None:  # noqa: F811
    db_url = f"sqlite:///{tmp_path / 'm.db'}"
    http_server.route("/feed.xml", body=rss(GOOD_ITEMS))
    config = write_config(tmp_path / "config", {"news": http_server.url("/feed.xml")})
    assert _run(config, db_url, "run", "--once").exit_code == 0
    now = datetime.now(UTC)
    assert quickpass.nothing_due(load_settings(config, database_url=db_url), now)
    write_config(config, {"news": http_server.url("/feed.xml"),
                          "more": http_server.url("/feed.xml?more")})
    changed = load_settings(config, database_url=db_url)
    assert not quickpass.nothing_due(changed, now)  # a new feed: sync it, poll it
    result = _run(config, db_url, "run", "--once")
    assert "(nothing due)" not in result.output and "more" in result.output


def test_only_plain_sqlite_files() -> None:
    assert quickpass.sqlite_file("sqlite:///data/monitor.db") == Path("data/monitor.db")
    assert quickpass.sqlite_file("sqlite:////tmp/x.db") == Path("/tmp/x.db")
    for url in ("sqlite://", "sqlite:///:memory:", "sqlite:///x.db?mode=ro",
                "postgresql://postgres@127.0.0.1/test"):
        assert quickpass.sqlite_file(url) is None
