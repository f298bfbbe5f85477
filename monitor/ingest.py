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

from monitor import normalize
from monitor.parse import parse_feed
from monitor.types import Article

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}


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


def article_from_record(record: dict[str, object], *, default_source: str,
                        now: datetime) -> Article:
    """One JSONL object -> Article. Raises ValueError naming the missing or wrong field."""
    url = record.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise ValueError(f"'url' must be an http(s) URL, got {url!r}")
    title = record.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ValueError("'title' is missing or empty")
    text = record.get("text")
    html = record.get("html")
    if isinstance(text, str) and text.strip():
        body = text.strip()
    elif isinstance(html, str) and html.strip():
        body = normalize.html_to_text(html)
    else:
        raise ValueError("neither 'text' nor 'html' is given")
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
    )


def read_jsonl(lines: Iterator[str], *, name: str, default_source: str, now: datetime,
               problems: list[IngestProblem]) -> Iterator[Article]:
    """Articles from JSONL lines; broken lines go to ``problems`` and are skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("expected a JSON object")
            yield article_from_record(record, default_source=default_source, now=now)
        except (ValueError, json.JSONDecodeError) as exc:
            problems.append(IngestProblem(f"{name}:{number}", str(exc)))


def read_feed_file(data: bytes, *, name: str, source: str | None, now: datetime,
                   problems: list[IngestProblem]) -> list[Article]:
    """Articles from a local feed document; the outlet is ``source``, else the feed's title."""
    parsed = parse_feed(data, url=parsed_url(name))
    if parsed.error:
        problems.append(IngestProblem(name, parsed.error))
    outlet = source or parsed.title or Path(name).stem
    base = parsed.link or "https://localhost/"  # relative item links resolve against the site
    articles: list[Article] = []
    for item in parsed.items:
        article = normalize.normalize_item(item, source=outlet, now=now, feed_url=base,
                                           feed_language=parsed.language)
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
