"""The fetcher over real HTTP on 127.0.0.1: every outcome, as the exact FetchResult."""

from __future__ import annotations

import dataclasses
import gzip
import logging
import shutil
import socket
import ssl
import subprocess
import threading
import time
import tracemalloc
import zlib
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import httpcore
import pytest

from monitor.fetch import Fetcher, FetchRequest, FetchSettings
from monitor.fetch.http import FEED_ACCEPT, PAGE_ACCEPT, USER_AGENT
from monitor.types import FeedBody, FetchFailure, NotModified
from tests.support import httpserver
from tests.support.httpserver import ConcurrencyProbe, HTTPTestServer, RecordedRequest, Reply

http_server = httpserver.http_server  # the fixture, used by name below

ALLOW = (HTTPTestServer.ALLOW,)
RSS = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"


def settings(**overrides: object) -> FetchSettings:
    """Test settings: the loopback server allow-listed, short timeouts."""
    base = FetchSettings(allowed_networks=ALLOW, deadline=5.0, read_timeout=2.0)
    return dataclasses.replace(base, **overrides)  # type: ignore[arg-type]


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(settings()) as f:
        yield f


def failure_fields(result: object) -> tuple[object, ...]:
    """A FetchFailure without its message (checked separately: a non-empty sentence)."""
    assert isinstance(result, FetchFailure), result
    assert result.message and result.message[0].isupper(), result.message
    return (result.url, result.reason, result.status, result.retry_after, result.permanent)


# --- success and conditional GET -----------------------------------------------------------


