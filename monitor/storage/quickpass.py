"""`monitor run --once` when nothing is due, answered without loading the pipeline (issue 12).

Cron-style use starts a process for every pass, and most passes find nothing due; loading
SQLAlchemy's ORM, the fetcher and the stages took most of such a pass. For a SQLite database
this module asks the file directly (stdlib ``sqlite3``): the schema is at
:data:`~monitor.storage.revision.HEAD_REVISION`, every feed of feeds.toml is stored exactly as
configured (else the normal path syncs it), and no enabled feed is due and unleased (the rule of
``storage.feeds.claim_due_feeds``). Then it writes the heartbeat the normal pass would and the
pass is over. Anything else, or any doubt (PostgreSQL, a missing file, a SQLite error), goes
the normal way.
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from monitor.config import FeedConfig, Settings
from monitor.storage.revision import HEAD_REVISION

SQLITE_PREFIX = "sqlite:///"
SQLITE_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores UTCDateTime in SQLite


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///PATH`` URL; None for anything else."""
    if not url.startswith(SQLITE_PREFIX) or "?" in url:
        return None
    path = url[len(SQLITE_PREFIX):]
    return Path(path) if path and path != ":memory:" else None


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(tzinfo=None).strftime(SQLITE_TIME_FORMAT)


def synced(rows: list[tuple[Any, ...]], feeds: tuple[FeedConfig, ...]) -> bool:
    """True when every configured feed is stored as configured; ``rows`` are the stored
    ``(name, url, outlet, interval_seconds, full_text, tags)`` (tags as JSON text on SQLite,
    as a list from PostgreSQL)."""
    stored = {url: (name, outlet, interval, bool(full_text),
                    json.loads(tags or "[]") if isinstance(tags, str | None) else tags)
              for name, url, outlet, interval, full_text, tags in rows}
    for cfg in feeds:
        interval = int(cfg.interval) if cfg.interval is not None else None
        if stored.get(cfg.url) != (cfg.name, cfg.outlet, interval, cfg.full_text,
                                   list(cfg.tags)):
            return False
    return True


def nothing_due(settings: Settings, now: datetime) -> bool:
    """True when a pass now would poll nothing (see the module docstring)."""
    path = sqlite_file(settings.database_url)
    if path is None or not path.is_file():
        return False
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                     timeout=settings.database.busy_timeout)) as con:
            version = con.execute("SELECT version_num FROM alembic_version").fetchone()
            if version != (HEAD_REVISION,):
                return False
            rows = con.execute(
                "SELECT name, url, outlet, interval_seconds, full_text, tags FROM feeds"
            ).fetchall()
            if not synced(rows, settings.feeds):
                return False
            stamp = _stamp(now)
            (due,) = con.execute(
                "SELECT count(*) FROM feeds WHERE enabled = 1 AND next_check_at <= ? "
                "AND (lease_until IS NULL OR lease_until < ?)", (stamp, stamp)).fetchone()
            return int(due) == 0
    except (sqlite3.Error, ValueError):  # locked, damaged, unexpected: the normal path decides
        return False


def instance_name() -> str:
    """A name unique to this process (daemon or one pass): host, pid and a random suffix."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def record_heartbeat(settings: Settings, now: datetime) -> None:
    """The heartbeat of a pass that polled nothing (what ``Daemon.tick`` writes)."""
    path = sqlite_file(settings.database_url)
    assert path is not None
    info = {"polled": 0, "failures": 0, "new_articles": 0, "consecutive_tick_failures": 0,
            "tick_error": None}
    instance = instance_name()
    with closing(sqlite3.connect(path, timeout=settings.database.busy_timeout)) as con, con:
        con.execute("INSERT INTO daemon_state (instance, hostname, pid, started_at, "
                    "last_tick_at, info) VALUES (?, ?, ?, ?, ?, ?)",
                    (instance, socket.gethostname(), os.getpid(), _stamp(now), _stamp(now),
                     json.dumps(info)))
