"""the novelty index keyed by word triples (statement_keys rebuilt)

Revision ID: 0014
Revises: 0013

The novelty index's keys were word pairs of every content; they are now word triples, plus
word pairs and words of short contents, each posting with the size of its key's group
(``monitor.statements.novelty.key_groups``, issue 12: with one official quoted all day, word
pairs shared by chance made the postings read and the candidates compared grow with
history). The index of the statements already stored is rebuilt here, with the function the
code uses (``monitor.storage.statement_keys.reindex``), so that repeats of them are still
found. Downgrading rebuilds nothing: an older release would read an index of other keys, so
the downgrade empties it (repeats of earlier statements are then missed until they age out of
the lookback) rather than leave keys it cannot match.
"""

from collections.abc import Sequence

from alembic import op

from monitor.storage.statement_keys import reindex

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

def upgrade() -> None:
    """Upgrade: index every stored statement again under the new keys."""
    reindex(op.get_bind())


def downgrade() -> None:
    """Downgrade: empty the index (an older release's keys are word pairs, see above)."""
    op.execute("DELETE FROM statement_keys")
