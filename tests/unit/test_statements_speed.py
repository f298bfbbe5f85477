"""The statement rules made faster (issue 13): each shortcut gives what the plain code gave.

Each test compares a fast path with the straightforward computation it replaced, on cases
where a careless shortcut would differ."""

from __future__ import annotations

import random
import re
import unicodedata
from itertools import pairwise
from typing import Any

import pytest

from monitor.statements import Extractor, Official, Registry, Role, default_registry
from monitor.statements import extract as E
from monitor.statements import lexicon as lx
from monitor.statements import quotes as Q
from monitor.statements import resolution as R
from monitor.statements.officials import _WORD, _key, _separator, _words, fold
from monitor.statements.quotes import Token, find_quotes, in_quote, split_units
from monitor.statements.resolution import Discourse, _unpossessed


def _slow_cap(tok: Token) -> bool:
    """The capitalised-word test as the rules computed it on every call before."""
    if tok.kind != "w" or not (tok.text[0].isupper() or tok.text[0].isdigit()):
        return False
    return "-" not in tok.text or all(p[:1].isupper() or p[:1].isdigit()
                                      for p in tok.text.split("-") if p)


@pytest.mark.parametrize("kind,text", [
    ("w", "Trump"), ("w", "trump"), ("w", "2016"), ("w", "State-linked"), ("w", "Al-Assad"),
    ("w", "US-Ukraine"), ("w", "-Foo"), ("w", "Foo--bar"), ("p", "."), ("q", "“Q”"),
    ("w", "Éric"), ("w", "Ünited-states"),
])
def test_token_cap_is_the_old_test(kind: str, text: str) -> None:
    tok = Token(kind, text, 0, len(text))
    assert tok.cap == _slow_cap(tok)


def test_lowering_keeps_each_characters_length_and_class() -> None:
    """What :func:`monitor.statements.officials._words` relies on to lower a text once: a
    character that lowers to one character keeps its class (word character or not, one of
    the separators or not). Checked on every code point of this Python's Unicode tables."""
    separators = "’'.-"
    for code in range(0x110000):
        ch = chr(code)
        low = ch.lower()
        if len(low) != 1:
            continue  # such a text is lowered word by word
        assert ch.isalnum() == low.isalnum(), hex(code)
        assert (ch == "_") == (low == "_"), hex(code)
        assert (ch in separators) == (low in separators), hex(code)


@pytest.mark.parametrize("text", [
    "President Donald Trump’s aides met Sen. Ted Cruz in the U.S. capital.",
    "İstanbul's mayor said ΟΔΟΣ:Α and ΟΔΟΣ it",  # a length change, a sigma: word by word
    "ΟΔΟΣ:Α the Σ", "Łódź, Ærø and São Paulo", "a..b c.d e-f g’h ’’ x__y",
])
def test_words_are_the_keys_word_by_word(text: str) -> None:
    keys, matches = _words(text)
    expected = [(m.span(), _key(m.group())) for m in _WORD.finditer(text)]
    assert [(m.span(), k) for m, k in zip(matches, keys, strict=True)] == expected


