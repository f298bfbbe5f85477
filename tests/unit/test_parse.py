"""parse_feed: golden files (ours in tests/data/feeds, real ones read in place from ../shared)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from monitor.parse import parse_feed
from monitor.types import ParsedFeed

DATA = Path(__file__).resolve().parent.parent / "data" / "feeds"

# Item counts from ../shared/data/feeds/MANIFEST.md (and, for files the manifest gives no count
# for, the number of <item>/<entry> elements in the file).
EXPECTED_COUNTS: dict[str, int] = {
    "fast-news-reader/bbc.xml": 27,
    "fast-news-reader/heise.xml": 150,
    "fast-news-reader/tagesschau.xml": 40,
    "feeddeck/googlenews_responseSearch.xml": 2,
    "feeddeck/googlenews_responseUrl.xml": 2,
    "feeddeck/rss_responseCNN.xml": 2,
    "feeddeck/rss_responseFP.xml": 2,
    "feeddeck/rss_responseHV.xml": 1,
    "feeddeck/rss_responseNTV.xml": 2,
    "feeddeck/rss_responseNYT.xml": 2,
    "feeddeck/rss_responseTagesschauAtom.xml": 2,
    "feeddeck/rss_responseTagesschauRDF.xml": 2,
    "feeddeck/rss_responseTagesschauWebsiteRSS.xml": 3,
    "kyivindependent/kyivindependent.xml": 25,
    "whitehouse/rss.xml": 30,
    "miniflux/parser/encoding_ISO-8859-1.xml": 40,
    "miniflux/parser/encoding_WINDOWS-1251.xml": 50,
    "miniflux/parser/no_encoding_ISO-8859-1.xml": 9,  # 10 <item>s, one wholly empty: dropped
    "miniflux/parser/large_atom.xml": 25,
    "miniflux/parser/large_rss.xml": 25,
    "miniflux/parser/rdf_UTF8.xml": 60,
    "miniflux/parser/small_atom.xml": 20,
    "miniflux/parser/urdu_UTF8.xml": 26,
    "miniflux/encoding/koi8r.xml": 2,
    "miniflux/xml/koi8r.xml": 2,
    "miniflux/encoding/utf8.xml": 1,
    "miniflux/encoding/invalid-prolog.xml": 1,
    "miniflux/encoding/utf8-incorrect-prolog.xml": 1,
}


def _feeds(shared_dir: Path) -> Path:
    return shared_dir / "data" / "feeds"


def _parse(path: Path, url: str = "https://feed.example/rss.xml") -> ParsedFeed:
    return parse_feed(path.read_bytes(), url=url)


# --- golden files we wrote ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["malformed_truncated.xml", "atom_details.xml"])
def test_golden_feed_gives_expected_values(name: str) -> None:
    expected = json.loads((DATA / name.replace(".xml", ".expected.json")).read_text("utf-8"))
    parsed = _parse(DATA / name, url=expected["url"])
    if "error_contains" in expected:
        assert parsed.error is not None
        for fragment in expected["error_contains"]:
            assert fragment in parsed.error
    else:
        assert parsed.error == expected["error"]
    assert parsed.title == expected["title"]
    if "language" in expected:
        assert parsed.language == expected["language"]
    assert len(parsed.items) == len(expected["items"])
    for item, want in zip(parsed.items, expected["items"], strict=True):
        for key, value in want.items():
            got = getattr(item, key)
            if key == "published":
                got = got.isoformat() if got is not None else None
            elif key == "authors":
                got = list(got)
            assert got == value, f"{name}: {key}"


def test_html_page_is_not_a_feed() -> None:
    parsed = parse_feed(
        (DATA / "not_a_feed.html").read_bytes(),
        url="https://x.example/",
        content_type="text/html; charset=utf-8",
    )
    assert parsed.items == ()
    assert parsed.error is not None and parsed.error.startswith("not a feed")


@pytest.mark.parametrize("content", [b"", b"   \n", b'{"json": true}', b"plain words"])
def test_garbage_gives_no_items_and_an_error(content: bytes) -> None:
    parsed = parse_feed(content, url="https://x.example/feed")
    assert parsed.items == ()
    assert parsed.error


def test_bytes_naming_a_file_are_not_opened(tmp_path: Path) -> None:
    # feedparser.parse(bytes) first tries the bytes as a file name; we must never let it.
    secret = tmp_path / "feed.xml"
    secret.write_bytes(
        b"<rss version='2.0'><channel><item><title>LEAK</title></item></channel></rss>"
    )
    parsed = parse_feed(str(secret).encode(), url="https://x.example/feed")
    assert parsed.items == ()
    assert parsed.error


def test_relative_guid_is_kept_opaque_and_not_used_as_link() -> None:
    doc = b"""<rss version="2.0"><channel><title>t</title>
      <item><title>One</title><guid>abc-123</guid></item>
      <item><title>Two</title><guid>https://site.example/two</guid></item>
    </channel></rss>"""
    one, two = parse_feed(doc, url="https://site.example/feed").items
    assert (one.guid, one.link) == ("abc-123", None)
    assert (two.guid, two.link) == ("https://site.example/two", "https://site.example/two")


def test_content_type_charset_is_used() -> None:
    doc = "<rss version='2.0'><channel><item><title>Zürich</title></item></channel></rss>"
    parsed = parse_feed(
        doc.encode("latin-1"),
        url="https://x.example/",
        content_type="application/rss+xml; charset=ISO-8859-1",
    )
    assert parsed.items[0].title == "Zürich"
    assert parsed.error is None


def test_utf8_bytes_win_over_a_wrong_header_charset() -> None:
    doc = "<rss version='2.0'><channel><item><title>Café €</title></item></channel></rss>"
    parsed = parse_feed(
        doc.encode("utf-8"), url="https://x.example/", content_type="text/xml; charset=windows-1252"
    )
    assert parsed.items[0].title == "Café €"


def test_feed_served_as_text_html_still_parses() -> None:
    doc = b"<rss version='2.0'><channel><item><title>Hi</title><link>https://a.example/1</link></item></channel></rss>"
    parsed = parse_feed(doc, url="https://a.example/rss", content_type="text/html")
    assert [i.title for i in parsed.items] == ["Hi"]
    assert parsed.error is None  # the wrong media type cost nothing


def test_largest_content_value_is_content_html() -> None:
    doc = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
      <entry><title>x</title><id>urn:x</id>
        <summary>short</summary>
        <content type="html">&lt;p&gt;the long full text of the entry&lt;/p&gt;</content>
      </entry></feed>"""
    (item,) = parse_feed(doc, url="https://a.example/").items
    assert item.summary_html == "short"
    assert item.content_html == "<p>the long full text of the entry</p>"


