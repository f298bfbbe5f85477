"""post-insert stage failures

Revision ID: 0006
Revises: 0005

A stage (stories, statements) that raises on one article is rolled back for that article
alone; the article stays stored and ``article_stage_failures`` records the stage, the error's
kind and its (escaped, shortened) message (see ``monitor/storage/failures.py``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: the stage failure table."""
    op.create_table(
        "article_stage_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("error_kind", sa.String(length=80), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"],
                                name=op.f("fk_article_stage_failures_article_id_articles"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article_stage_failures")),
    )
    with op.batch_alter_table("article_stage_failures", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_stage_failures_article_id"),
                              ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_article_stage_failures_failed_at"),
                              ["failed_at"], unique=False)


def downgrade() -> None:
    """Downgrade schema: drop the stage failure table."""
    with op.batch_alter_table("article_stage_failures", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_stage_failures_failed_at"))
        batch_op.drop_index(batch_op.f("ix_article_stage_failures_article_id"))
    op.drop_table("article_stage_failures")
