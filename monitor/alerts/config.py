"""Alert channels from ``monitor.toml``: ``[alerts]`` defaults and ``[alerts.channels.NAME]``.

Example::

    [alerts]
    max_attempts = 8          # then a row is dead (default 8)
    burst_cap = 10            # a fetch with more new statements sends one summary instead
    alert_first_fetch = false # the first fetch of a new feed does not alert its backlog

    [alerts.channels.desk]
    type = "email"
    host = "smtp.example.org"
    port = 587
    security = "starttls"     # "starttls" | "tls" | "none"
    user = "alerts@example.org"
    password_env = "MONITOR_SMTP_PASSWORD"   # or password_file = "secrets/smtp"
    from = "Monitor <alerts@example.org>"
    to = ["desk@example.org"]
    officials = ["olaf-scholz"]              # filter; empty or absent: every official
    topics = ["energy"]                      # filter; empty or absent: every topic
    min_confidence = 0.6
    digest = "daily"                         # absent: immediate; or "hourly"
    at = "08:00"
    timezone = "Europe/Berlin"

    [alerts.channels.newsroom]
    type = "slack"
    webhook_url_env = "MONITOR_SLACK_WEBHOOK"  # or webhook_url_file = "secrets/slack"

Secrets (the SMTP password, the webhook URL) are never read from the config file itself: a
literal ``password`` or ``webhook_url`` key is refused. They are kept out of ``repr`` and
every message built here; :func:`redact` hides them in text that may have picked them up.
"""

from __future__ import annotations

import base64
import ipaddress
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor.errors import ConfigError

if TYPE_CHECKING:
    from monitor.config import Settings

DEFAULT_MAX_ATTEMPTS = 8  # with the backoff below, about 2 hours of retries before dead
DEFAULT_BURST_CAP = 10  # more new statements than this from one fetch is an archive re-emit
# Statements from a stance verb without quoted or reported content ("Peskov endorsed the
# statement") score 0.6 in the extractor; everything with content scores 0.7 and more.
DEFAULT_MIN_CONFIDENCE = 0.7
SMTP_TIMEOUT_SECONDS = 30.0  # RFC 5321 suggests minutes per command; 30 s keeps a lease short
SLACK_TIMEOUT_SECONDS = 10.0  # Slack answers webhooks in well under a second when healthy
SECRET_MIN_LENGTH = 4  # shorter "secrets" would redact ordinary words in every message
REDACTED = "[redacted]"

SECURITY_MODES = ("starttls", "tls", "none")
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}
DIGEST_MODES = ("hourly", "daily")

_COMMON_KEYS = {
    "type",
    "officials",
    "topics",
    "min_confidence",
    "digest",
    "at",
    "timezone",
    "max_attempts",
    "burst_cap",
    "alert_first_fetch",
    "enabled",
}
_EMAIL_KEYS = _COMMON_KEYS | {
    "host",
    "port",
    "security",
    "user",
    "password_env",
    "password_file",
    "from",
    "to",
    "ca_file",
    "timeout",
}
_SLACK_KEYS = _COMMON_KEYS | {"webhook_url_env", "webhook_url_file", "timeout"}
_DEFAULT_KEYS = {"max_attempts", "burst_cap", "alert_first_fetch", "channels"}
# literal secret keys people may try, and the stem of the *_env / *_file keys to use instead
_LITERAL_SECRETS = {"password": "password", "webhook_url": "webhook_url", "url": "webhook_url"}
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")
_ADDRESS = re.compile(r"^[^\s<>@\"]+@[^\s<>@\"]+$")
_FROM = re.compile(r"^(?:[^\r\n<>\"]{0,100}<([^\s<>@\"]+@[^\s<>@\"]+)>|([^\s<>@\"]+@[^\s<>@\"]+))$")
_AT = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True, slots=True)
class AlertFilter:
    """Which statements a channel wants. Empty tuples mean "all"."""

    officials: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    min_confidence: float = DEFAULT_MIN_CONFIDENCE

    def accepts(self, official_id: str, topics: Iterable[str], confidence: float) -> bool:
        """True when a statement with these properties passes the filter."""
        if self.officials and official_id not in self.officials:
            return False
        if self.topics and not set(self.topics).intersection(topics):
            return False
        return confidence >= self.min_confidence


@dataclass(frozen=True, slots=True)
class DigestSchedule:
    """When a digest channel sends: every hour on the hour, or daily at a local time."""

    every: Literal["hourly", "daily"]
    at: time = time(8, 0)
    timezone: str = "UTC"

    def next_after(self, moment: datetime) -> datetime:
        """The first send time strictly after ``moment`` (UTC in, UTC out)."""
        zone = ZoneInfo(self.timezone)
        local = moment.astimezone(zone)
        if self.every == "hourly":
            top = local.replace(minute=0, second=0, microsecond=0)
            return (top.astimezone(UTC) + timedelta(hours=1)).astimezone(UTC)
        candidate = datetime.combine(local.date(), self.at, tzinfo=zone)
        if candidate.astimezone(UTC) <= moment:
            candidate = datetime.combine(local.date() + timedelta(days=1), self.at, tzinfo=zone)
        return candidate.astimezone(UTC)


