"""The whole job through the real CLI against a local feed farm (issue 12).

    .venv/bin/python bench/bench_farm.py [--feeds 1000] [--items 20] [--churn 5]
                                         [--stories-only] [--db postgresql://...]
                                         [--unchanged-runs 3] [--baseline /tmp/old-tree]
                                         [--daemon-ticks 2]
                                         [--history-articles 1000000 --history-statements
                                          100000 [--history-db PATH]]

A responder process on 127.0.0.1 serves ``--feeds`` RSS feeds of ``--items`` items each, with
ETags (304 when unchanged). Items read like this topic's coverage: Ukraine peace talks, the
same ten officials quoted all day (a pool of statements per official, so most quotes repeat
across outlets and some are new). Each pass is one fresh process of ``monitor run --once``
(start-up included), timed from outside:

1. first update: every feed new, ``feeds x items`` new entries;
2. unchanged: every feed answers 304;
3. churn: every feed brings ``--churn`` new items on top of the ones it listed before.

With ``--daemon-ticks N``, the daemon itself (``monitor run``, one process) then polls the
unchanged farm for N ticks of ``[daemon] tick``; its peak RSS (``VmHWM``) and polls/s are
printed (issue 12: <= 300 MB at 5,000 feeds).

Prints entries/s (or polls/s) per pass, with the database's article and statement counts, and
the pass's CPU time: all of it, and (without ``--profile``) the ``monitor`` process's own
against its worker processes' (extraction and story features, ``[statements] workers``). The
default is the whole job (stories and statements on, SQLite); ``--stories-only`` sets
``[statements] enabled = false``. Targets (issue 12): first update and churn >= 1,000 new
entries/s, 304 polls >= 1,500/s, at 1,000 feeds, "and the same within 20% after 1M articles
and 100k statements are stored": ``--history-articles``/``--history-statements`` run the passes
on a copy of a SQLite database that already holds them (``farm_history.py`` builds it once, in
bulk, from the real normaliser, story features and statement extractor, and keeps it).
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from loopback import LoopbackServer
from sqlalchemy import create_engine, make_url, text

OFFICIALS = [("Kremlin spokesman Dmitry Peskov", "Peskov"),
             ("Foreign Ministry spokeswoman Maria Zakharova", "Zakharova"),
             ("President Volodymyr Zelenskyy", "Zelenskyy"),
             ("Secretary of State Marco Rubio", "Rubio"),
             ("Defense Secretary Pete Hegseth", "Hegseth"),
             ("Foreign Minister Sergei Lavrov", "Lavrov"),
             ("President Vladimir Putin", "Putin"),
             ("Foreign Minister Andrii Sybiha", "Sybiha"),
             ("envoy Steve Witkoff", "Witkoff"),
             ("EU foreign policy chief Kaja Kallas", "Kallas")]
WORDS = ("peace", "talks", "ceasefire", "delegation", "guarantees", "sanctions", "territory",
         "security", "front", "negotiations", "proposal", "plan", "draft", "summit", "prisoners",
         "exchange", "energy", "grain", "troops", "allies", "monitoring", "border", "agreement",
         "terms", "withdrawal", "referendum", "elections")
DAEMON_TICK_S = 5  # [daemon] tick of the --daemon-ticks run: every feed is due by then
STATEMENTS_PER_OFFICIAL = 200  # the pool each official's quotes come from: repeats are common


# Quotes draw on a larger vocabulary than the topic words (real officials' quotes do): 3,000
# made-up words with Zipf frequencies, with the topic words mixed in.
VOCABULARY = [f"v{n}" for n in range(3000)]
VOCABULARY_WEIGHTS = [1.0 / (rank + 1) for rank in range(len(VOCABULARY))]


@functools.lru_cache(maxsize=4096)
def _statement(official: int, n: int) -> str:
    rng = random.Random(official * 100_003 + n)
    words = rng.choices(VOCABULARY, VOCABULARY_WEIGHTS, k=rng.randint(7, 12))
    words[rng.randrange(len(words))] = rng.choice(WORDS)
    return " ".join(words).capitalize()


def _item(feed: int, n: int) -> str:
    """Item ``n`` (global within the feed's history): two officials quoted, some context."""
    rng = random.Random(feed * 1_000_003 + n)
    parts = [f"<p>Talks on a Ukraine peace plan went on on day {n}, officials said.</p>"]
    for _ in range(2):
        who = rng.randrange(len(OFFICIALS))
        title, last = OFFICIALS[who]
        quote = _statement(who, rng.randrange(STATEMENTS_PER_OFFICIAL))
        parts.append(f"<p>\u201c{quote},\u201d {title} told reporters.</p>")
        parts.append(f"<p>{last} said the {' '.join(rng.choices(WORDS, k=8))} would be "
                     "discussed next week.</p>")
    parts.append("<p>" + " ".join(rng.choices(WORDS, k=60)) + ".</p>")
    return "".join(parts)


def _feed(feed: int, generation: int, items: int, churn: int) -> bytes:
    newest = generation * churn + items
    out = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
           f"<title>Farm outlet {feed}</title><link>https://farm{feed}.example/</link>"]
    for n in range(newest - 1, newest - 1 - items, -1):
        out.append(f"<item><title>Ukraine peace talks: day {n} at outlet {feed}</title>"
                   f"<link>https://farm{feed}.example/news/{n}</link><guid>f{feed}-{n}</guid>"
                   f"<pubDate>Tue, 01 Dec 2026 {n % 24:02d}:00:00 GMT</pubDate>"
                   f"<description>{escape(_item(feed, n))}</description></item>")
    out.append("</channel></rss>")
    return "".join(out).encode()


