"""Quality of the statement extractor on PolNeAR (dev by default; ``--split train`` to develop).

    .venv/bin/python bench/eval_statements.py [--split dev|train] [--shared ../shared] [--json]

Matching: a predicted statement matches a gold attribution when their contents overlap by at
least a threshold, overlap = |P ∩ G| / max(|P|, |G|) over word-token positions (quote marks and
punctuation ignored; discontinuous spans count only their pieces); pairs are matched one-to-one,
greedily by overlap. Reported at thresholds 0.3 and 0.8:

- quoted: gold attributions whose content holds a double quotation mark (PolNeAR's ``quoted``,
  extended to the typewriter pair ``''`` that NYT texts use) against predictions of kind
  direct or mixed;
- all: every gold attribution against every prediction.

On the pairs matched at 0.3 over all attributions:

- speaker accuracy where the gold source is not a pronoun (PolNeAR sources are literal
  mentions: correct when the predicted mention's span overlaps the gold source span, or the
  resolved speaker's name shares a word with it);
- cue accuracy: the predicted cue span overlaps the gold cue span.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from monitor.statements import Extractor, default_registry
from monitor.types import Statement

THRESHOLDS = (0.3, 0.8)  # the two overlap levels: lenient and strict
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "who", "which", "that", "him",
            "her", "them", "us", "me", "his", "their"}
_WORD = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")


def _quoted(gold: dict[str, Any]) -> bool:
    """PolNeAR's ``quoted`` flag, plus the typewriter pair '' '' (NYT's quote marks, which the
    flag misses: without this, NYT direct quotes would count as unquoted)."""
    return bool(gold["quoted"]) or "''" in gold["content"]["text"]


def _token_index(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _WORD.finditer(text)]


def _positions(spans: Iterable[tuple[int, int]], index: list[tuple[int, int]]) -> frozenset[int]:
    out: set[int] = set()
    for a, b in spans:
        for k, (s, e) in enumerate(index):
            if s >= b:
                break
            if e > a:
                out.add(k)
    return frozenset(out)


def _pred_spans(s: Statement) -> list[tuple[int, int]]:
    pieces = s.extra.get("pieces")
    if pieces:
        return [(int(a), int(b)) for a, b in (p.split("-") for p in pieces.split(";"))]
    return [(s.start, s.end)]


def _overlap(p: frozenset[int], g: frozenset[int]) -> float:
    if not p or not g:
        return 0.0
    return len(p & g) / max(len(p), len(g))


def _match(
    preds: list[frozenset[int]], golds: list[frozenset[int]], threshold: float
) -> list[tuple[int, int]]:
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            o = _overlap(p, g)
            if o >= threshold:
                pairs.append((o, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _prf(matched: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = matched / n_pred if n_pred else 0.0
    r = matched / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3),
            "pred": n_pred, "gold": n_gold, "matched": matched}


def _speaker_ok(s: Statement, gold_source: dict[str, Any]) -> bool:
    a, b = int(s.extra.get("mention_start", -1)), int(s.extra.get("mention_end", -1))
    if a < gold_source["end"] and gold_source["start"] < b:
        return True
    gold_words = {w.lower() for w in _WORD.findall(gold_source["text"])}
    name_words = {w.lower() for w in _WORD.findall(s.speaker or "") if w[0].isupper()}
    return bool(gold_words & name_words)


def _cue_ok(s: Statement, gold_cue: dict[str, Any] | None) -> bool:
    if gold_cue is None or "cue_start" not in s.extra:
        return False
    a, b = int(s.extra["cue_start"]), int(s.extra["cue_end"])
    return any(a < fb and fa < b for fa, fb in gold_cue["fragments"])


def evaluate(docs: list[dict[str, Any]], extractor: Extractor) -> dict[str, Any]:
    """All figures for ``docs`` (PolNeAR JSONL records)."""
    totals: dict[str, list[int]] = {}
    speaker = [0, 0]
    cue = [0, 0]
    by_kind: dict[str, list[int]] = {}
    for doc in docs:
        text = doc["text"]
        index = _token_index(text)
        day = date.fromisoformat(doc["date"]) if doc.get("date") else None
        preds = list(extractor.extract(text, day))
        golds = doc["attributions"]
        p_pos = [_positions(_pred_spans(s), index) for s in preds]
        g_pos = [_positions([tuple(f) for f in g["content"]["fragments"]], index) for g in golds]
        for threshold in THRESHOLDS:
            for subset in ("quoted", "all"):
                if subset == "quoted":
                    pi = [i for i, s in enumerate(preds) if s.kind in {"direct", "mixed"}]
                    gi = [j for j, g in enumerate(golds) if _quoted(g)]
                else:
                    pi, gi = list(range(len(preds))), list(range(len(golds)))
                pairs = _match([p_pos[i] for i in pi], [g_pos[j] for j in gi], threshold)
                key = f"{subset}@{threshold}"
                t = totals.setdefault(key, [0, 0, 0])
                t[0] += len(pairs)
                t[1] += len(pi)
                t[2] += len(gi)
                if subset == "all" and threshold == THRESHOLDS[0]:
                    for a, b in pairs:
                        s, g = preds[pi[a]], golds[gi[b]]
                        kind = by_kind.setdefault(s.kind, [0, 0])
                        kind[0] += 1
                        src = g["source"]
                        if src is not None and src["text"].lower() not in PRONOUNS:
                            speaker[1] += 1
                            speaker[0] += _speaker_ok(s, src)
                        cue[1] += 1
                        cue[0] += _cue_ok(s, g["cue"])
                    for s in preds:
                        by_kind.setdefault(s.kind, [0, 0])[1] += 1
    result: dict[str, Any] = {k: _prf(*v) for k, v in totals.items()}
    result["speaker_accuracy_non_pronoun"] = round(speaker[0] / speaker[1], 3) if speaker[1] else 0
    result["speaker_pairs"] = speaker[1]
    result["cue_accuracy"] = round(cue[0] / cue[1], 3) if cue[1] else 0
    result["precision_by_kind"] = {
        k: round(v[0] / v[1], 3) if v[1] else 0.0 for k, v in sorted(by_kind.items())
    }
    return result


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "train"], default="dev")
    parser.add_argument("--shared", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    args = parser.parse_args(argv)
    path = args.shared / "data" / "statements-dev" / f"polnear-{args.split}.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    result = evaluate(docs, Extractor(default_registry()))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"PolNeAR {args.split}: {len(docs)} articles")
    for key, value in result.items():
        if isinstance(value, dict) and "f1" in value:
            print(f"  {key:12s} P {value['precision']:.3f}  R {value['recall']:.3f}  "
                  f"F1 {value['f1']:.3f}  (pred {value['pred']}, gold {value['gold']})")
    print(f"  speaker accuracy (gold source not a pronoun, matched@0.3): "
          f"{result['speaker_accuracy_non_pronoun']:.3f} over {result['speaker_pairs']} pairs")
    print(f"  cue accuracy (matched@0.3): {result['cue_accuracy']:.3f}")
    print(f"  precision by kind (all@0.3): {result['precision_by_kind']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
