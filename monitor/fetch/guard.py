"""The address guard: which hosts the fetcher may connect to.

Feeds are URLs typed by people and redirects chosen by strangers, so a fetch must not reach
the machine itself, the local network or a cloud metadata service (SSRF). The guard refuses
every address that is not globally routable: loopback, private (RFC 1918, ULA), link-local
(169.254/16 — where cloud metadata lives — and fe80::/10), CGNAT (100.64/10), multicast,
reserved, unspecified, documentation and benchmarking ranges; for IPv6 it also looks inside the
forms that embed an IPv4 address: IPv4-mapped (``::ffff:a.b.c.d``), NAT64 (``64:ff9b::/96``),
6to4 (``2002::/16``) and Teredo (``2001::/32``).

The check is made on the address actually connected to: :meth:`AddressGuard.resolve` resolves
a host name once and vets every address; the transport (``monitor.fetch.transport``) then
connects to one of those vetted addresses, so a DNS answer that changes between check and
connect (DNS rebinding) cannot slip through. An allow-list of networks (``"127.0.0.1/32"``)
lifts the refusal, for tests and the local demo.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import urlsplit

from monitor.errors import BlockedAddress, FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

#: A resolver takes (host, port) and gives the host's addresses as strings.
Resolver = Callable[[str, int], Sequence[str]]

ALLOWED_SCHEMES = frozenset({"http", "https"})  # feeds, pages; file:/ftp:/gopher: reach too far

CGNAT = ipaddress.IPv4Network("100.64.0.0/10")  # RFC 6598 shared space: the carrier's inside
THIS_NETWORK = ipaddress.IPv4Network("0.0.0.0/8")  # RFC 1122 "this host on this network"
NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052: v4 in the last 32 bits
NAT64_LOCAL_USE = ipaddress.IPv6Network("64:ff9b:1::/48")  # RFC 8215: operator-local NAT64


def _classify_v4(ip: ipaddress.IPv4Address) -> str | None:
    if ip.is_unspecified or ip in THIS_NETWORK:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip in CGNAT:
        return "CGNAT"
    if ip.is_reserved:
        return "reserved"
    if ip.is_private:
        return "private"
    if not ip.is_global:
        return "non-global"
    return None


def _classify_v6(ip: ipaddress.IPv6Address) -> str | None:
    mapped = ip.ipv4_mapped
    if mapped is not None:
        inner = _classify_v4(mapped)
        return f"IPv4-mapped {inner}" if inner else None
    if ip in NAT64_WELL_KNOWN:
        inner = _classify_v4(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        return f"NAT64 of {inner}" if inner else None
    if ip in NAT64_LOCAL_USE:
        return "local NAT64"
    if ip.sixtofour is not None:
        inner = _classify_v4(ip.sixtofour)
        if inner:
            return f"6to4 of {inner}"
    if ip.teredo is not None:
        server, client = ip.teredo
        for embedded in (server, client):
            inner = _classify_v4(embedded)
            if inner:
                return f"Teredo of {inner}"
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.is_site_local:
        return "site-local"
    if ip.is_reserved:
        return "reserved"
    if ip.is_private:
        return "private"
    if ip.sixtofour is None and ip.teredo is None and not ip.is_global:
        return "non-global"
    return None


def classify_address(ip: IPAddress | str) -> str | None:
    """Why ``ip`` must not be fetched from ("loopback", "private", "NAT64 of private", ...).

    Returns ``None`` for a globally routable address. Takes an address object or its text.
    """
    address = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
    if isinstance(address, ipaddress.IPv4Address):
        return _classify_v4(address)
    return _classify_v6(address)


def parse_networks(networks: Iterable[str | IPNetwork]) -> tuple[IPNetwork, ...]:
    """Parse allow-list entries such as ``"127.0.0.1/32"`` or ``"::1"``; raise ValueError."""
    return tuple(
        n if not isinstance(n, str) else ipaddress.ip_network(n.strip(), strict=False)
        for n in networks
    )


def system_resolver(host: str, port: int) -> Sequence[str]:
    """Resolve ``host`` with the system resolver; addresses in the order given, deduplicated."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: dict[str, None] = {}
    for _family, _type, _proto, _name, sockaddr in infos:
        seen.setdefault(str(sockaddr[0]), None)
    return list(seen)


class AddressGuard:
    """Vets hosts and addresses against the policy above, with an allow-list.

    ``allowed_networks`` lifts the refusal for addresses inside them (for an IPv4-mapped,
    NAT64, 6to4 or Teredo address, its embedded IPv4 address counts too). ``resolver`` is
    replaceable for tests (no DNS lookups of real hosts there).
    """

    def __init__(
        self,
        allowed_networks: Iterable[str | IPNetwork] = (),
        resolver: Resolver | None = None,
    ) -> None:
        self.allowed_networks = parse_networks(allowed_networks)
        self.resolver: Resolver = resolver or system_resolver

    def _allowed(self, ip: IPAddress) -> bool:
        candidates: list[IPAddress] = [ip]
        if isinstance(ip, ipaddress.IPv6Address):
            if ip.ipv4_mapped is not None:
                candidates.append(ip.ipv4_mapped)
            if ip in NAT64_WELL_KNOWN:
                candidates.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        return any(
            c.version == net.version and c in net
            for c in candidates
            for net in self.allowed_networks
        )

    def refusal(self, ip: IPAddress | str) -> str | None:
        """Why ``ip`` is refused under this guard (None when it may be fetched)."""
        address = ipaddress.ip_address(ip) if isinstance(ip, str) else ip
        if self._allowed(address):
            return None
        return classify_address(address)

    def check_url(self, url: str) -> None:
        """Refuse a URL without connecting: bad scheme, no host, or a literal bad address.

        Raises :class:`FetchError` (scheme, host) or :class:`BlockedAddress`. Host names are
        not resolved here; :meth:`resolve` vets them when the connection is made.
        """
        try:
            parts = urlsplit(url)
            host = parts.hostname
        except ValueError as exc:
            raise FetchError(url, f"the URL cannot be read ({exc})") from exc
        if parts.scheme.lower() not in ALLOWED_SCHEMES:
            raise FetchError(url, f"only http and https URLs are fetched, not {parts.scheme!r}")
        if not host:
            raise FetchError(url, "the URL has no host")
        literal = _ip_literal(host)
        if literal is not None:
            why = self.refusal(literal)
            if why:
                raise BlockedAddress(url, f"{host} is a {why} address")

    def resolve(self, host: str, port: int) -> list[str]:
        """Resolve ``host`` once and vet every address; return them (all allowed).

        A host with any refused address is refused as a whole: a name that answers with both
        a public and a private address is a rebinding attempt or a misconfiguration.
        Raises :class:`BlockedAddress`, or :class:`OSError` when the name does not resolve.
        """
        literal = _ip_literal(host)
        addresses = [str(literal)] if literal is not None else list(self.resolver(host, port))
        if not addresses:
            raise OSError(f"{host} has no address")
        for address in addresses:
            why = self.refusal(address.split("%", 1)[0])
            if why:
                shown = host if literal is not None else f"{host} ({address})"
                raise BlockedAddress(host, f"{shown} is a {why} address")
        return addresses


def is_ip_literal(host: str) -> bool:
    """Whether ``host`` is an IP address (``[::1]`` and zone ids included), not a name."""
    return _ip_literal(host) is not None


def _ip_literal(host: str) -> IPAddress | None:
    text = host.strip("[]")
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None
