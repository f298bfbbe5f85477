"""Given names of the world with their usual gender, from the ``nomquamgender`` package's
data (issue 13): the fallback when :mod:`monitor.statements.lexicon` and
:mod:`monitor.statements.names` do not know a first name.

International news quotes people whose first names no hand-made list holds ("Racheli Baak",
"Yahya Al-Mahdi", "Evghenia Gutsul", "Rustem Umerov"). Without a gender the rules do not take
two capitalised words for a person, so a later surname, first name or pronoun finds no one.
``nomquamgender`` (MIT licence; Van Buskirk et al., "An open-source cultural consensus approach
to name-based gender classification", 2023) ships p(female) for 700,000 names, aggregated
from 36 sources. Only its data file is read, without importing the package (its module imports
pandas): once per process, on first use, in about a second; the names kept fill a dict of
about 50,000 entries.

A name is kept when it is well attested (:data:`MIN_SOURCES` sources, :data:`MIN_COUNT`
people) and clearly gendered (p(female) at most :data:`MAX_UNSURE` from 0 or 1), is a plain
word, and is not a place, a title or a word the rules give another meaning (a country's name
is no one's first name here: "Jordan Valley", "Georgia Democrats"). Without the package the
table is empty and the rules work as before.
"""

from __future__ import annotations

import functools
import importlib.metadata
import logging
import re
from pathlib import Path

from monitor.statements import lexicon as lx
from monitor.statements.names import (
    CAPITALS,
    COUNTRIES,
    EXTRA_FEMALE_NAMES,
    EXTRA_MALE_NAMES,
    REGIONS,
    STATE_NAMES,
)
from monitor.statements.officials import fold

log = logging.getLogger(__name__)

DATA_PACKAGE = "nomquamgender"
DATA_FILE = "nomquamgender/name_data.json"
MIN_SOURCES = 5  # of the 36 name lists: a name a few lists hold is no typo or one-off
MIN_COUNT = 50  # people counted with the name: rarer entries are noise (words, initials)
MAX_UNSURE = 0.05  # p(female) at most this far from 0 or 1: "Jordan" (0.11), "Kim" (0.67) out
# a name borne often by both men and women: p(female) this far from 0 and 1 at least ("Lee"
# 0.30, "Leslie" 0.58, "Jamie" 0.35); the lexicons may still give it one gender ("Lee" is in
# the male names), but a pronoun may say otherwise ("Lee Epstein ... she said", pron29)
MIN_UNISEX = 0.15
MIN_LETTERS = 3  # "Al", "Jo", "Li": too short to tell a name from an abbreviation
CHUNK_CHARS = 1 << 20  # the data file is read a megabyte at a time (peak memory)
# an entry of the data file: "name": [sources, count, p(female), ...
_ENTRY = re.compile(r'"([a-z]+)": \[(\d+), (\d+), ([\d.]+)')
# words that begin place names and titles though the data holds them as given names
_NOT_GIVEN = frozenset({"san", "santa", "los", "las", "del", "fort", "mount", "saint", "port",
                        "lake", "cape", "new", "north", "south", "east", "west", "grand",
                        "general", "major", "prince", "princess", "king", "queen", "baron",
                        "sheriff", "judge", "pastor", "bishop", "marshal", "chancellor",
                        "mayor", "justice", "city", "county", "police", "court", "state",
                        "will", "may", "june", "april", "august", "said", "says", "told"})


def _excluded() -> frozenset[str]:
    """Words that are never taken for a given name from the data."""
    places = {fold(p) for p in COUNTRIES | REGIONS | CAPITALS | STATE_NAMES}
    words = lx.TITLE_WORDS | lx.SPEAKER_NOUNS | lx.TIME_WORDS | lx.DETERMINERS | frozenset(
        lx.CUES) | lx.SENTENCE_OPENERS
    return frozenset(places | words | _NOT_GIVEN)


@functools.cache
def _tables() -> tuple[dict[str, str], frozenset[str]]:
    """The data read once, on first use: the gendered table of :func:`given_names` and the
    names of :func:`unisex_names` (both empty without the package)."""
    excluded = _excluded()
    table: dict[str, str] = {}
    unisex: set[str] = set()
    try:
        located = importlib.metadata.distribution(DATA_PACKAGE).locate_file(DATA_FILE)
        with Path(str(located)).open(encoding="utf-8") as fh:
            carry = ""
            # read in pieces (the file is 22 MB): each piece up to its last whole entry
            while chunk := fh.read(CHUNK_CHARS):
                text = carry + chunk
                cut = text.rfind("], ") + 1 or len(text)
                _keep(text[:cut], excluded, table, unisex)
                carry = text[cut:]
            _keep(carry, excluded, table, unisex)
    except (importlib.metadata.PackageNotFoundError, OSError) as exc:
        log.info("given-name data not available (%s): first names from the lexicon only",
                 exc)
        return {}, frozenset()
    return table, frozenset(unisex)


def given_names() -> dict[str, str]:
    """The table: folded given name -> "m" or "f" (empty without the package)."""
    return _tables()[0]


def unisex_names() -> frozenset[str]:
    """Folded given names the data gives to both genders often (:data:`MIN_UNISEX`)."""
    return _tables()[1]


def _keep(text: str, excluded: frozenset[str], table: dict[str, str],
          unisex: set[str]) -> None:
    """Add the well-attested, clearly gendered names of a piece of the data to ``table``, and
    the well-attested ones of both genders to ``unisex``."""
    for m in _ENTRY.finditer(text):
        name, sources, count, p_female = m.group(1), int(m.group(2)), int(m.group(3)), \
            float(m.group(4))
        if sources < MIN_SOURCES or count < MIN_COUNT or len(name) < MIN_LETTERS or \
                name in excluded:
            continue
        if p_female >= 1 - MAX_UNSURE:
            table[name] = "f"
        elif p_female <= MAX_UNSURE:
            table[name] = "m"
        elif MIN_UNISEX <= p_female <= 1 - MIN_UNISEX:
            unisex.add(name)


def given_name_gender(word: str) -> str:
    """"m" or "f" for a first name the data knows well, else "" ("Racheli" -> "f")."""
    key = word.lower() if word.isascii() else fold(word)  # (fold is the slow path)
    return given_names().get(key.rstrip("."), "")


# first_name_gender's answers kept: the rules ask it of the same few words ("Donald x") again
# and again, ~100 times an article (speed23). Safe: the answer depends on the string alone and
# on the lexicon's frozensets
FIRST_NAME_CACHE_SIZE = 1 << 16


@functools.lru_cache(maxsize=FIRST_NAME_CACHE_SIZE)
def first_name_gender(name: str) -> str:
    """'m' or 'f' from the first names in ``name`` (the hand-made lexicon and
    :mod:`monitor.statements.names`; not the world table of :func:`given_name_gender`), else
    ''."""
    for part in name.split()[:-1] or name.split():
        first = part.lower().rstrip(".")
        if first in lx.MALE_NAMES or (first in EXTRA_MALE_NAMES and first not in lx.FEMALE_NAMES):
            return "m"
        if first in lx.FEMALE_NAMES or first in EXTRA_FEMALE_NAMES:
            return "f"
    return ""
