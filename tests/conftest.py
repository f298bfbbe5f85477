"""Fixtures shared by the whole suite.

``shared_dir``: the ``../shared`` folder beside the project (reference article, data sets).
Where it is absent (a clone elsewhere), tests that need it skip with a clear message; with
``MONITOR_REQUIRE_SHARED=1`` (set by ``.ci/run``) they fail instead.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from pathlib import Path

import pytest

# The tests run the pure-Python extractor (they monkeypatch its modules) even where a compiled
# build exists (monitor.native); MONITOR_NATIVE=on runs them on the build instead.
os.environ.setdefault("MONITOR_NATIVE", "off")

pytest_plugins = ["tests.support.httpserver"]  # the `http_server` fixture, for every test

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


@pytest.fixture(autouse=True)
def _serial_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pipelines built in the test process extract statements serially (``[statements]
    workers`` defaults to 1 here, not to the CPU count): a pool of processes per test would
    cost more than the extraction. Tests of the pool set ``workers`` themselves;
    ``monitor`` processes the tests start use the real default."""
    import monitor.config

    monkeypatch.setattr(monitor.config, "default_workers", lambda: 1)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``../shared`` folder (skips or fails when absent, see module docstring)."""
    return require_shared()


# --- databases ---------------------------------------------------------------------------------
# Every storage test runs on SQLite and on PostgreSQL through the parametrised ``db_url``
# fixture. Each test gets a fresh, migrated database: on SQLite a new file, on PostgreSQL a
# database cloned from a template migrated once per session (CREATE DATABASE ... TEMPLATE).
# Without a reachable PostgreSQL those cases skip, except with MONITOR_REQUIRE_POSTGRES=1
# (set by .ci/run), where they fail.

import uuid  # noqa: E402
from collections.abc import Iterator  # noqa: E402

from sqlalchemy import Engine, create_engine, text  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from monitor.storage import migrate  # noqa: E402
from monitor.storage.engine import create_engine_for, session_factory  # noqa: E402

POSTGRES_ADMIN_URL = os.environ.get(
    "MONITOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
_pg_template: dict[str, str] = {}


def _pg_admin() -> Engine:
    return create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT", pool_pre_ping=True)


def _pg_available() -> str | None:
    try:
        engine = _pg_admin()
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # any failure to connect means "not available"
        return f"PostgreSQL not reachable at {POSTGRES_ADMIN_URL}: {exc.__class__.__name__}"
    return None


def _with_database(url: str, name: str) -> str:
    base, _, _ = url.rpartition("/")
    return f"{base}/{name}"


def _pg_template_db() -> str:
    if "name" not in _pg_template:
        name = f"monitor_tpl_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        admin = _pg_admin()
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        engine = create_engine_for(_with_database(POSTGRES_ADMIN_URL, name))
        migrate.upgrade(engine)
        engine.dispose()
        _pg_template["name"] = name
    return _pg_template["name"]


def _drop_pg_database(name: str) -> None:
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Drop the PostgreSQL template database this session made, and stop any worker process
    a test left running: multiprocessing joins its children at exit, so one idle worker of a
    process pool nobody closed would hang the run after its summary (seen once in CI on
    2026-12-06, a spawn worker waiting on its pipe). It is named on stderr so the leak shows."""
    if "name" in _pg_template:
        _drop_pg_database(_pg_template.pop("name"))
    for child in multiprocessing.active_children():
        sys.stderr.write(f"conftest: stopping a worker process left running: {child.name}\n")
        child.terminate()
        child.join(timeout=CHILD_JOIN_SECONDS)


CHILD_JOIN_SECONDS = 5  # a terminated worker exits at once; do not wait on one forever


def require_postgres() -> None:
    """Skip (fail under MONITOR_REQUIRE_POSTGRES=1) when PostgreSQL is not reachable."""
    problem = _pg_available()
    if problem is None:
        return
    if os.environ.get("MONITOR_REQUIRE_POSTGRES") == "1":
        pytest.fail(problem)
    pytest.skip(problem)


def fresh_database(kind: str, tmp_path: Path, stem: str = "monitor") -> Iterator[str]:
    """The URL of a fresh database migrated to head: SQLite (``kind`` "sqlite" or an SQLite
    URL) as ``tmp_path/stem.db``, else a PostgreSQL copy of the session's template, dropped
    after."""
    if kind.startswith("sqlite"):
        path = tmp_path / f"{stem}.db"
        engine = create_engine_for(f"sqlite:///{path}")
        migrate.upgrade(engine)
        engine.dispose()
        yield f"sqlite:///{path}"
        return
    require_postgres()
    template = _pg_template_db()
    name = f"monitor_t_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    admin = _pg_admin()
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    admin.dispose()
    try:
        yield _with_database(POSTGRES_ADMIN_URL, name)
    finally:
        _drop_pg_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a fresh database migrated to head, on SQLite and on PostgreSQL."""
    yield from fresh_database(request.param, tmp_path)


@pytest.fixture
def second_db(db_url: str, tmp_path: Path) -> Iterator[str]:
    """Another fresh database of the same kind as ``db_url`` (two daemons' or two paths'
    databases compared)."""
    yield from fresh_database(db_url, tmp_path, "second")


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on the fresh database of ``db_url``."""
    eng = create_engine_for(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def sessions(engine: Engine) -> sessionmaker[Session]:
    """A session factory on the fresh database."""
    return session_factory(engine)
