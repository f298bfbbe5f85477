"""Quote spans, sentences and tokens: the text's shape, before anyone is attributed.

Quotes are double quotation marks: straight ``"``, curly ``“ ”``, low ``„``, guillemets
``« »`` and the typewriter pair ``'' ''``/````` ``. Single quotes (``‘ ’``) are nested quotes
or apostrophes and never open a statement: ‘Oh, your stance ...’ inside a double-quoted quote
stays part of it, except in an article with no double mark at all, which quotes with single
ones (:func:`primary_single_quotes`: 'Q,' Chen said.). A quote whose paragraph ends before
its closing mark continues when the next paragraph opens with a quotation mark (the
multi-paragraph convention), or when it was typed one sentence a line and the next mark, a
few lines on, can only close it; otherwise it ends with its paragraph.

A :class:`Unit` is one sentence, with each quote as a single token, so that a quote of several
sentences with its attribution after it (“S1. S2,” she said.) is one unit. Units never split
inside a quote; a multi-paragraph quote makes one unit.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

from monitor.statements.lexicon import CUES
from monitor.statements.names import east_asian_given_name

OPENERS = frozenset({"“", "„", "«", "``"})
CLOSERS = frozenset({"”", "»"})
AMBIGUOUS = frozenset({'"', "''"})
# (every alternative a literal character first, so the regex engine skips to the marks in C
# rather than trying the alternatives at every position; the same matches as
# "''|``|[\"“”„«»]", no two alternatives starting with the same character: speed23)
_MARK = re.compile(r"''|``|\"|“|”|„|«|»")

# abbreviations whose full stop does not end a sentence
ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "adm", "sgt",
     "pres", "st", "jr", "sr", "prof", "rev", "vs", "u.s", "u.k", "u.n", "e.u", "d.c", "a.m", "p.m",
     "inc", "corp", "co", "ltd", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
     "oct", "nov", "dec", "fig", "approx", "est", "dept", "gop", "mt", "ft", "i.e", "e.g",
     "etc", "al", "ariz", "calif", "fla", "ill", "mass", "mich", "minn", "pa", "tenn", "tex",
     "va", "wash", "wis", "n.y", "n.j", "n.c", "s.c", "la", "ga", "md", "mo", "okla", "ore",
     "conn", "colo", "ky", "ala", "ind", "kan", "neb", "nev", "del", "vt", "wyo",
     # police and army ranks before a name ("said Det. Patrick Michaud", "Cpl. Jane Doe";
     # resolution's _RANKS knows them as ranks; twenty-second session)
     "det", "cpl", "insp", "supt", "maj", "pvt", "cmdr", "cpt",
     # and the abbreviated offices of court and police pages ("said Dist. Atty. Steve Cooley",
     # "spokesperson Const. Tim Fanning"; twenty-fourth session)
     "dist", "atty", "asst", "const", "cst", "ofc", "dep",
     # a city councillor ("Coun. Josh Matlow said"; tn37)
     "coun", "cllr"}
)
# abbreviations that can close a sentence ("at 7 p.m. He says ...", "in the U.S. The ...");
# titles ("Sen.", "Dr.") and months always go on into a name or a day
_FINAL_ABBREVIATIONS = frozenset(
    {"a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "inc", "corp", "co", "ltd", "jr", "sr",
     "etc"})
# a capitalised word after a final abbreviation that opens a new sentence, never a name:
# a subject pronoun or a determiner ("p.m. He", "Inc. The")
_NEW_SENTENCE_WORDS = frozenset(
    {"he", "she", "they", "we", "i", "it", "the", "this", "that", "these", "those", "his",
     "her", "their", "our", "its", "but", "and", "there"})
# a clock time's abbreviations: a capitalised word after them opens a new sentence ("at
# about 2 a.m. People who were at the party said") unless it is a day, a month or a time zone
# ("2 a.m. Sunday", "7 p.m. ET"; twenty-ninth session)
_CLOCK_ABBREVIATIONS = frozenset({"a.m", "p.m"})
_AFTER_CLOCK = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
     "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "january", "february",
     "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
     "gmt", "utc", "bst", "cet", "cest", "eastern", "central", "mountain", "pacific",
     "local", "today", "tonight", "yesterday", "tomorrow", "christmas", "new"})
# a dotted initialism ("F.B.I.", "F.A.A.", "N.Y.C."): its last dot is part of it, and a
# sentence goes on after it unless a pronoun or determiner follows ("the F.B.I. Director")
_INITIALISM = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_NEXT_WORD = re.compile(r"\s+(?:''|``|[\"“‘'«(\[]){0,2}([^\W\d_]+)")
# (a list flattened into one paragraph goes on after a bullet: "shot dead. - According to";
# a page's paragraphs glued after a closing quote: "the consequences."He addressed")
# (written as one run of end marks, then either ending, the run opening with a plain set of
# characters: the regex engine skips to such a set in C instead of trying both alternatives at
# every position of the text, ~4x faster; the same matches as the two alternatives
# "[.!?…]+A|[.!?…]+B" it replaced (speed23): either ending can only follow the whole run, since
# neither can start with an end mark, so the order the engine tries them in is the same)
_END_MARK = "[.!?…]"
_BOUNDARY = re.compile(
    # (a hair, thin or zero-width space may follow an opening mark: "can. “\u200aIf ...",
    # the Jerusalem Post's typography; twenty-second session; a closing mark typed as the
    # opening one, "Birol. ”The impact", or a space after the opening mark, 'Schwab. " The
    # big': 27th session, see _reversed_opener and spaced_opener)
    rf"{_END_MARK}{_END_MARK}*(?:"
    r"[\"”’'»)\]]*(?=\s+(?:[-–—•]\s+)?(?:''|``|[\"“”‘'«(\[]){0,2}"
    r"[ \u200a\u200b\u2009\u202f\ufeff]?[A-Z0-9])"
    r"|[\"”»](?=[A-Z][a-z]))")
_WORD = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*")
_PARAGRAPH_BREAK = re.compile(r"\n+")
_LINE = re.compile(r"[^\n]+")
_GLUED = re.compile(r"(?<=[a-z]{2})\.(?=[A-Z][a-z])")
# "--": a typed dash; "4:01 PM": a clock time is one word (its colon opens no "X says: C";
# not "Exodus 18:21")
# (the token's first character taken first, by the one set every token opens with, then the
# rest of each alternative with a lookbehind on that character: the regex engine skips the
# spaces between tokens in C instead of trying four alternatives at each; the same tokens
# as "\d{1,2}:\d{2}(?=..)|[^\W_]+(?:..)*|--|[^\w\s]" (tried in the same order, from the
# same character, each repeat backtracking through the same lengths): speed23)
# (a combining accent is part of its word: "José" typed decomposed, "Jose\u0301", is one
# word, not "Jose" and a stray mark. A name garbled by decoding UTF-8 as Latin-1 stays one
# word too: a C1 control character between letters, or the second byte of a letter's pair
# (U+00A1-U+00BF) after its first read as "Ã" or "Â" ("PeÃ±a" for "Peña", "JesÃ\x83Âºs"
# for "Jesús", decomposed or not): not "PeÃ" and a stray "a"; name36)
_TOKEN = re.compile(
    r"[^\s_](?:(?<=\d)\d?:\d{2}(?=\s*[aApP]\.?[mM]\b)|(?<=[^\W_])[^\W_]*"
    r"(?:[\u0300-\u036f][^\W_]*|[’'.\-&\x80-\x9f][^\W_]+|(?<=[ÃÂ\u0302\u0303])[\xa1-\xbf]"
    r"[^\W_]*)*|(?<=-)-|(?<=[^\w\s]))")
# the longest sentence read as one unit: PolNeAR's longest has 220 tokens (~1,400 characters)
MAX_UNIT_CHARS = 4_000
# “Why not?” Trump said. / “We won!” Sen. Jane Doe wrote on Twitter: the quote's own "?", "!"
# or "." ends a sentence by punctuation, but the attribution after it belongs to it
MAX_TAG_SPEAKER_WORDS = 6  # words before the cue of such a tag ("US Senator Jeff Sessions")
MAX_TAG_WORDS = 14  # a longer sentence after the quote is a sentence of its own
_TAG_CUE_KINDS = frozenset({"speech", "clause"})
# what may follow the tag's cue: its end, an inverted speaker, a circumstance
_TAG_AFTER = frozenset({".", "!", "?", ",", ";", "on", "in", "at", "during", "after", "before",
                        "to", "via", "through", "from", "with", "as", "while", "when",
                        "reporters", "journalists", "later", "earlier", "again", "then",
                        "recently", "today", "yesterday", "tonight", "last", "this"})


@dataclass(frozen=True, slots=True)
class Quote:
    """A double-quoted span: its content pieces (one per paragraph) without the marks."""

    pieces: tuple[tuple[int, int], ...]
    open_at: int  # offset of the opening mark
    close_at: int  # end offset of the closing mark (or of the paragraph, when unclosed)
    closed: bool = True

    @property
    def start(self) -> int:
        """Offset of the first character of the content."""
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        """Offset just past the last character of the content."""
        return self.pieces[-1][1]

    def content(self, text: str) -> str:
        """The quoted words; paragraphs of a multi-paragraph quote joined by a newline."""
        return "\n".join(text[a:b] for a, b in self.pieces)


@dataclass(slots=True, init=False)
class Token:
    """A word ("w"), a punctuation mark ("p") or a whole quote ("q") of one unit."""

    kind: str
    text: str
    start: int
    end: int
    quote: Quote | None = None
    low: str = ""
    # a capitalised word or a number, worked out once: the rules ask it of each token
    # several times (see :func:`monitor.statements.attribution._is_cap`)
    cap: bool = field(default=False, init=False, compare=False)

    def __init__(self, kind: str, text: str, start: int, end: int,
                 quote: Quote | None = None, low: str = "") -> None:
        """The fields as given, ``low`` always ``text`` lowered (whatever is passed) and
        ``cap`` worked out; written out rather than a generated ``__init__`` and a
        ``__post_init__``: a text has hundreds of tokens."""
        self.kind = kind
        self.text = text
        self.start = start
        self.end = end
        self.quote = quote
        self.low = text.lower()
        # "State-linked" is an adjective; "Al-Assad", "US-Ukraine" are names, and so is
        # "al-Homsany" (an Arabic article before a capitalised name). (Three cases, the word
        # without a hyphen, most words, settled by its first character alone: speed23)
        if kind != "w":
            self.cap = False
        elif "-" not in text:
            self.cap = text[0].isupper() or text[0].isdigit()
        else:
            self.cap = ((text[0].isupper() or text[0].isdigit()) and (
                all(p[:1].isupper() or p[:1].isdigit() for p in text.split("-") if p)
                or east_asian_given_name(text))) or (
                text[0] in _ARTICLE_INITIALS and bool(ARTICLE_NAME.match(text)))


# lower-case Arabic articles joined to a capitalised name: "al-Sisi", "el-Sisi", "ad-Din"
NAME_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul")
ARTICLE_NAME = re.compile(rf"(?:{'|'.join(NAME_ARTICLES)})-[A-Z]")
_ARTICLE_INITIALS = frozenset(a[0] for a in NAME_ARTICLES)


def article_stem(word: str) -> str:
    """The name after an Arabic article ("homsany" for "al-homsany", folded or not), or ""."""
    article, dash, rest = word.partition("-")
    return rest if dash and rest and article.lower() in NAME_ARTICLES else ""


@dataclass(slots=True)
class Unit:
    """One sentence of the text (quotes kept whole), with its tokens and paragraph number."""

    start: int
    end: int
    para: int
    tokens: list[Token] = field(default_factory=list)
    para_first: bool = False  # the first unit of its paragraph
    para_last: bool = False  # the last unit of its paragraph

    @property
    def quotes(self) -> list[Quote]:
        """The quotes of this unit, in order."""
        return [t.quote for t in self.tokens if t.quote is not None]

    def is_quote_only(self) -> bool:
        """True when the unit is quotes and punctuation only (no narration): one pass that
        stops at the first word (most sentences open with one), not the list of quotes."""
        quoted = False
        for tok in self.tokens:
            if tok.kind == "w":
                return False
            quoted = quoted or tok.quote is not None
        return quoted


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def _para_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _reversed_opener(text: str, start: int, end: int) -> bool:
    """'”This is why ...,” said X', '... said Fatih Birol. ”The impact ...”': a closing mark
    typed where a quote opens, after a space or at the start of a paragraph (after any
    invisible formatting character) and right before a word; a closing mark follows the
    quote's last word or mark, never a space (27th session: a news develop half's copy)."""
    if text[start:end] != "”" or end >= len(text) or not text[end].isalnum():
        return False
    k = start
    while k > 0 and unicodedata.category(text[k - 1]) == "Cf":
        k -= 1  # a left-to-right mark or embedding pasted with the text
    return k == 0 or text[k - 1].isspace()


# what ends a quoted paragraph before the next one's opening mark
_PARAGRAPH_END = frozenset({".", "!", "?"})


def flattened_opener(text: str, start: int, end: int) -> bool:
    """'... express themselves. "Our government policy ...': a straight mark after a full
    stop and a space, right before a capitalised word, inside an open quote. Copy that lost
    its paragraph breaks runs a multi-paragraph quote together, each paragraph opening with a
    mark and none but the last closing; such a mark opens the next paragraph's quote (a closing
    mark follows its full stop directly: 'themselves."'). Only a straight mark: a curly one
    shows its direction."""
    if text[start:end] != '"' or end >= len(text) or not text[end].isupper():
        return False
    if start < 2 or text[start - 1] != " ":
        return False
    return text[: start - 1].rstrip()[-1:] in _PARAGRAPH_END


def spaced_opener(text: str, start: int, end: int) -> bool:
    """'... at Charles Schwab. " The big, beautiful bill ..."': a straight mark with a space on
    either side, where a sentence has ended before it, a capitalised word follows and another
    straight mark closes in the same paragraph: a quote opened with a stray space (copy typed
    or converted carelessly), not a closing mark, when no quote is open (27th session: a news
    develop half's copy)."""
    if text[start:end] != '"' or text[end : end + 1] != " " or not (
            text[end + 1 : end + 2].isupper()):
        return False
    if start and not text[start - 1].isspace():
        return False  # 'Friday." NC ...': a closing mark right after its quote's last word
    if text.find('"', end, _para_end(text, end)) < 0:
        return False  # 'What else could it be? " Yanes said.': a closing mark spaced off its
        # quote, the last of the paragraph; an opening one has its closing mark to come
    before = text[:start].rstrip()
    return not before or text[start - 1] == "\n" or before[-1] in _PARAGRAPH_END


# a quote typed one sentence a line ("“I'm angry about it.\nI don't recall any call.\nI don't
# think there was one,” he said."): the lines up to its closing mark are the quote's. Three
# breaks cover such a run (the longest seen in copy with one sentence a line: ECB+'s
# detokenised pages, 28th session, a news develop half); beyond that an opening mark left
# unclosed more likely ends with its paragraph and the mark met later closes something else.
MAX_RUN_ON_BREAKS = 3


def _run_on_lines(text: str, start: int, mark_start: int,
                  mark_end: int) -> list[tuple[int, int]]:
    """The pieces of a quote left open at its paragraph's end that runs on, one sentence a
    line, to the next quotation mark (``mark_start``-``mark_end``), or [] when it does not.
    It runs on only when that mark can only close a quote (a closing ``”``/``»`` not typed as
    an opener, or a straight mark with no word right after it) and at most
    ``MAX_RUN_ON_BREAKS`` line breaks come between; an opening mark next means the quote
    ended with its paragraph, as before."""
    mark = text[mark_start:mark_end]
    if mark in CLOSERS:
        if _reversed_opener(text, mark_start, mark_end):
            return []
    elif mark not in AMBIGUOUS or text[mark_end : mark_end + 1].isalnum():
        return []
    if text.count("\n", start, mark_start) > MAX_RUN_ON_BREAKS:
        return []
    pieces = [_trim(text, a.start(), a.end()) for a in _LINE.finditer(text, start, mark_start)]
    return [p for p in pieces if p[1] > p[0]]


# the marks of double quotes: an article with none of them may quote with single marks
_DOUBLE_MARKS = re.compile(r"[\"“”„«»]|''|``")
_SINGLE_OPEN = frozenset("'‘")
_SINGLE_CLOSE = frozenset("'’")
_BEFORE_OPENING = frozenset("([—–-")  # besides spaces: what stands before an opening mark
_AFTER_CLOSING = frozenset(".,;:!?)—–-")  # besides spaces: what follows a closing mark
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")  # where a quoted phrase must have closed
_CLOSING_AFTER = frozenset(".,!?…")  # "…,' he said": punctuation closes a quote, never an
# apostrophe's word


def _single_opening(text: str, p: int) -> bool:
    """Does the single mark at ``p`` open a quote: after a space, a bracket or a dash (or at
    the start) and before a letter ("'We just saw them'"; not "'90s", not "rock 'n' roll")?"""
    before = text[p - 1] if p else " "
    after = text[p + 1] if p + 1 < len(text) else ""
    return (before.isspace() or before in _BEFORE_OPENING) and after.isalpha() and (
        text[p + 1 : p + 3] not in {"n'", "n’"})


def _single_closing(text: str, p: int, lenient: bool = False) -> bool:
    """Does the single mark at ``p`` close a quote: after a word or punctuation and before a
    space, punctuation or the end; not an apostrophe inside a word ("don't") and not a plural
    possessive before the next word ("the victims' families"), unless ``lenient`` (a phrase
    quoted inside a sentence, which can end in "s")?"""
    if p == 0 or text[p - 1].isspace():
        return False
    after = text[p + 1] if p + 1 < len(text) else ""
    if after and not (after.isspace() or after in _AFTER_CLOSING):
        return False
    if text[p - 1] in _CLOSING_AFTER:
        return True
    # "the victims' families": an apostrophe (a quote ending in "s" before a word is read as
    # one; the quotes that matter close on punctuation)
    return lenient or not (text[p - 1] in "sS" and after.isspace())


def primary_single_quotes(text: str) -> str:
    """``text`` with single quotation marks written as double ones, when the article quotes
    with single marks (the British and Australian tabloid style: 'We just saw them,' Chen
    said.): no double mark anywhere, and each opening mark closed in its paragraph or
    continued by the next paragraph's opening mark. The same length, every offset kept;
    apostrophes stay. Text with double marks is returned as it is: its single marks are
    nested quotes or apostrophes (see the module docstring; round 33)."""
    if ("'" not in text and "‘" not in text) or _DOUBLE_MARKS.search(text):
        return text
    chars = list(text)
    n = len(text)
    p = 0
    changed = False
    while p < n:
        if text[p] in _SINGLE_OPEN and _single_opening(text, p):
            par_end = text.find("\n", p)
            par_end = n if par_end < 0 else par_end
            close = next((c for c in range(p + 2, par_end) if text[c] in _SINGLE_CLOSE
                          and _single_closing(text, c)), None)
            if p and text[p - 1].isspace() and text[p - 2 : p - 1].islower():
                # a phrase quoted inside a sentence ("confronted with 'mass chaos' when they
                # ..."): it closes before the sentence ends, on a word's "s" too
                stop = _SENTENCE_END.search(text, p, par_end)
                end = min(stop.start() if stop else par_end, close if close else par_end)
                close = next((c for c in range(p + 2, end) if text[c] in _SINGLE_CLOSE
                              and _single_closing(text, c, lenient=True)), close)
            if close is not None:
                chars[p], chars[close] = "“", "”"
                changed = True
                p = close + 1
                continue
            following = text[par_end:].lstrip()
            if following[:1] in _SINGLE_OPEN and text[par_end - 1 : par_end] in _CLOSING_AFTER:
                chars[p] = "“"  # a quote of several paragraphs: each opens, the last closes
                changed = True
            p = par_end
            continue
        p += 1
    return "".join(chars) if changed else text


def find_quotes(text: str) -> list[Quote]:
    """Every double-quoted span of ``text``, in order (see the module docstring)."""
    quotes: list[Quote] = []
    marks = list(_MARK.finditer(text))
    i = 0
    while i < len(marks):
        m = marks[i]
        mark = m.group()
        if mark in CLOSERS and not _reversed_opener(text, m.start(), m.end()):
            i += 1
            continue
        if mark in AMBIGUOUS:
            after = text[m.end() : m.end() + 1]
            if (not after or after.isspace()) and not spaced_opener(text, m.start(), m.end()):
                i += 1  # a closing mark with nothing open: stray
                continue
        open_at = m.start()
        piece_start = m.end()
        pieces: list[tuple[int, int]] = []
        j = i + 1
        closed = False
        close_at = -1
        while j < len(marks):
            n = marks[j]
            par_end = _para_end(text, piece_start)
            if n.start() > par_end:
                # paragraph ended while open: continue only if the next paragraph opens a quote
                rest = text[par_end : n.start()]
                if rest.strip() == "" and (n.group() in OPENERS or n.group() in AMBIGUOUS):
                    pieces.append(_trim(text, piece_start, par_end))
                    piece_start = n.end()
                    j += 1
                    continue
                lines = _run_on_lines(text, piece_start, n.start(), n.end())
                if lines:
                    pieces.extend(lines)
                    closed = True
                    close_at = n.end()
                    j += 1
                break
            if flattened_opener(text, n.start(), n.end()):
                break  # '... themselves. "Our ...': the next paragraph's quote opens here
            if n.group() in CLOSERS or n.group() in AMBIGUOUS:
                pieces.append(_trim(text, piece_start, n.start()))
                closed = True
                close_at = n.end()
                if n.group() == "''" and text[close_at : close_at + 1] == "'":
                    close_at += 1  # a nested single quote closes with the double one
                j += 1
                break
            if n.group() == "“" and n.start() > 0 and not text[n.start() - 1].isspace() and (
                n.end() >= len(text) or not text[n.end()].isalnum()
            ):  # 'here,“ said': a closing mark typed the wrong way round
                pieces.append(_trim(text, piece_start, n.start()))
                closed = True
                close_at = n.end()
                j += 1
                break
            j += 1  # an opener inside an open quote: a nested or a stray mark, skip it
        if not closed and j < len(marks) and flattened_opener(
                text, marks[j].start(), marks[j].end()):
            pieces.append(_trim(text, piece_start, marks[j].start()))
            close_at = pieces[-1][1]  # the quote ends unclosed; the mark opens the next one
        elif not closed:
            par_end = _para_end(text, piece_start)
            pieces.append(_trim(text, piece_start, par_end))
            close_at = par_end
            while j < len(marks) and marks[j].start() < par_end:
                j += 1
        pieces = [p for p in pieces if p[1] > p[0]]
        if pieces and text[pieces[-1][1] - 1] == ",":  # “We are ready,” he said: no comma
            a, b = pieces[-1]
            pieces[-1] = _trim(text, a, b - 1)
            pieces = [p for p in pieces if p[1] > p[0]]
        if pieces:
            quotes.append(Quote(tuple(pieces), open_at, close_at, closed))
        i = j
    return quotes


def in_quote(spans: list[tuple[int, int]], opens: list[int], pos: int) -> bool:
    """``any(a < pos < b for a, b in spans)`` for the quotes' (open_at, close_at) ``spans``
    in text order, ``opens`` their open_at; by bisection: only the last quote opened before
    ``pos`` can hold it (quotes overlap by one character at most, a nested single quote
    closing with the double one, which holds no offset strictly inside both)."""
    k = bisect.bisect_left(opens, pos) - 1
    return k >= 0 and pos < spans[k][1]


def _sentence_breaks(text: str, a: int, b: int, inside: list[tuple[int, int]],
                     opens: list[int]) -> list[int]:
    breaks: list[int] = []
    for m in _BOUNDARY.finditer(text, a, b):
        pos = m.end()
        if in_quote(inside, opens, pos):
            continue
        word = _last_word(text, m.start())
        if _platform_x(text, m.start() - len(word), word) or _degrees(
                text, m.start() - len(word), word):
            breaks.append(pos)  # "Kellogg wrote on X. The Ukrainian leader ...": the network;
            continue  # "could reach 35 C. Meteorologist ...": a temperature's unit
        if word.lower() in ABBREVIATIONS or (len(word) == 1 and word.isupper()) or (
                _INITIALISM.fullmatch(word)):
            nxt = _NEXT_WORD.match(text, pos)
            if not ((word.lower() in _FINAL_ABBREVIATIONS or _INITIALISM.fullmatch(word))
                     and nxt is not None
                    and nxt.group(1).lower() in _NEW_SENTENCE_WORDS) and not (
                    word.lower() in _CLOCK_ABBREVIATIONS and nxt is not None
                    and nxt.group(1)[:1].isupper()
                    and nxt.group(1).lower() not in _AFTER_CLOCK):
                continue
        breaks.append(pos)
    credits = [m.end() for m in _CREDIT_CLOSE.finditer(text, a, b)
               if not in_quote(inside, opens, m.end())]
    return sorted(set(breaks) | set(credits)) if credits else breaks


# a photo's credit in parentheses, which closes its caption: "... is guilty of genocide
# (credit: Amr Alfiky/Reuters) Trump then displayed ...": the next capitalised word opens a
# sentence of the article's own, whose "he" is not the caption's (scanpron)
_CREDIT_CLOSE = re.compile(
    r"\((?i:credit): [^()\n]{1,80}\)\s+(?=[A-Z])")


_DEGREES = re.compile(r"\d\s?°?\s?$")  # "35 C", "35C", "95 °F": a temperature before its unit


def _degrees(text: str, start: int, word: str) -> bool:
    """Is ``word`` (at ``start``) a temperature's unit after its number ("35 C."), whose full
    stop ends the sentence, and not an initial (nineteenth session)?"""
    return word in {"C", "F"} and bool(_DEGREES.search(text, max(0, start - 4), start))


# words before "X" when it is the social network, not an initial ("wrote on X.")
_PLATFORM_LEADS = (" on ", " via ", " to ")


def _platform_x(text: str, start: int, word: str) -> bool:
    """Is ``word`` (at ``start``) the network X after "on"/"via"/"to", whose full stop ends
    the sentence, and not an initial ("John X. Smith")?"""
    return word == "X" and text[max(0, start - 5) : start].endswith(_PLATFORM_LEADS)


def _last_word(text: str, end: int) -> str:
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "."):
        start -= 1
    return text[start:end].rstrip(".")


