"""Alerts: ``monitor alerts test NAME | list | retry ID | dispatch --once``."""

from __future__ import annotations

import os
import threading
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import click

from monitor.cli.context import AppContext
from monitor.cli.output import FORMATS, emit
from monitor.errors import AlertError, ConfigError

if TYPE_CHECKING:
    from monitor.alerts import ChannelConfig

pass_app = click.make_pass_decorator(AppContext)

LIST_LIMIT = 100  # rows shown by default; --limit for more


def _now() -> datetime:
    return datetime.now(UTC)


def _channels(app: AppContext) -> list[ChannelConfig]:
    from monitor.alerts import load_channels

    settings = app.settings
    try:
        return load_channels(
            settings.raw, source=str(settings.config_dir / "monitor.toml"), environ=os.environ
        )
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None


@click.group("alerts")
def alerts_group() -> None:
    """Alert channels (e-mail, Slack) and the outbox of alerts to send.

    \b
    Examples:
      monitor alerts test desk            # send a test message through channel "desk"
      monitor alerts list --dead --since 1d
      monitor alerts retry 42             # a dead alert, due again now
      monitor alerts dispatch --once      # send what is due, then exit
    """


@alerts_group.command("test")
@click.argument("name")
@pass_app
def test_cmd(app: AppContext, name: str) -> None:
    """Send a test message through channel NAME now (not through the outbox)."""
    from monitor.alerts import send_test

    channels = {c.name: c for c in _channels(app)}
    if name not in channels:
        known = ", ".join(sorted(channels)) or "none configured"
        raise click.ClickException(f"no alert channel named {name!r} (channels: {known})")
    try:
        send_test(channels[name])
    except AlertError as exc:  # messages are redacted by the senders
        raise click.ClickException(f"test message failed: {exc}") from None
    click.echo(f"test message sent through {name} ({channels[name].type})")


@alerts_group.command("list")
@click.option("--dead", is_flag=True, help="Only alerts that were given up on.")
@click.option("--status", type=click.Choice(["pending", "sent", "dead", "suppressed"]),
              multiple=True, help="Only these statuses (repeatable).")
@click.option("--since", help="Created since: 30m, 12h, 1d, 2w or an ISO date.")
@click.option("--limit", type=int, default=LIST_LIMIT, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table",
              show_default=True, help="Output format.")
@pass_app
def list_cmd(
    app: AppContext, dead: bool, status: tuple[str, ...], since: str | None, limit: int, fmt: str
) -> None:
    """Alerts in the outbox, newest first."""
    from monitor.normalize import parse_since
    from monitor.storage import outbox as store

    statuses = ("dead",) if dead else status
    moment = None
    if since is not None:
        try:
            moment = parse_since(since, _now())
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--since") from None
    with app.sessions()() as session:
        records = store.list_rows(session, statuses=statuses, since=moment, limit=limit)
    rows: list[dict[str, Any]] = []
    for r in records:
        item = r.payload.get("item", {}) if r.kind == "statement" else {}
        about = (
            f"{item.get('official_name', '')}: {item.get('content', '')}"
            if item else f"{r.payload.get('count', '?')} statements (burst summary)"
        )
        rows.append({
            "id": r.id, "channel": r.channel, "key": r.key, "status": r.status,
            "attempts": r.attempts, "created": r.created_at,
            "due": r.due_at if r.status == "pending" else None, "sent": r.sent_at,
            "about": about, "error": r.last_error,
        })
    emit(rows, fmt, ["id", "channel", "status", "attempts", "created", "due", "sent", "key",
                     "about", "error"])


@alerts_group.command("retry")
@click.argument("row_id", metavar="ID", type=int)
@pass_app
def retry_cmd(app: AppContext, row_id: int) -> None:
    """Make alert ID (dead or pending) due now with a fresh attempt count."""
    from monitor.alerts import notify
    from monitor.storage import outbox as store
    from monitor.storage.engine import transaction

    with transaction(app.sessions()) as session:
        row = store.get_row(session, row_id)
        if row is None:
            raise click.ClickException(f"no alert with id {row_id}")
        if not store.requeue(session, row_id, now=_now()):
            raise click.ClickException(
                f"alert {row_id} is {row.status}: only dead or pending alerts are retried "
                "(a sent alert is never sent twice)"
            )
    notify()
    click.echo(f"alert {row_id} ({row.channel}, {row.key}) is due now")


@alerts_group.command("dispatch")
@click.option("--once", is_flag=True, help="Send what is due now, then exit.")
@pass_app
def dispatch_cmd(app: AppContext, once: bool) -> None:
    """Send due alerts: once, or until interrupted (the daemon does this on its own)."""
    from monitor.alerts import Dispatcher

    dispatcher = Dispatcher(app.sessions(), _channels(app))
    try:
        if once:
            total = sent = dead = retried = 0
            while True:
                report = dispatcher.run_once()
                total += report.claimed
                sent += report.sent
                dead += report.dead
                retried += report.retried
                if report.claimed < dispatcher.batch or not report.sent:
                    break
            click.echo(f"{total} claimed, {sent} sent, {retried} to retry, {dead} dead")
            if dead or retried:
                raise SystemExit(1)
            return
        stop = threading.Event()
        try:
            dispatcher.run_forever(stop)
        except KeyboardInterrupt:
            stop.set()
    finally:
        dispatcher.close()


COMMANDS: list[click.Command] = [alerts_group]
