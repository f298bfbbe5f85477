"""Speaker phrases: where the text names who spoke.

:func:`speaker_left` and :func:`speaker_right` find the speaker phrase beside a cue ("Foreign
Ministry spokeswoman Maria Zakharova accusing", "..., said Peskov"); :func:`subject` finds a
clause's subject; :func:`name_tokens` the name inside a phrase. Who a phrase means is decided
in :mod:`monitor.statements.resolution`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.statements import lexicon as lx
from monitor.statements.givennames import first_name_gender, given_name_gender
from monitor.statements.names import COUNTRIES, REGIONS
from monitor.statements.quotes import Token

MIN_SHOUTED_LETTERS = 5  # all-capital words this long are headline shouting (NATO, EU pass)
# ... when a neighbouring word is in capitals too: one such word among others in title case
# is an acronym that names something ("NAACP President Derrick Johnson", "UC-AFT President")
MIN_ADVERB_LETTERS = 6  # "Publicly," is an adverb; "Kelly," or "Daly," (5 letters or less) names
MAX_SPEAKER_TOKENS = 12  # longest speaker phrase kept; longer runs are clauses, not names
_NATIONALITY_SUFFIXES = ("ian", "ese", "ish", "ean", "i")


@dataclass(frozen=True, slots=True)
class Phrase:
    """A speaker phrase: tokens ``[i, j)`` of a unit, and how it was found.

    ``core`` ends the part that names the speaker, before an apposition ("Cruz, who has
    proposed ..., said": the phrase runs to the second comma, the core is "Cruz").
    """

    i: int
    j: int
    how: str  # "left" | "right" | "subject" | "relative" | "pronoun" | "object" (quoted as)
    start: int
    end: int
    core: int = -1

    @property
    def core_end(self) -> int:
        """Index past the last token of the naming part."""
        return self.j if self.core < 0 else self.core


def _is_cap(tok: Token) -> bool:
    """A capitalised word or a number ("Al-Assad", "US-Ukraine"; not "State-linked"): the
    token's :attr:`~monitor.statements.quotes.Token.cap`, worked out when it was made."""
    return tok.cap


_AGENT_SUFFIXES = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ant", "ants",
                   "man", "men")
# -er/-or words that are not people
_NOT_AGENTS = frozenset(
    {"longer", "never", "other", "others", "rather", "either", "neither", "whether", "however",
     "further", "together", "over", "under", "after", "ever", "later", "earlier", "better",
     "faster", "larger", "greater", "higher", "lower", "older", "younger", "bigger", "smaller",
     "wider", "stronger", "weaker", "harder", "easier", "closer", "matter", "number", "order",
     "power", "paper", "letter", "border", "corner", "career", "water", "summer", "winter",
     "center", "centre", "member", "manner", "cancer", "chamber", "quarter", "error", "terror",
     "honor", "honour", "favor", "favour", "labor", "labour", "sector", "factor", "vigor",
     "behavior", "behaviour", "humor", "rumor", "rumour", "tumor", "mirror", "minor", "major",
     "meanwhile", "anymore", "elsewhere", "woman", "human", "german", "roman", "ordinary",
     "important", "significant", "relevant", "constant", "distant", "vacant", "pleasant",
     # a verb and adjectives in -ant ("assimilation meant embracing" had the speaker "meant";
     # twenty-ninth session)
     "meant", "brilliant", "elegant", "arrogant", "instant", "dominant", "reluctant",
     "hesitant", "defiant", "vibrant", "rampant", "blatant", "ignorant", "abundant",
     "redundant", "tolerant", "stagnant", "dormant", "indignant", "irrelevant",
     "insignificant", "unpleasant", "extravagant", "flagrant", "poignant", "jubilant",
     "triumphant", "observant", "compliant", "resonant", "buoyant", "gallant", "exorbitant",
     "incessant", "recalcitrant", "nonchalant", "flamboyant", "predominant", "expectant"}
)


# nouns for a person that the agent suffixes miss ("the retired neurosurgeon said", "the former
# first lady said", "the reality TV star said")
EPITHET_NOUNS = frozenset(
    {"neurosurgeon", "surgeon", "doctor", "physician", "lady", "star", "magnate", "celebrity",
     "comedian", "entrepreneur", "veteran", "politician", "statesman", "incumbent",
     "frontrunner", "front-runner", "hopeful", "rival", "newcomer", "outsider", "socialist",
     "populist", "libertarian", "president-elect", "premier-elect", "heiress", "tycoon",
     "mogul", "billionaire", "millionaire", "businesswoman", "congresswoman", "candidate",
     "nominee", "wife", "husband", "daughter", "son", "mother", "father", "widow", "mp", "mla",
     "pope", "pontiff", "donor", "megadonor", "philanthropist", "financier", "investor",
     # athletes by their position ("Auston Matthews said ... “Q,” the centre said";
     # nineteenth session)
     "centre", "goaltender", "goalie", "defenceman", "defenseman", "winger", "striker",
     # a title won ("said four-time champion Max Verstappen"; twenty-second session)
     "champion",
     # kin the lexicon lacked ("The dead boy's uncle on Tuesday said" was "Tuesday")
     "uncle", "aunt", "cousin", "nephew", "niece",
     "midfielder", "quarterback", "pitcher", "shortstop", "outfielder", "linebacker",
     "sprinter", "swimmer", "skater", "golfer",
     # people known by whom they stand beside ("a classmate of the victim said")
     "classmate", "classmates", "teammate", "teammates", "roommate", "roommates",
     "schoolmate", "schoolmates", "housemate", "flatmate", "bandmate"}
)
# lower-case modifiers of such a noun that the lexicon's list lacks ("the prime minister")
_EXTRA_MODIFIERS = frozenset({"prime", "first", "retired", "real", "estate", "reality", "tv",
                              "outspoken", "embattled", "two-term", "first-term", "one-time",
                              # a post not yet held ("Trump’s potential VP then revealed", "the
                              # firm’s prospective buyer said"): a modifier of the title, not the
                              # noun "potential" ending the phrase before it (desc36)
                              "potential", "possible", "prospective", "presumptive",
                              "would-be", "eventual"})


# heads of a speaker phrase that are no speaker noun of a name ("Media Matters" stays a
# name): the press as one source ("Russian state media said", "local media reported")
_HEAD_ONLY_NOUNS = frozenset({"media"})


def nounish(low: str) -> bool:
    """A lower-case word that can head a speaker phrase ("lobbyists", "radioman")."""
    if low in lx.SPEAKER_NOUNS or low in lx.EVIDENCE_NOUNS or low in EPITHET_NOUNS or (
            low in _HEAD_ONLY_NOUNS):
        return True
    return len(low) > 4 and low.endswith(_AGENT_SUFFIXES) and low not in _NOT_AGENTS


def _pronoun_of(low: str) -> str | None:
    """'he' for "he", "he's", "he’d" (contractions keep their pronoun)."""
    if "'" not in low and "’" not in low:  # (most words: the word itself, nothing to cut)
        return low if low in lx.PRONOUNS else None
    base = low.replace("’", "'").split("'")[0]
    return base if base in lx.PRONOUNS else None


def _shouted(toks: list[Token], k: int) -> bool:
    """True when word ``k`` is part of a run in capitals ("TRUMP ADMIN FIGHTS ORDER"): a
    headline shouting, not an acronym among title-case words ("NAACP President ...")."""
    tok = toks[k]
    if len(tok.text) < MIN_SHOUTED_LETTERS or not tok.text.isupper():
        return False
    for step in (-1, 1):  # the next word either way, over one punctuation mark
        n = k + step
        if 0 <= n < len(toks) and toks[n].kind == "p":
            n += step  # "VICTORIA, B.C. -": a dateline
        if 0 <= n < len(toks) and toks[n].kind == "w" and toks[n].text.isupper() and len(
                toks[n].text) > 1:
            return True
    return False


def _np_word(toks: list[Token], k: int) -> bool:
    tok = toks[k]
    if tok.kind != "w":
        return False
    if _shouted(toks, k):
        return False  # "TRUMP ADMIN FIGHTS ORDER": a headline in capitals, not a name
    low = tok.low
    if low in lx.NP_BOUNDARY and not (low in _NAME_LIKE_WORDS and tok.text[:1].isupper()):
        return False  # ("Theresa May", "Will Hurd": names, not the modals)
    if _is_cap(tok):
        return True
    base = low.removesuffix("’s").removesuffix("'s")
    return (
        low in lx.DETERMINERS
        or base in lx.NP_MODIFIERS
        or base in _EXTRA_MODIFIERS
        or nounish(base)
        or low.endswith(("-old", "-time", "-term"))  # ("four-time champion", "two-term")
        or low in _NUMBER_WORDS
        # "the region's governor", "the city's mayor": a common noun's possessive after "the"
        or (low != base and base.isalpha() and k > 0 and toks[k - 1].low in {"the", "this",
                                                                             "that"})
        # "the anti-Trump National Review", "a pro-Kremlin channel": a stance's modifier
        or (low.startswith(_STANCE_PREFIXES) and low.split("-", 1)[1][:1].isalpha())
        # "said Florida-based Republican strategist Al Cardenas": a place's modifier (title33)
        or (tok.text[:1].isupper() and low.endswith(_PLACED_ENDINGS)
            and low.split("-", 1)[0].isalpha())
    )


_STANCE_PREFIXES = ("anti-", "pro-")
# endings of a capitalised compound that places a person ("Florida-based strategist",
# "Ottawa-born economist"): a modifier in a speaker phrase, as a place's adjective is
_PLACED_ENDINGS = ("-based", "-born")


_NAME_LIKE_WORDS = frozenset({"may", "will", "so"})  # capitalised, names ("Theresa May")
_NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
     "dozen", "hundred", "hundreds", "thousands", "majority", "plurality"}
)


# words for a share of a group before "of" ("one of the lawyers", "most of his aides"),
# besides the numbers
_SHARE_WORDS = frozenset({"some", "many", "most", "several", "few", "none", "each", "both",
                          "all"})


def _share_word(low: str) -> bool:
    """Does ``low`` name a share of a group ("one", "most", "half") before "of"?"""
    return low in _NUMBER_WORDS or low in _SHARE_WORDS


def per_cent_at(toks: list[Token], j: int) -> bool:
    """Does "per cent" end right before ``j`` ("58 per cent of voters"): the percent of
    Canadian, British and Australian style, two words?"""
    return j >= 2 and toks[j - 1].low == "cent" and toks[j - 2].low == "per"


def _is_number(tok: Token) -> bool:
    return tok.kind == "w" and (tok.low in _NUMBER_WORDS or tok.low.isdigit() or (
        "-" in tok.low and all(p in _NUMBER_WORDS for p in tok.low.split("-"))))  # sixty-seven


def _valid_head(tok: Token) -> bool:
    low = tok.low
    if _is_number(tok):
        return not low.isdigit()  # "two in three said"; "280 pledged delegates" is no one
    if low.endswith(("’s", "'s")):
        return False
    if low in lx.PRONOUNS:
        return True
    if _is_cap(tok):
        return low not in lx.SENTENCE_OPENERS and low not in lx.DETERMINERS
    return nounish(low) or low.endswith(_AGE_HEADS)


# a person by their age heads a phrase ("The 18-year-old told police", "the 34-year-olds")
_AGE_HEADS = ("-year-old", "-year-olds")


def _make(toks: list[Token], i: int, j: int, how: str, core: int = -1) -> Phrase:
    i = _run_in_start(toks, i, j)
    return Phrase(i, j, how, toks[i].start, toks[j - 1].end, core if core >= i else -1)


def _run_in_start(toks: list[Token], i: int, j: int) -> int:
    """Where a speaker phrase really starts when a page ran a headline or a caption into the
    sentence without a stop ("Pay Dispute The University of Zimbabwe said", "Image 10 of 33
    A shooting", "ON AID The ministry said"): at a capitalised "The" right after a capitalised
    word or a number (or "A"/"An" right after a number). Written prose puts "The" of a name
    after a lower-case word ("reported by The Times", "newspaper The National") or after a
    possessive ("CNN's The Lead"), which stay."""
    for m in range(j - 2, i, -1):
        tok, before = toks[m], toks[m - 1]
        if tok.kind != "w" or tok.text not in _RUN_IN_DETERMINERS or before.kind != "w":
            continue
        after_number = before.text[:1].isdigit()
        if (tok.text == "The" and _is_cap(before) and not before.low.endswith(("’s", "'s", "’"))
                and before.low not in lx.DETERMINERS) or after_number:
            return m
    return i


# determiners that open a new noun phrase where a run-in headline ends (see _run_in_start)
_RUN_IN_DETERMINERS = frozenset({"The", "A", "An"})


MAX_APPOSITION_TOKENS = 40  # ", a top GOP operative who played a major role in ... state," fits
# appositions that say when or how, not who
_CIRCUMSTANCE_OPENERS = frozenset(
    {"in", "on", "at", "during", "after", "before", "for", "with", "without", "however",
     "meanwhile", "though", "too", "also", "then", "now", "still", "once", "again", "asked",
     "later", "earlier"}
)
_APPOSITION_OPENERS = frozenset(
    {"who", "which", "whose", "a", "an", "the", "himself", "herself", "in", "on", "at",
     "during", "after", "before", "for", "with", "without", "however", "meanwhile", "though",
     "too", "also", "then", "now", "still", "once", "again", "like", "unlike", "asked",
     "later", "earlier"}
)


_INNER_PREPOSITIONS = frozenset({"of", "at", "for", "from", "with", "in", "on", "to"})
_PREPOSITIONS = frozenset(
    {"in", "on", "at", "after", "before", "during", "with", "without", "for", "by", "from",
     "under", "over", "since", "among", "despite", "unlike", "like", "amid", "upon", "within",
     "across", "toward", "towards", "following", "throughout", "until"}
)
# adverbial phrases between a subject and its verb ("have in the past said")
_ADVERBIAL_PHRASES = (("in", "general"), ("in", "the", "past"), ("in", "recent", "days"),
                      ("in", "recent", "weeks"), ("in", "recent", "months"),
                      ("in", "recent", "years"), ("in", "turn"), ("in", "fact"),
                      ("of", "course"), ("at", "times"), ("for", "years"))
# "a poll released Tuesday found": the participle after a document is not its speaker
_RELEASED = frozenset({"released", "published", "conducted", "issued", "taken", "out"})
_ADVERBIAL_ENDS = frozenset(a[-1] for a in _ADVERBIAL_PHRASES)
_LONG = frozenset({"long", "just", "even", "ever"})  # "have long insisted": not the speaker
_AUXILIARIES = frozenset({"has", "have", "had", "was", "is", "were", "are", "will", "would",
                          "could", "should", "may", "might", "must", "can", "did", "does", "do"})
# negated auxiliaries between a speaker and the cue ("he didn’t say", "The mayor doesn’t
# think"): skipped like "did" and "not", not part of the speaker phrase
_NEGATED_AUXILIARIES = frozenset(
    {"didn't", "don't", "doesn't", "hasn't", "haven't", "hadn't", "can't", "cannot", "won't",
     "wouldn't", "couldn't", "shouldn't", "isn't", "wasn't", "aren't", "weren't", "mustn't"})
def negated_auxiliary(tok: Token) -> bool:
    """Is ``tok`` one of :data:`_NEGATED_AUXILIARIES` ("didn't", "won’t"), either apostrophe?"""
    return tok.kind == "w" and tok.low.replace("’", "'") in _NEGATED_AUXILIARIES


# capitalised sentence adverbs before a comma: "Likewise, Trump went after ...", not a subject
_OPENING_ADVERBS = frozenset({"likewise", "perhaps", "similarly", "instead", "yes", "no",
                              "well", "indeed", "ultimately", "notably", "again", "rather",
                              "wow", "look", "watch", "breaking", "exclusive", "update"})
MIN_DATELINE_LETTERS = 3  # "BUENA PARK," "OTTAWA": a place in capitals opening the text


def _dateline(toks: list[Token], k: int) -> bool:
    """'BUENA PARK, Calif. - ...', 'ORLANDO, Fla. (Reuters) -': token ``k`` is the region
    of a dateline (after a place in capitals and a comma, before a dash or a bracket)."""
    if k < 2 or toks[k - 1].low != "," or not (
            toks[k - 2].text.isupper() and len(toks[k - 2].text) >= MIN_DATELINE_LETTERS):
        return False
    m = k
    while m < len(toks) and m - k < MAX_DATELINE_REGION and toks[m].low not in _DATELINE_ENDS:
        m += 1
    return m < len(toks) and toks[m].low in _DATELINE_ENDS


MAX_DATELINE_REACH = 10  # "KYIV, Ukraine, Dec 8 (Reuters) -": the dash comes this early
DATELINE_DASHES = frozenset({"-", "—", "–", "--", "―"})  # (and the horizontal bar)


def dateline_end(toks: list[Token]) -> int:
    """Past the dash of a dateline that opens the sentence ("MOSCOW (Reuters) -", "KYIV, Dec
    8 (AP) —"): its place and the agency that filed the story are no one a later "the
    company" or "the agency" stands for (twenty-second session); 0 when there is none. A
    wire's credit alone opens it too: "(AFP) —", "(CNN) -" (desc30)."""
    if len(toks) > 4 and toks[0].text == "(" and toks[1].kind == "w" and (
            toks[1].text.isupper()) and toks[2].text == ")" and toks[3].low in DATELINE_DASHES:
        return 4
    if not toks or toks[0].kind != "w" or not (
            toks[0].text.isupper() and len(toks[0].text) >= MIN_DATELINE_LETTERS):
        return 0
    return next((m + 1 for m in range(1, min(len(toks) - 1, MAX_DATELINE_REACH))
                 if toks[m].low in DATELINE_DASHES), 0)


def _dateline_place(toks: list[Token], k: int) -> bool:
    """'KYIV, Dec. 8 (Reuters) -', 'WASHINGTON (AP) -': token ``k`` is the place in capitals
    that opens a dateline (a comma and a region or date before a dash or a bracket, or the
    bracket right after it)."""
    if k != 0 or len(toks) < 3 or not (toks[0].text.isupper() and len(toks[0].text) >= (
            MIN_DATELINE_LETTERS)):
        return False
    m = 1
    while m < len(toks) and m <= MAX_DATELINE_PLACE and toks[m].kind == "w" and (
            toks[m].text.isupper()):
        m += 1  # ("BUENA PARK", "NEW YORK")
    return m < len(toks) and (toks[m].low in _DATELINE_ENDS or (
        toks[m].low == "," and _dateline(toks, m + 1)))


MAX_DATELINE_PLACE = 3  # words of a place in capitals ("SALT LAKE CITY")
_DATELINE_ENDS = frozenset({"-", "—", "–", "--", "("})
MAX_DATELINE_REGION = 4  # "Calif.", "N.Y.", "B.C.": a few tokens at most


