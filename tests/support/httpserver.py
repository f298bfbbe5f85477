"""A loopback HTTP server for tests: feeds, article pages, webhook sinks.

Usage::

    from tests.support.httpserver import http_server  # noqa: F401  (the fixture)

    def test_something(http_server: HTTPTestServer) -> None:
        http_server.route("/feed.xml", body=b"<rss/>", etag='"v1"',
                          headers={"Content-Type": "application/rss+xml"})
        url = http_server.url("/feed.xml")          # http://127.0.0.1:<port>/feed.xml
        ...
        assert http_server.requests[0].headers["User-Agent"].startswith("monitor/")

A route answers one path (query string ignored, unless a route is registered with it) with a
status, headers and a body. The body may be bytes, or a callable taking the
:class:`RecordedRequest` and returning bytes or a full :class:`Reply` (for webhook sinks that
answer by content, or for counting). ``etag`` makes the route answer 304 when the request's
If-None-Match matches; ``delay`` waits before answering; ``drip`` sends the body one byte at a
time with that many seconds between bytes. Unknown paths answer 404. Every request is logged
(method, path, headers, body) in ``server.requests``.

The server binds 127.0.0.1 on port 0 (a free port), speaks HTTP/1.1 with keep-alive, and runs
each connection on its own daemon thread. Given an ``ssl_context`` (server side, with a
certificate loaded) it speaks HTTPS instead. ``HTTPTestServer.ALLOW`` is the allow-list entry the
fetcher needs to reach it.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

HeaderItems = Mapping[str, str] | Sequence[tuple[str, str]]


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server received it."""

    method: str
    path: str  # with the query string
    headers: Message  # case-insensitive lookups: headers["if-none-match"]
    body: bytes
    client: tuple[str, int]

    def header(self, name: str) -> str | None:
        """The value of header ``name`` (any case), or None."""
        value = self.headers.get(name)
        return None if value is None else str(value)


@dataclass(frozen=True)
class Reply:
    """A full answer, for body callables that choose the status and headers too."""

    status: int = 200
    body: bytes = b""
    headers: HeaderItems = ()


Body = bytes | Callable[[RecordedRequest], "bytes | Reply"]


@dataclass
class Route:
    """How one path answers."""

    status: int = 200
    body: Body = b""
    headers: HeaderItems = ()
    etag: str | None = None
    delay: float = 0.0
    drip: float | None = None
    hits: int = field(default=0)


def _items(headers: HeaderItems) -> list[tuple[str, str]]:
    return list(headers.items()) if isinstance(headers, Mapping) else list(headers)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the request log is ``server.requests``."""

    def _handle(self) -> None:
        owner = self.server.owner
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = RecordedRequest(
            method=self.command,
            path=self.path,
            headers=self.headers,
            body=body,
            client=(str(self.client_address[0]), int(self.client_address[1])),
        )
        with owner.lock:
            owner.requests.append(request)
            route = owner.routes.get(self.path) or owner.routes.get(self.path.split("?", 1)[0])
            if route is not None:
                route.hits += 1
        if route is None:
            self._send(Reply(404, b"not found", {"Content-Type": "text/plain"}), None)
            return
        if route.delay and owner.stopping.wait(route.delay):
            return
        if route.etag is not None and request.header("If-None-Match") == route.etag:
            self._send(Reply(304, b"", [*_items(route.headers), ("ETag", route.etag)]), None)
            return
        answer = route.body(request) if callable(route.body) else route.body
        if isinstance(answer, Reply):
            reply = answer
        else:
            headers = _items(route.headers)
            if route.etag is not None:
                headers.append(("ETag", route.etag))
            reply = Reply(route.status, answer, headers)
        self._send(reply, route.drip)

    def _send(self, reply: Reply, drip: float | None) -> None:
        self.send_response(reply.status)
        headers = _items(reply.headers)
        names = {name.lower() for name, _ in headers}
        for name, value in headers:
            self.send_header(name, value)
        framed = {"content-length", "transfer-encoding"} & names  # the body frames itself
        if not framed and reply.status not in (204, 304):
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if self.command == "HEAD" or reply.status in (204, 304):
            return
        try:
            if drip is None:
                self.wfile.write(reply.body)
                return
            for i in range(len(reply.body)):
                self.wfile.write(reply.body[i : i + 1])
                self.wfile.flush()
                if self.server.owner.stopping.wait(drip):
                    self.close_connection = True
                    return
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: HTTPTestServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Connections the client dropped are normal in tests (timeouts, size caps)."""


