"""Latency of an immediate alert: enqueue committed -> webhook received.

A dispatcher runs in a thread (``run_forever``, as the daemon runs it) against a local HTTP
server standing in for the Slack webhook. Alerts are enqueued one at a time, each in its own
transaction; the clock starts after the commit and stops when the server has the request.

    .venv/bin/python bench/bench_alert_latency.py                 # SQLite in a temp folder
    .venv/bin/python bench/bench_alert_latency.py --pg postgresql://postgres@127.0.0.1/test
    .venv/bin/python bench/bench_alert_latency.py -n 500

Prints the median, p90, p99 and max in milliseconds (target: p99 <= 1000 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text

from monitor.alerts import (
    AlertItem,
    ChannelConfig,
    Dispatcher,
    SlackSettings,
    enqueue_alerts,
)
from monitor.storage import migrate
from monitor.storage.engine import (
    create_engine_for,
    normalise_url,
    session_factory,
    transaction,
)
from tests.support.webhook import WebhookServer

TARGET_P99_MS = 1000.0  # the target for an immediate channel
WAIT_SECONDS = 10.0  # give up on one alert after this long (counts as a failure)


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), nearest-rank."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


@contextmanager
def scratch_database(pg_url: str | None, tmp: str) -> Iterator[str]:
    """A fresh database URL: an SQLite file in ``tmp``, or a new PostgreSQL database."""
    if not pg_url:
        yield f"sqlite:///{tmp}/bench.db"
        return
    name = f"monitor_bench_{os.getpid()}"
    base = normalise_url(pg_url).rpartition("/")[0]
    admin = create_engine(normalise_url(pg_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield f"{base}/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> int:
    """Run the benchmark; exit 1 when p99 misses the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=200, help="alerts to send (default 200)")
    parser.add_argument("--pg", metavar="URL", help="a PostgreSQL server (any database on "
                        "it): a scratch database is made there and dropped after the run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, scratch_database(args.pg, tmp) as url:
        engine = create_engine_for(url)
        migrate.upgrade(engine)
        sessions = session_factory(engine)
        latencies: list[float] = []
        with WebhookServer() as hook:
            channel = ChannelConfig(name=f"bench-{time.time_ns()}", type="slack",
                                    slack=SlackSettings(hook.url))
            dispatcher = Dispatcher(sessions, [channel])
            stop = threading.Event()
            thread = threading.Thread(target=dispatcher.run_forever, args=(stop,), daemon=True)
            thread.start()
            time.sleep(0.5)  # idle: from here on only wake-ups bring it back
            run = time.time_ns()
            for n in range(args.n):
                item = AlertItem(
                    key=f"bench:{run}:{n}", official_id="bench", official_name="Bench",
                    kind="direct", content=f"Statement {n}.", speaker="bench",
                    outlet="Bench Times", link=f"https://example.org/{n}",
                    time=datetime.now(UTC),
                )
                with transaction(sessions) as session:
                    enqueue_alerts(session, [item], [channel], feed_id=None,
                                   first_fetch=False, now=datetime.now(UTC))
                start = time.perf_counter()  # the commit has returned
                if not hook.wait_for(n + 1, timeout=WAIT_SECONDS):
                    print(f"alert {n} not received within {WAIT_SECONDS} s", file=sys.stderr)
                    break
                latencies.append((hook.received[n].at - start) * 1000)
            stop.set()
            thread.join(timeout=10)
            dispatcher.close()
        engine.dispose()
    if not latencies:
        print("no alert received")
        return 1
    backend = "postgresql" if url.startswith("postgres") else "sqlite"
    p99 = percentile(latencies, 99)
    print(f"alert latency, enqueue committed -> webhook received ({backend}, "
          f"{len(latencies)}/{args.n} alerts)")
    print(f"  median {statistics.median(latencies):7.1f} ms")
    print(f"  p90    {percentile(latencies, 90):7.1f} ms")
    print(f"  p99    {p99:7.1f} ms   (target <= {TARGET_P99_MS:.0f} ms)")
    print(f"  max    {max(latencies):7.1f} ms")
    return 0 if p99 <= TARGET_P99_MS and len(latencies) == args.n else 1


if __name__ == "__main__":
    sys.exit(main())