def split_units(text: str, quotes: list[Quote]) -> list[Unit]:
    """Sentences of ``text`` with their tokens; no sentence splits inside a quote."""
    spans = [(q.open_at, q.close_at) for q in quotes]
    opens = [q.open_at for q in quotes]
    # paragraph breaks, except those inside a (multi-paragraph) quote
    cuts: list[int] = []
    for m in _PARAGRAPH_BREAK.finditer(text):
        if not in_quote(spans, opens, m.start()):
            cuts.append(m.start())
    units: list[Unit] = []
    para_start = 0
    para = 0
    q_index = 0
    for cut in [*cuts, len(text)]:
        a, b = _trim(text, para_start, cut)
        if b > a:
            starts = [a, *_sentence_breaks(text, a, b, spans, opens)]
            starts = _bounded(text, starts, b, spans, opens)
            ends = [*starts[1:], b]
            first = len(units)
            for s, e in zip(starts, ends, strict=True):
                s, e = _trim(text, s, e)
                if e > s:
                    unit = Unit(s, e, para)
                    q_index = _tokenise(text, unit, quotes, q_index)
                    units.append(unit)
            _join_tags(units, first)
            if len(units) > first:
                units[first].para_first = True
                units[-1].para_last = True
                para += 1
        para_start = cut
    return units


