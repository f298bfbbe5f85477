"""Named reports over the reporting views, and the read-only SQL console.

Reports (``monitor report NAME``; :data:`REPORTS` describes them, ``monitor report --list``
prints that) are plain SQL over the views made by migration 0005 (see docs/schema.md), so an
analyst can copy a report's query and change it. Each report says which options it takes;
giving another one is an error rather than silently ignored.

Time: by default every report counts time as *event time* (when the news happened: an
article's published time, see ``articles.event_at``), so back-fills and late feeds land on
their real days; ``time="seen"`` (``--time seen``) counts when monitor first saw each row.

Time windows: ``since`` is inclusive and ``until`` exclusive. Reports over per-day views
(``outlets``, ``coverage``) work on whole UTC days: ``since`` is rounded down to its day and
a partial ``until`` day is included.

:func:`run_readonly_sql` runs one analyst statement on a connection that cannot write:

* SQLite: the file is opened read-only (``file:...?mode=ro``), ``PRAGMA query_only=ON``, and an
  authorizer allows only reads (no ATTACH, no PRAGMA that changes anything);
* PostgreSQL: the session starts with ``default_transaction_read_only=on``, the transaction is
  ``READ ONLY`` and has already taken its snapshot (so ``SET TRANSACTION READ WRITE`` is
  refused), and the statement goes through the extended protocol (one statement only).

Before either, the statement must start with a reading keyword (SELECT, WITH, VALUES, TABLE,
EXPLAIN, SHOW, PRAGMA): that refuses ``COPY``/``VACUUM INTO``/``SET`` early with a clear
message. Writes are refused with :class:`monitor.errors.ReadOnlyViolation`.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, bindparam, make_url, text

from monitor.errors import ReadOnlyViolation, StorageError
from monitor.storage.base import UTCDateTime
from monitor.storage.engine import PG_READER_ROLE, normalise_url

YIELD_PER = 1_000  # rows per round trip when streaming a report (server-side cursor on PG)
TOP_STORIES_LIMIT = 20  # a week's most-covered stories fit one screen
FIRST_REPORTERS_LIMIT = 100
STATEMENTS_LIMIT = 500  # new statements of a day are tens; this only guards a huge --since
DEFAULT_WEEK = timedelta(days=7)  # "this week": the last seven days, not the calendar week
COVERAGE_WINDOW = timedelta(days=14)  # two weeks show a trend without crowding a plot

SINCE_TODAY = "today"  # default of new-statements: since 00:00 UTC today


# --- report definitions --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportParams:
    """Options of one report run. ``by`` is ``outlet`` or ``topic`` (``coverage`` only)."""

    since: datetime | None = None
    until: datetime | None = None
    official: str | None = None
    topic: str | None = None
    by: str = "outlet"
    limit: int | None = None
    time: str = "event"  # "event": when the news happened; "seen": when monitor stored it

    @property
    def seen(self) -> bool:
        """Whether the report counts time as first seen (the operator's view)."""
        return self.time == "seen"

    def at(self, event: str, seen: str) -> str:
        """The name to use of a pair of event-time and seen-time columns or views."""
        return seen if self.seen else event


@dataclass(frozen=True)
class Query:
    """A report's SQL, its parameters, and which result columns are timestamps."""

    sql: str
    params: dict[str, Any] = field(default_factory=dict)
    timestamps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Report:
    """A named report: what it shows, which options it takes, how it queries."""

    name: str
    description: str
    options: frozenset[str]  # of: since, until, official, topic, by, limit, plot
    build: Callable[[str, ReportParams], Query]
    columns: Callable[[ReportParams], tuple[str, ...]]
    default_since: str | timedelta | None = None  # SINCE_TODAY, a duration, or None (all)
    requires: frozenset[str] = frozenset()


def _day(value: datetime) -> str:
    return value.astimezone(UTC).date().isoformat()


def _day_after(value: datetime) -> str:
    """The first day *not* covered by an exclusive ``until``."""
    value = value.astimezone(UTC)
    day = value.date()
    if value.time() != time(0):
        day += timedelta(days=1)
    return day.isoformat()


def _time_filters(column: str, p: ReportParams, params: dict[str, Any]) -> list[str]:
    where = []
    if p.since is not None:
        where.append(f"{column} >= :since")
        params["since"] = p.since
    if p.until is not None:
        where.append(f"{column} < :until")
        params["until"] = p.until
    return where


def _day_filters(column: str, p: ReportParams, params: dict[str, Any]) -> list[str]:
    where = []
    if p.since is not None:
        where.append(f"{column} >= :since_day")
        params["since_day"] = _day(p.since)
    if p.until is not None:
        where.append(f"{column} < :until_day")
        params["until_day"] = _day_after(p.until)
    return where


def _where(conditions: list[str]) -> str:
    return ("WHERE " + " AND ".join(conditions)) if conditions else ""


def _story_has_topic(dialect: str, story: str) -> str:
    """SQL: the story ``story`` has an article tagged with the ``:topic`` parameter."""
    if dialect == "postgresql":
        elements = ("json_array_elements_text(CASE WHEN json_typeof(a.topics) = 'array' "
                    "THEN a.topics ELSE CAST('[]' AS json) END) AS t(topic)")
        return (f"EXISTS (SELECT 1 FROM articles a CROSS JOIN LATERAL {elements} "
                f"WHERE a.story_id = {story} AND t.topic = :topic)")
    elements = "json_each(CASE WHEN json_type(a.topics) = 'array' THEN a.topics ELSE '[]' END) t"
    return (f"EXISTS (SELECT 1 FROM articles a, {elements} "
            f"WHERE a.story_id = {story} AND t.value = :topic)")


def _minutes(dialect: str, start: str, end: str) -> str:
    if dialect == "postgresql":
        return (f"CAST(round(CAST(EXTRACT(EPOCH FROM ({end} - {start})) / 60.0 AS numeric), 1)"
                " AS double precision)")
    return f"round((julianday({end}) - julianday({start})) * 1440.0, 1)"


STATEMENT_COLUMNS = ("official_id", "speaker", "kind", "content", "first_outlet", "outlets",
                     "sightings", "story_id", "first_url")


def _first_at(p: ReportParams) -> str:
    return p.at("first_event_at", "first_seen_at")


def _statement_columns(p: ReportParams) -> tuple[str, ...]:
    return (_first_at(p), *STATEMENT_COLUMNS)


def _new_statements(dialect: str, p: ReportParams) -> Query:
    params: dict[str, Any] = {"limit": p.limit or STATEMENTS_LIMIT}
    first = _first_at(p)
    where = _time_filters(first, p, params)
    if p.official:
        where.append("official_id = :official")
        params["official"] = p.official
    sql = f"""SELECT {", ".join(_statement_columns(p))}
FROM v_statements
{_where(where)}
ORDER BY {first} DESC, statement_id DESC
LIMIT :limit"""
    return Query(sql, params, (first,))


def _story_columns(p: ReportParams) -> tuple[str, ...]:
    return ("story_id", "title", _first_at(p), "first_outlet", "outlets", "articles",
            "hours_first_to_last")


def _top_stories(dialect: str, p: ReportParams) -> Query:
    params: dict[str, Any] = {"limit": p.limit or TOP_STORIES_LIMIT}
    first = _first_at(p)
    where = _time_filters(f"c.{first}", p, params)
    if p.topic:
        where.append(_story_has_topic(dialect, "c.story_id"))
        params["topic"] = p.topic
    suffix = "_seen" if p.seen else ""
    sql = f"""SELECT c.story_id, c.title, c.{first}, c.first_outlet{suffix} AS first_outlet,
       c.outlets, c.articles, c.hours_first_to_last{suffix} AS hours_first_to_last
FROM v_story_coverage c
{_where(where)}
ORDER BY c.outlets DESC, c.articles DESC, c.{first} DESC, c.story_id
LIMIT :limit"""
    return Query(sql, params, (first,))


def _first_reporter_columns(p: ReportParams) -> tuple[str, ...]:
    first, following = (("first_seen_at", "next_seen_at") if p.seen
                        else ("first_event_at", "next_event_at"))
    return ("story_id", "title", "first_outlet", first, "next_outlet", following,
            "lead_minutes", "outlets")


def _first_reporters(dialect: str, p: ReportParams) -> Query:
    params: dict[str, Any] = {"limit": p.limit or FIRST_REPORTERS_LIMIT}
    first = _first_at(p)
    following = p.at("next_event_at", "next_seen_at")
    rank = p.at("outlet_rank", "outlet_rank_seen")
    where = ["c.outlets >= 2", *_time_filters(f"c.{first}", p, params)]
    if p.topic:
        where.append(_story_has_topic(dialect, "c.story_id"))
        params["topic"] = p.topic
    sql = f"""SELECT c.story_id, c.title, o1.outlet AS first_outlet, o1.{first},
       o2.outlet AS next_outlet, o2.{first} AS {following},
       {_minutes(dialect, f"o1.{first}", f"o2.{first}")} AS lead_minutes, c.outlets
FROM v_story_coverage c
JOIN v_story_outlets o1 ON o1.story_id = c.story_id AND o1.{rank} = 1
JOIN v_story_outlets o2 ON o2.story_id = c.story_id AND o2.{rank} = 2
{_where(where)}
ORDER BY c.{first} DESC, c.story_id DESC
LIMIT :limit"""
    return Query(sql, params, (first, following))


OUTLET_COLUMNS = ("outlet", "articles", "stories", "active_days", "share_pct")


def _outlets(dialect: str, p: ReportParams) -> Query:
    params: dict[str, Any] = {}
    where = _day_filters("day", p, params)
    if p.topic:
        source = p.at("v_outlet_coverage_daily", "v_outlet_coverage_daily_seen")
        where.append("topic = :topic")
        params["topic"] = p.topic
        stories = "NULL"  # per-topic rows carry no story counts
    else:
        source = p.at("v_outlet_daily", "v_outlet_daily_seen")
        stories = "SUM(stories)"
    limit = ""
    if p.limit:
        limit = "LIMIT :limit"
        params["limit"] = p.limit
    sql = f"""SELECT outlet, SUM(articles) AS articles, {stories} AS stories,
       COUNT(DISTINCT day) AS active_days,
       CAST(round(CAST(100.0 * SUM(articles) / SUM(SUM(articles)) OVER () AS numeric), 1)
            AS double precision) AS share_pct
FROM {source}
{_where(where)}
GROUP BY outlet
ORDER BY articles DESC, outlet
{limit}"""
    return Query(sql, params)


def _coverage_columns(p: ReportParams) -> tuple[str, ...]:
    return ("day", p.by, "articles")


def _coverage(dialect: str, p: ReportParams) -> Query:
    params: dict[str, Any] = {}
    where = _day_filters("day", p, params)
    if p.by == "topic":
        source = p.at("v_outlet_coverage_daily", "v_outlet_coverage_daily_seen")
        where.append("topic IS NOT NULL")
        if p.topic:
            where.append("topic = :topic")
            params["topic"] = p.topic
    elif p.topic:
        source = p.at("v_outlet_coverage_daily", "v_outlet_coverage_daily_seen")
        where.append("topic = :topic")
        params["topic"] = p.topic
    else:
        source = p.at("v_outlet_daily", "v_outlet_daily_seen")
    sql = f"""SELECT day, {p.by}, SUM(articles) AS articles
FROM {source}
{_where(where)}
GROUP BY day, {p.by}
ORDER BY day, {p.by}"""
    return Query(sql, params)


OFFICIAL_COLUMNS = ("kind", "content", "first_outlet", "outlets", "sightings",
                    "story_id", "story_title", "first_url")


def _official_columns(p: ReportParams) -> tuple[str, ...]:
    return (_first_at(p), *OFFICIAL_COLUMNS)


def _official(dialect: str, p: ReportParams) -> Query:
    params: dict[str, Any] = {"official": p.official}
    first = _first_at(p)
    where = ["official_id = :official", *_time_filters(first, p, params)]
    limit = ""
    if p.limit:
        limit = "LIMIT :limit"
        params["limit"] = p.limit
    sql = f"""SELECT {", ".join(_official_columns(p))}
FROM v_statements
{_where(where)}
ORDER BY {first}, statement_id
{limit}"""
    return Query(sql, params, (first,))


def official_daily(p: ReportParams) -> Query:
    """Statements per day of ``p.official`` (the ``official --plot`` data)."""
    params: dict[str, Any] = {"official": p.official}
    where = ["official_id = :official", *_day_filters("day", p, params)]
    sql = f"""SELECT day, new_statements, sightings, outlets
FROM {p.at("v_official_activity_daily", "v_official_activity_daily_seen")}
{_where(where)}
ORDER BY day"""
    return Query(sql, params)


FEED_HEALTH_COLUMNS = ("name", "outlet", "status", "consecutive_failures", "last_error_kind",
                       "last_success_at", "hours_since_success", "fetches_24h", "errors_24h",
                       "articles_7d", "last_error")
# worst first: what needs a person's attention heads the list
STATUS_ORDER = ("failing", "erroring", "never_fetched", "quiet", "ok", "disabled")


def _feed_health(dialect: str, p: ReportParams) -> Query:
    order = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUS_ORDER))
    sql = f"""SELECT {", ".join(FEED_HEALTH_COLUMNS)}
FROM v_feed_health
ORDER BY CASE status {order} ELSE {len(STATUS_ORDER)} END, name"""
    return Query(sql, {}, ("last_success_at",))


