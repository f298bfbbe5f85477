"""Shared makings of the alert tests: a fixed time, statement alerts, a settable clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.alerts import AlertItem

T0 = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def make_item(n: int, **changes: object) -> AlertItem:
    """A statement alert numbered ``n`` (Olaf Scholz, direct, topic energy), with changes."""
    values: dict[str, object] = {
        "key": f"statement:{n}",
        "official_id": "scholz",
        "official_name": "Olaf Scholz",
        "kind": "direct",
        "content": f"We will do thing number {n}.",
        "speaker": "the chancellor",
        "outlet": "Example Times",
        "link": f"https://example.org/a/{n}",
        "time": T0,
        "outlets_count": 1,
        "story_id": 100 + n,
        "topics": ("energy",),
        "confidence": 0.9,
        "feed_id": 7,
    }
    values.update(changes)
    return AlertItem(**values)  # type: ignore[arg-type]


class Clock:
    """A settable clock, starting at :data:`T0` (or ``now``)."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.now += timedelta(seconds=seconds)
