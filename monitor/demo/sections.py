"""Demo sections for the later stages: stories, statements (new and sightings), alerts sent.

Each section is ``(result, printer) -> None`` and reads what the demo's pipeline stored.
"""

from __future__ import annotations

import json
import textwrap
from datetime import timedelta

from monitor.demo.run import DemoResult, Printer
from monitor.storage.statements import list_statements, sightings_of
from monitor.storage.stories import StoryStore, StorySummary

STATEMENTS_SHOWN = 12  # enough to see every kind and official; the rest are counted
QUOTE_CHARS = 150  # statement text shown per line before it is cut
ALERTS_SHOWN = 6  # messages of each channel printed in full; the rest are counted


def section_stories(result: DemoResult, p: Printer) -> None:
    """Stories with two or more articles: the outlets that carried them, who was first."""
    with result.sessions() as session:
        store = StoryStore(session)
        stories = store.list_stories(result.now - timedelta(days=3), limit=200)
    grouped = [s for s in stories if len(s.articles) > 1]
    p.heading(f"Stories: {len(stories)} from {len(result.kept)} articles "
              f"({len(grouped)} carried by more than one outlet)")
    p.line("Copies and rewrites (one event in other words, with their similarity to the "
           "story)")
    p.line("grouped; same-topic news kept apart:")
    for story in sorted(grouped, key=lambda s: s.first_seen_at):
        p.line(f"#{story.story_id}  {p.safe(story.title)}", 2)
        for outlet, first_seen in story.outlets:
            first = " (first)" if (outlet, first_seen) == story.outlets[0] else ""
            p.line(f"{first_seen:%a %H:%M}  {p.safe(outlet)}{first}{_tag(story, outlet)}", 6)


def _tag(story: StorySummary, outlet: str) -> str:
    """" copy" or " rewrite 0.49" when the outlet's article joined the story so."""
    for a in story.articles:
        if a.source != outlet:
            continue
        if a.copy_of:
            return " copy"
        if a.relation == "rewrite":
            return f" rewrite {a.score:.2f}" if a.score is not None else " rewrite"
    return ""


def section_statements(result: DemoResult, p: Printer) -> None:
    """Statements by tracked officials: new ones, and how often each was seen again."""
    with result.sessions() as session:
        rows = [r for r in list_statements(session, limit=500) if r.official_id]
        sightings = {r.id: sightings_of(session, r.id) for r in rows}
    repeated = [r for r in rows if r.sightings > 1]
    p.heading(f"Statements by tracked officials: {len(rows)} new, "
              f"{sum(r.sightings - 1 for r in rows)} repeats seen as sightings")
    p.line("Newest first; each is stored once, with the outlets that carried it:")
    for row in sorted(rows, key=lambda r: (-r.sightings, r.first_seen_at))[:STATEMENTS_SHOWN]:
        outlets = sorted({outlet for _, outlet, _ in sightings[row.id]})
        content = " ".join(row.content.split())
        if len(content) > QUOTE_CHARS:
            content = content[: QUOTE_CHARS - 1] + "…"
        p.line(f"{p.safe(row.speaker or row.official_id or '?')} ({row.kind}"
               f"{', cue: ' + p.safe(row.cue) if row.cue else ''}):", 2)
        for line in textwrap.wrap(p.safe(content), p.width - 6):
            p.line(line, 6)
        p.line(f"first: {p.safe(row.first_outlet)} {row.first_seen_at:%a %H:%M}; "
               f"seen {row.sightings}x in {len(outlets)} outlets", 6)
    if len(rows) > STATEMENTS_SHOWN:
        p.line(f"... and {len(rows) - STATEMENTS_SHOWN} more "
               f"(`monitor statements list` with --keep); {len(repeated)} were repeated.", 2)


def section_alerts(result: DemoResult, p: Printer) -> None:
    """What the local SMTP sink and webhook sink received."""
    if not result.alerts:
        return
    p.heading(f"Alerts sent: {len(result.emails)} emails (press-office), "
              f"{len(result.webhook_posts)} Slack messages (newsroom)")
    p.line("The first poll's backlog alerted nothing; only the second day's new statements:")
    p.line("Email sink received (subjects):")
    for mail in result.emails[:ALERTS_SHOWN]:
        p.line(f"{p.safe(str(mail.message['Subject']))}", 4)
    if len(result.emails) > ALERTS_SHOWN:
        p.line(f"... and {len(result.emails) - ALERTS_SHOWN} more", 4)
    p.line("Webhook sink received (first line of each message):")
    for post in result.webhook_posts[:ALERTS_SHOWN]:
        try:
            text = str(json.loads(post.body).get("text", ""))
        except (ValueError, AttributeError):
            text = post.body[:100].decode("utf-8", "replace")
        p.line(p.safe(text.splitlines()[0] if text else "(no text)"), 4)
    if len(result.webhook_posts) > ALERTS_SHOWN:
        p.line(f"... and {len(result.webhook_posts) - ALERTS_SHOWN} more", 4)
