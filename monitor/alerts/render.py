"""Alerts as text, HTML and Slack Block Kit, with every untrusted string made harmless.

Everything an alert shows (official names aside, and even those) may come from a feed, so:

- plain text: control characters and bidi overrides removed; one-line fields lose every line
  break (``\\r``, ``\\n``, U+2028, ...);
- e-mail subjects: one line, and ``=?`` broken up so that no RFC 2047 encoded word from a feed
  can be decoded into a line break (``=?UTF-8?Q?=0A?=Bcc:`` stays literal text);
- HTML: every string passes :func:`html.escape`; the markup is ours and uses only the tags in
  :data:`HTML_TAGS`; links are made only for ``http``/``https`` URLs;
- Slack mrkdwn: ``&``, ``<``, ``>`` escaped in every string, so ``<!channel>``, ``<@U123>`` and
  ``<javascript:...|x>`` arrive as text; links only for ``http``/``https`` URLs.

Digests group statements by official and then by story, with counts.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from monitor.alerts.items import Alert, AlertItem, BurstSummary

SUBJECT_MAX = 140  # characters; longer subjects are cut by mail clients anyway
QUOTE_MAX = 1500  # characters of a statement shown; a quote longer than this is an article
DIGEST_QUOTE_MAX = 300  # shorter in digests, which list many
FIELD_MAX = 200  # names, outlets, speakers: longer is garbage from a feed
URL_MAX = 2048  # as storage: longer URLs are not linked
SLACK_TEXT_MAX = 2900  # Block Kit section text allows 3000 characters
SLACK_BLOCKS_MAX = 48  # Block Kit allows 50 blocks per message; 2 kept for header/footer
DIGEST_GROUPS_MAX = 40  # official+story groups listed in one digest; the rest are counted

# The tags our HTML uses; tests check that a received message has no others.
HTML_TAGS = frozenset(
    {"html", "head", "meta", "body", "h2", "h3", "p", "ul", "li", "blockquote", "a", "b", "br",
     "small"}
)

_BIDI = dict.fromkeys(
    [0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
)
_LINE_BREAKS = re.compile(r"[\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_SPACES = re.compile(r"[ \t]+")


# --- text hygiene ------------------------------------------------------------------------------


def clean_text(value: str, limit: int = QUOTE_MAX) -> str:
    """Multi-line text without control characters or bidi overrides, cut to ``limit``."""
    value = _LINE_BREAKS.sub("\n", str(value)).translate(_BIDI)
    value = "".join(
        ch for ch in value if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs")
    )
    value = "\n".join(_SPACES.sub(" ", line).strip() for line in value.split("\n")).strip()
    return _cut(value, limit)


def clean_line(value: str, limit: int = FIELD_MAX) -> str:
    """One line: every line break and control character becomes a space."""
    value = _LINE_BREAKS.sub(" ", str(value)).replace("\t", " ")
    return clean_text(value, limit).replace("\n", " ")


def header_text(value: str, limit: int = SUBJECT_MAX) -> str:
    """Text safe for an e-mail header: one line, no RFC 2047 encoded-word openers."""
    value = clean_line(value, limit)
    while "=?" in value:
        value = value.replace("=?", "= ?")
    return value


def safe_url(value: str | None) -> str | None:
    """``value`` when it is an absolute http(s) URL without spaces or controls, else None."""
    if not value:
        return None
    url = str(value).strip()
    if len(url) > URL_MAX or any(ch.isspace() or unicodedata.category(ch)[0] == "C" for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def _cut(value: str, limit: int) -> str:
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def format_time(moment: datetime, tz: str = "UTC") -> str:
    """``2026-11-26 22:05 UTC``, or in the zone ``tz`` (``2026-11-26 23:05 CET``)."""
    if tz == "UTC":
        return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    local = moment.astimezone(ZoneInfo(tz))
    return local.strftime("%Y-%m-%d %H:%M ") + (local.tzname() or tz)


def _kind_label(kind: str) -> str:
    return {"direct": "quote", "mixed": "partial quote", "indirect": "reported speech"}.get(
        kind, clean_line(kind, 30) or "statement"
    )


def _name(item: AlertItem) -> str:
    return clean_line(item.official_name or item.official_id or "unknown official")


# --- grouping (digests) ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoryGroup:
    """Statements of one official about one story (or a lone statement without a story)."""

    official: str
    story_id: int | None
    items: tuple[AlertItem, ...]

    @property
    def first(self) -> AlertItem:
        """The earliest statement of the group."""
        return self.items[0]

    @property
    def outlets(self) -> int:
        """The most outlets any statement of the group is carried by."""
        return max(i.outlets_count for i in self.items)


def group_items(items: Sequence[AlertItem]) -> list[tuple[str, list[StoryGroup]]]:
    """Group by official (most statements first), then by story (earliest first)."""
    by_official: dict[str, dict[object, list[AlertItem]]] = defaultdict(lambda: defaultdict(list))
    for item in sorted(items, key=lambda i: (i.time, i.key)):
        story: object = item.story_id if item.story_id is not None else ("lone", item.key)
        by_official[_name(item)][story].append(item)
    result: list[tuple[str, list[StoryGroup]]] = []
    for official, stories in by_official.items():
        groups = [
            StoryGroup(official, its[0].story_id, tuple(its)) for its in stories.values()
        ]
        groups.sort(key=lambda g: (g.first.time, g.first.key))
        result.append((official, groups))
    result.sort(key=lambda og: (-sum(len(g.items) for g in og[1]), og[0]))
    return result


def _split(alerts: Sequence[Alert]) -> tuple[list[AlertItem], list[BurstSummary]]:
    items = [a for a in alerts if isinstance(a, AlertItem)]
    bursts = [a for a in alerts if isinstance(a, BurstSummary)]
    return items, bursts


def _quote(kind: str, text: str) -> str:
    """A direct quote in quote marks; reported (indirect, mixed) speech as written, so its own
    partial quotes are not wrapped in a second pair."""
    return f"“{text}”" if kind == "direct" else text


def _burst_line(burst: BurstSummary) -> str:
    if burst.sample and burst.sample[0].outlet:
        feed = clean_line(burst.sample[0].outlet, 80)
    else:
        feed = f"feed {burst.feed_id}" if burst.feed_id is not None else "one fetch"
    who = ", ".join(f"{clean_line(n, 80)} ({c})" for n, c in burst.officials[:5])
    return f"{burst.count} new statements at once from {feed} (not sent one by one): {who}"


# --- e-mail ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EmailContent:
    """A subject (one safe line), a plain-text body and an HTML body."""

    subject: str
    text: str
    html: str


def _h(value: str) -> str:
    return html.escape(value, quote=True)


def _html_link(url: str | None, label: str) -> str:
    link = safe_url(url)
    if link is None:
        return _h(label)
    return f'<a href="{_h(link)}">{_h(label)}</a>'


def _html_page(body: str) -> str:
    return (
        '<html><head><meta charset="utf-8"></head><body>' + body + "</body></html>"
    )


# A first report whose published time is further than this from when monitor saw it (a
# back-fill, a feed added late or down for a while, a feed that lists items late) shows both:
# minutes of feed lag are routine and would only clutter every alert.
PUBLISHED_SHOWN_AFTER = timedelta(hours=1)


def reported_at(item: AlertItem, tz: str = "UTC") -> str:
    """When monitor saw the first report, and when it says it was published if that differs
    by more than :data:`PUBLISHED_SHOWN_AFTER`."""
    seen = format_time(item.time, tz)
    if item.published is None or abs(item.time - item.published) <= PUBLISHED_SHOWN_AFTER:
        return seen
    return f"{seen} (published {format_time(item.published, tz)})"


def _item_text(item: AlertItem, limit: int = QUOTE_MAX, tz: str = "UTC") -> list[str]:
    link = safe_url(item.link)
    lines = [
        f"{_name(item)}, {_kind_label(item.kind)}:",
        f"  {_quote(item.kind, clean_text(item.content, limit))}",
        f"Speaker as written: {clean_line(item.speaker) or '-'}",
        f"First reported by {clean_line(item.outlet) or '-'} at {reported_at(item, tz)}",
    ]
    if item.title:
        lines.append(f"Title: {clean_line(item.title)}")
    lines.append(f"Link: {link if link else '(no web link)'}")
    lines.append(f"Outlets so far: {item.outlets_count}")
    extra = []
    if item.story_id is not None:
        extra.append(f"story {item.story_id}")
    if item.topics:
        extra.append("topics " + ", ".join(clean_line(t, 60) for t in item.topics))
    extra.append(f"confidence {item.confidence:.2f}")
    lines.append("(" + "; ".join(extra) + ")")
    return lines


def _item_html(item: AlertItem, limit: int = QUOTE_MAX, tz: str = "UTC") -> str:
    quote = _h(clean_text(item.content, limit)).replace("\n", "<br>")
    title = f"<p><small>{_h(clean_line(item.title))}</small></p>" if item.title else ""
    extra = []
    if item.story_id is not None:
        extra.append(f"story {item.story_id}")
    if item.topics:
        extra.append("topics " + ", ".join(clean_line(t, 60) for t in item.topics))
    extra.append(f"confidence {item.confidence:.2f}")
    return (
        f"<h3>{_h(_name(item))} <small>{_h(_kind_label(item.kind))}</small></h3>"
        f"<blockquote>{quote}</blockquote>"
        f"<p>Speaker as written: <b>{_h(clean_line(item.speaker) or '-')}</b><br>"
        f"First reported by {_html_link(item.link, clean_line(item.outlet) or 'link')} "
        f"at {_h(reported_at(item, tz))}<br>"
        f"Outlets so far: {item.outlets_count}</p>{title}"
        f"<p><small>{_h('; '.join(extra))}</small></p>"
    )


def render_email(
    alerts: Sequence[Alert], *, digest: str | None = None, tz: str = "UTC"
) -> EmailContent:
    """One e-mail for ``alerts``: one alert (immediate) or a digest of several.

    Times are shown in the zone ``tz`` (a digest channel's ``timezone``).
    """
    items, bursts = _split(alerts)
    if digest is None and len(alerts) == 1:
        alert = alerts[0]
        if isinstance(alert, AlertItem):
            subject = header_text(
                f"{_name(alert)}: {_quote(alert.kind, clean_line(alert.content, SUBJECT_MAX))}"
            )
            return EmailContent(
                subject=subject,
                text="\n".join(_item_text(alert, tz=tz)) + "\n",
                html=_html_page(_item_html(alert, tz=tz)),
            )
        return _burst_email(alert, tz)
    return _digest_email(items, bursts, digest or "digest", tz)


def _burst_email(burst: BurstSummary, tz: str) -> EmailContent:
    subject = header_text(f"{burst.count} new statements at once (summary)")
    text = [_burst_line(burst), "", "Some of them:", ""]
    parts = [f"<h2>{_h(_burst_line(burst))}</h2>", "<p>Some of them:</p>"]
    for item in burst.sample:
        text.extend([*_item_text(item, DIGEST_QUOTE_MAX, tz), ""])
        parts.append(_item_html(item, DIGEST_QUOTE_MAX, tz))
    return EmailContent(subject, "\n".join(text), _html_page("".join(parts)))


def _digest_email(
    items: Sequence[AlertItem], bursts: Sequence[BurstSummary], digest: str, tz: str
) -> EmailContent:
    grouped = group_items(items)
    total = len(items) + sum(b.count for b in bursts)
    subject = header_text(
        f"{digest.capitalize()} digest: {total} statement{'s' if total != 1 else ''} "
        f"by {len(grouped)} official{'s' if len(grouped) != 1 else ''}"
    )
    text: list[str] = [subject, ""]
    parts: list[str] = [f"<h2>{_h(subject)}</h2>"]
    shown = 0
    for official, groups in grouped:
        count = sum(len(g.items) for g in groups)
        head = f"{official}: {count} statement{'s' if count != 1 else ''} in " \
               f"{len(groups)} stor{'ies' if len(groups) != 1 else 'y'}"
        text.extend([head, "-" * min(len(head), 60)])
        parts.append(f"<h3>{_h(head)}</h3><ul>")
        for group in groups:
            shown += 1
            if shown > DIGEST_GROUPS_MAX:
                continue
            first = group.first
            more = len(group.items) - 1
            tail = f" (+{more} more)" if more else ""
            text.append(
                f"* {_quote(first.kind, clean_text(first.content, DIGEST_QUOTE_MAX))}{tail}\n"
                f"  {clean_line(first.outlet) or '-'}, {format_time(first.time, tz)}, "
                f"{group.outlets} outlet{'s' if group.outlets != 1 else ''}: "
                f"{safe_url(first.link) or '(no web link)'}"
            )
            parts.append(
                f"<li>{_h(_quote(first.kind, clean_text(first.content, DIGEST_QUOTE_MAX)))}"
                f"{_h(tail)}<br>"
                f"<small>{_html_link(first.link, clean_line(first.outlet) or 'link')}, "
                f"{_h(format_time(first.time, tz))}, {group.outlets} outlet"
                f"{'s' if group.outlets != 1 else ''}</small></li>"
            )
        text.append("")
        parts.append("</ul>")
    if shown > DIGEST_GROUPS_MAX:
        note = f"... and {shown - DIGEST_GROUPS_MAX} more stories not listed."
        text.append(note)
        parts.append(f"<p>{_h(note)}</p>")
    for burst in bursts:
        text.append(_burst_line(burst))
        parts.append(f"<p>{_h(_burst_line(burst))}</p>")
    return EmailContent(subject, "\n".join(text) + "\n", _html_page("".join(parts)))


# --- Slack -------------------------------------------------------------------------------------


def slack_escape(value: str) -> str:
    """Escape ``&``, ``<``, ``>`` as Slack requires: mentions and links become plain text."""
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_link(url: str | None, label: str) -> str:
    """``<url|label>`` for an http(s) URL; otherwise just the escaped label."""
    link = safe_url(url)
    label = slack_escape(label).replace("|", "¦")
    if link is None:
        return label
    link = slack_escape(link).replace("|", "%7C")
    return f"<{link}|{label}>"


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _cut(text, SLACK_TEXT_MAX)}}


def _context(text: str) -> dict[str, Any]:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _cut(text, SLACK_TEXT_MAX)}]}


def _slack_item(
    item: AlertItem, limit: int = QUOTE_MAX, tz: str = "UTC"
) -> list[dict[str, Any]]:
    e = slack_escape
    quote = "\n".join("> " + e(line) for line in clean_text(item.content, limit).split("\n"))
    head = f"*{e(_name(item))}* ({e(_kind_label(item.kind))})"
    extra = [f"speaker as written: {e(clean_line(item.speaker) or '-')}"]
    if item.story_id is not None:
        extra.append(f"story {item.story_id}")
    if item.topics:
        extra.append("topics " + e(", ".join(clean_line(t, 60) for t in item.topics)))
    extra.append(f"confidence {item.confidence:.2f}")
    return [
        _section(f"{head}\n{quote}"),
        _context(
            f"First reported by {slack_link(item.link, clean_line(item.outlet) or 'link')} at "
            f"{reported_at(item, tz)} · outlets so far: {item.outlets_count} · "
            + " · ".join(extra)
        ),
    ]


def render_slack(
    alerts: Sequence[Alert], *, digest: str | None = None, tz: str = "UTC"
) -> dict[str, Any]:
    """The webhook JSON body for ``alerts``: Block Kit, no unfurling, every string escaped."""
    items, bursts = _split(alerts)
    blocks: list[dict[str, Any]] = []
    if digest is None and len(alerts) == 1 and items:
        item = items[0]
        fallback = f"{_name(item)}: {_quote(item.kind, clean_line(item.content, SUBJECT_MAX))}"
        blocks = _slack_item(item, tz=tz)
    elif digest is None and len(alerts) == 1:
        burst = bursts[0]
        fallback = _burst_line(burst)
        blocks = [_section(f"*{slack_escape(fallback)}*")]
        for item in burst.sample:
            blocks.extend(_slack_item(item, DIGEST_QUOTE_MAX, tz))
    else:
        grouped = group_items(items)
        total = len(items) + sum(b.count for b in bursts)
        fallback = (
            f"{(digest or 'digest').capitalize()} digest: {total} statement"
            f"{'s' if total != 1 else ''} by {len(grouped)} official"
            f"{'s' if len(grouped) != 1 else ''}"
        )
        blocks = [_section(f"*{slack_escape(fallback)}*")]
        for official, groups in grouped:
            count = sum(len(g.items) for g in groups)
            lines = [
                f"*{slack_escape(official)}*: {count} statement{'s' if count != 1 else ''} in "
                f"{len(groups)} stor{'ies' if len(groups) != 1 else 'y'}"
            ]
            for group in groups[:DIGEST_GROUPS_MAX]:
                first = group.first
                more = f" (+{len(group.items) - 1} more)" if len(group.items) > 1 else ""
                link = slack_link(first.link, clean_line(first.outlet) or "link")
                lines.append(
                    "• "
                    + slack_escape(_quote(first.kind, clean_line(first.content, DIGEST_QUOTE_MAX)))
                    + f"{more} "
                    f"({link}, {group.outlets} outlet{'s' if group.outlets != 1 else ''})"
                )
            blocks.append(_section("\n".join(lines)))
        for burst in bursts:
            blocks.append(_section(slack_escape(_burst_line(burst))))
    if len(blocks) > SLACK_BLOCKS_MAX:
        blocks = [*blocks[: SLACK_BLOCKS_MAX - 1], _context("… more not shown")]
    return {
        "text": slack_escape(clean_line(fallback, SUBJECT_MAX)),
        "blocks": blocks,
        "unfurl_links": False,
        "unfurl_media": False,
    }