def _in_number(toks: list[Token], k: int) -> bool:
    """A comma glued between digits ("250,000")."""
    return (toks[k].low == "," and 0 < k < len(toks) - 1 and toks[k - 1].low.isdigit()
            and toks[k + 1].low.isdigit() and toks[k - 1].end == toks[k].start
            and toks[k].end == toks[k + 1].start)


# nouns a work's or an outlet's title follows in quotes: 'the newspaper “Kommersant,”',
# 'the “Moscow. Kremlin. Putin” programme' (the words before a title, with the determiners)
MEDIA_TITLE_NOUNS = frozenset({"newspaper", "daily", "weekly", "magazine", "programme",
                               "program", "show", "channel", "broadcaster", "website", "outlet",
                               "agency", "series", "podcast", "book", "film"})
_TITLE_QUOTE_BEFORE = MEDIA_TITLE_NOUNS | {"the", "a", "an"}
MAX_TITLE_QUOTE_WORDS = 5  # "Moscow. Kremlin. Putin": a title is a few words


def title_like(tok: Token) -> bool:
    """A quote that may be a title: capitalised, :data:`MAX_TITLE_QUOTE_WORDS` words at most
    ("“Kommersant,”", "“Moscow. Kremlin. Putin”", "“Meet the Press”")."""
    words = tok.text.strip("\"“”'‘’«» ,.").split()
    return tok.kind == "q" and bool(words) and words[0][:1].isupper() and (
        len(words) <= MAX_TITLE_QUOTE_WORDS)


def title_quote(toks: list[Token], k: int) -> bool:
    """Is the quote at ``toks[k]`` a title ('the newspaper “Kommersant,”', 'Trump's show,
    “The Apprentice,”'): :func:`title_like`, after a determiner, a media noun or a
    possessive?"""
    return k > 0 and title_like(toks[k]) and (
        toks[k - 1].low in _TITLE_QUOTE_BEFORE or toks[k - 1].low.endswith(("’s", "'s"))
        or (toks[k - 1].low == "," and k > 1 and toks[k - 2].low in MEDIA_TITLE_NOUNS))


def ends_with_comma(tok: Token) -> bool:
    """A quote token whose words end with a comma (“..., ” then a participle clause)."""
    return tok.text.rstrip("\"”’'»").endswith(",")


# a tenure after a person noun: "of nearly four years", "of more than 30 years"
_TENURE_UNITS = frozenset({"years", "months", "decades", "weeks"})
_TENURE_WORDS = frozenset({"nearly", "almost", "about", "some", "more", "than", "over",
                           "just", "under", "a", "few", "several", "many"})
MAX_TENURE_TOKENS = 5  # "of more than 30 years"


def _tenure_start(toks: list[Token], end: int) -> int | None:
    """Where "of" opens a tenure ending before ``end`` ("his wife of 40 years"), else None."""
    if end < 3 or toks[end - 1].low not in _TENURE_UNITS:
        return None
    m = end - 2
    while m > 0 and end - m <= MAX_TENURE_TOKENS and (
            _is_number(toks[m]) or toks[m].low in _TENURE_WORDS or toks[m].low.isdigit()):
        m -= 1
    return m if m < end - 2 and toks[m].low == "of" and m > 0 else None


AGE_NOUNS = frozenset({"age", "ages"})  # "Two sisters, ages 12 and 13, said" (scan35a)


def _spaced_hyphen(toks: list[Token], k: int) -> bool:
    """Is token ``k`` a hyphen typed as a dash, with a space on each side ("Smith - a former
    teacher - said"), not one inside a word or a range?"""
    return 0 < k < len(toks) - 1 and toks[k].text == "-" and (
        toks[k - 1].end < toks[k].start and toks[k].end < toks[k + 1].start)


def _apposition(toks: list[Token], comma: int) -> Phrase | None:
    """'Cruz, who ..., said' / 'Kasich, a Republican contender, predicted': the phrase ending
    at the comma at index ``comma`` (just before the cue)."""
    # "," or a dash ("Ventura — who went to Washington — said"); a title's quote that ends
    # in a comma is the comma ('Lavrov, who spoke to the newspaper “Kommersant,” said')
    mark = "," if toks[comma].kind == "q" else toks[comma].low
    stop = comma + 1 if toks[comma].kind == "q" else comma  # (the title is in the phrase)
    # an apposition whose last part is coordinated ("X, secretary of ... and the head of the
    # delegation, a former minister, said"): the name is before an earlier comma, if any
    coordinated: Phrase | None = None
    relative_comma = -1  # the comma before a "who" whose clause holds the commas after it
    for c in range(comma - 1, max(-1, comma - MAX_APPOSITION_TOKENS), -1):
        tok = toks[c]
        if (tok.kind == "q" and not title_quote(toks, c)) or tok.low in _SENTENCE_MARKS:
            return coordinated
        if tok.low != mark or _in_number(toks, c):
            continue  # "250,000 Syrians": a comma inside a number
        if c + 1 >= comma:
            return coordinated
        nxt = toks[c + 1]
        if c > relative_comma >= 0:
            continue
        if nxt.low in _CLAUSE_AND or (nxt.kind == "w" and _NAME_TAG.fullmatch(nxt.low)):
            relative_comma = _relative_comma_before(toks, c)
            if relative_comma >= 0:
                continue  # "Beck, who supported Sen. Ted Cruz, R-Texas, and virulently opposed
                # Trump ..., last week said": the relative clause goes on after its own comma
                # and over a party tag inside it, back to the comma that opens it (25th)
        if not (nxt.low in _APPOSITION_OPENERS or nounish(nxt.low) or _is_cap(nxt)
                or nxt.low in lx.NP_MODIFIERS or nxt.low.endswith(("ed", "ing"))
                or (nxt.low == "one" and c + 2 < comma and toks[c + 2].low == "of")
                # "Officials for the county, around 200 miles away from the capital, said":
                # a set-off distance, read below with the subject before it (scan35a)
                or (nxt.low in _NEAR_PLACE_WORDS and c + 2 < comma
                    and _is_number(toks[c + 2]))
                # "Two sisters, ages 12 and 13, said": their ages set off, as "aged 12" is
                or (nxt.low in AGE_NOUNS and c + 2 < comma and _is_number(toks[c + 2]))):
            # ("Joe Arpaio, one of the most polarizing figures in the debate, said")
            return coordinated
        end = c
        if end >= 2 and toks[end - 1].low.isdigit() and toks[end - 2].low == ",":
            end -= 2  # "Jillian Chase, 27, a Tinder user, said": skip the age
        tag = _name_tag_start(toks, end)
        if tag is not None:
            end = tag  # "Sen. John Cornyn, R-TX, who heads ..., said", "Jorge Alsip, MD, the
            # society's president, said": skip the party tag or the degree (round 23)
        if end > 0 and toks[end - 1].low == ")":  # "Rep. Elijah Cummings (D-Md.),"
            while end > 0 and toks[end - 1].low != "(":
                end -= 1
            end -= 1
        core = _noun_phrase(toks, end)
        if core is not None and toks[core.j - 1].low in lx.WEEKDAYS and not any(
                t.low == "," for t in toks[:c]):
            # "About 12:40 a.m. Thursday, a man was wounded ..., said police spokesman X": a
            # clause after the time that opens the sentence, no apposition (round 23; not
            # "Santorum, at an appearance on Saturday, in ..."); "Friday, Texas, leading a
            # coalition, asked": the name after the time, and its apposition
            after = next((m for m in range(c + 1, comma) if toks[m].low == mark), None)
            named = _noun_phrase(toks, after) if after is not None else None
            if named is not None and named.i == c + 1 and _is_cap(toks[c + 1]):
                return _make(toks, named.i, stop, "left", core=named.j)
            return coordinated
        tenure = _tenure_start(toks, end) if core is None else None
        if tenure is not None and (held := _noun_phrase(toks, tenure)) is not None:
            # "The employee of nearly four years, a registered Republican, said": a tenure
            # ends the noun phrase (twentieth session)
            core = _make(toks, held.i, end, held.how)
        if core is not None and core.i > 1 and toks[core.i - 1].low == mark and \
                toks[core.i].low in REGIONS and _is_cap(toks[core.i - 2]):
            continue  # "a truck driver from Ava, Mo., who ..., said": a place, not the speaker
        if core is not None and core.i > 0 and toks[core.i - 1].low == mark and not _is_cap(
                toks[core.i]) and all(_is_cap(t) for t in toks[c + 1 : comma]) and not (
                toks[c + 1].low in REGIONS and _is_cap(toks[c - 1])):
            # (not "a delegate from Houston, Texas,": a place and its state)
            # "In a statement to the Observer, her adviser, Jake Sullivan, said": a described
            # person and their name; the capitalised word before is the end of a preamble
            return _make(toks, core.i, stop, "left", core=core.j)
        if core is not None and core.i > 0 and (
                toks[core.i - 1].low in _OBJECT_PREPOSITIONS
                or toks[core.i - 1].low in _PLACE_PREPOSITIONS
                or toks[core.i - 1].low.endswith("ing")) and _is_cap(nxt):
            # "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said",
            # "The husband of Mary Jones, John Jones, said": the noun phrase before the comma
            # is the object inside a description; the name after it is the apposed speaker
            # (fifteenth session)
            named = _apposed_run(toks, c + 1, comma)
            if named is not None:
                return named
        if core is not None and _is_cap(toks[core.i]) and _relative_object(toks, core.i) and (
                apposed := _noun_phrase(toks, comma)) is not None and apposed.i == c + 1 and (
                _is_cap(toks[comma - 1])) and toks[c + 1].low not in REGIONS:
            # "A longtime ally who still backs Randolph, former Rep. Pat Schroeder, said": the
            # name before the comma is the relative clause's object; the apposed name after
            # it is the person the clause describes, who speaks (name34)
            return _make(toks, apposed.i, stop, "left")
        if core is not None and core.i > 0 and (
            toks[core.i - 1].low in _INNER_PREPOSITIONS
            or (toks[core.i - 1].low == mark and not _is_cap(toks[core.i]) and core.i >= 2
                and _is_cap(toks[core.i - 2]))
        ):
            continue  # "X, editor of The Forward, a newspaper ..., wrote": the apposition
            # goes on back to the name before the first comma
        relative = _relative_before(toks, core.i) if core is not None else -1
        if relative >= 2 and toks[relative - 1].low in {",", mark}:
            named = _noun_phrase(toks, relative - 1)
            if named is not None and _is_cap(toks[named.j - 1]):
                # "Probst, who manages the Energy-Charts.de platform — the most ... — also
                # said": the name the relative clause is set off from (twenty-fifth session)
                return _make(toks, named.i, stop, "left", core=named.j)
        if relative >= 0:
            continue  # "Richard Shelby, the Alabama Republican who heads the Senate Banking
            # Committee, which oversees the Fed, said": the committee is the object of a
            # relative clause; the speaker is before an earlier comma (twenty-fifth session)
        if core is None:  # "One Republican hopeful, Carly Fiorina, says": the apposed name
            apposed = _noun_phrase(toks, comma)
            if apposed is not None and apposed.i == c + 1 and _is_cap(toks[comma - 1]):
                return _make(toks, apposed.i, stop, "left")
            opening = speaker_right(toks, 0) if coordinated is None and (
                nxt.low.endswith("ed") or nxt.low in _CIRCUMSTANCE_OPENERS
                or nxt.low in _NEAR_PLACE_WORDS) else None
            if opening is not None and opening.how != "pronoun" and (opening.j == c or (
                    opening.j < c and toks[opening.j].low in _SUBJECT_PLACE_LINKS
                    and all(t.kind == "w" for t in toks[opening.j : c]))):
                # "Authorities at the building, located near the interchange, said": the
                # sentence's subject, whose last word is no head the phrase rules read back
                # from (a place after "at"), and its set-off participle or place (round 33)
                return _make(toks, opening.i, stop, "left", core=c)
            return coordinated
        if nxt.low in _CIRCUMSTANCE_OPENERS or nxt.low.endswith("ing"):
            return core  # "Mr. Trump, in an interview on Saturday, said": the name alone
        found = _make(toks, core.i, stop, "left", core=core.j)
        if coordinated is None and core.i > 1 and toks[core.i - 1].low in {"and", "or"} and (
                not _is_cap(toks[core.i])):
            coordinated = found  # the earlier comma's phrase, when there is one, speaks
            continue
        return found
    return coordinated


# marks that end the clause a speaker phrase is searched back in
_SENTENCE_MARKS = frozenset({".", ";", ":", "?", "!"})
# relative pronouns that open a clause inside an apposition
_RELATIVES = frozenset({"who", "which", "that", "whose"})
_CLAUSE_AND = frozenset({"and", "but"})
MAX_RELATIVE_VERB_WORDS = 3  # "who heads", "who has long led", "which is run by"


def _relative_comma_before(toks: list[Token], c: int) -> int:
    """The comma before a "who" that opens a relative clause before the comma at ``c``, in
    its sentence ("Beck, who supported ..., and ..."); -1 if none (not "which": "A statement,
    which was endorsed by A, B, and C, slammed" names others in its clause)."""
    for m in range(c - 1, max(0, c - MAX_APPOSITION_TOKENS), -1):
        if toks[m].low in _SENTENCE_MARKS or toks[m].kind == "q":
            return -1
        if toks[m].low == "who" and toks[m - 1].low == ",":
            return m - 1
    return -1


def _relative_object(toks: list[Token], i: int) -> bool:
    """Is the name at ``toks[i]`` the object of a restrictive relative clause's verb, a few
    lower-case words after "who" or "that" ("a supporter who still backs [Randolph]", "the
    lawyer who represented [Smith]")? (Not a clause set off by a comma before its relative
    pronoun: "Cruz, who backs Trump, said" is the apposition's own rule.)"""
    for k in range(i - 1, max(-1, i - 2 - MAX_RELATIVE_VERB_WORDS), -1):
        low = toks[k].low
        if low in {"who", "that"}:
            return k < i - 1 and k > 0 and toks[k - 1].kind == "w" and not _is_cap(
                toks[k - 1]) and toks[k + 1].low not in lx.DETERMINERS
        if toks[k].kind != "w" or _is_cap(toks[k]) or low in lx.DETERMINERS or (
                low in _INNER_PREPOSITIONS or low in _PLACE_PREPOSITIONS):
            return False  # ("a user who lives near Austin, Tex.,": a place, no object)
    return False


def _relative_before(toks: list[Token], i: int) -> int:
    """The relative pronoun whose clause's verb takes the noun phrase at ``toks[i]``, opened
    by an article, as its object ("the Alabama Republican who heads [the Senate Banking
    Committee]", "who is now [a senior fellow at ...]"): a few lowercase words before it, a
    verb right after it, no comma between; -1 if none. (Not "officials who said Cohen --
    ... --": a name is the reported clause's subject; nor "in which a major party nominee":
    the relative clause's own subject.)"""
    if toks[i].low not in {"the", "a", "an"}:
        return -1
    for k in range(i - 1, max(-1, i - 2 - MAX_RELATIVE_VERB_WORDS), -1):
        low = toks[k].low
        if low in _RELATIVES:
            verb = toks[k + 1].low
            return k if k < i - 1 and verb not in lx.DETERMINERS and (
                verb not in _OBJECT_PREPOSITIONS | _PLACE_PREPOSITIONS) else -1
        if toks[k].kind != "w" or _is_cap(toks[k]):
            return -1
    return -1


MIN_APPOSED_NAME_WORDS = 2  # a given name and a surname: one capitalised word may be a place
# prepositions that put a person's name inside a description ("the husband of Mary Jones",
# "a spokesman for Ted Cruz"); not the ones of places ("a salesman from Sumter")
# "the mother of two", "a father of three" (round 16): a parent described by their children
PARENT_NOUNS = frozenset({"mother", "father", "grandmother", "grandfather", "mom", "dad"})
# "the wife of Alexei Navalny": a relative described by whose relative they are
KIN_TIES = PARENT_NOUNS | frozenset({"wife", "husband", "widow", "widower", "son", "daughter",
                                     "brother", "sister", "nephew", "niece", "cousin",
                                     # (round 33: "The aunt of Shannon Rollins said" was
                                     # Rollins)
                                     "aunt", "uncle", "grandson", "granddaughter",
                                     "stepfather", "stepmother", "parents"})
MAX_TIED_NAME = 4  # "the widow of Alexei Anatolievich Navalny"
_SMALL_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                            "nine", "ten", "eleven", "twelve"})
_OBJECT_PREPOSITIONS = frozenset({"of", "for", "with"})
# "A soldier fighting near Pokrovsk, Taras Kovalenko, said": a place inside a description,
# the apposed name after it (round 16)
_PLACE_PREPOSITIONS = frozenset({"near", "in", "at", "outside", "around", "from"})


# a party and state ("R-TX", "D-N.Y.", "R-Texas") or a degree ("MD", "Ph.D.") written between
# commas after a person's name: part of the name's mention, never an apposition's head
_NAME_TAG = re.compile(r"(?:[rdi]-[a-z][a-z.]*|m\.?d|ph\.?d|d\.?o|r\.?n|esq|dds|mph|mba)\.?")


def name_tag(tok: Token) -> bool:
    """Is the word a party tag or a degree written after a name ("R-S.C", "D-N.Y.", "MD")?"""
    return tok.kind == "w" and _NAME_TAG.fullmatch(tok.low) is not None


def _name_tag_start(toks: list[Token], end: int) -> int | None:
    """The comma before a tag of :data:`_NAME_TAG` that ends at ``end`` (a lone "." after it
    allowed: "D-N.Y", "."), or None."""
    k = end - 1
    if k >= 0 and toks[k].low == ".":
        k -= 1
    if k >= 2 and toks[k].kind == "w" and _NAME_TAG.fullmatch(toks[k].low) and \
            toks[k - 1].low == "," and toks[k - 2].kind == "w" and _is_cap(toks[k - 2]):
        return k - 1
    return None


def _apposed_run(toks: list[Token], start: int, end: int) -> Phrase | None:
    """The person's name that opens an apposition ``toks[start:end]`` ("Darran Whiting of
    Liberty Baptist Church in Marion", "Jessie Elkins, 70"): its run of capitalised words,
    when it has at least :data:`MIN_APPOSED_NAME_WORDS` and no organisation's head, as a
    phrase of its own."""
    m = start
    while m < end and toks[m].kind == "w" and _is_cap(toks[m]) and not toks[m].low.isdigit():
        m += 1
    run = toks[start:m]
    if len(run) < MIN_APPOSED_NAME_WORDS or any(
            t.low in lx.SPEAKER_NOUNS or t.low in lx.TITLE_WORDS for t in run):
        return None
    if not (first_name_gender(run[0].text + " x") or given_name_gender(run[0].text)):
        return None  # a place ("Sumter, South Carolina") or a title ("L'Osservatore Romano")
    return _make(toks, start, m, "left")


