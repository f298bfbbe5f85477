"""Migrations go up and down on both databases, and the models match them."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Engine, inspect

from monitor.storage import migrate


def test_head_has_core_tables_and_no_drift(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert {"feeds", "articles", "fetch_log", "daemon_state"} <= tables
    migrate.check(engine)  # raises on drift between models and migrations


def test_down_to_base_and_up_again(engine: Engine) -> None:
    migrate.downgrade(engine, "base")
    assert migrate.current(engine) is None
    assert "articles" not in inspect(engine).get_table_names()
    migrate.upgrade(engine)
    assert "articles" in inspect(engine).get_table_names()


def test_event_times_are_filled_from_what_is_stored(engine: Engine) -> None:
    """0008 on a database with rows: published times become event times (never after first
    seen), stories and statements take their articles' span, and it goes down again."""
    from datetime import UTC, datetime

    from sqlalchemy import text

    from monitor.storage.base import UTCDateTime

    migrate.downgrade(engine, "0007")
    seen = datetime(2026, 12, 1, 12, tzinfo=UTC)
    ts = UTCDateTime()
    dialect = engine.dialect

    def bind(value: datetime | None) -> object:
        return ts.process_bind_param(value, dialect)

    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO stories (id, title, first_seen_at, last_seen_at, article_count) "
            "VALUES (1, 'S', :seen, :seen, 3)"), {"seen": bind(seen)})
        for n, published in ((1, datetime(2026, 3, 1, 9, tzinfo=UTC)),
                             (2, None), (3, datetime(2026, 12, 2, tzinfo=UTC))):
            conn.execute(text(
                "INSERT INTO articles (id, source, url, canonical_url, title, summary, text, "
                "authors, published_at, first_seen_at, content_hash, topics, story_id) VALUES "
                "(:id, 'o', :url, :url, 't', '', '', '[]', :pub, :seen, 'h', '[]', 1)"),
                {"id": n, "url": f"https://a.example/{n}", "pub": bind(published),
                 "seen": bind(seen)})
        conn.execute(text(
            "INSERT INTO statements (id, speaker_key, mention, kind, content, normalised, "
            "first_outlet, first_seen_at, last_seen_at, confidence, first_article_id) VALUES "
            "(1, 'k', 'm', 'direct', 'c', 'c', 'o', :seen, :seen, 1.0, 2)"), {"seen": bind(seen)})
        for n in (1, 2):
            conn.execute(text(
                "INSERT INTO statement_sightings (statement_id, article_id, outlet, seen_at, "
                "start, \"end\") VALUES (1, :a, 'o', :seen, 0, 1)"), {"a": n, "seen": bind(seen)})
    migrate.upgrade(engine)
    with engine.connect() as conn:
        def times(sql: str) -> list[datetime]:
            return [ts.process_result_value(v, dialect) for v in conn.execute(text(sql)).scalars()]

        march = datetime(2026, 3, 1, 9, tzinfo=UTC)
        assert times("SELECT event_at FROM articles ORDER BY id") == [march, seen, seen]
        assert times("SELECT first_event_at FROM stories") == [march]
        assert times("SELECT last_event_at FROM stories") == [seen]
        assert times("SELECT first_event_at FROM statements") == [march]
        assert conn.execute(text("SELECT first_article_id FROM statements")).scalar() == 1
        assert times("SELECT event_at FROM statement_sightings ORDER BY article_id") == [
            march, seen]
    migrate.downgrade(engine, "0007")
    assert "event_at" not in {c["name"] for c in inspect(engine).get_columns("articles")}
    migrate.upgrade(engine)


PESKOV_SAID = "We will never accept a ceasefire on these terms, never."
SAID_AT = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _store_peskov_statement(engine: Engine, statement_id: int) -> str:
    """Insert a statement of Peskov's (:data:`PESKOV_SAID` at :data:`SAID_AT`) as an older
    schema has it; returns its normalised content."""
    from sqlalchemy import text

    from monitor.statements.novelty import normalise
    from monitor.storage.base import UTCDateTime

    at = UTCDateTime().process_bind_param(SAID_AT, engine.dialect)
    content = normalise(PESKOV_SAID)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO statements (id, speaker_key, mention, kind, content, normalised, "
            "first_outlet, first_seen_at, last_seen_at, first_event_at, last_event_at, "
            "confidence) VALUES (:id, 'official:peskov', 'Peskov', 'direct', :c, :c, 'o', :at, "
            ":at, :at, :at, 1.0)"), {"id": statement_id, "c": content, "at": at})
    return content


