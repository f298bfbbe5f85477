"""Engines and sessions for SQLite (the embedded default) and PostgreSQL (production).

SQLite gets WAL (readers never block the writer), a busy timeout (several processes may
write) and foreign keys on. PostgreSQL uses psycopg 3; ``postgresql://`` URLs are mapped to
the ``postgresql+psycopg`` driver.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from monitor.errors import StorageError

SUPPORTED_BACKENDS = ("sqlite", "postgresql")
# PostgreSQL: the NOLOGIN role `monitor sql` runs its statements under (SELECT on the project's
# tables and views only); `monitor db upgrade` creates it (storage/migrate.py)
PG_READER_ROLE = "monitor_sql_reader"
SQLITE_BUSY_TIMEOUT_MS = 30_000  # a writer waits this long for another process's write lock


def normalise_url(url: str) -> str:
    """Map ``postgres://`` and ``postgresql://`` to the psycopg 3 driver; keep others."""
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    return url


def is_sqlite(url: str) -> bool:
    """True when ``url`` names an SQLite database."""
    return make_url(normalise_url(url)).get_backend_name() == "sqlite"


def redact_url(url: str) -> str:
    """The URL with its password hidden, for logs and error messages."""
    return make_url(normalise_url(url)).render_as_string(hide_password=True)


def create_engine_for(url: str, *, busy_timeout: float | None = None, **kwargs: Any) -> Engine:
    """Create an engine for ``url`` with monitor's per-database settings.

    ``busy_timeout`` (seconds, SQLite only; default :data:`SQLITE_BUSY_TIMEOUT_MS`) is how
    long a writer waits for another process's write lock before "database is locked".
    """
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() not in SUPPORTED_BACKENDS:
        raise StorageError(
            f"database URL {parsed.render_as_string(hide_password=True)}: "
            f"{parsed.get_backend_name()} is not supported; monitor works with "
            "sqlite:///PATH and postgresql://USER@HOST/DB")
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        timeout_ms = (SQLITE_BUSY_TIMEOUT_MS if busy_timeout is None
                      else int(busy_timeout * 1000))
        connect_args = kwargs.pop("connect_args", {})
        connect_args.setdefault("timeout", timeout_ms / 1000)
        engine = create_engine(url, connect_args=connect_args, **kwargs)

        def on_connect(dbapi_connection: Any, _record: Any) -> None:
            _sqlite_on_connect(dbapi_connection, timeout_ms)

        event.listen(engine, "connect", on_connect)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


# SQLite's page cache per connection, in KiB (its default is 2 MiB). The index lookups of
# stories and statements read b-tree pages all over tables of millions of rows; 32 MiB holds
# their upper levels and the recent postings (bench/bench_novelty.py: 100k statements).
SQLITE_CACHE_KIB = 32 * 1024
# Pages the write-ahead log may hold before a commit copies them into the database (SQLite's
# default is 1,000 pages, 4 MiB: a feed of 20 new articles with their stories and statements
# writes about a quarter of that, so every fourth commit paid a checkpoint). 16,384 pages
# (64 MiB of log at most) took the commits of a 200-feed first update from 2.8 to 1.5 s
# (bench/bench_farm.py --profile, docs/benchmarks.md); readers are unaffected.
SQLITE_WAL_CHECKPOINT_PAGES = 16_384


def _sqlite_on_connect(dbapi_connection: Any, timeout_ms: int) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={int(timeout_ms)}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; fsync at checkpoints only
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.execute(f"PRAGMA wal_autocheckpoint={SQLITE_WAL_CHECKPOINT_PAGES}")
    cursor.close()


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """A session factory that keeps loaded values usable after commit."""
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session in one transaction: committed on success, rolled back on any error."""
    with factory() as session, session.begin():
        yield session


@contextmanager
def feed_transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """:func:`transaction` for one feed's new articles, with SQLite's statement journals in
    memory.

    A feed's transaction runs a savepoint per stage and multi-row inserts; SQLite keeps each
    one's undo pages in a statement journal that spills to a temporary *file* past 64 KiB, and
    those writes were two thirds of the daemon's system time (strace, docs/benchmarks.md,
    "system time"). ``temp_store=MEMORY`` keeps them in memory: a feed's journal is bounded by
    what one feed writes (a few MB at most). SQLite fixes where a transaction's statement
    journal lives when its write transaction begins, so the pragma is set before the first
    write and put back to the default before the commit: every other transaction on the
    connection (pruning, a rebuild, a migration, which may change millions of rows) keeps its
    journals on disk. On PostgreSQL this is :func:`transaction`.
    """
    with factory() as session, session.begin():
        if session.get_bind().dialect.name != "sqlite":
            yield session
            return
        # the DB-API connection: the pragma runs whatever state the session is left in
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA temp_store=MEMORY")  # no BEGIN yet: pysqlite begins at a write
        try:
            yield session
        finally:
            # allowed inside the transaction (monitor makes no temporary tables); the journal
            # this transaction opened stays in memory until its commit
            raw.execute("PRAGMA temp_store=DEFAULT")
