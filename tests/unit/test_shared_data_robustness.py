"""Every article of ``../shared/data`` goes through dedupe and extraction without an exception.

Issue 9, point 1: one odd paragraph must not stop a feed. The real texts of every data set
(dedup-dev, stories-dev, statements-dev, and the items of every feed file) are run through the
dedupe features, the story decision (a :class:`MemoryIndex` per data set, in file order) and
the statement extractor. Skips (fails in CI) when ``../shared`` is absent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor import normalize
from monitor.dedupe import MemoryIndex, features
from monitor.parse import parse_feed
from monitor.statements import Extractor, default_registry
from tests.conftest import require_shared

T0 = datetime(2026, 3, 10, tzinfo=UTC)
JSONL_SETS = {
    "dedup-dev": ["articles.jsonl"],
    "stories-dev": ["articles.jsonl"],
    "statements-dev": ["polnear-dev.jsonl", "polnear-train.jsonl"],
}


def _jsonl_texts(folder: Path, files: list[str]) -> Iterator[tuple[str, str, str]]:
    for name in files:
        with (folder / name).open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    record = json.loads(line)
                    yield (f"{folder.name}/{name}:{number}", str(record.get("title") or ""),
                           str(record.get("text") or ""))


def _feed_texts(folder: Path) -> Iterator[tuple[str, str, str]]:
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.suffix in {".md", ".txt"} or "licenses" in path.parts:
            continue
        parsed = parse_feed(path.read_bytes(), url=path.resolve().as_uri())
        for n, item in enumerate(parsed.items):
            article = normalize.normalize_item(item, source="x", now=T0,
                                               feed_url="https://localhost/")
            if article is not None:
                yield f"{path.name}#{n}", article.title, article.text or article.summary


def _run(texts: Iterator[tuple[str, str, str]], extractor: Extractor) -> int:
    index: MemoryIndex[int] = MemoryIndex()
    count = 0
    for n, (where, title, text) in enumerate(texts):
        try:
            doc = features(title, text, T0)
            index.assign(n, doc, T0 + timedelta(seconds=n))
            extractor.extract(text, day=T0.date())
        except Exception as exc:  # name the article that broke it
            raise AssertionError(f"{where}: {exc.__class__.__name__}: {exc}") from exc
        count += 1
    return count


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.parametrize("name", [*JSONL_SETS, "feeds"])
def test_every_shared_article_goes_through(name: str) -> None:
    data = require_shared() / "data" / name
    extractor = Extractor(default_registry())
    texts = _feed_texts(data) if name == "feeds" else _jsonl_texts(data, JSONL_SETS[name])
    assert _run(texts, extractor) > 0
