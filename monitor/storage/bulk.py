"""Multi-row INSERTs through the driver, for the hot write paths (issue 12).

Core's ``insert(table).values([...])`` compiles a new statement for every batch (the rows'
values are part of it: 200 rows x 18 columns went through SQLAlchemy's coercions one by one,
~5 ms per feed of 20 articles); an executemany with RETURNING writes one row per statement on
SQLite. :func:`insert_rows` builds the SQL text once per (table, columns, row count, dialect)
and binds each value with its column type's own bind processor for the dialect (what Core
would have bound: ``UTCDateTime`` as naive UTC text on SQLite, JSON serialised), then runs it
with ``exec_driver_sql`` in the connection's transaction.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection, Dialect

# Bound parameters per INSERT at most: under the 999 of older SQLite builds (newer ones and
# PostgreSQL allow far more; a larger statement saves little once rows are batched).
MAX_PARAMETERS = 990


def _same(value: Any) -> Any:
    return value


@functools.lru_cache(maxsize=64)
def _binders(table: Table, columns: tuple[str, ...], dialect: Dialect
             ) -> tuple[Callable[[Any], Any], ...]:
    """Each column's bind processor for ``dialect`` (identity where it has none)."""
    out = []
    for name in columns:
        kind = table.c[name].type
        bind = kind.dialect_impl(dialect).bind_processor(dialect)
        out.append(bind if bind is not None else _same)
    return tuple(out)


@functools.lru_cache(maxsize=64)
def _sql(table: Table, columns: tuple[str, ...], n_rows: int, dialect: str,
         returning: tuple[str, ...], skip_conflicts: bool) -> str:
    marker = "%s" if dialect == "postgresql" else "?"
    one = "(" + ", ".join([marker] * len(columns)) + ")"
    sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES {', '.join([one] * n_rows)}"
    if skip_conflicts:
        sql += " ON CONFLICT DO NOTHING"
    if returning:
        sql += f" RETURNING {', '.join(returning)}"
    return sql


def insert_rows(conn: Connection, table: Table, columns: Sequence[str],
                rows: Sequence[dict[str, Any]], *, returning: Sequence[str] = (),
                skip_conflicts: bool = False) -> list[tuple[Any, ...]]:
    """INSERT ``rows`` (dicts holding at least ``columns``) into ``table``, as many rows per
    statement as :data:`MAX_PARAMETERS` allows; the ``returning`` columns of the rows written
    (a row skipped by ``skip_conflicts``, ``ON CONFLICT DO NOTHING``, returns nothing), in no
    promised order."""
    if not rows:
        return []
    names = tuple(columns)
    dialect = conn.dialect
    binders = _binders(table, names, dialect)
    per = max(1, MAX_PARAMETERS // len(names))
    out: list[tuple[Any, ...]] = []
    for start in range(0, len(rows), per):
        chunk = rows[start:start + per]
        sql = _sql(table, names, len(chunk), dialect.name, tuple(returning), skip_conflicts)
        # exec_driver_sql: no compilation, and a driver error still arrives as SQLAlchemy's
        # (a locked database is reported as such); a tuple is one execution, not many
        result = conn.exec_driver_sql(sql, tuple(bind(row[name]) for row in chunk
                                                 for name, bind in zip(names, binders,
                                                                       strict=True)))
        if returning:
            out.extend(tuple(r) for r in result.fetchall())
    return out
