"""The whole collect pipeline over real HTTP on 127.0.0.1, on SQLite and PostgreSQL.

One pass polls a set of feeds that each misbehave in their own way; every feed's health and
the database are checked, and the healthy feeds are unaffected by the broken ones.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.config import Settings, load_settings
from monitor.pipeline import Pipeline
from monitor.storage.engine import create_engine_for, session_factory
from monitor.storage.models import Article, Feed
from monitor.types import RawItem
from tests.support.httpserver import HTTPTestServer, http_server  # noqa: F401

TOPIC = 'Ukraine OR Kyiv OR Kremlin OR "peace talks"'


@dataclass(frozen=True)
class Item:
    """One RSS item for the test feeds."""

    title: str
    link: str
    guid: str | None = None
    description: str = ""


def rss(items: Sequence[Item], *, encoding: str = "utf-8", title: str = "Test feed") -> bytes:
    """An RSS 2.0 document with ``items``."""
    parts = [f'<?xml version="1.0" encoding="{encoding}"?>',
             f"<rss version=\"2.0\"><channel><title>{escape(title)}</title>"
             "<link>https://news.example/</link><description>test</description>"]
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{escape(item.title)}</title><link>{escape(item.link)}</link>")
        if item.guid:
            parts.append(f'<guid isPermaLink="false">{escape(item.guid)}</guid>')
        parts.append(f"<description>{escape(item.description)}</description>")
        parts.append("<pubDate>Tue, 10 Mar 2026 10:00:00 GMT</pubDate></item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode(encoding)


def write_config(directory: Path, feeds: dict[str, str], **fetch: object) -> Path:
    """A config folder with these feeds (name -> URL), the loopback allowed, short timeouts."""
    directory.mkdir(parents=True, exist_ok=True)
    fetch_lines = "\n".join(f"{k} = {v!r}" if isinstance(v, str) else f"{k} = {v}"
                            for k, v in fetch.items())
    (directory / "monitor.toml").write_text(
        '[fetch]\nallowed_networks = ["127.0.0.1/32"]\nconnect_timeout = "2s"\n'
        f'read_timeout = "1s"\ndeadline = "3s"\n{fetch_lines}\n'
        '[daemon]\nlease = "1m"\n', encoding="utf-8")
    (directory / "feeds.toml").write_text("".join(
        f'[[feed]]\nname = "{name}"\nurl = "{url}"\noutlet = "{name} outlet"\n\n'
        for name, url in feeds.items()), encoding="utf-8")
    (directory / "topics.toml").write_text(
        f"[topic.ukraine]\nquery = '''{TOPIC}'''\n", encoding="utf-8")
    return directory


@pytest.fixture
def make_pipeline(db_url: str, tmp_path: Path) -> Iterator[object]:
    """Build (settings, sessions, pipeline) for a feed mapping on the fresh database."""
    engines = []
    pipelines: list[Pipeline] = []

    def build(feeds: dict[str, str], **fetch: object) -> tuple[Settings, sessionmaker[Session],
                                                                Pipeline]:
        settings = load_settings(write_config(tmp_path / "config", feeds, **fetch),
                                 database_url=db_url)
        engine = create_engine_for(db_url)
        engines.append(engine)
        sessions = session_factory(engine)
        pipeline = Pipeline(settings, sessions, after_insert=[])
        pipeline.sync_feeds()
        pipelines.append(pipeline)
        return settings, sessions, pipeline

    yield build
    for pipeline in pipelines:
        pipeline.close()
    for engine in engines:
        engine.dispose()


def feed_row(sessions: sessionmaker[Session], name: str) -> Feed:
    with sessions() as session:
        feed = session.scalar(select(Feed).where(Feed.name == name))
        assert feed is not None
        return feed


def articles_of(sessions: sessionmaker[Session], name: str) -> list[Article]:
    with sessions() as session:
        feed = session.scalar(select(Feed).where(Feed.name == name))
        assert feed is not None
        return list(session.scalars(select(Article).where(Article.feed_id == feed.id)
                                    .order_by(Article.id)))


GOOD_ITEMS = [
    Item("Kremlin says peace talks with Ukraine may resume", "https://news.example/a1?utm_source=rss",
         "a1", "Dmitry Peskov spoke to reporters in Moscow."),
    Item("Kyiv weighs new proposal", "https://news.example/a2", "a2", "Officials in Kyiv met."),
    Item("Local football club wins cup", "https://news.example/sport", "s1", "A great match."),
]


def test_one_pass_over_misbehaving_feeds(http_server: HTTPTestServer,  # noqa: F811
                                          make_pipeline: object) -> None:
    srv = http_server
    srv.route("/good.xml", body=rss(GOOD_ITEMS), etag='"good-v1"',
              headers={"Content-Type": "application/rss+xml"})
    srv.route("/gone404.xml", status=404, body=b"not here")
    srv.route("/gone410.xml", status=410, body=b"gone")
    srv.route("/busy.xml", status=429, body=b"slow down", headers={"Retry-After": "1200"})
    srv.route("/broken.xml", status=500, body=b"oops")
    srv.route("/slow.xml", body=rss(GOOD_ITEMS), delay=2.5)  # read timeout is 1 s
    srv.route("/drip.xml", body=rss(GOOD_ITEMS) * 3, drip=0.05)  # past the 3 s deadline
    srv.redirect("/loop1.xml", srv.url("/loop2.xml"))
    srv.redirect("/loop2.xml", srv.url("/loop1.xml"))
    srv.redirect("/private.xml", "http://10.1.2.3/feed.xml")
    srv.route("/bomb.xml", body=gzip.compress(b"<rss>" + b" " * (8 * 1024 * 1024)),
              headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})
    srv.route("/huge.xml", body=b"<rss>" + b"x" * (3 * 1024 * 1024))
    srv.route("/charset.xml", body=rss([Item("Ukraine: Café talks in Kyiv",
                                             "https://news.example/cafe", "c1")],
                                           encoding="windows-1252"),
              headers={"Content-Type": "text/xml; charset=utf-8"})  # the header lies
    srv.route("/invalid.xml", body=b"this is not a feed <<< at all")
    srv.route("/dupes.xml", body=rss([
        Item("Ukraine talks: first version", "https://news.example/d1", "same-guid"),
        Item("Ukraine talks: second version", "https://news.example/d2", "same-guid")]))
    srv.route("/empty.xml", body=rss([]))
    names = ["good", "gone404", "gone410", "busy", "broken", "slow", "drip", "loop1", "private",
             "bomb", "huge", "charset", "invalid", "dupes", "empty"]
    _, sessions, pipeline = make_pipeline(  # type: ignore[operator]
        {n: srv.url(f"/{n}.xml") for n in names}, max_bytes=1024 * 1024)

    before = datetime.now(UTC)
    report = pipeline.update_due_feeds()
    outcomes = {f.feed: f.outcome for f in report.feeds}
    assert set(outcomes) == set(names)  # every feed was polled, none stopped the pass

    # the healthy feed: two on-topic articles kept, the football one dropped
    good = articles_of(sessions, "good")
    assert [a.title for a in good] == [GOOD_ITEMS[0].title, GOOD_ITEMS[1].title]
    assert good[0].canonical_url == "https://news.example/a1"  # tracking parameter dropped
    assert good[0].topics == ["ukraine"]
    assert feed_row(sessions, "good").consecutive_failures == 0
    assert feed_row(sessions, "good").etag == '"good-v1"'

    expected_errors = {
        "gone404": "http_404", "gone410": "http_410", "busy": "http_429", "broken": "http_5xx",
        "slow": "timeout", "drip": "deadline", "loop1": "redirect_loop",
        "private": "blocked_address", "bomb": "too_large", "huge": "too_large",
        "invalid": "parse_error",
    }
    for name, kind in expected_errors.items():
        feed = feed_row(sessions, name)
        assert outcomes[name] == "error", name
        assert feed.last_error_kind == kind, (name, feed.last_error)
        assert feed.consecutive_failures == 1
        assert feed.last_error and len(feed.last_error) > 10  # a sentence, not a code
        assert feed.next_check_at > before
        assert feed.enabled  # never disabled
        assert articles_of(sessions, name) == []
    assert feed_row(sessions, "busy").next_check_at >= before + timedelta(seconds=1100)
    assert feed_row(sessions, "gone404").next_check_at >= before + timedelta(hours=1)

    charset = articles_of(sessions, "charset")
    assert len(charset) == 1 and "Caf" in charset[0].title
    assert len(articles_of(sessions, "dupes")) == 1
    assert outcomes["empty"] == "ok" and feed_row(sessions, "empty").last_error is None
    assert not srv.requests_to("/feed.xml")  # the private redirect was never followed


def test_second_pass_uses_conditional_get(http_server: HTTPTestServer,  # noqa: F811
                                          make_pipeline: object) -> None:
    http_server.route("/good.xml", body=rss(GOOD_ITEMS), etag='"v1"')
    _, sessions, pipeline = make_pipeline({"good": http_server.url("/good.xml")})  # type: ignore[operator]
    pipeline.update_due_feeds()
    later = datetime.now(UTC) + timedelta(days=1)  # every feed is due again
    report = pipeline.update_due_feeds(later)
    assert [f.outcome for f in report.feeds] == ["not_modified"]
    second = http_server.requests_to("/good.xml")[-1]
    assert second.header("If-None-Match") == '"v1"'
    assert (second.header("User-Agent") or "").startswith("monitor/")
    assert len(articles_of(sessions, "good")) == 2


def test_feed_that_changes_every_guid_stores_each_article_once(
        http_server: HTTPTestServer, make_pipeline: object) -> None:  # noqa: F811
    version = {"n": 0}

    def body(_request: object) -> bytes:
        version["n"] += 1
        return rss([Item("Ukraine peace talks resume", "https://news.example/x",
                         f"guid-{version['n']}")])

    http_server.route("/churn.xml", body=body)
    _, sessions, pipeline = make_pipeline({"churn": http_server.url("/churn.xml")})  # type: ignore[operator]
    first = pipeline.update_due_feeds()
    second = pipeline.update_due_feeds(datetime.now(UTC) + timedelta(days=1))
    assert first.new_articles == 1 and second.new_articles == 0
    assert len(articles_of(sessions, "churn")) == 1


def test_unchanged_body_is_not_parsed_again(http_server: HTTPTestServer,  # noqa: F811
                                            make_pipeline: object) -> None:
    http_server.route("/same.xml", body=rss(GOOD_ITEMS))  # no validators: same bytes again
    _, sessions, pipeline = make_pipeline({"same": http_server.url("/same.xml")})  # type: ignore[operator]
    pipeline.update_due_feeds()
    report = pipeline.update_due_feeds(datetime.now(UTC) + timedelta(days=1))
    assert [f.outcome for f in report.feeds] == ["unchanged"]
    with sessions() as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 2


def test_two_feeds_with_the_same_opaque_guid_keep_two_articles(
        http_server: HTTPTestServer, make_pipeline: object) -> None:  # noqa: F811
    # issue 9, point 6: GUID "1" with no link in two unrelated feeds used to map both items
    # to urn:guid:1, and feed B's item overwrote feed A's article
    def feed(title: str) -> bytes:
        return rss([Item(title, "", "1", "Talks in Kyiv.")]).replace(b"<link></link>", b"")

    http_server.route("/a.xml", body=feed("Ukraine talks resume in Geneva"))
    http_server.route("/b.xml", body=feed("Kremlin rejects Ukraine plan"))
    _settings, sessions, pipeline = make_pipeline(  # type: ignore[operator]
        {"A": http_server.url("/a.xml"), "B": http_server.url("/b.xml")})
    for _ in range(2):  # a second pass must not overwrite either (bodies unchanged or not)
        report = pipeline.update_due_feeds(datetime.now(UTC) + timedelta(days=1))
        assert report.failures == 0
    a, b = articles_of(sessions, "A"), articles_of(sessions, "B")
    assert [x.title for x in a] == ["Ukraine talks resume in Geneva"]
    assert [x.title for x in b] == ["Kremlin rejects Ukraine plan"]
    assert a[0].guid == b[0].guid == "1" and a[0].canonical_url != b[0].canonical_url


def test_items_stored_as_listed_cost_a_lookup_not_a_normalisation(
        http_server: HTTPTestServer, make_pipeline: object,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12: a feed lists its items again and again; the ones stored exactly as listed
    are left out before normalising, a changed one still updates its article."""
    items = list(GOOD_ITEMS)
    http_server.route("/list.xml", body=lambda _r: rss(items))
    _, sessions, pipeline = make_pipeline({"list": http_server.url("/list.xml")})  # type: ignore[operator]
    pipeline.update_due_feeds()
    normalised: list[str] = []
    real = Pipeline.normalize_items

    def counting(self: Pipeline, given: Iterable[RawItem], **kw: Any) -> list[Any]:
        given = list(given)
        normalised.extend(i.title for i in given)
        return real(self, given, **kw)

    monkeypatch.setattr(Pipeline, "normalize_items", counting)
    items.append(Item("Ukraine ceasefire talks continue", "https://news.example/a3", "a3",
                      "Envoys met in Geneva."))
    items[1] = Item(GOOD_ITEMS[1].title, GOOD_ITEMS[1].link, GOOD_ITEMS[1].guid,
                    "Officials in Kyiv met again on Tuesday.")
    report = pipeline.update_due_feeds(datetime.now(UTC) + timedelta(days=1))
    assert report.new_articles == 1
    # all but the first, which is stored as listed (an item the topics left out was never
    # stored, so it is read again: only what is stored can be recognised)
    assert sorted(normalised) == sorted(i.title for i in items[1:])
    stored = {a.url: a.text for a in articles_of(sessions, "list")}
    assert stored["https://news.example/a2"] == "Officials in Kyiv met again on Tuesday."
