"""Topic queries: a small boolean language that decides which items we keep.

The language::

    query    := or_expr
    or_expr  := and_expr ( "OR" and_expr )*
    and_expr := not_expr ( ["AND"] not_expr )*        adjacent terms are ANDed
    not_expr := "NOT" not_expr | near_expr
    near_expr:= primary ( "NEAR/n" primary )*         n words apart at most (NEAR alone: 10)
    primary  := "(" or_expr ")" | '"' phrase '"' | word | word*

* Precedence, tightest first: ``NEAR``, ``NOT``, ``AND`` (explicit or implicit), ``OR``. So
  ``a b OR c`` is ``(a AND b) OR c`` and ``NOT a b`` is ``(NOT a) AND b``.
* ``x NEAR/n y``: some occurrence of ``x`` starts within ``n`` words of some occurrence of
  ``y``, in the same field (title, summary or text). Its sides are words, phrases, OR-groups
  of them (``(Kyiv OR Moscow) NEAR/8 (talks OR truce)``) or other NEARs. It keeps a topic
  from matching a long article that names Ukraine in one paragraph and a Gaza ceasefire in
  another. Only upper-case ``NEAR`` is the operator; ``near`` is an ordinary word.
* Operators are written in UPPER CASE. Lower-case ``and``/``or``/``not`` are refused with a
  syntax error rather than read as words: ``ukraine or russia`` silently meaning "all three
  words" is the kind of mistake nobody notices. To match the word itself, quote it: ``"not"``.
* Matching is case- and diacritic-insensitive and on word boundaries: ``Kyiv`` matches "Kyïv"
  and "KYIV" but not "Kyivstar"; ``Kyiv*`` matches all three. ``"peace talks"`` matches the
  two words in a row. A term with inner punctuation (``peace-plan``, ``U.S.``) is a phrase of
  its parts. Word boundaries are Unicode-aware, so Cyrillic terms work too.
* ``#`` at the start of a word begins a comment that runs to the end of the line (handy in
  multi-line queries in topics.toml). To match a hashtag, write the word without ``#``.

Speed: a document is normalised once (:func:`prepare`), then every term is a set lookup
(single words) or a substring search on the normalised text (phrases, prefixes).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = [
    "MAX_NEAR_DISTANCE",
    "NEAR_DEFAULT_DISTANCE",
    "PreparedText",
    "Topic",
    "TopicQuery",
    "TopicSyntaxError",
    "compile_query",
    "match_topics",
    "normalize_text",
    "prepare",
]

_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_WORD = re.compile(r"\w+")
_OPERATORS = frozenset({"AND", "OR", "NOT"})
# Where a field ends: not a word character, so no phrase can match across two fields.
_FIELD_BREAK = " | "


def normalize_text(text: str) -> str:
    """Case- and diacritic-folded text: "Kyïv" -> "kyiv", "Zełenski" keeps its "ł"."""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def _words(text: str) -> list[str]:
    return _WORD.findall(normalize_text(text))


# Positions of words in different fields are at least this far apart, so that no NEAR window
# (at most MAX_NEAR_DISTANCE words) reaches from the title into the text. A field with more
# words than this widens the gap for its document (see PreparedText.gap).
_FIELD_GAP = 1_000_000


class PreparedText:
    """A document normalised once for any number of queries.

    ``words`` and ``joined`` serve plain terms and phrases; word positions, needed only by
    ``NEAR``, are computed on first use.
    """

    __slots__ = ("_positions", "_vocabulary", "fields", "gap", "joined", "words")

    def __init__(self, fields: tuple[tuple[str, ...], ...]) -> None:
        self.fields = fields
        longest = max((len(words) for words in fields), default=0)
        self.gap = longest + _FIELD_GAP  # no field runs into the next, nor a NEAR across
        parts = [" ".join(words) for words in fields if words]
        self.joined = " " + _FIELD_BREAK.join(parts) + " "
        self.words = frozenset().union(*fields)  # in C: a word-by-word loop was 1% of a pass
        self._positions: dict[str, list[int]] | None = None
        self._vocabulary: list[str] | None = None

    def positions(self) -> dict[str, list[int]]:
        """Word -> its positions (ascending; fields :attr:`gap` apart)."""
        if self._positions is None:
            index: dict[str, list[int]] = {}
            for number, words in enumerate(self.fields):
                base = number * self.gap
                for offset, word in enumerate(words):
                    index.setdefault(word, []).append(base + offset)
            self._positions = index
        return self._positions

    def vocabulary(self) -> list[str]:
        """The document's distinct words, sorted (for prefix look-ups)."""
        if self._vocabulary is None:
            self._vocabulary = sorted(self.words)
        return self._vocabulary

    def word_at(self, position: int) -> str | None:
        """The word at a position, or None past the end of its field."""
        number, offset = divmod(position, self.gap)
        words = self.fields[number]
        return words[offset] if offset < len(words) else None


