"""The command line: ``monitor COMMAND``. Every command takes ``--db`` and ``--config``.

Each area keeps its commands in its own module here (collect, stories, statements, alerts,
reports); this module only builds the group and the shared context.
"""

from __future__ import annotations

import click

from monitor.cli.context import AppContext
from monitor.errors import MonitorError


class MonitorGroup(click.Group):
    """A click group that turns monitor's own errors into a one-line message, exit code 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except MonitorError as exc:
            raise click.ClickException(str(exc)) from None
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:  # the database or the OS: one line, no traceback
            from monitor.cli.errors import explain

            app = ctx.obj if isinstance(ctx.obj, AppContext) else None
            explained = explain(exc, app.database_url_or_none() if app else None)
            if explained is None:
                raise  # a bug: its traceback is the useful output
            message, code = explained
            raise (_UsageError(message) if code == 2 else click.ClickException(message)) from None


class _UsageError(click.ClickException):
    """A one-line error about the command line or configuration: exit code 2."""

    exit_code = 2


@click.group(cls=MonitorGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    "db_url",
    envvar="MONITOR_DATABASE_URL",
    help="Database URL (default: from config/monitor.toml; sqlite:///data/monitor.db).",
)
@click.option(
    "--config",
    "config_dir",
    envvar="MONITOR_CONFIG_DIR",
    type=click.Path(file_okay=False),
    help="Configuration folder (default: ./config).",
)
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.version_option(package_name="monitor")
@click.pass_context
def main(ctx: click.Context, db_url: str | None, config_dir: str | None, verbose: int) -> None:
    """monitor: watches news feeds on a topic, groups stories, finds officials' statements."""
    ctx.obj = AppContext(config_dir=config_dir, db_url=db_url, verbosity=verbose)
    ctx.call_on_close(ctx.obj.close)


def _register() -> None:
    from monitor.cli import alerts, collect, demo, reports, statements, stories

    for module in (collect, stories, statements, alerts, reports, demo):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
