"""The alert outbox on SQLite and PostgreSQL: enqueue rules, claims, retries, races, wake-ups."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session, sessionmaker

from monitor.alerts import (
    AlertFilter,
    AlertItem,
    BurstSummary,
    ChannelConfig,
    DigestSchedule,
    Dispatcher,
    SlackSettings,
    enqueue_alerts,
)
from monitor.alerts.items import Alert
from monitor.alerts.outbox import IDLE_SLICE_SECONDS
from monitor.errors import AlertError, PermanentAlertError
from monitor.storage import outbox as store
from monitor.storage.engine import transaction
from tests.support.alerting import T0, Clock, make_item
from tests.support.webhook import WebhookServer

item = make_item


def slack(name: str = "news", **kw: object) -> ChannelConfig:
    """A Slack channel config (the sender is replaced in most tests)."""
    return ChannelConfig(
        name=name, type="slack", slack=SlackSettings("http://127.0.0.1:9/hook"), **kw  # type: ignore[arg-type]
    )




class Recorder:
    """A sender that records what it is asked to send, and can fail on demand."""

    def __init__(self, fail: list[Exception] | None = None, delay: float = 0.0) -> None:
        self.sent: list[tuple[str, list[Alert], str | None]] = []
        self.fail = list(fail or [])
        self.delay = delay
        self.lock = threading.Lock()

    def send(self, alerts: Sequence[Alert], *, ident: str, digest: str | None = None) -> None:
        if self.delay:
            time.sleep(self.delay)
        with self.lock:
            if self.fail:
                raise self.fail.pop(0)
            self.sent.append((ident, list(alerts), digest))


def enqueue(
    sessions: sessionmaker[Session],
    items: Sequence[AlertItem],
    channels: Sequence[ChannelConfig],
    *,
    first_fetch: bool = False,
    now: datetime = T0,
) -> int:
    with transaction(sessions) as session:
        return enqueue_alerts(
            session, items, channels, feed_id=7, first_fetch=first_fetch, now=now
        )


def rows(sessions: sessionmaker[Session]) -> list[store.OutboxRecord]:
    with sessions() as session:
        return sorted(store.list_rows(session, limit=1000), key=lambda r: r.id)


def test_each_statement_is_queued_once_per_channel(sessions: sessionmaker[Session]) -> None:
    channels = [slack("a"), slack("b")]
    assert enqueue(sessions, [item(1), item(2)], channels) == 4
    assert enqueue(sessions, [item(1), item(2), item(3)], channels) == 2  # only 3 is new
    keys = sorted((r.channel, r.key) for r in rows(sessions))
    assert keys == sorted((c, f"statement:{n}") for c in "ab" for n in (1, 2, 3))
    payload = rows(sessions)[0].payload
    assert payload["type"] == "statement"
    assert payload["item"]["official_name"] == "Olaf Scholz"
    assert payload["item"]["outlet"] == "Example Times"


def test_channel_filters_officials_topics_and_confidence(
    sessions: sessionmaker[Session],
) -> None:
    channel = slack(filter=AlertFilter(officials=("scholz",), topics=("energy",),
                                       min_confidence=0.5))
    items = [
        item(1),
        item(2, official_id="merz"),
        item(3, topics=("sports",)),
        item(4, confidence=0.4),
    ]
    assert enqueue(sessions, items, [channel]) == 1
    assert [r.key for r in rows(sessions)] == ["statement:1"]


def test_first_fetch_backlog_is_recorded_but_never_sent(sessions: sessionmaker[Session]) -> None:
    quiet, loud = slack("quiet"), slack("loud", alert_first_fetch=True)
    assert enqueue(sessions, [item(1), item(2)], [quiet, loud], first_fetch=True) == 2
    by_channel = {(r.channel, r.key): r.status for r in rows(sessions)}
    assert by_channel[("quiet", "statement:1")] == store.SUPPRESSED
    assert by_channel[("loud", "statement:1")] == store.PENDING
    # the same statements seen again later are still not alerted on "quiet"
    assert enqueue(sessions, [item(1), item(2)], [quiet]) == 0


def test_burst_above_the_cap_becomes_one_summary(sessions: sessionmaker[Session]) -> None:
    channel = slack(burst_cap=3)
    assert enqueue(sessions, [item(n) for n in range(5)], [channel]) == 1
    all_rows = rows(sessions)
    pending = [r for r in all_rows if r.status == store.PENDING]
    assert len(pending) == 1 and pending[0].kind == "burst"
    summary = BurstSummary.from_json(pending[0].payload)
    assert summary.count == 5 and summary.feed_id == 7
    assert sum(r.status == store.SUPPRESSED for r in all_rows) == 5
    # at the cap exactly: sent one by one
    assert enqueue(sessions, [item(n) for n in range(10, 13)], [channel]) == 3


def test_dispatcher_sends_once_and_marks_sent(sessions: sessionmaker[Session]) -> None:
    channel = slack()
    enqueue(sessions, [item(1), item(2)], [channel])
    sender = Recorder()
    dispatcher = Dispatcher(sessions, [channel], Clock(), senders={"news": sender})
    report = dispatcher.run_once()
    assert (report.claimed, report.sent, report.messages) == (2, 2, 2)
    assert [ident for ident, _, _ in sender.sent] == ["statement:1", "statement:2"]
    assert dispatcher.run_once().claimed == 0
    assert {r.status for r in rows(sessions)} == {store.SENT}
    assert len(sender.sent) == 2


def test_failures_back_off_then_go_dead(sessions: sessionmaker[Session]) -> None:
    channel = slack(max_attempts=3)
    enqueue(sessions, [item(1)], [channel])
    clock = Clock()
    sender = Recorder(fail=[AlertError("down")] * 3)
    dispatcher = Dispatcher(sessions, [channel], clock, senders={"news": sender})
    assert dispatcher.run_once().retried == 1
    row = rows(sessions)[0]
    assert row.status == store.PENDING and row.attempts == 1
    delay = (row.due_at - T0).total_seconds()
    assert 15 <= delay <= 30  # first backoff: 30 s with equal jitter
    assert dispatcher.run_once().claimed == 0  # not due yet
    clock.advance(delay)
    assert dispatcher.run_once().retried == 1
    second = (rows(sessions)[0].due_at - clock.now).total_seconds()
    assert 30 <= second <= 60  # doubled
    clock.advance(second)
    report = dispatcher.run_once()
    assert report.dead == 1
    row = rows(sessions)[0]
    assert row.status == store.DEAD and row.attempts == 3 and row.last_error == "down"
    assert sender.sent == []


def test_permanent_error_goes_dead_at_once_and_retry_requeues(
    sessions: sessionmaker[Session],
) -> None:
    channel = slack()
    enqueue(sessions, [item(1)], [channel])
    clock = Clock()
    sender = Recorder(fail=[PermanentAlertError("HTTP 404 no_service")])
    dispatcher = Dispatcher(sessions, [channel], clock, senders={"news": sender})
    assert dispatcher.run_once().dead == 1
    row = rows(sessions)[0]
    assert row.status == store.DEAD and row.attempts == 1
    with transaction(sessions) as session:
        assert store.requeue(session, row.id, now=clock.now)
    assert dispatcher.run_once().sent == 1
    assert rows(sessions)[0].status == store.SENT
    with transaction(sessions) as session:
        assert not store.requeue(session, row.id, now=clock.now)  # sent stays sent


def test_transient_failure_pauses_the_channel(sessions: sessionmaker[Session]) -> None:
    channel = slack()
    enqueue(sessions, [item(n) for n in range(3)], [channel])
    clock = Clock()
    sender = Recorder(fail=[AlertError("429", retry_after=120.0)])
    dispatcher = Dispatcher(sessions, [channel], clock, senders={"news": sender})
    report = dispatcher.run_once()
    assert (report.retried, report.released, report.sent) == (1, 2, 0)
    first = rows(sessions)[0]
    assert (first.due_at - T0).total_seconds() == pytest.approx(120.0)
    clock.advance(60)
    assert dispatcher.run_once().claimed == 0  # paused: Retry-After not over
    clock.advance(61)
    assert dispatcher.run_once().sent == 3
    assert len(sender.sent) == 3


def test_expired_lease_is_taken_over(sessions: sessionmaker[Session]) -> None:
    channel = slack()
    enqueue(sessions, [item(1)], [channel])
    clock = Clock()
    with transaction(sessions) as session:  # a dispatcher that claimed, then crashed
        claimed = store.claim_due(session, owner="crashed", channels=["news"], now=clock.now,
                                  lease_until=clock.now + timedelta(seconds=300), limit=10)
    assert len(claimed) == 1
    sender = Recorder()
    dispatcher = Dispatcher(sessions, [channel], clock, senders={"news": sender})
    assert dispatcher.run_once().claimed == 0  # lease held
    clock.advance(301)
    assert dispatcher.run_once().sent == 1
    with transaction(sessions) as session:  # the crashed one cannot mark it again
        assert store.mark_sent(session, [claimed[0].id], owner="crashed", now=clock.now) == 0


def test_racing_dispatchers_send_each_row_once(sessions: sessionmaker[Session]) -> None:
    channel = slack(burst_cap=100)
    enqueue(sessions, [item(n) for n in range(40)], [channel])
    sender = Recorder(delay=0.005)
    dispatchers = [
        Dispatcher(sessions, [channel], senders={"news": sender}, batch=5) for _ in range(3)
    ]
    errors: list[BaseException] = []

    def drain(d: Dispatcher) -> None:
        try:
            while d.run_once().claimed:
                pass
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=drain, args=(d,)) for d in dispatchers]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    idents = [ident for ident, _, _ in sender.sent]
    assert sorted(idents) == sorted(f"statement:{n}" for n in range(40))
    assert len(set(idents)) == 40
    assert {r.status for r in rows(sessions)} == {store.SENT}


def test_digest_waits_for_its_time_and_groups(sessions: sessionmaker[Session]) -> None:
    channel = slack(digest=DigestSchedule("daily", datetime(2000, 1, 1, 8, 0).time(),
                                          "Europe/Berlin"))
    # 09:30 UTC is 10:30 in Berlin: the next digest is tomorrow 08:00 Berlin = 07:00 UTC
    enqueue(sessions, [item(1), item(2, story_id=101), item(3, official_name="Friedrich Merz",
                                                            official_id="merz")], [channel])
    due = {r.due_at for r in rows(sessions)}
    assert due == {datetime(2026, 11, 27, 7, 0, tzinfo=UTC)}
    clock = Clock()
    sender = Recorder()
    dispatcher = Dispatcher(sessions, [channel], clock, senders={"news": sender})
    assert dispatcher.run_once().claimed == 0
    clock.now = datetime(2026, 11, 27, 7, 0, tzinfo=UTC)
    report = dispatcher.run_once()
    assert (report.claimed, report.messages, report.sent) == (3, 1, 3)
    ident, alerts, digest = sender.sent[0]
    assert digest == "daily" and ident.startswith("digest:") and len(alerts) == 3
    assert dispatcher.run_once().messages == 0  # an empty digest is not sent


def test_run_forever_wakes_on_commit(sessions: sessionmaker[Session]) -> None:
    with WebhookServer() as hook:
        channel = ChannelConfig(name="news", type="slack", slack=SlackSettings(hook.url))
        dispatcher = Dispatcher(sessions, [channel], tick_seconds=120.0)
        stop = threading.Event()
        thread = threading.Thread(target=dispatcher.run_forever, args=(stop,))
        thread.start()
        try:
            time.sleep(0.3)  # let it go idle (its tick is two minutes)
            enqueue(sessions, [item(1)], [channel], now=datetime.now(UTC))
            assert hook.wait_for(1, timeout=20.0), "not woken by the commit"
        finally:
            stop.set()
            thread.join(timeout=10)
            dispatcher.close()
        assert not thread.is_alive()
        assert len(hook.received) == 1
        assert "We will do thing number 1." in hook.received[0].body.decode()


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # LISTEN/NOTIFY is PostgreSQL's
def test_postgres_notify_wakes_a_dispatcher_in_another_process(
    sessions: sessionmaker[Session], db_url: str
) -> None:
    from monitor.alerts import outbox as alerts_outbox

    with WebhookServer() as hook:
        channel = ChannelConfig(name="news", type="slack", slack=SlackSettings(hook.url))
        dispatcher = Dispatcher(sessions, [channel], tick_seconds=120.0)
        # as if the dispatcher lived in another process: in-process wake-ups cannot reach it
        alerts_outbox._listeners.discard(dispatcher.wake)
        stop = threading.Event()
        thread = threading.Thread(target=dispatcher.run_forever, args=(stop,))
        thread.start()
        try:
            time.sleep(1.0)  # idle, and LISTENing
            enqueue(sessions, [item(1)], [channel], now=datetime.now(UTC))
            assert hook.wait_for(1, timeout=20.0), "not woken by NOTIFY"
        finally:
            stop.set()
            thread.join(timeout=10)
            dispatcher.close()
        assert len(hook.received) == 1


def test_the_duplicate_window_is_one_send_and_keeps_its_ident(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash between a send and its mark re-sends that one row, with the same ident."""
    channel = slack()
    enqueue(sessions, [item(1), item(2)], [channel])
    clock = Clock()
    sender = Recorder()
    dispatcher = Dispatcher(sessions, [channel], clock, senders={"news": sender}, batch=2)
    real_mark = store.mark_sent

    def crash(*args: object, **kwargs: object) -> int:
        raise ConnectionError("database went away")

    monkeypatch.setattr(store, "mark_sent", crash)
    with pytest.raises(ConnectionError):
        dispatcher.run_once()
    monkeypatch.setattr(store, "mark_sent", real_mark)
    assert [ident for ident, _, _ in sender.sent] == ["statement:1"]
    # statement:2 was claimed but handed back untried, so it goes now; statement:1 (sent,
    # not marked) waits for its lease to run out, then goes again with the same ident
    assert dispatcher.run_once().sent == 1
    assert dispatcher.run_once().claimed == 0
    clock.advance(301)
    assert dispatcher.run_once().sent == 1
    assert [ident for ident, _, _ in sender.sent] == ["statement:1", "statement:2",
                                                      "statement:1"]
    assert {r.status for r in rows(sessions)} == {store.SENT}