def _candidates_of(engine: Engine, speaker: str, said: str) -> list[int]:
    """The ids the novelty index puts forward for ``said`` by ``speaker`` on the day of
    :data:`SAID_AT`."""
    from datetime import timedelta

    from sqlalchemy.orm import Session

    from monitor.statements.novelty import normalise
    from monitor.storage import statement_keys

    day = timedelta(days=1)
    with Session(engine) as session:
        return [e.id for e in statement_keys.candidates(session, speaker, normalise(said),
                                                        SAID_AT - day, SAID_AT + day)]


def test_statements_stored_before_0009_are_in_the_novelty_index(engine: Engine) -> None:
    migrate.downgrade(engine, "0008")
    content = _store_peskov_statement(engine, 1)
    migrate.upgrade(engine)
    assert _candidates_of(engine, "official:peskov",
                          "never accept a ceasefire on these terms") == [1]
    assert _candidates_of(engine, "official:lavrov", content) == []


def test_0014_indexes_stored_statements_again_under_word_triples(engine: Engine) -> None:
    """Statements indexed by word pairs before 0014 are found after it (their keys rebuilt)."""
    import hashlib
    import itertools

    from sqlalchemy import text

    from monitor.statements.novelty import speaker_hash
    from monitor.storage import statement_keys

    def old_key(pair: str) -> int:  # the pre-0014 key of a word pair
        digest = hashlib.blake2b(("pair " + pair).encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big", signed=True)

    migrate.downgrade(engine, "0013")
    content = _store_peskov_statement(engine, 7)
    words = content.split()
    pairs = [old_key(f"{a} {b}") for a, b in itertools.pairwise(words)]
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO statement_keys (speaker, key, statement_id, n_keys) "
                          "VALUES (:s, :k, 7, :n)"),
                     [{"s": speaker_hash("official:peskov"), "k": k, "n": len(pairs)}
                      for k in pairs])
    migrate.upgrade(engine)
    with engine.connect() as conn:
        stored = sorted(tuple(r) for r in conn.execute(text(
            "SELECT speaker, key, statement_id, n_keys FROM statement_keys")))
    assert stored == sorted(statement_keys.index_rows("official:peskov", content, 7))
    assert _candidates_of(engine, "official:peskov",
                          "never accept a ceasefire on these terms") == [7]


def test_head_revision_constant_is_the_newest_migration(engine: Engine) -> None:
    """migrate.HEAD_REVISION lets start-up skip Alembic: it must name the real head."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config("sqlite://"))
    assert script.get_current_head() == migrate.HEAD_REVISION
    assert migrate.at_head(engine)
    migrate.downgrade(engine, "0008")
    assert not migrate.at_head(engine)
    assert migrate.upgrade_if_behind(engine) and not migrate.upgrade_if_behind(engine)


def test_centroid_counts_are_packed_and_unpacked(engine: Engine) -> None:
    """0017 on a database with centroids stored as JSON: their counts are packed (read back
    the same, in the same order), NULL people stay NULL, and the downgrade writes JSON again."""
    from sqlalchemy import text

    from monitor.storage.base import UTCDateTime
    from monitor.storage.rewrites import PACK_SEP, load_counts

    migrate.downgrade(engine, "0016")
    seen = UTCDateTime().process_bind_param(datetime(2026, 12, 1, 12, tzinfo=UTC), engine.dialect)
    terms = '{"zelensky":3,"kyiv":2,"café":1}'
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO stories (id, title, first_seen_at, last_seen_at, "
                          "first_event_at, last_event_at, article_count) VALUES "
                          "(1, 'S', :seen, :seen, :seen, :seen, 1), "
                          "(2, 'T', :seen, :seen, :seen, :seen, 1)"), {"seen": seen})
        for sid, people in ((1, '{"mary jones":1}'), (2, None)):
            conn.execute(text(
                "INSERT INTO rewrite_stories (story_id, seen_at, size, terms, body, entities, "
                "years, numbers, people) VALUES (:id, :seen, 1, :terms, '{}', '[]', '[]', "
                "'[]', :people)"), {"id": sid, "seen": seen, "terms": terms, "people": people})
    migrate.upgrade(engine)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT story_id, terms, body, people FROM rewrite_stories "
                                 "ORDER BY story_id")).all()
    assert all(PACK_SEP in r.terms and PACK_SEP in r.body for r in rows)
    assert list(load_counts(rows[0].terms).items()) == [("zelensky", 3), ("kyiv", 2),
                                                        ("café", 1)]
    assert load_counts(rows[0].body) == {} and load_counts(rows[0].people) == {"mary jones": 1}
    assert rows[1].people is None
    migrate.downgrade(engine, "0016")
    with engine.connect() as conn:
        back = conn.execute(text("SELECT terms, body, people FROM rewrite_stories "
                                 "ORDER BY story_id")).all()
    assert [tuple(r) for r in back] == [(terms, "{}", '{"mary jones":1}'), (terms, "{}", None)]
    migrate.upgrade(engine)
