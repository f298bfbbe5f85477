"""Does the novelty index find the repeats that comparing with everything finds? (issue 12)

    .venv/bin/python bench/eval_novelty_index.py [--shared ../shared] [--cap N] [--json]

The statements of real articles (``../shared/data``: stories-dev, dedup-dev and the PolNeAR
train split, read in place; no holdout) are extracted with the default extractor and decided
one by one per speaker, in file order, twice:

* **brute force**: the statement repeats an earlier one when :func:`same_statement` holds
  with any earlier stored statement of the same speaker (what the index stands in for);
* **index**: only the stored statements that :func:`statement_keys.shortlist_groups` puts
  forward from the postings of the statement's :func:`key_groups` (the newest ``--cap`` per key,
  default :data:`statement_keys.MAX_POSTINGS`, with the memo of common keys) are compared.

Both keep the same stored set (a statement that brute force calls new is stored), so the
figures are per decision: repeats found by brute force, the share of them the index finds
(its recall: what the index loses, not what ``same_statement`` itself misses), and the mean
number of postings read and of candidates compared per statement. Every new statement is
also counted when the index calls it a repeat where brute force does not (this cannot
happen: the index only narrows the comparison; a non-zero figure is a bug).

The figure to keep is the recall: the index may only lose repeats it cannot afford to find.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from monitor.statements import Extractor, default_registry
from monitor.statements.novelty import (
    key_groups,
    normalise,
    same_statement,
    speaker_hash,
    speaker_key,
)
from monitor.storage import statement_keys

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
SOURCES = ("stories-dev/articles.jsonl", "dedup-dev/articles.jsonl",
           "statements-dev/polnear-train.jsonl")


def articles(shared: Path) -> Iterator[tuple[str, str]]:
    """(source name, text) of every article of :data:`SOURCES`, in file order."""
    for name in SOURCES:
        path = shared / "data" / name
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                yield name, row.get("text") or ""


@dataclass
class Speaker:
    """One speaker's stored statements and their in-memory postings (newest first)."""

    contents: list[str] = field(default_factory=list)
    postings: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)

    def add(self, normalised: str, groups: list[list[int]]) -> None:
        """Store a new statement and its postings."""
        sid = len(self.contents)
        self.contents.append(normalised)
        for _, key, _, size in statement_keys.posting_rows(0, groups, sid):
            self.postings.setdefault(key, []).insert(0, (key, sid, size))


@dataclass
class Figures:
    """Counts of one source (or all)."""

    statements: int = 0
    repeats: int = 0  # by brute force
    found: int = 0  # of those, found through the index
    false_repeats: int = 0  # index says repeat, brute force says new (a bug if ever > 0)
    rows: int = 0
    candidates: int = 0

    def as_dict(self) -> dict[str, Any]:
        """The figures with the derived rates."""
        n = max(1, self.statements)
        return {**self.__dict__, "recall": self.found / max(1, self.repeats),
                "rows_per_statement": self.rows / n, "candidates_per_statement":
                self.candidates / n}


def statements_of(texts: Iterator[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """(source, speaker key, normalised content) of every statement found in ``texts``."""
    extractor = Extractor(default_registry())
    out = []
    for source, text in texts:
        for statement in extractor.extract(text):
            key = speaker_key(statement.official, statement.speaker)
            norm = normalise(statement.content)
            if key and norm:
                out.append((source, key, norm))
    return out


def evaluate(statements: Sequence[tuple[str, str, str]], cap: int,
             groups_of: Callable[[str], list[list[int]]] = key_groups) -> dict[str, Figures]:
    """Decide every statement by brute force and through the index, in order."""
    speakers: dict[str, Speaker] = defaultdict(Speaker)
    common: set[tuple[int, int]] = set()
    out: dict[str, Figures] = defaultdict(Figures)
    for source, key, norm in statements:
        who = speakers[key]
        groups = groups_of(norm)
        brute = any(same_statement(norm, earlier) for earlier in who.contents)
        read: list[int] = [0]

        def postings(_speaker: int, wanted: Sequence[int], who: Speaker = who,
                     read: list[int] = read) -> list[tuple[int, int, int]]:
            rows = [row for k in wanted for row in who.postings.get(k, [])[:cap]]
            read[0] += len(rows)
            return rows

        ids = statement_keys.shortlist_groups(speaker_hash(key), groups, postings, common)
        found = any(same_statement(norm, who.contents[i]) for i in ids)
        for figures in (out[source], out["all"]):
            figures.statements += 1
            figures.repeats += brute
            figures.found += brute and found
            figures.false_repeats += found and not brute
            figures.rows += read[0]
            figures.candidates += len(ids)
        if not brute:
            who.add(norm, groups)
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the index's recall against brute force, per source."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--cap", type=int, default=statement_keys.MAX_POSTINGS,
                        help="postings read per key (default: the index's)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    missing = [s for s in SOURCES if not (args.shared / "data" / s).exists()]
    if missing:
        print(f"eval_novelty_index: missing {', '.join(missing)} under {args.shared}/data",
              file=sys.stderr)
        return 2
    statement_keys.MAX_POSTINGS = args.cap  # shortlist() judges a list full by it
    results = evaluate(statements_of(articles(args.shared)), args.cap)
    if args.json:
        print(json.dumps({k: v.as_dict() for k, v in results.items()}, indent=2))
        return 0
    print(f"{'source':<36} {'statements':>10} {'repeats':>8} {'found':>6} {'recall':>7} "
          f"{'rows/st':>8} {'cand/st':>8} {'false':>6}")
    for source, figures in results.items():
        d = figures.as_dict()
        print(f"{source:<36} {d['statements']:>10,} {d['repeats']:>8,} {d['found']:>6,} "
              f"{d['recall']:>7.4f} {d['rows_per_statement']:>8.2f} "
              f"{d['candidates_per_statement']:>8.2f} {d['false_repeats']:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