# --- real feeds, read in place from ../shared -----------------------------------------------


@pytest.mark.shared
@pytest.mark.parametrize("relative", sorted(EXPECTED_COUNTS))
def test_real_feed_item_counts(shared_dir: Path, relative: str) -> None:
    parsed = _parse(_feeds(shared_dir) / relative)
    assert len(parsed.items) == EXPECTED_COUNTS[relative]
    assert parsed.error is None
    assert all(item.title for item in parsed.items)


@pytest.mark.shared
def test_every_real_feed_parses_without_exception(shared_dir: Path) -> None:
    files = sorted(_feeds(shared_dir).rglob("*.xml"))
    assert len(files) >= 30
    for path in files:
        parsed = _parse(path)
        assert isinstance(parsed, ParsedFeed), path
        for item in parsed.items:
            assert item.published is None or item.published.tzinfo is UTC


@pytest.mark.shared
def test_bbc_spot_check(shared_dir: Path) -> None:
    parsed = _parse(_feeds(shared_dir) / "fast-news-reader/bbc.xml")
    first = parsed.items[0]
    assert parsed.title == "BBC News"
    assert parsed.language == "en-gb"
    assert (
        first.title
        == "Relish and dread as Starmer 'shambles' hangs over Scotland and Wales elections"
    )
    assert (
        first.link == "https://www.bbc.com/news/articles/cq59xvdzjv7o?at_medium=RSS&at_campaign=rss"
    )
    assert first.guid == "https://www.bbc.com/news/articles/cq59xvdzjv7o#0"
    assert first.published == datetime(2026, 4, 25, 12, 7, 54, tzinfo=UTC)


