"""Statement extraction in worker processes gives what the serial extractor gives (issue 12).

The workers are real processes (``spawn``); the extractors with a bug they build come from
``tests/support/extractors.py``.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime

import pytest

from monitor.dedupe.signatures import features
from monitor.statements import Extractor, Registry, default_registry
from monitor.statements.pool import ExtractionPool
from tests.support.extractors import BOOM, DIE, Dying, Exploding

DAY = date(2026, 3, 10)
TEXTS = [
    'Kremlin spokesman Dmitry Peskov said on Monday that talks "could resume soon".',
    '"We are ready for a ceasefire," President Volodymyr Zelenskyy told reporters in Kyiv. '
    "Foreign Minister Sergei Lavrov said Russia would not accept the plan.",
    "No one is quoted here at all.",
    '"Sanctions will stay," EU foreign policy chief Kaja Kallas said. "Until the war ends."',
] + [f'"Talks on day {n} went well," Secretary of State Marco Rubio said. Peskov said the '
     f"exchange of prisoners number {n} was agreed." for n in range(12)]
@pytest.fixture(scope="module")
def registry() -> Registry:
    return default_registry()


def test_the_pool_gives_the_serial_results_in_any_order(registry: Registry) -> None:
    serial = Extractor(registry)
    expected = [serial.extract(t, day=DAY) for t in TEXTS]
    assert sum(map(len, expected)) >= 20
    pool = ExtractionPool(registry, 2)
    try:
        pool.submit((t, DAY) for t in TEXTS)
        got = {t: pool.extract(t, DAY) for t in reversed(TEXTS)}  # collected in any order
        assert [got[t] for t in TEXTS] == expected
        # collected again, and a day not submitted (extracted in the process): the same
        assert pool.extract(TEXTS[1], DAY) == expected[1]
        assert pool.extract(TEXTS[1], date(1990, 1, 1)) == serial.extract(TEXTS[1],
                                                                          day=date(1990, 1, 1))
    finally:
        pool.close()


def test_an_article_the_extractor_fails_on_fails_alone(registry: Registry) -> None:
    texts = [*TEXTS[:3], f"{BOOM}: {TEXTS[0]}", *TEXTS[3:6]]
    pool = ExtractionPool(registry, 2, factory=Exploding)
    try:
        pool.submit((t, DAY) for t in texts)
        for text in texts:
            if BOOM in text:
                with pytest.raises(ValueError, match="a bug met BOOM"):
                    pool.extract(text, DAY)
            else:  # the others of its task and of other tasks are intact
                assert pool.extract(text, DAY) == Extractor(registry).extract(text, day=DAY)
    finally:
        pool.close()


def test_a_dead_worker_falls_back_to_the_process(registry: Registry,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    texts = [*TEXTS[:4], f"{DIE} {TEXTS[0]}", *TEXTS[4:8]]
    serial = Extractor(registry)
    pool = ExtractionPool(registry, 2, factory=Dying)
    try:
        with caplog.at_level(logging.WARNING, logger="monitor.statements.pool"):
            pool.submit((t, DAY) for t in texts)
            assert [pool.extract(t, DAY) for t in texts] == [serial.extract(t, day=DAY)
                                                             for t in texts]
        assert "pool failed" in caplog.text
        # a new pool serves the next batch
        pool.submit((t, DAY) for t in TEXTS[8:])
        assert [pool.extract(t, DAY) for t in TEXTS[8:]] == [serial.extract(t, day=DAY)
                                                            for t in TEXTS[8:]]
    finally:
        pool.close()


def test_one_worker_is_no_pool(registry: Registry) -> None:
    with pytest.raises(ValueError, match="at least 2"):
        ExtractionPool(registry, 1)


ORPHAN_SCRIPT = """
import os, sys
from monitor.statements import default_registry
from monitor.statements.pool import ExtractionPool
pool = ExtractionPool(default_registry(), 2)
pool.submit([("Peskov said talks could resume.", None)])
pool.extract("Peskov said talks could resume.")
print(" ".join(str(p) for p in pool._pool()._processes), flush=True)
os._exit(0)  # killed, as by SIGKILL: the pool is never stopped
"""


def test_workers_of_a_killed_process_exit() -> None:
    import subprocess
    import sys
    import time

    done = subprocess.run([sys.executable, "-c", ORPHAN_SCRIPT], capture_output=True,
                          text=True, timeout=60, check=True)
    pids = [int(p) for p in done.stdout.split()]
    assert pids  # workers start on demand: one or two here
    deadline = time.monotonic() + 20
    alive = pids
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [p for p in alive if _alive(p)]
    assert alive == []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"  # a zombie has exited
    except FileNotFoundError:
        return False


# --- the stories stage's features in the same workers ------------------------------------------

FEATURE_JOBS = [(f"Ukraine talks, part {n}", text, datetime(2026, 3, 10, n % 24, tzinfo=UTC))
                for n, text in enumerate(TEXTS)] + [("No text", "", None)]


def test_the_pool_gives_the_features_computed_here(registry: Registry) -> None:
    expected = [features(*job) for job in FEATURE_JOBS]
    pool = ExtractionPool(registry, 2)
    try:
        pool.submit_features(FEATURE_JOBS)
        pool.submit((t, DAY) for t in TEXTS)  # both kinds in flight at once
        got = [pool.features(*job) for job in reversed(FEATURE_JOBS)][::-1]
        assert got == expected
        assert pool.served["features"] == len(FEATURE_JOBS)
        assert [g.to_json() for g in got] == [e.to_json() for e in expected]
        assert pool.extract(TEXTS[1], DAY) == Extractor(registry).extract(TEXTS[1], day=DAY)
        # a job not submitted (another published time) is computed here, not mixed up
        other = (FEATURE_JOBS[0][0], FEATURE_JOBS[0][1], None)
        assert pool.features(*other) == features(*other) != expected[0]
        # the title/text split is part of the key
        title, text, at = FEATURE_JOBS[1]
        assert pool.features(title + text[:5], text[5:], at) == features(title + text[:5],
                                                                       text[5:], at)
    finally:
        pool.close()


def test_a_features_only_pool_needs_no_registry() -> None:
    pool = ExtractionPool(None, 2)
    try:
        pool.submit_features(FEATURE_JOBS[:4])
        assert [pool.features(*j) for j in FEATURE_JOBS[:4]] == [features(*j)
                                                                 for j in FEATURE_JOBS[:4]]
        with pytest.raises(ValueError, match="features only"):
            pool.submit([(TEXTS[0], DAY)])
        with pytest.raises(ValueError, match="features only"):
            pool.extract(TEXTS[0], DAY)
    finally:
        pool.close()


def test_features_fall_back_to_the_process_when_a_worker_dies(registry: Registry) -> None:
    pool = ExtractionPool(registry, 2, factory=Dying)
    try:
        pool.submit_features(FEATURE_JOBS)
        pool.submit([(f"{DIE} {TEXTS[0]}", DAY)])  # kills its worker: the pool breaks
        assert [pool.features(*j) for j in FEATURE_JOBS] == [features(*j) for j in FEATURE_JOBS]
    finally:
        pool.close()