STAGE_FAILURE_COLUMNS = ("failed_at", "stage", "error_kind", "article_id", "outlet", "url",
                         "message")
STAGE_FAILURES_LIMIT = 200  # the newest ones; one bug tends to fail many articles alike


def _stage_failures(dialect: str, p: ReportParams) -> Query:
    params: dict[str, Any] = {"limit": p.limit or STAGE_FAILURES_LIMIT}
    where = _time_filters("f.failed_at", p, params)
    sql = f"""SELECT f.failed_at, f.stage, f.error_kind, f.article_id, a.source AS outlet,
       a.url, f.message
FROM article_stage_failures f
JOIN articles a ON a.id = f.article_id
{_where(where)}
ORDER BY f.failed_at DESC, f.id DESC
LIMIT :limit"""
    return Query(sql, params, ("failed_at",))


def _fixed(columns: tuple[str, ...]) -> Callable[[ReportParams], tuple[str, ...]]:
    return lambda _p: columns


_WINDOW = frozenset({"since", "until", "limit"})
_TIMED = _WINDOW | {"time"}  # reports that count time by event (default) or first seen

REPORTS: dict[str, Report] = {
    r.name: r
    for r in (
        Report("new-statements",
               "Statements first reported in the window (default: today, UTC), newest first, with "
               "the outlets carrying them; --official narrows to one official.",
               _TIMED | {"official"}, _new_statements, _statement_columns,
               SINCE_TODAY),
        Report("top-stories",
               "The most-covered stories that began in the window (default: last 7 days): by "
               "outlets, then articles; --topic keeps stories with an article of that topic.",
               _TIMED | {"topic"}, _top_stories, _story_columns, DEFAULT_WEEK),
        Report("first-reporters",
               "Who reported each story first (stories carried by 2+ outlets, default: last 7 "
               "days), the next outlet, and the lead in minutes.",
               _TIMED | {"topic"}, _first_reporters, _first_reporter_columns,
               DEFAULT_WEEK),
        Report("outlets",
               "Outlets by volume of articles (default: last 7 days), with stories, active days "
               "and share of the total; --topic counts that topic's articles only.",
               _TIMED | {"topic"}, _outlets, _fixed(OUTLET_COLUMNS), DEFAULT_WEEK),
        Report("official",
               "One official's statement timeline, oldest first (all time unless --since); "
               "--plot draws statements and sightings per day.",
               _TIMED | {"official", "plot"}, _official, _official_columns, None,
               frozenset({"official"})),
        Report("feed-health",
               "Every feed's health, worst first: failing (3+ failures in a row), erroring, "
               "never fetched, quiet (no new article for 7 days), ok, disabled.",
               frozenset(), _feed_health, _fixed(FEED_HEALTH_COLUMNS)),
        Report("stage-failures",
               "Articles a post-insert stage (stories, statements) failed on, newest first "
               "(default: last 7 days): the article is stored, the stage's work for it is not.",
               _WINDOW, _stage_failures, _fixed(STAGE_FAILURE_COLUMNS), DEFAULT_WEEK),
        Report("coverage",
               "Articles per day per outlet (--by topic: per topic; default: last 14 days); "
               "--topic keeps one topic; --plot draws it.",
               frozenset({"since", "until", "topic", "by", "plot", "time"}), _coverage,
               _coverage_columns, COVERAGE_WINDOW),
    )
}

