"""``monitor demo`` end to end: local feeds over real sockets, the pipeline, what it prints.

The demo runs once per module (it takes a couple of seconds) with ``keep`` so that the
database can be inspected; the CLI test runs it once more through click.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import smtplib
import socket
import sqlite3
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli.context import AppContext
from monitor.cli.demo import demo
from monitor.config import load_settings
from monitor.demo.content import (
    OUTLETS,
    PIECES,
    WIRE_SIGNOFF,
    WIRE_SLUG,
    demo_articles,
)
from monitor.demo.run import (
    PROJECT_CONFIG,
    DemoResult,
    KeptArticle,
    run_demo,
    terminal_safe,
)
from monitor.demo.server import DemoServer, SmtpSink
from monitor.topics import match_topics

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
ON_TOPIC = [p for p in PIECES if p.on_topic]
OFF_TOPIC = [p for p in PIECES if not p.on_topic]
ANSI_OR_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
MAX_COLUMNS = 100
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy


@pytest.fixture(scope="module")
def ran(tmp_path_factory: pytest.TempPathFactory) -> tuple[DemoResult, str]:
    """The demo, run once, kept in a temporary folder; its result and its printout."""
    out = io.StringIO()
    keep = tmp_path_factory.mktemp("demo") / "kept"
    result = run_demo(out, keep=keep, now=NOW)
    return result, out.getvalue()


# --- the content itself -------------------------------------------------------------------


def test_content_shape() -> None:
    articles = demo_articles(NOW)
    per_outlet = Counter(a.outlet.key for a in articles)
    assert len(articles) == 32
    assert set(per_outlet) == {o.key for o in OUTLETS}
    assert all(5 <= n <= 8 for n in per_outlet.values()), per_outlet
    assert all(NOW - timedelta(hours=48) < a.published < NOW for a in articles)
    assert len({a.key for a in articles}) == len(articles)
    assert len({a.path for a in articles}) == len(articles)
    assert "{today}" not in "".join(a.text + a.title for a in articles)


def test_wire_copies_are_the_promised_variants() -> None:
    by_key = {a.key: a for a in demo_articles(NOW)}
    original = by_key[f"northern-wire/{WIRE_SLUG}"]
    copies = [a for a in by_key.values() if a.copy_of == original.key]
    assert {c.outlet.key for c in copies} == {"atlantic-herald", "baltic-times-review",
                                               "kyiv-ledger"}
    verbatim = next(c for c in copies if c.outlet.key == "atlantic-herald")
    assert verbatim.paragraphs[0] == "KYIV (Northern Wire) - " + original.paragraphs[0]
    assert verbatim.paragraphs[1:] == original.paragraphs[1:]
    assert verbatim.title != original.title
    trimmed = next(c for c in copies if c.outlet.key == "baltic-times-review")
    assert trimmed.paragraphs == (*original.paragraphs[:-2], WIRE_SIGNOFF)
    straight = next(c for c in copies if c.outlet.key == "kyiv-ledger")
    assert "Kiev" in original.text and "“" in original.text
    assert "Kiev" not in straight.text and not set("“”‘’") & set(straight.text)
    reordered = [a for a in by_key.values()
                 if a.copy_of and not a.copy_of.endswith(WIRE_SLUG)]
    assert len(reordered) == 1
    source = by_key[reordered[0].copy_of or ""]
    assert sorted(source.paragraphs) == sorted(reordered[0].paragraphs)
    assert source.paragraphs != reordered[0].paragraphs


def test_weekdays_follow_the_real_dates() -> None:
    articles = {a.key: a for a in demo_articles(NOW)}
    peskov_istanbul = articles["moscow-dispatch/peskov-istanbul-talks-no-date"]
    said = peskov_istanbul.published.strftime("%A")
    assert f"on {said}" in peskov_istanbul.text


@pytest.mark.skipif(not (PROJECT_CONFIG / "topics.toml").is_file(),
                    reason="the project's config/topics.toml is not there")
def test_shipped_topics_classify_the_content_as_intended(tmp_path: Path) -> None:
    shutil.copyfile(PROJECT_CONFIG / "topics.toml", tmp_path / "topics.toml")
    topics = load_settings(tmp_path, environ={}).topics
    for article in demo_articles(NOW):
        matched = match_topics(topics, article.title, article.summary, article.text)
        assert bool(matched) == article.on_topic, article.title


# --- the server ---------------------------------------------------------------------------


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with _OPENER.open(request, timeout=5) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, dict(exc.headers), exc.read()


def test_server_etag_visibility_and_webhook_sink() -> None:
    articles = demo_articles(NOW)
    with DemoServer(articles) as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        atom = next(o for o in OUTLETS if o.kind == "atom")
        status, headers, body = _get(server.feed_url(atom))
        assert status == 200 and headers["Content-Type"].startswith("application/atom+xml")
        assert body.count(b"<entry>") == sum(a.outlet.key == atom.key for a in articles)
        etag = headers["ETag"]
        status, _, body = _get(server.feed_url(atom), {"If-None-Match": etag})
        assert (status, body) == (304, b"")
        server.visible_until = NOW - timedelta(hours=24)  # yesterday: fewer items, new ETag
        status, headers, body = _get(server.feed_url(atom), {"If-None-Match": etag})
        assert status == 200 and headers["ETag"] != etag
        late = max((a for a in articles if a.outlet.key == atom.key), key=lambda a: a.published)
        assert _get(server.base_url + late.path)[0] == 404  # not published yet
        server.visible_until = None
        status, _, page = _get(server.article_url(late))  # utm_ tags and all
        assert status == 200 and late.paragraphs[-1][:40].encode() in page
        request = urllib.request.Request(server.webhook_url, data=b'{"text": "hi"}',
                                         headers={"Content-Type": "application/json"})
        with _OPENER.open(request, timeout=5) as response:
            assert response.status == 200
        assert [p.body for p in server.webhook_posts] == [b'{"text": "hi"}']
        assert all(r.client == "127.0.0.1" for r in server.requests)


def test_full_text_feed_has_summaries_only() -> None:
    articles = demo_articles(NOW)
    full_text = next(o for o in OUTLETS if o.full_text)
    with DemoServer(articles) as server:
        _, _, body = _get(server.feed_url(full_text))
    text = body.decode()
    assert "content:encoded" not in text
    for article in articles:
        if article.outlet.key == full_text.key:
            assert article.paragraphs[-1][:40] not in text


# --- the demo, end to end -----------------------------------------------------------------


def test_polls_fetch_then_not_modified(ran: tuple[DemoResult, str]) -> None:
    result, _ = ran
    assert [p.plan.label for p in result.passes] == ["yesterday", "today", "now"]
    first, second, third = (p.report for p in result.passes)
    assert [f.outcome for f in first.feeds] == ["ok"] * len(OUTLETS)
    assert [f.outcome for f in second.feeds] == ["ok"] * len(OUTLETS)
    assert [f.outcome for f in third.feeds] == ["not_modified"] * len(OUTLETS)
    assert first.new_articles + second.new_articles == len(result.kept)
    assert first.new_articles > 0 and second.new_articles > 0
    conditional = [r for r in result.requests if r.if_none_match and r.path.startswith("/feeds/")]
    assert sum(r.status == 304 for r in conditional) == len(OUTLETS)


def test_on_topic_kept_off_topic_dropped(ran: tuple[DemoResult, str]) -> None:
    result, _ = ran
    assert len(result.kept) == len(ON_TOPIC)
    assert {d.slug for d in result.dropped} == {p.slug for p in OFF_TOPIC}
    assert all(k.topics for k in result.kept)
    assert all(k.demo is not None and k.demo.on_topic for k in result.kept)
    assert {k.source for k in result.kept} == {o.name for o in OUTLETS}


def _full_text_kept(result: DemoResult, *, since: datetime | None = None) -> list[KeptArticle]:
    return [k for k in result.kept if k.demo and k.demo.outlet.full_text
            and (since is None or k.demo.published > since)]


def test_rewrites_grouped_and_different_news_kept_apart(ran: tuple[DemoResult, str]) -> None:
    """With the rewrite layer on in the demo, the Hegseth story and its two rewrites by other
    outlets are one story, and no story mixes two of the content's news events."""
    result, out = ran
    db_path = Path(result.db_url.removeprefix("sqlite:///"))
    with sqlite3.connect(db_path) as conn:
        relation = {row[0]: (row[1], row[2]) for row in conn.execute(
            "SELECT id, story_relation, story_score FROM articles")}
    events: dict[int, set[str]] = {}
    for k in result.kept:
        assert k.demo is not None and k.demo.story is not None and k.story_id is not None
        events.setdefault(k.story_id, set()).add(k.demo.story)
    assert all(len(e) == 1 for e in events.values()), events
    hegseth = [k for k in result.kept if k.demo and k.demo.story == "hegseth-guarantees"]
    assert len({k.story_id for k in hegseth}) == 1 and len({k.source for k in hegseth}) == 3
    rewrites = [relation[k.id] for k in hegseth if relation[k.id][0] == "rewrite"]
    assert len(rewrites) == 2 and all(score >= 0.45 for _, score in rewrites)
    assert out.count(" rewrite 0.") >= 2


