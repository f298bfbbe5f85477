"""A minimal HTTP/1.1 responder in its own process, for the benchmarks.

The server runs in a separate process (its own GIL) so that it does not steal the client's
CPU; ``answer(head)`` maps a request head (bytes up to the blank line) to the full response.
Requests are pipelined per connection; no request bodies are expected.

    with LoopbackServer(answer) as port:
        ...  # http://127.0.0.1:{port}/...
    server.requests.value  # requests answered so far (shared with the server process)
"""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

Answer = Callable[[bytes], bytes]
BACKLOG = 2048  # pending connections: thousands of feeds polled at once


class _Responder(asyncio.Protocol):
    def __init__(self, answer: Answer, counter: Any) -> None:
        self.answer = answer
        self.counter = counter
        self.buffer = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        out = []
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, self.buffer = self.buffer[:end], self.buffer[end + 4:]
            out.append(self.answer(head))
        if out:
            with self.counter.get_lock():
                self.counter.value += len(out)
            self.transport.write(b"".join(out))


def _serve(answer: Answer, conn: Connection, counter: Any) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: _Responder(answer, counter), "127.0.0.1", 0,
                                          backlog=BACKLOG)
        conn.send(server.sockets[0].getsockname()[1])
        async with server:
            await server.serve_forever()

    asyncio.run(main())


class LoopbackServer:
    """Start the responder process on entry (yielding its port), stop it on exit."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.process: multiprocessing.Process | None = None
        self.requests: Any = multiprocessing.Value("q", 0)  # requests answered

    def __enter__(self) -> int:
        parent, child = multiprocessing.Pipe()
        self.process = multiprocessing.Process(
            target=_serve, args=(self.answer, child, self.requests), daemon=True)
        self.process.start()
        return int(parent.recv())

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.join()
