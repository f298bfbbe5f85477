"""The fetcher's pure parts: header parsing, the capped decoder, the batch board, settings."""

from __future__ import annotations

import gzip
import time
import zlib
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import httpcore
import pytest

from monitor import __version__
from monitor.errors import ConfigError
from monitor.fetch import Fetcher, FetchRequest, FetchSettings, settings_from_config, transport
from monitor.fetch.answer import Failed, decoder_for
from monitor.fetch.http import (
    USER_AGENT,
    _Board,
    host_key,
    parse_max_age,
    parse_retry_after,
)
from monitor.types import FetchFailure

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


# --- headers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("120", 120.0),
        (" 0 ", 0.0),
        (format_datetime(NOW + timedelta(seconds=90), usegmt=True), 90.0),
        (format_datetime(NOW - timedelta(hours=1), usegmt=True), 0.0),  # past: now
        ("Thu, 26 Nov 2026 12:05:00", 300.0),  # no zone: GMT
        ("soon", None),
        ("-5", None),
        ("1.5", None),
        (None, None),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == seconds


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("max-age=300", 300.0),
        ("public, max-age=60, must-revalidate", 60.0),
        ('Max-Age="90"', 90.0),
        ("no-cache", None),
        ("max-age=abc", None),
        ("s-maxage=100", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_max_age(value: str | None, seconds: float | None) -> None:
    assert parse_max_age(value) == seconds


def test_host_key() -> None:
    assert host_key("https://Feeds.Example.ORG:8443/rss") == "feeds.example.org"
    assert host_key("http://[::1]/x") == "::1"
    assert host_key("http://[::1/x") == ""


# --- the capped decoder --------------------------------------------------------------------


def decode(encoding: str | None, chunks: list[bytes], cap: int) -> bytes:
    decoder = decoder_for(encoding, cap)
    for chunk in chunks:
        decoder.feed(chunk)
    return decoder.finish()


def pieces(data: bytes, size: int = 7) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


BODY = b"<rss>" + b"news " * 2000 + b"</rss>"


@pytest.mark.parametrize("encoding", [None, "identity", "gzip", "x-gzip", "GZIP", "deflate"])
def test_decoder_round_trip_in_small_chunks(encoding: str | None) -> None:
    name = (encoding or "identity").lower()
    wire = {"gzip": gzip.compress, "x-gzip": gzip.compress, "deflate": zlib.compress}.get(
        name, lambda b: b
    )(BODY)
    assert decode(encoding, pieces(wire), cap=len(BODY)) == BODY


def test_decoder_accepts_raw_deflate() -> None:
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    wire = raw.compress(BODY) + raw.flush()
    assert decode("deflate", pieces(wire, 100), cap=len(BODY)) == BODY


def test_decoder_cap_is_exact() -> None:
    with pytest.raises(Failed) as info:
        decode(None, pieces(BODY), cap=len(BODY) - 1)
    assert info.value.reason == "too_large"
    with pytest.raises(Failed):
        decode("gzip", [gzip.compress(BODY)], cap=len(BODY) - 1)


def test_decoder_stops_a_bomb_after_the_cap() -> None:
    cap = 64 * 1024
    bomb = gzip.compress(bytes(50 * 1024 * 1024))
    decoder = decoder_for("gzip", cap)
    with pytest.raises(Failed):
        decoder.feed(bomb)  # the whole bomb in one chunk: still at most cap + 1 bytes out
    assert decoder.total <= cap + 1
    assert sum(map(len, decoder.parts)) <= cap


@pytest.mark.parametrize("encoding", ["gzip, gzip", "gzip,deflate", "br", "zstd", "compress"])
def test_decoder_refuses_stacked_and_unknown(encoding: str) -> None:
    with pytest.raises(Failed) as info:
        decoder_for(encoding, 100)
    assert info.value.reason == "bad_encoding"


def test_identity_listed_with_one_coding_is_fine() -> None:
    assert decode("identity, gzip", [gzip.compress(b"ok")], 10) == b"ok"


def test_corrupt_gzip_is_bad_encoding() -> None:
    with pytest.raises(Failed) as info:
        decode("gzip", [b"\x1f\x8b\x08\x00garbage-garbage"], 100)
    assert info.value.reason == "bad_encoding"


# --- the batch board -----------------------------------------------------------------------


def test_board_serves_hosts_depth_first_within_the_per_host_limit() -> None:
    reqs = [FetchRequest(f"http://a.test/{i}") for i in range(4)] + [
        FetchRequest(f"http://b.test/{i}") for i in range(2)
    ]
    board = _Board(reqs, per_host=2)
    taken = [board.take() for _ in range(4)]
    assert [host_key(r.url) for r in taken if r] == ["a.test", "a.test", "b.test", "b.test"]
    # both hosts have 2 in flight: nothing more may start until one finishes
    assert board._ready == type(board._ready)()
    first = taken[0]
    assert first is not None
    board.done(first)
    nxt = board.take()
    assert nxt is not None and host_key(nxt.url) == "a.test"


def test_board_ends_when_everything_has_started() -> None:
    board = _Board([FetchRequest("http://a.test/1")], per_host=1)
    assert board.take() is not None
    assert board.take() is None


def test_board_cancel_stops_new_work() -> None:
    board = _Board([FetchRequest("http://a.test/1"), FetchRequest("http://b.test/1")], 1)
    board.cancel()
    assert board.take() is None


# --- the deadline clamp ----------------------------------------------------------------------


def test_deadline_clamps_socket_timeouts() -> None:
    assert transport._clamp(5.0, httpcore.ReadTimeout) == 5.0  # no deadline set
    with transport.deadline(time.monotonic() + 1.0):
        clamped = transport._clamp(5.0, httpcore.ReadTimeout)
        assert clamped is not None and 0 < clamped <= 1.0
        unbounded = transport._clamp(None, httpcore.ReadTimeout)
        assert unbounded is not None and unbounded <= 1.0
    with transport.deadline(time.monotonic() - 0.1), pytest.raises(httpcore.ReadTimeout):
        transport._clamp(5.0, httpcore.ReadTimeout)


# --- settings ------------------------------------------------------------------------------


def test_settings_from_config() -> None:
    config = pytest.importorskip("monitor.config")
    cfg = config.FetchSettings(allowed_networks=("127.0.0.1/32",), concurrency=12, per_host=3)
    s = settings_from_config(cfg)
    assert s == FetchSettings(
        max_bytes=cfg.max_bytes, deadline=cfg.deadline, connect_timeout=cfg.connect_timeout,
        read_timeout=cfg.read_timeout, max_redirects=cfg.max_redirects, user_agent=USER_AGENT,
        allowed_networks=("127.0.0.1/32",), global_concurrency=12, per_host_concurrency=3,
    )
    assert s.curl_conditional is True  # libcurl for conditional GETs by default
    assert not settings_from_config(config.FetchSettings(curl=False)).curl_conditional


def test_fetch_curl_is_a_boolean_setting(tmp_path: Path) -> None:
    config = pytest.importorskip("monitor.config")
    (tmp_path / "monitor.toml").write_text("[fetch]\ncurl = false\n")
    assert config.load_settings(tmp_path, environ={}).fetch.curl is False
    (tmp_path / "monitor.toml").write_text("[fetch]\ncurl = 'maybe'\n")
    with pytest.raises(ConfigError, match=r"monitor.toml: fetch.curl"):
        config.load_settings(tmp_path, environ={})


def test_user_agent_is_descriptive() -> None:
    assert USER_AGENT.startswith("monitor/")
    assert f"monitor/{__version__}" in USER_AGENT and "media monitoring" in USER_AGENT


# --- failures stay small -------------------------------------------------------------------


def test_an_unexpected_error_becomes_a_failure_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def explode(req: FetchRequest, started: float) -> object:
        if req.url.endswith("/boom"):
            raise RuntimeError("surprise")
        return FetchFailure(req.url, "http_404", "Gone.", 404, permanent=True)

    with Fetcher() as fetcher:
        monkeypatch.setattr(fetcher, "_follow", explode)
        single = fetcher.fetch("http://a.test/boom")
        batch = dict(
            (req.url, res)
            for req, res in fetcher.fetch_many(
                [FetchRequest("http://a.test/boom"), FetchRequest("http://b.test/ok")]
            )
        )
    assert isinstance(single, FetchFailure)
    assert (single.reason, single.url) == ("internal_error", "http://a.test/boom")
    assert "RuntimeError: surprise" in single.message
    assert {url: r.reason for url, r in batch.items()} == {  # type: ignore[union-attr]
        "http://a.test/boom": "internal_error",
        "http://b.test/ok": "http_404",
    }
    assert "a.test" in caplog.text


@pytest.mark.parametrize(
    "bad", [{"max_bytes": 0}, {"deadline": -1.0}, {"global_concurrency": 0},
            {"per_host_concurrency": 0}, {"max_redirects": -1}],
)
def test_settings_refuse_nonsense(bad: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        FetchSettings(**bad)  # type: ignore[arg-type]


def test_fetcher_refuses_a_bad_allow_list() -> None:
    with pytest.raises(ValueError):
        Fetcher(FetchSettings(allowed_networks=("localhost",)))


def test_name_lookups_still_work_in_a_forked_child() -> None:
    import os

    guard_module = pytest.importorskip("monitor.fetch.guard")
    guard = guard_module.AddressGuard(resolver=lambda h, p: ["93.184.215.14"])
    backend = transport.GuardedBackend(guard)
    for i in range(transport.RESOLVER_THREADS):  # every resolver thread started
        assert backend._resolve(f"warm{i}.test", 80, 5.0) == ["93.184.215.14"]
    pid = os.fork()
    if pid == 0:  # the child: resolve again, report by exit status, never return to pytest
        code = 1
        try:
            code = 0 if backend._resolve("child.test", 80, 1.0) == ["93.184.215.14"] else 1
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
