"""rewrite_stories.people and .sources: the people a story's members name in full, their outlets

Revision ID: 0016
Revises: 0015

The rewrite layer lets a candidate story below the similarity thresholds take an article
when both name one rare person in full (``StoryParams.people_rescue``, issue 10): the
centroid keeps how many of its members name each person (JSON ``{"first last": n}``), and
``rewrite_df`` counts articles per person under the part ``p``; only another outlet's article
is taken that way, so the centroid keeps its members' outlets (JSON list). Rows stored before
have NULL (no people, outlets unknown) until the story is written again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: add rewrite_stories.people and .sources (plain ADD COLUMNs)."""
    op.add_column("rewrite_stories", sa.Column("people", sa.Text(), nullable=True))
    op.add_column("rewrite_stories", sa.Column("sources", sa.Text(), nullable=True))


def downgrade() -> None:
    """Downgrade schema: drop rewrite_stories.people and .sources."""
    op.drop_column("rewrite_stories", "sources")
    op.drop_column("rewrite_stories", "people")
