"""A local SMTP server (aiosmtpd) with STARTTLS and AUTH, recording what it receives.

The TLS certificate is made at test time with the ``openssl`` command (no key is committed).
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "alerts@example.org"
PASSWORD = "s3cret-Pa55word-for-tests"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost: (cert, key)."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
            "-keyout", str(key), "-out", str(cert), "-days", "2",
            "-subj", "/CN=localhost",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Delivered:
    """One message as the server got it: envelope and parsed content."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        """The message parsed with the modern e-mail policy."""
        msg = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class Handler:
    """Records messages; refuses the recipients in ``refuse`` with 550."""

    refuse: set[str] = field(default_factory=set)
    delivered: list[Delivered] = field(default_factory=list)
    auth_seen: list[tuple[str, str]] = field(default_factory=list)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        self.delivered.append(
            Delivered(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
        )
        return "250 Message accepted for delivery"


def authenticator(
    server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
) -> AuthResult:
    """Accept exactly USER / PASSWORD."""
    ok = (
        isinstance(auth_data, LoginPassword)
        and auth_data.login.decode() == USER
        and auth_data.password.decode() == PASSWORD
    )
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535


@dataclass
class SmtpServer:
    """aiosmtpd on 127.0.0.1 requiring STARTTLS and AUTH; can be stopped and restarted."""

    cert: Path
    key: Path
    port: int = field(default_factory=free_port)
    handler: Handler = field(default_factory=Handler)
    implicit_tls: bool = False
    _controller: Controller | None = None

    def start(self) -> None:
        """Listen (again) on the same port."""
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        kwargs: dict[str, Any] = {
            "authenticator": authenticator,
            "auth_required": True,
            "auth_require_tls": True,
        }
        if self.implicit_tls:
            # aiosmtpd only counts STARTTLS as TLS for AUTH; on implicit TLS, AUTH is offered
            # (the client still logs in) without being required
            kwargs.update(ssl_context=context, auth_required=False, auth_require_tls=False)
        else:
            kwargs["tls_context"] = context
            kwargs["require_starttls"] = True
        self._controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, **kwargs
        )
        self._controller.start()

    def stop(self) -> None:
        """Stop listening (the port refuses connections until start())."""
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    @property
    def delivered(self) -> list[Delivered]:
        """Messages received so far."""
        return self.handler.delivered

    def __enter__(self) -> SmtpServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
