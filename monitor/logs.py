"""Logging set-up: text or JSON lines, untrusted text escaped, noisy libraries quiet.

Feed content reaches log messages (titles, error texts from servers). Control characters are
escaped in every record so that a hostile feed cannot forge log lines; the ``httpx`` and
``httpcore`` loggers stay at WARNING because at INFO they print full URLs with their secrets.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

_CONTROL = {i: f"\\x{i:02x}" for i in range(32) if i not in (9,)}
_CONTROL.update({10: "\\n", 13: "\\r", 127: "\\x7f"})
QUIET_LOGGERS = ("httpx", "httpcore", "apscheduler", "trafilatura", "urllib3", "alembic")


def escape_control(text: str) -> str:
    """``text`` with newlines and other control characters made visible and harmless."""
    return text.translate(_CONTROL)


class TextFormatter(logging.Formatter):
    """``2026-01-01T00:00:00Z INFO monitor.pipeline: message`` with control chars escaped."""

    def format(self, record: logging.LogRecord) -> str:
        when = datetime.fromtimestamp(record.created, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        line = f"{when} {record.levelname} {record.name}: {escape_control(record.getMessage())}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and exception)."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=True)


def configure_logging(level: str = "INFO", fmt: str = "text") -> None:
    """Send monitor's logs to stderr in the chosen format."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