def _surname_like(toks: list[Token], m: int) -> bool:
    """A capitalised "May" or "Will" at the start of the text or after another capitalised
    word ("Theresa May said", "Prime Minister May said"): a surname, not the modal or the
    month that speaker_left would skip."""
    tok = toks[m]
    return tok.low in _NAME_LIKE_WORDS and tok.text[:1].isupper() and (
        m == 0 or toks[m - 1].kind == "q"  # “Q,” Will wrote
        or (toks[m - 1].kind == "w" and toks[m - 1].text[:1].isupper()))


# a sentence adverb set off by commas between a subject and its verb ("Proponents, however,
# say"; "Liveris, of course, said"): the subject is before it
_ASIDES = frozenset({
    ("however",), ("meanwhile",), ("though",), ("too",), ("instead",), ("nonetheless",),
    ("nevertheless",), ("likewise",), ("similarly",), ("indeed",), ("still",), ("moreover",),
    ("of", "course"), ("in", "turn"), ("for", "example"), ("for", "instance"), ("in", "fact"),
    ("in", "particular"), ("in", "response"), ("in", "addition"), ("for", "his", "part"),
    ("for", "her", "part"), ("for", "their", "part"), ("for", "its", "part"),
})
MAX_ASIDE_TOKENS = 3
# plural people nouns that a place follows with "in" ("officials in Kyiv said")
PLACE_PEOPLE = frozenset({"officials", "diplomats", "sources", "lawmakers", "analysts",
                           "voters", "residents", "leaders", "authorities", "prosecutors",
                           "investigators", "negotiators", "activists", "protesters",
                           # (eighteenth session: "Hospitals in Kherson said" was Kherson)
                           "volunteers", "doctors", "medics", "hospitals", "rescuers",
                           "journalists", "witnesses", "soldiers", "troops", "commanders",
                           "experts", "observers", "monitors", "newspapers", "workers",
                           "farmers", "families", "civilians", "students", "teachers",
                           "politicians", "police", "regulators",
                           # bodies placed the same way ("The Russian embassy in Washington
                           # said" was Washington; nineteenth session)
                           "embassy", "embassies", "consulate", "consulates"})


def place_people(low: str) -> bool:
    """Is ``low`` one of :data:`PLACE_PEOPLE`, or its singular ("an official in Kyiv")?"""
    return low in PLACE_PEOPLE or f"{low}s" in PLACE_PEOPLE


# prepositions that place people, which a speaker phrase runs through (see _noun_phrase)
NEAR_WORDS = frozenset({"near", "along", "outside", "around", "across", "inside"})
MAX_PLACE_MODIFIER_TOKENS = 14  # "European leaders meeting on the sidelines of the G20
# summit in Johannesburg said": the people noun, its modifier, the place
_PLACE_MODIFIER_STARTS = frozenset({"at", "in", "from", "on", "near", "outside", "inside"})


def people_before_place(toks: list[Token], phrase: Phrase) -> Phrase | None:
    """'European leaders meeting on the sidelines of the G20 summit in Johannesburg said',
    'Diplomats at the summit in Johannesburg said': the clause's subject is the people noun
    phrase that opens it, and the place that ends its modifier speaks for no one. The phrase
    from the clause's start (the sentence's or a comma's) to the people noun, when the place
    phrase follows "in"/"at" and the noun a participle ("meeting", "attending", "gathered")
    or a preposition; else None (nineteenth session)."""
    i = phrase.i
    if i < 3 or toks[i - 1].low not in {"in", "at"} or not all(
            _is_cap(t) for t in toks[i : phrase.j] if t.kind == "w"):
        return None
    start = i - 1
    while start > 0 and i - start <= MAX_PLACE_MODIFIER_TOKENS and toks[start - 1].kind == "w":
        start -= 1
    if start > 0 and toks[start - 1].low not in {",", "—", "–", "-"}:
        return None  # (the clause must open where the walk stopped)
    while start < i and toks[start].low in lx.SENTENCE_OPENERS:
        start += 1
    for n in range(start, i - 2):
        if not place_people(toks[n].low):
            if placed_head(toks, n) and toks[n + 1].low == "of":
                return _of_people_placed(toks, start, n, i)
            continue
        nxt = toks[n + 1].low
        if nxt in _PLACE_MODIFIER_STARTS or (nxt.endswith(("ing", "ed")) and not _is_cap(
                toks[n + 1]) and nxt not in lx.CUES):
            return _make(toks, start, n + 1, "left")
        return _of_people_placed(toks, start, n, i)
    return None


def _of_people_placed(toks: list[Token], start: int, n: int, i: int) -> Phrase | None:
    """'A representative of one of the aid agencies operating in Gaza told me': a speaker
    noun at ``n`` with an "of" phrase whose last noun a participle places ("operating in",
    "based in"): the phrase from ``start`` to that noun (twenty-second session); else None."""
    if toks[n + 1].low != "of":
        return None
    m = i - 2  # the word before "in"/"at"
    if m <= n + 1 or not (toks[m].low.endswith(("ing", "ed")) and not _is_cap(toks[m])
                          and toks[m].low not in lx.CUES):
        return None
    return _make(toks, start, m, "left")


# "speaking to Fox News", "speaking on condition of anonymity", "writing in the Post": a
# participle clause between the speaker and the cue
_SPEAKING = frozenset({"speaking", "talking", "writing", "testifying", "appearing",
                       "responding", "commenting"})
_SPEAKING_NEXT = frozenset({"to", "with", "on", "in", "at", "from", "for", "under", "after",
                            "before", "during", "by"})
# a source's access or place after its noun ("A U.S. official briefed on Rubio's call with
# Lavrov said", which was Lavrov's): the phrase runs to the cue, the noun is its core (round 16)
_ACCESS = frozenset({"briefed", "involved", "present", "based", "knowledgeable"})
_ACCESS_NEXT = frozenset({"on", "in", "at", "with", "about"})
MAX_SPEAKING_TOKENS = 18  # "speaking on the condition of anonymity because they were not
# authorized to discuss the investigation" (15; 12 until the nineteenth session)


def _tied_person(toks: list[Token], j: int) -> Phrase | None:
    """'the mother of two said', 'The wife of Alexei Navalny said': a person described by a
    tie to others, as one phrase ending at ``j`` (the finder took "two" or "Navalny" alone:
    the wrong person, or no one; round 16)."""
    m = j
    if m > 0 and (toks[m - 1].low in _SMALL_NUMBERS or toks[m - 1].low.isdigit()):
        m -= 1
        ties = PARENT_NOUNS
    else:
        while m > 0 and j - m < MAX_TIED_NAME and toks[m - 1].kind == "w" and \
                _is_cap(toks[m - 1]) and not toks[m - 1].low.endswith(("’s", "'s")):
            m -= 1
        ties = KIN_TIES
    if m == j or m < 2 or toks[m - 1].low != "of" or toks[m - 2].low not in ties or \
            _is_cap(toks[m - 2]):
        return None
    tied = _noun_phrase(toks, m - 1)
    return _make(toks, tied.i, j, tied.how) if tied is not None else None


def _access_clause(toks: list[Token], j: int) -> Phrase | None:
    """'A U.S. official briefed on Rubio's call with Lavrov said': the described source and
    its access clause, running straight into the cue at ``j``, with the source's noun phrase
    as the core (so no name inside the clause speaks); None otherwise (an apposition closed
    by a comma, "Peter Morency, a Verizon customer based in Boston, said", is the name's)."""
    if j < 3 or toks[j - 1].kind != "w" or toks[j - 1].low in {"and", "or", "but"}:
        return None  # ("... based on numbers from the primary and thought": a second verb)
    m = _participle_before(toks, j, _ACCESS, _ACCESS_NEXT)
    head = toks[m - 1] if m is not None and m > 0 else None
    if m is None or head is None or head.kind != "w" or _is_cap(head) or \
            head.low not in lx.SPEAKER_NOUNS:
        return None
    source = _noun_phrase(toks, m)
    if source is None or source.j != m:
        return None
    return _make(toks, source.i, j, source.how, core=m)


def _speaking_clause(toks: list[Token], j: int) -> int | None:
    """Where a participle clause like "speaking to Fox News" starts when one ends at ``j``
    (the cue follows it) and a noun stands before it; else None."""
    m = _participle_before(toks, j, _SPEAKING, _SPEAKING_NEXT)
    before = toks[m - 1] if m is not None and m > 0 else None
    return m if before is not None and before.kind == "w" and _valid_head(before) else None


def _participle_before(toks: list[Token], j: int, participles: frozenset[str],
                       nexts: frozenset[str]) -> int | None:
    """The index of one of ``participles`` followed by one of ``nexts`` among the words
    ending at ``j`` (at most :data:`MAX_SPEAKING_TOKENS` back), else None."""
    for m in range(j - 2, max(0, j - 1 - MAX_SPEAKING_TOKENS), -1):
        tok = toks[m]
        if tok.kind != "w":
            return None
        if tok.low in participles and toks[m + 1].low in nexts:
            return m
    return None


_FLOATING_QUANTIFIERS = frozenset({"both", "all", "each"})
MAX_AGO_TOKENS = 6  # "less than two weeks ago", "a few days ago"
_AGO_WORDS = frozenset({"less", "more", "than", "about", "nearly", "almost", "just", "only",
                        "a", "few", "several", "some", "day", "days", "week", "weeks", "month",
                        "months", "year", "years", "decade", "decades", "hour", "hours"})
_ASIDE_MARKS = frozenset({",", "—", "–", "--", "―"})
_EXAMPLE_OPENERS = frozenset({"including", "like", "especially", "notably", "and", "among"})
MAX_EXAMPLE_ASIDE_TOKENS = 20  # "— including Muslims, Christians, Catholics, Jews —"


def aside_before(toks: list[Token], j: int, examples: bool = False) -> int | None:
    """Where the comma that opens a sentence adverb ending at ``j`` (", however,") is, when
    one does; else None. ``examples``: also a list or an example set off after a subject
    ("Many speakers — including Muslims, Jews — said"; ", including the Press, said")."""
    if j < 3 or toks[j - 1].low not in _ASIDE_MARKS:
        return None
    mark = toks[j - 1].low
    for size in range(1, MAX_ASIDE_TOKENS + 1):
        c = j - 2 - size
        if mark == "," and c >= 1 and toks[c].low == "," and tuple(
                t.low for t in toks[c + 1 : j - 1]) in _ASIDES:
            return c
    if not examples:
        return None
    for c in range(j - 3, max(0, j - 2 - MAX_EXAMPLE_ASIDE_TOKENS), -1):
        if toks[c].kind == "q" or toks[c].low in _SENTENCE_MARKS:
            return None
        if toks[c].low == mark and c >= 1:
            opener = toks[c + 1].low
            # "and" only between dashes: ", and obtained by AP," is a second predicate
            return c if opener in _EXAMPLE_OPENERS and (opener != "and" or mark != ",") else None
    return None


# participles of people asked by an outlet: "analysts polled by Reuters", "economists
# surveyed by Bloomberg", "experts interviewed by TASS", "officials quoted by RIA"
_ASKED_PARTICIPLES = frozenset({"polled", "surveyed", "interviewed", "quoted", "cited",
                                "contacted", "reached", "consulted", "questioned"})
MAX_AGENT_TOKENS = 4  # "by the Financial Times", "by The Associated Press"


def _those_asked(toks: list[Token], k: int) -> bool:
    """Is word ``k`` the participle of "those polled", "those surveyed", "those interviewed":
    the head of the people asked ("60 percent of those polled saying", "Many of those
    surveyed said"), no adverb before the cue to skip (desc34: the speaker was "... of
    those")?"""
    return k > 0 and toks[k].low in _ASKED_PARTICIPLES and toks[k - 1].low == "those"


def _surveyed_by(toks: list[Token], j: int) -> Phrase | None:
    """The people an outlet asked, ending before ``j``: "analysts polled by Reuters",
    "experts interviewed by TASS" (the phrase's core is the people)."""
    m = j
    while m > 0 and j - m < MAX_AGENT_TOKENS and toks[m - 1].kind == "w" and (
            _is_cap(toks[m - 1]) or toks[m - 1].low == "the"):
        m -= 1
    if m == j or m < 3 or toks[m - 1].low != "by" or toks[m - 2].low not in _ASKED_PARTICIPLES:
        return None
    people = _noun_phrase(toks, m - 2)
    if people is None or people.how != "left":
        return None
    return _make(toks, people.i, j, "left", core=people.j)


# nouns in -ly, no adverbs to skip before a cue ("A Trump ally said" was Trump; twentieth
# session)
LY_NOUNS = frozenset({"ally", "family", "assembly", "daily", "weekly", "monthly",
                       "quarterly", "monopoly", "bully", "anomaly"})


# verbs before a speech cue's gerund that say how the speaker came to speak, no one's name
# ("could not resist suggesting", "could not help noting"; round 36: "resist" was the speaker)
GERUND_TAKERS = frozenset({"resist", "resisted", "help"})


def speaker_left(toks: list[Token], k: int) -> Phrase | None:
    """The speaker phrase ending just before token ``k`` (adverbs and auxiliaries skipped)."""
    j = k
    while j > 0 and toks[j - 1].kind == "w" and not _surname_like(toks, j - 1) and (
        not _those_asked(toks, j - 1)) and (
        toks[j - 1].low in lx.CUE_PREFIX_SKIP
        or negated_auxiliary(toks[j - 1])
        or (toks[j - 1].low in _LONG and j >= 2 and toks[j - 2].low in _AUXILIARIES)
        or (toks[j - 1].low in _RELEASED and j >= 2 and toks[j - 2].low in lx.EVIDENCE_NOUNS)
        or (toks[j - 1].low.endswith("ly") and not _is_cap(toks[j - 1])
            and toks[j - 1].low not in LY_NOUNS)
        or (toks[j - 1].low in lx.TIME_WORDS and j < k + 1 and _time_phrase(toks, j - 1))
        or toks[j - 1].low.isdigit()
        # "Pelosi could not resist suggesting that C": the verb that takes the cue's gerund
        or (toks[j - 1].low in GERUND_TAKERS and k < len(toks) and toks[k].low.endswith("ing"))
        # "Trump and Sanders have both argued", "figures — whose ... — both suggested"
        or (toks[j - 1].low in _FLOATING_QUANTIFIERS and j >= 2 and toks[j - 2].low not in
            lx.DETERMINERS and toks[j - 2].low not in {",", ".", ";", ":"})
    ):
        j -= 1
    dated = _before_date(toks, j, k)
    if dated is not None:
        return dated
    tied = _tied_person(toks, j)
    if tied is not None:
        return tied
    if j > 1 and toks[j - 1].low in _ADVERBIAL_ENDS:
        for adverbial in _ADVERBIAL_PHRASES:
            n = len(adverbial)
            if j > n and tuple(t.low for t in toks[j - n : j]) == adverbial:
                return speaker_left(toks, j - n)  # "friends have in the past said"
    if j == 0:
        return None
    surveyed = _surveyed_by(toks, j)
    if surveyed is not None:  # "analysts polled by Reuters said", "experts interviewed by
        return surveyed  # TASS said": the people, the outlet that asked them (twentieth session)
    speaking = _speaking_clause(toks, j)
    if speaking is not None:  # "A senior official speaking on condition of anonymity said"
        return speaker_left(toks, speaking)
    access = _access_clause(toks, j)
    if access is not None:
        return access
    if toks[j - 1].low == "ago":  # "The State Department less than two weeks ago said"
        m = j - 1
        while m > 0 and j - m <= MAX_AGO_TOKENS and toks[m - 1].kind == "w" and (
                _is_number(toks[m - 1]) or toks[m - 1].low in _AGO_WORDS):
            m -= 1
        if m < j - 1:
            return speaker_left(toks, m)
    aside = aside_before(toks, j)
    if aside is not None:
        # "Murphy, the GOP chairman, for example, said" (an apposition ends at the aside's
        # comma) / "Proponents of the bill, however, say" (a plain subject before it)
        return speaker_left(toks, aside + 1) or speaker_left(toks, aside)
    if toks[j - 1].low == ",":
        tag = _name_tag_start(toks, j - 1)
        if tag is not None:  # '“Q,” Graham, R-S.C., said Tuesday': the name before its
            return speaker_left(toks, tag)  # party tag (round 30)
        if j >= 2 and toks[j - 2].low == ")":
            k2 = j - 2
            while k2 > 0 and toks[k2].low != "(":
                k2 -= 1
            phrase = _noun_phrase(toks, k2)
            if phrase is not None:
                if _acronym_aside(toks, k2, j - 2):
                    apposed = _apposition(toks, j - 1)
                    if apposed is not None and apposed.i < phrase.i:
                        return apposed  # "Komin, a fellow at the ... Endowment (CEPA), said"
                return _make(toks, phrase.i, j - 1, phrase.how, core=phrase.j)
        return _apposition(toks, j - 1)
    if toks[j - 1].low in {"—", "–", "--"} or _spaced_hyphen(toks, j - 1):
        return _apposition(toks, j - 1)  # ("Smith - a former teacher - said": a hyphen
        # with spaces round it is the dash of writers and outlets that type no dash; scan35a)
    if toks[j - 1].low == ")":  # "Sen. Elizabeth Warren (D-MA) said"
        k2 = j - 1
        while k2 > 0 and toks[k2].low != "(" and j - k2 < MAX_SPEAKER_TOKENS:
            k2 -= 1
        party_tag = any("-" in t.text or t.low == "," for t in toks[k2 + 1 : j - 1]) or (
            j - k2 == 3 and (toks[k2 + 1].text.isupper()  # "... Business (CFIB) said"
                             or toks[k2 + 1].text[:1].isupper()))  # "Cruz (Tex.) has said"
        phrase = _noun_phrase(toks, k2) if toks[k2].low == "(" and party_tag else None
        if phrase is not None:
            return _make(toks, phrase.i, j, phrase.how, core=phrase.j)
        return None
    if toks[j - 1].kind == "q" and title_quote(toks, j - 1) and ends_with_comma(toks[j - 1]) \
            and not (k < len(toks) and toks[k].low.endswith("ing")):
        # 'Lavrov, who spoke to the newspaper “Kommersant,” said'; not ', “Morning Joe,”
        # adding': a participle's subject is the clause's (twentieth session)
        return _apposition(toks, j - 1)
    if toks[j - 1].kind != "w":
        return None
    last = toks[j - 1]
    if _pronoun_of(last.low):
        return _make(toks, j - 1, j, "pronoun")
    if last.low in lx.RELATIVE_PRONOUNS:
        return _make(toks, j - 1, j, "relative")
    phrase = _relative_subject(toks, j) or _noun_phrase(toks, j)
    if phrase is None or (phrase.i > 0 and toks[phrase.i - 1].low in _OBJECT_PARTICIPLES):
        return None  # ("a story detailing four domestic-abuse police reports Lolita Grayson
        # filed": the participle's object, no subject; twenty-ninth session)
    if gerund_complement(toks, phrase.i) is not None:
        return None  # "Critics of sending troops to Ukraine say": the gerund's object or
        # its place, not the critics (desc37: the speaker was "Ukraine")
    joined = _with_own_people(toks, _coordinated(toks, phrase))
    if joined is phrase and _ends_tag(toks, k):
        joined = _coordinated_tag(toks, phrase)
    if joined is phrase:
        joined = _with_pronoun_partner(toks, phrase)
    if joined is phrase:
        joined = _with_group_partner(toks, phrase)
    if joined.j - joined.i > 1 and _in_date(toks, joined.i - 1):
        # "In 2019 the ministry said", "In March the company announced": the date that opens
        # the clause is no part of its subject (round 35)
        return _make(toks, joined.i + 1, joined.j, joined.how, core=joined.core)
    return joined