@dataclass(frozen=True, slots=True)
class EmailSettings:
    """SMTP delivery. ``password`` is never shown by ``repr``."""

    host: str
    port: int
    security: Literal["starttls", "tls", "none"]
    sender: str
    to: tuple[str, ...]
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_file: str | None = None  # a CA bundle to trust (self-hosted relays, tests)
    timeout: float = SMTP_TIMEOUT_SECONDS

    @property
    def sender_address(self) -> str:
        """The bare address of ``sender`` (``a@b`` out of ``Name <a@b>``)."""
        match = _FROM.match(self.sender)
        if match is None:  # validated at load time
            return self.sender
        return match.group(1) or match.group(2)


@dataclass(frozen=True, slots=True)
class SlackSettings:
    """An incoming webhook. ``webhook_url`` is never shown by ``repr``."""

    webhook_url: str = field(repr=False)
    timeout: float = SLACK_TIMEOUT_SECONDS


@dataclass(frozen=True, slots=True)
class ChannelConfig:
    """One configured alert channel."""

    name: str
    type: Literal["email", "slack"]
    filter: AlertFilter = AlertFilter()
    digest: DigestSchedule | None = None  # None: immediate
    email: EmailSettings | None = None
    slack: SlackSettings | None = None
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    burst_cap: int = DEFAULT_BURST_CAP
    alert_first_fetch: bool = False

    @property
    def timezone(self) -> str:
        """The zone times are shown in: the digest's ``timezone``, else UTC."""
        return self.digest.timezone if self.digest else "UTC"

    @property
    def mode(self) -> str:
        """``immediate``, ``hourly`` or ``daily``."""
        return self.digest.every if self.digest else "immediate"

    def secrets(self) -> tuple[str, ...]:
        """Every secret string of this channel, and the forms it may appear in."""
        found: list[str] = []
        if self.email and self.email.password:
            pw = self.email.password
            found.append(pw)
            user = self.email.user or ""
            for raw in (f"\0{user}\0{pw}", pw):  # AUTH PLAIN / LOGIN send these base64'd
                found.append(base64.b64encode(raw.encode()).decode())
        if self.slack:
            url = self.slack.webhook_url
            found.append(url)
            found.extend(url_secrets(url))
        return tuple(s for s in found if len(s) >= SECRET_MIN_LENGTH)


