"""Tables and queries of the stories area (to be filled by its owner)."""

from __future__ import annotations