def _slow_find(registry: Registry, text: str) -> list[tuple[int, int, str]]:
    """Registry.find as it was: each form of the first word's, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for form in registry.surface_forms():
        keys = tuple(_key(w) for w in _WORD.findall(form))
        if keys and keys not in index.setdefault(keys[0], []):
            index[keys[0]].append(keys)
    for forms in index.values():
        forms.sort(key=len, reverse=True)
    words = [(m.start(), m.end(), _key(m.group())) for m in _WORD.finditer(text)]
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        matched = 0
        for form in index.get(words[i][2], []):
            n = len(form)
            if i + n <= len(words) and all(words[i + k][2] == form[k] for k in range(1, n)) \
                    and all(_separator(text[words[i + k - 1][1] : words[i + k][0]])
                            for k in range(1, n)):
                matched = n
                break
        if matched:
            start, end = words[i][0], words[i + matched - 1][1]
            found.append((start, end, text[start:end]))
            i += matched
            continue
        owner = _slow_possessor(index, text, words, i)
        if owner:  # "Trump's": the name before the possessive (round 11)
            start, end = words[i][0], words[i + owner - 1][1] - 2
            found.append((start, end, text[start:end]))
            i += owner
        else:
            i += 1
    return found


def _slow_possessor(index: dict[str, list[tuple[str, ...]]], text: str,
                    words: list[tuple[int, int, str]], i: int) -> int:
    """The words of a form whose last word carries a possessive the form lacks, or 0."""
    for form in index.get(words[i][2].removesuffix("'s"), []):
        n = len(form)
        if i + n > len(words) or not words[i + n - 1][2].endswith("'s"):
            continue
        keys = [w[2] for w in words[i : i + n]]
        keys[-1] = keys[-1].removesuffix("'s")
        if keys == list(form) and all(_separator(text[words[i + k - 1][1] : words[i + k][0]])
                                      for k in range(1, n)):
            return n
    return 0


def _registry() -> Registry:
    return Registry((
        Official("trump", "Donald Trump", aliases=("Trump", "Donald J. Trump")),
        Official("ab", "Anna Bell Cole", aliases=("Anna Bell", "Bell Cole Senior")),
        Official("sec", "Marco Rubio", roles=(Role(("Secretary of State",)),)),
        Official("pm", "Keir Starmer", roles=(Role(("Prime Minister", "the Prime Minister of "
                                                    "the United Kingdom")),)),
    ))


@pytest.mark.parametrize("text", [
    "Donald J. Trump met Donald Trump and Trump.",
    "Anna Bell Cole, Anna Bell, Anna Bell, Cole and Bell Cole Senior spoke.",
    "Anna Bell Cole Senior", "Anna  Bell. Cole", "Anna Bell-Cole", "the Secretary of the State",
    "The Prime Minister of the United Kingdom, the Prime Minister of France and the Prime",
    "Secretary of State Marco Rubio told Prime Minister Keir Starmer",
    "Trump's aide, Anna Bell Cole's office and the Prime Minister's plane",
])
def test_find_is_the_longest_form_first_walk(text: str) -> None:
    registry = _registry()
    assert registry.find(text) == _slow_find(registry, text)


def test_find_on_random_word_salad() -> None:
    registry = _registry()
    vocabulary = ["Donald", "J.", "Trump", "Anna", "Bell", "Cole", "Senior", "the", "Prime",
                  "Minister", "of", "United", "Kingdom", "Secretary", "State", "said",
                  "Trump's", "Cole’s", "Bell's", "Minister's"]
    gaps = [" ", "  ", ". ", ", ", "-", "\n", " . "]
    rng = random.Random(13)
    for _ in range(400):
        text = "".join(rng.choice(vocabulary) + rng.choice(gaps) for _ in range(12))
        assert registry.find(text) == _slow_find(registry, text), text


def test_in_quote_is_any_span_holding_the_offset() -> None:
    texts = [
        "He said “one. two” and ''three'''' four'' then \"five\n\nsix\" “seven",
        "“A,” he said. “B.\n\n“C.” ''D'''' E'' F ''''G''",
        "No quotes at all.",
    ]
    for text in texts:
        quotes = find_quotes(text)
        spans = [(q.open_at, q.close_at) for q in quotes]
        opens = [a for a, _ in spans]
        for pos in range(len(text) + 2):
            assert in_quote(spans, opens, pos) == any(a < pos < b for a, b in spans), (
                text, pos)


def test_tokens_never_overlap_and_absorb_abbreviation_dots() -> None:
    text = "Sen. Ted Cruz said.Trump “Q. R,” Mr. F.B.I. agents in the U.S. said."
    units = split_units(text, find_quotes(text))
    tokens = [t for u in units for t in u.tokens]
    assert all(a.end <= b.start for a, b in pairwise(tokens))
    assert [t.text for t in tokens][:6] == ["Sen.", "Ted", "Cruz", "said", ".", "Trump"]
    assert re.sub(r"\s", "", "".join(t.text for t in tokens)) == re.sub(r"\s", "", text)


def test_loading_the_model_freezes_the_heap() -> None:
    """What is alive when the model is loaded stays out of later collections (with the
    model, a full collection went over its objects again and again)."""
    import gc

    from monitor.statements import parser as P

    gc.unfreeze()
    try:
        P._freeze_heap()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def _slow_cues(ex: Any, toks: list[Token], headline: bool = False) -> list[Any]:
    """Extractor._cues as it was: every token tried as a cue's start."""
    cues: list[Any] = []
    n = len(toks)
    k = 0
    while k < n:
        tok = toks[k]
        if tok.kind != "w":
            k += 1
            continue
        if tok.low == "according" and k + 1 < n and toks[k + 1].low == "to":
            cues.append(E._Cue(k, k + 2, "according to", "according"))
            k += 2
            continue
        chain = ex._chain(toks, k)
        if chain is not None:
            cues.append(chain)
            k = chain.j
            continue
        matched = False
        for size in (4, 3, 2) if tok.low in E._MULTIWORD_FIRST else ():
            if k + size <= n:
                phrase = " ".join(t.low for t in toks[k : k + size])
                if phrase in lx.CUES:
                    lemma, kind = lx.CUES[phrase]
                    cues.append(E._Cue(k, k + size, lemma, kind))
                    k += size
                    matched = True
                    break
        if matched:
            continue
        entry = lx.CUES.get(tok.low)
        if entry is not None and k and toks[k - 1].low == "of":
            entry = None
        if entry is not None and tok.low in E._PARTICIPLES_BEFORE_OF and k + 1 < n and \
                toks[k + 1].low == "of":
            entry = None  # ("men suspected of planning attacks": round 21's rule, mirrored)
        if entry is not None and E._noun_form(toks, k):
            entry = None
        if entry is not None and tok.low == "wonder" and k and toks[k - 1].low == "no":
            entry = None
        if entry is not None and entry[0] == "continue" and k + 2 < n and \
                toks[k + 1].low == "to" and toks[k + 2].low not in lx.CUES:
            entry = None
        if entry is not None and (not tok.text[0].isupper() or (
            tok.low in lx.INVERTING and (k == 0 or toks[k - 1].kind == "q")
        ) or (headline and tok.low in E._HEADLINE_CUES and 0 < k < n - 1)):
            cues.append(E._Cue(k, k + 1, entry[0], entry[1]))
        k += 1
    return cues


