"""opml: export, import, round trip, and the errors of broken files."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from monitor.errors import ParseError
from monitor.opml import OpmlError, OpmlFeed, export_opml, import_opml

FEEDS_TOML = Path(__file__).resolve().parent.parent.parent / "config" / "feeds.toml"

FEEDS = [
    OpmlFeed("BBC News: Europe", "https://feeds.bbci.co.uk/news/world/europe/rss.xml", "BBC News",
             ("broadcaster", "uk", "international")),
    OpmlFeed('Odd "name" & <co>', "https://x.example/feed?a=1&b=2", "X & Co", ()),
    OpmlFeed("Київ Post", "https://kyiv.example/rss", "Kyiv\nPost", ("ukraine",)),
]  # fmt: skip


def test_round_trip() -> None:
    assert import_opml(export_opml(FEEDS).encode("utf-8")) == FEEDS


def test_round_trip_of_the_shipped_feed_list() -> None:
    entries = tomllib.loads(FEEDS_TOML.read_text("utf-8"))["feed"]
    feeds = [OpmlFeed(e["name"], e["url"], e["outlet"], tuple(e.get("tags", []))) for e in entries]
    assert import_opml(export_opml(feeds).encode("utf-8")) == feeds


def test_export_is_opml_2_with_categories() -> None:
    text = export_opml(FEEDS[:1])
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    assert 'category="/broadcaster,/uk,/international"' in text
    assert 'xmlUrl="https://feeds.bbci.co.uk/news/world/europe/rss.xml"' in text


NESTED = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="News">
      <outline text="Ukraine">
        <outline text="Kyiv Independent" type="rss" xmlUrl="https://kyivindependent.com/rss/"/>
      </outline>
      <outline title="BBC World" type="rss" xmlUrl="https://feeds.bbci.co.uk/news/world/rss.xml"
               category="/wires/uk,broadcaster"/>
    </outline>
    <outline text="Top level" type="rss" xmlUrl="https://top.example/feed"/>
    <outline text="Again" type="rss" xmlUrl="https://kyivindependent.com/rss/" category="dup"/>
  </body>
</opml>
"""


def test_nested_folders_become_tags() -> None:
    feeds = import_opml(NESTED)
    assert feeds == [
        OpmlFeed("Kyiv Independent", "https://kyivindependent.com/rss/", "Kyiv Independent",
                 ("News", "Ukraine", "dup")),
        OpmlFeed("BBC World", "https://feeds.bbci.co.uk/news/world/rss.xml", "BBC World",
                 ("News", "wires", "uk", "broadcaster")),
        OpmlFeed("Top level", "https://top.example/feed", "Top level", ()),
    ]  # fmt: skip


def _broken(body: str) -> bytes:
    return f'<?xml version="1.0"?>\n<opml version="2.0">\n<body>\n{body}\n</body>\n</opml>'.encode()


@pytest.mark.parametrize(
    ("data", "fragments"),
    [
        (_broken('<outline text="A" type="rss" xmlUrl="https://a/"/>\n<outline text="Empty"/>'),
         ["line 5", "'Empty'", "no xmlUrl"]),
        (_broken('<outline text="Ftp" xmlUrl="ftp://files.example/feed"/>'),
         ["line 4", "'Ftp'", "not an http(s) URL"]),
        (_broken('<outline text="A" xmlUrl="https://a/">\n<outline text="B"'),
         ["line 6", "not well-formed"]),
        (b"<rss version='2.0'><channel/></rss>", ["not an OPML document", "<rss>"]),
        (b"<opml version='2.0'><head/></opml>", ["no <body>"]),
        (b"", ["not well-formed"]),
    ],
)  # fmt: skip
def test_broken_files_name_the_problem(data: bytes, fragments: list[str]) -> None:
    with pytest.raises(ParseError) as info:
        import_opml(data)
    for fragment in fragments:
        assert fragment in str(info.value)


def test_dtd_and_entities_are_refused() -> None:
    bomb = b"""<?xml version="1.0"?>
<!DOCTYPE opml [
  <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
]>
<opml version="2.0"><body><outline text="&b;" xmlUrl="https://a.example/"/></body></opml>"""
    with pytest.raises(ParseError, match="DTD"):
        import_opml(bomb)
    external = b"""<?xml version="1.0"?>
<!DOCTYPE opml SYSTEM "file:///etc/passwd">
<opml version="2.0"><body/></opml>"""
    with pytest.raises(ParseError, match="DTD"):
        import_opml(external)


def test_errors_are_parse_errors_and_value_errors() -> None:
    with pytest.raises(OpmlError) as info:
        import_opml(b"<opml><body><outline text='x'/></body></opml>")
    assert isinstance(info.value, ParseError) and isinstance(info.value, ValueError)


def test_undeclared_entity_is_an_error() -> None:
    with pytest.raises(ParseError, match="line 4"):
        import_opml(_broken('<outline text="&nope;" xmlUrl="https://a.example/"/>'))


# --- the shipped feed list (config/feeds.toml): structure only, no network ----------------------

# The categories the selection promises (see the header of config/feeds.toml).
REQUIRED_CATEGORIES = {
    "international",
    "ukrainian",
    "russian-state",
    "russian-independent",
    "us",
    "uk",
    "eu",
    "official",
}
MIN_FEEDS = 30  # the brief: at least 30 feeds from many sides


def _shipped_feeds() -> list[dict[str, Any]]:
    entries = tomllib.loads(FEEDS_TOML.read_text("utf-8"))["feed"]
    assert isinstance(entries, list)
    return entries


def test_shipped_feed_list_structure() -> None:
    entries = _shipped_feeds()
    assert len(entries) >= MIN_FEEDS
    names = [e["name"] for e in entries]
    urls = [e["url"] for e in entries]
    assert len(set(names)) == len(names), "feed names must be unique"
    assert len(set(urls)) == len(urls), "feed URLs must be unique"
    for entry in entries:
        assert set(entry) <= {"name", "url", "outlet", "tags", "interval", "full_text"}, entry
        assert isinstance(entry["url"], str) and entry["url"].startswith("https://"), entry
        assert isinstance(entry["outlet"], str) and entry["outlet"].strip()
        tags = entry["tags"]
        assert isinstance(tags, list) and tags and all(isinstance(t, str) for t in tags)


def test_shipped_feed_list_covers_every_side() -> None:
    tags = {tag for entry in _shipped_feeds() for tag in entry["tags"]}
    assert tags >= REQUIRED_CATEGORIES, REQUIRED_CATEGORIES - tags
    per_category = {c: sum(c in e["tags"] for e in _shipped_feeds()) for c in REQUIRED_CATEGORIES}
    assert min(per_category.values()) >= 2, per_category
