"""Configuration: ``config/*.toml`` plus ``MONITOR_*`` environment variables -> typed Settings.

This module is the only reader of environment variables. Files in the config folder:

- ``monitor.toml``: database, polling, fetch limits, daemon, logging (and the sections other
  areas read from :attr:`Settings.raw`: ``[statements]``, ``[alerts]``);
- ``feeds.toml``: ``[[feed]]`` tables (name, url, outlet, interval, full_text, tags);
- ``topics.toml``: ``[topic.NAME]`` tables with a ``query`` in the topic language;
- ``officials.toml``: the officials registry (read by :mod:`monitor.statements`).

Every scalar setting of ``monitor.toml`` can be overridden by ``MONITOR_<SECTION>_<KEY>``
(for example ``MONITOR_FETCH_MAX_BYTES=1048576``, ``MONITOR_DATABASE_URL=postgresql://...``).
Secrets are never read from these files: channels name an environment variable or a file.

Errors name the file and the key; nothing half-valid is returned.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.errors import ConfigError

if TYPE_CHECKING:
    from monitor.dedupe.rewrites import StoryParams
    from monitor.topics import Topic

DEFAULT_CONFIG_DIR = Path("config")
DEFAULT_DATABASE_URL = "sqlite:///data/monitor.db"
ENV_PREFIX = "MONITOR_"

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)?\s*$")
_UNIT_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, None: 1}


def parse_duration(value: object, *, source: str, key: str) -> float:
    """Seconds from a number (seconds) or a string like ``"15m"``, ``"6h"``, ``"500ms"``."""
    if isinstance(value, bool):
        raise ConfigError(source, key, f"expected a duration, got {value!r}")
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and (m := _DURATION.match(value)):
        seconds = float(m.group(1)) * _UNIT_SECONDS[m.group(2)]
    else:
        raise ConfigError(source, key, f"expected a duration such as 30, '90s', '15m', '6h'; "
                                       f"got {value!r}")
    if seconds < 0:
        raise ConfigError(source, key, "a duration cannot be negative")
    return seconds


# --- sections of monitor.toml ----------------------------------------------------------------
# Each field's metadata says whether it is a duration (given as "15m" etc., stored in seconds).


def _dur(default: float) -> Any:
    return field(default=default, metadata={"duration": True})


@dataclass(frozen=True)
class DatabaseSettings:
    """``[database]``."""

    url: str = DEFAULT_DATABASE_URL
    migrate_on_start: bool = True
    busy_timeout: float = _dur(30)  # SQLite: wait this long for another writer's lock


@dataclass(frozen=True)
class PollSettings:
    """``[poll]``: how often feeds are checked."""

    interval: float = _dur(15 * 60)  # the default per-feed interval
    min_interval: float = _dur(5 * 60)  # adaptive intervals never poll a feed faster
    max_interval: float = _dur(2 * 3600)  # ... nor slower than this while healthy
    max_backoff: float = _dur(6 * 3600)  # cap of the failure backoff; never disabled
    jitter: float = 0.1  # +-10% spreads feeds added together over time
    adaptive: bool = True


@dataclass(frozen=True)
class FetchSettings:
    """``[fetch]``: limits of every HTTP fetch (feeds and pages)."""

    max_bytes: int = 15 * 1024 * 1024  # decoded size cap; compression bombs stop here
    deadline: float = _dur(30)  # total time of one fetch, however slowly bytes drip
    connect_timeout: float = _dur(10)
    read_timeout: float = _dur(15)
    max_redirects: int = 5
    user_agent: str = ""  # empty: monitor's default descriptive User-Agent
    allowed_networks: tuple[str, ...] = ()  # e.g. ["127.0.0.1/32"] lifts the address guard
    concurrency: int = 16  # fetch threads; more only fight over the GIL (bench/bench_poll.py)
    per_host: int = 2  # parallel fetches to one host, to stay polite
    # conditional GETs of feeds through libcurl (monitor.fetch.curl: a 304 costs a tenth of
    # the CPU of httpx); false sends every request through httpx (the pure-Python path)
    curl: bool = True


@dataclass(frozen=True)
class DaemonSettings:
    """``[daemon]``: the scheduler's ticks and leases."""

    tick: float = _dur(10)  # how often due feeds are looked for
    lease: float = _dur(120)  # a claimed feed is ours this long (a crash frees it after)
    batch: int = 500  # feeds claimed per tick at most
    stale_after: float = _dur(300)  # `monitor status` fails when the last tick is older
    metrics_port: int = 0  # 0: no Prometheus endpoint
    metrics_host: str = "127.0.0.1"
    fetch_log_retention: float = _dur(14 * 86400)  # fetch log rows older than this are pruned
    dispatch_alerts: bool = True


