"""Round 37 (spur37): statements that are no one's words, or more than the words said
(issue 13).

- "described the situation as “catastrophic”": in the statement unit the words said are the
  quoted ones; the object cast and the writer's words after the quote are not (PolNeAR's
  attribution unit keeps the object);
- "clarified that despite new bids, printing remains C": a short fronted phrase of time or
  circumstance does not end the reported clause at its comma;
- "However, incidents continued": a sentence's opening adverbial before a subject and verb
  is no content said;
- "“Q,” he said, referring to the jet": a reference without quoted words is the writer's
  gloss, no statement;
- "stressed the importance of X", "reaffirmed Iran’s support": a speech act on a noun phrase
  reports no proposition (the news labels leave it out);
- "urged people to stay away", "asked Congress for", "warned Hamas against": a directive with
  its infinitive reports no words (the news labels leave directives out).
"""

from __future__ import annotations

from monitor.statements.extract import Extractor
from monitor.statements.officials import default_registry


def _statements(text: str, unit: str = "statement") -> list[tuple[str | None, str, str]]:
    ex = Extractor(default_registry(), parser="off", unit=unit)
    return [(s.speaker, s.kind, s.content) for s in ex.extract(text, None)]


def test_a_cast_object_is_no_part_of_the_quoted_words() -> None:
    got = _statements("The mayor described the fire as “a total loss” to reporters on Monday.")
    assert got == [("The mayor", "direct", "a total loss")]
    got = _statements("The senator dismissed his arguments as “malarkey.”")
    assert got == [("The senator", "direct", "malarkey")]
    kept = _statements("The mayor described the fire as “a total loss.”", unit="attribution")
    assert kept and kept[0][2].startswith("the fire as")
    two = _statements("The mayor described the fire as “a loss” and the arson as “a crime.”")
    assert two and two[0][1] == "mixed"


def test_a_fronted_phrase_does_not_end_the_reported_clause() -> None:
    got = _statements("The source clarified that despite new bids, printing remains "
                      "outsourced to Russia.")
    assert got == [("The source", "indirect",
                    "despite new bids, printing remains outsourced to Russia")]


def test_an_opening_adverbial_is_no_content() -> None:
    assert _statements("However, incidents continued at the school.") == []
    assert _statements("Last month, the mother pleaded with the suspect to surrender.") == []
    kept = _statements("But they declined, the director wrote.")
    assert kept and kept[0][2] == "But they declined"


def test_a_reference_without_quoted_words_is_the_writers_gloss() -> None:
    got = _statements("“I have no plane to give you,” he said, referring to the jet that the "
                      "US accepted.")
    assert [g[2] for g in got] == ["I have no plane to give you"]
    assert _statements("Generative AI refers to systems that can create text.") == []
    kept = _statements("The senator referred to the plan as “a disgrace.”")
    assert kept and kept[0][2] == "a disgrace"


def test_a_speech_act_on_a_noun_phrase_reports_no_words() -> None:
    assert _statements("The minister stressed the importance of gun safety.") == []
    assert _statements("He reaffirmed Iran’s support for the treaty.") == []
    kept = _statements("The minister stressed that the talks would go on.")
    assert kept == [("The minister", "indirect", "the talks would go on")]


def test_a_directive_with_an_infinitive_reports_no_words() -> None:
    assert _statements("Police urged people to stay away from the scene.") == []
    assert _statements("Police are asking anyone with information to call the station.") == []
    assert _statements("The council warned Hamas against conducting operations.") == []
    kept = _statements("The mayor warned it would take action against the owners.")
    assert kept and kept[0][2] == "it would take action against the owners"
    asked = _statements("She asked whether the plan would work.")
    assert asked and asked[0][2] == "whether the plan would work"
