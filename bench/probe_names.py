"""A probe of speakers by the shape of their names (issue 13, branch ``names24``).

    .venv/bin/python bench/probe_names.py [--names FILE] [--labels] [--pages N]
        [--shared ../shared] [--examples 8] [--failures FILE]

Each person's name is written into a few short invented texts, and the extractor's speaker of
two later quotes must be that full name: one quote tagged with the bare surname as news writes
it on second reference ("de Blasio said", "Ban said", "Ocasio-Cortez said"), one with "he" or
"she" (the pronoun the first names give; "he" when they give none). The texts differ in where
the full name stands, which is what decides whether a run of capitals is read as a person:

- ``open``: opening the first sentence ("Ban Ki-moon spoke to reporters ...");
- ``monday``: after an opener ("On Monday, Ban Ki-moon spoke ...");
- ``title``: after a title ("Foreign Minister Ban Ki-moon spoke ...");
- ``apposed``: before an apposition ("Ban Ki-moon, a spokesperson for the ministry, spoke ...");
- ``headline``: only in a headline-like first line ("Ban Ki-moon Vows to Keep Fighting").

A speaker is right when it is the full name, or when the scorers of ``bench/`` would count it
(the same last word, and the same first word when both have more than one): both rates are
printed. The names are grouped by shape (:func:`shapes`: particles, hyphens, apostrophes,
Mc/Mac, initials, suffixes, accents, one word, a first word that is an English word, surname
first, three words or more ...), so that a rule can be written for a shape rather than a name.

Names come from a built-in list of public figures of many shapes (:data:`BUILT_IN`), the
officials registry, a file of names one a line (``--names``), the named speakers of the
``develop`` halves of the labelled news sets (``--labels``; never the ``check`` halves, never
``news2025``) and the multi-word names the extractor resolves on the first N unlabelled pages
of ``../shared/data`` (``--pages``). Only names are taken from them, never a text, and the
texts the extractor reads are the templates'. ``--failures`` writes every failure as JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from monitor.statements import Extractor, default_registry
from monitor.statements.givennames import first_name_gender, given_name_gender
from monitor.statements.names import surname_first
from monitor.statements.officials import fold
from monitor.statements.quotes import NAME_PARTICLES
from monitor.statements.resolution import NAME_SUFFIXES, ORG_HEADS

ROOT = Path(__file__).resolve().parent
NEWS_SETS = ("news2025b", "news2025c", "news2025d", "news2025e", "newsstories")
PAGE_SETS = ("dedup-dev", "stories-dev")
EXAMPLES = 8  # failing names printed per shape

# the full name's place in the text; "{full}" is the name, the quotes follow (see TAIL)
TEMPLATES = {
    "open": "{full} spoke to reporters in the capital on Monday.",
    "monday": "On Monday, {full} spoke to reporters in the capital.",
    "title": "Foreign Minister {full} spoke to reporters in the capital on Monday.",
    "apposed": "{full}, a spokesperson for the ministry, spoke to reporters in the capital "
               "on Monday.",
    "headline": "{full} Vows to Keep Fighting\n\nThe talks went on for hours in the capital "
                "on Monday.",
}
FIRST_QUOTE = "We will not give up"
SECOND_QUOTE = "It is only a matter of time"
TAIL = '\n\n"' + FIRST_QUOTE + '," {bare} said. "' + SECOND_QUOTE + '," {pronoun} said.'

# public figures whose names have the shapes news writes, a few of each (the shapes are
# :func:`shapes`' tags)
BUILT_IN = """
Ban Ki-moon|Moon Jae-in|Park Geun-hye|Yoon Suk Yeol|Kim Jong Un|Lee Jae-myung|Kim Yo Jong
Xi Jinping|Wang Yi|Li Qiang|Tsai Ing-wen|Lai Ching-te|Hun Sen|Nguyen Xuan Phuc|To Lam
Shinzo Abe|Fumio Kishida|Narendra Modi|Imran Khan|Shehbaz Sharif|Sheikh Hasina|Anwar Ibrahim
Charles de Gaulle|Bill de Blasio|Ursula von der Leyen|Frans Timmermans|Mark Rutte
Luiz Inacio Lula da Silva|Jair Bolsonaro|Andrés Manuel López Obrador|Pedro Sánchez
Gabriel Boric|Javier Milei|Claudia Sheinbaum|Nicolás Maduro|Gustavo Petro|Dilma Rousseff
Mohammed bin Salman|Abdel Fattah al-Sisi|Bashar al-Assad|Mahmoud Abbas|Ismail Haniyeh
Abu Bakr al-Baghdadi|Tamim bin Hamad Al Thani|Mohammed bin Zayed|Ali Khamenei|Hassan Nasrallah
Conor O'Brien|Beto O'Rourke|Sandra Day O'Connor|Dara O'Briain|Mitch McConnell
Kevin McCarthy|John McCain|Ron DeSantis|Tom MacArthur|Ian MacKinnon|Dan McGrath
Alexandria Ocasio-Cortez|Debbie Wasserman Schultz|Sheila Jackson Lee|Keir Starmer
Andrea Leadsom|Kwasi Kwarteng|Jacob Rees-Mogg|Rishi Sunak|Olaf Scholz|Frank-Walter Steinmeier
J.D. Vance|J.K. Rowling|H.R. McMaster|E.J. Dionne|George W. Bush|John F. Kennedy
Martin Luther King Jr.|Donald Trump Jr.|Robert F. Kennedy Jr.|Joseph P. Kennedy III
Emmanuel Macron|François Hollande|Édouard Philippe|Sébastien Lecornu|Søren Brostrøm
Recep Tayyip Erdoğan|Volodymyr Zelensky|Dmytro Kuleba|Sergei Lavrov|Dmitry Peskov
Vladimir Putin|Mykhailo Podolyak|Andriy Yermak|Rustem Umerov|Yulia Svyrydenko
Will Hurd|Rich Lowry|Long Nguyen|Mark Long|Grant Shapps|Chuck Grassley|Harry Reid
Rand Paul|Ron Paul|Mike Pence|Rob Bishop|Bob Marshall|Hope Hicks|Faith Ringgold
Joy Reid|Rush Limbaugh|Newt Gingrich|Brent Bozell|Bill Gates|Steve Jobs|Cory Booker
Sophie in 't Veld|Guy Verhofstadt|Paul van Dyk|Kees van der Berg|Ahmed Aboul Gheit
Mohammad Javad Zarif|Masoud Pezeshkian|Ebrahim Raisi|Hassan Rouhani|Abbas Araghchi
Cyril Ramaphosa|Jacob Zuma|Julius Malema|Bola Tinubu|Paul Kagame|Abiy Ahmed|William Ruto
Madonna|Lula|Pelé|Bono
Steve King|Angus King|Keith White|Janice Leader|Jim Justice|Erik Prince|Amy Pope|Mark Judge
Theresa May|Rex Early|Helen Weeks|Alex January|Allison Friday|Bernard August
Ray Kelly|Verlicia Shannon|Tonyanika Harris|Megyn Kelly|Lindsey Graham|Elizabeth Warren
Ma Ying-jeou|Chiang Kai-shek|Leung Chun-ying|Chen Shui-bian|Lin Chia-lung|Ko Wen-je
"""


def built_in() -> list[str]:
    """:data:`BUILT_IN`, one name per item."""
    return [n.strip() for line in BUILT_IN.strip().splitlines() for n in line.split("|")
            if n.strip()]


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


def bare_surname(name: str) -> str:
    """How news writes ``name`` on second reference: the surname with its particles ("de
    Blasio", "von der Leyen", "bin Salman"), the first word of a name written surname first
    ("Ban"), generational suffixes dropped ("King" of "Martin Luther King Jr.")."""
    words = name.replace(",", "").split()
    while len(words) > 1 and _fold(words[-1]) in NAME_SUFFIXES:
        words = words[:-1]
    if len(words) > 1 and surname_first(words):
        return words[0]
    k = len(words) - 1
    while k > 1 and (words[k - 1] in NAME_PARTICLES or words[k - 1] == "'t"):
        k -= 1  # ("Sophie in 't Veld": "in 't Veld")
    if k > 1 and words[k - 1] == "in" and words[k] == "'t":
        k -= 1
    return " ".join(words[k:])


def pronoun(name: str) -> str:
    """"she" when the first name is a woman's (the extractor's lexicons), else "he"."""
    first = name.split()[0]
    return "she" if (first_name_gender(name) or given_name_gender(first)) == "f" else "he"


_ENGLISH_FIRST = frozenset(
    """will rich ban long grant hope faith joy rush chuck mark rand rob bob bill cory guy
    moon park song lee young king rose may june sky dawn""".split())  # noqa: SIM905


def shapes(name: str) -> list[str]:
    """The shape tags of a name (a name may have several; "plain" when it has none)."""
    words = name.split()
    tags = []
    if len(words) == 1:
        tags.append("one word")
    if any(w in NAME_PARTICLES or w in {"in", "'t"} for w in words[1:]):
        tags.append("particle")
    if any(re.match(r"(?:al|el|Al|El)-", w) for w in words) or "bin" in words or "Al" in words:
        tags.append("arabic article")
    if any("-" in w for w in words) and "arabic article" not in tags:
        tags.append("hyphen")
    if any("'" in w or "’" in w for w in words):
        tags.append("apostrophe")
    if any(re.match(r"(?:Mc|Mac|De|La|Le|Di)[A-Z]", w) for w in words):
        tags.append("inner capital")
    if any(re.fullmatch(r"(?:[A-Z]\.)+", w) for w in words):
        tags.append("initials")
    if len(words) > 1 and _fold(words[-1].rstrip(",")) in NAME_SUFFIXES:
        tags.append("suffix")
    if not name.isascii():
        tags.append("accents")
    if len(words) > 1 and surname_first(words):
        tags.append("surname first")
    if words and words[0].lower() in _ENGLISH_FIRST:
        tags.append("english first word")
    if len(words) >= 3 and not tags:
        tags.append("three words")
    return tags or ["plain"]


def _official_names() -> dict[str, str]:
    """Folded alias of each tracked official -> the official's name ("zelensky" and
    "volodymyr zelensky" -> "Volodymyr Zelenskyy"): the registry's spelling of a name is the
    same person."""
    names: dict[str, str] = {}
    for official in default_registry().officials:
        for alias in (official.name, *official.aliases):
            names[fold(alias)] = official.name
    return names


OFFICIAL_NAMES = _official_names()


def _right(speaker: str | None, full: str) -> tuple[bool, bool]:
    """(exactly the full name, right by the scorers' rule: same last word, same first word
    when both have more than one); the registry's spelling of a tracked official counts as
    the name ("Volodymyr Zelenskyy" for "Volodymyr Zelensky", "JD Vance" for "J.D. Vance")."""
    if not speaker:
        return False, False
    if speaker == full or OFFICIAL_NAMES.get(fold(full)) == speaker:
        return True, True
    a = [_fold(w) for w in speaker.split() if _fold(w).rstrip(".") not in NAME_SUFFIXES]
    b = [_fold(w) for w in full.split() if _fold(w).rstrip(".") not in NAME_SUFFIXES]
    same = bool(a and b) and a[-1] == b[-1] and (len(a) == 1 or len(b) == 1 or a[0] == b[0])
    return False, same


def probe(extractor: Extractor, name: str) -> dict[str, Any]:
    """The speakers of the two quotes in each template, and whether they are right."""
    bare = bare_surname(name)
    out: dict[str, Any] = {}
    for key, lead in TEMPLATES.items():
        text = lead.format(full=name) + TAIL.format(bare=bare, pronoun=pronoun(name))
        found = {FIRST_QUOTE: None, SECOND_QUOTE: None}
        for s in extractor.extract(text, None):
            for needle in found:
                if needle in text[s.start : s.end]:
                    found[needle] = s.speaker
        out[key] = [(found[q], *_right(found[q], name)) for q in (FIRST_QUOTE, SECOND_QUOTE)]
    return out


def label_names() -> list[str]:
    """The named speakers of the develop halves of the labelled news sets (each member of a
    group)."""
    names = []
    for name in NEWS_SETS:
        for line in (ROOT / "data" / name / "labels.jsonl").read_text().splitlines():
            article = json.loads(line) if line.strip() else {}
            if article.get("half") != "develop":
                continue
            names += [name.strip() for s in article["statements"]
                      if s.get("named_person") and isinstance(s.get("speaker"), str)
                      for name in s["speaker"].split(";")  # (a group: "A; B")
                      if name.strip()[:1].isupper()]
    return names


def page_names(shared: Path, limit: int) -> list[str]:
    """The names of two words or more the extractor resolves by name on the first ``limit``
    unlabelled pages (articles of no label set): people, organisations dropped roughly."""
    labelled = {json.loads(line)["article_id"]
                for path in (ROOT / "data").glob("news*/labels.jsonl")
                for line in path.read_text().splitlines() if line.strip()}
    extractor = Extractor(default_registry(), unit="statement")
    names: list[str] = []
    seen = 0
    for part in PAGE_SETS:
        for line in (shared / "data" / part / "articles.jsonl").read_text().splitlines():
            article = json.loads(line)
            if article["id"] in labelled:
                continue
            seen += 1
            if seen > limit:
                return names
            names += [s.speaker for s in extractor.extract(article["text"], None)
                      if s.speaker and s.resolution in ("name", "alias")
                      and _person_like(s.speaker)]
    return names


def _person_like(name: str) -> bool:
    """Roughly a person's name: two to five words, each capitalised or a particle, no "and",
    no organisation's head word, no determiner first."""
    words = name.split()
    return 2 <= len(words) <= 5 and words[0] not in {"The", "A", "An"} and all(
        w[:1].isupper() or w in NAME_PARTICLES or w.startswith(("al-", "el-")) for w in words
    ) and not any(w.lower().rstrip("’s") in ORG_HEADS for w in words)