@dataclass(frozen=True)
class LoggingSettings:
    """``[logging]``."""

    level: str = "INFO"
    format: str = "text"  # text | json


@dataclass(frozen=True)
class StoriesSettings:
    """``[stories]``: the story window and the rewrite layer (issue 10).

    The rewrite settings default to ``None``, which means the measured value of
    :class:`monitor.dedupe.rewrites.StoryParams` (today: off, 0.22, 0.18, 0.10); see
    :meth:`rewrite_params`.
    """

    window: float = _dur(72 * 3600)  # articles further apart than this are never one story
    rewrites: bool | None = None  # group rewrites (same event, other words) by story centroid
    rewrite_accept: float | None = None  # similarity to a story at which a rewrite joins it
    rewrite_accept_named: float | None = None  # ...or this, with >= 2 shared name words
    rewrite_people: float | None = None  # ...or this, when both name one rare person in full
    # (0: off)

    def rewrite_params(self) -> StoryParams:
        """The rewrite layer's thresholds: ``StoryParams()`` with the values set here."""
        from dataclasses import replace

        from monitor.dedupe.rewrites import StoryParams  # not at import: start-up stays light

        params = StoryParams()
        if self.rewrites is not None:
            params = replace(params, enabled=self.rewrites)
        if self.rewrite_accept is not None:
            params = replace(params, accept=self.rewrite_accept)
        if self.rewrite_accept_named is not None:
            params = replace(params, accept_named=self.rewrite_accept_named)
        if self.rewrite_people is not None:
            params = replace(params, people_rescue=self.rewrite_people)
        return params


@dataclass(frozen=True)
class ArticlesSettings:
    """``[articles]``: how much of one article is kept (memory stays bounded, issue 9)."""

    max_text_chars: int = 1_000_000  # text kept per article; the rest is dropped, with a note
    max_record_bytes: int = 16 * 1024 * 1024  # one JSONL line in `monitor ingest` at most


_SECTIONS: dict[str, type] = {
    "database": DatabaseSettings,
    "poll": PollSettings,
    "fetch": FetchSettings,
    "daemon": DaemonSettings,
    "logging": LoggingSettings,
    "stories": StoriesSettings,
    "articles": ArticlesSettings,
}
# sections read by other areas from Settings.raw: [statements] is checked at load below,
# [alerts] where its channels are built (its secrets come from the environment)
_FOREIGN_SECTIONS = {"statements", "alerts"}
STATEMENTS_KEYS = ("lookback_days", "officials_file", "enabled", "parser", "workers")
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
LOG_FORMATS = ("text", "json")
MAX_PORT = 65_535


def _bad(source: str, key: str, problem: str) -> ConfigError:
    return ConfigError(source, key, problem)


