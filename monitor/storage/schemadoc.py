"""Generate ``docs/schema.md``: tables (from the models' metadata), views, search, examples.

Run ``python -m monitor.storage.schemadoc > docs/schema.md`` after changing a model or a
view; ``tests/integration/test_schema_doc.py`` fails while the committed file differs.

Tables and columns come from :func:`monitor.storage.tables.load_all`: types, nullability,
keys, foreign keys with their ``ON DELETE``, indexes. Descriptions come from the model
classes' docstrings and from the comments beside each column in their source (``Column.comment``
wins when set). Views are described here, in :data:`VIEWS` (their SQL is in migrations 0005
and 0008);
a test checks that the columns listed here are the views' real columns on both databases.
"""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Column, ForeignKeyConstraint, Index, Table, UniqueConstraint
from sqlalchemy.dialects import postgresql
from sqlalchemy.types import TypeEngine

from monitor.storage.base import Base, UTCDateTime
from monitor.storage.tables import load_all

REGENERATE = "python -m monitor.storage.schemadoc > docs/schema.md"
MIN_COMMENT_WORDS = 3  # a one- or two-word comment above a column is a section heading


@dataclass(frozen=True)
class ViewDoc:
    """A reporting view: what one row is, and each column."""

    name: str
    description: str
    columns: tuple[tuple[str, str], ...]


DAY_EVENT = ("day", "UTC day the news happened (`articles.event_at`), ISO text `YYYY-MM-DD`")
DAY_SEEN = ("day", "UTC day monitor first saw it (`first_seen_at`), ISO text `YYYY-MM-DD`")


def _outlet_daily(name: str, day: tuple[str, str], basis: str) -> ViewDoc:
    return ViewDoc(name, f"Articles per outlet per UTC day ({basis}). Sum it freely.", (
        ("outlet", "outlet (`articles.source`)"), day,
        ("articles", "articles of that day"), ("stories", "distinct stories among them")))


def _coverage_daily(name: str, day: tuple[str, str], basis: str) -> ViewDoc:
    return ViewDoc(
        name, f"Articles per outlet, UTC day ({basis}) and topic. An article with two topics "
        "counts once under each, and one without topics has `topic` NULL: filter on one topic "
        "before summing, or use the outlet daily view for totals.", (
            ("outlet", "outlet (`articles.source`)"), day,
            ("topic", "a topic of `articles.topics` (config/topics.toml); NULL: none"),
            ("articles", "articles of that outlet, day and topic")))


def _official_daily(name: str, day: tuple[str, str], basis: str) -> ViewDoc:
    return ViewDoc(
        name, f"Per tracked official and UTC day ({basis}): new statements and sightings "
        "(articles carrying any of their statements that day, first ones included). Days with "
        "neither are absent.", (
            ("official_id", "tracked official's id"), day,
            ("new_statements", "statements first reported that day"),
            ("sightings", "articles of that day carrying one of their statements"),
            ("outlets", "distinct outlets among those sightings")))


EVENT_BASIS = "by event time: when the news happened, the default of reports"
SEEN_BASIS = "by first-seen time: when monitor stored it, `--time seen`"

