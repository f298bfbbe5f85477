"""event time: when the news happened, beside when monitor saw it

Revision ID: 0008
Revises: 0007

Every article gets ``event_at``: its published time when the feed gives a plausible one (not
after monitor first saw it), else ``first_seen_at``. Stories, statements and sightings carry
event times too, so that timelines, "who reported first" and statement novelty hold for
back-fills and late feeds; ``first_seen_at`` stays for "what is new to us" (alerts).

Columns are added NOT NULL with a placeholder default, filled by UPDATE, and the default is
dropped on PostgreSQL. No table is copied: SQLite's batch mode would re-create ``articles``
and ``statements``, and with foreign keys on, dropping the old table cascades into the tables
that refer to it. (The placeholder default stays in SQLite's schema; the code always writes the
column.) The reporting views are dropped and created again with event-time columns, and three
``*_seen`` daily views keep the operator's view by first-seen day. Full-text search objects are
not touched.

Later migrations that alter a table the views read follow the recipe in 0005's docstring with
this file's :func:`drop_reporting` and :func:`create_reporting` (the current views).
"""

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _load(name: str, file: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(file))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


reporting = _load("reporting_0005", "0005_reporting.py")

PLACEHOLDER = "1970-01-01 00:00:00"  # only until the UPDATE below fills the column

# (table, column, SQL that fills it); in this order (later ones read earlier ones)
NEW_COLUMNS = (
    ("articles", "event_at",
     "UPDATE articles SET event_at = CASE WHEN published_at IS NOT NULL "
     "AND published_at < first_seen_at THEN published_at ELSE first_seen_at END"),
    ("stories", "first_event_at",
     "UPDATE stories SET first_event_at = COALESCE((SELECT MIN(a.event_at) FROM articles a "
     "WHERE a.story_id = stories.id), first_seen_at)"),
    ("stories", "last_event_at",
     "UPDATE stories SET last_event_at = COALESCE((SELECT MAX(a.event_at) FROM articles a "
     "WHERE a.story_id = stories.id), last_seen_at)"),
    ("story_docs", "event_at",
     "UPDATE story_docs SET event_at = COALESCE((SELECT a.event_at FROM articles a "
     "WHERE a.id = story_docs.article_id), seen_at)"),
    ("statement_sightings", "event_at",
     "UPDATE statement_sightings SET event_at = COALESCE((SELECT a.event_at FROM articles a "
     "WHERE a.id = statement_sightings.article_id), seen_at)"),
    ("statements", "first_event_at",
     "UPDATE statements SET first_event_at = COALESCE((SELECT MIN(g.event_at) FROM "
     "statement_sightings g WHERE g.statement_id = statements.id), first_seen_at)"),
    ("statements", "last_event_at",
     "UPDATE statements SET last_event_at = COALESCE((SELECT MAX(g.event_at) FROM "
     "statement_sightings g WHERE g.statement_id = statements.id), last_seen_at)"),
)
# A statement's first report is its earliest sighting by event time (its article and outlet).
_EARLIEST = ("FROM statement_sightings g WHERE g.statement_id = statements.id "
             "ORDER BY g.event_at, g.id LIMIT 1")
FIRST_REPORT = (
    f"UPDATE statements SET first_article_id = (SELECT g.article_id {_EARLIEST}), "
    f"first_outlet = (SELECT g.outlet {_EARLIEST}) "
    "WHERE EXISTS (SELECT 1 FROM statement_sightings g WHERE g.statement_id = statements.id)"
)
NEW_INDEXES = (
    ("ix_articles_event_at", "articles", ["event_at"]),
    ("ix_stories_first_event_at", "stories", ["first_event_at"]),
    ("ix_story_docs_event_at", "story_docs", ["event_at"]),
    ("ix_statements_speaker_key_last_event_at", "statements", ["speaker_key", "last_event_at"]),
    ("ix_statements_official_id_first_event_at", "statements", ["official_id", "first_event_at"]),
)