def _check_values(sections: Mapping[str, Any], source: str) -> None:
    """Refuse values of the right type but outside what works (negative sizes, no threads,
    bounds the wrong way round, unknown names), naming the file and key."""
    import ipaddress

    fetch: FetchSettings = sections["fetch"]
    poll: PollSettings = sections["poll"]
    daemon: DaemonSettings = sections["daemon"]
    logging_: LoggingSettings = sections["logging"]
    at_least_one = {"fetch.max_bytes": fetch.max_bytes, "fetch.concurrency": fetch.concurrency,
                    "fetch.per_host": fetch.per_host, "daemon.batch": daemon.batch,
                    "articles.max_text_chars": sections["articles"].max_text_chars,
                    "articles.max_record_bytes": sections["articles"].max_record_bytes}
    for key, number in at_least_one.items():
        if number < 1:
            raise _bad(source, key, f"must be at least 1, got {number}")
    if fetch.max_redirects < 0:
        raise _bad(source, "fetch.max_redirects", f"cannot be negative: {fetch.max_redirects}")
    positive = {"fetch.deadline": fetch.deadline, "fetch.connect_timeout": fetch.connect_timeout,
                "fetch.read_timeout": fetch.read_timeout, "poll.interval": poll.interval,
                "poll.min_interval": poll.min_interval, "poll.max_interval": poll.max_interval,
                "daemon.tick": daemon.tick, "daemon.lease": daemon.lease,
                "daemon.stale_after": daemon.stale_after,
                "stories.window": sections["stories"].window}
    for key, seconds in positive.items():
        if seconds <= 0:
            raise _bad(source, key, "must be longer than zero")
    stories: StoriesSettings = sections["stories"]
    for key, value in (("stories.rewrite_accept", stories.rewrite_accept),
                       ("stories.rewrite_accept_named", stories.rewrite_accept_named)):
        if value is not None and not 0 < value <= 1:
            raise _bad(source, key, f"a similarity between 0 and 1, got {value}")
    if stories.rewrite_people is not None and not 0 <= stories.rewrite_people <= 1:
        raise _bad(source, "stories.rewrite_people",
                   f"a similarity between 0 and 1 (0: off), got {stories.rewrite_people}")
    for network in fetch.allowed_networks:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError:
            raise _bad(source, "fetch.allowed_networks", f"{network!r} is not a network such "
                       "as '127.0.0.1/32' or '10.0.0.0/8'") from None
    if poll.min_interval > poll.max_interval:
        raise _bad(source, "poll.min_interval", f"({poll.min_interval:g} s) is longer than "
                   f"poll.max_interval ({poll.max_interval:g} s)")
    if not 0 <= poll.jitter <= 1:
        raise _bad(source, "poll.jitter", f"must be between 0 and 1 (a share), got {poll.jitter}")
    if not 0 <= daemon.metrics_port <= MAX_PORT:
        raise _bad(source, "daemon.metrics_port", f"not a port: {daemon.metrics_port}")
    if logging_.level.upper() not in LOG_LEVELS:
        raise _bad(source, "logging.level", f"{logging_.level!r} is not a level "
                   f"(one of {', '.join(LOG_LEVELS)})")
    if logging_.format not in LOG_FORMATS:
        raise _bad(source, "logging.format", f"{logging_.format!r} is not a format "
                   f"(one of {', '.join(LOG_FORMATS)})")


# --- [statements] (kept here so that loading the config does not import the extractor) ------
DEFAULT_LOOKBACK_DAYS = 30  # the default: a repeat within a month is not news
DEFAULT_OFFICIALS_FILE = "officials.toml"
# the optional dependency parser (monitor.statements.parser): off by default, because it
# costs more than the speed floor allows (docs/design.md, "Speakers: a parser where unsure")
PARSER_MODES = ("off", "auto", "on")
DEFAULT_PARSER_MODE = "off"


