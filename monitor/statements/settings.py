"""The ``[statements]`` section of monitor.toml: defined in :mod:`monitor.config`, which
validates every section at load; re-exported here for the statements area."""

from __future__ import annotations

from monitor.config import (
    DEFAULT_LOOKBACK_DAYS,
    DEFAULT_OFFICIALS_FILE,
    StatementsSettings,
    statements_settings,
)

__all__ = ["DEFAULT_LOOKBACK_DAYS", "DEFAULT_OFFICIALS_FILE", "StatementsSettings",
           "statements_settings"]