@pytest.mark.shared
def test_heise_atom_spot_check(shared_dir: Path) -> None:
    items = _parse(_feeds(shared_dir) / "fast-news-reader/heise.xml").items
    assert items[0].title == "Top 10: Das beste günstige Tablet im Test"
    assert items[0].published == datetime(2026, 4, 25, 18, 0, tzinfo=UTC)  # +02:00 in the file
    last = items[-1]
    assert last.title == "Rsbuild 2.0: Schnelleres Bundling, ESM-first und Node 20"
    assert last.authors == ("Moritz Förster",)
    assert len(last.content_html) > len(last.summary_html)


@pytest.mark.shared
def test_tagesschau_spot_check(shared_dir: Path) -> None:
    items = _parse(_feeds(shared_dir) / "fast-news-reader/tagesschau.xml").items
    assert items[0].title == "Schweden: Atomkraft - ja, bitte"
    assert items[0].link == "https://www.tagesschau.de/ausland/europa/schweden-atomkraft-100.html"
    assert items[0].guid == "f3deca3e-bffe-495e-86b2-6d2517293a5f"
    assert items[0].published == datetime(2026, 4, 25, 18, 43, 28, tzinfo=UTC)


@pytest.mark.shared
def test_kyivindependent_spot_check(shared_dir: Path) -> None:
    items = _parse(_feeds(shared_dir) / "kyivindependent/kyivindependent.xml").items
    last = items[-1]
    assert last.title == (
        "Kursk ‘counteroffensive’ shakes main pillar of Putin’s power grip, retired US general says"
    )
    assert (
        last.link
        == "https://kyivindependent.com/kursk-counteroffensive-exposes-putins-failure-to-protect-russia-retired-u-s-general-says/"
    )
    assert last.published == datetime(2024, 8, 23, 15, 10, 32, tzinfo=UTC)
    assert len(last.content_html) > 10_000  # the full article is in <description>


@pytest.mark.shared
def test_whitehouse_whitespace_is_trimmed(shared_dir: Path) -> None:
    parsed = _parse(_feeds(shared_dir) / "whitehouse/rss.xml")
    assert parsed.title == "The White House Briefing Room"
    first = parsed.items[0]
    assert first.title == "President Trump and Republicans Deliver for South Carolina Families"
    assert first.link == (
        "https://www.whitehouse.gov/releases/2026/08/"
        "president-trump-and-republicans-deliver-for-south-carolina-families/"
    )
    assert first.published == datetime(2026, 8, 21, 20, 0, 54, tzinfo=UTC)  # -0400 in the file
    for item in parsed.items:
        assert item.title == item.title.strip() and "\n" not in item.title
        assert item.link and item.link == item.link.strip()


