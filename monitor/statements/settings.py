"""The ``[statements]`` section of monitor.toml (read from ``Settings.raw``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError

DEFAULT_LOOKBACK_DAYS = 30  # the default: a repeat within a month is not news
DEFAULT_OFFICIALS_FILE = "officials.toml"


@dataclass(frozen=True, slots=True)
class StatementsSettings:
    """Settings of the statements stage."""

    lookback: timedelta = timedelta(days=DEFAULT_LOOKBACK_DAYS)
    officials_file: str = DEFAULT_OFFICIALS_FILE
    enabled: bool = True

    def officials_path(self, config_dir: Path) -> Path:
        """Where the officials registry is, relative to the config folder."""
        return config_dir / self.officials_file


def statements_settings(raw: Mapping[str, Any] | None) -> StatementsSettings:
    """Read ``[statements]`` (lookback_days, officials_file, enabled) from parsed monitor.toml."""
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
    return StatementsSettings(timedelta(days=days), officials_file, enabled)
