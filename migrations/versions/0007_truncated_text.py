"""articles.truncated_from: a note on articles whose text was cut to the cap

Revision ID: 0007
Revises: 0006

Text past ``[articles] max_text_chars`` (default 1,000,000 characters) is dropped before an
article is stored, so that one huge item cannot take gigabytes of memory in the stages after
it. ``truncated_from`` keeps the length the source had; NULL means the text is whole.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: add articles.truncated_from."""
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("truncated_from", sa.Integer(), nullable=True))


def downgrade() -> None:
    """Downgrade schema: drop articles.truncated_from.

    A plain ``ALTER TABLE ... DROP COLUMN`` (SQLite 3.35+): batch mode would copy the table
    and rename it back, which SQLite refuses while the report views (0005) refer to it.
    """
    op.drop_column("articles", "truncated_from")
