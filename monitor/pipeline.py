"""One feed from fetch to outbox: the one place where the stages meet.

::

    claim due feeds (lease) -> fetch (conditional GET) -> parse -> normalise -> [pages]
      -> topics -> store (new rows only) -> stories -> statements -> alert outbox
      -> feed health, all in one transaction per feed

Each feed is processed on its own: an exception in one feed is recorded on that feed (in words)
and the others go on. Network work (feeds, pages) happens outside database transactions.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from monitor.config import Settings
from monitor.fetch import Fetcher, FetchRequest, schedule
from monitor.storage.feedhealth import FeedRef, FeedStates, FetchOutcome
from monitor.types import (
    AfterInsert,
    Article,
    FeedBody,
    FetchFailure,
    FetchResult,
    InsertContext,
    NotModified,
    RawItem,
    StageFailure,
)

if TYPE_CHECKING:  # the stages and the ORM load on first use: a pass of 304s needs neither
    from sqlalchemy.orm import Session, sessionmaker

    from monitor import normalize
    from monitor.parse import parse_feed
    from monitor.storage import articles as article_store
    from monitor.storage import failures as failure_store
    from monitor.storage.feeds import SyncReport
    from monitor.topics import Topic, match_topics

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# Quiet outcomes (304, unchanged, failures) write only feed health; batching them saves a
# commit per feed (5,000 feeds at 304: 573 -> over 1,000 polls/s, docs/benchmarks.md). A
# batch is at most this many feeds, so a crash loses little: the leases simply expire.
HEALTH_BATCH = 200


# What the body path needs, imported on first use by _need_stages (issue 12: importing them
# and the ORM took a third of a `run --once` whose feeds all answered 304). They stay module
# attributes, so tests and benchmarks can still patch e.g. ``pipeline.match_topics``.
_STAGE_IMPORTS = {
    "normalize": ("monitor.normalize", None),
    "parse_feed": ("monitor.parse", "parse_feed"),
    "article_store": ("monitor.storage.articles", None),
    "failure_store": ("monitor.storage.failures", None),
    "match_topics": ("monitor.topics", "match_topics"),
}


def _need_stages() -> None:
    """Import the stages' modules into this module's namespace (once; a name already set, by
    a test's monkeypatch say, is kept)."""
    import importlib

    names = globals()
    for name, (module_name, attribute) in _STAGE_IMPORTS.items():
        if name not in names:
            module = importlib.import_module(module_name)
            names[name] = getattr(module, attribute) if attribute else module


def __getattr__(name: str) -> Any:
    """The lazily imported stage names as module attributes (``pipeline.parse_feed``)."""
    if name in _STAGE_IMPORTS:
        _need_stages()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def utcnow() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


@dataclass
class FeedReport:
    """What happened to one feed in one pass."""

    feed: str
    outcome: str  # ok | not_modified | unchanged | error
    items: int = 0
    new_articles: int = 0
    error: str | None = None
    error_kind: str | None = None  # FetchFailure.reason: a short, fixed vocabulary
    stage_failures: list[StageFailure] = field(default_factory=list)


@dataclass
class PassReport:
    """One pass over the due feeds."""

    feeds: list[FeedReport] = field(default_factory=list)
    tick_error: str | None = None  # the pass itself failed (not one feed): why, in one line

    @property
    def failures(self) -> int:
        """Feeds whose fetch or processing failed."""
        return sum(1 for f in self.feeds if f.outcome == "error")

    @property
    def new_articles(self) -> int:
        """New articles stored in this pass."""
        return sum(f.new_articles for f in self.feeds)


@dataclass(frozen=True)
class IngestReport:
    """What storing a batch of items did."""

    items: int
    kept: int  # after the topic filter
    new: list[article_store.StoredArticle]
    updated: int
    # post-insert stages that raised on an article (the article is stored all the same)
    stage_failures: list[StageFailure] = field(default_factory=list)


class Pipeline:
    """Fetches due feeds and turns their items into stored articles, stories and statements."""

    def __init__(
        self,
        settings: Settings,
        sessions: sessionmaker[Session] | None,
        fetcher: Fetcher | None = None,
        *,
        owner: str = "monitor",
        clock: Clock = utcnow,
        all_topics: bool = False,
        after_insert: Sequence[AfterInsert] | None = None,
        feed_states: FeedStates | None = None,
        open_sessions: Callable[[], sessionmaker[Session]] | None = None,
    ) -> None:
        """``sessions`` may be None when ``open_sessions`` makes them on first use (a pass of
        304s whose ``feed_states`` write through the driver never needs them);
        ``feed_states`` defaults to the sessions' (``storage.feeds.SessionFeedStates``)."""
        if sessions is None and open_sessions is None:
            raise ValueError("a Pipeline needs sessions or open_sessions")
        self.settings = settings
        self._sessions = sessions
        self._open_sessions = open_sessions
        self._feed_states = feed_states
        self._fetcher = fetcher
        self.owner = owner
        self.clock = clock
        self.all_topics = all_topics
        self.topics: tuple[Topic, ...] = settings.topics
        # health of 304s, unchanged bodies and failures, written in batches (see HEALTH_BATCH)
        self._pending_health: list[tuple[FeedRef, FetchOutcome]] = []
        self._after_insert: list[AfterInsert] | None = (
            list(after_insert) if after_insert is not None else None)
        if after_insert is None:
            check_stage_config(settings)  # a broken channel or officials file fails at start

    @property
    def sessions(self) -> sessionmaker[Session]:
        """The ORM's session factory (made by ``open_sessions`` on first use if not given)."""
        if self._sessions is None:
            assert self._open_sessions is not None
            self._sessions = self._open_sessions()
        return self._sessions

    @property
    def sessions_opened(self) -> bool:
        """True once the session factory exists (given, or made on first use)."""
        return self._sessions is not None

    @property
    def feed_states(self) -> FeedStates:
        """Where claims, feed health and heartbeats are written."""
        if self._feed_states is None:
            from monitor.storage.feeds import SessionFeedStates

            self._feed_states = SessionFeedStates(self.sessions)
        return self._feed_states

    @property
    def after_insert(self) -> list[AfterInsert]:
        """The post-insert stages (the default ones are built on first use: a pass with
        nothing new never loads the extractor, the officials or the story index)."""
        if self._after_insert is None:
            self._after_insert = default_after_insert(self.settings)
        return self._after_insert

    # --- fetching -----------------------------------------------------------------------------

    @property
    def fetcher(self) -> Fetcher:
        """The HTTP fetcher (created on first use from the fetch settings)."""
        if self._fetcher is None:
            from monitor.fetch import fetcher_from_settings

            self._fetcher = fetcher_from_settings(self.settings.fetch)
        return self._fetcher

    def close(self) -> None:
        """Close the fetcher's connections (when this pipeline made it) and stop the
        stages' workers (statement extraction)."""
        if self._fetcher is not None:
            self._fetcher.close()
            self._fetcher = None
        for stage in self._after_insert or []:
            close = getattr(stage, "close", None)
            if close is not None:
                close()

    def __enter__(self) -> Pipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def sync_feeds(self) -> SyncReport:
        """Bring feeds.toml into the database."""
        from monitor.storage import feeds as feed_store
        from monitor.storage.engine import transaction

        with transaction(self.sessions) as session:
            return feed_store.sync_feeds(session, self.settings.feeds, self.clock())

    def update_due_feeds(self, now: datetime | None = None, *, limit: int | None = None,
                         stop: Callable[[], bool] | None = None) -> PassReport:
        """Claim the feeds due at ``now``, fetch them concurrently and process each one."""
        now = now or self.clock()
        feeds = self.feed_states.claim_due_feeds(
            now=now, owner=self.owner, lease=timedelta(seconds=self.settings.daemon.lease),
            limit=limit or self.settings.daemon.batch)
        return self.fetch_and_process(feeds, stop=stop)

    def fetch_and_process(self, feeds: Sequence[FeedRef],
                          stop: Callable[[], bool] | None = None) -> PassReport:
        """Fetch the given (claimed) feeds and process each answer as it arrives."""
        report = PassReport()
        if not feeds:
            return report
        by_id = {f.id: f for f in feeds}
        requests = [FetchRequest(url=f.url, etag=f.etag, last_modified=f.last_modified, key=f.id)
                    for f in feeds]
        started = {f.id: self.clock() for f in feeds}
        t0 = {f.id: time.monotonic() for f in feeds}
        done: set[int] = set()
        try:
            for request, result in self.fetcher.fetch_many(requests):
                feed = by_id[int(request.key)]  # type: ignore[call-overload]
                done.add(feed.id)
                elapsed_ms = int((time.monotonic() - t0[feed.id]) * 1000)
                report.feeds.append(self.process_result(feed, result, started[feed.id],
                                                        elapsed_ms))
                if len(self._pending_health) >= HEALTH_BATCH:
                    self._flush_health()
                if stop is not None and stop():
                    break
        finally:
            try:
                self._flush_health()
            finally:  # stopped early or failed: give the rest back, now, not at lease expiry
                self._release([f for f in feeds if f.id not in done])
        return report

    def _release(self, feeds: Sequence[FeedRef]) -> None:
        """Give back the leases of claimed feeds this pass did not process."""
        if not feeds:
            return
        try:
            self.feed_states.release(feeds, self.owner)
        except Exception as exc:  # the database is the problem: the leases expire anyway
            log.warning("could not release %d feed leases (they expire on their own): %s",
                        len(feeds), exc.__class__.__name__)

    def _flush_health(self) -> None:
        """Write the buffered health of quiet and failed fetches in one transaction."""
        pending, self._pending_health = self._pending_health, []
        if pending:
            try:
                self.feed_states.record_fetches(pending)
            except Exception:  # health not written: at least give the feeds back
                self._release([feed for feed, _ in pending])
                raise

    # --- one feed -----------------------------------------------------------------------------

    def process_result(self, feed: FeedRef, result: FetchResult,
                       started: datetime, elapsed_ms: int) -> FeedReport:
        """Turn one fetch result into stored articles and feed health; never raises."""
        try:
            return self._process_result(feed, result, started, elapsed_ms)
        except Exception as exc:  # one feed's bug must not stop the others
            log.debug("feed %s: processing failed", feed.name, exc_info=True)  # + warning below
            failure = FetchFailure(url=feed.url, reason="internal_error",
                                   message=f"processing failed: {exc.__class__.__name__}: {exc}")
            return self._record_failure(feed, failure, started, elapsed_ms)

    def _next_check(self, feed: FeedRef, now: datetime, *, failures: int,
                    result: FetchResult, new_items: bool) -> tuple[datetime, int]:
        base = feed.interval_seconds or self.settings.poll.interval
        return schedule.next_check(
            now=now, base_interval=base, consecutive_failures=failures, result=result,
            previous_interval=feed.effective_interval_seconds, new_items=new_items,
            last_new_item_at=feed.last_new_item_at, poll=self.settings.poll,
            seed=feed.id)

    def _record_failure(self, feed: FeedRef, failure: FetchFailure,
                        started: datetime, elapsed_ms: int) -> FeedReport:
        now = self.clock()
        next_at, interval = self._next_check(feed, now, failures=feed.consecutive_failures + 1,
                                             result=failure, new_items=False)
        outcome = FetchOutcome(
            started_at=started, duration_ms=elapsed_ms, outcome="error", status=failure.status,
            error_kind=failure.reason, error=failure.message, next_check_at=next_at,
            effective_interval=interval)
        self._pending_health.append((feed, outcome))
        log.warning("feed %s: %s", feed.name, failure.message)
        return FeedReport(feed=feed.name, outcome="error", error=failure.message,
                          error_kind=failure.reason)

    def _process_result(self, feed: FeedRef, result: FetchResult,
                        started: datetime, elapsed_ms: int) -> FeedReport:
        if isinstance(result, FetchFailure):
            return self._record_failure(feed, result, started, elapsed_ms)
        now = self.clock()
        if isinstance(result, NotModified):
            return self._record_quiet(feed, result, started, elapsed_ms, "not_modified", now)
        body_hash = hashlib.sha256(result.content).hexdigest()
        if body_hash == feed.last_body_hash:
            return self._record_quiet(feed, result, started, elapsed_ms, "unchanged", now,
                                      body=result, body_hash=body_hash)
        _need_stages()
        from monitor.storage import feeds as feed_store
        from monitor.storage.engine import feed_transaction

        parsed = parse_feed(result.content, url=result.url, content_type=result.content_type)
        if parsed.error and not parsed.items:
            failure = FetchFailure(url=feed.url, reason="parse_error",
                                   message=f"not a readable feed: {parsed.error}")
            return self._record_failure(feed, failure, started, elapsed_ms)
        fresh = self.unseen_items(parsed.items, feed_url=result.url, guid_scope=feed.url)
        articles = self.normalize_items(fresh, source=feed.outlet, feed_url=result.url,
                                        language=parsed.language, now=now,
                                        guid_scope=feed.url)
        if feed.full_text:
            articles = self._with_full_text(articles)
        first_fetch = feed.last_success_at is None  # a new feed's backlog: no alerts
        with feed_transaction(self.sessions) as session:
            ingest = self.store(session, feed.id, articles, now=now, first_fetch=first_fetch)
            next_at, interval = self._next_check(feed, now, failures=0, result=result,
                                                 new_items=bool(ingest.new))
            feed_store.record_fetches(session, [(feed, FetchOutcome(
                started_at=started, duration_ms=elapsed_ms, outcome="ok", status=200,
                error_kind="parse_warning" if parsed.error else None, error=parsed.error,
                items=len(parsed.items), new_articles=len(ingest.new), etag=result.etag,
                last_modified=result.last_modified, body_hash=body_hash,
                next_check_at=next_at, effective_interval=interval))])
        if ingest.new:
            log.info("feed %s: %d new of %d items", feed.name, len(ingest.new), len(parsed.items))
        return FeedReport(feed=feed.name, outcome="ok", items=len(parsed.items),
                          new_articles=len(ingest.new), error=parsed.error,
                          stage_failures=ingest.stage_failures)

    def _record_quiet(self, feed: FeedRef, result: NotModified | FeedBody,
                      started: datetime, elapsed_ms: int, outcome: str, now: datetime, *,
                      body: FeedBody | None = None, body_hash: str | None = None) -> FeedReport:
        next_at, interval = self._next_check(feed, now, failures=0, result=result,
                                             new_items=False)
        self._pending_health.append((feed, FetchOutcome(
            started_at=started, duration_ms=elapsed_ms, outcome=outcome,
            status=304 if outcome == "not_modified" else 200, next_check_at=next_at,
            etag=body.etag if body else feed.etag,
            last_modified=body.last_modified if body else feed.last_modified,
            body_hash=body_hash or feed.last_body_hash, effective_interval=interval)))
        return FeedReport(feed=feed.name, outcome=outcome)

    # --- the stages ---------------------------------------------------------------------------

    def unseen_items(self, items: Sequence[RawItem], *, feed_url: str,
                     guid_scope: str | None = None) -> list[RawItem]:
        """The items that are not stored exactly as the feed gives them now.

        A feed lists its last 20-50 items on every fetch, and most are stored already: one
        look-up of their canonical URLs and raw digests (:func:`normalize.raw_digest`) leaves
        them out before the HTML-to-text, hashing and topic work. A changed item (another
        digest) goes through as before and updates its article.
        """
        _need_stages()
        keys = [normalize.item_key(i, feed_url=feed_url, guid_scope=guid_scope) for i in items]
        wanted = [k for k in keys if k is not None]
        if not wanted:
            return list(items)
        with self.sessions() as session:
            stored = article_store.stored_digests(session, wanted)
        if not stored:
            return list(items)
        return [item for item, key in zip(items, keys, strict=True)
                if key is None or stored.get(key) != normalize.raw_digest(item)]

    def normalize_items(self, items: Iterable[RawItem], *, source: str, feed_url: str,
                        language: str | None, now: datetime,
                        guid_scope: str | None = None) -> list[Article]:
        """RawItems -> Articles (items with nothing to keep are dropped); non-URL GUIDs are
        scoped by ``guid_scope`` (the feed's configured URL)."""
        _need_stages()
        out: list[Article] = []
        for item in items:
            article = normalize.normalize_item(
                item, source=source, now=now, feed_url=feed_url, feed_language=language,
                guid_scope=guid_scope, max_text_chars=self.settings.articles.max_text_chars)
            if article is not None:
                out.append(article)
        return out

    def _with_full_text(self, articles: list[Article]) -> list[Article]:
        """Fetch the pages of articles not stored yet and use their main text.

        Articles already stored are left out: their stored text came from the page, and the
        feed's summary must not overwrite it (nor look like an update).
        """
        from monitor.pages import extract_main_text  # trafilatura loads slowly: only if needed

        _need_stages()
        with self.sessions() as session:
            known = article_store.existing_urls(session, [a.canonical_url for a in articles])
        out: list[Article] = []
        for article in articles:
            if article.canonical_url in known:
                continue
            page = self.fetcher.fetch_page(article.url)
            if isinstance(page, FeedBody):
                limit = self.settings.articles.max_text_chars
                text = extract_main_text(page.content, url=page.url,
                                         content_type=page.content_type, max_chars=limit)
                if text and len(text) > len(article.text):
                    text, cut = normalize.cap_text(text, limit)
                    article = replace(article, text=text, truncated_from=cut,
                                      content_hash=normalize.content_hash(article.title, text))
            else:
                log.info("page %s: %s", article.url, page.message)
            out.append(article)
        return out

    def filter_topics(self, articles: Sequence[Article]) -> list[Article]:
        """Keep articles that match a topic (all, with ``all_topics``), with their topics."""
        _need_stages()
        kept: list[Article] = []
        for article in articles:
            try:
                matched = match_topics(self.topics, article.title, article.summary, article.text)
            except Exception as exc:  # a matcher bug must not lose the batch: keep, and say so
                log.warning("article %s: topic filter failed (%s: %s); kept without topics",
                            article.url, type(exc).__name__, exc)
                log.debug("topic filter traceback", exc_info=exc)
                kept.append(article)
                continue
            if matched or self.all_topics:
                kept.append(replace(article, topics=matched))
        return kept

    def store(self, session: Session, feed_id: int | None, articles: Sequence[Article], *,
              now: datetime, first_fetch: bool = False) -> IngestReport:
        """Topic filter, insert, and run the post-insert stages on the new rows only."""
        _need_stages()
        kept = self.filter_topics(articles)
        if kept:  # stages that work ahead (statement extraction in a pool) start now
            for stage in self.after_insert:
                prepare = getattr(stage, "prepare", None)
                if prepare is not None:
                    prepare(kept, now)
        report = article_store.store_articles(session, feed_id, kept, now)
        for stored in report.new:
            if stored.article.truncated_from is not None:
                log.info("article %d (%s): text cut to %d of %d characters "
                         "([articles] max_text_chars)", stored.id, stored.article.url,
                         len(stored.article.text), stored.article.truncated_from)
        failed: list[StageFailure] = []
        if report.new:
            ctx = InsertContext(feed_id=feed_id, first_fetch=first_fetch, now=now)
            for stage in self.after_insert:
                failed.extend(run_stage(session, stage, report.new, ctx))
        return IngestReport(items=len(articles), kept=len(kept), new=report.new,
                            updated=report.updated, stage_failures=failed)


def stage_name(stage: AfterInsert) -> str:
    """The name a stage's failures are recorded under (its ``name``, else its class)."""
    return str(getattr(stage, "name", None) or type(stage).__name__)


def run_stage(session: Session, stage: AfterInsert,
              new: Sequence[article_store.StoredArticle],
              ctx: InsertContext) -> list[StageFailure]:
    """Run one post-insert stage so that an article it fails on takes nothing else down.

    The stage first runs over the whole batch inside a SAVEPOINT (the fast path: one call,
    shared caches). If it raises, that savepoint is rolled back and the stage runs again once
    per article, each in a savepoint of its own: the articles it fails on get a row in
    ``article_stage_failures`` and a log line, the others keep what the stage did for them.
    The articles themselves were inserted before and stay stored either way.
    """
    name = stage_name(stage)
    try:
        with session.begin_nested():
            stage(session, new, ctx)
        return []
    except Exception as exc:  # a stage bug: find the article(s) it is about, below
        if len(new) == 1:
            return [_record_stage_failure(session, name, new[0], exc, ctx.now)]
        log.debug("stage %s failed on a batch of %d; retrying one article at a time",
                  name, len(new), exc_info=True)
    failed: list[StageFailure] = []
    for stored in new:
        try:
            with session.begin_nested():
                stage(session, [stored], ctx)
        except Exception as exc:  # contained to this article, recorded on it
            failed.append(_record_stage_failure(session, name, stored, exc, ctx.now))
    return failed


def _record_stage_failure(session: Session, name: str, stored: article_store.StoredArticle,
                          exc: Exception, now: datetime) -> StageFailure:
    _need_stages()
    failure = failure_store.describe(stored.id, name, exc)
    log.warning("article %d (%s): stage %s failed: %s", stored.id, stored.article.url, name,
                failure.message)
    log.debug("stage %s traceback", name, exc_info=exc)
    failure_store.record(session, failure, now)
    return failure


def check_stage_config(settings: Settings) -> None:
    """Read what the default stages will need from the config folder (alert channels with
    their secrets from the environment, the officials file) and raise its ConfigError now,
    without loading the stages themselves (they load on first use, see
    :attr:`Pipeline.after_insert`)."""
    from monitor.alerts.config import channels_of
    from monitor.config import statements_settings
    from monitor.statements.officials import load_officials

    channels_of(settings)
    options = statements_settings(settings.raw)
    path = options.registry_file(settings.config_dir)
    if options.enabled and path is not None:
        load_officials(path)


def default_after_insert(settings: Settings) -> list[AfterInsert]:
    """The post-insert stages of a normal run: stories, then statements (and their alerts)."""
    from monitor import stages

    return stages.build(settings)
