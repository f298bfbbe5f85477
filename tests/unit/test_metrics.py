"""Metrics: counted in plain Python, exposed to Prometheus only once served (issue 12)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from monitor.metrics import Metrics


def test_counts_made_before_serving_are_exposed_as_prometheus_counters() -> None:
    from prometheus_client import CollectorRegistry, generate_latest

    metrics = Metrics()
    metrics.count("monitor_polls", "not_modified")
    metrics.count("monitor_polls", "not_modified")
    metrics.count("monitor_poll_failures", "http_5xx")
    metrics.count("monitor_new_articles", amount=3)
    metrics.set("monitor_feeds_due", 7)
    registry = CollectorRegistry()
    registry.register(metrics)
    text = generate_latest(registry).decode()
    assert 'monitor_polls_total{outcome="not_modified"} 2.0' in text
    assert 'monitor_poll_failures_total{reason="http_5xx"} 1.0' in text
    assert "monitor_new_articles_total 3.0" in text
    assert "monitor_feeds_due 7.0" in text
    assert 'monitor_fetch_latency_seconds_bucket{le="+Inf"} 0.0' in text
    assert metrics.value("monitor_polls", "not_modified") == 2


def test_wrong_labels_or_names_are_refused() -> None:
    metrics = Metrics()
    with pytest.raises(ValueError):
        metrics.count("monitor_polls")  # needs its outcome
    with pytest.raises(KeyError):
        metrics.set("monitor_nothing", 1)


def test_counting_does_not_load_prometheus_client() -> None:
    code = ("import sys; from monitor.metrics import Metrics; m = Metrics(); "
            "m.count('monitor_polls', 'ok'); m.set('monitor_feeds_due', 1); "
            "print('prometheus_client' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"
