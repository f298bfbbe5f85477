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

import hashlib
import itertools
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

_NUMBER = re.compile(r"\d+")
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


def _numbers_agree(short: str, long: str) -> bool:
    """Every number of the shorter text is in the longer one ("12 killed" is not "14 killed":
    one digit changes the news, yet barely moves a fuzzy ratio)."""
    return set(_NUMBER.findall(short)) <= set(_NUMBER.findall(long))


def same_statement(a: str, b: str) -> bool:
    """True when two *normalised* contents are the same statement (see module docstring)."""
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if not _numbers_agree(short, long):
        return False
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
    last_at: datetime  # its latest sighting, in event time (when the news happened)
    first_at: datetime | None = None  # its earliest sighting (None: the same as last_at)

    def distance(self, when: datetime) -> timedelta:
        """How far ``when`` lies outside the span of its sightings (zero inside it)."""
        first = self.first_at or self.last_at
        if when < first:
            return first - when
        return max(when - self.last_at, timedelta(0))


def find_earlier(
    key: str,
    normalised: str,
    candidates: Iterable[Earlier],
    now: datetime,
    lookback: timedelta,
) -> Earlier | None:
    """The stored statement this one repeats (same speaker, a sighting within ``lookback`` of
    ``now`` in event time, before or after it: a back-fill meets later reports first), if any;
    the nearest in time when several match, then the most recent."""
    best: Earlier | None = None
    best_rank: tuple[timedelta, float] | None = None
    for earlier in candidates:
        if earlier.key != key or earlier.distance(now) > lookback:
            continue
        if not same_statement(normalised, earlier.normalised):
            continue
        rank = (earlier.distance(now), -earlier.last_at.timestamp())
        if best_rank is None or rank < best_rank:
            best, best_rank = earlier, rank
    return best


def _bigrams(normalised: str) -> set[str]:
    words = normalised.split()
    return {f"{a} {b}" for a, b in itertools.pairwise(words)}


# Two contents can only be the same statement (ratio >= 90, a partial quote, an excerpt) when
# they share a good part of the shorter one's word pairs: one changed word breaks at most two
# pairs, so a 5-word excerpt with a word changed still shares 2 of 4 (0.5).
SHARED_BIGRAMS_MIN = 0.3
SHORT_WORDS = 3  # contents this short have (almost) no word pairs: their words are keys too


def _key(text: str) -> int:
    """A stable signed 64-bit key (SQL BIGINT) of ``text``."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def speaker_hash(key: str) -> int:
    """The stored index's key of a speaker (:func:`speaker_key`)."""
    return _key("speaker " + key)


def content_keys(normalised: str) -> list[int]:
    """The stored index's keys of a normalised content: its word pairs, and its words when it
    has at most :data:`SHORT_WORDS` (so that short contents still find each other)."""
    keys = {_key("pair " + pair) for pair in _bigrams(normalised)}
    words = normalised.split()
    if len(words) <= SHORT_WORDS:
        keys.update(_key("word " + word) for word in words)
    return sorted(keys)


def worth_comparing(shared: int, keys: int, other_keys: int) -> bool:
    """Whether a stored statement sharing ``shared`` of a content's ``keys`` (it has
    ``other_keys``) may be the same statement, and so goes on to :func:`same_statement`."""
    return shared >= SHARED_BIGRAMS_MIN * max(1, min(keys, other_keys))