def _answer(state: str, items: int, churn: int, head: bytes) -> bytes:
    generation = int(Path(state).read_text())
    feed = int(head.split(b" ", 2)[1].rsplit(b"/", 1)[1].split(b".")[0])
    etag = f'"{feed}-{generation}"'.encode()
    if b"if-none-match: " + etag.lower() in head.lower():
        return b"HTTP/1.1 304 Not Modified\r\nETag: " + etag + b"\r\n\r\n"
    body = _feed(feed, generation, items, churn)
    return (b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nETag: " + etag +
            b"\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


def _config(folder: Path, port: int, feeds: int, stories_only: bool,
            statements_parser: str = "off") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "monitor.toml").write_text(
        '[fetch]\nallowed_networks = ["127.0.0.1/32"]\nper_host = 16\n'
        '[poll]\ninterval = "1s"\nmin_interval = "1s"\nmax_interval = "1s"\njitter = 0\n'
        'adaptive = false\n'
        f'[daemon]\nbatch = {feeds}\ntick = "{DAEMON_TICK_S}s"\n'
        + ('[statements]\nenabled = false\n' if stories_only else
           f'[statements]\nparser = "{statements_parser}"\n'), encoding="utf-8")
    (folder / "feeds.toml").write_text("".join(
        f'[[feed]]\nname = "farm {i}"\nurl = "http://127.0.0.1:{port}/feed/{i}.xml"\n'
        f'outlet = "Outlet {i}"\n\n' for i in range(feeds)), encoding="utf-8")
    (folder / "topics.toml").write_text(
        "[topic.ukraine-peace]\nquery = '''Ukraine AND (peace OR talks)'''\n", encoding="utf-8")
    return folder


def _counts(url: str) -> tuple[int, int]:
    engine = create_engine(url)
    with engine.connect() as conn:
        articles = conn.execute(text("SELECT count(*) FROM articles")).scalar_one()
        statements = conn.execute(text("SELECT count(*) FROM statements")).scalar_one()
    engine.dispose()
    return int(articles), int(statements)


def _env(source: Path | None) -> dict[str, str]:
    """The children's environment: bytecode cached as on a normal install (this machine sets
    PYTHONDONTWRITEBYTECODE, which made every pass compile the package again, ~0.35 s), and
    ``source`` (a folder holding another ``monitor`` package) first on the path if given."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if source is not None:
        env["PYTHONPATH"] = str(source)
    return env


CPU_SECONDS: dict[str, list[float]] = {}  # CPU seconds of each pass, by pass name

# Runs ``monitor`` in this interpreter and, at exit (after the pipeline has stopped and joined
# its worker processes), writes the process's own CPU seconds and its children's (the
# extraction/features workers) to the file named by argv[1]: the main process is the pass's
# critical path, the workers run beside it on the other core. Like the ``monitor`` script, it
# leaves the working folder off the path, so that PYTHONPATH (a tree to measure) comes first.
CPU_SPLIT_WRAPPER = """
import atexit, resource, sys
sys.path[:] = [p for p in sys.path if p not in ("", ".")]  # as the script: no cwd first
from monitor.cli import main
out = sys.argv.pop(1)
def report():
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, "w") as f:
        f.write(f"{own.ru_utime + own.ru_stime} {workers.ru_utime + workers.ru_stime}")
atexit.register(report)
sys.argv[0] = "monitor"
sys.exit(main())
"""


# cProfile of the ``monitor`` process with the process's CPU clock as its timer (argv[1]: the
# output file): on shared cores, wall-clock profiles count the time spent waiting for a core
# and for the workers' results; this one counts what the main process itself computed.
CPU_PROFILE_WRAPPER = """
import cProfile, sys, time
sys.path[:] = [p for p in sys.path if p not in ("", ".")]
from monitor.cli import main
out = sys.argv.pop(1)
sys.argv[0] = "monitor"
profile = cProfile.Profile(time.process_time)
try:
    profile.runcall(main)
