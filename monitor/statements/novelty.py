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

import functools
import hashlib
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
    if text.isascii():  # nothing to decompose (most quotes): skip the per-character pass
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        stripped = stripped.replace("’", "'")
    stripped = stripped.replace("'", "")
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


def _word_runs(words: list[str], n: int) -> list[str]:
    """The runs of ``n`` consecutive words."""
    return [" ".join(words[i:i + n]) for i in range(len(words) - n + 1)]


# The index keys a content by runs of words, in two groups, each judged on its own
# (:func:`worth_comparing` counts the keys shared within a group):
#
# * word triples, of every content: a triple is rare enough that the newest postings of each
#   hold the statements a content repeats even when an official is quoted all day (word pairs
#   such as "we will" or "security guarantees" are shared by chance by hundreds of statements,
#   and the postings read and candidates compared grew with history: issue 12). An excerpt of
#   three words or more shares all its triples with the quote it comes from; one changed word
#   breaks at most three triples, which a content longer than SHORT_CONTENT_WORDS survives
#   (at least four of its seven or more triples stay);
# * word pairs (and, up to SHORT_WORDS, words) of short contents, which a changed or split word
#   leaves with too few triples ("the shooting remains under investigation" is "the shooting
#   is under investigation"; "it's official: I'm hosting" tokenised as "it s official i m
#   hosting"): short contents find each other through them. Up to 8 words, measured with
#   bench/eval_novelty_index.py on real statements: 6 words lost 3 more repeats of 6,994, 10
#   found no more than 8.
SHORT_CONTENT_WORDS = 8
SHORT_WORDS = 3  # contents this short have (almost) no word pairs: their words are keys too
# Two contents can only be the same statement (ratio >= 90, a partial quote, an excerpt) when
# they share a good part of the smaller one's keys of a group: a 9-word content with a word
# changed keeps 4 of its 7 triples (0.57); a 5-word one 2 of its 4 pairs (0.5). Measured on
# real statements (bench/eval_novelty_index.py): 0.3 keeps 6,991 of the 6,994 repeats found by
# comparing with every statement.
SHARED_KEYS_MIN = 0.3


def _key(text: str) -> int:
    """A stable signed 64-bit key (SQL BIGINT) of ``text``."""
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def speaker_hash(key: str) -> int:
    """The stored index's key of a speaker (:func:`speaker_key`)."""
    return _key("speaker " + key)


# Key groups remembered per process: the same officials are quoted all day, and a quote
# carried by many outlets is keyed once (a blake2b per word run was 2.5% of a first update's
# CPU). ~4,000 contents of ~30 keys: a few MB.
KEY_CACHE_SIZE = 4096


def key_groups(normalised: str) -> list[list[int]]:
    """The stored index's keys of a normalised content, by group (see above): its word
    triples, and for a short content its word pairs and words; empty groups left out, each
    group's keys sorted. (New lists on every call: the caller may keep them.)"""
    return [list(group) for group in _key_groups(normalised)]


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def _key_groups(normalised: str) -> tuple[tuple[int, ...], ...]:
    words = normalised.split()
    groups = [sorted({_key("triple " + run) for run in _word_runs(words, 3)})]
    if len(words) <= SHORT_CONTENT_WORDS:
        short = {_key("pair " + run) for run in _word_runs(words, 2)}
        if len(words) <= SHORT_WORDS:
            short.update(_key("word " + word) for word in words)
        groups.append(sorted(short))
    return tuple(tuple(group) for group in groups if group)


def content_keys(normalised: str) -> list[int]:
    """All the stored index's keys of a normalised content (:func:`key_groups`), sorted."""
    return sorted(key for group in key_groups(normalised) for key in group)


def worth_comparing(shared: int, keys: int, other_keys: int) -> bool:
    """Whether a stored statement sharing ``shared`` of a content's ``keys`` of one group (it
    has ``other_keys`` in that group) may be the same statement, and so goes on to
    :func:`same_statement`."""
    return shared >= SHARED_KEYS_MIN * max(1, min(keys, other_keys))