_OPTION_NAMES = {"since": "--since", "until": "--until", "official": "--official",
                 "topic": "--topic", "by": "--by", "limit": "--limit", "plot": "--plot",
                 "time": "--time"}


def check_options(report: Report, given: set[str]) -> None:
    """Raise ValueError naming any option ``report`` does not take, or a missing one."""
    extra = sorted(given - report.options)
    if extra:
        names = ", ".join(_OPTION_NAMES.get(o, o) for o in extra)
        raise ValueError(f"report {report.name!r} does not take {names}")
    missing = sorted(report.requires - given)
    if missing:
        names = ", ".join(_OPTION_NAMES.get(o, o) for o in missing)
        raise ValueError(f"report {report.name!r} needs {names}")


def resolve_since(report: Report, since: datetime | None, now: datetime) -> datetime | None:
    """``since`` as given, else the report's default relative to ``now``."""
    if since is not None or report.default_since is None:
        return since
    if report.default_since == SINCE_TODAY:
        return datetime.combine(now.astimezone(UTC).date(), time(0), tzinfo=UTC)
    assert isinstance(report.default_since, timedelta)
    return now - report.default_since


def execute(conn: Connection, query: Query) -> Iterator[dict[str, Any]]:
    """Run ``query``, streaming rows as dicts (timestamps timezone-aware UTC)."""
    stmt = text(query.sql)
    for name in ("since", "until"):
        if name in query.params:
            stmt = stmt.bindparams(bindparam(name, type_=UTCDateTime()))
    typed = stmt.columns(**{c: UTCDateTime() for c in query.timestamps})
    result = conn.execution_options(yield_per=YIELD_PER).execute(typed, query.params)
    for row in result.mappings():
        yield {k: _plain(v) for k, v in row.items()}


