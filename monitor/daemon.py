"""The daemon: APScheduler wiring, signals, heartbeats, metrics. No business logic here.

A tick job polls the due feeds through :meth:`monitor.pipeline.Pipeline.update_due_feeds`; a
housekeeping job prunes the fetch log; the alert dispatcher (when alert channels are set up)
runs in its own thread. SIGTERM and SIGINT stop it cleanly: the feed in progress finishes its
transaction, the remaining claimed feeds are released, the scheduler waits for its job.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
from dataclasses import dataclass
from datetime import timedelta
from types import FrameType
from typing import TYPE_CHECKING, Any

from monitor.config import Settings
from monitor.logs import escape_control
from monitor.metrics import Metrics
from monitor.pipeline import PassReport, Pipeline, utcnow
from monitor.storage.quickpass import instance_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

# SQLAlchemy (storage.engine, storage.feeds, storage.migrate) is imported where it is used: a
# `run --once` pass whose feeds answer 304 writes through the driver and never loads it.

log = logging.getLogger(__name__)

HOUSEKEEPING_INTERVAL_S = 3600  # fetch-log and story-index pruning; hourly keeps both bounded
HOUSEKEEPING_FIRST_S = 60  # first run soon after start, once the first tick has gone by
TICK_ERROR_MAX = 300  # characters of a tick's error kept in the heartbeat: one line


@dataclass
class Daemon:
    """A running monitor: scheduler, pipeline and the optional alert dispatcher."""

    settings: Settings
    pipeline: Pipeline
    metrics: Metrics
    instance: str

    def __post_init__(self) -> None:
        self.stop_event = threading.Event()
        self.started_at = utcnow()
        self._tick_lock = threading.Lock()
        self._dispatcher: Any = None
        self.consecutive_tick_failures = 0
        self.last_tick_error: str | None = None

    # --- jobs ---------------------------------------------------------------------------------

    def tick(self) -> PassReport:
        """One poll of the due feeds, then a heartbeat."""
        if not self._tick_lock.acquire(blocking=False):
            return PassReport()  # a slow tick is still running; skip this one
        try:
            now = utcnow()
            if self.metrics.serving:  # a gauge no one reads is not worth a query per tick
                from monitor.storage import feeds as feed_store
                from monitor.storage.engine import transaction

                with transaction(self.pipeline.sessions) as session:
                    self.metrics.set("monitor_feeds_due", feed_store.count_due(session, now))
            report = self.pipeline.update_due_feeds(now, stop=self.stop_event.is_set)
            for feed in report.feeds:
                self.metrics.count("monitor_polls", feed.outcome)
                if feed.outcome == "error":
                    self.metrics.count("monitor_poll_failures", feed.error_kind or "error")
                for failure in feed.stage_failures:
                    self.metrics.count("monitor_stage_failures", failure.stage,
                                       failure.error_kind)
            self.metrics.count("monitor_new_articles", amount=report.new_articles)
            self.consecutive_tick_failures, self.last_tick_error = 0, None
            self._heartbeat(report)  # (alert rows wake the dispatcher when they commit)
            return report
        except Exception as exc:  # the scheduler must keep ticking whatever happened
            return self._tick_failed(exc)
        finally:
            self._tick_lock.release()

    def _tick_failed(self, exc: Exception) -> PassReport:
        """Count and record a failed tick, so that ``monitor status`` and metrics show it."""
        self.consecutive_tick_failures += 1
        message = escape_control(f"{exc.__class__.__name__}: {exc}")[:TICK_ERROR_MAX]
        self.last_tick_error = message
        self.metrics.count("monitor_tick_failures", exc.__class__.__name__)
        log.error("tick failed (%d in a row): %s", self.consecutive_tick_failures, message)
        log.debug("tick traceback", exc_info=exc)
        report = PassReport(tick_error=message)
        try:
            self._heartbeat(report)  # alive, but failing: status tells the two apart
        except Exception as again:  # the database itself is the problem
            log.warning("could not record the failed tick: %s", again.__class__.__name__)
        return report

    def _heartbeat(self, report: PassReport) -> None:
        now = utcnow()
        self.metrics.set("monitor_last_tick_timestamp", now.timestamp())
        self.pipeline.feed_states.heartbeat(
            instance=self.instance, hostname=socket.gethostname(), pid=os.getpid(),
            started_at=self.started_at, now=now,
            info={"polled": len(report.feeds), "failures": report.failures,
                  "new_articles": report.new_articles,
                  "consecutive_tick_failures": self.consecutive_tick_failures,
                  "tick_error": report.tick_error})

    def housekeeping(self) -> None:
        """Prune the fetch log to its retention and the story index to its window."""
        from monitor.storage import feeds as feed_store
        from monitor.storage.engine import transaction
        from monitor.storage.stories import StoryStore

        now = utcnow()
        cutoff = now - timedelta(seconds=self.settings.daemon.fetch_log_retention)
        try:
            with transaction(self.pipeline.sessions) as session:
                pruned = feed_store.prune_fetch_log(session, cutoff)
                window = timedelta(seconds=self.settings.stories.window)
                aged = StoryStore(session, window).prune(now)
        except Exception:  # housekeeping must never stop the daemon
            log.exception("housekeeping failed")
            return
        if pruned or aged:
            log.info("pruned %d fetch log rows, %d articles from the story index", pruned, aged)

    # --- life cycle ---------------------------------------------------------------------------

    def run(self) -> None:
        """Run until SIGTERM/SIGINT (or :meth:`stop`)."""
        self._install_signals()
        if self.settings.daemon.metrics_port:
            self.metrics.serve(self.settings.daemon.metrics_port, self.settings.daemon.metrics_host)
        self._start_dispatcher()
        from apscheduler.schedulers.background import BackgroundScheduler  # the daemon only

        scheduler = BackgroundScheduler(timezone="UTC")
        scheduler.add_job(self.tick, "interval", seconds=self.settings.daemon.tick,
                          id="tick", max_instances=1, coalesce=True, next_run_time=utcnow())
        scheduler.add_job(self.housekeeping, "interval", seconds=HOUSEKEEPING_INTERVAL_S,
                          id="housekeeping", max_instances=1, coalesce=True,
                          next_run_time=utcnow() + timedelta(seconds=HOUSEKEEPING_FIRST_S))
        scheduler.start()
        log.info("monitor %s running: %d feeds, tick %.0fs", self.instance,
                 len(self.settings.feeds), self.settings.daemon.tick)
        try:
            while not self.stop_event.wait(1.0):
                pass
        finally:
            log.info("stopping: finishing the feed in progress")
            scheduler.shutdown(wait=True)
            if self._dispatcher is not None:
                self._dispatcher.stop()
            self.close()
            log.info("stopped")

    def stop(self) -> None:
        """Ask the daemon to stop after the work in progress."""
        self.stop_event.set()

    def close(self) -> None:
        """Release the fetcher's connections and the database pool."""
        self.pipeline.close()
        if not self.pipeline.sessions_opened:  # a pass through the driver only: no engine
            return
        bind = self.pipeline.sessions.kw.get("bind")
        if bind is not None:
            bind.dispose()

    def _install_signals(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return

        def handler(signum: int, _frame: FrameType | None) -> None:
            log.info("received %s", signal.Signals(signum).name)
            self.stop()

        signal.signal(signal.SIGTERM, handler)
        signal.signal(signal.SIGINT, handler)

    def _start_dispatcher(self) -> None:
        if not self.settings.daemon.dispatch_alerts:
            return
        from monitor.stages import start_dispatcher

        self._dispatcher = start_dispatcher(self.settings, self.pipeline.sessions,
                                            self.stop_event)


def build_daemon(settings: Settings, *, migrate_db: bool | None = None) -> Daemon:
    """Set up the database (migrations, feeds from config) and the pipeline."""
    from monitor.storage import migrate
    from monitor.storage.engine import create_engine_for, redact_url, session_factory

    engine = create_engine_for(settings.database_url,
                                       busy_timeout=settings.database.busy_timeout)
    wanted = settings.database.migrate_on_start if migrate_db is None else migrate_db
    if wanted and migrate.upgrade_if_behind(engine):
        log.info("migrated %s", redact_url(settings.database_url))
    sessions = session_factory(engine)
    name = instance_name()
    pipeline = Pipeline(settings, sessions, owner=name)
    report = pipeline.sync_feeds()
    log.info("feeds: %d added, %d known", report.added, report.updated)
    return Daemon(settings=settings, pipeline=pipeline, metrics=Metrics(), instance=name)


def run_once(daemon: Daemon) -> PassReport:
    """Poll every due feed once, in batches of ``daemon.batch``, then return.

    Each feed is fetched at most once: a fetched feed is rescheduled into the future, and the
    loop stops at the first batch that brings no feed it has not seen.
    """
    total = PassReport()
    seen: set[str] = set()
    while not daemon.stop_event.is_set():
        report = daemon.tick()
        if report.tick_error is not None:  # the pass failed: say so (its leases are released)
            total.tick_error = report.tick_error
            break
        fresh = [f for f in report.feeds if f.feed not in seen]
        if not fresh:
            break
        seen.update(f.feed for f in fresh)
        total.feeds.extend(fresh)
    return total


def poll_once(settings: Settings, *, migrate_db: bool | None = None) -> PassReport:
    """``monitor run --once``: poll every due feed once (:func:`run_once`) and return.

    When the database needs nothing done first (at the head revision, feeds.toml stored as
    configured: ``storage.rawfeeds.open_ready``), claims, feed health and the heartbeat go
    through the database driver and SQLAlchemy is loaded only if a feed brings a new body
    (issue 12: the ORM was a third of a pass of 304s). Otherwise the daemon is built as for
    ``monitor run``: migrations, feeds synced, everything through the ORM.
    """
    from monitor.storage import rawfeeds

    states = rawfeeds.open_ready(settings)
    if states is None:
        daemon = build_daemon(settings, migrate_db=migrate_db)
        try:
            return run_once(daemon)
        finally:
            daemon.close()
    with states:
        name = instance_name()
        pipeline = Pipeline(settings, None, owner=name, feed_states=states,
                            open_sessions=lambda: _open_sessions(settings))
        daemon = Daemon(settings=settings, pipeline=pipeline, metrics=Metrics(), instance=name)
        try:
            return run_once(daemon)
        finally:
            daemon.close()


def _open_sessions(settings: Settings) -> sessionmaker[Session]:
    """Sessions on the configured database (the first feed that brings a body needs them)."""
    from monitor.storage.engine import create_engine_for, session_factory

    engine = create_engine_for(settings.database_url,
                               busy_timeout=settings.database.busy_timeout)
    return session_factory(engine)
