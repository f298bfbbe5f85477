"""The socket edge under httpx: vetted connections and a total deadline.

:class:`GuardedBackend` is an httpcore network backend. Its ``connect_tcp`` resolves the host
once with the :class:`~monitor.fetch.guard.AddressGuard`, vets every address, then connects to
a vetted address itself (never by name), so DNS rebinding cannot swap the address after the
check. TLS is layered on afterwards by httpcore with the URL's host name as SNI and for
certificate checking, and httpx writes the Host header from the URL: both stay intact.

Every socket operation's timeout is clamped to the time left before the fetch's total
deadline, set per thread with :func:`deadline`, so a server that drips one byte a second is cut
at the deadline, not merely at the per-read timeout.
"""

from __future__ import annotations

import os
import queue
import ssl
import threading
import time
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import certifi
import httpcore
import httpx

from monitor.fetch.guard import AddressGuard, is_ip_literal

_local = threading.local()


@contextmanager
def deadline(at: float) -> Iterator[None]:
    """Within this block, socket operations on this thread end by ``at`` (time.monotonic())."""
    previous = getattr(_local, "deadline", None)
    _local.deadline = at
    try:
        yield
    finally:
        _local.deadline = previous


def _clamp(timeout: float | None, exc: type[Exception]) -> float | None:
    """The timeout for one socket operation: the smaller of ``timeout`` and the time left."""
    at: float | None = getattr(_local, "deadline", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise exc("the total deadline of the fetch has passed")
    return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation respects the thread's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read up to ``max_bytes``, within ``timeout`` and the deadline."""
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Write ``buffer``, within ``timeout`` and the deadline."""
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        """Close the socket."""
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        """TLS handshake (SNI = ``server_hostname``, the URL's host), within the deadline.

        On any failure (the deadline already passed, a refused certificate) the plain socket
        is closed here: httpcore does not close a stream whose ``start_tls`` raised.
        """
        try:
            inner = self._inner.start_tls(
                ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)
            )
        except BaseException:
            self._inner.close()
            raise
        return DeadlineStream(inner)

    def get_extra_info(self, info: str) -> typing.Any:
        """Pass-through (``ssl_object``, ``server_addr``, ``is_readable``, ...)."""
        return self._inner.get_extra_info(info)


RESOLVER_THREADS = 8  # concurrent name lookups; getaddrinfo waits without the GIL


class _Lookup:
    """One name lookup handed to the resolver threads."""

    def __init__(self, guard: AddressGuard, host: str, port: int) -> None:
        self.guard, self.host, self.port = guard, host, port
        self.outcome: list[str] | BaseException | None = None
        self.finished = threading.Event()

    def run(self) -> None:
        try:
            self.outcome = self.guard.resolve(self.host, self.port)
        except BaseException as exc:  # handed to the waiting thread
            self.outcome = exc
        finally:
            self.finished.set()


class _LookupThreads:
    """A few daemon threads doing lookups (cheaper than a thread per connection).

    Daemon threads: a lookup stuck in the system resolver never holds up the exit. Should
    every thread be stuck, later lookups wait in the queue and time out like the stuck ones
    until the system resolver gives up (its own timeout), then all proceeds again.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._reset()
        os.register_at_fork(after_in_child=self._reset)  # a forked child has no threads

    def _reset(self) -> None:
        self._queue: queue.SimpleQueue[_Lookup] = queue.SimpleQueue()
        self._started = 0
        self._lock = threading.Lock()

    def submit(self, lookup: _Lookup) -> None:
        with self._lock:
            if self._started < self._size:
                self._started += 1
                threading.Thread(target=self._work, name="fetch-resolver", daemon=True).start()
        self._queue.put(lookup)

    def _work(self) -> None:
        while True:
            self._queue.get().run()


_LOOKUPS = _LookupThreads(RESOLVER_THREADS)  # one pool per process, shared by every Fetcher


def resolve_vetted(guard: AddressGuard, host: str, port: int, timeout: float | None) -> list[str]:
    """The guard's vetted addresses for ``host``, within ``timeout``.

    getaddrinfo has no timeout of its own, so a name lookup runs on the resolver threads
    and is abandoned (left to finish alone) when the time is up; IP literals need none.
    """
    if is_ip_literal(host):
        return guard.resolve(host, port)
    lookup = _Lookup(guard, host, port)
    _LOOKUPS.submit(lookup)
    if not lookup.finished.wait(timeout):
        raise httpcore.ConnectTimeout(f"resolving {host} took longer than {timeout:.3g} s")
    result = lookup.outcome
    if isinstance(result, OSError):
        raise httpcore.ConnectError(f"cannot resolve {host}: {result}") from result
    if isinstance(result, BaseException):
        raise result
    assert result is not None
    return result


class GuardedBackend(httpcore.NetworkBackend):
    """An httpcore backend that connects only to addresses the guard has vetted."""

    def __init__(self, guard: AddressGuard) -> None:
        self.guard = guard
        self._sync = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """Resolve ``host`` once, vet the addresses, connect to the first that answers.

        Raises :class:`~monitor.errors.BlockedAddress` before any connection when an address
        is refused, ``httpcore.ConnectError`` when none can be reached.
        """
        addresses = self._resolve(host, port, _clamp(timeout, httpcore.ConnectTimeout))
        last: Exception | None = None
        for address in addresses:
            try:
                stream = self._sync.connect_tcp(
                    address,
                    port,
                    timeout=_clamp(timeout, httpcore.ConnectTimeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return DeadlineStream(stream)
        assert last is not None
        raise last

    def _resolve(self, host: str, port: int, timeout: float | None) -> list[str]:
        return resolve_vetted(self.guard, host, port, timeout)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """Refused: the fetcher only speaks TCP."""
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        """Sleep (httpcore uses it between connection retries)."""
        time.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with the connection pool rebuilt over :class:`GuardedBackend`.

    No proxy and no environment (a proxy would connect on our behalf, past the guard).
    """

    def __init__(
        self,
        guard: AddressGuard,
        *,
        ssl_context: ssl.SSLContext,
        limits: httpx.Limits,
    ) -> None:
        super().__init__(verify=ssl_context, trust_env=False, limits=limits, retries=0)
        # httpx offers no public hook for the network backend; the pool is rebuilt with the
        # same arguments HTTPTransport uses (httpx is pinned <0.29 in pyproject.toml, and
        # tests/integration/test_fetch_http.py fails if the guard is bypassed).
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            retries=0,
            network_backend=GuardedBackend(guard),
        )


def tls_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """A verifying TLS context: certifi's CAs, plus ``ca_bundle`` (a PEM file) when given."""
    context = ssl.create_default_context(cafile=certifi.where())
    if ca_bundle:
        context.load_verify_locations(cafile=ca_bundle)
    return context
