"""Metrics of the daemon, served to Prometheus only when ``daemon.metrics_port`` is set.

:class:`Metrics` counts in plain Python (a few dicts under a lock): a ``run --once`` pass or a
daemon without a metrics port never imports ``prometheus_client`` (0.1-0.13 s of every process
start, issue 12). :meth:`Metrics.serve` imports it, registers a collector that reads these
counts on each scrape, and starts the HTTP endpoint; what was counted before ``serve`` is
there too. The exposition is the one the ``Counter``/``Gauge``/``Histogram`` objects gave
(``monitor_polls_total{outcome="ok"} 1.0``, ...), without their ``_created`` series.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # only for the annotations; imported for real in Metrics.serve
    from prometheus_client import CollectorRegistry

FETCH_LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30)  # seconds; 30 s = deadline

# name, help, label names of each counter (exposed with the "_total" suffix)
_COUNTERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "monitor_polls": ("Feed polls by outcome", ("outcome",)),
    "monitor_poll_failures": ("Failed polls by reason", ("reason",)),
    "monitor_tick_failures": ("Daemon ticks that failed as a whole, by error kind", ("kind",)),
    "monitor_stage_failures": ("Post-insert stages that failed on an article, by stage and "
                               "error kind (the article is stored all the same)",
                               ("stage", "kind")),
    "monitor_new_articles": ("Articles stored as new", ()),
}
_GAUGES: dict[str, str] = {
    "monitor_feeds_due": "Feeds due at the last tick",
    "monitor_last_tick_timestamp": "Unix time of the last tick",
}
_LATENCY = ("monitor_fetch_latency_seconds", "Feed fetch latency")


class Metrics:
    """The daemon's counters and gauges; thread-safe; cheap until :meth:`serve` is called."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: dict[str, defaultdict[tuple[str, ...], float]] = {
            name: defaultdict(float) for name in _COUNTERS}
        self._gauges: dict[str, float] = dict.fromkeys(_GAUGES, 0.0)
        self.registry: CollectorRegistry | None = None

    @property
    def serving(self) -> bool:
        """Whether :meth:`serve` was called (someone may read the metrics)."""
        return self.registry is not None

    def count(self, name: str, *labels: str, amount: float = 1) -> None:
        """Add ``amount`` to counter ``name`` (one of the ``monitor_*`` counters) for
        ``labels`` (given in the order of its label names)."""
        if len(labels) != len(_COUNTERS[name][1]):
            raise ValueError(f"{name} takes labels {_COUNTERS[name][1]}, not {labels}")
        with self._lock:
            self._counts[name][labels] += amount

    def set(self, name: str, value: float) -> None:
        """Set gauge ``name`` (``monitor_feeds_due`` or ``monitor_last_tick_timestamp``)."""
        if name not in _GAUGES:
            raise KeyError(name)
        with self._lock:
            self._gauges[name] = value

    def value(self, name: str, *labels: str) -> float:
        """The current value of a counter (with its labels) or of a gauge."""
        with self._lock:
            if name in self._gauges:
                return self._gauges[name]
            return self._counts[name].get(labels, 0.0)

    def collect(self) -> Iterator[Any]:
        """The metric families as Prometheus reads them (the collector protocol)."""
        from prometheus_client.core import (
            CounterMetricFamily,
            GaugeMetricFamily,
            HistogramMetricFamily,
        )

        with self._lock:
            counts = {name: dict(values) for name, values in self._counts.items()}
            gauges = dict(self._gauges)
        for name, (text, label_names) in _COUNTERS.items():
            family = CounterMetricFamily(name, text, labels=label_names)
            for labels, total in sorted(counts[name].items()):
                family.add_metric(list(labels), total)
            if not label_names and not counts[name]:
                family.add_metric([], 0.0)  # an unlabelled counter shows from the start
            yield family
        latency = HistogramMetricFamily(*_LATENCY)  # not observed yet: empty buckets, as before
        latency.add_metric([], [(str(float(b)), 0.0) for b in FETCH_LATENCY_BUCKETS]
                           + [("+Inf", 0.0)], sum_value=0.0)
        yield latency
        for name, text in _GAUGES.items():
            yield GaugeMetricFamily(name, text, value=gauges[name])

    def serve(self, port: int, host: str = "127.0.0.1") -> None:
        """Expose /metrics on ``host:port`` (a background thread)."""
        from prometheus_client import CollectorRegistry, start_http_server

        if self.registry is None:
            self.registry = CollectorRegistry()
            self.registry.register(self)
        start_http_server(port, addr=host, registry=self.registry)
