"""A learned salience for speaker resolution: which recent person "he", "the senator" or "the
businessman" means (issue 13, fifteenth session).

:meth:`monitor.statements.resolution.Discourse._best` keeps its hard filters (gender,
animacy, offices, qualifiers, past titles) and scores what passes them with hand-set weights
(a role bonus minus a cost per sentence back, plus prominence for epithets). Here the same
candidates, grouped by person, are described by a small feature vector (:data:`FEATURES`,
computed by :func:`person_features` from what ``_best`` already knows) and ranked by a linear
score ``w · x``: a conditional logit (a softmax over one call's candidates), fitted offline by
``bench/fit_salience.py`` with :func:`fit_conditional` (Newton steps with a small ridge, numpy
only) on the calls of the training texts whose gold speaker is among the candidates. The
weights are constants here, with provenance.

Used only when the extractor is built with ``salience=True`` (off by default): see
docs/design.md, "Statements: a learned salience", for why (it did not beat the rules).

The fit script observes ``_best`` through :data:`OBSERVER` (a module-level hook, None in
production): each call hands it a :class:`Call` with the candidates and the rules' choice.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

# how a person was seen, in the order pronouns prefer them (shared with resolution.py)
MENTION, SUBJECT, SPEAKER, ADDRESSEE = 0, 1, 2, 3
LOOKBACK_UNITS = 12  # sentences a pronoun looks back (resolution.PRONOUN_LOOKBACK_UNITS)
NEAR_SPEAKER_UNITS = 2  # "spoke near": a cue's speaker this many sentences back at most
MAX_SEEN = 10  # mentions counted for prominence (resolution.MAX_PROMINENT_MENTIONS)
# the three kinds of call: a pronoun ("he said"), an office title ("the president said"),
# an epithet ("the businessman said", scored with prominence)
PRONOUN, TITLE, EPITHET = "pronoun", "title", "epithet"

FEATURES: tuple[str, ...] = (
    "hand",  # the rules' score of the person (best of their entries): the model corrects it
    "speaker",  # the person's latest entry is a cue's speaker
    "subject",  # ... the subject of a sentence
    "addressee",  # ... the one asked a question
    "distance",  # sentences back to the latest entry, over LOOKBACK_UNITS
    "same_unit",  # the latest entry is in the mention's sentence
    "prev_unit",  # ... in the sentence before
    "spoke_near",  # a speaker entry within NEAR_SPEAKER_UNITS sentences
    "last_speaker",  # the latest speaker among all candidates
    "prev_subject",  # the subject (or speaker) of the sentence before
    "log_seen",  # log(1 + times the article named them, at most MAX_SEEN)
    "most_named",  # named most often of all candidates (ties included)
    "unknown_gender",  # the lexicon knows no gender for the name
    "full_name",  # the name has a given name and a surname (a space)
    "official",  # the person holds a role or is a registry official
    "log_chars",  # log(1 + characters back to the latest entry), over 10
    "nearest",  # the latest candidate of all
    "entries",  # log(1 + the person's entries in the window)
    "title_seen",  # a title or epithet call, times log_seen
    "title_official",  # a title or epithet call, times official
    "title_spoke",  # a title or epithet call, times spoke_near
)

# Fitted by `bench/fit_salience.py --ridge 1 --fit-all --drop addressee,prev_unit,spoke_near,
# prev_subject,most_named,full_name,official,log_chars,entries,title_seen,title_official,
# title_spoke` on the 482 labelled calls of the training texts (PolNeAR train 376, news2025 41,
# the develop halves of news2025b 22, news2025c 29, newsstories 14; 360 with more than one
# person), 2026-12-06, branch learnres. The zeros are the features left out: this compact set
# cross-validated best of the sets tried (5-fold by article 0.979, leave-one-set-out 0.973;
# all features 0.967 / 0.973), and still below the rules on the same calls (0.992: the rules
# were tuned on these texts). Only used when the extractor is built with ``salience=True``.
WEIGHTS: tuple[float, ...] = (
    2.8705,  # hand
    0.5328,  # speaker
    1.0825,  # subject
    0.0,  # addressee
    -0.4686,  # distance
    -0.0021,  # same_unit
    0.0,  # prev_unit
    0.0,  # spoke_near
    0.9911,  # last_speaker
    0.0,  # prev_subject
    -0.5017,  # log_seen
    0.0,  # most_named
    0.0035,  # unknown_gender
    0.0,  # full_name
    0.0,  # official
    0.0,  # log_chars
    0.9546,  # nearest
    0.0,  # entries
    0.0,  # title_seen
    0.0,  # title_official
    0.0,  # title_spoke
)

RIDGE = 1.0  # L2 penalty in the fit: keeps weights finite where a feature separates the
# training calls (a few hundred calls, so small against the data)
NEWTON_ITER = 30  # Newton steps; the fit converges in about ten
NEWTON_TOL = 1e-8  # stop when no weight moves more than this
CHARS_SCALE = 10.0  # log(1 + chars) is up to about 9 in long articles: brought to ~1


@dataclass(frozen=True)
class Entry:
    """One sighting of a candidate that passed ``_best``'s hard filters."""

    who: int  # the person's identity (``id(person)``)
    distance: int  # sentences back from the mention
    chars: int  # characters back from the mention
    rank: int  # MENTION, SUBJECT, SPEAKER or ADDRESSEE
    score: float  # the rules' score of this sighting
    seen: int  # how often the article had named the person
    gender_known: bool
    full_name: bool
    official: bool  # holds a role, or is a registry official


