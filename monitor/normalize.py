"""Normalisation: canonical URLs, HTML to text, UTC times, content hashes.

Pure functions: a :class:`~monitor.types.RawItem` (what a feed said) goes in, an
:class:`~monitor.types.Article` (what we keep) comes out. No network, no database.

* :func:`canonical_url` gives one spelling per page, so that storage can spot the same
  article reached through different links (tracking parameters, ``#fragments``, ``:443``).
* :func:`html_to_text` turns feed HTML into readable plain text (paragraphs separated by a
  blank line). It uses the stdlib :mod:`html.parser` and runs on every item.
* :func:`normalize_item` puts it together; :func:`parse_since` reads CLI options like ``12h``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from monitor.types import Article, RawItem

__all__ = [
    "FUTURE_TOLERANCE",
    "MAX_TEXT_CHARS",
    "SUMMARY_MAX_CHARS",
    "TRACKING_PARAMS",
    "TRACKING_PREFIXES",
    "canonical_url",
    "cap_text",
    "clean_title",
    "content_hash",
    "html_to_text",
    "item_key",
    "kept_text",
    "normalize_item",
    "parse_since",
    "raw_digest",
]

# --- URLs ------------------------------------------------------------------------------------

# Query parameters that say how a reader arrived, never which page it is. Dropping them makes
# the same article reached from a newsletter, a social post or the RSS feed one URL. Compared
# in lower case (the Guardian writes ``CMP``).
TRACKING_PARAMS: frozenset[str] = frozenset(
    {
        # Google Analytics campaign tags (the utm_ family is also matched by prefix, below)
        "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "utm_id",
        "utm_name", "utm_reader", "utm_brand", "utm_social", "utm_social-type",
        "_ga", "_gl",  # Google Analytics cross-domain linker
        # ad-platform click identifiers: Facebook, Google Ads, DoubleClick, Microsoft Ads,
        # Yandex, Instagram, TikTok, Twitter/X
        "fbclid", "gclid", "gclsrc", "dclid", "wbraid", "gbraid", "msclkid", "yclid",
        "igshid", "ttclid", "twclid",
        # Mailchimp newsletter links (campaign id, subscriber id)
        "mc_cid", "mc_eid",
        # HubSpot, Marketo, Vero, Oracle Eloqua email tracking
        "_hsenc", "_hsmi", "hsctatracking", "mkt_tok", "vero_id", "vero_conv", "elqtrackid",
        "elqtrack",
        # publishers' own campaign tags: Guardian (CMP), Microsoft Start/MSN (ocid), Le Monde
        # (maca), NYT share/RSS tags (smid, smtyp, emc), Adobe (s_cid, cmpid), Yahoo consent
        # hop (guccounter), Twitter embeds (ref_src, ref_url)
        "cmp", "ocid", "maca", "smid", "smtyp", "emc", "s_cid", "cmpid", "guccounter",
        "ref_src", "ref_url",
        # AT Internet / Piano analytics, used by the BBC and French publishers
        "at_medium", "at_campaign", "at_campaign_type", "at_format", "at_link_id",
        "at_link_origin", "at_link_type", "at_ptr_name", "at_bbc_team", "at_custom1",
        "at_custom2", "at_custom3", "at_custom4", "xtor",
        # comScore tags on older BBC links
        "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
        # Webtrends
        "wt.mc_id", "wt_mc",
        # Olytics (Omeda) subscriber ids
        "oly_enc_id", "oly_anon_id",
        # Alibaba / Taobao share tags
        "spm",
    }
)  # fmt: skip

# Parameter families dropped by prefix: every ``utm_*`` is a campaign tag, whatever its suffix.
TRACKING_PREFIXES: tuple[str, ...] = ("utm_",)

# Ports that are the scheme's default: ``https://x:443/`` is ``https://x/``.
DEFAULT_PORTS: dict[str, int] = {"http": 80, "https": 443}


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def _idna_host(host: str) -> str:
    """The host in lower case, with non-ASCII labels in IDNA (punycode) form."""
    host = host.lower().rstrip(".")
    if host.isascii():
        return host
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host  # not a valid IDN: keep it as written, still one spelling


def canonical_url(url: str) -> str:
    """One spelling per page, for spotting the same article behind different links.

    Lower-cases scheme and host (IDNA for non-ASCII hosts), drops the fragment, the default
    port and tracking parameters (:data:`TRACKING_PARAMS`, :data:`TRACKING_PREFIXES`), sorts
    the remaining query parameters and writes an empty path as ``/``. The path keeps its
    case (servers treat it as case-sensitive). URLs that are not ``http(s)`` are returned
    stripped but otherwise unchanged.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url  # e.g. an unbalanced IPv6 bracket: nothing sensible to canonicalise
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return url
    host = _idna_host(parts.hostname)
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None  # a non-numeric port: drop it rather than fail
    netloc = host if port in (None, DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"
    path = parts.path or "/"
    query_pairs = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _is_tracking(k)
    ]
    query = urlencode(sorted(query_pairs))
    return urlunsplit((scheme, netloc, path, query, ""))