# Views in creation order (later ones read earlier ones); dropped in reverse.
VIEW_ORDER = (
    "v_story_outlets",
    "v_story_coverage",
    "v_statements",
    "v_outlet_daily",
    "v_outlet_daily_seen",
    "v_outlet_coverage_daily",
    "v_outlet_coverage_daily_seen",
    "v_official_activity_daily",
    "v_official_activity_daily_seen",
    "v_feed_health",
)


def _views(dialect: str) -> dict[str, str]:
    """The SELECT of each view on ``dialect`` (event time first, seen time beside it)."""
    day = reporting._day
    hours = reporting._hours
    old = reporting._views(dialect)  # v_feed_health is unchanged
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

    def outlet_daily(column: str) -> str:
        d = day(dialect, column)
        return f"""
SELECT a.source AS outlet, {d} AS day, COUNT(*) AS articles,
       COUNT(DISTINCT a.story_id) AS stories
FROM articles a
GROUP BY a.source, {d}"""

    def coverage_daily(column: str) -> str:
        d = day(dialect, column)
        return f"""
SELECT a.source AS outlet, {d} AS day, {topic} AS topic,
       COUNT(DISTINCT a.id) AS articles
FROM articles a
{topics_join}
GROUP BY a.source, {d}, {topic}"""

    def official_daily(statement_column: str, sighting_column: str) -> str:
        return f"""
SELECT e.official_id, e.day, SUM(e.is_new) AS new_statements, SUM(e.is_sighting) AS sightings,
       COUNT(DISTINCT e.outlet) AS outlets
FROM (
    SELECT st.official_id AS official_id, {day(dialect, statement_column)} AS day,
           1 AS is_new, 0 AS is_sighting, NULL AS outlet
    FROM statements st
    WHERE st.official_id IS NOT NULL
    UNION ALL
    SELECT st.official_id, {day(dialect, sighting_column)}, 0, 1, g.outlet
    FROM statement_sightings g
    JOIN statements st ON st.id = g.statement_id
    WHERE st.official_id IS NOT NULL
) AS e
GROUP BY e.official_id, e.day"""

    return {
        "v_story_outlets": """
SELECT o.story_id, o.outlet, o.first_event_at, o.first_seen_at, o.articles,
       ROW_NUMBER() OVER (PARTITION BY o.story_id ORDER BY o.first_event_at, o.outlet)
           AS outlet_rank,
       ROW_NUMBER() OVER (PARTITION BY o.story_id ORDER BY o.first_seen_at, o.outlet)
           AS outlet_rank_seen
FROM (
    SELECT a.story_id AS story_id, a.source AS outlet, MIN(a.event_at) AS first_event_at,
           MIN(a.first_seen_at) AS first_seen_at, COUNT(*) AS articles
    FROM articles a
    WHERE a.story_id IS NOT NULL
    GROUP BY a.story_id, a.source
) AS o""",
        "v_story_coverage": f"""
SELECT s.id AS story_id, s.title AS title, c.first_event_at, c.last_event_at,
       c.first_seen_at, c.last_seen_at, f.outlet AS first_outlet,
       fs.outlet AS first_outlet_seen, c.outlets, c.articles,
       {hours(dialect, "c.first_event_at", "c.last_event_at")} AS hours_first_to_last,
       {hours(dialect, "c.first_seen_at", "c.last_seen_at")} AS hours_first_to_last_seen
FROM stories s
JOIN (
    SELECT a.story_id AS story_id, MIN(a.event_at) AS first_event_at,
           MAX(a.event_at) AS last_event_at, MIN(a.first_seen_at) AS first_seen_at,
           MAX(a.first_seen_at) AS last_seen_at, COUNT(DISTINCT a.source) AS outlets,
           COUNT(*) AS articles
    FROM articles a
    WHERE a.story_id IS NOT NULL
    GROUP BY a.story_id
) AS c ON c.story_id = s.id
LEFT JOIN v_story_outlets f ON f.story_id = s.id AND f.outlet_rank = 1
LEFT JOIN v_story_outlets fs ON fs.story_id = s.id AND fs.outlet_rank_seen = 1
WHERE s.merged_into_id IS NULL""",
        "v_statements": """
SELECT st.id AS statement_id, st.official_id, st.speaker, st.kind, st.content,
       st.first_event_at, st.first_seen_at, st.first_outlet, st.first_article_id,
       a.url AS first_url,
       (SELECT COUNT(DISTINCT g.outlet) FROM statement_sightings g
        WHERE g.statement_id = st.id) AS outlets,
       (SELECT COUNT(*) FROM statement_sightings g WHERE g.statement_id = st.id) AS sightings,
       st.last_event_at, st.last_seen_at, live.id AS story_id, live.title AS story_title,
       st.confidence
FROM statements st
LEFT JOIN articles a ON a.id = st.first_article_id
LEFT JOIN stories recorded ON recorded.id = st.story_id
LEFT JOIN stories live ON live.id = COALESCE(recorded.merged_into_id, recorded.id)""",
        "v_outlet_daily": outlet_daily("a.event_at"),
        "v_outlet_daily_seen": outlet_daily("a.first_seen_at"),
        "v_outlet_coverage_daily": coverage_daily("a.event_at"),
        "v_outlet_coverage_daily_seen": coverage_daily("a.first_seen_at"),
        "v_official_activity_daily": official_daily("st.first_event_at", "g.event_at"),
        "v_official_activity_daily_seen": official_daily("st.first_seen_at", "g.seen_at"),
        "v_feed_health": old["v_feed_health"],
    }


