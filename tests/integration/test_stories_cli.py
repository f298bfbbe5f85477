"""``monitor stories list | show | rebuild`` end to end, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy.orm import Session, sessionmaker

from monitor.cli import main
from monitor.storage.engine import transaction
from tests.integration.test_stories_store import OTHER, WIRE, _add, _assign

Invoke = Callable[..., Result]
NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def cli(db_url: str, tmp_path: Path) -> Invoke:
    """Run ``monitor --db URL --config DIR ARGS...`` with an empty configuration folder."""
    config = tmp_path / "config"
    config.mkdir()

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(
            main, ["--db", db_url, "--config", str(config), *args], catch_exceptions=False
        )

    return invoke


@pytest.fixture
def three_articles(sessions: sessionmaker[Session]) -> dict[str, int]:
    """An original, its copy (1 h later, other outlet) and an unrelated article."""
    with transaction(sessions) as s:
        rows = {
            "original": _add(
                s,
                "https://a.example/1",
                "Kremlin drafting memorandum",
                "\n".join(WIRE),
                "TASS",
                NOW - timedelta(hours=3),
            ),
            "copy": _add(
                s,
                "https://b.example/1?utm_source=rss",
                "UPDATE 1-Kremlin drafting memorandum",
                "MOSCOW (Reuters) - " + " ".join(WIRE[:4]),
                "Harbour Post",
                NOW - timedelta(hours=2),
            ),
            "other": _add(
                s,
                "https://c.example/9",
                "Bank of England holds rates",
                OTHER,
                "BBC",
                NOW - timedelta(hours=1),
            ),
        }
        for r in rows.values():
            _assign(s, r)
        return {k: r.id for k, r in rows.items()}


def test_list_json_contract(cli: Invoke, three_articles: dict[str, int]) -> None:
    result = cli("stories", "list", "--since", "1d", "--format", "json")
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    assert [s["title"] for s in listed] == [
        "Bank of England holds rates",
        "Kremlin drafting memorandum",
    ]
    wire = listed[1]
    assert set(wire) == {"story_id", "title", "first_seen_at", "first_event_at", "articles"}
    assert datetime.fromisoformat(wire["first_seen_at"]) == NOW - timedelta(hours=3)
    assert wire["articles"] == [
        {
            "id": three_articles["original"],
            "url": "https://a.example/1",
            "source": "TASS",
            "copy_of": None,
        },
        {
            "id": three_articles["copy"],
            "url": "https://b.example/1?utm_source=rss",
            "source": "Harbour Post",
            "copy_of": "https://a.example/1",
        },
    ]
    table = cli("stories", "list", "--since", "1d", "--min-articles", "2")
    assert "Kremlin drafting memorandum" in table.output
    assert "Bank of England" not in table.output


def test_show_outlets_and_similarity(cli: Invoke, three_articles: dict[str, int]) -> None:
    listed = json.loads(cli("stories", "list", "--format", "json").output)
    story_id = listed[1]["story_id"]
    result = cli("stories", "show", str(story_id))
    assert result.exit_code == 0, result.output
    assert "outlets: TASS" in result.output and "Harbour Post" in result.output
    assert "canonical" in result.output and "copy" in result.output
    shown = json.loads(cli("stories", "show", str(story_id), "--format", "json").output)
    assert [o["source"] for o in shown["outlets"]] == ["TASS", "Harbour Post"]
    assert shown["articles"][0]["body"] == 1.0
    assert shown["articles"][1]["relation"] == "copy"
    missing = cli("stories", "show", "999999")
    assert missing.exit_code == 1 and "no story 999999" in missing.output


def test_rebuild_keeps_the_grouping(cli: Invoke, three_articles: dict[str, int]) -> None:
    before = json.loads(cli("stories", "list", "--format", "json").output)
    result = cli("stories", "rebuild", "--since", "1d", "--yes")
    assert result.exit_code == 0, result.output
    assert "3 articles assigned again" in result.output
    after = json.loads(cli("stories", "list", "--format", "json").output)
    strip = [[(a["id"], a["copy_of"]) for a in s["articles"]] for s in before]
    assert [[(a["id"], a["copy_of"]) for a in s["articles"]] for s in after] == strip
