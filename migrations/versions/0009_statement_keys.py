"""the stored novelty index (statement_keys)

Revision ID: 0009
Revises: 0008

Per statement, the keys of its normalised content (word pairs; words of short contents) under
its speaker, so that deciding whether a new statement repeats an earlier one reads a few
index ranges instead of every statement the speaker has in the lookback (issue 12). The
statements already stored are indexed here, with the same functions the code uses
(``monitor.storage.statement_keys.reindex``; 0014 changed the keys, and indexes again).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from monitor.storage.statement_keys import reindex

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: the statement_keys table, filled for the statements already stored."""
    op.create_table(
        "statement_keys",
        sa.Column("speaker", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("statement_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("n_keys", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["statement_id"], ["statements.id"],
                                name=op.f("fk_statement_keys_statement_id_statements"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("speaker", "key", "statement_id", name=op.f("pk_statement_keys")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_statement_keys_statement_id", "statement_keys", ["statement_id"])
    reindex(op.get_bind())


def downgrade() -> None:
    """Downgrade schema: drop the novelty index."""
    op.drop_index("ix_statement_keys_statement_id", table_name="statement_keys")
    op.drop_table("statement_keys")