@dataclass(frozen=True, slots=True)
class StatementsSettings:
    """Settings of the statements stage."""

    lookback: timedelta = timedelta(days=DEFAULT_LOOKBACK_DAYS)
    officials_file: str = DEFAULT_OFFICIALS_FILE
    enabled: bool = True
    parser: str = DEFAULT_PARSER_MODE
    # worker processes extracting statements (monitor.statements.pool); 1: no pool, the
    # main process extracts (the serial path)
    workers: int = 1

    def officials_path(self, config_dir: Path) -> Path:
        """Where the officials registry is, relative to the config folder."""
        return config_dir / self.officials_file

    def registry_file(self, config_dir: Path) -> Path | None:
        """The officials file to load; None when the registry shipped with monitor applies
        (a config folder without the default file still tracks the usual officials)."""
        path = self.officials_path(config_dir)
        if not path.exists() and self.officials_file == DEFAULT_OFFICIALS_FILE:
            return None
        return path


def default_workers() -> int:
    """The default of ``[statements] workers``: the CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def statements_settings(raw: Mapping[str, Any] | None) -> StatementsSettings:
    """Read ``[statements]`` (lookback_days, officials_file, enabled, parser, workers) from
    parsed monitor.toml; ``workers`` defaults to :func:`default_workers`."""
    section = (raw or {}).get("statements", {})
    if not isinstance(section, Mapping):
        raise ConfigError("monitor.toml", "statements", "expected a table")
    days = section.get("lookback_days", DEFAULT_LOOKBACK_DAYS)
    if isinstance(days, bool) or not isinstance(days, int | float) or days <= 0:
        raise ConfigError("monitor.toml", "statements.lookback_days",
                          f"expected a positive number of days, got {days!r}")
    officials_file = section.get("officials_file", DEFAULT_OFFICIALS_FILE)
    if not isinstance(officials_file, str) or not officials_file:
        raise ConfigError("monitor.toml", "statements.officials_file", "expected a file name")
    enabled = section.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError("monitor.toml", "statements.enabled", "expected true or false")
    parser = section.get("parser", DEFAULT_PARSER_MODE)
    if parser not in PARSER_MODES:
        raise ConfigError("monitor.toml", "statements.parser",
                          f"expected one of {', '.join(PARSER_MODES)}, got {parser!r}")
    workers = section.get("workers", None)
    if workers is None:
        workers = default_workers()
    elif isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ConfigError("monitor.toml", "statements.workers",
                          f"expected a number of processes (1: extract in the main process), "
                          f"got {workers!r}")
    return StatementsSettings(timedelta(days=days), officials_file, enabled, parser, workers)


def _check_statements(raw: Mapping[str, Any], source: str) -> None:
    """``[statements]``: no unknown keys, and values its reader accepts."""
    section = raw.get("statements", {})
    if isinstance(section, Mapping):
        for key in section:
            if key not in STATEMENTS_KEYS:
                raise _bad(source, f"statements.{key}",
                           f"unknown setting (known: {', '.join(STATEMENTS_KEYS)})")
    try:
        statements_settings(raw)
    except ConfigError as exc:  # it says "monitor.toml": name the real file
        raise ConfigError(source, exc.key, exc.problem) from None


@dataclass(frozen=True)
class FeedConfig:
    """One ``[[feed]]`` of feeds.toml."""

    name: str
    url: str
    outlet: str
    interval: float | None = None
    full_text: bool = False
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    """Everything monitor is configured with, validated."""

    config_dir: Path
    database: DatabaseSettings
    poll: PollSettings
    fetch: FetchSettings
    daemon: DaemonSettings
    logging: LoggingSettings
    stories: StoriesSettings
    articles: ArticlesSettings
    feeds: tuple[FeedConfig, ...]
    topics: tuple[Topic, ...]
    raw: Mapping[str, Any]  # monitor.toml as parsed, for the areas that read their own section

    @property
    def database_url(self) -> str:
        """The database URL after file, environment and command-line overrides."""
        return self.database.url

    @property
    def officials_path(self) -> Path:
        """Where the officials registry is."""
        return self.config_dir / "officials.toml"


def _read_toml(path: Path, *, required: bool) -> dict[str, Any]:
    if not path.exists():
        if required:
            raise ConfigError(str(path), None, "file not found")
        return {}
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), None, f"not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(str(path), None, f"not UTF-8 text (byte {exc.start}): save it as "
                          "UTF-8") from exc
    except OSError as exc:
        raise ConfigError(str(path), None, f"cannot read: {exc.strerror}") from exc


def _coerce(value: Any, target: Any, *, source: str, key: str, duration: bool) -> Any:
    """Check and convert one value to the field's type."""
    if isinstance(target, str) and target.endswith(" | None"):  # unset means a default
        target = target.removesuffix(" | None")
    if duration:
        return parse_duration(value, source=source, key=key)
    if target in ("bool", bool):
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in {"1", "true", "yes", "on", "0", "false",
                                                        "no", "off"}:
            return value.lower() in {"1", "true", "yes", "on"}
        raise ConfigError(source, key, f"expected true or false, got {value!r}")
    if target in ("int", int):
        if isinstance(value, bool):
            raise ConfigError(source, key, f"expected a whole number, got {value!r}")
        try:
            return int(value)
        except (TypeError, ValueError):
            raise ConfigError(source, key, f"expected a whole number, got {value!r}") from None
    if target in ("float", float):
        try:
            return float(value)
        except (TypeError, ValueError):
            raise ConfigError(source, key, f"expected a number, got {value!r}") from None
    if target in ("str", str):
        if not isinstance(value, str):
            raise ConfigError(source, key, f"expected a string, got {value!r}")
        return value
    if str(target).startswith("tuple"):
        if isinstance(value, str):  # from the environment: comma-separated
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(source, key, f"expected a list of strings, got {value!r}")
        return tuple(value)
    raise ConfigError(source, key, f"unsupported setting type {target!r}")  # pragma: no cover


