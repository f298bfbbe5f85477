"""The HTTP client: conditional GETs of feeds and pages, with caps, a deadline and the guard.

:class:`Fetcher` turns a :class:`FetchRequest` into a :data:`~monitor.types.FetchResult`
(``NotModified`` | ``FeedBody`` | ``FetchFailure``); it never raises for a failed fetch.

- Conditional GET from the stored ETag / Last-Modified; 304 gives ``NotModified``, and so
  does a 200 carrying the very ETag we sent (a server that ignores If-None-Match).
- Redirects are followed by hand (at most ``max_redirects``), each target checked by the
  guard; a URL seen twice is a redirect loop.
- The body is decoded here, at most one Content-Encoding (gzip or deflate), counting decoded
  bytes while streaming: a gzip bomb stops at ``max_bytes``.
- A total deadline per fetch on top of connect/read timeouts (see ``transport``).
- Global and per-host concurrency limits, shared by every call on one Fetcher.
- ``fetch_many`` polls a batch on a small pool of threads over one synchronous httpx
  transport (measured much faster than httpx.AsyncClient here; see bench/bench_poll.py);
  no httpx.Client on top: redirects are ours and cookies are never kept. Its conditional GETs
  of feeds go through libcurl first (``monitor.fetch.curl``: 304s for a tenth of the CPU);
  whatever libcurl cannot answer exactly as this module would comes back here.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

import certifi

from monitor import __version__
from monitor.errors import BlockedAddress, FetchError
from monitor.fetch import curl, resolve
from monitor.fetch.answer import (
    DEADLINE_SLACK,
    REDIRECT_STATUSES,
    Failed,
    body_decoder,
    feed_body,
    mid_answer,
    not_modified,
    status_failure,
    timed_out,
)
from monitor.fetch.answer import (
    parse_max_age as parse_max_age,  # re-exported: public here before answer.py
)
from monitor.fetch.answer import (
    parse_retry_after as parse_retry_after,
)
from monitor.fetch.curl import ConditionalPoller
from monitor.fetch.guard import AddressGuard, Resolver
from monitor.types import FeedBody, FetchFailure, FetchResult, NotModified

if TYPE_CHECKING:  # httpx loads with the first request it makes: a pass of 304s on libcurl
    import httpx  # makes none (importing httpx and httpcore was ~0.1 s of such a pass)

    from monitor.fetch.transport import GuardedTransport

# httpx logs every request's full URL (query strings with tokens included) at INFO.
logging.getLogger("httpx").setLevel(logging.WARNING)
logging.getLogger("httpcore").setLevel(logging.WARNING)
log = logging.getLogger(__name__)

MIB = 1024 * 1024
MAX_BYTES = 15 * MIB  # decoded body cap: the largest real feeds we know are ~5 MiB; 3x margin
DEADLINE_SECONDS = 30.0  # whole fetch incl. redirects: a feed slower than this is broken today
CONNECT_TIMEOUT = 10.0  # TCP + TLS handshake; a healthy server answers in well under a second
READ_TIMEOUT = 15.0  # silence between two reads; longer waits are cut by the deadline anyway
MAX_REDIRECTS = 5  # browsers allow ~20; feeds rarely hop more than twice (http->https->www)
GLOBAL_CONCURRENCY = 8  # worker threads: the GIL caps CPU-bound gains; 8 hides network latency
PER_HOST_CONCURRENCY = 2  # politeness: RFC 2616 8.1.4 asked for <= 2 connections per server
# Descriptive, without a made-up contact: operators add theirs with `fetch.user_agent`
# (e.g. "monitor/0.1 (press office of X; +mailto:ops@example.org)").
USER_AGENT = f"monitor/{__version__} (news media monitoring; feed reader)"

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
ACCEPT_ENCODING = "gzip, deflate"  # the decoders below; br/zstd need extra packages
DRAIN_MAX = 64 * 1024  # unwanted bodies (304, redirects, errors) read to keep the connection
RESULT_QUEUE_PER_WORKER = 2  # finished fetches held for a slow consumer, per worker (memory cap)


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits and identity of the fetcher (built by config; defaults are the constants above).

    ``allowed_networks`` lifts the address guard for these networks (``"127.0.0.1/32"`` in
    tests and ``monitor demo``). ``ca_bundle`` adds a CA file for servers with a private CA;
    TLS verification is always on.
    """

    max_bytes: int = MAX_BYTES
    deadline: float = DEADLINE_SECONDS
    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    max_redirects: int = MAX_REDIRECTS
    user_agent: str = USER_AGENT
    allowed_networks: tuple[str, ...] = ()
    global_concurrency: int = GLOBAL_CONCURRENCY
    per_host_concurrency: int = PER_HOST_CONCURRENCY
    ca_bundle: str | None = None
    # conditional GETs of feeds in fetch_many go through libcurl first (monitor.fetch.curl)
    curl_conditional: bool = True

    def __post_init__(self) -> None:
        positive = {
            "max_bytes": self.max_bytes, "deadline": self.deadline,
            "connect_timeout": self.connect_timeout, "read_timeout": self.read_timeout,
            "global_concurrency": self.global_concurrency,
            "per_host_concurrency": self.per_host_concurrency,
        }
        for name, value in positive.items():
            if value <= 0:
                raise ValueError(f"fetch setting {name} must be positive, not {value!r}")
        if self.max_redirects < 0:
            raise ValueError(f"fetch setting max_redirects must be >= 0, not {self.max_redirects}")


