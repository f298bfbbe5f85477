"""Post-insert stage failures: which stage raised on which article, kept for the operator.

A stage (stories, statements) that raises on one article is rolled back for that article
alone (a SAVEPOINT); the article stays stored and a row here says what went wrong. ``monitor
status`` counts the last day's rows, the daemon's metrics count them by stage and error kind,
and ``monitor report stage-failures`` lists them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from monitor.logs import escape_control
from monitor.storage.base import Base, UTCDateTime
from monitor.types import StageFailure

# enough of an error message to tell one bug from another; the rest is in the debug log
MESSAGE_MAX = 500


class StageFailureRow(Base):
    """One stage that raised on one article."""

    __tablename__ = "article_stage_failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"),
                                            index=True)
    stage: Mapped[str] = mapped_column(String(40))
    error_kind: Mapped[str] = mapped_column(String(80))
    message: Mapped[str] = mapped_column(Text)
    failed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


def describe(article_id: int, stage: str, exc: BaseException) -> StageFailure:
    """The failure record of ``exc``: its class as the kind, its message escaped and cut."""
    message = escape_control(f"{exc.__class__.__name__}: {exc}")
    if len(message) > MESSAGE_MAX:
        message = message[: MESSAGE_MAX - 1] + "…"
    return StageFailure(article_id=article_id, stage=stage,
                        error_kind=exc.__class__.__name__[:80], message=message)


def record(session: Session, failure: StageFailure, now: datetime) -> None:
    """Store one failure (in the caller's transaction)."""
    session.add(StageFailureRow(article_id=failure.article_id, stage=failure.stage,
                                error_kind=failure.error_kind, message=failure.message,
                                failed_at=now))
    session.flush()


def count_since(session: Session, since: datetime) -> int:
    """How many stage failures were recorded at or after ``since``."""
    return int(session.scalar(select(func.count()).select_from(StageFailureRow)
                              .where(StageFailureRow.failed_at >= since)) or 0)