def _bounded(text: str, starts: list[int], b: int, spans: list[tuple[int, int]],
             opens: list[int]) -> list[int]:
    """The sentence starts, with a sentence longer than :data:`MAX_UNIT_CHARS` cut at the last
    space outside a quote before each limit: a "sentence" of 100 kB with no full stop (a
    feed's odd paragraph) would otherwise cost the per-sentence scans its length squared."""
    out: list[int] = []
    for s, e in zip(starts, [*starts[1:], b], strict=True):
        out.append(s)
        while e - s > MAX_UNIT_CHARS:
            cut = s + MAX_UNIT_CHARS
            while cut > s and not (text[cut].isspace() and not in_quote(spans, opens, cut)):
                cut -= 1
            if cut <= s:
                break  # one word or one quote that long: left whole
            out.append(cut + 1)
            s = cut + 1
    return out


def _join_tags(units: list[Unit], first: int) -> None:
    """Join a quote-only sentence and the short attribution tag after it (in place, for the
    units of one paragraph from ``first``): “Can we win Illinois?” Mr. Manafort asked."""
    k = max(first, 1)
    while k < len(units):
        prev, unit = units[k - 1], units[k]
        if k - 1 >= first and prev.is_quote_only() and _is_tag(unit.tokens):
            prev.tokens.extend(unit.tokens)
            prev.end = unit.end
            del units[k]
            continue
        k += 1


