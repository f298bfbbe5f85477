"""Conditional GETs of feeds on libcurl's multi interface: the fast path for 304s (issue 12).

Most polls of a feed reader are conditional GETs answered 304. Through httpx each cost
~0.5-0.6 ms of Python (URL and header models, h11's state machine, pool bookkeeping); libcurl
does the HTTP in C, leaving ~40 us of Python per poll (``bench/bench_poll.py --curl``).

This path answers only what it can answer exactly as :class:`~monitor.fetch.http.Fetcher`
does, and hands everything else back to it (``None``): it yields ``NotModified`` for a 304, or
for a 200 that carries the very ETag we sent (the Fetcher's rule), and nothing else. A body, a
redirect, an error status, a timeout, a refused or unresolvable address are all answered by
the Fetcher, which then makes the request again with its own rules (so a feed that changed
costs two requests, the first stopped at its headers).

The address guard holds as in ``transport.GuardedBackend``: the URL is checked
(``AddressGuard.check_url``: http/https, literal addresses), the host is resolved once by the
guard (every address vetted; a name with any refused address is refused as a whole) and
pinned with ``CURLOPT_RESOLVE``, and ``CURLOPT_OPENSOCKETFUNCTION`` vets the address libcurl
actually connects to (a socket is refused unless the guard allows it and it is one of the
pinned addresses). libcurl speaks only http/https here (``CURLOPT_PROTOCOLS``), follows no
redirect, uses no proxy (not even from the environment) and keeps no cookies. The Fetcher's
deadline is ``CURLOPT_TIMEOUT_MS``; no body is ever read (the first body byte stops the
transfer), so the size cap cannot be reached. HTTPS is verified against certifi's CAs; with a
``ca_bundle`` set, or without pycurl installed, every request goes to the Fetcher.
"""

from __future__ import annotations

import ipaddress
import math
import socket
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

from monitor.fetch.guard import AddressGuard
from monitor.types import NotModified

try:
    import pycurl
except ImportError:  # optional: without it every poll goes through the httpx Fetcher
    pycurl = None

# Wait for socket activity at most this long per turn of the loop: short enough to start
# queued transfers promptly, long enough not to spin (libcurl wakes it on any activity).
SELECT_TIMEOUT_S = 0.05
# The read timeout as libcurl's low-speed limit: under this many bytes/s for read_timeout
# seconds is a stalled transfer (the nearest libcurl has to "silence between two reads").
LOW_SPEED_BYTES = 1

# Resolves many (host, port) to the guard's vetted addresses, side by side, within a timeout in
# seconds; a refused, unknown or slow name maps to its exception (the Fetcher then answers it
# with the precise failure). ``resolve.resolve_all`` with the Fetcher's guard.
VettedResolver = Callable[[list[tuple[str, int]], float],
                          dict[tuple[str, int], "list[str] | BaseException"]]


def available() -> bool:
    """True when pycurl (libcurl) can be used."""
    return pycurl is not None


def host_key(url: str) -> str:
    """The politeness key of a URL, as ``http.host_key``: its lower-case host name."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def _parse_max_age(value: str | None) -> float | None:
    from monitor.fetch.http import parse_max_age

    return parse_max_age(value)


class _Poll:
    """The state of one conditional GET on a curl handle."""

    __slots__ = ("answer", "etag", "headers", "key", "request_url", "status", "vetted")

    def __init__(self, request_url: str, etag: str | None, key: object,
                 vetted: frozenset[str]) -> None:
        self.request_url = request_url
        self.etag = etag
        self.key = key
        self.vetted = vetted
        self.status = 0
        self.headers: dict[str, str] = {}
        self.answer: NotModified | None = None

    def header_line(self, line: bytes) -> None:
        """libcurl's header callback: the status line, then one header per call."""
        if line.startswith(b"HTTP/"):
            parts = line.split(None, 2)
            self.status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
            self.headers = {}  # a new response (after a 1xx): its own headers
            return
        name, sep, value = line.partition(b":")
        if not sep:
            return
        key = name.strip().lower().decode("latin-1")
        text = value.strip().decode("latin-1")
        self.headers[key] = f"{self.headers[key]}, {text}" if key in self.headers else text

    def body(self, _chunk: bytes) -> int:
        """libcurl's write callback: a body is never read here (0 stops the transfer)."""
        self._decide()
        return 0

    def _decide(self) -> None:
        if self.answer is not None:
            return
        status = self.status
        if status == 304 or (status == 200 and self.etag and
                             self.headers.get("etag") == self.etag):
            self.answer = NotModified(self.request_url,
                                      _parse_max_age(self.headers.get("cache-control")))

    def finished(self) -> NotModified | None:
        """The answer once the transfer is over (None: ask the Fetcher)."""
        self._decide()
        return self.answer


