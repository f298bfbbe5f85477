"""Statement extraction in worker processes, ahead of the database work (issue 12).

Extraction is pure (text and day in, statements out) and costs ~1.5-3 ms per article, as much
as the rest of the article's work on the main thread. :class:`ExtractionPool` runs it in
worker processes: the pipeline hands it a feed's articles (:meth:`ExtractionPool.submit`)
before it inserts them and decides their stories, and the statements stage collects the
results (:meth:`ExtractionPool.extract`) when it gets there. Each worker builds the
:class:`~monitor.statements.extract.Extractor` once, from the registry it was started with.

The results are those of the serial path by construction: the same extractor on the same
inputs. An article nobody submitted, or whose worker failed as a pool (a crashed process, a
result that cannot be pickled), is extracted on the calling thread; an exception the extractor
raises on one article is raised by :meth:`~ExtractionPool.extract` for that article alone, as
the serial path would raise it. Workers are started with ``spawn`` (the fetcher runs threads:
``fork`` would copy their locks) and only when something is first submitted.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from datetime import date

from monitor.statements.extract import Extractor
from monitor.statements.officials import Registry
from monitor.types import Statement

log = logging.getLogger(__name__)

Job = tuple[str, date | None]  # (text, the article's day): what the extractor is given
_Key = tuple[bytes, date | None]  # a job as remembered: a digest of the text, not the text

# Articles per task: a feed's 20-50 new articles go out as a few tasks, so both workers get
# some, while the per-task cost (pickling, a pipe round trip: ~0.2 ms) stays small next to
# ~4 x 2 ms of extraction.
ARTICLES_PER_TASK = 4
# Results kept, collected or not: the stage asks again when it retries a failed batch one
# article at a time, and an article submitted may not be new after all (another feed stored
# it first). Past this many, the oldest are forgotten; a forgotten article is extracted on
# the calling thread if it is asked for again. A few feeds' worth.
PENDING_MAX = 2_000


def _key(text: str, day: date | None) -> _Key:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest(), day


# How often a worker checks that its main process is alive (an orphan exits within this).
ORPHAN_CHECK_SECONDS = 2.0


class _Failed:
    """An exception the extractor raised on one article of a task, carried back to be raised
    where the serial path would have raised it."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


_worker_extractor: Extractor | None = None


def _start_worker(registry: Registry, factory: Callable[[Registry], Extractor]) -> None:
    """Worker initialiser: build the extractor (and the registry's word index) once.

    Ctrl-C in a terminal signals the whole process group: the main process stops the pool
    itself (``Pipeline.close``), so a worker ignores SIGINT instead of dying mid-task. A worker
    whose main process died without stopping it (SIGKILL) would wait for work forever: it
    exits when it finds itself orphaned.
    """
    global _worker_extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(ORPHAN_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, name="orphan-check", daemon=True).start()
    _worker_extractor = factory(registry)


def _extract_task(jobs: list[Job]) -> list[list[Statement] | _Failed]:
    """In a worker: extract each job; an article's exception is returned, not raised, so that
    it takes no other article down."""
    extractor = _worker_extractor
    assert extractor is not None, "worker started without its initialiser"
    out: list[list[Statement] | _Failed] = []
    for text, day in jobs:
        try:
            out.append(extractor.extract(text, day=day))
        except Exception as exc:  # the caller raises it for this article only
            out.append(_Failed(exc))
    return out


class ExtractionPool:
    """Statement extraction in ``workers`` processes, with the serial path as the fallback."""

    def __init__(self, registry: Registry, workers: int, extractor: Extractor | None = None,
                 *, factory: Callable[[Registry], Extractor] = Extractor) -> None:
        """A pool of ``workers`` processes (started on first use) over ``registry``;
        ``extractor`` (built from the registry when not given) is the serial fallback;
        ``factory`` builds each worker's extractor (it must be importable by name: workers
        are new processes)."""
        if workers < 2:
            raise ValueError("a pool needs at least 2 workers (1 is the serial path)")
        self.registry = registry
        self.workers = workers
        self.factory = factory
        self.local = extractor or Extractor(registry)
        self._executor: ProcessPoolExecutor | None = None
        self._pending: OrderedDict[_Key, tuple[Future[list[list[Statement] | _Failed]], int]] = (
            OrderedDict())

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(self.registry, self.factory))
        return self._executor

    def submit(self, jobs: Iterable[Job]) -> None:
        """Start extracting these articles (those not already submitted) in the workers."""
        todo = {_key(*job): job for job in jobs}
        for key in [k for k in todo if k in self._pending]:
            del todo[key]
        if not todo:
            return
        keys = list(todo)
        try:
            pool = self._pool()
            for i in range(0, len(keys), ARTICLES_PER_TASK):
                chunk = keys[i:i + ARTICLES_PER_TASK]
                future = pool.submit(_extract_task, [todo[k] for k in chunk])
                for n, key in enumerate(chunk):
                    self._pending[key] = (future, n)
        except Exception as exc:  # a broken pool: these articles go the serial way
            self._broken(exc)
            return
        while len(self._pending) > PENDING_MAX:
            self._pending.popitem(last=False)

    def extract(self, text: str, day: date | None = None) -> list[Statement]:
        """The statements of ``text``: the workers' result when it was submitted, else the
        serial extractor's. Raises what the extractor raised on this article."""
        entry = self._pending.get(_key(text, day))
        if entry is None:
            return self.local.extract(text, day=day)
        future, n = entry
        try:
            outcome = future.result()[n]
        except BrokenExecutor as exc:  # a worker died: a new pool next time, this one here
            self._broken(exc)
            return self.local.extract(text, day=day)
        except Exception as exc:  # the task failed, not the article (e.g. a result that
            # could not be pickled): do it here, where an article's own error is raised
            log.warning("statement extraction task failed (%s: %s); extracting in the process",
                        type(exc).__name__, exc)
            return self.local.extract(text, day=day)
        if isinstance(outcome, _Failed):
            raise outcome.error
        return outcome

    def _broken(self, exc: Exception) -> None:
        """The pool failed as a whole: forget it and its results (a new one starts on the
        next submit); the articles are extracted on the calling thread meanwhile."""
        log.warning("statement extraction pool failed (%s: %s); extracting in the process",
                    type(exc).__name__, exc)
        self._pending.clear()
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the workers (work not collected yet is dropped)."""
        self._pending.clear()
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
