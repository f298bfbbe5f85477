"""Commands of the reports area: ``monitor report``, ``monitor sql``, ``monitor search``."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import click

from monitor.cli.context import AppContext
from monitor.cli.output import emit, format_option

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from monitor.reports import ReportParams

pass_app = click.make_pass_decorator(AppContext)

OUTPUT_FORMATS = ("table", "csv", "json", "jsonl")


def _now() -> datetime:
    return datetime.now(UTC)


def _time(value: str | None, hint: str) -> datetime | None:
    if value is None:
        return None
    from monitor.normalize import parse_since

    try:
        return parse_since(value, _now())
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint=hint) from None


def _require_head(app: AppContext) -> None:
    """Refuse to run on a database whose schema is behind (the views would be missing).

    Reports never migrate: they may run with a read-only role that cannot.
    """
    from alembic.script import ScriptDirectory

    from monitor.storage import migrate

    engine = app.engine()
    head = ScriptDirectory.from_config(
        migrate.alembic_config(engine.url.render_as_string(hide_password=False))
    ).get_current_head()
    current = migrate.current(engine)
    if current != head:
        raise click.ClickException(
            f"the database is at revision {current or 'none'}, reports need {head}: "
            "run `monitor db upgrade`"
        )


def _list_reports() -> None:
    from monitor.reports import REPORTS

    width = max(len(n) for n in REPORTS)
    for report in REPORTS.values():
        options = " ".join(f"--{o}" for o in sorted(report.options)) or "(no options)"
        click.echo(f"{report.name.ljust(width)}  {report.description}")
        click.echo(f"{''.ljust(width)}  options: {options}")


@click.command("report")
@click.argument("name", required=False)
@click.option("--list", "list_", is_flag=True, help="Describe the reports and exit.")
@click.option("--since", help="From this time (12h, 7d, 2026-11-20); default per report.")
@click.option("--until", help="Before this time (same forms as --since).")
@click.option("--official", help="An official's id (official, new-statements).")
@click.option("--topic", help="A topic name (top-stories, first-reporters, outlets, coverage).")
@click.option("--by", type=click.Choice(["outlet", "topic"]), default=None,
              help="coverage: one series per outlet (default) or per topic.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@click.option("--time", "time_basis", type=click.Choice(["event", "seen"]), default=None,
              help="Count time as when the news happened (event: published time, the "
                   "default) or when monitor first saw it (seen).")
@click.option("--plot", type=click.Path(dir_okay=False, path_type=Path),
              help="coverage, official: also draw a PNG to this file.")
@click.option("--show-sql", is_flag=True, help="Print the report's SQL instead of running it.")
@format_option(*OUTPUT_FORMATS)
@pass_app
def report(app: AppContext, name: str | None, list_: bool, since: str | None,
           until: str | None, official: str | None, topic: str | None, by: str | None,
           limit: int | None, time_basis: str | None, plot: Path | None, show_sql: bool,
           fmt: str) -> None:
    """Run a named report over the reporting views (see `monitor report --list`).

    \b
    Examples:
      monitor report --list
      monitor report new-statements                      # today's, UTC
      monitor report top-stories --since 3d --format json
      monitor report official --official zelensky --plot zelensky.png
      monitor report coverage --by topic --since 30d --plot coverage.png
      monitor report outlets --since 2026-11-01 --until 2026-12-01 --format csv
      monitor report coverage --time seen     # by the day monitor stored each article
    """
    from monitor.reports import REPORTS, ReportParams, check_options, report_sql, run_report

    if list_ or name is None:
        _list_reports()
        return
    if name not in REPORTS:
        raise click.BadParameter(f"no report {name!r}; one of: {', '.join(REPORTS)}",
                                 param_hint="NAME")
    chosen = REPORTS[name]
    given = {o for o, v in (("since", since), ("until", until), ("official", official),
                            ("topic", topic), ("by", by), ("limit", limit), ("plot", plot),
                            ("time", time_basis))
             if v is not None}
    try:
        check_options(chosen, given)
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    params = ReportParams(since=_time(since, "--since"), until=_time(until, "--until"),
                          official=official, topic=topic, by=by or "outlet", limit=limit,
                          time=time_basis or "event")
    if show_sql:
        click.echo(report_sql(name, app.engine().dialect.name, params))
        return
    _require_head(app)
    with app.engine().connect() as conn:
        columns, rows = run_report(conn, name, params, _now())
        if plot is None:
            emit(rows, fmt, columns)
            return
        kept = list(rows)
        _draw(conn, name, params, kept, plot)  # first: a closed pipe (| head) must not stop it
        click.echo(f"plot written to {plot}", err=True)
        emit(kept, fmt, columns)


def _draw(conn: Connection, name: str, params: ReportParams, rows: list[dict[str, Any]],
          path: Path) -> None:
    """Draw the ``--plot`` of ``coverage`` (the rows shown) or ``official`` (per-day data)."""
    from datetime import date

    from monitor.plots import plot_daily
    from monitor.reports import (
        REPORTS,
        ReportParams,
        daily_series,
        execute,
        official_daily,
        resolve_since,
    )

    since = resolve_since(REPORTS[name], params.since, _now())
    first = since.date() if since is not None else None
    last: date | None = (params.until or _now()).date()
    if name == "coverage":
        series = daily_series(iter(rows), params.by, "articles")
        label = "topic" if params.by == "topic" else "outlet"
        title = f"Articles per day per {label}" + (f" ({params.topic})" if params.topic else "")
        plot_daily(series, path, title=title, ylabel="articles", first=first, last=last)
        return
    query = official_daily(ReportParams(since=since, until=params.until,
                                        official=params.official, time=params.time))
    daily = list(execute(conn, query))
    series = {
        "new statements": {str(r["day"]): int(r["new_statements"]) for r in daily},
        "sightings": {str(r["day"]): int(r["sightings"]) for r in daily},
    }
    if first is None and daily:
        first = date.fromisoformat(str(daily[0]["day"]))
    plot_daily(series, path, title=f"Statements per day: {params.official}",
               ylabel="statements", first=first, last=last)


@click.command("sql")
@click.argument("statement")
@format_option(*OUTPUT_FORMATS)
@pass_app
def sql(app: AppContext, statement: str, fmt: str) -> None:
    """Run one read-only SQL statement (SELECT, WITH, VALUES, EXPLAIN, ...) and print rows.

    The connection cannot write: SQLite is opened read-only with query_only on; PostgreSQL
    runs a READ ONLY transaction. Writes, DDL, ATTACH, SET and several statements at once are
    refused. Give `-` to read the statement from standard input. See docs/schema.md.

    \b
    Examples:
      monitor sql "SELECT outlet, day, articles FROM v_outlet_daily ORDER BY day DESC LIMIT 20"
      monitor sql "SELECT * FROM v_statements WHERE official_id = 'zelensky'" --format csv
      echo "SELECT count(*) FROM articles" | monitor sql - --format json
    """
    from monitor.reports import run_readonly_sql

    if statement == "-":
        statement = sys.stdin.read()
    with run_readonly_sql(app.settings.database_url, statement) as result:
        emit(result.dicts(), fmt, result.columns)


@click.command("search")
@click.argument("query")
@click.option("--since", help="Only first seen since (12h, 7d, ISO date).")
@click.option("--kind", type=click.Choice(["all", "articles", "statements"]), default="all",
              show_default=True, help="Search articles, statements, or both.")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True,
              help="At most this many hits of each kind.")
@format_option(*OUTPUT_FORMATS)
@pass_app
def search(app: AppContext, query: str, since: str | None, kind: str, limit: int,
           fmt: str) -> None:
    """Full-text search over articles (title, summary, text) and statements.

    Every word must occur (case-insensitive, whole words, no stemming); end a word with `*`
    for a prefix. Newest first.

    \b
    Examples:
      monitor search "grain corridor"
      monitor search "sanction*" --since 7d --kind statements --format json
    """
    from monitor.storage.search import COLUMNS, Kind
    from monitor.storage.search import search as run_search

    _require_head(app)
    since_at = _time(since, "--since")
    with app.engine().connect() as conn:
        try:
            rows = run_search(conn, query, since=since_at, kind=cast(Kind, kind), limit=limit)
            emit(rows, fmt, COLUMNS)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="QUERY") from None


COMMANDS: list[click.Command] = [report, sql, search]
