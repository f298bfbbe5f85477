"""Start-up cost of `monitor run --once` with nothing due (cron-style use pays it every pass).

    .venv/bin/python bench/bench_startup.py [--runs 10]

Makes a config folder with no feeds and a migrated SQLite database in a temporary folder, runs
`monitor run --once` once to warm the bytecode cache (``PYTHONDONTWRITEBYTECODE`` is unset for
the children, as on a normal install), then ``--runs`` more times, and prints the median and
best wall time, the median CPU time (steadier on shared cores), the peak RSS and the load
average. Target: <= 0.3 s.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
TARGET_SECONDS = 0.3


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args(argv)
    monitor = Path(sys.executable).with_name("monitor")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "config"
        config.mkdir()
        for name in ("monitor.toml", "topics.toml", "officials.toml"):
            if (PROJECT / "config" / name).exists():
                shutil.copy(PROJECT / "config" / name, config / name)
        (config / "feeds.toml").write_text("", encoding="utf-8")
        base = [str(monitor), "--config", str(config), "--db", f"sqlite:///{folder}/m.db"]
        subprocess.run([*base, "db", "upgrade"], check=True, capture_output=True, env=env)
        times: list[float] = []
        cpus: list[float] = []  # the process's CPU seconds: steadier than wall on busy cores
        for run in range(args.runs + 1):
            cpu_before = _children_cpu()
            started = time.perf_counter()
            subprocess.run([*base, "run", "--once"], check=True, capture_output=True, env=env)
            if run:  # the first run writes the bytecode caches
                times.append(time.perf_counter() - started)
                cpus.append(_children_cpu() - cpu_before)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    median = statistics.median(times)
    print(f"monitor run --once, nothing due: median {median:.3f} s, best {min(times):.3f} s "
          f"over {len(times)} runs; CPU median {statistics.median(cpus):.3f} s; "
          f"peak RSS {peak:.0f} MiB; target <= {TARGET_SECONDS} s: "
          f"{'met' if median <= TARGET_SECONDS else 'NOT met'}; load average "
          f"{os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
