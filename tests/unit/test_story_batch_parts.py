"""The in-memory parts of the batched story decision: the postings overlay and the counts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from monitor.storage.story_batch import BatchPostings, StoryCounts

T0 = datetime(2025, 5, 21, 8, 0, tzinfo=UTC)


def test_overlay_keeps_the_newest_limit_postings_per_key() -> None:
    stored = [(7, 30, 5), (7, 20, 5), (8, 20, 5)]  # key 7 full at limit 2, key 8 not
    postings = BatchPostings(stored, limit=2)
    assert postings.rows([7, 9]) == [(7, 30, 5), (7, 20, 5)]
    assert postings.add(40, [7, 8, 9]) == [(7, 40, 3), (8, 40, 3), (9, 40, 3)]
    # key 7: the new article pushes the oldest out, as LIMIT 2 over the table would
    assert postings.rows([7]) == [(7, 40, 3), (7, 30, 5)]
    assert sorted(postings.rows([8, 9])) == [(8, 20, 5), (8, 40, 3), (9, 40, 3)]
    assert postings.rows([9, 9]) == [(9, 40, 3), (9, 40, 3)]  # one row per occurrence


def test_counts_aggregate_as_the_updates_one_by_one() -> None:
    counts = StoryCounts()
    counts.add(1, T0 + timedelta(hours=2), T0)
    counts.add(1, T0 + timedelta(hours=1), T0 - timedelta(hours=3))
    counts.add(2, T0, T0)
    pending = counts.drain()
    one = pending[1]
    assert (one.n, one.last_seen, one.first_event, one.last_event) == (
        2, T0 + timedelta(hours=2), T0 - timedelta(hours=3), T0)
    assert pending[2].n == 1
    assert counts.drain() == {}


def test_stored_rows_of_a_key_need_not_come_together() -> None:
    postings = BatchPostings([(7, 30, 5), (8, 20, 5), (7, 20, 5)], limit=2)
    assert postings.rows([7, 8]) == [(7, 30, 5), (7, 20, 5), (8, 20, 5)]
