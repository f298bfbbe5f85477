"""Text normalisation for near-duplicate detection: what a republisher changes, we undo.

Copies of one article differ in ways that say nothing about the news: quote-mark style,
datelines ("KYIV (Reuters) -", "MOSCOW, May 21. /TASS/."), bylines and credit lines
("Reporting by ...; Editing by ..."), "Read more: ..." links, copyright and "follow us" lines,
page furniture (legal notices, newsletter promos), line breaks, and copy-desk spelling
("U.S."/"US", "per cent"/"percent", "defence"/"defense", "Kiev"/"Kyiv"). Everything here maps
those variants to one form before hashing, so that they cost no shingles.

Pure functions, standard library only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# --- characters -----------------------------------------------------------------------------

_QUOTE_MAP = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "″": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "\u00a0": " ",  # non-breaking space
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",  # zero-width space
        "—": " - ",
        "–": " - ",
        "―": " - ",
        "…": "...",
    }
)


_SPECIAL = re.compile("[" + "".join(chr(c) for c in _QUOTE_MAP) + "]")


def clean_chars(text: str) -> str:
    """NFKC, one quote style (straight), plain dashes and spaces."""
    if not text.isascii():
        text = _SPECIAL.sub(lambda m: m.group(0).translate(_QUOTE_MAP), text)
        text = unicodedata.normalize("NFKC", text)
    return text


# --- datelines ------------------------------------------------------------------------------

# News agencies whose credit appears in datelines. A closed list keeps the pattern from eating
# ordinary parentheses ("(KSWB)" stays: it is part of a caption, not a dateline).
_AGENCIES = (
    r"Reuters|AP|AFP|TASS|Kyodo|UPI|dpa|DPA|Xinhua|IANS|PTI|ANI|Bloomberg|CNN|RIA Novosti|"
    r"Interfax|Ukrinform|Anadolu|WAFA|IRNA|MNA|IRIB|Tasnim|Mehr|ISNA|EFE|ANSA|Yonhap|BBC|CNBC|"
    r"Fox News"
)
_CITY = r"[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}"
_DATE = r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
# "KYIV (Reuters) -", "MOSCOW, May 21 (TASS) -", "TOKYO (Kyodo) --", "(AP) —"
_DATELINE_AGENCY = re.compile(
    rf"(?:\b{_CITY}{_DATE}\s*)?\((?:{_AGENCIES})\)\s*(?:--|[-—–:])?\s*",
)
# "MOSCOW, May 21. /TASS/." and "/TASS/."
_DATELINE_SLASH = re.compile(rf"(?:\b{_CITY}{_DATE}\.?\s*)?/(?:{_AGENCIES})/\.?\s*")
_AGENCY_SLASH = re.compile(rf"/(?:{_AGENCIES})/")
# "WASHINGTON -" or "LONDON, May 20 -" at the very start of the text
_DATELINE_CITY = re.compile(rf"^\s*{_CITY}{_DATE}\s*(?:--|[-—–])\s+")


_AGENCY_PAREN = re.compile(rf"\((?:{_AGENCIES})\)")  # cheap pre-check for the costly pattern


def strip_datelines(text: str) -> str:
    """Remove agency datelines anywhere and a bare city dateline at the start."""
    if "/" in text and _AGENCY_SLASH.search(text):
        text = _DATELINE_SLASH.sub(" ", text)
    if "(" in text and _AGENCY_PAREN.search(text):
        text = _DATELINE_AGENCY.sub(" ", text)
    return _DATELINE_CITY.sub("", text)


# --- boilerplate sentences ------------------------------------------------------------------

# A sentence matching any of these is page furniture or a credit line, not news. Each pattern
# is a generic phrasing seen across outlets (wire credits, legal notices, newsletter promos).
_BOILERPLATE = re.compile(
    r"|".join(
        [
            r"\b(?:reporting|writing|editing|additional reporting|compiled) by\b",
            r"^\(?\s*read (?:more|also)\b",
            r"^\(?\s*(?:see|related|watch|listen) (?:also|more)?\s*:",
            r"\boriginally (?:published|appeared)\b",
            r"\bcopyright\b",
            r"©",
            r"\ball rights reserved\b",
            r"\bmay not be (?:published|reproduced|redistributed)\b",
            r"\bfollow us\b",
            r"\bfollow [^.]{0,40} on (?:twitter|facebook|instagram|telegram|whatsapp)\b",
            r"\b(?:sign up|subscribe)\b[^.]{0,60}\bnewsletter",
            r"\bnewsletter\b",
            r"\byou(?:'ve| have) successfully subscribed\b",
            r"\bopt-?out at any time\b",
            r"\bmarket data provided by\b",
            r"\bpowered and implemented by\b",
            r"\bmutual fund and etf data\b",
            r"\bquotes displayed in real-time\b",
            r"^legal statement\.?$",
            r"^advertisement\b",
            r"\bjavascript\b",
            r"\bskipping the main menu\b",
            r"\bclick here\b",
            r"\bcookies?\b[^.]{0,40}\b(?:policy|settings|consent)\b",
        ]
    ),
    re.IGNORECASE,
)

# Sentence ends: ., ! or ? (maybe followed by a closing quote), then space and a capital/quote.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])")
_PARAGRAPHS = re.compile(r"\n\s*")


def sentences(text: str) -> list[str]:
    """Split ``text`` (already char-cleaned) into sentences, paragraph breaks included."""
    out: list[str] = []
    for para in _PARAGRAPHS.split(text):
        para = para.strip()
        if not para:
            continue
        out.extend(s.strip() for s in _SENTENCE_END.split(para) if s.strip())
    return out


# Literal fragments, one of which every boilerplate pattern needs: a fast pre-check (substring
# search is ~50x cheaper than the regex, and most sentences contain none of them).
_BOILERPLATE_HINTS = (
    "ing by",
    "compiled by",
    "read ",
    "see ",
    "related",
    "watch",
    "listen",
    "originally",
    "copyright",
    "©",
    "rights reserved",
    "may not be",
    "follow",
    "newsletter",
    "subscribed",
    "opt-out",
    "opt out",
    "market data",
    "powered",
    "mutual fund",
    "quotes displayed",
    "legal statement",
    "advertisement",
    "javascript",
    "main menu",
    "click here",
    "cookie",
)


def is_boilerplate(sentence: str) -> bool:
    """True for credit lines, legal notices, promos and other page furniture."""
    low = sentence.lower()
    if not any(h in low for h in _BOILERPLATE_HINTS):
        return False
    return _BOILERPLATE.search(sentence) is not None


# "By Lizzie Dearden Reporting from London", "By A. Smith and B. Jones": a byline at the start
# of the text or of a sentence (names: 1-3 capitalised words; place: 1-2)
_NAME_WORD = r"(?!Reporting\b)[A-Z][\w'.\-]*"
_BYLINE = re.compile(
    rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))\s*By\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
    rf"(?:\s+and\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})?"
    rf"(?:\s+(?:Reporting|reported|reporting)\s+from\s+[A-Z][\w'.\-]+(?:\s+[A-Z][\w'.\-]+)?)?"
    r"\s*[,|:\-]?\s*"
)


def strip_bylines(text: str) -> str:
    """Remove bylines ("By Jane Doe", "By J. Doe Reporting from Kyiv") at sentence starts."""
    if "By " not in text:
        return text
    return _BYLINE.sub(" ", text)


SENTENCE_MAX_WORDS = 80  # a "sentence" longer than this is a menu or a list of headlines run
# together by the scraper (Le Monde's ticker, link lists); prose sentences stay well below it


def clean_body(text: str) -> list[str]:
    """The article's news sentences: chars cleaned, datelines and furniture removed."""
    text = strip_bylines(strip_datelines(clean_chars(text)))
    return [
        s for s in sentences(text) if not is_boilerplate(s) and s.count(" ") < SENTENCE_MAX_WORDS
    ]