def url_secrets(url: str) -> list[str]:
    """The parts of a secret URL that may be echoed back alone: its path, every path segment
    and every query value, as written and percent-decoded (a server's error body may quote
    just the token segment, or decode it)."""
    from urllib.parse import parse_qsl, unquote, urlsplit

    parts = urlsplit(url)
    found: list[str] = []
    if parts.path.strip("/"):
        found.append(parts.path)
    found.extend(segment for segment in parts.path.split("/") if segment)
    found.extend(value for _key, value in parse_qsl(parts.query, keep_blank_values=False))
    if parts.password:
        found.append(parts.password)
    return [*found, *(unquote(f) for f in found if unquote(f) != f)]


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced by ``[redacted]`` (longest secrets first), in any
    letter case (a server may echo a token lower-cased)."""
    for secret in sorted(set(secrets), key=len, reverse=True):
        if len(secret) >= SECRET_MIN_LENGTH:
            text = re.sub(re.escape(secret), REDACTED, text, flags=re.IGNORECASE)
    return text


# --- loading -----------------------------------------------------------------------------------


def load_channels(
    raw: Mapping[str, Any], *, source: str, environ: Mapping[str, str]
) -> list[ChannelConfig]:
    """The channels of ``raw`` (the parsed ``monitor.toml``), validated.

    ``source`` names the file in errors and anchors relative ``*_file`` paths; ``environ``
    gives the variables that ``*_env`` keys name. Raises :class:`ConfigError` naming the file
    and the key. A channel with ``enabled = false`` is left out.
    """
    section = raw.get("alerts", {})
    if not isinstance(section, Mapping):
        raise ConfigError(source, "alerts", "expected a table")
    for key in section:
        if key not in _DEFAULT_KEYS:
            raise ConfigError(source, f"alerts.{key}", f"unknown key; expected one of "
                                                       f"{sorted(_DEFAULT_KEYS)}")
    defaults = {
        "max_attempts": _int(section, "max_attempts", DEFAULT_MAX_ATTEMPTS, source, "alerts", 1),
        "burst_cap": _int(section, "burst_cap", DEFAULT_BURST_CAP, source, "alerts", 1),
        "alert_first_fetch": _bool(section, "alert_first_fetch", False, source, "alerts"),
    }
    channels_raw = section.get("channels", {})
    if not isinstance(channels_raw, Mapping):
        raise ConfigError(source, "alerts.channels", "expected a table of channel tables")
    base_dir = Path(source).parent
    channels: list[ChannelConfig] = []
    for name, table in channels_raw.items():
        prefix = f"alerts.channels.{name}"
        if not _NAME.match(str(name)):
            raise ConfigError(source, prefix, "channel names use letters, digits, . _ - only")
        if not isinstance(table, Mapping):
            raise ConfigError(source, prefix, "expected a table")
        if not _bool(table, "enabled", True, source, prefix):
            continue
        channels.append(_channel(str(name), table, defaults, source, prefix, base_dir, environ))
    return channels


def _channel(
    name: str,
    table: Mapping[str, Any],
    defaults: Mapping[str, Any],
    source: str,
    prefix: str,
    base_dir: Path,
    environ: Mapping[str, str],
) -> ChannelConfig:
    kind = table.get("type")
    if kind not in ("email", "slack"):
        raise ConfigError(source, f"{prefix}.type", f"expected 'email' or 'slack', got {kind!r}")
    for key, stem in _LITERAL_SECRETS.items():
        if key in table:
            raise ConfigError(
                source,
                f"{prefix}.{key}",
                "secrets are not kept in config files: name an environment variable "
                f"({stem}_env) or a file ({stem}_file) instead",
            )
    allowed = _EMAIL_KEYS if kind == "email" else _SLACK_KEYS
    for key in table:
        if key not in allowed:
            raise ConfigError(source, f"{prefix}.{key}", f"unknown key for a {kind} channel")
    flt = AlertFilter(
        officials=_str_list(table, "officials", source, prefix),
        topics=_str_list(table, "topics", source, prefix),
        min_confidence=_float(table, "min_confidence", DEFAULT_MIN_CONFIDENCE, source, prefix),
    )
    if not 0.0 <= flt.min_confidence <= 1.0:
        raise ConfigError(source, f"{prefix}.min_confidence", "expected a number from 0 to 1")
    common: dict[str, Any] = {
        "name": name,
        "filter": flt,
        "digest": _digest(table, source, prefix),
        "max_attempts": _int(table, "max_attempts", defaults["max_attempts"], source, prefix, 1),
        "burst_cap": _int(table, "burst_cap", defaults["burst_cap"], source, prefix, 1),
        "alert_first_fetch": _bool(
            table, "alert_first_fetch", defaults["alert_first_fetch"], source, prefix
        ),
    }
    if kind == "email":
        return ChannelConfig(
            type="email", email=_email(table, source, prefix, base_dir, environ), **common
        )
    url = _secret(table, "webhook_url", source, prefix, base_dir, environ)
    if url is None:
        raise ConfigError(source, f"{prefix}.webhook_url_env",
                          "a Slack channel needs webhook_url_env or webhook_url_file")
    if not url.startswith(("https://", "http://")):
        # never echo the value: it is a secret
        raise ConfigError(source, f"{prefix}.webhook_url_env", "the webhook URL must be http(s)")
    timeout = _float(table, "timeout", SLACK_TIMEOUT_SECONDS, source, prefix)
    return ChannelConfig(type="slack", slack=SlackSettings(url, timeout), **common)


def _email(
    table: Mapping[str, Any],
    source: str,
    prefix: str,
    base_dir: Path,
    environ: Mapping[str, str],
) -> EmailSettings:
    host = table.get("host")
    if not isinstance(host, str) or not host.strip():
        raise ConfigError(source, f"{prefix}.host", "an email channel needs an SMTP host")
    security = table.get("security", "starttls")
    if security not in SECURITY_MODES:
        raise ConfigError(source, f"{prefix}.security",
                          f"expected one of {list(SECURITY_MODES)}, got {security!r}")
    port = _int(table, "port", DEFAULT_PORTS[security], source, prefix, 1)
    if port > 65535:
        raise ConfigError(source, f"{prefix}.port", "a port is at most 65535")
    sender = table.get("from")
    if not isinstance(sender, str) or not _FROM.match(sender):
        raise ConfigError(source, f"{prefix}.from",
                          "expected an address such as 'alerts@example.org' or "
                          "'Monitor <alerts@example.org>'")
    to = _str_list(table, "to", source, prefix)
    if not to:
        raise ConfigError(source, f"{prefix}.to", "expected a list of one or more addresses")
    for address in to:
        if not _ADDRESS.match(address):
            raise ConfigError(source, f"{prefix}.to", f"not an address: {address!r}")
    user = table.get("user")
    if user is not None and not isinstance(user, str):
        raise ConfigError(source, f"{prefix}.user", "expected a string")
    password = _secret(table, "password", source, prefix, base_dir, environ)
    if password is not None and not user:
        raise ConfigError(source, f"{prefix}.user", "a password is given but no user")
    if user and password is None:
        raise ConfigError(source, f"{prefix}.password_env",
                          "a user is given: name password_env or password_file")
    if user and security == "none" and not _is_loopback(host):
        raise ConfigError(source, f"{prefix}.security",
                          "security = 'none' would send the password in clear text; use "
                          "'starttls' or 'tls'")
    ca_file = table.get("ca_file")
    if ca_file is not None:
        if not isinstance(ca_file, str):
            raise ConfigError(source, f"{prefix}.ca_file", "expected a path")
        ca_path = Path(ca_file) if Path(ca_file).is_absolute() else base_dir / ca_file
        if not ca_path.is_file():
            raise ConfigError(source, f"{prefix}.ca_file", f"no such file: {ca_path}")
        ca_file = str(ca_path)
    return EmailSettings(
        host=host.strip(),
        port=port,
        security=security,
        sender=sender,
        to=to,
        user=user or None,
        password=password,
        ca_file=ca_file,
        timeout=_float(table, "timeout", SMTP_TIMEOUT_SECONDS, source, prefix),
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _secret(
    table: Mapping[str, Any],
    stem: str,
    source: str,
    prefix: str,
    base_dir: Path,
    environ: Mapping[str, str],
) -> str | None:
    env_key, file_key = f"{stem}_env", f"{stem}_file"
    if env_key in table and file_key in table:
        raise ConfigError(source, f"{prefix}.{env_key}", f"give {env_key} or {file_key}, not both")
    if env_key in table:
        var = table[env_key]
        if not isinstance(var, str) or not var:
            raise ConfigError(source, f"{prefix}.{env_key}", "expected a variable name")
        value = environ.get(var)
        if not value:
            raise ConfigError(source, f"{prefix}.{env_key}",
                              f"environment variable {var} is not set or empty")
        return value
    if file_key in table:
        name = table[file_key]
        if not isinstance(name, str) or not name:
            raise ConfigError(source, f"{prefix}.{file_key}", "expected a path")
        path = Path(name).expanduser()
        if not path.is_absolute():
            path = base_dir / path
        try:
            value = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigError(source, f"{prefix}.{file_key}",
                              f"cannot read {path}: {exc.strerror}") from None
        if not value:
            raise ConfigError(source, f"{prefix}.{file_key}", f"{path} is empty")
        return value
    return None


def _digest(table: Mapping[str, Any], source: str, prefix: str) -> DigestSchedule | None:
    mode = table.get("digest")
    if mode is None or mode == "immediate":
        for key in ("at", "timezone"):
            if key in table:
                raise ConfigError(source, f"{prefix}.{key}", "only meaningful with digest = ...")
        return None
    if mode not in DIGEST_MODES:
        raise ConfigError(source, f"{prefix}.digest",
                          f"expected 'hourly' or 'daily' (or no key for immediate), got {mode!r}")
    tz = table.get("timezone", "UTC")
    try:
        ZoneInfo(str(tz))
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(source, f"{prefix}.timezone", f"unknown time zone {tz!r}") from None
    at_raw = table.get("at", "08:00")
    if mode == "hourly" and "at" in table:
        raise ConfigError(source, f"{prefix}.at", "an hourly digest is sent on the hour")
    match = _AT.match(str(at_raw))
    if match is None:
        raise ConfigError(source, f"{prefix}.at", f"expected HH:MM, got {at_raw!r}")
    return DigestSchedule(mode, time(int(match.group(1)), int(match.group(2))), str(tz))


def _str_list(table: Mapping[str, Any], key: str, source: str, prefix: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(source, f"{prefix}.{key}", "expected a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def _int(
    table: Mapping[str, Any], key: str, default: int, source: str, prefix: str, minimum: int
) -> int:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(source, f"{prefix}.{key}", f"expected a whole number, got {value!r}")
    if value < minimum:
        raise ConfigError(source, f"{prefix}.{key}", f"expected at least {minimum}")
    return value


def _float(table: Mapping[str, Any], key: str, default: float, source: str, prefix: str) -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigError(source, f"{prefix}.{key}", f"expected a number, got {value!r}")
    return float(value)


def _bool(table: Mapping[str, Any], key: str, default: bool, source: str, prefix: str) -> bool:
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(source, f"{prefix}.{key}", f"expected true or false, got {value!r}")
    return value


def channels_of(settings: Settings) -> list[ChannelConfig]:
    """The alert channels configured in monitor.toml (secrets from the environment)."""
    return load_channels(dict(settings.raw), source=str(settings.config_dir / "monitor.toml"),
                         environ=os.environ)