def test_cues_start_only_at_cue_words() -> None:
    """Extractor._cues looks only at the tokens in ``_CUE_STARTS``: the same cues as trying
    every token, for every cue, chain verb and phrase cue of the lexicon, in a sentence and
    capitalised in a headline, each after another cue and overlapping one."""
    ex = Extractor(default_registry())
    words = sorted({*lx.CUES, *lx.CHAIN_FORMS, "according to"})
    rng = random.Random(5)
    for k, cue in enumerate(words):
        other = words[(k * 7 + 3) % len(words)]
        for text in (f"Officials {cue} to deny that “it is,” {other} the mayor.",
                     f"No wonder Ms. Lee {cue} {other} to the end of {cue} it.",
                     f"Clinton {cue.title()} Russians {other.title()} To Act",
                     " ".join(rng.sample([cue, other, "to", "say", "the", "of", "“Q,”",
                                          "according", "he"], 9))):
            toks = [t for u in split_units(text, find_quotes(text)) for t in u.tokens]
            for headline in (False, True):
                assert ex._cues(toks, headline) == _slow_cues(ex, toks, headline), text


_LONE_PIECES = ["and", "the", "in", "said", ",", "Smith", "Smith's", "Smith’s", "Jones", "Ab",
                "x", "Lee", "of", "officials", "at", "\u00a0", "Professor", "Nega", "iPhone"]


@pytest.mark.parametrize("text", [
    "said Smith and Jones and Brown and Lee met, Lee said",  # a chain: "and" taken by turns
    "said Smith and Jones\u00a0and\u00a0Brown and  Lee", "x said Smith's Office, Office and Kay",
    "in Nega, Nega said. a Nega's b Nega", "Professor Nega and Berhanu Nega met; said Nega",
    "so Abc's def Ghi jk Lmn's op Qrs", ", Abc de, Fgh ij Klm no Pqr st Uvw",
    "iPhone Smith said Smith x", "in Smith’s house, at Smith", "McDonald Smith, Old McDonald",
])
def test_lone_before_is_the_whole_texts_lone_words(text: str) -> None:
    """Discourse.lone_before(word) looks only where the word is written: the entry of
    lone_words (a scan of the whole text whose matches do not overlap) for every word."""
    _assert_lone_before(default_registry(), text)


def test_lone_before_on_random_word_salad() -> None:
    rng = random.Random(11)
    registry = default_registry()
    for _ in range(400):
        _assert_lone_before(registry, " ".join(rng.choice(_LONE_PIECES)
                                               for _ in range(rng.randint(1, 14))))


def _assert_lone_before(registry: Registry, text: str) -> None:
    discourse = Discourse(registry, None, text)
    lone = discourse.lone_words()
    written = re.findall(r"[A-Z][\w’'-]*", text)
    for word in {*written, *map(_unpossessed, written), *lone}:
        assert discourse.lone_before(word) == lone.get(word), (text, word)


