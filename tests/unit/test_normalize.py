"""normalize: canonical URLs, HTML to text, items to articles, "since" options."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from monitor.normalize import (
    FUTURE_TOLERANCE,
    SUMMARY_MAX_CHARS,
    TRACKING_PARAMS,
    canonical_url,
    clean_title,
    content_hash,
    html_to_text,
    normalize_item,
    parse_since,
    scope_tag,
)
from monitor.parse import parse_feed
from monitor.types import RawItem

NOW = datetime(2025, 11, 5, 12, 0, tzinfo=UTC)

# --- canonical_url -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://WWW.BBC.CO.UK/News/Article", "https://www.bbc.co.uk/News/Article"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com/a#comments", "https://example.com/a"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        (
            "https://www.bbc.com/news/articles/cq59xvdzjv7o?at_medium=RSS&at_campaign=rss",
            "https://www.bbc.com/news/articles/cq59xvdzjv7o",
        ),
        (
            "https://x.com/a?utm_source=tw&utm_whatever=1&id=7&fbclid=abc&gclid=1",
            "https://x.com/a?id=7",
        ),
        (
            "https://www.theguardian.com/world/x?CMP=share_btn_tw",
            "https://www.theguardian.com/world/x",
        ),
        ("https://heise.de/n?wt_mc=rss.ho.beitrag.rdf", "https://heise.de/n"),
        ("https://münchen.de/Weg", "https://xn--mnchen-3ya.de/Weg"),
        ("  https://example.com/a?q=  ", "https://example.com/a?q="),
        ("https://example.com/search?q=peace+talks", "https://example.com/search?q=peace+talks"),
    ],
)
def test_canonical_url(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_canonical_url_leaves_non_web_urls_alone() -> None:
    assert canonical_url("mailto:Someone@Example.com") == "mailto:Someone@Example.com"
    assert canonical_url("tag:example.com,2025:1") == "tag:example.com,2025:1"


def test_tracking_params_cover_the_documented_families() -> None:
    for name in ("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "yclid", "_ga"):
        assert name in TRACKING_PARAMS
    for name in ("igshid", "cmp", "ocid", "maca", "at_medium", "at_campaign", "ref_src"):
        assert name in TRACKING_PARAMS
    assert all(name == name.lower() for name in TRACKING_PARAMS)


def test_canonical_url_is_idempotent() -> None:
    url = "HTTP://Example.COM:80/Path?utm_source=x&b=2&a=1#frag"
    once = canonical_url(url)
    assert canonical_url(once) == once == "http://example.com/Path?a=1&b=2"


# --- html_to_text ------------------------------------------------------------------------------


def test_blocks_become_paragraphs_and_entities_are_decoded() -> None:
    html = (
        "<div><h2>Talks &amp; truce</h2><p>First   paragraph\n with  <b>bold</b>.</p>"
        "<p>Second&nbsp;one &mdash; &#8220;quoted&#8221;.</p>"
        "<ul><li>one</li><li>two</li></ul></div>"
    )
    assert html_to_text(html) == (
        "Talks & truce\n\nFirst paragraph with bold.\n\nSecond one — “quoted”.\n\none\n\ntwo"
    )


def test_scripts_and_styles_are_dropped() -> None:
    html = (
        "<p>Before</p><script>var x = '<p>not text</p>';</script>"
        "<style>p { color: red }</style><noscript>enable js</noscript><p>After</p>"
    )
    assert html_to_text(html) == "Before\n\nAfter"


def test_br_is_a_line_break() -> None:
    assert html_to_text("<p>line one<br>line two<br/>line three</p>") == (
        "line one\nline two\nline three"
    )


def test_plain_text_keeps_its_paragraphs() -> None:
    assert html_to_text("one  two\nthree\n\n  four") == "one two three\n\nfour"


def test_empty_and_markup_only() -> None:
    assert html_to_text("") == ""
    assert html_to_text("<div><img src='x.jpg'></div>") == ""


def test_broken_html_does_not_raise() -> None:
    assert html_to_text("<p>unclosed <b>bold <i>and &amp more") == "unclosed bold and & more"


# --- titles and hashes -------------------------------------------------------------------------


def test_clean_title() -> None:
    assert clean_title("  Talks\n  in <em>Geneva</em> &amp; Riyadh ") == "Talks in Geneva & Riyadh"


def test_content_hash_ignores_case_spacing_and_markup_width() -> None:
    assert content_hash("Peace Talks", "Some  text") == content_hash("peace talks", "some text")
    assert content_hash("Peace talks", "text") != content_hash("Peace talks", "other text")
    assert len(content_hash("a", "b")) == 64


# --- normalize_item ----------------------------------------------------------------------------


def _item(**kwargs: object) -> RawItem:
    base: dict[str, object] = {
        "guid": "g-1",
        "link": "/world/talks",
        "title": "  Envoys meet in <b>Istanbul</b> ",
        "summary_html": "<p>Short summary.</p>",
        "content_html": "<p>Full text, first paragraph.</p><p>Second paragraph.</p>",
        "authors": ("Jane Doe", " Jane  Doe ", "John Roe"),
        "published": datetime(2025, 11, 5, 9, 0, tzinfo=timezone(timedelta(hours=2))),
        "language": None,
    }
    base.update(kwargs)
    return RawItem(**base)  # type: ignore[arg-type]


def test_normalize_item_fields() -> None:
    article = normalize_item(
        _item(),
        source="Wire",
        now=NOW,
        feed_url="https://wire.example/rss/world.xml",
        feed_language="en-GB",
    )
    assert article is not None
    assert article.url == "https://wire.example/world/talks"
    assert article.canonical_url == "https://wire.example/world/talks"
    assert article.guid == "g-1"
    assert article.title == "Envoys meet in Istanbul"
    assert article.summary == "Short summary."
    assert article.text == "Full text, first paragraph.\n\nSecond paragraph."
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.published_at == datetime(2025, 11, 5, 7, 0, tzinfo=UTC)
    assert article.language == "en-gb"
    assert article.source == "Wire"
    assert article.content_hash == content_hash(article.title, article.text)


def test_item_without_link_guid_or_title_is_dropped() -> None:
    item = _item(guid=None, link=None, title="  ")
    assert normalize_item(item, source="s", now=NOW, feed_url="https://a.example/") is None


def test_future_dates_are_clamped_to_now() -> None:
    ahead = NOW + FUTURE_TOLERANCE + timedelta(hours=3)
    article = normalize_item(_item(published=ahead), source="s", now=NOW, feed_url="https://a/")
    assert article is not None and article.published_at == NOW
    slightly = NOW + FUTURE_TOLERANCE - timedelta(minutes=1)
    article = normalize_item(_item(published=slightly), source="s", now=NOW, feed_url="https://a/")
    assert article is not None and article.published_at == slightly


def test_missing_naive_and_placeholder_dates() -> None:
    def published(value: datetime | None) -> datetime | None:
        article = normalize_item(_item(published=value), source="s", now=NOW, feed_url="https://a/")
        assert article is not None
        return article.published_at

    assert published(None) is None
    assert published(datetime(2025, 11, 1, 8, 0)) == datetime(2025, 11, 1, 8, 0, tzinfo=UTC)
    assert published(datetime(1970, 1, 1, tzinfo=UTC)) is None


def test_text_falls_back_to_summary_and_title_to_text() -> None:
    article = normalize_item(
        _item(title="", content_html="", summary_html="<p>Only a summary here.</p>"),
        source="s",
        now=NOW,
        feed_url="https://a.example/",
    )
    assert article is not None
    assert article.text == "Only a summary here."
    assert article.title == "Only a summary here."


def test_guid_url_stands_in_for_a_missing_link_and_urns_keep_canonical_unique() -> None:
    a = normalize_item(
        _item(link=None, guid="https://a.example/x?utm_source=rss"),
        source="s",
        now=NOW,
        feed_url="https://a.example/feed",
    )
    assert a is not None and a.canonical_url == "https://a.example/x"
    b = normalize_item(
        _item(link=None, guid="opaque-7"), source="s", now=NOW, feed_url="https://a.example/"
    )
    assert b is not None and b.url == ""
    assert b.canonical_url == f"urn:guid:{scope_tag('https://a.example/')}:opaque-7"
    # the same opaque GUID in another feed is another article (issue 9, point 6)
    other = normalize_item(_item(link=None, guid="opaque-7"), source="s", now=NOW,
                           feed_url="https://a.example/", guid_scope="https://b.example/rss")
    assert other is not None and other.canonical_url != b.canonical_url
    c = normalize_item(
        _item(link=None, guid=None), source="s", now=NOW, feed_url="https://a.example/"
    )
    assert c is not None and c.canonical_url == f"urn:sha256:{c.content_hash}"


def test_long_summary_is_shortened_at_a_word() -> None:
    long_html = "<p>" + "word " * 1000 + "</p>"
    article = normalize_item(
        _item(summary_html=long_html, content_html=long_html),
        source="s",
        now=NOW,
        feed_url="https://a/",
    )
    assert article is not None
    assert len(article.summary) <= SUMMARY_MAX_CHARS + 1
    assert article.summary.endswith("word…")
    assert len(article.text) > SUMMARY_MAX_CHARS


# --- parse_since -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "delta"),
    [
        ("1d", timedelta(days=1)),
        ("12h", timedelta(hours=12)),
        ("30m", timedelta(minutes=30)),
        ("2w", timedelta(weeks=2)),
        ("45s", timedelta(seconds=45)),
        (" 3H ", timedelta(hours=3)),
    ],
)
def test_parse_since_durations(text: str, delta: timedelta) -> None:
    assert parse_since(text, NOW) == NOW - delta


def test_parse_since_iso_dates() -> None:
    assert parse_since("2025-11-01", NOW) == datetime(2025, 11, 1, tzinfo=UTC)
    assert parse_since("2025-11-01T08:00+02:00", NOW) == datetime(2025, 11, 1, 6, 0, tzinfo=UTC)
    assert parse_since("2025-11-01T08:00:00Z", NOW) == datetime(2025, 11, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", ["yesterday", "1y", "", "12", "d1"])
def test_parse_since_rejects_with_the_input_named(text: str) -> None:
    with pytest.raises(ValueError, match=repr(text).replace("[", r"\[")):
        parse_since(text, NOW)


# --- real feeds, read in place from ../shared -----------------------------------------------


@pytest.mark.shared
def test_every_item_of_the_real_feeds_normalises(shared_dir: Path) -> None:
    now = datetime(2026, 11, 1, tzinfo=UTC)
    count = 0
    for path in sorted((shared_dir / "data" / "feeds").rglob("*.xml")):
        url = "https://feeds.example/" + path.name
        feed = parse_feed(path.read_bytes(), url=url)
        for item in feed.items:
            article = normalize_item(
                item, source=path.parent.name, now=now, feed_url=url, feed_language=feed.language
            )
            assert article is not None, (path.name, item)
            count += 1
            assert article.title and "\n" not in article.title
            assert "<" not in article.title
            assert len(article.content_hash) == 64
            assert article.published_at is None or (
                article.published_at.tzinfo is UTC and article.published_at <= now
            )
            for tracking in ("utm_", "at_medium", "wt_mc"):
                assert tracking not in article.canonical_url, article.canonical_url
    assert count == 554  # the item counts of test_parse.py, summed


@pytest.mark.shared
def test_bbc_and_kyiv_independent_articles(shared_dir: Path) -> None:
    feeds = shared_dir / "data" / "feeds"
    bbc = parse_feed((feeds / "fast-news-reader/bbc.xml").read_bytes(), url="https://bbc.example/")
    first = normalize_item(bbc.items[0], source="BBC News", now=NOW, feed_url="https://x/")
    assert first is not None
    assert first.canonical_url == "https://www.bbc.com/news/articles/cq59xvdzjv7o"
    assert first.language is None  # the item has none; the lead passes feed.language
    ki = parse_feed(
        (feeds / "kyivindependent/kyivindependent.xml").read_bytes(),
        url="https://kyivindependent.com/feed/",
    )
    article = normalize_item(ki.items[0], source="Kyiv Independent", now=NOW, feed_url="x")
    assert article is not None
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) > 20
    assert paragraphs[0] == "Key updates on July 26:"
    assert "Andrii Yusov" in article.text
    assert len(article.summary) <= SUMMARY_MAX_CHARS + 1
