"""The post-insert stages wired together: stories, statements, alerts.

Each stage is a callable ``(session, new_articles, ctx) -> None`` run inside the transaction
that inserted the articles, so stories, statements, sightings and alert rows land together or
not at all. Stages that need loaded data (the officials registry, alert channels) load it once
here, not per article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from monitor.config import Settings
    from monitor.pipeline import AfterInsert


def build(settings: Settings) -> list[AfterInsert]:
    """The stages for a normal run, in order."""
    return []
