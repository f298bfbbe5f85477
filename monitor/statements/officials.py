"""The officials registry: who we track, under which names, titles and roles.

``config/officials.toml`` holds one ``[[official]]`` table per person::

    [[official]]
    id = "hegseth"
    name = "Pete Hegseth"
    aliases = ["Hegseth", "Peter Hegseth"]   # surname, transliterations, nicknames
    gender = "m"                              # "m" | "f" | "" (for pronoun resolution)
    country = "US"
    organisation = "US Department of Defense"
    roles = [
      { titles = ["US Defence Secretary", "Secretary of Defense"], from = 2025-01-25 },
    ]

A role's titles mean that official only between ``from`` and ``until`` (both optional,
inclusive). The surname (last word of ``name``) is an alias unless ``surname_alias = false``
(e.g. Jonathan Powell, whose surname is shared with a central banker).

:class:`Registry` answers: which official does this alias or title mean at this date, and
which aliases are ambiguous (``monitor officials check``).
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from monitor.errors import ConfigError

GENDERS = ("m", "f", "")
FOLD_CACHE_SIZE = 1 << 16  # names and words repeat across articles; fold is a hot path
_WORD = re.compile(r"[^\W_]+(?:[’'.\-][^\W_]+)*")
POSSESSIVE = "'s"  # as keyed (curly apostrophe straightened): two characters in the text too


def _separator(between: str) -> bool:
    return bool(between) and not between.replace(".", "").strip()


def _key(word: str) -> str:
    """A word's lookup key: lower case, curly apostrophe straightened, dots dropped."""
    return word.lower().replace("’", "'").replace(".", "")


# the one letter whose lower case depends on what follows it (a final sigma): a text with
# it has its words lowered one by one
_CONTEXT_LOWER = "Σ"


def _words(text: str) -> tuple[list[str], list[re.Match[str]]]:
    """The words of ``text``: their :func:`_key` and their matches (offsets). The text is
    lowered once rather than word by word: the same keys and offsets, since lowering keeps
    every character's length and class (word character, separator), but for a few that
    change length (checked: then word by word) and the sigma
    (``tests/unit/test_statements_speed.py`` checks every code point)."""
    low = text.lower()
    if len(low) != len(text) or _CONTEXT_LOWER in text:
        matches = list(_WORD.finditer(text))
        return [_key(m.group()) for m in matches], matches
    matches = list(_WORD.finditer(low.replace("’", "'")))
    return [m.group().replace(".", "") for m in matches], matches


# the suffixes that name a father's or son's namesake ("Donald Trump Jr.", "Ray Flynn III"),
# as keyed (dots dropped)
GENERATIONAL_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _generational_after(text: str, keys: list[str], matches: list[re.Match[str]],
                        k: int) -> bool:
    """Does word ``k`` (right after a matched name) make it another person's: "Jr", "Sr",
    "II", "III", "IV", after a space or a comma?"""
    if k >= len(keys) or keys[k] not in GENERATIONAL_SUFFIXES:
        return False
    between = text[matches[k - 1].end() : matches[k].start()]
    return between.replace(",", "").strip() == "" and len(between) <= 2


@dataclass(slots=True)
class _Node:
    """A word of the registry's forms in :meth:`Registry.find`'s trie."""

    end: bool = False  # a form ends with this word
    next: dict[str, _Node] = field(default_factory=dict)  # the words that may follow


def _walk(trie: dict[str, _Node], text: str, keys: list[str], matches: list[re.Match[str]],
          i: int) -> tuple[int, bool]:
    """The words of the longest form starting at word ``i`` and whether it ends in a
    possessive the form lacks ("Zakharova's", "Dmitry Peskov's"): (0, False) when none.
    A form matched as written wins over one read through a possessive ("Putin's spokesman"
    is a composed title, not Putin)."""
    size, owner = 0, 0  # words of the longest form as written / through a possessive
    level = trie
    k = i
    while k < len(keys) and (k == i or _separator(text[matches[k - 1].end() : matches[k].start()])):
        key = keys[k]
        bare = level.get(key.removesuffix(POSSESSIVE)) if key.endswith(POSSESSIVE) else None
        if bare is not None and bare.end:
            owner = k - i + 1
        node = level.get(key)
        if node is None:
            break
        k += 1
        if node.end:
            size = k - i
        level = node.next
    if size:
        return size, False
    return owner, owner > 0


