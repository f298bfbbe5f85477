"""Collecting: run, fetch, ingest, feeds, articles, status, db."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from monitor.cli.context import AppContext
from monitor.cli.output import emit, format_option
from monitor.errors import ConfigError

pass_app = click.make_pass_decorator(AppContext)


def _now() -> datetime:
    return datetime.now(UTC)


def _since(value: str | None) -> datetime | None:
    if value is None:
        return None
    from monitor.normalize import parse_since

    try:
        return parse_since(value, _now())
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--since") from None


def _setup_logging(app: AppContext) -> None:
    from monitor.logs import configure_logging

    level = app.settings.logging.level
    if app.verbosity == 1:
        level = "INFO"
    elif app.verbosity >= 2:
        level = "DEBUG"
    configure_logging(level, app.settings.logging.format)


def _migrated(app: AppContext) -> None:
    from monitor.storage import migrate

    migrate.upgrade_if_behind(app.engine())


# --- run ---------------------------------------------------------------------------------------


@click.command()
@click.option("--once", is_flag=True, help="One pass over the due feeds, then exit "
              "(exit code 1 when a feed failed).")
@click.option("--no-migrate", is_flag=True, help="Do not apply pending migrations at start.")
@pass_app
def run(app: AppContext, once: bool, no_migrate: bool) -> None:
    """Run the daemon: poll due feeds on schedule until SIGTERM/SIGINT.

    \b
    Example:
      monitor run                 # the daemon, on ./config and ./data/monitor.db
      monitor run --once          # one pass (cron-style), exit code says if feeds failed
    """
    _setup_logging(app)
    if once:
        from monitor.storage import quickpass

        if quickpass.nothing_due(app.settings, _now()):  # cron's usual pass: no ORM, no fetcher
            quickpass.record_heartbeat(app.settings, _now())
            click.echo("0 feeds polled, 0 new articles, 0 failed (nothing due)")
            return

    migrate_db = False if no_migrate else None
    if once:
        from monitor.daemon import poll_once

        report = poll_once(app.settings, migrate_db=migrate_db)
        for feed in report.feeds:
            mark = "!" if feed.outcome == "error" else " "
            click.echo(f"{mark} {feed.feed}: {feed.outcome}, {feed.new_articles} new"
                       + (f" ({feed.error})" if feed.error and feed.outcome == "error" else ""))
        click.echo(f"{len(report.feeds)} feeds polled, {report.new_articles} new articles, "
                   f"{report.failures} failed")
        if report.tick_error is not None:
            click.echo(f"error: the pass failed: {report.tick_error}", err=True)
        sys.exit(1 if report.failures or report.tick_error is not None else 0)
    from monitor.daemon import build_daemon

    build_daemon(app.settings, migrate_db=migrate_db).run()


# --- fetch -------------------------------------------------------------------------------------


@click.command()
@click.argument("feed")
@click.option("--all-topics", is_flag=True, help="Keep every article, whatever the topics.")
@pass_app
def fetch(app: AppContext, feed: str, all_topics: bool) -> None:
    """Fetch one feed now (a configured name or URL, or any feed URL) and store what is new.

    \b
    Example:
      monitor fetch "BBC News: Europe"
      monitor fetch https://meduza.io/rss/en/all
    """
    from monitor.config import FeedConfig
    from monitor.pipeline import Pipeline
    from monitor.storage import feeds as feed_store
    from monitor.storage.engine import transaction

    _setup_logging(app)
    _migrated(app)
    sessions = app.sessions()
    pipeline = Pipeline(app.settings, sessions, all_topics=all_topics, owner="cli-fetch")
    pipeline.sync_feeds()
    with transaction(sessions) as session:
        row = feed_store.find_feed(session, feed)
        if row is None:
            if not feed.startswith(("http://", "https://")):
                raise click.ClickException(f"no feed named {feed!r} (and it is not a URL); "
                                           "see `monitor feeds list`")
            host = urlsplit(feed).hostname or feed
            feed_store.upsert_feed(session, FeedConfig(name=feed, url=feed, outlet=host),
                                   _now(), enable=True)
            row = feed_store.find_feed(session, feed)
        assert row is not None
        row.lease_owner, row.lease_until = None, None
        ref = feed_store.feed_ref(row)
    with pipeline:
        report = pipeline.fetch_and_process([ref])
    for item in report.feeds:
        click.echo(f"{item.feed}: {item.outcome}, {item.items} items, {item.new_articles} new"
                   + (f" ({item.error})" if item.error else ""))
    sys.exit(1 if report.failures else 0)


# --- ingest ------------------------------------------------------------------------------------

# A batch of ingested articles is stored once its text reaches this many characters, whatever
# its count: 200 records of 1 MB each would otherwise hold 200 MB of text, and several copies of
# it in the stages, at once (issue 9: peak memory stays under 300 MB).
BATCH_TEXT_CHARS = 8_000_000


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--all-topics", is_flag=True, help="Keep every article, whatever the topics.")
@click.option("--source", help="Outlet name for feed files (default: the feed's title).")
@pass_app
def ingest(app: AppContext, paths: tuple[str, ...], all_topics: bool, source: str | None) -> None:
    """Backfill from local feed files (RSS/Atom) or JSONL archives; `-` reads stdin.

    A JSONL archive has one object a line: url, title, text or html, published, source.
    Broken lines are reported and skipped; the exit code is 1 when an input could not be
    read at all (missing, a folder, not a feed nor JSONL).

    \b
    Example:
      monitor ingest archive.jsonl feeds/*.xml
      zcat dump.jsonl.gz | monitor ingest - --all-topics
    """
    from monitor import ingest as reader
    from monitor.pipeline import Pipeline
    from monitor.storage.engine import transaction
    from monitor.types import Article

    _setup_logging(app)
    _migrated(app)
    sessions = app.sessions()
    pipeline = Pipeline(app.settings, sessions, all_topics=all_topics, owner="cli-ingest")
    click.get_current_context().call_on_close(pipeline.close)  # the extraction workers
    problems: list[reader.IngestProblem] = []
    unreadable: list[str] = []  # files that gave nothing: the exit code says so
    totals = {"read": 0, "kept": 0, "new": 0, "updated": 0, "stage_failures": 0}
    batch_size = 200  # articles per transaction: bounded memory, few commits
    limits = app.settings.articles
    now = _now()
    click.echo(f"ingest: items are stored in published-time order within each batch of "
               f"{batch_size}; reports count them on the day they were published", err=True)

    def flush(batch: list[Article]) -> None:
        if not batch:
            return
        # news order: the earliest published first, so that a back-fill in any order gives
        # each story and statement its first report the same way (event time, issue 11)
        batch.sort(key=lambda a: a.published_at or now)
        with transaction(sessions) as session:
            # a back-fill is a backlog, like a new feed's first fetch: recorded, not alerted
            result = pipeline.store(session, None, batch, now=_now(), first_fetch=True)
        totals["read"] += result.items
        totals["kept"] += result.kept
        totals["new"] += len(result.new)
        totals["updated"] += result.updated
        totals["stage_failures"] += len(result.stage_failures)
        for failure in result.stage_failures:  # the article is stored; say what failed on it
            click.echo(f"warning: article {failure.article_id}: stage {failure.stage} failed: "
                       f"{failure.message}", err=True)
        batch.clear()

    for name in paths:
        try:
            # closed by the `with handle` below; stdin is not ours to open
            handle = sys.stdin.buffer if name == "-" else Path(name).open("rb")  # noqa: SIM115
        except OSError as exc:
            problems.append(reader.IngestProblem(name, f"cannot open: {exc.strerror}"))
            unreadable.append(name)
            continue
        if not hasattr(handle, "peek"):  # a plain byte stream (tests): buffer it to peek
            handle = io.BufferedReader(handle)
        with handle:
            head = handle.peek(64)[:64]
            batch: list[Article] = []
            batch_chars = 0
            if reader.looks_like_jsonl(name, head):
                size = Path(name).stat().st_size if name != "-" else 0
                progress = _Progress(f"ingest {name}", size)
                for article in reader.read_jsonl(
                        handle, name=name, default_source=Path(name).stem, now=_now(),
                        problems=problems, max_record_bytes=limits.max_record_bytes,
                        max_text_chars=limits.max_text_chars):
                    batch.append(article)
                    batch_chars += len(article.text)
                    if len(batch) >= batch_size or batch_chars >= BATCH_TEXT_CHARS:
                        batch_chars = 0
                        flush(batch)
                        progress.update(handle.tell() if size else 0, totals["read"])
                flush(batch)
                progress.done(totals["read"])
            else:
                before = len(problems)
                articles = reader.read_feed_file(handle.read(), name=name, source=source,
                                                 now=_now(), problems=problems,
                                                 max_text_chars=limits.max_text_chars)
                if not articles and len(problems) > before:  # not a feed at all
                    unreadable.append(name)
                for start in range(0, len(articles), batch_size):
                    flush(articles[start:start + batch_size])
    for problem in problems:
        click.echo(f"warning: {problem.where}: {problem.problem}", err=True)
    click.echo(f"{totals['read']} read, {totals['kept']} kept by topics, {totals['new']} new, "
               f"{totals['updated']} updated, {len(problems)} problems"
               + (f", {totals['stage_failures']} stage failures (see `monitor report "
                  "stage-failures`)" if totals["stage_failures"] else ""))
    if unreadable:
        raise click.ClickException(f"could not read {len(unreadable)} of {len(paths)} inputs: "
                                   + ", ".join(unreadable))


# Without a terminal (a log, cron, a pipe) progress is a line per this many items read.
PROGRESS_EVERY = 10_000


class _Progress:
    """Progress on stderr: a bar on a terminal when the size is known, else a line per
    :data:`PROGRESS_EVERY` items."""

    def __init__(self, label: str, size: int) -> None:
        self.label, self.size = label, size
        self.bar = click.progressbar(length=size, label=label, file=sys.stderr,
                                     show_pos=False) if size and sys.stderr.isatty() else None
        if self.bar is not None:
            self.bar.__enter__()
        self.last = 0
        self.lines = 0

    def update(self, position: int, count: int) -> None:
        """``position`` bytes of the input read, ``count`` items so far."""
        if self.bar is not None:
            self.bar.update(position - self.last)
            self.last = position
        elif count // PROGRESS_EVERY > self.lines:
            self.lines = count // PROGRESS_EVERY
            click.echo(f"{self.label}: {count:,} items read", err=True)

    def done(self, count: int) -> None:
        if self.bar is not None:
            self.bar.update(self.size - self.last)
            self.bar.__exit__(None, None, None)
        click.echo(f"{self.label}: done, {count} articles read", err=True)


# --- feeds -------------------------------------------------------------------------------------


@click.group()
def feeds() -> None:
    """The feed list: list, add, remove, import, export (OPML)."""


@feeds.command("list")
@format_option("table", "json", "csv")
@click.option("--all", "include_disabled", is_flag=True, help="Include removed feeds.")
@pass_app
def feeds_list(app: AppContext, fmt: str, include_disabled: bool) -> None:
    """List feeds with their health.

    \b
    Example:
      monitor feeds list --format json
    """
    from monitor.storage import feeds as feed_store

    _migrated(app)
    _sync(app)
    with app.sessions()() as session:
        rows = [_feed_row(f) for f in feed_store.list_feeds(session,
                                                            include_disabled=include_disabled)]
    emit(rows, fmt, ["name", "outlet", "url", "last_success_at", "consecutive_failures",
                     "next_check_at", "last_error"])


def _feed_row(f: Any) -> dict[str, Any]:
    return {
        "name": f.name, "outlet": f.outlet, "url": f.url, "enabled": f.enabled,
        "tags": f.tags, "full_text": f.full_text, "interval_seconds": f.interval_seconds,
        "last_fetch_at": f.last_fetch_at, "last_success_at": f.last_success_at,
        "consecutive_failures": f.consecutive_failures, "last_error": f.last_error,
        "next_check_at": f.next_check_at,
    }


def _sync(app: AppContext) -> None:
    from monitor.storage import feeds as feed_store
    from monitor.storage.engine import transaction

    with transaction(app.sessions()) as session:
        feed_store.sync_feeds(session, app.settings.feeds, _now())


@feeds.command("add")
@click.argument("url")
@click.option("--name", help="Unique name (default: the URL).")
@click.option("--outlet", help="Outlet name (default: the host).")
@click.option("--interval", help="Poll interval, e.g. 15m (default: the global one).")
@click.option("--full-text", is_flag=True, help="Fetch each article's page for its full text.")
@click.option("--tag", "tags", multiple=True, help="A tag (repeatable).")
@pass_app
def feeds_add(app: AppContext, url: str, name: str | None, outlet: str | None,
              interval: str | None, full_text: bool, tags: tuple[str, ...]) -> None:
    """Add a feed to the database (feeds.toml is not rewritten).

    \b
    Example:
      monitor feeds add https://meduza.io/rss/en/all --outlet Meduza --tag ru-independent
    """
    from monitor.config import feed_from_table
    from monitor.storage import feeds as feed_store
    from monitor.storage.engine import transaction

    table: dict[str, Any] = {"url": url, "name": name or url,
                             "outlet": outlet or urlsplit(url).hostname or url,
                             "full_text": full_text, "tags": list(tags)}
    if interval:
        table["interval"] = interval
    try:
        cfg = feed_from_table(table, source="command line", where="feed")
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    _migrated(app)
    with transaction(app.sessions()) as session:
        added = feed_store.upsert_feed(session, cfg, _now(), enable=True)
    click.echo(f"{'added' if added else 'updated'} {cfg.name}")


@feeds.command("remove")
@click.argument("name_or_url")
@pass_app
def feeds_remove(app: AppContext, name_or_url: str) -> None:
    """Stop polling a feed; its articles stay. `feeds add` brings it back.

    \b
    Example:
      monitor feeds remove "BBC News: Europe"
    """
    from monitor.storage import feeds as feed_store
    from monitor.storage.engine import transaction

    _migrated(app)
    with transaction(app.sessions()) as session:
        if not feed_store.disable_feed(session, name_or_url):
            raise click.ClickException(f"no feed named {name_or_url!r}")
    click.echo(f"removed {name_or_url}")


@feeds.command("import")
@click.argument("opml_file", type=click.File("rb"))
@pass_app
def feeds_import(app: AppContext, opml_file: Any) -> None:
    """Add the feeds of an OPML file (categories become tags).

    \b
    Example:
      monitor feeds import subscriptions.opml
    """
    from monitor.config import feed_from_table
    from monitor.opml import import_opml
    from monitor.storage import feeds as feed_store
    from monitor.storage.engine import transaction

    try:
        entries = import_opml(opml_file.read())
    except ValueError as exc:
        raise click.ClickException(f"{opml_file.name}: {exc}") from None
    _migrated(app)
    added = skipped = 0
    with transaction(app.sessions()) as session:
        for index, entry in enumerate(entries):
            try:
                cfg = feed_from_table({"name": entry.name or entry.url, "url": entry.url,
                                       "outlet": entry.outlet or entry.name or entry.url,
                                       "tags": list(entry.tags)},
                                      source=opml_file.name, where=f"outline[{index}]")
            except ConfigError as exc:
                click.echo(f"skipped: {exc}", err=True)
                skipped += 1
                continue
            added += feed_store.upsert_feed(session, cfg, _now(), enable=True)
    click.echo(f"{added} added, {len(entries) - added - skipped} updated, {skipped} skipped")


@feeds.command("export")
@pass_app
def feeds_export(app: AppContext) -> None:
    """Print the feed list as OPML.

    \b
    Example:
      monitor feeds export > monitor-feeds.opml
    """
    from monitor.opml import OpmlFeed, export_opml
    from monitor.storage import feeds as feed_store

    _migrated(app)
    _sync(app)
    with app.sessions()() as session:
        rows = feed_store.list_feeds(session)
        entries = [OpmlFeed(name=f.name, url=f.url, outlet=f.outlet, tags=tuple(f.tags))
                   for f in rows]
    click.echo(export_opml(entries), nl=False)


# --- articles ----------------------------------------------------------------------------------


@click.group()
def articles() -> None:
    """Stored articles."""


@articles.command("list")
@click.option("--since", help="Only articles first seen since, e.g. 1d, 12h, 2026-01-31.")
@click.option("--topic", help="Only articles that matched this topic.")
@click.option("--source", help="Only articles of this outlet.")
@click.option("--limit", type=int, default=None, help="At most this many.")
@format_option("table", "json", "jsonl", "csv")
@pass_app
def articles_list(app: AppContext, since: str | None, topic: str | None, source: str | None,
                  limit: int | None, fmt: str) -> None:
    """List articles, newest first.

    \b
    Example:
      monitor articles list --since 1d --topic ukraine-peace --format json
    """
    from monitor.storage import articles as article_store

    _migrated(app)
    with app.sessions()() as session:
        rows = article_store.list_articles(session, since=_since(since), topic=topic,
                                           source=source, limit=limit)
        out = [{"id": r.id, "first_seen_at": r.first_seen_at, "published_at": r.published_at,
                "source": r.source, "title": r.title, "url": r.url, "topics": r.topics,
                "story_id": r.story_id} for r in rows]
    emit(out, fmt, ["id", "first_seen_at", "source", "title", "url"])


# --- status ------------------------------------------------------------------------------------

# `monitor status` counts the stage failures of the last day: recent enough to need a look
STAGE_FAILURE_WINDOW = timedelta(hours=24)
# this many failed ticks in a row make `monitor status` fail: one may be a passing lock or
# network blip, three in a row (minutes of nothing fetched) need a person
TICK_FAILURES_UNHEALTHY = 3


@click.command()
@format_option("table", "json")
@pass_app
def status(app: AppContext, fmt: str) -> None:
    """Feed health and the daemon's last tick; exit code 1 when the last tick is stale or
    the last 3 ticks failed (the daemon is alive but fetches nothing).

    Usable as a health check (e.g. Docker HEALTHCHECK, systemd, Kubernetes exec probe).

    \b
    Example:
      monitor status
    """
    from monitor.storage import failures as failure_store
    from monitor.storage import feeds as feed_store

    _migrated(app)
    now = _now()
    with app.sessions()() as session:
        rows = [_feed_row(f) for f in feed_store.list_feeds(session)]
        tick = feed_store.last_tick(session)
        tick_at = tick.last_tick_at if tick else None
        stage_failures = failure_store.count_since(session, now - STAGE_FAILURE_WINDOW)
        info = dict(tick.info or {}) if tick else {}
    for row in rows:
        row["due"] = row["next_check_at"] is not None and row["next_check_at"] <= now
    stale = tick_at is None or now - tick_at > timedelta(seconds=app.settings.daemon.stale_after)
    failed_ticks = int(info.get("consecutive_tick_failures") or 0)
    ticks_failing = failed_ticks >= TICK_FAILURES_UNHEALTHY
    if fmt == "json":
        import json

        click.echo(json.dumps({"last_tick_at": tick_at.isoformat() if tick_at else None,
                               "stale": stale, "failed_ticks": failed_ticks,
                               "tick_error": info.get("tick_error"),
                               "stage_failures_24h": stage_failures,
                               "feeds": rows}, default=str, indent=2))
    else:
        emit(rows, "table", ["name", "due", "last_success_at", "consecutive_failures",
                             "last_error"])
        failing = sum(1 for r in rows if r["consecutive_failures"])
        click.echo(f"\n{len(rows)} feeds, {failing} failing; last tick: "
                   + (tick_at.strftime("%Y-%m-%d %H:%M:%S UTC") if tick_at else "never")
                   + (" (STALE)" if stale else ""))
        if failed_ticks:
            click.echo(f"the last {failed_ticks} ticks failed"
                       + (" (UNHEALTHY)" if ticks_failing else "")
                       + f": {info.get('tick_error') or 'unknown error'}")
        if stage_failures:
            click.echo(f"{stage_failures} article stage failures in the last 24 h "
                       "(articles kept; see `monitor report stage-failures`)")
    sys.exit(1 if stale or ticks_failing else 0)


# --- db ----------------------------------------------------------------------------------------


@click.group()
def db() -> None:
    """Database schema: upgrade, downgrade, current, check."""


@db.command("upgrade")
@click.argument("revision", default="head")
@pass_app
def db_upgrade(app: AppContext, revision: str) -> None:
    """Apply migrations up to REVISION (default: head).

    \b
    Example:
      monitor --db postgresql://monitor@db/monitor db upgrade
    """
    from monitor.storage import migrate
    from monitor.storage.engine import redact_url

    migrate.upgrade(app.engine(), revision)
    click.echo(f"{redact_url(app.settings.database_url)} at {migrate.current(app.engine())}")


@db.command("downgrade")
@click.argument("revision")
@pass_app
def db_downgrade(app: AppContext, revision: str) -> None:
    """Revert migrations down to REVISION (`base` empties the database).

    \b
    Example:
      monitor db downgrade 0004
    """
    from monitor.storage import migrate

    migrate.downgrade(app.engine(), revision)
    click.echo(f"at {migrate.current(app.engine())}")


@db.command("current")
@pass_app
def db_current(app: AppContext) -> None:
    """Print the database's revision.

    \b
    Example:
      monitor db current
    """
    from monitor.storage import migrate

    click.echo(migrate.current(app.engine()) or "empty (no migrations applied)")


@db.command("check")
@pass_app
def db_check(app: AppContext) -> None:
    """Fail when the models and the migrations disagree (`alembic check`).

    \b
    Example:
      monitor db check
    """
    from monitor.cli.errors import explain
    from monitor.storage import migrate

    try:
        migrate.check(app.engine())
    except Exception as exc:  # unreachable, not migrated: say that, not "drift"
        if isinstance(exc, ConfigError) or explain(exc, app.database_url_or_none()):
            raise
        if "not up to date" in str(exc):  # alembic's words for a database behind head
            raise click.ClickException("the database is not at the latest migration: run "
                                       "`monitor db upgrade`, then check again") from None
        raise click.ClickException(f"schema drift: {exc}") from None
    click.echo("models and migrations agree")


COMMANDS: list[click.Command] = [run, fetch, ingest, feeds, articles, status, db]
