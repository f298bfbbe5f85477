"""Run the demo: serve the demo feeds locally, run the pipeline over them, print what it found.

::

    result = run_demo(sys.stdout)                 # a temporary folder, removed at the end
    result = run_demo(out, keep=Path("demo"))     # database and config kept in ./demo

Steps: render the fictional content (:mod:`monitor.demo.content`) for "now"; start
:class:`~monitor.demo.server.DemoServer` on 127.0.0.1; write a config folder (monitor.toml
with ``allowed_networks = ["127.0.0.1/32"]``, feeds.toml pointing at the server, copies of the
project's topics.toml and officials.toml) and a SQLite database; migrate it; sync the feeds;
then poll three times on a simulated clock (:data:`PASSES`):

1. **yesterday** (24 h ago): the server shows only the first day's articles; this is each
   feed's first fetch, its backlog (stored, and by design not alerted);
2. **today** (3 h ago): the server shows the second day too; new articles flow through stories,
   statements and alerts;
3. **now**: nothing changed, so every feed answers ``304 Not Modified`` to its ETag.

Every fetch goes through :class:`LoopbackFetcher`, which refuses anything but 127.0.0.1 and
records each URL. Then the printing: a sequence of section functions (:data:`SECTIONS`), each
``(result, printer) -> None``; later parts (stories, statements, alerts) add theirs to the
list. Text from feeds is printed through :meth:`Printer.safe`, which removes control
characters, so a feed cannot drive the terminal.
"""

from __future__ import annotations

import json
import shlex
import shutil
import sys
import tempfile
import textwrap
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TextIO
from urllib.parse import urlsplit

import monitor
from monitor.config import Settings, load_settings
from monitor.demo.content import OUTLETS, DemoArticle, demo_articles
from monitor.demo.server import DemoServer, ReceivedMail, RequestRecord, SmtpSink, WebhookPost
from monitor.fetch import settings_from_config
from monitor.fetch.guard import Resolver
from monitor.fetch.http import Fetcher, FetchRequest, FetchSettings
from monitor.pipeline import PassReport, Pipeline
from monitor.storage import articles as article_store
from monitor.storage import migrate
from monitor.storage.engine import create_engine_for, session_factory
from monitor.storage.models import Article as ArticleRow
from monitor.types import FetchFailure, FetchResult

if TYPE_CHECKING:  # the demo is an edge, like the CLI: it holds the engine and sessions
    from sqlalchemy import Engine  # noqa: TID251
    from sqlalchemy.orm import Session, sessionmaker  # noqa: TID251

    from monitor.alerts import DispatchReport

__all__ = [
    "PASSES",
    "SECTIONS",
    "DemoPass",
    "DemoResult",
    "KeptArticle",
    "LoopbackFetcher",
    "PassPlan",
    "Printer",
    "Section",
    "demo_monitor_toml",
    "run_demo",
]

LOOPBACK_HOST = "127.0.0.1"
DEFAULT_WIDTH = 96  # columns: readable in an 80-100 column terminal
MIN_WIDTH, MAX_WIDTH = 80, 100
DB_FILE = "demo.db"
CONFIG_DIR = "config"
PROJECT_CONFIG = Path(monitor.__file__).resolve().parents[1] / "config"
COPIED_CONFIG = ("topics.toml", "officials.toml")  # the project's own, when present

# The fallback topic, used only when the project has no config/topics.toml: the demo must
# still show topics at work. The real query lives in config/topics.toml.
FALLBACK_TOPICS_TOML = """\
# Written by `monitor demo` because config/topics.toml was not found.
[topic.ukraine-peace]
description = "The Ukraine peace process (demo fallback query)"
query = '''
Ukrain* OR Kyiv OR Kiev OR Kremlin OR Zelensk* OR "peace talks" OR ceasefire OR truce
'''
"""


@dataclass(frozen=True)
class PassPlan:
    """One poll of the demo on the simulated clock."""

    label: str
    hours_ago: float  # the simulated time of the poll, before "now"
    about: str  # one line for the reader