# prepositions after a people's noun that take a gerund naming what they stand for
# ("Critics of sending troops", "Advocates for expanding access")
_STANCE_PREPOSITIONS = frozenset({"of", "for", "against", "about"})
# people named by what they stand for, before such a preposition (not "cleared of wrongdoing
# by the Office", "the threat of appointing a prosecutor if Congress": a thing's complement)
_STANCE_PEOPLE = frozenset({"critics", "opponents", "supporters", "proponents", "advocates",
                            "backers", "foes", "defenders", "champions", "skeptics"})
MAX_GERUND_COMPLEMENT = 6  # "allowing Syrian refugees into": the words before the phrase


def gerund_complement(toks: list[Token], i: int) -> int | None:
    """The gerund whose complement the words from ``i`` end, after a noun and a preposition
    of :data:`_STANCE_PREPOSITIONS`, no mark between ("Critics of sending troops to Ukraine",
    "Opponents of allowing Syrian refugees into the U.S.", "Advocates for expanding access
    to abortion"): its index, or None. Such words are what the people stand for, not who
    they are."""
    for g in range(i, max(-1, i - 1 - MAX_GERUND_COMPLEMENT), -1):
        tok = toks[g]
        if tok.kind != "w":
            return None
        if tok.low.endswith("ing") and not _is_cap(tok) and g >= 2 and (
                toks[g - 1].low in _STANCE_PREPOSITIONS) and toks[g - 2].low in _STANCE_PEOPLE:
            return g
    return None


def _before_date(toks: list[Token], j: int, k: int) -> Phrase | None:
    """The subject before a date that ends the words ``[.., j)`` before the cue at ``k``
    ("The court in 2002 ruled", "The firm, founded in 2014, in 2021 said", "A poll in
    January shows"; round 35): the date is no part of it. Only a subject that opens its
    clause (at the sentence's start or after a mark), so that a date inside a longer phrase
    ("Democrats trying to regain control of the Senate in November say") stays with it, and
    not after a relative pronoun ("agents, who in 1986 observed the house, said": the
    relative clause's own verb, whose object is no content)."""
    for m in (j - 1, j - 2):
        if m + 1 < k and _in_date(toks, m) and not (
                m >= 1 and toks[m - 1].low in lx.RELATIVE_PRONOUNS):
            subject = speaker_left(toks, m)
            if subject is not None and (subject.i == 0 or toks[subject.i - 1].kind != "w"):
                return subject
            return None
    return None


# months, which "in" makes a time phrase rather than a name ("In March the ministry said"),
# as it makes a year one ("in 2021")
_MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july",
                          "august", "september", "october", "november", "december"})
YEAR_DIGITS = 4  # "in 2021": a year; other numbers after "in" are no date ("in 10 cases")


def _in_date(toks: list[Token], m: int) -> bool:
    """Do ``toks[m]`` and ``toks[m + 1]`` read "in" and a year or a month ("in 2021", "in
    March"): a time phrase beside a speaker, never part of one?"""
    if m < 0 or m + 1 >= len(toks) or toks[m].low != "in":
        return False
    date = toks[m + 1].low
    return date in _MONTH_NAMES or (date.isdigit() and len(date) == YEAR_DIGITS)


# participles whose object a noun phrase right after them is, never a clause's subject (not
# "including": "Several Republicans including Sen. John McCain said" is one subject)
_OBJECT_PARTICIPLES = frozenset({"detailing", "citing", "quoting", "documenting", "describing",
                                 "listing", "summarizing", "summarising"})
MIN_ACRONYM_LETTERS = 2  # "(UN)", "(CEPA)"; one capital is an initial or a grade


def _acronym_aside(toks: list[Token], opened: int, closed: int) -> bool:
    """``toks[opened]`` "(" and ``toks[closed]`` ")" hold one acronym ("the Center for
    European Policy Analysis (CEPA)"): an organisation's short name, which ends a description
    of its member (round 23), not a party tag ("Cummings (D-Md.)") that ends a name."""
    if closed != opened + 2:
        return False
    word = toks[opened + 1].text
    return len(word) >= MIN_ACRONYM_LETTERS and word.isalpha() and word.isupper()


MAX_TAG_TAIL_WORDS = 6  # "told POLITICO", "said on Tuesday in Kyiv"


def _ends_tag(toks: list[Token], k: int) -> bool:
    """Does the cue at ``k`` end its sentence, a few words of setting at most after it
    ("C, diplomats and officials said on Tuesday.")?"""
    rest = [t for t in toks[k + 1 :] if t.low not in {".", "!", "?"}]
    return len(rest) <= MAX_TAG_TAIL_WORDS and all(t.kind == "w" and t.low != "that"
                                                   for t in rest) and (
        not rest or _is_cap(rest[0]) or rest[0].low in _TAG_TAIL_OPENERS
        or rest[0].low in lx.TIME_WORDS)  # (not "had reasons to put ...": a noun, no tag)


_TAG_TAIL_OPENERS = frozenset({"on", "in", "at", "during", "after", "before", "from", "with",
                               "by", "reporters", "journalists", "afterwards", "afterward",
                               # "C, a navy spokesman said here Friday": the wire's dateline
                               # city, where it was said (scan35a)
                               "here"})


# the subject pronouns of persons ("he said", "told police he found the gun", "He and key
# advisers"): one set for the tag, the reported clause and the resolver
PERSON_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _coordinated_tag(toks: list[Token], phrase: Phrase) -> Phrase:
    """'C, diplomats and officials said', 'C, she and another reporter said': a final tag
    whose subject joins a pronoun or a noun phrase to the speaker phrase with "and", right
    after the comma that ends the reported clause (twentieth session), or the quote whose
    words end with one, for an indefinite description ('“Q,” a researcher and journalist
    told DW': one person, two nouns; round 37, it was "journalist"; "the Vermont senator and
    Democratic presidential candidate" is left to the title rules); else ``phrase``."""
    i = phrase.i
    if phrase.how != "left" or i < 3 or toks[i - 1].low != "and":
        return phrase
    if toks[i - 2].low in PERSON_PRONOUNS:
        start = i - 2
    else:
        left = _noun_phrase(toks, i - 1)
        if left is None or left.how != "left":
            return phrase
        start = left.i
    if start < 1 or not (toks[start - 1].low == "," or (
            toks[start - 1].kind == "q" and ends_with_comma(toks[start - 1])
            and toks[start].low in {"a", "an"})) or all(
            _is_cap(t) for t in toks[start : phrase.j] if t.low != "and"):
        return phrase  # (a list of names is :func:`_coordinated`'s: "I see Nigeria, Angola,
        # Congo and France mentioned" is a list of places)
    return _make(toks, start, phrase.j, "left")


_OWN_PEOPLE_POSSESSIVES = frozenset({"his", "her", "their"})


def _with_own_people(toks: list[Token], phrase: Phrase) -> Phrase:
    """'Sanders and his supporters argue', 'Bush and his rivals have said': a named person
    with their own people speaks for them; the name is the speaker (when the pair opens the
    clause, as in :func:`_coordinated`)."""
    i = phrase.i
    if phrase.how != "left" or i < 2 or toks[i].low not in _OWN_PEOPLE_POSSESSIVES or (
            toks[i - 1].low != "and"):
        return phrase
    start = _name_run_start(toks, i - 1)
    if start == i - 1 or any(t.low in lx.SENTENCE_OPENERS for t in toks[start : i - 1]):
        return phrase
    before = toks[start - 1] if start > 0 else None
    if before is not None and before.kind == "w" and not (
            start - 1 == 0 and before.low in _LIST_OPENERS):
        return phrase  # "met Lavrov and his team said": no subject
    return _make(toks, start, i - 1, "left")


# the pronouns of one person that may open a coordinated subject with a group ("he and
# election-law experts agree"): the person is the one the article quotes, as a named person
# with their own people is ("Sanders and his supporters argue")
_PERSON_CONJUNCT_PRONOUNS = frozenset({"he", "she"})


def _with_pronoun_partner(toks: list[Token], phrase: Phrase) -> Phrase:
    """'But he and election-law experts agree', 'She and other scientists found': a person's
    pronoun joined by "and" to a described group before the cue speaks for the pair; the
    pronoun is the speaker, as a named person with their people is (:func:`_with_own_people`;
    pron34). Only when the pronoun opens the clause: the sentence's start, a comma or an
    opener ("But", "And") before it; not an object ("told him and his aides")."""
    i = phrase.i
    if phrase.how != "left" or i < 2 or toks[i - 1].low != "and" or (
            toks[i - 2].low not in _PERSON_CONJUNCT_PRONOUNS) or _is_cap(toks[i]):
        return phrase
    before = toks[i - 3] if i >= 3 else None
    if before is not None and before.kind == "w" and before.low not in _LIST_OPENERS:
        return phrase
    return _make(toks, i - 2, i - 1, "pronoun")


# the quantifiers that open a loose group joined to a speaker ("the campaign and some
# experts", "Trump and other Republicans"): the pair is one subject
_PARTNER_GROUP_OPENERS = frozenset({"some", "other", "several", "many", "various", "numerous"})


def _with_group_partner(toks: list[Token], phrase: Phrase) -> Phrase:
    """'The Clinton campaign and some cybersecurity experts have alleged', 'The mayor and
    several councillors said': a speaker joined by "and" to a loose group ("some", "other",
    "several" ...): the pair speaks, the whole phrase, as "Ms. Pelosi and other party
    elders" is read (not the group alone; name36). Only when the first conjunct is a noun
    phrase with a name in it that opens the clause (the sentence's start, a comma or an
    opener before it); "The police and some residents said" stays the group (name33); else
    ``phrase``."""
    i = phrase.i
    if phrase.how != "left" or i < 2 or toks[i].low not in _PARTNER_GROUP_OPENERS or (
            toks[i - 1].low != "and"):
        return phrase
    left = _noun_phrase(toks, i - 1)
    if left is None or left.how != "left" or left.j != i - 1:
        return phrase
    words = toks[left.i : left.j]
    if not any(_is_cap(t) for t in words[1:] if t.low not in lx.DETERMINERS) and not (
            _is_cap(words[0]) and words[0].low not in lx.DETERMINERS and left.i > 0):
        return phrase  # "The police and some residents said": a common noun's group stays
        # the group (name33); the pair when a name is in it ("The Clinton campaign")
    if all(_is_cap(t) for t in words) and not _is_cap(toks[phrase.j - 1]):
        return phrase  # "Howard and some state leaders said": the named member speaks
        # (extract's _named_member reads it; a capitalised group, "Trump and other
        # Republicans", is not its)
    before = toks[left.i - 1] if left.i > 0 else None
    if before is not None and before.kind == "w" and not (
            left.i - 1 == 0 and before.low in _LIST_OPENERS):
        return phrase  # "met the mayor and some councillors said": no subject
    return _make(toks, left.i, phrase.j, "left")


MAX_CONJUNCT_TOKENS = 7  # "U.S. Secretary of State Marco Rubio": one named conjunct of a list


def _name_run_start(toks: list[Token], k: int) -> int:
    """Where the run of capitalised words (and "of" inside a title) ending before ``k``
    starts; ``k`` when there is none."""
    m = k
    while m > 0 and k - m < MAX_CONJUNCT_TOKENS and toks[m - 1].kind == "w" and (
            (_is_cap(toks[m - 1]) and toks[m - 1].low not in lx.SENTENCE_OPENERS
             and toks[m - 1].low not in lx.TIME_WORDS)  # not "On Monday, A and B said"
            or (toks[m - 1].low == "of" and m - 1 > 0 and _is_cap(toks[m - 2]))
            or (m < k and _title_word(toks[m - 1]))):  # "Kremlin spokesman Dmitry Peskov"
        m -= 1
    return m


def _title_word(tok: Token) -> bool:
    """A lower-case word of a title before a name ("spokesman", "foreign", "ministry")."""
    return tok.low not in lx.DETERMINERS and tok.low != "of" and (
        tok.low in lx.TITLE_WORDS or tok.low in lx.SPEAKER_NOUNS or tok.low in _TITLE_PARTS)


_TITLE_PARTS = frozenset({"foreign", "defence", "defense", "ministry", "deputy", "prime",
                          "chief", "senior", "special", "national", "security", "state"})


def _coordinated(toks: list[Token], phrase: Phrase) -> Phrase:
    """'Rubio and Witkoff said', 'Marco Rubio, Steve Witkoff and Jared Kushner said': a
    named subject joined by "and" to names before it speaks with them; the phrase covers the
    list. Only when the list opens the clause (the sentence's start, a comma after an
    opener, "both", a sentence opener): in "Rubio met Lavrov and Witkoff said" the list is
    not a subject."""
    if phrase.how != "left" or phrase.core >= 0 or not _is_cap(toks[phrase.j - 1]) or not all(
            _is_cap(t) or _title_word(t) for t in toks[phrase.i : phrase.j] if t.kind == "w"):
        return phrase
    i = phrase.i
    joined = False
    while i >= 2 and toks[i - 1].low in {"and", ","}:
        k = i - 1
        if toks[k].low == "and" and toks[k - 1].low == ",":
            k -= 1  # "A, B, and C"
        start = _name_run_start(toks, k)
        if start == k or toks[k - 1].low in lx.TITLE_WORDS:
            break  # "Vice President and Managing Editor Bill Sammon": one person's titles
        joined = joined or toks[i - 1].low == "and"
        i = start
        if toks[i - 1].low != "," or i < 2 or _name_run_start(toks, i - 1) == i - 1:
            break  # a comma after an opener ("On Monday, A and B said") ends the list
    if not joined or i == phrase.i:
        return phrase
    before = toks[i - 1] if i > 0 else None
    if before is not None and before.low == "both":
        i -= 1
        before = toks[i - 1] if i > 0 else None
    # the list opens the clause: the sentence's start, a comma or a capitalised opener
    # ("But Rubio and Witkoff said"); not mid-sentence words ("the Organisation for Economic
    # Cooperation and Development", "populists like Trump and Le Pen")
    if before is not None and before.low in {"of", "from"} and i >= 2 and (
            toks[i - 2].low in lx.SPEAKER_NOUNS):
        # "The foreign ministers of France, Germany and Britain said": the people of the
        # listed countries, the whole phrase (eighteenth session; it was "Britain")
        head = _noun_phrase(toks, i - 1)
        if head is not None:
            return _make(toks, head.i, phrase.j, "left")
    if before is not None and before.kind == "w" and not (
            i - 1 == 0 and before.low in _LIST_OPENERS) and not (
            before.low in _LIST_INCLUDED and phrase.j < len(toks) and toks[phrase.j].low != ","):
        return phrase  # (but "European leaders including Macron, Merz and Starmer said":
        # the listed members speak, all of them, not the last one alone; not before a comma:
        # "including Trump and Cruz, who has opposed" is Cruz's)
    return _make(toks, i, phrase.j, "left")


_LIST_INCLUDED = frozenset({"including", "notably"})


_LIST_OPENERS = frozenset({"and", "but", "yet", "so", "then", "now", "still", "meanwhile"})


MAX_RELATIVE_CLAUSE_TOKENS = 12  # "who spoke anonymously to discuss internal strategy"


def _relative_subject(toks: list[Token], j: int) -> Phrase | None:
    """'Even Republicans who have praised his candidacy warned', 'a White House official who
    spoke anonymously ... said': the noun phrase before a "who" clause that runs, without
    punctuation, up to the cue is the speaker (the clause stays in the phrase; its head is
    the antecedent). Not when the cue is a further verb of the "who" clause ("a lawyer who
    praised Sanders and criticized Clinton", "... who endorsed Sanders before backing
    Clinton": the clause goes on; pron34)."""
    if j < len(toks) and _clause_goes_on(toks, j) and _who_clause_before(toks, j - 1):
        return None
    for w in range(j - 2, max(0, j - MAX_RELATIVE_CLAUSE_TOKENS) - 1, -1):
        if toks[w].kind != "w":
            return None
        if lx.CUES.get(toks[w].low, ("", ""))[1] in {"speech", "clause"} and (
                toks[w + 1].low not in _INFINITIVE_MARKS):
            return None  # "experts who say Russian services have been known": what they say
            # (not "A young man who asked not to be identified said": a request, no content;
            # phrase29, the speaker was "identified")
        if toks[w].low == "who" and 2 <= w < j - 2 and toks[w - 1].low in {"and", "but"}:
            # "Another worshiper who prayed there and who didn't want to be named said": the
            # second relative joined to the first, whose antecedent speaks (round 36; a
            # clause of two words or more: not "and who claimed | credit for", a cue's part)
            first = next((m for m in range(w - 2, max(0, w - MAX_RELATIVE_CLAUSE_TOKENS) - 1, -1)
                          if toks[m].low == "who" or toks[m].kind != "w"), None)
            if first is None or toks[first].low != "who":
                return None
            antecedent = _noun_phrase(toks, first)
            if antecedent is None or antecedent.how in {"pronoun", "relative"}:
                return None
            return _make(toks, antecedent.i, j, "left", core=first)
        if toks[w].low == "who":
            own = _noun_phrase(toks, j)
            if own is not None and own.i == w + 1 and own.how == "left":
                return None  # "hackers who U.S. officials say is tied to ...": the clause's
                # own subject speaks; "who" is what they say something of
            antecedent = _noun_phrase(toks, w)
            if antecedent is None or antecedent.how in {"pronoun", "relative"}:
                return None
            return _make(toks, antecedent.i, j, "left", core=w)
    return None


# words right before a verb that join it to the verb before (the same clause goes on)
_VERB_LINKS = frozenset({"and", "but", "or"})
# prepositions before a participle that make it the same clause's deed ("endorsed Sanders
# before backing Clinton", "injected a new element by questioning his eligibility"); not
# "while"/"when", whose participle is a circumstance ("was shot while responding to the call")
PARTICIPLE_LINKS = frozenset({"before", "after", "by"})


def _clause_goes_on(toks: list[Token], j: int) -> bool:
    """Is the verb at ``j`` a further verb of the clause before it: "and"/"but"/"or" right
    before it, or a preposition before a participle ("before backing")?"""
    before = toks[j - 1].low if j >= 1 else ""
    return before in _VERB_LINKS or (before in PARTICIPLE_LINKS and toks[j].low.endswith("ing"))