class ConditionalPoller:
    """Runs conditional GETs of feeds on one curl multi handle (see the module docstring).

    ``poll`` yields ``(key, NotModified | None)`` for each ``(key, url, headers, etag)``;
    the limits are the Fetcher's: at most ``global_concurrency`` transfers, and connections,
    at once, at most ``per_host_concurrency`` per host, kept alive between polls.
    """

    def __init__(self, guard: AddressGuard, resolve: VettedResolver, *, deadline: float,
                 connect_timeout: float, read_timeout: float, global_concurrency: int,
                 per_host_concurrency: int, ca_file: str) -> None:
        assert pycurl is not None, "check available() first"
        self.guard = guard
        self.resolve = resolve
        self.deadline = deadline
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.workers = global_concurrency
        self.per_host = per_host_concurrency
        self.ca_file = ca_file
        self.multi = pycurl.CurlMulti()
        self.multi.setopt(pycurl.M_MAX_HOST_CONNECTIONS, per_host_concurrency)
        self.multi.setopt(pycurl.M_MAX_TOTAL_CONNECTIONS, global_concurrency)
        self._free: list[Any] = []
        self._opened: list[socket.socket] = []

    def _handle(self) -> Any:
        if self._free:
            return self._free.pop()
        c = pycurl.Curl()
        c.setopt(pycurl.PROTOCOLS, pycurl.PROTO_HTTP | pycurl.PROTO_HTTPS)
        c.setopt(pycurl.REDIR_PROTOCOLS, pycurl.PROTO_HTTP | pycurl.PROTO_HTTPS)
        c.setopt(pycurl.FOLLOWLOCATION, 0)
        c.setopt(pycurl.PROXY, "")  # no proxy, not even from the environment (the guard)
        c.setopt(pycurl.NOSIGNAL, 1)
        c.setopt(pycurl.HTTP_VERSION, pycurl.CURL_HTTP_VERSION_1_1)
        c.setopt(pycurl.CONNECTTIMEOUT_MS, max(1, int(self.connect_timeout * 1000)))
        c.setopt(pycurl.TIMEOUT_MS, max(1, int(self.deadline * 1000)))
        c.setopt(pycurl.LOW_SPEED_LIMIT, LOW_SPEED_BYTES)
        c.setopt(pycurl.LOW_SPEED_TIME, max(1, math.ceil(self.read_timeout)))
        c.setopt(pycurl.CAINFO, self.ca_file)
        c.setopt(pycurl.SSL_VERIFYPEER, 1)
        c.setopt(pycurl.SSL_VERIFYHOST, 2)
        c.setopt(pycurl.OPENSOCKETFUNCTION, lambda purpose, address: self._open(c, address))
        return c

    def _open(self, handle: Any, address: Any) -> Any:
        """CURLOPT_OPENSOCKETFUNCTION: a socket only to a vetted address."""
        family, socktype, protocol, where = address
        poll: _Poll | None = getattr(handle, "poll", None)
        if poll is None or family not in (socket.AF_INET, socket.AF_INET6):
            return pycurl.SOCKET_BAD
        try:
            ip = ipaddress.ip_address(str(where[0]).split("%", 1)[0])
        except (TypeError, ValueError, IndexError):
            return pycurl.SOCKET_BAD
        if ip.compressed not in poll.vetted or self.guard.refusal(ip) is not None:
            return pycurl.SOCKET_BAD
        sock = socket.socket(family, socktype, protocol)
        self._opened.append(sock)  # pycurl works on a dup of its descriptor: closed below
        return sock

    def poll(self, items: Sequence[tuple[object, str, list[str], str | None]]
             ) -> Generator[tuple[object, NotModified | None], None, None]:
        """Conditional GETs of ``(key, url, header lines, etag sent)``; yields each key with
        its answer (None: the Fetcher must answer this one) as transfers finish."""
        pending = list(items)
        # every host of the batch resolved first, side by side (per call: DNS may change), so
        # a slow lookup never holds up the transfers in flight
        names = [name for name in map(self._name, (item[1] for item in pending)) if name]
        vetted = self.resolve(names, self.connect_timeout) if names else {}
        active: set[Any] = set()
        try:
            yield from self._run(pending, vetted, active)
        finally:  # stopped early: drop the transfers in flight
            for handle in active:
                self.multi.remove_handle(handle)
                handle.poll = None
                self._free.append(handle)

    def _run(self, pending: list[tuple[object, str, list[str], str | None]],
             vetted: dict[tuple[str, int], list[str] | BaseException], active: set[Any]
             ) -> Iterator[tuple[object, NotModified | None]]:
        # A transfer starts only when its host has room (as the Fetcher's _Board does), so
        # its deadline never runs while it waits for a connection; hosts are served depth
        # first, on kept-alive connections.
        waiting: dict[str, deque[tuple[object, str, list[str], str | None]]] = {}
        for item in reversed(pending):
            waiting.setdefault(host_key(item[1]), deque()).append(item)
        ready = deque(waiting)
        is_ready = set(waiting)
        in_flight = dict.fromkeys(waiting, 0)
        running = 0
        while ready or running:
            while ready and running < self.workers:
                host = ready.popleft()
                is_ready.discard(host)
                key, url, header_lines, etag = waiting[host].popleft()
                handle = self._start(url, header_lines, etag, key, vetted)
                if handle is None:
                    yield key, None
                else:
                    handle.host = host
                    active.add(handle)
                    in_flight[host] += 1
                    running += 1
                if not waiting[host]:
                    del waiting[host]
                elif in_flight[host] < self.per_host:
                    ready.appendleft(host)
                    is_ready.add(host)
            if not running:
                continue
            while self.multi.perform()[0] == pycurl.E_CALL_MULTI_PERFORM:
                pass
            while self._opened:  # libcurl holds its own duplicate of each new socket
                self._opened.pop().close()
            while True:
                queued, ok, failed = self.multi.info_read()
                for handle in [*ok, *(entry[0] for entry in failed)]:
                    self.multi.remove_handle(handle)
                    active.discard(handle)
                    running -= 1
                    host, poll = handle.host, handle.poll
                    handle.poll = None
                    self._free.append(handle)
                    in_flight[host] -= 1
                    if host in waiting and host not in is_ready:  # its turn again, first
                        ready.appendleft(host)
                        is_ready.add(host)
                    yield poll.key, poll.finished()
                if not queued:
                    break
            if running:
                self.multi.select(SELECT_TIMEOUT_S)

    def _start(self, url: str, header_lines: list[str], etag: str | None, key: object,
               vetted: dict[tuple[str, int], list[str] | BaseException]) -> Any:
        """Add the transfer of ``url`` to the multi handle; None when the Fetcher must take
        it (see :meth:`_target`)."""
        target = self._target(url, vetted)
        if target is None:
            return None
        host, port, addresses = target
        handle = self._handle()
        handle.poll = _Poll(url, etag, key, frozenset(
            ipaddress.ip_address(a).compressed for a in addresses))
        handle.setopt(pycurl.URL, url)
        handle.setopt(pycurl.HTTPHEADER, header_lines)
        handle.setopt(pycurl.RESOLVE, [f"{host}:{port}:" + ",".join(
            f"[{a}]" if ":" in a else a for a in addresses)])
        handle.setopt(pycurl.HEADERFUNCTION, handle.poll.header_line)
        handle.setopt(pycurl.WRITEFUNCTION, handle.poll.body)
        self.multi.add_handle(handle)
        return handle

    def _name(self, url: str) -> tuple[str, int] | None:
        """(host, port) of a URL this path may fetch; None when the Fetcher must take it (a
        scheme or literal address the guard refuses, no host, credentials in the URL)."""
        try:
            self.guard.check_url(url)
            parts = urlsplit(url)
            host = parts.hostname
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        except Exception:  # the Fetcher says what is wrong with it
            return None
        if not host or parts.username is not None or parts.password is not None:
            return None
        return host.strip("[]"), port

    def _target(self, url: str, vetted: dict[tuple[str, int], list[str] | BaseException]
                ) -> tuple[str, int, list[str]] | None:
        """(host, port, vetted addresses) for ``url``; None when the Fetcher must take it."""
        name = self._name(url)
        addresses = vetted.get(name) if name is not None else None
        if not isinstance(addresses, list) or not addresses or any("%" in a for a in addresses):
            return None  # refused, unknown, slow, or a zone id: the Fetcher answers it
        assert name is not None
        return name[0], name[1], addresses

    def close(self) -> None:
        """Close every handle and the connections they keep."""
        for handle in self._free:
            handle.close()
        self._free = []
        self.multi.close()
