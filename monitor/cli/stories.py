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


REWRITE_WHY = "rewrite: the same event in other words (score: similarity to the story)"


def _relation(article: Any, canonical_id: int | None) -> str:
    """canonical, copy, rewrite or same story: how the article joined its story."""
    if article.id == canonical_id:
        return "canonical"
    if article.copy_of:
        return "copy"
    if article.relation == "rewrite":
        return "rewrite"
    return "same story"


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
    published and first-seen times, how it joined (canonical, copy, same story or rewrite)
    with the score that put it there (a copy's containment in its best match, a rewrite's
    similarity to the story), and its similarity to the first.

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
        splits = store.splits(story.story_id) if story is not None else []
    if story is None:
        raise click.ClickException(f"no story {story_id}")
    rows = []
    for a in story.articles:
        relation = _relation(a, story.canonical_article_id)
        rows.append({
            "id": a.id,
            "event_at": a.time,
            "first_seen_at": a.first_seen_at,
            "source": a.source,
            "relation": relation,
            "score": round(a.score, 3) if a.score is not None and relation != "canonical"
            else None,
            "body": round(a.similarity.body, 2) if a.similarity else None,
            "title_sim": round(a.similarity.title) if a.similarity else None,
            "lead_sim": round(a.similarity.lead) if a.similarity else None,
            "why": REWRITE_WHY if relation == "rewrite"
            else (a.similarity.reason if a.similarity else None),
            "url": a.url,
            "title": a.title,
        })
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
        out["splits"] = [
            {"story_id": cut, "new_story_id": new, "by_article_id": by,
             "split_at": when.isoformat(), "members": moved}
            for cut, new, by, when, moved in splits
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
    for cut, new, by_article, when, moved in splits:
        what = (f"split: {len(moved)} articles left for story {new}" if cut == story.story_id
                else f"split off story {cut} ({len(moved)} articles)")
        click.echo(f"{what} at {when:%m-%d %H:%M} (shown by article {by_article})")
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
            "score",
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
    again, in event-time order, against the index of older articles still in the window, with
    the current thresholds: the copy rules and, with `[stories] rewrites = true`, the rewrite
    layer (whose index and story centroids are rebuilt for them too).

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
    params = app.settings.stories.rewrite_params()
    with transaction(app.sessions()) as session:
        count = StoryStore(session, _window(app), params=params).rebuild(start, now=_now())
    layer = "copies and rewrites" if params.enabled else "copies only ([stories] rewrites off)"
    click.echo(f"{count} articles assigned again ({layer})")


COMMANDS: list[click.Command] = [stories]
