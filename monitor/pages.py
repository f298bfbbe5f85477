"""Article pages to their main text, with trafilatura.

Fetching is not done here (the fetch layer does it, with its caps and guard): this module gets
the bytes (or text) of a page and returns the article's text, or ``None`` when no article is
found. Bytes are decoded the way a browser would, more or less: byte order mark, then valid
UTF-8, then the HTTP charset, then a ``<meta>`` charset anywhere in the first
:data:`META_SCAN_BYTES` (not only the first 1024 bytes: pages with a long comment or inline
script before the meta are common), then windows-1252.
"""

from __future__ import annotations

import codecs
import logging
import re

import trafilatura

from monitor.normalize import HTML_PER_TEXT, MAX_TEXT_CHARS

__all__ = ["META_SCAN_BYTES", "MIN_TEXT_CHARS", "decode_html", "extract_main_text"]

logger = logging.getLogger(__name__)

# How far into a page to look for <meta charset>. The HTML standard's prescan stops at 1024
# bytes, but real pages put comments, inline scripts and style blocks first; 64 KiB covers the
# <head> of every news page we looked at and keeps the scan cheap.
META_SCAN_BYTES = 64 * 1024

# Below this many characters what trafilatura keeps is a cookie notice, a paywall line or a
# caption, not an article: the feed's own summary is better. (A one-sentence news brief is
# about 150 characters.)
MIN_TEXT_CHARS = 80

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]+)""", re.I)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Labels the web treats as windows-1252 (WHATWG Encoding Standard): pages labelled Latin-1
# routinely contain windows-1252 punctuation (curly quotes, dashes) in 0x80-0x9F.
_WINDOWS_1252_ALIASES = frozenset(
    {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "cp819"}
)


def _codec(label: str | bytes | None) -> str | None:
    if not label:
        return None
    name = label.decode("ascii", "replace") if isinstance(label, bytes) else label
    name = name.strip().lower()
    if name in _WINDOWS_1252_ALIASES:
        return "windows-1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None  # an unknown label: fall through to the next clue


def decode_html(content: bytes, content_type: str | None = None) -> str:
    """Decode an HTML page: BOM, valid UTF-8, HTTP charset, ``<meta>`` charset, windows-1252."""
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            return content.decode(encoding, errors="replace")
    if not content.isascii():
        try:
            return content.decode("utf-8")
        except UnicodeDecodeError:
            pass
    header = _HEADER_CHARSET.search(content_type) if content_type else None
    meta = _META_CHARSET.search(content, 0, META_SCAN_BYTES)
    encoding = (
        _codec(header.group(1) if header else None)
        or _codec(meta.group(1) if meta else None)
        or "windows-1252"
    )
    if encoding.startswith("utf-16"):
        encoding = "windows-1252"  # a meta claiming UTF-16 in an ASCII-readable page is wrong
    return content.decode(encoding, errors="replace")


def extract_main_text(
    html: bytes | str,
    *,
    url: str,
    content_type: str | None = None,
    min_chars: int = MIN_TEXT_CHARS,
    max_chars: int = MAX_TEXT_CHARS,
) -> str | None:
    """The main text of an article page, paragraphs separated by a blank line; or ``None``.

    trafilatura with precision favoured: no comments, no tables, no links, no images.
    ``None`` when the page has no article text of at least ``min_chars`` characters, or when
    the extractor fails on it. Only the first ``max_chars * HTML_PER_TEXT`` characters of
    the page are read, so that one huge page cannot take the parser's memory unbounded.
    """
    text = decode_html(html, content_type) if isinstance(html, bytes) else html
    text = text[:max_chars * HTML_PER_TEXT]
    if not text.strip():
        return None
    try:
        extracted = trafilatura.extract(
            text,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=False,
            include_links=False,
            include_images=False,
            output_format="txt",
        )
    except Exception:  # a third-party parser on untrusted HTML: one page never stops a feed
        logger.debug("trafilatura failed on %s", url, exc_info=True)
        return None
    if not isinstance(extracted, str):
        return None
    paragraphs = [" ".join(line.split()) for line in extracted.splitlines()]
    result = "\n\n".join(p for p in paragraphs if p)
    return result if len(result) >= min_chars else None
