"""Conditional GETs of feeds on libcurl's multi interface: the fast path of a poll (issue 12).

Most polls of a feed reader are conditional GETs answered 304. Through httpx each cost
~0.5-0.6 ms of Python (URL and header models, h11's state machine, pool bookkeeping); libcurl
does the HTTP in C, leaving ~40 us of Python per poll (``bench/bench_poll.py --curl``).

This path answers what it can answer exactly as :class:`~monitor.fetch.http.Fetcher` does,
through the same functions (``monitor.fetch.answer``), and hands the rest back to it
(``None``):

- a 304, or a 200 that carries the very ETag we sent: ``NotModified``;
- any other 2xx: ``FeedBody``, the body read once and decoded with the Fetcher's capped
  decoder (so a feed that changed costs one request, not a header probe and then a GET);
- an error status (404, 410, 429, 5xx, ...): the Fetcher's ``FetchFailure``;
- a transfer cut by the deadline or by a connect/read timeout: the Fetcher's ``deadline`` or
  ``timeout`` failure (asking again through httpx would make a dead host cost two deadlines).

A redirect, a refused or unresolvable address, a refused connection, a TLS error and any
other libcurl error go to the Fetcher, which makes the request again with its own rules and
says precisely what went wrong.

The address guard holds as in ``transport.GuardedBackend``: the URL is checked
(``AddressGuard.check_url``: http/https, literal addresses), the host is resolved once by the
guard (every address vetted; a name with any refused address is refused as a whole) and
pinned with ``CURLOPT_RESOLVE``, and ``CURLOPT_OPENSOCKETFUNCTION`` vets the address libcurl
actually connects to (a socket is refused unless the guard allows it and it is one of the
pinned addresses). libcurl speaks only http/https here (``CURLOPT_PROTOCOLS``), follows no
redirect, uses no proxy (not even from the environment), keeps no cookies and decodes no
content encoding itself (the Accept-Encoding header is the Fetcher's, the body is decoded and
capped at ``max_bytes`` by its decoder). The Fetcher's deadline is ``CURLOPT_TIMEOUT_MS``.
HTTPS is verified against certifi's CAs; with a ``ca_bundle`` set, or without pycurl
installed, every request goes to the Fetcher.
"""

from __future__ import annotations

import ipaddress
import math
import socket
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

from monitor.fetch.answer import (
    DEADLINE_SLACK,
    REDIRECT_STATUSES,
    Decoder,
    Failed,
    body_decoder,
    feed_body,
    mid_answer,
    not_modified,
    status_failure,
    timed_out,
)
from monitor.fetch.guard import AddressGuard
from monitor.types import FetchFailure, FetchResult

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


