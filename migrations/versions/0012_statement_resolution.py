"""statements.resolution: how the speaker was reached from the mention

Revision ID: 0012
Revises: 0011

``name``, ``alias``, ``pronoun``, ``title``, ``description`` or ``previous-speaker``
(:mod:`monitor.statements.resolution`, issue 13), so that a reader of the database can tell a
speaker named in the sentence from one resolved through "he" or "the Kremlin spokesman", and
report on it. Rows stored before have NULL (how they were resolved was not kept).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: add statements.resolution (a plain ADD COLUMN)."""
    op.add_column("statements", sa.Column("resolution", sa.String(length=20), nullable=True))


def downgrade() -> None:
    """Downgrade schema: drop statements.resolution."""
    op.drop_column("statements", "resolution")
