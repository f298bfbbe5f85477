"""The alert outbox: one row per (channel, key), queued in the pipeline's transaction.

A row is written by :func:`monitor.alerts.enqueue_alerts` in the same transaction that
stores the statements it is about, so an alert exists if and only if its statement does.
The unique constraint on ``(channel, key)`` makes each statement alerted at most once per
channel, ever: re-enqueueing the same key is a no-op (``ON CONFLICT DO NOTHING``).

Statuses:

- ``pending``: to be sent when ``due_at`` has passed and no lease is held;
- ``sent``: delivered (``sent_at``);
- ``dead``: refused for good, or out of attempts (``last_error`` says why);
- ``suppressed``: never sent on its own: a burst summary or the first-fetch backlog rule
  covered it (``last_error`` holds the reason). The row still holds the key, so the
  statement is not alerted later either.

Dispatchers claim rows with a lease: on PostgreSQL ``UPDATE ... WHERE id IN (SELECT ... FOR
UPDATE SKIP LOCKED)``, on SQLite the same ``UPDATE`` (SQLite runs one writer at a time, and
the ``WHERE`` re-checks that the lease is free). Every update after a claim checks that the
lease is still ours, so a row whose lease ran out and was taken over is never marked twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    case,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, Session, mapped_column

from monitor.storage.base import Base, UTCDateTime

PENDING = "pending"
SENT = "sent"
DEAD = "dead"
SUPPRESSED = "suppressed"
STATUSES = (PENDING, SENT, DEAD, SUPPRESSED)

KEY_MAX = 300  # "statement:<id>" or "burst:<feed>:<hash>"; far below any real key length
CHANNEL_MAX = 100  # channel names come from monitor.toml table names
INSERT_CHUNK = 500  # rows per INSERT: 10 parameters each stays far below SQLite's 32766 limit
ERROR_MAX = 2000  # last_error is for people; longer server answers are cut


class OutboxRow(Base):
    """One alert for one channel: its payload snapshot, its delivery state and lease."""

    __tablename__ = "alert_outbox"
    __table_args__ = (
        UniqueConstraint("channel", "key"),
        Index("ix_alert_outbox_status_due_at", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(CHANNEL_MAX))
    key: Mapped[str] = mapped_column(String(KEY_MAX))
    kind: Mapped[str] = mapped_column(String(20))  # statement | burst
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(12), default=PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    feed_id: Mapped[int | None] = mapped_column(Integer, index=True)  # no FK: self-contained
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lease_owner: Mapped[str | None] = mapped_column(String(100))
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


@dataclass(frozen=True, slots=True)
class OutboxRecord:
    """A detached copy of one outbox row."""

    id: int
    channel: str
    key: str
    kind: str
    payload: dict[str, Any]
    status: str
    attempts: int
    feed_id: int | None
    created_at: datetime
    due_at: datetime
    sent_at: datetime | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class NewRow:
    """What :func:`insert_rows` writes for one alert."""

    channel: str
    key: str
    kind: str
    payload: Mapping[str, Any]
    feed_id: int | None
    due_at: datetime
    status: str = PENDING
    note: str | None = None  # kept in last_error, e.g. why a row was suppressed


def _record(row: OutboxRow) -> OutboxRecord:
    return OutboxRecord(
        id=row.id,
        channel=row.channel,
        key=row.key,
        kind=row.kind,
        payload=dict(row.payload),
        status=row.status,
        attempts=row.attempts,
        feed_id=row.feed_id,
        created_at=row.created_at,
        due_at=row.due_at,
        sent_at=row.sent_at,
        last_error=row.last_error,
    )


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def insert_rows(session: Session, rows: Sequence[NewRow], *, now: datetime) -> dict[str, int]:
    """Insert ``rows`` of one channel, skipping (channel, key) pairs already present.

    Returns ``{key: id}`` of the rows really inserted (``ON CONFLICT DO NOTHING ...
    RETURNING``): only those are new. Pass one channel's rows per call, as keys repeat
    across channels.
    """
    if not rows:
        return {}
    values = [
        {
            "channel": r.channel,
            "key": r.key,
            "kind": r.kind,
            "payload": dict(r.payload),
            "status": r.status,
            "attempts": 0,
            "feed_id": r.feed_id,
            "created_at": now,
            "due_at": r.due_at,
            "last_error": r.note,
        }
        for r in rows
    ]
    inserted: dict[str, int] = {}
    for start in range(0, len(values), INSERT_CHUNK):
        chunk = values[start : start + INSERT_CHUNK]
        if _dialect(session) == "postgresql":
            pg_stmt = postgresql.insert(OutboxRow).values(chunk).on_conflict_do_nothing(
                index_elements=["channel", "key"]
            )
            result = session.execute(pg_stmt.returning(OutboxRow.id, OutboxRow.key))
        else:
            lite_stmt = sqlite.insert(OutboxRow).values(chunk).on_conflict_do_nothing(
                index_elements=["channel", "key"]
            )
            result = session.execute(lite_stmt.returning(OutboxRow.id, OutboxRow.key))
        inserted.update((str(key), int(row_id)) for row_id, key in result.all())
    return inserted


def set_status(session: Session, ids: Iterable[int], status: str, note: str | None) -> None:
    """Set ``status`` (and the note in ``last_error``) on the rows ``ids``."""
    id_list = list(ids)
    if id_list:
        session.execute(
            update(OutboxRow)
            .where(OutboxRow.id.in_(id_list))
            .values(status=status, last_error=note)
        )


def _claimable(channels: Sequence[str], now: datetime) -> ColumnElement[bool]:
    return and_(
        OutboxRow.status == PENDING,
        OutboxRow.channel.in_(list(channels)),
        OutboxRow.due_at <= now,
        or_(OutboxRow.lease_until.is_(None), OutboxRow.lease_until < now),
    )


def claim_due(
    session: Session,
    *,
    owner: str,
    channels: Sequence[str],
    now: datetime,
    lease_until: datetime,
    limit: int,
) -> list[OutboxRecord]:
    """Lease up to ``limit`` due pending rows of ``channels`` to ``owner``; return them.

    Run it as the first statement of its own transaction and commit right after: on SQLite
    the ``UPDATE`` then takes the write lock before reading, so two dispatchers never lease
    the same row; on PostgreSQL ``SKIP LOCKED`` lets them take disjoint rows without waiting.
    """
    if not channels or limit <= 0:
        return []
    ids = (
        select(OutboxRow.id)
        .where(_claimable(channels, now))
        .order_by(OutboxRow.due_at, OutboxRow.id)
        .limit(limit)
    )
    if _dialect(session) == "postgresql":
        # Two steps: lock the rows (others skip them), then lease them. A single UPDATE ...
        # WHERE id IN (SELECT ... LIMIT n FOR UPDATE SKIP LOCKED) may rescan the subquery
        # and lease more than n rows.
        locked = list(session.scalars(ids.with_for_update(skip_locked=True)).all())
        if not locked:
            return []
        target: ColumnElement[bool] = OutboxRow.id.in_(locked)
    else:
        # SQLite: one statement, so the write lock is taken before anything is read
        target = OutboxRow.id.in_(ids.scalar_subquery())
    stmt = (
        update(OutboxRow)
        .where(target, _claimable(channels, now))
        .values(lease_owner=owner, lease_until=lease_until)
        .returning(OutboxRow.id)
    )
    claimed = [int(i) for i in session.execute(stmt).scalars().all()]
    if not claimed:
        return []
    rows = session.scalars(
        select(OutboxRow).where(OutboxRow.id.in_(claimed)).order_by(OutboxRow.due_at, OutboxRow.id)
    ).all()
    return [_record(r) for r in rows]


def _ours(ids: Sequence[int], owner: str) -> ColumnElement[bool]:
    return and_(
        OutboxRow.id.in_(list(ids)), OutboxRow.lease_owner == owner, OutboxRow.status == PENDING
    )


def mark_sent(session: Session, ids: Sequence[int], *, owner: str, now: datetime) -> int:
    """Mark leased rows sent; returns how many were still leased to ``owner``."""
    result = session.execute(
        update(OutboxRow)
        .where(_ours(ids, owner))
        .values(
            status=SENT,
            sent_at=now,
            attempts=OutboxRow.attempts + 1,
            lease_owner=None,
            lease_until=None,
            last_error=None,
        )
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def mark_failed(
    session: Session,
    ids: Sequence[int],
    *,
    owner: str,
    error: str,
    retry_at: datetime | None,
) -> int:
    """Record a failed attempt: due again at ``retry_at``, or dead when it is None."""
    values: dict[str, Any] = {
        "attempts": OutboxRow.attempts + 1,
        "lease_owner": None,
        "lease_until": None,
        "last_error": error[:ERROR_MAX],
    }
    if retry_at is None:
        values["status"] = DEAD
    else:
        values["due_at"] = retry_at
    result = session.execute(update(OutboxRow).where(_ours(ids, owner)).values(**values))
    return int(result.rowcount)  # type: ignore[attr-defined]


def release(
    session: Session, ids: Sequence[int], *, owner: str, due_at: datetime | None = None
) -> int:
    """Give leased rows back untouched (no attempt counted), optionally due later."""
    values: dict[str, Any] = {"lease_owner": None, "lease_until": None}
    if due_at is not None:
        values["due_at"] = due_at
    result = session.execute(update(OutboxRow).where(_ours(ids, owner)).values(**values))
    return int(result.rowcount)  # type: ignore[attr-defined]


def next_due_at(session: Session, channels: Sequence[str]) -> datetime | None:
    """When the next pending row of ``channels`` may be claimed (due and lease free), or None.

    A leased row counts from its lease's end, so a row another dispatcher holds does not make
    this one spin.
    """
    if not channels:
        return None
    ready = case(
        (
            and_(OutboxRow.lease_until.is_not(None), OutboxRow.lease_until > OutboxRow.due_at),
            OutboxRow.lease_until,
        ),
        else_=OutboxRow.due_at,
    )
    value = session.execute(
        select(func.min(ready)).where(
            OutboxRow.status == PENDING, OutboxRow.channel.in_(list(channels))
        )
    ).scalar()
    if value is None:
        return None
    if isinstance(value, str):  # SQLite returns the raw text for an expression
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def list_rows(
    session: Session,
    *,
    statuses: Sequence[str] = (),
    since: datetime | None = None,
    limit: int = 100,
) -> list[OutboxRecord]:
    """Rows newest first, optionally of some statuses and created since a time."""
    stmt = select(OutboxRow).order_by(OutboxRow.created_at.desc(), OutboxRow.id.desc())
    if statuses:
        stmt = stmt.where(OutboxRow.status.in_(list(statuses)))
    if since is not None:
        stmt = stmt.where(OutboxRow.created_at >= since)
    return [_record(r) for r in session.scalars(stmt.limit(limit)).all()]


def get_row(session: Session, row_id: int) -> OutboxRecord | None:
    """One row by id, or None."""
    row = session.get(OutboxRow, row_id)
    return _record(row) if row is not None else None


def requeue(session: Session, row_id: int, *, now: datetime) -> bool:
    """Make a dead (or pending) row due now with a fresh attempt count; False if not found.

    Sent and suppressed rows are left alone: re-sending them would break "at most once".
    """
    result = session.execute(
        update(OutboxRow)
        .where(OutboxRow.id == row_id, OutboxRow.status.in_([DEAD, PENDING]))
        .values(
            status=PENDING,
            attempts=0,
            due_at=now,
            lease_owner=None,
            lease_until=None,
            last_error=None,
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def count_by_status(session: Session) -> dict[str, int]:
    """How many rows are in each status (for health output)."""
    rows = session.execute(
        select(OutboxRow.status, func.count()).group_by(OutboxRow.status)
    ).all()
    return {str(status): int(n) for status, n in rows}
