"""Slack alerts through a local HTTP server standing in for the incoming webhook."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

from monitor.alerts import AlertItem, ChannelConfig, Dispatcher, enqueue_alerts, load_channels
from monitor.alerts.slack import SlackSender
from monitor.errors import AlertError, PermanentAlertError
from monitor.storage import outbox as store
from monitor.storage.engine import transaction
from tests.support.alerting import T0, Clock, make_item
from tests.support.webhook import WebhookServer


def item(n: int, **kw: object) -> AlertItem:
    """A statement alert numbered ``n`` carried by 3 outlets."""
    return make_item(n, **{"outlets_count": 3, **kw})




@pytest.fixture
def hook() -> Iterator[WebhookServer]:
    """A running webhook server."""
    with WebhookServer() as server:
        yield server


def channel_for(url: str) -> ChannelConfig:
    """A Slack channel loaded as from monitor.toml, the URL from the environment."""
    raw = {"alerts": {"channels": {"newsroom": {"type": "slack",
                                                "webhook_url_env": "TEST_SLACK_WEBHOOK"}}}}
    [channel] = load_channels(raw, source="monitor.toml", environ={"TEST_SLACK_WEBHOOK": url})
    return channel


def enqueue(sessions: sessionmaker[Session], items: list[AlertItem], ch: ChannelConfig) -> None:
    with transaction(sessions) as session:
        enqueue_alerts(session, items, [ch], feed_id=7, first_fetch=False, now=T0)


def only_row(sessions: sessionmaker[Session]) -> store.OutboxRecord:
    with sessions() as session:
        [row] = store.list_rows(session)
    return row


def all_texts(body: Any) -> list[str]:
    """Every string in a Block Kit body."""
    if isinstance(body, str):
        return [body]
    if isinstance(body, dict):
        return [t for v in body.values() for t in all_texts(v)]
    if isinstance(body, list):
        return [t for v in body for t in all_texts(v)]
    return []


def test_200_delivers_block_kit_without_unfurling(
    hook: WebhookServer, sessions: sessionmaker[Session]
) -> None:
    channel = channel_for(hook.url)
    enqueue(sessions, [item(1)], channel)
    assert Dispatcher(sessions, [channel], Clock()).run_once().sent == 1
    [got] = hook.received
    assert got.path == hook.path
    body = got.json
    assert body["unfurl_links"] is False and body["unfurl_media"] is False
    assert body["blocks"][0]["type"] == "section"
    text = "\n".join(all_texts(body))
    for expected in ("Olaf Scholz", "We will do thing number 1.", "the chancellor",
                     "<https://example.org/a/1|Example Times>", "outlets so far: 3",
                     "2026-11-26 09:30 UTC"):
        assert expected in text
    assert only_row(sessions).status == "sent"


def test_429_waits_for_retry_after_then_sends(
    hook: WebhookServer, sessions: sessionmaker[Session]
) -> None:
    hook.respond(429, "rate_limited", {"Retry-After": "120"})
    channel = channel_for(hook.url)
    enqueue(sessions, [item(1)], channel)
    clock = Clock()
    dispatcher = Dispatcher(sessions, [channel], clock)
    assert dispatcher.run_once().retried == 1
    row = only_row(sessions)
    assert row.status == "pending" and row.attempts == 1
    assert (row.due_at - T0).total_seconds() == pytest.approx(120.0)
    clock.now += timedelta(seconds=119)
    assert dispatcher.run_once().claimed == 0
    clock.now += timedelta(seconds=1)
    assert dispatcher.run_once().sent == 1
    assert len(hook.received) == 2
    assert hook.received[0].body == hook.received[1].body  # the same message, once delivered


def test_500_is_retried(hook: WebhookServer, sessions: sessionmaker[Session]) -> None:
    hook.respond(500, "internal_error")
    channel = channel_for(hook.url)
    enqueue(sessions, [item(1)], channel)
    clock = Clock()
    dispatcher = Dispatcher(sessions, [channel], clock)
    report = dispatcher.run_once()
    assert report.retried == 1 and "HTTP 500" in report.errors[0]
    clock.now += timedelta(minutes=5)
    assert dispatcher.run_once().sent == 1
    assert only_row(sessions).status == "sent"


def test_404_no_service_goes_dead_at_once(
    hook: WebhookServer, sessions: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    hook.respond(404, "no_service")
    channel = channel_for(hook.url)
    enqueue(sessions, [item(1)], channel)
    with caplog.at_level(logging.DEBUG):
        report = Dispatcher(sessions, [channel], Clock()).run_once()
    assert report.dead == 1
    row = only_row(sessions)
    assert row.status == "dead" and row.attempts == 1
    assert "no_service" in (row.last_error or "")
    assert hook.token not in caplog.text and hook.token not in (row.last_error or "")
    assert "dead" in caplog.text


def test_unreachable_webhook_never_logs_its_url(
    sessions: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    with WebhookServer() as gone:
        url, token = gone.url, gone.token
    channel = channel_for(url)  # nothing listens there any more
    with pytest.raises(AlertError) as info:
        SlackSender(channel).send([item(1)], ident="statement:1")
    assert not isinstance(info.value, PermanentAlertError)
    assert token not in str(info.value)
    enqueue(sessions, [item(1)], channel)
    with caplog.at_level(logging.DEBUG):
        report = Dispatcher(sessions, [channel], Clock()).run_once()
    assert report.retried == 1
    assert token not in caplog.text
    assert url not in caplog.text
    assert token not in (only_row(sessions).last_error or "")
    assert token not in repr(channel)


def test_httpx_logger_stays_at_warning(
    hook: WebhookServer, caplog: pytest.LogCaptureFixture
) -> None:
    channel = channel_for(hook.url)
    with caplog.at_level(logging.DEBUG):  # the root logger at DEBUG: httpx still says nothing
        SlackSender(channel).send([item(1)], ident="statement:1")
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
    assert hook.token not in caplog.text


def test_feed_content_cannot_mention_or_link(
    hook: WebhookServer, sessions: sessionmaker[Session]
) -> None:
    evil = item(
        1,
        official_name="<!channel> Olaf",
        content="Hello <!here> and <@U024BE7LH> <https://evil.example|click> <script>x</script>",
        speaker="<!everyone>",
        outlet="Evil & Co <https://phish.example|Bank>",
        title="\r\nBcc: x@y",
        link="javascript:alert(1)",
    )
    channel = channel_for(hook.url)
    enqueue(sessions, [evil], channel)
    assert Dispatcher(sessions, [channel], Clock()).run_once().sent == 1
    body = hook.received[0].json
    raw = json.dumps(body)
    for needle in ("<!channel>", "<!here>", "<!everyone>", "<@U024BE7LH>", "<script>",
                   "<https://evil.example", "<https://phish.example", "javascript:"):
        assert needle not in raw
    texts = all_texts(body)
    joined = "\n".join(texts)
    assert "&lt;!channel&gt;" in joined and "&lt;@U024BE7LH&gt;" in joined
    assert "Evil &amp; Co" in joined
    # every "<" left is one of our links, and those are http(s) only
    for text in texts:
        for link in re.findall(r"<([^>]*)>", text):
            assert link.startswith(("http://", "https://")), link


def test_a_token_echoed_alone_in_an_error_body_is_redacted_everywhere(
    hook: WebhookServer, sessions: sessionmaker[Session], db_url: str,
    caplog: pytest.LogCaptureFixture, tmp_path: Any,
) -> None:
    # issue 9, point 7: the server quotes the token segment alone, and percent-encoded
    from click.testing import CliRunner

    from monitor.cli import main
    from tests.integration.test_pipeline_http import write_config

    hook.respond(500, f"invalid_token {hook.token} (B000/{hook.token.lower()}%2F)")
    hook.respond(403, f"token={hook.token}&team=T000")
    channel = channel_for(hook.url)
    enqueue(sessions, [item(1)], channel)
    clock = Clock()
    dispatcher = Dispatcher(sessions, [channel], clock)
    with caplog.at_level(logging.DEBUG):
        dispatcher.run_once()
        clock.now += timedelta(minutes=5)
        dispatcher.run_once()
    row = only_row(sessions)
    assert row.status == "dead" and "HTTP 403" in (row.last_error or "")
    listed = CliRunner().invoke(main, ["--config", str(write_config(tmp_path / "c", {})),
                                       "--db", db_url, "alerts", "list"])
    assert listed.exit_code == 0, listed.output
    assert "HTTP 403" in listed.output
    for text in (caplog.text, row.last_error or "", listed.output):
        assert hook.token not in text and hook.token.lower() not in text
