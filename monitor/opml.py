"""OPML import and export of the feed list.

Export writes OPML 2.0: one ``<outline type="rss">`` per feed with ``text``, ``title``,
``xmlUrl``, the tags in the standard ``category`` attribute (comma-separated, each with a
leading ``/``) and the outlet in an ``outlet`` attribute (other readers ignore it).

Import reads what feed readers write: outlines nested in folders, whose names become tags, as
well as ``category`` attributes. Every leaf outline must have an ``xmlUrl``. Errors name the
line and the outline.

Parsing uses the stdlib's expat (the parser under :mod:`xml.etree`) directly, for two reasons:
it reports the line of every outline, and it lets us refuse any DTD, so no entity can be
declared (no "billion laughs", no external entities). That is what defusedxml would give,
without the dependency.
"""

from __future__ import annotations

import xml.parsers.expat
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from monitor.errors import ParseError

__all__ = ["OpmlError", "OpmlFeed", "export_opml", "import_opml"]

# Folders nested deeper than this are not a feed list but a hostile or broken file.
MAX_DEPTH = 32


class OpmlError(ParseError, ValueError):
    """An OPML file that cannot be imported; the message names the line and the outline.

    A :class:`~monitor.errors.ParseError` (the exception tree) and a ``ValueError`` (so that
    callers validating user input can catch it as such).
    """


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    """One feed as OPML carries it."""

    name: str
    url: str
    outlet: str
    tags: tuple[str, ...] = ()


def _attr(value: str) -> str:
    # quoteattr escapes &, <, > and quotes; newlines and tabs become character references so
    # that they survive attribute-value normalisation.
    return quoteattr(value, {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def export_opml(feeds: Sequence[OpmlFeed], *, title: str = "monitor feeds") -> str:
    """The feeds as an OPML 2.0 document (a string, UTF-8 declared)."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<opml version="2.0">',
        "  <head>",
        f"    <title>{_escape_text(title)}</title>",
        "  </head>",
        "  <body>",
    ]
    for feed in feeds:
        attrs = [
            f"text={_attr(feed.name)}",
            f"title={_attr(feed.name)}",
            'type="rss"',
            f"xmlUrl={_attr(feed.url)}",
            f"outlet={_attr(feed.outlet)}",
        ]
        if feed.tags:
            attrs.append(f"category={_attr(','.join('/' + t for t in feed.tags))}")
        lines.append(f"    <outline {' '.join(attrs)}/>")
    lines += ["  </body>", "</opml>", ""]
    return "\n".join(lines)


def _escape_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(slots=True)
class _Outline:
    attrs: dict[str, str]
    line: int
    folders: tuple[str, ...]
    has_children: bool = False


def _label(attrs: dict[str, str]) -> str:
    return (attrs.get("text") or attrs.get("title") or "").strip()


def _categories(value: str) -> list[str]:
    tags: list[str] = []
    for entry in value.split(","):
        tags.extend(part.strip() for part in entry.split("/") if part.strip())
    return tags


class _Reader:
    def __init__(self) -> None:
        self.parser = xml.parsers.expat.ParserCreate()
        self.parser.StartDoctypeDeclHandler = self._doctype
        self.parser.EntityDeclHandler = self._entity
        self.parser.StartElementHandler = self._start
        self.parser.EndElementHandler = self._end
        self.stack: list[str] = []  # element names
        self.outlines: list[_Outline] = []  # open outlines
        self.leaves: list[_Outline] = []
        self.root: str | None = None
        self.saw_body = False

    def _where(self) -> str:
        return f"OPML line {self.parser.CurrentLineNumber}"

    def _doctype(self, *args: object) -> None:
        raise OpmlError(f"{self._where()}: DTDs are not accepted in OPML files")

    def _entity(self, *args: object) -> None:  # pragma: no cover - a DTD is refused first
        raise OpmlError(f"{self._where()}: entity declarations are not accepted")

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        if self.root is None:
            self.root = name
            if name != "opml":
                raise OpmlError(f"{self._where()}: not an OPML document (root is <{name}>)")
        if name == "body" and self.stack == ["opml"]:
            self.saw_body = True
        self.stack.append(name)
        if name != "outline" or "body" not in self.stack:
            return
        if len(self.outlines) >= MAX_DEPTH:
            raise OpmlError(f"{self._where()}: outlines nested deeper than {MAX_DEPTH}")
        if self.outlines:
            self.outlines[-1].has_children = True
        folders = self.outlines[-1].folders if self.outlines else ()
        parent = self.outlines[-1] if self.outlines else None
        if parent is not None and not parent.attrs.get("xmlUrl"):
            label = _label(parent.attrs)
            folders = (*parent.folders, label) if label else parent.folders
        self.outlines.append(
            _Outline(attrs=dict(attrs), line=self.parser.CurrentLineNumber, folders=folders)
        )

    def _end(self, name: str) -> None:
        self.stack.pop()
        if name == "outline" and self.outlines and "body" in self.stack:
            outline = self.outlines.pop()
            if not outline.has_children or outline.attrs.get("xmlUrl"):
                self.leaves.append(outline)

    def read(self, data: bytes) -> list[_Outline]:
        try:
            self.parser.Parse(data, True)
        except xml.parsers.expat.ExpatError as exc:
            raise OpmlError(
                f"OPML line {exc.lineno}, column {exc.offset}: not well-formed XML "
                f"({xml.parsers.expat.ErrorString(exc.code)})"
            ) from exc
        if not self.saw_body:
            raise OpmlError("OPML has no <body> inside <opml>")
        return self.leaves


def import_opml(data: bytes) -> list[OpmlFeed]:
    """Read the feeds of an OPML file.

    Folder outlines (no ``xmlUrl``, with children) give their names as tags to the feeds
    inside them; a ``category`` attribute adds its parts as tags. ``outlet`` comes from an
    ``outlet`` attribute, else the feed's name. A feed listed twice is kept once, with the
    tags of both. Raises :class:`OpmlError` (a ``ParseError`` and a ``ValueError``) naming
    the line for malformed XML, a DTD, a non-OPML document, or an outline that is neither a
    folder nor a feed with an ``http(s)`` ``xmlUrl``.
    """
    feeds: dict[str, OpmlFeed] = {}
    for outline in _Reader().read(data):
        label = _label(outline.attrs)
        url = (outline.attrs.get("xmlUrl") or "").strip()
        where = (
            f"OPML line {outline.line}: outline {label!r}"
            if label
            else (f"OPML line {outline.line}: outline")
        )
        if not url:
            raise OpmlError(f"{where} has no xmlUrl (a feed needs one)")
        if not url.lower().startswith(("http://", "https://")):
            raise OpmlError(f"{where} has xmlUrl {url!r}, which is not an http(s) URL")
        name = label or url
        tags = [*outline.folders, *_categories(outline.attrs.get("category", ""))]
        outlet = (outline.attrs.get("outlet") or "").strip() or name
        if url in feeds:
            previous = feeds[url]
            merged = tuple(dict.fromkeys((*previous.tags, *tags)))
            feeds[url] = OpmlFeed(previous.name, url, previous.outlet, merged)
        else:
            feeds[url] = OpmlFeed(
                name=name, url=url, outlet=outlet, tags=tuple(dict.fromkeys(tags))
            )
    return list(feeds.values())
