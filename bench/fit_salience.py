"""Dump, cross-validate and fit the learned speaker salience (issue 13, fifteenth session).

Every call of ``Discourse._best`` (the ranking behind "he said", "the senator said", "the
businessman said") is observed through :data:`monitor.statements.salience.OBSERVER` while the
extractor (rules, parser off) reads the **training** texts only:

- PolNeAR train, the articles of ``bench/data/resolution/train.jsonl`` (``polnear``);
- all of news2025 and the *develop* halves of news2025b, news2025c and newsstories.

A call is labelled through the statement whose speaker mention holds the call's offset, when
that statement matches a gold statement (``eval_statements``' matching at overlap 0.3): a
candidate is right when its name matches the gold speaker by the scorers' own name matching
(``eval_statements._names_match`` for PolNeAR, ``eval_news2025.speaker_ok`` for the news
sets). Calls whose gold is no named person, or where no candidate is right, carry no ranking
signal and are counted apart; calls with one candidate are kept for the accuracy figures but
change no fit. A conditional logit (:func:`monitor.statements.salience.fit_conditional`) is
fitted over the calls' candidates grouped by person.

    .venv/bin/python bench/fit_salience.py [--dump PATH] [--ridge R] [--drop f1,f2] [--fit-all]
        [--e2e]

Prints the call counts, the rules' and the model's accuracy over the labelled calls in 5-fold
cross-validation by article, leave-one-set-out, and PolNeAR -> news develop; ``--fit-all``
prints the weights fitted on every labelled call (to paste into ``salience.WEIGHTS``);
``--e2e`` runs weights fitted on PolNeAR's calls alone through the extractor on the news sets
(develop halves and news2025), beside the rules.
PolNeAR dev, the check halves and news2025d are never read here.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_news2025 as EN
import eval_statements as ES

from monitor.statements import Extractor, default_registry
from monitor.statements import salience as sal
from monitor.types import Statement

SHARED = Path(__file__).resolve().parents[2] / "shared"
FOLDS = 5  # cross-validation folds by article
NEWS_SETS = (("news2025", None), ("news2025b", "develop"), ("news2025c", "develop"),
             ("newsstories", "develop"))  # the training news: never a check half, never d
RIDGES = (0.1, 1.0, 10.0)  # ridges tried in cross-validation


@dataclass
class Labelled:
    """One observed call with its label."""

    doc: str  # article id
    source: str  # polnear, news2025, news2025b, ...
    call: sal.Call
    right: frozenset[int]  # who of the candidates are the gold speaker


def _observe(extractor: Extractor, text: str, day: date | None
             ) -> tuple[list[Statement], list[sal.Call]]:
    calls: list[sal.Call] = []
    sal.OBSERVER = calls.append
    try:
        preds = extractor.extract(text, day)
    finally:
        sal.OBSERVER = None
    return preds, calls


def _link(preds: list[Statement], calls: list[sal.Call], pairs: dict[int, Any],
          is_right: Any, doc: str, source: str, counts: Counter[str]) -> list[Labelled]:
    """The calls whose offset lies in a matched statement's speaker mention, labelled."""
    out = []
    seen: set[tuple[int, str, tuple[sal.Entry, ...]]] = set()
    for call in calls:
        key = (call.offset, call.kind, call.entries)
        if key in seen:
            continue
        seen.add(key)
        counts["calls"] += 1
        hit = [i for i, s in enumerate(preds)
               if int(s.extra.get("mention_start", -1)) <= call.offset
               < int(s.extra.get("mention_end", -1))]
        gold = next((pairs[i] for i in hit if i in pairs), None)
        if gold is None:
            counts["no matched statement"] += 1
            continue
        if gold is False:
            counts["gold not a named person"] += 1
            continue
        right = frozenset(w for w, name in call.names.items()
                          if name and any(e.who == w for e in call.entries)
                          and is_right(name, gold))
        if not right:
            counts["no right candidate"] += 1
            continue
        counts[f"labelled {call.kind}"] += 1
        out.append(Labelled(doc, source, call, right))
    return out


def dump_polnear(extractor: Extractor, counts: Counter[str]) -> list[Labelled]:
    """The labelled calls of PolNeAR train (the articles the resolution set labels)."""
    labels = ES.load_labels(ES.RESOLUTION_DIR / "train.jsonl")
    wanted = {d for d, _ in labels}
    path = SHARED / "data" / "statements-dev" / "polnear-train.jsonl"
    out: list[Labelled] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        doc = json.loads(line)
        if doc["doc_id"] not in wanted:
            continue
        text = doc["text"]
        day = date.fromisoformat(doc["date"]) if doc.get("date") else None
        preds, calls = _observe(extractor, text, day)
        index = ES._token_index(text)
        golds = doc["attributions"]
        p_pos = [ES._positions(ES._pred_spans(s), index) for s in preds]
        g_pos = [ES._positions([tuple(f) for f in g["content"]["fragments"]], index)
                 for g in golds]
        pairs: dict[int, Any] = {}
        for i, j in ES._match(p_pos, g_pos, ES.THRESHOLDS[0]):
            label = labels.get((doc["doc_id"], golds[j]["id"]))
            if label is None or golds[j]["source"] is None:
                continue
            ref = label.get("referent")
            named = ref is not None and label.get("referent_type") in {"person", "people"}
            pairs[i] = ([ref] if isinstance(ref, str) else list(ref)) if named else False
        out += _link(preds, calls, pairs,
                     lambda name, gold: any(ES._names_match(name, m) for m in gold),
                     doc["doc_id"], "polnear", counts)
    return out


