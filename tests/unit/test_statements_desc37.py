"""Round 37 (desc37): descriptions that stand for a named source (issue 13).

- "the suit says" after "a lawsuit filed by former employee Gene Traylor" is Traylor's
  lawsuit; a suit whose filer the text does not name stays "the suit".
"""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _speakers(text: str) -> list[tuple[str | None, str]]:
    ex = Extractor(default_registry(), parser="off", unit="attribution")
    return [(s.speaker, s.content) for s in ex.extract(text, None)]


def test_the_suit_is_its_named_filers_lawsuit() -> None:
    text = ("A lawsuit filed by former employee Gene Traylor names the team and its owner.\n\n"
            "“He was fired for speaking up,” the suit says.")
    got = _speakers(text)
    assert got and got[-1][0] == "Gene Traylor's lawsuit"
    text = ("The Riverside Tenants Association filed a lawsuit on Monday.\n\n"
            "The complaint alleges that the landlord ignored repairs.")
    got = _speakers(text)
    assert got and got[-1][0] == "Riverside Tenants Association's lawsuit"
    got = _speakers("A lawsuit was filed on Monday.\n\nThe suit says the landlord ignored "
                    "repairs.")
    assert got and got[-1][0] == "The suit"
