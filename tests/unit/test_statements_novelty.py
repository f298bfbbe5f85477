"""Novelty: same statement or a new one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.statements.novelty import (
    Earlier,
    content_keys,
    find_earlier,
    key_groups,
    normalise,
    same_statement,
    speaker_key,
    worth_comparing,
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


def test_different_numbers_make_different_statements() -> None:
    twelve = normalise("The strike on the city killed 12 people, including two children.")
    fourteen = normalise("The strike on the city killed 14 people, including two children.")
    assert not same_statement(twelve, fourteen)
    # a partial quote keeps the numbers of the statement it comes from
    assert same_statement(normalise("killed 12 people, including two children"), twelve)
    assert not same_statement(normalise("killed 14 people, including two children"), twelve)


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


def _worth(probe: str, stored: str) -> bool:
    """Whether the index would put ``stored`` forward for ``probe``: enough shared keys in
    some group (the groups of one content share no key with another group's)."""
    stored_keys = {k: len(g) for g in key_groups(normalise(stored)) for k in g}
    for group in key_groups(normalise(probe)):
        sizes = [stored_keys[k] for k in group if k in stored_keys]
        if sizes and worth_comparing(len(sizes), len(group), sizes[0]):
            return True
    return False


def test_key_groups_find_excerpts_and_not_other_statements() -> None:
    """Only statements sharing enough keys go on to the full comparison (the stored index)."""
    assert _worth("we can and want to agree with it", QUOTE)  # a partial quote
    assert _worth(QUOTE, "we can and want to agree with it")  # the fuller quote, later
    assert not _worth("We discussed grain exports with colleagues in the region yesterday",
                      QUOTE)
    # a long quote with one word changed keeps enough of its word triples
    assert _worth(QUOTE.replace("agree", "concur"), QUOTE)
    # short contents: a changed word breaks every triple; their word pairs find each other
    assert _worth("The shooting remains under investigation",
                  "The shooting is under investigation")
    assert not _worth("The shooting remains under investigation",
                      "The talks remain under way in Geneva")
    # a split word (tokenised text) in a short quote
    assert _worth("It's official: I'm hosting the Oscars",
                  "It ’ s official: I ’ m hosting the Oscars")
    short = content_keys(normalise("No comment."))  # very short contents: words are keys too
    assert set(short) & set(content_keys(normalise("no comment")))
    assert content_keys("") == [] and key_groups("") == []


def test_key_groups_keep_short_pairs_apart_from_triples() -> None:
    """A long content has triples only; a short one triples and pairs, in separate groups."""
    long_groups = key_groups(normalise(QUOTE))
    assert len(long_groups) == 1
    short_groups = key_groups(normalise("the shooting remains under investigation"))
    assert [len(g) for g in short_groups] == [3, 4]
    assert not set(short_groups[0]) & set(short_groups[1])


def test_lookback_counts_in_event_time_both_ways() -> None:
    """A back-fill meets later reports first: an earlier article repeats a statement whose
    sightings lie after it, within the lookback; far outside the span it is new."""
    key = speaker_key("peskov", None)
    later = Earlier(1, key, normalise(QUOTE), NOW + timedelta(days=20),
                    first_at=NOW + timedelta(days=5))
    lookback = timedelta(days=30)
    assert find_earlier(key, normalise(QUOTE), [later], NOW, lookback) == later
    assert find_earlier(key, normalise(QUOTE), [later], NOW - timedelta(days=40), lookback) is None
    inside = Earlier(2, key, normalise(QUOTE), NOW + timedelta(days=1),
                     first_at=NOW - timedelta(days=1))
    assert inside.distance(NOW) == timedelta(0)
    assert find_earlier(key, normalise(QUOTE), [later, inside], NOW, lookback) == inside