def prepare(*fields: str) -> PreparedText:
    """Normalise the fields of a document (title, summary, text) for matching."""
    return PreparedText(tuple(tuple(_words(f)) for f in fields))


# --- syntax tree -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Term:
    words: tuple[str, ...]  # normalised words; more than one is a phrase
    prefix: bool = False  # the last word is a prefix (``word*``)
    needle: str = field(init=False, default="")

    def __post_init__(self) -> None:
        body = " " + " ".join(self.words)
        object.__setattr__(self, "needle", body if self.prefix else body + " ")

    def evaluate(self, doc: PreparedText) -> bool:
        if len(self.words) == 1 and not self.prefix:
            return self.words[0] in doc.words
        return self.needle in doc.joined

    def positions(self, doc: PreparedText) -> list[int]:
        """Where the term starts in the document (ascending word positions)."""
        if not self.evaluate(doc):
            return []
        index = doc.positions()
        if len(self.words) == 1 and self.prefix:
            vocabulary = doc.vocabulary()
            start = bisect_left(vocabulary, self.words[0])
            found: list[int] = []
            for word in vocabulary[start:]:
                if not word.startswith(self.words[0]):
                    break
                found.extend(index[word])
            return sorted(found)
        first, *rest = self.words
        last = len(rest) - 1
        out = []
        for position in index.get(first, ()):
            for k, want in enumerate(rest):
                got = doc.word_at(position + 1 + k)
                if got is None or not (
                    got.startswith(want) if self.prefix and k == last else got == want
                ):
                    break
            else:
                out.append(position)
        return out

    def __str__(self) -> str:
        text = " ".join(self.words) + ("*" if self.prefix else "")
        return f'"{text}"' if len(self.words) > 1 else text


@dataclass(frozen=True, slots=True)
class _Not:
    operand: _Node

    def evaluate(self, doc: PreparedText) -> bool:
        return not self.operand.evaluate(doc)

    def __str__(self) -> str:
        return f"NOT {self.operand}"


@dataclass(frozen=True, slots=True)
class _And:
    operands: tuple[_Node, ...]

    def evaluate(self, doc: PreparedText) -> bool:
        return all(op.evaluate(doc) for op in self.operands)

    def __str__(self) -> str:
        return "(" + " AND ".join(str(op) for op in self.operands) + ")"


@dataclass(frozen=True, slots=True)
class _Or:
    operands: tuple[_Node, ...]

    def evaluate(self, doc: PreparedText) -> bool:
        return any(op.evaluate(doc) for op in self.operands)

    def positions(self, doc: PreparedText) -> list[int]:
        """Where any operand matches (only for OR-groups of positional nodes, under NEAR)."""
        found: set[int] = set()
        for op in self.operands:
            assert isinstance(op, _Term | _Or | _Near)  # the parser allows nothing else here
            found.update(op.positions(doc))
        return sorted(found)

    def __str__(self) -> str:
        return "(" + " OR ".join(str(op) for op in self.operands) + ")"


def _near_any(positions: list[int], others: list[int], distance: int) -> list[int]:
    """The positions that have one of ``others`` within ``distance`` words."""
    out = []
    for position in positions:
        i = bisect_left(others, position - distance)
        if i < len(others) and others[i] <= position + distance:
            out.append(position)
    return out


@dataclass(frozen=True, slots=True)
class _Near:
    left: _Positional
    right: _Positional
    distance: int

    def evaluate(self, doc: PreparedText) -> bool:
        if not (self.left.evaluate(doc) and self.right.evaluate(doc)):
            return False  # cheap checks first: most documents stop here
        left = self.left.positions(doc)
        right = self.right.positions(doc)
        return bool(_near_any(left, right, self.distance))

    def positions(self, doc: PreparedText) -> list[int]:
        """Where either side matches with the other side near it."""
        if not (self.left.evaluate(doc) and self.right.evaluate(doc)):
            return []
        left = self.left.positions(doc)
        right = self.right.positions(doc)
        near = _near_any(left, right, self.distance) + _near_any(right, left, self.distance)
        return sorted(set(near))

    def __str__(self) -> str:
        return f"({self.left} NEAR/{self.distance} {self.right})"