@dataclass(frozen=True, slots=True)
class Role:
    """Titles that name one official during a period (dates inclusive; None is open)."""

    titles: tuple[str, ...]
    start: date | None = None
    end: date | None = None

    def valid_on(self, day: date | None) -> bool:
        """True when the role holds on ``day`` (an unknown day holds every role)."""
        if day is None:
            return True
        if self.start is not None and day < self.start:
            return False
        return not (self.end is not None and day > self.end)


@dataclass(frozen=True, slots=True)
class Official:
    """One tracked official."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    gender: str = ""
    country: str = ""
    organisation: str = ""
    roles: tuple[Role, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The full name first, then every alias."""
        return (self.name, *self.aliases)

    def given_names(self) -> frozenset[str]:
        """The folded first words of the full name and of every alias of two or more words
        ("donald" for "Donald Trump", "pete" and "peter" with the alias "Peter Hegseth"): a
        surname written after any other first name is someone else ("Ivanka Trump")."""
        return frozenset(fold(form.split()[0]) for form in self.names if len(form.split()) > 1)


def title_variants(title: str) -> tuple[str, ...]:
    """Other spellings of a title news uses: its hyphens as spaces ("NATO Secretary-General"
    read as "NATO Secretary General") and its leading name as a possessive ("NATO chief" as
    "NATO's chief", "Kremlin spokesman" as "Kremlin's spokesman"); nineteenth session."""
    out: list[str] = []
    if "-" in title:
        out.append(title.replace("-", " "))
    first, _, rest = title.partition(" ")
    if rest and first[:1].isupper() and not first.endswith(("'s", "’s", "s'")) and \
            first.lower() not in _NOT_OWNERS:
        out += [f"{first}'s {v}" for v in (rest, *([rest.replace("-", " ")] if "-" in rest
                                                   else []))]
    return tuple(out)


# title words that are no owner before a possessive ("the US president" is no one's)
_NOT_OWNERS = frozenset({"the", "former", "deputy", "vice", "acting", "prime", "foreign",
                         "president", "secretary", "minister", "chief", "head"})


@functools.lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold(text: str) -> str:
    """Lower-case, accents removed, dots dropped, spaces squeezed: the key for name lookups."""
    if text.isascii():  # (most names: NFKD leaves ASCII as it is, and none of it combines)
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("’", "'").replace(".", "")
    return " ".join(stripped.lower().split())


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """An alias or title that names more than one official (at some common date)."""

    alias: str
    officials: tuple[str, ...]
    kind: str  # "alias" | "title"


