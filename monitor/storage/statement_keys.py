"""The stored novelty index: which earlier statements a new one is worth comparing with.

``statement_keys`` holds, per statement, the keys of its normalised content under its speaker
(:func:`monitor.statements.novelty.key_groups`: word triples; and word pairs and words of
short contents), each posting with the size of its key's group. A new statement looks up the
newest :data:`MAX_POSTINGS` postings of each of its keys, one index range each, and only the
statements sharing enough keys of a group (:func:`~monitor.statements.novelty.worth_comparing`)
and inside the lookback in event time are read and compared in full. So the cost of the
new-or-repeat decision does not grow with the number of statements an official has in the
lookback, the index outlives each transaction (nothing is rebuilt per batch), and several
daemons share it through the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlalchemy import BigInteger, Connection, ForeignKey, Index, Integer
from sqlalchemy.orm import Mapped, Session, mapped_column

from monitor.statements.novelty import Earlier, key_groups, speaker_hash, worth_comparing
from monitor.storage.base import Base
from monitor.storage.postings import PostingsTable, read_postings

# Postings read per key: the newest. A word triple an official uses all the time ("we will
# not", "the united states") has thousands; the statements a new one repeats share its rare
# triples too, so the common ones' older postings add nothing but reads. Measured on real
# statements (bench/eval_novelty_index.py), 20 finds the same repeats as 50; with one official
# quoted all day (bench/bench_novelty.py) 50 read 2-3x the rows at 100k statements for the
# same repeats found.
MAX_POSTINGS = 20
# Keys found common are remembered per process and database (a key only ever gets more
# common), so that their full posting lists are not read again for every statement. Bounded:
# past this many the memo starts again (pairs of 64-bit ints in a set: ~15 MB).
COMMON_MEMO_MAX = 100_000
_common_by_db: dict[str, set[tuple[int, int]]] = {}


class StatementKey(Base):
    """A posting of the novelty index: (speaker, content key) -> statement."""

    __tablename__ = "statement_keys"
    __table_args__ = (
        Index("ix_statement_keys_statement_id", "statement_id"),
        {"sqlite_with_rowid": False},  # SQLite: lookups read the primary-key b-tree directly
    )

    speaker: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    key: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    n_keys: Mapped[int] = mapped_column(Integer)  # the statement's keys in this key's group


_INDEX = PostingsTable("statement_keys", "statement_id", scope="speaker")


PostingsReader = Callable[[int, Sequence[int]], list[tuple[int, int, int]]]
"""``read(speaker, keys)``: (key, statement id, its key count in the key's group) for the newest
:data:`MAX_POSTINGS` postings of each key, newest first per key."""


def _postings(session: Session, speaker: int, keys: Sequence[int]) -> list[tuple[int, int, int]]:
    """(key, statement id, its key count) for the newest postings of each key."""
    return read_postings(session.connection(), _INDEX, keys, MAX_POSTINGS, scope=speaker)


def read_postings_of(conn: Connection, speaker: int,
                     keys: Sequence[int]) -> list[tuple[int, int, int]]:
    """:data:`PostingsReader` over the database (the batched write path reads ahead with it)."""
    return read_postings(conn, _INDEX, keys, MAX_POSTINGS, scope=speaker)


def common_memo(session: Session) -> set[tuple[int, int]]:
    """This process's memo of (speaker, key) pairs found common in this session's database."""
    return _common_by_db.setdefault(str(session.connection().engine.url), set())


def _count(rows: list[tuple[int, int, int]], full: list[int]) -> dict[int, int]:
    """Postings read per key (``full``: keys known to have full lists, not read)."""
    per_key = dict.fromkeys(full, MAX_POSTINGS)
    for key, _, _ in rows:
        per_key[key] = per_key.get(key, 0) + 1
    return per_key


def shortlist_groups(speaker: int, groups: list[list[int]], read: PostingsReader,
                     common: set[tuple[int, int]]) -> list[int]:
    """The ids of the statements of ``speaker`` sharing enough of the keys of any of
    ``groups`` (a content's :func:`~monitor.statements.novelty.key_groups`), in id order."""
    ids: set[int] = set()
    for keys in groups:
        ids.update(shortlist(speaker, keys, read, common))
    return sorted(ids)


def shortlist(speaker: int, keys: list[int], read: PostingsReader,
              common: set[tuple[int, int]]) -> list[int]:
    """The ids of the statements of ``speaker`` sharing enough of ``keys`` (one group of a
    content's :func:`~monitor.statements.novelty.key_groups`) to be compared in full.

    ``read`` gives the postings (the database, or the write path's read-ahead of it);
    ``common`` is the memo of keys found common, updated here.
    """
    known_common = [k for k in keys if (speaker, k) in common]
    unknown = [k for k in keys if (speaker, k) not in common]
    if not unknown:  # nothing but common keys: read them after all, and count them
        known_common, unknown = [], keys
    rows = read(speaker, unknown)
    per_key = _count(rows, known_common)
    # a common key (its posting list is full: a stock phrase, two frequent words) is shared
    # by chance and says nothing; the statement's other keys decide, unless it has no other
    rare = {k for k, n in per_key.items() if n < MAX_POSTINGS}
    if len(common) > COMMON_MEMO_MAX:
        common.clear()
    common.update((speaker, k) for k in per_key if k not in rare)
    if rare:
        counted = rare
    else:  # nothing but common keys: all of them decide, each read in full
        if known_common:
            rows = read(speaker, keys)
            per_key = _count(rows, [])
        counted = set(per_key)
    shared: dict[int, int] = {}
    sizes: dict[int, int] = {}
    for key, statement_id, n_keys in rows:
        if key in counted:
            shared[statement_id] = shared.get(statement_id, 0) + 1
            sizes[statement_id] = n_keys
    wanted = len(counted) + (len(keys) - len(per_key))  # keys without postings count too
    return [i for i, n in shared.items() if worth_comparing(n, wanted, sizes[i])]


def read_statements(conn: Connection,
                    ids: Sequence[int]) -> list[tuple[int, str, datetime, datetime]]:
    """(id, normalised, last event, first event) of stored statements, times as aware UTC,
    in ascending id order."""
    marker = "%s" if conn.dialect.name == "postgresql" else "?"
    cursor = conn.connection.cursor()
    try:  # DBAPI: this runs for every statement, SQLAlchemy's per-call work would double it
        cursor.execute("SELECT id, normalised, last_event_at, first_event_at FROM statements "
                       f"WHERE id IN ({', '.join([marker] * len(ids))}) ORDER BY id", list(ids))
        found = cursor.fetchall()
    finally:
        cursor.close()
    return [(i, norm, _utc(last), _utc(first)) for i, norm, last, first in found]


def candidates(session: Session, speaker_key: str, normalised: str, lo: datetime,
               hi: datetime) -> list[Earlier]:
    """The stored statements of ``speaker_key`` worth comparing with ``normalised``: sharing
    enough content keys, with a sighting between ``lo`` and ``hi`` (event time)."""
    groups = key_groups(normalised)
    if not groups:
        return []
    speaker = speaker_hash(speaker_key)
    ids = shortlist_groups(speaker, groups, lambda s, k: _postings(session, s, k),
                           common_memo(session))
    if not ids:
        return []
    session.flush()  # times of statements changed by this transaction's ORM objects
    return [Earlier(statement_id, speaker_key, norm, last_at, first_at)
            for statement_id, norm, last_at, first_at in read_statements(session.connection(),
                                                                         ids)
            if last_at >= lo and first_at <= hi]


def _utc(value: datetime | str) -> datetime:
    """A stored time as aware UTC (SQLite gives naive UTC text, PostgreSQL aware datetimes)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def posting_rows(speaker: int, groups: list[list[int]],
                 statement_id: int) -> list[tuple[int, int, int, int]]:
    """The postings ``(speaker, key, statement id, its group's size)`` of a statement whose
    content has the key ``groups`` (:func:`~monitor.statements.novelty.key_groups`)."""
    return [(speaker, k, statement_id, len(keys)) for keys in groups for k in keys]


def index_rows(speaker_key: str, normalised: str,
               statement_id: int) -> list[tuple[int, int, int, int]]:
    """:func:`posting_rows` of a statement by its speaker key and normalised content (the
    migrations and benchmarks index stored statements with it)."""
    return posting_rows(speaker_hash(speaker_key), key_groups(normalised), statement_id)


REINDEX_CHUNK = 1000  # statements read and indexed at a time by reindex()


def reindex(conn: Connection) -> int:
    """Index every stored statement again (the migrations that create or change the keys):
    empties ``statement_keys`` and fills it from ``statements``; returns the postings written."""
    conn.exec_driver_sql("DELETE FROM statement_keys")
    last = written = 0
    while True:
        rows = conn.exec_driver_sql(
            "SELECT id, speaker_key, normalised FROM statements WHERE id > "
            f"{int(last)} ORDER BY id LIMIT {REINDEX_CHUNK}").all()
        if not rows:
            return written
        values = [row for statement_id, speaker, normalised in rows
                  for row in index_rows(speaker, normalised, statement_id)]
        add_rows(conn, values)
        written += len(values)
        last = rows[-1][0]


def add(session: Session, statement_id: int, speaker_key: str, normalised: str) -> None:
    """Index a new statement (in the caller's transaction)."""
    add_rows(session.connection(), index_rows(speaker_key, normalised, statement_id))


def add_rows(conn: Connection, rows: Sequence[tuple[int, int, int, int]]) -> None:
    """Insert postings ``(speaker, key, statement id, its key count)`` (the caller's
    transaction)."""
    if not rows:
        return
    marker = "%s" if conn.dialect.name == "postgresql" else "?"
    cursor = conn.connection.cursor()
    try:  # DBAPI executemany: small rows, no per-row SQLAlchemy work
        cursor.executemany(
            "INSERT INTO statement_keys (speaker, key, statement_id, n_keys) "
            f"VALUES ({marker}, {marker}, {marker}, {marker})", rows)
    finally:
        cursor.close()
