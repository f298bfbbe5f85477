"""The post-insert stages wired together: stories, statements, alerts.

Each stage is a callable ``(session, new_articles, ctx) -> None`` run inside the transaction
that inserted the articles, so stories, statements, sightings and alert rows land together or
not at all. Stages that need loaded data (the officials registry, alert channels) load it once
here, when the pipeline is built, not per article.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy.orm import Session, sessionmaker

from monitor import native
from monitor.alerts import AlertItem, ChannelConfig, Dispatcher, enqueue_alerts
from monitor.alerts.config import channels_of
from monitor.dedupe.rewrites import StoryParams
from monitor.dedupe.signatures import features
from monitor.errors import ConfigError
from monitor.statements import (
    Extractor,
    Registry,
    default_registry,
    load_officials,
    statements_settings,
)
from monitor.statements.parser import ParserMissing
from monitor.statements.pool import ExtractionPool
from monitor.statements.settings import DEFAULT_OFFICIALS_FILE
from monitor.storage.articles import StoredArticle, outlets_in_story, stories_of
from monitor.storage.statements import (
    ArticleStatements,
    StoredStatement,
    outlets_carrying,
    record_batch,
)
from monitor.storage.stories import assign_stories, feature_job
from monitor.types import AfterInsert, Article, InsertContext, Statement

if TYPE_CHECKING:
    from monitor.config import Settings

log = logging.getLogger(__name__)


@dataclass
class StoriesStage:
    """Decide each new article's story and copy group (see :mod:`monitor.dedupe`), and with
    the rewrite layer on (``params.enabled``), the story it rewrites.

    With a ``pool`` (``[statements] workers`` > 1), each article's features (pure, ~1-2 ms)
    are computed in the worker processes: the pipeline submits a feed's articles
    (:meth:`prepare`) before it inserts them, and the stage collects the features when it
    decides the stories through :func:`assign_stories`, given the pool's features (the same
    features it would compute, so the same decisions).
    """

    window: timedelta
    params: StoryParams | None = None  # the rewrite layer's thresholds ([stories] rewrite_*)
    pool: ExtractionPool | None = None
    name: ClassVar[str] = "stories"

    def prepare(self, articles: Sequence[Article], now: datetime) -> None:
        """Start computing these articles' features in the pool (``now`` is their first-seen
        time if they turn out new; an article stored otherwise is computed in the stage)."""
        if self.pool is not None:
            self.pool.submit_features(feature_job(a, now) for a in articles)

    def __call__(self, session: Session, new: Sequence[StoredArticle],
                 ctx: InsertContext) -> None:
        features_of = self.pool.features if self.pool is not None else features
        assign_stories(session, new, window=self.window, params=self.params,
                       features_of=features_of)

    def close(self) -> None:
        """Stop the pool's workers, if any (the statements stage may share the pool)."""
        if self.pool is not None:
            self.pool.close()


@dataclass
class StatementsStage:
    """Extract statements from new articles, store them (new or a sighting), queue alerts.

    With a ``pool`` (``[statements] workers`` > 1), extraction runs in worker processes: the
    pipeline submits a feed's articles (:meth:`prepare`) before it inserts them and decides
    their stories, and this stage collects the results. The statements of a whole batch of
    articles are recorded together (:func:`record_batch`), in news order, each article's in
    text order, with the decisions of recording them one by one.
    """

    extractor: Extractor
    registry: Registry
    lookback: timedelta
    channels: Sequence[ChannelConfig]
    pool: ExtractionPool | None = None
    name: ClassVar[str] = "statements"

    def prepare(self, articles: Sequence[Article], now: datetime) -> None:
        """Start extracting these articles in the pool (the ones that turn out new are
        collected by the stage; ``now`` is their first-seen time if they are new)."""
        if self.pool is not None:
            self.pool.submit(job for a in articles if (job := _job(a, now)) is not None)

    def __call__(self, session: Session, new: Sequence[StoredArticle],
                 ctx: InsertContext) -> None:
        batch: list[tuple[StoredArticle, list[Statement]]] = []
        jobs = [(stored, job) for stored in sorted(new, key=lambda n: (n.event_time, n.id))
                if (job := _job(stored.article, stored.first_seen_at)) is not None]  # news order
        for (stored, _), statements in zip(jobs, self._extract_all([j for _, j in jobs]),
                                           strict=True):
            if statements:
                batch.append((stored, statements))
        if not batch:
            return
        stories = stories_of(session, [stored.id for stored, _ in batch])
        fresh = record_batch(session, [
            ArticleStatements(stored.id, stored.article.source, stored.first_seen_at,
                              statements, stories.get(stored.id), stored.event_time)
            for stored, statements in batch], self.lookback)
        if not self.channels:  # payloads cost a query each: only when someone listens
            return
        items = [self._alert(session, s, stored, stories.get(stored.id))
                 for (stored, _), new_ones in zip(batch, fresh, strict=True)
                 for s in new_ones if s.official_id is not None]
        if items:
            enqueue_alerts(session, items, self.channels, feed_id=ctx.feed_id,
                           first_fetch=ctx.first_fetch, now=ctx.now)

    def _extract_all(self, jobs: list[tuple[str, date]]) -> list[list[Statement]]:
        if self.pool is not None:
            return [self.pool.extract(text, day) for text, day in jobs]
        if self.extractor.parser is not None:  # the parser's sentences in batches (issue 13)
            return self.extractor.extract_many(jobs)
        return [self.extractor.extract(text, day=day) for text, day in jobs]

    def close(self) -> None:
        """Stop the extraction workers, if any."""
        if self.pool is not None:
            self.pool.close()

    def _alert(self, session: Session, statement: StoredStatement, stored: StoredArticle,
               story_id: int | None) -> AlertItem:
        official = self.registry.get(statement.official_id) if statement.official_id else None
        # "outlets so far": the story's outlets when it is wider than the statement's own
        # sightings (a new quote in the tenth outlet's version of a story, issue 10)
        outlets = max(outlets_carrying(session, statement.id),
                      outlets_in_story(session, story_id) if story_id is not None else 0, 1)
        return AlertItem(
            key=f"statement:{statement.id}",
            official_id=statement.official_id or "",
            official_name=official.name if official else (statement.speaker or ""),
            kind=statement.kind, content=statement.content, speaker=statement.mention,
            outlet=statement.outlet, link=stored.article.url, time=statement.first_seen_at,
            outlets_count=outlets, story_id=story_id, topics=stored.article.topics,
            confidence=statement.confidence, feed_id=stored.feed_id,
            title=stored.article.title, published=stored.article.published_at,
        )


