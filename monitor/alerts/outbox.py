"""Enqueue alerts in the pipeline's transaction; a dispatcher claims, sends and marks them.

Enqueue (:func:`enqueue_alerts`) runs inside the transaction that stores the statements, so
an alert row exists exactly when its statement does. Per channel it applies the channel's
filter, the first-fetch rule (the backlog of a newly added feed is recorded as
``suppressed``, not sent) and the burst cap (more than ``burst_cap`` new statements from one
fetch become one summary row; the statements' own rows are kept as ``suppressed`` so they are
never alerted later either). After the transaction commits, running dispatchers in this
process are woken (:func:`notify`; done automatically through the session's ``after_commit``
event), and on PostgreSQL a ``NOTIFY monitor_alerts`` is sent for other processes.

Delivery (:class:`Dispatcher`) is at-least-once with one small duplicate window:

1. claim: a short transaction leases due rows (``lease_until``) to this dispatcher;
2. send: one message per row (immediate channels) or per channel (digests);
3. mark: a transaction per message marks its rows ``sent``, right after the send.

A crash (or lost database connection) between 2 and 3 leaves the row pending; when the lease
runs out (:data:`LEASE_SECONDS`) it is sent again. That is the one duplicate window, as long
as a single send plus one UPDATE; e-mail carries a deterministic Message-ID so that such a
duplicate can be recognised. Every other failure is retried with exponential backoff and
jitter (never sooner than a ``Retry-After``) until ``max_attempts``, then the row is ``dead``
(``monitor alerts retry ID`` brings it back). A transient failure also pauses that channel
in this dispatcher until the retry time, so a server that is down is probed by one message,
not hammered by all of them.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import random
import socket
import threading
import time
import uuid
import weakref
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import event, text
from sqlalchemy.orm import Session, sessionmaker

from monitor.alerts.config import ChannelConfig, redact
from monitor.alerts.items import Alert, AlertItem, BurstSummary, from_payload, statement_payload
from monitor.errors import AlertError, PermanentAlertError
from monitor.storage import outbox as store
from monitor.storage.engine import transaction

log = logging.getLogger(__name__)

CLAIM_BATCH = 20  # rows leased per claim; small, so a lease never outlives the sends it covers
DIGEST_CLAIM_BATCH = 500  # a digest takes all its due rows at once (render caps what it lists)
LEASE_SECONDS = 300.0  # > CLAIM_BATCH sends at their usual speed; a crashed holder's rows
#                        are taken over after this long (the duplicate window's upper bound)
BACKOFF_BASE_SECONDS = 30.0  # first retry after 15-30 s: a blip in the network or the server
BACKOFF_MAX_SECONDS = 3600.0  # retries at least hourly: 8 attempts span about 2 hours
RETRY_AFTER_MAX_SECONDS = 6 * 3600.0  # a server asking for longer is misbehaving; cap it
TICK_SECONDS = 30.0  # idle poll when nothing wakes us (another process enqueued, clock-due)
IDLE_SLICE_SECONDS = 0.25  # how often an idle dispatcher checks the stop event
ERROR_PAUSE_SECONDS = 5.0  # after an unexpected error (database down), before trying again
PG_CHANNEL = "monitor_alerts"  # PostgreSQL NOTIFY channel for cross-process wake-ups

# --- wake-ups ----------------------------------------------------------------------------------

_listeners: weakref.WeakSet[threading.Event] = weakref.WeakSet()
_listeners_lock = threading.Lock()


def notify() -> None:
    """Wake every dispatcher of this process: rows were just committed to the outbox.

    :func:`enqueue_alerts` arranges this itself after the commit; call it by hand after
    writing outbox rows some other way.
    """
    with _listeners_lock:
        events = list(_listeners)
    for ev in events:
        ev.set()


def _listen(ev: threading.Event) -> None:
    with _listeners_lock:
        _listeners.add(ev)


def _notify_after_commit(session: Session) -> None:
    def _after_commit(_session: Session) -> None:
        notify()

    event.listen(session, "after_commit", _after_commit, once=True)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:c, '')"), {"c": PG_CHANNEL})


# --- enqueue -----------------------------------------------------------------------------------

BACKLOG_NOTE = "first fetch of a new feed: backlog not alerted"


def enqueue_alerts(
    session: Session,
    items: Sequence[AlertItem],
    channels: Sequence[ChannelConfig],
    *,
    feed_id: int | None,
    first_fetch: bool,
    now: datetime,
) -> int:
    """Queue alerts for the new statements ``items`` of one fetch; return the rows to send.

    Call it inside the transaction that stores the statements (``session`` is not committed
    here). ``feed_id`` is the feed fetched (None for a manual ingest); ``first_fetch`` is True
    for the first successful fetch of a newly added feed; ``now`` is the fetch time (UTC).
    Items already queued for a channel (same ``key``) are skipped: each (statement, channel)
    is alerted at most once, ever. The count returned includes burst summaries and digest
    rows (sent later), not suppressed rows.
    """
    unique: dict[str, AlertItem] = {}
    for item in items:
        unique.setdefault(item.key, item)
    queued = 0
    for channel in channels:
        chosen = [
            i for i in unique.values()
            if channel.filter.accepts(i.official_id, i.topics, i.confidence)
        ]
        if not chosen:
            continue
        due = channel.digest.next_after(now) if channel.digest else now
        backlog = first_fetch and not channel.alert_first_fetch
        rows = [
            store.NewRow(
                channel=channel.name,
                key=i.key,
                kind="statement",
                payload=statement_payload(i),
                feed_id=i.feed_id if i.feed_id is not None else feed_id,
                due_at=due,
                status=store.SUPPRESSED if backlog else store.PENDING,
                note=BACKLOG_NOTE if backlog else None,
            )
            for i in chosen
        ]
        inserted = store.insert_rows(session, rows, now=now)
        if backlog or not inserted:
            continue
        if len(inserted) <= channel.burst_cap:
            queued += len(inserted)
            continue
        fresh = [i for i in chosen if i.key in inserted]
        digest = hashlib.sha256("\n".join(sorted(inserted)).encode()).hexdigest()[:16]
        burst_key = f"burst:{feed_id if feed_id is not None else '-'}:{digest}"
        store.set_status(
            session, inserted.values(), store.SUPPRESSED, f"covered by summary {burst_key}"
        )
        summary = BurstSummary.of(fresh, feed_id=feed_id, now=now)
        store.insert_rows(
            session,
            [store.NewRow(channel.name, burst_key, "burst", summary.to_json(), feed_id, due)],
            now=now,
        )
        queued += 1
        log.info("channel %s: %d new statements from feed %s summarised in one alert",
                 channel.name, len(fresh), feed_id)
    if queued:
        _notify_after_commit(session)
    return queued


# --- senders -----------------------------------------------------------------------------------


class Sender(Protocol):
    """Delivers one message of one channel (raises AlertError / PermanentAlertError)."""

    def send(self, alerts: Sequence[Alert], *, ident: str, digest: str | None = None) -> None:
        """Send one message made of ``alerts``; ``ident`` is stable across retries."""


def make_sender(channel: ChannelConfig) -> Sender:
    """The sender for a channel's type."""
    if channel.type == "email":
        from monitor.alerts.email import EmailSender

        return EmailSender(channel)
    from monitor.alerts.slack import SlackSender

    return SlackSender(channel)


