"""Quality of the statement extractor on PolNeAR (dev by default; ``--split train`` to develop).

    .venv/bin/python bench/eval_statements.py [--split dev|train] [--shared ../shared] [--json]
        [--resolution PATH] [--unit attribution|statement]

The unit (``Extractor(unit=...)``, ``monitor.statements.extract.UNITS``): PolNeAR annotates
attributions, where a speaker's run of quotes under one cue is one item (“Q1,” X said. “Q2.”:
one content of two pieces) and stances, intentions and findings count ("criticised the
plan", "declined to comment on", "the poll shows"); the product reports statements, a
statement per quote and words said only (the news convention of the acceptance data). The
figures are computed in PolNeAR's unit (``--unit attribution``, the default here), and the
product unit's quoted and all F1 are printed after them, so that neither is hidden.

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
- cue accuracy: the predicted cue span overlaps the gold cue span;
- resolved speaker accuracy over every matched pair whose gold source is labelled in the
  speaker-resolution set (``bench/data/resolution/{split}.jsonl`` or ``--resolution PATH``,
  format in its README): for a labelled referent, correct when the predicted speaker names
  that person or organisation (normalised names: equal, or the same last word; for a group,
  any member or the whole group); for an unnamed referent, correct when the predicted mention
  overlaps the gold source span or the predicted speaker is that description. Broken down by
  the gold ``kind`` (name/title/description/pronoun) and by the predicted ``resolution``;
  ``named`` is the accuracy over gold sources of kind ``name``.
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

from paired import interval_text, write_pairs

from monitor.statements import Extractor, default_registry
from monitor.statements.extract import UNITS
from monitor.statements.officials import fold
from monitor.statements.quotes import find_quotes, split_units
from monitor.types import Statement

THRESHOLDS = (0.3, 0.8)  # the two overlap levels: lenient and strict
PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "who", "which", "that", "him",
            "her", "them", "us", "me", "his", "their"}
_WORD = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")
RESOLUTION_DIR = Path(__file__).resolve().parent / "data" / "resolution"
# words dropped before names are compared ("the New York Times" = "New York Times")
_NAME_NOISE = frozenset({"the", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president",
                         "s", "jr", "sr", "ii", "iii", "iv"})
Labels = dict[tuple[str, str], dict[str, Any]]


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


def _name_words(name: str) -> list[str]:
    """A name as comparable words: folded, possessives and titles dropped."""
    words = [w for w in _WORD.findall(fold(name).replace("’", "'")) if w not in _NAME_NOISE]
    return [w.removesuffix("'s") for w in words]


def _names_match(predicted: str, gold: str) -> bool:
    """Same normalised name, or the same last word (surname match is enough)."""
    p, g = _name_words(predicted), _name_words(gold)
    return bool(p and g) and (p == g or p[-1] == g[-1])


def _resolved_ok(s: Statement, src: dict[str, Any], label: dict[str, Any]) -> bool:
    """Is the predicted speaker the one the resolution set labels for this gold source?"""
    referent = label.get("referent")
    speaker = s.speaker or ""
    if referent is None:
        a, b = int(s.extra.get("mention_start", -1)), int(s.extra.get("mention_end", -1))
        if a < src["end"] and src["start"] < b:
            return True
        return bool(speaker) and _name_words(speaker) == _name_words(src["text"])
    members = [referent] if isinstance(referent, str) else list(referent)
    if not speaker:
        return False
    parts = [p for p in re.split(r",\s*|\s+and\s+", speaker) if p]
    return any(_names_match(part, m) for part in parts for m in members)


def load_labels(path: Path) -> Labels:
    """The speaker-resolution set: (doc_id, attribution id) -> label."""
    out: Labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out[(record["doc_id"], record["id"])] = record
    return out


def _cue_ok(s: Statement, gold_cue: dict[str, Any] | None) -> bool:
    if gold_cue is None or "cue_start" not in s.extra:
        return False
    a, b = int(s.extra["cue_start"]), int(s.extra["cue_end"])
    return any(a < fb and fa < b for fa, fb in gold_cue["fragments"])


def _rate(counts: list[int]) -> dict[str, float]:
    return {"accuracy": round(counts[0] / counts[1], 3) if counts[1] else 0.0,
            "pairs": counts[1]}


def evaluate(
    docs: list[dict[str, Any]], extractor: Extractor, labels: Labels | None = None
) -> dict[str, Any]:
    """All figures for ``docs`` (PolNeAR JSONL records); ``labels`` adds resolved-speaker
    accuracy (see the module docstring)."""
    totals: dict[str, list[int]] = {}
    resolved: dict[str, list[int]] = {}
    speaker = [0, 0]
    cue = [0, 0]
    by_kind: dict[str, list[int]] = {}
    scored: list[dict[str, Any]] = []
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
                        label = (labels or {}).get((doc["doc_id"], g["id"]))
                        if src is not None and label is not None:
                            ok = _resolved_ok(s, src, label)
                            scored.append({"key": f"{doc['doc_id']}|{g['id']}", "ok": ok,
                                           "kind": label["kind"]})
                            for key in ("all", f"kind:{label['kind']}",
                                        f"resolution:{s.resolution}"):
                                counts = resolved.setdefault(key, [0, 0])
                                counts[0] += ok
                                counts[1] += 1
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
    if labels is not None:
        result["speaker_resolved"] = {k: _rate(v) for k, v in sorted(resolved.items())}
        result["resolved_pairs"] = scored
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
    parser.add_argument("--resolution", type=Path, default=None,
                        help="speaker-resolution set (default bench/data/resolution/SPLIT.jsonl)")
    parser.add_argument("--parser", choices=["off", "auto", "on"], default="off",
                        help="the optional dependency parser (monitor.statements.parser)")
    parser.add_argument("--parser-uses", default="cues,quotes",
                        help="comma-separated parser uses to run (cues, that, quotes; default: "
                             "the extractor's, cues and quotes)")
    parser.add_argument("--unit", choices=list(UNITS), default="attribution",
                        help="attribution: PolNeAR's unit (a run of quotes is one item, "
                             "stances count; the default here); statement: the product's")
    parser.add_argument("--pairs", type=Path, default=None, metavar="PATH",
                        help="write each labelled pair's resolved-speaker outcome (JSON "
                             "lines) for bench/compare_pairs.py")
    args = parser.parse_args(argv)
    path = args.shared / "data" / "statements-dev" / f"polnear-{args.split}.jsonl"
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    labels_path = args.resolution or RESOLUTION_DIR / f"{args.split}.jsonl"
    labels = load_labels(labels_path) if labels_path.exists() else None
    if labels is None and not args.json:
        print(f"no speaker-resolution set at {labels_path}: resolved-speaker accuracy skipped "
              "(literal-mention figures only)")
    extractor = Extractor(default_registry(), parser=args.parser,
                          parser_uses=frozenset(args.parser_uses.split(",")),
                          unit=args.unit)
    result = evaluate(docs, extractor, labels)
    scored = result.pop("resolved_pairs", [])
    if args.pairs is not None:
        write_pairs(args.pairs, scored)
    if extractor.parser is not None:
        units = sum(len(split_units(d["text"], find_quotes(d["text"]))) for d in docs)
        result["parser_sentences"] = extractor.parser.sentences
        result["parser_share"] = round(extractor.parser.sentences / units, 4) if units else 0
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"PolNeAR {args.split}: {len(docs)} articles (unit: {args.unit})")
    for key, value in result.items():
        if isinstance(value, dict) and "f1" in value:
            print(f"  {key:12s} P {value['precision']:.3f}  R {value['recall']:.3f}  "
                  f"F1 {value['f1']:.3f}  (pred {value['pred']}, gold {value['gold']})")
    other = next(unit for unit in UNITS if unit != args.unit)
    alt = evaluate(docs, Extractor(default_registry(), parser=args.parser,
                                   parser_uses=frozenset(args.parser_uses.split(",")),
                                   unit=other), None)
    print(f"  in the {other} unit: " + ", ".join(
        f"{key} P {alt[key]['precision']:.3f} R {alt[key]['recall']:.3f} F1 {alt[key]['f1']:.3f}"
        for key in ("quoted@0.3", "all@0.3")))
    print(f"  speaker accuracy (gold source not a pronoun, matched@0.3): "
          f"{result['speaker_accuracy_non_pronoun']:.3f} over {result['speaker_pairs']} pairs")
    if "speaker_resolved" in result:
        table = result["speaker_resolved"]
        overall = table.get("all", {"accuracy": 0.0, "pairs": 0})
        named = table.get("kind:name", {"accuracy": 0.0, "pairs": 0})
        right = sum(p["ok"] for p in scored)
        named_right = sum(p["ok"] for p in scored if p["kind"] == "name")
        print(f"  speaker accuracy, resolved (all labelled sources, matched@0.3): "
              f"{overall['accuracy']:.3f} over {overall['pairs']} pairs "
              f"(95% {interval_text(right, len(scored))}); named sources "
              f"{named['accuracy']:.3f} over {named['pairs']} "
              f"(95% {interval_text(named_right, named['pairs'])})")
        for key, value in table.items():
            if key != "all":
                print(f"    {key:24s} {value['accuracy']:.3f}  ({value['pairs']})")
    print(f"  cue accuracy (matched@0.3): {result['cue_accuracy']:.3f}")
    if "parser_sentences" in result:
        print(f"  parser: {result['parser_sentences']} sentences parsed, "
              f"{result['parser_share']:.1%} of all sentences")
    print(f"  precision by kind (all@0.3): {result['precision_by_kind']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
