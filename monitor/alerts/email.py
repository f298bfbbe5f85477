"""E-mail delivery over SMTP (STARTTLS, implicit TLS, or plain on loopback).

A message is plain text plus an HTML alternative (see :mod:`monitor.alerts.render`), with a
one-line subject and a deterministic ``Message-ID`` made from the channel and the outbox key:
should the one duplicate window of the outbox (a crash between the server's "250 OK" and the
row being marked sent) ever re-send a message, mail systems that de-duplicate on Message-ID
fold the two copies into one.

Errors: a 5xx answer (authentication refused, sender or every recipient refused) is a
:class:`PermanentAlertError`; connection problems and 4xx answers are an :class:`AlertError`
and are retried. When only some recipients are refused, the message counts as sent (sending
again would duplicate it for the others) and the refused addresses are logged.
The password never appears in a log line or an exception message.
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
import ssl
from collections.abc import Sequence
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime

from monitor.alerts.config import ChannelConfig, EmailSettings, redact
from monitor.alerts.items import Alert
from monitor.alerts.render import render_email
from monitor.errors import AlertError, PermanentAlertError

log = logging.getLogger(__name__)

SMTP_PERMANENT_MIN = 500  # RFC 5321: 5yz replies are permanent negative completions


def message_id(channel: str, ident: str, sender_address: str) -> str:
    """``<hash@domain>``: the same channel and key always give the same Message-ID."""
    digest = hashlib.sha256(f"{channel}\0{ident}".encode()).hexdigest()[:40]
    domain = sender_address.rpartition("@")[2] or "monitor.invalid"
    return f"<monitor.{digest}@{domain}>"


class EmailSender:
    """Sends alerts of one e-mail channel."""

    def __init__(self, channel: ChannelConfig) -> None:
        if channel.email is None:
            raise ValueError(f"channel {channel.name} is not an e-mail channel")
        self.channel = channel
        self.settings: EmailSettings = channel.email
        self._secrets = channel.secrets()

    def build(
        self,
        alerts: Sequence[Alert],
        *,
        ident: str,
        digest: str | None = None,
        now: datetime | None = None,
    ) -> EmailMessage:
        """The message for ``alerts`` (one alert, a burst summary, or a digest)."""
        content = render_email(alerts, digest=digest, tz=self.channel.timezone)
        msg = EmailMessage()
        msg["Subject"] = content.subject
        msg["From"] = self.settings.sender
        msg["To"] = ", ".join(self.settings.to)
        msg["Date"] = format_datetime(now or datetime.now(UTC))
        msg["Message-ID"] = message_id(self.channel.name, ident, self.settings.sender_address)
        msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no vacation replies, please
        msg["X-Auto-Response-Suppress"] = "All"
        subject = str(msg["Subject"])
        if "\r" in subject or "\n" in subject:  # render.header_text makes this impossible
            raise PermanentAlertError(f"{self.channel.name}: refusing a multi-line subject")
        msg.set_content(content.text)
        msg.add_alternative(content.html, subtype="html")
        return msg

    def send(
        self, alerts: Sequence[Alert], *, ident: str, digest: str | None = None
    ) -> None:
        """Deliver one message; raise :class:`AlertError` (or the permanent kind) on failure."""
        msg = self.build(alerts, ident=ident, digest=digest)
        try:
            refused = self._deliver(msg)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            permanent = all(code >= SMTP_PERMANENT_MIN for code in codes)
            raise self._error(
                f"every recipient refused: {self._codes(exc.recipients)}", permanent
            ) from None
        except smtplib.SMTPResponseException as exc:
            text = exc.smtp_error.decode("utf-8", "replace") if isinstance(
                exc.smtp_error, bytes
            ) else str(exc.smtp_error)
            raise self._error(
                f"server answered {exc.smtp_code} {text}", exc.smtp_code >= SMTP_PERMANENT_MIN
            ) from None
        except smtplib.SMTPNotSupportedError as exc:
            raise self._error(f"server does not support a required extension: {exc}", True) \
                from None
        except (smtplib.SMTPException, OSError) as exc:  # refused, reset, timeout, TLS
            raise self._error(f"{exc.__class__.__name__}: {exc}", False) from None
        if refused:
            log.warning(
                "%s: message %s accepted for some recipients only; refused: %s",
                self.channel.name,
                msg["Message-ID"],
                redact(self._codes(refused), self._secrets),
            )

    def _deliver(self, msg: EmailMessage) -> dict[str, tuple[int, bytes]]:
        s = self.settings
        context = ssl.create_default_context(cafile=s.ca_file)
        smtp: smtplib.SMTP
        if s.security == "tls":
            smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=context)
        else:
            smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
        with smtp:
            smtp.ehlo()
            if s.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
            if s.user and s.password is not None:
                smtp.login(s.user, s.password)
            return smtp.send_message(
                msg, from_addr=s.sender_address, to_addrs=list(s.to)
            )

    @staticmethod
    def _codes(recipients: dict[str, tuple[int, bytes]]) -> str:
        return ", ".join(
            f"{addr} ({code} {msg.decode('utf-8', 'replace')[:100]})"
            for addr, (code, msg) in recipients.items()
        )

    def _error(self, problem: str, permanent: bool) -> AlertError:
        text = redact(f"email channel {self.channel.name} "
                      f"({self.settings.host}:{self.settings.port}): {problem}", self._secrets)
        return PermanentAlertError(text) if permanent else AlertError(text)
