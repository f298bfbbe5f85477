"""Speaker resolution: from the speaker phrase as written to who it means (issue 13).

The extractor finds *where* the speaker is written ("he", "the Kremlin spokesman", "Pate",
"a spokesperson for the ministry"); this module decides *who* that is. :class:`Discourse`
follows the people, organisations and groups of one article in reading order:

- names: registry officials (names, aliases, transliterations, titles valid on the article's
  day) and any other capitalised name the article writes ("Luther Stan Pate IV", "Mr. Pate",
  "the Daily News"), so that a later "Pate", "Luther" or "he" can find them; a short form
  takes the fullest form of the same name the article gives, before or after it;
- pronouns: he/she go to a person of that gender (first-name lexicon, honorifics, the
  registry), never to an organisation; the candidate is chosen by salience: the speaker or
  subject of a recent attributed sentence first, then the nearest mention; "they" goes to a
  group of named people ("Trump and Pence ... they"), "it" to a recent organisation;
- titles and descriptions ("the judge", "the new envoy") go to the one person the article
  gave that role, in apposition or as a title ("Judge Richard Berman", "X, the new envoy");
- otherwise the described source itself is the speaker ("a spokesperson for the ministry").

:func:`resolution_kind` names how the speaker was reached: ``name``, ``alias``, ``pronoun``,
``title``, ``description`` or ``previous-speaker`` (a quote paragraph with no attribution of
its own, given to the last speaker).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

from monitor.statements import lexicon as lx
from monitor.statements.attribution import (
    AGE_NOUNS,
    DATELINE_DASHES,
    EPITHET_NOUNS,
    FAMILIAR,
    MIN_PAST_FORM_LETTERS,
    NAMING_PARTICIPLES,
    NEAR_WORDS,
    PARENT_NOUNS,
    PERSON_PRONOUNS,
    PLACE_PEOPLE,
    SEEN_BY,
    Phrase,
    _is_cap,
    _is_number,
    _pronoun_of,
    _those_asked,
    dateline_end,
    name_pair_link,
    name_tokens,
    named_body_and,
    nounish,
    per_cent_at,
    place_people,
    placed_head,
)
from monitor.statements.givennames import first_name_gender, given_name_gender, unisex_names
from monitor.statements.names import (
    CAPITALS,
    CHINESE_SURNAMES,
    COUNTRIES,
    HYPHENED_CHINESE_SURNAMES,
    KOREAN_SURNAMES,
    REGIONS,
    STATE_CODES,
    STATE_NAMES,
    chinese_name,
    surname_first,
)
from monitor.statements.officials import GENERATIONAL_SUFFIXES, Official, Registry, fold
from monitor.statements.quotes import NAME_PARTICLES, Token, article_stem

PRONOUN_LOOKBACK_UNITS = 12  # a pronoun refers to someone named within this many sentences
# ... but to someone only mentioned in passing (no subject, speaker or addressee) within
# this many: a passing mention fades from the discourse ("... said the first speaker, who
# preceded Mr. Christie ... she disclosed" went to a Mary Pat named twelve sentences up, "a
# woman pulled into the complex ... she said" to "Miami Gardens" six up; pron24: on the
# pages, of the "he"/"she" resolved to a mention four or more sentences back, about nine in
# ten were wrong, and PolNeAR train has none)
PRONOUN_MENTION_UNITS = 3
# the most recent notes a pronoun looks through: ordinary articles note a few dozen people in
# twelve sentences; a feed's odd paragraph repeating a name thousands of times would make each
# pronoun scan all of them
MAX_PRONOUN_CANDIDATES = 400
# a "he" or "she" keeps up as the topic someone named (or kept up) within the last three
# sentences; a person further back, whom the pronoun may only reach for want of anyone
# nearer ("One woman adopted from Iran ... she"), is not made the topic again
TOPIC_LOOKBACK_UNITS = 3
# "they" for the people who each spoke in the sentence before ("Ted Cruz accuses Obama ...
# and Donald Trump says ... Yet they're proposing"): two speakers at least (they29)
MIN_JOINT_SPEAKERS = 2
GROUP_LOOKBACK_UNITS = 2  # "they" for "Trump and Pence": the pair is named just before
# "they" for unnamed people who spoke ("Police said C. They said"): only in the next sentence,
# since any plural subject between ("The victims were taken to hospital") may be "they"
PEOPLE_LOOKBACK_UNITS = 1
ORG_LOOKBACK_UNITS = 3  # "it" for an organisation named just before
ORG_THEY_LOOKBACK_UNITS = 1  # "they" for an organisation that spoke in the sentence before
# how a person was seen, in the order pronouns prefer them
MENTION, SUBJECT, SPEAKER, ADDRESSEE = 0, 1, 2, 3
# salience of a pronoun's candidate: its role bonus minus a cost per sentence back. A speaker
# two sentences back still beats a bare mention in the previous sentence ("Cruz said ...
# [Rubio named] ... he added": Cruz), a mention in the same sentence beats an old speaker.
# The subject of the previous sentence beats a speaker two back (round 4: 1.6 -> 1.75, +2
# train pairs once subjects after introductory phrases were found; 1.9 gave the same).
# The one asked a question answers next: "Conroy asked Sanders whether ... “Sure,” he said" is
# Sanders, a notch above the asker (round 6)
ROLE_BONUS = {ADDRESSEE: 2.1, SPEAKER: 2.0, SUBJECT: 1.75, MENTION: 1.0}
DISTANCE_COST = 0.35
# a speaker at most two sentences back (2.0 - 2 x 0.35): a title right after is most likely them
# an epithet's fallback adds this per earlier mention of a candidate (at most 10): the subject
# of the article beats a commentator quoted once ("Fleischer said ... the businessman has")
EPITHET_PROMINENCE = 0.1
MAX_PROMINENT_MENTIONS = 10
RECENT_SPEAKER_SCORE = ROLE_BONUS[SPEAKER] - 2 * DISTANCE_COST
# a past epithet ("the former top aide") is the speaker of this sentence or the one before
PAST_EPITHET_SCORE = ROLE_BONUS[SPEAKER] - DISTANCE_COST
# name words that are not part of the surname ("Luther Stan Pate IV" is Pate)
OFFICIAL_KEY = "official:"  # prefix of a tracked official's key in Discourse.people
NAME_SUFFIXES = GENERATIONAL_SUFFIXES | {"jr.", "sr."}
# heads that make a capitalised name an organisation, never "he" or "she"
ORG_HEADS = frozenset(
    {"times", "post", "news", "journal", "tribune", "herald", "globe", "magazine", "review",
     "press", "wire", "network", "networks", "cnn", "msnbc", "fox", "nbc", "cbs", "abc",
     "npr", "bbc", "reuters", "ipsos", "gallup", "politico", "breitbart", "committee",
     "party", "department", "ministry", "campaign", "institute", "university", "college",
     "agency", "administration", "office", "council", "commission", "association",
     "foundation", "center", "centre", "group", "company", "corp", "corp.", "inc", "inc.",
     "poll", "court", "house", "senate", "congress", "pac", "fund", "union", "bureau",
     "service", "board", "kremlin", "pentagon", "government", "coalition", "alliance",
     "organization", "organisation", "society", "club", "project", "caucus", "staff",
     "federation", "trust", "bank", "post-abc", "mcclatchy-marist", "quinnipiac", "monmouth",
     "survey", "study", "report", "fbi", "cia", "nato", "eu", "un", "gop", "rnc", "dnc",
     "forum",  # ("the Hostage and Missing Families Forum said"; round 36)
     # round 4: newspaper and broadcaster names of English-language news ("the Philippine
     # Star", "the Toronto Sun", "the Daily Telegraph", "CBC")
     "star", "sun", "mail", "telegraph", "guardian", "gazette", "observer", "chronicle",
     "courier", "examiner", "inquirer", "dispatch", "bulletin", "mirror", "express",
     "economist", "cbc", "ctv", "itv", "sky", "broadcasting", "radio", "television",
     # round 11: places that host events are no "he" or "she" ("Madison Square Garden")
     "garden", "arena", "stadium",
     # round 12: monitors and watchdogs of world news ("Euro-Med Human Rights Monitor",
     # "Human Rights Watch", "Syrian Observatory for Human Rights" ends otherwise), armed forces
     "monitor", "watch", "observatory", "forces",
     # round 13: churches and schools ("the Living Church of God", "Columbia University
     # Graduate School of Journalism") and the plural or abbreviated ends of company names
     # ("Vanguard Logistics Services", "Cisco Systems", "Delta Air Lines"; not "LLC": "Mercury
     # LLC" is then "Mercury" by its full form, as a name)
     "church", "school", "services", "systems", "industries", "holdings", "technologies",
     "airlines", "airways", "lines",
     # the police forces of a city or a country ("the Metropolitan Police", "Cleveland Police")
     "police",
     # academies, authorities, assemblies, armed services and museums that speak as one ("the
     # Norwegian Academy of Science", "the Palestinian Authority", "the Holocaust Memorial
     # Museum", "the Qassam Brigades", "the Marine Corps")
     "academy", "authority", "parliament", "assembly", "army", "navy", "museum", "hospital",
     "brigades", "corps"}
)
# last words of a capitalised phrase that describe someone rather than name them
# ("the Kentucky Republican", "the Democratic nominee")
DESCRIPTIVE_HEADS = frozenset(
    {"republican", "republicans", "democrat", "democrats", "democratic", "conservative",
     "liberal", "independent", "american", "americans", "senator", "governor", "candidate",
     "nominee"}
)
# heads of a definite description that points at one person named before ("the judge",
# "the GOP presidential candidate", "the gambling tycoon"); unnamed-source nouns
# ("the official", "the spokesman") are not here: the labels leave those unnamed
TITLE_HEADS = frozenset(
    {"judge", "justice", "candidate", "nominee", "senator", "governor", "president", "tycoon",
     "billionaire", "mogul", "businessman", "businesswoman", "congressman", "congresswoman",
     "lawmaker", "chairman", "chairwoman", "republican", "democrat", "frontrunner",
     "front-runner", "contender", "hopeful", "mayor", "secretary", "speaker", "leader",
     "incumbent", "challenger", "star", "actor", "actress", "host", "author", "lawyer",
     "attorney", "defendant", "pastor", "preacher", "singer", "rapper", "developer",
     # round 3: offices of other countries and epithets of a person named before
     "minister", "premier", "chancellor", "ambassador", "neurosurgeon", "surgeon", "doctor",
     "physician", "lady", "magnate", "celebrity", "comedian", "entrepreneur", "politician",
     "statesman", "rival", "newcomer", "socialist", "populist", "libertarian",
     "president-elect", "premier-elect", "heiress", "millionaire", "legislator", "mp", "mla",
     "pope",
     # round 6: the money behind a campaign ("the mega donor" for a donor named before)
     "donor", "megadonor", "philanthropist", "financier", "investor",
     # round 11: a naval rank ("Adm. Harry B. Harris Jr." ... "the admiral said"; not "general":
     # "the inspector general", "the attorney general" are other offices)
     "admiral",
     # Ontario's and Quebec's members, as "mp" and "mla" above (tn37)
     "mpp", "mna"}
)
# round 13: epithets by which news, wire services most of all, vary the name of the person it
# quotes ("... said Council Director General Ivan Timofeyev. “Q,” the expert said"; "the
# analyst", "the diplomat", "the official", "the professor"): the person who spoke just before,
# unless the article gave the epithet to someone else or an unnamed source holds it ("a senior
# official said ... the official added" stays that described source). Not in TITLE_HEADS: with
# no recent speaker they fall back on no one (PolNeAR leaves an unnamed "the official" unnamed)
EPITHET_HEADS = frozenset(
    {"expert", "analyst", "diplomat", "official", "spokesman", "spokeswoman", "spokesperson",
     "professor", "economist", "scholar", "researcher", "scientist", "historian", "envoy",
     "negotiator", "commander", "academic", "observer", "commentator", "strategist",
     "pollster", "specialist", "lecturer", "director", "chief", "aide", "adviser",
     "advisor", "dean",  # (desc36: "the dean" as "the professor")
     # athletes by their position (nineteenth session): the player who spoke just before
     "centre", "goaltender", "goalie", "defenceman", "defenseman", "winger", "striker",
     "midfielder", "quarterback", "pitcher", "shortstop", "outfielder", "linebacker",
     "sprinter", "swimmer", "skater", "golfer"}
)
# last words of American newspapers' names beyond ORG_HEADS' ("the Orlando Sentinel", "the
# Des Moines Register", "the Sacramento Bee", "the Pittsburgh Post-Gazette")
_PAPER_HEADS = frozenset({"sentinel", "enquirer", "ledger", "beacon", "bee", "blade",
                          "oregonian", "tennessean", "dealer", "post-gazette", "register",
                          "journal-constitution", "times-picayune", "star-ledger",
                          # and round 4's heads of papers' names, for "the newspaper" too
                          "star", "sun", "mail", "telegraph", "guardian", "gazette",
                          "observer", "chronicle", "courier", "examiner", "inquirer",
                          "dispatch", "bulletin", "mirror", "express",
                          # desc33: "The Advocate" (Baton Rouge, Stamford, Victoria)
                          "advocate"})
ORG_HEADS = ORG_HEADS | _PAPER_HEADS
# heads of a definite description of an organisation ("the newspaper", "the nation's largest
# gun group") -> the heads of the organisation names they may stand for (empty: any)
_OUTLETS = frozenset({"times", "post", "news", "journal", "tribune", "herald", "globe",
                      "magazine", "review", "press", "wire", "cnn", "msnbc", "fox", "nbc", "cbs",
                      "abc", "npr", "bbc", "reuters", "politico", "breitbart", *_PAPER_HEADS})
ORG_DESCRIPTIONS: dict[str, frozenset[str]] = {
    "newspaper": _OUTLETS, "paper": _OUTLETS, "outlet": _OUTLETS, "publication": _OUTLETS,
    "network": _OUTLETS, "magazine": _OUTLETS, "group": frozenset(),
    "organization": frozenset(), "organisation": frozenset(), "firm": frozenset(),
    "company": frozenset(), "campaign": frozenset({"campaign"}),
    "committee": frozenset({"committee", "pac", "rnc", "dnc"}), "pac": frozenset({"pac"}),
    "agency": frozenset({"agency", "fbi", "cia",
                         # security services are agencies ("Russia's Federal Security
                         # Service (FSB) said ... The agency said"; nineteenth session)
                         "service", "fsb", "sbu", "svr", "gur",
                         # a government's statistical and other offices are its agencies
                         # ("the Federal Statistical Office (Destatis) said ... the agency
                         # pointed out"; desc30)
                         "office"}),
    "service": frozenset({"service", "fsb", "sbu", "svr"}),
    "bureau": frozenset({"bureau", "fbi"}),
    "pollster": frozenset({"poll", "ipsos", "gallup", "quinnipiac", "monmouth",
                           "mcclatchy-marist", "survey"}),
    # round 3: "the fund" (the IMF), "the bank", "the ministry" named just before
    "fund": frozenset({"fund"}), "bank": frozenset({"bank"}),
    "ministry": frozenset({"ministry"}), "department": frozenset({"department"}),
    "council": frozenset({"council"}), "commission": frozenset({"commission"}),
    "union": frozenset({"union"}), "institute": frozenset({"institute"}),
    "university": frozenset({"university"}), "association": frozenset({"association"}),
    "federation": frozenset({"federation"}), "party": frozenset({"party"}),
    # round 7: "the court" (the Supreme Court named before), "the foundation", "the school"
    "court": frozenset({"court"}), "foundation": frozenset({"foundation"}),
    "school": frozenset({"school", "university", "college"}), "board": frozenset({"board"}),
    "coalition": frozenset({"coalition"}), "alliance": frozenset({"alliance"}),
    # round 11: world news ("the bloc" for the EU, "the watchdog" for the IAEA, "the think
    # tank", "the military"); the names they stand for come from ORG_KINDS or the article
    "bloc": frozenset({"bloc"}), "watchdog": frozenset({"watchdog"}),
    "tank": frozenset({"institute", "tank"}),
    "military": frozenset({"army", "military", "staff", "forces"}),
    "body": frozenset({"body"}), "broadcaster": _OUTLETS,
    # desc30: a paper by its frequency or format ("the German daily Bild", "the pro-Kremlin
    # tabloid Moskovsky Komsomolets"; "the daily said")
    "daily": _OUTLETS, "weekly": _OUTLETS, "tabloid": _OUTLETS,
}
# kinds of business the text gives a company ("the oil giant Exxon Mobil", "the retailer
# Amazon"): each makes the name a company's, "the company" and "the firm" later
COMPANY_EPITHETS = frozenset(
    {"giant", "retailer", "automaker", "carmaker", "manufacturer", "insurer", "lender",
     "airline", "carrier", "conglomerate", "startup", "start-up", "chain", "subsidiary",
     "multinational", "supermarket", "brewer", "miner", "utility"})
# round 13: descriptions of the organisations the article's kind words give ("the airline"
# for "EgyptAir, the national airline"), or that name them ("the church": Living Church)
ORG_DESCRIPTIONS.update({
    "airline": frozenset({"airline", "airlines", "airways"}), "carrier": frozenset(),
    "retailer": frozenset(), "automaker": frozenset(), "carmaker": frozenset(),
    "manufacturer": frozenset(), "insurer": frozenset(), "lender": frozenset({"bank"}),
    "chain": frozenset(), "conglomerate": frozenset(),
    "church": frozenset({"church"}), "channel": frozenset({"channel", "tv", "television"}),
    "station": frozenset({"station", "tv", "radio"}), "academy": frozenset({"academy"}),
    "authority": frozenset({"authority"}), "museum": frozenset({"museum"}),
    "hospital": frozenset({"hospital"}), "police": frozenset({"police"}),
})
# the kind words that make a capitalised name an organisation's (see :func:`_org_kind`)
ORG_KIND_WORDS = frozenset(ORG_DESCRIPTIONS) | COMPANY_EPITHETS
# what "it" may be besides an organisation named: a document, a described body that spoke
# ("thing": a described document that spoke, noted for "it" only, see described_body)
_IT_KINDS = frozenset({"document", "body", "thing"})
# heads of a described organisation that speaks as one ("Russia's foreign ministry said"):
# a later "it said" is that body
_SPEAKING_BODIES = frozenset({"ministry", "government", "department", "agency", "military",
                              "army", "office", "embassy", "administration", "presidency",
                              "company", "committee", "commission", "council", "service"})
# kinds of organisation named by a common noun, which speak as "it": the one set both "it"
# rules share (a body that spoke, _IT_SPEAKING_BODIES; a body opening the sentence before,
# _IT_BODIES)
_ORG_KIND_NOUNS = frozenset({"airline", "bank", "board", "charity", "coalition", "court", "firm",
                             "foundation", "hospital", "institute", "network", "newspaper",
                             "organisation", "organization", "regulator", "union",
                             "university", "watchdog"})
# more bodies a later "it said" goes on with once they spoke ("“Q,” the navy said. The
# pirates would be handed over, it said"; pron37)
_IT_SPEAKING_BODIES = _ORG_KIND_NOUNS | frozenset(
    {"navy", "church", "party", "group", "school", "district", "city", "province", "club",
     "alliance", "bureau", "authority", "corporation", "association", "federation", "league",
     "tribunal", "panel", "retailer", "automaker", "insurer", "utility", "broadcaster"})
# one-word names of particular institutions, capitalised, that are also speaker nouns: "the
# Kremlin" is one body (a later "it"), unlike "the Committee"
PROPER_BODIES = frozenset({"kremlin", "pentagon", "vatican", "elysee", "élysée", "bundestag",
                           "duma", "rada", "knesset"})
# what well-known organisations of world news are, for a later "the alliance", "the bloc",
# "the agency": knowledge the text assumes its reader has (keys: folded names and acronyms)
_NEWS_AGENCIES = frozenset({"agency"})
_POSSESSIVE_NAMES = frozenset({"moody", "standard & poor"})  # names that end in "'s"
ORG_KINDS: dict[str, frozenset[str]] = {
    "nato": frozenset({"alliance"}), "eu": frozenset({"bloc", "union"}),
    "european union": frozenset({"bloc", "union"}),
    "un": frozenset({"organization", "organisation", "body"}),
    "united nations": frozenset({"organization", "organisation", "body"}),
    "iaea": frozenset({"agency", "watchdog"}),
    # credit rating agencies (keys as _org folds them, the possessive dropped: "Moody's
    # Ratings downgraded ... The agency said"; nineteenth session)
    "moody": frozenset({"agency"}), "moody ratings": frozenset({"agency"}),
    "moody investors service": frozenset({"agency"}), "fitch": frozenset({"agency"}),
    "fitch ratings": frozenset({"agency"}), "s&p global ratings": frozenset({"agency"}),
    "s&p": frozenset({"agency"}), "standard & poor": frozenset({"agency"}),
    "international atomic energy agency": frozenset({"agency", "watchdog"}),
    "osce": frozenset({"organization", "organisation", "body"}),
    "tass": _NEWS_AGENCIES, "interfax": _NEWS_AGENCIES, "ria": _NEWS_AGENCIES,
    "ria novosti": _NEWS_AGENCIES, "ukrinform": _NEWS_AGENCIES, "reuters": _NEWS_AGENCIES,
    "afp": _NEWS_AGENCIES, "xinhua": _NEWS_AGENCIES,
    "pentagon": frozenset({"department"}),
    "gazprom": frozenset({"company", "firm"}), "rosneft": frozenset({"company", "firm"}),
    "naftogaz": frozenset({"company", "firm"}), "rosatom": frozenset({"company", "agency"}),
    "isw": frozenset({"tank", "institute"}),
    # round 12: armies named by acronym ("The IDF said ... the military said")
    "idf": frozenset({"military", "army"}), "afu": frozenset({"military", "army"}),
}
# a court with a modifier is another court than the one named ("the appeals court" after the
# Supreme Court); other descriptions keep theirs ("the conservative newspaper")
_BARE_ONLY_DESCRIPTIONS = frozenset({"court"})
# words that make a described organisation another than any named ("the combined company"
# after "Pfizer buying Allergan", "the parent company", "a rival firm")
_OTHER_ORG_WORDS = frozenset({"combined", "merged", "parent", "rival", "another", "other"})
# public bodies are no "company", "firm" or "group" ("the company tweeted" is not the Senate
# named before it, nor the White House)
PUBLIC_BODIES = frozenset({"house", "senate", "congress", "court", "department", "ministry",
                           "government", "administration", "committee", "party", "council",
                           "commission", "parliament", "agency", "bureau", "office",
                           "pentagon", "kremlin", "legislature"})
MAX_KIND_NAME_WORDS = 4  # "the oil giant Exxon Mobil": a short name; longer runs are lists
# schools and churches are no "group", "company" or "firm" ("Sandy Hook Elementary School"
# is not "The group" of "a program called Sandy Hook Promise. The group seeks")
_INSTITUTIONS = frozenset({"school", "university", "college", "church"})
# bodies that do no business are no "company" or "firm" ("the company wrote" after
# "foundations including the Rockefeller Brothers Fund" is not the fund)
_BUSINESS_WORDS = frozenset({"company", "firm"})
_NON_PROFITS = frozenset({"foundation", "fund", "institute", "association", "society",
                          "union", "coalition", "alliance", "federation", "campaign", "caucus",
                          "center", "centre", "club", "project", "pac",
                          # labor unions ("Communications Workers of America", "United Auto
                          # Workers"): "The company" in a strike story is the employer
                          "workers", "teamsters"})
MIN_CLIPPED_NAME = 3  # "Met" for "Metropolitan": shorter words open too many names
# descriptions that may stand for a one-word name the text gives no kind (see
# :meth:`Discourse._one_word_business`): businesses and outlets ("EgyptAir, the airline said")
_ONE_WORD_KINDS = _BUSINESS_WORDS | frozenset(
    {"airline", "carrier", "retailer", "automaker", "carmaker", "manufacturer", "insurer",
     "lender", "chain", "conglomerate", "newspaper", "channel", "broadcaster",
     "outlet", "website", "station", "network", "publication", "magazine"})
# descriptions of an outlet, and the words of outlets' names wherever they stand in them
# ("Radio Free Europe", "Voice of America Radio")
_OUTLET_KINDS = frozenset({"outlet", "broadcaster", "channel", "station", "network",
                           "newspaper", "publication"})
_OUTLET_WORDS = _OUTLETS | frozenset({"radio", "tv", "television", "broadcasting", "channel"})
OUTLET_BACK_UNITS = 20  # "told People magazine ... “Q,” the father of three told the outlet ...
# Alda met Arlene in 1956, the outlet reported": an outlet named once, referred to after
# descriptions of a group that may stand for a name that just spoke (see
# :meth:`Discourse._unknown_speaker`)
_GROUP_WORDS = frozenset({"group", "organization", "organisation"})
# a public body's kind that may stand for a name that just spoke ("Statistics Canada said ...
# The agency said"; nineteenth session)
_AGENCY_WORDS = frozenset({"agency", "regulator", "watchdog", "body"})
# the words that give a document's author after its head ("a study by the Brookings
# Institution", "a poll from Marquette Law School")
_AUTHOR_LINKS = frozenset({"by", "from"})
MAX_AUTHOR_DESCRIPTORS = 3  # "by the liberal watchdog group Media Matters": lower-case words
# what may follow a name of no known kind that ends a document's author ("a study by
# Brookings, ...", "an analysis by Politifact of ..."; not "a report from the South
# Korea-based ...", "by Qatari news site")
_RUN_ENDS = frozenset({",", ".", ")", ";", ":", "of", "on", "in", "for"})
MODIFIER_REACH = 2  # "the UN labour agency": the author's noun a word or two after a run
# the descriptions of an organisation whose next capitalised run is its name ("the consulting
# firm Oxford Economics")
_AUTHOR_KINDS = _GROUP_WORDS | _OUTLET_KINDS | _AGENCY_WORDS | frozenset(
    {"firm", "company", "nonprofit", "institute", "pollster", "tank", "center", "centre"})
COMPANY_NAME_LOOKBACK_UNITS = 2  # "The company said" right after the name, or a sentence on
# "the military", "the army": a state's forces, never an armed group the text calls
# paramilitary, rebel or separatist, nor one whose name says it fights for liberation (title33:
# "The paramilitary Rapid Support Forces (RSF) group ... has been pushed out of Khartoum
# state, says the military" was the RSF; "The military claimed" the Balochistan Liberation
# Army, both the army's enemies)
_STATE_FORCES_HEADS = frozenset({"military", "army"})
_NON_STATE_NAME_WORDS = frozenset({"liberation", "rebel", "rebels", "militia", "insurgents"})
_NON_STATE_BEFORE = re.compile(
    r"\b(?:paramilitary|rebel|militant|separatist|insurgent|jihadist|armed)\s+(?:group\s+)?$",
    re.IGNORECASE)
MAX_NON_STATE_GAP = 40  # characters before a name that may describe it


ORG_DESCRIPTION_LOOKBACK_UNITS = 12  # "the newspaper" may name an outlet a few paragraphs up
# a capitalised word ending so names a people, not a person ("Ethiopians", "Americans")
_PEOPLE_ENDINGS = ("ians", "eans", "ese", "ials")  # round 13: "Millennials"
# an office no one in the article holds ("the region's governor claimed") falls back on the
# salient person only while some salience is left (a mention one sentence back scores 0.65, a
# subject four back 0.35): not a name mentioned once in passing many sentences back (a promo
# line's "Elon Musk's PAC", eight sentences up, was "the governor", -2.85). Not for an
# epithet ("the New York businessman"), which is for the article's main figure however far
TITLE_SALIENT_FLOOR = 0.0
UNKNOWN_GENDER_PENALTY = 0.5  # "Rand Paul ... He": a name whose gender the lexicon lacks
# more for "she" and an unnamed source the writer gave no gender ("A hospital official told
# reporters ... She said her son": the mother two sentences up, a subject, 1.05, not the
# official, 1.65 - 0.5 = 1.15): a writer who knows the source is a woman says
# "spokeswoman" or "she" at once; nineteenth session
UNNAMED_SHE_PENALTY = 0.2
# a cue that goes on with what its speaker said before: "“Q,” he added" is the last man who
# spoke, not the subject of the sentence between ("... my phenomenal Defense Attorney,” he
# added" after a photo caption "Officer Timothy Smith holds up the gun used by Zimmerman")
CONTINUING_CUES = frozenset({"added", "adds", "continued", "continues"})
CONTINUING_LOOKBACK_UNITS = 4  # the speaker it goes on from spoke a few sentences up
# a gender guessed from a given name both genders bear (givennames.unisex_names) only weighs
# against a pronoun of the other: "... according to an analysis by Lee Epstein ... Professor
# Epstein said. ''Q,'' she said" is Epstein, though the lexicon holds "Lee" as a man's name
SOFT_GENDER_PENALTY = 0.5
SOFT_GENDER_REACH = 1  # ... when they spoke in the pronoun's sentence or the one before
_HONORIFIC_BEFORE = r"\b(?:Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+"  # "Ms. Epstein": a gender for sure
# words that make a description's head an office rather than an epithet ("the Senate minority
# leader", "the House majority whip", "the opposition leader")
_OFFICE_MARKS = frozenset({"senate", "house", "majority", "minority", "opposition",
                           "parliamentary", "assembly"})
# capitalised words that never name anyone ("Nobody asked ... He called it": not Nobody)
NOT_NAMES = frozenset(
    {"nobody", "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "none",
     "no", "each", "all", "both", "either", "neither", "many", "most", "few", "several",
     "some", "others", "other", "another", "such",  # ("Some say", "Others said": sixteenth)
     # a number opening a sentence is capitalised, and no name ("One of the men said",
     # "Two officials said"; fifteenth session)
     "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half"}
)
# words before a title that make it a past one: "former President Bill Clinton" is not "the
# president" of the article
PAST_MARKERS = frozenset({"former", "ex", "ex-", "late", "then"})
# a title word as a description writes it: "Sen. Ted Cruz" is "the senator"
TITLE_ALIASES = {
    "sen": "senator", "rep": "congressman", "representative": "congressman",
    "congresswoman": "congressman", "gov": "governor", "pres": "president",
    "gen": "general", "sec": "secretary", "chairwoman": "chairman", "chair": "chairman",
    "pontiff": "pope", "adm": "admiral",
    "pm": "prime minister", "vp": "vice president",  # ("the PM said", "the VP said"; tn37)
}
# titles written in capitals, which read as an acronym's name: a prime minister, a member
# of a parliament or an assembly ("the PM said", "the Liberal MPP said")
_CAPITAL_TITLES = frozenset({"pm", "vp", "mp", "mpp", "mla", "mep", "msp", "mna", "mha"})
# offices one person holds at a time: "the president" is never someone the article calls a
# senator or a governor (the salient-person fallback skips them)
OFFICE_HEADS = frozenset(
    {"president", "senator", "governor", "congressman", "mayor", "judge", "secretary",
     "speaker", "minister", "chancellor", "premier", "ambassador", "general",
     # a member of a parliament the article names so holds no other office it does not give
     # ("Norfolk MP Rupert Lowe asks ... The work and pensions secretary says" was Lowe;
     # title33)
     "mp", "mep", "mla", "msp", "mk",
     # Ontario's and Quebec's members ("the Liberal MPP for Ottawa South"; tn37)
     "mpp", "mna"}
)
# running counts and figures whose keeper named after "by" or "from" is their source
# ("according to a tally by the Associated Press", "according to data from Statistics
# Canada"): no finding of their own, the keeper's numbers, as "an AFP tally" is AFP's
KEEPERS_COUNTS = frozenset({"tally", "count", "data", "figures", "statistics", "numbers"})
# participles between such figures or a document and its author ("figures compiled by The
# Canadian Press", "data published by Eurostat", "a poll conducted by Leger")
_KEPT_PARTICIPLES = frozenset({"compiled", "collected", "gathered", "published", "released",
                               "provided", "kept", "conducted", "commissioned", "issued"})
MAX_ISSUED_WHEN = 2  # "released Sunday by", "published last week by": the words of its date
_POLL_WORDS = frozenset({"poll", "survey", "polling"})  # pollsters' works
# heads of a document that speaks ("a New York Times/CBS News survey found"), and the heads a
# later "the poll" may stand for
DOCUMENT_HEADS: dict[str, frozenset[str]] = {
    "poll": frozenset({"poll", "survey", "polling"}),
    "survey": frozenset({"poll", "survey", "polling"}),
    "study": frozenset({"study", "report", "analysis"}),
    "report": frozenset({"report", "study", "analysis"}),
    "analysis": frozenset({"analysis", "study", "report"}),
    "average": frozenset({"average"}),
    "audit": frozenset({"audit", "review"}),
    "review": frozenset({"review", "audit"}),
    "projection": frozenset({"projection", "forecast"}),
    # ("FEC records from the 2008 cycle show", "according to an FBI summary of its
    # investigation": an agency's records or summary; round 30); "the clerk's records" may
    # be other records than those named before: no later "the records" stands for them
    "records": frozenset(),
    "summary": frozenset({"summary"}),
    "examination": frozenset({"examination", "review", "audit"}),
}
# written things that speak as "it" when the sentence before opened with them ("The letter
# also accuses ... It also accused")
THING_HEADS = frozenset(
    {"letter", "email", "e-mail", "memo", "statement", "report", "study", "survey", "poll",
     "ad", "advertisement", "video", "book", "tweet", "message", "note", "release", "filing",
     "complaint", "lawsuit", "suit", "bill", "proposal", "document", "petition", "editorial",
     "column", "article", "headline", "website", "ruling", "order", "indictment", "memoir",
     "transcript", "analysis", "audit", "review", "motion", "legislation", "mailer", "flier",
     "flyer", "commercial", "resolution", "agreement", "platform", "plan", "policy",
     "affidavit", "readout", "communique", "communiqué",
     # founding texts and doctrines say things too ("The constitution makes no mention of
     # it, although it does say"; "the Purcell doctrine ... It states": pron30)
     "constitution", "treaty", "doctrine",
     # a diplomat's cable and a court's warrant say things as a memo does ("The cable also
     # warned ... It said", "An arrest warrant gave insight ... It states": they37)
     "cable", "warrant"}
)
# last words of a world body's name of two words or more, never a person's ("Amnesty
# International", "Transparency International said ... It said": they37); not in ORG_HEADS,
# where a sentence's "International pressure" would be a body
_BODY_NAME_ENDS = frozenset({"international"})
# kinds of noted names that a relative clause's "they" cannot be (one person, a written thing)
_NOT_THEY_KINDS = frozenset({"person", "thing", "document"})
# determiners of a written thing that opens a sentence as its subject, "it" after it; "a" and
# "an" too ("A report released Tuesday found ... It said": the report, they37)
_THING_SUBJECT_OPENERS = frozenset({"the", "this", "that", "a", "an"})
# written works that have titles ("The book, 'Original Sin ...,'"); not a statement, letter or
# tweet, whose quoted words in apposition are what they say
TITLED_WORKS = frozenset({"book", "memoir", "novel", "report", "study", "film", "movie",
                          "documentary", "article", "column", "editorial", "ad",
                          "advertisement", "commercial", "video", "album", "song", "play",
                          "podcast", "series", "show"})
# the next sentence opening with a work's title in apposition ("a new book claims. The book,
# "Original Sin: ...," said"): the title of the work just described
_TITLE_NEXT = re.compile(r"[.!?]?[\"”’']?\s+The (\w+), [\"“]([A-Z][^\"“”\n]{0,200}?)[,.]?[\"”]")
# the next sentence opening with the work's owner ("The Paris-based International Energy
# Agency's report looked at ..."): a few lower-case modifiers, then capitalised words
_OWNER_NEXT = re.compile(
    r"[.!?]?[\"”’']?\s+The (?:(?:[a-z][\w-]*|[A-Z][\w.]*-[a-z][\w-]*) ){0,2}"
    r"((?:[A-Z][\w.&]* ){0,5}[A-Z][\w.&]*)['’]s (\w+)")  # ("Paris-based": a modifier)
MAX_TITLE_WORDS = 20  # a book's or a film's title in quotes; a longer quote is speech
MAX_THING_MODIFIERS = 3  # "the detailed, six-page letter": a few words before the head
# words that make an office of its own before its head: a "prime minister" is not a "finance
# minister", though both are ministers
SECRETARY_OF_STATE = "secretary of state"  # one office of three words (roles_of)
# the head of NATO or of the UN, written in two words or hyphenated (title_key)
SECRETARY_GENERAL = "secretary-general"
# offices whose title is several words, which a cut at "of" or at the first title word loses
_MULTIWORD_OFFICES = frozenset({SECRETARY_OF_STATE, SECRETARY_GENERAL})
OFFICE_QUALIFIERS = frozenset(
    {"prime", "vice", "deputy", "finance", "foreign", "defence", "defense", "interior",
     "justice", "health", "environment", "trade", "treasury", "home", "education",
     "immigration", "energy", "transport", "agriculture", "labour", "labor", "economy",
     "public", "security", "attorney"}
)
# a statement that speaks ("the statement said") is its issuer's words (round 16)
STATEMENT_HEADS = frozenset({"statement", "communique", "communiqué", "declaration"})
ISSUER_LOOKBACK_UNITS = 6  # "the statement said" a few sentences after it was issued
_AGED = re.compile(r"(\d{1,3})-year-old")  # "the 89-year-old": an age as a description
_ISSUER_KINDS = frozenset({"person", "org", "group", "people", "body"})
_ISSUING = frozenset({"issued", "released", "published", "posted", "sent", "put", "issues",
                      "releases", "publishes", "posts"})
ISSUE_REACH = 4  # "said in a joint written statement": the verb a few words before
DOCUMENT_LOOKBACK_UNITS = 12  # "the poll found" may point at a survey a few paragraphs up
# lower-case words inside an organisation's name that its acronym skips ("Federal Bureau of
# Investigation" is FBI)
_ACRONYM_SKIP = frozenset({"of", "for", "and", "the", "on", "&"})
_ACRONYM_OF = frozenset({"of"})  # the one small word some acronyms spell ("DOJ", "BOE")
MIN_ACRONYM, MAX_ACRONYM = 2, 6  # "UN" .. "NAACP"; longer all-capital words are shouting
_NOT_ACRONYMS = frozenset({"US", "UK", "USA", "TV", "OK", "AM", "PM", "ET", "PT"})  # no speaker
# acronyms of things and roles, never of an organisation a later "the company" or "the group"
# stands for ("Nvidia ... build AI infrastructure ... the company said" was "AI"; desc30)
THING_ACRONYMS = frozenset({"AI", "GDP", "CEO", "CFO", "COO", "CTO", "IPO", "EV", "EVS", "DNA",
                            "IT", "IQ", "HIV", "AIDS", "GPS", "ETF", "VAT", "API", "PC", "SUV",
                            "ATM", "ICU", "VIP", "MVP", "NFT", "LGBT", "LGBTQ", "AGI", "VR"})
# title words that end a title inside a capitalised run, the name following ("Finance Minister
# Bill Morneau", "FBI Director James Comey")
_INNER_TITLES = frozenset({"minister", "secretary", "director", "premier", "chancellor",
                           "ambassador", "mayor", "spokesman", "spokeswoman", "spokesperson",
                           "commissioner", "ceo", "chairman", "chairwoman", "president",
                           "governor", "senator", "judge", "leader"})
MAX_DOCUMENT_LOWER = 2  # "Reuters rolling poll", "Real Clear Politics polling average"
_PLURAL_PRONOUNS = frozenset({"they", "we"})
# party words as qualifiers, folded to one form ("GOP front-runner" is a Republican one)
PARTY_QUALIFIERS = {
    "republican": "republican", "gop": "republican", "democratic": "democratic",
    "democrat": "democratic", "independent": "independent", "libertarian": "libertarian",
    "conservative": "conservative", "liberal": "liberal", "labour": "labour", "ndp": "ndp",
    "green": "green",
}
_PARTIES = frozenset(PARTY_QUALIFIERS.values())
_POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# title words between a party word and the name it qualifies ("Republican presidential nominee
# Donald Trump"): the party word at most four words before the name, three title words between
MAX_PARTY_TITLE_WORDS = 4
# (besides lx.TITLE_WORDS: "vice", "leader")
_PARTY_TITLE_WORDS = frozenset({"presidential", "nominee", "candidate", "front-runner",
                                "frontrunner", "hopeful", "running", "mate", "challenger",
                                "incumbent"})
# a candidate the text gave the party a description asks for ("Democrat Hillary Clinton" for
# "the Democratic nominee") over one of no known party: a whole role's worth (a subject over
# a mention), as the party is the writer's way of telling two rivals apart
PARTY_MATCH_BONUS = 1.0
# words that names never hold but title-case headlines do ("Christian Speaker Just Shared
# This", "Message About Latinos"); names keep such words in lower case ("Bank of America")
HEADLINE_WORDS = frozenset(
    {"about", "by", "just", "this", "that", "these", "is", "are", "was", "were", "has",
     "have", "will", "into", "after", "why", "how", "what", "gets", "says", "said", "wants",
     "slams", "blasts", "shared", "reveals", "revealed", "announced", "calls", "skewered"}
)
# plural heads of a description that may stand for a group of people named just before ("the
# candidates", "all three candidates", "the brothers"), and the sizes number words give
GROUP_HEADS = frozenset(
    {"candidates", "brothers", "sisters", "siblings", "leaders", "senators", "governors",
     "lawmakers", "ministers", "rivals", "contenders", "hopefuls", "nominees", "pair", "duo",
     "couple", "men", "women", "founders", "co-founders", "authors", "researchers",
     "presidents", "officials", "executives", "partners", "spouses", "twins"}
)
GROUP_SIZES = {"both": 2, "two": 2, "pair": 2, "duo": 2, "couple": 2, "twins": 2, "three": 3,
               "four": 4, "five": 5, "six": 6}
# a family named as one ("the brothers", "the couple"): two people of one surname
KIN_HEADS = frozenset({"brothers", "sisters", "siblings", "twins", "couple", "spouses"})
KIN_LOOKBACK_UNITS = 8  # "the brothers noted" a few paragraphs after each one spoke
MAX_LIST_LOOK = 8  # the officials a sentence named are among the last few notes
GROUP_DESCRIPTION_LOOKBACK_UNITS = 3  # "the candidates" right after the list of names
# a party member as a noun before a name ("Democrat Zephyr Teachout"): never part of the name
_PARTY_NOUNS = frozenset({"democrat", "republican"})
# person nouns before a capitalised run that name a group, not one person ("voters Ann Lee
# and ...") are not a sign the run is one person's name
_GROUP_NOUNS = frozenset({"voters", "officials", "sources", "aides", "advisers", "members",
                          "supporters", "critics", "lawmakers", "analysts", "experts"})
# plural heads of unnamed people who speak together: "they said" right after is them
SPEAKING_PEOPLE = PLACE_PEOPLE | _GROUP_NOUNS | frozenset(
    {"police", "officers", "deputies", "detectives", "troopers", "agents", "witnesses",
     "neighbors", "neighbours", "relatives", "doctors", "firefighters", "paramedics",
     "organizers", "organisers", "researchers", "scientists", "economists", "diplomats",
     "spokesmen", "spokespeople", "representatives", "rescuers", "medics", "survivors"})
_FAMILIAR_PEOPLE = frozenset({"people", "persons", "those", "others"})  # "... familiar with"
MAX_PRE_NAME_DESCRIPTION = 6  # "billionaire real estate mogul Donald Trump": a few words
MAX_APPOSED_TITLE = 8  # "Bernie Sanders, the independent Vermont senator, ...": a short one
# posts written inside a run of capitals before a full name, after the place or body they
# are of ("F.B.I. Agent Peter Strzok", "Chicago Police Supt. Garry McCarthy", "Palmer City
# Clerk Janette Bower"): the name is what follows, when at least a full name follows (round
# 37: the speaker was the whole run)
_RUN_POSTS = frozenset({"agent", "clerk", "councilman", "councilwoman", "councillor",
                        "councilor", "supt.", "supt", "superintendent", "principal", "detective",
                        "sheriff", "fellow", "commander", "cmdr.", "cmdr", "sgt.", "sgt",
                        "sergeant", "lt.", "lt", "lieutenant", "capt.", "capt", "captain",
                        "officer", "trooper", "coroner", "attorney", "chief", "prosecutor",
                        "inspector", "constable", "administrator"})
def _after_run_post(name: list[Token]) -> int:
    """Where the person's name starts in a run of capitals that writes a post inside it,
    after the place or body the post is of ("F.B.I. Agent Peter Strzok", "Chicago Police
    Supt. Garry McCarthy", "Former Mexican President Vicente Fox"): after the last post word
    (:data:`_RUN_POSTS`, :data:`_INNER_TITLES`) and the title words after it, when a full name
    (:data:`MIN_FULL_FORM` words, no organisation's) is left; else 0."""
    post = next((k for k in range(len(name) - MIN_FULL_FORM - 1, 0, -1)
                 if name[k].low in _RUN_POSTS or name[k].low in _INNER_TITLES
                 or name[k].low in _ABBREVIATED_TITLES), 0)
    if not post:
        return 0
    start = post + 1
    while len(name) - start > 1 and (name[start].low in lx.TITLE_WORDS or name[start].low.endswith(
            _ELECT_SUFFIXES)):
        start += 1  # ("Attorney General-Elect Hector Balderas", "Commander Lt. Carter")
    rest = name[start:]
    full = len(rest) >= MIN_FULL_FORM or start > post + 1  # (a title before a lone surname)
    person = bool(first_name_gender(rest[0].text + " x") or given_name_gender(rest[0].text)) \
        or not _org_like(rest)
    return start if full and person and all(_is_cap(w) for w in rest) else 0  # (a given
    # name makes "Vicente Fox" a person, whatever "Fox" names elsewhere)


_ELECT_SUFFIXES = ("-elect", "-designate")  # a post not yet held ("Attorney General-Elect")


# the offices of a court case, held by people other than the story's figure (the defendant,
# the victim): "Howard sniffled back tears ... when the judge told him C" is no one named,
# unless the article names a judge (round 37: the product gave three such judges' words to
# a defendant or a suspect)
_CASE_OFFICES = frozenset({"judge", "magistrate", "prosecutor", "coroner", "juror", "jury"})
_ABBREVIATED_TITLES = frozenset({"sen.", "sen", "gov.", "gov", "rep.", "rep", "gen.", "gen",
                                 "pres.", "pres"})
# title words that make the one capitalised word after them a person ("Sen. Cruz"), unlike
# the modifiers among the title words ("Special Operations", "Chief Justice" aside)
_PERSON_TITLES = frozenset(
    {w.rstrip(".") for w in lx.HONORIFIC_GENDER} | OFFICE_HEADS | _INNER_TITLES
    | {w.rstrip(".") for w in _ABBREVIATED_TITLES} | {"dr", "pope", "justice", "adm", "col",
                                                      "lt", "capt", "representative",
                                                      "congressman", "chair", "envoy",
                                                      "admiral"})
_NAME_CUT_WORDS = frozenset({"of", "at", "for", "from", "with"})  # "Joel Pollak of Breitbart"
MAX_OBJECT_NAME_WORDS = 3  # "an aide to Donald Trump"; more ("to Trump Stephen Miller") names


@dataclass(slots=True)
class Person:
    """Someone (or an organisation, or a named group) the article names."""

    name: str | None
    official: str | None = None
    gender: str = ""
    roles: set[str] = field(default_factory=set)
    # places and parties the article wrote with their titles ("Vermont Sen. Bernie Sanders",
    # "Democratic front-runner Hillary Clinton"): "the Vermont senator" must agree with them
    quals: set[str] = field(default_factory=set)
    # "person" | "org" | "group" | "document" | "body" (a described organisation that spoke)
    # | "thing" (a described document that spoke: "the email read")
    # | "people" (unnamed people who spoke: "police said"; "they" may be them)
    # | "described" (an unnamed source a relative pronoun stands for: "a neighbor, who said")
    kind: str = "person"
    seen: int = 0  # how often the article has named them so far
    spoke: bool = False  # a cue's speaker somewhere before (see :meth:`Discourse.spoke`)
    unnamed: bool = False  # an unnamed person who spoke ("a senior official"): "he" may be
    # them, a title or an epithet never (see :meth:`Discourse.unnamed_speaker`)
    members: list[Person] = field(default_factory=list)  # a group's people, in order


# endings of nouns only people have ("violinist", "historian"), unlike "-er"/"-or" words
_PERSON_NOUN_ENDINGS = ("ist", "ian")
# bodies American news calls "they" after naming them ("The Clinton campaign ... They said")
_COLLECTIVE_HEADS = frozenset({"campaign", "administration", "team", "government", "committee",
                               "company", "family", "group", "union",
                               "band", "couple"})  # ("The band later apologized": they37)
MAX_COLLECTIVE_WORDS = 3  # "The Clinton campaign", "Murphy’s campaign", "the Obama administration"
# conjunctions of a fronted clause whose subject, a collective, a later "they" is
_COLLECTIVE_CLAUSE_LEADS = frozenset({"while", "although", "though", "when", "as", "because",
                                      "since", "after", "before", "if"})
MAX_COLLECTIVE_OF_WORDS = 12  # "The family of a 17-year-old shot and killed by an officer has"


def _verb_after_of(toks: list[Token], k: int) -> int | None:
    """Where the finite verb after a collective's "of" phrase starting at ``toks[k]`` is
    ("The family of a 17-year-old shot and killed by an officer has hired"): the first word
    of :data:`_FINITE_WORDS` within :data:`MAX_COLLECTIVE_OF_WORDS` words, with no punctuation
    or relative before it; else None."""
    for m in range(k + 1, min(len(toks), k + 1 + MAX_COLLECTIVE_OF_WORDS)):
        if toks[m].kind != "w" or toks[m].low in {"who", "which", "that"}:
            return None
        if toks[m].low in _FINITE_WORDS:
            return m
    return None


# words of a police force's name ("Cleveland Police Department", "Cobb County Sheriff's
# Office"): the force may be "they" (see Discourse._police)
POLICE_WORDS = frozenset({"police", "sheriff's", "sheriff’s", "sheriff", "patrol", "constabulary"})
# unnamed people who may be "they" when they are a sentence's subject (round 13): those who
# speak together, and crowds ("Hundreds of demonstrators were seen ... “Out!” they chanted")
SUBJECT_PEOPLE = SPEAKING_PEOPLE | {"demonstrators", "protestors", "crowds", "marchers"}
MAX_PEOPLE_SUBJECT_WORDS = 5  # "Hundreds of angry demonstrators": a short noun phrase
_PEOPLE_COUNTS = frozenset({"hundreds", "dozens", "thousands", "scores", "many", "some",
                            "several", "two", "three", "four", "five", "local", "federal",
                            "state", "county", "city"})
# words before a capitalised plural that make it a people, not a person ("some Germans")
_QUANTIFIERS = NOT_NAMES | {"some", "these", "those", "other", "more", "fewer", "two", "three"}


# a nickname in quotes between a first name and a surname ('Casandra "Cassie" Ventura')
_NICKNAME = re.compile(r"[\"“'‘][A-Z][\w.-]*[\"”'’]")


def _group_named(person: Person | None) -> bool:
    """Is ``person`` a bare one-word name with no gender and no office, which a text writing
    it after "the" ("the Wildcats", "the Brujas") means as a group (pron32)?"""
    return person is not None and person.kind == "person" and not person.gender and \
        not person.official and bool(person.name) and " " not in (person.name or "")


def _unpossessed(word: str) -> str:
    """``word`` without a possessive ending ("MacFarlane's" is "MacFarlane")."""
    return word.removesuffix("’s").removesuffix("'s")


# (the word boundary checked behind the capital, "[A-Z](?<=\b[A-Z])" for "\b[A-Z]": the pattern
# then opens with a set of letters, which the regex engine skips to in C, where "\b" is tried
# at every position; the same matches, half the time: speed23)
_CAPITAL_PAIR = re.compile(r"([A-Z](?<=\b[A-Z])[a-z]+)\s+([A-Z][\w’'-]*)")
# a capitalised word written alone after a lowercase word or a comma, no capital after it
# ("accused Emanuel of", "In El Paso, Mendoza regularly"): news writes a person's surname
# alone once it has given the full name (see :meth:`Discourse.lone_words`)
# a sentence with a lowercase word longer than this is running text, not a title-case headline
MAX_SMALL_WORD = 3  # ("the", "of", "and", "for")
# a person's initials are :data:`_INITIALS` ("C.", "J.R."; defined with :func:`_initialled`)
MAX_INITIALS = 2  # "A. J. Smith"; more is a list of letters, not a name
MAX_INITIALLED_NAMES = 2  # "C. Boyden Gray": a middle name and a surname after them
# a capitalised word and the capitalised word after it, pairs overlapping
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+(?=([A-Z][\w’'-]*))")
# capitalised words before a surname that are no one's first name ("Professor Nega", "When
# Nega"): see :meth:`Discourse._surname_alone`
_NO_NAME_WORDS = lx.TITLE_WORDS | lx.SPEAKER_NOUNS | lx.SENTENCE_OPENERS | lx.DETERMINERS
_LONE_CAPITAL = re.compile(r"(?:\b([a-z]+)|,)[ \u00a0]+([A-Z][a-z]+)(?:['’]s)?\b(?![ \u00a0]*[A-Z])"
                           r"(?:[ \u00a0]+([a-z]+))?")
_LONE_SHAPE = re.compile(r"[A-Z][a-z]+")  # the capitalised word of a _LONE_CAPITAL match
_LONE_SPACES = " \u00a0"  # what stands between the lower-case word (or comma) and it
_CAPITAL_WORD = re.compile(r"[A-Z][\w’'-]*")  # the word after a capitalised one (_CAPITAL_BEFORE)


def _lone_start(text: str, at: int) -> int | None:
    """Where a :data:`_LONE_CAPITAL` match whose capitalised word starts at ``at`` must
    start: the comma, or the start of the lower-case word, before the spaces before it; None
    when neither stands there."""
    q = at
    while q > 0 and text[q - 1] in _LONE_SPACES:
        q -= 1
    if q == at or q == 0:
        return None
    if text[q - 1] == ",":
        return q - 1
    s = q
    while s > 0 and "a" <= text[s - 1] <= "z":
        s -= 1
    return s if s < q else None


def _lone_match_at(text: str, at: int) -> re.Match[str] | None:
    """The match of :data:`_LONE_CAPITAL` with its capitalised word at ``at`` that
    ``_LONE_CAPITAL.finditer(text)`` yields, or None. Matches do not overlap: a match whose
    lower-case word is the one the match before it took last ("said Smith and Jones": "and"
    is Smith's) is never tried; so a chain of such matches is followed back to one nothing
    takes from, and every other match of the chain is yielded."""
    start = _lone_start(text, at)
    if start is None:
        return None
    m = _LONE_CAPITAL.match(text, start)
    if m is None or m.start(2) != at:
        return None
    taken = 0  # matches before it in the chain, each taking the next one's first word
    s = start
    while (prev := _lone_taker(text, s)) is not None:
        taken += 1
        s = prev
    return m if taken % 2 == 0 else None


def _lone_taker(text: str, s: int) -> int | None:
    """The start of the :data:`_LONE_CAPITAL` match (yielded or not) whose trailing
    lower-case word starts at ``s``, or None."""
    if text[s] == ",":
        return None  # (a comma starts a match only)
    q = s
    while q > 0 and text[q - 1] in _LONE_SPACES:
        q -= 1
    if q == s:
        return None
    for end in (q - 2, q) if text[q - 2 : q] in {"'s", "’s"} else (q,):
        b = end
        while b > 0 and "a" <= text[b - 1] <= "z":
            b -= 1
        if b == end or b == 0 or not "A" <= text[b - 1] <= "Z":
            continue
        start = _lone_start(text, b - 1)
        m = None if start is None else _LONE_CAPITAL.match(text, start)
        if m is not None and m.start(2) == b - 1 and m.start(3) == s:
            return start
    return None


def _occurrences(text: str, word: str) -> Iterable[int]:
    """Every offset where ``word`` is written in ``text``."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _capital_before(text: str, at: int, word: str) -> str:
    """The capitalised word that :data:`_CAPITAL_BEFORE` pairs with ``word`` (possessive or
    not) written at ``at``, or "": "Thomas" for "Perez" in "Secretary Thomas Perez"."""
    follower = _CAPITAL_WORD.match(text, at)
    if follower is None or _unpossessed(follower.group()) != word:
        return ""
    q = at
    while q > 0 and text[q - 1].isspace():
        q -= 1
    b = q
    while b > 0 and "a" <= text[b - 1] <= "z":
        b -= 1
    if q == at or b == q or b == 0 or not "A" <= text[b - 1] <= "Z" or (
            b > 1 and (text[b - 2].isalnum() or text[b - 2] == "_")):
        return ""
    return text[b - 1 : q]
# prepositions of place: a run after them whose first name only the world's table knows is a
# place more often than a person ("from Kerem Shalom", "in Santa Cruz")
_LOCATIVES = frozenset({"in", "at", "near", "from", "to", "into", "outside", "inside", "via",
                        "toward", "towards", "across", "through", "around", "between"})
# prepositions before a place's name, never a person's ("in Halom", not "a letter from Nega")
# words that may follow a place's name after "in" ("in Cleveland outside the convention",
# "in Cleveland last week", "in Cleveland and Philadelphia"); a noun there makes the name
# its modifier ("in Harvard grants")
_AFTER_PLACE = frozenset({"and", "or", "but", "on", "at", "in", "outside", "near", "last",
                          "this", "next", "for", "with", "since", "until", "when", "where",
                          "after", "before", "during", "is", "was", "are", "were", "has",
                          "have", "had", "that", "which", "who", "as", "from", "by", "to",
                          "over", "earlier", "later", "today", "yesterday", "tonight"})
# a blended short name's parts ("Huff" and "Po" of "HuffPo"): each a capital and lower-case
# letters, two at least, each of two letters or more ("WaPo"; not "McCain", whose "Mc" is
# a prefix of no word of a name, nor "iPhone")
_BLEND_PART = re.compile(r"[A-Z][a-z]+")
MIN_BLEND_PARTS = 2
MIN_BLEND_PART = 2
_RELATIVE_THAT = frozenset({"that", "which"})  # "a system that he said ...", "..., which he"
_PLACE_ONLY_LOCATIVES = _LOCATIVES - {"to", "from", "toward", "towards", "between", "via"}
# "the crossing of Kerem Shalom", "the city of ...": a place's name follows
_PLACE_NOUNS = frozenset({"crossing", "city", "town", "village", "province", "region",
                          "district", "state", "county", "island", "port", "camp", "area",
                          "neighbourhood", "neighborhood", "suburb", "capital", "border"})
# last words of place names that start with a given name ("Denver Heights", "Lincoln Park")
_PLACE_HEADS = frozenset({"park", "street", "avenue", "road", "heights", "valley", "beach",
                          "county", "city", "island", "river", "memorial", "bridge", "square",
                          "hills", "village", "township", "airport", "station", "hospital"})
# last words of a place's name that no person's surname is in English news ("Park" is:
# "Grace Park")
_PLACE_NAME_HEADS = _PLACE_HEADS - {"park"}


# pronouns of each gender, any case ("Her agent said ...": a woman in the sentence)
_GENDERED_PRONOUNS = {"f": frozenset({"she", "her", "hers", "herself"}),
                      "m": frozenset({"he", "him", "his", "himself"})}


def name_gender(name: str) -> str:
    """The gender of a person's name: from the lexicon's first names, else from the given
    names of :mod:`monitor.statements.givennames` (its first word)."""
    return first_name_gender(name) or (given_name_gender(name.split()[0]) if name else "")


# capitalised words that open a sentence or a headline before a name and are no part of it
# ("Can Sanders win?", "To Sexton, the rally ...", "Against Sanders, she ..."); the sentence
# openers of the lexicon are stripped elsewhere ("Will" is left alone: "Will Rogers")
_NOT_NAME_STARTS = frozenset({"to", "from", "against", "about", "around", "through", "via",
                              "for", "with", "after", "before", "like", "unlike", "despite",
                              "amid", "under", "since", "among",
                              "can", "could", "would", "should", "must", "might", "shall",
                              "did", "does", "do", "had", "has", "have", "is", "was", "are",
                              "were"})
MIN_TRIMMED_NAME = 2  # a description is dropped only before a first name and a surname
MIN_FULL_FORM = 2  # a name's full form is two words or more ("Luther Stan Pate IV")
# a name written surname first is a surname and one or two given-name words ("Gao Junlan",
# "Yoon Suk Yeol"): see :func:`monitor.statements.names.surname_first`
MAX_SURNAME_FIRST_WORDS = 3
MAX_FULL_FORM = 4  # "Sayyid Badr Albusaidi", "Luther Stan Pate IV": longer runs are titles
MIN_OUTLET_NAME = 3  # an outlet's word, a given name, a surname: "CNN’s Jake Tapper"


def trim_name(words: list[Token]) -> list[Token]:
    """A run of capitalised words without what precedes the person's name in it: numbers
    ("300 Clinton"), an auxiliary or preposition ("Can Sanders", "To Sexton"), and a
    capitalised description before a known first name ("Actor Clint Howard", "McCain
    Challenger Kelli Ward", "Federal Reserve Chair Janet Yellen": the name from the first
    name on, when nothing before it is a first name or an initial; see
    :func:`_describes_person`)."""
    k = 0
    while k < len(words) - 1 and (words[k].text[:1].isdigit() or words[k].low in
                                  _NOT_NAME_STARTS):
        k += 1
    words = words[k:]
    if len(words) < MIN_TRIMMED_NAME:
        return words
    while len(words) > 1 and words[-1].text[:1].isdigit() and (
            words[-2].low not in lx.NUMBERED_OUTLETS):
        words = words[:-1]  # "President George H.W. Bush 35 years ago": no number ends a name
        # (but a channel's: "Israel's Channel 12", "KCRA Channel 3"; org34)
    for p in range(1, len(words) - 1):
        if words[p].low in _HONORIFICS:
            words = words[p:]  # "Enter Ms. Lauten": the name starts at the honorific
            break
    if len(words) < MIN_TRIMMED_NAME:
        return words
    for p, w in enumerate(words[: len(words) - MIN_TRIMMED_NAME + 1]):
        if (w.low in _RANKS or w.low in _HEAD_TITLES) and w.text.endswith("."):
            continue  # "Sgt. Joe Smith", "CSPD Lt. Catherine Buckley": an abbreviated rank
            # or title, not an initial (titles: twenty-second session)
        if w.kind != "w" or w.text.endswith(".") or len(w.text.rstrip(".")) == 1:
            if p and w.kind == "w" and _is_cap(w) and len(w.text.rstrip(".")) == 1 and (
                    words[p - 1].low in _HEAD_TITLES or words[p - 1].low in lx.SPEAKER_NOUNS):
                return words[p:]  # "Daily Maverick Associate Editor J. Brooks Spector": the
                # name opens with its initial after the post's head (twenty-second session)
            return words  # an initial ("J. Trump") or a punctuation mark: leave as written
        if first_name_gender(w.text + " x"):
            if any(v.low in _HEAD_TITLES or v.low in _RANKS for v in
                   words[p + 1 : len(words) - MIN_TRIMMED_NAME]):
                continue  # "Troy Police Chief Charles Craft": a place named like a person
                # before the post's head; the name follows the head (28th session)
            return words[p:] if p and (_describes_person(words[:p]) or (
                words[p - 1].low in _DOMAIN_WORDS)) else words  # ("National Intelligence
            # James Clapper": the domain of "Director of" ends before the given name; 25th)
    # no first name the lexicon knows: a rank or title before the last two words still ends
    # the description ("Alabama State Trooper Reginal King" is Reginal King)
    for p in range(len(words) - 2, -1, -1):
        low = words[p].low
        if low in _RANKS or low in _PLAIN_ROLES or low in _CHURCH_TITLES or (
                low in _HEAD_TITLES and p < len(words) - MIN_TRIMMED_NAME) or (
                low in _DOMAIN_WORDS):
            # ("Sheriff Dobbs" is the surname of Sheriff Mark Dobbs named before; "Deputy
            # Foreign Minister for Legal and International Affairs Kazem Gharibabadi": a
            # post's domain ends the description too)
            rest = words[p + 1 :]
            while len(rest) > 1 and low in _RANKS and (
                    rest[0].low in _RANKS or rest[0].low in _HEAD_TITLES):
                rest = rest[1:]  # "Brigadier General Nasirzadeh": a rank of two words
            if all(w.kind == "w" and _is_cap(w) and w.low not in ORG_HEADS for w in rest) and (
                    rest[0].low not in lx.TITLE_WORDS and rest[0].low not in _RANKS):
                return rest  # (a surname may be a title word: "Reginal King")
            break
    return words


# what a person is to a story, written before the name as a title is ("Neighbor Varnall Tate
# heard the gunshots", "Witness Jane Doe said"; twenty-second session): not part of the name
_PLAIN_ROLES = frozenset({"neighbor", "neighbour", "witness", "eyewitness", "resident",
                          "bystander", "classmate", "passenger", "survivor", "shopper",
                          "homeowner", "parishioner", "volunteer"})
# days and months that are no one's name (not "May", "June", "April", "August": given names
# and a surname too)
_CALENDAR_WORDS = lx.WEEKDAYS | frozenset({"january", "february", "september", "october",
                                           "november", "december"})
# church titles written before a name ("Cardinal Pietro Parolin", "Archbishop Paul Gallagher"),
# no part of it when the lexicon lacks the given name (round 23); not "bishop", also a surname
# ("Julie Bishop said")
_CHURCH_TITLES = frozenset({"cardinal", "archbishop"})
# the last word of a post's domain before the holder's name ("... for Legal and International
# Affairs Kazem Gharibabadi", "Homeland Security Secretary"): never a person's name
_DOMAIN_WORDS = frozenset({"affairs", "relations", "security", "defense", "defence",
                           "development", "cooperation", "integration", "reintegration",
                           # ("Ambassador at Large on Kiev's War Crimes Rodion Miroshnik",
                           # "Human Rights Commissioner ..."; twenty-second session)
                           "crimes", "rights", "issues", "matters",
                           # ("Director of National Intelligence James Clapper", 25th)
                           "intelligence"})


# endings of a capitalised role noun before a name ("Actor", "Comedian", "Filmmaker",
# "Alderman"); "-er" alone is not one ("Luther Stan Pate IV")
_ROLE_ENDINGS = ("or", "ian", "ist", "man", "woman", "maker", "ent")
_ROLE_NOUNS = frozenset({"whip", "rabbi", "imam", "bishop", "cardinal", "rival", "coach",
                         "archbishop"})  # ("Archbishop Paul Gallagher": round 23)
# honorifics: a name starts with them, whatever capitalised word stands before
_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."})
# ranks of police, courts and armies written before a name ("Constable Tim Fanning", "State
# Trooper Reginal King", "Sgt. Joe Smith"): part of the description, not of the name
_RANKS = frozenset({"brigadier", "commodore",
                    "trooper", "constable", "sheriff", "sergeant", "sgt", "sgt.", "detective",
                    "officer", "lieutenant", "corporal", "cpl", "cpl.", "inspector",
                    "superintendent", "marshal", "agent", "investigator", "patrolman",
                    "firefighter", "prosecutor", "coroner", "examiner", "warden", "major",
                    "maj", "maj.", "private", "pvt", "pvt.", "det", "det.", "insp", "insp.",
                    "cpt", "cpt.", "cmdr", "cmdr.", "commander",
                    # abbreviated offices of court and police pages ("Dist. Atty. Steve
                    # Cooley", "Const. Tim Fanning", "Asst. Dist. Atty.", "Ofc."; quotes.py
                    # keeps their stops inside the sentence)
                    "dist", "dist.", "atty", "atty.", "asst", "asst.", "const", "const.",
                    "cst", "cst.", "ofc", "ofc.", "dep", "dep.",
                    # a superintendent and a city councillor abbreviated ("Supt. Jane Doe",
                    # "Coun. Josh Matlow"; tn37)
                    "supt", "supt.", "coun", "coun.", "cllr", "cllr.",
                    # a clergyman's style ("the Rev. Dwight Dumas said": Dwight Dumas; 28th
                    # session, a news develop half)
                    "rev", "rev.", "reverend", "msgr", "msgr."})
# the title words that are a post's head noun ("Foreign Minister", "Deputy Chief"): a name
# follows them; not the modifiers ("Foreign", "National", "State") that also name bodies
_HEAD_TITLES = frozenset({
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
    "chancellor", "senator", "sen", "sen.", "rep", "rep.", "representative", "gov", "gov.",
    "governor", "gen", "gen.", "general", "chairman", "chairwoman", "chair", "director",
    "ambassador", "envoy", "chief", "adviser", "advisor", "commissioner", "admiral", "adm",
    "adm.", "colonel", "col", "col.", "lt", "lt.", "captain", "capt", "capt.", "mayor",
    "judge", "attorney", "diplomat", "negotiator", "congressman", "congresswoman",
    "secretary-general", "director-general", "commander-in-chief", "attorney-general",
    "prosecutor-general",
    # members of a parliament, written as a title before the name ("Labour MP Jane Doe",
    # "Likud MK Tally Gotliv", "MEP Raphael Glucksmann"; twenty-second session)
    "mp", "mk", "mep", "mla", "msp"})


# the compass words of a two-word people's adjective ("South African", "North Korean")
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern",
                            "eastern", "western", "central"})
def _body_people(words: list[Token]) -> bool:
    """Are ``words`` a body's capitalised name with an "of" in it, then a plural people
    noun in lower case ("Georgia Bureau of Investigation agents", "Ministry of Defence
    officials")?"""
    head = words[-1]
    return not _is_cap(head) and head.low.endswith("s") and (
        head.low in lx.SPEAKER_NOUNS or head.low in _PLURAL_PEOPLE or place_people(head.low)
        or head.low in _BODY_AGENTS) and any(w.low == "of" for w in words[1:-1]) and all(
        _is_cap(w) or w.low in {"of", "the", "and", "for"} for w in words[:-1])


_BODY_AGENTS = frozenset({"agents", "staffers", "employees", "personnel"})  # a body's people
_COMPARING = frozenset({"unlike", "like"})  # prepositions of comparison before a name
MAX_DATELINE_UNIT = 2  # a dateline opens the body, after a headline and a deck at most
# plural agent nouns that no common surname shares an ending with ("Investors",
# "Ethiopians", "Terrorists"): "-ers" is not one ("Sanders", "Reuters", "Peters") ...
_PLURAL_AGENT_ENDINGS = ("ors", "ists", "ians")
# ... so the "-ers" words that are people described are listed
_PLURAL_PEOPLE_ERS = frozenset({"neighbors", "neighbours", "firefighters", "mourners",
                                "organizers", "organisers", "brexiteers", "campaigners",
                                "shoppers", "villagers", "bystanders", "passengers",
                                "rescuers", "fighters", "attackers", "hikers", "drivers",
                                "callers", "proponents", "opponents", "criminals", "deputies",
                                # round 23: plural people the unlabelled pages opened sentences
                                # with ("Dispatchers said", "Customers had reported",
                                # "Astronomers think"; not "Firemen": the rule reads
                                # plurals in -s only)
                                "dispatchers", "customers", "astronomers", "protesters",
                                "workers", "teachers", "farmers", "users", "viewers",
                                "readers", "listeners", "employees", "parents", "students",
                                "nurses", "fans", "locals", "witnesses", "victims",
                                "associates", "colleagues", "friends", "cops",
                                "troopers"})


# offices named after their holder's title ("the Pasco County Sheriff's Office", "the
# Manhattan District Attorney's Office"): the possessive is part of the name
_OFFICE_HOLDERS = frozenset({"sheriff", "attorney", "prosecutor", "coroner", "examiner",
                             "marshal", "governor", "mayor", "comptroller", "controller",
                             "auditor", "treasurer", "clerk", "solicitor",
                             # "the Attorney General's Office", "the Prime Minister's Office",
                             # "the Constable's Office" were "Office" (round 23)
                             "general", "minister", "president", "constable", "commissioner",
                             "chancellor"})
_HOLDER_OFFICES = frozenset({"office", "department"})


def _office_of_holder(words: list[Token], name: list[Token]) -> list[Token]:
    """``name`` ("Office" after "Sheriff's") grown back over the holder's possessive title and
    the capitalised words before it ("Pasco County Sheriff's Office"; twenty-second session);
    ``[]`` otherwise."""
    if len(name) != 1 or name[0].low not in _HOLDER_OFFICES:
        return []
    k = next((m for m, w in enumerate(words) if w is name[0]), 0)
    holder = words[k - 1].low.removesuffix("’s").removesuffix("'s") if k else ""
    if not k or holder == words[k - 1].low or holder not in _OFFICE_HOLDERS:
        return []
    m = k - 1
    while m > 0 and _is_cap(words[m - 1]) and words[m - 1].kind == "w" and not (
            words[m - 1].low.endswith(("’s", "'s"))) and words[m - 1].low not in lx.DETERMINERS:
        m -= 1
    while m < k - 1 and words[m].low.isdigit():
        m += 1  # ("Pct. 4 Constable's Office": the precinct's number is no part of the name)
    return words[m : k + 1]


def _outside_parentheses(words: list[Token]) -> list[Token]:
    """``words`` without what stands in parentheses (the marks too)."""
    out: list[Token] = []
    depth = 0
    for w in words:
        if w.low == "(":
            depth += 1
        elif w.low == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(w)
    return out


MIN_SHOUTED_RUN = 3  # words in capitals before a name: a shouted line, not an acronym or two
# ("U.S. FBI Director James Comey", "AARP CEO A. Barry Rand")


def _shouted_lead(words: list[Token]) -> int:
    """The number of words in capitals (initials not counted) that open ``words`` before a
    capitalised word in lower case after its first letter, when there are at least
    :data:`MIN_SHOUTED_RUN` of them ("HERE TO GET THE FOX NEWS APP Zeisloft", "DAYS ON THE
    RUN Murrill"); else 0."""
    k = 0
    while k < len(words) - 1 and words[k].kind == "w" and words[k].text.isupper() and (
            len(words[k].text.rstrip(".")) > 1):
        k += 1
    if k >= MIN_SHOUTED_RUN and _is_cap(words[k]) and not words[k].text.isupper():
        return k
    return 0


def _placed_name(words: list[Token]) -> int:
    """In "Zelenskyy in Kyiv" or "Jane Smith in Kyiv" (a name, "in", a capitalised place):
    the number of words of the name; 0 when the phrase is not so (a people or speaker noun
    before "in" is :func:`placed_head`'s; twenty-second session)."""
    k = next((m for m, w in enumerate(words) if w.low == "in"), 0)
    place = k + 1 + (k + 2 < len(words) and words[k + 1].low == "the")  # "in the Hague"
    if k == 0 or place >= len(words) or not _is_cap(words[place]) or placed_head(words, k - 1):
        return 0
    first = 1 if words[0].low == "the" else 0  # "the Philippines in the Hague"
    if k == first or not all(_is_cap(w) and w.low not in lx.SENTENCE_OPENERS
                             for w in words[first:k]):
        return 0
    return k


_INDEFINITE_ARTICLES = frozenset({"A", "An"})  # as written: "A." is an initial
MAX_EPITHET_WORDS = 3  # "Obama the realist", "Trump the reality star": a short epithet


# an outlet's kind written after its name ("the Kommersant newspaper", "the Global Times
# tabloid"); not "magazine", which names keep ("Time magazine")
_OUTLET_TAILS = frozenset({"newspaper", "paper", "daily", "tabloid", "weekly", "broadcaster",
                           "agency", "channel", "station", "outlet"})
# the words that may stand between the name and that kind ("the RIA Novosti news agency")
_OUTLET_TAIL_MODIFIERS = frozenset({"news", "television", "tv", "radio", "state", "wire"})


MAX_PLACE_WORDS = 3  # "South Korea's", "New South Wales's": a place's words before "'s"


def _place_possessive_end(words: list[Token]) -> int:
    """Where the words after a place's possessive that opens a phrase start ("Japan's Kyodo
    News agency", "South Korea's Yonhap news agency": 1 and 2); 0 when no place's
    possessive opens it."""
    for p, w in enumerate(words[:MAX_PLACE_WORDS]):
        if not _is_cap(w):
            return 0
        if w.low.endswith(("’s", "'s")):
            place = span_text([*words[:p], w])[:-2]
            return p + 1 if fold(place) in PLACES else 0
    return 0


def _named_outlet(words: list[Token]) -> list[Token]:
    """The name of an outlet that a definite phrase writes before its kind: "the state-run
    Global Times newspaper" is the Global Times, "the RIA Novosti news agency" RIA Novosti
    (a name the kind follows is a name, as "Xinhua, the official news agency" is); not "a
    Baton Rouge newspaper", "the Israeli newspaper" (a place's) nor "the agency"; after a
    place's possessive too ("South Korea's Yonhap news agency": Yonhap; org34); [] when
    none."""
    n = len(words)
    start = 1 if words and words[0].low == "the" else _place_possessive_end(words)
    if n < 2 or words[-1].low not in _OUTLET_TAILS or not start or \
            _is_cap(words[-1]):
        return []  # ("The Shelton Weekly": the kind's word is part of the name)
    e = n - 1
    while e > 1 and words[e - 1].low in _OUTLET_TAIL_MODIFIERS:
        e -= 1
    if words[-1].low == "agency" and e == n - 1:
        return []  # ("the Kremlin-run agency": "agency" alone is any agency's)
    k = e
    while k > start and _is_cap(words[k - 1]) and words[k - 1].kind == "w":
        k -= 1
    run = words[k:e]
    if not run or not all(w.kind == "w" and w.low not in lx.NP_BOUNDARY
                          for w in words[start:k]) \
            or any(_is_cap(w) for w in words[start:k]) or _is_number(run[0]) or \
            fold(span_text(run)).replace(" ", "-") in PLACES or all(
                _place_word(w) or w.low in PARTY_QUALIFIERS for w in run):
        return []
    while len(run) > 1 and _place_word(run[0]):
        run = run[1:]  # "the Egyptian MENA news agency": MENA
    return run


def _name_then_epithet(words: list[Token]) -> int:
    """In "Obama the realist" or "Donald Trump the candidate" (a name, "the", a few
    lower-case words): the number of words of the name; 0 when the phrase is not so
    (twenty-ninth session: the speaker was the whole phrase, a description)."""
    k = next((m for m, w in enumerate(words) if w.text == "the"), 0)
    if k == 0 or not 0 < len(words) - k - 1 <= MAX_EPITHET_WORDS or not all(
            _is_cap(w) and w.low not in lx.SENTENCE_OPENERS and w.low not in NOT_NAMES
            for w in words[:k]):
        return 0
    return k if all(w.kind == "w" and not _is_cap(w) for w in words[k + 1:]) else 0


def _describes_person(words: list[Token]) -> bool:
    """Do the capitalised words before a first name describe the person rather than name
    them? Two or more words ("McCain Challenger", "Federal Reserve Chair"), a title, a
    speaker's noun or a role noun ("Chair", "Pastor", "Comedian"), an acronym ("DJ") or a
    plural ("Celebrities"); another single word may be a first name the lexicon lacks
    ("Luther Stan Pate IV", "Norbert Leo Butz") and stays."""
    if len(words) >= MIN_TRIMMED_NAME:
        return True
    w = words[0]
    return (w.low in lx.SPEAKER_NOUNS or w.low in lx.TITLE_WORDS or is_acronym(w)
            or w.low.endswith(_ROLE_ENDINGS) or w.low in _ROLE_NOUNS or w.low in _RANKS
            or (w.low.endswith("s") and not w.low.endswith("ss")))


# a sentence with more capitalised words than this share is a headline in title case
HEADLINE_CAPS = 2  # (more than one word in two)
PLACES = COUNTRIES | REGIONS | CAPITALS | STATE_NAMES


def _name_word_like(low: str) -> bool:
    """Could this (lower-case) word be a given name or a surname? Not a number, a day or a
    month, a title, a determiner, a speech verb, a place, a body or an opener."""
    return bool(low) and low.replace("-", "").replace("’", "").replace("'", "").isalpha() \
        and low not in lx.TIME_WORDS and low not in lx.TITLE_WORDS \
        and low not in lx.DETERMINERS and low not in lx.SPEAKER_NOUNS and low not in lx.CUES \
        and low not in lx.SENTENCE_OPENERS and low not in NOT_NAMES and low not in ORG_HEADS \
        and low not in HEADLINE_WORDS and fold(low) not in PLACES and low not in _RANKS \
        and low not in _NOT_NAME_STARTS


def _country_not_name(key: str, full: str, gender: str) -> bool:
    """Is the bare word ``key`` a country rather than the short form of the capitalised run
    ``full`` that ends in it: no honorific's gender and no known given name opening ``full``
    ("Japan" is not "Mainichi Japan"; "Jordan" is "Scott Jordan")?"""
    return key in COUNTRIES and not gender and not first_name_gender(full)


def _unless_country(key: str, known: Person | None, gender: str) -> Person | None:
    """``known``, the person a bare surname ``key`` names, unless ``key`` is a country and
    ``known`` a capitalised run that ends in it rather than a person: no known given name,
    no office, no honorific's gender ("Japan said" is the country, not "Mainichi Japan",
    "Port Sudan" or a byline's "Qasim Nauman, Iran"; "Jordan" after "Scott Jordan" is
    still he)."""
    if known is not None and known.kind == "person" and not known.official and (
            _country_not_name(key, known.name or "", gender)):
        return None
    return known


def generation(name: str) -> str:
    """A name's generational suffix, folded ("jr" of "Donald Trump Jr."), or ""."""
    last = fold(name).rsplit(" ", 1)[-1]
    return last if last in NAME_SUFFIXES else ""


# the answers of surname() and title_key() kept (speed23): the rules ask them of the same
# few names and title words again and again (~125 title words an article). Safe: each is a
# function of its string alone and of constant tables (frozensets, a dict never written)
WORD_CACHE_SIZE = 1 << 16


# the shortest surname whose misspelling (a typo of one letter) still names its person:
# shorter ones ("Cruz"/"Ruiz", "Kahn"/"Khan") are as often two names
MIN_MISSPELT_SURNAME = 6


def _squeezed(word: str) -> str:
    """``word`` with each run of one letter read as one ("labott" -> "labot"): a typo
    doubles the wrong letter ("Labbot" for "Labott") as often as it drops one."""
    return "".join(c for n, c in enumerate(word) if n == 0 or c != word[n - 1])


def _one_typo(a: str, b: str) -> bool:
    """Are folded words ``a`` and ``b``, doubled letters squeezed (:func:`_squeezed`), one
    letter apart: one dropped, added, changed, or two neighbours swapped?"""
    a, b = _squeezed(a), _squeezed(b)
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    n = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), min(len(a), len(b)))
    if len(a) == len(b):
        return a[n + 1 :] == b[n + 1 :] or (
            a[n + 2 :] == b[n + 2 :] and a[n : n + 2] == b[n : n + 2][::-1])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[n + 1 :] == shorter[n:]


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)
def surname(name: str) -> str:
    """The folded last word of a name, suffixes ('Jr.', 'IV') skipped; the first word of a
    Chinese or Korean name written surname first ("Gao" of "Gao Junlan": "Ms. Gao said";
    "Ban" of "Ban Ki-moon": "Ban recalled")."""
    parts = [p for p in fold(name).split() if p not in NAME_SUFFIXES]
    if 1 < len(parts) <= MAX_SURNAME_FIRST_WORDS and (
            parts[0] in CHINESE_SURNAMES or parts[0] in KOREAN_SURNAMES
            or parts[0] in HYPHENED_CHINESE_SURNAMES) and surname_first(
            name.split()):
        return parts[0]
    return parts[-1] if parts else ""


# organisations' heads that are an acronym written in capitals only: "Un" in title case is a
# syllable of a Korean given name ("Kim Jong Un" was an organisation, never "he")
_CAPITALS_ONLY_HEADS = frozenset({"un"})
_WEB_ENDINGS = (".com", ".org", ".net", ".gov", ".edu")  # "Factcheck.org", "Breitbart.com"


def _org_like(words: list[Token]) -> bool:
    """Does the capitalised run name an organisation: an organisation's head word last
    ("the State Department"), or a web address ("Factcheck.org": a site, never "he")?"""
    if not words:
        return False
    last = words[-1].low.removesuffix("’s").removesuffix("'s")
    if last in _CAPITALS_ONLY_HEADS and not words[-1].text[:2].isupper():
        return False  # "Kim Jong Un", "Ri Son Un": a Korean name, not the UN
    # (every web ending has a dot: the cheap test first)
    return last in ORG_HEADS or ("." in last and last.endswith(_WEB_ENDINGS))


def _strips_to_nothing(low: str) -> bool:
    """Does a title word, sentence opener or determiner (lower case) alone in a capitalised
    run name no one by every step of :meth:`Discourse._name_run`: it is stripped as a title,
    opener or determiner, being no known organisation and no organisation's head word
    ("The", "But", "He", "President")?"""
    known = "" if low in lx.DETERMINERS else low.removesuffix("’s").removesuffix("'s")
    last = low.removesuffix("’s").removesuffix("'s")
    return (not (known and fold(known) in ORG_KINDS) and last not in ORG_HEADS
            and not last.endswith(_WEB_ENDINGS))


# the words :func:`_strips_to_nothing` holds for: a run of one of them alone is no one's
# name, which :meth:`Discourse._name_run` answers at once (a third of its calls)
_NO_NAME_ALONE = frozenset(w for w in lx.TITLE_WORDS | lx.SENTENCE_OPENERS | lx.DETERMINERS
                           if _strips_to_nothing(w))


# organisations' heads that are also common surnames ("Vicente Fox", "Frank Church", "Bill
# Press", "Heath Ledger"): after a given name alone they end a person's name ("post" is a
# speech verb too, which keeps "Emily Post" out whatever this says)
_SURNAME_HEADS = frozenset({"fox", "church", "sun", "star", "bee", "globe", "guardian", "press",
                            "ledger", "blade", "sky"})


def _surname_head_person(words: list[Token]) -> bool:
    """A given name either lexicon knows, then a surname that also heads outlets' and
    bodies' names (:data:`_SURNAME_HEADS`): "Vicente Fox", "Frank Church", "Eric Fox" are
    people, as "Mayor Don Guardian" is with a title (else "Fox said" was an outlet and "he"
    no one). The two words end the run, alone or after a title ("former Mexican President
    Vicente Fox"); the first is no place ("Jackson Sun" after "the" is left to the caller: a
    paper)."""
    if len(words) < MIN_FULL_FORM or (len(words) > MIN_FULL_FORM and not (
            words[-3].low in lx.TITLE_WORDS or words[-3].low.rstrip(".") in _PERSON_TITLES)):
        return False
    given, last = words[-2], words[-1]
    return last.low.removesuffix("’s").removesuffix("'s") in _SURNAME_HEADS and bool(
        first_name_gender(given.text + " x") or given_name_gender(given.text)) and \
        fold(given.text) not in PLACES


def _titled_person(words: list[Token]) -> bool:
    """A person's title, a known first name and a surname ending ``words`` ("Atlantic City
    Mayor Don Guardian", "Sen. John Post"): a person, though the surname also ends outlets'
    names (guardian, post, star); without the title, "Charlotte Observer" stays a paper."""
    for k in range(len(words) - 2, 0, -1):
        title = words[k - 1].low.rstrip(".")
        if (title in _PERSON_TITLES or title_key(title) in _PERSON_TITLES) and \
                first_name_gender(words[k].text + " x"):
            return True
    return False


def _past_issuing(toks: list[Token], e: int) -> int:
    """Where "by" stands after a document's head at ``e`` when an issuing participle and its
    date come between ("released Sunday by", "conducted by", "compiled last week by");
    ``e`` itself otherwise."""
    if e >= len(toks) or toks[e].low not in _KEPT_PARTICIPLES:
        return e
    m = e + 1
    while m < len(toks) and m - e <= MAX_ISSUED_WHEN and toks[m].low in lx.TIME_WORDS:
        m += 1
    return m if m + 1 < len(toks) and toks[m].low == "by" else e


def _joint_author(toks: list[Token], m: int) -> list[Token]:
    """The second pollster after "and" at ``m`` ("The Washington Post and ABC News", "NBC
    News and The Wall Street Journal"): its capitalised run, with "the" before it; [] when
    none follows."""
    if m + 1 >= len(toks) or toks[m].low != "and":
        return []
    k = m + 1 + (toks[m + 1].low == "the")
    e = k
    while e < len(toks) and _is_cap(toks[e]) and toks[e].kind == "w" and (
            toks[e].low not in lx.TIME_WORDS):
        e += 1
    return toks[m + 1 : e] if e > k else []


def _keeper_end(toks: list[Token], end: int) -> int:
    """Past the linked words of a keeper's name ending at ``end`` ("Office" + "for National
    Statistics", "Department" + "of the Treasury"): a link word ("the" may follow it) and a
    run of capitalised words,
    which may hold title words here ("National"), as no person's title follows a body's
    name after "by"."""
    while end + 2 < len(toks) and (toks[end].low in _ORG_NAME_LINKS or (
            toks[end].low == "and" and toks[end - 1].low in _AGENCY_DOMAINS)):
        after = end + 1 + (toks[end].low != "and" and toks[end + 1].low == "the")
        if not _is_cap(toks[after]) or toks[after].low in lx.DETERMINERS:
            break
        end = after  # ("Department of Health and Human Services": two domains, one name;
        # "Department of the Treasury")
        while end < len(toks) and _is_cap(toks[end]) and toks[end].low not in lx.TIME_WORDS:
            end += 1
    return end


def _percent_of(words: list[Token]) -> bool:
    """Does a figure in percent ("percent", "%", "per cent") stand before "of" in the
    phrase ("58 per cent of Quebecers", "Forty percent of Canadians")?"""
    return any(w.low == "of" and (words[k - 1].low in {"percent", "%"} or per_cent_at(
        words, k)) for k, w in enumerate(words) if k > 0)


def _after_name_link(words: list[Token], name: list[Token]) -> bool:
    """Does a link that joins one name ("&", or "and" between papers' words) stand right
    before ``name`` inside ``words`` ("Simon & Schuster": the firm, not a Mr. Schuster)?"""
    k = next(n for n, w in enumerate(words) if w is name[0])
    return k >= 2 and name_pair_link(words, k - 1)


# documents that people sign or put their names to, and the participles that say so ("a
# statement signed by", "a letter, which was endorsed by", "a joint declaration issued by")
_SIGNED_DOCUMENTS = frozenset({"statement", "letter", "declaration", "communique",
                               "communiqué", "petition", "op-ed", "memo", "memorandum"})
_SIGNING_PARTICIPLES = frozenset({"signed", "co-signed", "endorsed", "issued", "backed",
                                  "authored", "written"})
MAX_SIGNATORY_TOKENS = 30  # "by UK Prime Minister Keir Starmer, French President Emmanuel
# Macron, and Canadian Prime Minister Mark Carney,"


def _signatories(toks: list[Token], phrase: Phrase) -> Phrase | None:
    """The named signatories of a document that speaks: "A statement signed by X and Y
    warned" (inside the phrase), "A statement, which was endorsed by X, Y and Z, slammed"
    (the relative clause after it); None unless the document is one people sign and the
    words after "by" open with a capitalised name."""
    core = phrase.core_end
    if not any(t.low in _SIGNED_DOCUMENTS for t in toks[phrase.i : core]):
        return None
    m = next((k for k in range(phrase.i, min(len(toks) - 1, phrase.j + 4))
              if toks[k].low in _SIGNING_PARTICIPLES and toks[k + 1].low == "by"), None)
    if m is None or m + 2 >= len(toks) or not _is_cap(toks[m + 2]):
        return None
    if m >= phrase.j:  # after the phrase: ", which was endorsed by", ", signed by"
        between = [t.low for t in toks[phrase.j : m]]
        if not between or between[0] != "," or any(
                w not in {",", "which", "that", "was", "were", "had", "been", "jointly"}
                for w in between):
            return None
        end = next((k for k in range(m + 2, min(len(toks) - 1, m + 2 + MAX_SIGNATORY_TOKENS))
                    if toks[k].low == "," and toks[k + 1].kind == "w" and not _is_cap(
                        toks[k + 1]) and toks[k + 1].low not in {"and", "the"}), None)
    else:
        end = phrase.j
    if end is None or end <= m + 2:
        return None
    return Phrase(m + 2, end, "left", toks[m + 2].start, toks[end - 1].end)


def org_run(words: list[Token], end: int) -> list[Token]:
    """The whole capitalised name of an organisation ending at ``words[end - 1]``: title
    words are part of it ("State Department", "Republican National Committee", "White
    House"), a determiner, sentence opener or possessive before it is not."""
    k = end
    while k > 0 and _is_cap(words[k - 1]) and words[k - 1].low not in lx.DETERMINERS and \
            words[k - 1].low not in lx.SENTENCE_OPENERS and not (
            k < end and words[k - 1].low.endswith(("’s", "'s"))):
        k -= 1
    if k >= 2 and k < end and words[k - 1].low == "and" and _is_cap(words[k - 2]) and (
            words[k - 2].low in _AGENCY_DOMAINS):
        # "the Food and Drug Administration", "the U.S. Fish and Wildlife Service",
        # "Immigration and Customs Enforcement": an agency named by two domains, not "Drug
        # Administration" (twenty-fourth session)
        k -= 2
        while k > 0 and _is_cap(words[k - 1]) and words[k - 1].low not in lx.DETERMINERS and (
                words[k - 1].low in _AGENCY_DOMAINS or is_acronym(words[k - 1])):
            k -= 1  # ("U.S. Fish and Wildlife Service")
    if 2 <= k < end and name_pair_link(words, k - 1):
        k -= 2  # "Procter & Gamble", "The Globe and Mail": one name (org34)
    elif 2 <= k < end and words[k - 1].low == "and" and named_body_and(words, k - 1, end):
        k -= 2  # "the Hostage and Missing Families Forum", "the Bill and Melinda Gates
        while k > 0 and _is_cap(words[k - 1]) and words[k - 1].low != "the":
            k -= 1  # Foundation": one body's name (round 36)
    return words[k:end]


# the domains an agency's name joins with "and" before its head ("Food and Drug
# Administration", "Customs and Border Protection", "Securities and Exchange Commission"): a
# word of these before "and" belongs to the name; a name or anything else does not ("Biden
# and White House officials")
_AGENCY_DOMAINS = frozenset(
    {"food", "drug", "drugs", "fish", "wildlife", "immigration", "customs", "border",
     "securities", "exchange", "alcohol", "tobacco", "firearms", "health", "human", "housing",
     "urban", "agriculture", "trade", "industry", "science", "technology", "energy",
     "environment", "environmental", "natural", "oceanic", "atmospheric", "labor", "labour",
     "education", "culture", "sport", "sports", "media", "transport", "transportation",
     "infrastructure", "justice", "home", "foreign", "defence", "defense", "research",
     "disease", "crime", "safety", "aviation", "space", "maritime", "fisheries", "forestry",
     "water", "mines", "land", "planning", "finance", "economy", "commerce", "communications",
     "information", "tourism", "veterans", "youth", "family", "social", "public", "emergency",
     "arms", "nuclear", "radiation", "climate", "innovation", "enterprise", "investment"})


def _phrase_nation(toks: list[Token], phrase: Phrase) -> str:
    """The country a speaker phrase's nation word names ("The U.S. leader": US), or ""."""
    return _words_nation(toks[phrase.i : phrase.core_end])


def _words_nation(words: list[Token]) -> str:
    """The country the first nation word of ``words`` names, or ""."""
    return next((NATION_WORDS[w.low] for w in words if w.low in NATION_WORDS), "")


def office_of(role: str) -> str:
    """The head of a role: 'prime minister' -> 'minister'."""
    return role.rsplit(" ", 1)[-1]


PORTFOLIO_FILLER = "affairs"  # "Foreign Affairs Minister", "Home Affairs Minister": the office
# is the foreign minister's, the home minister's


def roles_of(words: list[str]) -> set[str]:
    """The roles a run of title words gives: each title word, and a qualified office as one
    ("Prime Minister" -> minister and prime minister)."""
    keys = [title_key(w) for w in words]
    out = set(keys)
    for a, b in pairwise([k for k in keys if k != PORTFOLIO_FILLER]):
        if a in OFFICE_QUALIFIERS and b in OFFICE_HEADS:
            out.add(f"{a} {b}")  # ("Foreign Affairs Minister Mélanie Joly": the foreign
            # minister; tn37)
    if any(a == "secretary" and b == "general" for a, b in pairwise(keys)):
        out.add(SECRETARY_GENERAL)  # ("NATO Secretary General Jens Stoltenberg")
    if any(keys[n:n + 3] == ["secretary", "of", "state"] for n in range(len(keys) - 2)):
        out.add(SECRETARY_OF_STATE)  # the foreign minister of the United States (and the
        # "diplomat" it implies: "Secretary of State John Kerry" ... "the top U.S. diplomat")
    return out | deputy_roles(keys)


def deputy_roles(keys: list[str]) -> set[str]:
    """A deputy's office of title keys: "Deputy Foreign Minister X" ... "the deputy minister
    said" is X (round 16)."""
    return {f"{keys[m]} {head}" for n, head in enumerate(keys) if head in OFFICE_HEADS
            for m in range(max(0, n - DEPUTY_REACH), n) if keys[m] in _DEPUTY_RANKS}


@functools.lru_cache(maxsize=WORD_CACHE_SIZE)  # (see WORD_CACHE_SIZE)
def title_key(word: str) -> str:
    """A title word as descriptions write it: 'Sen.' -> 'senator', 'Gov' -> 'governor'."""
    low = word.lower().rstrip(".").removesuffix("-in-waiting").removesuffix("-designate")
    low = low.removeprefix("ex-")  # ("the ex-premier": a premier, a past one; tn37)
    return TITLE_ALIASES.get(low, low)  # ("the nominee-in-waiting" is the nominee)


def is_acronym(tok: Token) -> bool:
    """'EPA', 'NRA', 'FBI': an all-capital word that may stand for a name the article spells
    out (see :meth:`Discourse.acronyms_in`)."""
    text = tok.text.replace(".", "")
    return (tok.kind == "w" and MIN_ACRONYM <= len(text) <= MAX_ACRONYM and text.isalpha()
            and text.isupper())


def span_text(toks: list[Token]) -> str:
    """Tokens as written: a space only where the text had one ("Times/CBS", "Post-ABC")."""
    out: list[str] = []
    for k, tok in enumerate(toks):
        if k and tok.start > toks[k - 1].end:
            out.append(" ")
        out.append(tok.text)
    return "".join(out)


# --- the author of a first-person piece ----------------------------------------------------

# a politician's note opens with a title and carries a party tag ("Rep. Raul Grijalva, D-Ariz.,
# was an early backer of ..."): the writer of an opinion piece (fifteenth session)
_BIO_TITLE = r"(?:(?:Rep|Sen|Gov|Dr|Prof|Amb|Gen)\.\s+)?"
_BIO_TAG = r"(?:,\s+[DRI]-[A-Z][\w.]*,)?"
_NAME = r"((?:(?:[A-Z]\.|[A-Z][\w’'-]*[a-z])\s){1,3}[A-Z][\w’'-]*[a-z])"  # two to four
# capitalised words, initials allowed before the surname ("Joel B. Pollak")
# a closing note on the writer: "Joel B. Pollak is Senior Editor-at-Large at Breitbart News.",
# "Jason Linkins edits “Eat The Press” for The Huffington Post."
_BIO = re.compile(r"^[—–-]?\s*" + _BIO_TITLE + _NAME + _BIO_TAG + r"\s+(?:is|was|edits|writes|"
                  r"covers|hosts|teaches|directs|reports|served|serves|represents|chairs)\b")
# a bio says what the writer does; "Donald Trump is expected to win" as a last paragraph is
# news, not a note on the writer
_BIO_WORDS = frozenset({
    "author", "editor", "columnist", "contributor", "correspondent", "writer", "reporter",
    "professor", "fellow", "host", "founder", "director", "edits", "writes", "covers",
    "teaches", "book", "books", "newsletter", "follow", "senior",
    # a politician's own piece: "was an early backer of", "represents Arizona's 3rd district"
    "backer", "represents", "chairs", "co-chair", "chair", "member", "congressman",
    "congresswoman", "senator", "former",
})
# a closing note that gives the writer's surname only: "Gaudiano is a Washington-based
# reporter for the USA TODAY NETWORK." (28th session, PolNeAR train): narrower than _BIO, a
# writing trade named right after "is a"
_BIO_SURNAME = re.compile(r"^([A-Z][\w’'-]*[a-z]) (?:is|was) an? (?:[\w,-]+ ){0,6}?"
                          r"(?:reporter|columnist|writer|correspondent|contributor|editor)\b")
_BYLINE = re.compile(r"^By\s+" + _NAME + r"\s*(?:[,|]|$)")
_EXCERPT = re.compile(r"^(?:From|Excerpted from|Adapted from)\b.{0,200}?\bby\s+" + _NAME)
AUTHOR_HEAD_PARAS = 3  # a byline stands in the first paragraphs after the headline
AUTHOR_TAIL_PARAS = 3  # a note on the writer, or an excerpt's source, closes the piece
BIO_MAX_WORDS = 80  # a note on the writer is short; a longer closing paragraph is the story


def find_author(text: str) -> str | None:
    """The writer of ``text`` as the text names them, or None: a byline ("By Jane Doe") near
    the top, or a closing note on the writer ("Jane Doe is a senior fellow at ...", "From
    BOOK by Jane Doe. Copyright ..."). Who "I" is in an opinion piece or a book excerpt."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    for para in paras[1 : 1 + AUTHOR_HEAD_PARAS]:
        m = _BYLINE.match(para)
        if m and _writer_name(m.group(1)):
            return m.group(1)
    for para in reversed(paras[1:][-AUTHOR_TAIL_PARAS:]):
        m = _EXCERPT.match(para)
        if m and _writer_name(m.group(1)):
            return m.group(1)
        m = _BIO.match(para)
        words = para.split()
        if m and _writer_name(m.group(1)) and len(words) <= BIO_MAX_WORDS and any(
                w.strip(".,;:“”\"").lower() in _BIO_WORDS for w in words[len(m.group(1).split()):]):
            return m.group(1)
        m = _BIO_SURNAME.match(para)
        if m and len(words) <= BIO_MAX_WORDS and _writer_name(m.group(1)):
            return m.group(1)
    return None


def _writer_name(name: str) -> bool:
    """A name as a note on the writer gives it: in full, not "Mr. Hurt" (a person the story is
    about) nor a sentence opener ("But Cruz", "The Post's Chris Cillizza")."""
    first = name.split()[0].lower().rstrip(".")
    return not (first in lx.HONORIFIC_GENDER or first in lx.DETERMINERS
                or first in lx.SENTENCE_OPENERS or first.endswith(("’s", "'s")))


FIRST_PERSON = frozenset({"i", "me", "my"})


def _within(spans: list[tuple[int, int]], offset: int) -> bool:
    """True when ``offset`` falls in one of ``spans`` (start included, end not)."""
    return any(a <= offset < b for a, b in spans)

# ("QThere's no shortage ...": a bold "Q" whose markup was lost runs into the question;
# counted only beside "A:" answers, see :func:`find_interview`)
_QUESTION = re.compile(r"(?m)^[ \t]*(?:(?:Q|Question)[ \t]*[:.][ \t]|Q(?=[A-Z][a-z’']))")
ANSWER_LABEL = re.compile(r"(?m)^[ \t]*(?:A|Answer)[ \t]*[:.][ \t]")
INTERVIEW_MIN_TURNS = 2  # question and answer labels each at least twice: a Q&A transcript,
# not one "A: ..." line of a list
# ANSWER_LABEL without its line start: each label holds one, none shares one with another (it
# stays on its line), so a text with fewer of these has fewer labels. This opens with a
# letter, which the regex engine finds as fast as a string search; ANSWER_LABEL's "^" is tried
# at every position (speed23)
_ANSWER_WORD = re.compile(r"(?:A|Answer)[ \t]*[:.][ \t]")


def find_interview(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The questions and the answers of a Q&A transcript ("Q: ...", "A: ..." paragraphs) as
    (start, end) spans, an answer running on over unlabelled paragraphs until the next
    question; two empty lists when ``text`` is no transcript."""
    if len(_ANSWER_WORD.findall(text)) < INTERVIEW_MIN_TURNS:
        return [], []  # (the usual case, found at the speed of a string search)
    qs = [m.start() for m in _QUESTION.finditer(text)]
    ans = [m.start() for m in ANSWER_LABEL.finditer(text)]
    if len(qs) < INTERVIEW_MIN_TURNS or len(ans) < INTERVIEW_MIN_TURNS:
        return [], []
    turns = sorted([(q, "q") for q in qs] + [(a, "a") for a in ans])
    questions: list[tuple[int, int]] = []
    answers: list[tuple[int, int]] = []
    for (at, kind), nxt in zip(turns, [*turns[1:], (len(text), "")], strict=True):
        (questions if kind == "q" else answers).append((at, nxt[0]))
    return questions, answers



def _seen_by_aside(toks: list[Token], phrase: Phrase) -> bool:
    """True when the apposition after a speaker phrase's core opens with a document's
    participle and "by" (", obtained by The Associated Press,", ", seen by Reuters,"): who
    had the document, not who says what it says."""
    c = phrase.core
    return c > 0 and c + 2 < phrase.j and toks[c].low == "," and (
        toks[c + 1].low in SEEN_BY and toks[c + 2].low == "by")


class Discourse:
    """The people of one article, in the order the article names them."""

    def __init__(self, registry: Registry, day: date | None, text: str = "") -> None:
        self.registry = registry
        self.day = day
        self.text = text  # the whole text (see :meth:`followers`)
        self._places_asked: dict[str, bool] = {}  # (see :meth:`_written_as_place`)
        self._followers: dict[str, set[str]] | None = None
        self._lone: dict[str, set[str]] | None = None
        # word -> :meth:`lone_words`' entry for it (None: not a lone word), for the words asked
        # (see :meth:`lone_before`)
        self._lone_asked: dict[str, set[str] | None] = {}
        # the (start, end) of every "he" and "she" of the text, found on first use (see
        # :meth:`_he_or_she_in`)
        self._he_or_she: list[tuple[int, int]] | None = None
        self._surname_genders: dict[str, set[str]] | None = None  # see surname_genders
        self._given_surnames: dict[str, bool] = {}  # see given_surname
        # folded surname -> the latest full name run the text ended with it (see
        # :meth:`_note_full_runs`)
        self.full_runs: dict[str, str] = {}
        self.full_runs_upto = 0  # the sentences indexed in full_runs so far
        self.people: dict[str, Person] = {}
        self.surnames: dict[str, Person] = {}
        # surname -> every person of the article with it, when there are several ("Bernie
        # Sanders", then "his wife, Jane Sanders"): the bare surname is the one named most
        # (see :meth:`bare`)
        self.namesakes: dict[str, list[Person]] = {}
        self.first_names: dict[str, Person] = {}
        # the inner words of names of three words or more, by folded word: a Spanish or
        # Portuguese name's first surname ("Melba Acosta Febo" is "Ms. Acosta"), asked only
        # when no surname or first name answers
        self.inner_names: dict[str, Person] = {}
        # surname -> the longest capitalised run the article ends with it ("Luther Stan Pate
        # IV"), whether or not the lexicon knows its first name
        self.full_forms: dict[str, str] = {}
        # (unit, offset, person, MENTION..SPEAKER), in reading order
        self.recent: list[tuple[int, int, Person, int]] = []
        # title word -> {surname: fullest name} for every "Judge Richard Berman" of the whole
        # article, so that "the judge" before the name is written still finds its one holder
        self.titled: dict[str, dict[str, str]] = {}
        # post noun -> {surname: (fullest name, the capitalised qualifiers before the post)}
        # for every "spokeswoman Jane Roe", "police commissioner Charles Ramsey", "owner Nate
        # Edwards" of the whole article, written in lower case before a name (desc24)
        self.named_posts: dict[str, dict[str, tuple[str, frozenset[str]]]] = {}
        # acronym -> the organisation the article spells out ("EPA" -> "Environmental
        # Protection Agency"), so that the speaker is the fullest name
        self.acronyms: dict[str, str] = {}
        self.ages: dict[str, Person | None] = {}  # "Alan Alda, 89,": age -> the person
        # sentences seen so far (their tokens, not copies), scanned for acronyms only once an
        # acronym speaks: most articles never need it (see :meth:`acronyms_in`)
        self.units: list[list[Token]] = []
        self.scanned = 0
        # acronyms that spoke before the article spelled them out ("EPA" in the headline)
        self.pending: dict[str, Person] = {}
        # epithet heads of unnamed people who spoke ("a senior official said"): a later "the
        # official" is that source, not the person named last (see :meth:`unnamed_source`)
        self.unnamed: set[str] = set()
        # the latest description of an unnamed source by its head's class (_staff_class)
        # each class's unnamed sources, latest last: (unit, description, its qualifiers)
        self.unnamed_said: dict[str, list[tuple[int, str, set[str], str]]] = {}
        # the gender of the pronoun that opens what the speaker being resolved said of
        # themselves ("the former secretary of state said she would"), set by the extractor
        # around one resolution; a title no one holds falls back on a salient person of it
        self.content_gender = ""
        # a capitalised title run that qualifies its title -> the full name written after it
        # ("SAFA President Dr Danny Jordaan": "safa president" -> "Danny Jordaan"), so that a
        # later "the SAFA President" is that person (see :meth:`titles_in`)
        self.title_runs: dict[str, str] = {}
        self._registry_roles: dict[str, set[str]] = {}  # official id -> roles on the day
        # official id -> the capitalised place words of their titles on the day
        self._registry_places: dict[str, frozenset[str]] = {}
        # every word the article writes in lower case ("aides", "cost", "informed"): the same
        # word capitalised alone is a sentence opener, not a surname (see :meth:`animate`)
        self.common: set[str] = set()
        # the last words of every run of two or more capitalised words ("Ben Carson" gives
        # "carson"), over the whole article: a one-word headline label that is none of them
        # ("Breaking:", "Wow:", "The Latest:") is no one's surname (see :meth:`label_only`)
        self.run_ends: set[str] = set()
        # the writer, when the text names them (see :func:`find_author`), and the quoted spans:
        # "I" outside every quote is the writer's
        self.author: Person | None = None
        self.quoted: list[tuple[int, int]] = []
        # a Q&A transcript's questions and answers (see :func:`find_interview`): "I" in an
        # answer is the person the introduction names first, "you" in a question too
        self.questions: list[tuple[int, int]] = []
        self.answers: list[tuple[int, int]] = []
        # the people (by id) a "he" or "she" stood for: someone, never "it"; and the names
        # the text itself calls "it" ("the Missing Families Forum said it believed"): no one
        # (pron24)
        self.pronouned: set[int] = set()
        # the genders of the "he" and "she" that stood for each of those people (by id):
        # one the text has called by their own name's gender is no unisex guess (pron36)
        self.pronoun_genders: dict[int, set[str]] = {}
        self.called_it: set[int] = set()

    def followers(self) -> dict[str, set[str]]:
        """Capitalised word -> the capitalised words that follow it in the whole text (worked
        out on first use): a given name of the world's names starts one name ("Racheli
        Baak"), a city several ("Miami Gardens", "Miami Fire Rescue")."""
        if self._followers is None:
            self._followers = {}
            for m in _CAPITAL_PAIR.finditer(self.text):
                # a possessive is the same follower: "Seth MacFarlane's stint" and "Seth
                # MacFarlane" start one name, not two (round 13)
                self._followers.setdefault(m.group(1), set()).add(_unpossessed(m.group(2)))
        return self._followers

    def lone_words(self) -> dict[str, set[str]]:
        """Capitalised words the whole text writes alone in mid-sentence, after neither a
        determiner nor a preposition of place ("Mendoza" in "In El Paso, Mendoza regularly
        witnessed"; not "the Hill", nor "Halom" of "officials in Halom" anywhere), each with
        the capitalised words written right before it anywhere ("Berhanu", "Professor" for
        "Nega"): worked out on first use."""
        if self._lone is None:
            lone: dict[str, set[str]] = {}
            places: set[str] = set()
            for m in _LONE_CAPITAL.finditer(self.text):
                if m.group(1) in _PLACE_ONLY_LOCATIVES and not self.text.startswith(
                        ("'s", "’s"), m.end(2)):  # (not "in Nega's office")
                    places.add(m.group(2))
                elif m.group(1) not in lx.DETERMINERS and m.group(1) not in _LOCATIVES and (
                        m.group(3) or "").removesuffix("s") not in lx.SPEAKER_NOUNS:
                    # (not a modifier of a person's noun: "pastors and Christian leaders")
                    lone[m.group(2)] = set()
            for word in places:
                lone.pop(word, None)
            for m in _CAPITAL_BEFORE.finditer(self.text):  # (pairs overlap: "Secretary
                # Thomas Perez" has "Thomas" before "Perez")
                before = lone.get(_unpossessed(m.group(2)))
                if before is not None:
                    before.add(m.group(1))
            self._lone = lone
        return self._lone

    def lone_before(self, word: str) -> set[str] | None:
        """``self.lone_words().get(word)``, worked out from the places ``word`` is written
        rather than from every capitalised word of the text (a run's surname is all
        :meth:`_surname_alone` asks of it): its matches of :data:`_LONE_CAPITAL` that the
        scan of the whole text yields, and the capitalised words before it."""
        if word not in self._lone_asked:
            self._lone_asked[word] = self._lone_entry(word)
        return self._lone_asked[word]

    def _lone_entry(self, word: str) -> set[str] | None:
        """:meth:`lone_before` worked out (see :func:`_lone_match_at`)."""
        text = self.text
        if not _LONE_SHAPE.fullmatch(word):
            return None  # (the scan's word is a capital and lower-case letters)
        lone = False
        at = text.find(word)
        while at >= 0:
            m = _lone_match_at(text, at)
            if m is not None and m.group(2) == word:
                if m.group(1) in _PLACE_ONLY_LOCATIVES and not text.startswith(
                        ("'s", "’s"), m.end(2)):
                    return None  # a place somewhere: no lone word
                if m.group(1) not in lx.DETERMINERS and m.group(1) not in _LOCATIVES and (
                        m.group(3) or "").removesuffix("s") not in lx.SPEAKER_NOUNS:
                    lone = True
            at = text.find(word, at + 1)
        return {before for at in _occurrences(text, word)
                if (before := _capital_before(text, at, word))} if lone else None

    def titles_in(self, toks: list[Token]) -> None:
        """Note every title written before a name in a sentence ("Judge Richard Berman",
        "Sen. Ted Cruz"), wherever it stands in the article (see :attr:`titled`)."""
        n = len(toks)
        self.common.update([t.low for t in toks if t.kind == "w" and t.text[:1].islower()])
        self.run_ends.update([fold(b.text.removesuffix("’s").removesuffix("'s"))
                              for a, b in pairwise(toks)
                              if a.cap and b.cap and a.end < b.start
                              and a.low not in lx.DETERMINERS
                              and a.low not in lx.SENTENCE_OPENERS])
        for k in [m for m, t in enumerate(toks) if t.low in lx.TITLE_WORDS]:
            tok = toks[k]
            if tok.kind != "w" or not tok.text[:1].isupper():
                continue
            if tok.low in PAST_MARKERS or (k and toks[k - 1].low in PAST_MARKERS):
                continue  # "former President Bill Clinton" is not "the president"
            self._title_run(toks, k)
            j = k + 1
            while j < n and _is_cap(toks[j]) and toks[j].low not in lx.TITLE_WORDS:
                j += 1
                if toks[j - 1].low.endswith(("’s", "'s")):
                    break
            if j == k + 1:
                continue
            name = " ".join(t.text.removesuffix("’s").removesuffix("'s") for t in toks[k + 1 : j])
            self._note_titled(title_key(tok.low), name)
            r = k
            while r > 0 and toks[r - 1].cap and toks[r - 1].low in lx.TITLE_WORDS:
                r -= 1
            for role in (_multiword_offices(toks[r : k + 1]) if r < k else ()):
                self._note_titled(role, name)  # ("Secretary General X": two title words)
        self._apposed_titles(toks)
        self._posts_before_names(toks)

    def _posts_before_names(self, toks: list[Token]) -> None:
        """Note a post written right before a person's full name ("said
        spokeswoman Jane Roe", "Police commissioner Charles Ramsey says", "senior coroner Dr
        James Adeley", "owner Nate Edwards said") under :attr:`named_posts`, wherever it stands
        in the article, with the capitalised words that qualify the post ("Police"). News
        writes "the commissioner", "the coroner", "the club owner" for that person before or
        after (:meth:`_named_post`). Only the posts of :data:`NAMED_POSTS`, not after a past
        marker ("former spokesman"), and a run of two to four capitalised words shaped like
        a person's name (no body's word, no acronym; "Nate" is in no lexicon)."""
        n = len(toks)
        # (the post words alone are looked at: a scan of the sentence in C, speed)
        for k in [m for m, t in enumerate(toks[: n - 2]) if t.low in _POST_WORDS]:
            tok = toks[k]
            post = _POST_ABBREVIATIONS.get(tok.low, tok.low)
            if tok.kind != "w" or post not in NAMED_POSTS:
                continue  # (in either case: "Harris County Sheriff Adrian Garcia", "Lt. Lee
                # Horton", which no other note gives "the sheriff", "the lieutenant")
            if k and toks[k - 1].low in PAST_MARKERS:
                continue
            b = k + 1
            while b < n and toks[b].low in _HONORIFICS:
                b += 1  # ("senior coroner Dr James Adeley")
            e = b
            while e < n and _is_cap(toks[e]) and e - b < MAX_FULL_FORM and \
                    toks[e].low not in lx.TITLE_WORDS:
                e += 1
                if toks[e - 1].low.endswith(("’s", "'s")):
                    e = b  # ("owner Nate Edwards's club": no holder noted)
                    break
            if e - b < MIN_FULL_FORM or (e < n and _is_cap(toks[e])):
                continue
            run = toks[b:e]
            if _org_like(run) or not all(_name_word_like(w.low) and not w.text.isupper()
                                         for w in run):
                continue  # a name's shape, not a body's ("spokesman Police Department")
            text = " ".join(t.text for t in run)
            m = k
            while m > 0 and k - m < MAX_TITLE_RUN and _is_cap(toks[m - 1]) and \
                    toks[m - 1].low not in lx.DETERMINERS:
                m -= 1
            quals = frozenset(qualifiers(toks[m:k]))
            if m == k and k and _post_modifier(toks[k - 1]):
                quals |= {toks[k - 1].low}  # ("pub owner John Russell Houser": of a pub)
            holders = self.named_posts.setdefault(post, {})
            key = surname(text)
            if len(text) > len(holders.get(key, ("", frozenset()))[0]):
                holders[key] = (text, quals)

    def _named_post(self, role: str, words: list[Token], want: set[str],
                    gender: str) -> Person | None:
        """The one person the article names with the post ``role`` written before their name
        (:attr:`named_posts`), for a definite description of that post ("the commissioner",
        "the club owner"): never when the article names two, when the description is someone
        else's ("the hospital's director") or a former holder's, when the holder's qualifiers
        contradict the description's or lack them ("the German Foreign Ministry spokesperson"
        is not "UN spokesperson Stephane Dujarric"), nor when an unnamed source of that kind
        spoke ("a spokesman said ... the spokesman added" stays unnamed)."""
        holders = self.named_posts.get(role, {})
        if len(holders) != 1 or role in self.unnamed or _staff_class(role) in self.unnamed or \
                any(w.low in PAST_MARKERS or w.low.endswith(("’s", "'s")) for w in words):
            return None
        name, quals = next(iter(holders.values()))
        mods = {w.low for w in words[1:-1] if _post_modifier(w)}
        if not want <= quals or (mods and quals - want and not mods & quals):
            return None  # (nor "the new owner" of a house for "pub owner John Russell
            # Houser": each post's own lower-case modifier, and they differ)
        person = self._person(name, None, gender or first_name_gender(name))
        person.roles.add(role)
        return person

    def _note_titled(self, role: str, name: str) -> None:
        """Note ``name`` as a holder of ``role`` anywhere in the article (:attr:`titled`)."""
        holders = self.titled.setdefault(role, {})
        key = surname(name)
        if len(name) > len(holders.get(key, "")):
            holders[key] = name

    def _apposed_titles(self, toks: list[Token]) -> None:
        """Note the roles the article gives a person in apposition, with the definite
        article: "the campaign chief, Paul Manafort," and "Steve Coll, the dean of the
        journalism school," (see :attr:`titled`). News often writes the role first ("Donald
        Trump's newly installed campaign chief has sought to assure ...", "A top aide to the
        governor said") and names its holder later: "the chief" is then that one person, as
        "the judge" is the one "Judge Berman". Only a definite role (a unique holder) and a
        name whose first name the lexicon knows are noted."""
        n = len(toks)
        for c in [m for m, t in enumerate(toks) if t.text == ","]:
            if c == 0 or c + 2 >= n:
                continue
            # "the ROLE, Name": lower-case words after "the", then the name after the comma
            b = c - 1
            while toks[c + 1].cap and b >= 0 and c - b <= MAX_APPOSED_ROLE_WORDS and \
                    toks[b].kind == "w" and not toks[b].cap and toks[b].low != "the":
                b -= 1
            if toks[c + 1].cap and b >= 0 and b < c - 1 and toks[b].low == "the":
                e = c + 1
                while e < n and _is_cap(toks[e]):
                    e += 1
                if e == n or toks[e].low in _APPOSED_NAME_ENDS:
                    self._apposed_title(toks[c - 1].low, toks[c + 1 : e])
            # "Name, the ROLE of ...": the name before the comma, the role after "the"
            if toks[c - 1].cap and toks[c + 1].low == "the":
                e = c + 2
                while e < n and e - c - 2 < MAX_APPOSED_ROLE_WORDS and toks[e].kind == "w" \
                        and not toks[e].cap and toks[e].low not in _APPOSED_ROLE_ENDS:
                    e += 1
                b = c
                while b > 0 and _is_cap(toks[b - 1]):
                    b -= 1
                if e > c + 2 and (e == n or toks[e].low in _APPOSED_ROLE_ENDS) and (
                        b == 0 or not toks[b - 1].cap):
                    self._apposed_title(toks[e - 1].low, toks[b:c])
            # "Name, Monmouth County acting prosecutor.", "Name, owner of the bar,": a post
            # apposed without an article (desc24), only of NAMED_POSTS, its words capitalised
            # qualifiers or modifiers (no cue: "against Jones, said the prosecutor")
            if toks[c - 1].cap and toks[c + 1].kind == "w":
                e = c + 1
                while e < n and e - c - 1 < MAX_APPOSED_ROLE_WORDS and (
                        _is_cap(toks[e]) or _post_modifier(toks[e])):
                    e += 1
                b = c
                while b > 0 and _is_cap(toks[b - 1]):
                    b -= 1
                if e > c + 1 and (e == n or toks[e].low in _APPOSED_ROLE_ENDS) and \
                        toks[e - 1].low in NAMED_POSTS and (b == 0 or not toks[b - 1].cap):
                    self._apposed_title(toks[e - 1].low, toks[b:c])

    def _apposed_title(self, head: str, name: list[Token]) -> None:
        """Note ``name`` (a run of capitalised tokens) as the holder of the role ``head``
        when it is a person's role (an office, a title or an epithet) and a person's full
        name."""
        role = title_key(head)
        titled = role in TITLE_HEADS or role in EPITHET_HEADS or role in lx.TITLE_WORDS
        post = role in NAMED_POSTS and not titled
        if len(name) < MIN_FULL_FORM or not (titled or post):
            return  # (a person's role: not "the book, Mitchell Zuckoff's account")
        if any(t.low.endswith(("’s", "'s")) for t in name):
            return
        name = name_tokens(name)  # ("House Speaker Paul Ryan, the convention chair,")
        text = " ".join(t.text for t in name)
        if len(name) >= MIN_FULL_FORM and first_name_gender(text):
            if post:  # "Tom Lee, the store's owner," is "the owner" (desc24)
                holders = self.named_posts.setdefault(role, {})
                holders.setdefault(surname(text), (text, frozenset()))
            else:
                self._note_titled(role, text)

    def _title_run(self, toks: list[Token], k: int) -> None:
        """Note the capitalised words that qualify the title ``toks[k]`` before the name after
        it ("SAFA President Dr Danny Jordaan", "CNN President Jeff Zucker"), under
        :attr:`title_runs`."""
        m = k
        while m > 0 and k - m < MAX_TITLE_RUN and _is_cap(toks[m - 1]) and (
                toks[m - 1].low not in lx.DETERMINERS and toks[m - 1].low not in PAST_MARKERS
                and not toks[m - 1].low.endswith(("’s", "'s"))
                and toks[m - 1].end < toks[m].start):
            m -= 1
        if m == k or (m == 0 and toks[0].low in lx.SENTENCE_OPENERS):
            return  # a bare title ("President Trump") is :attr:`titled`'s
        j = k + 1
        while j < len(toks) and _is_cap(toks[j]) and (
                toks[j].low in _HONORIFICS or toks[j].low in lx.TITLE_WORDS):
            j += 1  # ("Dr Danny Jordaan")
        e = j
        while e < len(toks) and _is_cap(toks[e]) and not toks[e - 1].low.endswith(("’s", "'s")):
            e += 1
        name = toks[j:e]
        if len(name) >= MIN_FULL_FORM and not _org_like(name):
            self.title_runs[fold(span_text(toks[m : k + 1]))] = span_text(name)

    # --- the people ----------------------------------------------------------------------

    def _person(self, name: str, official: Official | None, gender: str,
                kind: str = "person") -> Person:
        # officials and written names are kept apart: the official "trump" is not the
        # headline's bare "Trump" (a person who may become "Ivanka Trump" later)
        key = OFFICIAL_KEY + official.id if official else fold(name)
        person = self.people.get(key)
        if person is None and not official and kind == "person":
            person = self._same_person(name, gender)
        if person is None and not official and kind == "person" and len(name.split()) == 1:
            fuller = self.full_forms.get(surname(name))
            if fuller is not None and _country_not_name(fold(name), fuller, gender):
                fuller = None  # "Japan" is no short form of "Mainichi Japan"
            if fuller is not None and not (gender and first_name_gender(fuller) not in
                                           ("", gender)):
                name = fuller  # "Pate" after "Luther Stan Pate IV"
                person = self.people.get(fold(name))
        if person is None:
            person = Person(official.name if official else name,
                            official.id if official else None,
                            (official.gender if official else "") or gender, kind=kind)
            self.people[key] = person
            if person.name:
                self._index(person, official)
        elif not person.gender:
            person.gender = gender
        if person.name and person.name.isupper() and not official and not name.isupper() and (
                fold(name) == fold(person.name)):
            person.name = name  # "MOSCOW" of the dateline is "Moscow" once written so
        return person

    def _same_person(self, name: str, gender: str) -> Person | None:
        """An earlier person this name also names: 'Pate' then 'Luther Stan Pate IV' (the
        short form takes the full one), 'Luther' for 'Luther Stan Pate IV'."""
        parts = name.split()
        key = surname(name)
        if len(parts) == 2 and generation(name):
            # "Donald Jr." after "His son Donald Jr." was noted as Donald Trump Jr.: the
            # person of that given name and generation (name36)
            junior = next((p for p in self.people.values() if p.kind == "person" and p.name
                           and len(p.name.split()) > 2 and generation(p.name) == generation(name)
                           and fold(p.name.split()[0]) == fold(parts[0])), None)
            if junior is not None:
                return junior
        known = self.bare(key, gender) or (
            self.first_names.get(fold(parts[0])) if len(parts) == 1 and
            fold(parts[0]) not in COUNTRIES else None)  # (a country is no given name's
        # short form: "Israel said" after "Israel Katz" is the country)
        if known is None and len(parts) == 1:
            known = self._misspelt(key)  # "Giulini" after "Rudy Giuliani": a typo
        if len(parts) > 1:  # "Alan Grayson" after "Lolita Grayson": the namesake of that name
            known = next((p for p in self.namesakes.get(key, ()) if p.name and
                          fold(p.name.split()[0]) == fold(parts[0])), known)
        if known is not None and known.name and len(parts) > 1 and generation(name) and \
                generation(name) != generation(known.name):
            # "Trump Jr." after "Donald Trump" and "Donald Trump Jr.": the namesake of that
            # generation, named in full before (bare() gave the father)
            known = next((p for p in self.namesakes.get(key, ()) if p.kind == "person" and
                          p.name and generation(p.name) == generation(name)), known)
        if known is None or known.kind != "person" or not known.name:
            return None
        if gender and known.gender and gender != known.gender:
            return None  # "Bill Clinton" is not "Hillary Clinton"
        if len(parts) > 1 and generation(name) != generation(known.name):
            return None  # "Donald Trump Jr." is not "Donald Trump" (twentieth session)
        known_parts = known.name.split()
        if len(parts) > len(known_parts) and surname(known.name) == key and (
            len(known_parts) == 1 and not known.official
        ):
            known.name = name  # the fullest form the article gives
            self.people[fold(name)] = known
            self._index(known, None)
        elif len(parts) > 1 and len(known_parts) > 1 and fold(parts[0]) != fold(known_parts[0]) \
                and not fold(known.name).endswith(" " + fold(name)):
            return None  # two people with one surname ("Le Maire" is Bruno Le Maire, though)
        return known

    def _index(self, person: Person, official: Official | None) -> None:
        assert person.name is not None
        parts = [p for p in person.name.split() if fold(p) not in NAME_SUFFIXES]
        if person.kind == "person" and len(parts) > 1:
            key = surname(person.name)
            old = self.surnames.get(key)
            if old is not None and old is not person and old.kind == "person":
                holders = self.namesakes.setdefault(key, [old])
                if person not in holders:
                    holders.append(person)
            self.surnames[key] = person
            if article_stem(key):  # "Homsany" for "Mohamed al-Homsany"
                self.surnames.setdefault(article_stem(key), person)
            self.first_names.setdefault(fold(parts[0]), person)
            folded = [fold(p) for p in parts]
            if len(parts) >= MIN_INNER_NAME_WORDS and all(
                    _name_word_like(p) and p not in lx.NP_BOUNDARY for p in folded[1:]):
                # "Melba Acosta Febo": "Ms. Acosta" (fifteenth session); not a headline's
                # run of words ("Will Twitter Be Next")
                for inner in folded[1:-1]:
                    if len(inner) > 1 and inner not in NAME_PARTICLES:
                        self.inner_names.setdefault(inner, person)
        if official:
            for alias in official.aliases:
                self.surnames.setdefault(fold(alias), person)

    def bare(self, key: str, gender: str = "") -> Person | None:
        """The person a bare surname (folded ``key``) names: of several namesakes, the one the
        article has named most so far (the first on a tie: the story's figure is introduced
        first, a relative or namesake later, "his wife, Jane Sanders"), of ``gender`` if
        given ("Ms. Trump" is not Donald Trump)."""
        holders = self.namesakes.get(key)
        if not holders:
            known = self.surnames.get(key)
            if known is not None and known.official and gender and known.gender and \
                    known.gender != gender:
                return None  # the registry's gender is sure; a first name's is a guess
            # ("Ms. Epstein" is "Lee Epstein", "Mr. Graham" "Lindsey Graham")
            return _unless_country(key, known, gender)
        fitting = [p for p in holders if not (gender and p.gender and p.gender != gender)]
        return _unless_country(key, max(fitting or holders, key=lambda p: p.seen), gender)

    def animate(self, person: Person) -> bool:
        """Can ``person`` be "he" or "she"? Not a country or a capital ("Ukraine", "North
        Korea", "Washington"). A person of known gender, a tracked official, a holder of a
        title, or a name of two words can; one word of unknown gender only when it may be a
        surname: not a number ("35"), a word the article also writes in lower case ("Aides
        said", "Cost estimates"), a speaker's noun, an opener, determiner or day ("Along",
        "Another", "Thursday"), a US state or Canadian province, a people ("Ethiopians") or a
        family ("the Clintons"), or a nationality's plural ("Germans")."""
        if person.unnamed:
            return True  # a person by their noun, whatever the words after it ("A woman who
            # lives across the street"; pron24)
        if id(person) in self.called_it:
            return False  # "the Missing Families Forum said it believed ...": no one's "he"
        if person.gender or person.official or not person.name or any(
                office_of(r) in TITLE_HEADS for r in person.roles):  # "Judge Berman"
            # (a speaker's noun in the phrase is no title: "People close to ..."), and a
            # place is no one whatever its first word ("Lee County") (round 13)
            return bool(person.official) or not person.name or \
                person.name.rsplit(" ", 1)[-1].lower() not in _PLACE_NAME_HEADS
        if fold(person.name) in COUNTRIES or fold(person.name) in CAPITALS or \
                fold(person.name).replace(" ", "-") in STATE_NAMES:  # "South Carolina"
            return False  # "Ukraine", "Washington": a place speaks for its government
        words = person.name.split()
        if len(words) > 1:  # not a place: "Atlantic City", "Lee County" (round 13)
            return words[-1].lower() not in _PLACE_NAME_HEADS
        word = words[0]
        low = fold(word)
        return not (any(c.isdigit() for c in word) or low in self.common
                    or low in lx.SENTENCE_OPENERS or low in lx.DETERMINERS
                    or low in lx.SPEAKER_NOUNS or low in lx.TIME_WORDS or low in REGIONS
                    or low.endswith(_PEOPLE_ENDINGS)
                    or low.removesuffix("s") in lx.NP_MODIFIERS  # "Germans" (round 13)
                    or (low.endswith("s") and low[:-1] in self.surnames))

    def _name_gender(self, name: str) -> str:
        """:func:`name_gender`, except for one word the lexicon knows as a first name that
        ends full names in the article whose first names give another gender: a surname,
        of unknown gender ("Clinton: Trump's view is wrong; ... she attacks" with "Hillary
        Clinton" written after; "Warren" after "Elizabeth Warren") (round 13). Nor is a
        given name the surname of a person named in full whose first name gives no gender
        ("Ray Kelly ... Kelly said", "Verlicia Shannon ... Shannon said"): the surname does not
        tell (else "Kelly said" made Ray Kelly a woman, and "he" found no one)."""
        gender = name_gender(name)
        if " " not in name and gender:
            key = fold(_unpossessed(name))
            genders = self.surname_genders().get(key)
            if genders and first_name_gender(name) not in genders:
                return ""  # (both guesses: "Lindsey Graham" makes "Graham" no woman)
            if not genders and self._ungendered_full_name(key):
                return ""
        return gender

    def _ungendered_full_name(self, key: str) -> bool:
        """Does the article give a full name ending in the surname ``key`` (a person's,
        or the longest run of capitals, :attr:`full_forms`) whose first name gives no
        gender ("Ray Kelly", "Verlicia Shannon")?"""
        known = self.surnames.get(key)
        if known is not None and known.kind == "person" and not known.official and \
                known.name and " " in known.name:
            full, gender = known.name, known.gender
        else:
            full = self.full_forms.get(key, "")
            gender = name_gender(full) if full else ""
        return " " in full and surname(full) == key and not gender

    def given_surname(self, word: str) -> bool:
        """Does the article write the capitalised ``word`` after a given name either lexicon
        knows ("Theresa May", "Rex Early", "Helen Weeks")? Then it is a surname here, and a
        speaker on second reference ("May said", "“Q,” Early said"), though the rules read
        the word alone as a time or an adverb, no one (asked of those words only; cached)."""
        if word not in self._given_surnames:
            self._given_surnames[word] = word[:1].isupper() and any(
                word in followers and (first_name_gender(first + " x")
                                       or given_name_gender(first))
                for first, followers in self.followers().items())
        return self._given_surnames[word]

    def surname_genders(self) -> dict[str, set[str]]:
        """Folded last word of each pair of capitalised words of the whole text -> the
        genders its first words give ("Hillary Clinton" gives "clinton": {"f"}; "Mrs
        Clinton" too), worked out on first use."""
        if self._surname_genders is None:
            self._surname_genders = {}
            for first, followers in self.followers().items():
                gender = lx.HONORIFIC_GENDER.get(first.lower()) or name_gender(first + " x")
                if gender:
                    for last in followers:
                        self._surname_genders.setdefault(fold(last), set()).add(gender)
        return self._surname_genders

    def label_only(self, person: Person) -> bool:
        """Is ``person`` only a headline label ("Breaking: ...", "Wow: ...", "The Latest:
        ...")? One capitalised word of unknown gender that is no tracked official, no acronym,
        and ends no full name anywhere in the article."""
        if person.official or person.gender or person.kind != "person" or not person.name:
            return False
        words = person.name.split()
        return len(words) == 1 and not person.name.isupper() and \
            fold(person.name) not in self.run_ends

    def note(self, unit: int, offset: int, person: Person, rank: int) -> None:
        """Note ``person`` at character ``offset`` in sentence ``unit`` with a role rank."""
        self.recent.append((unit, offset, person, rank))
        person.seen += 1

    def mention(self, unit: int, official: Official, is_subject: bool = False,
                offset: int = -1, toks: Sequence[Token] = ()) -> None:
        """Note that ``official`` is named (not necessarily speaking) in sentence ``unit``
        (of tokens ``toks``, if given); ``is_subject`` when the name opens the sentence (its
        likely subject)."""
        person = self._person(official.name, official, official.gender)
        person.quals |= _party_before(toks, offset)
        self.note(unit, offset, person, SUBJECT if is_subject else MENTION)


    def spoke(self, unit: int, person: Person, offset: int = -1, members: bool = True) -> None:
        """Note that ``person`` is the speaker of a cue in sentence ``unit`` (a group's
        members too: "Peskov and Zakharova criticised the plan. She called it ..., while he
        said ..." finds each by gender). Not the members of a group a "they" stood for
        (``members`` false): "... the reactions of Putin and Trump. They both know C, he
        explained" is the analyst, not Trump (twenty-second session)."""
        self.note(unit, offset, person, SPEAKER)
        person.spoke = True
        if person.kind == "person" and not person.gender and not person.official and \
                self._says_it_at(unit, offset):
            self.called_it.add(id(person))  # "the Missing Families Forum said it believed"
        for member in person.members if members else ():
            self.note(unit, offset, member, SPEAKER)
        if person.kind == "described" and person.name:
            # "A young man who asked not to be identified said C. He said": the one person a
            # relative "who" stood for speaks on, as an unnamed speaker does (pron24)
            unnamed = _unnamed_person(person.name.split())
            toks, at = self._token_at(unit, offset)
            if unnamed is not None and not (at is not None and _apposed_name_ahead(toks, at)):
                self.note(unit, offset, unnamed, SPEAKER)

    def speaks_on(self, unit: int, offset: int, person: Person | None) -> None:
        """Note ``person`` in sentence ``unit`` too, where a quote of theirs with no tag of
        its own goes on at ``offset`` ("“Q1,” Tobias said. “Q2.”"): the one still speaking
        when the quote ends, for the next "he said" (pron30: a man the sentences after named
        in passing was nearer than the tag two sentences up). As the sentence's subject, not
        its speaker: a speaker's rank there outweighed the subject of the sentence after
        that the rules did not take for one ("Then a student, Ms. Olivieri found ..., she
        said" was the woman quoted before her)."""
        if person is not None:
            self.note(unit, offset, person, SUBJECT)

    def reported_within(self, unit: int, offset: int, person: Person) -> None:
        """``person``, noted as the speaker of a cue at ``offset`` of sentence ``unit``, only
        acts inside another speaker's words ("Putin has backed the projects, Deputy Prime
        Minister Marat Khusnullin said"): the sentence's subject, not its speaker, for the
        "he" and the titles that follow (twenty-third session: "“Q,” he said" after that
        sentence was Putin)."""
        self.recent = [(u, at, p, SUBJECT if (u == unit and at == offset and p is person
                                              and rank == SPEAKER) else rank)
                       for u, at, p, rank in self.recent]

    def described_body(self, unit: int, toks: list[Token], phrase: Phrase) -> None:
        """Note a described organisation that spoke ("Russia's foreign ministry said", "the
        defence ministry said") as one, under its description, so that a later "it said" is
        that body; the statement keeps the description as its speaker."""
        words = [t for t in toks[phrase.i : phrase.core_end] if t.kind == "w"]
        if len(words) >= 2 and words[-1].low in THING_HEADS and not _is_cap(words[-1]) and (
                words[0].low in {"the", "this", "that"}
                or any(w.low.endswith(("’s", "'s")) for w in words[:-1])):
            # "“Q,” the email read. It stated that C": the document speaks on (sixteenth
            # session), as a body does below
            self.note(unit, phrase.start, Person(span_text(words), kind="thing"), SPEAKER)
            return
        if len(words) < 2 or words[-1].low not in _SPEAKING_BODIES | _IT_SPEAKING_BODIES or (
                _is_cap(words[-1])):
            return
        if words[0].low == "the" or any(w.low.endswith(("’s", "'s")) for w in words[:-1]):
            # ("Northwest Territories Premier R.J. Simpson's office says ... It says")
            # (not kept among the article's names: "the ministry" is still resolved as a
            # description, by the rules for descriptions)
            self.note(unit, phrase.start, Person(span_text(words), kind="body"), SPEAKER)

    def unnamed_source(self, unit: int, toks: list[Token], phrase: Phrase) -> None:
        """Note the epithet of an unnamed person who spoke ("a senior official said", "one
        diplomat told", "the prime minister’s spokesman said"), so that a later "the
        official" stays that described source, reported by its first description (see
        :meth:`_unnamed_again`)."""
        words = [t for t in toks[phrase.i : phrase.core_end] if t.kind == "w"]
        whole = [t for t in toks[phrase.i : phrase.j] if t.kind == "w"]
        anonymous = _anonymous_head(whole)
        if anonymous is not None:  # "a person familiar with the matter said ... the person
            # said": that source, as first described (round 36)
            self.unnamed_said.setdefault(anonymous, []).append(
                (unit, span_text(whole), set(), ""))
        self.described_document(unit, toks, phrase)
        if len(words) >= 2 and (words[0].low in _INDEFINITES or any(
                w.low.endswith(("’s", "'s")) for w in words[:-1])):
            # (also someone's: "the prime minister’s spokesman said ... the spokesman said")
            cut = next((k for k, w in enumerate(words) if k > 1 and (
                w.low in _POST_LINKS or w.low == "in")), len(words))  # "An aide to the
            # president", "A spokesperson for X", "A source in the Ukrainian delegation"
            head = title_key(_title_head(words[:cut]))
            if head in EPITHET_HEADS:
                self.unnamed.update((head, _staff_class(head)))
                self.unnamed_said.setdefault(_staff_class(head), []).append(
                    (unit, span_text(words), qualifiers(words[:cut]), _words_nation(words)))

    def described_document(self, unit: int, toks: list[Token], phrase: Phrase) -> None:
        """Note a document described, not named, that spoke ("a new joint study from the
        ILO found", "..., according to a new study"): a later "the report" is it (round
        36)."""
        whole = [t for t in toks[phrase.i : phrase.j] if t.kind == "w"]
        if _described_document(whole) is not None:
            self.unnamed_said.setdefault(DOCUMENT_CLASS, []).append(
                (unit, span_text(whole), set(), ""))

    def _unnamed_again(self, role: str, unit: int, want: set[str],
                       nation: str = "", reach: int = 0) -> Person | None:
        """'A senior Ukrainian official said ... The official added': the unnamed source
        described before (within :data:`UNNAMED_AGAIN_UNITS`, of the same head or, for a
        spokesperson, an aide, an adviser, of that class), as that description (round 16;
        the news sets label it so)."""
        for said_at, described, have, of in reversed(
                self.unnamed_said.get(_staff_class(role), [])):
            if unit - said_at > (reach or UNNAMED_AGAIN_UNITS):
                return None
            if not quals_conflict(want, have) and not (nation and of and nation != of):
                # ("A senior U.S. official said ... A Ukrainian official said ... The U.S.
                # official added": the U.S. one; nineteenth session)
                return Person(described, kind="described")
        return None

    def unnamed_speaker(self, unit: int, toks: list[Token], phrase: Phrase,
                        self_gender: str = "") -> None:
        """Note an unnamed person who spoke ("A senior official said", "One California
        delegate said", "One of the men said") as a person under that description, so that
        "he said" in the next sentences is them, not the last named man: anonymous sources
        speak on, and giving their words to the article's figure is the worst error a monitor
        of officials can make (fifteenth session). Gender from the head noun when it has one
        ("a spokeswoman"), else unknown (a speaker of unknown gender may be "he").
        ``self_gender``: the gender of the "he" or "she" that opens what they said, which is
        them ("An NBC4 viewer said she lives next door": a woman, and a person whatever the
        head noun; twenty-ninth session)."""
        words = [t for t in toks[phrase.i : phrase.core_end] if t.kind == "w"]
        if len(words) < 2:
            return
        if words[0].low in _INDEFINITES:
            # the head is the noun before the phrase's post-modifier: "A woman in a nearby hair
            # salon", "a man who heard the shooting" are a woman and a man (pron24)
            cut = next((k for k, w in enumerate(words) if k > 1 and (
                w.low in _POST_LINKS or w.low in _POST_MODIFIERS)), len(words))
        else:
            cut = len(words)
        if cut > MAX_UNNAMED_SPEAKER_WORDS:
            return
        if words[0].low not in _INDEFINITES:
            # someone's staff ("Zelenskiy's spokesman said ..., but he said", "his aide
            # said"): the staffer speaks on, not the one whose staff they are (nineteenth
            # session)
            lay = _clause_initial(toks, phrase.i) and not _apposed_name_ahead(
                toks, phrase.core_end - 1, 1)  # (pron24: not "was his cousin joking", "his
            # sister, Nahla, says": a lay speaker opens its clause, and no name follows)
            if (words[-1].low in _STAFF_SPEAKERS or (lay and (
                    words[-1].low in _KIN_NOUNS or words[-1].low in _KIN_SPEAKERS))) and any(
                    w.low.endswith(("’s", "'s")) or w.low in _OWNER_GENDER
                    for w in words[:-1]):
                # (and someone's kin: "Lily's aunt tells KSNT News ... She says" is the aunt,
                # not a woman named paragraphs up; pron24)
                self.note(unit, phrase.start, Person(span_text(words), gender=lx.ROLE_GENDER.get(
                    words[-1].low, ""), spoke=True, unnamed=True), SPEAKER)
            elif lay and words[0].low == "the" and len(words) <= MAX_LAY_DESCRIPTION_WORDS and (
                    _lay_head(words[-1].low) or words[-1].low.endswith("-year-old")) and not (
                    any(w.text[:1].isupper() for w in words[1:])):  # (a number is no name)
                # "said the 911 caller. She said": one unnamed person no title stands for
                # (the phrase resolved to no one), who speaks on; the one brought in before
                # by that noun if any ("A man who said he is a relative ... said the man"),
                # as a definite description refers back (pron24)
                earlier = self._unnamed_by_head(words[-1].low, unit)
                self.note(unit, phrase.start, earlier or Person(
                    span_text(words), gender=lx.ROLE_GENDER.get(words[-1].low, ""), spoke=True,
                    unnamed=True), SPEAKER)
            return  # (called only for a phrase that resolved to no one: "a Trump aide" too)
        head = words[cut - 1].low  # ("A spokesman for Zelenskiy": a spokesman)
        if words[1].low == "of" and len(words) >= 3:  # "One of the men": one of them
            head = head.removesuffix("es") if head.endswith("men") else head.removesuffix("s")
            head = "man" if head == "men" else "woman" if head == "women" else head
        if head in _PERSON_NOUNS or head in EPITHET_HEADS:
            self_gender = ""  # ("A representative said she never recovered": those who
            # speak for others speak of them; a lay witness or victim of themselves)
        if not _person_head(head) and not self_gender:
            return
        described = Person(span_text(words), gender=lx.ROLE_GENDER.get(head, "") or self_gender,
                           spoke=True, unnamed=True)
        self.note(unit, phrase.start, described, SPEAKER)

    def described_people(self, unit: int, toks: list[Token], phrase: Phrase) -> None:
        """Note unnamed people who spoke ("Cleveland police said", "Investigators said",
        "officials told reporters") under their description, so that "they said" in the next
        sentences is them when the text named no group of people since."""
        words = [t for t in toks[phrase.i : phrase.core_end] if t.kind == "w"]
        near = next((m for m, w in enumerate(words) if m and w.low in FAMILIAR), len(words))
        if words and (words[near - 1].low in SPEAKING_PEOPLE or (
                near < len(words) and words[near - 1].low in _FAMILIAR_PEOPLE)
                or _plural_people_head(words)):
            # ("People familiar with the matter said ... They said": those people;
            # nineteenth session)
            self.note(unit, phrase.start, Person(span_text(words), kind="people"), SPEAKER)

    def names_in(self, unit: int, toks: list[Token], skip: Callable[[int], bool]) -> None:
        """Note the people and organisations a sentence names outside quotes, with a subject
        rank for a sentence opener; ``skip(offset)`` is true inside a tracked official's name
        (:meth:`mention` notes those)."""
        self.units.append(toks)
        if self.pending:  # an acronym spoke already: does this sentence spell it out?
            self._scan_acronyms()
        self._titles_in(unit, toks)
        k = 0
        n = len(toks)
        group: list[Person] = []
        subject_seen = False  # a name before this one in the sentence
        chain: list[Person] = []  # "Trump, Carson and Fiorina": names listed one after another
        chain_end = 0
        dateline = dateline_end(toks) if unit <= MAX_DATELINE_UNIT else 0
        for at in [m for m, t in enumerate(toks) if t.cap]:  # where a name may start
            if at < k or at < dateline:
                continue  # inside the name before, or the dateline ("MOSCOW (Reuters) -")
            if toks[at].low in lx.WEEKDAYS and at + 1 < n and toks[at + 1].cap:
                continue  # "Early Tuesday Curtis Hollinger, 15, was arrested": a date before
                # a name is no part of it (round 34; "Friday said" alone may be a surname)
            k = at
            j = k
            while j < n and toks[j].cap and not skip(toks[j].start) and not (
                    _dated_name_end(toks, k, j)):
                j += 1
                if toks[j - 1].low.endswith(("’s", "'s")):
                    break  # "Trump’s campaign": the name ends at the possessive
            if _photo_credit(toks, k, j):
                k = j  # "(Christopher Pike/Bloomberg via Getty Images) But he asserted":
                continue  # the photographer is no one the text speaks of (scanpron)
            if j == k:  # a tracked official's name (:meth:`mention` noted it): in a list too
                official = next((p for u, at, p, _ in reversed(self.recent[-MAX_LIST_LOOK:])
                                 if u == unit and at == toks[k].start), None)
                m = k
                while m < n and _is_cap(toks[m]) and skip(toks[m].start):
                    m += 1
                if official is not None and official.kind == "person" and m > k:
                    self._described(toks, k, m, official)  # "named Dan Driscoll as its envoy"
                    if (not subject_seen and (after_intro(toks, k)
                                              or _apposed_subject(toks, k, m))) or (
                            _coordinated_subject(toks, k, m) or _subordinate_subject(toks, k, m)):
                        # ("One negotiator, Andriy Yermak, arrived": the subject, described)
                        self.note(unit, toks[k].start, official, SUBJECT)
                    elif _asked(toks, k, m):
                        # a tracked official asked answers next, as a written name does:
                        # "Hannity asked Trump how high the wall would be. “Q,” he told
                        # Hannity" is Trump (round 13)
                        self.note(unit, toks[k].start, official, ADDRESSEE)
                    subject_seen = True
                    chain = self._chained(toks, unit, chain, chain_end, k, official, group)
                    chain_end = m
                k = max(m, k + 1)
                continue
            if j + 1 < n and toks[j].kind == "q" and _NICKNAME.fullmatch(toks[j].text) and (
                    toks[j + 1].cap and not toks[j - 1].low.endswith(("’s", "'s"))):
                # 'Casandra "Cassie" Ventura': the nickname is no part of the name (round 13)
                e = j + 1
                while e < n and toks[e].cap and not skip(toks[e].start):
                    e += 1
                    if toks[e - 1].low.endswith(("’s", "'s")):
                        break
                joined = [*toks[:j], *toks[j + 1 :]]
                self._full_form(joined[k : e - 1])
                person = self._name_run(joined, k, e - 1)
                given = first_name_gender(toks[j - 1].text + " x")
                if person is not None and person.kind == "person" and given and \
                        not person.official:
                    person.gender = given  # the word before a nickname is the first name
                    # ('Marine John “Tig” Tiegen' is a man, whatever "Marine" is)
                j = e
            else:
                self._full_form(toks[k:j])
                person = self._linked_org(toks, k, j)
                if person is not None:  # "the Illinois Board of Elections": the whole name
                    j = _linked_end(toks, j)
                else:
                    person = self._kin_named(toks, k, j, unit) or self._name_run(toks, k, j)
                if person is None and j - k <= MAX_KIND_NAME_WORDS and _org_kind(toks, k, j):
                    # "the oil giant Exxon Mobil", "Alphabet, the parent company of Google,": the
                    # article's kind word makes a name it knows no other way an organisation's
                    org = org_run(toks[k:j], j - k)
                    if org and not any(w.low in lx.TITLE_WORDS for w in org):
                        text = span_text(org).removesuffix("’s").removesuffix("'s")
                        person = self._person(text, None, "", kind="org")
            if person is not None and person.kind == "person" and not person.gender and \
                    not person.official and _says_it(toks, j):
                self.called_it.add(id(person))  # "the Missing Families Forum said it believed"
            if person is not None and person.kind == "org":
                _org_described(toks, k, j, person)
            if person is not None and person.kind == "person":
                self._described(toks, k, j, person)
                self._note_age(toks, k, j, person)
                chain = self._chained(toks, unit, chain, chain_end, k, person, group)
                chain_end = j
            if person is not None:
                # "As for Carson's mangling of 'Hamas,' Levine found ...": a name right after
                # a preposition is inside the opening phrase; the subject comes after its comma
                in_phrase = k > 0 and toks[k - 1].low in _PREPOSITIONS and person.kind == "person"
                # "Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio, ..., vouched": a title
                # with its place before it opens the subject as the title alone would
                lead = _place_before_title(toks, k) if k and toks[k].low in _TITLE_STARTS else k
                opening = k == 0 or (not in_phrase and all(
                    t.kind == "w" and t.low in lx.SENTENCE_OPENERS
                    for t in toks[:lead] if t.low != ",")) or (
                    not subject_seen and after_intro(toks, lead)) or (
                    k <= MAX_PRE_NAME_DESCRIPTION and all(t.kind == "w" for t in toks[:k])
                    and (toks[k - 1].low in lx.SPEAKER_NOUNS or title_key(toks[k - 1].low)
                         in TITLE_HEADS or toks[k - 1].low in lx.ROLE_GENDER
                         or (nounish(toks[k - 1].low) and toks[0].low in lx.DETERMINERS))
                    and not _is_cap(toks[k - 1]))
                # ("Republican pollster Whit Ayres is skeptical", "His grandmother Ebony Pugh
                # was at home": the subject, described; pron24 for the kin; "The Ethiopian
                # marathoner Feyisa Lilesa drew": a person's noun after a determiner, 25th)
                opening = opening or (person.kind == "person" and _apposed_subject(toks, k, j))
                if j < n and toks[j].kind == "w" and not _is_cap(toks[j]) and (
                        toks[j].low in ORG_HEADS or toks[j].low in lx.SPEAKER_NOUNS) and (
                        not toks[j - 1].low.endswith(("’s", "'s")) or _apposed_after(toks, j)):
                    opening = False  # "The Cruz campaign said": Cruz modifies the subject
                    # (a possessor stays salient, "Podliska's lawsuit demands ... He also",
                    # unless a name follows in apposition: "Sanders's campaign manager, Jeff
                    # Weaver, appeared")
                # an organisation inside an introductory phrase ("Since launching his White
                # House bid, Trump has ...") leaves the subject to come
                subject_seen = subject_seen or opening or (person.kind != "org"
                                                           and not in_phrase)
                # "aides say Ivanka Trump also advises ...": the subject of what is reported
                # ... and of any clause "that" opens ("the possibility that Mrs. Clinton, if
                # elected, might nominate Mr. Obama"): the one a later "she" goes on about
                reported = k >= 1 and person.kind == "person" and (
                    _speech_cue(toks[k - 1]) or _clause_subject(toks, k, j)
                    or _coordinated_subject(toks, k, j) or _subordinate_subject(toks, k, j))
                rank = SUBJECT if opening or reported or (
                    person.kind == "person" and _introduced(toks, k, j)) else MENTION
                if person.kind == "person" and _asked(toks, k, j):
                    rank = ADDRESSEE
                self.note(unit, toks[k].start, person, rank)
                if opening or (group and _conjoined(toks, k) and not toks[j - 1].low.endswith(
                        ("’s", "'s"))):
                    group.append(person)  # (not "Rahm Emanuel, the mayor of Chicago and Mr.
                    # Obama’s former chief of staff,": the possessor is no member; pron37)
            k = j
        first = toks[0].low if toks else ""
        if not subject_seen:
            self._unnamed_subject(unit, toks)
        if not subject_seen and (first == "the" or first in _INTRO_STARTS):
            self._title_subject(unit, toks)
        if first in _PEOPLE_STARTS:
            self._people_subject(unit, toks)
        people = [p for p in group if p.kind == "person"]
        self._listed(unit, chain, people, toks[chain_end - 1].end if chain else -1)
        if len(people) >= 2:
            self.note(unit, toks[0].start, self._team(people), SUBJECT)
        if toks and self._he_or_she_in(toks[0].start, toks[-1].end):
            # (most sentences have no "he" or "she" to scan tokens for)
            self._pronoun_gender(unit, toks)
            self._pronoun_topic(unit, toks)
            self._possessor_clause(unit, toks)

    def _unnamed_by_head(self, head: str, unit: int) -> Person | None:
        """The unnamed person noted within :data:`UNNAMED_AGAIN_UNITS` sentences before
        ``unit`` by a description whose head is ``head`` ("A man who said he is a relative"
        for "the man"), the latest first."""
        for u, _a, p, _r in reversed(self.recent):
            if unit - u > UNNAMED_AGAIN_UNITS:
                return None
            if p.unnamed and p.kind == "person" and p.name:
                words = [w.lower().strip(",.;:") for w in p.name.split()]
                m = _unnamed_head(words)
                if (words[m] if m is not None else words[-1]) == head:
                    return p
        return None

    def _token_at(self, unit: int, offset: int) -> tuple[list[Token], int | None]:
        """The tokens of sentence ``unit`` (none for a unit not seen) and the index of the
        one that starts at ``offset`` (None if none does)."""
        toks = self.units[unit] if 0 <= unit < len(self.units) else []
        return toks, next((m for m, t in enumerate(toks) if t.start == offset), None)

    def _says_it_at(self, unit: int, offset: int) -> bool:
        """Does the speaker whose phrase starts at ``offset`` of sentence ``unit`` say "it"
        of itself right after its name (:func:`_says_it`)?"""
        toks, at = self._token_at(unit, offset)
        if at is None:
            return False
        end = next((m for m in range(at + 1, min(len(toks), at + MAX_SAYS_IT_NAME + 1))
                    if toks[m].low in _SAID_IT_CUES or toks[m].low in {"has", "had"}), None)
        return end is not None and _says_it(toks, end)

    def _unnamed_subject(self, unit: int, toks: list[Token]) -> None:
        """Note the unnamed person an indefinite description opening the sentence brings in
        ("A woman who lives across the street, who asked not to be identified, described the
        family as ...", "One neighbor rushed to help") as its subject: an indefinite subject
        is a new figure the next sentences go on about, and a "she said" after it is hers,
        not a woman named paragraphs before (pron24). The description reaches to the first
        comma or cue (at most :data:`MAX_UNNAMED_SUBJECT_WORDS` words), else to its head."""
        k = 0
        while k < len(toks) and toks[k].low in _CLAUSE_LEADS:
            k += 1
        words = toks[k : k + MAX_UNNAMED_SUBJECT_WORDS + 1]
        m = _unnamed_head([t.low for t in words[:2 + MAX_UNNAMED_MODIFIERS]])
        if m is None or any(t.kind != "w" for t in words[: m + 1]) or any(
                _is_cap(t) for t in words[1 : m + 1]):
            return  # (not "A Trump aide": a name inside is read as a name)
        if m + 1 < len(words) and words[m + 1].low in _PASSIVE_BE:
            return  # "Another man was critically injured": a victim, talked about
        end = None
        if m + 1 < len(words) and (words[m + 1].low in _POST_MODIFIERS
                                   or words[m + 1].low in _POST_LINKS):
            # the post-modifier to the first comma or cue: "A woman who lives across the
            # street," (else the head alone: "One woman adopted from Iran")
            end = next((e for e in range(m + 2, len(words)) if words[e].low == "," or (
                words[e].low in lx.CUES) or words[e].kind == "q"), None)
        if _apposed_name_ahead(toks, k):
            return  # "One witness who had agreed to take part, Joshua Forshaw, said": the
            # name in apposition names them
        described = words[:end] if end is not None else words[: m + 1]
        self.note(unit, toks[k].start, Person(span_text(described), gender=lx.ROLE_GENDER.get(
            words[m].low, ""), unnamed=True), SUBJECT)

    def _he_or_she_in(self, a: int, b: int) -> bool:
        """``_HE_OR_SHE.search(self.text, a, b) is not None``, from one scan of the whole
        text instead of a search per sentence (speed23). The same answer: the matches are whole
        words, so they never overlap and the scan yields each one a search from ``a`` finds;
        their lookbehind sees the text before ``a`` either way; and a match ending before ``b``
        ends with the same word boundary. Only one ending at ``b`` could differ, the search
        taking ``b`` for the text's end: when a word character follows ``b`` (a sentence
        ending "he_"), the search is run as before."""
        text = self.text
        if b < len(text) and (text[b].isalnum() or text[b] == "_"):  # (what \w is)
            return _HE_OR_SHE.search(text, a, b) is not None
        if self._he_or_she is None:
            self._he_or_she = [m.span() for m in _HE_OR_SHE.finditer(text)]
        k = bisect_left(self._he_or_she, (a, -1))  # the first match from ``a`` on
        return k < len(self._he_or_she) and self._he_or_she[k][1] <= b

    def _pronoun_topic(self, unit: int, toks: list[Token]) -> None:
        """A sentence whose subject is "he" or "she" ("He had protested Trump", "But he leaves
        behind", "In 2008, he complained") goes on about the person the pronoun stands for:
        note them as this sentence's subject, so that a later pronoun ("... he warned") finds
        the topic the text kept up, not someone named in passing further back (a chain of
        pronouns keeps one referent: the centre of the discourse)."""
        k = _pronoun_subject(toks)
        if k is None or any(u == unit and r == SUBJECT and a < toks[k].start
                            for u, a, _p, r in self.recent[-MAX_LIST_LOOK:]):
            return
        person = self._pronoun(toks[k].low, unit, toks[k].start)
        if person is not None and person.kind == "person" and self._fresh(person, unit):
            self.note(unit, toks[k].start, person, SUBJECT)

    def _possessor_clause(self, unit: int, toks: list[Token]) -> None:
        """ "Trump's announcement that he was ordering ...": "he" or "she" opening the content
        of a noun of one's own saying or mind (:data:`_OWN_WORD_NOUNS`) possessed by a
        person is that person, who is then the subject of the clause the pronoun opens:
        a later "which he said" of the sentence, and the next "He said", are theirs, not
        the speaker of a sentence before (pron24: the pronoun's own sentence named its
        referent only as a possessor, a mention, and the speaker two sentences up won)."""
        for k in _possessor_pronouns(toks):
            gender = lx.PRONOUNS.get(toks[k].low, "")
            possessive = toks[k - 3] if toks[k - 3].low.endswith(("’s", "'s")) else toks[k - 4]
            owner = next((p for u, a, p, _r in reversed(self.recent[-MAX_LIST_LOOK:])
                          if u == unit and a <= possessive.start), None)
            if owner is None or owner.kind != "person" or not owner.name or (
                    owner.gender and owner.gender != gender) or not self.animate(owner):
                continue
            if any(u == unit and possessive.start < a < toks[k].start and p is not owner
                   and p.kind == "person"
                   for u, a, p, _r in self.recent[-MAX_LIST_LOOK:]):
                continue  # (someone named between them)
            self.note(unit, toks[k].start, owner, SUBJECT)

    def _fresh(self, person: Person, unit: int) -> bool:
        """Was ``person`` noted within :data:`TOPIC_LOOKBACK_UNITS` sentences before ``unit``?"""
        for u, _a, p, _r in reversed(self.recent):
            if unit - u > TOPIC_LOOKBACK_UNITS:
                return False
            if p is person:
                return True
        return False

    def _pronoun_gender(self, unit: int, toks: list[Token]) -> None:
        """'One voter, Guadalupe Potocacetpl, 35, showed up ... He had protested': a sentence
        that opens with "he" or "she" right after one whose subject is the only person it
        named gives that person the pronoun's gender when the lexicon did not (round 16), so
        that a later "he said" is them and not a man named before. So does a "he" or "she"
        opening a later clause of the subject's own sentence, no one else named before it
        ("Obama departs the UK for Germany today, where he will be greeted")."""
        if toks and toks[0].low in _SUBJECT_PRONOUNS:
            self._subject_gender(unit - 1, -1, toks[0].low, (unit, toks[0].start))
        k = _clause_pronoun(toks)
        if k is not None:
            self._subject_gender(unit, toks[k].start, toks[k].low)
            return
        k = _reported_pronoun(toks)
        if k is not None and not self._gendered_word_in(unit, _OTHER_GENDER[toks[k].low]):
            # "Kortney Moore, 18, said she was in a writing class": a named speaker's
            # reported clause opened by "she" without "that" is about herself, unless the
            # sentence speaks of someone of the other gender too ("Corfman claimed he
            # took off her shirt"); a description's is someone else ("A representative
            # said she never recovered"), so only a name takes it (scanpron)
            self._subject_gender(unit, toks[k].start, toks[k].low, named_only=True)

    def _gendered_word_in(self, unit: int, gender: str) -> bool:
        """Does sentence ``unit`` hold a pronoun of ``gender`` ("her", "his", ...)?"""
        words = _GENDERED_PRONOUNS[gender]
        toks = self.units[unit] if 0 <= unit < len(self.units) else []
        return any(t.low in words for t in toks)

    def _subject_gender(self, unit: int, before: int, pronoun: str,
                        at: tuple[int, int] | None = None, named_only: bool = False) -> None:
        """Give ``pronoun``'s gender to the subject of sentence ``unit`` (before character
        ``before``, if not -1) when it is the only person named there and the lexicon gave
        it none. With ``at`` (the sentence and offset of a pronoun opening the next
        sentence), also when the gender was only a guess from the given name's data and the
        pronoun has no one else to stand for ("One voter, Guadalupe Ruiz, 35, came in a
        beret. He had marched": the man the sentence before was about); not when that
        sentence already has a pronoun of the pronoun's gender, someone else's ("Her agent,
        Mark Roesler, said Page died. She never regained ...": Page, whom the rules did not
        take for a person; round 33). With ``named_only``, not when the subject is a
        description ("A representative")."""
        noted = [(a, p, r) for u, a, p, r in self.recent[-MAX_LIST_LOOK:]
                 if u == unit and (before < 0 or a < before) and p.kind == "person" and p.name]
        notes = [(p, r) for _a, p, r in noted]
        subjects = {id(p): p for p, r in notes if r == SUBJECT}
        if len(subjects) != 1:
            return
        subject = next(iter(subjects.values()))
        if named_only and subject.unnamed:
            return
        want = "m" if pronoun == "he" else "f"
        if at is not None and subject.gender and subject.gender != want and all(
                p is subject for p, _r in notes) and self._guessed_gender(subject) and not (
                    self._gendered_word_in(unit, want)) and (
                self.animate(subject)) and not self._pronouned_at(unit, [
                    a for a, p, _r in noted if p is subject]) and (
                self._pronoun(pronoun, *at) is None):
            subject.gender = want
            return
        if all(p is subject for p, _r in notes) and not subject.gender and \
                not subject.official and (len((subject.name or "").split()) >= MIN_FULL_FORM
                                          or _titled(subject) or self._quoted_speaker(subject)) \
                and self.animate(subject):  # (a person named in full or with a title
            # ("President Obama"), or one the article quotes ("“Q,” said Murphy ... He was
            # joined by": pron34), not "African-Americans")
            subject.gender = "m" if pronoun == "he" else "f"

    def _pronouned_at(self, unit: int, offsets: list[int]) -> bool:
        """Is one of the mentions at ``offsets`` of sentence ``unit`` a "he" or "she": the
        text itself gave that person the pronoun's gender ("Senator Bill Nelson spoke. He was
        joined by Ilyse Hogue, president of NARAL. She said": "he" was Nelson, so "she" does
        not make him a woman; pron36), which a later pronoun of the other gender does not
        overturn."""
        toks, _at = self._token_at(unit, -1)
        return any(t.start in offsets and t.low in _SUBJECT_PRONOUNS for t in toks)

    def _quoted_speaker(self, person: Person) -> bool:
        """Is ``person`` one word that has been the speaker of an attribution ("“Q,” said
        Murphy") and does not end as a people's name does ("Ethiopians"): a person's
        surname, whose gender a pronoun opening the next sentence gives."""
        name = (person.name or "").lower()
        return not name.endswith(_PEOPLE_ENDINGS) and any(
            p is person and r == SPEAKER for _u, _a, p, r in self.recent[-MAX_LIST_LOOK:])

    def _titles_in(self, unit: int, toks: list[Token]) -> None:
        """Note a written work's title in quotes in apposition to its kind ("The book,
        'Original Sin: President Biden's Decline ...,' said"), so that a later "the book
        alleges" is that title (see :meth:`_titled_thing`)."""
        if not toks or not self._quote_within(toks[0].start, toks[-1].end):
            return  # (most sentences quote nothing: no title to look for)
        for m in range(3, len(toks)):
            tok = toks[m]
            if tok.kind != "q" or toks[m - 1].low != "," or toks[m - 2].low not in TITLED_WORKS \
                    or _is_cap(toks[m - 2]):
                continue
            title = tok.text.strip("\"“”‘’' ,.")
            if title[:1].isupper() and len(title.split()) <= MAX_TITLE_WORDS:
                work = self._person(title, None, "", kind="document")
                work.roles.add(toks[m - 2].low)
                self.note(unit, tok.start, work, MENTION)

    def _authored(self, toks: list[Token], phrase: Phrase, words: list[Token], unit: int,
                  offset: int) -> Person | None:
        """"According to a report by Press TV": the document of the organisation named after
        "by", by its author and its kind ("Press TV report"), when the phrase ends at its
        head; None otherwise."""
        e = phrase.core_end
        if words and (words[-1].low in KEEPERS_COUNTS or words[-1].low in DOCUMENT_HEADS):
            e = _past_issuing(toks, e)  # "figures compiled by The Canadian Press", "A
            # national poll released Sunday by The Washington Post" (org34)
        carried = e + 1 < len(toks) and toks[e].low == "in"  # "a report in the Los Angeles
        # Times": the outlet that carried it (org34), an outlet's name only (below)
        if not words or (words[-1].low not in DOCUMENT_HEADS
                         and words[-1].low not in KEEPERS_COUNTS) or e + 1 >= len(toks) or \
                (toks[e].low not in _AUTHOR_LINKS and not carried) or any(
                    _is_cap(w) and w.low not in lx.DETERMINERS and not w.low.isdigit()
                    for w in words):  # ("A 2014 examination by": a year is no owner)
            return None
        k = e + 1 + (toks[e + 1].low == "the")
        d = k  # "a study by the liberal watchdog group Media Matters", "a projection by the
        # consulting firm Oxford Economics": a few lower-case words describe the author
        while d < len(toks) and d - k < MAX_AUTHOR_DESCRIPTORS and toks[d].kind == "w" and \
                toks[d].low.isalpha() and not _is_cap(toks[d]) and \
                toks[d].low not in lx.NP_BOUNDARY:
            d += 1
        described = k < d < len(toks) and _is_cap(toks[d]) and (
            toks[d - 1].low in _AUTHOR_KINDS)  # (the run after "group" is the group's name)
        if k < d < len(toks) and _is_cap(toks[d]):
            k = d
        m = k
        while m < len(toks) and ((_is_cap(toks[m]) and toks[m].kind == "w") or (
                m > k and name_pair_link(toks, m))) and \
                not toks[m].low.endswith(("’s", "'s")):
            m += 1  # ("a poll by The Globe and Mail": one name, org34)
        run = toks[k:m]
        if run and m < len(toks) and toks[m].low == "for" and words[-1].low in _POLL_WORDS \
                and run[-1].low not in _LINKED_BODY_HEADS:
            full = run  # "a poll conducted by Leger for The Canadian Press": the pollster, not
            # its client (org34; "the Center for Public Opinion" goes on)
        elif run and m + 2 < len(toks) and toks[m].low in _ORG_NAME_LINKS and \
                toks[m + 1].low == "the" and _is_cap(toks[m + 2]):
            e = _linked_end([*toks[: m + 1], *toks[m + 2 :]], m)  # "Council of the Great
            full = toks[k:e + 1] if e > m else run  # City Schools": "the" after the link
        else:
            full = toks[k:_linked_end(toks, m)] if run else run  # "Institute of Politics"
        if not run or not (described or _org_like(run) or is_acronym(run[-1]) or any(
                w.low in _OUTLET_WORDS for w in run) or (
                    (m in {len(toks), phrase.j} or toks[m].low in _RUN_ENDS)
                    and self._no_person(run))):
            return None  # (an organisation's name: "a study by Michael Greenstone" is his)
        if any(t.low in _AUTHOR_KINDS for t in toks[m : m + MODIFIER_REACH]):
            return None  # "a study from the UN labour agency (ILO)": the run modifies the
            # author's noun, which is no name
        if carried and not (described or any(w.low in _OUTLET_WORDS for w in run)):
            return None  # ("a report in March", "a study in Ontario": when or where)
        if full is not run or toks[min(m, len(toks) - 1)].low != "for" or (
                words[-1].low not in _POLL_WORDS):  # (not a poll's client: "for The
            # Canadian Press")
            full = toks[k:_keeper_end(toks, k + len(full))]  # "the Department of the
            # Treasury Inspector General for Tax Administration": the whole name (org34)
        if words[-1].low in KEEPERS_COUNTS:  # "according to a tally by the Associated
            # Press": the one who keeps the count (org34; as "an AFP tally" is AFP)
            return self._org_of_run(full, unit, offset)
        second = _joint_author(toks, k + len(full)) if words[-1].low in _POLL_WORDS else []
        if second:  # "a poll by The Washington Post and ABC News": both pollsters (org34)
            full = [*full, toks[k + len(full)], *second]
        name = f"{span_text(full)} {words[-1].low}"
        document = self._person(name, None, "", kind="document")
        self.note(unit, offset, document, MENTION)
        return document

    def _org_of_run(self, run: list[Token], unit: int, offset: int) -> Person:
        """The organisation a capitalised run names ("the Associated Press"), noted as
        mentioned at ``offset``."""
        org = self._person(span_text(trim_name(after_outlet(run)) or run), None, "",
                           kind="org")
        self.note(unit, offset, org, MENTION)
        return org

    def _no_person(self, run: list[Token]) -> bool:
        """Is a capitalised run no person's name: no given name or title opens it, and the
        article named no person so ("Brookings", "Oxford Economics"; not "Michael Greenstone",
        nor "Greenstone" after him)?"""
        known = self.people.get(fold(span_text(run)))
        return not (run[0].low in lx.TITLE_WORDS or any(
            first_name_gender(w.text + " x") for w in run) or (
            known is not None and known.kind == "person"))

    def _quote_within(self, start: int, end: int) -> bool:
        """Does a quote of the text open between ``start`` and ``end``?"""
        k = bisect_left(self.quoted, (start, -1))
        return k < len(self.quoted) and self.quoted[k][0] < end

    def _titled_thing(self, words: list[Token], unit: int, offset: int,
                      end: int) -> Person | None:
        """"The book", "the film": the work of that kind whose title the text gave in
        apposition a few paragraphs up (see :meth:`_titles_in`); "a new book claims" when the
        next sentence (after ``end``) opens by giving its title ("The book, 'Original Sin
        ...,'"); or None."""
        head = words[-1].low
        if head not in TITLED_WORKS or len(words) > MAX_ORG_MODIFIERS:
            return None
        if words[0].low in {"a", "an"}:
            m = _TITLE_NEXT.match(self.text, end)
            if m is not None and m.group(1).lower() == head and \
                    len(m.group(2).split()) <= MAX_TITLE_WORDS:
                work = self._person(m.group(2).strip(" ,."), None, "", kind="document")
                work.roles.add(head)
                return work
            m = _OWNER_NEXT.match(self.text, end)  # "a report said Wednesday. The
            # Paris-based International Energy Agency's report looked at ...": its owner's
            if m is not None and m.group(2).lower() == head:
                work = self._person(f"{m.group(1).strip()} {head}", None, "", kind="document")
                work.roles.add(head)
                return work
            return None
        if words[0].low != "the":
            return None
        for seen_at, at, person, _rank in reversed(self.recent):
            if unit - seen_at > DOCUMENT_LOOKBACK_UNITS:
                break
            if person.kind == "document" and head in person.roles and not (
                    seen_at == unit and at >= offset):
                return person
        return None

    def _linked_org(self, toks: list[Token], k: int, j: int) -> Person | None:
        """The organisation a capitalised run ``toks[k:j]`` with an organisation's head names
        when "of" or "for" and more capitalised words follow ("the Illinois Board of
        Elections", "Columbia University Graduate School of Journalism"): the name goes on
        (else a later "the board" is an "Illinois Board"); None when nothing follows so."""
        e = _linked_end(toks, j)
        words = toks[k:j]
        if e == j or not _org_like(words) or _titled_person(words) or \
                words[-1].low.endswith(("’s", "'s")):
            return None
        org = org_run(words, len(words))
        if not org:
            return None
        text = span_text(org + toks[j:e]).removesuffix("’s").removesuffix("'s")
        return self._person(text, None, "", kind="org")

    def _people_subject(self, unit: int, toks: list[Token]) -> None:
        """Note unnamed people who are the subject of a sentence ("Investigators are not
        exactly sure why he went there, but they say ...", "Hundreds of demonstrators were seen
        in videos ... “Out!” they chanted") as :meth:`described_people` notes those who speak,
        so that "they" in this sentence or the next is them (round 13)."""
        k = 0  # (the caller has looked at the first word: one of _PEOPLE_STARTS)
        if toks[0].low in _INTRO_STARTS:
            k = next((m + 1 for m in range(min(len(toks) - 1, MAX_INTRO_TOKENS))
                      if toks[m].low == "," and after_intro(toks, m + 1)), -1)
        if k < 0:
            return
        for m in range(k, min(len(toks) - 1, k + MAX_PEOPLE_SUBJECT_WORDS)):
            tok = toks[m]
            if tok.kind != "w" or (_is_cap(tok) and m > k):
                return
            if tok.low in SUBJECT_PEOPLE:
                after = toks[m + 1]
                if after.kind == "w" and not _is_cap(after) and after.low not in {
                        "of", "who", "that", "and", "or", "’s", "'s"}:
                    self.note(unit, toks[k].start,
                              Person(span_text(toks[k : m + 1]), kind="people"), SUBJECT)
                return
            if tok.low not in lx.DETERMINERS and tok.low not in _QUANTIFIERS and \
                    tok.low not in _PEOPLE_COUNTS and tok.low != "of":
                return  # (not "That frustrates many analysts because they": a clause)

    def _title_subject(self, unit: int, toks: list[Token]) -> None:
        """Note the holder of a title as the subject of a sentence that opens with it ("Asked
        later - war or not over the shoal - the admiral chuckled. “Q,” he said" is Admiral
        Harris): "the" and a title head the article gave one person of those noted, a verb
        after it, at the start of the sentence or after an introductory phrase (round 13)."""
        k = 0
        if toks and toks[0].low != "the" and toks[0].low in _INTRO_STARTS:
            k = next((m + 1 for m in range(min(len(toks) - 1, MAX_INTRO_TOKENS))
                      if toks[m].low in {",", "-", "—", "–"} and toks[m + 1].low == "the"), 0)
        if k + 2 >= len(toks) or toks[k].low != "the" or toks[k + 2].kind != "w" or \
                _is_cap(toks[k + 1]) or toks[k + 2].low in lx.CUES or \
                toks[k + 2].text[:1].isupper():
            return
        head = title_key(toks[k + 1].low)
        if head in OFFICE_HEADS:
            # "The president was asked whether he would ..., and he replied": the office's
            # holder is the sentence's subject, as a named one would be ("the president said"
            # is no subject here: its holder is decided where it speaks; round 34)
            holder = self._role(head, unit, offset=toks[k].start)
            if holder is not None:
                self.note(unit, toks[k].start, holder, SUBJECT)
            return
        if head not in TITLE_HEADS:
            return
        holder = self._role(head, unit)
        if holder is not None and not holder.official:
            self.note(unit, toks[k].start, holder, SUBJECT)

    def _team(self, people: list[Person]) -> Person:
        names = " and ".join(p.name or "" for p in people)
        team = self.people.get(fold(names)) or Person(names, kind="group", members=people)
        self.people[fold(names)] = team
        return team

    def _joint(self, toks: list[Token], phrase: Phrase, unit: int) -> Person | None:
        """'Rubio and Witkoff', 'Marco Rubio, Steve Witkoff and Jared Kushner': a list of
        named people speaking together, as one group whose members are each resolved (their
        registry officials kept); None when the phrase is no such list."""
        parts: list[tuple[int, int]] = []
        start = phrase.i
        for k in range(phrase.i, phrase.core_end):
            if toks[k].low in {",", "and"}:
                if k > start:
                    parts.append((start, k))
                start = k + 1
            elif toks[k].low == "both" and k == start:
                start = k + 1
        if start < phrase.core_end:
            parts.append((start, phrase.core_end))
        if len(parts) < 2 or not any(toks[k].low == "and"
                                     for k in range(phrase.i, phrase.core_end)):
            return None
        last = toks[parts[-1][0] : parts[-1][1]]
        if any(sum(1 for w in toks[a:b] if _is_cap(w)) == 1 for a, b in parts[:-1]) and any(
                w.low in _HEAD_TITLES or w.low in lx.SPEAKER_NOUNS for w in last[1:-1]):
            return None  # "Work and Pensions Secretary Liz Kendall", "Culture, Media and Sport
            # Secretary Lisa Nandy": the words of one post's title, then its holder (22nd;
            # "former Housing and Urban Development Secretary Julián Castro": one capitalised
            # word after a lower-case modifier, phrase29)
        if any(_described_part(toks[a:b]) for a, b in parts):
            return None  # "Jane Doe, owner of Smith and Sons, said": an apposition whose
            # organisation has "and" in its name, no list (it was "Jane Doe and Smith and
            # Sons"; phrase29)
        for a, b in parts:  # each part a person's name, titles before it; no organisation
            words = toks[a:b]
            if not _is_cap(words[-1]) or _org_like(words) or any(
                    w.low in lx.DETERMINERS for w in words) or words[-1].low in lx.TITLE_WORDS:
                return None  # ("The State Department and the Department of ..."; "former
                # Pennsylvania Gov. and DNC Chairman Ed Rendell": two titles of one person)
        people: list[Person] = []
        for a, b in parts:
            sub = Phrase(a, b, "left", toks[a].start, toks[b - 1].end)
            person = self._resolve_phrase(toks, sub, unit, [])
            if person is None or person.kind != "person" or not person.name:
                return None
            people.append(person)
        return self._team(people)

    def _chained(self, toks: list[Token], unit: int, chain: list[Person], chain_end: int,
                 k: int, person: Person, subjects: list[Person]) -> list[Person]:
        """The list of named people ``person`` (named at ``toks[k]``) belongs to: the current
        ``chain`` when only commas and "and" stand between them, else a new one (the chain
        before it noted as a group, :meth:`_listed`)."""
        if chain and k > chain_end and all(t.low in {",", "and"} for t in toks[chain_end:k]):
            chain.append(person)
            return chain
        self._listed(unit, chain, subjects, toks[chain_end - 1].end if chain else -1)
        return [person]

    def _listed(self, unit: int, chain: list[Person], subjects: list[Person],
                at: int) -> None:
        """Note a list of named people ("Donald Trump, Ben Carson, and Carly Fiorina") as a
        group that a later "the candidates" or "the brothers" may stand for, where its last
        name ends (``at``; no name's start, which other notes are found by): not before, so
        that a "they" of the sentence before the list is not its people ("In it, they
        conclude that four justices are on the court (Samuel A. Alito Jr., John G. Roberts
        Jr. ...)", pron22)."""
        if len(chain) >= 2 and chain != subjects:
            self.note(unit, at, self._team(chain), MENTION)

    def _described(self, toks: list[Token], k: int, j: int, person: Person) -> None:
        """Give ``person`` (named by ``toks[k:j]``) the title the sentence writes with the
        name: before it ("Democratic front-runner Hillary Clinton", "real estate mogul Donald
        Trump") or in apposition ("Bernie Sanders, the Vermont senator,"), with its
        qualifiers, so that a later "the Democratic front-runner" is that person."""
        m = k
        while m > 0 and k - m < MAX_PRE_NAME_DESCRIPTION and toks[m - 1].kind == "w" and (
                toks[m - 1].low not in lx.NP_BOUNDARY and toks[m - 1].low not in lx.DETERMINERS
                and not toks[m - 1].low.endswith(("’s", "'s")) and toks[m - 1].low not in lx.CUES):
            m -= 1
        if m < k and not _is_cap(toks[k - 1]) and title_key(toks[k - 1].low) in TITLE_HEADS:
            self._give_title(person, toks[m:k])
        elif m < k and not _is_cap(toks[k - 1]) and (toks[k - 1].low in _POST_NOUNS
                                                      or toks[k - 1].low in EPITHET_HEADS):
            # "Carson campaign manager Barry Bennett": a later "the campaign manager" is he,
            # as after "Barry Bennett, Carson's campaign manager," (see :func:`_role_phrase`)
            person.roles.add(toks[k - 1].low)
        elif k >= 2 and toks[k - 1].low in _KIN_NOUNS and (
                toks[k - 2].low in _POSSESSIVE_DETERMINERS
                or toks[k - 2].low.endswith(("’s", "'s"))):
            # "an interview his brother Alastair Osman gave": a later "his brother" is he
            person.roles.add(toks[k - 1].low)
        elif k >= 3 and toks[k - 1].low == "," and toks[k - 2].low in _RELATION_NOUNS and (
                _relation_opens(toks, k - 2)):
            # "Sanders's campaign manager, Jeff Weaver,", "Trump's son-in-law, Jared Kushner":
            # a later "the campaign manager", "his son-in-law" is that person
            person.roles.add(toks[k - 2].low)
        n = len(toks)
        if j + 1 < n and toks[j].low in {"(", ","}:  # "Marco Rubio (R-Fla.)", "Rubio, R-Fla.,"
            person.quals |= party_tag(toks[j + 1].text)
        if j + 1 < n and toks[j].low == "," and toks[j + 1].low == "the":
            e = _apposed_title_end(toks, j)
            if e < n and e > j + 2 and toks[e].low in _APPOSITION_ENDS:
                phrase = toks[j + 1 : e]
                if title_key(_title_head(phrase)) in TITLE_HEADS and not any(
                        w.low in lx.CUES for w in phrase):
                    self._give_title(person, phrase)
        role = _role_phrase(toks, k, j)
        if role:  # "named Bob Rae as its new special envoy", "Mary Smith, a spokeswoman for"
            head = title_key(_title_head(role))
            if head in OFFICE_HEADS:
                self._give_title(person, role)
            elif not any(w.low in PAST_MARKERS for w in role):
                person.roles.add(head)  # "the new envoy" later is Bob Rae
                person.quals |= qualifiers(role)

    def _kin_named(self, toks: list[Token], k: int, j: int, unit: int) -> Person | None:
        """A relative the article names by a first name after the relation ("Trump's wife,
        Melania,", "Trump's son Eric", "his father, Rafael,"): the first name and the family's
        surname, of the relation's gender, so that "Melania said" and "she" find Melania
        Trump, not a one-word "Melania" of unknown gender (fifteenth session; "his" and "her"
        are the person "he" or "she" would be, round 16)."""
        suffix = toks[k + 1].text if j == k + 2 and fold(toks[k + 1].text) in NAME_SUFFIXES \
            else ""  # "His son Donald Jr.": the father's surname, then the generation
        if j != k + 1 + bool(suffix) or not toks[k].text.isalpha() or k < 2:
            return None
        m = k - 1 if toks[k - 1].low == "," else k
        if m < 2 or toks[m - 1].low not in _KIN_NOUNS:
            return None
        owner = toks[m - 2]
        if owner.low in _OWNER_GENDER:
            holder = self._salient(unit, owner.start, _OWNER_GENDER[owner.low])
            if holder is None or not holder.name or \
                    len(holder.name.split()) < 2 or not any(
                        p is holder and unit - u <= KIN_OWNER_UNITS for u, _a, p, _r in
                        self.recent[-MAX_PRONOUN_CANDIDATES:]):
                return None  # (the one "his" means, named in this sentence or the one before:
                # "Her father, Brad," is not the woman of two paragraphs up)
            owner_name = holder.name.split()[-1]
        elif _is_cap(owner) and owner.low.endswith(("’s", "'s")):
            owner_name = owner.text.removesuffix("’s").removesuffix("'s")
        else:
            return None
        family = owner_name
        known = self.bare(fold(family)) or self.first_names.get(fold(family))
        if known is not None and known.kind == "person" and known.name:
            family = known.name.split()[-1]  # ("Beau's wife, Hallie": Hallie Biden)
        elif first_name_gender(family + " x"):
            return None  # a first name of someone the article has not named in full
        relation = toks[m - 1].low
        name = f"{toks[k].text} {family}"
        if owner.low in _OWNER_GENDER and not re.search(
                rf"\b{re.escape(toks[k].text)}\s+(?:[A-Z][\w.]*\s+)?{re.escape(family)}\b",
                self.text):
            name = toks[k].text  # ("Nearby his sister, Nahla,": the text gives her no
            # surname, and the news sets' convention is the fullest name the text gives)
        if suffix:
            name = f"{name} {suffix}"  # "Donald Trump Jr." (name36)
        person = self._person(name, None, KIN_GENDER.get(relation, ""))
        person.roles.add(relation)
        return person

    def _related(self, words: list[Token], unit: int) -> Person | None:
        """"his brother", "the president's son-in-law", "her campaign manager": the one person
        the article introduced with that relation ("Osman's brother, Alastair Osman"), or
        None (none, or several: "his brother" of two brothers named is no one in particular)."""
        head = words[-1].low if words else ""
        if len(words) > 2 and words[0].low in _HONORIFICS and words[1].low.endswith(("’s", "'s")):
            words = words[1:]  # "Ms Ventura's mother" after "Regina Ventura, the mother of"
        owner = _name_possessor(words)
        if owner > 0:
            words = words[owner:]  # "Mark Weekly's brother": the possessive's own name
        if head not in _RELATION_NOUNS or not (
                words[0].low in _POSSESSIVE_DETERMINERS or words[0].low == "the"
                or words[0].low.endswith(("’s", "'s"))) or any(
                _is_cap(w) and not w.low.endswith(("’s", "'s")) for w in words[1:]):
            return None
        found = [p for _u, _a, p, _r in reversed(self.recent) if p.kind == "person"
                 and head in p.roles]
        people = list(dict.fromkeys(id(p) for p in found))
        return found[0] if len(people) == 1 else None

    def _give_title(self, person: Person, words: list[Token]) -> None:
        """Add the title a description names (its head, a qualified office, "former" when
        past) and its qualifiers to ``person``."""
        head = _title_head(words)
        person.quals |= qualifiers(words)
        if head not in OFFICE_HEADS:
            if head in EPITHET_WORDS and not any(w.low in PAST_MARKERS for w in words):
                person.roles.add(head)  # "real estate mogul Donald Trump" ... "the mogul"
            return  # another epithet ("actor Michael B. Jordan") is no office: "the actor"
            # later is whoever is salient then (see :meth:`_salient`), only its qualifiers count
        if any(w.low in PAST_MARKERS for w in words):
            person.roles.add(f"former {head}")
            return
        k = max((m for m, w in enumerate(words) if title_key(w.low) == head), default=0)
        b = k - 2 if k >= 2 and words[k - 1].low == PORTFOLIO_FILLER else k - 1  # ("the
        # foreign affairs minister"; tn37)
        person.roles.update(roles_of([w.low for w in words[max(0, b) : k + 1]]))
        person.roles.update(deputy_roles([title_key(w.low) for w in
                                          words[max(0, k - DEPUTY_REACH) : k + 1]]))

    def acronyms_in(self, toks: list[Token]) -> None:
        """Note the acronym of each name a sentence spells out ("the Environmental Protection
        Agency", "Federal Bureau of Investigation"), so that a later "the EPA" is that name;
        an organisation first met as its acronym takes the full name."""
        n = len(toks)
        k = 0
        while k < n:
            tok = toks[k]
            if not _is_cap(tok) or tok.low in lx.SENTENCE_OPENERS or tok.low in lx.DETERMINERS \
                    or tok.low in lx.TITLE_WORDS or tok.low in lx.MALE_NAMES \
                    or tok.low in lx.FEMALE_NAMES:
                k += 1
                continue
            j = k
            caps: list[Token] = []
            while j < n and toks[j].kind == "w" and (
                (_is_cap(toks[j]) and not is_acronym(toks[j]))
                or (toks[j].low in _ACRONYM_SKIP and j + 1 < n and _is_cap(toks[j + 1])
                    and toks[j + 1].low not in lx.DETERMINERS)
                # ("The Washington Post and The Associated Press": two names, WP and AP)
            ):
                if _is_cap(toks[j]):
                    caps.append(toks[j])
                j += 1
                if toks[j - 1].low.endswith(("’s", "'s")):
                    break
            if len(caps) >= MIN_ACRONYM and not toks[j - 1].low.endswith(("’s", "'s")):
                full = span_text(toks[k:j])
                # "Federal Bureau of Investigation" is FBI; "Bank of England" is BOE, the
                # "of" spelled too (DOJ, MOD, BOJ; round 16)
                spelled = "".join(t.text[0] for t in toks[k:j]
                                  if _is_cap(t) or t.low in _ACRONYM_OF)
                for letters in dict.fromkeys(("".join(t.text[0] for t in caps).upper(),
                                              spelled.upper())):
                    if len(letters) <= MAX_ACRONYM and letters not in self.acronyms:
                        self.acronyms[letters] = full
                        known = self.pending.pop(letters, None)
                        if known is not None and known.name == letters:
                            known.name = full  # "the EPA" first, the full name later
            k = max(j, k + 1)

    def _scan_acronyms(self) -> None:
        for toks in self.units[self.scanned :]:
            self.acronyms_in(toks)
        self.scanned = len(self.units)

    def _acronym(self, tok: Token) -> Person:
        """The organisation an acronym names, by its full name when the article gives it."""
        text = tok.text.replace(".", "")
        self._scan_acronyms()
        full = self.acronyms.get(text)
        if full is not None:
            person = self._person(full, None, "", kind="org")
            self.people.setdefault(fold(text), person)
            return person
        person = self._person(text, None, "", kind="org")
        if person.name == text:
            self.pending[text] = person
        return person

    def _full_form(self, run: list[Token]) -> None:
        """Remember the longest form of a name; a person known by a shorter form of it (and
        not a tracked official) takes it ("Pate" then "Luther Stan Pate IV")."""
        if len(run) < MIN_FULL_FORM:
            return  # (one word: no full form, nothing to remember)
        last_title = max((k for k, t in enumerate(run[:-1])
                          if t.low in lx.TITLE_WORDS or t.low in _INNER_TITLES), default=-1)
        run = run[last_title + 1 :]  # "German Chancellor Angela Merkel": Angela Merkel
        words = [t for t in run if t.low not in lx.TITLE_WORDS and t.low not in
                 lx.SENTENCE_OPENERS and t.low not in lx.DETERMINERS]
        words = trim_name(after_outlet(words))  # "Fox News Sean Hannity": Sean Hannity
        if len(words) > 2 and words[0].low in _PARTY_NOUNS:
            words = words[1:]  # "Democrat Zephyr Teachout": Zephyr Teachout
        if len(words) < 2 or _org_like(words) or words[-1].low in DESCRIPTIVE_HEADS:
            return
        text = " ".join(w.text.removesuffix("’s").removesuffix("'s") for w in words)
        key = surname(text)
        if len(text) > len(self.full_forms.get(key, "")):
            self.full_forms[key] = text
        known = self.surnames.get(key) or self.people.get(key)
        if known is not None and known.kind == "person" and not known.official and (
                known.name and len(known.name.split()) == 1) and not self._other_gender(
                    known, text):
            known.name = text

    def _other_gender(self, known: Person, full: str) -> bool:
        """Is the full name ``full`` someone else than ``known``, a person named by a surname
        alone: its first name gives one gender, and the article gave ``known`` the other
        ("President Obama ... his address" then "the first lady, Michelle Obama": not the
        man's full name; they29)? Not a gender guessed from the surname as a first name
        ("according to Sims" then "Officer Michaela Sims" is she)."""
        given = first_name_gender(full)
        return bool(given and known.gender and known.name) and given != known.gender and (
            known.gender != name_gender(known.name or ""))

    def _named_surname(self, words: list[Token]) -> Person | None:
        """The person named in full before ("Mayor Don Guardian") whose surname is the one
        word ``words`` that also ends outlets' names ("Guardian said"), else None."""
        if len(words) != 1 or not _org_like(words):
            return None
        known = self.bare(fold(words[0].text.removesuffix("’s").removesuffix("'s")))
        return known if known is not None and known.kind == "person" else None

    def _title_surname(self, words: list[Token]) -> Person | None:
        """The person named in full before whose surname is the one title word ``words`` holds
        (a sentence opener before it aside): "Steve King", "Keith White", "Janice Leader",
        "Jim Justice" are "King said", "White said", "Leader said", "But Justice said" on
        second reference, which read alone are a title or a modifier, no one's name. A title
        with a determiner ("the King said") stays a title; a surname no full name of the
        article ends with ("Pope said" with no "Amy Pope") stays the title's."""
        at = 0
        while at < len(words) - 1 and words[at].low in lx.SENTENCE_OPENERS and (
                words[at].low not in lx.DETERMINERS):
            at += 1
        if len(words) - at != 1 or not words[at].text[:1].isupper() or (
                words[at].low not in lx.TITLE_WORDS):
            return None
        key = fold(words[at].text)
        known = self.bare(key)
        if known is None or known.kind != "person" or not known.name or \
                len(known.name.split()) < MIN_FULL_FORM or surname(known.name) != key:
            return None
        return known

    def _initialled_person(self, words: list[Token]) -> bool:
        """Whether a run is initials and then a name ("J.R. Hollis", "A. J. Smith", "C.
        Boyden Gray"): not a place's or an organisation's letters ("U.S. Steel", "D.C.
        Council"), and no word after them a common word of the article or a title. Wider than
        :func:`_initialled` (one surname after the initials, no guards): up to two names."""
        k = 0
        while k < len(words) and _INITIALS.fullmatch(words[k].text):
            k += 1
        rest = words[k:]
        letters = fold("".join(w.text for w in words[:k]))
        return (0 < k <= MAX_INITIALS and 0 < len(rest) <= MAX_INITIALLED_NAMES
                and letters not in PLACES and letters.replace(".", "") not in PLACES
                and letters not in ORG_KINDS and letters.replace(".", "") not in ORG_KINDS
                and all(w.text[:1].isupper() and _unpossessed(w.text).isalpha()
                        and fold(_unpossessed(w.text)) not in self.common
                        and w.low not in _NO_NAME_WORDS and w.low not in _PLACE_HEADS
                        for w in rest))

    def _surname_alone(self, toks: list[Token], i: int, words: list[Token]) -> bool:
        """Whether a two-word run at ``toks[i]`` is a person's name the article shortens to
        its surname elsewhere (:meth:`lone_words`): the first word starts no other run, and
        neither word, nor the run's place in the sentence, makes it a place."""
        if len(words) != MIN_FULL_FORM or not all(w.text.isalpha() or w is words[-1]
                                                  for w in words):
            return False
        first, last = words[0].text, _unpossessed(words[1].text)
        # the checks of this run and sentence first; the surname's lone-word entry (read
        # where it is written, :meth:`lone_before`) and the text's capital pairs (a scan of
        # the article, worked out once) only for a run that passes them
        return (last.isalpha() and first.istitle()
                and not any(w in self.common or w in lx.TIME_WORDS
                            for w in (fold(first), fold(last)))
                and words[0].low not in lx.NP_MODIFIERS and words[0].low not in lx.TITLE_WORDS
                and words[1].low not in _PLACE_HEADS
                and any(t.kind == "w" and t.text[:1].islower() and len(t.text) > MAX_SMALL_WORD
                        for t in toks)  # (not a headline: "Understated Perez Raises ...")
                and not {fold(first), fold(last), fold(f"{first} {last}")} & PLACES
                and not (i > 0 and toks[i - 1].low in _LOCATIVES)
                and not (i > 1 and toks[i - 1].low == "of" and toks[i - 2].low in _PLACE_NOUNS)
                and (before := self.lone_before(last)) is not None
                and self.followers().get(first, set()) <= {last}
                # the surname after no other capitalised name word: "Understated Perez raises
                # ..." is a headline's word before "Labor Secretary Thomas Perez" (a title or
                # a sentence's first word before it is no name: "Professor Nega", "When Nega")
                and not any(word != first and word.lower() not in _NO_NAME_WORDS
                            and fold(word) not in self.common
                            for word in before))

    def _name_run(self, toks: list[Token], i: int, j: int) -> Person | None:
        """The person or organisation a run of capitalised words names, if it is one."""
        if j - i == 1 and toks[i].low in _NO_NAME_ALONE:
            return None  # "The", "But", "President": what the steps below conclude for them
        honorific = ""
        title_words: list[str] = []
        titled = False
        party: set[str] = set()
        past = i > 0 and toks[i - 1].low in PAST_MARKERS  # "former President Bill Clinton"
        words = toks[i:j]
        named = self._named_surname(words)
        if named is not None:
            return named
        known = span_text([w for w in words if w.low not in lx.DETERMINERS])
        known = known.removesuffix("’s").removesuffix("'s")
        if known and fold(known) in ORG_KINDS:  # "Gazprom", "NATO": a known organisation
            if fold(known) in _POSSESSIVE_NAMES:
                known += "'s"  # "Moody's": the possessive is part of the name
            return self._person(known, None, "", kind="org")
        surnamed_head = _surname_head_person(words) and not (
            i > 0 and toks[i - 1].low in lx.DETERMINERS)  # ("the Jackson Sun": a paper)
        if _org_like(words) and not _titled_person(words) and not surnamed_head:
            # "the State Department", "the Republican National Committee"
            org = org_run(words, len(words))
            if not org or (len(org) == 1 and org[0].low in lx.SPEAKER_NOUNS
                           and org[0].low not in PROPER_BODIES):
                return None  # "Her Campaign", "The Committee": a common noun, no one's name
            text = span_text(org).removesuffix("’s").removesuffix("'s")
            return self._person(text, None, "", kind="org")
        while words and (words[0].low in lx.TITLE_WORDS or words[0].low in lx.SENTENCE_OPENERS
                         or words[0].low in lx.DETERMINERS or (
                             words[0].low in PARTY_QUALIFIERS and len(words) > 2
                             and (first_name_gender(words[1].text + " x")
                                  or words[0].low in _PARTY_NOUNS))):
            # ("Democrat Bernie Sanders": a party before a given name is no part of the name)
            honorific = honorific or lx.HONORIFIC_GENDER.get(words[0].low, "")
            if words[0].low in PARTY_QUALIFIERS and not titled:
                party |= {PARTY_QUALIFIERS[words[0].low]}  # ... but it is the person's
                # party: "the Democratic nominee" later is not "Republican Donald Trump"
            if words[0].low in PAST_MARKERS:
                past = True
            elif words[0].low in lx.TITLE_WORDS:
                titled = True
                if not past:
                    title_words.append(words[0].low)
            words = words[1:]
        # (the last such word before the last: searched from the end, no slice; speed23)
        inner = next((k for k in range(len(words) - 2, -1, -1) if words[k].low in _INNER_TITLES
                      or words[k].low in _ABBREVIATED_TITLES), -1)
        quals: set[str] = set()
        if inner >= 0:  # "Foreign Affairs Minister Chrystia Freeland": the name after the title
            titled = True  # ("Vermont Sen. Bernie Sanders": Bernie Sanders, of Vermont)
            quals = qualifiers(words[:inner])
            if not past:
                title_words.extend(w.low for w in words[: inner + 1])
            words = words[inner + 1 :]
        post = _after_run_post(words)
        if post:  # "F.B.I. Agent Peter Strzok": the name after the post (round 37)
            titled = True
            if not past:
                title_words.extend(w.low for w in words[:post] if w.low in lx.TITLE_WORDS)
            words = words[post:]
        quals |= qualifiers(toks[i:j][: j - i - len(words)]) if titled else set()
        if title_words[:1] == ["state"] and i >= 2 and toks[i - 1].low == "of" and \
                toks[i - 2].low == "secretary":
            if i >= 3 and toks[i - 3].low in PAST_MARKERS:
                past = True  # "Former Secretary of State Hillary Clinton" is no holder now
                title_words = []  # (not "the secretary of state" later: the registry's)
            else:
                title_words[:0] = ["secretary", "of"]  # "Secretary of State John Kerry":
                # the run of capitals starts after "of"
        titles = roles_of(title_words) if title_words else set()
        words = after_outlet(words)  # "Fox News’ Sean Hannity": the person after the outlet
        untrimmed = len(words)
        words = trim_name(words)  # "Actor Clint Howard", "Will Sanders ...?"
        if not title_words and not past and len(words) == untrimmed:
            words = _portfolio_name(toks, words)  # ("Minister for Housing Matthew Pennycook")
        portfolio = _portfolio_title(toks, i) if not title_words and not past and (
            len(words) < untrimmed) else []  # (the portfolio's last words cut off the name)
        if portfolio:  # "Iranian Deputy Foreign Minister for Legal and International Affairs
            # Kazem Gharibabadi": the title before the portfolio is the name's (desc29)
            titled = True
            titles = roles_of([w.low for w in portfolio if w.low in lx.TITLE_WORDS])
            quals |= qualifiers(portfolio)
        if len(words) > 2 and words[0].low in lx.SPEAKER_NOUNS and first_name_gender(
                words[1].text + " x"):
            words = words[1:]  # "Analyst Jane Whitfield": the name after the description
        if not words or words[0].low in NOT_NAMES or any(w.low in lx.CUES for w in words) or \
                any(w.low in HEADLINE_WORDS for w in words[1:]):
            return None  # ("Speech Skewered By Carly Fiorina": a headline in title case)
        text = " ".join(w.text.removesuffix("’s").removesuffix("'s") for w in words)
        if _org_like(words) and not surnamed_head and not (
                titled and len(words) >= 2 and first_name_gender(words[0].text + " x")):
            return self._person(text, None, "", kind="org")  # ("Mayor Don Guardian": a person)
        if len(words) == 1 and is_acronym(words[0]) and not titled:
            if words[0].text.replace(".", "") in THING_ACRONYMS:
                return None  # "AI devices", "GDP": a thing, no organisation (desc30)
            # an organisation; its full name is looked up only if it speaks (:meth:`_acronym`)
            return self._person(words[0].text.replace(".", ""), None, "", kind="org")
        if len(words) >= 2 and any(not w.text.isalpha() and any(c.isdigit() for c in w.text)
                                   for w in words):
            return None  # "EgyptAir Flight MS804", "Apollo 11": a craft or a thing, no one's
            # name (else "EgyptAir has confirmed" is that flight, by its first word)
        gender = honorific or first_name_gender(text)
        if not gender and len(words) >= MIN_FULL_FORM and words[-1].low not in _PLACE_HEADS \
                and not (i > 0 and toks[i - 1].low in _LOCATIVES) and not (
                    i > 1 and toks[i - 1].low == "of" and toks[i - 2].low in _PLACE_NOUNS):
            # ("trucks from Kerem Shalom to the warehouses": a place, whatever "Kerem" is)
            gender = given_name_gender(words[0].text)  # "Racheli Baak": a name of the world
            if gender and not self.followers().get(words[0].text, set()) <= {
                    _unpossessed(words[1].text)}:
                gender = ""  # "Miami Gardens", "Miami Fire Rescue": a place, not a name
        if not gender and j < len(toks) and toks[j].low == "," and len(words) >= MIN_FULL_FORM:
            gender = _apposed_gender(toks, j)  # "Unique Armstead, the mother in the video"
            if gender and (is_acronym(words[0]) or any(w.low in lx.TIME_WORDS for w in words)):
                gender = ""  # (not "On CNN Tuesday, his wife,")
        if not gender and len(words) >= MIN_FULL_FORM:
            gender = _preceding_gender(toks, i)  # "school spokeswoman Ebony Pugh", "His
            # ex-girlfriend, Debra-Lyn Unthank," (pron24)
        # "Republican pollster Whit Ayres": a person's noun right before makes two capitalised
        # words a person's name even when the lexicon lacks the first name; so does an age
        # after it ("Corey Lewandowski, 42, faces one count"): news gives people's ages
        described = (i > 0 and toks[i - 1].kind == "w" and (
            toks[i - 1].low in lx.SPEAKER_NOUNS or toks[i - 1].low in EPITHET_NOUNS or (
                toks[i - 1].low.endswith(_PERSON_NOUN_ENDINGS) and not _is_cap(toks[i - 1])))
                     and toks[i - 1].low not in _GROUP_NOUNS) or bool(_apposed_age(toks, j))
        # ("hip-hop violinist Miri Ben-Ari": a person's noun before the name, 25th; not any
        # agent noun: "incubator Google Labs", "destroyer INS Mysore" are no one)
        # ... or in apposition after one ("Tanzania's main opposition leader, Tundu Lissu,":
        # round 16), the name closed by a comma too
        described = described or (
            i > 1 and toks[i - 1].low == "," and toks[i - 2].kind == "w"
            and not _is_cap(toks[i - 2]) and title_key(toks[i - 2].low) in _APPOSED_PERSON_HEADS
            and j < len(toks) and toks[j].low in {",", ".", ";"})
        # ... or its surname written alone elsewhere in the article ("Angel Mendoza came from
        # Texas ... In El Paso, Mendoza regularly witnessed"): news's second reference to a
        # person whose first name no lexicon knows ("Rahm Emanuel", "Angel Mendoza")
        described = described or (not gender and self._surname_alone(toks, i, words))
        # ... or initials before it ("J.R. Hollis", "C. Boyden Gray"): a person's shape
        described = described or (not gender and self._initialled_person(words))
        # ... or a relative "who" after it ("Feyisa Lilesa, who won the silver medal"):
        # English gives "who" to people, "which" to things and places
        described = described or _who_after(toks, j)
        # ... or a person's noun in apposition after it ("Wab Kinew, the premier of
        # Manitoba,", "IIyse Hogue, president of the abortion rights group NARAL.") or as its
        # predicate ("Realyn Limbo has been a teacher on the island"): a name of the world
        # the lexicon lacks, whom a later "he" or "she" stands for (pron37)
        described = described or (not gender and len(words) >= MIN_FULL_FORM
                                  and (_apposed_person_head(toks, j)
                                       or _predicated_person_head(toks, j))
                                  and not (i > 0 and toks[i - 1].low in _PLACE_BEFORE)
                                  and not _place_name(text))
        # (not "Senator Chuck Schumer of New York, the Democratic leader": a place)
        if (len(words) >= 2 and (gender or titled or described
                                 or fold(words[-1].text) in self.surnames
                                 or surname_first([w.text for w in words]))) or (
                len(words) == 1 and titled and any(
                    t.low.rstrip(".") in _PERSON_TITLES or title_key(t.low) in _PERSON_TITLES
                    for t in toks[i:j][:-1])):
            # (one word is a person only after a title of a person: "Gov. Scott", "Mr. Pate";
            # "Special Operations" or "National Security" are no one)
            person = self._person(text, None, gender or self._name_gender(text))
            person.roles.update(titles)  # "Judge Richard Berman" is "the judge"
            person.quals |= quals | party
            if past:  # "former Gov. Jeb Bush" is "the former governor"
                person.roles.update(f"former {title_key(w.low)}" for w in toks[i:j]
                                    if w.low in lx.TITLE_WORDS and w.low not in PAST_MARKERS)
            return person
        if len(words) == 1 and i >= 2 and toks[i - 1].low in _FIRST_NAME_LEADS and \
                not titled and _first_name_only(toks, i) and (
                not self.bare(fold(text))):
            # "the base chief known as Bob", "One man, who we are calling Alaa": a source
            # named by a first name only, as news does to protect them (round 13)
            gender = honorific or name_gender(text) or next(
                (lx.ROLE_GENDER[t.low] for t in reversed(toks[max(0, i - MAX_INTRO_TOKENS) : i])
                 if t.low in lx.ROLE_GENDER), "")  # ("One man, who we are calling Alaa")
            if gender:
                return self._person(text, None, gender)
        if len(words) == 1:
            found = self.bare(fold(text), honorific)
            if found is None and not honorific:
                # a surname that spoke before, the article never giving it in full ("Brafman
                # said ... when I emailed Brafman to thank him, he replied"): written again,
                # it is that person (round 13)
                found = self.people.get(fold(text))
                if found is not None and (found.kind != "person" or not _introduced_alone(
                        found) or fold(text) in PLACES or (
                        i > 0 and toks[i - 1].low in _QUANTIFIERS) or
                        fold(text).removesuffix("s") in lx.NP_MODIFIERS):
                    found = None  # ("some Germans", "many Germans": a people, no one)
                # (or one the text gave a title or an honorific, "President Obama has endured
                # criticism ... Obama departs the UK", "Mr. Wiley": the same person, whom a
                # later "he" may stand for)
            return found
        return None

    def _misspelt(self, key: str) -> Person | None:
        """The one person named in full earlier whose surname folded ``key`` misspells
        ("Giulini" for "Rudy Giuliani", "Labbot" for "Elise Labott"): a news text's typo in a
        surname written alone. The same first letter, :data:`MIN_MISSPELT_SURNAME` letters at
        least, and one edit apart once doubled letters are read as one (:func:`_one_typo`);
        never a place or a word of the lexicon, nor the plural of the surname (the family);
        None when two people's surnames are that close."""
        if len(key) < MIN_MISSPELT_SURNAME or not key.isalpha() or key in PLACES or (
                key in lx.NP_MODIFIERS or key in lx.SPEAKER_NOUNS):
            return None
        found: Person | None = None
        for known, person in self.surnames.items():
            if person.kind != "person" or not person.name or known == key or (
                    known[0] != key[0]) or key in {known + "s", known + "es"} or not (
                    _one_typo(known, key)):
                continue  # ("the Clintons": the family, no typo of "Clinton")
            if found is not None and found is not person:
                return None  # two people's surnames are that close: neither is sure
            found = person
        return found

    # --- resolving a speaker phrase ------------------------------------------------------

    def resolve(
        self,
        toks: list[Token],
        phrase: Phrase,
        unit: int,
        officials_in_phrase: list[tuple[Official, bool]],
    ) -> Person | None:
        """The person a speaker phrase means, or None (unnamed sources, unclear pronouns).

        ``officials_in_phrase`` are the registry matches inside the phrase, in order, each
        with whether it is a name (True) or a title (False).
        """
        seen = next((m for m in range(phrase.i + 1, phrase.core_end - 1)
                     if toks[m].low in SEEN_BY and toks[m + 1].low == "by"), None)
        if seen is None and _seen_by_aside(toks, phrase):
            seen = phrase.core  # "Court documents, obtained by The Associated Press, show":
            # the participle set off by commas, the documents' still (round 21)
        if seen is not None:  # "court documents obtained by The Associated Press": the
            # documents say it, not the outlet that saw them (nineteenth session)
            phrase = Phrase(phrase.i, seen, phrase.how, phrase.start, toks[seen - 1].end)
            officials_in_phrase = []
        signed = _signatories(toks, phrase)
        if signed is not None:  # "A statement, which was endorsed by Starmer, Macron and
            # Carney, warned": the named signatories speak together (round 36)
            people = self._joint(toks, signed, unit) or self._resolve_phrase(toks, signed, unit,
                                                                             [])
            if people is not None and people.name and people.kind in {"person", "group"}:
                return people
        person = self._campaign_team(toks, phrase) or self._included(
            toks, phrase, unit) or self._resolve_phrase(toks, phrase, unit, officials_in_phrase)
        if person is not None and not officials_in_phrase and self._foreign(
                person, _phrase_nation(toks, phrase)):
            person = None  # "The U.S. leader said" is no one rather than Putin, who spoke
            # last: a description's nation contradicts the official's (round 16)
        if person is not None and person.kind == "person" and phrase.core >= 0:
            # "Theresa May, the British prime minister, said": she is "the prime minister"
            apposed = [t for t in toks[phrase.core : phrase.j] if t.kind == "w"]
            if apposed and apposed[0].low in {"the", "a", "an"} and not any(
                    w.low in PAST_MARKERS for w in apposed):
                k = len(apposed)
                if any(w.low in {"of", "from", "for"} for w in apposed):
                    k = next(m for m, w in enumerate(apposed) if w.low in {"of", "from", "for"})
                head = title_key(apposed[k - 1].low)
                if head in OFFICE_HEADS:
                    person.roles.update(roles_of([w.low for w in apposed[max(1, k - 2) : k]]))
                    # ("Antony Blinken, the secretary of state": "of" cut it at "secretary")
                    person.roles.update(_multiword_offices(apposed))
        return person

    def _campaign_team(self, toks: list[Token], phrase: Phrase) -> Person | None:
        """The campaign a candidate's "team" is: "the Clinton team", "Clinton's team" and
        "Team Trump" said what the campaign said (PolNeAR labels them "Hillary Clinton
        campaign", as it labels "the Clinton campaign"). Only after a surname of a person the
        article has named in full, and in an article that speaks of a campaign: "Moody's
        team" of a senator's article without one is her staff and stays a description."""
        words = [t for t in toks[phrase.i : phrase.core_end] if t.kind == "w"]
        if words and words[0].low == "the":
            words = words[1:]
        if len(words) != TEAM_PHRASE_WORDS:
            return None
        if words[1].low == "team" and _is_cap(words[0]):
            name = words[0].low.removesuffix("'s").removesuffix("’s")
        elif words[0].low == "team" and words[0].text == "Team" and _is_cap(words[1]):
            name = words[1].low  # "Team Trump"
        else:
            return None
        if "campaign" not in self.text and "Campaign" not in self.text:
            return None  # ("Moody’s team told Fox News": a senator's staff, in an article
            # without a campaign; only a team phrase asks, so the text is rarely searched)
        known = self.surnames.get(fold(name))
        if known is None or known.kind != "person" or not known.name or \
                len(known.name.split()) < MIN_TEAM_OWNER_WORDS:
            return None
        return self._person(f"{known.name} campaign", None, "", kind="org")

    def _article_holder(self, words: list[Token], unit: int, offset: int,
                        official: Official) -> Person | None:
        """Someone else the article itself gave the office a registry title names, seen
        before ``offset``: "Vatican Secretary of State Cardinal Pietro Parolin said ... the
        secretary of state added" is Parolin, not the registry's U.S. secretary of state
        (a wrong alert for Rubio, twenty-third session); so is "Secretary of State Antony
        Blinken" in an article of another year, and the one holder the article titles so
        later (:attr:`titled`). Only offices of several words are asked
        (SECRETARY_OF_STATE): a one-word title ("the president") is the registry's
        holder unless the article titled someone so, which :meth:`_role` decides on its
        own path."""
        roles = _compound_offices(words)
        for role in roles:  # (and a qualified office: "Defense Secretary Ash Carter said
            # ... the defense secretary had testified" in an undated article is Carter, not
            # the registry's defense secretary of today)
            holder = self._role(role, unit, registry=False, offset=offset)
            if holder is not None and holder.official != official.id:
                return holder
            later = self.titled.get(role, {})
            if len(later) == 1:  # "NATO's secretary general called ... NATO Secretary
                # General Jens Stoltenberg said": the one holder the article names later
                name = next(iter(later.values()))
                if fold(name) != fold(official.name):
                    person = self._person(name, None, first_name_gender(name))
                    person.roles.add(role)
                    return person
        return None

    def _person_of_place(self, name: list[Token]) -> bool:
        """Is the run before the first link word of ``name`` a person this sentence or an
        earlier one made a gendered person ("His ex-girlfriend, Debra-Lyn Unthank of Penn
        Hills, said": a woman of a place, not an organisation "Debra-Lyn Unthank of Penn
        Hills"; pron24)? :func:`_person_before_link` finds the given names the lexicon
        knows; this finds those the article itself gave a gender."""
        m = next((m for m, w in enumerate(name) if w.low in _LINK_WORDS), 0)
        if m < MIN_TRIMMED_NAME:
            return False
        known = self.people.get(fold(span_text(name[:m])))
        return known is not None and known.kind == "person" and bool(known.gender)

    def _foreign(self, person: Person, nation: str) -> bool:
        """Is ``person`` a tracked official of another country than ``nation`` (a
        description's nation word, "" when it has none)?"""
        official = self.registry.get(person.official) if person.official else None
        return bool(nation and official is not None and official.country
                    and official.country != nation)

    def _included(self, toks: list[Token], phrase: Phrase, unit: int) -> Person | None:
        """The named people an aside after a plural description lists: "Democratic
        presidential candidates, including Hillary Clinton and Senator Bernie Sanders of
        Vermont, have said" are Clinton and Sanders; "Several candidates, including Trump,
        said" is Trump among them (round 16; PolNeAR and the news sets label the named
        members); also between dashes, "Democrats -- including Clinton --", and a name after
        a person's noun, "including ... professor Zeynep Tufekci" (twenty-fifth session), and
        after a source that follows its cue when the examples end the sentence ("applauded by
        Wall Street critics, including economist Paul Krugman."; desc33). None unless every
        listed item is a named person."""
        k = phrase.core_end
        head = toks[k - 1]
        if phrase.how not in {"left", "right"} or k + 2 >= len(toks) or \
                toks[k].low not in _INCLUDED_MARKS or \
                toks[k + 1].low not in _INCLUDING or (
                    _is_cap(head) and not head.low.endswith(_PLURAL_HEAD_ENDINGS)) or \
                not head.low.endswith("s") or head.low.endswith(("’s", "'s")):
            return None
        start = k + 2
        end = start
        while end < len(toks) and end - start <= MAX_INCLUDED_TOKENS and toks[end].kind == "w" \
                and (toks[end].low != "," or (end + 1 < len(toks) and _is_cap(toks[end + 1]))):
            end += 1
        closed = end < len(toks) and toks[end].low in _INCLUDED_MARKS | {")"}
        if end == start or end - start > MAX_INCLUDED_TOKENS or not (closed or (
                phrase.how == "right" and (end == len(toks) or toks[end].low in _CLAUSE_ENDS))):
            return None  # (a source after its cue may end the sentence with its examples:
            # "applauded by Wall Street critics, including economist Paul Krugman."; desc33)
        people: list[Person] = []
        a = start
        for b in [*(m for m in range(start, end) if toks[m].low in {",", "and"}), end]:
            if b > a:
                words = toks[a:b]
                if not _is_cap(words[-1]) or any(w.low in lx.DETERMINERS for w in words):
                    return None  # ("including the State Department": no person)
                n = b
                while n > a and _is_cap(toks[n - 1]):
                    n -= 1
                if n > a and toks[n - 1].low in lx.SPEAKER_NOUNS | EPITHET_NOUNS:
                    a = n  # "including University of North Carolina at Chapel Hill professor
                    # Zeynep Tufekci": the name after the person's noun (twenty-fifth session)
                person = self._resolve_phrase(
                    toks, Phrase(a, b, "left", toks[a].start, toks[b - 1].end), unit, [])
                if person is None or person.kind != "person" or not person.name:
                    return None
                people.append(person)
            a = b + 1
        if not people:
            return None
        return people[0] if len(people) == 1 else self._team(people)

    def _resolve_phrase(
        self,
        toks: list[Token],
        phrase: Phrase,
        unit: int,
        officials_in_phrase: list[tuple[Official, bool]],
    ) -> Person | None:
        words = toks[phrase.i : phrase.core_end]
        head = words[-1].low
        offset = toks[phrase.i].start
        if phrase.how == "pronoun" or _pronoun_of(head):
            if _parenthetical(toks, phrase):
                offset = toks[0].start  # "The Russian leader, he said, was ...": no one
                # named in what he said is "he"
            pronoun = _pronoun_of(head) or lx.PRONOUN_CASES.get(head, head)
            if phrase.j < len(toks) and toks[phrase.j].low in CONTINUING_CUES:
                earlier = self._continued_speaker(pronoun, unit, offset)
                if earlier is not None:
                    return earlier
            return self._pronoun(pronoun, unit, offset)  # ("according to him": he)
        if phrase.how == "relative":
            return None
        if len(words) == 2 and words[0].low == "the" and words[1].low in _STATE_DEMONYMS:
            return self._person(_STATE_DEMONYMS[words[1].low], None, "", kind="org")  # "The
            # Russians have used the presence of Nusra fighters ..., saying C": the Russian
            # state, as diplomatic news writes its side (desc37)
        if len(words) == 2 and words[0].low in _SPEAKER_OF_POSSESSIVE and (
                head in _OWN_SPEECH_NOUNS):
            return self._pronoun(_SPEAKER_OF_POSSESSIVE[words[0].low], unit, offset)  # "his
            # words appeared to contradict": what he said is his, the one "his" stands for
        if len(words) >= 3 and words[1].low == "of" and phrase.i + 2 < phrase.core_end and (
                words[0].low in _SHARE_OF) and words[2].low not in {"them", "us", "those"}:
            # "one of the former prosecutors for David Petraeus", "most of his competitors":
            # one or some of the people the rest describes, who they are
            return self._resolve_phrase(
                toks, Phrase(phrase.i + 2, phrase.j, phrase.how, toks[phrase.i + 2].start,
                             phrase.end, phrase.core), unit, officials_in_phrase)
        shouted = _shouted_lead(words)
        if shouted:  # "CLICK HERE TO GET THE FOX NEWS APP Zeisloft said": the speaker after
            # a page's shouted line or headline that runs into the sentence (round 23)
            at = phrase.i + shouted
            return self._resolve_phrase(
                toks, Phrase(at, phrase.j, phrase.how, toks[at].start, phrase.end,
                             phrase.core), unit, officials_in_phrase)
        placed = _placed_name(words)
        if placed:  # "Zelenskyy in Kyiv said": the person, not the place
            return self._resolve_phrase(
                toks, Phrase(phrase.i, phrase.i + placed, phrase.how, phrase.start,
                             toks[phrase.i + placed - 1].end), unit, officials_in_phrase)
        named_first = _name_then_epithet(words)
        if named_first:  # "Obama the realist knows": the person, not a description
            return self._resolve_phrase(
                toks, Phrase(phrase.i, phrase.i + named_first, phrase.how, phrase.start,
                             toks[phrase.i + named_first - 1].end), unit, officials_in_phrase)
        family = self._family(words)
        if family is not None:  # "the Khans say" after Khizr and Ghazala Khan (round 16)
            return family
        if len(words) >= 4 and words[0].low in {"the", "this"} and words[-2].low == "of" and \
                words[-3].low in PARENT_NOUNS:
            # "“Q,” the mother of two said": an epithet of the person just written about
            return self._recent_speaker(unit, offset, KIN_GENDER.get(words[-3].low, ""), "",
                                        set())
        byline = next((k for k in range(len(words) - 3) if words[k].text == "Reporting"
                       and words[k + 1].low == "from"), None)
        if byline is not None:  # "Jenny Gross Reporting from London The European Union
            # said": a byline runs into the sentence; the speaker follows the place
            d = next((k for k in range(byline + 3, len(words))
                      if words[k].low in {"the", "a", "an"}), None)
            if d is None:  # "Reporting from London Marks & Spencer, one of ...": the name
                # after the place (org34; it was the reporter, "Eshe Nelson Reporting")
                d = byline + 2
                while d < len(words) and _place_word(words[d]):
                    d += 1
                d = d if byline + 2 < d < len(words) and _is_cap(words[d]) else None
            if d is not None:
                at = phrase.i + d
                return self._resolve_phrase(
                    toks, Phrase(at, phrase.j, phrase.how, toks[at].start, phrase.end,
                                 phrase.core if phrase.core > at else -1),
                    unit, officials_in_phrase)
        if all(_is_number(w) or w.low == "in" for w in words):
            return None  # "Six in 10 say": a share of people, not someone named "10"
        if _percent_of(words):
            return None  # "Fifty-eight percent of Canadians said": a share of them, described,
            # not the Canadians (org34)
        if len(words) == 1 and _is_cap(words[0]) and head in ORG_DESCRIPTIONS and (
                head != "police" and head in self.common) and (phrase.i == 0 or (
                unit == 0 and toks[phrase.i - 1].low in HEADLINE_CLAUSE_STARTS)):
            # "Political future unsure at Fox, after Ailes exit; Network has offered path":
            # a headline's (or deck's) kind of organisation, its article dropped, which the
            # article writes in lower case elsewhere ("the network"): the organisation named
            # before, as "the network" is, not someone named "Network" (desc36)
            return self._org(head, unit, offset)
        # the core, and the whole phrase when the finder took a list for a name and its
        # apposition ("including Macron, Merz and Starmer")
        described = phrase.core >= 0 and any(
            t.low in _LIST_DESCRIBERS for t in toks[phrase.core : min(phrase.j, phrase.core + 2)])
        wholes = ([Phrase(phrase.i, phrase.j, phrase.how, phrase.start, phrase.end)]
                  if phrase.core >= 0 and not described else []) + [phrase]
        # (not "Witkoff and Kushner, both close allies of Trump,": the apposition describes
        # the listed people, and Trump is none of them; twentieth session)
        for whole in wholes:
            names = toks[whole.i : whole.core_end]
            if any(w.low == "and" for w in names) and all(
                    _is_cap(w) or w.low in {",", "and", "both", "of"} or w.low in lx.TITLE_WORDS
                    or w.low in lx.SPEAKER_NOUNS or w.low in lx.NP_MODIFIERS for w in names):
                joint = self._joint(toks, whole, unit)
                if joint is not None:
                    return joint
        gender = ""
        for w in words:
            gender = gender or lx.HONORIFIC_GENDER.get(w.low, "") or lx.ROLE_GENDER.get(w.low, "")
        named = [o for o, is_name in officials_in_phrase if is_name]
        if named:
            return self._person(named[-1].name, named[-1], gender)
        titled_surname = self._title_surname(words)
        if titled_surname is not None:  # "Steve King ... “Q,” King said": Steve King
            return titled_surname
        unclosed = _unclosed_apposition(toks, phrase) if phrase.how == "left" else (
            _name_after(toks, phrase) if phrase.how == "right" else [])
        if unclosed:  # "Abhijit Surya, senior APAC economist at Capital Economics said":
            # the name before an apposition whose closing comma the writer left out
            text = span_text(unclosed)
            return self._person(text, None, gender or name_gender(text))
        # "The head of the Super PAC ..., Mike Murphy, praised"; a name in apposition wins
        # over the registry's holder of the title ("The Kremlin spokesman, Ivan Petrov,")
        if phrase.core >= 0:
            tail = [t for t in _outside_parentheses(toks[phrase.core : phrase.j])
                    if t.kind == "w"]  # ("... Organization (WHO), Tarik Jasarevic, said": the
            # acronym closes the description, no part of the apposed name; round 23)
            if len(tail) == 1 and _is_cap(tail[0]) and phrase.j >= 2 and \
                    toks[phrase.j - 2].low == ",":
                relative = self.first_names.get(fold(tail[0].text))
                if relative is not None and relative.roles & _KIN_NOUNS:
                    return relative  # "Trump's wife, Melania, said": Melania Trump
            at = phrase.core + 1 if toks[phrase.core].low == "," else phrase.core
            if any(t.low == "and" for t in tail) and all(
                    _is_cap(t) or t.low in {",", "and"} for t in toks[at : phrase.j]):
                # "Two Republican members of Congress from Florida, Ileana Ros-Lehtinen and
                # Carlos Curbelo, have said": the people listed after the description (not
                # "Florida"; twentieth session)
                joint = self._joint(toks, Phrase(at, phrase.j, "left", toks[at].start,
                                                 phrase.end), unit)
                if joint is not None:
                    return joint
            apposed_name = _apposed_name([toks[phrase.core], *tail])
            if apposed_name:
                text = " ".join(t.text for t in apposed_name)
                titled = officials_in_phrase[-1][0] if officials_in_phrase else None
                if titled is not None and surname(titled.name) == surname(text):
                    # "Head of the Russian delegation, Presidential Aide Vladimir Medinsky":
                    # the holder the title names, by their registry name
                    return self._person(titled.name, titled, gender)
                person = self._person(text, None, gender or self._name_gender(text))
                person.roles.update(_described_offices(words))
                return person
            org_name = _apposed_org(words, tail)
            if org_name:  # "The U.N. agency for Palestinian refugees, UNRWA, said": UNRWA
                return self._person(span_text(org_name), None, "", kind="org")
            described_name = _described_person_name(words, tail)
            if described_name:  # "One pastor, Darran Whiting of Liberty Baptist Church in
                # Marion, said": the name apposed to a person's description (round 16)
                text = span_text(described_name)
                person = self._person(text, None, gender or self._name_gender(text))
                person.roles.update(_described_offices(words))
                return person
            if _post_described(words) and _plain_name_run(tail) and \
                    toks[phrase.j - 1].kind == "w":
                # "The head of the International Committee of the Red Cross, Mirjana
                # Spoljaric, said": a post's holder, though the lexicon lacks her given name
                text = span_text(tail)
                return self._person(text, None, gender or self._name_gender(text))
        if officials_in_phrase and not _written_name(words) and not any(
                w.low in PAST_MARKERS for w in words):
            # ("the former secretary of state" is not the registry's secretary of now)
            # "the Kremlin spokesman": the registry's holder of the title; but a name written
            # in the phrase ("Foreign Ministry spokesman Lu Kang") always wins over the title
            official = officials_in_phrase[-1][0]
            other_holder = self._article_holder(words, unit, offset, official)
            if other_holder is not None:
                return other_holder
            return self._person(official.name, official, gender)
        titled_holder = _linked_title_holder(words) if not any(
            w.low in PAST_MARKERS for w in words) else []  # (a former title's holder: below)
        if titled_holder:  # "Vatican Secretary of State Cardinal Pietro Parolin": the
            # cardinal, not an organisation "Vatican Secretary of State ..." (round 23)
            text = span_text(titled_holder)
            person = self._person(text, None, gender or name_gender(text))
            prefix = words[: len(words) - len(titled_holder)]
            person.roles.update(roles_of([w.low for w in prefix if w.low in lx.TITLE_WORDS])
                                | _multiword_offices(prefix))
            return person  # ("... the secretary of state said" is the cardinal again)
        outlet = _named_outlet(words)
        if outlet:  # "the Kommersant newspaper", "the RIA Novosti news agency": the outlet
            # its kind follows (round 30)
            return self._person(span_text(outlet), None, "", kind="org")
        linked = _linked_name(words)
        if linked and (self._person_of_place(linked) or _portfolio_holder(words, linked)):
            linked = []  # ("Assistant Secretary for Public Affairs Tricia McLaughlin": a
            # person after a title's portfolio, no organisation "... for ..."; tn37)
        if linked:  # "the Center for Responsive Politics": one organisation's name (before
            # a document's: "the Institute for the Study of War" is no study)
            return self._person(span_text(linked), None, "", kind="org")
        post_holder = _linked_holder(words)
        if post_holder:  # "Centers for Disease Control Director Thomas Frieden": the director
            text = span_text(post_holder)
            return self._person(text, None, gender or name_gender(text))
        document = self._document(words, unit, offset) or self._titled_thing(
            words, unit, offset, toks[-1].end) or self._authored(toks, phrase, words, unit,
                                                                  offset)
        if document is not None:
            return document
        k = phrase.core_end
        if phrase.how == "left" and k + 1 < phrase.j and toks[k].low in _AUTHOR_LINKS and (
                head in lx.EVIDENCE_NOUNS or head in DOCUMENT_HEADS):
            # "An investigation by the Palm Beach County Sheriff's Office revealed": a
            # finding its author's name cannot name is the author's
            return self._resolve_phrase(toks, Phrase(k + 1, phrase.j, phrase.how,
                                                     toks[k + 1].start, phrase.end), unit,
                                        officials_in_phrase)
        aged = self._aged(words) or self._aged_speaker(words, unit, offset)
        if aged is not None:  # "Alan Alda, 89, ... The 89-year-old said" (round 16)
            return aged
        if head in STATEMENT_HEADS and words[0].low in {"the", "this", "that"} and not any(
                w.low.endswith(("’s", "'s")) or _is_cap(w) for w in words[1:]):
            # (not "the campaign's statement", "the Kremlin statement": it names its issuer)
            issuer = self._issuer(unit, offset)
            if issuer is not None:  # "In a Wednesday statement, the lawmakers referred to
                return issuer  # ... “Q,” the statement said": the lawmakers (round 16)
        national = self._national(words, unit)
        if national is not None:
            return national
        related = self._related([w for w in words if w.kind == "w"], unit) if (
            phrase.core < 0) else None  # (a name in apposition wins: "Her manager, Robby Mook")
        if related is not None:  # "his brother" after "Osman's brother, Alastair Osman"
            return related
        if phrase.core < 0 and words and words[-1].low in _KIN_NOUNS and _name_possessor(
                [w for w in words if w.kind == "w"]) >= 0:
            return None  # "said Mark Weekly's brother": the brother, unnamed, never Mark
            # Weekly (a real page gave the brother's words to the man charged; twenty-fourth
            # session)
        if any((w.low == "in" or w.low in NEAR_WORDS) and placed_head(words, k - 1)
               for k, w in enumerate(words[1:-1], 1)):
            return None  # "Officials in Kyiv said": unnamed people of a place, not the place
            # ("An official in Kyiv", "a lawmaker in the Philippines": one of them)
        # no apposition after the core names someone else: the phrase is its own words, or
        # they run on into a relative clause ("an aide to Zelenskyy who was on the call")
        unapposed = phrase.core < 0 or toks[phrase.core].low in lx.RELATIVE_PRONOUNS
        if unapposed and len(words) >= 3 and _body_people(words):
            return None  # "Georgia Bureau of Investigation agents said": the body's people,
            # described, not the body cut at "of" (twenty-second session)
        possessed = _possessed_name(words) if unapposed else []
        if possessed:  # "the University of Calgary's Dickinson", "the University of Calgary's
            # James Dickinson": the person the body's possessive names, not the body cut at
            # "of" (twenty-fourth session)
            text = span_text(possessed)
            known = self.bare(fold(text), gender) if len(possessed) == 1 else None
            return known or self._person(text, None, gender or self._name_gender(text))
        cut = next((k for k, w in enumerate(words) if w.low in _NAME_CUT_WORDS and k > 0), None)
        to = next((k for k, w in enumerate(words) if w.low == "to" and k > 0), None)
        if cut is None and to is not None and unapposed and _person_noun_before(words, to) \
                and len(_untitled(words[to + 1 :])) <= MAX_OBJECT_NAME_WORDS:
            return None  # "an aide to Trump", "a source close to Peskov": unnamed, not Trump
        if to is not None and (cut is None or cut > to) and unapposed and \
                words[to - 1].low in THING_HEADS:
            return None  # "A letter to Attorney General Loretta Lynch said": the letter's
            # writer, whom the phrase does not name, not its addressee
        if cut is not None and unapposed and words[cut].low == "of" and \
                words[cut - 1].low in OFFICIAL_BODIES and words[0].low in lx.DETERMINERS:
            return None  # "The office of Ukraine's president said": the office, as
            # "Zelenskiy's office said" is (round 16), not the president
        posted = _posted_at(words, cut) if unapposed else 0
        if posted:  # "the 78-year-old professor emeritus at Kyoto University's Research
            # Institute ... said": the epithet (see the title rule below), not the institute
            words, cut = words[:posted], None
        if cut is not None and cut == 1 and unapposed and _is_cap(words[0]) and (
                words[0].low in lx.SPEAKER_NOUNS or words[0].low in _PLURAL_PEOPLE) and (
                words[0].low not in lx.TITLE_WORDS) and (  # ("Secretary of State John Kerry")
                phrase.i == 0 or toks[phrase.i - 1].kind != "w"):
            return None  # "Officials from Ukraine's intelligence service said", "Members of
            # parliament said": a capitalised common noun opening the sentence, no name
        if cut is not None and unapposed and words[0].low in lx.DETERMINERS and (
                words[-1].low in lx.SPEAKER_NOUNS and not _is_cap(words[-1])) and all(
                _is_cap(w) or w.low in _BODY_NAME_JOINERS for w in words[1:-1]):
            return None  # "A Department of Health spokesperson said", "A Department for
            # Health and Social Care spokesperson": a body's spokesperson, unnamed (the body's
            # name before the noun, not "Department" cut at "of"; twenty-third session)
        link = cut if cut is not None and words[cut].low in _ORG_NAME_LINKS else (
            to if to is not None and (cut is None or to < cut) else None)
        if link is not None and unapposed and (
                words[link - 1].low in _LINKED_BODY_HEADS
                or _kind_before_name(words, link) < link) and (
                body := _body_name(words, link)):
            # "The U.S. Court of Appeals for the Ninth Circuit", "the National Institute of
            # Allergy and Infectious Diseases", "the Committee to Protect Journalists": a
            # body's name goes on over "of", "for" and "to", not cut before them as a
            # person's is (28th session)
            return self._person(span_text(body), None, "", kind="org")
        if cut is not None and unapposed and _portfolio_holder(toks, words):
            cut = None  # "Assistant Secretary for Public Affairs Tricia McLaughlin": the name
            # after the portfolio (tn37), not a person "Assistant Secretary" cut at "for"
        if cut is not None and name_tokens(words[:cut]):
            words = words[:cut]  # "Joel Pollak of Breitbart California": Joel Pollak
        elif cut is not None and unapposed and (_person_noun_before(words, cut) or (
                # "The foreign ministers of France, Germany and Britain": people of a list
                (words[cut - 1].low in _PLURAL_PEOPLE or words[cut - 1].low in PLACE_PEOPLE)
                and any(w.low in {",", "and"} for w in words[cut:])) or (
                words[0].low in _INDEFINITES and (words[cut - 1].low in _POST_NOUNS
                                                  or words[cut - 1].low in _HEAD_TITLES)) or (
                # "a journalist from Tehran", "a researcher and writer from Tehran": an unnamed
                # person of the place (round 37: it was "Tehran")
                words[0].low in _INDEFINITES and not _is_cap(words[cut - 1])
                and _person_head(words[cut - 1].low)
                and words[cut].low in _PLACE_LINKS) or (
                words[cut].low == "of" and _plural_title(words[cut - 1].low))):
            return None  # "a spokesperson for the Prime Minister's Office": unnamed, not the
            # office; "A deputy head of the state company Tavanir": unnamed, not Tavanir;
            # "The mayors of Strasbourg" (and Kehl, cut off by the list): several holders of
            # a title, not the place (desc30)
        elif cut is not None and phrase.core < 0 and words[0].low == "the" and cut >= 2 and \
                words[cut].low == "of" and words[cut - 1].low in _ORG_POSTS and not any(
                _is_cap(w) and w.low not in lx.TITLE_WORDS for w in words[1:cut]) and \
                _named_after(words, cut + 1):
            # "The head of Gazprom said", "the chief executive of Gazprom": a person of the
            # organisation, described as "the president of Gazprom" already was, not the
            # organisation itself (fifteenth session; a tracked official's title, "the head of
            # the Russian Direct Investment Fund", was matched before this)
            return None
        apposed = _apposed_name(words)
        name = apposed or name_tokens(words)
        holder_office = [] if apposed else _office_of_holder(words, name)
        if len(holder_office) > 1:  # "the Pasco County Sheriff's Office": the office, whole
            return self._person(span_text(holder_office), None, "", kind="org")
        if name and not apposed and (_org_like(name) or _after_name_link(words, name)) and \
                not _titled_person(words):
            name = org_run(words, words.index(name[-1]) + 1)  # "The State Department",
            # "Simon & Schuster" (org34)
        name = trim_name(after_outlet(name))
        name = _portfolio_name(toks, name) if name and not apposed else name
        if name and all(any(ch.isdigit() for ch in w.text) and not any(
                ch.isalpha() for ch in w.text) for w in name):
            name = []  # "A caller to 911 said", "five girls aged between 13 and 15": a number
            # names no one (twenty-ninth session)
        if name and name[0] is not words[0] and words[0].text in {"a", "an"} and (
                name[-1] is not words[-1] and not _is_cap(words[-1])) and not any(
                w.low in THING_HEADS or w.low in lx.EVIDENCE_NOUNS or w.low == "tally"
                for w in words):  # (a document keeps its author: "an AFP tally", "a memo
            # Comey wrote")
            name = []  # "a Catawba County deputy said": the capitalised words modify the
            # lower-case head of a description, as below (twenty-ninth session)
        if len(name) > 1 and name[0].text in _INDEFINITE_ARTICLES:
            # "A US software giant said", "A WDRB photographer said": the sentence's capital
            # on an article, no part of a name, and before a lower-case head the capitalised
            # words are its modifiers: a description (the speaker was "A US"; 29th session)
            name = [] if name[-1] is not words[-1] and not _is_cap(words[-1]) else name[1:]
        if name and all(w.low in _CALENDAR_WORDS for w in name) and not (
                len(name) == 1 and self.given_surname(name[0].text)):
            name = []  # "The 24-page indictment released early Friday alleges", "according to
            # industry statistics from November": when, not who (round 23); but "Alex
            # January ... January said" is the person
        if len(name) > 2 and name[0].low in PARTY_QUALIFIERS and not _org_like(name) and (
                first_name_gender(name[1].text + " x") or name[0].low in _PARTY_NOUNS):
            name = name[1:]  # "Democrat Bernie Sanders said": Bernie Sanders
        if cut is not None and not apposed and words[0].low in lx.DETERMINERS and (
                _title_head(words) in TITLE_HEADS and _title_head(words) != title_key(head)):
            name = []  # "the senator from Vermont": a title (below), not a person "Vermont"
        if name and (name[-1].low in DESCRIPTIVE_HEADS or name[0].low in NOT_NAMES):
            name = []  # "the Kentucky Republican" describes; see the title rule below
        if name and name[-1] is words[-1] and name[-1].low in _CAPITAL_TITLES and all(
                _nation_word(w) or w.low in PARTY_QUALIFIERS or w.low in lx.TITLE_WORDS
                for w in name[:-1]):
            name = []  # "The PM said", "the Labour MP said", "Israeli PM says": a title
            # written in capitals, no one's name (the title rule below; tn37)
        if name and not apposed and name[-1] is not words[-1] and _people_word(
                name[-1].low) and all(_place_word(w) or w.low in _COMPASS_WORDS for w in name):
            name = []  # "South African media reported", "South Korean officials": a people's
            # adjective of two words before the noun, as "Russian media" (22nd session)
        if len(name) == 1 and name[0] is words[0] and phrase.i == 0 and (
                name[0].low in self.common and fold(name[0].low) not in self.surnames
                and not given_name_gender(name[0].text) and name[0].low not in lx.SPEAKER_NOUNS
                and name[0].low not in lx.EVIDENCE_NOUNS):  # (the lexicon's nouns, "Police",
            # "Poll:", have rules of their own)
            name = []  # "Life has returned to normal: “Q”", "Poetry in the textbooks
            # romanticizes": a sentence's capital on a word the article writes in lower case
            # elsewhere, no one's name (twenty-second session)
        if len(name) == 1 and (name[0].low.endswith("s") or name[0].low in _MEN_PLURALS
                               or name[0].low in _PEOPLE_WORDS) and (
                name[0].low in lx.SPEAKER_NOUNS or self._plural_agents(name[0].low)) \
                and not any(_is_cap(w) and w.low not in lx.WEEKDAYS
                            and not w.low.replace(",", "").isdigit()
                            for w in toks[phrase.i + 1 : _before_set_off(toks, phrase)]):
            name = []  # "Analysts said", "Residents said": people described at a sentence's
            # start, no one's name (twentieth session); "Records obtained Tuesday" too (the
            # day the phrase ends with is no name after the noun; round 23); a number is no
            # name either, nor a set-off aside after the core ("Officials for the county,
            # around 200 miles away from the capital Beijing, said": scan35a)
        if name and not apposed and name[0] is words[0] and name[-1] is words[-1] and (
                len(name) >= 2) and fold(span_text(name)) in self.title_runs:
            headed = self.title_runs[fold(span_text(name))]  # a headline's "CNN President
            # On Trump: ..." is "CNN President Jeff Zucker" of the text
            return self._person(headed, None, gender or name_gender(headed))
        if name and not apposed and name[-1] is words[-1] and _titled_run(words, name):
            # "the SAFA President", "Iran's Supreme Leader": a title, not a person's name; the
            # person the article wrote it before ("SAFA President Dr Danny Jordaan"), else the
            # title rule below
            held = self.title_runs.get(fold(span_text(name)))
            if held is not None:
                return self._person(held, None, gender or name_gender(held))
            if len(name) == 2 and (name[0].low in lx.NP_MODIFIERS
                                   or name[0].low in lx.TITLE_WORDS):
                name = []  # ("The New Hampshire Union Leader" is a newspaper's name)
        if name and not apposed:
            name = name[_after_run_post(name):]  # "F.B.I. Agent Peter Strzok": the name
        if name:
            text = " ".join(t.text for t in name)
            surnamed = self._named_surname(name)
            if surnamed is not None:
                return surnamed
            if _org_like(name) and not _titled_person(words):
                return self._person(text, None, "", kind="org")
            if len(name) == 1 and is_acronym(name[0]) and name[0].text.replace(".", "") \
                    not in _NOT_ACRONYMS:
                return self._acronym(name[0])  # "the EPA": the agency the article spells out
            if len(name) == 1:
                key = fold(name[0].text)
                first = None if key in COUNTRIES else self.first_names.get(key)
                as_place = first is not None and self._written_as_place(name[0].text)
                known = self.bare(key, gender) or (None if as_place else first) or \
                    self.inner_names.get(key)  # ("Israel said its troops had fired" is the
                # country, not Israel Katz named before: a country is never a given name's
                # short form; a surname "Jordan" still is, by bare above)
                if known is None and as_place:
                    return self._person(text, None, "", kind="org")  # "Cleveland showed"
                    # after "in Cleveland": the city (as an organisation speaks), not the
                    # "Cleveland Police Patrolmen" a first name would make it (name36)
                if known is not None:
                    if gender and known.gender and known.gender != gender and \
                            not known.official and key not in self.namesakes:
                        known.gender = gender  # "Ms. Epstein" after "Lee Epstein": the
                        # honorific is written, the first name's gender was a guess
                    return known
                at = next((k for k, w in enumerate(words) if w is name[0]), 0)
                before = words[at - 1].low if at else ""
                titled_word = before.rstrip(".") in _PERSON_TITLES or before in _RANKS or \
                    before in {"professor", "prof", "prof."}
                full = self._earlier_full_name(key) if titled_word and _is_cap(
                    words[at - 1]) else None
                if full is not None:  # "Berhanu Nega, a professor ..." then "Professor Nega"
                    return self._person(full, None, gender or self._name_gender(full))
                clipped = self._clipped_org(key, unit, offset) if not titled_word else None
                if clipped is None and not titled_word:
                    clipped = self._blended_org(name[0].text, unit, offset)
                if clipped is not None:  # "the Metropolitan Police" ... "the Met said"
                    return clipped
            if name[-1] is words[-1] or len(name) > 1:
                person = self._person(text, None, gender or self._name_gender(text))
                person.roles.update(w.low for w in words if w.low in lx.SPEAKER_NOUNS
                                    or w.low in EPITHET_WORDS)  # ("steel magnate Rinat
                # Akhmetov said": "the magnate" later; desc21)
                person.roles.update(_described_offices(words))  # ("NATO Secretary General
                # Jens Stoltenberg said": "NATO's secretary general" later is him)
                if any(w.low in PAST_MARKERS for w in words):  # "Former Secretary of State
                    # Hillary Clinton said": a later "the former secretary" is her
                    person.roles.update(f"former {title_key(w.low)}" for w in words
                                        if w.low in lx.TITLE_WORDS and w.low not in PAST_MARKERS)
                return person
        if (head in GROUP_HEADS or (head in GROUP_SIZES and len(words) <= 2)) and (
                words[0].low in {"the", "all", "both"} or words[0].low in GROUP_SIZES):
            size = next((GROUP_SIZES[w.low] for w in words if w.low in GROUP_SIZES), 0)
            team = self._group(unit, offset, size)
            listed = self._group(unit, offset, 0)
            if team is None and (listed is None or len(listed.members) < size):
                team = self._last_people(unit, offset, size)  # (a longer list named just
                # before: "the two candidates" after three names is unsure)
            if team is None and head in KIN_HEADS and size in {0, 2}:
                team = self._kin(unit, offset)
            if team is None and listed is None:
                team = self._named_after(unit, offset, size)
            if team is not None:  # "the candidates" after "Trump, Carson and Fiorina"
                return team
        if head in _COUNTRY_HEADS and (words[0].low in {"the", "all", "both"}):
            size = next((GROUP_SIZES[w.low] for w in words if w.low in GROUP_SIZES), 0)
            countries = self._listed_countries(unit, offset, size)
            if countries is not None:  # "Britain, France and Canada ... the three
                return countries  # countries said in a joint statement" (round 16)
        if head in _ORG_LIST_HEADS and len(words) == 3 and words[0].low in {"the", "all"} and (
                words[1].low in GROUP_SIZES):
            orgs = self._listed_orgs(unit, offset, GROUP_SIZES[words[1].low])
            if orgs is not None:  # "by the Shin Bet (Israel Security Agency), IDF and Israel
                return orgs  # Police,” the three organizations said (they29)
        if head in ORG_HEADS and head not in TITLE_HEADS and any(
                _is_cap(w) and w.low not in lx.DETERMINERS for w in words[:-1]):
            return None  # "The Cruz campaign", "the Trump administration": an organisation
            # the phrase names itself, neither someone's title nor the last campaign named
        if head == "board" and len(words) >= 2 and words[-2].low == "editorial" and (
                words[0].low == "the"):
            head = "newspaper"  # "the editorial board writes": the paper named before ("a
            # headline from the Wall Street Journal editorial board"), as "the newspaper"
        if head in ORG_DESCRIPTIONS and any(
                _is_cap(w) and w.low not in lx.DETERMINERS and not w.low.endswith(("’s", "'s"))
                and fold(w.text) not in PLACES and w.low not in PARTY_QUALIFIERS
                and not _people_word(w.low) and w.text.replace(".", "") not in _NOT_ACRONYMS
                for w in words[1:-1]):  # ("the TV channel", "the U.S. firm": no name)
            return None  # "the national Asahi newspaper", "the BLM group": the phrase names
            # its organisation itself, not the last outlet or group named (not "the Israeli
            # military", "the Republican group": a people's or a party's word)
        if head == "police" and len(words) <= 2 and words[0].low in {"police", "the"}:
            org = self._org("police", unit, offset)  # "police said" after "the Jupiter Police
            if org is not None and len((org.name or "").split()) > 1:  # Department": the
                return org  # force named before (not "Police" of "Police said" alone)
        if (words[0].low in {"the", "this"} or _definite(toks, phrase.i, MAX_ORG_MODIFIERS)) and \
                head in ORG_DESCRIPTIONS and head != "police" and not (
                head in _BARE_ONLY_DESCRIPTIONS and len(words) > 2) and not any(
                w.low in _OTHER_ORG_WORDS for w in words):
            # (also when the phrase was cut after its determiner: "The nation's largest gun
            # group is accusing": the group named before)
            org = self._org(head, unit, offset)
            if org is None and head in _OUTLET_KINDS:
                org = self._outlet_run(unit, offset)
            if head in _ONE_WORD_KINDS and not any(w.low in _OTHER_ORG_WORDS for w in words):
                business = self._one_word_business(unit, offset)
                if org is None or (business is not None and head in _BUSINESS_WORDS and (
                        self._last_seen(business) > self._last_seen(org))):
                    org = business  # ("Rosneft and Lukoil were hit ... Lukoil said ... The
                    # company said": Lukoil, named since; nineteenth session)
            if org is not None:  # "the newspaper": the outlet named just before
                return org
        if len(words) == 2 and words[0].low == "the" and words[1].low in _STUDY_HEADS:
            again = self._unnamed_again(DOCUMENT_CLASS, unit, set(),
                                        reach=DOCUMENT_AGAIN_UNITS)
            if again is not None:
                return again  # "according to a new joint study from the ILO ... the report
                # warns": the study as first described (round 36)
        if words[0].low == "the" and head in _LAWSUIT_HEADS and len(words) <= 3 and all(
                not _is_cap(w) for w in words[1:]):
            filed = self._filed_suit(unit, offset)
            if filed is not None:
                return filed  # "a lawsuit filed by a former staffer named Bradley Podliska
                # ... the suit says": the named filer's lawsuit (desc37)
        if len(words) == 2 and words[0].low == "the" and words[1].low in ANONYMOUS_HEADS:
            again = self._unnamed_again(words[1].low, unit, set())
            if again is not None:
                return again  # "a person familiar with the matter said ... the person
                # said": the source as first described, not "the person" (round 36)
        role = _title_head(words)
        if _possessed_before(toks, phrase.i) and words[0].low not in lx.DETERMINERS and (
                role in EPITHET_HEADS or role in _POST_NOUNS or role in TITLE_HEADS):
            # "Donald J. Trump's newly installed campaign chief has sought": the post of the
            # person the possessive names, cut off the phrase: its holder the article names
            # ("The chief, Paul Manafort,"), never the owner or whoever spoke last (title33)
            owned_holder = self._role(role, unit, qualifiers(words), registry=False,
                                      offset=offset)
            given_post = self.titled.get(role, {})
            if owned_holder is None and len(given_post) == 1:
                owned_holder = self._person(next(iter(given_post.values())), None, gender)
            if owned_holder is not None:
                return owned_holder
        k_role = next((k for k in range(len(words) - 1, 0, -1)
                       if title_key(words[k].low) == role), 0)
        if k_role >= 2 and title_key(words[k_role - 1].low) in OFFICE_QUALIFIERS and \
                role in OFFICE_HEADS:
            role = f"{title_key(words[k_role - 1].low)} {role}"  # "the prime minister"
        headline = _headline_title(toks, phrase, unit) or (
            unit == 1 and self._deck_after_headline() and _headline_title(toks, phrase, 0))
        if (_definite(toks, phrase.i) or headline or _possessed_office(words)) and (
                office_of(role) in lx.SPEAKER_NOUNS
                                                        or office_of(role) in TITLE_HEADS) and not (
                _is_cap(words[-1]) and office_of(role) not in TITLE_HEADS):
            # (a capitalised head that is no title is an institution: "the Kremlin said" is
            # not its spokesman, whoever of its people the article named last)
            past = any(w.low in PAST_MARKERS or w.low.startswith("ex-") for w in words)
            owner = next((w for w in words[1:-1] if w.low.endswith(("’s", "'s"))), None)
            if owner is not None and not _is_cap(owner) and _unpossessed(owner.low) not in (
                    _PUBLIC_OWNERS) and office_of(role) in OFFICE_HEADS:
                # "the sorority's national president": the office of a body the phrase
                # names by a common noun, held by someone the article names with it or by
                # no one, never the registry's or the article's president (desc30)
                return self._role(role, unit, qualifiers(words[1:]), registry=False,
                                  offset=offset)
            want = qualifiers(words if headline else words[1:])  # "the Vermont senator": of
            # Vermont
            bare_epithet = role in EPITHET_HEADS and office_of(role) not in OFFICE_HEADS and \
                not past and not want and not any(
                    w.low.endswith(("’s", "'s")) for w in words) and not (
                    role in self.unnamed or _staff_class(role) in self.unnamed)
            asked = _asked_opener(toks, phrase.i)
            by_role = self._role(f"former {role}" if past else role, unit, want,
                                 registry=not bare_epithet, offset=offset, asked=asked)
            if by_role is not None:
                return by_role
            if headline:  # "Christie endorses Trump; New Jersey governor says ...": the one
                # person the headline made act before, else no one (a mere mention, "to
                # counter Trump", is not the governor)
                return self._headline_subject(offset) if not past else None
            if bare_epithet:
                # "Maria Zakharova accused ... The diplomat said": the person just written
                # about before a holder only the registry names ("America's top diplomat"
                # Rubio, three paragraphs up; round 16), when the article gave no one the
                # epithet itself
                by_role = self._recent_speaker(unit, offset, gender, role, want)
                if by_role is None or self._foreign(by_role, _phrase_nation(toks, phrase)):
                    by_role = self._role(role, unit, want, offset=offset)  # ("Andriy Yermak
                    # ... said. The top U.S. diplomat said": not Yermak but Rubio, whom the
                    # registry calls so; nineteenth session)
                if by_role is not None:
                    return by_role
            epithet = role in EPITHET_HEADS and not past and not any(
                w.low.endswith(("’s", "'s")) for w in words)  # ("the prime minister’s
            # spokesman" is someone's spokesman, not the prime minister named before)
            if epithet and (role in self.unnamed or _staff_class(role) in self.unnamed):
                # "a senior official said ... the official added": that source
                return self._unnamed_again(role, unit, want, _phrase_nation(toks, phrase))
            contrasted = self._contrasted(toks, phrase, unit) | self._tag_content_people(
                toks, phrase, unit)
            recent = self._recent_speaker(unit, offset, gender, role, want,
                                          avoid=contrasted) if (
                (office_of(role) in OFFICE_HEADS or epithet or (
                    want - _PARTIES and office_of(role) in TITLE_HEADS)) and not past) else None
            if past and role in EPITHET_HEADS and role not in self.unnamed and not any(
                    w.low.endswith(("’s", "'s")) for w in words):
                former = self._recent_speaker(unit, offset, gender, role, want,
                                              PAST_EPITHET_SCORE)
                if former is not None:  # "Ari Fleischer said ... “Q,” said the former top
                    # aide to President George W. Bush": only the speaker of this sentence or
                    # the one before
                    former.roles.add(f"former {role}")
                    return former
            if recent is not None and office_of(role) in _CASE_OFFICES and (
                    office_of(role) not in recent.roles) and not recent.spoke:
                recent = None  # ("Howard sniffled ... the judge told him": the subject before,
                # who said nothing, is no judge; one named a judge is, and one who spoke may
                # be: refusing those too lost a PolNeAR dev pair, measured and not read)
            if epithet and recent is not None and self._holders(role) - {id(recent)}:
                return None  # "Jane Roe, an analyst at ..., said" (another speaker between):
                # "the analyst" is Roe or, of two analysts, no one in particular
            # (not "the Ukrainian military": an institution is no recent speaker's title)
            if recent is not None:  # "Sanders responded. ... the senator said": Sanders;
                # "said ... Director General Ivan Timofeyev. “Q,” the expert said": Timofeyev
                recent.roles.add(role)  # and "the senator" later is him again
                return recent
            holders = self.titled.get(role, {}) if not past else {}
            post = self._named_post(role, words, want, gender) if not holders else None
            if post is not None:  # "the club owner says" ... "owner Nate Edwards said"
                return post
            if len(holders) == 1:  # "the judge" ... later "Judge Berman": the one judge
                holder = next(iter(holders.values()))
                person = self._person(holder, None, gender or first_name_gender(holder))
                person.roles.add(role)
                return person
            if role in _PARTY_NOUNS and any(w.low.endswith(("’s", "'s")) for w in words):
                return None  # "the committee’s senior Democrat said" is a member of that
                # body, named later if at all, not the article's figure (a real article gave
                # the words to Trump, named in the sentence before the cue; twenty-third
                # session)
            if office_of(role) in TITLE_HEADS and office_of(role) not in _CASE_OFFICES:
                office = office_of(role) in OFFICE_HEADS or any(
                    w.low in _OFFICE_MARKS for w in words)  # ("the Senate minority leader"
                # is an office, no epithet for the article's figure; nineteenth session)
                salient = self._salient(unit, offset, gender or self.content_gender, role,
                                        past, want,
                                        TITLE_SALIENT_FLOOR if office
                                        else None, office=office,
                                        avoid=contrasted)  # (an epithet: the article's figure)
                if salient is not None and self._foreign(salient, _phrase_nation(toks, phrase)):
                    return None  # "the Mexican president" is no American official the
                    # article is about (twenty-fifth session)
                if salient is not None and office_of(role) in OFFICE_HEADS and not past:
                    salient.roles.add(role)
                return salient
        if role in NAMED_POSTS and words[0].low == "the" and (
                office_of(role) not in lx.SPEAKER_NOUNS and office_of(role) not in TITLE_HEADS):
            # ("The commissioner says": a post the branch above does not read)
            post = self._named_post(role, words, qualifiers(words[1:]), gender)
            if post is not None:
                return post
        if phrase.core >= 0 and toks[phrase.core].low not in lx.RELATIVE_PRONOUNS:
            # "the assailant, John McGraw, told": the name in apposition; not a name in a
            # relative clause ("A resident who lives near the Elks Lodge said"; round 33)
            apposed = [t for t in toks[phrase.core : phrase.j] if t.kind == "w"]
            name = name_tokens(apposed)
            if len(name) >= 2 and name[-1] is apposed[-1]:
                text = " ".join(t.text for t in name)
                return self._person(text, None, gender or self._name_gender(text))
        return None

    def _note_full_runs(self, toks: list[Token]) -> None:
        """Keep, by its folded last word, each run of two to four name-like capitalised words
        of a sentence (not of a headline in title case), for :meth:`_earlier_full_name`."""
        words = [t for t in toks if t.kind == "w"]
        if sum(_is_cap(t) for t in words) * HEADLINE_CAPS > len(words):
            return  # a headline or a caption in title case names no one reliably
        k = 0
        while k < len(toks):
            j = k
            while j < len(toks) and _is_cap(toks[j]) and not toks[j].low.endswith(
                    ("’s", "'s")):
                j += 1
            if j - k >= MIN_FULL_FORM:
                run = trim_name(toks[k:j])
                if MIN_FULL_FORM <= len(run) <= MAX_FULL_FORM and not _org_like(run) and all(
                        _name_word_like(w.low) and not w.text.isupper() for w in run):
                    self.full_runs[fold(run[-1].text)] = span_text(run)
            k = max(j, k + 1)

    def _earlier_full_name(self, key: str) -> str | None:
        """The fullest form the text so far gave a surname that a titled speaker now gives
        alone (folded ``key``), when the lexicon did not know the first name and so no
        person was noted: "Berhanu Nega, an economist, ..." then "Professor Nega said". The
        latest run of two to four name-like capitalised words ending with that word, or
        None. (A first name given alone is not looked up so: "Microsoft" would find
        "Microsoft Trustworthy Computing", "Palace" a "Palace Liquor Store".) The sentences
        are indexed when first asked, and only those not indexed yet."""
        if not _name_word_like(key):
            return None
        for toks in self.units[self.full_runs_upto :]:
            self._note_full_runs(toks)
        self.full_runs_upto = len(self.units)
        return self.full_runs.get(key)

    def _family(self, words: list[Token]) -> Person | None:
        """'The Khans', 'the Obamas': the people of that surname the article named (two or
        more), as one group."""
        if len(words) != 2 or words[0].low != "the" or not _is_cap(words[1]) or \
                not words[1].text.endswith("s"):
            return None
        stem = fold(words[1].text[:-1])
        members = [p for p in self.namesakes.get(stem, ()) if p.kind == "person" and p.name]
        if len(members) < 2:  # ("President Obama" and "Michelle Obama": one of them named
            # by the surname alone, so no namesake of the other; they29)
            members = list({fold(p.name): p for p in self.people.values() if p.kind == "person"
                            and p.name and surname(p.name) == stem}.values())
        return self._team(members) if len(members) >= 2 else None

    def _note_age(self, toks: list[Token], k: int, j: int, person: Person) -> None:
        """Note the age the article gives the person named at ``toks[k:j]`` ("Alan Alda,
        89,", "34-year-old Taras Kovalenko"), for a later "the 89-year-old said"."""
        age = _apposed_age(toks, j)
        if not age and k > 0 and (m := _AGED.fullmatch(toks[k - 1].low)):
            age = m.group(1)
        if age:  # (two people of one age: "the 34-year-old" is neither for sure)
            self.ages[age] = person if self.ages.get(age, person) is person else None

    def _aged(self, words: list[Token]) -> Person | None:
        """'The 89-year-old': the person the article gave that age, if one. (Where it gave
        the age to no one, the salient person was measured: right once, wrong twice, on
        PolNeAR train and the news develop halves, so no one; the person who just spoke is
        :meth:`_aged_speaker`'s.)"""
        if len(words) < 2 or words[0].low not in {"the", "this"}:
            return None
        m = _AGED.fullmatch(words[-1].low)
        return self.ages.get(m.group(1)) if m else None

    def _aged_speaker(self, words: list[Token], unit: int, offset: int) -> Person | None:
        """'“Q,” said the 43-year-old': the person who spoke just before (as for an epithet,
        :meth:`_recent_speaker`), when the phrase is the age alone and the text before it
        gives that age to no one ("a 43-year-old", "Rubio, 43,": :meth:`_aged` asks those);
        news varies a speaker's name by their age ("Rubio said ... the 43-year-old said").
        (Not "the 32-year-old woman": a person's noun after the age is someone introduced so.)"""
        if len(words) != 2 or words[0].low not in {"the", "this"}:
            return None
        m = _AGED.fullmatch(words[1].low)
        if m is None or m.group(1) in self.ages or re.search(
                rf"\b{m.group(1)}\b", self.text[:offset]):
            return None  # (the age written before: "an older boy, 11." is not the speaker)
        person = self._recent_speaker(unit, offset, "", "", set()) or self._sole_named(
            unit, offset)
        return person if person is not None and len(
            (person.name or "").split()) >= MIN_FULL_FORM else None  # (a full name: not
        # "Masters" of "U.S. Masters champion Trevor Immelman", a name cut wrong)

    def _sole_named(self, unit: int, offset: int) -> Person | None:
        """The one person the last :data:`SOLE_NAMED_UNITS` sentences before ``offset`` name
        as a subject or a speaker, when they name only them so: "The candidate’s wife Melania
        Trump brought some pizzazz ... tarnished her speech ... the Slovenia-born former model
        delivered a defense of her husband. “Q,” said the 46-year-old." (no one spoke just
        before; desc36)."""
        found: Person | None = None
        for seen_at, at, person, rank in reversed(self.recent):
            if unit - seen_at > SOLE_NAMED_UNITS:
                break
            if (seen_at == unit and at >= offset) or person.kind != "person" or rank < SUBJECT:
                continue  # (a mention only, "her husband's campaign", is not who is described)
            if found is not None and person is not found:
                return None
            found = person
        return found

    def _issuer(self, unit: int, offset: int) -> Person | None:
        """Who issued the statement a later "the statement said" quotes, from the latest
        sentence before (within :data:`ISSUER_LOOKBACK_UNITS`) that mentions a statement:
        "X said in a statement", "X issued a statement" (the speaker or subject named before
        the word) or "In a statement, X said" (the one named right after its comma); None
        when that sentence names the issuer in no such way."""
        back, limit = unit + 1, unit - ISSUER_LOOKBACK_UNITS
        while back > max(0, limit):
            back -= 1
            if back >= len(self.units):
                continue
            toks = self.units[back]
            heads = [k for k in range(len(toks) - 1, -1, -1)
                     if toks[k].kind == "w" and toks[k].low in STATEMENT_HEADS
                     and toks[k].quote is None
                     and not (back == unit and toks[k].start >= offset)]
            if not heads:
                continue
            # (the last mention first: "X said in a statement that C, the statement said")
            issuer = next((i for i in (self._issuer_in(toks, back, unit, offset, h)
                                       for h in heads) if i is not None), None)
            if issuer is None and back < unit and all(
                    h > 0 and toks[h - 1].low in {"the", "this", "that"} for h in heads):
                # "“Q,” the statement said. ... The statement said C": the same statement
                # quoted again; its issuer is named where it was first mentioned, so the
                # search goes on from there (27th session: a news develop half)
                limit = back - ISSUER_LOOKBACK_UNITS
                continue
            if issuer is not None and self._spoke_since(back, unit, offset, issuer):
                return None  # "X said in a statement. ... Y responded, saying, “Q.” “R,” the
                # statement said": whose statement, after Y's words, is not sure (a real
                # article gave the Israeli ministry's response to Lammy; twenty-third session)
            return issuer
        return None

    def _spoke_since(self, back: int, unit: int, offset: int, issuer: Person) -> bool:
        """Did anyone but ``issuer`` speak after sentence ``back`` and before ``offset`` of
        sentence ``unit``? A person or a body by its name: described people ("Prosecutors
        say ...") speak for the issuer's side as often as not."""
        return any(back < seen_at <= unit and not (seen_at == unit and at >= offset)
                   and rank == SPEAKER and person is not issuer and person.name
                   and person.kind in _NAMED_ISSUERS and not person.unnamed
                   for seen_at, at, person, rank in self.recent)

    def _issuer_in(self, toks: list[Token], back: int, unit: int, offset: int,
                   h: int) -> Person | None:
        """The issuer a sentence ``back`` names for its statement word ``toks[h]``, if any
        (see :meth:`_issuer`)."""
        notes = [(at, person, rank) for seen_at, at, person, rank in self.recent
                 if seen_at == back and not (back == unit and at >= offset)
                 and person.name and person.kind in _ISSUER_KINDS]
        lead = [t.low for t in toks[max(0, h - ISSUE_REACH) : h]]
        if "in" in lead and h + 1 < len(toks) and toks[h + 1].low == "," and \
                toks[0].low == "in":  # "In a Wednesday statement, the lawmakers said"
            subject = next((t.start for t in toks[h + 2 :] if t.kind == "w" and not (
                _is_cap(t) or t.low in lx.DETERMINERS or t.low in lx.TITLE_WORDS)), -1)
            after = [p for at, p, _r in notes if toks[h + 1].start < at < subject]
            return after[0] if after else None  # (the subject, not a name later in
            # the sentence: "the lawmakers referred to remarks by Steve Witkoff")
        if "in" in lead or any(w in _ISSUING for w in lead):
            # "the Kremlin said in a statement", "The Kremlin issued a statement"
            before = [(r, at, p) for at, p, r in notes
                      if at < toks[h].start and r in {SPEAKER, SUBJECT}]
            return max(before, key=lambda n: (n[0], n[1]))[2] if before else None
        return None

    def _document(self, words: list[Token], unit: int, offset: int) -> Person | None:
        """A poll, survey or report that speaks: "a New York Times/CBS News survey" is named
        from its owner to its head ("New York Times/CBS News survey"); "the poll" is the last
        such document of a fitting kind."""
        heads = [k for k, w in enumerate(words) if w.low in DOCUMENT_HEADS]
        if not heads:
            return None
        h = heads[-1]
        first = next((k for k, w in enumerate(words[:h]) if _is_cap(w)
                      and w.low not in lx.DETERMINERS and w.low not in lx.SENTENCE_OPENERS), None)
        if first is not None and all(w.low.isdigit() for w in words[first:h]):
            first = None  # "A 2014 examination by ...": a year names no owner (round 30)
        if first is not None:
            inside = words[first:h]
            lower = [w for w in inside if w.kind == "w" and not _is_cap(w)]
            if len(lower) > MAX_DOCUMENT_LOWER or any(
                    w.low.endswith(("’s", "'s")) for w in inside[:-1]):
                return None
            cut = next((k for k, w in enumerate(inside) if w.low in _NAME_CUT_WORDS), None)
            if cut is not None and cut >= MIN_TRIMMED_NAME and (
                    first_name_gender(inside[0].text + " x")
                    or _person_before_link(inside[: cut + 1])):
                return None  # "Jonah Goldberg of National Review": a person of a
                # publication whose name ends in a document's word, not a review
            name = span_text(words[first : h + 1]).replace("’s ", " ").replace("'s ", " ")
            document = self._person(name, None, "", kind="document")
            self.note(unit, offset, document, MENTION)
            return document
        if h == len(words) - 1 and words[0].low in {"the", "this", "that"}:
            fits = DOCUMENT_HEADS[words[h].low]
            for seen_at, at, person, _rank in reversed(self.recent):
                if unit - seen_at > DOCUMENT_LOOKBACK_UNITS:
                    break
                if person.kind == "document" and person.name and not (
                        seen_at == unit and at >= offset) and \
                        person.name.split()[-1].lower() in fits:
                    return person
        return None

    def _filed_suit(self, unit: int, offset: int) -> Person | None:
        """The lawsuit "the suit" stands for, as its filer's ("Bradley Podliska's lawsuit"):
        the latest suit of :data:`_LAWSUIT_HEADS` within :data:`LAWSUIT_BACK_UNITS` that a
        sentence says was filed by one person or organisation it names ("a lawsuit filed by
        former employee Gene Traylor", "The ACLU filed a lawsuit"); None when the filer is
        unnamed, several or not said, or a later suit has no filer named."""
        for back in range(unit, max(-1, unit - LAWSUIT_BACK_UNITS - 1), -1):
            if back >= len(self.units):
                continue
            toks = [t for t in self.units[back] if not (back == unit and t.start >= offset)]
            for h in range(len(toks) - 1, -1, -1):
                if toks[h].low not in _LAWSUIT_HEADS:
                    continue
                span = _filer_span(toks, h)
                if span is None and _indefinite_before(toks, h):
                    return None  # ("a second lawsuit": another suit, its filer not said)
                if span is None:
                    continue  # ("the suit claims": the same suit again)
                a, b = span
                found = [p for u, at, p, _r in self.recent if u == back and a <= at < b
                         and p.name and p.kind in {"person", "org"}
                         and fold(p.name) not in PLACES]
                names = {p.name for p in found}
                if len(names) != 1:
                    return None
                return Person(f"{names.pop()}'s {toks[h].low}", kind="document")
        return None

    def set_author(self, name: str) -> None:
        """Note ``name`` as the writer of the article (see :func:`find_author`)."""
        found = self.registry.by_alias(name)  # an official's own op-ed speaks as the official
        official = found[0] if len(found) == 1 else None
        self.author = self._person(name, official, first_name_gender(name))

    def interviewee(self) -> Person | None:
        """The person a Q&A transcript interviews: the first person its introduction (the
        text before the first question or answer) names in full, or a tracked official."""
        if not self.answers:
            return None
        begins = min(self.answers[0][0], *(q for q, _ in self.questions[:1]))
        for _, at, person, _ in self.recent:
            if at >= begins:
                break
            if person.kind == "person" and person.name and (
                    person.official or " " in person.name):
                return person
        return None

    def _speaking_party(self, pronoun: str, offset: int) -> Person | None:
        """Who "I" ("me", "my") or "you" at ``offset`` is: no one the text names inside a
        quote; in a transcript the one interviewed ("A: I think", "Q: You said"), the
        interviewer not named; elsewhere "I" is the writer, "you" the reader."""
        if any(a < offset < b for a, b in self.quoted):
            return None
        if _within(self.answers, offset):
            return None if pronoun == "you" else self.interviewee()
        if _within(self.questions, offset):
            return self.interviewee() if pronoun == "you" else None
        return None if pronoun == "you" else self.author

    def _pronoun(self, pronoun: str, unit: int, offset: int,
                 role: str = "") -> Person | None:
        if pronoun in FIRST_PERSON or pronoun == "you":
            return self._speaking_party(pronoun, offset)
        if pronoun == "we" and _within(self.answers, offset) and not any(
                a < offset < b for a, b in self.quoted):
            # "A: So we just decided ...": in a transcript's answer the one interviewed
            # speaks, for themselves and their own ("we" of the family, the campaign)
            return self.interviewee()
        if pronoun in _PLURAL_PRONOUNS:
            return self._latest(unit, offset, "group", GROUP_LOOKBACK_UNITS) or (
                (self._plural_opening(unit, offset, unit)
                 or self._relative_they(unit, offset)
                 or self._latest(unit, offset, "people", PEOPLE_LOOKBACK_UNITS)
                 or self._police(unit, offset) or self._collective_opening(unit, offset)
                 or self._plural_subject(unit, offset)
                 or self._plural_opening(unit, offset, unit - 1)
                 or self._conjunct_subject(unit - 1)
                 or self._joint_speakers(unit, offset)
                 or self._org_speaker(unit, offset)
                 or self._singular_they(unit, offset))
                if pronoun == "they" else None)
        if pronoun == "it":  # a recent organisation, or a poll or report that spoke
            return self._thing_subject(unit, offset) or self._it_subject(unit, offset) or \
                self._thing_object(unit, offset) or self._opening_it_name(unit, offset) or \
                self._latest(
                    unit, offset, "org", ORG_LOOKBACK_UNITS, also=_IT_KINDS, rank=SUBJECT)
        gender = lx.PRONOUNS.get(pronoun, "")
        if not gender:
            return None
        ahead = self._cataphor(unit, offset, gender)
        if ahead is not None:
            self._took_pronoun(ahead, gender)
            return ahead
        toks, at = self._token_at(unit, offset)
        if at is not None and not role and (toks[at].low in _POSSESSIVE_PRONOUNS or (
                at > 0 and toks[at - 1].low in _RELATIVE_THAT and self._sole_of_gender(
                    unit, offset, gender))):
            # ("Sanders's critique of a system that he said has favored the rich": the
            # possessor, the one person of that gender the sentence names; name36)
            owner = self._possessor_before(unit, offset, gender)
            if owner is not None:
                self._took_pronoun(owner, gender)
                return owner
        if not role and self._opening_subject(unit, offset):
            sole = self._previous_sole(unit, offset, gender)
            if sole is not None:
                self._took_pronoun(sole, gender)
                return sole
        best = self._best(unit, offset, gender, role, unnamed_ok=not role,
                          mention_reach=PRONOUN_MENTION_UNITS,
                          disjoint=self._opening_subject(unit, offset))
        if best is None:
            return None
        self._took_pronoun(best[1], gender)
        return best[1]

    def _took_pronoun(self, person: Person, gender: str) -> None:
        """Note that a "he" or "she" (``gender``) stood for ``person``."""
        self.pronouned.add(id(person))
        self.pronoun_genders.setdefault(id(person), set()).add(gender)

    def _continued_speaker(self, pronoun: str, unit: int, offset: int) -> Person | None:
        """The person "he" or "she" of a continuing cue ("he added") stands for: the last
        one who spoke within :data:`CONTINUING_LOOKBACK_UNITS` sentences before ``offset``,
        when that speaker is a person of the pronoun's gender (one adds to what one said).
        None when the last speaker is no such person ("Cruz said at a press conference,
        according to The Hill. He added"; "Burci said C. Helen Clark described the accord
        as a foundation. “Q,” she added"): the usual salience decides."""
        gender = lx.PRONOUNS.get(pronoun, "")
        if gender not in {"m", "f"}:
            return None
        for seen_at, at, person, rank in reversed(self.recent[-MAX_PRONOUN_CANDIDATES:]):
            if unit - seen_at > CONTINUING_LOOKBACK_UNITS:
                return None
            if rank != SPEAKER or (seen_at == unit and at >= offset) or person is self.author:
                continue
            if person.kind != "person" or person.gender != gender or not self.animate(person):
                return None
            self._took_pronoun(person, gender)
            return person
        return None

    def _sole_before(self, unit: int, offset: int) -> list[Person]:
        """The people the sentence before ``unit`` names; nothing when it gives another
        subject or speaker (an organisation's, "Mr. Fox said": the network; "it"; a
        capitalised word noted as no one and never written in lower case), or names
        someone with an honorific that is no person noted ("Mr. Mattis's letter did not
        ... it condemned Mr. Trump's approach": Mattis is there too)."""
        notes = [(a, p, r) for u, a, p, r in self.recent[-MAX_LIST_LOOK:] if u == unit - 1]
        people = {id(p): p for _a, p, _r in notes if p.kind == "person" and p.name}
        if any(r in {SUBJECT, SPEAKER} and id(p) not in people for _a, p, r in notes):
            return []
        toks = self.units[unit - 1] if 1 <= unit <= len(self.units) else []
        noted = {a for a, _p, _r in notes}
        k = next((m for m, t in enumerate(toks) if t.low not in _TOPIC_OPENERS), len(toks))
        if k < len(toks) and toks[k].start not in noted and (
                toks[k].low in _OTHER_SUBJECTS or (
                    _is_cap(toks[k]) and toks[k].low not in self.common
                    and toks[k].low not in lx.SENTENCE_OPENERS | lx.DETERMINERS)):
            return []  # ("Instead, it condemned ...": the letter's sentence; "Cooperwheat
            # encountered Myers": a subject the rules did not take for a name)
        for k, tok in enumerate(toks[:-1]):
            if tok.low in _HONORIFICS and _is_cap(toks[k + 1]) and not (
                    tok.start in noted or toks[k + 1].start in noted):
                return []
        return list(people.values())

    def _previous_sole(self, unit: int, offset: int, gender: str) -> Person | None:
        """The person "he" or "she" opening sentence ``unit`` stands for when the sentence
        before names one person and that person has the pronoun's gender: "... a chronicle
        of Mr. Putin's foreign policy thinking. In 2008, he complained" is Putin, not the
        sociologist quoted two sentences up (pron29: the sentence just read holds the
        centre of the discourse, when it is about that person, :meth:`_topical`). Not someone the
        pronoun's own clause names ("He also called Mr. Trump a false prophet"), nor a name
        ending in an organisation's or a document's word."""
        people = [p for p in self._sole_before(unit, offset)
                  if not p.gender or p.gender == gender]  # (a woman named beside him is
        # no one "he" may be: "Mr. Trump's assertion that Russia should hack Mrs. Clinton's
        # emails ... On Monday, he delivered" is Trump)
        if len(people) != 1 or not self._topical(unit - 1, people[0]) or any(
                u == unit and at < offset and p.kind == "person" and r != MENTION
                for u, at, p, r in self.recent[-MAX_LIST_LOOK:]):
            return None  # ("When Donald Trump arrived in Iowa, he said": his own sentence)
        person = people[0]
        last = fold((person.name or "").split()[-1])
        if person.gender != gender or person is self.author or not self.animate(person) or (
                last in ORG_HEADS | STATEMENT_HEADS | THING_HEADS) or (
                id(person) in self._named_in_clause(unit, offset)):
            return None
        return person

    def _topical(self, unit: int, person: Person) -> bool:
        """Does sentence ``unit`` name ``person`` as its subject or speaker, or as a possessor
        ("a chronicle of Mr. Putin's thinking", "passed the Senate with Rubio's support"):
        what the sentence is about, not one it names in passing ("The plan was drafted for
        John Smith. He said" is still the man who spoke before)?"""
        toks = self.units[unit] if 0 <= unit < len(self.units) else []
        for u, at, p, rank in self.recent[-MAX_LIST_LOOK:]:
            if u != unit or p is not person:
                continue
            if rank in {SUBJECT, SPEAKER}:
                return True
            k = next((m for m, t in enumerate(toks) if t.start == at), len(toks))
            while k < len(toks) and toks[k].cap:
                if toks[k].low.endswith(("’s", "'s")):
                    return True
                k += 1
        return False

    def _sole_of_gender(self, unit: int, offset: int, gender: str) -> bool:
        """Does the sentence ``unit`` name one person of ``gender`` before ``offset``, no
        other?"""
        found = {id(person) for u, at, person, _rank in self.recent[-MAX_LIST_LOOK:]
                 if u == unit and at < offset and person.kind == "person" and
                 person.gender == gender}
        return len(found) == 1

    def _possessor_before(self, unit: int, offset: int, gender: str) -> Person | None:
        """The owner a possessive pronoun at ``offset`` repeats: the last person of
        ``gender`` its sentence names before it, when written as a possessor ("including Mr.
        Trump's assertion that ...; his criticism of ...; and his suggestion": a list of
        one owner's things, not the man two sentences up; twenty-fifth session)."""
        last: tuple[int, Person] | None = None
        for u, at, person, _rank in self.recent[-MAX_LIST_LOOK:]:
            if u == unit and at < offset and person.kind == "person" and person.name and (
                    person.gender == gender) and (last is None or at >= last[0]):
                last = (at, person)
        if last is None:
            return None
        toks, k = self._token_at(unit, last[0])
        if k is None:
            return None
        while k < len(toks) and toks[k].cap and toks[k].end <= offset:
            if toks[k].low.endswith(("’s", "'s")):
                return last[1]
            k += 1
        return None

    def _named_in_clause(self, unit: int, offset: int) -> set[int]:
        """The people (by id) named in the clause the pronoun at ``offset`` opens, up to its
        first comma, dash, quote or parenthesis: "He said he was concerned about the
        allegations against Cohill", "He claimed that Nelson barged in" (not "He admits that
        ..., but ultimately Prager thinks", another clause; not a name after "being", "He
        denied being Nicholas Rossi", nor one with "himself" after it, nor a possessor)."""
        toks, k = self._token_at(unit, offset)
        if k is None:
            return set()
        end = next((m for m in range(k + 1, len(toks)) if toks[m].kind == "q" or (
            toks[m].low in _CLAUSE_BREAKS)), len(toks))
        stop = toks[end].start if end < len(toks) else toks[-1].end + 1  # (k found: toks)
        starts = {t.start: m for m, t in enumerate(toks[k + 1 : end], k + 1)}
        out: set[int] = set()
        for u, at, person, rank in self.recent[-MAX_LIST_LOOK:]:
            if u != unit or not offset < at < stop or rank not in {MENTION, SUBJECT} or (
                    person.kind != "person"):
                continue
            m = starts.get(at)
            if m is None or toks[m - 1].low in lx.DETERMINERS or toks[m - 1].low == "being":
                continue
            e = m
            while e < end and toks[e].cap:
                e += 1
            if toks[e - 1].low.endswith(("’s", "'s")) or (
                    e < end and toks[e].low in {"himself", "herself"}) or (
                    e < end and toks[e].kind == "w" and not toks[e].cap
                    and toks[e].low in _NOUN_AFTER_NAME):
                continue  # ("Carson supporters", "the Trump campaign")
            out.add(id(person))
        return out

    def _opening_subject(self, unit: int, offset: int) -> bool:
        """Is the pronoun at ``offset`` the subject that opens sentence ``unit`` ("He said he
        was concerned about the allegations against Cohill", "In 2008, he complained"): the
        rest of the sentence is its own clause, where a name is someone else (pron24; not a
        tag after a quote, "“Q,” he told Hannity, ... where Trump spoke", nor a pronoun in an
        opening clause, "as she said ..., Sanders jabbed at Clinton")?"""
        toks = self.units[unit] if 0 <= unit < len(self.units) else []
        k = _pronoun_subject(toks)
        return k is not None and toks[k].start == offset

    def _compared(self, unit: int, at: int) -> bool:
        """Is the name noted at offset ``at`` of sentence ``unit`` the object of "unlike" or
        "like" ("Unlike President Trump, who ...")?"""
        toks = self.units[unit] if 0 <= unit < len(self.units) else []
        k = next((m for m, t in enumerate(toks) if t.start == at), None)
        if k is None:
            return False
        while k > 0 and _is_cap(toks[k - 1]) and toks[k - 1].low not in _COMPARING:
            k -= 1  # over a title ("President")
        return k > 0 and toks[k - 1].low in _COMPARING

    def _plural_opening(self, unit: int, offset: int, u: int) -> Person | None:
        """'They' for the plural noun phrase that is the subject of its own sentence (before
        it) or of the one before (pron22): "the Democrats are acting as though they want to
        lose", "Fox executives have not pushed the issue. Nor have they warned", "Six Gannett
        newspapers said he was unfit. They called him": a plural pronoun's likeliest referent
        is the plural subject the text has just written, whoever they are; the statement
        keeps the phrase as its speaker. Not a phrase whose capitalised word is a person the
        text named ("Trump wants": no plural). ``u`` is the sentence looked in: ``unit``
        first, then, after the people who spoke just before and the described subject of the
        pronoun's own clause (:meth:`_plural_subject`, desc22), ``unit - 1``."""
        if not 0 <= u < len(self.units):
            return None
        toks = self.units[u]
        span = _plural_head(toks)
        if span is None:
            span = _plural_name(toks)
            if span is not None and not any(  # the article's own name ("Kneecap say"), not
                    s_u == u and at == toks[span[0]].start  # "Protests are", "There are"
                    for s_u, at, _p, _r in self.recent[-MAX_LIST_LOOK:]):
                return None
        if span is None or (u == unit and toks[span[1]].end > offset):
            return None
        named = {at: p for s_u, at, p, _r in self.recent[-MAX_LIST_LOOK:]
                 if s_u == u and p.kind == "person"}
        if toks[span[0]].low == "the" and _group_named(named.get(toks[span[0]].start)):
            # "The Wildcats have found ... they said": a one-word name the text writes with
            # "the" and no gender is a team or a group, which "they" may be (pron32)
            named.pop(toks[span[0]].start)
        head_end = next((k for k in range(span[0] + 1, span[1]) if toks[k].low == "of"),
                        span[1])  # (the "of" phrase's name is no subject: "Critics of the
        # Endangered Species Act often say", "Relatives of John Smith said": they37)
        if any(t.start in named for t in toks[span[0] : head_end]):
            return None  # ("Trump wants": a person before the verb)
        head = named.get(toks[span[1]].start)
        if head is not None and (head.gender or head.official or " " in (head.name or "")):
            return None  # ("Sanders" is a person; "Millennials", that spoke in a headline, not)
        family = self._family(toks[span[0] : span[1] + 1])
        if family is not None:  # "The Obamas cut back the ritual ... because they wanted":
            return family  # the couple the article named, not a description (they29)
        return self._person(span_text(toks[span[0] : span[1] + 1]), None, "", kind="people")

    def _relative_they(self, unit: int, offset: int) -> Person | None:
        """'They' of a relative clause ("..., which they say") for the one plural of people
        its sentence names before it: "Trump failed to sway key House Republicans from blue
        states to drop opposition to a tax bill, which they say does not do enough", "House
        Republicans began repealing the health care law, which they have long said lacks
        basis" (they37). None when the sentence has a police force or a noted body before
        the pronoun ("Police stopped two men in a car, which they said was stolen"), or
        more than one such plural, or the relative's own noun is the plural."""
        toks, p = self._token_at(unit, offset)
        if p is None or p < 3 or toks[p - 1].low not in {"which", "that"}:
            return None
        heads = [k for k in range(p - 1) if not (k == 0 and not _is_cap(toks[k])) and (
            (_is_cap(toks[k]) and _group_word(toks, k) and toks[k].low.endswith(
                _PLURAL_HEAD_ENDINGS)) or (not _is_cap(toks[k]) and _plural_people_head(
                    [toks[k]])))]
        if any(t.low in POLICE_WORDS for t in toks[:p]) or len(heads) != 1 or (
                heads[0] >= p - 3):
            return None  # (the relative's noun: "the analysts, who they said")
        start = heads[0]
        while start > 0 and (_is_cap(toks[start - 1]) or toks[start - 1].low in _PEOPLE_COUNTS) \
                and toks[start - 1].kind == "w" and toks[start - 1].low not in lx.DETERMINERS:
            start -= 1
        if any(u == unit and at < offset and person.kind not in _NOT_THEY_KINDS and not (
                toks[start].start <= at <= toks[heads[0]].start)
               for u, at, person, _r in self.recent[-MAX_LIST_LOOK:]):
            return None  # (a body, not the plural's own word: "the House Republicans")
        return Person(span_text(toks[start : heads[0] + 1]), kind="described")

    def _singular_they(self, unit: int, offset: int) -> Person | None:
        """'They' for the one person the sentence before names, when nothing else could be
        "they", and that person spoke there: "Alex Morgan, the group's officer, said: 'It is
        an attack.' They also urged the minister to act" (they37: news writes the singular
        "they" of people who use it). None when the text around has anything else "they" may
        be: another noted name or body in either sentence, a plural, a pronoun, or a "he" or
        "she" already taken for that person."""
        if unit < 1 or unit >= len(self.units):
            return None
        seen = [(u, at, p, r) for u, at, p, r in self.recent[-MAX_LIST_LOOK:]
                if u == unit - 1 or (u == unit and at < offset)]
        notes = [(p, r) for u, at, p, r in seen if not self._in_title_of(u, at, seen)]
        people = {id(p): p for p, _r in notes}
        if len(people) != 1 or all(r != SPEAKER for _p, r in notes):
            return None  # (one who spoke: "Alex Morgan was arrested. They said" is police)
        person = notes[0][0]
        name = (person.name or "").split()
        if person.kind != "person" or len(name) < 2 or not all(w[:1].isupper() for w in name) or (
                person is self.author or not self.animate(person)
                or id(person) in self.pronoun_genders):
            return None
        words = [t for u in (unit - 1, unit) for t in self.units[u]
                 if (u < unit or t.start < offset) and not self._quote_within(t.start, t.end)
                 and not any(a <= t.start < b for a, b in self.quoted)]
        if any(_plural_like(t) or t.low in lx.PRONOUNS or t.low in lx.PRONOUN_CASES
               or t.low in POLICE_WORDS or t.low in _PLURAL_PRONOUNS for t in words):
            return None  # ("Smith and the officers ...", "He said": someone else, or him)
        return person

    def _in_title_of(self, unit: int, at: int,
                     seen: list[tuple[int, int, Person, int]]) -> bool:
        """Is the body noted at ``at`` of sentence ``unit`` part of the title before a
        person's name in ``seen`` ("Greenpeace UK head of politics Ami McCarthy said"): only
        lower-case words between the body's name and the person's (they37)?"""
        toks, k = self._token_at(unit, at)
        if k is None or not any(p.kind == "person" for _u, _a, p, _r in seen):
            return False
        for person_at in (a for u, a, p, _r in seen if u == unit and p.kind == "person"
                          and a > at):
            between = [t for t in toks[k:] if t.start < person_at]
            while between and _is_cap(between[0]):
                between.pop(0)  # (the body's own name)
            return bool(between) and all(
                t.kind == "w" and not _is_cap(t) and t.low not in lx.CUES for t in between)
        return False

    def _conjunct_subject(self, u: int) -> Person | None:
        """'They' for the described plural subject of the last clause that ", and" opens in
        the sentence before: "The White House remains divided, and several senior officials
        expressed serious doubts about him. His age could be a problem, they said" is the
        officials (they37): the plural the text wrote last, as :meth:`_plural_opening` takes
        the one a sentence opens with."""
        if not 0 <= u < len(self.units):
            return None
        toks = self.units[u]
        for m in range(len(toks) - 2, 0, -1):
            if toks[m].low == "and" and toks[m - 1].low == "," and (
                    toks[m + 1].low in _CONJUNCT_SUBJECT_OPENERS):
                end = _plural_phrase_end(toks, m + 1, len(toks))
                return Person(span_text(toks[m + 1 : end]), kind="described") \
                    if end > 0 else None
        return None

    def _joint_speakers(self, unit: int, offset: int) -> Person | None:
        """'They' for the named people who each spoke in its own sentence (before it) or the
        one before, when nothing plural came nearer: "Ted Cruz accuses Obama of 'leading from
        behind' and Donald Trump says he's 'losing the war.' Yet they're mostly proposing
        things the administration is already doing" is Cruz and Trump (they29). None when
        that sentence's speakers are not two or more people of the article (one person, or
        anyone else among them: "Police said C, and Smith said D. They" stays unsure)."""
        for u in (unit, unit - 1):
            speakers: list[Person] = []
            for seen_at, at, person, rank in reversed(self.recent[-MAX_PRONOUN_CANDIDATES:]):
                if seen_at < u:
                    break
                if seen_at != u or rank != SPEAKER or (u == unit and at >= offset):
                    continue
                if person.kind == "group":
                    continue  # (its members are noted with it)
                if person.kind != "person" or not person.name or person is self.author or (
                        not self.animate(person)):
                    return None
                if not any(person is p for p in speakers):
                    speakers.append(person)
            if len(speakers) >= MIN_JOINT_SPEAKERS:
                return self._team(list(reversed(speakers)))
            if speakers:
                return None  # ("Trump said they were wrong": not he)
        return None

    def _org_speaker(self, unit: int, offset: int) -> Person | None:
        """'They' for the organisation that was the last speaker, in this sentence (before
        it) or the one before, when nothing plural came nearer: "the Daily News claims the
        group's refusal is a form of jihad. They are specifically focused on its opposition
        to ..." is the newspaper (pron36); news writes a company, a paper or a body as the
        people who speak for it. None when the last speaker is anyone else."""
        for seen_at, at, person, rank in reversed(self.recent[-MAX_PRONOUN_CANDIDATES:]):
            if unit - seen_at > ORG_THEY_LOOKBACK_UNITS:
                return None
            if rank != SPEAKER or (seen_at == unit and at >= offset):
                continue
            if person.kind != "org" or not person.name or self._closing_tag_at(seen_at, at):
                return None  # (nor one whose tag closes what another subject did: "The
                # company reported a loss, the Federal Reserve Bank said. They say")
            between = [t for u in range(seen_at, min(unit + 1, len(self.units)))
                       for t in self.units[u]
                       if (u == unit or t.start > at) and (u < unit or t.start < offset)]
            if any((_plural_like(t) and not _is_cap(t)) or (
                    _is_cap(t) and t.low.endswith(_PLURAL_HEAD_ENDINGS)) for t in between):
                return None  # ("KRQE News asked neighbors about it. They said": the people
                # the words since name, whom "they" is likelier to be; and those of the
                # pronoun's own sentence: "To the extent that voters know him, they")
            return person
        return None

    def _closing_tag_at(self, unit: int, offset: int) -> bool:
        """Is the name at ``offset`` of sentence ``unit`` the source of a closing tag ("C, the
        bank said."): after a comma or a quote (a determiner between), its verb the
        sentence's last word, not the subject of its sentence ("Although ..., the Daily
        Courier claims C")?"""
        toks, at = self._token_at(unit, offset)
        if at is None:
            return False
        k = at - 1 if at >= 1 and toks[at - 1].low in lx.DETERMINERS else at
        if k < 1 or not (toks[k - 1].low == "," or toks[k - 1].kind == "q"):
            return False
        j = at + 1 if toks[at].low in lx.DETERMINERS else at  # (a mention from "the")
        while j < len(toks) and _is_cap(toks[j]):
            j += 1
        rest = [t for t in toks[j + 1 :] if t.low not in _CLAUSE_ENDS]
        return j < len(toks) and toks[j].kind == "w" and not rest

    def _plural_subject(self, unit: int, offset: int) -> Person | None:
        """The described people whose clause "they" at ``offset`` is in, when nothing named
        is "they": "But progressive organizations that have endorsed him say they believe",
        "..., but many rank-and-file unionists made it clear they didn't agree", "Even Latino
        Republicans have been unsparing in their criticism" (round 22: the speaker was "they";
        the described source is reported, the mention stays the pronoun); after a fronted
        subordinator, the subordinate clause's subject ("Though prosecutors declined ...,
        they did say")."""
        if unit >= len(self.units):
            return None
        toks = self.units[unit]
        p = next((m for m, t in enumerate(toks) if t.start == offset), -1)
        if p < 1:
            return None
        start = _clause_start(toks, p)
        if start + 1 < p and toks[start].low in _SUBORDINATORS:
            start += 1  # "Though prosecutors didn't go into details, they did say", "While
            # many gun control advocates are eager to harness what they believe": the
            # fronted clause's subject, when the main clause has none but "they" (desc34)
        end = _plural_phrase_end(toks, start, p)
        if end < 0:  # "Obama sets the limits and the fact-checkers are so brazen that they
            # ridicule": the subject of the clause "and" opens with a determiner (desc36)
            start = next((m + 1 for m in range(p - 2, start, -1) if toks[m].low == "and"
                          and toks[m + 1].low in _CLAUSE_SUBJECT_OPENERS), -1)
            end = _plural_phrase_end(toks, start, p) if start > 0 else -1
        if end < 0:
            return None
        return Person(span_text(toks[start:end]), kind="described")

    def _collective_opening(self, unit: int, offset: int) -> Person | None:
        """'They' for a campaign or an administration that opened the sentence before (or
        this one, before the pronoun): "Murphy’s campaign is tying the House bill to Rubio
        ... They are saying his vote ..." is the campaign (twenty-fifth session); American
        news writes such a body as the people in it, as it does a police force. Its verb is
        an auxiliary, a cue or a past form in "-ed", an adverb perhaps before it ("The family
        hired an attorney. They said", they37)."""
        for u in (unit, unit - 1):
            if not 0 <= u < len(self.units):
                continue
            toks = self.units[u]
            k = 0
            while k < len(toks) and (toks[k].low in _SUBJECT_OPENERS or (
                    k == 0 and toks[k].low in _COLLECTIVE_CLAUSE_LEADS)):
                k += 1  # ("While the Bush administration found that C, they ruled": pron37)
            start = k
            while k < len(toks) and k - start < MAX_COLLECTIVE_WORDS and toks[k].kind == "w" \
                    and toks[k].low not in _COLLECTIVE_HEADS and (
                        _is_cap(toks[k]) or toks[k].low in lx.DETERMINERS
                        or toks[k].low.endswith(("’s", "'s"))):  # ("The teen's family")
                k += 1
            verb = _verb_after_of(toks, k + 1) if k + 1 < len(toks) and (
                toks[k + 1].low == "of") else k + 1  # ("The family of a 17-year-old shot by
            # a police officer has hired an attorney, and they say": pron37)
            if verb is not None and verb + 1 < len(toks) and (
                    toks[verb].low in _SENTENCE_ADVERBS or toks[verb].low in _PRE_VERB_ADVERBS):
                verb += 1  # ("The band later apologized": they37)
            if k >= len(toks) - 1 or toks[k].low not in _COLLECTIVE_HEADS or k == start or (
                    u == unit and toks[k].end > offset) or verb is None or (
                    toks[verb].kind != "w" or (toks[verb].low not in _FINITE_WORDS
                                               and toks[verb].low not in lx.CUES
                                               and not _past_verb(toks[verb]))):
                continue
            return Person(span_text(toks[start : k + 1]), kind="described")
        return None

    def _police(self, unit: int, offset: int) -> Person | None:
        """'They' for a police force named in this sentence or the one before ("the third
        homicide the Cleveland Police Department has worked this year. They say"): local
        news writes a force as the officers in it (round 13)."""
        body = self._latest(unit, offset, "org", PEOPLE_LOOKBACK_UNITS)
        if body is not None and body.name and any(
                w in POLICE_WORDS for w in fold(body.name).split()):
            return body
        return None

    def _thing_subject(self, unit: int, offset: int) -> Person | None:
        """'It' for a written thing the sentence before opened with: "The letter also accuses
        ... It also accused", "The email includes a photo ... At the bottom it reads": the
        subject of the last sentence (or of this one, before ``it``), when a definite noun
        phrase whose head is a document ("the letter", "the email", "the ad")."""
        for u in (unit, unit - 1):
            if not 0 <= u < len(self.units):
                continue
            toks = self.units[u]
            if not toks or toks[0].low not in _THING_SUBJECT_OPENERS or (
                    u == unit and toks[0].start >= offset):
                continue
            placed = False  # a place's or a people's word modifies the thing ("The UK
            # government website refers to ... It adds"), directly: not "The Kremlin
            # rejected the proposal", where the place is the subject
            for k in range(1, min(len(toks), MAX_THING_MODIFIERS + 2)):
                tok = toks[k]
                if tok.kind != "w" or (_is_cap(tok) and not _place_word(tok)) or (
                        u == unit and tok.start >= offset) or tok.low in lx.DETERMINERS or (
                        placed and (tok.low in lx.NP_BOUNDARY or tok.low.endswith("ed"))):
                    # (a determiner opens another noun phrase: "The committee released a
                    # statement" is no statement's subject, pron22)
                    break
                placed = placed or _is_cap(tok)
                if tok.low in THING_HEADS:
                    if k + 1 < len(toks) and toks[k + 1].low in THING_HEADS | {"'s", "’s"}:
                        break  # "the letter writer": not the letter
                    return self._person(span_text(toks[: k + 1]), None, "", kind="document")
            if u == unit:
                continue
            break
        return None

    def _it_subject(self, unit: int, offset: int) -> Person | None:
        """'It' for the subject of its own sentence or of the one before when that subject is
        no person (pron22): a definite noun phrase headed by an organisation's or a written
        thing's noun ("The Clinton campaign watched ..., and at key moments it argued", "The
        committee released a statement. It said", "Trump's campaign put out a statement ...
        it said"), or a name that spoke or opened the sentence and that nothing makes a person
        ("Tinder suspended her account; it did not explain", "Hamas said ... It said"): "it"
        is never a person, and the subject is the likeliest thing it stands for."""
        for u in (unit, unit - 1):
            if not 0 <= u < len(self.units):
                continue
            toks = self.units[u]
            head = _it_head(toks)
            if head is not None and (u < unit or toks[head[1]].end <= offset):
                kind = "thing" if toks[head[1]].low in THING_HEADS else "body"
                return self._person(span_text(toks[head[0] : head[1] + 1]), None, "", kind=kind)
            named = next((p for s_u, at, p, rank in reversed(self.recent[-MAX_LIST_LOOK:])
                          if s_u == u and rank in {SUBJECT, SPEAKER} and not (
                              u == unit and at >= offset)), None)
            if named is not None and self._inanimate_name(named):
                return named
        return None

    def _opening_name_it(self, toks: list[Token]) -> Person | None:
        """The country, capital or region (:func:`_place_name`) or known organisation a
        sentence opens on as its subject, one capitalised word its verb follows ("Israel
        imposed a total blockade", "Greece faces a due date", "Beijing has long been
        working"), when nothing makes it a person (a given name, a "he" or "she" for it);
        else None."""
        i = 1 if toks and toks[0].low in _LEADING_CONJUNCTIONS else 0
        if i + 1 >= len(toks) or toks[i].kind != "w" or not _is_cap(toks[i]) or (
                toks[i].low in lx.SENTENCE_OPENERS or toks[i].low in lx.DETERMINERS
                or toks[i].low in lx.PRONOUNS or toks[i].low.endswith(("’s", "'s"))
                or toks[i].low in _NO_NAME_ALONE or first_name_gender(toks[i].text + " x")):
            return None
        verb = toks[i + 1]
        if verb.kind != "w" or _is_cap(verb) or not (
                verb.low in _FINITE_WORDS or (verb.low.endswith("ed") and len(
                    verb.low) > MIN_PAST_FORM_LETTERS) or (
                    verb.low.endswith("s") and not verb.low.endswith("ss")
                    and len(verb.low) > MIN_PRESENT_FORM_LETTERS)):
            return None
        if not _place_name(toks[i].text) and fold(toks[i].text) not in ORG_KINDS and not (
                i + 2 < len(toks) and toks[i + 2].low == "its"):
            return None  # ("Bryant signed the bill into law. It says": a surname, maybe; but
            # "Microsoft issued its patch": "its" right after the verb is the subject's, they37)
        known = self.bare(fold(toks[i].text))
        if known is not None and not self._inanimate_name(known):
            return None  # ("Washington has said ... it": a person the article named)
        return known or self._person(toks[i].text, None, "", kind="org")

    def _opening_it_name(self, unit: int, offset: int) -> Person | None:
        """'It' for the one-word name that opens its own sentence, before it, or the one
        before as subject (:meth:`_opening_name_it`): "Israel imposed a total blockade on
        Gaza on 2 March. It said it wanted to put pressure on Hamas", "Greece faces a due
        date on debt it says it can't repay" (pron37; the country, not an organisation
        named sentences up)."""
        for u in (unit, unit - 1):
            if not 0 <= u < len(self.units):
                continue
            toks = self.units[u]
            if u == unit and (len(toks) < MIN_IT_OPENING_TOKENS
                              or toks[MIN_IT_OPENING_TOKENS - 1].start >= offset):
                continue  # (the pronoun after the opening name and its verb)
            found = self._opening_name_it(toks)
            if found is not None:
                return found
        return None

    def _inanimate_name(self, person: Person) -> bool:
        """Is ``person`` a name that may be "it": an organisation, or a name the rules noted as
        a person for want of anything else ("Tinder", "Hamas", "Brookings Institution"): no
        gender, no title or office, not tracked, one word or an organisation's head last."""
        if person.kind in {"org", "body", "thing", "document"} or id(person) in self.called_it:
            return True
        if id(person) in self.pronouned:
            return False  # a "he" stood for them: "“Q,” he said" was Al-Thani (pron24)
        named = (person.name or "").split()
        if person.kind == "person" and len(named) >= MIN_FULL_FORM and \
                fold(named[-1]) in _BODY_NAME_ENDS and not person.gender:
            return True  # ("The group Transparency International said": they37)
        if person.kind != "person" or not person.name or person.gender or person.official \
                or person.roles or person.unnamed or person.members:
            return False
        words = person.name.split()
        return len(words) == 1 or fold(words[-1]) in ORG_HEADS

    def _thing_object(self, unit: int, offset: int) -> Person | None:
        """'It' for the one written thing the sentence before names ("Salceda cited a 2001
        memorandum issued by the immigration agency. It says", "Bryant signed the bill into
        law. It sought to protect"): what speaks as "it" when no organisation or subject does
        (pron22); None when that sentence names none or several."""
        if not 1 <= unit <= len(self.units) or any(
                u == unit and at < offset and p.kind == "org"
                for u, at, p, _r in self.recent[-MAX_LIST_LOOK:]):
            return None  # (an organisation of its own sentence may be "it" as well: "Documents
            # from the Democratic National Committee began circulating after it announced")
        toks = self.units[unit - 1]
        heads = [k for k, t in enumerate(toks) if t.low in _WRITTEN_THINGS and k > 0 and (
            toks[k - 1].kind == "w") and not _is_cap(t) and not (
            k + 1 < len(toks) and toks[k + 1].low in _WRITTEN_THINGS | {"'s", "’s"}) and not (
            t.low in _SELF_REFERENCES and toks[k - 1].low == "this")]
        # ("In this article Only half of Cigna's clients ... But its unit Evernorth has
        # reached a deal which it said": the text itself, which speaks through no "it")
        if len(heads) != 1:
            return None
        k = heads[0]
        i = next((m for m in range(k - 1, max(-1, k - MAX_THING_MODIFIERS - 2), -1)
                  if toks[m].low in lx.DETERMINERS or toks[m].low in _POSSESSIVE_DETERMINERS),
                 None)
        if i is None:
            return None
        return self._person(span_text(toks[i : k + 1]), None, "", kind="thing")

    def _cataphor(self, unit: int, offset: int, gender: str) -> Person | None:
        """The person a pronoun in an opening subordinate clause points ahead to: "Even as
        he accused the Justice Department ..., Giuliani said", "Ever since she endorsed Mrs.
        Clinton, Ms. Warren has been ...": the name right after the clause's comma, when its
        gender agrees."""
        if unit >= len(self.units):
            return None
        toks = self.units[unit]
        k = 0
        while k < len(toks) and toks[k].low in _CLAUSE_LEADS:
            k += 1
        if k >= len(toks) or toks[k].low not in _SUBORDINATORS or toks[k].start >= offset:
            return None
        comma = next((m for m in range(k + 1, min(len(toks), MAX_CLAUSE_TOKENS))
                      if toks[m].low == ","), None)
        if comma is None or comma + 1 >= len(toks) or toks[comma].start < offset:
            return None
        at = toks[comma + 1].start
        ahead = next((p for u, a, p, _r in reversed(self.recent[-MAX_LIST_LOOK:])
                      if u == unit and a == at), None)
        if ahead is None or ahead.kind != "person" or not ahead.name or (
                ahead.gender and ahead.gender != gender) or not self.animate(ahead):
            return None
        return ahead

    def _best(self, unit: int, offset: int, gender: str, role: str = "",
              past: bool = False, prominence: float = 0.0,
              want: frozenset[str] | set[str] = frozenset(),
              unnamed_ok: bool = False,
              mention_reach: int = PRONOUN_LOOKBACK_UNITS,
              disjoint: bool = False,
              avoid: frozenset[int] = frozenset()) -> tuple[float, Person] | None:
        """The most salient person of ``gender`` before ``offset``, with its score; with a
        ``role`` (an office), no one the article gives another office; ``prominence`` adds
        that much per time the article named them (up to :data:`MAX_PROMINENT_MENTIONS`);
        someone only mentioned (no subject, speaker or addressee) counts within
        ``mention_reach`` sentences; ``disjoint`` (a pronoun): not someone the sentence names
        after ``offset``, as for a title; ``avoid``: the people (by id) it cannot be."""
        best: tuple[float, Person] | None = None
        best_unit, best_at = -1, -1
        # the writer (and, in the transcript, the one interviewed) says "I" of themselves:
        # "he" is someone else
        selves = [self.author]
        if _within(self.questions, offset) or _within(self.answers, offset):
            selves.append(self.interviewee())
        # the members of a coordinated subject of this sentence are no more than mentions to
        # a "he" or "she" inside it: "Chuck Schumer and Nancy Pelosi made their first visit ...
        # since their meeting with Trump, when he said" is Trump (round 13)
        paired = {id(m) for u, _a, p, r in reversed(self.recent[-MAX_LIST_LOOK:])
                  if u == unit and p.kind == "group" and r == SUBJECT for m in p.members}
        # a title's person is not someone its sentence names after it: "Trump said she was
        # weak. The former secretary of state said Trump was dangerous" is not Trump (desc21)
        # ... nor is a pronoun's: "A commissioner set bail for Cohill. He said he was
        # concerned about the allegations against Cohill" is not Cohill, whom the writer would
        # call "him" there (pron24)
        nation = next((NATION_WORDS[w] for w in want if w in NATION_WORDS), "")
        named_after = self._named_later_in(unit, offset) if role else (
            self._named_in_clause(unit, offset) if disjoint else set())
        for seen_at, at, person, rank in reversed(self.recent[-MAX_PRONOUN_CANDIDATES:]):
            distance = unit - seen_at
            if distance > PRONOUN_LOOKBACK_UNITS:
                break
            if (distance == 0 and at >= offset) or person.kind != "person" or not person.name \
                    or id(person) in named_after or (rank == MENTION and distance > mention_reach) \
                    or id(person) in avoid:
                continue
            if person.unnamed and not unnamed_ok:
                continue  # only "he" or "she" may be an unnamed speaker; "the former
                # secretary" or "the news outlet" is someone or something the article named
            if distance == 0 and rank == SUBJECT and id(person) in paired:
                rank = MENTION
            if distance == 0 and self._compared(seen_at, at):
                continue  # "Unlike President Trump, ..., “Q,” he said": the one the
                # sentence compares is not its "he" (twenty-second session)
            if any(person is who for who in selves):
                continue
            soft = bool(person.gender) and person.gender != gender
            if soft and (rank != SPEAKER or distance > SOFT_GENDER_REACH
                         or not self._soft_gender(person)):
                continue
            if not self.animate(person):
                continue  # "Aides said ... he", "Allies say that he": no one's "he"
            if past and (role in person.roles or (
                    person.official and role in self._official_roles(person.official))):
                continue  # "the former secretary" is not the secretary of now
            have = self._quals(person, want)
            if nation and self._foreign(person, nation):
                continue  # "the former Mexican president" is no American official (25th)
            if quals_conflict(set(want), have):
                continue  # "the Vermont senator" is not the Arizona one, "the Polish
                # minister" not Ukraine's
            if role and not person.gender and not person.roles and " " not in person.name:
                continue  # "Mexico agreed ... the president said": one unknown word is no one
                # a title can fall back on
            held = person.roles | (self._official_roles(person.official)
                                   if person.official else set())
            if not past and (office_of(role) in OFFICE_HEADS or role in _POST_EPITHETS) and (
                    role not in held) and (held & OFFICE_HEADS - {"ambassador"}) and not (
                    held & IMPLIED_ROLES.get(role, frozenset())):
                continue  # "the president" is not the senator named before, "the prime
                # minister" not the finance minister; "the envoy" not President Putin, whose
                # office the registry gives (eighteenth session)
            if not past and (office_of(role) in OFFICE_HEADS or role in RACE_HEADS) and (
                    role not in held) and held & NON_OFFICE_EPITHETS:
                continue  # "the governor" is not the commentator just quoted, "the senator"
                # not the envoy (desc21)
            score = ROLE_BONUS[rank] - DISTANCE_COST * distance - (
                SOFT_GENDER_PENALTY if soft else 0.0)
            score += prominence * min(person.seen, MAX_PROMINENT_MENTIONS)
            if want and want & _PARTIES & have:
                score += PARTY_MATCH_BONUS
            # a speaker of unknown gender ("Netanyahu said ... he called") fits as well
            if not person.gender and ((rank != SPEAKER and not _described_person(person))
                                      or gender == "f"):
                score -= UNKNOWN_GENDER_PENALTY + (
                    UNNAMED_SHE_PENALTY if person.unnamed and gender == "f" else 0.0)
                # (a speaker of unknown gender is "he" more often than "she": men are most
                # of the named sources of news)
            if best is None or score > best[0] or (score == best[0]
                                                   and rank in {SPEAKER, SUBJECT}
                                                   and seen_at == best_unit
                                                   and 0 <= at < best_at) or (
                    score == best[0] and distance == 0 and rank == MENTION
                    and seen_at == best_unit and at > best_at):
                # (two mentions of this sentence: the nearer one, "... their meeting with
                # Trump, when he said")
                # (two speakers of one sentence: "Carson turned the story back on the Post,
                # pointing out that the paper's Robert Costa had reported ...": the one
                # named first is the sentence's subject, the other is inside what he said)
                best = (score, person)
                best_unit, best_at = seen_at, at
        return best

    def _soft_gender(self, person: Person) -> bool:
        """Is ``person``'s gender only the guess of a given name both genders bear ("Lee
        Epstein", "Leslie Sanchez"): a person named in full, no tracked official, whose first
        name the data gives to both, with no honorific before the surname in the article?"""
        words = (person.name or "").split()
        return len(words) >= 2 and fold(words[0]).rstrip(".") in unisex_names() and (
            self._guessed_gender(person)) and (
            person.gender not in self.pronoun_genders.get(id(person), set()))
        # (not one a pronoun of their guessed gender stood for: "Sen. Bernie Sanders
        # defended ... he said ... Hillary Clinton ... “Q,” she said" is not Sanders)

    def _guessed_gender(self, person: Person) -> bool:
        """Is ``person``'s gender only what the data says of their given name ("Guadalupe
        Ortiz" is most often a woman): a person named in full, no tracked official, whose
        gender is their first name's, with no honorific before the surname in the article?
        A pronoun the text gives them says more (:meth:`_subject_gender`)."""
        words = (person.name or "").split()
        if person.kind != "person" or person.official or person.unnamed or len(words) < 2 or (
                name_gender(person.name or "") != person.gender):
            return False
        return re.search(_HONORIFIC_BEFORE + re.escape(words[-1]) + r"\b", self.text) is None

    def _deck_after_headline(self) -> bool:
        """Is the second sentence the headline's deck: the headline's first line ended with
        a semicolon ("Ryan wages campaign to counter Trump; House speaker laying out an
        agenda"), so the deck drops articles as the headline does (title32)."""
        return bool(self.units) and bool(self.units[0]) and (
            self.units[0][-1].text in _DECK_SEPARATORS)

    def _headline_subject(self, offset: int) -> Person | None:
        """The one person the headline (the first sentence) names as a speaker or a subject
        before ``offset``, if there is one and only one (desc21)."""
        people = {id(p): p for u, at, p, rank in self.recent if u == 0 and at < offset
                  and rank in {SUBJECT, SPEAKER} and p.kind == "person" and p.name}
        return next(iter(people.values())) if len(people) == 1 else None

    def _named_later_in(self, unit: int, offset: int) -> set[int]:
        """The people (by id) this sentence names after ``offset``, mentioned or as a
        clause's subject (not a speaker resolved there), and not as a modifier after a
        determiner ("the Clinton household", "the Trump campaign"): what a title's sentence
        says of them, they did not say of themselves (desc21)."""
        later = [(at, person) for u, at, person, rank in self.recent[-MAX_LIST_LOOK:]
                 if u == unit and at > offset and rank in {MENTION, SUBJECT}]
        if not later:
            return set()
        toks = self.units[unit] if unit < len(self.units) else []
        out: set[int] = set()
        for at, person in later:
            k = next((m for m, t in enumerate(toks) if t.start == at), -1)
            if k >= 0 and not (k and toks[k - 1].low in lx.DETERMINERS) and (
                    toks[k].low not in lx.PRONOUNS):  # (a "he" noted as the sentence's
                # subject is no name written after the title: "While the mega donor didn't
                # disclose ..., he did say", twenty-first session's merge)
                out.add(id(person))
        return out

    def _tag_content_people(self, toks: list[Token], phrase: Phrase,
                            unit: int) -> frozenset[int]:
        """The people (by id) named in what a closing tag reports, when the description is
        that tag's speaker ("President Joe Biden should put his stamp on the accords, says the
        author": the author is not Biden, whom the words are about; round 33). Empty unless
        the phrase follows a comma and a cue ("C, says the author") or stands between a comma
        and a cue that ends the sentence ("C, the author said.")."""
        i, j = phrase.i, phrase.j
        after_cue = i >= 2 and toks[i - 1].low in lx.CUES and toks[i - 2].low == ","
        before_cue = i >= 1 and toks[i - 1].low == "," and j < len(toks) and (
            toks[j].low in lx.CUES) and (j + 1 >= len(toks) or toks[j + 1].kind == "p")
        if not (after_cue or before_cue):
            return frozenset()
        comma = toks[i - 2].start if after_cue else toks[i - 1].start
        return frozenset(id(person) for u, at, person, _rank in self.recent[-MAX_LIST_LOOK:]
                         if u == unit and at < comma and person.kind == "person")

    def _contrasted(self, toks: list[Token], phrase: Phrase, unit: int) -> frozenset[int]:
        """The subject (by id) of the clause a description's clause is contrasted with, when
        that clause names someone else too: "Clinton leads Sanders by 271 delegates, but the
        self-described democratic socialist has vowed to soldier on" is Sanders, not Clinton,
        whom the writer would call "she" there (desc29). Empty unless the description opens
        the clause after ", but" (", yet", ", while", ", whereas")."""
        i = phrase.i
        if i < 2 or toks[i - 1].low not in _CONTRAST_JOINS or toks[i - 2].low != ",":
            return frozenset()
        before = toks[i].start
        named = [(rank, person) for u, at, person, rank in self.recent[-MAX_LIST_LOOK:]
                 if u == unit and at < before and person.kind == "person"]
        subjects = {id(p) for rank, p in named if rank == SUBJECT}
        others = {id(p) for rank, p in named if rank == MENTION and not p.unnamed} - subjects
        # (a name the clause mentions, its object: not "His attorney claims Wills acted in
        # self defense, but the states attorney called him": no one else is named there)
        return frozenset(subjects) if subjects and others else frozenset()

    def _recent_speaker(self, unit: int, offset: int, gender: str, role: str,
                        want: set[str], least: float = RECENT_SPEAKER_SCORE,
                        avoid: frozenset[int] = frozenset()) -> Person | None:
        """The salient person when they spoke within the last sentences (and hold no other
        office): a title right after someone's quote is them, before any later holder."""
        found = [b for b in (self._best(unit, offset, g, role, want=want, avoid=avoid)
                             for g in ([gender] if gender else ["m", "f"])) if b is not None]
        if not found:
            return None
        score, person = max(found, key=lambda b: b[0])
        return person if score >= least else None

    def _salient(self, unit: int, offset: int, gender: str, role: str = "",
                 past: bool = False, want: set[str] | None = None,
                 least: float | None = None, office: bool = False,
                 avoid: frozenset[int] = frozenset()) -> Person | None:
        """The most salient person before ``offset`` (as for 'he'), any gender if unknown;
        ``past`` ("the former secretary"): not someone who holds ``role`` now; ``least``: no
        one whose salience is below it; ``office``: the role is an office, not an epithet."""
        genders = [gender] if gender else ["m", "f"]
        # an epithet ("the businessman", "the candidate") is for the article's main figure
        # more than for whoever spoke last
        prominence = EPITHET_PROMINENCE if office_of(role) not in OFFICE_HEADS and (
            not office) else 0.0
        found = [b for b in (self._best(unit, offset, g, role, past, prominence, want or set(),
                                        avoid=avoid)
                             for g in genders) if b is not None]
        if not found:
            return None
        score, person = max(found, key=lambda b: b[0])
        return person if least is None or score >= least else None

    def _group(self, unit: int, offset: int, size: int) -> Person | None:
        """The latest group of named people (of ``size`` members, if given) within
        :data:`GROUP_DESCRIPTION_LOOKBACK_UNITS`."""
        for seen_at, at, person, _rank in reversed(self.recent):
            if unit - seen_at > GROUP_DESCRIPTION_LOOKBACK_UNITS:
                break
            if person.kind != "group" or (seen_at == unit and at >= offset):
                continue
            if not size or len((person.name or "").split(" and ")) == size:
                return person
        return None

    def _last_people(self, unit: int, offset: int, size: int) -> Person | None:
        """A numbered group no list named ("the two" after "Mr. Obama's first encounter with
        Speaker Paul D. Ryan", "all three candidates" after Sanders, O'Malley and Clinton):
        the last ``size`` people named within :data:`GROUP_DESCRIPTION_LOOKBACK_UNITS`."""
        if size < 2:
            return None
        people: list[Person] = []
        for seen_at, at, person, _rank in reversed(self.recent):
            if unit - seen_at > GROUP_DESCRIPTION_LOOKBACK_UNITS:
                break
            if person.kind != "person" or not person.name or (seen_at == unit and at >= offset):
                continue
            if not self.animate(person) or any(person is p for p in people):
                continue
            people.append(person)
            if len(people) == size:
                return self._team(list(reversed(people)))
        return None

    def _named_after(self, unit: int, offset: int, size: int) -> Person | None:
        """A numbered group that opens a summary before its people are named: "The two
        Democratic Party contenders are questioning the other's fitness to lead, with Senator
        Bernie Sanders now pressing his attack that Hillary Clinton is not qualified" is
        Sanders and Clinton (they29): the people the rest of its sentence names, when they
        are exactly ``size`` (none before it, :meth:`_last_people`, was)."""
        if size < 2:
            return None
        people: list[Person] = []
        for seen_at, at, person, _rank in self.recent[-MAX_LIST_LOOK:]:
            if seen_at != unit or at <= offset or person.kind != "person" or not person.name \
                    or not self.animate(person) or any(person is p for p in people):
                continue
            people.append(person)
        return self._team(people) if len(people) == size else None

    def _listed_countries(self, unit: int, offset: int, size: int) -> Person | None:
        """The latest list of countries ("Britain, France and Canada"; ``size`` of them when
        given) within :data:`GROUP_DESCRIPTION_LOOKBACK_UNITS`, as one group."""
        for back in range(unit, max(-1, unit - GROUP_DESCRIPTION_LOOKBACK_UNITS - 1), -1):
            if back >= len(self.units):
                continue
            toks = self.units[back]
            end = next((k for k, t in enumerate(toks) if t.start >= offset),
                       len(toks)) if back == unit else len(toks)
            found = _item_lists(toks, 0, end, _country_item, _COUNTRY_LINKS)  # (in order)
            for names in reversed(found):
                if not size or len(names) == size:
                    people = [self._person(n, None, "", kind="org") for n in names]
                    return Person(" and ".join(names), kind="group", members=people)
        return None

    def _listed_orgs(self, unit: int, offset: int, size: int) -> Person | None:
        """The latest list of ``size`` capitalised names ("the Shin Bet (Israel Security
        Agency), IDF and Israel Police") within :data:`GROUP_DESCRIPTION_LOOKBACK_UNITS`,
        for "the three organizations" (they29): names written in quotes too, which no note
        records. Each name a run of capitalised words; only commas, "and", "the" and a
        parenthesis after a name between them."""
        for back in range(unit, max(-1, unit - GROUP_DESCRIPTION_LOOKBACK_UNITS - 1), -1):
            if back >= len(self.units):
                continue
            toks = [t for t in _spread_quotes(self.units[back])
                    if not (back == unit and t.start >= offset)]
            for names in reversed(_name_lists(toks)):
                if len(names) == size:
                    orgs = [self._person(n, None, "", kind="org") for n in names]
                    return Person(" and ".join(names), kind="group", members=orgs)
        return None

    def _kin(self, unit: int, offset: int) -> Person | None:
        """'The brothers', 'the couple': the last two people named within
        :data:`KIN_LOOKBACK_UNITS` who share a surname ("German Ortega", "Freddy Ortega")."""
        people: list[Person] = []
        for seen_at, at, person, _rank in reversed(self.recent):
            if unit - seen_at > KIN_LOOKBACK_UNITS:
                break
            if person.kind != "person" or not person.name or " " not in person.name or (
                    seen_at == unit and at >= offset) or any(person is p for p in people):
                continue
            kin = next((p for p in people if surname(p.name or "") == surname(person.name)),
                       None)
            if kin is not None:
                return self._team([person, kin])
            people.append(person)
        return None

    def _latest(self, unit: int, offset: int, kind: str, lookback: int,
                also: frozenset[str] = frozenset(), rank: int = MENTION) -> Person | None:
        for seen_at, at, person, seen_rank in reversed(self.recent):
            if unit - seen_at > lookback:
                break
            if (person.kind == kind or person.kind in also) and not (
                    seen_at == unit and at >= offset) and (
                    seen_rank >= rank or person.kind not in {"org", "body"}):
                return person
        return None

    def _org(self, head: str, unit: int, offset: int) -> Person | None:
        """The latest organisation a description with ``head`` may stand for."""
        heads = ORG_DESCRIPTIONS[head]
        for seen_at, at, person, rank in reversed(self.recent):
            if unit - seen_at > ORG_DESCRIPTION_LOOKBACK_UNITS:
                break
            if (head in _GROUP_WORDS or head in _OUTLET_KINDS or head in _AGENCY_WORDS
                    or head in _BUSINESS_WORDS) and rank == SPEAKER and \
                    unit - seen_at <= 1 and \
                    self._unknown_speaker(person) and not (seen_at == unit and at >= offset):
                return person  # "Black Lives Matter issued a statement saying ... the group
                # said", "Egypt's Al-Qahira Al-Ekhbariya reported. According to the TV
                # channel": a name that spoke just before, which no rule made a person's;
                # "France Telecom reported ... The company says" (desc24)
            if person.kind != "org" or not person.name or (seen_at == unit and at >= offset):
                continue
            words = [w.removesuffix("’s").removesuffix("'s") for w in fold(person.name).split()]
            if head in _STATE_FORCES_HEADS and self._non_state_forces(person.name, words):
                continue
            last = next((words[k - 1] for k in range(1, len(words))
                         if words[k] in _ORG_NAME_LINKS), words[-1])  # ("Board of Elections")
            if (not heads and last not in PUBLIC_BODIES and last not in _INSTITUTIONS
                    and not (head in _BUSINESS_WORDS and last in _NON_PROFITS)) or any(
                    w in heads or w.rpartition("-")[2] in heads for w in words) \
                    or head in person.roles or head in ORG_KINDS.get(" ".join(words), ()):
                return self._spelled_out(person)  # (a kind the article or ORG_KINDS
                # gives it: "the agency" TASS; a paper's word after a hyphen, "The
                # Greenwood Index-Journal": desc30)
        return None

    def _non_state_forces(self, name: str, words: list[str]) -> bool:
        """Is the organisation ``name`` (folded ``words``) an armed group no state's military
        is: a word of :data:`_NON_STATE_NAME_WORDS` in its name, or one of
        :data:`_NON_STATE_BEFORE` just before it in the text ("the paramilitary Rapid Support
        Forces")?"""
        if any(w in _NON_STATE_NAME_WORDS for w in words):
            return True
        at = self.text.find(name)
        while at >= 0:
            if _NON_STATE_BEFORE.search(self.text[max(0, at - MAX_NON_STATE_GAP):at]):
                return True
            at = self.text.find(name, at + len(name))
        return False

    def _unknown_speaker(self, person: Person) -> bool:
        """A speaker named by several capitalised words that no first name, title, registry
        entry or role makes a person ("Black Lives Matter"): a group as likely as anyone."""
        words = (person.name or "").split()
        return person.kind == "person" and not person.unnamed and len(words) >= 2 and \
            not person.gender and not person.official and not person.roles and \
            not first_name_gender(words[0] + " x") and not given_name_gender(words[0])

    def _last_seen(self, person: Person) -> tuple[int, int]:
        """Where ``person`` was last noted (unit, offset), or (-1, -1)."""
        return max(((u, at) for u, at, p, _ in self.recent if p is person), default=(-1, -1))

    def _one_word_business(self, unit: int, offset: int) -> Person | None:
        """"The company said" when no organisation was noted: the latest one-word name of the
        sentence or the COMPANY_NAME_LOOKBACK_UNITS before it that is no one's name nor
        anything else the lexicon knows ("Twitter said in a statement ... The company said",
        "employers such as Monsanto ... the company tweeted"): a business the text names
        without saying what it is. None when there is no such word."""
        for u in range(unit, max(-1, unit - COMPANY_NAME_LOOKBACK_UNITS - 1), -1):
            toks = self.units[u] if u < len(self.units) else []
            for k in range(len(toks) - 1, -1, -1):
                tok = toks[k]
                if u == unit and tok.end > offset:
                    continue
                if self._business_name(toks, k):
                    text = tok.text.removesuffix("’s").removesuffix("'s")
                    return self._person(text, None, "", kind="org")
        return None

    def _outlet_run(self, unit: int, offset: int) -> Person | None:
        """"The news outlet says" when no outlet was noted: the latest run of capitalised words
        in this sentence or the one before that holds a broadcaster's or a paper's word
        anywhere ("financing for Radio Free Europe"), or None."""
        for u in range(unit, max(-1, unit - OUTLET_BACK_UNITS - 1), -1):
            toks = self.units[u] if u < len(self.units) else []
            j = len(toks)
            while j > 0:
                if not (_is_cap(toks[j - 1]) and toks[j - 1].kind == "w") or (
                        u == unit and toks[j - 1].end > offset):
                    j -= 1
                    continue
                k = j
                while k > 0 and _is_cap(toks[k - 1]) and toks[k - 1].kind == "w":
                    k -= 1
                run = org_run(toks[k:j], j - k)
                if j < len(toks) and toks[j].low in _OUTLET_KIND_WORDS and run and (
                        len(run) <= MAX_KIND_NAME_WORDS):
                    # "told People magazine", "the Haaretz newspaper": the name and its kind
                    # written in lower case after it (round 36)
                    return self._person(span_text([*run, toks[j]]), None, "", kind="org")
                if u >= unit - 1 and 1 < len(run) <= MAX_KIND_NAME_WORDS and any(
                        w.low in _OUTLET_WORDS for w in run):
                    return self._person(span_text(run), None, "", kind="org")
                j = k
        return None

    def _plural_agents(self, low: str) -> bool:
        """Is ``low`` a plural agent noun ("neighbors", "firefighters", "campaigners") that no
        surname the text gives is? People described at a sentence's start, as the lexicon's
        "Analysts" are (twenty-second session)."""
        singular = low[:-3] + "y" if low.endswith("ies") else low[:-1]
        return (low in _PLURAL_PEOPLE_ERS or low in _MEN_PLURALS or (
            low.endswith(_PLURAL_AGENT_ENDINGS) and nounish(low)) or (
            # "Detectives said", "Deputies found": a rank's or a title's plural
            singular in _RANKS or singular in _HEAD_TITLES)) and (
            low not in self.surnames and fold(low) not in self.surnames)

    def _business_name(self, toks: list[Token], k: int) -> bool:
        """Is ``toks[k]`` a one-word name that names no person, place or common thing? (Nor a
        people's adjective: "Israeli servicemen", "Egyptian", "Iraqi".)"""
        tok = toks[k]
        if tok.kind != "w" or not _is_cap(tok) or tok.text.isupper() or (
                k > 0 and toks[k - 1].low in lx.DETERMINERS and toks[k - 1].low != "that") or (
                # ("said that Verizon was": "that" opens a clause there)
                k > 0 and _is_cap(toks[k - 1]) and toks[k - 1].kind == "w") or (
                k + 1 < len(toks) and _is_cap(toks[k + 1]) and toks[k + 1].kind == "w"):
            return False  # (one word alone: "Bloomberg L.P.", "Sen. Cruz" are other names;
            # "the Jenin refugee camp": a determiner's word is a place or a thing)
        low = fold(tok.text.removesuffix("’s").removesuffix("'s"))
        if k > 0 and toks[k - 1].low in _PLACE_ONLY_LOCATIVES:
            return False  # "a new space for its employees in Shanghai": a place (desc30)
        if k == 0 and low.endswith(("ing", "ed", "ly")):
            return False  # "Carrying homemade placards, ...": an opening verb or adverb
        if (k == 0 or toks[k - 1].low in DATELINE_DASHES) and k + 1 < len(toks) and (
                toks[k + 1].low == "of"):
            return False  # "Shares of Canada Goose rose": a common noun that opens the
            # sentence, its capital no name's (twenty-second session)
        return _name_word_like(low) and not _pronoun_of(low) and low not in self.common \
            and low not in self.surnames \
            and low not in self.first_names and low not in lx.SPEAKER_NOUNS \
            and low not in NOT_NAMES and low not in ORG_HEADS and low not in PARTY_QUALIFIERS \
            and not low.endswith(_PEOPLE_ENDINGS) and not first_name_gender(tok.text + " x") \
            and not _people_word(low) \
            and not given_name_gender(tok.text)

    def _spelled_out(self, org: Person) -> Person:
        """The organisation an acronym names by the full name the article spells out ("the
        International Federation of Professional and Technical Engineers (IFPTE)" ... "The
        group asked": not "IFPTE"); ``org`` itself when it is no acronym or not spelled out."""
        name = org.name or ""
        if not (MIN_ACRONYM <= len(name) <= MAX_ACRONYM and name.isalpha() and name.isupper()):
            return org
        self._scan_acronyms()
        full = self.acronyms.get(name)
        return org if full is None else self._person(full, None, "", kind="org")

    def _clipped_org(self, key: str, unit: int, offset: int) -> Person | None:
        """The organisation named before whose name of several words opens with the one word
        (folded ``key``) a speaker now gives, whole or clipped: "the Met" for "the
        Metropolitan Police", "Harvard" for "Harvard University"; not a place ("Washington"
        is not "the Washington Post"), nor a word shorter than MIN_CLIPPED_NAME."""
        if len(key) < MIN_CLIPPED_NAME or key in PLACES:
            return None
        for seen_at, at, person, _rank in reversed(self.recent):
            if unit - seen_at > ORG_DESCRIPTION_LOOKBACK_UNITS:
                break
            if person.kind != "org" or not person.name or (seen_at == unit and at >= offset):
                continue
            first, *rest = fold(person.name).split()
            if rest and first.startswith(key) and first not in PLACES:
                if first == key and self._written_as_place(person.name.split()[0]):
                    return None  # "citizens carried arms in Cleveland ... Cleveland showed":
                    # the city, not "the Cleveland Police Patrolmen's Association" (name36)
                return person
        return None

    def _blended_org(self, word: str, unit: int, offset: int) -> Person | None:
        """The organisation named before whose words the parts of a blended short name open,
        one part a word, in order ("HuffPo" for "the Huffington Post", "WaPo" for "The
        Washington Post"; name36): two capitalised parts at least, each
        :data:`MIN_BLEND_PART` letters or more; None otherwise."""
        parts = _BLEND_PART.findall(word)
        if len(parts) < MIN_BLEND_PARTS or "".join(parts) != word or any(
                len(p) < MIN_BLEND_PART for p in parts):
            return None
        low = [p.lower() for p in parts]
        for seen_at, at, person, _rank in reversed(self.recent):
            if unit - seen_at > ORG_DESCRIPTION_LOOKBACK_UNITS:
                break
            if person.kind != "org" or not person.name or (seen_at == unit and at >= offset):
                continue
            words = [w for w in fold(person.name).split() if w not in lx.DETERMINERS]
            if len(words) == len(low) and all(w.startswith(p) and w != p
                                              for w, p in zip(words, low, strict=True)):
                return person
        return None

    def _written_as_place(self, word: str) -> bool:
        """Does the text write ``word`` alone after "in" somewhere, a mark or a word of
        :data:`_AFTER_PLACE` after it ("in Cleveland.", "in Cleveland outside the
        convention"; not "in Cleveland's", "in Cleveland Heights", "$60 million in Harvard
        grants"): the name of a place?"""
        if word not in self._places_asked:
            self._places_asked[word] = any(
                m.group(1) is None or m.group(1).lower() in _AFTER_PLACE
                for m in re.finditer(rf"\bin[ \u00a0]+{re.escape(word)}(?:[.,;:!?)]|[ \u00a0]+"
                                     r"([a-z]+)\b)", self.text))
        return self._places_asked[word]

    def _official_roles(self, official_id: str) -> set[str]:
        """The title words and offices the registry gives an official on the article's day,
        and as "former ..." those of the roles that had ended by then ("the former defence
        minister" is Umerov after July 2025)."""
        cached = self._registry_roles.get(official_id)
        if cached is None:
            cached = set()
            official = self.registry.get(official_id)
            for r in official.roles if official else ():
                if r.valid_on(self.day):
                    for title in r.titles:
                        cached |= roles_of(title.lower().split())
                elif self.day is not None and r.end is not None and self.day > r.end:
                    for title in r.titles:
                        cached |= {f"former {role}" for role in roles_of(title.lower().split())}
            self._registry_roles[official_id] = cached
        return cached

    def _official_quals(self, official_id: str, want: set[str]) -> set[str]:
        """The places the registry's titles of an official on the article's day name
        ("Russian Foreign Minister", "Russia's top diplomat": russian, russia), and which of
        the qualifiers ``want`` they carry (a word sharing a stem: "the Russian minister" is
        Lavrov's; "the Polish minister" contradicts Sybiha's "Ukrainian")."""
        words = self._registry_places.get(official_id)
        if words is None:
            official = self.registry.get(official_id)
            words = frozenset(
                fold(w.removesuffix("'s").removesuffix("’s").strip("."))
                for r in (official.roles if official else ()) if r.valid_on(self.day)
                for title in r.titles for w in title.split()
                if w[:1].isupper() and w.lower().strip(".") not in lx.TITLE_WORDS
                and w.lower() not in _INNER_TITLES)
            self._registry_places[official_id] = words
        # only nationalities contradict ("the Polish minister" is no Ukrainian minister); a
        # state or city does not ("the Florida senator" may be today's Secretary of State)
        official = self.registry.get(official_id)
        country = official.country if official else ""
        return {w for w in words if w.endswith(_NATIONALITY_ENDINGS)} | {
            q for q in want if any(_same_stem(q, w) for w in words)
            # "the American envoy" for Witkoff, whose titles say "US" (twentieth session)
            or (country and NATION_WORDS.get(q) == country)}

    def _national(self, words: list[Token], unit: int) -> Person | None:
        """"The American", "the Russian" for a person: the tracked official named last (within
        the pronoun lookback) whose registry titles carry that nationality ("America's top
        diplomat" for Rubio, "Russian Foreign Minister" for Lavrov), else None."""
        counterpart = len(words) == 3 and words[2].low == "counterpart" and (
            words[0].low in _POSSESSIVE_DETERMINERS or words[0].low.endswith(("’s", "'s")))
        if counterpart:
            words = words[:2]  # "his Ukrainian counterpart": the Ukrainian (eighteenth session)
        elif len(words) != 2 or words[0].low != "the":
            return None
        if not _is_cap(words[1]):
            return None
        nation = fold(words[1].text)
        if not nation.endswith((*_NATIONALITY_ENDINGS, "an")) and not (
                counterpart and nation in NATION_WORDS):
            return None  # ("American", "Iranian"; "his U.S. counterpart", twentieth session;
            # not "the U.S.", "the Kremlin": the state, not its leader)
        for seen_at, _, person, _ in reversed(self.recent[-MAX_PRONOUN_CANDIDATES:]):
            if unit - seen_at > PRONOUN_LOOKBACK_UNITS:
                break
            if person.kind == "person" and person.official and nation in self._official_quals(
                    person.official, {nation}):
                return person
        return None

    def _quals(self, person: Person, want: set[str] | frozenset[str]) -> set[str]:
        """A person's qualifiers: the article's, and for an official the registry's."""
        if not person.official or not want:
            return person.quals
        return person.quals | self._official_quals(person.official, set(want))

    def _holders(self, role: str) -> set[int]:
        """The people (by id) the article has given ``role`` (an epithet :meth:`_role` found
        no single holder of)."""
        return {id(p) for _u, _a, p, _r in self.recent if p.kind == "person" and role in p.roles}

    def _role(self, role: str, unit: int, want: set[str] | None = None,
              registry: bool = True, offset: int = -1, asked: bool = False) -> Person | None:
        """The person holding ``role`` who was seen last, if any: first someone the article
        itself gave that title ("Gov. Rick Scott" ... "the governor"), only then the holder
        the registry knows on the article's day. ``want`` are the description's qualifiers
        ("the Vermont senator"): a holder who has them wins, one who contradicts them is out."""
        want = want or set()
        for from_registry in (False, True)[: 2 if registry else 1]:
            found: list[Person] = []
            quals: dict[int, set[str]] = {}  # id(person) -> the qualifiers it has here
            for seen_at, at, person, _ in reversed(self.recent):
                if person in found or person.kind != "person" or (
                        offset >= 0 and seen_at == unit and (at >= offset or asked)):
                    continue  # (not someone named later in this sentence: "The president
                    # told reporters he had spoken to Putin" is not Putin; nor, after an
                    # "Asked ..." opener, someone the question names: "Asked what would
                    # happen if Zelenskiy rejected it, the president said" is not Zelenskiy)
                have = person.quals
                roles = {title_key(r) if " " not in r else r for r in person.roles}
                if person.official and (from_registry or (registry and role not in roles)):
                    # a tracked official the article names holds the registry's titles as
                    # surely as one it titles itself: "President Trump" ... "President George
                    # H.W. Bush" ... "Mr. Trump said" ... "the president" is the latest
                    roles = roles | self._official_roles(person.official)
                    have = have | self._official_quals(person.official, want)  # "the Russian
                    # minister": Lavrov, "Russian Foreign Minister"
                elif from_registry:
                    continue
                if (role in roles or roles & IMPLIED_ROLES.get(role, frozenset())) and \
                        not quals_conflict(want, have):
                    found.append(person)
                    quals[id(person)] = have
            agreeing = [p for p in found if want and want <= quals[id(p)]]
            if agreeing:  # ("the Russian diplomat": Lavrov, whose titles say Russian)
                found = agreeing
            elif want - _PARTIES:
                found = []  # "the Vermont senator" when no senator is of Vermont: it is not
                # the senator named last (Arizona's, or of no state), but whoever is salient
            if len(found) > 1 and office_of(role) not in OFFICE_HEADS:
                return None  # two candidates, two nominees: no one in particular
            if len(found) > 1 and offset >= 0:
                return self._speaking_holder(found, unit) or found[0]
            if found:
                return found[0]
        return None

    def _speaking_holder(self, found: list[Person], unit: int) -> Person | None:
        """Of several holders of a title, the latest first (``found``), the one who spoke
        in the sentence before when the latest is only mentioned in this one: "'I think we
        are close,' Trump told reporters. Asked if he would meet Putin, the president said"
        is Trump, the one speaking, not Putin, the question's object (nineteenth session)."""
        latest = found[0]
        here = [rank for seen_at, _at, person, rank in self.recent
                if person is latest and seen_at == unit]
        if not here or max(here) != MENTION or any(
                person is latest and seen_at < unit and rank != MENTION
                for seen_at, _at, person, rank in self.recent):
            return None
        speakers = [p for p in found[1:] if any(
            person is p and rank == SPEAKER and unit - seen_at == 1
            for seen_at, _at, person, rank in self.recent)]
        return speakers[0] if len(speakers) == 1 else None


# epithets of posts a head office's holder does not hold: whoever is president, minister or
# governor is not "the envoy", "the aide" or "the lawmaker" (unless the office implies it: a
# senator is a lawmaker, a foreign minister a diplomat, IMPLIED_ROLES)
_POST_EPITHETS = frozenset({"envoy", "negotiator", "spokesman", "spokeswoman", "spokesperson",
                            "aide", "adviser", "advisor", "diplomat", "lawmaker", "legislator",
                            # ... nor "the FBI director" (a real page gave an FBI director's
                            # words to President Trump, who had spoken before; twenty-fourth
                            # session)
                            "director"})
# epithets an office implies (round 16): "Iranian Deputy Foreign Minister Kazem Gharibabadi"
# ... "the Iranian diplomat said" is Gharibabadi; "Sen. Lindsey Graham" ... "the lawmaker"
IMPLIED_ROLES = {
    "diplomat": frozenset({"foreign minister", "ambassador", "envoy", "foreign secretary",
                           "secretary of state"}),
    "lawmaker": frozenset({"senator", "congressman", "legislator", "mp", "mla"}),
    "legislator": frozenset({"senator", "congressman", "lawmaker", "mp", "mla"}),
}
_DEPUTY_RANKS = frozenset({"deputy", "vice"})  # "Deputy Foreign Minister": a deputy minister
DEPUTY_REACH = 3  # "Deputy Prime Minister", "Vice Foreign Minister": the rank within the
# three title words before the office

# words that open a list of a group's named members ("candidates, including Trump, said")
_INCLUDING = frozenset({"including", "like", "notably", "among", "particularly"})
# marks that set an aside off after a description ("Democrats -- including Clinton --")
_INCLUDED_MARKS = frozenset({",", "—", "–", "--"})
_CLAUSE_ENDS = frozenset({".", "!", "?", ";"})  # what closes a sentence or a clause
MAX_INCLUDED_TOKENS = 24  # "including Donald J. Trump and Senators Ted Cruz and Marco Rubio"
# (12 tokens): a list of a few names with their titles

# verbs that give a named person a post: "X was named special envoy", "named X as its envoy"
_APPOINTED = frozenset({"named", "appointed", "nominated", "tapped", "picked", "chosen",
                        "chose", "hired", "elected", "installed", "promoted", "confirmed",
                        "sworn", "made"})
_ROLE_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
_ROLE_ENDS = frozenset({",", ".", ";", ":", "—", "–", "to", "of", "for", "in", "at", "on",
                        "and", "who", "since", "after", "until", "with"})
MAX_ROLE_WORDS = 5  # "its new special envoy to Myanmar": a short noun phrase
# heads of a person's post in a role phrase (not "the lawsuit", "the group": speaker nouns
# that are no one's post)
# relations a person is introduced with and later called by ("his brother", "her lawyer")
# someone's people by whom local news quotes those it does not name, beside the kin of
# :data:`_KIN_NOUNS` ("Lily's aunt", "the victim's friend"; see
# :meth:`Discourse.unnamed_speaker`)
_KIN_SPEAKERS = frozenset({"friend", "neighbor", "neighbour", "cousin"})
_OWNER_GENDER = {"his": "m", "her": "f"}  # "his father, Rafael,": the father of "he"
KIN_OWNER_UNITS = 1  # ... named in this sentence or the one before
_KIN_NOUNS = frozenset({"brother", "sister", "father", "mother", "son", "daughter", "wife",
                        "husband", "son-in-law", "daughter-in-law", "father-in-law",
                        "mother-in-law", "uncle", "aunt", "cousin", "nephew", "niece",
                        "grandson", "granddaughter", "grandfather", "grandmother", "widow",
                        "widower", "fiance", "fiancé", "fiancee", "fiancée", "stepfather",
                        "stepmother", "stepson", "stepdaughter", "girlfriend", "boyfriend"})
# the gender a relation gives the relative it names ("Trump's wife, Melania")
KIN_GENDER = {
    **dict.fromkeys(("wife", "mother", "sister", "daughter", "widow", "aunt", "niece",
                     "granddaughter", "grandmother", "stepmother", "stepdaughter", "girlfriend",
                     "fiancee", "fiancée", "daughter-in-law", "mother-in-law"), "f"),
    **dict.fromkeys(("husband", "father", "brother", "son", "widower", "uncle", "nephew",
                     "grandson", "grandfather", "stepfather", "stepson", "boyfriend", "fiance",
                     "fiancé", "son-in-law", "father-in-law"), "m"),
}
_POSSESSIVE_DETERMINERS = frozenset({"his", "her", "their", "its", "my", "our"})
MAX_RELATION_WORDS = 4  # "Sanders's longtime campaign manager," before the name
_CLAUSE_JOINS = frozenset({",", ";", ":", "and", "but", "—", "–", "("})
_RELATION_OPENERS = frozenset({"the", "a", "an", "another"})


def _relation_opens(toks: list[Token], head: int) -> bool:
    """Does a short description ending with the relation noun at ``head`` open with a
    possessive or a determiner ("Sanders's campaign manager", "his brother", "the victim's
    mother"), the clause's start or a comma before it?"""
    m = head
    while m > 0 and head - m < MAX_RELATION_WORDS and toks[m - 1].kind == "w":
        m -= 1
        if toks[m].low in _POSSESSIVE_DETERMINERS or toks[m].low in _RELATION_OPENERS or \
                toks[m].low.endswith(("’s", "'s")):
            # ... opening the clause: not "a letter to the Clinton's lawyer, Rep. Trey Gowdy,"
            return m == 0 or toks[m - 1].kind == "q" or toks[m - 1].low in _CLAUSE_JOINS \
                or toks[m - 1].low in lx.CUES  # ("..., said the victim's sister, Ann Lee")
    return False


_CONTRAST_JOINS = frozenset({"but", "yet", "while", "whereas"})  # (see Discourse._contrasted)
_POST_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "envoy",
     "executive", "director", "diplomat", "negotiator", "commander", "coordinator", "chief",
     "head", "founder", "co-founder", "chair", "deputy", "counsel", "economist", "pollster",
     "strategist", "analyst", "researcher", "official", "representative", "officer",
     "attorney", "lawyer", "manager", "organizer", "organiser", "activist", "professor"})
_RELATION_NOUNS = _KIN_NOUNS | _POST_NOUNS
# posts news writes in lower case before a name and then alone with "the" for that person
# (desc24): "said spokeswoman Jane Roe ... the spokeswoman added", "Police commissioner
# Charles Ramsey ... The commissioner says", "owner Nate Edwards" of "The club owner says".
# Posts a story usually gives one person; not "officer", "official", "agent", "detective",
# "analyst": a story has several, and "the officer" is often another one
NAMED_POSTS = frozenset({"spokesman", "spokeswoman", "spokesperson", "commissioner",
                         "coroner", "owner", "lawyer", "attorney", "prosecutor", "sheriff",
                         "superintendent", "principal", "coach", "founder", "co-founder",
                         "manager", "director", "chairman", "chairwoman", "pastor", "mayor",
                         # a story's one ranking police source ("Lt. Lee Horton said ... the
                         # lieutenant said"; the ranks of Canadian and British police, "RCMP
                         # Sgt. Paul Manaigre ... the sergeant said", tn37)
                         "lieutenant", "sergeant", "corporal", "constable", "inspector",
                         # a city's councillor ("Coun. Josh Matlow ... the councillor said";
                         # tn37)
                         "councillor", "councilor", "councilman", "councilwoman",
                         "alderman"})
_POST_ABBREVIATIONS = {  # the ranks' and posts' short forms
    **dict.fromkeys(("lt", "lt."), "lieutenant"),
    **dict.fromkeys(("sgt", "sgt."), "sergeant"),
    **dict.fromkeys(("cpl", "cpl."), "corporal"),
    **dict.fromkeys(("const", "const.", "cst", "cst."), "constable"),
    **dict.fromkeys(("insp", "insp."), "inspector"),
    **dict.fromkeys(("supt", "supt."), "superintendent"),
    **dict.fromkeys(("coun", "coun.", "cllr", "cllr."), "councillor"),
}
_POST_WORDS = NAMED_POSTS | frozenset(_POST_ABBREVIATIONS)  # the words a post may be written as
# epithets of a job that is no office (desc21): whoever the article or the registry calls a
# commentator, an analyst, an envoy, a spokesman or a campaign manager is not "the governor",
# "the senator" or "the candidate" (an official, a director, a chief, a head or a commander
# may hold an office too; a diplomat is a minister, IMPLIED_ROLES; a lawyer may run)
NON_OFFICE_EPITHETS = (EPITHET_HEADS | _POST_NOUNS) - {
    "official", "director", "chief", "head", "commander", "diplomat", "executive", "founder",
    "co-founder", "chair", "deputy", "representative", "officer", "attorney", "lawyer"}
# epithets of a person's trade or fortune the article gives one person (desc21): "billionaire
# real estate mogul Donald Trump" is "the mogul" later, before whoever spoke last
EPITHET_WORDS = frozenset({"tycoon", "billionaire", "mogul", "magnate", "businessman",
                           "businesswoman", "developer", "financier", "philanthropist",
                           "neurosurgeon", "surgeon", "heiress", "millionaire"})
# titles of a race, held like an office by someone who runs, never by their staff (desc21)
RACE_HEADS = frozenset({"candidate", "nominee", "frontrunner", "front-runner", "contender",
                        "hopeful", "incumbent", "challenger"})
_ROLE_TIME_WORDS = frozenset({"last", "this", "next", "earlier", "later", "since", "on",
                              "in", "yesterday", "today", "tomorrow"})


_NATIONALITY_ENDINGS = ("ian", "ish", "ese", "ean", "ch", "ic")  # Russian, Polish, Chinese,
# Korean, French, Arabic ("American" is left out with the other -an words: "Republican")
MIN_QUALIFIER_STEM = 5  # "russia"/"russian", "ukrain"e/"ukrain"ian; not "us"/"usa"


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one place word: equal, or sharing their first letters up to the shorter
    one's length less its last letter, at least :data:`MIN_QUALIFIER_STEM` of them ("russia"
    and "russian", "ukraine" and "ukrainian", "america" and "american")."""
    if a == b:
        return True
    n = min(len(a), len(b)) - 1
    return n >= MIN_QUALIFIER_STEM and a[:n] == b[:n]


SOLE_NAMED_UNITS = 4  # "said the 46-year-old" a few sentences after the one person named
NAMED_LATER_UNITS = 2  # "a Palestinian official told Anadolu ... said Ahmed al-Deek, an
# assistant to the Palestinian foreign minister": the name comes in the next sentence or two
_ANONYMOUS = frozenset({"anonymity", "anonymously", "unnamed", "authorized", "authorised",
                        "condition"})  # "a senior official, who spoke on condition of anonymity"
# participles after "be" that ask for anonymity ("who did not want to be named", "who asked
# not to be identified")
_UNNAMED_PASSIVES = frozenset({"named", "identified"})


def _anonymous(words: list[Token]) -> bool:
    """Do ``words`` set their person off as anonymous ("spoke on condition of anonymity",
    "did not want to be named")? Then no later name is theirs."""
    return any(w.low in _ANONYMOUS or (w.low in _UNNAMED_PASSIVES and m > 0
                                       and words[m - 1].low == "be")
               for m, w in enumerate(words))


def named_later(described: list[Token], named: list[Token], person: Person,
                aside: list[Token], definite: bool = False) -> bool:
    """Does the unnamed source ``described`` ("a Palestinian official", "A spokesman for the
    Jupiter Police Department") introduce ``person``, whose speaker phrase ``named`` follows in
    the next sentences ("said Ahmed al-Deek, an assistant to the Palestinian foreign minister",
    "said Officer Joseph Beinlich, a Jupiter police spokesman")? Only an indefinite person
    description that is not set off as anonymous, and only when the later phrase describes
    the person with the same head or a capitalised word of the description ("Palestinian",
    "Jupiter"). ``aside`` is what the phrase sets off after the description ("who spoke on
    condition of anonymity")."""
    words = [t for t in described if t.kind == "w"]
    openers = {"a", "an", "one", "the"} if definite else {"a", "an", "one"}  # ("one lawmaker took
    # a moment ...": one person, as "a lawmaker"; not "one of the lawmakers"; desc36)
    if len(words) > 1 and words[0].low == "one" and words[1].low == "of":
        return False
    if len(words) < 2 or (words[0].low not in openers and not (definite and (
            any(w.low.endswith(("’s", "'s")) for w in words[:-1])
            or _people_word(words[0].low) or fold(words[0].text) in PLACES))) or any(
            w.low in _ANONYMOUS for w in [*words, *aside]):
        return False  # (``definite``: "the dean of ...", "NATO's secretary general",
        # "Omani foreign minister says" too, when nothing before resolves them; the later
        # phrase must then repeat the head and every capitalised qualifier)
    cut = next((k for k, w in enumerate(words) if w.low in _NAME_CUT_WORDS and k > 1),
               len(words))
    head = office_of(title_key(words[cut - 1].low))  # ("PM": a minister)
    if head not in EPITHET_HEADS and head not in TITLE_HEADS and head not in _POST_NOUNS:
        return False  # ("a statement", "a report": no person's description)
    own = {fold(w) for w in (person.name or "").split()}
    later = [t for t in named if t.kind == "w" and fold(t.text) not in own]
    quals = {w.low for w in words[1:] if _is_cap(w) and w.low not in lx.TITLE_WORDS}
    others = {w.low for w in later if _is_cap(w) and w.low not in lx.TITLE_WORDS
              and w.low not in _RANKS and w.low not in _HONORIFICS}
    if quals - others and others - quals:
        return False  # "a U.S. District Court judge" is not "Circuit Court Judge David
        # McKeague" (the appeals court's): their capitalised qualifiers differ
    if definite:
        mine = [w for w in words[:cut]
                if _is_cap(w) and w.low not in lx.TITLE_WORDS and w.low not in openers]
        theirs = [_unpossessed(w.low) for w in later]
        missing = [w for w in mine if not any(_same_stem(_unpossessed(w.low), o)
                                              for o in theirs)]
        if missing and not (head in OFFICE_HEADS and all(_nation_word(w) for w in missing)
                            and not any(_nation_word(w) for w in later)
                            and _same_office(words[:cut], later)):
            return False  # "Colorado's delegation chairman" is not "Paul Ryan, the
            # convention chair"; but "The Greek prime minister has denounced ... Prime
            # Minister George Papandreou vowed": an office of one country, named next by its
            # title without the country and with no other (tn37)
    heads = _LEGISLATOR_TITLES if head in _LEGISLATOR_TITLES else {head}
    if any(title_key(w.low) in heads for w in later):
        return True  # ("one lawmaker took a moment ... “Q,” Representative Steve Cohen told
        # him": a legislator's title is a lawmaker's; desc36)
    return not definite and any(_same_stem(q, w.low) for q in quals for w in later)


# a lawmaker by any legislator's title (as title_key writes them): "one lawmaker" is the
# "Representative Steve Cohen" or "Sen. Jane Roe" the next sentence names
_LEGISLATOR_TITLES = frozenset({"lawmaker", "legislator", "congressman", "senator", "mp",
                                "mla", "mpp", "mep", "msp"})


FAR_NAMED_LATER_UNITS = 12  # "A spokesman for X said ..." in the lede, "X spokesman Jane Doe
# said" a few paragraphs down: how far the named post may come after its unnamed stand-in


def named_far_later(described: list[Token], named: list[Token], person: Person) -> bool:
    """Does the unnamed, indefinite source ``described`` ("A spokesman for Democratic
    candidate Hillary Clinton", "One protest organizer") stand for ``person``, introduced
    further down (up to :data:`FAR_NAMED_LATER_UNITS`) by the later phrase ``named`` ("Clinton
    spokesman Brian Fallon", "Asa Khalif, an organizer with the Philly Coalition")? Stricter
    than :func:`named_later`: the later phrase repeats the description's head noun (a post or
    an epithet, not a generic "woman"), the description's capitalised words (its owner, its
    place) have at least one echo there and none the later phrase contradicts; a source set
    off as anonymous is never named."""
    words = [t for t in described if t.kind == "w"]
    if len(words) < 2 or words[0].low not in _INDEFINITE_OPENERS or any(
            w.low in _ANONYMOUS for w in words):
        return False
    if words[0].low == "one" and len(words) > 2 and words[1].low == "of":
        return False  # ("One of the lawyers": one of several, whom a later name may not be)
    cut = next((k for k, w in enumerate(words) if w.low in _NAME_CUT_WORDS and k > 1),
               len(words))
    head = title_key(words[cut - 1].low)
    if head in _NEVER_NAMED_HEADS or head in _GENERIC_PERSON_HEADS or (
            head not in EPITHET_HEADS and head not in TITLE_HEADS and head not in _POST_NOUNS):
        return False
    own = {fold(w) for w in (person.name or "").split()}
    later = [t for t in named if t.kind == "w" and fold(t.text) not in own]
    if not any(title_key(w.low) == head for w in later):
        return False
    quals = {_unpossessed(w.low) for w in words[1:] if _is_cap(w)
             and w.low not in lx.TITLE_WORDS and w.low not in PARTY_QUALIFIERS}
    others = {_unpossessed(w.low) for w in later if _is_cap(w) and w.low not in lx.TITLE_WORDS
              and w.low not in _RANKS and w.low not in _HONORIFICS}
    if not quals:
        return True
    shared = {q for q in quals if any(_same_stem(q, o) or q == o for o in others)}
    return bool(shared) and not (others - {o for o in others
                                           if any(_same_stem(q, o) or q == o for q in quals)})


def post_named_far_later(described: list[Token], named: list[Token], person: Person) -> bool:
    """Does the definite post of a body ``described`` ("The dean of Columbia's Graduate School
    of Journalism has published a letter disputing C") stand for ``person``, introduced
    further down (see :data:`FAR_NAMED_LATER_UNITS`) by the later phrase ``named`` with the
    same post of the same body, said shorter ("In his response, Steve Coll, the dean of the
    journalism school, said")? Only "the POST of ..." with a post of :data:`_ORG_POSTS`, and
    only when the later phrase repeats "POST of" and every word it says of the body is one
    of the description's (not "the president of the European Council" for "the president of
    the European Commission"); desc36."""
    words = [t for t in described if t.kind == "w"]
    if len(words) < 4 or words[0].low != "the" or words[2].low != "of" or (
            words[1].low not in _ORG_POSTS):
        return False
    head = title_key(words[1].low)
    body = {_unpossessed(w.low) for w in words[3:] if w.low not in lx.DETERMINERS}
    own = {fold(w) for w in (person.name or "").split()}
    later = [t for t in named if t.kind == "w" and fold(t.text) not in own]
    at = next((k for k in range(len(later) - 1)
               if title_key(later[k].low) == head and later[k + 1].low == "of"), None)
    if at is None:
        return False
    theirs = {_unpossessed(w.low) for w in later[at + 2 :] if w.low not in lx.DETERMINERS}
    return bool(theirs) and all(any(_same_stem(o, b) for b in body) for o in theirs)


# a person's own speech as a source ("his words appeared to contradict C", "Her remarks
# suggested C"): the person the possessive stands for (desc33; not a document they wrote,
# "his tweet", "her statement", which the labels name as the document)
_OWN_SPEECH_NOUNS = frozenset({"words", "remarks", "comments", "response", "message"})
_SPEAKER_OF_POSSESSIVE = {"his": "he", "her": "she"}  # the pronoun a possessive stands for
_INDEFINITE_OPENERS = frozenset({"a", "an", "one"})  # "A woman who", "One of the prosecutors"
# words after a stand-in's head that open what the phrase says more of them: a body, a
# clause, or a place ("A lawmaker in the Philippines is calling ...": a lawmaker; title33)
_STAND_IN_CUTS = _NAME_CUT_WORDS | {"who", "that", "in"}
# heads of a stand-in that says who someone is, not a post for the later name to agree with
_GENERIC_PERSON_HEADS = frozenset({"woman", "man", "person", "prosecutor", "lawyer",
                                   "attorney"})
# heads no later name stands for: an anonymous source (and, in the function, someone tied
# to another person, DEPENDANT_NOUNS: "A friend referred to him as ...": the friend of the
# man named next, not him)
_NEVER_NAMED_HEADS = frozenset({"source", "insider"})


def delayed_description(described: list[Token], aside: list[Token],
                        headline: bool = False) -> str:
    """The head of ``described`` when it is a lede's stand-in for a person the next sentences
    name ("A woman who has accused the former president of rape said ... Juanita Broaddrick,
    who ..., recounted", "Hillary Clinton's right-hand woman rallied supporters ... Huma
    Abedin, vice chairwoman for ..., emailed"), else "": an indefinite or possessed
    description of one person, not set off as anonymous (round 22; :func:`named_later` asks
    the later phrase for the same head, which these leads do not repeat). ``headline``: the
    phrase opens the headline, which drops articles, so a bare description ("Philippine
    lawmaker wants Trump banned") is one too (title33)."""
    words = [t for t in described if t.kind == "w"]
    if len(words) < 2 or _anonymous([*words, *aside]):
        return ""
    opener = words[0].low
    possessed = _is_cap(words[0]) and any(w.low.endswith(("’s", "'s")) for w in words[:-1])
    bare = headline and opener not in lx.DETERMINERS and not _is_cap(words[-1])
    if opener not in _INDEFINITE_OPENERS and not possessed and not bare:
        return ""
    one_of = opener == "one" and len(words) > 2 and words[1].low == "of"
    if one_of:
        words = words[2:]  # "One of the former prosecutors for David Petraeus": one of them
    cut = next((k for k, w in enumerate(words) if w.low in _STAND_IN_CUTS and k > 0),
               len(words))
    last = words[cut - 1].low  # (the head, not a place after it: "in the Philippines")
    if not one_of and last.endswith("s") and not last.endswith("ss"):
        return ""  # ("Cruz's advisers say": several people, no one name)
    head = title_key(last)
    # (a title is a person's too: "A Philippine lawmaker is calling ..."; title33)
    return head if (_person_head(head) or head in TITLE_HEADS) and (
        head not in _NEVER_NAMED_HEADS) and head not in DEPENDANT_NOUNS else ""


def stand_in_agrees(head: str, described: list[Token], named: list[Token],
                    person: Person, speaks: bool = False) -> bool:
    """Can ``person``, named in the later words ``named`` (the name with its titles and
    apposition), be the one a stand-in with ``head`` described? A person by a given name the
    lexicon knows, not of the other gender ("a man" is not "Eva-Maria Schultheis"), and,
    unless the head is generic ("woman", "prosecutor"), not described there by another post
    only ("A machinists spokesman" is not "John Bulgaro, the president of Teamsters Local
    294"; staff nouns are one class), nor of another place or body (the stand-in's own
    capitalised words, ``described``, are said of them there too). ``speaks``: the person is
    the speaker of a statement there, so the gender the article gave them will do for a given
    name the lexicon lacks ("“Q,” Joey Salceda said ... his bill"; title33)."""
    first = (person.name or "").split()[0].split("-")[0] if person.name else ""
    named_gender = (given_name_gender(first) if first else "") or (
        person.gender if speaks and person.kind == "person" else "")
    if not named_gender or lx.ROLE_GENDER.get(head, named_gender) != named_gender:
        return False  # (a given name the lexicon knows: "Business Insider" is no one named)
    if head in _GENERIC_PERSON_HEADS:
        return True
    theirs = [_unpossessed(t.low) for t in named if t.kind == "w"]
    cut = next((k for k, t in enumerate(described) if t.low in _STAND_IN_CUTS), len(described))
    if any(_is_cap(t) and t.low not in lx.TITLE_WORDS and t.low not in lx.DETERMINERS and
           not any(_same_stem(_unpossessed(t.low), o) for o in theirs)
           for t in described[:cut] if t.kind == "w") and not (
                speaks and _country_office(head, described[:cut], named)):
        return False  # "Colorado's delegation chairman" is not "House Speaker Paul Ryan, the
        # convention chair": a place or body of the stand-in the later words do not repeat
    own = {fold(w) for w in (person.name or "").split()}
    clause = next((k for k, t in enumerate(named) if t.low in lx.RELATIVE_PRONOUNS), len(named))
    roles = {title_key(t.low) for t in named[:clause] if t.kind == "w" and fold(t.text) not in own}
    roles &= TITLE_HEADS | EPITHET_HEADS | OFFICE_HEADS | _PERSON_NOUNS  # (not what a "who"
    # clause says: "Jason Furman, who leads Mr. Obama's Council of Economic Advisers,")
    staff = head in _STAFF_HEADS
    return not roles or head in roles or (staff and bool(roles & _STAFF_HEADS))


# peoples' adjectives ending in "i", which the nationality endings miss ("Israeli servicemen")
_I_PEOPLES = frozenset({"israeli", "saudi", "iraqi", "pakistani", "kuwaiti", "qatari",
                        "emirati", "yemeni", "omani", "bangladeshi", "somali", "nepali", "thai",
                        "afghani", "azerbaijani", "bahraini"})


def _people_word(low: str) -> bool:
    """Is (lower-case) ``low`` a people's adjective ("Israeli", "Egyptian", "Chinese")?"""
    return low.endswith((*_NATIONALITY_ENDINGS, "an")) or low in _I_PEOPLES


def _country_office(head: str, described: list[Token], named: list[Token]) -> bool:
    """Is the stand-in ``described`` a country's office ("Qatar's prime minister", "Iran's
    Supreme Leader", "The Greek prime minister"), the country its first capitalised word and
    no other place in it, while the later words ``named`` give a bare name, of no place and
    no title? Wire ledes write the office, then the holder's name on the quote that follows
    ("Qatar's prime minister on Tuesday denied C. “Q,” Sheikh Mohammed bin Abdulrahman
    al-Thani said."; tn37): one holder per country, which the name need not repeat."""
    if head not in OFFICE_HEADS and head != "leader":
        return False
    caps = [t for t in described if t.kind == "w" and _is_cap(t) and t.low not in (
        lx.DETERMINERS)]
    return bool(caps) and _nation_word(caps[0]) and not any(
        _nation_word(t) for t in caps[1:]) and not any(
        t.kind == "w" and (fold(_unpossessed(t.text)) in PLACES or t.low in NATION_WORDS
                           or title_key(t.low) in _POSTS) for t in named)  # (not the
    # people's ending of a name: "Abdulrahman")


_POSTS = TITLE_HEADS | OFFICE_HEADS | EPITHET_HEADS  # a post, not an honorific ("Sheikh")


# words that make a title another office than the title without them ("Deputy Prime
# Minister Jane Roe" is not "the prime minister")
_LESSER_OFFICE_WORDS = frozenset({"deputy", "vice", "assistant", "associate", "junior",
                                  "acting", "interim", "former", "ex", "shadow"})


def _same_office(described: list[Token], later: list[Token]) -> bool:
    """Does the later phrase ``later`` give the office of the description ``described`` ("the
    Greek prime minister": "Prime Minister George Papandreou"): every title word of the
    description and no word of a lesser office it lacks?"""
    mine = {k for w in described if (w.low in lx.TITLE_WORDS or w.low in _CAPITAL_TITLES)
            and w.low not in lx.DETERMINERS for k in title_key(w.low).split()}  # ("PM": prime
    # and minister)
    theirs = {title_key(w.low) for w in later
              if w.low in lx.TITLE_WORDS or w.low in _LESSER_OFFICE_WORDS}  # ("Gov.")
    return mine <= theirs and not (theirs & _LESSER_OFFICE_WORDS) - mine


# peoples' adjectives no ending of _people_word gives
_ODD_PEOPLES = frozenset({"greek", "dutch", "swiss", "welsh", "czech", "thai", "cypriot",
                          "maltese", "icelandic", "filipino"})


def _nation_word(tok: Token) -> bool:
    """A capitalised word of a country, a place or a people, possessive or not ("Greek",
    "Greece's", "Canadian", "U.S.")."""
    return _is_cap(tok) and (_place_word(tok) or fold(_unpossessed(tok.text)) in PLACES
                             or tok.low in _ODD_PEOPLES)


def _place_word(tok: Token) -> bool:
    """A capitalised word of a place or a people ("UK", "U.S.", "Russian", "Israeli")."""
    return tok.text.replace(".", "") in _NOT_ACRONYMS or fold(tok.text) in PLACES or \
        _people_word(tok.low)


# words for a newspaper that stand for one another: "the daily Eleftherotypia ... the paper
# said" (desc30)
_PAPER_KINDS = frozenset({"newspaper", "paper", "daily", "weekly", "tabloid"})
# kinds that are also adverbs of frequency ("held daily briefings"): a paper's kind only
# after a determiner, a capitalised or hyphenated word, a people's adjective or a leaning
_FREQUENCY_KINDS = frozenset({"daily", "weekly"})
_PAPER_LEANINGS = frozenset({"conservative", "liberal", "left", "right", "leftist",
                             "rightist", "sports", "business", "financial", "national",
                             "regional", "local", "major", "independent", "popular"})
# an outlet's kind written in lower case right after its name ("Family Circle magazine",
# "the Arab News newspaper"): a later "the magazine" is that outlet (desc30)
_KINDS_AFTER_NAME = frozenset({"magazine", "newspaper"})
# an outlet's kind written in lower case after its name ("People magazine", "the Haaretz
# newspaper", "the Ynet daily"): the name with it is the outlet, a few sentences back too
_OUTLET_KIND_WORDS = _KINDS_AFTER_NAME | frozenset({"daily", "weekly", "tabloid"})


# words that open what an apposed kind goes on to say of the organisation: "the Green Crew, an
# environmental group founded by a teenager", "Acme, a company based in Ohio" (desc30)
_KIND_CLAUSE_STARTS = frozenset({"founded", "based", "formed", "created", "launched", "led",
                                 "run", "backed", "funded", "headquartered"})


# nouns of an organisation or of the undertaking a group runs, before such a participle
# (not every kind of ORG_KIND_WORDS: "a subscription service called Google AI Ultra" is a
# product, no body that speaks)
_CALLED_KINDS = frozenset({"group", "organization", "organisation", "company", "firm",
                           "startup", "coalition", "foundation", "party", "charity",
                           "nonprofit", "non-profit", "program", "programme", "initiative",
                           "project", "movement", "committee", "association", "institute"})


def _org_kind(toks: list[Token], k: int, j: int) -> str:
    """The kind of organisation the sentence writes with the name ``toks[k:j]``, before it
    ("the state news agency TASS", "the oil giant Exxon Mobil"), right after it ("Family
    Circle magazine", :data:`_KINDS_AFTER_NAME`) or in apposition ("TASS, the state news
    agency,", "Alphabet, the parent company of Google,"), or ""."""
    if k > 0 and toks[k - 1].kind == "w" and not _is_cap(toks[k - 1]) and \
            toks[k - 1].low in ORG_KIND_WORDS and not (k > 1 and toks[k - 2].low in _PREPOSITIONS):
        if toks[k - 1].low in _FREQUENCY_KINDS and k > 1 and not (
                toks[k - 2].low in lx.DETERMINERS or _is_cap(toks[k - 2])
                or "-" in toks[k - 2].low or _people_word(toks[k - 2].low)
                or toks[k - 2].low in _PAPER_LEANINGS):
            return ""  # "held daily White House briefings": how often, no paper
        return toks[k - 1].low  # (not "on board EgyptAir Flight MS804": no kind, a phrase)
    if k >= 2 and toks[k - 1].low in NAMING_PARTICIPLES and (
            toks[k - 2].low in _CALLED_KINDS) and not _is_cap(toks[k - 2]):
        return toks[k - 2].low  # "a program called Sandy Hook Promise. The group ...",
        # "a nonprofit named Fair Count": the kind the name is given for (pron36)
    n = len(toks)
    if j < n and toks[j].kind == "w" and not _is_cap(toks[j]) and (
            _unpossessed(toks[j].low) in _KINDS_AFTER_NAME) and not (
            k > 0 and toks[k - 1].low in {"a", "an"}) and not all(
            _place_word(t) for t in toks[k:j] if t.kind == "w"):
        # (not "a Baton Rouge newspaper": a place's paper, unnamed)
        return _unpossessed(toks[j].low)  # "Family Circle magazine’s poll": the magazine
    if j + 2 < n and toks[j].low == "," and toks[j + 1].low in {"the", "a", "an", "its"}:
        e = j + 2
        while e < n and e - j <= MAX_APPOSED_TITLE and toks[e].kind == "w" and \
                not _is_cap(toks[e]) and toks[e].low not in lx.NP_BOUNDARY and \
                toks[e].low not in _ORG_NAME_LINKS and toks[e].low not in _KIND_CLAUSE_STARTS:
            e += 1
        if e > j + 2 and e < n and (toks[e].low in {",", ".", ";"} or (
                toks[e].low in _ORG_NAME_LINKS and e + 1 < n and toks[e + 1].kind == "w")
                or (toks[e].low in _KIND_CLAUSE_STARTS and not any(
                    t.low in lx.DETERMINERS for t in toks[j + 2 : e]))) \
                and toks[e - 1].low in ORG_KIND_WORDS:  # (not "Google Glass, the wearable
            # devices the company launched": the kind of another noun phrase)
            return toks[e - 1].low
    return ""


def _org_described(toks: list[Token], k: int, j: int, org: Person) -> None:
    """Give the organisation named by ``toks[k:j]`` the kind the sentence writes with it
    (see :func:`_org_kind`): a later "the agency" is that organisation."""
    kind = _org_kind(toks, k, j)
    if kind:
        org.roles.add(kind)
        if kind in _PAPER_KINDS:
            org.roles.update(_PAPER_KINDS)  # "the German daily Bild" is "the paper" later
        if kind in COMPANY_EPITHETS:
            org.roles.update(("company", "firm"))  # "the oil giant" is "the company" later


def _role_phrase(toks: list[Token], k: int, j: int) -> list[Token]:
    """The post a sentence gives the person named by ``toks[k:j]``, as its words up to the
    head ("its new special envoy"), or []: in apposition with a determiner or a possessive
    ("Mary Smith, a spokeswoman for ...", "Bob Rae, Canada's new envoy,"), after an
    appointment ("Bob Rae was named special envoy", "named Bob Rae as its envoy") or a copula
    ("Bob Rae is Canada's special envoy"). Only heads that name a person's post count: a
    person's post or a title ("envoy", "spokeswoman", "chief executive")."""
    n = len(toks)
    e = j
    if k > 0 and toks[k - 1].low in _APPOINTED and e < n and toks[e].low == ",":
        # "appointed Dan Driscoll, the Army secretary, as his envoy": the post after "as"
        close = next((m for m in range(e + 1, min(n, e + 2 + MAX_ROLE_WORDS))
                      if toks[m].low == ","), None)
        if close is not None and close + 1 < n and toks[close + 1].low == "as":
            e = close + 1
    if e < n and (toks[e].low == "," or (  # an apposition, or "named X as ..."
            k > 0 and toks[k - 1].low in _APPOINTED and toks[e].low == "as")):
        e += 1
    else:
        while e < n and toks[e].low in {"was", "is", "has", "had", "been", "be", "will",
                                         "would", "later", "recently", "also"}:
            e += 1
        if e == j:
            return []
        if e < n and toks[e].low in _APPOINTED:
            e += 1
            if e < n and toks[e].low in {"as", "to"}:
                e += 1
        elif toks[e - 1].low not in {"is", "was"}:
            return []
    if e >= n or toks[e].kind != "w":
        return []
    start = e
    if toks[e].low in _ROLE_DETERMINERS or (toks[e].low.endswith(("’s", "'s")) and
                                             _is_cap(toks[e])):
        e += 1
    elif toks[start - 1].low == ",":
        return []  # "Bob Rae, Myanmar ...": no description
    while e < n and e - start <= MAX_ROLE_WORDS and toks[e].kind == "w" and \
            toks[e].low not in _ROLE_ENDS and not toks[e].low.endswith(("’s", "'s")):
        head = toks[e].low
        nxt = toks[e + 1] if e + 1 < n else None
        if (head in _RELATION_NOUNS or title_key(head) in TITLE_HEADS) and (
                nxt is None or nxt.kind != "w" or nxt.low in _ROLE_ENDS
                or nxt.low in _ROLE_TIME_WORDS):
            break  # "its chief executive last year": the head, then the time
        e += 1
    else:
        return []
    words = toks[start : e + 1]
    if any(w.low in lx.CUES for w in words) or any(_is_cap(w) and first_name_gender(
            w.text + " x") for w in words):
        return []  # "..., a former aide, said" is fine; "is Hillary Clinton's aide" is not
    return words


_LINK_WORDS = frozenset({"for", "of", "on", "&"})
# people who speak for an organisation named after them ("a spokesperson for the ministry")
MAX_UNCLOSED_NAME = 3  # "Abhijit Surya, senior ... said": a person's name of a few words
MAX_NAME_AFTER = 4  # "Andrew J. Pincus": a person's name of a few words
MAX_DESCRIPTION_TAIL = 8  # "of Iowa's politically activist evangelicals": a short tail


def _name_after(toks: list[Token], phrase: Phrase) -> list[Token]:
    """The name set off after a description that follows its cue ("said another leading
    Supreme Court advocate, Andrew J. Pincus of the law firm Mayer Brown."), when the phrase
    ends before it: a person noun's description, then a comma and a name with a known first
    name, ended by the sentence, a comma or "of"/"at"."""
    j = phrase.j
    words = [t for t in toks[phrase.i : phrase.core_end] if t.kind == "w"]
    if phrase.core < 0 and j < len(toks) and toks[j].low in _NAME_CUT_WORDS:
        # "the endorsement of the most influential leader of Iowa's activist evangelicals,
        # Bob Vander Plaats.": the description's own tail, cut off the phrase, before the
        # comma (title33)
        tail = j
        while tail < len(toks) and tail - j <= MAX_DESCRIPTION_TAIL and toks[tail].kind == "w":
            tail += 1
        if tail < len(toks) and tail - j <= MAX_DESCRIPTION_TAIL:
            j = tail
    if phrase.core >= 0 or j + 2 >= len(toks) or toks[j].low != "," or len(words) < 2 or (
            words[0].low not in _INDEFINITES and words[0].low != "the") or (
            words[-1].low not in lx.SPEAKER_NOUNS and title_key(words[-1].low) not in TITLE_HEADS):
        return []
    e = j + 1
    while e < len(toks) and e - j <= MAX_NAME_AFTER and _is_cap(toks[e]) and not (
            toks[e].low.endswith(("’s", "'s"))):
        e += 1
    name = toks[j + 1 : e]
    if len(name) < MIN_FULL_FORM or e - j > MAX_NAME_AFTER or (e < len(toks) and toks[e].low
                                                                not in {".", ",", "of", "at"}):
        return []
    return name if name_gender(span_text(name)) and not _org_like(name) else []


def _unclosed_apposition(toks: list[Token], phrase: Phrase) -> list[Token]:
    """The name before a comma that opens the speaker phrase, when the phrase is a bare
    post with no determiner ("Abhijit Surya, senior APAC economist at Capital Economics
    said"): the writer left out the comma that closes the apposition. Only a name with a
    known first name, and a post noun before the post's place."""
    i = phrase.i
    if i < 3 or toks[i - 1].low != "," or toks[i].kind != "w" or _is_cap(toks[i]) or (
            toks[i].low in lx.DETERMINERS or toks[i].low in _INDEFINITES):
        return []
    words = [t for t in toks[i : phrase.core_end] if t.kind == "w"]
    cut = next((k for k, w in enumerate(words) if w.low in {"at", "of", "for", "with"}),
               len(words))
    if cut == 0 or title_key(words[cut - 1].low) not in EPITHET_HEADS | _POST_NOUNS:
        return []
    m = i - 1
    while m > 0 and i - 1 - m < MAX_UNCLOSED_NAME and _is_cap(toks[m - 1]):
        m -= 1
    name = toks[m : i - 1]
    if len(name) < MIN_FULL_FORM or (m > 0 and toks[m - 1].kind == "w" and toks[m - 1].low
                                     not in {"said", "says", "and", "but"}) or _org_like(name):
        return []
    return name if name_gender(span_text(name)) else []


def _posted_at(words: list[Token], cut: int | None) -> int:
    """The end of a definite epithet before "at" and the place of the post ("the professor
    emeritus at Kyoto University's ...", "the economist at Capital Economics"), or 0."""
    if cut is None or words[cut].low != "at" or words[0].low != "the":
        return 0
    k = cut - 1
    if k > 1 and words[k].low in lx.TITLE_TAILS:
        k -= 1
    if _is_cap(words[k]) or title_key(words[k].low) not in EPITHET_HEADS:
        return 0
    return k + 1


# words that go on with an organisation's name ("Board of Elections", "Center for Responsive
# Politics"); not "on", which dates ("the Post on Monday")
_ORG_NAME_LINKS = frozenset({"of", "for"})


def _linked_end(toks: list[Token], j: int) -> int:
    """Where an organisation's name ending at ``toks[j - 1]`` ends when "of"/"for" and
    capitalised words follow ("Board" + "of Elections"): after those words; else ``j``. Not
    over a determiner, an opener, a title or a time word ("Ministry of Defence", not
    "the Post for Monday")."""
    n = len(toks)
    if j + 1 >= n or toks[j].low not in _ORG_NAME_LINKS or toks[j].start == toks[j - 1].end:
        return j
    e = j + 1
    while e < n and _is_cap(toks[e]) and toks[e].low not in lx.DETERMINERS and \
            toks[e].low not in lx.SENTENCE_OPENERS and toks[e].low not in lx.TITLE_WORDS and \
            toks[e].low not in lx.TIME_WORDS:
        e += 1
        if toks[e - 1].low.endswith(("’s", "'s")):
            break
    return e if e > j + 1 else j


# the heads of institutions whose names go on over "of", "for" or "to" ("Court of Appeals",
# "Committee to Protect Journalists"): not every organisation's head, since outlets' heads
# are surnames too ("Sen. John Post of Ohio" is John Post)
_LINKED_BODY_HEADS = frozenset({
    "committee", "party", "department", "ministry", "campaign", "institute", "institutes",
    "university", "college", "agency", "administration", "office", "council", "commission",
    "association", "foundation", "center", "centre", "court", "fund", "union", "bureau",
    "service", "board", "coalition", "alliance", "organization", "organisation", "society",
    "federation", "trust", "bank", "corps", "forces", "observatory", "church", "school",
    "academy", "authority", "division", "chamber", "league", "secretariat", "directorate",
    "inspectorate", "tribunal", "parliament", "assembly", "congress", "senate",
    # round 35: "the U.S. Conference of Catholic Bishops", "the Conference of Mayors"
    "conference"})
# small words inside a body's name between capitalised ones ("Court of Appeals for the Ninth
# Circuit", "Institute of Allergy and Infectious Diseases")
_BODY_NAME_INNER = frozenset({"of", "for", "to", "and", "the", "&"})


def _body_name(words: list[Token], link: int) -> list[Token]:
    """A body's whole name in a speaker phrase: its first capitalised word (after a
    determiner) to its last, over the small words that join capitalised ones; [] when the
    phrase does not open with it, capitalised up to the link word at ``link`` ("The Italian
    government of Premier Giorgia Meloni", "The UN agency for Palestinian refugees": a
    described body, not a name)."""
    k = 0
    while k < len(words) and words[k].low in lx.DETERMINERS:
        k += 1
    if k < link and not all(_is_cap(w) for w in words[k:link]):
        k = _kind_before_name(words, link)  # "the company Bank of America"
    if k >= link or not all(_is_cap(w) for w in words[k:link]):
        return []
    e = k
    while e + 1 < len(words) and (_is_cap(words[e + 1]) or (
            words[e + 1].low in _BODY_NAME_INNER and e + 2 < len(words) and any(
                _is_cap(w) for w in words[e + 2 : e + 4]))):
        e += 1
    while e > k and not _is_cap(words[e]):
        e -= 1
    return words[k : e + 1]


def _kind_before_name(words: list[Token], link: int) -> int:
    """Where a body's capitalised name starts after the organisation kind that introduces
    it ("the property management company Way of Life", "the company Bank of America": a
    kind word of ORG_DESCRIPTIONS right before the name, round 35); ``link`` (no name) for
    anything else ("The Italian government of Premier Giorgia Meloni": no name before "of")."""
    k = link
    while k > 0 and _is_cap(words[k - 1]):
        k -= 1
    if k == link or k == 0 or words[k - 1].low not in ORG_DESCRIPTIONS or any(
            w.low in lx.TITLE_WORDS for w in words[k:link]):
        return link  # (nor "the company CEO of ...": a title, a person's)
    return k


def _person_noun_before(words: list[Token], cut: int) -> bool:
    """A person noun right before the cut word ("a spokesperson for", "an aide to"), or
    before "close"/"familiar" ("a source close to"): the phrase names that unnamed person,
    not the object after the preposition."""
    k = cut - 1
    if k > 0 and words[k].low in lx.NEAR_WORDS:
        k -= 1
    return words[k].low in _FAMILIAR_PEOPLE or (words[k].low in lx.SPEAKER_NOUNS and (
        words[k].low in _PERSON_NOUNS or words[k].low in {"people", "person"})) or (
        words[k].low in DEPENDANT_NOUNS and not _is_cap(words[k]))


_INDEFINITES = frozenset({"a", "an", "another", "one"})
_PLACE_LINKS = frozenset({"from", "in", "at"})  # a person's place after their noun
# shares of a group the resolver reads through ("one of the lawyers", "most of his aides"):
# narrower than attribution._share_word on purpose, no large counts ("Hundreds of ...")
_SHARE_OF = frozenset({"one", "two", "three", "four", "some", "many", "most", "several", "few",
                       "each", "both", "all", "half"})
# plural people nouns the speaker lexicon lacks ("Representatives of the EU said")
_PLURAL_PEOPLE = frozenset({"representatives", "delegates", "envoys", "negotiators",
                            "relatives", "survivors", "veterans", "victims", "ministers",
                            "presidents", "heads", "chiefs", "governments", "delegations"})
# common nouns whose possessive makes an office the public one ("the country's president",
# "the city's mayor"), not a body's own (desc30)
_PUBLIC_OWNERS = frozenset({"nation", "country", "state", "city", "county", "town", "province",
                            "region", "island", "world", "government", "administration",
                            "kingdom", "republic", "capital", "territory", "district"})


def _plural_title(low: str) -> bool:
    """Is (lower-case) ``low`` the plural of a title ("mayors", "governors", "senators")?"""
    return len(low) > 3 and low.endswith("s") and not low.endswith("ss") and (
        low[:-1] in TITLE_HEADS)


# people known by their tie to someone ("a deputy to Lavrov", "the wife of Navalny"): the phrase
# names them, not the one they are tied to (round 16)
DEPENDANT_NOUNS = frozenset({"deputy", "predecessor", "successor", "relative", "friend",
                             "confidant", "ally", "associate", "colleague", "assistant",
                             "wife", "husband", "widow", "widower", "son",
                             "daughter", "brother", "sister", "mother", "father", "nephew",
                             "niece", "cousin", "partner", "fiancee", "fiancé", "girlfriend",
                             "boyfriend",
                             # kin the list lacked, and families ("The parents of Shannon
                             # Rollins said" was Rollins; round 33)
                             "aunt", "uncle", "grandmother", "grandfather", "grandson",
                             "granddaughter", "stepfather", "stepmother", "mom", "dad",
                             "parent", "parents", "family", "children", "siblings",
                             "grandparents", "sons", "daughters", "brothers", "sisters"})
def _named_after(words: list[Token], k: int) -> bool:
    """Does an organisation's name start at ``words[k]`` ("Gazprom", "the Ford Foundation"):
    a capitalised word, after "the" or not ("the head of state" names no organisation)."""
    if k < len(words) and words[k].low == "the":
        k += 1
    return k < len(words) and _is_cap(words[k])


# posts of an organisation's people ("the head of Gazprom"): the person, not the organisation
_ORG_POSTS = frozenset({"head", "executive", "director", "chairman", "chairwoman", "chair",
                        "founder", "co-founder", "leader", "chief", "ceo", "boss", "owner",
                        # a school's heads ("The dean of the Graduate School of Journalism"
                        # was "Journalism"; desc36)
                        "dean", "provost", "principal", "superintendent"})
MIN_INNER_NAME_WORDS = 3  # a given name, then two surnames ("Melba Acosta Febo")
MAX_UNNAMED_SPEAKER_WORDS = 6  # "a senior State Department official", "one of his advisers"
MAX_LAY_DESCRIPTION_WORDS = 3  # "the 911 caller", "the man", "the 15-year-old"
MAX_UNNAMED_MODIFIERS = 3  # "A 32-year-old single mother", "a young Palestinian man"
MAX_UNNAMED_SUBJECT_WORDS = 12  # "A woman who lives across the street from the Smiths,"


# nouns for one unnamed person who speaks for themselves beyond the lists below ("one
# California delegate", "a neighbour"); not a questioner ("a reporter") or a narrator
_UNNAMED_HEADS = frozenset({"delegate", "resident", "voter", "witness", "source", "neighbor",
                            "neighbour", "relative", "friend", "supporter", "protester",
                            "survivor", "victim", "volunteer", "soldier", "doctor", "nurse",
                            "teacher", "student", "farmer", "driver", "guard", "activist",
                            # pron24: the unnamed of local news ("said the 911 caller")
                            "caller", "homeowner", "owner", "bystander", "passenger",
                            "customer", "shopper", "parent", "teen", "teenager", "patient",
                            "mourner",
                            # round 37: "a gender researcher and journalist from Tehran told
                            # DW. She asked ..." (not "reporter": the one who asks, mostly)
                            "journalist", "writer", "engineer", "trader",
                            "shopkeeper"})


def _person_head(head: str) -> bool:
    """Is ``head`` a noun for one unnamed person who speaks ("official", "delegate", "man",
    "spokeswoman")?"""
    return head in _PERSON_NOUNS or head in EPITHET_HEADS or head in lx.ROLE_GENDER or (
        head in EPITHET_NOUNS) or head in _UNNAMED_HEADS
_PERSON_NOUNS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "official", "officials",
     "aide", "aides", "adviser", "advisers", "advisor", "advisors", "source", "sources",
     "staffer", "insider", "insiders", "representative", "member", "members", "lawyer",
     "lawyers", "attorney", "economist", "analyst", "analysts", "researcher", "employee",
     "employees", "worker", "workers", "officer", "officers", "strategist", "operative",
     # (eighteenth session: "one of the former prosecutors for David Petraeus said")
     "prosecutor", "prosecutors", "attorneys", "negotiator", "negotiators", "investigator",
     "investigators", "lobbyist", "lobbyists", "consultant", "consultants"}
)


def _linked_name(words: list[Token]) -> list[Token]:
    """An organisation's name whose capitalised words are linked by for/of/on ("Center for
    Responsive Politics", "Department of Homeland Security"), or []: not when it opens with a
    title or a given name ("Secretary of State John Kerry", "Joel Pollak of Breitbart")."""
    k = 0
    while k < len(words) and (words[k].low in lx.DETERMINERS or (
            k > 0 and words[k].low in lx.NP_MODIFIERS and not _is_cap(words[k]))):
        k += 1  # ("the progressive Center for Economic and Policy Research")
    owner = next((m for m in range(len(words) - 2, k - 1, -1)
                  if _is_cap(words[m]) and words[m].low.endswith(("’s", "'s"))), -1)
    if owner >= 0 and all(_is_cap(w) or w.low in lx.DETERMINERS for w in words[k:owner]) and \
            words[owner].low.removesuffix("’s").removesuffix("'s") not in lx.SPEAKER_NOUNS:
        # (not an office's own possessive: "the U.S. Attorney's Office for the District of
        # Columbia" is that office whole)
        k = owner + 1  # "China's Ministry of Commerce", "the Moscow Region's Ministry of
        # Agriculture and Food": the body's name after its owner (twenty-fourth session)
    name = words[k:]
    if len(name) < 3 or not _is_cap(name[0]) or not _is_cap(name[-1]):
        return []
    first = name[0].low
    if (first in lx.TITLE_WORDS and first not in ORG_HEADS) or first_name_gender(
            name[0].text + " x"):
        return []  # (but "Ministry of Internal Affairs": a body's head word is no title)
    if _person_before_link(name):
        return []
    if any(w.low in _HEAD_TITLES and _is_cap(name[m + 1]) for m, w in enumerate(name[1:-1], 1)):
        return []  # "Council on American-Islamic Relations National Executive Director Nihad
        # Awad": a titled person after the organisation's name
    links = 0
    for m, w in enumerate(name):
        after = m + 2 if m + 2 < len(name) and name[m + 1].low == "the" and \
            _org_like(name[:m]) else m + 1  # ("Rahman of the Eurasia Group": a person's)
        if w.low in _LINK_WORDS and 0 < m < len(name) - 1 and _is_cap(name[m - 1]) and \
                _is_cap(name[after]):
            links += 1  # ("Institute for the Study of War": "the" after a link word)
        elif w.low == "the" and 1 < m < len(name) - 1 and name[m - 1].low in _LINK_WORDS \
                and _org_like(name[: m - 1]):
            continue
        elif w.low == "and" and links and m < len(name) - 1 and _is_cap(name[m - 1]) and \
                _is_cap(name[m + 1]) and not any(
                    first_name_gender(x.text + " x") or given_name_gender(x.text)
                    for x in name[m + 1 :]):
            continue  # "Department of Health and Human Services": "and" inside the name
            # (not "Minister for Legal and International Affairs Kazem Gharibabadi")
        elif w.low == "," and links and _is_cap(name[m - 1]) and _listed_in_name(name, m):
            continue  # "Ministry of Agriculture, Forestry and Fisheries", "Bureau of
            # Alcohol, Tobacco, Firearms and Explosives": a list inside the name
        elif not _is_cap(w) or w.low.endswith(("’s", "'s")):
            return []
    return name if links else []


def _name_possessor(words: list[Token]) -> int:
    """Where a capitalised possessor's possessive stands when ``words`` read "Name's noun"
    ("Mark Weekly's brother": 1), the name all capitalised before it and the rest lower
    case; -1 otherwise."""
    at = next((m for m, w in enumerate(words) if w.low.endswith(("’s", "'s"))), -1)
    if at < 0 or at == len(words) - 1 or not all(_is_cap(w) for w in words[: at + 1]) or any(
            _is_cap(w) for w in words[at + 1 :]):
        return -1
    return at


def _possessed_name(words: list[Token]) -> list[Token]:
    """The person's name after a body's possessive that ends a speaker phrase ("the University
    of Calgary's Dickinson", "Kyoto University's Taro Sato"), or []: the possessor must be a
    body linked by "of" or a capitalised run, and the name one to three capitalised words that
    are no title, no organisation and no description."""
    owner = next((m for m in range(len(words) - 2, 0, -1)
                  if words[m].low.endswith(("’s", "'s"))), -1)
    name = words[owner + 1 :]
    if owner < 1 or not _is_cap(words[owner]) or not 1 <= len(name) <= MAX_POSSESSED_NAME:
        return []
    if any(not _is_cap(w) or w.low in lx.TITLE_WORDS or w.low in lx.SPEAKER_NOUNS
           or w.low in NOT_NAMES or is_acronym(w) for w in name) or _org_like(name):
        return []
    owner_words = [w for w in words[:owner + 1] if w.low not in lx.DETERMINERS]
    of_at = next((m for m, w in enumerate(owner_words) if w.low == "of"), -1)
    if of_at < 0 and not _org_like(owner_words):
        return []  # ("Trump's Steve Bannon": the rules for people's people decide)
    named = name_tokens(owner_words[:of_at]) if of_at > 0 else []
    if named and first_name_gender(span_text(named)):
        return []  # "Officer Christopher No of the Los Angeles Police Department's Media
        # Relations Section": the person before "of", the rest where they work
    return name


MAX_POSSESSED_NAME = 3  # "Kyoto University's Taro Sato": a name of a few words


def _listed_in_name(name: list[Token], comma: int) -> bool:
    """Is the comma at ``name[comma]`` inside a list of capitalised words that "and" closes
    before the name ends ("Agriculture, Forestry and Fisheries")?"""
    for m in range(comma + 1, len(name) - 1):
        if not _is_cap(name[m]) and name[m].low != ",":
            return name[m].low == "and" and all(_is_cap(w) for w in name[m + 1 :])
    return False


def _linked_title_holder(words: list[Token]) -> list[Token]:
    """The person after a title linked by "of" that a capitalised qualifier opens ("Vatican
    Secretary of State Cardinal Pietro Parolin", round 23): the name from its given name on
    (church titles before it dropped), when a post's head stands just before the "of" and a
    given name the lexicons know opens the run of capitalised words that ends the phrase;
    else [] (not "Bank of America Merrill Lynch": no post before the link)."""
    link = next((m for m, w in enumerate(words[1:-1], 1) if w.low == "of"), -1)
    if link < 1 or words[link - 1].low not in _HEAD_TITLES:
        return []
    for p in range(link + 2, len(words) - 1):
        if all(_is_cap(w) for w in words[link + 1 :]) and (
                first_name_gender(words[p].text + " x") or given_name_gender(words[p].text)) \
                and words[p].low not in _CHURCH_TITLES and not words[p].text.endswith("."):
            return words[p:]
    return []


def _linked_holder(words: list[Token]) -> list[Token]:
    """The person a linked organisation's name and a post introduce ("Centers for Disease
    Control Director Thomas Frieden", "Council on American-Islamic Relations National
    Executive Director Nihad Awad"): the capitalised words after the post's head word, when
    a link word stands before it and they end the phrase; else []."""
    if not any(w.low in _LINK_WORDS for w in words[1:]):
        return []
    for m in range(len(words) - 2, 0, -1):
        if words[m].low in _HEAD_TITLES:
            rest = words[m + 1 :]
            if _plain_name_run(rest) and any(w.low in _LINK_WORDS and _is_cap(words[p - 1])
                                             for p, w in enumerate(words[1:m], 1)):
                return rest  # (the link inside the organisation's name: not "A spokesman
                # for NATO chief Mark Rutte", the spokesman's words; round 16)
            return []
    return []


def _person_before_link(name: list[Token]) -> bool:
    """Is the run before the first link word a person's name, with or without a capitalised
    title before it ("Pastor Joseph Brown of Marion Avenue Baptist Church", "G.K. Butterfield
    of North Carolina", "CBC Chairman G.K. Butterfield of ...")? It ends in no organisation's
    head and holds a given name the lexicon knows, initials, or is a Chinese name: "X of Y"
    is then a person of a place or a body, not one organisation's name (fifteenth
    session)."""
    m = next((m for m, w in enumerate(name) if w.low in _LINK_WORDS), 0)
    before = name[:m]
    if len(before) < MIN_TRIMMED_NAME or _org_like(before):
        return False
    if _initialled(before[-2:]) or _initialled(before[-3:]) or chinese_name(
            [w.text for w in before[-2:]]):
        return True
    return any(first_name_gender(w.text + " x") and _is_cap(before[p + 1])
               for p, w in enumerate(before[1:-1], 1))


def qualifiers(words: Iterable[Token]) -> set[str]:
    """The places and parties a title is qualified by: its capitalised words that are not
    title words themselves ("Vermont", "New", "York", "GOP"), parties folded to one form."""
    out: set[str] = set()
    words = list(words)
    for k, w in enumerate(words):
        low = w.low.removesuffix("’s").removesuffix("'s")
        if low in PARTY_QUALIFIERS and not _ideology(words, k):
            out.add(PARTY_QUALIFIERS[low])
        elif _is_cap(w) and k + 1 < len(words) and words[k + 1].low == "party":
            out.add(PARTY_MARK + fold(low))  # "the Chadema party leader": a party, no place
        elif _is_cap(w) and w.text[:1].isalpha() and low not in lx.TITLE_WORDS and \
                low not in _INNER_TITLES and low not in lx.DETERMINERS and \
                low not in lx.SENTENCE_OPENERS and low not in PAST_MARKERS:
            out.add(fold(low))
    return out


def _party_before(toks: Sequence[Token], offset: int) -> set[str]:
    """The party a capitalised party word gives the name at character ``offset`` of ``toks``
    from right before it, over title words ("Democrat Hillary Clinton", "Republican
    presidential nominee Donald Trump", "GOP Sen. Ted Cruz"): "the Democratic nominee" later
    is not the Republican (twenty-fifth session)."""
    at = next((m for m, t in enumerate(toks) if t.start == offset), 0)
    for k in range(at - 1, max(-1, at - 1 - MAX_PARTY_TITLE_WORDS), -1):
        low = toks[k].low
        if low in PARTY_QUALIFIERS and _is_cap(toks[k]):
            return {PARTY_QUALIFIERS[low]}
        if toks[k].kind != "w" or not (low in lx.TITLE_WORDS or low in _PARTY_TITLE_WORDS):
            break
    return set()


_PARTY_LETTERS = {"r": "republican", "d": "democratic", "i": "independent"}
# nouns of a creed that a lowercase party word before them names, not a party ("the
# self-described democratic socialist" is Sanders, an independent; round 22)
_CREED_NOUNS = frozenset({"socialist", "socialists", "socialism"})


def _ideology(words: list[Token], k: int) -> bool:
    """Is the party word ``words[k]`` written lowercase before a creed's noun ("democratic
    socialist"): a creed, no party to agree with?"""
    return not _is_cap(words[k]) and k + 1 < len(words) and words[k + 1].low in _CREED_NOUNS


def party_tag(text: str) -> set[str]:
    """The party and the state of a US party tag ("R-Fla", "D-VT", "I-Vt", "R-Texas"), as
    qualifiers; empty for anything else."""
    party, _, state = text.partition("-")
    if party.lower() not in _PARTY_LETTERS or not state[:1].isupper():
        return set()
    words = STATE_CODES.get(state.lower().rstrip("."))
    return {_PARTY_LETTERS[party.lower()], *(words or ())}


# heads of a description a name is apposed to that make the name a person's
_APPOSED_PERSON_HEADS = TITLE_HEADS | EPITHET_HEADS | frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "resident", "activist", "witness",
     "journalist", "reporter", "soldier", "officer", "founder", "owner", "member"})
# the words that give a description a nation, by the registry's country codes
NATION_WORDS = {
    **dict.fromkeys(("u.s.", "us", "american", "america's", "u.s.-led"), "US"),
    **dict.fromkeys(("russian", "russia's", "kremlin"), "RU"),
    **dict.fromkeys(("ukrainian", "ukraine's"), "UA"),
    **dict.fromkeys(("british", "britain's", "uk", "u.k."), "GB"),
    **dict.fromkeys(("french", "france's"), "FR"),
    **dict.fromkeys(("german", "germany's"), "DE"),
    **dict.fromkeys(("chinese", "china's"), "CN"),
    **dict.fromkeys(("turkish", "turkey's"), "TR"),
    **dict.fromkeys(("polish", "poland's"), "PL"),
    **dict.fromkeys(("hungarian", "hungary's"), "HU"),
    # (twenty-fifth session: "the Mexican president, who said" was Trump, the article's man)
    **dict.fromkeys(("mexican", "mexico's"), "MX"),
    **dict.fromkeys(("canadian", "canada's"), "CA"),
    **dict.fromkeys(("japanese", "japan's"), "JP"),
    **dict.fromkeys(("israeli", "israel's"), "IL"),
    **dict.fromkeys(("iranian", "iran's"), "IR"),
    **dict.fromkeys(("italian", "italy's"), "IT"),
    **dict.fromkeys(("indian", "india's"), "IN"),
    **dict.fromkeys(("philippine", "filipino"), "PH"),
}
# a people's plural that, after "the", stands for its state in world news ("The Russians
# said", "the Iranians have refused"); not "the Americans" (in American news its voters)
_STATE_DEMONYMS = {"russians": "Russia", "israelis": "Israel", "iranians": "Iran",
                   "ukrainians": "Ukraine", "chinese": "China", "saudis": "Saudi Arabia",
                   "syrians": "Syria", "iraqis": "Iraq", "turks": "Turkey"}
PARTY_MARK = "party:"  # a qualifier that names a party the lexicon does not know


def quals_conflict(wanted: set[str], have: set[str]) -> bool:
    """Do a description's qualifiers contradict a person's ("the Vermont senator" is not
    "Arizona Sen. John McCain"; "the Democratic front-runner" not the Republican one)?"""
    if not wanted or not have:
        return False
    parties = set(PARTY_QUALIFIERS.values()) | {
        q for q in wanted | have if q.startswith(PARTY_MARK)}
    w_party, h_party = wanted & parties, have & parties
    if w_party and h_party and not w_party & h_party:
        return True
    w_place, h_place = wanted - parties, have - parties
    return bool(w_place and h_place and not w_place & h_place)


MAX_SKIPPED_ADJECTIVES = 2  # "the presumptive Republican nominee": "presumptive" left out
MAX_ORG_MODIFIERS = 3  # "the nation's largest gun group": an organisation's description


# first words of an introductory phrase closed by a comma before the subject ("At a rally in
# Beaumont, Tex., Mr. Trump was just as blunt", "On Monday, Clinton said")
_INTRO_STARTS = frozenset(
    {"in", "on", "at", "after", "before", "during", "with", "without", "for", "from", "since",
     "despite", "following", "unlike", "like", "as", "when", "while", "speaking", "asked",
     "later", "earlier", "last", "this", "amid", "throughout", "until", "by", "upon", "over",
     "under", "within", "across", "back",
     # ("Ahead of the election, the country's industry leaders raised the alarm", they24)
     "ahead", "prior"}
)
MAX_INTRO_TOKENS = 15  # an introductory phrase is short
# the first words of a sentence :meth:`Discourse._people_subject` reads further
_PEOPLE_STARTS = (lx.DETERMINERS | _QUANTIFIERS | _PEOPLE_COUNTS | SUBJECT_PEOPLE
                  | _INTRO_STARTS)
_CLOSING_QUOTES = frozenset({"”", '"', "’", "'", "''"})
# a name right after one of these is the object of an opening phrase, not the subject
_PREPOSITIONS = frozenset({"for", "of", "about", "in", "on", "at", "with", "without", "by",
                           "during", "despite", "over", "under", "among", "unlike", "like",
                           "to", "from"})


MAX_POSSESSED_WORDS = 4  # "Sanders's longtime campaign manager, Jeff Weaver": a short noun


def _apposed_after(toks: list[Token], j: int) -> bool:
    """Do the lower-case words from ``toks[j]`` end in a comma and a capitalised name (an
    apposition naming the head: "campaign manager, Jeff Weaver")?"""
    m = j
    while m < len(toks) and m - j < MAX_POSSESSED_WORDS and toks[m].kind == "w" and \
            not _is_cap(toks[m]):
        m += 1
    return m + 1 < len(toks) and toks[m].low == "," and _is_cap(toks[m + 1])


# a subordinate clause that may open a sentence before its main clause
_SUBORDINATORS = frozenset({"when", "while", "since", "as", "after", "before", "although",
                            "though", "because", "if", "once", "until", "whenever"})
# an opening clause's first word that no introductory phrase has: the plural subject a "they"
# stands for follows its comma ("Whatever prompted them, the Brujas have found"; they29)
_OPENING_CLAUSE_LEADS = frozenset({"although", "though", "because", "if", "once", "whenever",
                                   "whatever", "whoever", "wherever", "whether"})
_CLAUSE_LEADS = frozenset({"even", "ever", "but", "and", "yet", "just", "only"})
MAX_CLAUSE_TOKENS = 25  # "Even as he accused the Justice Department of ...,": a short clause
_ASKING = frozenset({"asked", "asks", "asking", "questioned", "pressed"})
# what follows the one asked in a question (not a request: "asked Pence to join")
_QUESTION_WORDS = frozenset({"whether", "if", "about", "why", "what", "how", "when", "where",
                             "who", "which", ",", ":"})


MAX_INTRODUCED_NAME = 4  # words of a person's full name ("Wes Nakagiri", "Gregory W. Slayton");
# a longer capitalised run is a headline's ("George Zimmerman Auctioning Off Gun ...")


def _introduced(toks: list[Token], k: int, j: int) -> bool:
    """Is the name at ``toks[k:j]`` a person introduced in full with a description set off
    after it ("courtesy of Wes Nakagiri, a delegate from Michigan who dressed up ..."): the
    one the next quote is likely from, as salient as a subject (nineteenth session)."""
    return MAX_INTRODUCED_NAME >= j - k >= 2 and j + 2 < len(toks) and toks[j].low == "," and (
        toks[j + 1].low in {"a", "an"}) and toks[j + 2].kind == "w" and not _is_cap(toks[j + 2])


def _asked_opener(toks: list[Token], i: int) -> bool:
    """Does the sentence open with a question put to the speaker phrase at ``i`` ("Asked
    whether ..., the president said", "When asked about ..., the minister replied")?"""
    k = 1 if toks and toks[0].low in {"when", "after", "but", "and"} else 0
    return k < i and toks[k].low == "asked" and any(t.low == "," for t in toks[k:i])


def _asked(toks: list[Token], k: int, j: int) -> bool:
    """Is the name at ``toks[k:j]`` the one a question is put to ("asked Sanders whether",
    "pressed Rubio about")?"""
    return k >= 1 and toks[k - 1].low in _ASKING and j < len(toks) and (
        toks[j].low in _QUESTION_WORDS or toks[j].kind == "q")


def _speech_cue(tok: Token) -> bool:
    """Is ``tok`` a verb of saying ("said", "says", "told", "argued")?"""
    cue = lx.CUES.get(tok.low)
    return cue is not None and cue[1] == "speech"


def _parenthetical(toks: list[Token], phrase: Phrase) -> bool:
    """Is the speaker phrase set off inside what was said, the sentence opening with the
    content: ", he said," after words that hold no cue of their own ("The Russian leader, he
    said, was killing people"; not "Mook acknowledged ..., an outcome, he said, ...", where
    the sentence's speaker comes first)?"""
    i, j = phrase.i, phrase.j
    return i >= 2 and toks[i - 1].low == "," and toks[i - 2].kind == "w" and \
        j < len(toks) and toks[j].kind == "w" and toks[j].low in lx.CUES and (
            (j + 1 < len(toks) and toks[j + 1].low == ",")
            or ((j + 1 == len(toks) or toks[j + 1].low in {".", "!", "?"})
                and toks[0].low not in _FRAMING_SUBORDINATORS)) and \
        not any(t.low in lx.CUES for t in toks[: i - 1])  # (and at the end: "Also, Trump
    # isn't a conservative, he said." is not Trump; nineteenth session; not after a framing
    # clause the writer opens with: "Though Ms. Olivieri has lived there for years, the
    # change is new, she said" is Olivieri)


_FRAMING_SUBORDINATORS = frozenset({"though", "although", "while", "because", "since", "as",
                                    "after", "before", "when", "if", "despite", "unlike"})


# the words before a first name given alone to name a source ("known as Bob", "identified
# only as Maria", "who we are calling Alaa", "who asked to be called Sami")
_FIRST_NAME_ONLY = frozenset({("known", "as"), ("identified", "as"), ("only", "as"),
                              ("are", "calling"), ("be", "called"), ("is", "called"),
                              ("was", "called"), ("be", "identified")})


# the word right before such a first name
_FIRST_NAME_LEADS = frozenset({","} | {b for _a, b in _FIRST_NAME_ONLY})


def _first_name_only(toks: list[Token], i: int) -> bool:
    """Is the one capitalised word at ``toks[i]`` a first name given alone to name a source
    (:data:`_FIRST_NAME_ONLY` before it, or a gendered noun and a comma: "his sister, Nahla,")?"""
    if i >= 2 and toks[i - 1].low == "," and toks[i - 2].low in lx.ROLE_GENDER and (
            i + 1 < len(toks) and toks[i + 1].low == ","):
        return True  # "his sister, Nahla, says" (a kin noun, the first name in apposition)
    return i >= 2 and (toks[i - 2].low, toks[i - 1].low) in _FIRST_NAME_ONLY


MAX_APPOSED_GENDER_WORDS = 3  # "Unique Armstead, the 32-year-old mother": a few words


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")  # "G.", "G.K.", "H.R.": a given name's initials


def _initialled(words: list[Token]) -> bool:
    """A person's name written with initials for the given names ("G.K. Butterfield", "J.D.
    Vance", "E. J. Dionne"): initials, then one capitalised word of letters. The first-name
    lexicon knows no initials, so "G.K. Butterfield of North Carolina" was read as one
    organisation's name (fifteenth session; not a person on its own account: "W.W. Norton"
    is a publisher)."""
    *given, last = [w.text for w in words]
    return bool(given) and all(_INITIALS.fullmatch(g) for g in given) and (
        last[:1].isupper() and last[1:].islower() and last.isalpha() and len(last) > 1)


def _apposed_gender(toks: list[Token], j: int) -> str:
    """The gender a noun in apposition after the name ending at ``toks[j - 1]`` gives it
    (", the mother in the video", ", a father of three", ", his wife,"; :data:`lx.ROLE_GENDER`),
    else '' (round 13)."""
    if j + 2 >= len(toks) or toks[j].low != "," or toks[j + 1].low not in (
            {"the", "a", "an"} | _POSSESSIVE_DETERMINERS):
        return ""
    for tok in toks[j + 2 : j + 2 + MAX_APPOSED_GENDER_WORDS]:
        if tok.kind != "w":
            break
        if tok.low in lx.ROLE_GENDER:
            return lx.ROLE_GENDER[tok.low]
    return ""


def _unnamed_head(words: list[str]) -> int | None:
    """Where the head of an indefinite description of one person is in ``words`` (lower
    case): the first person's noun after the article and at most
    :data:`MAX_UNNAMED_MODIFIERS` modifiers ("A young man who asked ...", "a woman inside the
    hospital", "One neighbor"), or None when they are no such description ("One of the men"
    is read by :meth:`Discourse.unnamed_speaker`; "a report", "A car" are no one)."""
    if len(words) < 2 or words[0] not in _INDEFINITES or words[1] == "of":
        return None
    for m in range(1, min(len(words), 2 + MAX_UNNAMED_MODIFIERS)):
        if words[m] in _POST_LINKS or words[m] in _POST_MODIFIERS or words[m] in lx.CUES:
            return None
        if _lay_head(words[m]):
            return m
    return None


def _lay_head(word: str) -> bool:
    """Is ``word`` the noun of one unnamed person as news brings them in ("man", "mother",
    "neighbor", "spokesman"; not an epithet, "a would-be candidate who decided" being the
    article's figure, nor a victim, who is talked about, nor a plural, "a few officials")?"""
    return (word in lx.ROLE_GENDER or word in _UNNAMED_HEADS or word in _PERSON_NOUNS) and (
        word not in _TALKED_ABOUT) and not (word.endswith("s") and not word.endswith("ss"))


# unnamed people a story is about rather than who speak in it: "Another victim was ..."
_TALKED_ABOUT = frozenset({"victim", "survivor"})
# what a victim's sentence goes on with: "A man was shot", "Another man was critically injured"
_PASSIVE_BE = frozenset({"was", "were", "is", "has", "had"})


def _apposed_name_ahead(toks: list[Token], k: int,
                        reach: int = MAX_UNNAMED_SUBJECT_WORDS) -> bool:
    """Does a capitalised word follow the first comma after ``toks[k]`` (within ``reach``
    words): a description in apposition to a name ("one witness who had agreed to take part,
    Joshua Forshaw, said", "his sister, Nahla, says")?"""
    comma = next((m for m in range(k + 1, min(len(toks), k + reach + 1))
                  if toks[m].low == ","), None)
    return comma is not None and comma + 1 < len(toks) and _is_cap(toks[comma + 1])


def _clause_initial(toks: list[Token], i: int) -> bool:
    """Does ``toks[i]`` open its clause: the sentence's start, after a comma, a quote or a
    colon, a sentence opener ("But his mother said"), or a cue it follows ("said the 911
    caller"), not inside one ("Thinking it was his cousin joking", "accused of shooting his
    11-year-old brother told police")?"""
    if i == 0:
        return True
    before = toks[i - 1]
    return before.kind != "w" or before.low in {",", ":", ";", "—", "–"} or (
        before.low in lx.SENTENCE_OPENERS) or before.low in lx.CUES


_POSSESSIVE_ENDS = ("’s", "'s", "s'", "s’")  # "Lily's", "Edwards' grandmother"


def _unnamed_person(words: list[str]) -> Person | None:
    """The unnamed person a described source written as ``words`` is, when it is one person
    by an indefinite description ("a neighbor", "A young man who asked not to be
    identified") or someone's kin ("Edwards' grandmother"): a person of no name
    (``unnamed``) that "he" or "she" may stand for, of the head noun's gender."""
    low = [w.lower().strip(",.;:") for w in words]
    m = _unnamed_head(low)
    if m is None and len(low) >= 2 and (low[-1] in _KIN_NOUNS or low[-1] in _KIN_SPEAKERS) and (
            any(w.endswith(_POSSESSIVE_ENDS) or w in _OWNER_GENDER for w in low[:-1])):
        m = len(low) - 1  # someone's kin: "Edwards' grandmother, who said"
    if m is None:
        return None
    return Person(" ".join(words), gender=lx.ROLE_GENDER.get(low[m], ""),
                  spoke=True, unnamed=True)


def _preceding_gender(toks: list[Token], i: int) -> str:
    """The gender a noun right before the name starting at ``toks[i]`` gives it ("school
    spokeswoman Ebony Pugh", "his wife Jill"), or a noun with its determiner before the name's
    comma ("His ex-girlfriend, Debra-Lyn Unthank,"; :data:`lx.ROLE_GENDER`), else '' (pron24:
    "She said" after "said school spokeswoman Ebony Pugh" went to a woman named before, the
    lexicon knowing no "Ebony")."""
    if i > 0 and toks[i - 1].kind == "w" and toks[i - 1].low in lx.ROLE_GENDER:
        return lx.ROLE_GENDER[toks[i - 1].low]
    if i > 2 and toks[i - 1].low == "," and toks[i - 2].low in lx.ROLE_GENDER and (
            toks[i - 3].low in _POSSESSIVE_DETERMINERS or toks[i - 3].low.endswith(("’s", "'s"))):
        return lx.ROLE_GENDER[toks[i - 2].low]
    return ""


def _conjoined(toks: list[Token], k: int) -> bool:
    """Does the name at ``toks[k]`` follow "and", its titles between ("Chuck Schumer and
    House Speaker-to-be Nancy Pelosi"), or an "and" and a description it is apposed to
    ("..., and the interior secretary, Ken Salazar")?"""
    m = k
    while m > 0 and k - m < MAX_PRE_NAME_DESCRIPTION and toks[m - 1].kind == "w" and \
            toks[m - 1].text[:1].isupper():
        m -= 1
    if m >= 2 and toks[m - 1].low == "and":
        return True
    # "the commerce secretary, Gary Locke, and the interior secretary, Ken Salazar,": the name
    # apposed to a description that follows "and" (pron37)
    if m < 2 or toks[m - 1].low != ",":
        return False
    d = m - 2
    while d > 0 and m - 1 - d <= MAX_PRE_NAME_DESCRIPTION and toks[d].kind == "w" and (
            not toks[d].text[:1].isupper()) and toks[d].low not in {"the", "a", "an"}:
        d -= 1
    return d >= 1 and toks[d].low in {"the", "a", "an"} and d < m - 2 and (
        toks[d - 1].low == "and")


# words that open a title a place may qualify ("Sheriff", "Sgt.", "Mayor")
_TITLE_STARTS = lx.TITLE_WORDS | _RANKS | {r + "." for r in _RANKS}


def _place_before_title(toks: list[Token], k: int) -> int:
    """Where the subject starts when the name at ``toks[k]`` opens with a title (one of
    :data:`_TITLE_STARTS`) that a capitalised place qualifies, in parentheses or not
    ("Maricopa County (Ariz.) Sheriff Joe Arpaio"): the first word of the place (round 13)."""
    m = k
    while m > 0 and k - m < MAX_PRE_NAME_DESCRIPTION and (
            _is_cap(toks[m - 1]) or toks[m - 1].low in {"(", ")"}) and \
            toks[m - 1].low not in lx.SENTENCE_OPENERS:
        m -= 1
    return m


MIN_IT_OPENING_TOKENS = 3  # "Greece faces ... it": the name, its verb, then the pronoun
MIN_PRESENT_FORM_LETTERS = 4  # "faces", "wants": a present form, not "its", "us", "has"
# verbs that make a run of words a clause, not a description ("Trump said, Melania, ...")
_FINITE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would",
                           "can", "could", "did", "does", "do"})


_COUNTRY_HEADS = frozenset({"countries", "nations", "governments", "allies"})
# "the three organizations said" after a list of that many names: the bodies listed (they29)
_ORG_LIST_HEADS = frozenset({"organizations", "organisations", "agencies", "groups",
                             "companies", "firms", "bodies", "services", "forces"})
_LIST_LINKS = frozenset({",", "and", "the"})  # what stands between the names of a list


_QUOTE_WORD = re.compile(r"[^\W_]+(?:[’'.\-&][^\W_]+)*|[^\w\s]")  # a quote's words, again


def _spread_quotes(toks: list[Token]) -> list[Token]:
    """``toks`` with each whole quote ("q") read as its words and marks."""
    out: list[Token] = []
    for tok in toks:
        if tok.kind != "q":
            out.append(tok)
            continue
        out.extend(Token("w" if m.group()[0].isalnum() else "p", m.group(),
                         tok.start + m.start(), tok.start + m.end())
                   for m in _QUOTE_WORD.finditer(tok.text))
    return out


def _name_lists(toks: list[Token]) -> list[list[str]]:
    """The lists of two or more capitalised names in ``toks``, in order ("the Shin Bet
    (Israel Security Agency), IDF and Israel Police": three names, the parenthesis skipped);
    not the sentence's first word, which any sentence capitalises."""
    return _item_lists(toks, 1, len(toks), _name_item, _LIST_LINKS)


def _name_item(toks: list[Token], k: int) -> tuple[str, int] | None:
    """The run of capitalised words at ``k`` and where the list goes on after it (past a
    parenthesis right after it), or None."""
    if not (_is_cap(toks[k]) and toks[k].kind == "w" and toks[k].low not in lx.DETERMINERS):
        return None
    e = k
    while e < len(toks) and _is_cap(toks[e]) and toks[e].kind == "w":
        e += 1
    name = span_text(toks[k:e])
    if e < len(toks) and toks[e].low == "(":
        e = next((m + 1 for m in range(e, len(toks)) if toks[m].low == ")"), len(toks))
    return name, e


def _country_item(toks: list[Token], k: int) -> tuple[str, int] | None:
    """The country named at ``k`` and the index after it, or None."""
    name = _country_at(toks, k)
    return (name, k + len(name.split())) if name else None


_COUNTRY_LINKS = frozenset({",", "and"})  # what stands between the countries of a list


def _item_lists(toks: list[Token], start: int, end: int,
                item: Callable[[list[Token], int], tuple[str, int] | None],
                links: frozenset[str]) -> list[list[str]]:
    """The runs of two or more items (``item`` gives one at an index, and where the run goes
    on) joined only by ``links`` in ``toks[start:end]``, in order ("the" links only after a
    first item)."""
    found: list[list[str]] = []
    run: list[str] = []
    k = start
    while k < end:
        got = item(toks, k)
        if got is not None:
            run.append(got[0])
            k = got[1]
            continue
        if toks[k].low not in links or (toks[k].low == "the" and not run):
            if len(run) >= 2:
                found.append(run)
            run = []
        k += 1
    if len(run) >= 2:
        found.append(run)
    return found


MAX_COUNTRY_WORDS = 4  # "the United Arab Emirates"


def _country_at(toks: list[Token], k: int) -> str:
    """The country named at ``toks[k]`` as written ("France", "the United Kingdom" from
    "United"), or ""."""
    for length in range(MAX_COUNTRY_WORDS, 0, -1):
        words = toks[k : k + length]
        if len(words) == length and all(_is_cap(w) for w in words) and \
                fold(" ".join(w.text for w in words)) in COUNTRIES:
            return " ".join(w.text for w in words)
    return ""


# a spokesperson, an aide, an adviser: staff who speak for someone, one source under any of
# these names ("A spokesperson for Grassley said ... the aide said")
# an official's body that speaks for them ("The office of Ukraine's president said", "the
# team of the U.S. envoy"): the body, not the official (round 16)
OFFICIAL_BODIES = frozenset({"office", "administration", "team", "campaign", "staff",
                             "secretariat", "cabinet",
                             # "the press service of the Ukrainian president" (nineteenth
                             # session)
                             "service"})
_POST_LINKS = frozenset({"to", "for", "of", "at", "with"})  # "an aide to", "a spokesman for"
# words that open a post-modifier of an unnamed speaker's noun: a place or a relative clause
# ("a woman inside the hospital", "a man who heard the shooting"; pron24)
_POST_MODIFIERS = frozenset({"in", "inside", "outside", "near", "from", "on", "who", "whose",
                             "that"})
_STAFF_HEADS = frozenset({"aide", "spokesman", "spokeswoman", "spokesperson", "adviser",
                          "advisor"})
# someone's staff who speak for themselves after speaking for their principal ("Putin's
# economic envoy said ..., and he added"): heads of a staffer's post
_STAFF_SPEAKERS = _STAFF_HEADS | {"envoy", "negotiator", "lawyer", "attorney"}
UNNAMED_AGAIN_UNITS = 6  # "the official added" a few sentences after the source spoke
# heads of a source described only as someone who knows or who was there ("a person
# familiar with the matter", "two people briefed on the talks", "a source close to the
# family", "A woman who did not want to be identified"), taken up again as "the person",
# "the people", "the source", "the woman"
ANONYMOUS_HEADS = frozenset({"person", "people", "source", "sources", "man", "woman", "men",
                             "women"})
_SOURCE_LINKS = frozenset({"familiar", "close", "with", "briefed", "who", "knowledgeable",
                           "involved", "in", "at", "inside", "speaking", "granted", "aware"})


# documents described rather than named that speak ("a new joint study from the ILO", "a
# report by the inspector general"), taken up again as "the study", "the report": one class,
# since a writer calls one document by several of these words
_STUDY_HEADS = frozenset({"study", "report", "survey", "analysis", "paper", "review", "audit",
                          "assessment"})  # (not "investigation": "An investigation found ...
# The report said" may be the investigators' own report or another's)
DOCUMENT_CLASS = "document"
# the words of a lawsuit that says things ("the suit reads", "the complaint alleges"): one
# class, since a writer calls one suit by these words in turn ("a lawsuit filed by ... the
# suit says")
_LAWSUIT_HEADS = frozenset({"lawsuit", "suit", "complaint"})
_FILING_VERBS = frozenset({"filed", "brought"})  # "a lawsuit filed by", "The ACLU filed a"
_FILING_AUXILIARIES = frozenset({"was", "were", "has", "have", "had", "been", "is", "being"})
MAX_FILED_GAP = 4  # "filed Monday in federal court by": the words between "filed" and "by"
MAX_SUIT_MODIFIERS = 2  # "filed a federal class-action lawsuit": the words before the head
# where the filer after "by" ends: a clause, a defendant ("against"), a court or a place,
# the one a filer stands for ("by the family of John Smith", "by lawyers for X": not X's)
_FILER_ENDS = frozenset({"who", "which", "that", "against", "in", "on", "over", "at",
                         "seeking", "alleging", "asserting", "claiming", "accusing", "and",
                         "of", "for", "representing"})
LAWSUIT_BACK_UNITS = 20  # a suit is quoted through a whole article, as a study is
DOCUMENT_AGAIN_UNITS = 20  # a study is discussed through a whole article, longer than a
# person's words ("the report warns" seventeen sentences after "a new joint study")
MAX_DOCUMENT_MODIFIERS = 3  # "a new joint study", "a recent internal audit"
_DOCUMENT_LINKS = frozenset({"from", "by", "of", "released", "published", "commissioned",
                             "conducted", "carried"})


def _filer_span(toks: list[Token], h: int) -> tuple[int, int] | None:
    """The characters where the filer of the suit whose head is ``toks[h]`` is named: after
    "by" in "a lawsuit (was) filed (Monday) by X" (up to a mark or a word of
    :data:`_FILER_ENDS`), or the capitalised subject just before "filed" in "X (has) filed a
    (federal) lawsuit"; None when the sentence says no filer so."""
    f = h + 1
    while f < len(toks) and toks[f].low in _FILING_AUXILIARIES:
        f += 1
    if f < len(toks) and toks[f].low in _FILING_VERBS:
        b = next((k for k in range(f + 1, min(len(toks), f + 2 + MAX_FILED_GAP))
                  if toks[k].kind != "w" or toks[k].low == "by"), None)
        if b is None or toks[b].low != "by" or b + 1 >= len(toks):
            return None
        e = b + 1
        while e < len(toks) and toks[e].kind == "w" and toks[e].low not in _FILER_ENDS:
            e += 1
        return (toks[b + 1].start, toks[e - 1].end) if e > b + 1 else None
    d = h - 1
    if d < 1 or toks[d].low not in _FILING_VERBS:  # ("Smith filed suit": no article)
        while d >= 0 and h - d <= MAX_SUIT_MODIFIERS and toks[d].kind == "w" and not _is_cap(
                toks[d]) and toks[d].low not in lx.DETERMINERS:
            d -= 1
        if d < 1 or toks[d].low not in {"a", "an"} or toks[d - 1].low not in _FILING_VERBS:
            return None
        d -= 1
    s = d
    while s > 0 and toks[s - 1].low in _FILING_AUXILIARIES:
        s -= 1
    n = s
    while n > 0 and toks[n - 1].kind == "w" and _is_cap(toks[n - 1]) and not toks[
            n - 1].low.endswith(("’s", "'s")):
        n -= 1
    return (toks[n].start, toks[s - 1].end) if n < s else None


def _indefinite_before(toks: list[Token], h: int) -> bool:
    """Does an indefinite article open the noun phrase whose head is ``toks[h]``, a few
    lower-case modifiers between ("a second lawsuit", "a federal class-action suit")?"""
    d = h - 1
    while d >= 0 and h - d <= MAX_SUIT_MODIFIERS and toks[d].kind == "w" and not _is_cap(
            toks[d]) and toks[d].low not in lx.DETERMINERS:
        d -= 1
    return d >= 0 and toks[d].low in _INDEFINITES


def _described_document(words: list[Token]) -> str | None:
    """:data:`DOCUMENT_CLASS` for an indefinite document, maybe described by who made it ("a
    new joint study", "a new joint study from the UN labour agency (ILO)", "a report by the
    inspector general"); else None (a document named or owned is not noted: "the Mueller
    report", "Gallup's survey", "a Pew Research survey")."""
    if len(words) < 2 or words[0].low not in _INDEFINITES:
        return None
    for k in range(1, min(len(words), 2 + MAX_DOCUMENT_MODIFIERS)):
        if words[k].low in _STUDY_HEADS:
            return DOCUMENT_CLASS if k + 1 == len(words) or (
                words[k + 1].low in _DOCUMENT_LINKS) else None
        if _is_cap(words[k]) or not words[k].low.isalpha():
            return None
    return None


# how many unnamed sources a description counts ("two people familiar with", "multiple
# sources close to"): the shares the resolver reads and a few more counts
_SOURCE_COUNTS = _SHARE_OF | frozenset({"multiple", "five"})


def _anonymous_head(words: list[Token]) -> str | None:
    """The head of :data:`ANONYMOUS_HEADS` of an unnamed source's description ("a person
    familiar with ...", "two sources close to ...", "one person briefed on ..."): an
    indefinite or a number, the head, then what ties it to what it knows; else None."""
    if len(words) < 3 or words[1].low not in ANONYMOUS_HEADS or words[2].low not in _SOURCE_LINKS:
        return None
    first = words[0].low
    if first in _INDEFINITES or first in _SOURCE_COUNTS or first.isdigit():
        return words[1].low
    return None


def _post_modifier(tok: Token) -> bool:
    """Is ``tok`` a lower-case word that modifies a post noun after it ("pub owner", "senior
    coroner", "the new owner"), not a cue, a determiner or a preposition before it ("said
    owner Nate Edwards", "with spokeswoman Jane Roe")?"""
    return tok.kind == "w" and tok.text[:1].islower() and tok.text.isalpha() and \
        tok.low not in lx.CUES and tok.low not in lx.DETERMINERS and \
        tok.low not in lx.NP_BOUNDARY and tok.low not in _ROLE_ENDS and \
        tok.low not in PAST_MARKERS


def _staff_class(head: str) -> str:
    """The class an epithet's head belongs to for :meth:`Discourse._unnamed_again`."""
    return "staff" if head in _STAFF_HEADS else head


def _untitled(words: list[Token]) -> list[Token]:
    """``words`` without the titles and peoples' adjectives they open with ("Ukrainian
    President Volodymyr Zelenskyy" is two words of name: an aide to him is no list)."""
    k = 0
    while k < len(words) - 1 and (words[k].low in lx.TITLE_WORDS or words[k].low == "the"
                                  or _people_word(words[k].low.removesuffix("’s")
                                                  .removesuffix("'s"))):
        k += 1
    return words[k:]


def _apposed_subject(toks: list[Token], k: int, j: int) -> bool:
    """Is the name ``toks[k:j]`` in apposition to the description that opens the sentence,
    and so its subject: "Ukraine's first lady, Olena Zelenska, is scheduled to speak", "On
    the convention's opening night Monday, Trump's wife, Melania, is scheduled" (round 16)?
    The description is a few lower-case-headed words after the start or an introductory
    phrase's comma, opening with a determiner, "one" or "another" ("One voter, Guadalupe
    Potocacetpl, 35, showed up"), or a possessive."""
    if k < 2 or j >= len(toks) or toks[k - 1].low != "," or toks[j].low != ",":
        return False
    a = k - 1
    while a > 0 and toks[a - 1].kind == "w" and toks[a - 1].low != "," and \
            k - 1 - a < MAX_PRE_NAME_DESCRIPTION:
        a -= 1
    description = toks[a : k - 1]
    if not description or _is_cap(description[-1]) or any(
            t.low in lx.CUES or t.low in _FINITE_WORDS for t in description):
        return False
    if description[0].low not in lx.DETERMINERS | _INDEFINITES and not any(
            t.low.endswith(("’s", "'s")) for t in description):
        return False
    return a == 0 or (a >= 2 and toks[a - 1].low == "," and after_intro(toks, a))


def after_intro(toks: list[Token], k: int) -> bool:
    """Is the name at ``toks[k]`` the subject after an introductory phrase: the sentence opens
    with a preposition or a time ("The day before,") and a comma stands right before it (or
    a comma and a closing quote: 'As for his mangling of “Hamas,” Levine found')?"""
    if k >= 3 and toks[k - 1].low in _CLOSING_QUOTES and toks[k - 2].low == ",":
        k -= 1
    if k < 2 or k > MAX_CLAUSE_TOKENS or toks[k - 1].low != ",":
        return False
    lead = 1 if toks[0].low in _LEADING_CONJUNCTIONS and k > 3 else 0  # ("But at another
    # event in Philadelphia on Thursday morning, Mr. Sanders showed"; nineteenth session)
    first = toks[lead].low
    if k > MAX_INTRO_TOKENS and first not in _SUBORDINATORS:
        return False  # (an opening clause may run longer than a phrase: "As the Republicans
        # ate oysters in a dim, stuffy conference room overlooking the Atlantic Ocean, Mr.
        # Wiley walked them through a slide show")
    if k == lead + 2 and (first in _SENTENCE_ADVERBS or _ly_adverb(toks[lead])):
        return True  # "Still, Mr. Trump has seized on ...": one adverb, a comma, the subject
        # ("Recently, Herman Cain ... was asked": any adverb in "-ly", pron30)
    if first in _DESCRIPTION_OPENERS or (
            first in _TIME_ADVERBS and toks[lead + 1].low in _DESCRIPTION_OPENERS):
        return True  # "A longtime Republican, Mr. Smith voted", "Then a student, Ms. Olivieri
        # found": a description set before the subject it describes (pron30)
    return first in _INTRO_STARTS or _participle(toks[lead]) or (
        first in {"the", "that", "a"} and toks[lead + 1].low in lx.TIME_WORDS | {"day"})


# one-word openers before a comma and the subject ("Still, Mr. Trump has seized")
_SENTENCE_ADVERBS = frozenset({"still", "however", "meanwhile", "instead", "yet", "now",
                               "later", "earlier", "separately", "afterward", "afterwards",
                               "nevertheless", "nonetheless", "moreover", "also", "then",
                               "indeed", "similarly", "likewise", "ultimately", "overall"})


MIN_LY_ADVERB = 5  # "Recently", "Finally": shorter words in "-ly" ("Only", "Ally") are not


def _ly_adverb(tok: Token) -> bool:
    """Is ``tok``, opening a sentence before a comma, an adverb in "-ly" ("Recently,",
    "Separately,", "Unfortunately,"), not a name or a place ("Kelly,", "Italy,")?"""
    low = tok.low
    return tok.kind == "w" and low.endswith("ly") and len(low) >= MIN_LY_ADVERB and \
        low not in PLACES and not first_name_gender(tok.text + " x") and \
        not given_name_gender(low)


# openers of a time before a description set before the subject ("Then a student, she")
_TIME_ADVERBS = frozenset({"then", "once", "now", "still"})
# the articles that open a description set before its subject ("A professor of economics at
# the University of Athens, Yanis Varoufakis, did not go"); not "one" ("One day, ...")
_DESCRIPTION_OPENERS = frozenset({"a", "an"})


_LEADING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})
# words that may stand before a sentence's subject pronoun ("But he", "Still, she")
_TOPIC_OPENERS = _LEADING_CONJUNCTIONS | _SENTENCE_ADVERBS | {","}


def _participle(tok: Token) -> bool:
    """Does ``tok``, opening a sentence, start a participle's phrase ("Growing up in El Paso,
    Mendoza regularly witnessed", "Conceding that a deal was far off, he warned")?"""
    return tok.kind == "w" and tok.low.endswith("ing") and len(tok.low) > MIN_PARTICIPLE and \
        tok.low not in _ING_NOUNS


MIN_PARTICIPLE = 5  # "bring", "thing", "king": a shorter word in "-ing" is seldom a participle
# nouns in "-ing" that open sentences ("Nothing, Trump said, ..."): no participles
_ING_NOUNS = frozenset({"nothing", "something", "everything", "anything", "morning", "evening",
                        "meeting", "briefing", "building", "spring", "according"})


def _who_after(toks: list[Token], j: int) -> bool:
    """Does a relative "who" (or "whose") set off by a comma follow the run of capitals that
    ends before ``toks[j]`` ("Feyisa Lilesa, who won")? The pronoun of persons: the run names
    someone."""
    return j + 1 < len(toks) and toks[j].low == "," and toks[j + 1].low in _PERSON_RELATIVES


def _clause_subject(toks: list[Token], k: int, j: int) -> bool:
    """Is the name ``toks[k:j]`` the subject of a clause "that" opens ("the possibility that
    Mrs. Clinton might", "said that Mr. Wiley had"), not a name after the determiner "that"
    ("that Trump rally", "that Trump's")? Not inside an opening phrase ("Asked about her vote
    in the event that Clinton faces Trump, she replied"), where the sentence's subject is
    still to come."""
    if toks[0].low in _INTRO_STARTS or _participle(toks[0]):
        return False
    return k >= 2 and toks[k - 1].low == "that" and toks[k - 2].kind == "w" and (
        not toks[j - 1].low.endswith(("’s", "'s"))) and not (
        j < len(toks) and toks[j].kind == "w" and nounish(toks[j].low))


_PERSON_RELATIVES = frozenset({"who", "whom"})  # relative pronouns of persons (not "which")
# conjunctions that open a clause of time or reason after a comma ("..., when Mitch McConnell
# suggested a compromise")
_SUBORDINATE_OPENERS = frozenset({"when", "after", "because", "while", "although", "though",
                                  "since", "until", "once", "whereas"})


MAX_SUBORDINATE_APPOSITION = 6  # ", R-Ky.,", ", the majority leader,": a short aside


def _subordinate_subject(toks: list[Token], k: int, j: int) -> bool:
    """Is the name ``toks[k:j]`` the speaker of a clause of time or reason set after a comma
    ("... stand strong Sunday night, when Senate Majority Leader Mitch McConnell, R-Ky.,
    suggested a compromise had been reached")? The clause tells what they said: the one a
    "he" after it may go on about (pron30). Only with a verb of saying after the name (and
    any short aside set off by commas): "when Federico was pronounced dead" is no one's
    words, and a name the clause only mentions may be anyone's."""
    if k < 2 or toks[k - 1].low not in _SUBORDINATE_OPENERS or toks[k - 2].low != "," or \
            j >= len(toks) or toks[j - 1].low.endswith(("’s", "'s")):
        return False
    if toks[j].low == ",":
        close = next((m for m in range(j + 1, min(len(toks), j + 2 + MAX_SUBORDINATE_APPOSITION))
                      if toks[m].low == ","), None)
        if close is None:
            return False
        j = close + 1
    return j < len(toks) and toks[j].kind == "w" and toks[j].low in lx.CUES


# conjunctions that open a second main clause after a comma ("..., and Pence is not alone")
_CLAUSE_JOINERS = frozenset({"and", "but", "yet"})
# ... and the contrastive conjunctions that set a second subject against the first ("Mrs.
# Clinton has defended the law, while Mr. Sanders has said it does not go far enough"): a
# clause of its own with its own subject, whatever it says
_CONTRAST_JOINERS = frozenset({"while", "whereas"})


def _coordinated_subject(toks: list[Token], k: int, j: int) -> bool:
    """Is the name ``toks[k:j]`` the subject of a main clause joined after a comma or a
    semicolon ("The root causes are hotly debated, and Pence is not alone in his
    contention"): a conjunction (or the semicolon) right before it, a finite verb right
    after it? Such a subject is what a "he" of its clause goes on about (twenty-fifth
    session)."""
    if j >= len(toks) or toks[j].kind != "w" or toks[j].low not in _FINITE_WORDS:
        return False
    return k >= 1 and (toks[k - 1].low == ";" or (
        k >= 2 and toks[k - 1].low in _CLAUSE_JOINERS | _CONTRAST_JOINERS
        and toks[k - 2].low == ","))


def _introduced_alone(person: Person) -> bool:
    """Is ``person``, known by one word, someone a bare surname may name again: they spoke,
    or the text wrote them with a title ("President Obama") or an honorific ("Mr. Wiley")
    that gave them an office or a gender?"""
    return person.spoke or _titled(person) or bool(person.gender)


def _described_person(person: Person) -> bool:
    """Is ``person`` (of unknown gender) surely someone, by a person's noun the text gave
    them ("Republican pollster Whit Ayres") or by initials before a name ("C. Boyden Gray",
    a person's shape and no place's or organisation's once a surname follows, pron22)? Such a
    one is "he" as readily as a speaker of unknown gender is."""
    words = (person.name or "").split()
    return person.kind == "person" and (any(_person_head(r) for r in person.roles) or (
        len(words) >= MIN_FULL_FORM and bool(_INITIALS.fullmatch(words[0]))))


def _titled(person: Person) -> bool:
    """Does ``person`` hold a title a name was written with ("President Obama", "Sen. Paul")?
    (Other roles come from descriptions: "many African-Americans" gives "many".)"""
    return bool(person.roles & (TITLE_HEADS | OFFICE_HEADS))


MAX_APPOSED_HEAD_WORDS = 4  # ", the province's newly elected premier": words to the head
# words before a place's name, never a person's an apposition follows ("of New York, the")
_PLACE_BEFORE = _PLACE_ONLY_LOCATIVES | {"of"}
# heads of an apposition that name a person beyond the titles' (", the head of the group")
_APPOSED_ROLE_HEADS = _APPOSED_PERSON_HEADS | frozenset(
    {"head", "chair", "co-founder", "ceo", "executive", "organizer", "organiser",
     "coordinator", "manager", "editor", "coach", "captain"})
# the words after the head of an apposition (", a volunteer with the group")
_APPOSED_HEAD_ENDS = frozenset({"of", "for", "at", "in", "with", "on", "from", "since"})
# people's nouns that an organisation, a place or a thing may be apposed to as well ("X, a
# member of the alliance", "X, the owner of the Star", "X, a source of water")
_NOT_ONLY_PEOPLE_HEADS = frozenset({"source", "member", "representative", "owner", "veteran",
                                    "outsider", "champion", "newcomer", "centre", "victim",
                                    "survivor", "guard", "driver"})


def _place_name(text: str) -> bool:
    """Is ``text`` a country's, a capital's, a state's or a region's name ("New York")?"""
    key = fold(text)
    return key in COUNTRIES or key in CAPITALS or key.replace(" ", "-") in STATE_NAMES or (
        key in REGIONS)


def _apposed_person_head(toks: list[Token], j: int) -> bool:
    """Does an apposition after the name ending before ``toks[j]`` open on a person's noun
    (:func:`_person_noun_at`): ", the premier of Manitoba", ", president of the group",
    ", the Conservative leader,", ", NARAL's president."?"""
    return j + 1 < len(toks) and toks[j].low == "," and _person_noun_at(toks, j + 1)


def _predicated_person_head(toks: list[Token], j: int) -> bool:
    """Does the name ending before ``toks[j]`` have a person's noun as its predicate ("Realyn
    Limbo has been a teacher on the island", "X is the mayor of Y"): "is", "was", "has been"
    or "had been", then a determiner and the noun (:func:`_person_noun_at`)?"""
    k = j
    if k < len(toks) and toks[k].low in {"has", "had"}:
        k += 1
        if k >= len(toks) or toks[k].low != "been":
            return False
    elif k >= len(toks) or toks[k].low not in {"is", "was"}:
        return False
    k += 1
    return k < len(toks) and (toks[k].low in {"a", "an", "the"}
                              or toks[k].low in _POSSESSIVE_DETERMINERS) and (
        _person_noun_at(toks, k))


def _person_noun_at(toks: list[Token], k: int) -> bool:
    """Does a noun phrase of one person open at ``toks[k]``: a determiner or none, at most
    :data:`MAX_APPOSED_HEAD_WORDS` words to its head, the head a noun of
    :data:`_APPOSED_ROLE_HEADS` or one unnamed person's noun (:func:`_person_head`) that only
    people bear, and after it a preposition (:data:`_APPOSED_HEAD_ENDS`), a relative or the
    phrase's end ("the premier of Manitoba", "a teacher on the island", "the Conservative
    leader,"; a title in capitals counts too)?"""
    if k < len(toks) and (toks[k].low in {"the", "a", "an"}
                          or toks[k].low in _POSSESSIVE_DETERMINERS):
        k += 1
    end = k
    while end < len(toks) and end - k < MAX_APPOSED_HEAD_WORDS and toks[end].kind == "w" and (
            toks[end].low not in _APPOSED_HEAD_ENDS and toks[end].low not in {
                "and", "or", "who", "that"}):
        end += 1
    if end == k or (end < len(toks) and toks[end].kind == "w" and (
            toks[end].low not in _APPOSED_HEAD_ENDS and toks[end].low not in {"who", "that"})):
        return False
    head = title_key(toks[end - 1].low)
    return head in _APPOSED_ROLE_HEADS or (
        _person_head(head) and head not in _NOT_ONLY_PEOPLE_HEADS
        and not (head.endswith("s") and not head.endswith("ss")))  # (one person, no plural)


def _apposed_age(toks: list[Token], j: int) -> str:
    """The age in apposition after a name that ends before ``toks[j]`` ("Alan Alda, 89,"),
    else ""."""
    if j + 2 < len(toks) and toks[j].low == "," and toks[j + 1].text.isdigit() and \
            toks[j + 2].low in {",", ".", ";"}:
        return toks[j + 1].text
    return ""


# nouns of organisations that speak as "it" when they open a sentence ("The Clinton campaign
# watched ..., and it argued", "The committee released a statement. It said"), with written
# things (THING_HEADS); not "group" or "party" alone ("the group of protesters")
_IT_BODIES = _SPEAKING_BODIES | _ORG_KIND_NOUNS | frozenset({"campaign", "team", "website",
                                                             "site", "paper"})
_IT_HEADS = THING_HEADS | _IT_BODIES
# written things that speak as "it" when the sentence before named one ("cited a 2001
# memorandum ... It says"): THING_HEADS without the plans and policies that may be objects of
# anything, with a few more kinds of text
_WRITTEN_THINGS = (THING_HEADS - {"plan", "policy", "platform", "agreement", "proposal", "order",
                                  "bill", "legislation", "resolution", "motion", "suit",
                                  "lawsuit", "complaint", "ruling"}) | frozenset(
    {"memorandum", "film", "sign", "banner", "post", "paper"})
_NP_OPENERS = frozenset({"the", "this", "that"}) | _POSSESSIVE_DETERMINERS
# nouns by which a text names itself after "this" ("In this article", "this story was
# updated"): the writer's own text, never the "it" of a later cue
_SELF_REFERENCES = frozenset({"article", "story"})


def _it_head(toks: list[Token]) -> tuple[int, int] | None:
    """(start, head) of the definite noun phrase that opens a sentence (after a leading
    conjunction or an introductory phrase) and is headed by an organisation's or a written
    thing's noun: "The Clinton campaign", "Trump's campaign", "his team", "the white paper";
    the words between are modifiers (capitalised names too: "The Obama administration"), with
    no verb or clause word among them (pron22)."""
    i = 1 if toks and toks[0].low in _LEADING_CONJUNCTIONS else 0
    if i < len(toks) and toks[i].low not in _NP_OPENERS and not (
            toks[i].low.endswith(("’s", "'s")) and _is_cap(toks[i])):
        i = next((k for k in range(2, min(len(toks), MAX_CLAUSE_TOKENS + 1))
                  if toks[k - 1].low == "," and after_intro(toks, k)), len(toks))
    if i >= len(toks) or (toks[i].low not in _NP_OPENERS and not (
            toks[i].low.endswith(("’s", "'s")) and _is_cap(toks[i]))):
        return None
    for k in range(i + 1, min(len(toks), i + MAX_THING_MODIFIERS + 2)):
        tok = toks[k]
        if tok.kind != "w" or tok.low in lx.DETERMINERS or tok.low in lx.NP_BOUNDARY or (
                tok.low in lx.CUES) or tok.low.endswith(("’s", "'s")):
            return None
        if tok.low in _IT_HEADS and not _is_cap(tok):
            if k + 1 < len(toks) and toks[k + 1].low in _IT_HEADS | {"'s", "’s"}:
                return None  # ("the campaign manager": a person)
            return i, k
    return None


MAX_OPENING_PLURAL_WORDS = 4  # "Six Gannett newspapers", "the Republican Senate leaders"
_SINGULAR_DETERMINERS = frozenset({"a", "an", "this", "that", "another", "each", "every"})
_NOT_MODIFIERS = frozenset({"of", "who", "which", "whose"})  # "One of the decisions"
# plurals of spans of time ("two years later they") and words in "-ics" or "-s" that are no
# group's plural ("The changing demographics ... they"), which "they" cannot speak for
_PLURAL_SPANS = frozenset({"years", "months", "weeks", "days", "hours", "decades", "minutes",
                           "centuries", "times", "demographics", "politics", "economics",
                           "statistics", "ethics", "tactics", "optics", "metrics", "dynamics",
                           "odds", "series", "species"})
# verbs of the third person that follow a singular subject, not plurals ("The Ukraine
# implosion comes as ..."): the commonest ones news writes that are not speech cues
_SINGULAR_VERBS = frozenset({"comes", "goes", "seems", "appears", "means", "remains", "makes",
                             "takes", "gets", "looks", "shows", "needs", "wants", "does",
                             "gives", "puts", "runs", "stands", "holds", "keeps", "leaves",
                             "sees", "knows", "thinks", "feels", "becomes", "lives", "works",
                             "tends", "helps", "continues", "follows", "begins", "plans"})
# (MIN_PLURAL_LETTERS and _NOT_PLURAL_ENDINGS: desc22's, below)


# plural heads of people a victim or a person leaves behind, who speak for them after "of"
# ("Relatives of the 25-year-old victim", "Friends of the family", "Members of the family")
MAX_KIN_OF_WORDS = 6  # "Relatives of the 25-year-old female victim": a short phrase
_KIN_PLURALS = frozenset({"relatives", "friends", "members", "parents", "families",
                          "neighbors", "neighbours", "supporters", "colleagues"})
# plural people whose "of" phrase names the cause, body or people they belong to or stand
# against ("Critics of the law", "Lawyers of the family", "Leaders of both parties"): the
# whole phrase up to the verb is the sentence's subject, as with the kin above (they37)
_GROUP_OF_PLURALS = frozenset({"critics", "opponents", "advocates", "proponents", "lawyers",
                               "attorneys", "leaders", "representatives", "residents",
                               "employees", "workers", "officials"})
# plurals of people without an "-s" ("Three people walked into the hospital. They told
# officers", "Two women were walking home. They said": they37)
_IRREGULAR_PEOPLE_PLURALS = frozenset({"people", "men", "women", "children"})
# lower-case adverbs that may stand between a subject and its verb ("Critics of it often say")
_PRE_VERB_ADVERBS = frozenset({"often", "also", "still", "never", "have", "long", "repeatedly"})


def _past_verb(tok: Token) -> bool:
    """Is ``tok`` a lower-case past form in "-ed" ("The family hired", "apologized"), the
    verb of a collective subject before it (they37)?"""
    return tok.kind == "w" and not _is_cap(tok) and tok.low.endswith("ed") and (
        len(tok.low) > MIN_PAST_FORM_LETTERS)


def _group_of_end(toks: list[Token], m: int) -> int:
    """The index just past the "of" phrase after the plural ``toks[m]`` ("Critics of the
    Endangered Species Act often substitute": the word "often"), when a verb, an auxiliary or
    an adverb before a verb ends it within :data:`MAX_KIN_OF_WORDS` words; -1 when none
    does, or the phrase meets a relative pronoun or punctuation (no subject known to end)."""
    for e in range(m + 2, min(len(toks), m + MAX_KIN_OF_WORDS + 1)):
        tok = toks[e]
        if tok.kind != "w" or tok.low in {"who", "that", "which", "whose"}:
            return -1
        if e > m + 2 and not _is_cap(tok) and (
                tok.low in lx.CUES or tok.low in _FINITE_WORDS or tok.low in _BE_FORMS
                or tok.low in _PRE_VERB_ADVERBS or tok.low.endswith("ed")
                or _ly_adverb(tok)):
            return e
    return -1


def _plural_head(toks: list[Token]) -> tuple[int, int] | None:
    """(start, head) of a plural noun phrase that opens a sentence as its subject (first, after
    a leading conjunction, or after an introductory phrase and its comma): determiners or a
    number, a few modifiers, and a head that looks plural ("the Democrats are", "Fox
    executives have", "Six Gannett newspapers in New Jersey said"), followed by a word that
    is no part of a name; None otherwise (pron22)."""
    i = 1 if toks and toks[0].low in _LEADING_CONJUNCTIONS else 0
    if i + 1 < len(toks) and (toks[i].low in _SENTENCE_ADVERBS or _ly_adverb(toks[i])) and (
            toks[i + 1].low == ","):
        i += 2  # ("Meanwhile, on the home front today, the Democrats are"; "Privately, many
        # Democrats were not pleased ... as they believed": pron37)
    if i < len(toks) and toks[i].low in _INTRO_STARTS:
        i = next((k for k in range(i + 2, min(len(toks), MAX_CLAUSE_TOKENS + 1))
                  if toks[k - 1].low == "," and after_intro(toks[i:], k - i)), len(toks))
    elif i < len(toks) and toks[i].low in _OPENING_CLAUSE_LEADS:
        i = next((k for k in range(i + 2, min(len(toks), MAX_CLAUSE_TOKENS + 1))
                  if toks[k - 1].low == ","), len(toks))  # ("Whatever prompted them to
        # start skating, the Brujas have found a support system. Riding alone, they said,
        # can be hazardous": the subject after the opening clause; they29)
    k = i
    while k < len(toks) and (toks[k].low in lx.DETERMINERS or toks[k].low in _PEOPLE_COUNTS
                             or toks[k].low in _QUANTIFIERS or toks[k].text.isdigit()):
        if toks[k].low in _SINGULAR_DETERMINERS:
            return None  # ("That frustrates many analysts": a verb after "that")
        k += 1
    for m in range(k, min(len(toks) - 1, k + MAX_OPENING_PLURAL_WORDS)):
        tok = toks[m]
        if tok.kind != "w" or tok.low in lx.NP_BOUNDARY or tok.low in lx.CUES or (
                tok.low in lx.SENTENCE_OPENERS and m == i) or tok.low in _NOT_MODIFIERS or (
                tok.low in lx.PRONOUNS or tok.low in lx.PRONOUN_CASES) or (
                tok.low.endswith("ed") and not _is_cap(tok)):
            return None  # ("They want safe homes", "They distributed news", "One of the
            # decisions": no noun phrase of a subject)
        if _plural_like(tok) or tok.low in _IRREGULAR_PEOPLE_PLURALS:
            after = toks[m + 1]
            if after.low == "of" and tok.low in _KIN_PLURALS:
                # ("Relatives of the victim identified her ... They said": the relatives,
                # with their "of" phrase up to the verb; not "The Times of London"; they24)
                e = m + 2
                while e < len(toks) and e - m <= MAX_KIN_OF_WORDS and toks[e].kind == "w" and (
                        toks[e].low not in lx.CUES and toks[e].low not in _BE_FORMS
                        and toks[e].low not in _SINGULAR_VERBS
                        and toks[e].low not in {"who", "that", "which"}
                        and not toks[e].low.endswith("ed")):
                    e += 1
                return (i, e - 1) if m + 2 < e < len(toks) else None
            if after.low == "of" and tok.low in _GROUP_OF_PLURALS:
                e = _group_of_end(toks, m)  # ("Critics of the law often say ... They")
                return (i, e - 1) if e > 0 else None
            if _is_cap(after) or after.low in {"'s", "’s", "and", "or", "of"} or (
                    after.kind == "w" and after.low.endswith("ly")):
                return None  # ("Democrats and Republicans", "The Times of London")
            if _plural_like(after) and not _is_cap(after):
                continue  # ("Sanders supporters are": the supporters)
            if not _is_cap(tok) and after.low in _OBJECT_DETERMINERS:
                return None  # ("Obama sets the limits": a verb's -s and its object; desc36)
            if _passive_after(toks, m + 1) and not _feeling_after(toks, m + 1):
                return None  # ("such measures have been met with opposition by ...": a
                # passive's subject is done to, the doers speak)
            return i, m
    return None


# determiners that open the subject of a clause after "and" ("... and the fact-checkers are
# so brazen that they ridicule")
_CLAUSE_SUBJECT_OPENERS = frozenset({"the", "these", "those", "many", "some", "most"})
# words that open a described plural subject after ", and" in the sentence before a "they"
# ("..., and several senior officials expressed doubts. They said": they37)
_CONJUNCT_SUBJECT_OPENERS = _CLAUSE_SUBJECT_OPENERS | {"several", "other", "two", "three"}
# words that open an object noun phrase and never follow a plural subject's head: a word in
# "-s" before them is a verb's third person ("Obama sets the limits", not a plural "sets")
_OBJECT_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})
# verbs of the present that agree with a plural only ("Kneecap say", "Arsenal are"): after a
# name that opens a sentence, the writer speaks of the band, club or firm as its people
_PLURAL_AGREEMENT = frozenset({"say", "are", "have", "were", "claim", "insist", "deny",
                               "believe", "argue", "want"})
MAX_PLURAL_NAME_WORDS = 3  # "Kneecap", "Southern Water", "Led Zeppelin": a short name


def _plural_name(toks: list[Token]) -> tuple[int, int] | None:
    """(start, head) of a capitalised name that opens a sentence as the subject of a verb
    that agrees with a plural only ("Kneecap say they have never supported ...", "Arsenal are
    ..."): British news writes a band, a club or a firm as its people, and "they" after it
    is the name (they24); None otherwise. Not a list ("Smith and Jones say")."""
    i = 1 if toks and toks[0].low in _LEADING_CONJUNCTIONS else 0
    k = i
    while k < len(toks) and k - i < MAX_PLURAL_NAME_WORDS and _is_cap(toks[k]) and (
            toks[k].kind == "w" and toks[k].low not in lx.DETERMINERS
            and toks[k].low not in lx.PRONOUNS):
        k += 1
    if k == i or k >= len(toks) or toks[k].low not in _PLURAL_AGREEMENT:
        return None
    return i, k - 1


_BE_FORMS = frozenset({"are", "were", "have", "had", "been", "being", "be", "will", "would",
                       "not"})
# participles of common verbs that end in neither "-ed" nor "-en" ("have been met")
_IRREGULAR_PARTICIPLES = frozenset({"met", "held", "made", "told", "hit", "led", "paid", "sent",
                                    "left", "found", "put", "set", "kept", "built", "sold",
                                    "brought", "caught", "won", "lost", "cut", "struck"})
MAX_PASSIVE_AUX = 3  # "have not been met": a few auxiliaries before the participle


def _passive_after(toks: list[Token], k: int) -> bool:
    """Does a passive verb start at ``toks[k]``: "are"/"were"/"have been" (a few auxiliaries
    with a form of "be") and a participle ending in "-ed" or "-en"?"""
    m = k
    be = False
    while m < len(toks) and m - k < MAX_PASSIVE_AUX and toks[m].low in _BE_FORMS:
        be = be or toks[m].low in {"are", "were", "been", "being", "be"}
        m += 1
    return be and m < len(toks) and (toks[m].low.endswith(("ed", "en"))
                                     or toks[m].low in _IRREGULAR_PARTICIPLES)


# participles that say how people feel or stand, adjectives after "were" ("many Democrats
# were not pleased ... as they believed"): no passive whose doers speak (pron37)
_FEELING_PARTICIPLES = frozenset({"pleased", "concerned", "worried", "frustrated",
                                  "disappointed", "surprised", "convinced", "angered",
                                  "alarmed", "encouraged", "divided", "split", "united",
                                  "opposed", "determined", "committed", "prepared", "unconvinced",
                                  "dismayed", "outraged", "troubled", "relieved", "satisfied"})


def _feeling_after(toks: list[Token], k: int) -> bool:
    """Is the participle of the passive-looking verb at ``toks[k]`` (:func:`_passive_after`)
    one of :data:`_FEELING_PARTICIPLES`: a state of the subject, not a deed done to it?"""
    m = k
    while m < len(toks) and m - k < MAX_PASSIVE_AUX and toks[m].low in _BE_FORMS:
        m += 1
    return m < len(toks) and toks[m].low in _FEELING_PARTICIPLES


# words after a plural head that open its post-modifier ("officials in Le Lavandou",
# "Supporters of the mosque", "five senators from Missouri"): the head is the word before
_PEOPLE_POST_MODIFIERS = frozenset({"of", "in", "at", "from", "for", "with", "on", "near",
                                    "outside", "inside", "across"})


# people of courts, councils and workplaces who speak together and whom the lexicon's
# speaker nouns lack ("both petitioners argued", "jurors said", "four county commissioners")
_PEOPLE_OF_BODIES = frozenset({"petitioners", "plaintiffs", "defendants", "jurors",
                               "commissioners", "councillors", "councilors", "legislators",
                               "parents", "teachers", "nurses", "employees", "workers",
                               "farmers", "passengers", "players", "fans"})


def _plural_people_head(words: list[Token]) -> bool:
    """Is the head of a described speaker (its last word, or the word before its
    post-modifier) a plural common noun of people, not one of SPEAKING_PEOPLE's closed list:
    "both attorneys said", "petitioners argued", "officials in Le Lavandou said", "five Missouri
    Republican senators urged", "Supporters of the mosque say" (they24)? Whoever the plural
    speaker is, "they" in the next sentence is them (PEOPLE_LOOKBACK_UNITS). The head is a
    speaker's noun of the lexicon (or its singular is), not a written thing's plural
    ("stickers saying", "the discussions continued", "the election returns suggest": no
    speaker's noun; "the documents say": THING_HEADS, EVIDENCE_NOUNS), nor a capitalised word
    (a name: "Kneecap say")."""
    end = next((m for m, w in enumerate(words) if m and w.low in _PEOPLE_POST_MODIFIERS),
               len(words))
    head = words[end - 1]
    if (_is_cap(head) and not (end == 1 and head.low in _KNOWN_SPEAKING)) or (
            not _plural_like(head)):  # (a known noun opening its sentence: "Supporters of")
        return False
    single = head.low[:-3] + "y" if head.low.endswith("ies") else head.low[:-1]
    return bool({head.low, single} & _PEOPLE_HEADS) and not (
        {head.low, single} & _WRITTEN_HEADS)


# the unions _plural_people_head asks, built once (speed)
_KNOWN_SPEAKING = SPEAKING_PEOPLE | lx.SPEAKER_NOUNS
_PEOPLE_HEADS = lx.SPEAKER_NOUNS | OFFICE_HEADS | _PEOPLE_OF_BODIES | _PLURAL_PEOPLE
_WRITTEN_HEADS = THING_HEADS | lx.EVIDENCE_NOUNS | lx.SOURCE_HEADS


def _plural_like(tok: Token) -> bool:
    """Does ``tok`` look like a plural noun: a word of a few letters ending in "s" that is
    no singular's ending, span of time, cue or common verb ("comes", "seems")?"""
    low = tok.low
    return tok.kind == "w" and len(low) >= MIN_PLURAL_LETTERS and low.endswith("s") and not (
        low.endswith(_NOT_PLURAL_ENDINGS)) and low not in lx.TIME_WORDS and (
        low not in _PLURAL_SPANS) and low not in _SINGULAR_VERBS and low not in lx.CUES


def _clause_pronoun(toks: list[Token]) -> int | None:
    """Where "he" or "she" opens a later clause of the sentence ("..., where he will be
    greeted", "... as she left"), nothing possessed and no quote before it (not "Obama's
    mother, she said"), else None."""
    for k, tok in enumerate(toks):
        if tok.kind == "q" or tok.low.endswith(("’s", "'s")) or tok.low in _POSSESSIVE_DETERMINERS:
            return None
        if k >= 2 and tok.low in _SUBJECT_PRONOUNS and (
                toks[k - 1].low in _CLAUSE_JOINS or toks[k - 1].low in _CLAUSE_OPENERS):
            return k
    return None


# the words a photo agency's credit puts before "/" and its photographer's name: "(AP
# Photo/Evan Vucci)", "(Win McNamee/Getty Images)"
_CREDIT_WORDS = frozenset({"photo", "photos", "images"})
MIN_CREDIT_NAME_WORDS = 2  # a photographer's given name and surname, not a wire's one word


def _photo_credit(toks: list[Token], k: int, j: int) -> bool:
    """Is the capitalised run ``toks[k:j]`` a photo's credit: a name opening parentheses
    before a slash ("(Christopher Pike/Bloomberg via Getty Images)", "(Win McNamee/Getty
    Images)"), or one after an agency's "Photo/" closing them ("(AP Photo/Evan Vucci)")? A
    name of several words: "(CBS/AP)" is a wire's credit, the outlet a later "the network"
    may be."""
    if not 0 < k < j:
        return False
    after = toks[j].text if j < len(toks) else ""
    return (toks[k - 1].text == "(" and after == "/" and j - k >= MIN_CREDIT_NAME_WORDS) or (
        toks[k - 1].text == "/" and after == ")" and k >= 2 and toks[k - 2].low in _CREDIT_WORDS)


def _reported_pronoun(toks: list[Token]) -> int | None:
    """Where "he" or "she" opens the clause a verb of saying reports without "that" ("Kortney
    Moore, 18, said she was in a writing class"), after the sentence's first words (a subject
    before the verb), with nothing possessed and no quote before it, else None."""
    for k, tok in enumerate(toks):
        if tok.kind == "q" or tok.low.endswith(("’s", "'s")) or tok.low in _POSSESSIVE_DETERMINERS:
            return None
        if k >= 2 and tok.low in _SUBJECT_PRONOUNS and _speech_cue(toks[k - 1]):
            return k
    return None


# the gender a pronoun of the other one looks for: a sentence with "her" in it may be about
# a woman whom the "he" after "said" is not
_OTHER_GENDER = {"he": "f", "she": "m"}


# words that open a clause whose subject may be a pronoun ("where he", "before she")
_CLAUSE_OPENERS = _SUBORDINATORS | {"where", "that"}


def _pronoun_subject(toks: list[Token]) -> int | None:
    """Where "he" or "she" is the subject of the sentence: its first word, after a leading
    conjunction or a sentence adverb ("But he", "Still, she"), or after an introductory phrase
    and its comma ("In 2008, he complained")."""
    for k, tok in enumerate(toks[: MAX_CLAUSE_TOKENS + 1]):
        if tok.low in _SUBJECT_PRONOUNS:
            if all(t.low in _TOPIC_OPENERS for t in toks[:k]) or after_intro(toks, k):
                return k
            return None
        if tok.kind == "q":
            return None  # (a quote's words are not the sentence's)
    return None


_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_OTHER_SUBJECTS = frozenset({"it", "they", "we", "i", "you"})  # a subject that is no "he"
# what ends the clause a pronoun opens, for the names inside it (see
# Discourse._named_in_clause)
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", "--"})
# nouns a name modifies ("Carson supporters", "the Trump campaign"): no person named there
_NOUN_AFTER_NAME = lx.SPEAKER_NOUNS | ORG_HEADS
# nouns of one's own saying, deciding or believing: a "he"/"she" opening their content clause
# ("Trump's announcement that he", "Obama's statement that he opposed the war") is the one
# whose noun it is; not nouns aimed at another ("Brat's accusations that he", "Emanuel's
# suggestion that he join", "Team Clinton's contention that he ran well": someone else)
_OWN_WORD_NOUNS = frozenset({"announcement", "statement", "claim", "insistence", "admission",
                             "assertion", "declaration", "pledge", "promise", "vow", "boast",
                             "confession", "denial", "decision", "belief", "hope", "intention",
                             "plan", "wish", "fear", "realization", "acknowledgment",
                             "acknowledgement"})


# verbs of a mind or a plan: "X said it believed" (not "X said it was", where "it" is any
# thing or no thing at all) makes "it" X
_IT_MIND_VERBS = frozenset({"believed", "believes", "intended", "intends", "planned", "plans",
                            "hoped", "hopes", "expected", "expects", "wanted", "wants",
                            "regretted", "regrets", "welcomed", "welcomes", "anticipated",
                            "anticipates", "declined", "declines", "condemned", "condemns",
                            "rejected", "rejects"})
MAX_SAYS_IT_NAME = 6  # "the Hostages and Missing Families Forum said it believed"
_IT_MIND_BASES = frozenset({"believe", "intend", "plan", "hope", "expect", "want", "regret",
                            "anticipate"})
_SAID_IT_CUES = frozenset({"said", "says", "added", "stated", "announced", "confirmed"})


def _says_it(toks: list[Token], j: int) -> bool:
    """Does the name ending at ``toks[j - 1]`` say "it" of itself: "the Missing Families Forum
    said it believed", "Xpeng says that it anticipates" (a speech verb, "that" perhaps, then
    "it" and a verb of a mind or a plan, :data:`_IT_MIND_VERBS`)? The text calls the name
    "it": an organisation, whatever its words (pron24)."""
    m = j + 1 if j < len(toks) and toks[j].low in {"has", "had"} else j
    if m >= len(toks) or toks[m].low not in _SAID_IT_CUES:
        return False
    m += 1
    if m < len(toks) and toks[m].low == "that":
        m += 1
    if m + 1 >= len(toks) or toks[m].low != "it":
        return False
    if toks[m + 1].low in {"did", "does", "do"} and m + 3 < len(toks) and (
            toks[m + 2].low == "not"):  # "said that it did not believe"
        return toks[m + 3].low in _IT_MIND_BASES
    return toks[m + 1].low in _IT_MIND_VERBS


def _possessor_pronouns(toks: list[Token]) -> list[int]:
    """Where "he" or "she" opens the content clause of a possessed noun of one's own word
    (:data:`_OWN_WORD_NOUNS`): "X's announcement that he", "X's surprise announcement that
    she" (one modifier between), outside quotes."""
    found = []
    for k, tok in enumerate(toks):
        if tok.kind == "q":
            break  # (a quote's words are not the sentence's)
        if k >= 3 and tok.low in _SUBJECT_PRONOUNS and toks[k - 1].low == "that" and (
                toks[k - 2].low in _OWN_WORD_NOUNS) and (
                toks[k - 3].low.endswith(("’s", "'s")) or (
                    k >= 4 and toks[k - 3].kind == "w" and not _is_cap(toks[k - 3])
                    and toks[k - 4].low.endswith(("’s", "'s")))):
            found.append(k)
    return found
# a sentence with "he", "she", "He", "She", "HE" or "SHE" as a word: the same as
# r"\b(?:[Hh]e|[Ss]he|HE|SHE)\b", written to open with a set of letters (the word
# boundary and the rest of the word checked behind it), which the search skips to in C:
# half the time of the plain pattern
_HE_OR_SHE = re.compile(r"[HhSs](?<=\b[HhSs])(?:(?<=[Hh])e|(?<=[Ss])he|(?<=H)E|(?<=S)HE)\b")


# what may stand before a headline's clause (desc21): "Ryan wages campaign ...;  House speaker
# laying out ...", "Christie endorses Trump: New Jersey governor says ..."
# a headline's last token before its deck line: the wire style "X wages campaign;" then a
# second headline line (title32)
_DECK_SEPARATORS = frozenset({";"})
HEADLINE_CLAUSE_STARTS = frozenset({";", ":", ",", "—", "–"})


def _headline_title(toks: list[Token], phrase: Phrase, unit: int) -> bool:
    """Is the speaker phrase an office the headline writes without its article ("House
    speaker laying out an agenda", "New Jersey governor says"): a title as definite as "the
    governor" (headlines drop articles), opening the first sentence or one of its clauses
    (desc21)."""
    words = toks[phrase.i : phrase.core_end]
    return unit == 0 and phrase.core < 0 and bool(words) and (
        phrase.i == 0 or toks[phrase.i - 1].low in HEADLINE_CLAUSE_STARTS) and (
        words[0].low not in lx.DETERMINERS) and not _is_cap(words[-1]) and (
        title_key(words[-1].low) in OFFICE_HEADS)


def _possessed_office(words: list[Token]) -> bool:
    """Is the speaker phrase an office a place or a body possesses ("NATO's secretary
    general", "Kansas City's mayor", "Columbia's acting president")? A possessive makes a
    noun phrase definite, as "the" does: the office's one holder. Only an office
    (OFFICE_HEADS): "Mr. Strzok's lawyer", "Smith's family" or "Colorado's delegation
    chairman" are someone else, whom the article may never name."""
    return len(words) >= 2 and title_key(words[-1].low) in OFFICE_HEADS and any(
        _is_cap(w) and w.low.endswith(("’s", "'s")) for w in words[:-1])


def _possessed_before(toks: list[Token], i: int) -> bool:
    """Was the speaker phrase at ``toks[i]`` cut after a capitalised possessive, a few
    lower-case modifiers between ("Donald J. Trump's newly installed campaign chief": the
    phrase is "campaign chief")? A possessive makes the noun phrase definite, as "the" does
    (see :func:`_possessed_office`; title33)."""
    m = i
    while m > 0 and i - m < MAX_SKIPPED_ADJECTIVES and toks[m - 1].kind == "w" and \
            not _is_cap(toks[m - 1]) and toks[m - 1].low not in lx.NP_BOUNDARY and \
            toks[m - 1].low not in lx.CUES and toks[m - 1].low not in lx.DETERMINERS:
        m -= 1
    return m > 0 and _is_cap(toks[m - 1]) and toks[m - 1].low.endswith(("’s", "'s"))


def _definite(toks: list[Token], i: int, skip: int = MAX_SKIPPED_ADJECTIVES) -> bool:
    """Is the speaker phrase starting at ``toks[i]`` a definite description: it opens with
    "the"/"this", or the phrase was cut after them ("the presumptive Republican presidential
    nominee", "the self-described democratic socialist", where the phrase starts at the
    words the speaker finder knows)?"""
    if toks[i].low in {"the", "this"}:
        return True
    m = i
    while m > 0 and i - m < skip and toks[m - 1].kind == "w" and \
            not _is_cap(toks[m - 1]) and toks[m - 1].low not in lx.NP_BOUNDARY and \
            toks[m - 1].low not in lx.CUES and toks[m - 1].low not in lx.DETERMINERS:
        m -= 1
    if m > 1 and toks[m - 1].low == "and" and skip == MAX_SKIPPED_ADJECTIVES:
        # "The Democratic presidential front-runner and former secretary of state said":
        # the second of two titles joined by "and" shares the first one's "the"
        e = m - 1
        while e > 0 and m - e <= MAX_PRE_NAME_DESCRIPTION and toks[e - 1].kind == "w" and \
                toks[e - 1].low not in lx.NP_BOUNDARY and toks[e - 1].low not in lx.CUES:
            e -= 1
            if toks[e].low in {"the", "this"}:
                return title_key(toks[m - 2].low) in TITLE_HEADS
        return False
    if m > 1 and toks[m - 1].low == "and" and skip == MAX_ORG_MODIFIERS:
        # "The consumer vehicle research and data firm reports": modifiers joined by "and"
        # share the description's "the"
        e = m - 1
        while e > 0 and m - e <= MAX_ORG_MODIFIERS + 1 and toks[e - 1].kind == "w" and \
                not _is_cap(toks[e - 1]) and toks[e - 1].low not in lx.NP_BOUNDARY and \
                toks[e - 1].low not in lx.CUES and toks[e - 1].low not in lx.DETERMINERS:
            e -= 1
        return e > 0 and toks[e - 1].low in {"the", "this"}
    return m < i and m > 0 and toks[m - 1].low in {"the", "this"}


def after_outlet(words: list[Token]) -> list[Token]:
    """The person's name after an organisation's in one capitalised run ("Fox News Sean
    Hannity", "CNN’s Jake Tapper" without its possessive): from the given name on."""
    if len(words) < MIN_OUTLET_NAME:
        return words  # (an outlet and a given name and a surname at least)
    org_end = max((k for k, w in enumerate(words[:-2]) if w.low.rstrip("’'") in ORG_HEADS),
                  default=-1)
    if org_end >= 0 and first_name_gender(words[org_end + 1].text + " x"):
        return words[org_end + 1 :]
    return words


def _written_name(words: list[Token]) -> bool:
    """Does a speaker phrase write a person's name after its title words ("Chinese foreign
    ministry spokesman Lu Kang", "Prime Minister Theresa May"), not only a title ("the Kremlin
    spokesman", "Russian Foreign Minister")?"""
    name = name_tokens(words)
    if not name or name[-1] is not words[-1]:
        return False
    if any(t.low in lx.TITLE_WORDS or t.low in _INNER_TITLES or t.low in lx.SPEAKER_NOUNS
           for t in name):
        return False
    return not _org_like(name) and name[0].low not in NOT_NAMES and not (
        len(name) == 1 and is_acronym(name[0]))


# the role in an apposition that names its holder ("the campaign chief, Paul Manafort,",
# "Steve Coll, the dean of the journalism school,"): a few lower-case words after "the"
MAX_APPOSED_ROLE_WORDS = 4
# what may close the name after "the ROLE, ": the apposition's comma or the sentence's end
_APPOSED_NAME_ENDS = frozenset({",", ".", ";"})
# what may close the role after "Name, the ": "of" ("the dean of the journalism school") or
# the apposition's end
_APPOSED_ROLE_ENDS = frozenset({"of", "at", "for", ",", ".", ";"})
MAX_TITLE_RUN = 3  # "SAFA President", "Kyoto University Institute Director": a few words
MAX_PORTFOLIO_WORDS = 6  # "for Legal and International Affairs": a title's portfolio is short
_PORTFOLIO_LINKS = frozenset({"for", "of"})
_PORTFOLIO_JOINS = frozenset({"and", "&"})


def _portfolio_holder(toks: list[Token], linked: list[Token]) -> bool:
    """Does the run ``linked`` (a name linked by "for" or "of") end with a person named after
    a title's portfolio ("Assistant Secretary for Public Affairs Tricia McLaughlin"; see
    :func:`_portfolio_name`)?"""
    k = max((k for k, t in enumerate(linked) if t.low in _PORTFOLIO_LINKS), default=-1)
    run = linked[k + 1 :]
    return k > 0 and len(run) > 2 and _is_cap(run[0]) and len(_portfolio_name(toks, run)) < (
        len(run))  # (a capitalised portfolio: not "Attorney of northern West Virginia ...")


def _portfolio_name(toks: list[Token], name: list[Token]) -> list[Token]:
    """``name`` without the portfolio's words it opens with, when a title and a link word
    come right before it ("Minister for Housing Matthew Pennycook", "Secretary of State for
    Health Wes Streeting", "Assistant Secretary for Public Affairs Tricia McLaughlin"): the
    name from its first given name on (either lexicon's: a portfolio holds no given names);
    else ``name`` as it is (tn37)."""
    p = next((p for p in range(1, len(name) - 1)
              if _is_cap(name[p]) and given_name_gender(name[p].text)), 0)
    if not p:
        return name
    at = next((k for k, t in enumerate(toks) if t is name[0]), None)
    return name[p:] if at is not None and _portfolio_title(toks, at) else name


def _portfolio_title(toks: list[Token], i: int) -> list[Token]:
    """The capitalised title written before a portfolio that runs into the name starting
    the capitalised run at ``toks[i]`` ("Deputy Foreign Minister for Legal and International
    Affairs Kazem Gharibabadi", "Minister of Communications and Information Technology
    Tareq Kamel", "Chief of Detectives Robert Boyce"): the title's words, or []. News puts a
    minister's portfolio between the title and the name; the title is the person's all the
    same ("The Iranian diplomat said" later is Gharibabadi)."""
    m = i
    while m > 0 and i - m < MAX_PORTFOLIO_WORDS and (
            _is_cap(toks[m - 1]) or toks[m - 1].low in _PORTFOLIO_JOINS):
        m -= 1
    if m < 2 or toks[m - 1].low not in _PORTFOLIO_LINKS or (m < i and not _is_cap(toks[m])):
        return []
    e = m - 1  # the link word
    if e >= 3 and toks[e - 1].low == "state" and toks[e - 2].low == "of" and (
            title_key(toks[e - 3].low) in OFFICE_HEADS):
        e -= 2  # "Secretary of State for Health Wes Streeting", "Minister of State for
        # Trade": the office is the title before "of State" (tn37)
    b = e
    while b > 0 and e - b < MAX_TITLE_RUN + 1 and _is_cap(toks[b - 1]) and (
            toks[b - 1].low not in lx.DETERMINERS and toks[b - 1].low not in PAST_MARKERS
            and not toks[b - 1].low.endswith(("’s", "'s"))):
        b -= 1
    if b == e or title_key(toks[e - 1].low) not in (TITLE_HEADS | OFFICE_HEADS | EPITHET_HEADS) \
            or (b and (toks[b - 1].low in PAST_MARKERS
                       or toks[b - 1].low.startswith(_PAST_PREFIXES))):
        return []  # ("the University of Michigan", "former Minister of Health ...",
        # "then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb")
    return toks[b:e]


_PAST_PREFIXES = ("then-", "ex-", "former-")  # a past title in one token: "then-Deputy"


def _titled_run(words: list[Token], name: list[Token]) -> bool:
    """Is ``name``, the capitalised end of the speaker phrase ``words``, a title run after
    "the" or a possessive ("the SAFA President", "Iran's Supreme Leader"), not a name?"""
    at = next((k for k, w in enumerate(words) if w is name[0]), 0)
    if at == 0 or len(name) < 2 or len(name) > MAX_TITLE_RUN + 1:
        return False
    before = words[at - 1].low
    if before != "the" and not (before.endswith(("’s", "'s")) and at == 1):
        return False
    head = title_key(name[-1].low)
    return name[-1].low in lx.TITLE_WORDS and (head in TITLE_HEADS or head in _INNER_TITLES)


# what closes a title in apposition: a comma, the sentence's end (a question too: "Was that
# really Chris Christie, the brusque governor of New Jersey?"), a dash
_APPOSITION_ENDS = frozenset({",", ".", ";", "—", "–", "?", "!"})
MAX_APPOSED_MODIFIER_COMMAS = 1  # "the brusque, outspoken governor": two modifiers at most


def _apposed_title_end(toks: list[Token], comma: int) -> int:
    """The end of the title apposed after ``toks[comma]`` (a comma before "the"): the words
    up to the next punctuation, past a comma between coordinated modifiers ("Chris Christie,
    the brusque, take-a-back-seat-to-no-one governor of New Jersey," is the governor): a comma
    before any title head, followed by a lower-case word (desc21)."""
    n = len(toks)
    e, commas = comma + 2, 0
    while e < n and e - comma <= MAX_APPOSED_TITLE + commas:
        if toks[e].kind == "w" and toks[e].low not in {"who", "which"}:
            e += 1
        elif toks[e].low == "," and commas < MAX_APPOSED_MODIFIER_COMMAS and e + 1 < n and \
                toks[e + 1].kind == "w" and toks[e + 1].text[:1].islower() and \
                toks[e + 1].low not in lx.NP_BOUNDARY and \
                title_key(_title_head(toks[comma + 1 : e])) not in TITLE_HEADS:
            e, commas = e + 1, commas + 1
        else:
            break
    return e


def _title_head(words: list[Token]) -> str:
    """The title a description names: its last word, or the office before "of" ("the former
    secretary of state" -> secretary), as descriptions write it."""
    for k in range(1, len(words) - 1):
        key = title_key(words[k].low)
        if key == "head" and k + 2 < len(words) and words[k + 1].low == "of" and (
                words[k + 2].low == "state"):
            return "president"  # "the head of state" is the country's president
        if words[k + 1].low == "of" and key in OFFICE_HEADS:
            return key
        if words[k + 1].low in {"from", "for"} and key in TITLE_HEADS and not any(
                _is_cap(w) for w in words[1:k]):
            return key  # "the senator from Vermont" is a senator, not Vermont
    if len(words) >= 2 and words[-1].low == "manager" and words[-2].low in _MANAGED_MONEY:
        return "financier"  # "The vulture fund manager wrote" (desc29)
    return title_key(words[-1].low)


# what a manager of money manages: "a hedge fund manager", "the money manager" is a trade
# epithet like "the financier" (desc29: "billionaire Paul Singer fundamentally changed ...
# The vulture fund manager wrote a $500,000 check" is Singer), not a post of someone's staff
# ("his campaign manager")
_MANAGED_MONEY = frozenset({"fund", "money", "portfolio", "investment", "asset", "hedge-fund"})


MAX_APPOSED_ORG_WORDS = 4  # "UNRWA", "Unifor", "Human Rights Watch", "Doctors Without Borders"


def _apposed_org(described: list[Token], tail: list[Token]) -> list[Token]:
    """'The U.N. agency for Palestinian refugees, UNRWA', "The country's largest union,
    Unifor": the organisation's name apposed to a description whose head (the word before
    any "of"/"for") is an organisation's, or [] (sixteenth session)."""
    cut = next((m for m, w in enumerate(described) if w.low in _NAME_CUT_WORDS or w.low == ","),
               len(described))
    if cut == 0 or not tail or len(tail) > MAX_APPOSED_ORG_WORDS:
        return []
    head = described[cut - 1].low
    if head not in ORG_HEADS or _is_cap(described[cut - 1]) or not all(
            _is_cap(t) and t.low not in lx.DETERMINERS for t in tail):
        return []
    return tail


# capitalised words that make a weekday part of a day's name ("Super Tuesday", "Good Friday",
# "Black Friday"): no name ends before that weekday
_DAY_NAME_WORDS = frozenset({"ash", "black", "good", "super", "cyber", "holy", "easter",
                             "bloody", "maundy", "palm", "fat", "shrove", "giving"})


def _dated_name_end(toks: list[Token], k: int, j: int) -> bool:
    """Does a weekday at ``toks[j]`` end the capitalised run from ``k``: "broke with President
    Obama Monday over ...", the news style that dates a clause with a bare weekday after its
    object, is Obama (not "Obama Monday"; round 34)?"""
    return j > k and toks[j].low in lx.WEEKDAYS and toks[j - 1].low not in _DAY_NAME_WORDS and (
        j - k > 1 or not first_name_gender(toks[k].text + " x"))  # ("Allison Friday": a
    # given name, then a surname that is a weekday)


def _plain_name_run(words: list[Token]) -> bool:
    """Two to :data:`MAX_NAME_AFTER` capitalised words, none an organisation's head or a
    title: a person's name as a post's holder is written after it ("Thomas Frieden")."""
    return MIN_TRIMMED_NAME <= len(words) <= MAX_NAME_AFTER and all(
        _is_cap(w) and w.low not in ORG_HEADS and w.low not in lx.TITLE_WORDS for w in words)


def _described_person_name(words: list[Token], tail: list[Token]) -> list[Token]:
    """The name (two to :data:`MAX_NAME_AFTER` capitalised words, before any "of"/"in")
    that an apposition ``tail`` gives the person a lower-case description ``words`` names
    ("One pastor", "A soldier fighting near Pokrovsk"), whatever the lexicon knows of the
    first name; [] otherwise."""
    if words and _is_cap(words[-1]):
        # "Ukraine's ambassador to the United States, Olha Stefanishyna,": the description's
        # head before its link word (eighteenth session)
        link = next((k for k, w in enumerate(words) if k > 0 and (
            w.low in _POST_LINKS or w.low == "in") and not _is_cap(words[k - 1])), None)
        words = words[:link] if link is not None else []
    if not words or _is_cap(words[-1]):
        return []
    head = title_key(words[-1].low)
    if head not in lx.SPEAKER_NOUNS and head not in EPITHET_HEADS and head not in TITLE_HEADS \
            and head not in lx.ROLE_GENDER:
        return []
    cut = next((m for m, t in enumerate(tail) if t.low in _NAME_CUT_WORDS or t.low == "in"),
               len(tail))
    return _without_church_title(tail[:cut]) if _plain_name_run(tail[:cut]) else []


def _without_church_title(name: list[Token]) -> list[Token]:
    """A name without the church title before it: "Cardinal Pietro Parolin" is Pietro Parolin
    (a title the name-run rules do not strip there, being no title of office)."""
    if len(name) > MIN_TRIMMED_NAME and name[0].low in _CHURCH_TITLES:
        return name[1:]
    return name


def _post_described(words: list[Token]) -> bool:
    """Does the phrase open with a post of an organisation ("The head of the International
    Committee of the Red Cross, ...", "the chief executive of Gazprom, ...")?"""
    k = 1 if words and words[0].low in {"the", "a", "an"} else 0
    while k < len(words) and words[k].low in {"former", "new", "acting", "interim", "deputy"}:
        k += 1
    return k + 1 < len(words) and words[k].low in _ORG_POSTS and words[k + 1].low == "of"


# plural agent nouns in "-men", which no plural "-s" rule sees ("Firemen said", "Policemen
# said" were names; twenty-third session); a list, since "-men" alone is also "Yemen"
# plurals without an -s that open a sentence ("People who were at the party said")
_PEOPLE_WORDS = frozenset({"people", "children", "women", "men"})
_MEN_PLURALS = frozenset(f"{stem}men" for stem in (
    "fire", "police", "service", "congress", "gun", "chair", "fisher", "clergy", "business",
    "spokes", "council", "law", "country", "sales", "trades", "crafts", "states", "alder",
    "line", "committee", "news", "camera", "sports", "rescue", "militia", "patrol"))
# who, speaking between a statement's issuer and "the statement said", makes it unsure whose
# statement it is (see Discourse._spoke_since)
_NAMED_ISSUERS = frozenset({"person", "org"})
# lower-case words inside a body's name written before a noun ("Department of Health and
# Social Care", "Ministry for Foreign Affairs")
_BODY_NAME_JOINERS = frozenset({"of", "for", "and", "the", "&"})


def _multiword_offices(words: list[Token]) -> set[str]:
    """The offices of several words (:data:`_MULTIWORD_OFFICES`) that ``words`` give the
    person they title or describe ("Vatican Secretary of State Cardinal Pietro Parolin",
    "Antony Blinken, the secretary of state,"): a cut at "of" loses them. "The secretary of
    state" later is that person, not the registry's (see :meth:`Discourse._article_holder`)."""
    return roles_of([w.low for w in words]) & _MULTIWORD_OFFICES


def _compound_offices(words: list[Token]) -> set[str]:
    """The offices of several words that ``words`` give: :func:`_multiword_offices` and the
    qualified ones ("Defense Secretary Ash Carter" is "the defense secretary")."""
    return _multiword_offices(words) | {
        role for role in roles_of([w.low for w in words]) if " " in role}


def _described_offices(words: list[Token]) -> set[str]:
    """:func:`_multiword_offices` and the qualified offices of a description before a name
    ("The Vatican's secretary of state, Cardinal Pietro Parolin,", "Defense Secretary Ash
    Carter"); none when the office is past ("the former secretary of state, ...") or someone
    else's ("an aide to the secretary of state, ...")."""
    if any(w.low in PAST_MARKERS or w.low in {"to", "for"} for w in words):
        return set()
    return _compound_offices(words)


def _apposed_name(words: list[Token]) -> list[Token]:
    """'The head of the Super PAC ..., Mike Murphy': a full name after the last comma."""
    commas = [k for k, w in enumerate(words) if w.low == ","]
    if not commas:
        return []
    tail = [t for t in words[commas[-1] + 1 :] if t.kind == "w"]
    cut = next((m for m, t in enumerate(tail) if t.low in _NAME_CUT_WORDS), len(tail))
    if cut >= MIN_TRIMMED_NAME and _is_cap(tail[cut - 1]):
        tail = tail[:cut]  # "..., Andrew J. Pincus of the law firm Mayer Brown": the name
    name = _without_church_title(name_tokens(tail))
    # the name must be the whole apposition (titles before it aside): in "Parker Eaton, a
    # Republican who voted for ... Bill Clinton" the name at the end is not the speaker
    before = tail[: len(tail) - len(name)]
    if len(name) >= 2 and name[-1] is tail[-1] and first_name_gender(
            " ".join(t.text for t in name)) and all(
            t.low in lx.TITLE_WORDS or t.low in lx.DETERMINERS or _is_cap(t) for t in before):
        return name
    return []


_EDGE_PUNCTUATION = ",.;:!?()[]\"“”‘’'"


# words opening an apposition that describes a list of people before it ("A and B, both
# Republicans,", "..., all of them veterans,")
_LIST_DESCRIBERS = frozenset({"both", "all", "each"})


def resolution_kind(mention: str, person: Person | None, how: str, inherited: bool,
                    aliases: Iterable[str] = ()) -> str:
    """How the speaker was reached from its mention (see the module docstring); ``aliases``
    are the registry's other names for the person (transliterations, short forms)."""
    if inherited:
        return "previous-speaker"
    if how in {"pronoun", "relative"} or _pronoun_of(mention.lower()):
        return "pronoun"
    if person is None or not person.name or person.kind == "described":
        return "description"
    said = fold(mention)
    if fold(person.name) in said:
        return "name"
    words = [w.strip(_EDGE_PUNCTUATION) for w in said.split()]  # ("Mr. Paulson, who")
    initials = "".join(w[0] for w in person.name.split()
                       if w[:1].isupper() and w.lower() not in _ACRONYM_SKIP).lower()
    spelled = "".join(w[0] for w in person.name.split()
                      if w[:1].isupper() or w.lower() in _ACRONYM_OF).lower()  # "the BOE"
    parts = [part for part in fold(person.name).split() if part not in lx.DETERMINERS]
    parts += [article_stem(part) for part in parts if article_stem(part)]  # "Homsany"
    if any(part in words for part in parts) or any(
        fold(alias) in said for alias in aliases
    ) or (len(initials) >= MIN_ACRONYM and (initials in words or spelled in words)):
        # ("the RCMP")
        return "alias"
    if person.kind == "person" and any(
            len(w) >= MIN_MISSPELT_SURNAME and w[0] == part[0] and _one_typo(part, w)
            for w in words for part in parts if part):
        return "alias"  # "Giulini" for Rudy Giuliani: the surname, misspelt
    return "title"


# words that open a sentence before its subject ("But progressive organizations say",
# "Even Latino Republicans have been"): skipped to find a plural subject (round 22)
_SUBJECT_OPENERS = frozenset({"but", "and", "yet", "so", "still", "even", "now", "meanwhile",
                              "however", "also"})
# conjunctions after a comma that open a clause with a subject of its own ("..., but many
# rank-and-file unionists made it clear they")
_CLAUSE_CONJUNCTIONS = frozenset({"but", "yet"})
MAX_PLURAL_SUBJECT_WORDS = 6  # "The politicians and religious figures": a short noun phrase
# (a longer run before the verb is a clause, not a described group)
# capitalised plurals of a people or a party's members ("Republicans", "Democrats",
# "Latinos"), not a name ("Sanders", "Jones")
_PLURAL_HEAD_ENDINGS = ("ans", "ats", "ists", "inos", "inas")
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "’s", "'s")  # "press", "status", "analysis"
MIN_PLURAL_LETTERS = 4  # "its", "has", "was", "this" are no plural nouns


def _plural_noun(tok: Token) -> bool:
    """Can ``tok`` head a plural described subject ("unionists", "figures", "Republicans")?"""
    low = tok.low
    if _is_cap(tok):
        return low.endswith(_PLURAL_HEAD_ENDINGS)
    return len(low) >= MIN_PLURAL_LETTERS and low.endswith("s") and \
        not low.endswith(_NOT_PLURAL_ENDINGS) and low.replace("-", "").isalpha() and \
        low not in lx.NP_BOUNDARY and low not in lx.DETERMINERS and (
            low not in lx.CUES or nounish(low))  # ("figures" is a cue and a noun; "says" no noun;
    # "fact-checkers": a hyphenated plural too, desc36)


def _clause_start(toks: list[Token], p: int) -> int:
    """Where the clause holding token ``p`` starts: the sentence's start, or the word after
    "but"/"yet" set off by a comma or a semicolon before ``p``; opening words skipped."""
    start = 0
    for m in range(p - 1, 0, -1):
        if toks[m].low in _CLAUSE_CONJUNCTIONS and toks[m - 1].low in {",", ";"}:
            start = m
            break
    while start < p and toks[start].low in _SUBJECT_OPENERS:
        start += 1
    return start


def _group_word(toks: list[Token], k: int) -> bool:
    """Is the capitalised word ``k`` of a people or a party, or a plural of one ("Latino
    Republicans", "Democrats"), rather than part of someone's name?"""
    low = toks[k].low
    return _people_word(low) or low.endswith(_PLURAL_HEAD_ENDINGS) or (
        k + 1 < len(toks) and _is_cap(toks[k + 1])
        and toks[k + 1].low.endswith(_PLURAL_HEAD_ENDINGS))


def _owner_possessive(toks: list[Token], start: int, k: int) -> bool:
    """Is the capitalised word ``k`` of a described subject opening at ``start`` part of an
    organisation's possessive after "the" ("the Washington Post’s phony fact-checkers"): the
    people described are the owner's, no one named (desc36)?"""
    if toks[start].low != "the":
        return False
    e = k
    while e < len(toks) and _is_cap(toks[e]) and not toks[e].low.endswith(("’s", "'s")):
        e += 1
    return e < len(toks) and _is_cap(toks[e]) and all(
        _is_cap(t) for t in toks[start + 1 : k])


def _plural_phrase_end(toks: list[Token], start: int, p: int) -> int:
    """The end of a described plural subject at ``toks[start]`` ("many rank-and-file
    unionists", "Latino Republicans", "The politicians and religious figures") whose verb
    comes before token ``p``; -1 unless the phrase is one: no name of a person, a plural
    head of people, a verb after it (or a relative clause, then the verb)."""
    end = -1
    k = start
    while k < p and k - start < MAX_PLURAL_SUBJECT_WORDS and toks[k].kind == "w":
        low = toks[k].low
        if low in {"who", "that"} or (end > 0 and low != "and" and not low.isalpha()
                                      and "-" not in low):
            break
        if _is_cap(toks[k]) and low not in lx.DETERMINERS and not _group_word(toks, k) and \
                not _owner_possessive(toks, start, k):
            return -1  # ("Hillary Clinton supporters": a name in the phrase; not this rule's)
        if low in _PREPOSITIONS and not (low == "of" and k > start and toks[k - 1].low in
                                         lx.DETERMINERS):
            break  # ("The disparity between the two encapsulates": no plural subject; "Many
            # of those mistakes" is one)
        if _plural_noun(toks[k]) or _those_asked(toks, k):  # ("Some of those surveyed")
            end = k + 1
        elif (low in lx.NP_BOUNDARY and low != "and") or low in lx.CUES:
            break
        k += 1
    if end < 0 or end >= p or toks[end].kind != "w" or toks[end].low in {",", "and", "of"} or \
            (toks[end].low in lx.DETERMINERS and toks[end].low != "that"):
        return -1  # (a word that takes an object is a verb: "... encapsulates the choice")
    return end + 2 if _bare_place_after(toks, end, p) else end


# prepositions of a bare noun that places people at an event ("in attendance", "on hand",
# "at home"): part of the described subject, as PolNeAR and news write it
_BARE_PLACE_LINKS = frozenset({"in", "on", "at"})


def _bare_place_after(toks: list[Token], end: int, p: int) -> bool:
    """Does a preposition and one bare lower-case noun follow a plural subject's head at
    ``end``, then its verb, before token ``p`` ("The politicians and religious figures in
    attendance were unanimous in their condemnation": desc34, the speaker had lost "in
    attendance")?"""
    if end + 2 >= p or toks[end].low not in _BARE_PLACE_LINKS:
        return False
    noun, verb = toks[end + 1], toks[end + 2]
    return noun.kind == "w" and noun.low.isalpha() and not _is_cap(noun) and (
        noun.low not in lx.DETERMINERS and noun.low not in lx.NP_BOUNDARY) and (
        verb.kind == "w" and (verb.low in _BE_FORMS or verb.low in lx.CUES))


TEAM_PHRASE_WORDS = 2  # "Clinton team", "Clinton's team", "Team Trump" (after "the")
MIN_TEAM_OWNER_WORDS = 2  # the owner named in full ("Hillary Clinton"), so a person


def described_source(mention: str) -> str:
    """The speaker to report when no one resolves: the described source as written, without a
    clause set off after it ("A White House official, who spoke on condition of anonymity"
    is reported as "A White House official"; the mention keeps the whole), nor one that says
    when or by whom a described thing came out ("the order released Friday", "the plan he
    released": "the order", "the plan")."""
    text = " ".join(mention.split())
    pronoun = _contracted_pronoun(text)
    if pronoun:
        return pronoun  # "I’d love to ...", "they’ve offered": "I", "they" (pron34)
    head, comma, rest = text.partition(", ")
    for dash in _SPACED_DASHES:  # "The mayor — who was elected last year — said", "The
        if not comma:  # mayor - who ...": a dash sets the clause off as a comma does (scan35a)
            head, comma, rest = text.partition(dash)
    first = rest.split(" ", 1)[0].lower() if comma else ""
    if head and (first in _SET_OFF_CLAUSE or (first.endswith("ing") and first not in {
            "king", "thing"}) or (first.endswith("ed") and rest[:1].islower())
            or _set_off_distance(rest)):
        # ("That offer, addressed to the union's units," is the offer; 29th session)
        text = head
    if text.count("(") > text.count(")"):  # "surrogates (like top Obama aide David Plouffe"
        text = text[: text.index("(")].rstrip() or text
    words = text.split(" ")
    lowest = MIN_DESCRIBED_WORDS if words[0].lower() in lx.DETERMINERS else 1
    cut = next((k for k in range(lowest, len(words))
                if (words[k].lower() in _ISSUING_PARTICIPLES and not (
                    k == len(words) - 1 and words[k].lower() in _NOUN_TOO)) or (
                    words[k].lower() in PERSON_PRONOUNS and words[k - 1][:1].islower()
                    and words[k - 1].isalpha() and words[k - 1] not in lx.CUES
                    and not any(w.lower() in _OPEN_CLAUSE_WORDS for w in words[:k]))),
               len(words))
    words = words[:cut]  # "a Wall Street Journal article published Friday", "the document
    # he released": the thing, not when or by whom it came out (desc33)
    while len(words) > 2 and words[-1].lower() in _DANGLING_LINKS:
        words.pop()  # "an employee who had followed her in and [yelled]": a clause the cue
        # cut, not the source's last word (twenty-ninth session)
    return " ".join(words)


# dashes, spaced as mentions are joined, that set a clause off after a described source
_SPACED_DASHES = (" — ", " – ", " - ")


def _before_set_off(toks: list[Token], phrase: Phrase) -> int:
    """Where a speaker phrase ends before the aside set off by a comma after its core
    ("Authorities at the building, located near the Route 33 interchange,": the building's
    authorities), else the phrase's end ("Polls in New Hampshire" is all one phrase)."""
    end = phrase.core_end
    return end if any(t.low == "," for t in toks[end : phrase.j]) else phrase.j


def _set_off_distance(rest: str) -> bool:
    """Does the set-off part ``rest`` of a mention open with how far the source is ("around
    200 miles away from the capital", "near 30 km from the border") or how old ("ages 12 and
    13")? It places or dates the source, as a participle's clause does ("aged 12"), and is no
    part of who spoke (scan35a)."""
    first, _, after = rest.partition(" ")
    return (first.lower() in NEAR_WORDS or first.lower() in AGE_NOUNS) and (
        after[:1].isdigit())




def _contracted_pronoun(text: str) -> str:
    """The pronoun of a mention that is one contracted pronoun, as written ("I’d" is "I",
    "They've" is "They", "it’s" is "it"), else "": a contraction keeps its pronoun
    (:func:`_pronoun_of`), and the verb it carries is no part of who spoke."""
    if " " in text or ("'" not in text and "’" not in text) or not _pronoun_of(text.lower()):
        return ""
    return re.split(r"['’]", text, maxsplit=1)[0]


MIN_DESCRIBED_WORDS = 2  # "the order released Friday": the cut keeps a determiner and a noun
# (a noun alone without one: "figures released Tuesday")
# participles of coming out after a described thing ("the order released Friday", "a report
# published Tuesday", "a memo obtained by the paper"): when, not what, the source is
_ISSUING_PARTICIPLES = frozenset({"released", "published", "issued", "posted", "filed",
                                  "obtained", "unveiled", "aired", "broadcast", "circulated"})
# issuing participles that are nouns too: the phrase's head when they end it ("an updated
# broadcast", not "a report broadcast Friday"; round 33)
_NOUN_TOO = frozenset({"broadcast"})
# subject pronouns after a common noun open a contact clause ("the document he released",
# "an account she gave to the paper"): what was done with the source, not the source
_OPEN_CLAUSE_WORDS = lx.RELATIVE_PRONOUNS | {"that", "whom", "whose"}  # a clause already open


# words that cannot end a description: a clause inside it that the cue word cut
# (not a particle a verb may end with: "an employee who had followed her in")
_DANGLING_LINKS = frozenset({"and", "or", "but", "to", "by", "being", "of", "with", "for",
                             "after", "before", "than", "the", "a", "an"})
# words that open a clause set off after a described source: it says more about the source
_SET_OFF_CLAUSE = frozenset({"who", "which", "whose", "whom", "speaking", "briefed", "asked",
                             "citing", "declining", "requesting",
                             # "Powell's office, when contacted by Reuters" (nineteenth session)
                             "when", "reached", "contacted"})


# links after a person's lower-case noun that open what the person belongs to ("owner of
# ...", "a spokesman for ...", "professor at ...")
_DESCRIBED_LINKS = frozenset({"of", "for", "at"})


def _described_part(words: list[Token]) -> bool:
    """Does a part of a comma-and list open with a person's lower-case noun and a link word
    ("owner of Smith", "president of Johnson"): a description, so the list is an apposition?"""
    return len(words) > 2 and words[0].kind == "w" and not _is_cap(words[0]) and (
        words[0].low in lx.SPEAKER_NOUNS or words[0].low in lx.TITLE_WORDS) and (
        words[1].low in _DESCRIBED_LINKS)

