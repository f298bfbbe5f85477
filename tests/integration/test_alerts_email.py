"""E-mail alerts through a real SMTP server on 127.0.0.1 (aiosmtpd, STARTTLS, AUTH)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from monitor.alerts import AlertItem, ChannelConfig, Dispatcher, enqueue_alerts, load_channels
from monitor.alerts.email import EmailSender, message_id
from monitor.alerts.render import HTML_TAGS
from monitor.errors import AlertError, PermanentAlertError
from monitor.storage import outbox as store
from monitor.storage.engine import transaction
from tests.support.alerting import T0, Clock, make_item
from tests.support.smtp import PASSWORD, USER, SmtpServer, make_certificate

TO = ["desk@example.org", "chief@example.org"]


def item(n: int, **kw: object) -> AlertItem:
    """A statement alert numbered ``n`` carried by 2 outlets."""
    return make_item(n, **{"outlets_count": 2, **kw})




@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate made for this test module."""
    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def smtp(cert: tuple[Path, Path]) -> Iterator[SmtpServer]:
    """A running SMTP server requiring STARTTLS and AUTH."""
    with SmtpServer(*cert) as server:
        yield server


def channel_for(
    server: SmtpServer, cert: Path, *, security: str = "starttls", password: str = PASSWORD
) -> ChannelConfig:
    """An e-mail channel loaded the way monitor.toml would give it."""
    raw = {
        "alerts": {
            "channels": {
                "desk": {
                    "type": "email",
                    "host": "127.0.0.1",
                    "port": server.port,
                    "security": security,
                    "user": USER,
                    "password_env": "TEST_SMTP_PASSWORD",
                    "from": "Monitor <alerts@example.org>",
                    "to": TO,
                    "ca_file": str(cert),
                    "timeout": 5,
                }
            }
        }
    }
    [channel] = load_channels(raw, source="/etc/monitor/monitor.toml",
                              environ={"TEST_SMTP_PASSWORD": password})
    return channel


def enqueue(
    sessions: sessionmaker[Session], items: list[AlertItem], channel: ChannelConfig
) -> None:
    with transaction(sessions) as session:
        enqueue_alerts(session, items, [channel], feed_id=7, first_fetch=False, now=T0)


def statuses(sessions: sessionmaker[Session]) -> dict[str, str]:
    with sessions() as session:
        return {r.key: r.status for r in store.list_rows(session)}