def _drop_views(order: Sequence[str]) -> None:
    for name in reversed(order):
        op.execute(f"DROP VIEW IF EXISTS {name}")


def _create_views(order: Sequence[str], views: dict[str, str]) -> None:
    for name in order:
        op.execute(f"CREATE VIEW {name} AS {views[name].strip()}")


def drop_reporting() -> None:
    """Drop the full-text search objects and the views of this revision (each if there)."""
    dialect = op.get_bind().dialect.name
    _drop_views(VIEW_ORDER)
    if dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_statements_fts")
        op.execute("DROP INDEX IF EXISTS ix_articles_fts")
    else:
        for statement in reporting._sqlite_fts_down():
            op.execute(statement)


def create_reporting() -> None:
    """Create this revision's views and the full-text search objects (indexing what is there)."""
    dialect = op.get_bind().dialect.name
    _create_views(VIEW_ORDER, _views(dialect))
    if dialect == "postgresql":
        op.execute("CREATE INDEX ix_articles_fts ON articles USING gin "
                   f"({reporting.PG_ARTICLE_DOCUMENT})")
        op.execute("CREATE INDEX ix_statements_fts ON statements USING gin "
                   f"({reporting.PG_STATEMENT_DOCUMENT})")
    else:
        for statement in reporting._sqlite_fts_up():
            op.execute(statement)


def upgrade() -> None:
    """Upgrade schema: event-time columns, filled from what is stored; views with both times."""
    dialect = op.get_bind().dialect.name
    _drop_views(reporting.VIEW_ORDER)
    for table, column, fill in NEW_COLUMNS:
        op.add_column(table, sa.Column(column, sa.DateTime(timezone=True), nullable=False,
                                       server_default=PLACEHOLDER))
        op.execute(fill)
        if dialect == "postgresql":
            op.alter_column(table, column, server_default=None)
    op.execute(FIRST_REPORT)
    for name, table, columns in NEW_INDEXES:
        op.create_index(name, table, columns)
    _create_views(VIEW_ORDER, _views(dialect))


def downgrade() -> None:
    """Downgrade schema: drop the event-time columns; the views of 0005 again."""
    dialect = op.get_bind().dialect.name
    _drop_views(VIEW_ORDER)
    for name, table, _columns in reversed(NEW_INDEXES):
        op.drop_index(name, table_name=table)
    for table, column, _fill in reversed(NEW_COLUMNS):
        op.drop_column(table, column)  # SQLite 3.35+: a plain DROP COLUMN, no table copy
    _create_views(reporting.VIEW_ORDER, reporting._views(dialect))
