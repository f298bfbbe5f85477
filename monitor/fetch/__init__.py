"""The network edge: fetching feeds and pages, the address guard, and when to check again.

Usage (the pipeline)::

    from monitor.fetch import Fetcher, FetchRequest, FetchSettings, schedule

    with Fetcher(FetchSettings(allowed_networks=("127.0.0.1/32",))) as fetcher:
        requests = [FetchRequest(f.url, etag=f.etag, last_modified=f.last_modified, key=f.id)
                    for f in due_feeds]
        for request, result in fetcher.fetch_many(requests):   # as each finishes
            match result:
                case NotModified(): ...             # nothing to parse; result.max_age
                case FeedBody(): ...                # result.content (bytes), .etag, .url, ...
                case FetchFailure(): ...            # result.reason, .message, .retry_after
        page = fetcher.fetch_page(article_url)      # FeedBody | FetchFailure

    next_at, interval = schedule.next_check(now=now, base_interval=900, result=result, ...)

Public names:

- :class:`Fetcher` — ``fetch(request | url) -> FetchResult``, ``fetch_page(url) ->
  FeedBody | FetchFailure``, ``fetch_many(requests) -> Iterator[(FetchRequest,
  FetchResult)]``, ``close()``; a context manager; thread-safe; never raises for a failed
  fetch (the result says why, see ``monitor.types.FetchFailure``: reason is one of
  ``timeout``, ``deadline``, ``connect_error``, ``network_error``, ``http_<status>`` (404,
  410, 429, ...), ``http_5xx``, ``too_large``, ``bad_encoding``, ``blocked_address``,
  ``too_many_redirects``, ``redirect_loop``, ``invalid_url``, ``internal_error``).
- :class:`FetchRequest` — url, etag, last_modified, kind ("feed" | "page"), key (yours).
- :class:`FetchSettings` (alias ``FetchLimits``) — max_bytes, deadline, connect_timeout,
  read_timeout, max_redirects, user_agent, allowed_networks, global_concurrency,
  per_host_concurrency, ca_bundle, curl_conditional (conditional GETs in ``fetch_many``
  through libcurl first, ``monitor.fetch.curl``).
- :func:`fetcher_from_settings` — a Fetcher from the ``[fetch]`` config section.
- :class:`AddressGuard`, :func:`classify_address` — the SSRF policy (``guard``).
- ``schedule`` — pure functions: when to check a feed next (``schedule.next_check``).
"""

from __future__ import annotations

from typing import Protocol

from monitor.fetch import schedule
from monitor.fetch.guard import AddressGuard, Resolver, classify_address
from monitor.fetch.http import (
    USER_AGENT,
    Fetcher,
    FetchLimits,
    FetchRequest,
    FetchSettings,
    parse_max_age,
    parse_retry_after,
)


class FetchConfig(Protocol):
    """The ``[fetch]`` config section as ``monitor.config.FetchSettings`` gives it."""

    @property
    def max_bytes(self) -> int: ...
    @property
    def deadline(self) -> float: ...
    @property
    def connect_timeout(self) -> float: ...
    @property
    def read_timeout(self) -> float: ...
    @property
    def max_redirects(self) -> int: ...
    @property
    def user_agent(self) -> str: ...
    @property
    def allowed_networks(self) -> tuple[str, ...]: ...
    @property
    def concurrency(self) -> int: ...
    @property
    def per_host(self) -> int: ...
    @property
    def curl(self) -> bool: ...


def settings_from_config(config: FetchConfig) -> FetchSettings:
    """Fetch limits from the ``[fetch]`` config section (empty user_agent: the default)."""
    return FetchSettings(
        max_bytes=config.max_bytes,
        deadline=config.deadline,
        connect_timeout=config.connect_timeout,
        read_timeout=config.read_timeout,
        max_redirects=config.max_redirects,
        user_agent=config.user_agent or USER_AGENT,
        allowed_networks=tuple(config.allowed_networks),
        global_concurrency=config.concurrency,
        per_host_concurrency=config.per_host,
        curl_conditional=config.curl,
    )


def fetcher_from_settings(config: FetchConfig, resolver: Resolver | None = None) -> Fetcher:
    """A :class:`Fetcher` built from the ``[fetch]`` config section."""
    return Fetcher(settings_from_config(config), resolver=resolver)


__all__ = [
    "USER_AGENT",
    "AddressGuard",
    "FetchConfig",
    "FetchLimits",
    "FetchRequest",
    "FetchSettings",
    "Fetcher",
    "classify_address",
    "fetcher_from_settings",
    "parse_max_age",
    "parse_retry_after",
    "schedule",
    "settings_from_config",
]
