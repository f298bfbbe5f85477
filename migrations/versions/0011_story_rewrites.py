"""the stored rewrite index: document frequencies, story centroids, rare-term postings

Revision ID: 0011
Revises: 0010

The rewrite layer of issue 10 (``monitor/dedupe/rewrites.py``) in tables, shared by several
daemons and kept across restarts (``monitor/storage/rewrites.py``): ``rewrite_df`` and
``rewrite_totals`` (document frequencies of headline + lead terms and of body terms),
``rewrite_stories`` (per story its centroid) and ``rewrite_keys`` (term -> story postings,
pruned with the story window). On ``articles``: ``story_relation`` and ``story_score`` (how
the article joined its story, and the score that put it there) and ``rewrite_counted`` (its
terms are in ``rewrite_df``).

Nothing is filled here: the layer is off by default, and with it on the index fills as
articles arrive; ``monitor stories rebuild --since ...`` indexes stored articles. The new
``articles`` columns are nullable plain ADD COLUMNs (no table copy; the reporting views do
not read them, so they stay).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | Sequence[str] | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: the four rewrite tables and three columns of articles."""
    op.create_table(
        "rewrite_df",
        sa.Column("part", sa.String(length=1), nullable=False),
        sa.Column("term", sa.String(length=100), nullable=False),
        sa.Column("docs", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("part", "term", name=op.f("pk_rewrite_df")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "rewrite_totals",
        sa.Column("part", sa.String(length=1), nullable=False),
        sa.Column("docs", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("part", name=op.f("pk_rewrite_totals")),
    )
    op.create_table(
        "rewrite_stories",
        sa.Column("story_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("terms", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("entities", sa.Text(), nullable=False),
        sa.Column("years", sa.Text(), nullable=False),
        sa.Column("numbers", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["stories.id"],
                                name=op.f("fk_rewrite_stories_story_id_stories"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("story_id", name=op.f("pk_rewrite_stories")),
    )
    op.create_index(op.f("ix_rewrite_stories_seen_at"), "rewrite_stories", ["seen_at"])
    op.create_table(
        "rewrite_keys",
        sa.Column("term", sa.String(length=100), nullable=False),
        sa.Column("story_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(["story_id"], ["rewrite_stories.story_id"],
                                name=op.f("fk_rewrite_keys_story_id_rewrite_stories"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("term", "story_id", name=op.f("pk_rewrite_keys")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_rewrite_keys_story_id", "rewrite_keys", ["story_id"])
    op.add_column("articles", sa.Column("story_relation", sa.String(length=12), nullable=True))
    op.add_column("articles", sa.Column("story_score", sa.Float(), nullable=True))
    op.add_column("articles", sa.Column("rewrite_counted", sa.Boolean(), nullable=True))


def downgrade() -> None:
    """Downgrade schema: drop the rewrite tables and the three columns (SQLite 3.35+)."""
    op.drop_column("articles", "rewrite_counted")
    op.drop_column("articles", "story_score")
    op.drop_column("articles", "story_relation")
    op.drop_index("ix_rewrite_keys_story_id", table_name="rewrite_keys")
    op.drop_table("rewrite_keys")
    op.drop_index(op.f("ix_rewrite_stories_seen_at"), table_name="rewrite_stories")
    op.drop_table("rewrite_stories")
    op.drop_table("rewrite_totals")
    op.drop_table("rewrite_df")
