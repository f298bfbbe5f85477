"""A seeded synthetic news corpus for the stories benchmark (no real texts, no network).

* :func:`article` makes one article: a headline and 5-10 paragraphs of Zipf-distributed
  pseudo-words with sentence punctuation, plus one or two "stock sentences" (the boilerplate
  phrases and page furniture that many real texts share, which make some index keys common);
* :func:`copy_of` makes a republication of an article with the dev set's edits: new headline
  prefix, dateline, truncation, a dropped or reordered paragraph, a context paragraph;
* :func:`rewrite_of` makes an own-words rewrite of an article (issue 10): its headline words
  reordered, its first sentence's words reordered and thinned, the rest new text; the copy rules
  cannot see it (no shingles in common), the rewrite layer should;
* :func:`background_features` makes the stored features of an indexed article directly
  (random shingle keys plus stock-sentence keys, and headline / lead / body terms drawn from
  the same Zipf vocabulary as the texts, as :func:`monitor.dedupe.signatures.features` would
  compute them from such a text), so that an index of a million articles can be loaded in
  minutes: the decision only ever reads keys and stored features.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime

import numpy as np

from monitor.dedupe.rewrites import _NOT_NAMES, BODY_MAX_TERMS, LEAD_TERMS
from monitor.dedupe.signatures import (
    LEAD_WORDS,
    SAMPLE_MOD,
    DocFeatures,
    shingle_hashes,
)
from monitor.dedupe.text import STOPWORDS, content_words, normalise_word, words

VOCABULARY = 30_000  # distinct pseudo-words; news vocabularies of one day are of this order
ZIPF_S = 1.1  # word-frequency exponent of English text
STOCK_SENTENCES = 200  # shared boilerplate sentences; their keys get long posting lists
KEYS_PER_DOC = 320 // SAMPLE_MOD  # sampled keys of a ~500-word article (~320 shingles)
ENTITY_WORDS = 80  # as monitor.dedupe.rewrites.entities: body words scanned for names

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
        # background features are built from word ranks: each rank's normalised spelling, its
        # term id (position in the sorted list of distinct content terms, so that id order is
        # the terms' sort order) or -1 for a stopword, and whether it can be a name word
        self.norm = [normalise_word(w) for w in self.words]
        self.terms = sorted({w for w in self.norm if w not in STOPWORDS and len(w) > 1})
        tid = {t: i for i, t in enumerate(self.terms)}
        self.term_of = np.array([tid.get(w, -1) for w in self.norm], dtype=np.int64)
        self.terms_arr = np.array(self.terms, dtype=object)
        self.nameable = [w not in STOPWORDS and w not in _NOT_NAMES and len(w) > 1
                         for w in self.norm]

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

    def rewrite_of(self, doc: Doc) -> Doc:
        """An own-words rewrite of ``doc`` by another outlet: the same headline words in
        another order, the first sentence's words reordered with about a third left out (its
        first word kept, capitalised: the lead names the same thing), then new text."""
        head = [w.lower() for w in doc.title.split()]
        self.rng.shuffle(head)
        title = " ".join(head)
        first = doc.text.split("\n\n")[0].split(". ")[0].rstrip(".").split()
        rest = [w.lower() for w in first[1:] if self.rng.random() < 0.67]
        self.rng.shuffle(rest)
        lead = " ".join([first[0], *rest]) + "."
        paras = [
            " ".join(self._sentence() for _ in range(self.rng.randint(2, 4)))
            for _ in range(self.rng.randint(4, 8))
        ]
        paras[0] = lead + " " + paras[0]
        return Doc(title[:1].upper() + title[1:], "\n\n".join(paras),
                   self.rng.choice(self.sources))

    def _ranks(self, n: int) -> np.ndarray:
        """``n`` Zipf-distributed word ranks."""
        return np.minimum(np.searchsorted(self.cdf, self.np.random(n)), VOCABULARY - 1)

    def _counts(self, ids: np.ndarray) -> tuple[tuple[str, int], ...]:
        """(term, count) pairs of term ids (stopwords, -1, dropped), sorted by term."""
        u, c = np.unique(ids[ids >= 0], return_counts=True)
        return tuple(zip(self.terms_arr[u].tolist(), c.tolist(), strict=True))

    def background_features(self, published_at: datetime) -> DocFeatures:
        """Stored features of an indexed article, made directly (no text).

        Shingle keys are random (plus stock-sentence keys); the headline (6-12 words) and a
        body of 15-30 sentences of 8-30 words are drawn as word ranks, and the headline,
        lead, story terms, body terms and name words are what ``features()`` computes from
        such a text (the synthetic texts have no digits: no years or counts).
        """
        keys = {int(k) for k in self.np.integers(0, 2**63, size=KEYS_PER_DOC, dtype=np.int64)}
        for _ in range(2):
            i = min(int(self.np.zipf(1.5)) - 1, STOCK_SENTENCES - 1)
            keys.update(self.stock_keys[i])
        lens = self.np.integers(8, 31, size=int(self.np.integers(15, 31)))
        n_title = int(self.np.integers(6, 13))
        ranks = self._ranks(n_title + int(lens.sum()))
        head, body = ranks[:n_title], ranks[n_title:]
        norm = self.norm
        title = " ".join([norm[r] for r in head.tolist()])
        lead = " ".join([norm[r] for r in body[:LEAD_WORDS].tolist()])
        head_ids, body_ids = self.term_of[head], self.term_of[body]
        terms = self._counts(np.concatenate([head_ids, head_ids, body_ids[:LEAD_TERMS]]))
        u, c = np.unique(body_ids[body_ids >= 0], return_counts=True)
        if len(u) > BODY_MAX_TERMS:  # the most frequent, ties by term (body_terms)
            top = np.sort(np.lexsort((u, -c))[:BODY_MAX_TERMS])
            u, c = u[top], c[top]
        body_terms = tuple(zip(self.terms_arr[u].tolist(), c.tolist(), strict=True))
        # names (rewrites.entities): the capitalised first word of the headline and of each
        # sentence starting in the first ENTITY_WORDS body words
        starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
        firsts = [int(head[0])] + [int(body[s]) for s in starts[starts < ENTITY_WORDS].tolist()]
        entities = frozenset(norm[r] for r in firsts if self.nameable[r])
        return DocFeatures(
            title=title,
            lead=lead,
            sketch=frozenset(keys),
            n_shingles=len(keys) * SAMPLE_MOD,
            quotes=frozenset(),
            numbers=frozenset(),
            names=frozenset(),
            published_at=published_at,
            terms=terms,
            body=body_terms,
            entities=entities,
            years=frozenset(),
        )
