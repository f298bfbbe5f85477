"""Conditional GETs of feeds on libcurl (``monitor.fetch.curl``) over real HTTP on 127.0.0.1.

The libcurl path answers 304s, 200s (carrying the ETag we sent, or a body), error statuses and
timeouts, and hands redirects, refusals and other failures to the httpx Fetcher: a batch gives
the same results with it as without it, a changed feed costs one request, the request headers
are the same, and the address guard holds (nothing is connected that the guard refuses; the
address connected to is the vetted one).
"""

from __future__ import annotations

import dataclasses
import gzip
import socket
import threading
import time
from collections.abc import Iterator, Sequence

import pytest

from monitor.fetch import Fetcher, FetchRequest, FetchSettings, curl
from monitor.fetch.guard import AddressGuard
from monitor.types import FeedBody, FetchFailure, FetchResult, NotModified
from tests.support import httpserver
from tests.support.httpserver import ConcurrencyProbe, HTTPTestServer, RecordedRequest, Reply

http_server = httpserver.http_server  # the fixture, used by name below

pytestmark = pytest.mark.skipif(not curl.available(), reason="pycurl is not installed")

ALLOW = (HTTPTestServer.ALLOW,)
RSS = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"


def settings(**overrides: object) -> FetchSettings:
    base = FetchSettings(allowed_networks=ALLOW, deadline=5.0, read_timeout=2.0)
    return dataclasses.replace(base, **overrides)  # type: ignore[arg-type]