def _is_tag(toks: list[Token]) -> bool:
    """True for 'Trump said.', 'Mrs. Clinton asked.', 'O'Malley said at a press conference':
    a few capitalised words, a speech cue, then nothing that starts a new clause or quote."""
    if not toks or toks[0].kind != "w" or not toks[0].text[:1].isupper() or any(
            t.kind == "q" for t in toks) or sum(t.kind == "w" for t in toks) > MAX_TAG_WORDS:
        return False
    for c in range(1, min(len(toks), MAX_TAG_SPEAKER_WORDS + 1)):
        tok = toks[c]
        if tok.kind != "w":
            return False
        entry = CUES.get(tok.low)
        if entry is not None and entry[1] in _TAG_CUE_KINDS and not tok.text[:1].isupper():
            nxt = toks[c + 1] if c + 1 < len(toks) else None
            return nxt is None or nxt.low in _TAG_AFTER or nxt.text[:1].isupper()
    return False


def _tokenise(text: str, unit: Unit, quotes: list[Quote], q_index: int) -> int:
    pos = unit.start
    while q_index < len(quotes) and quotes[q_index].close_at <= unit.start:
        q_index += 1
    k = q_index
    tokens = unit.tokens
    n_text = len(text)
    last_end = -1  # end of the last token kept
    append = tokens.append  # (hundreds of tokens a text: the bound method looked up once)
    while pos < unit.end:
        nxt = quotes[k] if k < len(quotes) and quotes[k].open_at < unit.end else None
        seg_end = nxt.open_at if nxt is not None else unit.end
        for m in _TOKEN.finditer(text, pos, max(pos, seg_end)):
            start, end = m.span()
            if start < last_end:
                continue  # the dot an abbreviation before it absorbed
            tok = m.group()
            if not tok[0].isalnum():
                append(Token("p", tok, start, end))
                last_end = end
                continue
            if end < n_text and text[end] == "." and (
                tok.lower() in ABBREVIATIONS or (len(tok) == 1 and tok.isupper())
                or _INITIALISM.fullmatch(tok)
            ) and not _platform_x(text, start, tok):
                end += 1
                tok += "."
            glued = _GLUED.search(tok) if "." in tok else None
            if glued:  # "said.Trump": a full stop without its space
                cut = start + glued.start()
                append(Token("w", text[start:cut], start, cut))
                append(Token("p", ".", cut, cut + 1))
                append(Token("w", text[cut + 1 : end], cut + 1, end))
            else:
                append(Token("w", tok, start, end))
            last_end = end
        if nxt is None:
            break
        if nxt.open_at >= last_end:
            tokens.append(Token("q", text[nxt.open_at : nxt.close_at], nxt.open_at,
                                nxt.close_at, nxt))
            last_end = nxt.close_at
        pos = nxt.close_at
        k += 1
    _mark_particles(tokens)
    return q_index


