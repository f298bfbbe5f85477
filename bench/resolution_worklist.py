"""Print PolNeAR articles with every attribution's source marked, for labelling who it refers to.

    .venv/bin/python bench/resolution_worklist.py --split dev --docs 0:21

Each source mention is shown in place as ``[[E3 he]]``; below the article, one line per
attribution lists id, mention and the cue. The labeller (a person, or a session reading the
article) writes one JSON line per attribution to the resolution set (format in
``bench/data/resolution/README.md``). This script only reads the split; it writes nothing.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def _marked(text: str, attributions: list[dict]) -> str:
    """The article text with each source span wrapped as ``[[ID mention]]``."""
    spans = sorted(
        ((a["source"]["start"], a["source"]["end"], a["id"]) for a in attributions if a["source"]),
        reverse=True,
    )
    out = text
    last_start = len(text) + 1
    for start, end, ident in spans:
        if end > last_start:  # overlapping sources: mark the later one only
            continue
        out = out[:start] + f"[[{ident} " + out[start:end] + "]]" + out[end:]
        last_start = start
    return out


def main() -> None:
    """Print the chosen articles of a split with their sources marked."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--split", default="dev", choices=("dev", "train"))
    ap.add_argument("--shared", default=str(Path(__file__).resolve().parents[2] / "shared"))
    ap.add_argument("--docs", default="0:9999", help="slice of article numbers, e.g. 0:21")
    args = ap.parse_args()
    lo, hi = (int(x) for x in args.docs.split(":"))
    path = Path(args.shared) / "data" / "statements-dev" / f"polnear-{args.split}.jsonl"
    for n, line in enumerate(path.open(encoding="utf-8")):
        if not lo <= n < hi:
            continue
        doc = json.loads(line)
        print(f"=== #{n} {doc['doc_id']}")
        print(_marked(doc["text"], doc["attributions"]))
        print("--- attributions")
        for a in doc["attributions"]:
            src = a["source"]["text"] if a["source"] else None
            print(f"{a['id']}\tsource={src!r}\tcue={a['cue']['text']!r}\t"
                  f"content={a['content']['text'][:70]!r}")
        print()


if __name__ == "__main__":
    main()
