"""The address guard: which addresses are refused, the allow-list, URL checks, resolution."""

from __future__ import annotations

import socket
from collections.abc import Sequence

import pytest

from monitor.errors import BlockedAddress, FetchError
from monitor.fetch.guard import AddressGuard, classify_address, system_resolver

REFUSED = [
    # IPv4
    ("127.0.0.1", "loopback"),
    ("127.255.255.254", "loopback"),
    ("10.0.0.1", "private"),
    ("172.16.5.4", "private"),
    ("172.31.255.255", "private"),
    ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"),  # cloud metadata
    ("100.64.0.1", "CGNAT"),
    ("100.127.255.254", "CGNAT"),
    ("224.0.0.251", "multicast"),
    ("239.255.255.250", "multicast"),
    ("240.0.0.1", "reserved"),
    ("255.255.255.255", "reserved"),
    ("0.0.0.0", "unspecified"),
    ("0.1.2.3", "unspecified"),
    ("192.0.2.1", "private"),  # TEST-NET-1
    ("198.18.0.1", "private"),  # benchmarking
    # IPv6
    ("::1", "loopback"),
    ("::", "unspecified"),
    ("fe80::1", "link-local"),
    ("fe80::1%eth0", "link-local"),
    ("fc00::1", "private"),
    ("fd12:3456::1", "private"),
    ("ff02::1", "multicast"),
    ("fec0::1", "site-local"),
    ("2001:db8::1", "private"),  # documentation
    ("::127.0.0.1", "reserved"),  # deprecated IPv4-compatible
    ("100::1", "reserved"),  # discard-only
    # IPv6 forms embedding IPv4
    ("::ffff:127.0.0.1", "IPv4-mapped loopback"),
    ("::ffff:10.1.1.1", "IPv4-mapped private"),
    ("::ffff:169.254.169.254", "IPv4-mapped link-local"),
    ("64:ff9b::a00:1", "NAT64 of private"),  # 10.0.0.1
    ("64:ff9b::7f00:1", "NAT64 of loopback"),  # 127.0.0.1
    ("64:ff9b::a9fe:a9fe", "NAT64 of link-local"),  # 169.254.169.254
    ("64:ff9b:1::1", "local NAT64"),
    ("2002:a00:1::1", "6to4 of private"),  # 10.0.0.1
    ("2002:7f00:1::1", "6to4 of loopback"),
    ("2002:c0a8:101::1", "6to4 of private"),  # 192.168.1.1
]

PUBLIC = [
    "8.8.8.8",
    "1.1.1.1",
    "93.184.215.14",
    "100.63.255.255",  # just below CGNAT
    "100.128.0.1",  # just above CGNAT
    "172.32.0.1",  # just above 172.16/12
    "2606:4700:4700::1111",
    "2a00:1450:4001:82a::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",  # NAT64 of 8.8.8.8
    "2002:808:808::1",  # 6to4 of 8.8.8.8
]


@pytest.mark.parametrize(("address", "kind"), REFUSED)
def test_refused_addresses(address: str, kind: str) -> None:
    assert classify_address(address) == kind


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses(address: str) -> None:
    assert classify_address(address) is None


def test_allow_list_lifts_the_refusal() -> None:
    guard = AddressGuard(["127.0.0.1/32", "10.20.0.0/16"])
    assert guard.refusal("127.0.0.1") is None
    assert guard.refusal("::ffff:127.0.0.1") is None  # the same address, mapped
    assert guard.refusal("10.20.3.4") is None
    assert guard.refusal("127.0.0.2") == "loopback"
    assert guard.refusal("10.21.0.1") == "private"
    assert guard.refusal("::1") == "loopback"


def test_allow_list_rejects_garbage() -> None:
    with pytest.raises(ValueError):
        AddressGuard(["not-a-network"])


@pytest.mark.parametrize(
    "url",
    ["ftp://example.org/feed", "file:///etc/passwd", "javascript:alert(1)", "http:///path",
     "gopher://example.org/", "//example.org/feed", "http://[::1/"],
)
def test_check_url_refuses_other_schemes_and_no_host(url: str) -> None:
    with pytest.raises(FetchError) as info:
        AddressGuard().check_url(url)
    assert not isinstance(info.value, BlockedAddress)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1/", "http://10.0.0.1:8080/x", "https://[::1]/", "http://[fe80::1]/",
     "http://169.254.169.254/latest/meta-data/", "HTTP://192.168.0.1/"],
)
def test_check_url_refuses_literal_private_addresses(url: str) -> None:
    with pytest.raises(BlockedAddress):
        AddressGuard().check_url(url)


def test_check_url_passes_names_and_public_literals_without_resolving() -> None:
    def no_dns(host: str, port: int) -> Sequence[str]:
        raise AssertionError("check_url must not resolve")

    guard = AddressGuard(resolver=no_dns)
    guard.check_url("https://feeds.example.org/rss")
    guard.check_url("http://8.8.8.8/feed")
    guard.check_url("https://[2606:4700:4700::1111]/feed")


def test_resolve_vets_every_address() -> None:
    answers = {"good.test": ["93.184.215.14", "2606:4700::1"], "bad.test": ["93.184.215.14",
               "10.0.0.5"], "meta.test": ["169.254.169.254"]}
    guard = AddressGuard(resolver=lambda host, port: answers[host])
    assert guard.resolve("good.test", 443) == ["93.184.215.14", "2606:4700::1"]
    with pytest.raises(BlockedAddress, match=r"10\.0\.0\.5"):
        guard.resolve("bad.test", 443)
    with pytest.raises(BlockedAddress, match="link-local"):
        guard.resolve("meta.test", 80)


def test_resolve_does_not_look_up_literals() -> None:
    calls: list[str] = []
    guard = AddressGuard(["127.0.0.1/32"], resolver=lambda h, p: calls.append(h) or [])
    assert guard.resolve("127.0.0.1", 80) == ["127.0.0.1"]
    with pytest.raises(BlockedAddress):
        guard.resolve("::1", 80)
    assert calls == []


def test_resolve_with_no_answer_is_an_os_error() -> None:
    with pytest.raises(OSError):
        AddressGuard(resolver=lambda h, p: []).resolve("nothing.test", 80)


def test_system_resolver_on_a_literal_deduplicates(monkeypatch: pytest.MonkeyPatch) -> None:
    infos = [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80)),
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80)),
        (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("2606:4700::1", 80, 0, 0)),
    ]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: infos)
    assert system_resolver("example.test", 80) == ["93.184.215.14", "2606:4700::1"]
