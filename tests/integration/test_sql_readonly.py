"""``monitor sql`` cannot write, on SQLite and PostgreSQL, whatever it is given.

Each refused statement is checked twice: through the public path (keyword check first) and
with the keyword check off, to show the database-level guards hold by themselves. After each
attempt the data is counted again.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from monitor.cli import main
from monitor.errors import ReadOnlyViolation, StorageError
from monitor.reports import first_keyword, run_readonly_sql
from tests.integration.test_reports import ARTICLES, Known, load_known_data


@pytest.fixture
def known(sessions: sessionmaker[Session]) -> Known:
    """The known data set (8 articles)."""
    return load_known_data(sessions)


def _counts(engine: Engine) -> tuple[int, int, int, set[str]]:
    with engine.connect() as conn:
        articles = conn.scalar(text("SELECT COUNT(*) FROM articles"))
        titles = conn.scalar(text("SELECT COUNT(DISTINCT title) FROM articles"))
        statements = conn.scalar(text("SELECT COUNT(*) FROM statements"))
    return int(articles or 0), int(titles or 0), int(statements or 0), set(
        inspect(engine).get_table_names())


def _select(url: str, sql: str) -> list[dict[str, object]]:
    with run_readonly_sql(url, sql) as result:
        return list(result.dicts())


BOTH_REFUSED = [
    "INSERT INTO articles (source, url, canonical_url, title, summary, text, authors,"
    " first_seen_at, content_hash, topics) VALUES ('x', 'u', 'u', 't', '', '', '[]',"
    " '2026-01-01', 'h', '[]')",
    "UPDATE articles SET title = 'pwned'",
    "DELETE FROM articles",
    "CREATE TABLE evil (id integer)",
    "DROP TABLE statement_sightings",
    "DROP VIEW v_statements",
    "ALTER TABLE articles ADD COLUMN evil integer",
    "SELECT 1; DELETE FROM articles",
    "SELECT 1; DROP TABLE articles;",
    "/* hide */ DELETE FROM articles",
    "  -- a comment\n  UPDATE articles SET title = 'x'",
]
# refused by the keyword check (without it they are syntax errors, or a harmless plan)
KEYWORD_REFUSED = ["(DELETE FROM articles)", "REPLACE INTO articles (id) VALUES (1)",
                   "TRUNCATE articles", "GRANT ALL ON articles TO PUBLIC"]
SQLITE_REFUSED = [
    "PRAGMA query_only=OFF",
    "PRAGMA query_only = 0",
    "PRAGMA journal_mode=DELETE",
    "PRAGMA user_version = 7",
    "ATTACH DATABASE 'file:evil.db' AS evil",
    "VACUUM INTO 'copy.db'",
    "VACUUM",
    "REINDEX",
    "ANALYZE",
    "BEGIN IMMEDIATE",
]
PG_REFUSED = [
    "WITH gone AS (DELETE FROM articles RETURNING id) SELECT COUNT(*) FROM gone",
    "WITH x AS (UPDATE articles SET title = 'pwned' RETURNING 1) SELECT * FROM x",
    "SET TRANSACTION READ WRITE",
    "SET default_transaction_read_only = off",
    "SELECT set_config('transaction_read_only', 'off', true)",
    "EXPLAIN ANALYZE DELETE FROM articles",
    "COPY articles TO '/tmp/monitor-articles.csv'",
    "COMMIT; DELETE FROM articles",
    "SELECT nextval('articles_id_seq')",
    "CREATE TEMP TABLE t AS SELECT 1",
]
# statements the keyword check lets through, so only the database guards can refuse them
PG_PAST_KEYWORDS = [s for s in PG_REFUSED if first_keyword(s) in ("with", "select", "explain")]
SQLITE_PAST_KEYWORDS = [s for s in SQLITE_REFUSED if first_keyword(s) == "pragma"]


def _refused_everywhere(engine: Engine, url: str, statements: list[str],
                        check_keyword: bool) -> None:
    before = _counts(engine)
    for statement in statements:
        with pytest.raises(ReadOnlyViolation), run_readonly_sql(
                url, statement, check_keyword=check_keyword) as result:
            list(result.rows)
        assert _counts(engine) == before, statement


def test_writes_refused_and_data_unchanged(engine: Engine, db_url: str, known: Known) -> None:
    assert _counts(engine)[0] == len(ARTICLES)
    _refused_everywhere(engine, db_url, BOTH_REFUSED + KEYWORD_REFUSED, check_keyword=True)
    _refused_everywhere(engine, db_url, BOTH_REFUSED, check_keyword=False)
    assert _counts(engine)[0] == len(ARTICLES)


def test_dialect_tricks_refused(engine: Engine, db_url: str, known: Known,
                                tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # ATTACH / VACUUM INTO would create files here
    if engine.dialect.name == "sqlite":
        _refused_everywhere(engine, db_url, SQLITE_REFUSED, check_keyword=True)
        _refused_everywhere(engine, db_url, SQLITE_PAST_KEYWORDS, check_keyword=False)
        _refused_everywhere(engine, db_url, ["ATTACH DATABASE 'file:evil.db' AS evil",
                                             "VACUUM INTO 'copy.db'"], check_keyword=False)
        assert not (tmp_path / "evil.db").exists()
        assert not (tmp_path / "copy.db").exists()
    else:
        _refused_everywhere(engine, db_url, PG_REFUSED, check_keyword=True)
        assert len(PG_PAST_KEYWORDS) == 5
        _refused_everywhere(engine, db_url, PG_PAST_KEYWORDS, check_keyword=False)
        _refused_everywhere(engine, db_url, ["SET TRANSACTION READ WRITE",
                                             "COMMIT; DELETE FROM articles",
                                             "DELETE FROM articles"], check_keyword=False)
        assert not Path("/tmp/monitor-articles.csv").exists()


def test_reads_work(db_url: str, known: Known) -> None:
    got = _select(db_url, "SELECT outlet, SUM(articles) AS n FROM v_outlet_daily "
                          "GROUP BY outlet ORDER BY n DESC, outlet")
    assert got[0] == {"outlet": "BBC", "n": 3}
    assert len(got) == 4
    counted = _select(db_url, "WITH x AS (SELECT id FROM articles) SELECT COUNT(*) AS n FROM x")
    assert counted == [{"n": len(ARTICLES)}]
    assert _select(db_url, "VALUES (1)")[0] != {}
    assert len(_select(db_url, "EXPLAIN SELECT * FROM articles")) >= 1
    with run_readonly_sql(db_url, "SELECT id, title FROM articles WHERE 1 = 0") as empty:
        assert list(empty.rows) == []
        assert empty.columns == ["id", "title"]  # known even without rows (CSV header)


def test_session_is_read_only_and_introspection_works(engine: Engine, db_url: str) -> None:
    if engine.dialect.name == "postgresql":
        assert _select(db_url, "SHOW transaction_read_only") == [{"transaction_read_only": "on"}]
        assert _select(db_url, "SHOW default_transaction_read_only") == [
            {"default_transaction_read_only": "on"}]
        return
    columns = {r["name"] for r in _select(db_url, "PRAGMA table_info(articles)")}
    assert {"id", "title", "topics"} <= columns
    assert _select(db_url, "PRAGMA query_only") == [{"query_only": 1}]


def test_errors_that_are_not_writes(db_url: str) -> None:
    with pytest.raises(StorageError, match="query failed"), run_readonly_sql(
            db_url, "SELECT * FROM no_such_table") as result:
        list(result.rows)
    with pytest.raises(ReadOnlyViolation, match="empty statement"), run_readonly_sql(
            db_url, "   "):
        pass


def test_cli_sql_formats_and_refusal(db_url: str, engine: Engine, known: Known,
                                     tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    runner = CliRunner()
    base = ["--db", db_url, "--config", str(config), "sql"]
    query = "SELECT source, title FROM articles ORDER BY first_seen_at, id"
    as_json = runner.invoke(main, [*base, query, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    assert [r["source"] for r in json.loads(as_json.output)] == [a[2] for a in ARTICLES]
    as_csv = runner.invoke(main, [*base, query, "--format", "csv"])
    assert as_csv.output.splitlines()[0] == "source,title"
    assert len(as_csv.output.splitlines()) == 1 + len(ARTICLES)
    table = runner.invoke(main, [*base, "SELECT COUNT(*) AS n FROM articles"])
    assert table.output.split() == ["N", str(len(ARTICLES))]
    refused = runner.invoke(main, [*base, "DELETE FROM articles"])
    assert refused.exit_code == 1
    assert "read-only" in refused.output
    assert _counts(engine)[0] == len(ARTICLES)
    piped = runner.invoke(main, [*base, "-", "--format", "jsonl"],
                          input="SELECT COUNT(*) AS n FROM statements")
    assert json.loads(piped.output) == {"n": 4}


# --- the read-only role of docs/operations.md ------------------------------------------------

OPERATIONS_MD = Path(__file__).resolve().parents[2] / "docs" / "operations.md"
ROLE_SECTION = "## Read-only PostgreSQL role for BI tools"


def _role_sql() -> list[str]:
    """The statements of the first ```sql block of the read-only role section."""
    doc = OPERATIONS_MD.read_text(encoding="utf-8")
    section = doc[doc.index(ROLE_SECTION):]
    block = section[section.index("```sql") + len("```sql"):]
    block = block[: block.index("```")]
    lines = [ln for ln in block.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_documented_bi_role_reads_and_cannot_write(db_url: str, engine: Engine,
                                                   known: Known) -> None:
    import uuid

    import psycopg
    from sqlalchemy import make_url

    role = f"monitor_bi_{uuid.uuid4().hex[:8]}"
    database = make_url(db_url).database
    statements = [
        s.replace("monitor_bi", role)
        .replace("DATABASE monitor ", f'DATABASE "{database}" ')
        .replace("FOR ROLE monitor ", "FOR ROLE postgres ")
        for s in _role_sql()
    ]
    assert any(s.startswith("CREATE ROLE") for s in statements)
    with engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement)
    role_url = make_url(db_url).set(username=role, password=None)
    try:
        url = role_url.render_as_string(hide_password=False)
        assert _select(url, "SELECT COUNT(*) AS n FROM v_statements") == [{"n": 4}]
        dsn = role_url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True) as raw:
            assert raw.execute("SHOW statement_timeout").fetchone() == ("1min",)
            with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
                raw.execute("DELETE FROM articles")
            raw.execute("SET default_transaction_read_only = off")  # any role may do this
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute("DELETE FROM articles")
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute("SELECT nextval('articles_id_seq')")
        assert _counts(engine)[0] == len(ARTICLES)
    finally:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP OWNED BY {role}")
            conn.exec_driver_sql(f"DROP ROLE {role}")


