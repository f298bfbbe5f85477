"""What an alert is about: :class:`AlertItem`, snapshotted as JSON into the outbox.

The payload is rendered at enqueue time so that the outbox does not depend on the statements
tables: what was true when the statement was found is what the alert says.

Payload shapes (``OutboxRow.payload``)::

    {"type": "statement", "item": {...AlertItem fields...}}
    {"type": "burst", "feed_id": 3, "count": 57, "sample": [{...}, ...], "officials": {...}}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

BURST_SAMPLE = 5  # a burst summary shows this many statements; the rest are counted


@dataclass(frozen=True, slots=True)
class AlertItem:
    """One new statement by a tracked official, as an alert shows it.

    Every string may come from a feed and is untrusted: renderers escape it.
    """

    key: str  # unique per statement, e.g. "statement:123"; (channel, key) is alerted once
    official_id: str
    official_name: str
    kind: str  # "direct" | "mixed" | "indirect"
    content: str
    speaker: str  # the speaker as the article wrote it
    outlet: str  # outlet of the first report
    link: str  # link of the first report
    time: datetime  # when it was first reported (UTC)
    outlets_count: int = 1  # how many outlets carry it so far
    story_id: int | None = None
    topics: tuple[str, ...] = ()
    confidence: float = 1.0
    feed_id: int | None = None
    title: str = ""  # title of the first report
    published: datetime | None = None  # when the first report says it was published (UTC)

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe dict (times as ISO 8601 UTC)."""
        data = asdict(self)
        data["time"] = self.time.astimezone(UTC).isoformat()
        data["topics"] = list(self.topics)
        data["published"] = self.published.astimezone(UTC).isoformat() if self.published else None
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AlertItem:
        """The inverse of :meth:`to_json`; tolerates missing optional fields."""
        moment = datetime.fromisoformat(str(data["time"]))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        story = data.get("story_id")
        feed = data.get("feed_id")
        published = datetime.fromisoformat(str(data["published"])) if data.get(
            "published") else None
        if published is not None and published.tzinfo is None:
            published = published.replace(tzinfo=UTC)
        return cls(
            key=str(data["key"]),
            official_id=str(data.get("official_id", "")),
            official_name=str(data.get("official_name", "")),
            kind=str(data.get("kind", "")),
            content=str(data.get("content", "")),
            speaker=str(data.get("speaker", "")),
            outlet=str(data.get("outlet", "")),
            link=str(data.get("link", "")),
            time=moment.astimezone(UTC),
            outlets_count=int(data.get("outlets_count", 1)),
            story_id=int(story) if story is not None else None,
            topics=tuple(str(t) for t in data.get("topics", ())),
            confidence=float(data.get("confidence", 1.0)),
            feed_id=int(feed) if feed is not None else None,
            title=str(data.get("title", "")),
            published=published.astimezone(UTC) if published is not None else None,
        )


@dataclass(frozen=True, slots=True)
class BurstSummary:
    """Stands for many new statements from one fetch of one feed."""

    feed_id: int | None
    count: int
    sample: tuple[AlertItem, ...]
    officials: tuple[tuple[str, int], ...]  # (official name, statements), most first
    time: datetime

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe dict."""
        return {
            "type": "burst",
            "feed_id": self.feed_id,
            "count": self.count,
            "sample": [i.to_json() for i in self.sample],
            "officials": [list(pair) for pair in self.officials],
            "time": self.time.astimezone(UTC).isoformat(),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BurstSummary:
        """The inverse of :meth:`to_json`."""
        feed = data.get("feed_id")
        return cls(
            feed_id=int(feed) if feed is not None else None,
            count=int(data["count"]),
            sample=tuple(AlertItem.from_json(i) for i in data.get("sample", ())),
            officials=tuple((str(n), int(c)) for n, c in data.get("officials", ())),
            time=datetime.fromisoformat(str(data["time"])).astimezone(UTC),
        )

    @classmethod
    def of(cls, items: Sequence[AlertItem], *, feed_id: int | None, now: datetime) -> BurstSummary:
        """A summary of ``items`` (in their order) from one fetch."""
        counts = Counter(i.official_name or i.official_id for i in items)
        return cls(
            feed_id=feed_id,
            count=len(items),
            sample=tuple(items[:BURST_SAMPLE]),
            officials=tuple(counts.most_common()),
            time=now,
        )


Alert = AlertItem | BurstSummary


def statement_payload(item: AlertItem) -> dict[str, Any]:
    """The outbox payload of one statement."""
    return {"type": "statement", "item": item.to_json()}


def from_payload(payload: Mapping[str, Any]) -> Alert:
    """The alert an outbox payload describes."""
    if payload.get("type") == "burst":
        return BurstSummary.from_json(payload)
    return AlertItem.from_json(payload["item"])
