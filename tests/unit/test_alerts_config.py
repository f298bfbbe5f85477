"""Alert channel settings: what monitor.toml may say, and what it may not."""

from __future__ import annotations

from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

import pytest

from monitor.alerts import DigestSchedule, load_channels, redact
from monitor.errors import ConfigError

SOURCE = "/etc/monitor/monitor.toml"
ENV = {"SMTP_PW": "hunter2-long-secret", "HOOK": "https://hooks.slack.com/services/T/B/tok3n"}


def email(**kw: Any) -> dict[str, Any]:
    table: dict[str, Any] = {
        "type": "email", "host": "smtp.example.org", "user": "u@example.org",
        "password_env": "SMTP_PW", "from": "Monitor <alerts@example.org>",
        "to": ["desk@example.org"],
    }
    table.update(kw)
    return table


def load(channels: dict[str, Any], **defaults: Any) -> list[Any]:
    return load_channels({"alerts": {"channels": channels, **defaults}}, source=SOURCE,
                         environ=ENV)


def test_both_kinds_load_with_defaults_and_filters() -> None:
    desk, news = load({
        "desk": email(officials=["scholz"], topics="energy", min_confidence=0.7),
        "news": {"type": "slack", "webhook_url_env": "HOOK", "digest": "daily", "at": "07:30",
                 "timezone": "Europe/Berlin"},
    }, max_attempts=5)
    assert desk.email.port == 587 and desk.email.security == "starttls"
    assert desk.email.password == ENV["SMTP_PW"]
    assert desk.email.sender_address == "alerts@example.org"
    assert desk.filter.officials == ("scholz",) and desk.filter.topics == ("energy",)
    assert desk.mode == "immediate" and desk.max_attempts == 5 and not desk.alert_first_fetch
    assert news.slack.webhook_url == ENV["HOOK"]
    assert news.digest == DigestSchedule("daily", time(7, 30), "Europe/Berlin")
    assert news.mode == "daily"


def test_secrets_are_not_in_repr_and_are_redacted() -> None:
    desk, news = load({"desk": email(), "news": {"type": "slack", "webhook_url_env": "HOOK"}})
    assert ENV["SMTP_PW"] not in repr(desk)
    assert "tok3n" not in repr(news)
    line = f"failed posting to {ENV['HOOK']} with {ENV['SMTP_PW']}; path /services/T/B/tok3n"
    cleaned = redact(line, desk.secrets() + news.secrets())
    assert "tok3n" not in cleaned and ENV["SMTP_PW"] not in cleaned
    assert cleaned.count("[redacted]") == 3


@pytest.mark.parametrize("key", ["password", "webhook_url", "url"])
def test_a_literal_secret_is_refused_naming_file_and_key(key: str) -> None:
    kind = email() if key == "password" else {"type": "slack", "webhook_url_env": "HOOK"}
    kind[key] = "literal-secret-value"
    with pytest.raises(ConfigError) as info:
        load({"c": kind})
    message = str(info.value)
    assert message.startswith(f"{SOURCE}: alerts.channels.c.{key}:")
    assert "_env" in message and "_file" in message
    assert "literal-secret-value" not in message


def test_password_from_a_file_relative_to_the_config(tmp_path: Path) -> None:
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "smtp").write_text("from-a-file\n")
    table = email()
    del table["password_env"]
    table["password_file"] = "secrets/smtp"
    [desk] = load_channels({"alerts": {"channels": {"desk": table}}},
                           source=str(tmp_path / "monitor.toml"), environ={})
    assert desk.email.password == "from-a-file"


@pytest.mark.parametrize(
    ("table", "key", "words"),
    [
        (email(password_env="MISSING"), "password_env", "MISSING is not set"),
        (email(security="ssl"), "security", "expected one of"),
        (email(to=[]), "to", "one or more"),
        (email(to=["not an address"]), "to", "not an address"),
        (email(**{"from": "x\r\nBcc: y@z"}), "from", "expected an address"),
        (email(host="mail.example.org", security="none"), "security", "clear text"),
        (email(digest="weekly"), "digest", "hourly"),
        (email(digest="daily", timezone="Mars/Olympus"), "timezone", "unknown time zone"),
        (email(digest="daily", at="25:00"), "at", "HH:MM"),
        (email(min_confidence=2), "min_confidence", "0 to 1"),
        (email(colour="red"), "colour", "unknown key"),
        ({"type": "pager"}, "type", "'email' or 'slack'"),
        ({"type": "slack"}, "webhook_url_env", "needs webhook_url_env"),
    ],
)
def test_errors_name_the_file_and_the_key(table: dict[str, Any], key: str, words: str) -> None:
    with pytest.raises(ConfigError) as info:
        load({"c": table})
    assert info.value.source == SOURCE
    assert info.value.key == f"alerts.channels.c.{key}"
    assert words in str(info.value)


def test_disabled_channels_are_left_out() -> None:
    assert load({"c": email(enabled=False)}) == []
    assert load({}) == []
    assert load_channels({}, source=SOURCE, environ={}) == []


def test_daily_digest_follows_local_time_across_dst() -> None:
    schedule = DigestSchedule("daily", time(8, 0), "Europe/Berlin")
    winter = schedule.next_after(datetime(2026, 11, 26, 9, 30, tzinfo=UTC))
    assert winter == datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
    summer = schedule.next_after(datetime(2026, 7, 1, 5, 0, tzinfo=UTC))
    assert summer == datetime(2026, 7, 1, 6, 0, tzinfo=UTC)
    # exactly at the send time: the next one is a day later
    assert schedule.next_after(summer) == datetime(2026, 7, 2, 6, 0, tzinfo=UTC)


def test_hourly_digest_is_on_the_hour() -> None:
    schedule = DigestSchedule("hourly", timezone="Asia/Kolkata")  # a half-hour offset zone
    nxt = schedule.next_after(datetime(2026, 11, 26, 9, 10, tzinfo=UTC))
    assert nxt == datetime(2026, 11, 26, 9, 30, tzinfo=UTC)  # 15:00 in Kolkata


def test_every_segment_and_query_value_of_a_secret_url_is_redacted() -> None:
    from monitor.alerts.config import redact, url_secrets

    url = "https://hooks.example/services/T0001/B0002/tok%2Fen99?sig=QUERYSECRET42&v=1"
    secrets = url_secrets(url)
    text = ("refused T0001/B0002 tok/en99 and tok%2Fen99 with sig QUERYSECRET42 "
            "at /services/T0001/B0002/tok%2Fen99")
    redacted = redact(text, secrets)
    for part in ("T0001", "B0002", "tok/en99", "tok%2Fen99", "QUERYSECRET42"):
        assert part not in redacted
    assert redacted.startswith("refused ")
