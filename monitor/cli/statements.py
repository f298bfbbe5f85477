"""Commands of the statements area: ``monitor statements extract | list`` and
``monitor officials list | check``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from monitor.cli.context import AppContext
from monitor.cli.output import emit

if TYPE_CHECKING:
    from monitor.statements.officials import Registry

pass_app = click.make_pass_decorator(AppContext)

_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_EXTRACT_COLUMNS = ("document", "speaker", "resolution", "official", "kind", "cue", "content",
                    "start", "end")
_LIST_COLUMNS = ("id", "first_seen_at", "official", "speaker", "kind", "content",
                 "first_outlet", "sightings")


def _registry(app: AppContext, officials: str | None) -> Registry:
    """The registry from --officials, else the config folder's officials.toml, else the
    default shipped with monitor (when no config folder exists)."""
    from monitor.errors import ConfigError
    from monitor.statements.officials import default_registry, load_officials

    if officials:
        return load_officials(Path(officials))
    folder = Path(app.config_dir) if app.config_dir else Path("config")
    path = folder / "officials.toml"
    if path.is_file():
        return load_officials(path)
    if app.config_dir:
        raise ConfigError(str(path), None, "officials file not found")
    return default_registry()


def _is_html(path: str, text: str) -> bool:
    if Path(path).suffix.lower() in _HTML_SUFFIXES:
        return True
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html", "<body", "<p>", "<div", "<article"))


def _documents(paths: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    from monitor.normalize import html_to_text

    for path in paths:
        if path == "-":
            text = sys.stdin.read()
        else:
            try:
                text = Path(path).read_text(encoding="utf-8", errors="replace")
            except OSError as exc:
                raise click.FileError(path, hint=str(exc)) from None
        if _is_html(path, text):
            text = html_to_text(text)
        yield path, text


@click.group()
def statements() -> None:
    """Statements: who said what, resolved to tracked officials, and whether it is new."""


@statements.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "day", default=None, help="The texts' date (YYYY-MM-DD) for titles; "
              "default today.")
@click.option("--officials", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Officials file (default: officials.toml of the config folder).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl"]),
              default="table", show_default=True, help="Output format.")
@click.option("--parser", "parser_mode", type=click.Choice(["off", "auto", "on"]),
              default="off", show_default=True,
              help="The optional dependency parser for sentences the rules are unsure of "
              "(pip install -e '.[parser]').")
@pass_app
def extract(app: AppContext, paths: tuple[str, ...], day: str | None, officials: str | None,
            fmt: str, parser_mode: str) -> None:
    """Print every statement in text or HTML files (``-`` reads standard input).

    \b
    Example:
      monitor statements extract article.txt page.html --format jsonl
      curl -s URL | monitor statements extract - --format json
    """
    from monitor.statements import Extractor

    try:
        when = date.fromisoformat(day) if day else datetime.now(UTC).date()
    except ValueError:
        raise click.BadParameter(f"expected YYYY-MM-DD, got {day!r}", param_hint="--date") from None
    from monitor.statements.parser import ParserMissing

    try:  # loaded once for every file
        extractor = Extractor(_registry(app, officials), parser=parser_mode)
    except ParserMissing as exc:
        raise click.UsageError(str(exc)) from None

    def rows() -> Iterator[dict[str, Any]]:
        for path, text in _documents(paths):
            for s in extractor.extract(text, when):
                yield {"document": path, "speaker": s.speaker, "mention": s.mention,
                       "resolution": s.resolution, "official": s.official, "kind": s.kind,
                       "content": s.content,
                       "cue": s.cue, "start": s.start, "end": s.end,
                       "confidence": s.confidence}

    if fmt == "json":
        json.dump(list(rows()), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return
    emit(rows(), fmt, _EXTRACT_COLUMNS)


@statements.command("list")
@click.option("--official", default=None, help="Only this official (registry id).")
@click.option("--since", default="7d", show_default=True, help="Seen since (12h, 7d, ISO).")
@click.option("--new-only", is_flag=True, help="Only statements first seen since then.")
@click.option("--limit", default=100, show_default=True, help="At most this many statements.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Output format.")
@pass_app
def list_(app: AppContext, official: str | None, since: str, new_only: bool, limit: int,
          fmt: str) -> None:
    """List stored statements, newest first.

    \b
    Example:
      monitor statements list --official peskov --since 7d
      monitor statements list --since 1d --new-only --format json
    """
    from monitor.normalize import parse_since
    from monitor.storage.statements import list_statements

    try:
        cutoff = parse_since(since, datetime.now(UTC))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since") from None
    with app.sessions()() as session:
        found = list_statements(session, official=official, since=cutoff, new_only=new_only,
                                limit=limit)
    rows = [{"id": r.id, "first_seen_at": r.first_seen_at, "last_seen_at": r.last_seen_at,
             "official": r.official_id, "speaker": r.speaker, "kind": r.kind,
             "content": r.content, "cue": r.cue, "first_outlet": r.first_outlet,
             "first_url": r.first_url, "sightings": r.sightings,
             "confidence": r.confidence} for r in found]
    emit(rows, fmt, _LIST_COLUMNS)


@click.group()
def officials() -> None:
    """The officials registry (config/officials.toml)."""


@officials.command("list")
@click.option("--officials", "path", type=click.Path(dir_okay=False, exists=True),
              default=None, help="Officials file (default: the config folder's).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]),
              default="table", show_default=True, help="Output format.")
@pass_app
def officials_list(app: AppContext, path: str | None, fmt: str) -> None:
    """List the tracked officials with their aliases and current titles."""
    registry = _registry(app, path)
    today = datetime.now(UTC).date()
    rows = []
    for o in registry.officials:
        titles = [t for r in o.roles if r.valid_on(today) for t in r.titles]
        rows.append({"id": o.id, "name": o.name, "country": o.country,
                     "organisation": o.organisation, "gender": o.gender,
                     "aliases": list(o.aliases), "titles": titles})
    emit(rows, fmt, ("id", "name", "country", "organisation", "aliases"))


@officials.command("check")
@click.option("--officials", "path", type=click.Path(dir_okay=False, exists=True),
              default=None, help="Officials file (default: the config folder's).")
@pass_app
def officials_check(app: AppContext, path: str | None) -> None:
    """Validate the registry; report aliases (and titles) that name two officials.

    Exits with status 1 when something is ambiguous.
    """
    registry = _registry(app, path)
    problems = registry.ambiguities()
    for a in problems:
        click.echo(f"ambiguous {a.kind} {a.alias!r}: {', '.join(a.officials)}")
    click.echo(f"{len(registry)} officials, {len(problems)} ambiguous names")
    if problems:
        sys.exit(1)


COMMANDS: list[click.Command] = [statements, officials]
