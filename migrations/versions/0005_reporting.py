"""reporting views and full-text search

Revision ID: 0005
Revises: 0004

Creates the reporting views (documented, column by column, in docs/schema.md, generated from
``monitor/storage/schemadoc.py``) and the full-text search objects used by
``monitor/storage/search.py``:

* SQLite: FTS5 external-content tables ``articles_fts`` and ``statements_fts`` (they hold
  only the index; the text stays in ``articles`` / ``statements``) with triggers that keep
  them current on INSERT, DELETE and UPDATE of the indexed columns;
* PostgreSQL: expression GIN indexes ``ix_articles_fts`` and ``ix_statements_fts`` over
  ``to_tsvector('simple', ...)``; PostgreSQL maintains them itself on every write.

None of these objects is in the models: ``migrations/env.py`` tells autogenerate to ignore
them (``include_name``), so ``alembic check`` stays clean.

Conventions of every view: a ``day`` is ISO date text ``YYYY-MM-DD`` in UTC on both
databases; timestamps are the stored UTC timestamps (``timestamptz`` on PostgreSQL, naive UTC
text ``YYYY-MM-DD HH:MM:SS.ffffff`` on SQLite).

Later migrations that alter a table these views read (``articles``, ``stories``,
``statements``, ``statement_sightings``, ``feeds``, ``fetch_log``) must drop the views first
and create them again after: SQLite's batch mode copies the table and its final RENAME fails
("error in view v_story_outlets: no such table: main.articles"), the copy loses the FTS
triggers, and PostgreSQL refuses to change the type of a column a view uses. The functions
:func:`drop_reporting` and :func:`create_reporting` do it; load this file from the later
migration (its name starts with a digit, so ``import`` cannot)::

    import importlib.util
    from pathlib import Path

    _spec = importlib.util.spec_from_file_location(
        "reporting_0005", Path(__file__).with_name("0005_reporting.py"))
    reporting = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(reporting)

    # in upgrade():
    reporting.drop_reporting()
    with op.batch_alter_table("articles") as batch: ...
    reporting.create_reporting()  # or the later migration's own, changed view SQL

``tests/integration/test_reports.py`` runs this recipe on both databases.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# A feed with this many failures in a row is "failing": one or two are routine blips (a
# timeout, a 503 during a deploy) that the fetch backoff already absorbs.
FAILING_MIN_FAILURES = 3
# A feed that brought no new article for this many days is "quiet": most of our feeds publish
# daily; a week of silence usually means a moved or dead feed that still answers 200/304.
QUIET_DAYS = 7
# Window of the activity counters of v_feed_health (fetches and errors in the last day).
HEALTH_WINDOW_HOURS = 24
# Window of v_feed_health.articles_7d.
RECENT_ARTICLES_DAYS = 7

# Text search configuration on PostgreSQL: 'simple' lower-cases and splits words without
# stemming or stop words. The feeds are English, Ukrainian and Russian: an English stemmer
# would mangle the others, and exact words behave the same as SQLite's unicode61 tokenizer.
# Keep in step with monitor/storage/search.py (PG_ARTICLE_DOCUMENT / PG_STATEMENT_DOCUMENT):
# the planner uses the index only when the query repeats this expression exactly.
PG_ARTICLE_DOCUMENT = (
    "to_tsvector('simple'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, '')"
    " || ' ' || coalesce(text, ''))"
)
PG_STATEMENT_DOCUMENT = (
    "to_tsvector('simple'::regconfig, coalesce(speaker, '') || ' ' || coalesce(content, ''))"
)

# Views in creation order (later ones read earlier ones); dropped in reverse.
VIEW_ORDER = (
    "v_story_outlets",
    "v_story_coverage",
    "v_statements",
    "v_outlet_daily",
    "v_outlet_coverage_daily",
    "v_official_activity_daily",
    "v_feed_health",
)


def _day(dialect: str, column: str) -> str:
    """SQL for the UTC day of a timestamp column, as ISO text YYYY-MM-DD."""
    if dialect == "postgresql":
        return f"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
    return f"date({column})"


def _hours(dialect: str, start: str, end: str) -> str:
    """SQL for the hours from ``start`` to ``end`` (a float rounded to 2 decimals)."""
    if dialect == "postgresql":
        return (f"CAST(round(CAST(EXTRACT(EPOCH FROM ({end} - {start})) / 3600.0 AS numeric), 2)"
                " AS double precision)")
    return f"round((julianday({end}) - julianday({start})) * 24.0, 2)"


def _ago(dialect: str, amount: int, unit: str) -> str:
    """SQL for "now minus ``amount`` ``unit``" comparable with stored timestamps."""
    if dialect == "postgresql":
        return f"(now() - interval '{amount} {unit}')"
    return f"datetime('now', '-{amount} {unit}')"


def _now(dialect: str) -> str:
    return "now()" if dialect == "postgresql" else "datetime('now')"


def _views(dialect: str) -> dict[str, str]:
    """The SELECT of each view on ``dialect``."""
    day_first_seen = _day(dialect, "a.first_seen_at")
    if dialect == "postgresql":
        topics_join = (
            "LEFT JOIN LATERAL json_array_elements_text(CASE WHEN json_typeof(a.topics) = 'array'"
            " THEN a.topics ELSE CAST('[]' AS json) END) AS t(topic) ON true"
        )
        topic = "t.topic"
    else:
        topics_join = (
            "LEFT JOIN json_each(CASE WHEN json_type(a.topics) = 'array' THEN a.topics"
            " ELSE '[]' END) AS t ON 1 = 1"
        )
        topic = "t.value"
    return {
        "v_story_outlets": """