def run_report(conn: Connection, name: str, params: ReportParams,
               now: datetime | None = None) -> tuple[tuple[str, ...], Iterator[dict[str, Any]]]:
    """The columns and the streamed rows of report ``name`` (KeyError if unknown).

    ``params.since`` falls back to the report's default window, relative to ``now``.
    """
    report = REPORTS[name]
    now = now or datetime.now(UTC)
    params = replace(params, since=resolve_since(report, params.since, now))
    return report.columns(params), execute(conn, report.build(conn.dialect.name, params))


def report_sql(name: str, dialect: str, params: ReportParams | None = None) -> str:
    """The SQL a report runs (for ``monitor report NAME --show-sql`` and the docs)."""
    return REPORTS[name].build(dialect, params or ReportParams()).sql


# --- plot data -------------------------------------------------------------------------------


def daily_series(rows: Iterator[Mapping[str, Any]], key: str,
                 value: str) -> dict[str, dict[str, int]]:
    """Rows of (day, key, value) -> {key: {day: value}}."""
    series: dict[str, dict[str, int]] = {}
    for row in rows:
        name = str(row[key]) if row[key] is not None else "(none)"
        series.setdefault(name, {})[str(row["day"])] = int(row[value] or 0)
    return series


# --- values --------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A value JSON and CSV can write: Decimal -> int/float, dates -> ISO, bytes -> hex."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    return value


