"""A local HTTP server for the demo: the outlets' feeds, their article pages, a webhook sink.

::

    with DemoServer(demo_articles(now)) as server:       # 127.0.0.1, a free port
        server.feed_url(outlet)        # http://127.0.0.1:PORT/feeds/northern-wire.xml (RSS 2.0)
        server.article_url(article)    # the article's page (HTML), with the outlet's utm_ tags
        server.visible_until = t       # simulated time: items published after t are hidden
        server.requests                # every request: method, path, status, conditional or not
        server.webhook_posts           # bodies POSTed to /sink/webhook

Routes: ``/`` (an index of the feeds), ``/feeds/<outlet>.xml`` (RSS 2.0) or ``.atom``
(Atom 1.0), ``/<outlet>/<yyyy>/<mm>/<dd>/<slug>`` (an article page; query strings are
ignored), ``POST /sink/webhook`` (records the body, answers 200 JSON; a sink for alert
channels). Everything else is 404.

Feeds answer with a strong ETag (a hash of the body) and Last-Modified (the newest item);
``If-None-Match`` that matches (or, without it, an ``If-Modified-Since`` not older than the
newest item) gives ``304 Not Modified``. Bodies are gzip-compressed when the client accepts
it, as most news sites do. The server binds 127.0.0.1 only and runs each connection on a
daemon thread.

:class:`SmtpSink` is the e-mail counterpart of the webhook sink: a minimal SMTP server on
127.0.0.1 (RFC 5321 without TLS or AUTH, enough for ``smtplib``) that accepts every message
and records it in ``messages``.
"""

from __future__ import annotations

import email.policy
import email.utils
import gzip
import hashlib
import html
import socketserver
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape as xml_escape

from monitor.demo.content import OUTLETS, DemoArticle, Outlet

__all__ = ["DemoServer", "ReceivedMail", "RequestRecord", "SmtpSink", "WebhookPost"]

HOST = "127.0.0.1"  # loopback only: the demo must never be reachable from elsewhere
GZIP_MIN_BYTES = 1024  # smaller bodies gain nothing from compression
WEBHOOK_PATH = "/sink/webhook"
MAX_WEBHOOK_BYTES = 1024 * 1024  # a sink, not a store: larger posts are refused with 413
RSS_TYPE = "application/rss+xml; charset=utf-8"
ATOM_TYPE = "application/atom+xml; charset=utf-8"
HTML_TYPE = "text/html; charset=utf-8"
PAGE_SITE_NAV = ("World", "Politics", "Business", "Opinion")  # page chrome the extractor skips


@dataclass(frozen=True)
class RequestRecord:
    """One request the server answered."""

    method: str
    path: str  # with the query string
    status: int
    client: str  # the peer's address (always 127.0.0.1 here)
    if_none_match: str | None
    user_agent: str | None


@dataclass(frozen=True)
class WebhookPost:
    """One body POSTed to the webhook sink."""

    path: str
    content_type: str | None
    body: bytes


def _http_date(moment: datetime) -> str:
    return email.utils.format_datetime(moment.astimezone(UTC), usegmt=True)


def _esc(text: str) -> str:
    return xml_escape(text, {'"': "&quot;"})


def _paragraphs_html(article: DemoArticle) -> str:
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in article.paragraphs)


