"""Rendering: untrusted text stays text in subjects, HTML and Slack; digests count right."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest

from monitor.alerts.items import AlertItem, BurstSummary, from_payload, statement_payload
from monitor.alerts.outbox import BACKOFF_MAX_SECONDS, backoff_seconds
from monitor.alerts.render import (
    HTML_TAGS,
    clean_line,
    group_items,
    header_text,
    render_email,
    render_slack,
    safe_url,
    slack_escape,
    slack_link,
)

T0 = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)


def item(n: int, **kw: object) -> AlertItem:
    values: dict[str, object] = {
        "key": f"statement:{n}", "official_id": "scholz", "official_name": "Olaf Scholz",
        "kind": "direct", "content": f"Statement {n}.", "speaker": "he",
        "outlet": "Example Times", "link": f"https://example.org/{n}", "time": T0,
        "outlets_count": 1, "story_id": 1,
    }
    values.update(kw)
    return AlertItem(**values)  # type: ignore[arg-type]


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)


@pytest.mark.parametrize(
    "evil",
    ["a\r\nBcc: x@y", "=?UTF-8?Q?=0A?=Bcc: x@y", "a\u2028Bcc: x@y", "a\x85b", "x=?=?y"],
)
def test_header_text_is_one_line_without_encoded_words(evil: str) -> None:
    out = header_text(evil)
    assert "\r" not in out and "\n" not in out and "\u2028" not in out and "\x85" not in out
    assert "=?" not in out


def test_clean_line_drops_controls_and_bidi_overrides() -> None:
    assert clean_line("evil\u202egnp.exe\x00\x1b[31m") == "evilgnp.exe[31m"


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>", False),
        ("https://exa mple.org", False),
        ("https://example.org/\nfoo", False),
        ("//example.org/a", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_urls_are_links(url: str | None, ok: bool) -> None:
    assert (safe_url(url) is not None) is ok
    assert ("<" in slack_link(url, "x")) is ok


def test_slack_escape_and_link_labels() -> None:
    assert slack_escape("<!channel> & <@U1>") == "&lt;!channel&gt; &amp; &lt;@U1&gt;"
    assert slack_link("https://e.org/a|b>", "A|B<") == "<https://e.org/a%7Cb&gt;|A¦B&lt;>"


def test_email_html_uses_only_allowed_tags() -> None:
    content = render_email([item(1, content="<b onclick=x>hi</b><iframe>", outlet="<svg>")])
    tags = Tags()
    tags.feed(content.html)
    assert tags.tags <= HTML_TAGS
    assert "&lt;iframe&gt;" in content.html


def test_digest_groups_by_official_then_story_with_counts() -> None:
    items = [
        item(1, story_id=1, outlets_count=2),
        item(2, story_id=1, outlets_count=5),
        item(3, story_id=2),
        item(4, official_id="merz", official_name="Friedrich Merz", story_id=None),
    ]
    groups = group_items(items)
    assert [official for official, _ in groups] == ["Olaf Scholz", "Friedrich Merz"]
    scholz = groups[0][1]
    assert [len(g.items) for g in scholz] == [2, 1] and scholz[0].outlets == 5
    mail = render_email(items, digest="daily")
    assert mail.subject == "Daily digest: 4 statements by 2 officials"
    assert "Olaf Scholz: 3 statements in 2 stories" in mail.text
    assert "(+1 more)" in mail.text and "5 outlets" in mail.text
    body = render_slack(items, digest="daily")
    assert "Daily digest: 4 statements by 2 officials" in body["text"]
    assert body["unfurl_links"] is False


def test_burst_summary_round_trips_and_renders() -> None:
    burst = BurstSummary.of([item(n) for n in range(30)], feed_id=3, now=T0)
    again = from_payload(burst.to_json())
    assert again == burst and burst.count == 30 and len(burst.sample) == 5
    assert "30 new statements at once from Example Times" in render_email([burst]).subject + \
        render_email([burst]).text
    assert from_payload(statement_payload(item(1))) == item(1)


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    rng = random.Random(1)
    first = [backoff_seconds(1, None, rng) for _ in range(50)]
    assert all(15 <= d <= 30 for d in first) and len(set(first)) > 1
    assert all(60 <= backoff_seconds(3, None, rng) <= 120 for _ in range(20))
    assert all(backoff_seconds(30, None, rng) <= BACKOFF_MAX_SECONDS for _ in range(20))
    assert backoff_seconds(1, 600.0, rng) == 600.0


def test_times_show_in_the_digest_time_zone() -> None:
    mail = render_email([item(1), item(2)], digest="daily", tz="Europe/Berlin")
    assert "2026-11-26 10:30 CET" in mail.text  # 09:30 UTC
    single = render_email([item(1)])
    assert "2026-11-26 09:30 UTC" in single.text
    body = render_slack([item(1)], tz="America/New_York")
    assert "2026-11-26 04:30 EST" in str(body["blocks"])


def test_published_time_shows_beside_the_seen_time_when_far_apart() -> None:
    from datetime import timedelta

    late = item(1, published=T0 - timedelta(days=2))
    close = item(2, published=T0 - timedelta(minutes=40))
    mail = render_email([late])
    assert "at 2026-11-26 09:30 UTC (published 2026-11-24 09:30 UTC)" in mail.text
    assert "(published 2026-11-24 09:30 UTC)" in mail.html
    assert "published" not in render_email([close]).text  # minutes of feed lag: routine
    assert "(published 2026-11-24" in str(render_slack([late])["blocks"])
    again = from_payload(statement_payload(late))
    assert isinstance(again, AlertItem) and again.published == late.published