# lower-case particles inside a person's name ("Lula da Silva", "Charles de Gaulle", "Ursula
# von der Leyen", "Mohammed bin Salman", "Mark van Bommel", "José Eduardo dos Santos"): between
# capitalised words they are part of the name, so the rules that read capitalised runs take
# the whole name, not its last word (fifteenth session)
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "das", "dos", "do", "du",
                            "del", "della", "di", "bin", "ibn", "ben", "ter", "ten", "zu",
                            "la", "le",
                            # "de los Santos", "de las Heras", "Bashar al Assad", "Abdel
                            # Fattah el Sisi" (an Arabic article written without its hyphen;
                            # name36)
                            "los", "las", "al", "el"})
MAX_PARTICLES = 2  # "van der", "de la", "von der": at most two in a row


def _mark_particles(tokens: list[Token]) -> None:
    """Mark as capitalised the name particles that stand between two capitalised words."""
    # (the few particles picked out first, in one comprehension: most texts have none)
    for k in [k for k, tok in enumerate(tokens) if tok.low in NAME_PARTICLES]:
        tok = tokens[k]
        if tok.kind != "w" or tok.cap or k == 0:
            continue
        before = tokens[k - 1]
        if before.kind != "w" or not before.cap or before.low in NAME_PARTICLES:
            continue
        m = k
        while m < len(tokens) and m - k < MAX_PARTICLES and tokens[m].kind == "w" and (
                tokens[m].low in NAME_PARTICLES) and not tokens[m].cap:
            m += 1
        after = tokens[m] if m < len(tokens) else None
        if after is not None and after.kind == "w" and after.cap and after.text[:1].isalpha():
            for t in tokens[k:m]:
                t.cap = True


def words(text: str) -> list[str]:
    """The words of ``text`` (letters and digits, with inner apostrophes and hyphens)."""
    return _WORD.findall(text)
