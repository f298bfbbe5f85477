"""Feed bytes to :class:`~monitor.types.RawItem`: feedparser on bytes we fetched ourselves.

feedparser is handed a :class:`io.BytesIO`, never a string: given a string (or even bytes, which
it first tries as a file name) it would open URLs and files itself. The Content-Type header
goes in as ``response_headers`` so that feedparser's charset detection (RFC 3023: HTTP charset,
then XML declaration, then sniffing) sees it.

One correction on top of feedparser: a document whose bytes are valid UTF-8 (with some
non-ASCII in them) is read as UTF-8 whatever its prolog or header claims. Real feeds that
declare ISO-8859-1 or windows-1252 but are UTF-8 are common (miniflux keeps test cases for
both), while Latin-1 text that happens to be valid UTF-8 is vanishingly rare. A document
that is UTF-8 but for a few broken bytes (see :data:`MOSTLY_UTF8_RATIO`) is read as UTF-8
with those bytes replaced, rather than wholly as windows-1252.

The HTML in :class:`RawItem` (``summary_html``, ``content_html``) is as the feed gave it, not
sanitised (see ``_FEEDPARSER_OPTIONS``): turn it into text with
:func:`monitor.normalize.html_to_text`; never render it.

Malformed feeds give what feedparser could recover, and :attr:`ParsedFeed.error` says what
was wrong in words. A wrong or missing encoding declaration that feedparser overcame is not
an error: the text came out right.
"""

from __future__ import annotations

import io
import re
import time
import xml.sax
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from monitor.feedxml import as_feedparser_entry, read_rss
from monitor.normalize import clean_title
from monitor.types import ParsedFeed, RawItem

__all__ = ["parse_feed", "parse_feed_feedparser"]

# Where to look for the XML declaration: it must be the first thing in the document.
PROLOG_SCAN_BYTES = 200

_PROLOG_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
_CHARSET_PARAM = re.compile(r";\s*charset\s*=\s*[\"']?[^;\"'\s]*[\"']?", re.IGNORECASE)
_UTF8_LABELS = frozenset({"utf-8", "utf8"})
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_WEB_SCHEMES = ("http://", "https://")

# feedparser options. We never render feed HTML (normalize turns it into text, dropping
# scripts and styles), so its sanitiser and relative-URI rewriting inside HTML are wasted
# work: together they cost about two thirds of the parse time on feeds with full article HTML
# (measured: 3.5 -> 1.0 ms per item on miniflux large_atom.xml). Item links are still resolved.
_FEEDPARSER_OPTIONS: dict[str, Any] = {"sanitize_html": False, "resolve_relative_uris": False}


def _declared_encoding(content: bytes, content_type: str | None) -> str | None:
    if content_type:
        match = re.search(r"charset\s*=\s*[\"']?([^;\"'\s]+)", content_type, re.IGNORECASE)
        if match:
            return match.group(1).lower()
    prolog = _PROLOG_ENCODING.match(content[:PROLOG_SCAN_BYTES])
    if prolog:
        label: bytes = prolog.group(1)
        return label.decode("ascii", "replace").lower()
    return None


# A document that is not valid UTF-8 is still read as UTF-8 (its broken bytes replaced by
# U+FFFD) when it has at least this many well-formed non-ASCII characters per broken byte.
# That is a UTF-8 feed with a damaged byte or two (a stray Latin-1 byte in one item), not a
# Latin-1 feed labelled UTF-8 (which has next to no valid multi-byte sequences). Without this,
# feedparser falls back to windows-1252 for the whole document and garbles every accent.
MOSTLY_UTF8_RATIO = 10

_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def _as_utf8(content: bytes) -> tuple[bytes, int] | None:
    """The bytes as UTF-8 and the number of broken bytes replaced; None when not UTF-8."""
    if content.isascii() or content.startswith(_UTF16_32_BOMS):
        return None  # ASCII: every ASCII-based encoding agrees; UTF-16/32: feedparser's job
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        text = content.decode("utf-8", errors="replace")
        broken = text.count("\ufffd")
        well_formed = len(_NON_ASCII.findall(text)) - broken
        if well_formed >= MOSTLY_UTF8_RATIO * broken:
            return text.encode("utf-8"), broken
        return None
    return content, 0


