"""When to check a feed next: pure functions, no I/O, no clock of their own.

:func:`next_check` combines four things:

1. an **adaptive interval** (:func:`adaptive_interval`): a feed that had new items this time
   is checked sooner, one that had none later, and never slower than half the time since it
   last published; bounded by ``min_interval`` .. ``max_interval`` (5 min .. 2 h by default);
2. **backoff** after failures (:func:`backoff_delay`): the interval doubled per consecutive
   failure, capped at ``max_backoff`` (6 h); 404/410 go straight to the cap. A feed is never
   disabled: feed readers that give up silently are the most complained-about behaviour
   (Miniflux #879, #3334);
3. the server's own word: **Retry-After** (a floor on the delay after a failure) and
   **Cache-Control max-age** (a floor on the delay after a success), both bounded;
4. **jitter** (:func:`jittered`): ±``jitter`` of the delay, from a seedable random source,
   so feeds added together drift apart instead of being polled in bursts.

Durations are seconds (floats); datetimes are timezone-aware UTC.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Protocol

from monitor.types import FeedBody, FetchFailure, FetchResult, NotModified

BASE_INTERVAL = 15 * 60.0  # the default: news within a quarter hour, ~100 polls/day
MIN_INTERVAL = 5 * 60.0  # busiest feeds: faster gains little (items batch) and looks abusive
MAX_INTERVAL = 2 * 3600.0  # quietest healthy feeds: a rare item still arrives within 2 h
MAX_BACKOFF = 6 * 3600.0  # failing feeds: 4 checks a day notice recovery without hammering
BACKOFF_FACTOR = 2.0  # doubling: 15 min -> 6 h cap in 5 failures (about 4 hours of outage)
ADAPT_FASTER = 0.7  # new items: shrink the interval; ~4 busy polls take 15 min to 5 min
ADAPT_SLOWER = 1.25  # nothing new: grow gently; 15 min -> 2 h in ~10 quiet polls (~8 h)
IDLE_FRACTION = 0.5  # poll at least twice per typical gap between items (Nyquist-like)
JITTER = 0.1  # +-10%: enough to spread a batch added together; the cadence stays readable
RETRY_AFTER_MIN = 60.0  # a "Retry-After: 0" must not make a failing server a hot loop
RETRY_AFTER_MAX = 24 * 3600.0  # a day's pause honoured (maintenance); longer asks look broken
MAX_AGE_MAX = MAX_INTERVAL  # a cache lifetime beyond the slowest healthy poll would hide news


class PollPolicy(Protocol):
    """The ``[poll]`` config section (``monitor.config.PollSettings`` fits)."""

    @property
    def interval(self) -> float: ...
    @property
    def min_interval(self) -> float: ...
    @property
    def max_interval(self) -> float: ...
    @property
    def max_backoff(self) -> float: ...
    @property
    def jitter(self) -> float: ...
    @property
    def adaptive(self) -> bool: ...


class DefaultPolicy:
    """The constants above as a :class:`PollPolicy`."""

    interval = BASE_INTERVAL
    min_interval = MIN_INTERVAL
    max_interval = MAX_INTERVAL
    max_backoff = MAX_BACKOFF
    jitter = JITTER
    adaptive = True


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def adaptive_interval(
    base_interval: float,
    previous_interval: float | None,
    *,
    new_items: bool,
    now: datetime,
    last_new_item_at: datetime | None = None,
    min_interval: float = MIN_INTERVAL,
    max_interval: float = MAX_INTERVAL,
) -> float:
    """The feed's next healthy interval, from how often it publishes.

    Starts from ``previous_interval`` (or ``base_interval``); new items shrink it by
    ``ADAPT_FASTER``, none grow it by ``ADAPT_SLOWER``; it is at most ``IDLE_FRACTION`` of
    the time since the last new item (a feed that published 20 minutes ago is busy now). The
    bounds widen to include ``base_interval`` when a feed is configured outside them.
    """
    low = min(min_interval, base_interval)
    high = max(max_interval, base_interval)
    interval = previous_interval if previous_interval and previous_interval > 0 else base_interval
    interval *= ADAPT_FASTER if new_items else ADAPT_SLOWER
    if last_new_item_at is not None and not new_items:
        idle = (now - last_new_item_at).total_seconds()
        if idle > 0:
            interval = min(interval, idle * IDLE_FRACTION)
    return _clamp(interval, low, high)


def backoff_delay(
    interval: float,
    consecutive_failures: int,
    *,
    permanent: bool = False,
    max_backoff: float = MAX_BACKOFF,
) -> float:
    """Delay after ``consecutive_failures`` failures in a row (0: just ``interval``).

    ``interval * BACKOFF_FACTOR ** failures``, capped at ``max_backoff``; a permanent failure
    (404/410) goes straight to the cap. Never infinite: the feed keeps being retried.
    """
    if consecutive_failures <= 0:
        return interval
    cap = max(max_backoff, interval)
    if permanent:
        return cap
    exponent = min(consecutive_failures, 64)  # 2**64 already passes any cap
    return min(cap, interval * BACKOFF_FACTOR**exponent)


def bounded_retry_after(seconds: float | None) -> float | None:
    """Retry-After within ``RETRY_AFTER_MIN`` .. ``RETRY_AFTER_MAX`` (None stays None)."""
    return None if seconds is None else _clamp(seconds, RETRY_AFTER_MIN, RETRY_AFTER_MAX)


def bounded_max_age(seconds: float | None) -> float | None:
    """Cache-Control max-age within 0 .. ``MAX_AGE_MAX`` (None stays None)."""
    return None if seconds is None else _clamp(seconds, 0.0, MAX_AGE_MAX)


def jittered(delay: float, fraction: float, rng: random.Random) -> float:
    """``delay`` moved by a uniform random share in ``[-fraction, +fraction]``."""
    if fraction <= 0:
        return delay
    return delay * (1.0 + rng.uniform(-fraction, fraction))


def rng_for(seed: object, now: datetime) -> random.Random:
    """A random source that is deterministic for (seed, now); system randomness if seed is None."""
    if seed is None:
        return random.Random()
    return random.Random(f"{seed}:{now.timestamp():.0f}")


def next_check(
    *,
    now: datetime,
    result: FetchResult | None = None,
    base_interval: float | None = None,
    consecutive_failures: int = 0,
    previous_interval: float | None = None,
    new_items: bool = False,
    last_new_item_at: datetime | None = None,
    poll: PollPolicy | None = None,
    seed: object = None,
) -> tuple[datetime, int]:
    """When to check a feed next, and its interval to store (``effective_interval``).

    ``consecutive_failures`` counts the failure in ``result`` when it is one. The returned
    interval is the healthy cadence (adapted after a success, unchanged after a failure); the
    returned time includes backoff, server hints and jitter.
    """
    policy: PollPolicy = poll or DefaultPolicy()
    base = base_interval if base_interval and base_interval > 0 else policy.interval
    previous = previous_interval if previous_interval and previous_interval > 0 else None

    if isinstance(result, FetchFailure) or consecutive_failures > 0:
        interval = previous or base
        delay = backoff_delay(
            interval,
            max(consecutive_failures, 1 if isinstance(result, FetchFailure) else 0),
            permanent=isinstance(result, FetchFailure) and result.permanent,
            max_backoff=policy.max_backoff,
        )
        hint = bounded_retry_after(result.retry_after) if isinstance(result, FetchFailure) else None
        if hint is not None:
            delay = max(delay, hint)
    else:
        if policy.adaptive:
            interval = adaptive_interval(
                base, previous, new_items=new_items, now=now,
                last_new_item_at=last_new_item_at,
                min_interval=policy.min_interval, max_interval=policy.max_interval,
            )
        else:
            interval = base
        delay = interval
        if isinstance(result, NotModified | FeedBody):
            max_age = bounded_max_age(result.max_age)
            if max_age is not None:
                delay = max(delay, max_age)

    delay = jittered(delay, policy.jitter, rng_for(seed, now))
    return now + timedelta(seconds=delay), round(interval)
