"""Out-of-domain checks of the statement extractor on real news (issue 13).

    .venv/bin/python bench/eval_news2025.py [--set news2025|news2025b|news2025c|news2025d|
        news2025e|newsstories|newsstories2] [--half develop|check]
        [--shared ../shared] [--json] [--examples 15] [--parser off|auto|on]

Two hand-labelled sets, the same conventions (``bench/data/news2025/README.md``):

- ``news2025`` (the default): ``bench/data/news2025/labels.jsonl``, 36 articles of 21 May 2025,
  texts read in place from ``../shared/data/dedup-dev/articles.jsonl``; used by no rule.
- ``news2025b``: ``bench/data/news2025b/labels.jsonl``, 60 more articles of the same day and
  data set (none of news2025's), drawn by ``bench/sample_newsstories.py --set news2025b`` in
  the same two halves as newsstories.
- ``news2025c``: ``bench/data/news2025c/labels.jsonl``, a third draw of 60 (none of news2025's
  or news2025b's), labelled after round 12's rules: its first figures are round 12's held-out
  check.
- ``news2025d``: ``bench/data/news2025d/labels.jsonl``, a fourth draw of 40, labelled after
  round 13's rules (fourteenth session): its first figures are round 13's held-out check.
- ``news2025e``: ``bench/data/news2025e/labels.jsonl``, a fifth draw of 40, labelled while the
  fifteenth session's learned speaker scoring was fitted: its first figures are that
  session's held-out check.
- ``newsstories``: ``bench/data/newsstories/labels.jsonl``, articles of
  ``../shared/data/stories-dev/articles.jsonl`` (US local crime news, international news of
  2008-2009, US political news 2010-2019), drawn by ``bench/sample_newsstories.py`` in two
  halves: ``develop`` (rules may be written from its errors) and ``check`` (reported only).
  Figures are printed for the set, each half and each part.
- ``newsstories2``: ``bench/data/newsstories2/labels.jsonl``, a second stories-dev draw of 40
  (none of newsstories' stories), labelled blind in the twenty-eighth session: its first
  figures are that session's held-out check.

The real extractor with the officials registry runs, as ``bench/eval_statements.py`` does, on
each whole text; the predictions that start inside the labelled window of the article are kept.

Matching is ``eval_statements``'s (imported, not copied): word-token overlap
|P ∩ G| / max(|P|, |G|) >= 0.3 (and 0.8 for the strict figure), one-to-one, greedy by overlap.

- all: every labelled statement against every prediction;
- quoted: labels of kind ``direct`` (full and partial quotes) against predictions of kind
  direct or mixed.

Speaker accuracy over the pairs matched at 0.3 (all): for a named person, the predicted
speaker is the same person when its last name word equals the label's and, when both give a
first name, the first name words are equal too (titles dropped; for a group of named people,
any member; ``aliases`` count as the label's names). For any other source (organisation,
country, document, unnamed people) the predicted speaker is right when it shares a content word
with the described source ("IEA" for "International Energy Agency (IEA) report", "state media"
for "Iranian state media"): lenient on purpose, since no two writers describe a source alike.
Broken down by the label's ``mention`` (name / surname / pronoun / description / none).

Never tune ``monitor/`` on what news2025 or the check half of newsstories prints.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from eval_statements import _match, _name_words, _positions, _pred_spans, _prf, _token_index
from paired import interval_text, write_pairs
from rapidfuzz.distance import DamerauLevenshtein

from monitor.statements import Extractor, default_registry
from monitor.types import Statement

LABELS = Path(__file__).resolve().parent / "data" / "news2025" / "labels.jsonl"
# each set: its labels and the ../shared data set holding its texts
SETS = {
    "news2025": (LABELS, "dedup-dev"),
    "newsstories": (Path(__file__).resolve().parent / "data" / "newsstories" / "labels.jsonl",
                    "stories-dev"),
    "news2025b": (Path(__file__).resolve().parent / "data" / "news2025b" / "labels.jsonl",
                  "dedup-dev"),
    "news2025c": (Path(__file__).resolve().parent / "data" / "news2025c" / "labels.jsonl",
                  "dedup-dev"),
    "news2025d": (Path(__file__).resolve().parent / "data" / "news2025d" / "labels.jsonl",
                  "dedup-dev"),
    "news2025e": (Path(__file__).resolve().parent / "data" / "news2025e" / "labels.jsonl",
                  "dedup-dev"),
    "newsstories2": (Path(__file__).resolve().parent / "data" / "newsstories2" / "labels.jsonl",
                     "stories-dev"),
}
MATCH = 0.3  # eval_statements' lenient overlap: the issue's headline level
MIN_VARIANT_LETTERS = 4  # shorter name words must match exactly ("Li" is not "Lu")
STRICT = 0.8  # eval_statements' strict overlap, reported beside it
MENTIONS = ("name", "surname", "pronoun", "description", "none")
EXAMPLES = 15  # the brief asks for the 15 commonest errors
SNIPPET = 90  # characters of a statement shown in an error example
# titles that precede names in these texts; dropped before names are compared, on top of
# eval_statements' own list (so "Major General Baqeri" = "Baqeri", "Pope Leo XIV" = "Leo XIV")
_TITLES = frozenset({"major", "general", "pope", "judge", "prosecutor", "prime", "minister",
                     "chancellor", "ayatollah", "sayyid", "ms", "mr", "mrs", "dr", "sen"})
# words that carry no identity in a described source ("the ministry" ~ "ministry")
_STOP = frozenset({"a", "an", "the", "of", "for", "to", "in", "on", "and", "that", "from",
                   "by", "with", "at", "its", "his", "her", "their"})


def _person_words(name: str) -> list[str]:
    return [w for w in _name_words(name) if w not in _TITLES]


def _split_names(value: str) -> list[str]:
    """"A; B", "A and B", "A, B" as separate names."""
    parts: list[str] = []
    for chunk in value.replace(" and ", ";").replace(",", ";").split(";"):
        if chunk.strip():
            parts.append(chunk.strip())
    return parts


def _same_word(a: str, b: str) -> bool:
    """The same name word, up to one letter's transliteration or typo in a word of
    :data:`MIN_VARIANT_LETTERS` or more ("Sergei"/"Sergey", "Yuri"/"Yury", "Jamie"/"Jaime")."""
    return a == b or (min(len(a), len(b)) >= MIN_VARIANT_LETTERS
                      and DamerauLevenshtein.distance(a, b) <= 1)


def same_person(predicted: str, gold: str) -> bool:
    """Same last name word, and the same first name word when both give one (each up to a
    transliteration variant: the registry writes "Sergei Lavrov" where TASS writes "Sergey")."""
    p, g = _person_words(predicted), _person_words(gold)
    if not p or not g or not _same_word(p[-1], g[-1]):
        return False
    return len(p) == 1 or len(g) == 1 or _same_word(p[0], g[0])


def speaker_ok(predicted: str | None, label: dict[str, Any]) -> bool:
    """Is the predicted speaker the labelled one (rules in the module docstring)?"""
    if not predicted:
        return False
    golds = [*_split_names(label["speaker"]), *label.get("aliases", [])]
    if label["named_person"]:
        preds = _split_names(predicted) or [predicted]
        return any(same_person(p, g) for p in preds for g in golds)
    if _plain(predicted) in {_plain(g) for g in golds}:
        return True  # the same words ("her rep": nothing left once titles and stop words go)
    words = {w for w in _name_words(predicted) if w not in _STOP}
    return any(words & {w for w in _name_words(g) if w not in _STOP} for g in golds)


def _plain(source: str) -> str:
    """A described source compared as written: lower case, spaces collapsed."""
    return " ".join(source.lower().split())


def speaker_error_class(predicted: str | None, label: dict[str, Any]) -> str:
    """A rough class for a wrong speaker, for the error table."""
    if not predicted:
        return "speaker: none given"
    pw = set(_person_words(predicted))
    gw = {w for g in [label["speaker"], *label.get("aliases", [])] for w in _person_words(g)}
    if label["named_person"]:
        if pw and pw < gw:
            return "speaker: part of the right name (fragment)"
        return "speaker: another name or source"
    return "speaker: a name or source for a described source"


def _pred_start(s: Statement) -> int:
    return min(a for a, _ in _pred_spans(s))


def _snippet(text: str, a: int, b: int) -> str:
    piece = " ".join(text[a:b].split())
    return piece if len(piece) <= SNIPPET else piece[: SNIPPET - 1] + "…"


def load(shared: Path, name: str = "news2025"
         ) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]] | None:
    """The label lines of set ``name`` and its labelled articles by id, or None when
    ``shared`` is absent."""
    labels_path, data = SETS[name]
    path = shared / "data" / data / "articles.jsonl"
    if not path.exists():
        return None
    labels = [json.loads(line) for line in labels_path.read_text(encoding="utf-8").splitlines()
              if line.strip()]
    wanted = {lab["article_id"] for lab in labels}
    articles: dict[str, dict[str, Any]] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in wanted:
                articles[row["id"]] = row
    return labels, articles


def evaluate(
    labels: list[dict[str, Any]], articles: dict[str, dict[str, Any]], extractor: Extractor,
    extracted: dict[str, list[Statement]] | None = None,
) -> dict[str, Any]:
    """All figures, plus the error list (each error a dict with its class and a snippet).
    ``extracted`` keeps each article's statements by id, so that evaluating the halves and
    parts after the whole set extracts nothing again."""
    extracted = {} if extracted is None else extracted
    totals: dict[str, list[int]] = {}
    by_mention: dict[str, list[int]] = {}
    errors: list[dict[str, Any]] = []
    scored: list[dict[str, Any]] = []
    cpu = 0.0
    for lab in labels:
        row = articles[lab["article_id"]]
        text, window = row["text"], lab["window_end"]
        if row["id"] not in extracted:
            t0 = time.process_time()
            day = date.fromisoformat(row["published"][:10]) if row.get("published") else None
            extracted[row["id"]] = extractor.extract(text, day)
            cpu += time.process_time() - t0
        preds = [s for s in extracted[row["id"]] if _pred_start(s) < window]
        golds = lab["statements"]
        index = _token_index(text)
        p_pos = [_positions(_pred_spans(s), index) for s in preds]
        g_pos = [_positions([(g["start"], g["end"])], index) for g in golds]
        for threshold in (MATCH, STRICT):
            for subset in ("quoted", "all"):
                pi = [i for i, s in enumerate(preds)
                      if subset == "all" or s.kind in {"direct", "mixed"}]
                gi = [j for j, g in enumerate(golds) if subset == "all" or g["kind"] == "direct"]
                pairs = _match([p_pos[i] for i in pi], [g_pos[j] for j in gi], threshold)
                t = totals.setdefault(f"{subset}@{threshold}", [0, 0, 0])
                t[0], t[1], t[2] = t[0] + len(pairs), t[1] + len(pi), t[2] + len(gi)
                if subset == "all" and threshold == MATCH:
                    errors += _score_pairs(row, text, preds, golds, pairs, by_mention)
                    scored += [{"key": f"{row['id']}|{golds[gi[j]]['start']}|"
                                       f"{golds[gi[j]]['end']}",
                                "ok": speaker_ok(preds[pi[i]].speaker, golds[gi[j]])}
                               for i, j in pairs]
    result: dict[str, Any] = {k: _prf(*v) for k, v in totals.items()}
    result["speaker"] = {k: {"correct": v[0], "pairs": v[1],
                             "accuracy": round(v[0] / v[1], 3) if v[1] else 0.0}
                         for k, v in by_mention.items()}
    result["errors"] = errors
    result["pairs"] = scored
    result["cpu_seconds"] = round(cpu, 2)
    return result


def _score_pairs(
    row: dict[str, Any], text: str, preds: list[Statement], golds: list[dict[str, Any]],
    pairs: list[tuple[int, int]], by_mention: dict[str, list[int]],
) -> list[dict[str, Any]]:
    """Speaker counts of the matched pairs; misses, spurious predictions and wrong speakers."""
    errors = []
    for i, j in pairs:
        s, g = preds[i], golds[j]
        ok = speaker_ok(s.speaker, g)
        keys = ("all", f"mention:{g['mention']}",
                "named person" if g["named_person"] else "other source")
        for key in keys:
            counts = by_mention.setdefault(key, [0, 0])
            counts[0] += ok
            counts[1] += 1
        if not ok:
            errors.append({"class": speaker_error_class(s.speaker, g), "article": row["id"],
                           "outlet": row["source"], "gold_speaker": g["speaker"],
                           "mention": g["mention"], "predicted": s.speaker,
                           "predicted_mention": s.mention, "resolution": s.resolution,
                           "text": _snippet(text, g["start"], g["end"])})
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for j, g in enumerate(golds):
        if j not in matched_g:
            errors.append({"class": f"missed {g['kind']} (mention {g['mention']})",
                           "article": row["id"], "outlet": row["source"],
                           "gold_speaker": g["speaker"], "mention": g["mention"],
                           "text": _snippet(text, g["start"], g["end"])})
    for i, s in enumerate(preds):
        if i not in matched_p:
            errors.append({"class": f"spurious {s.kind}", "article": row["id"],
                           "outlet": row["source"], "predicted": s.speaker,
                           "predicted_mention": s.mention,
                           "text": _snippet(text, s.start, s.end)})
    return errors


def _print(result: dict[str, Any], title: str, n_articles: int, n_examples: int) -> None:
    print(f"{title}: {n_articles} articles, extraction CPU {result['cpu_seconds']:.2f} s")
    for key in ("quoted@0.3", "all@0.3", "quoted@0.8", "all@0.8"):
        v = result[key]
        print(f"  {key:11s} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  "
              f"(pred {v['pred']}, gold {v['gold']}, matched {v['matched']})")
    print("  speaker accuracy on pairs matched @0.3 (all):")
    order = ["all", "named person", "other source", *(f"mention:{m}" for m in MENTIONS)]
    for key in order:
        if key in result["speaker"]:
            v = result["speaker"][key]
            print(f"    {key:20s} {v['accuracy']:.3f}  ({v['correct']}/{v['pairs']})"
                  + (f"  95% {interval_text(v['correct'], v['pairs'])}" if key == "all" else ""))
    classes = Counter(e["class"] for e in result["errors"])
    print("  errors by class:")
    for cls, n in classes.most_common():
        print(f"    {n:4d}  {cls}")
    print(f"  {n_examples} examples from the commonest classes (round-robin):")
    for e in _examples(result["errors"], classes, n_examples):
        who = (f"gold {e.get('gold_speaker')!r} ({e.get('mention')}) / predicted "
               f"{e.get('predicted')!r} via {e.get('predicted_mention')!r}")
        print(f"    [{e['class']}] {e['outlet']} {e['article']}: {who}\n        {e['text']}")


def _examples(
    errors: list[dict[str, Any]], classes: Counter[str], n: int
) -> list[dict[str, Any]]:
    """Up to ``n`` errors, taken in turn from the classes in order of frequency."""
    queues = [[e for e in errors if e["class"] == cls] for cls, _ in classes.most_common()]
    out: list[dict[str, Any]] = []
    while len(out) < n and any(queues):
        for q in queues:
            if q and len(out) < n:
                out.append(q.pop(0))
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the check and print the figures (or skip when ../shared is absent)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.add_argument("--examples", type=int, default=EXAMPLES)
    parser.add_argument("--set", dest="name", choices=sorted(SETS), default="news2025",
                        help="which labelled set (default news2025)")
    parser.add_argument("--half", choices=["develop", "check"], default=None,
                        help="the sets drawn in halves (all but news2025): one half "
                             "(default both)")
    parser.add_argument("--parser", choices=["off", "auto", "on"], default="off",
                        help="the optional dependency parser, as in eval_statements")
    parser.add_argument("--pairs", type=Path, default=None, metavar="PATH",
                        help="write each matched pair's speaker outcome (JSON lines) for "
                             "bench/compare_pairs.py")
    args = parser.parse_args(argv)
    loaded = load(args.shared, args.name)
    if loaded is None:
        print(f"skipped: no {args.shared}/data/{SETS[args.name][1]}/articles.jsonl (the "
              "articles are read in place from ../shared)")
        return 0
    labels, articles = loaded
    if args.half:
        labels = [lab for lab in labels if lab.get("half") == args.half]
    missing = [lab["article_id"] for lab in labels if lab["article_id"] not in articles]
    if missing:
        print(f"labelled articles missing from the data set: {missing}", file=sys.stderr)
        return 1
    extractor = Extractor(default_registry(), parser=args.parser)
    extracted: dict[str, list[Statement]] = {}
    result = evaluate(labels, articles, extractor, extracted)
    if args.pairs is not None:
        write_pairs(args.pairs, result["pairs"])
    del result["pairs"]
    groups = _groups(labels) if args.name != "news2025" else {}
    if args.json:
        result["groups"] = {key: _summary(evaluate(part, articles, extractor, extracted))
                            for key, part in groups.items()}
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    title = TITLES[args.name] + (f", {args.half} half" if args.half else "")
    _print(result, title, len(labels), args.examples)
    if groups:
        print("  by half and part (all@0.3 F1, quoted@0.3 F1, speaker accuracy):")
        for key, part in groups.items():
            v = _summary(evaluate(part, articles, extractor, extracted))
            print(f"    {key:16s} {len(part):3d} articles  all {v['all_f1']:.3f}  quoted "
                  f"{v['quoted_f1']:.3f}  speaker {v['speaker']:.3f} ({v['speaker_pairs']})")
    return 0


TITLES = {"news2025": "news2025 (out-of-domain, 21 May 2025)",
          "newsstories": "newsstories (out-of-domain: stories-dev's crime, world and "
                         "political news)",
          "news2025b": "news2025b (out-of-domain, 21 May 2025, a second draw)",
          "news2025c": "news2025c (out-of-domain, 21 May 2025, a third draw)",
          "news2025d": "news2025d (out-of-domain, 21 May 2025, a fourth draw)",
          "news2025e": "news2025e (out-of-domain, 21 May 2025, a fifth draw)",
          "newsstories2": "newsstories2 (out-of-domain: stories-dev, a second draw of other "
                          "events)"}


def _groups(labels: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """The labels by half and by part (``half:develop``, ``part:gva``, ...)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for field in ("half", "part"):
        for lab in labels:
            if lab.get(field):
                out.setdefault(f"{field}:{lab[field]}", []).append(lab)
    return out


def _summary(result: dict[str, Any]) -> dict[str, Any]:
    """The three headline figures of one evaluation."""
    speaker = result["speaker"].get("all", {"accuracy": 0.0, "pairs": 0})
    return {"all_f1": result["all@0.3"]["f1"], "quoted_f1": result["quoted@0.3"]["f1"],
            "speaker": speaker["accuracy"], "speaker_pairs": speaker["pairs"]}


if __name__ == "__main__":
    sys.exit(main())