def _section(name: str, cls: type, table: Any, *, source: str,
             environ: Mapping[str, str]) -> Any:
    if table is None:
        table = {}
    if not isinstance(table, dict):
        raise ConfigError(source, name, "expected a table")
    known = {f.name: f for f in dataclasses.fields(cls)}
    for key in table:
        if key not in known:
            raise ConfigError(source, f"{name}.{key}",
                              f"unknown setting (known: {', '.join(sorted(known))})")
    values: dict[str, Any] = {}
    for fname, f in known.items():
        duration = bool(f.metadata.get("duration"))
        env_name = f"{ENV_PREFIX}{name.upper()}_{fname.upper()}"
        if env_name in environ:
            values[fname] = _coerce(environ[env_name], f.type, source=f"environment {env_name}",
                                    key=env_name, duration=duration)
        elif fname in table:
            values[fname] = _coerce(table[fname], f.type, source=source, key=f"{name}.{fname}",
                                    duration=duration)
    return cls(**values)


def _load_feeds(path: Path) -> tuple[FeedConfig, ...]:
    data = _read_toml(path, required=False)
    unknown = set(data) - {"feed"}
    if unknown:
        raise ConfigError(str(path), sorted(unknown)[0], "unknown table (expected [[feed]])")
    entries = data.get("feed", [])
    if not isinstance(entries, list):
        raise ConfigError(str(path), "feed", "expected an array of tables [[feed]]")
    feeds: list[FeedConfig] = []
    names: set[str] = set()
    urls: set[str] = set()
    for index, entry in enumerate(entries):
        feed = feed_from_table(entry, source=str(path), where=f"feed[{index}]")
        if feed.name in names:
            raise ConfigError(str(path), f"feed[{index}].name", f"duplicate name {feed.name!r}")
        if feed.url in urls:
            raise ConfigError(str(path), f"feed[{index}].url", f"duplicate url {feed.url!r}")
        names.add(feed.name)
        urls.add(feed.url)
        feeds.append(feed)
    return tuple(feeds)