def _who_clause_before(toks: list[Token], k: int) -> bool:
    """Does a "who" clause run up to token ``k`` with only words between, none opening
    another clause ("who went in the home collapsed when she walked outside and said": the
    "and" is the "when" clause's)?"""
    for w in range(k - 1, max(0, k - MAX_RELATIVE_CLAUSE_TOKENS) - 1, -1):
        if toks[w].low == "who":
            return True
        if toks[w].kind != "w" or toks[w].low in lx.CLAUSE_OPENERS:
            return False
    return False


# words after a speech verb that open its infinitive ("asked not to be named", "declined to
# be identified"), no reported clause
_INFINITIVE_MARKS = frozenset({"not", "to"})


def _time_phrase(toks: list[Token], k: int) -> bool:
    """True when token ``k`` belongs to a time phrase ('on Friday', 'Tuesday night')."""
    low = toks[k].low
    if low in {"on", "last", "this", "past", "early", "late", "earlier"}:
        return k + 1 < len(toks) and toks[k + 1].low in lx.TIME_WORDS
    return True


# nouns of time that a preposition makes an adverbial ("at the time", "in the end", "at the
# moment"), never a speaker (twenty-first session: "Estimates at the time suggested" was "the
# time")
_TIME_NOUNS = frozenset({"time", "moment", "end", "outset", "start", "beginning", "height",
                         "peak", "close", "meantime", "interim"})
_TIME_PREPOSITIONS = frozenset({"at", "in", "by", "during", "since", "until", "from"})


def time_adverbial(toks: list[Token], i: int, j: int) -> bool:
    """Are ``toks[i:j]`` a time noun's phrase after a preposition ("at the time", "in the
    end"): when something was said, not who said it?"""
    return i > 0 and toks[i - 1].low in _TIME_PREPOSITIONS and toks[j - 1].low in _TIME_NOUNS
# bodies people speak from inside ("sources in the delegation", "an official in the ministry")
_INSIDE_BODIES = frozenset({"delegation", "government", "ministry", "administration", "team",
                            "embassy", "campaign", "party", "cabinet", "parliament", "army",
                            "military", "presidency", "coalition", "opposition", "leadership"})
# nouns of places that "the ... of" names ("the western city of Bielefeld", "the southern
# region of Kherson"): a place phrase, not a speaker
_PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "capital",
                          "district", "port", "county", "oblast", "state", "country",
                          "island", "suburb", "area"})
MAX_PLACE_WORDS = 4  # "the western port city of": the words between "the" and "of"
# where people live or are, named by a common noun after "in the" ("A neighbor in the area,
# who was a nurse, said", "residents in the neighborhood")
_LOCAL_PLACES = _PLACE_NOUNS | frozenset({"neighborhood", "neighbourhood", "building",
                                          "community", "complex", "block", "street"})


def _placed_object(toks: list[Token], j: int) -> bool:
    """Does the phrase before ``j`` end on "in the" and a place of :data:`_LOCAL_PLACES` after
    a people noun ("A neighbor in the area, who was a nurse, said", "residents in the
    neighborhood"; round 34)? The place ("area") is a word no noun phrase of speakers ends
    on; the people before it speak."""
    return j >= 4 and toks[j - 1].low in _LOCAL_PLACES and toks[j - 2].low == "the" and (
        toks[j - 3].low == "in") and toks[j - 4].kind == "w" and not _is_cap(toks[j - 4]) and (
        _valid_head(toks[j - 4])) and not _is_number(toks[j - 4])


def placed_head(toks: list[Token], k: int) -> bool:
    """Can word ``k`` head a speaker phrase that a place follows with "in" ("officials in
    Kyiv", "Police in the western city of Bielefeld", "A spokesman for the ministry in
    Kyiv", "The Cook County Medical Examiner in Illinois")? A people noun of
    :data:`PLACE_PEOPLE`, or a speaker noun of the lexicon, lower case or capitalised (a
    name before "in" is someone placed: "Zelenskyy in Kyiv"; twenty-second session)."""
    low = toks[k].low
    if place_people(low) and (k == 0 or not _is_cap(toks[k])):
        return True
    return low in lx.SPEAKER_NOUNS or low in _PLACED_TITLES


# capitalised heads of an office's title that a place may follow ("Medical Examiner in
# Illinois"): agent nouns the speaker-noun lexicon lacks
_PLACED_TITLES = frozenset({"examiner", "coroner"})


# places in the plural after "in" and a modifier ("sheriffs in bordering states", "officials
# in neighbouring countries", "doctors in rural communities"): where the people are
_PLURAL_PLACES = frozenset({"states", "countries", "cities", "towns", "villages", "provinces",
                            "regions", "districts", "counties", "communities", "areas",
                            "neighborhoods", "neighbourhoods", "nations", "territories"})
MAX_PLURAL_PLACE_WORDS = 3  # "in | other | southern | states"


def _plural_places_tail(toks: list[Token], j: int) -> int | None:
    """The index of the "in" when the words before ``j`` read a people noun, "in", and
    lower-case words ending in a plural place noun ("sheriffs in bordering states",
    "officials in other countries"); else None. The place is a word no noun phrase of
    speakers ends on; the people before it speak."""
    if j < 3 or toks[j - 1].low not in _PLURAL_PLACES:
        return None
    for m in range(j - 2, max(0, j - 2 - MAX_PLURAL_PLACE_WORDS), -1):
        if toks[m].kind != "w" or _is_cap(toks[m]):
            return None
        if toks[m].low == "in":
            return m if m >= 1 and toks[m - 1].kind == "w" and placed_head(toks, m - 1) else None
    return None


def _named_place(toks: list[Token], k: int, j: int) -> bool:
    """Do tokens ``k:j`` read "the <words> <place noun> of <Name>" ("the western city of
    Bielefeld")?"""
    if toks[k].low != "the":
        return False
    for m in range(k + 1, min(j - 2, k + 2 + MAX_PLACE_WORDS)):
        if toks[m].low in _PLACE_NOUNS and toks[m + 1].low == "of" and _is_cap(toks[m + 2]):
            return True
        if toks[m].kind != "w" or _is_cap(toks[m]):
            return False
    return False


# prepositions that tie a speaker noun to what it took part in ("a participant in the call")
_PART_PREPOSITIONS = frozenset({"in", "on", "at", "of", "to", "from", "with", "for"})


def _speech_noun_object(toks: list[Token], j: int) -> bool:
    """Does the phrase before ``j`` end on a speech word as a preposition's object after a
    speaker noun ("a participant in the call", "the people on the call", "an aide at the
    briefing")? Such a word ("call", "briefing", "statement") is a cue, so no noun phrase
    ends on it."""
    return j >= 4 and toks[j - 1].low in lx.CUES and not nounish(toks[j - 1].low) and (
        toks[j - 2].low in {"the", "a", "an", "this", "that"}) and (
        toks[j - 3].low in _PART_PREPOSITIONS) and toks[j - 4].kind == "w" and (
        nounish(toks[j - 4].low) or place_people(toks[j - 4].low))


_APOSTROPHES = frozenset({"’", "'"})
# the verbs after which such a phrase speaks (PolNeAR train: before other cue words, "state",
# "support", "hope", the phrase was a noun's modifier or another clause's subject)
_EVENT_PERSON_VERBS = frozenset({"said", "says", "told", "tells", "added", "recalled",
                                 "described", "wrote", "writes"})
# objects of such a link that are a time, not an event ("Estimates at the time suggested")
_NOT_EVENTS = lx.TIME_WORDS | {"time", "moment", "end"}


def _object_tail(toks: list[Token], j: int) -> bool:
    """Does the phrase before ``j`` end on a preposition's object that no noun phrase of
    speakers ends on, after the speaker noun it ties: a speech word ("a participant in the
    call"), an event ("a friend of the victim from the crash") or a local place ("a neighbor
    in the area")? The phrase then reads back from the link (see :func:`_noun_phrase`)."""
    return _speech_noun_object(toks, j) or _event_object(toks, j) or _placed_object(toks, j)


def _event_object(toks: list[Token], j: int) -> bool:
    """Does the phrase before ``j`` end on an event the person before it was part of ("A
    friend of the victim from the crash said", "The brother of one of the victims from
    Saturday's shootings said"; round 34)? The event ("crash", "shootings") is a word no noun
    phrase of speakers ends on, after a determiner or a possessive, a link and a person noun."""
    if j < 4 or toks[j - 1].kind != "w" or _valid_head(toks[j - 1]) or (
            not toks[j - 1].low.isalpha()) or toks[j - 1].low in lx.NP_BOUNDARY or (
            toks[j - 1].low in _NOT_EVENTS) or (j >= 5 and toks[j - 5].low == "and") or (
            j >= len(toks) or toks[j].low not in _EVENT_PERSON_VERBS):
        return False  # ("Estimates at the time"; "Detectives and people at the scene": the
        # people's phrase is longer than this rule reads; only before a plain verb of
        # saying: "told lawmakers in a parliamentary questioning session", "urging people in
        # the battleground state to", "that the people in the room would not support him"
        # end in a noun or a clause the cue word is no verb of)
    owner = toks[j - 2].low
    return (owner in {"the", "a", "an", "this", "that"} or owner.endswith(("’s", "'s"))) and (
        toks[j - 3].low in _PEOPLE_PLACE_LINKS) and toks[j - 4].low in lx.SPEAKER_NOUNS and not (
        _share_word(toks[j - 4].low))  # (not "many of the same notes": a share of them)


def _s_possessive_mark(toks: list[Token], k: int) -> bool:
    """Is token ``k`` the apostrophe alone that makes a word ending in "s" possessive
    ("Sanders’ campaign", "the Democrats' nominee": AP style for such names and plurals)?
    Written straight after the word, a space and a lowercase word after it (round 22: the
    phrase began after it, so "Sanders’ campaign said" was "campaign", or Sanders himself;
    not before a capital: "Leaders’ College", "Reuters’ Luciana Lopez" are read as before)."""
    tok = toks[k]
    return tok.kind == "p" and tok.text in _APOSTROPHES and 0 < k < len(toks) - 1 and \
        toks[k - 1].kind == "w" and toks[k - 1].end == tok.start and \
        toks[k - 1].low.endswith("s") and toks[k + 1].kind == "w" and \
        toks[k + 1].start > tok.end and not _is_cap(toks[k + 1])


def _compound_modifier(tok: Token) -> bool:
    """Is ``tok`` a hyphenated lowercase modifier ("rank-and-file", "far-right",
    "high-ranking") that stays in the noun phrase it opens (round 22: "many rank-and-file
    unionists said" was "unionists", "some far-right commentators" "commentators")?"""
    parts = tok.low.split("-")
    return tok.kind == "w" and len(parts) > 1 and all(p.isalpha() for p in parts) and \
        not _is_cap(tok)


MAX_HEAD_MODIFIERS = 3  # "the British high street giant": words between article and head
# a company named by its trade or size, a head the speaker nouns leave out because before a
# name it makes the name a company's ("the oil giant Exxon Mobil": resolution's
# COMPANY_EPITHETS); as a phrase's head it is the speaker described ("The Chinese tech giant")
_TRADE_HEADS = frozenset({"giant", "carmaker", "lender", "broadcaster", "manufacturer",
                          "conglomerate", "multinational", "brewer", "miner"})
# words that end a noun phrase's modifiers besides the boundaries and cues the lexicon has:
# "The man who police said", "the head of police"
_NOT_HEAD_MODIFIERS = lx.RELATIVE_PRONOUNS | {"of"}


# what opens a singular noun phrase before its modifiers: the articles, and "one" of a
# headline or a lede ("One protest organizer says"; desc33)
_SINGULAR_OPENERS = frozenset({"the", "a", "an", "one"})


def _modifiers_to_article(toks: list[Token], k: int, j: int) -> bool:
    """Is ``toks[k]`` one of at most :data:`MAX_HEAD_MODIFIERS` modifiers between "the"/"a"
    (or "one") and a singular head at ``j - 1``: each a lower-case word no boundary, cue or
    adverb, or a capitalised nationality or initialism ("Chinese", "US")? Plural heads are
    left alone:
    "After the meeting officials said" is no phrase."""
    head = toks[j - 1].low
    if head.endswith("s") or (head not in lx.SPEAKER_NOUNS and head not in _TRADE_HEADS) or any(
            t.low in lx.DETERMINERS for t in toks[k : j - 1]):
        return False
    m = k
    while m >= 0 and j - 1 - m <= MAX_HEAD_MODIFIERS + 1:
        w = toks[m]
        if w.low in _SINGULAR_OPENERS:
            return m < j - 2
        if w.kind != "w" or not (
                (not _is_cap(w) and w.low.isalpha() and w.low not in lx.NP_BOUNDARY
                 and w.low not in lx.CUES and not w.low.endswith("ly")
                 and w.low not in _NOT_HEAD_MODIFIERS)
                or (_is_cap(w) and (w.low.endswith(_NATIONALITY_SUFFIXES) or w.text.isupper()
                                    or w.low in {"u.s.", "u.k."}))):
            return False
        m -= 1
    return False


# bodies' common heads that a name may follow in apposition ("the state company Tavanir",
# "the news agency Tasnim", "the broadcaster NHK")
_BODY_HEADS = frozenset({"company", "firm", "agency", "group", "broadcaster", "operator",
                         "utility", "regulator", "network", "newspaper", "daily", "channel",
                         "carrier", "airline", "bank", "insurer", "developer", "provider"})


def _apposed_name_opener(toks: list[Token], i: int, j: int) -> int | None:
    """Where the phrase opens when ``toks[i:j]`` read a body's common head and the name
    apposed to it, modifiers and an article or a possessive before the head ("A deputy head
    of Iran’s state electricity company Tavanir said": "Iran’s state electricity company
    Tavanir"); else None (round 36: the phrase was "company Tavanir", the speaker "Tavanir")."""
    head = toks[i]
    if head.kind != "w" or _is_cap(head) or head.low not in _BODY_HEADS or not all(
            t.kind == "w" and _is_cap(t) for t in toks[i + 1 : j]):
        return None
    m = i - 1
    while m >= 0 and i - m <= MAX_HEAD_MODIFIERS + 1:
        w = toks[m]
        if w.low in _SINGULAR_OPENERS or (w.kind == "w" and w.low.endswith(("’s", "'s"))):
            return m if m < i - 1 else None  # (at least one modifier: "the company X" is
            # read already)
        if w.kind != "w" or _is_cap(w) or not w.low.isalpha() or w.low in lx.NP_BOUNDARY or (
                w.low.endswith("ly")):
            return None  # (a cue's word may modify: "the state electricity company")
        m -= 1
    return None


# what opens a singular speaker's noun phrase besides the articles: another, a demonstrative
# at a clause's start, a possessive pronoun ("That committee said", "Another elderly man
# said", "His opponent's campaign admits"; title33)
_FRAGMENT_OPENERS = frozenset({"another", "his", "her", "their", "its", "our", "my", "your"})
_DEMONSTRATIVES = frozenset({"this", "that"})
MAX_FRAGMENT_MODIFIERS = 5  # "a former Justice Department computer crimes prosecutor"
# adjectives in "-ly" that describe a person ("An elderly woman stated"), which the other
# "-ly" words (adverbs: "Separately officials said") are not
_LY_ADJECTIVES = frozenset({"elderly", "burly", "friendly", "lonely", "wily", "portly"})
# singular people a fragment's head may be besides the speaker nouns: kin and neighbours
# ("The dead boy's uncle said", "That neighbor says")
_FRAGMENT_HEADS = frozenset({"neighbor", "fiance", "fiancee"})  # (kin: KIN_TIES)


def _fragment_head(low: str) -> bool:
    """Can ``low`` head a singular speaker's phrase that :func:`_modifiers_to_opener` walks?"""
    return not low.endswith("s") and (
        low in lx.SPEAKER_NOUNS or low in KIN_TIES or low in _FRAGMENT_HEADS
        or low in _TRADE_HEADS)


def _possessive_word(tok: Token) -> bool:
    """Is ``tok`` a word in "'s"/"’s" ("China's", "the D.A.'s", "opponent's")?"""
    return tok.kind == "w" and tok.low.endswith(("'s", "’s")) and len(tok.low) > 2


def _modifiers_to_opener(toks: list[Token], k: int, j: int) -> int | None:
    """The opener of a singular speaker's noun phrase whose modifiers ``toks[k:j-1]`` the
    walk of :func:`_noun_phrase` stopped in (title33: "a high-level U.S. naval commander
    said" was "commander", "China's commerce ministry said" "ministry", "The work and
    pensions secretary says" "secretary", "That committee said" "committee"): back over at
    most :data:`MAX_FRAGMENT_MODIFIERS` words, each a lower-case word no boundary, cue or
    adverb, a hyphened compound or a capitalised word (no sentence opener), to an article,
    "another", a possessive pronoun, a demonstrative that opens the clause, or a
    possessive ("China's", "Baez'"). The opener's index, or None."""
    if not _fragment_head(toks[j - 1].low) or _is_cap(toks[j - 1]):
        return None
    m = k
    while m >= 0 and j - 1 - m <= MAX_FRAGMENT_MODIFIERS + 1:
        w = toks[m]
        low = w.low
        if low == "and" and m < j - 2 and m > 0 and toks[m - 1].kind == "w" and not _is_cap(
                toks[m - 1]) and not _is_cap(toks[m + 1]):
            m -= 1  # "The work and pensions secretary"
            continue
        if low in _SINGULAR_OPENERS or low in _FRAGMENT_OPENERS:
            return m if m < j - 1 else None
        if low in _DEMONSTRATIVES:
            return m if m < j - 1 and (m == 0 or toks[m - 1].kind != "w") else None
        if _possessive_word(w) and m < j - 1:
            if m > 0 and toks[m - 1].kind == "w" and _is_cap(toks[m - 1]) and \
                    toks[m - 1].low not in lx.DETERMINERS:
                return None  # ("President Trump's hostage envoy": a person's title by the
                # person it serves, which the titles resolve; "Donald Trump's eldest son")
            return m
        if _s_possessive_mark(toks, m) and m < j - 1:
            return m - 1
        if w.kind != "w" or low in lx.NP_BOUNDARY or low in lx.CUES or (
                low in _NOT_HEAD_MODIFIERS) or (low.endswith("ly") and low not in _LY_ADJECTIVES):
            return None
        if _is_cap(w):
            if low in lx.SENTENCE_OPENERS or low in lx.TIME_WORDS:
                return None
        elif not (low.isalpha() or _compound_modifier(w)):
            return None
        m -= 1
    return None


# endings of adjectives a writer strings before a person with a comma ("the bespectacled,
# 71-year-old diplomat", "the soft-spoken, careful negotiator", "a defiant, emotional
# Trump"); not "-al" or "-ing" ("At the hospital, doctors said", "In the evening, officials
# said": a place or a time, whose comma ends a phrase before the subject)
_COORDINATE_ADJECTIVE_ENDINGS = ("ed", "ful", "ous", "ive", "less", "ish", "ic", "-old")