except SystemExit:
    pass
finally:
    profile.dump_stats(out)
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _pass(base: list[str], url: str, name: str, feeds: int, profile: Path | None,
          source: Path | None = None, cpu_clock: bool = False) -> float:
    """One ``run --once`` process; prints its line and returns its wall time in seconds."""
    before, _ = _counts(url)
    time.sleep(1.1)  # every feed due again (interval 1 s)
    command = [*base, "run", "--once"]
    split = Path(tempfile.mkstemp(prefix="farm-cpu-")[1])
    if profile is not None:  # the same process under cProfile, one file per pass
        out = profile.with_name(f"{profile.stem}-{name.replace(' ', '-')}{profile.suffix}")
        command = ([sys.executable, "-c", CPU_PROFILE_WRAPPER, str(out), *command[1:]]
                   if cpu_clock else
                   [sys.executable, "-m", "cProfile", "-o", str(out), "-m", "monitor",
                    *command[1:]])
    else:  # the same process, telling its own CPU time from its workers'
        command = [sys.executable, "-c", CPU_SPLIT_WRAPPER, str(split), *command[1:]]
    cpu_before = _children_cpu()
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False,
                          env=_env(source))
    elapsed = time.perf_counter() - started
    cpu = _children_cpu() - cpu_before  # the pass's own CPU, all threads: steadier under load
    parts = split.read_text().split()
    split.unlink()
    own = f" = main {float(parts[0]):5.2f} + workers {float(parts[1]):5.2f}" if parts else ""
    articles, statements = _counts(url)
    new = articles - before
    rate = f"{new / elapsed:,.0f} new entries/s" if new else f"{feeds / elapsed:,.0f} polls/s"
    print(f"{name:<13} {elapsed:6.2f} s (CPU {cpu:5.2f} s{own})  {rate:>22}  ({new:,} new; "
          f"{articles:,} articles, "
          f"{statements:,} statements stored; rc {done.returncode})", flush=True)
    if done.returncode or (not new and name in ("first update", "churn")):
        # a pass meant to bring entries that stored none failed feed by feed (exit code 0)
        print(done.stderr[-2000:], file=sys.stderr)
    CPU_SECONDS.setdefault(name, []).append(cpu)
    return elapsed


def _fetches(url: str) -> int:
    engine = create_engine(url)
    with engine.connect() as conn:
        count = conn.execute(text("SELECT count(*) FROM fetch_log")).scalar_one()
    engine.dispose()
    return int(count)


