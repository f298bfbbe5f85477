"""What the parser's "cues" use earns per cue verb, on PolNeAR **train** (never dev): for each
lemma of ``lexicon.PARSE_LEMMAS`` (or ``--lemmas``), the parses it asked for and the parser's
statements of that lemma that matched a gold attribution at overlap 0.3 / did not.

    .venv/bin/python bench/parser_yield.py [--shared ../shared] [--lemmas say,feel,expect]

Needs the optional parser (``make install-parser``). Round 11 (docs/benchmarks.md, "The
parser's sentences chosen by what they earn") used it to leave out the lemmas whose parses
found nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_statements import _match, _positions, _pred_spans, _token_index

from monitor.statements import Extractor, default_registry
from monitor.statements import extract as extract_module
from monitor.statements import lexicon as lx


def main() -> int:
    """Print, per lemma, parses asked for, matched and unmatched parser statements."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path,
                    default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--lemmas", default="", help="comma-separated lemmas to ask about "
                    "(default: lexicon.PARSE_LEMMAS)")
    args = ap.parse_args()
    if args.lemmas:
        lx.PARSE_LEMMAS = frozenset(args.lemmas.split(","))  # type: ignore[misc]
    asked: Counter[str] = Counter()
    original = extract_module.Extractor._parsed

    def counting(self: Extractor, text: str, unit: Any, u: int, unsure: list[Any],
                 *rest: Any) -> Any:
        for cue in unsure:
            asked[cue.lemma] += 1
        return original(self, text, unit, u, unsure, *rest)

    extract_module.Extractor._parsed = counting  # type: ignore[method-assign]
    extractor = Extractor(default_registry(), parser="on", parser_uses=frozenset({"cues"}))
    matched: Counter[str] = Counter()
    unmatched: Counter[str] = Counter()
    path = args.shared / "data" / "statements-dev" / "polnear-train.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        index = _token_index(text)
        preds = extractor.extract(text)
        golds = [_positions([tuple(f) for f in g["content"]["fragments"]], index)
                 for g in doc["attributions"]]
        hits = {a for a, _ in _match([_positions(_pred_spans(s), index) for s in preds],
                                     golds, 0.3)}
        for n, st in enumerate(preds):
            if st.extra.get("via") == "parser":
                lemma = lx.CUES.get((st.cue or "").lower(), (st.cue or "",))[0]
                (matched if n in hits else unmatched)[lemma] += 1
    print(f"{'lemma':12} {'parses':>6} {'matched':>7} {'unmatched':>9}")
    for lemma in sorted(asked, key=lambda k: -asked[k]):
        print(f"{lemma:12} {asked[lemma]:6} {matched[lemma]:7} {unmatched[lemma]:9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
