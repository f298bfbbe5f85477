"""What an HTTP answer means for a fetch: shared by the httpx Fetcher and the libcurl poller.

Pure (no httpx, no libcurl): the capped body decoder, the header parsers and the mapping from
a status and its headers to a :data:`~monitor.types.FetchResult`. Both fetch paths
(``monitor.fetch.http`` and ``monitor.fetch.curl``) answer through these functions, so a feed
gets the same result, word for word, whichever path fetched it.
"""

from __future__ import annotations

import email.utils
import time
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from http import HTTPStatus

from monitor.types import FeedBody, FetchFailure, NotModified

# A header by its lower-case name, None when absent (httpx's Headers.get, or a dict.get of
# the lower-cased headers libcurl passed).
HeaderGetter = Callable[[str], "str | None"]
# A timeout this close to the whole-fetch deadline was the deadline (the two timers are not
# in step to the millisecond): 50 ms, far below any real connect or read timeout.
DEADLINE_SLACK = 0.05
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


class Failed(Exception):
    """A fetch ended with this failure (reason, message, status): raised inside the fetch
    paths, turned into a :class:`~monitor.types.FetchFailure` at their edge."""

    def __init__(self, reason: str, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message
        self.status = status


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value: delta-seconds or an HTTP date (RFC 9110).

    A date in the past gives 0; an unreadable value gives None.
    """
    if value is None:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now or datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def parse_max_age(value: str | None) -> float | None:
    """The ``max-age`` of a Cache-Control header in seconds, or None."""
    if not value:
        return None
    for directive in value.split(","):
        name, _, arg = directive.strip().partition("=")
        if name.strip().lower() == "max-age":
            arg = arg.strip().strip('"')
            if arg.isdigit():
                return float(arg)
    return None


def status_text(status: int) -> str:
    """``404 Not Found``: the status with its reason phrase (the bare number if unknown)."""
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


class Decoder:
    """Decodes one Content-Encoding while counting decoded bytes against a cap."""

    def __init__(self, encoding: str, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.total = 0
        self.parts: list[bytes] = []
        self.encoding = encoding
        self._first = True
        self._z: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self._z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._z = zlib.decompressobj(zlib.MAX_WBITS)

    def _add(self, data: bytes) -> None:
        self.total += len(data)
        if self.total > self.max_bytes:
            raise Failed(
                "too_large",
                f"The body is larger than the {self.max_bytes:,}-byte limit once decoded; "
                "the download was stopped.",
            )
        self.parts.append(data)

    def feed(self, chunk: bytes) -> None:
        """Decode ``chunk``; raise ``Failed("too_large")`` as soon as the cap is passed."""
        if self._z is None:
            self._add(chunk)
            return
        if self._first and self.encoding == "deflate":
            self._first = False
            # "deflate" is zlib-wrapped by the RFC, raw deflate by some servers (as httpx does).
            if chunk and (chunk[0] & 0x0F) != 8:
                self._z = zlib.decompressobj(-zlib.MAX_WBITS)
        data = chunk
        try:
            while data and not self._z.eof:
                # max_length bounds the output of one call: a bomb cannot expand in one go.
                self._add(self._z.decompress(data, self.max_bytes - self.total + 1))
                data = self._z.unconsumed_tail
        except zlib.error as exc:
            raise Failed("bad_encoding", f"The {self.encoding} body is corrupt ({exc}).") from exc

    def finish(self) -> bytes:
        """The whole decoded body."""
        if self._z is not None and not self._z.eof:
            try:
                self._add(self._z.flush(self.max_bytes - self.total + 1))
            except zlib.error as exc:
                message = f"The {self.encoding} body is corrupt ({exc})."
                raise Failed("bad_encoding", message) from exc
        return b"".join(self.parts)


def decoder_for(content_encoding: str | None, max_bytes: int) -> Decoder:
    """The capped decoder of a Content-Encoding header (none, gzip or deflate); raises
    :class:`Failed` (``bad_encoding``) for stacked or unknown codings."""
    codings = [
        c.strip().lower()
        for c in (content_encoding or "").split(",")
        if c.strip() and c.strip().lower() != "identity"
    ]
    if len(codings) > 1:
        raise Failed(
            "bad_encoding",
            f"The server stacked several content encodings ({content_encoding}); "
            "only one is accepted.",
        )
    coding = codings[0] if codings else "identity"
    if coding not in ("identity", "gzip", "x-gzip", "deflate"):
        raise Failed("bad_encoding", f"The content encoding {coding!r} is not supported.")
    return Decoder(coding, max_bytes)


def not_modified(status: int, etag_sent: str | None, header: HeaderGetter,
                 final_url: str) -> NotModified | None:
    """``NotModified`` for a 304, or for a 200 that carries the very ETag we sent (a server
    that ignores If-None-Match but says it is the same entity); None otherwise."""
    if status == 304 or (status == 200 and bool(etag_sent) and header("etag") == etag_sent):
        return NotModified(final_url, parse_max_age(header("cache-control")))
    return None


def body_decoder(status: int, header: HeaderGetter, max_bytes: int) -> Decoder:
    """The decoder for a 2xx body; raises :class:`Failed` (with the status) for an unknown
    encoding or an identity body whose declared length is over ``max_bytes``."""
    try:
        decoder = decoder_for(header("content-encoding"), max_bytes)
        declared = header("content-length") or ""
        if decoder.encoding == "identity" and declared.isdigit() and int(declared) > max_bytes:
            raise Failed(
                "too_large",
                f"The body is {int(declared):,} bytes, over the {max_bytes:,}-byte limit; "
                "it was not downloaded.",
            )
    except Failed as failed:
        failed.status = status
        raise
    return decoder


def feed_body(final_url: str, content: bytes, header: HeaderGetter,
              started: float) -> FeedBody:
    """The ``FeedBody`` of a 2xx answer whose decoded body is ``content``."""
    return FeedBody(
        url=final_url,
        content=content,
        content_type=header("content-type"),
        etag=header("etag"),
        last_modified=header("last-modified"),
        max_age=parse_max_age(header("cache-control")),
        elapsed=time.monotonic() - started,
    )


def status_failure(url: str, status: int, header: HeaderGetter) -> FetchFailure:
    """The failure of a non-2xx answer that is not a redirect followed (404/410 permanent,
    429 and 5xx with their Retry-After)."""
    retry_after = parse_retry_after(header("retry-after"))
    text = status_text(status)
    if status in (404, 410):
        return FetchFailure(
            url, f"http_{status}",
            f"The server answered {text}: the address no longer serves this "
            "(it will still be retried, rarely).",
            status, retry_after, permanent=True,
        )
    if status == 429:
        wait = f" and asked to wait {retry_after:g} s" if retry_after is not None else ""
        return FetchFailure(
            url, "http_429", f"The server answered {text}{wait}.", status, retry_after
        )
    if status >= 500:
        return FetchFailure(
            url, "http_5xx", f"The server failed with {text}.", status, retry_after
        )
    return FetchFailure(url, f"http_{status}", f"The server answered {text}.", status, retry_after)


def timed_out(url: str, deadline: float, at_deadline: bool, detail: str) -> FetchFailure:
    """A fetch cut by the whole-fetch ``deadline`` (``at_deadline``) or by a connect/read
    timeout (``detail`` names which)."""
    if at_deadline:
        return FetchFailure(
            url, "deadline",
            f"The fetch took longer than the {deadline:g} s deadline and was stopped.",
        )
    return FetchFailure(url, "timeout", f"The server did not answer in time ({detail}).")


def mid_answer(url: str, detail: str) -> FetchFailure:
    """The connection broke while the answer was being read."""
    return FetchFailure(url, "network_error", f"The connection failed mid-answer ({detail}).")