def _coordinate_comma(toks: list[Token], c: int, j: int) -> bool:
    """Is the comma at ``c`` one between coordinate adjectives of the speaker phrase that
    ends at ``j`` ("“Q,” the bespectacled, 71-year-old diplomat said"): an article opening
    the clause, one adjective before the comma, lower-case modifiers and a singular speaker
    noun after it?"""
    if c < 2 or j - c < 3 or toks[c - 2].low not in {"the", "a", "an"}:
        return False
    if c > 2 and toks[c - 3].kind == "w" and toks[c - 3].low not in lx.CUES:
        return False  # ("In the end, senior officials said": the article opens no subject)
    adjective, head = toks[c - 1], toks[j - 1]
    return (adjective.kind == "w" and not _is_cap(adjective)
            and adjective.low.replace("-", "").isalpha()
            and adjective.low.endswith(_COORDINATE_ADJECTIVE_ENDINGS)
            and adjective.low not in lx.NP_BOUNDARY and adjective.low not in lx.CUES
            and head.low in lx.SPEAKER_NOUNS and not head.low.endswith("s")
            and all(t.kind == "w" and not _is_cap(t) and t.low not in lx.DETERMINERS
                    and t.low not in lx.NP_BOUNDARY for t in toks[c + 1 : j]))


# the first person's object forms after an imperative "let": "Let me say", "Let us be clear"
# is the writer (or the speaker quoted) announcing what they say, in any news text
_LET_FIRST_PERSON = frozenset({"me", "us"})


def _let_first_person(toks: list[Token], j: int) -> bool:
    """Does the phrase before token ``j`` end in "let me" or "let us" ("Let me just say that
    ...": the speaker is "me", a first person, not a capitalised "Let me")?"""
    return j >= 2 and toks[j - 1].low in _LET_FIRST_PERSON and toks[j - 2].low == "let"


def _noun_phrase(toks: list[Token], j: int) -> Phrase | None:
    """The noun phrase ending just before token ``j``, if its last word can be a speaker."""
    if j <= 0 or toks[j - 1].kind != "w":
        return None
    last = toks[j - 1]
    if _pronoun_of(last.low):
        return _make(toks, j - 1, j, "pronoun")
    if last.low in lx.RELATIVE_PRONOUNS:
        return _make(toks, j - 1, j, "relative")
    if _let_first_person(toks, j):
        return _make(toks, j - 1, j, "pronoun")  # "Let me say", not "Let me" (pron34)
    i = j
    placed = _plural_places_tail(toks, j)
    if placed is not None:
        i = placed  # "Some sheriffs in bordering states say": the sheriffs (round 36)
    elif _object_tail(toks, j):
        i = j - 3  # "a participant in the call", "one of the people on the call": the
        # object's head is a speech word, which no noun phrase takes (twenty-first session);
        # "the victim from the crash": an event no noun phrase of people ends on (round 34)
    while i > 0 and j - i < MAX_SPEAKER_TOKENS:
        tok = toks[i - 1]
        if _joiner(toks, i - 1) or _s_possessive_mark(toks, i - 1) or (
                i < j and _compound_modifier(tok)):  # "the latest CNN/ORC poll", "Sanders’
            i -= 1  # campaign", "many rank-and-file unionists"
            continue
        if _np_word(toks, i - 1):
            if _is_cap(tok) and tok.low in lx.SENTENCE_OPENERS and (
                i - 1 == 0 or toks[i - 2].kind != "w"
            ):
                break
            i -= 1
            continue
        if tok.low in {"and", "or"} and i < j and _is_cap(toks[j - 1]):
            people = _people_before_places(toks, i - 1)
            if people is not None:
                i = people  # "Officials in Ottawa and Washington said", "Republican leaders
                continue  # in the Senate and the House said": the people of both places,
                # not the second place (desc34: it was "Washington", "the House")
        if i == j and _those_asked(toks, i - 1):
            i -= 1  # "Many of those polled said": the people asked head the phrase (desc34)
            continue
        if i < j and i >= 2 and _noun_before_people(toks, i - 1) and _np_word(toks, i - 2):
            i -= 1  # "Nuclear proliferation experts have speculated": a noun the lexicon
            continue  # lacks, between the phrase's words and its people's noun (desc34)
        # "the gambling tycoon", "the mega donor": a modifier the lexicon lacks right after a
        # determiner (round 5: any word that is no boundary, cue or adverb, not only -ing)
        if (tok.kind == "w" and i < j and i - 2 >= 0 and (
                toks[i - 2].low in lx.DETERMINERS or toks[i - 2].low in _SINGULAR_OPENERS)
                and (tok.low.endswith("ing") or (
                    toks[i - 2].low in _SINGULAR_OPENERS and i == j - 1 and not _is_cap(toks[i])
                    and tok.low not in lx.NP_BOUNDARY and tok.low not in lx.CUES
                    and not tok.low.endswith("ly") and tok.low.isalpha()))):
            i -= 1
            continue
        # "the bespectacled, 71-year-old diplomat said": a comma between two adjectives of a
        # singular person head, back to the article that opens the subject (desc29: it was
        # "71-year-old diplomat", and "the bespectacled" ran into the quote)
        if tok.low == "," and _coordinate_comma(toks, i - 1, j):
            i -= 2
            continue
        # "The Chinese tech giant", "a US software company": a singular head's modifiers,
        # nationality and trade, back to their article (28th session: it was "giant")
        if tok.kind == "w" and i < j and _modifiers_to_article(toks, i - 1, j):
            i -= 1
            continue
        # "the state electricity company Tavanir", "Iran's state company Tavanir": a body's
        # common head and modifiers before the name apposed to it, back to their opener
        if tok.kind == "w" and i < j - 1:
            named_opener = _apposed_name_opener(toks, i, j)
            if named_opener is not None:
                i = named_opener
                continue
        # "a high-level U.S. naval commander", "China's commerce ministry", "That committee":
        # a singular head's modifiers back to their opener (title33)
        if tok.kind == "w" and i < j and i == j - 1:
            opener = _modifiers_to_opener(toks, i - 1, j)
            if opener is not None:
                i = opener
                continue
        # "the professor emeritus at Kyoto University": a title's last word after its head
        if tok.low in lx.TITLE_TAILS and i - 2 >= 0 and toks[i - 2].low in lx.SPEAKER_NOUNS:
            i -= 1
            continue
        # "the Council on Foreign Relations": a link word inside an organisation's name
        if (tok.kind == "w" and tok.low == "on" and i < j and i - 2 >= 0
                and _is_cap(toks[i - 2]) and _is_cap(toks[i])
                and toks[i].low not in lx.TIME_WORDS):
            i -= 1
            continue
        # "U.S. and Ukrainian officials", "Russian and Chinese leaders": two nations' people,
        # one phrase (nineteenth session; it was the second nation's alone)
        if tok.low == "and" and i == j - 2 and i >= 2 and _is_cap(toks[i]) and (
                _is_cap(toks[i - 2]) and place_people(toks[j - 1].low)
                and toks[j - 1].low.endswith("s") and (
                    i == 2 or toks[i - 3].kind != "w" or toks[i - 3].low in lx.DETERMINERS)):
            i -= 2
            continue
        # "the Institute for Science and International Security", "the Department of Health
        # and Human Services": "and" inside an organisation's name, a link word before it
        if tok.low == "and" and i < j and _is_cap(toks[i]) and (
                _org_name_and(toks, i - 1) or named_body_and(toks, i - 1, j)):
            i -= 1  # ("the Hostage and Missing Families Forum", "The Bill and Melinda Gates
            continue  # Foundation": one body's name; round 36)
        # "Procter & Gamble", "The Globe and Mail", "the Mail & Guardian": one name
        if i < j and i >= 2 and name_pair_link(toks, i - 1):
            i -= 1
            continue
        # "two in three said", "one in four voters"
        if (tok.kind == "w" and tok.low == "in" and i < j and i - 2 >= 0
                and _is_number(toks[i - 2]) and _is_number(toks[i])):
            i -= 1
            continue
        # "A redacted copy of the memo seen by Reuters said": the document, not the outlet
        # that saw it (nineteenth session)
        if (tok.kind == "w" and tok.low == "by" and i < j and i - 3 >= 0
                and toks[i - 2].low in SEEN_BY and _is_cap(toks[i])
                and _np_word(toks, i - 3) and toks[i - 3].low not in lx.DETERMINERS):
            i -= 2
            continue
        # "officials in Kyiv", "diplomats in Brussels": the people, not the place
        if (tok.kind == "w" and tok.low == "in" and i < j and i - 2 >= 0
                and toks[i - 2].kind == "w" and (placed_head(toks, i - 2) or _is_cap(toks[i - 2]))
                and (_is_cap(toks[i]) or (
                    # "a source in the Ukrainian delegation" (eighteenth session), "sources
                    # in the delegation" (twenty-first)
                    toks[i].low == "the" and i + 1 < j and (
                        _is_cap(toks[i + 1]) or toks[i + 1].low in _INSIDE_BODIES))
                    or _named_place(toks, i, j))
                and toks[i].low not in lx.TIME_WORDS):
            i -= 1
            continue
        # "Residents along 117th Street", "Residents near the plant": people placed by where
        # they live or stand, not the place (twenty-fourth session)
        if (tok.kind == "w" and tok.low in NEAR_WORDS and i < j and i - 2 >= 0
                and toks[i - 2].kind == "w" and place_people(toks[i - 2].low)):
            i -= 1
            continue
        # "sources with knowledge of the investigation", "two people with direct knowledge
        # of the talks": the people who know, back to the "with" after them (scan35a)
        if i < j:  # (the "of" itself ends the run when the object is a speech noun)
            knows = _knowledge_with(toks, i - 1)
            knows = _knowledge_with(toks, i) if knows is None else knows
            if knows is not None:
                i = knows + 1
                continue
        # "a source familiar with the talks", "a professor at Harvard", "head of the office"
        if (
            tok.kind == "w"
            and tok.low in {"of", "at", "with", "for", "to", "from"}
            and i < j
            and i - 2 >= 0
            and toks[i - 2].kind == "w"
            and (
                toks[i - 2].low in lx.SPEAKER_NOUNS
                or (tok.low == "of" and _person_of(toks, i - 2, i, j))
                or toks[i - 2].low in lx.NP_MODIFIERS
                or _is_cap(toks[i - 2])
                or toks[i - 2].low in lx.TITLE_TAILS  # "the professor emeritus at ..."
                # "one of the former prosecutors", "some of Trump's aides": a share of them
                or (tok.low == "of" and _share_word(toks[i - 2].low))
                # "58 per cent of respondents": the Commonwealth "percent" (org34)
                or (tok.low == "of" and per_cent_at(toks, i - 1))
            )
        ):
            i -= 1
            continue
        if i < j and per_cent_at(toks, i):
            i -= 2  # "Fifty-eight per cent of Canadians": "per cent" is one word
            continue
        break
    while i < j and toks[i].kind == "w" and toks[i].low in {"of", "at", "with", "for", "to"}:
        i += 1
    if i >= j:  # "two people familiar with the call said": the object's head is a cue word
        # ("call", "talks" is not), which no noun phrase takes (twenty-first session)
        familiar = _familiar_before(toks, j, j)
        return None if familiar is None else _make(toks, familiar, j, "left")
    if j - i >= 2 and toks[j - 2].low == "social" and toks[j - 1].low == "media":
        return None  # ("in a social media post on Monday, noting": where, not who)
    i = second_article(toks, i, j)
    if time_adverbial(toks, i, j):
        return None  # "Estimates at the time suggested", "in the end said": when, not who
    if not (_valid_head(toks[j - 1]) or _office_of(toks, i, j) or _familiar_of(toks, i, j)
            or any(_knowledge_with(toks, m) is not None for m in range(i + 3, j - 1))
            or _those_asked(toks, j - 1)
            or (i < j - 3 and _object_tail(toks, j))
            or (i < j - 2 and _plural_places_tail(toks, j) is not None)
            or (j - i == 2 and toks[i].low == "the" and toks[j - 1].low == "other")
            or (j - i == 2 and toks[i].low == "a" and toks[j - 1].low == "few")):
        # ("The other said": one of two just named; nineteenth session; "A few said": some
        # of the people just named, round 33)
        familiar = _familiar_before(toks, i, j)  # "a person familiar with the planning for
        return None if familiar is None else _make(toks, familiar, j, "left")  # the meeting"
    return _make(toks, i, j, "left")


MAX_PLACE_NAME_WORDS = 4  # "the United Arab Emirates", "the Senate" before the "and"
# prepositions that place or attach people to the places an "and" joins ("officials in
# Ottawa and Washington", "leaders of the Senate and the House", "diplomats from"), or tie a
# person to an event ("a friend of the victim from the crash")
_PEOPLE_PLACE_LINKS = frozenset({"in", "of", "at", "from"})


def _people_before_places(toks: list[Token], conj: int) -> int | None:
    """The index of the people's noun placed at two places an "and" at ``conj`` joins
    ("officials in Ottawa and Washington", "Republican leaders in the Senate and the House of
    Representatives"): before the "and", a capitalised place (with its "the") after a placing
    preposition (:data:`_PEOPLE_PLACE_LINKS`) right after a people's noun of
    :data:`PLACE_PEOPLE` or the speaker lexicon; else None (the capitalised words before
    "and" are then a name of their own: "Smith and Jones")."""
    n = conj
    while n > 0 and conj - n < MAX_PLACE_NAME_WORDS and toks[n - 1].kind == "w" and (
            _is_cap(toks[n - 1])):
        n -= 1
    if n == conj:
        return None
    if n > 0 and toks[n - 1].low == "the":
        n -= 1
    if n < 2 or toks[n - 1].low not in _PEOPLE_PLACE_LINKS:
        return None
    people = toks[n - 2]
    if people.kind != "w" or not (
            place_people(people.low) or people.low in lx.SPEAKER_NOUNS) or (
            _is_cap(people) and n > 2 and toks[n - 3].kind == "w"):
        return None  # ("Assistant Chief Fire Officer at Surrey Fire and Rescue Service":
        # a capitalised title inside a sentence, a person's, not described people)
    return n - 2


def _person_of(toks: list[Token], k: int, i: int, j: int) -> bool:
    """Is ``toks[k]``, before "of", a person known by another, described in lower case at
    ``toks[i:j]`` ("the son of the victim", "a classmate of the boy"): kin, a companion or a
    person's epithet heads the phrase (it was cut to the object after "of": "the victim").
    Not before a name ("the daughter of Sir David Amess", "sister of Liz Cheney"): whose
    relative a named person is stays with the rules of named ties (:func:`_tied_person`)."""
    low = toks[k].low
    return (low in EPITHET_NOUNS or low in KIN_TIES) and not any(
        _is_cap(t) and t.low.removesuffix("’s").removesuffix("'s") not in lx.TIME_WORDS
        for t in toks[i:j])  # ("the victims from Saturday's shootings": a day, no name)


# prepositions that place or attach a subject before its set-off aside ("Authorities at the
# building, located near ..., said", "Officials for the county, around 200 miles away, said")
_SUBJECT_PLACE_LINKS = frozenset({"at", "in", "for", "from", "near", "of", "with", "on"})
# place prepositions the lexicon's lists lack ("a man outside the Sam's Club told")
_NEAR_PLACE_WORDS = frozenset({"outside", "inside", "near", "behind", "beside", "beyond",
                               "around", "along", "opposite", "past", "via"})


def second_article(toks: list[Token], i: int, j: int) -> int:
    """Where the phrase ``toks[i:j]`` really starts when a second noun phrase opens inside it
    with an article right after a noun ("a situation the UN previously described as", "At
    the hospital the teen told police", "fired off to the NAACP the statement demanding"): at
    that article, the subject; else ``i``. Not after a name alone ("Obama the realist": an
    epithet) nor after a link word ("the head of the agency")."""
    start = i
    for p in range(i + 2, j - 1):
        before = toks[p - 1]
        if toks[p].text not in {"the", "a", "an"} or before.kind != "w" or (
                before.low in lx.NP_BOUNDARY or before.low in lx.DETERMINERS
                or before.low in _PREPOSITIONS or before.low in _NEAR_PLACE_WORDS
                or before.low in {"of", "and", "or"} or before.low.endswith(("’s", "'s"))):
            continue
        if _is_cap(before) and toks[start].low not in {"the", "a", "an"}:
            continue  # ("Obama the realist", "Donald Trump the candidate")
        start = p
    return start


MAX_FAMILIAR_TAIL = 10  # "a person familiar with the planning for Thursday’s meeting"


MAX_ORG_NAME_AND = 4  # capitalised words between a link word and "and" ("for Science")


# links written only inside a name between capitalised words: the ampersand ("Procter &
# Gamble") and a capitalised "Without" ("Doctors Without Borders", "Reporters Without
# Borders": org34, no statement was read)
_CAPITAL_LINKS = frozenset({"&", "Without"})


def name_pair_link(toks: list[Token], k: int) -> bool:
    """Does the link at ``k`` join two capitalised words into one name: one of
    :data:`_CAPITAL_LINKS`, which news writes inside names only ("Procter & Gamble", "Simon &
    Schuster", "Doctors Without Borders"), or an "and" between two words of newspapers'
    names (:data:`lexicon.PAPER_NAME_WORDS`: "The Globe and Mail", "The Post and Courier")?"""
    if not 0 < k < len(toks) - 1 or not (_is_cap(toks[k - 1]) and _is_cap(toks[k + 1])):
        return False
    if toks[k].text in _CAPITAL_LINKS:
        return True
    return toks[k].low == "and" and toks[k - 1].low in lx.PAPER_NAME_WORDS and (
        toks[k + 1].low in lx.PAPER_NAME_WORDS)


def _org_name_and(toks: list[Token], k: int) -> bool:
    """Is the "and" at ``k`` inside one organisation's name: capitalised words right before
    it that follow "for"/"of"/"on" after another capitalised word ("Institute for Science
    and", "Department of Health and")? Not "Trump and Putin", nor "Reuters and the BBC"."""
    m = k
    while m > 0 and k - m < MAX_ORG_NAME_AND and _is_cap(toks[m - 1]):
        m -= 1
    return k - m >= 1 and m >= 2 and toks[m - 1].low in {"for", "of", "on"} and (
        _is_cap(toks[m - 2])) and not any(
        first_name_gender(t.text + " x") for t in toks[m : k + 2] if t.kind == "w") and (
        k + 1 < len(toks) and toks[k + 1].low not in lx.TITLE_WORDS)
    # (not "Strategists for Barack Obama and Clinton": people, not a name; not "of the
    # University of Chicago and Professor Knittel": a person after it)


# last words of a body's name that may hold an "and" ("the Hostage and Missing Families
# Forum", "the Bill and Melinda Gates Foundation", "the Arms and Security Committee")
_BODY_NAME_HEADS = frozenset({"forum", "foundation", "institute", "association", "council",
                              "committee", "coalition", "alliance", "society", "federation",
                              "fund", "center", "centre", "union", "network", "trust", "league",
                              "commission", "campaign", "project", "organization",
                              "organisation", "group", "agency", "board", "bureau"})