def test_full_text_came_from_the_pages(ran: tuple[DemoResult, str]) -> None:
    result, _ = ran
    yesterday = result.passes[0].at
    full_text = _full_text_kept(result, since=yesterday)  # stored by the last poll
    assert full_text and all(k.from_page for k in full_text)
    dnipro = next(k for k in full_text if "Dnipro" in k.title)
    assert "left bank" in dnipro.text  # on the page, not in the feed's one-line summary
    assert dnipro.demo is not None and "left bank" not in dnipro.demo.summary
    page_paths = {urllib.parse.urlsplit(k.url).path for k in full_text}
    fetched_pages = {urllib.parse.urlsplit(u).path for u in result.fetched}
    assert page_paths <= fetched_pages


def test_full_text_survives_the_next_poll(ran: tuple[DemoResult, str]) -> None:
    """Articles stored by the first poll keep their page text when the feed changes later."""
    result, _ = ran
    later = _full_text_kept(result, since=result.passes[0].at)
    earlier = [k for k in _full_text_kept(result) if k not in later]
    assert earlier and all(k.from_page for k in earlier)


def test_nothing_fetched_outside_loopback(ran: tuple[DemoResult, str]) -> None:
    result, _ = ran
    assert result.refused == []
    assert result.fetched and all(u.startswith(result.base_url + "/") for u in result.fetched)
    assert all(r.client == "127.0.0.1" for r in result.requests)
    assert all(f.url.startswith("http://127.0.0.1:") for f in result.settings.feeds)
    assert result.settings.fetch.allowed_networks == ("127.0.0.1/32",)


