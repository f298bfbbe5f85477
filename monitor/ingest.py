"""Backfills from local files: feed documents (RSS/Atom/RDF) and JSONL article archives.

A JSONL archive has one object a line with ``url``, ``title``, ``text`` or ``html``,
``published`` (ISO 8601 or RFC 822) and ``source`` (the outlet). Broken lines are reported with
their file and line number and skipped; the rest goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

from monitor import normalize
from monitor.parse import parse_feed
from monitor.types import Article

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}

# Bytes read at a time while skipping the rest of a line over the record cap: small enough
# that skipping a 5 GB line holds 1 MiB at most.
SKIP_CHUNK_BYTES = 1024 * 1024


@dataclass(frozen=True)
class IngestProblem:
    """A line or file that could not be read, named for the user."""

    where: str
    problem: str


def parse_timestamp(value: object) -> datetime | None:
    """A UTC datetime from ISO 8601 or RFC 822 text; None when missing or unreadable."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def article_from_record(record: dict[str, object], *, default_source: str, now: datetime,
                        max_text_chars: int = normalize.MAX_TEXT_CHARS) -> Article:
    """One JSONL object -> Article. Raises ValueError naming the missing or wrong field.

    Text past ``max_text_chars`` is dropped (``Article.truncated_from`` says so)."""
    url = record.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ValueError(f"'url' must be an http(s) URL, got {url!r}")
    title = record.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ValueError("'title' is missing or empty")
    text = record.get("text")
    html = record.get("html")
    if isinstance(text, str) and text.strip():
        source_chars, body = len(text), text.strip()
    elif isinstance(html, str) and html.strip():
        source_chars, body = len(html), normalize.html_to_text(html, max_text_chars)
    else:
        raise ValueError("neither 'text' nor 'html' is given")
    body, truncated_from = normalize.kept_text(body, source_chars, max_text_chars)
    source = record.get("source")
    published = parse_timestamp(record.get("published"))
    if published is not None and published > now:
        published = now
    summary = record.get("summary")
    return Article(
        url=url, canonical_url=normalize.canonical_url(url), guid=None,
        title=" ".join(title.split()), summary=summary if isinstance(summary, str) else "",
        text=body, authors=(), published_at=published, language=None,
        content_hash=normalize.content_hash(title, body),
        source=source if isinstance(source, str) and source.strip() else default_source,
        truncated_from=truncated_from,
    )


def bounded_lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a byte stream, each read with at most ``max_bytes`` held in memory.

    A line longer than ``max_bytes`` gives ``None``: its bytes are read past in chunks of
    :data:`SKIP_CHUNK_BYTES`, never kept, and the next line follows as usual.
    """
    while True:
        raw = stream.readline(max_bytes + 1)
        if not raw:
            return
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while True:
                chunk = stream.readline(SKIP_CHUNK_BYTES)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield None
            continue
        yield raw


def read_jsonl(stream: BinaryIO, *, name: str, default_source: str, now: datetime,
               problems: list[IngestProblem], max_record_bytes: int,
               max_text_chars: int = normalize.MAX_TEXT_CHARS) -> Iterator[Article]:
    """Articles from a JSONL stream; broken lines go to ``problems`` and are skipped.

    A line over ``max_record_bytes`` is skipped unread (:func:`bounded_lines`), named with its
    line number, so that one huge record cannot take the memory of the whole backfill.
    """
    for number, raw in enumerate(bounded_lines(stream, max_record_bytes), start=1):
        if raw is None:
            problems.append(IngestProblem(
                f"{name}:{number}", f"record longer than {max_record_bytes:,} bytes "
                "([articles] max_record_bytes); skipped"))
            continue
        line = raw.decode("utf-8", "replace")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("expected a JSON object")
            yield article_from_record(record, default_source=default_source, now=now,
                                      max_text_chars=max_text_chars)
        except (ValueError, json.JSONDecodeError, RecursionError) as exc:
            problems.append(IngestProblem(f"{name}:{number}", str(exc) or type(exc).__name__))


def read_feed_file(data: bytes, *, name: str, source: str | None, now: datetime,
                   problems: list[IngestProblem],
                   max_text_chars: int = normalize.MAX_TEXT_CHARS) -> list[Article]:
    """Articles from a local feed document; the outlet is ``source``, else the feed's title."""
    parsed = parse_feed(data, url=parsed_url(name))
    if parsed.error:
        problems.append(IngestProblem(name, parsed.error))
    outlet = source or parsed.title or Path(name).stem
    base = parsed.link or "https://localhost/"  # relative item links resolve against the site
    articles: list[Article] = []
    for item in parsed.items:
        article = normalize.normalize_item(item, source=outlet, now=now, feed_url=base,
                                           feed_language=parsed.language,
                                           max_text_chars=max_text_chars)
        if article is not None:
            articles.append(article)
    return articles


def parsed_url(name: str) -> str:
    """A file: URL standing for a local file (or stdin), for the parser's messages."""
    return "file:///dev/stdin" if name == "-" else Path(name).resolve().as_uri()


def looks_like_jsonl(name: str, head: bytes) -> bool:
    """JSONL by extension, or by content for stdin."""
    if Path(name).suffix.lower() in JSONL_SUFFIXES:
        return True
    return head.lstrip()[:1] == b"{"