SELECT o.story_id, o.outlet, o.first_seen_at, o.articles,
       ROW_NUMBER() OVER (PARTITION BY o.story_id ORDER BY o.first_seen_at, o.outlet)
           AS outlet_rank
FROM (
    SELECT a.story_id AS story_id, a.source AS outlet, MIN(a.first_seen_at) AS first_seen_at,
           COUNT(*) AS articles
    FROM articles a
    WHERE a.story_id IS NOT NULL
    GROUP BY a.story_id, a.source
) AS o""",
        "v_story_coverage": f"""
SELECT s.id AS story_id, s.title AS title, c.first_seen_at, c.last_seen_at,
       f.outlet AS first_outlet, c.outlets, c.articles,
       {_hours(dialect, "c.first_seen_at", "c.last_seen_at")} AS hours_first_to_last
FROM stories s
JOIN (
    SELECT a.story_id AS story_id, MIN(a.first_seen_at) AS first_seen_at,
           MAX(a.first_seen_at) AS last_seen_at, COUNT(DISTINCT a.source) AS outlets,
           COUNT(*) AS articles
    FROM articles a
    WHERE a.story_id IS NOT NULL
    GROUP BY a.story_id
) AS c ON c.story_id = s.id
LEFT JOIN v_story_outlets f ON f.story_id = s.id AND f.outlet_rank = 1
WHERE s.merged_into_id IS NULL""",
        "v_statements": """
SELECT st.id AS statement_id, st.official_id, st.speaker, st.kind, st.content,
       st.first_seen_at, st.first_outlet, st.first_article_id, a.url AS first_url,
       (SELECT COUNT(DISTINCT g.outlet) FROM statement_sightings g
        WHERE g.statement_id = st.id) AS outlets,
       (SELECT COUNT(*) FROM statement_sightings g WHERE g.statement_id = st.id) AS sightings,
       st.last_seen_at, live.id AS story_id, live.title AS story_title, st.confidence
FROM statements st
LEFT JOIN articles a ON a.id = st.first_article_id
LEFT JOIN stories recorded ON recorded.id = st.story_id
LEFT JOIN stories live ON live.id = COALESCE(recorded.merged_into_id, recorded.id)""",
        "v_outlet_daily": f"""
SELECT a.source AS outlet, {day_first_seen} AS day, COUNT(*) AS articles,
       COUNT(DISTINCT a.story_id) AS stories
FROM articles a
GROUP BY a.source, {day_first_seen}""",
        "v_outlet_coverage_daily": f"""
SELECT a.source AS outlet, {day_first_seen} AS day, {topic} AS topic,
       COUNT(DISTINCT a.id) AS articles
FROM articles a
{topics_join}
GROUP BY a.source, {day_first_seen}, {topic}""",
        "v_official_activity_daily": f"""
SELECT e.official_id, e.day, SUM(e.is_new) AS new_statements, SUM(e.is_sighting) AS sightings,
       COUNT(DISTINCT e.outlet) AS outlets