def test_rows_stream(db_url: str, engine: Engine) -> None:
    """A huge result is read row by row: the first rows come at once, closing stops it."""
    import time

    if engine.dialect.name == "postgresql":
        # in the select list, generate_series yields row by row (in FROM it would first
        # materialise all of them on the server)
        huge = "SELECT generate_series(1, 200000000) AS x"
    else:
        huge = ("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n LIMIT 200000000)"
                " SELECT x FROM n")
    started = time.monotonic()
    with run_readonly_sql(db_url, huge) as result:
        first = [row[0] for _, row in zip(range(5), result.rows, strict=False)]
    assert first == [1, 2, 3, 4, 5]
    # materialising 2e8 rows would take minutes and gigabytes; streaming takes milliseconds
    assert time.monotonic() - started < STREAM_CEILING_S
    assert _select(db_url, "SELECT 1 AS one") == [{"one": 1}]  # the database is still fine


STREAM_CEILING_S = 10.0  # measured ~0.05 s on both; generous for a busy CI machine


# issue 9, point 8: functions with side effects, refused on PostgreSQL
PG_SIDE_EFFECTS = [
    "SELECT pg_read_file('/etc/passwd')",
    "SELECT pg_catalog.pg_read_file('/etc/passwd', 0, 100)",
    'SELECT "pg_read_file"(\'/etc/hostname\')',
    "SELECT pg_read_file/* a comment */('/etc/passwd')",
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid()",
    "SELECT pg_cancel_backend(1)",
    "SELECT pg_reload_conf()",
    "SELECT pg_advisory_lock(42)",
    "SELECT pg_try_advisory_lock(42)",
    "SELECT pg_advisory_xact_lock(42)",
    "SELECT lo_import('/etc/passwd')",
    "SELECT set_config('role', 'postgres', true)",
    "SELECT * FROM pg_ls_dir('.')",
    'SELECT U&"pg\\005fread_file"(\'/etc/passwd\')',
]
# what the reader role refuses by itself, without the function check
PG_ROLE_REFUSES = ["SELECT pg_read_file('/etc/passwd')", "SELECT pg_reload_conf()",
                   "SELECT lo_import('/etc/passwd')", "SELECT * FROM pg_ls_dir('.')",
                   "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   "WHERE pid <> pg_backend_pid() AND usename = 'postgres'"]


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_pg_functions_with_side_effects_are_refused(db_url: str, engine: Engine,
                                                    known: Known) -> None:
    for statement in PG_SIDE_EFFECTS:
        with pytest.raises(ReadOnlyViolation), run_readonly_sql(db_url, statement) as result:
            list(result.rows)
    # the analyst's harmless functions still work
    rows = _select(db_url, "SELECT pg_size_pretty(pg_total_relation_size('articles')) AS s, "
                           "count(*) AS n FROM v_statements")
    assert rows[0]["n"] == 4
    # the reader role refuses the dangerous ones by itself (the function check off)
    with engine.connect() as conn:  # a session the terminate attempt would kill
        for statement in PG_ROLE_REFUSES:
            with pytest.raises((ReadOnlyViolation, StorageError)), run_readonly_sql(
                    db_url, statement, check_keyword=False) as result:
                list(result.rows)
        assert conn.execute(text("SELECT 1")).scalar() == 1  # still alive
    advisory = _select(db_url, "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory'")
    assert advisory == [{"n": 0}]


@pytest.mark.postgres
@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_cli_sql_refuses_a_side_effect_in_one_line(db_url: str, tmp_path: Path) -> None:
    from tests.integration.test_pipeline_http import write_config

    result = CliRunner().invoke(main, ["--config", str(write_config(tmp_path / "c", {})),
                                       "--db", db_url, "sql", "SELECT pg_reload_conf()"])
    assert result.exit_code == 1 and "pg_reload_conf() is refused" in result.output
