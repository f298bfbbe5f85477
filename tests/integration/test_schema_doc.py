"""docs/schema.md is generated and current; its views and example queries are real."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from monitor.reports import run_readonly_sql
from monitor.storage.schemadoc import EXAMPLES, REGENERATE, VIEWS, render
from monitor.storage.tables import load_all

SCHEMA_MD = Path(__file__).resolve().parents[2] / "docs" / "schema.md"


def test_committed_schema_doc_is_current() -> None:
    assert SCHEMA_MD.is_file(), f"docs/schema.md is missing: run `{REGENERATE}`"
    if SCHEMA_MD.read_text(encoding="utf-8") != render():
        pytest.fail(f"docs/schema.md is stale (a model or view changed): run `{REGENERATE}` "
                    "and commit the result")


def test_doc_covers_every_table_column_and_view() -> None:
    doc = render()
    for table in load_all().sorted_tables:
        assert f"### `{table.name}`" in doc
        for column in table.columns:
            assert f"| `{column.name}` |" in doc
    for name in VIEWS:
        assert f"### `{name}`" in doc
    # a description from the model source reached the page
    assert "| `source` | varchar(200) | no |  | outlet name |" in doc
    assert "FK → `feeds.id`, on delete set null" in doc


def test_example_queries_run(engine: Engine, db_url: str) -> None:
    ran = 0
    for example in EXAMPLES:
        if example.dialect not in ("both", engine.dialect.name):
            continue
        with run_readonly_sql(db_url, example.sql) as result:  # as printed, with its ";"
            list(result.rows)
            assert result.columns, example.title
        ran += 1
    assert ran >= len([e for e in EXAMPLES if e.dialect == "both"]) + 1