class TagCollector(HTMLParser):
    """Collects tag names and href values of an HTML document."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.hrefs.extend(v or "" for k, v in attrs if k == "href")


def test_alert_arrives_over_starttls_with_auth(
    smtp: SmtpServer, cert: tuple[Path, Path], sessions: sessionmaker[Session]
) -> None:
    channel = channel_for(smtp, cert[0])
    enqueue(sessions, [item(1)], channel)
    report = Dispatcher(sessions, [channel], Clock()).run_once()
    assert report.sent == 1, report.errors
    [got] = smtp.delivered
    assert got.mail_from == "alerts@example.org"
    assert got.rcpt_tos == TO
    msg = got.message
    assert msg["Subject"] == "Olaf Scholz: “We will do thing number 1.”"
    assert msg["Message-ID"] == message_id("desk", "statement:1", "alerts@example.org")
    assert msg["Auto-Submitted"] == "auto-generated"
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    for expected in ("Olaf Scholz", "We will do thing number 1.", "the chancellor",
                     "Example Times", "https://example.org/a/1", "Outlets so far: 2",
                     "2026-11-26 09:30 UTC"):
        assert expected in text
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    tags = TagCollector()
    tags.feed(html)
    assert tags.tags <= HTML_TAGS
    assert tags.hrefs == ["https://example.org/a/1"]
    assert statuses(sessions) == {"statement:1": "sent"}


def test_implicit_tls(cert: tuple[Path, Path], sessions: sessionmaker[Session]) -> None:
    with SmtpServer(*cert, implicit_tls=True) as server:
        channel = channel_for(server, cert[0], security="tls")
        EmailSender(channel).send([item(1)], ident="statement:1")
        assert len(server.delivered) == 1


def test_partial_refusal_counts_as_sent(
    smtp: SmtpServer, cert: tuple[Path, Path], sessions: sessionmaker[Session],
    caplog: pytest.LogCaptureFixture,
) -> None:
    smtp.handler.refuse = {"chief@example.org"}
    channel = channel_for(smtp, cert[0])
    enqueue(sessions, [item(1)], channel)
    with caplog.at_level(logging.INFO):
        report = Dispatcher(sessions, [channel], Clock()).run_once()
    assert report.sent == 1
    assert [d.rcpt_tos for d in smtp.delivered] == [["desk@example.org"]]
    assert "chief@example.org (550" in caplog.text
    assert statuses(sessions) == {"statement:1": "sent"}


def test_every_recipient_refused_is_permanent(
    smtp: SmtpServer, cert: tuple[Path, Path], sessions: sessionmaker[Session]
) -> None:
    smtp.handler.refuse = set(TO)
    channel = channel_for(smtp, cert[0])
    with pytest.raises(PermanentAlertError, match="every recipient refused"):
        EmailSender(channel).send([item(1)], ident="statement:1")
    enqueue(sessions, [item(1)], channel)
    assert Dispatcher(sessions, [channel], Clock()).run_once().dead == 1
    assert smtp.delivered == []


def test_wrong_password_is_dead_and_never_logged(
    smtp: SmtpServer, cert: tuple[Path, Path], sessions: sessionmaker[Session],
    caplog: pytest.LogCaptureFixture,
) -> None:
    wrong = "Wr0ng-but-still-secret"
    channel = channel_for(smtp, cert[0], password=wrong)
    enqueue(sessions, [item(1)], channel)
    with caplog.at_level(logging.DEBUG):
        report = Dispatcher(sessions, [channel], Clock()).run_once()
    assert report.dead == 1
    assert "535" in report.errors[0]
    with sessions() as session:
        [row] = store.list_rows(session)
    for text in (caplog.text, row.last_error or "", repr(channel), *report.errors):
        assert wrong not in text
        assert PASSWORD not in text


def test_server_down_then_back_delivers_each_alert_once(
    cert: tuple[Path, Path], sessions: sessionmaker[Session], caplog: pytest.LogCaptureFixture
) -> None:
    server = SmtpServer(*cert)  # not started: connections are refused
    channel = channel_for(server, cert[0])
    enqueue(sessions, [item(n) for n in range(3)], channel)
    clock = Clock()
    dispatcher = Dispatcher(sessions, [channel], clock)
    with caplog.at_level(logging.DEBUG):
        for _ in range(3):  # three failed probes while it is down
            report = dispatcher.run_once()
            assert report.sent == 0 and report.retried == 1, report
            clock.now += timedelta(hours=1)
        with server:
            while dispatcher.run_once().claimed:
                clock.now += timedelta(hours=1)
            clock.now += timedelta(hours=1)
            assert dispatcher.run_once().claimed == 0
    ids = [d.message["Message-ID"] for d in server.delivered]
    assert len(ids) == 3 and len(set(ids)) == 3
    assert statuses(sessions) == {f"statement:{n}": "sent" for n in range(3)}
    assert PASSWORD not in caplog.text


def test_feed_content_cannot_inject_headers_or_markup(
    smtp: SmtpServer, cert: tuple[Path, Path], sessions: sessionmaker[Session]
) -> None:
    evil = item(
        1,
        official_name="Olaf\r\nBcc: victim@evil.example",
        content="=?UTF-8?Q?=0A?=Bcc: x@y <script>alert(1)</script>\r\nBcc: x@y",
        speaker="<img src=x onerror=alert(1)>",
        outlet='Evil" onmouseover="alert(1)',
        title="=?utf-8?b?DQpCY2M6IHhAeQ==?=",
        link="javascript:alert(document.cookie)",
    )
    channel = channel_for(smtp, cert[0])
    enqueue(sessions, [evil], channel)
    assert Dispatcher(sessions, [channel], Clock()).run_once().sent == 1
    [got] = smtp.delivered
    assert got.rcpt_tos == TO  # no extra envelope recipient
    msg = got.message
    assert msg["Bcc"] is None and msg.get_all("Bcc") is None
    subject = str(msg["Subject"])
    assert "\n" not in subject and "\r" not in subject
    assert "Bcc:" in subject  # kept as harmless text
    raw_headers = got.data.split(b"\r\n\r\n", 1)[0]
    assert b"\nBcc" not in raw_headers.replace(b"\r\n ", b" ")
    html = msg.get_body(("html",)).get_content()  # type: ignore[union-attr]
    tags = TagCollector()
    tags.feed(html)
    assert tags.tags <= HTML_TAGS
    assert "script" not in tags.tags and "img" not in tags.tags
    assert tags.hrefs == []  # the javascript: link is not made a link
    assert "&lt;script&gt;" in html
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "(no web link)" in text


def test_unreachable_server_is_transient(cert: tuple[Path, Path]) -> None:
    channel = channel_for(SmtpServer(*cert), cert[0])
    with pytest.raises(AlertError) as info:
        EmailSender(channel).send([item(1)], ident="statement:1")
    assert not isinstance(info.value, PermanentAlertError)
    assert PASSWORD not in str(info.value)
