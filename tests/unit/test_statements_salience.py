"""The learned speaker salience (issue 13, fifteenth session): features of hand-made
candidates, the conditional-logit fit on a tiny fixture, a pronoun decided by the model, and the
extractor's switch and observer hook."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from monitor.statements import Extractor
from monitor.statements import salience as sal

DAY = date(2025, 11, 30)


def _entry(who: int, distance: int, chars: int, rank: int, score: float, seen: int = 1,
           gender_known: bool = True, official: bool = False) -> sal.Entry:
    return sal.Entry(who=who, distance=distance, chars=chars, rank=rank, score=score,
                     seen=seen, gender_known=gender_known, full_name=True, official=official)


def _named(x: list[float]) -> dict[str, float]:
    return dict(zip(sal.FEATURES, x, strict=True))


def test_weights_match_features() -> None:
    assert len(sal.WEIGHTS) == len(sal.FEATURES)
    assert sal.FEATURES[0] == "hand"


def test_features_of_hand_made_candidates() -> None:
    # Smith spoke two sentences back (and was named earlier in this sentence too); Jones is a
    # bare mention of this sentence, nearer the pronoun
    entries = [
        _entry(1, 0, 30, sal.MENTION, 1.0, seen=1, gender_known=False),
        _entry(2, 0, 80, sal.MENTION, 1.0, seen=4),
        _entry(2, 2, 400, sal.SPEAKER, 1.3, seen=3),
    ]
    rows = sal.person_features(entries, sal.PRONOUN)
    assert [who for who, _ in rows] == [1, 2]
    jones, smith = _named(rows[0][1]), _named(rows[1][1])
    assert jones["nearest"] == 1.0 and smith["nearest"] == 0.0
    assert jones["same_unit"] == 1.0 and jones["distance"] == 0.0
    assert jones["unknown_gender"] == 1.0 and smith["unknown_gender"] == 0.0
    assert smith["hand"] == pytest.approx(1.3)  # the best of the person's entries
    assert smith["speaker"] == 0.0  # the nearest entry is a mention
    assert smith["spoke_near"] == 1.0 and smith["last_speaker"] == 1.0
    assert jones["last_speaker"] == 0.0
    assert smith["log_seen"] == pytest.approx(np.log1p(4))
    assert smith["most_named"] == 1.0 and jones["most_named"] == 0.0
    assert smith["entries"] == pytest.approx(np.log1p(2))
    assert smith["title_seen"] == 0.0  # a pronoun's call


def test_title_interactions_only_for_titles() -> None:
    entries = [_entry(1, 1, 50, sal.SPEAKER, 1.65, seen=3, official=True)]
    (_, x), = sal.person_features(entries, sal.TITLE)
    f = _named(x)
    assert f["title_official"] == 1.0 and f["title_spoke"] == 1.0
    assert f["title_seen"] == pytest.approx(np.log1p(3))


def test_call_kind() -> None:
    assert sal.call_kind("", 0.0) == sal.PRONOUN
    assert sal.call_kind("president", 0.0) == sal.TITLE
    assert sal.call_kind("businessman", 0.1) == sal.EPITHET


# a tiny fixture: three calls of two features; the fit's result is recorded below
FIXTURE_GROUPS = [np.array([[1.0, 0.0], [0.0, 1.0]]),
                  np.array([[1.0, 1.0], [0.0, 0.0], [0.5, 0.0]]),
                  np.array([[0.0, 1.0], [1.0, 0.0]])]
FIXTURE_RIGHT = [0, 0, 1]
FIXTURE_WEIGHTS = (0.9154079, -0.03846581)  # sal.fit_conditional(..., ridge=1.0)


def test_fit_reproduces_recorded_weights() -> None:
    w = sal.fit_conditional(FIXTURE_GROUPS, FIXTURE_RIGHT, ridge=1.0)
    assert w == pytest.approx(FIXTURE_WEIGHTS, abs=1e-6)


def test_fit_is_at_the_optimum() -> None:
    """The penalised log-likelihood's gradient is zero at the fitted weights."""
    w = sal.fit_conditional(FIXTURE_GROUPS, FIXTURE_RIGHT, ridge=1.0)
    grad = -1.0 * w
    for x, r in zip(FIXTURE_GROUPS, FIXTURE_RIGHT, strict=True):
        p = np.exp(x @ w)
        p /= p.sum()
        grad += x[r] - p @ x
    assert np.abs(grad).max() < 1e-6


def test_fit_learns_the_separating_feature() -> None:
    groups = [np.array([[1.0, 0.3], [0.0, 0.3]]), np.array([[0.0, 0.9], [1.0, 0.1]])]
    w = sal.fit_conditional(groups, [0, 1], ridge=0.1)
    assert w[0] > 1.0 and abs(w[1]) < w[0]


def test_pronoun_decided_by_the_model() -> None:
    """The subject of the last sentence, nearer the pronoun, over a speaker of the same
    sentence the article named ten times: the hand score prefers the speaker (1.65 > 1.4),
    the learned weights the subject (the article's most named is no better a "he")."""
    entries = [_entry(1, 1, 40, sal.SUBJECT, 1.4, seen=1),
               _entry(2, 1, 90, sal.SPEAKER, 1.65, seen=10)]
    hand_only = [1.0] + [0.0] * (len(sal.FEATURES) - 1)
    assert sal.choose(entries, sal.PRONOUN, hand_only) == 2
    assert sal.choose(entries, sal.PRONOUN) == 1


def test_choose_ties_go_to_the_hand_score() -> None:
    entries = [_entry(1, 1, 40, sal.MENTION, 0.65), _entry(2, 1, 90, sal.MENTION, 0.9)]
    zero = [0.0] * len(sal.FEATURES)
    assert sal.choose(entries, sal.PRONOUN, zero) == 2
    assert sal.choose([], sal.PRONOUN) is None


TEXT = ("Senator John Smith met Mary Jones in Boston on Monday. "
        "\u201cWe will win this,\u201d he said after the meeting.\n")


def test_extractor_switch_and_observer(extractor: Extractor) -> None:
    calls: list[sal.Call] = []
    assert extractor.salience is False  # off by default
    sal.OBSERVER = calls.append
    try:
        rules = extractor.extract(TEXT, DAY)
    finally:
        sal.OBSERVER = None
    learned = Extractor(extractor.registry, salience=True).extract(TEXT, DAY)
    assert [s.speaker for s in rules] == ["John Smith"]
    assert [s.speaker for s in learned] == ["John Smith"]
    call = next(c for c in calls if c.kind == sal.PRONOUN)
    assert call.gender == "m" and call.names[call.chosen] == "John Smith"
    assert TEXT.index("he said") == call.offset


def test_rules_alone_never_rank_by_the_model(extractor: Extractor,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the observer and the switch, ``_best`` neither describes nor ranks candidates
    by the model (the default costs nothing)."""
    def boom(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the learned salience ran with the switch off")

    monkeypatch.setattr(sal, "choose", boom)
    monkeypatch.setattr(sal, "person_features", boom)
    assert [s.speaker for s in extractor.extract(TEXT, DAY)] == ["John Smith"]
    with pytest.raises(AssertionError):
        Extractor(extractor.registry, salience=True).extract(TEXT, DAY)
