"""Error analysis of the statement extractor on PolNeAR **train** (never dev): the gold
attributions it misses and the speakers it gets wrong, sorted into categories with counts.

    .venv/bin/python bench/analyse_statements.py [--shared ../shared] [--examples 3] [--cues 60]

Misses (gold attributions with no prediction matched at overlap 0.3, all attributions) go to
the first category that fits, in this order:

- ``no-source``: the gold has no source ("It is believed that ...");
- ``boundary``: some prediction overlaps the gold content, below 0.3 or matched elsewhere
  (content too long/short, two attributions merged into one);
- ``cue-in-quote``: the gold cue is inside a quotation (an attribution within a quote);
- ``noun-cue``: the gold cue is a noun or adjective ("criticism of", "support for", "hopes",
  "according" is not here): no verb form in the lexicon and not a known verb ending;
- ``known-cue-not-fired``: the gold cue is in the lexicon (or a chain verb) but no rule made
  a statement of it; split by the gold source's shape (pronoun / name / description / none
  in the cue's sentence) where it helps;
- ``unknown-verb-cue``: a verb-like cue word the lexicon lacks ("is expected to",
  "considers").

``--cues N``: the N most used cue lemmas (or rules: ``partial-quote``) with the share of their
predictions matched at 0.3, the check every lexicon entry of round 3 passed.

Speaker errors (labelled pairs matched at 0.3 whose resolved speaker is wrong, per the
resolution set ``bench/data/resolution/train.jsonl``): ``wrong-mention`` (the predicted mention
does not overlap the gold source: the extractor took another phrase) vs ``wrong-resolution``
(the mention is right, the person it was resolved to is not), each by gold kind.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_statements import (
    RESOLUTION_DIR,
    _match,
    _overlap,
    _positions,
    _pred_spans,
    _resolved_ok,
    _token_index,
    load_labels,
)

from monitor.statements import Extractor, default_registry
from monitor.statements import lexicon as lx
from monitor.statements.quotes import find_quotes

_VERB_ENDINGS = ("ed", "es", "ing", "s")
_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "who", "which", "that"}


def _cue_word(cue: dict[str, Any]) -> str:
    return cue["text"].lower().split()[0] if cue and cue["text"].split() else ""


def _inside_quote(offset: int, quotes: list[Any]) -> bool:
    return any(q.open_at < offset < q.close_at for q in quotes)


def _miss_category(doc: dict[str, Any], g: dict[str, Any], overlapped: bool,
                   quotes: list[Any]) -> str:
    if g["source"] is None:
        return "no-source"
    if overlapped:
        return "boundary"
    cue = g["cue"]
    if cue and _inside_quote(cue["start"], quotes):
        return "cue-in-quote"
    words = [w.lower().strip(".,") for w in (cue["text"].split() if cue else [])]
    known = any(w in lx.CUES or w in lx.CHAIN_FORMS for w in words) or (
        " ".join(words[:2]) in lx.CUES)
    src = g["source"]["text"].lower()
    shape = "pronoun" if src in _PRONOUNS else (
        "name" if any(c[:1].isupper() for c in g["source"]["text"].split()) else "description")
    if known:
        return f"known-cue-not-fired:{shape}"
    verbish = any(w.endswith(_VERB_ENDINGS) for w in words) or any(
        w in {"is", "was", "are", "were", "has", "have", "had", "will", "would"} for w in words)
    return f"unknown-verb-cue:{shape}" if verbish else f"noun-cue:{shape}"


def main(argv: list[str] | None = None) -> int:
    """Print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--docs", default="0:9999", help="slice of train article numbers")
    parser.add_argument("--cues", type=int, default=0,
                        help="print the N most used cue lemmas with their matched share")
    args = parser.parse_args(argv)
    path = args.shared / "data" / "statements-dev" / "polnear-train.jsonl"
    a, b = (int(x) for x in args.docs.split(":"))
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line][a:b]
    labels = load_labels(RESOLUTION_DIR / "train.jsonl")
    extractor = Extractor(default_registry(), unit="attribution")  # PolNeAR's unit
    misses: Counter[str] = Counter()
    miss_quoted: Counter[str] = Counter()
    miss_cues: Counter[str] = Counter()
    spk: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    n_gold = 0
    cue_used: Counter[str] = Counter()
    cue_matched: Counter[str] = Counter()
    for doc in docs:
        text = doc["text"]
        index = _token_index(text)
        day = date.fromisoformat(doc["date"]) if doc.get("date") else None
        preds = list(extractor.extract(text, day))
        golds = doc["attributions"]
        n_gold += len(golds)
        quotes = find_quotes(text)
        p_pos = [_positions(_pred_spans(s), index) for s in preds]
        g_pos = [_positions([tuple(f) for f in g["content"]["fragments"]], index) for g in golds]
        pairs = _match(p_pos, g_pos, 0.3)
        matched_p = {i for i, _ in pairs}
        for i, s in enumerate(preds):  # precision by cue lemma (or by the rule that made it)
            word = (s.cue or "").lower()
            lemma = s.extra.get("via") or lx.CUES.get(word, (word or "<none>", ""))[0]
            cue_used[lemma] += 1
            cue_matched[lemma] += i in matched_p
        matched_g = {j for _, j in pairs}
        for j, g in enumerate(golds):
            if j in matched_g:
                continue
            overlapped = any(_overlap(p, g_pos[j]) > 0 for p in p_pos)
            cat = _miss_category(doc, g, overlapped, quotes)
            misses[cat] += 1
            quoted = g["quoted"] or "''" in g["content"]["text"]
            miss_quoted[(cat.split(":")[0], quoted)] += 1  # type: ignore[index]
            if cat.startswith(("noun-cue", "unknown-verb", "known-cue")):
                miss_cues[(cat.split(":")[0], g["cue"]["text"].lower())] += 1  # type: ignore[index]
            ex = examples.setdefault(cat, [])
            if len(ex) < args.examples:
                src = g["source"]["text"] if g["source"] else None
                ex.append(f"[{src}] <{g['cue']['text'] if g['cue'] else None}> "
                          f"{g['content']['text'][:120]!r}")
        for i, j in pairs:
            g, s = golds[j], preds[i]
            label = labels.get((doc["doc_id"], g["id"]))
            if g["source"] is None or label is None:
                continue
            ok = _resolved_ok(s, g["source"], label)
            sa, sb = int(s.extra["mention_start"]), int(s.extra["mention_end"])
            same = sa < g["source"]["end"] and g["source"]["start"] < sb
            spk[("total", label["kind"])] += 1  # type: ignore[index]
            if not ok:
                cat = "wrong-resolution" if same else "wrong-mention"
                spk[(cat, label["kind"])] += 1  # type: ignore[index]
                ex = examples.setdefault(f"speaker:{cat}:{label['kind']}", [])
                if len(ex) < args.examples:
                    ex.append(f"gold [{g['source']['text']}]={label['referent']} pred "
                              f"[{s.mention}]->{s.speaker} ({s.resolution})")
    total_miss = sum(misses.values())
    print(f"train articles {len(docs)}: gold {n_gold}, missed {total_miss}")
    print("| miss category (by gold source shape) | count | share of misses |")
    print("| --- | ---: | ---: |")
    for cat, n in misses.most_common():
        print(f"| {cat} | {n} | {n / total_miss:.1%} |")
    tops: Counter[str] = Counter()
    for cat, n in misses.items():
        tops[cat.split(":")[0]] += n
    print("\nby top category (quoted / unquoted):")
    for cat, n in tops.most_common():
        print(f"  {cat:24s} {n:6d}  quoted {miss_quoted[(cat, True)]:5d}  "  # type: ignore[index]
              f"unquoted {miss_quoted[(cat, False)]:5d}")  # type: ignore[index]
    for top in ("noun-cue", "unknown-verb-cue", "known-cue-not-fired"):
        common = [(c, n) for (t, c), n in miss_cues.items() if t == top]  # type: ignore[misc]
        common.sort(key=lambda x: -x[1])
        print(f"\n{top}: most frequent cues: "
              + ", ".join(f"{c} {n}" for c, n in common[:25]))
    if args.cues:
        print("\npredictions by cue lemma (or rule): used, matched share at 0.3")
        for lemma, n in cue_used.most_common(args.cues):
            print(f"  {lemma:24s} {n:6d}  {cue_matched[lemma] / n:.2f}")
    print("\nspeaker errors (labelled pairs):")
    kinds = sorted({k for (_, k) in spk})  # type: ignore[misc]
    for kind in kinds:
        print(f"  {kind:12s} pairs {spk[('total', kind)]:4d}  wrong-mention "  # type: ignore[index]
              f"{spk[('wrong-mention', kind)]:3d}  wrong-resolution "  # type: ignore[index]
              f"{spk[('wrong-resolution', kind)]:3d}")  # type: ignore[index]
    for cat, ex in sorted(examples.items()):
        if ex:
            print(f"\n{cat}:")
            for line in ex:
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