class DemoServer:
    """The demo outlets' feeds and pages on ``127.0.0.1``; a context manager."""

    def __init__(self, articles: Sequence[DemoArticle], *, port: int = 0,
                 outlets: Sequence[Outlet] = OUTLETS,
                 on_webhook: Callable[[WebhookPost], None] | None = None) -> None:
        self.articles = list(articles)
        self.outlets = list(outlets)
        self.visible_until: datetime | None = None  # None: every article is published
        self.requests: list[RequestRecord] = []
        self.webhook_posts: list[WebhookPost] = []
        self.on_webhook = on_webhook
        self._lock = threading.Lock()
        self._pages = {a.path: a for a in self.articles}
        self._httpd = ThreadingHTTPServer((HOST, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # --- addresses --------------------------------------------------------------------------

    @property
    def port(self) -> int:
        """The port the server listens on."""
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        return f"http://{HOST}:{self.port}"

    def feed_path(self, outlet: Outlet) -> str:
        """The path of the outlet's feed."""
        return f"/feeds/{outlet.key}.{'atom' if outlet.kind == 'atom' else 'xml'}"

    def feed_url(self, outlet: Outlet) -> str:
        """The URL of the outlet's feed."""
        return self.base_url + self.feed_path(outlet)

    def article_url(self, article: DemoArticle) -> str:
        """The URL of the article's page as the feed links it (tracking tags included)."""
        return self.base_url + article.path + article.outlet.link_query

    @property
    def webhook_url(self) -> str:
        """Where alert channels can POST (the sink records every body)."""
        return self.base_url + WEBHOOK_PATH

    # --- life cycle -------------------------------------------------------------------------

    def start(self) -> DemoServer:
        """Serve on a daemon thread."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._httpd.serve_forever,
                                            name="demo-http", daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join()
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- content ----------------------------------------------------------------------------

    def visible(self, outlet: Outlet | None = None) -> list[DemoArticle]:
        """Articles published by ``visible_until`` (of one outlet), newest first."""
        limit = self.visible_until
        items = [a for a in self.articles
                 if (outlet is None or a.outlet.key == outlet.key)
                 and (limit is None or a.published <= limit)]
        return sorted(items, key=lambda a: a.published, reverse=True)

    def _guid(self, article: DemoArticle) -> tuple[str, bool]:
        if article.outlet.permalink_guids:
            return self.base_url + article.path, True
        return f"{article.outlet.key}:{article.slug}", False

    def render_feed(self, outlet: Outlet) -> tuple[bytes, datetime | None]:
        """The outlet's feed document as it stands now, and its newest item's time."""
        items = self.visible(outlet)
        newest = items[0].published if items else None
        if outlet.kind == "atom":
            return self._atom(outlet, items, newest).encode("utf-8"), newest
        return self._rss(outlet, items, newest).encode("utf-8"), newest

    def _rss(self, outlet: Outlet, items: Sequence[DemoArticle],
             newest: datetime | None) -> str:
        site = f"{self.base_url}/{outlet.key}/"
        parts = [
            '<?xml version="1.0" encoding="utf-8"?>',
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom">',
            "<channel>",
            f"<title>{_esc(outlet.feed_name)}</title>",
            f"<link>{_esc(site)}</link>",
            f"<description>{_esc(outlet.description)}</description>",
            "<language>en</language>",
            f'<atom:link href="{_esc(self.feed_url(outlet))}" rel="self" '
            'type="application/rss+xml"/>',
            "<ttl>15</ttl>",
        ]
        if newest is not None:
            parts.append(f"<lastBuildDate>{_http_date(newest)}</lastBuildDate>")
        for a in items:
            guid, permalink = self._guid(a)
            parts += [
                "<item>",
                f"<title>{_esc(a.title)}</title>",
                f"<link>{_esc(self.article_url(a))}</link>",
                f'<guid isPermaLink="{"true" if permalink else "false"}">{_esc(guid)}</guid>',
                f"<pubDate>{_http_date(a.published)}</pubDate>",
                f"<dc:creator>{_esc(a.byline)}</dc:creator>",
                f"<description>{_esc(html.escape(a.summary, quote=False))}</description>",
            ]
            if not outlet.full_text:  # the full text in the feed; full-text outlets keep it
                parts.append(f"<content:encoded>{_esc(_paragraphs_html(a))}</content:encoded>")
            parts.append("</item>")
        parts += ["</channel>", "</rss>", ""]
        return "\n".join(parts)

    def _atom(self, outlet: Outlet, items: Sequence[DemoArticle],
              newest: datetime | None) -> str:
        updated = (newest or datetime(2000, 1, 1, tzinfo=UTC)).isoformat()
        parts = [
            '<?xml version="1.0" encoding="utf-8"?>',
            '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
            f"<title>{_esc(outlet.feed_name)}</title>",
            f"<subtitle>{_esc(outlet.description)}</subtitle>",
            f"<id>urn:demo:{outlet.key}</id>",
            f'<link rel="alternate" type="text/html" href="{_esc(self.base_url)}/{outlet.key}/"/>',
            f'<link rel="self" href="{_esc(self.feed_url(outlet))}"/>',
            f"<updated>{updated}</updated>",
        ]
        for a in items:
            summary = html.escape(a.summary, quote=False)
            parts += [
                "<entry>",
                f"<id>urn:demo:{outlet.key}:{a.slug}</id>",
                f"<title>{_esc(a.title)}</title>",
                f'<link rel="alternate" type="text/html" href="{_esc(self.article_url(a))}"/>',
                f"<published>{a.published.isoformat()}</published>",
                f"<updated>{a.published.isoformat()}</updated>",
                f"<author><name>{_esc(a.byline)}</name></author>",
                f'<summary type="html">{_esc(summary)}</summary>',
            ]
            if not outlet.full_text:
                parts.append(f'<content type="html">{_esc(_paragraphs_html(a))}</content>')
            parts.append("</entry>")
        parts += ["</feed>", ""]
        return "\n".join(parts)

    def render_page(self, article: DemoArticle) -> bytes:
        """The article's web page: site chrome around an ``<article>`` with the full text."""
        title = html.escape(article.title)
        outlet = html.escape(article.outlet.name)
        nav = "".join(f'<li><a href="/{article.outlet.key}/">{html.escape(n)}</a></li>'
                      for n in PAGE_SITE_NAV)
        when = article.published.isoformat()
        stamp = article.published.strftime("%d %B %Y, %H:%M UTC")
        page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} | {outlet}</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{outlet}">
<meta name="author" content="{html.escape(article.byline)}">
<meta property="article:published_time" content="{when}">
</head>
<body>
<header><div class="logo">{outlet}</div><nav><ul>{nav}</ul></nav></header>
<main>
<article>
<h1>{title}</h1>
<p class="byline">By {html.escape(article.byline)} · <time datetime="{when}">{stamp}</time></p>
{_paragraphs_html(article)}
</article>
<aside><h2>Most read</h2><ul><li>Subscribe to our newsletter</li></ul></aside>
</main>
<footer><p>© {outlet}. Demo content written for monitor; fictional.</p></footer>
</body>
</html>
"""
        return page.encode("utf-8")

    def render_index(self) -> bytes:
        """A small HTML index of the feeds."""
        rows = "".join(
            f'<li><a href="{html.escape(self.feed_path(o))}">{html.escape(o.feed_name)}</a> '
            f"({o.kind}{', summaries only' if o.full_text else ''})</li>"
            for o in self.outlets)
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>monitor demo feeds"
                f"</title></head><body><h1>monitor demo feeds</h1><ul>{rows}</ul>"
                f"<p>Fictional content written for the monitor demo.</p></body></html>"
                ).encode()

    # --- HTTP -------------------------------------------------------------------------------

    def _record(self, record: RequestRecord) -> None:
        with self._lock:
            self.requests.append(record)

    def _webhook(self, post: WebhookPost) -> None:
        with self._lock:
            self.webhook_posts.append(post)
        if self.on_webhook is not None:
            self.on_webhook(post)

    def _route(self, path: str) -> tuple[bytes, str, datetime | None] | None:
        """Body, content type and Last-Modified for a GET path, or None (404)."""
        if path in ("/", "/index.html"):
            return self.render_index(), HTML_TYPE, None
        for outlet in self.outlets:
            if path == self.feed_path(outlet):
                body, newest = self.render_feed(outlet)
                return body, ATOM_TYPE if outlet.kind == "atom" else RSS_TYPE, newest
        article = self._pages.get(path.rstrip("/"))
        limit = self.visible_until
        if article is not None and (limit is None or article.published <= limit):
            return self.render_page(article), HTML_TYPE, article.published
        return None

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "monitor-demo/1"
            protocol_version = "HTTP/1.0"  # one request per connection: simple and enough

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: requests are recorded in ``server.requests`` instead."""

            def _send(self, status: int, body: bytes = b"", content_type: str | None = None,
                      headers: dict[str, str] | None = None, head: bool = False) -> None:
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                if content_type:
                    self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if body and not head:
                    self.wfile.write(body)
                server._record(RequestRecord(
                    method=self.command, path=self.path, status=status,
                    client=self.client_address[0],
                    if_none_match=self.headers.get("If-None-Match"),
                    user_agent=self.headers.get("User-Agent")))

            def _get(self, head: bool) -> None:
                path = urlsplit(self.path).path
                routed = server._route(path)
                if routed is None:
                    self._send(404, b"not found\n", "text/plain; charset=utf-8", head=head)
                    return
                body, content_type, modified = routed
                etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
                headers = {"ETag": etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
                if modified is not None:
                    headers["Last-Modified"] = _http_date(modified)
                if _not_modified(self.headers.get("If-None-Match"),
                                 self.headers.get("If-Modified-Since"), etag, modified):
                    self._send(304, headers=headers, head=True)
                    return
                if ("gzip" in (self.headers.get("Accept-Encoding") or "").lower()
                        and len(body) >= GZIP_MIN_BYTES):
                    body = gzip.compress(body, mtime=0)
                    headers["Content-Encoding"] = "gzip"
                self._send(200, body, content_type, headers, head=head)

            def do_GET(self) -> None:
                """Feeds, pages, the index."""
                self._get(head=False)

            def do_HEAD(self) -> None:
                """As GET, without the body."""
                self._get(head=True)

            def do_POST(self) -> None:
                """The webhook sink."""
                if urlsplit(self.path).path != WEBHOOK_PATH:
                    self._send(404, b"not found\n", "text/plain; charset=utf-8")
                    return
                length = int(self.headers.get("Content-Length") or 0)
                if length > MAX_WEBHOOK_BYTES:
                    self._send(413, b"too large\n", "text/plain; charset=utf-8")
                    return
                body = self.rfile.read(length) if length else b""
                server._webhook(WebhookPost(self.path, self.headers.get("Content-Type"), body))
                self._send(200, b'{"ok": true}\n', "application/json")

        return Handler


def _not_modified(if_none_match: str | None, if_modified_since: str | None, etag: str,
                  modified: datetime | None) -> bool:
    """RFC 9110 §13.1: If-None-Match wins; If-Modified-Since only when it is absent."""
    if if_none_match is not None:
        tags = [t.strip() for t in if_none_match.split(",")]
        return "*" in tags or any(t.removeprefix("W/") == etag for t in tags)
    if if_modified_since and modified is not None:
        try:
            since = email.utils.parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return modified.replace(microsecond=0) <= since
    return False


# --- the SMTP sink ------------------------------------------------------------------------

SMTP_HOSTNAME = "demo.invalid"  # RFC 2606: a name that can never be a real host
SMTP_MAX_LINE = 2048  # RFC 5321 §4.5.3.1.6 allows 1000 octets a line; a margin for sloppiness
SMTP_MAX_MESSAGE = 10 * 1024 * 1024  # a sink for alerts: a larger message is refused (552)
SMTP_TIMEOUT_SECONDS = 30.0  # an idle client is dropped; the demo's sender is never idle


@dataclass(frozen=True)
class ReceivedMail:
    """One message the SMTP sink accepted."""

    mail_from: str
    rcpt_to: tuple[str, ...]
    data: bytes  # the message as sent (headers and body, dot-stuffing undone)

    @property
    def message(self) -> EmailMessage:
        """The parsed message (``message["Subject"]``, ``message.get_body()`` ...)."""
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


def _address(argument: str) -> str:
    """``<a@b> SIZE=10`` -> ``a@b``."""
    value = argument.strip()
    if value.startswith("<"):
        return value[1:value.find(">")] if ">" in value else value[1:]
    return value.split(" ", 1)[0]


class SmtpSink:
    """A minimal SMTP server on 127.0.0.1 that accepts every message; a context manager."""

    def __init__(self, *, port: int = 0,
                 on_message: Callable[[ReceivedMail], None] | None = None) -> None:
        self.messages: list[ReceivedMail] = []
        self.on_message = on_message
        self._lock = threading.Lock()
        self._tcp = socketserver.ThreadingTCPServer((HOST, port), self._handler_class())
        self._tcp.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        """The address the sink listens on."""
        return HOST

    @property
    def port(self) -> int:
        """The port the sink listens on."""
        return int(self._tcp.server_address[1])

    def start(self) -> SmtpSink:
        """Serve on a daemon thread."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._tcp.serve_forever, name="demo-smtp",
                                            daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._thread is not None:
            self._tcp.shutdown()
            self._thread.join()
            self._thread = None
        self._tcp.server_close()

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _received(self, mail: ReceivedMail) -> None:
        with self._lock:
            self.messages.append(mail)
        if self.on_message is not None:
            self.on_message(mail)

    def _handler_class(self) -> type[socketserver.StreamRequestHandler]:
        sink = self

        class Handler(socketserver.StreamRequestHandler):
            timeout = SMTP_TIMEOUT_SECONDS

            def reply(self, *lines: str) -> None:
                """One reply, multi-line when given several lines (``250-...``)."""
                out = [f"{line[:3]}{'-' if i < len(lines) - 1 else ' '}{line[4:]}"
                       for i, line in enumerate(lines)]
                self.wfile.write(("\r\n".join(out) + "\r\n").encode("ascii"))

            def read_data(self) -> bytes | None:
                """The message after DATA, up to the lone dot; None when too large."""
                chunks: list[bytes] = []
                size = 0
                while True:
                    line = self.rfile.readline(SMTP_MAX_LINE)
                    if not line or line in (b".\r\n", b".\n"):
                        break
                    if line.startswith(b"."):
                        line = line[1:]  # RFC 5321 §4.5.2: undo dot-stuffing
                    size += len(line)
                    if size <= SMTP_MAX_MESSAGE:
                        chunks.append(line)
                return b"".join(chunks) if size <= SMTP_MAX_MESSAGE else None

            def handle(self) -> None:
                """One SMTP session."""
                self.reply(f"220 {SMTP_HOSTNAME} monitor demo SMTP sink")
                sender: str | None = None
                recipients: list[str] = []
                while True:
                    try:
                        raw = self.rfile.readline(SMTP_MAX_LINE)
                    except OSError:
                        return
                    if not raw:
                        return
                    line = raw.decode("utf-8", "replace").rstrip("\r\n")
                    verb = line.partition(" ")[0].upper()
                    upper = line.upper()
                    if verb == "EHLO":
                        self.reply(f"250 {SMTP_HOSTNAME}", "250 8BITMIME", "250 SMTPUTF8",
                                   f"250 SIZE {SMTP_MAX_MESSAGE}")
                    elif verb == "HELO":
                        self.reply(f"250 {SMTP_HOSTNAME}")
                    elif upper.startswith("MAIL FROM:"):
                        sender, recipients = _address(line[10:]), []
                        self.reply("250 OK")
                    elif upper.startswith("RCPT TO:"):
                        if sender is None:
                            self.reply("503 MAIL first")
                        else:
                            recipients.append(_address(line[8:]))
                            self.reply("250 OK")
                    elif verb == "DATA":
                        if sender is None or not recipients:
                            self.reply("503 MAIL and RCPT first")
                            continue
                        self.reply("354 End data with <CR><LF>.<CR><LF>")
                        data = self.read_data()
                        if data is None:
                            self.reply("552 Message too large")
                        else:
                            sink._received(ReceivedMail(sender, tuple(recipients), data))
                            self.reply("250 OK: recorded by the demo sink")
                        sender, recipients = None, []
                    elif verb == "RSET":
                        sender, recipients = None, []
                        self.reply("250 OK")
                    elif verb == "NOOP":
                        self.reply("250 OK")
                    elif verb == "QUIT":
                        self.reply("221 Bye")
                        return
                    else:  # STARTTLS, AUTH, VRFY ...: not offered by this sink
                        self.reply("502 Command not implemented")

        return Handler
