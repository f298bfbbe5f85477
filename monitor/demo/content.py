"""The demo's news: five invented outlets and thirty-two articles over two simulated days.

**Everything here is fictional demo content, written for this project.** The outlets
("Northern Wire", "Kyiv Ledger", "Moscow Dispatch", "Atlantic Herald", "Baltic Times Review"),
their reporters and the events are invented; the statements attributed to real officials are
invented too and were never said by them. They are written to be plausible, in the style of
wire copy, so that every stage of monitor has something to find:

- **topics**: 29 articles on the Ukraine peace process, 3 clearly off-topic (football, a
  storm, a gadget) that the topic filter must drop;
- **near-duplicates**: one wire story (Northern Wire, ``WIRE_SLUG``) carried by three more
  outlets: verbatim under a new headline with a ``KYIV (Northern Wire) -`` dateline, trimmed
  by its last two paragraphs with a ``Reporting by ...; Editing by ...`` line, and with
  curly quotes made straight and "Kiev" spelled "Kyiv"; a second story (Moscow Dispatch)
  carried by one more outlet with two paragraphs swapped;
- **rewrites**: the Hegseth story (Atlantic Herald) retold by two more outlets in their own
  words under their own headlines, grouped by the rewrite layer (``[stories] rewrites``, on
  in the demo); the Kremlin's prisoner-swap story is told twice too;
- **same topic, different news**: Peskov on the Istanbul talks (day one) and Peskov on a
  prisoner exchange (day two); a strike that kills 12 in Zaporizhzhia and one that kills 14
  in Dnipro;
- **statements** in the ways news reports them: quotes in curly and straight marks, a
  colon-introduced quote in the next paragraph, ", saying:" cues, quote paragraphs that
  inherit their speaker from the paragraph before, pronouns ("He added ..."), titles ("the
  Kremlin spokesman"), partial quotes inside reported speech, and indirect speech ("Rubio
  said that ...", "according to Peskov"). Some quotes recur across outlets (one statement,
  several sightings); Zelenskyy is also spelled Zelensky and Zelenskiy.

Times are relative: each piece says how many hours before "now" it was published, and the
weekday placeholders ``{today}`` / ``{yesterday}`` become the real weekday names of the day it
was said, so the demo always looks fresh. :func:`demo_articles` renders them for one "now".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

__all__ = [
    "OUTLETS",
    "PIECES",
    "WIRE_SLUG",
    "DemoArticle",
    "Outlet",
    "Piece",
    "demo_articles",
    "outlet_by_key",
]

FeedKind = Literal["rss", "atom"]


@dataclass(frozen=True)
class Outlet:
    """An invented news outlet and how its feed is served."""

    key: str  # URL path segment of its feed and pages
    name: str  # the outlet, as monitor stores it
    feed_name: str  # the feed's name in feeds.toml
    kind: FeedKind
    full_text: bool  # the feed carries short summaries; the full text is on the pages
    link_query: str  # appended to article links in the feed (tracking tags), or ""
    description: str
    permalink_guids: bool  # RSS: the GUID is the article URL (isPermaLink="true")


OUTLETS: tuple[Outlet, ...] = (
    Outlet("northern-wire", "Northern Wire", "Northern Wire: World", "rss", False, "",
           "World news from the Northern Wire agency desk.", False),
    Outlet("kyiv-ledger", "Kyiv Ledger", "Kyiv Ledger: Politics", "rss", True, "",
           "Politics and diplomacy from Ukraine. Summaries only; full stories on the site.",
           True),
    Outlet("moscow-dispatch", "Moscow Dispatch", "Moscow Dispatch: Russia", "rss", False, "",
           "Independent reporting on Russia and its foreign policy.", True),
    Outlet("atlantic-herald", "Atlantic Herald", "Atlantic Herald: World", "rss", False,
           "?utm_source=rss&utm_medium=feed&utm_campaign=world",
           "The Atlantic Herald world desk.", False),
    Outlet("baltic-times-review", "Baltic Times Review", "Baltic Times Review", "atom", False, "",
           "News from the Baltic and Nordic region and beyond.", False),
)


def outlet_by_key(key: str) -> Outlet:
    """The outlet with this key."""
    for outlet in OUTLETS:
        if outlet.key == key:
            return outlet
    raise KeyError(key)


@dataclass(frozen=True)
class Piece:
    """One article as written here (a template: times are relative, weekdays placeholders)."""

    outlet: str  # Outlet.key
    slug: str  # unique per outlet
    title: str
    paragraphs: tuple[str, ...]
    hours_ago: float  # published this long before "now"
    byline: str
    summary: str = ""  # the feed's summary; "" means the first paragraph
    on_topic: bool = True  # what the Ukraine-peace topic should decide
    story: str | None = None  # label of the news event, shared by its copies and rewrites
    copy_of: str | None = None  # "outlet/slug" of the original, for syndicated copies
    said_hours_ago: float | None = None  # when {today} is, if not the publication time


@dataclass(frozen=True)
class DemoArticle:
    """A piece rendered for one "now": real times and weekday names."""

    outlet: Outlet
    slug: str
    title: str
    paragraphs: tuple[str, ...]
    summary: str
    published: datetime
    byline: str
    on_topic: bool
    story: str | None
    copy_of: str | None

    @property
    def path(self) -> str:
        """The article page's path on the demo server."""
        return f"/{self.outlet.key}/{self.published:%Y/%m/%d}/{self.slug}"

    @property
    def key(self) -> str:
        """``outlet/slug``: unique across the demo."""
        return f"{self.outlet.key}/{self.slug}"

    @property
    def text(self) -> str:
        """The full text, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


# --- text helpers used to make the copies ---------------------------------------------------

_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def straight_quotes(text: str) -> str:
    """Curly quotes and apostrophes made straight, as some content systems do."""
    return text.translate(_STRAIGHT)


def _kyiv_style(text: str) -> str:
    return straight_quotes(text).replace("Kiev", "Kyiv")


# --- the wire story and its copies ----------------------------------------------------------

WIRE_SLUG = "russia-ukraine-expert-talks-ceasefire-monitoring"
WIRE_HOURS_AGO = 20.2
WIRE_TITLE = "Russia and Ukraine agree to expert talks on ceasefire monitoring, U.S. envoy says"
WIRE_BYLINE = "Olena Marchuk and Pavel Orlov"
WIRE_SIGNOFF = ("Reporting by Olena Marchuk in Kyiv and Pavel Orlov in Moscow; "
                "Editing by James Whitcombe")
WIRE_TRIMMED = 2  # paragraphs a carrying outlet cut from the end, as subeditors do

_WIRE: tuple[str, ...] = (
    "Russia and Ukraine have agreed to send military experts to talks on how a future "
    "ceasefire would be monitored, U.S. special envoy Steve Witkoff said on {today}, the first "
    "concrete step after weeks of shuttle diplomacy.",

    "Witkoff, speaking after separate meetings with both delegations, said the talks would take "
    "place in Geneva next week and would deal with “maps, lines and who watches them”.",

    "The Kremlin confirmed the plan. Spokesman Dmitry Peskov told reporters that Russia would "
    "send a delegation led by defence ministry officials, saying:",

    "“This is a technical track. It does not replace the political negotiations, and no one "
    "should expect a document next week. But if Kiev approaches this seriously, we will work "
    "seriously too.”",

    "Ukrainian President Volodymyr Zelenskyy said Kyiv’s team would be led by officers of the "
    "general staff and would insist on international monitors along the entire front line.",

    "“A ceasefire that nobody can verify is just a pause before the next offensive. We need "
    "monitors, we need clear rules, and we need partners who will say openly who broke them,” "
    "Zelenskyy said in his evening address.",

    "U.S. Secretary of State Marco Rubio said that Washington would take part in the Geneva "
    "meeting as an observer and was ready to provide satellite imagery to support monitoring.",

    "European Union foreign policy chief Kaja Kallas welcomed the talks but warned against “a "
    "ceasefire on paper only”. She said the bloc would keep its sanctions in place until Russia "
    "showed it was serious.",

    "“Pressure is what brought Moscow to this point. Relieving it now would be a mistake,” "
    "Kallas told reporters in Brussels.",
)

# --- the Moscow Dispatch story carried by the Baltic Times Review ---------------------------

PEACEKEEPERS_SLUG = "zakharova-european-peacekeepers-direct-threat"
PEACEKEEPERS_HOURS_AGO = 36.4
PEACEKEEPERS_SWAP = (4, 5)  # the carrying outlet moved the Starmer paragraph up by one

_PEACEKEEPERS: tuple[str, ...] = (
    "Russia’s foreign ministry spokeswoman Maria Zakharova on {today} rejected a British and "
    "French proposal to station European troops in Ukraine after a ceasefire, calling it an "
    "attempt to bring NATO forces to Russia’s borders “under a different flag”.",

    "Speaking at her weekly briefing, Zakharova said the plan discussed by a group of European "
    "countries had nothing to do with peace.",

    "“What they call a reassurance force is an occupation contingent in waiting. Any such "
    "deployment would be a direct threat to the security of Russia, and Moscow will treat it "
    "accordingly.”",

    "She said Russia would only accept “firm, legally binding guarantees” agreed as part of a "
    "final settlement, and not a temporary truce that would let Kyiv rearm.",

    "Foreign Minister Sergei Lavrov has made similar remarks. He told a conference in Moscow "
    "that Western troops in Ukraine in any form were “absolutely unacceptable”.",

    "British Prime Minister Keir Starmer has said the force would be there “to secure a peace, "
    "not to fight a war”, and that it would deploy only after a ceasefire.",

    "Russia and Ukraine are expected to hold a new round of talks in Istanbul, although no date "
    "has been set.",
)


def _swapped(paragraphs: tuple[str, ...], i: int, j: int) -> tuple[str, ...]:
    out = list(paragraphs)
    out[i], out[j] = out[j], out[i]
    return tuple(out)


# --- all pieces -----------------------------------------------------------------------------

PIECES: tuple[Piece, ...] = (
    # ===== day one (24-48 hours ago) ========================================================
    Piece(
        "baltic-times-review", "storm-edda-gulf-of-riga-coast",
        "Storm Edda brings gales and flooding to Gulf of Riga coast",
        (
            "Storm Edda brought gusts of up to 110 km/h and coastal flooding to the shores of the "
            "Gulf of Riga on {today}, cutting power to some 40,000 homes and halting ferry "
            "services between the mainland and the islands.",
            "The meteorological service issued its highest wind warning for the coast of "
            "Kurzeme and for Saaremaa, where sea levels rose more than a metre above normal.",
            "“The worst should pass by the evening, but the water will stay high through the "
            "night. People in low-lying areas should not return to their homes yet,” duty "
            "forecaster Liene Kalnina said.",
            "Ferry operators said crossings would resume once waves dropped below three metres, "
            "probably the next morning. Several schools in Parnu and Jurmala stayed shut.",
            "Forecasters expect calmer, colder weather for the rest of the week, with the first "
            "night frosts of the season inland.",
        ),
        46.1, "Anna Lindqvist", on_topic=False, story="weather",
    ),
    Piece(
        "moscow-dispatch", "peskov-istanbul-talks-no-date",
        "Kremlin says new Istanbul round possible but ‘no date yet’",
        (
            "The Kremlin said on {today} that a new round of direct talks with Ukraine in "
            "Istanbul was possible within weeks, but that no date had been agreed and that "
            "Moscow would not attend “for the sake of a photograph”.",
            "Kremlin spokesman Dmitry Peskov told reporters on his daily conference call that "
            "contacts with the Ukrainian side were continuing at the level of experts.",
            "“We are in favour of continuing the Istanbul format. It has already produced "
            "concrete results, first of all on humanitarian questions,” Peskov said. “But a "
            "meeting has to be properly prepared. We are not going to Istanbul for the sake of a "
            "photograph.”",
            "Asked whether President Vladimir Putin could meet Ukrainian President Volodymyr "
            "Zelenskyy, the Kremlin spokesman said such a meeting could only “crown” an "
            "agreement, not start one.",
            "According to Peskov, Turkey has offered to host the delegations again, and Moscow "
            "is grateful for the offer.",
            "Ukraine’s foreign minister, Andrii Sybiha, said earlier that Kyiv was ready to send "
            "a delegation at short notice but would not take part in talks used to buy time.",
            "“Ukraine has never been the side that delays. We are ready for a meeting tomorrow, "
            "if Moscow is ready for a real ceasefire,” Sybiha wrote on X.",
            "The last round of talks in Istanbul ended with an agreement on an exchange of "
            "prisoners of war but no progress towards a ceasefire.",
        ),
        45.3, "Irina Volkova", story="istanbul-talks",
    ),
    Piece(
        "northern-wire", "russia-open-to-more-istanbul-talks",
        "Russia open to more talks in Istanbul, says no date has been set",
        (
            "MOSCOW (Northern Wire) - Russia is open to another round of negotiations with "
            "Ukraine in Istanbul but no date has been set, the Kremlin said on {today}, as "
            "Washington pressed both sides to return to the table.",
            "“We are in favour of continuing the Istanbul format. It has already produced "
            "concrete results, first of all on humanitarian questions,” Kremlin spokesman "
            "Dmitry Peskov told reporters.",
            "He added that the Kremlin saw no point in a meeting that was not “properly "
            "prepared”, and said contacts between the two sides were continuing at expert level.",
            "U.S. special envoy Steve Witkoff said on {yesterday} he expected the two sides to "
            "meet again “before the end of the month”.",
            "Ukrainian President Volodymyr Zelenskiy has said Kyiv will attend any meeting that "
            "can bring a full and unconditional ceasefire.",
            "Previous rounds in Istanbul produced large prisoner exchanges but no agreement on "
            "ending the fighting.",
        ),
        43.2, "Pavel Orlov", story="istanbul-talks",
    ),
    Piece(
        "kyiv-ledger", "sybiha-no-land-for-ceasefire",
        "Sybiha: Ukraine will not pay for a ceasefire with its land",
        (
            "Ukraine will not give up territory in exchange for a ceasefire, Foreign Minister "
            "Andrii Sybiha said on {today}, rejecting demands from Moscow that Kyiv withdraw its "
            "troops from parts of the Donetsk region before any truce.",
            "Speaking at a news conference in Kyiv with visiting Nordic ministers, Sybiha said:",
            "“Our position is simple. A ceasefire first, along the current line, and then "
            "negotiations. Not the other way round, and not at the price of our land.”",
            "He said Ukraine was ready to discuss “all humanitarian questions” at once, "
            "including the return of deported children and an all-for-all exchange of "
            "prisoners.",
            "Russian Foreign Minister Sergei Lavrov said last week that any settlement had to "
            "reflect “the realities on the ground”, a phrase Moscow uses for its territorial "
            "claims.",
            "EU foreign policy chief Kaja Kallas, who spoke with Sybiha by phone, said that "
            "Europe would never recognise borders changed by force.",
        ),
        42.0, "Mykola Savchuk",
        summary="Ukraine’s foreign minister ruled out territorial concessions as the price of "
                "a truce.",
        story="sybiha-territory",
    ),
    Piece(
        "atlantic-herald", "starmer-macron-coalition-security-guarantees",
        "Starmer and Macron rally ‘coalition of the willing’ behind Ukraine guarantees",
        (
            "LONDON — British Prime Minister Keir Starmer and French President Emmanuel Macron "
            "on {today} pressed allies to commit troops, aircraft and money to a force that "
            "would help secure any ceasefire in Ukraine, as U.S.-led peace efforts gathered "
            "pace.",
            "Opening a video call with leaders of more than 30 countries, Starmer said:",
            "“A ceasefire is only worth something if it lasts. That means Ukraine must be "
            "strong enough to deter the next attack, and it means all of us standing behind it, "
            "not for a photograph but for years.”",
            "Macron echoed the call, saying:",
            "“Europe cannot be a spectator of its own security. If there is a peace, we will be "
            "there to guarantee it; we will not be there to wage war.”",
            "NATO Secretary General Mark Rutte, who joined the call, said that the alliance was "
            "“aligned” with Washington on the need for a lasting settlement, according to a "
            "statement from Downing Street.",
            "The Kremlin has said it will not accept troops from NATO countries in Ukraine "
            "under any flag.",
        ),
        40.1, "Claire Aubert", story="coalition-call",
    ),
    Piece(
        "northern-wire", "witkoff-return-moscow-peace-plan",
        "Witkoff says he will return to Moscow ‘very soon’ to push U.S. peace plan",
        (
            "WASHINGTON (Northern Wire) - U.S. special envoy Steve Witkoff said on {today} he "
            "would travel to Moscow again “very soon” to press the Kremlin on a U.S. plan to end "
            "the war in Ukraine, adding that the remaining differences were “fewer than people "
            "think”.",
            "Speaking to reporters at the White House, Witkoff said:",
            "“We have narrowed this down to a handful of issues. Territory is the hardest one, "
            "and everybody knows that. But I have never seen both sides this close to a "
            "framework.”",
            "He said the plan included security guarantees for Ukraine backed by European "
            "countries and a phased easing of some sanctions on Russia once a ceasefire held.",
            "Kremlin spokesman Dmitry Peskov said Moscow would “of course” receive Witkoff, but "
            "declined to say whether Putin would meet him.",
            "In Kyiv, presidential chief of staff Andriy Yermak said Ukraine would not accept "
            "any framework agreed over its head. “Nothing about Ukraine without Ukraine. That "
            "principle has not changed and it will not change,” Yermak said.",
        ),
        38.4, "Daniel Reyes", story="witkoff-moscow",
    ),
    Piece(
        "moscow-dispatch", PEACEKEEPERS_SLUG,
        "Zakharova: European ‘peacekeepers’ in Ukraine would be a ‘direct threat’ to Russia",
        _PEACEKEEPERS, PEACEKEEPERS_HOURS_AGO, "Irina Volkova", story="peacekeepers",
    ),
    Piece(
        "baltic-times-review", "moscow-warns-european-troops-direct-threat",
        "Moscow warns European troops in Ukraine would be ‘direct threat’",
        _swapped(_PEACEKEEPERS, *PEACEKEEPERS_SWAP),
        34.2, "Moscow Dispatch", story="peacekeepers",
        copy_of=f"moscow-dispatch/{PEACEKEEPERS_SLUG}", said_hours_ago=PEACEKEEPERS_HOURS_AGO,
    ),
    Piece(
        "atlantic-herald", "rubio-not-walking-away-ukraine-talks",
        "Rubio says U.S. ‘not walking away’ from Ukraine talks as envoys narrow gaps",
        (
            "WASHINGTON — Secretary of State Marco Rubio said on {today} that the United States "
            "was “not walking away” from efforts to end the war in Ukraine, even as he "
            "acknowledged that the hardest issues remained unresolved.",
            "Rubio said that the two sides had moved closer on a framework covering a "
            "ceasefire, prisoner exchanges and security guarantees, but that the question of "
            "territory was still “where this lives or dies”.",
            "“We are closer than we have been at any point, and we are not walking away. But I "
            "am not going to pretend the last mile is the easy one,” he told reporters "
            "travelling with him.",
            "Defense Secretary Pete Hegseth, speaking at the Pentagon, rejected criticism from "
            "Democrats that the administration was pressing Ukraine to make concessions:",
            "“Nobody is pushing Ukraine off a cliff. The President wants the killing to stop, "
            "and he is talking to both sides to make that happen. That is what leadership looks "
            "like.”",
            "Hegseth said that weapons deliveries already approved by Congress would continue "
            "while the talks went on.",
        ),
        32.3, "Daniel Reyes", story="rubio-framework",
    ),
    Piece(
        "northern-wire", "harbour-city-clinch-title",
        "Harbour City clinch league title with stoppage-time winner",
        (
            "Harbour City won the league title on {today} with a stoppage-time header from "
            "defender Luis Ferreira, beating Riverside Athletic 2-1 in front of a sold-out "
            "crowd.",
            "Riverside had led through a first-half penalty, and the visitors looked set to take "
            "the race to the final weekend until Ferreira rose highest from a corner in the "
            "94th minute.",
            "“This squad never stops believing. We were not at our best, but champions find a "
            "way,” coach Marta Eklund said after her first title in charge.",
            "The club’s captain, goalkeeper Sami Okafor, said the celebrations ",
            "Harbour City finish the season with a home game against bottom club Eastfield.",
        ),
        30.2, "Tom Haldane", on_topic=False, story="football",
    ),
    Piece(
        "kyiv-ledger", "zelenskyy-istanbul-must-bring-ceasefire",
        "Zelenskyy: Istanbul meeting must bring a ceasefire, not another photo",
        (
            "President Volodymyr Zelenskyy said on {today} that Ukraine was ready for another "
            "round of talks with Russia in Istanbul, but only if the meeting could produce a "
            "ceasefire rather than “another photo opportunity”.",
            "His comments came after Kremlin spokesman Dmitry Peskov said a new round was "
            "possible within weeks but that no date had been set.",
            "“We have seen enough meetings that end with nothing but pictures. If Russia comes "
            "to Istanbul with a mandate to stop the fire, Ukraine will be there the same day,” "
            "Zelenskyy said in his nightly video address.",
            "He said he had discussed the timing with U.S. special envoy Steve Witkoff and with "
            "European leaders, and that Kyiv wanted European representatives present at the "
            "next round.",
            "Andriy Yermak, the head of the presidential office, said that Ukraine’s delegation "
            "had been ready “for weeks”.",
            "Moscow has repeatedly said it wants to discuss what it calls the “root causes” of "
            "the war before agreeing to a ceasefire.",
        ),
        28.1, "Mykola Savchuk",
        summary="The president said Ukraine would go to Istanbul only for talks that can stop "
                "the fighting.",
        story="zelenskyy-istanbul",
    ),
    Piece(
        "moscow-dispatch", "lavrov-window-for-settlement",
        "Lavrov says Moscow sees ‘window’ for settlement, accuses Europe of stalling",
        (
            "Russian Foreign Minister Sergei Lavrov said on {today} that there was now “a "
            "window” for a settlement of the conflict in Ukraine, but accused European "
            "governments of trying to close it.",
            "“The Americans, at least, are talking about the causes of this conflict and not "
            "only about its consequences. We can work with that. The Europeans are doing "
            "everything to drag it out,” Lavrov told a news conference in Moscow.",
            "He said Russia had received new proposals from Washington through Witkoff and was "
            "studying them.",
            "Lavrov said that any agreement would have to include guarantees that Ukraine would "
            "not join NATO.",
            "The top Russian diplomat also said Moscow did not rule out a meeting between Putin "
            "and Zelenskiy, but only “at the final stage”.",
            "Ukrainian Foreign Minister Andrii Sybiha dismissed the remarks, saying Lavrov was "
            "“repeating the same demands in a new wrapping”.",
        ),
        26.2, "Irina Volkova", story="lavrov-window",
    ),
    # ===== day two (the last 24 hours) ======================================================
    Piece(
        "moscow-dispatch", "kremlin-prisoner-exchange-being-prepared",
        "Kremlin says new prisoner exchange with Ukraine being prepared",
        (
            "Russia and Ukraine are preparing a new exchange of prisoners of war, the Kremlin "
            "said on {today}, in what would be the largest swap since the talks in Istanbul "
            "resumed.",
            "Kremlin spokesman Dmitry Peskov said the lists had been agreed “almost completely” "
            "and that the exchange could take place within days.",
            "“Humanitarian questions are the one area where the Istanbul format has really "
            "worked. We hope the exchange will happen soon, and we are grateful to the "
            "mediators,” Peskov said.",
            "According to Peskov, the exchange will include wounded soldiers and civilians.",
            "Ukrainian officials confirmed that the lists were being finalised but gave no "
            "figures.",
            "Zelenskyy has called the return of prisoners “a priority that does not wait for "
            "politics”.",
        ),
        21.3, "Irina Volkova", story="prisoner-exchange",
    ),
    Piece(
        "northern-wire", WIRE_SLUG, WIRE_TITLE, _WIRE, WIRE_HOURS_AGO, WIRE_BYLINE,
        story="geneva-expert-talks",
    ),
    Piece(
        "kyiv-ledger", "russia-ukraine-expert-talks-ceasefire-monitoring",
        _kyiv_style(WIRE_TITLE),
        tuple(_kyiv_style(p) for p in _WIRE),
        19.4, "Northern Wire",
        summary="Military experts from both sides will meet in Geneva next week, the U.S. "
                "envoy said.",
        story="geneva-expert-talks", copy_of=f"northern-wire/{WIRE_SLUG}",
        said_hours_ago=WIRE_HOURS_AGO,
    ),
    Piece(
        "northern-wire", "russia-ukraine-finalising-prisoner-swap",
        "Russia, Ukraine finalising lists for large prisoner swap, Kremlin says",
        (
            "MOSCOW (Northern Wire) - Russia and Ukraine have almost finished drawing up lists "
            "for a large exchange of prisoners of war, the Kremlin said on {today}, a rare area of "
            "progress in the stalled peace talks.",
            "“Humanitarian questions are the one area where the Istanbul format has really "
            "worked,” Kremlin spokesman Dmitry Peskov told reporters.",
            "Peskov said the exchange would include wounded soldiers and could take place "
            "“within days”.",
            "Kyiv did not immediately comment. Ukrainian officials have said previously that "
            "they want an all-for-all exchange.",
            "The two sides have carried out dozens of exchanges since 2022, many of them "
            "mediated by the United Arab Emirates and Turkey.",
        ),
        18.9, "Pavel Orlov", story="prisoner-exchange", said_hours_ago=21.3,
    ),
    Piece(
        "atlantic-herald", "moscow-kyiv-expert-talks-truce-monitoring-geneva",
        "Moscow and Kyiv to hold expert-level talks on truce monitoring in Geneva",
        ("KYIV (Northern Wire) - " + _WIRE[0], *_WIRE[1:]),
        18.1, "Northern Wire", story="geneva-expert-talks",
        copy_of=f"northern-wire/{WIRE_SLUG}", said_hours_ago=WIRE_HOURS_AGO,
    ),
    Piece(
        "baltic-times-review", "russia-ukraine-expert-talks-us-envoy",
        "Russia, Ukraine to hold expert talks on ceasefire monitoring – U.S. envoy",
        (*_WIRE[:-WIRE_TRIMMED], WIRE_SIGNOFF),
        17.0, "Northern Wire", story="geneva-expert-talks",
        copy_of=f"northern-wire/{WIRE_SLUG}", said_hours_ago=WIRE_HOURS_AGO,
    ),
    Piece(
        "northern-wire", "missile-strike-zaporizhzhia-kills-12",
        "Russian missile strike on Zaporizhzhia kills 12, officials say",
        (
            "ZAPORIZHZHIA, Ukraine (Northern Wire) - A Russian missile strike on the southern "
            "Ukrainian city of Zaporizhzhia killed 12 people and wounded at least 30 overnight, "
            "regional officials said on {today}, hours after Moscow and Kyiv agreed to talks on "
            "monitoring a ceasefire.",
            "Two missiles hit a residential district and a bus depot shortly after midnight, "
            "the regional administration said. Rescue teams were still searching the rubble of "
            "a five-storey building in the morning.",
            "Zelenskiy said the attack showed why Ukraine needed air defence more than "
            "promises. “Russia talks about a technical track in the daytime and launches "
            "ballistic missiles at night,” he wrote on Telegram.",
            "Russia’s defence ministry said it had struck “military-industrial facilities” in "
            "the region. It did not mention civilian casualties.",
            "The strike was the deadliest in Zaporizhzhia in more than a month.",
        ),
        14.2, "Olena Marchuk", story="strike-zaporizhzhia",
    ),
    Piece(
        "atlantic-herald", "hegseth-europeans-carry-ukraine-guarantees",
        "Hegseth tells Europeans they must carry the weight of Ukraine guarantees",
        (
            "BRUSSELS — U.S. Defense Secretary Pete Hegseth told European allies on {today} "
            "that they would have to provide the bulk of any security guarantees for Ukraine "
            "after a ceasefire, and that American troops would not be part of a force on the "
            "ground.",
            "“The United States will support, the United States will help with what only we "
            "can do, but the boots on the ground will be European boots,” Hegseth said at a "
            "meeting of defence ministers.",
            "He added that Washington expected allies to “put real numbers on the table” "
            "before the Geneva talks.",
            "NATO Secretary General Mark Rutte said that Europe had “heard the message” and was "
            "ready to lead.",
            "“Europe is stepping up, and Ukraine will not be left alone. That is not a promise, "
            "that is a plan,” Rutte told reporters after the meeting.",
            "Russia has warned that any European troops in Ukraine would be a legitimate "
            "target.",
        ),
        13.1, "Claire Aubert", story="hegseth-guarantees",
    ),
    # two rewrites of the Hegseth story: the same event in the outlets' own words (no shared
    # sentences, other headlines), grouped by the rewrite layer ([stories] rewrites)
    Piece(
        "kyiv-ledger", "hegseth-european-troops-ukraine-guarantees",
        "Europe must supply the troops to guarantee Ukraine's ceasefire, Hegseth tells NATO",
        (
            "BRUSSELS — European countries, not the United States, will have to put soldiers "
            "on the ground to guarantee a ceasefire in Ukraine, U.S. Defense Secretary Pete "
            "Hegseth told NATO defence ministers on {today}.",
            "Hegseth said Washington would back a European-led force with what only America "
            "could offer, but ruled out sending American troops: the boots on the ground, he "
            "said, would be European.",
            "He urged the allies to put real numbers of troops on the table before the Geneva "
            "talks.",
            "NATO Secretary General Mark Rutte said Europe had heard the message and was ready "
            "to lead the security guarantees for Ukraine.",
            "Moscow has said it would treat European troops in Ukraine as a legitimate target.",
        ),
        12.4, "Mykola Savchuk", story="hegseth-guarantees",
    ),
    Piece(
        "baltic-times-review", "european-boots-ukraine-security-hegseth",
        "'European boots': Washington leaves Ukraine's post-war security to Europe",
        (
            "The United States will not send troops to police a ceasefire in Ukraine, Pete "
            "Hegseth told his European counterparts in Brussels on {today}, leaving the bulk of "
            "the security guarantees to Europe.",
            "American support would be limited to what only the U.S. can provide, the defence "
            "secretary told the meeting of NATO defence ministers; the force on the ground "
            "would be made of European boots.",
            "NATO chief Mark Rutte said Europe was stepping up and Ukraine would not be left "
            "alone.",
            "Allies are expected to put troop numbers on the table before the Geneva talks. "
            "Russia has warned it would target any European force deployed in Ukraine.",
        ),
        11.6, "Tomas Berzins", story="hegseth-guarantees",
    ),
    Piece(
        "kyiv-ledger", "russian-strike-dnipro-kills-14",
        "Russian strike on Dnipro kills 14, including two children",
        (
            "At least 14 people, including two children, were killed when Russian missiles "
            "and drones struck the city of Dnipro on {today} morning, regional officials said, "
            "in the second deadly attack on a Ukrainian city in a day.",
            "The strike hit an industrial area and a residential block on the city’s left "
            "bank. Emergency services said 41 people had been wounded, nine of them seriously.",
            "Foreign Minister Andrii Sybiha called on partners to respond with more air "
            "defence systems and tighter sanctions, saying:",
            "\"Every strike like this is Moscow's answer to every peace proposal. The world "
            "should stop reading the Kremlin's words and start counting its missiles.\"",
            "President Volodymyr Zelenskyy said Ukraine had passed the coordinates of the "
            "launch sites to its partners. He added that air defence remained the \"first and "
            "most urgent\" request to allies.",
            "The city declared a day of mourning.",
        ),
        12.2, "Mykola Savchuk",
        summary="At least 14 people were killed when Russian missiles hit Dnipro, officials "
                "said.",
        story="strike-dnipro",
    ),
    Piece(
        "moscow-dispatch", "zakharova-mocks-kallas-sanctions",
        "Zakharova mocks EU’s Kallas over sanctions remarks",
        (
            "Russian foreign ministry spokeswoman Maria Zakharova on {today} ridiculed remarks "
            "by EU foreign policy chief Kaja Kallas, who said sanctions on Russia should stay in "
            "place until a ceasefire was working.",
            "“Mrs Kallas has discovered that sanctions are the only thing the European Union "
            "still knows how to do. It is not diplomacy; it is a habit,” Zakharova wrote on "
            "Telegram.",
            "She added that the EU had “excluded itself” from the negotiations by choosing to "
            "arm Kyiv.",
            "Kallas said in Brussels that pressure on Moscow had brought it to the negotiating "
            "table and that easing it now would be a mistake.",
            "Russia’s foreign ministry has accused European capitals for months of trying to "
            "derail U.S.-brokered peace efforts.",
        ),
        11.0, "Irina Volkova", story="zakharova-kallas",
    ),
    Piece(
        "baltic-times-review", "kallas-sanctions-until-ceasefire-verified",
        "Kallas: EU to keep sanctions on Russia until ceasefire is verified",
        (
            "TALLINN — European Union foreign policy chief Kaja Kallas said on {today} that the "
            "bloc would not lift a single sanction on Russia before a ceasefire in Ukraine had "
            "been verified by international monitors.",
            "“Pressure is what brought Moscow to this point. Relieving it now would be a "
            "mistake,” Kallas said, repeating a line she used in Brussels.",
            "She said EU ministers would discuss a new package of sanctions next month, "
            "targeting tankers that carry Russian oil.",
            "Kallas also said that Europe must have a seat at the table. “Any deal that is "
            "made over the heads of Ukrainians and Europeans will not hold,” she said.",
            "Russia’s foreign ministry has accused the EU of trying to sabotage the talks.",
        ),
        10.1, "Tomas Berzins", story="kallas-sanctions",
    ),
    Piece(
        "northern-wire", "macron-zelenskiy-european-role-monitoring",
        "Macron, Zelenskiy discuss European role in ceasefire monitoring",
        (
            "PARIS (Northern Wire) - French President Emmanuel Macron and Ukrainian President "
            "Volodymyr Zelenskiy discussed on {today} how European countries could take part "
            "in monitoring a ceasefire, the Elysee said.",
            "Macron told Zelenskiy that France was ready to contribute “observers, technology "
            "and, if needed, more”, according to a statement from his office.",
            "“Monitoring is where Europe can make a difference from the first hour of a "
            "ceasefire. France is ready,” Macron wrote on X after the call.",
            "Zelenskiy said on Telegram that the two leaders had agreed to coordinate their "
            "positions before the Geneva talks.",
            "Kremlin spokesman Dmitry Peskov said earlier that the role of Europeans in "
            "monitoring was “a subject for discussion” and had not been agreed.",
        ),
        9.2, "Claire Aubert", story="macron-zelenskiy-call",
    ),
    Piece(
        "atlantic-herald", "lumora-folding-e-reader",
        "Lumora unveils folding e-reader with week-long battery",
        (
            "SAN FRANCISCO — Consumer electronics start-up Lumora on {today} unveiled a folding "
            "e-reader with a colour screen and a battery it says lasts a week of daily reading.",
            "The device, which opens like a paperback to a 10-inch display, will go on sale next "
            "month for $249, undercutting the larger rivals in the market.",
            "“People told us they wanted a bigger page without a heavier bag. This is that "
            "device,” chief executive Priya Natarajan said at the launch event.",
            "Analysts said the hinge, which Lumora claims survives 200,000 folds, would decide "
            "whether the product wins over readers who have had poor experiences with folding "
            "phones.",
            "The company also announced a subscription service for comics and magazines.",
        ),
        8.0, "Hannah Brooks", on_topic=False, story="gadget",
    ),
    Piece(
        "kyiv-ledger", "zelenskyy-full-ceasefire-first-day-monitors",
        "Zelenskyy says Ukraine ready for full ceasefire ‘from the first day’ of monitoring",
        (
            "Ukraine is ready to halt all fire on land, at sea and in the air from the first "
            "day that international monitors are in place, President Volodymyr Zelenskyy said "
            "in his evening address on {today}.",
            "“We are not asking for anything that is not fair. Stop the fire, put monitors on "
            "the line, and then let us talk about everything else. Ukraine is ready to do it "
            "from the first day,” Zelenskyy said.",
            "He said Ukraine’s military experts would bring detailed proposals to the technical "
            "talks in Geneva next week.",
            "Moscow has so far rejected monitors from European countries that support Kyiv. "
            "Russia’s foreign ministry spokeswoman Maria Zakharova has said:",
            "“What they call a reassurance force is an occupation contingent in waiting. Any "
            "such deployment would be a direct threat to the security of Russia, and Moscow "
            "will treat it accordingly.”",
            "Zelenskyy’s chief of staff, Andriy Yermak, said in response that the make-up of a "
            "monitoring mission was “a question for the negotiators, not for the Russian "
            "foreign ministry’s Telegram channel”.",
        ),
        6.1, "Mykola Savchuk",
        summary="Ukraine is ready for a complete ceasefire as soon as monitoring is agreed, the "
                "president said.",
        story="zelenskyy-full-ceasefire",
    ),
    Piece(
        "atlantic-herald", "rubio-sanctions-relief-not-on-table",
        "Rubio: sanctions relief for Russia ‘not on the table’ until ceasefire holds",
        (
            "WASHINGTON — Secretary of State Marco Rubio said on {today} that the United States "
            "would not ease sanctions on Russia until a ceasefire in Ukraine was “holding and "
            "verified”, pushing back against reports that relief had been offered to Moscow.",
            "Rubio told reporters that any easing would come “step by step” and only in return "
            "for Russian steps.",
            "“There is no sanctions relief on the table today. There is a sequence: first the "
            "guns go quiet, then we verify, then we talk about the rest,” Rubio said.",
            "Kremlin spokesman Dmitry Peskov said earlier that Moscow had “not asked anyone” "
            "for sanctions relief.",
            "Ukrainian Foreign Minister Andrii Sybiha welcomed the remarks. “This is exactly the "
            "right order,” Sybiha wrote on X.",
        ),
        5.2, "Daniel Reyes", story="rubio-sanctions",
    ),
    Piece(
        "moscow-dispatch", "kremlin-no-putin-trump-call-for-now",
        "Kremlin says no Putin-Trump call planned ‘for now’",
        (
            "The Kremlin said on {today} that no telephone call between President Vladimir "
            "Putin and U.S. President Donald Trump was planned “for now”, but that one could be "
            "arranged quickly if needed.",
            "“There are no concrete plans at the moment. The presidents can speak whenever they "
            "consider it necessary, and the channels are working,” Kremlin spokesman Dmitry "
            "Peskov said.",
            "Peskov said that contacts with the U.S. side on Ukraine were continuing through "
            "Witkoff and through the foreign ministries.",
            "He declined to comment on reports that Washington had proposed a summit once the "
            "technical talks in Geneva were over. “Let us not run ahead,” he said.",
            "The White House has said it wants a ceasefire agreed before any meeting of the "
            "two presidents.",
        ),
        4.6, "Irina Volkova", story="putin-trump-call",
    ),
    Piece(
        "kyiv-ledger", "yermak-geneva-delegation-experts",
        "Yermak: Ukraine’s Geneva delegation will be experts, not politicians",
        (
            "Ukraine’s delegation to the technical talks in Geneva will include military "
            "officers, border specialists and humanitarian experts, the head of the presidential "
            "office, Andriy Yermak, said on {today}.",
            "“We are sending people who know every kilometre of the front line. This is not a "
            "political delegation, and it will not make political concessions,” Yermak said in "
            "a statement.",
            "He added that Ukraine had asked the United States and European partners to take "
            "part as observers.",
            "According to Yermak, the first session will focus on the line of contact and on "
            "how violations would be recorded and reported.",
            "The Kremlin has said that its delegation will be led by defence ministry officials.",
        ),
        4.1, "Mykola Savchuk",
        summary="The head of the presidential office named the make-up of Ukraine’s team for "
                "the talks.",
        story="yermak-delegation",
    ),
    Piece(
        "baltic-times-review", "nordic-baltic-leaders-back-zelensky-ceasefire",
        "Nordic and Baltic leaders back Zelensky’s call for full ceasefire with monitors",
        (
            "RIGA — Leaders of the Nordic and Baltic countries on {today} backed Ukrainian "
            "President Volodymyr Zelensky’s offer of a full ceasefire once international "
            "monitors are in place, and said they were ready to send observers.",
            "“We are not asking for anything that is not fair. Stop the fire, put monitors on "
            "the line, and then let us talk about everything else,” Zelensky said in his "
            "evening address.",
            "In a joint statement, the eight leaders said a ceasefire had to be "
            "“comprehensive, verifiable and unconditional”.",
            "British Prime Minister Keir Starmer, who spoke with Zelensky by phone, said that "
            "the offer “puts the ball firmly in Moscow’s court”.",
            "Starmer’s office said he had also briefed NATO Secretary General Mark Rutte.",
        ),
        3.5, "Tomas Berzins", story="nordic-baltic-ceasefire",
    ),
)


def _weekday(moment: datetime) -> str:
    return moment.strftime("%A")


def _fill(text: str, said: datetime) -> str:
    return (text.replace("{today}", _weekday(said))
            .replace("{yesterday}", _weekday(said - timedelta(days=1))))


def demo_articles(now: datetime) -> list[DemoArticle]:
    """Every piece rendered for ``now`` (timezone-aware), oldest first."""
    out: list[DemoArticle] = []
    for piece in sorted(PIECES, key=lambda p: -p.hours_ago):
        published = (now - timedelta(hours=piece.hours_ago)).replace(microsecond=0)
        said_ago = piece.said_hours_ago if piece.said_hours_ago is not None else piece.hours_ago
        said = now - timedelta(hours=said_ago)
        paragraphs = tuple(_fill(p, said) for p in piece.paragraphs)
        summary = _fill(piece.summary, said) if piece.summary else paragraphs[0]
        out.append(DemoArticle(
            outlet=outlet_by_key(piece.outlet), slug=piece.slug, title=_fill(piece.title, said),
            paragraphs=paragraphs, summary=summary, published=published, byline=piece.byline,
            on_topic=piece.on_topic, story=piece.story, copy_of=piece.copy_of))
    return out