def test_keep_leaves_a_database_to_explore(ran: tuple[DemoResult, str]) -> None:
    result, out = ran
    assert (result.config_dir / "feeds.toml").is_file()
    assert (result.config_dir / "monitor.toml").is_file()
    db_path = Path(result.db_url.removeprefix("sqlite:///"))
    with sqlite3.connect(db_path) as conn:
        (count,) = conn.execute("SELECT count(*) FROM articles").fetchone()
        sources = {row[0] for row in conn.execute("SELECT DISTINCT source FROM articles")}
    assert count == len(ON_TOPIC)
    assert sources == {o.name for o in OUTLETS}
    assert f"--db {result.db_url}" in out and f"--config {result.config_dir}" in out


def test_printout(ran: tuple[DemoResult, str]) -> None:
    _, out = ran
    assert f"Articles kept: {len(ON_TOPIC)} of {len(PIECES)} items" in out
    assert f"({len(OFF_TOPIC)} off-topic dropped)" in out
    for outlet in OUTLETS:
        assert outlet.name in out and outlet.feed_name in out
    assert "not modified (304)" in out
    assert "Storm Edda" in out  # listed among the dropped
    assert "text from the article page" in out
    assert not ANSI_OR_CONTROL.search(out)
    too_wide = [line for line in out.splitlines()
                if len(line) > MAX_COLUMNS and not line.lstrip().startswith("monitor --db")]
    assert too_wide == []


