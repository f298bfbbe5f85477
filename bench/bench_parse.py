"""Benchmark: the per-item cost of the pure stages on real feeds (../shared/data/feeds).

Prints, per feed file: parse CPU per item both ways (feedparser only, and parse_feed with
the lxml fast reader of monitor/feedxml.py, which falls back to feedparser when unsure; "path"
says which one answered), normalisation per item
(normalize_item, html_to_text included), and topic matching per article (the shipped
ukraine-peace topic). These are the figures the unit tests used to assert as ceilings;
speed lives here, not in tests.

    .venv/bin/python bench/bench_parse.py

Times are CPU (time.process_time): the benchmark box is shared. A last block does the same
for the bench farm's generated feeds (bench/bench_farm.py, 30 items of ~1.3 kB).
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from monitor.config import load_settings
from monitor.normalize import normalize_item
from monitor.parse import _parse_fast, parse_feed, parse_feed_feedparser
from monitor.topics import match_topics

ROOT = Path(__file__).resolve().parents[1]
FEEDS = ROOT.parent / "shared" / "data" / "feeds"
FILES = ("fast-news-reader/heise.xml", "fast-news-reader/bbc.xml",
         "fast-news-reader/tagesschau.xml", "kyivindependent/kyivindependent.xml",
         "miniflux/parser/large_atom.xml", "miniflux/parser/large_rss.xml",
         "whitehouse/rss.xml")
FARM_FEEDS = 20  # generated farm feeds timed (distinct outlets)
ROUNDS = 5  # repeat each file; the median is printed


def main() -> None:
    """Measure and print."""
    if not FEEDS.is_dir():
        raise SystemExit(f"{FEEDS} not found: this benchmark reads ../shared/data/feeds")
    topics = load_settings(ROOT / "config", environ={}).topics
    now = datetime.now(UTC)
    for relative in FILES:
        data = (FEEDS / relative).read_bytes()
        parse_ms, norm_ms, topic_ms, fp_ms = [], [], [], []
        for _ in range(ROUNDS):
            t = time.process_time()
            parse_feed_feedparser(data, url="https://example.org/")
            fp_ms.append(time.process_time() - t)
            t0 = time.process_time()
            parsed = parse_feed(data, url="https://example.org/")
            t1 = time.process_time()
            articles = [a for a in (normalize_item(i, source="x", now=now,
                                                   feed_url="https://example.org/")
                                    for i in parsed.items) if a is not None]
            t2 = time.process_time()
            for a in articles:
                match_topics(topics, a.title, a.summary, a.text)
            t3 = time.process_time()
            n = max(len(parsed.items), 1)
            parse_ms.append((t1 - t0) * 1000 / n)
            fp_ms[-1] = fp_ms[-1] * 1000 / n
            norm_ms.append((t2 - t1) * 1000 / n)
            topic_ms.append((t3 - t2) * 1000 / max(len(articles), 1))
        path = "fast" if _parse_fast(data, url="https://x/", content_type=None) else "feedparser"
        print(f"{relative:40} {len(parsed.items):4} items  {len(data) / 1024:7.0f} KiB  "
              f"feedparser {statistics.median(fp_ms):.3f} -> parse_feed "
              f"{statistics.median(parse_ms):.3f} ms/item ({path})  "
              f"normalise {statistics.median(norm_ms):.2f} ms/item  "
              f"topics {statistics.median(topic_ms):.3f} ms/article")
    _farm()


def _farm() -> None:
    """Parse CPU per item on the bench farm's generated RSS (what a churn pass parses)."""
    spec = importlib.util.spec_from_file_location("bench_farm", ROOT / "bench" / "bench_farm.py")
    assert spec is not None and spec.loader is not None
    farm = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_farm", farm)
    spec.loader.exec_module(farm)
    docs = [farm._feed(feed, 3, 30, 5) for feed in range(FARM_FEEDS)]
    items = 30 * len(docs)
    for name, parse in (("feedparser", parse_feed_feedparser), ("parse_feed", parse_feed)):
        runs = []
        for _ in range(ROUNDS):
            t0 = time.process_time()
            for doc in docs:
                parse(doc, url="https://farm.example/", content_type="application/rss+xml")
            runs.append((time.process_time() - t0) * 1000 / items)
        print(f"farm feeds ({len(docs)} x 30 items, {len(docs[0]) / 30:.0f} B/item)  "
              f"{name:10} {statistics.median(runs):.3f} ms/item CPU")


if __name__ == "__main__":
    main()