def send_test(channel: ChannelConfig, *, now: datetime | None = None) -> None:
    """Send a test message through ``channel`` now (not through the outbox)."""
    moment = now or datetime.now(UTC)
    item = AlertItem(
        key=f"test:{moment.isoformat()}",
        official_id="test",
        official_name="monitor test message",
        kind="direct",
        content=f"This is a test of the alert channel {channel.name}. No action is needed.",
        speaker="monitor",
        outlet="monitor",
        link="",
        time=moment,
    )
    sender = make_sender(channel)
    try:
        sender.send([item], ident=item.key)
    finally:
        close = getattr(sender, "close", None)
        if close is not None:
            close()


# --- dispatcher --------------------------------------------------------------------------------


@dataclass
class DispatchReport:
    """What one :meth:`Dispatcher.run_once` did."""

    claimed: int = 0
    messages: int = 0  # messages delivered (a digest is one)
    sent: int = 0  # rows marked sent
    retried: int = 0  # rows due again later
    dead: int = 0  # rows given up on
    released: int = 0  # rows handed back untried (their channel paused)
    errors: list[str] = field(default_factory=list)


def utc_now() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(UTC)


def backoff_seconds(
    attempts: int, retry_after: float | None, rng: random.Random | None = None
) -> float:
    """Delay before attempt ``attempts + 1``: exponential with equal jitter, >= Retry-After."""
    rng = rng or random.Random()
    ceiling = min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2.0 ** max(0, attempts - 1))
    delay = ceiling / 2 + rng.random() * ceiling / 2
    if retry_after is not None:
        delay = max(delay, min(retry_after, RETRY_AFTER_MAX_SECONDS))
    return delay


