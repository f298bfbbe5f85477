"""An alert's "outlets so far" counts the story's outlets (issue 10).

Feed A runs a story; feed B runs a copy of it with one more paragraph quoting Peskov. The
statement is new in B's version, yet the story is already carried by two outlets: the alert
says 2, not 1. Real HTTP on 127.0.0.1, SQLite and PostgreSQL.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from monitor.config import load_settings
from monitor.pipeline import Pipeline
from monitor.storage.engine import create_engine_for, session_factory
from monitor.storage.outbox import OutboxRow
from tests.integration.test_pipeline_http import Item, rss, write_config
from tests.support.httpserver import HTTPTestServer, http_server  # noqa: F401

BODY = ("Talks on a Ukraine peace plan resumed in Geneva on Monday, with delegations from Kyiv "
        "and Washington meeting for a third day. Officials said the draft covers a ceasefire "
        "along the front line, prisoner exchanges and monitoring by a neutral mission. "
        "European diplomats said the plan could be signed before the end of the month if both "
        "sides accept the security guarantees described in its annex.")
QUOTE = ('Kremlin spokesman Dmitry Peskov said: "We will study the draft carefully, but we '
         'will not accept foreign troops in Ukraine."')


def test_alert_counts_the_outlets_of_the_story(http_server: HTTPTestServer,  # noqa: F811
                                               db_url: str, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    http_server.route("/a.xml", body=rss([Item("Ukraine peace talks resume in Geneva",
                                               "https://a.example/1", "a1", BODY)]))
    http_server.route("/b.xml", body=rss([Item("Ukraine peace talks resume in Geneva",
                                               "https://b.example/1", "b1",
                                               f"{BODY}\n\n{QUOTE}")]))
    config = write_config(tmp_path / "config", {"A": http_server.url("/a.xml")})
    with (config / "monitor.toml").open("a", encoding="utf-8") as toml:
        toml.write('[alerts]\nalert_first_fetch = true\n'
                   '[alerts.channels.news]\ntype = "slack"\nwebhook_url_env = "TEST_HOOK"\n')
    monkeypatch.setenv("TEST_HOOK", "http://127.0.0.1:9/hook")
    settings = load_settings(config, database_url=db_url)
    engine = create_engine_for(db_url)
    sessions = session_factory(engine)
    try:
        with Pipeline(settings, sessions) as pipeline:
            pipeline.sync_feeds()
            assert pipeline.update_due_feeds().new_articles == 1
        (config / "feeds.toml").write_text(
            f'[[feed]]\nname = "A"\nurl = "{http_server.url("/a.xml")}"\noutlet = "A outlet"\n'
            f'[[feed]]\nname = "B"\nurl = "{http_server.url("/b.xml")}"\noutlet = "B outlet"\n',
            encoding="utf-8")
        settings = load_settings(config, database_url=db_url)
        with Pipeline(settings, sessions) as pipeline:
            pipeline.sync_feeds()
            assert pipeline.update_due_feeds().new_articles == 1
        with sessions() as session:
            payloads = [r.payload for r in session.scalars(select(OutboxRow))]
        peskov = [p["item"] for p in payloads if p["item"].get("official_id") == "peskov"]
        assert peskov, payloads
        assert peskov[0]["outlet"] == "B outlet"  # new in B's version ...
        assert peskov[0]["outlets_count"] == 2  # ... of a story A and B carry
    finally:
        engine.dispose()


def test_a_broken_channel_fails_at_start_not_per_feed(db_url: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The stages load on first use; their configuration is still read at start."""
    from monitor.errors import ConfigError

    config = write_config(tmp_path / "config", {})
    with (config / "monitor.toml").open("a", encoding="utf-8") as toml:
        toml.write('[alerts.channels.news]\ntype = "slack"\nwebhook_url_env = "UNSET_HOOK"\n')
    monkeypatch.delenv("UNSET_HOOK", raising=False)
    settings = load_settings(config, database_url=db_url)
    engine = create_engine_for(db_url)
    try:
        with pytest.raises(ConfigError, match="UNSET_HOOK"):
            Pipeline(settings, session_factory(engine))
    finally:
        engine.dispose()
