"""rewrite_stories.terms, .body, .people: counts packed instead of JSON

Revision ID: 0017
Revises: 0016

A decision reads up to ``max_candidates`` centroids and decodes those its process has not
decoded yet; decoding the JSON of their term counts (up to 2,000 body terms each) was a tenth
of the decision's CPU (issue 10, docs/benchmarks.md round 10). The counts are now stored packed
(``monitor.storage.rewrites.dump_counts``): the terms joined by U+001F, then U+001E, then the
counts as base64 of 32-bit little-endian integers, in the same order. The columns stay TEXT;
this migration packs the rows stored before (and the downgrade writes JSON back), so that a
daemon of an older version, which reads JSON only, cannot start on a database holding packed
rows. The reader still takes a JSON object.
"""

import base64
import json
import sys
from array import array
from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

KEY_SEP = "\x1f"  # as monitor.storage.rewrites (kept here: a migration does not follow the code)
PACK_SEP = "\x1e"
COLUMNS = ("terms", "body", "people")
BATCH = 1000  # rows per read


def _pack(text: str | None) -> str | None:
    if text is None or PACK_SEP in text:
        return text
    counts: dict[str, int] = json.loads(text)
    keys = KEY_SEP.join(counts)
    if keys.count(KEY_SEP) != max(0, len(counts) - 1):  # a term holding the separator
        return text
    values = array("i", counts.values())
    if sys.byteorder == "big":
        values.byteswap()
    return keys + PACK_SEP + base64.b64encode(values.tobytes()).decode("ascii")


def _unpack(text: str | None) -> str | None:
    if text is None or PACK_SEP not in text:
        return text
    keys, _, packed = text.partition(PACK_SEP)
    values = array("i", base64.b64decode(packed))
    if sys.byteorder == "big":
        values.byteswap()
    counts = dict(zip(keys.split(KEY_SEP), values, strict=False)) if values else {}
    return json.dumps(counts, ensure_ascii=False, separators=(",", ":"))


def _rewrite(convert: Callable[[str | None], str | None]) -> None:
    """Convert the count columns of every ``rewrite_stories`` row, in story id order."""
    conn = op.get_bind()
    cols = ", ".join(COLUMNS)
    last = -1
    update = sa.text("UPDATE rewrite_stories SET terms = :terms, body = :body, "
                     "people = :people WHERE story_id = :story_id")
    while True:
        rows = conn.execute(sa.text(f"SELECT story_id, {cols} FROM rewrite_stories "
                                    "WHERE story_id > :last ORDER BY story_id LIMIT :n"),
                            {"last": last, "n": BATCH}).all()
        if not rows:
            return
        conn.execute(update, [{"story_id": r[0], **{c: convert(v) for c, v in
                                                     zip(COLUMNS, r[1:], strict=True)}}
                              for r in rows])
        last = rows[-1][0]


def upgrade() -> None:
    """Upgrade data: pack the counts of the stored centroids (the columns stay TEXT)."""
    _rewrite(_pack)


def downgrade() -> None:
    """Downgrade data: write the stored centroids' counts back as JSON."""
    _rewrite(_unpack)