def test_lone_openers_name_no_one_by_the_full_steps(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word of ``_NO_NAME_ALONE`` (which ``_name_run`` answers with None at once), alone
    in a run, capitalised or in capitals, at a sentence's start, after "former", "of" or a
    locative and before a comma, gets None from the function's full steps too."""
    words = sorted(R._NO_NAME_ALONE)
    monkeypatch.setattr(R, "_NO_NAME_ALONE", frozenset())
    registry = default_registry()
    for word in words:
        for form in (word[:1].upper() + word[1:], word.upper()):
            for text in (f"{form} said so.", f"the former {form}, 42, said", f"city of {form}",
                         f"in {form}, he said"):
                discourse = Discourse(registry, None, text)
                toks = split_units(text, find_quotes(text))[0].tokens
                at = next(k for k, t in enumerate(toks) if t.text == form)
                assert discourse._name_run(toks, at, at + 1) is None, (word, text)


# speed23: regexes rewritten to open with a character set; the patterns they replaced
_OLD_PATTERNS = {
    # (with the 27th session's reversed and spaced openers: "”" among the openers, " " among
    # the spaces after one)
    "boundary": r"[.!?…]+[\"”’'»)\]]*(?=\s+(?:[-–—•]\s+)?(?:''|``|[\"“”‘'«(\[]){0,2}"
                r"[ \u200a\u200b\u2009\u202f\ufeff]?[A-Z0-9])|[.!?…]+[\"”»](?=[A-Z][a-z])",
    "mark": r"''|``|[\"“”„«»]",
    "capital_pair": r"\b([A-Z][a-z]+)\s+([A-Z][\w’'-]*)",
    "token": r"\d{1,2}:\d{2}(?=\s*[aApP]\.?[mM]\b)|[^\W_]+(?:[’'.\-&][^\W_]+)*|--|[^\w\s]",
}
# pieces that make each pattern match, fail and backtrack: runs of end marks, closing marks,
# openers, the odd spaces, capitals, possessives, underscores
_REGEX_PIECES = [".", "!", "?", "…", "...", "?!", "\"", "”", "’", "'", "»", ")", "]", "“", "‘",
                 "«", "(", "[", "''", "``", "„", " ", "  ", "\n", "\u200a", "\u202f", "- ",
                 "— ", "• ", "A", "Ab", "Trump", "he", "X", "7", "_", "said", "O'Neil", "Al-X",
                 "MacD’s", "x", "4:01", "12:30", "PM", " pm", "a.m.", ":", "1", "--", "---", "&",
                 "é", "Ω", "²", "٣"]


@pytest.mark.parametrize("name,new", [("boundary", lambda: Q._BOUNDARY),
                                      ("mark", lambda: Q._MARK),
                                      ("capital_pair", lambda: R._CAPITAL_PAIR),
                                      ("token", lambda: Q._TOKEN)])
def test_rewritten_regexes_match_as_before(name: str, new: Any) -> None:
    old, pattern = re.compile(_OLD_PATTERNS[name]), new()
    rng = random.Random(23)
    for _ in range(3000):
        text = "".join(rng.choice(_REGEX_PIECES) for _ in range(rng.randint(1, 16)))
        assert [(m.span(), m.groups()) for m in old.finditer(text)] == [
            (m.span(), m.groups()) for m in pattern.finditer(text)], (name, text)
        a, b = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        assert [m.span() for m in old.finditer(text, a, b)] == [
            m.span() for m in pattern.finditer(text, a, b)], (name, text, a, b)


def test_he_or_she_in_is_the_search() -> None:
    """``Discourse._he_or_she_in`` (one scan of the text) answers what ``_HE_OR_SHE.search``
    over the range answered, also where a word character follows the range ("he_")."""
    pieces = ["he", "He", "HE", "she", "She", "SHE", "s", "h", "e", "the", "shed", "_", " ",
              ".", "’", "x", "\n"]
    rng = random.Random(5)
    registry = default_registry()
    for _ in range(800):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        discourse = Discourse(registry, None, text)
        for a in range(len(text) + 2):
            for b in range(a, len(text) + 2):
                assert discourse._he_or_she_in(a, b) == (
                    R._HE_OR_SHE.search(text, a, b) is not None), (text, a, b)


def test_fold_of_ascii_is_the_full_fold() -> None:
    """``fold``'s ASCII shortcut skips NFKD and the combining marks: neither changes ASCII."""
    for code in range(128):
        ch = chr(code)
        assert unicodedata.normalize("NFKD", ch) == ch and not unicodedata.combining(ch)
    assert fold.__wrapped__("Mr. O’Neil  Jr.") == "mr o'neil jr"
    assert fold.__wrapped__("José  Martí.") == "jose marti"


def test_answer_words_bound_the_answer_labels() -> None:
    """find_interview's early exit: a text has at least as many ``_ANSWER_WORD`` matches as
    ``ANSWER_LABEL`` ones, so fewer than two of them means no transcript."""
    pieces = ["A", "Answer", ":", ".", " ", "\t", "\n", "Q", "x", "A:", "A: ", "\nA. "]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        assert len(R._ANSWER_WORD.findall(text)) >= len(R.ANSWER_LABEL.findall(text)), text
