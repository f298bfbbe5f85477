"""Full-text search over articles and statements (``monitor search``).

The search objects are made by migration 0005 (reporting):

* SQLite: FTS5 external-content tables ``articles_fts(title, summary, text)`` and
  ``statements_fts(speaker, content)``, kept current by triggers on insert, update and delete;
* PostgreSQL: expression GIN indexes over ``to_tsvector('simple', ...)`` of the same columns;
  the queries below repeat the indexed expression exactly, or the planner would not use it.

Both match whole words, case-insensitively, with no stemming (the feeds mix English,
Ukrainian and Russian). A query is a list of words that must all occur; a word ending in
``*`` matches as a prefix (``sanction*``). Anything else in the query (quotes, operators,
punctuation) is ignored, so user input can never be a syntax error in either database.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import Connection, TextClause, bindparam, text

from monitor.storage.base import UTCDateTime

# Keep in step with migrations/versions/0005_reporting.py (the index expressions; ``{t}`` is
# the table alias with its dot, which the planner does not mind).
PG_CONFIG = "simple"
PG_ARTICLE_DOCUMENT = (
    "to_tsvector('simple'::regconfig, coalesce({t}title, '') || ' ' || coalesce({t}summary, '')"
    " || ' ' || coalesce({t}text, ''))"
)
PG_STATEMENT_DOCUMENT = (
    "to_tsvector('simple'::regconfig, coalesce({t}speaker, '') || ' ' || coalesce({t}content, ''))"
)

DEFAULT_LIMIT = 50  # rows per kind; a search is for reading, not for export
SNIPPET_WORDS = 12  # words of context in a snippet, enough to judge a hit at a glance
YIELD_PER = 500  # rows fetched per round trip when streaming
MAX_TERMS = 32  # more words than this is a pasted paragraph, not a query

Kind = Literal["articles", "statements", "all"]
COLUMNS = ("kind", "id", "seen_at", "outlet", "title", "snippet", "url")

_WORD = re.compile(r"(\w+)(\*?)")


@dataclass(frozen=True)
class SearchTerms:
    """The words of a query, each with whether it matches as a prefix."""

    words: tuple[tuple[str, bool], ...]

    def fts5(self) -> str:
        """The FTS5 MATCH expression: quoted words, all required."""
        return " ".join(f'"{w}"' + ("*" if prefix else "") for w, prefix in self.words)

    def tsquery(self) -> str:
        """The ``to_tsquery`` text: quoted lexemes joined with ``&``."""
        return " & ".join(f"'{w}'" + (":*" if prefix else "") for w, prefix in self.words)


def parse_query(query: str) -> SearchTerms:
    """Read a user's query into words (``\\w+``, optional trailing ``*``); ValueError if none."""
    words = tuple((m.group(1).lower(), bool(m.group(2))) for m in _WORD.finditer(query))
    if not words:
        raise ValueError(f"nothing to search for in {query!r}: give one or more words")
    if len(words) > MAX_TERMS:
        raise ValueError(f"too many words ({len(words)}); at most {MAX_TERMS}")
    return SearchTerms(words)


def _article_sql(dialect: str, since: bool) -> TextClause:
    if dialect == "postgresql":
        sql = f"""
SELECT 'article' AS kind, a.id, a.first_seen_at AS seen_at, a.source AS outlet, a.title,
       ts_headline('{PG_CONFIG}', coalesce(a.summary, '') || ' ' || coalesce(a.text, ''), q.q,
                   'StartSel=[, StopSel=], MaxWords={SNIPPET_WORDS}, MinWords=4') AS snippet,
       a.url
FROM articles a, to_tsquery('{PG_CONFIG}', :q) AS q(q)
WHERE {PG_ARTICLE_DOCUMENT.format(t="a.")} @@ q.q
  {"AND a.first_seen_at >= :since" if since else ""}
ORDER BY a.first_seen_at DESC, a.id DESC
LIMIT :limit"""
    else:
        sql = f"""
SELECT 'article' AS kind, a.id, a.first_seen_at AS seen_at, a.source AS outlet, a.title,
       snippet(articles_fts, -1, '[', ']', '…', {SNIPPET_WORDS}) AS snippet, a.url
FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
WHERE articles_fts MATCH :q
  {"AND a.first_seen_at >= :since" if since else ""}
ORDER BY a.first_seen_at DESC, a.id DESC
LIMIT :limit"""
    return text(sql)


def _statement_sql(dialect: str, since: bool) -> TextClause:
    title = "coalesce(s.official_id, s.speaker, s.mention)"
    if dialect == "postgresql":
        sql = f"""
SELECT 'statement' AS kind, s.id, s.first_seen_at AS seen_at, s.first_outlet AS outlet,
       {title} AS title,
       ts_headline('{PG_CONFIG}', s.content, q.q,
                   'StartSel=[, StopSel=], MaxWords={SNIPPET_WORDS}, MinWords=4') AS snippet,
       a.url
FROM statements s
CROSS JOIN to_tsquery('{PG_CONFIG}', :q) AS q(q)
LEFT JOIN articles a ON a.id = s.first_article_id
WHERE {PG_STATEMENT_DOCUMENT.format(t="s.")} @@ q.q
  {"AND s.first_seen_at >= :since" if since else ""}
ORDER BY s.first_seen_at DESC, s.id DESC
LIMIT :limit"""
    else:
        sql = f"""
SELECT 'statement' AS kind, s.id, s.first_seen_at AS seen_at, s.first_outlet AS outlet,
       {title} AS title,
       snippet(statements_fts, 1, '[', ']', '…', {SNIPPET_WORDS}) AS snippet, a.url
FROM statements_fts
JOIN statements s ON s.id = statements_fts.rowid
LEFT JOIN articles a ON a.id = s.first_article_id
WHERE statements_fts MATCH :q
  {"AND s.first_seen_at >= :since" if since else ""}
ORDER BY s.first_seen_at DESC, s.id DESC
LIMIT :limit"""
    return text(sql)


def search(
    conn: Connection,
    query: str,
    *,
    since: datetime | None = None,
    kind: Kind = "all",
    limit: int = DEFAULT_LIMIT,
) -> Iterator[dict[str, Any]]:
    """Articles and/or statements matching every word of ``query``, newest first per kind.

    Rows have :data:`COLUMNS`. Articles come before statements when ``kind`` is ``all``;
    each kind is capped at ``limit`` rows. Raises ValueError for a query without words.
    """
    terms = parse_query(query)
    dialect = conn.dialect.name
    q = terms.tsquery() if dialect == "postgresql" else terms.fts5()
    builders = []
    if kind in ("articles", "all"):
        builders.append(_article_sql)
    if kind in ("statements", "all"):
        builders.append(_statement_sql)
    for build in builders:
        stmt = build(dialect, since is not None).columns(seen_at=UTCDateTime())
        params: dict[str, Any] = {"q": q, "limit": limit}
        if since is not None:
            stmt = stmt.bindparams(bindparam("since", type_=UTCDateTime()))
            params["since"] = since
        result = conn.execution_options(yield_per=YIELD_PER).execute(stmt, params)
        for row in result.mappings():
            yield dict(row)
