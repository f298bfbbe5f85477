"""Benchmark: the per-item cost of the pure stages on real feeds (../shared/data/feeds).

Prints, per feed file: feedparser time per item (parse_feed), normalisation per item
(normalize_item, html_to_text included), and topic matching per article (the shipped
ukraine-peace topic). These are the figures the unit tests used to assert as ceilings;
speed lives here, not in tests.

    .venv/bin/python bench/bench_parse.py
"""

from __future__ import annotations

import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from monitor.config import load_settings
from monitor.normalize import normalize_item
from monitor.parse import parse_feed
from monitor.topics import match_topics

ROOT = Path(__file__).resolve().parents[1]
FEEDS = ROOT.parent / "shared" / "data" / "feeds"
FILES = ("fast-news-reader/heise.xml", "fast-news-reader/bbc.xml",
         "kyivindependent/kyivindependent.xml", "miniflux/parser/large_atom.xml",
         "whitehouse/rss.xml")
ROUNDS = 5  # repeat each file; the median is printed


def main() -> None:
    """Measure and print."""
    if not FEEDS.is_dir():
        raise SystemExit(f"{FEEDS} not found: this benchmark reads ../shared/data/feeds")
    topics = load_settings(ROOT / "config", environ={}).topics
    now = datetime.now(UTC)
    for relative in FILES:
        data = (FEEDS / relative).read_bytes()
        parse_ms, norm_ms, topic_ms = [], [], []
        for _ in range(ROUNDS):
            t0 = time.perf_counter()
            parsed = parse_feed(data, url="https://example.org/")
            t1 = time.perf_counter()
            articles = [a for a in (normalize_item(i, source="x", now=now,
                                                   feed_url="https://example.org/")
                                    for i in parsed.items) if a is not None]
            t2 = time.perf_counter()
            for a in articles:
                match_topics(topics, a.title, a.summary, a.text)
            t3 = time.perf_counter()
            n = max(len(parsed.items), 1)
            parse_ms.append((t1 - t0) * 1000 / n)
            norm_ms.append((t2 - t1) * 1000 / n)
            topic_ms.append((t3 - t2) * 1000 / max(len(articles), 1))
        print(f"{relative:40} {len(parsed.items):4} items  {len(data) / 1024:7.0f} KiB  "
              f"parse {statistics.median(parse_ms):.2f} ms/item  "
              f"normalise {statistics.median(norm_ms):.2f} ms/item  "
              f"topics {statistics.median(topic_ms):.3f} ms/article")


if __name__ == "__main__":
    main()