# The simulated time line. The second poll is 3 h before "now" (and every demo article is at
# least 3.5 h old, so it sees them all); the third is at "now", 3 h later: more than the
# demo's max_interval (2 h) plus jitter, so every feed is due again and answers 304.
PASSES: tuple[PassPlan, ...] = (
    PassPlan("yesterday", 24.0, "first look at each feed: its backlog is stored, not alerted"),
    PassPlan("today", 3.0, "the second day's articles arrive: new stories and statements"),
    PassPlan("now", 0.0, "nothing changed since: conditional GET with the ETag, 304"),
)

# monitor.toml of the demo. Poll intervals are short and the timeouts small: everything is on
# this machine, so a slow answer is a bug to show, not a network to wait for.
DEMO_MONITOR_TOML = """\
# Written by `monitor demo`. The feeds are served by its local server (127.0.0.1), which stops
# when the demo ends: re-polling them later fails, by design. Everything else works.

[database]
url = {db_url}
migrate_on_start = true

[poll]
interval = "1h"
min_interval = "5m"
max_interval = "2h"
jitter = 0.1

[fetch]
allowed_networks = ["127.0.0.1/32"]   # the demo server is on loopback, which is otherwise refused
deadline = "10s"
connect_timeout = "5s"
read_timeout = "5s"

[logging]
level = "WARNING"

[stories]
rewrites = true                # group rewrites (one event in other words) too; off by default
rewrite_accept = 0.45          # the default (0.22) is measured on thousands of articles; over
rewrite_accept_named = 0.45    # thirty, rare words are not rare enough to tell one day's
                               # same-topic news apart (strikes, talks), so the demo asks more
rewrite_people = 0             # ...and a person named once is no evidence either over thirty
                               # (two events joined through a minister named once)

[statements]
lookback_days = 30
"""


WEBHOOK_SECRET_FILE = "secrets/webhook-url"  # the webhook URL is a secret: kept in a file
MAX_DISPATCH_ROUNDS = 50  # claims of the outbox; each takes up to CLAIM_BATCH (20) rows

# Alert channels on the demo's own sinks: an SMTP sink for the press office, which follows the
# Kremlin's voices, and a webhook sink for the newsroom, which gets every tracked official.
DEMO_ALERTS_TOML = """\
[alerts]
alert_first_fetch = false      # the first poll is each feed's backlog: recorded, not sent

[alerts.channels.press-office]
type = "email"
host = "127.0.0.1"
port = {smtp_port}
security = "none"              # plain SMTP is accepted on loopback only
from = "monitor demo <monitor@demo.invalid>"
to = ["press-office@demo.invalid"]
officials = ["peskov", "zakharova", "lavrov"]

[alerts.channels.newsroom]
type = "slack"
webhook_url_file = "{webhook_file}"
"""


def demo_alerts_toml(smtp_port: int) -> str:
    """The ``[alerts]`` part of the demo's monitor.toml, for an SMTP sink on ``smtp_port``."""
    return DEMO_ALERTS_TOML.format(smtp_port=smtp_port, webhook_file=WEBHOOK_SECRET_FILE)


def demo_monitor_toml(db_url: str, extra: str = "") -> str:
    """The demo's monitor.toml; ``extra`` is appended (e.g. alert channels to local sinks)."""
    text = DEMO_MONITOR_TOML.format(db_url=json.dumps(db_url))
    return text + ("\n" + extra if extra else "")


# --- fetching: loopback only, every URL recorded ------------------------------------------


class LoopbackFetcher(Fetcher):
    """A :class:`Fetcher` that refuses every host but 127.0.0.1 and records what it fetched."""

    def __init__(self, settings: FetchSettings | None = None, *,
                 resolver: Resolver | None = None) -> None:
        super().__init__(settings, resolver=resolver)
        self.fetched: list[str] = []
        self.refused: list[str] = []

    def fetch(self, request: FetchRequest | str) -> FetchResult:
        """Fetch ``request`` if it is on 127.0.0.1; otherwise a ``blocked_address`` failure."""
        url = request if isinstance(request, str) else request.url
        if urlsplit(url).hostname != LOOPBACK_HOST:
            self.refused.append(url)
            return FetchFailure(url, "blocked_address",
                                "The demo fetches from 127.0.0.1 only.")
        self.fetched.append(url)
        return super().fetch(request)


