"""Draw, show and locate the out-of-domain statement checks with two halves (issue 13):
``bench/data/newsstories`` (news of other kinds than PolNeAR, from ``stories-dev``) and
``bench/data/news2025b``, ``bench/data/news2025c``, ``bench/data/news2025d`` and
``bench/data/news2025e`` (more 2025 news
of ``dedup-dev``, none of news2025's articles, nor of an earlier draw's) and
``bench/data/newsstories2`` (a second stories-dev draw, none of newsstories' stories).

    .venv/bin/python bench/sample_newsstories.py [--set news2025b|...|newsstories2]
    .venv/bin/python bench/sample_newsstories.py --show ID             # a labelled window
    .venv/bin/python bench/sample_newsstories.py --locate IN.jsonl --out OUT.jsonl

news2025b's draw is news2025's rule (``bench/sample_news2025.py``: English originals with a
quote mark or a speech verb, outlets round-robin, at most four each) with seed
``NEWS2025B_SEED``, leaving out news2025's own 36 articles; news2025c's the same with
``NEWS2025C_SEED``, leaving out news2025b's too.

Rule of the draw: originals (``copy_of`` null) of ``stories-dev/articles.jsonl`` that hold a
quotation mark or a speech verb, at most one article per gold story; within each part (gva:
US local crime news 2013-2015, ecb: international news 2008-2009, basil: US political news
2010-2019) in a seeded random order; then taken round-robin over the parts until
``SAMPLE_SIZE`` are drawn. Even positions of the draw form the ``develop`` half (rules may be
written from its errors), odd positions the ``check`` half (reported only, never tuned on).

``--locate`` turns labels written as text (each statement's ``content`` copied from the
article) into the stored form: character offsets and a SHA-1 prefix, no article text. A
content that is not found in the article, or found only past the labelled window, is an error
that names the article and the words.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path
from typing import Any

import sample_news2025

SEED = 20261205  # the day of the draw; written down so it can be repeated
NEWS2025B_SEED = 20261206  # another seed for the second 2025 draw
NEWS2025B_SIZE = 60  # news2025b and news2025c alike
NEWS2025C_SEED = 20261207  # a third seed for the third draw
NEWS2025D_SEED = 20261208  # a fourth seed for the fourth draw
NEWS2025D_SIZE = 40  # four labellers of ten articles
NEWS2025E_SEED = 20261209  # a fifth seed for the fifth draw (fifteenth session)
NEWS2025E_SIZE = 40  # four labellers of ten articles, as news2025d
NEWSSTORIES2_SEED = 20261210  # a second stories-dev draw (twenty-eighth session)
NEWSSTORIES2_SIZE = 40  # four labellers of ten articles, as news2025d and news2025e
SAMPLE_SIZE = 60  # 20 a part: half again news2025 (36), read in full by six labellers
PARTS = ("gva", "ecb", "basil")
WINDOW = 2500  # labelled prefix, as news2025: to the end of the sentence holding this char
HALVES = ("develop", "check")
_CUE = re.compile(r"[\"“”]|''|\b(?:said|told|says)\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s)|\n")
_SPACE = re.compile(r"\s+")


def eligible(row: dict[str, Any]) -> bool:
    """An original that quotes or reports speech."""
    return row["copy_of"] is None and bool(_CUE.search(row["text"]))


def draw(rows: list[dict[str, Any]], seed: int = SEED,
         size: int = SAMPLE_SIZE) -> list[dict[str, Any]]:
    """The sample in drawing order: one article per story, round-robin over the parts."""
    rng = random.Random(seed)
    by_part: dict[str, list[dict[str, Any]]] = {p: [] for p in PARTS}
    seen_stories: set[str] = set()
    for row in sorted((r for r in rows if eligible(r)), key=lambda r: r["id"]):
        by_part[row["part"]].append(row)
    for part in PARTS:
        rng.shuffle(by_part[part])
    out: list[dict[str, Any]] = []
    cursors = dict.fromkeys(PARTS, 0)
    while len(out) < size and any(cursors[p] < len(by_part[p]) for p in PARTS):
        for part in PARTS:
            while cursors[part] < len(by_part[part]):
                row = by_part[part][cursors[part]]
                cursors[part] += 1
                if row["story"] not in seen_stories:
                    seen_stories.add(row["story"])
                    out.append(row)
                    break
            if len(out) >= size:
                break
    return out


def draw_news2025b(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The second 2025 sample: news2025's rule with another seed, without its articles."""
    taken = {r["id"] for r in sample_news2025.draw(rows)}
    rest = [r for r in rows if r["id"] not in taken]
    return sample_news2025.draw(rest, seed=NEWS2025B_SEED, size=NEWS2025B_SIZE)


