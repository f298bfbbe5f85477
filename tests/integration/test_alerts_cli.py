"""``monitor alerts``: test, list, retry, dispatch, against a local webhook."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.orm import Session, sessionmaker

from monitor.alerts import AlertItem, enqueue_alerts, load_channels
from monitor.cli import main
from monitor.storage import outbox as store
from monitor.storage.engine import transaction
from tests.support.webhook import WebhookServer

TOML = """
[alerts.channels.news]
type = "slack"
webhook_url_env = "TEST_ALERTS_HOOK"
"""


@pytest.fixture
def hook() -> Iterator[WebhookServer]:
    with WebhookServer() as server:
        yield server


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "monitor.toml").write_text(TOML)
    return folder


def run(db_url: str, config_dir: Path, hook: WebhookServer, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        main, ["--db", db_url, "--config", str(config_dir), "alerts", *args],
        env={"TEST_ALERTS_HOOK": hook.url},
    )
    return result.exit_code, result.output


def queue_one(sessions: sessionmaker[Session], hook: WebhookServer) -> None:
    channels = load_channels({"alerts": {"channels": {"news": {
        "type": "slack", "webhook_url_env": "H"}}}}, source="t", environ={"H": hook.url})
    item = AlertItem(key="statement:1", official_id="scholz", official_name="Olaf Scholz",
                     kind="direct", content="We will act.", speaker="he", outlet="Example",
                     link="https://example.org/1", time=datetime.now(UTC))
    with transaction(sessions) as session:
        enqueue_alerts(session, [item], channels, feed_id=1, first_fetch=False,
                       now=datetime.now(UTC))


def test_test_command_sends_through_the_channel(
    db_url: str, config_dir: Path, hook: WebhookServer
) -> None:
    code, out = run(db_url, config_dir, hook, "test", "news")
    assert code == 0, out
    assert len(hook.received) == 1
    assert "test of the alert channel news" in hook.received[0].body.decode()
    code, out = run(db_url, config_dir, hook, "test", "nope")
    assert code != 0 and "no alert channel named 'nope'" in out


def test_test_command_failure_hides_the_url(
    db_url: str, config_dir: Path, hook: WebhookServer
) -> None:
    hook.respond(404, "no_service")
    code, out = run(db_url, config_dir, hook, "test", "news")
    assert code != 0 and "no_service" in out
    assert hook.token not in out


def test_list_retry_dispatch(
    db_url: str, config_dir: Path, hook: WebhookServer, sessions: sessionmaker[Session]
) -> None:
    queue_one(sessions, hook)
    hook.respond(404, "no_service")
    code, out = run(db_url, config_dir, hook, "dispatch", "--once")
    assert code == 1 and "1 dead" in out
    code, out = run(db_url, config_dir, hook, "list", "--dead", "--since", "1d",
                    "--format", "json")
    assert code == 0, out
    [row] = json.loads(out)
    assert row["status"] == "dead" and row["key"] == "statement:1"
    assert "no_service" in row["error"] and hook.token not in out
    code, out = run(db_url, config_dir, hook, "retry", str(row["id"]))
    assert code == 0 and "due now" in out
    code, out = run(db_url, config_dir, hook, "dispatch", "--once")
    assert code == 0 and "1 sent" in out
    assert len(hook.received) == 2
    code, out = run(db_url, config_dir, hook, "retry", str(row["id"]))
    assert code != 0 and "never sent twice" in out
    with sessions() as session:
        assert store.count_by_status(session) == {"sent": 1}
    code, out = run(db_url, config_dir, hook, "list", "--dead")
    assert code == 0 and "statement:1" not in out