class SimulatedClock:
    """A clock the demo moves by hand: the pipeline's idea of "now"."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


# --- the result ---------------------------------------------------------------------------


@dataclass(frozen=True)
class KeptArticle:
    """A stored article, read back from the database after the passes."""

    id: int
    source: str
    title: str
    url: str
    topics: tuple[str, ...]
    published_at: datetime | None
    text: str
    story_id: int | None
    copy_of_id: int | None
    demo: DemoArticle | None  # the demo piece it came from
    from_page: bool  # its text came from the article page (full-text feed)


@dataclass(frozen=True)
class DemoPass:
    """One poll: its plan, the simulated time and what the pipeline reported."""

    plan: PassPlan
    at: datetime
    report: PassReport
    visible: int  # articles the server published at that time


@dataclass
class DemoResult:
    """Everything the demo did, for the printing sections and for tests.

    ``sessions`` works while the sections print, and afterwards only with ``keep``.
    """

    now: datetime
    base_url: str
    workdir: Path
    config_dir: Path
    db_url: str
    keep: bool
    settings: Settings
    sessions: sessionmaker[Session]
    content: list[DemoArticle]
    passes: list[DemoPass] = field(default_factory=list)
    kept: list[KeptArticle] = field(default_factory=list)
    dropped: list[DemoArticle] = field(default_factory=list)  # items the topics filtered out
    requests: list[RequestRecord] = field(default_factory=list)
    fetched: list[str] = field(default_factory=list)  # every URL the fetcher asked for
    refused: list[str] = field(default_factory=list)  # URLs refused (not on 127.0.0.1)
    notes: list[str] = field(default_factory=list)  # set-up remarks worth printing
    server: DemoServer | None = None  # stopped once run_demo returns (webhook_posts stay)
    alerts: bool = False  # alert channels were set up on the local sinks
    dispatches: list[DispatchReport] = field(default_factory=list)  # each dispatcher round
    emails: list[ReceivedMail] = field(default_factory=list)  # what the SMTP sink received
    webhook_posts: list[WebhookPost] = field(default_factory=list)  # what the webhook got

    def kept_by_outlet(self) -> dict[str, list[KeptArticle]]:
        """Kept articles per outlet, in the demo's outlet order, oldest first."""
        order = {o.name: i for i, o in enumerate(OUTLETS)}
        out: dict[str, list[KeptArticle]] = {}
        for article in sorted(self.kept, key=lambda a: (order.get(a.source, len(order)),
                                                        a.published_at or self.now, a.id)):
            out.setdefault(article.source, []).append(article)
        return out


# --- printing -----------------------------------------------------------------------------

_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                           "\u2066\u2067\u2068\u2069")