@pytest.mark.shared
@pytest.mark.parametrize(
    ("relative", "feed_title", "first_title"),
    [
        ("miniflux/encoding/utf8.xml", "테스트 피드", "Café"),
        ("miniflux/encoding/invalid-prolog.xml", "테스트 피드", "Café"),
        ("miniflux/encoding/utf8-incorrect-prolog.xml", "테스트 피드", "Café"),
        ("miniflux/encoding/iso-8859-1.xml", "Café", None),
        ("miniflux/encoding/windows-1252.xml", "Euro €", None),
        ("miniflux/encoding/windows-1252-incorrect-prolog.xml", "Euro €", None),
        ("miniflux/encoding/koi8r.xml", "Пример RSS ленты", "Первая новость"),
        ("miniflux/parser/encoding_WINDOWS-1251.xml", "iBash.Org.Ru", "Цитата #17703"),
        (
            "miniflux/parser/encoding_ISO-8859-1.xml",
            "Golem.de",
            "Red Dead Redemption 2: Hinweise auf PC-Umsetzung in App von Rockstar Games",
        ),
        (
            "miniflux/parser/no_encoding_ISO-8859-1.xml",
            "Flux RSS du magazine de psychologie Le Cercle Psy",
            "Perturbateurs endocriniens : quels effets sur le cerveau ?",
        ),
    ],
)
def test_encodings_give_the_right_text(
    shared_dir: Path, relative: str, feed_title: str, first_title: str | None
) -> None:
    parsed = _parse(_feeds(shared_dir) / relative)
    assert parsed.title == feed_title
    if first_title is not None:
        assert parsed.items[0].title == first_title
    assert parsed.error is None


@pytest.mark.shared
def test_latin1_summary_text_comes_out_right(shared_dir: Path) -> None:
    items = _parse(_feeds(shared_dir) / "miniflux/parser/no_encoding_ISO-8859-1.xml").items
    assert items[-1].title == "Psychologue à domicile : de la clinique à l'état brut"


@pytest.mark.shared
@pytest.mark.parametrize(
    "relative", ["miniflux/xml/iso88591.xml", "miniflux/xml/iso88591_utf8_mismatch.xml"]
)
def test_non_feed_xml_is_reported(shared_dir: Path, relative: str) -> None:
    parsed = _parse(_feeds(shared_dir) / relative)
    assert parsed.items == ()
    assert parsed.error is not None and "not a feed" in parsed.error


@pytest.mark.shared
def test_feedparser_crash_becomes_an_error() -> None:
    # feedparser raises UnicodeDecodeError on a non-UTF-8 encoding label (found by fuzzing
    # truncated and corrupted copies of the shared feeds).
    doc = b'<?xml version="1.0" encoding="\xca\xfe"?><rss version="2.0"><channel/></rss>'
    parsed = parse_feed(doc, url="https://x.example/")
    assert parsed.items == ()
    assert parsed.error is not None and "unreadable document" in parsed.error


@pytest.mark.shared
def test_truncated_and_corrupted_feeds_never_raise(shared_dir: Path) -> None:
    # A deterministic fuzz: every shared feed cut short at five points, and with one byte
    # flipped at the same points.
    for path in sorted(_feeds(shared_dir).rglob("*.xml")):
        content = path.read_bytes()
        for fraction in (0.1, 0.3, 0.5, 0.7, 0.9):
            cut = int(len(content) * fraction)
            truncated = parse_feed(content[:cut], url="https://x.example/")
            assert truncated.error is not None, (path.name, fraction)  # cut short: malformed
            flipped = content[:cut] + bytes([content[cut] ^ 0xA5]) + content[cut + 1 :]
            assert isinstance(parse_feed(flipped, url="https://x.example/"), ParsedFeed)


def test_one_broken_byte_does_not_garble_a_utf8_feed() -> None:
    titles = "".join(
        f"<item><title>Selenskyj in Kyjiw, Gespräch Nr. {i} über Sicherheitsgarantien</title>"
        f"<guid>g{i}</guid></item>"
        for i in range(5)
    )
    doc = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>{titles}'
    doc += "<item><title>Bad byte: \x00</title></item></channel></rss>"
    content = doc.encode("utf-8").replace(b"\x00", b"\xe9")  # a stray Latin-1 "é"
    parsed = parse_feed(content, url="https://x.example/")
    assert parsed.items[0].title == "Selenskyj in Kyjiw, Gespräch Nr. 0 über Sicherheitsgarantien"
    assert parsed.items[-1].title == "Bad byte: \ufffd"
    assert parsed.error is not None and "1 invalid UTF-8 byte(s) replaced" in parsed.error
