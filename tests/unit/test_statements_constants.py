"""The rule modules assign each module-level name once: a second assignment of a constant
further down a module silently replaces the first for every rule, the earlier ones too
(round 30 found three such pairs in ``extract.py``)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import monitor.statements

MODULES = sorted(Path(monitor.statements.__file__).parent.glob("*.py"))


def _reassigned(path: Path) -> list[str]:
    """Names a module assigns twice at its top level, not counting a widening that reads the
    name itself (``ORG_HEADS = ORG_HEADS | _PAPER_HEADS``)."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else (
            [node.target] if isinstance(node, ast.AnnAssign) else [])
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
            reads_itself = value is not None and any(
                isinstance(n, ast.Name) and n.id == target.id for n in ast.walk(value))
            if target.id in seen and not reads_itself:
                twice.append(target.id)
            seen.add(target.id)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_module_level_name_is_assigned_twice(path: Path) -> None:
    assert _reassigned(path) == []
