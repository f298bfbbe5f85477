"""Name lookups for the fetcher: the guard's vetted addresses, within a timeout.

Shared by the httpx transport (``transport.GuardedBackend``) and the libcurl poller
(``curl.ConditionalPoller``); no httpx here, so a pass of 304s through libcurl never loads it.
"""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Iterable

from monitor.fetch.guard import AddressGuard, is_ip_literal


class ResolveTimeout(TimeoutError):
    """A name lookup took longer than its timeout (it is left to finish alone)."""


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
    """The guard's vetted addresses for ``host``, within ``timeout`` (``ResolveTimeout``
    when it passes; ``OSError`` for a name that does not resolve, ``BlockedAddress`` for a
    refused one).

    getaddrinfo has no timeout of its own, so a name lookup runs on the resolver threads
    and is abandoned (left to finish alone) when the time is up; IP literals need none.
    """
    if is_ip_literal(host):
        return guard.resolve(host, port)
    lookup = _Lookup(guard, host, port)
    _LOOKUPS.submit(lookup)
    if not lookup.finished.wait(timeout):
        raise ResolveTimeout(f"resolving {host} took longer than {timeout:.3g} s")
    result = lookup.outcome
    if isinstance(result, BaseException):  # OSError (unknown name), BlockedAddress, ...
        raise result
    assert result is not None
    return result


def resolve_all(guard: AddressGuard, targets: Iterable[tuple[str, int]],
                timeout: float) -> dict[tuple[str, int], list[str] | BaseException]:
    """:func:`resolve_vetted` for many ``(host, port)`` at once: the lookups run side by side
    on the resolver threads, all within ``timeout``; each target maps to its vetted addresses
    or to the exception its lookup raised (``ResolveTimeout`` when it did not finish)."""
    out: dict[tuple[str, int], list[str] | BaseException] = {}
    lookups: dict[tuple[str, int], _Lookup] = {}
    for host, port in dict.fromkeys(targets):
        if is_ip_literal(host):
            try:
                out[host, port] = guard.resolve(host, port)
            except Exception as exc:  # a refused literal: the caller decides
                out[host, port] = exc
            continue
        lookups[host, port] = lookup = _Lookup(guard, host, port)
        _LOOKUPS.submit(lookup)
    until = time.monotonic() + timeout
    for target, lookup in lookups.items():
        if not lookup.finished.wait(max(0.0, until - time.monotonic())):
            out[target] = ResolveTimeout(f"resolving {target[0]} took longer than "
                                         f"{timeout:.3g} s")
            continue
        result = lookup.outcome
        assert result is not None
        out[target] = result
    return out
