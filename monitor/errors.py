"""The exception tree. Every error monitor raises on purpose derives from MonitorError::

    MonitorError
    ├── ConfigError          a config file or environment value is wrong (names file and key)
    ├── FetchError           a network fetch failed (wraps the httpx / socket error)
    │   └── BlockedAddress   the address guard refused a URL or a redirect target
    ├── ParseError           a feed or page could not be read at all
    ├── StorageError         the database refused or is unreachable
    ├── ReadOnlyViolation    ``monitor sql`` was given a statement that writes
    └── AlertError           an alert channel refused a message
        └── PermanentAlertError   ... and retrying will not help (goes dead at once)
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base of every error monitor raises on purpose."""


class ConfigError(MonitorError):
    """A configuration file or environment variable is invalid.

    The message names the file (or variable) and the key.
    """

    def __init__(self, source: str, key: str | None, problem: str) -> None:
        self.source = source
        self.key = key
        self.problem = problem
        where = f"{source}: {key}" if key else source
        super().__init__(f"{where}: {problem}")


class FetchError(MonitorError):
    """A fetch failed; ``url`` is the URL asked for."""

    def __init__(self, url: str, message: str) -> None:
        self.url = url
        super().__init__(f"{url}: {message}")


class BlockedAddress(FetchError):
    """The address guard refused the URL or a redirect target."""


class ParseError(MonitorError):
    """A document could not be parsed at all."""


class StorageError(MonitorError):
    """The database refused an operation or could not be reached."""


class ReadOnlyViolation(MonitorError):
    """A query given to the read-only SQL console tried to write."""


class AlertError(MonitorError):
    """An alert channel failed to take a message; it will be retried."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(message)


class PermanentAlertError(AlertError):
    """An alert channel refused a message for good (bad webhook, no such service)."""