# --- the read-only SQL console ---------------------------------------------------------------

# First keywords of statements that only read. Anything else (INSERT, COPY, SET, VACUUM,
# ATTACH, BEGIN, ...) is refused before it reaches the database.
READING_KEYWORDS = frozenset({"select", "with", "values", "table", "explain", "show", "pragma"})
# SQLite PRAGMAs an analyst may run: schema introspection, with an argument (a table name)...
SQLITE_PRAGMAS_WITH_ARG = frozenset({
    "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
    "foreign_key_list",
})
# ... and facts about the database, read without an argument (an argument would set them).
SQLITE_PRAGMAS_NO_ARG = frozenset({
    "compile_options", "user_version", "schema_version", "page_count", "page_size",
    "freelist_count", "encoding", "collation_list", "function_list", "module_list",
    "pragma_list", "data_version", "table_list", "query_only",
})
_LEADING_NOISE = re.compile(r"^(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/|\()*", re.DOTALL)
_FIRST_WORD = re.compile(r"[A-Za-z_]+")
# PostgreSQL SQLSTATEs that mean "this would write": read_only_sql_transaction,
# active_sql_transaction ("read-write mode must be set before any query"),
# insufficient_privilege (a read-only role)
_PG_WRITE_STATES = frozenset({"25006", "25001", "42501"})


