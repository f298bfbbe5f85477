"""Reporting views and named reports on known data, on SQLite and PostgreSQL.

:func:`load_known_data` writes a small newsroom whose every count is worked out by hand in
the comments below; the other reporting tests (CLI, search, read-only SQL) reuse it.

Days: ``A`` is two days ago, ``B`` yesterday, ``C`` today (00:00 UTC each).

========  =================  ========  ===================  ===========
article   outlet             seen      topics               story
========  =================  ========  ===================  ===========
a1        TASS               A 08:00   ukraine, grain       S1
a2        Reuters            A 09:30   ukraine, grain       S1
a3        BBC                A 12:00   ukraine              S1
a4        TASS               B 07:00   grain                S1
a5        Reuters            B 10:00   sanctions            S2
a6        Kyiv Independent   B 10:45   sanctions, ukraine   S2
a7        BBC                C 01:00   (none)               S3
a8        BBC                C 02:00   ukraine              (none)
========  =================  ========  ===================  ===========

S4 was merged into S1 (no articles left). Statements: st1 zelensky (A 08:00, seen in a1-a4),
st2 zelensky (C 01:00, a7 and a8), st3 peskov (B 10:00, a5 and a6, recorded on S4), st4 an
unnamed spokesman (C 00:30, a7, no official).
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import Column, Engine, Integer, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from monitor.reports import REPORTS, ReportParams, check_options, run_report
from monitor.storage import migrate
from monitor.storage.engine import transaction
from monitor.storage.models import Article, Feed, FetchLog
from monitor.storage.schemadoc import VIEWS
from monitor.storage.search import search
from monitor.storage.statements import StatementRow, StatementSighting
from monitor.storage.stories import Story

NOW = datetime.now(UTC).replace(microsecond=0)
DAY_C = datetime.combine(NOW.date(), datetime.min.time(), tzinfo=UTC)
DAY_B = DAY_C - timedelta(days=1)
DAY_A = DAY_C - timedelta(days=2)
A, B, C = (d.date().isoformat() for d in (DAY_A, DAY_B, DAY_C))


def at(day: datetime, hh: int, mm: int = 0) -> datetime:
    """A time of day on ``day``."""
    return day + timedelta(hours=hh, minutes=mm)


@dataclass
class Known:
    """Ids of the rows :func:`load_known_data` wrote."""

    articles: dict[str, int]
    stories: dict[str, int]
    statements: dict[str, int]
    feeds: dict[str, int]


ARTICLES: list[tuple[str, str, str, datetime, list[str], str | None, str, str]] = [
    # key, feed, outlet, seen, topics, story, title, text
    ("a1", "tass", "TASS", at(DAY_A, 8), ["ukraine", "grain"], "S1",
     "Grain deal talks open", "Officials discussed the grain corridor in Istanbul on Monday."),
    ("a2", "reuters", "Reuters", at(DAY_A, 9, 30), ["ukraine", "grain"], "S1",
     "Grain talks begin in Turkey", "Negotiators met to extend the Black Sea grain deal."),
    ("a3", "bbc", "BBC", at(DAY_A, 12), ["ukraine"], "S1",
     "Grain deal: what we know", "The talks on grain exports resumed."),
    ("a4", "tass", "TASS", at(DAY_B, 7), ["grain"], "S1",
     "Grain deal talks continue", "A second day of talks on the grain deal."),
    ("a5", "reuters", "Reuters", at(DAY_B, 10), ["sanctions"], "S2",
     "EU agrees sanctions package", "The European Union agreed its new sanctions package."),
    ("a6", "kyiv", "Kyiv Independent", at(DAY_B, 10, 45), ["sanctions", "ukraine"], "S2",
     "EU sanctions package adopted", "Зеленский приветствовал новый пакет санкций."),
    ("a7", "bbc", "BBC", at(DAY_C, 1), [], "S3",
     "Local election results", "Turnout in the local election was low."),
    ("a8", "bbc", "BBC", at(DAY_C, 2), ["ukraine"], None,
     "Ukraine: live updates", "The latest on the war and the grain corridor."),
]


def load_known_data(sessions: sessionmaker[Session]) -> Known:
    """Write the feeds, articles, stories, statements and fetch log described above."""
    with transaction(sessions) as s:
        feeds = _feeds(s)
        stories: dict[str, int] = {}
        for key, title, first in (("S1", "Grain deal talks open", at(DAY_A, 8)),
                                  ("S2", "EU agrees sanctions package", at(DAY_B, 10)),
                                  ("S3", "Local election results", at(DAY_C, 1)),
                                  ("S4", "Peskov on talks", at(DAY_B, 10))):
            row = Story(title=title, first_seen_at=first, last_seen_at=first, article_count=0)
            s.add(row)
            s.flush()
            stories[key] = row.id
        s.get_one(Story, stories["S4"]).merged_into_id = stories["S1"]
        articles: dict[str, int] = {}
        for key, feed, outlet, seen, topics, story, title, body in ARTICLES:
            art = Article(
                feed_id=feeds[feed], source=outlet, url=f"https://{feed}.example/{key}",
                canonical_url=f"https://{feed}.example/{key}", guid=None, title=title,
                summary="", text=body, authors=[], published_at=seen, first_seen_at=seen,
                content_hash=key * 8, topics=topics,
                story_id=stories[story] if story else None,
            )
            s.add(art)
            s.flush()
            articles[key] = art.id
        statements = _statements(s, articles, stories)
        return Known(articles, stories, statements, feeds)


def _feeds(s: Session) -> dict[str, int]:
    # health is relative to the database's clock when the views are read: use the time of
    # writing, not the module's NOW (a long test session would drift from it)
    now = datetime.now(UTC)

    def feed(name: str, outlet: str, **health: Any) -> int:
        row = Feed(name=name, url=f"https://{name}.example/rss", outlet=outlet,
                   created_at=now - timedelta(days=30), next_check_at=now, **health)
        s.add(row)
        s.flush()
        return row.id

    ok = {"last_fetch_at": now - timedelta(minutes=10),
          "last_success_at": now - timedelta(minutes=10)}
    feeds = {
        "tass": feed("tass", "TASS", last_new_item_at=now - timedelta(hours=1), **ok),
        "reuters": feed("reuters", "Reuters", consecutive_failures=4, last_error_kind="timeout",
                        last_error="read timed out", last_fetch_at=now - timedelta(minutes=5),
                        last_success_at=now - timedelta(days=2),
                        last_new_item_at=now - timedelta(days=2)),
        "bbc": feed("bbc", "BBC", consecutive_failures=1, last_error_kind="http_503",
                    last_new_item_at=now - timedelta(hours=2), **ok),
        "kyiv": feed("kyiv", "Kyiv Independent", last_new_item_at=now - timedelta(days=10),
                     **ok),
        "fresh": feed("fresh", "Fresh Outlet"),
        "gone": feed("gone", "Gone Outlet", enabled=False, **ok),
    }
    # reuters: 3 errors in the last day and 1 older; tass: 2 good fetches in the last day
    for minutes, feed_key, outcome in ((30, "reuters", "error"), (90, "reuters", "error"),
                                       (600, "reuters", "error"), (2 * 1440, "reuters", "error"),
                                       (10, "tass", "ok"), (70, "tass", "not_modified")):
        s.add(FetchLog(feed_id=feeds[feed_key], started_at=now - timedelta(minutes=minutes),
                       duration_ms=100, outcome=outcome, items=0, new_articles=0))
    return feeds


def _statements(s: Session, articles: dict[str, int], stories: dict[str, int]) -> dict[str, int]:
    specs = [
        # key, official, speaker, kind, content, first article, outlet, seen, story, sightings
        ("st1", "zelensky", "Volodymyr Zelensky", "direct",
         "We will not trade territory for peace", "a1", "TASS", at(DAY_A, 8), "S1",
         [("a1", "TASS", at(DAY_A, 8)), ("a2", "Reuters", at(DAY_A, 9, 30)),
          ("a3", "BBC", at(DAY_A, 12)), ("a4", "TASS", at(DAY_B, 7))]),
        ("st2", "zelensky", "Volodymyr Zelensky", "direct",
         "The grain corridor must stay open", "a7", "BBC", at(DAY_C, 1), "S3",
         [("a7", "BBC", at(DAY_C, 1)), ("a8", "BBC", at(DAY_C, 2))]),
        ("st3", "peskov", "Dmitry Peskov", "indirect", "Talks are possible in principle", "a5",
         "Reuters", at(DAY_B, 10), "S4",
         [("a5", "Reuters", at(DAY_B, 10)), ("a6", "Kyiv Independent", at(DAY_B, 10, 45))]),
        ("st4", None, "a spokesman", "mixed", "Turnout was disappointing", "a7", "BBC",
         at(DAY_C, 0, 30), "S3", [("a7", "BBC", at(DAY_C, 0, 30))]),
    ]
    ids: dict[str, int] = {}
    for key, official, speaker, kind, content, first, outlet, seen, story, sightings in specs:
        row = StatementRow(
            official_id=official, speaker=speaker, speaker_key=official or speaker,
            mention=speaker, kind=kind, content=content, normalised=content.lower(), cue="said",
            first_article_id=articles[first], first_outlet=outlet, first_seen_at=seen,
            last_seen_at=sightings[-1][2], confidence=0.9, story_id=stories[story],
        )
        s.add(row)
        s.flush()
        ids[key] = row.id
        for art, where, when in sightings:
            s.add(StatementSighting(statement_id=row.id, article_id=articles[art], outlet=where,
                                    seen_at=when, start=0, end=len(content)))
    s.flush()
    return ids


@pytest.fixture
def known(sessions: sessionmaker[Session]) -> Known:
    """The known data set on a fresh database."""
    return load_known_data(sessions)


def rows(engine: Engine, sql: str, **params: Any) -> list[dict[str, Any]]:
    """All rows of ``sql`` as dicts."""
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(text(sql), params).mappings()]


def report(engine: Engine, name: str, **params: Any) -> list[dict[str, Any]]:
    """Run a named report to a list of rows."""
    with engine.connect() as conn:
        _cols, out = run_report(conn, name, ReportParams(**params), NOW)
        return list(out)


# --- the views -----------------------------------------------------------------------------------


def test_views_exist_with_documented_columns(engine: Engine) -> None:
    names = set(inspect(engine).get_view_names())
    assert set(VIEWS) <= names
    for view in VIEWS.values():
        got = [c["name"] for c in inspect(engine).get_columns(view.name)]
        assert got == [c for c, _ in view.columns], view.name


def test_v_statements(engine: Engine, known: Known) -> None:
    got = {r["statement_id"]: r for r in rows(engine, "SELECT * FROM v_statements")}
    st1 = got[known.statements["st1"]]
    assert (st1["official_id"], st1["first_outlet"], st1["outlets"], st1["sightings"]) == (
        "zelensky", "TASS", 3, 4)
    assert st1["story_id"] == known.stories["S1"]
    assert st1["first_url"] == "https://tass.example/a1"
    st3 = got[known.statements["st3"]]
    # recorded on S4, which was merged into S1: the view follows the merge
    assert (st3["story_id"], st3["story_title"]) == (known.stories["S1"], "Grain deal talks open")
    assert (st3["outlets"], st3["sightings"]) == (2, 2)
    assert got[known.statements["st2"]]["outlets"] == 1
    assert len(got) == 4


def test_v_story_coverage(engine: Engine, known: Known) -> None:
    got = {r["story_id"]: r for r in rows(engine, "SELECT * FROM v_story_coverage")}
    assert set(got) == {known.stories[k] for k in ("S1", "S2", "S3")}  # S4 merged away
    s1 = got[known.stories["S1"]]
    assert (s1["outlets"], s1["articles"], s1["first_outlet"]) == (3, 4, "TASS")
    assert s1["hours_first_to_last"] == pytest.approx(23.0)
    s2 = got[known.stories["S2"]]
    assert (s2["outlets"], s2["articles"], s2["hours_first_to_last"]) == (2, 2, 0.75)
    assert got[known.stories["S3"]]["hours_first_to_last"] == 0


def test_v_outlet_coverage_daily_splits_topics(engine: Engine, known: Known) -> None:
    got = {(r["outlet"], r["day"], r["topic"]): r["articles"]
           for r in rows(engine, "SELECT * FROM v_outlet_coverage_daily")}
    assert got == {
        ("TASS", A, "ukraine"): 1, ("TASS", A, "grain"): 1,
        ("Reuters", A, "ukraine"): 1, ("Reuters", A, "grain"): 1,
        ("BBC", A, "ukraine"): 1,
        ("TASS", B, "grain"): 1,
        ("Reuters", B, "sanctions"): 1,
        ("Kyiv Independent", B, "sanctions"): 1, ("Kyiv Independent", B, "ukraine"): 1,
        ("BBC", C, None): 1, ("BBC", C, "ukraine"): 1,
    }


def test_v_outlet_daily(engine: Engine, known: Known) -> None:
    got = {(r["outlet"], r["day"]): (r["articles"], r["stories"])
           for r in rows(engine, "SELECT * FROM v_outlet_daily")}
    assert got == {
        ("TASS", A): (1, 1), ("Reuters", A): (1, 1), ("BBC", A): (1, 1),
        ("TASS", B): (1, 1), ("Reuters", B): (1, 1), ("Kyiv Independent", B): (1, 1),
        ("BBC", C): (2, 1),  # a8 has no story
    }


def test_v_official_activity_daily(engine: Engine, known: Known) -> None:
    got = {(r["official_id"], r["day"]): (r["new_statements"], r["sightings"], r["outlets"])
           for r in rows(engine, "SELECT * FROM v_official_activity_daily")}
    assert got == {
        ("zelensky", A): (1, 3, 3),
        ("zelensky", B): (0, 1, 1),
        ("zelensky", C): (1, 2, 1),
        ("peskov", B): (1, 2, 2),
    }


def test_v_feed_health(engine: Engine, known: Known) -> None:
    got = {r["name"]: r for r in rows(engine, "SELECT * FROM v_feed_health")}
    assert {n: r["status"] for n, r in got.items()} == {
        "tass": "ok", "reuters": "failing", "bbc": "erroring", "kyiv": "quiet",
        "fresh": "never_fetched", "gone": "disabled",
    }
    assert (got["reuters"]["fetches_24h"], got["reuters"]["errors_24h"]) == (3, 3)
    assert (got["tass"]["fetches_24h"], got["tass"]["errors_24h"]) == (2, 0)
    assert got["reuters"]["hours_since_success"] == pytest.approx(48.0, abs=0.1)
    # articles in the last 7 days: all fixtures are within three days
    assert got["bbc"]["articles_7d"] == 3
    assert got["fresh"]["articles_7d"] == 0


def test_days_are_iso_text_on_both(engine: Engine, known: Known) -> None:
    days = rows(engine, "SELECT DISTINCT day FROM v_outlet_daily ORDER BY day")
    assert [d["day"] for d in days] == [A, B, C]
    assert all(isinstance(d["day"], str) for d in days)


# --- the reports ---------------------------------------------------------------------------------


def test_new_statements_defaults_to_today(engine: Engine, known: Known) -> None:
    got = report(engine, "new-statements")
    assert [r["content"] for r in got] == ["The grain corridor must stay open",
                                           "Turnout was disappointing"]
    assert got[0]["first_event_at"] == at(DAY_C, 1)  # timezone-aware on both databases
    seen = report(engine, "new-statements", time="seen")
    assert seen[0]["first_seen_at"] == at(DAY_C, 1) and "first_event_at" not in seen[0]
    week = report(engine, "new-statements", since=NOW - timedelta(days=7), official="zelensky")
    assert [r["content"] for r in week] == ["The grain corridor must stay open",
                                            "We will not trade territory for peace"]


def test_top_stories(engine: Engine, known: Known) -> None:
    got = report(engine, "top-stories")
    assert [(r["title"], r["outlets"], r["articles"]) for r in got] == [
        ("Grain deal talks open", 3, 4),
        ("EU agrees sanctions package", 2, 2),
        ("Local election results", 1, 1),
    ]
    assert [r["title"] for r in report(engine, "top-stories", topic="sanctions")] == [
        "EU agrees sanctions package"]
    assert len(report(engine, "top-stories", limit=1)) == 1
    since_b = report(engine, "top-stories", since=DAY_B, until=DAY_C)
    assert [r["title"] for r in since_b] == ["EU agrees sanctions package"]


def test_first_reporters(engine: Engine, known: Known) -> None:
    got = report(engine, "first-reporters")
    assert [(r["title"], r["first_outlet"], r["next_outlet"], r["lead_minutes"])
            for r in got] == [
        ("EU agrees sanctions package", "Reuters", "Kyiv Independent", 45.0),
        ("Grain deal talks open", "TASS", "Reuters", 90.0),
    ]


def test_outlets_by_volume(engine: Engine, known: Known) -> None:
    got = report(engine, "outlets")
    assert [(r["outlet"], r["articles"], r["active_days"], r["share_pct"]) for r in got] == [
        ("BBC", 3, 2, 37.5), ("Reuters", 2, 2, 25.0), ("TASS", 2, 2, 25.0),
        ("Kyiv Independent", 1, 1, 12.5),
    ]
    ukraine = report(engine, "outlets", topic="ukraine")
    assert [(r["outlet"], r["articles"]) for r in ukraine] == [
        ("BBC", 2), ("Kyiv Independent", 1), ("Reuters", 1), ("TASS", 1)]
    today = report(engine, "outlets", since=DAY_C)
    assert [(r["outlet"], r["articles"]) for r in today] == [("BBC", 2)]


def test_official_timeline(engine: Engine, known: Known) -> None:
    got = report(engine, "official", official="zelensky")
    assert [(r["content"], r["outlets"], r["sightings"]) for r in got] == [
        ("We will not trade territory for peace", 3, 4),
        ("The grain corridor must stay open", 1, 2),
    ]
    assert report(engine, "official", official="nobody") == []


def test_feed_health_worst_first(engine: Engine, known: Known) -> None:
    got = [r["name"] for r in report(engine, "feed-health")]
    assert got == ["reuters", "bbc", "fresh", "kyiv", "tass", "gone"]


def test_coverage_by_outlet_and_topic(engine: Engine, known: Known) -> None:
    by_outlet = {(r["day"], r["outlet"]): r["articles"] for r in report(engine, "coverage")}
    assert by_outlet[(C, "BBC")] == 2
    assert sum(by_outlet.values()) == len(ARTICLES)
    by_topic = {(r["day"], r["topic"]): r["articles"]
                for r in report(engine, "coverage", by="topic")}
    assert by_topic == {(A, "grain"): 2, (A, "ukraine"): 3, (B, "grain"): 1,
                        (B, "sanctions"): 2, (B, "ukraine"): 1, (C, "ukraine"): 1}
    one_topic = {(r["day"], r["outlet"]): r["articles"]
                 for r in report(engine, "coverage", topic="sanctions")}
    assert one_topic == {(B, "Reuters"): 1, (B, "Kyiv Independent"): 1}


def test_report_options_are_checked() -> None:
    with pytest.raises(ValueError, match="needs --official"):
        check_options(REPORTS["official"], set())
    with pytest.raises(ValueError, match="does not take --topic"):
        check_options(REPORTS["feed-health"], {"topic"})
    check_options(REPORTS["coverage"], {"since", "plot", "by"})


def test_migration_check_down_and_up(engine: Engine, known: Known) -> None:
    migrate.check(engine)  # views and search objects are invisible to autogenerate
    migrate.downgrade(engine, "0004")
    assert "v_statements" not in inspect(engine).get_view_names()
    migrate.upgrade(engine)
    assert set(VIEWS) <= set(inspect(engine).get_view_names())
    migrate.check(engine)
    assert rows(engine, "SELECT COUNT(*) AS n FROM v_statements")[0]["n"] == 4
    # the search index was rebuilt from the rows already there
    with engine.connect() as conn:
        hits = list(search(conn, "Istanbul"))
    assert [h["id"] for h in hits] == [known.articles["a1"]]


def _reporting_migration() -> ModuleType:
    """migrations/versions/0008_event_time.py (the latest views), loaded the way 0005's
    docstring tells later migrations."""
    path = Path(__file__).resolve().parents[2] / "migrations" / "versions" / "0008_event_time.py"
    spec = importlib.util.spec_from_file_location("reporting_0008", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_later_migration_recipe_keeps_views_and_search(engine: Engine, known: Known) -> None:
    """Drop, alter ``articles`` (a full table copy on SQLite), create again: all still work."""
    reporting = _reporting_migration()
    recreate = "always" if engine.dialect.name == "sqlite" else "auto"
    with engine.begin() as conn, Operations.context(MigrationContext.configure(conn)) as op:
        reporting.drop_reporting()
        with op.batch_alter_table("articles", recreate=recreate) as batch:
            batch.add_column(Column("later_column", Integer, nullable=True))
        reporting.create_reporting()
    assert "later_column" in {c["name"] for c in inspect(engine).get_columns("articles")}
    assert set(VIEWS) <= set(inspect(engine).get_view_names())
    got = {r["story_id"]: r["articles"] for r in rows(engine, "SELECT * FROM v_story_coverage")}
    assert got[known.stories["S1"]] == 4
    with engine.connect() as conn:
        assert [h["id"] for h in search(conn, "Istanbul")] == [known.articles["a1"]]
    with engine.begin() as conn:  # and the search stays current after the copy
        conn.execute(text("UPDATE articles SET text = 'moved to Ankara' WHERE id = :id"),
                     {"id": known.articles["a1"]})
    with engine.connect() as conn:
        assert [h["id"] for h in search(conn, "Ankara")] == [known.articles["a1"]]
        assert list(search(conn, "Istanbul")) == []
