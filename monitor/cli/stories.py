"""Commands of the stories area: ``monitor stories list | show | rebuild``."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

import click

from monitor.cli.context import AppContext
from monitor.cli.output import emit

pass_app = click.make_pass_decorator(AppContext)


def _now() -> datetime:
    return datetime.now(UTC)


def _since(value: str) -> datetime:
    from monitor.normalize import parse_since

    try:
        return parse_since(value, _now())
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since") from None


def _window(app: AppContext) -> timedelta:
    return timedelta(seconds=float(app.settings.stories.window))


@click.group()
def stories() -> None:
    """Stories: the same news across outlets, with its near-identical copies."""


@stories.command("list")
@click.option("--since", default="1d", show_default=True,
              help="Stories that began since (12h, 1d, ISO).")
@click.option("--limit", default=100, show_default=True, help="At most this many stories.")
@click.option("--min-articles", default=1, show_default=True, help="Only stories this big.")
@click.option("--min-outlets", default=1, show_default=True,
              help="Only stories carried by at least this many outlets.")
@click.option("--time", "time_basis", type=click.Choice(["event", "seen"]), default="event",
              show_default=True, help="A story's time: its first article's published time "
              "(event) or when monitor first saw it (seen).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@pass_app
def list_(app: AppContext, since: str, limit: int, min_articles: int, min_outlets: int,
          time_basis: str, fmt: str) -> None:
    """List stories that began since a time (by event time: when the news happened), newest
    first.

    \b
    Example:
      monitor stories list --since 1d
      monitor stories list --since 12h --min-articles 2 --format json
      monitor stories list --since 1d --min-outlets 3   # what several outlets ran
    """
    from monitor.storage.engine import transaction
    from monitor.storage.stories import StoryStore

    with transaction(app.sessions()) as session:
        found = StoryStore(session, _window(app)).list_stories(
            _since(since), limit=limit, min_articles=min_articles, time=time_basis,
            min_outlets=min_outlets
        )
    if fmt == "json":
        json.dump([s.to_json() for s in found], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    rows: list[dict[str, Any]] = []
    for s in found:
        rows.append(
            {
                "story_id": s.story_id,
                "first_event_at": s.first_event_at or s.first_seen_at,
                "first_seen_at": s.first_seen_at,
                "articles": len(s.articles),
                "copies": sum(1 for a in s.articles if a.copy_of),
                "outlets": [o for o, _ in s.outlets],
                "title": s.title,
            }
        )
    first = "first_seen_at" if time_basis == "seen" else "first_event_at"
    emit(rows, fmt, ["story_id", first, "articles", "copies", "outlets", "title"])


@stories.command()
@click.argument("story_id", type=int)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@pass_app
def show(app: AppContext, story_id: int, fmt: str) -> None:
    """Show one story: outlets in the order they reported it (event time), each article's
    published and first-seen times and its similarity to the first.

    \b
    Example:
      monitor stories show 42
    """
    from monitor.storage.engine import transaction
    from monitor.storage.stories import StoryStore

    with transaction(app.sessions()) as session:
        store = StoryStore(session, _window(app))
        story = store.get_story(story_id)
        merges = store.merges(story.story_id) if story is not None else []
    if story is None:
        raise click.ClickException(f"no story {story_id}")
    rows = [
        {
            "id": a.id,
            "event_at": a.time,
            "first_seen_at": a.first_seen_at,
            "source": a.source,
            "relation": "canonical"
            if a.id == story.canonical_article_id
            else ("copy" if a.copy_of else "same story"),
            "body": round(a.similarity.body, 2) if a.similarity else None,
            "title_sim": round(a.similarity.title) if a.similarity else None,
            "lead_sim": round(a.similarity.lead) if a.similarity else None,
            "why": a.similarity.reason if a.similarity else None,
            "url": a.url,
            "title": a.title,
        }
        for a in story.articles
    ]
    if fmt == "json":
        out = story.to_json()
        out["outlets"] = [{"source": o, "first_event_at": t.isoformat()}
                          for o, t in story.outlets]
        out["articles"] = [
            {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in r.items()}
            | {"copy_of": a.copy_of}
            for r, a in zip(rows, story.articles, strict=True)
        ]
        out["merges"] = [
            {"absorbed_story_id": m[0], "by_article_id": m[1], "merged_at": m[2].isoformat()}
            for m in merges
        ]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    click.echo(f"story {story.story_id}: {story.title}")
    began = story.first_event_at or story.first_seen_at
    seen = f"{story.first_seen_at:%Y-%m-%d %H:%M}"
    click.echo(f"began {began:%Y-%m-%d %H:%M} UTC (first seen {seen}), {len(rows)} articles")
    click.echo("outlets: " + ", ".join(f"{o} ({t:%m-%d %H:%M})" for o, t in story.outlets))
    for absorbed, by_article, when in merges:
        click.echo(
            f"merged story {absorbed} at {when:%m-%d %H:%M} (bridged by article {by_article})"
        )
    click.echo("")
    emit(
        rows,
        "table",
        [
            "id",
            "event_at",
            "first_seen_at",
            "source",
            "relation",
            "body",
            "title_sim",
            "lead_sim",
            "why",
            "url",
        ],
    )


@stories.command()
@click.option("--since", required=True, help="Rebuild articles first seen since (1d, ISO).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_app
def rebuild(app: AppContext, since: str, yes: bool) -> None:
    """Decide stories and copies again for recent articles (after a threshold change).

    Articles first seen since the given time lose their story and copy links and are assigned
    again, in first-seen order, against the index of older articles still in the window.

    \b
    Example:
      monitor stories rebuild --since 3d --yes
    """
    from monitor.storage.engine import transaction
    from monitor.storage.stories import StoryStore

    start = _since(since)
    if not yes:
        click.confirm(
            f"Rebuild stories of articles first seen since {start:%Y-%m-%d %H:%M} UTC?", abort=True
        )
    with transaction(app.sessions()) as session:
        count = StoryStore(session, _window(app)).rebuild(start, now=_now())
    click.echo(f"{count} articles assigned again")


COMMANDS: list[click.Command] = [stories]