@dataclass(frozen=True)
class Call:
    """One call of ``_best``, as :data:`OBSERVER` sees it."""

    kind: str  # PRONOUN, TITLE or EPITHET
    offset: int  # where the mention stands in the text
    gender: str
    entries: tuple[Entry, ...]  # latest first
    names: dict[int, str]  # who -> the person's name
    chosen: int  # who the rules chose


# the hook bench/fit_salience.py sets to see every call; None in production
OBSERVER: Callable[[Call], None] | None = None


def call_kind(role: str, prominence: float) -> str:
    """The kind of a ``_best`` call from its arguments: no role is a pronoun's, prominence
    an epithet's, else a title's."""
    if not role:
        return PRONOUN
    return EPITHET if prominence > 0 else TITLE


def person_features(entries: Sequence[Entry], kind: str) -> list[tuple[int, list[float]]]:
    """(who, feature vector) for each person among ``entries``, nearest person first (by
    sentences, then characters back to their nearest entry)."""
    order: list[int] = []
    mine: dict[int, list[Entry]] = {}
    # nearest first: the article's notes are not always in text order (a coordinated
    # subject's members are noted after the pair)
    for e in sorted(entries, key=lambda e: (e.distance, e.chars)):
        if e.who not in mine:
            order.append(e.who)
            mine[e.who] = []
        mine[e.who].append(e)
    last_speaker = min(((e.distance, e.chars, e.who) for e in entries if e.rank == SPEAKER),
                       default=(0, 0, None))[2]
    most = max((e.seen for e in entries), default=0)
    titled = 1.0 if kind != PRONOUN else 0.0
    out = []
    for k, who in enumerate(order):
        es = mine[who]
        first = es[0]
        spoke = any(e.rank == SPEAKER and e.distance <= NEAR_SPEAKER_UNITS for e in es)
        seen = math.log1p(min(first.seen, MAX_SEEN))
        official = 1.0 if first.official else 0.0
        x = [
            max(e.score for e in es),
            float(first.rank == SPEAKER),
            float(first.rank == SUBJECT),
            float(first.rank == ADDRESSEE),
            first.distance / LOOKBACK_UNITS,
            float(first.distance == 0),
            float(first.distance == 1),
            float(spoke),
            float(who == last_speaker),
            float(any(e.distance == 1 and e.rank in (SUBJECT, SPEAKER) for e in es)),
            seen,
            float(first.seen == most),
            0.0 if first.gender_known else 1.0,
            float(first.full_name),
            official,
            math.log1p(max(first.chars, 0)) / CHARS_SCALE,
            float(k == 0),
            math.log1p(len(es)),
            titled * seen,
            titled * official,
            titled * float(spoke),
        ]
        out.append((who, x))
    return out


def choose(entries: Sequence[Entry], kind: str,
           weights: Sequence[float] | None = None) -> int | None:
    """The person (``who``) of the highest learned score (``weights``, default
    :data:`WEIGHTS`); ties go to the higher hand score, then to the later sighting."""
    weights = WEIGHTS if weights is None else weights
    best: tuple[float, float, int] | None = None
    who_best = None
    for k, (who, x) in enumerate(person_features(entries, kind)):
        z = sum(a * b for a, b in zip(x, weights, strict=True))
        key = (z, x[0], -k)
        if best is None or key > best:
            best, who_best = key, who
    return who_best


def fit_conditional(groups: Sequence[np.ndarray], right: Sequence[int],
                    ridge: float = RIDGE) -> np.ndarray:
    """Weights of a conditional logit (one softmax per group) by Newton's method.

    ``groups``: per call, an (m, k) array of its candidates' features; ``right``: per call,
    the row of the right candidate. Maximises ``sum log softmax(X w)[right] - ridge/2 |w|^2``.
    """
    k = groups[0].shape[1]
    w = np.zeros(k)
    for _ in range(NEWTON_ITER):
        grad = -ridge * w
        hess = ridge * np.eye(k)
        for x, r in zip(groups, right, strict=True):
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            mean = p @ x
            grad += x[r] - mean
            centred = x - mean
            hess += (centred * p[:, None]).T @ centred
        step = np.linalg.solve(hess, grad)
        w = w + step
        if float(np.max(np.abs(step))) < NEWTON_TOL:
            break
    return w


__all__ = ["ADDRESSEE", "EPITHET", "FEATURES", "MENTION", "OBSERVER", "PRONOUN", "RIDGE",
           "SPEAKER", "SUBJECT", "TITLE", "WEIGHTS", "Call", "Entry", "call_kind", "choose",
           "fit_conditional", "person_features"]