class _Poll:
    """The state of one conditional GET on a curl handle."""

    __slots__ = ("answer", "decoder", "etag", "handoff", "headers", "key", "max_bytes",
                 "request_url", "started", "status", "vetted")

    def __init__(self, request_url: str, etag: str | None, key: object,
                 vetted: frozenset[str], max_bytes: int) -> None:
        self.request_url = request_url
        self.etag = etag
        self.key = key
        self.vetted = vetted
        self.max_bytes = max_bytes
        self.started = time.monotonic()
        self.status = 0
        self.headers: dict[str, str] = {}
        self.answer: FetchResult | None = None
        self.decoder: Decoder | None = None  # set while a 2xx body is being read
        self.handoff = False  # the Fetcher answers this one (a redirect, a refused socket)

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

    def body(self, chunk: bytes) -> int | None:
        """libcurl's write callback: a 2xx body is decoded as it comes; any other answer is
        decided on its headers and the transfer stopped (returning 0 stops it)."""
        if self.decoder is None and (self.answer is not None or self.handoff
                                     or not self._decide()):
            return 0
        assert self.decoder is not None
        try:
            self.decoder.feed(chunk)
        except Failed as failed:  # over the cap, or a corrupt encoding
            self._fail(failed)
            return 0
        return None  # every byte taken

    def _fail(self, failed: Failed) -> None:
        self.answer = FetchFailure(self.request_url, failed.reason, failed.message, self.status)
        self.decoder = None

    def _decide(self) -> bool:
        """Decide on the headers; True when a 2xx body is to be read."""
        header = self.headers.get
        status = self.status
        self.answer = not_modified(status, self.etag, header, self.request_url)
        if self.answer is not None:
            return False
        if 200 <= status < 300:
            try:
                self.decoder = body_decoder(status, header, self.max_bytes)
            except Failed as failed:
                self._fail(failed)
                return False
            return True
        if status < 200 or (status in REDIRECT_STATUSES and header("location")):
            self.handoff = True  # redirects are followed (and vetted) by the Fetcher
            return False
        self.answer = status_failure(self.request_url, status, header)
        return False

    def finished(self, error: int, message: str, deadline: float, connected: bool
                 ) -> FetchResult | None:
        """The answer once the transfer is over (None: ask the Fetcher). ``error`` is
        libcurl's code (0: the transfer completed), ``connected`` whether a connection was
        made (a timeout before it is the Fetcher's ``ConnectTimeout``)."""
        if self.handoff:
            return None
        if error == 0 and self.answer is None and self.decoder is None and self.status:
            self._decide()  # no body came: a 304, an empty 200, an error status
        if self.decoder is not None:
            if error == 0:
                try:
                    content = self.decoder.finish()
                except Failed as failed:
                    self._fail(failed)
                    return self.answer
                self.decoder = None
                self.answer = feed_body(self.request_url, content, self.headers.get,
                                        self.started)
                return self.answer
            if error != pycurl.E_OPERATION_TIMEDOUT:
                return mid_answer(self.request_url, f"libcurl error {error}: {message}")
        if self.answer is not None:
            return self.answer  # decided on the headers (libcurl then reports the stop)
        if error == pycurl.E_OPERATION_TIMEDOUT:
            at_deadline = time.monotonic() - self.started >= deadline - DEADLINE_SLACK
            return timed_out(self.request_url, deadline, at_deadline,
                             "ReadTimeout" if connected else "ConnectTimeout")
        return None


class ConditionalPoller:
    """Runs conditional GETs of feeds on one curl multi handle (see the module docstring).

    ``poll`` yields ``(key, FetchResult | None)`` for each ``(key, url, headers, etag)``;
    the limits are the Fetcher's: at most ``global_concurrency`` transfers, and connections,
    at once, at most ``per_host_concurrency`` per host, kept alive between polls.
    """

    def __init__(self, guard: AddressGuard, resolve: VettedResolver, *, deadline: float,
                 connect_timeout: float, read_timeout: float, global_concurrency: int,
                 per_host_concurrency: int, ca_file: str, max_bytes: int) -> None:
        assert pycurl is not None, "check available() first"
        self.guard = guard
        self.resolve = resolve
        self.deadline = deadline
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.workers = global_concurrency
        self.per_host = per_host_concurrency
        self.ca_file = ca_file
        self.max_bytes = max_bytes
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
            poll.handoff = True  # the Fetcher says why (blocked_address)
            return pycurl.SOCKET_BAD
        sock = socket.socket(family, socktype, protocol)
        self._opened.append(sock)  # pycurl works on a dup of its descriptor: closed below
        return sock

    def poll(self, items: Sequence[tuple[object, str, list[str], str | None]]
             ) -> Generator[tuple[object, FetchResult | None], None, None]:
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
             ) -> Iterator[tuple[object, FetchResult | None]]:
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
                ended = [(handle, 0, "") for handle in ok] + [tuple(entry) for entry in failed]
                for handle, error, message in ended:
                    self.multi.remove_handle(handle)
                    active.discard(handle)
                    running -= 1
                    host, poll = handle.host, handle.poll
                    handle.poll = None
                    # a kept-alive connection (no new one made) or a connect completed
                    connected = (handle.getinfo(pycurl.NUM_CONNECTS) == 0
                                 or handle.getinfo(pycurl.CONNECT_TIME) > 0)
                    self._free.append(handle)
                    in_flight[host] -= 1
                    if host in waiting and host not in is_ready:  # its turn again, first
                        ready.appendleft(host)
                        is_ready.add(host)
                    yield poll.key, poll.finished(error, message, self.deadline, connected)
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
            ipaddress.ip_address(a).compressed for a in addresses), self.max_bytes)
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
        if not url.isascii() or any(ch.isspace() or ord(ch) < 0x20 for ch in url):
            return None  # httpx percent-encodes such a URL (and reports it as it sends it)
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
