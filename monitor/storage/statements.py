"""Tables and queries of the statements area (to be filled by its owner)."""

from __future__ import annotations
