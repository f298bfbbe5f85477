"""rewrite_df_stamp: a stamp every writer of the document frequencies changes

Revision ID: 0018
Revises: 0017

The rewrite layer's decision reads the document frequencies of ~75 terms per article from
``rewrite_df``; each batch's store started with an empty cache and read them again (issue 10,
docs/benchmarks.md round 13). They are now cached per process (``monitor.storage.rewrites``,
``_DocFreqCache``) behind this one-row table: every transaction that writes ``rewrite_df`` or
``rewrite_totals`` sets ``stamp`` to a new random number, and a process uses its cached counts
only while the stamp it read them under is the stored one. A random number, not a counter: a
transaction that rolls back leaves the stored stamp as it was, so the stamp a process wrote
there (and the counts it cached under it) can never come back. The row is made here with a
random stamp; a daemon of an older version, which writes the frequencies without changing the
stamp, cannot start on a database at this revision (its Alembic does not know 0018).
"""

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAMP_BITS = 63  # a positive signed 64-bit integer (BIGINT on both databases)


def upgrade() -> None:
    """Upgrade schema: create rewrite_df_stamp with its one row."""
    table = op.create_table(
        "rewrite_df_stamp",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("stamp", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rewrite_df_stamp")),
    )
    op.bulk_insert(table, [{"id": 1, "stamp": secrets.randbits(STAMP_BITS)}])


def downgrade() -> None:
    """Downgrade schema: drop rewrite_df_stamp."""
    op.drop_table("rewrite_df_stamp")