MAX_BODY_NAME_WORDS = 4  # capitalised words on either side of the "and"


def named_body_and(toks: list[Token], k: int, j: int) -> bool:
    """Is the "and" at ``k`` inside one body's name ending at ``j``: "the", one to
    :data:`MAX_BODY_NAME_WORDS` capitalised words, "and", capitalised words up to a head of
    :data:`_BODY_NAME_HEADS`? ("the Hostage and Missing Families Forum said"; not "Trump and
    the Gates Foundation", nor "Reuters and the Committee", which have no "the" before)."""
    if not (0 < j - k - 1 <= MAX_BODY_NAME_WORDS) or toks[j - 1].low not in _BODY_NAME_HEADS:
        return False
    if not all(t.kind == "w" and _is_cap(t) for t in toks[k + 1 : j]):
        return False
    m = k
    while m > 0 and k - m < MAX_BODY_NAME_WORDS and toks[m - 1].kind == "w" and (
            _is_cap(toks[m - 1])) and toks[m - 1].low != "the":
        m -= 1
    return k - m >= 1 and m >= 1 and toks[m - 1].low == "the"


def _familiar_before(toks: list[Token], i: int, j: int) -> int | None:
    """Where a speaker noun "familiar with" (close to, briefed on) starts, when its long
    object runs on to ``j`` with no punctuation between: the phrase's start, or None."""
    for m in range(i - 1, max(0, j - MAX_FAMILIAR_TAIL) - 1, -1):
        if toks[m].kind != "w":
            return None
        if m >= 1 and m + 1 < j and toks[m].low in FAMILIAR and (
                toks[m + 1].low in FAMILIAR_LINKS) and nounish(toks[m - 1].low):
            head = _noun_phrase(toks, m)
            return head.i if head is not None else None
        knows = _knowledge_with(toks, m) if m + 1 < j else None
        if knows is not None:  # "two people with direct knowledge of the talks" (scan35a)
            head = _noun_phrase(toks, knows)
            return head.i if head is not None else None
    return None


# how well sources know what they report, between "with" and "knowledge" ("people with
# direct knowledge of the talks", "a source with intimate knowledge of the plan")
KNOWLEDGE_DEGREES = frozenset({"direct", "intimate", "detailed", "firsthand", "first-hand",
                               "inside", "personal", "close", "specific"})


def _knowledge_with(toks: list[Token], k: int) -> int | None:
    """The index of "with" when the "of"/"about" at ``k`` ends a speaker noun's "with
    (direct) knowledge" ("sources with knowledge of the investigation", "two people with
    direct knowledge of the talks"): the people who know are the speaker, as news writes
    of unnamed sources; None otherwise (a noun must stand right before "with")."""
    if toks[k].low not in {"of", "about"} or k < 3 or toks[k - 1].low != "knowledge":
        return None
    w = k - 2
    if toks[w].low in KNOWLEDGE_DEGREES:
        w -= 1
    if w < 1 or toks[w].low != "with" or toks[w - 1].kind != "w":
        return None
    return w if nounish(toks[w - 1].low) else None


# words that tie a speaker noun to what it knows ("a source familiar with", "close to")
FAMILIAR = frozenset({"familiar", "close", "knowledgeable", "briefed"})
FAMILIAR_LINKS = frozenset({"with", "to", "about", "on"})  # "familiar with", "close to"


def _familiar_of(toks: list[Token], i: int, j: int) -> bool:
    """'a source familiar with Cruz’s thinking', 'people close to the president': a speaker
    noun before "familiar with ..." (what follows need not be a head)."""
    return any(toks[m].low in FAMILIAR and toks[m + 1].low in FAMILIAR_LINKS
               and nounish(toks[m - 1].low) for m in range(i + 1, j - 1))


MAX_OFFICE_OF_TOKENS = 3  # "secretary of state", "minister of foreign affairs"


def _office_of(toks: list[Token], i: int, j: int) -> bool:
    """'the secretary of state', 'the head of state': a speaker noun, "of" and a few words
    that are not a head themselves."""
    for m in range(max(i + 1, j - MAX_OFFICE_OF_TOKENS - 1), j - 1):
        if toks[m].low == "of" and toks[m - 1].low in lx.SPEAKER_NOUNS:
            return True
    return False


def speaker_right(toks: list[Token], k: int, loose: bool = False) -> Phrase | None:
    """The speaker phrase starting at token ``k`` ('..., said Peskov', 'according to X').

    ``loose`` (after a quote or 'according to', where a phrase is expected): any words up to
    punctuation or a clause word, ending at the last word that can be a head
    ("said one unaligned Florida Republican strategist", "according to three networks").
    """
    if k < len(toks) and toks[k].kind == "w" and _pronoun_of(toks[k].low) and (
            not _is_cap(toks[k]) or (_pronoun_of(toks[k].low) != toks[k].low
                                     and _pronoun_of(toks[k].low) in PERSON_PRONOUNS)):
        return _make(toks, k, k + 1, "pronoun")  # "Then he cut into Bush, calling him ...";
        # a person's contraction opening the sentence too ("He’s floated a cost and says":
        # round 36; not "It's easy to call Pfizer unpatriotic", no one's)
    j = k
    listed_end = -1
    while j < len(toks) and j - k < MAX_SPEAKER_TOKENS:
        tok = toks[j]
        if _joiner(toks, j) or (j > k and _s_possessive_mark(toks, j)) or (
            j > k and tok.low in {"and", "without"} and name_pair_link(toks, j)) or (
            tok.low in _NAME_LINKS and j > k and _is_cap(toks[j - 1])
            and j + 1 < len(toks) and _is_cap(toks[j + 1])
            and toks[j + 1].low not in lx.TIME_WORDS  # ("Pope Leo XIV on Wednesday")
        ):  # "a New York Times/CBS News survey", "Sanders’ campaign", "the Center for
            j += 1  # Responsive Politics"
            continue
        if j > k and _name_link_the(toks, j):
            j += 2  # "the U.S. Court of Appeals for the 6th Circuit" (round 33: the speaker was
            continue  # "U.S. Court of Appeals")
        if j > k and tok.kind == "w" and "-" in tok.low and not _is_cap(tok) and \
                j + 1 < len(toks) and toks[j + 1].kind == "w" and nounish(toks[j + 1].low):
            j += 1  # "Hillary Clinton's right-hand woman": a compound modifier before a head
            continue
        if tok.low in {"and", "or"} and j > k and j + 1 < len(toks) and (
                _coordinated_modifiers(toks[j - 1], toks[j + 1])):
            j += 1  # "according to federal and state investigators", "current and former
            continue  # officials": two modifiers of one head (title33: was "federal")
        if tok.low == "and" and _title_and(toks, k, j):
            j += 1  # "Slovak Foreign and European Affairs Minister Juraj Blanar": one title
            continue  # (nineteenth session)
        listed = _of_list_comma(toks, k, j) if tok.low == "," else None
        if listed is not None:
            j = listed  # "said the foreign ministers of France, Germany and Britain": the
            continue  # countries the "of" lists, commas and all (round 36)
        if tok.low == "and" and _of_list_and(toks, k, j):
            # "Leaders of the Nordic and Baltic countries on Sunday backed ...": the places
            # the "of" lists, one phrase (nineteenth session)
            j += 2
            if j < len(toks) and toks[j].low in _LISTED_BODIES:
                j += 1
                listed_end = j  # (the body noun ends the phrase, though it heads no speaker)
            continue
        if j > k and j + 2 < len(toks) and toks[j].low in SEEN_BY and (
                toks[j + 1].low == "by" and _is_cap(toks[j + 2])):
            j += 2  # "according to a copy seen by Reuters": the document and who saw it
            continue  # (nineteenth session)
        naming = _naming_words(toks, j) if j > k and not _is_cap(toks[j - 1]) else 0
        if naming:  # "said the base chief known as Bob": the name the description is given
            j += naming
            continue
        if _np_word(toks, j) and not (tok.low in lx.SENTENCE_OPENERS and _is_cap(tok) and j > k):
            j += 1
            if _pronoun_of(tok.low) and j == k + 1:
                break
            continue
        if j == k and tok.kind == "w" and tok.low.isalpha() and tok.low not in lx.NP_BOUNDARY \
                and j + 1 < len(toks) and _is_cap(toks[j + 1]) and (
                    toks[j + 1].low in lx.TITLE_WORDS):
            j += 1  # "said academy President Sid Ganis": a body's noun before a capitalised
            continue  # title, which the noun lexicon lacks (twenty-first session)
        if tok.kind == "w" and j > k and (
            tok.low == "of" or (loose and tok.low not in lx.NP_BOUNDARY)
        ):
            j += 1
            continue
        role = _role_before_name(toks, j) if j == k and _after_cue(toks, k) else 0
        if role:
            j += role  # "said football coach Travis Conner": a role the noun lexicon lacks
            continue  # (a verb too: "coach") written before the name as a title (pron30)
        if j > k and _noun_before_people(toks, j):
            j += 1  # "Nuclear proliferation experts": a noun the lexicon lacks modifies the
            continue  # people's noun after it (desc34: the speaker was "Nuclear")
        break
    j = _titles_joined(toks, k, j)
    while j > k and toks[j - 1].kind == "w" and toks[j - 1].low in {"of", "the", "a", "an"}:
        j -= 1
    if j == k:
        return None
    # the head is the last word that can be one ("said Pat Caddell" / "said a senior official")
    while j > k and not (_valid_head(toks[j - 1]) or (loose and _loose_head(toks[j - 1]))
                         or j == listed_end):
        j -= 1
    core = -1
    if loose and j - 1 > k and toks[j - 1].low in lx.RELATIVE_PRONOUNS and not (
            toks[j - 1].text.isupper()):  # ("according to the WHO": the organisation)
        j -= 1  # "according to six officials who were familiar with ...": the people, not
        # their relative pronoun (twenty-second session)
    if loose and j - 1 > k and toks[j - 1].low in lx.WEEKDAYS:  # (a day ends a loose phrase)
        # "according to figures released Tuesday": the day the source came out, not its head
        core = j - 1
        while core > k and not (_valid_head(toks[core - 1]) or _loose_head(toks[core - 1])):
            core -= 1
        core = core if core > k else -1
    if j == k or (j == k + 1 and toks[k].low in _BARE_HONORIFICS):
        return None  # ("Mr. Sanders's cursory treatment ... seemed": the possessor's title
        # alone was the speaker "Mr."; phrase29)
    if j - 1 > k and j < len(toks) and toks[j - 1].low in FAMILIAR and (
            toks[j].low in FAMILIAR_LINKS):
        j -= 1  # "according to two people familiar with the talks": "familiar" heads nothing
    knows = 0  # words between the head and what the people know
    if j + 1 < len(toks) and toks[j].low in FAMILIAR and toks[j + 1].low in FAMILIAR_LINKS:
        knows = 2
    elif j + 2 < len(toks) and toks[j].low == "with" and toks[j + 1].low == "knowledge" and (
            toks[j + 2].low in {"of", "about"}):
        knows = 3  # "according to people with knowledge of the talks" (21st session)
    elif j + 3 < len(toks) and toks[j].low == "with" and (
            toks[j + 1].low in KNOWLEDGE_DEGREES) and toks[j + 2].low == "knowledge" and (
            toks[j + 3].low in {"of", "about"}):
        knows = 4  # "said two people with direct knowledge of the talks" (scan35a)
    if knows and (nounish(toks[j - 1].low) or _is_cap(toks[j - 1])):  # ("a Democrat")
        # "..., said two people familiar with the matter": the people and what they know
        m = j + knows
        while m < len(toks) and m - j <= MAX_FAMILIAR_TAIL and toks[m].kind == "w" and (
                toks[m].low not in lx.RELATIVE_PRONOUNS and toks[m].low != "that"):
            m += 1
        j = m
    j = _named_example(toks, k, j)
    how = "pronoun" if _pronoun_of(toks[k].low) and j == k + 1 else "right"
    return _make(toks, k, j, how, core if core < j else -1)


_EXAMPLE_LINKS = frozenset({"like", "including"})  # "experts like Paul Bauman"


def _named_example(toks: list[Token], k: int, j: int) -> int:
    """The end of a speaker phrase ``toks[k:j]`` after a cue that goes on with the name of
    one of the people it describes: "say experts like Paul Bauman, a geophysicist," (pron36:
    no statement was found, the phrase ending at "experts" before its comma); ``j`` when the
    head is no lower-case plural or no capitalised name of two words or more follows."""
    n = len(toks)
    if j - 1 <= k - 1 or j + 2 >= n or toks[j].low not in _EXAMPLE_LINKS or _is_cap(
            toks[j - 1]) or not toks[j - 1].low.endswith("s") or not nounish(toks[j - 1].low):
        return j
    m = j + 1
    while m < n and toks[m].kind == "w" and _is_cap(toks[m]):
        m += 1
    if m - (j + 1) < 2 or (m < n and toks[m].kind == "w"):
        return j  # (a name of two words at least, then a mark: "like Paul Bauman,")
    return m


def _noun_before_people(toks: list[Token], j: int) -> bool:
    """Is word ``j``, inside a speaker phrase, a lower-case noun modifying the plural
    people's noun right after it ("Nuclear proliferation experts", "Healthcare industry
    lobbyists", "Republican campaign strategists")? English stacks nouns before a head, and
    the lexicon holds the heads, not every noun that can modify one. Not a cue ("Officials
    warn voters"), a verb's, an adverb's or a plural's form ("Democrats targeted voters",
    "Trump wants voters"), a pronoun ("the man who police say shot") nor a word of the
    noun-phrase boundary ("Republicans than voters")."""
    if j + 1 >= len(toks):
        return False
    tok, nxt = toks[j], toks[j + 1]
    return tok.kind == "w" and nxt.kind == "w" and tok.low.isalpha() and not _is_cap(tok) \
        and tok.low not in lx.CUES and tok.low not in lx.NP_BOUNDARY \
        and tok.low not in lx.RELATIVE_PRONOUNS and not _pronoun_of(tok.low) \
        and not tok.low.endswith(_VERB_FORM_ENDINGS) and not (
            tok.low.endswith("s") and not tok.low.endswith(_SINGULAR_S_ENDINGS)) \
        and not _is_cap(nxt) \
        and (nxt.low in PLACE_PEOPLE or (nxt.low in lx.SPEAKER_NOUNS
                                         and nxt.low.endswith(_PEOPLE_PLURAL_ENDINGS)))


# endings in -s of singular nouns, which modify a head as any noun does ("campus police",
# "press officers", "bus drivers", "crisis negotiators"), unlike a verb's "-s" ("gives voters")
_SINGULAR_S_ENDINGS = ("ss", "us", "is")
# endings of the plural people's nouns of the speaker lexicon ("lobbyists", "strategists",
# "pollsters"; not its things', "estimates", "polls": "The candidates' respective estimates"
# is a nominal, no one's description)
_PEOPLE_PLURAL_ENDINGS = ("ists", "ers", "ors", "ians", "ants")


def _coordinated_modifiers(before: Token, after: Token) -> bool:
    """Are ``before`` and ``after`` two lower-case modifiers of the lexicon an "and"/"or"
    joins before one head ("federal and state", "current and former")?"""
    return before.kind == "w" and after.kind == "w" and not _is_cap(before) and not _is_cap(
        after) and before.low in lx.NP_MODIFIERS and after.low in lx.NP_MODIFIERS


def _after_cue(toks: list[Token], k: int) -> bool:
    """Does a cue verb ("said", "wrote") or "according to" stand right before ``k``?"""
    return k > 0 and (toks[k - 1].low in lx.CUES or (
        k > 1 and toks[k - 1].low == "to" and toks[k - 2].low == "according"))


MAX_ROLE_BEFORE_NAME = 2  # "coach", "football coach": a role of a word or two
_VERB_FORM_ENDINGS = ("ed", "ing", "ly")  # "published April Smith": no role's words


def _role_before_name(toks: list[Token], k: int) -> int:
    """How many lower-case words at ``k`` (at most :data:`MAX_ROLE_BEFORE_NAME`) stand as a
    role before a person's name, a given name and a capitalised word after them ("said
    football coach Travis Conner"); 0 when there are none or they are no noun phrase's words
    (a time, "that", a participle: "published April 7"). Only after a cue verb (the caller's
    check): "said resident Ken Tillman", not a sentence's subject."""
    for size in range(1, MAX_ROLE_BEFORE_NAME + 1):
        m = k + size
        if m + 1 >= len(toks):
            return 0
        word = toks[m - 1]
        if word.kind != "w" or not word.low.replace("-", "").isalpha() or _is_cap(word) or (
                # ("co-star", "co-founder": a hyphened role; round 33)
                word.low in lx.NP_BOUNDARY or word.low in lx.TIME_WORDS
                or word.low.endswith(_VERB_FORM_ENDINGS)):
            return 0
        given, last = toks[m], toks[m + 1]
        if _is_cap(given) and last.kind == "w" and last.text[:1].isupper() and \
                last.text.isalpha() and given.low not in lx.TIME_WORDS and (
                    first_name_gender(given.text + " x") or given_name_gender(given.text)):
            return size
    return 0


# honorifics that never name anyone alone: a phrase that is one of them was cut before the
# name ("Mr. Sanders's ...": the possessive name is no head)
_BARE_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})
MAX_TITLE_AND_REACH = 4  # capitalised words after "and" up to the title's head ("European
# Affairs Minister")


def _title_and(toks: list[Token], k: int, j: int) -> bool:
    """Is the "and" at ``j`` inside one capitalised title ("Foreign and European Affairs
    Minister", "Minister of Foreign and European Affairs"): capitalised words on both sides,
    and a capitalised head of an office a few words on, before a name?"""
    n = len(toks)
    if not (k < j < n - 2 and _is_cap(toks[j - 1]) and _is_cap(toks[j + 1])
            and all(_is_cap(t) or t.low == "of" or t.low in _TITLE_PREMODIFIERS
                    for t in toks[k:j])):
        return False
    for m in range(j + 1, min(n - 1, j + 1 + MAX_TITLE_AND_REACH)):
        if not _is_cap(toks[m]):
            return False
        if toks[m].low in _OFFICE_WORDS and _is_cap(toks[m + 1]):
            return True
    return False


# lower-case words before a title that keep it one ("tweeted former Housing and Urban
# Development Secretary Julián Castro" had the speaker "Housing"; phrase29)
_TITLE_PREMODIFIERS = frozenset({"former", "then", "acting", "deputy", "interim", "outgoing",
                                 "incoming", "late"})
_OFFICE_WORDS = frozenset({"minister", "secretary", "director", "commissioner", "chairman",
                           "president", "ambassador", "spokesman", "spokeswoman"})


def _speaker_noun_of(toks: list[Token], k: int, j: int) -> int | None:
    """The "of" in ``toks[k:j]`` right after a speaker noun ("the foreign ministers of"), or
    None: where a list of the places or bodies it complements may start."""
    of = next((m for m in range(k, j) if toks[m].low == "of"), None)
    if of is None or of == k or toks[of - 1].low not in lx.SPEAKER_NOUNS:
        return None
    return of