class Dispatcher:
    """Claims due outbox rows, sends them through their channels, marks them.

    ``sessions_factory`` makes sessions on the monitor database; ``channels`` are the
    configured channels (rows of channels not configured stay pending); ``clock`` gives the
    time (tests pass a fake). ``senders`` overrides the sender of a channel by name.
    """

    def __init__(
        self,
        sessions_factory: sessionmaker[Session],
        channels: Sequence[ChannelConfig],
        clock: Callable[[], datetime] = utc_now,
        *,
        senders: Mapping[str, Sender] | None = None,
        owner: str | None = None,
        rng: random.Random | None = None,
        batch: int = CLAIM_BATCH,
        lease_seconds: float = LEASE_SECONDS,
        tick_seconds: float = TICK_SECONDS,
    ) -> None:
        self.sessions = sessions_factory
        self.channels = {c.name: c for c in channels}
        self.clock = clock
        self.owner = owner or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.rng = rng or random.Random()
        self.batch = batch
        self.lease = timedelta(seconds=lease_seconds)
        self.tick = tick_seconds
        self._senders: dict[str, Sender] = dict(senders or {})
        self._paused: dict[str, datetime] = {}
        self._secrets = tuple(s for c in channels for s in c.secrets())
        self.wake = threading.Event()
        _listen(self.wake)

    # -- one pass --

    def run_once(self) -> DispatchReport:
        """Claim due rows, send them, mark each right after its send; return what happened."""
        report = DispatchReport()
        now = self.clock()
        active = [n for n in self.channels if self._paused.get(n, now) <= now]
        immediate = [n for n in active if self.channels[n].digest is None]
        digests = [n for n in active if self.channels[n].digest is not None]
        units: list[tuple[ChannelConfig, list[store.OutboxRecord]]] = []
        if immediate:
            with transaction(self.sessions) as session:
                records = store.claim_due(
                    session, owner=self.owner, channels=immediate, now=now,
                    lease_until=now + self.lease, limit=self.batch,
                )
            units.extend((self.channels[r.channel], [r]) for r in records)
            report.claimed += len(records)
        if digests:
            with transaction(self.sessions) as session:
                records = store.claim_due(
                    session, owner=self.owner, channels=digests, now=now,
                    lease_until=now + self.lease, limit=DIGEST_CLAIM_BATCH,
                )
            grouped: dict[str, list[store.OutboxRecord]] = defaultdict(list)
            for r in records:
                grouped[r.channel].append(r)
            units.extend((self.channels[name], recs) for name, recs in grouped.items())
            report.claimed += len(records)
        for done, (channel, records) in enumerate(units):
            try:
                self._deliver(channel, records, report)
            except Exception:
                # the database went away mid-batch: hand back the rows not yet tried, so they
                # do not wait for the lease to run out (best effort: it may be down for good)
                rest = [r.id for _, recs in units[done + 1 :] for r in recs]
                with contextlib.suppress(Exception), transaction(self.sessions) as session:
                    store.release(session, rest, owner=self.owner)
                raise
        return report

    def _deliver(
        self, channel: ChannelConfig, records: list[store.OutboxRecord], report: DispatchReport
    ) -> None:
        ids = [r.id for r in records]
        now = self.clock()
        paused = self._paused.get(channel.name)
        if paused is not None and paused > now:
            with transaction(self.sessions) as session:
                report.released += store.release(session, ids, owner=self.owner)
            return
        try:
            alerts = [from_payload(r.payload) for r in records]
        except (KeyError, ValueError, TypeError) as exc:
            self._failed(channel, records, f"unreadable payload: {exc!r}", None, report, True)
            return
        ident = records[0].key if len(records) == 1 else "digest:" + hashlib.sha256(
            "\n".join(sorted(r.key for r in records)).encode()
        ).hexdigest()[:24]
        digest = channel.digest.every if channel.digest else None
        try:
            self._sender(channel).send(alerts, ident=ident, digest=digest)
        except PermanentAlertError as exc:
            self._failed(channel, records, str(exc), None, report, True)
            return
        except AlertError as exc:
            self._failed(channel, records, str(exc), exc.retry_after, report, False)
            return
        except Exception as exc:  # a bug or an unforeseen library error: retry, keep going
            problem = f"unexpected {exc.__class__.__name__}: {exc}"
            self._failed(channel, records, problem, None, report, False)
            return
        with transaction(self.sessions) as session:
            marked = store.mark_sent(session, ids, owner=self.owner, now=self.clock())
        report.messages += 1
        report.sent += marked
        if marked < len(ids):
            log.warning("channel %s: %d row(s) sent after their lease ran out (another "
                        "dispatcher may send them again)", channel.name, len(ids) - marked)
        log.info("channel %s: sent %s", channel.name, ident)

    def _failed(
        self,
        channel: ChannelConfig,
        records: list[store.OutboxRecord],
        problem: str,
        retry_after: float | None,
        report: DispatchReport,
        permanent: bool,
    ) -> None:
        problem = redact(problem, self._secrets)
        now = self.clock()
        attempts = max(r.attempts for r in records) + 1
        dead = permanent or attempts >= channel.max_attempts
        retry_at = None if dead else now + timedelta(
            seconds=backoff_seconds(attempts, retry_after, self.rng)
        )
        with transaction(self.sessions) as session:
            changed = store.mark_failed(
                session, [r.id for r in records], owner=self.owner, error=problem,
                retry_at=retry_at,
            )
        report.errors.append(problem)
        if dead:
            report.dead += changed
            log.error("channel %s: %d alert(s) dead after %d attempt(s): %s",
                      channel.name, changed, attempts, problem)
            return
        report.retried += changed
        assert retry_at is not None
        self._paused[channel.name] = retry_at
        log.warning("channel %s: attempt %d failed, retrying at %s: %s",
                    channel.name, attempts, retry_at.isoformat(timespec="seconds"), problem)

    def _sender(self, channel: ChannelConfig) -> Sender:
        sender = self._senders.get(channel.name)
        if sender is None:
            sender = make_sender(channel)
            self._senders[channel.name] = sender
        return sender

    # -- the loop --

    def seconds_until_due(self) -> float:
        """How long the loop may sleep before a row becomes claimable (at most one tick)."""
        now = self.clock()
        active = [n for n in self.channels if self._paused.get(n, now) <= now]
        with self.sessions() as session:
            nxt = store.next_due_at(session, active)  # paused channels: see below
        wait = self.tick
        if nxt is not None:
            wait = min(wait, (nxt - now).total_seconds())
        for until in self._paused.values():
            if until > now:
                wait = min(wait, (until - now).total_seconds())
        return max(wait, IDLE_SLICE_SECONDS)

    def run_forever(self, stop_event: threading.Event) -> None:
        """Dispatch until ``stop_event`` is set; wake at once on :func:`notify`."""
        listener = _PgListener(self) if self._is_postgres() else None
        try:
            while not stop_event.is_set():
                self.wake.clear()
                try:
                    report = self.run_once()
                    if report.claimed >= self.batch:
                        continue  # more may be due right now
                    wait = self.seconds_until_due()
                except Exception as exc:  # database away: keep the loop alive
                    log.error("dispatcher: %s", redact(f"{exc.__class__.__name__}: {exc}",
                                                       self._secrets))
                    wait = ERROR_PAUSE_SECONDS
                self._sleep(wait, stop_event)
        finally:
            if listener is not None:
                listener.stop()

    def _sleep(self, seconds: float, stop_event: threading.Event) -> None:
        deadline = time.monotonic() + seconds
        while not stop_event.is_set():
            left = deadline - time.monotonic()
            if left <= 0 or self.wake.wait(min(left, IDLE_SLICE_SECONDS)):
                return

    def _is_postgres(self) -> bool:
        bind = self.sessions.kw.get("bind")
        return bind is not None and bind.dialect.name == "postgresql"

    def close(self) -> None:
        """Close the senders' connections."""
        for sender in self._senders.values():
            close = getattr(sender, "close", None)
            if close is not None:
                close()


class _PgListener:
    """LISTEN monitor_alerts on PostgreSQL: wakes the dispatcher when another process queues."""

    def __init__(self, dispatcher: Dispatcher) -> None:
        self._dispatcher = dispatcher
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="alerts-listen", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        import psycopg

        bind: Any = self._dispatcher.sessions.kw["bind"]
        url = bind.url.set(drivername="postgresql").render_as_string(hide_password=False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(url, autocommit=True) as conn:
                    conn.execute(f"LISTEN {PG_CHANNEL}")
                    while not self._stop.is_set():
                        for _ in conn.notifies(timeout=1.0, stop_after=1):
                            self._dispatcher.wake.set()
            except Exception as exc:  # connection lost: the tick still covers us; retry
                log.debug("alerts listener: %s", exc.__class__.__name__)
                self._stop.wait(ERROR_PAUSE_SECONDS)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=3.0)
