"""CPU time of ``store_articles`` for 200 batches of 20 new articles (SQLite, a fresh file).

    .venv/bin/python bench/bench_store_articles.py [label]
    PYTHONPATH=/tmp/base .venv/bin/python bench/bench_store_articles.py before   # another tree

Prints the CPU time (``time.process_time``) per article of the insert path alone: the
existing-row look-ups and the multi-row INSERT with RETURNING (``storage.bulk``).
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta

from monitor.config import FeedConfig
from monitor.storage import articles as article_store
from monitor.storage import feeds as feed_store
from monitor.storage import migrate
from monitor.storage.engine import create_engine_for, session_factory, transaction
from monitor.types import Article

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
FEEDS, ITEMS = 200, 20


def art(n: int) -> Article:
    """A new article of ~2 kB of text."""
    url = f"https://news.example/a/{n}"
    return Article(
        url=url, canonical_url=url, guid=f"guid-{n}", title=f"Title {n} about peace talks",
        summary="s" * 200, text=f"Body of article {n}. " * 100, authors=("A. Writer",),
        published_at=NOW - timedelta(hours=1), language="en", content_hash=f"hash-{n}",
        source="Example News", topics=("ukraine-peace",))


def main() -> None:
    """Run the benchmark and print its figure."""
    label = sys.argv[1] if len(sys.argv) > 1 else "this tree"
    engine = create_engine_for(f"sqlite:///{tempfile.mkdtemp()}/bench.db")
    migrate.upgrade(engine)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        feed_store.sync_feeds(session, [FeedConfig(name="f", url="https://f.example/1",
                                                   outlet="Example News")], NOW)
        feed = feed_store.find_feed(session, "f")
        assert feed is not None
        feed_id = feed.id
    cpu = 0.0
    for b in range(FEEDS):
        batch = [art(b * ITEMS + i) for i in range(ITEMS)]
        with transaction(sessions) as session:
            started = time.process_time()
            report = article_store.store_articles(session, feed_id, batch, NOW)
            cpu += time.process_time() - started
        assert len(report.new) == ITEMS
    print(f"{label}: store_articles CPU {cpu / (FEEDS * ITEMS) * 1000:.3f} ms per article "
          f"({FEEDS} batches x {ITEMS})")


if __name__ == "__main__":
    main()
