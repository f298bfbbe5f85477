"""Novelty: same statement or a new one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.statements.novelty import (
    Earlier,
    find_earlier,
    normalise,
    same_statement,
    speaker_key,
)
from monitor.statements.settings import statements_settings

NOW = datetime(2025, 3, 8, tzinfo=UTC)
QUOTE = "We can and want to agree with it, and we agree with it. That’s the way it is."


def test_normalise_drops_marks_case_and_accents() -> None:
    assert normalise("“That’s  the WAY,” — it is.") == "thats the way it is"
    assert normalise("Erdoğan") == "erdogan"


def test_same_statement_rules() -> None:
    full = normalise(QUOTE)
    assert same_statement(full, normalise(QUOTE.replace("’", "'")))
    assert same_statement(normalise("and we agree with it"), full)  # partial quote inside
    assert not same_statement(normalise("agree with it"), full)  # too short to be an excerpt
    assert same_statement(full, normalise(QUOTE.replace("want", "wish")))  # one word changed
    assert not same_statement(full, normalise("We will never agree to a ceasefire on these terms."))


def test_find_earlier_respects_speaker_and_lookback() -> None:
    key = speaker_key("peskov", "Dmitry Peskov")
    assert key == speaker_key("peskov", None)
    assert speaker_key(None, "Jane Doe") != speaker_key(None, "John Roe")
    old = Earlier(1, key, normalise(QUOTE), NOW - timedelta(days=40))
    recent = Earlier(2, key, normalise(QUOTE), NOW - timedelta(days=3))
    other = Earlier(3, speaker_key("lavrov", None), normalise(QUOTE), NOW)
    lookback = timedelta(days=30)
    assert find_earlier(key, normalise(QUOTE), [old, other], NOW, lookback) is None
    assert find_earlier(key, normalise(QUOTE), [old, recent, other], NOW, lookback) == recent


def test_settings_defaults_and_override() -> None:
    assert statements_settings({}).lookback == timedelta(days=30)
    assert statements_settings({"statements": {"lookback_days": 7}}).lookback == timedelta(days=7)
