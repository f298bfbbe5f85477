"""Compare two speaker-pair files written with ``--pairs`` (before, after): flips each way and
the exact McNemar p-value (see ``bench/paired.py``).

    .venv/bin/python bench/eval_news2025.py --set news2025d --examples 0 --pairs /tmp/before.jsonl
    ... (change the code) ...
    .venv/bin/python bench/eval_news2025.py --set news2025d --examples 0 --pairs /tmp/after.jsonl
    .venv/bin/python bench/compare_pairs.py /tmp/before.jsonl /tmp/after.jsonl [--list]

``--list`` prints the keys of the flipped pairs (to read them by hand on data you may read:
never on a check half or a held-out set whose errors must stay unread).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from paired import compare, interval_text, read_pairs


def main(argv: list[str] | None = None) -> int:
    """Print the comparison; exit 2 when a file is missing or malformed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--list", action="store_true", help="print the flipped pairs' keys")
    args = parser.parse_args(argv)
    try:
        before, after = read_pairs(args.before), read_pairs(args.after)
    except (OSError, ValueError, KeyError) as exc:
        print(f"cannot read the pairs: {exc}", file=sys.stderr)
        return 2
    result = compare(before, after)
    n = result["both"]
    print(f"pairs scored in both: {n} (only before {result['only_before']}, "
          f"only after {result['only_after']})")
    print(f"  right before {result['before_right']} {interval_text(result['before_right'], n)}, "
          f"after {result['after_right']} {interval_text(result['after_right'], n)}")
    print(f"  right -> wrong {len(result['right_to_wrong'])}, wrong -> right "
          f"{len(result['wrong_to_right'])}, exact McNemar p = {result['p_value']:.3f}")
    if args.list:
        for key in result["right_to_wrong"]:
            print(f"    lost   {key}")
        for key in result["wrong_to_right"]:
            print(f"    gained {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