VIEWS: dict[str, ViewDoc] = {
    v.name: v
    for v in (
        ViewDoc(
            "v_statements",
            "One row per distinct statement (tracked officials and other speakers), with "
            "its first report (the earliest sighting by event time) and how widely it was "
            "carried.",
            (
                ("statement_id", "`statements.id`"),
                ("official_id", "tracked official's id (config/officials.toml); NULL for "
                 "other speakers"),
                ("speaker", "speaker's name as attributed"),
                ("kind", "`direct` (quoted), `mixed` or `indirect` (reported speech)"),
                ("content", "what was said"),
                ("first_event_at", "when it was first reported: the published time of the "
                 "earliest article carrying it (UTC)"),
                ("first_seen_at", "when monitor first saw it (UTC); alerts go by this"),
                ("first_outlet", "outlet of the first report"),
                ("first_article_id", "`articles.id` of the first report"),
                ("first_url", "URL of the first report"),
                ("outlets", "number of distinct outlets carrying it (sightings)"),
                ("sightings", "number of articles carrying it, the first included"),
                ("last_event_at", "latest sighting by event time (UTC)"),
                ("last_seen_at", "latest sighting by first-seen time (UTC)"),
                ("story_id", "story of the first article, following story merges"),
                ("story_title", "that story's title"),
                ("confidence", "attribution confidence, 0..1"),
            ),
        ),
        ViewDoc(
            "v_story_outlets",
            "One row per (story, outlet): when that outlet first carried the story and its "
            "rank among the outlets (1 = first to report), by event and by first-seen time.",
            (
                ("story_id", "`stories.id`"),
                ("outlet", "outlet (`articles.source`)"),
                ("first_event_at", "the outlet's first article of the story, by event time "
                 "(UTC)"),
                ("first_seen_at", "the outlet's first article as monitor saw it (UTC)"),
                ("articles", "the outlet's articles in the story"),
                ("outlet_rank", "1 for the first outlet to report by event time, 2 for the "
                 "next, ... (ties broken by outlet name)"),
                ("outlet_rank_seen", "the same by first-seen time"),
            ),
        ),
        ViewDoc(
            "v_story_coverage",
            "One row per live story (merged-away stories are left out), from its articles.",
            (
                ("story_id", "`stories.id`"),
                ("title", "story title (its first article's headline)"),
                ("first_event_at", "first article by event time (UTC)"),
                ("last_event_at", "latest article by event time (UTC)"),
                ("first_seen_at", "first article as monitor saw it (UTC)"),
                ("last_seen_at", "latest article as monitor saw it (UTC)"),
                ("first_outlet", "outlet that reported it first (event time)"),
                ("first_outlet_seen", "outlet monitor saw it at first"),
                ("outlets", "distinct outlets carrying it"),
                ("articles", "articles in the story, copies included"),
                ("hours_first_to_last", "hours from first to last report, event time "
                 "(2 decimals)"),
                ("hours_first_to_last_seen", "the same by first-seen time"),
            ),
        ),
        _outlet_daily("v_outlet_daily", DAY_EVENT, EVENT_BASIS),
        _outlet_daily("v_outlet_daily_seen", DAY_SEEN, SEEN_BASIS),
        _coverage_daily("v_outlet_coverage_daily", DAY_EVENT, EVENT_BASIS),
        _coverage_daily("v_outlet_coverage_daily_seen", DAY_SEEN, SEEN_BASIS),
        _official_daily("v_official_activity_daily", DAY_EVENT, EVENT_BASIS),
        _official_daily("v_official_activity_daily_seen", DAY_SEEN, SEEN_BASIS),
        ViewDoc(
            "v_feed_health",
            "One row per feed with a status, worst first in `monitor report feed-health`: "
            "`disabled`; `never_fetched`; `failing` (3+ failures in a row); `erroring` (1-2); "
            "`quiet` (no new article for 7 days); `ok`. Windows are relative to now.",
            (
                ("feed_id", "`feeds.id`"),
                ("name", "feed name"),
                ("outlet", "outlet"),
                ("url", "feed URL"),
                ("enabled", "false once removed from feeds.toml (1/0 on SQLite)"),
                ("status", "see above"),
                ("consecutive_failures", "failed fetches in a row"),
                ("last_error_kind", "kind of the last error (timeout, http_503, ...)"),
                ("last_error", "last error message"),
                ("last_fetch_at", "last fetch attempt (UTC)"),
                ("last_success_at", "last successful fetch (UTC)"),
                ("last_new_item_at", "last fetch that brought a new article (UTC)"),
                ("next_check_at", "when the scheduler will fetch it next (UTC)"),
                ("hours_since_success", "hours since the last success; NULL if never"),
                ("interval_seconds", "effective poll interval (adaptive, else configured)"),
                ("fetch_count", "fetches ever made"),
                ("fetches_24h", "fetch attempts in the last 24 hours (`fetch_log`)"),
                ("errors_24h", "failed attempts in the last 24 hours"),
                ("articles_7d", "articles from this feed first seen in the last 7 days"),
            ),
        ),
    )
}