FetchLimits = FetchSettings  # the name the issue used


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """One URL to fetch, with the validators stored from its last 200.

    ``key`` is the caller's (a feed id, say): it comes back with the result of ``fetch_many``.
    ``kind`` chooses the Accept header: ``"feed"`` or ``"page"``.
    """

    url: str
    etag: str | None = None
    last_modified: str | None = None
    kind: Literal["feed", "page"] = "feed"
    key: object = field(default=None, compare=False)


def _drain(response: httpx.Response) -> None:
    """Read a small body we do not keep, so the connection can be reused (keep-alive).

    A body larger than ``DRAIN_MAX`` is left unread: closing the connection is cheaper.
    """
    seen = 0
    for chunk in response.iter_raw():
        seen += len(chunk)
        if seen > DRAIN_MAX:
            return


class _HostSlots:
    """Global and per-host semaphores shared by every call on one Fetcher."""

    def __init__(self, global_limit: int, per_host: int) -> None:
        self.global_sem = threading.BoundedSemaphore(global_limit)
        self.per_host = per_host
        self._hosts: dict[str, threading.BoundedSemaphore] = {}
        self._lock = threading.Lock()

    @contextmanager
    def hold(self, host: str) -> Iterator[None]:
        with self._lock:
            sem = self._hosts.get(host)
            if sem is None:
                sem = self._hosts[host] = threading.BoundedSemaphore(self.per_host)
        with sem, self.global_sem:
            yield


def host_key(url: str) -> str:
    """The politeness key of a URL: its lower-case host name ('' when unreadable)."""
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


