"""Statement extraction in worker processes, ahead of the database work (issue 12).

Extraction is pure (text and day in, statements out) and costs ~1.5-3 ms per article, as much
as the rest of the article's work on the main thread. :class:`ExtractionPool` runs it in
worker processes: the pipeline hands it a feed's articles (:meth:`ExtractionPool.submit`)
before it inserts them and decides their stories, and the statements stage collects the
results (:meth:`ExtractionPool.extract`) when it gets there. Each worker builds the
:class:`~monitor.statements.extract.Extractor` once, from the registry it was started with.

The same workers also compute the stories stage's features of an article
(:func:`monitor.dedupe.signatures.features`, pure, ~1-2 ms per article: a tenth of the main
process in a first update, docs/benchmarks.md "Farm table re-measured, round 3"):
:meth:`ExtractionPool.submit_features` before the insert, :meth:`ExtractionPool.features` in the
stage. With no registry (``[statements] enabled = false``) the workers compute features only.

The results are those of the serial path by construction: the same extractor (the same
function) on the same inputs. An article nobody submitted, or whose worker failed as a pool (a
crashed process, a result that cannot be pickled), is computed on the calling thread; an
exception the extractor raises on one article is raised by :meth:`~ExtractionPool.extract` for
that article alone, as the serial path would raise it (likewise for features). Workers are
started with ``spawn`` (the fetcher runs threads: ``fork`` would copy their locks) and only
when something is first submitted.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable
from concurrent.futures import BrokenExecutor, Future, ProcessPoolExecutor
from datetime import date, datetime
from typing import Any, TypeVar

from monitor.dedupe.signatures import DocFeatures
from monitor.dedupe.signatures import features as compute_features
from monitor.statements.extract import Extractor
from monitor.statements.officials import Registry
from monitor.types import Statement

log = logging.getLogger(__name__)

Job = tuple[str, date | None]  # (text, the article's day): what the extractor is given
# (title, text, published): what the stories stage's features are computed from
FeatureJob = tuple[str, str, datetime | None]
# a job as remembered: its kind, a digest of its strings (not the strings), its date
_Key = tuple[str, bytes, date | datetime | None]
_EXTRACT = "statements"  # the kinds of task a worker runs
_FEATURES = "features"
_R = TypeVar("_R")

# Articles per task: a feed's 20-50 new articles go out as a few tasks, so both workers get
# some, while the per-task cost (pickling, a pipe round trip: ~0.2 ms) stays small next to
# ~4 x 2 ms of extraction. With the parser on, a worker's share of the feed is one task
# instead: Extractor.extract_many parses the sentences of a task's articles in batches.
ARTICLES_PER_TASK = 4
# Results kept, collected or not: the stage asks again when it retries a failed batch one
# article at a time, and an article submitted may not be new after all (another feed stored
# it first). Past this many, the oldest are forgotten; a forgotten article is extracted on
# the calling thread if it is asked for again. A few feeds' worth.
PENDING_MAX = 2_000


def _key(text: str, day: date | None) -> _Key:
    return (_EXTRACT,
            hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest(), day)


def _feature_key(title: str, text: str, published: datetime | None) -> _Key:
    digest = hashlib.blake2b(digest_size=16)
    title_bytes = title.encode("utf-8", "surrogatepass")
    digest.update(len(title_bytes).to_bytes(8, "little"))  # length first: no two splits of
    digest.update(title_bytes)  # one string into (title, text) share a key
    digest.update(text.encode("utf-8", "surrogatepass"))
    return _FEATURES, digest.digest(), published


# How often a worker checks that its main process is alive (an orphan exits within this).
ORPHAN_CHECK_SECONDS = 2.0


class _Failed:
    """An exception the extractor raised on one article of a task, carried back to be raised
    where the serial path would have raised it."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


_worker_extractor: Extractor | None = None


