"""Output of rows as a table, JSON, JSON lines or CSV, streamed where the format allows."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, TextIO, TypeVar

import click

FORMATS = ("table", "json", "jsonl", "csv")
CELL_MAX = 80  # longest cell in a table; longer text is cut with an ellipsis


F = TypeVar("F", bound=Callable[..., Any])


def format_option(*choices: str, default: str = "table") -> Callable[[F], F]:
    """A ``--format`` click option with the given choices."""
    return click.option("--format", "fmt", type=click.Choice(choices or FORMATS),
                        default=default, show_default=True, help="Output format.")


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    text = " ".join(str(value).split())  # one line, control characters gone
    return text if len(text) <= CELL_MAX else text[: CELL_MAX - 1] + "…"


def emit(rows: Iterable[Mapping[str, Any]], fmt: str, columns: Sequence[str],
         out: TextIO | None = None) -> int:
    """Write ``rows`` in ``fmt``; returns how many rows were written.

    ``jsonl`` and ``csv`` stream row by row; ``table`` and ``json`` hold the rows they print.
    """
    out = out or sys.stdout
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({k: _plain(v) for k, v in row.items()}, ensure_ascii=False)
                      + "\n")
            count += 1
        return count
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_plain(row.get(c)) for c in columns])
            count += 1
        return count
    materialised = list(rows)
    if fmt == "json":
        json.dump([{k: _plain(v) for k, v in row.items()} for row in materialised], out,
                  ensure_ascii=False, indent=2)
        out.write("\n")
        return len(materialised)
    cells = [[_cell(row.get(c)) for c in columns] for row in materialised]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    out.write("  ".join(c.upper().ljust(w) for c, w in zip(columns, widths, strict=True))
              .rstrip() + "\n")
    for r in cells:
        out.write("  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() + "\n")
    return len(materialised)
