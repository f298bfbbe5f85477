"""Signatures of one article: shingles, a containment sketch, candidate keys, quotes, numbers.

Shingles are runs of ``SHINGLE_WORDS`` consecutive content words (stopwords dropped, spelling
normalised: see :mod:`monitor.dedupe.text`). Each shingle gets a stable 64-bit fingerprint
(BLAKE2b of its words would be too slow; we combine per-word CRC32s polynomially, which is
stable across processes and Python versions, unlike ``hash()``).

The sketch is Broder's *mod-m sample* (Broder 1997, "On the resemblance and containment of
documents"): every shingle whose fingerprint is 0 modulo ``SAMPLE_MOD``. Unlike a fixed-size
MinHash it grows with the text, and that is what we want: the share of the shorter text's
sample found in the longer text's sample estimates *containment*, the signal that finds
truncated copies and copies padded with context paragraphs, where Jaccard similarity is low
(docs/design.md#dedupe). The same sampled fingerprints are the LSH band keys of the candidate
index: two texts sharing n shingles share on average n / SAMPLE_MOD keys, so a copy sharing
~100 shingles with its original is found with probability 1 - (1 - 1/m)^100.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from typing import Any, cast

import numpy as np

from monitor.dedupe import text as T
from monitor.dedupe.rewrites import (
    LEAD_TERMS,
    Signals,
    body_terms,
    entities,
    story_terms,
    years,
)

SHINGLE_WORDS = 4  # content words per shingle: 4 content words ~ 7 running words; 3 was too
# common across unrelated texts ("prime minister keir"), 5 breaks on every paraphrased word
SAMPLE_MOD = 4  # keep 1 shingle in 4: ~80 keys for a 500-word text. With 8, short copies
# (a 60-word truncated republication: ~45 shingles, ~6 samples) lost every shared sample to one
# paraphrased word in dev; 16 was worse. Cost: twice the index rows of 8
LEAD_WORDS = 40  # the lead: first words of the body after dateline/furniture (≈ 2 sentences)
QUOTE_MIN_WORDS = 8  # a direct quote this long is specific to its source event; shorter ones
# ("common sense", "proxy conflict") are phrases many stories repeat
TITLE_MAX_CHARS = 300  # longer "titles" are feed garbage; cut before comparing

_MASK64 = (1 << 64) - 1
_MIX = 0x9E3779B97F4A7C15  # golden-ratio multiplier: spreads low-entropy combinations
_P = 1_000_003  # polynomial base for combining word fingerprints


@lru_cache(maxsize=1 << 17)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def shingle_hashes(tokens: list[str], k: int = SHINGLE_WORDS) -> np.ndarray:
    """Stable 64-bit fingerprints (uint64 array) of each run of ``k`` tokens.

    A text shorter than ``k`` tokens gets one fingerprint of all its tokens. The words' CRC32s
    are combined as a polynomial in ``_P`` (mod 2^64), then mixed, all vectorised.
    """
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    wh = np.fromiter((_word_hash(t) for t in tokens), dtype=np.uint64, count=len(tokens))
    k = min(k, len(wh))
    n = len(wh) - k + 1
    h = np.zeros(n, dtype=np.uint64)
    p = np.uint64(_P)
    for j in range(k):
        h = h * p + wh[j : j + n]
    h = h * np.uint64(_MIX)
    h ^= h >> np.uint64(29)
    return h


def to_signed64(value: int) -> int:
    """Map an unsigned 64-bit fingerprint to the signed range SQL BIGINT can store."""
    return value - (1 << 64) if value >= (1 << 63) else value


# --- quotes, numbers, names -----------------------------------------------------------------

_QUOTE = re.compile(r'"([^"]{20,2000})"')
_NUMBER = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)*)(?![\w])")
_ORDINALS = {
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "dozen": "12",
}
_ORDINAL_SUFFIX = re.compile(r"(?<=\d)(?:st|nd|rd|th)$")
_NAME = re.compile(r"\b([A-Z][a-z]+(?:[ -][A-Z][a-z]+)+)")


def quotes(body: str) -> frozenset[int]:
    """Fingerprints of direct quotes of at least ``QUOTE_MIN_WORDS`` words (normalised)."""
    out: set[int] = set()
    for m in _QUOTE.finditer(body):
        toks = T.words(m.group(1))
        if len(toks) >= QUOTE_MIN_WORDS:
            out.add(_word_hash(" ".join(toks)))
    return frozenset(out)


def numbers(tokens: list[str]) -> frozenset[tuple[str, str]]:
    """(value, next content word) pairs: "12 killed" -> ("12", "killed").

    Ordinal and small cardinal words count as numbers ("second man charged" -> ("2", "man")).
    Years and other bare numbers with no word after them are left out.
    """
    out: set[tuple[str, str]] = set()
    for i, tok in enumerate(tokens):
        value: str | None = None
        if tok[:1].isdigit():
            value = _ORDINAL_SUFFIX.sub("", tok.replace(",", ""))
        elif tok in _ORDINALS:
            value = _ORDINALS[tok]
        if value is None:
            continue
        for nxt in tokens[i + 1 : i + 3]:
            if nxt not in T.STOPWORDS and not nxt[:1].isdigit():
                out.add((value, nxt))
                break
    return frozenset(out)


_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)


def weekdays(tokens: list[str]) -> frozenset[tuple[str, str]]:
    """Weekdays named in a headline, as (day, "weekday"): "Tuesday Briefing" is an edition."""
    return frozenset((t, "weekday") for t in tokens if t in _WEEKDAYS)


def names(text: str) -> frozenset[str]:
    """Multi-word capitalised names ("Dmitry Peskov", "Security Council"), lower-cased."""
    return frozenset(m.group(1).lower() for m in _NAME.finditer(text))


PERSON_WORDS_MAX = 3  # "mary jones", "mary ann jones": a person named in full; a longer
# capitalised phrase is an organisation or a place ("john f kennedy international airport")


@cache
def _first_names() -> frozenset[str]:
    """The statements' first-name lexicon (imported when first needed: a heavy package)."""
    from monitor.statements import lexicon as lx
    from monitor.statements.names import EXTRA_FEMALE_NAMES, EXTRA_MALE_NAMES

    return lx.MALE_NAMES | lx.FEMALE_NAMES | EXTRA_MALE_NAMES | EXTRA_FEMALE_NAMES


