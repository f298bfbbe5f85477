"""Benchmark: the whole collect pipeline (fetch, parse, normalise, topics, SQLite) on local feeds.

Two scenarios, each against a server in a separate process (its own GIL):

1. ``poll``: N feeds (default 5,000) that answer 304 to the conditional GET: polls/s end to
   end (lease, fetch, feed health written), client CPU per poll, peak RSS of the process.
2. ``fresh``: M feeds (default 200) of 50 items each, every item new on every fetch: new
   entries stored per second end to end, CPU per entry, and the share of CPU in feedparser.

    .venv/bin/python bench/bench_ingest.py                  # both scenarios
    .venv/bin/python bench/bench_ingest.py --poll-feeds 5000 --fresh-feeds 200
"""

from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from loopback import LoopbackServer

from monitor import pipeline as pipeline_module
from monitor.config import load_settings
from monitor.pipeline import Pipeline
from monitor.storage import migrate
from monitor.storage.engine import create_engine_for, session_factory

ETAG = b'"bench-v1"'
ITEMS_PER_FEED = 50
ITEM_WORDS = 120  # a feed summary of realistic size (about 700 characters)
_counter = [0]


VOCABULARY = (
    "talks", "ceasefire", "delegation", "monitoring", "sanctions", "envoy", "minister", "border",
    "front", "region", "city", "officials", "agreement", "proposal", "meeting", "capital",
    "week", "drones", "energy", "grain", "exports", "prisoners", "exchange", "guarantees",
    "troops", "allies", "summit", "negotiators", "plan", "draft", "security", "council", "vote",
    "aid", "package", "missiles", "defence", "economy", "winter", "repairs", "infrastructure",
    "court", "report", "inquiry", "budget", "parliament", "coalition",
)
SENTENCE_WORDS = 12


