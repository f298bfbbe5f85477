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

import ssl
import threading
import time
import typing
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import certifi
import httpcore
import httpx

from monitor.fetch.guard import AddressGuard
from monitor.fetch.resolve import RESOLVER_THREADS as RESOLVER_THREADS  # (moved there)
from monitor.fetch.resolve import ResolveTimeout, resolve_vetted

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
        """The guard's vetted addresses for ``host`` (:func:`resolve.resolve_vetted`), its
        failures as httpcore's connect errors."""
        try:
            return resolve_vetted(self.guard, host, port, timeout)
        except ResolveTimeout as exc:
            raise httpcore.ConnectTimeout(str(exc)) from None
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc

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