def dump_news(extractor: Extractor, name: str, half: str | None,
              counts: Counter[str]) -> list[Labelled]:
    """The labelled calls of one news set (one half of it, if given)."""
    loaded = EN.load(SHARED, name)
    if loaded is None:
        return []
    labels, articles = loaded
    out: list[Labelled] = []
    for lab in labels:
        if half is not None and lab.get("half") != half:
            continue
        row = articles[lab["article_id"]]
        text = row["text"]
        day = date.fromisoformat(row["published"][:10]) if row.get("published") else None
        preds, calls = _observe(extractor, text, day)
        keep = [k for k, s in enumerate(preds) if EN._pred_start(s) < lab["window_end"]]
        index = ES._token_index(text)
        golds = lab["statements"]
        p_pos = [ES._positions(ES._pred_spans(preds[k]), index) for k in keep]
        g_pos = [ES._positions([(g["start"], g["end"])], index) for g in golds]
        pairs: dict[int, Any] = {}
        for i, j in ES._match(p_pos, g_pos, EN.MATCH):
            pairs[keep[i]] = golds[j] if golds[j]["named_person"] else False
        out += _link(preds, calls, pairs, lambda nm, g: EN.speaker_ok(nm, g),
                     f"{name}:{row['id']}", name, counts)
    return out


def design(item: Labelled, keep: list[int]) -> tuple[np.ndarray, list[int], int]:
    """(features of the call's persons, their ids, index of the rules' choice)."""
    rows = sal.person_features(item.call.entries, item.call.kind)
    who = [w for w, _ in rows]
    x = np.array([[v[k] for k in keep] for _, v in rows])
    return x, who, who.index(item.call.chosen) if item.call.chosen in who else 0


def fit(items: list[Labelled], keep: list[int], ridge: float) -> np.ndarray:
    """Conditional-logit weights (over the ``keep`` features) on the calls of ``items``
    with more than one candidate and exactly one right person."""
    groups, right = [], []
    for it in items:
        x, who, _ = design(it, keep)
        hits = [k for k, w in enumerate(who) if w in it.right]
        if len(who) > 1 and len(hits) == 1:
            groups.append(x)
            right.append(hits[0])
    return sal.fit_conditional(groups, right, ridge)


def accuracy(items: list[Labelled], keep: list[int], w: np.ndarray | None
             ) -> dict[str, tuple[int, int]]:
    """(right, calls) by kind and overall: the rules' choice when ``w`` is None, else the
    person of the highest ``w`` score (ties to the hand score, as in ``salience.choose``)."""
    out: dict[str, list[int]] = {}
    for it in items:
        x, who, rules = design(it, keep)
        if w is None:
            pick = rules
        else:
            z = x @ w
            pick = max(range(len(who)), key=lambda k: (z[k], x[k][0] if keep[0] == 0 else 0, -k))
        ok = who[pick] in it.right
        for key in ("all", it.call.kind):
            c = out.setdefault(key, [0, 0])
            c[0] += ok
            c[1] += 1
    return {k: (v[0], v[1]) for k, v in out.items()}


def _fmt(acc: dict[str, tuple[int, int]]) -> str:
    return "  ".join(f"{k} {r / n:.3f} ({r}/{n})" for k, (r, n) in sorted(acc.items()))


def _merge(total: dict[str, list[int]], acc: dict[str, tuple[int, int]]) -> None:
    for k, (r, n) in acc.items():
        c = total.setdefault(k, [0, 0])
        c[0] += r
        c[1] += n


