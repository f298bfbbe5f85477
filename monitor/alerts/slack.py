"""Slack delivery through an incoming webhook (Block Kit, no unfurling, no mentions).

Answers: 200 is sent; 429 is retried after ``Retry-After``; 5xx and network errors are
retried with backoff; any other 4xx (``404 no_service``, ``403 invalid_token``, ``410
channel_is_archived``, ``400 invalid_payload``) is permanent: the row goes dead at once.

The webhook URL is a secret (whoever has it can post): it never appears in a log line or an
exception message, and the ``httpx`` logger, which logs full URLs at INFO, is held at WARNING.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from monitor.alerts.config import ChannelConfig, SlackSettings, redact
from monitor.alerts.items import Alert
from monitor.alerts.render import render_slack
from monitor.errors import AlertError, PermanentAlertError

log = logging.getLogger(__name__)
logging.getLogger("httpx").setLevel(logging.WARNING)  # it logs request URLs at INFO
logging.getLogger("httpcore").setLevel(logging.WARNING)

HTTP_OK = 200
HTTP_TOO_MANY = 429
HTTP_SERVER_ERROR = 500  # 5xx: Slack's side; retried
BODY_IN_ERROR = 200  # characters of a refusal's body kept in last_error


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a ``Retry-After`` header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class SlackSender:
    """Posts alerts of one Slack channel to its webhook."""

    def __init__(self, channel: ChannelConfig, client: httpx.Client | None = None) -> None:
        if channel.slack is None:
            raise ValueError(f"channel {channel.name} is not a Slack channel")
        self.channel = channel
        self.settings: SlackSettings = channel.slack
        self._secrets = channel.secrets()
        self._client = client or httpx.Client(
            timeout=self.settings.timeout, follow_redirects=False
        )
        self._own_client = client is None

    def close(self) -> None:
        """Close the HTTP client if this sender made it."""
        if self._own_client:
            self._client.close()

    def send(self, alerts: Sequence[Alert], *, ident: str, digest: str | None = None) -> None:
        """Post one message; raise :class:`AlertError` (or the permanent kind) on failure."""
        body = render_slack(alerts, digest=digest, tz=self.channel.timezone)
        try:
            response = self._client.post(self.settings.webhook_url, json=body)
        except httpx.HTTPError as exc:
            raise self._error(f"{exc.__class__.__name__}: {exc}", permanent=False) from None
        status = response.status_code
        if status == HTTP_OK:
            return
        text = response.text[:BODY_IN_ERROR].strip()
        if status == HTTP_TOO_MANY:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            raise self._error(f"HTTP 429 {text}", permanent=False, retry_after=retry_after)
        if status >= HTTP_SERVER_ERROR:
            raise self._error(f"HTTP {status} {text}", permanent=False)
        raise self._error(f"HTTP {status} {text}", permanent=True)

    def _error(
        self, problem: str, *, permanent: bool, retry_after: float | None = None
    ) -> AlertError:
        text = redact(f"slack channel {self.channel.name}: {problem}", self._secrets)
        if permanent:
            return PermanentAlertError(text)
        return AlertError(text, retry_after=retry_after)