_Node = _Term | _Not | _And | _Or | _Near
_Positional = _Term | _Or | _Near


def _is_positional(node: _Node) -> bool:
    if isinstance(node, _Term | _Near):
        return True
    if isinstance(node, _Or):
        return all(_is_positional(op) for op in node.operands)
    return False


# NEAR without a number: ten words either way, about half a sentence of news prose.
NEAR_DEFAULT_DISTANCE = 10
# The largest NEAR window accepted: beyond a few paragraphs, plain AND says the same.
MAX_NEAR_DISTANCE = 1000


# --- errors ------------------------------------------------------------------------------------


class TopicSyntaxError(ValueError):
    """A topic query that cannot be read; ``position`` is the 0-based offset in the query."""

    def __init__(self, message: str, position: int, query: str = "") -> None:
        self.message = message
        self.position = position
        self.query = query
        text = f"{message} at position {position}"
        if query:
            line_start = query.rfind("\n", 0, position) + 1
            line_end = query.find("\n", position)
            line = query[line_start : None if line_end < 0 else line_end]
            line_no = query.count("\n", 0, position) + 1
            where = f" (line {line_no})" if "\n" in query else ""
            text += f"{where}:\n  {line}\n  {' ' * (position - line_start)}^"
        super().__init__(text)


# --- tokenizer and parser ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "word", "phrase", "(", ")", "AND", "OR", "NOT", "end"
    text: str
    position: int


