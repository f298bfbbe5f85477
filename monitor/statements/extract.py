"""The extractor: quotes and reported speech with their speakers, from one article's text.

Rule-based (regex, a gazetteer of officials, word lists and a few heuristics); by default no
parser and no model, see docs/design.md#statements for why. Per sentence
(:class:`~quotes.Unit`) it finds cue words, the speaker phrase beside each cue and the content
the cue introduces:

- ``“Q,” X said.`` / ``“Q,” said X.`` / ``X said: “Q”`` / ``X said, “Q”``: direct;
- ``X said (that) C.`` / ``C, X said.`` / ``C, according to X.``: indirect, or mixed when C
  carries a partial quote;
- ``X rebuked ...:`` or ``X ..., saying:`` followed by a quote paragraph: direct, with that cue;
- a quote paragraph with no attribution of its own: the last speaker's (cue None);
- ``, saying/stating/warning ...``: the clause's subject (or the previous cue's speaker).

With ``parser="auto"|"on"`` (:mod:`monitor.statements.parser`, optional), a dependency parse
of the sentences the rules are unsure of adds reported speech they left (a cue that made
nothing, an unknown verb before "that") and the speaker of a quote no cue introduces.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from monitor.statements import lexicon as lx
from monitor.statements.attribution import (
    FAMILIAR,
    GERUND_TAKERS,
    LY_NOUNS,
    MEDIA_TITLE_NOUNS,
    PARTICIPLE_LINKS,
    PERSON_PRONOUNS,
    SPAN_ENDS,
    Phrase,
    aside_before,
    dateline_end,
    ends_with_comma,
    gerund_complement,
    name_tag,
    negated_auxiliary,
    nounish,
    people_before_place,
    per_cent_at,
    second_article,
    speaker_left,
    speaker_right,
    subject,
    time_adverbial,
    title_like,
    title_quote,
)
from monitor.statements.givennames import first_name_gender, given_name_gender
from monitor.statements.names import COUNTRIES
from monitor.statements.officials import Official, Registry, fold
from monitor.statements.parser import Parser, Steps, Word, drive, quote_speaker, reported
from monitor.statements.parser import check as parser_wanted
from monitor.statements.quotes import (
    NAME_PARTICLES,
    Quote,
    Token,
    Unit,
    find_quotes,
    flattened_opener,
    primary_single_quotes,
    split_units,
)
from monitor.statements.resolution import (
    ANSWER_LABEL,
    DEPENDANT_NOUNS,
    DOCUMENT_HEADS,
    EPITHET_HEADS,
    FAR_NAMED_LATER_UNITS,
    HEADLINE_CLAUSE_STARTS,
    NAMED_LATER_UNITS,
    NATION_WORDS,
    OFFICIAL_BODIES,
    ORG_DESCRIPTIONS,
    PAST_MARKERS,
    PLACES,
    TITLE_HEADS,
    Discourse,
    Person,
    after_intro,
    delayed_description,
    described_source,
    find_author,
    find_interview,
    named_far_later,
    named_later,
    post_named_far_later,
    resolution_kind,
    span_text,
    stand_in_agrees,
)
from monitor.types import Statement

# confidences: rough probabilities that speaker and content are both right (PolNeAR train)
CONF_DIRECT = 0.95  # quote with an explicit cue and a named speaker
CONF_MIXED = 0.85
CONF_INDIRECT = 0.75  # reported speech: span boundaries are looser
CONF_INHERITED = 0.7  # quote paragraph taking the previous speaker
CONF_CONTINUED = 0.9  # the next quote of the same paragraph, after a tagged one: its speaker
# what one extracted item is (sixteenth session; docs/design.md, "Statements, round 15"):
# - "statement" (the default): words a source is reported to have said or written, a
#   statement per quote ("“Q1,” Peskov said. “Q2.”" is two), the news convention of the
#   acceptance data (the Gender Gap Tracker's, bench/data/news2025's);
# - "attribution": PolNeAR's unit, a speaker's run of quotes under one cue as one item of
#   several pieces, and also the stances, intentions, refusals and findings PolNeAR annotates
#   ("criticised the plan", "declined to comment on", "the poll shows"), at CONF_STANCE
UNITS = ("statement", "attribution")
CONF_STANCE = 0.6  # "X criticised the plan": a position reported, not words (train P ~0.68)
# the parser's uses: unused speech cues ("cues"), unknown verbs before "that" ("that"),
# quotes without a cue ("quotes")
PARSER_USES = frozenset({"cues", "that", "quotes"})
# the uses that run by default: "that" parsed 11% of the parsed sentences and moved no train
# figure (quoted F1 0.913, all 0.696 with or without it, round 11), so it is left for
# measuring (``parser_uses``, ``--parser-uses``)
DEFAULT_PARSER_USES = frozenset({"cues", "quotes"})
CONF_PARSED = 0.7  # reported speech the parser found where the rules made nothing
PRONOUN_FACTOR = 0.9  # speaker reached through a pronoun
UNRESOLVED_FACTOR = 0.8  # speaker phrase not resolved to a named person
# cue classes the parser is asked about when the rules made nothing of them
_PARSED_KINDS = frozenset({"speech", "clause", "evidence", "chain"})
MAX_LONE_QUOTE_WORDS = 30  # words beside a cue-less quote: an attribution clause, not prose
MIN_LONE_QUOTE_WORDS = 3  # shorter quotes are names and scare quotes
# words before "that" that are not reporting verbs
_NOT_THAT_VERBS = frozenset({"so", "such", "means", "does", "has", "was", "is", "things",
                             "ones", "days", "years", "times", "reports", "claims", "less",
                             "unless", "access", "process", "address", "success"})
CONF_ANSWER = 0.8  # an answer of a Q&A transcript, the interviewee's own words (no cue)
MIN_ANSWER_WORDS = 3  # "Yes." or "No!" alone says nothing an alert could carry
CONF_PARTIAL = 0.6  # a partial quote in a subject's predicate, no cue verb (train P ~?)
# verbs whose quoted object is a name or a title, not the subject's words
# participles after "is"/"was" that say what the subject holds, not what was done to it:
# "Fiedler is convinced that a faster rollout will “lower prices”" stays a partial quote
_HELD_VIEW_ADJECTIVES = frozenset({"convinced", "persuaded", "determined", "committed",
                                   "opposed", "worried", "concerned"})
_NOT_PARTIAL_VERBS = frozenset({"titled", "entitled", "dubbed", "named", "nicknamed",
                                "called", "labeled", "labelled", "branded"})
MIN_PARTIAL_WORDS = 2  # a one-word quote in a predicate is a scare quote
MIN_TITLE_LIKE_WORDS = 6  # a shorter capitalised quote is a title or a slogan
MIN_CONTENT_WORDS = 1  # shorter contents are names or scare quotes, not statements
MAX_SUFFIX_SKIP = 8  # words skipped after a cue ("said in a statement on Sunday that"; 10
# measured in the nineteenth session: as many wrong contents as right, newsletter furniture)
INHERIT_MAX_UNITS = 3  # an unattributed quote takes a speaker named this close before it
# a line's opening words that point back to the last speaker: "His exact words:", "She
# added this:" (a line ending in a colon that no cue read still introduces that speaker's
# quote; see :func:`_colon_line_back`)
_BACK_POINTERS = frozenset({"he", "she", "they", "his", "her", "their"})
# verbs that say a statement was issued ("released the following statement", "issued a
# statement", "posted this message"), and how many words after one the statement's noun may be
_ISSUING_VERBS = frozenset({"released", "issued", "posted", "shared", "sent", "published",
                            "provided", "gave"})
MAX_ISSUED_NOUN_GAP = 3  # "released the following statement", "issued a brief written statement"
MAX_ISSUED_VERB_GAP = 2  # words between the subject and the verb: "has since released"
_ISSUER_CLAUSE_WORDS = frozenset({"and", "but", "or", "while", "as", "who", "which", "that"})
_PREPOSITIONS = frozenset({"on", "in", "at", "during", "after", "before", "to", "via",
                           "through", "from", "with", "over", "for", "since", "while",
                           # where words were said ("told reporters aboard Air Force One")
                           "aboard", "amid", "near", "inside", "outside", "alongside",
                           # how ("claimed without evidence that C"; nineteenth session)
                           "without"})
# verbs whose "to ..." complement is what was said ("vowed to repeal", "urged Kyiv to")
_TO_VERBS = frozenset({"vow", "pledge", "promise", "urge", "ask", "threaten", "warn", "beg",
                       "plead", "tell", "call on", "demand"})
_WH_WORDS = frozenset({"whether", "what", "how", "why", "who", "where"})
MIN_STANCE_OBJECT_WORDS = 2  # "criticised the plan" is a stance; "endorsed it" says nothing
# stance verbs whose stance is in what follows their object ("called Clinton a liar",
# "accused Cruz of lying", "cited Johnson as"): one name after them says nothing
_SECOND_OBJECT_LEMMAS = frozenset({"call", "accuse", "cite", "refer to", "challenge",
                                   "question", "describe", "liken", "characterize",
                                   "characterise", "thank", "congratulate", "blame"})
# plural or collective listeners of "told" after a determiner ("told his European
# counterparts in Brussels", "told the meeting of NATO defence ministers"): where they end,
# a setting may follow, and no reported clause does
_LISTENER_NOUNS = frozenset({"counterparts", "allies", "colleagues", "supporters",
                             "lawmakers", "ministers", "leaders", "delegates", "diplomats",
                             "officials", "envoys", "audience", "crowd", "meeting", "summit",
                             "conference", "briefing", "gathering", "forum", "parliament",
                             "senators", "members", "partners"})
_LISTENER_DETERMINERS = frozenset({"his", "her", "their", "its", "the", "a", "an", "our"})
_LISTENER_MODIFIERS = frozenset({"defence", "defense", "foreign", "finance", "eu", "nato"})
MAX_LISTENER_TOKENS = 14  # "told a town hall in Salem, New Hampshire on Monday that"
MAX_BARE_LISTENER = 6  # "told the state news agency TASS Moscow was": listener words
MAX_VERB_REACH = 8  # a reported clause's finite verb lies this close to its subject's start
# finite verbs that mark a clause ("the talks would resume"); past tenses in -ed count too
_FINITE_VERBS = frozenset({"is", "are", "was", "were", "will", "would", "has", "have", "had",
                           "could", "can", "should", "may", "might", "must", "shall", "does",
                           "did", "do", "am", "wants", "needs", "says", "said"})
# words of TIME_WORDS that open a time phrase but do not name a time ("this", "on")
_TIME_OPENERS = frozenset({"on", "this", "last", "past", "early", "late"})
# capitalised words of _CLAUSE_START that are names, so subjects anywhere ("told CNN Russia")
_NAMED_SUBJECTS = frozenset({"russia", "ukraine"})
# words that end the reach of a bare clause's verb: the verb after them is another clause's
_RELATIVE_OPENERS = frozenset({"that", "who", "which", "whom", "whose"})
MAX_SHORT_PHRASE = 4  # "for weeks", "on Sunday night": a phrase between a cue and its clause
# "told reporters at the metropolitan government headquarters, “Q”": a listener and where it
# heard the words, longer than a short phrase (round 34)
MAX_LISTENER_SETTING_WORDS = 10
# the prepositions that open such a setting or manner ("at", "in a firm voice", "over the
# weekend"); not "to" or "for", which open an errand ("told them to walk outside to ...")
_LISTENER_SETTING_OPENERS = frozenset({"at", "in", "on", "during", "over", "aboard", "after",
                                       "before", "outside", "inside", "near", "from"})
_PRONOUN_SUBJECT = re.compile(r"^(he|she|they|we|i|it)([’'](s|d|ll|re|ve|m))?$")
_BE_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "being", "get", "got",
                       "gets", "getting"})
# a form of "be" written onto its subject ("you're asked to call police", "we're told";
# not "'s", which is "has" as often: "he's said")
_BE_CLITICS = ("'re", "’re", "'m", "’m")
# ... and "'s" where no one is its subject: "It's believed that ...", "It's described as"
_IMPERSONAL_IS = frozenset({"it's", "that's", "there's"})
_PARTICIPLES = frozenset({"told", "said", "written", "known", "shown", "found", "thought",
                          "read", "felt"})
# adverbs of degree that make a participle after "he's" a state ("he's almost guaranteed",
# "she’s virtually assured"): "’s" is "is" there, not "has"
_DEGREE_ADVERBS = frozenset({"almost", "nearly", "virtually", "practically"})
_ADVERBS_BEFORE_PASSIVE = frozenset({"also", "not", "never", "often", "widely", "reportedly",
                                     "repeatedly", "previously", "later", "once", "already",
                                     "being", "been", "recently", "long", "still"})
_BEFORE_TITLES = frozenset({"on", "in", "of", "titled", "called", "dubbed", "named", "the",
                            "a", "an", "his", "her", "their", "its", "our", "program",
                            "entitled"}) | MEDIA_TITLE_NOUNS
# ('the newspaper “Kommersant,”', 'the daily “Izvestia”': twentieth session, the title was
# read as a quote its tag's subject said)
_DOCUMENT_NOUNS = frozenset({"statement", "letter", "memo", "post", "tweet", "video", "ad",
                             "email", "message", "op-ed", "column", "speech", "interview"})
_RELATIVE_WORDS = lx.RELATIVE_PRONOUNS | {"whose", "whom"}
# where words were said ("in an email", "on Twitter", "in a news release")
_MEDIA_NOUNS = _DOCUMENT_NOUNS | frozenset(
    {"e-mail", "release", "conference", "briefing", "call", "podcast", "broadcast",
     "twitter", "facebook", "instagram", "radio", "television", "op-ed", "affidavit",
     "filing", "report", "text", "editorial", "blog", "newsletter"})
# a setting's noun right after the cue, with no preposition or determiner before it, is
# not where the words were said but the reported clause's subject ("said comments from Rice,
# Rhodes and Petraeus were consistent"), so the suffix skip does not start at one
_BARE_SETTING_NOUNS = lx.CUE_SUFFIX_SKIP & (_MEDIA_NOUNS | {
    "remarks", "comments", "address", "news", "press", "written", "social", "media",
    "audience", "crowd"})
# prepositions and conjunctions before a participle cue whose doer is the clause's subject
# ("responded by saying", "after saying", "while insisting", "in explaining")
_PARTICIPLE_PREPOSITIONS = frozenset({"by", "after", "before", "while", "in", "upon", "since",
                                      "when"})
# after a quote closing on a comma, these open the reporter's clause: “We'll see,” when asked
_AFTER_QUOTE_ENDS = frozenset({"when", "after", "before", "because", "since", "until", "as",
                               "while", "although", "though", "if"})
# words that open a free relative or an indirect question between a quote and a cue: the
# cue's subject is inside that clause, which is the object of a verb of the writer's, so the
# quote before is no content of its tag ("“Q” and says what he believes", "does what she
# thinks is right"; pron36)
_FREE_RELATIVE_OPENERS = frozenset({"what", "whatever", "why", "how", "where", "wherever"})
# after a quote that ends a reported clause, these open the reporter's own circumstance
# ("says he is “excited” as he faces a test", "“a unifier” while the party splits")
_CIRCUMSTANCE_AFTER_QUOTE = frozenset({"as", "while", "when"})
# stance verbs that name their object with the quote ("called Palin a “clown” on his show"):
# the content ends with the quote; other stances ("called for more “flexibility” for the
# advisers") go on to the clause's end
_NAMING_LEMMAS = frozenset({"call"})
# a word the suffix skip passes that opens a phrase the next quote is only a piece of
_INTO_PHRASE = frozenset({"the", "a", "an", "to"})
_COMPLEMENT_PREPOSITIONS = frozenset({"for", "of", "at", "with", "from", "in"})
_BY_MEDIA = frozenset({"telephone", "phone", "email", "e-mail", "text", "video", "videolink",
                       "letter", "satellite", "teleconference", "videoconference"})
# words before a number that open a reported clause, not a setting ("said over 400 drones
# were launched": the clause; "said about 20 people" too; nineteenth session: lost before)
_ROUGHLY = frozenset({"about", "over", "under", "around", "nearly", "almost", "roughly",
                      "some", "up"})
MAX_SET_OFF_ASIDE_WORDS = 10  # "says, win or lose in Tuesday's crucial Florida primary, he's"
MAX_ASIDE_WORDS = 8  # "said, in a letter to the board, that": an aside between commas
MAX_DASH_ASIDE_TOKENS = 10  # "said — on Twitter, as it happens — that": commas may be inside
_DASHES = frozenset({"—", "–", "--"})
MAX_EVIDENCE_TOKENS = 10  # "a survey by the organization in March found"
# ... in PolNeAR's unit (eighteenth session): "A national poll released Sunday by The
# Washington Post and ABC News shows" (the poll 11 words before its verb)
MAX_EVIDENCE_REACH = 16
MAX_PARENTHESIS_TOKENS = 8  # "(R-Iowa)", "(D-N.Y.)", "(I-Vt.)": a party and a state
# "according to interviews with more than a dozen ...", "according to early results of exit
# polls conducted for The Associated Press and television networks," (up to punctuation)
MAX_ACCORDING_SOURCE_TOKENS = 20
MIN_ACCORDING_CLAUSE = 3  # "C according to X" with no comma: C needs a few words
# "Over the long term, according to X, C": the part before the aside joins C only when it is
# short (an opening phrase or a subject: 2-6 words on PolNeAR train); longer heads are clauses
MAX_ACCORDING_HEAD = 8
# a quote with no cue in capitals is a subheading ("“EVENTUALLY VOTERS MAKE GOOD DECISIONS”");
# a few letters at least, so that "“OK.”" or an acronym alone is not judged by its case
MIN_CAPS_LETTERS = 6
MAX_APPOSITION_TOKENS = 40  # words between 'according to' and the comma that ends the source
# "-ing" words after a comma that do not start a participle clause
_NOT_PARTICIPLES = frozenset({"including", "according", "following", "regarding",
                              "notwithstanding", "during", "something", "nothing",
                              "anything", "everything", "king", "thing", "evening", "morning",
                              "spring", "string", "building", "meeting", "funding",
                              # verbs whose bare form ends so ("he would, as soon as
                              # possible, bring prices down": 27th session)
                              "bring", "sing", "ring", "swing", "cling", "fling", "sting",
                              "wring", "sling"})
# verbs that are also nouns: their bare and -s forms are cues only before that/:/quote
_NOUN_LIKE = frozenset({"email", "text", "post", "question", "comment", "call", "attack",
                        "report", "note", "answer", "demand", "request", "challenge",
                        "support", "cite", "echo", "tweet", "claim", "blast", "slam",
                        "charge", "reason", "highlight", "champion", "favor", "favour",
                        "express", "show", "find", "read", "doubt", "fear", "hope", "vow",
                        "pledge", "promise", "warn", "count", "state"})
MAX_CHAIN_SKIP = 2  # "appeared more likely to describe"
MAX_LOOSE_SPEAKER_TOKENS = 7  # "the Republican from Alabama", "she and other Democrats"
_LOOSE_INNER = frozenset({"of", "in", "at", "from", "with", "on", "and", "for", "to"})
# messages whose topic follows "about" before a speech cue ("a letter from X about the
# meeting said"): the speaker is the message and its sender, not the topic
_TOPIC_MESSAGES = frozenset(lx.SOURCE_HEADS | lx.EVIDENCE_NOUNS | {
    "release", "releases", "letter", "letters", "memo", "memos", "email", "emails", "e-mail",
    "tweet", "tweets", "note", "notes", "article", "articles", "story", "stories", "op-ed",
    "editorial", "column", "message", "messages", "notice", "complaint", "lawsuit", "filing",
    "ad", "advertisement", "video", "book", "statements", "posts", "briefings"})
# subordinators that open a reported clause after a speech verb ("said if he were president")
_CLAUSE_OPENERS = frozenset({"if", "when", "despite", "because", "unless", "once", "although",
                             "while", "after", "before"})
# cue words that are more often nouns ("his home state", "her plan"): no loose speaker
_NOUN_FORMS = frozenset(_NOUN_LIKE | {"state", "states", "plan", "plans", "report",
                                      "reports", "notes", "posts", "claims", "hopes",
                                      "fears", "calls", "wants", "answer", "reply", "text"})
_HEADLINE_CUES = frozenset({"says", "say", "said", "tells", "told", "warns", "claims",
                            "admits", "predicts", "vows", "insists", "suggests"})
# one-word "speakers" that are sentence openers, times or dates, never a source
_NOT_SPEAKERS = (lx.SENTENCE_OPENERS - set(lx.PRONOUNS) - lx.RELATIVE_PRONOUNS
                 - {"that", "this", "what", "known"}) | (lx.TIME_WORDS - {"this"}) | frozenset(
    {"hours", "days", "weeks", "months", "years", "minutes", "there", "let", "respective",
     "having", "dec", "sept", "jan", "feb", "aug", "oct", "nov"})


def _not_speaker(tok: Token, discourse: Discourse) -> bool:
    """Is a one-word speaker phrase ``tok`` no source: an opener, a time, a span of time
    (:data:`_NOT_SPEAKERS`), unless the article writes it as a surname after a given name
    ("Theresa May ... May said", "Rex Early ... Early said": twenty-fourth session)?"""
    return tok.low in _NOT_SPEAKERS and not discourse.given_surname(tok.text)


# nouns in -ing, no participles ("the sibling", "the ruling"; shorter ones, "king", "thing",
# are under MIN_PARTICIPLE_LETTERS)
_ING_SPEAKER_NOUNS = frozenset({
    "sibling", "darling", "viking", "underling", "offspring", "spring", "morning", "evening",
    "building", "meeting", "hearing", "briefing", "ruling", "filing"})
MIN_PARTICIPLE_LETTERS = 6  # "doing", "being" are shorter; "bring", "sing" are no speakers


def _participle_word(tok: Token) -> bool:
    """Is ``tok`` a lowercase present participle ("committing", "telling"), which names no
    one on its own?"""
    low = tok.low
    return tok.kind == "w" and low.endswith("ing") and len(low) >= MIN_PARTICIPLE_LETTERS \
        and low.isalpha() and tok.text[:1].islower() and low not in _ING_SPEAKER_NOUNS


MAX_COLON_INDEX = 12  # "Rubio fired back forcefully:" - a colon this early introduces speech
MAX_INTRO_COMMA = 15  # "In response to the tragic loss of life,": an introductory phrase is short
MAX_COLON_VERB_WORDS = 8  # "A footnote in the report makes that clear:", "fired back forcefully:"
# the last word of a paragraph's label before a colon that names a kind of text, not a
# speaker: "Editor's Note:", "Paid Notice:", "Delegate Update:", "Correction:" (twenty-first
# session: PolNeAR train's headline labels)
_LABEL_HEADS = frozenset({"note", "notice", "update", "updates", "correction", "clarification",
                          "podcast", "nerdcast", "newsletter", "briefing", "factbox",
                          "explainer", "timeline", "recap", "disclosure", "disclaimer"})
_MULTIWORD_FIRST = frozenset(c.split()[0] for c in lx.MULTIWORD_CUES)
# the words a cue may start with (:meth:`Extractor._cues` looks at these tokens only)
# stance verbs PolNeAR annotates that report no words (seventeenth session; PolNeAR's unit
# only, so that the product's statements do not change): "offered praise for", "discussed
# the deal" (tried and left out, under 55% of their train predictions matched or often
# another word class: push, vote for, campaign for, fight for/against, voice; "vote against",
# "focus on", "argue for", "campaign against" and "consider" were measured again and kept in
# round 30, below); none is in the lexicon (:func:`_attribution_only`)
_ATTRIBUTION_STANCE_LEMMAS = (
    "offer", "discuss", "want", "agree with",  # ("want" with an object: eighteenth session,
    # :func:`_wanting`; "want to" is the chain rule's)
    # round 30 (recall30): verbs of judging, planning, presenting and arguing a case that
    # PolNeAR annotates as attributions ("considers Jerusalem the capital", "deemed those
    # statements false", "outlined a plan to overhaul taxes", "unveiled a proposal", "focused
    # on childhood obesity", "voted against the bailout", "is looking to build on his
    # momentum"); each kept at >= 55% of its train predictions matched (5 or more made, but
    # for four phrases of advocacy and hope: "argue for" 3 of 4, "press for" 3 of 4, "lobby
    # for" 2 of 2, "look forward to" 2 of 2).
    # Left out under that: "vote for" 0.49, "demonstrate" 0.50, "release" 0.54, "respond to"
    # 0.52, "push" 0.43, "accept" 0.41, "sign" 0.37, "pass" 0.41, "address" 0.33, "target"
    # 0.31, "nominate" 0.38, "celebrate" 0.13, "campaign for" 0.31, "campaign on" 0.38; "hint
    # at" (the lexicon's "hinted" already reports what follows); "push back on" (2 made: "was
    # quick to push back on" is round 19's adjective that holds no view); "cheer" (0.62, but
    # mostly a crowd's reaction "as"/"when" something happened, round 24's no one's words)
    "consider", "deem", "regard", "envision", "ignore", "promote", "label",
    "reference", "outline", "unveil",
    "focus on", "look to", "look forward to", "vote against", "campaign against",
    "speak out", "argue for", "lobby for", "press for",
    # and views held of a person or a thing: "prefers a single-payer system" (an object;
    # "prefer to" is the chain rule's), "credited Merkel with holding the continent
    # together", "many residents worry about derogatory portrayals", "cares about the
    # deficit", "talked up his record" (9 of 13, 7 of 9, 6 of 9, 3 of 3, 3 of 3 train
    # predictions matched; "knock" 5 of 7 and "contradict" 3 of 5 left out, a phrasal "knocked
    # out" and things as subjects among them)
    "prefer", "credit", "worry about", "care about", "talk up")
_ATTRIBUTION_STANCES: dict[str, tuple[str, str]] = {
    form: (lemma, "stance") for lemma in _ATTRIBUTION_STANCE_LEMMAS
    for form in lx.cue_forms(lemma) if " " not in form} | {
    # an order or a push given (twentieth session): "A judge had ordered the department to
    # release the emails", "Obama ordered a review of the program", "Palin encouraged her to
    # take the slot" (train: 14 of 20 "ordered" annotated, 10 of 18 "encouraged"; "orders"
    # 2 of 8 and "encouraging" 2 of 19, nouns and adjectives as often)
    "ordered": ("order", "stance"), "encouraged": ("encourage", "stance")}
# idioms of a stance taken (twentieth session, PolNeAR's unit; 11 of 14 such train phrases
# annotated): "took issue with the prediction", "came out against the Cadillac tax", "took
# credit for achieving its goal" (the lexicon's forms know no "took", "came"); then
# "doubled down on" (5 of 8), "shrugged off" (4 of 6), "walked back" (4 of 5), "vouched for"
# (6 of 6), "touched on" (3 of 5), "lined up behind" (3 of 5), "laid out" (11 of 17),
# "took aim at" (4 of 6), "called out" (5 of 7; "called" alone took "out" into the content),
# "heaped praise on" (name34: "praise" alone read the verb "heaps" as its subject).
# Left out: "fired back at" (2 of 3, one of two predictions matched), "counting on" (5 of 6
# annotated, but 6 of 9 predictions unmatched: "those he is counting on to rally", "counted
# on women to help"), "singled out", "played down" (5 of 7 annotated, but half of the
# predictions unmatched), "distanced himself from" (6 of 11), "sided with" (5 of 11),
# "stood by" (5 of 14)
_IDIOM_STANCES = {
    f"{verb} {rest}": (lemma, "stance")
    for lemma, verbs, rest in (
        ("take issue with", ("take", "takes", "took", "taking", "taken"), "issue with"),
        ("take credit for", ("take", "takes", "took", "taking", "taken"), "credit for"),
        ("come out against", ("come", "comes", "came", "coming"), "out against"),
        ("double down on", ("double", "doubles", "doubled", "doubling"), "down on"),
        ("shrug off", ("shrug", "shrugs", "shrugged", "shrugging"), "off"),
        ("walk back", ("walk", "walks", "walked", "walking"), "back"),
        ("vouch for", ("vouch", "vouches", "vouched", "vouching"), "for"),
        ("touch on", ("touch", "touches", "touched", "touching"), "on"),
        ("line up behind", ("line", "lines", "lined", "lining"), "up behind"),
        ("lay out", ("lay", "lays", "laid", "laying"), "out"),
        ("take aim at", ("take", "takes", "took", "taking", "taken"), "aim at"),
        ("call out", ("call", "calls", "called", "calling"), "out"),
        ("heap praise on", ("heap", "heaps", "heaped", "heaping"), "praise on"))
    for verb in verbs}
# "went on to" before a cue verb (twentieth session, PolNeAR's unit; 18 of 23 train "went on
# to" phrases annotated, "went on to say" is the lexicon's): "He went on to endorse Ayotte",
# "Trump went on to criticize the convention", "then went on to explain what he likes"
_GO_ON_FORMS = frozenset({"go", "goes", "went", "going", "gone"})


def _would_like(toks: list[Token], k: int) -> _Cue | None:
    """"would like"/"'d love" at ``k`` as the cue "want" (PolNeAR's unit): with "to" and an
    infinitive a chain cue as "wants to" is ("would like to see the platform change"), else
    a stance on its object ("would love his support"). None unless a modal ("would", "'d",
    "I'd") stands right before it, an adverb at most between ("would really like")."""
    n = len(toks)
    m = k - 1
    if m > 0 and toks[m].low.endswith("ly"):
        m -= 1
    if m < 0 or k + 1 >= n or not (toks[m].low in _WISH_MODALS or toks[m].low.endswith(
            tuple(_WISH_MODALS - {"would"}))) or toks[k].text[:1].isupper():
        return None
    if toks[k + 1].low == "to":
        if k + 2 >= n or toks[k + 2].kind != "w" or toks[k + 2].low in lx.DETERMINERS or (
                _cap(toks[k + 2])):
            return None  # ("would like to the end": no infinitive)
        j = k + 3
        if j < n and toks[j].low in lx.CHAIN_PARTICLES:
            j += 1
        return _Cue(k, j, "want", "chain")
    if toks[k + 1].kind != "w":
        return None
    return _Cue(k, k + 1, "want", "stance", only_attribution=True)


def _went_on_to(toks: list[Token], k: int) -> _Cue | None:
    """"went on to" and the cue verb after it as one cue (PolNeAR's unit): the verb's lemma
    and class (a two-word cue too: "went on to call for"), the content what follows it."""
    n = len(toks)
    if k + 3 >= n or toks[k + 1].low != "on" or toks[k + 2].low != "to":
        return None
    v = k + 3
    if v + 1 < n and (pair := f"{toks[v].low} {toks[v + 1].low}") in lx.CUES:
        lemma, kind = lx.CUES[pair]
        return _Cue(k, v + 2, lemma, kind, only_attribution=True)
    entry = lx.CUES.get(toks[v].low) or _ATTRIBUTION_STANCES.get(toks[v].low)
    if entry is None or toks[v].kind != "w":
        return None
    return _Cue(k, v + 1, entry[0], entry[1], only_attribution=True)


_ATTRIBUTION_STANCE_PHRASES: dict[str, tuple[str, str]] = {
    form: (lemma, "stance") for lemma in _ATTRIBUTION_STANCE_LEMMAS
    for form in lx.cue_forms(lemma) if " " in form} | _IDIOM_STANCES
def _attribution_only(toks: list[Token], cue: _Cue) -> bool:
    """Is ``cue`` one of the stances only PolNeAR's unit reads (:data:`_ATTRIBUTION_STANCES`,
    :data:`_AS_STANCE_FORMS`)? Such a cue inside another's content ("said he voted for
    Obama") does not end that content."""
    low = toks[cue.i].low
    return cue.only_attribution or (
        cue.lemma in _ATTRIBUTION_STANCE_LEMMAS and low not in lx.CUES
        and cue.kind != "chain") or (  # ("wanted to see" is the chain rule's, in both units)
        low in _AS_STANCE_FORMS and low not in lx.CUES)


# verbs that state a view of someone only with "as" after their object ("sees Trump as a
# threat", "portrayed Sanders as a hypocrite", "views the deal as a win"; seventeenth
# session): a stance; without "as" they are no cue ("saw the film", "painted the house")
_AS_STANCE_LEMMAS = ("see", "view", "regard", "portray", "paint", "depict", "cast", "brand",
                     "frame", "identify", "name", "list")  # (the last three: "identified the
# judge as “Spanish”", "named Cleveland as the fifth most dangerous city", nineteenth session;
# PolNeAR train annotated 17 of 25 such "as" phrases of these three)
_AS_STANCE_FORMS: dict[str, str] = {
    form: lemma for lemma in _AS_STANCE_LEMMAS for form in {
        "see": ("see", "sees", "saw", "seeing"), "paint": ("paint", "paints", "painted",
                                                           "painting"),
        "cast": ("cast", "casts", "casting"), "brand": ("brand", "brands", "branded",
                                                         "branding"),
        "frame": ("frame", "frames", "framed", "framing"),
        "identify": ("identify", "identifies", "identified", "identifying"),
        "name": ("name", "names", "named", "naming"),
    }.get(lemma, (lemma, lemma + "s", lemma + "ed", lemma + "ing"))
}
MAX_AS_OBJECT = 8  # "sees the Republican National Convention as": the object before "as"
# verbs that report words only as a quote's tag ('“Q,” the actor shared.'); elsewhere they
# report no words ("shared a photo", "shared concerns")
_TAG_ONLY_CUES = {"shared": ("share", "speech"), "shares": ("share", "speech")}
MAX_TAG_TOKENS = 8  # '“Q,” the former Ukrainian foreign minister shared.': the tag's length


_QUOTING_VERBS = frozenset({"quoted", "cited", "quotes", "cites", "quoting", "citing"})


def _quoted_as_after(toks: list[Token], k: int) -> bool:
    """Does "as" and a participle follow the quoting verb at ``k`` within a short phrase, with
    no punctuation between ("cited Peskov as saying", "quoted a senior official as saying")?"""
    for m in range(k + 2, min(len(toks) - 1, k + MAX_SHORT_PHRASE + 3)):
        if toks[m].kind != "w":
            return False
        if toks[m].low == "as":
            return toks[m + 1].low.endswith("ing")
    return False


def _ends_quote_tag(toks: list[Token], k: int) -> bool:
    """Does ``toks[k]`` end a short tag after a quote: a quote mark at most
    :data:`MAX_TAG_TOKENS` tokens before it, only words between, and the sentence (or a
    comma) right after it?"""
    if k + 1 < len(toks) and toks[k + 1].low not in {".", ",", "!", ";"}:
        return False
    for m in range(k - 1, max(-1, k - MAX_TAG_TOKENS - 2), -1):
        if toks[m].kind == "q":
            return m < k - 1
        if toks[m].kind != "w" and not (toks[m].low == "," and m + 1 < k and (
                m > 0 and toks[m - 1].kind == "q")):
            return False
    return False


# adjectives of a view or a feeling held by a clause's subject, with the complements that
# carry what is held (nineteenth session, PolNeAR's unit: "Her advisers are not convinced that
# C", "Republicans have been critical of Clinton's use of email", "Freddy was eager to make
# his mark", "Sexton was quick to point out that C"): PolNeAR train annotated about two in
# three of them outside quotes and said clauses; left out, under half annotated: "willing to",
# "ready to", "clear that", "determined to", "happy to", "proud of", "certain that",
# "confident that" inside quotes ("We are confident that ...": a quote's own words)
_STANCE_ADJECTIVES: dict[str, frozenset[str]] = {
    "convinced": frozenset({"that"}), "confident": frozenset({"that", "in"}),
    "hopeful": frozenset({"that", "about"}), "optimistic": frozenset({"that"}),
    "adamant": frozenset({"that"}), "aware": frozenset({"that"}),
    "concerned": frozenset({"that", "about"}), "worried": frozenset({"that", "about"}),
    "skeptical": frozenset({"that", "of", "about"}),
    "sceptical": frozenset({"that", "of", "about"}),
    "critical": frozenset({"of"}), "supportive": frozenset({"of"}),
    "wary": frozenset({"of"}), "vocal": frozenset({"about"}),
    "angry": frozenset({"about"}), "unhappy": frozenset({"with"}),
    "eager": frozenset({"to"}), "quick": frozenset({"to"}), "reluctant": frozenset({"to"}),
}
# verbs that give or keep one's support, with the noun ("threw her support behind Cruz",
# "is lending his support to candidates", "pledged their support to Clinton"): PolNeAR train
# annotated 11 of 18, the rest inside a said or planned clause ("will throw his support
# behind"); nineteenth session, PolNeAR's unit
_SUPPORT_GIVING = frozenset({"threw", "throw", "throws", "throwing", "thrown", "lent", "lend",
                             "lends", "lending", "pledged", "pledge", "pledges", "pledging",
                             "withheld", "withhold", "withholds", "withholding"})
# the verbs before such an adjective ("are convinced", "have been critical", "remain wary")
_ADJECTIVE_COPULAS = frozenset({"is", "are", "was", "were", "am", "be", "been", "being",
                                "remain", "remains", "remained", "become", "becomes", "became",
                                "grew", "grown"})
_ADJECTIVE_PARTICLES = lx.CHAIN_PARTICLES | {"out"}  # "quick to point out that C"
# the adverbs between that verb and the adjective ("were already skeptical", "is more eager")
_ADJECTIVE_ADVERBS = frozenset({"not", "also", "still", "very", "so", "more", "less", "most",
                                "too", "quite", "all", "already", "long", "now", "never",
                                "always", "often", "increasingly", "equally", "even"})
# "would like", "'d love": a wish, read as "want" is in PolNeAR's unit (round 22: 14 of 14
# such train-read phrases no rule read annotated)
_WISH_FORMS = frozenset({"like", "love"})
_WISH_MODALS = frozenset({"would", "’d", "'d"})
# a chain verb of aim PolNeAR's unit reads (recall30): "Mrs. Clinton aims to build on the
# Affordable Care Act", "Aides were aiming to lock in strong planks" (9 of 11 train
# predictions matched; "try" 0.27, "work to" 0.00, "struggle" 0.35, "move to" 0.25 left out:
# efforts, not intentions stated); the product's unit leaves it ("the bill aims to cut costs")
_ATTRIBUTION_CHAIN_FORMS = {form: "aim" for form in ("aim", "aims", "aimed", "aiming")}
_CUE_STARTS = _WISH_FORMS | frozenset(lx.CUES) | frozenset(lx.CHAIN_FORMS) | _MULTIWORD_FIRST | {
    "according", "in"} | frozenset(_AS_STANCE_FORMS) | frozenset(_ATTRIBUTION_STANCES) | {
    form.split()[0] for form in _ATTRIBUTION_STANCE_PHRASES} | frozenset(_TAG_ONLY_CUES) | {
    "make", "makes", "made", "making", "has", "have", "had", "puts", "put", "gives", "gave",
    "giving", "voice", "voices", "voiced", "voicing", "raise", "raises", "raised", "raising",
    "sound", "sounds", "sounded", "sounding"} | _GO_ON_FORMS | frozenset(  # (_light_verb,
    _STANCE_ADJECTIVES) | _SUPPORT_GIVING | frozenset(  # _poll_verb, _went_on_to,
    _ATTRIBUTION_CHAIN_FORMS)  # _adjective_cue, _support_given, _chain's aims: PolNeAR's
# unit)
# "In his words, C", "In her opinion, C": a wire service's "according to him" (TASS writes it
# after a named speaker's sentence); the possessive is the source
IN_ONES_WORDS = "in one's words"
_VIEW_NOUNS = frozenset({"words", "opinion", "view", "estimation", "assessment", "judgment",
                         "judgement"})
MAX_WORDS_QUOTE_TO_SPEAKER = 6  # “Q,” the conservative-leaning newspaper wrote
MAX_INTRO_WORDS = 4  # "In both cases, Trump said, C": a short opener is not content
MAX_INTERRUPTION_TOKENS = 15  # “Q1,” he said of the people there, “Q2”: words between quotes
_INTERJECTIONS = frozenset({"however", "meanwhile", "though", "too", "also", "moreover",
                            "then", "again", "instead", "nonetheless", "nevertheless"})
# "while he said he'd hold a hearing, it is unlikely ...": the content ends at the comma
_SUBORDINATORS = frozenset({"while", "although", "though", "because", "if", "when", "since",
                            "after", "before", "as", "unless", "whereas", "once"})
_NEW_CLAUSE = frozenset({"while", "whereas", "but", "although", "though", "as"})
# conjunctions that open a subordinate clause (not "after" and "before", which also set a
# time of the saying; "as" only with its own subject, verb and comma: "says as one of those
# men turned to walk away, the other pulled out a gun", round 34)
_CLAUSE_ONLY_SUBORDINATORS = frozenset({"while", "although", "though", "because", "since", "as",
                                        "unless", "whereas"})
MAX_FRONTED_CLAUSE = 15  # words of a subordinate clause before the reported clause's comma
# plain verbs of saying after which "as" may open the reported clause's own subordinate clause
_AS_CLAUSE_VERBS = frozenset({"said", "says", "say", "told", "tells", "added", "adds"})


def _apposed_subject(toks: list[Token], k: int, j: int) -> bool:
    """Are ``toks[k:j]`` "the" and a name, then a comma and a lower-case apposition ("the
    Jalisco New Generation Cartel, one of Mexico's groups,"): the reported clause's subject,
    not a setting of the saying ("said in a statement, ...")?"""
    n = len(toks)
    return j - k >= 2 and j + 1 < n and toks[k].low == "the" and toks[j].low == "," and all(
        _cap(t) and t.low not in lx.CUE_SUFFIX_SKIP for t in toks[k + 1 : j]) and (
        toks[j + 1].kind == "w" and toks[j + 1].text[:1].islower())


def _fronted_subordinate(toks: list[Token], k: int) -> bool:
    """Does a reported clause open at ``k`` with a subordinate clause of its own, then a comma
    and the main clause's subject ("says since they run the jail, they keep records", "said
    while providers used it in the past, they have drifted away")? The subordinate clause has
    a subject and a finite verb (not "said while visiting Kyiv, ..."), the main clause a
    subject first: a pronoun, a determiner, a name or a noun (no adverb or participle)."""
    n = len(toks)
    if 0 < k < n and toks[k].low == "as" and toks[k - 1].low not in _AS_CLAUSE_VERBS:
        return False  # ("mentioned as potential nominees are": a role, no clause)
    if k + 3 >= n or toks[k].low not in _CLAUSE_ONLY_SUBORDINATORS or toks[k + 1].kind != "w" or (
            toks[k + 1].low.endswith("ing") or toks[k + 1].low in lx.TIME_WORDS
            or toks[k + 1].low[:1].isdigit()):
        return False
    comma = next((m for m in range(k + 2, min(n - 1, k + MAX_FRONTED_CLAUSE))
                  if toks[m].kind != "w"), None)
    if comma is None or toks[comma].low != "," or toks[comma + 1].kind != "w":
        return False
    verb = any(t.low in _FINITE_VERBS or (t.low.endswith("ed") and not _cap(t))
               or _PRONOUN_SUBJECT.match(t.low) for t in toks[k + 1 : comma])
    subject = toks[comma + 1]
    return verb and (_PRONOUN_SUBJECT.match(subject.low) is not None
                     or subject.low in lx.DETERMINERS or _cap(subject) or (
                         # "..., deputies keep the records": a noun, no adverb or participle
                         subject.low not in lx.NP_BOUNDARY
                         and not subject.low.endswith(("ing", "ly"))))



_PUNCT_END = frozenset({".", "!", "?", ";", "…"})
# words that make a phrase a clause of its own (an auxiliary or a subject pronoun): "He won,
# according to X, ..." is a claim before the aside, not the start of one split content
_CLAUSE_HINTS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had",
                           "will", "would", "can", "could", "should", "may", "might", "must",
                           "do", "does", "did", "he", "she", "they", "we", "i", "it", "there"})
# the pronouns of the first and second person ("I", "we", "you"): unresolved, no one named
_FIRST_SECOND = frozenset({"i", "we", "you"})
# pronouns of quantity that open a reported clause when a verb follows them ("said nothing
# had changed", "said much remained to be done"), not otherwise ("said nothing")
_QUANTITY_SUBJECTS = frozenset({"nothing", "something", "anything", "everything", "little",
                                "much", "more", "less"})
_VERBS_AFTER_QUANTITY = frozenset({"is", "was", "has", "had", "will", "would", "could",
                                   "should", "must", "can", "may", "might", "changed",
                                   "remained", "remains", "needed", "needs", "happened",
                                   "mattered", "matters"})
# words after a speech cue that do not open a reported clause ("said to", "said goodbye")
_NOT_CLAUSE_START = lx.NP_BOUNDARY | frozenset(
    {"goodbye", "hello", "yes", "no", "nothing", "something", "anything", "little", "much",
     "more", "less", "otherwise", "so", "too", "sorry", "thanks", "thank", "grace", "amen",
     "hi", "yesterday", "today", "earlier", "later", "afterwards", "afterward", "repeatedly",
     "publicly", "privately",
     "again", "previously", "once", "twice", "recently", "instead", "enough", "aloud",
     "out", "up", "off", "down", "back", "away", "here", "not", "also"}
)
# quantity words that are an object alone ("said little", "said more") but open the
# reported clause's subject before "of"/"than" ("said much of the talk was about Israel",
# "said more than 100 people had died")
_QUANTIFIERS = frozenset({"much", "more", "less", "little"})
# a relative word before a speaker and cue that is the subject of the reported clause
# (and "that", "who": "a charity that prosecutors said was suspected of ...", "hackers who
# U.S. officials say is tied to ...", sixteenth session)
# cue words that before "of" are a past participle of the person it says something of
# ("three Ukrainians suspected of plotting attacks"): the active verb puts its object first
# ("Kyiv suspected Moscow of ...")
_PARTICIPLES_BEFORE_OF = frozenset({"suspected"})
_WH_SUBJECTS = frozenset({"what", "which", "that", "who"})
# the finite verb of that clause right after the cue ("what she said is growing demand")
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "be", "been", "being", "widely",
                                  "also", "later"})
_FINITE_AUXILIARIES = frozenset({"is", "are", "was", "were", "will", "would", "has", "have",
                                 "had", "could", "can", "should", "may", "might", "must",
                                 "does", "did"})
_CLAUSE_START = lx.DETERMINERS | frozenset(
    {"he", "she", "they", "we", "i", "it", "you", "there", "this", "these", "those", "his",
     "her", "their", "our", "its", "if", "when", "no", "nobody", "everyone", "russia",
     "ukraine", "what", "how", "why", "whether"}
)


def _closing_dash(toks: list[Token], k: int) -> int | None:
    """The dash that closes an aside the dash at ``toks[k]`` opens ("— on Twitter, as it
    happens —"): the same mark within :data:`MAX_DASH_ASIDE_TOKENS`, words between and no
    quote; else None."""
    n = len(toks)
    m = next((m for m in range(k + 1, min(n, k + MAX_DASH_ASIDE_TOKENS + 1))
              if toks[m].low == toks[k].low), None)
    if m is None or m == k + 1 or any(t.kind == "q" for t in toks[k + 1 : m]):
        return None
    return m


def _dash_aside_end(toks: list[Token], k: int) -> int | None:
    """Past the closing dash of an aside opening at ``toks[k]`` ("– in his professional
    life –"), when a word follows it; else None."""
    if k >= len(toks) or toks[k].low not in _DASHES:
        return None
    m = _closing_dash(toks, k)
    if m is None or m + 1 >= len(toks) or toks[m + 1].kind != "w":
        return None
    return m + 1


# past tenses without -ed that follow a setting's relative "that" ("a meeting that took
# place", "a summit that began"): a relative clause, no reported one
_SETTING_RELATIVE_VERBS = frozenset({"took", "began", "drew", "went", "came", "saw",
                                     "brought", "ran", "became", "made", "held", "kept"})
# the occasions of speaking a setting names ("at a joint press conference", "in an interview
# with", "in the auction description"): without one, a "that" after a noun of the setting is
# a relative pronoun ("at a nonprofit center that works with", "in a district that Rubio won")
_SPEAKING_SETTINGS = lx.SOURCE_HEADS | frozenset({"conference", "meeting", "forum", "summit",
                                                  "hearing", "session", "rally", "debate",
                                                  "description", "letter", "podcast", "show",
                                                  "programme", "program", "event"})
MAX_SETTING_THAT_WORDS = 16  # "at a joint press conference with his Russian counterpart
# Sergey Lavrov": where the words were said, longer than the cue's skip words reach


def _setting_before_that(toks: list[Token], k: int) -> int | None:
    """The "that" after a setting opened by a preposition right after the cue ("said at a
    joint press conference with his Russian counterpart Sergey Lavrov that talks were ..."),
    when a clause opens after it (not "at a meeting that was held ...": a relative clause);
    else None. Words only, no verb of a clause of their own, at most
    :data:`MAX_SETTING_THAT_WORDS`."""
    n = len(toks)
    if k >= n or toks[k].low not in _LISTENER_SETTING_OPENERS:
        return None
    spoken = False  # a word of speaking in the setting ("press conference", "interview")
    for m in range(k + 1, min(n - 1, k + MAX_SETTING_THAT_WORDS + 1)):
        tok = toks[m]
        if tok.low == "that":
            nxt = toks[m + 1]
            return m if spoken and m > k + 2 and (_clause_opens(toks, m + 1) or (
                nxt.kind == "w" and nxt.low not in _FINITE_VERBS
                and nxt.low not in _SETTING_RELATIVE_VERBS
                and not nxt.low.endswith(("ed", "ly")))) else None
        if tok.kind != "w" or tok.low in _FINITE_VERBS or tok.low in _RELATIVE_OPENERS or (
                tok.low in lx.CUES and not _cap(tok)) or tok.low in _CUE_CONJUNCTIONS or (
                _PRONOUN_SUBJECT.match(tok.low)):
            return None  # (not "said on Friday he met Trump ... and that C": a clause)
        spoken = spoken or tok.low in _SPEAKING_SETTINGS
    return None


def _listener_setting_end(toks: list[Token], g_end: int, m: int) -> int:
    """Past a listener and where or how it heard the words, when that runs longer than a
    short phrase and ends in a comma or a quote: "told reporters at the metropolitan government
    headquarters, “Q”" (round 34); else ``m``, where the short phrase ended. Not past a "that"
    ("told ABC over the weekend that Washington “Q”": the clause opens there)."""
    n = len(toks)
    if m >= n or toks[m].kind != "w" or g_end + 1 >= n or (
            toks[g_end + 1].low not in _LISTENER_SETTING_OPENERS):
        return m
    e = m
    while e < n and toks[e].kind == "w" and e - g_end < MAX_LISTENER_SETTING_WORDS:
        if toks[e].low == "that":
            return m
        e += 1
    return e if e < n and (toks[e].low == "," or toks[e].kind == "q") else m


def _past_titled_listener(toks: list[Token], k: int) -> int:
    """The "that" after a listener named by a title in quotes ('told “Meet the Press” that',
    'told the “Moscow. Kremlin. Putin” programme that'), else ``k``."""
    n = len(toks)
    m = k + 1 if k < n and toks[k].low in {"the", "a"} else k
    if m >= n or not title_like(toks[m]):
        return k
    m += 1
    if m < n and toks[m].low in MEDIA_TITLE_NOUNS:
        m += 1
    return m if m < n and toks[m].low == "that" else k


# "clause" cues that are verbs of saying: a bare reported clause may follow them ("added he
# would not comment"), as it follows "said"
_BARE_CLAUSE_LEMMAS = frozenset({"add", "maintain", "reply", "answer", "repeat", "concur",
                                 "agree",
                                 # "made clear he was not about to step down" (miss37)
                                 "make clear", "make it clear"})
# verbs of knowing whose object may be a question ("know which nominee that helps", "learned
# how they think", "does not understand why C"): PolNeAR's attribution, as a "that" clause is
_KNOWING = frozenset({"know", "learn", "understand", "realize", "realise", "figure"})
_KNOWN_QUESTIONS = _WH_WORDS | {"which", "when"}
MAX_EXPECTED_OBJECT = 6  # "expect the Environmental Protection Agency to"


def _object_infinitive(toks: list[Token], start: int) -> bool:
    """Does an object of at most :data:`MAX_EXPECTED_OBJECT` plain words (no verb, no clause
    word) start at ``start`` and a "to" with its verb follow it ("it to raise rates", "the
    president to leverage his popularity")?"""
    n = len(toks)
    for m in range(start, min(n - 1, start + MAX_EXPECTED_OBJECT + 1)):
        tok = toks[m]
        if tok.low == "to":
            return m > start and _infinitive(toks[m + 1]) and toks[m + 1].kind == "w"
        if tok.kind != "w" or tok.low in _FINITE_VERBS or tok.low in lx.NP_BOUNDARY:
            return False
    return False


MAX_BARE_SUBJECT_WORDS = 4  # "the talks would", "the Kremlin's position was"
_BARE_SUBJECT_OPENERS = frozenset({"the", "this", "that", "these", "those"})


def _bare_reported_clause(toks: list[Token], k: int) -> bool:
    """Does a reported clause open at ``k`` with nothing to mark it, surely enough for a
    verb that also takes objects ("added he would", "added the talks would continue"; not
    "added an energetic pace", "maintained a lead")? A subject pronoun and a finite verb
    right after it, or "the"/"this"... or a capitalised name and a finite auxiliary within
    :data:`MAX_BARE_SUBJECT_WORDS` words."""
    n = len(toks)
    if k + 1 >= n or toks[k].kind != "w":
        return False
    low = toks[k].low
    if _PRONOUN_SUBJECT.match(low):
        return "’" in low or "'" in low or toks[k + 1].low in _FINITE_VERBS or (
            toks[k + 1].low.endswith(("n’t", "n't")))
    if low not in _BARE_SUBJECT_OPENERS and not _cap(toks[k]):
        return False
    for m in range(k + 1, min(n, k + MAX_BARE_SUBJECT_WORDS + 1)):
        if toks[m].kind != "w" or toks[m].low in _RELATIVE_WORDS or _PRONOUN_SUBJECT.match(
                toks[m].low):
            return False  # (not "repeated the attacks they have been airing": a relative)
        if toks[m].low in _FINITE_AUXILIARIES:
            return True
    return False


def _interjected_subject(toks: list[Token], k: int, comma: int) -> bool:
    """Are the words ``[k, comma)`` after a cue a clause's subject that an aside interrupts
    ("said the Kremlin, however, had not received it"): ", however," then a finite verb?"""
    n = len(toks)
    return comma + 3 < n and toks[comma].low == "," and toks[comma + 1].low in _INTERJECTIONS \
        and toks[comma + 2].low == "," and toks[k].low in _BARE_SUBJECT_OPENERS and (
            toks[comma + 3].low in _FINITE_AUXILIARIES)


def _tag_after_quote(toks: list[Token], k: int) -> bool:
    """Does a tag close the sentence after the quote at ``k`` ('“Q,” Peskov told Izvestia.',
    '“Q,” the spokesman said on Monday.'): a few words, a speech verb among them, no other
    quote?"""
    rest = [t for t in toks[k + 1 :] if t.low not in _PUNCT_END]
    return 0 < len(rest) <= MAX_WORDS_QUOTE_TO_SPEAKER + MAX_TAG_TAIL and all(
        t.kind == "w" for t in rest) and any(
        lx.CUES.get(t.low, ("", ""))[1] in {"speech", "clause"} and not t.low.endswith("ing")
        for t in rest[: MAX_WORDS_QUOTE_TO_SPEAKER + 1])


MAX_MEDIUM_SKIP = 14  # "in an interview with The Associated Press in Washington last week"
_MEDIUM_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our"})
# the media of :func:`_medium_before_that`: the ones words are said in, and the longer
# works and occasions a speaker's words are written or given in ("said in his 2012 book
# that", "wrote in an oral history of the Clinton years that", "testified in a deposition
# last year that"; recall30)
_WRITTEN_MEDIA = _MEDIA_NOUNS | frozenset(
    {"book", "memoir", "essay", "article", "history", "testimony", "deposition", "complaint",
     "lawsuit", "remarks", "comments", "appearance", "address", "hearing", "debate", "piece",
     "commentary", "sermon", "lecture", "forum", "ruling", "opinion", "motion", "brief",
     "indictment", "tweets", "posts", "emails", "messages", "letters", "statements",
     "interviews", "speeches", "videos"})


def _medium_before_that(toks: list[Token], k: int) -> int | None:
    """Where "that" opens the reported clause after a medium the words were said in, however
    long ("said in an interview with The Associated Press last week that C", "noted in a guest
    column in Saturday’s New York Times that C"; twentieth session): "in"/"on", a determiner,
    a medium noun within two words, then words only (no quote, cue or clause subject) up to
    "that" within :data:`MAX_MEDIUM_SKIP` tokens; else None. The medium's noun is what makes
    the long skip safe, where :data:`MAX_SUFFIX_SKIP` bounds the plain one."""
    n = len(toks)
    if k + 3 >= n or toks[k].low not in {"in", "on"} or toks[k + 1].low not in (
            _MEDIUM_DETERMINERS) or not any(t.low in _WRITTEN_MEDIA
                                            for t in toks[k + 2 : k + 4]):
        return None
    for m in range(k + 2, min(n, k + MAX_MEDIUM_SKIP + 1)):
        tok = toks[m]
        if tok.low == "that":
            return m if m > k + 2 else None
        if tok.kind != "w" or _verb_cue(tok) or _PRONOUN_SUBJECT.match(tok.low):
            return None
    return None


def _clause_opener_at(toks: list[Token], k: int) -> bool:
    """Does token ``k`` open a clausal complement ("that", "how", "they", "they’re")?"""
    if k >= len(toks):
        return False
    low = toks[k].low
    return low.replace("’", "'").split("'")[0] in lx.CLAUSE_OPENERS


@dataclass(slots=True)
class _Cue:
    i: int  # first token
    j: int  # past the last token
    lemma: str
    kind: str  # speech | clause | stance | according | colon | chain
    evidence: bool = False  # a finding's cue ("the poll shows"), taken as speech: a stance
    only_attribution: bool = False  # a cue PolNeAR's unit alone reads (_attribution_only)


_RELATIVES = frozenset({"who", "whom"})  # the relatives that stand for a person
MAX_COORDINATED_RELATIVE = 30  # tokens back from "and who" to the relative it is joined to


def _coordinated_relative(toks: list[Token], k: int) -> int | None:
    """The index of the relative pronoun that the "who" at ``k``, right after "and" (", and
    who"), is coordinated with: the last "who" or "whom" of the sentence before it, within
    :data:`MAX_COORDINATED_RELATIVE` tokens and with no other clause's mark between (";",
    ":", a quote), else None."""
    if k < 2 or toks[k].low != "who" or toks[k - 1].low != "and":
        return None
    for r in range(k - 2, max(0, k - MAX_COORDINATED_RELATIVE) - 1, -1):
        tok = toks[r]
        if tok.kind == "q" or tok.low in {";", ":"}:
            return None
        if tok.low in _RELATIVES:
            return r if r > 0 else None
    return None


@dataclass(slots=True)
class _Found:
    unit: int
    phrase: Phrase
    person: Person | None
    official: str | None
    cue: str | None
    cue_span: tuple[int, int] | None
    kind: str
    pieces: list[tuple[int, int]]
    confidence: float
    parsed: bool = False  # found by the parser, not the rules
    via: str = ""  # the rule that made it, when not the cue rules ("partial-quote")
    cue_kind: str = ""  # the cue's kind (_Cue.kind) when a cue rule made it
    stance: bool = False  # an attribution that reports no words (see UNITS): kept in that unit


# words before an -ing cue word that make it a noun ("his thinking", "the warning")
_ING_NOUN_BEFORE = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my",
                              "your"})
# numbers written as words before a participle used as an adjective ("five suspected
# extremists")
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "several", "many", "some", "both", "all", "other"})
# possessive determiners before a noun, never a verb's base form ("his outline", "their
# claim"; not "her", also an object: "heard her say")
_POSSESSIVE_DETERMINERS = frozenset({"his", "their", "its", "our", "my", "your"})
# "let" before "’s": "Let’s say" is the verb after "us"
_LET_FORMS = frozenset({"let"})
# ... but "He’s claiming", "It’s denouncing": "’s" is "is" after these
_IS_CONTRACTED = frozenset({"he", "she", "it", "that", "there", "who", "what", "where",
                            "here", "this"})


# cues that close a sentence as its tag: "C, Y said", "C, said Y", and "C, according to Y"
# ("Shanghai-based Bc Babycare expects ..., according to Chi Yang": the company acts inside
# Yang's words, and the "he told CNBC" after it is Yang; pron24)
_CLOSING_TAG_KINDS = frozenset({"speech", "according"})


def _reported_within_tag(toks: list[Token], groups: list[tuple[_Cue, Phrase, Person | None]],
                         discourse: Discourse, u: int) -> None:
    """In a sentence that ends with a speech tag after a comma ("C, Deputy Prime Minister
    Marat Khusnullin said in Kazan", "C, said Y"), the speakers of cues before that comma
    act inside the tag's words ("Putin has backed the projects"): note them as the
    sentence's subjects, not its speakers (:meth:`Discourse.reported_within`)."""
    if len(groups) < 2:
        return
    cue, phrase, person = max(groups, key=lambda g: g[1].start)
    if person is None or cue.kind not in _CLOSING_TAG_KINDS or phrase.how == "relative":
        return  # (", who said": a relative clause of the sentence, no tag of it)
    if cue.kind == "according" and (person.kind != "person" or " " not in (person.name or "")):
        return  # ("Cruz said ..., according to The Hill": an outlet that reports him)
    first = min(phrase.i, cue.i)  # "Y said" or "said Y"
    if first == 0 or toks[first - 1].low != ",":
        return
    comma = toks[first - 1].start
    for _c, other, who in groups:
        if who is not None and who is not person and other.start < comma:
            discourse.reported_within(u, other.start, who)


def _self_reference_gender(toks: list[Token], cue: _Cue, phrase: Phrase) -> str:
    """'The former secretary of state said she would fight': the gender of the subject
    pronoun that opens a reported clause right after a speech verb, which news uses for the
    speaker themselves far more often than for anyone else; "" when the content does not
    open so (nineteenth session)."""
    if phrase.how != "left" or cue.kind != "speech":
        return ""
    k = cue.j + (cue.j < len(toks) and toks[cue.j].low == "that")
    if k + 1 < len(toks) and toks[k + 1].kind == "w" and not lx.CUES.get(toks[k + 1].low):
        return lx.PRONOUNS[toks[k].low] if toks[k].low in {"he", "she"} else ""
    return ""


class Extractor:
    """Finds statements in article texts; load once, call :meth:`extract` per article."""

    def __init__(self, registry: Registry, parser: str = "off",
                 parser_uses: frozenset[str] = DEFAULT_PARSER_USES,
                 unit: str = UNITS[0]) -> None:
        """``parser``: "off", "auto" or "on" (see :mod:`monitor.statements.parser`);
        ``parser_uses``: which of its uses (:data:`PARSER_USES`) run, for measuring each;
        ``unit``: one of :data:`UNITS` ("attribution" scores PolNeAR in its own unit)."""
        if unit not in UNITS:
            raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
        self.unit = unit
        # nouns whose "show" and "find" report a finding ("the poll shows"); PolNeAR's unit
        # adds records of sight and mail ("the video shows", "a 2011 email shows")
        self._evidence = lx.EVIDENCE_NOUNS | (
            _ATTRIBUTION_EVIDENCE_NOUNS if unit == "attribution" else frozenset())
        self.registry = registry
        registry.find("")  # build the word index once, here
        self.parser: Parser | None = Parser() if parser_wanted(parser) else None
        self.parser_uses = parser_uses
        # set by _content when the clause it returned is a belief's bare clause (_bare_belief),
        # read and reset by _steps right after the call
        self._belief = False

    def extract(self, text: str, day: date | None = None) -> list[Statement]:
        """Every statement in ``text``; ``day`` (the article's date) selects valid titles."""
        return self.extract_many([(text, day)])[0]

    def extract_many(self, jobs: Sequence[tuple[str, date | None]]) -> list[list[Statement]]:
        """:meth:`extract` of each (text, day), the same statements, with the parser's
        sentences parsed in batches (issue 13): the articles' rules run side by side, each up
        to the sentence it wants parsed, then one ``nlp.pipe`` parses the sentences the
        articles wait on, and so on (:func:`~monitor.statements.parser.drive`)."""
        return drive((self._steps(text, day) for text, day in jobs), self.parser)

    def _steps(self, text: str, day: date | None) -> Steps[list[Statement]]:
        """:meth:`extract` as a generator: yields each sentence (text, start, end) it wants
        parsed and takes its words back; returns the statements."""
        if _C1_CONTROLS.search(text):  # (str.translate with a table costs ~0.2 ms an
            text = text.translate(_C1_PUNCTUATION)  # article: only when there is work)
        text = primary_single_quotes(text)  # 'Q,' Chen said: a tabloid's quotes (round 33)
        quotes = find_quotes(text)
        units = split_units(text, quotes)
        mentions = self._mentions(text, day)
        starts = [m[0] for m in mentions]
        discourse = Discourse(self.registry, day, text)
        for unit in units:
            discourse.titles_in(unit.tokens)
        discourse.quoted = [(q.open_at, q.close_at) for q in quotes]
        author = find_author(text)
        if author is not None:
            discourse.set_author(author)
        discourse.questions, discourse.answers = find_interview(text)
        # "TAPPER: ...", "BENENSON: ...": a transcript's turns (PolNeAR's unit; round 24)
        transcript = _transcript_labels(text) if self.unit == "attribution" else frozenset()
        found: list[_Found] = []
        pending: _Found | None = None  # a cue ending in ":" waiting for its quote
        last: tuple[int, Person | None, Phrase, str | None] | None = None
        colon_line: int | None = None  # a line ending in ":" that no cue read (the unit)
        issued: _Found | None = None  # its issuer's statement, when it says one was issued
        newcomer = -1  # the last unit of no statement whose subject names someone new
        m_index = 0
        for u, unit in enumerate(units):
            toks = unit.tokens
            if unit.para_first and _furniture_label(toks):
                # "Read more: Trump says ...", "Watch: Peskov speaks to reporters": a link to
                # another page, not this article's words (nineteenth session)
                while m_index < len(mentions) and mentions[m_index][0] < unit.end:
                    m_index += 1
                pending = None
                continue
            while m_index < len(mentions) and mentions[m_index][0] < unit.end:
                m_start = mentions[m_index][0]
                if any(q.open_at < m_start < q.close_at for q in unit.quotes):
                    m_index += 1  # a name inside a quote is not someone the text follows
                    continue
                opening = all(t.kind == "w" and (t.text[:1].isupper() or t.low in
                                                 lx.DETERMINERS) for t in toks
                              if t.end <= m_start)
                discourse.mention(u, mentions[m_index][2], is_subject=opening, offset=m_start,
                                  toks=toks)
                m_index += 1
            discourse.names_in(u, toks, lambda at: _inside(mentions, starts, at))
            claimed: set[int] = set()
            unit_found: list[_Found] = []
            # a quote paragraph introduced by the previous sentence's colon, or by no one
            if unit.is_quote_only() or (toks and toks[0].kind == "q" and (
                    unit.para_first or _sentence_quote(toks[0])) and not self._cues(toks)
                    and _dash_credit(toks) is None):  # ('“Q”: Witkoff after Moscow talks')
                # the first quote, after any bullet or dash that opens the paragraph
                q = next((t.quote for t in toks if t.kind == "q" and t.quote is not None), None)
                if q is None:
                    pending = None
                    continue
                after = units[u + 1].tokens if u + 1 < len(units) and (
                    units[u + 1].para == unit.para) else []
                tag = self._unknown_tag(text, toks, after, u, discourse, mentions, starts)
                if tag is None:
                    tag = self._signature(text, units, u, discourse, mentions, starts)
                if tag is not None:
                    unit_found.append(tag)  # “Q,” Trump went on. / “Q!” beamed Donald Hartley
                    claimed.add(0)
                    if tag.person is not None:
                        discourse.spoke(u, tag.person, tag.phrase.start)
                        last = (u, tag.person, tag.phrase, None)
                elif pending is not None and pending.unit == u - 1:
                    pending.pieces = list(q.pieces)
                    pending.unit = u
                    unit_found.append(pending)
                    claimed.add(0)
                elif (prev := next((f for f in reversed(found) if f.unit == u - 1
                                    and f.kind in {"direct", "mixed"}), None)) is not None and (
                        units[prev.unit].para == unit.para):
                    discourse.speaks_on(u, q.open_at, prev.person)
                    if self.unit == "attribution":
                        prev.pieces.extend(q.pieces)  # “Q1,” they argued. “Q2.”: one statement
                        prev.unit = u
                    else:  # ... or two, the second the same speaker's, with no cue of its own
                        unit_found.append(dataclasses.replace(
                            prev, unit=u, pieces=list(q.pieces), cue=None, cue_span=None,
                            kind="direct", confidence=min(prev.confidence, CONF_CONTINUED),
                            via="continued"))
                    claimed.add(0)
                elif issued is not None and issued.unit == u - 1:
                    # "Senator X released the following statement on the shooting at the
                    # university early this morning:", "Jackson released a statement through
                    # the team later Tuesday.": the issuer's (round 33, scancarry)
                    issued.pieces = list(q.pieces)
                    issued.unit = u
                    unit_found.append(issued)
                    claimed.add(0)
                    if issued.person is not None:
                        discourse.spoke(u, issued.person, issued.phrase.start)
                    last = (u, issued.person, issued.phrase, None)
                elif colon_line is not None and colon_line == u - 1:
                    # "Radio traffic from police:", "Mayor Strange's complete statement:",
                    # "X, the victim's brother, was blunt about it:": the line introduces
                    # someone else's words or a text, not the last speaker's (round 33,
                    # scancarry); nor do the quotes after it inherit one
                    last = None
                elif last is not None and u - last[0] <= INHERIT_MAX_UNITS and not (
                        _title_case(text[q.pieces[0][0] : q.pieces[-1][1]])) and not (
                        newcomer > last[0]):
                    unit_found.append(_Found(
                        u, last[2], last[1], last[1].official if last[1] else None, None, None,
                        "direct", list(q.pieces), CONF_INHERITED))
                    claimed.add(0)
                    last = (u, last[1], last[2], last[3])
                pending = None
                found.extend(unit_found)
                continue
            pending = None
            # the first line of a text without a full stop: a headline, not a report
            headline = unit.para == 0 and unit.para_first and unit.para_last and len(units) > 1 \
                and toks[-1].low not in _PUNCT_END and toks[-1].kind != "q"
            cues = self._cues(toks, headline=headline or (
                unit.para == 0 and _mostly_capitalised(toks)))
            prev_speaker: tuple[Phrase, Person | None] | None = None
            fired: set[int] = set()  # first tokens of the cues that made a statement
            groups: list[tuple[_Cue, Phrase, Person | None]] = []
            unspoken: set[int] = set()  # cues whose phrase is no speaker (_verb_led)
            for cue in cues:
                phrase, person = self._speaker(toks, cue, prev_speaker, discourse, u, mentions,
                                               starts)
                if phrase is None or _by_agent(toks, phrase):
                    continue
                if _verb_led(toks, phrase):
                    # no speaker, no statement; the cue still ends the contents before it, as
                    # it did (twenty-fourth session)
                    groups.append((cue, phrase, None))
                    unspoken.add(id(cue))
                    continue
                prev_speaker = (phrase, person)
                groups.append((cue, phrase, person))
                described = phrase.how in {"left", "right", "subject"} and cue.kind in {
                    "speech", "clause"}
                if person is not None:
                    discourse.spoke(u, person, phrase.start, members=phrase.how != "pronoun")
                    last = (u, person, phrase, cue.lemma)
                elif described:
                    # "The mayor said C. “Q.”": a described speaker is the last one too
                    last = (u, None, phrase, cue.lemma)
                    discourse.described_body(u, toks, phrase)  # "..., it said": the ministry
                    discourse.unnamed_source(u, toks, phrase)  # "a senior official said"
                    if cue.lemma not in _QUESTIONS:  # ("a reporter asked" no answer)
                        discourse.unnamed_speaker(  # "... He added": them
                            u, toks, phrase, _self_reference_gender(toks, cue, phrase))
                if described or (person is None and cue.kind == "according"):
                    # "Police said ... They said"; "..., according to prosecutors. They said"
                    # (they24: the people a closing "according to" names speak on too)
                    discourse.described_people(u, toks, phrase)
                if person is None and cue.kind == "according":
                    discourse.described_document(u, toks, phrase)  # "according to a new
                    # study ... the report warns" (round 36)
            _reported_within_tag(toks, groups, discourse, u)
            colon = self._colon(toks, groups, unit, transcript)
            if colon is not None:
                c_cue, c_phrase = colon
                c_person = self._resolve(toks, c_phrase, discourse, u, mentions, starts)
                if c_person is not None and c_person.name and not (
                        c_phrase.j == c_cue.i and discourse.label_only(c_person)):
                    # ("Wow: Al Sharpton Just Said ...": a label, not a speaker)
                    groups.insert(0, (c_cue, c_phrase, c_person))
                    discourse.spoke(u, c_person, c_phrase.start)
                    last = (u, c_person, c_phrase, c_cue.lemma)
            for g_index, (cue, phrase, person) in enumerate(groups):
                if id(cue) in unspoken:
                    continue
                cue_span = (toks[cue.i].start, toks[cue.j - 1].end)
                cue_text = text[cue_span[0] : cue_span[1]]
                official = person.official if person else None
                # colon at the end of the sentence: the quote comes in the next paragraph
                if toks[-1].low == ":" and g_index == len(groups) - 1:
                    pending = _Found(u, phrase, person, official, cue_text, cue_span, "direct",
                                     [], CONF_DIRECT)
                    break
                if phrase.how == "relative" and phrase.i > 0 and toks[phrase.i - 1].kind == "w" \
                        and any(ph.i <= cue.i < ph.j for c, ph, _ in groups if c is not cue):
                    continue  # "Republicans who have praised him warned": part of a speaker
                stops = [(_clause_subject_start(toks, cue, ph.i) if ph.i < c.i else c.i)
                         if ph.i > cue.i else c.i
                         for c, ph, _ in groups[g_index + 1 :]
                         if not _attribution_only(toks, c)]  # (they end no one's content)
                result = self._content(toks, cue, phrase, claimed, stops)
                if result is None and self.unit == "attribution":
                    # "declined to comment.", "did not respond to a request for comment":
                    # what was not said, as PolNeAR spans it (eighteenth session)
                    result = self._withheld(toks, cue, phrase, claimed)
                if result is None and self.unit == "attribution":
                    # "46 percent of voters said yes", "half said so": the answer (nineteenth
                    # session)
                    result = _one_word_answer(toks, cue)
                if result is None:
                    continue
                kind, pieces = result
                if self.unit == "statement" and phrase.j - phrase.i == 1 and (
                        toks[phrase.i].low == "which") and (person is None or not person.name):
                    continue  # "he scored a 9, which would suggest that C", "the decree,
                    # which says C": a fact or a text no one is named for, no statement
                    # (twenty-first session; "the Kremlin, which said C" resolves)
                if self.unit == "statement" and kind == "indirect" and (
                        phrase.j - phrase.i == 1 and toks[phrase.i].low in _FIRST_SECOND
                        and (person is None or not person.name)):
                    continue  # "We believe quality journalism should be available to
                    # everyone", "I think they're the same culture": an unnamed writer or
                    # speaker's own view, no one's statement to report (22nd session)
                if phrase.how == "relative" and phrase.i > 0 and toks[phrase.i - 1].low == ",":
                    pieces = _relative_clause_end(toks, cue, pieces)
                    if not pieces:
                        continue
                if kind == "indirect":
                    pieces = _without_summative(toks, cue, pieces)
                if cue.kind == "according" and kind == "indirect":
                    pieces = _with_subject_before_aside(toks, cue, pieces)
                if self.unit == "attribution" and cue.kind == "chain":
                    pieces = _with_infinitive(toks, cue, pieces)
                conf = {"direct": CONF_DIRECT, "mixed": CONF_MIXED}.get(kind, CONF_INDIRECT)
                if cue.kind == "stance" and kind == "indirect" and headline and (
                        self.unit == "statement"):
                    continue  # "Pentagon chief rejects pro-Russia claims": a headline's gist
                    # (PolNeAR annotates it: its unit keeps it, seventeenth session)
                # no words reported: "X criticised the plan" (a stance), "Zakharova did not
                # say when ..." (no statement made), "He said no to the plan" (a refusal),
                # "declined to comment on the report", "wants to meet Putin" (a refusal or an
                # intention), "the poll shows" (a finding): attributions, not statements
                stance = kind == "indirect" and (
                    ((cue.kind in {"stance", "chain"} or cue.evidence)
                     and not _clause_content(toks, pieces[0][0]))
                    or (phrase.j <= cue.i and any(
                        t.low in {"not", "never"} or t.low.endswith(("n't", "n’t"))
                        for t in toks[_past_aside(toks, phrase.j, cue.i) : cue.j])
                        # ("could not resist noting that C": two negations, words said)
                        and not (toks[cue.i - 1].low in GERUND_TAKERS
                                 and toks[cue.i].low.endswith("ing")))
                    # "Neither Peskov nor Ushakov would say whether C": no one said it
                    or (phrase.j <= cue.i and _negative_subject(toks, phrase))
                    or (cue.lemma == "say" and _says_no_to(toks, cue.j)))
                belief, self._belief = self._belief, False  # (set by _content)
                # a view stated with "as" ("sees Trump as a threat", "portrayed him as “weak”"):
                # PolNeAR's attribution, not words said, even with a quoted word
                stance = stance or cue.lemma in _AS_STANCE_LEMMAS
                if stance or belief:
                    conf = CONF_STANCE
                if self.unit == "statement" and kind == "indirect" and _reports_no_words(
                        toks, cue, phrase, pieces[0][0]):
                    continue  # an act, a work, a topic or a finding of data: PolNeAR's unit
                    # keeps it, the product's reports no statement (27th session)
                unit_found.append(_Found(u, phrase, person, official, cue_text, cue_span, kind,
                                         pieces, conf, cue_kind=cue.kind,
                                         stance=stance or belief,
                                         via="belief" if belief else ""))
                fired.add(cue.i)
            if self.unit == "attribution":  # "Asked whether C, X said ...": the question
                unit_found.extend(self._questions(text, toks, u, claimed, discourse, mentions,
                                                  starts))
                # "The White House is expected to sign the measure": no one's expectation named
                unit_found.extend(self._expected(text, toks, u, claimed))
                unit_found.extend(self._it_is_said(text, toks, u, claimed))  # "it was said
                # that C": no one's claim named
                # "Ben Carson appears to be slipping", "his voice seemed weaker": the writer's
                unit_found.extend(self._seeming(text, toks, u, claimed, cues))
                # "The meeting was first reported by Politico", "Trump was criticized by X for
                # C": a stance or report in the passive, its source after "by"
                unit_found.extend(self._passive_by(text, toks, u, claimed, discourse,
                                                   mentions, starts))
                # "His behavior has angered the party's top figures": a reaction, its source
                # the ones who react
                unit_found.extend(self._affecting(text, toks, u, claimed, discourse, mentions,
                                                  starts))
                # "The Club for Growth is reportedly spending $1.5 million": a report of no one
                unit_found.extend(self._reportedly(text, toks, u, claimed))
                # "In the new Post-ABC poll, C" / "C in the most recent Fox poll": a finding
                unit_found.extend(self._in_poll(text, toks, u, claimed, discourse, mentions,
                                                starts))
                # "Trump's attacks on Clinton", "her claim that C": a possessor's said or held
                unit_found.extend(self._nominals(text, toks, u, claimed, discourse, mentions,
                                                 starts, unit_found))
                # "As reported by The Post, C", "However, as POLITICO has reported, C"
                unit_found.extend(self._as_reported(text, toks, u, claimed, discourse,
                                                    mentions, starts, unit_found))
                # "Cruz won the endorsement of Walker", "The plan drew criticism from X": a
                # stance its target receives, the target the content (read after the nouns:
                # "Trump's attacks on X drew criticism" holds one of its own)
                unit_found.extend(self._received(text, toks, u, claimed, discourse, mentions,
                                                 starts))
            if not unit_found and u > 0 and (said_by := self._said_by(
                    text, units, u, found, discourse, mentions, starts)) is not None:
                unit_found.append(said_by)  # "C. This was stated by X."
                if said_by.person is not None:
                    discourse.spoke(u, said_by.person, said_by.phrase.start)
                    last = (u, said_by.person, said_by.phrase, None)
            if not unit_found and (partial := self._partial_quote(
                    toks, claimed, discourse, u, mentions, starts)) is not None:
                unit_found.append(partial)
                if partial.person is not None:
                    last = (u, partial.person, partial.phrase, None)
            if self.parser is not None:
                uses = self.parser_uses
                unsure = [c for c in cues if c.i not in fired and c.kind in _PARSED_KINDS
                          and c.lemma in lx.PARSE_LEMMAS and toks[c.i].low not in _NOUN_FORMS
                          and (c.lemma not in lx.PARSE_CLAUSE_ONLY or _clause_opener_at(toks, c.j))
                          and not (c.j < len(toks) and toks[c.j].low in lx.NO_CLAUSE_NEXT)
                          ] if "cues" in uses else []
                if not unit_found and not cues and "that" in uses:
                    unsure = _that_verbs(toks)
                if unsure:
                    words = yield text, unit.start, unit.end
                    unit_found.extend(self._parsed(text, unit, u, unsure, claimed, discourse,
                                                   mentions, starts, words))
                elif not unit_found and "quotes" in uses and (
                        _lone_quote(toks, claimed) is not None):
                    words = yield text, unit.start, unit.end
                    unit_found.extend(self._quote_parsed(text, unit, u, claimed, discourse,
                                                         mentions, starts, words))
            colon_line = u if pending is None and _colon_line_back(toks) is False else None
            issued = self._issued(text, toks, u, discourse, mentions, starts) if (
                colon_line is not None or (pending is None and not unit_found and toks
                                           and toks[-1].low == ".")) else None
            if not unit_found and last is not None and _named_subject_other(toks, last[1]):
                newcomer = u
            found.extend(unit_found)
        found = _chain_speaker(text, quotes, found)
        found.extend(_run_on_untagged(text, quotes, units, found))
        if transcript:
            _transcript_turns(text, found, transcript)
        found = _drop_nested(found, text if self.unit == "attribution" else None,
                             text if self.unit == "statement" else None)
        if self.unit == "statement":
            _cast_as_quote(text, found)
        _transcript_lines(text, found)
        _name_described(found, units, discourse)
        found.extend(_answers(text, discourse, found))
        return _each_official(_one_per_content([self._statement(text, f) for f in found
                                                if self._keep(text, f)]))

    def _issued(self, text: str, toks: list[Token], u: int, discourse: Discourse,
                mentions: list[tuple[int, int, Official, bool]],
                starts: list[int]) -> _Found | None:
        """A line ending in a colon that says its subject issued a statement ("Arizona
        Senator John McCain released the following statement on the tragic shooting at
        Northern Arizona University early this morning:", "The police department released
        the following statement about the shooting on Thursday night:"): the subject's
        statement, its words to come in the next quote paragraph, else None. (A colon this
        far from the subject is no colon cue: see :meth:`_colon`.)"""
        k = next((m for m in range(1, len(toks) - 1) if toks[m].low in _ISSUING_VERBS
                  and any(t.low in _INTRODUCED_WORDS
                          for t in toks[m + 1 : m + 1 + MAX_ISSUED_NOUN_GAP])), None)
        if k is None:
            return None
        phrase = subject(toks, k)
        if phrase is None or phrase.how == "pronoun" or phrase.j > k:
            return None
        start = phrase.j  # past an aside set off by commas ("Eddie Sutton, Jamar's brother,")
        if start < k and toks[start].low == ",":
            start = max(m for m in range(start, k) if toks[m].low == ",") + 1
        if k - start > MAX_ISSUED_VERB_GAP or any(
                t.kind != "w" or t.low in _ISSUER_CLAUSE_WORDS or _cap(t) for t in toks[start:k]):
            return None  # (the subject must be the verb's, "has released", "later issued";
            # not "Palin visited the church and her office later released")
        person = self._resolve(toks, phrase, discourse, u, mentions, starts)
        if person is not None and not person.name:
            person = None  # ("The family of Noelle has released the following statement:"
            # is the family's, a described source: round 33)
        noun = next(m for m in range(k + 1, len(toks)) if toks[m].low in _INTRODUCED_WORDS)
        return _Found(u, phrase, person, person.official if person else None,
                      text[toks[k].start : toks[noun].end], (toks[k].start, toks[noun].end),
                      "direct", [], CONF_DIRECT)

    def _parsed(self, text: str, unit: Unit, u: int, unsure: list[_Cue], claimed: set[int],
                discourse: Discourse, mentions: list[tuple[int, int, Official, bool]],
                starts: list[int], words: list[Word]) -> list[_Found]:
        """Statements the parser finds (``words``, the sentence parsed) in a sentence whose
        cues the rules left unused: the cue verb's subject speaks, its clausal complement is
        the content."""
        toks = unit.tokens
        at = {toks[c.i].start: c for c in unsure}

        def is_cue(w: Word) -> str | None:
            cue = at.get(w.start)
            if cue is None:
                return None
            return "to" if cue.lemma in _TO_VERBS or cue.kind == "chain" else "clause"

        out: list[_Found] = []
        for rep in reported(words, is_cue):
            cue = at[words[rep.verb].start]
            s_start, s_end = words[rep.subject[0]].start, words[rep.subject[1] - 1].end
            c_start, c_end = words[rep.content[0]].start, words[rep.content[1] - 1].end
            i, j = _token_range(toks, s_start, s_end)
            k, m = _token_range(toks, c_start, c_end)
            if i >= j or k >= m or any(x in claimed for x in range(k, m)) or any(
                    toks[x].kind == "q" for x in range(i, j)):
                continue
            head = _token_range(toks, words[rep.head].start, words[rep.head].end)[1]
            how = "pronoun" if j - i == 1 and _PRONOUN_SUBJECT.match(toks[i].low) else "subject"
            core = head if i < head < j else -1
            phrase = Phrase(i, j, how, toks[i].start, toks[j - 1].end, core)
            if j - i == 1 and toks[i].low in _NOT_SPEAKERS:
                continue
            result = self._span(toks, k, m, claimed)
            if result is None:
                continue
            kind, pieces = result
            person = self._resolve(toks, phrase, discourse, u, mentions, starts)
            if person is not None:
                discourse.spoke(u, person, phrase.start)
            cue_span = (toks[cue.i].start, toks[cue.j - 1].end)
            out.append(_Found(u, phrase, person, person.official if person else None,
                              text[cue_span[0] : cue_span[1]], cue_span, kind, pieces,
                              CONF_PARSED, parsed=True))
        return out

    def _quote_parsed(self, text: str, unit: Unit, u: int, claimed: set[int],
                      discourse: Discourse, mentions: list[tuple[int, int, Official, bool]],
                      starts: list[int], words: list[Word]) -> list[_Found]:
        """A quote no cue introduced: the parser's clause around it (``words``, the sentence
        parsed) names the speaker."""
        toks = unit.tokens
        k = _lone_quote(toks, claimed)
        assert k is not None
        quote = toks[k].quote
        assert quote is not None
        rep = quote_speaker(words, quote.open_at, quote.close_at)
        if rep is None:
            return []
        i, j = _token_range(toks, words[rep.subject[0]].start, words[rep.subject[1] - 1].end)
        if i >= j or any(toks[x].kind == "q" for x in range(i, j)) or (
                j - i == 1 and _not_speaker(toks[i], discourse)):
            return []
        head = _token_range(toks, words[rep.head].start, words[rep.head].end)[1]
        how = "pronoun" if j - i == 1 and _PRONOUN_SUBJECT.match(toks[i].low) else "subject"
        phrase = Phrase(i, j, how, toks[i].start, toks[j - 1].end, head if i < head < j else -1)
        person = self._resolve(toks, phrase, discourse, u, mentions, starts)
        if person is not None:
            discourse.spoke(u, person, phrase.start)
        claimed.add(k)
        verb = words[rep.verb]
        return [_Found(u, phrase, person, person.official if person else None,
                       text[verb.start : verb.end], (verb.start, verb.end), "direct",
                       list(quote.pieces), CONF_PARSED, parsed=True)]

    def _unknown_tag(self, text: str, toks: list[Token], after: list[Token], u: int,
                     discourse: Discourse, mentions: list[tuple[int, int, Official, bool]],
                     starts: list[int]) -> _Found | None:
        """A sentence that opens with a quote and goes on with a named person and a verb the
        cue lexicon lacks: '“Q,” Trump went on', '“Q,” an angry Hollande retaliated', '“Q!”
        beamed Donald Hartley'. The person (a resolved name, not a description) said it. A
        quote ending in "?" or "!" ends its sentence, so the tag may open the next one
        (``after``, the next sentence of the paragraph)."""
        if not toks or toks[0].kind != "q" or toks[0].quote is None:
            return None
        quote = toks[0].quote
        m = 1
        if m < len(toks) and toks[m].low == ",":
            m += 1
        next_unit = False
        if m >= len(toks) and after and text[quote.end:quote.close_at].strip(" ”\"'’") == "" \
                and text[max(0, quote.end - MAX_INNER_CLOSE) : quote.end].rstrip(
                    " ’'")[-1:] in {"?", "!"}:  # (“... win Loudoun?’”: an inner quote's mark)
            toks, m, next_unit = after, 0, True  # “Q?” Trump went on. / “Q?” Clinton asks.
        if m >= len(toks) or toks[m].kind != "w":
            return None

        def tag_verb(tok: Token) -> bool:  # in the next sentence, the lexicon's cues too
            return _tag_verb(tok) or (next_unit and lx.CUES.get(tok.low, ("", ""))[1] in {
                "speech", "clause"})

        verb_first = tag_verb(toks[m]) and not _cap(toks[m])
        at = m + 1 if verb_first else m
        phrase = speaker_right(toks, at) or speaker_right(toks, at, loose=True)
        if phrase is None or phrase.how == "pronoun":
            return None
        verb = m if verb_first else phrase.j
        if not next_unit and not verb_first and _verbless_credit(text, toks, phrase, quote):
            # '“Q,” neighbor Candice Carter.', '“Q,” Cpt. Danny Huff, an investigator with the
            # Paris Police Dept.': a credit with no verb, its paragraph's end (round 33,
            # scancarry); the quote's closing comma stands for the cue
            person = self._resolve(toks, phrase, discourse, u, mentions, starts)
            if person is None or person.kind != "person" or not person.name:
                return None
            comma = text.rfind(",", quote.start, quote.close_at)
            return _Found(u, phrase, person, person.official, ",", (comma, comma + 1),
                          "direct", list(quote.pieces), CONF_DIRECT)
        if next_unit and not verb_first and verb < len(toks) and toks[verb].low == ",":
            # “Q?” Will Estrada, the chairman for the county, said: the apposition's closing
            # comma, then the verb (round 33)
            close = next((c for c in range(verb + 1, min(len(toks), verb + MAX_TAG_APPOSITION))
                          if toks[c].low == "," or toks[c].kind == "q"), None)
            if close is not None and toks[close].low == "," and close > verb + 1:
                phrase = Phrase(phrase.i, close, phrase.how, phrase.start, toks[close - 1].end,
                                phrase.j)
                verb = close + 1
        if verb >= len(toks) or not tag_verb(toks[verb]) or _cap(toks[verb]):
            return None
        person = self._resolve(toks, phrase, discourse, u, mentions, starts)
        if person is None or person.kind != "person" or not person.name:
            return None
        cue_span = (toks[verb].start, toks[verb].end)
        return _Found(u, phrase, person, person.official, text[cue_span[0]:cue_span[1]],
                      cue_span, "direct", list(quote.pieces), CONF_DIRECT)

    def _signature(self, text: str, units: list[Unit], u: int, discourse: Discourse,
                   mentions: list[tuple[int, int, Official, bool]],
                   starts: list[int]) -> _Found | None:
        """A quote signed with a dash and a name, as readers' and pundits' quotes are listed
        ('“Q.” ― Steve Quinlan', or the name on a line of its own: '“Q.”' then '- Bernie
        Sanders.'): the named person said it. Only for a quote that is its paragraph, so a
        byline or an agency credit after a reporter's sentence is not taken."""
        toks = units[u].tokens
        quote = toks[0].quote if toks and toks[0].kind == "q" else None
        if quote is None:
            return None
        sign, at = toks[1:], u
        if not sign and units[u].para_last and u + 1 < len(units) and (
                units[u + 1].para_first and units[u + 1].para_last):
            sign, at = units[u + 1].tokens, u + 1  # the name on a line of its own
        elif not units[u].para_last:
            return None
        if sign and sign[-1].low == ".":
            sign = sign[:-1]
        words = sign[1:]
        if not sign or sign[0].low not in _SIGNATURE_DASHES or not (
                0 < len(words) <= MAX_SIGNATURE_WORDS) or not all(_cap(t) for t in words):
            return None
        first = 2 if at == u else 1  # after the quote and the dash, or after the dash
        sign_toks = units[at].tokens
        phrase = Phrase(first, first + len(words), "right", words[0].start, words[-1].end)
        person = self._resolve(sign_toks, phrase, discourse, at, mentions, starts)
        if person is None or person.kind != "person" or not person.name:
            return None
        dash = sign[0]
        return _Found(u, phrase, person, person.official, text[dash.start:dash.end],
                      (dash.start, dash.end), "direct", list(quote.pieces), CONF_DIRECT)

    def _questions(self, text: str, toks: list[Token], u: int, claimed: set[int],
                   discourse: Discourse, mentions: list[tuple[int, int, Official, bool]],
                   starts: list[int]) -> list[_Found]:
        """The question put to someone, as PolNeAR annotates it (an attribution whose source
        is the asker, or no one written): "Asked whether he would endorse Trump, Cruz
        said ...", "When asked by Ingraham about foreign workers, Cruz said ...", "Sanders
        was asked by host John Dickerson whether his aim was similar", "Clinton was asked
        about the border." The content runs from the question's word ("whether", "if", a wh-
        word, "about", "to", a quote) to the next comma; a stance: no one's words are
        reported as said."""
        out: list[_Found] = []
        n = len(toks)
        for a, tok in enumerate(toks):
            if tok.low != "asked" or a + 2 >= n:
                continue
            b = a - 1
            while b >= 0 and toks[b].low in _ADVERBS_BEFORE_PASSIVE:
                b -= 1
            before = toks[b].low if b >= 0 else ""
            opener = b < 0 or (before in _QUESTION_OPENERS and (
                b == 0 or toks[b - 1].low in {",", "but", "and"}
                # "Christie said when asked whether ...", "“Q,” when asked about C"
                # (eighteenth session)
                or toks[b - 1].low in lx.CUES or toks[b - 1].kind == "q")) or before == ","
            passive = before in _BE_FORMS and a > 1
            if not (opener or passive) or (b >= 0 and before == "," and a == 1):
                continue
            k = a + 1
            phrase: Phrase | None = None
            if toks[k].low == "by":
                m = k + 1
                while m < n and toks[m].kind == "w" and toks[m].low not in _QUESTION_WORDS \
                        and m - k <= MAX_ASKER_TOKENS:
                    m += 1
                if m == k + 1 or m >= n or m - k > MAX_ASKER_TOKENS:
                    continue
                phrase = Phrase(k + 1, m, "right", toks[k + 1].start, toks[m - 1].end)
                k = m
            if toks[k].low == "," and k + 1 < n and toks[k + 1].kind == "q":
                k += 1
            if toks[k].low in _QUESTION_SETTINGS:
                # "Asked on Monday whether C", "When asked at a forum about C": the setting
                # of the question before its word (eighteenth session)
                m = k + 1
                while m < n and m - k <= MAX_ASKER_TOKENS and toks[m].kind == "w" and (
                        toks[m].low not in _QUESTION_WORDS):
                    m += 1
                if m < n and m - k <= MAX_ASKER_TOKENS and toks[m].low in _QUESTION_WORDS:
                    k = m
            asked = toks[k].quote
            if asked is not None:
                if k in claimed:
                    continue
                claimed.add(k)
                kind, pieces = "direct", list(asked.pieces)
            else:
                if toks[k].low not in _QUESTION_WORDS:
                    continue
                start = k + 1 if toks[k].low in {"about", "for"} else k
                end = self._content_end(toks, start, [], stop_at_comma=True)
                spanned = self._object_span(toks, start, end, claimed)
                if spanned is None:
                    continue
                kind, pieces = spanned
            person = None
            if phrase is None:  # no asker written: the question's words, no one's
                phrase = Phrase(a, a, "none", tok.start, tok.start)
            else:
                person = self._resolve(toks, phrase, discourse, u, mentions, starts)
            out.append(_Found(u, phrase, person, person.official if person else None,
                              text[tok.start : tok.end], (tok.start, tok.end), kind, pieces,
                              CONF_STANCE, via="question", cue_kind="speech", stance=True))
        return out

    def _expected(self, text: str, toks: list[Token], u: int,
                  claimed: set[int]) -> list[_Found]:
        """An expectation or a view with no one named, as PolNeAR annotates it (seventeenth
        session): "The White House is expected to sign the measure", "Many in Clinton's Iowa
        staff are expected to fan out", and with a finite "be" and a plain subject "Rubio is
        seen as the candidate with the best chance", "The walk-off is considered one of the
        largest" (:data:`_HELD_PASSIVES`; "can be seen as" after a long clause was mostly
        wrong). The content is the subject and what follows the participle (two pieces); the
        source is no one (as an unattributed question's)."""
        n = len(toks)
        for k in range(2, n - 2):
            wanted = _HELD_PASSIVES.get(toks[k].low)
            if wanted is None or toks[k + 1].kind != "w" or (
                    wanted and toks[k + 1].low not in wanted) or (
                    toks[k + 1].low == "to" and not (
                        toks[k + 2].kind == "w" and _infinitive(toks[k + 2]))) or (
                    not wanted and (toks[k + 1].low in _PREPOSITIONS | {"by", "that", "and"})):
                continue  # ("considered by", "considered that": another shape)
            b = k - 1
            while b > 0 and toks[b].low in _ADVERBS_BEFORE_PASSIVE | {"widely", "now"}:
                b -= 1
            if toks[b].low in {"has", "have", "had"} and b > 0 and toks[b + 1].low == "been" \
                    and toks[k].low in _PERFECT_PASSIVES:
                pass  # "Mr. Sanders has been criticized for C" (nineteenth session)
            elif toks[b].low not in _BE_FORMS - {"get", "got", "being"} or b == 0 or (
                    toks[k].low != "expected" and toks[b].low not in _FINITE_BE):
                continue  # (a view: "is seen as", not "can be seen as" after a long clause)
            first = dateline_end(toks)
            opened = max((m + 1 for m in range(first, b) if toks[m].low in {",", ";", ":"}
                          or toks[m].kind == "q"), default=first)
            while opened < b and toks[opened].low in _OPENING_CONJUNCTIONS | {"while", "as"}:
                opened += 1
            if toks[k].low == "announced":
                # "aides cheered as she was announced the winner": the subject after the
                # subordinator (twenty-fourth session)
                opened = max((m + 1 for m in range(opened, b - 1)
                              if toks[m].low in _SUBORDINATORS), default=opened)
            relative = b - opened == 1 and toks[opened].low in lx.RELATIVE_PRONOUNS and (
                toks[k].low == "said")  # "Sanders, who is said to have pressed for the plank"
            if b - opened < 1 or b - opened > MAX_EXPECTED_SUBJECT or (not relative and any(
                    t.kind != "w" or (toks[k].low != "expected" and (
                        t.low in _FINITE_VERBS or t.low in _RELATIVE_WORDS))
                    for t in toks[opened:b])):
                continue
            end = self._content_end(toks, k + 1, [], stop_at_comma=True)
            if end - (k + 2) < 1 or any(i in claimed for i in range(k + 1, end)):
                continue
            pieces = [(toks[opened].start, toks[b - 1].end), (toks[k + 1].start, toks[end - 1].end)]
            phrase = Phrase(k, k, "none", toks[k].start, toks[k].start)
            return [_Found(u, phrase, None, None, text[toks[b].start : toks[k].end],
                           (toks[b].start, toks[k].end), "indirect", pieces, CONF_STANCE,
                           via="expected", cue_kind="speech", stance=True)]
        return []

    def _seeming(self, text: str, toks: list[Token], u: int, claimed: set[int],
                 cues: list[_Cue]) -> list[_Found]:
        """An impression with no one named, as PolNeAR annotates it (seventeenth session):
        "Ben Carson appears to be slipping", "his voice seemed weaker than in past
        campaigns", "New Hampshire seems stable". The content is the subject and what follows
        the verb (two pieces); no source. Not where the chain rule made "seemed to suggest"
        a cue of the subject's (round 13 left "to be" and "to have" out of it: no one's
        words)."""
        n = len(toks)
        chains = {c.i for c in cues}
        if _mostly_capitalised(toks):
            return []  # a title-case headline
        for k in range(1, n - 1):
            lemma = lx.CHAIN_FORMS.get(toks[k].low) or _IMPRESSION_FORMS.get(toks[k].low)
            if (lemma not in _SEEMING and lemma not in _IMPRESSION_LEMMAS) or k in chains or (
                    toks[k - 1].kind != "w" or toks[k + 1].kind != "w"
                    or toks[k - 1].low in lx.DETERMINERS):
                continue
            first = dateline_end(toks)
            opened = max((m + 1 for m in range(first, k) if toks[m].low in {",", ";", ":"}
                          or toks[m].kind == "q"), default=first)
            while opened < k and toks[opened].low in _OPENING_CONJUNCTIONS | {"while", "as"}:
                opened += 1
            b = k
            while b > opened and toks[b - 1].low in _ADVERBS_BEFORE_PASSIVE | {
                    "may", "might", "would", "could", "now", "still", "already", "at", "first"}:
                b -= 1
            while lemma in _IMPRESSION_LEMMAS and b > opened + 1 and (
                    toks[b - 1].low.endswith("ly") and not _cap(toks[b - 1])):
                b -= 1  # "The nomination increasingly looks like": no adverb in the subject
            if b - opened == 1 and toks[opened].low == "it" and (
                    found := self._it_seems(toks, u, k, claimed)) is not None:
                return [found]  # "it seems the Democrats have too many superdelegates"
            if self.unit == "attribution" and toks[b - 1].low == "to":
                continue  # "or to appear flustered": an infinitive, no subject before it
            if lemma == "appear" and toks[k + 1].low != "to" and not (
                    self.unit == "attribution" and (
                        toks[k + 1].low in _APPEAR_COMPLEMENTS
                        or (toks[k + 1].low.endswith("ed") and toks[k + 1].low not in
                            _PARTICIPLE_NOT_COMPLEMENT)
                        or (_impression_complement(toks, k + 1)
                            and not toks[k].low.endswith("ing")))):
                continue  # ("appeared on a show": to be seen, not to seem; "appeared poised
                # to win", "appears ready": seeming, eighteenth session; "Washington appears
                # weak", "the race appears closer": twenty-second session)
            if lemma in _IMPRESSION_LEMMAS and (not (
                    toks[k + 1].low == "like" or _impression_complement(toks, k + 1))
                    or any(t.low in lx.CUES for t in toks[opened:b])):
                continue  # ("looked at", "sounded off on": no impression; "Trump thought
                # he sounded like": another cue's clause)
            if b - opened < 1 or b - opened > MAX_EXPECTED_SUBJECT or any(
                    t.kind != "w" or t.low in _FINITE_VERBS or t.low in _SUBORDINATORS
                    or t.low in _RELATIVE_OPENERS or t.low in {"why", "what", "how", "if"}
                    or t.low.endswith(("n't", "n’t")) for t in toks[opened:b]) or (
                    toks[opened].low in {"it", "there", "this"}):
                continue  # ("It seems likely", "what appears to be": no subject to speak of)
            start = k + 2 if lemma in _IMPRESSION_LEMMAS and toks[k + 1].low == "like" else k + 1
            end = self._content_end(toks, start, [], stop_at_comma=True)
            if end - start < 1 or any(i in claimed for i in range(start, end)):
                continue
            pieces = [(toks[opened].start, toks[b - 1].end),
                      (toks[start].start, toks[end - 1].end)]
            phrase = Phrase(k, k, "none", toks[k].start, toks[k].start)
            return [_Found(u, phrase, None, None, toks[k].text, (toks[k].start, toks[k].end),
                           "indirect", pieces, CONF_STANCE, via="seeming", cue_kind="speech",
                           stance=True)]
        return []

    def _it_is_said(self, text: str, toks: list[Token], u: int,
                    claimed: set[int]) -> list[_Found]:
        """"It was said that C", "At a time when it was said that C", "it has been said that
        C" (twenty-fourth session): a claim of no one named, as PolNeAR annotates it (5 of 5
        such train-read passives of "say"); the content is the clause after "that", one piece
        ("it" is no subject of the claim), the source no one."""
        n = len(toks)
        for k in range(2, n - 2):
            if toks[k].low not in _IT_IS_SAID or toks[k + 1].low != "that":
                continue
            b = k - 1
            while b > 1 and toks[b].low in _IT_IS_SAID_ADVERBS:
                b -= 1  # "it was widely reported that C"
            if toks[b].low == "been" and toks[b - 1].low in _IT_HAS:
                b -= 1  # "It's been reported that C" ("It's" one word: "it" and "has")
                if toks[b].low in _IT_HAS - {"has", "had"}:
                    b += 1
            elif toks[b].low not in {"is", "was"}:
                continue
            if b < 1 or toks[b - 1].low not in {"it", *_IT_HAS - {"has", "had"}}:
                continue
            start = k + 2
            # inside a clause of the sentence ("At a time when it was said that C, Clinton
            # proved ..."), the claim ends at a comma
            end = self._content_end(toks, start, [],
                                    stop_at_comma=b - 1 > dateline_end(toks))
            if end - start < MIN_CLAUSE_BEFORE_TAG or any(i in claimed for i in range(start, end)):
                continue
            phrase = Phrase(k, k, "none", toks[k].start, toks[k].start)
            return [_Found(u, phrase, None, None, text[toks[b].start : toks[k].end],
                           (toks[b].start, toks[k].end), "indirect",
                           [(toks[start].start, toks[end - 1].end)], CONF_STANCE,
                           via="expected", cue_kind="speech", stance=True)]
        return []

    def _it_seems(self, toks: list[Token], u: int, k: int,
                  claimed: set[int]) -> _Found | None:
        """"It seems (that) C", "it appears C", "it seems increasingly likely that C"
        (eighteenth session): an impression of no one's, its content what follows the verb,
        as PolNeAR spans it (one piece: "it" is no subject of the impression). Not "it
        seems to me" (the writer's own view, a speaker) nor "it appeared on ..."."""
        start = k + 1
        if toks[start].low in {"to", "on", "in", "at", "as", "like"} or not (
                toks[start].low == "that" or toks[start].low in _IMPRESSION_WORDS
                or _clause_opens(toks, start) or _PRONOUN_SUBJECT.match(toks[start].low)
                or toks[start].low in lx.DETERMINERS or _cap(toks[start])):
            return None
        end = self._content_end(toks, start, [], stop_at_comma=True)
        if end - start < MIN_CLAUSE_BEFORE_TAG or any(i in claimed for i in range(start, end)):
            return None
        phrase = Phrase(k, k, "none", toks[k].start, toks[k].start)
        return _Found(u, phrase, None, None, toks[k].text, (toks[k].start, toks[k].end),
                      "indirect", [(toks[start].start, toks[end - 1].end)], CONF_STANCE,
                      via="seeming", cue_kind="speech", stance=True)

    def _passive_by(self, text: str, toks: list[Token], u: int, claimed: set[int],
                    discourse: Discourse, mentions: list[tuple[int, int, Official, bool]],
                    starts: list[int]) -> list[_Found]:
        """A stance or a report in the passive with its source after "by", as PolNeAR
        annotates it (nineteenth session): "Scully's involvement was first reported by the
        New York Times", "Clinton's attacks were echoed by her campaign", "Trump has been
        criticized by some of his rivals for failing to ...", "which has been accused by the
        Turkish government of attempting a coup". The content is the subject (a relative
        word alone when the clause is a relative one), with the "for"/"as"/"of" complement
        after the source; the source is the phrase after "by". Only the lemmas of
        :data:`_PASSIVE_BY_LEMMAS` (a view or a report: not "was decided by", "was written
        by", "was called by")."""
        out: list[_Found] = []
        n = len(toks)
        if _mostly_capitalised(toks) or (
                toks and toks[0].low in _SAID_BY_SUBJECTS and _said_by_index(toks)):
            return out  # a title-case headline; "This was reported by X" (Extractor._said_by)
        for k in range(1, n - 2):
            entry = lx.CUES.get(toks[k].low)
            if entry is None or entry[0] not in _PASSIVE_BY_LEMMAS or not (
                    toks[k].low.endswith("ed") or toks[k].low in _PARTICIPLES):
                continue
            by = next((m for m in range(k + 1, min(n, k + 2 + MAX_BEFORE_BY))
                       if toks[m].low == "by"), None)
            if by is None or by + 1 >= n or any(
                    t.kind != "w" or t.low in _PASSIVE_BY_STOPS for t in toks[k + 1 : by]):
                continue  # ("was supported Friday by", "were described to him by")
            b = k - 1
            while b > 0 and toks[b].kind == "w" and toks[b].low not in _BE_FORMS and (
                    toks[b].low in _ADVERBS_BEFORE_PASSIVE or toks[b].low == "first" or (
                        toks[b].low.endswith("ly") and not _cap(toks[b]))):
                b -= 1  # "was first reported", "were quickly derided"
            reduced = toks[b].low == "," and b == k - 1  # "The bill, opposed by X, died"
            if (toks[b].low not in _BE_FORMS - {"being"} and not reduced) or b == 0:
                continue
            subject = _subject_before(toks, b, claimed)
            if subject is None:
                continue
            opened, s_end = subject
            phrase = speaker_right(toks, by + 1) or _agent_after_by(toks, by + 1)
            if phrase is None or phrase.j - phrase.i > MAX_SPEAKER_AFTER_BY or (
                    reduced and (phrase.j >= n or toks[phrase.j].low != ",")):
                continue  # (a reduced clause closes with a comma: an aside on its subject)
            pieces = [(toks[opened].start, toks[s_end - 1].end)]
            after = phrase.j
            if after < n and toks[after].low in _PASSIVE_COMPLEMENTS and (
                    toks[after].low != "of" or entry[0] == "accuse"):
                # ("accused by X of C"; not "by majorities of both men and women")
                end = self._content_end(toks, after, [], stop_at_comma=True)
                if end - after >= 2 and not any(i in claimed for i in range(after, end)):
                    pieces.append((toks[after].start, toks[end - 1].end))
            person = self._resolve(toks, phrase, discourse, u, mentions, starts)
            out.append(_Found(u, phrase, person, person.official if person else None,
                              text[toks[k].start : toks[k].end], (toks[k].start, toks[k].end),
                              "indirect", pieces, CONF_STANCE, via="passive-by",
                              cue_kind="stance", stance=True))
        return out

    def _affecting(self, text: str, toks: list[Token], u: int, claimed: set[int],
                   discourse: Discourse, mentions: list[tuple[int, int, Official, bool]],
                   starts: list[int]) -> list[_Found]:
        """A reaction PolNeAR annotates with the ones who react as its source (nineteenth
        session): "His behavior has angered the party's top figures", "That rankled many in
        the party", "Such rhetoric is alarming many Germans". The content is the clause's
        subject (what they reacted to), the source the verb's object. Only the verbs of
        :data:`_AFFECTING_VERBS`, in an active clause ("was alarmed by" is another shape,
        "frustrated voters" an adjective)."""
        out: list[_Found] = []
        n = len(toks)
        if _mostly_capitalised(toks):
            return out  # a title-case headline
        for k in range(1, n - 1):
            low = toks[k].low
            if low not in _AFFECTING_VERBS:
                continue
            b = _past_adverbs_before(toks, k)  # "has also angered", "quickly rankled"
            before = toks[b - 1].low if b > 0 else ""
            if low.endswith("ing") and before not in _FINITE_BE:
                continue  # ("angering his supporters": a participle, no clause of its own)
            if not low.endswith("ing") and (
                    before in _BE_FORMS or before in _PREPOSITIONS or (
                        before in lx.DETERMINERS and before not in _PRONOUN_SUBJECTS)
                    or before in {"to", "with", "and", "or", "by", ","}):
                continue  # ("was alarmed", "the frustrated voters", "to upset", "and angered")
            if low.endswith("ing") or before in {"has", "have", "had"}:
                b -= 1  # the subject before "is alarming", "has angered"
            subject = _subject_before(toks, b, claimed)
            phrase = speaker_right(toks, k + 1) or _agent_after_by(toks, k + 1)
            if subject is None or phrase is None or phrase.i != k + 1 or (
                    toks[k + 1].low in _NOT_AFFECTED):
                continue
            opened, s_end = subject
            person = self._resolve(toks, phrase, discourse, u, mentions, starts)
            out.append(_Found(u, phrase, person, person.official if person else None,
                              toks[k].text, (toks[k].start, toks[k].end), "indirect",
                              [(toks[opened].start, toks[s_end - 1].end)], CONF_STANCE,
                              via="affecting", cue_kind="stance", stance=True))
        return out

    def _received(self, text: str, toks: list[Token], u: int, claimed: set[int],
                  discourse: Discourse, mentions: list[tuple[int, int, Official, bool]],
                  starts: list[int]) -> list[_Found]:
        """A stance its target receives, as PolNeAR annotates it (twenty-second session):
        "Cruz won the endorsement of Gov. Scott Walker", "Mrs. Clinton received support from
        roughly six in 10 Democrats", "The proposal has drawn harsh criticism from fellow GOP
        hopefuls", "Cruz faced criticism for unreported loans". The content is the clause's
        subject (with a "for"/"over" complement after the noun), the source the phrase after
        "of"/"from"; a criticism may come from no one named. Only the verbs of
        :data:`_RECEIVING_VERBS` before a noun of :data:`_RECEIVED_NOUNS`."""
        out: list[_Found] = []
        n = len(toks)
        if sum(_cap(t) for t in toks) * 2 > n:
            return out  # a title-case headline
        for k in range(1, n - 2):
            nouns = _RECEIVING_VERBS.get(toks[k].low)
            if nouns is None:
                continue
            m = k + 1
            if toks[k].low in _RECEIVING_PARTICLES:
                if toks[m].low != _RECEIVING_PARTICLES[toks[k].low]:
                    continue  # "came under", "picked up": the verb and its particle
                m += 1
            if toks[k].low in _HAVING_VERBS and toks[m].low not in _RECEIVED_DETERMINERS:
                continue
            m = _past_received_modifiers(toks, m)
            if m >= n or toks[m].low not in nouns:
                continue
            b = _past_adverbs_before(toks, k)  # "has already drawn", "quickly drew"
            before = toks[b - 1].low if b > 0 else ""
            if toks[k].low.endswith("ing"):
                if before not in _FINITE_BE:
                    continue  # ("despite facing criticism": a participle, no clause of its own)
                b -= 1
            elif before in _PREPOSITIONS or before in {"to", "and", "or", "by"}:
                continue  # ("efforts to win the support of": no subject of its own; after a
                # comma an apposition's subject: "Mrs. Clinton, a former senator, received")
            subject = _received_subject(toks, b, claimed)
            if subject is None:
                continue
            found = self._received_found(text, toks, u, k, m, subject, claimed, discourse,
                                         mentions, starts)
            if found is not None:
                out.append(found)
        return out

    def _received_found(self, text: str, toks: list[Token], u: int, k: int, m: int,
                        subject: tuple[int, int], claimed: set[int], discourse: Discourse,
                        mentions: list[tuple[int, int, Official, bool]],
                        starts: list[int]) -> _Found | None:
        """The attribution :meth:`_received` reads once its noun is at ``m``: the source after
        "of"/"from" (required but for a criticism), the complement after "for"/"over"."""
        n = len(toks)
        after = m + 1
        phrase: Phrase | None = None
        if after < n and toks[after].low in _RECEIVED_SOURCES:
            phrase = speaker_right(toks, after + 1)
            agent = _agent_after_by(toks, after + 1)
            if agent is not None and (phrase is None or agent.j > phrase.j) and (
                    toks[agent.j - 1].low not in _TOPIC_PREPOSITIONS):
                phrase = agent  # ("from several European governments": the whole phrase;
                # not "from Clinton about who can": a topic after the source)
            if phrase is None or phrase.j - phrase.i > MAX_SPEAKER_AFTER_BY:
                return None
            after = phrase.j
        elif toks[m].low not in _SOURCELESS_RECEIVED_NOUNS:
            return None  # ("enjoys 48% support in the state": no one's stance read)
        opened, s_end = subject
        pieces = [(toks[opened].start, toks[s_end - 1].end)]
        if after < n and toks[after].low in _RECEIVED_COMPLEMENTS:
            end = self._content_end(toks, after, [], stop_at_comma=True)
            if end - after >= 2 and not any(i in claimed for i in range(after, end)):
                pieces.append((toks[after].start, toks[end - 1].end))
        cue_span = (toks[k].start, toks[m].end)
        if phrase is None:
            none = Phrase(k, k, "none", toks[k].start, toks[k].start)
            return _Found(u, none, None, None, text[cue_span[0] : cue_span[1]], cue_span,
                          "indirect", pieces, CONF_STANCE, via="received", cue_kind="stance",
                          stance=True)
        person = self._resolve(toks, phrase, discourse, u, mentions, starts)
        return _Found(u, phrase, person, person.official if person else None,
                      text[cue_span[0] : cue_span[1]], cue_span, "indirect", pieces,
                      CONF_STANCE, via="received", cue_kind="stance", stance=True)

    def _reportedly(self, text: str, toks: list[Token], u: int,
                    claimed: set[int]) -> list[_Found]:
        """A clause the writer marks as reported with no one named ("The Club for Growth is
        reportedly spending $1.5 million", "Reportedly, he made comments to co-workers"), as
        PolNeAR annotates it (seventeenth session): the clause without the adverb, in one or
        two pieces; no source."""
        n = len(toks)
        if _mostly_capitalised(toks):
            return []  # a title-case headline
        for k, tok in enumerate(toks):
            if tok.low not in _REPORTED_ADVERBS or k + 1 >= n:
                continue
            first = dateline_end(toks)
            opened = max((m + 1 for m in range(first, k) if toks[m].low in {",", ";", ":", "("}
                          or toks[m].kind == "q"), default=first)
            while opened < k and toks[opened].low in _OPENING_CONJUNCTIONS:
                opened += 1
            start = k + 1
            if opened == k and toks[start].low == ",":
                start += 1  # "Reportedly, C"
            end = self._content_end(toks, start, [], stop_at_comma=True)
            if end - start < 2 or any(i in claimed for i in range(opened, end)) or any(
                    t.kind != "w" for t in toks[opened:k]):
                continue
            pieces = [(toks[opened].start, toks[k - 1].end)] if opened < k else []
            pieces.append((toks[start].start, toks[end - 1].end))
            phrase = Phrase(k, k, "none", tok.start, tok.start)
            return [_Found(u, phrase, None, None, tok.text, (tok.start, tok.end), "indirect",
                           pieces, CONF_STANCE, via="reportedly", cue_kind="speech",
                           stance=True)]
        return []

    def _in_poll(self, text: str, toks: list[Token], u: int, claimed: set[int],
                 discourse: Discourse, mentions: list[tuple[int, int, Official, bool]],
                 starts: list[int]) -> list[_Found]:
        """A poll's finding framed by "in" (seventeenth session): "In the new Post-ABC poll,
        Trump wins about 1 in 3 GOP primary voters" (the clause after the frame's comma) and
        "Kasich was at 25 percent support in the most recent Fox poll." (the clause before a
        frame that ends the sentence). The poll is the source; a finding of data, no one's
        words (a stance, PolNeAR's unit only)."""
        n = len(toks)
        first = dateline_end(toks)
        while first < n and toks[first].low in _OPENING_CONJUNCTIONS:
            first += 1
        for k in range(first, n):
            if toks[k].low != "in" or k + 2 >= n:
                continue
            names = self.unit == "attribution"  # (the poll names and tails below: round 17)
            m = k + 1
            while m < n and (toks[m].kind == "w" or (names and _poll_name_mark(toks, m))) and (
                    m - k <= MAX_POLL_FRAME) and toks[m].low not in _POLL_HEADS:
                m += 1
            if m >= n or toks[m].low not in _POLL_HEADS or m - k > MAX_POLL_FRAME or any(
                    t.low in _FINITE_VERBS or t.low in _RELATIVE_OPENERS
                    or (t.kind != "w" and not (names and _poll_name_mark(toks, x)))
                    or (t.low in _PREPOSITIONS and t.low != "of")
                    or (names and t.low in _SUBORDINATORS)  # "in part because of ... poll"
                    for x, t in enumerate(toks[k + 1 : m], k + 1)):
                continue  # (not "in the hours before the polls", "in light of ... polls")
            end_frame = m + 1
            while end_frame < n and toks[end_frame].kind == "w" and (
                    end_frame - m <= MAX_POLL_FRAME) and toks[end_frame].low not in _FINITE_VERBS:
                end_frame += 1  # "In the new Morning Consult poll, conducted March 11-13,"
            # "In a Des Moines Register poll last month, C", "C in the latest CNN/ORC poll
            # released Wednesday, a collapse ...": the poll's date or origin after its head,
            # up to the frame's comma (PolNeAR's unit; eighteenth session)
            tail = _poll_tail(toks, m + 1) if names else m + 1
            if k == first and end_frame < n and tail < n and toks[tail].low == ",":
                start = tail + 1
                if start < n and toks[start].low in {"conducted", "released", "taken"}:
                    c = next((x for x in range(start, min(n, start + MAX_POLL_FRAME))
                              if toks[x].low == ","), None)
                    if c is None:
                        continue
                    start = c + 1
                end = self._content_end(toks, start, [])
            elif k > first + MIN_CLAUSE_BEFORE_TAG and (all(
                    t.kind == "p" for t in toks[m + 1 :]) or (names and tail < n and (
                        toks[tail].low == "," or all(t.kind == "p" for t in toks[tail:])))
                    ) and toks[m].low in _ONE_POLL and (
                    any(_cap(t) or t.low in _NOUN_ADJECTIVES or (names and (
                        t.low in _POLL_REFERENCES or t.text != t.low))  # "mid-January"
                        for t in toks[k + 1 : m])) and not (names and any(
                            t.low in _POLL_HEADS for t in toks[first:k])):
                # (the clause before holds no other poll: "C in one poll, compared to D in a
                # similar survey" is two findings, the second not from the sentence's start)
                # (a poll named or dated: "in a Fox poll", "in the latest poll"; not "leads
                # in the polls", the state of a race)
                start, end = first, k
                if toks[k - 1].low == ",":
                    end = k - 1
            else:
                continue
            if end - start < MIN_CLAUSE_BEFORE_TAG or any(
                    toks[x].kind == "q" for x in range(start, end)):
                continue
            spanned = self._span(toks, start, end, claimed)
            if spanned is None:
                continue
            kind, pieces = spanned
            phrase = Phrase(k + 1, m + 1, "left", toks[k + 1].start, toks[m].end)
            return [_Found(u, phrase, None, None, toks[k].text, (toks[k].start, toks[k].end),
                           kind, pieces, CONF_STANCE, via="poll", cue_kind="speech",
                           stance=True)]
        return []

    def _nominals(self, text: str, toks: list[Token], u: int, claimed: set[int],
                  discourse: Discourse, mentions: list[tuple[int, int, Official, bool]],
                  starts: list[int], found: list[_Found]) -> list[_Found]:
        """Attributions a noun carries, its possessor the source (PolNeAR annotates them;
        seventeenth session): "Trump's attacks on Clinton", "Mr. Obama's claim that the
        economy is strong", "her refusal to release the transcripts", "his criticism of the
        deal". The noun (:data:`_NOMINAL_CUES`) follows a possessive name or pronoun (and at
        most :data:`MAX_NOMINAL_MODIFIERS` modifiers: "his repeated attacks on"); the content
        is a "that" clause, a "to" infinitive or a preposition's object, as the noun takes.
        A stance: no words are reported as said. Not inside another statement's content."""
        out: list[_Found] = []
        n = len(toks)
        taken = [(a, b) for f in found for a, b in f.pieces]
        for k, tok in enumerate(toks):
            complements = _NOMINAL_CUES.get(tok.low) or _UNOWNED_NOMINALS.get(tok.low)
            if complements is None or k == 0 or k + 2 >= n or _cap(tok) or any(
                    a <= tok.start < b for a, b in taken):
                continue
            p = k - 1
            while p > 0 and k - p <= MAX_NOMINAL_MODIFIERS and toks[p].kind == "w" and (
                    toks[p].low.endswith(("ed", "ly", "ing", "al", "ive", "ous", "ful", "ent"))
                    or toks[p].low in _NOMINAL_MODIFIERS) and not _cap(toks[p]):
                p -= 1
            owner = toks[p]
            unowned = _UNOWNED_NOMINALS.get(tok.low)
            if owner.kind != "w" and unowned is None:
                continue
            if unowned is not None and not (owner.low in _NOMINAL_PRONOUNS or owner.low.endswith(
                    ("’s", "'s"))):
                # "amid questions about his autobiography", "calls for a special prosecutor":
                # a question, a concern or a call no one is named for (nineteenth session)
                if toks[k + 1].low not in unowned or any(
                        t.low in _UNOWNED_BEFORE or t.low.startswith(_UNOWNED_BEFORE_STEMS)
                        for t in toks[p:k]) or (
                        _cap(owner) and p == k - 1) or any(
                        a <= tok.start < b for f in found if f.cue_span for a, b in [f.cue_span]):
                    continue  # ("answering questions about", "Republican calls for": theirs)
                phrase = Phrase(k, k, "none", tok.start, tok.start)
                complements = unowned
            elif owner.kind != "w":
                continue
            elif owner.low in _NOMINAL_PRONOUNS:
                phrase = Phrase(p, p + 1, "pronoun", owner.start, owner.end)
            elif owner.low.endswith(("’s", "'s")) and _cap(owner) and (
                    owner.low[:-2] not in _IS_CONTRACTED):
                i = p
                while i > 0 and toks[i - 1].kind == "w" and _cap(toks[i - 1]) and p - i < 4 \
                        and toks[i - 1].low not in _NOT_NAME_WORDS:
                    i -= 1  # (not "Despite Mr. Trump's", "And Clinton's")
                if i > 0 and toks[i - 1].low == "the":
                    i -= 1
                phrase = Phrase(i, p + 1, "left", toks[i].start, owner.end - 2)
            else:
                continue
            nxt = toks[k + 1].low
            if nxt not in complements:
                continue
            # the clause keeps its "that" (PolNeAR's span); an infinitive or object follows
            start = k + 1 if nxt == "that" else k + 2
            if nxt == "to" and not (toks[start].kind == "w" and _infinitive(toks[start])):
                continue
            end = self._content_end(toks, start, [], stop_at_comma=True)
            if nxt != "that" and not (
                    phrase.how == "none" and toks[start].low in _QUESTION_CLAUSE_WORDS):
                end = (_infinitive_end(toks, start, end) if nxt == "to" else
                       _noun_phrase_end(toks, start, end))  # (a question's clause runs on:
                # "questions about how such an arrangement would work")
            elif phrase.i == 0 or all(t.low in _OPENING_CONJUNCTIONS for t in toks[:phrase.i]):
                # "Sanders's claim that he still has a way would depend on ...": the noun is
                # the sentence's subject, its clause ends before the sentence's own verb
                finite = [m for m in range(start + 1, end) if toks[m].low in _FINITE_AUXILIARIES]
                if len(finite) >= 2:
                    end = finite[1]
            if any(i in claimed for i in range(start, end)):
                continue
            spanned = self._object_span(toks, start, end, claimed)
            if spanned is None:
                continue
            kind, pieces = spanned
            named = toks
            if phrase.how == "none":
                out.append(_Found(u, phrase, None, None, text[tok.start : toks[k + 1].end],
                                  (tok.start, tok.end), kind, pieces, CONF_STANCE,
                                  via="nominal", cue_kind="stance", stance=True))
                continue
            if phrase.how == "left":  # the possessor's name without its "'s", to resolve it
                named = [*toks[:p], Token("w", owner.text[:-2], owner.start, owner.end - 2,
                                          low=owner.low[:-2]), *toks[p + 1 :]]
            person = self._resolve(named, phrase, discourse, u, mentions, starts)
            out.append(_Found(u, phrase, person, person.official if person else None,
                              text[tok.start : toks[k + 1].end if nxt != "that" else tok.end],
                              (tok.start, tok.end), kind, pieces, CONF_STANCE, via="nominal",
                              cue_kind="stance", stance=True))
        return out

    def _said_by(self, text: str, units: list[Unit], u: int, found: list[_Found],
                 discourse: Discourse, mentions: list[tuple[int, int, Official, bool]],
                 starts: list[int]) -> _Found | None:
        """"Ukraine is ready to work on the plan. This was stated by President Volodymyr
        Zelensky during ...": a sentence that says who said the one before it (the house
        style of Ukrainian agencies; also "Such an opinion was expressed by X", "Zelensky
        said this in his evening address"). The sentence before is the content when it made
        no statement of its own and has no quote (sixteenth session)."""
        toks = units[u].tokens
        shape = _said_by_index(toks)
        if shape is None:
            return None
        k, after_by = shape
        prev = units[u - 1]
        if any(f.unit == u - 1 for f in found) or prev.quotes or (
                prev.para != units[u].para and not units[u].para_first) or sum(
                t.kind == "w" for t in prev.tokens) < MIN_SAID_BY_WORDS:
            return None
        phrase = speaker_right(toks, k + 2) if after_by else speaker_left(toks, k)
        if phrase is None:
            return None
        cut = next((m for m in range(phrase.i + 1, phrase.j - 1) if toks[m].low in {
            "on", "in", "via"} and toks[m + 1].low in _PLATFORMS), None)
        if cut is not None:  # "by Defense Minister Denys Shmyhal on Telegram": where, not who
            phrase = Phrase(phrase.i, cut, phrase.how, phrase.start, toks[cut - 1].end)
        person = self._resolve(toks, phrase, discourse, u, mentions, starts)
        a, b = prev.tokens[0].start, prev.tokens[-1].end
        while b > a and text[b - 1] in ".!?;:":
            b -= 1
        cue = toks[k]
        return _Found(u, phrase, person, person.official if person else None, cue.text,
                      (cue.start, cue.end), "indirect", [(a, b)], CONF_INDIRECT,
                      via="said-by", cue_kind="speech")

    def _partial_quote(self, toks: list[Token], claimed: set[int], discourse: Discourse,
                       u: int, mentions: list[tuple[int, int, Official, bool]],
                       starts: list[int]) -> _Found | None:
        """'Trump rails against its “Great Wall of Protectionism”': a sentence no cue made
        anything of, whose subject's verb has a partial quote in its predicate: the subject
        is the quote's source, the predicate the content (mixed)."""
        q = next((k for k, t in enumerate(toks) if t.kind == "q" and k not in claimed), None)
        if q is None or q == 0:
            return None
        quoted = text_words(toks[q].text)
        if len(quoted) < MIN_PARTIAL_WORDS or (_starts_upper(toks[q].text)
                                               and len(quoted) < MIN_TITLE_LIKE_WORDS):
            return None  # a scare quote, a name, a title ("Experience Counts")
        phrase = subject(toks, q)
        if phrase is None or phrase.j >= q or (phrase.j - phrase.i == 1
                                               and _not_speaker(toks[phrase.i], discourse)):
            return None
        v = phrase.j
        while v < q and toks[v].kind == "w" and (toks[v].low in lx.CUE_PREFIX_SKIP
                                                  or toks[v].low.endswith("ly")):
            v += 1
        verb = toks[v].low if v < q else ""
        if v >= q or toks[v].kind != "w" or _cap(toks[v]) or verb in _BE_FORMS or (
                verb in lx.NP_BOUNDARY) or verb in _NOT_PARTIAL_VERBS or not (
                verb.endswith(("ed", "s")) and not verb.endswith(("ss", "’s", "'s"))):
            return None
        if phrase.how == "pronoun" and toks[phrase.i].low not in PERSON_PRONOUNS:
            return None  # "it", "you"
        if verb.endswith("ed") and verb not in _HELD_VIEW_ADJECTIVES and any(
                t.low in _BE_FORMS for t in toks[phrase.j : v]):
            return None  # "Hamedi was arrested on “propaganda” charges": a passive's subject
            # is who it was done to, not the quote's source (round 30)
        person = self._resolve(toks, phrase, discourse, u, mentions, starts)
        if phrase.how != "pronoun" and (person is None or (
                person.kind == "org" and toks[phrase.j - 1].low not in lx.SPEAKER_NOUNS)):
            return None  # "Hulu paid ...", "The South China Sea has become ..."
        start = v + 1
        while start < q and toks[start].kind == "w" and toks[start].low in {
                "to", "for", "on", "about", "against", "of", "that", "out", "up"}:
            start += 1  # "rails against", "called for"
        end = self._content_end(toks, start, [])
        if end <= q:
            return None
        result = self._span(toks, start, end, claimed)
        if result is None:
            return None
        kind, pieces = result
        if person is not None:
            discourse.spoke(u, person, phrase.start)
        cue_span = (toks[v].start, toks[v].end)
        return _Found(u, phrase, person, person.official if person else None,
                      toks[v].text, cue_span, kind, pieces, CONF_PARTIAL,
                      via="partial-quote")

    # --- pieces ---------------------------------------------------------------------------

    def _mentions(self, text: str, day: date | None) -> list[tuple[int, int, Official, bool]]:
        out: list[tuple[int, int, Official, bool]] = []
        found = self.registry.find(text)
        others, namesakes = _namesakes(text, found, self.registry)
        for start, end, surface in found:
            by_name = self.registry.by_alias(surface)
            if len(by_name) == 1:
                if " " not in surface and (start in others or by_name[0].id in namesakes):
                    continue  # "Ivanka Trump" is not the official Donald Trump; nor, in an
                    # article that names only "Police Chief Lee Vance", is "Chief Vance"
                out.append((start, end, by_name[0], True))
                continue
            if by_name:
                continue
            holders = self.registry.by_title(surface, day)
            if len(holders) == 1 and not _past_title(text, start):
                out.append((start, end, holders[0], False))
        return out

    def _colon(
        self, toks: list[Token], groups: list[tuple[_Cue, Phrase, Person | None]], unit: Unit,
        transcript: frozenset[str] = frozenset(),
    ) -> tuple[_Cue, Phrase] | None:
        """'Rubio fired back: “...”' and headlines 'Roger Stone: Don't trust ...': a speaker
        phrase opening the sentence, a few words, a colon, then the content; a transcript's
        turn in capitals ("BENENSON: Senator Sanders doesn't get to decide ...") when the
        label is one of ``transcript`` (:func:`_transcript_labels`)."""
        if transcript and unit.para_first:
            c = next((k for k, t in enumerate(toks[: MAX_TRANSCRIPT_LABEL_WORDS + 1])
                      if t.low == ":"), None)
            if c is not None and c + 1 < len(toks) and " ".join(
                    t.text for t in toks[:c]) in transcript and not any(
                    min(g[0].i, g[1].i) < c for g in groups):
                return _Cue(c, c + 1, ":", "colon"), Phrase(0, c, "subject", toks[0].start,
                                                            toks[c - 1].end)
        # "... doesn't surprise Republican pollster Daron Shaw: “Q”": a name, a colon, a quote
        for k in range(1, len(toks) - 1):
            if toks[k].low == ":" and toks[k + 1].kind == "q" and not any(
                g[0].i < k + 1 for g in groups
            ):
                named = speaker_left(toks, k)
                if named is not None and named.how == "left" and k - named.i >= 2 and all(
                    _cap(t) for t in toks[named.core_end - 2 : named.core_end]
                ):
                    return _Cue(k, k + 1, ":", "colon"), _before_topic(toks, named)
        credit = _dash_credit(toks) if not groups else None
        if credit is not None:  # "- “We will not accept ultimatums” — Peskov"
            return credit
        introduced = _statement_by(toks) if not groups else None
        if introduced is not None:  # "Below is a statement by Francesca Grifo, ...:" (28th)
            return introduced
        lead = _lead_marks(toks)  # "• Rubio: talks were “productive”", "12:30 GMT —
        # Zelenskyy: “Q”": a live blog's bullet or time stamp before the label
        # (counted from the subject after an introductory phrase: "In response to the loss
        # of life, Republican presidential nominee Donald Trump issued the following
        # statement:"; title33)
        opened = _intro_end(toks) if lead == 0 else 0
        c = next((k for k, t in enumerate(toks[: lead + opened + MAX_COLON_INDEX + 1])
                  if t.low == ":" and k >= lead), None)
        if c is None or c == lead or any(min(g[0].i, g[1].i) < c for g in groups):
            return None
        phrase = subject(toks, c) if lead == 0 else speaker_right(toks, lead)
        if phrase is None or (phrase.how == "pronoun" and c == phrase.j):
            return None
        phrase = _before_topic(toks, phrase)  # "Peskov on Trump:", "Trump to Zelensky:"
        if any(_CLOCK_TIME.fullmatch(t.low) or t.low in _DAY_HALVES for t in toks[phrase.i : c]):
            return None  # "UPDATE 12:45 p.m.: “Q,” Mayor X said": a time stamp's label, no
            # speaker (round 23)
        between = toks[phrase.j : c]
        if len(between) > MAX_COLON_VERB_WORDS or any(t.kind != "w" for t in between):
            return None
        rest = toks[c + 1 :]
        topic = len(between) >= 2 and between[0].low in _TOPIC_LINKS and _cap(between[1])
        # (a capitalised topic or addressee: "Focus on security:" is a section's label)
        if topic and unit.para_first and _cap(toks[phrase.j - 1]) and rest and (
                rest[0].kind == "q" or rest[0].text in _SINGLE_OPENING_QUOTES):
            # "Trump to Zelensky: ‘You don’t have the cards’", "Rubio on Ukraine talks:
            # ‘Progress made’": a headline's speaker, its topic or addressee, a quote (in
            # single marks too, which are no quote tokens: apostrophes look the same)
            # (fifteenth session)
            return _Cue(c, c + 1, ":", "colon"), phrase
        if not between or topic:  # "Name: content" is a headline or a transcript line
            if not (unit.para_first and _cap(toks[phrase.j - 1])):
                return None
            if any(g[1].how == "right" and g[1].i > c for g in groups):
                return None  # "Africa: Industrialization Should Be Now, Says Donald
                # Kaberuka": a section's label, the tag at the end names the speaker (round 36)
            if phrase.j - phrase.i == 1 and toks[phrase.i].text.isupper():
                return None  # "BYLINE:", "UPDATE:", "Q:" are labels, not speakers
            if toks[phrase.core_end - 1].low in _LABEL_HEADS:
                return None  # "Editor's Note:", "Delegate Update:", "Paid Notice:": a label
            if len([t for t in rest if t.kind == "w" and any(ch.isalpha() for ch in t.text)]
                   ) < MIN_CONTENT_WORDS and not (rest and rest[0].kind == "q"):
                return None  # (nor a tally: "Clinton: 1,769. Sanders: 1,501.")
            return _Cue(c, c + 1, ":", "colon"), phrase
        if not rest or rest[0].kind == "q":
            by = next((k for k in range(phrase.j, c) if toks[k].low == "by"), None)
            agent = _agent_after_by(toks, by + 1) if by is not None else None
            if agent is not None and agent.j == c:
                return _Cue(phrase.j, c + 1, "colon", "colon"), agent  # "Razumkov was
                # asked by a soldier: “Q”": the passive's agent speaks (title33)
            return _Cue(phrase.j, c + 1, "colon", "colon"), phrase
        return None

    def _cues(self, toks: list[Token], headline: bool = False) -> list[_Cue]:
        """The cues of a sentence; ``headline``: a title-case first line, where "Says" is
        capitalised ("Clinton Says Russians Hacked DNC")."""
        cues: list[_Cue] = []
        n = len(toks)
        k = 0  # the first token a cue may start at (cues do not overlap)
        for at in [m for m, t in enumerate(toks) if t.low in _CUE_STARTS]:
            if at < k:
                continue
            k = at
            tok = toks[k]
            if tok.kind != "w":
                continue
            if tok.low == "according" and k + 1 < n and toks[k + 1].low == "to":
                cues.append(_Cue(k, k + 2, "according to", "according"))
                k += 2
                continue
            if tok.low == "in" and _in_ones_words(toks, k):
                cues.append(_Cue(k, k + 3, IN_ONES_WORDS, "according"))
                k += 3
                continue
            chain = self._chain(toks, k) if tok.low in lx.CHAIN_FORMS or (
                self.unit == "attribution" and tok.low in _ATTRIBUTION_CHAIN_FORMS) else None
            if chain is not None:
                cues.append(chain)
                k = chain.j
                continue
            matched = False
            for size in (4, 3, 2) if tok.low in _MULTIWORD_FIRST or (
                    self.unit == "attribution") else ():
                if k + size <= n:
                    phrase = " ".join(t.low for t in toks[k : k + size])
                    if phrase in lx.CUES or (self.unit == "attribution"
                                             and phrase in _ATTRIBUTION_STANCE_PHRASES
                                             and not _owned_noun(toks, k)):
                        lemma, kind = lx.CUES.get(phrase) or _ATTRIBUTION_STANCE_PHRASES[phrase]
                        cues.append(_Cue(k, k + size, lemma, kind,
                                         only_attribution=phrase not in lx.CUES))
                        k += size
                        matched = True
                        break
            if not matched and self.unit == "attribution" and tok.low in _GO_ON_FORMS and (
                    went_on := _went_on_to(toks, k)) is not None:
                cues.append(went_on)  # "went on to endorse Ayotte", "went on to criticize"
                k = went_on.j
                continue
            if not matched and self.unit == "attribution" and (
                    tok.low in _MULTIWORD_FIRST) and (adverbed := _adverbed_cue(toks, k)):
                cues.append(adverbed)  # "spoke briefly about", "complained bitterly about"
                k = adverbed.j
                continue
            if not matched and self.unit == "attribution" and tok.low in _SUPPORT_GIVING and (
                    given := _support_given(toks, k)) is not None:
                cues.append(given)  # "threw her support behind Cruz", "lending his support to"
                k = given.j
                continue
            if not matched and self.unit == "attribution" and tok.low in _TALK_FORMS and (
                    told := _talked_to_about(toks, k)) is not None:
                cues.append(told)  # "spoke to CNN about", "is talking to voters about"
                k = told.j
                continue
            if not matched and self.unit == "attribution" and tok.low in _WISH_FORMS and (
                    wish := _would_like(toks, k)) is not None:
                cues.append(wish)  # "would like to shrink the department", "would love his
                k = wish.j  # support": a wish, as "want" (round 22)
                continue
            if matched:
                continue
            if self.unit == "attribution" and not headline and tok.low in _STANCE_ADJECTIVES \
                    and (held := _adjective_cue(toks, k)) is not None and (
                        not cues or cues[-1].j <= held.i):
                cues.append(held)  # "are convinced that C", "has been critical of X"
                k = held.j
                continue
            if self.unit == "attribution" and not headline and tok.low in _POLL_VERBS and (
                    _poll_verb(toks, k)):  # "Wednesday's Quinnipiac poll has Clinton leading"
                cues.append(_Cue(k, k + 1, _POLL_VERBS[tok.low], "evidence",
                                 only_attribution=True))
                k += 1
                continue
            if self.unit == "attribution" and not headline and (
                    tok.low in _MAKE_FORMS or tok.low in _LIGHT_VERBS) and (
                    light := _light_verb(toks, k)) is not None:
                cues.append(light)  # "made the case for", "made clear that"
                k = light.j
                continue
            if self.unit == "attribution" and not headline and tok.low in _FEEL_FORMS and (
                    felt := _feeling(toks, k)) is not None:
                cues.append(felt)  # "felt betrayed", "who feel trapped in a system", "felt
                k = felt.j  # like I had no voice"
                continue
            entry = lx.CUES.get(tok.low) or (
                None if headline or self.unit != "attribution" else (
                    _as_stance(toks, k) or _ATTRIBUTION_STANCES.get(tok.low)))
            if entry is None and tok.low in _TAG_ONLY_CUES and _ends_quote_tag(toks, k):
                entry = _TAG_ONLY_CUES[tok.low]  # '“Q,” the actor shared.': a tag's verb
            if entry is not None and k and toks[k - 1].low == "of":
                entry = None  # "the secretary of state said": a noun after "of", not a cue
            if entry is not None and tok.low in _QUOTING_VERBS and self.unit == "statement" \
                    and _quoted_as_after(toks, k):
                entry = None  # "Tass cited Peskov as saying C": Peskov's words, the agency's
                # quoting no statement of its own (the "saying" cue reports them; PolNeAR's
                # unit makes the quoting agency the source, its convention)
            if entry is not None and tok.low in _PARTICIPLES_BEFORE_OF and k + 1 < n and \
                    toks[k + 1].low == "of":
                entry = None  # "men suspected of planning attacks": who is suspected, no one
                # speaking (round 21)
            if entry is not None and _noun_form(toks, k):
                entry = None
            if entry is not None and _mandated(toks, k, entry[0]):
                entry = None  # "its demand that Russia declare a cease-fire": what was
                # demanded of Russia, no words of its (twenty-second session)
            if entry is not None and entry[0] == "charge" and _charge_not_speech(
                    toks, k, legal=self.unit == "statement"):
                entry = None  # "charged him with murder", "charged across the street",
                # "racially charged signs": a legal or a physical charge (round 30; PolNeAR's
                # unit keeps "charged X with Y", which it files as an accusation)
            if entry is not None and entry[0] == "claim" and _claims_lives(toks, k):
                entry = None  # "gunfire has claimed the life of a child": a death, no one's
                # claim (round 36)
            if entry is not None and tok.low == "wonder" and k and toks[k - 1].low == "no":
                entry = None  # "No wonder Trump said": an idiom, not a cue
            if entry is not None and tok.low == "think" and k + 1 < n and \
                    toks[k + 1].low in {"tank", "tanks"}:
                entry = None  # "a senior fellow at conservative US think tank the Hudson
                # Institute": a noun, no one thinking (twenty-fourth session)
            if entry is not None and tok.low in _STATING_PARTICIPLES and k + 1 < n and \
                    toks[k + 1].low in _STATE_AFTER_CUE:
                entry = None  # "six confirmed dead", "reported missing": a state the word
                # states of its subject, no one's words (twenty-fourth session)
            if entry is not None and entry[0] == "continue" and k + 2 < n and \
                    toks[k + 1].low == "to" and toks[k + 2].low not in lx.CUES:
                entry = None  # "retailers continue to digest the impact": an aspect, not a
                # tag of the quote before ("continued to insist that" stays; round 16)
            if entry is not None and entry[0] == "continue" and _going_on_clause(toks, k):
                entry = None  # "As the investigation continues, police said C": the time of
                # what follows, no one continuing to speak (round 23)
            if entry is not None and tok.low == "considering" and k and toks[k - 1].kind == "p":
                entry = None  # "..., considering the party is revising the constitution":
                # "given that", a preposition after the comma, no one considering (recall30)
            if entry is not None and entry[0] == "want" and not _wanting(toks, k):
                entry = None  # "what they want", "want it to": no object of one's own
            if entry is not None and (not tok.text[0].isupper() or (
                tok.low in lx.INVERTING and (k == 0 or toks[k - 1].kind == "q")
            ) or (headline and tok.low in _HEADLINE_CUES and 0 < k < n - 1) or (
                # "Noting that C, Tester added": a participle opening the sentence
                # (twenty-fourth session, PolNeAR's unit)
                self.unit == "attribution" and not headline and entry[1] in {"speech", "clause"}
                and _opening_participle(toks, _Cue(k, k + 1, *entry)) is not None)):
                cues.append(_Cue(k, k + 1, entry[0], entry[1],
                                 only_attribution=tok.low not in lx.CUES))
            k += 1
        return cues

    def _chain(self, toks: list[Token], k: int) -> _Cue | None:
        """'refused to endorse', 'seems to show', 'declined to comment on': a chain verb, its
        'to' and the infinitive (and a particle) as one cue."""
        lemma = lx.CHAIN_FORMS.get(toks[k].low) or _ATTRIBUTION_CHAIN_FORMS.get(toks[k].low)
        if lemma is None or toks[k].text[:1].isupper():
            return None
        if k > 0 and (toks[k - 1].low in lx.DETERMINERS or toks[k - 1].low.endswith(
                ("’s", "'s")) or toks[k - 1].low in {"latest", "new", "long", "shot"}):
            return None  # "her plan to increase", "Trump’s plan to deport": a noun
        m = k + 1
        while m < len(toks) and m - k <= MAX_CHAIN_SKIP and toks[m].low in lx.CHAIN_SKIP:
            m += 1
        if m + 1 >= len(toks) or toks[m].low != "to" or toks[m + 1].kind != "w" or (
            toks[m + 1].low in lx.DETERMINERS or _cap(toks[m + 1])
        ):
            return None
        if lemma in _SEEMING and toks[m + 1].low in _AUXILIARY_INFINITIVES:
            return None  # "medicine appeared to have reached Palestinians": no one's words
        if _withheld_name_then_tag(toks, m + 1):
            return None  # "Two jurors who ... declined to be identified said C": the
            # sentence's verb follows the refusal, which says nothing (round 36)
        j = m + 2
        if j < len(toks) and toks[j].low in lx.CHAIN_PARTICLES:
            j += 1
        return _Cue(k, j, lemma, "chain",
                    only_attribution=toks[k].low in _ATTRIBUTION_CHAIN_FORMS)

    def _relative_speaker(
        self,
        toks: list[Token],
        phrase: Phrase,
        prev: tuple[Phrase, Person | None] | None,
        discourse: Discourse,
        u: int,
        mentions: list[tuple[int, int, Official, bool]],
        starts: list[int],
    ) -> Person | None:
        """Who the relative pronoun of ``phrase`` ("X, who said") stands for: a name or a
        person before it, else None."""
        k = phrase.i
        first = _coordinated_relative(toks, k)
        if first is not None:
            # "Gregory W. Slayton, whom Bush appointed ..., and who is now supporting": a
            # relative joined by "and" to one before it has that one's antecedent (pron30)
            return self._relative_speaker(
                toks, Phrase(first, first + 1, "relative", toks[first].start, toks[first].end),
                prev, discourse, u, mentions, starts)
        if k >= 2 and toks[k - 1].low == "," and prev is not None and prev[1] is not None \
                and prev[0].how == "right" and prev[0].j < k and prev[1].kind == "person":
            # "“Q,” said Alan Berger, a gynecologist from Englewood, New Jersey, who said
            # ...": the tag's speaker, whatever the apposition after the name ends with
            return prev[1]
        if k >= 2 and toks[k].low == "who" and toks[k - 1].low in _SET_OFF_MARKS and \
                toks[k - 2].kind == "w" and _cap(toks[k - 2]) and \
                not _closes_aside(toks, k - 1):
            # "Graham—who said", "David Duke (who said": a dash or a bracket sets the
            # clause off from the name as a comma does (fifteenth session)
            antecedent = speaker_left(toks, k - 1) or _name_before(toks, k - 1)
            if antecedent is not None:
                return self._resolve(toks, antecedent, discourse, u, mentions, starts)
        if k >= 2 and toks[k - 1].low == ",":
            named = _name_before_apposition(toks, k - 1)
            if named is not None:
                person = self._resolve(toks, named, discourse, u, mentions, starts)
                if person is not None and person.kind == "person":
                    # "Harlan Crow, a Texas real estate developer, who had supported":
                    # the person the description between the commas is in apposition to
                    return person
            antecedent = speaker_left(toks, k - 1)
            if antecedent is None and prev is not None and prev[1] is None and (
                    prev[0].how == "right" and prev[0].j == k - 1 and toks[k].low == "who"):
                # "“Q,” said one Democrat familiar with the discussion, who spoke on condition
                # of anonymity": the tag's described source, its phrase ending at the comma
                # (pron36: the speaker shown was "who")
                return Person(described_source(span_text(toks[prev[0].i : prev[0].j])),
                              kind="described")
            if antecedent is not None:
                person = self._resolve(toks, antecedent, discourse, u, mentions, starts)
                if person is None and antecedent.how == "left":
                    # "a neighbor, who said C": no one named, so the described source
                    # speaks (the mention stays "who"); a kind no pronoun looks for
                    described = described_source(
                        span_text(toks[antecedent.i : antecedent.j]))
                    person = Person(described, kind="described")
                return person
        antecedent = _restrictive_antecedent(toks, k)
        if antecedent is not None:
            return self._resolve(toks, antecedent, discourse, u, mentions, starts)
        named = _person_before_who(toks, k) or _full_name_before_who(toks, k)
        if named is not None:  # "Justice Antonin Scalia who said he was whipsawed" (28th)
            person = self._resolve(toks, named, discourse, u, mentions, starts)
            if person is not None and person.kind == "person" and (
                    " " in (person.name or "")) and not person.unnamed:
                return person  # ("this tweet from Rikkie Wells who said": a full name the
                # rules took for a person, though the given name is unknown; pron36)
        surname = _surname_before_who(toks, k)
        if surname is not None:
            person = self._resolve(toks, surname, discourse, u, mentions, starts)
            if person is not None and person.kind == "person" and " " in (person.name or ""):
                return person  # "contrasted that with Clinton who is looking to": the
                # person the article named in full before, written again by surname
        return _described_antecedent(toks, k)

    def _speaker(
        self,
        toks: list[Token],
        cue: _Cue,
        prev: tuple[Phrase, Person | None] | None,
        discourse: Discourse,
        u: int,
        mentions: list[tuple[int, int, Official, bool]],
        starts: list[int],
    ) -> tuple[Phrase | None, Person | None]:
        phrase: Phrase | None = None
        if self._passive(toks, cue):
            return None, None
        if toks[cue.i].low == "known" and ((cue.i > 0 and toks[cue.i - 1].low in _FAME_ADVERBS)
                                           or (cue.j < len(toks) and toks[cue.j].low == "as")):
            return None, None  # "a farmer perhaps best known for his hometown": fame, no claim;
            # "the hacker known as Guccifer", "what is known as issue ownership": a name given,
            # no one's claim (twenty-first session)
        if self.unit == "attribution" and cue.kind in {"speech", "clause"} and (
                opening := _opening_participle(toks, cue)) is not None:
            # "Noting that C, Tester added": the main clause's subject (twenty-fourth session)
            phrase = opening[2]
            return phrase, self._resolve(toks, phrase, discourse, u, mentions, starts)
        word = toks[cue.i].low
        if cue.lemma == "charge" and word in {"charge", "charges"} and _charges_noun(toks, cue.i):
            return None, None  # "faces 10 felony charges", "pending formal charges that are
            # expected", "on unrelated charges": the crime pages' noun (28th session)
        if cue.lemma in _NOUN_LIKE and not word.endswith(("ed", "ing")) and cue.j - cue.i == 1:
            nxt = toks[cue.j] if cue.j < len(toks) else None
            if nxt is not None and nxt.kind == "w" and not (
                nxt.low in _CLAUSE_START or nxt.low in {"that", "to", "for", "on"}
                or _cap(nxt) or _PRONOUN_SUBJECT.match(nxt.low)
            ):
                left = speaker_left(toks, cue.i)
                if left is None or (left.how != "pronoun" and not (
                        # "Public records show little evidence": a finding's object, in
                        # PolNeAR's unit (seventeenth session)
                        cue.kind == "evidence" and self.unit == "attribution"
                        and toks[left.core_end - 1].low in self._evidence)):
                    if not (self.unit == "attribution" and (
                            _after_modal(toks, cue.i) or _object_pronoun_after(toks, cue.j)
                            or _verb_of_a_plural(toks, cue) or _before_gerund(toks, cue))):
                        return None, None  # "email chains", "support staff": nouns, not cues
                    # "would support raising taxes" (a verb after a modal), "calls himself a
                    # socialist" (a verb before an object pronoun), "Millennials support
                    # background checks" (after a plural subject), "Sanders supports raising
                    # the minimum wage" (before a gerund): PolNeAR's unit reads it, and it ends
                    # no other content there (eighteenth session)
                    cue.only_attribution = True
        if cue.lemma == IN_ONES_WORDS:  # the possessive: "In his words" is he
            phrase = Phrase(cue.i + 1, cue.i + 2, "pronoun", toks[cue.i + 1].start,
                            toks[cue.i + 1].end)
        elif cue.kind == "according":
            phrase = speaker_right(toks, cue.j, loose=True) or _according_source(
                toks, cue.j) or _according_pronoun(toks, cue)
            if phrase is not None:
                phrase = _numbered_outlet(toks, phrase)  # "according to Channel 12"
            named = _apposed_name_after(toks, phrase) if phrase is not None else None
            if named is not None and (named.j == len(toks) or toks[named.j].low in _SENTENCE_STOPS):
                phrase = named  # "C, according to Nvidia's chief executive, Jensen Huang.":
                # the name that closes the sentence (not an aside before C)
        else:
            before = toks[cue.i - 1] if cue.i > 0 else None
            if before is not None and before.kind == "q" and title_quote(toks, cue.i - 1) and (
                    not toks[cue.i].low.endswith("ing")):
                before = toks[cue.i - 2]  # 'Lavrov, who spoke to the newspaper “Kommersant,”
                # said': a title, not a quote the cue's tag follows (twentieth session)
            word = toks[cue.i].low
            participle = word.endswith("ing")
            # "Rubio flipped his choice on the spot – saying he was rooting for Manning": a
            # spaced dash before a participle of speech is the clause's comma (twenty-fourth
            # session; 4 of 5 such train-read participles annotated, none read before)
            dashed = participle and before is not None and before.low in _LEAD_DASHES and (
                cue.kind in {"speech", "clause"} and cue.i >= 2 and toks[cue.i - 2].kind == "w")
            inverted = (
                (word in lx.INVERTING and (before is None or before.low == ","
                                           or before.kind == "q"))
                # "C, say some Democrats", "C, say experts like X": the plural present inverts
                # as "says" does (twenty-first session; 9 of 9 such train tags annotated)
                or (word == "say" and before is not None and before.low == "," and (
                    self.unit == "attribution" or _tag_ends_sentence(toks, cue.j)))
                # any speech verb inverts right after a quote: “Q,” remembered Roy Verley;
                # “Q,” recalls Racheli (features tell in the present)
                or (cue.kind in {"speech", "clause"} and word.endswith(("ed", "s"))
                    and before is not None
                    and (before.kind == "q" or (before.low == "," and cue.i >= 2
                                                and toks[cue.i - 2].kind == "q")))
            )
            after_quote = before is not None and (
                before.kind == "q" or (cue.i >= 2 and toks[cue.i - 2].kind == "q"))
            tag = _source_tag(toks, cue) if before is not None and before.low == "," else None
            if tag is not None:  # "..., said Kristen Day, ..., reports USA Today."
                return tag, self._resolve(toks, tag, discourse, u, mentions, starts)
            if inverted and not after_quote and before is not None:
                phrase = speaker_left(toks, cue.i)  # "Rutte, the NATO chief, said"
                if phrase is not None and phrase.i < dateline_end(toks):
                    phrase = None  # "ROSEBURG, Ore. – Nine people were wounded ..., said
                    # Dr. Jason Gray": no apposition opens at a dateline (round 30)
            if inverted and phrase is None:
                phrase = speaker_right(toks, cue.j, loose=after_quote)
                if phrase is not None and not after_quote:
                    phrase = _with_complement(toks, phrase)
                if phrase is not None:  # "said a spokesman for the ministry, Oleg Voloshyn."
                    phrase = _apposed_name_after(toks, phrase) or phrase
                if phrase is not None and not after_quote and phrase.j < len(toks) and (
                    toks[phrase.j].kind == "q" or (
                        toks[phrase.j].kind == "w"
                        and toks[phrase.j].low not in lx.CUE_SUFFIX_SKIP
                        and toks[phrase.j].low not in lx.RELATIVE_PRONOUNS)
                ):
                    phrase = None  # "..., said the alliance would": not an inverted speaker
                q = cue.i - 1 if before is not None and before.kind == "q" else cue.i - 2
                if phrase is not None and after_quote and phrase.j < len(toks) and (
                        toks[phrase.j].low in _FINITE_AUXILIARIES) and q >= 3 and (
                        toks[q - 1].low.endswith("ing") and toks[q - 2].low == ","):
                    # "Manafort, citing “Q,” said the candidate could": the subject before
                    # the participle's aside speaks; what follows the cue is the content
                    phrase = speaker_left(toks, q - 2)
            if phrase is None and not (participle and before is not None and (
                    before.low == "," or (before.kind == "q" and ends_with_comma(before))
                    or dashed)):
                phrase = speaker_left(toks, cue.i) or self._between_quote_and_cue(toks, cue.i)
                if phrase is not None and _nation_adjective(toks, phrase):
                    return None, None  # "to calm German fears, telling": a noun, no cue
                if phrase is None and before is not None and before.low == ")":
                    phrase = _before_parenthesis(toks, cue.i - 1)  # "Madigan (D) asserted"
                if participle and phrase is not None and phrase.how == "left" and (
                        phrase.i > 0 and toks[phrase.i - 1].low in _PARTICIPLE_OBJECT_BEFORE
                        and all(t.low in _PLATFORMS or t.low in _MEDIA_NOUNS
                                or t.low in lx.DETERMINERS
                                for t in toks[phrase.i : phrase.j])):
                    # "responded on Telegram writing that", "posted a video on Telegram
                    # saying": the platform is where, the clause's subject is who
                    if prev is not None:
                        return prev
                    phrase = subject(toks, cue.i)
            comma_before = before is not None and (
                before.low == "," or (before.kind == "q" and ends_with_comma(before))
                or dashed)
            conj = cue.i - 1
            perfect = toks[cue.i].low in _PARTICIPLES or toks[cue.i].low.endswith(("ed", "en"))
            while conj > 0 and (toks[conj].low in {
                    "then", "later", "also", "quickly", "again", "instead", "now", "still",
                    "eventually", "finally", "since", "rather"} or (
                    perfect and toks[conj].low in {"has", "have", "had"})):
                conj -= 1  # "and then predicted", "but now said" (nineteenth session), "but
                # has said" (twentieth; not "but also has praise for": a noun), "did not cite
                # the figure, but rather said" (phrase29: the speaker was "rather")
            quoted_as = next((m for m in range(cue.i - 2, max(-1, cue.i - MAX_SHORT_PHRASE - 3),
                                               -1) if toks[m].low in {"quoted", "cited"}), None)
            if participle and quoted_as is not None and before is not None and (
                    before.low == "as") and quoted_as > 0 and self.unit == "statement" and (
                    toks[quoted_as - 1].low not in _PASSIVE_AUXILIARIES):
                # "RIA Novosti quoted Ryabkov as saying that C", "Tass cited Peskov as saying":
                # the one quoted, the object before "as" (eighteenth session)
                quoted = speaker_left(toks, cue.i - 1)
                if quoted is not None:  # (an object: no later "he" falls back on an unnamed
                    # one as on a sentence's subject, "The Times quoted one of Carson's
                    # advisers as saying C. He brushed off these concerns" is Carson)
                    phrase = dataclasses.replace(quoted, how="object") if (
                        quoted.how == "left") else quoted
            elif phrase is None and participle and quoted_as is not None and (
                    before is not None and before.low == "as"):
                # "Ryabkov was quoted by RIA Novosti as saying that C": the one quoted
                phrase = speaker_left(toks, quoted_as)
            if phrase is None and before is not None and (
                (participle and (comma_before or toks[conj].low == ","))  # ", later alleging"
                or toks[conj].low in _CUE_CONJUNCTIONS
                # "Zakharova responded by saying that C", "he faces skepticism after saying
                # C", "declined to comment before adding that C": the clause's subject speaks
                # (sixteenth session; not "for dismissing", whose doer is often the object)
                or (participle and cue.i >= 2 and before.low in _PARTICIPLE_PREPOSITIONS
                    and (cue.kind in {"speech", "clause"} or (
                        # "won Senate races by denouncing the New Deal": a stance too, in
                        # PolNeAR's unit (seventeenth session; the product reports words)
                        cue.kind == "stance" and self.unit == "attribution")))
            ):
                joined = _joined_clause_subject(toks, cue.i - 1) if (
                    participle and comma_before) else None
                if joined is not None:
                    # "prosecutors charged the officer and Emanuel fired his police chief,
                    # acknowledging C": the nearest clause's named subject (round 33)
                    return joined, self._resolve(toks, joined, discourse, u, mentions, starts)
                relative = _relative_clause_subject(toks, conj) if (
                    toks[conj].low in _CUE_CONJUNCTIONS or (
                        participle and toks[conj].low in PARTICIPLE_LINKS)) else None
                # ("told the story of a victim who had no recollection but said C": the
                # relative clause's verb, not the earlier cue's speaker; pron34)
                if relative is None and prev is not None and not _asked_whether(
                        toks, prev[0]) and not (participle and comma_before and _subordinate_prev(
                            toks, prev[0])):
                    return prev
                phrase = relative or (_subordinate_subject(toks, conj) if toks[conj].low in
                                      _CUE_CONJUNCTIONS else None) or subject(toks, cue.i)
                if phrase is None and self.unit == "attribution" and cue.kind in {
                        "speech", "clause"} and (
                        (participle and comma_before) or toks[conj].low in _CUE_CONJUNCTIONS):
                    # "The nurse later sued, claiming C", "the affidavit cited interviews and
                    # said that C": a description the subject rules do not read as a
                    # speaker opens the clause; PolNeAR's unit reads it (twenty-first session)
                    phrase = _loose_subject(toks, cue.i)
            if phrase is None and before is not None and before.low == "," and (
                    cue.kind in {"speech", "clause"}):
                phrase = _apposed_name(toks, cue.i - 1)  # "Mr. Mahaney, of RBC ..., said"
            if phrase is None and before is not None and before.kind == "q" and (
                    ends_with_comma(before)) and cue.i >= 2 and toks[cue.i - 2].kind == "w" \
                    and cue.kind in {"speech", "clause"}:
                phrase = _apposed_name(toks, cue.i)  # "Trump, star of the reality TV show
                # “The Apprentice,” said": the apposition's comma inside its title's quote
                # marks (nineteenth session)
            if phrase is None and self.unit == "attribution" and cue.i >= 3 and (
                    toks[cue.i - 1].low == "to"):
                # "The victory led Priebus to declare him the nominee", "This leads many
                # experts to suspect that C": the one a causative verb moves to speak (recall29)
                phrase = _caused_speaker(toks, cue.i - 1) or _first_to(toks, cue.i - 1)
                if phrase is None and cue.kind in {"speech", "stance"} and (
                        toks[cue.i - 2].kind == "w" and toks[cue.i - 2].low not in lx.CUES):
                    # "Lanny Davis appeared on “Fox & Friends” to defend her": a purpose's
                    # infinitive, the main clause's subject acts (recall29)
                    phrase = _purpose_subject(toks, cue.i - 1)
            if phrase is None and not participle and cue.kind in {"speech", "clause", "chain"} \
                    and toks[cue.i].low not in _NOUN_FORMS:
                # "Proponents of the bill, however, say", "Many speakers — including ... — said"
                aside = aside_before(toks, cue.i, examples=True)
                phrase = _loose_left(toks, cue.i if aside is None else aside)
                # ("More than six in 10 said", "those surveyed")
            elif phrase is None and not participle and cue.kind == "stance" and (
                    self.unit == "attribution") and toks[cue.i].low not in _NOUN_FORMS:
                # "Most oppose defunding Planned Parenthood", "supporters of the bill rejected
                # Saudi concerns": a stance's subject the phrase rules do not read, when it
                # ends in a head that can hold a view (recall29)
                phrase = _loose_left(toks, cue.i)
                if phrase is not None:
                    phrase = _without_trailing_time(toks, phrase)
                if phrase is not None and not _stance_subject_head(toks[phrase.j - 1]):
                    phrase = None
        if phrase is not None and self.unit == "attribution":
            # "A report by the Brookings Institution found that C": the report speaks, as
            # PolNeAR marks it (the statement unit keeps the author, whose finding a
            # document's would make data)
            phrase = _authored_document(toks, phrase, self._evidence | _AUTHORED_HEADS) or phrase
        verb = _issuing_verb(toks, phrase)
        if verb is not None and phrase is not None:
            # "Rubio's campaign sent out a press release saying C", "The museum issued a
            # report this month charging C": who issued it (round 30)
            phrase = speaker_left(toks, verb) or subject(toks, phrase.i) or phrase
        elif (phrase is not None and phrase.how == "left" and phrase.i > 0
                and toks[phrase.i - 1].kind == "w" and (
                    (toks[phrase.j - 1].low in _DOCUMENT_NOUNS and (toks[phrase.i].low in {
                        "a", "an"} or (toks[phrase.i].low == "the"
                                       and toks[phrase.i - 1].low in _DELIVER_VERBS)))
                    # "All three candidates issued statements condemning the attacks"
                    or (phrase.j - phrase.i == 1 and toks[phrase.i].low.endswith("s")
                        and toks[phrase.i].low[:-1] in _DOCUMENT_NOUNS))):
            # "Carr released a statement confirming ...": the statement's author speaks
            phrase = subject(toks, phrase.i) or _ad_sponsor(toks, phrase) or phrase
        elif phrase is not None and _sign_bearer(toks, phrase) is not None:
            phrase = _sign_bearer(toks, phrase)  # "Protesters held signs reading C": the
            # protesters (pron37)
        elif phrase is not None and _ad_sponsor(toks, phrase) is not None:
            phrase = _ad_sponsor(toks, phrase)  # "One Nation began a $1 million ad campaign
            # this week praising X": the group that runs the ad (round 33)
        elif phrase is not None and cue.i > 0 and _event_noun(toks[cue.i - 1]):
            prep = next((m for m in range(cue.i - 2, max(-1, cue.i - MAX_SHORT_PHRASE - 2), -1)
                         if toks[m].low in _EVENT_PREPOSITIONS), None)
            if prep is not None and prep > 0:  # "Trump in his announcement speech called"
                phrase = speaker_left(toks, prep) or phrase
            elif toks[cue.i].low.endswith("ing") and next(
                    (t.low for t in reversed(toks[max(0, cue.i - MAX_SHORT_PHRASE - 1):cue.i])
                     if t.low in lx.DETERMINERS), "") in {"a", "an"}:
                # "opened a rally blasting Clinton" (not "his speech defending": his own)
                phrase = subject(toks, cue.i) or phrase
        if phrase is not None and cue.lemma in _NAMING_LEMMAS and phrase.how == "left" and (
                _indefinite_before(toks, phrase.i) and cue.j < len(toks) and _cap(toks[cue.j])):
            return None, None  # "a super PAC called Future45": a name given, not a stance
        if phrase is not None and phrase.j - phrase.i == 1 and _participle_word(
                toks[phrase.i]) and phrase.i >= 2 and toks[phrase.i - 1].low == ",":
            # "The candidate has bucked efforts ..., committing gaffes after telling his aides
            # C": the participle's doer, the subject before its comma (twenty-fifth session)
            phrase = subject(toks, phrase.i)
        if phrase is not None and phrase.j - phrase.i == 1 and _not_speaker(toks[phrase.i],
                                                                             discourse):
            # "Hours later, Trump ... telling": the clause's subject, if there is one
            phrase = subject(toks, cue.i)
            if phrase is not None and phrase.j - phrase.i == 1 and (
                    _not_speaker(toks[phrase.i], discourse)):
                phrase = None
        if cue.kind == "evidence" and phrase is not None and phrase.how in {"left", "pronoun"} \
                and cue.lemma == "find" and self._that_follows(toks, cue.j):
            cue.kind = "speech"  # "the researchers found that C": people report a finding
            # (a statement of theirs, not a finding of data: no evidence flag)
            if self.unit == "statement" and _data_head(toks, phrase):
                cue.evidence = True  # ... but "a new poll found that C" is data's finding
        if phrase is not None and phrase.how == "left" and cue.kind in {"evidence", "speech"} \
                and cue.lemma in {"find", "show"} and _issued_by_before(toks, phrase.i):
            # "A poll conducted by NBC News and The Wall Street Journal found": the poll, not
            # the last of its authors (org34)
            phrase = _evidence_phrase(toks, cue.i, self._evidence, MAX_EVIDENCE_REACH if (
                self.unit == "attribution") else MAX_EVIDENCE_TOKENS) or phrase
        shown_by = phrase  # (the subject before any finding's noun is looked for)
        if cue.kind == "evidence" and (phrase is None or toks[phrase.core_end - 1].low not in
                                       self._evidence):
            phrase = _evidence_phrase(  # "a study by the Council ... found"
                toks, cue.i, self._evidence, MAX_EVIDENCE_REACH if (
                    self.unit == "attribution") else MAX_EVIDENCE_TOKENS)
            if phrase is None and self.unit == "attribution":
                phrase = _relative_evidence(toks, cue.i, self._evidence)  # "polls that
                # show him leading", "her medical records, which showed C" (round 22)
        if cue.kind == "evidence" and phrase is None and shown_by is not None and (
                self.unit == "attribution" and cue.lemma == "show"
                and shown_by.how in {"left", "pronoun"} and cue.j < len(toks)
                and toks[cue.j].low == "that" and self._that_follows(toks, cue.j)
                and not toks[cue.i].low.endswith("ing")
                and not any(t.kind == "q" for t in toks[: cue.i])):
            # "Their experience shows that C", "Cleveland showed that C": whatever shows a
            # clause with "that" states it, as "found that" does (round 22: 13 of 18 such
            # train-read clauses unread before annotated; not a participle, "research ...
            # showing that C", nor after a quote, whose tag the sentence may be)
            cue.kind = "speech"
            phrase = shown_by
        if cue.kind == "evidence" and phrase is None and self.unit == "attribution" and (
                not toks[cue.i].low.endswith("ing")):
            # "The inquiry found that C", "Surveys of caucus-goers ... showed that C", "Simple
            # math shows C": a finding of a subject no evidence noun heads (recall29)
            loose = _loose_left(toks, cue.i)
            if loose is not None and _stance_subject_head(toks[loose.j - 1]) and (
                    _agrees_with_base_form(toks, cue, loose)) and not _no_finding_after(
                    toks, cue.j):
                cue.kind = "speech"
                cue.evidence = True
                phrase = loose
        if phrase is None and self.unit == "attribution" and cue.lemma == "say":
            phrase = _share_before(toks, cue.i) or _likely_to_say(toks, cue.i)
            # "42% say C", "with three in 10 saying C", "Democrats are more likely to say C"
        if phrase is None:
            return None, None
        if cue.kind == "evidence":
            if toks[phrase.core_end - 1].low not in self._evidence:
                return None, None
            cue.kind = "speech"
            cue.evidence = True  # "the poll shows C": a finding of data, an attribution
        if phrase.how == "left" and not toks[cue.i].low.endswith("ing") and (
                _prepositional_object(toks, phrase)):
            return None, None  # "the battle with Jones seemed to show": no one's claim
        if phrase.how == "left":
            phrase = people_before_place(toks, phrase) or phrase  # "European leaders
            # meeting ... in Johannesburg said": the leaders, not Johannesburg
        if phrase.how == "left" and phrase.i > 0 and toks[phrase.i - 1].low == "," and (
                toks[phrase.i].kind == "w" and toks[phrase.i].low.endswith("ing")
                and not _cap(toks[phrase.i]) and phrase.j - phrase.i > 1
                and toks[phrase.i].low not in _NOT_PARTICIPLES
                and toks[phrase.i + 1].low in lx.DETERMINERS):  # (a verb and its object,
            # not "..., leading Democrats said")
            return None, None  # "..., leaving the bulk of the security guarantees to
            # Europe": a participle's clause, no speaker before a noun taken for a verb
            # (nineteenth session)
        if phrase.how == "left" and phrase.j - phrase.i > 1 and toks[phrase.i].low == "who" \
                and toks[phrase.i + 1].low in _CIRCUMSTANCE_WORDS:
            # "Justice Samuel A. Alito Jr., who in two earlier opinions had made clear": a
            # circumstance between "who" and its verb is no part of the speaker (pron22)
            phrase = Phrase(phrase.i, phrase.i + 1, "relative", toks[phrase.i].start,
                            toks[phrase.i].end)
        poll = _poll_of_share(toks, phrase, cue.j) if cue.kind == "speech" and (
            phrase.how == "left") else None
        if poll is not None:  # "Sixty-seven percent of Americans said C in a Post-ABC poll
            # this month": the poll speaks for the share (org34); the share stays the phrase
            # the content is read around
            person = self._resolve(toks, poll, discourse, u, mentions, starts)
            if person is not None:
                return phrase, person
        phrase = _whole_speaker_phrase(toks, phrase)
        if phrase is None:
            return None, None
        phrase = _numbered_outlet(toks, phrase)
        phrase = _named_member(toks, phrase, cue.i)
        if phrase.how == "relative":
            named = _apposed_after_relative(toks, phrase.i)
            if named is not None:  # "One of his supporters who backs Randolph, former Rep.
                # Pat Schroeder, lives there and wrote": the name set off after the clause
                person = self._resolve(toks, named, discourse, u, mentions, starts)
                if person is not None and person.kind == "person":
                    return named, person
            # "X, who said": the speaker is the phrase before the comma
            found = self._relative_speaker(toks, phrase, prev, discourse, u, mentions, starts)
            return phrase, found or _described_before_relative(toks, phrase.i) or (
                _person_noun_before_who(toks, phrase.i))
        discourse.content_gender = _self_reference_gender(toks, cue, phrase)
        try:
            return phrase, self._resolve(toks, phrase, discourse, u, mentions, starts)
        finally:
            discourse.content_gender = ""

    def _that_follows(self, toks: list[Token], k: int) -> bool:
        """True when "that" opens a clause at ``k``, after any circumstance ("found in 2014
        that", "found that")."""
        j = self._skip_suffix(toks, k)
        return j < len(toks) and toks[j].low == "that"

    def _between_quote_and_cue(self, toks: list[Token], k: int) -> Phrase | None:
        """'“Q,” the board said': any few words between a quote and its cue are the speaker."""
        j = k
        while j > 0 and toks[j - 1].kind == "w" and toks[j - 1].low in lx.CUE_PREFIX_SKIP:
            j -= 1
        m = j
        while m > 0 and _manner_adverb(toks[m - 1]):
            m -= 1
        if m < j and m > 0 and toks[m - 1].kind != "w" and k + 1 < len(toks) and (
                toks[k].low.endswith("ed") and _cap(toks[k + 1])):
            return None  # ('“Q,” newly confirmed Air Force Secretary Troy Meink told': a
            # participle before a title, no cue; phrase29)
        if m > 0 and toks[m - 1].kind == "w":
            j = m  # ('“accosted” her and falsely accused': the adverb is no speaker's word;
            # phrase29)
        i = j
        while i > 0 and toks[i - 1].kind == "w" and j - i < MAX_WORDS_QUOTE_TO_SPEAKER:
            i -= 1
        if i < j and _leading_adverb(toks[i]):
            while i < j and _leading_adverb(toks[i]):
                i += 1  # ('“Q” apparently at the site said'; phrase29)
            if i == j or not (_cap(toks[i]) or nounish(toks[i].low)):
                return None
        if i == j or i == 0 or toks[j - 1].low in lx.NP_BOUNDARY:
            return None
        if toks[i - 1].kind == "q" or (toks[i - 1].low == "," and i >= 2
                                       and toks[i - 2].kind == "q"):
            if toks[k].low in lx.INVERTING and k + 1 < len(toks) and _cap(toks[k + 1]) and all(
                    not _cap(t) and not nounish(t.low) and t.low not in lx.PRONOUNS
                    and t.low not in lx.DETERMINERS and t.low not in lx.PRONOUN_CASES
                    for t in toks[i:j]):
                return speaker_right(toks, k + 1, loose=True)  # “Q at $200,” per month said
                # Harold Carter: the words a quote left behind are no one; the inverted
                # name after the verb speaks (twenty-ninth session)
            return _tag_speaker(toks, i, j) or Phrase(i, j, "left", toks[i].start,
                                                      toks[j - 1].end)
        return None

    def _passive(self, toks: list[Token], cue: _Cue) -> bool:
        """'X was told ...', 'backed by Y', 'backed away': not X speaking."""
        word = toks[cue.i].low
        nxt = toks[cue.j].low if cue.j < len(toks) else ""
        if nxt in {"by", "away", "off", "down", "up"} and cue.j - cue.i == 1 and not (
                nxt == "by" and word.endswith("ing")):  # "cited as saying by Interfax that"
            after = toks[cue.j + 1].low if cue.j + 1 < len(toks) else ""
            return not (nxt == "by" and after in _BY_MEDIA)  # "said by telephone"
        if not (word.endswith("ed") or word in _PARTICIPLES):
            return False
        k = cue.i - 1
        while k >= 0 and toks[k].kind == "w" and toks[k].low in _ADVERBS_BEFORE_PASSIVE:
            k -= 1
        if k >= 1 and toks[k].low in _DEGREE_ADVERBS and toks[k - 1].low.replace(
                "’", "'").removesuffix("'s") in lx.PRONOUNS:
            return True  # "he’s almost guaranteed to win": "is", a state, no one's claim
        return k >= 0 and (toks[k].low in _BE_FORMS or toks[k].low.endswith(_BE_CLITICS)
                           or toks[k].low.replace("’", "'") in _IMPERSONAL_IS)

    def _resolve(
        self,
        toks: list[Token],
        phrase: Phrase,
        discourse: Discourse,
        u: int,
        mentions: list[tuple[int, int, Official, bool]],
        starts: list[int],
    ) -> Person | None:
        inside: list[tuple[Official, bool]] = []
        k = bisect.bisect_left(starts, phrase.start)
        text_end = toks[phrase.core_end - 1].end
        while k < len(mentions) and mentions[k][0] < text_end:
            _, m_end, official, is_name = mentions[k]
            if m_end <= text_end:
                possessive = any(t.start < m_end <= t.end and t.low.endswith(("’s", "'s"))
                                 for t in toks[phrase.i : phrase.core_end])
                # "Trump administration officials": the name modifies the head, it is not it
                modifier = any(t.start >= m_end and t.kind == "w" and not _cap(t)
                               for t in toks[phrase.i : phrase.core_end])
                # "a spokesman for Zelenskyy", "an aide to the Russian president": the
                # official is the object of a preposition, the speaker is the head before it
                m_start = mentions[k][0]
                governed = any(t.end <= m_start and t.low in _OBJECT_PREPOSITIONS
                               and (_person_noun_at(toks, n - 1)
                                    or toks[n - 1].low in lx.NEAR_WORDS  # "Those close to
                                    # Zelenskyy said" (twentieth session)
                                    or toks[n - 1].low in OFFICIAL_BODIES
                                    or (toks[n - 1].low in DEPENDANT_NOUNS
                                        and not _cap(toks[n - 1])))
                               and all(u.low == "the" or u.low in lx.TITLE_WORDS or _cap(u)
                                       or u.low in lx.SPEAKER_NOUNS
                                       for u in toks[n + 1 : phrase.core_end]
                                       if u.end <= m_start)  # "to (President) Trump",
                               # "for NATO Secretary General Mark Rutte" (round 16)
                               for n, t in enumerate(toks[phrase.i : phrase.core_end],
                                                     phrase.i))
                if governed and is_name and _named_after_title(toks, phrase, m_start, m_end):
                    governed = False  # "Head of the Office of the President of Ukraine Andriy
                    # Yermak said": the title's holder, named after it (twenty-first session)
                if not possessive and not (modifier and is_name) and not governed:
                    inside.append((official, is_name))
            k += 1
        # "Britain's foreign secretary, David Lammy,": the name the apposition opens with is
        # the speaker, whoever the registry gives the title on the day (not a name inside it:
        # "Chris Collins, a Trump supporter")
        if (inside or ((toks[phrase.i].low in lx.DETERMINERS
                        # "Rubio's counterpart, Lavrov,", "Trump's envoy, Witkoff," (21st)
                        or toks[phrase.i].low.endswith(("’s", "'s")))
                       and phrase.core_end < len(toks) and toks[phrase.core_end].low == ","
                       and all(t.low != "and" for t in toks[phrase.core_end : phrase.j]))
                ) and not any(
                is_name for _, is_name in inside):
            # (a described core without an official too: "The spokesman for the ministry,
            # Maria Zakharova, said" is Zakharova, whatever "spokesman" says of her; twentieth
            # session)
            opener = next((t for t in toks[phrase.core_end : phrase.j] if t.kind == "w"), None)
            apposed = next((m for m in mentions[k:] if opener is not None
                            and m[0] == opener.start and m[3] and not any(
                                t.start < m[1] <= t.end and t.low.endswith(("’s", "'s"))
                                for t in toks[phrase.core_end : phrase.j])), None)
            if apposed is not None and apposed[1] <= toks[phrase.j - 1].end:
                inside.append((apposed[2], True))
        return discourse.resolve(toks, phrase, u, inside)

    def _content(
        self,
        toks: list[Token],
        cue: _Cue,
        phrase: Phrase,
        claimed: set[int],
        stops: list[int],
    ) -> tuple[str, list[tuple[int, int]]] | None:
        n = len(toks)
        self._belief = False
        if self.unit == "attribution" and cue.kind in {"speech", "clause"} and (
                phrase.i > cue.j and (opening := _opening_participle(toks, cue)) is not None
                and opening[2].i == phrase.i):
            return self._span(toks, opening[0], opening[1], claimed)
        g_start = min(cue.i, phrase.i)
        g_end = max(cue.j, phrase.j)
        # 1. a quote right before: “Q,” X said / “Q,” said X (and “Q1,” X said, “Q2.”)
        k = g_start - 1
        while k >= 0 and toks[k].kind == "w" and g_start - k <= MAX_WORDS_QUOTE_TO_SPEAKER:
            k -= 1  # “Q,” the conservative-leaning newspaper wrote
        if (k >= 0 and toks[k].kind == "w") or any(
                (t.low in _AFTER_QUOTE_ENDS and t.low != "as") or t.low in _FREE_RELATIVE_OPENERS
                for t in toks[k + 1 : g_start]):
            k = g_start - 1  # (not '“Q” to Sanders after leaked emails showed': a clause of
            # the writer's between the quote and this cue, which is no tag of the quote;
            # '“Q,” as the host said' is one)
        if k >= 0 and toks[k].low == ",":
            k -= 1
        before_quote = toks[k].quote if k >= 0 else None
        if before_quote is not None and k > 0 and toks[k - 1].kind == "w" and (
            toks[k - 1].low.endswith(("’s", "'s")) or toks[k - 1].low in _BEFORE_TITLES
        ) and _starts_upper(toks[k].text):
            before_quote = None  # 'On Fox's “Sunday Futures,” Rep. Issa said ...': a title
        m = g_end + 1 if g_end < n and toks[g_end].low in {",", ":"} else g_end
        if before_quote is not None and m < n and m > g_end and toks[m].kind == "q" and any(
                t.kind == "w" for t in toks[:k]):
            before_quote = None  # 'Remarking on his “empathy,” Starr said, “Q”': the quote after
        # a quote an earlier cue of the sentence took into its content ("X plans to ... “Q,”
        # Ben Carson said") is still the end of what the tag reports: the tag's statement spans
        # the sentence from its start, and the earlier one is nested in it (:func:`_drop_nested`)
        shared = k in claimed and cue.kind in {"speech", "clause"} and _closing_tag(
            toks, k, g_start, g_end)
        if before_quote is not None and (k not in claimed or shared) and \
                cue.kind != "according":
            pieces = list(before_quote.pieces)
            claimed.add(k)
            m = g_end
            while m < n and toks[m].kind != "q" and m - g_end < MAX_INTERRUPTION_TOKENS and (
                toks[m].low not in _PUNCT_END
            ):
                m += 1
            second = toks[m].quote if m < n else None
            if (second is not None and m not in claimed
                    and (toks[m - 1].low in {",", ":"} or toks[m - 1].text.endswith("."))
                    and not any(g_end <= stop < m for stop in stops)):
                claimed.add(m)
                pieces.extend(second.pieces)
            # (a colon before the quote ends the writer's lead-in: 'Police linked the attacks to
            # the war: “Q,” the prosecutor wrote' reports the quote alone; 21st session)
            lead = max((m + 1 for m in range(k) if toks[m].low == ":"), default=0)
            lead = _open_parenthesis(toks, lead, k)  # ('... softness (“Q,” X wrote) and': the
            # parenthesis opens the quote's aside, the words before it are the writer's)
            head = [t for t in toks[lead:k] if t.kind == "w"]
            if head and not _run_in_quote(toks, k):
                return "mixed", [(toks[lead].start, before_quote.end)]
            return "direct", pieces
        # 2. a quote right after: X said: “Q” / X said, “Q” / X said “Q”
        after = self._skip_suffix(toks, g_end) if cue.kind != "stance" else g_end
        if cue.lemma == "tell" and after == g_end:  # "told Politico, “Q”"
            m = g_end
            while m < n and toks[m].kind == "w" and m - g_end < MAX_SHORT_PHRASE:
                m += 1
            m = _listener_setting_end(toks, g_end, m)
            if m < n and m > g_end and toks[m].kind == "w" and toks[m].low.endswith("ly"):
                m += 1  # "told the Reuters news agency simply, “Q”": a manner adverb
            if m < n and m > g_end and (toks[m].low in {",", ":"} or toks[m].kind == "q") and (
                    _bare_clause(toks, g_end) is None):  # not "told reporters it was “Q”"
                after = m
        if cue.lemma == "tell":
            after = _past_titled_listener(toks, after)  # 'told the “Moscow. Kremlin. Putin”
            # programme that C' (twentieth session)
        elif after == g_end and cue.kind in {"speech", "stance"}:
            after = _object_before_colon_quote(toks, g_end)  # 'mocked Kallas: “Q”'
        k = after
        if phrase.i > cue.i and k < n and toks[k].low == ",":  # Said X, who ..., “Q”
            m = k + 1
            while m < n and m - k < MAX_INTERRUPTION_TOKENS and toks[m].kind == "w":
                m += 1
            if m + 1 < n and toks[m].low == "," and toks[m + 1].kind == "q":
                k = m
        if k < n and toks[k].low in {":", ","}:
            k += 1
        if k < n and toks[k].kind == "q" and k not in claimed and cue.kind != "according" and (
                cue.i > 0 and toks[cue.i - 1].low in _MODALS and ends_with_comma(toks[k])
                and _tag_after_quote(toks, k)):
            return None  # 'Moscow will respond “in a mirror manner,” Peskov told Izvestia': a
            # future answer, in the closing tag's quote (twentieth session)
        if k < n and toks[k].kind == "q" and k not in claimed and cue.kind != "according":
            claimed.add(k)
            quote = toks[k].quote
            assert quote is not None
            tail = [t for t in toks[k + 1 :] if t.kind == "w"]
            if k > g_end and toks[k - 1].kind == "w" and toks[k - 1].low in _INTO_PHRASE and (
                    tail and not ends_with_comma(toks[k]) and cue.lemma != "tell") and not (
                    _starts_upper(toks[k].text)
                    and len(text_words(toks[k].text)) < MIN_TITLE_LIKE_WORDS):
                # "noted the “kind of problems” X had", "vowed to “take our fight” to the
                # states": the quote is a piece of a phrase that goes on; the phrase is said
                # (a later cue inside the phrase is part of it: its statement is nested)
                end = self._content_end(toks, k, stops)
                if end > k + 1:
                    return "mixed", [(toks[k - 1].start, toks[end - 1].end)]
            if not tail:
                return "direct", list(quote.pieces)
            # from the quote itself: “Q,” raising fresh questions ... / “Q,” said the ...
            end = self._content_end(toks, k, stops)
            if end <= k + 1:
                return "direct", list(quote.pieces)
            return "mixed", [(quote.open_at, toks[end - 1].end)]
        if cue.kind == "colon":
            return self._span(toks, cue.j, self._content_end(toks, cue.j, stops), claimed)
        if cue.kind == "chain":  # "refused to endorse Ryan": what follows the chain
            start = cue.j + 1 if cue.j < n and toks[cue.j].low == "that" else cue.j
            if start + 1 < n and toks[start].low in _PARTICIPLE_PREPOSITIONS and (
                    toks[start + 1].low.endswith("ing")):
                return None  # "declined to comment before adding that C": the participle's
            end = self._content_end(toks, start, stops)
            return self._span(toks, start, end, claimed) if end > start else None
        # 3. according to X, C / C, according to X
        if cue.kind == "according":
            pronoun = _demonstrative_reported(toks, cue) if self.unit == "attribution" else None
            if pronoun is not None:
                return "indirect", [pronoun]
            comma = next((m for m in range(phrase.j, min(n, phrase.j + MAX_APPOSITION_TOKENS))
                          if toks[m].low in {",", ":"} or toks[m].kind == "q"), None)
            if comma is not None and comma + 1 < n and toks[comma].low == "," and (
                    toks[comma + 1].low in _RELATIVE_WORDS):
                # "According to Ushakov, who spoke to state television, C": the relative
                # clause is about the source; C follows the comma that closes it
                comma = next((m for m in range(comma + 1, min(n, comma + MAX_APPOSITION_TOKENS))
                              if toks[m].low in {",", ":"} or toks[m].kind == "q"), None)
            before = toks[cue.i - 1] if cue.i > 0 else None
            comma_before = before is not None and (before.low == "," or (
                before.kind == "q" and ends_with_comma(before)) or (
                before.low in _LEAD_DASHES and (
                    any(t.low == before.low for t in toks[: cue.i - 1])
                    or not any(t.low == before.low for t in toks[cue.i :]))))
            # "C — including X and Y — according to Z" / "C — according to Z.": the dash is a
            # comma ("The plan — according to two officials — would ..." is an aside); a
            # spaced hyphen typed for a dash too ("C - according to a new joint study")
            if comma is not None and toks[comma].low in {",", ":"}:
                # words before the cue, after any colon or semicolon that opens a clause
                # ("It has not gone unnoticed: according to recent polls, C")
                opened = max((m + 1 for m in range(cue.i) if toks[m].low in {":", ";"}),
                             default=0)
                head = [t for t in toks[opened : cue.i] if t.kind == "w"]
                # "According to X [of Y], C" / "While ..., according to X, C" / "But
                # according to X: C"
                if len(head) <= 2 or (comma_before and toks[comma].low == ","
                                      and head[0].low in _SUBORDINATORS
                                      and not _closing_apposition(toks, opened, cue, comma)) or (
                        _joined_according(toks, cue, comma)):
                    end = self._content_end(toks, comma + 1, stops)
                    return self._span(toks, comma + 1, end, claimed)
            if comma_before and before is not None and _tag_before(toks, cue.i - 1):
                return None  # "“Q,” Peskov said, according to TASS": the report's source
            if comma_before and before is not None:
                head_end = cue.i if before.kind == "q" else cue.i - 1
                split = self._according_split(toks, head_end, comma, stops, claimed)
                if split is not None:
                    return split
                return self._span(toks, 0, head_end, claimed)
            # "C according to X." (no comma): C is the clause before, X ends the sentence
            # (not "“Q,” a spokeswoman said according to a statement": the tag's speaker
            # said it, as with the comma above; 28th session, a stories-dev page)
            rest = [t for t in toks[phrase.j :] if t.low not in _PUNCT_END]
            # (or a comma after the source: "The victim was hit in the arm according to
            # police, and is expected to recover"; round 33)
            if cue.i >= MIN_ACCORDING_CLAUSE and (not rest or (
                    rest[0].low == "," and before is not None
                    and before.low not in _OPENING_CONJUNCTIONS)) and (
                    before is not None and before.kind in {"w", "q"}) and not _tag_before(
                    toks, cue.i):  # (not "..., and according to police, had ignored ...")
                return self._span(toks, 0, cue.i, claimed)
            return None
        # 4b. X says: C
        if after + 1 < n and toks[after].low == ":" and toks[after + 1].kind == "w" and (
            cue.kind in {"speech", "clause"}
        ):
            end = self._content_end(toks, after + 1, stops)
            if end > after + 1:
                return self._span(toks, after + 1, end, claimed)
        # 4c. C, as X said.
        if (g_start >= 3 and toks[g_start - 1].low == "as" and toks[g_start - 2].low == ","
                and cue.kind in {"speech", "clause"}
                and (after >= n or toks[after].kind == "p"
                     or _trailing_circumstance(toks, after))):
            return self._span(toks, 0, g_start - 2, claimed)
        # 4a. As X explained, C
        as_comma = next((m for m in range(after, min(n, after + MAX_SHORT_PHRASE + 4))
                         if toks[m].kind != "w"), None)
        if (g_start >= 1 and toks[g_start - 1].low == "as" and as_comma is not None
                and toks[as_comma].low == "," and not (
                    cue.kind == "stance" and (g_start == 1 or toks[g_start - 2].kind != "w"))):
            # "As one employee told the Weekly, C" (not a stance taken on its own object in an
            # opening "As" clause: "As Trump attacked Clinton, the attendees chanted" is the
            # crowd's, the "As" clause a time; desc36. Mid-sentence, "drew cheers as she
            # thanked her home state and then boomed, “Q”" keeps the quote hers)
            end = self._content_end(toks, as_comma + 1, stops)
            if end > as_comma + 1:
                return self._span(toks, as_comma + 1, end, claimed)
        # 4d. "what analysts said was a sign of C", "which officials said will take effect":
        # the relative word is the reported clause's subject, its verb follows the cue
        if (cue.kind in {"speech", "clause"} and phrase.how in {"left", "pronoun"}
                and phrase.i < cue.i and phrase.i > 0
                and toks[phrase.i - 1].low in _WH_SUBJECTS and after < n
                and toks[after].low in _FINITE_AUXILIARIES):
            end = self._content_end(toks, after, stops, stop_at_comma=True)
            if end > after + 1:
                return self._span(toks, phrase.i - 1, end, claimed)
        # 4. X said (that) C  (not "C, the airline said Thursday.": a time, no clause)
        k = after
        if k > g_end and k + 2 < n and toks[k].low == "," and phrase.i < cue.i and (
                cue.lemma in _SETTING_CUES and toks[g_end].low in _PREPOSITIONS) and (
                toks[k + 1].low in _SETTING_CLAUSE_SUBJECTS
                or toks[k + 1].low in _SUBJECT_NUMBERS) and (
                _finite_soon(toks, k + 2) or _PRONOUN_SUBJECT.match(toks[k + 1].low)):
            k += 1  # "Police said in a statement, one person was taken to hospital": the
            # clause after the setting's comma (round 33)
        if k < n and toks[k].kind == "w" and not (
                toks[k].low in lx.TIME_WORDS and _trailing_circumstance(toks, k)) and not (
                _clause_before_tag(toks, g_start) and max(cue.i - phrase.j, phrase.i - cue.j) <= 1
                and toks[k].low != "to" and (_trailing_circumstance(toks, k)
                                             or self._ends_in_setting(toks, cue, g_end, k))):
            if cue.lemma == "tell" and toks[k].low != "that":
                k = self._skip_object(toks, k)
            that = k < n and toks[k].low == "that"
            if that and k + 1 < n and _trailing_circumstance(toks, k + 1) and not any(
                    t.low.endswith("ed") or t.low in _FINITE_VERBS for t in toks[k + 1 :]):
                return None  # "Zelenskyy reiterated that on Sunday": "that" is the object, a
                # pronoun for what was said before; a setting is no content (twentieth session)
            start = k + 1 if that else k
            aside_end = _dash_aside_end(toks, start) if that else None
            if aside_end is not None:
                start = aside_end  # "says that – in his professional life – he is C": the
                # clause after the aside (twentieth session)
            # "..., said an official who was briefed": the speaker's relative clause
            relative = phrase.i > cue.i and start < n and toks[start].low in _RELATIVE_WORDS
            clause = not relative and (that or (
                # "Peskov added he would not comment", "She maintained the vote was fair": a
                # bare clause after a verb of saying the lexicon files with "clause" cues
                # (twentieth session)
                cue.kind == "clause" and cue.lemma in _BARE_CLAUSE_LEMMAS
                and _bare_reported_clause(toks, start)) or (
                # "Ryan and Trump agreed to meet again": an agreement's infinitive, as a
                # promise's (PolNeAR's unit, eighteenth session)
                self.unit == "attribution" and cue.lemma in _AGREEING and start + 1 < n
                and toks[start].low == "to" and _infinitive(toks[start + 1])) or (
                # "Neither Republicans nor Democrats know which nominee that helps", "I
                # learned how they think": a question known or learned (recall29)
                self.unit == "attribution" and cue.lemma in _KNOWING and start + 1 < n
                and toks[start].low in _KNOWN_QUESTIONS) or (
                # "Officials expect it to raise rates", "many observers expect the EPA to dial
                # back the mandate": an expectation of someone's act (recall29)
                self.unit == "attribution" and cue.lemma == "expect"
                and _object_infinitive(toks, start)) or (
                cue.kind == "speech" and start < n and toks[start].kind == "w"
                and (toks[start].low not in _NOT_CLAUSE_START
                     or toks[start].low in _WH_WORDS
                     or (toks[start].low in _CLAUSE_OPENERS and start + 2 < n)
                     or (cue.lemma in {"ask", "wonder"} and toks[start].low in {"if", "when"})
                     # "Peskov said no to the proposal": a refusal is what was said
                     or (cue.lemma == "say" and start + 2 < n and _says_no_to(toks, start))
                     or (cue.lemma in _TO_VERBS and toks[start].low == "to")
                     # "claimed to have killed three soldiers": a past act claimed (miss37)
                     or (cue.lemma == "claim" and start + 2 < n and toks[start].low == "to"
                         and toks[start + 1].low == "have" and toks[start + 2].kind == "w")
                     or (toks[start].low in _DEGREE_WORDS and start + 1 < n
                         and toks[start + 1].low in _DEGREE_QUANTITIES)  # "says too many"
                     or (toks[start].low in _QUANTIFIERS and start + 1 < n
                         and toks[start + 1].low in {"of", "than"})
                     or (toks[start].low in _ROUGHLY and _quantity(toks, start + 1))
                     or _at_least(toks, start) or _as_many_as(toks, start)
                     or _fronted_subordinate(toks, start)
                     # "said not all hope is lost": a negated quantity opens the clause
                     or (toks[start].low == "not" and start + 2 < n
                         and toks[start + 1].low in _NEGATED_QUANTITIES)
                     or _quantified_subject(toks, start)
                     or _no_subject(toks, start)
                     # "said nothing had changed", "said more needed to be done": the
                     # quantity is the reported clause's subject (twenty-second session)
                     or (toks[start].low in _QUANTITY_SUBJECTS and start + 1 < n
                         and toks[start + 1].low in _VERBS_AFTER_QUANTITY))
                and not (toks[start].low.endswith("ly") and toks[start].low not in LY_NOUNS
                         and not (  # "said nearly every" (not "says family members ...")
                    start + 1 < n and (toks[start + 1].low in lx.DETERMINERS
                                       or toks[start + 1].low in {"half", "all", "every"}
                                       or toks[start + 1].low[:1].isdigit())))
            ))
            belief = not clause and not relative and self.unit == "attribution" and (
                _bare_belief(toks, cue, start) and all(t.kind == "w" and t.low != "that"
                                                       for t in toks[cue.j : start]))
            clause = clause or belief  # "Democrats hope they will gain ground": a belief's
            subordinate = g_start > 0 and toks[g_start - 1].low in _SUBORDINATORS
            end = self._content_end(toks, start, stops,  # (a belief's clause: to a comma)
                                    stop_at_comma=not clause or subordinate or belief)
            if end > start:
                quoted = any(t.kind == "q" and i not in claimed
                             for i, t in enumerate(toks[start:end], start))
                stance_object = (cue.kind == "stance" and (
                    end - start >= MIN_STANCE_OBJECT_WORDS or (
                        # "endorsed Sanders", "supported Trump": one name, a stance held in
                        # PolNeAR's unit (seventeenth session; the product leaves it out)
                        self.unit == "attribution" and end - start == 1 and _cap(toks[start])
                        and toks[start].low not in _NOT_SPEAKERS and phrase.how != "relative"
                        and cue.lemma not in _SECOND_OBJECT_LEMMAS)
                ) and not (cue.lemma in _GIVING_LEMMAS and _two_objects(toks, start, end))) or (
                    # "Public records show little evidence that ...", "The video shows Sherman
                    # outlining ...": a finding's object, in PolNeAR's unit (seventeenth session)
                    cue.evidence and self.unit == "attribution"
                    and end - start >= MIN_STANCE_OBJECT_WORDS)
                if (self.unit == "attribution" and cue.kind == "speech" and clause and not that
                        and not belief and not quoted):
                    end = _speech_object_end(toks, start, end)
                if quoted and cue.kind == "stance" and cue.lemma in _NAMING_LEMMAS:
                    end = max(i for i in range(start, end) if toks[i].kind == "q") + 1
                if stance_object and not clause and not quoted and self.unit == "attribution":
                    # "endorsed gay marriage after his son came out": PolNeAR's span is the
                    # object; what follows it is the writer's (seventeenth session; round 15
                    # kept the product's longer object, which a reader wants)
                    cut = _object_end(toks, start, end)
                    if not (cut - start == 1 and cue.lemma in _NAMING_LEMMAS
                            and _setting_at(toks, cut, end)):
                        end = cut  # (not to one word before a time or setting after "call":
                        # "called Clinton on Sunday" is a phone call, no stance on "Clinton")
                    end = _list_end(toks, start, end)  # "questioned his tactics, his
                    # judgment and his decency": the list the object opens (round 22)
                if clause or quoted or stance_object:
                    result = self._span(toks, start, end, claimed)
                    if result is not None:
                        self._belief = belief and not quoted  # (a quote: said before this)
                        return result
        # 5. C, X said.  /  C, X said, C2.
        if phrase.i < cue.i and phrase.how == "left":
            # "C, Algerian foreign affairs ministry spokesman X said": modifiers the speaker
            # phrase left out still stand between the comma and it
            c = g_start - 1
            while c > 0 and g_start - c <= MAX_SHORT_PHRASE and toks[c].kind == "w" and (
                    toks[c].low not in lx.NP_BOUNDARY):
                c -= 1
            if c < g_start - 1 and toks[c].low == ",":
                g_start = c + 1
        if cue.kind in {"speech", "clause"} and g_start >= 2 and toks[g_start - 1].low == ",":
            rest = [t for t in toks[after:] if t.kind == "w" or t.kind == "q"]
            if toks[dateline_end(toks)].low == "according":
                # "According to a Kremlin readout, Putin agreed to ...": the opener is the
                # readout's attribution, not what Putin said; only words after the cue are
                if after + 1 < n and toks[after].low == ",":
                    end = self._content_end(toks, after + 1, stops)
                    return self._span(toks, after + 1, end, claimed) if end > after + 1 else None
                return None
            left = self._span(toks, _open_parenthesis(toks, max(
                dateline_end(toks), _section_label_end(toks, g_start)), g_start - 1),
                g_start - 1, claimed)
            # an opening phrase alone is no content ("Despite being apart, they continued to
            # ...", "Before leaving, Thomas asked for his jacket"): the scene of the sentence
            # (recall30; "In both cases, Trump said, C" still reads C after the tag, and the
            # phrase stays part of "C1, X said, C2")
            bare = left is not None and _bare_opener(toks, dateline_end(toks), g_start - 1)
            aside_quote = _quote_past_participle(toks, g_end + 1) if g_end + 1 < n and (
                toks[g_end].low == ",") and _connectors_only(toks[: g_start - 1]) else None
            if aside_quote is not None:  # "And so, Kysliuk said, gesturing at the menorah,
                # “It will stay there”": the quote after the aside (round 36)
                return self._span(toks, aside_quote, aside_quote + 1, claimed)
            if left is None:
                # "But, the spokesman added, it's not the way to win": a conjunction alone
                # before the tag, and the words after it are what was said
                opener = [t for t in toks[: g_start - 1] if t.kind == "w"]
                if len(opener) == 1 and opener[0].low in {"but", "and", "yet", "so"} and (
                        g_end + 1 < n and toks[g_end].low == ","):
                    end = self._content_end(toks, g_end + 1, stops)
                    if end > g_end + 1:
                        return self._span(toks, g_end + 1, end, claimed)
                return None
            heard = self._skip_object(toks, after) if cue.lemma == "tell" and after < n and (
                toks[after].kind == "w") else after  # ("C, X told allies in Brussels,
            # leaving ...": after the listener; nineteenth session)
            if heard + 1 < n and toks[heard].low == "," and (
                    toks[heard + 1].low.endswith("ing")
                    and toks[heard + 1].low not in _NOT_PARTICIPLES):
                return None if bare else left  # "C, Jane Doe said, adding that C2": the
                # participle's own
            if phrase.i > cue.i and after + 1 < n and toks[after].low == "," and (
                    _apposition_tail(toks, after + 1) or toks[after + 1].low in _RELATIVE_WORDS):
                return None if bare else left  # "C, said Oleg Voloshyn, a former spokesman." /
                # ", who attended."
            if not rest or _trailing_circumstance(toks, after) or (
                    phrase.i > cue.i and after < n and toks[after].low in _RELATIVE_WORDS) or (
                    cue.lemma == "tell" and _listener_tail(toks, after)) or (
                    self._ends_in_setting(toks, cue, g_end, after)
                    and _clause_before_tag(toks, g_start)):
                return None if bare else left  # "C, she said in an interview later." / "C, X
                # told reporters."
            if after < n and toks[after].low == "," and not (
                    phrase.i > cue.i and _apposition_tail(toks, after + 1)):
                end = self._content_end(toks, after + 1, stops)
                if end > after + 1:
                    right = self._span(toks, after + 1, end, claimed)
                    if right is None:
                        return None if bare else left
                    kind = "mixed" if "mixed" in (left[0], right[0]) or "direct" in (
                        left[0], right[0]) else "indirect"
                    intro = [t for t in toks[: g_start - 1] if t.kind == "w"]
                    if len(intro) <= MAX_INTRO_WORDS and intro and (
                        intro[0].low in lx.SENTENCE_OPENERS
                    ):
                        return right[0], right[1]  # "In both cases, Trump said, C"
                    return kind, [left[1][0], right[1][0]]
                if any(after + 1 <= stop <= after + 2 for stop in stops):
                    return None if bare else left  # "C, Diaz said, but he could not say
                    # whether ...": the words after the tag are the next cue's (round 33)
        return None

    def _as_reported(self, text: str, toks: list[Token], u: int, claimed: set[int],
                     discourse: Discourse, mentions: list[tuple[int, int, Official, bool]],
                     starts: list[int], found: list[_Found]) -> list[_Found]:
        """A report framed by "as" before its clause (eighteenth session, PolNeAR's unit):
        "As reported by The Washington Post, C", "As first reported by Reuters, C", and after
        an opener "However, as POLITICO has reported, C" (the cue rules read "as X reported"
        only at the sentence's start). The source is who reported; the content the clause
        after the frame's comma. Nothing when a statement of the sentence already has the
        cue."""
        n = len(toks)
        for a, tok in enumerate(toks):
            if tok.low != "as" or a + 3 >= n or (a > 0 and toks[a - 1].low not in {
                    ",", "but", "and", "yet", "so"} and toks[a - 1].kind != "q"):
                continue
            m = a + 1
            while m < n and toks[m].low in _AS_REPORTED_SKIP:
                m += 1
            if m < n and toks[m].low in _AS_REPORTED_VERBS and m + 1 < n and (
                    toks[m + 1].low == "by"):
                cue_at, i = m, m + 2  # "as reported by X,"
                j = next((x for x in range(i, min(n, i + MAX_ASKER_TOKENS + 1))
                          if toks[x].low == ","), None)
                if j is None or j == i or any(t.kind != "w" for t in toks[i:j]):
                    continue
                src_i, src_j = i, j
            else:  # "as X has reported,"
                c = next((x for x in range(a + 1, min(n, a + MAX_ASKER_TOKENS + 2))
                          if toks[x].low in _AS_REPORTED_VERBS), None)
                if c is None or a == 0 or c + 1 >= n or toks[c + 1].low != "," or not (
                        toks[a + 1].text[:1].isupper() or toks[a + 1].low in _ARTICLES):
                    continue  # (at the sentence's start the cue rules read it)
                src_j = c
                while src_j > a + 1 and toks[src_j - 1].low in _AS_REPORTED_SKIP | {
                        "has", "have", "had"}:
                    src_j -= 1
                src_i, cue_at, j = a + 1, c, c + 1
                if src_j <= src_i or any(t.kind != "w" for t in toks[src_i:src_j]):
                    continue
            cue_span = (toks[cue_at].start, toks[cue_at].end)
            if any(f.cue_span is not None and f.cue_span[0] <= cue_span[0] < f.cue_span[1]
                   and f.pieces and f.pieces[0][0] > cue_span[0] for f in found):
                continue  # (the cue rules read it; not their "However" before the frame)
            start = j + 1
            end = self._content_end(toks, start, [])
            if end - start < MIN_CLAUSE_BEFORE_TAG:
                continue
            spanned = self._span(toks, start, end, claimed)
            if spanned is None:
                continue
            kind, pieces = spanned
            phrase = Phrase(src_i, src_j, "left", toks[src_i].start, toks[src_j - 1].end)
            person = self._resolve(toks, phrase, discourse, u, mentions, starts)
            return [_Found(u, phrase, person, person.official if person else None,
                           toks[cue_at].text, cue_span, kind, pieces, CONF_INDIRECT,
                           via="as-reported", cue_kind="speech")]
        return []

    def _withheld(self, toks: list[Token], cue: _Cue, phrase: Phrase,
                  claimed: set[int]) -> tuple[str, list[tuple[int, int]]] | None:
        """The content of a refusal or a silence that :meth:`_content` found none for
        (PolNeAR's unit, eighteenth session): a refusal's or an intention's own infinitive
        when nothing follows it ("declined to comment.": "to comment"; "they want to
        compromise."), and what was not answered after "did not respond to" ("a request for
        comment")."""
        n = len(toks)
        if cue.kind == "chain" and cue.lemma in _INFINITIVE_IN_CONTENT and (
                cue.j >= n or toks[cue.j].kind == "p"):
            to = next((m for m in range(cue.i + 1, cue.j) if toks[m].low == "to"), None)
            if to is not None and not any(m in claimed for m in range(to, cue.j)):
                return "indirect", [(toks[to].start, toks[cue.j - 1].end)]
            return None
        if cue.lemma not in _ANSWERS or cue.j + 1 >= n or toks[cue.j].low != "to" or not any(
                t.low in {"not", "never"} or t.low.endswith(("n't", "n’t"))
                for t in toks[phrase.j : cue.i]):
            return None
        start = cue.j + 1
        end = self._content_end(toks, start, [], stop_at_comma=True)
        return self._object_span(toks, start, end, claimed) if end > start else None

    def _skip_suffix(self, toks: list[Token], k: int) -> int:
        """Past 'in a statement on Sunday' after a cue, when 'that' or a quote follows."""
        n = len(toks)
        if _fronted_subordinate(toks, k):
            return k  # "said while providers used it in the past, they have drifted away":
            # the reported clause opens with its own subordinate clause (round 33)
        if k + 1 < n and toks[k].low == "here":  # "said here on Friday that C", "said here
            # that C": the wire's dateline city before the setting or "that" (scan35a)
            if toks[k + 1].low == "that":
                return k + 1
            inner = self._skip_suffix(toks, k + 1)
            if inner > k + 1 and inner < n and toks[inner].low == "that":
                return inner
        setting = _setting_before_that(toks, k)
        if setting is not None:
            return setting  # "has said at a joint press conference with his Russian
            # counterpart Sergey Lavrov that talks were held": past a long setting (round 34)
        if k + 2 < n and toks[k].low.endswith("ly") and toks[k].low in lx.CUE_SUFFIX_SKIP and (
                toks[k + 1].low in _PREPOSITIONS):
            inner = self._skip_suffix(toks, k + 1)
            if inner > k + 1 and inner < n and toks[inner].low == "that":
                return inner  # "said recently on local cable television that C": an adverb,
                # then the setting (round 33)
        if k + 2 < n and toks[k].low == "," and toks[k + 2].low == "," and (
            toks[k + 1].low in _INTERJECTIONS
        ):  # "said, however, “Q”" / "added, though, that C": the clause after the aside
            if k + 3 < n and toks[k + 3].low == "that":
                return k + 3
            if k + 4 < n and toks[k + 3].kind == "w" and toks[k + 3].low in _CLAUSE_START:
                return k + 3  # "said, however, the plan would fail"
            return k + 2
        if k + 2 < n and toks[k].low in _INTERJECTIONS and toks[k + 1].low == "that" and (
                toks[k + 2].kind == "w"):
            return k + 1  # "adding however that C", "cautioned though that C": the same aside
            # typed without its commas (miss37: a wire's copy)
        if k + 2 < n and toks[k].low == "," and _PRONOUN_SUBJECT.match(toks[k + 1].low) and (
                toks[k + 2].low in _FINITE_AUXILIARIES or "’" in toks[k + 1].low
                or "'" in toks[k + 1].low) and not any(t.kind == "q" for t in toks[:k]):
            return k + 1  # "Rubio says, he is staying in the race": the clause after the comma
        if k < n and (toks[k].low in _DASHES or toks[k].low == "-"):
            # "said — on Twitter, as it happens — that", "alleging - again falsely - that"
            m = _closing_dash(toks, k)
            if m is not None and m + 1 < n and (
                    toks[m + 1].low == "that" or toks[m + 1].kind == "q"):
                return m + 1
        if k < n and toks[k].low == ",":  # "said, twice, that" / "wrote, in a memo, that"
            m = k + 1
            while m < n and toks[m].kind == "w" and m - k <= MAX_ASIDE_WORDS:
                m += 1
            e = k + 1
            while e < n and toks[e].kind == "w" and e - k <= MAX_SET_OFF_ASIDE_WORDS:
                e += 1
            if k + 1 < n and toks[k + 1].low in _ASIDE_OPENERS and e + 2 < n and (
                    toks[e].low == ",") and _PRONOUN_SUBJECT.match(toks[e + 1].low) and (
                    toks[e + 2].kind == "w"):
                return e + 1  # "says, win or lose in Tuesday's primary, he's staying in the
                # race": a set-off aside, then the clause (nineteenth session)
            gesture = k + 1 < n and _gesture_aside(toks[k + 1])
            if m > k + 1 and m + 1 < n and (toks[m].low == "," or (
                    gesture and toks[m].low == ":")) and (
                    toks[m + 1].low == "that"
                    or (toks[m + 1].kind == "q" and _starts_upper(toks[m + 1].text)
                        # ", adding, “Q”" and ", which notes, “Q”" are cues of their own
                        # (", gesturing at the ruins, “Q”" is none: round 23)
                        and (gesture or not toks[k + 1].low.endswith("ing"))
                        and toks[k + 1].low not in _RELATIVE_WORDS)):
                return m + 1 if toks[m + 1].low == "that" else m  # "said, and I quote, “Q”"
            if gesture and m + 2 < n and toks[m].low == "," and toks[m + 2].kind == "w" and (
                    toks[m + 1].low in _CLAUSE_START or _PRONOUN_SUBJECT.match(toks[m + 1].low)):
                return m + 1  # "Kysliuk said, gesturing at the ruins, the town would rise":
                # the reported clause after the gesture (round 23)
        if k + 1 < n and toks[k].low in _TOPIC_PREPOSITIONS and not _quantity(toks, k + 1):
            # "said about the movement, “Q”", "wrote of the decision that C": the topic
            m = k + 1
            while m < n and m - k <= MAX_SUFFIX_SKIP and toks[m].kind == "w" and (
                    toks[m].low != "that") and not _verb_cue(toks[m]) and (
                    toks[m].low not in _RELATIVE_WORDS and toks[m].low not in _WH_WORDS):
                m += 1
            if m > k + 1 and m + 1 < n and ((toks[m].low == "," and toks[m + 1].kind == "q") or (
                    toks[m].low == "that" and toks[m + 1].kind == "w" and (
                        toks[m + 1].low in _CLAUSE_START
                        or _PRONOUN_SUBJECT.match(toks[m + 1].low)))):
                return m
        j = k
        if k < n and not (toks[k].low in _ROUGHLY and _quantity(toks, k + 1)) and not (
                _at_least(toks, k)) and (
                toks[k].low in _PREPOSITIONS or (  # "as saying by Interfax that"
                toks[k].low in lx.TIME_WORDS and (_cap(toks[k]) or toks[k].low in {
                    "today", "yesterday", "tonight"}) and k + 1 < n  # "said Sunday in
                and toks[k + 1].low in _PREPOSITIONS  # Madison, Wisconsin, that"
                and not _at_least(toks, k + 1)) or (  # ("said Tuesday at least 3,509 ...")
                toks[k].low == "by" and k + 1 < n and (
                    _cap(toks[k + 1]) or toks[k + 1].low in _BY_MEDIA))):  # "said by phone"
            while j < n and j - k < MAX_SUFFIX_SKIP and toks[j].kind == "w" and (
                toks[j].low != "that"
            ) and not _verb_cue(toks[j]) and not (
                    j > k + 1 and (_PRONOUN_SUBJECT.match(toks[j].low)
                                   or toks[j].low in {"and", "but", "or"}
                                   or _existential_there(toks, j) or _at_least(toks, j))):
                j += 1  # (not past "it" in "said on Monday it was open to talks but that C2",
                # nor "there" in "said on Monday there was “no deal yet”": a clause's subject)
                if j + 3 < n and toks[j].low == "," and _cap(toks[j + 1]) and (
                        toks[j + 2].low == ",") and _cap(toks[j - 1]):
                    j += 3  # "said in Madison, Wisconsin, that": a place and its region
                    # (nineteenth session)
            medium = _medium_before_that(toks, k)
            if medium is not None:
                return medium  # "said in an interview with The Associated Press last week
                # that C", "noted in a guest column in Saturday’s New York Times that C"
            if j < n and toks[j].low == "," and (aside := self._skip_suffix(toks, j)) > j and (
                    toks[aside].low == "that"):
                return aside  # "said on Twitter, in reference to her child, that C": a set-off
                # aside after the setting (twentieth session)
            if j < n and (toks[j].low in {"that", ",", ":"} or toks[j].kind == "q"):
                return j
            # "said in an email the review was ongoing": a medium, then the reported clause
            m = k + 1
            while m < n and m - k < MAX_SHORT_PHRASE and toks[m].kind == "w" and (
                    toks[m].low in lx.DETERMINERS or toks[m].low in {"news", "press", "written"}
                    or (m > k + 1 and _cap(toks[m]))):  # "in a Facebook post", "a TASS interview"
                m += 1
            if m + 1 < n and toks[m].low in _MEDIA_NOUNS and toks[m + 1].kind == "w":
                # "said in a statement on Monday Russia would respond": a time after the medium
                c = _past_time(toks, m + 1)
                if _clause_opens(toks, c) and (c == m + 1 or _finite_soon(toks, c + 1)):
                    return c
            # "said for weeks he's the only candidate": a short phrase, then a pronoun subject
            for m in range(k + 1, min(n, k + MAX_SHORT_PHRASE + 1)):
                if toks[m].kind != "w":
                    break
                if _PRONOUN_SUBJECT.match(toks[m].low):
                    return m
            j = k
        # "said on Monday the budget was balanced", "said Tuesday night the talks ...": a
        # time phrase, then a determiner or a pronoun opens the reported clause
        m = k + 1 if k < n and toks[k].low in {"on", "in", "at"} else k
        while m < n and _is_time(toks[m].low) and m - k < MAX_SHORT_PHRASE:
            m += 1
        dated = m > k and m + 4 < n and toks[m].low == "," and _is_time(toks[m + 1].low) and (
            toks[m + 2].low.isdigit() and toks[m + 3].low == ",")
        if dated:
            m += 4  # "said Wednesday, May 21, he was open to ...": the date set off (round 30)
        if m > k and m + 1 < n and (dated or _is_time(toks[m - 1].low)) and (
                toks[m].kind == "w") and (
                toks[m].low in _CLAUSE_START or _PRONOUN_SUBJECT.match(toks[m].low)
                or _at_least(toks, m)) and (  # ("said on Tuesday at least 3,509 people
                toks[m + 1].kind == "w"):  # have been killed"; round 30)
            return m
        if k < n and toks[k].low in _BARE_SETTING_NOUNS:
            return _circumstance_before_quote(toks, k)  # "said comments from Rice, ... were"
        while j < n and j - k < MAX_SUFFIX_SKIP and toks[j].kind == "w" and (
            toks[j].low in lx.CUE_SUFFIX_SKIP or (_cap(toks[j]) and j > k)
        ):
            j += 1
        if _apposed_subject(toks, k, j):
            return k  # "said the Jalisco New Generation Cartel, one of Mexico's most powerful
            # groups, was behind it": a named subject and its apposition (round 33)
        if j > k and j < n and (toks[j].low in {"that", ":", ","} or toks[j].kind == "q") and (
                not _interjected_subject(toks, k, j)):
            return j
        if j > k and j + 1 < n and toks[j - 1].low.endswith("ly") and (
                _PRONOUN_SUBJECT.match(toks[j].low)) and toks[j + 1].kind == "w":
            return j  # "have said repeatedly they don't want to": an adverb, then the clause's
            # pronoun subject (nineteenth session)
        return _circumstance_before_quote(toks, k)

    def _ends_in_setting(self, toks: list[Token], cue: _Cue, g_end: int, k: int) -> bool:
        """Does a speech cue's sentence end in where the words were said (see
        :func:`_trailing_setting`), right after the cue (``g_end``), after the words the cue
        skips (``k``), or after the listener of "told" ("told reporters aboard Air Force One
        on his way to Geneva")?"""
        return cue.kind == "speech" and (
            _trailing_setting(toks, g_end) or _trailing_setting(toks, k) or (
                cue.lemma == "tell" and _trailing_setting(toks, self._skip_object(toks, k))))

    def _skip_object(self, toks: list[Token], k: int) -> int:
        """Past the listener of 'told reporters that' / 'told CNN the talks ...'. A bare clause
        ("told reporters the talks would resume") opens where :func:`_bare_clause` finds it,
        before any "that", comma or quote further on."""
        n = len(toks)
        bare = _bare_clause(toks, k)
        for j in range(k, min(n, k + MAX_LISTENER_TOKENS)):
            if toks[j].low == "that":
                return j if bare is None else bare
            if (toks[j].kind == "q" and not title_quote(toks, j)) or toks[j].low in _PUNCT_END:
                break  # (not 'told the “Moscow. Kremlin. Putin” programme that': a title)
        if bare is not None:
            return bare
        for j in range(k, min(n, k + 6)):
            if toks[j].kind != "w":
                return j  # "told Politico, “Q”"; "told reporters.": no content
        j = k
        while j < n and toks[j].kind == "w" and (_cap(toks[j]) or toks[j].low in
                                                  {"reporters", "journalists", "him", "her",
                                                   "them", "us", "me", "the", "a"}):
            j += 1
        m = j
        if m == k and m < n and toks[m].low in _LISTENER_DETERMINERS:
            m += 1
            while m < n and toks[m].kind == "w" and _cap(toks[m]):
                m += 1
        if m < n and toks[m].low in _LISTENER_NOUNS:
            # "told his European counterparts", "told the meeting of NATO defence ministers"
            # (then the setting: "in Brussels on Sunday"; nineteenth session)
            j = m + 1
            if j + 1 < n and toks[j].low == "of" and toks[j + 1].kind == "w":
                j += 1
                while j < n and toks[j].kind == "w" and (
                        _cap(toks[j]) or toks[j].low in _LISTENER_NOUNS | _LISTENER_MODIFIERS):
                    j += 1
        return j

    def _content_end(
        self,
        toks: list[Token],
        start: int,
        stops: list[int],
        stop_at_comma: bool = False,
    ) -> int:
        """End (exclusive) of content from ``start``: the sentence end, the next
        ', X said' / ', saying ...' group, a ', while ...' clause (any comma, for objects)."""
        end = len(toks)
        for stop in stops:
            if stop - 2 > start and toks[stop - 1].low in {"has", "have", "had"} and (
                    toks[stop - 2].low in {"and", "but"}):
                stop -= 1  # "expressed concerns but has said C" (twentieth session)
            if stop > start and (toks[stop - 1].low in {",", "—", "–", "--", ":", "and", "but"}
                                 or toks[stop - 1].kind == "q"):
                end = stop if toks[stop - 1].kind == "q" and not (
                    stop - 2 > start and _run_in_quote(toks, stop - 1)) else stop - 1
                break
        for k in range(start, end):
            # a quote closing on a comma ("Senate,” but he ...") is a comma after the quote
            quote_comma = toks[k].kind == "q" and ends_with_comma(toks[k])
            if toks[k].low == "," and not stop_at_comma and _fronted_phrase(toks, start, k):
                continue  # "clarified that despite new bids, printing remains C"
            # a typed "--" (a token of its own since round 8) is not a stop, as it was not
            # before: stopping there costs PolNeAR train recall (quoted F1 0.906 -> 0.905)
            if (toks[k].low in {"—", "–", ";"} and not (  # "— “Q”": the quote goes on
                    toks[k].low != ";" and k + 1 < end and toks[k + 1].kind == "q")) or (
                    (toks[k].low == "," or quote_comma) and (
                stop_at_comma
                or (k + 1 < end and toks[k + 1].low in _NEW_CLAUSE
                    and not (k + 2 < end and (toks[k + 2].low in {"well", "that", ","}
                                              or toks[k + 2].kind == "q"))
                    and not (toks[k + 1].low == "as" and _aside_in_clause(toks, start, k, end)))
                or (k + 2 < end and toks[k + 1].low in {"and", "but"}
                    and toks[k + 2].low in {"he", "she", "they", "we", "i", "it"})
                or (k + 1 < end and toks[k + 1].low.endswith("ing")
                    and toks[k + 1].low not in _NOT_PARTICIPLES)
                or (quote_comma and k + 1 < end and (toks[k + 1].low in lx.INVERTING
                                                     or toks[k + 1].low in _AFTER_QUOTE_ENDS))
            )):
                end = k + 1 if quote_comma else k
                break
            if toks[k].low == "(" and k > start and _quoted_aside(toks, k):
                end = k  # 'opposed the bill (“Q,” Jones said) and ...': the aside quotes
                break  # someone else, whose tag it carries (name34)
            if toks[k].low == "but" and k > start and _withholding(toks, k + 1):
                end = k  # "confirmed the call took place but gave no details": the speaker's
                break  # second verb, not part of what was said
            if toks[k].kind == "q" and k > start and k + 2 < end and (
                    toks[k + 1].low in _CIRCUMSTANCE_AFTER_QUOTE) and (
                    _PRONOUN_SUBJECT.match(toks[k + 2].low) or toks[k + 2].low in lx.DETERMINERS):
                end = k + 1  # 'says he is “excited” as he faces a test': the reporter's scene
                break
        while end > start and toks[end - 1].kind == "p" and toks[end - 1].low in (
            _PUNCT_END | {",", ":", "-", "—", "–", "--"}
        ):
            end -= 1
        return end

    def _according_split(
        self, toks: list[Token], head_end: int, comma: int | None, stops: list[int],
        claimed: set[int],
    ) -> tuple[str, list[tuple[int, int]]] | None:
        """"Over the long term, according to the budget office, the rise ... is C.": the
        content is both sides of the aside (PolNeAR marks them as one discontinuous span).
        Only when the part before the aside has no verb of its own (a subject or an opening
        phrase) and the part after goes on in lower case (not a relative clause, a
        participle or a new clause, which would be about the source or another claim)."""
        if comma is None or toks[comma].low != "," or comma + 1 >= len(toks):
            return None
        if toks[comma + 1].low in _INDEFINITE_APPOSITION:  # "according to X, a former envoy, C"
            comma = next((m for m in range(comma + 1, min(len(toks), comma + MAX_APPOSITION_TOKENS))
                          if toks[m].low == ","), None)
            if comma is None or comma + 1 >= len(toks):
                return None
        first = toks[comma + 1]
        if (first.kind != "w" or not first.text[:1].islower() or first.low in _RELATIVE_WORDS
                or first.low in _NEW_CLAUSE or first.low in {"and", "or", "so", "then"}
                or first.low in _SUBORDINATORS
                or (first.low.endswith("ing") and first.low not in _NOT_PARTICIPLES)):
            return None
        head = toks[:head_end]
        words = [t for t in head if t.kind == "w"]
        if not words or len(words) > MAX_ACCORDING_HEAD or any(t.kind == "q" for t in head):
            return None
        if words[0].low in _SUBORDINATORS or any(w.low in _CLAUSE_HINTS for w in words):
            return None
        end = self._content_end(toks, comma + 1, stops)
        if end - (comma + 1) < MIN_ACCORDING_CLAUSE:
            return None
        left = self._span(toks, 0, head_end, claimed)
        right = self._span(toks, comma + 1, end, claimed)
        if left is None or right is None:
            return None
        kind = "mixed" if "mixed" in {left[0], right[0]} or "direct" in {left[0], right[0]} \
            else "indirect"
        return kind, left[1] + right[1]

    def _object_span(
        self, toks: list[Token], start: int, end: int, claimed: set[int]
    ) -> tuple[str, list[tuple[int, int]]] | None:
        """:meth:`_span` of a stance's object ``toks[start:end]``, None when it is shorter
        than :data:`MIN_STANCE_OBJECT_WORDS` ("asked about it" reports nothing)."""
        if end - start < MIN_STANCE_OBJECT_WORDS:
            return None
        return self._span(toks, start, end, claimed)

    def _span(
        self, toks: list[Token], start: int, end: int, claimed: set[int]
    ) -> tuple[str, list[tuple[int, int]]] | None:
        while end > start and (toks[end - 1].kind == "p"
                               or toks[end - 1].low in {"and", "but", "or"}):
            end -= 1
        while start < end and toks[start].kind == "p":
            start += 1
        if end <= start:
            return None
        if self.unit == "attribution":
            end = _aside_end(toks, _examples_end(toks, end))
        quotes = [k for k in range(start, end) if toks[k].kind == "q"]
        claimed.update(quotes)
        if len(quotes) == 1 and end - start == 1:
            quote = toks[start].quote
            assert quote is not None
            return "direct", list(quote.pieces)
        return ("mixed" if quotes else "indirect"), [(toks[start].start, toks[end - 1].end)]

    def _keep(self, text: str, f: _Found) -> bool:
        if not f.pieces or (f.stance and self.unit == "statement"):
            return False
        content = " ".join(text[a:b] for a, b in f.pieces)
        if f.cue is None and f.kind == "direct":
            letters = [ch for ch in content if ch.isalpha()]
            if len(letters) >= MIN_CAPS_LETTERS and all(ch.isupper() for ch in letters):
                return False  # “DIVISIVE, STUPID AND WRONG” alone on a line: a subheading
        words = content.split()
        named = words[1:] if len(words) > 1 and words[0] in _OBJECT_ARTICLES else words
        if len(named) == 1 and f.kind == "indirect" and named[0][:1].isupper() and (
                f.cue_kind == "speech" or (f.cue_kind == "stance" and self.unit == "statement")):
            return False  # "Putin ... warns Kyiv", "Moscow had warned the West": the one
            # warned, not what was said
        if self.unit == "statement" and f.kind == "indirect" and _no_words_said(words):
            return False
        if self.unit == "statement" and _opening_adverbial(words, f):
            return False
        if self.unit == "statement" and f.kind == "indirect" and f.cue is not None and (
                f.cue.lower().startswith(_GLOSS_CUES)):
            return False  # '“Q,” he said, referring to the jet': the writer's gloss
        return len(words) >= MIN_CONTENT_WORDS

    def _statement(self, text: str, f: _Found) -> Statement:
        pieces = f.pieces
        if len(pieces) == 1:
            content = text[pieces[0][0] : pieces[0][1]]
        else:
            content = " ".join(text[a:b] for a, b in pieces)
        mention = text[f.phrase.start : f.phrase.end]
        named = f.person is not None and bool(f.person.name)
        official = self.registry.get(f.official) if f.official else None
        resolution = resolution_kind(mention, f.person, f.phrase.how, f.cue is None,
                                     official.aliases if official else ())
        confidence = f.confidence
        if f.phrase.how == "pronoun":
            confidence *= PRONOUN_FACTOR
        if f.person is None or not f.person.name:
            confidence *= UNRESOLVED_FACTOR
        extra = {
            "mention_start": str(f.phrase.start),
            "mention_end": str(f.phrase.end),
        }
        if f.cue_span is not None:
            extra["cue_start"] = str(f.cue_span[0])
            extra["cue_end"] = str(f.cue_span[1])
        if f.parsed:
            extra["via"] = "parser"
        elif f.via:
            extra["via"] = f.via
        if len(pieces) > 1:
            extra["pieces"] = ";".join(f"{a}-{b}" for a, b in pieces)
        if f.person is not None and f.person.kind == "group" and resolution in {"name", "alias"}:
            # (a written list, not "they" resolved to a group: that one stays a group)
            officials = [(m.official, m.name) for m in f.person.members if m.official]
            if officials:  # "Rubio and Witkoff said": each official said it (_each_official)
                extra[_JOINT_KEY] = ";".join(f"{o}={n}" for o, n in officials)
        return Statement(
            speaker=unmangled(f.person.name) if named and f.person and f.person.name else (
                described_source(mention) or None),
            mention=mention,
            official=f.official,
            kind=f.kind,
            content=content,
            cue=f.cue,
            start=pieces[0][0],
            end=pieces[-1][1],
            confidence=round(confidence, 3),
            extra=extra,
            resolution=resolution,
        )


# the first characters of a UTF-8 letter's two bytes read as Latin-1 ("Ã±" for "ñ", "Ã©"
# for "é"): a name garbled by decoding twice has one of them
_MOJIBAKE_LEADS = ("Ã", "Â")


MAX_MOJIBAKE_LAYERS = 2  # "SarukhÃ\x83Â¡n": a name read as Latin-1 twice is undone twice


def unmangled(name: str) -> str:
    """A speaker's name as it was written before its UTF-8 was read as Latin-1 ("Enrique
    PeÃ±a Nieto" -> "Enrique Peña Nieto", "SarukhÃ\x83Â¡n" -> "Sarukhán", decomposed or
    not), word by word: a word whose bytes make no UTF-8 stays as it is ("JesÃos", a byte
    lost); ``name`` itself when no word is so garbled (name36)."""
    if not any(lead in name for lead in _MOJIBAKE_LEADS) and "\u0303" not in name and (
            "\u0302" not in name):
        return name
    words = unicodedata.normalize("NFC", name).split(" ")
    changed = False
    for n, word in enumerate(words):
        for _ in range(MAX_MOJIBAKE_LAYERS):
            if not any(lead in word for lead in _MOJIBAKE_LEADS):
                break
            try:
                fixed = word.encode("latin-1").decode("utf-8")
            except UnicodeError:
                break
            if any(unicodedata.category(c) == "Cc" for c in fixed):
                break
            word = fixed
            changed = True
        words[n] = word
    return " ".join(words) if changed else name


_WORD_BEFORE = re.compile(r"([^\W\d_][\w.’'\-]*)[ \t\u00a0]+$")
NAME_LOOKBEHIND_CHARS = 40  # a given name or honorific before a surname is one short word


def _past_title(text: str, start: int) -> bool:
    """Is the registry title at ``start`` written as a past one ("the former secretary of
    state", "ex-minister")? Then it names an earlier holder, not the official of now."""
    m = _WORD_BEFORE.search(text, max(0, start - NAME_LOOKBEHIND_CHARS), start)
    return (m is not None and m.group(1).lower() in PAST_MARKERS) or \
        text[max(0, start - 3) : start].lower() == "ex-"


def _namesakes(text: str, found: list[tuple[int, int, str]],
               registry: Registry) -> tuple[set[int], set[str]]:
    """Where an official's one-word alias is someone else's name, and whose surname the text
    gives only to someone else: the starts of the aliases written after another given name
    (:func:`_other_given_name`: "Ivanka Trump"), and the officials (ids) with such a namesake
    ("Jackson Police Chief Lee Vance") whom the text never names by a name of several words
    ("JD Vance", "Vice President Vance"). Such an official's bare surname is the namesake's
    second reference, not the official (a gva article's "Chief Vance says" was JD Vance;
    twenty-third session)."""
    others: set[int] = set()
    other: set[str] = set()
    full: set[str] = set()
    for start, end, surface in found:
        by_name = registry.by_alias(surface)
        if len(by_name) != 1:
            continue
        if " " in surface:
            full.add(by_name[0].id)
        elif _other_given_name(text, start, by_name[0]) or _FIRST_NAME_ONLY.match(text, end):
            others.add(start)  # ("Vance, who asked not to reveal his last name": a source's
            other.add(by_name[0].id)  # first name, not the vice president; 24th session)
    return others, other - full


# a source named by a first name only, as the text says right after it ("Vance, who asked not
# to reveal his last name", "Sam, who declined to give her surname", "Mary, who gave only her
# first name"): the word is no one's surname
_FIRST_NAME_ONLY = re.compile(
    r",\s+who\s+(?:[a-z’']+\s+){1,7}?(?:his|her|their)\s+(?:last|family|full)\s+name"
    r"|,\s+who\s+(?:[a-z’']+\s+){1,5}?(?:surname|first\s+name\s+only|only\s+(?:his|her)"
    r"\s+first\s+name)")


def _other_given_name(text: str, start: int, official: Official) -> bool:
    """Is the one-word alias at ``start`` (an official's surname) written after a first name
    that is not the official's ("Ivanka Trump", "Eric Trump") or after an honorific of the
    other gender ("Ms. Trump")? Then the name is another person's: the alias does not hold.
    Only first names the lexicon knows count: a capitalised word before a surname may be a
    title or a place ("Candidate Trump", "Iowa Trump rally")."""
    m = _WORD_BEFORE.search(text, max(0, start - NAME_LOOKBEHIND_CHARS), start)
    if m is None:
        return False
    word = m.group(1)
    low = word.lower()
    honorific = lx.HONORIFIC_GENDER.get(low, "")
    if honorific:
        return bool(official.gender) and honorific != official.gender
    if not word[0].isupper() or low.endswith(("’s", "'s", ".")):
        return False
    if fold(word) in official.given_names():
        return False
    # ("Lara Trump": a given name of the world's lexicon too; twentieth session)
    if first_name_gender(word + " x") or given_name_gender(word):
        return True
    # a word no lexicon knows, after a rank or a title of a person: "Officer Stacey Cooper"
    # is a police spokeswoman, not Yvette Cooper (twenty-fourth session)
    ranked = _WORD_BEFORE.search(text, max(0, m.start() - NAME_LOOKBEHIND_CHARS), m.start())
    return ranked is not None and low not in lx.TITLE_WORDS and (
        ranked.group(1).lower().rstrip(".") in _PERSON_RANKS)


# ranks and titles that only a person's full name follows ("Officer Stacey Cooper", "Sgt.
# Casey Vance"): the capitalised word after them is a given name, whatever the lexicons know
_PERSON_RANKS = frozenset({"officer", "sgt", "sergeant", "det", "detective", "lt", "lieutenant",
                           "cpl", "corporal", "trooper", "deputy", "constable", "const", "cst",
                           "ofc", "dep", "capt", "captain", "chief", "dr", "prof", "professor",
                           "reverend", "rev", "pastor", "judge", "attorney", "atty"})


MAX_TAG_TAIL = 4  # "said Monday in an interview": a few words after the tag's cue at most


def _intro_end(toks: list[Token]) -> int:
    """Where the subject starts after the introductory phrase a sentence opens with ("In
    response to the loss of life, Mayor Jane Doe issued ..."), or 0 (see
    :func:`after_intro`)."""
    p = next((k for k, t in enumerate(toks[: MAX_INTRO_COMMA + 1]) if t.low == ","), None)
    return p + 1 if p is not None and p + 1 < len(toks) and after_intro(toks, p + 1) else 0


def _closing_tag(toks: list[Token], k: int, g_start: int, g_end: int) -> bool:
    """Is the speaker and cue at ``toks[g_start:g_end]`` a tag closing the sentence right
    after the quote at ``k`` ('..., “Q,” Ben Carson said Monday.'), with words before the
    quote (the sentence's own clause, which the tag reports too)?"""
    if not any(t.kind == "w" for t in toks[:k]):
        return False
    if not (g_start == k + 1 or (g_start == k + 2 and toks[k + 1].low == ",")) or \
            toks[g_start].low == "according":  # "“Q,” according to the report": no tag
        return False
    tail = [t for t in toks[g_end:] if t.kind == "w"]
    return len(tail) <= MAX_TAG_TAIL and all(t.low in lx.CUE_SUFFIX_SKIP or t.low in
                                             lx.TIME_WORDS or _cap(t) or t.low.isdigit()
                                             for t in tail) and not any(
        t.kind == "q" for t in toks[g_end:])  # (a name too: '“Q,” the spokesman told RIA
    # Novosti.', twentieth session); a date's number too ('“Q,” The Washington Post reported
    # in 1991.', '... said on March 5': org34)


def _name_described(found: list[_Found], units: list[Unit], discourse: Discourse) -> None:
    """An unnamed source the next sentences name: "a Palestinian official told Anadolu C.
    ..., said Ahmed al-Deek, an assistant to the Palestinian foreign minister" (see
    :func:`named_later`): the source's statements (and the quotes that inherit its phrase)
    are that person's, when the person was not named before the description. The same for
    a stand-in whose participle's object the name is set off after: "One pastor supporting
    Mr. Cruz, Darran Whiting of Liberty Baptist Church, said" (see :func:`_apposed_after_content`).
    """
    for f in found:
        apposed = _apposed_after_content(f, found, units)
        if apposed is not None:
            for h in found:
                if h.phrase is f.phrase and h.person is None:
                    h.person = apposed
    for n, f in enumerate(found):
        if f.person is not None or f.phrase.how not in {"left", "right", "subject"}:
            continue
        later = next((g for g in found[n + 1 :] if g.person is not None and g.unit > f.unit),
                     None)
        if later is not None and _group_named_next(f, later, units, discourse):
            for h in found:
                if h.phrase is f.phrase and h.person is None:
                    h.person = later.person
            continue
        if later is None or later.unit - f.unit > NAMED_LATER_UNITS or (
                later.person is None or later.person.kind != "person"
                or not later.person.name or later.phrase.how == "pronoun"):
            continue
        person = later.person
        if any(p is person and u <= f.unit for u, _a, p, _r in discourse.recent):
            continue  # "Peskov said ... a Kremlin official said ... Peskov, the Kremlin
            # spokesman, added": someone named before is not the unnamed source
        toks = units[f.unit].tokens
        named = _with_apposition(units[later.unit].tokens, later.phrase)
        if named_later(toks[f.phrase.i : f.phrase.core_end], named, person,
                       toks[f.phrase.core_end : f.phrase.j]):
            if not _stand_in_agrees(found, units, f, person, discourse):
                continue
            for h in found:
                if h.phrase is f.phrase and h.person is None:
                    h.person = person
            _rename_stand_in(found, f, person, discourse)
    # round 16: a description the next sentences name, speaking or not; a headline's after
    # the lede's, which it may stand for (title33)
    for f in sorted(found, key=lambda f: f.unit == 0):
        if f.person is None and f.phrase.how in {"left", "right", "subject"}:
            introduced = _introduced_later(f, units, discourse) or _opens_next(
                f, units, discourse, found) or _introduced_far(f, units, discourse) or (
                _org_named_next(f, units, discourse, found)) or _document_named_next(
                f, units, discourse)
            if introduced is not None and _stand_in_agrees(found, units, f, introduced,
                                                           discourse):
                for h in found:
                    if h.phrase is f.phrase and h.person is None:
                        h.person = introduced
                _rename_stand_in(found, f, introduced, discourse)


def _group_named_next(f: _Found, later: _Found, units: list[Unit],
                      discourse: Discourse) -> bool:
    """Are the people a plural description stands for ("Legislative leaders in North
    Carolina noted that C", "Nuclear proliferation experts have speculated") the group of
    named people who speak in the next sentence under the same head ("state Senate leader
    Phil Berger and House Speaker Tim Moore ... said", "nuclear experts David Albright and
    Serena Kelleher-Vergantini ... wrote"), none of them named before (desc37)?"""
    group = later.person
    if group is None or group.kind != "group" or len(group.members) < 2 or (
            later.unit != f.unit + 1):
        return False
    toks = units[f.unit].tokens
    words = [t for t in toks[f.phrase.i : f.phrase.j] if t.kind == "w"]
    cut = next((k for k, w in enumerate(words) if k and w.low in _POSTMODIFIER_PREPOSITIONS),
               len(words))
    head = words[cut - 1].low if cut else ""
    if len(head) <= len("s") or not head.endswith("s") or head.endswith("ss") or (
            head not in lx.SPEAKER_NOUNS and head[:-1] not in lx.SPEAKER_NOUNS):
        return False  # (a plural of people only: "leaders", "experts")
    theirs = {t.low for t in _with_apposition(units[later.unit].tokens, later.phrase)
              if t.kind == "w"}
    if head not in theirs and head[:-1] not in theirs:
        return False
    return not any(p is m for u, _a, p, _r in discourse.recent if u <= f.unit
                   for m in group.members)


def _stand_ins(f: _Found, discourse: Discourse) -> list[Person]:
    """The unnamed people the discourse noted for ``f``'s description (one as a mention, one
    as the speaker: "A woman who has", "A woman")."""
    return [p for u, a, p, _r in discourse.recent
            if u == f.unit and a == f.phrase.start and p.unnamed]


def _stand_in_agrees(found: list[_Found], units: list[Unit], f: _Found, person: Person,
                     discourse: Discourse) -> bool:
    """May ``person``, named later, be ``f``'s description? Not when the description's
    unnamed person has the other gender, or a "he" or "she" that spoke for them does ("One
    resident, who did not want to be named, said C. He said D. Susan O’Connell was in bed":
    not she; pron36)."""
    stand_ins = _stand_ins(f, discourse)
    if not stand_ins or not person.gender:
        return True
    genders = {p.gender for p in stand_ins} - {""}
    names = {p.name for p in stand_ins}
    for h in found:
        if h.person is not None and h.person.unnamed and h.person.name in names and (
                h.phrase.how == "pronoun" and h.unit < len(units)):
            toks = units[h.unit].tokens
            if h.phrase.i < len(toks) and toks[h.phrase.i].start == h.phrase.start:
                genders.add(lx.PRONOUNS.get(toks[h.phrase.i].low, ""))
    return not genders - {"", person.gender}


def _rename_stand_in(found: list[_Found], f: _Found, person: Person,
                     discourse: Discourse) -> None:
    """Give ``person``, whom the next sentences name, the statements of the pronouns that
    stood for ``f``'s unnamed description: "A woman who has accused ... said C. She also
    described ... Juanita Broaddrick, who ..." makes "she" Broaddrick as it makes the woman
    (the pronoun resolved to the description's unnamed person before the name came;
    pron36)."""
    stand_ins = _stand_ins(f, discourse)
    for h in found:
        if h.phrase.how == "pronoun" and any(h.person is p for p in stand_ins):
            h.person = person


def _apposed_after_content(f: _Found, found: list[_Found], units: list[Unit]) -> Person | None:
    """The person named right after the content of the unresolved subject stand-in ``f``,
    set off by a comma, who speaks in the same sentence: "One pastor supporting Mr. Cruz,
    Darran Whiting of Liberty Baptist Church in Marion, said" (the pastor's "supporting" is
    Whiting's: the name is the subject's apposition, the participle's clause between them);
    "A lawyer representing the family, Jane Roe, said". Only an indefinite person stand-in
    (see :func:`delayed_description`) the name agrees with (:func:`stand_in_agrees`); desc36."""
    if f.person is not None or f.phrase.how != "left" or not f.pieces:
        return None
    toks = units[f.unit].tokens
    end = max(b for _a, b in f.pieces)
    k = bisect.bisect_left([t.start for t in toks], end)
    if k >= len(toks) or toks[k].low != ",":
        return None
    later = next((g for g in found if g.unit == f.unit and g.phrase.i == k + 1
                  and g.phrase.how == "left" and g.person is not None), None)
    if later is None or later.person is None or later.person.kind != "person" or \
            not later.person.name:
        return None
    described = toks[f.phrase.i : f.phrase.core_end]
    head = delayed_description(described, toks[f.phrase.core_end : f.phrase.j])
    named = _with_apposition(toks, later.phrase)
    return later.person if head and stand_in_agrees(head, described, named, later.person,
                                                    speaks=True) else None


# openers of an organisation named only by its kind, whose name the next sentence gives ("a
# Baton Rouge newspaper called on ... The Advocate had chided")
_ORG_STAND_IN_OPENERS = frozenset({"a", "an", "one"})
# words that end a stand-in's head before its body: the phrase's last word is then the
# body's, not the stand-in's kind ("A spokesperson with Atlanta police said")
_ORG_STAND_IN_LINKS = frozenset({"of", "with", "for", "at", "from", "to", "in", "on"})


def _org_named_next(f: _Found, units: list[Unit], discourse: Discourse,
                    found: list[_Found]) -> Person | None:
    """The organisation an unresolved indefinite description of its kind stands for, when
    the next sentence opens with it, named there for the first time: "a Baton Rouge
    newspaper called on Clinton to do something. The Advocate had chided Obama" (a paper's
    word in the name, :data:`ORG_DESCRIPTIONS`); and a headline's bare kind ("Newspaper
    Says ...") is the lede's stand-in of that kind once that is resolved (desc36)."""
    toks = units[f.unit].tokens
    words = [t for t in toks[f.phrase.i : f.phrase.core_end] if t.kind == "w"]
    kinds = ORG_DESCRIPTIONS.get(words[-1].low) if words else None
    if not kinds:
        return None  # (only kinds whose names say them: not "a group", any name)
    head = words[-1].low
    if len(words) == 1 and f.unit == 0 and _cap(words[0]):
        for g in found:
            if not 0 < g.unit <= LEDE_UNIT or g.person is None or g.person.kind != "org":
                continue
            theirs = [t for t in units[g.unit].tokens[g.phrase.i : g.phrase.core_end]
                      if t.kind == "w"]
            if len(theirs) >= 2 and theirs[0].low in _ORG_STAND_IN_OPENERS and (
                    theirs[-1].low == head):
                return g.person
        return None
    if len(words) < 2 or words[0].low not in _ORG_STAND_IN_OPENERS or any(
            w.low in _ORG_STAND_IN_LINKS for w in words):
        return None  # (not "A spokesperson with Atlanta police": a person of the body)
    u = f.unit + 1
    if u >= len(units):
        return None
    later = units[u].tokens
    before = {id(p) for seen, _a, p, _r in discourse.recent if seen <= f.unit}
    for seen, at, person, _rank in discourse.recent:
        if seen != u or person.kind != "org" or not person.name or id(person) in before:
            continue
        k = next((m for m, t in enumerate(later) if t.start == at), -1)
        if k == 0 or (k == 1 and later[0].low == "the"):
            names = [w.removesuffix("’s").removesuffix("'s") for w in fold(person.name).split()]
            if any(w in kinds or w.rpartition("-")[2] in kinds for w in names):
                return person
    return None


HEADLINE_DOCUMENT_UNITS = 3  # the lede that names a headline's poll, after a deck or an
# "ABSTRACT." line
# what a headline says of a poll or a study it does not name ("in latest poll", "New Study")
_HEADLINE_DOCUMENT_WORDS = frozenset({"the", "a", "new", "latest", "recent", "this"})


def _document_named_next(f: _Found, units: list[Unit], discourse: Discourse) -> Person | None:
    """The poll or study a headline speaks of unnamed ("Clinton stays well ahead of Sanders
    in latest poll"), when the lede names one of its kind: the first such document the next
    :data:`HEADLINE_DOCUMENT_UNITS` sentences name ("according to a New York Times/CBS News
    survey"; desc37)."""
    if f.unit != 0:
        return None
    words = [t for t in units[0].tokens[f.phrase.i : f.phrase.core_end] if t.kind == "w"]
    fits = DOCUMENT_HEADS.get(words[-1].low) if words else None
    if not fits or any(w.low not in _HEADLINE_DOCUMENT_WORDS for w in words[:-1]):
        return None
    for seen, _at, person, _rank in discourse.recent:
        if 0 < seen <= HEADLINE_DOCUMENT_UNITS and person.kind == "document" and (
                person.name and person.name.split()[-1].lower() in fits):
            return person
    return None


MAX_TITLE_BEFORE_NAME = 4  # "Iranian Deputy Foreign Minister Kazem Gharibabadi"


def _name_introduced(later: list[Token], at: int,
                     posts: frozenset[str] = frozenset()) -> list[Token] | None:
    """The tokens of the name noted at character ``at`` of sentence ``later``, with the
    capitalised titles (and lower-case ``posts``: "Clinton spokesman") before it and the
    apposition after it, or None when no capitalised word starts there."""
    k = next((m for m, t in enumerate(later) if t.start == at), -1)
    if k < 0:
        return None
    j = k
    while j < len(later) and _cap(later[j]):
        j += 1
    i = k
    while i > 0 and k - i < MAX_TITLE_BEFORE_NAME and (
            _cap(later[i - 1]) or later[i - 1].low in posts):
        i -= 1
    if j == k:
        return None
    return _with_apposition(later, Phrase(i, j, "left", later[i].start, later[j - 1].end))


def _introduced_later(f: _Found, units: list[Unit], discourse: Discourse) -> Person | None:
    """The person the next sentences name with the head of an unresolved description:
    "The dean of Columbia's Graduate School of Journalism has published a letter ... Steve
    Coll, the dean of the school, wrote", "Omani foreign minister says ... the Omani Foreign
    Minister Badr Albusaidi wrote" (see :func:`named_later`, ``definite``), when that person
    was not named before the description."""
    toks = units[f.unit].tokens
    before = {id(p) for u, _a, p, _r in discourse.recent if u <= f.unit}
    for u, at, person, _rank in discourse.recent:
        if not f.unit < u <= f.unit + NAMED_LATER_UNITS or person.kind != "person" or \
                not person.name or id(person) in before:
            continue
        named = _name_introduced(units[u].tokens, at, _POST_BEFORE_NAME)  # ("Japan's farm
        # minister Taku Eto stepped down": the post in lower case before the name; tn37)
        if named is None:
            continue
        if named_later(toks[f.phrase.i : f.phrase.core_end], named, person,
                       toks[f.phrase.core_end : f.phrase.j], definite=True):
            return person
    return None


def _opens_next(f: _Found, units: list[Unit], discourse: Discourse,
                found: list[_Found]) -> Person | None:
    """The person whose full name opens one of the next sentences, or who speaks there by
    their full name ("“Q,” Joey Salceda said"), named there for the first time, when the
    statement's source is a lede's stand-in for them (see :func:`delayed_description`: "A
    woman who has accused ... said ... Juanita Broaddrick, who said ..., recounted") and
    nothing said of them there disagrees (:func:`stand_in_agrees`); not a tracked official,
    whom the registry names (round 22). A headline's bare description is a stand-in too
    ("Philippine lawmaker wants ..."; title33)."""
    toks = units[f.unit].tokens
    headline = f.unit == 0 and (f.phrase.i == 0 or toks[f.phrase.i - 1].low in
                                HEADLINE_CLAUSE_STARTS)
    described = toks[f.phrase.i : f.phrase.core_end]
    head = delayed_description(described, toks[f.phrase.core_end : f.phrase.j], headline)
    if not head:
        return None
    for u in range(f.unit + 1, min(len(units), f.unit + NAMED_LATER_UNITS + 1)):
        later = units[u].tokens
        person = next((p for seen, at, p, _r in discourse.recent
                       if seen == u and at == later[0].start), None)
        if person is not None and _introduced_in(person, u, discourse):
            j = 0
            while j < len(later) and _cap(later[j]):
                j += 1
            if j:
                named = _with_apposition(later, Phrase(0, j, "left", later[0].start,
                                                       later[j - 1].end))
                return person if stand_in_agrees(head, described, named, person) else None
        speaker = next((g for g in found if g.unit == u and g.person is not None
                        and g.phrase.how != "pronoun"), None) if f.unit <= LEDE_UNIT else None
        # (only the lede's stand-in: further down "A neighbor said ... “Q,” Joe Liberatorie
        # said" may be anyone, and was a lawyer or a police spokesman as often as the
        # neighbour in a scan of news pages; round 33)
        if speaker is None or speaker.person is None:
            continue
        chained = headline and _stand_in_head(speaker, units) == head
        if chained or (_introduced_in(speaker.person, u, discourse) and all(
                _name_word(t) for t in later[speaker.phrase.i : speaker.phrase.j]
                if t.kind == "w")):
            # "A lawmaker in the Philippines is calling for ... “Q,” Joey Salceda said":
            # the person the next sentence's statement names as its speaker, by the name
            # alone (not "a school spokesman told ... his friend Mahamat Saleh Oumar told");
            # a headline's stand-in is the lede's of the same head ("Philippine lawmaker
            # wants ...")
            named = _with_apposition(later, speaker.phrase)
            return speaker.person if stand_in_agrees(head, described, named,
                                                     speaker.person, speaks=True) else None
    return None


def _name_word(tok: Token) -> bool:
    """A word of a person's name: capitalised, or a lower-case particle inside it ("Mohammed
    bin Abdulrahman al-Thani", "Lula da Silva"; tn37)."""
    return _cap(tok) or tok.cap or (tok.low.partition("-")[0] in NAME_PARTICLES and (
        tok.text.partition("-")[2][:1].isupper()))


def _stand_in_head(f: _Found, units: list[Unit]) -> str:
    """The head of the lede's stand-in ``f`` speaks by (see :func:`delayed_description`),
    or ""."""
    toks = units[f.unit].tokens
    return delayed_description(toks[f.phrase.i : f.phrase.core_end],
                               toks[f.phrase.core_end : f.phrase.j])


def _introduced_in(person: Person, u: int, discourse: Discourse) -> bool:
    """Is ``person`` someone named in full in sentence ``u`` for the first time, no tracked
    official (whom the registry names): a lede's stand-in may be them (see
    :func:`_opens_next`)?"""
    return person.kind == "person" and person.official is None and \
        len((person.name or "").split()) >= 2 and not any(
            p is person for seen, _a, p, _r in discourse.recent if seen < u)
    # (named before that sentence: "Ms. Toretti" is no introduction)


LEDE_UNIT = 1  # the headline (unit 0) and the first sentence: where a stand-in opens a story


_POST_BEFORE_NAME = frozenset(TITLE_HEADS | EPITHET_HEADS)  # "Clinton spokesman Brian Fallon"


def _introduced_far(f: _Found, units: list[Unit], discourse: Discourse) -> Person | None:
    """The one person introduced in the next :data:`FAR_NAMED_LATER_UNITS` sentences by the
    post of an unresolved indefinite source (see :func:`named_far_later`): "A spokesman for
    Democratic candidate Hillary Clinton called the report misleading ... (paragraphs on)
    Clinton spokesman Brian Fallon said" is Fallon, "One protest organizer says" in a deck is
    "Asa Khalif, an organizer with ...". A definite post of a body too (see
    :func:`post_named_far_later`: "The dean of Columbia's Graduate School of Journalism has
    published a letter ... Steve Coll, the dean of the journalism school, said"; desc36).
    None when no one or several people fit, or the person was named before the
    description."""
    toks = units[f.unit].tokens
    described = toks[f.phrase.i : f.phrase.core_end]
    before = {id(p) for u, _a, p, _r in discourse.recent if u <= f.unit}
    fits: list[Person] = []
    for u, at, person, _rank in discourse.recent:
        if not f.unit < u <= f.unit + FAR_NAMED_LATER_UNITS or person.kind != "person" or \
                len((person.name or "").split()) < 2 or id(person) in before or any(
                person is p for p in fits):
            continue
        named = _name_introduced(units[u].tokens, at, _POST_BEFORE_NAME)
        if named is None:
            continue
        before.add(id(person))  # (one introduction per person: its first)
        if named_far_later(described, named, person) or post_named_far_later(
                described, named, person):
            fits.append(person)
    return fits[0] if len(fits) == 1 else None


MAX_NAMED_APPOSITION = 12  # "Ahmed al-Deek, an assistant to the Palestinian foreign minister,"


def _with_apposition(toks: list[Token], phrase: Phrase) -> list[Token]:
    """The tokens of a speaker phrase and of the apposition after it, when the phrase does
    not hold it ("said Officer Joseph Beinlich, a Jupiter police spokesman")."""
    j = phrase.j
    if j < len(toks) and toks[j].low == ",":
        j += 1
        while j < len(toks) and j - phrase.j <= MAX_NAMED_APPOSITION and toks[j].kind == "w" \
                and toks[j].low not in {",", ".", ";", ":"}:
            j += 1
    return toks[phrase.i : j]


# cues whose object without quoted words is the writer's gloss, no words said ("“Q,” he
# said, referring to the luxury jet", "Generative AI refers to systems that ..."); with
# quoted words ("referred to Stone as “Person 1”") the quote is kept
_GLOSS_CUES = ("refer",)


# words that open an adverbial before the subject ("However, incidents continued", "Through
# the treaty, nations have agreed", "Last month, the mother pleaded"): no words said
_ADVERBIAL_OPENERS = frozenset({"however", "meanwhile", "instead", "still", "yet", "moreover",
                                "furthermore", "nevertheless", "nonetheless", "therefore",
                                "thus", "then", "later", "earlier", "last", "shortly",
                                "through", "after", "before", "despite", "during", "since",
                                "following", "amid", "and", "but", "so", "indeed", "now",
                                "in", "on", "at", "by", "within", "under"})
MAX_OPENING_ADVERBIAL_WORDS = 4  # an indirect content this short before its cue
# subjects that make such a short content a clause ("But they declined, Tremblay wrote")
_CLAUSE_SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they", "that", "this",
                              "there"})


def _opening_adverbial(words: list[str], f: _Found) -> bool:
    """Is an indirect content before its cue only a sentence's opening adverbial ("However,
    incidents continued": "However")?"""
    if f.kind != "indirect" or f.cue_span is None or not words or not f.pieces:
        return False
    if f.pieces[-1][1] > f.cue_span[0] or len(words) > MAX_OPENING_ADVERBIAL_WORDS:
        return False
    rest = [w.lower().strip(",") for w in words[1:]]
    if any(w in _CLAUSE_SUBJECTS or w.endswith(("’s", "'s")) for w in rest):
        return False  # "But they declined, Tremblay wrote": a clause of its own
    return words[0].lower().strip(",") in _ADVERBIAL_OPENERS


# words that open a short phrase of time or circumstance fronted in a reported clause
# ("said that earlier this spring, Telegram had refused", "clarified that despite new bids,
# printing remains"): the comma after it is inside the clause, not its end
_FRONTED_OPENERS = frozenset({"despite", "earlier", "later", "last", "this", "next", "since",
                              "during", "following", "amid", "after", "before", "until",
                              "in", "on", "at", "by", "within", "under", "unlike", "without"})
MAX_FRONTED_PHRASE = 5  # tokens of such a phrase before its comma


def _fronted_phrase(toks: list[Token], start: int, comma: int) -> bool:
    """Is ``toks[start:comma]`` a short fronted phrase of time or circumstance (an opener
    of :data:`_FRONTED_OPENERS`, then words only) after which the clause goes on with a
    word that is no conjunction, participle or new clause?"""
    if not 1 < comma - start <= MAX_FRONTED_PHRASE or toks[start].low not in _FRONTED_OPENERS:
        return False
    if any(t.kind != "w" for t in toks[start + 1:comma]) or comma + 2 >= len(toks):
        return False
    nxt = toks[comma + 1]
    return nxt.kind == "w" and nxt.low not in _NEW_CLAUSE and nxt.low not in {
        "and", "but", "or", "so", "then", "saying", "adding", "according"}


# verbs that cast an object as something ("described the situation as “catastrophic”",
# "dismissed his arguments as “malarkey”", "referred to Stone as “Person 1”"): the words
# said are the quoted ones, the object is the writer's (the news labels' convention, which
# keeps a partial quote; PolNeAR's unit keeps the object and is left alone)
_CASTING_CUE_STEMS = ("describ", "characteri", "refer", "dismiss", "critici", "slam",
                      "condemn", "defend", "hail", "prais", "brand", "label", "denounc",
                      "reject", "portray")
# "as", an optional article, then an opening quote: the object ends before "as"
_AS_OPENING_QUOTE = re.compile(r"\bas\s+(?:(?:an?|the)\s+)?[“\"]")
MAX_CAST_OBJECT_WORDS = 12  # a longer part before "as" is a clause, not an object
_QUOTE_MARKS = "“”\""


def _cast_as_quote(text: str, found: list[_Found]) -> None:
    """'Fletcher described the situation as “catastrophic”': the statement is the quoted
    words, not the object cast (statement unit). Only when the content is an object without
    quotes, "as" and one quote; words after the quote ("... “strategic recalibration” to
    give businesses room") are the writer's unless they quote again."""
    for f in found:
        if (f.cue is None or not f.cue.lower().startswith(_CASTING_CUE_STEMS)
                or len(f.pieces) != 1 or f.kind != "mixed"):
            continue
        a, b = f.pieces[0]
        content = text[a:b]
        m = _AS_OPENING_QUOTE.search(content)
        if m is None:
            continue
        head, rest = content[:m.start()], content[m.end():]
        close = next((i for i, ch in enumerate(rest) if ch in _QUOTE_MARKS), None)
        if (close is None or not head.split() or len(head.split()) > MAX_CAST_OBJECT_WORDS
                or any(ch in head for ch in _QUOTE_MARKS)
                or any(ch in rest[close + 1:] for ch in _QUOTE_MARKS)):
            continue
        inner = rest[:close].rstrip(" ,.;:!?")
        lead = len(inner) - len(inner.lstrip())
        if not inner.strip():
            continue
        f.pieces = [(a + m.end() + lead, a + m.end() + len(inner))]
        f.kind = "direct"


_THAT_AFTER = re.compile(r"\s+that\b")
# inner cues that infer or ask rather than report words ("the figures suggest that", "police
# believe that", "asked that someone open the door"): nested, they stay dropped
_INFERRING_LEMMAS = frozenset({"indicate", "suggest", "believe", "ask"})


def _reported_saying_that(text: str, f: _Found) -> bool:
    """Is ``f`` a speech cue's report with "that" after its verb and a named or described
    subject before it ("eyewitnesses noted that C"; not a pronoun or a relative's), whose verb
    reports words rather than an inference?"""
    if f.cue_kind != "speech" or f.cue_span is None or f.cue is None or (
            f.phrase.how in {"relative", "pronoun"}):
        return False
    entry = lx.CUES.get(f.cue.lower())
    if entry is not None and entry[0] in _INFERRING_LEMMAS:
        return False
    return _THAT_AFTER.match(text, f.cue_span[1]) is not None


def _drop_nested(found: list[_Found], text: str | None = None,
                 said_in: str | None = None) -> list[_Found]:
    """Drop statements whose cue lies inside the content of another statement of the same
    sentence: "The officials said they think that C" is the officials' statement, and "they
    think" is part of what they said; "Khalif said the demonstrators wanted to send a message"
    reports Khalif's claim, not a statement of the demonstrators. (PolNeAR train: 858 such
    nested statements, 172 matched a gold attribution; dropping them took all@0.3 P 0.819 ->
    0.865.) Kept: a named person's statement reported inside the content of someone else
    ("Judicial Watch noted that FBI Director James B. Comey said ..."; an outer content that
    begins "Rubio said that ..." is often a wrong cue), and any tracked official's statement,
    which the monitor would rather show twice than fold into a wrong outer one. ``said_in``
    (the text, statement unit only) keeps an inner report of words too
    (:func:`_reported_saying_that`: "The newspaper said that eyewitnesses noted that C")."""
    kept: list[_Found] = []
    # outer statements first (the longer content), and only a kept statement holds another:
    # in "X acknowledged C even as he defended Y, saying, “Q”" the "defended" statement is
    # nested in "acknowledged" and dropped, so the "saying" one after it stays (round 7)
    for f in sorted(found, key=lambda f: -sum(b - a for a, b in f.pieces)):
        if f.cue_span is None or f.official is not None:
            kept.append(f)
            continue
        at = f.cue_span[0]
        # (unnamed people "they" stands for, or the described source of a "who", are no one
        # named: "The union officials said they believe C" is one statement)
        named = f.person is not None and bool(f.person.name) and f.person.kind not in {
            "people", "described", "thing"}
        nested = False
        for g in kept:
            if g.via in {"belief", "question", "nominal", "poll", "expected", "seeming",
                         "reportedly"}:
                continue  # a belief's clause holds no one's statement (_bare_belief)
            if g is f or g.unit != f.unit or g.cue_span is None or not any(
                    a <= at < b for a, b in g.pieces):
                continue
            if named and f.person is not None and any(
                    a <= f.phrase.start < b for a, b in g.pieces) and (
                    g.person is None or g.person.name != f.person.name):
                continue  # someone else named inside the content: their own statement
            if said_in is not None and _reported_saying_that(said_in, f) and any(
                    a <= f.phrase.start < b for a, b in g.pieces) and (
                    f.person is None or g.person is None or f.person.name != g.person.name):
                continue  # "The newspaper said that eyewitnesses noted that C", "The Chinese
                # side stressed that C, the spokesperson said": the news labels mark the
                # inner report too (statement unit; miss37)
            cut = _coordinated_at(text, g, f) if text is not None else None
            if cut is not None:
                # "X said C1, and Y said C2": two reports joined, PolNeAR's two attributions
                # (its unit only, seventeenth session): the outer content ends before the
                # second report, which stays
                g.pieces = cut_pieces(g.pieces, cut)
                continue
            nested = True
            break
        if not nested:
            kept.append(f)
    held = {id(f) for f in kept}
    return [f for f in found if id(f) in held]


_COORDINATED = re.compile(r"(?:,\s*(?:and|but|while|whereas)|;)\s*$")
_WITH_BEFORE = re.compile(r"(?<=\w )with\s+$")  # "with" opening a share's clause, no
# mark before it (after a comma or a dash the outer content's own ends decide)
_SHARE_WORDS = re.compile(r"percent|per cent|%|\bin (?:10|ten)\b")  # a share's figure
MIN_COORDINATED_CHARS = 12  # the outer content keeps a few words before the joined report


def _coordinated_at(text: str, outer: _Found, inner: _Found) -> int | None:
    """Where the outer statement's content ends when the inner one's speaker opens a clause
    joined to it by ", and", ", but", ", while" or ";" (not a report the outer one makes:
    "said that X believed C" has no such joint), or None."""
    at = inner.phrase.start
    if inner.phrase.start > (inner.cue_span or (at, at))[0] or not any(
            a < at < b for a, b in outer.pieces):
        return None
    joint = _COORDINATED.search(text, max(0, at - 12), at)
    if joint is None and inner.cue_span is not None and text[
            inner.cue_span[0] : inner.cue_span[1]] == "saying" and _SHARE_WORDS.search(
            text, inner.phrase.start, inner.phrase.end) and not (
            outer.person is not None and outer.person.kind == "document"):
        joint = _WITH_BEFORE.search(text, max(0, at - 6), at)  # "described themselves as
        # liberals with about three in 10 saying C": a share's own clause, as PolNeAR
        # spans it (not a poll's finding: "the poll showed C, with 56 percent saying D";
        # nor "with 40 percent supporting him", one finding; desc37)
    if joint is None:
        return None
    cut = joint.start()
    while cut > 0 and text[cut - 1].isspace():
        cut -= 1
    if cut - outer.pieces[0][0] < MIN_COORDINATED_CHARS:
        return None
    return cut


# which of two statements with the same content to keep: a tracked official first, then a
# speaker named in the text over one a pronoun or a description stands for
_RESOLUTION_RANK = {"name": 0, "alias": 0, "title": 1, "pronoun": 2, "previous-speaker": 3,
                    "description": 4}


_JOINT_KEY = "joint_officials"  # extra: "id=Name;..." of a group's registry officials


MIN_TRANSCRIPT_MORE_WORDS = 3  # a transcript line's further sentence: a few words at least
_QUOTE_MARK = re.compile(r"''|``|[\"“”„«»]")  # a double quotation mark (quotes.py's)


_BULLETS = frozenset({"•", "-", "–", "—", "*", "·", "▪", "►"})
_LEAD_DASHES = _DASHES | {"-"}  # (a typed hyphen too: "12:30 GMT - ")
# a clock time written as one token ("12:45", "9.30") and the halves of a day after one: a
# live blog's time stamp before a colon, no speaker's words (round 23)
_CLOCK_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
_DAY_HALVES = frozenset({"a.m.", "p.m.", "a.m", "p.m"})
_CLOCK_ZONES = frozenset({"gmt", "utc", "et", "est", "edt", "cet", "cest", "bst", "msk",
                          "eet", "eest", "pt", "pst", "a.m.", "p.m.", "am", "pm", "local",
                          "time", "kyiv", "moscow"})
MAX_CREDIT_NAME = 4  # "— Russian Foreign Ministry spokeswoman", "— Peskov": a short credit


MAX_COORDINATED_NP = 5  # "the suspect", "his wife", "President Donald J. Trump": short
_FINITE_WORDS = _FINITE_AUXILIARIES | {"am", "shall", "do", "be", "been", "being", "not"}


def _clause_subject_start(toks: list[Token], cue: _Cue, i: int) -> int:
    """Where a later cue's subject at ``i`` starts the clause a speech cue reports: ``i``
    itself, or, when it is the second part of a coordinated subject that opens the clause
    right after the cue or its "that" ("said the suspect and the victim argued", "said Trump
    and Putin had agreed"), the clause's start (a stop there ends no content: the later
    statement is nested; nineteenth session)."""
    that = cue.j < len(toks) and toks[cue.j].low == "that"
    opening = _that_after(toks, cue.j, i)
    if opening is not None and _fronted_in_clause(toks, opening + 1, i):
        return opening + 1  # "disclosed that after the rape, X called her": nested (pron34)
    if i < 2 or toks[i - 1].low != "and" or not (
            that or (cue.kind in {"speech", "clause"} and cue.j - cue.i == 1)):
        return i  # (not a stance's object: "23 percent favored Mr. Cruz and 15 percent
        # backed Rubio"; nor a particle verb's: "talked about Zika and his campaign did not")
    opens = cue.j + that
    return opens if opens < i - 1 and _subject_noun_phrase(toks, opens, i - 1) else i


MAX_FRONTED_TOKENS = 8  # "after the rape", "when he took office in 2009": a short adverbial


MAX_CUE_SUFFIX_WORDS = 5  # "disclosed for the first time that": words between cue and "that"


def _that_after(toks: list[Token], k: int, end: int) -> int | None:
    """The "that" opening a reported clause at ``k`` or after a few words there ("disclosed
    for the first time that"), before ``end``, with no punctuation or cue before it."""
    for m in range(k, min(end, k + MAX_CUE_SUFFIX_WORDS + 1)):
        if toks[m].kind != "w" or (m > k and toks[m].low in lx.CUES):
            return None
        if toks[m].low == "that":
            return m
    return None


def _fronted_in_clause(toks: list[Token], start: int, i: int) -> bool:
    """Is ``toks[start:i]`` an adverbial fronted inside a reported clause, a comma closing it
    right before the later subject at ``i`` ("She disclosed that after the rape, Clinton
    called her", "said that in 2014, the firm had"): a preposition or a subordinator of time
    or reason opening it, only words in it, at most :data:`MAX_FRONTED_TOKENS`? The later
    subject's statement is then inside the clause "that" opened, not the end of it (pron34)."""
    words = toks[start : i - 1]
    return 0 < len(words) <= MAX_FRONTED_TOKENS and toks[i - 1].low == "," and (
        words[0].low in _PREPOSITIONS or words[0].low in _SUBORDINATORS) and all(
        t.kind == "w" for t in words)


def _subject_noun_phrase(toks: list[Token], start: int, end: int) -> bool:
    """Is ``toks[start:end]`` a short noun phrase that "and" goes on from (the first part of a
    coordinated subject, "the suspect" of "the suspect and the victim argued"), with no
    verb, cue or punctuation in it?"""
    words = toks[start:end]
    return 0 < len(words) <= MAX_COORDINATED_NP and all(
        t.kind == "w" and t.low not in _FINITE_WORDS
        and (t.low not in lx.CUES or m > 0)  # ("the suspect": a noun after its determiner)
        and not (t.low.endswith("ed") and not _cap(t)) for m, t in enumerate(words)) and (
        words[0].low in lx.DETERMINERS or _cap(words[0]))


# conjunctions that open a clause of time or manner ("As the search continues, ...", "While
# fighting continued, ...")
_CLAUSE_OF_TIME = frozenset({"as", "while", "when", "since"})


def _going_on_clause(toks: list[Token], k: int) -> bool:
    """Is the "continue" at ``toks[k]`` the verb of a clause of time that a comma closes ("As
    the investigation continues, police said ...", "While the talks continued, ...")? Its
    clause opens the unit or follows a comma or a colon, with one of :data:`_CLAUSE_OF_TIME`,
    and no quote follows the comma."""
    if k + 2 >= len(toks) or toks[k + 1].low != "," or toks[k + 2].kind == "q":
        return False  # ("As Smith continued, “Q”": the quote is what was said on)
    m = k
    while m > 0 and toks[m - 1].kind == "w":
        m -= 1
    return m < k - 1 and toks[m].low in _CLAUSE_OF_TIME and (
        m == 0 or toks[m - 1].low in {",", ":", ";"})  # (after a time stamp's colon too)


def _lead_marks(toks: list[Token]) -> int:
    """Where a unit's words start after a bullet ("•", "-") or a live blog's time stamp and
    its dash ("12:30 GMT —"), or 0 when it opens with neither."""
    k = 0
    if k < len(toks) and toks[k].kind == "p" and toks[k].low in _BULLETS:
        k += 1
    if k + 2 < len(toks) and toks[k].low.isdigit() and toks[k + 1].low == ":" and (
            toks[k + 2].low.isdigit()):
        m = k + 3
        while m < len(toks) and toks[m].low in _CLOCK_ZONES:
            m += 1
        if m < len(toks) and toks[m].low in _LEAD_DASHES:
            k = m + 1
    return k


def _dash_credit(toks: list[Token]) -> tuple[_Cue, Phrase] | None:
    """'- “We will not accept ultimatums” — Peskov': a quote credited by a dash to a short
    name that ends the unit (a list of key quotes), as the cue and the name's phrase; else
    None (nineteenth session)."""
    k = _lead_marks(toks)
    end = len(toks)
    while end > k and toks[end - 1].kind == "p" and toks[end - 1].low in {".", ";"}:
        end -= 1
    if not (k + 2 < end and toks[k].kind == "q" and (
            toks[k + 1].low in _LEAD_DASHES or toks[k + 1].low == ":")):
        return None
    # a headline's setting after the name ('“Progress, but no breakthrough”: Witkoff after
    # Moscow talks'; twenty-first session)
    stop = next((m for m in range(k + 3, end) if toks[m].low in _CREDIT_SETTINGS), end)
    if end - stop > MAX_CREDIT_SETTING:
        return None
    name = toks[k + 2 : stop]
    if not 0 < len(name) <= MAX_CREDIT_NAME or not all(
            t.kind == "w" and (_cap(t) or t.low in lx.SPEAKER_NOUNS) for t in name):
        return None
    return (_Cue(k + 1, k + 2, "say", "speech"),
            Phrase(k + 2, stop, "right", toks[k + 2].start, toks[stop - 1].end))


# words opening a credited quote's setting ("— Witkoff after Moscow talks", ": Peskov on the
# plan"), and the most words the setting may have
_CREDIT_SETTINGS = frozenset({"after", "on", "in", "at", "about", "over", "before", "during"})
MAX_CREDIT_SETTING = 6


def _past_aside(toks: list[Token], j: int, cue_i: int) -> int:
    """Where the words between a speaker phrase (ending at ``j``) and its cue start once an
    aside set off by commas is passed ("officials, speaking on condition of anonymity because
    they were not authorized to ..., said": no negation of the cue; nineteenth session)."""
    last = max((m for m in range(j, cue_i) if toks[m].low == ","), default=-1)
    start = last + 1 if last >= 0 and toks[j].low == "," else j
    # "Biden did not comment on the report, but said that C": the negation is the first
    # verb's; the cue's own words start after the conjunction that joins it (round 30)
    joined = max((m for m in range(start, cue_i) if toks[m].low in _VERB_JOINS), default=-1)
    return joined + 1 if joined >= 0 else start


# conjunctions before a cue whose subject is the clause's before them (not "or": "suspect or
# suspects", "Stated or implied", "or declare a national emergency" were junk in round 30)
_CUE_CONJUNCTIONS = frozenset({"and", "but"})
_VERB_JOINS = frozenset({"but", "and"})  # open a second verb's words ("yet" after "not": an adverb)


def _transcript_turns(text: str, found: list[_Found], transcript: frozenset[str]) -> None:
    """A transcript's turn in capitals ("FALLIN: I think he is trying to campaign as a racial
    healer. I think that has been part of his message.") is the speaker's words to the
    paragraph's end, as PolNeAR spans it, whatever statements it holds (they are nested in it
    and folded by :func:`_drop_nested`); twenty-fourth session. Changes ``found`` in place."""
    for f in found:
        if f.cue != ":" or not f.pieces or text[f.phrase.start : f.phrase.end] not in transcript:
            continue
        a = f.pieces[0][0]
        end = text.find("\n", a)
        end = len(text) if end < 0 else end
        while end > a and text[end - 1].isspace():
            end -= 1
        f.pieces = [(a, end)]
        f.kind = "direct"


def _transcript_lines(text: str, found: list[_Found]) -> None:
    """'Sybiha: We will never accept a plan that rewards aggression. Ukraine wants peace,
    but not at any price.': a transcript's line, a speaker's label opening the paragraph, is
    their words to the paragraph's end, verbatim (a direct statement), not its first
    sentence alone; unless another statement starts before that end or the line quotes
    (a headline "Peskov: “No date yet”") (nineteenth session). Changes ``found`` in place."""
    starts = sorted(f.pieces[0][0] for f in found if f.pieces)
    for f in found:
        if f.cue != ":" or not f.pieces or len(f.pieces) != 1 or f.kind == "direct":
            continue
        label = f.phrase.start
        line = text.rfind("\n", 0, label) + 1
        if text[line:label].strip():
            continue  # (the label opens the paragraph)
        a, b = f.pieces[0]
        end = text.find("\n", b)
        end = len(text) if end < 0 else end
        while end > b and text[end - 1].isspace():
            end -= 1
        if line == 0 or len(text[b:end].split()) < MIN_TRANSCRIPT_MORE_WORDS or any(
                b <= x < end for x in starts) or _QUOTE_MARK.search(text, a, end):
            continue  # (not a headline, the first line; nor a line of one sentence)
        f.pieces = [(a, end)]
        f.kind = "direct"


def _answers(text: str, discourse: Discourse, found: list[_Found]) -> list[_Found]:
    """Each answer of a Q&A transcript ("A: No. We will never recognise it.") that holds no
    statement of its own, as the interviewee's direct words, up to the paragraph's end. The
    label "A" is the mention; the speaker is who the introduction names
    (:meth:`Discourse.interviewee`)."""
    person = discourse.interviewee() if discourse.answers else None
    if person is None:
        return []
    taken = [(a, b) for f in found for a, b in f.pieces]
    out: list[_Found] = []
    for start, end in discourse.answers:
        label = ANSWER_LABEL.match(text, start)  # the answers start where the label matched
        if label is None:
            continue
        a = label.end()
        while a < end and text[a] in " \t":
            a += 1
        b = text.find("\n", a)
        b = end if b < 0 or b > end else b
        while b > a and text[b - 1].isspace():
            b -= 1
        if len(text[a:b].split()) < MIN_ANSWER_WORDS or any(x < b and a < y for x, y in taken):
            continue
        mark = label.start() + len(label.group()) - len(label.group().lstrip())  # the "A"
        phrase = Phrase(0, 0, "left", mark, mark + 1)
        out.append(_Found(-1, phrase, person, person.official, None, None, "direct", [(a, b)],
                          CONF_ANSWER, via="interview"))
    return out


def _each_official(statements: list[Statement]) -> list[Statement]:
    """A statement made together by named people of whom some are tracked officials ("Rubio
    and Witkoff said ...") becomes one statement per official, each with the official as its
    speaker, so that alerts, novelty and reports per official see it; ``extra["joint"]``
    keeps the group's name."""
    out: list[Statement] = []
    for st in statements:
        joint = st.extra.get(_JOINT_KEY)
        if not joint:
            out.append(st)
            continue
        extra = {k: v for k, v in st.extra.items() if k != _JOINT_KEY}
        extra["joint"] = st.speaker or ""
        for member in joint.split(";"):
            official, _, name = member.partition("=")
            written = fold(name) in fold(st.mention)  # "Marco Rubio, Steve Witkoff and ..."
            out.append(dataclasses.replace(
                st, speaker=name, official=official, extra=dict(extra),
                resolution="name" if written and st.resolution == "alias" else st.resolution))
    return out


def _one_per_content(statements: list[Statement]) -> list[Statement]:
    """One statement per content span: two cues of a sentence can take the same words ("Bush
    thought for a moment and said that “Q”", "Forbes said in an article that C"), and one
    thing said is one statement, given to the best-resolved speaker."""
    best: dict[tuple[int, int, str], int] = {}
    for k, st in enumerate(statements):
        key = (st.start, st.end, st.extra.get("pieces", ""))
        held = best.get(key)
        if held is None or _rank(st) < _rank(statements[held]):
            best[key] = k
    keep = set(best.values())
    return [st for k, st in enumerate(statements) if k in keep]


def _rank(st: Statement) -> tuple[int, int]:
    return (st.official is None, _RESOLUTION_RANK.get(st.resolution, len(_RESOLUTION_RANK)))


MAX_CIRCUMSTANCE_TOKENS = 16  # "said in an op-ed piece before a 2014 Senate hearing, “Q”"
_CIRCUMSTANCE_START = _PREPOSITIONS | {"as", "when", "while", "with", "without", "upon"}


def _as_stance(toks: list[Token], k: int) -> tuple[str, str] | None:
    """("see", "stance") when the word at ``k`` is a verb of :data:`_AS_STANCE_FORMS` whose
    object (one to :data:`MAX_AS_OBJECT` words, no punctuation, no verb of a clause) is
    followed by "as": "sees the convention as a second chance"; not "as" right after the
    verb ("seen as", a passive's), nor "such as"."""
    lemma = _AS_STANCE_FORMS.get(toks[k].low)
    if lemma is None or (k and toks[k - 1].low in _ING_NOUN_BEFORE):
        return None  # ("built a brand around his image as", "his view as"): a noun
    n = len(toks)
    for m in range(k + 1, min(n, k + MAX_AS_OBJECT + 2)):
        tok = toks[m]
        if tok.low == "as":
            if m == k + 1 or toks[m - 1].low == "such" or (
                    m + 1 < n and toks[m + 1].low in {"well", "much", "many", "soon", "long",
                                                       "far", "if", "though"}):
                return None
            return lemma, "stance"
        if tok.kind != "w" or tok.low in _FINITE_VERBS or tok.low in _AS_NOT_OBJECT or (
                tok.low in _RELATIVE_OPENERS):
            return None  # ("cast their votes for X as"; "saw that", "saw to it")
    return None


_AS_NOT_OBJECT = frozenset({"that", "to", "vote", "votes", "ballot", "ballots", "for"})


# words between a plural subject and its verb: "advocates also said", "critics have said"
_SUBJECT_VERB_GAP = frozenset({"also", "have", "had", "all", "both", "now", "later", "often",
                               "previously", "long"})


def _speech_verb_next(toks: list[Token], k: int) -> bool:
    """Does a finite speech or thought verb of the lexicon open at ``toks[k]`` (one adverb or
    auxiliary before it allowed: "also said", "have argued")?"""
    n = len(toks)
    if k < n and toks[k].low in _SUBJECT_VERB_GAP:
        k += 1
    if k >= n or toks[k].kind != "w" or toks[k].low.endswith("ing"):
        return False
    entry = lx.CUES.get(toks[k].low)
    if toks[k].low in _FINITE_SPEECH_BASES:
        return True
    return entry is not None and entry[1] in {"speech", "clause"} and toks[k].low != entry[0]


_FINITE_SPEECH_BASES = frozenset({"say", "argue", "warn", "claim", "insist", "believe",
                                  "think", "tell"})  # "advocates say", "critics argue"


# words of demanding whose "that" clause says what someone must do ("its demand that Russia
# declare a cease-fire", "insisted that Moscow agree"): a verb in it is no one's speech
_DEMAND_WORDS = frozenset({"demand", "demands", "demanded", "demanding", "insist", "insists",
                           "insisted", "insisting", "urge", "urges", "urged", "urging",
                           "request", "requests", "requested", "propose", "proposes",
                           "proposed", "proposal", "recommend", "recommends", "recommended",
                           "require", "requires", "required", "requirement", "ask", "asks",
                           "asked"})
MAX_MANDATED_SUBJECT = 4  # "that the Russian government declare": the subject's words


def _past_adverbs_before(toks: list[Token], k: int) -> int:
    """Where the adverbs right before a verb at ``k`` start ("has also angered", "quickly
    drew"): ``k`` stepped back over them (not over "been"/"being")."""
    b = k
    while b > 0 and toks[b - 1].kind == "w" and (
            toks[b - 1].low in _ADVERBS_BEFORE_PASSIVE - {"been", "being"} or (
                toks[b - 1].low.endswith("ly") and not _cap(toks[b - 1]))):
        b -= 1
    return b


def _mandated(toks: list[Token], k: int, lemma: str) -> bool:
    """Is cue word ``k`` a verb in its base form in a "that" clause after a word of
    demanding, with a short subject between ("its demand that Russia declare an immediate
    cease-fire")? The mandative mood: what someone is asked to say, not what they said."""
    if toks[k].low != lemma:
        return False
    for m in range(k - 2, max(0, k - 2 - MAX_MANDATED_SUBJECT), -1):
        if toks[m].low == "that":
            return m > 0 and toks[m - 1].low in _DEMAND_WORDS and all(
                t.kind == "w" and t.low not in _FINITE_WORDS for t in toks[m + 1 : k])
        if toks[m].kind != "w":
            return False
    return False


def _owned_noun(toks: list[Token], k: int) -> bool:
    """Is the word at ``k`` a noun after a determiner or a possessive ("Obama’s focus on
    mental health", "a push back on the rule", "his campaign against the tax"), not the verb
    of a phrase cue (recall30)? "he’s focusing on" (a pronoun's "is") stays a verb."""
    if k == 0 or toks[k - 1].kind != "w":
        return False
    before = toks[k - 1].low
    return before in _NOUN_DETERMINERS or (before.endswith(("’s", "'s")) and not (
        _PRONOUN_SUBJECT.match(before) or before[:-2] in _RELATIVE_WORDS))


# determiners before a participle used as an adjective ("a written statement", "Another
# alleged gunman", "this written account"; round 33 added all but the articles); not "her",
# an object too ("told her written ..." is rare, "asked her" common)
_PARTICIPLE_DETERMINERS = frozenset({"a", "an", "the", "another", "this", "that", "each",
                                     "every", "his", "their", "its", "our", "my", "your"})


# signs of money written before an amount ("$125 billion", "€3 million"): the words after one
# are an amount, never a speaker
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥", "₴", "₽"})
# words of an amount between an article and what it measures ("a $125 billion", "a 20
# percent", "the 3.5 million"): numbers, their scale words and units
_AMOUNT_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "percent",
                           "%", "per", "cent"}) | CURRENCY_SIGNS
MAX_AMOUNT_TOKENS = 4  # "$", "125", "billion"; "3", ".", "5", "million" stays within reach


def _after_amount(toks: list[Token], k: int) -> bool:
    """Does an article and an amount stand right before word ``k`` ("a $125 billion
    estimated cost", "an 8 percent projected rise")? Then ``k`` modifies a noun."""
    m = k - 1
    while m >= 0 and k - 1 - m < MAX_AMOUNT_TOKENS and (
            toks[m].low in _AMOUNT_WORDS or toks[m].low.replace(",", "").isdigit()
            or toks[m].low == "."):
        m -= 1
    return k - 1 - m >= 1 and m >= 0 and toks[m].low in {"a", "an", "the"} and any(
        toks[n].low.replace(",", "").isdigit() for n in range(m + 1, k))


# passive participles of being named after "to be" ("declined to be identified", "refused
# to be named"): a refusal to be named, no words of the speaker's
_NAMED_PARTICIPLES = frozenset({"identified", "named", "quoted"})


def _withheld_name_then_tag(toks: list[Token], k: int) -> bool:
    """Do tokens ``k``.. read "be identified" (or "named", "quoted") with a verb of saying
    right after ("declined to be identified said C")? The verb is the sentence's; the
    chain before it reports nothing."""
    return k + 2 < len(toks) and toks[k].low == "be" and (
        toks[k + 1].low in _NAMED_PARTICIPLES) and (
        lx.CUES.get(toks[k + 2].low, ("", ""))[1] == "speech")


# cue words that, after a word of arms, are the noun of an armed attack ("the military
# attack on the delegation", "terrorist attacks", "drone strikes"), not criticism
_ASSAULT_NOUNS = frozenset({"attack", "attacks", "assault", "assaults", "strike", "strikes"})
_ARMED_MODIFIERS = frozenset({"military", "terrorist", "terror", "missile", "drone", "air",
                              "rocket", "armed", "suicide", "bomb", "knife", "gun", "chemical",
                              "militant", "insurgent", "artillery", "naval", "ground", "deadly",
                              "retaliatory", "cross-border"})
# forms of "run" before "counter to": the idiom "runs counter to", where "counter" is an
# adverb ("All ran counter to his earlier statements"; pron36: the speaker was "All ran")
_RUN_FORMS = frozenset({"run", "runs", "ran", "running"})


# singular nouns of many people that take a plural verb ("the police state that C")
_COLLECTIVE_SUBJECTS = frozenset({"police", "people", "staff", "public", "media", "clergy"})


def _noun_form(toks: list[Token], k: int) -> bool:
    """True when the cue word at ``k`` is a noun or an adjective here, not a verb: "Cruz’s
    thinking", "the warning" (not "He’s claiming"); "all five states", "their claims" (not
    "wrote to her say"); "280 pledged delegates"; the adverb of "runs counter to"."""
    low = toks[k].low
    before = toks[k - 1].low if k else ""
    if low == "counter" and before in _RUN_FORMS:
        return True
    if low.endswith(("ed", "en")) and before in _PARTICIPLE_DETERMINERS and k + 1 < len(toks) and (
            toks[k + 1].kind == "w" and not _cap(toks[k + 1]) and nounish(toks[k + 1].low)):
        return True  # "in a written statement", "a prepared statement": a participle between
        # an article and a noun is an adjective (pron30)
    if low in _ASSAULT_NOUNS and before in _ARMED_MODIFIERS:
        return True  # "the Israeli military attack on the delegation", "terrorist attacks
        # that killed": an armed attack, no one attacking in words (round 36: "the Israeli
        # military" spoke the ministry's words); "Republican attacks on her record" stay
        # PolNeAR's stance
    if low == "state" and k >= 2 and toks[k - 2].low in _ARTICLES and toks[k - 1].kind == "w" \
            and not _cap(toks[k - 1]) and not toks[k - 1].low.endswith("s") and (
                toks[k - 1].low not in _COLLECTIVE_SUBJECTS):
        return True  # "the welfare state “won't be there”", "a nation state": the base form
        # after an article and a singular noun is that noun's head, not its verb (round 37:
        # "the welfare" spoke the minister's quote); "the police state that C" stays a cue
    if low.endswith("ed") and _after_amount(toks, k):
        return True  # "a $125 billion estimated cost": a participle after an article's
        # amount is an adjective (round 36: "estimated" was a cue, "125 billion" its speaker)
    if low.endswith("s") and not low.endswith("ss") and low not in _NEVER_PLURAL_NOUNS and (
            _speech_verb_next(toks, k + 1)) and (
            not (k >= 2 and _cap(toks[k - 1])) and not _PRONOUN_SUBJECT.match(before)
            and before not in _RELATIVE_WORDS):
        return True  # "Refugee advocates said", "Critics also argued": the plural noun is the
        # subject of the speech verb after it (twentieth session; not "which Will claims
        # affirmed C": a name, then its verb)
    if low.endswith("ing") and (before in _ING_NOUN_BEFORE or (
            before.endswith(("’s", "'s")) and before[:-2] not in _IS_CONTRACTED)):
        return True
    if low.endswith("s") and not low.endswith("ss") and k and (
            (before in _ING_NOUN_BEFORE and before != "her") or _plural_number(toks[k - 1])
            or before.endswith(("’s", "'s")) or before in _PLURAL_DETERMINERS
            or (low in _PLURAL_SPEECH_NOUNS and before in _MAKE_FORMS)):
        # ("on some questions she chose", "made comments that were": nouns, not verbs)
        return True  # ("Peskov’s remarks came": no verb's -s form follows a possessive)
    if low.endswith("s") and not low.endswith("ss") and k >= 2 and (
            before in _NOUN_ADJECTIVES or before.endswith("ed")) \
            and (toks[k - 2].low in _ING_NOUN_BEFORE or toks[k - 2].low.endswith(("’s", "'s"))):
        return True  # "his recent remarks", "their repeated claims", "Peskov's latest remarks";
        # a participle so placed is an adjective too: "her recovered emails" (twenty-ninth
        # session)
    if before in _NOUN_ADJECTIVES and before not in _PLURAL_ADJECTIVES and (
            lx.CUES.get(low, ("",))[0] == low):
        return True  # "putting additional stress on", "without further comment": a base
        # form after such an adjective is a noun (twenty-ninth session)
    if low.endswith("s") and not low.endswith("ss") and k >= 2 and toks[k - 2].low == "to" \
            and toks[k - 1].kind == "w" and before.isalpha() and not _cap(toks[k - 1]) \
            and before not in lx.NP_BOUNDARY and before not in lx.PRONOUN_CASES \
            and not (k + 1 < len(toks) and toks[k + 1].low == "of"):
        return True  # "reluctant to detain suspects": the object of an infinitive (29th
        # session; not "to whom he reports", "to her claims", nor a speech noun's "of":
        # "roused the crowd to spontaneous chants of “Q”", PolNeAR's cue)
    if low.endswith("s") and not low.endswith("ss") and k >= 2 and toks[k - 1].kind == "w" \
            and before.endswith(_PLAIN_ADJECTIVE_ENDINGS) and not nounish(before) \
            and before not in _ADJECTIVE_LIKE_NOUNS and toks[k - 2].low in lx.DETERMINERS:
        return True  # "the groundless remarks made by", "any potential suspects": a
        # determiner and an adjective before a plural noun (twenty-ninth session)
    if low.endswith("s") and not low.endswith("ss") and k >= 2 and toks[k - 1].kind == "w" \
            and toks[k - 2].low in _COMPARATIVES:
        return True  # "one of the most polarizing figures", "the least vocal critics"
    if low in _PARTICIPLE_ADJECTIVES and (before in _ING_NOUN_BEFORE or before.endswith(
            ("’s", "'s"))):
        return True  # "the congressman’s alleged abusive behavior", "the reported deal"
    if low in _PLURAL_SPEECH_NOUNS and k >= 2 and before.endswith(_DESCRIBING_ENDINGS) and (
            toks[k - 2].low in _ING_NOUN_BEFORE or toks[k - 2].low.endswith(("ly", "’s", "'s"))
            or toks[k - 2].low in _MAKE_FORMS):
        return True  # "the misogynistic jokes that", "sexually graphic comments"
    if k >= 2 and toks[k - 2].low in {"a", "an"} and toks[k - 1].kind == "w" and (
            _cap(toks[k - 1]) or before in _NOUN_ADJECTIVES or before.endswith(
                _ADJECTIVE_ENDINGS)) and lx.CUES.get(low, ("",))[0] == low:
        return True  # "in a Telegram post", "a Facebook post", "a recent call", "a passionate
        # advocate" (a base form after an article and an adjective is a noun)
    if before in _ARTICLES and lx.CUES.get(low, ("",))[0] == low:
        return True  # "in reference to a tweet Labott posted": no verb follows an article
    if (lx.CUES.get(low, ("",))[0] == low or _ATTRIBUTION_STANCES.get(low, ("",))[0] == low) \
            and (before in _POSSESSIVE_DETERMINERS or (
            before.endswith(("’s", "'s")) and before[:-2] not in _IS_CONTRACTED
            and before[:-2] not in _LET_FORMS)):
        return True  # "accepted that Trump’s outline for America was": no verb's base form
        # follows a possessive (desc36; not "Let’s say", "heard her say")
    if (lx.CUES.get(low, ("",))[0] == low or _ATTRIBUTION_STANCES.get(low, ("",))[0] == low) \
            and k and toks[k - 1].kind == "w" and not before.endswith("s") and (
                not _PRONOUN_SUBJECT.match(before)) and low not in _FINITE_SPEECH_BASES \
            and k + 2 < len(toks) and _cap(toks[k + 1]):
        m = k + 1
        while m < len(toks) and _cap(toks[m]) and toks[m].kind == "w" and not (
                toks[m].low.endswith(("’s", "'s"))):
            m += 1
        if m - k > 2 and _speech_verb_next(toks, m):
            return True  # "Olympic champion Usain Bolt said", "Heavyweight champion Wladimir
            # Klitschko said": a title before the full name that speaks, no verb with the name
            # as its object (a speech verb right after the name; desc36). Not after a plural
            # or a pronoun, a verb's subject ("Witnesses say Hernandez said"), nor before a
            # possessive ("could declare Beijing's claim ... invalid")
    if low == "suspect" and k >= 2 and toks[k - 2].low in _ING_NOUN_BEFORE and (
            toks[k - 1].kind == "w" and not _cap(toks[k - 1])):
        return True  # "an unknown suspect opened fire", "the alleged suspect": the person
        # crime news calls so, no one suspecting (twenty-fourth session)
    if low == "report" and _report_noun(toks, k):
        return True  # "the Mueller report", "a Guardian newspaper report revealed", "in the
        # police report as a gang member": a document, no one reporting (round 30)
    if low == "suspect" and k and _singular_before_suspect(toks[k - 1]):
        return True  # "Murder suspect Sidney Muller", "a shooting suspect still on the
        # loose", "another suspect": a singular word before the base form, which as a verb
        # would need a plural subject or an auxiliary (round 30)
    if low == "suspected" and k + 1 < len(toks) and (
            before in _ING_NOUN_BEFORE or toks[k - 1].low.isdigit()
            or before in _COUNT_WORDS) and toks[k + 1].kind == "w" and not _cap(toks[k + 1]) \
            and toks[k + 1].low not in lx.NP_BOUNDARY:
        return True  # "arrested five suspected far-right extremists", "the suspected gunman"
    if low in _NOUN_LIKE_BASES and k >= 2 and not before.endswith("s") and (
            toks[k - 1].kind == "w" and not _cap(toks[k - 1])
            and before not in _PLURAL_WITHOUT_S):
        m = k - 1  # "a signature campaign promise": an article, singular modifiers, the noun
        while m >= 0 and k - m <= MAX_COMPOUND_MODIFIERS and toks[m].kind == "w" and (
                toks[m].low not in _COMPOUND_OPENERS and toks[m].low not in lx.NP_BOUNDARY
                and not _cap(toks[m]) and not _verb_cue(toks[m])
                and not (toks[m].low.endswith("s") and not toks[m].low.endswith("ss"))):
            # (a plural stops it: "More than half the senators surveyed support", a verb)
            m -= 1
        if m >= 0 and m < k - 1 and toks[m].low in _COMPOUND_OPENERS:
            return True
    if low == "state" and k + 1 < len(toks) and toks[k + 1].low in _STATE_NOUNS:
        return True  # "on Russian state TV", "the state news agency", "Wisconsin state Rep.
        # David Bowen": not the verb
    if low == "states" and k >= 2 and _cap(toks[k - 1]) and k + 1 < len(toks) and (
            toks[k + 1].low in _AFTER_PLURAL_NOUN):
        return True  # "Rust Belt states have suffered", "moves to Western states this week"
    if low == "thanks" and k + 1 < len(toks) and toks[k + 1].low == "to":
        return True  # "won the seat thanks to the Grayson name": owing to, no thanks given
    if k >= 1 and k + 2 < len(toks) and lx.CUES.get(low, ("",))[0] == low and (
            _cap(toks[k + 1]) and _cap(toks[k + 2])) and (
            toks[k - 1].low.isdigit() or ("-" in toks[k - 1].low and not _cap(toks[k - 1]))
            or lx.CUES.get(toks[k - 1].low, ("",))[0] == "say"):
        return True  # "said four-time champion Max Verstappen", "Formula 1 champion Max
        # Verstappen": a base form before a name, after a number, a compound modifier or
        # "said", is the title of the name (twenty-second session)
    if low.endswith("s") and not low.endswith("ss") and k + 1 < len(toks) and (
            toks[k + 1].low in _FINDING_VERBS):
        return True  # "New figures show a rise", "Estimates suggest": the subject of a
        # finding, a plural noun (a verb's -s form takes no verb right after it)
    return low == "pledged" and k + 1 < len(toks) and toks[k + 1].low in {"delegate",
                                                                           "delegates"}


_ARTICLES = frozenset({"a", "an", "the"})
# cue words in -s that are verbs only, never a plural subject before the next verb ("The police
# chief says charges against the couple are pending": "says" is no noun, "charges" no verb)
_NEVER_PLURAL_NOUNS = frozenset({"says", "tells", "adds"})


MAX_TITLE_BEFORE_AND = 5  # "Secretary of State and ...", "Foreign Minister and ..."


def _title_before_and(toks: list[Token], phrase: Phrase) -> Phrase:
    """A speaker phrase that starts after "and" takes in the capitalised title before it: "C,
    Secretary of State and acting national security adviser Marco Rubio said" is one person
    with two titles, not "acting national security adviser Marco Rubio" after a conjunction
    that ends no clause. The words before "and" must be a title's (capitalised words and "of",
    one of them a title word) back to a comma, a quote or the sentence's start."""
    k = phrase.i - 1
    if phrase.how != "left" or k < 1:
        return phrase
    if toks[k].low != "and":  # "investigators and bomb experts": modifiers before the head
        m = k
        while m > 0 and phrase.i - m <= MAX_PEOPLE_BEFORE_AND and toks[m].kind == "w" and (
                not _cap(toks[m])) and toks[m].low != "and" and (
                toks[m].low not in lx.NP_BOUNDARY):
            m -= 1
        return _people_before_and(toks, phrase, m) if toks[m].low == "and" and m < k else (
            phrase)
    if not _cap(toks[k - 1]):
        return _people_before_and(toks, phrase, k)
    m = k - 1
    while m > 0 and k - m < MAX_TITLE_BEFORE_AND and (
            _cap(toks[m - 1]) or toks[m - 1].low == "of"):
        m -= 1
    if (m > 0 and toks[m - 1].low != "," and toks[m - 1].kind != "q") or toks[m].low == "of" \
            or not any(t.low in lx.TITLE_WORDS for t in toks[m:k]):
        return phrase
    return Phrase(m, phrase.j, phrase.how, toks[m].start, phrase.end, phrase.core)


MAX_PEOPLE_BEFORE_AND = 3  # "investigators and bomb experts", "local officials and police"


def _people_before_and(toks: list[Token], phrase: Phrase, k: int) -> Phrase:
    """A plural speaker phrase after "and" takes in the people named before it, back to a
    comma: "C, investigators and bomb experts say" is both groups, not "experts" after words
    that then end no clause. The words before "and" are a few lower-case ones ending in a
    plural noun or a speaker noun, and the phrase's own head is one too."""
    m = k
    while m > 0 and k - m < MAX_PEOPLE_BEFORE_AND and toks[m - 1].kind == "w" and (
            not _cap(toks[m - 1])) and toks[m - 1].low not in lx.NP_BOUNDARY:
        m -= 1
    if m == k or m == 0 or toks[m - 1].low != ",":
        return phrase
    if not (_people_head(toks[k - 1].low) and _people_head(toks[phrase.j - 1].low)):
        return phrase
    return Phrase(m, phrase.j, phrase.how, toks[m].start, phrase.end, phrase.core)


def _people_head(low: str) -> bool:
    """A plural noun or a speaker noun, the head of a group of people ("experts", "police")."""
    return low in lx.SPEAKER_NOUNS or low in _PLURAL_WITHOUT_S or (
        low.endswith("s") and not low.endswith(("ss", "us", "is")))


def _tag_ends_sentence(toks: list[Token], k: int) -> bool:
    """Do words alone run from ``k`` to the sentence's end ("C, say sources.", "(C, say
    officials familiar with the talks.)"): an inverted plural tag, not "say, for example" nor
    "say members of the church, they will ..." (the product's unit; round 30)?"""
    rest = toks[k:]
    return bool(rest) and rest[0].kind == "w" and all(
        t.kind == "w" or t.low in _TAG_END_MARKS for t in rest)


_TAG_END_MARKS = frozenset({".", "!", "?", ")"})  # what may close a sentence-final tag


def _whole_speaker_phrase(toks: list[Token], phrase: Phrase) -> Phrase | None:
    """A speaker phrase put right where the phrase rules cut it wrong (round 30):
    - a party tag is the name before it ("Sen. Jim DeMint, R-S.C., would not go that far but
      said" is DeMint's);
    - a phrase after "and" takes in a title or a group before it ("Secretary of State and
      acting national security adviser Marco Rubio", "investigators and bomb experts"; see
      :func:`_title_before_and`);
    - a phrase that opens at the sentence's dateline starts after it ("BEIJING, May 21 (AFP) -
      Eunju Kim, who escaped ..., told"), and one within the dateline ("WASHINGTON ―
      President Donald Trump on Tuesday renewed ... and said") gives way to the subject after
      it, or to none: the place and the agency speak no one's words."""
    if phrase.j - phrase.i == 1 and phrase.i >= 2 and toks[phrase.i - 1].low == "," and (
            name_tag(toks[phrase.i])):
        # "Sen. Jim DeMint, R-S.C., would not go that far but said": the party tag's name
        return speaker_left(toks, phrase.i - 1) or phrase
    phrase = _title_before_and(toks, phrase)
    first = dateline_end(toks)
    if first == 0 or phrase.i >= first or phrase.how not in {"left", "subject"}:
        return phrase
    if phrase.j <= first:
        return speaker_right(toks, first)
    core = phrase.core if phrase.core > first else -1
    return Phrase(first, phrase.j, phrase.how, toks[first].start, phrase.end, core)


# words that set off the one member a group speaker phrase names ("Several experts, especially
# Professor Jane Doe, said"; "Democratic leaders — and, in particular, Senate Minority Leader
# Harry Reid — insisted")
# ("including", "notably", "particularly", "like": Discourse._included reads those lists)
_MEMBER_OPENERS = frozenset({"especially"})
_MEMBER_FILLERS = frozenset({"and", ",", "in", "particular"})  # "— and, in particular, X —"
MAX_MEMBER_TOKENS = 8  # the member's phrase ("Senate Minority Leader Harry Reid")
_MEMBER_MARKS = frozenset({",", "—", "–", "--", "―"})  # marks that set the member off
_MEMBER_CLAUSE_STARTS = frozenset({",", ".", ";", ":", "—", "–", "--"})  # before a subject


# words that open the group a named member is joined to ("Bush and others", "Trump and other
# Republicans"; name36 added "other"), as a determiner does ("Howard and some leaders")
_MEMBER_GROUP_WORDS = frozenset({"others", "other"})


def _named_member(toks: list[Token], phrase: Phrase, cue_at: int) -> Phrase:
    """A group speaker phrase whose one named member speaks: "Democratic leaders — and, in
    particular, Senate Minority Leader Harry Reid — insisted" and "Several experts,
    especially Professor Jane Doe, said" are the member's words as the text can name them (the
    group is no one to quote); "Bush and his rivals for the nomination said" is Bush's. The
    aside must run from the phrase's end to the cue (only auxiliaries and adverbs between),
    hold one person's name (a given name in it; no list), and the phrase be a description
    (no capitalised head); a name before "and" must open the clause."""
    if phrase.how not in {"left", "subject"} or _cap(toks[phrase.core_end - 1]):
        return phrase
    j = phrase.j
    if j + 2 < cue_at and toks[j].low in _MEMBER_MARKS:
        m = j + 1
        while m < cue_at and toks[m].low in _MEMBER_FILLERS:
            m += 1
        opener = any(t.low == "particular" for t in toks[j + 1 : m]) or (
            m < cue_at and toks[m].low in _MEMBER_OPENERS)
        m += toks[m].low in _MEMBER_OPENERS
        close = cue_at
        while close > m and toks[close - 1].kind == "w" and (
                toks[close - 1].low in lx.CUE_PREFIX_SKIP):
            close -= 1
        close -= 1
        if not opener or close - m > MAX_MEMBER_TOKENS or close <= m or toks[close].low != (
                toks[j].low) or any(t.kind != "w" or t.low in {"and", "or"}
                                    for t in toks[m:close]):
            return phrase
        member = speaker_left(toks, close)
        if member is None or member.i != m or not _cap(toks[member.j - 1]) or not any(
                first_name_gender(t.text + " x") or given_name_gender(t.text)
                for t in toks[member.i : member.j - 1]):
            return phrase  # (a person, by a given name: "including USA TODAY," and "including
            # the United States," stay the group, as round 16 decided for the listed members)
        return member
    k = phrase.i - 1
    if k >= 1 and toks[k].low == "and" and not _cap(toks[phrase.i]):
        left = speaker_left(toks, k)
        if left is not None and left.j == k and any(
                _cap(t) and t.low not in lx.DETERMINERS for t in toks[left.i : left.j]) and (
                left.i == 0 or toks[left.i - 1].kind == "q"
                or toks[left.i - 1].low in _MEMBER_CLAUSE_STARTS) and (
                left.j - left.i > 1 or toks[phrase.i].low in lx.DETERMINERS
                or toks[phrase.i].low in _MEMBER_GROUP_WORDS) and not any(
                t.low in lx.DETERMINERS or t.low in _MEMBER_OBJECT_LINKS
                for t in toks[left.i : left.j]):
            # (not "Current and former officials", "Federal and state officials": an
            # adjective before the head the two share; not "an adviser to President Ahmed
            # al-Sharaa and a person familiar with the talks": the name is the object of
            # another description, round 33)
            return Phrase(left.i, phrase.j, phrase.how, left.start, phrase.end, left.j)
    return phrase


# words that make a name the object inside a description ("an adviser to X", "the son of X")
_MEMBER_OBJECT_LINKS = frozenset({"to", "of", "for", "with", "at", "from"})
MAX_REPORT_MODIFIERS = 4  # "a scathing DOJ inspector general report": words after the article


def _report_noun(toks: list[Token], k: int) -> bool:
    """Is the base form "report" at ``k`` the noun: a determiner or a possessive a few words
    before it, with only modifiers between (capitalised words, lower-case words that are no
    pronoun, auxiliary or cue), and no clause after it ("the police report that they" is a
    verb of a plural subject)?"""
    n = len(toks)
    if k + 1 < n and (toks[k + 1].low == "that" or _PRONOUN_SUBJECT.match(toks[k + 1].low)):
        return False
    before = toks[k - 1].low if k else ""
    if before in _PLURAL_WITHOUT_S:
        return k >= 2 and toks[k - 2].low in _ARTICLES  # "the police report"; "Police report"
    if before.endswith("s") and not before.endswith(("ss", "’s", "'s")):
        return False  # "Several drivers report": a plural subject's verb
    for m in range(k - 1, max(-1, k - 2 - MAX_REPORT_MODIFIERS), -1):
        tok = toks[m]
        if tok.kind != "w":
            return False
        if tok.low in lx.DETERMINERS or tok.low.endswith(("’s", "'s")):
            return m < k - 1 or tok.low in _ARTICLES or tok.low.endswith(("’s", "'s"))
        if _PRONOUN_SUBJECT.match(tok.low) or tok.low in _FINITE_WORDS or tok.low in lx.CUES:
            return False
    return False


def _singular_before_suspect(before: Token) -> bool:
    """Is the word before a base-form "suspect" one that makes it the noun: a word, not a
    plural (no -s but "ss"), not a subject that takes a base form, an auxiliary or an -ly
    adverb ("murder suspect", "Another suspect", "the lone suspect"; not "Investigators
    suspect", "I suspect", "strongly suspect")?"""
    low = before.low
    if before.kind != "w" or low in _SUSPECT_VERB_BEFORE or low.endswith(("n't", "n’t", "ly")):
        return False
    return not (low.endswith("s") and not low.endswith("ss"))


# words right after "charge" in its physical sense or its passive legal one ("charged across
# the street", "charged forward", "charged with murder", "charged in the killing", "charged
# after a fire", "charged over the arson"), and of a price ("charged more", "charge a fee")
_CHARGE_NOT_SPEECH_NEXT = frozenset(
    {"with", "in", "into", "after", "over", "across", "forward", "forwards", "ahead", "at",
     "toward", "towards", "through", "up", "down", "out", "back", "past", "onto", "more",
     "less", "a", "an", "for"})
# object pronouns after which "charge" is the legal act ("police charged him and ..."; not
# "it" or "you", which open a reported clause too: "Authorities charged it was a brazen act")
_CHARGED_PERSONS = frozenset({"him", "her", "them", "us", "me"})
MAX_CHARGED_OBJECT = 12  # "charged Sharron Diane Crawford Smith, age 61, with two counts"


# what "claimed" takes when it means killed ("claimed the life of", "claimed 40 lives",
# "claimed their lives", "has claimed thousands of lives")
_LIFE_WORDS = frozenset({"life", "lives"})
MAX_LIVES_REACH = 4  # "claimed | the | lives of", "claimed | more | than | 40 | lives"


MAX_SECTION_LABEL_WORDS = 2  # "Africa:", "South Africa:", "Opinion:" before a headline


def _section_label_end(toks: list[Token], before: int) -> int:
    """Past a section's label that opens a sentence ("Africa: Industrialization Should Be
    Now, Says Donald Kaberuka", "Opinion: ..."): one or two capitalised words and a colon
    before ``before``; else 0 (round 36)."""
    c = next((k for k in range(1, min(before, MAX_SECTION_LABEL_WORDS + 1))
              if toks[k].low == ":"), None)
    if c is None or not all(t.kind == "w" and _cap(t) for t in toks[:c]):
        return 0
    return c + 1


# words that say nothing on their own as a reported content: "asked to.", "And so, Kysliuk
# said, ...", "had warned them" (an elliptic answer keeps its auxiliary and is kept: "Asked
# if he was ever bullied, the candidate said he was not", recall17)
_EMPTY_CONTENT_WORDS = (frozenset(lx.PRONOUNS) | frozenset(lx.PRONOUN_CASES) | lx.DETERMINERS
                        | frozenset({"to", "and", "so", "but", "or", "then", "not", "too",
                                     "also"})) - {"no"}  # ("Asked whether there were other
# suspects, police said no.": an answer)


def _no_words_said(words: list[str]) -> bool:
    """Is a reported content (its words as written) empty of anything said: function words
    only ("to", "And so", "them"; round 36)?"""
    bare = [w.strip(".,;:!?“”\"‘’'()").lower() for w in words]
    return all(w in _EMPTY_CONTENT_WORDS for w in bare if w)


# words that join a sentence to the one before and say nothing themselves ("And so, X said,
# ...", "But then, X said, ...")
_OPENING_CONNECTORS = frozenset({"and", "but", "yet", "so", "then", "still"})


def _connectors_only(toks: list[Token]) -> bool:
    """Are ``toks`` (before a tag) connectors and commas only ("And so,", "But then,")?"""
    words = [t for t in toks if t.kind == "w"]
    return bool(words) and all(t.low in _OPENING_CONNECTORS for t in words) and all(
        t.kind == "w" or t.low == "," for t in toks)


def _quote_past_participle(toks: list[Token], k: int) -> int | None:
    """The quote token after a participle's aside that starts at ``k`` ("gesturing at the
    menorah on the entrance, “Q”"), within :data:`MAX_INTERRUPTION_TOKENS`; else None."""
    if k >= len(toks) or not toks[k].low.endswith("ing") or toks[k].kind != "w":
        return None
    for m in range(k + 1, min(len(toks) - 1, k + MAX_INTERRUPTION_TOKENS)):
        if toks[m].kind == "q":
            return None
        if toks[m].low == "," and toks[m + 1].kind == "q":
            return m + 1
        if toks[m].low in _PUNCT_END:
            return None
    return None


def _claims_lives(toks: list[Token], k: int) -> bool:
    """Does the "claim" at ``k`` take a life or lives as its object ("claimed the life of a
    child", "has claimed more than 40 lives")? Only words between (no punctuation)."""
    for m in range(k + 1, min(len(toks), k + 2 + MAX_LIVES_REACH)):
        if toks[m].kind != "w":
            return False
        if toks[m].low in _LIFE_WORDS:
            return True
    return False


def _charge_not_speech(toks: list[Token], k: int, legal: bool = True) -> bool:
    """Is a form of "charge" at ``k`` the legal, physical or price sense, not an accusation
    made in words ("Critics charged that ...", "..., Bolton charged.")? Physical, passive or
    a price: a direction, "with" or an amount right after it; an adjective after an -ly
    adverb ("a racially charged dismissal"). With ``legal``, also the act of a prosecutor:
    a person object, or an object then "with" before any finite word, "that" or quote
    ("charged Dieter S. with membership in ...")."""
    n = len(toks)
    if k + 1 >= n or toks[k + 1].kind != "w":
        return False  # '"Q," Bolton charged.': a tag
    nxt = toks[k + 1].low
    if k and toks[k - 1].low.endswith("ly") and not _cap(toks[k + 1]) and (
            nxt not in _CLAUSE_MARKS and nxt not in lx.DETERMINERS):
        return True
    if nxt in _CHARGE_NOT_SPEECH_NEXT:
        return True
    if not legal:
        return False
    if nxt in _CHARGED_PERSONS:
        return True
    for m in range(k + 1, min(n, k + 1 + MAX_CHARGED_OBJECT)):
        tok = toks[m]
        if tok.low == "with":
            return True
        if tok.kind == "q" or tok.low in _FINITE_WORDS or tok.low == "that" or (
                tok.low in _PUNCT_END):
            return False
    return False


# verbs of a finding that a plural noun subject takes ("New figures show", "Estimates
# suggest"; twenty-second session)
_FINDING_VERBS = frozenset({"show", "showed", "suggest", "suggested", "indicate",
                            "indicated", "reveal", "revealed", "confirm", "confirmed"})
MAX_COMPOUND_MODIFIERS = 3  # "a signature campaign promise": the words between article and noun
# cue words in their base form that are nouns after a singular noun ("a campaign promise", "a
# stage whisper", "an old quip"): as verbs they would need a plural subject there
_NOUN_LIKE_BASES = frozenset({"promise", "attack", "quip", "whisper", "forecast", "retort",
                              "mention", "charge", "cry", "call", "claim", "plan", "pledge",
                              "vow", "boast", "jab", "rebuke", "complaint", "warning",
                              # "more government support for research" (29th session)
                              "support"})
# words that open such a compound as an article does: amounts ("more government support",
# "no party support"; twenty-ninth session)
_COMPOUND_OPENERS = _ARTICLES | frozenset({"more", "less", "much", "little", "no"})
# plural subjects without an -s, before which a base form is a verb ("the women promise")
_PLURAL_WITHOUT_S = frozenset({"people", "women", "men", "children", "police", "staff",
                               "crew", "clergy", "media", "public", "military", "folk"})
# determiners of a plural noun: no verb's -s form follows them ("some questions", "many
# reports", "several claims")
_PLURAL_DETERMINERS = frozenset({"some", "many", "several", "few", "these", "those", "all",
                                 "both", "other", "various", "numerous", "such", "any"})
_MAKE_FORMS = frozenset({"make", "makes", "made", "making"})  # "made comments that ..."
# chain verbs of seeming, whose "to have"/"to be" is no speech ("appeared to have reached")
_SEEMING = frozenset({"seem", "appear"})
# verbs of an impression given ("Garland looks dead on arrival", "He sounded subdued",
# "That sounds like a wise approach"): PolNeAR annotates them as it does "seems" (twenty-
# second session: about 21 of 40 such train-read phrases before an adjective or "like"
# annotated, none of them read before); only before "like" or an adjective-like complement
_IMPRESSION_FORMS = {"looks": "look", "looked": "look", "sounds": "sound", "sounded": "sound"}
_IMPRESSION_LEMMAS = frozenset(_IMPRESSION_FORMS.values())
# endings of an adjective ("dubious", "reasonable", "presidential", "significant")
_IMPRESSION_ENDINGS = ("ous", "ful", "ive", "able", "ible", "al", "ent", "ant", "ic", "less",
                      "ish", "ary", "ed")
# adjectives of an impression without those endings ("looks strong", "appears weak")
_IMPRESSION_ADJECTIVES = frozenset({"strong", "weak", "good", "bad", "great", "dead", "sure",
                                    "clear", "better", "worse", "stronger", "weaker",
                                    "closer", "uneasy", "far-fetched", "fine", "tired",
                                    "certain", "likely", "unlikely", "safe", "vulnerable",
                                    "nervous", "happy", "angry", "calm", "confident"})
# words of degree before such an adjective ("looks much weaker", "appears somewhat uneasy")
_IMPRESSION_DEGREES = frozenset({"very", "much", "more", "less", "pretty", "quite", "so",
                                 "too", "increasingly", "somewhat", "rather", "far", "even",
                                 "most"})
_AUXILIARY_INFINITIVES = frozenset({"have", "be"})
# "says too many women are torn", "said so few people voted": a quantity opens the clause
_DEGREE_WORDS = frozenset({"too", "so", "very", "how"})
_DEGREE_QUANTITIES = frozenset({"many", "much", "few", "little"})
# nouns that "state" modifies ("state TV", "state-run" is one token): "state" is no verb there
_STATE_NOUNS = frozenset({"tv", "television", "media", "news", "broadcaster", "agency",
                          "channel", "radio", "press", "department", "secretary", "visit",
                          "dinner", "funeral", "officials", "budget", "company", "companies",
                          "level", "law", "laws", "legislature", "capital", "capitals",
                          "duma", "council", "security", "energy", "gas", "oil",
                          # a state's offices and elections ("Ohio state Sen. Nina Turner", "a
                          # former state Senate candidate", "state GOP chair"; 21st session)
                          "rep", "rep.", "reps", "reps.", "sen", "sen.", "senator", "senators",
                          "senate", "house", "assembly", "representative", "representatives",
                          "lawmaker", "lawmakers", "legislator", "legislators", "gop",
                          "republican", "republicans", "democratic", "democrats", "party",
                          "chair", "chairman", "attorney", "treasurer", "auditor", "election",
                          "elections", "primary", "primaries", "capitol", "university",
                          "police", "trooper", "troopers", "delegation"})
# words that follow a plural noun and never open what a singular "states" would report
# ("Rust Belt states have", "Western states this week", "Baltic states to"; a verb "states" is
# followed by "that", a clause or a quote)
_AFTER_PLURAL_NOUN = frozenset({"have", "had", "are", "were", "will", "would", "could", "can",
                                "to", "this", "like", "such", "and", "or", "where", "which",
                                "who", "whose", "in", "with", "for", "on", "of", "as", ".",
                                ",", ";"})


# participles of speech verbs that are adjectives after a possessive or a determiner
_PARTICIPLE_ADJECTIVES = frozenset({"alleged", "reported", "claimed", "stated", "declared",
                                    "announced", "proposed", "rumored", "rumoured"})
# "best known for", "well known as": what someone is known for is no one's claim
_FAME_ADVERBS = frozenset({"best", "better", "well", "widely", "little", "mostly", "also"})
# plural speech nouns that are also a verb's -s form ("X jokes that", "X comments that"): after
# a describing word that follows a determiner, an adverb or "making", they are the nouns
_PLURAL_SPEECH_NOUNS = frozenset({"jokes", "comments", "remarks", "claims", "reports",
                                  "warnings", "complaints", "threats", "promises"})
# (not "-al", "-ive", "-ant": "the official comments", "the detective notes" are people)
_DESCRIBING_ENDINGS = ("ic", "ous", "ful", "ible", "able")
# before an adjective, these make the plural after it a noun ("the most polarizing figures")
_COMPARATIVES = frozenset({"most", "least"})
# endings of adjectives ("passionate", "vocal", "strong" aside): with an article before and a
# verb's base form after, the base form is a noun
_ADJECTIVE_ENDINGS = ("ate", "ful", "ous", "ive", "al", "ic", "ent", "ant", "ible", "able")
# adjectives that stand for people as nouns, before a verb ("the public support", "many
# say", "their own say")
_PLURAL_ADJECTIVES = frozenset({"public", "many", "own", "private"})
# endings of words that are adjectives, not nouns for people ("resident", "agent", "critic"
# and "executive" end as adjectives do and speak: "the resident says")
_PLAIN_ADJECTIVE_ENDINGS = ("less", "ful", "ous", "able", "ible", "ial")
# nouns with those endings that a document or a person is ("The commercial claims", "the
# editorial says")
_ADJECTIVE_LIKE_NOUNS = frozenset({"commercial", "editorial", "official", "material",
                                   "serial", "testimonial", "memorial", "tutorial"})
# adjectives that stand between a possessive or an article and a speech noun
_NOUN_ADJECTIVES = frozenset({"recent", "latest", "earlier", "previous", "new", "own", "public",
                              "private", "repeated", "controversial", "harsh", "similar",
                              "initial", "first", "last", "further", "additional", "opening",
                              "closing", "final", "past", "many", "frequent", "false"})
_TOPIC_PREPOSITIONS = frozenset({"about", "of"})  # "said about X, “Q”": what it was about
_QUANTITY_WORDS = frozenset({"half", "one", "third", "quarter"})
_A_QUANTITY = frozenset({"third", "quarter", "fifth", "dozen", "hundred", "thousand", "million",
                         "majority", "handful"})  # "about a third of", not "about a war"


def _at_least(toks: list[Token], k: int) -> bool:
    """"at least 26 Palestinians", "at most half": a quantity, no setting ("said at least 26
    people died" reports a clause; twentieth session)."""
    return k + 2 < len(toks) and toks[k].low == "at" and toks[k + 1].low in {"least", "most"} \
        and _quantity(toks, k + 2)


_AS_MANY = frozenset({"many", "much", "few", "little"})
# quantity words that open a plural subject ("say more arrests are possible")
_PLURAL_QUANTIFIERS = frozenset({"more", "fewer", "many", "few", "most", "several"})


def _quantified_subject(toks: list[Token], k: int) -> bool:
    """"more arrests are possible", "few details were released": a quantity word, a plural
    noun and a finite word, the reported clause's subject and verb (round 30)."""
    if k + 2 >= len(toks) or toks[k].low not in _PLURAL_QUANTIFIERS:
        return False
    noun = toks[k + 1].low
    return toks[k + 1].kind == "w" and noun.endswith("s") and not noun.endswith("ss") and (
        toks[k + 2].low in _FINITE_WORDS)


def _as_many_as(toks: list[Token], k: int) -> bool:
    """"as many as 20,000 people", "as few as three": a quantity that opens the reported
    clause ("Police said as many as 20,000 people took to the streets"; round 30)."""
    return k + 3 < len(toks) and toks[k].low == "as" and toks[k + 1].low in _AS_MANY and (
        toks[k + 2].low == "as") and _quantity(toks, k + 3)


def _quantity(toks: list[Token], k: int) -> bool:
    """A number or share starts at ``k`` ("about half of", "about 30 people"): after 'said
    about' it opens the reported clause, not the topic."""
    return k < len(toks) and toks[k].kind == "w" and (
        toks[k].low[:1].isdigit() or toks[k].low in _PLURAL_NUMBERS
        or toks[k].low in _QUANTITY_WORDS
        or (toks[k].low == "a" and k + 1 < len(toks) and toks[k + 1].low in _A_QUANTITY))


_SIGNATURE_DASHES = frozenset({"―", "—", "–", "-", "--"})
MAX_SIGNATURE_WORDS = 5  # "― Christina N Luis Olidem": a name, not a sentence


def _plural_number(tok: Token) -> bool:
    """A number above one ("five", "50"): a verb in -s cannot follow it, a plural noun can."""
    return tok.low in _PLURAL_NUMBERS or (tok.low.isdigit() and tok.low != "1")


_PLURAL_NUMBERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                             "ten", "dozen", "hundred", "hundreds", "thousands", "several",
                             "many", "both"})


# past tenses of verbs that tag a quote without being in the cue lexicon ("went on")
_IRREGULAR_TAG_VERBS = frozenset({"went", "shot", "began", "broke", "spoke", "wrote", "told",
                                  "chimed", "quipped", "shouted", "cut"})


def _tag_verb(tok: Token) -> bool:
    """A word that can be the verb of a quote's tag: a past tense ("pressed", "went")."""
    low = tok.low
    return tok.kind == "w" and (low in _IRREGULAR_TAG_VERBS or (
        low.endswith("ed") and len(low) > MIN_TAG_VERB_LETTERS))


MIN_TAG_VERB_LETTERS = 4  # "pressed", "beamed"; not "red", "bed"


def _gesture_aside(tok: Token) -> bool:
    """A participle in -ing that is no cue ("gesturing", "pointing", "smiling"), opening an
    aside between a cue and its quote ("Kysliuk said, gesturing at the ruins, “Q”"; round
    23): what the speaker did while speaking, not words of their own ("adding", "noting")."""
    return tok.kind == "w" and tok.low.endswith("ing") and len(tok.low) > MIN_GERUND_LETTERS \
        and tok.low not in lx.CUES and tok.low not in _NON_GESTURES


# -ing words after a cue's comma that start a clause or a list, not a gesture
_NON_GESTURES = frozenset({"including", "according", "during", "regarding", "concerning",
                           "following", "notwithstanding", "excluding", "considering",
                           "something", "nothing", "anything", "everything", "morning",
                           "evening", "meaning"})


def _verb_cue(tok: Token) -> bool:
    """A cue verb in -ing or -ed ("saying", "added"): a clause of its own inside an aside."""
    return tok.low in lx.CUES and tok.low.endswith(("ing", "ed"))


def _existential_there(toks: list[Token], j: int) -> bool:
    """'there was', 'there is', 'there would be': "there" as a clause's subject."""
    return toks[j].low == "there" and j + 1 < len(toks) and toks[j + 1].low in {
        "is", "was", "are", "were", "will", "would", "could", "might", "may", "has", "had",
        "have", "can", "should", "must", "remains", "remained", "seems", "seemed"}


def _circumstance_before_quote(toks: list[Token], k: int) -> int:
    """Past a circumstance between a cue and its quote: 'said in an op-ed piece before a 2014
    Senate Benghazi hearing, “Q”', 'responded pointedly, with a smile: “Q”', 'said as he
    introduced his wife, “Q”'. The words must open as a circumstance does (a preposition,
    "as", an adverb in -ly) and run, with commas only, to a comma or colon right before a
    quote that opens a sentence; otherwise ``k``."""
    n = len(toks)
    if k >= n or toks[k].kind != "w" or not (
            toks[k].low in _CIRCUMSTANCE_START or toks[k].low.endswith("ly")):
        return k
    for m in range(k + 1, min(n - 1, k + MAX_CIRCUMSTANCE_TOKENS)):
        tok = toks[m]
        if tok.low in {",", ":"} and toks[m + 1].kind == "q" and _starts_upper(toks[m + 1].text):
            return m
        if tok.kind != "w" and tok.low != ",":
            return k
        if tok.kind == "w" and (tok.low in {"that", "and", "but"} or _verb_cue(tok)):
            return k  # a clause of its own; "with footage of Trump saying, “Q”": its own cue
    return k


# nouns that carry an attribution after a possessive ("Trump's attacks on Clinton"), and what
# may follow them: "that" (a clause), "to" (an infinitive), a preposition (its object)
_CLAUSE_NOUNS = ("claim", "claims", "assertion", "suggestion", "argument", "insistence",
                 "warning", "belief", "contention", "allegation", "prediction", "admission",
                 "acknowledgement", "acknowledgment", "complaint", "view", "promise", "pledge",
                 "hope", "fear", "concern", "message", "statement",
                 # plurals: "his earlier statements that the contact never occurred" (pron36)
                 "statements", "assertions", "allegations", "warnings", "predictions",
                 "arguments", "suggestions")
_TO_NOUNS = ("promise", "pledge", "vow", "refusal", "threat", "offer", "call", "calls",
             "demand", "proposal")
_NOMINAL_CUES: dict[str, frozenset[str]] = {}
for _noun in _CLAUSE_NOUNS:
    _NOMINAL_CUES[_noun] = frozenset({"that"})
for _noun in _TO_NOUNS:
    _NOMINAL_CUES[_noun] = _NOMINAL_CUES.get(_noun, frozenset()) | {"to"}
for _noun, _preps in {
    "attack": {"on", "against"}, "attacks": {"on", "against"}, "criticism": {"of"},
    "criticisms": {"of"}, "support": {"for", "of"}, "opposition": {"to"},
    "endorsement": {"of"}, "praise": {"for", "of"}, "embrace": {"of"}, "rejection": {"of"},
    "defense": {"of"}, "defence": {"of"}, "condemnation": {"of"}, "denunciation": {"of"},
    "call": {"for"}, "calls": {"for"}, "demand": {"for"}, "demands": {"for"},
    "view": {"of", "on"}, "views": {"of", "on"}, "comments": {"on", "about"},
    "remarks": {"on", "about"}, "description": {"of"}, "characterization": {"of"},
    "dismissal": {"of"}, "assessment": {"of"}, "account": {"of"}, "denial": {"of"},
    "proposal": {"for"}, "preference": {"for"}, "announcement": {"of"}, "portrayal": {"of"},
    "critique": {"of"}, "dismissals": {"of"},
}.items():
    _NOMINAL_CUES[_noun] = _NOMINAL_CUES.get(_noun, frozenset()) | _preps
_NOMINAL_PRONOUNS = frozenset({"his", "her", "their"})
# nouns of a question, a concern or a call that PolNeAR annotates with no possessor, the
# content their complement and no source (nineteenth session; train: "questions about" 27 of
# 63 annotated, "concerns about" 11 of 21, "calls for" 12 of 17, "fears that" 3 of 3; left
# out: "attacks on" 9 of 50, "support for" 13 of 68, "opposition to" 5 of 22); after a
# possessive they are the possessor's, as the nouns of _NOMINAL_CUES ("his concerns about X")
_UNOWNED_NOMINALS: dict[str, frozenset[str]] = {
    "questions": frozenset({"about"}), "concerns": frozenset({"about", "that"}),
    "calls": frozenset({"for"}), "fears": frozenset({"that"}),
}
# words before such a noun that make it someone else's ("answering questions about", "to
# questions about": questions put to someone, not raised)
_UNOWNED_BEFORE = frozenset({"to", "of", "the", "these", "those", "any", "no", "with"})
_QUESTION_CLAUSE_WORDS = frozenset({"how", "whether", "what", "why", "who", "if", "where",
                                    "when"})
_UNOWNED_BEFORE_STEMS = ("answer", "respon", "repl", "field", "dodg", "duck", "deflect",
                         "avoid", "ask", "pos")
_NOT_NAME_WORDS = lx.SENTENCE_OPENERS | _CLAUSE_OPENERS | {"despite", "but", "and", "yet", "so"}
_NOMINAL_MODIFIERS = frozenset({"own", "latest", "recent", "new", "repeated", "public",
                                "early", "initial", "continued", "frequent", "strong",
                                "full", "earlier", "past", "long", "first", "sharp", "harsh",
                                "fierce", "vocal", "open", "tacit", "previous"})
MAX_NOMINAL_MODIFIERS = 2  # "his repeated public attacks on"
MAX_NOMINAL_OBJECT = 10  # "Trump's attacks on the Mexican-American judge": the object's words
# words that end a preposition's object ("Trump's attacks on Clinton have hurt him")
_OBJECT_ENDS = _FINITE_VERBS | _RELATIVE_OPENERS | _SUBORDINATORS | {
    "that", "as", "but", "because", "and", "or", "by", "with", "during", "after", "before",
    "at", "in", "amid", "despite", "without", "through", "until", "from"}


def _infinitive(tok: Token) -> bool:
    """A lower-case word that can follow "to" as a verb (not a determiner or a name)."""
    return not _cap(tok) and tok.low not in lx.DETERMINERS and tok.low not in {"the", "a"}


def _noun_phrase_end(toks: list[Token], start: int, end: int) -> int:
    """Where a preposition's object ends, at most ``end``: before a finite verb, a relative
    or subordinating word, a conjunction or :data:`MAX_NOMINAL_OBJECT` words."""
    m = start
    while m < end and m - start < MAX_NOMINAL_OBJECT and toks[m].kind != "p" and not (
            m > start and (toks[m].low in _OBJECT_ENDS or toks[m].low in _PAST_VERBS or (
                toks[m].low.endswith("ed") and toks[m - 1].low not in lx.DETERMINERS
                and not toks[m - 1].low.endswith("ly")))):
        m += 1  # ("attacks on Judge Curiel drew criticism": the sentence's verb ends it)
    return m


MAX_NOMINAL_INFINITIVE = 16  # "pledge to remove all troops from Afghanistan except for a
# counterterrorism force": an infinitive's words after a noun
# words that end a noun's infinitive: another clause opens ("Trump's refusal to endorse Ryan
# was widely viewed as payback", "his pledge to build a wall that Mexico would pay for")
_INFINITIVE_ENDS = _FINITE_VERBS | _RELATIVE_OPENERS | _SUBORDINATORS | {
    "that", "but", "because", "and", "or", "as"}


def _infinitive_end(toks: list[Token], start: int, end: int) -> int:
    """Where the infinitive after a noun ends, at most ``end`` ("Trump's proposal to ban
    Muslims from entering the United States", "his pledge to remove all troops from
    Afghanistan"): the verb takes its prepositional complements, as a preposition's object
    does not (:func:`_noun_phrase_end`); before a finite verb, a relative or subordinating
    word, a conjunction or :data:`MAX_NOMINAL_INFINITIVE` words (recall30)."""
    m = start
    while m < end and m - start < MAX_NOMINAL_INFINITIVE and toks[m].kind != "p" and not (
            m > start + 1 and (toks[m].low in _INFINITIVE_ENDS or toks[m].low in _PAST_VERBS or (
                toks[m].low.endswith("ed") and toks[m - 1].low not in lx.DETERMINERS
                and not toks[m - 1].low.endswith("ly")))):
        m += 1
    return m


# prepositions that open an adverbial phrase before a sentence's subject ("On the
# international front, Obama ...", "Before dropping out, Cruz responded ...")
# words that end a time phrase opening a sentence ("A few hours later", "Two days ago")
MAX_TIME_OPENER_WORDS = 5  # "Less than two hours later": longer runs hold a clause
_OPENER_PREPOSITIONS = frozenset({"on", "in", "at", "during", "after", "before", "with",
                                  "without", "despite", "amid", "as", "like", "unlike", "for",
                                  "from", "since", "upon", "under", "by"})


def _bare_opener(toks: list[Token], start: int, end: int) -> bool:
    """Are ``toks[start:end]`` (the words before ", X said") an opening phrase only, no
    clause that could be what was said: a preposition first, no comma, no finite verb or
    past tense after it ("On the international front, Obama displayed ...", "Before dropping
    out, chief rival Ted Cruz responded with vitriol", "In an interview with CNN, Trump
    continued ...")? The phrase sets the scene of the sentence the cue belongs to; the
    words said, if any, follow the cue (recall30)."""
    words = toks[start:end]
    if words and words[-1].low in SPAN_ENDS and len(words) <= MAX_TIME_OPENER_WORDS and all(
            t.kind == "w" and t.low not in _FINITE_VERBS for t in words):
        return True  # "A few hours later, her roommate told her about ...": when, not what
    if not words or words[0].low not in _OPENER_PREPOSITIONS or any(
            t.kind != "w" for t in words):
        return False
    return not any(t.low in _FINITE_VERBS or (t.low.endswith("ed") and m > 0)
                   for m, t in enumerate(words))


def _object_end(toks: list[Token], start: int, end: int) -> int:
    """Where a stance verb's object ends, at most ``end``: before a subordinating or
    relative word, a time or setting preposition, a time, a medium or an occasion
    (:func:`_setting_at`), or "and"/"but" before a second verb ("backing Clinton and working
    with Sanders"); a comma already ends it."""
    for m in range(start + 1, end):
        low = toks[m].low
        if low in _OBJECT_SETTINGS or _setting_at(toks, m, end):
            return m
        if low in {"and", "but"} and m + 1 < end and (
                toks[m + 1].low in _FINITE_VERBS or toks[m + 1].low in _OBJECT_ENDS
                or (toks[m + 1].low.endswith(("ed", "ing")) and not _cap(toks[m + 1]))):
            return m
    return end


MAX_LIST_TOKENS = 40  # ", his qualifications, his judgment, his worldview and his decency"
# words that make what follows a stance's object a clause, not a list of more objects
_LIST_BREAKERS = frozenset({"to", "but", "that", "because", "while", "although", "though",
                            "if", "as", "than"})


def _list_end(toks: list[Token], start: int, end: int) -> int:
    """Where a stance's object ends when a list runs on after the comma that ended it
    ("questioned Mr. Trump's tactics, his qualifications, his judgment and his decency",
    "made no mention of God, religion or his faith"): to the sentence's end, when what
    follows is items of plain words joined by commas and a final "and"/"or", none a clause
    (no finite verb, pronoun subject, relative or subordinating word), none a participle
    unless the object opens with one too ("eliminating caucuses, limiting ..."); else
    ``end``. PolNeAR spans the whole list (twenty-second session)."""
    n = len(toks)
    if end >= n or toks[end].low != "," or end - start < 1:
        return end
    gerund = toks[start].low.endswith("ing")
    last_joined = False  # the last item came after "and"/"or"
    item_start = True
    m = end
    while m < n and toks[m].low not in {".", ";", ":", "?", "!"}:
        tok = toks[m]
        if m - end > MAX_LIST_TOKENS or (tok.kind != "w" and tok.low != ","):
            return end  # (a quote, a bracket, a dash: no plain list)
        low = tok.low
        if low == ",":
            item_start, last_joined = True, False
        elif low in {"and", "or"}:
            item_start, last_joined = True, True
        else:
            if low in _LIST_BREAKERS or low in _FINITE_VERBS or low in _RELATIVE_WORDS or (
                    low in _SUBORDINATORS or _PRONOUN_SUBJECT.match(low) or low in lx.CUES):
                return end
            if not _cap(tok) and (low.endswith("ed") or (low.endswith("ing") and not gerund)) \
                    and not (toks[m - 1].low in lx.DETERMINERS and not item_start):
                return end  # (", raising the question", ", captured by Israel", ", and the
                # flood of money helped": a clause; not "his proposed ban": a modifier)
            item_start = False
        m += 1
    return m if last_joined and not item_start else end


# prepositions that open a time or a setting after a stance's object ("after his son came
# out", "during the debate", "in an interview")
_OBJECT_SETTINGS = frozenset({"after", "before", "during", "since", "until", "amid",
                              "despite", "because", "when", "while", "although"})


# past tenses without -ed that end a noun's object: the sentence's own verb follows it
_PAST_VERBS = frozenset({"drew", "drove", "came", "made", "took", "gave", "won", "lost", "hurt",
                         "left", "led", "put", "set", "cost", "meant", "kept", "stood", "went",
                         "became", "began", "got", "brought", "caught", "fell", "grew", "held",
                         "rose", "ran", "saw", "sent", "struck", "seems", "remains"})


# the heads of a poll's "in" frame ("in the latest Fox poll", "in national surveys")
_POLL_HEADS = frozenset({"poll", "polls", "survey", "surveys", "polling", "average"})
# marks inside a poll's name: "CNN/ORC", "NBC News/Wall Street Journal", "Marist & Co."
_POLL_NAME_MARKS = frozenset({"/", "&"})
# words that open what follows a poll's head before the frame's comma: its date or origin
# ("poll last month,", "poll released Monday,", "survey of likely voters,", "poll for NBC")
_POLL_TAIL_OPENERS = frozenset({"released", "conducted", "taken", "published", "out", "by",
                                "from", "for", "last", "this", "earlier", "late", "early", "on",
                                "in"})
# ... and the lower-case words the rest of such a tail may hold (else names and numbers:
# "released Sunday by The Washington Post and ABC News", "taken in early March")
_POLL_TAIL_WORDS = frozenset({"the", "a", "and", "of", "by", "for", "in", "on", "last", "this",
                              "week", "weekend", "month", "year", "day", "days", "weeks",
                              "months", "night", "morning", "evening", "afternoon", "ago",
                              "earlier", "early", "late", "mid"})
MAX_POLL_TAIL = 8  # "poll released Sunday by The Washington Post and ABC News,": its words
# a poll the frame points back to ("in the same poll"): one poll, named before ("in this
# survey" is as often where people took part: "not all of whom participated in this survey")
_POLL_REFERENCES = frozenset({"same"})
_ONE_POLL = frozenset({"poll", "survey", "average"})
# passives that hold a view with no one named, and the word that must follow each (none:
# a complement, "is considered a front-runner"): "is expected to", "is seen as", "is widely
# regarded as", "is thought to" (seventeenth session)
# "it was said that C", "it was widely reported that C", "It's been reported that C": a
# claim of no one named (twenty-fourth session; 7 of 7 such train-read passives annotated)
_IT_IS_SAID = frozenset({"said", "reported", "announced"})
_IT_IS_SAID_ADVERBS = frozenset({"widely", "also", "previously", "first", "often", "long"})
_IT_HAS = frozenset({"has", "had", "it's", "it’s"})
_HELD_PASSIVES: dict[str, frozenset[str]] = {
    "expected": frozenset({"to"}), "seen": frozenset({"as"}), "viewed": frozenset({"as"}),
    "regarded": frozenset({"as"}), "perceived": frozenset({"as"}),
    "thought": frozenset({"to"}), "believed": frozenset({"to"}),
    "rumored": frozenset({"to"}), "rumoured": frozenset({"to"}),
    "considered": frozenset(), "deemed": frozenset(),
    # "Sanders was declared the winner in Rhode Island" (twentieth session; 6 of 8 train
    # passives of "declare" annotated)
    "declared": frozenset(),
    # "Sanders was announced the second-place winner", "she was announced the winner" (2 of 2
    # such train-read passives annotated; twenty-fourth session)
    "announced": frozenset(),
    # "Kelsey Atkinson was identified as the protester", "eight hedge funders are listed as
    # Clinton fundraisers" (nineteenth session)
    "identified": frozenset({"as"}), "listed": frozenset({"as"}),
    # a stance of no one named ("Mr. Sanders has been criticized for offering vague
    # responses", "Roof is accused of killing nine people", "he was described as becoming
    # newly serious"): 10 of 19 such train passives annotated (nineteenth session)
    "criticized": frozenset({"for", "as"}), "criticised": frozenset({"for", "as"}),
    "accused": frozenset({"of"}), "blamed": frozenset({"for"}),
    "described": frozenset({"as"}), "derided": frozenset({"as"}),
    # "Priebus was said to be furious", "The aide is reported to have quit" (round 17)
    "said": frozenset({"to"}), "reported": frozenset({"to"}), "alleged": frozenset({"to"}),
}
_FINITE_BE = frozenset({"is", "are", "was", "were"})
# held passives read after "has been" too (a stance of no one named, nineteenth session)
_PERFECT_PASSIVES = frozenset({"criticized", "criticised", "accused", "blamed", "described",
                               "derided"})
# adverbs that mark a clause as reported by no one named ("is reportedly spending")
# ("seemingly" and "allegedly" tried: mostly before an adjective or in a relative clause,
# "a seemingly innocuous question", "the gun he allegedly used")
_REPORTED_ADVERBS = frozenset({"reportedly", "reputedly", "purportedly"})
# stances and reports whose passive names its source after "by" ("was criticized by X",
# "was first reported by X"): PolNeAR train annotated 45 of about 70 such passives of these
# verbs; left out: "decided", "maintained", "mentioned", "continued", "written", "added",
# "recognized", "requested", "disclosed" (0 of 16 annotated: no view or report of the agent's),
# "called" (mostly naming), "asked" (Extractor._questions), "warned" and "told" (the one told
# is the subject; what was said follows)
_PASSIVE_BY_LEMMAS = frozenset(
    {"report", "echo", "claim", "confirm", "tweet", "describe", "criticize", "criticise",
     "reject", "attack", "endorse", "denounce", "accuse", "champion", "applaud", "rebuke",
     "berate", "deride", "dismiss", "back", "backed", "support", "oppose", "praise", "welcome",
     "mock", "blame", "condemn", "slam", "blast", "challenge", "hail", "fault", "ridicule",
     "lambaste", "lambast", "excoriate", "castigate", "assail", "chide", "scold", "dispute",
     "propose", "advocate", "favor", "favour", "embrace", "tout", "decry", "vilify",
     "disparage", "commend", "laud", "characterize", "characterise", "question"})
# verbs of a reaction whose object reacts to their subject ("His behavior has angered the
# party's top figures"): PolNeAR train annotated 16 of 35 of all such verbs before an object,
# most of the rest adjectives ("frustrated voters") or other senses ("upset a well-known
# politician": beat); left out: "upset", "worried" (a clause cue: "he worries Sanders
# would ..."), "troubled", "disappointed", "pleased" (mostly adjectives)
_AFFECTING_VERBS = frozenset(
    {"angered", "angers", "angering", "infuriated", "infuriates", "infuriating", "alarmed",
     "alarms", "alarming", "outraged", "outrages", "annoyed", "annoys", "irritated",
     "irritates", "rankled", "rankles", "unsettled", "unsettles", "frustrated",
     "frustrates", "enraged", "enrages", "incensed", "dismayed", "dismays"})
_PRONOUN_SUBJECTS = frozenset({"that", "this", "which", "what"})  # "That rankled many"
# nouns of a stance that its target receives ("won the endorsement of", "drew criticism
# from"; twenty-second session: PolNeAR train-read annotated 35 of 50 such phrases of
# support with its target as the content, about 15 of 26 of criticism)
_RECEIVED_SUPPORT_NOUNS = frozenset({"endorsement", "endorsements", "backing", "support"})
_CRITICISM_NOUNS = frozenset({"criticism", "criticisms", "condemnation", "praise"})
# a criticism may be received from no one named ("Clinton came under heavy criticism when
# C"); support is read only with its source ("enjoys 48% support in the state" is a share)
_SOURCELESS_RECEIVED_NOUNS = _CRITICISM_NOUNS
_RECEIVED_NOUNS = _RECEIVED_SUPPORT_NOUNS | _CRITICISM_NOUNS
# verbs whose subject receives such a stance, each with the nouns it takes ("has the
# support of", not "has criticism for": that one criticises)
_RECEIVING_VERBS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("won", "wins", "win", "winning", "received", "receives", "receive",
                     "receiving", "earned", "earns", "earning", "secured", "secures",
                     "got", "gets", "gotten", "drew", "draws", "drawn", "drawing",
                     "picked", "picks", "landed", "lands", "snagged", "garnered",
                     "garners", "attracted", "attracts", "attracting"), _RECEIVED_NOUNS),
    **dict.fromkeys(("has", "have", "had", "enjoys", "enjoyed"), _RECEIVED_SUPPORT_NOUNS),
    **dict.fromkeys(("faced", "faces", "face", "facing", "came", "come", "comes",
                     "coming", "endured", "endures", "sparked", "sparks", "prompted",
                     "prompts"), _CRITICISM_NOUNS),
}
# the particle some of those verbs need ("picked up the endorsement", "came under criticism")
_RECEIVING_PARTICLES = {"picked": "up", "picks": "up", "came": "under", "come": "under",
                        "comes": "under", "coming": "under"}
_RECEIVED_SOURCES = frozenset({"of", "from"})  # "the endorsement of X", "criticism from X"
# what the stance was for ("faced criticism for unreported loans", "criticism over his speech")
_RECEIVED_COMPLEMENTS = frozenset({"for", "over"})
MAX_RECEIVED_MODIFIERS = 3  # "the full support", "his first endorsement", "some much-needed"
# words that open the noun of such a stance ("the", "an", "his", "overwhelming", "48%" no)
_RECEIVED_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "any",
                                   "some", "more", "even"})
# words of a time phrase that open a clause before its subject ("Last month the mayor won")
_TIME_DEICTICS = frozenset({"last", "this", "next", "earlier", "later"})
# endings of a verb form, no modifier of the noun ("has won", "has sewn up", "is drawing")
_VERB_ENDINGS = ("ed", "en", "ing")
# verbs of having, read only before a determiner ("has the support of X"; "has support"
# alone is mostly a share: "has support from 52 percent")
_HAVING_VERBS = frozenset({"has", "have", "had", "enjoys", "enjoyed"})
# subordinators that open a received stance's clause ("As Obama faced criticism over C")
_RECEIVED_OPENERS = frozenset({"as", "while", "when", "since", "after", "before", "because",
                               "though", "although", "even"})
# words after such a verb that are no one reacting ("alarmed that", "angered by")
_NOT_AFFECTED = frozenset({"that", "by", "about", "at", "over", "with", "to", "it", "this"})
MAX_BEFORE_BY = 3  # "was supported Friday by", "was also endorsed the day before by"
# what between the participle and "by" makes "by" another phrase's ("reported to be ... by")
_PASSIVE_BY_STOPS = frozenset({"to", "as", "for", "that", "and", "or", "of", "in", "on"})
# auxiliaries before a passive's "be"/"been" ("has been", "might be", "had not been")
_AUXILIARIES_BEFORE_BE = frozenset({"has", "have", "had", "will", "would", "might", "may",
                                    "could", "can", "should", "must", "not", "never", "also",
                                    "already", "since", "long", "’s", "'s"})
# words after which a passive's subject starts ("indicated that Trump was supported by"; not
# a sentence's first word: "That effort has been championed by")
_PASSIVE_SUBJECT_OPENERS = _SUBORDINATORS | {"that", "but", "and", "—", "–", "--"}
# the complement after the source that says what the stance was about ("criticized by X for
# failing to", "dismissed by X as a bumbler", "accused by X of attempting a coup")
_PASSIVE_COMPLEMENTS = frozenset({"for", "as", "of"})
MAX_APPOSITION_WORDS = 8  # "Mr. Bush, the former governor of Florida, had been": its words
# where a source after "by" that is no name ends ("by left-leaning economists for C")
_AGENT_STOPS = _PASSIVE_COMPLEMENTS | _PREPOSITIONS | _RELATIVE_OPENERS | _SUBORDINATORS | {
    "and", "but", "because", "over", "despite"}
MAX_SPEAKER_AFTER_BY = 16  # "by Sen. Dianne Feinstein of California, the ranking Democrat ..."
MAX_EXPECTED_SUBJECT = 14  # "Many in Clinton's Iowa staff of more than 100 are expected to"
MAX_POLL_FRAME = 10  # "in the RealClearPolitics average of New Hampshire polls"
# what opens a sentence or clause before "asked" ("Asked whether", "When asked about")
_QUESTION_OPENERS = frozenset({"when", "after", "if", "once", "upon", "being", "while"})
# what opens the question after "asked" (or "asked by X")
_QUESTION_WORDS = frozenset({"whether", "if", "what", "how", "why", "when", "where", "who",
                             "which", "about", "to", "for", ",",
                             "whom"})  # ("When asked whom she supported", twentieth session)
MAX_ASKER_TOKENS = 8  # "asked by host John Dickerson whether": the asker's words
MIN_SAID_BY_WORDS = 4  # the sentence a "This was stated by X" reports: a clause, not "Yes."
# the verbs of "This was stated by X" (passive) and "X said this" (active)
_SAID_BY_CUES = frozenset({"stated", "said", "announced", "noted", "reported", "emphasized",
                           "emphasised", "stressed", "declared", "written", "expressed",
                           "made", "voiced", "told", "added", "mentioned", "pointed"})
_SAID_BY_SUBJECTS = frozenset({"this", "that", "these", "such"})
# what may follow "X said this": the end, or where and when it was said
_SAID_THIS_AFTER = frozenset({".", "in", "on", "at", "during", "after", "while", "when", ",",
                              "to", "via", "today", "yesterday"})


def _said_by_index(toks: list[Token]) -> tuple[int, bool] | None:
    """The cue's index in "This was stated by X ..." / "Such an opinion was expressed by X"
    (``True``: the speaker follows its "by") or in "X said this ..." (``False``: the speaker
    precedes it); None when the sentence is neither."""
    if sum(t.kind == "w" for t in toks) < 3:
        return None
    if toks[0].low in _SAID_BY_SUBJECTS:
        k = 1
        while k < len(toks) and k <= MAX_SAID_BY_SUBJECT and toks[k].low not in _BE_FORMS:
            k += 1  # "Such an opinion was", "This statement was"
        if k + 2 < len(toks) and toks[k].low in _BE_FORMS and (
                toks[k + 1].low in _SAID_BY_CUES) and toks[k + 2].low == "by":
            return k + 1, True
        return None
    for k in range(1, min(len(toks) - 1, MAX_SHORT_PHRASE + 2)):
        if toks[k].low in {"said", "stated", "wrote", "noted"} and toks[k + 1].low == "this" \
                and (k + 2 >= len(toks) or toks[k + 2].low in _SAID_THIS_AFTER):
            return k, False
    return None


MAX_SAID_BY_SUBJECT = 3  # "Such an opinion was": the words before the verb "be"


MAX_NOUN_BEFORE_THAT = 3  # "the claim that", "the false claim that": a short noun phrase


# verbs of speech that also name an act or a work by their object ("announced his
# resignation", "wrote a book"): with a determiner's noun phrase for content and no clause,
# the product's unit reports no statement (PolNeAR's unit keeps them)
_ACT_OBJECT_LEMMAS = frozenset({"announce", "write"})
# directive verbs and the words after their addressee that open what is asked, no words
# said ("urged people to stay away", "warned Hamas against", "asked Congress for"): the news
# labels' "commissive and directive verbs with an infinitive"
_DIRECTIVE_ENDS = {"urge": frozenset({"to"}), "implore": frozenset({"to"}),
                   "ask": frozenset({"to", "for"}), "warn": frozenset({"against"}),
                   "instruct": frozenset({"to"}), "order": frozenset({"to"})}
MAX_DIRECTIVE_OBJECT = 15  # tokens of an addressee before its infinitive
# words that make a directive's content a clause or a question: words said
_DIRECTIVE_CLAUSE_WORDS = frozenset({"that", "whether", "if", "how", "what", "why", "when",
                                     "who", "where"})
# speech acts with no proposition when their object is a noun phrase ("emphasized the
# political will", "reaffirmed Iran’s support", "praised Trump's approach", "expressed
# Egypt's readiness": the news labels' "speech acts with no proposition"); with a clause
# ("stressed that C") they report words
_NO_PROPOSITION_LEMMAS = frozenset({"emphasize", "emphasise", "stress", "underscore",
                                    "reiterate", "reaffirm", "express", "praise", "proclaim",
                                    "highlight", "welcome"})


def _reports_no_words(toks: list[Token], cue: _Cue, phrase: Phrase, start: int) -> bool:
    """Does an indirect statement whose content starts at character ``start`` report no words
    of its source (27th session, from the news develop halves; check halves up, none down)?

    - a finding read in data or documents: "Court records show he had two convictions",
      "government data showed exports slowed" (:func:`_data_head`);
    - an act or a work named by its object: "Kallas announced a review of the partnership",
      "Koester wrote the book ..." (a determiner's noun phrase, no clause);
    - a topic covered: "correspondent Greg Palkot reports on how Israel plans ...", "it
      reported on the aftermath of the Chernobyl accident" (no clause);
    - knowledge gained, not words said: "Police learned that three others had been shot",
      "the Daily News has learned" (28th session: every "learn" of 4,800 pages);
    - a plea in court: "Flynn pleaded guilty to lying to the FBI" (the charge is no
      proposition of his; "pleaded with witnesses to come forward" is a request and stays)."""
    if (cue.evidence or (cue.lemma in _FINDING_LEMMAS and toks[phrase.core_end - 1].low
                         not in _OUTLET_REPORTS)) and _data_head(toks, phrase):
        return True  # ("court records indicated he planned a plea", "the autopsy revealed")
    if cue.lemma == "learn" or (cue.lemma == "plead" and _plea(toks, start)):
        return True
    act = cue.lemma in _ACT_OBJECT_LEMMAS and _object_opens(toks, start)
    act = act or (cue.lemma in _NO_PROPOSITION_LEMMAS and (
        _object_opens(toks, start) or _possessive_name_opens(toks, start)))
    if _directive_infinitive(toks, cue, start):
        return True
    return (act or _topic_reported(toks, cue)) and not _clause_content(toks, start)


def _directive_infinitive(toks: list[Token], cue: _Cue, start: int) -> bool:
    """Is the content starting at character ``start`` a directive's addressee and infinitive
    ("urged people to stay away", "asked anyone with information to call", "warned members
    not to reduce benefits", "warned Hamas against conducting operations", "asked Congress
    for a new round")? The news labels leave directives out; a clause ("urged that C",
    "asked whether C") or quoted words keep the statement."""
    if cue.lemma not in _DIRECTIVE_ENDS:
        return False
    k = _token_from(toks, start)
    if k is None or _clause_content(toks, start):
        return False  # "warned it would take legal action against": a clause
    ends = _DIRECTIVE_ENDS[cue.lemma]
    for m in range(k, min(len(toks) - 1, k + MAX_DIRECTIVE_OBJECT + 1)):
        low = toks[m].low
        if (low in _DIRECTIVE_CLAUSE_WORDS or toks[m].kind == "q" or low in _PUNCT_END
                or low == ","):
            return False  # ("asked Bennett about it, the manager said he needed to")
        if low in ends and m > k and toks[m + 1].kind == "w":
            return not _clause_follows(toks, m + 1)
    return False


def _clause_follows(toks: list[Token], k: int) -> bool:
    """Does a "that" or a quote follow token ``k`` in its sentence ("asked the company to
    build them at home, telling its chief that he does not want C": words said)?"""
    for t in toks[k:]:
        if t.low in _PUNCT_END:
            return False
        if t.low == "that" or t.kind == "q":
            return True
    return False


def _possessive_name_opens(toks: list[Token], start: int) -> bool:
    """Does the content starting at character ``start`` open with a capitalised possessive
    ("reaffirmed Iran’s support", "praised Trump's approach")?"""
    k = _token_from(toks, start)
    return k is not None and _cap(toks[k]) and toks[k].low.endswith(("'s", "’s"))


# speech verbs that state a finding when data or documents are their subject ("court records
# indicated", "the autopsy revealed that", "emails suggest"; 28th session): "the report said"
# stays a statement, as the labels count it (the lemmas of _FINDING_VERBS but "show", whose
# cue already carries the evidence flag)
_FINDING_LEMMAS = frozenset({"reveal", "indicate", "suggest", "confirm"})
# ... but "reports" are an outlet's words ("Spanish reports suggested the gunman had an
# accomplice", as "according to reports" is counted)
_OUTLET_REPORTS = frozenset({"report", "reports"})
# what a plea in court opens with ("pleaded guilty", "pleaded not guilty", "pleaded no
# contest", "pleaded innocent")
_PLEAS = frozenset({"guilty", "innocent", "not", "no"})


# what a sentence that introduces someone's words names them ("Below is a statement by X:",
# "Here is the full text of the letter from X:", "Read the remarks from X below:")
_INTRODUCED_WORDS = frozenset({"statement", "statements", "remarks", "comments", "comment",
                               "letter", "message", "text", "speech", "testimony"})


def _statement_by(toks: list[Token]) -> tuple[_Cue, Phrase] | None:
    """A sentence ending in a colon that introduces someone's words by name ("Below is a
    statement by Francesca Grifo, director of UCS's Scientific Integrity Program:"): a colon
    cue whose speaker is the phrase after "by"/"from"; the quote that follows is theirs."""
    if len(toks) < 4 or toks[-1].low != ":":
        return None
    k = next((m for m in range(len(toks) - 3) if toks[m].low in _INTRODUCED_WORDS
              and toks[m + 1].low in {"by", "from"}), None)
    if k is None:
        return None
    phrase = speaker_right(toks, k + 2)
    if phrase is None or phrase.how == "pronoun" or not any(
            _cap(t) for t in toks[phrase.i : phrase.core_end]):
        return None
    c = len(toks) - 1
    return _Cue(c, c + 1, ":", "colon"), phrase


def _plea(toks: list[Token], start: int) -> bool:
    """Does the content starting at character ``start`` open with a plea ("guilty to ...")?"""
    k = _token_from(toks, start)
    return k is not None and toks[k].low in _PLEAS


# windows-1252's punctuation left in a text decoded as Latin-1 ("don\x92t", "\x93Q,\x94 she
# said"; 37 pages of stories-dev and dedup-dev): read as the marks they stand for, one
# character for one, so every offset holds (28th session)
_C1_PUNCTUATION = {c: bytes([c]).decode("cp1252") for c in (0x85, 0x91, 0x92, 0x93, 0x94, 0x96,
                                                               0x97)}
_C1_CONTROLS = re.compile("[\x80-\x9f]")  # (as monitor.feedxml finds them)
# adverbs between a subject and its verb "charges" ("The indictment also charges ...")
_CHARGE_ADVERBS = frozenset({"also", "further", "formally"})


def _charges_noun(toks: list[Token], k: int) -> bool:
    """Is "charge(s)" at ``k`` the noun? The verb follows its subject: a name, a pronoun or a
    speaker's noun ("prosecutors charge", "The indictment also charges"); after any other
    lowercase word ("felony charges", "new charges", "lob charges") it is the noun."""
    if k == 0:
        return False
    prev = toks[k - 1]
    if prev.kind != "w" or _cap(prev):
        return False
    return prev.low not in lx.PRONOUNS and prev.low not in lx.SPEAKER_NOUNS and (
        prev.low not in _CHARGE_ADVERBS) and prev.low not in lx.EVIDENCE_NOUNS


def _token_from(toks: list[Token], start: int) -> int | None:
    """The index of the first token at or after character ``start``, or None."""
    return next((m for m, t in enumerate(toks) if t.start >= start), None)


def _object_opens(toks: list[Token], start: int) -> bool:
    """Does the content starting at character ``start`` open with a determiner ("announced
    a review of ...", "wrote the short stories")?"""
    k = _token_from(toks, start)
    return k is not None and toks[k].low in lx.DETERMINERS and toks[k].low != "that"


def _clause_content(toks: list[Token], start: int) -> bool:
    """Does the content starting at character ``start`` report a clause ("denied that Russia
    had attacked", "warned the talks would fail") rather than name an object ("denied the
    claims", "criticised the plan")? A "that" before it, or a subject and a finite verb
    soon after its start."""
    k = _token_from(toks, start)
    if k is None:
        return False
    if k > 0 and toks[k - 1].low == "that":
        return True
    if any(t.low == "that" for t in toks[k + 1 : k + MAX_NOUN_BEFORE_THAT + 1]):
        return True  # "rejected the claim that the talks had failed": a noun's clause
    return (toks[k].low in _CLAUSE_START or _PRONOUN_SUBJECT.match(toks[k].low) is not None
            or _cap(toks[k])) and _finite_soon(toks, k + 1)


# verbs of belief, hope and knowledge of the "clause" class that take a clause without "that"
# ("Democrats hope they will gain ground", "Clinton knows Sanders will run to the end",
# "foreign observers worry it will set an example"; seventeenth session): an attribution in
# PolNeAR's unit, a stance in the product's (a belief reported, no words said)
_BELIEF_LEMMAS = frozenset({"hope", "worry", "know", "expect", "feel", "understand",
                            "realize", "realise", "assume", "suppose", "imagine", "guess",
                            "recognize", "recognise"})


def _bare_belief(toks: list[Token], cue: _Cue, start: int) -> bool:
    """Does a belief verb's clause open at token ``start`` with no "that" (a subject and a
    finite verb soon after it: "hope they will", "knows Sanders will run")?"""
    return (cue.kind == "clause" and cue.lemma in _BELIEF_LEMMAS and 0 < start < len(toks)
            and toks[start - 1].low != "that" and (
                (_clause_opens(toks, start) and _finite_soon(toks, start + 1))
                or _long_subject_clause(toks, start)))


MAX_BELIEF_SUBJECT = 12  # "hopes his latest celebrity endorsement before the New Hampshire
# primary will give": a belief's clause whose subject is a long noun phrase


def _long_subject_clause(toks: list[Token], start: int) -> bool:
    """A belief's bare clause whose subject is a name or a noun phrase longer than
    :func:`_clause_opens` reads (nineteenth session, PolNeAR's unit): "Bivens hopes Clinton
    and other Democrats do not make the same mistake", "Dems hope Trump's behavior will help
    them", "Christie hopes his latest celebrity endorsement before the primary will give him
    the boost": a capitalised word or a determiner, then a finite auxiliary within
    :data:`MAX_BELIEF_SUBJECT` words, with no punctuation, relative word or "to" before it."""
    n = len(toks)
    if toks[start].kind != "w" or not (_cap(toks[start]) or toks[start].low in _CLAUSE_START):
        return False
    for m in range(start + 1, min(n, start + MAX_BELIEF_SUBJECT + 1)):
        tok = toks[m]
        if tok.kind != "w" or tok.low in _RELATIVE_OPENERS or tok.low in {"to", "for", "as"}:
            return False
        if tok.low in _FINITE_AUXILIARIES or tok.low in {"do", "does", "did"} or (
                tok.low.endswith(("n't", "n’t"))):
            return True
    return False


def _lone_quote(toks: list[Token], claimed: set[int]) -> int | None:
    """The one unclaimed quote of a sentence of few other words, at its start or end (a
    quote with its own short attribution clause), or None."""
    quotes = [k for k, t in enumerate(toks) if t.kind == "q"]
    words = sum(t.kind == "w" for t in toks)
    if len(quotes) != 1 or quotes[0] in claimed or not 1 <= words <= MAX_LONE_QUOTE_WORDS:
        return None
    k = quotes[0]
    quote = toks[k].quote
    assert quote is not None
    edge = all(t.kind == "p" for t in toks[:k]) or all(t.kind == "p" for t in toks[k + 1 :])
    long_enough = len(text_words(toks[k].text)) >= MIN_LONE_QUOTE_WORDS
    return k if edge and long_enough else None


def text_words(text: str) -> list[str]:
    """The words of a token's text (a quote's words)."""
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


def _that_verbs(toks: list[Token]) -> list[_Cue]:
    """Words the lexicon does not know that stand before a 'that' ("figures that",
    "recognized that"): for the parser to try as reporting verbs."""
    out = []
    for k in range(1, len(toks) - 1):
        tok = toks[k - 1]
        if toks[k].low == "that" and tok.kind == "w" and tok.low.isalpha() and (
                not tok.text[:1].isupper()) and tok.low not in _BE_FORMS and (
                tok.low not in _NOT_THAT_VERBS) and tok.low.endswith(("ed", "s", "es")):
            out.append(_Cue(k - 1, k, tok.low, "that"))
    return out


def _clause_opens(toks: list[Token], k: int) -> bool:
    """Does a reported clause without "that" open at ``k``: a determiner or pronoun subject
    ("the talks would", "he is"), or a capitalised name right before a finite auxiliary
    ("Moscow had", "Kyiv was")?"""
    n = len(toks)
    if k + 1 >= n or toks[k].kind != "w" or toks[k + 1].kind != "w":
        return False
    if toks[k].low in _CLAUSE_START or _PRONOUN_SUBJECT.match(toks[k].low):
        # "on This Week": a capitalised function word is part of a name
        return toks[k].text[:1].islower() or toks[k].low in _NAMED_SUBJECTS
    return _cap(toks[k]) and toks[k + 1].low in _FINITE_AUXILIARIES


# the news idiom that closes a report: "but gave no details", "but declined to elaborate"
_WITHHOLDING_VERBS = frozenset({"gave", "offered", "provided", "disclosed", "released", "cited"})
_WITHHOLDING_REFUSALS = frozenset({"declined", "refused"})
_WITHHOLDING_AFTER_NOT = frozenset({"elaborate", "give", "provide", "say", "specify",
                                    "comment", "disclose", "name", "offer"})


def _withholding(toks: list[Token], k: int) -> bool:
    """Does the speaker's own second verb start at ``k`` (after "but"): "gave no details",
    "offered no evidence", "declined to elaborate", "did not elaborate", "would not say"?"""
    n = len(toks)
    if k + 1 >= n:
        return False
    first, second = toks[k].low, toks[k + 1].low
    if first in _WITHHOLDING_VERBS and second in {"no", "few"}:
        return True
    if first in _WITHHOLDING_REFUSALS and second == "to":
        return True
    return k + 2 < n and first in {"did", "would", "could"} and second in {"not", "n't"} and \
        toks[k + 2].low in _WITHHOLDING_AFTER_NOT


def _past_time(toks: list[Token], k: int) -> int:
    """Past a time phrase at ``k`` ("on Monday", "Thursday night", "last week"), or ``k`` when
    none is there: the phrase must end on a word that names a time, not on "on" or "this"."""
    n = len(toks)
    m = k + 1 if k < n and toks[k].low in {"on", "in", "at"} else k
    while m < n and _is_time(toks[m].low) and m - k < MAX_SHORT_PHRASE:
        m += 1
    if m > k and _is_time(toks[m - 1].low) and toks[m - 1].low not in _TIME_OPENERS:
        return m
    return k


# adverbs of time a cue may take before its clause ("said later the talks were over")
_AFTER_WORDS = frozenset({"later", "afterwards", "afterward"})


def _is_time(low: str) -> bool:
    """A word of a time phrase after a cue ("on Monday", "Tuesday night", "later")."""
    return low in lx.TIME_WORDS or low in _AFTER_WORDS or bool(_YEAR.fullmatch(low))


_YEAR = re.compile(r"(?:19|20)\d\d")  # "said in 2024 there were ...": a year (round 33)


# an aside set off by commas inside a reported clause is at most this many tokens long ("as
# measured by the consumer prices index", "as soon as possible")
MAX_CLAUSE_ASIDE = 10
_AUXILIARIES = _FINITE_VERBS - {"says", "said", "wants", "needs"}


def _aside_in_clause(toks: list[Token], start: int, comma: int, end: int) -> bool:
    """Is the "as" after the comma at ``comma`` an aside inside the reported clause that
    ``toks[start:comma]`` opens ("said he would, as soon as possible, bring prices down", "said
    that its key measure, as measured by the CPI, rose by 3.5%"), not the reporter's own clause
    ("said the talks failed, as he faced questions")? The clause has no verb yet, or stops at
    an auxiliary, and the aside closes with a comma before a lower-case word, the clause going
    on (27th session: news develop halves)."""
    words = [t for t in toks[start:comma] if t.kind == "w"]
    if not words:
        return False
    if words[-1].low not in _AUXILIARIES and _finite_soon(toks, start):
        return False  # the clause has its verb: what follows the comma is the reporter's
    close = next((m for m in range(comma + 2, min(end, comma + MAX_CLAUSE_ASIDE + 2))
                  if toks[m].low == ","), None)
    return close is not None and close + 1 < end and toks[close + 1].kind == "w" and (
        toks[close + 1].text[:1].islower())


MAX_SUBORDINATE_REACH = 12  # tokens from a subordinator to the "and" of its clause's verbs


# words that open a question's clause ("deciding whether X could question Y"): its subject
# asserts nothing, and a verb joined after it is the main clause's subject's
_WHETHER_WORDS = frozenset({"whether"})


def _asked_whether(toks: list[Token], phrase: Phrase) -> bool:
    """Is a previous cue's speaker phrase the subject of a "whether" clause: "Sullivan put off
    deciding whether Judicial Watch could question Clinton but said C" is Sullivan's, the
    main clause's subject, not the one the question is about (round 33)."""
    return phrase.i > 0 and toks[phrase.i - 1].low in _WHETHER_WORDS


MAX_INNER_CLOSE = 3  # characters of closing marks an inner quote leaves before "?" ("?’ ")
MAX_TAG_APPOSITION = 12  # "the chairman for the Northern Virginia exurb," after a tag's name
MAX_JOINED_REACH = 25  # tokens back from a participle's comma to the "and" of its clause


def _joined_clause_subject(toks: list[Token], comma: int) -> Phrase | None:
    """The named subject of the second of two joined clauses a participle after ``comma``
    follows: "prosecutors charged the officer with murder and Emanuel fired his police chief,
    Garry F. McCarthy, acknowledging that C" is Emanuel's, the doer of the nearest clause,
    not the first clause's subject. The "and"/"but" must follow a lower-case word (a clause's
    end, not "Smith and Jones"), and a capitalised name open the clause with its verb in
    lower case (-ed or finite) right after; else None."""
    for k in range(comma - 1, max(0, comma - MAX_JOINED_REACH), -1):
        tok = toks[k]
        if tok.kind == "q" or tok.low in _PUNCT_END:
            return None
        if tok.low not in {"and", "but"} or k < 1 or toks[k - 1].kind != "w" or _cap(
                toks[k - 1]) or not _cap(toks[k + 1]):
            continue
        phrase = speaker_right(toks, k + 1)
        if phrase is None or phrase.how == "pronoun" or phrase.j >= comma:
            return None
        verb = toks[phrase.j]
        if verb.kind != "w" or _cap(verb) or not (
                verb.low.endswith("ed") or verb.low in _FINITE_VERBS) or verb.low in lx.CUES:
            return None
        return Phrase(phrase.i, phrase.j, "subject", phrase.start, phrase.end)
    return None


def _subordinate_subject(toks: list[Token], conj: int) -> Phrase | None:
    """The named subject of the subordinate clause whose second verb the cue after ``conj``
    ("and", "but") is: "The system comes amid talks, after Trump threatened tariffs on Canada
    and said it would be better off as a US state" is Trump, not the system (27th session:
    a news develop half). Only a capitalised name right after the subordinator, its verb in
    lower case next, and no punctuation between the subordinator and the "and"; else None
    (the main clause's subject speaks: "Zelenskyy met Trump when the talks began and said")."""
    for k in range(conj - 1, max(-1, conj - MAX_SUBORDINATE_REACH - 1), -1):
        tok = toks[k]
        if tok.kind != "w":
            return None  # (a comma, a quote: the "and" is not inside one clause with it)
        if tok.low in _SUBORDINATORS and k + 1 < conj:
            phrase = speaker_right(toks, k + 1)
            if phrase is None or phrase.how == "pronoun" or not (
                    _cap(toks[phrase.i]) or _definite_people(toks, phrase)) or (
                    phrase.j >= conj or toks[phrase.j].kind != "w"
                    or _cap(toks[phrase.j])):
                return None
            return Phrase(phrase.i, phrase.j, "subject", phrase.start, phrase.end)
    return None


def _definite_people(toks: list[Token], phrase: Phrase) -> bool:
    """Is ``phrase`` "the" and a plural people noun, maybe "of" a place after it ("after the
    leaders of France and Canada issued a statement and said": the leaders; round 36, a news
    develop half)?"""
    if toks[phrase.i].low != "the" or phrase.j - phrase.i < 2:
        return False
    head_end = next((m for m in range(phrase.i + 1, phrase.j) if toks[m].low == "of"), phrase.j)
    head = toks[head_end - 1].low  # ("the leaders of France and Canada": the leaders)
    return head in lx.SPEAKER_NOUNS and head.endswith("s")


def _thousands_comma(toks: list[Token], m: int) -> bool:
    """Is ``toks[m]`` the comma inside a number ("2,000": the tokens "2", ",", "000"), no
    punctuation of the sentence? Its neighbours touch it and the group after it has three
    digits."""
    if not (0 < m < len(toks) - 1) or toks[m].low != ",":
        return False
    before, after = toks[m - 1], toks[m + 1]
    return before.low.isdigit() and after.low.isdigit() and len(after.low) == 3 and (
        before.end == toks[m].start and toks[m].end == after.start)


def _relative_clause_subject(toks: list[Token], conj: int) -> Phrase | None:
    """The relative pronoun whose clause the cue after ``conj`` continues: the second verb
    after "and"/"but" ("Investigators interviewed a reporter, Jane Roe, who saw the incident
    and described it in print" is Roe's description, not the investigators'), or a
    participle after a preposition ("X, a group that endorsed Sanders before backing
    Clinton"). Only words (no punctuation, no subordinator) between "who" and ``conj``, so
    the verbs share its clause, and some word or comma before "who" for its antecedent. The
    relative phrase resolves to the antecedent as "X, who said" does (pron34); else None."""
    for k in range(conj - 1, max(0, conj - MAX_SUBORDINATE_REACH - 1), -1):
        tok = toks[k]
        if tok.kind != "w" or tok.low in _SUBORDINATORS or tok.low in _CUE_CONJUNCTIONS:
            return None
        if tok.low == "who":
            if k + 1 >= conj or k < 1:
                return None
            relative = Phrase(k, k + 1, "relative", tok.start, tok.end)
            if toks[k - 1].low == ",":
                return relative
            # a restrictive clause ("another victim who had no recollection but said"):
            # the noun phrase it restricts, unless that is in apposition to a name before
            # ("John Smith, a lawyer who ...": the relative resolves to the name)
            antecedent = speaker_left(toks, k) if toks[k - 1].kind == "w" else None
            if antecedent is not None and antecedent.i > 0 and toks[antecedent.i - 1].low == ",":
                return relative
            return antecedent
    return None


def _finite_soon(toks: list[Token], k: int) -> bool:
    """A finite verb within ``MAX_VERB_REACH`` words of ``k``, before any punctuation: what
    tells "told reporters the talks would resume" (a clause) from "told reporters the story
    of his life" (a second object)."""
    for m in range(k, min(len(toks), k + MAX_VERB_REACH)):
        tok = toks[m]
        if _thousands_comma(toks, m):
            continue  # "told CNN that 2,000 tents had been sent": one number, no clause break
        if tok.kind != "w" or tok.low in _RELATIVE_OPENERS:
            return False  # "told people in a debate that she should": the verb is the clause's
        if tok.low in _FINITE_VERBS or tok.low.endswith(("n’t", "n't")) or (
                tok.low.endswith("ed") and toks[m - 1].low not in lx.DETERMINERS):
            return True  # not "a heated exchange": an adjective in -ed after a determiner
    return False


# a subject pronoun with its verb contracted ("she’s", "they’re", "he'll", "there’s",
# "that’s"): a finite clause opens there (twenty-fourth session)
_CONTRACTED_SUBJECT = re.compile(r"^(he|she|they|we|i|it|there|that)[’'](s|d|ll|re|ve|m)$")


# words after a subject pronoun that are no verb of its own ("told him he to ..." is no
# English; "he himself", "she, too")
_NOT_AFTER_SUBJECT = frozenset({"to", "himself", "herself", "themselves", "too", "also"})


def _pronoun_verb(toks: list[Token], j: int) -> bool:
    """Is ``toks[j]`` a subject pronoun ("he", "she", "they", "we", "I") with a lower-case
    word after it, the clause's verb whatever its form ("told police he found the gun": an
    irregular past the finite-verb test does not know)?"""
    if j + 1 >= len(toks) or toks[j].low not in PERSON_PRONOUNS:
        return False
    verb = toks[j + 1]
    return verb.kind == "w" and verb.text[:1].islower() and verb.low not in _NOT_AFTER_SUBJECT \
        and verb.low not in lx.DETERMINERS and verb.low not in _PREPOSITIONS




def _bare_clause(toks: list[Token], k: int) -> int | None:
    """Where the reported clause opens after the listener of "tell" when no "that" marks it:
    "told reporters the talks would resume", "told them the war would end", "told CNN on Sunday
    Moscow had to decide", "told a briefing in Moscow Kyiv was not ready". The listener is at
    least one word (a determiner first does not count) and at most ``MAX_BARE_LISTENER``;
    ``None`` when no clause opens in that reach."""
    n = len(toks)
    first = k + 1 if k < n and toks[k].low in lx.DETERMINERS else k
    for j in range(first + 1, min(n, k + MAX_BARE_LISTENER + 1)):
        if toks[j - 1].kind != "w" or toks[j - 1].low in {"to", "that"} or _verb_cue(
                toks[j - 1]):
            return None  # "told him to quiet down during a heated exchange": no bare clause
        if (_clause_opens(toks, j) and (_finite_soon(toks, j + 1) or _pronoun_verb(toks, j))) \
                or (_CONTRACTED_SUBJECT.match(toks[j].low) and toks[j].text[:1].islower()):
            return j  # ("told voters she’s with them", "told reporters there’s no deal": the
            # verb is in the contraction)
    return None


def _token_range(toks: list[Token], start: int, end: int) -> tuple[int, int]:
    """Unit token indices [i, j) of the tokens inside characters [start, end)."""
    i = next((x for x, t in enumerate(toks) if t.end > start), len(toks))
    j = i
    while j < len(toks) and toks[j].start < end:
        j += 1
    return i, j


# quantities after "not" that open a reported clause's subject ("said not all hope is lost",
# "said not every voter agreed"; round 33)
_NEGATED_QUANTITIES = frozenset({"all", "every", "everyone", "everybody", "everything", "many",
                                 "much", "enough", "one"})
# numbers that open a reported clause's subject after a setting's comma ("said in a
# statement, one person was taken ...", "two officers were hurt")
_SUBJECT_NUMBERS = (_COUNT_WORDS - {"both", "other"}) | {"one", "most"}
# the verbs of saying whose setting may end in a comma before the reported clause ("said in
# a statement, one person was hurt"), and the words that open that clause's subject (not
# "when", "if", "what": "contended with X, when it faced ...": a clause of the writer's)
_SETTING_CUES = frozenset({"say", "tell", "add"})
_SETTING_CLAUSE_SUBJECTS = frozenset({"the", "a", "an", "this", "these", "there", "he", "she",
                                      "they", "we", "i", "it", "his", "her", "their", "its",
                                      "no", "police", "officers"})
_NEGATED_ENDINGS = ("n't", "n’t")  # a finite verb negated ("doesn't", "won’t")


def _trailing_circumstance(toks: list[Token], k: int) -> bool:
    """True when tokens from ``k`` are a short circumstance phrase that ends the sentence
    ('in an interview later', 'on the same call', 'Thursday')."""
    rest = toks[k:]
    if rest and rest[0].low == ";":
        return True  # "C, he said; C2": the tag ends at the semicolon (twentieth session)
    while rest and rest[-1].kind == "p" and rest[-1].low in _PUNCT_END:
        rest = rest[:-1]
    if rest and rest[0].low in lx.TIME_WORDS and any(
            t.low in _FINITE_VERBS or t.low.endswith(_NEGATED_ENDINGS) for t in rest):
        return False  # "said this was unacceptable", "says this incident doesn't represent
        # ...": a clause whose subject is "this" (round 33: the negated verb)
    if len(rest) > 1 and rest[0].low in _DEMONSTRATIVES and rest[1].kind == "w" and (
            rest[1].low.endswith(("ed", "s")) and rest[1].low not in lx.TIME_WORDS
            and rest[1].low not in _PREPOSITIONS and not _cap(rest[1])):
        return False  # "Police say this happened during an argument": "this" is no time
        # ("this week", "this Monday") before a verb (round 30; _DEMONSTRATIVES: "this" and
        # "that", below)
    return bool(rest) and len(rest) <= MAX_SUFFIX_SKIP and all(
        t.kind == "w" for t in rest) and (rest[0].low in _PREPOSITIONS
                                          or rest[0].low in lx.TIME_WORDS or rest[0].low == "by"
                                          or rest[0].low in _TRAILING_ADVERBS
                                          or _here_setting(rest))


def _here_setting(rest: list[Token]) -> bool:
    """'C, a navy spokesman said here.', '... said here Friday', '... said here on Monday':
    "here", the dateline's city in wire copy, alone or before a time or a preposition's
    setting (not "said here is the plan": a clause)."""
    return rest[0].low == "here" and (len(rest) == 1 or rest[1].low in lx.TIME_WORDS
                                      or rest[1].low in _PREPOSITIONS)


# adverbs of time or manner that may close a tag ("C, analysts said afterward.", "C, she said
# later in an interview", "C, he said again"; round 30)
# (times only: "which has not commented publicly" is no tag of the clause before it)
_TRAILING_ADVERBS = frozenset({"afterward", "afterwards", "later", "again", "previously",
                               "recently"})




# the longest setting after a closing tag ("C, Lavrov said at a press conference after talks
# with Armenian Foreign Minister Ararat Mirzoyan."): a sentence's worth of prepositional phrases
MAX_SETTING_WORDS = 30
# "at least", "at most": a quantity that opens the reported clause, not a place
_QUANTITY_AFTER_AT = frozenset({"least", "most"})


def _trailing_setting(toks: list[Token], k: int) -> bool:
    """True when the tokens from ``k`` to the sentence's end are where and when the words were
    said, longer than :func:`_trailing_circumstance` takes: a phrase opened by a preposition
    ('at a press conference with Armenian Foreign Minister Ararat Mirzoyan', 'during a visit
    to Yerevan, Armenia'), with no quote, no finite verb and no 'that' (a clause of its own)."""
    rest = toks[k:]
    while rest and rest[-1].kind == "p" and rest[-1].low in _PUNCT_END:
        rest = rest[:-1]
    words = [t for t in rest if t.kind == "w"]
    if len(words) >= 2 and words[1].low in _QUANTITY_AFTER_AT:
        return False  # "CNN reported at least six planes filled the skies": a clause
    return bool(words) and rest[0].kind == "w" and rest[0].low in _PREPOSITIONS and (
        len(words) <= MAX_SETTING_WORDS) and all(
        t.kind == "w" or t.low == "," for t in rest) and not any(
        t.low in _FINITE_VERBS or t.low in _RELATIVE_WORDS or t.low == "that" for t in words)


MIN_CLAUSE_BEFORE_TAG = 4  # "Boots on the ground would be appropriate, X said": a clause, not
# an opener ("In Paris, X said after the talks that ...") whose words are fewer


MAX_ASIDE_TAG_TOKENS = 14  # '(“Q,” Monica Crowley wrote in The Washington Times last week)'


def _quoted_aside(toks: list[Token], k: int) -> bool:
    """Does the parenthesis opened at ``toks[k]`` hold a quote and, after it, the words of
    its tag before it closes ('(“Q,” Jones said on Tuesday)')? A parenthetical quote with its
    own attribution is a statement of its own, set off from the sentence around it."""
    if k + 2 >= len(toks) or toks[k + 1].kind != "q":
        return False
    for m in range(k + 2, min(len(toks), k + 2 + MAX_ASIDE_TAG_TOKENS)):
        if toks[m].low == ")":
            return m > k + 2 and any(t.kind == "w" for t in toks[k + 2 : m])
        if toks[m].kind == "q" or toks[m].low == "(":
            return False
    return False


def _open_parenthesis(toks: list[Token], start: int, end: int) -> int:
    """Where the reported words before a tag ending at ``end`` start: ``start``, or just after
    a parenthesis opened before them and still open at the tag (name34: "those who fear
    Western softness (“Q,” Monica Crowley wrote last week) and ...": the parenthesis holds
    the quote and its tag, an aside the writer sets off from the sentence around it)."""
    opened: list[int] = []
    for m in range(start, end):
        if toks[m].low == "(":
            opened.append(m)
        elif toks[m].low == ")" and opened:
            opened.pop()
    return opened[-1] + 1 if opened else start


def _clause_before_tag(toks: list[Token], g_start: int) -> bool:
    """A reported clause ends in a comma right before the speaker and cue ("C, Ben Carson said
    after the attacks."): what follows the cue is then a circumstance, not the content."""
    if g_start < 2 or toks[g_start - 1].low != ",":
        return False
    head = [t for t in toks[dateline_end(toks) : g_start - 1] if t.kind in {"w", "q"}]
    return len(head) >= MIN_CLAUSE_BEFORE_TAG and head[0].low not in _PREPOSITIONS and (
        head[0].low not in lx.SENTENCE_OPENERS)


def _subject_before(toks: list[Token], b: int,
                    claimed: set[int]) -> tuple[int, int] | None:
    """The subject of the clause whose verb group starts at token ``b`` ("has been", "is",
    "has"), as token bounds [start, end): auxiliaries before ``b`` skipped, a relative word
    alone ("which was first reported by"), an apposition kept ("Mr. Bush, the former governor
    of Florida, had been"), else the words after the last punctuation or clause opener, with
    no finite verb; None when there is none or it is too long or quoted."""
    s_end = b
    while s_end > 0 and toks[s_end - 1].low in _AUXILIARIES_BEFORE_BE:
        s_end -= 1  # "has been", "might be", "had not been"
    apposed = s_end
    if s_end > 2 and toks[s_end - 1].low == ",":
        comma = next((m for m in range(s_end - 2, max(0, s_end - MAX_APPOSITION_WORDS - 2), -1)
                      if toks[m].kind != "w"), None)
        if comma is None or toks[comma].low != "," or any(
                t.low in _FINITE_VERBS or t.low in _RELATIVE_WORDS
                for t in toks[comma + 1 : s_end - 1]):
            return None
        apposed, s_end = comma, s_end - 1
    if s_end == 0 or toks[s_end - 1].kind != "w":
        return None
    if toks[s_end - 1].low in _RELATIVE_OPENERS:
        opened = s_end - 1  # "which was first reported by": the relative word
    else:
        first = dateline_end(toks)
        opened = max((m + 1 for m in range(first, apposed)
                      if toks[m].low in {",", ";", ":", "(", ")"} or toks[m].kind == "q"
                      or (toks[m].low in _PASSIVE_SUBJECT_OPENERS and m > first)),
                     default=first)
        while opened < s_end and toks[opened].low in _OPENING_CONJUNCTIONS:
            opened += 1
        if any(t.low in _FINITE_VERBS or t.low in _RELATIVE_WORDS
               for t in toks[opened:apposed]):
            return None
    if s_end - opened < 1 or s_end - opened > MAX_EXPECTED_SUBJECT or any(
            i in claimed for i in range(opened, s_end)):
        return None
    return opened, s_end


def _share_before(toks: list[Token], k: int) -> Phrase | None:
    """A share of people as the ones who say (nineteenth session, PolNeAR's unit): "42% say
    C", "with three in 10 saying C", "A third of independents, 33%, say C" (the group and its
    figure); the phrase ends before token ``k``, a form of "say"; None when the words before
    are no share. (Round 16's speaker rules read "Forty percent of voters said"; a bare
    figure has no head noun.)"""
    j = k
    if j >= 1 and toks[j - 1].low == ",":
        j -= 1  # "33%, say": the figure in apposition
    if j >= 2 and toks[j - 1].low in {"%", "percent"} and toks[j - 2].low.replace(
            ".", "").isdigit():
        i = j - 2
    elif j >= 3 and per_cent_at(toks, j) and toks[j - 3].low.replace(".", "").isdigit():
        i = j - 3  # "42 per cent say" (org34)
    elif j >= 3 and toks[j - 2].low == "in" and toks[j - 1].low in {"10", "ten"} and (
            _is_share_number(toks[j - 3].low)):
        i = j - 3
    else:
        return None
    while i > 0 and toks[i - 1].low in _SHARE_QUALIFIERS:
        i -= 1  # "about two-thirds", "more than 4 in 10", "just 28 percent"
    if j < k and i >= 2 and toks[i - 1].low == ",":
        # "A third of independents, 33%, say": the group before its figure
        g = i - 1
        while g > 0 and toks[g - 1].kind == "w" and i - g <= MAX_SHARE_GROUP:
            g -= 1
        if g < i - 1 and (g == 0 or toks[g - 1].kind != "w"):
            i = g
    elif j < k:
        return None  # ("Republicans, 33%, say" with no group: a list)
    if k - i > MAX_SHARE_GROUP + 4 or (toks[k].low.endswith("ing") and not (
            i > 0 and toks[i - 1].low == "with")):
        return None  # ("saying" only after "with": "with 50 percent saying C")
    return Phrase(i, j, "left", toks[i].start, toks[j - 1].end)


def _share_phrase(toks: list[Token], phrase: Phrase) -> bool:
    """Is the speaker phrase a share of people by its figure ("Sixty-seven percent of
    Americans", "42%", "about 4 in 10 voters")?"""
    words = toks[phrase.i : phrase.j]
    return any(t.low in {"percent", "%"} or per_cent_at(toks, x + 1)
               for x, t in enumerate(words, phrase.i)) or any(
        a.low == "in" and b.low in {"10", "ten"} for a, b in itertools.pairwise(words))


def _poll_of_share(toks: list[Token], phrase: Phrase, k: int) -> Phrase | None:
    """The poll a share of people speaks in, when the clause after the cue (from ``k``) ends
    with it: "Sixty-seven percent of Americans said C in a Washington Post-ABC News poll
    this month, ...", "42% say C in the latest Quinnipiac survey." A figure is no one's
    voice: the named or dated poll that measured it is the source, as it is when the frame
    stands inside the subject ("Some 20 percent of people in a recent CNN/ORC poll said").
    None when the phrase is no share or no such frame closes the clause."""
    if not _share_phrase(toks, phrase):
        return None
    n = len(toks)
    for x in range(k, n):
        if toks[x].low in _PUNCT_END or toks[x].kind == "q":
            return None  # (the frame must close the share's own clause, unquoted)
        if toks[x].low != "in":
            continue
        m = x + 1
        while m < n and m - x <= MAX_POLL_FRAME and (
                toks[m].kind == "w" or _poll_name_mark(toks, m)) and (
                toks[m].low not in _POLL_HEADS):
            m += 1
        if m >= n or toks[m].low not in _ONE_POLL or any(
                t.low in _FINITE_VERBS or t.low in _RELATIVE_OPENERS
                or (t.low in _PREPOSITIONS and t.low != "of") for t in toks[x + 1 : m]):
            continue
        if not any(_cap(t) or t.low in _NOUN_ADJECTIVES for t in toks[x + 1 : m]):
            continue  # (a poll named or dated: not "in the polls", the state of a race)
        tail = _poll_tail(toks, m + 1)
        if tail < n and toks[tail].low != "," and toks[tail].low not in _PUNCT_END:
            continue  # ("in a Fox poll of voters who ...": the frame goes on)
        return Phrase(x + 1, m + 1, "left", toks[x + 1].start, toks[m].end)
    return None


def _is_share_number(low: str) -> bool:
    """"three", "4", "six": the count before "in 10"."""
    return low.isdigit() or low in _SHARE_NUMBERS


_SHARE_NUMBERS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight",
                            "nine"})
# words before a share's figure ("about two-thirds, 67 percent", "more than 4 in 10")
_SHARE_QUALIFIERS = frozenset({"about", "some", "only", "just", "nearly", "almost", "roughly",
                               "than", "more", "fewer", "less", "another", "over", "under",
                               "around", "a", "full"})
MAX_SHARE_GROUP = 8  # "Among likely GOP primary voters, about two-thirds, 67 percent, say"


def _received_subject(toks: list[Token], b: int,
                      claimed: set[int]) -> tuple[int, int] | None:
    """:func:`_subject_before` for :meth:`Extractor._received`, past a subordinator that opens
    the clause ("As President Obama faced ..."); None when the subject opens with a time
    ("last week picked up the endorsement": the subject is further back)."""
    subject = _subject_before(toks, b, claimed)
    if subject is None:
        return None
    opened, s_end = subject
    while opened < s_end and (toks[opened].low in _RECEIVED_OPENERS or _time_word(toks[opened])
                              or (toks[opened].low in _TIME_DEICTICS and opened + 1 < s_end
                                  and (_time_word(toks[opened + 1])
                                       or toks[opened + 1].low in _TIME_DEICTICS))):
        opened += 1  # ("Last month the mayor won": the time before the subject; not "This
        # view has drawn": "this" only before a time)
    if opened == s_end or _time_word(toks[s_end - 1]):
        return None  # ("Cruz led ... and last week picked up": the subject is further back)
    return opened, s_end


def _time_word(tok: Token) -> bool:
    """A word of a time phrase before a subject ("last week", "Earlier this month")."""
    return _is_time(tok.low) and tok.low not in _TIME_DEICTICS


def _past_received_modifiers(toks: list[Token], m: int) -> int:
    """Past a determiner and up to :data:`MAX_RECEIVED_MODIFIERS` plain lower-case words
    before a received stance's noun ("the full support", "harsh criticism", "an
    endorsement"): where the noun should be."""
    if m < len(toks) and toks[m].low in _RECEIVED_DETERMINERS:
        m += 1
    start = m
    while m < len(toks) and m - start < MAX_RECEIVED_MODIFIERS and toks[m].kind == "w" and (
            toks[m].low not in _RECEIVED_NOUNS) and toks[m].low.replace("-", "").isalpha() and (
            not _cap(toks[m])) and toks[m].low not in lx.NP_BOUNDARY and (
            "-" in toks[m].low or not toks[m].low.endswith(_VERB_ENDINGS)):
        m += 1  # (not a verb: "has consolidated support", "have sought support")
    return m


def _impression_complement(toks: list[Token], k: int) -> bool:
    """Does an adjective (after words of degree or an adverb in -ly) open the complement of
    an impression verb at ``k`` ("looks much weaker", "sounded subdued", "appears
    significant"; not "looked toward", "appeared onstage")?"""
    while k < len(toks) and toks[k].kind == "w" and (
            toks[k].low in _IMPRESSION_DEGREES or toks[k].low.endswith("ly")):
        k += 1
    if k >= len(toks) or toks[k].kind != "w" or _cap(toks[k]):
        return False
    low = toks[k].low
    return low in _IMPRESSION_ADJECTIVES or (
        low.endswith(_IMPRESSION_ENDINGS) and low not in _PARTICIPLE_NOT_COMPLEMENT
        and low not in _PREPOSITIONS and low not in lx.NP_BOUNDARY)


def _agent_after_by(toks: list[Token], k: int) -> Phrase | None:
    """The source after a passive's "by" where no speaker phrase was read ("by left-leaning
    economists", "by early deciders"): its words up to punctuation, a preposition or a clause
    word, ending in a noun-like word; None when none."""
    j = k
    while j < len(toks) and j - k < MAX_SPEAKER_AFTER_BY and toks[j].kind == "w" and (
            toks[j].low not in _AGENT_STOPS):
        j += 1
    if j == k or not toks[j - 1].low.isalpha() or toks[j - 1].low in lx.DETERMINERS:
        return None
    return Phrase(k, j, "right", toks[k].start, toks[j - 1].end)


def _with_complement(toks: list[Token], phrase: Phrase) -> Phrase:
    """An inverted speaker with its prepositional complement to the comma or the sentence end:
    "C, said a former spokesman for the Foreign Ministry." (the core stays "spokesman")."""
    m = phrase.j
    if m >= len(toks) or toks[m].low not in _COMPLEMENT_PREPOSITIONS:
        return phrase
    while m < len(toks) and toks[m].kind == "w" and m - phrase.j <= MAX_LOOSE_SPEAKER_TOKENS:
        m += 1
    if m < len(toks) and toks[m].low not in _PUNCT_END and toks[m].low != ",":
        return phrase
    return Phrase(phrase.i, m, phrase.how, phrase.start, toks[m - 1].end, phrase.core_end)


MAX_NAME_APPOSED = 5  # "J. Brooks Spector", "Oleg Voloshyn": the words of an apposed name
_APPOSED_NAME_ENDS = frozenset({",", ".", "!", "?", "who", ";"})
_SENTENCE_STOPS = frozenset({".", "!", "?"})  # what ends a sentence after its last word
# states a verb of reporting predicates of its subject ("six confirmed dead", "two reported
# missing", "declared dead"): the verb is then no cue
_STATE_AFTER_CUE = frozenset({"dead", "killed", "injured", "wounded", "missing", "alive",
                              "hurt", "infected", "safe", "deceased"})
# the verbs that state so (not "said dead tissue was removed", "They want safe homes")
_STATING_PARTICIPLES = frozenset({"confirmed", "reported", "declared", "pronounced",
                                  "presumed", "feared", "listed"})


# the heads of a post a body's name qualifies without an article ("said Fiocruz president,
# Dr. Mario Moreira.", "said Nicoma Park Police Chief, Rob Groseclose."): the name after the
# comma is the speaker's, the phrase before it none (tn37)
_BODY_POST_HEADS = frozenset({"president", "chief", "director", "director-general",
                              "secretary-general", "chairman", "chairwoman", "chair",
                              "chairperson", "head", "spokesman", "spokeswoman",
                              "spokesperson", "minister", "secretary", "executive", "ceo",
                              "founder", "commissioner", "governor", "mayor", "premier",
                              "leader", "ambassador", "manager", "adviser", "advisor"})


def _body_post(words: list[Token]) -> bool:
    """Are ``words`` a post of a body or a place written without an article, its capitalised
    name first and the post's head last ("Fiocruz president", "Nicoma Park Police Chief",
    "Trump adviser"), rather than a person's name? No word before the head is a first name
    the lexicon knows ("said Jane Chief" stays a name)."""
    if len(words) < 2 or words[-1].low.rstrip(".") not in _BODY_POST_HEADS or any(
            t.kind != "w" for t in words):
        return False
    return _cap(words[0]) and not first_name_gender(words[0].text) and all(
        _cap(t) or t.low in lx.TITLE_WORDS for t in words[:-1])


def _apposed_name_after(toks: list[Token], phrase: Phrase) -> Phrase | None:
    """'“Q,” said a former spokesman for the ministry, Oleg Voloshyn.', 'said one of his
    lawyers, John Smith, who ...': an inverted speaker described in lower case, its
    complement, then a comma and a name of two or more capitalised words that ends the
    sentence or its own clause: the name's phrase (the description names no one; twenty-
    second session). None when there is no such name."""
    n = len(toks)
    words = toks[phrase.i : phrase.j]
    possessed = any(
        t.low.endswith(("’s", "'s")) and all(_cap(w) for w in words[: m + 1]) and m + 1 < len(
            words) and all(not _cap(w) or w.low in lx.TITLE_WORDS for w in words[m + 1 :])
        for m, t in enumerate(words))  # "said Mark Weekly's brother, Mike Weekly.", "said
    # Unite's General Secretary, Sharon Graham."
    if not possessed and not _body_post(words) and (_cap(toks[phrase.i]) or not any(
            t.kind == "w" and not _cap(t) for t in words)):
        return None  # (a name already: "said Oleg Voloshyn, a former spokesman")
    m = phrase.j
    while m < n and toks[m].kind == "w" and m - phrase.j <= MAX_LOOSE_SPEAKER_TOKENS:
        m += 1  # the complement after the description ("for the ministry")
    if m + 2 >= n or toks[m].low != ",":
        return None
    e = m + 1
    while e < n and toks[e].kind == "w" and _cap(toks[e]) and e - m <= MAX_NAME_APPOSED:
        e += 1
    if e - (m + 1) < 2 or (e < n and toks[e].low not in _APPOSED_NAME_ENDS) or (
            toks[e - 1].low.endswith(("’s", "'s"))) or any(
            fold(t.text) in PLACES for t in toks[m + 1 : e]):
        return None  # (not a place: "said a company spokesman, Decatur Alabama.")
    return Phrase(m + 1, e, "right", toks[m + 1].start, toks[e - 1].end)



def _apposition_tail(toks: list[Token], k: int) -> bool:
    """True when tokens from ``k`` to the sentence end are an apposition to an inverted
    speaker ("said Oleg Voloshyn, a former spokesman.", "said a spokesman, Oleg Voloshyn.")
    rather than more content: a determiner or a capitalised word first, no quote, no verb of
    saying, and few words."""
    rest = toks[k:]
    while rest and rest[-1].kind == "p" and rest[-1].low in _PUNCT_END:
        rest = rest[:-1]
    if not rest or len(rest) > MAX_APPOSITION_TOKENS or rest[0].kind != "w" or any(
            t.kind == "q" or t.low in lx.CUES or t.low in _RELATIVE_WORDS for t in rest):
        return False
    first = rest[0].low
    # "said RoseAnn DeMoro, executive director of ...", "said Jane Doe, 45, a teacher"
    return first in {"a", "an", "the"} or _cap(rest[0]) or first in lx.SPEAKER_NOUNS or (
        first in lx.TITLE_WORDS or first in lx.NP_MODIFIERS or first.isdigit())


def _apposed_name(toks: list[Token], comma: int) -> Phrase | None:
    """The name before a long apposition that ends at ``comma`` (just before the cue), when
    the name opens the sentence or follows its quote: "“Q,” Mr. Mahaney, of RBC Capital
    Markets, said", "Sen. Rand Paul, R-Ky., told", "Mr. Daniloff, now 81 and retired in
    Cambridge, Mass., said", "Anne Richards, assistant secretary of state for population,
    refugees, and migration, said". Abbreviation dots ("Mass.,") are allowed inside."""
    start = 0
    for k in range(comma - 1, -1, -1):
        tok = toks[k]
        if tok.kind == "q" and not (k > 0 and toks[k - 1].kind == "w"):
            start = k + 1  # the sentence's own quote; one after a word is a title or a
            break  # slogan inside the apposition ("the co-author of “Going Viral,” said")
        if tok.low in _PUNCT_END and not (k + 1 < len(toks) and toks[k + 1].low == ","):
            return None  # a sentence end that is no abbreviation: not one sentence
    if start < len(toks) and toks[start].low == ",":
        start += 1
    if comma - start > MAX_APPOSITION_TOKENS:
        return None
    first = next((c for c in range(start + 1, comma) if toks[c].low == ","), None)
    if first is None:
        return None
    name = speaker_left(toks, first)
    if name is None or name.how != "left" or not (
            _cap(toks[first - 1]) or toks[first + 1].low in _REACHED_ASIDES) or not (
            name.i == start or _description_before(toks, start, name.i)):
        return None  # (a description too before "when contacted": "Powell's office, when
        # contacted by Reuters, said"; nineteenth session)
    return Phrase(name.i, comma, "left", toks[name.i].start, toks[comma - 1].end,
                  name.core_end)


# first words of an aside set off between a cue and its clause ("says, win or lose in the
# primary, he's staying"; "said, if elected, she would"): not a listener or an object
_ASIDE_OPENERS = frozenset({"win", "if", "once", "after", "before", "in", "at", "on", "for",
                            "regardless", "whatever", "no", "despite", "without", "with",
                            "as", "when", "should", "unless"})
# words that open an aside of being asked or reached before the cue ("X, when contacted by
# Reuters, said", "X, asked about the plan, said")
_REACHED_ASIDES = frozenset({"when", "asked", "reached", "contacted", "pressed", "questioned"})


MAX_DESCRIPTION_BEFORE_NAME = 4  # "Minnesota state delegate Mary Susan": a few words of title


def _description_before(toks: list[Token], start: int, name: int) -> bool:
    """True when the words from ``start`` to ``name`` are a short description opening the
    sentence before a name ("Minnesota state delegate Mary Susan, clad in ..., said"):
    plain words, none of them a clause word or a verb form ("state" is a noun here)."""
    words = toks[start:name]
    return 0 < len(words) <= MAX_DESCRIPTION_BEFORE_NAME and all(
        t.kind == "w" and t.low not in lx.NP_BOUNDARY and t.low not in _RELATIVE_WORDS
        and not t.low.endswith(("ed", "ing")) for t in words)


# a run-in quote has a clause's words ("It's sad, of course,"): fewer may be a name or a
# phrase the content calls something ('Trump represents "New York values," Cruz said')
MIN_RUN_IN_QUOTE_WORDS = 4


def _run_in_quote(toks: list[Token], k: int) -> bool:
    """Does the quote at ``k`` open a sentence of its own that runs on from words with no stop
    between: a capitalised sentence-like quote closing on a comma right after a lowercase
    word that is no cue ('... after sharing cancer diagnosis “It's sad, of course,” Dr.
    Peter Black said': a page's related headline without its full stop, round 21)? The quote
    is then the tag's alone, not the end of the words before it."""
    quote = toks[k]
    before = toks[k - 1] if k else None
    # (not after a word the clause goes on from: "but “Q,” X said", "so “Q,”", "about “Q,”")
    return before is not None and before.kind == "w" and not _cap(before) and (
        before.low not in lx.CUES and before.low not in lx.NP_BOUNDARY
    ) and ends_with_comma(quote) and _starts_upper(quote.text) and (
        len(text_words(quote.text)) >= MIN_RUN_IN_QUOTE_WORDS) and not _title_case(quote.text)


def _sentence_quote(tok: Token) -> bool:
    """A quote that opens a sentence mid-paragraph and is speech, not a title: it has
    :data:`MIN_TITLE_LIKE_WORDS` words ('“Q1,” Palmieri told reporters. “Q2” and other
    pocketbook issues.': Q2 is Palmieri's too)."""
    return len(text_words(tok.text)) >= MIN_TITLE_LIKE_WORDS


def _listener_tail(toks: list[Token], k: int) -> bool:
    """True when tokens from ``k`` are the listener of "told" and the sentence ends there:
    "C, Smith told reporters.", "C, she told The Canadian Press in an interview"; a semicolon
    ends the sentence's first half ("C, X told the meeting of NATO ministers; C2")."""
    rest = toks[k:]
    semicolon = next((m for m, t in enumerate(rest) if t.low == ";"), None)
    if semicolon is not None:
        rest = rest[:semicolon]
    while rest and rest[-1].kind == "p" and rest[-1].low in _PUNCT_END:
        rest = rest[:-1]
    if len(rest) >= 3 and rest[-3].low == "(" and rest[-1].low == ")" and (
            rest[-2].kind == "w" and rest[-2].text.isupper()):
        rest = rest[:-3]  # "told Agence France-Presse (AFP)": the listener's acronym
    return bool(rest) and len(rest) <= MAX_LISTENER_TOKENS and all(
        t.kind == "w" for t in rest) and rest[0].low not in _RELATIVE_WORDS | {"that"}


# a pronoun that is a clause's subject: no noun phrase goes on after it
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you"})
_QUANTITY_ENDS = frozenset({"few", "several", "many", "some", "more", "most"})
# words that may follow a subject pronoun before its cue ("He soon learned", "they both say")
_PRONOUN_TAIL = frozenset({"soon", "also", "then", "now", "still", "too", "himself", "herself",
                           "themselves", "all", "both", "alone", "later", "once", "again"})
# determiners that never stand alone as a subject (unlike "those", "both", "another")
_NOUN_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "my", "our",
                               "your", "no", "every"})


# verbs of an outlet's tag after a report ("..., reports USA Today.", "..., TASS reported")
_TAG_VERBS = frozenset({"reports", "reported", "writes", "wrote"})


def _source_tag(toks: list[Token], cue: _Cue) -> Phrase | None:
    """The outlet of a tag that ends the sentence, verb first, after a comma: "..., reports
    USA Today." (the name runs to the sentence's end); None otherwise."""
    if toks[cue.i].low not in _TAG_VERBS or cue.j - cue.i != 1:
        return None
    end = cue.j
    while end < len(toks) and toks[end].kind == "w" and (_cap(toks[end]) or (
            toks[end].low in {"the", "of"} and end + 1 < len(toks) and _cap(toks[end + 1]))):
        end += 1  # ("reports the New York Times")
    if end == cue.j or (end < len(toks) and toks[end].low not in _PUNCT_END):
        return None
    return Phrase(cue.j, end, "right", toks[cue.j].start, toks[end - 1].end)


_QUESTIONS = frozenset({"ask", "question", "inquire", "wonder"})  # a questioner's cues
# "deny" is a stance toward a claim ("denied the charges") and also "refuse to give" with two
# objects ("denied him a victory", "denied Carter a photograph"), which reports nothing
_GIVING_LEMMAS = frozenset({"deny"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "it", "you"})


def _two_objects(toks: list[Token], start: int, end: int) -> bool:
    """Does ``toks[start:end]`` open with two objects: a pronoun or a name, then a determiner
    ("him a first-ballot victory", "Carter a final-night photograph", "insurgent Bernie
    Sanders the nomination"), or a thing given "to" someone ("class-action status to female
    employees")?"""
    words = [t for t in toks[start:end] if t.kind == "w"]
    if not words:
        return False
    if words[0].low in _OBJECT_PRONOUNS and len(words) > 1 and words[1].low in _ARTICLES:
        return True
    if words[0].low in _ARTICLES or any(w.low in _CLAUSE_HINTS for w in words[:3]):
        return False  # "the charges", "the notion that ...": one object; "there is now a
        # rice shortage": a clause
    for k in range(1, min(len(words), MAX_FIRST_OBJECT_WORDS + 1)):
        if words[k].low in _ARTICLES and words[k - 1].low not in _OBJECT_LINKS:
            return True  # a name or "his party", then the thing given
        if words[k].low == "to" and not _cap(words[0]):
            return True
    return False


# words after which an article opens a phrase inside the first object ("any role in the
# attacks", "his opposition in a separate interview", "responsibility that a hierarchy")
_OBJECT_LINKS = frozenset({"in", "on", "at", "of", "for", "with", "by", "from", "about",
                           "that", "and", "or", "as", "than", "into", "over", "under"})


MAX_FIRST_OBJECT_WORDS = 4  # "insurgent Bernie Sanders" before "the nomination"
_TOPIC_LINKS = frozenset({"on", "to"})  # "Peskov on Trump:", "Trump to Zelensky:" (headlines)
_SINGLE_OPENING_QUOTES = frozenset({"‘", "'"})  # British headlines quote in single marks


def _before_topic(toks: list[Token], phrase: Phrase) -> Phrase:
    """A headline's speaker before "on" or "to" and its topic or addressee ("Peskov on Trump:
    ...", "CNN President On Trump: ...", "Trump to Zelensky: ..."); the phrase itself when it
    holds no such word between capitalised words (not "the Council on ..." as one name: the
    word after the link must be capitalised and the one before too)."""
    link = next((m for m in range(phrase.i + 1, phrase.j - 1)
                 if toks[m].low in _TOPIC_LINKS and _cap(toks[m - 1]) and _cap(toks[m + 1])),
                None)
    if link is None:
        return phrase
    return Phrase(phrase.i, link, phrase.how, toks[phrase.i].start, toks[link - 1].end)


# words that open a circumstance between a relative "who" and its verb ("who in two earlier
# opinions had made clear", "who last week injected"): prepositions and time words
_CIRCUMSTANCE_WORDS = frozenset({"in", "on", "at", "during", "after", "before", "since", "over",
                                 "last", "earlier", "later", "this", "that", "for", "until"})
# marks that set a clause off, as a comma (a spaced hyphen is a typed dash: "Williams - who
# said"; twenty-fourth session)
_SET_OFF_MARKS = frozenset({"—", "–", "--", "-", "("})
MAX_DESCRIBED_WORDS = 10  # "the GOP mega-donor and co-founder of Renaissance Technologies
# hedge fund" (10 words): a description before "who" is a short noun phrase


def _described_before(toks: list[Token], k: int) -> Phrase | None:
    """The description before a relative word at ``k`` that opens with an article and stands
    after a comma, whatever its head noun ("Peter Thiel, the billionaire tech maverick who",
    "Ronnie Cameron, an Arkansas poultry magnate who"): "who" says its head is a person even
    when no lexicon knows the noun, which :func:`speaker_left` requires."""
    for i in range(k - 1, max(-1, k - 1 - MAX_DESCRIBED_WORDS), -1):
        tok = toks[i]
        if tok.kind != "w" or tok.low in lx.CUES or tok.low.endswith("ing"):
            return None  # ("Rubio, a candidate aiming at moderate and conservative voters
            # who": a participle's object may be what "who" stands for)
        if tok.low in _ARTICLES and i >= 2 and toks[i - 1].low in {",", "and"}:
            return Phrase(i, k, "left", tok.start, toks[k - 1].end)
    return None


def _closes_aside(toks: list[Token], k: int) -> bool:
    """Does the dash at ``k`` close an aside that an earlier dash opened ("candidates — like
    Republican front-runner Donald Trump — who say": "who" is the candidates)?"""
    return toks[k].low != "(" and any(t.low == toks[k].low for t in toks[:k])


def _name_before(toks: list[Token], k: int) -> Phrase | None:
    """The run of capitalised words ending just before ``k`` ("Graham" of "Graham—who")."""
    i = k
    while i > 0 and toks[i - 1].kind == "w" and _cap(toks[i - 1]):
        i -= 1
    return Phrase(i, k, "left", toks[i].start, toks[k - 1].end) if i < k else None


MAX_APPOSED_WORDS = 12  # "the president of the Foundation for Middle East Peace" (9 words):
# an apposition between a name and "who" is a short noun phrase; longer runs are clauses
_DESCRIPTION_OPENERS = _ARTICLES | {"his", "her", "its", "their"}
# prepositions that make the capitalised words after them a place, not a person named
# before an apposition (not "from": "$100,000 from Harlan Crow, a developer, who")
_PLACE_BEFORE_NAME = frozenset({"in", "at", "near", "outside", "across", "throughout",
                                "inside", "around"})


def _name_before_apposition(toks: list[Token], comma: int) -> Phrase | None:
    """The name before a description set off by commas ahead of "who" at ``comma + 1``:
    "Harlan Crow, a Texas real estate developer, who", "Kirill Dmitriev, the head of Russia's
    sovereign wealth fund, who" stand for Crow and Dmitriev, not for the description (round
    16). None unless the words between the two commas open with an article or a possessive
    and hold no verb or clause word."""
    c = comma - 1
    while c >= 0 and comma - c <= MAX_APPOSED_WORDS and toks[c].kind == "w" and \
            toks[c].low not in lx.CUES and toks[c].low not in _RELATIVE_WORDS and \
            toks[c].low not in _FINITE_VERBS and toks[c].low != "that":
        c -= 1
    if c < 1 or c == comma - 1 or toks[c].low != "," or toks[c + 1].low not in _DESCRIPTION_OPENERS:
        return None
    named = speaker_left(toks, c)
    if named is None or named.how != "left" or not _cap(toks[named.core_end - 1]):
        return None
    person = _person_named(toks, named)
    if person.i > 0 and toks[person.i - 1].low in _PLACE_BEFORE_NAME:
        return None  # "In Washington, the president, who": a place, not a person
    return person


MAX_RELATIVE_BEFORE_NAME = 8  # "who still backs Randolph": the clause before the set-off name
MIN_APPOSED_NAME_WORDS = 2  # "Pat Schroeder", "Rep. Schroeder": a name, not "Kyiv,"


def _apposed_after_relative(toks: list[Token], k: int) -> Phrase | None:
    """'One of Grayson's former supporters who still backs Randolph, former Colorado Rep.
    Pat Schroeder, lives in his district and wrote that ...': a restrictive relative clause
    (``toks[k]`` "who", no comma before it) ends at a comma, a name set off by commas follows
    (after "former" or "late", if any), and a verb follows the second comma: the name is
    the subject the clause describes, who speaks, whether the cue is that verb's or the
    clause's own ("backs"; name34 took the name when the cue follows the comma; name36).
    None otherwise."""
    if toks[k].low != "who" or (k > 0 and toks[k - 1].low in {",", "(", "—", "–", "--"}):
        return None
    cue = len(toks)
    c = next((m for m in range(k + 1, min(cue, k + MAX_RELATIVE_BEFORE_NAME + 2))
              if toks[m].kind != "w"), None)
    if c is None or toks[c].low != "," or c == k + 1:
        return None
    start = c + 1
    while start < cue and toks[start].low in PAST_MARKERS:
        start += 1
    m = start
    while m < cue and toks[m].kind == "w" and _cap(toks[m]):
        m += 1
    if m - start < MIN_APPOSED_NAME_WORDS or m + 1 >= cue or toks[m].low != "," or (
            toks[m + 1].kind != "w" or _cap(toks[m + 1])) or toks[m + 1].low in {
            "who", "which", "and", "but", "a", "an", "the"}:
        return None  # (not "..., Calif., and" or another aside)
    return Phrase(start, m, "left", toks[start].start, toks[m - 1].end)


def _restrictive_antecedent(toks: list[Token], k: int) -> Phrase | None:
    """The named person a relative word at ``k`` without a comma stands for: "Harold Doley, a
    former official who has said" is Doley, the name the description is in apposition to;
    None for a description with no name ("commentators who say": who they are is unknown)."""
    described = (_described_before(toks, k) if toks[k].low == "who" else None) or \
        speaker_left(toks, k)
    if described is not None and described.how == "left" and toks[k].low == "who" and (
            toks[described.i].low == "the" and described.core_end - described.i >= 2
            and all(_cap(t) for t in toks[described.i + 1 : described.core_end])):
        return _person_named(toks, described)  # "the Trump who questions ...": the one
        # named, as the writer sets one side of them apart (twenty-fifth session)
    if described is None or described.how != "left" or (
            _cap(toks[described.core_end - 1]) and toks[described.i].low not in _ARTICLES):
        return None  # ("Witkoff who said" has no comma but is rare; leave it to the reader;
        # "a moderate Indiana Democrat who" is a description, its article says so)
    while described.i >= 2 and toks[described.i - 1].low == "and":  # "a banker and former
        other = speaker_left(toks, described.i - 1)  # official who": both describe one person
        if other is None or other.how != "left" or _cap(toks[other.core_end - 1]):
            return None
        described = other
    if described.i >= 2 and toks[described.i - 1].low in _COPULAS and (
            toks[described.i].low in _ARTICLES):
        # "Angela Corey is the Republican state attorney who charged Zimmerman": a
        # description after "is" is what the subject is; "who" stands for the subject (pron22;
        # _COPULAS, defined below, has held "are", "became", "remains" too since round 29)
        named = speaker_left(toks, described.i - 1)
        if named is None or named.how != "left" or not _cap(toks[named.core_end - 1]):
            return None
        return _person_named(toks, named)
    if described.i < 2 or toks[described.i - 1].low != ",":
        return None
    named = speaker_left(toks, described.i - 1)
    if named is None or named.how != "left" or not _cap(toks[named.core_end - 1]):
        return None
    return _person_named(toks, named)


def _described_before_relative(toks: list[Token], k: int) -> Person | None:
    """The described source a relative pronoun at ``k`` stands for when nothing before it
    resolved: the noun phrase before it (a comma or a dash between) when it is a description
    ("members of the party's hardline conservative faction, who opposed", "a Democrat who
    stated": a capitalised head after "a" is a description too), so that the speaker shown
    is never the bare "who" (twenty-fourth session); None before a name no rule resolved."""
    m = k - 1 if k >= 1 and toks[k - 1].low in _RELATIVE_SET_OFF else k
    described = speaker_left(toks, m)
    if described is None or described.how != "left" or described.j > k:
        return None
    head = described.core_end - 1
    # the noun phrase's own determiner ("Replying to a Democrat who": from "a")
    opener = max((m for m in range(described.i, head) if toks[m].low in _GROUP_DETERMINERS),
                 default=-1)
    if _cap(toks[head]) and (opener < 0 or toks[opener].low == "the") and not (
            toks[head].low.endswith(_GROUP_PLURAL_ENDINGS)):
        return None  # (a people in the plural is a group: "Republicans who believed",
        # "American Indians who claimed"; twenty-ninth session)
    if any(t.kind == "q" for t in toks[max(0, described.i - 2) : described.i]):
        return None  # (a quote's own words, as in _described_antecedent)
    start = opener if opener >= 0 else _quantified_start(toks, described.i)
    return Person(described_source(span_text(toks[start : described.j])), kind="described")


# nouns for a young or unnamed person of crime and local news that no speaker lexicon holds
# ("a 17-year-old boy, who said", "a 15-year-old male who claimed"): a "who" after one of
# them stands for that person
_YOUNG_PERSON_NOUNS = frozenset({"boy", "girl", "male", "female", "juvenile", "youth", "child",
                                 "teen", "teenager"})
# determiners that open such a person's noun phrase ("a boy", "his grandson")
_PERSON_NP_OPENERS = _ARTICLES | {"his", "her", "their"}
MAX_PERSON_NP_MODIFIERS = 2  # "a 17-year-old boy", "her teenage grandson": one or two words


def _person_noun_before_who(toks: list[Token], k: int) -> Person | None:
    """The described person a relative "who" at ``k`` stands for when the noun before it (a
    comma between or not) is a kin or young person's noun the phrase finder does not take as
    a speaker ("found a 17-year-old boy, who said", "approached by his grandson who told
    him"): the short noun phrase from its determiner; None for anything else, so that a
    participle's object ("a man running toward his patrol car who") is never the speaker."""
    if toks[k].low != "who":
        return None
    head = k - 1 if k >= 1 and toks[k - 1].low == "," else k
    head -= 1
    if head < 1 or toks[head].kind != "w" or _cap(toks[head]) or not (
            toks[head].low in _YOUNG_PERSON_NOUNS or toks[head].low in lx.ROLE_GENDER):
        return None
    start = head - 1
    while start >= 0 and head - start <= MAX_PERSON_NP_MODIFIERS and (
            toks[start].kind == "w" and not _cap(toks[start])
            and toks[start].low not in _PERSON_NP_OPENERS and (
                _modifier_word(toks[start]) or toks[start].low[:1].isdigit())):
        start -= 1
    if start < 0 or toks[start].low not in _PERSON_NP_OPENERS:
        return None
    return Person(described_source(span_text(toks[start : head + 1])), kind="described")


# endings of a capitalised plural that names a people or a party, never one person
# ("Republicans", "Democrats", "Americans", "Indians"; not "Williams", "Reuters")
_GROUP_PLURAL_ENDINGS = ("ans", "ats", "ists")
# what may stand between a noun phrase and its relative pronoun ("students, who", "Williams
# - who")
_RELATIVE_SET_OFF = _SET_OFF_MARKS | {","}


def _person_before_who(toks: list[Token], k: int) -> Phrase | None:
    """A person's full name right before a restrictive "who" at ``k`` ("Justice Antonin
    Scalia who said"): two or more capitalised words, the first a known given name; None for
    anything else ("Republicans who argued" is a group, described below)."""
    if toks[k].low != "who":
        return None
    run = _name_before(toks, k)
    if run is None:
        return None
    i = next((m for m in range(run.i, k - 1) if first_name_gender(toks[m].text + " x")
              or given_name_gender(toks[m].text)), None)
    if i is None:
        return None
    return Phrase(i, k, "left", toks[i].start, toks[k - 1].end)


MIN_FULL_NAME_WORDS = 2  # "Rikkie Wells who": a given name and a surname


def _full_name_before_who(toks: list[Token], k: int) -> Phrase | None:
    """Two or more capitalised words right before a restrictive "who" at ``k``, not opening
    the sentence and after no determiner ("from Rikkie Wells who said"), for the resolver to
    say whether they name a person; None for anything else."""
    if toks[k].low != "who":
        return None
    run = _name_before(toks, k)
    if run is None or run.j != k or run.j - run.i < MIN_FULL_NAME_WORDS or run.i == 0 or (
            toks[run.i - 1].low in lx.DETERMINERS) or not all(
            _cap(t) and t.kind == "w" for t in toks[run.i : run.j]):
        return None
    return run


_PLURAL_VERBS = frozenset({"have", "are", "were"})  # verbs a singular subject never takes


def _surname_before_who(toks: list[Token], k: int) -> Phrase | None:
    """One capitalised word right before a restrictive "who" at ``k``, not opening the
    sentence ("with Clinton who is looking"): a surname, if the article named that person
    in full before (the caller checks); "Republicans who" resolves to no such person."""
    if toks[k].low != "who" or k < 2 or toks[k - 1].kind != "w" or not _cap(toks[k - 1]) or (
            _cap(toks[k - 2])) or (k + 1 < len(toks) and toks[k + 1].low in _PLURAL_VERBS):
        return None  # ("legislators such as Bamberg who have endorsed him": the plural verb
        # agrees with the noun before, not with the one name)
    return Phrase(k - 1, k, "left", toks[k - 1].start, toks[k - 1].end)


def _article_description(toks: list[Token], k: int) -> Person | None:
    """The described source an article and a few lower-case words open right before a
    restrictive "who" at ``k``, which the phrase finder does not take ("a resident who
    reported", "A couple who said", "the business community who fear"), or None."""
    start = _quantified_start(toks, k)
    if start == k or toks[start].low not in _ARTICLES:
        return None
    return Person(described_source(span_text(toks[start:k])), kind="described")


def _described_antecedent(toks: list[Token], k: int) -> Person | None:
    """The described source a restrictive "who" at ``k`` stands for when no name does ("a man
    who purportedly told prosecutors he was threatened": a man), as the comma case gives it
    ("a neighbor, who said C"); None before anything but a lowercase description (round 21:
    "who" itself was shown as the speaker)."""
    if toks[k].low != "who":
        return None
    described = speaker_left(toks, k)
    if described is None:
        return _article_description(toks, k)
    if described.how != "left" or _cap(toks[described.core_end - 1]) or (
            any(t.kind == "q" for t in toks[max(0, described.i - 2) : described.i])
            and not toks[described.i - 1].low.endswith("ing")):
        return None  # ('“Q” To the media who reported on this, ...': a quote's own words, the
        # "who" clause inside it, not a tag; leave it unresolved; but '“Q,” echoing some
        # commentators who': a participle goes on with the sentence, round 22)
    start = _quantified_start(toks, described.i)
    return Person(described_source(span_text(toks[start : described.j])), kind="described")


MAX_QUANTIFIED_MODIFIERS = 3  # "some national security law experts who": a few modifiers
# between a quantifier and the head; more is a clause, not one noun phrase
# determiners that open a described group's noun phrase before a "who" clause
_GROUP_DETERMINERS = frozenset({"some", "many", "several", "most", "few", "other", "these",
                                "those", "the", "a", "an"})


def _quantified_start(toks: list[Token], i: int) -> int:
    """Where the described source starting at ``i`` really begins: at the determiner before
    the modifiers the phrase finder stopped at ("some far-right commentators who", "some
    national security law experts who" were "commentators", "experts"; round 22). ``i``
    itself unless lowercase modifier words, and then a determiner, come just before it."""
    k = i
    if toks[i].low in lx.DETERMINERS:
        return i  # ("the memoirs of a former spymaster who": the phrase has its own)
    while k > 0 and i - k < MAX_QUANTIFIED_MODIFIERS and _modifier_word(toks[k - 1]):
        k -= 1
    if k < i and k > 0 and toks[k - 1].low in _GROUP_DETERMINERS:
        return k - 1
    return i


def _modifier_word(tok: Token) -> bool:
    """Can ``tok`` modify a noun inside a described source ("far-right", "law",
    "national")? A lowercase word, hyphens allowed, that is no cue, boundary or verb form."""
    low = tok.low
    return tok.kind == "w" and not _cap(tok) and low.replace("-", "").isalpha() and \
        low not in lx.NP_BOUNDARY and low not in lx.CUES and low not in _GROUP_DETERMINERS \
        and low not in _LINK_WORDS and not low.endswith(("ing", "ed", "ly"))


# words that join phrases, never modify a noun ("the quarter of Democratic caucus voters
# who" is no group "the ... voters")
_LINK_WORDS = _PREPOSITIONS | _COMPLEMENT_PREPOSITIONS | {"and", "or", "but", "than", "as"}


def _person_named(toks: list[Token], named: Phrase) -> Phrase:
    """The person's name that ends the capitalised phrase ``named``, without what comes
    before it or the place after it."""
    i = named.core_end  # the name itself: "$500,000 from William E. Oberndorf" is Oberndorf
    while i > named.i and _cap(toks[i - 1]):
        i -= 1
    if i - 2 >= named.i and toks[i - 1].low in {"of", "from"} and _cap(toks[i - 2]):
        # "Gov. Terry E. Branstad of Iowa, a Republican who": the person before the place
        end = i - 1
        i = end
        while i > named.i and _cap(toks[i - 1]):
            i -= 1
        return Phrase(i, end, "left", toks[i].start, toks[end - 1].end)
    if i - 2 >= named.i and toks[i - 1].low in _ORG_NAME_FOR and _cap(toks[i - 2]):
        # "Democracy for America, a group which says": an organisation's name holds "for",
        # no person's does (pron36: the speaker was "America"); not a person's name before
        # it ("thanked Ms. Smith for Canada")
        m = i - 1
        while m > named.i and _cap(toks[m - 1]):
            m -= 1
        if not any(t.low.endswith(".") for t in toks[m : i - 1]):
            i = m
    return Phrase(i, named.core_end, "left", toks[i].start, toks[named.core_end - 1].end)


_ORG_NAME_FOR = frozenset({"for"})  # the link inside "Citizens for Fairness"


# prepositions whose object cannot be the subject of a finite verb after it (not "after",
# "as", "before", "since", "until": they also open clauses, "After Putin said ..."; not "of",
# "from", "for": "critics of Trump", "a spokesman for"; a participle's subject may follow
# "with": "with Guardiola saying", so participle cues are left alone)
_GOVERNING_PREPOSITIONS = frozenset({"with", "between", "against", "among", "toward",
                                     "towards", "into", "without"})


def _prepositional_object(toks: list[Token], phrase: Phrase) -> bool:
    """'the battle with Jones seemed to show', 'the call between Trump and Putin appeared
    to confirm': the name before the verb is a preposition's object, and the subject, a
    thing's noun before the preposition, speaks for no one. Not 'officials with the
    ministry said' (a speaker noun before it) nor 'a source familiar with the talks'."""
    i = phrase.i
    if i >= 2 and toks[i - 1].low in {"and", "or"} and _cap(toks[i - 2]):
        i -= 1  # "between Trump and Putin": the second of two joined names
        while i > 0 and phrase.i - i <= MAX_JOINED_NAME and _cap(toks[i - 1]):
            i -= 1
        if i > 0 and toks[i - 1].low in _GOVERNING_PREPOSITIONS and not (
                i > 1 and toks[i - 2].low in _ACCOMPANYING):
            return True
    for m in range(max(phrase.i - 1, 0), phrase.j - 1):
        if toks[m].low not in _GOVERNING_PREPOSITIONS or not _cap(toks[m + 1]) or (
                m > 0 and toks[m - 1].low in _ACCOMPANYING):
            continue  # ("the country, along with Canada and France, promised": they too)
        if m == phrase.i - 1:
            return True
        if m > phrase.i and toks[m - 1].kind == "w" and not (
                _cap(toks[m - 1]) or toks[m - 1].low in lx.SPEAKER_NOUNS
                or toks[m - 1].low in FAMILIAR) and not any(
                t.kind != "w" or t.low in lx.RELATIVE_PRONOUNS or t.low in lx.SPEAKER_NOUNS
                or t.low in FAMILIAR for t in toks[phrase.i : m]):
            return True  # (not inside an apposition or a relative clause: "X, who has
            # feuded with Y", "Z, a pollster who worked with W"; nor after a person's noun:
            # "a U.S. official briefed on Rubio's call with Lavrov")
    return False


MAX_JOINED_NAME = 4  # words of the first name in "between Vladimir Putin and Trump"
_ACCOMPANYING = frozenset({"along", "together"})  # "along with X": X speaks too


MAX_NAMED_MODIFIERS = 3  # "a newly formed super PAC called ...": words before the phrase


def _indefinite_before(toks: list[Token], i: int) -> bool:
    """Does an indefinite article open the phrase at ``toks[i]``, or stand a few lowercase
    modifiers before it ("a newly formed super PAC called Future 45")?"""
    for m in range(i, max(-1, i - MAX_NAMED_MODIFIERS - 1), -1):
        if toks[m].low in {"a", "an"}:
            return True
        if m < i and (toks[m].kind != "w" or _cap(toks[m])):
            return False
    return False


def _with_subject_before_aside(toks: list[Token], cue: _Cue,
                               pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Those talks, according to Ushakov, would take place in Moscow': an "according to"
    aside between a clause's subject and its verb; the subject before it is content too,
    when the words after the aside open with a finite verb (they have no subject of their
    own)."""
    if cue.i < 2 or toks[cue.i - 1].low != "," or any(
            t.kind != "w" for t in toks[: cue.i - 1]):
        return pieces
    m = next((m for m in range(len(toks)) if toks[m].start == pieces[0][0]), None)
    if m is None or toks[m].low not in _FINITE_AUXILIARIES:
        return pieces
    return [(toks[0].start, toks[cue.i - 2].end), *pieces]


_NEGATIVE_OPENERS = frozenset({"neither", "nobody", "none"})


def _negative_subject(toks: list[Token], phrase: Phrase) -> bool:
    """Does the speaker phrase deny the report ("Neither Peskov nor Ushakov would say", "No
    official would confirm", "None of them said"): a negative word opening it, or "nor"
    inside it?"""
    words = [t.low for t in toks[phrase.i : phrase.j] if t.kind == "w"]
    before = toks[phrase.i - 1].low if phrase.i > 0 else ""  # ("Neither" left of "Peskov")
    return bool(words) and (words[0] in _NEGATIVE_OPENERS or before in _NEGATIVE_OPENERS
                            or before == "nor" or "nor" in words or (
                                # "No official would confirm", "no one said" (not "No wonder
                                # Trump said")
                                words[0] == "no" and len(words) > 1 and (
                                    words[1] == "one" or words[1] in lx.SPEAKER_NOUNS)))


def cut_pieces(pieces: list[tuple[int, int]], cut: int) -> list[tuple[int, int]]:
    """The content ``pieces`` (character spans) ended at offset ``cut``."""
    return [(a, min(b, cut)) for a, b in pieces if a < cut]


def _relative_clause_end(toks: list[Token], cue: _Cue,
                         pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Zelenskyy, who has argued that Ukraine needs guarantees, will not sign the deal': the
    content of a cue inside a relative clause set off by commas ends at the comma where the
    main clause's verb resumes (a finite auxiliary right after it), not with the sentence;
    the words after are the main clause's, someone else's report."""
    m = next((m for m in range(cue.j, len(toks) - 1) if toks[m].low == ","), None)
    if m is None or toks[m + 1].low not in _FINITE_AUXILIARIES:
        return pieces  # (only the first comma: "who said the two men, and Cruz in
        # particular, must do more" holds an aside of its own)
    cut = toks[m].start
    return cut_pieces(pieces, cut)


# nouns a writer sums a report up with after a comma ("..., a position Democrats criticized")
_SUMMATIVE_NOUNS = frozenset({"position", "claim", "move", "view", "stance", "assertion",
                              "statement", "remark", "allegation", "charge", "comment",
                              "argument", "suggestion", "contention", "assessment", "warning",
                              "threat", "pledge", "promise", "demand", "proposal", "step"})


def _without_summative(toks: list[Token], cue: _Cue,
                       pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'Hegseth said the strikes would continue, a position Democrats have criticized': a
    reported clause ends before the writer's summing-up noun phrase ("a position ...", "a claim
    ...") or comment ("..., which NATO officials dismissed") that stands after its comma."""
    end = pieces[-1][1]
    for m in range(cue.j, len(toks) - 2):
        if toks[m].start >= end:
            break
        if toks[m].low == "," and toks[m].start > pieces[0][0] and ((
                toks[m + 1].low in {"a", "an"} and toks[m + 2].low in _SUMMATIVE_NOUNS) or (
                # "..., which NATO officials dismissed as propaganda": the writer's comment,
                # "which" the object of someone else's verb (not "which was drafted")
                toks[m + 1].low == "which" and (
                    _cap(toks[m + 2]) or toks[m + 2].low in {"the", "many", "some", "critics"}))):
            cut = toks[m].start
            return cut_pieces(pieces, cut)
    return pieces


# words of a comparison before "likely to say" ("are slightly more likely to say")
_LIKELIHOOD_WORDS = frozenset({"likely", "unlikely"})
_LIKELIHOOD_DEGREES = frozenset({"more", "less", "most", "least", "as", "far", "much"})


def _likely_to_say(toks: list[Token], k: int) -> Phrase | None:
    """The subject of "Democratic voters are slightly more likely to say that C", "Caucus-goers
    were more likely to say C": a poll's group said it (4 of 4 such train phrases annotated,
    twenty-first session); the cue ``k`` is "say" after "likely to"."""
    if k < 2 or toks[k - 1].low != "to" or toks[k - 2].low not in _LIKELIHOOD_WORDS:
        return None
    m = k - 2
    while m > 0 and k - m <= MAX_SHORT_PHRASE + 2 and toks[m - 1].kind == "w" and (
            toks[m - 1].low in _LIKELIHOOD_DEGREES or toks[m - 1].low.endswith("ly")):
        m -= 1
    return speaker_left(toks, m)


# words that cannot follow a clause's subject phrase: a list or a clause goes on
_LOOSE_SUBJECT_STOPS = frozenset({"and", "or", "but", "nor", "to", "that", "which", "who"})


def _loose_subject(toks: list[Token], before: int) -> Phrase | None:
    """The noun phrase opening the unit's main clause, read loosely (:func:`speaker_right`'s
    ``loose`` reading, as after a quote), when the subject rules found no speaker there: "The
    nurse later sued, claiming C", "The Pentagon's recent top adviser on the campaign went
    further, arguing C", "Beyond the footage, the affidavit cited interviews and said that C".
    The clause starts at the unit's start or after a comma (an opening phrase of a
    preposition is passed); the phrase must be followed by a lower-case word (its verb or
    its modifier) before ``before`` and end in a name or a noun that can speak
    (:func:`nounish`); not a time ("Hours later, ..."), not "it" or "there"."""
    starts = [0] + [n + 1 for n in range(min(before, len(toks))) if toks[n].low == ","]
    for k in starts:
        while k < before and toks[k].kind == "w" and toks[k].low in lx.SENTENCE_OPENERS:
            k += 1
        if k >= before or toks[k].low in _PREPOSITIONS:
            continue  # "Beyond the security-camera footage, ...": an opener, not the subject
        phrase = speaker_right(toks, k, loose=True)
        if phrase is None or phrase.j + 1 >= before or toks[phrase.j].kind != "w" or (
                _cap(toks[phrase.j])) or toks[phrase.j].low in _LOOSE_SUBJECT_STOPS:
            continue
        if phrase.j - phrase.i == 1 and toks[phrase.i].low in _NOT_SPEAKERS | {"it", "there"}:
            return None
        if any(_is_time(t.low) for t in toks[phrase.i : phrase.j]) or not (
                _cap(toks[phrase.j - 1]) or nounish(toks[phrase.j - 1].low)):
            return None  # "The fracas erupted just two months", "the overall sense of a lull":
            # a clause or a thing, not a speaker
        return dataclasses.replace(phrase, how="subject")
    return None


_OBJECT_ARTICLES = frozenset({"the", "The"})  # "warned the West", "told the Kremlin"


def _named_after_title(toks: list[Token], phrase: Phrase, m_start: int, m_end: int) -> bool:
    """Is the registry name at ``[m_start, m_end)`` a full name that ends the phrase's core
    right after a country's name ("Head of the Office of the President of Ukraine Andriy
    Yermak"): the holder of the capitalised title before it, not an object of its "of"?"""
    k = next((m for m, t in enumerate(toks) if t.start == m_start), None)
    if k is None or k < 1 or toks[phrase.core_end - 1].end != m_end or not any(
            t.start >= m_start and t.end < m_end for t in toks[k : phrase.core_end]):
        return False  # (a one-word name: "a spokesman for Zelenskyy" is his spokesman)
    before = toks[k - 1].text.replace("’", "'").removesuffix("'s")
    return before.lower() in COUNTRIES and _cap(toks[phrase.i])


def _object_before_colon_quote(toks: list[Token], k: int) -> int:
    """Where the quote's colon is when a cue's short object ends at it ('Zakharova mocked
    Kallas: “Q”', 'Peskov warned Europe's leaders: “Q”'): the quote is what was said to or of
    them (twenty-first session); else ``k``."""
    m = k
    while m < len(toks) and toks[m].kind == "w" and m - k < MAX_SHORT_PHRASE:
        m += 1
    if m > k and m + 1 < len(toks) and toks[m].low == ":" and toks[m + 1].kind == "q" and (
            _cap(toks[k]) or toks[k].low in _LISTENER_DETERMINERS) and (
            not _finite_soon(toks, k)):  # (not 'suggested Curiel was from Mexico: “Q”')
        return m
    return k


_QUOTE_TAG_VERBS = frozenset({"said", "says", "told", "tells", "wrote", "writes"})


def _quote_tag_verb(tok: Token) -> bool:
    """A speech verb in the past or in the third person that tags a quote ("said",
    "recalled"), not a cue read as a noun ("reports")."""
    return lx.CUES.get(tok.low, ("", ""))[1] in {"speech", "clause"} and (
        tok.low in _QUOTE_TAG_VERBS or tok.low.endswith("ed"))


def _tag_speaker(toks: list[Token], i: int, j: int) -> Phrase | None:
    """The speaker of a quote's own tag inside the words ``[i, j)`` between the quote and a
    later cue noun ('“Q,” he said in a written statement', '“Q,” said agent Mark Roesler in a
    statement'): the words before the speech verb, or those after it up to a preposition;
    None when no speech verb is there (phrase29: the speaker was "he said in a")."""
    verb = next((m for m in range(i, j) if _quote_tag_verb(toks[m])), None)
    if verb is None or (verb > i and toks[i].low in lx.NP_BOUNDARY):
        return None  # (not '“Q” amid reports of farm attacks': a noun, and no subject)
    if verb > i:
        return Phrase(i, verb, "left", toks[i].start, toks[verb - 1].end)
    end = next((m for m in range(verb + 1, j) if toks[m].low in lx.NP_BOUNDARY), j)
    if end == verb + 1:
        return None
    return Phrase(verb + 1, end, "right", toks[verb + 1].start, toks[end - 1].end)


def _loose_left(toks: list[Token], k: int) -> Phrase | None:
    """Any short run of words before a speech cue, back to punctuation or a clause word:
    the fallback when no noun phrase is recognised ("Romney's associates said", "The
    billionaire real estate magnate says", "that appeals courts said")."""
    j = k
    while j > 0 and toks[j - 1].kind == "w" and (
        toks[j - 1].low in lx.CUE_PREFIX_SKIP or toks[j - 1].low.endswith("ly")
        or (toks[j - 1].low in _ADVERBS_AFTER_AUXILIARY and j >= 2
            and toks[j - 2].low in _FINITE_WORDS)
        # "the rep wouldn't reveal", "but doesn't know": a negated auxiliary is no one's word,
        # skipped as speaker_left skips it (title33: it was the speaker, "doesn't")
        or negated_auxiliary(toks[j - 1])
    ):
        j -= 1
    i = j
    while i > 0 and j - i < MAX_LOOSE_SPEAKER_TOKENS and toks[i - 1].kind == "w" and (
        toks[i - 1].low not in lx.NP_BOUNDARY or toks[i - 1].low in _LOOSE_INNER
    ) and toks[i - 1].low not in lx.CUES:
        i -= 1
    if i >= 2 and toks[i - 1].low == "about":
        message = _message_before(toks, i - 1)
        if message is not None:
            # "a release from Mr. Seel's office about the planned meeting noted": the message
            # speaks, its topic after "about" is no one (round 37; it was "the planned
            # meeting"): the phrase runs to the cue, its core ends before "about"
            return Phrase(message, j, "left", toks[message].start, toks[j - 1].end, core=i - 1)
    if _loose_ran_out(toks, i, j):
        # "treatment of the attack ... at the start of the debate on Saturday seemed": the run
        # stopped by its length inside a clause (phrase29: it was "the start of the debate on
        # Saturday", the link word trimmed off); people and their participle's clause further
        # back are the subject ("Democrats trying to regain control of the Senate in
        # November say")
        return _participle_subject_run(toks, i, j)
    gerund = gerund_complement(toks, i) if i < j else None
    if gerund is not None and gerund < i:
        people = _loose_left(toks, gerund - 1)
        return None if people is None else Phrase(people.i, j, "left", people.start,
                                                  toks[j - 1].end)  # "Opponents of
        # allowing Syrian refugees into the U.S. cite": the opponents, not "the U.S." (desc37)
    while i < j and toks[i].low in _LOOSE_INNER:
        i += 1
    if i >= j or toks[j - 1].low in _LOOSE_INNER or toks[j - 1].low in lx.CUES:
        return None
    if i > 0 and toks[i - 1].kind == "w" and toks[i - 1].low not in lx.NP_BOUNDARY:
        return None  # ran out of words before a boundary: a clause, not a phrase
    if i > 0 and toks[i - 1].low in CURRENCY_SIGNS:
        return None  # "Trump has floated a $125 billion estimate and says": an amount, no
        # one (the run stopped at the currency sign; round 36)
    if _leading_adverb(toks[i]):
        while i < j and _leading_adverb(toks[i]):
            i += 1  # ("even officials there admit": the officials; "no longer believe",
            # "nothing so far suggests", "still gathering": no one; phrase29)
        if i >= j or not (_cap(toks[i]) or nounish(toks[i].low)):
            return None
    if j - i > 1 and toks[i].low in _WH_RELATIVES:
        if toks[i].low == "who" and i >= 2 and toks[i - 1].low == "," and (
                k < len(toks) and toks[k].low in _QUOTE_TAG_VERBS):
            return speaker_left(toks, i - 1)  # '“Q,” Pete Clark, who lives in the area
            # said': an apposition whose closing comma the writer left out (phrase29)
        if toks[i].low == "who" and _relative_closed_before_tag(toks, k):
            return None  # "Neighbors, who didn't want their identities revealed, said", "F.B.I.
            # agents, who in 1986 observed the townhouse from a rooftop post, said": the cue
            # is the relative clause's own word, the sentence's tag follows (phrase29)
        if toks[i].low in _OBJECT_RELATIVES and toks[i + 1].low in lx.DETERMINERS:
            i += 1  # "the report, over which the gun lobby insists": the relative clause's
            # own subject speaks, not "which" (phrase29: it was "which the gun lobby")
    joined = next((p for p in range(j - 2, i, -1) if toks[p].low in {"and", "but"} and (
        toks[p + 1].low in _ARTICLES) and toks[p - 1].kind == "w" and not _cap(toks[p - 1])
        and (toks[p - 1].low in _CLAUSE_END_PARTICLES or toks[p - 1].low.endswith("ed"))),
        None)
    if joined is not None:
        i = joined + 1  # "was cordoned off and the school wrote": a clause ends before "and",
        # the subject is the article's phrase after it (twenty-ninth session)
    if toks[i].low in _ARTICLES and second_article(toks, i, j) == i + 2:
        i += 2  # "At the hospital the teen told": the teen (an article and one noun before
        # it; a longer loose run is a clause, "The company managing the cables")
    if time_adverbial(toks, i, j):
        return None  # "Estimates at the time suggested": when, not who (21st session)
    last = toks[j - 1].low
    clause = toks[i].low in _SUBJECT_PRONOUNS and toks[i + 1].low != "and" and any(
        t.low not in _PRONOUN_TAIL and not t.low.endswith("ly") for t in toks[i + 1 : j])
    if clause or (j - i > 1 and (last in lx.DETERMINERS or last in _QUANTITY_ENDS)) \
            or last in _NOUN_DETERMINERS:
        return None  # "he offered [promises]", "he focused on the [alleged]", "He even gave a
        # few [hints]", "the [alleged]": a clause with its subject, or a phrase cut before its
        # noun ("Some said", "Those say", "Both promised" stand alone as subjects)
    if j - i >= MIN_DATED_PHRASE and last in lx.WEEKDAYS and _dated_participle(toks[j - 2]):
        # "Autopsies conducted Tuesday revealed", "Records obtained Friday show": the day the
        # source was made, not its head; the core ends before the participle (round 23, as
        # :func:`~monitor.statements.attribution.speaker_right` ends "figures released Tuesday")
        return Phrase(i, j, "left", toks[i].start, toks[j - 1].end, core=j - 2)
    return Phrase(i, j, "left", toks[i].start, toks[j - 1].end)


def _loose_ran_out(toks: list[Token], i: int, j: int) -> bool:
    """Did the loose run ``[i, j)`` stop at its length cap inside a clause, with more of its
    words before it, and does it open with a thing's noun ("the start of the debate on
    Saturday", "the middle of a wild crime spree"), no person's or name ("Las Vegas Metro
    police at the scene", "a spokesman for ...") nor a relative clause ("an illegal arrest in
    which the plaintiff")?"""
    if i == 0 or j - i < MAX_LOOSE_SPEAKER_TOKENS:
        return False
    tok = toks[i - 1]
    if tok.kind != "w" or tok.low in lx.CUES or (
            tok.low in lx.NP_BOUNDARY and tok.low not in _LOOSE_INNER):
        return False
    m = i
    while m < j and (toks[m].low in _LOOSE_INNER or toks[m].low in lx.DETERMINERS):
        m += 1
    return m < j and toks[m].kind == "w" and not _cap(toks[m]) and not nounish(
        toks[m].low) and toks[m].low not in lx.SPEAKER_NOUNS and not any(
        t.low in lx.RELATIVE_PRONOUNS or t.low.startswith(("who’", "who'")) for t in toks[i:j])


MAX_PARTICIPLE_SUBJECT_TOKENS = 12  # "Democrats trying to regain control of the Senate in
# November"


def _message_before(toks: list[Token], about: int) -> int | None:
    """The first index of a message phrase that ends before the "about" at ``about`` ("a
    release from Mr. Seel's office", "The letter"): a determiner or a possessive, then
    at most :data:`MAX_LOOSE_SPEAKER_TOKENS` words, a message noun
    (:data:`_TOPIC_MESSAGES`) among them, back to punctuation or a clause word. Else None."""
    i = about
    while i > 0 and about - i < MAX_LOOSE_SPEAKER_TOKENS and toks[i - 1].kind == "w" and (
            toks[i - 1].low not in lx.NP_BOUNDARY or toks[i - 1].low in _LOOSE_INNER):
        i -= 1
    if i > 0 and toks[i - 1].kind == "w" and toks[i - 1].low not in lx.NP_BOUNDARY:
        return None  # (ran out of words inside a clause)
    if i >= about or toks[i].low not in lx.DETERMINERS:
        return None
    head = next((m for m in range(i + 1, about) if toks[m].low in _LOOSE_INNER), about)
    return i if toks[head - 1].low in _TOPIC_MESSAGES else None


# words that open a subordinate clause inside a sentence ("Democrats rejected the offer
# before Trump announced it, saying C"): its subject is not the main clause's, which a
# participle after the comma takes
_INNER_SUBORDINATORS = frozenset({"before", "after", "when", "while", "until", "since",
                                  "because", "although", "though", "once", "whereas"})


def _subordinate_prev(toks: list[Token], prev: Phrase) -> bool:
    """Is the previous speaker ``prev`` the subject of a subordinate clause inside the
    sentence (a subordinator right before it) whose main clause before it, back to its
    punctuation, has a cue of its own ("Democrats rejected the offer before Trump announced
    it, saying C": Democrats; not "the controversy escalated when Vice News reported the
    issue, saying C", whose main clause says nothing)?"""
    if prev.i < 3 or toks[prev.i - 1].low not in _INNER_SUBORDINATORS:
        return False
    k = prev.i - 2
    while k >= 0 and toks[k].kind == "w":
        if toks[k].low in lx.CUES:
            return True
        k -= 1
    return False


def _participle_subject_run(toks: list[Token], i: int, j: int) -> Phrase | None:
    """The subject that a loose run ``[i, j)`` cut short, when its words run back (at most
    :data:`MAX_PARTICIPLE_SUBJECT_TOKENS`) to punctuation or a clause word and open with a
    name or a person's noun and a participle ("Democrats trying to ..."); the core is the
    noun. Else None."""
    while i > 0 and j - i < MAX_PARTICIPLE_SUBJECT_TOKENS and toks[i - 1].kind == "w" and (
        toks[i - 1].low not in lx.NP_BOUNDARY or toks[i - 1].low in _LOOSE_INNER
    ) and toks[i - 1].low not in lx.CUES:
        i -= 1
    if i > 0 and toks[i - 1].kind == "w" and toks[i - 1].low not in lx.NP_BOUNDARY:
        return None  # (ran out again: a clause)
    head = toks[i]
    if (_cap(head) or nounish(head.low)) and head.low not in lx.SENTENCE_OPENERS and (
            toks[i + 1].low.endswith("ing")):
        return Phrase(i, j, "left", head.start, toks[j - 1].end, core=i + 1)
    return _modified_people_run(toks, i, j)


# words that end a stance's subject as its head with no noun after them ("Most oppose C",
# "both oppose C", "a third agreed with C", "several oppose C")
_QUANTITY_HEADS = frozenset({"most", "some", "both", "all", "many", "several", "few", "half",
                             "third", "thirds", "quarter", "majority", "majorities", "others",
                             "each", "either", "neither", "none", "plurality"})


def _stance_subject_head(tok: Token) -> bool:
    """Can ``tok``, the last word of a loose run before a stance verb, head its subject: a
    name, a people or source noun, a share ("4 in 10"), a quantity (:data:`_QUANTITY_HEADS`)
    or a plural noun; not an adjective or a possessive before a noun cue ("Christie's
    effusive praise", "racially tinged attacks", "a heated dispute": nouns, no stance)."""
    low = tok.low
    if _cap(tok) or nounish(low) or low in _QUANTITY_HEADS or low.isdigit():
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(_NOT_PLURAL_ENDINGS)


# endings of words in -s that are no plural noun ("serious", "business", "his", "campus")
_NOT_PLURAL_ENDINGS = ("ss", "ous", "'s", "’s", "us", "is")


# plural heads and pronouns a base-form verb agrees with ("polls show", "I find", "they show")
_BASE_FORM_PRONOUNS = frozenset({"i", "we", "you", "they"})  # they take "show", "find"
# reflexives after "find": "found itself at the center of", "found himself playing defense"
_REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves", "myself", "ourselves",
                         "yourself"})
MAX_WAY_REACH = 3  # "find a way", "finds its way", "found a new way": a route, no finding


def _agrees_with_base_form(toks: list[Token], cue: _Cue, phrase: Phrase) -> bool:
    """Does a base-form cue ("show", "find") agree with the subject's last word: a plural in
    lower case, a quantity or I/we/you/they? A singular or a name before it makes the cue a
    noun ("ABC's TV show", "the Breitbart News show"); other forms agree with any subject."""
    word = toks[cue.i].low
    if word not in {"show", "find"}:
        return True
    tok = toks[phrase.j - 1]
    last = tok.low
    return last in _BASE_FORM_PRONOUNS or last in _QUANTITY_HEADS or last.isdigit() or (
        last.endswith("s") and not last.endswith(_NOT_PLURAL_ENDINGS) and not _cap(tok))


# words that open a noun phrase; a second of them right after the first phrase's noun makes
# two objects ("showed the reporters his new office": a thing shown to someone)
_OBJECT_OPENERS = _ING_NOUN_BEFORE  # the words that open an object's noun phrase
MAX_FIRST_SHOWN_WORDS = 3  # "the reporters", "the local party chairman"


def _no_finding_after(toks: list[Token], k: int) -> bool:
    """Does what follows a "find" or "show" at ``k`` make it no finding: a reflexive ("found
    itself at the center of"), a way ("find a way to", "finds its way to"), or two objects
    ("showed the reporters his new office")?"""
    if k < len(toks) and toks[k].low in _REFLEXIVES:
        return True
    if any(t.low == "way" for t in toks[k : k + MAX_WAY_REACH]):
        return True
    return k < len(toks) and toks[k].low in _OBJECT_OPENERS and any(
        t.low in _OBJECT_OPENERS for t in toks[k + 2 : k + 2 + MAX_FIRST_SHOWN_WORDS]
        if t.kind == "w") and all(t.kind == "w" and t.low not in lx.NP_BOUNDARY
                                  for t in toks[k + 1 : k + 2])


# verbs that move someone to an act with "to" ("led Priebus to declare", "prompted the
# atlas to state", "leaves the party to wonder", "would require Republicans to recognize")
# (inflected by the lexicon's cue_forms, whose irregular table lacks these three)
_CAUSATIVE_IRREGULAR = {"lead": ("lead", "leads", "led", "leading"),
                        "drive": ("drive", "drives", "drove", "driven", "driving"),
                        "leave": ("leave", "leaves", "left", "leaving")}
_CAUSATIVES = frozenset(
    form for lemma in ("lead", "prompt", "drive", "push", "force", "cause", "allow", "require",
                       "leave", "encourage", "inspire", "spur", "persuade", "convince",
                       "compel", "move")
    for form in _CAUSATIVE_IRREGULAR.get(lemma) or lx.cue_forms(lemma))
MAX_CAUSED_OBJECT = 10  # "led Republican National Committee Chairman Reince Priebus to"


def _caused_speaker(toks: list[Token], to: int) -> Phrase | None:
    """The object of a causative verb (:data:`_CAUSATIVES`) that the "to" at ``to`` follows,
    as the speaker of the infinitive's cue: "led Reince Priebus to declare", "leading Clinton
    economic advisers like Gene Sperling to counter"; a run of words only, ending in a name,
    a people noun or a pronoun. Else None."""
    for c in range(to - 1, max(0, to - MAX_CAUSED_OBJECT - 1), -1):
        tok = toks[c]
        if tok.kind != "w":
            return None
        if tok.low in _CAUSATIVES and not _cap(tok):
            break
    else:
        return None
    if c + 1 >= to:
        return None
    last = toks[to - 1]
    if not (_cap(last) or nounish(last.low) or last.low in lx.PRONOUN_CASES
            or last.low in _QUANTITY_HEADS):
        return None
    how = "pronoun" if to - c == 2 and last.low in lx.PRONOUN_CASES else "left"
    return Phrase(c + 1, to, how, toks[c + 1].start, last.end)  # ("allowed him to": he)


# words that single out the one who acts in "the first member of Congress to endorse him",
# "the only contender to pledge", "one of the earliest House members to endorse"
_ORDINALS_BEFORE_TO = frozenset({"first", "only", "last", "earliest", "latest", "second",
                                 "third", "lone", "sole"})
_COPULAS = frozenset({"is", "was", "are", "were", "became", "becomes", "become", "remains",
                      "remained"})
MAX_FIRST_TO = 8  # "the first sitting members of Congress to"


def _first_to(toks: list[Token], to: int) -> Phrase | None:
    """The one an ordinal singles out before an infinitive's "to" ("the first Democrat in
    Congress to endorse Sanders"): the subject of the copula before it ("Grijalva was the
    first ...", "X became the first members of Congress to"). None when no copula and
    "the"/"one of the" + ordinal open the words before "to"."""
    for d in range(to - 1, max(-1, to - MAX_FIRST_TO - 1), -1):
        if toks[d].kind != "w" or toks[d].low in _FINITE_VERBS or toks[d].low in lx.CUES:
            return None
        if toks[d].low in _ORDINALS_BEFORE_TO and d > 0 and toks[d - 1].low == "the":
            break
    else:
        return None
    the = d - 1
    if d + 1 >= to:
        return None
    if the > 0 and toks[the - 1].low in _COPULAS:
        return subject(toks, the - 1)
    if the >= 2 and toks[the - 1].low == "of" and toks[the - 2].low == "one" and (
            the >= 3 and toks[the - 3].low in _COPULAS):
        return subject(toks, the - 3)  # "Hunter was one of the earliest House members to"
    return None  # ("The first member of Congress to endorse him was X": the name after)


MAX_PURPOSE_REACH = 12  # words from a subject to its purpose's "to": "Mark-Viverito took to
# the steps of City Hall Wednesday to assail"
# words between a subject and a "to" that make the infinitive no purpose of the subject's own
# act: a clause opens ("who", "because", "and"), or someone tries or needs ("is trying to
# claim", "needs 100 delegates to assure"); a verb of wanting or saying (a cue or a chain
# verb) puts someone else before the "to" ("wants voters to recall")
_NOT_PURPOSE_WORDS = frozenset({"and", "or", "but", "that", "which", "who", "whom", "whose",
                                "because", "while", "when", "if", "as", "where", "than",
                                "so", "although", "though", "not", "never", "need", "needs",
                                "needed", "try", "tries", "tried", "trying", "before", "after",
                                "since", "until", "unless", "once"})
# auxiliaries of a passive ("Trump University was started in 2004 to offer courses": no act of
# the subject's own, the one who started it is not named)
_PASSIVE_BEFORE_PARTICIPLE = frozenset({"is", "was", "are", "were", "been", "being", "be"})
# words right before a "to" that is no purpose's: "has yet to endorse", "have to", "is going
# to", "was able to", "used to", "is about to", "the goal is to attack"
_NOT_PURPOSE_BEFORE_TO = frozenset({"yet", "have", "has", "had", "having", "going", "able",
                                    "used", "about", "ought", "is", "was", "are", "were", "be",
                                    "been", "being"})


def _purpose_subject(toks: list[Token], to: int) -> Phrase | None:
    """The main clause's subject as the speaker of an infinitive of purpose at ``to``: "Lanny
    Davis appeared on “Fox & Friends” to defend her", "Mark-Viverito took to the steps of City
    Hall Wednesday to assail Sanders' record"; only when at most :data:`MAX_PURPOSE_REACH`
    plain words stand between them, none a cue, a chain verb, a clause word
    (:data:`_NOT_PURPOSE_WORDS`) or punctuation, the word before "to" is no auxiliary's
    (:data:`_NOT_PURPOSE_BEFORE_TO`) and no passive stands between. Else None."""
    phrase = subject(toks, to)
    if phrase is None or to - phrase.j > MAX_PURPOSE_REACH or phrase.j >= to:
        return None
    between = toks[phrase.j : to]
    if toks[to - 1].low in _NOT_PURPOSE_BEFORE_TO or any(
            t.kind != "w" or t.low in lx.CUES or t.low in lx.CHAIN_FORMS
            or t.low in _NOT_PURPOSE_WORDS for t in between):
        return None
    if any(a.low in _PASSIVE_BEFORE_PARTICIPLE and b.low.endswith(("ed", "en"))
           for a, b in itertools.pairwise(between)):
        return None  # (a passive: "was started in 2004 to offer")
    return phrase


def _without_trailing_time(toks: list[Token], phrase: Phrase) -> Phrase:
    """``phrase`` without a time that closes it ("the board of elections on Monday rejected":
    the board), as :func:`_loose_left` runs on through "on Monday"."""
    j = phrase.j
    while j - phrase.i > 2 and toks[j - 1].low in lx.TIME_WORDS and toks[j - 2].low in {
            "on", "last", "this", "late", "early", "earlier"}:
        j -= 2
    if j == phrase.j:
        return phrase
    return Phrase(phrase.i, j, phrase.how, toks[phrase.i].start, toks[j - 1].end)


# prepositions that open a people noun's post-modifier in a long subject ("proponents of more
# controls on hate speech here say", "experts at the Brookings Institution say")
_POSTMODIFIER_PREPOSITIONS = frozenset({"of", "in", "at", "from", "with", "for", "across"})
MAX_SUBJECT_PREMODIFIERS = 2  # words before the people noun: "Republican activists", "many
# GOP donors", "the Democratic lawmakers"


def _modified_people_run(toks: list[Token], i: int, j: int) -> Phrase | None:
    """A long subject ``[i, j)`` that a loose run cut short, when it opens with at most
    :data:`MAX_SUBJECT_PREMODIFIERS` words and a people noun that a participle or a
    preposition's post-modifier follows, and holds no finite verb ("Republican activists
    clamoring to block Donald Trump from the GOP nomination say", "proponents of more
    controls on hate speech here say"); the core is the noun. Else None (recall29)."""
    if toks[i].low in lx.SENTENCE_OPENERS:
        return None
    for h in range(i, min(j - 1, i + MAX_SUBJECT_PREMODIFIERS + 1)):
        nxt = toks[h + 1].low
        if not _cap(toks[h]) and nounish(toks[h].low) and (
                nxt.endswith("ing") or nxt in _POSTMODIFIER_PREPOSITIONS):
            break
    else:
        return None
    if any(t.low in _FINITE_VERBS or t.low in _PAST_VERBS or t.low in lx.CUES
           for t in toks[i:j]):
        return None
    return Phrase(i, j, "left", toks[i].start, toks[j - 1].end, core=h + 1)


# relative pronouns that are the object of their clause's verb or of a preposition before
# them ("over which the gun lobby insists"): a subject of its own follows
# adverbs that open a run of words before a cue and belong to no speaker phrase ("even
# officials there admit", "can no longer say", "nothing so far suggests", "ever claimed")
_LEADING_ADVERBS = frozenset({"even", "only", "just", "still", "almost", "far", "ever", "no",
                              "longer", "rather", "so", "also", "apparently", "long",
                              "yet"})  # ("..., yet nobody mentions them": round 36)


def _leading_adverb(tok: Token) -> bool:
    """One of :data:`_LEADING_ADVERBS` in lower case (not "Long Beach police detectives")."""
    return tok.low in _LEADING_ADVERBS and not _cap(tok)


def _manner_adverb(tok: Token) -> bool:
    """A lower-case adverb in -ly ("painstakingly", "typically"), no noun in -ly ("ally")."""
    return tok.kind == "w" and tok.low.endswith("ly") and not _cap(tok) and (
        tok.low not in LY_NOUNS)


MAX_RELATIVE_TAIL = 12  # words from a relative clause's cue to its closing comma


def _relative_closed_before_tag(toks: list[Token], k: int) -> bool:
    """Does a comma close the relative clause within a few words of its cue at ``k``, with a
    tag verb right after it ("..., who in 1986 observed the townhouse ..., said")?"""
    for m in range(k + 1, min(len(toks) - 1, k + 1 + MAX_RELATIVE_TAIL)):
        if toks[m].kind == "q" or toks[m].low in {".", ";", ":", "?", "!"}:
            return False
        if toks[m].low == ",":
            return toks[m + 1].low in _QUOTE_TAG_VERBS
    return False


_OBJECT_RELATIVES = frozenset({"which", "whom"})
_WH_RELATIVES = _OBJECT_RELATIVES | {"who"}
# adverbs between an auxiliary and the cue, no speaker ("Law enforcement agencies have long
# said" had the speaker "long"; phrase29), skipped as speaker_left skips them
_ADVERBS_AFTER_AUXILIARY = frozenset({"long", "just", "even", "ever"})
MIN_DATED_PHRASE = 3  # a noun, its participle, the day ("Records obtained Tuesday")
# a verb's particles, which end a clause before "and the ..." ("was cordoned off and the
# school wrote"), as a participle does ("was arrested and the police said")
_CLAUSE_END_PARTICLES = frozenset({"off", "up", "down", "out", "away", "back"})


def _dated_participle(tok: Token) -> bool:
    """A lower-case past participle ("conducted", "obtained", "taken", "released") before a
    weekday that ends a speaker phrase."""
    return tok.kind == "w" and not _cap(tok) and (
        tok.low.endswith("ed") or tok.low in _IRREGULAR_PARTICIPLES)


_IRREGULAR_PARTICIPLES = frozenset({"taken", "seen", "shown", "made", "done", "sent", "given",
                                    "written", "found", "held", "put", "run", "read"})


def _numbered_outlet(toks: list[Token], phrase: Phrase) -> Phrase:
    """The phrase with the number that ends a channel's name after it ("Israel's Channel 12
    reported": the number was skipped as a date's before the cue); else the phrase."""
    j = phrase.j
    if j < len(toks) and toks[j].low.isdigit() and j > phrase.i and (
            toks[j - 1].low in lx.NUMBERED_OUTLETS and _cap(toks[j - 1])):
        return Phrase(phrase.i, j + 1, phrase.how, phrase.start, toks[j].end, phrase.core)
    return phrase


MAX_AUTHORS_BEFORE = 6  # "by NBC News and" before "The Wall Street Journal found"


def _issued_by_before(toks: list[Token], i: int) -> bool:
    """Does the phrase at ``i`` follow "by" after a finding's noun and the participle that
    issued it ("a poll conducted by", "a survey released Tuesday by"), with at most a
    co-author and "and" between ("by NBC News and")?"""
    b = next((m for m in range(i - 1, max(-1, i - MAX_AUTHORS_BEFORE - 1), -1)
              if toks[m].low == "by"), None)
    if b is None or b < 2 or any(toks[m].kind != "w" for m in range(b + 1, i)) or (
            b + 1 < i and toks[i - 1].low not in {"and", "the"}):
        return False
    m = b - 1
    while m > 0 and b - m <= MAX_DATE_WORDS and toks[m].low in lx.TIME_WORDS:
        m -= 1
    return toks[m].low in _RELEASED_PARTICIPLES and m > 0 and toks[m - 1].low in (
        lx.EVIDENCE_NOUNS)


# participles that issue a finding ("a poll conducted by", "a report released Tuesday by")
_RELEASED_PARTICIPLES = frozenset({"conducted", "released", "published", "commissioned",
                                   "issued", "compiled"})
MAX_DATE_WORDS = 2  # "released last week by": the words of a date before "by"


def _evidence_phrase(toks: list[Token], k: int,
                     nouns: frozenset[str] = lx.EVIDENCE_NOUNS,
                     reach: int = MAX_EVIDENCE_TOKENS) -> Phrase | None:
    """'A survey by the organization in March found', 'a study by X found': a poll or study
    noun a few words before the cue, its modifiers before it; the noun is the head. With a
    longer ``reach`` (PolNeAR's unit), the marks of a poll's name are read as words too ("a
    new poll from USA TODAY/Suffolk University found")."""
    j = k
    while j > 0 and toks[j - 1].kind == "w" and toks[j - 1].low in lx.CUE_PREFIX_SKIP:
        j -= 1
    head = -1
    for e in range(j - 1, max(-1, j - reach), -1):
        if (toks[e].kind != "w" and not (
                reach > MAX_EVIDENCE_TOKENS and _poll_name_mark(toks, e))) or (
                toks[e].low in lx.NP_BOUNDARY and toks[e].low not in _LOOSE_INNER | {"by"}):
            break
        if toks[e].low in nouns:
            head = e
    if head < 0:
        return None
    i = head
    while i > 0 and toks[i - 1].kind == "w" and (
            toks[i - 1].low in lx.DETERMINERS or _cap(toks[i - 1])
            or toks[i - 1].low in lx.NP_MODIFIERS) and toks[i - 1].low not in lx.NP_BOUNDARY:
        i -= 1
    return Phrase(i, j, "left", toks[i].start, toks[j - 1].end, head + 1)


# the relative words a finding's noun opens a clause with ("a poll that shows C")
_EVIDENCE_RELATIVES = frozenset({"that", "which"})


# documents whose issuer speaks when the sentence says it issued one ("sent out a press
# release saying", "issued a report charging"); a report read or cited is not its reader's
# verbs by which a document's author makes it: after one, "the speech" is still the
# subject's own ("Clinton delivered the speech outlining ...", where "criticized the speech
# outlining ..." is someone else's) (round 32)
_DELIVER_VERBS = frozenset({"delivered", "delivers", "delivering", "gave", "gives", "giving",
                            "released", "issued", "published", "posted", "penned", "aired"})
_ISSUED_NOUNS = frozenset({"release", "report", "study", "analysis", "memo", "paper"})
# the verbs of issuing a document, and the particle some take ("sent out", "put out")
_ISSUE_VERBS = frozenset({"issued", "released", "published", "issues", "releases",
                          "publishes", "circulated", "distributed"})
_ISSUE_PARTICLE_VERBS = frozenset({"sent", "put", "sends", "puts", "sending", "putting"})


def _issuing_verb(toks: list[Token], phrase: Phrase | None) -> int | None:
    """Where the verb that issued a speaker phrase's document starts ("sent out a press
    release", "issued a report"), when the phrase, read left of its cue, is such a document
    ("a report"); else None."""
    if phrase is None or phrase.how != "left" or toks[phrase.j - 1].low not in _ISSUED_NOUNS \
            or toks[phrase.i].low not in {"a", "an"}:
        return None
    i = phrase.i
    if i >= 1 and toks[i - 1].low in _ISSUE_VERBS:
        return i - 1
    if i >= 2 and toks[i - 1].low == "out" and toks[i - 2].low in _ISSUE_PARTICLE_VERBS:
        return i - 2
    return None


# paid messages a group runs, whose participle's words are the group's ("ran ads praising X")
_AD_NOUNS = frozenset({"ad", "ads", "advert", "adverts", "advertisement", "advertisements",
                       "commercial", "commercials", "billboard", "billboards", "mailer",
                       "mailers"})
# verbs of running such messages ("has run ads", "began a $1 million ad campaign")
_AD_RUN_VERBS = frozenset({"run", "ran", "runs", "running", "began", "begun", "begins",
                           "launched", "launches", "launching", "aired", "airs", "airing",
                           "unveiled", "unveils", "bought", "buys", "placed", "places"})
# words of a sum between the verb and the message ("a $1 million ad", "a new ad")
_AD_AMOUNT_WORDS = frozenset({"million", "billion", "thousand", "new", "first", "second",
                              "digital", "television", "tv", "radio", "online", "six-figure",
                              "seven-figure", "national", "statewide"})


def _ad_sponsor(toks: list[Token], phrase: Phrase) -> Phrase | None:
    """The group that runs the ad a participle's speaker phrase names: "One Nation began a
    $1 million ad campaign this week praising X", "Partnership for Responsible Growth has run
    ads with both outlets reminding Republicans that C" are the group's words, as "Carr
    released a statement confirming" are Carr's (the ad, a thing, says nothing of its own).
    The phrase must open with an ad's noun after a verb of running it (a sum or a few
    modifiers between); the speaker is the phrase before that verb; else None."""
    if phrase.how != "left" or toks[phrase.i].low not in _AD_NOUNS:
        return None
    v = phrase.i - 1
    while v > 0 and (toks[v].kind == "w" or toks[v].low == "$") and (
            toks[v].low in _AD_AMOUNT_WORDS or toks[v].low in {"$", "a", "an", "the"}
            or toks[v].low.lstrip("$").replace(".", "").isdigit()):
        v -= 1
    if v < 1 or toks[v].low not in _AD_RUN_VERBS:
        return None
    found = speaker_left(toks, v)
    return found if found is not None and found.how != "pronoun" else None


# things protesters hold up, whose printed words are their bearers' ("held signs reading C")
_SIGN_NOUNS = frozenset({"sign", "signs", "banner", "banners", "placard", "placards", "poster",
                         "posters", "t-shirt", "t-shirts", "shirts", "flags"})
# verbs of bearing such a thing ("held up signs", "unfurling banners", "waved placards")
_BEARING_VERBS = frozenset({
    "hold", "holds", "held", "holding", "carry", "carries", "carried", "carrying", "wave",
    "waves", "waved", "waving", "unfurl", "unfurls", "unfurled", "unfurling", "raise",
    "raised", "raising", "brandish", "brandished", "brandishing", "hoist", "hoisted",
    "hoisting", "bear", "bore", "bearing", "wear", "wore", "wearing", "display", "displayed",
    "displaying"})
MAX_SIGN_MODIFIERS = 2  # "carried large handmade signs": the words between verb and noun


def _sign_modifier(tok: Token) -> bool:
    """Can ``tok`` qualify a sign's noun between the verb of bearing it and the noun
    ("homemade", "hand-painted"): a lowercase word, no link, preposition or relative?"""
    return tok.kind == "w" and tok.text.replace("-", "").isalpha() and tok.text == tok.low \
        and tok.low not in _CLAUSE_LINKS and tok.low not in _PREPOSITIONS \
        and tok.low not in _RELATIVE_WORDS and tok.low not in _BEARING_VERBS


def _sign_bearer(toks: list[Token], phrase: Phrase) -> Phrase | None:
    """Who bears the sign a participle's speaker phrase names: "two dozen protesters ...
    held signs urging McCulloch to step aside", "they will hold banners proclaiming: C",
    "communists stormed the Acropolis, unfurling banners reading C" are the bearers' words,
    as a statement released is its author's (a sign says nothing of its own). The phrase,
    read left of its cue, ends in a sign's noun right after a verb of bearing it ("up"
    between); the speaker is the subject before that verb (a clause's, for a participle);
    else None ("a huge black banner proclaims C" has no bearer)."""
    if phrase.how != "left" or toks[phrase.j - 1].low not in _SIGN_NOUNS or phrase.i < 1:
        return None
    v = phrase.i - 1
    while v > 0 and phrase.i - v <= MAX_SIGN_MODIFIERS and _sign_modifier(toks[v]):
        v -= 1  # "held up homemade signs saying C"
    if toks[v].low == "up" and v > 0:
        v -= 1
    if toks[v].low not in _BEARING_VERBS:
        return None
    found = speaker_left(toks, v) if not toks[v].low.endswith("ing") else None
    return found or subject(toks, v)


# the endings of a nation's adjective ("German", "Chinese", "British", "French", "Israeli"),
# not its name ("Jordan fears" is the country's)
_NATION_ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ch", "i")
# words that open a clause whose subject may follow ("and French said", "as French noted")
_CLAUSE_LINKS = frozenset({"and", "but", "or", "nor", "as", "while", "because", "after",
                           "before", "since", "though", "although", "so", "yet", "until",
                           "unless", "once"})


def _nation_adjective(toks: list[Token], phrase: Phrase) -> bool:
    """Is a speaker phrase read left of a cue a nation's adjective alone, with no article
    ("to calm German fears", "eased Russian concerns")? Then the cue's word is a noun the
    adjective qualifies, no verb: "German" speaks no more than "the German" would be read
    without its article (round 30)."""
    if phrase.j - phrase.i != 1 or phrase.how != "left" or phrase.i < 1:
        return False
    low, before = toks[phrase.i].low, toks[phrase.i - 1]
    # (after a verb or a preposition: "calm German fears"; not ", French said", "and French
    # said", "as French noted": a surname opening a clause)
    return low in NATION_WORDS and low.endswith(_NATION_ADJECTIVE_ENDINGS) and (
        before.kind == "w" and not _cap(before) and before.low not in lx.DETERMINERS
        and before.low not in lx.CLAUSE_OPENERS and before.low not in _CLAUSE_LINKS)


# the words that give a finding's author after its noun ("a study by X", "a poll from X")
_AUTHOR_LINKS = frozenset({"by", "from"})
# findings' nouns that only an author after "by" makes a source ("A projection by the
# consulting firm Oxford Economics predicted"; not "an examination of his remarks shows")
_AUTHORED_HEADS = frozenset({"projection", "examination", "assessment", "evaluation"})
MAX_AUTHOR_LEAD = 4  # "by the liberal watchdog group Media Matters": words before the name


def _authored_document(toks: list[Token], phrase: Phrase,
                       nouns: frozenset[str]) -> Phrase | None:
    """"A report by the Brookings Institution found that C", "A 2014 examination by the
    nonpartisan Better Government Association found": where a speaker phrase read to the
    left of its cue is the author after a finding's noun and "by"/"from", the whole noun
    phrase from the noun's determiner on, its head the noun (the document speaks; its name
    is its author's, see the resolver's ``_authored``); None otherwise."""
    head = phrase.i - 2
    if phrase.how != "left" or head < 0 or toks[head + 1].low not in _AUTHOR_LINKS or (
            toks[head].low not in nouns):
        return None
    name = next((m for m in range(phrase.i, min(phrase.j, phrase.i + MAX_AUTHOR_LEAD + 1))
                 if _cap(toks[m])), None)
    if name is None or toks[name].low in lx.TITLE_WORDS or first_name_gender(
            toks[name].text + " x"):
        return None  # ("a study by Michael Greenstone found": his finding, as before)
    i = head
    while i > 0 and toks[i - 1].kind == "w" and (
            toks[i - 1].low in lx.DETERMINERS or _cap(toks[i - 1]) or toks[i - 1].low.isdigit()
            or toks[i - 1].low in lx.NP_MODIFIERS) and toks[i - 1].low not in lx.NP_BOUNDARY:
        i -= 1  # ("A 2014 examination by")
    return Phrase(i, phrase.j, "left", toks[i].start, phrase.end, head + 1)


def _relative_evidence(toks: list[Token], k: int, nouns: frozenset[str]) -> Phrase | None:
    """The poll or record a relative clause of the finding cue at ``k`` is about: "polls by
    Quinnipiac University that showed Trump making gains", "a new poll that shows more
    voters ...", "her medical records in July, which showed she was fit" (PolNeAR's unit,
    twenty-second session: 18 of 18 such train-read clauses after a finding's noun
    annotated, 11 of them missed before). The noun phrase is the source, as
    :func:`_evidence_phrase` reads it before the relative word; None when there is none."""
    j = k
    while j > 0 and toks[j - 1].kind == "w" and toks[j - 1].low in lx.CUE_PREFIX_SKIP:
        j -= 1  # "that also showed"
    if j < 2 or toks[j - 1].low not in _EVIDENCE_RELATIVES:
        return None
    r = j - 1
    if toks[r - 1].low == ",":
        r -= 1  # ", which showed"
    return _evidence_phrase(toks, r, nouns, MAX_EVIDENCE_TOKENS)


def _before_parenthesis(toks: list[Token], close: int) -> Phrase | None:
    """The speaker before a short parenthesis that ends at ``close`` ("Sen. Chuck Grassley
    (R-Iowa) said", "Lisa M. Madigan (D) asserted")."""
    for k in range(close - 1, max(-1, close - MAX_PARENTHESIS_TOKENS), -1):
        if toks[k].low == "(":
            return speaker_left(toks, k) if k > 0 else None
        if toks[k].kind == "q":
            return None
    return None


# "That's according to X.", "This is according to X": the demonstrative is what X reports,
# the sentence before's news (PolNeAR's content; 4 of 4 such train-read sentences annotated so).
# PolNeAR's unit only: the product has no words to show for "That".
# the words that open an apposition of an "according to" source ("according to X, a former
# envoy, C")
_INDEFINITE_APPOSITION = frozenset({"a", "an", "another"})
_DEMONSTRATIVE_COPULAS = frozenset({"that's", "that’s", "this's", "this’s"})
_DEMONSTRATIVES = frozenset({"that", "this"})


def _demonstrative_reported(toks: list[Token], cue: _Cue) -> tuple[int, int] | None:
    """The span of "That" in "That's according to X." (twenty-fourth session), or None."""
    first = dateline_end(toks)
    if cue.i == first + 1 and toks[first].low in _DEMONSTRATIVE_COPULAS:
        return toks[first].start, toks[first].start + len("that")
    if cue.i == first + 2 and toks[first].low in _DEMONSTRATIVES and (
            toks[first + 1].low in _COPULAS):
        return toks[first].start, toks[first].end
    return None


def _closing_apposition(toks: list[Token], start: int, cue: _Cue, comma: int) -> bool:
    """"While it is not unusual ..., not all campaigns require ..., according to John Weaver, a
    Republican strategist.": the "While" clause ended at a comma before the cue and an
    indefinite apposition of the source follows its comma, so the claim is before the cue,
    not after it (twenty-fourth session; the content was "a Republican strategist"). Not "If
    ..., then, according to experts, the USSR remains intact": a clause follows."""
    return comma + 1 < len(toks) and toks[comma + 1].low in _INDEFINITE_APPOSITION and any(
        t.low == "," for t in toks[start : cue.i - 1])


# what may stand before a participle that opens the sentence ("After suggesting that C, X",
# "While saying that C, he"); not "without" (what was not said) nor "by" ("By saying C, X
# made clear": the means of another act, as often a paraphrase as a report)
_OPENING_PARTICIPLE_WORDS = frozenset({"after", "while", "since", "upon", "before", "in"})
# a short setting between the participle and its "that" ("After suggesting on Wednesday that")
_OPENING_SETTING_WORDS = frozenset({"on", "in", "at", "during", "last", "this", "earlier",
                                    "publicly", "privately", "again", "repeatedly"})
MAX_OPENING_SETTING_TOKENS = 4  # "after suggesting on Wednesday that", "in October that"
MAX_OPENING_CLAUSE_TOKENS = 45  # the reported clause, up to the comma that closes it
# words between the clause's comma and the subject ("..., though, Allen did suggest")
_OPENING_ASIDES = frozenset({"though", "however", "meanwhile", "then", "still"})


def _opening_participle(
    toks: list[Token], cue: _Cue
) -> tuple[int, int, Phrase] | None:
    """A participle of speech that opens the sentence with a reported clause, the main
    clause's subject its speaker (twenty-fourth session, PolNeAR's unit): "Noting that only
    Sen. Kirk voted with Democrats, Tester added: “Q”", "After suggesting on Wednesday that he
    regretted the insults, Mr. Rubio only occasionally disagreed", "Acknowledging that Trump
    “says a lot of stupid stuff,” though, Allen did suggest", "Noting he majored in philosophy,
    Allen said". The clause opens with "that" (after a short setting) or a subject pronoun and
    ends at its comma; the subject is a speaker phrase after the comma, followed by its verb.
    Returns the clause's span (start, end) and the subject, or None."""
    n = len(toks)
    word = toks[cue.i].low
    if not word.endswith("ing") or cue.j - cue.i != 1:
        return None
    first = dateline_end(toks)
    if not (cue.i == first or (
            cue.i == first + 1 and toks[first].low in _OPENING_PARTICIPLE_WORDS)):
        return None
    k = cue.j
    while k < n and k - cue.j < MAX_OPENING_SETTING_TOKENS and toks[k].low != "that" and (
            toks[k].low in _OPENING_SETTING_WORDS or toks[k].low in lx.TIME_WORDS):
        k += 1
    if k < n and toks[k].low == "that":
        start = k + 1
    elif k == cue.j and k < n and _PRONOUN_SUBJECT.match(toks[k].low):
        start = k
    else:
        return None
    end = next((m for m in range(start + 1, min(n, start + MAX_OPENING_CLAUSE_TOKENS))
                if toks[m].low in {",", ":", ";", "?", "!", "—", "–"}
                or (toks[m].kind == "q" and ends_with_comma(toks[m]))), None)
    if end is None or (toks[end].kind == "p" and toks[end].low != ","):
        return None
    k = end + 1
    if k + 1 < n and toks[k].low in _OPENING_ASIDES and toks[k + 1].low == ",":
        k += 2  # "..., though, Allen did suggest"
    phrase = speaker_right(toks, k) if k < n and toks[k].kind == "w" else None
    if phrase is None or phrase.i != k or phrase.j >= n or toks[phrase.j].kind != "w" or (
            _cap(toks[phrase.j]) or toks[phrase.j].low in lx.RELATIVE_PRONOUNS):
        return None
    clause_end = end + 1 if toks[end].kind == "q" else end
    return start, clause_end, Phrase(phrase.i, phrase.j, "subject" if phrase.how != "pronoun"
                                     else "pronoun", phrase.start, phrase.end)


# a site named by its address ("according to ouest-france.fr", "according to Politico.com"):
# a source, though no word of it is alphabetic (twenty-fourth session)
_WEB_ADDRESS = re.compile(r"^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|"
                          r"info|news|fr|de|uk|it|es|ca|au|in|ru|ua|il|eu)$")


# lower-case words that open a clause or a predicate, never a noun phrase: a speaker phrase
# that starts with one is a piece of the sentence read as a name ("“dumping Trump” is easier
# said than done": "is easier"; "The deal is a “pre-agreement” because some governments did not
# actually agree": "because some governments did not actually"; "and Israeli soldiers fired
# warning shots": "and Israeli soldiers fired"; twenty-fourth session)
_PREDICATE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "did", "does",
                              "do", "can", "could", "would", "will", "should", "may", "might",
                              "because", "and", "but", "if", "links"})


def _verb_led(toks: list[Token], phrase: Phrase) -> bool:
    """Does the speaker phrase open with a lower-case word of :data:`_PREDICATE_WORDS`?"""
    return phrase.j > phrase.i and toks[phrase.i].low in _PREDICATE_WORDS and (
        not _cap(toks[phrase.i]))


MAX_TRANSCRIPT_LABEL_WORDS = 3  # "JOEL BENENSON:", "TAPPER:"
MIN_TRANSCRIPT_TURNS = 2  # one capitalised label alone is a headline or a section's label
# a paragraph that opens with a label in capitals and a colon, words after it on the line
_CAPITAL_LABEL = re.compile(r"(?m)^[ \t]*[\"“]?([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){0,2}):"
                            r"[ \t\u00a0]+\S")


def _transcript_labels(text: str) -> frozenset[str]:
    """The capitalised labels of a transcript's turns ("KATE BOULDUAN: Why not debate?",
    "BOULDUAN: ...", "TRUMP: ...": twenty-fourth session, PolNeAR's unit): a label whose first
    word is a given name either lexicon knows ("JAKE TAPPER"), or one word that such a label
    ends with ("TAPPER") or that the article writes after a given name or a title ("Donald
    Trump", "Gov. Mary Fallin"). Section labels ("UPDATE:", "READ MORE:", "PREVIOUS STORY:")
    name no one; at least :data:`MIN_TRANSCRIPT_TURNS` turns make a transcript (a lone
    "RANDALL SMITH: Close friends rally ..." is a headline)."""
    labels = [m.group(1) for m in _CAPITAL_LABEL.finditer(text)]
    if len(labels) < MIN_TRANSCRIPT_TURNS:
        return frozenset()
    accepted = {label for label in labels if " " in label and _given(label.split()[0].title())}
    surnames = {label.split()[-1] for label in accepted}
    for label in {label for label in labels if " " not in label}:
        before = (m.group(1) for m in re.finditer(
            r"\b([A-Z][a-z]+\.?) " + re.escape(label.title()) + r"\b", text))
        if label in surnames or any(_given(word) or word.lower().rstrip(".") in lx.TITLE_WORDS
                                    for word in before):
            accepted.add(label)
    turns = sum(1 for label in labels if label in accepted)
    return frozenset(accepted) if turns >= MIN_TRANSCRIPT_TURNS else frozenset()


def _given(word: str) -> bool:
    """Is the capitalised ``word`` a given name either lexicon knows?"""
    return bool(given_name_gender(word) or first_name_gender(word + " X"))


def _joined_according(toks: list[Token], cue: _Cue, comma: int) -> bool:
    """Does "according to X," at ``cue`` open a clause joined to the writer's clause before
    it by "and"/"but", its own clause after the comma at ``comma`` ("He bought the store a
    year ago, and according to his nephew, he was excited ...")? The source reports the
    second clause, not the first. The clause must open with a subject (a pronoun, a
    determiner or a capital), not a verb that shares the first clause's subject."""
    n = len(toks)
    if cue.i < 2 or toks[cue.i - 1].low not in _CUE_CONJUNCTIONS or comma + 2 >= n or (
            toks[comma].low != ","):
        return False
    first = toks[comma + 1]
    return first.kind == "w" and toks[comma + 2].kind == "w" and (
        first.low in _CLAUSE_START or _PRONOUN_SUBJECT.match(first.low) is not None
        or _cap(first))


def _according_source(toks: list[Token], k: int) -> Phrase | None:
    """The words after 'according to' up to punctuation, when they are no recognised noun
    phrase ("according to law enforcement officials", "according to early returns")."""
    j = k
    while j < len(toks) and (toks[j].kind == "w" or (
            # a title inside ("according to the “Medicare for all” document he released",
            # "according to her “clawback” plan"): twenty-fourth session
            j > k and toks[j].kind == "q" and not ends_with_comma(toks[j])
            and title_like(toks[j]) and j + 1 < len(toks) and toks[j + 1].kind == "w")) and (
            j - k < MAX_ACCORDING_SOURCE_TOKENS):
        j += 1
    if j < len(toks) and toks[j].kind == "w":
        return None  # ran on: a clause, not a source
    while j > k and not (toks[j - 1].low.isalpha() and len(toks[j - 1].low) > 2
                         and (toks[j - 1].low not in lx.CUE_SUFFIX_SKIP
                              or (j - 1 > k and toks[j - 1].low in lx.SOURCE_HEADS))) and (
            not _WEB_ADDRESS.match(toks[j - 1].low)):
        j -= 1
    return Phrase(k, j, "right", toks[k].start, toks[j - 1].end) if j > k else None


def _in_ones_words(toks: list[Token], k: int) -> bool:
    """'In his words,' opening a sentence (after any conjunction) at token ``k``."""
    return k + 3 < len(toks) and toks[k + 1].low in _POSSESSIVE_SOURCES and (
        toks[k + 2].low in _VIEW_NOUNS) and toks[k + 3].low == "," and _opens_sentence(toks, k)


def _according_pronoun(toks: list[Token], cue: _Cue) -> Phrase | None:
    """'him' in "According to him, C" (an object pronoun the source finders skip as a word
    after a cue): a pronoun phrase, when the sentence opens with the cue (after any
    conjunction: "But according to her, C") and a comma follows the pronoun. Not an aside
    ("after, according to him, the network censured ..."): its content is another matter."""
    k = cue.j
    if _opens_sentence(toks, cue.i) and k + 1 < len(toks) and toks[k].low in lx.PRONOUN_CASES and (
            toks[k + 1].low == ","):
        return Phrase(k, k + 1, "pronoun", toks[k].start, toks[k].end)
    return None


def _opens_sentence(toks: list[Token], k: int) -> bool:
    """Is token ``k`` the sentence's first word, after any dateline or one conjunction ("But
    according to her, C")?"""
    return k == dateline_end(toks) or (k == 1 and toks[0].low in _OPENING_CONJUNCTIONS)


_OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})  # before a sentence's cue
_POSSESSIVE_SOURCES = frozenset({"his", "her", "their"})  # "In his words, C"


def _inside(mentions: list[tuple[int, int, Official, bool]], starts: list[int],
            offset: int) -> bool:
    """True when ``offset`` falls inside a registry match (a tracked official's name)."""
    k = bisect.bisect_right(starts, offset) - 1
    return k >= 0 and mentions[k][0] <= offset < mentions[k][1]


# prepositions before a participle cue's left phrase that make the phrase a medium, not the
# participle's subject ("on Telegram writing that"), when the phrase names a platform
_PARTICIPLE_OBJECT_BEFORE = frozenset({"on", "in", "via", "through", "over"})
_PLATFORMS = frozenset({"telegram", "facebook", "x", "twitter", "instagram", "youtube",
                        "tiktok", "truth", "social", "vkontakte", "vk", "linkedin", "threads",
                        "bluesky", "whatsapp", "tv", "television", "radio", "air", "camera"})


# prepositions whose object is not the speaker: "a spokesman for X", "an aide to X", "the son
# of X", "a source close to X", "an official with X's office"
_OBJECT_PREPOSITIONS = frozenset({"for", "to", "of", "with", "at", "from", "near"})



def _person_noun_at(toks: list[Token], k: int) -> bool:
    """A lower-case speaker noun at ``k``, or before "close"/"familiar" there ("an aide",
    "a source close"); not a capitalised title ("President of Russia Vladimir Putin")."""
    if k > 0 and toks[k].low in lx.NEAR_WORDS:
        k -= 1
    if k < 0 or toks[k].kind != "w" or toks[k].low not in lx.SPEAKER_NOUNS:
        return False
    # a capital only at the sentence's start, and then no title ("People close to Rubio")
    return toks[k].text[:1].islower() or (k == 0 and toks[k].low not in lx.TITLE_WORDS)


# where someone spoke, never who: documents (an ad, a sign, a statement) are not here, since
# they are sources of their own ("the ad says"; PolNeAR labels them so)
_EVENT_NOUNS = frozenset({"rally", "speech", "speeches", "event", "appearance", "address",
                          "remarks", "interview", "debate"})
_EVENT_PREPOSITIONS = frozenset({"in", "during", "at"})


def _event_noun(tok: Token) -> bool:
    """A speech, a rally, an interview: where someone spoke, never the speaker ("a rally
    blasting Clinton", "in his announcement speech called")."""
    return tok.kind == "w" and tok.low in _EVENT_NOUNS


MAX_NO_SUBJECT = 3  # "no decision", "no one", "no final agreement": then the verb


def _one_word_answer(toks: list[Token], cue: _Cue) -> tuple[str, list[tuple[int, int]]] | None:
    """The one-word answer after a form of "say" ("46 percent of voters said yes", "half said
    so in the earlier poll", "the candidate said no."), as PolNeAR annotates it (nineteenth
    session, PolNeAR's unit: 13 of the 13 train cases outside quotes); not "said no to the
    plan" (a refusal, :func:`_says_no_to`) nor "said so far" or a clause ("said no decision
    had been made")."""
    k = cue.j
    if cue.lemma != "say" or k >= len(toks) or toks[k].low not in _ANSWER_WORDS:
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.kind == "w" and nxt.low not in _AFTER_ANSWER:
        return None
    return "indirect", [(toks[k].start, toks[k].end)]


_ANSWER_WORDS = frozenset({"yes", "no", "so"})
# what may follow such an answer: a setting, a conjunction ("said yes while 48 percent ...")
_AFTER_ANSWER = frozenset({"in", "on", "at", "while", "but", "and", "compared", "publicly",
                           "then", "too", "again", "last", "this", "when", "during"})


def _says_no_to(toks: list[Token], k: int) -> bool:
    """'(said) no to the plan', 'yes to the deal' at ``k``: a refusal or an assent."""
    return k + 1 < len(toks) and toks[k].low in {"no", "yes"} and toks[k + 1].low == "to"


def _no_subject(toks: list[Token], k: int) -> bool:
    """'said no decision had been made': "no" opens a subject and a finite verb follows (not
    "said no to the plan", "said no."); in a headline, which drops its verbs, "says no date
    set for summit", "says no peace without guarantees" too."""
    if k + 2 >= len(toks) or toks[k].low != "no" or toks[k + 1].kind != "w" or (
            toks[k + 1].low in lx.NP_BOUNDARY):
        return False
    if _headline_unit(toks):
        return True  # (fifteenth session: "Peskov says no date set for Putin-Trump summit")
    return any(t.kind == "w" and (t.low in _FINITE_AUXILIARIES or t.low == "yet" or (
        t.low.endswith("ed") and t.low not in _NOT_CLAUSE_START))
               for t in toks[k + 2 : k + 2 + MAX_NO_SUBJECT])  # (a headline's "says no deal
    # yet", "says no agreement reached": the verb left out)


MAX_HEADLINE_TOKENS = 16  # a news headline is short; a sentence of the body this short ends
# with a full stop


def _headline_unit(toks: list[Token]) -> bool:
    """Is the unit a headline: short, all words, and no closing punctuation?"""
    return len(toks) <= MAX_HEADLINE_TOKENS and toks[-1].kind == "w" and not any(
        t.kind == "q" for t in toks)


def _tag_before(toks: list[Token], comma: int) -> bool:
    """A quote's tag ends at the comma at ``comma`` ("“Q,” Peskov said, according to ...",
    "“Q,” said Peskov, according to ..."): a few words after a quote, one a speech verb."""
    q = max((m for m in range(comma) if toks[m].kind == "q"), default=-1)
    words = toks[q + 1 : comma]
    return q >= 0 and 0 < len(words) <= MAX_WORDS_QUOTE_TO_SPEAKER + 1 and all(
        t.kind == "w" for t in words) and any(
        lx.CUES.get(t.low, ("", ""))[1] in {"speech", "clause"} for t in words)


# labels of page furniture that open a paragraph before a colon: a link to another article
# or a medium, whose headline is no statement of this one
_FURNITURE_LABELS = frozenset({("read", "more"), ("read", "also"), ("also", "read"),
                               ("see", "also"), ("related",), ("watch",), ("listen",),
                               ("recommended",), ("more", "on", "this"), ("latest",),
                               ("video",), ("podcast",), ("trending",), ("more",),
                               # a local page's story furniture ("Related Story: One Killed
                               # ...", "Story Created: Aug 7, 2012", "Quick Facts:";
                               # twenty-fourth session; not "Updated:" or "Editor's note:",
                               # which open a sentence of the article whose names count)
                               ("related", "story"), ("related", "stories"),
                               ("related", "articles"), ("related", "coverage"),
                               ("story", "created"), ("story", "updated"),
                               ("quick", "facts")})
MAX_FURNITURE_LABEL = 3  # words of the longest label
# a paragraph that opens with one of these asks the reader to do something ("Follow AWR
# Hawkins on Twitter:", "Subscribe to our channel:"): a call to the reader, no one's statement
_FURNITURE_VERBS = frozenset({"follow", "subscribe", "download", "click", "sign", "join"})


def _topic_reported(toks: list[Token], cue: _Cue) -> bool:
    """Does the cue "report" name a topic covered ("reports on how Israel plans ...", "reported
    on the aftermath of ...", "reported about the talks") rather than a claim? "On" or "about"
    right after it, not opening a time ("reported on Monday that C"; the caller keeps a
    clause too: "reported on Telegram that C")."""
    if cue.lemma != "report" or cue.j + 1 >= len(toks) or toks[cue.j].low not in {"on", "about"}:
        return False
    nxt = toks[cue.j + 1]
    return nxt.kind == "w" and nxt.low not in lx.TIME_WORDS and not nxt.text[:1].isdigit()


def _data_head(toks: list[Token], phrase: Phrase) -> bool:
    """Is the speaker phrase's head a common noun of data or documents ("the poll", "court
    records", "government data"), not an organisation's name that ends in one ("the Center
    for Economic and Policy Research", "Pew Research")?"""
    k = phrase.core_end - 1
    head = toks[k]
    # (a sentence's first word is capitalised whatever it is: "Records show C")
    return head.low in lx.EVIDENCE_NOUNS and (k == 0 or not _cap(head))


def _furniture_label(toks: list[Token]) -> bool:
    """Does the unit open with a furniture label and a colon ("Read more:", "Watch:",
    "Follow us on Telegram:")?"""
    colon = next((m for m, t in enumerate(toks[: MAX_COLON_INDEX + 1]) if t.low == ":"), None)
    if colon is None:
        return False
    first = 0
    while first < colon - 1 and (toks[first].text.isdigit() or toks[first].text == "/"):
        first += 1  # ("7/14/2013 Related Story:": a page's date before its label)
    return (colon - first <= MAX_FURNITURE_LABEL and tuple(t.low for t in toks[first:colon])
            in _FURNITURE_LABELS) or (toks[0].low in _FURNITURE_VERBS and colon > 1)



def _named_subject_other(toks: list[Token], person: Person | None) -> bool:
    """Does the sentence open with a name of two words or more, not ``person``'s, as its
    subject ("T.J. Simons, 17, who works at the station, also heard the blast.", "Haifa coach
    Roni Levy looked back on the game.")? A quote paragraph after such a sentence, which
    reported no statement, is not the last speaker's (round 33, scancarry): it is the new
    person's, most often, or no one's; it inherits no one."""
    phrase = subject(toks, len(toks))
    if phrase is None or phrase.i != 0 or phrase.how == "pronoun":
        return False
    core = [t for t in toks[phrase.i : phrase.core_end] if t.kind == "w"]
    if len(core) < 2 or not all((_cap(t) and t.text.isalpha()) or t.text.endswith(".")
                                 for t in core) or core[0].low in lx.DETERMINERS or (
            core[0].low in _COUNT_WORDS):
        return False  # ("The Afrikaners are ...", "Six AK 47 rifles were seized": no one)
    name = fold(person.name) if person is not None and person.name else ""
    return not any(fold(t.text) in name.split() for t in core)


def _verbless_credit(text: str, toks: list[Token], phrase: Phrase, quote: Quote) -> bool:
    """Is the name after a quote a credit with no verb that ends the paragraph ('“Q,”
    Gibson.', '“Q,” Cpt. Danny Huff, an investigator with the Paris Police Dept.')? The
    quote closes on a comma; after the name, only a full stop, or an apposition of lower-case
    words (no cue, no quote) and a full stop; then the paragraph ends."""
    inside = text[quote.start : quote.close_at].rstrip(" ”\"'’")
    if not inside.endswith(",") or (phrase.j == len(toks) and toks[-1].text.endswith(".")):
        return False  # ('“Q,” the Rev.': an abbreviation's full stop, the name to come)
    rest = toks[phrase.j :]
    if rest and rest[-1].low == ".":
        rest = rest[:-1]
    if rest and (rest[0].low != "," or len(rest) > MAX_TAG_APPOSITION or not (
            len(rest) > 1 and rest[1].text[:1].islower()) or any(
            t.kind != "w" or t.low in lx.CUES for t in rest[1:])):
        return False
    end = toks[-1].end
    line_end = text.find("\n", end)
    return not text[end : len(text) if line_end < 0 else line_end].strip()


def _colon_line_back(toks: list[Token]) -> bool | None:
    """Does a line that ends in a colon no cue read point back to the last speaker? True
    when it opens with a pronoun (:data:`_BACK_POINTERS`: "His exact words:"), False when it
    opens otherwise ("Radio traffic from police starting at 4:50 p.m.:", "Andrew Wetzler,
    director of ..., was blunt:"), None when it ends in no colon or quotes itself."""
    if not toks or toks[-1].low != ":" or any(t.kind == "q" for t in toks):
        return None
    first = next((t for t in toks if t.kind == "w"), None)
    return first is not None and first.low in _BACK_POINTERS


def _chain_speaker(text: str, quotes: list[Quote], found: list[_Found]) -> list[_Found]:
    """The paragraphs of one run-together quote ('Zakharova was blunter. "Q1. "Q2," she
    said.': see :func:`~monitor.statements.quotes.find_quotes`) are one speaker's. When the
    run ends with a quote its own sentence tags (a cue), the paragraphs before it that no cue
    tags are the tagged speaker's, not the previous speaker's they inherited; when the tag
    names no person, they go unattributed (a wrong speaker is worse than none)."""
    by_start = {f.pieces[0][0]: f for f in found if f.pieces}
    drop: set[int] = set()
    for n, q in enumerate(quotes):
        f = by_start.get(q.pieces[0][0])
        if f is None or f.cue is not None or not _runs_on(text, quotes, n):
            continue
        m = n
        while _runs_on(text, quotes, m):
            m += 1
        tail = by_start.get(quotes[m].pieces[0][0])
        if tail is None or tail.cue is None:
            continue  # the run ends untagged: the previous speaker's, as inherited
        if tail.person is None:
            drop.add(id(f))
        else:
            f.phrase, f.person, f.official = tail.phrase, tail.person, tail.official
    return [f for f in found if id(f) not in drop]


def _run_on_untagged(text: str, quotes: list[Quote], units: list[Unit],
                     found: list[_Found]) -> list[_Found]:
    """The paragraphs of a run-together quote that open a sentence and that nothing
    attributed ('... congratulated his counterpart. "Q1. "Q2. "Q3," Tuggar said.': the
    sentence before names no speaker the paragraphs could inherit) are the tagged last
    paragraph's speaker's, as :func:`_chain_speaker` gives the inherited ones; none when the
    run ends untagged or its tag names no one (miss37: news develop halves' flattened copy)."""
    taken = [p for f in found for p in f.pieces]
    starts = [u.start for u in units]
    added: list[_Found] = []
    for n, q in enumerate(quotes):
        if not _runs_on(text, quotes, n) or any(
                a < q.close_at and q.open_at < b for a, b in taken):
            continue
        u = bisect.bisect_right(starts, q.open_at) - 1
        if u < 0 or not units[u].tokens or units[u].tokens[0].quote is not q:
            continue  # a quote inside a sentence: the sentence's own cue decides
        m = n
        while _runs_on(text, quotes, m):
            m += 1
        tail = next((f for f in found if f.pieces and f.pieces[0][0] == (
            quotes[m].pieces[0][0])), None)
        if tail is None or tail.cue is None or tail.person is None:
            continue
        added.append(_Found(u, tail.phrase, tail.person, tail.official, None, None, "direct",
                            list(q.pieces), CONF_INHERITED, via="continued"))
    return added


def _runs_on(text: str, quotes: list[Quote], n: int) -> bool:
    """True when quote ``n`` ends unclosed where quote ``n + 1`` opens at a run-together
    paragraph's mark."""
    if n + 1 >= len(quotes) or quotes[n].closed:
        return False
    nxt = quotes[n + 1]
    return text[quotes[n].close_at : nxt.open_at].strip() == "" and flattened_opener(
        text, nxt.open_at, nxt.open_at + 1)


def _by_agent(toks: list[Token], phrase: Phrase) -> bool:
    """'Yusuf Tuggar, in a statement issued in Abuja by Kimiebi Ebienfa, Spokesperson of the
    Ministry, congratulated ...': a name found to the left of the cue right after "by" is the
    agent inside an aside (the spokesman who issued the minister's statement), not the
    subject; the cue's subject is further left, so no speaker is safer than this one (and a
    quote paragraph after it inherits no one). Only inside such an aside: opened by a comma
    and a preposition after a word, closed by a comma before the cue ("a study by the
    Brookings Institution estimated" is the institution's)."""
    if phrase.how != "left" or phrase.i < 1 or toks[phrase.i - 1].low != "by" or (
            phrase.j >= len(toks) or toks[phrase.j].low != ","):
        return False
    k = next((k for k in range(phrase.i - 2, 0, -1) if toks[k].low == ","), 0)
    return k > 0 and toks[k - 1].kind == "w" and k + 1 < phrase.i - 1 and (
        toks[k + 1].low in _PREPOSITIONS)


def _title_case(quoted: str) -> bool:
    """A short quote whose words are all capitalised ("Orange Is the New Black",
    "Related:"): a heading or a title on a line of its own, not words someone said."""
    words = text_words(quoted)
    return 0 < len(words) < MIN_TITLE_LIKE_WORDS and all(
        w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words) and (
        words[0][:1].isupper())


_TITLE_SMALL_WORDS = frozenset({"the", "a", "an", "of", "and", "in", "on", "to", "for", "is",
                                "at", "by", "or"})


def _starts_upper(marked: str) -> bool:
    """True when a quote's first letter is a capital (a title, a full sentence)."""
    first = next((ch for ch in marked if ch.isalpha()), "")
    return first.isupper()


def _cap(tok: Token) -> bool:
    return tok.kind == "w" and tok.text[:1].isupper()


def _mostly_capitalised(toks: list[Token]) -> bool:
    """Are more than half of a sentence's tokens capitalised words (:func:`_cap`), as in a
    title-case headline? (One comprehension, no call per token: the attribution unit asks
    it of every sentence four times.)"""
    return sum([t.kind == "w" and t.text[:1].isupper() for t in toks]) * 2 > len(toks)


def extract_statements(
    text: str, registry: Registry, day: date | None = None
) -> Sequence[Statement]:
    """Convenience: statements of one text (build an :class:`Extractor` for many texts)."""
    return Extractor(registry).extract(text, day)


# chain verbs of intention and refusal whose "to"-infinitive PolNeAR puts in the content
# ("refused | to endorse Ryan", "plans | to be back in South Carolina"): train gold, outside
# the held-out batches, starts such a content with "to" about three times in four (decline
# 43 of 61, plan 48 of 52, seek 38 of 57, want 49 of 62); "seem", "appear", "expect" are left
# out (their contents hold the subject: "seemed | the politician ... to be shrinking")
_INFINITIVE_IN_CONTENT = frozenset({"decline", "refuse", "plan", "seek", "intend", "hope",
                                    "wish", "prefer", "hesitate", "threaten", "want",
                                    "eager", "reluctant"})  # (_adjective_cue: "was eager to")


def _with_infinitive(toks: list[Token], cue: _Cue,
                     pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A chain cue's content from its "to" (eighteenth session, PolNeAR's unit): "refused to
    endorse Ryan" reports "to endorse Ryan", as PolNeAR spans it; unchanged when the content
    does not follow the cue (a quote before it) or the lemma is not one of intention."""
    if cue.lemma not in _INFINITIVE_IN_CONTENT or not pieces:
        return pieces
    to = next((m for m in range(cue.i + 1, cue.j) if toks[m].low == "to"), None)
    if to is None or cue.j >= len(toks) or pieces[0][0] != toks[cue.j].start:
        return pieces  # (the content is not what follows the cue)
    return [(toks[to].start, pieces[0][1]), *pieces[1:]]


def _adjective_cue(toks: list[Token], k: int) -> _Cue | None:
    """A view or a feeling held, as PolNeAR annotates it (nineteenth session): an adjective
    of :data:`_STANCE_ADJECTIVES` after "be" (or "remain", "become") and one of its
    complements: "that" (a clause cue: "are convinced that C"), a preposition (a stance cue
    with it: "has been critical of X") or "to" and an infinitive (a chain cue: "was eager to
    make his mark", "was quick to point out that C")."""
    n = len(toks)
    b = k - 1
    while b >= 0 and toks[b].kind == "w" and (toks[b].low in _ADJECTIVE_ADVERBS or (
            toks[b].low.endswith("ly") and not _cap(toks[b]))):
        b -= 1
    if b < 1 or toks[b].low not in _ADJECTIVE_COPULAS or k + 1 >= n:
        return None
    low, nxt = toks[k].low, toks[k + 1].low
    if nxt not in _STANCE_ADJECTIVES[low]:
        return None
    # the cue from its verb, as PolNeAR spans it ("have been critical of"): the subject is
    # the phrase before it, and the adjective's "-ed" is no passive ("are convinced that")
    if nxt == "that":
        return _Cue(b, k + 1, low, "clause", only_attribution=True)
    if nxt != "to":
        return _Cue(b, k + 2, f"{low} {nxt}", "stance", only_attribution=True)
    if k + 2 >= n or toks[k + 2].kind != "w" or not _infinitive(toks[k + 2]) or (
            low == "quick" and toks[k + 2].low not in lx.CUES and " ".join(
                t.low for t in toks[k + 2 : k + 4]) not in lx.CUES):
        return None  # ("was quick to push back", "quick to offer condolences": no view)
    j = k + 3
    if j < n and toks[j].low in _ADJECTIVE_PARTICLES:
        j += 1  # "eager to talk about", "quick to point out"
    return _Cue(b, j, low, "chain", only_attribution=True)


def _poll_name_mark(toks: list[Token], k: int) -> bool:
    """A mark joining two parts of a poll's name ("CNN/ORC", "USA TODAY/Suffolk"): one of
    :data:`_POLL_NAME_MARKS` between capitalised words."""
    return toks[k].low in _POLL_NAME_MARKS and 0 < k < len(toks) - 1 and _cap(
        toks[k - 1]) and _cap(toks[k + 1])


def _poll_tail(toks: list[Token], k: int) -> int:
    """Past the words that date or place a poll after its head (``k``, the word after the
    head): "last month", "released Monday", "of likely voters in Iowa" (up to
    :data:`MAX_POLL_TAIL` words, opened by one of :data:`_POLL_TAIL_OPENERS`, then names,
    numbers and :data:`_POLL_TAIL_WORDS`);
    ``k`` itself when no such words follow."""
    if k >= len(toks) or toks[k].low not in _POLL_TAIL_OPENERS:
        return k
    m = k + 1
    while m < len(toks) and m - k < MAX_POLL_TAIL and (
            (toks[m].kind == "w" and (_cap(toks[m]) or toks[m].low in _POLL_TAIL_WORDS))
            or _poll_name_mark(toks, m)):
        m += 1
    if m < len(toks) and (toks[m].low == "," or toks[m].low in _PUNCT_END):
        return m
    return k


# words after which a noun-like cue word ("support", "favor", "call") is a verb: modals and
# "do" ("would support raising taxes", "did call for a recount"; never "the support staff")
_MODALS = frozenset({"would", "will", "could", "can", "should", "might", "may", "must", "did",
                     "does", "do", "wouldn't", "won't", "couldn't", "can't", "shouldn't",
                     "didn't", "doesn't", "don't", "wouldn’t", "won’t", "couldn’t", "can’t",
                     "shouldn’t", "didn’t", "doesn’t", "don’t"})
# words before "suspect" that leave it a verb (:func:`_singular_before_suspect`): the modals,
# subjects that take a base form, negation and quantifiers used as subjects ("we suspect",
# "police suspect", "may suspect", "many suspect", "to suspect")
_SUSPECT_VERB_BEFORE = _MODALS | _PLURAL_WITHOUT_S | frozenset(
    {"i", "we", "they", "you", "who", "that", "which", "to", "not", "also", "still", "now",
     "many", "some", "most", "few", "others", "all", "both", "and", "or", "often", "never",
     "always", "just", "shall"})


def _after_modal(toks: list[Token], k: int) -> bool:
    """True when a modal or "do" stands before word ``k``, over "not" and an adverb in -ly
    ("would strongly support", "would not favor"): the word is a verb."""
    m = k - 1
    while m >= 0 and m >= k - 2 and (toks[m].low == "not" or toks[m].low.endswith("ly")):
        m -= 1
    return m >= 0 and toks[m].low in _MODALS


# adverbs that may stand inside a multiword cue besides those in -ly ("called again for",
# "talked more about")
_INNER_ADVERBS = frozenset({"again", "more", "often"})
MIN_LY_ADVERB_LETTERS = 6  # "early", "only" are no manner adverbs; "highly", "briefly" are


def _adverbed_cue(toks: list[Token], k: int) -> _Cue | None:
    """A multiword cue of the lexicon with a manner adverb after its verb (eighteenth
    session, PolNeAR's unit): "spoke briefly about the show", "complained bitterly about",
    "talked glowingly about", "called again for"; the cue spans the adverb too."""
    n = len(toks)
    if k + 2 >= n or toks[k + 1].kind != "w":
        return None
    adverb = toks[k + 1].low
    if not (adverb in _INNER_ADVERBS or (adverb.endswith("ly") and len(adverb) >= (
            MIN_LY_ADVERB_LETTERS) and adverb not in lx.CUES)):
        return None
    for size in (3, 2):
        if k + size + 1 <= n:
            words = [toks[k].low, *(t.low for t in toks[k + 2 : k + size + 1])]
            entry = lx.CUES.get(" ".join(words))
            if entry is not None:
                return _Cue(k, k + size + 1, entry[0], entry[1], only_attribution=True)
    return None


_SUPPORT_NOUNS = frozenset({"support", "backing", "endorsement", "weight"})
_SUPPORT_PREPOSITIONS = frozenset({"behind", "to", "for", "from"})


def _support_given(toks: list[Token], k: int) -> _Cue | None:
    """"threw her support behind X", "has withheld his endorsement from X" (nineteenth
    session, PolNeAR's unit): the verb, a possessive, the noun (one modifier allowed: "her
    full support") and the preposition as one stance cue; the content is its object."""
    n = len(toks)
    m = k + 1
    if m >= n or toks[m].low not in _NOMINAL_PRONOUNS | {"its", "our", "my"}:
        return None
    m += 1
    if m < n and toks[m].low not in _SUPPORT_NOUNS:
        m += 1  # "her full support", "their considerable weight"
    if m + 2 >= n or toks[m].low not in _SUPPORT_NOUNS or (
            toks[m + 1].low not in _SUPPORT_PREPOSITIONS) or toks[m + 2].kind != "w":
        return None
    return _Cue(k, m + 2, "support", "stance", only_attribution=True)


_FEEL_FORMS = frozenset({"feel", "feels", "felt", "feeling"})  # (_feeling)


def _feeling(toks: list[Token], k: int) -> _Cue | None:
    """A feeling stated (nineteenth session, PolNeAR's unit): "feel" and a participle
    ("some workers felt betrayed", "voters who feel trapped in a system", "felt slighted as the
    party fell in line") or "like" and a clause ("felt like I had no voice"); the cue is
    "feel" ("feel like"), the content what follows. PolNeAR train: about two in three such
    feelings outside quotes and said clauses annotated ("feel that C" is the lexicon's)."""
    n = len(toks)
    m = k + 1
    if m < n and toks[m].low.endswith("ly") and not _cap(toks[m]):
        m += 1  # "feel deeply betrayed"
    if m + 1 >= n or toks[m].kind != "w" or _cap(toks[m]):
        return None
    if toks[m].low == "like" and m == k + 1 and toks[m + 1].kind == "w" and (
            _PRONOUN_SUBJECT.match(toks[m + 1].low) or toks[m + 1].low in lx.DETERMINERS):
        return _Cue(k, m + 1, "feel like", "stance", only_attribution=True)
    if toks[m].low.endswith("ed") and toks[m].low not in lx.CUES:
        return _Cue(k, k + 1, "feel", "stance", only_attribution=True)
    return None


# the verbs of talking whose topic may follow the listeners or the setting ("spoke to CNN
# about the subject", "spoke at the White House on Tuesday about rights", "is talking to voters
# about health care"): nineteenth session, PolNeAR's unit
_TALK_FORMS = frozenset({"talk", "talks", "talked", "talking", "speak", "speaks", "spoke",
                         "speaking", "spoken"})
# what opens the words between such a verb and its "about"
_TALK_LINKS = frozenset({"to", "with", "at", "on", "in", "before", "during"})
MAX_TALK_GAP = 10  # "spoke to Breitbart News Saturday on Sirius XM Patriot Channel 125 about"
# words that end the gap: a clause or a list goes on ("spoke to reporters and said")
_TALK_GAP_STOPS = frozenset({"and", "but", "or", "that", "who", "which", "because", "after",
                             "before", "while", "when", "as", "to"})


def _talked_to_about(toks: list[Token], k: int) -> _Cue | None:
    """A verb of talking, its listeners or setting, then "about" (nineteenth session,
    PolNeAR's unit): "spoke to CNN about the subject", "talks to Megyn Kelly about bullying",
    "spoke at the White House on Tuesday about rights"; the cue spans the words between, as
    PolNeAR's does, and the content is the topic."""
    n = len(toks)
    if k + 3 >= n or toks[k + 1].low not in _TALK_LINKS:
        return None
    for m in range(k + 2, min(n - 1, k + 2 + MAX_TALK_GAP)):
        tok = toks[m]
        if tok.low == "about":
            if m + 1 < n and toks[m + 1].kind == "w":
                lemma = "speak about" if toks[k].low.startswith("sp") else "talk about"
                return _Cue(k, m + 1, lemma, "stance", only_attribution=True)
            return None
        if tok.kind != "w" or tok.low in _TALK_GAP_STOPS:
            return None
    return None


# words that date a stance after its object ("endorsed Trump recently", "... on Monday",
# "... in early June", "... last week"): PolNeAR's content stops before them when nothing
# but the time (or another setting) follows
_OBJECT_TIMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday", "yesterday", "today", "tonight", "recently", "january",
                           "february", "march", "april", "june", "july", "august",
                           "september", "october", "november", "december"})
_TIME_SPANS = frozenset({"week", "month", "year", "weekend", "summer", "fall", "spring",
                         "winter", "night", "decade", "morning", "afternoon", "evening"})
_TIME_ANCHORS = frozenset({"last", "this", "next", "earlier", "later"})
_TIME_INNER = _OBJECT_TIMES | _TIME_SPANS | {"early", "late", "mid", "of", "this", "last"}
_SETTING_PREPOSITIONS = frozenset({"in", "on", "at", "by", "during", "via"})
# nouns of the medium or the occasion of a stance ("in a statement", "at a campaign rally",
# "in a 2014 interview with The Post"): the object ends before them, whatever follows
_SETTING_NOUNS = (_MEDIA_NOUNS - {"video", "report", "text", "call", "letter", "post"}) | (
    frozenset({"rally", "speech", "event", "appearance", "address", "interview", "debate",
               "hearing", "fundraiser", "forum", "town"}))  # (not "convention":
# "favoring a coup at the Republican convention" is where the coup would be)
_SETTING_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its"})
MAX_SETTING_MODIFIERS = 2  # "at a campaign rally", "in a 2014 television interview"


def _time_length(toks: list[Token], m: int, end: int) -> int:
    """The words of a time phrase at ``m`` ("Tuesday night", "last week", "on Monday", "in
    early June", "in 2014"), 0 when none opens there."""
    low = toks[m].low
    nxt = toks[m + 1].low if m + 1 < end else ""
    k = m
    if (low in {"in", "on"} and (nxt in _OBJECT_TIMES or nxt in _TIME_ANCHORS or nxt in {
            "early", "late", "mid"} or (nxt.isdigit() and len(nxt) == 4))) or (
            low in _TIME_ANCHORS and nxt in _TIME_SPANS):
        k = m + 1  # "in early June", "on Monday", "in 2014"; "last week"
    elif low not in _OBJECT_TIMES:
        return 0
    k += 1
    while k < end and (toks[k].low in _TIME_INNER or toks[k].text == "May" or (
            toks[k].low.isdigit() and len(toks[k].low) <= 4)):  # ("May" within a time only)
        k += 1
    return k - m


def _setting_at(toks: list[Token], m: int, end: int) -> bool:
    """True when a time, a medium or an occasion of a stance opens at ``m`` (eighteenth
    session; the stance's object ends there, as PolNeAR spans it): a time that ends the
    object ("endorsed Trump recently", "... on Monday", "... in early June, "... last week";
    not "blasted the FBI Tuesday for its decision", nor "a recently enacted law"), or a
    medium or occasion ("opposed the bill in a statement", "thanking supporters at a
    victory rally in Vermont", "... on Twitter"), "in an effort to", "on those grounds", "by
    broad margins", a dash before "but" ("endorses Cruz - but also praises Trump")."""
    if m > 0 and (toks[m - 1].low in lx.DETERMINERS or toks[m - 1].low.endswith(("’s", "'s"))
                  or toks[m - 1].low == "of"):
        return False  # (a time inside the noun phrase: "the March primaries")
    low = toks[m].low
    nxt = toks[m + 1].low if m + 1 < end else ""
    if low in _DASHES | {"-"}:
        return nxt in {"but", "and"}
    k = m
    while k < end and (span := _time_length(toks, k, end)):
        k += span  # ("Tuesday in early June")
    if k > m:
        return k >= end or _setting_at(toks, k, end)
    if low not in _SETTING_PREPOSITIONS or m + 1 >= end:
        return False
    if low in {"on", "via"} and nxt in _PLATFORMS and _cap(toks[m + 1]):
        return True  # "on Twitter", "via Facebook"
    if low == "in" and nxt in {"an", "order"} and m + 3 < end and (
            toks[m + 2].low in {"effort", "to"}):
        return True  # "in an effort to", "in order to"
    if low == "on" and nxt in {"the", "those", "these"} and m + 2 < end and (
            toks[m + 2].low == "grounds"):
        return True
    k = m + 1
    if low == "by":  # "by broad margins", "by a wide margin"
        while k < end and k - m <= MAX_SETTING_MODIFIERS + 1 and toks[k].kind == "w" and (
                toks[k].low not in {"margin", "margins"}):
            k += 1
        return k < end and toks[k].low in {"margin", "margins"}
    if toks[k].low not in _SETTING_DETERMINERS:
        return False
    k += 1
    while k < end and k - m - 2 < MAX_SETTING_MODIFIERS and toks[k].kind == "w" and (
            toks[k].low not in _SETTING_NOUNS):
        k += 1
    return k < end and toks[k].low in _SETTING_NOUNS


# words after a comma that open examples of what came before ("cited several factors,
# including ...", "congratulated his rivals, especially Ted Cruz"): PolNeAR's content keeps
# them (twentieth session: 21 of 26 such train contents go on through the examples)
_EXAMPLE_OPENERS = frozenset({"including", "especially", "particularly"})
MAX_EXAMPLE_TOKENS = 25  # "including congressional budget cuts that eliminated $18million in ..."
_EXAMPLE_INNER_MARKS = frozenset({"$", "%", "&", "/", "-"})  # marks inside the examples' words


def _examples_end(toks: list[Token], end: int) -> int:
    """Where a content ending before ", including X" / ", especially X" / ", such as X" ends
    when it keeps the examples (PolNeAR's unit, twentieth session): at the next comma or
    other punctuation, the sentence's end, at most :data:`MAX_EXAMPLE_TOKENS` tokens on;
    ``end`` itself when no examples follow or they run on longer."""
    n = len(toks)
    if end + 2 >= n or toks[end].low != "," or not (
            toks[end + 1].low in _EXAMPLE_OPENERS
            or (toks[end + 1].low == "such" and toks[end + 2].low == "as")):
        return end
    k = end + (3 if toks[end + 1].low == "such" else 2)
    m = k
    while m < n and m - end <= MAX_EXAMPLE_TOKENS and (
            toks[m].kind != "p" or toks[m].low in _EXAMPLE_INNER_MARKS):
        m += 1
    if m == k or m - end > MAX_EXAMPLE_TOKENS:
        return end
    return m


# words that make what follows a speech cue a clause, not a noun phrase: a subject pronoun,
# a finite word, a past tense
_CLAUSE_MARKS = _FINITE_WORDS | _PAST_VERBS | frozenset(
    {"he", "she", "they", "we", "i", "it", "you", "there", "that", "who", "which", "to"})


# words a speech cue's object neither opens nor is cut at ("complained soon after that C",
# "an assessment of business cases before the Supreme Court": a place)
_SPEECH_OBJECT_STOPS = _OBJECT_SETTINGS - {"after", "during", "amid", "despite"} | {"soon",
                                                                                   "just"}
_OBJECT_TAILS = _RELATIVE_OPENERS | {"about"}


def _speech_object_end(toks: list[Token], start: int, end: int) -> int:
    """Where a speech cue's object ends when it is a noun phrase, not a clause (PolNeAR's
    unit, twentieth session): "announced the partnership | after cutting ties", "stressed
    those worries | on Sunday at a forum", "claimed victory | in a tweet": before a time, a
    setting or a subordinator (as a stance's object, :func:`_object_end`), taken only when
    no word before it marks a clause or a verb ("announced they were separated after ...",
    "said the average donation was ...", "recalled sitting in on focus groups when ...")."""
    if toks[start].low in _SPEECH_OBJECT_STOPS:
        return end
    for m in range(start, end):
        tok = toks[m]
        if tok.low in _CLAUSE_MARKS or tok.kind != "w" or tok.low.endswith(
                ("ing", "n't", "n’t")) or (m > start and tok.low.endswith("ed")):
            return end
        if m > start and tok.low not in _SPEECH_OBJECT_STOPS and (
                tok.low in _OBJECT_SETTINGS or _setting_at(toks, m, end)):
            # (not when a finite word follows: "said the average donation during the
            # quarter was $27.16" is a clause; nor before the object's own relative clause or
            # topic: "posted a comment on Twitter in August that compared ...", "posted
            # comments on Facebook about ...")
            return end if any(t.low in _FINITE_WORDS or t.low in _SUBJECT_PRONOUNS
                              or t.low in _OBJECT_TAILS for t in toks[m:end]) else m
    return end


MAX_DASH_ASIDE = 15  # "an unborn baby – up until its birth – has no constitutional rights"
MAX_AFTER_ASIDE = 30  # the content's words after the aside, to its comma or sentence end
# words after an aside's closing dash that start another clause ("— but his team does see",
# "— who said they could change", "— it was a clear victory")
_AFTER_ASIDE_STOPS = _SUBJECT_PRONOUNS | _RELATIVE_OPENERS | {"but", "and", "or", "so",
                                                              "yet", "while", "although"}


def _aside_end(toks: list[Token], end: int) -> int:
    """Where a content cut at a dash ends when the dash opens an aside that the sentence
    goes on after (PolNeAR's unit, twentieth session): "believes an unborn baby – up until
    its birth – has no constitutional rights", "called for all candidates to lay out
    specifics — including the cost — of their plans": through the aside, to the next comma
    or other punctuation after it (at most :data:`MAX_AFTER_ASIDE` words). Not when the
    words after the closing dash open another clause or are capitalised."""
    n = len(toks)
    if end >= n or toks[end].low not in _DASHES | {"-"}:
        return end
    close = next((m for m in range(end + 1, min(n, end + MAX_DASH_ASIDE + 1))
                  if toks[m].low in _DASHES | {"-"} or toks[m].low in _PUNCT_END), None)
    if close is None or toks[close].low in _PUNCT_END or close == end + 1:
        return end
    nxt = close + 1
    if nxt >= n or toks[nxt].kind != "w" or _cap(toks[nxt]) or toks[nxt].low in (
            _AFTER_ASIDE_STOPS):
        return end
    m = nxt
    while m < n and m - nxt < MAX_AFTER_ASIDE and (toks[m].kind != "p" or toks[m].low in (
            _EXAMPLE_INNER_MARKS - {"-"})):
        m += 1
    return m if m - nxt < MAX_AFTER_ASIDE else end


# nouns of speech that "make" turns into a cue (eighteenth session, PolNeAR's unit): "made
# the case for X", "made a plea for X", "made the point that C", "made no mention of X" (not
# "pitch": "making a pitch to New York voters" names the listeners, not what was pitched)
_LIGHT_NOUNS = frozenset({"case", "point", "argument", "plea", "call", "appeal", "suggestion",
                          "observation", "comment", "comments", "statement", "statements",
                          "remark", "remarks", "mention", "promise", "commitment", "pledge",
                          "prediction", "claim", "claims", "accusation", "accusations",
                          "allegation", "allegations", "threat", "threats", "vow",
                          "announcement", "assertion", "reference", "references",
                          "criticism", "complaint", "complaints", "request", "demand",
                          "demands", "proposal", "endorsement", "apology", "joke", "jokes"})
# what may stand between "make" and such a noun: a determiner, then a few modifiers
_LIGHT_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "no", "one",
                                "several", "many", "some", "repeated", "similar"})
MAX_LIGHT_MODIFIERS = 2  # "made an impassioned personal plea for"
# words that open what such a cue reports: a clause or the topic
_LIGHT_COMPLEMENTS = frozenset({"that", "for", "of", "about", "on", "against", "to"})


def _light_verb(toks: list[Token], k: int) -> _Cue | None:
    """A speech noun with "make" as one cue (eighteenth session, PolNeAR's unit): "made the
    case for cutting taxes", "made an impassioned plea for unity", "made no mention of the
    wall", "made the point that C", "made clear (that) C", "made it clear C". Only with what
    the noun reports after it ("made those comments" names words said elsewhere, no cue);
    the cue ends before "that" (the clause's) and after a preposition (the topic's)."""
    n = len(toks)
    m = k + 1
    verb = _LIGHT_VERBS.get(toks[k].low)
    if verb is not None:
        return _voiced(toks, k, verb)
    if m < n and toks[m].low == "it":
        m += 1  # "made it clear"
    if m < n and toks[m].low == "clear":
        if m + 1 < n and toks[m + 1].kind == "w" and (
                toks[m + 1].low == "that" or _is_time(toks[m + 1].low)
                or _PRONOUN_SUBJECT.match(toks[m + 1].low) or _clause_opens(toks, m + 1)):
            return _Cue(k, m + 1, "make clear", "clause", only_attribution=True)
        return None
    if m >= n or toks[m].low not in _LIGHT_DETERMINERS:
        return None
    m += 1
    while m < n and m - k - 2 < MAX_LIGHT_MODIFIERS and toks[m].kind == "w" and (
            toks[m].low not in _LIGHT_NOUNS):
        m += 1
    if m + 1 >= n or toks[m].low not in _LIGHT_NOUNS:
        return None
    after = toks[m + 1].low
    if after == "that" and toks[m + 2 if m + 2 < n else m + 1].kind == "w":
        return _Cue(k, m + 1, "make " + toks[m].low, "clause", only_attribution=True)
    if after in _LIGHT_COMPLEMENTS - {"that"}:
        return _Cue(k, m + 2, "make " + toks[m].low, "stance", only_attribution=True)
    return None


# records of sight and mail whose "show" reports what they hold (eighteenth session, PolNeAR's
# unit; train: 18 of 34 such "shows" annotated): "the video shows Sherman outlining ...",
# "a Sept. 15, 2011 email shows State sent ...", "handwritten ledgers showing he was ..."
_ATTRIBUTION_EVIDENCE_NOUNS = frozenset({"video", "videos", "footage", "photo", "photos",
                                         "photograph", "photographs", "image", "images",
                                         "email", "ledger", "ledgers", "tallies", "recording",
                                         "recordings", "transcript", "transcripts"})


# verbs by which a poll states its finding, besides "show" and "find" (eighteenth session,
# PolNeAR's unit): "Wednesday's Quinnipiac poll has Clinton leading Trump by six points",
# "A Field Poll put his support at 5 percent", "The CBS poll gave Clinton a higher lead"
_POLL_VERBS = {"has": "have", "have": "have", "had": "have", "puts": "put", "put": "put",
               "gives": "give", "gave": "give", "giving": "give"}
# what follows such a verb when it states no finding: "the poll has a margin of error of",
# "the polls have been wrong", "the survey had no ...", "has to be read with care"
_NOT_POLL_OBJECTS = frozenset({"a", "an", "been", "to", "not", "no", "also", "its", "their",
                               "some", "many", "more", "less", "little", "few"})


def _poll_verb(toks: list[Token], k: int) -> bool:
    """Is ``k`` a poll's verb of finding ("has", "put", "gave"), its subject a poll
    (:data:`_POLL_HEADS`, :func:`_evidence_phrase`) opening the sentence and its object a
    finding ("has Clinton leading", "put his support at 5 percent")?"""
    if k + 2 >= len(toks) or toks[k + 1].kind != "w" or toks[k + 1].low in _NOT_POLL_OBJECTS:
        return False
    nxt = toks[k + 1].low
    if toks[k].low in {"has", "have", "had"} and (
            nxt.endswith(("ed", "en", "wn")) or nxt in _PARTICIPLES or nxt in _PAST_VERBS):
        return False  # an auxiliary: "polls have shown", "have provided"
    phrase = _evidence_phrase(toks, k, _POLL_HEADS, MAX_EVIDENCE_REACH)
    if phrase is None or phrase.i > dateline_end(toks) + 1 or (
            toks[k - 1].low in _FINITE_AUXILIARIES):
        return False
    after = phrase.core_end  # the poll's head ends the noun ("polling stations" is none)
    return after == k or toks[after].low in _POLL_TAIL_OPENERS or toks[after].low in {
        "of", "conducted"}


# words that open no object of "want": a preposition, a conjunction, a verb ("what they want
# in a president", "want it to", "wanted was a gun truck", "wants and that's it")
_NOT_WANTED = frozenset({"to", "in", "on", "at", "for", "from", "despite", "and", "or", "but",
                         "was", "is", "are", "were", "first", "it", "that", "this", "so",
                         "because", "if", "when", "as", "with", "by", "of"})
_WANTED_BEFORE = frozenset({"what", "whatever", "things", "thing"})  # "what they want"
MAX_WANTING_SUBJECT = 3  # "what exactly Sanders wants": the words between "what" and "want"


def _wanting(toks: list[Token], k: int) -> bool:
    """Is "want" at ``k`` a stance on its object (eighteenth session, PolNeAR's unit:
    "Murphy wants more funding for teachers", "Republicans want Obama to push for new
    laws")? Not when no object follows (:data:`_NOT_WANTED`, a mark) nor when the wanted
    thing stands before it ("what they want", "the things he wanted")."""
    if k + 1 >= len(toks) or toks[k + 1].kind != "w" or toks[k + 1].low in _NOT_WANTED:
        return False
    return not any(t.low in _WANTED_BEFORE for t in toks[max(0, k - MAX_WANTING_SUBJECT) : k])


# other verbs that turn a noun of a view into a cue, with the nouns each takes (eighteenth
# session, PolNeAR's unit): "voiced support for Trump", "voiced concerns about the cost",
# "raised questions about his birthplace", "sounded a cautious note about the report"
_LIGHT_VERB_NOUNS = {
    "voice": frozenset({"support", "concern", "concerns", "opposition", "frustration",
                        "skepticism", "doubt", "doubts", "displeasure", "disapproval",
                        "confidence", "objection", "objections", "disappointment", "outrage",
                        "optimism", "fear", "fears", "worry", "worries", "anger",
                        "reservations"}),
    "raise": frozenset({"questions", "question", "concerns", "concern", "doubts", "objections",
                        "alarm", "alarms", "fears", "worries"}),
    "sound": frozenset({"note", "alarm", "warning"}),
}
_LIGHT_VERBS = {form: lemma for lemma in _LIGHT_VERB_NOUNS for form in (
    lemma, lemma + "s", lemma + "d" if lemma.endswith("e") else lemma + "ed",
    (lemma[:-1] if lemma.endswith("e") else lemma) + "ing")}
# the words that may open what such a noun reports ("concerns about", "support for",
# "confidence that", "displeasure with", "questions over")
_VOICED_COMPLEMENTS = frozenset({"for", "of", "about", "on", "over", "with", "against", "at",
                                 "that"})


def _voiced(toks: list[Token], k: int, verb: str) -> _Cue | None:
    """"voiced support for", "raised questions about", "sounded a cautious note about"
    (:data:`_LIGHT_VERB_NOUNS`): the verb, an optional determiner and a few modifiers, the
    noun and the word that opens what it reports; the cue ends before "that"."""
    n = len(toks)
    m = k + 1
    if m < n and toks[m].low in _LIGHT_DETERMINERS:
        m += 1
    while m < n and m - k - 1 <= MAX_LIGHT_MODIFIERS and toks[m].kind == "w" and (
            toks[m].low not in _LIGHT_VERB_NOUNS[verb]):
        m += 1
    if m + 2 >= n or toks[m].low not in _LIGHT_VERB_NOUNS[verb] or (
            toks[m + 1].low not in _VOICED_COMPLEMENTS) or toks[m + 2].kind != "w":
        return None
    lemma = f"{verb} {toks[m].low}"
    if toks[m + 1].low == "that":
        return _Cue(k, m + 1, lemma, "clause", only_attribution=True)
    return _Cue(k, m + 2, lemma, "stance", only_attribution=True)


# object and reflexive pronouns: after a noun-like cue word they make it a verb ("calls
# himself a democratic socialist", "supports him"); no noun is followed by them
_VERB_OBJECT_PRONOUNS = frozenset({"him", "them", "us", "me", "himself", "herself",
                                   "themselves", "itself", "myself", "ourselves"})


def _object_pronoun_after(toks: list[Token], k: int) -> bool:
    """True when an object or reflexive pronoun stands at ``k`` (:data:`_VERB_OBJECT_PRONOUNS`;
    not "her" and "it", which open noun phrases and clauses too)."""
    return k < len(toks) and toks[k].low in _VERB_OBJECT_PRONOUNS


# words of likelihood that open an impression's content after "it seems" ("it seems
# increasingly likely that C", "it appears certain that C")
_IMPRESSION_WORDS = frozenset({"likely", "unlikely", "clear", "certain", "increasingly",
                               "possible", "probable", "obvious", "pretty", "more", "less",
                               "very", "almost", "all", "inevitable"})


# what "appear" takes when it means "seem" without "to" ("appeared poised to win", "appears
# ready to use tariffs", "appeared headed for a contest", "appears certain to become")
_APPEAR_COMPLEMENTS = frozenset({"ready", "poised", "likely", "unlikely", "certain", "set",
                                 "sure", "close", "eager", "willing", "unwilling", "unable",
                                 "able", "determined", "reluctant", "confident", "open",
                                 "intent", "headed", "bound"})
# words in -ed after "appeared" that are no complement ("appeared alongside", "appeared
# dressed as": a sight; "appeared onstage")
_PARTICIPLE_NOT_COMPLEMENT = frozenset({"dressed", "onstage", "seated", "pictured",
                                        "featured"})


# prepositions that open the setting of a question before its word ("asked on Monday
# whether", "asked at a town hall about", "asked during the debate why")
_QUESTION_SETTINGS = frozenset({"on", "at", "in", "during", "after", "last", "this"})


# answers whose absence PolNeAR annotates ("did not respond to a request for comment")
_ANSWERS = frozenset({"respond", "reply"})


# the verbs of "as reported by X, C" and "as X has reported, C", and what may stand before
# them ("as first reported by", "as was reported by", "as previously noted by")
_AS_REPORTED_VERBS = frozenset({"reported", "noted", "documented", "revealed", "reports",
                                "notes", "wrote", "writes", "explained"})
_AS_REPORTED_SKIP = frozenset({"first", "previously", "was", "has", "been", "had", "earlier",
                               "originally", "also", "recently"})


# verbs of agreement whose "to"-infinitive is what was agreed ("agreed to meet again")
_AGREEING = frozenset({"agree"})


# stance verbs that are nouns too and take a gerund as a verb ("supports raising the minimum
# wage", "favor extending the tariffs"; not "support staff", "calls demanding")
_GERUND_STANCES = frozenset({"support", "favor", "favour", "champion"})
# -ing words that are nouns after such a word ("support funding", "support spending" are
# ambiguous; these are nouns of things)
_ING_NOUNS = frozenset({"funding", "spending", "housing", "training", "building", "polling",
                        "fundraising", "lobbying", "staffing", "networking"})


def _verb_of_a_plural(toks: list[Token], cue: _Cue) -> bool:
    """Is the base form at ``cue`` ("support", not "supports") the verb of a plural subject
    right before it ("Millennials support background checks", "Two-thirds support", "most
    senators support")? A noun after a plural is rare ("voters' support" has its mark)."""
    if cue.i == 0 or toks[cue.i].low.endswith("s") or cue.lemma not in _GERUND_STANCES:
        return False  # (not "Jobs report gives", "a media call": nouns of other words)
    before = toks[cue.i - 1]
    if cue.j < len(toks) and toks[cue.j].low in {"from", "among", "for", "of", "in"}:
        return False  # "drew broad support from 52 percent": the noun's complement
    return before.kind == "w" and (
        (before.low.endswith("s") and not before.low.endswith(("ss", "’s", "'s", "us", "is")))
        or before.low in _PLURAL_WITHOUT_S)


def _before_gerund(toks: list[Token], cue: _Cue) -> bool:
    """Is the stance word at ``cue`` a verb before a gerund ("supports raising the minimum
    wage", "support at least lowering the number")?"""
    if cue.lemma not in _GERUND_STANCES:
        return False
    m = cue.j
    if m + 1 < len(toks) and toks[m].low == "at" and toks[m + 1].low == "least":
        m += 2
    return m < len(toks) and toks[m].low.endswith("ing") and toks[m].low not in _ING_NOUNS \
        and len(toks[m].low) > MIN_GERUND_LETTERS


MIN_GERUND_LETTERS = 5  # "raising", "lowering", "gesturing"; not "thing", "king", "being"
