"""The reference article through the whole pipeline, over HTTP, on SQLite and PostgreSQL.

A full-text feed carries the reference article (../shared/fixtures/reference-article) as an
item whose page holds the text; the pipeline stores it, groups it, extracts the statements,
queues alerts, and the dispatcher delivers them to a local Slack-style webhook. A near-identical
copy from another outlet then adds sightings and a story member, and no alert.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from monitor.alerts import Dispatcher
from monitor.alerts.config import channels_of
from monitor.config import load_settings
from monitor.pipeline import Pipeline
from monitor.storage.engine import create_engine_for, session_factory
from monitor.storage.models import Article
from monitor.storage.statements import StatementRow, StatementSighting
from tests.integration.test_pipeline_http import Item, rss, write_config
from tests.support.httpserver import HTTPTestServer, RecordedRequest, http_server  # noqa: F401

PROJECT_CONFIG = Path(__file__).resolve().parents[2] / "config"
TRACKED = {"hegseth", "peskov", "rubio", "zakharova"}


def _page(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    return (f"<html><head><title>{html.escape(title)}</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
            "<footer>Copyright Example Media. All rights reserved.</footer>"
            "</body></html>").encode()


@pytest.mark.shared
def test_reference_article_alerts_once_and_copies_become_sightings(
        shared_dir: Path, db_url: str, tmp_path: Path,
        http_server: HTTPTestServer) -> None:  # noqa: F811
    text = (shared_dir / "fixtures" / "reference-article" / "article.txt").read_text("utf-8")
    title = "Hegseth dismisses claims of pro-Russia stance as 'garbage'"
    lead = text.split("\n", 1)[0]
    srv = http_server
    srv.route("/first/article.html", body=_page(title, text))
    srv.route("/first/feed.xml", body=rss([Item(title, srv.url("/first/article.html"),
                                                "ref-1", lead)]))
    # the copy: another outlet, a dateline, straight quotes, a new headline
    copy_text = "WASHINGTON (Wire) - " + text.replace("“", '"').replace("”", '"')
    srv.route("/second/article.html", body=_page("Pentagon chief rejects pro-Russia claims",
                                                 copy_text))
    srv.route("/second/feed.xml", body=rss([Item("Pentagon chief rejects pro-Russia claims",
                                                 srv.url("/second/article.html"), "ref-2",
                                                 lead)]))
    received: list[dict[str, object]] = []

    def webhook(request: RecordedRequest) -> bytes:
        received.append(json.loads(request.body))
        return b"ok"

    srv.route("/hook", body=webhook)
    config = write_config(tmp_path / "config", {})
    (config / "feeds.toml").write_text(
        f'[[feed]]\nname = "first"\nurl = "{srv.url("/first/feed.xml")}"\noutlet = "First '
        'Outlet"\nfull_text = true\n', encoding="utf-8")
    (config / "topics.toml").write_text((PROJECT_CONFIG / "topics.toml").read_text("utf-8"),
                                        encoding="utf-8")
    (config / "officials.toml").write_text((PROJECT_CONFIG / "officials.toml")
                                           .read_text("utf-8"), encoding="utf-8")
    (tmp_path / "hook-url").write_text(srv.url("/hook"), encoding="utf-8")
    with (config / "monitor.toml").open("a", encoding="utf-8") as handle:
        handle.write('[alerts]\nalert_first_fetch = true\n'
                     '[alerts.channels.newsroom]\ntype = "slack"\n'
                     f'webhook_url_file = "{tmp_path / "hook-url"}"\n')
    settings = load_settings(config, database_url=db_url)
    engine = create_engine_for(db_url)
    sessions = session_factory(engine)
    dispatcher = Dispatcher(sessions, channels_of(settings))
    try:
        with Pipeline(settings, sessions) as pipeline:
            pipeline.sync_feeds()
            first = pipeline.update_due_feeds()
            assert [f.outcome for f in first.feeds] == ["ok"], first.feeds
            assert first.new_articles == 1
            with sessions() as session:
                stored = session.scalars(select(Article)).one()
                assert "collective West" in stored.text  # the full text came from the page
                assert "Copyright Example Media" not in stored.text
                officials = set(session.scalars(select(StatementRow.official_id)
                                                .where(StatementRow.official_id.is_not(None))))
                assert officials >= TRACKED
                statements_before = session.scalar(select(func.count()).select_from(StatementRow))
                sightings_before = session.scalar(
                    select(func.count()).select_from(StatementSighting))
            dispatcher.run_once()
            alerted = {str(m) for m in received}
            for name in ("Hegseth", "Peskov", "Rubio", "Zakharova"):
                assert name in " ".join(alerted), name
            alerts_before = len(received)

            # the near-identical copy from another outlet
            (config / "feeds.toml").write_text(
                f'[[feed]]\nname = "second"\nurl = "{srv.url("/second/feed.xml")}"\noutlet = '
                '"Second Outlet"\nfull_text = true\n', encoding="utf-8")
        settings = load_settings(config, database_url=db_url)
        with Pipeline(settings, sessions) as pipeline:
            pipeline.sync_feeds()
            second = pipeline.update_due_feeds(datetime.now(UTC) + timedelta(minutes=1))
            assert sum(f.new_articles for f in second.feeds) == 1
            with sessions() as session:
                copy, original = sorted(session.scalars(select(Article)), key=lambda a: -a.id)
                assert copy.story_id == original.story_id
                assert copy.copy_of_id == original.id
                assert session.scalar(select(func.count()).select_from(StatementRow)) \
                    == statements_before
                assert session.scalar(select(func.count()).select_from(StatementSighting)) \
                    > sightings_before
            dispatcher.run_once()
            assert len(received) == alerts_before  # no new alert for repeats
    finally:
        dispatcher.close()
        engine.dispose()