# Descriptions of columns whose model carries no comment, for analysts (the models' own
# comments and Column.comment win). Keyed "table.column".
COLUMN_NOTES: dict[str, str] = {
    "article_stage_failures.article_id": "the article the stage failed on (it stays stored)",
    "article_stage_failures.stage": "`stories` or `statements`: whose work for it is missing",
    "article_stage_failures.error_kind": "the exception's class, e.g. `AssertionError`",
    "article_stage_failures.message": "the error message, control characters escaped, cut "
                                      "at 500 characters",
    "article_stage_failures.failed_at": "when the stage failed (UTC)",
    "articles.id": "article id (`statements.first_article_id`, `statement_sightings.article_id`)",
    "articles.feed_id": "feed it came from; NULL for ingested files or a removed feed",
    "articles.url": "URL as the feed gave it",
    "articles.canonical_url": "URL without tracking parameters: one row per canonical URL",
    "articles.guid": "the feed's GUID for the item",
    "articles.title": "headline",
    "articles.truncated_from": "characters the source had when its text was cut to "
                               "`[articles] max_text_chars`; NULL: the text is whole",
    "articles.summary": "the feed's summary, as plain text",
    "articles.text": "full text (from the page when the feed has full_text), plain text",
    "articles.authors": "JSON list of bylines",
    "articles.published_at": "publication time claimed by the feed (UTC); may be NULL or wrong",
    "articles.first_seen_at": "when monitor first stored it (UTC): what is new to us, alerts",
    "articles.updated_at": "last time its content changed (UTC)",
    "articles.language": "language code from the feed, e.g. `en`, `uk`, `ru`",
    "articles.content_hash": "hash of title and text: changes when the article is edited",
    "articles.topics": "JSON list of matched topic names (config/topics.toml)",
    "articles.copy_of_id": "the first article of its group of near-identical copies",
    "feeds.name": "unique feed name (feeds.toml)",
    "feeds.url": "feed URL",
    "feeds.outlet": "outlet name; copied to `articles.source`",
    "feeds.tags": "JSON list of tags from feeds.toml",
    "feeds.enabled": "false once removed from feeds.toml (its rows stay)",
    "feeds.consecutive_failures": "failed fetches in a row; 0 after a success",
    "feeds.last_error_kind": "kind of the last error (timeout, http_503, blocked, ...)",
    "feeds.next_check_at": "when the scheduler will fetch it next (UTC)",
    "fetch_log.outcome": "ok | not_modified | unchanged | error",
    "fetch_log.status": "HTTP status, if any",
    "fetch_log.items": "items in the feed body",
    "fetch_log.new_articles": "articles new to the database",
    "statements.official_id": "tracked official's id (config/officials.toml); NULL: other speaker",
    "statements.speaker": "speaker's name as attributed",
    "statements.speaker_key": "official id or normalised speaker name: what novelty compares",
    "statements.mention": "how the article named the speaker",
    "statements.resolution": "how the speaker was reached from the mention: name, alias, "
    "pronoun, title, description or previous-speaker; NULL: stored before this was kept",
    "statements.content": "what was said",
    "statements.normalised": "content normalised for repeat detection",
    "statements.cue": "the reporting verb phrase (`said`, `told reporters`)",
    "statements.first_article_id": "article where it was first seen",
    "statements.first_outlet": "outlet where it was first seen",
    "statements.first_seen_at": "when monitor first saw it (UTC); alerts go by this",
    "statements.last_seen_at": "latest sighting (UTC)",
    "statements.confidence": "attribution confidence, 0..1",
    "statement_sightings.outlet": "outlet of the article",
    "statement_sightings.seen_at": "when that article was seen (UTC)",
    "statement_sightings.start": "character offset of the quote in the article text",
    "statement_sightings.end": "end offset of the quote",
    "stories.canonical_article_id": "the story's first article",
    "stories.title": "its first article's headline",
    "stories.first_seen_at": "first article (UTC)",
    "stories.last_seen_at": "latest article (UTC)",
    "stories.article_count": "articles in the story (0 once merged away)",
    "stories.merged_into_id": "set when merged into another story; articles moved there",
    "alert_outbox.channel": "alert channel name (monitor.toml)",
    "alert_outbox.key": "`statement:<id>` or `burst:...`: one alert per channel and key",
    "alert_outbox.payload": "JSON snapshot of what is sent",
    "alert_outbox.status": "pending | sent | dead | suppressed",
    "alert_outbox.attempts": "delivery attempts so far",
    "daemon_state.last_tick_at": "the daemon's last heartbeat (UTC)",
}


