"""The demo: ``monitor demo`` shows the whole system at work on fictional local feeds."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import click

from monitor.cli.context import AppContext

pass_app = click.make_pass_decorator(AppContext)

PORT_MAX = 65535


@click.command()
@click.option("--keep", "keep_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Keep the database and config in DIR (new or empty) to explore afterwards.")
@click.option("--port", type=click.IntRange(0, PORT_MAX), default=0, show_default=True,
              help="Port of the local demo server (0: any free port).")
@pass_app
def demo(app: AppContext, keep_dir: Path | None, port: int) -> None:
    """Serve fictional demo feeds on 127.0.0.1, run the pipeline on them and show the results.

    No network is needed: five invented outlets publish thirty fictional articles over two
    simulated days; monitor polls them, keeps the on-topic ones, groups copies into stories,
    finds officials' statements and shows what it would alert. The --db and --config options
    are ignored: the demo makes its own.

    \b
    Example:
      monitor demo
      monitor demo --keep ./demo-data     # then: monitor --db ... --config ... articles list
    """
    from monitor.demo.run import run_demo
    from monitor.logs import configure_logging

    configure_logging("DEBUG" if app.verbosity >= 2 else "INFO" if app.verbosity else "WARNING")
    if keep_dir is not None and keep_dir.exists() and any(keep_dir.iterdir()):
        raise click.BadParameter(f"{keep_dir} is not empty; give a new or empty folder",
                                 param_hint="--keep")
    width = shutil.get_terminal_size((96, 24)).columns
    try:
        run_demo(keep=keep_dir, port=port, width=width)
    except OSError as exc:
        if exc.errno in (errno.EADDRINUSE, errno.EACCES):  # --port taken or privileged
            raise click.ClickException(f"cannot listen on port {port}: {exc.strerror}") from None
        raise


COMMANDS: list[click.Command] = [demo]