def _prepare(content: bytes, content_type: str | None) -> tuple[bytes, str | None, str | None]:
    """Bytes and Content-Type for feedparser, forcing UTF-8 where the bytes plainly are.

    The third value notes a repair (broken UTF-8 bytes replaced), for ``ParsedFeed.error``.
    """
    utf8 = _as_utf8(content)
    if utf8 is None:
        return content, content_type, None
    data, broken = utf8
    note = f"{broken} invalid UTF-8 byte(s) replaced" if broken else None
    if not broken and _declared_encoding(content, content_type) in _UTF8_LABELS:
        return content, content_type, None
    base = _CHARSET_PARAM.sub("", content_type or "").strip() or "application/xml"
    if base.lower().startswith("text/") and not base.lower().startswith(_HTML_TYPES):
        base = "application/xml"  # text/* would bring RFC 3023's us-ascii default back
    return data, f"{base}; charset=utf-8", note


def _struct_to_datetime(value: Any) -> datetime | None:
    if not isinstance(value, time.struct_time):
        return None
    try:
        return datetime(*value[:6], tzinfo=UTC)  # feedparser gives these in UTC
    except (ValueError, OverflowError):
        return None


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _title(entry: dict[str, Any]) -> str:
    title = _text(entry.get("title"))
    detail = entry.get("title_detail") or {}
    if detail.get("type") in ("text/html", "application/xhtml+xml"):
        return clean_title(title)
    return " ".join(title.split())


def _authors(entry: dict[str, Any]) -> tuple[str, ...]:
    names: list[str] = []
    for author in entry.get("authors") or ():
        name = _text(author.get("name")) if isinstance(author, Mapping) else ""
        if name:
            names.append(" ".join(name.split()))
    if not names and _text(entry.get("author")):
        names.append(" ".join(_text(entry.get("author")).split()))
    return tuple(dict.fromkeys(names))


def _content_html(entry: dict[str, Any], summary: str) -> str:
    values = [c.get("value") for c in entry.get("content") or () if isinstance(c.get("value"), str)]
    largest = max(values, key=len, default="")
    return largest if len(largest.strip()) >= len(summary) else summary


def _language(entry: dict[str, Any]) -> str | None:
    if _text(entry.get("language")):
        return _text(entry.get("language"))
    for key in ("title_detail", "summary_detail"):
        detail = entry.get(key) or {}
        if _text(detail.get("language")):
            return _text(detail.get("language"))
    for content in entry.get("content") or ():
        if _text(content.get("language")):
            return _text(content.get("language"))
    return None


def _link(entry: dict[str, Any], base_url: str) -> str | None:
    """The item's web link, resolved against the feed URL; None when it has none.

    feedparser copies the id into ``link`` when there is no link element; such an id only
    counts when it is already an absolute web URL (an opaque id resolved against the feed
    URL would be a made-up address).
    """
    link = _text(entry.get("link"))
    if not link:
        return None
    if entry.get("guidislink") and link == _text(entry.get("id")):
        return link if link.lower().startswith(_WEB_SCHEMES) else None
    resolved = urljoin(base_url, link)
    return resolved if resolved.lower().startswith(_WEB_SCHEMES) else None


def _raw_item(entry: dict[str, Any], base_url: str) -> RawItem:
    summary = _text(entry.get("summary"))
    return RawItem(
        guid=_text(entry.get("id")) or None,
        link=_link(entry, base_url),
        title=_title(entry),
        summary_html=summary,
        content_html=_content_html(entry, summary),
        authors=_authors(entry),
        # dict.get: FeedParserDict.get maps a missing published_parsed to updated_parsed
        # with a DeprecationWarning; we do that fallback ourselves.
        published=_struct_to_datetime(dict.get(entry, "published_parsed"))
        or _struct_to_datetime(dict.get(entry, "updated_parsed")),
        language=_language(entry),
    )


def _is_empty(item: RawItem) -> bool:
    return not (item.guid or item.link or item.title or item.summary_html or item.content_html)


