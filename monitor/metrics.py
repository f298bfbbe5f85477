"""Prometheus metrics of the daemon (served only when ``daemon.metrics_port`` is set)."""

from __future__ import annotations

from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, start_http_server

FETCH_LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)  # seconds; 30 s = deadline


@dataclass
class Metrics:
    """The daemon's counters, on a registry of their own (tests may make several)."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)

    def __post_init__(self) -> None:
        r = self.registry
        self.polls = Counter("monitor_polls", "Feed polls by outcome", ["outcome"], registry=r)
        self.failures = Counter("monitor_poll_failures", "Failed polls by reason", ["reason"],
                                registry=r)
        self.tick_failures = Counter(
            "monitor_tick_failures", "Daemon ticks that failed as a whole, by error kind",
            ["kind"], registry=r)
        self.stage_failures = Counter(
            "monitor_stage_failures", "Post-insert stages that failed on an article, by stage "
            "and error kind (the article is stored all the same)", ["stage", "kind"], registry=r)
        self.new_articles = Counter("monitor_new_articles", "Articles stored as new", registry=r)
        self.fetch_latency = Histogram("monitor_fetch_latency_seconds", "Feed fetch latency",
                                       buckets=FETCH_LATENCY_BUCKETS, registry=r)
        self.feeds_due = Gauge("monitor_feeds_due", "Feeds due at the last tick", registry=r)
        self.last_tick = Gauge("monitor_last_tick_timestamp", "Unix time of the last tick",
                               registry=r)

    def serve(self, port: int, host: str = "127.0.0.1") -> None:
        """Expose /metrics on ``host:port`` (a background thread)."""
        start_http_server(port, addr=host, registry=self.registry)
