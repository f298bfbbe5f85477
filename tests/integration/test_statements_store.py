"""Statements storage on SQLite and PostgreSQL: new statements, sightings, lookback, listing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from monitor.storage.engine import transaction
from monitor.storage.models import Article
from monitor.storage.statements import (
    StatementRow,
    StatementSighting,
    list_statements,
    record_statements,
    sightings_of,
)
from monitor.types import Statement

T0 = datetime(2025, 3, 8, 12, 0, tzinfo=UTC)
LOOKBACK = timedelta(days=30)
PESKOV_FULL = (
    "We can and want to agree with it, and we agree with it. That's the way it is. "
    "This is actually a conflict between Russia and the collective West."
)


def _article(session: Session, n: int, source: str = "Outlet") -> int:
    article = Article(
        source=source, url=f"https://example.org/{n}", canonical_url=f"https://example.org/{n}",
        title=f"Article {n}", summary="", text="", authors=[], first_seen_at=T0,
        content_hash=f"{n:064d}", topics=[],
    )
    session.add(article)
    session.flush()
    return article.id


def _statement(content: str, official: str | None = "peskov",
               speaker: str | None = "Dmitry Peskov") -> Statement:
    return Statement(speaker=speaker, mention="Peskov", official=official, kind="direct",
                     content=content, cue="said", start=10, end=10 + len(content),
                     confidence=0.95)


def test_first_is_new_then_repeats_are_sightings(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as s:
        a1, a2, a3 = _article(s, 1, "TASS"), _article(s, 2, "Reuters"), _article(s, 3, "BBC")
        new = record_statements(s, a1, "TASS", T0, [_statement(PESKOV_FULL)], LOOKBACK)
    assert len(new) == 1 and new[0].is_new and new[0].official_id == "peskov"
    with transaction(sessions) as s:
        # the same quote with other quote marks and a partial quote of it: both sightings
        again = record_statements(s, a2, "Reuters", T0 + timedelta(hours=2),
                                  [_statement(PESKOV_FULL.replace("'", "’"))], LOOKBACK)
        partial = record_statements(
            s, a3, "BBC", T0 + timedelta(hours=3),
            [_statement("a conflict between Russia and the collective West")], LOOKBACK)
    assert again == [] and partial == []
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(StatementRow)) == 1
        seen = sightings_of(s, new[0].id)
    assert [outlet for _, outlet, _ in seen] == ["TASS", "Reuters", "BBC"]


def test_other_speaker_or_outside_lookback_is_new(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as s:
        a1, a2, a3 = _article(s, 1), _article(s, 2), _article(s, 3)
        record_statements(s, a1, "Outlet", T0, [_statement(PESKOV_FULL)], LOOKBACK)
        by_other = record_statements(
            s, a2, "Outlet", T0 + timedelta(days=1),
            [_statement(PESKOV_FULL, official="lavrov", speaker="Sergei Lavrov")], LOOKBACK)
        later = record_statements(s, a3, "Outlet", T0 + LOOKBACK + timedelta(days=1),
                                  [_statement(PESKOV_FULL)], LOOKBACK)
    assert len(by_other) == 1 and by_other[0].official_id == "lavrov"
    assert len(later) == 1


def test_same_article_twice_keeps_one_sighting(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as s:
        a1 = _article(s, 1)
        first = record_statements(s, a1, "Outlet", T0,
                                  [_statement(PESKOV_FULL), _statement(PESKOV_FULL)], LOOKBACK)
        again = record_statements(s, a1, "Outlet", T0, [_statement(PESKOV_FULL)], LOOKBACK)
    assert len(first) == 1 and again == []
    with sessions() as s:
        assert s.scalar(select(func.count()).select_from(StatementSighting)) == 1


def test_untracked_speakers_are_kept_by_name(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as s:
        a1, a2 = _article(s, 1), _article(s, 2)
        one = record_statements(s, a1, "Outlet", T0, [_statement(
            "The talks went well and will continue", official=None, speaker="Jane Doe")],
            LOOKBACK)
        two = record_statements(s, a2, "Outlet", T0, [_statement(
            "The talks went well and will continue", official=None, speaker="John Roe")],
            LOOKBACK)
    assert len(one) == 1 and len(two) == 1


def test_list_filters_official_since_and_new_only(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as s:
        a1, a2, a3 = _article(s, 1, "TASS"), _article(s, 2), _article(s, 3)
        record_statements(s, a1, "TASS", T0 - timedelta(days=10), [_statement(PESKOV_FULL)],
                          LOOKBACK)
        record_statements(s, a2, "Outlet", T0, [_statement(PESKOV_FULL)], LOOKBACK)
        record_statements(s, a3, "Outlet", T0, [_statement(
            "Russia is ready for talks without preconditions", official="lavrov",
            speaker="Sergei Lavrov")], LOOKBACK)
    since = T0 - timedelta(days=7)
    with sessions() as s:
        peskov = list_statements(s, official="peskov", since=since)
        fresh = list_statements(s, official="peskov", since=since, new_only=True)
        everyone = list_statements(s, since=since, new_only=True)
    assert len(peskov) == 1 and peskov[0].sightings == 2
    assert peskov[0].first_outlet == "TASS" and peskov[0].first_url == "https://example.org/1"
    assert fresh == []
    assert [r.official_id for r in everyone] == ["lavrov"]


def test_deleting_an_article_keeps_the_statement(sessions: sessionmaker[Session]) -> None:
    with transaction(sessions) as s:
        a1, a2 = _article(s, 1), _article(s, 2)
        new = record_statements(s, a1, "Outlet", T0, [_statement(PESKOV_FULL)], LOOKBACK)
        record_statements(s, a2, "Outlet", T0, [_statement(PESKOV_FULL)], LOOKBACK)
    with transaction(sessions) as s:
        s.delete(s.get(Article, a1))
    with sessions() as s:
        row = s.get(StatementRow, new[0].id)
        assert row is not None and row.first_article_id is None
        assert [a for a, _, _ in sightings_of(s, new[0].id)] == [a2]


def test_cli_list(db_url: str, sessions: sessionmaker[Session], tmp_path: object) -> None:
    import json

    from click.testing import CliRunner

    from monitor.cli import main

    now = datetime.now(UTC)
    with transaction(sessions) as s:
        a1 = _article(s, 1, "TASS")
        record_statements(s, a1, "TASS", now, [_statement(PESKOV_FULL)], LOOKBACK)
    config = Path(str(tmp_path)) / "config"
    config.mkdir()
    result = CliRunner().invoke(main, ["--db", db_url, "--config", str(config), "statements",
                                       "list", "--official", "peskov", "--since", "7d",
                                       "--new-only", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["official"], r["first_outlet"], r["sightings"]) for r in rows] == [
        ("peskov", "TASS", 1)]
    other = CliRunner().invoke(main, ["--db", db_url, "--config", str(config), "statements",
                                      "list", "--official", "lavrov"])
    assert other.exit_code == 0 and "peskov" not in other.output


def test_how_the_speaker_was_resolved_is_stored(sessions: sessionmaker[Session]) -> None:
    """The extractor's resolution kind (issue 13) lands in statements.resolution, so SQL can
    tell a speaker named in the sentence from one reached through a pronoun."""
    from monitor.statements import Extractor, default_registry

    text = ('Kremlin spokesman Dmitry Peskov spoke to reporters on Monday. "We are ready to talk '
            'to anyone who wants peace," Peskov said. He added: "The door is open, but the '
            'terms are ours to set."')
    found = Extractor(default_registry()).extract(text, T0.date())
    kinds = {s.content: s.resolution for s in found}
    assert len(found) == 2 and set(kinds.values()) >= {"pronoun"}, kinds
    with transaction(sessions) as s:
        article = _article(s, 1, "TASS")
        record_statements(s, article, "TASS", T0, found, LOOKBACK)
    with sessions() as s:
        stored = dict(s.execute(select(StatementRow.content, StatementRow.resolution)).all())
    assert stored == kinds
