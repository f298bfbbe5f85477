"""stories-dev lines for the stored-story tests: read in arrival order (bench/eval_dedup.py)
and added as articles, the way a feed would."""

from __future__ import annotations

import itertools
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from monitor.storage.models import Article as ArticleRow

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _eval_dedup() -> Any:
    sys.path.insert(0, str(BENCH))
    try:
        import eval_dedup
    finally:
        sys.path.remove(str(BENCH))
    return eval_dedup


def stories_rows(shared_dir: Path, start: int, count: int) -> list[dict[str, Any]]:
    """stories-dev's lines ``start`` to ``start + count``, in arrival order."""
    path = shared_dir / "data" / "stories-dev" / "articles.jsonl"
    with path.open(encoding="utf-8") as fh:
        rows: list[dict[str, Any]] = _eval_dedup().arrival_order(
            [json.loads(line) for line in itertools.islice(fh, start, start + count)])
    return rows


def add_article(s: Session, r: dict[str, Any], at: datetime) -> ArticleRow:
    """Add stories-dev line ``r`` as an article seen at ``at`` (flushed: it has its id)."""
    row = ArticleRow(source=r["source"], url=r["url"], canonical_url=f"{r['url']}#{r['id']}",
                     title=r["title"], summary="", text=r["text"], authors=[],
                     published_at=at, first_seen_at=at, content_hash=r["id"], topics=[])
    s.add(row)
    s.flush()
    return row