# --- words ----------------------------------------------------------------------------------

# Copy-desk variants mapped to one form (both sides of each pair occur in wire copy): inner
# dots go ("U.S." -> "us", "Mr." -> "mr"), "per cent" -> "percent", and the table below.
_WORD = re.compile(r"[^\W_]+(?:[.,'][^\W_]+)*", re.UNICODE)

# Spelling variants: one form per word (UK/US, transliterations). Small on purpose: a long list
# would start to map different words together.
_SPELLING = {
    "kiev": "kyiv",
    "zelenskyy": "zelensky",
    "zelenskiy": "zelensky",
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "programme": "program",
    "programmes": "programs",
    "centre": "center",
    "centres": "centers",
    "theatre": "theater",
    "colour": "color",
    "favour": "favor",
    "favours": "favors",
    "honour": "honor",
    "labour": "labor",
    "neighbour": "neighbor",
    "neighbours": "neighbors",
    "behaviour": "behavior",
    "travelled": "traveled",
    "travelling": "traveling",
    "cancelled": "canceled",
    "grey": "gray",
    "towards": "toward",
    "whilst": "while",
    "amongst": "among",
}
# -ise/-isation -> -ize/-ization for words long enough that it is a suffix, not "wise", "rise".
_ISE = re.compile(r"(?<=\w{3})is(e|es|ed|ing|ation|ations)$")

