"""Checks shared by the tests of the hand-labelled news sets (bench/data/news2025,
news2025b, news2025c, newsstories): one article's labels still point at its text."""

from __future__ import annotations

import hashlib
from typing import Any

KINDS = {"direct", "indirect"}
MENTIONS = {"name", "surname", "pronoun", "description", "none"}
FIELDS = {"start", "end", "kind", "speaker", "named_person", "mention", "note", "aliases",
          "sha1"}
MAX_NOTE = 400  # a note says why a call was hard in a sentence or two, never the text


def check_article_labels(lab: dict[str, Any], text: str) -> None:
    """Every statement of ``lab`` (one line of a labels file) points at the words that were
    labelled (SHA-1 prefix), starts inside the window, and holds only the known fields."""
    assert len(text) == lab["text_length"]
    assert 0 < lab["window_end"] <= len(text)
    for s in lab["statements"]:
        content = text[s["start"]:s["end"]]
        assert hashlib.sha1(content.encode()).hexdigest()[:12] == s["sha1"], s
        assert s["start"] < lab["window_end"] and s["end"] <= len(text)
        assert content == content.strip() and content.split(), content
        assert s["kind"] in KINDS and s["mention"] in MENTIONS
        assert isinstance(s["named_person"], bool) and s["speaker"].strip()
        assert set(s) <= FIELDS and len(s.get("note", "")) < MAX_NOTE
    spans = [(s["start"], s["end"]) for s in lab["statements"]]
    assert len(set(spans)) == len(spans), "a statement labelled twice"