def feed_from_table(entry: Any, *, source: str, where: str) -> FeedConfig:
    """Validate one feed table (from feeds.toml, or the CLI) into a FeedConfig."""
    if not isinstance(entry, dict):
        raise ConfigError(source, where, "expected a table")
    allowed = {"name", "url", "outlet", "interval", "full_text", "tags"}
    for key in entry:
        if key not in allowed:
            raise ConfigError(source, f"{where}.{key}",
                              f"unknown key (known: {', '.join(sorted(allowed))})")
    url = entry.get("url")
    if not isinstance(url, str) or not re.match(r"^https?://[^/\s]+", url):
        raise ConfigError(source, f"{where}.url", f"expected an http(s) URL, got {url!r}")
    name = entry.get("name", url)
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(source, f"{where}.name", "expected a non-empty string")
    outlet = entry.get("outlet", name)
    if not isinstance(outlet, str) or not outlet.strip():
        raise ConfigError(source, f"{where}.outlet", "expected a non-empty string")
    interval = entry.get("interval")
    interval_s = (parse_duration(interval, source=source, key=f"{where}.interval")
                  if interval is not None else None)
    full_text = entry.get("full_text", False)
    if not isinstance(full_text, bool):
        raise ConfigError(source, f"{where}.full_text",
                          f"expected true or false, got {full_text!r}")
    tags = entry.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ConfigError(source, f"{where}.tags", f"expected a list of strings, got {tags!r}")
    return FeedConfig(name=name.strip(), url=url, outlet=outlet.strip(), interval=interval_s,
                      full_text=full_text, tags=tuple(tags))


def _load_topics(path: Path) -> tuple[Topic, ...]:
    from monitor.topics import Topic, TopicSyntaxError, compile_query

    data = _read_toml(path, required=False)
    unknown = set(data) - {"topic"}
    if unknown:
        raise ConfigError(str(path), sorted(unknown)[0], "unknown table (expected [topic.NAME])")
    table = data.get("topic", {})
    if not isinstance(table, dict):
        raise ConfigError(str(path), "topic", "expected tables [topic.NAME]")
    topics: list[Topic] = []
    for name, entry in table.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("query"), str):
            raise ConfigError(str(path), f"topic.{name}.query", "expected a query string")
        try:
            query = compile_query(entry["query"])
        except TopicSyntaxError as exc:
            raise ConfigError(str(path), f"topic.{name}.query", str(exc)) from exc
        description = entry.get("description", "")
        if not isinstance(description, str):
            raise ConfigError(str(path), f"topic.{name}.description", "expected a string")
        topics.append(Topic(name=name, query=query, description=description))
    return tuple(topics)


def load_settings(
    config_dir: Path | None = None,
    *,
    database_url: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Read and validate the configuration folder, the environment and overrides.

    ``config_dir`` defaults to ``$MONITOR_CONFIG_DIR`` or ``./config``; ``database_url`` (the
    ``--db`` option) wins over ``MONITOR_DATABASE_URL``, which wins over ``monitor.toml``.
    """
    env = os.environ if environ is None else environ
    if config_dir is None:
        config_dir = Path(env.get("MONITOR_CONFIG_DIR") or DEFAULT_CONFIG_DIR)
    if not config_dir.is_dir():
        raise ConfigError(str(config_dir), None, "configuration folder not found")
    main_path = config_dir / "monitor.toml"
    raw = _read_toml(main_path, required=False)
    source = str(main_path)
    for key in raw:
        if key not in _SECTIONS and key not in _FOREIGN_SECTIONS:
            raise ConfigError(source, key, "unknown section "
                              f"(known: {', '.join(sorted([*_SECTIONS, *_FOREIGN_SECTIONS]))})")
    sections = {name: _section(name, cls, raw.get(name), source=source, environ=env)
                for name, cls in _SECTIONS.items()}
    _check_values(sections, source)
    _check_statements(raw, source)
    if database_url:
        sections["database"] = dataclasses.replace(sections["database"], url=database_url)
    return Settings(
        config_dir=config_dir,
        feeds=_load_feeds(config_dir / "feeds.toml"),
        topics=_load_topics(config_dir / "topics.toml"),
        raw=raw,
        **sections,
    )