def _describe(exc: BaseException | None) -> str:
    """A bozo exception in words."""
    if exc is None:
        return "unknown problem"
    if isinstance(exc, xml.sax.SAXParseException):
        return (
            f"malformed XML at line {exc.getLineNumber()}, column {exc.getColumnNumber()}: "
            f"{exc.getMessage()}"
        )
    if isinstance(exc, feedparser.CharacterEncodingUnknown):
        return f"character encoding could not be determined ({exc})"
    if isinstance(exc, feedparser.NonXMLContentType):
        return f"served as a non-XML media type ({exc})"
    message = str(exc) or exc.__class__.__name__
    return f"{exc.__class__.__name__}: {message}"


def _is_harmless(exc: BaseException | None) -> bool:
    """Bozo reasons that did not cost any content."""
    return isinstance(exc, feedparser.CharacterEncodingOverride | feedparser.NonXMLContentType)


def parse_feed(content: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse a fetched feed document (RSS 0.9x/1.0/2.0, Atom, RDF) into raw items.

    ``url`` is the URL the bytes came from (after redirects): relative item links are
    resolved against it. ``content_type`` is the response's Content-Type header, if any.
    Never raises on bad input: a malformed feed gives the items that could be recovered with
    ``error`` describing the problem; a document that is not a feed gives no items and an
    ``error``.
    """
    if not content.strip():
        return ParsedFeed(items=(), error="empty document")
    if not _FORCE_FEEDPARSER:
        fast = _parse_fast(content, url=url, content_type=content_type)
        if fast is not None:
            return fast
    return parse_feed_feedparser(content, url=url, content_type=content_type)


# Tests set this to compare the two paths; never set in production.
_FORCE_FEEDPARSER = False


def _parse_fast(content: bytes, *, url: str, content_type: str | None) -> ParsedFeed | None:
    """The lxml reader's answer (:mod:`monitor.feedxml`), or None to use feedparser."""
    fast = read_rss(content, content_type, _declared_encoding(content, content_type))
    if fast is None:
        return None
    raw = (_raw_item(as_feedparser_entry(e), url) for e in fast.entries)
    items = tuple(item for item in raw if not _is_empty(item))
    title = fast.title
    return ParsedFeed(
        items=items,
        title=" ".join(title.split()) if title and title.strip() else None,
        link=fast.link or None,
        language=fast.language or None,
        error=None,
    )


def parse_feed_feedparser(content: bytes, *, url: str,
                          content_type: str | None = None) -> ParsedFeed:
    """:func:`parse_feed` through feedparser only (the reference the fast reader must match)."""
    if not content.strip():
        return ParsedFeed(items=(), error="empty document")
    # No content-location header: feedparser would resolve GUIDs against it (RSS says a guid
    # is a permalink unless marked otherwise), turning opaque ids into made-up URLs.
    headers: dict[str, str] = {}
    content, effective_type, repair = _prepare(content, content_type)
    if effective_type:
        headers["content-type"] = effective_type
    try:
        result = feedparser.parse(
            io.BytesIO(content), response_headers=headers, **_FEEDPARSER_OPTIONS
        )
    except Exception as crash:  # feedparser has bugs on hostile bytes (e.g. a non-UTF-8
        # encoding label in the XML declaration raises UnicodeDecodeError); one bad document
        # must not stop the run, so it becomes this feed's error.
        return ParsedFeed(items=(), error=f"unreadable document: {_describe(crash)}")
    entries = result.get("entries") or []
    feed = result.get("feed") or {}
    # An entry with nothing in it (e.g. the one cut off by a truncated download) is no item.
    items = tuple(item for item in (_raw_item(e, url) for e in entries) if not _is_empty(item))
    exc = result.get("bozo_exception") if result.get("bozo") else None
    error: str | None = None
    if not result.get("version") and not items:
        detail = f" ({_describe(exc)})" if exc is not None and not _is_harmless(exc) else ""
        error = f"not a feed: no RSS, Atom or RDF document found{detail}"
    elif result.get("bozo") and not _is_harmless(exc):
        error = f"{_describe(exc)}; recovered {len(items)} items"
    if repair:
        error = f"{error}; {repair}" if error else f"{repair}; the rest read as UTF-8"
    title = feed.get("title")
    return ParsedFeed(
        items=items,
        title=" ".join(title.split()) if isinstance(title, str) and title.strip() else None,
        link=_text(feed.get("link")) or None,
        language=_text(feed.get("language")) or None,
        error=error,
    )