@dataclass
class Registry:
    """Officials indexed by folded alias and by folded title."""

    officials: tuple[Official, ...]
    _by_id: dict[str, Official] = field(init=False, repr=False)
    _by_alias: dict[str, list[str]] = field(init=False, repr=False)
    _by_title: dict[str, list[tuple[str, Role]]] = field(init=False, repr=False)
    _trie: dict[str, _Node] | None = field(init=False, repr=False, default=None)
    # the trie's first words and each with a possessive ("putin", "putin's"): the words a
    # form may start at, one set lookup per word of the text (built with the trie)
    _starts: frozenset[str] = field(init=False, repr=False, compare=False, default=frozenset())
    _composed: list[tuple[str, Role]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id = {}
        self._by_alias = defaultdict(list)
        self._by_title = defaultdict(list)
        for official in self.officials:
            self._by_id[official.id] = official
            for alias in official.names:
                key = fold(alias)
                if official.id not in self._by_alias[key]:
                    self._by_alias[key].append(official.id)
            for role in official.roles:
                for title in role.titles:
                    for form in (title, *title_variants(title)):
                        if (official.id, role) not in self._by_title[fold(form)]:
                            self._by_title[fold(form)].append((official.id, role))
        self._composed = self._compose()
        for official_id, role in self._composed:
            self._by_title[fold(role.titles[0])].append((official_id, role))

    def _compose(self) -> list[tuple[str, Role]]:
        """Titles that name an official through another's title: "Putin's spokesman" also
        reads "the Russian president's spokesman", "Russian leader's spokesman" (each title of
        the one official "Putin" names), over the days both roles hold, and "Vladimir Putin's
        spokesman" (each other name of that official), over the role's days."""
        out: list[tuple[str, Role]] = []
        for official in self.officials:
            for role in official.roles:
                for title in role.titles:
                    owner, sep, rest = title.replace("’", "'").partition("'s ")
                    owners = self.by_alias(owner) if sep and rest else []
                    if len(owners) != 1:
                        continue
                    out.extend((official.id, Role((f"{alias}'s {rest}",), role.start, role.end))
                               for alias in owners[0].names
                               if fold(alias) != fold(owner))  # "Zelenskiy's chief of
                    # staff" as well as "Zelenskyy's": each spelling of the owner's name
                    for owner_role in owners[0].roles:
                        if not _overlap(role, owner_role):
                            continue
                        start = max(role.start or date.min, owner_role.start or date.min)
                        end = min(role.end or date.max, owner_role.end or date.max)
                        for owner_title in owner_role.titles:
                            out.append((official.id, Role(
                                (f"{owner_title}'s {rest}",),
                                None if start == date.min else start,
                                None if end == date.max else end)))
        return out

    def __len__(self) -> int:
        return len(self.officials)

    def get(self, official_id: str) -> Official | None:
        """The official with this id, or None."""
        return self._by_id.get(official_id)

    def by_alias(self, alias: str) -> list[Official]:
        """Officials whose full name or alias is ``alias`` (case and accents ignored)."""
        return [self._by_id[i] for i in self._by_alias.get(fold(alias), [])]

    def by_title(self, title: str, day: date | None = None) -> list[Official]:
        """Officials holding ``title`` on ``day`` (every holder when ``day`` is None)."""
        found: list[Official] = []
        for official_id, role in self._by_title.get(fold(title), []):
            official = self._by_id[official_id]
            if role.valid_on(day) and official not in found:
                found.append(official)
        return found

    def lookup(self, phrase: str, day: date | None = None) -> Official | None:
        """The one official a name, alias or title means on ``day``; None if none or several."""
        found = self.by_alias(phrase)
        if not found:
            found = self.by_title(phrase, day)
        return found[0] if len(found) == 1 else None

    def is_title(self, phrase: str) -> bool:
        """True when ``phrase`` is a registered title (of anyone, at any date)."""
        return fold(phrase) in self._by_title

    def surface_forms(self) -> list[str]:
        """Every name, alias and title, longest first (for building a matcher)."""
        forms: set[str] = set()
        for official in self.officials:
            forms.update(official.names)
            for role in official.roles:
                forms.update(role.titles)
                forms.update(v for title in role.titles for v in title_variants(title))
        forms.update(role.titles[0] for _, role in self._composed)
        return sorted(forms, key=lambda s: (-len(s), s))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Every name, alias or title in ``text`` as (start, end, surface), longest match
        first at each place, left to right, no overlaps. A walk over the words in a trie of
        the forms' words: much faster than one regex alternation of every form."""
        trie = self._word_trie()
        keys, matches = _words(text)
        found: list[tuple[int, int, str]] = []
        after = 0  # the first word a match may start at (matches do not overlap)
        starts = self._starts  # (a key, or a key without its possessive, in the trie)
        for i in [i for i, key in enumerate(keys) if key in starts]:  # the few candidates
            if i < after:
                continue
            size, owner = _walk(trie, text, keys, matches, i)
            if size and not owner and _generational_after(text, keys, matches, i + size):
                continue  # "Donald Trump Jr." is not Donald Trump (eighteenth session)
            if size:
                start = matches[i].start()
                end = matches[i + size - 1].end() - (len(POSSESSIVE) if owner else 0)
                found.append((start, end, text[start:end]))  # ("Zakharova's statement":
                after = i + size  # the name before the possessive)
        return found

    def _word_trie(self) -> dict[str, _Node]:
        """The forms (every name, alias and title) as a trie of their words' keys."""
        if self._trie is None:
            trie: dict[str, _Node] = {}
            for form in self.surface_forms():
                level, node = trie, None
                for key in (_key(w) for w in _WORD.findall(form)):
                    node = level.setdefault(key, _Node())
                    level = node.next
                if node is not None:
                    node.end = True
            self._starts = frozenset(trie) | {key + POSSESSIVE for key in trie}
            self._trie = trie
        return self._trie

    def ambiguities(self) -> list[Ambiguity]:
        """Aliases shared by two officials, and titles two officials hold on a common date."""
        found: list[Ambiguity] = []
        for key, ids in sorted(self._by_alias.items()):
            if len(ids) > 1:
                found.append(Ambiguity(key, tuple(sorted(ids)), "alias"))
        for key, holders in sorted(self._by_title.items()):
            clashing: set[str] = set()
            for i, (id_a, role_a) in enumerate(holders):
                for id_b, role_b in holders[i + 1 :]:
                    if id_a != id_b and _overlap(role_a, role_b):
                        clashing.update((id_a, id_b))
            if clashing:
                found.append(Ambiguity(key, tuple(sorted(clashing)), "title"))
        return found


def _overlap(a: Role, b: Role) -> bool:
    a_start, b_start = a.start or date.min, b.start or date.min
    a_end, b_end = a.end or date.max, b.end or date.max
    return a_start <= b_end and b_start <= a_end


def _strings(value: Any, source: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(source, key, "expected a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _date(value: Any, source: str, key: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError(source, key, f"expected a date such as 2025-01-25, got {value!r}")


def parse_officials(data: Mapping[str, Any], source: str = "officials.toml") -> Registry:
    """Build a registry from parsed TOML (``{"official": [...]}``); errors name the key."""
    entries = data.get("official", [])
    if not isinstance(entries, list):
        raise ConfigError(source, "official", "expected [[official]] tables")
    officials: list[Official] = []
    seen: set[str] = set()
    for n, entry in enumerate(entries):
        where = f"official[{n}]"
        if not isinstance(entry, dict):
            raise ConfigError(source, where, "expected a table")
        official_id = entry.get("id")
        name = entry.get("name")
        if not isinstance(official_id, str) or not re.fullmatch(r"[a-z0-9_-]+", official_id):
            raise ConfigError(source, f"{where}.id", "expected a lower-case id ([a-z0-9_-]+)")
        if official_id in seen:
            raise ConfigError(source, f"{where}.id", f"duplicate id {official_id!r}")
        seen.add(official_id)
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(source, f"{where}.name", "expected the full name")
        gender = entry.get("gender", "")
        if gender not in GENDERS:
            raise ConfigError(source, f"{where}.gender", "expected 'm', 'f' or ''")
        aliases = list(_strings(entry.get("aliases"), source, f"{where}.aliases"))
        surname = name.split()[-1]
        if entry.get("surname_alias", True) and len(name.split()) > 1 and surname not in aliases:
            aliases.insert(0, surname)
        roles: list[Role] = []
        for r, role in enumerate(entry.get("roles", [])):
            rwhere = f"{where}.roles[{r}]"
            if not isinstance(role, dict):
                raise ConfigError(source, rwhere, "expected a table")
            titles = _strings(role.get("titles"), source, f"{rwhere}.titles")
            if not titles:
                raise ConfigError(source, f"{rwhere}.titles", "a role needs at least one title")
            roles.append(
                Role(
                    titles,
                    _date(role.get("from"), source, f"{rwhere}.from"),
                    _date(role.get("until"), source, f"{rwhere}.until"),
                )
            )
        officials.append(
            Official(
                id=official_id,
                name=name.strip(),
                aliases=tuple(aliases),
                gender=gender,
                country=str(entry.get("country", "")),
                organisation=str(entry.get("organisation", "")),
                roles=tuple(roles),
            )
        )
    return Registry(tuple(officials))


def load_officials(path: Path) -> Registry:
    """Read and validate an officials file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(str(path), None, f"cannot read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(str(path), None, f"invalid TOML: {exc}") from exc
    return parse_officials(data, str(path))


DEFAULT_OFFICIALS = Path(__file__).resolve().parents[2] / "config" / "officials.toml"


def default_registry() -> Registry:
    """The registry shipped in ``config/officials.toml`` of this checkout."""
    return load_officials(DEFAULT_OFFICIALS)


def registry_from(officials: Iterable[Official]) -> Registry:
    """A registry from ready-made officials (tests, tools)."""
    return Registry(tuple(officials))


def describe(official: Official) -> Sequence[str]:
    """One row for ``monitor officials list``: id, name, country, organisation, aliases."""
    return (
        official.id,
        official.name,
        official.country,
        official.organisation,
        ", ".join(official.aliases),
    )
