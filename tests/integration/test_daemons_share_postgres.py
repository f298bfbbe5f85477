"""Three daemon processes share one PostgreSQL: no feed is fetched twice, no article stored twice.

The daemons are real processes (`python -m monitor run`) polling a local feed server; they
stop cleanly on SIGTERM.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from monitor.storage.engine import create_engine_for, session_factory
from monitor.storage.models import Article, DaemonState, Feed, FetchLog
from tests.integration.test_pipeline_http import Item, rss, write_config
from tests.support.httpserver import HTTPTestServer, http_server  # noqa: F401

FEEDS = 40
ITEMS_PER_FEED = 10
DAEMONS = 3


@pytest.mark.slow
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_three_daemons_fetch_each_feed_once(db_url: str, tmp_path: Path,
                                            http_server: HTTPTestServer) -> None:  # noqa: F811
    feeds = {}
    for n in range(FEEDS):
        items = [Item(f"Ukraine peace talks, feed {n} item {i}",
                      f"https://news.example/{n}/{i}", f"{n}-{i}") for i in range(ITEMS_PER_FEED)]
        # some items are carried by two feeds: the second copy must not become a second row
        items.append(Item("Kremlin comment shared by two feeds",
                          f"https://news.example/shared/{n // 2}", f"shared-{n}"))
        http_server.route(f"/feed{n}.xml", body=rss(items), delay=0.05)
        feeds[f"feed {n}"] = http_server.url(f"/feed{n}.xml")
    config = write_config(tmp_path / "config", feeds)
    with (config / "monitor.toml").open("a", encoding="utf-8") as handle:
        handle.write('tick = "0.3s"\nbatch = 5\n')  # small batches: the daemons interleave

    env = {**os.environ, "MONITOR_DATABASE_URL": db_url, "MONITOR_CONFIG_DIR": str(config),
           "MONITOR_DAEMON_DISPATCH_ALERTS": "false"}
    procs = [subprocess.Popen([sys.executable, "-m", "monitor", "run"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for _ in range(DAEMONS)]
    engine = create_engine_for(db_url)
    sessions = session_factory(engine)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with sessions() as session:
                fetched = session.scalar(select(func.count()).select_from(Feed)
                                         .where(Feed.fetch_count > 0))
            if fetched == FEEDS:
                break
            time.sleep(0.2)
        time.sleep(1.5)  # more ticks: nothing may be fetched again within the interval
    finally:
        for proc in procs:
            proc.send_signal(signal.SIGTERM)
        errors = [proc.communicate(timeout=30)[1].decode() for proc in procs]
    try:
        assert [p.returncode for p in procs] == [0] * DAEMONS, errors
        with sessions() as session:
            assert session.scalar(select(func.count()).select_from(Feed)) == FEEDS
            assert session.scalar(select(func.max(Feed.fetch_count))) == 1
            assert session.scalar(select(func.count()).select_from(FetchLog)) == FEEDS
            expected = FEEDS * ITEMS_PER_FEED + FEEDS // 2
            assert session.scalar(select(func.count()).select_from(Article)) == expected
            assert session.scalar(select(func.count()).select_from(DaemonState)) == DAEMONS
            assert session.scalar(select(func.count()).select_from(Feed)
                                  .where(Feed.lease_owner.is_not(None))) == 0
        for n in range(FEEDS):
            assert len(http_server.requests_to(f"/feed{n}.xml")) == 1
    finally:
        engine.dispose()