@dataclass(frozen=True)
class Example:
    """An example query for docs/schema.md; ``dialect`` is sqlite, postgresql or both."""

    title: str
    sql: str
    dialect: str = "both"


EXAMPLES: tuple[Example, ...] = (
    Example("Today's new statements by tracked officials, most widely carried first",
            "SELECT official_id, content, first_outlet, outlets\n"
            "FROM v_statements\n"
            "WHERE official_id IS NOT NULL AND first_event_at >= CURRENT_DATE\n"
            "ORDER BY outlets DESC, first_event_at DESC;"),
    Example("Most-covered stories of the last 7 days",
            "SELECT story_id, title, first_outlet, outlets, articles, hours_first_to_last\n"
            "FROM v_story_coverage\n"
            "WHERE last_event_at >= CURRENT_DATE - 7\n"
            "ORDER BY outlets DESC, articles DESC\n"
            "LIMIT 20;", "postgresql"),
    Example("The same on SQLite (date arithmetic differs)",
            "SELECT story_id, title, first_outlet, outlets, articles, hours_first_to_last\n"
            "FROM v_story_coverage\n"
            "WHERE last_event_at >= date('now', '-7 days')\n"
            "ORDER BY outlets DESC, articles DESC\n"
            "LIMIT 20;", "sqlite"),
    Example("How often each outlet reported a story first",
            "SELECT outlet, COUNT(*) AS stories_first\n"
            "FROM v_story_outlets\n"
            "WHERE outlet_rank = 1\n"
            "GROUP BY outlet\n"
            "ORDER BY stories_first DESC;"),
    Example("Articles per day on one topic, per outlet (days are ISO text on both databases)",
            "SELECT day, outlet, articles\n"
            "FROM v_outlet_coverage_daily\n"
            "WHERE topic = 'ukraine' AND day >= '2026-11-01'\n"
            "ORDER BY day, outlet;"),
    Example("An official's activity per day",
            "SELECT day, new_statements, sightings, outlets\n"
            "FROM v_official_activity_daily\n"
            "WHERE official_id = 'zelensky'\n"
            "ORDER BY day;"),
    Example("Feeds that need attention",
            "SELECT name, status, consecutive_failures, last_error_kind, hours_since_success\n"
            "FROM v_feed_health\n"
            "WHERE status IN ('failing', 'erroring', 'quiet', 'never_fetched')\n"
            "ORDER BY consecutive_failures DESC;"),
    Example("Every outlet that carried a statement, in order",
            "SELECT g.event_at, g.seen_at, g.outlet, a.url\n"
            "FROM statement_sightings g JOIN articles a ON a.id = g.article_id\n"
            "WHERE g.statement_id = 1\n"
            "ORDER BY g.event_at;"),
    Example("Full-text search on SQLite (FTS5; words are ANDed, `word*` is a prefix)",
            "SELECT a.id, a.first_seen_at, a.source, a.title\n"
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid\n"
            "WHERE articles_fts MATCH 'grain corridor'\n"
            "ORDER BY a.first_seen_at DESC;", "sqlite"),
    Example("Full-text search on PostgreSQL (repeat the indexed expression to use the index)",
            "SELECT id, first_seen_at, source, title\n"
            "FROM articles\n"
            "WHERE to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || "
            "coalesce(summary, '')\n"
            "                  || ' ' || coalesce(text, ''))\n"
            "      @@ plainto_tsquery('simple', 'grain corridor')\n"
            "ORDER BY first_seen_at DESC;", "postgresql"),
)

