"""stories, story merges and the candidate (LSH band) index

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: stories, story_merges, story_docs, story_keys."""
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("canonical_article_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("first_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("article_count", sa.Integer(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["canonical_article_id"], ["articles.id"],
            name=op.f("fk_stories_canonical_article_id_articles"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["stories.id"],
            name=op.f("fk_stories_merged_into_id_stories"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stories")),
    )
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stories_canonical_article_id"), ["canonical_article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stories_first_seen_at"), ["first_seen_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_stories_last_seen_at"), ["last_seen_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_stories_merged_into_id"), ["merged_into_id"], unique=False)

    op.create_table(
        "story_merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kept_story_id", sa.Integer(), nullable=False),
        sa.Column("absorbed_story_id", sa.Integer(), nullable=False),
        sa.Column("by_article_id", sa.Integer(), nullable=True),
        sa.Column("merged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("reason", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_article_id"], ["articles.id"],
            name=op.f("fk_story_merges_by_article_id_articles"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["kept_story_id"], ["stories.id"],
            name=op.f("fk_story_merges_kept_story_id_stories"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_merges")),
    )
    with op.batch_alter_table("story_merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_story_merges_kept_story_id"), ["kept_story_id"], unique=False)

    op.create_table(
        "story_docs",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("features", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["articles.id"],
            name=op.f("fk_story_docs_article_id_articles"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_story_docs")),
    )
    with op.batch_alter_table("story_docs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_story_docs_seen_at"), ["seen_at"], unique=False)

    op.create_table(
        "story_keys",
        sa.Column("key", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("article_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("n_keys", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["story_docs.article_id"],
            name=op.f("fk_story_keys_article_id_story_docs"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "article_id", name=op.f("pk_story_keys")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("story_keys", schema=None) as batch_op:
        batch_op.create_index("ix_story_keys_article_id", ["article_id"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("story_keys", schema=None) as batch_op:
        batch_op.drop_index("ix_story_keys_article_id")
    op.drop_table("story_keys")
    with op.batch_alter_table("story_docs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_docs_seen_at"))
    op.drop_table("story_docs")
    with op.batch_alter_table("story_merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_story_merges_kept_story_id"))
    op.drop_table("story_merges")
    with op.batch_alter_table("stories", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stories_merged_into_id"))
        batch_op.drop_index(batch_op.f("ix_stories_last_seen_at"))
        batch_op.drop_index(batch_op.f("ix_stories_first_seen_at"))
        batch_op.drop_index(batch_op.f("ix_stories_canonical_article_id"))
    op.drop_table("stories")
