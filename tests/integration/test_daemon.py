"""The daemon's own duties: ticks with heartbeats, metrics, housekeeping, health checks."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
from click.testing import CliRunner
from sqlalchemy import func, select

from monitor.cli import main
from monitor.config import load_settings
from monitor.daemon import build_daemon, run_once
from monitor.storage.models import DaemonState, FetchLog
from tests.integration.test_pipeline_http import GOOD_ITEMS, rss, write_config
from tests.support.httpserver import HTTPTestServer


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_tick_heartbeat_metrics_and_status(db_url: str, tmp_path: Path,
                                           http_server: HTTPTestServer) -> None:
    http_server.route("/good.xml", body=rss(GOOD_ITEMS))
    http_server.route("/bad.xml", status=500)
    config = write_config(tmp_path / "config", {"good": http_server.url("/good.xml"),
                                                 "bad": http_server.url("/bad.xml")})
    port = _free_port()
    with (config / "monitor.toml").open("a", encoding="utf-8") as handle:
        handle.write(f"metrics_port = {port}\n")
    settings = load_settings(config, database_url=db_url)
    daemon = build_daemon(settings)
    try:
        report = run_once(daemon)
        assert sorted((f.feed, f.outcome) for f in report.feeds) == [("bad", "error"),
                                                                      ("good", "ok")]
        daemon.metrics.serve(port)
        text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        assert 'monitor_polls_total{outcome="ok"} 1.0' in text
        assert 'monitor_polls_total{outcome="error"} 1.0' in text
        assert "monitor_new_articles_total 2.0" in text
        assert "monitor_last_tick_timestamp" in text
        with daemon.pipeline.sessions() as session:
            beat = session.scalars(select(DaemonState)).one()
            assert beat.instance == daemon.instance
            assert set(beat.info) == {"polled", "failures", "new_articles",  # of the last tick
                                      "consecutive_tick_failures", "tick_error"}
            assert beat.info["consecutive_tick_failures"] == 0
        daemon.housekeeping()  # nothing old enough to prune: the log stays
        with daemon.pipeline.sessions() as session:
            assert session.scalar(select(func.count()).select_from(FetchLog)) == 2
    finally:
        daemon.close()
    # a fresh heartbeat: the health check passes
    result = CliRunner().invoke(main, ["--db", db_url, "--config", str(config), "status"])
    assert result.exit_code == 0, result.output
    assert "2 feeds, 1 failing" in result.output


def _break_fetch_log(db_url: str) -> None:
    """A real database fault: the fetch log is gone, so recording any fetch fails."""
    from sqlalchemy import text

    from monitor.storage.engine import create_engine_for

    engine = create_engine_for(db_url)
    cascade = "" if db_url.startswith("sqlite") else " CASCADE"
    with engine.begin() as conn:
        conn.execute(text(f"DROP TABLE fetch_log{cascade}"))
    engine.dispose()


def _leased(db_url: str) -> list[str | None]:
    from monitor.storage.engine import create_engine_for, session_factory
    from monitor.storage.models import Feed

    engine = create_engine_for(db_url)
    with session_factory(engine)() as session:
        owners = [f.lease_owner for f in session.scalars(select(Feed))]
    engine.dispose()
    return owners


def test_failing_ticks_show_in_status_metrics_and_release_their_leases(
        db_url: str, tmp_path: Path, http_server: HTTPTestServer) -> None:
    # issue 9, point 2: a daemon whose every tick raises used to look healthy
    http_server.route("/good.xml", body=rss(GOOD_ITEMS))
    config = write_config(tmp_path / "config", {"good": http_server.url("/good.xml")})
    daemon = build_daemon(load_settings(config, database_url=db_url))
    _break_fetch_log(db_url)
    try:
        for n in range(1, 4):
            report = daemon.tick()
            assert report.tick_error is not None and "fetch_log" in report.tick_error
            assert daemon.consecutive_tick_failures == n
        port = _free_port()
        daemon.metrics.serve(port)
        text = httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        assert "monitor_tick_failures_total{kind=" in text and "} 3.0" in text
        with daemon.pipeline.sessions() as session:
            beat = session.scalars(select(DaemonState)).one()
            assert beat.info["consecutive_tick_failures"] == 3
    finally:
        daemon.close()
    assert _leased(db_url) == [None]  # given back at once, not at lease expiry
    result = CliRunner().invoke(main, ["--db", db_url, "--config", str(config), "status"])
    assert result.exit_code == 1, result.output
    assert "the last 3 ticks failed (UNHEALTHY)" in result.output


def test_run_once_exits_non_zero_when_its_pass_failed(
        db_url: str, tmp_path: Path, http_server: HTTPTestServer) -> None:
    # issue 9, point 3: `run --once` said 0 and left its feeds leased
    http_server.route("/good.xml", body=rss(GOOD_ITEMS))
    config = write_config(tmp_path / "config", {"good": http_server.url("/good.xml")})
    runner = CliRunner()
    base = ["--db", db_url, "--config", str(config)]
    assert runner.invoke(main, [*base, "db", "upgrade"]).exit_code == 0
    _break_fetch_log(db_url)
    result = runner.invoke(main, [*base, "run", "--once"])
    assert result.exit_code == 1, result.output
    assert "error: the pass failed" in result.output
    assert "Traceback" not in result.output
    assert _leased(db_url) == [None]
