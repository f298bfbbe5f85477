"""The text kept per article is capped (issue 9 point 5): cutting, JSONL record limits, the
topic matcher on a field longer than its position gap, and a matcher failure contained."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest

from monitor import ingest
from monitor.normalize import HTML_PER_TEXT, cap_text, html_to_text, normalize_item
from monitor.topics import _FIELD_GAP, compile_query, prepare
from monitor.types import RawItem

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def test_short_text_is_kept_whole() -> None:
    assert cap_text("a b c", 10) == ("a b c", None)


def test_cut_falls_at_a_paragraph_break_near_the_limit() -> None:
    text = "x" * 95 + "\n\n" + "y" * 50
    kept, original = cap_text(text, 100)
    assert kept == "x" * 95 and original == len(text)


def test_cut_falls_at_a_space_without_a_paragraph_break() -> None:
    kept, original = cap_text("word " * 40, 100)
    assert len(kept) <= 100 and kept.endswith("word") and original == 200


def test_cut_without_any_break_is_hard() -> None:
    kept, original = cap_text("x" * 300, 100)
    assert kept == "x" * 100 and original == 300


def test_html_is_read_only_up_to_its_share_of_the_cap() -> None:
    html = "<p>" + "a " * 1000 + "</p><p>TAIL</p>"
    assert "TAIL" in html_to_text(html)
    assert "TAIL" not in html_to_text(html, max_chars=len(html) // HTML_PER_TEXT - 10)


def test_a_long_item_is_cut_and_says_so() -> None:
    body = "".join(f"<p>paragraph {i} " + "word " * 50 + "</p>" for i in range(100))
    item = RawItem(title="T", link="https://a.example/1", guid=None, summary_html=body,
                   content_html=body, authors=(), published=None, language=None)
    article = normalize_item(item, source="s", now=NOW, feed_url="https://a.example/",
                             max_text_chars=2000)
    assert article is not None
    assert len(article.text) <= 2000 and article.truncated_from is not None
    assert article.truncated_from > 20_000
    whole = normalize_item(item, source="s", now=NOW, feed_url="https://a.example/")
    assert whole is not None and whole.truncated_from is None


def _records(*lines: bytes) -> list[object]:
    problems: list[ingest.IngestProblem] = []
    articles = list(ingest.read_jsonl(io.BytesIO(b"".join(lines)), name="a.jsonl",
                                      default_source="a", now=NOW, problems=problems,
                                      max_record_bytes=200, max_text_chars=50))
    return [*articles, *problems]


def _line(url: str, text: str) -> bytes:
    return (json.dumps({"url": url, "title": "T", "text": text}) + "\n").encode()


def test_a_record_over_the_byte_cap_is_skipped_and_named() -> None:
    out = _records(_line("https://a.example/1", "x" * 500), _line("https://a.example/2", "ok"))
    article, problem = out
    assert getattr(article, "url", None) == "https://a.example/2"
    assert isinstance(problem, ingest.IngestProblem)
    assert problem.where == "a.jsonl:1" and "longer than 200 bytes" in problem.problem


def test_record_text_is_capped_with_a_note() -> None:
    [article] = _records(_line("https://a.example/1", "word " * 25))
    assert len(getattr(article, "text", "")) <= 50
    assert getattr(article, "truncated_from", None) == 125


def test_a_last_line_over_the_cap_without_newline() -> None:
    out = _records(_line("https://a.example/1", "ok"), b'{"url": "' + b"x" * 400)
    assert [type(x).__name__ for x in out] == ["Article", "IngestProblem"]


@pytest.mark.parametrize("size", [199, 200, 201])
def test_bounded_lines_around_the_limit(size: int) -> None:
    data = b"a" * (size - 1) + b"\n" + b"next\n"
    lines = list(ingest.bounded_lines(io.BytesIO(data), 200))
    assert lines[-1] == b"next\n"
    assert lines[0] == (data[:size] if size <= 201 else None)


def test_a_field_longer_than_the_position_gap_matches_near() -> None:
    text = "filler " * (_FIELD_GAP + 5) + "peace talks"
    doc = prepare("title words", "", text)
    assert compile_query("peace NEAR/2 talks").matches_prepared(doc)
    assert not compile_query("words NEAR/3 filler").matches_prepared(doc)