def _item_text(n: int) -> str:
    """About ITEM_WORDS words of varied text, with a direct quote and reported speech (each
    item's statements are new: random words, as different officials' days differ)."""
    rng = random.Random(n)
    sentences = []
    for _ in range(ITEM_WORDS // SENTENCE_WORDS):
        words = rng.choices(VOCABULARY, k=SENTENCE_WORDS)
        sentences.append(" ".join(words).capitalize() + ".")
    claim = " ".join(rng.choices(VOCABULARY, k=SENTENCE_WORDS))
    quote = " ".join(rng.choices(VOCABULARY, k=SENTENCE_WORDS)).capitalize()
    sentences.insert(2, f"Kremlin spokesman Dmitry Peskov said that the {claim} would be "
                        "discussed.")
    sentences.insert(5, f"“{quote} is the question of the day,” Maria Zakharova told "
                        "reporters.")
    return " ".join(sentences)


def _fresh_feed(feed: int) -> bytes:
    parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
             f"<title>Bench feed {feed}</title><link>https://bench.example/</link>"]
    for _ in range(ITEMS_PER_FEED):
        _counter[0] += 1
        n = _counter[0]
        parts.append(f"<item><title>Ukraine peace talks update {n}</title>"
                     f"<link>https://bench.example/{feed}/{n}?utm_source=rss</link>"
                     f"<guid>bench-{n}</guid><pubDate>Tue, 10 Mar 2026 10:00:00 GMT</pubDate>"
                     f"<description>{escape(_item_text(n))}</description></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def _answer(head: bytes) -> bytes:
    path = head.split(b" ", 2)[1]
    if path.startswith(b"/fresh/"):
        body = _fresh_feed(int(path.rsplit(b"/", 1)[1].split(b".")[0]))
        return (b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    if b"\nif-none-match:" in head.lower():
        return b"HTTP/1.1 304 Not Modified\r\nETag: " + ETAG + b"\r\n\r\n"
    body = b"<rss version='2.0'><channel><title>b</title></channel></rss>"
    return (b"HTTP/1.1 200 OK\r\nETag: " + ETAG + b"\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


def _config(folder: Path, urls: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "monitor.toml").write_text(
        '[fetch]\nallowed_networks = ["127.0.0.1/32"]\nconcurrency = 8\nper_host = 8\n'
        '[daemon]\nbatch = 1000\n', encoding="utf-8")
    (folder / "feeds.toml").write_text("".join(
        f'[[feed]]\nname = "feed {i}"\nurl = "{url}"\noutlet = "Outlet {i % 50}"\n\n'
        for i, url in enumerate(urls)), encoding="utf-8")
    (folder / "topics.toml").write_text(
        "[topic.ukraine-peace]\nquery = '''Ukraine AND (peace OR talks)'''\n", encoding="utf-8")
    return folder


def _pipeline(workdir: Path, urls: list[str], *, stages: bool = False) -> Pipeline:
    db = f"sqlite:///{workdir / 'bench.db'}"
    settings = load_settings(_config(workdir / "config", urls), database_url=db)
    engine = create_engine_for(db)
    migrate.upgrade(engine)
    # stages=False: the collect pipeline only; True: stories and statements too (alerts off)
    pipe = Pipeline(settings, session_factory(engine), after_insert=None if stages else [])
    pipe.sync_feeds()
    return pipe


def _pass(pipe: Pipeline, now: datetime, feeds: int) -> tuple[int, int]:
    """Poll every feed once; returns (polls, new articles)."""
    polls = new = 0
    while polls < feeds:
        report = pipe.update_due_feeds(now)
        if not report.feeds:
            break
        polls += len(report.feeds)
        new += report.new_articles
    return polls, new


def bench_poll(port: int, feeds: int) -> None:
    """Scenario 1: N feeds answering 304."""
    with tempfile.TemporaryDirectory() as tmp:
        urls = [f"http://127.0.0.1:{port}/static/{i}.xml" for i in range(feeds)]
        pipe = _pipeline(Path(tmp), urls)
        now = datetime.now(UTC)
        _pass(pipe, now, feeds)  # first pass: 200s, the ETags get stored
        for round_no in (1, 2):
            now += timedelta(days=1)  # every feed due again
            wall0, cpu0 = time.perf_counter(), time.process_time()
            polls, _ = _pass(pipe, now, feeds)
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            print(f"poll round {round_no}: {polls} feeds answering 304 in {wall:.2f} s = "
                  f"{polls / wall:,.0f} polls/s end to end; CPU {cpu / polls * 1e3:.3f} ms/poll")
        pipe.close()
    print(f"peak RSS after {feeds} feeds: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB")


def bench_fresh(port: int, feeds: int, *, stages: bool = False) -> None:
    """Scenario 2: feeds whose 50 items are all new on every fetch."""
    parse_cpu = [0.0]
    real_parse = pipeline_module.parse_feed

    def timed_parse(*args: object, **kwargs: object) -> object:
        t0 = time.thread_time()
        try:
            return real_parse(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            parse_cpu[0] += time.thread_time() - t0

    pipeline_module.parse_feed = timed_parse  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        urls = [f"http://127.0.0.1:{port}/fresh/{i}.xml" for i in range(feeds)]
        pipe = _pipeline(Path(tmp), urls, stages=stages)
        now = datetime.now(UTC)
        label = "with stories and statements" if stages else "collect only"
        for round_no in (1, 2):
            parse_cpu[0] = 0.0
            wall0, cpu0 = time.perf_counter(), time.process_time()
            polls, new = _pass(pipe, now, feeds)
            wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            print(f"fresh round {round_no} ({label}): {polls} feeds x {ITEMS_PER_FEED} items, "
                  f"{new} new "
                  f"in {wall:.2f} s = {new / wall:,.0f} entries/s end to end; CPU "
                  f"{cpu / polls * 1e3:.2f} ms/poll, {cpu / max(new, 1) * 1e3:.3f} ms/entry; "
                  f"feedparser {parse_cpu[0] / cpu:.0%} of CPU")
            now += timedelta(days=1)
        pipe.close()
    pipeline_module.parse_feed = real_parse


def main() -> None:
    """Run both scenarios and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--poll-feeds", type=int, default=5000)
    parser.add_argument("--fresh-feeds", type=int, default=200)
    parser.add_argument("--stages", action="store_true",
                        help="fresh scenario also through stories and statements")
    args = parser.parse_args()
    with LoopbackServer(_answer) as port:
        bench_fresh(port, args.fresh_feeds)
        if args.stages:
            bench_fresh(port, args.fresh_feeds, stages=True)
        bench_poll(port, args.poll_feeds)


if __name__ == "__main__":
    main()
