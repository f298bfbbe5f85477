"""Speaker resolution, round 10 (issue 13): general rules of news writing.

Each test failed on the code before its rule (see docs/design.md, "Speakers, round 10").
"""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor
from monitor.types import Statement

DAY = date(2015, 12, 1)


def _one(found: list[Statement], needle: str) -> Statement:
    hits = [s for s in found if needle in s.content]
    assert len(hits) == 1, (needle, found)
    return hits[0]


def test_a_web_address_is_an_organisation_never_he(extractor: Extractor) -> None:
    # rule 1: "Factcheck.org" names a site; "He" after it is the man named before it
    text = ("Donald Trump, in turn, cites his Twitter followers as the source for some of his "
            "claims (the actual number is closer to 15 percent, according to Factcheck.org). "
            "He defended his position by citing a poll conducted by a think tank.")
    found = list(extractor.extract(text, DAY))
    he = _one(found, "his position")
    assert (he.speaker, he.resolution) == ("Donald Trump", "pronoun")
