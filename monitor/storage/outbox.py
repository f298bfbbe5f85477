"""Tables and queries of the outbox area (to be filled by its owner)."""

from __future__ import annotations