FROM (
    SELECT st.official_id AS official_id, {_day(dialect, "st.first_seen_at")} AS day,
           1 AS is_new, 0 AS is_sighting, NULL AS outlet
    FROM statements st
    WHERE st.official_id IS NOT NULL
    UNION ALL
    SELECT st.official_id, {_day(dialect, "g.seen_at")}, 0, 1, g.outlet
    FROM statement_sightings g
    JOIN statements st ON st.id = g.statement_id
    WHERE st.official_id IS NOT NULL
) AS e
GROUP BY e.official_id, e.day""",
        "v_feed_health": f"""
SELECT f.id AS feed_id, f.name, f.outlet, f.url, f.enabled,
       CASE
           WHEN NOT f.enabled THEN 'disabled'
           WHEN f.last_fetch_at IS NULL THEN 'never_fetched'
           WHEN f.consecutive_failures >= {FAILING_MIN_FAILURES} THEN 'failing'
           WHEN f.consecutive_failures > 0 THEN 'erroring'
           WHEN f.last_new_item_at IS NULL
                OR f.last_new_item_at < {_ago(dialect, QUIET_DAYS, "days")} THEN 'quiet'
           ELSE 'ok'
       END AS status,
       f.consecutive_failures, f.last_error_kind, f.last_error,
       f.last_fetch_at, f.last_success_at, f.last_new_item_at, f.next_check_at,
       {_hours(dialect, "f.last_success_at", _now(dialect))} AS hours_since_success,
       COALESCE(f.effective_interval_seconds, f.interval_seconds) AS interval_seconds,
       f.fetch_count,
       (SELECT COUNT(*) FROM fetch_log l WHERE l.feed_id = f.id
          AND l.started_at >= {_ago(dialect, HEALTH_WINDOW_HOURS, "hours")}) AS fetches_24h,
       (SELECT COUNT(*) FROM fetch_log l WHERE l.feed_id = f.id AND l.outcome = 'error'
          AND l.started_at >= {_ago(dialect, HEALTH_WINDOW_HOURS, "hours")}) AS errors_24h,
       (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id
          AND a.first_seen_at >= {_ago(dialect, RECENT_ARTICLES_DAYS, "days")}) AS articles_7d
FROM feeds f""",
    }


def _sqlite_fts_up() -> list[str]:
    statements = []
    for table, columns in (("articles", ("title", "summary", "text")),
                           ("statements", ("speaker", "content"))):
        fts = f"{table}_fts"
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        statements += [
            # unicode61 with remove_diacritics 2: case- and accent-insensitive words in any
            # script (Latin, Cyrillic); no stemming, like PostgreSQL's 'simple' configuration.
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
            "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
            f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
            f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END",
            # only when an indexed column changes: stories and statements update other
            # columns of these rows all the time (story_id, last_seen_at)
            f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END",
            f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",  # index the rows already there
        ]
    return statements


def _sqlite_fts_down() -> list[str]:
    out = []
    for fts in ("articles_fts", "statements_fts"):
        out += [f"DROP TRIGGER IF EXISTS {fts}_{suffix}" for suffix in ("ai", "ad", "au")]
        out.append(f"DROP TABLE IF EXISTS {fts}")
    return out


def create_reporting() -> None:
    """Create the views and the full-text search objects (and index the rows already there)."""
    dialect = op.get_bind().dialect.name
    views = _views(dialect)
    for name in VIEW_ORDER:
        op.execute(f"CREATE VIEW {name} AS {views[name].strip()}")
    if dialect == "postgresql":
        op.execute(f"CREATE INDEX ix_articles_fts ON articles USING gin ({PG_ARTICLE_DOCUMENT})")
        op.execute(
            f"CREATE INDEX ix_statements_fts ON statements USING gin ({PG_STATEMENT_DOCUMENT})"
        )
    else:
        for statement in _sqlite_fts_up():
            op.execute(statement)


def drop_reporting() -> None:
    """Drop the full-text search objects and the views (each only if it is there)."""
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_statements_fts")
        op.execute("DROP INDEX IF EXISTS ix_articles_fts")
    else:
        for statement in _sqlite_fts_down():
            op.execute(statement)
    for name in reversed(VIEW_ORDER):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def upgrade() -> None:
    """Create the reporting views and the full-text search objects."""
    create_reporting()


def downgrade() -> None:
    """Drop the full-text search objects and the reporting views."""
    drop_reporting()