def main() -> int:
    """Probe the names and print the failure rates by shape and template."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--names", type=Path, help="a file of names, one a line")
    ap.add_argument("--labels", action="store_true",
                    help="add the named speakers of the news sets' develop halves")
    ap.add_argument("--pages", type=int, default=0,
                    help="add the names resolved on the first N unlabelled pages")
    ap.add_argument("--shared", type=Path, default=ROOT.parents[1] / "shared")
    ap.add_argument("--examples", type=int, default=EXAMPLES)
    ap.add_argument("--no-built-in", action="store_true")
    ap.add_argument("--failures", type=Path, help="write every failure here (JSON lines)")
    args = ap.parse_args()
    names: list[str] = [] if args.no_built_in else built_in()
    names += [o.name for o in default_registry().officials]
    if args.names:
        names += [n.strip() for n in args.names.read_text().splitlines() if n.strip()]
    if args.labels:
        names += label_names()
    if args.pages:
        names += page_names(args.shared, args.pages)
    names = list(dict.fromkeys(names))
    extractor = Extractor(default_registry())
    tried: Counter[tuple[str, str]] = Counter()
    wrong: Counter[tuple[str, str]] = Counter()
    scored_wrong: Counter[tuple[str, str]] = Counter()
    failing: dict[str, list[str]] = defaultdict(list)
    out = args.failures.open("w") if args.failures else None
    for name in names:
        tags = shapes(name)
        result = probe(extractor, name)
        bad = {}
        for key, pairs in result.items():
            for tag in (*tags, "all"):
                tried[tag, key] += 2
                wrong[tag, key] += sum(not exact for _, exact, _ in pairs)
                scored_wrong[tag, key] += sum(not scored for _, _, scored in pairs)
            if any(not exact for _, exact, _ in pairs):
                bad[key] = [speaker for speaker, _, _ in pairs]
        if bad:
            for tag in tags:
                failing[tag].append(f"{name} ({bare_surname(name)}): " + "; ".join(
                    f"{k} {v}" for k, v in bad.items()))
            if out:
                out.write(json.dumps({"name": name, "shapes": tags, "bare": bare_surname(name),
                                      "wrong": bad}, ensure_ascii=False) + "\n")
    if out:
        out.close()
    print(f"{len(names)} names; wrong speakers per shape and template, exact (scorer's rule)")
    by_tag = sorted({t for t, _ in tried}, key=lambda t: (t != "all", -tried[t, "open"]))
    print(f"{'shape':20} {'names':>5} " + " ".join(f"{k:>13}" for k in TEMPLATES))
    for tag in by_tag:
        print(f"{tag:20} {tried[tag, 'open'] // 2:5d} " + " ".join(
            f"{wrong[tag, k]:6d} ({scored_wrong[tag, k]:4d})" for k in TEMPLATES))
    for tag in by_tag:
        if failing[tag] and args.examples:
            print(f"\n{tag}: {len(failing[tag])} names with a wrong speaker")
            for line in failing[tag][: args.examples]:
                print("  ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