def test_200_gives_the_body_and_validators(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route(
        "/feed.xml", RSS, etag='"v1"',
        headers={
            "Content-Type": "application/rss+xml; charset=utf-8",
            "Last-Modified": "Wed, 25 Nov 2026 10:00:00 GMT",
            "Cache-Control": "public, max-age=300",
        },
    )
    result = fetcher.fetch(http_server.url("/feed.xml"))
    assert isinstance(result, FeedBody)
    assert result.elapsed > 0
    assert dataclasses.replace(result, elapsed=0.0) == FeedBody(
        url=http_server.url("/feed.xml"),
        content=RSS,
        content_type="application/rss+xml; charset=utf-8",
        etag='"v1"',
        last_modified="Wed, 25 Nov 2026 10:00:00 GMT",
        max_age=300.0,
    )
    (request,) = http_server.requests
    assert request.header("User-Agent") == USER_AGENT
    assert request.header("Accept") == FEED_ACCEPT
    assert request.header("Accept-Encoding") == "gzip, deflate"
    assert request.header("If-None-Match") is None


def test_304_when_validators_match(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route("/feed.xml", RSS, etag='"v1"', headers={"Cache-Control": "max-age=60"})
    request = FetchRequest(
        http_server.url("/feed.xml"), etag='"v1"', last_modified="Wed, 25 Nov 2026 10:00:00 GMT"
    )
    assert fetcher.fetch(request) == NotModified(http_server.url("/feed.xml"), max_age=60.0)
    (seen,) = http_server.requests
    assert seen.header("If-None-Match") == '"v1"'
    assert seen.header("If-Modified-Since") == "Wed, 25 Nov 2026 10:00:00 GMT"


def test_same_etag_on_a_200_counts_as_not_modified(
    http_server: HTTPTestServer, fetcher: Fetcher
) -> None:
    # A server that ignores If-None-Match but still tags the same entity with the same ETag.
    http_server.route("/feed.xml", RSS, headers={"ETag": '"v1"'})
    url = http_server.url("/feed.xml")
    assert fetcher.fetch(FetchRequest(url, etag='"v1"')) == NotModified(url)
    result = fetcher.fetch(FetchRequest(url, etag='"v0"'))
    assert isinstance(result, FeedBody) and result.etag == '"v1"'


def test_changed_etag_gives_the_new_body(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route("/feed.xml", RSS, etag='"v2"')
    result = fetcher.fetch(FetchRequest(http_server.url("/feed.xml"), etag='"v1"'))
    assert isinstance(result, FeedBody)
    assert (result.content, result.etag) == (RSS, '"v2"')


def test_fetch_page_sends_html_accept(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route("/a/1", b"<html><p>text</p></html>", headers={"Content-Type": "text/html"})
    page = fetcher.fetch_page(http_server.url("/a/1"))
    assert isinstance(page, FeedBody)
    assert (page.content, page.content_type) == (b"<html><p>text</p></html>", "text/html")
    assert http_server.requests[0].header("Accept") == PAGE_ACCEPT


def test_cookies_are_not_kept(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route("/feed.xml", RSS, headers={"Set-Cookie": "session=abc; Path=/"})
    fetcher.fetch(http_server.url("/feed.xml"))
    fetcher.fetch(http_server.url("/feed.xml"))
    assert [r.header("Cookie") for r in http_server.requests] == [None, None]


# --- HTTP errors ---------------------------------------------------------------------------


@pytest.mark.parametrize("status", [404, 410])
def test_gone_is_permanent(http_server: HTTPTestServer, fetcher: Fetcher, status: int) -> None:
    http_server.route("/feed.xml", b"gone", status=status)
    url = http_server.url("/feed.xml")
    result = fetcher.fetch(url)
    assert failure_fields(result) == (url, f"http_{status}", status, None, True)


def test_unknown_path_is_404(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    url = http_server.url("/nothing-here")
    assert failure_fields(fetcher.fetch(url)) == (url, "http_404", 404, None, True)


def test_429_with_retry_after_seconds(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route("/feed.xml", b"slow down", status=429, headers={"Retry-After": "120"})
    url = http_server.url("/feed.xml")
    result = fetcher.fetch(url)
    assert failure_fields(result) == (url, "http_429", 429, 120.0, False)
    assert isinstance(result, FetchFailure) and "120" in result.message


def test_429_with_retry_after_date(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    when = datetime.now(UTC) + timedelta(seconds=600)
    http_server.route(
        "/feed.xml", b"", status=429, headers={"Retry-After": format_datetime(when, usegmt=True)}
    )
    result = fetcher.fetch(http_server.url("/feed.xml"))
    assert isinstance(result, FetchFailure)
    assert (result.reason, result.status) == ("http_429", 429)
    assert result.retry_after is not None and 590 <= result.retry_after <= 600


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors(http_server: HTTPTestServer, fetcher: Fetcher, status: int) -> None:
    http_server.route("/feed.xml", b"oops", status=status)
    url = http_server.url("/feed.xml")
    assert failure_fields(fetcher.fetch(url)) == (url, "http_5xx", status, None, False)


def test_503_keeps_retry_after(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route("/feed.xml", b"", status=503, headers={"Retry-After": "30"})
    url = http_server.url("/feed.xml")
    assert failure_fields(fetcher.fetch(url)) == (url, "http_5xx", 503, 30.0, False)


def test_other_4xx(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route("/feed.xml", b"", status=403)
    url = http_server.url("/feed.xml")
    assert failure_fields(fetcher.fetch(url)) == (url, "http_403", 403, None, False)


# --- time limits ---------------------------------------------------------------------------


def test_read_timeout(http_server: HTTPTestServer) -> None:
    http_server.route("/feed.xml", RSS, delay=3.0)
    url = http_server.url("/feed.xml")
    with Fetcher(settings(read_timeout=0.3, deadline=10.0)) as f:
        assert failure_fields(f.fetch(url)) == (url, "timeout", None, None, False)


def test_slow_drip_is_cut_at_the_deadline(http_server: HTTPTestServer) -> None:
    # One byte every 0.2 s never trips the 2 s read timeout; only the 1 s deadline stops it.
    http_server.route("/feed.xml", b"x" * 100, drip=0.2)
    url = http_server.url("/feed.xml")
    with Fetcher(settings(read_timeout=2.0, deadline=1.0)) as f:
        started = time.monotonic()
        result = f.fetch(url)
        took = time.monotonic() - started
    assert failure_fields(result) == (url, "deadline", None, None, False)
    assert took < 1.0 + 1.5  # cut near the deadline, not after the 20 s the body would take


def test_a_hanging_name_lookup_is_cut(http_server: HTTPTestServer) -> None:
    release = threading.Event()

    def stuck(host: str, port: int) -> Sequence[str]:
        release.wait(10)  # a resolver that does not answer
        return ["127.0.0.1"]

    url = f"http://slow-dns.test:{http_server.port}/feed.xml"
    try:
        with Fetcher(settings(connect_timeout=0.3, deadline=5.0), resolver=stuck) as f:
            assert failure_fields(f.fetch(url)) == (url, "timeout", None, None, False)
        with Fetcher(settings(connect_timeout=5.0, deadline=0.3), resolver=stuck) as f:
            assert failure_fields(f.fetch(url)) == (url, "deadline", None, None, False)
    finally:
        release.set()
    assert http_server.requests == []


def test_an_unknown_name_is_a_connect_error() -> None:
    def nxdomain(host: str, port: int) -> Sequence[str]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    url = "http://no-such-host.test/feed.xml"
    with Fetcher(settings(), resolver=nxdomain) as f:
        assert failure_fields(f.fetch(url)) == (url, "connect_error", None, None, False)


def test_connection_refused(fetcher: Fetcher) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/feed.xml"
    assert failure_fields(fetcher.fetch(url)) == (url, "connect_error", None, None, False)


# --- redirects -----------------------------------------------------------------------------


def test_redirects_are_followed(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.redirect("/old", "/new", status=301)
    http_server.redirect("/new", http_server.url("/feed.xml"), status=307)
    http_server.route("/feed.xml", RSS)
    result = fetcher.fetch(http_server.url("/old"))
    assert isinstance(result, FeedBody)
    assert (result.url, result.content) == (http_server.url("/feed.xml"), RSS)


def test_five_redirects_are_allowed_six_are_not(
    http_server: HTTPTestServer, fetcher: Fetcher
) -> None:
    for i in range(6):
        http_server.redirect(f"/r{i}", f"/r{i + 1}")
    http_server.route("/r6", RSS)
    assert isinstance(fetcher.fetch(http_server.url("/r1")), FeedBody)  # 5 hops
    url = http_server.url("/r0")  # 6 hops
    assert failure_fields(fetcher.fetch(url)) == (url, "too_many_redirects", None, None, False)


def test_redirect_loop(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.redirect("/a", "/b")
    http_server.redirect("/b", "/a")
    url = http_server.url("/a")
    assert failure_fields(fetcher.fetch(url)) == (url, "redirect_loop", 302, None, False)
    assert [r.path for r in http_server.requests] == ["/a", "/b"]


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Every TCP connection the fetcher opens, as (address, port)."""
    opened: list[tuple[str, int]] = []
    real = socket.create_connection

    def spy(address: tuple[str, int], *args: object, **kwargs: object) -> socket.socket:
        opened.append(address)
        return real(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpcore._backends.sync.socket, "create_connection", spy)
    return opened


@pytest.mark.parametrize(
    "target",
    [
        "http://10.0.0.1/feed.xml",
        "http://[::1]/feed.xml",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:192.168.1.1]/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
    ],
)
def test_redirect_to_a_private_address_is_refused_before_connecting(
    http_server: HTTPTestServer,
    fetcher: Fetcher,
    connections: list[tuple[str, int]],
    target: str,
) -> None:
    http_server.redirect("/feed.xml", target)
    url = http_server.url("/feed.xml")
    assert failure_fields(fetcher.fetch(url)) == (url, "blocked_address", None, None, False)
    assert connections == [("127.0.0.1", http_server.port)]  # only the allowed first hop


def test_redirect_to_a_name_resolving_to_a_private_address(
    http_server: HTTPTestServer, connections: list[tuple[str, int]]
) -> None:
    http_server.redirect("/feed.xml", f"http://intranet.test:{http_server.port}/secret")
    lookups: list[str] = []

    def resolver(host: str, port: int) -> Sequence[str]:
        lookups.append(host)
        return ["192.168.0.10"]

    url = http_server.url("/feed.xml")
    with Fetcher(settings(), resolver=resolver) as f:
        assert failure_fields(f.fetch(url)) == (url, "blocked_address", None, None, False)
    assert lookups == ["intranet.test"]
    assert connections == [("127.0.0.1", http_server.port)]


def test_a_name_with_any_private_address_is_refused(
    http_server: HTTPTestServer, connections: list[tuple[str, int]]
) -> None:
    url = f"http://mixed.test:{http_server.port}/feed.xml"
    with Fetcher(settings(), resolver=lambda h, p: ["127.0.0.1", "10.0.0.7"]) as f:
        assert failure_fields(f.fetch(url)) == (url, "blocked_address", None, None, False)
    assert connections == []


def test_connects_to_the_vetted_address_with_the_host_header_intact(
    http_server: HTTPTestServer, connections: list[tuple[str, int]]
) -> None:
    http_server.route("/feed.xml", RSS)
    lookups: list[str] = []

    def resolver(host: str, port: int) -> Sequence[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    url = f"http://feeds.example.test:{http_server.port}/feed.xml"
    with Fetcher(settings(), resolver=resolver) as f:
        assert isinstance(f.fetch(url), FeedBody)
        assert isinstance(f.fetch(url), FeedBody)  # keep-alive: no second lookup
    assert lookups == ["feeds.example.test"]
    assert connections == [("127.0.0.1", http_server.port)]
    host_headers = [r.header("Host") for r in http_server.requests]
    assert host_headers == [f"feeds.example.test:{http_server.port}"] * 2


def test_loopback_is_refused_without_the_allow_list(http_server: HTTPTestServer) -> None:
    http_server.route("/feed.xml", RSS)
    url = http_server.url("/feed.xml")
    with Fetcher(FetchSettings()) as f:
        assert failure_fields(f.fetch(url)) == (url, "blocked_address", None, None, False)
    assert http_server.requests == []


@pytest.mark.parametrize(
    "url", ["ftp://127.0.0.1/feed.xml", "file:///etc/passwd", "gopher://127.0.0.1/", "http:///x"]
)
def test_only_http_and_https(fetcher: Fetcher, url: str) -> None:
    assert failure_fields(fetcher.fetch(url)) == (url, "invalid_url", None, None, False)


def test_redirect_to_another_scheme_is_refused(
    http_server: HTTPTestServer, fetcher: Fetcher
) -> None:
    http_server.redirect("/feed.xml", "file:///etc/passwd")
    url = http_server.url("/feed.xml")
    assert failure_fields(fetcher.fetch(url)) == (url, "invalid_url", None, None, False)


# --- sizes and encodings -------------------------------------------------------------------


def test_gzip_and_deflate_bodies_are_decoded(
    http_server: HTTPTestServer, fetcher: Fetcher
) -> None:
    http_server.route("/gz", gzip.compress(RSS), headers={"Content-Encoding": "gzip"})
    http_server.route("/zlib", zlib.compress(RSS), headers={"Content-Encoding": "deflate"})
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    http_server.route(
        "/raw", raw.compress(RSS) + raw.flush(), headers={"Content-Encoding": "deflate"}
    )
    for path in ("/gz", "/zlib", "/raw"):
        result = fetcher.fetch(http_server.url(path))
        assert isinstance(result, FeedBody), (path, result)
        assert result.content == RSS


def gzip_bomb(decoded_size: int) -> bytes:
    """``decoded_size`` zero bytes, gzipped (about a thousandth of the size)."""
    compressor = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(decoded_size // len(block))]
    return b"".join([*parts, compressor.flush()])


def test_gzip_bomb_stops_early_with_small_memory(http_server: HTTPTestServer) -> None:
    bomb = gzip_bomb(256 * 1024 * 1024)  # 256 MiB decoded, ~0.25 MiB on the wire
    http_server.route("/bomb", bomb, headers={"Content-Encoding": "gzip"})
    url = http_server.url("/bomb")
    cap = 1024 * 1024
    with Fetcher(settings(max_bytes=cap)) as f:
        tracemalloc.start()
        try:
            result = f.fetch(url)
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert failure_fields(result) == (url, "too_large", 200, None, False)
    assert peak < 8 * cap  # the cap plus a chunk or two, never the 256 MiB


def test_oversized_plain_body(http_server: HTTPTestServer) -> None:
    http_server.route("/big", b"x" * 200_001)
    http_server.route("/fits", b"x" * 200_000)
    with Fetcher(settings(max_bytes=200_000)) as f:
        url = http_server.url("/big")
        assert failure_fields(f.fetch(url)) == (url, "too_large", 200, None, False)
        fits = f.fetch(http_server.url("/fits"))
    assert isinstance(fits, FeedBody) and len(fits.content) == 200_000


def test_oversized_body_without_content_length(http_server: HTTPTestServer) -> None:
    # No Content-Length to refuse up front: the decoded bytes are counted as they come.
    def chunked(_req: RecordedRequest) -> Reply:
        chunk = b"x" * 10_000
        body = b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for _ in range(30)) + b"0\r\n\r\n"
        return Reply(200, body, {"Transfer-Encoding": "chunked"})

    http_server.route("/chunked", chunked)
    url = http_server.url("/chunked")
    with Fetcher(settings(max_bytes=100_000)) as f:
        result = f.fetch(url)
    assert failure_fields(result) == (url, "too_large", 200, None, False)


def test_stacked_encodings_are_refused(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route(
        "/gzgz", gzip.compress(gzip.compress(RSS)), headers={"Content-Encoding": "gzip, gzip"}
    )
    url = http_server.url("/gzgz")
    assert failure_fields(fetcher.fetch(url)) == (url, "bad_encoding", 200, None, False)


def test_unknown_encoding_is_refused(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route("/br", b"\x00\x01", headers={"Content-Encoding": "br"})
    url = http_server.url("/br")
    assert failure_fields(fetcher.fetch(url)) == (url, "bad_encoding", 200, None, False)


def test_corrupt_gzip(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route("/bad", b"not gzip at all", headers={"Content-Encoding": "gzip"})
    url = http_server.url("/bad")
    assert failure_fields(fetcher.fetch(url)) == (url, "bad_encoding", 200, None, False)


# --- batches and politeness ----------------------------------------------------------------


def test_fetch_many_keeps_per_host_and_global_limits(http_server: HTTPTestServer) -> None:
    slow = ConcurrencyProbe(RSS)
    http_server.route("/feed.xml", slow)
    hosts = [f"h{i}.test" for i in range(4)]
    requests = [
        FetchRequest(f"http://{h}:{http_server.port}/feed.xml?n={n}", key=(h, n))
        for n in range(6)
        for h in hosts
    ]
    limits = settings(global_concurrency=6, per_host_concurrency=2)
    with Fetcher(limits, resolver=lambda h, p: ["127.0.0.1"]) as f:
        results = list(f.fetch_many(requests))
    assert sorted(str(r.key) for r, _ in results) == sorted(str(r.key) for r in requests)
    assert all(isinstance(result, FeedBody) for _, result in results)
    assert max(slow.peak.values()) == 2  # per host, reached and never passed
    assert 2 < slow.peak_total <= 6  # hosts ran side by side, within the global limit


def test_fetch_many_mixes_outcomes(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route("/ok", RSS, etag='"e"')
    http_server.route("/gone", b"", status=410)
    requests = [
        FetchRequest(http_server.url("/ok"), key=1),
        FetchRequest(http_server.url("/ok"), etag='"e"', key=2),
        FetchRequest(http_server.url("/gone"), key=3),
        FetchRequest("ftp://127.0.0.1/", key=4),
    ]
    kinds = {req.key: type(result).__name__ for req, result in fetcher.fetch_many(requests)}
    assert kinds == {1: "FeedBody", 2: "NotModified", 3: "FetchFailure", 4: "FetchFailure"}
    assert list(fetcher.fetch_many([])) == []


def test_fetch_many_can_stop_early(http_server: HTTPTestServer, fetcher: Fetcher) -> None:
    http_server.route("/ok", RSS)
    requests = [FetchRequest(http_server.url(f"/ok?{i}")) for i in range(50)]
    stream = fetcher.fetch_many(requests)
    first = next(stream)
    stream.close()
    assert isinstance(first[1], FeedBody)
    assert len(http_server.requests) < 50


# --- TLS -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for ``feeds.test`` (made with the openssl command)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", str(key), "-out", str(cert), "-subj", "/CN=feeds.test",
            "-addext", "subjectAltName=DNS:feeds.test",
        ],
        check=True, capture_output=True,
    )
    return cert, key


@pytest.fixture
def https_server(certificate: tuple[Path, Path]) -> Iterator[HTTPTestServer]:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    seen_sni: list[str | None] = []
    context.sni_callback = lambda _sock, name, _ctx: seen_sni.append(name)  # type: ignore[assignment,func-returns-value]
    with HTTPTestServer(ssl_context=context) as server:
        server.seen_sni = seen_sni  # type: ignore[attr-defined]
        yield server


def test_https_through_the_guard_keeps_sni_and_host(
    https_server: HTTPTestServer, certificate: tuple[Path, Path]
) -> None:
    https_server.route("/feed.xml", RSS)
    url = f"https://feeds.test:{https_server.port}/feed.xml"
    with Fetcher(
        settings(ca_bundle=str(certificate[0])), resolver=lambda h, p: ["127.0.0.1"]
    ) as f:
        result = f.fetch(url)
    assert isinstance(result, FeedBody), result
    assert (result.url, result.content) == (url, RSS)
    assert https_server.seen_sni == ["feeds.test"]  # type: ignore[attr-defined]
    assert https_server.requests[0].header("Host") == f"feeds.test:{https_server.port}"


def test_https_certificate_is_verified(
    https_server: HTTPTestServer, certificate: tuple[Path, Path]
) -> None:
    https_server.route("/feed.xml", RSS)
    wrong_name = f"https://other.test:{https_server.port}/feed.xml"
    with Fetcher(
        settings(ca_bundle=str(certificate[0])), resolver=lambda h, p: ["127.0.0.1"]
    ) as f:
        assert failure_fields(f.fetch(wrong_name)) == (
            wrong_name, "connect_error", None, None, False
        )
    untrusted = f"https://feeds.test:{https_server.port}/feed.xml"
    with Fetcher(settings(), resolver=lambda h, p: ["127.0.0.1"]) as f:
        assert failure_fields(f.fetch(untrusted)) == (
            untrusted, "connect_error", None, None, False
        )
    assert https_server.requests == []


# --- logging -------------------------------------------------------------------------------


def test_httpx_does_not_log_urls_at_info() -> None:
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
    assert logging.getLogger("httpcore").getEffectiveLevel() >= logging.WARNING


def test_304s_redirects_and_errors_keep_the_connection(
    http_server: HTTPTestServer, fetcher: Fetcher, connections: list[tuple[str, int]]
) -> None:
    http_server.route("/feed.xml", RSS, etag='"v1"')
    http_server.redirect("/moved", "/feed.xml")
    http_server.route("/missing", b"no such feed", status=404)
    request = FetchRequest(http_server.url("/feed.xml"), etag='"v1"')
    assert isinstance(fetcher.fetch(request), NotModified)
    assert isinstance(fetcher.fetch(request), NotModified)
    assert isinstance(fetcher.fetch(http_server.url("/moved")), FeedBody)
    assert isinstance(fetcher.fetch(http_server.url("/missing")), FetchFailure)
    assert isinstance(fetcher.fetch(request), NotModified)
    assert connections == [("127.0.0.1", http_server.port)]  # one keep-alive connection


# --- the test server itself (used across the suite) ------------------------------------------


def test_support_server_logs_posts_and_answers_from_callables(
    http_server: HTTPTestServer,
) -> None:
    import httpx  # the test server is client-agnostic; plain httpx here

    def sink(req: RecordedRequest) -> Reply:
        ok = req.header("Content-Type") == "application/json"
        return Reply(200 if ok else 400, b"ok" if ok else b"bad", {"X-Seen": str(len(req.body))})

    route = http_server.route("/hooks/slack", sink)
    with httpx.Client(trust_env=False) as client:
        answer = client.post(http_server.url("/hooks/slack"), json={"text": "hello"})
        refused = client.post(http_server.url("/hooks/slack"), content=b"x")
    assert (answer.status_code, answer.text, answer.headers["X-Seen"]) == (200, "ok", "16")
    assert refused.status_code == 400
    assert route.hits == 2
    first = http_server.requests_to("/hooks/slack")[0]
    assert (first.method, first.body) == ("POST", b'{"text":"hello"}')