def _job(article: Article, first_seen_at: datetime) -> tuple[str, date] | None:
    """What the extractor is given for an article: its text (else summary) and its day (the
    published one, else the day it was first seen); None when it has no text."""
    text = article.text or article.summary
    if not text:
        return None
    return text, (article.published_at or first_seen_at).date()


def load_registry(settings: Settings) -> Registry:
    """The officials registry named by ``[statements] officials_file`` (the shipped one when a
    config folder has no officials.toml, see ``StatementsSettings.registry_file``)."""
    path = statements_settings(settings.raw).registry_file(settings.config_dir)
    if path is None:
        log.info("%s not found: using the shipped officials registry",
                 settings.config_dir / DEFAULT_OFFICIALS_FILE)
        return default_registry()
    return load_officials(path)


def build(settings: Settings) -> list[AfterInsert]:
    """The stages for a normal run, in order: stories first (statements record the story).

    With ``[statements] workers`` > 1, one pool of worker processes serves both stages:
    the stories' features and, when statements are on, extraction.
    """
    options = statements_settings(settings.raw)
    registry = load_registry(settings) if options.enabled else None
    extractor: Extractor | None = None
    if registry is not None:
        try:
            extractor = Extractor(registry, parser=options.parser)
        except ParserMissing as exc:  # configured on, not installed: say so at start
            raise ConfigError("monitor.toml", "statements.parser", str(exc)) from None
        log.info("statement rules: %s (%s)", "compiled" if native.in_use() else "pure Python",
                 native.STATE.reason)
    # workers build their own extractor with the same parser mode (a partial pickles)
    pool = (ExtractionPool(registry, options.workers, extractor=extractor,
                           factory=partial(Extractor, parser=options.parser))
            if options.workers > 1 else None)
    stages: list[AfterInsert] = [StoriesStage(window=timedelta(seconds=settings.stories.window),
                                              params=settings.stories.rewrite_params(),
                                              pool=pool)]
    if registry is not None and extractor is not None:
        stages.append(StatementsStage(extractor=extractor, registry=registry,
                                      lookback=options.lookback,
                                      channels=channels_of(settings), pool=pool))
    return stages


def start_dispatcher(settings: Settings, sessions: sessionmaker[Session],
                     stop: threading.Event) -> Any:
    """Start the alert dispatcher thread when channels are configured; None otherwise."""
    channels = channels_of(settings)
    if not channels:
        return None
    dispatcher = Dispatcher(sessions, channels)
    thread = threading.Thread(target=dispatcher.run_forever, args=(stop,), name="dispatcher",
                              daemon=True)
    thread.start()
    log.info("alert dispatcher running for %d channels", len(channels))
    return _RunningDispatcher(dispatcher, thread, stop)


@dataclass
class _RunningDispatcher:
    """The daemon's handle on the dispatcher thread."""

    dispatcher: Dispatcher
    thread: threading.Thread
    stop_event: threading.Event

    def stop(self) -> None:
        """Stop and wait for the thread, then release its resources."""
        self.stop_event.set()
        self.thread.join(timeout=30)
        self.dispatcher.close()
