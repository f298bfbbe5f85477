"""statements and their sightings

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Create ``statements`` and ``statement_sightings``."""
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("official_id", sa.String(length=100), nullable=True),
        sa.Column("speaker", sa.String(length=300), nullable=True),
        sa.Column("speaker_key", sa.String(length=320), nullable=False),
        sa.Column("mention", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("normalised", sa.Text(), nullable=False),
        sa.Column("cue", sa.String(length=100), nullable=True),
        sa.Column("first_article_id", sa.Integer(), nullable=True),
        sa.Column("first_outlet", sa.String(length=200), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["first_article_id"], ["articles.id"], name=op.f("fk_statements_first_article_id_articles"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statements")),
    )
    with op.batch_alter_table("statements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_statements_first_article_id"), ["first_article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_statements_first_seen_at"), ["first_seen_at"], unique=False)
        batch_op.create_index("ix_statements_official_id_first_seen_at", ["official_id", "first_seen_at"], unique=False)
        batch_op.create_index("ix_statements_speaker_key_last_seen_at", ["speaker_key", "last_seen_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_statements_story_id"), ["story_id"], unique=False)

    op.create_table(
        "statement_sightings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("outlet", sa.String(length=200), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name=op.f("fk_statement_sightings_article_id_articles"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["statement_id"], ["statements.id"], name=op.f("fk_statement_sightings_statement_id_statements"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statement_sightings")),
        sa.UniqueConstraint("statement_id", "article_id", name=op.f("uq_statement_sightings_statement_id_article_id")),
    )
    with op.batch_alter_table("statement_sightings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_statement_sightings_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_statement_sightings_seen_at"), ["seen_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_statement_sightings_statement_id"), ["statement_id"], unique=False)


def downgrade() -> None:
    """Drop the statements tables."""
    op.drop_table("statement_sightings")
    op.drop_table("statements")
