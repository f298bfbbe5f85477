"""Event time: back-fills land on the days the news happened, in any order (issue 11).

A JSONL archive spanning January to April 2026 is back-filled with ``monitor ingest`` in
shuffled order, one file after another (so that later files hold earlier news), on SQLite and
PostgreSQL, and the reports are checked against expectations worked out by hand below:

* the coverage report counts each article on its published day, not on the day of the ingest
  (``--time seen`` puts them all on that day);
* the story "Kremlin rejects ceasefire plan" was first reported by Wire One (Jan 10, 09:00),
  then Daily Two (15:00, a lead of 360 minutes), then Evening Three (Jan 11);
* the Peskov statement on guarantees was first reported by Daily Two on Feb 3, then carried
  by Evening Three (Feb 4) and Wire One (Feb 5): the first report is Daily Two whatever
  order the files come in;
* a repeat of that statement in April, more than the 30-day lookback after the last
  sighting, is a new statement.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from monitor.cli import main
from tests.integration.test_pipeline_http import write_config

Invoke = Callable[..., Result]

WIRE, DAILY, EVENING = "Wire One", "Daily Two", "Evening Three"

STORY_BODY = (
    "MOSCOW - The Kremlin on Saturday rejected a European ceasefire plan for Ukraine, saying "
    "it ignored the situation on the ground and would not be discussed in its current form. "
    "Officials in Kyiv said they were ready to study any proposal that led to a just peace. "
    "European diplomats said talks on the plan would continue next week in Geneva with "
    "American envoys, and that a revised draft could be ready by the end of the month. "
    "The plan foresees a thirty-day truce, prisoner exchanges and monitoring of the front line."
)
GUARANTEES = ("Kremlin spokesman Dmitry Peskov said: \"We will not accept any ceasefire "
              "without firm security guarantees for Russia.\"")


def _article(n: int, outlet: str, published: str, title: str, text: str) -> dict[str, str]:
    slug = outlet.lower().replace(" ", "-")
    return {"url": f"https://{slug}.example/{n}", "title": title, "text": text,
            "published": published, "source": outlet}


ARCHIVE = [
    # the January story, three outlets (syndicated copy with light edits)
    _article(1, WIRE, "2026-01-10T09:00:00Z", "Kremlin rejects ceasefire plan", STORY_BODY),
    _article(2, DAILY, "2026-01-10T15:00:00Z", "Kremlin rejects European ceasefire plan",
             STORY_BODY.replace("MOSCOW - ", "MOSCOW (Daily Two) - ")),
    _article(3, EVENING, "2026-01-11T08:00:00Z", "Kremlin rejects ceasefire plan for Ukraine",
             STORY_BODY + " Evening Three contributed reporting."),
    # the February statement: Daily Two first, then the others
    _article(4, DAILY, "2026-02-03T10:00:00Z", "Peskov sets terms for Ukraine truce",
             f"{GUARANTEES} He spoke to reporters in Moscow on Tuesday about the talks."),
    _article(5, EVENING, "2026-02-04T18:00:00Z", "Kremlin repeats its truce conditions",
             f"Talks on Ukraine stalled again. {GUARANTEES} Diplomats in Kyiv were cautious."),
    _article(6, WIRE, "2026-02-05T07:30:00Z", "Moscow insists on guarantees in peace talks",
             f"Negotiators met in Riyadh. {GUARANTEES} No date was set for the next round."),
    # unrelated coverage on other days
    _article(7, WIRE, "2026-03-02T12:00:00Z", "Grain exports from Odesa resume",
             "Ships left the port of Odesa as grain exports from Ukraine resumed on Monday."),
    _article(8, DAILY, "2026-03-02T16:00:00Z", "Kyiv city council approves budget",
             "The Kyiv city council approved its budget for the year after a long debate."),
    # April: the same words again, long after the lookback: a new statement
    _article(9, EVENING, "2026-04-20T09:00:00Z", "Peskov returns to old conditions",
             f"{GUARANTEES} The remarks echoed those he made in February."),
]
EXPECTED_DAYS = {  # (day, outlet) -> articles, by published day
    ("2026-01-10", WIRE): 1, ("2026-01-10", DAILY): 1, ("2026-01-11", EVENING): 1,
    ("2026-02-03", DAILY): 1, ("2026-02-04", EVENING): 1, ("2026-02-05", WIRE): 1,
    ("2026-03-02", WIRE): 1, ("2026-03-02", DAILY): 1, ("2026-04-20", EVENING): 1,
}


@pytest.fixture
def cli(db_url: str, tmp_path: Path) -> Invoke:
    """``monitor --db URL --config DIR ARGS...`` on a fresh database."""
    config = write_config(tmp_path / "config", {})

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, ["--db", db_url, "--config", str(config), *args],
                                  catch_exceptions=False)

    return invoke


def _backfill(cli: Invoke, tmp_path: Path, seed: int) -> None:
    """Ingest the archive shuffled, as three files one after another."""
    items = list(ARCHIVE)
    random.Random(seed).shuffle(items)
    for part in range(3):
        path = tmp_path / f"archive-{part}.jsonl"
        path.write_text("".join(json.dumps(a) + "\n" for a in items[part::3]), encoding="utf-8")
        result = cli("ingest", "--all-topics", str(path))
        assert result.exit_code == 0, result.output
        assert "published-time order" in result.output


def _json(cli: Invoke, *args: str) -> list[dict[str, Any]]:
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return list(json.loads(result.output))


WINDOW = ("--since", "2026-01-01", "--until", "2026-05-01")


@pytest.mark.parametrize("seed", [1, 7])
def test_a_shuffled_backfill_lands_on_the_days_of_the_news(cli: Invoke, tmp_path: Path,
                                                           seed: int) -> None:
    _backfill(cli, tmp_path, seed)

    days = _json(cli, "report", "coverage", *WINDOW)
    assert {(r["day"], r["outlet"]): r["articles"] for r in days} == EXPECTED_DAYS
    seen = _json(cli, "report", "coverage", "--time", "seen", "--since", "1d")
    assert len({r["day"] for r in seen}) <= 2  # the day (or midnight) of the ingest
    assert sum(r["articles"] for r in seen) == len(ARCHIVE)

    [story] = _json(cli, "report", "first-reporters", *WINDOW)
    assert story["first_outlet"] == WIRE and story["next_outlet"] == DAILY
    assert story["first_event_at"].startswith("2026-01-10T09:00")
    assert story["lead_minutes"] == 360 and story["outlets"] == 3

    statements = [s for s in _json(cli, "report", "official", "--official", "peskov", *WINDOW)
                  if "security guarantees" in s["content"]]
    assert [(s["first_outlet"], s["first_event_at"][:10], s["outlets"]) for s in statements] == [
        (DAILY, "2026-02-03", 3),  # Daily Two first, whichever file came first
        (EVENING, "2026-04-20", 1),  # beyond the lookback after Feb 5: new again
    ]
    assert statements[0]["first_url"] == "https://daily-two.example/4"

    spring = _json(cli, "stories", "list", "--since", "2026-03-01")  # began since, event time
    assert sorted(s["first_event_at"][:10] for s in spring) == [
        "2026-03-02", "2026-03-02", "2026-04-20"]
    wide = _json(cli, "stories", "list", "--since", "2026-01-01", "--min-outlets", "3")
    assert [len(s["articles"]) for s in wide] == [3]  # the January story, three outlets
    everything = _json(cli, "stories", "list", "--since", "1d", "--time", "seen")
    assert sum(len(s["articles"]) for s in everything) == len(ARCHIVE)


def test_the_timeline_plot_spreads_over_the_real_days(cli: Invoke, tmp_path: Path) -> None:
    _backfill(cli, tmp_path, 3)
    png = tmp_path / "peskov.png"
    result = cli("report", "official", "--official", "peskov", "--plot", str(png))
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    daily = _json(cli, "sql", "SELECT day, new_statements, sightings FROM "
                  "v_official_activity_daily WHERE official_id = 'peskov' ORDER BY day")
    assert [d["day"] for d in daily] == ["2026-02-03", "2026-02-04", "2026-02-05", "2026-04-20"]
    assert [(d["new_statements"], d["sightings"]) for d in daily] == [(1, 1), (0, 1), (0, 1),
                                                                     (1, 1)]


def test_a_backfill_is_recorded_not_alerted(db_url: str, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Alerts go by first seen: a back-fill is backlog, like a new feed's first fetch."""
    config = write_config(tmp_path / "config", {})
    with (config / "monitor.toml").open("a", encoding="utf-8") as toml:
        toml.write('[alerts.channels.news]\ntype = "slack"\nwebhook_url_env = "TEST_HOOK"\n')
    monkeypatch.setenv("TEST_HOOK", "http://127.0.0.1:9/hook")

    def cli(*args: str) -> Result:
        return CliRunner().invoke(main, ["--db", db_url, "--config", str(config), *args],
                                  catch_exceptions=False)

    _backfill(cli, tmp_path, 5)
    rows = _json(cli, "sql", "SELECT status FROM alert_outbox")
    assert rows and {r["status"] for r in rows} == {"suppressed"}
