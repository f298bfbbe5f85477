"""A seeded synthetic news corpus for the stories benchmark (no real texts, no network).

* :func:`article` makes one article: a headline and 5-10 paragraphs of Zipf-distributed
  pseudo-words with sentence punctuation, plus one or two "stock sentences" (the boilerplate
  phrases and page furniture that many real texts share, which make some index keys common);
* :func:`copy_of` makes a republication of an article with the dev set's edits: new headline
  prefix, dateline, truncation, a dropped or reordered paragraph, a context paragraph;
* :func:`background_features` makes the stored features of an indexed article directly
  (random shingle keys plus stock-sentence keys), so that an index of a million articles can be
  loaded in minutes: the decision only ever reads keys and stored features.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from monitor.dedupe.signatures import (
    SAMPLE_MOD,
    DocFeatures,
    shingle_hashes,
)
from monitor.dedupe.text import content_words, words

VOCABULARY = 30_000  # distinct pseudo-words; news vocabularies of one day are of this order
ZIPF_S = 1.1  # word-frequency exponent of English text
STOCK_SENTENCES = 200  # shared boilerplate sentences; their keys get long posting lists
KEYS_PER_DOC = 320 // SAMPLE_MOD  # sampled keys of a ~500-word article (~320 shingles)

_SYLLABLES = [c + v for c in "bcdfghjklmnprstvz" for v in "aeiou"] + ["th", "sh", "ch"]


@dataclass(frozen=True)
class Doc:
    """A synthetic article."""

    title: str
    text: str
    source: str


class Corpus:
    """Seeded generator of articles, copies and stored features."""

    def __init__(self, seed: int = 1) -> None:
        """A generator; the same seed gives the same corpus."""
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.words = self._vocabulary()
        ranks = np.arange(1, VOCABULARY + 1, dtype=np.float64)
        p = 1.0 / ranks**ZIPF_S
        self.cdf = np.cumsum(p / p.sum())
        self.sources = [f"Outlet {i:02d}" for i in range(50)]
        self.stock = [self._sentence(14, 20) for _ in range(STOCK_SENTENCES)]
        self.stock_keys = [self._sentence_keys(s) for s in self.stock]

    def _vocabulary(self) -> list[str]:
        seen: set[str] = set()
        out: list[str] = []
        while len(out) < VOCABULARY:
            w = "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 4)))
            if w not in seen:
                seen.add(w)
                out.append(w)
        return out

    def _sentence(self, lo: int = 8, hi: int = 30) -> str:
        n = self.rng.randint(lo, hi)
        idx = np.minimum(np.searchsorted(self.cdf, self.np.random(n)), VOCABULARY - 1)
        ws = [self.words[i] for i in idx]
        ws[0] = ws[0].capitalize()
        return " ".join(ws) + "."

    @staticmethod
    def _sentence_keys(sentence: str) -> list[int]:
        h = shingle_hashes(content_words(words(sentence)))
        return [int(x) for x in h[h % np.uint64(SAMPLE_MOD) == 0]]

    def _stock(self) -> str:
        # Zipf over stock sentences: a few are everywhere (page furniture), most are rare
        i = min(int(self.np.zipf(1.5)) - 1, STOCK_SENTENCES - 1)
        return self.stock[i]

    def article(self) -> Doc:
        """A new original article (~500 words)."""
        paras = [
            " ".join(self._sentence() for _ in range(self.rng.randint(2, 4)))
            for _ in range(self.rng.randint(5, 10))
        ]
        paras.insert(self.rng.randint(1, len(paras)), self._stock())
        title = self._sentence(6, 12).rstrip(".")
        return Doc(title, "\n\n".join(paras), self.rng.choice(self.sources))

    def copy_of(self, doc: Doc) -> Doc:
        """A republication of ``doc`` by another outlet, with dev-set-like edits."""
        paras = doc.text.split("\n\n")
        r = self.rng.random
        if r() < 0.34:  # truncated to 40-70%
            paras = paras[: max(2, int(len(paras) * self.rng.uniform(0.4, 0.7)))]
        if r() < 0.26 and len(paras) > 3:  # a middle paragraph dropped
            del paras[self.rng.randrange(1, len(paras) - 1)]
        if r() < 0.36 and len(paras) > 3:  # two paragraphs after the first swapped
            paras[1], paras[2] = paras[2], paras[1]
        if r() < 0.29:  # a context paragraph from elsewhere
            paras.insert(len(paras) // 2, self._sentence() + " " + self._sentence())
        if r() < 0.38:
            paras[0] = "LONDON (Reuters) - " + paras[0]
        title = doc.title
        if r() < 0.75:
            title = self.rng.choice(["BREAKING: ", "UPDATE 1-", "WATCH: ", ""]) + title
        return Doc(title, "\n\n".join(paras), self.rng.choice(self.sources))

    def background_features(self, published_at: datetime) -> DocFeatures:
        """Stored features of an indexed article, made directly (no text)."""
        keys = {int(k) for k in self.np.integers(0, 2**63, size=KEYS_PER_DOC, dtype=np.int64)}
        for _ in range(2):
            i = min(int(self.np.zipf(1.5)) - 1, STOCK_SENTENCES - 1)
            keys.update(self.stock_keys[i])
        title = self._sentence(6, 12).rstrip(".").lower()
        lead = self._sentence(30, 40).rstrip(".").lower()
        return DocFeatures(
            title=title,
            lead=lead,
            sketch=frozenset(keys),
            n_shingles=len(keys) * SAMPLE_MOD,
            quotes=frozenset(),
            numbers=frozenset(),
            names=frozenset(),
            published_at=published_at,
        )