class Fetcher:
    """Fetches feeds and pages under one set of limits; thread-safe; a context manager.

    ``resolver`` replaces DNS resolution (tests); everything else comes from ``settings``.
    """

    def __init__(
        self, settings: FetchSettings | None = None, *, resolver: Resolver | None = None
    ) -> None:
        self.settings = settings or FetchSettings()
        s = self.settings
        self.guard = AddressGuard(s.allowed_networks, resolver)
        self._transport_made: GuardedTransport | None = None
        self._transport_lock = threading.Lock()
        self._timeout: dict[str, Any] = {}
        if s.ca_bundle:  # a missing or broken CA file fails now, not at the first fetch
            self._http()
        # the headers httpx.Client sent, in its order (Accept comes with each request)
        self._base_headers = {"Connection": "keep-alive", "User-Agent": s.user_agent,
                              "Accept-Encoding": ACCEPT_ENCODING}
        self._slots = _HostSlots(s.global_concurrency, s.per_host_concurrency)

    def _http(self) -> GuardedTransport:
        """The guarded httpx transport, made on first use (thread-safe)."""
        made = self._transport_made
        if made is not None:
            return made
        with self._transport_lock:
            if self._transport_made is None:
                import httpx

                from monitor.fetch import transport

                s = self.settings
                limits = httpx.Limits(
                    max_connections=s.global_concurrency,
                    max_keepalive_connections=s.global_concurrency,
                )
                # httpx is used as a transport only: redirects, cookies (none kept) and the
                # body are handled here, so httpx.Client's layers (request merging, auth and
                # redirect hooks, cookie extraction through urllib's CookieJar) were ~25% of a
                # 304 poll's CPU for nothing (issue 12, docs/benchmarks.md).
                self._timeout = httpx.Timeout(
                    connect=s.connect_timeout, read=s.read_timeout, write=s.read_timeout,
                    pool=s.deadline,
                ).as_dict()
                self._transport_made = transport.GuardedTransport(
                    self.guard, ssl_context=transport.tls_context(s.ca_bundle), limits=limits
                )
            return self._transport_made

    # --- public API ------------------------------------------------------------------------

    def fetch(self, request: FetchRequest | str) -> FetchResult:
        """Fetch one feed (conditional GET when the request carries validators)."""
        req = FetchRequest(request) if isinstance(request, str) else request
        with self._slots.hold(host_key(req.url)):
            return self._fetch(req)

    def fetch_page(self, url: str) -> FeedBody | FetchFailure:
        """Fetch an article page (unconditional; same guard, limits and politeness)."""
        result = self.fetch(FetchRequest(url, kind="page"))
        if isinstance(result, NotModified):  # a 304 to an unconditional GET: a broken server
            return FetchFailure(url, "http_304", "The server answered 304 to a plain GET.", 304)
        return result

    def fetch_many(
        self, requests: Iterable[FetchRequest]
    ) -> Iterator[tuple[FetchRequest, FetchResult]]:
        """Fetch a batch concurrently; yield ``(request, result)`` as each finishes.

        At most ``global_concurrency`` fetches run at once, at most ``per_host_concurrency``
        per host; a host's feeds go out back to back on kept-alive connections. Results come
        in completion order (match them by ``request.key``). Closing the iterator early stops
        new fetches.
        """
        batch = list(requests)
        poller = self._poller() if any(_conditional(r) for r in batch) else None
        if poller is None:
            yield from self._fetch_threads(batch)
            return
        # 304s first, on libcurl; what it cannot answer exactly as _fetch would goes to the
        # threads below with everything else (monitor/fetch/curl.py)
        conditional = [r for r in batch if _conditional(r)]
        rest = [r for r in batch if not _conditional(r)]
        items = [(i, r.url, self._header_lines(r), r.etag) for i, r in enumerate(conditional)]
        stream = poller.poll(items)
        try:
            for i, answer in stream:
                req = conditional[int(i)]  # type: ignore[call-overload]
                if answer is None:
                    rest.append(req)
                else:
                    yield req, answer
        finally:  # also when the consumer stops early: transfers in flight are dropped
            stream.close()
            poller.close()
        yield from self._fetch_threads(rest)

    def _poller(self) -> ConditionalPoller | None:
        """A libcurl poller for this batch, when pycurl is there and the settings allow it."""
        s = self.settings
        if not s.curl_conditional or s.ca_bundle or not curl.available():
            return None
        guard = self.guard
        return curl.ConditionalPoller(
            guard, lambda targets, timeout: resolve.resolve_all(guard, targets, timeout),
            deadline=s.deadline, connect_timeout=s.connect_timeout, read_timeout=s.read_timeout,
            global_concurrency=s.global_concurrency, per_host_concurrency=s.per_host_concurrency,
            ca_file=certifi.where(), max_bytes=s.max_bytes)

    def _header_lines(self, req: FetchRequest) -> list[str]:
        """The request headers of :meth:`_send`, in its order, as ``Name: value`` lines."""
        return [f"{k}: {v}" for k, v in {**self._base_headers, **self._headers(req)}.items()]

    def _fetch_threads(
        self, requests: list[FetchRequest]
    ) -> Iterator[tuple[FetchRequest, FetchResult]]:
        """``fetch_many`` on a small pool of threads, each request through :meth:`fetch`."""
        board = _Board(requests, self.settings.per_host_concurrency)
        if not board.total:
            return
        # No more threads than can run at once: idle ones would only contend for the GIL.
        workers = min(self.settings.global_concurrency, board.total, board.max_parallel)
        out: queue.Queue[tuple[FetchRequest, FetchResult]] = queue.Queue(
            maxsize=workers * RESULT_QUEUE_PER_WORKER
        )

        def work() -> None:
            while (req := board.take()) is not None:
                try:
                    result = self.fetch(req)
                finally:
                    board.done(req)
                while not board.cancelled:
                    try:
                        out.put((req, result), timeout=0.1)
                        break
                    except queue.Full:
                        continue

        threads = [
            threading.Thread(target=work, name=f"fetch-{i}", daemon=True) for i in range(workers)
        ]
        for t in threads:
            t.start()
        try:
            for _ in range(board.total):
                yield out.get()
        finally:
            board.cancel()

    def close(self) -> None:
        """Close the connection pool."""
        with self._transport_lock:
            made, self._transport_made = self._transport_made, None
        if made is not None:
            made.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- one fetch -------------------------------------------------------------------------

    def _fetch(self, req: FetchRequest) -> FetchResult:
        import httpx  # (loaded by now: _http() imports it)

        from monitor.fetch import transport

        self._http()
        started = time.monotonic()
        at = started + self.settings.deadline
        try:
            with transport.deadline(at):
                return self._follow(req, started)
        except Failed as failed:
            return FetchFailure(req.url, failed.reason, failed.message, failed.status)
        except BlockedAddress as exc:
            return FetchFailure(
                req.url, "blocked_address",
                f"Refused to connect: {exc}. Add the network to the allow-list if it is meant.",
            )
        except FetchError as exc:
            return FetchFailure(req.url, "invalid_url", f"The URL cannot be fetched: {exc}.")
        except httpx.TimeoutException as exc:
            return timed_out(req.url, self.settings.deadline,
                             time.monotonic() >= at - DEADLINE_SLACK, type(exc).__name__)
        except httpx.ConnectError as exc:
            return FetchFailure(req.url, "connect_error", f"Could not connect: {exc}.")
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            return FetchFailure(req.url, "invalid_url", f"The URL cannot be fetched: {exc}.")
        except httpx.HTTPError as exc:
            return mid_answer(req.url, f"{type(exc).__name__}: {exc}")
        except Exception as exc:  # one URL's surprise must not stop a batch (DESIGN.md #6)
            log.exception("unexpected error fetching from %s", host_key(req.url))
            return FetchFailure(
                req.url, "internal_error",
                f"An unexpected error stopped the fetch ({type(exc).__name__}: {exc}).",
            )

    def _headers(self, req: FetchRequest) -> dict[str, str]:
        headers = {"Accept": FEED_ACCEPT if req.kind == "feed" else PAGE_ACCEPT}
        if req.etag:
            headers["If-None-Match"] = req.etag
        if req.last_modified:
            headers["If-Modified-Since"] = req.last_modified
        return headers

    @contextmanager
    def _send(self, url: str, headers: dict[str, str]) -> Iterator[httpx.Response]:
        """One GET through the guarded transport, its body left to stream; closed on exit
        (the connection goes back to the pool once the body was read)."""
        import httpx

        request = httpx.Request("GET", url, headers={**self._base_headers, **headers},
                                extensions={"timeout": self._timeout})
        response = self._http().handle_request(request)
        response.request = request
        try:
            yield response
        finally:
            response.close()

    def _follow(self, req: FetchRequest, started: float) -> FetchResult:
        import httpx

        headers = self._headers(req)
        url = req.url
        seen = {url}
        for _hop in range(self.settings.max_redirects + 1):
            self.guard.check_url(url)
            with self._send(url, headers) as response:
                status = response.status_code
                location = response.headers.get("Location")
                if not 200 <= status < 300:
                    _drain(response)
                if status in REDIRECT_STATUSES and location:
                    try:
                        target = str(response.url.join(location.strip()))
                    except httpx.InvalidURL as exc:
                        raise Failed(
                            "invalid_url", f"The redirect target {location!r} is not a URL.",
                            status,
                        ) from exc
                    if target in seen:
                        raise Failed(
                            "redirect_loop",
                            f"The redirects loop back to {target}; the feed cannot be reached.",
                            status,
                        )
                    seen.add(target)
                    url = target
                    continue
                return self._answer(req, response, started)
        raise Failed(
            "too_many_redirects",
            f"More than {self.settings.max_redirects} redirects; the fetch was given up.",
        )

    def _answer(self, req: FetchRequest, response: httpx.Response, started: float) -> FetchResult:
        status = response.status_code
        final = str(response.url)
        header = response.headers.get
        unchanged = not_modified(status, req.etag, header, final)
        if unchanged is not None:
            if status != 304:
                _drain(response)
            return unchanged
        if 200 <= status < 300:
            decoder = body_decoder(status, header, self.settings.max_bytes)
            try:
                for chunk in response.iter_raw():
                    decoder.feed(chunk)
                content = decoder.finish()
            except Failed as failed:
                failed.status = status
                raise
            return feed_body(final, content, header, started)
        return status_failure(req.url, status, header)