# Function words carry no evidence and are where copy-desk edits land ("said on Tuesday" ->
# "said Tuesday"); shingles are built from the remaining words so such edits cost nothing.
_STOPWORD_TEXT = """
    a an the and or but if of on in at to for from by with as is are was were be been being
    has have had do does did this that these those it its he she they them his her their we our
    you your i me my us not no so than then there here which who whom whose what when where why
    how all any some such very can could will would shall should may might must also just about
    into over under more most other only own same too s t said says saying told"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

# The same for the other languages news feeds most often carry next to English (German, French,
# Spanish, Italian, Portuguese, Dutch): the rewrite layer's term vectors read every article, and
# without these two articles of one German outlet share "der", "und", "nicht" as if they were
# rare words (IDF is counted over a mostly English stream). Words that are also English content
# words are left out ("die", "war", "man", "son", "come", "fine", "hat", "den", "con", "van",
# "fur", "uber", "plus", "met", "mit", "als"), and so are the spellings of abbreviations: "la",
# "da", "un", "er", "dem" (L.A., D.A., U.N., E.R., a Dem).
_FOREIGN_STOPWORD_TEXT = """
    der das und ist nicht ein eine einen einem einer eines des zu von für auf im ins
    bei nach aus sich auch es sie wir ihr ihre ihren ihrem ihrer sein seine seinen seiner sind
    wird werden wurde wurden haben hatte hatten noch nur wie oder aber wenn dass daß vor
    über um zum zur am bis durch gegen kein keine keinen diese dieser dieses mehr schon sagte sei
    soll sollen kann können konnte muss müssen ob hier dort jetzt heute seit sowie
    le les des du et est une en dans pour par sur au aux qui que pas ne se il elle ils
    elles nous vous ce cette ces sa ses leur leurs avec mais ou été être avoir ont sont était fait
    selon après comme aussi lui y
    el los las del que por para su sus al lo como más pero fue ha han este esta estos estas
    entre sobre también dijo
    il di che della dei delle degli per non si gli sono nel nella alla alle dal dalla ha anche
    os do das dos em no na não uma ao aos pelo pela
    het een en op voor niet zijn dat wordt werd ook bij naar om
"""
FOREIGN_STOPWORDS = frozenset(_FOREIGN_STOPWORD_TEXT.split())


@lru_cache(maxsize=1 << 17)
def normalise_word(word: str) -> str:
    """One spelling per word: lower case, variant table, -ise -> -ize, inner dots dropped."""
    w = word.lower().replace("'", "").replace(".", "")
    w = _SPELLING.get(w, w)
    if w.endswith(("ise", "ises", "ised", "ising", "isation", "isations")) and len(w) > 6:
        w = _ISE.sub(lambda m: "iz" + m.group(1), w)
    return w


def words(text: str) -> list[str]:
    """Normalised words of ``text`` (stopwords kept)."""
    out = [normalise_word(w) for w in _WORD.findall(text)]
    if "cent" in out:  # "per cent" -> "percent"
        for i in range(len(out) - 1, 0, -1):
            if out[i] == "cent" and out[i - 1] == "per":
                out[i - 1 : i + 1] = ["percent"]
    return out


def content_words(tokens: list[str]) -> list[str]:
    """``tokens`` without stopwords."""
    return [t for t in tokens if t not in STOPWORDS]


EVENT_STOPWORDS = STOPWORDS | FOREIGN_STOPWORDS


def event_words(tokens: list[str]) -> list[str]:
    """``tokens`` without the function words of English and the other common feed languages:
    the words the rewrite layer's term vectors count (the copy layer's shingles keep
    :func:`content_words`, so its fingerprints do not change)."""
    return [t for t in tokens if t not in EVENT_STOPWORDS]


# --- headline -------------------------------------------------------------------------------

_TITLE_PREFIX = re.compile(
    r"^\s*(?:(?:exclusive|update\s*\d*|breaking(?: news)?|watch|video|live|analysis|"
    r"opinion|corrected|refile|urgent|factbox|explainer)\s*[-:|]\s*)+",
    re.IGNORECASE,
)
_TITLE_SUFFIX = re.compile(r"\s+[|\-–—]\s+[^|\-–—]{2,40}$")


def clean_title(title: str) -> str:
    """Headline without "BREAKING:"-style prefixes and a trailing "| Outlet" part."""
    t = clean_chars(title).strip()
    t = _TITLE_PREFIX.sub("", t)
    t = _TITLE_SUFFIX.sub("", t)
    return t.strip()
