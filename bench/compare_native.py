"""The compiled rule modules against the pure ones: every statement identical? CPU time of each.

    .venv/bin/python bench/compare_native.py [--shared ../shared] [--limit N] [--parser off]

Needs a current build (``make compile``). Runs the extractor over every PolNeAR dev and train
article and every dedup-dev and stories-dev page (4,830 texts) twice, each in a fresh process:
once with ``MONITOR_NATIVE=off`` (pure Python), once on the build. Prints the texts whose
statements differ in any field (speaker, mention, official, kind, content, cue, offsets,
resolution, confidence, extra), the texts that raised, and each side's CPU seconds. Exit 1 when
any text differs or the build is not in use.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path


def _texts(shared: Path) -> list[tuple[str, str, date | None]]:
    texts: list[tuple[str, str, date | None]] = []
    for name in ("polnear-dev.jsonl", "polnear-train.jsonl"):
        for line in (shared / "data" / "statements-dev" / name).open(encoding="utf-8"):
            if line.strip():
                record = json.loads(line)
                texts.append((record["doc_id"], record["text"],
                              date.fromisoformat(record["date"])))
    for folder in ("dedup-dev", "stories-dev"):
        path = shared / "data" / folder / "articles.jsonl"
        for k, line in enumerate(path.open(encoding="utf-8")):
            if line.strip():
                record = json.loads(line)
                texts.append((f"{folder}:{k}", record.get("text") or "", None))
    return texts


def _side(shared: Path, limit: int, parser: str) -> None:
    """One run in this process: print {"compiled", "cpu", "digests"} as JSON."""
    from monitor import native
    from monitor.statements import Extractor, default_registry

    texts = _texts(shared)[: limit or None]
    extractor = Extractor(default_registry(), parser=parser)
    digests: dict[str, str] = {}
    started = time.process_time()
    for doc_id, text, day in texts:
        try:
            found = extractor.extract(text, day)
            rows = [(s.speaker, s.mention, s.official, s.kind, s.content, s.cue, s.start, s.end,
                     s.resolution, round(s.confidence, 6), sorted(s.extra.items()))
                    for s in found]
            digests[doc_id] = hashlib.sha256(repr(rows).encode()).hexdigest()
        except Exception as exc:  # a text that raises is reported, not fatal
            digests[doc_id] = f"error {type(exc).__name__}: {exc}"
    print(json.dumps({"compiled": native.in_use(), "reason": native.STATE.reason,
                      "cpu": time.process_time() - started, "digests": digests}))


def main(argv: list[str] | None = None) -> int:
    """Run both sides and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path,
                        default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--limit", type=int, default=0, help="only the first N texts")
    parser.add_argument("--parser", choices=["off", "auto", "on"], default="off")
    parser.add_argument("--side", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.side:
        _side(args.shared, args.limit, args.parser)
        return 0
    runs = {}
    for name, switch in (("pure", "off"), ("compiled", "on")):
        env = {**os.environ, "MONITOR_NATIVE": switch}
        done = subprocess.run(
            [sys.executable, __file__, "--side", "--shared", str(args.shared),
             "--limit", str(args.limit), "--parser", args.parser],
            env=env, capture_output=True, text=True, check=True)
        runs[name] = json.loads(done.stdout.strip().splitlines()[-1])
    pure, compiled = runs["pure"], runs["compiled"]
    if not compiled["compiled"]:
        print(f"the build is not in use: {compiled['reason']} (make compile)")
        return 1
    differ = [k for k, v in pure["digests"].items() if compiled["digests"].get(k) != v]
    errors = [k for k, v in compiled["digests"].items() if v.startswith("error")]
    print(f"texts: {len(pure['digests'])}; statements differ in {len(differ)}; "
          f"texts that raised (compiled): {len(errors)}")
    for key in (differ + errors)[:20]:
        print(f"  {key}: pure {pure['digests'][key][:60]} / compiled "
              f"{compiled['digests'].get(key, 'missing')[:60]}")
    print(f"CPU seconds: pure {pure['cpu']:.1f}, compiled {compiled['cpu']:.1f} "
          f"({compiled['cpu'] / pure['cpu']:.2f}x)")
    return 1 if differ or errors else 0


if __name__ == "__main__":
    sys.exit(main())