# PostgreSQL functions with side effects or reach beyond the project's data, refused by name:
# server files (pg_read_file, pg_ls_dir, lo_import), other sessions and the server
# (pg_terminate_backend, pg_cancel_backend, pg_reload_conf, pg_advisory_lock), settings
# (set_config: it could even switch the role back), other databases (dblink). Every pg_* and
# lo_* function is refused but these harmless ones, which analysts use to size tables.
PG_ALLOWED_PG_FUNCTIONS = frozenset({
    "pg_typeof", "pg_size_pretty", "pg_relation_size", "pg_total_relation_size",
    "pg_table_size", "pg_indexes_size", "pg_column_size",
})
_PG_DENIED_CALL = re.compile(
    r'(?<![\w$.])(?:pg_catalog\s*\.\s*|public\s*\.\s*)?"?((?:pg|lo)_\w+|set_config|dblink\w*'
    r'|current_setting|query_to_xml\w*|table_to_xml\w*|cursor_to_xml\w*|txid_\w+)"?\s*\(',
    re.IGNORECASE)
_SQL_COMMENTS = re.compile(r"/\*.*?\*/|--[^\n]*", re.DOTALL)


def check_pg_functions(sql: str) -> None:
    """Raise ReadOnlyViolation when ``sql`` calls a PostgreSQL function that reaches beyond
    reading the project's data (files, sessions, locks, settings; see :data:`_PG_DENIED_CALL`)."""
    if re.search(r'u&"', sql, re.IGNORECASE):
        raise ReadOnlyViolation("monitor sql: Unicode-escaped identifiers (U&\"...\") are "
                                "refused")
    plain = _SQL_COMMENTS.sub(" ", sql)  # a comment may sit between a name and its "("
    for match in _PG_DENIED_CALL.finditer(plain):
        name = match.group(1).lower()
        if name not in PG_ALLOWED_PG_FUNCTIONS:
            raise ReadOnlyViolation(
                f"monitor sql is read-only: the function {name}() is refused (it reaches "
                "beyond the project's data: files, sessions, locks or settings)")


def first_keyword(sql: str) -> str:
    """The first keyword of ``sql``, lower-cased, after comments and opening parentheses."""
    rest = _LEADING_NOISE.sub("", sql, count=1)
    match = _FIRST_WORD.match(rest)
    return match.group(0).lower() if match else ""


def check_reading(sql: str) -> None:
    """Raise ReadOnlyViolation unless ``sql`` starts with a reading keyword."""
    keyword = first_keyword(sql)
    if keyword not in READING_KEYWORDS:
        shown = keyword.upper() or "an empty statement"
        raise ReadOnlyViolation(
            f"monitor sql is read-only: {shown} is refused (give one SELECT, WITH, VALUES, "
            "TABLE, EXPLAIN, SHOW or PRAGMA statement)"
        )


@dataclass
class SqlResult:
    """Columns and streamed rows of one read-only statement."""

    columns: list[str]
    rows: Iterator[tuple[Any, ...]]

    def dicts(self) -> Iterator[dict[str, Any]]:
        """The rows as dicts keyed by column name (a repeated name keeps its last value)."""
        for row in self.rows:
            yield {c: _plain(v) for c, v in zip(self.columns, row, strict=False)}


@contextmanager
def run_readonly_sql(url: str, sql: str, *, check_keyword: bool = True) -> Iterator[SqlResult]:
    """Run one statement on a connection that cannot write; the rows stream while open.

    Raises ReadOnlyViolation for anything that writes (or several statements),
    StorageError for other database errors (syntax, unknown table). ``check_keyword=False``
    skips the keyword check, leaving the database-level guards alone (used by tests to show
    that those hold by themselves).
    """
    if check_keyword:
        check_reading(sql)
    url = normalise_url(url)
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        with _sqlite_readonly(url, sql) as result:
            yield result
    elif backend == "postgresql":
        if check_keyword:
            check_pg_functions(sql)
        with _pg_readonly(url, sql) as result:
            yield result
    else:
        raise StorageError(f"monitor sql supports SQLite and PostgreSQL, not {backend}")


# SQLite authorizer action codes (sqlite3.SQLITE_*) allowed in a reading statement.
_SQLITE_READ_ACTIONS = frozenset({
    sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
    sqlite3.SQLITE_RECURSIVE,
})


