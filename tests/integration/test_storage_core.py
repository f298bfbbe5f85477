"""Feeds, leases and articles on SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import FeedConfig
from monitor.storage import articles as article_store
from monitor.storage import feeds as feed_store
from monitor.storage.engine import feed_transaction, transaction
from monitor.storage.models import Article as ArticleRow
from monitor.storage.models import Feed, FetchLog
from monitor.types import Article

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def _article(n: int, **changes: object) -> Article:
    base = Article(
        url=f"https://news.example/a/{n}", canonical_url=f"https://news.example/a/{n}",
        guid=f"guid-{n}", title=f"Title {n}", summary="", text=f"Body of article {n}.",
        authors=("A. Writer",), published_at=NOW - timedelta(hours=1), language="en",
        content_hash=f"hash-{n}", source="Example News", topics=("ukraine-peace",),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def _feed(sessions: sessionmaker[Session], n: int = 1) -> int:
    with transaction(sessions) as session:
        feed_store.sync_feeds(session, [FeedConfig(name=f"feed {n}", url=f"https://f.example/{n}",
                                                   outlet="Example News")], NOW)
        row = feed_store.find_feed(session, f"feed {n}")
        assert row is not None
        return row.id


def test_insert_reports_only_new_rows(sessions: sessionmaker[Session]) -> None:
    feed_id = _feed(sessions)
    with transaction(sessions) as session:
        first = article_store.store_articles(session, feed_id, [_article(1), _article(2)], NOW)
    assert [a.article.guid for a in first.new] == ["guid-1", "guid-2"]
    with transaction(sessions) as session:
        again = article_store.store_articles(session, feed_id, [_article(1), _article(3)], NOW)
    assert [a.article.guid for a in again.new] == ["guid-3"]
    assert again.unchanged == 1


def test_a_large_batch_is_written_in_several_inserts_with_every_value(
        sessions: sessionmaker[Session]) -> None:
    """More rows than one INSERT takes (storage.bulk), some already stored by another feed:
    every new row comes back once with its id, and the stored values are those given."""
    one, two = _feed(sessions, 1), _feed(sessions, 2)
    with transaction(sessions) as session:
        article_store.store_articles(session, one, [_article(n) for n in range(0, 300, 25)], NOW)
    batch = [_article(n, authors=("A", "B \"quoted\""), topics=("t1", "t2"),
                      published_at=None if n % 2 else NOW - timedelta(minutes=n))
             for n in range(300)]
    with transaction(sessions) as session:
        report = article_store.store_articles(session, two, batch, NOW)
    assert len(report.new) == 300 - 12  # the 12 stored before are not new
    assert [a.id for a in report.new] == sorted({a.id for a in report.new})
    assert {a.article.canonical_url for a in report.new} == {
        a.canonical_url for n, a in enumerate(batch) if n % 25}
    with transaction(sessions) as session:
        row = session.scalar(select(ArticleRow).where(
            ArticleRow.canonical_url == "https://news.example/a/7"))
        assert row is not None and row.feed_id == two
        assert row.authors == ["A", 'B "quoted"'] and row.topics == ["t1", "t2"]
        assert row.published_at is None and row.first_seen_at == NOW
        assert row.event_at == NOW  # no date: placed at first sight
        even = session.scalar(select(ArticleRow).where(
            ArticleRow.canonical_url == "https://news.example/a/8"))
        assert even is not None and even.published_at == NOW - timedelta(minutes=8)
        assert session.scalar(select(func.count()).select_from(ArticleRow)) == 300


def test_same_canonical_url_from_another_feed_is_not_new(sessions: sessionmaker[Session]) -> None:
    one, two = _feed(sessions, 1), _feed(sessions, 2)
    with transaction(sessions) as session:
        article_store.store_articles(session, one, [_article(1)], NOW)
    with transaction(sessions) as session:
        report = article_store.store_articles(session, two, [_article(1, guid="other")], NOW)
        assert report.new == []
        assert session.scalar(select(func.count()).select_from(ArticleRow)) == 1


def test_updated_entry_updates_row_and_keeps_first_seen(sessions: sessionmaker[Session]) -> None:
    feed_id = _feed(sessions)
    with transaction(sessions) as session:
        article_store.store_articles(session, feed_id, [_article(1)], NOW)
    later = NOW + timedelta(hours=2)
    changed = _article(1, title="Title 1 (updated)", content_hash="hash-1b",
                       url="https://news.example/a/1-moved",
                       canonical_url="https://news.example/a/1-moved")  # same GUID, new URL
    with transaction(sessions) as session:
        report = article_store.store_articles(session, feed_id, [changed], later)
    assert report.new == [] and report.updated == 1
    with sessions() as session:
        row = session.scalars(select(ArticleRow)).one()
        assert row.title == "Title 1 (updated)"
        assert row.first_seen_at == NOW
        assert row.updated_at == later


def test_duplicate_guids_within_one_batch_count_once(sessions: sessionmaker[Session]) -> None:
    feed_id = _feed(sessions)
    dupes = [_article(1), _article(2, guid="guid-1")]
    with transaction(sessions) as session:
        report = article_store.store_articles(session, feed_id, dupes, NOW)
    assert len(report.new) == 1


def test_claim_due_feeds_leases_each_feed_once(sessions: sessionmaker[Session]) -> None:
    for n in range(5):
        _feed(sessions, n)
    lease = timedelta(minutes=2)
    with transaction(sessions) as session:
        first = feed_store.claim_due_feeds(session, now=NOW, owner="a", lease=lease, limit=3)
    with transaction(sessions) as session:
        second = feed_store.claim_due_feeds(session, now=NOW, owner="b", lease=lease, limit=10)
    assert len(first) == 3 and len(second) == 2
    assert not {f.id for f in first} & {f.id for f in second}
    with transaction(sessions) as session:  # lease expired: claimable again
        third = feed_store.claim_due_feeds(session, now=NOW + lease + timedelta(seconds=1),
                                           owner="c", lease=lease, limit=10)
    assert len(third) == 5


def test_record_fetch_tracks_health(sessions: sessionmaker[Session]) -> None:
    feed_id = _feed(sessions)
    failure = feed_store.FetchOutcome(started_at=NOW, duration_ms=12, outcome="error",
                                      status=500, error_kind="http_5xx",
                                      error="the server failed (HTTP 500)",
                                      next_check_at=NOW + timedelta(minutes=30))
    with transaction(sessions) as session:
        feed_store.record_fetch(session, feed_id, failure)
        feed_store.record_fetch(session, feed_id, failure)
    with sessions() as session:
        feed = session.get(Feed, feed_id)
        assert feed is not None
        assert feed.consecutive_failures == 2
        assert feed.last_error == "the server failed (HTTP 500)"
        assert feed.last_success_at is None
        assert feed.lease_owner is None
    ok = feed_store.FetchOutcome(started_at=NOW, duration_ms=5, outcome="ok", status=200,
                                 next_check_at=NOW, etag='"v1"', body_hash="abc", new_articles=3)
    with transaction(sessions) as session:
        feed_store.record_fetch(session, feed_id, ok)
    with sessions() as session:
        feed = session.get(Feed, feed_id)
        assert feed is not None
        assert (feed.consecutive_failures, feed.last_error, feed.etag) == (0, None, '"v1"')
        assert feed.last_success_at == NOW and feed.last_new_item_at == NOW
        assert session.scalar(select(func.count()).select_from(FetchLog)) == 3
    with transaction(sessions) as session:
        assert feed_store.prune_fetch_log(session, NOW + timedelta(seconds=1)) == 3


def _health_row(sessions: sessionmaker[Session], feed_id: int) -> tuple[object, ...]:
    with sessions() as session:
        feed = session.get(Feed, feed_id)
        assert feed is not None
        return (feed.last_fetch_at, feed.fetch_count, feed.next_check_at, feed.lease_owner,
                feed.lease_until, feed.effective_interval_seconds, feed.consecutive_failures,
                feed.last_success_at, feed.last_error, feed.last_error_kind, feed.etag,
                feed.last_modified, feed.last_body_hash, feed.last_new_item_at)


def test_recording_a_batch_writes_what_one_at_a_time_writes(
        sessions: sessionmaker[Session]) -> None:
    # issue 12: the health of a batch is written with one statement per set of columns
    # (arrays on PostgreSQL); the rows must be those that single records give
    later = NOW + timedelta(minutes=15)
    outcomes = [
        feed_store.FetchOutcome(started_at=NOW, duration_ms=3, outcome="not_modified",
                                status=304, next_check_at=later, etag='"e1"',
                                effective_interval=900),
        feed_store.FetchOutcome(started_at=NOW, duration_ms=4, outcome="not_modified",
                                status=304, next_check_at=later + timedelta(seconds=1),
                                effective_interval=600, last_modified="Tue, 10 Mar 2026"),
        feed_store.FetchOutcome(started_at=NOW, duration_ms=9, outcome="error", status=503,
                                error_kind="http_5xx", error="x" * 2000, next_check_at=later),
        feed_store.FetchOutcome(started_at=NOW, duration_ms=7, outcome="ok", status=200,
                                next_check_at=later, etag='"v2"', body_hash="h", items=4,
                                new_articles=2, effective_interval=300),
    ]
    lease = timedelta(minutes=5)
    batch_ids = [_feed(sessions, n) for n in range(1, 5)]
    single_ids = [_feed(sessions, n) for n in range(5, 9)]
    with transaction(sessions) as session:
        claimed = {f.id: f for f in feed_store.claim_due_feeds(
            session, now=NOW, owner="me", lease=lease, limit=10)}
    with transaction(sessions) as session:
        feed_store.record_fetches(session, [(claimed[i], o)
                                            for i, o in zip(batch_ids, outcomes, strict=True)])
    for feed_id, outcome in zip(single_ids, outcomes, strict=True):
        with transaction(sessions) as session:
            feed_store.record_fetch(session, feed_id, outcome)
    for batched, single in zip(batch_ids, single_ids, strict=True):
        assert _health_row(sessions, batched) == _health_row(sessions, single)
    later_1 = later + timedelta(seconds=1)
    assert [_health_row(sessions, i) for i in batch_ids] == [  # spelled out, as before
        (NOW, 1, later, None, None, 900, 0, NOW, None, None, None, None, None, None),
        (NOW, 1, later_1, None, None, 600, 0, NOW, None, None, None, None, None, None),
        (NOW, 1, later, None, None, None, 1, None, "x" * feed_store.ERROR_TEXT_MAX, "http_5xx",
         None, None, None, None),
        (NOW, 1, later, None, None, 300, 0, NOW, None, None, '"v2"', None, "h", NOW),
    ]
    with sessions() as session:
        logs = session.execute(select(FetchLog.feed_id, FetchLog.started_at, FetchLog.duration_ms,
                                      FetchLog.outcome, FetchLog.status, FetchLog.error_kind,
                                      FetchLog.error, FetchLog.items, FetchLog.new_articles)
                               ).all()
    by_feed = {row[0]: tuple(row[1:]) for row in logs}
    assert len(logs) == 8
    for batched, single in zip(batch_ids, single_ids, strict=True):
        assert by_feed[batched] == by_feed[single]
    assert by_feed[batch_ids[2]][5] == "x" * feed_store.ERROR_TEXT_MAX


def test_removed_feed_stays_removed_on_sync(sessions: sessionmaker[Session]) -> None:
    _feed(sessions, 1)
    with transaction(sessions) as session:
        assert feed_store.disable_feed(session, "feed 1")
    _feed(sessions, 1)  # a sync from feeds.toml
    with sessions() as session:
        assert feed_store.list_feeds(session) == []
        assert len(feed_store.list_feeds(session, include_disabled=True)) == 1


def _temp_store(session: Session) -> int | None:
    if session.get_bind().dialect.name != "sqlite":
        return None
    return int(session.connection().exec_driver_sql("PRAGMA temp_store").scalar_one())


def test_feed_transaction_journals_in_memory_then_default(
        sessions: sessionmaker[Session]) -> None:
    """A feed's transaction writes its statement journals to memory (SQLite temp_store 2);
    the transactions after it, committed or rolled back, are back to the default (0), and
    what the feed wrote is committed as by :func:`transaction`. PostgreSQL: a plain
    transaction."""
    feed_id = _feed(sessions)
    sqlite = None
    with feed_transaction(sessions) as session:
        sqlite = _temp_store(session)
        with session.begin_nested():  # a stage's savepoint, as the pipeline runs them
            article_store.store_articles(session, feed_id, [_article(1), _article(2)], NOW)
    if sqlite is not None:
        assert sqlite == 2
    with transaction(sessions) as session:
        assert _temp_store(session) in (None, 0)
        assert session.scalar(select(func.count()).select_from(ArticleRow)) == 2
    try:
        with feed_transaction(sessions) as session:
            article_store.store_articles(session, feed_id, [_article(3)], NOW)
            raise RuntimeError("a stage outside its savepoint failed")
    except RuntimeError:
        pass
    with transaction(sessions) as session:
        assert _temp_store(session) in (None, 0)
        assert session.scalar(select(func.count()).select_from(ArticleRow)) == 2