def terminal_safe(text: str) -> str:
    """``text`` on one line, without control characters (C0, C1, DEL) or bidi overrides.

    Feed text is untrusted: an ESC byte would let it move the cursor, recolour or retitle the
    terminal; bidi overrides can make printed text read differently from what it is.
    """
    kept = [" " if ch in "\t\n\r\f\v" else ch for ch in text
            if not (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
            and ch not in _BIDI_CONTROLS]
    return " ".join("".join(kept).split())


class Printer:
    """Writes the demo's sections: headings, lines cut to the width, safe text."""

    def __init__(self, out: TextIO, width: int = DEFAULT_WIDTH) -> None:
        self.out = out
        self.width = max(MIN_WIDTH, min(MAX_WIDTH, width))

    @staticmethod
    def safe(text: str) -> str:
        """Untrusted text made safe for a terminal (see :func:`terminal_safe`)."""
        return terminal_safe(text)

    def fit(self, text: str, room: int) -> str:
        """``text`` cut to ``room`` columns with an ellipsis."""
        return text if len(text) <= room else text[: max(room - 1, 0)].rstrip() + "…"

    def line(self, text: str = "", indent: int = 0) -> None:
        """One line (already safe text), indented and cut to the width."""
        self.out.write((" " * indent + self.fit(text, self.width - indent)).rstrip() + "\n")

    def verbatim(self, text: str, indent: int = 0) -> None:
        """One line never cut (commands to copy); the caller makes it safe."""
        self.out.write(" " * indent + text + "\n")

    def heading(self, title: str) -> None:
        """A section heading: a blank line, then ``== Title ====``."""
        bar = f"== {title} "
        self.out.write("\n" + bar + "=" * max(self.width - len(bar), 3) + "\n")

    def wrap(self, text: str, indent: int = 2) -> None:
        """A paragraph wrapped to the width."""
        for row in textwrap.wrap(text, self.width - indent) or [""]:
            self.line(row, indent)


Section = Callable[[DemoResult, Printer], None]


def _when(moment: datetime | None) -> str:
    return moment.astimezone(UTC).strftime("%a %H:%M") if moment else "--- --:--"


def section_intro(result: DemoResult, p: Printer) -> None:
    """What the demo is and where its feeds come from."""
    outlets = len({a.outlet.key for a in result.content})
    p.wrap(f"monitor demo: {outlets} invented outlets, {len(result.content)} fictional "
           "articles over two simulated days.", 0)
    p.wrap("Outlets, articles and quotes are fictional, written for this demo.", 0)
    p.wrap(f"Feeds served from {result.base_url}; nothing leaves this machine.", 0)
    p.wrap(f"Database: {'kept' if result.keep else 'temporary'} SQLite; the pipeline polls "
           f"{len(result.passes)} times on a simulated clock.", 0)
    for note in result.notes:
        p.wrap(f"note: {p.safe(note)}", 0)


def _outcome(outcome: str, error: str | None) -> str:
    if outcome == "ok":
        return "ok (200)"
    if outcome == "not_modified":
        return "not modified (304)"
    if outcome == "error":
        return f"error: {terminal_safe(error or '')}"
    return outcome


def section_feeds(result: DemoResult, p: Printer) -> None:
    """The polls: each feed's outcome, items and new articles."""
    p.heading("Feeds polled")
    names = {o.feed_name: i for i, o in enumerate(OUTLETS)}
    for number, run in enumerate(result.passes, 1):
        p.line(f"Poll {number}, {run.plan.label} ({run.at:%Y-%m-%d %H:%M} UTC):")
        p.line(run.plan.about, 2)
        p.line(f"{'FEED':<28} {'OUTCOME':<22} {'ITEMS':>5} {'NEW':>4}", 2)
        for feed in sorted(run.report.feeds, key=lambda f: names.get(f.feed, len(names))):
            items = str(feed.items) if feed.outcome == "ok" else "-"
            p.line(f"{p.fit(p.safe(feed.feed), 28):<28} "
                   f"{p.fit(_outcome(feed.outcome, feed.error), 22):<22} "
                   f"{items:>5} {feed.new_articles:>4}", 2)
        p.line(f"{len(run.report.feeds)} feeds, {run.report.new_articles} new articles, "
               f"{run.report.failures} failed", 2)


def section_articles(result: DemoResult, p: Printer) -> None:
    """The articles kept, per outlet, and the off-topic items dropped."""
    total = len(result.content)
    p.heading(f"Articles kept: {len(result.kept)} of {total} items "
              f"({len(result.dropped)} off-topic dropped)")
    p.line("Per outlet, oldest first (times UTC), with the topics each matched:")
    lead = 2 + 9 + 2  # indent, "Thu 02:41", gap
    for outlet, articles in result.kept_by_outlet().items():
        p.line(f"{p.safe(outlet)} ({len(articles)})")
        for a in articles:
            tag = f"[{p.safe(', '.join(a.topics) or '-')}]"
            rows = textwrap.wrap(p.safe(a.title), p.width - lead) or [""]
            if len(rows[-1]) + 2 + len(tag) <= p.width - lead:
                rows[-1] += "  " + tag
            else:
                rows.append(tag)
            p.line(f"{_when(a.published_at)}  {rows[0]}", 2)
            for row in rows[1:]:
                p.line(row, lead)
            if a.from_page:
                summary = len(a.demo.summary) if a.demo else 0
                p.line(f"text from the article page: {len(a.text):,} characters "
                       f"(the feed gave {summary})", lead)
    if result.dropped:
        p.line(f"Dropped as off-topic ({len(result.dropped)}):")
        for d in result.dropped:
            p.line(f"{_when(d.published)}  {p.safe(d.outlet.name)}: {p.safe(d.title)}", 2)


def section_next_steps(result: DemoResult, p: Printer) -> None:
    """How to explore further."""
    p.heading("Next")
    if result.keep:
        base = (f"monitor --db {shlex.quote(result.db_url)} "
                f"--config {shlex.quote(str(result.config_dir))}")
        p.line("The database and configuration are kept. Explore them with, for example:")
        for command in ("articles list", "feeds list", "alerts list", "status"):
            p.verbatim(f"{base} {command}", 2)
        p.line("(the demo's servers have stopped: polling or alerting again will fail)")
    else:
        p.line("Run `monitor demo --keep DIR` to keep the database and config and explore them.")


# The printing, in order. Later parts add their sections before section_next_steps, e.g.
# ``SECTIONS.insert(SECTIONS.index(section_next_steps), section_stories)``.
SECTIONS: list[Section] = [section_intro, section_feeds, section_articles, section_next_steps]


# --- running ------------------------------------------------------------------------------


def _write_config(config_dir: Path, db_url: str, server: DemoServer,
                  extra_config: str) -> list[str]:
    """Write the demo's config folder; return remarks for the reader."""
    notes: list[str] = []
    config_dir.mkdir(parents=True, exist_ok=True)
    secret = config_dir / WEBHOOK_SECRET_FILE
    secret.parent.mkdir(parents=True, exist_ok=True)
    secret.write_text(server.webhook_url + "\n", encoding="utf-8")
    (config_dir / "monitor.toml").write_text(demo_monitor_toml(db_url, extra_config),
                                             encoding="utf-8")
    lines = ["# Written by `monitor demo`: its local server's feeds.", ""]
    for outlet in OUTLETS:
        lines += [
            "[[feed]]",
            f"name = {json.dumps(outlet.feed_name)}",
            f"url = {json.dumps(server.feed_url(outlet))}",
            f"outlet = {json.dumps(outlet.name)}",
            f"full_text = {'true' if outlet.full_text else 'false'}",
            'tags = ["demo"]',
            "",
        ]
    (config_dir / "feeds.toml").write_text("\n".join(lines), encoding="utf-8")
    for name in COPIED_CONFIG:
        source = PROJECT_CONFIG / name
        if source.is_file():
            shutil.copyfile(source, config_dir / name)
        elif name == "topics.toml":
            (config_dir / name).write_text(FALLBACK_TOPICS_TOML, encoding="utf-8")
            notes.append(f"{source} not found: a fallback Ukraine-peace topic is used")
        else:  # an empty registry: statements are still found, but tied to no official
            (config_dir / name).write_text("# Written by `monitor demo`: no officials file "
                                           "was found.\n", encoding="utf-8")
            notes.append(f"{source} not found: no officials to track")
    return notes


def _page_text_used(row: ArticleRow, demo: DemoArticle | None) -> bool:
    if demo is None or not demo.outlet.full_text:
        return False
    tail = demo.paragraphs[-1][:60]  # on the page only: the feed has a one-line summary
    return tail in row.text and tail not in demo.summary


def _collect(result: DemoResult) -> None:
    """Read back what was stored and which demo items were dropped."""
    by_path = {a.path: a for a in result.content}
    with result.sessions() as session:
        for row in sorted(article_store.list_articles(session), key=lambda r: r.id):
            demo = by_path.get(urlsplit(row.url).path)
            result.kept.append(KeptArticle(
                id=row.id, source=row.source, title=row.title, url=row.url,
                topics=tuple(row.topics or ()), published_at=row.published_at, text=row.text,
                story_id=row.story_id, copy_of_id=row.copy_of_id, demo=demo,
                from_page=_page_text_used(row, demo)))
    stored = {urlsplit(k.url).path for k in result.kept}
    result.dropped = [a for a in result.content if a.path not in stored]


def _dispatch(result: DemoResult) -> None:
    """Send the queued alerts to the sinks: dispatcher rounds until nothing is due."""
    from monitor.alerts import Dispatcher
    from monitor.alerts.config import channels_of

    channels = channels_of(result.settings)
    if not channels:
        return
    dispatcher = Dispatcher(result.sessions, channels, owner="demo")
    try:
        for _ in range(MAX_DISPATCH_ROUNDS):
            report = dispatcher.run_once()
            result.dispatches.append(report)
            if report.claimed == 0:
                break
    finally:
        dispatcher.close()


def _prepare_workdir(keep: Path | None) -> Path:
    if keep is None:
        return Path(tempfile.mkdtemp(prefix="monitor-demo-"))
    keep = keep.resolve()
    if keep.exists() and any(keep.iterdir()):
        raise FileExistsError(f"{keep} is not empty; give --keep a new or empty folder")
    keep.mkdir(parents=True, exist_ok=True)
    return keep


def run_demo(
    out: TextIO | None = None,
    *,
    keep: Path | None = None,
    port: int = 0,
    now: datetime | None = None,
    sections: Sequence[Section] | None = None,
    width: int = DEFAULT_WIDTH,
    extra_config: str = "",
    alerts: bool = True,
) -> DemoResult:
    """Serve the demo feeds, run the pipeline over them on a fresh database, print sections.

    ``keep`` keeps the database and config in that folder (new or empty); otherwise a
    temporary folder is removed at the end. ``port`` 0 takes any free port. ``now`` fixes
    the demo's "now" (tests); ``sections`` replaces :data:`SECTIONS`; ``extra_config`` is
    appended to the demo's monitor.toml. With ``alerts``, alert channels point at a local SMTP
    sink and the server's webhook sink, and the queued alerts are dispatched after the polls.
    """
    out = out if out is not None else sys.stdout
    now = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    content = demo_articles(now)
    workdir = _prepare_workdir(keep)
    engine: Engine | None = None
    fetcher: LoopbackFetcher | None = None
    pipeline: Pipeline | None = None
    try:
        with DemoServer(content, port=port) as server, SmtpSink() as smtp:
            config_dir = workdir / CONFIG_DIR
            db_url = f"sqlite:///{workdir / DB_FILE}"
            channels = demo_alerts_toml(smtp.port) if alerts else ""
            notes = _write_config(config_dir, db_url, server,
                                  "\n".join(t for t in (channels, extra_config) if t))
            # environ={}: MONITOR_* variables of the caller's shell must not point the demo at
            # a real database or change its limits.
            settings = load_settings(config_dir, environ={})
            engine = create_engine_for(settings.database_url,
                                       busy_timeout=settings.database.busy_timeout)
            migrate.upgrade(engine)
            sessions = session_factory(engine)
            fetcher = LoopbackFetcher(settings_from_config(settings.fetch))
            clock = SimulatedClock(now - timedelta(hours=PASSES[0].hours_ago))
            pipeline = Pipeline(settings, sessions, fetcher, owner="demo", clock=clock)
            result = DemoResult(now=now, base_url=server.base_url, workdir=workdir,
                                config_dir=config_dir, db_url=db_url, keep=keep is not None,
                                settings=settings, sessions=sessions, content=content,
                                notes=notes, server=server, alerts=alerts)
            pipeline.sync_feeds()
            for plan in PASSES:
                clock.at = now - timedelta(hours=plan.hours_ago)
                server.visible_until = clock.at
                report = pipeline.update_due_feeds(clock.at)
                result.passes.append(DemoPass(plan=plan, at=clock.at, report=report,
                                              visible=len(server.visible())))
            if alerts:
                _dispatch(result)
            result.emails = list(smtp.messages)
            result.webhook_posts = list(server.webhook_posts)
            result.requests = list(server.requests)
            result.fetched = list(fetcher.fetched)
            result.refused = list(fetcher.refused)
            _collect(result)
            printer = Printer(out, width)
            for section in (SECTIONS if sections is None else sections):
                section(result, printer)
            out.flush()
            return result
    finally:
        if pipeline is not None:
            pipeline.close()  # its stages' workers; the fetcher is ours, closed below
        if fetcher is not None:
            fetcher.close()
        if engine is not None:
            engine.dispose()
        if keep is None:
            shutil.rmtree(workdir, ignore_errors=True)