class CountingFetcher(Fetcher):
    """A Fetcher that records which requests it answered itself (through httpx)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.by_httpx: list[str] = []

    def fetch(self, request: FetchRequest | str) -> FetchResult:
        self.by_httpx.append(request if isinstance(request, str) else request.url)
        return super().fetch(request)


@pytest.fixture
def fetcher() -> Iterator[CountingFetcher]:
    with CountingFetcher(settings()) as f:
        yield f


def _without_elapsed(result: FetchResult) -> FetchResult:
    return dataclasses.replace(result, elapsed=0.0) if isinstance(result, FeedBody) else result


def test_304s_are_answered_by_libcurl(http_server: HTTPTestServer,
                                      fetcher: CountingFetcher) -> None:
    http_server.route("/feed.xml", RSS, etag='"v1"', headers={"Cache-Control": "max-age=60"})
    url = http_server.url("/feed.xml")
    requests = [FetchRequest(f"{url}?n={n}", etag='"v1"', key=n) for n in range(20)]
    results = dict((req.key, result) for req, result in fetcher.fetch_many(requests))
    assert results == {n: NotModified(f"{url}?n={n}", 60.0) for n in range(20)}
    assert fetcher.by_httpx == []  # none went through httpx
    assert len(http_server.requests) == 20  # one request each
    clients = {r.client for r in http_server.requests}
    assert len(clients) <= settings().per_host_concurrency  # kept-alive connections


def test_the_request_headers_are_those_of_the_httpx_path(http_server: HTTPTestServer,
                                                          fetcher: CountingFetcher) -> None:
    http_server.route("/feed.xml", RSS, etag='"v1"')
    request = FetchRequest(http_server.url("/feed.xml"), etag='"v1"',
                           last_modified="Wed, 25 Nov 2026 10:00:00 GMT")
    assert fetcher.fetch(request) == NotModified(request.url)  # httpx
    assert [result for _, result in fetcher.fetch_many([request])] == [NotModified(request.url)]
    by_httpx, by_curl = http_server.requests
    assert fetcher.by_httpx == [request.url]  # only the first
    assert by_curl.method == by_httpx.method == "GET" and by_curl.path == by_httpx.path
    # the same fields and values (libcurl writes Connection last: order carries no meaning)
    assert sorted(by_curl.headers.items()) == sorted(by_httpx.headers.items())


def test_a_batch_gives_the_same_results_with_and_without_libcurl(
        http_server: HTTPTestServer) -> None:
    srv = http_server
    srv.route("/304.xml", RSS, etag='"a"', headers={"Cache-Control": "public, max-age=300"})
    srv.route("/changed.xml", RSS, etag='"b2"')
    srv.route("/ignores.xml", RSS, headers={"ETag": '"c"'})  # 200 with the same ETag
    srv.route("/ignores-new.xml", RSS, headers={"ETag": '"d2"'})
    srv.route("/lastmod.xml", RSS, headers={"Last-Modified": "Tue, 10 Mar 2026 10:00:00 GMT"})
    srv.route("/gone.xml", b"gone", status=410)
    srv.route("/busy.xml", b"", status=503, headers={"Retry-After": "120"})
    srv.redirect("/moved.xml", srv.url("/304.xml"))
    srv.route("/gzip.xml", gzip.compress(RSS * 50), etag='"z2"',
              headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})
    srv.route("/huge.xml", b"x" * 5000, etag='"h2"')  # over max_bytes below
    srv.route("/bomb.xml", gzip.compress(b" " * 100_000), etag='"b2"',
              headers={"Content-Encoding": "gzip"})  # over max_bytes once decoded
    srv.route("/corrupt.xml", b"not gzip at all", etag='"c2"',
              headers={"Content-Encoding": "gzip"})
    srv.route("/br.xml", RSS, etag='"r2"', headers={"Content-Encoding": "br"})
    srv.route("/empty.xml", b"", etag='"e2"')
    requests = [
        FetchRequest(srv.url("/304.xml"), etag='"a"', key=1),
        FetchRequest(srv.url("/changed.xml"), etag='"b1"', key=2),
        FetchRequest(srv.url("/ignores.xml"), etag='"c"', key=3),
        FetchRequest(srv.url("/ignores-new.xml"), etag='"d1"', key=4),
        FetchRequest(srv.url("/lastmod.xml"), last_modified="Tue, 10 Mar 2026 10:00:00 GMT",
                     key=5),
        FetchRequest(srv.url("/gone.xml"), etag='"e"', key=6),
        FetchRequest(srv.url("/busy.xml"), etag='"f"', key=7),
        FetchRequest(srv.url("/moved.xml"), etag='"a"', key=8),
        FetchRequest("ftp://127.0.0.1/feed.xml", etag='"g"', key=9),
        FetchRequest("http://127.0.0.1:9/feed.xml", etag='"h"', key=10),  # refused
        FetchRequest(srv.url("/304.xml"), key=11),  # not conditional: httpx as before
        FetchRequest(srv.url("/gzip.xml"), etag='"z1"', key=12),
        FetchRequest(srv.url("/huge.xml"), etag='"h1"', key=13),
        FetchRequest(srv.url("/bomb.xml"), etag='"b1"', key=14),
        FetchRequest(srv.url("/corrupt.xml"), etag='"c1"', key=15),
        FetchRequest(srv.url("/br.xml"), etag='"r1"', key=16),
        FetchRequest(srv.url("/empty.xml"), etag='"e1"', key=17),
        FetchRequest(srv.url("/nowhere.xml"), etag='"n1"', key=18),  # 404
    ]
    outcomes = []
    for use_curl in (True, False):
        with CountingFetcher(settings(curl_conditional=use_curl, max_bytes=4096)) as f:
            outcomes.append({req.key: _without_elapsed(result)
                             for req, result in f.fetch_many(requests)})
            if use_curl:  # httpx only for the redirect, the refusals and the plain GET
                assert sorted(f.by_httpx) == sorted(
                    r.url for r in requests if r.key in (8, 9, 10, 11))
    with_curl, without = outcomes
    assert with_curl == without
    assert with_curl[1] == NotModified(srv.url("/304.xml"), 300.0)
    assert with_curl[3] == NotModified(srv.url("/ignores.xml"))
    assert isinstance(with_curl[2], FeedBody) and with_curl[2].etag == '"b2"'
    gzipped = with_curl[12]
    assert isinstance(gzipped, FeedBody) and gzipped.content == RSS * 50
    assert gzipped.content_type == "application/rss+xml"
    reasons = {key: getattr(with_curl[key], "reason", None) for key in (13, 14, 15, 16, 18)}
    assert reasons == {13: "too_large", 14: "too_large", 15: "bad_encoding",
                       16: "bad_encoding", 18: "http_404"}
    assert with_curl[17] == FeedBody(srv.url("/empty.xml"), b"", None, '"e2"', None)


def test_a_url_httpx_would_encode_is_left_to_httpx(http_server: HTTPTestServer) -> None:
    http_server.route("/caf%C3%A9.xml", RSS, etag='"v2"')
    request = FetchRequest(http_server.url("/café.xml"), etag='"v1"')
    with CountingFetcher(settings()) as f:
        [(_, result)] = list(f.fetch_many([request]))
        assert f.by_httpx == [request.url]
    assert isinstance(result, FeedBody) and result.content == RSS


def test_a_changed_feed_costs_one_request(http_server: HTTPTestServer) -> None:
    route = http_server.route("/feed.xml", RSS * 20, etag='"v2"')
    requests = [FetchRequest(http_server.url("/feed.xml"), etag='"v1"', key=n) for n in range(4)]
    with CountingFetcher(settings()) as f:
        results = [result for _, result in f.fetch_many(requests)]
        assert f.by_httpx == []
    assert all(isinstance(r, FeedBody) and r.content == RSS * 20 for r in results)
    assert route.hits == 4  # one GET each: no header probe before the real request
    # the bodies were read whole, so the connections were kept alive and reused
    assert len({r.client for r in http_server.requests}) <= settings().per_host_concurrency


def test_a_slow_server_is_cut_once_not_asked_again(http_server: HTTPTestServer) -> None:
    http_server.route("/slow.xml", RSS, etag='"v1"', delay=3.0)
    request = FetchRequest(http_server.url("/slow.xml"), etag='"v1"')
    started = time.monotonic()
    with CountingFetcher(settings(deadline=1.0, read_timeout=0.8)) as f:
        [(_, result)] = list(f.fetch_many([request]))
        assert f.by_httpx == []  # libcurl's timeout is the answer: httpx would wait again
    took = time.monotonic() - started
    assert isinstance(result, FetchFailure)
    assert result.reason in ("deadline", "timeout")
    assert result.message in ("The fetch took longer than the 1 s deadline and was stopped.",
                              "The server did not answer in time (ReadTimeout).")
    assert took < 1.9  # one deadline, not two


def test_a_body_that_stops_dripping_is_cut(http_server: HTTPTestServer) -> None:
    http_server.route("/drip.xml", RSS, etag='"v2"', drip=0.5)
    request = FetchRequest(http_server.url("/drip.xml"), etag='"v1"')
    with CountingFetcher(settings(deadline=1.0, read_timeout=5.0)) as f:
        [(_, result)] = list(f.fetch_many([request]))
        assert f.by_httpx == []
    assert isinstance(result, FetchFailure) and result.reason == "deadline"


# --- the address guard -------------------------------------------------------------------


def test_loopback_is_refused_without_the_allow_list(http_server: HTTPTestServer) -> None:
    http_server.route("/feed.xml", RSS, etag='"v1"')
    request = FetchRequest(http_server.url("/feed.xml"), etag='"v1"')
    with CountingFetcher(settings(allowed_networks=())) as f:
        [(_, result)] = list(f.fetch_many([request]))
    assert getattr(result, "reason", None) == "blocked_address"
    assert http_server.requests == []  # nothing was connected


@pytest.mark.parametrize("addresses", [["10.0.0.7"], ["127.0.0.1", "10.0.0.7"],
                                       ["169.254.169.254"]])
def test_a_name_with_a_refused_address_is_never_connected(
        http_server: HTTPTestServer, addresses: list[str]) -> None:
    http_server.route("/feed.xml", RSS, etag='"v1"')
    url = f"http://intranet.test:{http_server.port}/feed.xml"
    with CountingFetcher(settings(), resolver=lambda h, p: addresses) as f:
        [(_, result)] = list(f.fetch_many([FetchRequest(url, etag='"v1"')]))
    assert getattr(result, "reason", None) == "blocked_address"
    assert http_server.requests == []


def test_a_name_is_resolved_by_the_guard_and_the_host_header_kept(
        http_server: HTTPTestServer) -> None:
    http_server.route("/feed.xml", RSS, etag='"v1"')
    lookups: list[str] = []

    def resolver(host: str, port: int) -> Sequence[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    url = f"http://feeds.example.test:{http_server.port}/feed.xml"
    requests = [FetchRequest(f"{url}?{n}", etag='"v1"', key=n) for n in range(3)]
    with CountingFetcher(settings(), resolver=resolver) as f:
        results = [result for _, result in f.fetch_many(requests)]
        assert f.by_httpx == []
    assert all(isinstance(r, NotModified) for r in results)
    assert lookups == ["feeds.example.test"]  # once per batch, by the guard (not by libcurl)
    assert {r.header("Host") for r in http_server.requests} == {
        f"feeds.example.test:{http_server.port}"}


def _address(ip: str, port: int = 80) -> tuple[int, int, int, tuple[str, int]]:
    return (socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, (ip, port))


def test_the_socket_callback_vets_the_address_connected_to() -> None:
    import pycurl

    guard = AddressGuard(["127.0.0.1/32"])
    poller = curl.ConditionalPoller(guard, lambda targets, timeout: {}, deadline=1.0,
                                    connect_timeout=1.0, read_timeout=1.0, global_concurrency=2,
                                    per_host_concurrency=1, ca_file="/dev/null",
                                    max_bytes=1024)
    handle = poller._handle()
    handle.poll = curl._Poll("http://x.test/", None, 1, frozenset({"127.0.0.1", "10.0.0.1"}),
                             1024)
    try:
        assert poller._open(handle, _address("10.0.0.1")) == pycurl.SOCKET_BAD  # refused
        assert poller._open(handle, _address("127.0.0.2")) == pycurl.SOCKET_BAD  # not pinned
        unix = (socket.AF_UNIX, socket.SOCK_STREAM, 0, "/tmp/x")
        assert poller._open(handle, unix) == pycurl.SOCKET_BAD
        sock = poller._open(handle, _address("127.0.0.1"))
        assert isinstance(sock, socket.socket)
        handle.poll = None
        assert poller._open(handle, _address("127.0.0.1")) == pycurl.SOCKET_BAD  # no request
    finally:
        for opened in poller._opened:
            opened.close()
        poller._free.append(handle)
        poller.close()


def test_stopping_early_leaves_nothing_running(http_server: HTTPTestServer,
                                               fetcher: CountingFetcher) -> None:
    http_server.route("/feed.xml", RSS, etag='"v1"')
    requests = [FetchRequest(http_server.url(f"/feed.xml?{n}"), etag='"v1"') for n in range(40)]
    stream = fetcher.fetch_many(requests)
    assert isinstance(next(stream)[1], NotModified)
    stream.close()
    again = list(fetcher.fetch_many(requests[:3]))  # the fetcher is still usable
    assert len(again) == 3 and all(isinstance(r, NotModified) for _, r in again)


def test_per_host_and_global_limits_hold_on_libcurl(http_server: HTTPTestServer) -> None:
    slow_304 = ConcurrencyProbe(Reply(304, b"", {"ETag": '"v1"'}))
    http_server.route("/feed.xml", slow_304)
    hosts = [f"h{i}.test" for i in range(4)]
    requests = [FetchRequest(f"http://{h}:{http_server.port}/feed.xml?n={n}", etag='"v1"',
                             key=(h, n)) for n in range(6) for h in hosts]
    limits = settings(global_concurrency=6, per_host_concurrency=2, deadline=1.0)
    with CountingFetcher(limits, resolver=lambda h, p: ["127.0.0.1"]) as f:
        results = list(f.fetch_many(requests))
        assert f.by_httpx == []  # every one answered by libcurl, none timed out waiting
    assert all(isinstance(result, NotModified) for _, result in results)
    assert len(results) == len(requests)
    assert max(slow_304.peak.values()) == 2  # per host, reached and never passed
    assert 2 < slow_304.peak_total <= 6  # hosts side by side, within the global limit


def test_a_transfer_waiting_for_its_host_does_not_use_up_its_deadline(
        http_server: HTTPTestServer) -> None:
    def slow_304(req: RecordedRequest) -> Reply:
        time.sleep(0.3)
        return Reply(304, b"", {"ETag": '"v1"'})

    http_server.route("/feed.xml", slow_304)
    requests = [FetchRequest(http_server.url(f"/feed.xml?n={n}"), etag='"v1"', key=n)
                for n in range(6)]  # one at a time: 1.8 s in all, 0.3 s each
    limits = settings(global_concurrency=4, per_host_concurrency=1, deadline=1.0)
    with CountingFetcher(limits) as f:
        results = list(f.fetch_many(requests))
        assert f.by_httpx == []
    assert all(isinstance(result, NotModified) for _, result in results)


def test_a_hanging_name_lookup_holds_up_only_its_own_feeds(http_server: HTTPTestServer) -> None:
    http_server.route("/feed.xml", RSS, etag='"v1"')
    release = threading.Event()

    def resolver(host: str, port: int) -> Sequence[str]:
        if host == "stuck.test":
            release.wait(5)
            raise OSError("no answer")
        return ["127.0.0.1"]

    requests = [FetchRequest(f"http://stuck.test:{http_server.port}/feed.xml", etag='"v1"',
                             key="stuck")]
    requests += [FetchRequest(f"http://ok{n}.test:{http_server.port}/feed.xml", etag='"v1"',
                              key=n) for n in range(4)]
    try:
        with CountingFetcher(settings(connect_timeout=0.3, deadline=2.0),
                             resolver=resolver) as f:
            results = {req.key: result for req, result in f.fetch_many(requests)}
            assert f.by_httpx == [requests[0].url]  # only the stuck one went to httpx
    finally:
        release.set()
    assert all(isinstance(results[n], NotModified) for n in range(4))
    assert getattr(results["stuck"], "reason", None) == "timeout"
