"""The lxml fast reader (monitor.feedxml) gives exactly what the feedparser path gives.

Every feed is parsed both ways (``parse_feed`` and ``parse_feed_feedparser``) and the
ParsedFeed values compared field by field: the real feeds under ../shared/data/feeds (read in
place), our fixtures, the bench farm's generated feeds, and hypothesis-generated RSS.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor import parse
from monitor.parse import parse_feed, parse_feed_feedparser
from monitor.types import ParsedFeed

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data" / "feeds"
FIXTURES = ROOT / "tests" / "data" / "feeds"
URL = "https://example.org/news/feed.xml"


def _assert_same(data: bytes, content_type: str | None = None) -> bool:
    """Parse both ways, compare field by field; True when the fast reader answered."""
    reference = parse_feed_feedparser(data, url=URL, content_type=content_type)
    fast = parse._parse_fast(data, url=URL, content_type=content_type)
    got = parse_feed(data, url=URL, content_type=content_type)
    assert got == (fast if fast is not None else reference)
    if fast is None:
        return False
    _compare(reference, fast)
    return True


def _compare(reference: ParsedFeed, fast: ParsedFeed) -> None:
    for name in ("title", "link", "language", "error"):
        assert getattr(fast, name) == getattr(reference, name), name
    assert len(fast.items) == len(reference.items)
    for ours, theirs in zip(fast.items, reference.items, strict=True):
        for name in ours.__slots__:
            assert getattr(ours, name) == getattr(theirs, name), (name, theirs.guid)
    assert fast == reference


def _feed_files() -> list[Path]:
    files = sorted(FIXTURES.glob("*.xml"))
    if SHARED.is_dir():
        files += sorted(p for p in SHARED.rglob("*.xml") if p.is_file())
    return files


@pytest.mark.parametrize("path", _feed_files(), ids=lambda p: p.name)
def test_real_and_fixture_feeds_parse_the_same_both_ways(path: Path) -> None:
    data = path.read_bytes()
    _assert_same(data)
    _assert_same(data, "application/rss+xml; charset=utf-8")
    for content_type in ("text/xml", "text/xml; charset=utf-8", "text/html; charset=utf-8",
                         "application/octet-stream", 'application/xml; charset="UTF-8"',
                         "application/rss+xml; charset=iso-8859-1"):
        _assert_same(data, content_type)


def test_shared_feeds_present_and_fast_path_taken() -> None:
    if not SHARED.is_dir():
        pytest.skip(f"{SHARED} absent: the real-feed equivalence cases did not run")
    fast = {p.name for p in SHARED.rglob("*.xml") if _assert_same(p.read_bytes())}
    # The plain RSS 2.0 feeds must take the fast path, or the reader is not earning its keep.
    assert {"bbc.xml", "kyivindependent.xml", "rss.xml", "large_rss.xml"} <= fast


def _bench_farm() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_farm", ROOT / "bench" / "bench_farm.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_farm", module)
    spec.loader.exec_module(module)
    return module


def test_bench_farm_feeds_parse_the_same_and_fast() -> None:
    farm = _bench_farm()
    for feed, generation in ((0, 0), (3, 7), (17, 2)):
        assert _assert_same(farm._feed(feed, generation, 30, 5), "application/rss+xml")


def test_unsure_shapes_fall_back_to_feedparser() -> None:
    atom = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
            b"<entry><id>x</id><title>a</title></entry></feed>")
    rss1 = b'<?xml version="1.0"?><rss version="2.0" xml:base="/x/"><channel></channel></rss>'
    odd = (b'<rss version="2.0"><channel><item><title>a</title><foo>b</foo></item>'
           b"</channel></rss>")
    email = (b'<rss version="2.0"><channel><item><title>a</title>'
             b"<author>a@b.org (A B)</author></item></channel></rss>")
    for data in (atom, rss1, odd, email):
        assert parse._parse_fast(data, url=URL, content_type=None) is None
        assert parse_feed(data, url=URL) == parse_feed_feedparser(data, url=URL)


_TEXT = st.lists(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(
        ["<b>", "</b>", "&amp;", "&", "<", " ", "\n", "\u20ac", "\xe9", "\xc3\xa9", "\x85",
         "a@b.org", "(x)"]),
    max_size=12).map("".join)
_DATES = st.sampled_from(["Tue, 01 Dec 2026 10:00:00 GMT", "2026-12-01T10:00:00+02:00",
                          "not a date", "", "Mon, 31 Feb 2026 25:00:00 +0000"])
_LINKS = st.sampled_from(["https://a.example/x?a=1&b=2", "/relative/path", "", "x y",
                          "http:///triple", "mailto:someone", "https://a.example/x&amp;y"])


@st.composite
def _rss(draw: st.DrawFn) -> bytes:
    items = []
    for _ in range(draw(st.integers(0, 3))):
        parts = []
        if draw(st.booleans()):
            parts.append(f"<title>{escape(draw(_TEXT))}</title>")
        if draw(st.booleans()):
            parts.append(f"<link>{escape(draw(_LINKS))}</link>")
        if draw(st.booleans()):
            permalink = draw(st.sampled_from(["", ' isPermaLink="false"', ' isPermaLink="true"']))
            parts.append(f"<guid{permalink}>{escape(draw(_LINKS | _TEXT))}</guid>")
        if draw(st.booleans()):
            parts.append(f"<description><![CDATA[{draw(_TEXT).replace(']]>', '')}]]>"
                         "</description>")
        if draw(st.booleans()):
            parts.append(f"<content:encoded>{escape(draw(_TEXT))}</content:encoded>")
        for _ in range(draw(st.integers(0, 2))):
            parts.append(f"<dc:creator>{escape(draw(_TEXT))}</dc:creator>")
        if draw(st.booleans()):
            parts.append(f"<pubDate>{draw(_DATES)}</pubDate>")
        if draw(st.booleans()):
            parts.append(f"<dc:date>{draw(_DATES)}</dc:date>")
        if draw(st.booleans()):
            parts.append(f'<source url="https://s.example/">{escape(draw(_TEXT))}</source>')
        parts = draw(st.permutations(parts))
        items.append("<item>" + "".join(parts) + "</item>")
    channel = (f"<title>{escape(draw(_TEXT))}</title><link>{escape(draw(_LINKS))}</link>"
               + draw(st.sampled_from(["language", "dc:language"])).join(
                   ["<", ">" + draw(st.sampled_from(["en", "de_DE", ""])) + "</", ">"]))
    if draw(st.booleans()):
        channel += f"<dc:language>{draw(st.sampled_from(['fr', '']))}</dc:language>"
    return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            + channel + "".join(items) + "</channel></rss>").encode()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_rss())
def test_generated_rss_parses_the_same_both_ways(data: bytes) -> None:
    _assert_same(data)


def test_bom_prolog_comment_and_character_references_match() -> None:
    body = (b'<rss version="2.0"><channel><title>T\xc3\xa9</title><item><title>a &#233; &#x80; '
            b"&#195;&#169;</title><link>https://a.example/x?a=1&amp;b=2</link>"
            b"<description>d</description></item></channel></rss>")
    prolog = b'<?xml version="1.0" encoding="utf-8"?>\n'
    for data in (b"\xef\xbb\xbf" + prolog + body, prolog + body, b"<!-- c -->" + body,
                 body.replace(b"\xc3\xa9", b"e")):
        assert _assert_same(data), data[:40]
    assert parse_feed(prolog + body, url=URL).items[0].title == "a \xe9 \u20ac \xc3\xa9"
