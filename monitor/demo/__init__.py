"""``monitor demo``: the system at work on fictional feeds served from this machine.

- :mod:`monitor.demo.content`: five invented outlets, thirty-two fictional articles (written for
  the demo; no quote in them was really said);
- :mod:`monitor.demo.server`: a loopback HTTP server for their RSS/Atom feeds (with ETags),
  article pages and a webhook sink;
- :mod:`monitor.demo.run`: :func:`run_demo` builds a config and a SQLite database, polls the
  feeds through the real pipeline on a simulated clock and prints what it found, section by
  section (:data:`~monitor.demo.run.SECTIONS`);
- :mod:`monitor.demo.sections`: the sections of the later stages (stories, statements,
  alerts), added to :data:`SECTIONS` here.
"""

from __future__ import annotations

from monitor.demo.run import SECTIONS, DemoResult, Printer, Section, run_demo, section_next_steps
from monitor.demo.sections import section_alerts, section_statements, section_stories

for _section in (section_stories, section_statements, section_alerts):
    if _section not in SECTIONS:
        SECTIONS.insert(SECTIONS.index(section_next_steps), _section)

__all__ = ["SECTIONS", "DemoResult", "Printer", "Section", "run_demo"]
