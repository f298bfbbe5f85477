"""Migrations go up and down on both databases, and the models match them."""

from __future__ import annotations

from sqlalchemy import Engine, inspect

from monitor.storage import migrate


def test_head_has_core_tables_and_no_drift(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert {"feeds", "articles", "fetch_log", "daemon_state"} <= tables
    migrate.check(engine)  # raises on drift between models and migrations


def test_down_to_base_and_up_again(engine: Engine) -> None:
    migrate.downgrade(engine, "base")
    assert migrate.current(engine) is None
    assert "articles" not in inspect(engine).get_table_names()
    migrate.upgrade(engine)
    assert "articles" in inspect(engine).get_table_names()
