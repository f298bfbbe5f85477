"""Speaker resolution, round 8 (issue 13): a person whose surname also ends outlets' names.

"Guardian", "Post", "Star" end newspapers' names, so a titled person named so ("Atlantic City
Mayor Don Guardian") was kept as an organisation, and the bare surname later ("Guardian said")
and the pronouns after it were nobody's. The first two tests failed before; the last guards
that a newspaper stays a newspaper.
"""

from __future__ import annotations

from datetime import date

from monitor.statements import Extractor
from monitor.types import Statement

DAY = date(2016, 7, 6)


def _one(found: list[Statement], needle: str) -> Statement:
    hits = [s for s in found if needle in s.content]
    assert len(hits) == 1, (needle, found)
    return hits[0]


def test_a_titled_person_whose_surname_ends_outlet_names_is_a_person(
        extractor: Extractor) -> None:
    text = ("“At this point, I don’t think there is bad publicity,” said Atlantic City Mayor "
            "Don Guardian in a telephone interview.\n\n"
            "Guardian said he understood why Clinton would travel here.\n\n"
            "He said that when Trump’s properties did well, the developer was a “good "
            "corporate citizen.” And the mayor said it would be hard to measure.")
    found = list(extractor.extract(text, DAY))
    assert _one(found, "bad publicity").speaker == "Don Guardian"
    bare = _one(found, "understood why Clinton")
    assert (bare.speaker, bare.resolution) == ("Don Guardian", "alias")
    assert _one(found, "good").speaker == "Don Guardian"  # "He": the mayor, not Trump
    assert _one(found, "hard to measure").speaker == "Don Guardian"


def test_a_senator_named_post_keeps_his_name_without_the_title(extractor: Extractor) -> None:
    text = ("“We will not retreat,” said Sen. John Post of Ohio. "
            "Post said the bill would pass.")
    found = list(extractor.extract(text, DAY))
    assert _one(found, "not retreat").speaker == "John Post"
    assert _one(found, "bill would pass").speaker == "John Post"


def test_a_newspaper_stays_an_organisation(extractor: Extractor) -> None:
    # guard: no title before the name, so "Charlotte Observer" is the paper (Charlotte is
    # also a first name), and "the Post" after "The Washington Post" is the paper
    text = ("The Charlotte Observer reported that the council would vote on Monday. "
            "The Washington Post said the plan was dead. "
            "The newspaper said it had seen the draft.")
    found = list(extractor.extract(text, DAY))
    assert _one(found, "council would vote").speaker == "Charlotte Observer"
    assert _one(found, "plan was dead").speaker == "Washington Post"