def _conditional(req: FetchRequest) -> bool:
    """A conditional GET of a feed: the requests the libcurl path may answer."""
    return req.kind == "feed" and bool(req.etag or req.last_modified)


class _Board:
    """The work list of one ``fetch_many`` call, keeping the per-host limit.

    Hosts are served depth first: a host with room and feeds waiting stays at the front of
    the line, so its feeds go out back to back (up to the per-host limit at once) on
    kept-alive connections instead of a new connection per request.
    """

    def __init__(self, requests: list[FetchRequest], per_host: int) -> None:
        self.total = len(requests)
        self.per_host = per_host
        self.cancelled = False
        self._cond = threading.Condition()
        self._waiting: dict[str, deque[FetchRequest]] = {}
        for req in requests:
            self._waiting.setdefault(host_key(req.url), deque()).append(req)
        self._ready: deque[str] = deque(self._waiting)
        self._is_ready: set[str] = set(self._waiting)
        self._in_flight: dict[str, int] = dict.fromkeys(self._waiting, 0)
        self.max_parallel = per_host * len(self._waiting)  # what the per-host limit allows

    def take(self) -> FetchRequest | None:
        """The next request whose host has room; None when nothing is left to start."""
        with self._cond:
            while True:
                if self.cancelled or not self._waiting:
                    return None
                if self._ready:
                    break
                self._cond.wait()
            host = self._ready.popleft()
            self._is_ready.discard(host)
            pending = self._waiting[host]
            req = pending.popleft()
            self._in_flight[host] += 1
            if not pending:
                del self._waiting[host]
            elif self._in_flight[host] < self.per_host:
                self._ready.appendleft(host)  # depth first: finish a host on warm connections
                self._is_ready.add(host)
            if not self._waiting:
                self._cond.notify_all()  # nothing left to start: idle workers may leave
            elif self._ready:
                self._cond.notify()  # one more can start now (one wake, not a herd)
            return req

    def done(self, req: FetchRequest) -> None:
        """Mark ``req`` finished: its host may take another turn."""
        host = host_key(req.url)
        with self._cond:
            self._in_flight[host] -= 1
            if host in self._waiting and host not in self._is_ready:
                # Front of the line: the next request reuses this host's kept-alive connection.
                self._ready.appendleft(host)
                self._is_ready.add(host)
                self._cond.notify()

    def cancel(self) -> None:
        """Start nothing more (the consumer went away)."""
        with self._cond:
            self.cancelled = True
            self._cond.notify_all()