def test_a_claim_leases_at_most_its_limit(sessions: sessionmaker[Session]) -> None:
    enqueue(sessions, [item(n) for n in range(5)], [slack()])
    lease = T0 + timedelta(seconds=300)
    with transaction(sessions) as session:
        first = store.claim_due(session, owner="a", channels=["news"], now=T0,
                                lease_until=lease, limit=2)
    with transaction(sessions) as session:
        second = store.claim_due(session, owner="b", channels=["news"], now=T0,
                                 lease_until=lease, limit=10)
    assert [r.key for r in first] == ["statement:0", "statement:1"]
    assert [r.key for r in second] == ["statement:2", "statement:3", "statement:4"]


def test_idle_wait_respects_pauses_and_due_times(sessions: sessionmaker[Session]) -> None:
    channel = slack()
    clock = Clock()
    dispatcher = Dispatcher(sessions, [channel], clock,
                            senders={"news": Recorder(fail=[AlertError("down")])},
                            tick_seconds=30.0)
    assert dispatcher.seconds_until_due() == 30.0  # nothing queued: one tick
    enqueue(sessions, [item(1), item(2)], [channel])
    assert dispatcher.seconds_until_due() == IDLE_SLICE_SECONDS  # due now: barely sleeps
    dispatcher.run_once()  # item 1 fails, the channel pauses; item 2 is handed back
    wait = dispatcher.seconds_until_due()
    assert 15 <= wait <= 30  # until the pause ends, not a busy loop over item 2


def test_a_large_backlog_is_recorded_in_chunks(sessions: sessionmaker[Session]) -> None:
    items = [item(n) for n in range(1200)]  # more than one INSERT's worth of rows
    assert enqueue(sessions, items, [slack()], first_fetch=True) == 0
    with sessions() as session:
        assert store.count_by_status(session) == {store.SUPPRESSED: 1200}