def people(names_: Iterable[str]) -> frozenset[str]:
    """The people named in full among ``names_`` (lower-cased capitalised phrases, as
    :func:`names` gives them): a known first name, then up to two more words, as "first last"
    ("mary jones" from "mary jones" or "mary j jones"). Victims, witnesses and officers that
    one event's reports name and another event's do not."""
    first = _first_names()
    out: set[str] = set()
    for name in names_:
        ws = name.replace("-", " ").split()
        if 2 <= len(ws) <= PERSON_WORDS_MAX and ws[0] in first:
            out.add(f"{ws[0]} {ws[-1]}")
    return frozenset(out)


# --- the features ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocFeatures:
    """Everything the decision needs about one article; small enough to store per article."""

    title: str  # cleaned headline, lower case
    lead: str  # first LEAD_WORDS normalised words of the body, space-joined
    sketch: frozenset[int]  # mod-SAMPLE_MOD sample of the shingle fingerprints (unsigned)
    n_shingles: int  # size of the full shingle set (for containment of tiny texts)
    quotes: frozenset[int]
    numbers: frozenset[tuple[str, str]]  # from the title and the lead, + headline weekdays
    names: frozenset[str]
    published_at: datetime | None = None
    terms: tuple[tuple[str, int], ...] = ()  # story vector: (term, count), sorted (rewrites)
    body: tuple[tuple[str, int], ...] = ()  # body vector: (term, count), sorted (rewrites)
    entities: frozenset[str] = frozenset()  # names in the headline and lead (rewrites)
    years: frozenset[str] = frozenset()  # years in the headline and lead (rewrites)
    lines: tuple[tuple[int, tuple[str, ...]], ...] = ()  # the body's first sentences as
    # (fingerprint, normalised words): per-outlet furniture removal of the rewrite lead
    tail: tuple[tuple[int, tuple[str, ...]], ...] = ()  # the body's last sentences (not among
    # ``lines``), the same way: an outlet's footer leaves the body vector

    def signals(self) -> Signals:
        """What the rewrite decision reads (:mod:`monitor.dedupe.rewrites`)."""
        return Signals(
            terms=dict(self.terms),
            body=dict(self.body),
            entities=self.entities,
            years=self.years,
            numbers=frozenset(n for n in self.numbers if n[1] != "weekday"),
            at=self.published_at,
            lines=self.lines + self.tail,
            lead_lines=len(self.lines),
            people=people(self.names),
        )
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def keys(self) -> list[int]:
        """Candidate-index keys (signed 64-bit, for SQL): the sketch itself, sorted. Each
        fingerprint's bits read as a signed integer (what :func:`to_signed64` gives) by numpy:
        a third of the per-element Python (6 against 21 us for ~100 keys; read three times
        per article decided: candidates, index rows, stored features)."""
        n = len(self.sketch)
        signed = np.fromiter(self.sketch, dtype=np.uint64, count=n).view(np.int64)
        return cast(list[int], np.sort(signed).tolist())

    def to_json(self) -> dict[str, Any]:
        """A JSON-able form, for the stored index. Pairs and word lists stay the tuples they
        are (JSON writes a tuple as a list, the same text): copying each into a list cost a
        Python loop over the ~400 body terms of every article stored (twentieth session)."""
        return {
            "t": self.title,
            "l": self.lead,
            "s": self.keys,
            "n": self.n_shingles,
            "q": sorted(self.quotes),
            "num": sorted(self.numbers),
            "nm": sorted(self.names),
            "p": self.published_at.isoformat() if self.published_at else None,
            "tm": self.terms,
            "bd": self.body,
            "en": sorted(self.entities),
            "y": sorted(self.years),
            "ln": self.lines,
            "tl": self.tail,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocFeatures:
        """The inverse of :meth:`to_json`."""
        return cls(
            title=data["t"],
            lead=data["l"],
            sketch=frozenset(h & _MASK64 for h in data["s"]),
            n_shingles=int(data["n"]),
            quotes=frozenset(data["q"]),
            numbers=frozenset((a, b) for a, b in data["num"]),
            names=frozenset(data["nm"]),
            published_at=datetime.fromisoformat(data["p"]) if data["p"] else None,
            terms=tuple((str(t), int(c)) for t, c in data.get("tm", ())),
            body=tuple((str(t), int(c)) for t, c in data.get("bd", ())),
            entities=frozenset(data.get("en", ())),
            years=frozenset(data.get("y", ())),
            lines=tuple((int(h), tuple(ws)) for h, ws in data.get("ln", ())),
            tail=tuple((int(h), tuple(ws)) for h, ws in data.get("tl", ())),
        )


def features(title: str, text: str, published_at: datetime | None = None) -> DocFeatures:
    """Compute the :class:`DocFeatures` of one article (pure; ~1 ms for 600 words)."""
    body_sentences = T.clean_body(text)
    body = " ".join(body_sentences)
    tokens = T.words(body)
    content = T.content_words(tokens)
    hashes = np.unique(shingle_hashes(content))
    sampled = hashes[hashes % np.uint64(SAMPLE_MOD) == 0]
    if not len(sampled) and len(hashes):  # tiny text: keep its smallest fingerprint as a key
        sampled = hashes[:1]
    sketch = frozenset(sampled.tolist())
    clean_title = T.clean_title(title)[:TITLE_MAX_CHARS]
    title_tokens = T.words(clean_title)
    lead_tokens = tokens[:LEAD_WORDS]
    return DocFeatures(
        title=" ".join(title_tokens),
        lead=" ".join(lead_tokens),
        sketch=sketch,
        n_shingles=len(hashes),
        quotes=quotes(body),
        numbers=numbers(title_tokens) | numbers(lead_tokens) | weekdays(title_tokens),
        names=names(T.clean_chars(clean_title) + ". " + body),
        published_at=published_at,
        terms=tuple(sorted(story_terms(" ".join(title_tokens), tokens).items())),
        body=tuple(sorted(body_terms(tokens).items())),
        entities=entities(clean_title, body),
        years=years(clean_title, body),
        lines=(lead := lead_lines(body_sentences)),
        tail=tail_lines(body_sentences, len(lead)),
    )


LINES_WORDS = 3 * LEAD_TERMS  # body words kept as lines: the lead and what replaces it when
# some of its sentences are an outlet's furniture
LINES_MAX = 12  # sentences kept at most


Line = tuple[int, tuple[str, ...]]  # (crc32 of the sentence's normalised words, the words)


def _line(sentence: str) -> Line | None:
    ws = tuple(T.words(sentence))
    return (zlib.crc32(" ".join(ws).encode("utf-8")), ws) if ws else None


def lead_lines(body_sentences: list[str]) -> tuple[Line, ...]:
    """The first sentences of the body as (fingerprint of the normalised words, the words)."""
    out: list[Line] = []
    n = 0
    for sentence in body_sentences[:LINES_MAX]:
        line = _line(sentence)
        if line is None:
            continue
        out.append(line)
        n += len(line[1])
        if n >= LINES_WORDS:
            break
    return tuple(out)


TAIL_MAX = 8  # last sentences kept as lines: where pages put their footers (newsletter and
# comment prompts, "related" lists, the outlet's self-description), 1-8 sentences on the
# outlets of dedup-dev; a news sentence repeated there is the outlet's own stock line too


def tail_lines(body_sentences: list[str], lead: int) -> tuple[Line, ...]:
    """The last :data:`TAIL_MAX` sentences of the body as lines, those after the ``lead``
    sentences :func:`lead_lines` took (a short body has no tail: its lead is all of it)."""
    usable = [s for s in body_sentences if T.words(s)]
    out = [_line(s) for s in usable[max(lead, len(usable) - TAIL_MAX):]]
    return tuple(line for line in out if line is not None)
