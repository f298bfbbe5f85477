"""A local HTTP server standing in for a Slack incoming webhook.

It records every POST (path, headers, JSON body, arrival time) and answers from a script of
responses (status, headers, body); when the script is empty it answers ``200 ok``.
"""

from __future__ import annotations

import json
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    """One request the webhook got."""

    path: str
    headers: dict[str, str]
    body: bytes
    at: float  # time.perf_counter() on arrival

    @property
    def json(self) -> Any:
        """The body parsed as JSON."""
        return json.loads(self.body)


@dataclass
class WebhookServer:
    """A recording webhook on 127.0.0.1; use as a context manager."""

    token: str = field(default_factory=lambda: "XXSECRET" + secrets.token_hex(12))
    received: list[Received] = field(default_factory=list)
    script: deque[tuple[int, dict[str, str], str]] = field(default_factory=deque)
    _cond: threading.Condition = field(default_factory=threading.Condition)
    _server: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def path(self) -> str:
        """The secret path (as Slack's /services/T/B/token)."""
        return f"/services/T000/B000/{self.token}"

    @property
    def url(self) -> str:
        """The full webhook URL (a secret)."""
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}{self.path}"

    def respond(self, status: int, body: str = "", headers: dict[str, str] | None = None) -> None:
        """Queue one scripted answer."""
        self.script.append((status, headers or {}, body))

    def wait_for(self, count: int, timeout: float = 10.0) -> bool:
        """Block until ``count`` requests arrived (or the timeout)."""
        with self._cond:
            return self._cond.wait_for(lambda: len(self.received) >= count, timeout)

    def __enter__(self) -> WebhookServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                body = self.rfile.read(length)
                with owner._cond:
                    owner.received.append(
                        Received(self.path, dict(self.headers), body, time.perf_counter())
                    )
                    status, headers, text = (
                        owner.script.popleft() if owner.script else (200, {}, "ok")
                    )
                    owner._cond.notify_all()
                if self.path != owner.path:
                    status, headers, text = 404, {}, "no_service"
                data = text.encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("content-type", "text/plain")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # keep test output (and captured logs) quiet

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
