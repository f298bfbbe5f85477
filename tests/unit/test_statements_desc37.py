"""Round 37 (desc37): descriptions that stand for a named source (issue 13).

- "the suit says" after "a lawsuit filed by former employee Gene Traylor" is Traylor's
  lawsuit; a suit whose filer the text does not name stays "the suit";
- a headline's unnamed poll ("in latest poll") is the poll the lede names ("according to a
  Leger poll");
- "described themselves as liberals with about three in 10 saying C": the share's words are a
  statement of their own, not part of the first one's content;
- "The Russians said C" is Russia (a people's plural after "the", for its state);
- "Critics of sending troops to Ukraine say C": the critics, not "Ukraine", the end of what
  they stand for;
- "The mayors of Strasbourg and Kehl have been protesting ..., saying C" is the pair the next
  sentence names under the same post ("Strasbourg Mayor Jeanne Barseghian and Kehl Mayor
  Wolfram Britz said").
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
    got = _speakers("A lawsuit filed by the family of John Smith names the city.\n\nThe suit "
                    "says the police erred.")
    assert got and got[-1][0] == "The suit"  # (the family's, not Smith's)
    got = _speakers("Gene Traylor filed suit against the team on Monday.\n\nThe suit says he "
                    "was fired.")
    assert got and got[-1][0] == "Gene Traylor's suit"


def test_headline_poll_is_the_poll_the_lede_names() -> None:
    text = ("Liberals stay well ahead of Conservatives in latest poll.\n\n"
            "The Liberals have the support of 38 per cent of decided voters, according to a "
            "Leger poll released Tuesday.")
    got = _speakers(text)
    assert got and got[0] == ("Leger poll", "Liberals stay well ahead of Conservatives")
    text = ("Liberals stay well ahead of Conservatives in latest poll.\n\n"
            "The Liberals have the support of 38 per cent of decided voters, an analyst said.")
    got = _speakers(text)
    assert got and got[0][0] == "latest poll"


def test_share_saying_after_with_is_its_own_statement() -> None:
    got = _speakers("Two-thirds of voters described themselves as liberals with about three "
                    "in 10 saying they are very liberal.")
    assert ("about three in 10", "they are very liberal") in got
    assert all("saying" not in content for _speaker, content in got)


def test_the_russians_are_the_russian_state() -> None:
    got = _speakers("Talks in Geneva stalled again.\n\nThe Russians said the city is an "
                    "important front in the campaign against terrorism.")
    assert got and got[-1][0] == "Russia"
    got = _speakers("Many Americans said the city is an important front.")
    assert got and got[-1][0] == "Many Americans"


def test_critics_of_a_gerund_are_the_speakers() -> None:
    got = _speakers("Critics of sending troops to Ukraine say the plan is reckless.")
    assert got and got[0][0] == "Critics of sending troops to Ukraine"
    got = _speakers("Opponents of allowing refugees into the country say the region is unsafe.")
    assert got and got[0][0] == "Opponents of allowing refugees into the country"


def test_plural_description_is_the_pair_named_next() -> None:
    text = ("The mayors of two border towns have protested the checks, saying they harm the "
            "local economy.\n\nIn a joint letter, Riverside Mayor Jeanne Barrow and Kehl "
            "Mayor Wolfram Britz said the controls were too strict.")
    got = _speakers(text)
    assert got and got[0][0] == "Jeanne Barrow and Wolfram Britz"
    text = ("Local mayors have protested the checks, saying they harm the local economy.\n\n"
            "In a joint letter, Jeanne Barrow and Wolfram Britz said the controls were too "
            "strict.")
    got = _speakers(text)
    assert got and got[0][0] == "Local mayors"  # (no post in common: maybe others)
