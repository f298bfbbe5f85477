"""CPU time of ``store_articles`` for 200 batches of 20 new articles (SQLite, a fresh file).

    .venv/bin/python bench/bench_store_articles.py [--label L] [--history N] [--own M]
    PYTHONPATH=/tmp/base .venv/bin/python bench/bench_store_articles.py --label before

Prints the CPU time (``time.process_time``) per article of the insert path alone: the
existing-row look-ups (by canonical URL, and by GUID within the feed) and the multi-row INSERT
with RETURNING (``storage.bulk``). ``--history N`` first stores N older articles (a year of
coverage is ~1M), ``--own M`` of them from the measured feed itself, so the look-ups run
against a database of that size (issue 12: no stage may slow with history).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta

from monitor.config import FeedConfig
from monitor.storage import articles as article_store
from monitor.storage import feeds as feed_store
from monitor.storage import migrate
from monitor.storage.bulk import insert_rows
from monitor.storage.engine import create_engine_for, session_factory, transaction
from monitor.storage.models import Article as ArticleRow
from monitor.types import Article

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
FEEDS, ITEMS = 200, 20
HISTORY_BATCH = 20_000  # older articles stored per transaction while filling the history


def art(n: int) -> Article:
    """A new article of ~2 kB of text."""
    url = f"https://news.example/a/{n}"
    return Article(
        url=url, canonical_url=url, guid=f"guid-{n}", title=f"Title {n} about peace talks",
        summary="s" * 200, text=f"Body of article {n}. " * 100, authors=("A. Writer",),
        published_at=NOW - timedelta(hours=1), language="en", content_hash=f"hash-{n}",
        source="Example News", topics=("ukraine-peace",))


def _history(sessions: object, feed_id: int, other_feed: int, total: int, own: int) -> None:
    """Store ``total`` older articles (``own`` of them from ``feed_id``), small texts."""
    then = NOW - timedelta(days=200)
    for start in range(0, total, HISTORY_BATCH):
        rows = []
        for n in range(start, min(total, start + HISTORY_BATCH)):
            url = f"https://old.example/{n}"
            rows.append({
                "feed_id": feed_id if n < own else other_feed, "source": "Old News",
                "url": url, "canonical_url": url, "guid": f"old-{n}", "title": f"Old {n}",
                "summary": "", "text": f"Old text {n}.", "authors": [], "published_at": then,
                "first_seen_at": then, "updated_at": None, "event_at": then,
                "language": "en", "content_hash": f"old-{n}", "topics": [],
                "truncated_from": None, "raw_digest": f"d{n}"})
        with transaction(sessions) as session:  # type: ignore[arg-type]
            insert_rows(session.connection(), ArticleRow.__table__, list(rows[0]), rows)


def main() -> None:
    """Run the benchmark and print its figure."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--label", default="this tree")
    ap.add_argument("--history", type=int, default=0, help="older articles stored first")
    ap.add_argument("--own", type=int, default=0,
                    help="how many of them come from the measured feed")
    args = ap.parse_args()
    engine = create_engine_for(f"sqlite:///{tempfile.mkdtemp()}/bench.db")
    migrate.upgrade(engine)
    sessions = session_factory(engine)
    with transaction(sessions) as session:
        feed_store.sync_feeds(session, [
            FeedConfig(name=name, url=f"https://f.example/{name}", outlet="Example News")
            for name in ("measured", "other")], NOW)
        ids = [feed_store.find_feed(session, name) for name in ("measured", "other")]
        assert ids[0] is not None and ids[1] is not None
        feed_id, other = ids[0].id, ids[1].id
    if args.history:
        started = time.perf_counter()
        _history(sessions, feed_id, other, args.history, args.own)
        print(f"history: {args.history:,} articles ({args.own:,} of the measured feed) "
              f"stored in {time.perf_counter() - started:.0f} s")
    cpu = 0.0
    for b in range(FEEDS):
        batch = [art(b * ITEMS + i) for i in range(ITEMS)]
        with transaction(sessions) as session:
            started = time.process_time()
            report = article_store.store_articles(session, feed_id, batch, NOW)
            cpu += time.process_time() - started
        assert len(report.new) == ITEMS
    print(f"{args.label}: store_articles CPU {cpu / (FEEDS * ITEMS) * 1000:.3f} ms per article "
          f"({FEEDS} batches x {ITEMS}, {args.history:,} stored before)")


if __name__ == "__main__":
    main()