# --- HTML to text ----------------------------------------------------------------------------

# Elements whose start and end are paragraph breaks in the text.
BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip

# Elements whose content is never readable text.
DROP_TAGS: frozenset[str] = frozenset(
    {"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas",
     "title", "head", "select", "button"}
)  # fmt: skip

_PARAGRAPH = "\x00"  # marker for a paragraph break while collecting text
_LINE = "\x01"  # marker for a line break (<br>)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")  # invisible; soft hyphen
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.drop_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROP_TAGS:
            self.drop_depth += 1
        elif tag == "br":
            self.parts.append(_LINE)
        elif tag in BLOCK_TAGS:
            self.parts.append(_PARAGRAPH)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append(_LINE)
        elif tag in BLOCK_TAGS:
            self.parts.append(_PARAGRAPH)

    def handle_endtag(self, tag: str) -> None:
        if tag in DROP_TAGS:
            self.drop_depth = max(0, self.drop_depth - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append(_PARAGRAPH)

    def handle_data(self, data: str) -> None:
        if not self.drop_depth:
            self.parts.append(data)


def _assemble(raw: str) -> str:
    paragraphs = []
    for para in raw.split(_PARAGRAPH):
        lines = [" ".join(line.split()) for line in para.split(_LINE)]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs)


def html_to_text(html: str, max_chars: int | None = None) -> str:
    """Readable plain text from an HTML fragment or page.

    Block elements (``p``, ``div``, ``li``, headings, ...) become paragraph breaks
    (``"\\n\\n"``), ``<br>`` a line break; entities are decoded; scripts, styles and other
    non-text elements are dropped; runs of whitespace become one space. Text without any
    markup keeps its blank-line paragraph breaks. With ``max_chars``, only the first
    ``max_chars * HTML_PER_TEXT`` characters of markup are read (see :func:`cap_text` for
    cutting the text itself).
    """
    if not html:
        return ""
    if max_chars is not None and len(html) > max_chars * HTML_PER_TEXT:
        html = html[:max_chars * HTML_PER_TEXT]
    html = _ZERO_WIDTH.sub("", html)
    if "<" not in html and "&" not in html:  # plain text: the common case for summaries
        return _assemble(_BLANK_LINES.sub(_PARAGRAPH, html))
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return _assemble("".join(collector.parts))


# --- the text kept per article -----------------------------------------------------------------

# Characters of text kept per article (``[articles] max_text_chars``). The longest real
# articles we store are live blogs of ~150 kB; 1 MB is over six times that. Dedupe shingles, the
# topic index and the statement extractor each hold several copies of the text, so one 14 MB
# item used to take 1.5 GB of memory (issue 9); past this cap the rest of the text is dropped.
MAX_TEXT_CHARS = 1_000_000

# Markup read per character of text kept: article HTML in feeds and pages is 1.1-3 times its
# text, so four times the cap keeps every word of a real article that fits the cap, while the
# HTML parser never sees more than a bounded input.
HTML_PER_TEXT = 4


def cap_text(text: str, limit: int) -> tuple[str, int | None]:
    """``text`` cut to at most ``limit`` characters, and its length before the cut (else None).

    The cut falls at the last paragraph break in the final tenth before the limit, else at the
    last space, so that no word or sentence is left half-kept when that can be helped.
    """
    if len(text) <= limit:
        return text, None
    head = text[:limit]
    floor = limit - limit // 10
    for separator in ("\n\n", " "):
        at = head.rfind(separator, floor)
        if at > 0:
            return head[:at].rstrip(), len(text)
    return head, len(text)