def _of_list_and(toks: list[Token], k: int, j: int) -> bool:
    """Is the "and" at ``j`` inside the "of" complement of a speaker noun in the phrase from
    ``k``, between two capitalised words ("Leaders of the Nordic and Baltic countries", "the
    foreign ministers of France and Germany")?"""
    if not (k < j < len(toks) - 1 and _is_cap(toks[j - 1]) and _is_cap(toks[j + 1])
            and toks[j + 1].low not in lx.TIME_WORDS):
        return False
    of = _speaker_noun_of(toks, k, j)
    if of is None:
        return False
    after = toks[j + 1].low.replace("’", "'").removesuffix("'s")
    return after in COUNTRIES or after in REGIONS or (  # "of France and Germany"
        j + 2 < len(toks) and toks[j + 2].low in _LISTED_BODIES)  # "of the Nordic and
    # Baltic countries"; not "Members of Congress and Trump met": a person after "and"


MAX_LISTED_COUNTRIES = 6  # "the leaders of France, Germany, Italy, Spain, Poland and Britain"


def _of_list_comma(toks: list[Token], k: int, j: int) -> int | None:
    """Past the last country of a list the "of" complement of a speaker noun opens, from the
    comma at ``j`` ("the foreign ministers of France, Germany and Britain", "the leaders of
    France, the UK and Canada"); None unless every item is a country or region, with "the"
    allowed, and the list ends with "and" and one."""
    of = _speaker_noun_of(toks, k, j)
    if of is None or not _listed_place(toks, of + 1, j):
        return None
    m, items = j, 0
    while m < len(toks) and toks[m].low in {",", "and"} and items < MAX_LISTED_COUNTRIES:
        last = toks[m].low == "and" or (m + 1 < len(toks) and toks[m + 1].low == "and")
        start = m + 1 if toks[m].low == "and" else m + (2 if last else 1)
        end = next((e for e in range(start + 1, min(len(toks), start + 3) + 1)
                    if _listed_place(toks, start, e)), None)
        if end is None:
            return None
        items += 1
        if last:
            return end
        m = end
    return None


def _listed_place(toks: list[Token], a: int, b: int) -> bool:
    """Do tokens ``a:b`` name one country or region ("France", "the UK", "South Korea")?"""
    words = toks[a + 1 : b] if a < b and toks[a].low == "the" else toks[a:b]
    if not words or not all(t.kind == "w" and _is_cap(t) for t in words):
        return False
    name = " ".join(t.low for t in words)
    return name in COUNTRIES or name in REGIONS or words[-1].low in COUNTRIES


# plural nouns of the countries or bodies a speaker noun's "of" lists ("Leaders of the Nordic
# and Baltic countries")
_LISTED_BODIES = frozenset({"countries", "states", "nations", "governments", "republics",
                           "parties", "members", "allies"})


NAMING_PARTICIPLES = frozenset({"called", "named", "dubbed"})
# a document's participle before who had it ("a copy seen by Reuters", "a draft obtained by
# Axios")
SEEN_BY = frozenset({"seen", "obtained", "reviewed", "viewed", "read"})


def _naming_words(toks: list[Token], j: int) -> int:
    """How many words at ``toks[j]`` give the description before them a name: 2 for "known
    as" and 1 for "called"/"named"/"dubbed", when a capitalised word follows; else 0."""
    n = len(toks)
    if j + 2 < n and toks[j].low == "known" and toks[j + 1].low == "as" and _is_cap(toks[j + 2]):
        return 2
    if j + 1 < n and toks[j].low in NAMING_PARTICIPLES and _is_cap(toks[j + 1]):
        return 1
    return 0


# singular nouns of a body, not of one person's title
_BODY_NOUNS = frozenset({"police", "staff", "military", "government", "media", "press",
                         "management", "leadership", "family", "team", "administration"})


def _titles_joined(toks: list[Token], k: int, j: int) -> int:
    """Where a phrase from ``k`` stopped at "and" between two titles of one named person
    ("according to Kremlin aide and former ambassador Yuri Ushakov", "said USA TODAY
    contributor and monetary historian David Marsh"): the end of the name after "and";
    else ``j``. The words before "and" end in a lowercase title or description, the words
    after it end in a name of two or more capitalised words, then punctuation or the end."""
    n = len(toks)
    if not (k < j < n and toks[j].low == "and" and toks[j - 1].kind == "w" and (
            # ("front-runner and former secretary of state Hillary Clinton": a hyphenated
            # title is one word too, twenty-second session)
            (not _is_cap(toks[j - 1]) and toks[j - 1].low.replace("-", "").isalpha()
             and not toks[j - 1].low.endswith("s") and toks[j - 1].low not in _BODY_NOUNS)
            # "said former Pennsylvania Gov. and DNC Chairman Ed Rendell": an abbreviated
            # title before "and" is no one's name either
            or (toks[j - 1].low.endswith(".") and toks[j - 1].low in lx.TITLE_WORDS))):
        return j  # (not "police and Mayor John Smith": two sources)
    m = j + 1
    while m < n and toks[m].kind == "w" and m - j <= MAX_SPEAKER_TOKENS and (
            toks[m].low not in lx.NP_BOUNDARY):
        m += 1
    if (m < n and toks[m].kind == "w" and toks[m].low not in _AFTER_JOINED_NAME) or (
            m - j < 3 or not (_is_cap(toks[m - 1]) and _is_cap(toks[m - 2]))):
        return j
    return m


# words that may follow the name of :func:`_titles_joined` where it is not at a sentence's
# end: a complement or a time after a passive's source ("was attacked by front-runner and
# former secretary of state Hillary Clinton for suggesting ...", "... Yuri Ushakov on
# Tuesday"); not "and" (a second source) nor a verb
_AFTER_JOINED_NAME = frozenset({"for", "on", "in", "at", "during", "after", "over", "about"})


def _joiner(toks: list[Token], k: int) -> bool:
    """A slash or dash glued between two capitalised words ("Times/CBS", "Post-ABC" when
    split): part of one name."""
    tok = toks[k]
    return (tok.kind == "p" and tok.text in _JOINERS and 0 < k < len(toks) - 1
            and toks[k - 1].end == tok.start and tok.end == toks[k + 1].start
            and _is_cap(toks[k - 1]) and _is_cap(toks[k + 1]))


_JOINERS = frozenset({"/", "-", "–"})
_NAME_LINKS = frozenset({"for", "on", "&"})  # inside a name: "Center for Responsive Politics"
_LINKS_BEFORE_THE = frozenset({"for", "of"})  # "Court of Appeals for the Ninth Circuit"


def _name_link_the(toks: list[Token], j: int) -> bool:
    """Does a body's name go on over "for the"/"of the" at ``j``: capitalised words before,
    and after "the" a capitalised word or an ordinal that a capitalised word ends ("Court of
    Appeals for the 6th Circuit", "District Court for the Southern District")? Not "the Post
    for the first time" (lower case) nor "Trump for the Republicans" (no word after)."""
    n = len(toks)
    if toks[j].low not in _LINKS_BEFORE_THE or j < 1 or not _is_cap(toks[j - 1]) or (
            j + 3 >= n or toks[j + 1].low != "the"):
        return False
    first, second = toks[j + 2], toks[j + 3]
    ordinal = first.low[:1].isdigit() and first.low.endswith(("st", "nd", "rd", "th"))
    return (ordinal or (_is_cap(first) and first.low not in lx.TIME_WORDS)) and (
        second.kind == "w" and _is_cap(second) and second.low not in lx.TIME_WORDS)


def _loose_head(tok: Token) -> bool:
    low = tok.low
    if tok.kind == "w" and low.endswith(("-year-old", "-year-olds")):
        return True  # “Q,” said the 46-year-old: an age stands for the person
    return (
        tok.kind == "w"
        and low.isalpha()
        and len(low) > 2
        and not low.endswith(("ing", "ed", "ly", "’s", "'s"))
        and low not in lx.DETERMINERS
        and (low not in lx.CUE_SUFFIX_SKIP or low in lx.SOURCE_HEADS)
        and low not in lx.CUE_PREFIX_SKIP
    )


# words after a past participle that opens a sentence ("Informed of", "Asked about"): a
# capitalised word in -ed before anything else may be a name ("Husted continued")
_PARTICIPLE_OBJECTS = frozenset({"of", "about", "by", "on", "with", "in", "after", "whether",
                                 "if", "to", "for"})


def _finite_after_name(toks: list[Token], k: int) -> bool:
    """Is the capitalised word ``k`` in -ing a name followed by its verb ("Ebeling
    reminisced", "Jinping said"), not a participle opening the sentence ("Facing mounting
    criticism,")? A past form or a cue's form right after it says so (sixteenth session)."""
    nxt = toks[k + 1].low
    return toks[k].low.endswith("ing") and (
        (nxt.endswith("ed") and len(nxt) > MIN_PAST_FORM_LETTERS) or nxt in lx.CUES)


MIN_PAST_FORM_LETTERS = 4  # "reminisced", "warned": not "red", "bed", "shed"


def subject(toks: list[Token], before: int) -> Phrase | None:
    """The subject of the unit's main clause: the first speaker phrase, after an opener."""
    starts = [0] + [n + 1 for n in range(min(before, len(toks))) if toks[n].low == ","]
    if _dateline_place(toks, 0):  # "KYIV (Reuters) - Zelenskyy's chief of staff rallied"
        dash = next((n for n in range(1, min(before, len(toks))) if toks[n].low in {
            "-", "—", "–", "--"}), None)
        if dash is not None:
            starts = sorted({*starts, dash + 1})
    for s in starts:
        if s >= before:
            break
        k = s
        while k < before and toks[k].kind == "w" and toks[k].low in lx.SENTENCE_OPENERS:
            k += 1
        if k > s and toks[k - 1].low in _PREPOSITIONS:
            continue  # "In a statement, Gov. Rick Scott blasted": the object of "In" is no one
        if s == 0 and k > s and toks[s].low in _FRONTED_SUBORDINATORS and (
                _main_clause_subject(toks, starts, before)):
            continue  # "As Obama faced criticism, one lawmaker took a moment ... to reassure
            # him": the fronted clause's subject is not the sentence's (desc34)
        if k == s and k + 1 < before and _is_cap(toks[k]) and toks[k + 1].kind == "w" and \
                not _is_cap(toks[k + 1]) and (toks[k].low.endswith("ing") or (
                    toks[k].low.endswith("ed") and toks[k + 1].low in _PARTICIPLE_OBJECTS)) and \
                not _finite_after_name(toks, k):
            continue  # "Facing mounting criticism, Mr. Trump released", "Informed of the
            # district's lean, Early described": a participle opens the sentence
        if k + 1 < before and toks[k + 1].low in {",", ":"} and (
                toks[k].low in _OPENING_ADVERBS or toks[k].low in lx.TIME_WORDS):
            continue  # "Likewise, Trump went after", "Tuesday, the senator opened": after it
        if k == s and _place_opener(toks, k, before):
            continue  # "Back in Washington, his staff churned out", "Together, Senators Rubio
            # and Cruz represent": where or how, not who (desc34: the speakers were "Back",
            # "Together")
        if _time_span_opener(toks, k, before):
            continue  # "Minutes later, the campaign issued a statement saying", "Two days
            # later, the ministry said": when, not who (org34: the speaker was "Two" or none)
        if k == s and k + 1 < before and _is_cap(toks[k]) and toks[k + 1].low in {
                "a", "an", "the"} and any(t.low == "," for t in toks[k + 2 : before]):
            continue  # "Absent a strong defense of these programs, voters may conclude"
        if k + 1 < before and toks[k].low.endswith("ly") and len(toks[k].low) > \
                MIN_ADVERB_LETTERS and (toks[k + 1].low == "," or (
                    toks[k + 1].kind == "w" and not _is_cap(toks[k + 1]))):
            continue  # "Publicly, the GOP nominee feuds", "Shortly after the announcement, ..."
        if _dateline(toks, k) or _dateline_place(toks, k):
            continue  # "BUENA PARK, Calif. - Rallying ...": a dateline, not a subject
        if k == s and s >= 2 and toks[k].low in REGIONS and _is_cap(toks[s - 2]):
            continue  # "at a rally in Beaumont, Tex., Mr. Trump was": the place's state
        phrase = speaker_right(toks, k)
        if phrase is not None and phrase.j <= before:
            apposed = _apposed_subject_name(toks, phrase, before)
            if apposed is not None:
                return apposed
            return Phrase(phrase.i, phrase.j, "subject" if phrase.how != "pronoun" else
                          "pronoun", phrase.start, phrase.end)
    return None


# conjunctions that open a fronted subordinate clause, whose subject is not the main clause's
# ("As Obama faced criticism, one lawmaker ...", "While critics objected, the mayor ...");
# "after", "before", "since", "until" are skipped as prepositions already
_FRONTED_SUBORDINATORS = frozenset({"as", "when", "while", "because", "although", "though",
                                    "if", "whereas", "once", "unless", "whenever"})
# adverbs of place or manner that open a sentence before its subject, set off by a comma
# after them or after the place they lead into ("Back in Washington,", "Elsewhere in the
# region,", "Closer to home,", "Together,", "Overseas,"): no one's name, though capitalised
_PLACE_OPENERS = frozenset({"back", "elsewhere", "closer", "farther", "together", "overseas",
                            "abroad", "nearby", "downtown", "offstage", "backstage"})
_PLACE_OPENER_LINKS = frozenset({",", "to", "home"})  # "Closer to home", "Back home,"


def _place_opener(toks: list[Token], k: int, before: int) -> bool:
    """Does word ``k``, opening a sentence, start an adverbial of place or manner
    (:data:`_PLACE_OPENERS`) followed by a comma, a preposition or "to"/"home", with a comma
    before ``before`` that closes it?"""
    return k + 1 < before and toks[k].low in _PLACE_OPENERS and (
        toks[k + 1].low in _PLACE_OPENER_LINKS or toks[k + 1].low in _PREPOSITIONS) and any(
        t.low == "," for t in toks[k + 1 : before])


def _main_clause_subject(toks: list[Token], starts: list[int], before: int) -> bool:
    """Does a subject phrase (no pronoun's) open the clause after the first comma, ending
    before ``before``: the main clause after a fronted subordinate one ("As Obama faced
    criticism, one lawmaker took")? Not when the cue is in the fronted clause itself or a
    quote follows its comma ("When the team leader realized ..., “he left”")."""
    if len(starts) < 2:
        return False
    phrase = speaker_right(toks, starts[1])
    return phrase is not None and phrase.how != "pronoun" and phrase.j <= before


# units of a span of time that opens a sentence before "later" or "ago" ("Minutes later,",
# "Two days later,", "An hour earlier,", "A week ago,"); the words that end such a span
# (SPAN_ENDS) end a time opener in extract too ("A few hours later, ... told her")
_SPAN_UNITS = _TENURE_UNITS | frozenset(
    {"moments", "seconds", "minutes", "hours", "days", "moment", "second", "minute", "hour",
     "day", "week", "month", "year", "decade"})
SPAN_ENDS = frozenset({"later", "earlier", "ago", "afterward", "afterwards"})
MAX_SPAN_OPENER = 4  # "Just two days later", "About an hour earlier": the words before ","


def _time_span_opener(toks: list[Token], k: int, before: int) -> bool:
    """Does a span of time ending in "later", "earlier" or "ago" and a comma open the clause
    at ``k`` ("Minutes later, ...", "Two days later, ...", "A week ago, ...")? A count, an
    article or a hedge ("just", "about") may stand before the unit; the unit and its end
    word must close the run right before the comma."""
    c = next((m for m in range(k + 1, min(before, k + MAX_SPAN_OPENER + 1))
              if toks[m].low == ","), None)
    if c is None or c - k < 2 or toks[c - 1].low not in SPAN_ENDS or (
            toks[c - 2].low not in _SPAN_UNITS):
        return False
    return all(t.kind == "w" and (t.low in _NUMBER_WORDS or t.low in _TENURE_WORDS
                                  or t.low.isdigit() or t.low in {"an", "the"})
               for t in toks[k : c - 2])


MAX_APPOSED_SUBJECT_NAME = 4  # words of a name set off after the subject ("Jessie Elkins")


def _apposed_subject_name(toks: list[Token], phrase: Phrase, before: int) -> Phrase | None:
    """'One of the men, Jessie Elkins, 70, had served ... and said': the subject with the
    name set off after it, as a phrase whose core is the description (the resolver takes
    the apposed name), when a run of capitalised words closed by a comma follows it; else
    None."""
    if phrase.how == "pronoun" or phrase.j + 2 >= before or toks[phrase.j].low != ",":
        return None
    m = phrase.j + 1
    while m < before and m - phrase.j <= MAX_APPOSED_SUBJECT_NAME and _is_cap(toks[m]):
        m += 1
    if m - phrase.j < 3 or m >= before or toks[m].low != ",":
        return None  # (two capitalised words at least: a name, not "Kyiv,")
    found = speaker_left(toks, m + 1)  # (the phrase the closing comma ends)
    if found is None or found.i != phrase.i or found.core < 0:
        return None
    return Phrase(found.i, found.j, "subject", found.start, found.end, found.core)


def name_tokens(toks: list[Token]) -> list[Token]:
    """The person's name inside a speaker phrase: the last run of capitalised words,
    without leading titles ("Russian Foreign Minister Sergei Lavrov" -> Sergei Lavrov)."""
    run: list[Token] = []
    for tok in reversed(toks):
        if _is_cap(tok) and not tok.low.endswith(("’s", "'s")):
            run.insert(0, tok)
        elif run:
            break
        elif tok.kind == "w" and tok.low not in lx.SPEAKER_NOUNS:
            continue
        else:
            break
    while run and (
        run[0].low in lx.TITLE_WORDS
        or (run[0].low in lx.SPEAKER_NOUNS and len(run) > 1)  # "Analyst Jane Whitfield"
        or run[0].low in lx.SENTENCE_OPENERS
        or (run[0].low.endswith(_NATIONALITY_SUFFIXES) and len(run) > 2)
    ):
        run.pop(0)
    # "Florida Gov. Jeb Bush": the name starts after the last title inside the run
    cut = max((k for k, t in enumerate(run[:-1]) if t.low in _NAME_TITLES), default=-1)
    return run[cut + 1 :]


# abbreviated titles that stand right before a name
_NAME_TITLES = frozenset({"gov.", "sen.", "rep.", "gen.", "mr.", "mrs.", "ms.", "dr.", "adm.",
                          "col.", "lt.", "capt.", "gov", "sen", "rep", "president",
                          "secretary", "governor", "senator", "judge", "justice", "minister",
                          "premier", "chancellor", "ambassador", "mayor", "spokesman",
                          "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman",
                          "commissioner", "director", "manager", "ceo", "speaker", "mp", "mla"})