class HTTPTestServer:
    """A threaded HTTP/1.1 server on 127.0.0.1; a context manager."""

    ALLOW = "127.0.0.1/32"  # the allow-list entry the fetcher needs to reach this server

    def __init__(self, host: str = "127.0.0.1", ssl_context: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[RecordedRequest] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self._server = _Server((host, 0), _Handler)
        self._server.owner = self
        self.scheme = "https" if ssl_context is not None else "http"
        if ssl_context is not None:
            self._server.socket = ssl_context.wrap_socket(self._server.socket, server_side=True)
        self.host = host
        self.port = int(self._server.server_address[1])
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>`` (``https://`` with an ``ssl_context``)."""
        return f"{self.scheme}://{self.host}:{self.port}"

    def url(self, path: str = "/") -> str:
        """The absolute URL of ``path`` on this server."""
        return self.base_url + path

    def route(
        self,
        path: str,
        body: Body = b"",
        *,
        status: int = 200,
        headers: HeaderItems = (),
        etag: str | None = None,
        delay: float = 0.0,
        drip: float | None = None,
    ) -> Route:
        """Register (or replace) the answer for ``path``; returns the route (``.hits``)."""
        route = Route(status, body, headers, etag, delay, drip)
        with self.lock:
            self.routes[path] = route
        return route

    def redirect(self, path: str, location: str, status: int = 302) -> Route:
        """Register a redirect from ``path`` to ``location``."""
        return self.route(path, status=status, headers={"Location": location})

    def requests_to(self, path: str) -> list[RecordedRequest]:
        """The logged requests for ``path`` (query string ignored)."""
        with self.lock:
            return [r for r in self.requests if r.path.split("?", 1)[0] == path]

    def start(self) -> HTTPTestServer:
        """Serve on a daemon thread."""
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, cut drips and delays, and close the socket."""
        self.stopping.set()
        if self._thread is not None:
            self._server.shutdown()
            self._thread.join(timeout=5)
        self._server.server_close()

    def __enter__(self) -> HTTPTestServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@pytest.fixture
def http_server() -> Iterator[HTTPTestServer]:
    """A started :class:`HTTPTestServer`, stopped after the test."""
    with HTTPTestServer() as server:
        yield server


def wait_for(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``predicate`` until true or ``timeout`` seconds pass (for asynchronous sinks)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return predicate()


class ConcurrencyProbe:
    """A route body that answers ``reply`` after ``hold`` seconds and records how many
    requests were in flight at once, per Host header (``peak``) and in all (``peak_total``):
    for tests of the fetcher's per-host and global limits."""

    def __init__(self, reply: bytes | Reply, hold: float = 0.05) -> None:
        self.reply = reply
        self.hold = hold
        self.lock = threading.Lock()
        self.active: dict[str, int] = {}
        self.peak: dict[str, int] = {}
        self.now = 0
        self.peak_total = 0

    def __call__(self, req: RecordedRequest) -> bytes | Reply:
        host = req.header("Host") or ""
        with self.lock:
            self.active[host] = self.active.get(host, 0) + 1
            self.peak[host] = max(self.peak.get(host, 0), self.active[host])
            self.now += 1
            self.peak_total = max(self.peak_total, self.now)
        time.sleep(self.hold)
        with self.lock:
            self.active[host] -= 1
            self.now -= 1
        return self.reply