def kept_text(text: str, source_chars: int, limit: int) -> tuple[str, int | None]:
    """``text``, read from a source (markup or plain) of ``source_chars`` characters, cut to
    ``limit`` (:func:`cap_text`); and the source's length when anything of it was dropped,
    whether the text was cut or the markup before it (:func:`html_to_text` with a limit)."""
    text, cut = cap_text(text, limit)
    if cut is None and source_chars <= limit * HTML_PER_TEXT:
        return text, None
    return text, max(cut or 0, source_chars)


def clean_title(title: str) -> str:
    """A title on one line: markup removed, entities decoded, whitespace collapsed."""
    if "<" in title or "&" in title:
        title = html_to_text(title)
    return " ".join(title.split())


def _hash_form(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def content_hash(title: str, text: str) -> str:
    """SHA-256 (hex) of title and text after Unicode (NFKC), case and whitespace folding.

    Two copies of an article that differ only in markup, spacing or case hash the same.
    """
    data = _hash_form(title) + "\n" + _hash_form(text)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


# --- items -----------------------------------------------------------------------------------

# A date this far ahead of our clock is still taken as given: publishers' clocks drift and
# feeds are often stamped a minute or two ahead. Beyond it the date is wrong (usually local
# time labelled as UTC, or an embargoed item), and would sort the item above everything for
# hours, so it is clamped to ``now``.
FUTURE_TOLERANCE = timedelta(minutes=10)

# Dates before this are placeholders (the Unix epoch, "0001-01-01"), not publication dates:
# RSS itself dates from 1999.
EARLIEST_PLAUSIBLE = datetime(1995, 1, 1, tzinfo=UTC)

# Summaries are shown in alerts and digests; the full text is in ``Article.text``. Feeds that
# put the whole article into <description> (Kyiv Independent) would otherwise make the
# summary as long as the article.
SUMMARY_MAX_CHARS = 1000

# A title-less item gets its title from the start of its text, cut at a word near this length
# (a headline's usual length).
FALLBACK_TITLE_CHARS = 120


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(None, 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:.-–—") + "…"


def _published_at(value: datetime | None, now: datetime) -> datetime | None:
    if value is None:
        return None
    value = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    if value < EARLIEST_PLAUSIBLE:
        return None
    if value > now + FUTURE_TOLERANCE:
        return now.astimezone(UTC)
    return value


def _language(value: str | None) -> str | None:
    if not value:
        return None
    tag = value.strip().replace("_", "-").lower()
    return tag or None


def _is_web_url(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


GUID_SCOPE_TAG_CHARS = 16  # 64 bits of SHA-256: no two feeds of one database collide


def scope_tag(feed_url: str) -> str:
    """A short, stable tag of a feed, to scope identifiers that are unique only in it."""
    return hashlib.sha256(feed_url.encode("utf-8")).hexdigest()[:GUID_SCOPE_TAG_CHARS]


def normalize_item(
    item: RawItem,
    *,
    source: str,
    now: datetime,
    feed_url: str,
    feed_language: str | None = None,
    guid_scope: str | None = None,
    max_text_chars: int = MAX_TEXT_CHARS,
) -> Article | None:
    """Turn what a feed said into what we keep; ``None`` when the item says nothing usable.

    An item with neither link, GUID nor title gives ``None``. Relative links are resolved
    against ``feed_url``; a GUID that is a web URL stands in for a missing link. Without any
    URL the canonical URL is ``urn:guid:<feed tag>:<guid>`` (or ``urn:sha256:<content
    hash>``): a GUID that is not a URL is only unique within its feed ("1", "42"), so it is
    scoped by a tag of ``guid_scope`` (the feed's configured URL; default ``feed_url``), and two
    feeds that both say GUID "1" keep two articles. ``text`` comes from ``content_html``
    (else the summary), ``summary`` from
    ``summary_html`` (shortened to :data:`SUMMARY_MAX_CHARS`). ``published_at`` is UTC,
    clamped to ``now`` when it lies more than :data:`FUTURE_TOLERANCE` ahead, and ``None``
    when missing or implausibly old. Text past ``max_text_chars`` is dropped
    (:func:`cap_text`) and ``truncated_from`` says how long the source was.
    """
    guid = (item.guid or "").strip() or None
    link = (item.link or "").strip()
    title = clean_title(item.title or "")
    if not (link or guid or title):
        return None
    url = _item_url(item, feed_url)
    summary_html = item.summary_html or ""
    summary_full = html_to_text(summary_html, max_text_chars)
    source_chars = len(summary_html)
    if item.content_html == item.summary_html:  # RSS: both come from <description>
        text = summary_full
    else:
        text = html_to_text(item.content_html or "", max_text_chars)
        if text:
            source_chars = len(item.content_html or "")
        else:
            text = summary_full
    if not summary_full:
        summary_full = text
    text, truncated_from = kept_text(text, source_chars, max_text_chars)
    if not title:
        title = _shorten(" ".join(text.split()), FALLBACK_TITLE_CHARS)
    digest = content_hash(title, text)
    canonical = item_key(item, feed_url=feed_url, guid_scope=guid_scope) or f"urn:sha256:{digest}"
    authors: list[str] = []
    for name in item.authors:
        cleaned = clean_title(name)
        if cleaned and cleaned not in authors:
            authors.append(cleaned)
    return Article(
        url=url,
        canonical_url=canonical,
        guid=guid,
        title=title,
        summary=_shorten(summary_full, SUMMARY_MAX_CHARS),
        text=text,
        authors=tuple(authors),
        published_at=_published_at(item.published, now),
        language=_language(item.language) or _language(feed_language),
        content_hash=digest,
        source=source,
        truncated_from=truncated_from,
        raw_digest=raw_digest(item),
    )


def _item_url(item: RawItem, feed_url: str) -> str:
    """The item's web URL: its link against the feed's, else a GUID that is a web URL."""
    link = (item.link or "").strip()
    guid = (item.guid or "").strip()
    if link:
        return urljoin(feed_url, link)
    return guid if guid and _is_web_url(guid) else ""


def item_key(item: RawItem, *, feed_url: str, guid_scope: str | None = None) -> str | None:
    """The canonical URL :func:`normalize_item` gives ``item``, found without reading its
    text; None for an item with neither link nor GUID (its key is its content's hash)."""
    url = _item_url(item, feed_url)
    if url:
        return canonical_url(url)
    guid = (item.guid or "").strip()
    if guid:
        return f"urn:guid:{scope_tag(guid_scope or feed_url)}:{guid}"
    return None


def raw_digest(item: RawItem) -> str:
    """SHA-256 (hex) of everything the feed said about an item, before any cleaning.

    Stored with the article: an item a feed lists again with the same digest is the article
    as stored, and costs a look-up instead of the HTML-to-text, topic and hash work.
    """
    published = item.published.isoformat() if item.published else ""
    parts = (item.guid or "", item.link or "", item.title or "", item.summary_html or "",
             item.content_html or "", "\x1f".join(item.authors), published, item.language or "")
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


# --- CLI helpers -----------------------------------------------------------------------------

_SINCE_UNITS: dict[str, str] = {
    "s": "seconds",
    "m": "minutes",
    "h": "hours",
    "d": "days",
    "w": "weeks",
}
_SINCE_RELATIVE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$", re.IGNORECASE)


def parse_since(text: str, now: datetime) -> datetime:
    """Read a CLI "since" option: ``30m``, ``12h``, ``1d``, ``2w`` before ``now``, or an ISO date.

    Units: ``s``, ``m`` (minutes), ``h``, ``d``, ``w``. ISO dates and datetimes without a zone
    are taken as UTC. The result is timezone-aware UTC. Anything else raises ``ValueError``
    naming the input.
    """
    if now.tzinfo is None:
        raise ValueError("parse_since needs a timezone-aware 'now'")
    match = _SINCE_RELATIVE.match(text)
    if match:
        amount = float(match.group(1))
        unit = _SINCE_UNITS[match.group(2).lower()]
        return (now - timedelta(**{unit: amount})).astimezone(UTC)
    candidate = text.strip()
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    try:
        value = datetime.fromisoformat(candidate)
    except ValueError:
        raise ValueError(
            f"cannot read {text!r} as a time: use a duration like 30m, 12h, 1d, 2w "
            "or an ISO date like 2026-11-20 or 2026-11-20T08:00+01:00"
        ) from None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
