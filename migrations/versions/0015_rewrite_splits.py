"""the stored rewrite layer splits and defurnishes: story_splits, rewrite_members, rewrite_lines

Revision ID: 0015
Revises: 0014

What the stored rewrite layer (issue 10) needs to run the in-memory index's join policy of
round 2 (docs/design.md, "Join policy"): ``rewrite_members`` (per story its members in arrival
order, with the lead sentences each was read without), so that a split can re-read them and
rebuild both centroids; ``story_splits``, the log of splits next to ``story_merges``; and
``rewrite_lines``, per outlet how many articles carried each lead sentence (a sentence seen
before at the outlet is its page furniture), pruned with the story window.

Nothing is filled here: stories indexed before have no member rows and are not examined for a
split (``monitor stories rebuild --since ...`` gives them some); their articles' lead sentences
are not counted.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: three new tables."""
    op.create_table(
        "story_splits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("new_story_id", sa.Integer(), nullable=False),
        sa.Column("by_article_id", sa.Integer(), nullable=True),
        sa.Column("members", sa.Text(), nullable=False),
        sa.Column("split_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"],
                                name=op.f("fk_story_splits_story_id_stories"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["new_story_id"], ["stories.id"],
                                name=op.f("fk_story_splits_new_story_id_stories"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["by_article_id"], ["articles.id"],
                                name=op.f("fk_story_splits_by_article_id_articles"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_story_splits")),
    )
    op.create_index(op.f("ix_story_splits_story_id"), "story_splits", ["story_id"])
    op.create_index(op.f("ix_story_splits_new_story_id"), "story_splits", ["new_story_id"])
    op.create_index(op.f("ix_story_splits_by_article_id"), "story_splits", ["by_article_id"])
    op.create_table(
        "rewrite_members",
        sa.Column("article_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("story_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("furniture", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"],
                                name=op.f("fk_rewrite_members_article_id_articles"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["story_id"], ["rewrite_stories.story_id"],
                                name=op.f("fk_rewrite_members_story_id_rewrite_stories"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_rewrite_members")),
    )
    op.create_index("ix_rewrite_members_story_id_seq", "rewrite_members", ["story_id", "seq"])
    op.create_table(
        "rewrite_lines",
        sa.Column("outlet", sa.String(length=200), nullable=False),
        sa.Column("fingerprint", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("articles", sa.Integer(), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("outlet", "fingerprint", name=op.f("pk_rewrite_lines")),
        sqlite_with_rowid=False,
    )
    op.create_index(op.f("ix_rewrite_lines_seen_at"), "rewrite_lines", ["seen_at"])


def downgrade() -> None:
    """Downgrade schema: drop the three tables."""
    op.drop_index(op.f("ix_rewrite_lines_seen_at"), table_name="rewrite_lines")
    op.drop_table("rewrite_lines")
    op.drop_index("ix_rewrite_members_story_id_seq", table_name="rewrite_members")
    op.drop_table("rewrite_members")
    op.drop_index(op.f("ix_story_splits_by_article_id"), table_name="story_splits")
    op.drop_index(op.f("ix_story_splits_new_story_id"), table_name="story_splits")
    op.drop_index(op.f("ix_story_splits_story_id"), table_name="story_splits")
    op.drop_table("story_splits")
