"""rewrite_stories.norms: a centroid's norm sums, stored beside it

Revision ID: 0013
Revises: 0012

The rewrite layer scores an article against up to ``max_candidates`` centroids; each score's
denominator is the centroid's TF-IDF norm, which needs the document frequency of every term of
the centroid (thousands). The sums that give it (``RewriteIndex.norm_sums``) are now computed
when the centroid is written and stored here, so that scoring reads only the article's terms'
frequencies (issue 10, docs/benchmarks.md). Rows stored before have NULL and are computed when
read, as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema: add rewrite_stories.norms (a plain ADD COLUMN)."""
    op.add_column("rewrite_stories", sa.Column("norms", sa.Text(), nullable=True))


def downgrade() -> None:
    """Downgrade schema: drop rewrite_stories.norms."""
    op.drop_column("rewrite_stories", "norms")