def draw_news2025c(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The third 2025 sample: the same rule with a third seed, without the articles of
    news2025 and news2025b."""
    taken = {r["id"] for r in sample_news2025.draw(rows)} | {
        r["id"] for r in draw_news2025b(rows)}
    rest = [r for r in rows if r["id"] not in taken]
    return sample_news2025.draw(rest, seed=NEWS2025C_SEED, size=NEWS2025B_SIZE)


def draw_news2025d(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The fourth 2025 sample (labelled in the fourteenth session, after its rules were
    written: its held-out check): the same rule with a fourth seed, without the articles of
    news2025, news2025b and news2025c."""
    taken = {r["id"] for r in sample_news2025.draw(rows)} | {
        r["id"] for r in draw_news2025b(rows)} | {r["id"] for r in draw_news2025c(rows)}
    rest = [r for r in rows if r["id"] not in taken]
    return sample_news2025.draw(rest, seed=NEWS2025D_SEED, size=NEWS2025D_SIZE)


def draw_news2025e(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The fifth 2025 sample (labelled in the fifteenth session, while that session's
    learned speaker scoring was fitted: its held-out check): the same rule with a fifth seed,
    without the articles of the four earlier draws."""
    taken = {r["id"] for r in sample_news2025.draw(rows)} | {
        r["id"] for r in draw_news2025b(rows)} | {r["id"] for r in draw_news2025c(rows)} | {
        r["id"] for r in draw_news2025d(rows)}
    rest = [r for r in rows if r["id"] not in taken]
    return sample_news2025.draw(rest, seed=NEWS2025E_SEED, size=NEWS2025E_SIZE)


def draw_newsstories2(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The second stories-dev sample (labelled blind in the twenty-eighth session): the
    newsstories rule with another seed, leaving out every gold story newsstories drew from, so
    no event is read twice."""
    taken = {r["story"] for r in draw(rows)}
    rest = [r for r in rows if r["story"] not in taken]
    return draw(rest, seed=NEWSSTORIES2_SEED, size=NEWSSTORIES2_SIZE)


# each set: the ../shared data set its texts come from, and its draw
SETS = {"newsstories": ("stories-dev", draw), "news2025b": ("dedup-dev", draw_news2025b),
        "news2025c": ("dedup-dev", draw_news2025c), "news2025d": ("dedup-dev", draw_news2025d),
        "news2025e": ("dedup-dev", draw_news2025e),
        "newsstories2": ("stories-dev", draw_newsstories2)}


def half(position: int) -> str:
    """The half of the draw's ``position``: even develop, odd check."""
    return HALVES[position % 2]


def window_end(text: str) -> int:
    """End of the labelled window: the end of the sentence holding character ``WINDOW``."""
    if len(text) <= WINDOW:
        return len(text)
    found = _SENTENCE_END.search(text, WINDOW)
    return found.end() if found else len(text)


def _find(text: str, content: str) -> list[tuple[int, int]]:
    """Where ``content`` occurs in ``text``, whitespace-insensitive."""
    words = [re.escape(w) for w in content.split()]
    if not words:
        return []
    pattern = re.compile(r"\s+".join(words))
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def locate(record: dict[str, Any], text: str) -> tuple[dict[str, Any], list[str]]:
    """The stored form of one article's text labels, and the errors found."""
    errors: list[str] = []
    end = window_end(text)
    out: list[dict[str, Any]] = []
    used: set[tuple[int, int]] = set()
    for label in record["statements"]:
        spans = [s for s in _find(text, label["content"]) if s not in used]
        inside = [s for s in spans if s[0] < end]
        if not inside:
            errors.append(f"{record['article_id']}: not found in the window: "
                          f"{label['content'][:60]!r}")
            continue
        start, stop = inside[0]
        used.add((start, stop))
        stored = {"start": start, "end": stop}
        stored.update({k: v for k, v in label.items() if k != "content"})
        stored["sha1"] = hashlib.sha1(text[start:stop].encode()).hexdigest()[:12]
        out.append(stored)
    out.sort(key=lambda s: (s["start"], s["end"]))
    return {"article_id": record["article_id"], "source": record.get("source", ""),
            "part": record.get("part", ""), "half": record.get("half", ""),
            "window_end": end, "text_length": len(text), "statements": out}, errors


def main(argv: list[str] | None = None) -> int:
    """Print the sample, show one article, or locate text labels."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--set", dest="name", choices=sorted(SETS), default="newsstories")
    parser.add_argument("--show", metavar="ID", help="print one article's labelled window")
    parser.add_argument("--locate", type=Path, metavar="IN", help="text labels to locate")
    parser.add_argument("--out", type=Path, help="where --locate writes the stored labels")
    args = parser.parse_args(argv)
    data, drawer = SETS[args.name]
    path = args.shared / "data" / data / "articles.jsonl"
    if not path.exists():
        print(f"no articles at {path}: skipped")
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    by_id = {r["id"]: r for r in rows}
    sample = drawer(rows)
    if args.show:
        row = by_id[args.show]
        end = window_end(row["text"])
        print(f"# {row['id']} ({row['source']}, {row['published']}): window 0-{end} "
              f"of {len(row['text'])}\n# {row['title']}\n")
        print(row["text"][:end])
        return 0
    if args.locate:
        halves = {r["id"]: half(i) for i, r in enumerate(sample)}
        records, problems = [], []
        for line in args.locate.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            row = by_id.get(record["article_id"])
            if row is None:
                problems.append(f"{record['article_id']}: no such article")
                continue
            record.setdefault("source", row["source"])
            record.setdefault("part", row.get("part", ""))
            record.setdefault("half", halves.get(row["id"], ""))
            stored, errors = locate(record, row["text"])
            records.append(stored)
            problems.extend(errors)
        for problem in problems:
            print(problem, file=sys.stderr)
        if args.out:
            args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                        for r in records), encoding="utf-8")
        print(f"{len(records)} articles, "
              f"{sum(len(r['statements']) for r in records)} statements located, "
              f"{len(problems)} problems")
        return 1 if problems else 0
    for i, row in enumerate(sample):
        print(row["id"], row.get("part", ""), half(i), row["source"], sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
