"""When a feed is checked next: backoff, server hints, adaptive interval, jitter."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from monitor.fetch import schedule
from monitor.fetch.schedule import (
    MAX_AGE_MAX,
    MAX_BACKOFF,
    MAX_INTERVAL,
    MIN_INTERVAL,
    RETRY_AFTER_MAX,
    RETRY_AFTER_MIN,
    adaptive_interval,
    backoff_delay,
    bounded_max_age,
    bounded_retry_after,
    jittered,
    next_check,
)
from monitor.types import FeedBody, FetchFailure, NotModified

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
URL = "https://example.org/feed"


@dataclass(frozen=True)
class Policy:
    """A poll policy without jitter, so delays can be compared exactly."""

    interval: float = 900.0
    min_interval: float = 300.0
    max_interval: float = 7200.0
    max_backoff: float = 6 * 3600.0
    jitter: float = 0.0
    adaptive: bool = True


STILL = Policy()


def delay_of(when: datetime) -> float:
    return (when - NOW).total_seconds()


def failure(**kw: object) -> FetchFailure:
    return FetchFailure(URL, str(kw.pop("reason", "timeout")), "It failed.", **kw)  # type: ignore[arg-type]


# --- backoff -------------------------------------------------------------------------------


def test_backoff_doubles_and_is_capped() -> None:
    delays = [backoff_delay(900, n) for n in range(0, 8)]
    assert delays == [900, 1800, 3600, 7200, 14400, MAX_BACKOFF, MAX_BACKOFF, MAX_BACKOFF]


def test_backoff_never_overflows_or_gives_up() -> None:
    assert backoff_delay(900, 10_000) == MAX_BACKOFF


def test_permanent_failure_goes_to_the_slow_end_at_once() -> None:
    assert backoff_delay(900, 1, permanent=True) == MAX_BACKOFF


def test_backoff_cap_never_below_the_interval() -> None:
    assert backoff_delay(8 * 3600, 3) == 8 * 3600


def test_next_check_after_failures() -> None:
    when, interval = next_check(now=NOW, result=failure(), consecutive_failures=3, poll=STILL,
                                base_interval=900)
    assert delay_of(when) == 900 * 2**3
    assert interval == 900  # the healthy cadence is kept for when it recovers


def test_next_check_after_404_is_slow_but_scheduled() -> None:
    gone = failure(reason="http_404", status=404, permanent=True)
    when, _ = next_check(now=NOW, result=gone, consecutive_failures=1, poll=STILL)
    assert delay_of(when) == MAX_BACKOFF


def test_failure_counts_even_when_the_count_is_not_given() -> None:
    when, _ = next_check(now=NOW, result=failure(), poll=STILL)
    assert delay_of(when) == 1800


# --- server hints --------------------------------------------------------------------------


def test_retry_after_is_bounded() -> None:
    assert bounded_retry_after(None) is None
    assert bounded_retry_after(0) == RETRY_AFTER_MIN
    assert bounded_retry_after(3600) == 3600
    assert bounded_retry_after(30 * 86400) == RETRY_AFTER_MAX


def test_retry_after_lengthens_the_backoff() -> None:
    limited = failure(reason="http_429", status=429, retry_after=5 * 3600.0)
    when, _ = next_check(now=NOW, result=limited, consecutive_failures=1, poll=STILL)
    assert delay_of(when) == 5 * 3600


def test_short_retry_after_does_not_shorten_the_backoff() -> None:
    limited = failure(reason="http_429", status=429, retry_after=10.0)
    when, _ = next_check(now=NOW, result=limited, consecutive_failures=2, poll=STILL)
    assert delay_of(when) == 3600


def test_max_age_is_bounded() -> None:
    assert bounded_max_age(None) is None
    assert bounded_max_age(-5) == 0
    assert bounded_max_age(600) == 600
    assert bounded_max_age(86400) == MAX_AGE_MAX


def test_max_age_delays_the_next_check() -> None:
    fresh = NotModified(URL, max_age=3600.0)
    when, interval = next_check(now=NOW, result=fresh, previous_interval=900, poll=STILL,
                                new_items=False)
    assert delay_of(when) == 3600
    assert interval == round(900 * schedule.ADAPT_SLOWER)


def test_max_age_never_hides_news_for_a_day() -> None:
    body = FeedBody(URL, b"", None, None, None, max_age=86400.0)
    when, _ = next_check(now=NOW, result=body, previous_interval=900, new_items=True, poll=STILL)
    assert delay_of(when) == MAX_AGE_MAX


def test_short_max_age_does_not_speed_polling_up() -> None:
    when, _ = next_check(now=NOW, result=NotModified(URL, max_age=5.0), previous_interval=900,
                         poll=STILL)
    assert delay_of(when) == 900 * schedule.ADAPT_SLOWER


# --- adaptive interval ---------------------------------------------------------------------


def test_busy_feed_gets_faster_down_to_the_minimum() -> None:
    interval = 900.0
    for _ in range(20):
        interval = adaptive_interval(900, interval, new_items=True, now=NOW)
    assert interval == MIN_INTERVAL


def test_quiet_feed_gets_slower_up_to_the_maximum() -> None:
    interval = 900.0
    seen = []
    for _ in range(20):
        interval = adaptive_interval(900, interval, new_items=False, now=NOW)
        seen.append(interval)
    assert seen == sorted(seen)
    assert interval == MAX_INTERVAL


def test_recent_publication_keeps_the_feed_fast() -> None:
    recent = NOW - timedelta(minutes=20)
    assert adaptive_interval(900, 3600, new_items=False, now=NOW, last_new_item_at=recent) == 600
    long_ago = NOW - timedelta(days=3)
    assert adaptive_interval(900, 3600, new_items=False, now=NOW,
                             last_new_item_at=long_ago) == 4500


def test_bounds_include_a_configured_interval_outside_them() -> None:
    assert adaptive_interval(4 * 3600, None, new_items=False, now=NOW) == 4 * 3600
    assert adaptive_interval(60, None, new_items=True, now=NOW) == 60


def test_adaptive_can_be_turned_off() -> None:
    fixed = Policy(adaptive=False)
    when, interval = next_check(now=NOW, result=NotModified(URL), base_interval=1200,
                                previous_interval=300, new_items=True, poll=fixed)
    assert (delay_of(when), interval) == (1200, 1200)


def test_next_check_with_new_items_shrinks_the_interval() -> None:
    body = FeedBody(URL, b"<rss/>", None, None, None)
    when, interval = next_check(now=NOW, result=body, previous_interval=1000, new_items=True,
                                poll=STILL)
    assert interval == 700
    assert delay_of(when) == 700


# --- jitter --------------------------------------------------------------------------------


def test_jitter_stays_within_its_fraction() -> None:
    rng = random.Random(7)
    values = [jittered(1000, 0.1, rng) for _ in range(1000)]
    assert min(values) >= 900 and max(values) <= 1100
    assert max(values) - min(values) > 150  # it really spreads


def test_jitter_is_deterministic_for_a_seed() -> None:
    policy = Policy(jitter=0.1)
    first = next_check(now=NOW, result=NotModified(URL), poll=policy, seed=42)
    again = next_check(now=NOW, result=NotModified(URL), poll=policy, seed=42)
    other = next_check(now=NOW, result=NotModified(URL), poll=policy, seed=43)
    assert first == again
    assert first[0] != other[0]
    assert first[1] == other[1]  # jitter moves the time, not the stored interval


@pytest.mark.parametrize("seed", range(20))
def test_default_policy_bounds(seed: int) -> None:
    when, interval = next_check(now=NOW, result=NotModified(URL), seed=seed)
    assert MIN_INTERVAL <= interval <= MAX_INTERVAL
    assert 0.9 * interval <= delay_of(when) <= 1.1 * interval


def test_config_poll_settings_fit_the_policy() -> None:
    config = pytest.importorskip("monitor.config")
    poll = config.PollSettings()
    when, interval = next_check(now=NOW, result=failure(), consecutive_failures=50, poll=poll,
                                seed=1)
    assert interval == round(poll.interval)
    assert delay_of(when) <= poll.max_backoff * (1 + poll.jitter)
