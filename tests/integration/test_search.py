"""Full-text search over articles and statements, kept current, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, delete, text, update
from sqlalchemy.orm import Session, sessionmaker

from monitor.cli import main
from monitor.storage.engine import transaction
from monitor.storage.models import Article
from monitor.storage.search import (
    PG_ARTICLE_DOCUMENT,
    PG_STATEMENT_DOCUMENT,
    parse_query,
    search,
)
from monitor.storage.statements import StatementRow
from monitor.types import Article as NewArticle
from tests.integration.test_reports import DAY_B, Known, load_known_data


@pytest.fixture
def known(sessions: sessionmaker[Session]) -> Known:
    """The known data set."""
    return load_known_data(sessions)


def _ids(engine: Engine, query: str, **kwargs: Any) -> list[tuple[str, int]]:
    with engine.connect() as conn:
        return [(h["kind"], h["id"]) for h in search(conn, query, **kwargs)]


def test_finds_article_by_a_word_of_its_text(engine: Engine, known: Known) -> None:
    assert _ids(engine, "Istanbul") == [("article", known.articles["a1"])]
    assert _ids(engine, "istanbul MONDAY") == [("article", known.articles["a1"])]  # any case
    assert _ids(engine, "Istanbul Ankara") == []  # every word must occur
    # newest first; two articles mention the corridor
    assert _ids(engine, "corridor", kind="articles") == [
        ("article", known.articles["a8"]), ("article", known.articles["a1"])]
    assert _ids(engine, "corrid*", kind="articles") == _ids(engine, "corridor", kind="articles")
    assert _ids(engine, "corridor", kind="articles", since=DAY_B) == [
        ("article", known.articles["a8"])]
    assert _ids(engine, "пакет") == [("article", known.articles["a6"])]  # Cyrillic words


def test_finds_statements_by_content_and_speaker(engine: Engine, known: Known) -> None:
    assert _ids(engine, "territory") == [("statement", known.statements["st1"])]
    assert _ids(engine, "Peskov", kind="statements") == [("statement", known.statements["st3"])]
    # both kinds: "grain" is in articles and in st2
    kinds = {k for k, _ in _ids(engine, "grain corridor")}
    assert kinds == {"article", "statement"}


def test_snippets_mark_the_match(engine: Engine, known: Known) -> None:
    with engine.connect() as conn:
        (hit,) = list(search(conn, "Istanbul"))
    assert "[Istanbul]" in hit["snippet"]
    assert hit["outlet"] == "TASS"
    assert hit["seen_at"].tzinfo is not None


def test_updated_article_found_by_new_word_not_old(engine: Engine, sessions: sessionmaker[Session],
                                                   known: Known) -> None:
    a1 = known.articles["a1"]
    with transaction(sessions) as s:
        s.execute(update(Article).where(Article.id == a1).values(
            text="Officials discussed the grain corridor in Ankara on Monday."))
    assert _ids(engine, "Ankara") == [("article", a1)]
    assert _ids(engine, "Istanbul") == []
    # an update of other columns (the stories stage does this) leaves the index alone
    with transaction(sessions) as s:
        s.execute(update(Article).where(Article.id == a1).values(story_id=None))
    assert _ids(engine, "Ankara") == [("article", a1)]
    with transaction(sessions) as s:
        s.execute(update(StatementRow).where(StatementRow.id == known.statements["st1"])
                  .values(content="We will never give up land"))
    assert _ids(engine, "territory") == []
    assert _ids(engine, "land", kind="statements") == [("statement", known.statements["st1"])]


def test_storage_insert_and_update_paths_kept_current(engine: Engine,
                                                      sessions: sessionmaker[Session]) -> None:
    from monitor.storage.articles import store_articles

    now = datetime.now(UTC)

    def article(body: str, digest: str) -> NewArticle:
        return NewArticle(
            url="https://x.example/1", canonical_url="https://x.example/1", guid="g1",
            source="X", title="Port reopens", summary="", text=body, authors=(),
            published_at=now, language="en", content_hash=digest, topics=("ports",),
        )

    with transaction(sessions) as s:
        new = store_articles(s, None, [article("Ships return to Odesa harbour.", "h1")], now)
    (stored,) = new.new
    assert _ids(engine, "Odesa") == [("article", stored.id)]
    with transaction(sessions) as s:
        report = store_articles(s, None, [article("Ships return to Izmail harbour.", "h2")],
                                now + timedelta(minutes=5))
    assert report.updated == 1
    assert _ids(engine, "Izmail") == [("article", stored.id)]
    assert _ids(engine, "Odesa") == []
    with transaction(sessions) as s:
        s.execute(delete(Article).where(Article.id == stored.id))
    assert _ids(engine, "Izmail") == []


def test_postgres_queries_use_the_gin_indexes(engine: Engine, known: Known) -> None:
    if engine.dialect.name != "postgresql":
        with engine.connect() as conn:
            names = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type='trigger'")))
        assert {"articles_fts_ai", "articles_fts_ad", "articles_fts_au",
                "statements_fts_ai", "statements_fts_ad", "statements_fts_au"} <= names
        return
    with engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        for table, document, index in (("articles", PG_ARTICLE_DOCUMENT, "ix_articles_fts"),
                                       ("statements", PG_STATEMENT_DOCUMENT,
                                        "ix_statements_fts")):
            plan = "\n".join(conn.scalars(text(
                f"EXPLAIN SELECT id FROM {table} x "
                f"WHERE {document.format(t='x.')} @@ to_tsquery('simple', 'grain')")))
            assert index in plan, plan


def test_query_words_only() -> None:
    assert parse_query('"grain" OR -corridor; DROP').fts5() == '"grain" "or" "corridor" "drop"'
    assert parse_query("sanction* talks").tsquery() == "'sanction':* & 'talks'"
    with pytest.raises(ValueError, match="nothing to search"):
        parse_query("*** ---")


def test_cli_search(db_url: str, known: Known, tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    base = ["--db", db_url, "--config", str(config), "search"]
    result = CliRunner().invoke(main, [*base, "territory", "--format", "json"])
    assert result.exit_code == 0, result.output
    (hit,) = json.loads(result.output)
    assert (hit["kind"], hit["id"], hit["title"]) == ("statement", known.statements["st1"],
                                                       "zelensky")
    table = CliRunner().invoke(main, [*base, "grain", "--kind", "articles", "--limit", "2"])
    assert table.exit_code == 0, table.output
    assert len(table.output.splitlines()) == 3  # header + 2 hits
    empty = CliRunner().invoke(main, [*base, "!!!"])
    assert empty.exit_code == 2
    assert "nothing to search" in empty.output
