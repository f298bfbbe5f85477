"""Alerts: new statements by tracked officials, to e-mail and Slack, once, safely.

How the rest of monitor uses this package::

    from monitor.alerts import AlertItem, Dispatcher, enqueue_alerts, load_channels

    # at start-up (config): the channels of monitor.toml
    channels = load_channels(settings.raw, source=str(settings.config_dir / "monitor.toml"),
                             environ=os.environ)

    # pipeline, inside the transaction that stores the new statements of one fetch:
    enqueue_alerts(session, items, channels, feed_id=feed.id, first_fetch=first, now=now)
    #   (session: Session, items: Sequence[AlertItem], channels: Sequence[ChannelConfig], *,
    #    feed_id: int | None, first_fetch: bool, now: datetime) -> int   rows queued to send
    # dispatchers of this process wake when that transaction commits (notify() is automatic).

    # daemon: one thread
    dispatcher = Dispatcher(sessions_factory, channels)        # clock defaults to UTC now
    thread = threading.Thread(target=dispatcher.run_forever, args=(stop_event,))
    ...; stop_event.set(); thread.join(); dispatcher.close()

See :mod:`monitor.alerts.outbox` for the delivery guarantees (at most once per statement and
channel; one small duplicate window between a send and its mark).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from monitor.alerts.config import (
    AlertFilter,
    ChannelConfig,
    DigestSchedule,
    EmailSettings,
    SlackSettings,
    load_channels,
    redact,
)
from monitor.alerts.items import AlertItem, BurstSummary

if TYPE_CHECKING:
    from monitor.alerts.outbox import (
        Dispatcher,
        DispatchReport,
        enqueue_alerts,
        notify,
        send_test,
    )

# The outbox (SQLAlchemy) loads on first use: checking the channels at start-up reads only
# alerts.config, and a `run --once` pass of 304s never loads the ORM (issue 12).
_OUTBOX_NAMES = frozenset({"Dispatcher", "DispatchReport", "enqueue_alerts", "notify",
                           "send_test"})


def __getattr__(name: str) -> Any:
    if name in _OUTBOX_NAMES:
        from monitor.alerts import outbox

        return getattr(outbox, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AlertFilter",
    "AlertItem",
    "BurstSummary",
    "ChannelConfig",
    "DigestSchedule",
    "DispatchReport",
    "Dispatcher",
    "EmailSettings",
    "SlackSettings",
    "enqueue_alerts",
    "load_channels",
    "notify",
    "redact",
    "send_test",
]