CONVENTIONS = """\
- **Timestamps** are UTC. PostgreSQL stores `timestamptz`; SQLite stores naive UTC text
  `YYYY-MM-DD HH:MM:SS.ffffff`, which sorts and compares correctly as text
  (`first_seen_at >= '2026-11-20'` works on both).
- **Two clocks.** `event_at` (articles, sightings; `first_event_at`/`last_event_at` on stories
  and statements) is when the news happened: the article's published time when the feed gives a
  plausible one (never after monitor saw it), else `first_seen_at`. `first_seen_at`/`seen_at`
  is when monitor stored the row: "what is new to us", what alerts go by. A back-fill of a
  year lands on its real days by event time and on the day of the ingest by first-seen time.
  Views and reports count event time; the `*_seen` daily views and `--time seen` count the other.
- **Days** in the views (`day` columns) are ISO date text `YYYY-MM-DD` of the UTC day on both
  databases, so `day >= '2026-11-01'` and `GROUP BY day` behave the same everywhere.
- **JSON lists** (`articles.topics`, `articles.authors`, `feeds.tags`) are `JSON` (not JSONB) on
  PostgreSQL: expand with `json_array_elements_text(topics)`; on SQLite with `json_each(topics)`
  (`value` column). `v_outlet_coverage_daily` does this for topics.
- **Booleans** are `boolean` on PostgreSQL and 1/0 on SQLite.
- **Stories** merge: a merged-away story keeps its row with `merged_into_id` set; articles
  move to the surviving story. `v_story_coverage` shows live stories only and `v_statements`
  follows merges.
- **Outlet** is `articles.source` (the feed's outlet name), `statements.first_outlet` and
  `statement_sightings.outlet`.
- `monitor sql "SELECT ..."` runs one read-only query; `monitor report --list` lists the named
  reports, and `monitor report NAME --show-sql` prints the SQL of one, to copy and adapt.
"""

SEARCH = """\
Migration 0005 makes full-text search objects that are not tables of the models:

- **SQLite**: FTS5 external-content tables `articles_fts(title, summary, text)` and
  `statements_fts(speaker, content)` (`rowid` = the row's `id`; tokenizer `unicode61
  remove_diacritics 2`), kept current by triggers `*_fts_ai`, `*_fts_ad`, `*_fts_au` on
  insert, delete and update of those columns.
- **PostgreSQL**: GIN indexes `ix_articles_fts` on
  `to_tsvector('simple', coalesce(title,'') || ' ' || coalesce(summary,'') || ' ' ||
  coalesce(text,''))` and `ix_statements_fts` on
  `to_tsvector('simple', coalesce(speaker,'') || ' ' || coalesce(content,''))`. Queries must
  repeat the expression to use the index.

Both match whole words case-insensitively without stemming (the `simple` configuration: the
feeds mix English, Ukrainian and Russian). `monitor search "words"` wraps both.
"""