def _start_worker(registry: Registry | None, factory: Callable[[Registry], Extractor]) -> None:
    """Worker initialiser: build the extractor (and the registry's word index) once (none
    without a registry: such a pool computes features only).

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
    _worker_extractor = factory(registry) if registry is not None else None


def _extract_task(jobs: list[Job]) -> list[list[Statement] | _Failed]:
    """In a worker: extract each job; an article's exception is returned, not raised, so that
    it takes no other article down."""
    extractor = _worker_extractor
    assert extractor is not None, "worker started without its initialiser"
    if extractor.parser is not None:  # the parser's sentences of the task in batches
        try:
            return list(extractor.extract_many(jobs))
        except Exception:  # an article failed: one by one, to carry its error alone
            pass
    out: list[list[Statement] | _Failed] = []
    for text, day in jobs:
        try:
            out.append(extractor.extract(text, day=day))
        except Exception as exc:  # the caller raises it for this article only
            out.append(_Failed(exc))
    return out


def _features_task(jobs: list[FeatureJob]) -> list[DocFeatures | _Failed]:
    """In a worker: the features of each job (an article's exception returned, as above)."""
    out: list[DocFeatures | _Failed] = []
    for title, text, published in jobs:
        try:
            out.append(compute_features(title, text, published))
        except Exception as exc:  # the caller raises it for this article only
            out.append(_Failed(exc))
    return out


class ExtractionPool:
    """Statement extraction (and the stories stage's features) in ``workers`` processes, with
    the serial path as the fallback."""

    def __init__(self, registry: Registry | None, workers: int,
                 extractor: Extractor | None = None, *,
                 factory: Callable[[Registry], Extractor] = Extractor) -> None:
        """A pool of ``workers`` processes (started on first use) over ``registry``;
        ``extractor`` (built from the registry when not given) is the serial fallback;
        ``factory`` builds each worker's extractor (it must be importable by name: workers
        are new processes). With ``registry`` None the pool computes features only."""
        if workers < 2:
            raise ValueError("a pool needs at least 2 workers (1 is the serial path)")
        self.registry = registry
        self.workers = workers
        self.factory = factory
        self.local = extractor or (Extractor(registry) if registry is not None else None)
        self._executor: ProcessPoolExecutor | None = None
        self._pending: OrderedDict[_Key, tuple[Future[list[Any]], int]] = OrderedDict()
        # results served from the workers, by kind ("statements", "features"): what the
        # tests check, to know the pool did the work and not the fallback
        self.served: Counter[str] = Counter()

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(self.registry, self.factory))
        return self._executor

    def submit(self, jobs: Iterable[Job]) -> None:
        """Start extracting these articles (those not already submitted) in the workers."""
        if self.registry is None:
            raise ValueError("this pool has no registry: it computes features only")
        self._submit(_extract_task, {_key(*job): job for job in jobs})

    def submit_features(self, jobs: Iterable[FeatureJob]) -> None:
        """Start computing the features of these articles (title, text, published), those
        not already submitted, in the workers."""
        self._submit(_features_task, {_feature_key(*job): job for job in jobs})

    def _submit(self, task: Callable[[list[Any]], list[Any]], todo: dict[_Key, Any]) -> None:
        for key in [k for k in todo if k in self._pending]:
            del todo[key]
        if not todo:
            return
        keys = list(todo)
        per_task = ARTICLES_PER_TASK
        if task is _extract_task and self.local is not None and self.local.parser is not None:
            # with the parser, each worker takes its share of the feed in one task: its
            # articles' sentences are parsed in batches (issue 13)
            per_task = max(per_task, -(-len(keys) // self.workers))
        try:
            pool = self._pool()
            for i in range(0, len(keys), per_task):
                chunk = keys[i:i + per_task]
                future = pool.submit(task, [todo[k] for k in chunk])
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
        local = self.local
        if local is None:
            raise ValueError("this pool has no registry: it computes features only")
        return self._collect(_key(text, day), lambda: local.extract(text, day=day))

    def features(self, title: str, text: str, published: datetime | None) -> DocFeatures:
        """:func:`~monitor.dedupe.signatures.features` of an article: the workers' result when
        it was submitted, else computed here. Raises what ``features`` raised on it."""
        return self._collect(_feature_key(title, text, published),
                             lambda: compute_features(title, text, published))

    def _collect(self, key: _Key, here: Callable[[], _R]) -> _R:
        """The result remembered under ``key`` (waiting for it), else ``here()``."""
        entry = self._pending.get(key)
        if entry is None:
            return here()
        future, n = entry
        try:
            outcome = future.result()[n]
        except BrokenExecutor as exc:  # a worker died: a new pool next time, this one here
            self._broken(exc)
            return here()
        except Exception as exc:  # the task failed, not the article (e.g. a result that
            # could not be pickled): do it here, where an article's own error is raised
            log.warning("%s task failed in a worker (%s: %s); computing it in the process",
                        key[0], type(exc).__name__, exc)
            return here()
        self.served[key[0]] += 1
        if isinstance(outcome, _Failed):
            raise outcome.error
        result: _R = outcome
        return result

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
