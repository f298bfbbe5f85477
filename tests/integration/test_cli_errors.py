"""Faults an operator meets give one line and a non-zero exit, never a traceback (issue 9,
point 4): unmigrated or downgraded databases, an unreachable or missing PostgreSQL, URLs monitor
cannot use, config values that are only wrong when used, unreadable ingest inputs, and a
SQLite database locked beyond the busy timeout."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from monitor.cli import main
from tests.integration.test_pipeline_http import write_config

DB_COMMANDS = [["stories", "list"], ["stories", "show", "1"], ["statements", "list"],
               ["alerts", "list"], ["alerts", "retry", "1"]]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(config: Path, db: str, *args: str) -> Result:
    return CliRunner().invoke(main, ["--config", str(config), "--db", db, *args])


def _one_line_error(result: Result, *phrases: str) -> None:
    assert result.exit_code in (1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        f"raised {result.exception!r}"
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, result.output
    for phrase in phrases:
        assert phrase in errors[0], errors[0]


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return write_config(tmp_path / "config", {})


@pytest.mark.parametrize("command", DB_COMMANDS, ids=" ".join)
def test_unmigrated_sqlite(config: Path, tmp_path: Path, command: list[str]) -> None:
    db = f"sqlite:///{tmp_path / 'empty.db'}"
    (tmp_path / "empty.db").touch()
    _one_line_error(_run(config, db, *command), "not migrated", "monitor db upgrade")


def test_after_a_downgrade(config: Path, db_url: str) -> None:
    assert _run(config, db_url, "db", "downgrade", "0003").exit_code == 0
    _one_line_error(_run(config, db_url, "alerts", "list"), "not migrated", "monitor db upgrade")
    assert _run(config, db_url, "db", "downgrade", "base").exit_code == 0
    for command in DB_COMMANDS:
        _one_line_error(_run(config, db_url, *command), "not migrated")
    _one_line_error(_run(config, db_url, "db", "check"), "not at the latest migration",
                    "monitor db upgrade")


@pytest.mark.parametrize("command", [*DB_COMMANDS, ["status"], ["db", "check"],
                                     ["db", "upgrade"], ["run", "--once"]], ids=" ".join)
def test_postgresql_down(config: Path, command: list[str]) -> None:
    db = f"postgresql://postgres@127.0.0.1:{_closed_port()}/test"
    result = _run(config, db, *command)
    _one_line_error(result, "cannot reach the database")
    assert "schema drift" not in result.output


def test_postgresql_database_missing(config: Path) -> None:
    from tests.conftest import require_postgres

    require_postgres()
    db = "postgresql://postgres@127.0.0.1:5432/monitor_no_such_database"
    _one_line_error(_run(config, db, "stories", "list"), "cannot reach", "does not exist")


@pytest.mark.parametrize(("db", "phrase"), [("mysql://root@127.0.0.1/test", "not supported"),
                                            ("garbage", "not a URL")])
def test_urls_monitor_cannot_use(config: Path, db: str, phrase: str) -> None:
    _one_line_error(_run(config, db, "stories", "list"), phrase)


@pytest.mark.parametrize(("toml", "key"), [
    ('[fetch]\nallowed_networks = ["not-a-net"]', "fetch.allowed_networks"),
    ("[fetch]\nmax_bytes = -1", "fetch.max_bytes"),
    ("[fetch]\nconcurrency = 0", "fetch.concurrency"),
    ('[logging]\nlevel = "LOUD"', "logging.level"),
    ('[logging]\nformat = "xml"', "logging.format"),
    ("[logging]\ncolour = true", "logging.colour"),
    ("[statements]\nlookback = 3", "statements.lookback"),
    ("[statements]\nlookback_days = -3", "statements.lookback_days"),
    ("[pages]\ntimeout = 3", "pages"),
    ("[reports]\nlimit = 3", "reports"),
    ('[poll]\nmin_interval = "3h"\nmax_interval = "1h"', "poll.min_interval"),
    ("[poll]\njitter = 1.5", "poll.jitter"),
    ("[articles]\nmax_text_chars = 0", "articles.max_text_chars"),
    ("[articles]\nmax_record_bytes = -5", "articles.max_record_bytes"),
    ("[articles]\nmax_chars = 5", "articles.max_chars"),
])
def test_config_values_are_checked_at_load(config: Path, tmp_path: Path, toml: str,
                                           key: str) -> None:
    (config / "monitor.toml").write_text(toml + "\n", encoding="utf-8")
    _one_line_error(_run(config, f"sqlite:///{tmp_path / 'm.db'}", "status"),
                    "monitor.toml", key)


def test_a_config_file_that_is_not_utf8(config: Path, tmp_path: Path) -> None:
    (config / "monitor.toml").write_bytes(b'[logging]\nlevel = "\xff\xfe"\n')
    _one_line_error(_run(config, f"sqlite:///{tmp_path / 'm.db'}", "status"), "not UTF-8")


def test_ingest_inputs_that_cannot_be_read(config: Path, tmp_path: Path) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 40)
    db = f"sqlite:///{tmp_path / 'm.db'}"
    for name in ("missing.jsonl", "folder", "noise.bin"):
        result = _run(config, db, "ingest", str(tmp_path / name))
        _one_line_error(result, "could not read 1 of 1 inputs")


def test_ingest_into_a_sqlite_database_locked_by_another_process(config: Path,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    db = f"sqlite:///{path}"
    assert _run(config, db, "db", "upgrade").exit_code == 0
    with (config / "monitor.toml").open("a", encoding="utf-8") as handle:
        handle.write('[database]\nbusy_timeout = "0.5s"\n')
    archive = tmp_path / "a.jsonl"
    archive.write_text('{"url": "https://x.example/1", "title": "Kyiv talks", '
                       '"text": "Ukraine peace talks in Kyiv."}\n', encoding="utf-8")
    holder = sqlite3.connect(path, timeout=0.1)
    holder.execute("BEGIN EXCLUSIVE")  # another process's writer, holding on
    try:
        result = _run(config, db, "ingest", str(archive))
    finally:
        holder.rollback()
        holder.close()
    _one_line_error(result, "locked by another process")