def _daemon(base: list[str], url: str, feeds: int, ticks: int) -> None:
    """Run ``monitor run`` until it has polled every feed ``ticks`` times; print its peak RSS."""
    before = _fetches(url)
    process = subprocess.Popen([*base, "run"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=_env(None))
    started = time.perf_counter()
    peak_kib = 0
    try:
        while _fetches(url) < before + feeds * ticks:
            if process.poll() is not None or time.perf_counter() - started > 60 * ticks:
                print(f"daemon: gave up (exit code {process.returncode})", flush=True)
                return
            status = Path(f"/proc/{process.pid}/status").read_text()
            peak_kib = max(peak_kib, int(status.split("VmHWM:")[1].split()[0]))
            time.sleep(0.2)
        elapsed = time.perf_counter() - started
        status = Path(f"/proc/{process.pid}/status").read_text()
        peak_kib = max(peak_kib, int(status.split("VmHWM:")[1].split()[0]))
    finally:
        process.terminate()
        process.wait(timeout=60)
    print(f"daemon (monitor run): {feeds * ticks:,} polls in {elapsed:.1f} s ({ticks} ticks of "
          f"{DAEMON_TICK_S} s, start included); peak RSS {peak_kib / 1024:.0f} MiB", flush=True)


HISTORY_FOLDER = Path("/tmp/history")  # big files: outside the repository


def _history(args: argparse.Namespace, target: Path) -> None:
    """Copy the history database (built first if missing) to ``target``."""
    from farm_history import build, counts

    source = args.history_db or HISTORY_FOLDER / (
        f"history-{args.history_articles}-{args.history_statements}.db")
    if not source.exists():
        source.parent.mkdir(parents=True, exist_ok=True)
        print(f"building {source} ...", flush=True)
        built = build(f"sqlite:///{source}", args.history_articles, args.history_statements,
                      feeds=args.feeds)
        print(f"built in {built.seconds:.0f} s: {built.articles:,} articles, "
              f"{built.statements:,} statements ({built.sightings:,} sightings), "
              f"{built.story_keys:,} story keys, {built.statement_keys:,} statement keys; "
              f"{built.size_bytes / 2**30:.2f} GiB", flush=True)
    started = time.perf_counter()
    shutil.copyfile(source, target)
    articles, statements = counts(target)
    print(f"history: {source} ({source.stat().st_size / 2**30:.2f} GiB, {articles:,} articles, "
          f"{statements:,} statements), copied in {time.perf_counter() - started:.1f} s",
          flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the farm and print a line per pass."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--churn", type=int, default=5)
    parser.add_argument("--stories-only", action="store_true")
    parser.add_argument("--parser", choices=["off", "auto", "on"], default="off",
                        help="[statements] parser: the optional dependency parser (`make "
                             "install-parser`; \"on\" stops at start if it is missing)")
    parser.add_argument("--db", help="PostgreSQL URL of an empty database (default: SQLite)")
    parser.add_argument("--profile", type=Path,
                        help="write a cProfile file per pass (NAME-first-update.prof, ...)")
    parser.add_argument("--cpu-clock", action="store_true",
                        help="with --profile: time the profile by the process's CPU clock "
                        "(what the main process computed), not wall time")
    parser.add_argument("--unchanged-runs", type=int, default=1,
                        help="repeat the unchanged (304) pass; the median is printed")
    parser.add_argument("--baseline", type=Path,
                        help="a folder holding another monitor package (e.g. `git archive` of "
                        "an earlier commit): each unchanged pass is run with it, then with "
                        "this one, back to back, after one warm-up pair")
    parser.add_argument("--daemon-ticks", type=int, default=0,
                        help="after the unchanged passes, run the daemon (`monitor run`) for "
                        "this many ticks over the unchanged farm and print its peak RSS")
    parser.add_argument("--history-articles", type=int, default=0,
                        help="run the passes on a SQLite database already holding this many "
                        "older farm articles (bench/farm_history.py), e.g. 1000000")
    parser.add_argument("--history-statements", type=int, default=0,
                        help="...and this many statements of the same officials, e.g. 100000")
    parser.add_argument("--history-db", type=Path,
                        help="the history database file: built there if missing, else reused "
                        f"(default {HISTORY_FOLDER}/history-ARTICLES-STATEMENTS.db); each run "
                        "works on a copy")
    args = parser.parse_args(argv)
    history = args.history_articles or args.history_statements
    if history and args.db:
        parser.error("--history-* is SQLite only")
    monitor = Path(sys.executable).with_name("monitor")
    with tempfile.TemporaryDirectory() as folder:
        state = Path(folder) / "generation"
        state.write_text("0")
        answer = functools.partial(_answer, str(state), args.items, args.churn)
        with LoopbackServer(answer) as port:
            config = _config(Path(folder) / "config", port, args.feeds, args.stories_only,
                             args.parser)
            url = args.db or f"sqlite:///{folder}/farm.db"
            if history:
                _history(args, Path(folder) / "farm.db")
            base = [str(monitor), "--config", str(config), "--db", url]
            subprocess.run([*base, "db", "upgrade"], check=True, capture_output=True)
            plain = make_url(url).set(drivername="postgresql+psycopg") if args.db else url
            print(f"{args.feeds} feeds x {args.items} items, churn {args.churn}, "
                  f"{'stories only' if args.stories_only else 'whole job'}, "
                  f"{'PostgreSQL' if args.db else 'SQLite'}")
            _pass(base, str(plain), "first update", args.feeds, args.profile,
                  cpu_clock=args.cpu_clock)
            variants: list[tuple[str, Path | None]] = [("unchanged", None)]
            if args.baseline is not None:
                variants = [("unchanged baseline", args.baseline.resolve()),
                            ("unchanged", None)]
                for name, source in variants:  # writes each tree's bytecode caches
                    _pass(base, str(plain), f"warm-up {name.split()[-1]}", args.feeds, None,
                          source)
            times: dict[str, list[float]] = {name: [] for name, _ in variants}
            for _ in range(args.unchanged_runs):
                for name, source in variants:
                    times[name].append(_pass(base, str(plain), name, args.feeds, args.profile,
                                             source, args.cpu_clock))
            if args.unchanged_runs > 1 or args.baseline is not None:
                for name, values in times.items():
                    median = statistics.median(values)
                    cpu = statistics.median(CPU_SECONDS[name])
                    print(f"{name}: median {median:.2f} s = {args.feeds / median:,.0f} polls/s "
                          f"over {len(values)} runs; median CPU {cpu:.2f} s", flush=True)
            if args.daemon_ticks:
                _daemon(base, str(plain), args.feeds, args.daemon_ticks)
            state.write_text("1")
            _pass(base, str(plain), "churn", args.feeds, args.profile, cpu_clock=args.cpu_clock)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