def _sqlite_authorizer(action: int, arg1: str | None, arg2: str | None,
                       _db: str | None, _trigger: str | None) -> int:
    if action in _SQLITE_READ_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        # FTS5 asks this while it declares its virtual table on first use (a schema parse,
        # not a write); the file is open read-only and query_only is on in any case
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and arg1 is not None:
        name = arg1.lower()
        if name in SQLITE_PRAGMAS_WITH_ARG or (name in SQLITE_PRAGMAS_NO_ARG and arg2 is None):
            return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def _sqlite_error(exc: sqlite3.Error) -> Exception:
    message = str(exc)
    lowered = message.lower()
    if ("not authorized" in lowered or "authorization denied" in lowered
            or "readonly" in lowered or "read-only" in lowered
            or "one statement at a time" in lowered):
        return ReadOnlyViolation(f"monitor sql is read-only: refused ({message})")
    return StorageError(f"query failed: {message}")


@contextmanager
def _sqlite_readonly(url: str, sql: str) -> Iterator[SqlResult]:
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        raise StorageError("monitor sql needs an SQLite database file")
    path = Path(database).expanduser().resolve()
    if not path.is_file():
        raise StorageError(f"no SQLite database at {path}")
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StorageError(f"cannot open {path} read-only: {exc}") from None
    try:
        conn.execute("PRAGMA query_only=ON")
        conn.set_authorizer(_sqlite_authorizer)
        try:
            cursor = conn.execute(sql)
        except sqlite3.Error as exc:
            raise _sqlite_error(exc) from None
        columns = [d[0] for d in cursor.description or ()]

        def rows() -> Generator[tuple[Any, ...], None, None]:
            try:
                yield from cursor
            except sqlite3.Error as exc:
                raise _sqlite_error(exc) from None

        streamed = rows()
        try:
            yield SqlResult(columns, streamed)
        finally:
            streamed.close()  # a reader that stopped early: finish before the connection goes
    finally:
        conn.close()


@contextmanager
def _pg_readonly(url: str, sql: str) -> Iterator[SqlResult]:
    import psycopg

    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        conn = psycopg.connect(dsn, autocommit=False,
                               options="-c default_transaction_read_only=on")
    except psycopg.Error as exc:
        raise StorageError(f"cannot connect: {exc}") from None
    stream: Iterator[Any] | None = None
    try:
        conn.execute("SET TRANSACTION READ ONLY")
        if conn.execute("SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles "
                        "WHERE rolname = %s", (PG_READER_ROLE,)).fetchone() == (True,):
            # the statement runs with the reader role's rights only: SELECT on the project's
            # tables and views; no server files, no other sessions' processes
            conn.execute(f"SET LOCAL ROLE {PG_READER_ROLE}")
        conn.execute("SELECT 1")  # takes the snapshot: read-write mode can no longer be set
        cursor = conn.cursor()
        stream = cursor.stream(sql)  # extended protocol: exactly one statement
        try:
            first = next(stream, None)
        except psycopg.Error as exc:
            raise _pg_error(exc) from None
        if cursor.description is not None:
            columns = [d.name for d in cursor.description]
        else:  # no rows: psycopg saw no row description; ask the server to describe it
            columns = _pg_describe(conn, sql)

        def rows() -> Generator[tuple[Any, ...], None, None]:
            if first is None:
                return
            yield tuple(first)
            try:
                for row in stream:
                    yield tuple(row)
            except psycopg.Error as exc:
                raise _pg_error(exc) from None

        streamed = rows()
        try:
            yield SqlResult(columns, streamed)
        finally:
            streamed.close()
    finally:
        if stream is not None:
            # a reader that stopped early (``| head``) leaves the query running: psycopg
            # cancels it when its stream is closed
            stream.close()  # type: ignore[attr-defined]
        try:
            conn.rollback()
        except psycopg.Error:
            pass  # closing the connection ends the transaction all the same
        finally:
            conn.close()


def _pg_describe(conn: Any, sql: str) -> list[str]:
    """Column names of ``sql`` without running it (an unnamed prepared statement)."""
    from psycopg import pq

    pgconn = conn.pgconn
    encoding = conn.info.encoding
    prepared = pgconn.prepare(b"", sql.encode(encoding))
    if prepared.status != pq.ExecStatus.COMMAND_OK:
        return []
    described = pgconn.describe_prepared(b"")
    names = (described.fname(i) for i in range(described.nfields))
    return [n.decode(encoding) if n is not None else "?column?" for n in names]


def _pg_error(exc: Exception) -> Exception:
    state = getattr(exc, "sqlstate", None)
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if state in _PG_WRITE_STATES or "multiple commands" in message:
        return ReadOnlyViolation(f"monitor sql is read-only: refused ({message})")
    return StorageError(f"query failed: {message}")
