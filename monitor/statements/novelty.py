"""Is a statement new, or a sighting of one seen before? (pure: no SQL)

Two statements by the same speaker (same official id; for untracked speakers, the same
name) are the same statement when their normalised contents

- are equal, or
- one contains the other and the shorter has at least :data:`MIN_CONTAINED_WORDS` words (a
  partial quote taken from a longer one: "proxy conflict between nuclear powers" inside the
  full quote), or
- are near-identical by rapidfuzz: :data:`SAME_RATIO` on the whole strings (an outlet's
  different quote marks, a word changed by translation), or :data:`PARTIAL_RATIO` on the best
  window of the longer one (a partial quote with one word changed).

Only earlier statements seen within the lookback (default 30 days) count.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from rapidfuzz import fuzz

SAME_RATIO = 90.0  # fuzz.ratio: below this, rewordings of different statements start to merge
PARTIAL_RATIO = 95.0  # fuzz.partial_ratio: a partial quote with at most a word changed
MIN_CONTAINED_WORDS = 4  # "the war" is inside many quotes; four words make a real excerpt
MIN_PARTIAL_CHARS = 25  # partial_ratio on shorter strings matches unrelated fragments

_NON_WORD = re.compile(r"[^\w\s]+")
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower case, accents and punctuation removed (quote marks, dashes), spaces squeezed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("’", "'").replace("'", "")
    return _SPACE.sub(" ", _NON_WORD.sub(" ", stripped.lower())).strip()


def speaker_key(official: str | None, speaker: str | None) -> str:
    """Whose statement this is: the official id, else the speaker's folded name, else ''."""
    if official:
        return f"official:{official}"
    if speaker:
        return f"speaker:{normalise(speaker)}"
    return ""


def same_statement(a: str, b: str) -> bool:
    """True when two *normalised* contents are the same statement (see module docstring)."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short.split()) >= MIN_CONTAINED_WORDS and f" {short} " in f" {long} ":
        return True
    if fuzz.ratio(a, b) >= SAME_RATIO:
        return True
    return len(short) >= MIN_PARTIAL_CHARS and fuzz.partial_ratio(short, long) >= PARTIAL_RATIO


@dataclass(frozen=True, slots=True)
class Earlier:
    """A statement already stored: enough to decide whether a new one repeats it."""

    id: int
    key: str  # speaker_key
    normalised: str
    last_seen_at: datetime


def find_earlier(
    key: str,
    normalised: str,
    candidates: Iterable[Earlier],
    now: datetime,
    lookback: timedelta,
) -> Earlier | None:
    """The earlier statement this one repeats (same speaker, seen within ``lookback``), if
    any; the most recently seen when several match."""
    best: Earlier | None = None
    cutoff = now - lookback
    for earlier in candidates:
        if earlier.key != key or earlier.last_seen_at < cutoff:
            continue
        if same_statement(normalised, earlier.normalised) and (
            best is None or earlier.last_seen_at > best.last_seen_at
        ):
            best = earlier
    return best