def _tokenize(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end
        elif ch in "()":
            tokens.append(_Token(ch, ch, i))
            i += 1
        elif ch in '"“”„':
            end = next((j for j in range(i + 1, n) if query[j] in '"“”'), -1)
            if end < 0:
                raise TopicSyntaxError("unterminated quoted phrase", i, query)
            tokens.append(_Token("phrase", query[i + 1 : end], i))
            i = end + 1
        else:
            start = i
            while i < n and not query[i].isspace() and query[i] not in '()"“”„':
                i += 1
            word = query[start:i]
            if word == "NEAR" or word.startswith("NEAR/"):
                tokens.append(_Token("NEAR", word, start))
            elif word in _OPERATORS:
                tokens.append(_Token(word, word, start))
            elif word.upper() in _OPERATORS:
                raise TopicSyntaxError(
                    f"lower-case operator {word!r}: write {word.upper()} for the operator "
                    f'or "{word}" (quoted) for the word',
                    start,
                    query,
                )
            else:
                tokens.append(_Token("word", word, start))
    tokens.append(_Token("end", "", n))
    return tokens


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        self.tokens = _tokenize(query)
        self.index = 0

    def peek(self) -> _Token:
        return self.tokens[self.index]

    def take(self) -> _Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def error(self, message: str, token: _Token) -> TopicSyntaxError:
        return TopicSyntaxError(message, token.position, self.query)

    def parse(self) -> _Node:
        if self.peek().kind == "end":
            raise self.error("empty query", self.peek())
        node = self.or_expr()
        token = self.peek()
        if token.kind == ")":
            raise self.error("unbalanced ')'", token)
        if token.kind != "end":  # pragma: no cover - every other token starts an operand
            raise self.error(f"unexpected {token.text!r}", token)
        return node

    def or_expr(self) -> _Node:
        operands = [self.and_expr()]
        while self.peek().kind == "OR":
            self.take()
            operands.append(self.and_expr())
        return operands[0] if len(operands) == 1 else _Or(tuple(operands))

    def and_expr(self) -> _Node:
        operands = [self.not_expr()]
        while True:
            kind = self.peek().kind
            if kind == "AND":
                self.take()
            elif kind not in ("word", "phrase", "(", "NOT"):
                break
            operands.append(self.not_expr())
        return operands[0] if len(operands) == 1 else _And(tuple(operands))

    def not_expr(self) -> _Node:
        if self.peek().kind == "NOT":
            self.take()
            return _Not(self.not_expr())
        return self.near_expr()

    def near_expr(self) -> _Node:
        node = self.primary()
        while self.peek().kind == "NEAR":
            operator = self.take()
            distance = self.near_distance(operator)
            right = self.primary()
            for side in (node, right):
                if not _is_positional(side):
                    raise self.error(
                        "NEAR joins words, phrases, OR-groups of them or other NEARs; "
                        "put AND/NOT outside it",
                        operator,
                    )
            assert isinstance(node, _Term | _Or | _Near)
            assert isinstance(right, _Term | _Or | _Near)
            node = _Near(node, right, distance)
        return node

    def near_distance(self, token: _Token) -> int:
        if token.text == "NEAR":
            return NEAR_DEFAULT_DISTANCE
        digits = token.text.removeprefix("NEAR/")
        if not digits.isdigit() or not 1 <= int(digits) <= MAX_NEAR_DISTANCE:
            raise self.error(
                f"NEAR/n needs a number of words from 1 to {MAX_NEAR_DISTANCE}, got {token.text!r}",
                token,
            )
        return int(digits)

    def primary(self) -> _Node:
        token = self.take()
        if token.kind == "(":
            if self.peek().kind == ")":
                raise self.error("empty parentheses", self.peek())
            node = self.or_expr()
            closing = self.peek()
            if closing.kind != ")":
                raise self.error("unbalanced '(': no closing ')'", token)
            self.take()
            return node
        if token.kind == "word":
            return self.term(token, token.text, allow_prefix=True)
        if token.kind == "phrase":
            return self.term(token, token.text, allow_prefix=True)
        if token.kind == "end":
            raise self.error("expected a term after the operator, found the end", token)
        if token.kind == ")":
            raise self.error("expected a term, found ')'", token)
        if token.kind == "NEAR":
            raise self.error("expected a term before NEAR", token)
        raise self.error(f"expected a term, found operator {token.text}", token)

    def term(self, token: _Token, text: str, *, allow_prefix: bool) -> _Term:
        prefix = allow_prefix and text.endswith("*")
        body = text[:-1] if prefix else text
        if "*" in body:
            star = (
                token.position + 1 + body.index("*")
                if token.kind == "phrase"
                else (token.position + body.index("*"))
            )
            raise TopicSyntaxError(
                "'*' is only allowed at the end of a word (prefix match)", star, self.query
            )
        words = tuple(_words(body))
        if not words:
            what = "empty phrase" if token.kind == "phrase" else f"term {text!r} has no letters"
            raise self.error(what, token)
        if prefix and not body[-1:].isalnum():
            raise self.error("'*' must follow a letter or digit", token)
        return _Term(words=words, prefix=prefix)


# --- public API --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TopicQuery:
    """A compiled topic query. ``source`` is the text it was compiled from."""

    source: str
    root: _Node

    def matches(self, *fields: str) -> bool:
        """True when the fields (e.g. title, summary, text), taken together, match."""
        return self.root.evaluate(prepare(*fields))

    def matches_prepared(self, doc: PreparedText) -> bool:
        """Like :meth:`matches`, on a document already normalised with :func:`prepare`."""
        return self.root.evaluate(doc)

    def matched_terms(self, *fields: str) -> tuple[str, ...]:
        """The query's terms found in the fields, in query order: why an item was kept.

        Terms under a ``NOT`` are listed too when present (they explain a rejection).
        """
        doc = prepare(*fields)
        return tuple(dict.fromkeys(str(t) for t in _terms(self.root) if t.evaluate(doc)))

    def __str__(self) -> str:
        return str(self.root)


def _terms(node: _Node) -> list[_Term]:
    if isinstance(node, _Term):
        return [node]
    if isinstance(node, _Not):
        return _terms(node.operand)
    if isinstance(node, _Near):
        return _terms(node.left) + _terms(node.right)
    return [term for operand in node.operands for term in _terms(operand)]


def compile_query(text: str) -> TopicQuery:
    """Compile a query in the topic language (see the module docstring).

    Raises :class:`TopicSyntaxError` naming the position of the problem.
    """
    return TopicQuery(source=text, root=_Parser(text).parse())


@dataclass(frozen=True, slots=True)
class Topic:
    """A named topic: the items matching ``query`` are kept and labelled ``name``."""

    name: str
    query: TopicQuery
    description: str = ""


def match_topics(topics: Sequence[Topic], title: str, summary: str, text: str) -> tuple[str, ...]:
    """The names of the topics whose queries match the item, in the order given."""
    if not topics:
        return ()
    doc = prepare(title, summary, text)
    return tuple(topic.name for topic in topics if topic.query.matches_prepared(doc))
