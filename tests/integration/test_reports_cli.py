"""``monitor report`` end to end: list, formats, options, plots, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import struct
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner, Result
from matplotlib import image as mpimg
from sqlalchemy.orm import Session, sessionmaker

from monitor.cli import main
from monitor.plots import MAX_SERIES, plot_daily
from monitor.reports import REPORTS
from monitor.storage import migrate
from monitor.storage.engine import create_engine_for
from tests.integration.test_reports import A, B, C, Known, load_known_data

Invoke = Callable[..., Result]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MIN_COLOURS = 4  # background, axes/text, and at least two differently coloured lines


@pytest.fixture
def cli(db_url: str, tmp_path: Path) -> Invoke:
    """Run ``monitor --db URL --config DIR ARGS...`` with an empty configuration folder."""
    config = tmp_path / "config"
    config.mkdir()

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, ["--db", db_url, "--config", str(config), *args])

    return invoke


@pytest.fixture
def known(sessions: sessionmaker[Session]) -> Known:
    """The known data set."""
    return load_known_data(sessions)


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from the IHDR chunk; asserts the PNG signature and chunk order."""
    data = path.read_bytes()
    assert data[:8] == PNG_SIGNATURE
    length, kind = struct.unpack(">I4s", data[8:16])
    assert (length, kind) == (13, b"IHDR")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def distinct_colours(path: Path) -> int:
    """How many distinct RGB colours the image has (read back with matplotlib)."""
    pixels = mpimg.imread(str(path))
    assert pixels.ndim == 3
    rgb = (pixels[..., :3] * 255).round().astype(np.uint8).reshape(-1, 3)
    return len(np.unique(rgb, axis=0))


def test_list_describes_every_report(cli: Invoke) -> None:
    result = cli("report", "--list")
    assert result.exit_code == 0, result.output
    for name in ("new-statements", "top-stories", "first-reporters", "outlets", "official",
                 "feed-health", "coverage"):
        assert name in REPORTS
        assert any(line.startswith(name) for line in result.output.splitlines()), name


def test_report_json_csv_table(cli: Invoke, known: Known) -> None:
    as_json = cli("report", "top-stories", "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    stories = json.loads(as_json.output)
    assert [(s["title"], s["outlets"]) for s in stories] == [
        ("Grain deal talks open", 3), ("EU agrees sanctions package", 2),
        ("Local election results", 1)]
    assert stories[0]["first_event_at"].endswith("+00:00")
    seen = json.loads(cli("report", "top-stories", "--time", "seen", "--format", "json").output)
    assert seen[0]["first_seen_at"].endswith("+00:00")
    refused = cli("report", "feed-health", "--time", "seen")
    assert refused.exit_code == 2 and "does not take --time" in refused.output
    as_csv = cli("report", "outlets", "--format", "csv")
    parsed = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert [(r["outlet"], r["articles"]) for r in parsed] == [
        ("BBC", "3"), ("Reuters", "2"), ("TASS", "2"), ("Kyiv Independent", "1")]
    table = cli("report", "feed-health")
    lines = table.output.splitlines()
    assert lines[0].split()[:3] == ["NAME", "OUTLET", "STATUS"]
    assert lines[1].split()[0] == "reuters" and "failing" in lines[1]


def test_report_windows_and_filters(cli: Invoke, known: Known) -> None:
    statements = json.loads(cli("report", "new-statements", "--since", "3d", "--official",
                                "peskov", "--format", "json").output)
    assert [s["content"] for s in statements] == ["Talks are possible in principle"]
    until = json.loads(cli("report", "coverage", "--since", A, "--until", B,
                           "--format", "json").output)
    assert {r["day"] for r in until} == {A}
    by_topic = json.loads(cli("report", "coverage", "--by", "topic", "--topic", "grain",
                              "--format", "json").output)
    assert [(r["day"], r["topic"], r["articles"]) for r in by_topic] == [(A, "grain", 2),
                                                                        (B, "grain", 1)]


def test_report_usage_errors(cli: Invoke) -> None:
    missing = cli("report", "official")
    assert missing.exit_code == 2 and "needs --official" in missing.output
    wrong = cli("report", "feed-health", "--topic", "x")
    assert wrong.exit_code == 2 and "does not take --topic" in wrong.output
    unknown = cli("report", "nope")
    assert unknown.exit_code == 2 and "no report 'nope'" in unknown.output
    bad_time = cli("report", "outlets", "--since", "yesterday-ish")
    assert bad_time.exit_code == 2 and "--since" in bad_time.output


def test_show_sql(cli: Invoke) -> None:
    result = cli("report", "top-stories", "--show-sql")
    assert result.exit_code == 0
    assert "FROM v_story_coverage" in result.output


def test_report_refuses_an_old_schema(db_url: str, cli: Invoke) -> None:
    engine = create_engine_for(db_url)
    try:
        migrate.downgrade(engine, "0004")
    finally:
        engine.dispose()
    result = cli("report", "outlets")
    assert result.exit_code == 1
    assert "monitor db upgrade" in result.output


def test_coverage_plot(cli: Invoke, known: Known, tmp_path: Path) -> None:
    png = tmp_path / "out" / "coverage.png"
    result = cli("report", "coverage", "--since", A, "--plot", str(png), "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)  # the "plot written" note goes to stderr
    assert {r["outlet"] for r in rows} == {"TASS", "Reuters", "BBC", "Kyiv Independent"}
    assert png_size(png) == (1000, 500)
    assert distinct_colours(png) >= MIN_COLOURS
    by_topic = tmp_path / "topics.png"
    assert cli("report", "coverage", "--by", "topic", "--plot", str(by_topic)).exit_code == 0
    assert png_size(by_topic) == (1000, 500)
    assert by_topic.read_bytes() != png.read_bytes()


def test_official_plot(cli: Invoke, known: Known, tmp_path: Path) -> None:
    png = tmp_path / "zelensky.png"
    result = cli("report", "official", "--official", "zelensky", "--plot", str(png))
    assert result.exit_code == 0, result.output
    assert "We will not trade territory" in result.output
    assert png_size(png) == (1000, 500)
    pixels = mpimg.imread(str(png))
    assert pixels[..., :3].std() > 0.05  # not a blank canvas
    assert distinct_colours(png) >= MIN_COLOURS
    plot_only = cli("report", "coverage", "--official", "zelensky", "--plot", str(png))
    assert plot_only.exit_code == 2


def test_plot_groups_many_series_and_handles_empty(tmp_path: Path) -> None:
    series = {f"outlet {i}": {A: i, B: i + 1, C: 2 * i} for i in range(MAX_SERIES + 4)}
    many = plot_daily(series, tmp_path / "many.png", title="t", ylabel="n")
    assert png_size(many) == (1000, 500)
    assert distinct_colours(many) >= MAX_SERIES
    empty = plot_daily({}, tmp_path / "empty.png", title="t", ylabel="n")
    assert png_size(empty) == (1000, 500)
