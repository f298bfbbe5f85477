"""articles.raw_digest: an item listed again as it was is not read again

Revision ID: 0010
Revises: 0009

SHA-256 of the feed item as the feed gave it (``monitor.normalize.raw_digest``). A fetch looks
up the canonical URLs and digests of its items and leaves out the ones stored exactly so,
before any HTML-to-text or topic work (issue 12). Rows stored before have NULL and are read as
before until they change.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: add articles.raw_digest (no table copy: a plain ADD COLUMN)."""
    op.add_column("articles", sa.Column("raw_digest", sa.String(length=64), nullable=True))


def downgrade() -> None:
    """Downgrade schema: drop articles.raw_digest (SQLite 3.35+: a plain DROP COLUMN)."""
    op.drop_column("articles", "raw_digest")
