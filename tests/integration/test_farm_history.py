"""The farm benchmark's history database (bench/farm_history.py, issue 12): what it stores, and
that the real ``run --once`` passes work on a copy of it."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import bench_farm  # noqa: E402
import farm_history  # noqa: E402

ARTICLES, STATEMENTS = 200, 100


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, farm_history.Built]:
    """A small history database, built once for the module."""
    path = tmp_path_factory.mktemp("history") / "history.db"
    return path, farm_history.build(f"sqlite:///{path}", ARTICLES, STATEMENTS, feeds=10,
                                    workers=1, progress=False)


def _one(db: sqlite3.Connection, sql: str) -> int:
    return int(db.execute(sql).fetchone()[0])


def test_history_holds_the_articles_their_stories_and_the_statements(
        built: tuple[Path, farm_history.Built]) -> None:
    path, report = built
    assert farm_history.counts(path) == (ARTICLES, STATEMENTS)
    assert (report.articles, report.statements) == (ARTICLES, STATEMENTS)
    with sqlite3.connect(path) as db:
        # every article is indexed for the story candidates, the canonical one of its story
        assert _one(db, "SELECT count(*) FROM story_docs") == ARTICLES
        assert _one(db, "SELECT count(*) FROM stories") == ARTICLES
        assert _one(db, "SELECT count(DISTINCT article_id) FROM story_keys") == ARTICLES
        assert _one(db, "SELECT count(*) FROM story_keys") == report.story_keys > ARTICLES
        assert _one(db, "SELECT count(*) FROM articles WHERE story_id = id "
                    "AND story_relation = 'canonical'") == ARTICLES
        # every statement has its novelty postings, under the farm's officials
        assert _one(db, "SELECT count(DISTINCT statement_id) FROM statement_keys") == STATEMENTS
        assert _one(db, "SELECT count(*) FROM statement_keys") == report.statement_keys
        officials = {r[0] for r in db.execute("SELECT DISTINCT official_id FROM statements")}
        assert {"peskov", "lavrov", "zelenskyy"} <= officials
        # inside the 30-day lookback of the farm's items (1 Dec 2026)
        assert db.execute("SELECT min(first_event_at) >= '2026-11-01', "
                          "max(last_event_at) < '2026-12-01' FROM statements").fetchone() == (1, 1)
        # each statement is sighted in its first article, repeats in later ones
        assert _one(db, "SELECT count(*) FROM statement_sightings") == report.sightings
        assert report.sightings > STATEMENTS
        assert _one(db, "SELECT count(*) FROM statements s WHERE NOT EXISTS (SELECT 1 FROM "
                    "statement_sightings g WHERE g.statement_id = s.id "
                    "AND g.article_id = s.first_article_id)") == 0
        # the indexes dropped for the bulk load are back
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"ix_story_keys_article_id", "ix_statement_keys_statement_id"} <= names


@pytest.mark.slow  # three `monitor run --once` processes: ~7-10 s on the shared box
def test_farm_passes_run_on_a_copy_of_the_history(
        built: tuple[Path, farm_history.Built], capsys: pytest.CaptureFixture[str]) -> None:
    path, _ = built
    before = path.stat().st_mtime_ns
    assert bench_farm.main(["--feeds", "3", "--items", "4", "--churn", "2",
                            "--history-articles", str(ARTICLES),
                            "--history-statements", str(STATEMENTS),
                            "--history-db", str(path)]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0] + (" " + line.split()[1] if line.startswith("first") else ""): line
             for line in out.splitlines()}
    # the passes stored the farm's 12 + 6 entries on top of the history
    assert f"({ARTICLES + 12:,} articles" in lines["first update"].replace("(12 new; ", "(")
    assert "rc 0" in lines["first update"] and "rc 0" in lines["churn"]
    assert f"{ARTICLES + 18:,} articles" in lines["churn"]
    assert path.stat().st_mtime_ns == before  # the kept database was copied, not written
    assert farm_history.counts(path) == (ARTICLES, STATEMENTS)
