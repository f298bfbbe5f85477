"""One-line messages for the errors a command meets at the edges: the database and the OS.

:func:`explain` turns an exception into ``(message, exit code)``, or ``None`` when it is not
one of these (a bug: the traceback is then the useful output). Exit code 2 means "fix the
command line or the configuration", 1 "the world is not as the command needs it".
"""

from __future__ import annotations

from monitor.storage.engine import redact_url

USAGE = 2
FAILURE = 1

# phrases of the drivers' messages, lower case (SQLite, psycopg 3 / PostgreSQL)
_NO_TABLE = ("no such table", "undefinedtable", "does not exist")
_UNREACHABLE = ("connection refused", "could not connect", "connection failed",
                "unable to open database file", "name or service not known",
                "could not translate host name", "timeout expired", "server closed the "
                "connection", "connection to server")
_LOCKED = ("database is locked", "database table is locked")


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else exc.__class__.__name__


def explain(exc: BaseException, db_url: str | None) -> tuple[str, int] | None:
    """A one-line explanation of ``exc`` with its exit code; None for anything unexpected."""
    from sqlalchemy import exc as sa_exc

    where = redact_url(db_url) if db_url and _parses(db_url) else (db_url or "the database")
    if isinstance(exc, sa_exc.NoSuchModuleError):
        return (f"database URL {where}: this kind of database is not supported; monitor "
                "works with sqlite:///PATH and postgresql://USER@HOST/DB", USAGE)
    if isinstance(exc, sa_exc.ArgumentError):
        return (f"database URL {where!r} is not a URL monitor can use ({_first_line(exc)}); "
                "give --db sqlite:///PATH or postgresql://USER@HOST/DB", USAGE)
    if isinstance(exc, sa_exc.DBAPIError | sa_exc.OperationalError):
        line = _first_line(exc)
        low = f"{exc.orig.__class__.__name__ if exc.orig else ''} {line}".lower()
        if any(p in low for p in _LOCKED):
            return (f"{where} is locked by another process for longer than the busy timeout "
                    "([database] busy_timeout): try again when it is done", FAILURE)
        if any(p in low for p in _UNREACHABLE) or (
                "database" in low and "does not exist" in low and "relation" not in low):
            return (f"cannot reach the database {where}: {line}. Check that the server runs "
                    "and the URL (--db or MONITOR_DATABASE_URL)", FAILURE)
        if any(p in low for p in _NO_TABLE):
            return (f"the database {where} is not migrated to this version of monitor "
                    f"({line}): run `monitor db upgrade`", FAILURE)
        return f"database error on {where}: {line}", FAILURE
    if isinstance(exc, sa_exc.SQLAlchemyError):
        return f"database error on {where}: {_first_line(exc)}", FAILURE
    return None


def unreachable(exc: BaseException) -> bool:
    """True when ``exc`` says the database cannot be reached at all (not a schema problem)."""
    explained = explain(exc, None)
    return explained is not None and explained[0].startswith("cannot reach")


def _parses(url: str) -> bool:
    try:
        redact_url(url)
    except Exception:  # an unparsable URL is shown as given (it holds no parsable password)
        return False
    return True