def _class_docs() -> dict[str, tuple[str, dict[str, str]]]:
    """table name -> (class docstring, {column: comment from the source})."""
    out: dict[str, tuple[str, dict[str, str]]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        table = getattr(cls, "__tablename__", None)
        if not isinstance(table, str):
            continue
        doc = inspect.cleandoc(cls.__doc__ or "")
        out[table] = (" ".join(doc.split()), _source_comments(cls))
    return out


_COLUMN_LINE = re.compile(r"^\s+(\w+):\s*Mapped\[")
_TRAILING = re.compile(r"\)\s*#\s*(.+?)\s*$")  # a comment after the closing parenthesis
_COMMENT_ONLY = re.compile(r"^\s*#\s*(.+?)\s*$")


def _source_comments(cls: type) -> dict[str, str]:
    try:
        lines = inspect.getsource(cls).splitlines()
    except (OSError, TypeError):
        return {}
    comments: dict[str, str] = {}
    above: list[str] = []
    for line in lines:
        only = _COMMENT_ONLY.match(line)
        if only:
            above.append(only.group(1))
            continue
        column = _COLUMN_LINE.match(line)
        if column:
            parts = [c for c in (" ".join(above),) if len(c.split()) >= MIN_COMMENT_WORDS]
            trailing = _TRAILING.search(line)
            if trailing:
                parts.append(trailing.group(1))
            if parts:
                comments[column.group(1)] = "; ".join(parts)
        above = []
    return comments


_PG_DIALECT = postgresql.dialect()  # type: ignore[no-untyped-call]  # SQLAlchemy leaves it untyped


def _type_name(type_: TypeEngine[object]) -> str:
    if isinstance(type_, UTCDateTime):
        return "timestamp (UTC)"
    try:
        return str(type_.compile(dialect=_PG_DIALECT)).lower()
    except Exception:  # a type PostgreSQL cannot render: fall back to its class name
        return type(type_).__name__.lower()


def _keys(column: Column[object], unique_single: set[str]) -> str:
    keys = []
    if column.primary_key:
        keys.append("PK")
    for fk in sorted(column.foreign_keys, key=lambda f: f.target_fullname):
        on_delete = f", on delete {fk.ondelete.lower()}" if fk.ondelete else ""
        keys.append(f"FK → `{fk.target_fullname}`{on_delete}")
    if column.name in unique_single:
        keys.append("unique")
    return "; ".join(keys)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _table(table: Table, doc: str, comments: dict[str, str]) -> Iterable[str]:
    yield f"### `{table.name}`"
    yield ""
    if doc:
        yield doc
        yield ""
    unique_single = {
        next(iter(c.columns)).name
        for c in table.constraints
        if isinstance(c, UniqueConstraint) and len(c.columns) == 1
    }
    unique_single |= {c.name for c in table.columns if c.unique}
    yield "| column | type | null | keys | description |"
    yield "|---|---|---|---|---|"
    for column in table.columns:
        description = (column.comment or comments.get(column.name)
                       or COLUMN_NOTES.get(f"{table.name}.{column.name}", ""))
        yield (f"| `{column.name}` | {_type_name(column.type)} | "
               f"{'yes' if column.nullable else 'no'} | {_cell(_keys(column, unique_single))} | "
               f"{_cell(description)} |")
    extras = []
    for c in sorted(table.constraints, key=lambda c: str(c.name)):
        if isinstance(c, UniqueConstraint) and len(c.columns) > 1:
            extras.append(f"unique ({', '.join(col.name for col in c.columns)})")
        if isinstance(c, ForeignKeyConstraint) and len(c.columns) > 1:
            extras.append(f"foreign key ({', '.join(col.name for col in c.columns)})")
    for index in sorted(table.indexes, key=lambda i: str(i.name)):
        extras.append(_index(index))
    if extras:
        yield ""
        yield "Indexes and constraints: " + "; ".join(extras) + "."
    yield ""


def _index(index: Index) -> str:
    cols = ", ".join(c.name for c in index.columns)
    return f"{'unique ' if index.unique else ''}index `{index.name}` ({cols})"


def render() -> str:
    """The whole of docs/schema.md."""
    metadata = load_all()
    docs = _class_docs()
    out = [
        "# Database schema",
        "",
        f"Generated from the models and the view catalogue by `{REGENERATE}`; "
        "do not edit by hand (a test fails when this file is stale).",
        "",
        "The same schema runs on SQLite and PostgreSQL (Alembic migrations in "
        "`migrations/versions/`). Reporting views and full-text search come from migration "
        "0005.",
        "",
        "## Conventions",
        "",
        CONVENTIONS.rstrip(),
        "",
        "## Tables",
        "",
    ]
    for table in metadata.sorted_tables:
        doc, comments = docs.get(table.name, ("", {}))
        out.extend(_table(table, doc, comments))
    out += ["## Views", ""]
    for view in VIEWS.values():
        out += [f"### `{view.name}`", "", view.description, "",
                "| column | description |", "|---|---|"]
        out += [f"| `{name}` | {_cell(desc)} |" for name, desc in view.columns]
        out.append("")
    out += ["## Full-text search", "", SEARCH.rstrip(), "", "## Example queries", ""]
    for example in EXAMPLES:
        where = {"both": "", "sqlite": " (SQLite)", "postgresql": " (PostgreSQL)"}
        out += [f"**{example.title}**{where[example.dialect]}", "", "```sql", example.sql,
                "```", ""]
    return "\n".join(out).rstrip() + "\n"


def main() -> None:
    """Print docs/schema.md to standard output."""
    sys.stdout.write(render())


if __name__ == "__main__":
    main()
