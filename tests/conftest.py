"""Fixtures shared by the whole suite.

``shared_dir``: the ``../shared`` folder beside the project (reference article, data sets).
Where it is absent (a clone elsewhere), tests that need it skip with a clear message; with
``MONITOR_REQUIRE_SHARED=1`` (set by ``.ci/run``) they fail instead.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = PROJECT_ROOT.parent / "shared"


def require_shared() -> Path:
    """Return ``../shared``, or skip (fail in CI) when it is not there."""
    if SHARED_DIR.is_dir():
        return SHARED_DIR
    message = f"../shared is absent (looked for {SHARED_DIR}); these tests read its data in place"
    if os.environ.get("MONITOR_REQUIRE_SHARED") == "1":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``../shared`` folder (skips or fails when absent, see module docstring)."""
    return require_shared()
