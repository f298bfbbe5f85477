"""``monitor statements extract`` and ``monitor officials list | check``."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from monitor.cli import main

TEXT = "“We are ready for talks,” Peskov told reporters.\nZelenskyy said the war must end.\n"


def test_extract_jsonl_contract(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(TEXT, encoding="utf-8")
    second = tmp_path / "b.html"
    second.write_text("<html><body><p>Rutte said NATO would stand by Kyiv.</p></body></html>",
                      encoding="utf-8")
    result = CliRunner().invoke(
        main, ["statements", "extract", str(first), str(second), "--format", "jsonl",
               "--date", "2025-03-08"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["official"] for r in rows] == ["peskov", "zelenskyy", "rutte"]
    assert set(rows[0]) >= {"document", "speaker", "mention", "official", "kind", "content",
                            "cue", "start", "end"}
    assert rows[0]["document"] == str(first) and rows[2]["document"] == str(second)
    assert TEXT[rows[0]["start"] : rows[0]["end"]] == rows[0]["content"]
    assert rows[1]["kind"] == "indirect" and rows[1]["speaker"] == "Volodymyr Zelenskyy"


def test_extract_reads_stdin_and_prints_json() -> None:
    result = CliRunner().invoke(main, ["statements", "extract", "-", "--format", "json"],
                                input=TEXT)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows[0]["document"] == "-" and rows[0]["cue"] == "told"


def test_extract_many_files_table(tmp_path: Path) -> None:
    paths = []
    for n in range(50):
        path = tmp_path / f"{n}.txt"
        path.write_text(TEXT, encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(main, ["statements", "extract", *paths])
    assert result.exit_code == 0, result.output
    assert result.output.count("Dmitry Peskov") == 50


def test_officials_list_and_check(tmp_path: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(main, ["officials", "list", "--format", "json"])
    assert listed.exit_code == 0, listed.output
    assert any(o["id"] == "peskov" and "Peskow" in o["aliases"] for o in json.loads(listed.output))
    assert runner.invoke(main, ["officials", "check"]).exit_code == 0
    bad = tmp_path / "officials.toml"
    bad.write_text('[[official]]\nid = "a"\nname = "Anna Smith"\n'
                   '[[official]]\nid = "b"\nname = "Bob Smith"\n', encoding="utf-8")
    checked = runner.invoke(main, ["officials", "check", "--officials", str(bad)])
    assert checked.exit_code == 1
    assert "ambiguous alias 'smith': a, b" in checked.output