def cross_validate(items: list[Labelled], keep: list[int], ridge: float) -> None:
    """Print 5-fold by article, leave-one-set-out and PolNeAR -> news develop."""
    docs = sorted({it.doc for it in items})
    fold_of = {d: k % FOLDS for k, d in enumerate(docs)}
    rules: dict[str, list[int]] = {}
    model: dict[str, list[int]] = {}
    for f in range(FOLDS):
        train = [it for it in items if fold_of[it.doc] != f]
        test = [it for it in items if fold_of[it.doc] == f]
        w = fit(train, keep, ridge)
        _merge(rules, accuracy(test, keep, None))
        _merge(model, accuracy(test, keep, w))
    print(f"  {FOLDS}-fold by article  rules: {_fmt({k: (v[0], v[1]) for k, v in rules.items()})}")
    print(f"  {FOLDS}-fold by article  model: {_fmt({k: (v[0], v[1]) for k, v in model.items()})}")
    rules, model = {}, {}
    for src in sorted({it.source for it in items}):
        train = [it for it in items if it.source != src]
        test = [it for it in items if it.source == src]
        w = fit(train, keep, ridge)
        r, m = accuracy(test, keep, None), accuracy(test, keep, w)
        _merge(rules, r)
        _merge(model, m)
        print(f"    leave out {src:12s} rules {_fmt({'all': r['all']})}  "
              f"model {_fmt({'all': m['all']})}")
    print(f"  leave-one-set-out  rules: {_fmt({k: (v[0], v[1]) for k, v in rules.items()})}")
    print(f"  leave-one-set-out  model: {_fmt({k: (v[0], v[1]) for k, v in model.items()})}")
    train = [it for it in items if it.source == "polnear"]
    test = [it for it in items if it.source != "polnear"]
    w = fit(train, keep, ridge)
    print(f"  polnear -> news    rules: {_fmt(accuracy(test, keep, None))}")
    print(f"  polnear -> news    model: {_fmt(accuracy(test, keep, w))}")


def end_to_end(items: list[Labelled], keep: list[int], ridge: float) -> None:
    """Weights fitted on the PolNeAR calls only, run by the extractor over each news set
    (develop halves and news2025): speaker accuracy of the rules and of the learned ranking."""
    w = fit([it for it in items if it.source == "polnear"], keep, ridge)
    full = [0.0] * len(sal.FEATURES)
    for k, v in zip(keep, w, strict=True):
        full[k] = float(v)
    saved = sal.WEIGHTS
    sal.WEIGHTS = tuple(full)
    registry = default_registry()
    try:
        for name, half in NEWS_SETS:
            loaded = EN.load(SHARED, name)
            if loaded is None:
                continue
            labels, articles = loaded
            labels = [lab for lab in labels if half is None or lab.get("half") == half]
            row = []
            for learned in (False, True):
                result = EN.evaluate(labels, articles, Extractor(registry, salience=learned))
                a = result["speaker"]["all"]
                row.append(f"{'learned' if learned else 'rules'} {a['accuracy']:.3f} "
                           f"({a['correct']}/{a['pairs']})")
            print(f"  polnear -> {name} {half or 'all'} end to end: {'  '.join(row)}")
    finally:
        sal.WEIGHTS = saved


def main(argv: list[str] | None = None) -> int:
    """Dump (or load) the labelled calls, cross-validate, and optionally fit on all."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", type=Path, default=Path("/tmp/salience_calls.pkl"),
                        help="cache of the labelled calls (made when absent)")
    parser.add_argument("--ridge", type=float, default=None,
                        help="one ridge (default: each of RIDGES)")
    parser.add_argument("--drop", default="", help="comma-separated features left out")
    parser.add_argument("--fit-all", action="store_true")
    parser.add_argument("--e2e", action="store_true",
                        help="also run PolNeAR-fitted weights end to end on the news sets")
    args = parser.parse_args(argv)
    if args.dump.exists():
        items, counts = pickle.loads(args.dump.read_bytes())
    else:
        extractor = Extractor(default_registry())
        counts = Counter()
        items = dump_polnear(extractor, counts)
        for name, half in NEWS_SETS:
            items += dump_news(extractor, name, half, counts)
        args.dump.write_bytes(pickle.dumps((items, counts)))
    print("calls:", dict(sorted(counts.items())))
    print("labelled by set:", dict(Counter(it.source for it in items)))
    multi = sum(1 for it in items if len({e.who for e in it.call.entries}) > 1)
    print(f"labelled calls with more than one person: {multi}")
    dropped = {d for d in args.drop.split(",") if d}
    keep = [k for k, f in enumerate(sal.FEATURES) if f not in dropped]
    for ridge in [args.ridge] if args.ridge is not None else list(RIDGES):
        print(f"ridge {ridge}, features: {[sal.FEATURES[k] for k in keep]}")
        cross_validate(items, keep, ridge)
    if args.e2e:
        end_to_end(items, keep, args.ridge if args.ridge is not None else sal.RIDGE)
    if args.fit_all:
        ridge = args.ridge if args.ridge is not None else sal.RIDGE
        w = fit(items, keep, ridge)
        full = dict.fromkeys(sal.FEATURES, 0.0)
        for k, v in zip(keep, w, strict=True):
            full[sal.FEATURES[k]] = round(float(v), 4)
        print("weights (all labelled calls):")
        for f, v in full.items():
            print(f"    {v},  # {f}")
        print(f"  in sample: {_fmt(accuracy(items, keep, w))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
