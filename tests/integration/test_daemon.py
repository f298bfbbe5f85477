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
            assert set(beat.info) == {"polled", "failures", "new_articles"}  # of the last tick
        daemon.housekeeping()  # nothing old enough to prune: the log stays
        with daemon.pipeline.sessions() as session:
            assert session.scalar(select(func.count()).select_from(FetchLog)) == 2
    finally:
        daemon.close()
    # a fresh heartbeat: the health check passes
    result = CliRunner().invoke(main, ["--db", db_url, "--config", str(config), "status"])
    assert result.exit_code == 0, result.output
    assert "2 feeds, 1 failing" in result.output