def test_alerts_reach_the_local_sinks(ran: tuple[DemoResult, str]) -> None:
    result, _ = ran
    assert result.alerts and result.dispatches
    assert all(not d.errors and not d.dead for d in result.dispatches)
    assert result.emails and result.webhook_posts
    assert all(m.rcpt_to == ("press-office@demo.invalid",) for m in result.emails)
    kremlin = ("Dmitry Peskov", "Maria Zakharova", "Sergei Lavrov")
    subjects = [str(m.message["Subject"]).strip() for m in result.emails]  # folded headers
    assert all(s.startswith(kremlin) for s in subjects), subjects
    posts = [json.loads(p.body) for p in result.webhook_posts]
    assert all(isinstance(p.get("text"), str) and p["text"] for p in posts)
    everything = " ".join(json.dumps(p, ensure_ascii=False) for p in posts) + " ".join(
        m.data.decode("utf-8", "replace") for m in result.emails)
    # the first poll is each feed's backlog: its statements are recorded, never alerted
    assert "Our position is simple" not in everything  # Sybiha, day one only
    with sqlite3.connect(Path(result.db_url.removeprefix("sqlite:///"))) as conn:
        statuses = dict(conn.execute(
            "SELECT status, count(*) FROM alert_outbox GROUP BY status").fetchall())
    assert statuses.get("sent", 0) == len(result.emails) + len(result.webhook_posts)


def test_smtp_sink_records_a_message() -> None:
    message = EmailMessage()
    message["From"], message["To"] = "monitor@demo.invalid", "desk@demo.invalid"
    message["Subject"] = "Peskov: “a quote”"
    message.set_content("First line\n.a line starting with a dot\n")
    with SmtpSink() as sink, smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
        client.send_message(message)
    (mail,) = sink.messages
    assert mail.mail_from == "monitor@demo.invalid" and mail.rcpt_to == ("desk@demo.invalid",)
    assert mail.message["Subject"] == "Peskov: “a quote”"
    assert ".a line starting with a dot" in mail.message.get_content()


def test_terminal_safe_removes_control_characters() -> None:
    hostile = "Title\x1b]0;owned\x07 with \x1b[31mred\x9b and \u202eevil\nnewline"
    cleaned = terminal_safe(hostile)
    assert not ANSI_OR_CONTROL.search(cleaned) and "\u202e" not in cleaned
    assert cleaned.startswith("Title") and cleaned.endswith("evil newline")


def test_cli_command(tmp_path: Path) -> None:
    runner = CliRunner()
    keep = tmp_path / "kept"
    result = runner.invoke(demo, ["--keep", str(keep)], obj=AppContext(None, None))
    assert result.exit_code == 0, result.output
    assert "monitor demo:" in result.output and "Articles kept:" in result.output
    assert (keep / "demo.db").is_file()
    again = runner.invoke(demo, ["--keep", str(keep)], obj=AppContext(None, None))
    assert again.exit_code != 0 and "not empty" in again.output


def test_temporary_folder_is_removed() -> None:
    result = run_demo(io.StringIO(), now=NOW, sections=[])
    assert not result.workdir.exists()


def test_without_project_topics_a_fallback_topic_is_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import monitor.demo.run as demo_run

    monkeypatch.setattr(demo_run, "PROJECT_CONFIG", tmp_path / "absent")
    out = io.StringIO()
    result = run_demo(out, now=NOW)
    assert len(result.kept) == len(ON_TOPIC)
    assert "fallback Ukraine-peace topic" in out.getvalue()
    assert "no officials to track" in out.getvalue()


def test_cli_port_taken() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(demo, ["--port", str(port)], obj=AppContext(None, None))
    assert result.exit_code == 1 and "Address already in use" in result.output
