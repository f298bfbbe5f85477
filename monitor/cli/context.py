"""What every command shares: settings, the engine, sessions, output helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from monitor.config import Settings


@dataclass
class AppContext:
    """Lazily loaded settings and database handles for one command invocation."""

    config_dir: str | None
    db_url: str | None
    verbosity: int = 0
    _engine: Engine | None = field(default=None, repr=False)

    @cached_property
    def settings(self) -> Settings:
        """The validated settings (config files + environment + command-line overrides)."""
        from monitor.config import load_settings

        return load_settings(
            Path(self.config_dir) if self.config_dir else None, database_url=self.db_url
        )

    def database_url_or_none(self) -> str | None:
        """The database URL for messages: ``--db`` if given, else the configured one."""
        if self.db_url:
            return self.db_url
        try:
            return self.settings.database_url
        except Exception:  # a broken config has its own message; none for the URL then
            return None

    def engine(self) -> Engine:
        """The engine for the configured database (created once)."""
        if self._engine is None:
            from monitor.storage.engine import create_engine_for

            self._engine = create_engine_for(
                self.settings.database_url, busy_timeout=self.settings.database.busy_timeout)
        return self._engine

    def close(self) -> None:
        """Dispose of the engine's connections (called when the command ends)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def sessions(self) -> sessionmaker[Session]:
        """A session factory on the configured database."""
        from monitor.storage.engine import session_factory

        return session_factory(self.engine())
